"""Everything that knows Norwegian (and English): language detection, words, stopwords, lemmas, stems,
compounds, the nynorsk bridge, the English glossary and the domain's synonyms.

Ingest (index terms) and the assistant (query terms, sentence scoring) both analyse text here, so a
word is always turned into the same terms on both sides. The knowledge itself is data: the files in
`ingest/vocabulary/` (see its README), extended by a deployment through the VOCABULARY_DIR setting.

A word becomes up to two index terms: the Snowball stem of the word as written, and the stem of its
canonical lemma (simplemma's bokmål or nynorsk dictionary; a nynorsk lemma is bridged to bokmål).
So "tilskotet" (nynorsk) and "tilskuddet" (bokmål) share a term, and a word the dictionary does not
know still has its stem.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

VOCABULARY_DIR = Path(__file__).parent / "vocabulary"
LANGUAGES = ("nb", "nn", "en")
WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+")
PHRASE_WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:-[0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*")
LINKING = ("s", "e")  # Norwegian compounds join with -s- or -e- ("tilskudd-s-ordning")
MIN_PART = 4
SYNONYM_KINDS = ("abbreviation", "domain-term", "former-name", "spelling", "paraphrase")
CACHE_SIZE = 50_000  # bounded: every distinct word a user types passes through these caches


def normalise_language(code: str | None) -> str:
    """Metadata says "nb", "nn", "no", "en", "nob", "nno", "eng" …: one of LANGUAGES, bokmål when unsure."""
    code = (code or "").lower()
    if code in ("nn", "nno", "nynorsk"):
        return "nn"
    if code in ("en", "eng", "english") or code.startswith("en-"):
        return "en"
    return "nb"


# --- the vocabulary files ---
@dataclass(frozen=True)
class Vocabulary:
    synonyms: tuple[tuple[str, tuple[str, ...]], ...]  # (kind, terms) per line
    nynorsk: dict[str, str]  # nynorsk lemma -> bokmål lemma
    english: dict[str, str]  # english term -> norwegian term
    stopwords: dict[str, frozenset[str]]
    actors: frozenset[str] = frozenset()  # who does what in the domain (lower case, as written in the file)
    pronouns: frozenset[str] = frozenset()
    markers: dict[str, str] = field(default_factory=dict)  # word -> marker ("ikke" -> "not", "må" -> "must")
    particles: frozenset[str] = frozenset()  # adverbs that join a verb ("ut": "betale ut" is "utbetale")
    fingerprint: str = ""

    @property
    def english_phrases(self) -> list[str]:
        return sorted((t for t in self.english if " " in t or "-" in t), key=len, reverse=True)


def _lines(paths: list[Path]) -> Iterable[tuple[Path, int, str]]:
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            line = line.split("#", 1)[0].strip()
            if line:
                yield path, number, line


class VocabularyError(ValueError):
    """A vocabulary file line that does not follow its format; the message names the file and line."""


def _pairs(paths: list[Path]) -> dict[str, str]:
    out: dict[str, str] = {}
    for path, number, line in _lines(paths):
        left, sep, right = line.partition("=")
        if not sep or not left.strip() or not right.strip():
            raise VocabularyError(f"{path.name}:{number}: expected 'term = term', got {line!r}")
        out[left.strip().lower()] = right.strip().lower()
    return out


def _synonyms(paths: list[Path]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    out = []
    for path, number, line in _lines(paths):
        kind, sep, terms = line.partition(":")
        group = tuple(t.strip().lower() for t in terms.split(",") if t.strip())
        if not sep or kind.strip() not in SYNONYM_KINDS or len(group) < 2:
            raise VocabularyError(
                f"{path.name}:{number}: expected 'KIND: term, term' with KIND one of {', '.join(SYNONYM_KINDS)}"
            )
        out.append((kind.strip(), group))
    return tuple(out)


def _markers(paths: list[Path]) -> dict[str, str]:
    out: dict[str, str] = {}
    for path, number, line in _lines(paths):
        marker, sep, terms = line.partition(":")
        if not sep or not terms.strip():
            raise VocabularyError(f"{path.name}:{number}: expected 'MARKER: word, word'")
        out.update({t.strip().lower(): marker.strip() for t in terms.split(",") if t.strip()})
    return out


def claim_markers(text: str, vocabulary: Vocabulary | None = None) -> set[str]:
    """The negation, modality and quantifiers a sentence asserts ("kan ikke" -> {"may", "not"}); an English
    "n't" is a negation too."""
    markers = (vocabulary or load_vocabulary()).markers
    found = {markers[w] for w in words(text) if w in markers}
    if re.search(r"n't\b", text, re.IGNORECASE):
        found.add("not")
    return found


NUMBER_IN_TEXT = re.compile(r"\d+(?:[.,]\d+)*")


def numbers_in(text: str) -> set[str]:
    """The numbers a text states, as written without spaces ("5,3", "150", "2025")."""
    return set(NUMBER_IN_TEXT.findall(text.replace("\u00a0", "").replace(" ", "")))


@lru_cache(maxsize=4)
def load_vocabulary(extra_dir: Path | None = None) -> Vocabulary:
    """The built-in vocabulary, plus the same-named files of a deployment's folder when given."""
    folders = [VOCABULARY_DIR] + ([Path(extra_dir)] if extra_dir else [])

    def files(name: str) -> list[Path]:
        return [folder / name for folder in folders if (folder / name).exists()]

    from bm25s.stopwords import STOPWORDS_NORWEGIAN

    norwegian = frozenset(STOPWORDS_NORWEGIAN)
    stopwords = {
        lang: frozenset(w.lower() for _, _, w in _lines(files(f"stopwords-{lang}.txt")))
        | (norwegian if lang != "en" else frozenset())
        for lang in LANGUAGES
    }
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            digest.update(path.name.encode() + path.read_bytes())
    return Vocabulary(
        synonyms=_synonyms(files("synonyms.txt")),
        nynorsk=_pairs(files("nynorsk.txt")),
        english=_pairs(files("english.txt")),
        stopwords=stopwords,
        actors=frozenset(w.lower() for _, _, w in _lines(files("actors.txt"))),
        pronouns=frozenset(w.lower() for _, _, w in _lines(files("pronouns.txt"))),
        markers=_markers(files("markers.txt")),
        particles=frozenset(w.lower() for _, _, w in _lines(files("verb-particles.txt"))),
        fingerprint=digest.hexdigest()[:16],
    )


@dataclass(frozen=True)
class TextConventions:
    """What cleaning and sentence splitting know about Norwegian text: read from the built-in folder only,
    because they shape chunking (a change re-chunks every document: see `fingerprint`)."""

    lead_in_words: frozenset[str]
    abbreviations: frozenset[str]
    list_closers: frozenset[str]
    fingerprint: str


@lru_cache(maxsize=1)
def text_conventions() -> TextConventions:
    paths = [VOCABULARY_DIR / "lead-in-words.txt", VOCABULARY_DIR / "abbreviations.txt"]
    lead_in = frozenset(w.lower() for _, _, w in _lines(paths[:1]))
    abbreviations = [w.lower() for _, _, w in _lines(paths[1:])]
    closers = frozenset(w.split(":", 1)[1].strip() for w in abbreviations if w.startswith("closes:"))
    inner = frozenset(w for w in abbreviations if not w.startswith("closes:"))
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in paths)).hexdigest()[:16]
    return TextConventions(lead_in, inner | closers, closers, digest)


# --- words ---
def words(text: str) -> list[str]:
    """Lower-cased words; hyphenated forms split ("PP-tjenesten" -> "pp", "tjenesten")."""
    return [w.lower() for w in WORD.findall(text)]


def content_words(text: str, lang: str = "nb", vocabulary: Vocabulary | None = None) -> list[str]:
    stop = (vocabulary or load_vocabulary()).stopwords[normalise_language(lang)]
    return [w for w in words(text) if w not in stop and (len(w) > 1 or w.isdigit())]


def detect_language(text: str, default: str = "nb") -> str:
    """bokmål, nynorsk or English for a question; `default` when the text is too short to tell."""
    from simplemma.language_detector import langdetect

    if len(words(text)) < 2:
        return default
    scores = dict(langdetect(text, lang=("nb", "nn", "en")))
    # the bokmål dictionary knows many nynorsk forms: a word that the bridge has on its nynorsk side ("kven",
    # "midlar") and not outweighed by one on its bokmål side ("hva") tells nynorsk
    bridge, said = load_vocabulary().nynorsk, set(words(text))
    if scores.get("nn", 0.0) >= 0.5 and len(said & bridge.keys()) > len(said & set(bridge.values())):
        return "nn"
    best = max(LANGUAGES, key=lambda lang: (scores.get(lang, 0.0), lang == default, lang == "nb"))
    if scores.get(best, 0.0) <= scores.get("unk", 0.0) and scores.get(best, 0.0) < 0.5:
        return default
    return best


# --- stems and lemmas ---
@lru_cache(maxsize=2)
def _stemmer(algorithm: str):
    import Stemmer

    return Stemmer.Stemmer(algorithm)


@lru_cache(maxsize=CACHE_SIZE)
def stem(word: str, lang: str = "nb") -> str:
    return _stemmer("english" if lang == "en" else "norwegian").stemWord(word)


@lru_cache(maxsize=CACHE_SIZE)
def lemma(word: str, lang: str) -> str:
    import simplemma

    return simplemma.lemmatize(word, lang=lang).lower()


class Analyzer:
    """Turns text into index terms; compounds also yield their parts when both parts are known words.

    `mode` chooses the terms of a word: "stem" (Snowball only), "lemma" (the stem of the bridged lemma
    only) or "both" (the default: whichever measured best, see the README's retrieval table).
    """

    def __init__(self, known_words: Iterable[str] = (), vocabulary: Vocabulary | None = None, mode: str = "both"):
        self.vocabulary = vocabulary or load_vocabulary()
        self.known_words = frozenset(w for w in known_words if len(w) >= MIN_PART)
        self._stems = frozenset(stem(w) for w in self.known_words)
        self.mode = mode
        self._bridge_by_stem = {stem(nn): nb for nn, nb in self.vocabulary.nynorsk.items()}
        self._function_words = self.vocabulary.stopwords["nb"] | self.vocabulary.stopwords["nn"]
        self.parts = lru_cache(maxsize=CACHE_SIZE)(self._parts)
        self.word_terms = lru_cache(maxsize=CACHE_SIZE)(self._word_terms)
        # the same passages answer many questions: each is read for its kinds of answer once, not per question
        self.passage_features = lru_cache(maxsize=CACHE_SIZE)(lambda text, lang: _passage_features(text, self, lang))

    @classmethod
    def for_texts(cls, texts: Iterable[tuple[str, str]], vocabulary: Vocabulary | None = None,
                  mode: str = "both") -> Analyzer:
        """An analyzer whose compound splitting knows every word of (text, language) pairs."""
        vocabulary = vocabulary or load_vocabulary()
        known: set[str] = set()
        for text, lang in texts:
            known.update(content_words(text, lang, vocabulary))
        return cls(known, vocabulary, mode)

    # --- one word ---
    def canonical(self, word: str, lang: str) -> str:
        """The bokmål (or English) lemma of a word: nynorsk lemmas cross the bridge."""
        lang = normalise_language(lang)
        if lang == "nn":
            found = lemma(word, "nn")
            bridge = self.vocabulary.nynorsk
            # an inflection the dictionary does not know ("midlane") still crosses by its stem
            bokmål = bridge.get(found) or bridge.get(word) or self._bridge_by_stem.get(stem(word))
            return lemma(bokmål, "nb") if bokmål else found  # the file may give a plural ("kommunar = kommuner")
        return lemma(word, lang)

    def _word_terms(self, word: str, lang: str) -> tuple[str, ...]:
        lang = normalise_language(lang)
        surface = stem(word, lang)
        if self.mode == "stem":
            return (surface,)
        canonical = stem(self.canonical(word, lang), lang)
        if self.mode == "lemma":
            return (canonical,)
        return (surface,) if canonical == surface else (surface, canonical)

    def _parts(self, word: str) -> tuple[str, ...]:
        """Known words a compound is made of, longest head first: "tilskuddsordningen" -> tilskudd, ordningen."""
        return self._split(word, depth=0)

    def _split(self, word: str, depth: int) -> tuple[str, ...]:
        if depth > 2 or len(word) < 2 * MIN_PART:
            return ()
        for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
            head, tail = word[:cut], word[cut:]
            if head not in self.known_words or head in self._function_words:
                continue  # "under|søkelse", "gjennom|føring": a prefix makes a derivation, not a compound
            for candidate in (tail, *(tail[1:] for link in LINKING if tail.startswith(link))):
                if len(candidate) < MIN_PART:
                    continue
                if candidate in self.known_words or stem(candidate) in self._stems:
                    return (head, candidate)
                rest = self._split(candidate, depth + 1)
                if rest:
                    return (head, *rest)
        return ()

    def alternatives(self, word: str, lang: str, compounds: bool = True) -> list[list[str]]:
        """Query side: each way the word may appear in a document, as its own alternative (with its
        compound parts unless `compounds` is False, as for a name)."""
        terms = self.word_terms(word, lang)
        out = [[t] for t in terms]
        stop = self.vocabulary.stopwords[normalise_language(lang)]
        parts = [p for p in self.parts(word) if p not in stop] if compounds else []
        if parts:
            out.append([self.word_terms(p, lang)[-1] for p in parts])
        return out

    # --- text ---
    def terms(self, text: str, lang: str = "nb") -> list[str]:
        out: list[str] = []
        stop = self.vocabulary.stopwords[normalise_language(lang)]
        for word in content_words(text, lang, self.vocabulary):
            out.extend(self.word_terms(word, lang))
            for part in self.parts(word):
                if part not in stop:
                    out.extend(self.word_terms(part, lang))
        return out

    def lemmas(self, text: str, lang: str) -> list[str]:
        """The canonical lemma of every word (stopwords kept), for matching multi-word phrases."""
        return [self.canonical(w, lang) for w in words(text)]


Term = tuple[str, str]  # (a word or phrase, the language to analyse it in)


@dataclass
class Expansion:
    """The vocabulary's alternatives for a question: per question word, and for the phrases found in it."""

    words: dict[str, list[Term]] = field(default_factory=dict)
    phrases: list[tuple[str, list[Term]]] = field(default_factory=list)

    def add(self, word: str, terms: Iterable[Term]) -> None:
        known = self.words.setdefault(word, [])
        known += [t for t in terms if t[0] != word and t not in known]


@dataclass(frozen=True)
class _Entry:
    lemmas: tuple[str, ...]
    alternatives: tuple[Term, ...]


@lru_cache(maxsize=4)
def _entries(analyzer: Analyzer) -> tuple[tuple[_Entry, ...], tuple[_Entry, ...]]:
    """(Norwegian entries: synonyms and the English for a Norwegian term; English entries: the Norwegian)."""
    norwegian: list[_Entry] = []
    for _, group in analyzer.vocabulary.synonyms:
        for term in group:
            others = tuple((t, "nb") for t in group if t != term)
            norwegian.append(_Entry(tuple(analyzer.lemmas(term, "nb")), others))
    english: list[_Entry] = []
    for en, nb in analyzer.vocabulary.english.items():
        synonyms = tuple((t, "nb") for _, g in analyzer.vocabulary.synonyms if nb in g for t in g if t != nb)
        english.append(_Entry(tuple(analyzer.lemmas(en, "en")), ((nb, "nb"), *synonyms)))
        norwegian.append(_Entry(tuple(analyzer.lemmas(nb, "nb")), ((en, "en"),)))
    return tuple(norwegian), tuple(english)


def expand(question: str, lang: str, analyzer: Analyzer) -> Expansion:
    """Synonyms and cross-language equivalents of what a question says.

    A Norwegian question gets the domain's synonyms and the English of its terms (to meet English pages);
    an English question gets the Norwegian of its terms (to meet Norwegian pages). The English glossary
    never rewrites a Norwegian word: it only adds English alternatives to it.
    """
    lang = normalise_language(lang)
    question_words = words(question)
    question_lemmas = [analyzer.canonical(w, lang) for w in question_words]
    norwegian, english = _entries(analyzer)
    out = Expansion()
    function_words = analyzer.vocabulary.stopwords.get(lang, frozenset())
    for entry in english if lang == "en" else norwegian:
        for start, end in _occurrences(entry.lemmas, question_lemmas, question_words, function_words):
            if len(entry.lemmas) == 1:
                out.add(question_words[start], entry.alternatives)
            else:
                out.phrases.append((" ".join(question_words[start:end]), list(entry.alternatives)))
    return out


PHRASE_GAP = 2  # "betale noe selv" is "betale selv": a phrase may have this many function words inside it


def _occurrences(phrase: tuple[str, ...], lemmas: list[str], surface: list[str],
                 function_words: frozenset[str]) -> list[tuple[int, int]]:
    """Where a phrase's lemmas occur in order, with at most PHRASE_GAP function words between its words."""
    found = []
    for start, first in enumerate(lemmas):
        if first != phrase[0]:
            continue
        position, gaps = start + 1, 0
        for lemma_ in phrase[1:]:
            while position < len(lemmas) and lemmas[position] != lemma_ and surface[position] in function_words \
                    and gaps < PHRASE_GAP:
                position, gaps = position + 1, gaps + 1
            if position >= len(lemmas) or lemmas[position] != lemma_:
                break
            position += 1
        else:
            found.append((start, position))
    return found


# --- names ---
# A capitalised word that does not open a sentence ("Statped", "Vest-Finnmark", "OsloMet"), or a year.
NAME = re.compile(r"(?<![.?!:]\s)(?<!^)\b([A-ZÆØÅ][\wæøåÆØÅ-]*[A-ZÆØÅa-zæøå]|(19|20)\d\d)\b")


def names_in(text: str) -> list[str]:
    """The names and years a text mentions; of "OsloMet-prosjektet" only the name, "OsloMet"."""
    parts = [part for match in NAME.finditer(text.strip()) for part in match.group(1).split("-")]
    return [part for part in parts if part[:1].isupper() or part.isdigit()]


# --- how sentences lean on each other ---
# A sentence that opens like this, or with a demonstrative soon after, leans on the one before it.
LEANS_BACK = re.compile(
    r"^(Dette|Disse|Desse|Denne|Dermed|Derfor|Difor|Slik|Samtidig|I tillegg|De|Dei|Den|Her|Da|Då|Også|Men|Der|This|These|"
    r"That|Those|It|They|Both|Begge)\b|^(\S+\s+){1,4}(denne|dette|disse|desse|begge|this|these|both)\b"
)


# --- how questions are put ---
# A question that opens like this, or is this short, leans on the conversation before it.
FOLLOW_UP_OPENER = re.compile(
    r"^(og|men|også|hva med|kva med|gjelder (det|dette|det same|det samme)|hvem av|kven av|hva da|kva då|hvorfor det"
    r"|kvifor det|når da|når då|der|dei|de|det|den|denne|dette|and|but|what about|how about|and what|and who)\b",
    re.IGNORECASE,
)


PARTICLE_REACH = 2  # "starter kommunene opp": the particle may stand this many words after its verb


def joined_particle_verbs(text: str, analyzer: Analyzer, lang: str) -> dict[str, list[str]]:
    """Per word of a text, the words it makes joined with a particle that follows it: a question says "betaler
    ut" and "starte opp" where formal text says "utbetales" and "oppstart". Word and lemma both join ("ut" +
    "betale"); whether the joined word is one is for the index to say."""
    tokens = words(text)
    particles = analyzer.vocabulary.particles
    out: dict[str, list[str]] = {}
    for i, word in enumerate(tokens):
        if word in particles or len(word) < MIN_PART:
            continue
        for particle in (t for t in tokens[i + 1: i + 1 + PARTICLE_REACH] if t in particles):
            joined = out.setdefault(word, [])
            joined += [particle + form for form in dict.fromkeys((word, analyzer.canonical(word, lang)))
                       if particle + form not in joined]
    return out


def is_follow_up(question: str, lang: str = "nb", vocabulary: Vocabulary | None = None) -> bool:
    lowered = question.strip().lower()
    if FOLLOW_UP_OPENER.match(lowered):
        return True
    tokens = words(lowered)
    pronouns = (vocabulary or load_vocabulary()).pronouns
    return len(content_words(lowered, lang, vocabulary)) <= 2 or (len(tokens) <= 8 and bool(pronouns & set(tokens)))


MONTHS = {
    "januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
    "september": 9, "oktober": 10, "november": 11, "desember": 12, "january": 1, "february": 2, "march": 3,
    "may": 5, "june": 6, "july": 7, "october": 10, "december": 12,
}
MONTH = "(" + "|".join(MONTHS) + ")"
SEASON = r"(våren|vår|høsten|hausten|haust|vinteren|sommeren|spring|autumn|fall|winter|summer)"
# A day: "1. februar (2022) (23.59)", "1.-2. juni", "15.01.2023", "2023-01-15", "February 1", "innen utgangen av april".
DAY_DATE = re.compile(
    rf"\b\d{{1,2}}\.(\s*[-–]\s*\d{{1,2}}\.)?\s*{MONTH}\b|\b\d{{1,2}}\.\d{{1,2}}\.(\d{{2,4}})?(?!\d)"
    rf"|\b(19|20)\d\d-\d\d-\d\d\b|\b{MONTH}\s+\d{{1,2}}(st|nd|rd|th)?\b"
    rf"|\b(innen|innan|før|by|before)\s+(utgangen|slutten|enden|the end)\s+(av|of)\s+{MONTH}",
    re.IGNORECASE,
)
# A time: any day, a year, a month or a season; "i februar hvert år", "høsten 2020", "December 2025"; or one
# told by a deadline or another event ("i god tid før fristen", "senest", "before the deadline").
TIME = re.compile(rf"{DAY_DATE.pattern}|\b(19|20)\d\d\b|\b{MONTH}\b|\b{SEASON}\b|\b(årlig|hvert år|kvart år|annually)\b"
                  r"|\b(før|etter|innen|innan|by|before|after)\s+(fristen|frist|deadline|the deadline|oppstart\w*)\b"
                  r"|\b(i god tid|senest|seinast|snarest|in good time|no later than|as soon as)\b",
                  re.IGNORECASE)
YEAR = re.compile(r"^(19|20)\d\d$")
MONEY = re.compile(
    r"\d[\d  .,]*\s*(-\s*\d[\d  .,]*\s*)?(mill\w*|mrd\w*|milliard\w*|kr\b|kroner|nok\b|million\w*|billion\w*)"
    r"|\b(kr|nok)\.?\s*\d", re.IGNORECASE,
)
SHARE = re.compile(r"\d+([.,]\d+)?\s*(%|prosent|per cent|percent)|\b(halvparten|en tredjedel|ein tredjedel|half)\b",
                   re.IGNORECASE)
COUNT = re.compile(r"\b(?!(19|20)\d\d\b)\d+\b(?!\.\d)|\b(to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|tjue"
                   r"|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b", re.IGNORECASE)
RULE = re.compile(
    r"\b(kan|kunne|skal|skulle|må|måtte|bør|får|ikke|ikkje|ingen|inga|kun|bare|berre|lov|anledning|høve|mulig|mogleg"
    r"|kreves|krevst|krav|vilkår|forutsetter|føreset|can|cannot|must|may|shall|should|not|only|required|allowed)\b",
    re.IGNORECASE,
)
# What must be so: the answer to "hva kreves", not merely what may be.
REQUIREMENT = re.compile(
    r"\b(skal|må|måtte|kreves|krevst|krav\w*|vilkår\w*|forutsetter|føreset|forutsetning\w*|føresetnad\w*|påkrevd"
    r"|nødvendig|naudsynt|must|required|requirement\w*|have to|has to|need to|condition\w*)\b",
    re.IGNORECASE,
)

# Names in a row, a list written inline: "Bergen, Askøy og Voss", "Alta, Hammerfest – gruppe 2" (two names joined
# by "og" are more often one subject: "PP-tjenesten og Statped har …").
_NAMED = r"[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)?"
NAME_LIST = re.compile(rf"\b{_NAMED},\s+{_NAMED}")

QUESTION_TYPES: dict[str, re.Pattern] = {
    # a day: a deadline or a date
    "day": re.compile(r"\b(what date|hvilken dag|kva dag)\b|\binnen (hvilken|når)\b", re.IGNORECASE),
    # a year: which year something happens or happened
    "year": re.compile(r"\b(hvilket år|kva år|what year|i hvilket år|which year)\b", re.IGNORECASE),
    # a time: when something happens or happened (or under which conditions: "Når fungerer …")
    "time": re.compile(
        r"\b(når|kva tid|når tid|hvilket år|kva år|what year|when|how long|hvor lenge|kor lenge|tidspunkt)\b",
        re.IGNORECASE),
    "money": re.compile(
        r"\b(hvor mye|kor mykje|how much)\b.{0,40}\b(penger|pengar|midler|midlar|kroner|tilskudd\w*|tilskot\w*|støtte"
        r"|fikk|fekk|får|gitt|tildelt|satt av|sett av|bevilget|koster|kostar|money|funding|funds|grant\w*|budget)\b"
        r"|\b(koster|kostar|what does .+ cost)\b",
        re.IGNORECASE),
    "count": re.compile(r"\b(hvor mange|kor mange|how many)\b", re.IGNORECASE),
    "share": re.compile(r"\b(hvor stor (del|andel)|kor stor (del|andel)|hvor mange prosent|kor mange prosent"
                        r"|what share|what percentage)\b", re.IGNORECASE),
    "who": re.compile(r"\b(hvem|kven|who|hvilken instans|hvilket organ|which body|whom)\b", re.IGNORECASE),
    # a yes or no: settled by a rule sentence (kan, skal, må, ikke …)
    "rule": re.compile(
        r"^\W*(kan|må|får|skal|bør|er det lov|er det mulig|er det mogleg|har vi lov|gjelder|omfatter|omfattar"
        r"|can|must|may|should|is it|are|do we|does)\b",
        re.IGNORECASE),
    "requirement": re.compile(
        r"\b(hva kreves|kva krevst|hva skal til|kva skal til|hvilke krav|kva krav|krav til|vilkår\w*|forutsetning\w*"
        r"|what is required|requirements?|conditions?)\b"
        # "Må vi …?" asks what must be
        r"|^\W*(må|skal|lyt|must|do we have to|does \w+ have to|er det krav|is it required)\b",
        re.IGNORECASE),
    "list": re.compile(r"\b(hvilke|kva for|which|what are the)\b", re.IGNORECASE),
    # what someone does: "Hva er Statpeds rolle?", "Kva er oppgåvene til kommunen?", "What does Udir do?"
    "role": re.compile(r"\b(hva gjør|kva gjer|what (does|do) .+ do|(hva|kva|what) (kan|can|må|skal|bør|lyt|must|should"
                       r"|will) .{1,60} (hjelpe|bidra|bistå"
                       r"|tilby|gjøre|gjere|help|offer|do))\b", re.IGNORECASE),
    "contact": re.compile(r"\b(telefon\w*|e-post\w*|epost\w*|adresse\w*|kontaktinfo\w*|phone|e-?mail|address)\b",
                          re.IGNORECASE),
}
# Nouns that name a kind of answer: "Hva er fristen?" asks for a day and "Hvor stor er egenandelen?" for a share,
# but a yes-or-no question about them ("Kan lønn regnes med i egenandelen?") is settled by a rule, not a number.
ANSWER_NOUNS: dict[str, re.Pattern] = {
    "day": re.compile(r"\b(frist\w*|søknadsfrist\w*|dato|datoen|deadline\w*)\b", re.IGNORECASE),
    "money": re.compile(r"\b(beløp\w*|budsjett\w*|kostnad\w*|pris|cost\w*|price|pott\w*)\b", re.IGNORECASE),
    "share": re.compile(r"\b(prosent\w*|egenandel\w*|eigenandel\w*|percent\w*|percentage)\b", re.IGNORECASE),
}
CONTACT = re.compile(r"(?<!\d)(\+47\s?)?\d{2}\s?\d{2}\s?\d{2}\s?\d{2}(?!\d)|[\w.+-]+@[\w-]+\.\w|\b\d{4}\s+[A-ZÆØÅ]\w+")


COUNTED = re.compile(r"\b(?:hvor mange|kor mange|how many)\s+(\w[\w-]*)", re.IGNORECASE)


def counted_noun(question: str) -> str | None:
    """What a "hvor mange" question counts ("kommuner" in "Hvor mange kommuner …"), if it says."""
    found = COUNTED.search(question)
    return found.group(1).lower() if found else None


def counts(text: str, noun_terms: set[str], analyzer: Analyzer, lang: str) -> bool:
    """Whether `text` puts a number right before the counted noun ("30 kommuner", "ti skoler")."""
    tokens = words(text)
    return any(COUNT.fullmatch(token) and any(set(analyzer.terms(w, lang)) & noun_terms for w in tokens[i + 1 : i + 4])
               for i, token in enumerate(tokens))


# Words that name the kind of answer a question asks for, not its topic: "rolle" in "Hva er Statpeds rolle?" is
# answered by what Statped does, "penger" in "Hvor mye penger fikk …" by an amount, "fristen" by a date.
FRAMES: dict[str, re.Pattern] = {
    "role": re.compile(
        r"^(rolle|rollen|rolla|roller|rollene|role|roles|oppgave|oppgaven|oppgaver|oppgavene|oppgåve|oppgåva|oppgåver"
        r"|oppgåvene|funksjon|funksjonen|ansvar|ansvaret|ansvarsområde|ansvarsområdet|mandat|mandatet|task|tasks"
        r"|function|responsibility|responsibilities|mandate)$", re.IGNORECASE),
    "money": re.compile(r"^(penger|pengene|pengar|pengane|money|funding|funds|beløp|beløpet|beløpa|sum|summen|amount)$",
                        re.IGNORECASE),
    "day": re.compile(r"^(frist|fristen|fristar|fristane|frister|fristene|dato|datoen|deadline|deadlines|date)$",
                      re.IGNORECASE),
}


def frame_of(word: str, types: set[str]) -> str:
    """The kind of answer a question word names, when the question asks for that kind ("" otherwise)."""
    return next((kind for kind, pattern in FRAMES.items() if kind in types and pattern.match(word)), "")


def question_types(question: str) -> set[str]:
    """The kinds of answer a question asks for: day, year, time, money, count, share, who, rule (yes or no),
    requirement, list, contact, role (what someone does)."""
    found = {name for name, pattern in QUESTION_TYPES.items() if pattern.search(question)}
    if "rule" not in found:
        found |= {name for name, pattern in ANSWER_NOUNS.items() if pattern.search(question)}
    if "who" not in found and any(FRAMES["role"].match(w) for w in words(question)):
        found.add("role")
    if "day" in found:
        found.discard("time")
    return found


# A finite verb that, after an opening phrase, puts the subject after it ("I arbeidet med X skal kommunen: …").
INVERTING_VERB = re.compile(r"^(skal|skulle|vil|ville|kan|kunne|må|måtte|bør|burde|har|hadde|er|var|får|fikk|fekk"
                            r"|blir|ble|vert|vart|gjør|gjer)$", re.IGNORECASE)
# On an organisation's own page "vi" is the organisation ("Vi kan bidra med …" on OsloMet's page).
FIRST_PERSON = re.compile(r"^(vi|vår|våre|vårt|me|we|our)$", re.IGNORECASE)
EXPLETIVE = re.compile(r"^(det|der|her|it|there)$", re.IGNORECASE)
COORDINATING = re.compile(r"^(og|eller|and|or|samt)$", re.IGNORECASE)
INVERSION_WITHIN = 8


def subject_words(text: str) -> list[str]:
    """The words that may be a sentence's subject, without a parser: its first word and what is coordinated with
    it ("PP-tjenesten og Statped har …"), and the word after an opening phrase's finite verb ("I arbeidet med
    oppfølgingsordningen skal kommunen: …")."""
    tokens = [w for w in text.removeprefix("• ").split() if any(c.isalnum() for c in w)]

    def coordinated(start: int) -> tuple[list[str], int]:
        """The word at `start` and those joined to it by "og", "eller" or a comma; and where they end."""
        found, i = tokens[start : start + 1], start + 1
        while i + 1 < len(tokens) and (COORDINATING.match(tokens[i]) or tokens[i - 1].endswith(",")):
            joined = bool(COORDINATING.match(tokens[i]))
            found.append(tokens[i + 1] if joined else tokens[i])
            i += 2 if joined else 1
        return found, i

    if not tokens:
        return []
    found, end = coordinated(0)
    verb = next((i for i, t in enumerate(tokens[1:INVERSION_WITHIN], start=1) if INVERTING_VERB.match(t)), None)
    # "Statped har …": the first words were the subject; "Det er kommunene som …", "I tillegg skal Statped …": after
    opened_by_subject = verb == end and not EXPLETIVE.match(tokens[0])
    if verb and verb + 1 < len(tokens) and not opened_by_subject and not tokens[verb - 1].endswith((",", ":")):
        found += coordinated(verb + 1)[0]
    return found

    if not tokens:
        return []
    found = coordinated(0)
    verb = next((i for i, t in enumerate(tokens[1:INVERSION_WITHIN], start=1) if INVERTING_VERB.match(t)), None)
    # "Statped har …": the first word was the subject; "Det er kommunene som …", "I tillegg skal Statped …": after
    opened_by_subject = verb == len(found) and not EXPLETIVE.match(tokens[0])
    if verb and verb + 1 < len(tokens) and not opened_by_subject and not tokens[verb - 1].endswith((",", ":")):
        found += coordinated(verb + 1)
    return found


# "… rolle i Kompetanseløftet": a name after one of these is where the actor acts, not the actor
SCOPE_PREPOSITION = re.compile(r"^(i|in|på|ved|innen|innan|within|under|gjennom|through|mellom|between)$")


_FRAME = (r"(?:rolle\w*|rolla|roller\w*|oppgave\w*|oppgåv\w*|ansvar\w*|funksjon\w*|mandat\w*|roles?|tasks?"
          r"|functions?|responsibilit\w*|mandates?)")
_UNTIL = r"(?=\s+(?:do|i|in|på|ved|med|innen|innan|within|at|når|da|då|under|gjennom|overfor|towards?)\b|[?.!,]|$)"
# Where a question about what someone does names them: "Hva gjør X …", "Xs rolle", "X sin rolle", "rolla til X",
# "the role of X", "Hvilken rolle har X …", "What role does X play".
ROLE_HOLDER = [re.compile(pattern, re.IGNORECASE) for pattern in (
    rf"\b(?:hva|kva|what)\s+(?:gjør|gjer|does|do)\s+(?P<who>.+?){_UNTIL}",
    r"\b(?:hva|kva|what)\s+(?:kan|can)\s+(?P<who>.+?)\s+(?:hjelpe|bidra|bistå|tilby|gjøre|gjere|help|offer|do)\b",
    rf"\b(?P<who>[\w-]+?)(?:'s|’s|s)\s+{_FRAME}\b",
    rf"\b(?P<who>[\w-]+)\s+(?:sin|si|sitt|sine)\s+{_FRAME}\b",
    rf"\b{_FRAME}\s+(?:til|åt|of)\s+(?P<who>.+?){_UNTIL}",
    rf"\b(?:hvilken|hvilke|kva for|kva|what|which)\s+{_FRAME}\s+(?:har|skal|får|fær|has|have|does|do|will|should)"
    rf"\s+(?P<who>.+?)(?:\s+(?:play|have|hatt|fått)\b)?{_UNTIL}",
)]


def actors_asked_about(question: str, analyzer: Analyzer, lang: str) -> list[str]:
    """Whom a question about what someone does asks about: the words where such a question names them ("de
    vitenskapelig ansatte" in "Hva gjør de vitenskapelig ansatte ved OsloMet?"), else the names and actors it
    mentions, but not where they act ("i Kompetanseløftet")."""
    for pattern in ROLE_HOLDER:
        found = pattern.search(question)
        if found:
            holder = [w for w in words(found.group("who")) if w not in analyzer.vocabulary.stopwords.get(lang, ())]
            if holder:
                return holder
    names = {n.lower() for n in names_in(question) if not n.isdigit()}
    actors = _actor_lemmas(analyzer)
    tokens = words(question.lower())
    return [w for i, w in enumerate(tokens) if (w in names or analyzer.canonical(w, lang) in actors)
            and not (i and SCOPE_PREPOSITION.match(tokens[i - 1]))]


def answer_features(text: str, analyzer: Analyzer, lang: str, asked: set[str] = frozenset(),
                    counted: set[str] = frozenset()) -> set[str]:
    """What kinds of answer a passage gives; "who" only for an actor the question does not name already, and
    "count" only for a number of what the question counts (`counted`: "de tre siste årene" is no answer to "hvor
    mange kommuner")."""
    found, actors = analyzer.passage_features(text, lang)
    out = set(found) | {"who"} if actors - set(asked) else set(found)
    if counted and "count" in out and not counts(text, counted, analyzer, lang):
        out.discard("count")
    return out


def _passage_features(text: str, analyzer: Analyzer, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The kinds of answer a passage gives, and the actors it names (for "who")."""
    found = set()
    if DAY_DATE.search(text):
        found |= {"day", "time"}
    elif TIME.search(text):
        found.add("time")
    if re.search(r"\b(19|20)\d\d\b", text):
        found.add("year")
    if MONEY.search(text):
        found.add("money")
    if SHARE.search(text):
        found |= {"share", "money"}
    if COUNT.search(text):
        found.add("count")
    if RULE.search(text):
        found.add("rule")
    if REQUIREMENT.search(text):
        found.add("requirement")
    if CONTACT.search(text):
        found.add("contact")
    if "\n• " in text or text.startswith("• ") or NAME_LIST.search(text):
        found.add("list")
    actors = {analyzer.canonical(w, lang) for w in words(text)} & _actor_lemmas(analyzer)
    return frozenset(found), frozenset(actors)


def acting(text: str, analyzer: Analyzer, lang: str) -> set[str]:
    """The actors a sentence puts in its subject ("Det er statsforvalteren som …", "Samarbeidsforum behandler …")."""
    return {analyzer.canonical(w, lang) for w in words(" ".join(subject_words(text)))} & _actor_lemmas(analyzer)


def is_actor(word: str, analyzer: Analyzer, lang: str) -> bool:
    """Whether a word names one who acts in the domain (the actors file: "PPT", "kommunen", "Statped")."""
    return analyzer.canonical(word, lang) in _actor_lemmas(analyzer)


@lru_cache(maxsize=4)
def _actor_lemmas(analyzer: Analyzer) -> frozenset[str]:
    return frozenset(analyzer.canonical(w, "nb") for actor in analyzer.vocabulary.actors for w in words(actor))


# --- dates a page states about itself ---
STATED_DATE = re.compile(
    r"^\s*(sist\s+)?(oppdatert|publisert|endret|revidert|updated|published|last updated|dato)\b[:\s]*"
    rf"(?P<date>\d{{1,2}}\.\s*\d{{1,2}}\.\s*\d{{4}}|\d{{4}}-\d\d-\d\d|\d{{1,2}}\.\s*{MONTH}\s+\d{{4}})"
    rf"|^\s*(?P<bare>\d{{4}}-\d\d-\d\d)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def iso_date(text: str) -> str:
    """"08.04.2024", "8. april 2024" or "2024-04-08" as "2024-04-08"; "" when it is no valid date."""
    import datetime

    text = text.strip().lower()
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
            return datetime.date.fromisoformat(text).isoformat()
        match = re.fullmatch(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})", text)
        if match:
            return datetime.date(int(match[3]), int(match[2]), int(match[1])).isoformat()
        match = re.fullmatch(rf"(\d{{1,2}})\.\s*{MONTH}\s+(\d{{4}})", text)
        if match:
            return datetime.date(int(match[3]), MONTHS[match[2]], int(match[1])).isoformat()
    except ValueError:
        return ""
    return ""


def stated_date(text: str, head_chars: int = 3000) -> str:
    """The newest date a page states about itself near its top ("Oppdatert 08.04.2024", "Publisert …")."""
    dates = [iso_date(m.group("date") or m.group("bare")) for m in STATED_DATE.finditer(text[:head_chars])]
    return max((d for d in dates if d), default="")

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

import bisect
import hashlib
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ingest.grammar import Grammar, VocabularyError

VOCABULARY_DIR = Path(__file__).parent / "vocabulary"
LANGUAGES = ("nb", "nn", "en")
WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+")
PHRASE_WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+(?:-[0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*")
LINKING = ("s", "e")  # Norwegian compounds join with -s- or -e- ("tilskudd-s-ordning")
MIN_PART = 4
BRIDGED_PART = 3  # the shortest part of a nynorsk compound the bridge renders in bokmål ("mål|oppnåing")
MIN_DERIVED = 5  # a derived word's term: a shorter stem stands for many words ("men" of "mene", "lær" of "lære")
SYNONYM_KINDS = ("abbreviation", "domain-term", "former-name", "spelling", "paraphrase")
CACHE_SIZE = 50_000  # bounded: every distinct word a user types passes through these caches
LANGUAGE_CACHE_SIZE = 1024  # the last questions (and conversation turns) whose language was told
# nynorsk keeps a j after k and g where bokmål has dropped it ("trekkje", "følgjer", "søkjast" for "trekke",
# "følger", "søkes"); not at the start of a word ("kjenne", "gjeld" are both)
NYNORSK_J = re.compile(r"(?<=[aeiouyæøåkgrlnm])([kg])j(?=[eaå])")
# nynorsk's adjective ending "-leg" is bokmål's "-lig" ("tydeleg" / "tydelig", "vanlege" / "vanlige")
NYNORSK_LEG = re.compile(r"leg(?=(e|t)?$)")
# … and the endings of its lemmas that bokmål writes otherwise: that one, the noun's "-heit" ("ferdigheit" /
# "ferdighet") and the present participle's "-ande" ("gjeldande" / "gjeldende")
NYNORSK_ENDINGS = ((NYNORSK_LEG, "lig"), (re.compile(r"heit$"), "het"), (re.compile(r"ande$"), "ende"))


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
    # (english term, norwegian term) per line; an English term may name two ("special needs education" is both the
    # field, spesialpedagogikk, and the school's provision, spesialundervisning)
    english: tuple[tuple[str, str], ...]
    stopwords: dict[str, frozenset[str]]
    actors: frozenset[str] = frozenset()  # who does what in the domain (lower case, as written in the file)
    pronouns: frozenset[str] = frozenset()
    markers: dict[str, str] = field(default_factory=dict)  # word -> marker ("ikke" -> "not", "må" -> "must")
    particles: frozenset[str] = frozenset()  # adverbs that join a verb ("ut": "betale ut" is "utbetale")
    derivations: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (verb ending, its nouns' endings): "ere" -> "ering"
    opposites: tuple[tuple[str, str], ...] = ()  # the two answers to a question of a quality: bindende, rådgivende
    grammar: Grammar = field(default_factory=lambda: Grammar({}))  # question words, units, modal verbs …
    fingerprint: str = ""

    @property
    def english_phrases(self) -> list[str]:
        return sorted({t for t, _ in self.english if " " in t or "-" in t}, key=len, reverse=True)


def _lines(paths: list[Path]) -> Iterable[tuple[Path, int, str]]:
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            line = line.split("#", 1)[0].strip()
            if line:
                yield path, number, line


def _pairs(paths: list[Path]) -> dict[str, str]:
    return dict(_pair_lines(paths))


def _pair_lines(paths: list[Path]) -> tuple[tuple[str, str], ...]:
    """Each line's 'term = term', in order, every line kept (a term on the left of two lines has two meanings)."""
    out: dict[tuple[str, str], None] = {}
    for path, number, line in _lines(paths):
        left, sep, right = line.partition("=")
        if not sep or not left.strip() or not right.strip():
            raise VocabularyError(f"{path.name}:{number}: expected 'term = term', got {line!r}")
        out[left.strip().lower(), right.strip().lower()] = None
    return tuple(out)


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


def _derivations(paths: list[Path]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    out = []
    for path, number, line in _lines(paths):
        verb, sep, nouns = line.partition("=")
        endings = tuple(n.strip().lower() for n in nouns.split(",") if n.strip())
        if not sep or not verb.strip().isalpha() or not endings or not all(e.isalpha() for e in endings):
            raise VocabularyError(f"{path.name}:{number}: expected 'verb-ending = noun-ending, noun-ending'")
        out.append((verb.strip().lower(), endings))
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
    months = _months(files("months.txt"))
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            digest.update(path.name.encode() + path.read_bytes())
    return Vocabulary(
        synonyms=_synonyms(files("synonyms.txt")),
        nynorsk=_pairs(files("nynorsk.txt")),
        english=_pair_lines(files("english.txt")),
        stopwords=stopwords,
        actors=frozenset(w.lower() for _, _, w in _lines(files("actors.txt"))),
        pronouns=frozenset(w.lower() for _, _, w in _lines(files("pronouns.txt"))),
        markers=_markers(files("markers.txt")),
        particles=frozenset(w.lower() for _, _, w in _lines(files("verb-particles.txt"))),
        derivations=_derivations(files("derivations.txt")),
        opposites=_pair_lines(files("opposites.txt")),
        grammar=_grammar(files("grammar.txt") + files("guard.txt"), months),
        fingerprint=digest.hexdigest()[:16],
    )


def _months(paths: list[Path]) -> dict[str, int]:
    pairs = _pairs(paths)
    bad = next((name for name, number in pairs.items() if not number.isdigit() or not 1 <= int(number) <= 12), None)
    if bad:
        raise VocabularyError(f"months.txt: expected 'name = 1..12', got {bad!r} = {pairs[bad]!r}")
    return {name: int(number) for name, number in pairs.items()}


def _grammar(paths: list[Path], months: dict[str, int]) -> Grammar:
    """The grammar files' classes, with the months as the class {month} and their abbreviations as {month-short}:
    alone, "jan" or "des" is a name or a word, not a month ("Jan Olsen", nynorsk "des betre")."""
    short = month_abbreviations(months)
    return Grammar.from_lines(_lines(paths), {"month": [m for m in months if m not in short],
                                              "month-short": sorted(short)})


MONTH_ABBREVIATION_LETTERS = 4  # "sept"; "januar" starts "january" but is a name of its own


def month_abbreviations(months: dict[str, int]) -> frozenset[str]:
    """The names that shorten a longer name of the same month ("sept" of "september", "mar" of "mars")."""
    return frozenset(name for name, number in months.items() if len(name) <= MONTH_ABBREVIATION_LETTERS and any(
        other != name and other.startswith(name) and months[other] == number for other in months))


@dataclass(frozen=True)
class TextConventions:
    """What cleaning and sentence splitting know about Norwegian text: read from the built-in folder only,
    because they shape chunking (a change re-chunks every document: see `fingerprint`)."""

    lead_in_words: frozenset[str]
    abbreviations: frozenset[str]
    list_closers: frozenset[str]
    grammar: Grammar  # page furniture, section and page numbers, date stamps (text-conventions.txt, months.txt)
    months: dict[str, int]
    fingerprint: str


CONVENTION_FILES = ("lead-in-words.txt", "abbreviations.txt", "text-conventions.txt", "months.txt")


@lru_cache(maxsize=1)
def text_conventions() -> TextConventions:
    lead_in_path, abbreviations_path, conventions_path, months_path = (VOCABULARY_DIR / n for n in CONVENTION_FILES)
    lead_in = frozenset(w.lower() for _, _, w in _lines([lead_in_path]))
    abbreviations = [w.lower() for _, _, w in _lines([abbreviations_path])]
    closers = frozenset(w.split(":", 1)[1].strip() for w in abbreviations if w.startswith("closes:"))
    inner = frozenset(w for w in abbreviations if not w.startswith("closes:"))
    months = _months([months_path])
    digest = hashlib.sha256(b"".join((VOCABULARY_DIR / n).read_bytes() for n in CONVENTION_FILES)).hexdigest()[:16]
    return TextConventions(lead_in, inner | closers, closers, _grammar([conventions_path], months), months, digest)


# --- words ---
# A word negated by its prefix ("ikke-kommunale", "non-municipal": grammar class negating-prefix) is another word
# than the one negated: one word ("ikkekommunale"), not "ikke" and "kommunale".
NEGATED_WORD = r"\b(?:{negating-prefix})-[0-9A-Za-zÀ-ÖØ-öø-ÿ]+|[0-9A-Za-zÀ-ÖØ-öø-ÿ]+"


@lru_cache(maxsize=1)
def _word_pattern() -> re.Pattern:
    return load_vocabulary().grammar.build(NEGATED_WORD)


def words(text: str) -> list[str]:
    """Lower-cased words; hyphenated forms split ("PP-tjenesten" -> "pp", "tjenesten"), except after a negating
    prefix ("ikke-kommunale" -> "ikkekommunale"); an abbreviation's genitive is the abbreviation ("NLAs" -> "nla").
    Called for every sentence scored: one pass of one pattern, and the plain one where no hyphen stands."""
    if "-" not in text:
        return [_unpossessed(w).lower() for w in WORD.findall(text)]
    return [_unpossessed(w).replace("-", "").lower() for w in _word_pattern().findall(text)]


ABBREVIATION_MIN = 2  # capitals before the genitive's s: "PPTs", "KSs"; "Is" is a word


def _unpossessed(word: str) -> str:
    """An abbreviation without the bare s Norwegian writes for its genitive ("PPTs oppgaver", "KSs innspill")."""
    if word.endswith("s") and len(word) > ABBREVIATION_MIN and word[:-1].isupper():
        return word[:-1]
    return word


def content_words(text: str, lang: str = "nb", vocabulary: Vocabulary | None = None) -> list[str]:
    stop = (vocabulary or load_vocabulary()).stopwords[normalise_language(lang)]
    return [w for w in words(text) if w not in stop and (len(w) > 1 or w.isdigit())]


DETECTION_SAMPLE = 4000  # the characters of a document's text its language is told from


PARAGRAPH_WORDS = 6  # a paragraph this long or longer tells its language; a heading is too short to


def written_language(text: str) -> str:
    """The language a document is written in, told from its opening text: bokmål, nynorsk or English (for a
    document whose metadata does not say). The language most of its paragraphs' words are in: a nynorsk page with
    a bokmål section (a shared footer, a quoted rule) is nynorsk."""
    sample = text[:DETECTION_SAMPLE]
    said: dict[str, int] = {}
    for paragraph in re.split(r"\n\s*\n", sample):
        count = len(words(paragraph))
        if count >= PARAGRAPH_WORDS:
            language = detect_language(paragraph, default="")
            if language:
                said[language] = said.get(language, 0) + count
    whole = detect_language(sample)
    return max(said, key=lambda language: (said[language], language == whole)) if said else whole


NYNORSK_WORDS = 2  # words only nynorsk writes that tell a question nynorsk by themselves (detect_language)
ENGLISH_FUNCTION_WORDS = 2  # … and function words only English writes, with none only Norwegian writes, English


def told_by_function_words(said: set[str]) -> bool:
    """Whether a question's function words are English and none is Norwegian: "What is the deadline for
    tilretteleggingsmidler?" names the scheme's Norwegian term in an English question (the lexicon knows "what" and
    "is" as bokmål too, and the long Norwegian word as no English word)."""
    stopwords = load_vocabulary().stopwords
    norwegian = stopwords["nb"] | stopwords["nn"]
    english = {w for w in said if w in stopwords["en"] and w not in norwegian}
    return len(english) >= ENGLISH_FUNCTION_WORDS and not said & norwegian - stopwords["en"]


@lru_cache(maxsize=LANGUAGE_CACHE_SIZE)  # a question is told twice per answer (its query, its reply), ~1 ms each
def detect_language(text: str, default: str = "nb") -> str:
    """bokmål, nynorsk or English for a question; `default` when the text is too short to tell."""
    import simplemma
    from simplemma.language_detector import langdetect

    if len(words(text)) < 2:
        return default
    if told_by_function_words(set(words(text.lower()))):
        return "en"
    scores = dict(langdetect(text, lang=("nb", "nn", "en")))
    # the bokmål dictionary knows many nynorsk forms: a word that the bridge has on its nynorsk side ("kven",
    # "midlar", or inflected: "deltakaren", "eiga") and not outweighed by one on its bokmål side ("hva") tells nynorsk
    vocabulary = load_vocabulary()
    bridge, said = vocabulary.nynorsk, set(words(text))
    # (by the lemma only a content word: "er" lemmatised as nynorsk is "vere" in any question)
    # (nor a form both write: "andre" is nynorsk "annan" and bokmål "annen", which the bridge pairs)
    nynorsk_side = {w for w in said if w in bridge or w not in vocabulary.stopwords["nb"] and lemma(w, "nn") in bridge
                    and bridge[lemma(w, "nn")] != lemma(w, "nb")}
    # (a question the lexicon reads as English more surely than as either Norwegian is English: "sit" is "sitje")
    norwegian = max(scores.get("nb", 0.0), scores.get("nn", 0.0))
    # (nor on the bokmål side a form nynorsk writes too: "stemme", which the bridge pairs with "røyste")
    bokmal_side = {w for w in said & set(bridge.values()) if not simplemma.is_known(w, lang="nn")}
    # … and so do two such words where none is on the bokmål side, however few words the lexicon knows of the rest
    # ("Korleis vert midlane fordelte?")
    if (scores.get("nn", 0.0) >= 0.5 or len(nynorsk_side) >= NYNORSK_WORDS and not bokmal_side) and len(
            nynorsk_side) > len(bokmal_side) and scores.get("en", 0.0) <= norwegian:
        return "nn"
    top = max(scores.get(lang, 0.0) for lang in LANGUAGES)
    tied = [lang for lang in LANGUAGES if scores.get(lang, 0.0) == top]
    if len(tied) > 1 or top <= scores.get("unk", 0.0):
        # names the lexicon does not know leave it undecided ("Who is Fjordhøgskolen?"): the function words tell
        stopwords = load_vocabulary().stopwords
        said_by = {lang: len(said & stopwords[lang]) for lang in LANGUAGES}
        most = max(said_by.values())
        if most and list(said_by.values()).count(most) == 1:
            return max(said_by, key=said_by.get)
    best = max(LANGUAGES, key=lambda lang: (scores.get(lang, 0.0), lang == default, lang == "nb"))
    if scores.get(best, 0.0) <= scores.get("unk", 0.0) and scores.get(best, 0.0) < 0.5:
        return default
    return best


# --- stems and lemmas ---
@lru_cache(maxsize=2)
def _stemmer(algorithm: str):
    import Stemmer

    return Stemmer.Stemmer(algorithm)


# endings Snowball drops from any Norwegian word as a genitive's and a superlative's ("skolens", "vanlegast")
GENITIVE_OR_SUPERLATIVE = ("s", "ast")
# … and as a plural's, which a noun's base form may end in too ("ansvar", "nummer", "partner")
PLURAL_LIKE = ("ar", "er")
DEFINITE_SUFFIXES = ("et", "en")  # a noun's definite singular: Snowball's stem of "ansvaret" is "ansvar"


@lru_cache(maxsize=CACHE_SIZE)
def stem(word: str, lang: str = "nb") -> str:
    """Snowball's stem; a Norwegian base form that only ends as a genitive or a superlative would ("kurs", "utkast",
    "status") keeps that ending, as its inflections' stems do ("kurset" -> "kurs"): its stem is the word; so does a
    noun that ends as a plural would ("ansvar", "ansvaret"). A base form in either written language's dictionary is
    one: both write "klageinstans", one dictionary may lack it."""
    if lang == "en":
        return _stemmer("english").stemWord(word)
    stemmed = _stemmer("norwegian").stemWord(word)
    ending = word[len(stemmed):] if word.startswith(stemmed) else ""
    if ending in GENITIVE_OR_SUPERLATIVE and is_norwegian_base_form(word):
        return word
    if ending in PLURAL_LIKE and is_norwegian_base_form(word) and keeps_ending_when_definite(word):
        return word
    return stemmed


def is_norwegian_base_form(word: str) -> bool:
    """A base form in either written language's dictionary."""
    return is_base_form(word, "nb") or is_base_form(word, "nn")


def keeps_ending_when_definite(noun: str) -> bool:
    """Whether a base form in -ar or -er keeps that ending in its definite form's stem ("ansvaret" -> "ansvar"), as a
    noun's does, and is no verb's present tense besides ("behandler" is "behandle"'s too, and stems with it)."""
    snowball = _stemmer("norwegian")
    return any(snowball.stemWord(noun + suffix) == noun for suffix in DEFINITE_SUFFIXES) and not (
        is_norwegian_base_form(noun[:-1]))


def is_base_form(word: str, lang: str) -> bool:
    """Whether the dictionary knows the word as its own lemma (a noun's indefinite singular, a verb's infinitive)."""
    import simplemma

    lang = "nn" if lang == "nn" else "nb"
    return simplemma.is_known(word, lang=lang) and lemma(word, lang) == word.lower()


GENITIVE_MIN = 5  # "kurs", "buss": a short word's final s is its own


@lru_cache(maxsize=CACHE_SIZE)
def lemma(word: str, lang: str) -> str:
    """The dictionary's base form; a Norwegian genitive it lacks ("læreres", "elevenes") is its noun's."""
    import simplemma

    found = simplemma.lemmatize(word, lang=lang).lower()
    if (found == word.lower() and lang in ("nb", "nn") and len(word) >= GENITIVE_MIN and word.endswith("s")
            and not simplemma.is_known(word, lang=lang) and simplemma.is_known(word[:-1], lang=lang)):
        return simplemma.lemmatize(word[:-1], lang=lang).lower()
    return found


def is_another_name(word: str, name: str, lang: str) -> bool:
    """Whether a word whose stem is a name's is a name of its own: the name with an ending, a form the dictionary
    knows as its own lemma, another than the name's ("Vestlandet", the western region, is no "Vestland", the county);
    "Statsforvalteren" is "statsforvalter", a genitive ("Statpeds") no word of its own, and another spelling
    ("Statsforvalteren" of "Statsforvaltaren") no other name."""
    low, name = word.lower(), name.lower()
    lang = "nn" if lang == "nn" else "nb"
    return low != name and low.startswith(name) and in_dictionary(low, lang) and lemma(low, lang) == low != lemma(
        name, lang)


def names_only_another(text: str, name: str, analyzer: Analyzer, lang: str) -> bool:
    """Whether a text meets a one-word name only by words that are names of their own (is_another_name): "Høgskolen
    på Vestlandet" does not say "Vestland"."""
    # … so a text with no word that goes on from the name has none (a cheap test first: most have none)
    if len(words(name)) != 1 or not re.search(rf"(?<!\w){re.escape(name.lower())}\w", text.lower()):
        return False
    terms = set(analyzer.terms(name, lang, compounds=False))
    meeting = [w for w in words(text) if terms.intersection(analyzer.terms(w, lang, compounds=False))]
    return bool(meeting) and all(is_another_name(w, name, lang) for w in meeting)


def bokmål_form(word: str) -> bool:
    """Whether a word is one the bokmål dictionary knows and the nynorsk one does not ("kriterier")."""
    import simplemma

    return simplemma.is_known(word.lower(), lang="nb") and not simplemma.is_known(word.lower(), lang="nn")


def nynorsk_only(word: str, vocabulary: Vocabulary) -> bool:
    """Whether a word is one nynorsk writes and bokmål does not ("tilskot", "eigar"): a bokmål question that types it
    means it as a nynorsk page would."""
    import simplemma

    if simplemma.is_known(word, lang="nb"):
        return False
    return simplemma.is_known(word, lang="nn") or lemma(word, "nn") in vocabulary.nynorsk


def in_dictionary(word: str, lang: str) -> bool:
    """Whether the lemmatiser's dictionary of the language (bokmål or nynorsk for Norwegian) has the word: a word it
    lacks may be a name, a new compound or a typing error."""
    import simplemma

    languages = ("en",) if normalise_language(lang) == "en" else ("nb", "nn")
    return any(simplemma.is_known(word, lang=language) for language in languages)


@lru_cache(maxsize=CACHE_SIZE)
def is_compound_of(word: str, last: str) -> bool:
    """Whether a Norwegian word is a compound that ends in `last` after a first part the dictionary knows as a base
    form (with its linking letter), longer than a short stem: "søknadsfristen" ends in "fristen"; "spørsmål"
    ("spør", "spørs") is no "mål"."""
    head = word[:len(word) - len(last)] if word.endswith(last) else ""
    return any(len(part) > MIN_PART and is_base_form(part, "nb")
               for part in (head, *(head[:-1] for link in LINKING if head.endswith(link))))


# English spellings of the letters Norwegian writes otherwise in the words the two share ("extra"/"ekstra",
# "collective"/"kollektiv", "quality"/"kvalitet", "theory"/"teori", "social"/"sosial"): applied in order.
NORWEGIAN_LETTERS = tuple((re.compile(english), norwegian) for english, norwegian in (
    ("x", "ks"), ("qu", "kv"), ("ph", "f"), ("th", "t"), ("ch", "k"), ("c(?=[eiy])", "s"), ("c", "k")))


def norwegian_spelling(term: str) -> str:
    """An English term spelled as Norwegian spells the letters of a shared word, to compare cognates by."""
    for letters, norwegian in NORWEGIAN_LETTERS:
        term = letters.sub(norwegian, term)
    return term


class Analyzer:
    """Turns text into index terms; compounds also yield their parts when both parts are known words.

    `mode` chooses the terms of a word: "stem" (Snowball only), "lemma" (the stem of the bridged lemma
    only) or "both" (the default: whichever measured best, see the README's retrieval table).
    """

    def __init__(self, known_words: Iterable[str] = (), vocabulary: Vocabulary | None = None, mode: str = "both"):
        self.vocabulary = vocabulary or load_vocabulary()
        self.known_words = frozenset(w for w in known_words if len(w) >= MIN_PART)
        self._stems = frozenset(stem(w) for w in self.known_words)
        # a compound's first part is a known word or its base form: "enkelt|skoler" when the text only says "enkelte"
        self._heads = self.known_words | frozenset(lemma(w, "nb") for w in self.known_words) | frozenset(
            self.vocabulary.grammar.classes.get("compound-head", ()))
        self.mode = mode
        self._bridge_by_stem = {stem(nn): nb for nn, nb in self.vocabulary.nynorsk.items()}
        self._function_words = self.vocabulary.stopwords["nb"] | self.vocabulary.stopwords["nn"]
        # derivations.txt read both ways: (ending, the endings of the words made of it, or of the one it is made of)
        self._derivation_pairs = tuple(pair for verb, nouns in self.vocabulary.derivations
                                       for pair in ((verb, nouns), *((noun, (verb,)) for noun in nouns)))
        # a law's name ("opplæringsloven", "barnehagelova") keeps its "lov", which Snowball strips as a suffix
        classes = self.vocabulary.grammar.classes
        heads, endings = classes.get("kept-head", []), classes.get("noun-ending", [])
        self._kept_head = re.compile(rf"(\w{{3,}}(?:{'|'.join(map(re.escape, heads))}))"
                                     rf"(?:{'|'.join(map(re.escape, endings))})?") if heads else None
        # … and names an act, where the word is a compound ("opplæringsloven"), not the head alone ("når loven krever
        # det")
        self._act_named = re.compile(rf"(?<!\w){self._kept_head.pattern}(?!\w)", re.IGNORECASE) if heads else None
        # British "-ise"/"-yse" and American "-ize"/"-yze" spell one word ("decentralised", "organization"): English
        # is analysed in one spelling, so that a question meets a page whichever the writer used
        british = classes.get("british-ending", [])
        self._british = re.compile(rf"(?<=\w{{3}})({'|'.join(map(re.escape, british))})$") if british else None
        self.parts = lru_cache(maxsize=CACHE_SIZE)(self._parts)
        self.word_terms = lru_cache(maxsize=CACHE_SIZE)(self._word_terms)
        self.canonical = lru_cache(maxsize=CACHE_SIZE)(self._canonical)
        # the same passages answer many questions: each is read for its kinds of answer once, not per question
        self.passage_features = lru_cache(maxsize=CACHE_SIZE)(lambda text, lang: _passage_features(text, self, lang))
        # and so are its headings and its sentences' opening words, and whom its sentences put in their subject
        self.short_terms = lru_cache(maxsize=CACHE_SIZE)(lambda text, lang: frozenset(self.terms(text, lang)))
        self.short_whole_terms = lru_cache(maxsize=CACHE_SIZE)(
            lambda text, lang: frozenset(self.terms(text, lang, compounds=False)))
        self.acting = lru_cache(maxsize=CACHE_SIZE)(lambda text, lang: _acting(text, self, lang))
        self._actor_lemmas: frozenset[str] | None = None

    @classmethod
    def for_texts(cls, texts: Iterable[tuple[str, str]], vocabulary: Vocabulary | None = None,
                  mode: str = "both") -> Analyzer:
        """An analyzer whose compound splitting knows every word of (text, language) pairs."""
        vocabulary = vocabulary or load_vocabulary()
        known: set[str] = set()
        for text, lang in texts:
            known.update(content_words(text, lang, vocabulary))
        return cls(known, vocabulary, mode)

    def names_act(self, text: str) -> bool:
        """Whether a text names an act by its compound: "opplæringsloven", "barnehagelova" (grammar.txt's kept-head)."""
        return bool(self._act_named and self._act_named.search(text))

    # --- one word ---
    def american_spelling(self, word: str) -> str:
        return self._british.sub(lambda m: m.group(1).replace("s", "z", 1), word) if self._british else word

    def _canonical(self, word: str, lang: str) -> str:
        """The bokmål (or English) lemma of a word: nynorsk lemmas cross the bridge (`canonical`, cached)."""
        lang = normalise_language(lang)
        if lang == "en":  # the lemma first: "supervizes" is no word the dictionary knows, "supervises" is
            found = lemma(word, lang)
            return self.american_spelling(found if found != word else lemma(self.american_spelling(word), lang))
        if lang == "nn":
            found = lemma(word, "nn")
            bridge = self.vocabulary.nynorsk
            # an inflection the dictionary does not know ("midlane") still crosses by its stem, but a word both
            # languages write as its lemma is that word ("ansvar" is no "ansvarleg", though the two share a stem)
            # … and one whose lemma the dictionary gives as another inflection ("løyvde" -> "løyvd" -> "løyve")
            shared = is_base_form(found, "nb")
            bokmål = (bridge.get(found) or bridge.get(word) or not shared and self._bridge_by_stem.get(stem(word))
                      or bridge.get(lemma(found, "nn"))
                      or self._bridged_compound(found) or found != word and self._bridged_compound(word)
                      or self._bridged_particle_verb(found))
            if bokmål:
                return lemma(bokmål, "nb")  # the file may give a plural ("kommunar = kommuner")
            respelt = NYNORSK_J.sub(r"\1", found)
            for ending, written in NYNORSK_ENDINGS:
                ended = ending.sub(written, respelt)
                if ended != respelt and is_base_form(lemma(ended, "nb"), "nb"):
                    return lemma(ended, "nb")  # … where bokmål knows the word it makes
            if respelt != found:
                return lemma(respelt, "nb")
            # a bokmål form a nynorsk page writes, which the nynorsk dictionary does not know ("Kriterier for
            # tildeling av tilskotsmidlar"): its bokmål lemma
            return lemma(word, "nb") if bokmål_form(word) else found
        found = lemma(word, lang)
        return self._particle_verb(word) if found == word else found

    def _particle_verb(self, word: str) -> str:
        """A word the dictionary does not know that is a particle and a verb form it does ("opp|gitt" -> "oppgi",
        as "oppgis" is): the particle and the verb's lemma; else the word."""
        for particle in self.vocabulary.particles:
            rest = word[len(particle):]
            if word.startswith(particle) and len(rest) >= MIN_PART and lemma(rest, "nb") != rest:
                return particle + lemma(rest, "nb")
        return word

    def _bridged_particle_verb(self, word: str) -> str | None:
        """The bokmål of a nynorsk verb joined to its particle where the bridge knows the verb: "utgjere" ->
        "utgjøre", as "gjere" is "gjøre"."""
        bridge = self.vocabulary.nynorsk
        return next((particle + bridge[word[len(particle):]] for particle in self.vocabulary.particles
                     if word.startswith(particle) and word[len(particle):] in bridge), None)

    def _bridged_compound(self, word: str) -> str | None:
        """The bokmål of a nynorsk compound whose first or last part the bridge knows, where the documents write
        that bokmål word: "hovudfunn" -> "hovedfunn", "ungdomsskule" -> "ungdomsskole" (never a made-up word)."""
        bridge = self.vocabulary.nynorsk
        # a known bokmål word is the check, so a short part may stand ("hovud|del" -> "hoveddel"); the last part
        # may be inflected where the dictionary does not know the compound ("kjenne|teikna" -> "kjennetegn")
        for cut in range(BRIDGED_PART, len(word) - BRIDGED_PART + 1):
            head, tail = word[:cut], word[cut:]
            linked = next((head[:-1] for link in LINKING if head.endswith(link) and head[:-1] in bridge), None)
            tail_bokmål = bridge.get(tail) or self._bridge_by_stem.get(stem(tail))
            # … or whose first part is an adjective in "-leg" ("tydeleg|gjere" -> "tydeliggjøre")
            respelt = NYNORSK_LEG.sub("lig", head) if NYNORSK_LEG.search(head) else ""
            candidates = [head + tail_bokmål if tail_bokmål else "",
                          bridge[head] + tail if head in bridge else "",
                          bridge[linked] + head[-1] + tail if linked else "",
                          respelt + (tail_bokmål or tail) if respelt else ""]
            found = next((c for c in candidates if c and c in self._heads), None) or next(
                (lemma(c, "nb") for c in candidates if c and lemma(c, "nb") in self._heads), None)
            if found:
                return found
        return None

    def _word_terms(self, word: str, lang: str) -> tuple[str, ...]:
        lang = normalise_language(lang)
        if lang != "en" and self._kept_head and (kept := self._kept_head.fullmatch(word)):
            return (kept.group(1),)
        surface = stem(self.american_spelling(word) if lang == "en" else word, lang)
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
            if head not in self._heads or head in self._function_words:
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

    def compounds_beginning_with(self, word: str, lang: str, terms: frozenset[str]) -> list[str]:
        """Of `terms` (index terms), those of compounds whose first part is the word as written or its lemma and
        whose rest is a term too: "data" -> "datagrunnlag". The index splits such a compound only where its first
        part is a word the corpus writes on its own; a question's word is as good a reason."""
        out: list[str] = []
        ordered = _sorted_terms(terms)
        for form in dict.fromkeys((word, self.canonical(word, lang))):
            if len(form) < MIN_PART:
                continue
            for term in ordered[bisect.bisect_left(ordered, form):]:
                if not term.startswith(form):
                    break
                rest = term[len(form):]
                if any(len(r) >= MIN_PART and r in terms
                       for r in (rest, *(rest[1:] for link in LINKING if rest.startswith(link)))):
                    out.append(term)
        return list(dict.fromkeys(out))

    def derived(self, word: str, lang: str, known: frozenset[str]) -> list[str]:
        """Index terms of the nouns made of a verb, or of the verb a noun is made of (derivations.txt): "fordeles"
        -> "fordeling", "informasjon" -> "informere". A word is read by its longest ending that makes a term some
        document has ("ledelse" is a noun in -else, not a verb in -e). Only terms some document has (`known`); none
        for English."""
        if normalise_language(lang) == "en":
            return []
        own = set(self.word_terms(word, lang))
        out: list[str] = []
        # the dictionary's lemma, or for a word it does not know ("fordelingen") the stem
        for base in dict.fromkeys((self.canonical(word, lang), stem(word, lang))):
            found = [(ending, others) for ending, others in self._derivation_pairs
                     if base.endswith(ending) and len(base) > len(ending)]
            for ending in sorted({e for e, _ in found}, key=len, reverse=True):
                root = base[: len(base) - len(ending)]
                made = [t for e, others in found if e == ending for other in others
                        for t in (stem(root + other, "nb"),) if len(t) >= MIN_DERIVED and t in known and t not in own]
                if made:  # … and by a shorter one where that makes no word a document has ("tilpasse": "tilpassing")
                    out += made
                    break
        return list(dict.fromkeys(out))

    # --- text ---
    def terms(self, text: str, lang: str = "nb", compounds: bool = True) -> list[str]:
        """The index terms of a text: each word's, and its compound parts' unless `compounds` is False, and those
        of each compound a word left open by its hyphen makes ("fag- og yrkesopplæringen": "fagopplæringen")."""
        out: list[str] = []
        stop = self.vocabulary.stopwords[normalise_language(lang)]
        for word in content_words(text, lang, self.vocabulary):
            out.extend(self.word_terms(word, lang))
            for part in self.parts(word) if compounds else ():
                if part not in stop:
                    out.extend(self.word_terms(part, lang))
        for word in self.completed_compounds(text):
            out.extend(self.word_terms(word, lang))
        return out

    def completed_compounds(self, text: str, attested: bool = True) -> list[str]:
        """The compounds a text writes with their last part left to the next word of a coordination: "barnehage- og
        skoleeiere" says "barnehageeiere", "etter-, vidare- og masterutdanning" says "etterutdanning" and
        "vidareutdanning". The last part is what follows the first known part of the compound that closes it. Only
        words the corpus writes where `attested` ("etter- og videreutdanningstilbud" would make "ettertilbud")."""
        out: list[str] = []
        if "- " not in text:
            return out  # most sentences: no pattern to run
        for found in self._open_compounds().finditer(text):
            last = self.last_part(found.group("closing").lower())
            if last:
                out.extend(word for word in (w.lower() + last for w in WORD.findall(found.group("open")))
                           if not attested or self.writes(word))
        return out

    def with_compounds_closed(self, text: str) -> str:
        """The text with each word a coordination leaves open by its hyphen written whole ("barnehage- og
        skoleeiere": "barnehageeiere og skoleeiere"), or left out where what closes it is no compound: the open
        word is not the noun it begins."""
        if "- " not in text:
            return text

        def close(found: re.Match) -> str:
            last = self.last_part(found.group("closing").lower())
            opened = re.sub(rf"({WORD.pattern})-", lambda word: word.group(1) + last if last else "",
                            found.group("open"))
            return opened + found.group(0)[len(found.group("open")):]

        return self._open_compounds().sub(close, text)

    def writes(self, word: str) -> bool:
        """Whether the corpus writes the word, in this form or another of its stem or lemma."""
        return word in self.known_words or stem(word) in self._stems or lemma(word, "nb") in self._heads

    def last_part(self, compound: str) -> str:
        """What follows a compound's first part: its split's rest, or, where its first part is no known word
        ("yrkes|opplæringen"), the longest known word it ends in; "" for no compound."""
        parts = self.parts(compound)
        if parts:
            rest = compound[len(parts[0]):]
            return rest if rest.startswith(parts[1]) else rest[1:]  # after a linking "s" or "e"
        return next((compound[cut:] for cut in range(MIN_PART - 1, len(compound) - MIN_PART + 1)
                     if self.writes(compound[cut:])), "")

    def _open_compounds(self) -> re.Pattern:
        return self.vocabulary.grammar.build(
            rf"(?P<open>(?:{WORD.pattern}-,?\s+)+)(?:{{coordinating}})\s+(?P<closing>{WORD.pattern})\b")

    def lemmas(self, text: str, lang: str) -> list[str]:
        """The canonical lemma of every word (stopwords kept), for matching multi-word phrases."""
        return [self.canonical(w, lang) for w in words(text)]


Term = tuple[str, str]  # (a word or phrase, the language to analyse it in)
ENGLISH_OF_SYNONYM = "en/synonym"  # the language of an English term reached through a Norwegian synonym
NORWEGIAN_SYNONYM = "nb/synonym"  # that of a Norwegian synonym of an English word's translation


@lru_cache(maxsize=4)
def _sorted_terms(terms: frozenset[str]) -> tuple[str, ...]:
    """An index's terms in order, for prefix lookups (sorted once per index: a frozenset keeps its hash)."""
    return tuple(sorted(terms))


def analysis_language(term_language: str) -> str:
    return {ENGLISH_OF_SYNONYM: "en", NORWEGIAN_SYNONYM: "nb"}.get(term_language, term_language)


@dataclass
class Expansion:
    """The vocabulary's alternatives for a question: per question word, and for the phrases found in it."""

    words: dict[str, list[Term]] = field(default_factory=dict)
    phrases: dict[str, list[Term]] = field(default_factory=dict)  # one entry a phrase, however many lines name it

    def add(self, word: str, terms: Iterable[Term]) -> None:
        known = self.words.setdefault(word, [])
        known += [t for t in terms if t[0] != word and t not in known]

    def add_phrase(self, phrase: str, terms: Iterable[Term]) -> None:
        known = self.phrases.setdefault(phrase, [])
        known += [t for t in terms if t not in known]


@dataclass(frozen=True)
class _Entry:
    lemmas: tuple[str, ...]
    alternatives: tuple[Term, ...]


EntryIndex = dict[str, tuple[tuple[int, _Entry], ...]]  # first lemma -> (place in the vocabulary, entry)


def _by_first_lemma(entries: list[_Entry]) -> EntryIndex:
    index: dict[str, list[tuple[int, _Entry]]] = {}
    for place, entry in enumerate(entries):
        if entry.lemmas:
            index.setdefault(entry.lemmas[0], []).append((place, entry))
    return {first: tuple(found) for first, found in index.items()}


def kinds_of_one(term: str, other: str, group: Sequence[str]) -> bool:
    """Whether two terms of a synonym group are two kinds of a third that ends both ("barnehageeier" and "skoleeier"
    of "eier", "søknadsfrist" and "tidsfrist" of "frist"): each meets the third, not the other; a question about
    kindergarten owners is not answered by what school owners get."""
    return any(head not in (term, other) and term.endswith(head) and other.endswith(head) for head in group)


@lru_cache(maxsize=4)
def _entries(analyzer: Analyzer) -> tuple[EntryIndex, EntryIndex]:
    """(Norwegian entries: synonyms, and the English of the term and of its synonyms; English entries: the
    Norwegian, its synonyms and the other English of it), each found by its first lemma: a question is looked up
    word by word, not the vocabulary line by line."""
    english_of: dict[str, list[str]] = {}
    for en, nb in analyzer.vocabulary.english:
        english_of.setdefault(nb, []).append(en)
    particles = analyzer.vocabulary.particles

    def norwegian_forms(terms: Iterable[str], language: str = "nb") -> tuple[Term, ...]:
        return tuple((form, language) for t in terms for form in joined_particle_verb(t, particles))

    norwegian: list[_Entry] = []
    for _, group in analyzer.vocabulary.synonyms:
        for term in group:
            # the synonyms, and their English too: "samarbeide" meets an English page's "partner institution"
            # through "samarbeidspartner" as an English question meets the Norwegian synonyms of its word
            same = [t for t in group if t != term and not kinds_of_one(term, t, group)]
            others = norwegian_forms(same) + tuple(
                (en, ENGLISH_OF_SYNONYM) for t in same for en in english_of.get(t, ()))
            norwegian.append(_Entry(tuple(analyzer.lemmas(term, "nb")), others))
    english: list[_Entry] = []
    for en, nb in analyzer.vocabulary.english:
        # "pay out = betale ut" meets "utbetales" before its synonyms "tildele" and "fordele"
        nb_synonyms = [t for _, g in analyzer.vocabulary.synonyms if nb in g for t in g
                       if t != nb and not kinds_of_one(nb, t, g)]
        synonyms = norwegian_forms(nb_synonyms, NORWEGIAN_SYNONYM)
        # and the other English terms of the same Norwegian term and of its synonyms: "kindergarten" meets an
        # English page's "early childhood education and care", as both are "barnehage"; "start" meets "initiate",
        # as "oppstart" and "starte" say the same
        siblings = tuple(dict.fromkeys((other, ENGLISH_OF_SYNONYM) for term in (nb, *nb_synonyms)
                                       for other in english_of.get(term, ()) if other != en))
        english.append(_Entry(tuple(analyzer.lemmas(en, "en")), (*norwegian_forms([nb]), *synonyms, *siblings)))
        norwegian.append(_Entry(tuple(analyzer.lemmas(nb, "nb")), ((en, "en"),)))
    return _by_first_lemma(norwegian), _by_first_lemma(english)


@lru_cache(maxsize=4)
def _verb_entries_by_stem(analyzer: Analyzer) -> dict[str, str]:
    """The Norwegian synonyms' verbs (one word ending in -e: "opprette", "etablere") by their stem, as the first lemma
    their entry is found by; where two share a stem, neither."""
    found: dict[str, set[str]] = {}
    for _, group in analyzer.vocabulary.synonyms:
        for term in group:
            lemmas = analyzer.lemmas(term, "nb")
            if len(lemmas) == 1 and " " not in term and term.endswith("e"):
                found.setdefault(stem(term, "nb"), set()).add(lemmas[0])
    return {stemmed: next(iter(lemmas)) for stemmed, lemmas in found.items() if len(lemmas) == 1}


@lru_cache(maxsize=4)
def _function_word_phrases(analyzer: Analyzer) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The vocabulary's phrases made of function words only ("være med", "ta for seg"), and of a verb with its
    particle ("gå ned", "følge opp"), by first lemma."""
    function_words = analyzer.vocabulary.stopwords["nb"] | analyzer.vocabulary.stopwords["en"]
    found: dict[str, set[tuple[str, ...]]] = {}
    for index in _entries(analyzer):
        for entries in index.values():
            for _, entry in entries:
                if len(entry.lemmas) > 1 and (all(w in function_words for w in entry.lemmas)
                                              or is_particle_phrase(entry.lemmas, analyzer.vocabulary)):
                    found.setdefault(entry.lemmas[0], set()).add(entry.lemmas)
    return {first: tuple(sorted(phrases)) for first, phrases in found.items()}


def is_particle_phrase(lemmas: tuple[str, ...], vocabulary: Vocabulary) -> bool:
    """A verb that its particle or a reflexive makes another verb of, with nothing else of its own ("gå ned",
    "finne ut", "rette seg etter"): its terms are the verb's alone, and "gå" says little of "gå ned"."""
    rest = lemmas[1:]
    function_words = vocabulary.stopwords["nb"] | vocabulary.stopwords["nn"]
    binding = vocabulary.particles | set(vocabulary.grammar.classes["reflexive-pronoun"])
    return vocabulary.grammar.is_a("particle-bound-verb", lemmas[0]) and any(
        w in binding for w in rest) and all(w in vocabulary.particles or w in function_words for w in rest)


def phrase_term(lemmas: Iterable[str]) -> str:
    """The one term a phrase of function words, or of a verb and its particle, is met by."""
    return " ".join(lemmas)


def function_phrases_said(text: str, lang: str, analyzer: Analyzer) -> set[str]:
    """The terms (phrase_term) of the vocabulary's phrases of function words or of a verb and its particle a text
    says, in any inflection: "Fem fylkeskommuner har vært med i piloten" says "være med", as a question's "var med"
    asks it, and "Tallet gikk ned" says "gå ned"."""
    phrases = _function_word_phrases(analyzer)
    if not phrases:
        return set()
    surface = words(text)
    lemmas = [analyzer.canonical(w, lang) for w in surface]
    function_words = analyzer.vocabulary.stopwords[normalise_language(lang)]
    return {phrase_term(phrase) for first in set(lemmas) & phrases.keys() for phrase in phrases[first]
            if _occurrences(phrase, lemmas, surface, function_words)}


def joined_particle_verb(term: str, particles: frozenset[str]) -> tuple[str, ...]:
    """A vocabulary term, and where it is a verb with its particle ("betale ut"), the word formal text writes for it
    ("utbetale"): "pay out" meets "Midlene utbetales"."""
    parts = term.split()
    if len(parts) == 2 and parts[1] in particles and parts[0] not in particles:
        return term, parts[1] + parts[0]
    return (term,)


def expand(question: str, lang: str, analyzer: Analyzer) -> Expansion:
    """Synonyms and cross-language equivalents of what a question says.

    A Norwegian question gets the domain's synonyms and the English of its terms (to meet English pages);
    an English question gets the Norwegian of its terms (to meet Norwegian pages). The English glossary
    never rewrites a Norwegian word: it only adds English alternatives to it.
    """
    lang = normalise_language(lang)
    question_words = words(question)
    norwegian, english = _entries(analyzer)
    index = english if lang == "en" else norwegian
    # a participle the lemmatiser reads apart from its verb's entry ("opprettet" -> "opprette", the entry's
    # "opprett"; "etablert" as itself) meets the entry of the verb with its stem
    by_stem = _verb_entries_by_stem(analyzer) if lang != "en" else {}
    question_lemmas = [by_stem.get(stem(word.lower(), lang), lemma)
                       if lemma not in index and word.lower().endswith(WEAK_PARTICIPLE) else lemma
                       for word, lemma in ((w, analyzer.canonical(w, lang)) for w in question_words)]
    out = Expansion()
    function_words = analyzer.vocabulary.stopwords.get(lang, frozenset())
    stranded = frozenset(filter(None, [stranded_preposition(question, analyzer.vocabulary.grammar),
                                       stranded_particle(question, analyzer.vocabulary.particles)]))
    asking = asking_words(question, analyzer.vocabulary.grammar)
    for _, entry in sorted(found for lemma_ in set(question_lemmas) for found in index.get(lemma_, ())):
        for positions in _occurrences(entry.lemmas, question_lemmas, question_words, function_words, stranded,
                                      analyzer.vocabulary.particles):
            if positions[0] < asking:
                continue  # "Kva er meint med …?" asks what a term means: its "er … med" is no "være med"
            if len(entry.lemmas) == 1:
                out.add(question_words[positions[0]], entry.alternatives)
            else:
                out.add_phrase(" ".join(question_words[i] for i in positions), entry.alternatives)
    if lang == "en":  # a Norwegian name in an English question ("Udir") has its Norwegian synonyms, and their English
        # names are the question's own language: "the Directorate for Education and Training" is Udir
        for name in {n.lower() for n in names_in(question)} - set(out.words):
            for _, entry in norwegian.get(analyzer.canonical(name, "nb"), ()):
                if len(entry.lemmas) == 1:
                    out.add(name, [(t, "en" if t_lang == ENGLISH_OF_SYNONYM else t_lang)
                                   for t, t_lang in entry.alternatives])
    return out


def asking_words(question: str, grammar: Grammar) -> int:
    """How many words open a question by asking what a term is meant as ("Hva menes med …?"), or 0."""
    found = grammar.build("{ask-meaning}").search(question)
    return len(words(found.group(0))) if found else 0


def stranded_preposition(question: str, grammar: Grammar) -> str:
    """The preposition a question leaves at the end of its main clause, after its subject ("Hvem samarbeider de med?",
    "Hvem skal de samarbeide med når de søker?" -> "med"), or ""; none right after "være", "bli" or "ta", whose
    particle it is ("Hvem andre er med?", "… blir tatt med?")."""
    main = grammar.build(r"^(?P<main>.*?[^\W\d_])\s*,?\s+{clause-after-question}\s+\S.*$").match(question)
    if main:
        question = main.group("main")
    said = words(question)
    if len(said) >= 2 and grammar.is_a("particle-taking-verb", said[-2]):
        return ""
    return _stranded(question, lambda word: grammar.is_a("stranded-preposition", word))


def stranded_particle(question: str, particles: frozenset[str]) -> str:
    """The verb particle a question leaves at its end, after its subject ("Hvordan velges kommunene ut?" -> "ut")."""
    return _stranded(question, particles.__contains__)


def _stranded(question: str, belongs: Callable[[str], bool]) -> str:
    said = words(question)
    last = [word.lower() for word in PHRASE_WORD.findall(question)[-1:]]
    # a word of its own: the "In" of "School-In" is part of a name
    return said[-1] if len(said) >= 3 and last == said[-1:] and belongs(said[-1]) else ""


PHRASE_GAP = 2  # "betale noe selv" is "betale selv": a phrase may have this many function words inside it
# a question puts its verb first or after its question word, and its subject between the verb and the rest of a
# phrase: "Når trådte retningslinjene i kraft?" says "tre i kraft". Only a phrase of three words or more: one word
# after the subject may be a preposition of what follows ("Hvem bygger skolen på Voss?"), and "melder [eieren]
# behov" asks about the owner as much as about the need
SUBJECT_GAP = 3


def _occurrences(phrase: tuple[str, ...], lemmas: list[str], surface: list[str], function_words: frozenset[str],
                 stranded: frozenset[str] = frozenset(), particles: frozenset[str] = frozenset()) -> list[list[int]]:
    """The positions of each occurrence of a phrase's lemmas in order, with at most PHRASE_GAP function words
    between its words, and where a phrase of three words or more, or a verb and its particle (`particles`: "gikk
    [tildelingen] ned"), opens with the question's verb (its first or second word), its subject (SUBJECT_GAP words)
    after that verb. A verb and its preposition also occur where a question
    strands the preposition at its end, after the subject (`stranded`: the question's last word, when it is such a
    preposition): "Hva bygger evalueringen på?" says "bygge på", "Hva består forumet av?" "bestå av"."""
    found = []
    for start, first in enumerate(lemmas):
        if first != phrase[0]:
            continue
        end = _rest_of_phrase(phrase[1:], lemmas, surface, function_words, start + 1)
        if end is not None:
            found.append(list(range(start, end)))
            continue
        if start <= 1 and (len(phrase) > 2 or phrase[1] in particles) \
                and phrase[1] in lemmas[start + 2 : start + 2 + SUBJECT_GAP]:
            after_subject = lemmas.index(phrase[1], start + 2)  # "trådte [retningslinjene] i kraft"
            end = _rest_of_phrase(phrase[1:], lemmas, surface, function_words, after_subject)
            if end is not None:
                found.append([start, *range(after_subject, end)])
                continue
        last = len(lemmas) - 1
        if len(phrase) == 2 and surface[last] in stranded and last > start + 1 and lemmas[last] == phrase[1]:
            found.append([start, last])
    return found


def _rest_of_phrase(rest: tuple[str, ...], lemmas: list[str], surface: list[str], function_words: frozenset[str],
                    position: int) -> int | None:
    """Where the rest of a phrase ends when it follows from `position` on, with at most PHRASE_GAP function words
    inside it; None where it does not."""
    gaps = 0
    for lemma_ in rest:
        while position < len(lemmas) and lemmas[position] != lemma_ and surface[position] in function_words \
                and gaps < PHRASE_GAP:
            position, gaps = position + 1, gaps + 1
        if position >= len(lemmas) or lemmas[position] != lemma_:
            return None
        position += 1
    return position


# --- names ---
# A capitalised word that does not open a sentence ("Statped", "Vest-Finnmark", "OsloMet"), or a year.
NAME = re.compile(r"(?<![.?!:]\s)(?<!^)\b([A-ZÆØÅ][\wæøåÆØÅ-]*[A-ZÆØÅa-zæøå]|(19|20)\d\d)\b")


# a thing named by its number: "delrapport 1", "fase 3", "Region 2", "report 2" (not a date's "1. mars", a year, or
# a count's "30 kommuner", whose number comes first)
NUMBERED = re.compile(r"\b([^\W\d_]{3,})\s+(\d{1,3})\b(?![.,]?\d)(?!\.\s*(?:\w|$))")


def numbered_names(text: str, analyzer: Analyzer, lang: str) -> set[tuple[str, str]]:
    """The things a text names by their number, as (the noun's lemma, the number): "Delrapport 2 – Evaluering av …"
    names report 2, which is not the report 1 a question may ask about."""
    stop = analyzer.vocabulary.stopwords[normalise_language(lang)]
    return {(analyzer.canonical(noun, lang), number) for noun, number in NUMBERED.findall(text)
            if noun.lower() not in stop}


def names_in(text: str) -> list[str]:
    """The names and years a text mentions; of "OsloMet-prosjektet" only the name, "OsloMet"."""
    parts = [part for match in NAME.finditer(text.strip()) for part in match.group(1).split("-")]
    return [part for part in parts if part[:1].isupper() or part.isdigit()]


# a word as written, hyphenated parts and all ("Vest-Finnmark")
WRITTEN_WORD = re.compile(r"\b[^\W\d_]\w*(?:-[^\W\d_]\w*)*")
SENTENCE_OPENERS = ".!?:•\"«"  # after one of these (or a line break) a capital opens a sentence, not a name
NAME_CONTEXT = 8  # characters before a word read for what stands before it
NAME_REPEATS = 2  # a word the dictionary knows is a name where texts capitalise it inside sentences this often


def name_forms(texts: Iterable[str]) -> dict[str, str]:
    """The names the texts write, by their lower case: words capitalised inside a sentence ("i Vest-Finnmark", "med
    Statped") and never written in lower case. A question typed in lower case ("søknadsfrist vest-finnmark") names
    them as much."""
    names, lower = written_name_forms(texts)
    return {low: form for low, form in names.items() if low not in lower}


def written_name_forms(texts: Iterable[str]) -> tuple[dict[str, str], frozenset[str]]:
    """Every name the texts write capitalised inside a sentence, by its lower case, whether or not they also write it
    in lower case elsewhere, as a scheme's name often is ("Kompetanseløftet" and "i kompetanseløftet"); and the
    words they write in lower case. Read in one pass (`name_forms` keeps the names never written so)."""
    capitalised: dict[str, dict[str, int]] = {}
    lower: set[str] = set()
    for text in texts:
        for found in WRITTEN_WORD.finditer(text):
            word = found.group(0)
            if word.islower():
                lower.add(word)
                continue
            before = text[max(0, found.start() - NAME_CONTEXT):found.start()].rstrip(" \t")
            if word[0].isupper() and before and before[-1] not in SENTENCE_OPENERS + "\n":
                forms = capitalised.setdefault(word.lower(), {})
                forms[word] = forms.get(word, 0) + 1
    # a capitalised word the dictionaries know ("Ansvarlig:", "Last ned", "Educational") is as likely a label's or a
    # title's common word: only a name written with a capital inside ("UiT", "Vest-Finnmark") or one no dictionary
    # knows ("Statped") is told from the lower case
    found = {low: max(forms, key=forms.get) for low, forms in capitalised.items()}
    # … or one written so again and again and never in lower case: "i Agder", "fra Agder" name the place
    names = {low: form for low, form in found.items()
             if any(c.isupper() for c in form[1:]) or not (in_dictionary(low, "nb") or in_dictionary(low, "en"))
             or sum(capitalised[low].values()) >= NAME_REPEATS and low not in lower}
    return names, frozenset(lower)


SHOUTED_WORDS = 2  # "KVA ER STATPED?": a question of this many words or more, all in capitals


def unshouted(question: str) -> str:
    """A question typed all in capitals ("KVA ER STATPED?") in lower case, where a capital marks no name
    (`truecased` then writes its names as the pages do); any other question as it is ("Hva gjør PPT?")."""
    typed = [w for w in WRITTEN_WORD.findall(question) if any(c.isalpha() for c in w)]
    return question.lower() if len(typed) >= SHOUTED_WORDS and all(w.isupper() for w in typed) else question


def truecased(question: str, names: dict[str, str]) -> str:
    """A question with the names it types in lower case written as the documents write them."""
    return WRITTEN_WORD.sub(lambda m: names.get(m.group(0), m.group(0)) if m.group(0).islower() else m.group(0),
                            question)


def hyphenated_names(text: str) -> list[str]:
    """The names a text writes as one with a hyphen, every part a name ("School-In", "Vest-Finnmark"): one name,
    where names_in gives its parts."""
    found = (match.group(1) for match in NAME.finditer(text.strip()))
    return [name for name in found if "-" in name and all(part[:1].isupper() for part in name.split("-"))]


def source_named(question: str, grammar: Grammar) -> str:
    """The name a question asks what it says ("Ifølge OECD, …", "Hva sier Udir om …?": its first name), in lower
    case; "" when it asks no source."""
    if not grammar.search("source-word", question):
        return ""
    names = names_in(question)
    return next((name.lower() for name in names if not name.isdigit()), "")


def rule_asked_of(question: str, grammar: Grammar) -> list[str]:
    """Whom a yes/no question asks a rule of, in lower case: the words right after its opening verb and those joined
    to them by "og"/"eller" ("Kan Oslo søke …?" -> oslo; "Kan Oslo og Bergen delta?" -> oslo, bergen), not a place
    further on ("Kan private barnehager i Oslo søke?" asks of private kindergartens)."""
    tokens = phrase_tokens(question)
    if tokens and not grammar.is_a("finite-verb", tokens[0]):
        tokens = phrase_tokens(question_clause(question, grammar))  # "Vi driver en friskole. Kan vi …?"
    if len(tokens) < 3 or not grammar.is_a("finite-verb", tokens[0]):
        return []
    return words(" ".join(coordinated(tokens, 1, grammar)[0]))


# --- how sentences lean on each other ---
LEAN_WITHIN = 4  # "Målet med dette er …": a demonstrative among a sentence's first words points back too


CLEFT_WITHIN = 12  # "It is usually the head teacher, the pedagogical leaders and … that": the words of a cleft's focus


def opens_cleft(sentence: str, grammar: Grammar) -> bool:
    """Whether a sentence opens with a cleft ("Det er kommunen som …", "It is usually the head teacher … that …") or
    puts its clause last ("It is important that …"): its "it" stands for what follows. "It is a scheme that …"
    classifies what came before."""
    focus = rf"(?!{{classifying-article}}\b)(?:\S+\s+){{0,{CLEFT_WITHIN}}}?"
    return bool(grammar.build(rf"^{{expletive}}\s+{{copula}}\s+{focus}{{cleft-clause}}\b").match(
        sentence.removeprefix("• ")))


def leans_back(sentence: str, grammar: Grammar) -> bool:
    """Whether a sentence leans on the one before it: it opens with "Dette", "I tillegg" … or has a demonstrative
    among its first words; not a cleft, whose pronoun stands for what follows."""
    if opens_cleft(sentence, grammar):
        return False
    if opens_with_article(sentence, grammar) or opens_with_definite_phrase(sentence, grammar):
        # "De ansatte skal …", "Den største nedgangen finn vi …" name what they speak of
        return bool(grammar.build(rf"^(?:\S+\s+){{1,{LEAN_WITHIN}}}{{demonstrative}}").match(sentence))
    return bool(grammar.build(rf"^{{leans-back}}|^(?:\S+\s+){{1,{LEAN_WITHIN}}}{{demonstrative}}").match(sentence))


STATEMENT_WORDS = 3  # fewer words make a label ("Skolen vår"), not a statement


def is_how_to_heading(line: str) -> bool:
    """A line without its stop that announces how something is done ("Slik henviser du til PP-tjenesten", "How to
    apply"; `how-to-heading`): the steps stand under it, and it says nothing itself."""
    line = line.strip()
    if "\n" in line or line[-1:] in ".!?;:":  # (an empty line too)
        return False
    return bool(load_vocabulary().grammar.search("how-to-heading", line))


def reads_as_statement(line: str) -> bool:
    """Whether a line without its full stop says something rather than names it: a finite verb among its words
    ("Kompetanseløftet ga et løft for samarbeid"), or, as a Norwegian main clause has it, a verb in the present
    tense second, after a noun or name ("Statsforvalteren leier og koordinerer forumet"; "Regionale nettverk",
    "Kommunens oppgaver" and "To regioner" name things: an adjective's, a genitive's or a number's noun)."""
    tokens = line.split()
    if len(tokens) < STATEMENT_WORDS or line.endswith("?") or line.isupper():
        return False
    grammar = load_vocabulary().grammar
    if any(grammar.is_a("finite-verb", w) or grammar.is_a("past-tense", w) for w in words(line)[1:]):
        return True
    first, second = tokens[0], tokens[1]
    return (first.isalpha() and first[0].isupper() and not first.lower().endswith(("e", "s"))
            and not grammar.is_a("number-word-no", first)
            and second.isalpha() and second.islower() and len(second) > 3 and second.endswith("r"))


def asks_which_of_plural(clause: str, grammar: Grammar) -> bool:
    """Whether a nynorsk question asks "kva" of a plural noun and its verb ("Kva kommunar kan søkje?", "Kva fristar
    gjeld?"): which ones, a list. The verb is a finite one or a present tense, which the lemmatiser tells by its
    infinitive ("gjeld" of "gjelde", "følgjer" of "følgje"); "Kva skjer etter …?" and "Kva er meint med …?" have no
    noun there."""
    found = grammar.build(r"^\W*{which-before-noun}\s+({plural-noun})\s+([^\W\d_]+)").search(clause)
    if not found or grammar.is_a("finite-verb", found.group(1).lower()):
        return False  # "Kva er meint med …?": a verb, no plural noun
    verb = found.group(2).lower()
    return grammar.is_a("finite-verb", verb) or is_present_form(verb)


def is_present_form(word: str) -> bool:
    """Whether a Norwegian word reads as a verb's present tense by its lemma: an infinitive at most one letter
    shorter ("gjeld" of "gjelde", "følgjer" of "følgje", "deltek" of "delta"), not a noun's longer plural
    ("kommunane" of "kommune", "fristar" of "frist")."""
    lemmas = {lemma(word, lang) for lang in ("nn", "nb")} - {word}
    return any(found.endswith(("e", "a")) and len(word) <= len(found) + 1 for found in lemmas)


def opens_with_verb(clause: str, grammar: Grammar) -> bool:
    """Whether a Norwegian question opens with a verb in the present tense, as a yes or no question does ("Følger
    ordningen …?", "Dekker tilskuddet …?"). First in a question, a form that is also a noun's plural ("følger",
    "dekker") is the verb, unless a relative clause or a question word after it makes it the subject ("Kommuner som
    deltar, hva må de gjøre?"), or a preposition or a conjunction the head of a phrase ("Barnehager i Oslo?"). An
    auxiliary ("Har …?", "Blir …?") opens many questions that ask more than yes or no, and is not read so here."""
    said = [w.lower() for w in words(clause)]
    heads_phrase = any(grammar.is_a(kind, said[1]) for kind in ("relative-pronoun", "preposition", "coordinating")) \
        if len(said) > 1 else True
    if heads_phrase or grammar.is_a("finite-verb", said[0]) or any(
            grammar.is_a("text-question", w) for w in said[1:]):
        return False
    return reads_as_present_tense(said[0])


def reads_as_present_tense(word: str) -> bool:
    """Whether a Norwegian word is, by its lemma, a verb's present tense: its infinitive less the -e, or nynorsk's -ar
    for it ("inkluderer" of "inkludere", "omfattar" of "omfatte"); a noun's plural may read so too ("følger")."""
    word = word.lower()
    if not word.endswith("r"):
        return False
    infinitives = {word[:-1]} | ({word[:-2] + "e"} if word.endswith("ar") else set())
    return any(lemma(word, lang) != word and lemma(word, lang) in infinitives for lang in ("nb", "nn"))


def is_present_tense_verb(word: str) -> bool:
    """Whether a Norwegian word is a verb's present tense (reads_as_present_tense) and no noun's plural, which has a
    definite plural besides ("kommuner": "kommunene"; "kommunar": "kommunane"). A verb whose present tense is also a
    noun's plural is not one here."""
    import simplemma

    return reads_as_present_tense(word) and not any(
        simplemma.is_known(word.lower()[:-1] + "ne", lang=lang) for lang in ("nb", "nn"))


def ends_in_present_tense(line: str) -> bool:
    """Whether a line stops at its verb, the clause going on in what follows: "Ordningen inkluderer" over a list."""
    said = words(line)
    return bool(said) and is_present_tense_verb(said[-1])


ARTICLE_NOUN_WITHIN = 4  # "De ansatte og tillitsvalgte skal …": the words of the noun phrase before its verb


DEFINITE_ENDINGS = ("en", "et", "a", "ene", "ane")  # a noun's definite form: "nedgangen", "åra", "kommunene"


def opens_with_definite_phrase(sentence: str, grammar: Grammar) -> bool:
    """Whether a sentence opens with an article, an adjective and its noun in the definite form ("Den største
    nedgangen …", "Dei siste åra …"): "Den" there is no pronoun for what the sentence before named (unless the
    adjective points back: "De øvrige fylkeskommunene …")."""
    tokens = sentence.split()
    return (len(tokens) > 3 and grammar.is_a("article-or-pronoun", tokens[0])
            and not grammar.is_a("finite-verb", tokens[1]) and tokens[1].endswith("e")
            and not grammar.is_a("referring-adjective", tokens[1].lower())
            and tokens[2].lower().endswith(DEFINITE_ENDINGS))


def opens_with_article(sentence: str, grammar: Grammar) -> bool:
    """Whether a sentence's "De", "Dei", "Den" is the article of the noun after it, not a pronoun: no finite verb
    right after it, and one within the next few words ("De ansatte skal …", not "De skal …")."""
    tokens = sentence.split()
    return (len(tokens) > 2 and grammar.is_a("article-or-pronoun", tokens[0])
            and not grammar.is_a("finite-verb", tokens[1])
            and any(grammar.is_a("finite-verb", t) for t in tokens[2 : 2 + ARTICLE_NOUN_WITHIN]))


def opens_with_pronoun(sentence: str, grammar: Grammar) -> bool:
    """Whether a sentence opens with a personal pronoun for what was named before ("De kan inngå …", "They may …"),
    not an article ("De ansatte skal …") nor a cleft's "it"."""
    said = words(sentence.removeprefix("• "))
    return bool(said) and grammar.is_a("third-person", said[0].lower()) and not opens_with_article(
        sentence, grammar) and not opens_cleft(sentence, grammar)


def continues_enumeration(sentence: str, before: str, grammar: Grammar) -> bool:
    """Whether a sentence goes on counting what the one `before` it began or went on with ("… tre tema: Det første
    temaet …" / "Det andre temaet …"; "(1) Hvilke …?" / "(2) Hvordan …?")."""
    counting_on = grammar.build("^{enumeration-next}")
    return bool(counting_on.match(sentence)) and bool(
        grammar.search("enumeration-first", before) or counting_on.match(before))


# --- how questions are put ---
PARTICLE_REACH = 2  # "starter kommunene opp": the particle may stand this many words after its verb
VERB_WITHIN = 3  # "Hvordan velges kommunene til ordningen ut?": the verb a question's last particle belongs to


def joined_particle_verbs(text: str, analyzer: Analyzer, lang: str) -> dict[str, list[str]]:
    """Per word of a text, the words it makes joined with a particle that follows it: a question says "betaler
    ut" and "starte opp" where formal text says "utbetales" and "oppstart". Word and lemma both join ("ut" +
    "betale"); whether the joined word is one is for the index to say."""
    tokens = words(text)
    grammar = analyzer.vocabulary.grammar
    particles = analyzer.vocabulary.particles
    stranded = stranded_particle(text, particles)
    out: dict[str, list[str]] = {}
    for i, word in enumerate(tokens):
        if word in particles or len(word) < MIN_PART:
            continue
        reach = list(enumerate(tokens[i + 1: i + 1 + PARTICLE_REACH], start=i + 1))
        near = [t for j, t in reach if t in particles and (j == i + 1 or not grammar.is_a("prepositional-particle", t))
                or grammar.is_a("reflexive-particle", t) and grammar.is_a("reflexive-pronoun", tokens[j - 1])]
        # the verb of a question stands among its first words, however far its subject puts the particle
        for particle in near + ([stranded] if stranded and i < VERB_WITHIN and stranded not in near else []):
            joined = out.setdefault(word, [])
            joined += [particle + form for form in dict.fromkeys((word, analyzer.canonical(word, lang)))
                       if particle + form not in joined]
    return out


def is_own_clause(question: str, grammar: Grammar) -> bool:
    """Whether a question is a clause of its own, with a verb of its own: a finite one ("Hva skal de overføre?"), or
    the word before a subject pronoun ("dekker" in "Hvilke fagområder dekker de?", "finner" in "Hvor finner jeg
    skjemaet?"). "Og kommunen?" and "Hva med dem?" are not: they ask what the last question asked, of another."""
    tokens = words(question.lower())
    if any(grammar.is_a("finite-verb", t) for t in tokens):
        return True
    return any(any(grammar.is_a(person, t) for person in ("third-person", "asker-pronoun", "addressee-pronoun"))
               and not grammar.is_a("preposition", tokens[i - 1]) and not grammar.is_a("coordinating", tokens[i - 1])
               for i, t in enumerate(tokens) if i > 1)


def is_follow_up(question: str, lang: str = "nb", vocabulary: Vocabulary | None = None,
                 analyzer: Analyzer | None = None) -> bool:
    """A question that opens like "Og …", "Hva med …", has a pronoun and is short, or names at most one thing
    ("Hva er fristen?", "Who reports needs?": a vocabulary phrase is one thing, where an analyzer reads them; a word
    that names the kind asked, "fristen for nettverkene", is none) leans on the conversation before it; "Hvem er
    målgruppen for kompetanseløftet?" is new."""
    vocabulary = analyzer.vocabulary if analyzer else vocabulary or load_vocabulary()
    lowered = question.strip().lower()
    if vocabulary.grammar.build("^{follow-up}").match(lowered):
        return True
    tokens = words(lowered)
    acts = acts_asked(lowered, lang, vocabulary)
    types = question_types(question, vocabulary.grammar, lang)
    # a word that names the kind asked ("responsible" in "Who is responsible for the measures?") names no thing
    named = [w for w in content_words(lowered, lang, vocabulary)
             if w not in acts and not frame_of(w, types, vocabulary.grammar)]
    if analyzer and len(named) > 1:
        phrases = list(expand(question, lang, analyzer).phrases)
        in_phrases = {w for phrase in phrases for w in words(phrase)}
        named = [w for w in named if w not in in_phrases] + phrases
    return len(named) <= 1 or (len(tokens) <= 8 and bool(vocabulary.pronouns & set(tokens)))


def acts_asked(question: str, lang: str, vocabulary: Vocabulary) -> set[str]:
    """The words of a question that name an act, not a thing (lower case): the passive after a modal ("brukes" in
    "Hva kan de brukes til?"), the verb after "når", "hvor lenge", "hvor mange …" ("varer"), the act "hvem" asks
    who does ("sender" in "Hvem sender søknaden?") or "hvilke …" asks which ones do, a verb in the past after the
    question word ("Hva fungerte best?"), and the verb of where to find something ("finner")."""
    lowered = question.lower()
    tokens = words(lowered)
    stop = vocabulary.stopwords[normalise_language(lang)]
    acts = {verb_asked(lowered, vocabulary.grammar, stop), action_asked(lowered, vocabulary.grammar, stop),
            # … and the act "hvilke …" asks which ones do, after a modal ("delta" in "Hvilke barnehager kan delta?")
            _word_after(lowered, r"{which-name}\s+[^\W\d_][\w-]*\s+{modal-asked}", vocabulary.grammar, stop)}
    # … or as its finite verb, in the present or the past ("deltar" in "Hvilke kommuner deltar?"), or one that only
    # says they are so ("gjelder" in "Hvilke kriterier gjelder?")
    which_verb = _word_after(lowered, r"{which-name}\s+[^\W\d_][\w-]*", vocabulary.grammar, stop)
    if which_verb and (is_present_tense_verb(which_verb) or is_past(which_verb, vocabulary.grammar)
                       or vocabulary.grammar.is_a("presentational-verb", which_verb)):
        acts.add(which_verb)
    acts |= {w for w in tokens if is_passive_after_modal(w, tokens, vocabulary)}
    # … and a verb in the past right after the question word ("fungerte" in "Hva fungerte best?"): what happened
    opening = vocabulary.grammar.build(r"^\W*(?:{what}|{ask-who})\s+([^\W\d_]+)").search(lowered)
    if opening and is_past(opening.group(1), vocabulary.grammar):
        acts.add(opening.group(1))
    if vocabulary.grammar.search("ask-place", lowered):
        acts |= {w for w in tokens if vocabulary.grammar.is_a("place-verb", w)}  # "Hvor finner man skjemaet?"
    return acts - {""}


PASSIVE_STEM = 3  # the least of a verb before its passive ending


def is_passive_after_modal(word: str, tokens: list[str], vocabulary: Vocabulary) -> bool:
    """Whether a question's word is the passive of its verb, after a modal ("brukes" in "Hva kan midlene brukes
    til?"): it names what is done, not a thing, and a question that names one thing and an act leans on the
    conversation as one that names one thing does."""
    grammar = vocabulary.grammar
    if word not in tokens or not any(grammar.is_a("modal-asked", t) for t in tokens[: tokens.index(word)]):
        return False
    endings = grammar.classes.get("passive-ending", [])
    return any(word.endswith(e) and len(word) >= len(e) + PASSIVE_STEM for e in endings)


# --- the kinds of answer a passage gives ---
# a year, not the first part of a case or reference number ("oppdrag 2024-027", "sak 2021/123")
YEAR = r"\b(?:19|20)\d\d\b(?![-/]\d{3}(?!\d))"
# A day: "1. februar (2022) (23.59)", "1.-2. juni", "17 Mar 2021", "15.01.2023", "2023-01-15", "February 1", "innen
# utgangen av april"; or any day ("behandles fortløpende").
DAY_DATE = (r"\b\d{1,2}\.?(?:\s*[-–]\s*\d{1,2}\.)?\s*(?:{month}|{month-short})\b|\b\d{1,2}\.\d{1,2}\.(?:\d{2,4})?(?!\d)"
            r"|\b(?:19|20)\d\d-\d\d-\d\d\b|{month}\s+\d{1,2}(?!\d)|{before}\s+{end-of}\s+{month}|{rolling-day}")
# A time: any day, a year, a month or a season; "i februar hvert år", "høsten 2020", "December 2025"; or one told
# by a deadline or another event ("i god tid før fristen", "senest", "before the deadline"); or how long it lasts.
DURATION = (r"\b\d+(?:[.,]\d+)?\s+{duration-unit}|{number-word}\s+{duration-unit}"
            r"|{duration-word}")  # as an adjective: "et treårig prosjekt", "a three-year project"
POINT_IN_TIME = rf"{DAY_DATE}|{YEAR}|{{month}}|{{season}}|{{every-year}}|{{relative-time}}|{{cases-told}}"
# How long something lasts without a number of years: until when ("fram til 2025"), or for good ("en varig ordning").
SPAN = rf"\b(?:{{until}})\s+(?:{DAY_DATE}|{YEAR}|{{month}}|{{season}})|\b(?:{{lasting-word}})\b"
TIME = rf"{POINT_IN_TIME}|{DURATION}"
# The day, month or season something runs from: "fra 2. mars", "frå hausten 2024", "from 1 February".
START = rf"\b(?:{{from-time}})\s+(?:{DAY_DATE}|{{month}}|{{season}}|{YEAR})"
MONEY = r"\d[\d  .,]*\s*(?:-\s*\d[\d  .,]*\s*)?{money-unit}|{currency}\.?\s*\d"
SHARE = r"\d+(?:[.,]\d+)?\s*{percent}|{number-word}\s+{percent}|{share-word}"
COUNT = r"\b(?!(?:19|20)\d\d\b)\d+\b(?!\.\d)|{number-word}"
# A provision cited ("§ 5-6"), or a regulation or legal basis; an act named by its compound is read by the analyzer
# (Analyzer.names_act)
STATUTE = r"§|{statute-word}"

# a telephone number, an e-mail address, or a postal code and place where an address line has one ("Postboks 9359
# Grønland, 0135 Oslo"): "In 2013 Statped …" is a year and a name
CONTACT = re.compile(r"(?<!\d)(\+47\s?)?\d{2}\s?\d{2}\s?\d{2}\s?\d{2}(?!\d)|[\w.+-]+@[\w-]+\.\w"
                     r"|(?:^|,)[^\S\n]*\d{4}\s+[A-ZÆØÅ]\w+", re.MULTILINE)
# Names in a row, a list written inline: "Bergen, Askøy og Voss", "Alta, Hammerfest – gruppe 2" (two names joined
# by "og" are more often one subject: "PP-tjenesten og Statped har …").
_NAMED = r"[A-ZÆØÅ][\w-]+(?:\s+[A-ZÆØÅ][\w-]+)?"
NAME_LIST = re.compile(rf"\b{_NAMED},\s+{_NAMED}")
NUMBERED_LIST = re.compile(r"^1[.)]\s.*\n2[.)]\s", re.MULTILINE)  # "1. Videoer …" over "2. Tekst …"
# what a sentence says something holds, in a row of short items of its own: "Tiltakene kan omfatte både
# enkeltkommuner, flere kommuner sammen og private eiere" (a grammar construction; not "Forslaget omfatter
# tilskuddsordningene for lokal kompetanseutvikling i barnehage og grunnopplæring, og …", two long ones)
INLINE_LIST = (r"(?:{composition-verb}|{asked-frame-list})\s(?:[^\s,.!?:]+\s){0,3}[^\s,.!?:]+,"
               r"[^.!?:\n]*\s{coordinating}\s")
# a negation, not the prefix of a hyphenated word ("ikke-kommunale" names a kind of owner; it negates nothing)
NEGATION = r"(?:{negation})(?!-\w)"
# What a passage gives, per kind of answer: a grammar construction, or a class of the grammar
PASSAGE_KINDS = {"day": DAY_DATE, "time": TIME, "point": POINT_IN_TIME, "duration": DURATION, "span": SPAN,
                 "year": YEAR, "money": MONEY, "share": SHARE, "count": COUNT,
                 "rule": "{rule-word}", "requirement": "{requirement-word}", "purpose": "{purpose-word}",
                 "negation": NEGATION, "compare": "{compare-word}", "manner": "{manner-word}",
                 "pointer": "{pointer}", "audience": "{audience-word}", "finding": "{finding-word}",
                 "frequency": "{frequency-word}", "members": "{member-word}", "condition": "{condition-stated}",
                 "method": "{method-word}", "start": START, "next": "{next-step-word}", "statute": STATUTE}


# A dated item of a page's key dates: "1. mars: Søknadsfrist …", "15.03.2024: …", "Oktober/november: Utbetaling …"
DATED_ITEM = (r"(?:\d{1,2}\.(?:\s*[-–]\s*\d{1,2}\.)?\s*{month}|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|(?:19|20)\d\d-\d\d-\d\d"
              r"|{month}(?:\s*[/–-]\s*{month})?)\s*:\s+\S")


def is_dated_item(line: str) -> bool:
    return bool(text_conventions().grammar.build(DATED_ITEM).match(line.strip()))


def states_a_day(line: str) -> bool:
    """Whether a line without its full stop says what happens on a day: "Søknadsfrist er 15.september" is a
    deadline, not the heading of the paragraph under it."""
    return reads_as_statement(line) and bool(load_vocabulary().grammar.build(DAY_DATE).search(line))


def years_said(text: str) -> list[int]:
    """The years a text names: "1. februar 2022", "15.01.2023", "høsten 2020"."""
    return [int(year) for year in re.findall(YEAR, text)]


def years_related(text: str, grammar: Grammar) -> set[tuple[str, str]]:
    """Each year a text says with what holds by it or begins with it, as (year, "by" or "from"): "innen 2025" and "i
    løpet av 2025" are ("2025", "by"), "fra 2025" and "etter 2025" ("2025", "from")."""
    return {(found.group("year"), relation) for relation in ("by", "from") for found in grammar.build(
        rf"{{year-{relation}}}\s+(?:året\s+|år\s+|the\s+year\s+)?(?P<year>{YEAR})").finditer(text)}


def negation_in(lang: str) -> str:
    """A negation as a text in `lang` writes it: English also says "no" ("no deadline"), which nynorsk uses for "now"."""
    return NEGATION + "|{negation-en}" if normalise_language(lang) == "en" else NEGATION


def count_in(lang: str) -> str:
    """A number of something as a text in `lang` writes it: digits, or a number word of that language."""
    own_words = "{number-word-en}" if normalise_language(lang) == "en" else "{number-word-no}"
    return COUNT.replace("{number-word}", own_words)


# "punkt 2", "kapittel 3", "side 12": the number of a part of a text, which names it
REFERENCE = r"\b{reference-noun}\s+\d+[\w.-]*"
# "mer enn 30 kommuner", "more than 50,000": a comparison word before a number bounds the number, comparing nothing
NUMBER_BOUND = re.compile(r"\b(?:enn|than)\s+(?:ca\.?\s+|about\s+|around\s+)?\d", re.IGNORECASE)
PURPOSE_NAMED_WITHIN = 4  # a passage whose opening words name its purpose is about what it is for
POSSESSIVE_CLITIC = "s"  # the word an English possessive leaves when the apostrophe splits it ("government's")


def _names_money(text: str, grammar: Grammar) -> bool:
    """Whether a text speaks of money: names it ("tilskuddet", "kroner") or a paying ("betale", "koster"). Receiving
    alone is not money: "two percent of the children received special education" is a share of children."""
    if grammar.build(r"{money-noun}|{money-unit}").search(text):
        return True
    paying = grammar.build("{money-verb}").finditer(text)
    return any(not grammar.is_a("receiving-verb", found.group(0)) for found in paying)


def _passage_features(text: str, analyzer: Analyzer, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The kinds of answer a passage gives, and the actors it names (for "who")."""
    grammar = analyzer.vocabulary.grammar
    kinds = {**PASSAGE_KINDS, "count": count_in(lang), "negation": negation_in(lang)}
    found = {kind for kind, construction in kinds.items() if grammar.build(construction).search(text)}
    if "count" in found and not grammar.build(kinds["count"]).search(grammar.build(REFERENCE).sub(" ", text)):
        found.discard("count")  # "kommuner som blir identifisert under punkt 2": a point's number counts nothing
    if "compare" in found and not grammar.build(kinds["compare"]).search(NUMBER_BOUND.sub(" ", text)):
        found.discard("compare")  # "more than 50,000 audiobooks", "mer enn 30 kommuner": a bound, no comparison
    if "share" in found and _names_money(text, grammar):
        found.add("money")  # "en egenandel på 30 prosent av tilskuddet" (not "de 25 % med høyest risiko")
    if found & {"count", "money", "share"}:
        found.add("size")  # "Bedriften må ha mer enn 25 årsverk" says how large it must be
    if CONTACT.search(text):
        found.add("contact")
    said = words(text)
    opening = said[:PURPOSE_NAMED_WITHIN]
    # English writes apart the article and the possessive that Norwegian writes in the word ("the government's goal",
    # "regjeringens mål")
    bare = [w for w in said if w != POSSESSIVE_CLITIC and not grammar.is_a("article", w)][:PURPOSE_NAMED_WITHIN]
    if any(grammar.is_a("frame-purpose", w) for w in bare):
        found.add("purpose")  # "Det doble formålet handler om at: …", "Formålet med arbeidet: …" say what it is for
    subject = opening[1:2] if opening and grammar.is_a("article", opening[0].lower()) else opening[:1]
    if any(grammar.is_a("frame-finding", w.lower()) for w in subject):
        found.add("finding")  # "Hovedfunn: …", "The findings show …" say what a study found ("Gjennom funnene …" not)
    if "\n• " in text or text.startswith("• ") or NAME_LIST.search(text) or NUMBERED_LIST.search(text) or (
            grammar.build(INLINE_LIST).search(text)):
        found.add("list")
    if analyzer.names_act(text):
        found.add("statute")  # "Etter opplæringsloven er utgangspunktet at …"
    actors = {analyzer.canonical(w, lang) for w in words(text)} & _actor_lemmas(analyzer)
    return frozenset(found), frozenset(actors)


# --- the kinds of answer a question asks for ---
# Each kind has its class "ask-KIND" in the grammar; day, money and share also have "noun-KIND", the nouns that
# name them ("Hva er fristen?"), and those of FRAME_KINDS "frame-KIND", the words that name the kind, not a topic.
QUESTION_KINDS = ("day", "year", "time", "money", "count", "share", "size", "who", "rule", "requirement", "list",
                  "role", "contact", "purpose", "define", "negation", "compare", "manner", "audience", "finding",
                  "frequency", "members", "condition", "method", "start", "next", "statute")
# what a size question is when it names the measure
MEASURES = frozenset({"money", "share", "count", "time", "frequency"})
ANSWER_NOUN_KINDS = ("day", "money", "share")
FRAME_KINDS = ("role", "money", "share", "day", "year", "purpose", "time", "who", "compare", "finding", "audience",
               "members", "method", "start", "list", "statute")
DEFINED_WITHIN = 3  # the words before the copula of a definition: "The follow-up scheme is …"


SENTENCE_BREAK = r"(?<=[.!])\s+(?=[A-ZÆØÅ])"  # where a sentence before a question ends ("Jeg er ny her. Hva …?")
EMBEDDED_VERB_WITHIN = 6  # "om private barnehager i Oslo kan …": the verb of a clause after "om" comes soon


# "Hvem melder behov, og når er fristen?": a second question joined by "og" or "and", opening with a question word
TWO_QUESTIONS = r"^(?P<first>.+?),?\s+(?:og|and)\s+(?P<second>(?:{second-question})\b[^?]*\?*)\s*$"


def questions_in(question: str, grammar: Grammar) -> list[str]:
    """The questions a question joins ("Hva er kompetanseløftet, og hvem er målgruppen?" is two), each ending in a
    question mark; the question alone where it joins none. The first must ask something itself: "Vi lurer på
    hvem og hvorfor" is one."""
    found = grammar.build(TWO_QUESTIONS).match(question.strip())
    if not found or not question_types(found.group("first"), grammar) and not grammar.build(
            r"^\W*(?:{clause-question}|{modal-asked})\b").match(found.group("first")):
        return [question]
    first, second = found.group("first").strip(" ,"), found.group("second").strip()
    return [first.rstrip("?") + "?", second[:1].upper() + second[1:].rstrip("?") + "?"]


DESCRIBE_REQUEST = (r"^\W*(?:{describe-lead}|(?P<english>{describe-lead-en}))(?:\s+{request-filler})*\s+"
                    r"(?:(?:om|about)\s+)?(?P<topic>[^?.!]+)[?.!]*\s*$")


def asked_directly(clause: str, grammar: Grammar) -> str:
    """An embedded question as it is asked on its own: a clause that asks who or what does something puts "som"
    after its question word ("hvem som sitter i forumet" asks "hvem sitter i forumet", "hva som skjer" "hva
    skjer"), which the direct question has not; any other clause as it is."""
    return grammar.build(r"^(\W*{clause-question})\s+som\s+").sub(r"\1 ", clause, count=1)


def without_request(question: str, grammar: Grammar) -> str:
    """The question a request holds ("Forklar kort hva Statped gjør" -> "hva Statped gjør", "Can you explain what
    Statped does?" -> "what Statped does?", "Kort fortalt: hva er X?" and "Hva er X, kort sagt?" -> "hva er X?"),
    after any courtesy ("Vær så snill og …"); the question as it is where it opens otherwise."""
    courtesy = grammar.build(r"^\W*{courtesy-lead}\s*,?\s+(?P<rest>\S.*)$").match(question)
    if courtesy:  # "Vær så snill og forklar …", "Please explain …"
        question = courtesy.group("rest")
    lead = grammar.build(r"^\W*{request-filler}(?:\s+{request-filler})*\s*[:,]\s*(?P<rest>\S.*)$").match(question)
    if lead:  # "Kort fortalt: hva er Kompetanseløftet?", "Kort sagt, hvem melder behov?"
        question = lead.group("rest")
    trailing = r"^(?P<rest>.*?\S)\s*,\s*{request-filler}(?:\s+{request-filler})*\s*(?P<end>[?.!]*)\s*$"
    after = grammar.build(trailing).match(question)
    if after:  # "Hva er målet med ordningen, kort sagt?"
        question = after.group("rest") + after.group("end")
    # … or a phrase of them with no comma before it, as a question typed in haste ends ("hva er kompetanseløftet kort
    # fortalt"); one word there is the question's own ("Er kurset kort?")
    unmarked = grammar.build(r"^(?P<rest>.*?\S)\s+(?P<filler>{request-filler})\s*(?P<end>[?.!]*)\s*$").match(question)
    if unmarked and len(unmarked.group("filler").split()) > 1:
        question = unmarked.group("rest") + unmarked.group("end")
    described = grammar.build(DESCRIBE_REQUEST).match(question)
    topic = words(described.group("topic")) if described else []
    if topic and not grammar.is_a("clause-question", topic[0]) and not any(
            grammar.is_a("finite-verb", w) for w in topic):
        # "Fortell meg om Statped" asks what Statped is ("Fortell meg om Statped kan hjelpe" asks whether it can)
        asked = "what is" if described.group("english") else "hva er"
        return f"{asked} {described.group('topic').strip()}?"
    found = grammar.build(r"^\W*{request-lead}(?:\s+{request-filler})*\s+(?P<rest>(?:{clause-question}|about)\b.*)"
                          ).match(question)
    if not found:
        return question
    # a Norwegian clause puts its verb after the subject: "hva Statped gjør" asks "hva gjør Statped"
    rest = found.group("rest")
    stop = rest[len(rest.rstrip("?.!")):]
    tokens = rest[:len(rest) - len(stop)].split()
    if tokens[1:2] and tokens[1].lower() == "som":
        return asked_directly(rest, grammar)
    verb = next((i for i, t in enumerate(tokens[2:EMBEDDED_VERB_WITHIN + 2], 2)
                 if grammar.is_a("finite-verb", t.lower())), None)
    if verb is None or grammar.is_a("whether", tokens[0].lower()):
        return rest
    return " ".join([tokens[0], tokens[verb], *tokens[1:verb], *tokens[verb + 1:]]) + stop


def question_clause(question: str, grammar: Grammar) -> str:
    """The clause that asks, as a question opening with its verb where it is a yes/no one: after what the asker says
    of itself ("Vi driver en friskole. Må vi …?", "Vi er en liten barnehage – får vi …?", the last part with a
    question mark, else the last part), and out of a clause a lead-in embeds ("Vi lurer på om private barnehager kan
    delta" asks "kan private barnehager delta")."""
    parts = [p.strip() for p in re.split(r"(?<=[.!?:;])\s+(?=[A-ZÆØÅ])|\s+[–—-]\s+", question.strip()) if p.strip()]
    asking = [p for p in parts if p.endswith("?")]
    clause = (asking or parts or [question])[-1]
    # … and after what the asker says of itself before a comma ("Jeg er rektor, kan skolen min delta?") or a lead
    # before a colon ("Kort fortalt: hva er …?")
    clause = grammar.build(r"^.*[,:]\s+(?=(?:{modal-asked}|{clause-question}|{existence-asked})\b)", re.IGNORECASE
                           ).sub("", clause, count=1)
    embedded = grammar.build(r"\b{embedding-lead}\s+(?P<rest>.+)").search(clause)
    if not embedded:
        return clause
    tokens = embedded.group("rest").split()
    if not tokens or not grammar.is_a("whether", tokens[0].lower()):
        return asked_directly(embedded.group("rest"), grammar)  # "Jeg lurer på hvem som …": a question opens it
    verb = next((i for i, t in enumerate(tokens[1:EMBEDDED_VERB_WITHIN + 1], 1)
                 if grammar.is_a("finite-verb", t) or grammar.is_a("modal-asked", t)), None)
    return " ".join([tokens[verb], *tokens[1:verb], *tokens[verb + 1:]]) if verb else " ".join(tokens[1:])


# "dersom omsøkt beløp er høgare enn ramma", "… når fristen har gått ut": up to a comma or the end
CONDITION = (r"\b(?:{condition-word})\b[^,?]*"
             r"|(?<=\w\s)(?<!og\s)(?<!men\s)(?<!eller\s)(?<!and\s)(?<!but\s)(?<!or\s)\b(?:{time-clause-word})\b[^,?]*")
# "Hvem bestemmer hvilke …", "Who decides which …": the which-clause is the object of the verb asked who does
WHO_DECIDES_WHICH = r"^\W*{ask-who}\s+[^\W\d_]+\s+{clause-question}\b"
WHICH_COSTS = r"\b{which-kind}\s+(?:\w+\s+)?{cost-noun}\b"  # "Hvilke kostnader …", "What travel costs …"


def question_types(question: str, grammar: Grammar, lang: str = "nb") -> set[str]:
    """The kinds of answer a question asks for: day, year, time, money, count, share, size (how large, where no
    measure is named), who, rule (yes or no), requirement, list, contact, role (what someone does), purpose (why),
    define (what something is), negation (what is not so), compare (more or less than something else), manner (how:
    by what means, with whom), audience (whom it is for), finding (what a study found), frequency (how often),
    members (who sits in a body: "Hvem er med i samarbeidsforum?"), condition (what happens if: "Hva skjer om …?"),
    method (how a study was made: "Hvilke metoder bruker prosjektet?"), start (when something starts: "Når kan vi
    begynne …?"), next (what comes after a step: "Hva skjer etter at behovet er meldt?"), statute (the provision
    something rests on: "Hvilken paragraf sier det?")."""
    clause = question_clause(question, grammar)
    found = {kind for kind in QUESTION_KINDS if grammar.search(f"ask-{kind}", question)
             or clause != question and grammar.search(f"ask-{kind}", clause)}
    if normalise_language(lang) == "en" and grammar.search("negation-en", question):
        found.add("negation")  # "Is there no deadline?"
    elif "negation" in found and not grammar.build(NEGATION).search(question):
        found.discard("negation")  # "… til ikke-kommunale barnehageeiere?"
    purpose = grammar.build("{purpose-clause}").search(question)
    if purpose and "money" in found and not grammar.search("ask-money", question[:purpose.start()]):
        found.discard("money")  # "Hvor stor må bedriften være for å få støtte?" measures the firm, not the grant
    # "Kan lønn regnes med i egenandelen?" is settled by a rule, not by a share
    if not found - {"define"} and asks_which_of_plural(clause, grammar):
        found.add("list")  # "Kva kompetanseregionar er det i Rogaland?", "Kva fristar gjeld for …?"
    if "who" in found and grammar.build(WHO_DECIDES_WHICH).search(question):
        found.discard("list")  # "Hvem bestemmer hvilke tiltak som får penger?" asks who, not for a list
    # "Følger kompetanseløftet de samme fristene som Dekomp?" asks yes or no, whatever its verb: not for a day
    if "rule" not in found and not opens_with_verb(clause, grammar):
        # … of the clause that asks: "Kva skjer dersom omsøkt beløp er høgare …?" names an amount in its condition
        asked = grammar.build(CONDITION).sub(" ", question)
        found |= {kind for kind in ANSWER_NOUN_KINDS if grammar.search(f"noun-{kind}", asked)}
        if "money" in found and not grammar.search("ask-money", question) and grammar.build(WHICH_COSTS).search(asked):
            found = found - {"money"} | {"list"}  # which costs are covered is a list of kinds, not an amount
    said = words(question)
    if not found & ({"who", "rule", "day", "year"} | MEASURES) and any(grammar.is_a("frame-role", w) for w in said):
        # "Hva er PP-tjenestens oppgaver?" (not "Kan departementet gi forskrift om dem?", nor "Når fikk Statped nytt
        # mandat?", which asks a time)
        found.add("role")
    if any(grammar.is_a("frame-purpose", w) for w in said):
        found.add("purpose")  # "Hva er formålet med …?" is answered by what it is for
    if grammar.search("ask-what-is", question) and grammar.is_a("audience-preposition",
                                                                stranded_preposition(question, grammar)):
        found.add("audience")  # "Hvem er ordningen for?"
    if found & {"time", "day"} and any(grammar.is_a("frame-start", w.lower()) for w in said):
        found.add("start")  # "Når kan vi begynne …?" asks when it starts: the day it runs from
    if "day" in found:
        found.discard("time")
    if found == {"define"} and grammar.search("ask-items", question):
        found = {"list"}  # "Hva er fasene i prosjektet?" asks which phases there are
    if found - {"define"}:
        found.discard("define")  # "Hva er fristen?" asks for a day
    if found & MEASURES:
        found.discard("size")  # "Hvor stor er støtten?" asks an amount
    return found


def named_noun(question: str, grammar: Grammar) -> str:
    """The noun after "hvilke", "kva", "which" ("kommuner" in "Hvilke kommuner deltar?"), or ""."""
    found = grammar.build(r"{which-name}\s+(?P<noun>[\w-]+)").search(question)
    return found.group("noun").lower() if found else ""


def asks_for_names(question: str, analyzer: Analyzer, lang: str) -> bool:
    """Whether a question asks which of those who act ("Hvilket universitet …?", "Kva kommunar …?", "Which
    university …?"): answered by a sentence that names them. "Kva tiltak …" and "Kva betyr …" are not."""
    noun = named_noun(question, analyzer.vocabulary.grammar)
    if not noun:
        return False
    if lang != "en":
        return is_actor(noun, analyzer, lang)
    norwegian = [term for term, term_lang in expand(noun, lang, analyzer).words.get(noun, [])
                 if analysis_language(term_lang) != "en"]
    return any(is_actor(word, analyzer, "nb") for term in norwegian for word in words(term))


def qualified_pairs(question: str, grammar: Grammar, stop: frozenset[str]) -> list[tuple[str, str]]:
    """(noun, what qualifies it) where a question narrows a noun by a preposition: ("målgruppen", "kompetanseløftet")
    in "Hvem er målgruppen for kompetanseløftet?", ("egenandelen", "ordningen") in "… egenandelen i ordningen?"."""
    said = words(question)
    pairs = []
    for i in range(1, len(said) - 1):
        if not grammar.is_a("specifier", said[i]) or said[i - 1] in stop:
            continue
        after = said[i + 2] if grammar.is_a("article", said[i + 1]) and i + 2 < len(said) else said[i + 1]
        if after not in stop:
            pairs.append((said[i - 1], after))
    return pairs


def specified_noun(question: str, analyzer: Analyzer, lang: str) -> str:
    """The lemma of the noun a question asks which one of ("Hvilken tilskuddsordning …?" -> "tilskuddsordning"),
    or "": not for those who act (a name answers that) nor for a function word ("What does …")."""
    found = analyzer.vocabulary.grammar.build(r"{which-one}\s+(?P<noun>[\w-]+)").search(question)
    if not found:
        return ""
    noun = found.group("noun").lower()
    if noun in analyzer.vocabulary.stopwords[normalise_language(lang)] or is_actor(noun, analyzer, lang):
        return ""
    return analyzer.canonical(noun, lang)


def specifies(text: str, noun: str, said: frozenset[str], analyzer: Analyzer, lang: str) -> bool:
    """Whether a sentence says which `noun` (a lemma) it means: a compound of it the question does not say, or the
    noun followed by a name, or by a specifier and a word the question does not say (`said`: its terms).
    "oppfølgingsordningen" and "tilskuddsordningen for lokal kompetanseutvikling" say which ordning; "en del av
    tilskuddsordningen, og …" does not say which tilskuddsordning."""
    grammar, stop = analyzer.vocabulary.grammar, analyzer.vocabulary.stopwords[normalise_language(lang)]
    tokens = WORD.findall(text)

    def new(token: str) -> bool:
        return token.lower() not in stop and not set(analyzer.terms(token, lang, compounds=False)) & said

    for i, token in enumerate(tokens):
        lemma_ = analyzer.canonical(token.lower(), lang)
        if lemma_ != noun:
            if len(lemma_) > len(noun) and lemma_.endswith(noun) and new(token):
                return True
            continue
        if i + 1 == len(tokens):
            continue
        following = tokens[i + 1]
        if following[:1].isupper() and new(following):
            return True
        if grammar.is_a("specifier", following.lower()) and i + 2 < len(tokens) and new(tokens[i + 2]):
            return True
    return False


def frame_of(word: str, types: set[str], grammar: Grammar) -> str:
    """The kind of answer a question word names, when the question asks for that kind ("" otherwise): "rolle" in
    "Hva er Statpeds rolle?" is answered by what Statped does, "fristen" by a date; and a word that frames only a
    question ("opprettet" in "Hvorfor ble ordningen opprettet?" asks what it is for: `asked-frame-purpose`)."""
    return next((kind for kind in FRAME_KINDS if kind in types and (
        grammar.is_a(f"frame-{kind}", word) or f"asked-frame-{kind}" in grammar.classes
        and grammar.is_a(f"asked-frame-{kind}", word))), "")


def asks_what_is(question: str, grammar: Grammar) -> bool:
    """"Hvem er målgruppen?" asks what something is: answered by a sentence about it, not by one with an actor
    as its subject."""
    return grammar.search("ask-what-is", question)


POSSESSIVE = re.compile(r"['’]s?$")


def asking_sentence(question: str) -> str:
    """The sentence that asks, after any the asker says of itself before it ("Vi fikk midler i fjor. Må vi …?")."""
    return re.split(SENTENCE_BREAK, question.strip())[-1]


def _words_after(question: str, opening: str, grammar: Grammar, stop: frozenset[str]) -> tuple[str, ...]:
    """The words right after the opening construction of a question's asking sentence (lower-cased), up to the first
    function word; an English possessive ("service's") is a word."""
    found = grammar.build(rf"^\W*{opening}\s+([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)*)").match(
        asking_sentence(question))
    following = found.group(found.lastindex).lower().split() if found else []
    return tuple(itertools.takewhile(lambda word: word not in stop, following))


def _word_after(question: str, opening: str, grammar: Grammar, stop: frozenset[str]) -> str:
    """The word right after a question's opening construction (lower-cased), or "" where it is a function word."""
    return POSSESSIVE.sub("", next(iter(_words_after(question, opening, grammar, stop)), ""))


def identity_asked(question: str, grammar: Grammar, stop: frozenset[str]) -> tuple[str, ...]:
    """The words of the noun a "Hvem er …?" question asks who is ("leder" in "Hvem er leder av forumet?", "contact",
    "person" in "Who is the contact person …?": English writes a compound apart), or none where the word after it is
    no such noun ("Hvem er det som bestemmer?"). After an English possessive, the noun is what follows it ("expert
    body" in "Who is the PP service's expert body?")."""
    said = _words_after(question, r"{ask-what-is}(?:\s+{article})?", grammar, stop)
    owner = max((i for i, word in enumerate(said) if POSSESSIVE.search(word)), default=-1)
    return said[owner + 1 :] if 0 <= owner < len(said) - 1 else tuple(POSSESSIVE.sub("", word) for word in said)


def subject_asked(question: str, grammar: Grammar, stop: frozenset[str]) -> str:
    """The first word of the subject a yes/no question asks about ("foreldre" in "Kan foreldre søke?", "private" in
    "Can private kindergartens take part?", "school" in "Can a single school …?"), or "" where it is a pronoun or a
    function word ("Kan vi …?")."""
    return _word_after(question, r"(?:{modal-asked}|{copula-asked})(?:\s+{article})?(?:\s+{singling-word})?",
                       grammar, stop)


def timed_subject_asked(question: str, grammar: Grammar, stop: frozenset[str]) -> str:
    """The first word of the subject of a question of when something is to be done, after its modal ("rapporten" in
    "Når skal rapporten leveres?", "kommunene" in "Når må kommunene melde behov?"), or "" where it is a pronoun or a
    function word ("Når kan vi søke?")."""
    return _word_after(question, r"{when-asked}\s+{modal-asked}(?:\s+{article})?", grammar, stop)


def time_subject_asked(question: str, grammar: Grammar, stop: frozenset[str]) -> tuple[str, ...]:
    """The words of what a question asks when or how long it is, after its copula up to the first function word
    ("neste", "samling" in "Når er neste samling i Vest-Finnmark?", "saksbehandlingstiden" in "Hvor lang er
    saksbehandlingstiden for klager?"); none where a function word follows ("Når er det frist?")."""
    said = _words_after(question, r"{time-of-subject-asked}(?:\s+{article})?", grammar, stop)
    return tuple(POSSESSIVE.sub("", word) for word in said)


def time_subject_purpose(question: str, grammar: Grammar, stop: frozenset[str]) -> str:
    """The verb of the act that narrows what a question asks when or how long it is ("klage" in "Hvor lang er fristen
    for å klage på et vedtak?", "apply" in "When is the deadline to apply?"), lower-cased; "" where none does."""
    subject = time_subject_asked(question, grammar, stop)
    if not subject:
        return ""
    found = grammar.build(rf"\b{re.escape(subject[-1])}\s+{{subject-purpose}}\s+([^\W\d_]+)").search(question)
    return found.group(1).lower() if found else ""


def premise_act(question: str, grammar: Grammar) -> str:
    """The verb of the step a question about what comes next says has happened ("meldt" in "Hva skjer etter at eierne
    har meldt behov?", "reported" in "… after the needs have been reported?"): the word after the last auxiliary of
    the clause after "etter at" or "after", lower-cased; "" where there is none."""
    if not grammar.search("ask-next", question):
        return ""
    found = grammar.build(r"{next-premise}\s+(.*)").search(question)
    said = [w.lower() for w in words(found.group(1))] if found else []
    auxiliaries = [i for i, w in enumerate(said[:-1])
                   if grammar.is_a("perfect-auxiliary", w) or grammar.is_a("passive-auxiliary", w)]
    return said[auxiliaries[-1] + 1] if auxiliaries else ""


def rule_words_asked(question: str, grammar: Grammar) -> frozenset[str]:
    """The words of the rule words a question says ("rett" and "til" in "Har voksne rett til …?"), in lower case."""
    return frozenset(w.lower() for match in grammar.build("{rule-word}").finditer(question)
                     for w in words(match.group(0)))


def existence_asked(question: str, grammar: Grammar, stop: frozenset[str]) -> tuple[str, ...]:
    """The words of the noun a question whether there is something asks about, and of the nouns that narrow it
    ("egen", "veileder", "pp", "ledere" in "Finnes det en egen veileder for PP-ledere?"), not a noun of obligation or
    leave ("eksamen" in "Er det krav om eksamen i ordningen?"); none where it asks whether an act is possible or
    allowed ("Er det mulig å søke?") or is no such question."""
    found = grammar.build(r"^\W*{existence-asked}\s+(.*)").match(question)
    said = words(found.group(1)) if found else []
    lead = len(list(itertools.takewhile(lambda word: word in stop, said)))
    if lead > 1:
        return ()  # "Er det noen som kan …?" asks who, not whether there is something
    asked: list[str] = []
    narrowing = True  # an article may stand before the noun, and before each noun that narrows it
    for word in said[lead:]:
        if grammar.is_a("clause-marker", word):
            break
        if word not in stop and not (not asked and grammar.is_a("modal-noun", word)):
            asked.append(word)
            narrowing = False
        elif grammar.is_a("narrowing-preposition", word) and not narrowing:
            narrowing = True
        elif not narrowing:
            break  # "i ordningen" says where, no longer what is asked about
    return () if not asked or grammar.is_a("possibility-word", asked[0]) else tuple(asked)


def cleft_actor_asked(question: str, analyzer: Analyzer, lang: str) -> list[str]:
    """The words of the actor a yes or no question puts in a cleft before the act it asks about ("kommunen" in "Er det
    kommunen som melder behov?", "county", "governor" in "Is it the county governor who decides?"): it asks who does
    the act, as "Hvem melder behov?" does, and the sentence that says who settles it, yes or no; [] for another."""
    grammar = analyzer.vocabulary.grammar
    found = grammar.build(r"{cleft-asked}").match(asking_sentence(question).strip())
    if not found:
        return []
    # … whom alone the cleft names, between its two opening words and "som" ("Er det mulig for skoler som har deltatt
    # før …?" asks whether it is possible)
    named = [word for word in content_words(" ".join(words(found.group(0))[2:-1]), lang, analyzer.vocabulary)
             if not grammar.is_a("singling-word", word)]  # "den enkelte kommune" is "kommune"
    actors = set(actors_named(found.group(0), analyzer, lang))
    # … and asks who does an act its verb names ("Er det bare skolene som er omfattet?" asks what is covered)
    acts = bool(action_asked(question, grammar, analyzer.vocabulary.stopwords[normalise_language(lang)]))
    return named if named and all(word in actors for word in named) and acts else []


def action_asked(question: str, grammar: Grammar, stop: frozenset[str]) -> str:
    """The verb a "Hvem …?" question asks who does ("melder" in "Hvem melder behov?", "melde" in "Hvem skal melde
    behov?", "decides" in "Who decides …?"), or "" where a light verb stands there ("Hvem har ansvar …?", "Hvem ga
    oppdraget?": the noun says the act), or where "hvem" is the object ("Hvem skal kommunen samarbeide med?")."""
    # … after a modal and its negation ("Hvem kan ikke melde behov?", "Who cannot report needs?"), or after the
    # copula of English's progressive ("Who is evaluating …?")
    modal = r"\s+(?:{modal-asked}(?:\s+{negation})?|{negation})"
    # … or after the cleft that puts someone in the question ("Er det kommunen som melder behov?")
    progressive = r"\s+{copula-asked}(?=\s+[^\W\d_]+ing\b)"
    word = _word_after(question, rf"(?:{{ask-who}}|{{cleft-asked}})(?:{modal}|{progressive})?", grammar, stop)
    if word and word == _word_after(question, rf"{{ask-who}}{modal}", grammar, stop) and in_dictionary(
            word, "nb") and not (is_base_form(word, "nb") or is_base_form(word, "nn")):
        return ""  # "Hvem skal private skoler kontakte?": no infinitive after the modal, but its subject
    if word and not grammar.is_a("finite-verb", word) and not grammar.is_a("light-verb", word):
        return word
    # "Hvem har skrevet rapporten?": the participle after the perfect's auxiliary ("Hvem har ansvaret …?" names none)
    done = _word_after(question, r"{ask-who}\s+{perfect-auxiliary}", grammar, stop)
    if is_participle(done) and not grammar.is_a("light-verb", done):
        return done
    # "Hvem er ansvarlig for å melde behov?", "Who is responsible for reporting needs?": the act one is responsible for
    found = grammar.build(r"{ask-who}\s.*?\b{frame-who}\s+{frame-who-preposition}\s+(?:å\s+([^\W\d_]+)"
                          r"|([^\W\d_]+ing)\b)").search(question)  # an infinitive, or an English gerund
    verb = (found.group(found.lastindex) or "").lower() if found else ""
    return "" if verb in stop else verb


def is_participle(word: str) -> bool:
    """Whether a Norwegian word is a verb's past participle: it ends as a weak one does (WEAK_PARTICIPLE) where its
    lemma, the infinitive, ends in a vowel ("skrevet" of "skrive", "gitt" of "gi"); a definite noun ("ansvaret" of
    "ansvar") is none."""
    if not word.endswith(WEAK_PARTICIPLE):
        return False
    found = lemma(word, "nb")
    return found != word and found[-1] in "aeiouyæøå"


def verb_asked(question: str, grammar: Grammar, stop: frozenset[str]) -> str:
    """The verb of a question that asks for a time, a number or a provision: Norwegian puts it right after the
    question phrase ("deltok" in "Hvor mange kommuner deltok i piloten?", "varer" in "Hvor lenge varer ordningen?",
    "pågikk" in "I hvilken periode pågikk pilotene?", "regulerer" in "Hvilken paragraf regulerer …?"); of one that
    asks an amount, the verb of how one gets it ("søke" in "Hvor mye kan vi søke om?"). It says what happened, not
    what the question is about; "" where a function word stands there."""
    # … past what the counted are of and a passive's auxiliary after them: "analysert" in "Hvor mange rapporter fra
    # PP-rådgivere ble analysert?", "analysed" in "How many reports were analysed?" (not past a copula: "Hvor mange
    # er …?")
    counted = r"{ask-count}\s+[^\W\d_][\w-]*(?:(?:\s+{preposition}\s+[^\W\d_][\w-]*)?\s+(?!(?:{copula})\b)" \
        r"{passive-auxiliary})?"
    # … and past what a share is of: "gikk" in "Hvor stor andel av midlene gikk til …?" (not "andel" as a degree's
    # word, "Hvor stor …")
    shared = r"{ask-share}(?:\s+{preposition}(?:\s+{article})?\s+[^\W\d_][\w-]*)?"
    phrase = rf"(?:{counted}|{shared}|{{ask-time}}|{{ask-day}}|{{ask-year}}|{{degree-asked}}|{{ask-statute}})"
    verb = _word_after(question, rf"(?:[^\W\d_]+\s+)?{phrase}", grammar, stop)
    if verb or not grammar.search("ask-money", question):
        return verb
    # the last verb of getting or paying it: "tilskudd" in "Hvor mye tilskudd kan vi søke om?" is what is asked for
    verbs = [m.group(0).split()[0].lower() for m in grammar.build("{money-verb}").finditer(question)]
    return verbs[-1] if verbs and verbs[-1] not in stop else ""


def manner_verb_asked(question: str, lang: str, grammar: Grammar, stop: frozenset[str]) -> str:
    """The verb a "Hvordan …?" question asks how it is done ("rapporterer" in "Hvordan rapporterer vi bruken av
    midlene?", "fordeles" in "Hvordan fordeles midlene?"), or "" where a modal, an auxiliary or a light verb stands
    there ("Hvordan kan vi søke?": the verb comes later, after its subject), or the question is English (its verb
    comes after its subject: "How do we report …?")."""
    if normalise_language(lang) == "en":
        return ""
    verb = _word_after(question, "{ask-manner}", grammar, stop)
    return "" if grammar.is_a("finite-verb", verb) or grammar.is_a("light-verb", verb) else verb


def asker_act_asked(question: str, grammar: Grammar, stop: frozenset[str]) -> str:
    """The verb a yes or no question asks whether its asker may or must do ("rapportere" in "Må vi rapportere på
    bruken av midlene?", "apply" in "Can we apply on our own?"), or "" where a modal, an auxiliary, a copula or a
    light verb stands there ("Kan vi få …?", "Må vi være …?") or another than the asker is the subject."""
    verb = _word_after(question, r"^\W*{modal-asked}\s+{asker-pronoun}", grammar, stop)
    # … nor a verb its particle makes another ("Må vi gå via kommunen?": "gå" alone says nothing of it)
    unnamed = ("finite-verb", "light-verb", "copula", "modal-asked", "particle-bound-verb")
    # … nor one of getting money, which asks whether the money may go to what it names, as "Kan vi få midler til …?"
    # does: "Kan vi søke om midler til en koordinator?" is settled by what the funds may be used for
    getting = grammar.build(r"^\W*{modal-asked}\s+{asker-pronoun}\s+{receiving-verb}\s+(?:[^\W\d_]+\s+){0,2}?"
                            r"{money-noun}(?!\w)")
    if getting.search(asking_sentence(question).lower()):
        return ""
    # … nor one that takes its object as something ("Kan vi bruke frikjøp som egenandel?", "Can we count salaries as
    # our own share?"), which asks whether the one may be the other: "Egenandelen kan være … frikjøp" settles it (not
    # a relative clause: "… midler som er til overs" names the money)
    taken_as = grammar.build(r"^\W*{modal-asked}\s+{asker-pronoun}\s+[^\W\d_]+\s+(?:[^\W\d_][\w-]*\s+){1,3}?"
                             r"{taken-as}\s+(?!(?:{finite-verb}|{asker-pronoun}|{third-person})\b)[^\W\d_]")
    if taken_as.search(asking_sentence(question).lower()):
        return ""
    return "" if any(grammar.is_a(kind, verb) for kind in unnamed) else verb


def verb_after_subject(question: str, grammar: Grammar, stop: frozenset[str]) -> str:
    """The verb after a question's modal and its one-word subject ("bruke" in "Hva kan vi bruke tilskuddet til?" and
    in "Hva kan kommunene bruke midlene til?"), or "" where a function word stands there."""
    return _word_after(question, r"[^\W\d_]+\s+{modal-asked}\s+[^\W\d_]+", grammar, stop)


# the kinds of answer a noun names of something it is of ("formålet med …", "fristen for …"), not a verb's
FRAMES_OF_THINGS = ("purpose", "role", "day", "method")
FRAMED_WITHIN = 3  # words after the preposition, articles and other function words, before what it is of


def frames_of(text: str, kinds: Iterable[str], grammar: Grammar, stop: frozenset[str]) -> list[tuple[str, list[str]]]:
    """Each noun of a kind of answer in a text that a preposition (`framed-of`) says what it is of, as (kind, the
    words of what it is of that are no function words, of the first FRAMED_WITHIN after the preposition):
    ("purpose", ["konferansene"]) in "Formålet med konferansene er å …", ("purpose", ["digitale", "konferansene"]) in
    "Hva var formålet med de digitale konferansene?"."""
    said = words(text)
    found = []
    for i, word in enumerate(said[:-2]):
        kind = next((k for k in kinds if k in FRAMES_OF_THINGS and grammar.is_a(f"frame-{k}", word)), None)
        if kind and grammar.is_a("framed-of", said[i + 1]):
            of = [w for w in said[i + 2 : i + 2 + FRAMED_WITHIN] if w not in stop]
            if of:
                found.append((kind, of))
    return found


def purpose_fronted_for(text: str, grammar: Grammar, stop: frozenset[str]) -> list[str] | None:
    """The words of the main clause's subject of a sentence that opens with a clause of purpose (`purpose-clause`),
    whose purpose it is: ["statpeds"] of "For å styrke arbeidet …, skal Statpeds oppgaver …"; None for a sentence
    that opens otherwise."""
    if not grammar.build(r"^\W*{purpose-clause}\b").search(text.lower()):
        return None
    return [w for w in words(" ".join(subject_words(text, grammar))) if w not in stop]


QUALITY_SUBJECT_WORDS = 3  # the most words of what "Er … varig?" asks the quality of


def qualities_asked(question: str, analyzer: Analyzer, lang: str, follow_up: bool = False) -> frozenset[str]:
    """The lemmas of the quality a yes/no question asks what it names to have: its last word, or each of "A eller
    B" there ("varig" of "Er ordningen varig?"; "midlertidig" and "varig" of "Er Leseløftet midlertidig eller
    varig?"); none for any other question, nor where a function word or a clause stands between. In a follow-up,
    "det" and "it" point back to what the conversation named ("Is it binding?" after "What is an expert
    assessment?"); alone they may name nothing ("Er det frivillig?")."""
    grammar = analyzer.vocabulary.grammar
    stop = analyzer.vocabulary.stopwords[lang]
    said = words(question)
    if len(said) < 3 or not grammar.is_a("copula-asked", said[0]):
        return frozenset()
    qualities = [said[-1]]
    if len(said) >= 5 and grammar.is_a("coordinating", said[-2]):
        qualities.append(said[-3])
    subject = said[1 : len(said) - 2 * len(qualities) + 1]
    named = [w for w in subject if not grammar.is_a("article", w)]
    if len(named) > 1 and grammar.is_a("article-or-pronoun", named[0]):
        named = named[1:]  # "den" of "Er den sakkyndige vurderingen …?" is its article
    # a follow-up's "Er den bindende?" names what the conversation did ("Er det frivillig?" may name nothing)
    pointing_back = len(named) == 1 and named[0] in analyzer.vocabulary.pronouns and (
        follow_up or not grammar.is_a("expletive", named[0]))
    if not 1 <= len(named) <= QUALITY_SUBJECT_WORDS or any(w in stop for w in qualities) or not pointing_back and any(
            w in stop for w in named):
        return frozenset()
    return frozenset(analyzer.canonical(w, lang) for w in qualities)


def opposite_qualities(qualities: frozenset[str], analyzer: Analyzer, lang: str) -> frozenset[str]:
    """The lemmas of the qualities that answer no to a yes/no question of these (the vocabulary's opposites, read both
    ways): "rådgivende" of "bindende"."""
    pairs = [(analyzer.canonical(a, lang), analyzer.canonical(b, lang)) for a, b in analyzer.vocabulary.opposites]
    return frozenset(other for a, b in pairs for one, other in ((a, b), (b, a)) if one in qualities) - qualities


def predicates_quality(text: str, qualities: frozenset[str], analyzer: Analyzer, lang: str) -> bool:
    """Whether a sentence says one of these qualities (lemmas) as what something is or becomes, right after the
    copula or its article ("… etter det vil det være en varig ordning", "Ordningen er varig"), not of what a
    preposition names ("barn med varige behov")."""
    lemmas = analyzer.lemmas(text, lang)
    copulas = {analyzer.canonical(w, lang) for w in analyzer.vocabulary.grammar.classes.get("copula", ())}
    stop = analyzer.vocabulary.stopwords[normalise_language(lang)]
    return any(lemma in qualities and (lemmas[i - 1] in copulas or i >= 2 and lemmas[i - 1] in stop
                                       and lemmas[i - 2] in copulas)
               for i, lemma in enumerate(lemmas) if i)


def asks_how_long(question: str, grammar: Grammar) -> bool:
    """Whether a question asks how long something lasts or takes ("Hvor lang tid tar …?", "How long …?")."""
    return grammar.search("ask-duration", question)


def asks_how_long_it_lasts(question: str, grammar: Grammar) -> bool:
    """Whether a question asks how long something lasts ("Hvor lenge varer samarbeidet?"), which a duration or an
    end answers, not a day something happens on; "Hvor raskt …?" asks how soon, which a day answers."""
    return grammar.search("ask-lasting", question)


PLANNED_WITHIN = 2  # words between "vil" and its verb: "vil vi starte", "will then start"


def says_as_planned(text: str, terms: frozenset[str], analyzer: Analyzer, lang: str) -> bool:
    """Whether a sentence says one of the question's words (`terms`) as what is yet to happen: "I 2023 vil vi starte
    kompetanseløftet" plans what "Når startet kompetanseløftet?" asks when it happened."""
    found = analyzer.vocabulary.grammar.build(rf"{{future}}((?:\s+\S+){{1,{PLANNED_WITHIN + 1}}})").finditer(text)
    return any(not terms.isdisjoint(analyzer.terms(word, lang)) for after in found for word in words(after.group(1)))


def asks_when_it_happened(question: str, grammar: Grammar) -> bool:
    """Whether a when-question is in the past tense ("Når ble …?", "Når startet …?", "When did …?"): it asks for a
    point in time, which only a time answers. "Når kan kommunene søke?" may ask under which conditions."""
    found = grammar.build(r"{ask-when}\s+([^\W\d_]+)").search(question)
    if not found:
        return False
    return is_past(found.group(1).lower(), grammar)


def is_past(verb: str, grammar: Grammar) -> bool:
    """Whether a question's verb is in the past tense ("ble", "startet", "fungerte")."""
    endings = grammar.classes.get("past-ending", [])
    return grammar.is_a("past-tense", verb) or any(verb.endswith(e) and len(verb) > len(e) + 2 for e in endings)


def defines(sentence: str, terms: set[str], analyzer: Analyzer, lang: str) -> bool:
    """Whether a sentence says what something is: it opens with it (and nothing else that says something), then
    "er", "var", "blir" ("NLA er en av …", "Kompetanseløftet er tett knyttet til …"), not a passive ("Statped is
    managed by …")."""
    tokens = sentence.removeprefix("• ").split()[: DEFINED_WITHIN + 1]
    grammar = analyzer.vocabulary.grammar
    verb = defining_verb_at(tokens, grammar)
    # "I dette arbeidet er rollen …" opens with where, and says what the role is; "These assessments are …" speaks of
    # some named before
    subject = verb and not grammar.is_a("preposition", tokens[0].lower()) and not grammar.is_a(
        "demonstrative", tokens[0].lower())
    opening = set(analyzer.terms(" ".join(tokens[:verb]), lang, compounds=False)) if subject else set()
    # "Midlene til Rekomp er …" is about the money; "Statped is managed by …" says what is done to it, not what it is
    # ("X defineres ut fra …" is a defining verb's passive, and does)
    passive = bool(opening) and grammar.is_a("copula", tokens[verb]) and acted_on(sentence, analyzer, lang)
    return bool(opening) and opening <= terms and not passive or names_qualified(
        sentence, terms, analyzer, lang) or spells_out(sentence, terms, analyzer, lang) or names_as(
        sentence, terms, analyzer, lang) or says_meant_by(sentence, terms, analyzer, lang) or points_out(
        sentence, terms, analyzer, lang)


POINTED_OUT_WITHIN = 6  # "Dette er den andre fasen hvor …": the words up to the relative after the noun


def points_out(sentence: str, terms: set[str], analyzer: Analyzer, lang: str) -> bool:
    """Whether a sentence opens by pointing out what is asked about and goes on with what it does or holds ("Dette er
    fasen hvor PP-tjenesten utreder …", "This is the phase where …"): it says what that is."""
    tokens = [t.lower() for t in sentence.removeprefix("• ").split()[:POINTED_OUT_WITHIN + 1]]
    grammar = analyzer.vocabulary.grammar
    if len(tokens) < 4 or not grammar.is_a("demonstrative", tokens[0]) or not grammar.is_a("copula", tokens[1]):
        return False
    relative = next((i for i, t in enumerate(tokens[3:], 3) if grammar.is_a("pointed-out-relative", t)), None)
    named = set(analyzer.terms(" ".join(tokens[2:relative]), lang, compounds=False)) if relative else set()
    return bool(named) and named <= terms


QUALIFIED_NAME_WITHIN = 9  # "Samarbeidsforum for desentralisert kompetanseutvikling i Agder er …": a full name's words


def names_qualified(sentence: str, terms: set[str], analyzer: Analyzer, lang: str) -> bool:
    """Whether a sentence opens with what is asked about, qualified by a prepositional phrase, as a full name is
    ("Samarbeidsforum for desentralisert kompetanseutvikling i Agder er beslutningsorgan …", "Kompetanseløftet for
    spesialpedagogikk og inkluderende praksis er …"), then "er" or another defining verb, in one clause."""
    tokens = sentence.removeprefix("• ").split()[: QUALIFIED_NAME_WITHIN + 1]
    grammar = analyzer.vocabulary.grammar
    verb = defining_verb_at(tokens, grammar)
    if not verb or any(t.endswith((",", ";", ":")) for t in tokens[:verb]):
        return False
    qualifier = next((i for i, t in enumerate(tokens[1:verb], 1) if grammar.is_a("preposition", t.lower())), None)
    if qualifier is None or any(grammar.is_a(kind, tokens[0].lower()) for kind in ("preposition", "demonstrative")):
        return False
    head = set(analyzer.terms(" ".join(tokens[:qualifier]), lang, compounds=False))
    return bool(head) and head <= terms


NAMED_AS_WORDS = 4  # the name after "også kalt": up to the next punctuation, at most this many words


def names_as(sentence: str, terms: set[str], analyzer: Analyzer, lang: str) -> bool:
    """Whether a sentence names what it speaks of as what is asked about ("kollektiv kompetanseutvikling, også kalt
    etterutdanning, for ansatte …"): the name right after a naming phrase, up to the next punctuation."""
    for found in analyzer.vocabulary.grammar.build(r"{naming-phrase}\s+([^,;:.!?()]+)").finditer(sentence):
        name = found.group(1).split()[:NAMED_AS_WORDS]
        named = set(analyzer.terms(" ".join(name), lang, compounds=False))
        if named and named <= terms:
            return True
    return False


def says_meant_by(sentence: str, terms: set[str], analyzer: Analyzer, lang: str) -> bool:
    """Whether a sentence opens by saying what is meant by what is asked about ("Med industriklynge forstår vi her
    …", "Med X menes …", "By X we mean …"): the term between the two, within one clause and a few words."""
    found = analyzer.vocabulary.grammar.build(r"^{meaning-lead}\s+([^,;:.!?()]+?)\s+{meaning-verb}\b").search(
        sentence.removeprefix("• "))
    if not found or len(found.group(1).split()) > NAMED_AS_WORDS:
        return False
    meant = set(analyzer.terms(found.group(1), lang, compounds=False))
    return bool(meant) and meant <= terms


# "Regional ordning for kompetanseutvikling i barnehage (REKOM) er …": a long name, then its short form
SPELLED_OUT_WITHIN = 12


def says_what_kind(sentence: str, grammar: Grammar) -> bool:
    """Whether a defining sentence names the kind of thing it defines: a noun phrase after its copula ("Statped er en
    statlig støttetjeneste …"), a defining verb ("… omfatter", "… betyr"), or a spelling out ("… står for «…»");
    not a state ("SEVU-PPT er godt i gang …")."""
    tokens = sentence.removeprefix("• ").split()[: DEFINED_WITHIN + 2]
    verb = defining_verb_at(tokens[:-1], grammar)
    if verb is None:
        return bool(grammar.build(STANDS_FOR).search(sentence.removeprefix("• ")))
    after = tokens[verb + 1]
    return not grammar.is_a("copula", tokens[verb]) or grammar.is_a("noun-opener", after.lower()) or after[0].isupper()


def defining_verb_at(tokens: list[str], grammar: Grammar) -> int | None:
    """Where the first verb that says what something is stands: a copula ("er"), or "omfatter", "betyr" …"""
    return next((i for i, t in enumerate(tokens) if grammar.is_a("copula", t) or grammar.is_a("defining-verb", t)),
                None)


def spells_out(sentence: str, terms: set[str], analyzer: Analyzer, lang: str) -> bool:
    """Whether a sentence opens with a name spelled out, the short form asked about after it in brackets, and then
    "er" or another defining verb ("Universitets- og høgskolesektoren (UH) er kompetansepartner …" says what UH is)."""
    tokens = sentence.removeprefix("• ").split()[: SPELLED_OUT_WITHIN + 1]
    verb = defining_verb_at(tokens, analyzer.vocabulary.grammar)
    if not verb or verb < 2 or not (tokens[verb - 1].startswith("(") and tokens[verb - 1].endswith(")")):
        return False
    short = set(analyzer.terms(tokens[verb - 1].strip("()"), lang, compounds=False))
    return bool(short) and short <= terms


STANDS_FOR = r"^((?:\S+\s+){1,3}?){spell-out-verb}\s+for\s"  # "Statped står for Statlig pedagogisk …"


def stands_for(sentence: str, terms: set[str], analyzer: Analyzer, lang: str) -> bool:
    """Whether a sentence says what the short form asked about stands for ("Statped står for Statlig pedagogisk
    støttesystem", "EPS stands for …"): it opens with the short form, then the verb and "for"."""
    found = analyzer.vocabulary.grammar.build(STANDS_FOR).match(sentence.removeprefix("• "))
    opening = set(analyzer.terms(found.group(1), lang, compounds=False)) if found else set()
    return bool(opening) and opening <= terms


BRACKETED = re.compile(r"\(([^()]{1,40})\)")
SPELLED_OUT_WORDS = 2  # a long form is at least this many words


def spelled_out_before(sentence: str, asked: list[list[frozenset[str]]], analyzer: Analyzer, lang: str) -> bool:
    """Whether a sentence spells out what is asked about right before it in brackets, wherever it stands ("… del av
    Strategi for etter- og videreutdanning av ansatte i PPT (SEVU-PPT)." says what SEVU-PPT is, "… organisasjons-
    utvikling (systemrettet arbeid)" what systemrettet arbeid is): the brackets say all of it (`asked`: each word's
    alternatives), not one word of a longer question ("What is the finding of the article on the EPS?")."""
    for found in BRACKETED.finditer(sentence):
        short = frozenset(analyzer.terms(found.group(1), lang, compounds=False))
        if len(sentence[: found.start()].split()) >= SPELLED_OUT_WORDS and asked and all(
                any(alt and alt <= short for alt in alternatives) for alternatives in asked):
            return True
    return False


# a short form with its long form after it, in brackets or between dashes: "Statped (statlige spesialpedagogiske
# støttetjenester)", "Statped - den statlige spesialpedagogiske støttetjenesten -"
SPELLED_OUT_AFTER = re.compile(r"(?P<short>[^\W\d_][\w-]*)\s+(?:\((?P<bracketed>[^()\d]{3,80})\)"
                               r"|[–-]\s+(?P<dashed>[^–\d.;:]{3,80}?)\s+[–-]\s)")


def spelled_out_after(sentence: str, asked: list[list[frozenset[str]]], analyzer: Analyzer, lang: str) -> bool:
    """Whether a sentence spells out what is asked about right after it, in brackets or between dashes ("oppgavene
    til Statped (statlige spesialpedagogiske støttetjenester)" says what Statped stands for): a long form of
    several words that begins (after any article) with the short form's first letter, as a long form does."""
    grammar = analyzer.vocabulary.grammar
    for found in SPELLED_OUT_AFTER.finditer(sentence):
        short = frozenset(analyzer.terms(found.group("short"), lang, compounds=False))
        long = words(found.group("bracketed") or found.group("dashed"))
        if long and (grammar.is_a("article", long[0]) or grammar.is_a("article-or-pronoun", long[0])):
            long = long[1:]
        if len(long) >= SPELLED_OUT_WORDS and long[0][0] == found.group("short")[0].lower() and asked and all(
                any(alt and alt <= short for alt in alternatives) for alternatives in asked):
            return True
    return False


def measure_words(question: str, grammar: Grammar) -> set[str]:
    """The measure a question asks for ("stor" in "Hvor stor er egenandelen?", "ofte" in "Hvor ofte …"), or the noun
    of a phrase that asks who ("instans" in "Hvilken instans behandler klager?", "body" in "Which body decides …?"):
    what is asked, not what about."""
    return {w for asking in ("{degree-asked}", "{ask-who}") for found in grammar.build(asking).finditer(question)
            for w in words(found.group(0))[1:]}


def linking_words(question: str, grammar: Grammar) -> set[str]:
    """The words of the phrases that tie a question to what came before or say how it is meant ("fall" of "i så
    fall", "slutt" of "til slutt"): they name no topic."""
    return {w for found in grammar.build("{linking-phrase}").finditer(question) for w in words(found.group(0))}


def counted_noun(question: str, grammar: Grammar, analyzer: Analyzer | None = None, lang: str = "nb") -> str | None:
    """What a "hvor mange" question counts ("kommuner" in "Hvor mange kommuner …"), if it says: not a verb that
    follows where the noun is left out ("Hvor mange velges …?", "Hvor mange får …?": any number answers)."""
    found = grammar.build(r"{ask-count}\s+(\w[\w-]*)").search(question)
    if not found:
        return None
    word = found.group(1).lower()
    if grammar.is_a("finite-verb", word):
        return None
    if analyzer and normalise_language(lang) != "en" and word.endswith("s") and (
            analyzer.canonical(word, lang) + "s" == word):
        return None  # an s-passive ("velges", "identifiseres"): the verb, not what is counted
    if normalise_language(lang) == "en" and lemma(word, "en") == word:
        # "how many" counts a plural: a singular word after it is a modifier, and its head follows ("How many
        # kindergarten children …?"), as Norwegian writes in one word ("barnehagebarn")
        said = words(question[found.end(1):])
        if said and said[0].lower() not in (analyzer.vocabulary.stopwords["en"] if analyzer else ()):
            return f"{word} {said[0].lower()}"
    return word


COUNTED_WITHIN = 3  # words after a number where what it counts may stand ("30 nye kommuner")
SHARE_REACH = 2  # … and after a share ("two percent of the children")


def counts(text: str, noun_terms: set[str], analyzer: Analyzer, lang: str, totals: bool = True) -> bool:
    """Whether `text` puts a number right before the counted noun ("30 kommuner", "ti skoler"), but not of a whole
    it leaves uncounted ("to av flere ordninger"; `part-of-many`), nor one that names the noun before it ("år 2 og år
    3"), or (`totals`) says all or none of them ("i alle fylkeskommuner", "ingen skoler"; `total-quantifier`), not of
    a set named before ("alle regionane")."""
    grammar = analyzer.vocabulary.grammar
    tokens = words(analyzer.with_compounds_closed(text))
    number = grammar.build(rf"^(?:{count_in(lang)})$")

    def names_counted(word: str) -> bool:  # the noun or a compound's head: "barnehagelærere" are no "barnehager"
        parts = analyzer.parts(word)
        return not {*analyzer.terms(word, lang, compounds=False),
                    *(analyzer.terms(parts[-1], lang, compounds=False) if parts else ())}.isdisjoint(noun_terms)

    def counted_after(i: int, total: bool) -> bool:
        # "fem prosent av elevene" is how many of them, a few words further on
        share = i + 1 < len(tokens) and grammar.is_a("noun-share", tokens[i + 1])
        reach = COUNTED_WITHIN + (SHARE_REACH if share else 0)
        for j, w in enumerate(tokens[i + 1 : i + 1 + reach], start=i + 1):
            if j > i + 1 and not share and grammar.is_a("whole-of", w.lower()):
                return False  # "45 hovedgrupper av ordninger" counts the groups
            # "alle statsforvaltere som har …" is all of some, not how many there are, and "alle regionane har …"
            # all of those named before (a definite plural)
            if not names_counted(w):
                continue
            return not total or not (j + 1 < len(tokens) and grammar.is_a("relative-pronoun", tokens[j + 1])
                                     or grammar.is_a("definite-plural", w))
        return False

    def names_by_number(i: int) -> bool:  # "år 2 og år 3", "fase 3": the noun before the number is named by it
        return i > 0 and bool(set(analyzer.terms(tokens[i - 1], lang)) & noun_terms)

    part_of_many = grammar.build(r"^{part-of-many}\b")
    return any(number.match(token) and not names_by_number(i) and counted_after(i, False)
               and not part_of_many.match(" ".join(tokens[i + 1:i + 5]))
               or totals and grammar.is_a("total-quantifier", token) and counted_after(i, True)
               for i, token in enumerate(tokens))


# --- who a sentence is about ---
INVERSION_WITHIN = 8
FRONTED_CLAUSE_WORDS = 12  # the words of a clause before the main one, up to its comma


ITEM_NUMBER = re.compile(r"(?:\d{1,2}|[a-h])[.)]")  # the number or letter of a list item: "1.", "2)", "a)"
ITEM_MARK = re.compile(rf"^\s*(?:•|{ITEM_NUMBER.pattern})\s+")  # a list item's bullet or number: "• ", "4. ", "b) "


def subject_words(text: str, grammar: Grammar) -> list[str]:
    """The words that may be a sentence's subject, without a parser: its first word and what is coordinated with
    it ("PP-tjenesten og Statped har …"), and the word after an opening phrase's finite verb ("I arbeidet med
    oppfølgingsordningen skal kommunen: …")."""
    tokens = phrase_tokens(ITEM_MARK.sub("", text, count=1) if not is_dated_item(text) else text)
    if not tokens:
        return []
    if opens_with_article(" ".join(tokens), grammar):
        # "De ansatte skal …", "De private eierne og kommunene kan …": the noun phrase after the article, up to the verb
        verb = next(i for i, t in enumerate(tokens[2:], start=2) if grammar.is_a("finite-verb", t))
        return [t for t in tokens[1:verb] if not grammar.is_a("coordinating", t)]
    comma = next((i for i, t in enumerate(tokens[:FRONTED_CLAUSE_WORDS]) if t.endswith(",")), None)
    if comma is not None and comma + 2 < len(tokens) and grammar.is_a("finite-verb", tokens[comma + 1]):
        # a clause before the main one puts its finite verb first, the subject after it: "Der det ikke er gode
        # strukturer, kan fylkesmannen ha en mer aktiv rolle", "Dersom tilskuddet er over …, vil inntil 50 prosent …"
        return coordinated(tokens, comma + 2, grammar)[0]
    found, end = coordinated(tokens, 0, grammar)
    verb = next((i for i, t in enumerate(tokens[1:INVERSION_WITHIN], start=1) if grammar.is_a("finite-verb", t)
                 or i == 1 and grammar.is_a("expletive", tokens[0]) and grammar.is_a("copula", t)), None)  # "It is"
    # "Statped har …": the first words were the subject; "Det er kommunene som …", "I tillegg skal Statped …": after
    opened_by_subject = verb == end and not grammar.is_a("expletive", tokens[0])
    if verb and verb + 1 < len(tokens) and not opened_by_subject and not tokens[verb - 1].endswith((",", ":")):
        # "Det er vanligvis kommunen som …", "It is usually the head teacher that …"
        after = verb + 1
        while after + 1 < len(tokens) and (grammar.is_a("article", tokens[after]) or grammar.is_a("sentence-adverb",
                                                                                                  tokens[after])):
            after += 1
        found += coordinated(tokens, after, grammar)[0]
    return found


def phrase_tokens(text: str) -> list[str]:
    """A text's words as written, punctuation kept on them ("Oslo," tells that a name follows): not bare signs."""
    return [w for w in text.split() if any(c.isalnum() for c in w)]


def coordinated(tokens: list[str], start: int, grammar: Grammar) -> tuple[list[str], int]:
    """The word at `start` and those joined to it by "og", "eller" or a comma; and where they end."""
    found, i = tokens[start : start + 1], start + 1
    while i + 1 < len(tokens) and (grammar.is_a("coordinating", tokens[i]) or tokens[i - 1].endswith(",")):
        joined = grammar.is_a("coordinating", tokens[i])
        found.append(tokens[i + 1] if joined else tokens[i])
        i += 2 if joined else 1
    return found, i


def speaks_as_publisher(subject: list[str], grammar: Grammar) -> bool:
    """On an organisation's own page "vi" is the organisation ("Vi kan bidra med …" on OsloMet's page)."""
    return any(grammar.is_a("first-person", w.strip(",:")) for w in subject)


_UNTIL = r"(?=\s+{role-holder-end}|[?.!,]|$)"
# Where a question about what someone does names them: "Hva gjør X …", "Xs rolle", "X sin rolle", "rolla til X",
# "the role of X", "Hvilken rolle har X …", "What role does X play". The genitive ending is the languages' -s.
ROLE_HOLDER = (
    rf"{{what}}\s+{{do-main}}\s+(?P<who>.+?){_UNTIL}",
    r"{what}\s+{do-auxiliary}\s+(?P<who>.+?)\s+do\b",
    r"{what}\s+{modal-asked}\s+(?P<who>.+?)\s+{help-verb}",
    r"\b(?P<who>[\w-]+?)(?:'s|’s|s)\s+{frame-role}",
    r"\b(?P<who>[\w-]+)\s+{possessive}\s+{frame-role}",
    rf"{{frame-role}}\s+{{role-of}}\s+(?P<who>.+?){_UNTIL}",
    rf"{{which}}\s+{{frame-role}}\s+{{role-has}}\s+(?P<who>.+?)(?:\s+{{role-verb-after}})?{_UNTIL}",
    # "Hvilke tjenester har kommunesektoren ansvar for?": what is asked has its own noun, the holder stands before
    # the role
    r"{which}\s+[\w-]+\s+{role-has}\s+(?P<who>.+?)(?:\s+{role-verb-after})?\s+{frame-role}\b",
)


def actors_asked_about(question: str, analyzer: Analyzer, lang: str) -> list[str]:
    """Whom a question about what someone does asks about: the words where such a question names them ("de
    vitenskapelig ansatte" in "Hva gjør de vitenskapelig ansatte ved OsloMet?"), else the names and actors it
    mentions, but not where they act ("i Kompetanseløftet")."""
    grammar = analyzer.vocabulary.grammar
    for construction in ROLE_HOLDER:
        found = grammar.build(construction).search(question)
        if found:
            holder = [w for w in words(found.group("who")) if w not in analyzer.vocabulary.stopwords.get(lang, ())]
            if holder:
                return holder
            if any(grammar.is_a("third-person", w) for w in words(found.group("who"))):
                return []  # "Hva skal den gjøre for barnehagene?": someone named before, not the kindergartens
    tokens = words(question.lower())
    named = set(actors_named(question, analyzer, lang))
    # … not the act a "Hvem …?" question asks who does: "leder" in "Hvem leder det?" is no leader
    act = action_asked(question, grammar, analyzer.vocabulary.stopwords.get(lang, frozenset()))
    return [w for i, w in enumerate(tokens)
            if w in named and w != act and not (i and grammar.is_a("scope-preposition", tokens[i - 1]))]


DEFINITE_PLURAL_ENDINGS = ("ene", "ane")  # "kommunene", "kommunane"


def is_plural_noun(word: str, lang: str) -> bool:
    """Whether a word is plainly a noun's plural: the plural of a noun in -e ("kommuner", "skolar" of "kommune",
    "skule"), a definite plural ("kommunene"), an English plural ("schools"). A noun in -er of one who does something
    ("leder", "lærer", "eier") is one, and so is any plural the dictionary cannot tell ("medlemmer")."""
    word = word.lower()
    base = lemma(word, lang)
    if base == word:
        return False
    if lang == "en":
        return word == base + "s" or word == base + "es"
    return base.endswith("e") and word in (base + "r", base[:-1] + "ar") or word.endswith(DEFINITE_PLURAL_ENDINGS)


def actors_named(text: str, analyzer: Analyzer, lang: str) -> list[str]:
    """The words of a text that name someone who acts: names, and the actors' file's words."""
    names = {n.lower() for n in names_in(text) if not n.isdigit()}
    return [w for w in words(text.lower()) if w in names or is_actor(w, analyzer, lang)]


def names_another(text: str, said: frozenset[str], analyzer: Analyzer, lang: str) -> bool:
    """Whether a sentence names someone or something the question does not (`said`: the question's terms): "UiT"
    answers "Hvilket universitet …?", "UH-miljø" (the question's own "universitet") does not."""
    return any(not name.isdigit() and not set(analyzer.terms(name, lang)) & said
               for line in text.splitlines() for name in names_in(line.removeprefix("• ")))  # a line opens as a sentence


@lru_cache(maxsize=CACHE_SIZE)
def schemes_named(text: str, analyzer: Analyzer, lang: str) -> frozenset[str]:
    """The terms that name the schemes a text names: a compound of a scheme noun (`scheme-noun`:
    "oppfølgingsordningen"; "tilskuddsordningen", whose first part is money, `frame-money`, names the kind of
    scheme), or a phrase of the vocabulary that ends in one ("regional ordning"), by the words before it. Read once
    per sentence, not once per question that weighs it."""
    grammar = analyzer.vocabulary.grammar
    ends = sorted(grammar.classes["scheme-noun"], key=len, reverse=True)
    if not any(end in text.lower() for end in ends):
        return frozenset()  # most sentences name no scheme: no word need be read
    found = set()
    for word in words(text):
        lower = word.lower()
        end = next((e for e in ends if lower.endswith(e) and is_compound_of(lower, e)), "")
        first = lower[:len(lower) - len(end)]
        if end and not any(grammar.is_a("frame-money", part) for part in (first, first.rstrip("s"))):
            found.update(analyzer.terms(word, lang))
    lemmas = analyzer.lemmas(text, lang)
    for phrase in _scheme_phrases(analyzer):
        if any(tuple(lemmas[i:i + len(phrase)]) == phrase for i in range(len(lemmas) - len(phrase) + 1)):
            found.update(analyzer.terms(" ".join(phrase[:-1]), lang))
    return frozenset(found)


@lru_cache(maxsize=4)
def _scheme_phrases(analyzer: Analyzer) -> tuple[tuple[str, ...], ...]:
    """The Norwegian phrases of the vocabulary that name a scheme ("regional ordning", "desentralisert ordning"), as
    lemmas: two words or more, the last a scheme noun."""
    vocabulary = analyzer.vocabulary
    terms = {t for _, group in vocabulary.synonyms for t in group} | {nb for _, nb in vocabulary.english}
    return tuple(sorted({tuple(analyzer.lemmas(t, "nb")) for t in terms if len(t.split()) > 1
                         and vocabulary.grammar.is_a("scheme-noun", t.split()[-1])}))


COUNTERPART_WITHIN = 3  # "med universitetet", "med et lokalt universitet": the words after the preposition


def names_counterpart(text: str, preposition: str, said: frozenset[str], analyzer: Analyzer, lang: str) -> bool:
    """Whether a sentence names, just after the preposition a "who" question leaves at its end (`preposition`, a
    lemma: "Hvem skal kommunene samarbeide med?"), one who acts that the question does not say (`said`: its terms):
    "… i et forpliktende samarbeid med universitet eller høgskole"."""
    tokens = words(text)
    actors = _actor_lemmas(analyzer)
    for i, token in enumerate(tokens):
        if analyzer.canonical(token, lang) != preposition:
            continue
        if any(analyzer.canonical(w, lang) in actors and not set(analyzer.terms(w, lang)) & said
               for w in tokens[i + 1 : i + 1 + COUNTERPART_WITHIN]):
            return True
    return False


def says_with_preposition(text: str, verb_terms: frozenset[str], preposition: str, analyzer: Analyzer,
                          lang: str) -> bool:
    """Whether a sentence says the verb a question leaves its preposition after right before that preposition
    (`preposition`, a lemma): "Hva kan midlene brukes til?" is answered by what follows "brukes til", not by a
    sentence that says only that they are "fordelt og brukt"."""
    tokens = words(text)
    return any(analyzer.canonical(after, lang) == preposition and not verb_terms.isdisjoint(analyzer.terms(word, lang))
               for word, after in zip(tokens, tokens[1:]))


def answer_features(text: str, analyzer: Analyzer, lang: str, asked: set[str] = frozenset(),
                    counted: set[str] = frozenset()) -> set[str]:
    """What kinds of answer a passage gives; "who" only for an actor the question does not name already, and
    "count" only for a number of what the question counts (`counted`: "de tre siste årene" is no answer to "hvor
    mange kommuner")."""
    found, actors = analyzer.passage_features(text, lang)
    out = set(found) | {"who"} if actors - set(asked) or analyzer.acting(text, lang) - set(asked) else set(found)
    if counted:  # a number of what is counted, or all or none of it (which the passage kinds do not read as a count)
        out.discard("count")
        if counts(text, counted, analyzer, lang):
            out.add("count")
    return out


def acting(text: str, analyzer: Analyzer, lang: str) -> frozenset[str]:
    """The actors a sentence puts in its subject ("Det er statsforvalteren som …", "Samarbeidsforum behandler …"),
    or names as the agent of a passive ("Midlene utbetales av statsforvalteren")."""
    return analyzer.acting(text, lang)


def _acting(text: str, analyzer: Analyzer, lang: str) -> frozenset[str]:
    grammar = analyzer.vocabulary.grammar
    doers = subject_words(text, grammar) + passive_agents(text, grammar)
    return frozenset({analyzer.canonical(w, lang) for w in words(" ".join(doers))} & _actor_lemmas(analyzer)) | (
        cleft_doers(text, analyzer, lang))


CLEFT_FOCUS_WORDS = 6  # "Det er seksjon Kvalitet og utvikling som …": a cleft's focus is a short noun phrase


def cleft_doers(text: str, analyzer: Analyzer, lang: str) -> frozenset[str]:
    """The lemmas of the content words a cleft puts in focus before what they do ("Det er seksjon Kvalitet og
    utvikling som fatter vedtak", "It is the head teacher who decides"), known actors or not."""
    grammar = analyzer.vocabulary.grammar
    found = grammar.build(rf"^{{expletive}}\s+{{copula}}\s+(?P<focus>(?:\S+\s+){{0,{CLEFT_FOCUS_WORDS - 1}}}?\S+)"
                          r"\s+{cleft-relative}\b").match(text.removeprefix("• "))
    if not found:
        return frozenset()
    skipped = analyzer.vocabulary.stopwords[normalise_language(lang)] | analyzer.vocabulary.stopwords["nn"]
    return frozenset(analyzer.canonical(w, lang) for w in words(found.group("focus"))
                     if w not in skipped and not grammar.is_a("sentence-adverb", w))


S_PASSIVE = ("es", "ast")  # "utbetales", "fordelast": the s-passive of bokmål and nynorsk
S_PASSIVE_MIN = 5  # letters of an s-passive verb ("gis" is one, but so short a word ending so is seldom a verb)
PASSIVE_WITHIN = 3  # "blir tildelt av", "is decided by": the participle right after its auxiliary
# a past participle's ending: "fordelt", "behandlet", "vedtatt", "vedteke", "decided", "given" (not "en del av")
PARTICIPLE = ("t", "d", "a", "e", "n")
AGENT_WORDS = 4  # "av statsforvalteren i fylket", "av universitet og høgskole": the agent is a short phrase


PASSIVE_INFINITIVE_WITHIN = 3  # "er pålagt å utarbeide": the infinitive that makes a passive a duty comes soon
INFINITIVE_MARKERS = frozenset({"å", "to"})
PASSIVE_CLAUSE = 8  # "er kjent for pedagogisk-psykologisk tjeneste og henvist": the auxiliary a participle shares


def says_act_without_doer(text: str, act: str, analyzer: Analyzer, lang: str, act_language: str = "") -> bool:
    """Whether a text (in `lang`) says an act (asked in `act_language`: "tilvise" is "henvise") only in the passive
    and names no one who does it ("… er kjent for PP-tjenesten og henvist på rett måte"): that it is done, not who
    does it ("Midlene fordeles av statsforvalteren" names the doer, "Foreldre kan henvise …" and "har henvist" are
    active)."""
    grammar = analyzer.vocabulary.grammar
    tokens, said, lemma = _act_said(text, act, analyzer, lang, act_language)
    return bool(said) and all(_is_passive_at(tokens, i, lemma, grammar) and not any(
        grammar.is_a("agent-preposition", t) for t in tokens[i + 1 : i + 3]) for i in said)


def says_act_by_agent(text: str, act: str, analyzer: Analyzer, lang: str, act_language: str = "") -> bool:
    """Whether a text says an act in the passive with its agent right after it ("En sakkyndig vurdering bestilles av
    det forvaltningsorganet …"): it names who does the act, whether or not the doer is a known actor."""
    grammar = analyzer.vocabulary.grammar
    if not any(grammar.is_a("agent-preposition", w.lower()) for w in words(text)):
        return False  # (most sentences name no agent: their words are not read for the act)
    tokens, said, lemma = _act_said(text, act, analyzer, lang, act_language)
    return any(_is_passive_at(tokens, i, lemma, grammar) and any(
        grammar.is_a("agent-preposition", t) for t in tokens[i + 1 : i + 3]) for i in said)


def _act_said(text: str, act: str, analyzer: Analyzer, lang: str,
              act_language: str) -> tuple[list[str], list[int], str]:
    """A text's words, where among them it says the act, and the act's lemma: by its lemma, or by its stem where the
    dictionary knows one form and not the other ("fatter" / "fattes")."""
    tokens = [w.strip(",.:;()«»\"") for w in text.removeprefix("• ").split()]
    lemma = analyzer.canonical(act.lower(), act_language or lang)
    stemmed = stem(act.lower(), act_language or lang)
    said = [i for i, token in enumerate(tokens) if token and (
        analyzer.canonical(token.lower(), lang) == lemma or stem(token.lower(), lang) == stemmed)]
    return tokens, said, lemma


WEAK_PARTICIPLE = ("t", "d")  # "henvist", "fordelt", "behandlet", "meldt", "tildelt" (not "søkte", an active past)


def _is_passive_at(tokens: list[str], index: int, lemma: str, grammar: Grammar) -> bool:
    """Whether the verb at `index` is a passive: an s-passive, or a participle whose nearest auxiliary before it is a
    passive one ("er … henvist"), not "har" ("har henvist"); the infinitive ("som kan søke") is active."""
    verb = tokens[index].lower()
    if verb == lemma:
        return False
    if verb.endswith(S_PASSIVE) and len(verb) >= S_PASSIVE_MIN:
        return True
    if not verb.endswith(WEAK_PARTICIPLE):
        return False
    for token in reversed(tokens[max(0, index - PASSIVE_CLAUSE) : index]):
        if grammar.is_a("perfect-auxiliary", token.lower()):
            return False
        if grammar.is_a("passive-auxiliary", token.lower()):
            return True
    return False


def acted_on(text: str, analyzer: Analyzer, lang: str) -> bool:
    """Whether a sentence's first finite verb is a passive with no infinitive after it: "PP-tjenesten er regulert i
    opplæringsloven" and "Statped ble opprettet i 2013" say what is done to their subject, not what it does ("PPT er
    pålagt å …" says what PPT must do). A participle is a verb's form, not the verb ("regulert" of "regulere"), so
    "Statped er godt i gang" is no passive."""
    grammar = analyzer.vocabulary.grammar
    tokens = [w.strip(",.:;()«»\"").lower() for w in text.removeprefix("• ").split()]

    def verb_form(token: str, endings: tuple[str, ...]) -> bool:
        lemma = analyzer.canonical(token, lang)
        return token.endswith(endings) and lemma != token and lemma.endswith("e")

    for i, token in enumerate(tokens[1:INVERSION_WITHIN], start=1):
        after = [t for t in tokens[i + 1 : i + 1 + PASSIVE_INFINITIVE_WITHIN] if not grammar.is_a("sentence-adverb", t)]
        if grammar.is_a("passive-auxiliary", token):
            return bool(after) and verb_form(after[0], WEAK_PARTICIPLE) and not INFINITIVE_MARKERS & set(after)
        if len(token) >= S_PASSIVE_MIN and verb_form(token, S_PASSIVE):
            return not INFINITIVE_MARKERS & set(after)
        if grammar.is_a("finite-verb", token):
            return False
    return False


def passive_agents(text: str, grammar: Grammar) -> list[str]:
    """The words of a passive's agent: what follows "av" (or "by") right after an s-passive verb ("behandles av
    statsforvalteren") or a participle after a passive auxiliary ("blir fordelt av samarbeidsforumet")."""
    tokens = [w.strip(",.:;()") for w in text.removeprefix("• ").split()]
    agents: list[str] = []
    for i, token in enumerate(tokens[1:-1], start=1):
        if not grammar.is_a("agent-preposition", token):
            continue
        verb = tokens[i - 1].lower()
        s_passive = verb.endswith(S_PASSIVE) and len(verb) >= S_PASSIVE_MIN
        participle = verb.endswith(PARTICIPLE) and any(
            grammar.is_a("passive-auxiliary", t) for t in tokens[max(0, i - PASSIVE_WITHIN) : i - 1])
        if s_passive or participle:
            agents += tokens[i + 1 : i + 1 + AGENT_WORDS]
    return agents


def is_actor(word: str, analyzer: Analyzer, lang: str) -> bool:
    """Whether a word names one who acts in the domain (the actors file: "PPT", "kommunen", "Statped")."""
    return analyzer.canonical(word, lang) in _actor_lemmas(analyzer)


def _actor_lemmas(analyzer: Analyzer) -> frozenset[str]:
    """The lemmas of the actors' words, as a Norwegian page and as an English one writes them ("head teacher");
    read once per analyzer."""
    if analyzer._actor_lemmas is None:
        analyzer._actor_lemmas = frozenset(analyzer.canonical(w, lang) for actor in analyzer.vocabulary.actors
                                           for w in words(actor) for lang in ("nb", "en"))
    return analyzer._actor_lemmas


# --- dates a page states about itself ---
NUMERIC_DATE = r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})"
WRITTEN_DATE = r"(\d{1,2})\.?\s*({month}|{month-short})\.?\s+(\d{4})"
ISO_DATE = r"\d{4}-\d\d-\d\d"
# "Oppdatert 08.04.2024", "Publisert: 8. april 2024", "Sist endret 2024-04-08", or an ISO date on a line of its own;
# a line may give two, one after the other ("Publisert 10.01.2023, sist endret 09.01.2023")
ANY_DATE = rf"{NUMERIC_DATE}|{WRITTEN_DATE}|{ISO_DATE}"
HOUR = r"(?:\s+(?:{hour-of-day})?\s*\d{1,2}[:.]\d{2})?"  # "… 11.12.2019 kl 14:17"
STAMP = rf"{{stated-date}}[:\s]*(?:{ANY_DATE}){HOUR}"
STAMP_SEPARATOR = r"\s*[,;|·–-]\s*"
STATED_DATE = (rf"(?:^\s*|(?<=\d){STAMP_SEPARATOR}){{stated-date}}[:\s]*(?P<date>{ANY_DATE})"
               rf"|^\s*(?P<bare>{ISO_DATE})\s*$")
STAMP_LINE = rf"\s*{STAMP}(?:{STAMP_SEPARATOR}{STAMP})*[.\s]*|\s*{ISO_DATE}\s*"


# "Av: Kari Nordmann, rådgiver", or without the colon a name alone: "Av Kari Nordmann" (two to four capitalised words)
NAME_WORD = r"(?-i:[A-ZÆØÅ])[\w'’-]+"
PERSON = rf"{NAME_WORD}(?:\s+{NAME_WORD}){{1,3}}"  # "Anne-Lise Berg": two to four capitalised words
BYLINE = (rf"\s*{{byline}}\s*:\s*[^.!?:]{{1,80}}|\s*{{byline}}\s+{PERSON}\s*"
          rf"|\s*{PERSON}(?:\s*,\s*{PERSON})*\s*,?\s+(?:og|and|&)\s+{PERSON}\s*")


def is_byline(line: str) -> bool:
    """ "Av: Kari Nordmann, rådgiver": a line that names who wrote the page and heads no section; or a line of
    nothing but people's names, as a report's authors stand under its title ("Kari Nordmann, Per Hansen og Ola
    Dahl")."""
    return bool(text_conventions().grammar.build(BYLINE).fullmatch(line.strip()))


DATE_LINE = rf"(?:{ANY_DATE}|(?:{{month}}|{{month-short}})\.?\s+\d{{4}})"  # "17 Mar 2021", "JUNE 2021", "15.01.2023"


def is_date_line(line: str) -> bool:
    """Whether a line is a date and nothing else ("17 Mar 2021", "June 2021", "15.01.2023")."""
    return bool(text_conventions().grammar.build(DATE_LINE, re.IGNORECASE).fullmatch(line.strip()))


def is_date_stamp(line: str) -> bool:
    """ "Oppdatert 12.03.2024": a line that dates the page and heads no section."""
    return bool(text_conventions().grammar.build(STAMP_LINE, re.IGNORECASE).fullmatch(line.strip()))


def iso_date(text: str) -> str:
    """"08.04.2024", "8. april 2024" or "2024-04-08" as "2024-04-08"; "" when it is no valid date."""
    import datetime

    conventions = text_conventions()
    text = text.strip().lower()
    try:
        if re.fullmatch(ISO_DATE, text):
            return datetime.date.fromisoformat(text).isoformat()
        match = re.fullmatch(NUMERIC_DATE, text)
        if match:
            return datetime.date(int(match[3]), int(match[2]), int(match[1])).isoformat()
        match = conventions.grammar.build(WRITTEN_DATE).fullmatch(text)
        if match:
            return datetime.date(int(match[3]), conventions.months[match[2].lower()], int(match[1])).isoformat()
    except ValueError:
        return ""
    return ""


def stated_date(text: str, head_chars: int = 3000) -> str:
    """The newest date a page states about itself near its top ("Oppdatert 08.04.2024", "Publisert …")."""
    stamp = text_conventions().grammar.build(STATED_DATE, re.IGNORECASE | re.MULTILINE)
    dates = [iso_date(m.group("date") or m.group("bare")) for m in stamp.finditer(text[:head_chars])]
    return max((d for d in dates if d), default="")

"""From a question (and the conversation) to weighted concepts that retrieval and composition score.

A concept is one thing the user asked about, with its alternative phrasings: the words as written,
the scheme's synonyms and abbreviations, the bokmål for a nynorsk word, the Norwegian for an English
term. A document matches a concept through any one alternative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.lexical import Analyzer, content_words, words

# The scheme's synonyms and abbreviations, in both directions where both are used.
SYNONYMS: dict[str, list[str]] = {
    "ppt": ["pp-tjenesten", "pedagogisk-psykologisk tjeneste"],
    "pp-tjenesten": ["ppt", "pedagogisk-psykologisk tjeneste"],
    "pp-tjeneste": ["ppt", "pp-tjenesten"],
    "pedagogisk-psykologisk": ["ppt", "pp-tjenesten"],
    "uh": ["universitet", "høgskole", "uh-institusjoner"],
    "uh-sektoren": ["universitet", "høgskole"],
    "universitet": ["uh", "høgskole"],
    "universiteter": ["uh", "høgskoler"],
    "høyskole": ["høgskole", "universitet"],
    "høgskole": ["høyskole", "universitet"],
    "friskole": ["friskoler", "private skoler"],
    "friskoler": ["private skoler"],
    "fylkesmann": ["statsforvalter"],
    "fylkesmannen": ["statsforvalteren"],
    "statsforvalter": ["statsforvalteren", "statsforvaltere"],
    "tilskuddsordningen": ["tilskudd", "tilskuddsmidlene"],
    "midler": ["tilskudd", "tilskuddsmidlene", "midlene"],
    "penger": ["midler", "tilskudd", "mill kroner"],
    "pengene": ["midlene", "tilskuddsmidlene"],
    "kostnad": ["midler", "tilskudd"],
    "søke": ["søke", "behovsmelding", "melde behov"],
    "søknad": ["søknadsprosessen", "behovsmelding"],
    "behov": ["behovsmelding", "kompetansebehov"],
    "barnehageeier": ["eier", "barnehage- og skoleeier"],
    "skoleeier": ["eier", "skoleeiere"],
    "statped": ["statlige spesialpedagogiske støttetjenester"],
    "budsjett": ["mill kroner", "beløp"],
    "beløp": ["mill kroner", "millioner kroner"],
    "finansiering": ["tilskudd", "mill kroner"],
    "resultater": ["funn", "hovedfunn", "evalueringen viser"],
    "funn": ["hovedfunn", "evalueringen viser"],
    "evalueringen": ["evaluering", "sluttrapport"],
    "delta": ["delta", "deltar", "deltakelse"],
    "lykkes": ["lykkes", "fungerer best"],
    "samarbeidsforum": ["samarbeidsforumet", "samarbeidsfora"],
    "koordinator": ["koordinator"],
    "videregående": ["videregående opplæring"],
}

# Nynorsk words whose bokmål form the documents use (the Snowball stemmer has no nynorsk).
NYNORSK: dict[str, str] = {
    "kven": "hvem", "kva": "hva", "korleis": "hvordan", "kvifor": "hvorfor", "kor": "hvor", "kvar": "hvor",
    "tilskot": "tilskudd", "tilskotet": "tilskuddet", "tilskotsordninga": "tilskuddsordningen",
    "eigar": "eier", "eigarar": "eiere", "eigaren": "eieren", "eigarane": "eierne",
    "skule": "skole", "skular": "skoler", "skulen": "skolen", "skulane": "skolene", "friskular": "friskoler",
    "barnehagar": "barnehager", "kommunar": "kommuner", "fylkeskommunar": "fylkeskommuner",
    "midlar": "midler", "midla": "midlene", "pengar": "penger", "tenesta": "tjenesten", "teneste": "tjeneste",
    "tenester": "tjenester", "pp-tenesta": "pp-tjenesten", "statsforvaltaren": "statsforvalteren",
    "høgskule": "høgskole", "høgskular": "høgskoler", "ikkje": "ikke", "deltek": "deltar", "ta": "ta",
    "melde": "melde", "søkje": "søke", "brukast": "brukes", "nytta": "brukes", "tiltaka": "tiltakene",
    "behova": "behovene", "elevar": "elever", "lærarar": "lærere", "rolla": "rollen", "oppgåver": "oppgaver",
    "oppgåvene": "oppgavene", "korfor": "hvorfor", "samarbeidsforumet": "samarbeidsforumet", "éin": "en",
    "fylket": "fylket", "prioriterer": "prioriterer", "evalueringa": "evalueringen", "fann": "fant",
    "vart": "ble", "gjer": "gjør", "gjere": "gjøre", "utvikle": "utvikle", "heile": "hele", "hjelpa": "hjelpen",
}

# English terms about the scheme, with the Norwegian the documents use.
ENGLISH: dict[str, str] = {
    "county governor": "statsforvalter", "county governors": "statsforvaltere",
    "educational-psychological service": "pp-tjenesten", "educational psychological service": "pp-tjenesten",
    "special education": "spesialpedagogikk", "special needs education": "spesialpedagogikk",
    "inclusive practice": "inkluderende praksis", "university college": "høgskole",
    "university colleges": "høgskoler", "collaboration forum": "samarbeidsforum",
    "cooperation forum": "samarbeidsforum", "target group": "målgruppen", "main elements": "hovedelementer",
    "take part": "delta", "pay for": "brukes til", "used for": "brukes til", "spent on": "brukes til",
    "further education": "videreutdanning", "continuing education": "etterutdanning",
    "report the need": "melde behov", "report needs": "melde behov", "needs": "behov", "need": "behov",
    "competence": "kompetanse", "competence development": "kompetanseutvikling", "grant": "tilskudd",
    "grants": "tilskudd", "funding": "tilskudd midler", "funds": "midler", "money": "midler",
    "owner": "eier", "owners": "eiere", "kindergarten": "barnehage", "kindergartens": "barnehager",
    "school": "skole", "schools": "skoler", "private": "private", "municipality": "kommune",
    "municipalities": "kommuner", "county": "fylke", "counties": "fylker", "partnership": "partnerskap",
    "partnerships": "partnerskapene", "university": "universitet", "universities": "universiteter",
    "evaluation": "evaluering", "findings": "funn hovedfunn", "finding": "funn", "coordinator": "koordinator",
    "teachers": "lærere", "teacher": "lærer", "conference": "konferanse", "conferences": "konferanser",
    "goal": "målet", "goals": "målet", "aim": "målet", "role": "rolle", "roles": "roller", "who": "hvem",
    "what": "hva", "how": "hvordan", "when": "når", "apply": "søke", "application": "søknadsprosessen",
    "participate": "delta", "administers": "administrerer", "administer": "administrerer",
    "prioritise": "prioritere", "prioritize": "prioritere", "priorities": "prioritering", "phases": "fasen",
    "phase": "fasen", "succeed": "lykkes", "success": "lykkes", "themes": "tema", "topics": "tema",
    "started": "oppstart", "start": "oppstart", "year": "år", "annual": "årlig", "annually": "årlig",
    "measures": "tiltak", "measure": "tiltak", "permanent": "varig ordning", "scheme": "ordningen",
    "practice": "praksis", "change": "endringer", "changes": "endringer", "leadership": "ledelsen",
    "management": "ledelsen", "children": "barn", "pupils": "elever", "students": "elever",
    "kindergarten and school owners": "barnehage- og skoleeier", "capacity": "kapasitet",
    "unclear": "uklare", "data": "datagrunnlaget", "interviews": "intervjuer", "surveys": "spørreundersøkelser",
    "offer": "tilbud", "help": "hjelpen", "contribute": "bidra", "networks": "nettverk", "network": "nettverk",
    "inclusive": "inkluderende", "planning": "planlegging", "assessment": "vurdering", "costs": "midler",
    "deepening": "fordypning", "research-based": "forskningsbaserte", "long-term": "langsiktig",
}

FOLLOW_UP_OPENERS = (
    "og ", "men ", "hva med", "kva med", "og hva", "and ", "what about", "how about", "også", "gjelder det",
    "hvem av", "hva da", "hvorfor det", "når da", "der", "dei ", "de ", "det ", "den ", "denne", "dette",
)
NEAR_PREFIX = 6
PRONOUNS = {"der", "det", "den", "de", "dei", "dem", "dette", "disse", "denne", "they", "it", "them", "there", "that"}


@dataclass
class Concept:
    """One thing asked about; a passage matches it through any alternative's terms."""

    label: str
    alternatives: list[list[str]]
    weight: float = 1.0


@dataclass
class Query:
    question: str
    normalised: str
    concepts: list[Concept] = field(default_factory=list)
    follow_up: bool = False
    previous_answer: str = ""


def normalise(question: str) -> str:
    """Nynorsk and English phrases replaced by the bokmål the documents use; the rest kept as written."""
    text = question.lower()
    for phrase, bokmål in sorted(ENGLISH.items(), key=lambda item: -len(item[0])):
        if " " in phrase or "-" in phrase:
            text = re.sub(rf"\b{re.escape(phrase)}\b", bokmål, text)
    tokens = re.split(r"(\W+)", text)
    return "".join(NYNORSK.get(t, ENGLISH.get(t, t)) for t in tokens)


def _english_stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN

    english = {"does", "do", "can", "may", "much", "many", "each", "every", "get", "s"}
    # question verbs that carry no topic of their own
    norwegian = {"gjør", "gjøre", "skjer", "betyr", "handler", "egentlig", "går", "står", "finnes", "ut", "få"}
    return frozenset(STOPWORDS_EN) | english | norwegian


ENGLISH_STOPWORDS = _english_stopwords()


def concepts_for(text: str, analyzer: Analyzer, weight: float = 1.0, vocabulary: frozenset[str] = frozenset()) -> list[Concept]:
    out: list[Concept] = []
    seen: set[str] = set()
    lowered = text.lower()
    for phrase, alternatives in SYNONYMS.items():
        if "-" in phrase and re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", lowered):
            out.append(_concept(phrase, alternatives, analyzer, weight))
            seen.update(content_words(phrase))
    for word in content_words(text):
        if word in seen or word in ENGLISH_STOPWORDS:
            continue
        seen.add(word)
        concept = _concept(word, SYNONYMS.get(word, []), analyzer, weight)
        concept.alternatives += _near_terms(concept, vocabulary)
        out.append(concept)
    return [c for c in out if any(c.alternatives)]


def _near_terms(concept: Concept, vocabulary: frozenset[str]) -> list[list[str]]:
    """For a word no document uses, the indexed terms that share a long prefix with it
    ("koordinerer" -> "koordinator"): a cheap stand-in for the morphology Snowball misses."""
    if not vocabulary or any(t in vocabulary for alt in concept.alternatives for t in alt):
        return []
    stem_ = concept.alternatives[0][0]
    size = max(NEAR_PREFIX, len(stem_) - 2)
    if len(stem_) < NEAR_PREFIX:
        return []
    return [[term] for term in vocabulary if term[:size] == stem_[:size]][:5]


def _concept(label: str, synonyms: list[str], analyzer: Analyzer, weight: float) -> Concept:
    alternatives = [analyzer.terms(label)] + [analyzer.terms(s) for s in synonyms]
    return Concept(label, [a for a in alternatives if a], weight)


def is_follow_up(question: str) -> bool:
    lowered = question.strip().lower()
    if lowered.startswith(FOLLOW_UP_OPENERS):
        return True
    tokens = words(lowered)
    return len(content_words(lowered)) <= 2 or (len(tokens) <= 8 and bool(PRONOUNS & set(tokens)))


def build_query(question: str, history: list[dict], analyzer: Analyzer, vocabulary: frozenset[str] = frozenset()) -> Query:
    """The question's concepts; an elliptical follow-up also gets the conversation's, at lower weight."""
    normalised = normalise(question)
    query = Query(question, normalised, concepts_for(normalised, analyzer, vocabulary=vocabulary))
    previous_user = [t["content"] for t in history if t.get("role") == "user"]
    previous_answer = next((t["content"] for t in reversed(history) if t.get("role") == "assistant"), "")
    if previous_user and is_follow_up(question):
        query.follow_up = True
        query.previous_answer = previous_answer
        own = {c.label for c in query.concepts}
        context = normalise(previous_user[-1])
        extra = [c for c in concepts_for(context, analyzer, weight=0.6, vocabulary=vocabulary) if c.label not in own]
        answer_terms = re.sub(r"\[\d+\]", " ", previous_answer)
        extra += [
            c for c in concepts_for(answer_terms, analyzer, weight=0.15) if c.label not in own | {e.label for e in extra}
        ]
        query.concepts += extra
        query.normalised = f"{normalised} {context}"
    return query

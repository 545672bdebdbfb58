"""The default answerer: choose source sentences that answer the question, in reading order, each cited.

No language model: every statement is a verbatim span of a document, so every citation is checkable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answer import Answer, Citation
from assistant.query import Concept, Query
from assistant.retrieve import Hit, Retriever
from ingest.clean import LEAD_IN_WORDS
from ingest.sentences import sentence_spans

# A sentence that opens like this leans on the one before it ("Dette innebærer at …").
LEANS_BACK = re.compile(r"^(Dette|Disse|Denne|Dermed|Derfor|Slik|Samtidig|I tillegg|De|Den|Her|Da|Også|Men|Der)\b")
# A question that asks for a date or year (not "Når fungerer …", which asks for conditions).
ASKS_WHEN = re.compile(
    r"\b(hvilket år|hvilken dato|kva tid|what year|what date|frist\w*|deadline|dato)\b"
    r"|\bnår (er|var|blir|starter|startet|begynner|begynte|kommer|åpner|stenger)\b|\bwhen (is|was|does|did|will)\b",
    re.I,
)
ASKS_DAY = re.compile(r"\b(frist\w*|søknadsfrist\w*|dato|deadline|what date)\b", re.I)
ASKS_AMOUNT = re.compile(
    r"\b(hvor mye|hvor mange|kor mykje|kor mange|how much|how many|beløp\w*|budsjett\w*|koster|kostnad\w*|pris"
    r"|cost\w*|price)\b", re.I
)
ASKS_CONTACT = re.compile(r"\b(telefon\w*|e-post\w*|epost\w*|adresse\w*|kontaktinfo\w*|phone|e-?mail)\b", re.I)
DAY_DATE = re.compile(
    r"\b\d{1,2}\.\s*(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\b"
    r"|\b\d{1,2}\.\d{1,2}\.(\d{2,4})?", re.I
)
CONTACT = re.compile(r"\d{2} ?\d{2} ?\d{2} ?\d{2}|@")
TIME_EXPRESSION = re.compile(
    r"\b(19|20)\d\d\b|\b(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"
    r"|våren|høsten|vinteren|sommeren)\b", re.I
)
NUMBER = re.compile(r"\d|\b(to|tre|fire|fem|seks|sju|åtte|tolv|tretten|hundre|tusen)\b", re.I)
HEADING_CREDIT = 0.8  # a concept named by the passage's heading is mostly answered by it
UNKNOWN_WORD_IDF = 1.0
MMR_LAMBDA = 0.75
RELATIVE_FLOOR = 0.6
CANDIDATE_CHUNKS = 5


@dataclass(eq=False)
class Unit:
    """A sentence, or a lead-in with the list it introduces, with how well it answers the question."""

    hit: Hit
    rank: int
    start: int
    end: int
    text: str
    terms: set[str]
    coverage: float = 0.0
    covered: set[str] = field(default_factory=set)
    relevance: float = 0.0
    antecedent: Unit | None = None

    @property
    def words(self) -> int:
        return len(self.text.split())


def units_of(hit: Hit, rank: int, retriever: Retriever) -> list[Unit]:
    text = retriever.document_text(hit.chunk.document_id)
    spans = sentence_spans(text[hit.chunk.start : hit.chunk.end], hit.chunk.start)
    groups: list[list[tuple[int, int]]] = []
    in_list = False
    for start, end in spans:
        sentence = text[start:end]
        previous = text[groups[-1][0][0] : groups[-1][-1][1]] if groups else ""
        opens_list = previous.endswith(":") or (
            "\n" not in previous and bool(previous.split()) and previous.split()[-1].lower() in LEAD_IN_WORDS
        )
        if groups and sentence.startswith("• ") and (in_list or opens_list):
            groups[-1].append((start, end))
            in_list = True
        else:
            groups.append([(start, end)])
            in_list = False
    units: list[Unit] = []
    for group in groups:
        start, end = group[0][0], group[-1][1]
        if len(group) == 1 and text.startswith("• ", start):
            start += 2  # a lone bullet is quoted without its bullet
        terms = set(retriever.analyzer.terms(text[start:end], hit.document.meta.language))
        unit = Unit(hit, rank, start, end, text[start:end], terms)
        if units and LEANS_BACK.match(unit.text):
            unit.antecedent = units[-1]
        units.append(unit)
    return units


def concept_idf(concept: Concept, retriever: Retriever) -> float:
    """Rare words weigh more; a word no document uses weighs little (it is often a paraphrase)."""
    known = [retriever.idf[t] for alt in concept.alternatives for t in alt if t in retriever.idf]
    return max(known) if known else UNKNOWN_WORD_IDF


def score(unit: Unit, concepts: list[Concept], retriever: Retriever) -> None:
    heading_terms = set(retriever.analyzer.terms(" ".join(unit.hit.chunk.heading_path), unit.hit.document.meta.language))
    total = gained = 0.0
    for concept in concepts:
        weight = concept.weight * concept_idf(concept, retriever)
        total += weight
        match = max(len(set(alt) & unit.terms) / len(set(alt)) for alt in concept.alternatives)
        in_heading = max(len(set(alt) & heading_terms) / len(set(alt)) for alt in concept.alternatives)
        credit = max(match, HEADING_CREDIT * in_heading)
        gained += weight * credit
        if credit >= 0.5 and concept.weight >= 0.5:
            unit.covered.add(concept.label)
    unit.coverage = gained / total if total else 0.0
    unit.relevance = unit.coverage * (1 + 0.25 / (1 + unit.rank))


def similarity(a: Unit, b: Unit) -> float:
    return len(a.terms & b.terms) / max(1, len(a.terms | b.terms))


class ExtractiveComposer:
    def __init__(self, retriever: Retriever, max_sentences: int, max_words: int, min_coverage: float):
        self.retriever = retriever
        self.max_sentences = max_sentences
        self.max_words = max_words
        self.min_coverage = min_coverage

    def candidates(self, query: Query, hits: list[Hit]) -> list[Unit]:
        units = [u for rank, hit in enumerate(hits[:CANDIDATE_CHUNKS]) for u in units_of(hit, rank, self.retriever)]
        own = {c.label for c in query.concepts if c.weight >= 1.0}
        for unit in units:
            score(unit, query.concepts, self.retriever)
        if query.follow_up:
            # a follow-up asks for something new: it must touch the new question, not repeat the last answer
            units = [u for u in units if u.text not in query.previous_answer and (not own or u.covered & own)]
        return units

    def select(self, query: Query, units: list[Unit]) -> list[Unit]:
        """MMR over units: relevant, not repeating each other, stopping when the question is covered."""
        if not units:
            return []
        best = max(u.relevance for u in units)
        wanted = {c.label for c in query.concepts if c.weight >= 1.0}
        selected: list[Unit] = []
        pool = [u for u in units if u.relevance >= RELATIVE_FLOOR * best]
        while pool and len(selected) < self.max_sentences:
            def mmr(u: Unit) -> float:
                return MMR_LAMBDA * u.relevance - (1 - MMR_LAMBDA) * max((similarity(u, s) for s in selected), default=0)

            unit = max(pool, key=mmr)
            pool.remove(unit)
            covered = set().union(*(s.covered for s in selected)) if selected else set()
            if selected and not (unit.covered - covered) and unit.relevance < 0.9 * best:
                continue  # adds nothing the answer does not already say
            if selected and max(similarity(unit, s) for s in selected) > 0.6:
                continue
            group = [unit]
            if unit.antecedent and unit.antecedent not in selected:
                group.insert(0, unit.antecedent)
            words = sum(u.words for u in selected + group)
            if selected and words > self.max_words:
                continue
            selected += group
            if wanted and wanted <= covered | unit.covered:
                break  # the question is answered
        return selected

    def abstains(self, query: Query, selected: list[Unit]) -> bool:
        if not selected or max(u.coverage for u in selected) < self.min_coverage:
            return True
        answer_text = " ".join(u.text for u in selected)
        if ASKS_WHEN.search(query.question) and not TIME_EXPRESSION.search(answer_text):
            return True
        if ASKS_DAY.search(query.question) and not DAY_DATE.search(answer_text):
            return True
        if ASKS_AMOUNT.search(query.question) and not NUMBER.search(answer_text):
            return True
        if ASKS_CONTACT.search(query.question) and not CONTACT.search(answer_text):
            return True
        return bool(unknown_names(query.question, self.retriever))

    def compose(self, query: Query, hits: list[Hit]) -> Answer | None:
        """The answer, or None when the evidence is too weak to answer."""
        units = self.candidates(query, hits)
        selected = self.select(query, units)
        if self.abstains(query, selected):
            return None
        return render(reading_order(selected))


def unknown_names(question: str, retriever: Retriever) -> list[str]:
    """Names and years the question mentions that no document contains: the documents cannot answer about them."""
    names = []
    for match in re.finditer(r"(?<![.?!]\s)(?<!^)\b([A-ZÆØÅ][\wæøå-]+|(19|20)\d\d)\b", question.strip()):
        word = match.group(1)
        terms = retriever.analyzer.terms(word)
        if terms and not any(retriever.known(t) for t in terms):
            names.append(word)
    return names


def reading_order(units: list[Unit]) -> list[Unit]:
    first_seen: dict[str, int] = {}
    for index, unit in enumerate(units):
        first_seen.setdefault(unit.hit.chunk.document_id, index)
    return sorted(dict.fromkeys(units), key=lambda u: (first_seen[u.hit.chunk.document_id], u.start))


def citation_for(n: int, unit: Unit) -> Citation:
    meta = unit.hit.document.meta
    chunk = unit.hit.chunk
    return Citation(
        n=n, document_id=chunk.document_id, title=meta.title, publisher=meta.publisher, kind=meta.kind,
        url=meta.url, date=meta.date, section=" > ".join(chunk.heading_path[1:]) or chunk.section,
        heading_path=chunk.heading_path, page=chunk.page, quote=unit.text, start=unit.start, end=unit.end,
    )


def render(units: list[Unit]) -> Answer:
    parts = [f"{unit.text} [{n}]" for n, unit in enumerate(units, start=1)]
    separator = "\n" if any("\n" in unit.text for unit in units) else " "
    return Answer(
        answer=separator.join(parts),
        abstained=False,
        citations=[citation_for(n, unit) for n, unit in enumerate(units, start=1)],
    )

"""The default answerer: choose source sentences that answer the question, in reading order, each cited.

No language model: every statement is a verbatim span of a document, so every citation is checkable.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache, partial

from assistant.answer import Answer, Citation
from assistant.query import (LASTING_KINDS, NEAR_WEIGHT, REQUIRED_TYPES, SOUGHT_TYPES, SYNONYM_WEIGHT,
                            VERB_WITHOUT_PARTICLE_WEIGHT, Concept, Query, actor_terms, says_phrase)
from assistant.retrieve import Hit, Retriever
from ingest.clean import MAX_LABEL_WORDS, dates_label, ends_in_lead_in_word, is_colon_label, leads_into_list
from ingest.grammar import Grammar
from ingest.language import (ITEM_MARK, ITEM_NUMBER, YEAR, Analyzer, acted_on, acting, action_asked, actors_named,
                             answer_features, asker_act_asked, asking_sentence, asking_words, asks_what_is, cleft_doers,
                             content_words, continues_enumeration, counts, defines, defining_verb_at, existence_asked,
                             expand, frame_of, frames_of, function_phrases_said, identity_asked, is_actor, is_byline,
                             is_compound_of, is_date_stamp, is_how_to_heading, leans_back, manner_verb_asked,
                             named_noun, names_another, names_counterpart, names_in, names_only_another,
                             normalise_language, numbered_names, opens_with_pronoun, opposite_qualities,
                             predicates_quality, premise_act, purpose_fronted_for, qualified_pairs, qualities_asked,
                             question_clause, question_types, reads_as_statement, rule_asked_of, rule_words_asked,
                             says_act_by_agent, says_act_without_doer, says_as_planned, says_what_kind,
                             says_with_preposition, schemes_named, source_named, speaks_as_publisher, specifies,
                             spelled_out_after, spelled_out_before, spells_out, stands_for, stranded_preposition,
                             subject_asked, subject_words, time_subject_asked, time_subject_purpose,
                             timed_subject_asked, verb_after_subject, words, years_related, years_said)
from ingest.sentences import is_labelled_line, is_list_item, sentence_spans

# the kinds of answer a sentence gives by what it says (a time, a date, an amount), not by its words
GIVEN_KINDS = REQUIRED_TYPES | {"time"}
WHEN_KINDS = frozenset({"day", "year", "time"})  # what a question for when something is to be done asks
SHORT_ANSWER_WORDS = 3  # "Nei.", "Ja, dersom …": too short to stand alone, quoted with what follows
VALUE_LINE_WORDS = 12  # "Administrativ kontaktperson for kompetanseløftet …": a line of a card's value
POINT_WORDS = 30  # a list item of two sentences or more is one point up to this many words; longer, it is prose
NUMBERED_POINT_WORDS = 60  # … and a numbered step after a lead-in's colon up to this many
# an item's mark right before its text ("• ", "2) "), as cleaned text writes it
LIST_MARKER_AT_END = re.compile(rf"\s*(?:•|{ITEM_NUMBER.pattern})\s*$")
# what a question word asks for ("hvem", "når", "hvor mye", "hvor ofte" …)
ANSWER_KINDS = frozenset({"who", "day", "time", "year", "money", "count", "share", "frequency"})
HEADING_ANSWERED_KINDS = frozenset({"define", "who"})  # kinds a section under a heading asking it gives
REST_OF_CHUNKS = 40  # chunks read beyond those retrieved, of the documents a question names
# a section whose heading names the kind gives it (not "role": "Uklare roller for Statped" heads what is unclear, not
# what Statped does) …
HEADING_FRAMED_KINDS = frozenset({"finding", "purpose", "method"})
# … but a method only by the sentences under "Data og metode" that name one (interviews, a survey): "Prosjektet vil ha
# en delrapport i 2024" stands there too
KINDS_SAID_IN_WORDS = frozenset({"method"})
FRAME_CREDIT = 0.9  # a word met by the kind of answer it names: an amount for "penger", a day for "fristen"
HEADING_CREDIT = 0.8  # a concept named by the passage's heading is mostly answered by it
QUOTED_CREDIT = 0.8  # what a follow-up's conversation asked before is said by the page the last answer quoted
ELSEWHERE_CREDIT = 0.95  # a name the page says elsewhere: the page's scope, but less than the sentence saying it
PART_CREDIT = 0.9  # a word met only inside a compound is met by a narrower word ("skole" in "enkeltskoler")
UNKNOWN_WORD_IDF = 1.0
MMR_LAMBDA = 0.75
RELATIVE_FLOOR = 0.6
SOUGHT_FLOOR = 0.5  # the floor for a sentence that gives a kind of answer the chosen ones lack (query.SOUGHT_TYPES)
# … and for one that gives the time of the act a "Når må …?" question asks about, as it words the act: the answer,
# though it does not name who does it ("Frist for å melde behov er …" for "Når må kommunene melde behov?")
DATED_ACT_FLOOR = 0.3
NEIGHBOURS_OF = 2  # the top hits whose neighbouring chunks are candidates too
COMPARED_PASSAGES = 3  # per thing "Hva er forskjellen på A og B?" compares, the passages retrieved for it alone
TYPE_BOOST = 0.35  # a sentence of the kind the question asks for (a day for "når", an actor for "hvem" …)
DUTIES_BOOST = 0.15  # a list whose lead-in has the one asked about as its subject answers "what does X do" best
KIND_NAMED_BOOST = 0.1  # a definition that names what kind of thing it is, over one that says how it is
NAMED_LIST_BOOST = 0.15  # a list whose lead-in says all a "Hvilke …?" question asks is the list asked for
# the sentence right under a heading that asks what the question asks: the page's own answer to it (a FAQ)
ASKED_BY_HEADING_BOOST = 0.3
SECTION_OPENING_BOOST = 0.1  # … more for what stands right under it (less than a sentence that names what is asked)
COMPLEMENT_BOOST = 0.2  # "brukes til kurs" for "Hva kan midlene brukes til?": what follows is what is asked
SAME_SOURCE_CREDIT = 0.1  # the kind of answer still lacking, from a page the answer already quotes
PHRASE_BOOST = 0.2  # a sentence that repeats a phrase of the question (repeats_phrase)
# a phrase of the question that ends in a preposition, said only of another thing than the question's (phrase_objects)
OTHER_OBJECT_CREDIT = 0.5
QUANTITY_BOOST = 0.2  # a sentence that says how many of a thing as the question does ("begge foreldre")
QUANTITY_KINDS = ("quantity-both", "quantity-all")  # grammar.txt's classes of quantity words
QUANTIFIED_WITHIN = 2  # the words after a quantity word that say what it counts ("alle private barnehager")
# the kinds of answer that say what an actor does or may do: only where a page names the actor, not on its own pages
ACTING_TYPES = frozenset({"role", "who", "counterpart", "rule", "requirement", "manner", "purpose"})
RANK_BOOST = 0.25  # the first passage retrieved, over 1 + its rank
SUBJECT_BOOST = 0.15  # a sentence that opens with what the question asks about is about it
SUBJECT_WORDS = 3
LONG_LIST = 4  # a list of this many items or more is quoted by its one item that answers, where one does
QUESTION_PENALTY = 0.5  # a sentence that asks a question seldom answers one (unless a question is asked for)
CUT_PENALTY = 0.8  # a sentence the document's text stops inside says less than it seems to
RELATIVE_WITHIN = 3  # "søknader som er godkjent": the relative pronoun a participle of its clause comes soon after
NEXT_STEP_TERMS = 3  # the terms after "deretter" that tell which step follows
PREMISE_PENALTY = 0.4  # a sentence that tells the step "Hva skjer etter at …?" says has happened, not the next
PLANNED_PENALTY = 0.8  # a plan ("vil starte i 2023") for a question of when something happened
# a deadline of a year before the newest page's ("Frist … er 1. februar 2022") for a question of when it is, beside a
# sentence that says as much of it and still holds: a yearly one ("i februar hvert år") or a later one (prefer_current)
PASSED_PENALTY = 0.8
# a sentence that says the year a question says "innen" of only with "fra", or the other way (prefer_year_as_asked)
OTHER_YEAR_RELATION_PENALTY = 0.8
# a sentence from a page that speaks for one region, beside one for the whole country, for a question that names no
# region (prefer_whole_country)
REGIONAL_PENALTY = 0.8
# a sentence that names a scheme the question does not, beside one that says as much and names none
# (prefer_scheme_asked)
OTHER_SCHEME_PENALTY = 0.8
AS_MUCH = 0.95  # a sentence says as much of a question as another where its coverage is this share of the other's
SPREAD_CREDIT = 0.3  # a question word a list says only in another item than the one that says the most (0.5 still
# let a list of duties that says "nye", "motta" and "midler" in three items beat the sentence saying two together)
SPAN_CACHE = 4096  # passages whose quotable units are kept
TRANSLATION_SIMILARITY = 0.5  # a bokmål and a nynorsk sentence this alike say the same (their own words differ)
TRANSLATION_SHARE = 0.85  # … and the one in the asker's written language is quoted when nearly as relevant
# a sentence that says all another says and more ("Henvisning fra skolen skal …" for "Henvisning skal …") is quoted
# instead when nearly as relevant (TRANSLATION_SHARE) and at most this many times as long: a fuller statement of it,
# not a passage that happens to hold its words
FULLER_LENGTH = 2
RECENCY_BOOST = 0.05  # between documents that answer alike, the newer one first
# a page that says its information may be out of date ("Informasjonen kan derfor være utdatert") answers where no
# current page says nearly as much
OUTDATED_PENALTY = 0.7
RARITY_TIE = 0.9  # words this near the rarest in rarity are as much what a question asks about
DOERLESS_PENALTY = 0.8  # a sentence that says the act a "who" question asks only in a passive that names no doer
# a date or an amount of something else than the question's rarest word names, or no date where one is asked
OTHER_SUBJECT_PENALTY = 0.8
OTHER_NUMBER_PENALTY = 0.5  # a passage about report 2 when report 1 is asked about
# "How many regions …?": all or none of what is counted ("All regions have …") answers less than a number does
ALL_COUNTED_PENALTY = 0.8
# a passage is ranked half by its retrieval score, half by its best sentence (chosen on the dev splits: project
# dev MRR 0.884 -> 0.921, dev corpus dev 0.858 -> 0.910; 0.3 and 0.7 did less on both)
BEST_SENTENCE_SHARE = 0.5


Terms = tuple[frozenset[str], frozenset[str]]  # the terms of a text, with and without its compounds' parts


@dataclass(eq=False)
class Unit:
    """A sentence, or a lead-in with the list it introduces, with how well it answers the question."""

    hit: Hit
    rank: int
    start: int
    end: int
    text: str
    terms: set[str]
    whole_terms: set[str]  # the terms of its words as written, without the parts of its compounds
    coverage: float = 0.0
    covered: set[str] = field(default_factory=set)
    relevance: float = 0.0
    antecedent: Unit | None = None
    earlier_items: Unit | None = None  # the first items of the list it ends, in the passage before (no lead-in)
    through_heading: bool = False  # the question is met by its heading, none of it by its own words
    under_asking_heading: bool = False  # its section's heading asks the question (score: asked_by_heading)
    following: Unit | None = None
    features: set[str] = field(default_factory=set)
    cut: bool = False  # the document's text stops inside it
    parts: tuple[Terms, ...] = ()  # a list's: the terms of its lead-in, then of each item
    boosts: tuple[tuple[float, ...], tuple[float, ...]] = ((), ())  # what `score` adds to and multiplies its boost by
    items: tuple[tuple[int, int], ...] = ()  # a list's: where each item is
    said_before: frozenset[str] = frozenset()  # the whole terms of its passage's units before it

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Span:
    """One quotable unit of a chunk, the same whatever the question: where it is, its text and its terms."""

    start: int
    end: int
    text: str
    terms: frozenset[str]
    whole_terms: frozenset[str]
    leans_back: bool
    cut: bool = False  # the document's text stops inside it (a page saved only in part)
    parts: tuple[Terms, ...] = ()  # a list's: the terms of its lead-in, then of each item
    items: tuple[tuple[int, int], ...] = ()  # a list's: where each item is


def is_short_answer(sentence: str, grammar: Grammar, stop: frozenset[str]) -> bool:
    """Whether a sentence is too short to stand alone ("Nei.", "Ja, dersom …"), or a yes or no that says nothing
    more ("Ja, det kan du!", "Nei, det må du ikke."): either is quoted with the sentence that explains it."""
    said = words(sentence)
    if len(said) <= SHORT_ANSWER_WORDS:
        return True
    return answers_yes_or_no(sentence, grammar) and all(w.lower() in stop for w in said[1:])


def answers_yes_or_no(sentence: str, grammar: Grammar) -> bool:
    """Whether a sentence opens with a yes or a no ("Ja, dersom …", "• Nei."): an answer to a question."""
    return grammar.build(r"^\W*{yes-or-no}\s*[,.!]").match(sentence) is not None


def spans_of(retriever: Retriever, document_id: str, begin: int, finish: int, language: str) -> tuple[Span, ...]:
    """A passage's sentences, grouped so that each unit can be quoted on its own: a list with its lead-in, a
    short answer ("Nei.") with the sentence that explains it."""
    text = retriever.document_text(document_id)
    grammar = retriever.analyzer.vocabulary.grammar
    stop = retriever.analyzer.vocabulary.stopwords[normalise_language(language)]
    spans = sentence_spans(text[begin:finish], begin)
    groups: list[list[tuple[int, int]]] = []
    in_list = False
    for i, (start, end) in enumerate(spans):
        sentence = text[start:end]
        previous = text[groups[-1][0][0] : groups[-1][-1][1]] if groups else ""
        opens_list = leads_into_list(previous) and not ends_statement(previous, sentence)
        if groups and is_list_item(sentence) and (in_list or opens_list) and not answers_yes_or_no(sentence, grammar):
            # (a bullet that says yes or no answers the next question of an FAQ, no item of the list before it)
            groups[-1].append((start, end))
            in_list = True
        elif groups and in_list and continues_item(text, groups[-1], start):
            groups[-1][-1] = (groups[-1][-1][0], end)  # "• Tiltakene skal … behov. Ledere skal delta …": one item
        elif groups and heads_sublist(text, groups[-1], (start, end), spans[i + 1 : i + 2], grammar):
            groups[-1].append((start, end))  # "… basert på:" / "Elevundersøkelsen" / "• Mobbing": one list
            in_list = True
        elif groups and is_line_item(text, groups[-1], (start, end)):
            groups[-1].append((start, end))  # "… i to grupper:" over lines with no bullets: its items all the same
        elif not groups and is_list_item(sentence):
            groups.append([(start, end)])  # a list right under its heading: the heading is its lead-in
            in_list = True
        elif groups and is_short_answer(previous, grammar, stop) and "\n" not in text[groups[-1][-1][1] : start]:
            groups[-1].append((start, end))  # "Nei." with the sentence that explains it
        elif groups and len(groups[-1]) == 1 and is_list_item(previous) and answers_yes_or_no(previous, grammar) and (
                not is_short_answer(previous, grammar, stop) and not is_list_item(sentence)):
            # "• Ja, dersom …" / "I spesielle tilfeller …": an FAQ's answer goes on (a bare "• Nei." answers a
            # question the page's text may have lost, and is not quoted as if it answered this one)
            groups[-1].append((start, end))
            in_list = False  # … and the bullet after it answers another question
        elif groups and is_date_over_label(previous, sentence, text[groups[-1][-1][1] : start]):
            groups[-1].append((start, end))  # "17 Mar 2021" over "Application submission deadline": one date
        elif groups and is_label_and_value(previous, sentence, text[groups[-1][-1][1] : start]):
            groups[-1].append((start, end))  # "Partner institution" over "NTNU Social Research": one fact
        elif groups and continues_value(text, groups[-1], (start, end)):
            groups[-1].append((start, end))  # "Kontaktperson:" / "Kari Nordmann" / "Rådgiver": one card
        else:
            groups.append([(start, end)])
            in_list = False
    label = label_before(text, begin)
    if groups and label and is_label_and_value(text[label[0]:label[1]], text[groups[0][0][0]:groups[0][-1][1]],
                                               text[label[1]:groups[0][0][0]]):
        groups[0].insert(0, label)  # the passage is a value under its label, which heads it
    out = []
    analyzer = retriever.analyzer
    for group in groups:
        start, end = group[0][0], group[-1][1]
        if len(group) == 1 and text.startswith("• ", start):
            start += 2  # a lone bullet is quoted without its bullet
        unit_text = text[start:end]
        # a sentence leans on the one before it in its own paragraph, and one that opens with a pronoun on the
        # paragraph before ("• Private eiere kan delta …" / "De kan inngå et samarbeid …": an FAQ's answer goes on)
        same_paragraph = bool(out) and ("\n" not in text[out[-1].end : start] or opens_with_pronoun(
            unit_text, analyzer.vocabulary.grammar))
        terms, whole_terms = terms_of(unit_text, analyzer, language)
        if language == "en" and is_date_stamp(unit_text):
            # a Norwegian site stamps its English pages in Norwegian ("Sist oppdatert: 11.12.2019")
            norwegian, norwegian_whole = terms_of(unit_text, analyzer, "nb")
            terms, whole_terms = terms | norwegian, whole_terms | norwegian_whole
        out.append(Span(start, end, unit_text, terms, whole_terms,
                        same_paragraph and leans_back(unit_text, analyzer.vocabulary.grammar),
                        stops_inside(text, start, end), list_parts(text, group, analyzer, language),
                        tuple((s, e) for s, e in group if is_list_item(text[s:e]))))
    return tuple(out)


def ends_statement(line: str, item: str) -> bool:
    """Whether a line with no stop is a statement of its own, not a list's lead-in: the bullet after it says
    something of its own too ("Målet var å finne barnehager med størst behov" / "• De tematiske arbeidsgruppene ga
    sine anbefalinger …"), where a lead-in's items go on its clause ("… er at de ansatte" / "• møtes jevnlig") or
    name what it announces ("Tema første år" / "• Språk")."""
    return "\n" not in line and not line.endswith(":") and len(line.split()) > MAX_LABEL_WORDS and (
        not ends_in_lead_in_word(line) and reads_as_statement(line) and stands_alone(item))


def stands_alone(item: str) -> bool:
    """Whether a list item is a statement of its own: it opens as a sentence does (a capital or a number) and says
    something, with its stop or as a line reads without it, and does not run on into what follows."""
    said = ITEM_MARK.sub("", item).strip()
    return (said[:1].isupper() or said[:1].isdigit()) and not said.endswith(":") and is_statement(said) \
        and not ends_in_lead_in_word(said)


def continues_item(text: str, group: list[tuple[int, int]], start: int) -> bool:
    """Whether the sentence at `start` runs on the last item of the list `group`, one point: the list has a lead-in
    ("… har to kriterier:"), the sentence stands on the item's own line, and the whole line is short. A long
    paragraph with a bullet is prose, and a list of fields under a heading ("• Beløp: …") gives one field an item;
    their sentences are quoted one by one."""
    item = group[-1]
    line_end = text.find("\n", start)
    line = text[item[0] : line_end if line_end >= 0 else len(text)]
    lead_in = text[group[0][0] : group[0][1]]
    # a lead-in that announces its steps ("Vi anbefaler PP-lederen å gjøre følgende:" over "1. …") numbers points,
    # however much each says
    numbered = lead_in.rstrip().endswith(":") and bool(ITEM_NUMBER.fullmatch(text[item[0]:item[1]].split()[0]))
    return (not is_list_item(lead_in) and is_list_item(text[item[0] : item[1]]) and "\n" not in text[item[1] : start]
            and len(line.split()) <= (NUMBERED_POINT_WORDS if numbered else POINT_WORDS))


def list_parts(text: str, group: list[tuple[int, int]], analyzer: Analyzer, lang: str) -> tuple[Terms, ...]:
    """The terms of a list's lead-in and of each of its items; () for a unit that is no list of two items or more."""
    items = [(s, e) for s, e in group if is_list_item(text[s:e])]
    if len(items) < 2:
        return ()
    lead_in = " ".join(text[s:e] for s, e in group if (s, e) not in items)
    return (terms_of(lead_in, analyzer, lang), *(terms_of(text[s:e], analyzer, lang) for s, e in items))


def stops_inside(text: str, start: int, end: int) -> bool:
    """Whether the document's text stops inside this unit, in the middle of a sentence: the unit ends the text with
    no sentence end, and its last line is prose, not a label ("Partner institution / NTNU Social Research"): it
    runs on from a sentence on the same line, is longer than a label, or stops at a word that runs on ("Det er
    samarbeidsforum i") or inside a word ("Statped har i dag en r")."""
    if text[end:].strip() or re.search(r"[.!?:;)»\"”…]$", text[start:end]):
        return False
    line_start = text.rfind("\n", 0, end) + 1
    last_line = text[line_start:end].strip()
    runs_on = line_start < start or bool(sentence_spans(last_line)[:-1])
    last_word = (last_line.split() or [""])[-1]
    in_a_word = len(last_word) == 1 and last_word.isalpha() and last_word.islower()
    return runs_on or len(last_line.removeprefix("• ").split()) > MAX_LABEL_WORDS or in_a_word or (
        ends_in_lead_in_word(last_line))


def terms_of(text: str, analyzer: Analyzer, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """A unit's terms: with its compounds' parts, and of its words as written only; both with the phrases of
    function words it says ("være med")."""
    phrases = function_phrases_said(text, lang, analyzer)
    return (frozenset(analyzer.terms(text, lang)) | phrases,
            frozenset(analyzer.terms(text, lang, compounds=False)) | phrases)


def heads_sublist(text: str, group: list[tuple[int, int]], span: tuple[int, int], after: list[tuple[int, int]],
                  grammar: Grammar) -> bool:
    """Whether `span` is the label of one of the lists a lead-in with a colon introduces: a short line of its own,
    under the lead-in or the items of an earlier labelled list, with items of its own right after it. A line with a
    finite verb ("Kommunen skal:") is no label but the lead-in of a list of its own."""
    lead_in = text[group[0][0] : group[0][1]]
    items = [text[s:e] for s, e in group[1:]]
    label = text[span[0] : span[1]]
    return (lead_in.endswith(":") and bool(after) and text.startswith("• ", after[0][0])
            and text[group[-1][1] : span[0]].count("\n") >= 1 and "\n" in text[span[1] : after[0][0]]
            and leads_into_list(label) and not label.startswith("• ") and not grammar.search("finite-verb", label)
            and all(item.startswith("• ") or leads_into_list(item) for item in items))


def is_line_item(text: str, group: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Whether `span` is an item of a list whose lead-in (with a colon) opens `group` and whose items are lines with
    no bullets: each the whole of a line of its own, right under the one before, no blank line between."""
    whole_line = text[span[1] :].split("\n", 1)[0].strip() == ""
    if not text[group[0][0] : group[0][1]].endswith(":") or not whole_line or text[span[0] : span[1]].endswith(":"):
        return False
    starts = [s for s, _ in group[1:]] + [span[0]]
    ends = [e for _, e in group]
    return all(text[end:start].count("\n") == 1 and not text[end:start].strip() for end, start in zip(ends, starts))


def units_of(hit: Hit, rank: int, spans: tuple[Span, ...]) -> list[Unit]:
    units: list[Unit] = []
    said = frozenset()
    for span in spans:
        unit = Unit(hit, rank, span.start, span.end, span.text, span.terms, span.whole_terms, cut=span.cut,
                    parts=span.parts, items=span.items, said_before=said)
        said |= span.whole_terms
        if span.leans_back:
            unit.antecedent = units[-1]
        if units:
            units[-1].following = unit
        units.append(unit)
    return units


def label_before(text: str, position: int) -> tuple[int, int] | None:
    """Where the line before `position` is, when only blank lines stand between (a passage's heading)."""
    end = position
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    return (start, end) if end > start else None


def lead_in_before(text: str, position: int) -> tuple[int, int] | None:
    """Where the lead-in of a list that runs on past `position` is: the last sentence of the line before the list's
    items ("… skal kommunen:"), when only items stand between it and `position`; None otherwise."""
    end = position
    while end > 0:
        line_start = text.rfind("\n", 0, end - 1) + 1
        line = text[line_start:end].strip()
        if not line or line.startswith("• "):
            end = line_start
            continue
        if not leads_into_list(line):
            return None
        offset = line_start + text[line_start:end].index(line)
        return sentence_spans(line, offset)[-1]
    return None


def items_before(text: str, position: int) -> tuple[int, int] | None:
    """Where the items of a list that runs on past `position` are, when it has no lead-in (a list right under its
    heading, "Hovedfunn"): the bullet lines right before `position`; None when there are none."""
    end = position
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = None
    while end > 0:
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].strip()
        if line and not line.startswith("• "):
            break
        if line:
            start = line_start + text[line_start:end].index(line)
        end = line_start - 1 if line_start else 0
    if start is None:
        return None
    finish = position
    while text[finish - 1].isspace():
        finish -= 1
    return start, finish


def concept_idf(concept: Concept, retriever: Retriever) -> float:
    """Rare words weigh more; a word no document uses weighs little (it is often a paraphrase). What is two
    steps from the question (the English of a synonym) does not make it weigh more."""
    known = [retriever.idf[t] for alt in concept.direct_alternatives() for t in alt if t in retriever.idf]
    return max(known) if known else UNKNOWN_WORD_IDF


@dataclass
class Asked:
    """What a question asks for, beyond its concepts: kinds of answer, and the words it already says."""

    types: set[str]
    lemmas: set[str]
    counted: set[str]  # the terms of what a "hvor mange" question counts: only "30 kommuner" answers it
    recency: dict[str, float]  # document id -> boost for being newer than the other candidates
    actors: set[str]  # the terms of whom the question is about: a "role" answer opens with them
    actor_names: set[str]  # the question's names that are actors ("PPT", "Statped")
    agent: bool  # "Hvem tildeler …?" asks who does something ("Hvem er målgruppen?" asks what something is)
    defined: frozenset[str]  # the terms of what a "Hva er …?" question asks to have defined
    # a name is the scope of what else is asked; asked about alone ("Hva er Statped?"), it is what a sentence must say
    only_names: bool
    terms: frozenset[str] = frozenset()  # every term the question's concepts are met by: a name beyond them is new
    said: str = ""  # a follow-up's last answer
    specified: str = ""  # the lemma of the noun the question asks which one of
    preposition: str = ""  # the lemma of the preposition a "who" question leaves at its end
    for_question: bool = False  # "Hva er problemstillingen?": a sentence that asks a question may answer it
    action: str = ""  # the verb a "Hvem melder …?" question asks who does
    narrowed: tuple[str, str] | None = None  # the labels of the focus and what narrows it (narrowed_focus)
    publisher_scoped: set[str] = field(default_factory=set)  # actor names a page its publisher names speaks for
    quoted: frozenset[str] = frozenset()  # the documents the last answer quoted, of a follow-up that names only a kind
    # "Hva kan midlene brukes til?": the terms of the verb the question leaves its preposition after, and its lemma
    complement: tuple[frozenset[str], str] | None = None
    # "Hvor mye kan vi søke om?" asks what one receives: an own contribution ("25 % i egeninnsats") is another amount
    receiving: bool = False
    happened: bool = False  # "Når startet …?": when it happened, not when it is planned
    own_terms: frozenset[str] = frozenset()  # the single terms of the question's own words, as asked
    language: str = "nb"  # the question's
    # the phrases of the question that hold its finite verb ("skal ha en pp"), as lemmas: a sentence that says one
    # asserts what the question asks about
    verb_phrases: frozenset[tuple[str, ...]] = frozenset()
    for_place: bool = False  # "Hvor finner jeg …?": a sentence that points to where it is answers
    # "Når er fristen?" (no year named, not when it was): the newest page's year, before which a date has passed
    present_year: int = 0
    rule_subject: str = ""  # "ledere" in "Kan ledere søke …?": whom a yes/no question asks the rule of
    # the words of the right or duty a yes/no question asks of ("rett til" in "Har voksne rett til …?"): a sentence
    # says it, not a heading that names another ("… og retten til innsyn")
    rule_words: frozenset[str] = frozenset()
    when: bool = False  # asks when, not how long: a point in time answers it, a duration ("treårig") does not
    lasting: bool = False  # asks how long: how often ("en årlig innstilling") is no answer
    author: bool = False  # asks who wrote the page: its byline ("Av: Kari Nordmann") answers
    spell_out: bool = False  # "Hva står SEVU-PPT for?": only a sentence that spells it out says what it is
    discussed: frozenset[str] = frozenset()  # the documents the last answer of a follow-up quoted
    numbered: frozenset[tuple[str, str]] = frozenset()  # what it names by number ("delrapport 1"): numbered_names
    by_asker: bool = False  # "Hva bør jeg gjøre?", "Må vi søke?": the asker speaks of itself, as "jeg" or "vi"
    # "Hvor mye må kommunen betale selv?" asks its own share: an amount it is granted is another (see receiving)
    own_share: bool = False
    # "Må begge foreldrene samtykke?": each quantity word's class and the terms of the concept it counts
    quantified: frozenset[tuple[str, frozenset[str]]] = frozenset()
    # "Har den voksne rett til en sakkyndig vurdering?": each concept of the question that ends in a preposition, its
    # label, its lemmas and the terms of what follows it there (phrase_objects)
    phrase_objects: tuple[tuple[str, tuple[str, ...], frozenset[str]], ...] = ()
    # "Hva skjer etter at eierne har meldt behov?": the labels of the concepts of the step it says has happened
    premise: frozenset[str] = frozenset()
    # "Hva er formålet med Leseløftet?": the kind its noun names and the labels of the concepts of what it is of
    frame_of: tuple[str, frozenset[str]] | None = None
    # "Er ordningen varig?": the lemmas of the quality it asks of what it names (qualities_asked), and of its
    # opposites, which answer no ("midlertidig")
    qualities: frozenset[str] = frozenset()


QUOTE_WORDS = 3  # a quote of the last answer this long is the page's own words, not a label
QUOTE_PREFIX = 80  # characters of a quote's first line to find it by in a page (lists are laid out anew)


def answer_quotes(answer: str) -> list[str]:
    """The quotes an answer is made of, in order: the text before each citation mark, long enough to be a page's
    own words."""
    return [q.strip() for q in re.split(r"\[\d+\]", answer) if len(q.split()) >= QUOTE_WORDS]


def quoted_documents(answer: str, documents: set[str], retriever: Retriever) -> frozenset[str]:
    """The documents, of these, that hold a sentence the last answer quoted: the pages the conversation is about."""
    quotes = [q.splitlines()[0][:QUOTE_PREFIX] for q in answer_quotes(answer)]
    return frozenset(d for d in documents if any(q in retriever.document_text(d) for q in quotes))


def asked_for(query: Query, hits: list[Hit], retriever: Retriever) -> Asked:
    grammar = retriever.analyzer.vocabulary.grammar
    dates = sorted({h.document.meta.date for h in hits if h.document.meta.date and not h.document.meta.outdated})
    step = RECENCY_BOOST / max(1, len(dates) - 1)
    recency = {h.chunk.document_id: step * dates.index(h.document.meta.date) if h.document.meta.date in dates else 0.0
               for h in hits}
    lemmas = set(retriever.analyzer.lemmas(query.question, query.language))
    if query.language == "en":  # … and as a Norwegian page names them: "the cooperation forum" is "samarbeidsforum"
        expansion = expand(query.question, "en", retriever.analyzer)
        lemmas |= {retriever.analyzer.canonical(w, "nb") for terms in (*expansion.words.values(),
                   *expansion.phrases.values()) for term, term_lang in terms if term_lang == "nb" for w in words(term)}
    actors = actor_terms(query, retriever.analyzer)
    actor_names = {c.label for c in query.concepts if c.name and is_actor(c.label, retriever.analyzer, query.language)}
    actor_names -= {source_named(query.question, grammar)}
    # "Kan Oslo søke …?": a name a rule is asked of is said by the sentence (or the page's title), not by a page that
    # names it elsewhere ("Fylkene kan søke" does not say that Oslo can, on a page that excepts Oslo)
    asked_of = {c.label for c in query.concepts if c.name and set(words(c.label)) <= set(rule_asked_of(
        query.question, grammar))}
    # an actor's own pages speak for it where the question asks no act of it ("Hvor mye gikk til … fra Udir?")
    publisher_scoped = set() if query.types & ACTING_TYPES else actor_names - asked_of
    actor_names |= asked_of
    said = query.previous_answer if query.follow_up else ""
    own = [c for c in query.concepts if c.weight >= 1.0]  # the question's own concepts, not the conversation's
    # "Hvem er ansvarlig for …?" asks who does it, as "Hvem melder …?" does
    agent = "who" in query.types and (not asks_what_is(query.question, grammar) or any(c.frame == "who" for c in own))
    asks_define = "define" in query.types
    defined = frozenset(t for c in own for alt in c.alternatives for t in alt) if asks_define else frozenset()
    # "Hva er Statped?" asks about the name itself; "Og i Vest-Finnmark?" asks the last question within it
    only_names = all(c.name for c in own) and not (query.follow_up and any(c.from_context for c in query.concepts))
    terms = frozenset(t for c in query.concepts for alt in c.alternatives for t in alt)
    for_question = any(grammar.is_a("question-noun", w) for w in words(query.question))
    stop = retriever.analyzer.vocabulary.stopwords[query.language]
    action = action_asked(query.question, grammar, stop) if agent else ""
    titles = frozenset().union(*(retriever.document_subject_terms(h.chunk.document_id) for h in hits))
    # "Når er fristen?" names nothing but the kind it asks for: of the page the conversation quotes
    # the pages the last answer quoted, of a follow-up: what the conversation is about
    discussed = quoted_documents(said, {h.chunk.document_id for h in hits}, retriever) if said else frozenset()
    quoted = discussed if said and all(c.frame for c in own) else frozenset()
    return Asked(query.types, lemmas, query.counted, recency, actors, actor_names, agent, defined, only_names, terms,
                 said, query.specified, query.preposition, for_question, action,
                 narrowed_focus(query, grammar, stop, titles), publisher_scoped, quoted,
                 None if "who" in query.types else complement_asked(query, own, retriever.analyzer),
                 "money" in query.types and grammar.search("receiving-verb", query.question)
                 and not grammar.search("own-share", query.question), query.happened,
                 single_terms(own), query.language, query.phrases,
                 # … and so do search words that ask nothing ("kompetansepakke inkluderende praksis")
                 grammar.search("ask-place", query.question) or not query.types and "?" not in query.question,
                 retriever.latest_year if asks_about_now(query, grammar) else 0,
                 subject_asked(query.question, grammar, stop) if "rule" in query.types else "",
                 rule_words=rule_words_asked(query.question, grammar) if "rule" in query.types else frozenset(),
                 when="time" in query.types and not query.lasting,
                 lasting=query.lasting,
                 author=asks_author(query, grammar),
                 spell_out=grammar.search("ask-spell-out", query.question),
                 discussed=discussed,
                 numbered=frozenset(numbered_names(query.question, retriever.analyzer, query.language)),
                 own_share="money" in query.types and grammar.search("own-share", query.question),
                 quantified=quantified_asked(query.question, own, retriever.analyzer, query.language),
                 premise=frozenset(c.label for c in own if premise_act(query.question, grammar) in words(c.label)),
                 by_asker=any(grammar.is_a("asker-pronoun", w)
                              for w in words(question_clause(query.question, grammar))),
                 frame_of=frame_of_asked(query, own, grammar, stop),
                 qualities=answering_qualities(query, retriever.analyzer),
                 phrase_objects=phrase_objects(query, own, retriever.analyzer))


def answering_qualities(query: Query, analyzer: Analyzer) -> frozenset[str]:
    """The lemmas of the quality a yes/no question asks of what it names, and of its opposites, which answer no."""
    qualities = qualities_asked(query.question, analyzer, query.language, query.follow_up)
    return qualities | opposite_qualities(qualities, analyzer, query.language)


def frame_of_asked(query: Query, own: list[Concept], grammar: Grammar,
                   stop: frozenset[str]) -> tuple[str, frozenset[str]] | None:
    """The kind a question's noun names and the labels of the concepts of what the question says it is of
    ("purpose", {"leseløftet"}) for "Hva er formålet med Leseløftet?"; None where it says of nothing it asks about."""
    kinds = {c.frame for c in own if c.frame}
    for kind, of in frames_of(query.question, kinds, grammar, stop):
        labels = frozenset(c.label for c in own if not c.frame and set(of) & set(words(c.label)))
        if labels:
            return kind, labels
    return None


def gives_frame_of_other(unit: Unit, asked: Asked, concepts: list[Sought], retriever: Retriever, lang: str) -> bool:
    """Whether a sentence names the kind a question asks of something (`concepts`: what the question says it is
    of) only as of something else: "Formålet med konferansene er å …" gives no purpose of Leseløftet, on
    Leseløftet's page or not. What the scheme is called by its kind ("Målet med ordningen") is what the page is
    about."""
    grammar = retriever.analyzer.vocabulary.grammar
    stop = retriever.analyzer.vocabulary.stopwords[lang]
    kind, _ = asked.frame_of
    asked_terms = frozenset().union(*(c.any_terms for c in concepts))
    framed = [of[0] for found, of in frames_of(unit.text, (kind,), grammar, stop) if found == kind]
    # … or opens with a clause of purpose whose main clause is about something else: "For å styrke arbeidet …,
    # skal Statpeds oppgaver …" gives a purpose of Statped's tasks
    purposed = purpose_fronted_for(unit.text, grammar, stop) if kind == "purpose" and not framed else None
    framed = framed or purposed or []
    return bool(framed) and all(asked_terms.isdisjoint(retriever.analyzer.terms(of, lang))
                                and not grammar.is_a("subject-reference", of) for of in framed)


def quantities_said(text: str, analyzer: Analyzer, lang: str) -> list[tuple[str, frozenset[str]]]:
    """Each quantity word of a text ("begge", "alle", "hver", "both") as its class in grammar.txt, with the terms of
    the words right after it as written: what it says how many of ("alle skoleeiere" counts owners, not schools)."""
    said = words(text)
    out = []
    for i, word in enumerate(said):
        kind = next((k for k in QUANTITY_KINDS if analyzer.vocabulary.grammar.is_a(k, word.lower())), None)
        if kind:
            after = " ".join(said[i + 1 : i + 1 + QUANTIFIED_WITHIN])
            out.append((kind, frozenset(analyzer.terms(after, lang, compounds=False))))
    return out


def quantified_asked(question: str, own: list[Concept], analyzer: Analyzer,
                     lang: str) -> frozenset[tuple[str, frozenset[str]]]:
    """What a question says how many of ("begge foreldrene"): each quantity word's class, with the single terms of
    the concept of the words after it. A function word to the index, it is what a yes/no question turns on."""
    return frozenset((kind, single_terms([c])) for kind, after in quantities_said(question, analyzer, lang)
                     for c in own if any(after & set(alt) for alt in c.alternatives))


def says_quantity_asked(unit: Unit, asked: Asked, analyzer: Analyzer) -> bool:
    """Whether a sentence says of a thing the question counts as many as the question does: "kreves det samtykke
    fra begge foreldre" for "Må begge foreldrene samtykke?"."""
    return any(kind == asked_kind and after & terms for kind, after in quantities_said(
        unit.text, analyzer, unit.hit.document.meta.language) for asked_kind, terms in asked.quantified)


def asks_author(query: Query, grammar: Grammar) -> bool:
    """Whether a question asks who wrote something ("Hvem skrev rapporten?", "Who wrote the article?")."""
    return "who" in query.types and any(grammar.is_a("author-word", w) for w in words(query.question))


def asks_writer_alone(query: Query, grammar: Grammar) -> bool:
    """Whether writing is all a question asks who does: the word of writing right after its "hvem" ("Hvem skrev
    rapporten?", "Hvem har skrevet …?", "Who is the author of …?"), not an act of another that something be written
    ("Who must make sure an expert assessment is written?")."""
    return asks_author(query, grammar) and grammar.build(
        r"{ask-who}\s+(?:{modal-asked}\s+|{perfect-auxiliary}\s+|{copula-asked}\s+(?:{article}\s+)?)?{author-word}"
    ).search(query.question) is not None


def asks_about_now(query: Query, grammar: Grammar) -> bool:
    """Whether a question asks when something is, in the present ("Når er fristen?"): not when it was ("Når var …",
    "Hvor lenge var den ment å vare …?"), nor of a year it names."""
    return bool(query.types & {"day", "time"}) and not query.happened and not years_said(query.question) and not any(
        grammar.is_a("past-tense", w) for w in words(query.question))


def single_terms(concepts: list[Concept]) -> frozenset[str]:
    """The one-term alternatives one step from what was asked, of these concepts: a word as a sentence says it."""
    return frozenset(alt[0] for c in concepts for alt in c.direct_alternatives() if len(alt) == 1)


def complement_asked(query: Query, own: list[Concept], analyzer: Analyzer) -> tuple[frozenset[str], str] | None:
    """The verb a question ends with, before the preposition it leaves there ("… brukes til?"), as terms, and that
    preposition's lemma; None when the question does not end so."""
    grammar = analyzer.vocabulary.grammar
    preposition = stranded_preposition(query.question, grammar)
    said = words(query.question)
    verb = next((c for c in own if len(said) >= 2 and c.label == said[-2]), None) if preposition else None
    if verb is None:
        return None
    # … or the verb before its object there: "bruke" in "Hva kan vi bruke tilskuddet til?" (not "tilskuddet til")
    acting = verb_after_subject(query.question, grammar, analyzer.vocabulary.stopwords[query.language])
    if acting and acting != said[-2] and acting in said[:-2]:
        verb = next((c for c in own if c.label == acting), verb)
    return single_terms([verb]), analyzer.canonical(preposition, query.language)


def phrase_objects(query: Query, own: list[Concept], analyzer: Analyzer
                   ) -> tuple[tuple[str, tuple[str, ...], frozenset[str]], ...]:
    """Each concept of the question's own that ends in a preposition ("rett til", "har ansvar for"): its label, its
    lemmas and the terms of the word of its own the question says right after it ("sakkyndig"), what the right or
    the duty is of. A sentence that says the two together says what is asked ("… har en rett til en sakkyndig
    vurdering"); one that says the phrase only of something else ("rett til å se sakens dokumenter") does not."""
    grammar, lang = analyzer.vocabulary.grammar, query.language
    said = words(query.question)
    out = []
    for concept in own:
        phrase = words(concept.label)
        if len(phrase) < 2 or not grammar.is_a("preposition", phrase[-1]):
            continue
        end = next((i + len(phrase) for i in range(len(said)) if said[i:i + len(phrase)] == phrase), 0)
        after = object_word(said[end:], grammar) if end else ""
        if after and any(c is not concept and after in words(c.label) for c in own):
            out.append((concept.label, tuple(analyzer.lemmas(concept.label, lang)),
                        frozenset(analyzer.terms(after, lang))))
    return tuple(out)


def object_word(after: list[str], grammar: Grammar) -> str:
    """The word a preposition takes, past an article ("sakkyndig" of "rett til en sakkyndig vurdering", "å" of "rett
    til å se den sakkyndige vurderingen"); "" where nothing follows."""
    if after and grammar.is_a("noun-opener", after[0]):
        after = after[1:]
    return after[0] if after else ""


def phrase_said_of(text: str, phrase: tuple[str, ...], objects: frozenset[str], analyzer: Analyzer,
                   lang: str) -> bool | None:
    """Whether a sentence says a phrase that ends in a preposition of what the question says after it (True), only
    of something else (False), or not at all (None): see phrase_objects."""
    said, lemmas = words(text), analyzer.lemmas(text, lang)
    found = None
    for i in range(len(lemmas) - len(phrase) + 1):
        if tuple(lemmas[i:i + len(phrase)]) == phrase:
            after = object_word(said[i + len(phrase):], analyzer.vocabulary.grammar)
            if after and not objects.isdisjoint(analyzer.terms(after, lang)):
                return True
            found = False
    return found


def narrowed_focus(query: Query, grammar: Grammar, stop: frozenset[str],
                   titles: frozenset[str]) -> tuple[str, str] | None:
    """The concepts of what a question asks about first and of what narrows it by a preposition ("målgruppen" and
    "kompetanseløftet" in "Hvem er målgruppen for kompetanseløftet?"), or None. Only a narrowing that names what
    pages are about by their `titles` (terms) counts, not one that points back ("i prosjektet": the page's own)."""
    concepts = {c.label: c for c in query.concepts if c.weight >= 1.0}
    own = {w: label for label in concepts for w in words(label)}
    focus = next((own[w] for w in words(query.question) if w in own), "")
    for noun, qualifier in qualified_pairs(query.question, grammar, stop):
        if focus and own.get(noun) == focus and own.get(qualifier, focus) != focus and any(
                set(alt) <= titles for alt in concepts[own[qualifier]].direct_alternatives()):
            return focus, own[qualifier]
    return None


@dataclass(frozen=True)
class Sought:
    """A concept as every sentence is scored against it: read once per question, not once per sentence."""

    concept: Concept
    weight: float  # the concept's weight times how rare its words are
    alternatives: tuple[tuple[frozenset[str], float], ...]  # (terms, weight) as a sentence may say them
    opens: bool  # a sentence that opens with it is about it (the question's own words; its names when only names)
    # the action a "who does it" question asks about, and whom a yes/no question asks the rule of: a heading that
    # names it does not say who does it, nor that the rule is of them ("Kan ledere søke …?" under a title that names
    # "ansatte og ledere" is not answered by "Kommunen kan søke … for ansatte")
    said_only_in_words: bool = False
    # how a page in the other language says it, where the question's own terms would only meet look-alikes
    # ("holdt" is no "hold" of an English page): a Norwegian question's English; None for a name or an English question
    abroad: Sought | None = None
    acted: bool = False  # it holds the act a "who does it" question asks about ("forvalter" in "Hvem forvalter …?")

    @cached_property
    def compounds(self) -> tuple[str, ...]:
        """The word as asked where it is one term: what a definite head noun may refer back to."""
        return tuple(next(iter(alt)) for alt, weight in self.alternatives if len(alt) == 1 and weight >= 1.0)

    @cached_property
    def any_terms(self) -> frozenset[str]:
        """Every term of every alternative: a text with none of them says nothing of the concept."""
        return frozenset().union(*(alt for alt, _ in self.alternatives))

    # the weight of an alternative that is the word as asked: 1.0, and for an English question the glossary's
    # Norwegian for it ("application deadline" is "søknadsfrist" on a Norwegian page)
    as_asked: float = 1.0

    @property
    def own_alternatives(self) -> list[frozenset[str]]:
        """The alternatives of the word as asked (not its synonyms)."""
        return [alt for alt, weight in self.alternatives if weight >= self.as_asked]

    @cached_property
    def own_terms(self) -> frozenset[str]:
        """The terms of the word as asked (not its synonyms): "søknadsfrist"."""
        return frozenset().union(*self.own_alternatives)

    def said_in(self, said: frozenset[str] | set[str], said_whole: frozenset[str] | set[str]) -> float:
        """How far a text (its terms, with and without its compounds' parts) says the concept, through its best
        alternative. A broader synonym of a compound asked about ("frist" of "søknadsfrist") met only as the end of
        another compound ("rapporteringsfrist") names another kind of the thing, not the one asked."""
        if self.any_terms.isdisjoint(said):
            return 0.0
        if self.concept.name or self.acted:
            # a name is not the first part of another name ("Nordlandsforskning"), nor is the act a "who" question
            # asks the end of a noun ("til statsforvalter" does not say who "forvalter" it)
            return max((weight * share_said(whole_words(alt), said_whole, said_whole)
                        for alt, weight in self.alternatives), default=0.0)
        return max((weight * share_said(alt, said, said_whole) for alt, weight in self.alternatives
                    if not self.another_kind(alt, said_whole)), default=0.0)

    def another_kind(self, alternative: frozenset[str], said_whole: frozenset[str] | set[str]) -> bool:
        if len(alternative) != 1 or not alternative.isdisjoint(said_whole):
            return False
        (term,) = alternative
        return any(own != term and own.endswith(term) for own in self.own_terms) and any(
            word != term and word.endswith(term) and word not in self.own_terms for word in said_whole)


def sought(concepts: list[Concept], retriever: Retriever, asked: Asked) -> list[Sought]:
    weights = {c.label: c.weight * concept_idf(c, retriever) for c in concepts if not c.implied}
    # what the question implies weighs its share of the most it asks about, however rare its words are
    heaviest = max(weights.values(), default=1.0)
    weights |= {c.label: c.weight * heaviest for c in concepts if c.implied}
    if asked.narrowed:
        # what narrows the focus ("målgruppen for kompetanseløftet") weighs as much as the focus, however common: it
        # tells which of the parallel facts pages give (one target group per scheme) is asked for
        focus, qualifier = asked.narrowed
        weights[qualifier] = max(weights[qualifier], weights[focus])
    def one(c: Concept, only_translated: bool) -> Sought:
        return Sought(c, weights[c.label], tuple((frozenset(alt), w) for (alt, w), translated in zip(
                          c.weighted(sentence=True), c.translated) if translated or not only_translated),
                      c.weight >= 1.0 and (asked.only_names or not c.name),
                      c.weight >= 1.0 and (bool(({asked.action, asked.rule_subject} - {""}) & set(words(c.label)))
                                           or set(words(c.label.lower())) <= asked.rule_words),
                      one(c, True) if asked.language != "en" and not c.name and not only_translated else None,
                      as_asked=SYNONYM_WEIGHT if asked.language == "en" else 1.0,
                      acted=c.weight >= 1.0 and bool(asked.action) and asked.action in words(c.label))

    return [one(c, False) for c in concepts]


def score(unit: Unit, concepts: list[Sought], retriever: Retriever, asked: Asked) -> None:
    lang = unit.hit.document.meta.language
    heading_terms = retriever.analyzer.short_terms(" ".join(unit.hit.chunk.heading_path), lang)
    # what the passage is about as a whole: its document's title and its section's headings
    title_terms = retriever.document_subject_terms(unit.hit.chunk.document_id)
    about_terms = title_terms | heading_terms
    if not titled_by_headings(unit, title_terms, retriever):
        # a page whose headings do not begin with its title (a journal's label, a site's counters above it): its
        # title heads every section as much
        heading_terms = about_terms
    names_about, names_published, names_elsewhere = where_names_stand(unit, retriever)
    unit.features = answer_features(unit.text, retriever.analyzer, lang, asked.lemmas, asked.counted)
    if completes_lead_in(unit) and "who" in answer_features(unit.antecedent.text, retriever.analyzer, lang,
                                                             asked.lemmas, asked.counted):
        unit.features.add("who")  # "Statens rolle vil være å" / "• evaluere ordningen": the state evaluates it
    if unit.items and leads_into_conditions(unit.text[:unit.items[0][0] - unit.start], retriever):
        unit.features |= {"condition", "requirement"}  # "Statped gir tjenester … når" / "• …": the conditions
    if asked.when and "point" not in unit.features:
        unit.features.discard("time")  # "et treårig prosjekt" says how long, not when
    if "day" in asked.types and ("duration" in unit.features or retriever.analyzer.vocabulary.grammar.build(
            "{month}|{season}").search(unit.text)) and names_frame(unit.text, "day", retriever):
        # "Klagefristen er tre uker": a deadline told as the time allowed, and "Frist for å melde behov er i februar
        # hvert år" as its month (not "i god tid før fristen": a time told by the deadline)
        unit.features.add("day")
    if "start" in asked.types and "day" in unit.features and not names_frame(unit.text, "day", retriever) and not (
            retriever.analyzer.vocabulary.grammar.build(r"{before}\s+\d").search(unit.text)):
        # "1. februar: Søknadsskjema … tilgjengelig" is when it opens; "Frist …", "innen 1. desember" when it ends
        unit.features.add("start")
    if asked.lasting and "frequency" in unit.features and not unit.features & {"duration", "day", "year"}:
        unit.features.discard("time")  # "en årlig innstilling om samarbeidet" says how often, not how long
    byline = asked.author and is_byline(unit.text)
    if byline:
        unit.features.add("who")  # "Av: Kari Nordmann" names who wrote the page
    elif asked.author and not retriever.analyzer.vocabulary.grammar.search("authoring-said", unit.text):
        unit.features.discard("who")  # … which a sentence that names others without their writing does not
    if asked.receiving and "money" in unit.features and retriever.analyzer.vocabulary.grammar.search(
            "own-share", unit.text):
        unit.features.discard("money")  # what the applicant pays itself is not what it may receive
    if asked.own_share and "money" in unit.features and not retriever.analyzer.vocabulary.grammar.search(
            "own-share", unit.text):
        unit.features.discard("money")  # … nor is what it receives what it pays itself
    if "who" not in unit.features:
        unit.features.discard("members")  # "… kan medlemmene vurdere en avstemming" names no one who sits in it
    elif "members" in asked.types and "members" not in unit.features:
        unit.features.discard("who")  # … and who decides its make-up is not who sits in it
    reader = reader_acting(unit, retriever, lang) if asked.agent else frozenset()
    if reader:
        unit.features.add("who")  # "Dere må koordinere PPT …" under "Kommunens ansvar" says the municipality must
    elif asked.agent and asked.action and "who" not in unit.features and says_act_by_agent(
            unit.text, asked.action, retriever.analyzer, lang, asked.language):
        unit.features.add("who")  # "… bestilles av det forvaltningsorganet som …" names who orders it
    if "role" in asked.types and (says_what_actor_does(unit, asked.actors, retriever, lang)
                                  or addresses_asked(unit, asked, retriever, lang)):
        unit.features.add("role")
    if "define" in asked.types and defines_asked(unit, concepts, retriever, asked, lang):
        unit.features.add("define")
    if "name" in asked.types and names_another(unit.text, asked.terms, retriever.analyzer, lang):
        unit.features.add("name")
    if "specify" in asked.types and specifies(unit.text, asked.specified, asked.terms, retriever.analyzer, lang):
        unit.features.add("specify")
    if "counterpart" in asked.types and names_counterpart(unit.text, asked.preposition, asked.terms,
                                                           retriever.analyzer, lang):
        unit.features.add("counterpart")
    total = gained = 0.0
    by_heading = by_words = False
    repeated = bool(asked.said) and unit.text in asked.said
    # … unless the follow-up names nothing but the kind of answer ("Når?", "Hvor mye?") and the sentence gives it: the
    # last answer already answered it, and its sentence says so better than another that only shares its words
    kind_only_asked = repeated and bool(unit.features & asked.types & GIVEN_KINDS) and not any(
        c.concept.weight >= 1.0 for c in concepts)
    apart = said_apart(unit, concepts)
    # under a heading that asks the question, the heading's words are the sentence's: it is the page's answer; so
    # is the opening of a page named after what a "Hva er …?" question asks about
    under_question = answers_heading_question(unit, concepts, retriever, asked.types)
    section = unit.hit.chunk.heading_path[-1] if unit.hit.chunk.heading_path else ""
    # what stands under "Hovedfunn" or "Formål" is the findings or the purpose: the heading asks what the question
    # asks
    # … whether the question names the kind ("hovedfunnene") or asks it by its construction ("What did … say?")
    framed = {c.concept.frame for c in concepts if c.concept.frame} | asked.types
    framed_by_section = {kind for kind in framed & HEADING_FRAMED_KINDS
                         if heads_frame_asked(section, kind, concepts, unit, retriever)
                         and (kind not in KINDS_SAID_IN_WORDS or kind in unit.features)}
    unit.features |= framed_by_section
    asked_by_heading = under_question or bool(framed_by_section) or "define" in asked.types and opens_page_about(
        unit, concepts, retriever)
    heading_credit = 1.0 if asked_by_heading else HEADING_CREDIT
    # … and one that asks who, as the question does, asks who does the act ("Hvordan melder du behov?" does not)
    grammar = retriever.analyzer.vocabulary.grammar
    asking = asking_label(unit.text, grammar) or section
    asks_who = under_question and "who" in asked.types & question_types(asking, grammar)
    if under_question:
        # what the page says under "Hva er X?" is what X is, however it words it, and under "Hvem kan få støtte?"
        # who can, whether it names an actor or not ("Bedrifter med mer enn 25 årsverk")
        unit.features |= asked.types & HEADING_ANSWERED_KINDS
    # "De kan inngå et samarbeid med …" after "Private skoleeiere kan delta …": the pronoun says whom, less plainly
    # than the name would
    referent, referent_whole = referent_terms(unit, retriever, lang)
    if not referent and unit.antecedent and "statute" in asked.types & unit.features:
        # "Dette følger av forvaltningsloven § 18": a provision cited for the sentences it leans back on says what
        # they say
        referent, referent_whole = leaned_on_terms(unit)
    # each phrase that ends in a preposition: said of what the question puts after it, of something else, or not
    phrase_said = {label: phrase_said_of(unit.text, phrase, objects, retriever.analyzer, lang)
                   for label, phrase, objects in asked.phrase_objects}
    framed_of = [c.abroad or c if lang == "en" else c for c in concepts
                 if asked.frame_of and c.concept.label in asked.frame_of[1]]
    other_frame = bool(framed_of) and gives_frame_of_other(unit, asked, framed_of, retriever, lang)
    credits: list[tuple[Sought, float]] = []
    matches: list[tuple[Sought, float]] = []  # how far the unit's own words say each concept
    for wanted in concepts:
        concept, weight, alternatives = wanted.concept, wanted.weight, wanted.alternatives
        total += weight
        view = wanted.abroad or wanted if lang == "en" else wanted
        match = view.said_in(unit.terms, unit.whole_terms)
        if referent:
            match = max(match, REFERENT_CREDIT * view.said_in(unit.terms | referent, unit.whole_terms | referent_whole))
        if byline and retriever.analyzer.vocabulary.grammar.is_a("author-word", concept.label.lower()):
            match = 1.0  # … and says that the one it names wrote it
        if unit.parts and match:  # a phrase is said in one part of a list, not a word in each ("… school needs:" /
            # "• … that report weak results" is no "report needs")
            match = min(match, max(view.said_in(*part) for part in unit.parts))
        if match and says_number_apart(unit, concept.label, asked.numbered, retriever.analyzer, lang):
            match = 0.0  # "§ 5-3" says a 3, not "fase 3"
        if concept.label in apart:
            match *= SPREAD_CREDIT
        if match and concept.name and names_only_another(unit.text, concept.label, retriever.analyzer, lang):
            match = 0.0  # "Høgskolen på Vestlandet" is no "Vestland"
        if match and phrase_said.get(concept.label) is False:
            match *= OTHER_OBJECT_CREDIT  # "rett til å se sakens dokumenter" is no "rett til en sakkyndig vurdering"
        if match < REFERENT_CREDIT and names_compound_by_its_head(wanted, unit, retriever.analyzer.vocabulary.grammar):
            match = REFERENT_CREDIT  # "… til ordningen" after "en nasjonal prøveordning" speaks of it
        # under a heading that asks the question, a synonym there is the thing itself ("Desentralisert ordning …"
        # is the page on "Dekomp"), and so is the act a "who" question asks ("Hvem kan søke videreutdanning?" over
        # "Målgruppen er lærere i …")
        unheaded = wanted.said_only_in_words and not asks_who
        in_heading = 0.0 if unheaded or wanted.any_terms.isdisjoint(heading_terms) else max(
            (1.0 if asked_by_heading and w >= SYNONYM_WEIGHT else w) * len(alt & heading_terms) / len(alt)
            for alt, w in alternatives)
        # a name is the question's scope: a document about it need not repeat it in every sentence. An actor
        # ("PPT", "Statped") is only when the document or section is about it: a report that mentions PPT
        # among others says what PPT does only where it names PPT
        scope = 0.0
        if concept.name and not asked.only_names:
            actor = concept.label in asked.actor_names
            # … but an amount or a date "fra Udir" on Udir's own page is the page's ("direktoratet si tildeling")
            own_page = not actor or concept.label in asked.publisher_scoped
            elsewhere = not actor and retriever.writes_name_whole(unit.hit.chunk.document_id, concept.label)
            scope = name_scope(alternatives, names_about | names_published if own_page else names_about,
                               names_elsewhere if elsewhere else frozenset())
        elif concept.from_context:  # "Og hvem samarbeider de med?": the project the page or section is about, or
            # the page the last answer quoted (it said what the conversation asked before)
            quoted = QUOTED_CREDIT if unit.hit.chunk.document_id in asked.quoted else 0.0
            scope = max(quoted, HEADING_CREDIT * name_scope(alternatives, about_terms, frozenset()))
        # "penger" is met by an amount, "rolle" by what the actor does, "hovedfunnene" by what stands under
        # "Hovedfunn"
        framed = concept.frame in unit.features and not labelled_as_other(unit.text, concept.frame, retriever)
        # the money "Hvem kan få tilskudd?" names is what a grant's pages speak of throughout: whom it is for is
        # said by a target group, or under a heading that asks it ("Hvem kan få støtte?"), not by the word
        credit = max(0.0 if concept.frame == "audience" else match, scope, heading_credit * in_heading)
        if framed:  # … and best by a sentence that also says the word, or another of its kind ("Fristen er 1.
            # mars"; "Målsettingen er at …" for "målet")
            credit = max(credit, 1.0 if concept.frame in framed_by_section
                         or names_frame(unit.text, concept.frame, retriever) else FRAME_CREDIT)
        if other_frame and concept.label in asked.frame_of[1]:
            credit = match  # "Formålet med konferansene …" on Leseløftet's page: the page names it, not this purpose
        elif other_frame and concept.frame == asked.frame_of[0]:
            credit = 0.0  # … and names the kind asked of that other thing
        if concept.weight >= 1.0 and not framed:
            by_heading |= heading_credit * in_heading > max(match, scope)
            by_words |= match >= 0.5
        elif concept.frame in framed_by_section:
            by_heading = True  # an item under "Hovedfunn" is one of the findings, like the items before it
        if repeated and concept.from_answer and not kind_only_asked:
            credit = 0.0  # a sentence of the last answer trivially has its words: they tell what a follow-up means
        credits.append((wanted, credit))
        matches.append((wanted, match))
    if asked.said and any(credit < 0.5 for wanted, credit in credits if wanted.concept.weight >= 1.0) and (
            repeated or restates(matches)) and not gives_kind_of_named(unit, asked, credits):
        # the last answer said again, without what the follow-up asks: the conversation's words do not make it an
        # answer ("And who prioritises the measures?" is not answered by who administers the grant, again)
        credits = [(wanted, 0.0 if wanted.concept.from_context or wanted.concept.from_answer else credit)
                   for wanted, credit in credits]
    for wanted, credit in credits:
        gained += wanted.weight * credit
        if credit >= 0.5 and wanted.concept.weight >= 0.5:
            unit.covered.add(wanted.concept.label)
    unit.coverage = gained / total if total else 0.0
    unit.through_heading = by_heading and not by_words  # it answers as part of what its heading is about
    adds, factors = [asked.recency.get(unit.hit.chunk.document_id, 0.0)], []  # the boosts besides its rank's
    opening = retriever.analyzer.short_terms(" ".join(opening_words(unit.text, retriever.analyzer)), lang)
    if asked.agent:  # "Hvem tildeler midlene?": a sentence whose subject is someone else than asked
        if (acting(unit.text, retriever.analyzer, lang) or reader) - asked.lemmas:
            adds.append(SUBJECT_BOOST)
        if asked.action and says_act_without_doer(unit.text, asked.action, retriever.analyzer, lang, asked.language):
            factors.append(DOERLESS_PENALTY)  # "… og henvist på rett måte" says that it is done, not by whom
    elif any(alt & opening for c in concepts if c.opens for alt, weight in c.alternatives
             if weight > VERB_WITHOUT_PARTICLE_WEIGHT):
        adds.append(SUBJECT_BOOST)  # (a loose alternative, "bidra" of "formålet", is no subject of it)
    if asked.types & unit.features:
        adds.append(TYPE_BOOST)
        defined = "define" in asked.types & unit.features
        if defined and says_what_kind(unit.text, retriever.analyzer.vocabulary.grammar):
            adds.append(KIND_NAMED_BOOST)  # "SEVU-PPT står for «…»" over "SEVU-PPT er godt i gang"
        if {"who", "audience"} <= asked.types and "audience" in unit.features:
            adds.append(TYPE_BOOST)  # whom it is for: the target group says more than a sentence naming someone
    elif gives_cause_next(unit, asked, retriever, lang):
        adds.append(TYPE_BOOST)  # "Det er en nedgang på …" before "Årsaken er at …", for "Hvorfor gikk det ned?"
    if "role" in unit.features and "\n• " in unit.text:
        adds.append(DUTIES_BOOST)  # "Statsforvalteren skal: • …": what someone does, as pages set it out
    if "list" in asked.types and names_its_items(unit, concepts):
        adds.append(NAMED_LIST_BOOST)  # "Tilskuddsordningen for lokal kompetanseutvikling omfatter: • …"
    unit.under_asking_heading = asked_by_heading
    if asked_by_heading:
        adds.append(ASKED_BY_HEADING_BOOST)
        if opens_section(unit, retriever):
            adds.append(SECTION_OPENING_BOOST)
    if asked.complement and says_with_preposition(unit.text, *asked.complement, retriever.analyzer, lang):
        adds.append(COMPLEMENT_BOOST)
    if repeats_phrase(unit, asked, retriever.analyzer) or any(phrase_said.values()):
        adds.append(PHRASE_BOOST)  # "Hvem skal ha en PP-tjeneste?": "Alle kommuner … skal ha en PP-tjeneste."
    if asked.qualities and predicates_quality(unit.text, asked.qualities, retriever.analyzer, lang):
        adds.append(PHRASE_BOOST)  # "Er ordningen varig?": "… vil det være en varig ordning", not "varige behov"
    if asked.quantified and says_quantity_asked(unit, asked, retriever.analyzer):
        adds.append(QUANTITY_BOOST)
    if "next" in asked.types and asked.premise & unit.covered and tells_premise(
            unit, asked, concepts, retriever.analyzer, lang) and (
            "next" not in unit.features or tells_premise_next(unit, asked, concepts, retriever.analyzer, lang)):
        factors.append(PREMISE_PENALTY)  # "Eierne melder behov …" tells the step the question says has happened
    if unit.text.rstrip().endswith("?") and not asked.for_question:
        factors.append(QUESTION_PENALTY)
    if "pointer" in unit.features and not asked.for_place:
        # "Her finner dere …" says where to find what is asked, not what it is, nor what an evaluation found ("Kva
        # fann evalueringa?" met "Her finner du …")
        factors.append(QUESTION_PENALTY)
    if asked.happened and says_as_planned(unit.text, asked.own_terms, retriever.analyzer, lang):
        factors.append(PLANNED_PENALTY)  # "Når startet …?" is not answered by "… vil vi starte i 2023"
    if unit.hit.document.meta.outdated:
        factors.append(OUTDATED_PENALTY)
    if asked.numbered and numbers_another(unit, asked.numbered, retriever.analyzer, lang):
        factors.append(OTHER_NUMBER_PENALTY)  # "Hovedfunn" of "Delrapport 2" for "… i delrapport 1?"
    if unit.cut and "\n" not in unit.text:
        # a whole sentence that says as much is the better quote (a list keeps its lead-in)
        factors.append(CUT_PENALTY)
    if "count" in unit.features and asked.counted and not counts(unit.text, asked.counted, retriever.analyzer, lang,
                                                                 totals=False):
        factors.append(ALL_COUNTED_PENALTY)
    unit.boosts = tuple(adds), tuple(factors)
    unit.relevance = unit.coverage * ranked_boost(unit)


def completes_lead_in(unit: Unit) -> bool:
    """Whether a unit is an item quoted after the lead-in whose clause it completes: one that ends with no sentence
    end ("Statens rolle vil være å", "Kommunen skal:")."""
    return unit.antecedent is not None and not re.search(r"[.!?]$", unit.antecedent.text.rstrip())


def leads_into_conditions(lead_in: str, retriever: Retriever) -> bool:
    """Whether a list's lead-in stops at a word that opens a condition ("… gir tjenester når", "Du kan søke dersom"):
    its items are the conditions."""
    said = words(lead_in)
    return bool(said) and retriever.analyzer.vocabulary.grammar.is_a("condition-lead-in", said[-1].lower())


def premise_terms(asked: Asked, concepts: list[Sought]) -> frozenset[str]:
    """The terms of the step a "Hva skjer etter at …?" question says has happened ("meldt behov")."""
    return frozenset().union(*(c.any_terms for c in concepts if c.concept.label in asked.premise))


def tells_premise(unit: Unit, asked: Asked, concepts: list[Sought], analyzer: Analyzer, lang: str) -> bool:
    """Whether a sentence tells the step a "Hva skjer etter at …?" question says has happened as a step of its own,
    not only in a relative clause that names what another step acts on ("… behandle søknader som er godkjent av
    skoleeierne"); a cleft's clause is its own ("Det er eier som står for behovsmeldingen")."""
    if cleft_doers(unit.text, analyzer, lang):
        return True
    premise = premise_terms(asked, concepts)
    tokens = [w.lower() for w in words(unit.text)]
    said = [i for i, token in enumerate(tokens) if not premise.isdisjoint(analyzer.terms(token, lang))]
    grammar = analyzer.vocabulary.grammar
    return not said or any(not any(grammar.is_a("relative-pronoun", t) for t in tokens[max(0, i - RELATIVE_WITHIN):i])
                           for i in said)


def tells_premise_next(unit: Unit, asked: Asked, concepts: list[Sought], analyzer: Analyzer, lang: str) -> bool:
    """Whether the step a sentence tells after its next-step word is the one a "Hva skjer etter at …?" question says
    has happened ("… analyserer behovet og deretter melder behov" for "… etter at behovet er meldt?"): it tells that
    step, not the one after it."""
    found = analyzer.vocabulary.grammar.build("{next-step-word}").search(unit.text)
    if not found:
        return False
    after = analyzer.terms(unit.text[found.end():], lang)[:NEXT_STEP_TERMS]
    return not premise_terms(asked, concepts).isdisjoint(after)


def gives_cause_next(unit: Unit, asked: Asked, retriever: Retriever, lang: str) -> bool:
    """Whether a "why" question's cause or purpose is told by the sentence right after a unit, leaning on it
    ("Årsaken er at …" after the fall it explains), which `ExtractiveComposer.continued` then quotes with it."""
    following = unit.following
    return "purpose" in asked.types and following is not None and following.antecedent is unit and (
        "purpose" in answer_features(following.text, retriever.analyzer, lang, asked.lemmas, asked.counted))


def titled_by_headings(unit: Unit, title: frozenset[str], retriever: Retriever) -> bool:
    """Whether the passage's first heading is its page's title, or most of it (a page's title often adds its site's
    name or "(sammendrag)")."""
    path = unit.hit.chunk.heading_path
    first = retriever.analyzer.short_terms(path[0], unit.hit.document.meta.language) if path else frozenset()
    return not title or len(first & title) * 2 >= len(title)


def has_passed(unit: Unit, present_year: int, grammar: Grammar) -> bool:
    """Whether the time a unit gives lies in a year before `present_year`: the years it names, or for a day without
    one the years its headings name ("Viktige datoer i 2017" / "1. mars: Søknadsfrist …"), or else the year of its
    page's date ("Portalen åpner 10. oktober"). A yearly time ("i februar hvert år") recurs."""
    if not unit.features & {"day", "time"} or grammar.search("every-year", unit.text):
        return False
    date = unit.hit.document.meta.date
    years = years_said(unit.text) or years_said(" ".join(unit.hit.chunk.heading_path)) or (
        [int(date[:4])] if date[:4].isdigit() else [])
    return bool(years) and max(years) < present_year


def defines_asked(unit: Unit, concepts: list[Sought], retriever: Retriever, asked: Asked, lang: str) -> bool:
    """Whether a unit says what a "Hva er …?" question asks about is, or spells out the short form asked about:
    what an abbreviation stands for ("Hva står PPT for?") is only said by spelling it out."""
    analyzer, terms = retriever.analyzer, asked.defined
    asked_words = [[alt for alt, _ in c.alternatives] for c in concepts
                   if c.concept.weight >= 1.0 and not c.concept.frame and not c.concept.from_context]
    text = unit.text
    return (not asked.spell_out and defines(text, terms, analyzer, lang) or spells_out(text, terms, analyzer, lang)
            or stands_for(text, terms, analyzer, lang) or spelled_out_before(text, asked_words, analyzer, lang)
            or asked.spell_out and spelled_out_after(text, asked_words, analyzer, lang))


def numbers_another(unit: Unit, numbered: frozenset[tuple[str, str]], analyzer: Analyzer, lang: str) -> bool:
    """Whether a unit, its page's title or its section's headings name by another number what the question names
    by its number, and never by that one: "Delrapport 2 – …" for "delrapport 1"."""
    where = f"{unit.hit.document.meta.title}\n{' / '.join(unit.hit.chunk.heading_path)}\n{unit.text}"
    said = numbered_names(where, analyzer, lang)
    return any(noun == asked and number != asked_number for asked, asked_number in numbered
               for noun, number in said) and not numbered & said


def says_number_apart(unit: Unit, number: str, numbered: frozenset[tuple[str, str]], analyzer: Analyzer,
                      lang: str) -> bool:
    """Whether the number a question names something by ("3" of "fase 3") stands in a unit apart from it only:
    "regulert i § 5-3" names a section of an act, not phase 3."""
    pairs = {pair for pair in numbered if pair[1] == number}
    return bool(pairs) and not pairs & numbered_names(unit.text, analyzer, lang)


def opening_words(text: str, analyzer: Analyzer) -> list[str]:
    """The first words of a sentence, where its subject stands, and after a formal subject and its verb ("Det finnes
    tre ordninger", "Det er statsforvalteren som …") the words that are the subject."""
    tokens = text.removeprefix("• ").split()
    grammar = analyzer.vocabulary.grammar
    if len(tokens) > 2 and grammar.is_a("expletive", tokens[0]) and grammar.is_a("presentational-verb", tokens[1]):
        return tokens[:SUBJECT_WORDS] + tokens[2:2 + SUBJECT_WORDS]
    return tokens[:SUBJECT_WORDS]


def repeats_phrase(unit: Unit, asked: Asked, analyzer: Analyzer) -> bool:
    """Whether the unit says a phrase of the question that holds its finite verb (query.verb_phrases): it asserts
    what the question asks of ("Hvem skal ha en PP-tjeneste?" is answered by "… skal ha en PP-tjeneste", where "ha"
    is no topic of its own), as a search engine ranks a phrase match higher. An item says it as the clause its
    lead-in opens ("Statens rolle vil være å" / "• evaluere ordningen")."""
    text = f"{unit.antecedent.text.rstrip().rstrip(':')} {unit.text}" if completes_lead_in(unit) else unit.text
    return says_phrase(text, asked.verb_phrases, analyzer, unit.hit.document.meta.language)


DEFINITE_HEADS_CACHE = 16384  # sentences whose definite nouns are read, of every question's passages
MIN_COMPOUND_HEAD = 4  # the shortest last part that names a compound by itself ("plan" of "kompetanseplan")
REFERENT_CREDIT = 0.5  # a concept a sentence says only through a pronoun for the subject of the one before
SUBJECT_PHRASE_WORDS = 6  # the most words before its finite verb a sentence's subject is read as (referent_terms)


def referent_terms(unit: Unit, retriever: Retriever, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """What a sentence that opens with a personal pronoun ("De", "Dei", "They") speaks of: the subject of the
    sentence it leans on, the words before that one's finite verb ("Private barnehage- og skoleeiere kan …"), as
    terms with and without their compounds' parts; nothing for any other sentence."""
    if unit.antecedent is None:
        return frozenset(), frozenset()
    grammar = retriever.analyzer.vocabulary.grammar
    opening = words(unit.text)[:1]
    if not opening or not grammar.is_a("third-person", opening[0].lower()):
        return frozenset(), frozenset()
    tokens = unit.antecedent.text.removeprefix("• ").split()
    verb = next((i for i, t in enumerate(tokens[:SUBJECT_PHRASE_WORDS + 1]) if grammar.is_a("finite-verb", t)), 0)
    if not verb or grammar.is_a("expletive", tokens[0].lower()) or grammar.is_a("preposition", tokens[0].lower()):
        return frozenset(), frozenset()
    return terms_of(" ".join(tokens[:verb]), retriever.analyzer, lang)


def leaned_on_terms(unit: Unit) -> tuple[frozenset[str], frozenset[str]]:
    """The terms, with and without their compounds' parts, of the sentences a unit leans back on, one on the next."""
    terms: set[str] = set()
    whole: set[str] = set()
    antecedent = unit.antecedent
    while antecedent is not None:
        terms |= antecedent.terms
        whole |= antecedent.whole_terms
        antecedent = antecedent.antecedent
    return frozenset(terms), frozenset(whole)


def names_compound_by_its_head(wanted: Sought, unit: Unit, grammar: Grammar) -> bool:
    """Whether a unit says a compound asked about by its last part alone, in the definite form, where its passage
    named the compound before it: "Det er bevilget 10 millioner kroner til ordningen" after "… en nasjonal
    prøveordning" speaks of the prøveordning ("… blir deretter en varig ordning" of none), and "Direktoratet
    forvalter …" after "Utdanningsdirektoratet har …" of the directorate named."""
    compounds = [compound for compound in wanted.compounds if compound in unit.said_before]
    if not compounds or normalise_language(unit.hit.document.meta.language) == "en":
        return False
    heads = definite_heads(unit.text, tuple(grammar.classes["definite-ending"]))
    return any(is_compound_of(compound, head) for compound in compounds for head in heads)


@lru_cache(maxsize=DEFINITE_HEADS_CACHE)
def definite_heads(text: str, endings: tuple[str, ...]) -> frozenset[str]:
    """The words of a text without their definite ending ("ordningen" -> "ordning"), long enough to name a
    compound."""
    return frozenset(token[:-len(ending)] for token in (w.lower() for w in words(text)) for ending in endings
                     if token.endswith(ending) and len(token) - len(ending) >= MIN_COMPOUND_HEAD)


def opens_section(unit: Unit, retriever: Retriever) -> bool:
    """Whether a unit is the first under its heading: the paragraph "Et ekstra mål for …" heads is that goal."""
    chunk = unit.hit.chunk
    return bool(chunk.heading_path) and not chunk.text[:max(0, unit.start - chunk.start)].strip() and (
        retriever.opens_section(chunk))


def rank_as_section(units: list[Unit]) -> None:
    """What stands under a heading that asks the question answers as its section does: each unit there ranks as the
    section's best passage (its own passage's rank says how its words matched, not what makes it answer), so that
    the section's opening and a sentence that names what is asked come first within it."""
    best: dict[tuple[str, tuple[str, ...]], int] = {}
    for unit in units:
        if unit.under_asking_heading:
            key = (unit.hit.chunk.document_id, tuple(unit.hit.chunk.heading_path))
            best[key] = min(best.get(key, unit.rank), unit.rank)
    for unit in units:
        if unit.under_asking_heading:
            rank = best[(unit.hit.chunk.document_id, tuple(unit.hit.chunk.heading_path))]
            if rank < unit.rank:
                unit.rank = rank
                unit.relevance = unit.coverage * ranked_boost(unit)


def spare_outdated(units: list[Unit], asked: set[str]) -> None:
    """An outdated page answers where no current page says as much: a sentence of one that says more of the question
    than any current page's, and a word of it none of theirs says, answers what the question asks about ("Hva var
    søknadsfristen i prøveordningen …?" of a pilot only an archived page tells), and loses the outdated penalty."""
    current = [u for u in units if not u.hit.document.meta.outdated]
    said = set().union(*(u.covered for u in current))
    most = max((u.coverage for u in current), default=0.0)
    for unit in units:
        if unit.hit.document.meta.outdated and unit.coverage > most and unit.covered & (asked - said) and (
                OUTDATED_PENALTY in unit.boosts[1]):
            adds, factors = unit.boosts
            kept = list(factors)
            kept.remove(OUTDATED_PENALTY)
            unit.boosts = (adds, tuple(kept))
            unit.relevance = unit.coverage * ranked_boost(unit)


def ranked_boost(unit: Unit) -> float:
    """How much a unit's coverage counts: more for a passage ranked higher, and by what `score` found of it (added
    and multiplied in the order it found them)."""
    adds, factors = unit.boosts
    boost = 1 + RANK_BOOST / (1 + unit.rank)
    for add in adds:
        boost += add
    for factor in factors:
        boost *= factor
    return boost


RESTATES = 0.6  # the share of the last answer's words a sentence must say to say it again


def own_sought(concepts: list[Sought]) -> list[Sought]:
    """What the question itself asks about, not what the conversation or the last answer brought in."""
    return [c for c in concepts if c.concept.weight >= 1.0 and not (c.concept.from_context or c.concept.from_answer)]


def names_frame(text: str, frame: str, retriever: Retriever) -> bool:
    """Whether a sentence names the kind of answer it gives ("Målsettingen er …", "Fristen er …"), as a word or as
    the last part of a compound ("Søknadsfristen er …"). Not money: its words ("tilskudd", "midlene") name what a
    grant page speaks of throughout, not an amount."""
    grammar = retriever.analyzer.vocabulary.grammar
    kind = f"frame-{frame}"
    if frame == "money" or kind not in grammar.classes:
        return False
    said = [w.lower() for w in words(text)]
    return any(grammar.is_a(kind, w) for w in said) or any(
        is_compound_of(w, entry) for w in said for entry in grammar.classes[kind] if " " not in entry)


def labelled_as_other(text: str, frame: str, retriever: Retriever) -> bool:
    """Whether a labelled line's label (on it, or on the line over it) says its value is something other than the
    kind asked: a card's "Hvem kan søke: Ikke-kommunale barnehageeiere" names who may apply, not who is responsible
    ("Ansvarlig: Fylkesmannen i Hordaland"). Not for money, whose words name no amount (names_frame)."""
    first, _, rest = text.partition("\n")
    if frame == "money" or not (is_labelled_line(text) or is_colon_label(first) and rest and "\n" not in rest):
        return False
    label = text.split(":", 1)[0]
    # … a label that is itself the value ("1. februar: Søknadsskjema tilgjengelig") says when, not what it is
    return not any(c.isdigit() for c in label) and not names_frame(label, frame, retriever)


def heads_frame_asked(heading: str, frame: str, concepts: list[Sought], unit: Unit, retriever: Retriever) -> bool:
    """Whether a section's heading names the kind asked for and nothing the question does not ask about
    ("Hovedfunn" for "Hva er hovedfunnene i evalueringen?"; "Mål for konferansene" heads no goal of the grant)."""
    if not names_frame(heading, frame, retriever):
        return False
    grammar = retriever.analyzer.vocabulary.grammar
    lang = unit.hit.document.meta.language
    # "Målet med ordninga" on a page titled after what the question asks about: "ordninga" is the page's subject
    of_page = page_titled_as_asked(unit, concepts, retriever)
    rest = " ".join(w for w in words(heading) if not grammar.is_a(f"frame-{frame}", w.lower())
                    and not (of_page and grammar.is_a("subject-reference", w.lower())))
    return retriever.analyzer.short_terms(rest, lang) <= frozenset().union(*(c.any_terms for c in concepts))


def page_titled_as_asked(unit: Unit, concepts: list[Sought], retriever: Retriever) -> bool:
    """Whether the unit's page has a title that names something the question asks about, besides the kind of
    answer it asks for ("Leseløftet i Agder" for "Hva er målet med Leseløftet?")."""
    named = [c.alternatives for c in own_sought(concepts) if not c.concept.frame]
    title = retriever.document_subject_terms(unit.hit.chunk.document_id)
    return any(title_names(title, [alternatives]) for alternatives in named)


def opens_page_about(unit: Unit, concepts: list[Sought], retriever: Retriever) -> bool:
    """Whether the unit is the first a page says, after its headings, date and any question it opens with ("Hvordan
    bruker skolene pakken?"), and the page's title opens with what the question asks about and names all of it (in
    its words, a synonym or the Norwegian of an English question's): a public page opens with what its subject is."""
    own = own_sought(concepts)
    if not any(re.search(r"[.!?:]$", line.strip()) for line in unit.text.splitlines()):
        return False  # a table's lines ("17 Mar 2021" / "Application submission deadline") say no subject
    if is_labelled_line(unit.text):
        return False  # nor does a fact box's labelled line ("Søknadsfrist: 1. februar 2022")
    meta = unit.hit.document.meta
    title = retriever.document_subject_terms(unit.hit.chunk.document_id)
    # a name's page may be about the name and something else ("Statped og kompetanseløftet"): names have their scope
    if not own or any(c.concept.name for c in own) or not title_names(title, [c.alternatives for c in own]):
        return False
    if not names_its_subject(meta.title, own, retriever.analyzer, meta.language):
        return False
    headings = {heading.strip() for heading in unit.hit.chunk.heading_path}
    before = retriever.document_text(unit.hit.chunk.document_id)[:unit.start].splitlines()
    return all(not line.strip() or line.strip() in headings or is_date_stamp(line) or line.rstrip().endswith("?")
               for line in before)


def title_names(title: frozenset[str], asked: list[Iterable[tuple[Iterable[str], float]]]) -> bool:
    """Whether a page's title (its terms) names every concept asked, each by one of its alternatives (the words
    asked, a synonym, the Norwegian of an English question's)."""
    return all(any(title.issuperset(alt) for alt, w in alternatives if w >= SYNONYM_WEIGHT) for alternatives in asked)


def names_its_subject(title: str, own: list[Sought], analyzer: Analyzer, lang: str) -> bool:
    """Whether a title names what the question asks about as its subject ("Regional ordning for barnehagar",
    "Nærmere om tilrådingen"), not as the complement of a preposition ("Henvisning til PP-tjenesten" is about
    referrals, "Mandat for samarbeidsforum" about a mandate, "Strategi for etter- og videreutdanning" about a
    strategy)."""
    grammar = analyzer.vocabulary.grammar
    said = words(title)
    asked = frozenset().union(*(alt for c in own for alt, w in c.alternatives if w >= SYNONYM_WEIGHT))
    first = next((i for i, word in enumerate(said) if not asked.isdisjoint(analyzer.terms(word, lang))), None)
    if first is None or first == 0:
        return first == 0
    while first >= 2 and grammar.is_a("coordinating", said[first - 1]):
        first -= 2  # "Strategi for etter- og videreutdanning": what is coordinated stands after the same word
    if first == 0:
        return True
    # … with a word that qualifies it between ("Retningslinjer for tilskuddsordning for lokal kompetanseutvikling"
    # are about guidelines)
    before = next((word for word in said[max(first - 2, 0):first][::-1] if grammar.is_a("stranded-preposition", word)),
                  said[first - 1])
    return not grammar.is_a("stranded-preposition", before) or grammar.is_a("topic-preposition", before)


def answers_heading_question(unit: Unit, concepts: list[Sought], retriever: Retriever, types: set[str]) -> bool:
    """Whether the unit opens a section whose heading is a question that asks what the question asks: it names all
    the question asks about and nothing more ("Hva er ReKomp 70?" does not ask what ReKomp is), and asks for the
    same kind of answer where both ask for one ("Hvem kan søke?" does not ask how often). Pages of questions and
    answers put the answer right under its question; a page's fact box puts it after a label that asks it ("Hvem
    kan søke:" over "Eiere av …")."""
    label = asking_label(unit.text, retriever.analyzer.vocabulary.grammar)
    if label:
        return asks_as_asked(label, unit, concepts, retriever, types)
    path = unit.hit.chunk.heading_path
    if not path or not path[-1].rstrip().endswith("?"):
        return False
    if not asks_as_asked(path[-1], unit, concepts, retriever, types):
        return False
    # the answer may be the section's first item ("Hvem kan få støtte?" over "• Bedrifter som …")
    before = LIST_MARKER_AT_END.sub("", retriever.document_text(unit.hit.chunk.document_id)[:unit.start])
    return before.rstrip().endswith(path[-1].strip())


def asking_label(text: str, grammar: Grammar) -> str:
    """The label of a labelled line that asks a question ("Hvem kan søke:" of "Hvem kan søke:\nEiere av …"), or ""."""
    label, newline, value = text.partition("\n")
    asks = newline and value.strip() and is_colon_label(label) and grammar.build(r"^{asking-label}\b").match(label)
    return label.removesuffix(":") if asks else ""


def asks_as_asked(heading: str, unit: Unit, concepts: list[Sought], retriever: Retriever, types: set[str]) -> bool:
    """Whether a heading's or a label's question asks what the question asks (answers_heading_question)."""
    own = own_sought(concepts)
    heading_terms = retriever.analyzer.short_terms(heading, unit.hit.document.meta.language)
    document = unit.hit.chunk.document_id
    # a name the heading leaves out may be the page's own ("Hvem kan få støtte fra Viken?" on Viken's FAQ)
    page = retriever.document_subject_terms(document) | retriever.document_publisher_terms(document)
    if not own or any(c.any_terms.isdisjoint(heading_terms) and not (
            c.concept.name and any(alt <= page for alt, _ in c.alternatives)) for c in own) or asks_more(
            heading, own, retriever.analyzer, unit.hit.document.meta.language):
        return False
    heading_types = question_types(heading, retriever.analyzer.vocabulary.grammar)
    heading_kinds = heading_types & ANSWER_KINDS
    if "define" in types and "define" not in heading_types and heading_types & (ANSWER_KINDS | {"manner"}):
        return False  # "Hvordan melder du behov?" does not ask what a needs report is
    return not (heading_kinds and types & ANSWER_KINDS and not heading_kinds & types)


def asks_more(heading: str, own: list[Sought], analyzer: Analyzer, lang: str) -> bool:
    """Whether a heading's question names a word the question does not: one none of whose forms it asks, whole or
    part by part (a compound's part has two forms, "vid" and "vider" of "videre-", where the question keeps one)."""
    asked = frozenset().union(*(c.any_terms for c in own))
    stop = analyzer.vocabulary.stopwords[normalise_language(lang)]

    def said(word: str) -> bool:
        return not asked.isdisjoint(analyzer.word_terms(word, lang))

    def is_asked(word: str) -> bool:
        parts = [part for part in analyzer.parts(word) if part not in stop]
        return said(word) or bool(parts) and all(said(part) for part in parts)

    return not all(is_asked(word) for word in content_words(heading, lang, analyzer.vocabulary))


def gives_kind_of_named(unit: Unit, asked: Asked, credits: list[tuple[Sought, float]]) -> bool:
    """Whether a sentence gives the number, day or amount a follow-up asks, and says a word of the follow-up's own:
    it answers the follow-up, though the last answer said it ("Hvor mange barnehager gjaldt det?" after "… Disse
    omfattet totalt 1587 barnehager …"); "Og i 2021?" is not answered by the amount of 2020 again."""
    return bool(unit.features & asked.types & GIVEN_KINDS) and any(
        credit >= 0.5 for wanted, credit in credits
        if wanted.concept.weight >= 1.0 and not wanted.concept.from_context and not wanted.concept.from_answer)


def restates(matches: list[tuple[Sought, float]]) -> bool:
    """Whether a unit says again what the last answer said, from how far its words say each concept: most of the
    answer's words ("Det er statsforvalteren i det enkelte fylke som forvalter …" after "Det er statsforvalteren i
    de enkelte fylkene som administrerer ordningen")."""
    said = [(w.weight, match) for w, match in matches if w.concept.from_answer]
    total = sum(weight for weight, _ in said)
    return bool(total) and sum(weight for weight, match in said if match >= 0.5) / total >= RESTATES


@lru_cache(maxsize=4096)  # a few alternatives a question, read for every sentence scored
def whole_words(terms: frozenset[str]) -> frozenset[str]:
    """The terms of a name's words as written, without the parts of its compounds that stand beside them
    ("utdanningsdirektorat", not also "utdanning" and "direktorat")."""
    return frozenset(t for t in terms if not any(t != other and t in other for other in terms))


def where_names_stand(unit: Unit, retriever: Retriever) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The terms a name asked about may stand as around a unit, each word as written (a name is not the first part
    of another name: "Nordlandsforskning" does not say "Nordland"): its page's title and its section's headings, its
    publisher, and the page's whole text."""
    document_id, lang = unit.hit.chunk.document_id, unit.hit.document.meta.language
    meta, whole = unit.hit.document.meta, retriever.analyzer.short_whole_terms
    return (whole(meta.title, lang) | whole(" ".join(unit.hit.chunk.heading_path), lang),
            whole(meta.publisher_names, lang),
            retriever.document_terms(document_id, compounds=False))


def name_scope(alternatives: tuple[tuple[frozenset[str], float], ...], about: frozenset[str],
               document: frozenset[str]) -> float:
    """How far a name the question asks within ("i Nordland", "for Statped") is met by where a sentence stands:
    wholly where the page's title, the section's headings or the publisher name it; nearly where only the page's
    text elsewhere does (a sentence that names it itself wins between the two: "Hammerfest og Alta starter i 2024"
    over "Hasvik starter i 2023" on a page that names both); an actor only by the title and headings."""
    if any(whole_words(alt) <= about for alt, _ in alternatives):
        return 1.0
    if document and any(whole_words(alt) <= document for alt, _ in alternatives):
        return ELSEWHERE_CREDIT
    return 0.0


def said_as_asked(unit: Unit, concepts: list[Sought]) -> frozenset[str]:
    """The labels of the concepts a unit says as the question words them, not only by a synonym."""
    return frozenset(wanted.concept.label for wanted in concepts if any(
        share_said(alt, unit.terms, unit.whole_terms) >= PART_CREDIT for alt in wanted.own_alternatives))


def share_said(terms: frozenset[str], said: frozenset[str] | set[str], said_whole: frozenset[str] | set[str]) -> float:
    """How much of an alternative's `terms` a text says (`said`: its terms with its compounds' parts; `said_whole`:
    without): its share, a term met only inside a compound ("enkeltskoler" for "skole") counting a little less than
    one met as a word of its own. Part of a phrase or of a compound's parts counts as the square of its share:
    "søker" is not half of "søkeprosessen"."""
    if terms.isdisjoint(said):
        return 0.0  # most alternatives of most concepts: the common case, decided without counting
    whole = len(terms & said_whole)
    share = (whole + PART_CREDIT * (len(terms & said) - whole)) / len(terms)
    return share if share >= 0.99 * PART_CREDIT else share * share


def names_its_items(unit: Unit, concepts: list[Sought]) -> bool:
    """Whether a list's lead-in says every word the question asks of its own: "Tilskuddsordningen for lokal
    kompetanseutvikling omfatter:" is the list "Hvilke ordninger finnes for lokal kompetanseutvikling?" asks for,
    where a list that says them only in its items ("… som en del av tilskuddsordningen for lokal …") is another."""
    own = [wanted for wanted in concepts if wanted.concept.weight >= 1.0 and not wanted.concept.frame]
    return bool(unit.parts) and bool(own) and all(wanted.said_in(*unit.parts[0]) >= 0.5 for wanted in own)


def said_apart(unit: Unit, concepts: list[Sought]) -> set[str]:
    """Of the concepts a list meets, those it says only in other items than the one that says the most of the
    question (its lead-in aside): the question's words spread over a list's separate items are not said together
    ("… motta rapporteringer" / "… nye kommuner" / "… fordele midler" does not say who may receive new grants)."""
    if not unit.parts:
        return set()
    lead_in, items = unit.parts[0], unit.parts[1:]

    def says(wanted: Sought, part: Terms) -> bool:
        return wanted.said_in(*part) >= 0.5

    in_items = {wanted.concept.label: (wanted.weight, {i for i, item in enumerate(items) if says(wanted, item)})
                for wanted in concepts if not says(wanted, lead_in)}
    said = [0.0] * len(items)
    for weight, where in in_items.values():
        for i in where:
            said[i] += weight
    most = max(range(len(items)), key=said.__getitem__)
    return {label for label, (_, where) in in_items.items() if where and most not in where}


COMPOSED_OF = r"^(?:[^\s.!?]+\s+){1,5}{composition-verb}\b"  # "Samarbeidsforum i fylket består av …"


def says_what_actor_does(unit: Unit, actors: set[str], retriever: Retriever, lang: str) -> bool:
    """Whether the actor asked about is the sentence's subject ("Statped skal …", "I tillegg skal kommunen …"),
    or the section it stands in is headed by the actor alone ("Statsforvalteren"), and the sentence does not say
    what the actor is made of, nor what its name stands for."""
    grammar = retriever.analyzer.vocabulary.grammar
    if not actors or is_fact_box(unit.text) or grammar.build(COMPOSED_OF).match(unit.text):
        return False  # "Forumet består av …" says what it is made of
    if stands_for(unit.text, actors, retriever.analyzer, lang):
        return False  # "Statped står for Statlig pedagogisk støttesystem" says what its name means
    # … of each sentence, where a short one is quoted with the one after it ("Samarbeidsforum behandlar
    # behovsmeldingane. Statsforvaltaren fattar vedtak …" says what the county governor does)
    sentences = [unit.text] if unit.items else [unit.text[s:e] for s, e in sentence_spans(unit.text)] or [unit.text]
    for sentence in sentences:
        if named_or_kind_of(subject_words(sentence, grammar), retriever.analyzer, lang) & actors:
            return not acted_on(sentence, retriever.analyzer, lang)  # "PPT er regulert i …" says what is done to it
    subject = subject_words(unit.text, grammar)
    publisher = set(retriever.analyzer.terms(unit.hit.document.meta.publisher, lang))
    if speaks_as_publisher(subject, grammar) and publisher & actors:
        return True  # "Vi kan bidra med …" on the page of the one asked about
    path = unit.hit.chunk.heading_path
    heading = set(retriever.analyzer.terms(path[-1], lang)) if path else set()
    return bool(heading) and heading <= actors


def named_or_kind_of(said: list[str], analyzer: Analyzer, lang: str) -> set[str]:
    """The terms of words and of their compounds' last parts, what each compound is a kind of: "Nettverket" and
    "Kompetansenettverket" are networks; "Etterutdanningsordningen" is a scheme, no "etterutdanning"."""
    out = set(analyzer.terms(" ".join(said), lang, compounds=False))
    for word in said:
        parts = analyzer.parts(word.lower())
        if parts:
            out.update(analyzer.word_terms(parts[-1], lang))
    return out


def reader_acting(unit: Unit, retriever: Retriever, lang: str) -> frozenset[str]:
    """The actors a sentence to its reader has as its subject ("Dere må inkludere og koordinere PPT …"): those the
    heading of its section names ("Kommunens ansvar"), the page speaking to them."""
    grammar = retriever.analyzer.vocabulary.grammar
    subject = subject_words(unit.text, grammar)
    path = unit.hit.chunk.heading_path
    if not path or not subject or not grammar.is_a("addressee-pronoun", subject[0].lower()):
        return frozenset()
    return acting(path[-1], retriever.analyzer, lang)


def addresses_asked(unit: Unit, asked: Asked, retriever: Retriever, lang: str) -> bool:
    """Whether a sentence tells its reader what to do, the reader being whom the question asks about: the asker
    ("Hva bør jeg gjøre?" and "… bør du først kontakte skolen"), or the actor it names as the reader ("Hva bør
    foreldre gjøre?" and "Dersom du som forelder …")."""
    grammar = retriever.analyzer.vocabulary.grammar
    if "pointer" in unit.features:
        return False  # "Her finner dere veilederen" tells where to read, not what to do
    if asked.by_asker:
        return grammar.search("addressee-pronoun", unit.text)
    named = grammar.build(r"{addressee-pronoun}\s+som\s+([^\W\d_]+)").finditer(unit.text)
    return any(set(retriever.analyzer.terms(found.group(1), lang)) & asked.actors for found in named)


def is_label_and_value(label: str, value: str, between: str) -> bool:
    """A fact box's pair of lines: a short label with no sentence end (a heading, often) right over a short value
    ("Kontaktperson" / "Kari Nordmann", "Partner institution" / "NTNU Social Research"); the label may end in a
    colon ("Kontaktperson – kompetanseløftet:"), the value may not (it would label what follows)."""
    return is_line_under(label, value, between) and (is_fragment(label) or is_colon_label(label)) \
        and is_fragment(value) and not value.endswith(":")


def continues_value(text: str, group: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Whether a line goes on the value of the colon label that opens the group: "Kontaktperson:" / "Kari
    Nordmann" / "Rådgiver for kompetanseløftet" is one card (the next "Kontaktperson – …:" opens another)."""
    last, line = group[-1], text[span[0]:span[1]]
    return len(group) >= 2 and is_colon_label(text[group[0][0]:group[0][1]]) and is_line_under(
        text[last[0]:last[1]], line, text[last[1]:span[0]]) and "\n" not in line and len(line.split()) <= \
        VALUE_LINE_WORDS and not re.search(r"[.!?;:]$", line)


def is_fact_line(text: str) -> bool:
    """A line that gives a value and names little else: labelled ("Søknadsfrist: 04.05.2018") or a short line with no
    stop, as web pages leave one ("Søknadsfrist er 15.september")."""
    return is_labelled_line(text) or "\n" not in text and len(text.split()) <= SHORT_ANSWER_WORDS + 1 and not re.search(
        r"[.!?;]$", text)


def completes_best(unit: Unit, best: Unit | None, required: set[str]) -> bool:
    """Whether a sentence gives the kind of answer asked for that the best sentence lacks (a day, an amount), on the
    best sentence's page, and says a word of the question it does not: the two answer together, however little the
    first says alone ("Nasjonal prøveordning 2016" in a page's lead, "Søknadsfrist er 15.september" further down)."""
    return best is not None and unit is not best and bool(unit.features & required & GIVEN_KINDS - best.features) and (
        unit.hit.chunk.document_id == best.hit.chunk.document_id) and bool(unit.covered - best.covered)


def is_date_over_label(date: str, label: str, between: str) -> bool:
    """A table of dates' pair of lines: a date alone on its line right over the short label that says what it is the
    date of ("17 Mar 2021" / "Application submission deadline")."""
    return is_line_under(date, label, between) and dates_label(date, label)


def is_line_under(above: str, line: str, between: str) -> bool:
    """Whether a line stands right under another, one blank line at most between, neither an item of a list."""
    return between.strip() == "" and 1 <= between.count("\n") <= 2 and not above.startswith("• ") \
        and not line.startswith("• ")


def is_fact_box(text: str) -> bool:
    """Lines that are labels and values only ("UH-sektor" / "Stat" of a figure): they name, not say what is done. A
    list's lead-in and its items ("Statsforvalteren skal:" / "• veilede kommunene") are not."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return all(is_fragment(line) and not line.startswith("• ") and not line.endswith(":") for line in lines)


def best_sentences(selected: list[Unit], grammar: Grammar) -> list[Unit]:
    """The sentence that opens the answer, and the best, chosen first, where it comes after the one it leans back on
    ("Men det kan også være aktuelt at friskoler søker direkte." after what it says "men" to); not where a
    demonstrative opens it and makes that one what it says ("Dette gjelder også når …" says the rule before it)."""
    lead = selected[0]
    if len(selected) < 2 or selected[1].antecedent is not lead:
        return [lead]
    opening = words(selected[1].text)[:1]
    return [lead] if opening and grammar.is_a("demonstrative", opening[0].lower()) else [lead, selected[1]]


def is_fragment(text: str) -> bool:
    """A label or heading-like line ("Partner institution"): no sentence, so no answer on its own. A labelled line
    ("Høringsfrist: 21.11.2020", "Status: Under behandling") says its label's value, a page's date stamp ("Oppdatert
    08.04.2024") when it was updated, a byline ("Av Kari Nordmann") who wrote it; a short clause closed by a stop or a
    semicolon ("Planen har to delar;") is a sentence, and so is one whose verb says something without its stop
    ("Søknadsfrist er 15.september", as web pages leave a short line), unless the saved text stops inside it ("Det
    er samarbeidsforum i"). A heading that announces how something is done ("Slik henviser du til PP-tjenesten")
    is one, however long."""
    return "\n" not in text and not is_labelled_line(text) and not is_date_stamp(text) and not is_byline(text) and (
        len(text.split()) <= SHORT_ANSWER_WORDS + 1) and not re.search(r"[.!?;]$", text) and (
        ends_in_lead_in_word(text) or not reads_as_statement(text)) or is_how_to_heading(text)


def dates_another_thing(unit: Unit, query: Query) -> bool:
    """Whether a unit is a page's date stamp ("Publisert 10.01.2023, sist endret 12.01.2023") that none of the
    question's words but a number meets: it says when the page was published or changed, no answer to when a
    deadline falls ("Når var fristen i 2023?"), only to when the page was updated ("Når ble siden oppdatert?")."""
    if not is_date_stamp(unit.text):
        return False
    said = {term for term in unit.terms if not term[:1].isdigit()}
    return not any(said.intersection(alternative) for concept in query.concepts for alternative in concept.alternatives)


def is_statement(text: str) -> bool:
    """Whether a text says something: a sentence closed by its stop, or a line that reads as one without it (not a
    name such as "Desentralisert ordning for kompetanseutvikling i grunnskole", an item of a list of names)."""
    return bool(re.search(r"[.!;:]$", text.rstrip())) or reads_as_statement(text)


def is_title(unit: Unit, dated: bool = False) -> bool:
    """A page's title where its text repeats it ("Kvalifikasjonskriterier: Kompetansepluss arbeid 2024"): it names
    what the page is about, and says nothing of it; nor does it with the date the page states under it
    ("Oppdatert 08.04.2024"), unless the question asks when (`dated`)."""
    lines = [line.strip().rstrip(".").lower() for line in unit.text.splitlines() if line.strip()]
    named = [line for line in lines if not is_date_stamp(line)]
    title = unit.hit.document.meta.title.strip().rstrip(".").lower()
    return named == [title] and (len(lines) == 1 or not dated)


def runs_on_unquoted(unit: Unit) -> bool:
    """Whether a unit of one line opens in lower case with nothing quoted before it: it finishes a line it does not
    quote (a heading's "Vilkår / – for at kommuner kan søke …"), so it says nothing on its own. A list's item after
    its lead-in is quoted with it; the items of a list right under its heading are quoted together."""
    return unit.text[:1].islower() and "\n" not in unit.text and unit.antecedent is None


def similarity(a: Unit, b: Unit) -> float:
    return len(a.terms & b.terms) / max(1, len(a.terms | b.terms))


def in_written_language(unit: Unit, pool: list[Unit], language: str) -> Unit:
    """The unit, or where a page and its translation into the other written Norwegian (bokmål, nynorsk) both say it,
    the translation's sentence in the asker's: a nearly as relevant sentence of the pool in the question's written
    language that says the same (the same terms, bar the words the two write differently)."""
    written = normalise_language(unit.hit.document.meta.language)
    if "en" in (written, language) or written == language:
        return unit
    translations = [u for u in pool if normalise_language(u.hit.document.meta.language) == language
                    and u.relevance >= TRANSLATION_SHARE * unit.relevance
                    and similarity(u, unit) >= TRANSLATION_SIMILARITY]
    return max(translations, key=lambda u: u.relevance, default=unit)


def in_asked_language(unit: Unit, pool: list[Unit], query: Query) -> Unit:
    """The unit, or where it stands on an English page and the question is Norwegian, a nearly as relevant Norwegian
    one that says as much of it and gives the kind asked for as well: "Hva er Statped?" is answered by "Statped står
    for …" before "Statped is a national centre …". (An English question is most often about Norwegian pages: it
    is left to relevance.)"""
    if query.language == "en" or normalise_language(unit.hit.document.meta.language) != "en":
        return unit
    asked = query.types & unit.features
    own = [u for u in pool if normalise_language(u.hit.document.meta.language) != "en"
           and u.coverage >= unit.coverage and asked <= u.features
           and u.relevance >= TRANSLATION_SHARE * unit.relevance]
    return max(own, key=lambda u: u.relevance, default=unit)


def said_in_full(unit: Unit, pool: list[Unit]) -> Unit:
    """The unit, or a nearly as relevant sentence of the pool that says all it says and more, of what is asked as
    much: "Henvisning til PP-tjenesten fra barnehage og skole skal skje …" names who refers, where "Henvisning til
    PP-tjenesten skal skje …" on the same page does not."""
    fuller = [u for u in pool if u.relevance >= TRANSLATION_SHARE * unit.relevance
              and u.words <= FULLER_LENGTH * unit.words and u.covered >= unit.covered
              and u.features >= unit.features and repeats(unit, u)]
    return max(fuller, key=lambda u: u.relevance, default=unit)


class ExtractiveComposer:
    def __init__(self, retriever: Retriever, max_sentences: int, max_words: int, min_coverage: float):
        self.retriever = retriever
        self.max_sentences = max_sentences
        self.max_words = max_words
        self.min_coverage = min_coverage
        # a passage is split into quotable units once, not once per question that retrieves it
        self._spans = lru_cache(maxsize=SPAN_CACHE)(partial(spans_of, retriever))

    def spans(self, hit: Hit) -> tuple[Span, ...]:
        chunk = hit.chunk
        return self._spans(chunk.document_id, chunk.start, chunk.end, hit.document.meta.language)

    def units(self, hit: Hit, rank: int) -> list[Unit]:
        """A passage's units; one that opens with the rest of a list that began in the passage before is quoted
        after that list's lead-in ("I arbeidet med … skal kommunen:"), which says whose list it is, or after the
        list's first items where it has none (a list right under its heading)."""
        units = units_of(hit, rank, self.spans(hit))
        if units and hit.chunk.text.startswith("• "):
            units[0].antecedent = self.before(hit, rank, lead_in_before)
            if not units[0].antecedent:
                units[0].earlier_items = self.before(hit, rank, items_before)
        return units

    def before(self, hit: Hit, rank: int, find: Callable[[str, int], tuple[int, int] | None]) -> Unit | None:
        """The unit `find` finds in the document before the passage (a list's lead-in, its first items)."""
        document_id = hit.chunk.document_id
        document_text = self.retriever.document_text(document_id)
        found = find(document_text, hit.chunk.start)
        holder = found and next((c for c in self.retriever.chunks_of(document_id) if c.start <= found[0] < c.end), None)
        if not holder:
            return None  # a heading over the list is no passage's text
        start, end = found
        text = document_text[start:end]
        terms, whole_terms = terms_of(text, self.retriever.analyzer, hit.document.meta.language)
        return Unit(Hit(holder, hit.document, hit.score * 0.5), rank, start, end, text, set(terms), set(whole_terms))

    def item_asked(self, unit: Unit, concepts: list[Sought], asked: Asked) -> Unit:
        """A long list's one item that says what the question asks beyond the list's lead-in, when no other item says
        half as much of it and the list says no more of the question, quoted after the lead-in; else the list. "Kan
        midla brukast på teknisk utstyr?" is answered by "Midla kan ikkje brukast på teknisk utstyr.", not by eleven
        criteria; "Hva består ordningen av?" (said by the lead-in) and a question two items answer get the list."""
        document = self.retriever.document_text(unit.hit.chunk.document_id)
        # a list of facts by their labels ("• Søknadsfrist: 17. desember") is answered by its one fact, however short
        facts = len(unit.items) >= 2 and all(is_labelled_line(document[a:b].removeprefix("• ")) for a, b in unit.items)
        # … and a short list of statements with no lead-in (it opens with its first item, bullet and all), each of
        # its own (a page's news or findings under a heading), by the one item that gives the kind of answer asked
        # for: "Hvor mange behovsmeldinger kom inn?" over "• 1. april var fristen for å melde inn behov …" / "• Vi
        # mottok 284 behovsmeldinger."
        by_kind_only = len(unit.items) < LONG_LIST and not facts and len(unit.items) >= 2 and (
            unit.items[0][0] <= unit.start + 2) and all(stands_alone(document[a:b]) for a, b in unit.items)
        if len(unit.items) < LONG_LIST and not facts and not by_kind_only or len(unit.parts) != len(unit.items) + 1 or (
                "role" in asked.types):
            return unit  # what someone does is all their duties
        # what the question asks of the list, not where (a name is its scope: "Universitetet i Agder" is no answer
        # to who sits in Agder's forum)
        own = [wanted for wanted in concepts if wanted.concept.weight >= 1.0 and not wanted.concept.name]

        def says(part: Terms) -> set[str]:
            return {w.concept.label for w in own if w.said_in(*part) >= 0.5}

        weight = {w.concept.label: w.weight for w in own}
        said_before = says(unit.parts[0])
        beyond = [sum(weight[label] for label in says(part) - said_before) for part in unit.parts[1:]]
        best = max(range(len(beyond)), key=beyond.__getitem__)
        if by_kind_only or not beyond[best] or any(other > beyond[best] / 2
                                                   for i, other in enumerate(beyond) if i != best):
            # items that say as much of it: the one of them that gives the kind asked for ("Hvor mange …?")
            tied = [i for i, said in enumerate(beyond) if said > beyond[best] / 2] if beyond[best] else None
            best = self.item_giving(unit, asked, tied)
            if best is None:
                return unit
        by_kind = not any(beyond)  # the one item that gives what is asked: the list gives it no better
        before = sentence_spans(document[unit.start : unit.items[0][0]], unit.start)
        lead_in = self.unit_at(unit, before[0][0], before[-1][1]) if before else unit.antecedent
        start, end = unit.items[best]
        # an item of a list inside an item ("2. 10 kommuner identifiseres på bakgrunn av følgende to kriterier:"
        # over "• spredning …") is quoted after everything down to the item that announces it
        parent = next((i for i in range(best - 1, -1, -1) if document[slice(*unit.items[i])].rstrip().endswith(":")),
                      None)
        if parent is not None and lead_in:
            lead_in = self.unit_at(unit, lead_in.start, unit.items[parent][1])
        item = self.unit_at(unit, start + 2 if document.startswith("• ", start) else start, end)
        if lead_in:
            item.antecedent = lead_in
            item.terms |= lead_in.terms  # its lead-in is quoted with it: what that says, the item says
            item.whole_terms |= lead_in.whole_terms
        elif runs_on_unquoted(item):
            return unit  # "er en drøftingspartner …" is quoted as part of the list it ends, or not at all
        score(item, concepts, self.retriever, asked)
        if lead_in:  # and the kinds of answer its lead-in gives ("10 kommuner identifiseres … kriterier:")
            item.features |= GIVEN_KINDS & answer_features(lead_in.text, self.retriever.analyzer,
                                                           unit.hit.document.meta.language, asked.lemmas, asked.counted)
        # other items that only repeat the last answer's words say no more of the question (says_no_more)
        if item.coverage < unit.coverage and not by_kind and not self.says_no_more(unit, item, concepts, asked):
            return unit  # the list says more of the question than the item and its lead-in
        item.relevance = min(item.relevance, unit.relevance)  # it is the list, quoted in part
        return item

    def says_no_more(self, unit: Unit, item: Unit, concepts: list[Sought], asked: Asked) -> bool:
        """Whether a list says no more of a follow-up than its item does, leaving out the last answer's words: other
        items that repeat what was answered say no more of what is asked now."""
        question = [w for w in concepts if not w.concept.from_answer]
        if len(question) == len(concepts):
            return False
        whole, part = replace(unit, covered=set()), replace(item, covered=set())  # score adds to what it is given
        score(whole, question, self.retriever, asked)
        score(part, question, self.retriever, asked)
        return part.coverage >= whole.coverage

    def item_giving(self, unit: Unit, asked: Asked, among: list[int] | None = None) -> int | None:
        """The one item of a list (or of the items `among`, which say as much of the question) that gives the kind of
        answer asked for ("Kor mykje kan ein få?" after a question about the grant: the item with the maximum
        amount)."""
        kinds = asked.types & REQUIRED_TYPES
        if not kinds:
            return None
        document = self.retriever.document_text(unit.hit.chunk.document_id)
        lang = unit.hit.document.meta.language
        giving = [i for i, (start, end) in enumerate(unit.items) if (among is None or i in among) and kinds & (
            answer_features(document[start:end], self.retriever.analyzer, lang, asked.lemmas, asked.counted))]
        return giving[0] if len(giving) == 1 else None

    def unit_at(self, unit: Unit, start: int, end: int) -> Unit:
        """A unit of the same passage as `unit`, from `start` to `end` in its document."""
        text = self.retriever.document_text(unit.hit.chunk.document_id)[start:end]
        terms, whole_terms = terms_of(text, self.retriever.analyzer, unit.hit.document.meta.language)
        return Unit(unit.hit, unit.rank, start, end, text, set(terms), set(whole_terms))

    def after(self, unit: Unit) -> Unit | None:
        """The first unit of the passage after the one `unit` ends (past a heading between them)."""
        following = [n for n in self.retriever.neighbours(unit.hit) if n.chunk.start >= unit.hit.chunk.end]
        units = self.units(following[0], unit.rank) if following else []
        return units[0] if units else None

    def heading_between(self, unit: Unit, following: Unit) -> bool:
        """Whether text stands between the passage a unit ends and the next one's: a heading, where the chunker's
        budget alone would have left none."""
        text = self.retriever.document_text(unit.hit.chunk.document_id)
        return bool(text[unit.hit.chunk.end : following.hit.chunk.start].strip())

    def rerank(self, query: Query, hits: list[Hit]) -> list[Hit]:
        """The passages in the order of how well they answer: BM25 and the embedding rank a passage by all its
        words, but an answer is a sentence, and the passage that holds the best one is the one to read first.
        Each hit's score becomes the mix of its retrieval score and its best sentence's relevance, each as a
        share of the best."""
        if len(hits) < 2:
            return hits
        asked, concepts = self.asked(query, hits)
        best = []
        for rank, hit in enumerate(hits):
            units = self.units(hit, rank)
            self.score_all(units, query, concepts, asked)
            best.append(max((u.relevance for u in units), default=0.0))
        top_score, top_sentence = max(h.score for h in hits), max(best)
        if top_score <= 0 or top_sentence <= 0:
            return hits
        mixed = [(1 - BEST_SENTENCE_SHARE) * h.score / top_score + BEST_SENTENCE_SHARE * b / top_sentence
                 for h, b in zip(hits, best)]
        order = sorted(range(len(hits)), key=lambda i: -mixed[i])
        return [replace(hits[i], score=mixed[i]) for i in order]

    def asked(self, query: Query, hits: list[Hit]) -> tuple[Asked, list[Sought]]:
        """What the question asks of these passages, read once per query and set of passages (reranking and
        composing read the same passages, in another order)."""
        key = frozenset(h.chunk.id for h in hits)
        if key not in query.memo:
            asked = asked_for(query, hits, self.retriever)
            query.memo[key] = asked, sought(query.concepts, self.retriever, asked)
        return query.memo[key]

    def score_all(self, units: list[Unit], query: Query, concepts: list[Sought], asked: Asked) -> None:
        """Score each unit; one already scored for this question (reranking scores the passages that composing
        reads again, at other ranks) takes what was found of it, and only its rank's boost anew."""
        for unit in units:
            key = (id(asked), unit.hit.chunk.id, unit.start, unit.end)
            found = query.memo.get(key)
            if found is None:
                score(unit, concepts, self.retriever, asked)
                query.memo[key] = (frozenset(unit.features), frozenset(unit.covered), unit.coverage,
                                   unit.through_heading, unit.under_asking_heading, unit.boosts)
                continue
            features, covered, unit.coverage, unit.through_heading, unit.under_asking_heading, unit.boosts = found
            unit.features, unit.covered = set(features), set(covered)
            unit.relevance = unit.coverage * ranked_boost(unit)
        rank_as_section(units)

    def compared(self, query: Query) -> list[Hit]:
        """For "Hva er forskjellen på A og B?": the openings of the pages named after A and after B, and the passages
        retrieved for each alone, where what each is is said (`said_of_each_compared`): the passages that name both
        seldom say what either is."""
        out = []
        for concept in compared_concepts(query):
            alone = replace(query, concepts=[concept], types={"define"}, memo={})
            out += self.pages_named_after(concept) + self.retriever.search(alone, k=COMPARED_PASSAGES, mode="lexical")
        return out

    def pages_named_after(self, concept: Concept) -> list[Hit]:
        """The openings of the pages whose title names a concept (by its words or a synonym), at most
        COMPARED_PASSAGES: where a page says what its subject is."""
        out = []
        for document_id, record in self.retriever.catalog.documents.items():
            if len(out) < COMPARED_PASSAGES and title_names(self.retriever.document_subject_terms(document_id),
                                                            [concept.weighted()]):
                first = self.retriever.opening(document_id)
                if first is not None:
                    out.append(Hit(first, record, 0.0))
        return out

    def openings(self, query: Query, passages: list[Hit]) -> list[Hit]:
        """For "Hva er X?": the first passage of each page retrieved whose title names X. A public page opens with
        what its subject is, but says it there once, and that passage may rank below others that repeat the name."""
        own = [c for c in query.concepts if c.weight >= 1.0 and not (c.from_context or c.from_answer)]
        if not own or any(c.name for c in own):  # as opens_page_about: a name's page may be about more
            return []
        best: dict[str, Hit] = {}  # each page's best passage, in the order retrieved
        for hit in passages:
            best.setdefault(hit.chunk.document_id, hit)
        out = []
        for document_id, hit in best.items():
            if title_names(self.retriever.document_subject_terms(document_id), [c.weighted() for c in own]):
                first = self.retriever.opening(document_id)
                if first is not None:
                    out.append(Hit(first, hit.document, hit.score * 0.5))
        return out

    def candidates(self, query: Query, hits: list[Hit]) -> list[Unit]:
        passages = list(hits)  # every passage retrieved (settings.retrieve_k): the best sentence may sit in the last
        seen = {p.chunk.id for p in passages}

        def add(more: Iterable[Hit]) -> None:
            for hit in more:
                if hit.chunk.id not in seen:
                    seen.add(hit.chunk.id)
                    passages.append(hit)

        # the answer often sits just after (or before) the passage that matched the question's words
        add(n for hit in hits[:NEIGHBOURS_OF] for n in self.retriever.neighbours(hit))
        if "define" in query.types:
            add(self.openings(query, passages))
        add(self.compared(query))
        units = [u for rank, hit in enumerate(passages) for u in self.units(hit, rank)]
        own = {c.label for c in query.concepts if c.weight >= 1.0}
        asked, concepts = self.asked(query, hits)
        self.score_all(units, query, concepts, asked)
        if "list" not in query.types:
            units = [self.item_asked(unit, concepts, asked) for unit in units]
        if "rule" in query.types:
            units = [self.past_lost_question(unit, concepts, asked) for unit in units]
        about = documents_about(query, {u.hit.chunk.document_id for u in units}, self.retriever)
        if about:  # a question that names something is answered from the documents that mention it
            units = [u for u in units if u.hit.chunk.document_id in about]
            if own and not any(u.covered & own for u in units):
                # … which say it elsewhere than in the passages retrieved ("Hva er REKOM?" / "Hvem er målgruppen?":
                # the page on REKOM names its target group further down): read the rest of them
                units += self.rest_of(about, units, len(passages), query, concepts, asked)
        if asked.discussed:
            # a follow-up asks on about the page the last answer quoted: the rest of it is read too ("Kven fordeler
            # midlane?" / "Kva skal midlane brukast til?" is answered further down the page that said who)
            units += self.rest_of(set(asked.discussed), units, len(passages), query, concepts, asked)
        if query.follow_up:
            # a follow-up asks for something new: a sentence that touches the new question (even one of the
            # last answer, when that is what answers it), or, for "Og da?", one the last answer did not say; "Når?"
            # after an answer that gives the date is answered by that sentence again
            kinds = query.types & GIVEN_KINDS
            units = [u for u in units if (u.covered & own if own else (
                u.text not in query.previous_answer or kinds_given(u, query) & kinds))]
            # "Hvor mye kan man få?", "Når er fristen?" name nothing but the kind they ask for: a sentence that
            # gives it, of the page the conversation quotes when that page gives one, answers
            of_quoted = [u for u in units if kinds_given(u, query) & kinds and u.hit.chunk.document_id in asked.quoted]
            if of_quoted:
                units = of_quoted
            elif not own and kinds & REQUIRED_TYPES:
                units = [u for u in units if kinds_given(u, query) & kinds] or units
        # "What does Statped do?" is answered by what Statped does, when a page says; a sentence that leans on one
        # that says it goes on saying it ("… kan Statped starte tjenester uten søknad. Dette kan være ved …")
        saying_role = [u for u in units if "role" in u.features or u.antecedent and "role" in u.antecedent.features]
        chosen = saying_role or units
        spare_outdated(chosen, {c.label for c in query.concepts if c.weight >= 1.0 and not c.frame})
        self.prefer_kind_of_subject(chosen, query)  # among all the candidates, once (not per passage reranked)
        self.prefer_current(chosen, query, asked, concepts)
        self.prefer_whole_country(chosen, query)
        self.prefer_scheme_asked(chosen, query)
        self.prefer_year_as_asked(chosen, query)
        return chosen

    def past_lost_question(self, unit: Unit, concepts: list[Sought], asked: Asked) -> Unit:
        """For a yes or no question: a bullet that says yes or no with no question before it answers one the page's
        text has lost (a scraped FAQ's question was a button), not this one; what follows it is quoted on its own
        ("• Ja, dersom høgskolen ikke kan bidra." / "I spesielle tilfeller kan Statped …")."""
        if not unit.items or not answers_yes_or_no(unit.text, self.retriever.analyzer.vocabulary.grammar):
            return unit
        document = self.retriever.document_text(unit.hit.chunk.document_id)
        start, end = unit.items[0]
        rest = sentence_spans(document[end : unit.end], end)
        if not rest or document[:start].rstrip().endswith("?"):
            return unit
        part = self.unit_at(unit, rest[0][0], unit.end)
        score(part, concepts, self.retriever, asked)
        return part

    def rest_of(self, documents: set[str], units: list[Unit], rank: int, query: Query, concepts: list[Sought],
                asked: Asked) -> list[Unit]:
        """The units of the documents' chunks that no unit comes from, ranked after every passage retrieved (at most
        REST_OF_CHUNKS chunks), scored as the rest are (and, but for a list question, a list read for its item)."""
        read = {u.hit.chunk.id for u in units}
        records = {u.hit.chunk.document_id: u.hit.document for u in units}
        chunks = [c for d in sorted(documents) if d in records for c in self.retriever.chunks_of(d) if c.id not in read]
        more = [u for chunk in chunks[:REST_OF_CHUNKS]
                for u in self.units(Hit(chunk, records[chunk.document_id], 0.0), rank)]
        self.score_all(more, query, concepts, asked)
        return more if "list" in query.types else [self.item_asked(u, concepts, asked) for u in more]

    def select(self, query: Query, units: list[Unit], discussed: frozenset[str] | None = None,
               act_first: bool = False) -> list[Unit]:
        """MMR over units: relevant, not repeating each other, stopping when the question is covered. `discussed`:
        in a follow-up, the pages its last answer quoted (Asked.discussed), where it asks on. `act_first`: a sentence
        that says the act a "Hvem …?" question asks who does comes first, if a little less relevant (compose)."""
        if not units:
            return []
        wanted = {c.label for c in query.concepts if c.weight >= 1.0}
        # how long or when something is to be: a sentence that says so is sought (when something happened is
        # only answered by the best sentences giving the time, or not at all)
        required = query.types & (SOUGHT_TYPES | (set() if query.happened else {"time"}))
        dated = bool(query.types & GIVEN_KINDS)
        selected: list[Unit] = []
        acts = self.acts_asked(query)
        dated_act = self.dated_act(query)
        asked_of = {c.label for c in self.asked_of(query)}

        def dates_act(u: Unit) -> bool:
            """Whether a sentence gives a time and says the act asked when as the question words it ("Frist for å
            melde behov er 1. februar"), not only by a synonym ("søke" for "melde behov": applying is dated apart)."""
            return bool(dated_act) and bool(u.features & WHEN_KINDS) and all(
                any(alt <= u.terms for alt in c.alternatives_as_asked()) for c in dated_act)
        # a sentence that gives the kind of answer asked for may be a little less relevant than the rest
        quotable = [u for u in units if not (is_fragment(u.text) and u.antecedent is None) and not runs_on_unquoted(u)
                    and not is_title(u, dated) and not dates_another_thing(u, query) and says_in_words(u.text)]
        # relevant relative to the best that can be quoted: a lead-in with nothing after it sets no floor
        best_unit = max(quotable, key=lambda u: u.relevance, default=None)
        best = best_unit.relevance if best_unit else 0.0
        # … and, `act_first`, so may one that says the act a "Hvem …?" question asks who does, which comes first
        act_first = act_first and bool(acts)
        pool = [u for u in quotable if u.relevance >= RELATIVE_FLOOR * best
                or (u.features & required or act_first and acts <= u.covered) and u.relevance >= SOUGHT_FLOOR * best
                or dates_act(u) and u.relevance >= DATED_ACT_FLOOR * best
                or completes_best(u, best_unit, required)]
        contrast = self.said_of_each_compared(query, quotable, pool)
        if contrast:
            return self.continued(query, contrast)
        while pool and len(selected) < self.max_sentences:
            def mmr(u: Unit) -> float:
                return MMR_LAMBDA * u.relevance - (1 - MMR_LAMBDA) * max((similarity(u, s) for s in selected), default=0)

            lacking = required - set().union(*(kinds_given(s, query) for s in selected)) if selected else required
            cited = {s.hit.chunk.document_id for s in selected}

            def gives_lacking(u: Unit) -> set[str]:
                """The kinds still lacking that a sentence gives of what is asked: it says some of what the
                question asks besides who and where ("Statped is managed by the Ministry" gives no manner of how
                Statped contributes to measures), or is a page's fact line, which gives it of what the page is about."""
                found = kinds_given(u, query) & lacking
                return found if not found or not asked_of or asked_of & u.covered or is_fact_line(u.text) else set()

            def completes(u: Unit) -> float:
                """How well a sentence that gives the kind still lacking completes the answer: from a page already
                quoted a little better than from another (the amount on the same FAQ as the best sentence)."""
                return mmr(u) * (1 + SAME_SOURCE_CREDIT * (u.hit.chunk.document_id in cited))

            # once the best sentence is in, one that gives the kind of answer still lacking comes next; in a
            # follow-up that asks for a time, a date or an amount ("Kor lenge varer samarbeidet?"), one that gives it
            # comes first: the conversation's words make the others look relevant
            first_gives = query.follow_up and not selected
            unit = max(pool, key=lambda u: (True, dates_act(u), completes(u)) if selected and gives_lacking(u)
                       or first_gives and gives_lacking(u) & GIVEN_KINDS
                       or act_first and not selected and acts <= u.covered else (False, False, mmr(u)))
            pool.remove(unit)
            translation = in_written_language(unit, pool, query.language)
            if translation is not unit:
                pool.remove(translation)
                unit = translation
            elif (own_language := in_asked_language(unit, pool, query)) is not unit:
                pool.remove(own_language)
                pool.append(unit)  # another statement: still there for what it says besides
                unit = own_language
            elif (fuller := said_in_full(unit, pool)) is not unit:
                pool.remove(fuller)
                unit = fuller
            if unit.relevance < RELATIVE_FLOOR * best and not gives_lacking(unit) and not (
                    act_first and acts <= unit.covered):
                continue  # below the floor, it was a candidate only for the kind still lacking or the act
            covered = set().union(*(s.covered for s in selected)) if selected else set()
            if selected and not (unit.covered - covered or gives_lacking(unit)) and (
                    unit.relevance < 0.9 * best or unit.hit.chunk.document_id not in cited and not (
                        "role" in unit.features and (discussed is None or unit.hit.chunk.document_id in discussed))):
                continue  # adds nothing the answer does not already say: no concept, not the number asked for (a
                # nearly as good sentence of a cited page may say more of it; another page's is a second answer, of
                # what someone does a second part, in a follow-up only from the pages the conversation quoted: "Og
                # kommunene?" after what the state does asks on about the same scheme)
            if acts & covered and not acts & unit.covered and not gives_lacking(unit):
                continue  # "Hvem skal definere …?": once a sentence says who does the act, one that does not say it
                # names no other doer
            if selected and max(similarity(unit, s) for s in selected) > 0.6:
                continue
            if any(overlaps(unit, s) or repeats(unit, s) for s in selected):
                continue  # an item of a list already quoted, the list of an item, or a sentence all of whose words
                # one quoted says (a page that says a rule twice, once in full): said once
            group = [unit]
            if unit.antecedent and unit.antecedent not in selected:
                group.insert(0, unit.antecedent)
            elif unit.earlier_items and unit.through_heading and unit.earlier_items not in selected:
                group.insert(0, unit.earlier_items)  # the list under the heading asked about is the answer, whole
            group = [g for g in group if g is unit or not any(overlaps(g, s) for s in selected)]
            words = sum(u.words for u in selected + group)
            if selected and words > self.max_words:
                continue
            selected = [s for s in selected if not repeated_by(s, unit, selected)] + group
            given = set().union(*(kinds_given(s, query) for s in selected))
            if wanted and wanted <= covered | unit.covered and "role" not in unit.features and not required - given:
                break  # the question is answered, with the kind of answer it asks for (and what someone does is
                # seldom one sentence)
        return self.continued(query, selected)

    def said_of_each_compared(self, query: Query, quotable: list[Unit], pool: list[Unit]) -> list[Unit]:
        """For "Hva er forskjellen på A og B?" that no sentence of the `pool` answers by comparing the two: the best
        sentence that opens with A as the question words it (or its translation) and the best that opens with B
        ("Etterutdanning omfatter …", "Videreutdanning gir studiepoeng"), what is said of each, though each says only
        half of the question; none where one of them has no such sentence."""
        compared = compared_concepts(query)
        if not compared or any("compare" in u.features and {c.label for c in compared} <= u.covered for u in pool):
            return []
        analyzer, grammar, said = self.retriever.analyzer, self.retriever.analyzer.vocabulary.grammar, []
        for concept in compared:
            # as the question words it, its own language's word for it, or its synonym ("Regional ordning …" for
            # "Rekomp")
            named = [set(alternative) for alternative, weight in zip(concept.alternatives, concept.alternative_weights)
                     if weight >= SYNONYM_WEIGHT]
            opening = len(words(concept.label)) + 1  # the words that name it, after an article
            about = [u for u in quotable if u not in said and not u.antecedent and is_statement(u.text) and any(
                name <= analyzer.short_terms(
                    " ".join(u.text.removeprefix("• ").split()[:opening]), u.hit.document.meta.language)
                for name in named)]
            if not about:
                return []
            def whole(u: Unit) -> bool:  # "PPT er …", not "SEVU-PPT er …": its first word is of the name
                first = frozenset(analyzer.terms(u.text.removeprefix("• ").split()[0], u.hit.document.meta.language))
                return any(first <= name for name in named)

            # … the best that names it whole and says what it is ("Statped er …", "PPT skal …")
            said.append(max(about, key=lambda u: (whole(u), says_what_it_is(u.text, opening, grammar), u.relevance)))
        return said

    def continued(self, query: Query, selected: list[Unit]) -> list[Unit]:
        """The sentence right after a chosen one, when it completes it: when the chosen sentences restate the
        question but lack the kind of answer it asks for (a deadline, a requirement, an amount), when it
        leans back on the chosen one ("I begge tilfelle …", "Dette gjelder …") and speaks to the question, when
        the chosen one announces it with a colon (then even past a heading, in the next passage), or when it goes on
        counting what the chosen one began ("Det første temaet …" / "Det andre temaet …", and then the third)."""
        missing = query.types - set().union(*(u.features for u in selected)) if selected else set()
        length = sum(u.words for u in selected)
        grammar = self.retriever.analyzer.vocabulary.grammar
        added: list[Unit] = []  # a sentence added so is followed on only by the next of what it counts
        at = 0
        while at < len(selected):
            unit = selected[at]
            at += 1
            # a lead-in with no list in its unit: what it announces follows (unless its one item asked is quoted)
            announces = unit.text.endswith(":") and not any(s.antecedent is unit for s in selected)
            # a list that ends where its passage does may run on into the next one (the chunk budget cut it); one
            # bullet alone, without a lead-in, is a paragraph of its own ("• Nei." / "• Private eiere kan delta …")
            list_at_end = bool(unit.items) and unit.end >= unit.hit.chunk.end and (
                len(unit.items) >= 2 or unit.items[0][0] > unit.start)
            following = unit.following or (self.after(unit) if announces or list_at_end else None)
            # … but a heading between them begins another list ("Statped" over its own items)
            list_at_end = list_at_end and bool(following) and not self.heading_between(unit, following)
            if not following or is_fragment(following.text) or any(
                    s.hit.chunk.document_id == following.hit.chunk.document_id and s.start == following.start
                    for s in selected):
                continue
            counts_on = continues_enumeration(following.text, unit.text, grammar) or list_at_end and is_list_item(
                self.retriever.document_text(following.hit.chunk.document_id)[following.hit.chunk.start:following.end])
            if any(unit is a for a in added) and not counts_on:
                continue
            # … but not a page's date stamp: when the page was published is no deadline's day
            gives_missing = bool(missing and following.features & missing) and not dates_another_thing(following, query)
            # the list under the heading asked about is the answer, whole, however long (as `select` quotes it)
            whole_list = list_at_end and counts_on and unit.through_heading
            carries_on = (following.antecedent is unit and bool(following.covered) or announces or counts_on) \
                and (length + following.words <= self.max_words or whole_list)
            if gives_missing or carries_on:
                selected.insert(selected.index(unit) + 1, following)
                added.append(following)
                missing -= following.features
                length += following.words
        return selected

    def abstains(self, query: Query, selected: list[Unit]) -> bool:
        if not selected or max(u.coverage for u in selected) < self.min_coverage:
            return True
        if not any(u.covered for u in selected):
            return True  # each sentence says a little of everything asked, and none says any of it
        if not self.said_beyond_counted(query, selected):
            return True
        if not self.action_said(query, selected):
            return True
        own = {c.label for c in query.concepts if c.weight >= 1.0 and not c.frame}
        if "purpose" in query.types and own and not any(own & u.covered for u in selected):
            return True  # "Hva er målet med regional ordning?" is not answered by another scheme's "Målet er at …"
        if "define" in query.types and len(own) == 2 and not any(own <= u.covered for u in selected):
            return True  # "Hva er lønnen til en spesialpedagog?": one sentence on pay, another on special educators
        if (asking_words(query.question, self.retriever.analyzer.vocabulary.grammar) or self.defines_common_word(
                query)) and not any("define" in u.features or u.under_asking_heading for u in selected):
            return True  # "Hva menes med etterutdanning?" is not answered by what the grant pays for, nor "Hva er et
            # enkeltvedtak?" by whom one may appeal it to
        head = defined_head(query, self.retriever.analyzer.vocabulary.grammar)
        if head and not any(head in u.covered for u in selected):
            return True  # "Hva er lønnen til en PP-rådgiver?" is not answered by what a PP adviser says
        required = query.types & REQUIRED_TYPES
        given = set().union(*(u.features for u in selected))
        if required and not required & given or (query.happened or query.lasting) and "time" not in given:
            return True  # asked for a date, an amount, when something happened or how long, and none is given
        if query.enduring and not given & LASTING_KINDS:
            return True  # "Hvor lenge varer samarbeidet?" is not answered by a day something was sent out on
        if not self.asked_act_said(query, selected):
            return True  # "Hvordan rapporterer vi …?" is not answered by sentences that never say reporting
        if not self.asked_of_subject_said(query, selected):
            return True  # "Må barnehagene betale noe selv?" is not answered by what else kindergartens may do
        if "condition" in query.types and not self.condition_told(selected):
            return True  # "Hva skjer hvis vi ikke bruker opp midlene?" is not answered by what they may not be used for
        if "who" not in given and asks_writer_alone(query, self.retriever.analyzer.vocabulary.grammar):
            return True  # "Hvem skrev sluttrapporten?" is not answered by a sentence that names no one who wrote
        if not self.kind_given_about_subject(query, selected) or not self.asked_words_said(query, selected):
            return True
        if not self.quality_said(query, selected):
            return True  # "Er deltakelse frivillig?" is not answered by how much participation has grown
        if not self.referent_said(query, selected):
            return True  # "Gjelder det barnehager også?" after "Hva er egenandelen?" is not answered by what else does
        if not self.time_subject_said(query, selected):
            return True
        if self.only_announces_publication(query, selected):
            return True
        if any(is_year(c.label) and c.weight >= 1.0 and not any(speaks_of_year(u, c.label) for u in selected)
               for c in query.concepts):
            return True  # "Hva skjedde med Statped i 2022?" is not answered by what Statped does in any year
        cited = {u.hit.chunk.document_id for u in selected}
        return bool(names_in(query.question)) and not documents_about(query, cited, self.retriever)

    def referent_said(self, query: Query, selected: list[Unit]) -> bool:
        """Whether the sentences that answer a yes or no follow-up whose subject is a pronoun ("Gjelder det barnehager
        også?", "Kan de søke selv?"), or a who-question asked of a pronoun ("Hvem leder den?", "Kven styrer ho?", "Who
        leads them?"), say what it stands for: the words of the question before it, by one of them."""
        said = [w.lower() for w in words(asking_sentence(query.question))]
        grammar = self.retriever.analyzer.vocabulary.grammar
        if not query.follow_up or len(said) < 2:
            return True
        if "rule" in query.types:
            leans_back = grammar.is_a("third-person", said[1]) or grammar.is_a("expletive", said[1])
        else:  # … not "det" or "it", which may stand for all the last question asked ("Hvem koordinerer det?")
            leans_back = "who" in query.types and any(
                grammar.is_a("third-person", w) and not grammar.is_a("neuter-pronoun", w) for w in said[1:])
        context = [c for c in query.concepts if c.from_context]
        if not context:
            return True
        heaviest = max(c.weight for c in context)
        said_of_it = any(c.label in u.covered for u in selected for c in context if c.weight >= heaviest)
        if not leans_back:
            return said_of_it or not ("who" in query.types and any(
                grammar.is_a("neuter-pronoun", w) for w in said[1:])) or self.on_pages_quoted(query, selected)
        return said_of_it

    def on_pages_quoted(self, query: Query, selected: list[Unit]) -> bool:
        """Whether a sentence stands on a page the last answer quoted: who does "det" (all the last question asked:
        "Hvem bestemmer det?" after "Hvilke kommuner skal delta i oppfølgingsordningen?") is said there or by a
        sentence that names what the conversation is about, not by who decides on another scheme's grants."""
        cited = {u.hit.chunk.document_id for u in selected}
        return bool(quoted_documents(query.previous_answer, cited, self.retriever))

    def condition_told(self, selected: list[Unit]) -> bool:
        """Whether a sentence states a condition ("Dersom man ikke klarer å oppnå enighet, …") or a consequence ("…
        må betales tilbake"): what a question of what happens if asks for."""
        grammar = self.retriever.analyzer.vocabulary.grammar
        return any("condition" in u.features or grammar.search("consequence-word", u.text) for u in selected)

    def defines_common_word(self, query: Query) -> bool:
        """Whether "Hva er …?" asks what one common word is ("Hva er et enkeltvedtak?"): no name, no kind of answer
        ("målgruppen", "fristen"), no follow-up's, no more than the word."""
        own = [c for c in query.concepts if c.weight >= 1.0 and not c.from_context and not c.from_answer]
        if "define" not in query.types or query.follow_up or len(own) != 1 or own[0].name or own[0].frame:
            return False
        # … as the question writes it: a capital inside it names a title or a body ("Hva er Tett på?")
        said = [w.strip(string.punctuation) for w in query.question.split()[1:]]
        return not any(w[:1].isupper() and w.lower() in words(own[0].label) for w in said)

    def said_beyond_counted(self, query: Query, selected: list[Unit]) -> bool:
        """Whether the sentences say where or of what a "Hvor mange …?" question counts, where it says so after a
        preposition: "Hvor mange barn går i spesialbarnehager?" is not answered by "… tilbud til alle barn"."""
        if "count" not in query.types or not query.counted:
            return True
        analyzer = self.retriever.analyzer
        said = [w.lower() for w in words(query.question)]

        def after_preposition(label: str) -> bool:
            first = words(label.lower())[:1]
            at = said.index(first[0]) if first and first[0] in said else 0
            return at > 0 and analyzer.vocabulary.grammar.is_a("preposition", said[at - 1])

        scope = {c.label for c in query.concepts if c.weight >= 1.0 and not c.frame and after_preposition(c.label)
                 and not set(analyzer.terms(c.label, query.language)) <= query.counted}
        return not scope or any(u.covered & scope for u in selected)

    def only_announces_publication(self, query: Query, selected: list[Unit]) -> bool:
        """Whether a question asks what a document says or found, and the sentences only say when it is or was
        published ("Sluttrapporten publiseres i desember 2025"): its content is not in the pages."""
        grammar = self.retriever.analyzer.vocabulary.grammar
        if "finding" not in query.types:
            return False
        return all(grammar.search("publication-verb", u.text) and not grammar.search("frame-finding", u.text)
                   for u in selected)

    def action_said(self, query: Query, selected: list[Unit]) -> bool:
        """Whether the sentences say the act a "Hvem …?" question asks who does, where the question names it by a
        word of its own: "Hvem leder Kunnskapsdepartementet?" is not answered by what the ministry does instead."""
        acts = self.acts_asked(query)
        if not acts:
            return True
        grammar = self.retriever.analyzer.vocabulary.grammar
        action = action_asked(query.question, grammar, self.retriever.analyzer.vocabulary.stopwords[query.language])
        said = [w.lower() for w in words(query.question)]
        after = said[said.index(action) + 1:] if action in said else []
        if after and grammar.is_a("clause-question", after[0]):
            return True  # the act is the clause's ("bestemmer hvilke tiltak som prioriteres" is prioritising)
        return any(acts & u.covered for u in selected)

    def asked_act_said(self, query: Query, selected: list[Unit]) -> bool:
        """Whether the best sentence says the act a "Hvordan …?" question asks how it is done, or a yes or no question
        whether its asker may or must do, where a verb of its own names it: neither "Hvordan rapporterer vi bruken av
        midlene?" nor "Må vi rapportere på bruken av midlene?" is answered by what the funds may be used for. A
        question that compares ("Korleis skil … seg frå …?") asks how two differ, which the difference says."""
        if "compare" in query.types:
            return True
        analyzer = self.retriever.analyzer
        grammar, stop = analyzer.vocabulary.grammar, analyzer.vocabulary.stopwords[query.language]
        verb = (manner_verb_asked(query.question, query.language, grammar, stop) if "manner" in query.types
                else asker_act_asked(query.question, grammar, stop) if "rule" in query.types else "")
        if not verb:
            return True
        # … where some document says the verb: one none says is often a paraphrase ("kjøre tiltakene" for "gjennomføre")
        acts = [c for c in query.concepts if c.weight >= 1.0 and verb in words(c.label)
                and any(t in self.retriever.idf for t in c.alternatives[0])]
        # … or a noun the vocabulary says it with: "egenandel" is "betale selv" ("Må vi betale egenandel?")
        said_as = {tuple(alternative) for act in acts for alternative in act.alternatives}
        sayers = {c.label for c in query.concepts if c in acts or said_as.intersection(map(tuple, c.alternatives))}
        # … by the best sentence, with the rest of what was asked where there is more ("… på bruken av midlene"): not by
        # one further on that says someone else reports
        rest = {c.label for c in query.concepts if c.weight >= 1.0 and not c.frame} - sayers
        return not acts or any(sayers & best.covered and (not rest or rest & best.covered)
                               for best in best_sentences(selected, grammar))

    def asked_of_subject_said(self, query: Query, selected: list[Unit]) -> bool:
        """Whether the best sentence of a yes or no question says something the question asks of its subject, not
        only the subject: "Må barnehagene betale noe selv?" is not answered by "Private barnehager kan delta …"."""
        if "rule" not in query.types:
            return True
        vocabulary = self.retriever.analyzer.vocabulary
        subject = subject_asked(query.question, vocabulary.grammar, vocabulary.stopwords[query.language])
        own = [c for c in query.concepts if c.weight >= 1.0 and not c.frame and not c.from_context
               and not c.from_answer]
        rest = {c.label for c in own if subject not in words(c.label.lower())}
        if not subject or len(rest) == len(own) or not rest:
            return True
        return any(rest & best.covered for best in best_sentences(selected, vocabulary.grammar))

    def dated_act(self, query: Query) -> list[Concept]:
        """What a question asks the time of besides who does it and where ("melde behov" of "Når må kommunene
        melde behov?"); nothing where it asks when something happened or how long it lasts."""
        if not query.types & WHEN_KINDS or query.happened or query.lasting or query.enduring:
            return []
        return self.asked_of(query)

    def asked_of(self, query: Query) -> list[Concept]:
        """What a question asks of besides who does it and where: its own words, not its actors, names, the kind
        of answer it names, its verb or what the conversation brought in."""
        actors = {actor.lower() for actor in query.actors}
        return [c for c in query.concepts if c.weight >= 1.0 and not c.frame and c.label != query.verb
                and not c.name and not c.from_context and not set(words(c.label)) <= actors]

    def acts_asked(self, query: Query) -> set[str]:
        """The concepts that name the act a "Hvem …?" question asks who does, by a word of its own ("definere" of
        "Hvem skal definere hvilke tiltak …?"); none for another question, or one that asks who someone is."""
        grammar = self.retriever.analyzer.vocabulary.grammar
        if "who" not in query.types or asks_what_is(query.question, grammar):
            return set()
        analyzer = self.retriever.analyzer
        action = action_asked(query.question, grammar, analyzer.vocabulary.stopwords[query.language])
        # … not by a verb that says little without a particle it lacks: "Hvem står for finansieringen?" asks who
        # finances it, while "følger opp" in "Hvem følger opp kommunene?" is an act
        bare = any(grammar.is_a("particle-bound-verb", w) for w in analyzer.lemmas(action, query.language))
        return {c.label for c in query.concepts if c.weight >= 1.0 and not c.frame and action
                and action in words(c.label) and not (bare and c.label == action)}

    def asked_words_said(self, query: Query, selected: list[Unit]) -> bool:
        """Whether the sentences say the noun a "Hvem er …?" question asks who is ("Hvem er leder av forumet?" is not
        answered by what the forum does, however much of the rest they say), the subject a yes/no question asks
        about ("Kan foreldre søke?" is not answered by who else may; what it must do, by a requirement of everyone:
        required_of_all), and the kind whose names a "Hvilke kommuner …?" question asks for (not answered by a
        sentence that names the county governor)."""
        vocabulary = self.retriever.analyzer.vocabulary
        stop = vocabulary.stopwords[query.language]
        # "Who is the competence boost for?" asks whom it is for, not who it is
        identity_said = set() if "audience" in query.types else set(
            identity_asked(query.question, vocabulary.grammar, stop))
        subject = subject_asked(query.question, vocabulary.grammar, stop)
        asked = set(identity_said) | {subject}
        # "Er det krav om eksamen?" is not answered by a requirement of something else
        asked |= set(existence_asked(query.question, vocabulary.grammar, stop))
        if "name" in query.types:
            asked.add(named_noun(query.question, vocabulary.grammar))
        concepts = [c for c in query.concepts if c.weight >= 1.0 and not c.frame and asked & set(words(c.label))]
        # … or the heading of the section the sentences answer: "Om målgruppe" over "Deltakerne skal være …"
        headed = self.with_heading_terms(selected)
        identity = [c for c in concepts if identity_said & set(words(c.label))]
        unsaid = [c for c in concepts if not said_by(c, headed)]
        if unsaid:  # … unless only the subject is unsaid, of a requirement that binds everyone
            return all(subject in words(c.label.lower()) for c in unsaid) and self.required_of_all(query, selected,
                                                                                                     unsaid)
        saying = [u for u in headed if any(said_by(c, [u]) for c in identity)]
        return not identity or self.said_of_subject(query, saying, exclude={c.label for c in identity})

    def required_of_all(self, query: Query, selected: list[Unit], subject: list[Concept]) -> bool:
        """Whether a question of what its subject must do ("Må kommunen søke sammen med en høgskole?") is answered by a
        requirement that binds everyone: a best sentence that says all else the question asks and names no one but
        those the question names besides its subject ("I begge tilfelle skal søknadene skje i samarbeid med …
        UH-sektoren", not "… krav om at skoleeier skal betale en egenandel" for "Må barnehagene betale egenandel?").
        What one may do is said of someone: "Kan foreldre søke?" is not answered by how applications are sent."""
        if "requirement" not in query.types:
            return False
        analyzer = self.retriever.analyzer
        rest = [c for c in query.concepts if c.weight >= 1.0 and not c.frame and c not in subject]
        asked = frozenset(t for c in rest for alternative in c.alternatives for t in alternative)

        def binds_all(unit: Unit) -> bool:  # it names no one but those the question names besides its subject
            lang = unit.hit.document.meta.language
            return not any(asked.isdisjoint(analyzer.terms(w, lang)) for w in actors_named(unit.text, analyzer, lang))

        return bool(rest) and any("requirement" in u.features and {c.label for c in rest} <= u.covered and binds_all(u)
                                  for u in best_sentences(selected, analyzer.vocabulary.grammar))

    def quality_said(self, query: Query, selected: list[Unit]) -> bool:
        """Whether the sentences (or their headings) say the quality a yes/no question asks of what it names, or
        one of "A eller B" (qualities_asked), in any of the words it is met by ("permanent" for "varig")."""
        analyzer = self.retriever.analyzer
        qualities = qualities_asked(query.question, analyzer, query.language, query.follow_up)
        own = [c for c in query.concepts if c.weight >= 1.0 and not c.frame]
        concepts = [c for c in own if qualities & {analyzer.canonical(w, query.language) for w in words(c.label)}]
        opposites = opposite_qualities(qualities, analyzer, query.language)
        named = {c.label for c in own if c not in concepts}

        def says_it(unit: Unit) -> bool:
            """… where it is the opposite, of what the question names: "special education is not compulsory" says
            nothing of whether participation is voluntary."""
            return any(said_by(c, [unit]) for c in concepts) and (
                not named or bool(named & unit.covered)
                or not opposites & set(analyzer.lemmas(unit.text, query.language)))

        return not concepts or any(says_it(u) for u in self.with_heading_terms(selected))

    def time_subject_said(self, query: Query, selected: list[Unit]) -> bool:
        """Whether the sentences name what a question asks when or how long it is, by any word of it: "Når er neste
        samling i Vest-Finnmark?" is not answered by the region's deadline, nor "Hvor lang er saksbehandlingstiden?"
        by what may be appealed; "Når er rapporten klar?" is answered by when the report is published, and "When
        was the study last updated?" by the date that stamps its page."""
        if any(is_date_stamp(u.text) for u in selected):
            return True
        vocabulary = self.retriever.analyzer.vocabulary
        grammar, stop = vocabulary.grammar, vocabulary.stopwords[query.language]
        asked = set(time_subject_asked(query.question, grammar, stop))
        concepts = [c for c in query.concepts if not c.frame and asked & set(words(c.label))]
        headed = self.with_heading_terms(selected)
        # a deadline is said by its kind where the question names it so ("Hvor lang er fristen …?")
        saying = [u for u in headed if any(said_by(c, [u]) for c in concepts)] if concepts else [
            u for u in headed if u.features & query.types]
        # … and in a sentence that says the act that narrows it, where the question names one ("fristen for å klage"
        # is not "Frist for å melde behov")
        act = time_subject_purpose(query.question, grammar, stop)
        acts = [c for c in query.concepts if act and not c.frame and act in words(c.label)]
        return (not concepts or bool(saying)) and (not acts or any(all(said_by(c, [u]) for c in acts) for u in saying))

    def with_heading_terms(self, units: list[Unit]) -> list[Unit]:
        """Copies of the units whose terms hold their section's heading too: "Om målgruppe" over "Deltakerne skal
        være …" says what the sentence is about."""
        return [replace(u, terms=u.terms | self.section_heading_terms(u)) for u in units]

    def section_heading_terms(self, unit: Unit) -> frozenset[str]:
        """The terms of the innermost heading over a unit's passage."""
        path = unit.hit.chunk.heading_path
        return self.retriever.analyzer.short_terms(path[-1], unit.hit.document.meta.language) if path else frozenset()

    def kind_given_about_subject(self, query: Query, selected: list[Unit]) -> bool:
        """Whether the sentences that give the kind of answer asked for (a time, a date, an amount) say it of what
        the question asks about: its rarest word of its own (any of them, where they are as rare or nearly; its verb
        says what happens, not what about). "Hvor lenge varer ordning A?" is not answered by how long scheme B lasts
        beside a sentence that mentions A. Only where that kind is all the question asks for: in "Hvilke kriterier
        brukes når fylket tildeler …?" the list answers, and "når" asks for no time."""
        kinds = query.types & GIVEN_KINDS
        if query.types - kinds:
            return True
        # … "når" asks when or on what condition: "Når kan Statped utvikle tiltak selv?" is answered by "… kan Statped
        # utvikle kompetansetiltak …, dersom samarbeidsforum etterspør dette"
        giving = [u for u in selected if u.features & kinds or "time" in kinds and "condition" in u.features]
        if "frequency" in kinds:
            # how often something is done is said by a sentence that says the act ("Hvor ofte møtes forumet?" is not
            # answered by "Forumet gir en årlig innstilling"): of what it asks about, as the rest
            acts = {c.label for c in query.concepts if query.verb and c.weight >= 1.0 and c.label == query.verb}
            if giving and not any(acts <= u.covered for u in giving):
                return False
            giving = [u for u in giving if acts <= u.covered]
        topics = self.page_topics(selected)
        # … and of the subject whose time is asked, however common its word ("Når skal rapporten om bruken av
        # midlene leveres?" is not answered by when a recommendation on the use of the funds is delivered)
        timed = self.timed_subject(query)
        if timed and not self.said_of(timed, giving, topics):
            return False
        return self.said_of_subject(query, giving, topics=topics)

    def timed_subject(self, query: Query) -> set[str]:
        """The concept of the subject a question asks the time of, where it is a word of the question's own
        ("rapporten" of "Når skal rapporten leveres?"), not who does what is timed ("Når må kommunene melde behov?")
        nor the kind asked ("Når er fristen?")."""
        vocabulary = self.retriever.analyzer.vocabulary
        head = timed_subject_asked(query.question, vocabulary.grammar, vocabulary.stopwords[query.language])
        return {c.label for c in self.dated_act(query) if head and head in words(c.label)}

    def page_topics(self, units: list[Unit]) -> dict[str, set[str]]:
        """What the units quoted that open their page's text say, by page: what the page as a whole is about
        ("… - Nasjonal prøveordning 2016." in its lead), and so what a fact line further down it is said of."""
        topics: dict[str, set[str]] = {}
        for unit in units:
            opening = self.retriever.opening(unit.hit.chunk.document_id)
            if opening is not None and opening.id == unit.hit.chunk.id and unit.start == opening.start:
                topics.setdefault(unit.hit.chunk.document_id, set()).update(unit.covered)
        return topics

    def said_of_subject(self, query: Query, giving: list[Unit], exclude: frozenset[str] | set[str] = frozenset(),
                        topics: dict[str, set[str]] | None = None) -> bool:
        """Whether any of the units that give what is asked (`giving`) say it of the question's rarest word of its
        own (any of them, where they are as rare or nearly; its verb says what happens, not what about; `exclude`: the
        words that name what is asked). "Hvem er prosjektleder for A?" is not answered by B's project leader beside a
        sentence that names A. A sentence that leans back says it of what the one before it names ("Denne plikten
        følger av opplæringsloven § 5-6" after the sentence that names the duty); a page's fact line, which names
        nothing but what it gives ("Søknadsfrist er 15.september"), says it of what the page is about (`topics`:
        page_topics); so does one that names it by its kind alone ("Det er bevilget 10 millioner kroner til
        ordningen i 2016")."""
        return self.said_of(self.subjects(query, exclude), giving, topics or {})

    def said_of(self, subjects: set[str], giving: list[Unit], topics: dict[str, set[str]]) -> bool:
        """Whether any of the units says what it gives of any of the concepts `subjects` (said_of_subject)."""
        grammar = self.retriever.analyzer.vocabulary.grammar
        return not giving or not subjects or any(subjects & (
            u.covered | (u.antecedent.covered if u.antecedent else set())
            | (topics.get(u.hit.chunk.document_id, set())
               if is_fact_line(u.text) or grammar.search("subject-reference", u.text) else set())) for u in giving)

    def subjects(self, query: Query, exclude: frozenset[str] | set[str] = frozenset()) -> set[str]:
        """The labels of the question's rarest words of its own (said_of_subject): what a date or an amount it asks
        for must be said of."""
        own = [c for c in query.concepts if c.weight >= 1.0 and not c.frame and c.label != query.verb
               and c.label not in exclude]
        # … in the clause that asks, not in what the asker says of itself ("Hei, jeg jobber i en kommune. Når …?")
        asking = set(words(question_clause(query.question, self.retriever.analyzer.vocabulary.grammar)))
        own = [c for c in own if set(words(c.label)) & asking] or own
        # … and a time is said of the act, not of who does it: "Når må kommunene melde behov?" is answered by "Frist
        # for å melde behov er 1. februar"
        dated = {c.label for c in self.dated_act(query)}
        own = [c for c in own if c.label in dated] or own
        if not own:
            return set()
        rarity = {c.label: c.weight * concept_idf(c, self.retriever) for c in own}
        rarest = max(rarity.values())
        # ties, and near ones, which the corpus's next page may turn either way: any of them
        return {label for label, value in rarity.items() if value >= RARITY_TIE * rarest}

    def prefer_kind_of_subject(self, units: list[Unit], query: Query) -> None:
        """Where the question asks only for a date, an amount or a share, and some sentence gives one of what it
        asks about, one that gives it of something else, or gives none, ranks lower: "Hvor stor andel av
        prosjektkostnadene dekkes?" is answered by "… maksimalt 70 prosent av prosjektkostnadene" before another
        scheme's "25% i egeninnsats"."""
        kinds = query.types & GIVEN_KINDS
        if not kinds or query.types - kinds:
            return
        giving = [u for u in units if u.features & kinds]
        subjects = self.subjects(query)
        if not subjects or not any(subjects & u.covered for u in giving):
            return
        for unit in units:
            if not unit.features & kinds or not subjects & unit.covered:
                unit.relevance *= OTHER_SUBJECT_PENALTY

    def prefer_current(self, units: list[Unit], query: Query, asked: Asked, concepts: list[Sought]) -> None:
        """Where a question asks when something is now, a time that has passed (has_passed) ranks lower beside a
        sentence that has not passed and says as much of the question, and what it asks about (`subjects`) in its
        words where the passed one does: "Frist for å melde behov er 1. februar 2022" is the older beside "… er 1.
        mars hvert år", but still the answer beside another scheme's "Fristen for å søke på stipend … er 1. mars
        2025", which says "melde behov" only by a synonym."""
        if not asked.present_year:
            return
        grammar = self.retriever.analyzer.vocabulary.grammar
        # … not the word that names the kind asked for ("søknadsfristen" is a deadline)
        naming_kind = {wanted.concept.label for wanted in concepts if any(
            frame_of(term, query.types, grammar) for alt in wanted.own_alternatives for term in alt)}
        subjects = [wanted for wanted in concepts if wanted.concept.label in self.subjects(query, naming_kind)]
        passed = [has_passed(u, asked.present_year, grammar) for u in units]
        current = [(u.coverage, said_as_asked(u, subjects)) for u, old in zip(units, passed) if not old]
        for unit, old in zip(units, passed):
            if old and any(coverage >= AS_MUCH * unit.coverage and said >= said_as_asked(unit, subjects)
                           for coverage, said in current):
                unit.relevance *= PASSED_PENALTY

    def prefer_whole_country(self, units: list[Unit], query: Query) -> None:
        """Where a question asks for a date, an amount or a number and names no region, a sentence from a page that
        speaks for one (its publisher: "Statsforvalteren i Agder", "Alver kommune") ranks lower beside one from a
        page for the whole country that says as much of the question and gives the kind asked: "Når er fristen for å
        melde behov?" is answered by the scheme's yearly deadline before one regional network's."""
        kinds = query.types & GIVEN_KINDS
        if not kinds:
            return
        grammar = self.retriever.analyzer.vocabulary.grammar
        named = {name.lower() for name in names_in(query.question)}

        def speaks_for_another_region(unit: Unit) -> bool:
            publisher = unit.hit.document.meta.publisher
            return grammar.search("regional-publisher", publisher) and not named & set(words(publisher))

        regional = [speaks_for_another_region(u) for u in units]
        national = [u.coverage for u, other in zip(units, regional) if not other and u.features & kinds]
        for unit, other in zip(units, regional):
            if other and any(coverage >= AS_MUCH * unit.coverage for coverage in national):
                unit.relevance *= REGIONAL_PENALTY

    def prefer_scheme_asked(self, units: list[Unit], query: Query) -> None:
        """A sentence that names a scheme the question does not (`schemes_named`: "Det er kommuner og ikke
        enkeltskoler som deltar i oppfølgingsordningen") ranks lower beside one of another page that says as much of
        the question and names none: "Hvem kan delta?" asks about the scheme the documents are about, or what the
        schemes share (a page about the other scheme is still read whole). A list is read by its lead-in:
        "Kompetanseløftet består av" names no other scheme for an item that does; and what something comprises ("Hva
        omfatter ordningen?") may be the schemes a sentence names."""
        if "list" in query.types:
            return
        said = {term for c in query.concepts for alternative in c.alternatives for term in alternative}
        analyzer = self.retriever.analyzer
        other = [bool(schemes_named(u.text[:u.items[0][0] - u.start] if u.items else u.text, analyzer,
                                    u.hit.document.meta.language) - said) for u in units]
        plain = [(u.coverage, u.hit.chunk.document_id) for u, named in zip(units, other) if not named]
        for unit, named in zip(units, other):
            if named and any(coverage >= AS_MUCH * unit.coverage and document != unit.hit.chunk.document_id
                             for coverage, document in plain):
                unit.relevance *= OTHER_SCHEME_PENALTY

    def prefer_year_as_asked(self, units: list[Unit], query: Query) -> None:
        """Where a question says a year as what holds by it or begins with it, a sentence that says that year only the
        other way ranks lower: "Hva skal kommunene ha kompetanse på innen 2025?" is answered by "I løpet av 2025 skal
        alle kommuner ha …" before "Fra 2025 skal ordningen bidra til å vedlikeholde …"."""
        grammar = self.retriever.analyzer.vocabulary.grammar
        asked = years_related(query.question, grammar)
        for unit in units if asked else ():
            said = years_related(unit.text, grammar)
            if any((year, other) in said and (year, relation) not in said for year, relation in asked
                   for other in ("by", "from") if other != relation):
                unit.relevance *= OTHER_YEAR_RELATION_PENALTY

    def compose(self, query: Query, hits: list[Hit]) -> Answer | None:
        """The answer, or None when the evidence is too weak to answer."""
        step = self.step_after_last_answer(query, hits)
        if step is not None:
            return render([step])
        units = self.candidates(query, hits)
        asked, _ = self.asked(query, hits)
        discussed = asked.discussed if query.follow_up else None
        selected = self.select(query, units, discussed)
        if not self.action_said(query, selected):
            # "Hvem forvaltet prøveordningen?": the best sentences name the pilot and others who act in it; a
            # little less relevant one says who "forvalter" it
            selected = self.select(query, units, discussed, act_first=True)
        if self.abstains(query, selected):
            return None
        return render(reading_order(selected))

    def step_after_last_answer(self, query: Query, hits: list[Hit]) -> Unit | None:
        """For "Hva skjer så?", "What happens next?" after an answer, which names no step of its own: the sentence
        a page tells right after the last one the answer quoted (the step it told), in the same passage; None for any
        other question, or where the quote is not in the passages retrieved or nothing follows it there."""
        if "next" not in query.types or not query.follow_up or not query.previous_answer or premise_act(
                query.question, self.retriever.analyzer.vocabulary.grammar):
            return None
        quotes = answer_quotes(query.previous_answer)
        quoted = [u for rank, hit in enumerate(hits) for u in self.units(hit, rank) if u.text.strip() in quotes]
        if not quoted:
            return None
        last = max(quoted, key=lambda u: quotes.index(u.text.strip()))
        following = last.following
        if following is None or is_fragment(following.text) or following.text.strip() in quotes:
            return None
        return following


MIN_HEAD = 3  # the shortest term that says a word as a compound's last part ("lær" of "lærerne" in "enkeltlærer")


def says_what_it_is(text: str, opening: int, grammar: Grammar) -> bool:
    """Whether a sentence that opens with what it is about goes on with a verb that says what that is or does
    ("Statped er …", "Regional ordning skal bidra til …"), not with more of a name ("SEVU-PPT-nettverket …")."""
    said = words(text.removeprefix("• "))[1:opening + 1]
    return defining_verb_at(said, grammar) is not None or any(grammar.is_a("finite-verb", w) for w in said)


def compared_concepts(query: Query) -> list[Concept]:
    """The two things "Hva er forskjellen på A og B?" compares; none where the question compares nothing, or not
    two."""
    compared = [c for c in query.concepts if c.weight >= 1.0 and not c.frame]
    if len(compared) > 2:  # "… i Rogaland": a name beside the two compared is where they are
        compared = [c for c in compared if not c.name]
    return compared if "compare" in query.types and len(compared) == 2 else []


def said_by(concept: Concept, units: list[Unit]) -> bool:
    """Whether the units say a concept, not only begin it ("direktør" is not met by "direkte"): a name also by being
    what its page is about, a word also as the head of a compound."""
    if concept.name and any(concept.label in u.covered for u in units):
        return True
    said = [alt for alt, weight in concept.weighted(sentence=True) if weight > NEAR_WEIGHT]
    # as a word, or as the last part of a compound the analysis did not split ("enkeltlærere" says "lærere")
    return any(all(term in u.terms or len(term) >= MIN_HEAD and any(t.endswith(term) for t in u.terms)
                   for term in alt) for u in units for alt in said)


def defined_head(query: Query, grammar: Grammar) -> str:
    """The label of what a "Hva er …?" question asks to have defined, when it is a common word and more is asked:
    "lønnen" in "Hva er lønnen til en PP-rådgiver?" (a name is met by its document, a frame by its kind). A number
    before it counts what is asked, and is none of it: "Hva er de fem grunnleggende ferdighetene?" is not answered by
    "… skal vare i fem år"."""
    if "define" not in query.types:
        return ""
    own = [c for c in query.concepts if c.weight >= 1.0 and not (  # the conversation's weigh less
        c.label.isdigit() or grammar.is_a("number-word", c.label))]
    said = words(query.question)
    placed = sorted(((said.index(words(c.label)[0]), c) for c in own if words(c.label) and words(c.label)[0] in said),
                    key=lambda at: at[0])
    if len(placed) < 2 or placed[0][1].name or placed[0][1].frame:
        return ""
    return placed[0][1].label


def documents_about(query: Query, documents: set[str], retriever: Retriever) -> set[str]:
    """Of these documents, those that mention every name and year the question is about (by any of the
    alternatives of the name or of the phrase it is part of: "PPT" is mentioned by "PP-tjenesten", the "Education
    Act" by "opplæringsloven"), and one of two it compares; all of them when the question names none."""
    # a follow-up that names nothing is about what the conversation named ("Which municipalities do they work
    # with?" after "Who is NLA?"), unless it replaced that name
    # … and a name the pages write now and then in lower case, typed so ("midlene i kompetanseløftet")
    typed = [w for w in words(query.question) if w.islower() and w in retriever.written_names]
    names = names_in(query.question) + typed or [c.label for c in query.concepts if c.name and c.from_context]
    if not names:
        return set(documents)
    concepts = {word: c for c in reversed(query.concepts) for word in words(c.label)}  # "Act" of "education act"

    def mentioned(word: str, terms: frozenset[str]) -> bool:
        if word in terms or set(retriever.analyzer.word_terms(word, "nb")) & terms:
            return True
        concept = concepts.get(word)
        return bool(concept) and any(w >= 0.9 and set(alt) <= terms for alt, w in concept.weighted(sentence=True))

    def names_all(name: str, d: str) -> bool:  # … as a name, not by another ("Vestlandet" for "Vestland")
        return all(mentioned(w, retriever.document_terms(d)) for w in words(name)) and retriever.writes_name_whole(
            d, name)

    # of two names compared ("forskjellen på Rekomp og Dekomp"), a page on either one says what it is; and so does a
    # page on the other thing compared, where that is no name ("forskjellen på kompetanseløftet og desentralisert
    # ordning": the page on the decentralised scheme need not name the competence boost)
    compared = compared_concepts(query)
    labels, typed_names = {c.label for c in compared}, {name.lower() for name in names}
    either = [name for name in names if name.lower() in labels]
    every = [name for name in names if name.lower() not in labels]
    unnamed = [c for c in compared if c.label not in typed_names]

    def says_other(d: str) -> bool:
        terms = retriever.document_terms(d)
        return any(w >= 0.9 and set(alt) <= terms for c in unnamed for alt, w in c.weighted(sentence=True))

    return {d for d in documents if all(names_all(name, d) for name in every)
            and (not either or any(names_all(name, d) for name in either) or says_other(d))}


def speaks_of_year(unit: Unit, year: str) -> bool:
    """Whether a sentence speaks of a year a question names: it says it, or it names no year and its page is dated
    that year, whose present it tells ("… kan nå søke om kompetansemidler" on a page published in 2017)."""
    return year in unit.covered or unit.hit.document.meta.date.startswith(year) and not re.search(YEAR, unit.text)


def is_year(label: str) -> bool:
    """Whether a question's word is a year ("2022"): a constraint, which a sentence of another year does not meet."""
    return bool(re.fullmatch(YEAR, label))


def says_in_words(text: str) -> bool:
    """Whether a text has a word at all: "(2) (3)", a document viewer's page marks, says nothing."""
    return any(c.isalpha() for c in text)


def kinds_given(unit: Unit, query: Query) -> set[str]:
    """The kinds of answer a sentence gives the question: to how long something lasts, a time that is neither a
    duration nor an end gives none ("Fra 2025 skal Kompetanseløftet …" or a yearly deadline for "Hvor lenge varer
    det?")."""
    return unit.features - {"time"} if query.enduring and not unit.features & LASTING_KINDS else unit.features


def repeats(unit: Unit, other: Unit) -> bool:
    """Whether every word of a sentence is in another one: beside it, it would only say part of it again (unless the
    other's words besides negate it: "… skal ikke skje …" says another thing)."""
    return word_set(unit.text) <= word_set(other.text) and not (
        "negation" in other.features and "negation" not in unit.features)


@lru_cache(maxsize=SPAN_CACHE)
def word_set(text: str) -> frozenset[str]:
    """A sentence's words, read once however often it is compared."""
    return frozenset(words(text))


def repeated_by(unit: Unit, fuller: Unit, selected: list[Unit]) -> bool:
    """Whether a sentence already chosen says only part of a fuller one chosen after it, which then stands instead:
    one it answers nothing more of, that is not the lead-in or the first items of another chosen."""
    return repeats(unit, fuller) and unit.covered <= fuller.covered and unit.features <= fuller.features and not any(
        unit in (s.antecedent, s.earlier_items) for s in selected + [fuller])


def overlaps(unit: Unit, other: Unit) -> bool:
    """Whether two units quote some of the same text of one document."""
    return unit.hit.chunk.document_id == other.hit.chunk.document_id and unit.start < other.end \
        and other.start < unit.end


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
        url=meta.url, date=meta.date, outdated=meta.outdated,
        section=" > ".join(chunk.heading_path[1:]) or chunk.section,
        heading_path=chunk.heading_path, page=chunk.page, quote=unit.text, start=unit.start, end=unit.end,
    )


def render(units: list[Unit]) -> Answer:
    parts = [f"{unit.text}{' …' if unit.cut else ''} [{n}]" for n, unit in enumerate(units, start=1)]
    separator = "\n" if any("\n" in unit.text for unit in units) else " "
    return Answer(
        answer=separator.join(parts),
        abstained=False,
        citations=[citation_for(n, unit) for n, unit in enumerate(units, start=1)],
    )

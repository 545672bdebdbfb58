"""Sentence spans in cleaned text: lines (bullets, headings) and sentence ends split; abbreviations do not."""

from __future__ import annotations

import re

from ingest.language import ITEM_NUMBER, is_dated_item, text_conventions

# A sentence end: [.!?] then space and a capital, digit or bullet; or a glued end as in "kommunene.Offentlige".
BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[\"«(]?[A-ZÆØÅ0-9•])|(?<=[a-zæøå]{3}[.!?])(?=[A-ZÆØÅ][a-zæøå])")


# A fact line: a short label, a colon and a value with a figure in it ("Høringsfrist: 21.11.2020", "Søknadsfrist: 1.
# mars", "Vår ref.: 20/4057"). It says what the label's value is: a fact, not a heading over what follows.
FACT_LINE = re.compile(r"[^\n:!?]{1,40}:\s+[^\n]*\d[^\n]*")
FACT_LINE_WORDS = 10


# A labelled line: the same shape with any value ("Status: Under behandling"). Beside a fact line it is one too.
LABELLED_LINE = re.compile(r"[^\n:!?]{1,40}:\s+\S[^\n]*")


def is_fact_line(text: str) -> bool:
    return len(text.split()) <= FACT_LINE_WORDS and bool(FACT_LINE.fullmatch(text.strip()))


def is_labelled_line(text: str) -> bool:
    return len(text.split()) <= FACT_LINE_WORDS and bool(LABELLED_LINE.fullmatch(text.strip()))


def is_list_item(text: str) -> bool:
    """A bulleted item, or a numbered one ("1. 30 kommuner identifiseres …"): after a lead-in, one of its items. "1.
    mars: Søknadsfrist …" opens with a day, not an item's number."""
    return text.startswith("• ") or bool(text.strip()) and bool(
        ITEM_NUMBER.fullmatch(text.split(maxsplit=1)[0])) and not is_dated_item(text)


# A name's middle initial: a capitalised name, then one capital letter and a period ("Per E. Garmannslund"); after a
# common noun ("i vedlegg B.") the letter ends the sentence.
MIDDLE_INITIAL = re.compile(r"\b[A-ZÆØÅ][a-zæøå]+ [A-ZÆØÅ]\.$")


def _ends_with_abbreviation(text: str) -> bool:
    match = re.search(r"(\b[\w.]+)\.$", text)
    # one that closes a list ("… BUP osv. Mye av dette …") ends the sentence before a capital letter
    conventions = text_conventions()
    return bool(match) and match.group(1).lower() in conventions.abbreviations - conventions.list_closers


def _month_before_year(text: str, rest: str) -> bool:
    """Whether an abbreviated month's stop stands before its year: "4. sept. 2024" is one date."""
    match = re.search(r"\b(\w+)\.$", text)
    return bool(match) and match.group(1).lower() in text_conventions().months and bool(re.match(r"\d{4}\b", rest))


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) of every sentence in `text`, shifted by `offset`; whitespace is never inside a span edge."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for boundary in BOUNDARY.finditer(line.group()):
            candidate = line.group()[start - line.start() : boundary.start()]
            if (_ends_with_abbreviation(candidate) or MIDDLE_INITIAL.search(candidate)
                    or ITEM_NUMBER.fullmatch(candidate.strip())
                    or _month_before_year(candidate, line.group()[boundary.end():])):
                continue  # "osv." inside a sentence; "Per E. Garmannslund"; "4. sept. 2024"; "1." opening an item
            spans.append((start, line.start() + boundary.start()))
            start = line.start() + boundary.end()
        spans.append((start, line.end()))
    return [(offset + s, offset + e) for s, e in _trim(text, spans)]


def _trim(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out

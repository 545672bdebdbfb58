"""Clean loaded text without changing a word of content, and find its headings.

Only whole lines of page furniture are dropped; within a line only whitespace, soft hyphens and
bullet glyphs are normalised, so every sentence of the cleaned text occurs verbatim in the source
(up to whitespace) and answers can quote it exactly.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ingest.documents import Page
from ingest.language import (ITEM_NUMBER, YEAR, ends_in_present_tense, is_byline, is_date_line, is_date_stamp,
                             is_dated_item, reads_as_statement, stated_date, states_a_day, text_conventions)
from ingest.load import RawText
from ingest.sentences import is_fact_line, is_labelled_line

# Whole lines that web captures carry but that say nothing about the scheme (the classes of text-conventions.txt).
FURNITURE = (
    (r"{furniture-line}\W*", re.IGNORECASE),
    (r"\d+\s*/\s*\d+", re.IGNORECASE),  # a feedback form's character counter, "0/250"
    (r"{image-caption}\s[^.!?]{0,120}\.?", re.IGNORECASE),  # image alt text, a generated one closed by a stop
    (r"{link-label}[^.!?:]{0,80}", 0),  # as written: a wrapped body line that goes on "mer om …" is in lower case
    (r"{page}\s*\d{1,4}\s*{page-of}\s*\d{1,4}", re.IGNORECASE),  # a web page's pager, "Side 2 av 5"
    (r"\(\d{1,4}\)", 0),  # a document viewer's page mark, "(2)", on a line of its own
    # a table of contents' entry, its page number after dot leaders: "Mandat ... 7", "2.1 Tiltak ........ 12"
    (r"[^\n]{2,150}?(?:\s?\.){3,}\s*\d{1,4}|[^\n]{2,150}?\s?…+\s*\d{1,4}", 0),
)
# A page's notice that its information may be out of date, after at most two sentences that say why ("Dette innholdet
# er mer enn ett år gammelt."): the whole line, no body sentence that happens to say "utdatert".
OUTDATED_NOTICE = r"(?:[^.!?\n]{1,200}[.!?]\s+){0,2}{outdated-notice}[.!]?"
# A credit closing a caption line ("Samarbeidsforum Nordland Foto: Statsforvalteren i Nordland."), or two ("Kreditering:
# JLK Foto Foto: Jarle Løv-Kjeldås / JLK Foto."): no text.
PHOTO_CREDIT = r"(?:\s*{credit}\s*:\s*[^.!?:]{1,80}?)+\.?$"
# A list item's mark: a symbol (geometric shapes, arrows, dingbats, often as emoji: "◾️Statped skal …") with or
# without a space after it, a dash or star before a space, or a dash right before a capital letter ("-Regional
# ordning …", as regulations on Lovdata write their lists; "-3 grader" is a minus sign).
# a bullet of any shape becomes "• "; a numbered item keeps its number (language.ITEM_NUMBER: "1. 30 kommuner …")
BULLET = re.compile(r"^(?:[•·‣∙\u25a0-\u25ff\u2190-\u21ff\u2700-\u27bf]\ufe0f?\s*(?=\S)"
                    r"|[\-\*–]\s+|[\-–](?=[A-ZÆØÅ]))")
MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
SENTENCE_END = re.compile(r"[.!?:]$")
DIGITS = re.compile(r"\d+")
# a PDF page's own number: "3", "- 3 -", "Side 3", "Side 3 av 12", "3/12", "Page 3 of 12"
PAGE_NUMBER = r"(?:[-–]\s*)?{page}?\s*\d{1,4}(?:\s*(?:{page-of}|/)\s*\d{1,4})?(?:\s*[-–])?"
EDGE_LINES = 2  # how many lines at a page's top and bottom may be running heads or feet
RUNNING_SHARE = 0.5  # a line shape at the edge of at least this share of pages is running furniture
MAX_HEADING_WORDS = 12
MAX_HEADING_CHARACTERS = 100
MAX_TITLE_WORDS = 20
MAX_TITLE_CHARACTERS = 160
MAX_LABEL_WORDS = 6
TRAIL_ITEM = re.compile(rf"^(?:•|{ITEM_NUMBER.pattern})\s+(.*)$")  # a breadcrumb's step, bulleted or numbered
MAX_TRAIL_WORDS = 6


def ends_in_lead_in_word(line: str) -> bool:
    """ "Målgruppen er", "Tiltakene skal": a line that runs on into what follows."""
    words = line.split()
    return bool(words) and words[-1].lower() in text_conventions().lead_in_words


def leads_into_list(text: str) -> bool:
    """A line that introduces the list after it: "Målet er at:", "Målgruppen er", a short label with no sentence
    end ("External participants", "Tema første år"), or a clause that stops with no sentence end and goes on in the
    items ("Kjennetegn på et godt samarbeid er at de ansatte")."""
    words = text.split()
    if not words or "\n" in text:
        return text.endswith(":")
    unended = not re.search(r"[.!?;,]$", text)
    return (text.endswith(":") or (len(words) <= MAX_HEADING_WORDS and ends_in_lead_in_word(text))
            or (unended and (len(words) <= MAX_LABEL_WORDS or reads_as_statement(text))))


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    start: int
    end: int


@dataclass
class CleanText:
    text: str
    headings: list[Heading] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    outdated: bool = False  # the page says its information may be out of date (its notice is not in `text`)


def normalise_line(line: str) -> str:
    line = SPACES.sub(" ", line.translate(INVISIBLE)).strip()
    return BULLET.sub("• ", line)


def is_furniture(line: str) -> bool:
    bare = line.removeprefix("• ").strip()
    grammar = text_conventions().grammar
    return any(grammar.build(construction, flags).fullmatch(bare) for construction, flags in FURNITURE)


def is_outdated_notice(line: str) -> bool:
    return bool(text_conventions().grammar.build(OUTDATED_NOTICE).fullmatch(line.removeprefix("• ").strip()))


def heading_level(line: str, previous: str | None, following: str | None, markdown: bool,
                  pdf: bool = False) -> int | None:
    """The heading level of a line in context, or None when it is body text."""
    if markdown:
        match = MARKDOWN_HEADING.match(line)
        return len(match.group(1)) if match else None
    if following is None:
        return None
    if line.startswith("• "):
        # web accordions put their question headings in a bullet list: "• Hvordan melder du behov?"
        return 2 if line.endswith("?") and following == "" else None
    words = line.split()
    opens_page = previous is None and not pdf  # a page's first line may be a long title ("… krever strategisk
    # kompetanseplanlegging i kommunen"); elsewhere a line that long is a sentence without its full stop
    if not words or len(words) > (MAX_TITLE_WORDS if opens_page else MAX_HEADING_WORDS) or len(line) > (
            MAX_TITLE_CHARACTERS if opens_page else MAX_HEADING_CHARACTERS):
        return None
    if not any(c.isalpha() for c in line) and not re.fullmatch(YEAR, line):
        return None  # "2,393" (a page's view counter) heads nothing; a year ("2022") may head the news of that year
    if is_date_stamp(line) or stated_date(line) or is_byline(line):
        # "Oppdatert 12.03.2024" (or "Sider 61-76 | Mottatt …, publisert 08.02.2023") stamps the page, "Av: Kari
        # Nordmann" signs it; neither heads a section
        return None
    if is_fact_line(line) or is_dated_item(line) or states_a_day(line):
        return None  # "Høringsfrist: 21.11.2020" gives a value, "1. mars: Søknadsfrist …" a date, "Søknadsfrist er
        # 15.september" the day itself: no section heads
    if following and following[0].islower():
        return None  # the sentence goes on in the next line
    if re.search(r"[.,;:!]$", line) or ends_in_lead_in_word(line):
        return None
    if not (line[0].isupper() or line[0].isdigit() or line[0] == "§"):
        return None
    if previous not in (None, "") and not SENTENCE_END.search(previous):
        return None
    if previous and previous.endswith(":"):
        return None  # right under a label or lead-in ("Ansvarlig:" / "Fylkesmannen i Hordaland"): what it introduces
    numbered = numbered_level(line)
    if numbered and numbers_next(line, following):
        return None  # "1. Videoer …" right above "2. Tekst …" is an item of a numbered list
    if pdf and numbered is None and _short_label(following):
        # a PDF's table comes out as short lines one under another, its cells no longer apart: rows, not a
        # heading over them (web pages and text files keep their tables and lists marked)
        return None
    return numbered or 2


def among_fact_lines(lines: list[str], index: int) -> bool:
    """Whether the line at `index` is a "label: value" line next to a fact line: one of a run of stated facts."""
    if not is_labelled_line(lines[index]):
        return False
    before = next((lines[i] for i in range(index - 1, -1, -1) if lines[i]), "")
    after = next_line(lines, index)
    return is_fact_line(before) or is_fact_line(after)


DATE_TABLE_PAIRS = 2  # a date over its label, twice at least: a table of dates, not a dated heading


def dates_label(date: str, label: str) -> bool:
    """Whether a line is a date and nothing else, and the line under it the short label of what it is the date of
    ("17 Mar 2021" / "Application submission deadline")."""
    return is_date_line(date) and _short_label(label) and not is_date_line(label)


def date_table(lines: list[str]) -> set[int]:
    """The indices of the lines of a table of dates, each date over the label that says what it is the date of
    ("17 Mar 2021" / "Application submission deadline" / "01 Oct 2021" / "Earliest permitted project start"):
    facts, of which neither line heads anything."""
    filled = [index for index, line in enumerate(lines) if line]
    table: set[int] = set()
    k = 0
    while k < len(filled):
        run: list[int] = []
        while k + 1 < len(filled) and dates_label(lines[filled[k]], lines[filled[k + 1]]):
            run += [filled[k], filled[k + 1]]
            k += 2
        if len(run) >= 2 * DATE_TABLE_PAIRS:
            table.update(run)
        k += 0 if run else 1
    return table


def labels_a_list(lines: list[str], index: int) -> bool:
    """Whether the short line at `index` names the list of items that comes right after it."""
    return _short_label(lines[index]) and next_line(lines, index).startswith("• ")


def labels_a_value(lines: list[str], index: int) -> bool:
    """Whether the line at `index` is a short label with a colon over lines that are its value, not a list's
    lead-in: "Hovudkontaktperson:" over a name and a title."""
    return is_colon_label(lines[index]) and not next_line(lines, index).startswith("• ")


def is_colon_label(line: str) -> bool:
    """A short line that ends in a colon and labels what stands under it ("Kontaktperson – kompetanseløftet:")."""
    return "\n" not in line and line.endswith(":") and _short_label(line[:-1])


def next_line(lines: list[str], index: int) -> str:
    """The next line after `index` that is not blank ("" at the end)."""
    return next((lines[i] for i in range(index + 1, len(lines)) if lines[i]), "")


def is_paragraph(line: str) -> bool:
    """Whether a line is text that says something: it ends as a sentence does."""
    return bool(re.search(r"[.!?]$", line))


def _short_label(line: str | None) -> bool:
    """A short line with no closing punctuation that starts like a name: a heading's shape, or a table row's."""
    return bool(line) and len(line.split()) <= MAX_LABEL_WORDS and not re.search(r"[.,;:!?]$", line) and (
        line[0].isupper() or line[0].isdigit())


# Rules and reports number their sections: "Kapittel 2 …", "§ 4 Tildeling", "3.2 Tiltak".
SECTION_NUMBER = r"^(?:({chapter})\s+\d+|(§)\s*\d+[a-z]?|(\d+(?:\.\d+)*)\.?)\s+\S"


ITEM_COUNT = re.compile(r"^(\d+)[.)]\s")


def numbers_next(line: str, following: str | None) -> bool:
    """Whether the line right under a numbered line carries on its count ("1. …" / "2. …"): a list's items."""
    number, after = ITEM_COUNT.match(line), ITEM_COUNT.match(following or "")
    return bool(number and after) and int(after.group(1)) == int(number.group(1)) + 1


def numbered_level(line: str) -> int | None:
    """The level a section number gives a heading: chapters 2, paragraphs (§) 3, "3.2" one below "3"."""
    match = text_conventions().grammar.build(SECTION_NUMBER).match(line)
    if not match:
        return None
    if match.group(1):
        return 2
    if match.group(2):
        return 3
    return min(4, 2 + match.group(3).count("."))


def _reflow_pdf(lines: list[str]) -> list[str]:
    """Join a PDF paragraph's wrapped lines; a blank line or a new sentence-start line stays apart."""
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        continues = (
            previous
            and line
            and not line.startswith("• ")
            and not SENTENCE_END.search(previous)
            and heading_level(previous, out[-2] if len(out) > 1 else None, line, False, pdf=True) is None
            and (line[0].islower() or len(previous) > 60)
        )
        if continues:
            out[-1] = previous + " " + line
        else:
            out.append(line)
    return out


def _split_lines(page: str) -> list[str]:
    return [normalise_line(line) for line in page.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def _shape(line: str) -> str:
    """A line with its numbers blanked: "Side 3 av 12" and "Side 4 av 12" have one shape."""
    return DIGITS.sub("#", line.lower())


def _edges(lines: list[str]) -> list[int]:
    """The indexes of a page's first and last EDGE_LINES non-empty lines: where running heads and feet stand."""
    filled = [i for i, line in enumerate(lines) if line]
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:]))


def running_shapes(pages: list[list[str]]) -> set[str]:
    """Shapes of the lines that stand at the top or bottom of most pages: running heads, feet, page numbers."""
    if len(pages) < 2:
        return set()
    counts: dict[str, int] = {}
    for lines in pages:
        for shape in {_shape(lines[i]) for i in _edges(lines)}:
            counts[shape] = counts.get(shape, 0) + 1
    needed = max(2, math.ceil(RUNNING_SHARE * len(pages)))
    return {shape for shape, count in counts.items() if count >= needed}


# a footnote's number as a PDF's text layer gives it: right after a word's sentence end or comma ("nivå.13 Neste")
FOOTNOTE_MARK = re.compile(r"(\w+)([.,;:])\d{1,3}(?=\s|$)")


def without_footnote_marks(line: str, abbreviations: frozenset[str]) -> str:
    """A PDF line without the footnote numbers glued to its words' punctuation, which hide a sentence's end; a
    number after a digit ("12,5") or an abbreviation ("kap.3", "nr.12") is part of the text."""
    def mark(match: re.Match) -> str:
        word = match.group(1)
        kept = word[-1].isdigit() or word.lower() in abbreviations
        return match.group(0) if kept else word + match.group(2)

    return FOOTNOTE_MARK.sub(mark, line)


def _page_lines(lines: list[str], raw: RawText, running: set[str]) -> list[str]:
    conventions = text_conventions()
    page_number, photo_credit = conventions.grammar.build(PAGE_NUMBER), conventions.grammar.build(PHOTO_CREDIT)
    if raw.is_pdf:
        edges = set(_edges(lines))
        lines = ["" if i in edges and (_shape(line) in running or page_number.fullmatch(line)) else line
                 for i, line in enumerate(lines)]
        lines = [without_footnote_marks(line, conventions.abbreviations) for line in lines]
        lines = _reflow_pdf(lines)  # furniture is judged on whole lines, after a PDF's wrapped lines are joined
    lines = _without_captions(lines, photo_credit)
    return _without_breadcrumbs(["" if is_furniture(line) else line for line in lines])


def _without_breadcrumbs(lines: list[str]) -> list[str]:
    """Lines without a breadcrumb trail: a run of short list items that starts at the home page ("1. Hjem" / "2. /"
    / "3. Kompetanseløftet spes.ped.") is the path to the page, which a capture keeps as a list."""
    home = text_conventions().grammar.build(r"{breadcrumb-home}\W*", re.IGNORECASE)
    out = list(lines)
    index = 0
    while index < len(lines):
        item = TRAIL_ITEM.match(lines[index])
        if not (item and home.fullmatch(item.group(1))):
            index += 1
            continue
        while index < len(lines) and (item := TRAIL_ITEM.match(lines[index])) and len(
                item.group(1).split()) <= MAX_TRAIL_WORDS:
            out[index] = ""
            index += 1
    return out


def _without_captions(lines: list[str], photo_credit: re.Pattern) -> list[str]:
    """Lines with photo credits removed. A caption that is no sentence ("Samarbeidsforum Nordland Foto: …") names a
    picture and goes with its credit, as does the same text just above it (the picture's alt text); a caption that
    says something ("– Mye ligger foran oss, sier direktøren. Foto: …") stays, without its credit."""
    out = list(lines)
    for index, line in enumerate(lines):
        caption = photo_credit.sub("", line)
        if caption == line:
            continue
        if SENTENCE_END.search(caption):
            out[index] = caption
            continue
        out[index] = ""
        above = next((i for i in range(index - 1, -1, -1) if out[i]), None)
        if above is not None and out[above] == caption.strip():
            out[above] = ""
    return out


def clean(raw: RawText) -> CleanText:
    """Normalise and concatenate the pages; record headings and page spans as offsets into the result."""
    out = CleanText(text="")
    text = ""
    pages = [_split_lines(page) for page in raw.pages]
    running = running_shapes(pages) if raw.is_pdf else set()
    for number, page in enumerate(pages, start=1):
        lines = _page_lines(page, raw, running)
        notices = {index for index, line in enumerate(lines) if line and is_outdated_notice(line)}
        out.outdated |= bool(notices)
        lines = ["" if index in notices else line for index, line in enumerate(lines)]
        page_start = len(text) + (2 if text else 0)
        after_blank = True
        in_led_list = False  # under a lead-in with a colon, among its items and the labels of its lists
        in_card = False  # under a short label with a colon ("Kontaktperson:"), among the lines of its value
        dates = date_table(lines)
        for index, line in enumerate(lines):
            if not line:
                after_blank = True
                continue
            previous = lines[index - 1] if index else None
            following = lines[index + 1] if index + 1 < len(lines) else None
            level = heading_level(line, previous, following, raw.markdown, raw.is_pdf)
            if level and not raw.markdown and (among_fact_lines(lines, index) or index in dates):
                level = None  # "Status: Under behandling" over "Høringsfrist: 1.3.2025": facts, not a section
            if level and not raw.markdown and next_line(lines, index).startswith("• ") and ends_in_present_tense(line):
                level = None  # "Ordningen inkluderer" over its items: a lead-in that stops at its verb
            if level and in_card and not raw.markdown and not is_paragraph(next_line(lines, index)):
                level = None  # "Kontaktperson:" / "Kari Nordmann" / "Rådgiver": a card's lines, where a heading
                # would head a paragraph
            in_card = not level and (labels_a_value(lines, index) or in_card and not is_paragraph(line))
            labels = in_led_list and not line.startswith("• ") and labels_a_list(lines, index)
            if level and labels and not raw.markdown:
                level = None  # "… basert på:" / "Elevundersøkelsen" / "• Mobbing": the label of a list
            in_led_list = not level and (line.endswith(":") or (in_led_list and (line.startswith("• ") or labels)))
            body = line
            if level and raw.markdown:
                body = MARKDOWN_HEADING.match(line).group(2)
            elif level:
                body = line.removeprefix("• ")
            if text:
                text += "\n\n" if (after_blank or level) else "\n"
            start = len(text)
            text += body
            if level:
                is_title = not out.headings and start == 0 and not raw.markdown
                out.headings.append(Heading(1 if is_title else level, body, start, len(text)))
            after_blank = bool(level)
        if raw.is_pdf:
            out.pages.append(Page(number, min(page_start, len(text)), len(text)))
    out.text = text
    out.headings = headings_over_text(out.text, out.headings)
    return out


def headings_over_text(text: str, headings: list[Heading]) -> list[Heading]:
    """The headings, less the lines that head nothing and so would stand in no passage at all: a question that is all
    a label heads (under "Problemstilling", "Hvordan bruker lærere …?" with the next heading right after it) is the
    label's text; then a statement is text, a sentence without its full stop: at the end of a section's text, its
    last line ("Fylkesmannen leier og koordinerer forumet" after a list, before the next heading); under the title,
    the page's lead ("Satsingen ga et løft for samarbeid – men …" over "Hovedfunn"). A label over nothing
    ("Kontaktpersoner", "Regional ordning for kompetanseutvikling") stays a heading. A question right
    under the page's title ("Hvem har ansvaret?") heads what follows."""
    labels_text = _without(text, headings, lambda heading, text_before, before: (
        before is not None and before.level > 1 and not text_before and is_sentence_shaped(heading.text)))
    return _without(text, labels_text, lambda heading, _text_before, _before: reads_as_statement(heading.text))


def _without(text: str, headings: list[Heading], is_text) -> list[Heading]:
    """The headings less those that head nothing and that `is_text(heading, text before it, heading before it)`."""
    kept: list[Heading] = []
    for index, heading in enumerate(headings):
        before = kept[-1] if kept else None
        after = headings[index + 1] if index + 1 < len(headings) else None
        following = after.start if after is not None else len(text)
        heads_nothing = (after is None or after.level <= heading.level) and not text[heading.end:following].strip()
        text_before = text[before.end if before is not None else 0:heading.start].strip()
        if heads_nothing and is_text(heading, text_before, before):
            continue
        kept.append(heading)
    return kept


def is_sentence_shaped(line: str) -> bool:
    return line.endswith("?") or len(line.split()) > MAX_LABEL_WORDS

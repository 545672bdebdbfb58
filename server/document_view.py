"""The document view: one document's cleaned text as a page, with a quoted span highlighted by its offsets,
and the reference a case officer copies into a case file. Every text is escaped; nothing is HTML from a document."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import Literal
from urllib.parse import quote

from ingest.documents import Chunk, DocumentMeta, Page

UiLanguage = Literal["nb", "nn"]
QUOTE_ANCHOR = "sitat"
BLOCK = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]*)*")  # paragraphs: runs of lines between blank lines

STRINGS: dict[str, dict[str, str]] = {
    "nb": {
        "dated": "datert", "section": "avsnitt", "page": "side", "no_date": "dato ukjent",
        "outdated": "kan være utdatert",
        "original": "Åpne originalen", "to_quote": "Gå til det markerte sitatet", "quote_on_page": "Sitatet står på side",
        "not_found": "Fant ikke dokumentet", "not_found_text": "Dokumentet finnes ikke i indeksen. Det kan være fjernet.",
        "bad_span": "Sitatet finnes ikke lenger i denne versjonen av dokumentet.", "skip": "Hopp til teksten",
        "kind_rules": "Regelverk", "kind_guidance": "Veiledning", "kind_report": "Rapport", "kind_partner": "Partner",
        "document": "Dokument",
    },
    "nn": {
        "dated": "datert", "section": "avsnitt", "page": "side", "no_date": "dato ukjend",
        "outdated": "kan vere utdatert",
        "original": "Opne originalen", "to_quote": "Gå til det markerte sitatet", "quote_on_page": "Sitatet står på side",
        "not_found": "Fann ikkje dokumentet", "not_found_text": "Dokumentet finst ikkje i indeksen. Det kan vere fjerna.",
        "bad_span": "Sitatet finst ikkje lenger i denne versjonen av dokumentet.", "skip": "Hopp til teksten",
        "kind_rules": "Regelverk", "kind_guidance": "Rettleiing", "kind_report": "Rapport", "kind_partner": "Partnar",
        "document": "Dokument",
    },
}


def norwegian_date(iso: str) -> str:
    """"2024-04-08" -> "08.04.2024"; anything else as given."""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso)
    return f"{match.group(3)}.{match.group(2)}.{match.group(1)}" if match else iso


def section_of(chunk: Chunk) -> str:
    """The headings under the document's own title: what a reader looks for on the page."""
    return " > ".join(chunk.heading_path[1:]) or chunk.section


def reference(meta: DocumentMeta, section: str = "", page: int | None = None, lang: UiLanguage = "nb") -> str:
    """Utdanningsdirektoratet: «Kompetanseløftet …», datert 08.04.2024, avsnitt «Tilskudd», side 3 (and "kan være
    utdatert" where the page says so)"""
    words = STRINGS[lang]
    parts = [f"{meta.publisher}: «{meta.title}»" if meta.publisher else f"«{meta.title}»"]
    if meta.date:
        parts.append(f"{words['dated']} {norwegian_date(meta.date)}")
    if meta.outdated:
        parts.append(words["outdated"])
    if section:
        parts.append(f"{words['section']} «{section}»")
    if page:
        parts.append(f"{words['page']} {page}")
    return ", ".join(parts)


def document_link(document_id: str, start: int | None = None, end: int | None = None, lang: UiLanguage = "nb") -> str:
    """The document view's address, scrolled to and highlighting a span when one is given."""
    query = [f"start={start}&end={end}"] if start is not None and end is not None else []
    if lang != "nb":
        query.append(f"lang={lang}")
    return f"/documents/{quote(document_id, safe='/')}" + (f"?{'&'.join(query)}" if query else "") + (
        f"#{QUOTE_ANCHOR}" if query and start is not None else "")


@dataclass
class DocumentPage:
    document_id: str
    meta: DocumentMeta
    text: str
    chunks: list[Chunk]
    pages: list[Page]

    def render(self, start: int | None, end: int | None, lang: UiLanguage) -> str:
        words = STRINGS[lang]
        span = (start, end) if start is not None and end is not None and 0 <= start < end <= len(self.text) else None
        notice = ""
        if span:
            page = self.page_at(span[0])
            on_page = f" {words['quote_on_page']} {page}." if page else ""
            notice = f'<p class="notice"><a href="#{QUOTE_ANCHOR}">{words["to_quote"]}</a>.{escape(on_page)}</p>'
        elif start is not None or end is not None:
            notice = f'<p class="notice" role="status">{words["bad_span"]}</p>'
        return _page(escape(self.meta.title), lang, self._header(words) + notice
                     + f'<article id="tekst" lang="{escape(self.meta.language)}">{self._body(span, words)}</article>',
                     words)

    def page_at(self, offset: int) -> int | None:
        return next((p.number for p in self.pages if p.start <= offset < p.end), None)

    def _header(self, words: dict[str, str]) -> str:
        meta = self.meta
        facts = [meta.publisher, words.get(f"kind_{meta.kind}", meta.kind),
                 f"{words['dated']} {norwegian_date(meta.date)}" if meta.date else words["no_date"],
                 words["outdated"] if meta.outdated else ""]
        original = ""
        if re.match(r"https?://", meta.url):
            original = f' · <a href="{escape(meta.url)}" rel="noopener">{words["original"]}</a>'
        return (f'<header><p class="brand">{words["document"]}</p><h1>{escape(meta.title)}</h1>'
                f'<p class="facts">{" · ".join(escape(f) for f in facts if f)}{original}</p></header>')

    def _body(self, span: tuple[int, int] | None, words: dict[str, str]) -> str:
        depth = self._heading_depths()
        pages = sorted(self.pages, key=lambda p: p.start)
        out, first_mark = [], True
        for block in BLOCK.finditer(self.text):
            while pages and pages[0].start <= block.start():
                out.append(f'<p class="page-mark" id="side-{pages[0].number}">{words["page"].capitalize()} '
                           f"{pages[0].number}</p>")
                pages.pop(0)
            inner, marked = _marked(self.text, block.start(), block.end(), span, first_mark)
            first_mark = first_mark and not marked
            level = depth.get(block.group(0).strip())
            tag = f"h{min(level + 2, 6)}" if level is not None else "p"
            out.append(f'<{tag} data-start="{block.start()}">{inner}</{tag}>')
        return "".join(out)

    def _heading_depths(self) -> dict[str, int]:
        depth: dict[str, int] = {}
        for chunk in self.chunks:
            for level, heading in enumerate(chunk.heading_path):
                depth.setdefault(heading.strip(), level)
        depth.pop(self.meta.title.strip(), None)
        return depth


def _marked(text: str, start: int, end: int, span: tuple[int, int] | None, first: bool) -> tuple[str, bool]:
    """A block's text, escaped, with its part of the quoted span inside <mark>."""
    if not span or span[1] <= start or span[0] >= end:
        return escape(text[start:end]), False
    cut_start, cut_end = max(start, span[0]), min(end, span[1])
    anchor = f' id="{QUOTE_ANCHOR}" tabindex="-1"' if first else ""
    return (escape(text[start:cut_start]) + f"<mark{anchor}>"
            + escape(text[cut_start:cut_end]) + "</mark>" + escape(text[cut_end:end])), True


def not_found_page(lang: UiLanguage) -> str:
    words = STRINGS[lang]
    return _page(words["not_found"], lang, f'<h1>{words["not_found"]}</h1><p>{words["not_found_text"]}</p>', words)


def _page(title: str, lang: UiLanguage, body: str, words: dict[str, str]) -> str:
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{title} – Kompetanseløftet</title><link rel="stylesheet" href="/static/document.css"></head>'
            f'<body><a class="skip" href="#tekst">{words["skip"]}</a><main>{body}</main></body></html>')

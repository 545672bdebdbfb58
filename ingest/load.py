"""Read a file into raw text (and PDF page spans), or say in one line why it cannot be read."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from ingest.documents import Skipped

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES


@dataclass
class RawText:
    """Text as loaded, before cleaning; PDFs give one entry per page."""

    pages: list[str]
    is_pdf: bool = False
    markdown: bool = False
    pdf_title: str = ""


@dataclass
class _HtmlText(HTMLParser):
    """Keeps the visible text of an HTML page, with headings as markdown and list items as bullets."""

    parts: list[str] = field(default_factory=list)
    _skip_depth: int = 0
    title: str = ""
    _in_title: bool = False

    def __post_init__(self) -> None:
        HTMLParser.__init__(self, convert_charrefs=True)

    BLOCK = {"p", "div", "section", "article", "br", "tr", "ul", "ol", "table", "header", "footer", "main"}
    SKIP = {"script", "style", "noscript", "template", "svg", "nav", "form", "button"}

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self.SKIP:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif re.fullmatch(r"h[1-6]", tag):
            self.parts.append("\n\n" + "#" * int(tag[1]) + " ")
        elif tag == "li":
            self.parts.append("\n• ")
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag == "title":
            self._in_title = False
        elif (re.fullmatch(r"h[1-6]", tag) or tag in self.BLOCK) and tag != "li":
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip_depth:
            self.parts.append(re.sub(r"\s+", " ", data))


def load(path: Path, max_bytes: int) -> RawText:
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise Skipped(f"unsupported file type '{suffix or '(none)'}' (supported: .txt, .md, .html, .pdf)")
    size = path.stat().st_size
    if size == 0:
        raise Skipped("empty file")
    if size > max_bytes:
        raise Skipped(f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit (setting MAX_FILE_MB)")
    data = path.read_bytes()
    if suffix in PDF_SUFFIXES:
        return _load_pdf(path)
    text = _decode_text(data)
    if suffix in HTML_SUFFIXES:
        parser = _HtmlText()
        parser.feed(text)
        parser.close()
        body = "".join(parser.parts)
        if parser.title.strip() and not re.search(r"^#\s", body, re.M):
            body = f"# {parser.title.strip()}\n\n{body}"
        return RawText(pages=[body], markdown=True)
    return RawText(pages=[text], markdown=suffix != ".txt")


def _decode_text(data: bytes) -> str:
    if b"\x00" in data[:65536]:
        raise Skipped("binary content in a text file (NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f") + text.count("\ufffd")
    if controls > max(3, len(text) // 100):
        raise Skipped("binary content in a text file (not readable as text)")
    return text


def _load_pdf(path: Path) -> RawText:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise Skipped("encrypted PDF (remove the password and add it again)")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = str((reader.metadata or {}).get("/Title") or "")
    except Skipped:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError) as error:
        raise Skipped(f"corrupt PDF: {type(error).__name__}: {str(error)[:120]}") from error
    except Exception as error:  # pypdf raises many kinds on broken files; none may stop the run
        raise Skipped(f"corrupt PDF: {type(error).__name__}: {str(error)[:120]}") from error
    if not any(page.strip() for page in pages):
        raise Skipped("PDF has no extractable text (scanned images need OCR first)")
    return RawText(pages=pages, is_pdf=True, pdf_title=title.strip())

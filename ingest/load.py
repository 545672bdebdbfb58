"""Read a file into raw text (and PDF page spans), or say in one line why it cannot be read."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from ingest.documents import Skipped
from ingest.language import text_conventions

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
    """Keeps the visible main text of an HTML page: headings as markdown, list items as bullets, a table row
    per line with its cells apart ("Frist | 1. mars"); site header, footer, navigation and cookie banners go."""

    parts: list[str] = field(default_factory=list)
    _skip_depth: int = 0
    _content_depth: int = 0
    _cells: int = 0
    title: str = ""
    _in_title: bool = False

    def __post_init__(self) -> None:
        HTMLParser.__init__(self, convert_charrefs=True)
        self._open: list[bool] = []  # per open element: whether it started a skipped region

    BLOCK = {"p", "div", "section", "article", "ul", "ol", "table", "header", "footer", "main", "blockquote"}
    SKIP = {"script", "style", "noscript", "template", "svg", "nav", "form", "button", "aside", "iframe"}
    # a page's own header and footer, unless they are an article's (its title, its byline)
    PAGE_FURNITURE = {"header", "footer"}
    FURNITURE_ROLES = {"navigation", "banner", "contentinfo", "search", "dialog", "alertdialog"}
    VOID = {"br", "img", "hr", "meta", "link", "input", "wbr", "source", "col", "area", "base", "embed"}

    def _is_furniture(self, tag: str, attrs: dict) -> bool:
        if tag in self.SKIP or attrs.get("role", "") in self.FURNITURE_ROLES or attrs.get("aria-hidden") == "true":
            return True
        if tag in self.PAGE_FURNITURE and not self._content_depth:
            return True
        names = " ".join(attrs.get(a, "") or "" for a in ("id", "class", "aria-label"))
        return text_conventions().grammar.search("furniture-markup", names)

    def handle_starttag(self, tag: str, attrs) -> None:
        attrs = dict(attrs)
        if tag == "br":
            if not self._skip_depth:
                self.parts.append("\n")
            return
        if tag in self.VOID:
            return
        skipped = self._is_furniture(tag, attrs)
        self._open.append(skipped)
        if skipped:
            self._skip_depth += 1
            return
        if tag in ("article", "main"):
            self._content_depth += 1
        if tag == "title":
            self._in_title = True
        elif re.fullmatch(r"h[1-6]", tag):
            self.parts.append("\n\n" + "#" * int(tag[1]) + " ")
        elif tag == "li":
            self.parts.append("\n• ")
        elif tag == "tr":
            self.parts.append("\n")
            self._cells = 0
        elif tag in ("td", "th"):
            if self._cells:
                self.parts.append(" | ")
            self._cells += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID or not self._open:
            return
        skipped = self._open.pop()
        if skipped:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag in ("article", "main"):
            self._content_depth = max(0, self._content_depth - 1)
        if tag == "title":
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


BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _decode_text(data: bytes) -> str:
    """Text in whatever encoding it came in (UTF-8, UTF-16/32 with or without a byte order mark, Windows-1252,
    Latin-1 …); binary content is refused."""
    encoding = next((name for bom, name in BOMS if data.startswith(bom)), None)
    try:
        text = data.decode(encoding or "utf-8")
        if "\x00" in text[:65536]:  # UTF-16 without a byte order mark is "valid" UTF-8 full of NULs
            text = _guess_encoding(data)
    except UnicodeDecodeError:
        text = _guess_encoding(data)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f") + text.count("\ufffd")
    if controls > max(3, len(text) // 100):
        raise Skipped("binary content in a text file (not readable as text)")
    return text.lstrip("\ufeff")


def _guess_encoding(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        if b"\x00" in data[:65536]:
            raise Skipped("binary content in a text file (NUL bytes)")
        return data.decode("cp1252", errors="replace")
    return data.decode(best.encoding, errors="replace")


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

"""The types every later stage imports: a document's metadata, its cleaned text, and its chunks."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal
from urllib.parse import urlparse

from pydantic import BaseModel, ValidationError

Kind = Literal["guidance", "rules", "report", "partner"]
KINDS: tuple[str, ...] = ("guidance", "rules", "report", "partner")
META_SUFFIX = ".meta.json"


class Skipped(Exception):
    """A file that cannot be ingested; the message is the one-line reason a user sees."""


class DocumentMeta(BaseModel):
    title: str = ""
    publisher: str = ""
    kind: Kind = "guidance"
    language: str = "nb"
    url: str = ""
    date: str = ""
    outdated: bool = False  # the page says its information may be out of date, or an operator marked it so

    @property
    def site_name(self) -> str:
        """The labels of the page's web address that name its site ("hvl" of www.hvl.no, "ullensvang kommune" of
        ullensvang.kommune.no): how people often name the publisher."""
        return site_name(self.url)

    @property
    def publisher_names(self) -> str:
        """The publisher as the metadata names it and as its site's address does, where that says another word
        ("Høgskulen på Vestlandet hvl"; "Statped" alone for www.statped.no)."""
        said = set(self.publisher.lower().split())
        site = " ".join(label for label in self.site_name.split() if label not in said)
        return f"{self.publisher} {site}".strip()


@lru_cache(maxsize=4096)
def site_name(url: str) -> str:
    """The labels of a web address's host but its top-level domain and "www" (cached: read for every sentence)."""
    labels = (urlparse(url).hostname or "").split(".")[:-1]
    return " ".join(label for label in labels if label != "www")


@dataclass(frozen=True)
class Page:
    """A span of the cleaned text that came from one PDF page."""

    number: int
    start: int
    end: int


@dataclass
class Document:
    id: str
    path: str
    meta: DocumentMeta
    text: str  # the cleaned text: every quote and offset refers to it
    pages: list[Page] = field(default_factory=list)

    def page_at(self, offset: int) -> int | None:
        for page in self.pages:
            if page.start <= offset < page.end:
                return page.number
        return None


@dataclass
class Chunk:
    id: str
    document_id: str
    title: str
    heading_path: list[str]
    text: str
    start: int
    end: int
    page: int | None
    tokens: int
    content_hash: str

    @property
    def section(self) -> str:
        return " > ".join(self.heading_path)

    def to_dict(self) -> dict:
        return asdict(self)


def sha256(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def relative_path(path: Path, root: Path) -> str:
    """The path under the corpus root, with "/" (the file's name when it is not under the root)."""
    for inner, outer in ((path, root), (path.resolve(), root.resolve())):  # as found (cheap), then resolved
        try:
            return inner.relative_to(outer).as_posix()
        except ValueError:
            continue
    return path.name


def document_id(path: Path, root: Path) -> str:
    """A stable id from the path under the corpus root: lower-case, ascii-safe, no extension."""
    stem = str(Path(relative_path(path, root)).with_suffix("")).replace("\\", "/")
    return re.sub(r"[^a-z0-9/_-]+", "-", stem.lower().translate(str.maketrans("æøå", "eoa"))).strip("-")


def meta_path(path: Path) -> Path:
    return path.with_name(path.stem + META_SUFFIX)


def read_meta(path: Path) -> DocumentMeta:
    """The metadata kept beside a document, or defaults when there is none."""
    sidecar = meta_path(path)
    if not sidecar.exists():
        return DocumentMeta()
    try:
        return DocumentMeta.model_validate(json.loads(sidecar.read_text(encoding="utf-8")))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise Skipped(f"metadata file {sidecar.name} is not valid JSON: {error}") from error
    except ValidationError as error:
        first = error.errors()[0]
        field_name = ".".join(str(part) for part in first["loc"])
        raise Skipped(f"metadata file {sidecar.name}: {field_name}: {first['msg']}") from error

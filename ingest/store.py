"""The index: Chroma holds the vectors; a catalog generation says which chunks are visible.

Consistency without transactions: new chunks are added to Chroma under version-bearing ids that no
catalog names yet, then a new catalog generation (documents, chunks, BM25) is written whole and made
current by one atomic symlink swap, and only then are replaced chunks deleted. A crash at any point
leaves the previous generation current; Chroma ids that no catalog names are orphans, deleted by the
next ingest. A reader loads one generation whole and holds a lease on it (`lease`), so that nothing it may
still read is pruned while it serves it or finishes requests on it.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
import socket
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ingest import chroma_service
from ingest.documents import Chunk, DocumentMeta, Page
from ingest.language import Vocabulary, load_vocabulary
from ingest.lexical import LexicalIndex
from ingest.settings import Settings

CATALOG_FORMAT = 1
KEEP_GENERATIONS = 2
# A reader (a server process) renews its lease every INDEX_POLL_S; a lease not renewed for this long is dead.
LEASE_TTL_S = 60.0
log = logging.getLogger("kompetanseloftet")


class ModelMismatch(RuntimeError):
    """The index was embedded with another model than the settings ask for."""


class IndexMissing(RuntimeError):
    """No ingested index at the configured location."""


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
    model: str
    dimension: int
    generation: int = 0
    documents: dict[str, DocumentRecord] = field(default_factory=dict)
    chunks: list[Chunk] = field(default_factory=list)
    collection: str = ""  # the Chroma collection holding this generation's vectors ("" = the settings' name)

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": CATALOG_FORMAT,
                "model": self.model,
                "dimension": self.dimension,
                "generation": self.generation,
                "collection": self.collection,
                "documents": [d.to_dict() for d in self.documents.values()],
                "chunks": [c.to_dict() for c in self.chunks],
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Catalog:
        data = json.loads(text)
        return cls(
            model=data["model"],
            dimension=data["dimension"],
            generation=data["generation"],
            collection=data.get("collection", ""),
            documents={d["id"]: DocumentRecord.from_dict(d) for d in data["documents"]},
            chunks=[Chunk(**c) for c in data["chunks"]],
        )


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
    """One index directory (and its Chroma collections), for the ingest writer and for readers.

    Readers (server processes) hold a lease on the generations they may still read; `prune` deletes no
    generation, text, vector or collection that a live lease or the newest generations still use.
    """

    def __init__(self, settings: Settings):
        self.settings = settings
        self.root = Path(settings.index_dir)
        self._client = None
        self._collection = None
        self._collection_name: str | None = None

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

    def text_path(self, text_hash: str) -> Path:
        return self.root / "texts" / f"{text_hash}.txt"

    def current_generation(self) -> str | None:
        """The name of the generation `current` points to; None before the first commit."""
        try:
            return os.readlink(self._current)
        except OSError:
            return None

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
            catalog = self.load_catalog()
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
        catalog = self.load_catalog()
        if catalog:
            recorded.append((catalog.model, catalog.dimension))
        for name, dimension in recorded:
            if name and name != model:
                raise ModelMismatch(
                    f"The index in {self.root} was embedded with '{name}' ({dimension} dimensions), but the "
                    f"embedding model setting is '{model}'. Run `python -m ingest --rebuild` to re-embed "
                    "everything, or set EMBEDDING_MODEL back."
                )

    def start_over(self, model: str) -> Catalog:
        """`--rebuild`: an empty catalog on a new collection. The old generations and collection stay whole
        for the servers still reading them; `prune` removes them once no reader does."""
        previous = self.load_catalog()
        name = f"{self.settings.collection}-{time.strftime('%Y%m%d%H%M%S', time.gmtime())}-{os.getpid()}"
        self.use_collection(name)
        return Catalog(model, 0, generation=previous.generation if previous else 0, collection=name)

    def remove_orphans(self, catalog: Catalog | None) -> int:
        """Delete Chroma entries that no catalog a reader may use names: what a crashed ingest left behind,
        and what earlier commits kept for a reader of an older generation."""
        if not self.has_collection():
            return 0
        visible = ({c.id for c in catalog.chunks} if catalog else set()) | self.leased_chunk_ids()
        ids = self.collection().get(include=[])["ids"]
        orphans = [i for i in ids if i not in visible]
        self.delete_vectors(orphans)
        return len(orphans)

    def add_vectors(self, chunks: list[Chunk], vectors, records: dict[str, DocumentRecord]) -> None:
        batch = max(1, min(self.client.get_max_batch_size(), 2000))
        for i in range(0, len(chunks), batch):
            part = chunks[i : i + batch]
            self.collection().upsert(
                ids=[c.id for c in part],
                embeddings=vectors[i : i + batch],
                documents=[c.text for c in part],
                metadatas=[_chroma_metadata(c, records[c.document_id]) for c in part],
            )

    def delete_vectors(self, ids: list[str]) -> None:
        for i in range(0, len(ids), 2000):
            self.collection().delete(ids=ids[i : i + 2000])

    # --- catalog generations ---
    def load_catalog(self) -> Catalog | None:
        if not self._current.exists():
            return None
        return Catalog.from_json((self._current / "catalog.json").read_text(encoding="utf-8"))

    @property
    def vocabulary(self) -> Vocabulary:
        return load_vocabulary(self.settings.vocabulary_dir)

    def lexical_recipe(self) -> str:
        """What the lexical index depends on besides the chunks: the vocabulary files and the analysis mode."""
        return f"{self.vocabulary.fingerprint}|{self.settings.lexical_analysis}|{self.settings.lexical_title}"

    def load_lexical(self, generation: str | None = None) -> LexicalIndex:
        folder = self._catalog_dir / generation if generation else self._current.resolve()
        return LexicalIndex.load(folder / "lexical", self.vocabulary)

    def load_generation(self, generation: str) -> Catalog:
        """One generation's catalog, by name: readers load catalog and BM25 from the same folder."""
        return Catalog.from_json((self._catalog_dir / generation / "catalog.json").read_text(encoding="utf-8"))

    def lexical_is_current(self) -> bool:
        recipe = self._current / "lexical" / "recipe.txt"
        return recipe.exists() and recipe.read_text() == self.lexical_recipe()

    def require_catalog(self, model: str, generation: str | None = None) -> Catalog:
        catalog = self.load_generation(generation) if generation else self.load_catalog()
        if catalog is None:
            raise IndexMissing(f"No index in {self.root}: run `python -m ingest` first.")
        if catalog.model != model:
            raise ModelMismatch(
                f"The index in {self.root} was embedded with '{catalog.model}', but the embedding model "
                f"setting is '{model}'. Run `python -m ingest --rebuild`, or set EMBEDDING_MODEL back."
            )
        return catalog

    def write_text(self, text: str, text_hash: str) -> None:
        path = self.text_path(text_hash)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            _write_atomically(path, text)

    def read_text(self, text_hash: str) -> str:
        return self.text_path(text_hash).read_text(encoding="utf-8")

    def commit(self, catalog: Catalog) -> None:
        """Write a whole new generation, then make it current with one atomic rename."""
        catalog.generation += 1
        self._catalog_dir.mkdir(parents=True, exist_ok=True)
        generation = self._catalog_dir / f"gen-{catalog.generation:06d}-{os.getpid()}"
        if generation.exists():
            shutil.rmtree(generation)
        generation.mkdir()
        title = self.settings.lexical_title
        texts = [(lexical_text(c, title), catalog.documents[c.document_id].meta.language) for c in catalog.chunks]
        LexicalIndex.build(texts, self.vocabulary, self.settings.lexical_analysis).save(generation / "lexical")
        (generation / "lexical" / "recipe.txt").write_text(self.lexical_recipe())
        _write_atomically(generation / "catalog.json", catalog.to_json())
        _fsync_dir(generation)
        link = self._catalog_dir / f".current.{os.getpid()}.tmp"
        if link.is_symlink():
            link.unlink()
        os.symlink(generation.name, link)
        os.replace(link, self._current)
        _fsync_dir(self._catalog_dir)
        self.prune()

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

    def leased_chunk_ids(self) -> set[str]:
        """Chunk ids of the generations readers hold, other than the current one: their vectors stay."""
        current = self.current_generation()
        ids: set[str] = set()
        for name in self.leased_generations() - {current}:
            try:
                ids |= {c.id for c in self.load_generation(name).chunks}
            except (OSError, ValueError):
                continue
        return ids

    def prune(self) -> None:
        """Delete the generations, texts and collections that neither the newest KEEP_GENERATIONS nor a
        live reader uses."""
        if not self._catalog_dir.exists():
            return
        generations = sorted(p.name for p in self._catalog_dir.glob("gen-*") if p.is_dir())
        keep = set(generations[-KEEP_GENERATIONS:]) | self.leased_generations() | {self.current_generation()}
        texts: set[str] = set()
        collections: set[str] = set()
        for name in generations:
            if name not in keep:
                shutil.rmtree(self._catalog_dir / name, ignore_errors=True)
                continue
            try:
                data = json.loads((self._catalog_dir / name / "catalog.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # a generation being written has no catalog yet: it names nothing to keep
            texts |= {d["text_hash"] for d in data["documents"]}
            collections.add(data.get("collection") or self.settings.collection)
        for text in (self.root / "texts").glob("*.txt"):
            if text.stem not in texts:
                text.unlink(missing_ok=True)
        self._drop_unused_collections(collections)

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


def lexical_text(chunk: Chunk, title: bool = False) -> str:
    """What BM25 sees: the nearest heading (it often names the topic) and the chunk; with `title`, the
    document's title too."""
    heading = chunk.heading_path[-1] if len(chunk.heading_path) > 1 else ""
    head = "\n".join(part for part in (chunk.title if title else "", heading) if part)
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

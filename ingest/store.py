"""The index: Chroma holds the vectors; a catalog generation says which chunks are visible.

Consistency without transactions: new chunks are added to Chroma under version-bearing ids that no
catalog names yet, then a new catalog generation (documents, chunks, BM25) is written whole and made
current by one atomic symlink swap, and only then are replaced chunks deleted. A crash at any point
leaves the previous generation current; Chroma ids that no catalog names are orphans, deleted by the
next ingest. Readers only ever see chunks of the current generation.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ingest.documents import Chunk, DocumentMeta, Page
from ingest.language import Vocabulary, load_vocabulary
from ingest.lexical import LexicalIndex
from ingest.settings import Settings

CATALOG_FORMAT = 1
KEEP_GENERATIONS = 2


class ModelMismatch(RuntimeError):
    """The index was embedded with another model than the settings ask for."""


class IndexMissing(RuntimeError):
    """No ingested index at the configured location."""


@dataclass
class DocumentRecord:
    id: str
    path: str
    meta: DocumentMeta
    version: str
    text_hash: str
    chunk_ids: list[str]
    ingested_at: str
    pages: list[Page] = field(default_factory=list)

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

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": CATALOG_FORMAT,
                "model": self.model,
                "dimension": self.dimension,
                "generation": self.generation,
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
    """One index directory (and its Chroma collection), for the ingest writer and for readers."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.root = Path(settings.index_dir)
        self._client = None
        self._collection = None

    # --- locations ---
    @property
    def _catalog_dir(self) -> Path:
        return self.root / "catalog"

    @property
    def _current(self) -> Path:
        return self._catalog_dir / "current"

    def text_path(self, text_hash: str) -> Path:
        return self.root / "texts" / f"{text_hash}.txt"

    # --- Chroma ---
    @property
    def client(self):
        if self._client is None:
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            chroma_settings = ChromaSettings(anonymized_telemetry=False)
            if self.settings.chroma_server:
                host, port = self.settings.chroma_server
                self._client = chromadb.HttpClient(host=host, port=port, settings=chroma_settings)
            else:
                self._client = chromadb.PersistentClient(path=str(self.root / "chroma"), settings=chroma_settings)
        return self._client

    def collection(self, model: str | None = None, dimension: int | None = None):
        """The collection; created with our model's name and dimension recorded when `model` is given."""
        if self._collection is None:
            if model is None:
                self._collection = self.client.get_collection(self.settings.collection, embedding_function=None)
            else:
                self._collection = self.client.get_or_create_collection(
                    self.settings.collection,
                    metadata={"hnsw:space": "cosine", "embedding_model": model, "embedding_dim": dimension},
                    embedding_function=None,
                )
        return self._collection

    def has_collection(self) -> bool:
        return self.settings.collection in {c if isinstance(c, str) else c.name for c in self.client.list_collections()}

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

    def drop(self) -> None:
        """Forget everything: the collection and every catalog generation."""
        try:
            self.client.delete_collection(self.settings.collection)
        except Exception:  # absent already: nothing to drop
            pass
        self._collection = None
        if self._catalog_dir.exists():
            shutil.rmtree(self._catalog_dir)

    def remove_orphans(self, catalog: Catalog | None) -> int:
        """Delete Chroma entries that no catalog names: what a crashed ingest left behind."""
        if not self.has_collection():
            return 0
        visible = {c.id for c in catalog.chunks} if catalog else set()
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

    def load_lexical(self) -> LexicalIndex:
        return LexicalIndex.load(self._current.resolve() / "lexical", self.vocabulary)

    def lexical_is_current(self) -> bool:
        recipe = self._current / "lexical" / "recipe.txt"
        return recipe.exists() and recipe.read_text() == self.lexical_recipe()

    def require_catalog(self, model: str) -> Catalog:
        catalog = self.load_catalog()
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
        self._prune(keep=generation.name)

    def _prune(self, keep: str) -> None:
        generations = sorted(p for p in self._catalog_dir.glob("gen-*") if p.is_dir())
        for old in generations[:-KEEP_GENERATIONS]:
            if old.name != keep:
                shutil.rmtree(old, ignore_errors=True)
        referenced = {d.text_hash for d in (self.load_catalog() or Catalog("", 0)).documents.values()}
        for generation in generations[-KEEP_GENERATIONS:]:
            catalog_file = generation / "catalog.json"
            if catalog_file.exists():
                referenced |= {d["text_hash"] for d in json.loads(catalog_file.read_text())["documents"]}
        for text in (self.root / "texts").glob("*.txt"):
            if text.stem not in referenced:
                text.unlink(missing_ok=True)

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

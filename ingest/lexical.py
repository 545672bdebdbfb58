"""The lexical side: BM25 over the terms of the language module (ingest/language.py)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from ingest.language import Analyzer, Vocabulary, normalise_language

EMPTY_ROW = "\u2205"  # an empty row keeps row numbers aligned with the catalog when a chunk has no content words


class LexicalIndex:
    """BM25 over analyzed chunk texts; rows follow the catalog's chunk order."""

    def __init__(self, retriever, analyzer: Analyzer, size: int, language_terms: dict[str, frozenset[str]] | None = None):
        self.retriever = retriever
        self.analyzer = analyzer
        self.size = size
        self.language_terms = language_terms or {}  # the terms of each language's documents

    @classmethod
    def build(cls, texts: list[tuple[str, str]], vocabulary: Vocabulary | None = None, mode: str = "both") -> LexicalIndex:
        """BM25 over (text, language) pairs."""
        import bm25s

        analyzer = Analyzer.for_texts(texts, vocabulary, mode)
        retriever = bm25s.BM25()
        rows = [analyzer.terms(text, lang) or [EMPTY_ROW] for text, lang in texts]
        retriever.index(rows or [[EMPTY_ROW]], show_progress=False)
        language_terms: dict[str, set[str]] = {}
        for row, (_, lang) in zip(rows, texts):
            language_terms.setdefault(normalise_language(lang), set()).update(row)
        return cls(retriever, analyzer, len(texts), {k: frozenset(v) for k, v in language_terms.items()})

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.retriever.save(str(directory), show_progress=False)
        (directory / "analyzer.json").write_text(
            json.dumps({"known_words": sorted(self.analyzer.known_words), "size": self.size, "mode": self.analyzer.mode,
                        "language_terms": {k: sorted(v) for k, v in self.language_terms.items()}}, ensure_ascii=False)
        )

    @classmethod
    def load(cls, directory: Path, vocabulary: Vocabulary | None = None) -> LexicalIndex:
        import bm25s

        data = json.loads((directory / "analyzer.json").read_text())
        analyzer = Analyzer(data["known_words"], vocabulary, data.get("mode", "both"))
        language_terms = {k: frozenset(v) for k, v in data.get("language_terms", {}).items()}
        return cls(bm25s.BM25.load(str(directory), mmap=False), analyzer, data["size"], language_terms)

    def scores(self, terms: list[str]) -> np.ndarray:
        if not terms or not self.size:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self.retriever.get_scores(terms), dtype=np.float32)[: self.size]

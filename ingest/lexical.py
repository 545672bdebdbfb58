"""The lexical side: a Norwegian analyzer (Snowball stems, stopwords, compound splitting) and BM25."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import numpy as np

WORD = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+")
LINKING = ("s", "e")  # Norwegian compounds join with -s- or -e- ("tilskudd-s-ordning")
MIN_PART = 4


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("norwegian")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_NORWEGIAN

    return frozenset(STOPWORDS_NORWEGIAN)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer().stemWord(word)


def words(text: str) -> list[str]:
    """Lower-cased words; hyphenated forms split ("PP-tjenesten" -> "pp", "tjenesten")."""
    return [w.lower() for w in WORD.findall(text)]


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in stopwords() and (len(w) > 1 or w.isdigit())]


class Analyzer:
    """Turns text into index terms; compounds also yield their parts when both parts are known words."""

    def __init__(self, vocabulary: Iterable[str] = ()):
        self.vocabulary = frozenset(w for w in vocabulary if len(w) >= MIN_PART)
        self._stems = frozenset(stem(w) for w in self.vocabulary)
        self._parts: dict[str, tuple[str, ...]] = {}

    @classmethod
    def for_texts(cls, texts: Iterable[str]) -> Analyzer:
        vocabulary: set[str] = set()
        for text in texts:
            vocabulary.update(content_words(text))
        return cls(vocabulary)

    def parts(self, word: str) -> tuple[str, ...]:
        """Known words a compound is made of, longest head first: "tilskuddsordningen" -> tilskudd, ordningen."""
        if word not in self._parts:
            self._parts[word] = self._split(word, depth=0)
        return self._parts[word]

    def _split(self, word: str, depth: int) -> tuple[str, ...]:
        if depth > 2 or len(word) < 2 * MIN_PART:
            return ()
        for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
            head, tail = word[:cut], word[cut:]
            if head not in self.vocabulary:
                continue
            for candidate in (tail, *(tail[1:] for link in LINKING if tail.startswith(link))):
                if len(candidate) < MIN_PART:
                    continue
                if candidate in self.vocabulary or stem(candidate) in self._stems:
                    return (head, candidate)
                rest = self._split(candidate, depth + 1)
                if rest:
                    return (head, *rest)
        return ()

    def terms(self, text: str) -> list[str]:
        out: list[str] = []
        for word in content_words(text):
            out.append(stem(word))
            out.extend(stem(part) for part in self.parts(word) if part not in stopwords())
        return out


class LexicalIndex:
    """BM25 over analyzed chunk texts; rows follow the catalog's chunk order."""

    def __init__(self, retriever, analyzer: Analyzer, size: int):
        self.retriever = retriever
        self.analyzer = analyzer
        self.size = size

    @classmethod
    def build(cls, texts: list[str]) -> LexicalIndex:
        import bm25s

        analyzer = Analyzer.for_texts(texts)
        retriever = bm25s.BM25()
        # an empty row keeps row numbers aligned with the catalog when a chunk has no content words
        retriever.index([analyzer.terms(text) or ["\u2205"] for text in texts] or [["\u2205"]], show_progress=False)
        return cls(retriever, analyzer, len(texts))

    def save(self, directory: Path) -> None:
        import json

        directory.mkdir(parents=True, exist_ok=True)
        self.retriever.save(str(directory), show_progress=False)
        (directory / "analyzer.json").write_text(
            json.dumps({"vocabulary": sorted(self.analyzer.vocabulary), "size": self.size}, ensure_ascii=False)
        )

    @classmethod
    def load(cls, directory: Path) -> LexicalIndex:
        import json

        import bm25s

        data = json.loads((directory / "analyzer.json").read_text())
        return cls(bm25s.BM25.load(str(directory), mmap=False), Analyzer(data["vocabulary"]), data["size"])

    def scores(self, terms: list[str]) -> np.ndarray:
        if not terms or not self.size:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self.retriever.get_scores(terms), dtype=np.float32)[: self.size]

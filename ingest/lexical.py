"""The lexical side: BM25 over the terms of the language module (ingest/language.py), kept in segments.

bm25s builds one matrix of precomputed scores for the whole corpus and cannot add or delete a row, so every
ingest would re-analyse and re-index everything (14 s at 100k passages). Here, as in Lucene, the index is a
list of immutable segments: an ingest writes one small segment for the chunks it adds, and a chunk that is
replaced or deleted simply stops being live. The statistics BM25 needs (live rows, document frequencies,
average length) are summed over the segments when a reader opens them, so scores are exactly those of one
index built over the live chunks (bm25s's "lucene" variant, k1 = 1.5, b = 0.75; a test holds the two equal).
Segments of about the same size are merged once MERGE_FACTOR of them pile up, dropping dead rows, so a
corpus of n chunks has O(log n) segments and each chunk is rewritten O(log n) times.

Compound splitting knows the words of the corpus: a segment's terms are analysed with the words known when it was
written, and each segment keeps the words it could split. When a commit brings words the corpus did not know, a
segment with a compound those words now split otherwise ("vekstplan" once "vekst" is known) is analysed again, so
the index is what one built over the same pages at once would be, whatever order they came in.
"""

from __future__ import annotations

import json
import math
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ingest.language import MIN_PART, Analyzer, Vocabulary, content_words, lemma, normalise_language, stem

EMPTY_ROW = "\u2205"  # a chunk with no content words still has a row (and a length of one term)
K1, B = 1.5, 0.75
MERGE_FACTOR = 8  # this many segments of one size tier are merged into one
DEAD_SHARE = 0.5  # a segment with more dead rows than this is rewritten at the next commit


@dataclass(frozen=True)
class Row:
    """What a segment stores of a chunk: its id, its document, its language and its analysed terms."""

    chunk_id: str
    document_id: str
    language: str
    terms: list[str]


class Segment:
    """An immutable part of the index: term columns (CSC: a term's rows and their term frequencies)."""

    def __init__(self, name: str, chunk_ids: list[str], document_ids: list[str], languages: list[str],
                 terms: list[str], indptr: np.ndarray, rows: np.ndarray, counts: np.ndarray,
                 lengths: np.ndarray, known_words: frozenset[str], compounds: frozenset[str] = frozenset()):
        self.name = name
        self.compounds = compounds  # the words of its rows long enough to be split into known words
        self.chunk_ids = chunk_ids
        self.document_ids = document_ids
        self.languages = languages
        self.terms = terms
        self.column = {term: i for i, term in enumerate(terms)}
        self.indptr, self.rows, self.counts, self.lengths = indptr, rows, counts, lengths
        self.known_words = known_words

    def __len__(self) -> int:
        return len(self.chunk_ids)

    @classmethod
    def build(cls, name: str, rows: list[Row], known_words: Iterable[str],
              compounds: Iterable[str] = ()) -> Segment:
        terms: dict[str, int] = {}
        triples: list[tuple[int, int, int]] = []
        lengths = np.zeros(len(rows), dtype=np.int32)
        for r, row in enumerate(rows):
            counted = Counter(row.terms or [EMPTY_ROW])
            lengths[r] = sum(counted.values())
            triples += [(terms.setdefault(t, len(terms)), r, n) for t, n in counted.items()]
        columns = np.array([t[0] for t in triples], dtype=np.int64)
        order = np.lexsort((np.array([t[1] for t in triples], dtype=np.int64), columns)) if triples else []
        return cls(
            name, [r.chunk_id for r in rows], [r.document_id for r in rows],
            [normalise_language(r.language) for r in rows], list(terms),
            _indptr(columns[order] if triples else columns, len(terms)),
            np.array([triples[i][1] for i in order], dtype=np.int32),
            np.array([triples[i][2] for i in order], dtype=np.float32), lengths, frozenset(known_words),
            frozenset(compounds),
        )

    @classmethod
    def merge(cls, name: str, segments: list[Segment], live: set[str]) -> Segment:
        """One segment of the live rows of `segments`, in their order; pure array work, no re-analysis."""
        terms: dict[str, int] = {}
        columns, rows, counts, lengths = [], [], [], []
        chunk_ids: list[str] = []
        document_ids: list[str] = []
        languages: list[str] = []
        for segment in segments:
            keep = np.array([c in live for c in segment.chunk_ids], dtype=bool)
            new_row = np.cumsum(keep) - 1 + len(chunk_ids)
            term_id = np.array([terms.setdefault(t, len(terms)) for t in segment.terms], dtype=np.int64)
            column_of_entry = np.repeat(np.arange(len(segment.terms)), np.diff(segment.indptr))
            kept = keep[segment.rows]
            columns.append(term_id[column_of_entry[kept]])
            rows.append(new_row[segment.rows[kept]])
            counts.append(segment.counts[kept])
            lengths.append(segment.lengths[keep])
            for r in np.flatnonzero(keep):
                chunk_ids.append(segment.chunk_ids[r])
                document_ids.append(segment.document_ids[r])
                languages.append(segment.languages[r])
        column = np.concatenate(columns) if columns else np.zeros(0, np.int64)
        row = np.concatenate(rows) if rows else np.zeros(0, np.int64)
        order = np.lexsort((row, column))
        used = np.unique(column)  # terms only dead rows had are left out
        renumber = np.full(len(terms), -1, dtype=np.int64)
        renumber[used] = np.arange(len(used))
        names = list(terms)
        return cls(
            name, chunk_ids, document_ids, languages, [names[i] for i in used],
            _indptr(renumber[column[order]], len(used)), row[order].astype(np.int32),
            np.concatenate(counts)[order] if counts else np.zeros(0, np.float32),
            np.concatenate(lengths) if lengths else np.zeros(0, np.int32),
            frozenset().union(*(s.known_words for s in segments)), frozenset().union(*(s.compounds for s in segments)),
        )

    def save(self, directory: Path) -> None:
        """Written to a temporary folder and renamed into place: a segment is whole or absent."""
        tmp = directory.with_name(f".{directory.name}.{os.getpid()}.tmp")
        tmp.mkdir(parents=True, exist_ok=True)
        np.savez(tmp / "postings.npz", indptr=self.indptr, rows=self.rows, counts=self.counts, lengths=self.lengths)
        (tmp / "segment.json").write_text(json.dumps({
            "chunk_ids": self.chunk_ids, "document_ids": self.document_ids, "languages": self.languages,
            "terms": self.terms, "known_words": sorted(self.known_words), "compounds": sorted(self.compounds),
        }, ensure_ascii=False), encoding="utf-8")
        for path in tmp.iterdir():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
        os.replace(tmp, directory)

    @classmethod
    def load(cls, directory: Path) -> Segment:
        data = json.loads((directory / "segment.json").read_text(encoding="utf-8"))
        with np.load(directory / "postings.npz") as arrays:
            postings = {k: arrays[k] for k in ("indptr", "rows", "counts", "lengths")}
        return cls(directory.name, data["chunk_ids"], data["document_ids"], data["languages"], data["terms"],
                   postings["indptr"], postings["rows"], postings["counts"], postings["lengths"],
                   frozenset(data["known_words"]), frozenset(data.get("compounds", ())))  # none before format 14


def _indptr(columns: np.ndarray, n_columns: int) -> np.ndarray:
    return np.concatenate([[0], np.cumsum(np.bincount(columns, minlength=n_columns))]).astype(np.int64)


def merge_plan(segments: list[Segment], live: set[str]) -> list[list[Segment]]:
    """Groups of segments to merge: MERGE_FACTOR or more of one size tier (powers of MERGE_FACTOR in live
    rows), and any segment that is mostly dead rows."""
    tiers: dict[int, list[Segment]] = {}
    groups: list[list[Segment]] = []
    for segment in segments:
        alive = sum(1 for c in segment.chunk_ids if c in live)
        if len(segment) and alive < len(segment) * (1 - DEAD_SHARE):
            groups.append([segment])
            continue
        tiers.setdefault(int(math.log(max(alive, 1), MERGE_FACTOR)), []).append(segment)
    groups += [tier for tier in tiers.values() if len(tier) >= MERGE_FACTOR]
    return groups


class LexicalIndex:
    """BM25 over the live rows of a list of segments; rows are the segments' rows, one after the other."""

    def __init__(self, segments: list[Segment], live: set[str] | None, analyzer: Analyzer):
        self.segments = segments
        self.analyzer = analyzer
        self.offsets = np.cumsum([0, *(len(s) for s in segments)])
        self.size = int(self.offsets[-1])
        self.chunk_ids = [c for s in segments for c in s.chunk_ids]
        self.document_ids = [d for s in segments for d in s.document_ids]
        self.live = np.array([live is None or c in live for c in self.chunk_ids], dtype=bool)
        lengths = np.concatenate([s.lengths for s in segments]) if segments else np.zeros(0, np.int32)
        self.n = int(self.live.sum())
        self.average_length = float(lengths[self.live].mean()) if self.n else 1.0
        self.document_frequency: dict[str, int] = {}
        self.postings: dict[str, list[int]] = {}  # term -> the segments that have it
        language_terms: dict[str, set[str]] = {}
        for i, segment in enumerate(segments):
            live_rows = self.live[self.offsets[i]: self.offsets[i + 1]]
            column_of_entry = np.repeat(np.arange(len(segment.terms)), np.diff(segment.indptr))
            entry_live = live_rows[segment.rows]
            df = np.bincount(column_of_entry[entry_live], minlength=len(segment.terms))
            for column in np.flatnonzero(df):
                term = segment.terms[column]
                self.document_frequency[term] = self.document_frequency.get(term, 0) + int(df[column])
                self.postings.setdefault(term, []).append(i)
            entry_language = np.array(segment.languages, dtype=object)[segment.rows] if len(segment) else []
            for lang in set(segment.languages):
                columns = np.unique(column_of_entry[entry_live & (entry_language == lang)])
                language_terms.setdefault(lang, set()).update(segment.terms[c] for c in columns)
        self.language_terms = {k: frozenset(v) for k, v in language_terms.items()}

    @classmethod
    def open(cls, folder: Path, names: list[str], live: set[str] | None, vocabulary: Vocabulary | None = None,
             mode: str = "both") -> LexicalIndex:
        segments = [Segment.load(folder / name) for name in names]
        known = frozenset().union(*(s.known_words for s in segments)) if segments else frozenset()
        return cls(segments, live, Analyzer(known, vocabulary, mode))

    @property
    def vocabulary(self) -> frozenset[str]:
        return frozenset(self.document_frequency)

    def idf(self, term: str) -> float:
        df = self.document_frequency.get(term, 0)
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def scores(self, terms: list[str]) -> np.ndarray:
        """Per row, the BM25 score of `terms` (each occurrence in the list counts); 0 for dead rows."""
        out = np.zeros(self.size, dtype=np.float32)
        for term in terms:
            if term not in self.postings:
                continue
            idf = self.idf(term)
            for i in self.postings[term]:
                segment = self.segments[i]
                column = segment.column[term]
                lo, hi = segment.indptr[column], segment.indptr[column + 1]
                rows = segment.rows[lo:hi]
                tf = segment.counts[lo:hi]
                norm = K1 * ((1 - B) + B * segment.lengths[rows] / self.average_length)
                out[self.offsets[i] + rows] += idf * tf / (norm + tf)
        out[~self.live] = 0.0
        return out


def compounds_in(texts: list[tuple[str, str]], analyzer: Analyzer) -> frozenset[str]:
    """The words of (text, language) pairs long enough to be compounds of two known words, and the compounds they
    leave open by a hyphen, written by the corpus or not ("fag- og yrkesopplæringen": "fagopplæringen")."""
    return frozenset(w for text, lang in texts for w in content_words(text, lang, analyzer.vocabulary)
                     if len(w) >= 2 * MIN_PART) | frozenset(
        w for text, _ in texts for w in analyzer.completed_compounds(text, attested=False))


class SplitsAnew:
    """Which segments have a compound that splits otherwise once the words `more` are known besides `known`: only a
    word that holds one of the new words (or its stem) can."""

    def __init__(self, known: frozenset[str], more: frozenset[str], vocabulary: Vocabulary | None, mode: str):
        self.fresh = {form for word in more - known for form in (word, stem(word), lemma(word, "nb") or word)
                      if len(form) >= MIN_PART}
        if self.fresh:
            self.before, self.after = Analyzer(known, vocabulary, mode), Analyzer(known | more, vocabulary, mode)

    def __call__(self, segment: Segment) -> bool:
        return bool(self.fresh) and any(self._read(self.before, word) != self._read(self.after, word)
                                        for word in segment.compounds if any(form in word for form in self.fresh))

    @staticmethod
    def _read(analyzer: Analyzer, word: str) -> tuple:
        """How a word splits, where it ends (a word left open by its hyphen completes it: "fag- og
        yrkesopplæringen") and whether the corpus writes it (the completed "fagopplæringen" counts only then)."""
        return analyzer.parts(word), analyzer.last_part(word), analyzer.writes(word)


def analyse(texts: list[tuple[str, str]], known: Iterable[str], vocabulary: Vocabulary | None,
            mode: str) -> tuple[Analyzer, list[list[str]]]:
    """The terms of (text, language) pairs, with compound splitting that knows `known` and their own words."""
    fresh = Analyzer.for_texts(texts, vocabulary, mode)
    analyzer = Analyzer(fresh.known_words | frozenset(known), vocabulary, mode)
    return analyzer, [analyzer.terms(text, lang) for text, lang in texts]

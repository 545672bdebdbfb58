"""Exact lookup for case officers: only passages that contain every searched word (in any inflection)
and every quoted phrase (as written, case and spacing aside), ranked by BM25.

"samarbeidsforum" finds "samarbeidsforumet" and "samarbeidsforumene", never a passage that merely
shares a compound part ("forum") or is near in meaning: that is what the semantic mode is for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from assistant.retrieve import Filters, Hit, Retriever
from ingest.language import LANGUAGES, WORD, normalise_language, words

# Candidates (rows with an indexed form of every word) whose text is checked, best BM25 first. A row can have
# every form without the words as written (a compound part, a word in the title only), so the check is needed;
# the bound keeps a word that is in most passages from reading all of them.
MAX_CHECKED = 300
PHRASE = re.compile(r'"([^"]+)"|«([^»]+)»|“([^”]+)”')


@dataclass(frozen=True)
class ExactQuery:
    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases)


@dataclass
class Match:
    hit: Hit
    spans: list[tuple[int, int]] = field(default_factory=list)  # offsets in the passage's text

    @property
    def marked(self) -> str:
        """The passage with every matched word or phrase marked as [[…]]."""
        text, out, at = self.hit.chunk.text, [], 0
        for start, end in self.spans:
            out += [text[at:start], "[[", text[start:end], "]]"]
            at = end
        return "".join(out + [text[at:]])

    @property
    def matched_terms(self) -> list[str]:
        return sorted({self.hit.chunk.text[s:e] for s, e in self.spans}, key=str.lower)


def parse(text: str, stopwords: frozenset[str]) -> ExactQuery:
    """Quoted phrases, and the other words; stopwords count only when nothing else is asked."""
    phrases = tuple(" ".join(words(next(g for g in m.groups() if g))) for m in PHRASE.finditer(text))
    rest = words(PHRASE.sub(" ", text))
    content = [w for w in rest if w not in stopwords]
    return ExactQuery(tuple(dict.fromkeys(content or rest)), tuple(p for p in dict.fromkeys(phrases) if p))


class ExactLookup:
    def __init__(self, retriever: Retriever):
        self.retriever = retriever
        vocabulary = retriever.analyzer.vocabulary
        self.stopwords = frozenset().union(*(vocabulary.stopwords[lang] for lang in LANGUAGES))

    def search(self, text: str, k: int, filters: Filters | None = None) -> list[Match]:
        query = parse(text, self.stopwords)
        if not query:
            return []
        scores = self._candidates(query) * self.retriever.mask(filters)
        out: list[Match] = []
        candidates = np.flatnonzero(scores > 0)
        best = candidates[np.argsort(-scores[candidates], kind="stable")][:MAX_CHECKED]
        for row in best:
            if len(out) == k:
                break
            chunk = self.retriever.chunks[row]
            document = self.retriever.catalog.documents[chunk.document_id]
            spans = self.spans(query, chunk.text, document.meta.language)
            if spans is not None:
                out.append(Match(Hit(chunk, document, float(scores[row]), lexical=float(scores[row])), spans))
        return out

    def _candidates(self, query: ExactQuery) -> np.ndarray:
        """BM25 over the asked words; a row lacking any indexed form of some word scores 0."""
        analyzer = self.retriever.analyzer
        asked = [*query.words, *(w for p in query.phrases for w in p.split() if w not in self.stopwords)]
        total = np.full(len(self.retriever.chunks), 1e-6, dtype=np.float32)
        has_all = np.ones(len(self.retriever.chunks), dtype=bool)
        for word in dict.fromkeys(asked):
            forms = sorted({t for lang in LANGUAGES for t in analyzer.word_terms(word, lang)})
            scores = self.retriever.lexical.scores(forms)
            if word not in self.stopwords:  # stopwords are not indexed: their rows are checked in the text
                has_all &= scores > 0
                total += scores
        return np.where(has_all, total, 0.0)

    def spans(self, query: ExactQuery, text: str, lang: str) -> list[tuple[int, int]] | None:
        """Where each asked word and phrase stands in `text`; None when one of them is missing."""
        lang = normalise_language(lang)
        term_of = self.retriever.analyzer.word_terms
        found: list[tuple[int, int]] = []
        tokens = [(m.start(), m.end(), m.group(0).lower()) for m in WORD.finditer(text)]
        for word in query.words:
            wanted = set(term_of(word, lang)) | {word}
            spans = [(s, e) for s, e, w in tokens if w == word or set(term_of(w, lang)) & wanted]
            if not spans:
                return None
            found += spans
        for phrase in query.phrases:
            pattern = r"\W+".join(re.escape(w) for w in phrase.split())
            spans = [m.span() for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE)]
            if not spans:
                return None
            found += spans
        return _without_overlaps(found)


def _without_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out

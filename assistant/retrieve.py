"""Hybrid retrieval: BM25 over Norwegian concepts, dense vectors from Chroma, fused; filters in our code."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import numpy as np

from assistant.query import LASTING_KINDS, REQUIRED_TYPES, Concept, Query, actor_terms, says_phrase
from ingest.documents import Chunk
from ingest.embed import Embedder
from ingest.language import (answer_features, names_only_another, normalise_language, spelled_out_after,
                             spelled_out_before, subject_words, words, written_name_forms)
from ingest.sentences import sentence_spans
from ingest.settings import Settings
from ingest.store import Catalog, DocumentRecord, IndexMissing, IndexStore

DENSE_CANDIDATES = 30
# up to this many live passages, their vectors are read from Chroma once and searched exactly in memory (1.5 KB
# each at 384 dimensions): Chroma's approximate graph, rebuilt from its log when a process opens a small
# collection, now and then leaves a near neighbour out, so one question got two answers in two processes
EXACT_SEARCH_MAX = 50_000
PRF_WEIGHT = 0.3
# "Hvor mange kommuner …?", "Når er fristen?": of the best KIND_RERANK × k passages, one that gives that kind of
# answer (query.REQUIRED_TYPES) gains KIND_PRIOR of the best score (dev corpus dev: fact recall 0.917 -> 0.944,
# MRR 0.808 -> 0.817)
KIND_PRIOR = 0.2
KIND_RERANK = 4
# … and one that says a phrase of the question word for word (query.verb_phrases) gains PHRASE_PRIOR of it
PHRASE_PRIOR = 0.2
# … and a passage that spells out the short form "Hva står X for?" asks about: the answer, where a page about X names
# it in every line
SPELLED_OUT_PRIOR = 0.5
CHUNK_CACHE = 4096  # chunks a reader keeps parsed
STORED_COUNT_TTL_S = 5.0  # how long the collection's size is trusted (only an ingest or a prune changes it)
log = logging.getLogger("kompetanseloftet")


@dataclass
class Filters:
    """Which passages a search may return. Dates are ISO (YYYY-MM-DD), inclusive; a document with no known
    date is left out whenever a date bound is set."""

    kinds: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    publishers: list[str] = field(default_factory=list)
    date_from: str = ""
    date_to: str = ""
    current: bool = False  # leave out pages that say their information may be out of date

    def __bool__(self) -> bool:
        return bool(self.kinds or self.documents or self.publishers or self.date_from or self.date_to
                    or self.current)


@dataclass
class Hit:
    chunk: Chunk
    document: DocumentRecord
    score: float
    lexical: float = 0.0
    dense: float = 0.0
    matched: list[str] = field(default_factory=list)


class Chunks(Sequence[Chunk]):
    """A generation's chunks by row, read from the catalog when first asked for and kept in a bounded cache:
    a reader holds the row order and the filter columns in memory, not every chunk's text."""

    def __init__(self, store: IndexStore, generation: int, chunk_ids: list[str], cache_size: int = CHUNK_CACHE):
        self.chunk_ids = chunk_ids
        self._read = lru_cache(maxsize=cache_size)(lambda chunk_id: store.chunk_at(chunk_id, generation))

    def __len__(self) -> int:
        return len(self.chunk_ids)

    def __getitem__(self, row: int) -> Chunk:  # type: ignore[override]
        return self._read(self.chunk_ids[row])


class Retriever:
    """Opens one index generation; `search` is cheap and thread-safe."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None, generation: str | None = None):
        """`generation`: the catalog generation to serve (default: the current one)."""
        self.settings = settings
        self.embedder = embedder or Embedder(settings)
        self.store = IndexStore(settings)
        self.generation = generation or self.store.current_generation()
        if self.generation is None:
            raise IndexMissing(f"No index in {self.store.root}: run `python -m ingest` first.")
        self.catalog: Catalog = self.store.require_catalog(self.embedder.name, self.generation)
        if self.catalog.recipe != self.store.lexical_recipe():
            # the question would be read with words the index was not: answers quietly drift
            log.warning("the index was analysed with other vocabulary files, settings or analysis: run "
                        "`python -m ingest` (it re-analyses the text; nothing is re-embedded)")
        self.lexical = self.store.open_lexical(self.catalog)
        self.store.use_collection(self.catalog.collection or settings.collection)
        self.analyzer = self.lexical.analyzer
        self.chunks = Chunks(self.store, self.catalog.generation, self.lexical.chunk_ids)
        self.live = self.lexical.live
        self.row_of = {c: row for row, c in enumerate(self.lexical.chunk_ids) if self.live[row]}
        metas = [self.catalog.documents[d].meta if live else None
                 for d, live in zip(self.lexical.document_ids, self.live)]
        self.kinds = np.array([m.kind if m else "" for m in metas], dtype=str)
        self.document_ids = np.array(self.lexical.document_ids, dtype=str)
        self.publishers = np.array([m.publisher if m else "" for m in metas], dtype=str)
        self.dates = np.array([m.date if m else "" for m in metas], dtype=str)
        self.english = np.array([bool(m and m.language == "en") for m in metas], dtype=bool)
        self.outdated = np.array([bool(m and m.outdated) for m in metas], dtype=bool)
        # the year of the newest page: the corpus's present, before which a dated deadline has passed
        self.latest_year = max((int(d[:4]) for d in set(self.dates.tolist()) if d[:4].isdigit()), default=0)
        self._texts: dict[str, str] = {}
        self._terms: dict[tuple[str, bool], frozenset[str]] = {}
        self._names_whole: dict[tuple[str, str], bool] = {}
        self.known_terms = self.lexical.vocabulary
        self.idf = {term: self.lexical.idf(term) for term in self.known_terms}
        self.collection = self.store.collection() if self.store.has_collection() else None
        self._stored, self._counted_at = 0, -STORED_COUNT_TTL_S * 2
        self.vectors = self._read_vectors() if self.collection is not None and len(self.row_of) <= EXACT_SEARCH_MAX \
            else None
        self.embedded = np.flatnonzero(self.vectors.any(axis=1)) if self.vectors is not None else None  # their rows

    def _read_vectors(self) -> np.ndarray | None:
        """Per row, the passage's unit vector (zeros where it has none: not live, or not embedded), or None where
        Chroma cannot give them (dense search then asks Chroma)."""
        vectors: np.ndarray | None = None
        try:
            for chunk_id, vector, _ in self.store.stored_vectors(list(self.row_of)):
                if vectors is None:
                    vectors = np.zeros((len(self.chunks), len(vector)), dtype=np.float32)
                vectors[self.row_of[chunk_id]] = vector
        except Exception as error:  # e.g. a collection dropped under a reader
            log.warning("vectors unreadable (%s: %s); dense search asks Chroma", type(error).__name__, error)
            return None
        if vectors is not None:
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            vectors /= np.where(norms > 0, norms, 1.0)
        return vectors

    @cached_property
    def names(self) -> dict[str, str]:
        """The names the Norwegian documents write, by their lower case (read once, on the first question), and never
        in lower case. Not the English ones: English capitalises the common words of a name ("Educational
        Psychological Service")."""
        names, lower = self._names_written
        return {low: form for low, form in names.items() if low not in lower}

    @cached_property
    def written_names(self) -> frozenset[str]:
        """… and, in lower case, those they also write in lower case now and then ("kompetanseløftet"): a question
        that types one is about what that name names, though it is no name to truecase."""
        return frozenset(self._names_written[0])

    @cached_property
    def _names_written(self) -> tuple[dict[str, str], frozenset[str]]:
        names, lower = written_name_forms(self.store.read_text(r.text_hash) for r in self.catalog.documents.values()
                                          if r.meta.language != "en")
        # … and not the vocabulary's own terms ("Dekomp", "PPT"): the synonyms file reads them as words
        vocabulary = {w for _, group in self.analyzer.vocabulary.synonyms for term in group for w in words(term)}
        return {low: form for low, form in names.items() if low not in vocabulary}, lower

    def document_text(self, document_id: str) -> str:
        record = self.catalog.documents[document_id]
        if document_id not in self._texts:
            self._texts[document_id] = self.store.read_text(record.text_hash)
        return self._texts[document_id]

    def chunks_of(self, document_id: str) -> list[Chunk]:
        """A document's chunks in order, by its record (no scan of the whole catalog)."""
        return [self.chunks[self.row_of[i]] for i in self.catalog.documents[document_id].chunk_ids if i in self.row_of]

    def opening(self, document_id: str) -> Chunk | None:
        """A document's first live chunk: where a page says what it is about (its other chunks are not read)."""
        ids = self.catalog.documents[document_id].chunk_ids
        return next((self.chunks[self.row_of[i]] for i in ids if i in self.row_of), None)

    def document_terms(self, document_id: str, compounds: bool = True) -> frozenset[str]:
        """Every term and every word (as written, lower-cased) of a document, its title and its publisher (by name
        and site); with `compounds` False, without the parts of its compounds: where a name stands as a word, not as
        the first part of another name ("Nordlandsforskning" does not say "Nordland")."""
        key = (document_id, compounds)
        if key not in self._terms:
            record = self.catalog.documents[document_id]
            text = f"{record.meta.title}\n{record.meta.publisher_names}\n{self.document_text(document_id)}"
            self._terms[key] = frozenset(self.analyzer.terms(text, record.meta.language, compounds=compounds)) | \
                frozenset(words(text))
        return self._terms[key]

    def writes_name_whole(self, document_id: str, name: str) -> bool:
        """Whether a document may be said to name a name it writes somewhere: a name with a word that is a function
        word in the document's language ("in" of "School-In" on an English page, where "school" and "in" stand
        everywhere) only where its words stand in order with nothing but a space or a hyphen between them."""
        record = self.catalog.documents[document_id]
        stop = self.analyzer.vocabulary.stopwords[normalise_language(record.meta.language)]
        parts = words(name.lower())
        key = (document_id, name.lower())
        if key not in self._names_whole:
            text = f"{record.meta.title}\n{self.document_text(document_id)}"
            if len(parts) < 2 or not stop.intersection(parts):
                # … and a one-word name only where a word of its own does not stand for it ("Vestlandet")
                self._names_whole[key] = not names_only_another(text, name, self.analyzer, record.meta.language)
            else:
                written = r"[\s\-‐–]+".join(map(re.escape, parts))
                self._names_whole[key] = bool(re.search(rf"(?<!\w){written}(?!\w)", text, re.IGNORECASE))
        return self._names_whole[key]

    def document_subject_terms(self, document_id: str) -> frozenset[str]:
        """The terms of what a document is about as a whole: its title (not its publisher: Udir publishes pages
        about others)."""
        meta = self.catalog.documents[document_id].meta
        return self.analyzer.short_terms(meta.title, meta.language)

    def document_publisher_terms(self, document_id: str) -> frozenset[str]:
        """The terms of who publishes a document ("Statsforvalteren i Nordland"): where its page stands."""
        meta = self.catalog.documents[document_id].meta
        return self.analyzer.short_terms(meta.publisher_names, meta.language)

    def match_strength(self, concepts: list[Concept], hits: list[Hit]) -> float:
        """The best passage's BM25 score against what a passage using every known question term once would
        score: a fraction that means the same in a small corpus and a large one."""
        ideal = 0.0
        for concept in concepts:
            ideal += concept.weight * max(
                (w * sum(self.idf[t] for t in alt if t in self.idf) / len(set(alt)) for alt, w in concept.weighted()),
                default=0.0,
            )
        top = max((h.lexical for h in hits), default=0.0)
        return top / ideal if ideal else 0.0

    # --- the two sides ---
    def lexical_scores(self, concepts: list[Concept], language_fair: bool = False) -> np.ndarray:
        """Per chunk: Σ over concepts of weight × the best alternative's (weighted, mean-per-term) BM25 score.
        `language_fair` (an English question): English and Norwegian pages are scored on one scale (see
        `language_scale`)."""
        cache: dict[str, np.ndarray] = {}

        def term_scores(term: str) -> np.ndarray:
            if term not in cache:
                cache[term] = self.lexical.scores([term])
            return cache[term]

        total = np.zeros(len(self.chunks), dtype=np.float32)
        for concept in (c for c in concepts if c.alternatives):
            best = np.max([
                alt_weight * sum(term_scores(t) for t in dict.fromkeys(alt)) / len(set(alt))
                for alt, alt_weight in concept.weighted()
            ], axis=0)
            total += concept.weight * best
        if language_fair:
            total *= self.language_scale([c for c in concepts if c.alternatives], term_scores)
        return total

    def language_scale(self, concepts: list[Concept], term_scores) -> np.ndarray:
        """Per chunk, what its score is multiplied by so that English and Norwegian pages compete on one scale. An
        English question's words are rare in a corpus of Norwegian pages and their Norwegian common, so by raw BM25
        an English page that shares one word beats the Norwegian page that says it all. Each language's best
        possible score for each concept (its alternatives' idf, of the terms that language's pages use) is set
        against the better language's, over the concepts it can say at all: a language that lacks a word is not
        raised for lacking it, and the concepts keep their weights relative to each other."""
        rows = {True: self.english, False: ~self.english}
        ideal = {english: [max((weight * sum(self.idf.get(t, 0.0) for t in set(alt) if term_scores(t)[mask].any())
                                / len(set(alt)) for alt, weight in concept.weighted()), default=0.0)
                           for concept in concepts]
                 for english, mask in rows.items()}
        scale = np.ones(len(self.chunks), dtype=np.float32)
        for english, own in ideal.items():
            said = [(c.weight, mine, max(mine, theirs)) for c, mine, theirs in zip(concepts, own, ideal[not english])
                    if mine > 0]
            if said:
                scale[rows[english]] = sum(w * best for w, _, best in said) / sum(w * m for w, m, _ in said)
        return scale

    def dense_scores(self, query: Query) -> np.ndarray:
        """Per row, the cosine similarity of the DENSE_CANDIDATES passages nearest the question; NaN elsewhere."""
        scores = np.full(len(self.chunks), np.nan, dtype=np.float32)
        if self.collection is None or not self.row_of:
            return scores
        vector = self.embedder.embed_query(query.normalised)
        if self.vectors is not None:
            return self._exact_dense_scores(vector, scores)
        try:
            # the collection also holds vectors this generation does not see (a kept older generation's, a
            # newer one's being written): ask for that many more, within bounds, so that DENSE_CANDIDATES are ours
            stored = self._stored_vectors()
            unseen = max(0, stored - self.lexical.n)
            result = self.collection.query(
                query_embeddings=[vector.tolist()],
                n_results=max(1, min(DENSE_CANDIDATES + unseen, DENSE_CANDIDATES * 4, stored)),
                include=["distances"],
            )
        except Exception as error:  # e.g. a collection dropped under a reader: answer from the lexical side
            log.warning("dense search unavailable (%s: %s); lexical only", type(error).__name__, error)
            return scores
        for chunk_id, distance in zip(result["ids"][0], result["distances"][0]):
            row = self.row_of.get(chunk_id)  # ids outside the current catalog are invisible
            if row is not None:
                scores[row] = 1.0 - distance
        return scores

    def _exact_dense_scores(self, vector: np.ndarray, scores: np.ndarray) -> np.ndarray:
        norm = float(np.linalg.norm(vector))
        cosine = self.vectors @ (np.asarray(vector, dtype=np.float32) / (norm or 1.0))
        nearest = self.embedded[np.argsort(-cosine[self.embedded], kind="stable")[:DENSE_CANDIDATES]]
        scores[nearest] = cosine[nearest]
        return scores

    def _stored_vectors(self) -> int:
        """The collection's size, asked again at most every STORED_COUNT_TTL_S (a round trip per query otherwise)."""
        now = time.monotonic()
        if now - self._counted_at > STORED_COUNT_TTL_S:
            self._stored, self._counted_at = self.collection.count(), now
        return self._stored

    def feedback(self, query: Query, lexical: np.ndarray, top: int = 3) -> Concept:
        """Pseudo-relevance feedback: the rarest terms the top passages share, as one low-weight concept."""
        asked = {t for c in query.concepts for alt in c.alternatives for t in alt}
        counts: dict[str, int] = {}
        for row in np.argsort(-lexical)[:top]:
            if lexical[row] <= 0:
                break
            chunk = self.chunks[row]
            lang = self.catalog.documents[chunk.document_id].meta.language
            for term in set(self.analyzer.terms(chunk.text, lang)) - asked:
                counts[term] = counts.get(term, 0) + 1
        ranked = sorted(counts, key=lambda t: (-counts[t] * self.idf.get(t, 0.0), t))[: self.settings.prf_terms]
        return Concept("feedback", [[t] for t in ranked], weight=PRF_WEIGHT)

    def neighbours(self, hit: Hit) -> list[Hit]:
        """The chunks just before and after a hit in its document (rows follow document order)."""
        row = self.row_of[hit.chunk.id]
        out = []
        for other in (row - 1, row + 1):
            if 0 <= other < len(self.chunks) and self.live[other] and self.document_ids[other] == hit.chunk.document_id:
                out.append(Hit(self.chunks[other], hit.document, hit.score * 0.5))
        return out

    def opens_section(self, chunk: Chunk) -> bool:
        """Whether a chunk is the first of its section: the one before it in its document stands under other
        headings (rows follow document order)."""
        row = self.row_of.get(chunk.id, 0)
        return row == 0 or self.document_ids[row - 1] != chunk.document_id or (
            self.chunks[row - 1].heading_path != chunk.heading_path)

    # --- fusion ---
    def search(self, query: Query, k: int | None = None, filters: Filters | None = None, mode: str | None = None) -> list[Hit]:
        k = k or self.settings.retrieve_k
        mode = mode or self.settings.retriever
        allowed = self.mask(filters)
        lexical = self.lexical_scores(query.concepts, language_fair=query.language == "en") if mode != "dense" \
            else np.zeros(len(self.chunks), np.float32)
        if mode != "dense" and self.settings.prf_terms:
            lexical = lexical + self.lexical_scores([self.feedback(query, lexical)])
        dense = self.dense_scores(query) if mode != "lexical" else np.full(len(self.chunks), np.nan, np.float32)
        fused = self._fuse(lexical, dense, mode)
        fused[~allowed] = -np.inf
        if mode == "lexical":
            fused[lexical <= 0] = -np.inf
        self._prefer_kind_asked(query, fused, k)
        self._prefer_phrase_said(query, fused, k)
        self._prefer_spelled_out(query, fused, k)
        self._prefer_time_of_act(query, fused, k)
        order = [row for row in np.argsort(-fused, kind="stable")[:k] if np.isfinite(fused[row])]
        return [
            Hit(
                self.chunks[row], self.catalog.documents[self.chunks[row].document_id], float(fused[row]),
                float(lexical[row]), float(0 if np.isnan(dense[row]) else dense[row]),
            )
            for row in order
        ]

    def _prefer_kind_asked(self, query: Query, fused: np.ndarray, k: int) -> None:
        """Among the best KIND_RERANK × k passages, those that give the kind of answer asked for (a number of what
        "hvor mange" counts, a date for a deadline, an amount; for what an actor does, a line with the actor as its
        subject) move up by KIND_PRIOR of the best score. How long something lasts is given by a duration ("over 1,5
        år"), which a page that only names the thing and a date does not give."""
        asked = query.types & REQUIRED_TYPES | (LASTING_KINDS if query.enduring else set())
        actors = actor_terms(query, self.analyzer) if "role" in query.types else set()
        if asked or actors:
            self._lift_where(fused, k, KIND_PRIOR, lambda chunk, lang: bool(
                asked and asked & answer_features(chunk.text, self.analyzer, lang, counted=query.counted)
                or actors and self._puts_in_subject(chunk, actors, lang)))

    def _prefer_phrase_said(self, query: Query, fused: np.ndarray, k: int) -> None:
        """Among the best KIND_RERANK × k passages, those that say a phrase of the question that holds its verb
        ("samarbeider om Kompetanseløftet") move up by PHRASE_PRIOR of the best score, as a search engine ranks a
        phrase match higher: BM25 counts words apart, and ranks a page that repeats them above one that says it."""
        if query.phrases:
            self._lift_where(fused, k, PHRASE_PRIOR,
                             lambda chunk, lang: says_phrase(chunk.text, query.phrases, self.analyzer, lang))

    def _prefer_spelled_out(self, query: Query, fused: np.ndarray, k: int) -> None:
        """For "Hva står Statped for?", among the best KIND_RERANK × k passages, those that spell the short form
        out right after it ("Statped (statlige spesialpedagogiske støttetjenester)") or right before it move up by
        SPELLED_OUT_PRIOR of the best score: a page about Statped names it everywhere, and spells it out once, if at
        all."""
        if not self.analyzer.vocabulary.grammar.search("ask-spell-out", query.question):
            return
        asked = [[frozenset(alt) for alt, _ in c.weighted(sentence=True)] for c in query.concepts
                 if c.weight >= 1.0 and not c.frame]
        self._lift_where(fused, k, SPELLED_OUT_PRIOR, lambda chunk, lang: spelled_out_after(
            chunk.text, asked, self.analyzer, lang) or spelled_out_before(chunk.text, asked, self.analyzer, lang))

    def _prefer_time_of_act(self, query: Query, fused: np.ndarray, k: int) -> None:
        """For "Når må kommunene melde behov?", among the best KIND_RERANK × k passages, those with a sentence that
        gives a day and says all the question asks besides who does it ("Frist for å melde behov er 1. februar 2022")
        move up by KIND_PRIOR of the best score: a deadline is often said of the act alone, and BM25 ranks a page that
        names both the actor and the act, but no time, above it."""
        if "time" not in query.types or query.happened or query.lasting or query.enduring:
            return
        actors = actor_terms(query, self.analyzer)
        asked = [c.alternatives_as_asked() for c in query.concepts if c.weight >= 1.0 and not c.frame]
        asked = [alternatives for alternatives in asked if not any(alt <= actors for alt in alternatives)]
        if not asked or not all(asked):
            return
        # only a passage whose indexed words hold each concept is read sentence by sentence
        indexed = {term: self.lexical.scores([term]) > 0 for alternatives in asked for alt in alternatives
                   for term in alt}
        holding = np.logical_and.reduce([np.logical_or.reduce([np.logical_and.reduce([indexed[t] for t in alt])
                                                                for alt in alternatives])
                                         for alternatives in asked])
        self._lift_where(fused, k, KIND_PRIOR, lambda chunk, lang: bool(holding[self.row_of[chunk.id]]) and any(
            self._dates_what_is_asked(chunk.text[start:end], asked, lang) for start, end in sentence_spans(chunk.text)))

    def _dates_what_is_asked(self, sentence: str, asked: list[list[frozenset[str]]], lang: str) -> bool:
        """Whether a sentence says each of the `asked` concepts and gives a day (the words first: they are cheaper to
        read than the kinds of answer, and few sentences say them)."""
        said = set(self.analyzer.terms(sentence, lang))
        return all(any(alt <= said for alt in alternatives) for alternatives in asked) and (
            "day" in self.analyzer.passage_features(sentence, lang)[0])

    def _lift_where(self, fused: np.ndarray, k: int, share: float, holds: Callable[[Chunk, str], bool]) -> None:
        """Among the best KIND_RERANK × k passages, those a test `holds` of (given the passage and its document's
        language) gain `share` of the best score."""
        top = [row for row in np.argsort(-fused, kind="stable")[: k * KIND_RERANK] if np.isfinite(fused[row])]
        if not top:
            return
        lift = share * float(fused[top[0]])
        for row in top:
            chunk = self.chunks[row]
            if holds(chunk, self.catalog.documents[chunk.document_id].meta.language):
                fused[row] += lift

    def _puts_in_subject(self, chunk: Chunk, actors: set[str], lang: str) -> bool:
        """Whether a line of the passage opens with the actor asked about as its subject ("Kommunene skal …",
        "Statped bidrar …"): where a page says what the actor does, not where it only names it."""
        grammar = self.analyzer.vocabulary.grammar
        return any(not actors.isdisjoint(self.analyzer.terms(" ".join(subject_words(line, grammar)), lang))
                   for line in chunk.text.splitlines() if line.strip())

    def mask(self, filters: Filters | None) -> np.ndarray:
        """Per chunk: whether the filters let it through."""
        mask = self.live.copy()
        if not filters:
            return mask
        if filters.kinds:
            mask &= np.isin(self.kinds, filters.kinds)
        if filters.documents:
            mask &= np.isin(self.document_ids, filters.documents)
        if filters.publishers:
            mask &= np.isin(self.publishers, filters.publishers)
        if filters.date_from:
            mask &= (self.dates != "") & (self.dates >= filters.date_from)
        if filters.date_to:
            mask &= (self.dates != "") & (self.dates <= filters.date_to)
        if filters.current:
            mask &= ~self.outdated
        return mask

    def _fuse(self, lexical: np.ndarray, dense: np.ndarray, mode: str) -> np.ndarray:
        if mode == "lexical":
            return lexical.copy()
        dense_filled = np.nan_to_num(dense, nan=-1.0)
        if mode == "dense":
            return np.where(np.isnan(dense), -np.inf, dense_filled)
        weight = self.settings.lexical_weight
        if self.settings.fusion == "weighted":
            top = lexical.max() if lexical.size and lexical.max() > 0 else 1.0
            present = dense[~np.isnan(dense)]
            low = present.min() if present.size else 0.0
            span = (present.max() - low) if present.size and present.max() > low else 1.0
            dense_part = np.where(np.isnan(dense), 0.0, (dense_filled - low) / span)
            return weight * lexical / top + (1 - weight) * dense_part
        return weight * _rrf(lexical, self.settings.rrf_k, lexical > 0) + (1 - weight) * _rrf(
            dense_filled, self.settings.rrf_k, ~np.isnan(dense)
        )


def _rrf(scores: np.ndarray, k: int, present: np.ndarray) -> np.ndarray:
    ranks = np.empty(len(scores), dtype=np.float32)
    ranks[np.argsort(-scores, kind="stable")] = np.arange(1, len(scores) + 1)
    return np.where(present, 1.0 / (k + ranks), 0.0)

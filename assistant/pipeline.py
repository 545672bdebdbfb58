"""The assistant, as a list of steps: guard -> understand (with the conversation) -> retrieve -> compose -> verify."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from assistant.answer import Answer, joined
from assistant.compose import ExtractiveComposer
from assistant.guard import fixed_reply, screen
from assistant.query import Query, build_query
from assistant.retrieve import Filters, Hit, Retriever
from ingest.embed import Embedder
from ingest.language import detect_language, questions_in
from ingest.settings import Settings


def freeze_what_is_loaded() -> None:
    """Take everything loaded so far (the index, the model, the vocabulary) out of the cyclic collector's walk.

    It lives as long as it is served, yet each full collection walked all of it: about 120 ms with `corpus/` and
    the dev corpus loaded, more as the index grows, paid by whichever answer the collection fell in. Frozen objects
    are still freed by reference counting; what was frozen before (a generation no longer served) is unfrozen
    first, so a cycle in it is collected now rather than kept for good.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()


@contextmanager
def loaded_and_frozen() -> Iterator[None]:
    """While serving: what is loaded is frozen (`freeze_what_is_loaded`), and unfrozen again when it is done."""
    freeze_what_is_loaded()
    try:
        yield
    finally:
        gc.unfreeze()


class Assistant:
    """Built once per process (it loads the index and the model); `answer` is the one entry point."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None, retriever: Retriever | None = None,
                 generation: str | None = None):
        self.settings = settings
        self.retriever = retriever or Retriever(settings, embedder, generation)
        self.composer = ExtractiveComposer(
            self.retriever, settings.answer_max_sentences, settings.answer_max_words, settings.abstain_min_coverage
        )
        self.llm = None
        if settings.llm_base_url:
            from assistant.llm import LLMAnswerer

            self.llm = LLMAnswerer(settings, self.retriever)

    def warm_up(self) -> None:
        """Load the embedding model and touch every index now, so the first user does not wait for it."""
        self.answer("Hvem kan delta i Kompetanseløftet?")

    def understand(self, question: str, history: list[dict], continues: bool = False) -> Query:
        return build_query(question, history, self.retriever.analyzer, self.retriever.known_terms,
                           self.retriever.lexical.language_terms, self.retriever.names, continues,
                           self.settings.subject)

    def retrieve(self, query: Query, filters: Filters | None = None, mode: str | None = None,
                 k: int | None = None) -> list[Hit]:
        """The best k passages, in the order of how well their best sentence answers (the lookup view's order too)."""
        return self.composer.rerank(query, self.retriever.search(query, k, filters=filters, mode=mode))

    def answer(self, question: str, history: list[dict] | None = None, filters: Filters | None = None,
               mode: str | None = None, language: str | None = None,
               on_delta: Callable[[str], None] | None = None, continues: bool = False) -> Answer:
        """`language` is the asker's interface language (nb, nn, en): fixed replies use the question's own
        language when it can be told, and this one otherwise. `on_delta` receives verified pieces of an LLM
        answer as the model writes them (their concatenation is the start of the returned answer's text).
        `continues`: the question goes on the last one (the second of two a question joined)."""
        history = history or []
        reply_language = detect_language(question, default=language or "nb")
        fixed = screen(question, reply_language, self.retriever.analyzer.vocabulary.grammar)
        if fixed:
            return fixed
        parts = questions_in(question, self.retriever.analyzer.vocabulary.grammar)
        if len(parts) > 1 and not self.llm:
            return self.answer_each(parts, history, filters, mode, reply_language)
        query = self.understand(question, history, continues)
        hits = self.retrieve(query, filters, mode)
        if not hits or (mode != "dense" and self.retriever.match_strength(query.concepts, hits) < self.settings.abstain_min_match):
            return fixed_reply("abstain", reply_language)
        extractive = self.composer.compose(query, hits)
        if extractive is None:
            return fixed_reply("abstain", reply_language)
        if self.llm:
            return self.llm.answer(query, hits, fallback=extractive, history=history, on_delta=on_delta)
        return extractive

    def answer_each(self, questions: list[str], history: list[dict], filters: Filters | None, mode: str | None,
                    language: str) -> Answer:
        """The answers to the questions one question joined ("Hvem melder behov, og når er fristen?"), the later
        each asked after the earlier, as a follow-up is: one answer, or the fixed reply where none is answered."""
        turns, answered = list(history), []
        for index, question in enumerate(questions):
            reply = self.answer(question, turns, filters, mode, language, continues=index > 0)
            turns += [{"role": "user", "content": question}, {"role": "assistant", "content": reply.answer}]
            if not reply.abstained and reply.reply_type == "answer":
                answered.append(reply)
        return joined(answered) if answered else fixed_reply("abstain", language)

"""Run the gold set against the assistant (in-process) or a running server, and score every item."""

from __future__ import annotations

import statistics
import time
from dataclasses import asdict, dataclass, field

from evals.gold import GoldItem
from evals.metrics import citation_scores, fact_recall, percentile, quote_spans, retrieval_scores


@dataclass
class ItemResult:
    id: str
    category: str
    question: str
    answerable: bool
    abstained: bool
    answer: str
    citations: list[dict]
    expected_quotes: list[str]
    gold_documents: list[str]
    key_facts: list[list[str]]
    fact_recall: float
    citation_recall: float
    citation_precision: float
    verbatim: float
    latency_ms: float
    retrieval: dict[str, float] = field(default_factory=dict)

    @property
    def correct(self) -> bool:
        if not self.answerable:
            return self.abstained
        return not self.abstained and self.fact_recall == 1.0

    def to_dict(self) -> dict:
        return {**asdict(self), "correct": self.correct}


class InProcess:
    """The assistant in this process, as `python -m evals` runs it by default."""

    def __init__(self, settings, mode: str, embedder=None):
        from assistant.pipeline import Assistant

        self.assistant = Assistant(settings, embedder=embedder)
        self.mode = mode
        retriever = self.assistant.retriever
        self.documents = {d: retriever.document_text(d) for d in retriever.catalog.documents}

    def ranked(self, item: GoldItem) -> list[dict] | None:
        query = self.assistant.understand(item.question, item.history)
        hits = self.assistant.retrieve(query, mode=self.mode, k=10)
        return [{"document_id": h.chunk.document_id, "start": h.chunk.start, "end": h.chunk.end} for h in hits]

    def ask(self, item: GoldItem) -> dict:
        return self.assistant.answer(item.question, item.history, mode=self.mode).model_dump()


def indexed_texts(settings) -> dict[str, str]:
    """Every document's cleaned text, read from the index (for the verbatim check), without loading a model."""
    from ingest.store import IndexStore

    store = IndexStore(settings)
    catalog = store.load_catalog()
    return {d: store.read_text(r.text_hash) for d, r in catalog.documents.items()} if catalog else {}


class Remote:
    """A running server's POST /api/chat (`--url`); retrieval figures need the in-process run."""

    def __init__(self, url: str, documents: dict[str, str]):
        import httpx

        self.client = httpx.Client(base_url=url.rstrip("/"), timeout=30)
        self.documents = documents

    def ranked(self, item: GoldItem) -> list[dict] | None:
        return None

    def ask(self, item: GoldItem) -> dict:
        response = self.client.post("/api/chat", json={"message": item.question, "history": item.history})
        response.raise_for_status()
        return response.json()


def run_items(items: list[GoldItem], target) -> list[ItemResult]:
    results = []
    for item in items:
        ranked = target.ranked(item)
        started = time.perf_counter()
        reply = target.ask(item)
        latency = (time.perf_counter() - started) * 1000
        citations = reply.get("citations", [])
        scores = citation_scores(reply["answer"], citations, target.documents)
        spans = quote_spans(item.gold_quotes, target.documents, item.gold_documents)
        results.append(
            ItemResult(
                id=item.id, category=item.category, question=item.question, answerable=item.answerable,
                abstained=bool(reply["abstained"]), answer=reply["answer"], citations=citations,
                expected_quotes=item.gold_quotes, gold_documents=item.gold_documents, key_facts=item.key_facts,
                fact_recall=fact_recall(reply["answer"], item.key_facts) if not reply["abstained"] else 0.0,
                citation_recall=scores.recall, citation_precision=scores.precision, verbatim=scores.verbatim,
                latency_ms=latency,
                retrieval=retrieval_scores(ranked, spans) if ranked is not None and item.answerable else {},
            )
        )
    return results


def _mean(values: list[float]) -> float:
    return round(statistics.fmean(values), 4) if values else 0.0


def summarise(results: list[ItemResult]) -> dict[str, float]:
    """Every figure of a run, flat: the gate, the baseline and the reports all read this."""
    answerable = [r for r in results if r.answerable]
    answered = [r for r in results if not r.abstained]
    should_abstain = [r for r in results if not r.answerable]
    abstained = [r for r in results if r.abstained]
    true_refusals = sum(1 for r in abstained if not r.answerable)
    precision = true_refusals / len(abstained) if abstained else 1.0
    recall = true_refusals / len(should_abstain) if should_abstain else 1.0
    figures = {
        "items": len(results),
        "items.answerable": len(answerable),
        "answer.fact_recall": _mean([r.fact_recall for r in answerable]),
        "answer.answered_correctly": _mean([float(r.correct) for r in answerable]),
        "answer.words_per_answer": _mean([len(_words(r.answer)) for r in answered]),
        "answer.cited_when_answerable": _mean([float(not r.abstained and bool(r.citations)) for r in answerable]),
        "answer.decision_accuracy": _mean([float(r.abstained != r.answerable) for r in results]),
        "citations.right_document": _mean([float(any(c["document_id"] in r.gold_documents for c in r.citations))
                                           for r in answerable if not r.abstained and r.gold_documents]),
        "citations.recall": _mean([r.citation_recall for r in answered]),
        "citations.precision": _mean([r.citation_precision for r in answered]),
        "citations.verbatim": _mean([r.verbatim for r in answered if r.citations]) if answered else 1.0,
        "abstention.precision": round(precision, 4),
        "abstention.recall": round(recall, 4),
        "abstention.f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        "latency.p50_ms": round(percentile([r.latency_ms for r in results], 0.5), 1),
        "latency.p95_ms": round(percentile([r.latency_ms for r in results], 0.95), 1),
    }
    with_retrieval = [r for r in answerable if r.retrieval]
    for key in ("hit@5", "recall@5", "mrr", "ndcg@10"):
        if with_retrieval:
            figures[f"retrieval.{key}"] = _mean([r.retrieval[key] for r in with_retrieval])
    return figures


def by_category(results: list[ItemResult]) -> dict[str, dict[str, float]]:
    categories = sorted({r.category for r in results})
    return {c: summarise([r for r in results if r.category == c]) for c in categories}


def _words(answer: str) -> list[str]:
    import re

    return re.sub(r"\[\d+\]", " ", answer).split()

"""Deterministic answer-quality metrics: no LLM judge, the same figures on every run.

Citation recall and precision use the support test of assistant/verify.py (stated in every report).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from assistant.verify import statements, supports


@dataclass
class CitationScores:
    recall: float
    precision: float
    verbatim: float


def citation_scores(answer: str, citations: list[dict], documents: dict[str, str]) -> CitationScores:
    by_n = {c["n"]: c for c in citations}
    parts = statements(answer)
    supported = sum(supports([by_n[n]["quote"] for n in ns if n in by_n], s) for s, ns in parts)
    cited = [(s, n) for s, ns in parts for n in ns]
    precise = sum(n in by_n and supports([by_n[n]["quote"]], s) for s, n in cited)
    verbatim = sum(documents.get(c["document_id"], "")[c["start"] : c["end"]] == c["quote"] for c in citations)
    return CitationScores(
        recall=supported / len(parts) if parts else 1.0,
        precision=precise / len(cited) if cited else 1.0,
        verbatim=verbatim / len(citations) if citations else 1.0,
    )


def fact_recall(answer: str, key_facts: list[list[str]]) -> float:
    if not key_facts:
        return 1.0
    lowered = answer.lower()
    return sum(any(form.lower() in lowered for form in forms) for forms in key_facts) / len(key_facts)


def quote_spans(quotes: list[str], documents: dict[str, str], document_ids: list[str]) -> list[tuple[str, int, int]]:
    spans = []
    for quote in quotes:
        for doc_id in document_ids:
            start = documents.get(doc_id, "").find(quote)
            if start >= 0:
                spans.append((doc_id, start, start + len(quote)))
                break
    return spans


def relevant(chunk: dict, spans: list[tuple[str, int, int]]) -> bool:
    return any(d == chunk["document_id"] and s < chunk["end"] and chunk["start"] < e for d, s, e in spans)


def retrieval_scores(ranked: list[dict], spans: list[tuple[str, int, int]], k: int = 5) -> dict[str, float]:
    flags = [relevant(chunk, spans) for chunk in ranked]
    found = [i for i, flag in enumerate(flags) if flag]
    covered_at_k = sum(any(relevant(c, [span]) for c in ranked[:k]) for span in spans)
    dcg = sum(1 / math.log2(i + 2) for i in found if i < 10)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(10, max(1, len(spans)))))
    return {
        f"hit@{k}": float(any(flags[:k])),
        f"recall@{k}": covered_at_k / len(spans) if spans else 0.0,
        "mrr": 1 / (found[0] + 1) if found else 0.0,
        "ndcg@10": dcg / ideal if ideal else 0.0,
    }


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]

"""Write report.json, report.md and report.html; compare with the baseline; apply the gate."""

from __future__ import annotations

import html
import json
from pathlib import Path

from assistant.verify import SUPPORT_THRESHOLD
from evals.charts import bars_against_baseline, histogram
from evals.run import ItemResult

# Figures where a lower number is better.
LOWER_IS_BETTER = {"latency.p50_ms", "latency.p95_ms", "answer.words_per_answer"}
# Timing depends on the machine; it is reported, never gated or compared as a regression.
NOT_COMPARED = {"latency.p50_ms", "latency.p95_ms", "items", "items.answerable"}
TOLERANCE = 0.005


def compare(figures: dict, baseline: dict) -> tuple[list[str], list[str]]:
    improved, regressed = [], []
    for key, value in figures.items():
        if key in NOT_COMPARED or key not in baseline:
            continue
        delta = value - baseline[key]
        if abs(delta) <= TOLERANCE:
            continue
        better = delta < 0 if key in LOWER_IS_BETTER else delta > 0
        (improved if better else regressed).append(f"{key}: {baseline[key]} -> {value} ({delta:+.4f})")
    return improved, regressed


def gate(figures: dict, thresholds: dict) -> list[str]:
    """The figures that fall below (or, for maxima, above) their committed thresholds."""
    failures = []
    for key, limit in thresholds.get("min", {}).items():
        if figures.get(key, 0.0) < limit:
            failures.append(f"{key} = {figures.get(key)} is below the threshold {limit}")
    for key, limit in thresholds.get("max", {}).items():
        if figures.get(key, float("inf")) > limit:
            failures.append(f"{key} = {figures.get(key)} is above the threshold {limit}")
    return failures


def failing(results: list[ItemResult]) -> list[ItemResult]:
    return [r for r in results if not r.correct or r.verbatim < 1.0]


def write_reports(directory: Path, runs: dict[str, dict], results: list[ItemResult], categories: dict,
                  baseline: dict | None = None) -> None:
    """`baseline`: the saved figures of the same gold and split, with their `by_category` when saved."""
    directory.mkdir(parents=True, exist_ok=True)
    data = {
        "support_test": f"a passage supports a sentence when >= {SUPPORT_THRESHOLD:.0%} of the sentence's "
        "content stems occur in it",
        "runs": runs,
        "categories": categories,
        "items": [r.to_dict() for r in results],
    }
    (directory / "report.json").write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    (directory / "report.md").write_text(markdown(runs, categories, results), encoding="utf-8")
    (directory / "report.html").write_text(to_html(runs, categories, results, baseline or {}), encoding="utf-8")


def _table(rows: dict[str, dict], keys: list[str]) -> list[list[str]]:
    return [[name] + [str(figures.get(k, "")) for k in keys] for name, figures in rows.items()]


CATEGORY_KEYS = ["items", "answer.answered_correctly", "answer.fact_recall", "citations.precision", "abstention.f1",
                 "retrieval.hit@5", "retrieval.mrr"]


def markdown(runs: dict, categories: dict, results: list[ItemResult]) -> str:
    keys = sorted({k for figures in runs.values() for k in figures})
    lines = ["# Answer quality", "", "| figure | " + " | ".join(runs) + " |", "|---|" + "---|" * len(runs)]
    lines += [f"| {k} | " + " | ".join(str(runs[r].get(k, "")) for r in runs) + " |" for k in keys]
    lines += ["", "## Per category (first configuration)", "", "| category | " + " | ".join(CATEGORY_KEYS) + " |",
              "|---|" + "---|" * len(CATEGORY_KEYS)]
    lines += ["| " + " | ".join(row) + " |" for row in _table(categories, CATEGORY_KEYS)]
    lines += ["", f"## Failing questions ({len(failing(results))})", ""]
    for r in failing(results):
        lines += [f"### {r.id} ({r.category})", f"**Q:** {r.question}", "", f"**Answer** (abstained={r.abstained}):",
                  "", r.answer, ""]
        lines += [f"- [{c['n']}] {c['document_id']} — {c['quote']}" for c in r.citations]
        lines += ["", f"**Expected:** {'abstain' if not r.answerable else r.key_facts}", ""]
        lines += [f"> {q}" for q in r.expected_quotes] + [""]
    return "\n".join(lines)


CHART_KEYS = ["answer.answered_correctly", "answer.fact_recall", "answer.decision_accuracy", "answer.cited_when_answerable",
              "citations.precision", "citations.right_document", "abstention.f1", "retrieval.hit@5", "retrieval.mrr"]
CATEGORY_CHART_KEYS = ["answer.answered_correctly", "answer.fact_recall", "answer.decision_accuracy"]


def charts(runs: dict, categories: dict, results: list[ItemResult], baseline: dict) -> str:
    """The figures of the first configuration against the baseline, per category too, and the latencies."""
    primary = next(iter(runs.values()), {})
    parts = [bars_against_baseline("Main figures against the baseline",
                                   {k: primary[k] for k in CHART_KEYS if k in primary}, baseline)]
    before = baseline.get("by_category", {})
    for key in CATEGORY_CHART_KEYS:
        parts.append(f"<h3>{html.escape(key)} per category</h3>")
        parts.append(bars_against_baseline(
            f"{key} per category against the baseline",
            {c: figures[key] for c, figures in categories.items() if key in figures and _measured(key, figures)},
            {c: figures[key] for c, figures in before.items() if key in figures},
        ))
    parts.append("<h3>Latency per question</h3>")
    parts.append(histogram("Latency per question (first configuration)", [r.latency_ms for r in results]))
    return "".join(parts)


def _measured(key: str, figures: dict) -> bool:
    """A figure about answers means nothing in a category with no answerable question."""
    return key == "answer.decision_accuracy" or figures.get("items.answerable", 1) > 0


def to_html(runs: dict, categories: dict, results: list[ItemResult], baseline: dict | None = None) -> str:
    e = html.escape
    keys = sorted({k for figures in runs.values() for k in figures})
    head = "".join(f"<th>{e(r)}</th>" for r in runs)
    body = "".join(
        f"<tr><td>{e(k)}</td>" + "".join(f"<td>{e(str(runs[r].get(k, '')))}</td>" for r in runs) + "</tr>"
        for k in keys
    )
    category_rows = "".join(
        "<tr>" + "".join(f"<td>{e(cell)}</td>" for cell in row) + "</tr>" for row in _table(categories, CATEGORY_KEYS)
    )
    failures = "".join(
        f"<section><h3>{e(r.id)} ({e(r.category)})</h3><p><strong>Q:</strong> {e(r.question)}</p>"
        f"<p><strong>Answer</strong> (abstained={r.abstained}):</p><pre>{e(r.answer)}</pre><ul>"
        + "".join(f"<li>[{c['n']}] {e(c['document_id'])}: {e(c['quote'])}</li>" for c in r.citations)
        + f"</ul><p><strong>Expected:</strong> {e('abstain' if not r.answerable else str(r.key_facts))}</p>"
        + "".join(f"<blockquote>{e(q)}</blockquote>" for q in r.expected_quotes)
        + "</section>"
        for r in failing(results)
    )
    return (
        "<!doctype html><html lang='nb'><head><meta charset='utf-8'><title>Answer quality</title>"
        "<style>body{font-family:sans-serif;max-width:70rem;margin:2rem auto}td,th{border:1px solid #ccc;"
        "padding:.2rem .5rem}table{border-collapse:collapse}pre{white-space:pre-wrap}</style></head><body>"
        f"<h1>Answer quality</h1><h2>Charts</h2>{charts(runs, categories, results, baseline or {})}"
        f"<h2>Figures</h2><table><tr><th>figure</th>{head}</tr>{body}</table>"
        f"<h2>Per category</h2><table><tr><th>category</th>{''.join(f'<th>{e(k)}</th>' for k in CATEGORY_KEYS)}"
        f"</tr>{category_rows}</table><h2>Failing questions ({len(failing(results))})</h2>{failures}</body></html>"
    )

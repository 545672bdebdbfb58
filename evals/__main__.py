"""python -m evals: score answer quality on the gold set, compare with the baseline, gate on thresholds."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from ingest.settings import get_settings, offline_environment

HERE = Path(__file__).parent
BASELINE = HERE / "baseline.json"
THRESHOLDS = HERE / "thresholds.json"


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m evals", description=__doc__)
    parser.add_argument("--split", choices=["dev", "test", "all"], default="test")
    parser.add_argument("--url", help="score a running server's POST /api/chat instead of the in-process assistant")
    parser.add_argument("--retriever", default=None, help="lexical, dense, hybrid, or several: lexical,dense,hybrid")
    parser.add_argument("--fusion", default=None, help="rrf, weighted, or both: rrf,weighted")
    parser.add_argument("--corpus", type=Path, nargs="+", metavar="DIR",
                        help="build a temporary index of these folders and score it (the real index is not touched)")
    parser.add_argument("--gold", type=Path, metavar="FILE", help="a gold JSONL file (default: evals/gold/*.jsonl)")
    parser.add_argument("--thresholds", type=Path, metavar="FILE",
                        help=f"the gate (default {THRESHOLDS.name} for the project's gold; none with --gold)")
    parser.add_argument("--out", type=Path, help="report folder (default .data/evals/<timestamp>/)")
    parser.add_argument("--no-gate", action="store_true", help="report only; never exit non-zero on thresholds")
    parser.add_argument("--update-baseline", action="store_true", help="save this run's figures as the baseline")
    parser.add_argument("--export-feedback", type=Path, metavar="FILE",
                        help="write down-rated answers from the feedback store as candidate gold items, then exit")
    return parser.parse_args(argv)


def configurations(args, settings) -> list[tuple[str, object]]:
    retrievers = (args.retriever or settings.retriever).split(",")
    fusions = (args.fusion or settings.fusion).split(",")
    out = []
    for retriever in retrievers:
        for fusion in fusions if retriever == "hybrid" else [settings.fusion]:
            name = retriever if retriever != "hybrid" else f"hybrid-{fusion}"
            out.append((name, settings.model_copy(update={"retriever": retriever, "fusion": fusion})))
    return out


def baseline_key(args: argparse.Namespace) -> str:
    """Figures are compared with the baseline of the same gold file and split."""
    return f"{args.gold.stem}:{args.split}" if args.gold else args.split


@contextmanager
def temporary_index(settings, corpus: list[Path] | None):
    """With --corpus: (settings on a fresh index of those folders, the embedder that built it); else as given."""
    if not corpus:
        yield settings, None
        return
    from ingest.embed import Embedder
    from ingest.pipeline import Ingestion

    missing = [str(d) for d in corpus if not d.exists()]
    if missing:
        raise SystemExit(f"--corpus: no such folder: {', '.join(missing)}")
    with tempfile.TemporaryDirectory(prefix="evals-index-") as tmp:
        # a temporary index is embedded: a configured Chroma server must not receive it
        temporary = settings.model_copy(update={"index_dir": Path(tmp), "chroma_host": None, "chroma_port": None})
        embedder = Embedder(temporary)
        report = Ingestion(temporary, embedder=embedder, progress=False).run(list(corpus))
        print(report.summary(), file=sys.stderr)
        yield temporary, embedder


def score_runs(args, settings, embedder, items) -> tuple[dict[str, dict], list]:
    from assistant.pipeline import loaded_and_frozen
    from evals.run import InProcess, Remote, indexed_texts, run_items, summarise

    runs: dict[str, dict] = {}
    first_results = None
    for name, config in configurations(args, settings) if not args.url else [("server", settings)]:
        if args.url:
            target = Remote(args.url, indexed_texts(settings))
        else:
            target = InProcess(config, config.retriever, embedder)
        with loaded_and_frozen():
            results = run_items(items, target)
        runs[name] = summarise(results)
        first_results = first_results or results
    return runs, first_results


def main(argv: list[str] | None = None) -> int:
    offline_environment()
    args = parse(argv)
    settings = get_settings()
    if args.export_feedback:
        from server.feedback import FeedbackStore

        count = FeedbackStore(settings.data_dir / "feedback.sqlite3").export_candidates(args.export_feedback)
        print(f"Wrote {count} candidate gold items to {args.export_feedback}")
        return 0

    from evals.gold import load_gold, load_gold_file
    from evals.report import compare, gate, write_reports
    from evals.run import by_category

    items = load_gold_file(args.gold, args.split) if args.gold else load_gold(args.split)
    with temporary_index(settings, args.corpus) as (settings, embedder):
        runs, first_results = score_runs(args, settings, embedder, items)
    primary = next(iter(runs.values()))
    out = args.out or Path(settings.data_dir) / "evals" / time.strftime("%Y%m%d-%H%M%S")
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    saved = baseline_key(args)
    categories = by_category(first_results)
    write_reports(out, runs, first_results, categories, baseline.get(saved, {}))

    print(f"{len(items)} items ({args.split} split); reports in {out}/")
    width = max(len(k) for k in primary)
    print(f"{'figure':<{width}}  " + "  ".join(f"{n:>14}" for n in runs))
    for key in sorted(primary):
        print(f"{key:<{width}}  " + "  ".join(f"{runs[n].get(key, ''):>14}" for n in runs))

    improved, regressed = compare(primary, baseline.get(saved, {}))
    for line in improved:
        print(f"improved  {line}")
    for line in regressed:
        print(f"regressed {line}")
    if args.update_baseline:
        baseline[saved] = {**primary, "by_category": categories}
        BASELINE.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n")
        print(f"baseline updated: {BASELINE}")
    # the committed gate is for the project's gold; another gold file is gated by the thresholds named for it
    thresholds = args.thresholds or (None if args.gold else THRESHOLDS)
    if thresholds is None:
        print("no gate: --gold without --thresholds (e.g. evals/thresholds-dev-corpus.json)")
    failures = gate(primary, json.loads(thresholds.read_text())) if thresholds and thresholds.exists() else []
    for failure in failures:
        print(f"GATE FAILED: {failure}", file=sys.stderr)
    return 1 if failures and not args.no_gate else 0


if __name__ == "__main__":
    sys.exit(main())

"""python -m evals.bench ingest [--chunks N]: speed and memory figures, printed, never asserted."""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from ingest.settings import get_settings, offline_environment
from ingest.sentences import sentence_spans


def corpus_sentences(corpus: Path) -> list[str]:
    from ingest.clean import clean
    from ingest.load import load

    sentences = []
    for path in sorted(corpus.glob("*.txt")):
        text = clean(load(path, 10**8)).text
        sentences += [text[s:e] for s, e in sentence_spans(text) if len(text[s:e].split()) > 4]
    return sentences


def synthetic_corpus(target: Path, sentences: list[str], chunks: int, seed: int = 7) -> None:
    """~`chunks` chunks: documents of headed sections, each a paragraph of shuffled real sentences."""
    rng = random.Random(seed)
    target.mkdir(parents=True)
    per_document = 20
    for d in range((chunks + per_document - 1) // per_document):
        sections = []
        for s in range(per_document):
            paragraph = " ".join(rng.sample(sentences, 4))
            sections.append(f"Del {s + 1} om tema {rng.randint(1, 999)}\n\n{paragraph}")
        (target / f"syntetisk-{d:04d}.txt").write_text(f"Dokument {d}\n\n" + "\n\n".join(sections), encoding="utf-8")


def directory_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def bench_ingest(chunks: int) -> None:
    from ingest.pipeline import Ingestion

    settings = get_settings()
    work = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    try:
        corpus = work / "corpus"
        synthetic_corpus(corpus, corpus_sentences(settings.corpus_dir), chunks)
        run_settings = settings.model_copy(update={"index_dir": work / "index"})
        started = time.perf_counter()
        report = Ingestion(run_settings, progress=sys.stderr.isatty()).run([corpus])
        seconds = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"chunks:        {report.chunks}")
        print(f"time:          {seconds:.1f} s (model load included)")
        print(f"throughput:    {report.chunks / seconds:.1f} chunks/s")
        print(f"peak memory:   {peak_mb:.0f} MB (RSS)")
        print(f"index size:    {directory_size(work / 'index') / 1e6:.1f} MB")
        started = time.perf_counter()
        again = Ingestion(run_settings, progress=False).run([corpus])
        print(f"re-run:        {time.perf_counter() - started:.1f} s ({again.unchanged} unchanged)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    offline_environment()
    parser = argparse.ArgumentParser(prog="python -m evals.bench")
    parser.add_argument("what", choices=["ingest"])
    parser.add_argument("--chunks", type=int, default=10_000)
    args = parser.parse_args(argv)
    bench_ingest(args.chunks)
    return 0


if __name__ == "__main__":
    sys.exit(main())

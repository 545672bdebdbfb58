"""Speed and memory figures, printed, never asserted.

python -m evals.bench ingest [--chunks N]
python -m evals.bench server [--clients N] [--seconds S] [--workers 1,2]
"""

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


def start_server(workers: int, port: int, extra_env: dict[str, str] | None = None):
    import os
    import subprocess

    import httpx

    env = {**os.environ, "RATE_LIMIT_PER_MINUTE": "1000000", "RATE_LIMIT_BURST": "100000", **(extra_env or {})}
    process = subprocess.Popen(
        [sys.executable, "-m", "server", "--port", str(port), "--workers", str(workers)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 180
    ready = 0
    while time.monotonic() < deadline and ready < 3 * workers:  # every worker warmed up (readyz lands on any)
        try:
            ready += httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200
        except httpx.HTTPError:
            time.sleep(0.5)
    return process


async def load(base: str, clients: int, seconds: float, questions: list[str]) -> dict:
    import asyncio

    import httpx

    latencies: dict[str, list[float]] = {"chat": [], "search": []}
    errors = 0
    stop = time.monotonic() + seconds

    async def client(number: int, http: httpx.AsyncClient) -> None:
        nonlocal errors
        i = number
        while time.monotonic() < stop:
            question = questions[i % len(questions)]
            kind = "chat" if i % 2 == 0 else "search"
            started = time.perf_counter()
            try:
                if kind == "chat":
                    response = await http.post(f"{base}/api/chat", json={"message": question, "history": []})
                else:
                    response = await http.get(f"{base}/api/search", params={"q": question, "k": 10})
                if response.status_code != 200:
                    errors += 1
            except httpx.HTTPError:
                errors += 1
            latencies[kind].append((time.perf_counter() - started) * 1000)
            i += clients

    async def first_event(http: httpx.AsyncClient, question: str) -> float:
        started = time.perf_counter()
        async with http.stream("POST", f"{base}/api/chat/stream", json={"message": question}) as response:
            async for _ in response.aiter_bytes():
                return (time.perf_counter() - started) * 1000
        return float("nan")

    limits = httpx.Limits(max_connections=clients + 2)
    async with httpx.AsyncClient(timeout=30, limits=limits) as http:
        await asyncio.gather(*(client(n, http) for n in range(clients)))
        ttfb = [await first_event(http, q) for q in questions[:20]]
    return {"latencies": latencies, "errors": errors, "ttfb": ttfb}


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def bench_server(clients: int, seconds: float, workers: list[int], query_cache: bool = False) -> None:
    """N concurrent clients on loopback for a fixed time against /api/chat and /api/search (no LLM). The gold
    questions repeat, so the query-embedding cache is off unless asked for: every request embeds."""
    import asyncio

    from evals.gold import load_gold
    from evals.metrics import percentile

    questions = [item.question for item in load_gold("all")]
    cache = "on (repeated questions skip the model)" if query_cache else "off (every request embeds its question)"
    print(f"{clients} clients for {seconds:.0f} s, half /api/chat and half /api/search, on loopback; query cache {cache}")
    for count in workers:
        port = free_port()
        process = start_server(count, port, None if query_cache else {"QUERY_CACHE_SIZE": "0"})
        try:
            result = asyncio.run(load(f"http://127.0.0.1:{port}", clients, seconds, questions))
        finally:
            process.terminate()
            process.wait(timeout=60)
        total = sum(len(v) for v in result["latencies"].values())
        print(f"\nworkers={count}: {total / seconds:.1f} requests/s, {result['errors']} errors")
        for kind, values in result["latencies"].items():
            print(f"  {kind:<7} n={len(values):<5} p50 {percentile(values, .5):6.1f} ms  p95 {percentile(values, .95):6.1f} ms"
                  f"  p99 {percentile(values, .99):6.1f} ms")
        print(f"  stream  time to first SSE event p50 {percentile(result['ttfb'], .5):.1f} ms "
              f"p95 {percentile(result['ttfb'], .95):.1f} ms (one client)")


def main(argv: list[str] | None = None) -> int:
    offline_environment()
    parser = argparse.ArgumentParser(prog="python -m evals.bench")
    parser.add_argument("what", choices=["ingest", "server"])
    parser.add_argument("--chunks", type=int, default=10_000, help="ingest: size of the synthetic corpus")
    parser.add_argument("--clients", type=int, default=20, help="server: concurrent clients")
    parser.add_argument("--seconds", type=float, default=20, help="server: how long to load it")
    parser.add_argument("--workers", default="1,2", help="server: uvicorn worker counts to compare")
    parser.add_argument("--query-cache", action="store_true", help="server: keep the query-embedding cache on")
    args = parser.parse_args(argv)
    if args.what == "ingest":
        bench_ingest(args.chunks)
    else:
        bench_server(args.clients, args.seconds, [int(w) for w in args.workers.split(",")], args.query_cache)
    return 0


if __name__ == "__main__":
    sys.exit(main())

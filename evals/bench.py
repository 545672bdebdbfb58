"""Speed and memory figures, printed, never asserted.

python -m evals.bench ingest [--chunks N]
python -m evals.bench server [--clients N] [--rate R] [--seconds S] [--workers 1,2] [--retrievers hybrid,lexical]
python -m evals.bench scale [--chunks N] [--bulk-vectors random|model] [--seconds S]
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

import numpy as np

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
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(
        [sys.executable, "-m", "server", "--port", str(port), "--workers", str(workers)],
        env=env, stdout=subprocess.DEVNULL, stderr=log,
    )
    deadline = time.monotonic() + 180
    ready = 0
    while ready < 3 * workers:  # every worker warmed up (readyz lands on any)
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            log.seek(0)
            tail = log.read().decode(errors="replace").strip().splitlines()[-5:]
            sys.exit("the server did not start, so there is nothing to measure:\n" + "\n".join(tail))
        try:
            ready += httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200
        except httpx.HTTPError:
            time.sleep(0.5)
    return process


async def _ask(http, base: str, i: int, question: str) -> tuple[str, bool]:
    """One request, alternately /api/chat and /api/search; (which, whether it succeeded)."""
    import httpx

    kind = "chat" if i % 2 == 0 else "search"
    try:
        if kind == "chat":
            response = await http.post(f"{base}/api/chat", json={"message": question, "history": []})
        else:
            response = await http.get(f"{base}/api/search", params={"q": question, "k": 10})
        return kind, response.status_code == 200
    except httpx.HTTPError:
        return kind, False


async def closed_loop(base: str, clients: int, seconds: float, questions: list[str]) -> dict:
    """N clients, each sending its next request when the last one is answered."""
    import asyncio

    import httpx

    result = {"latencies": {"chat": [], "search": []}, "errors": 0}
    stop = time.monotonic() + seconds

    async def client(number: int, http: httpx.AsyncClient) -> None:
        i = number
        while time.monotonic() < stop:
            started = time.perf_counter()
            kind, ok = await _ask(http, base, i, questions[i % len(questions)])
            result["latencies"][kind].append((time.perf_counter() - started) * 1000)
            result["errors"] += not ok
            i += clients

    async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=clients + 2)) as http:
        await asyncio.gather(*(client(n, http) for n in range(clients)))
    return result


async def open_loop(base: str, rate: float, seconds: float, questions: list[str]) -> dict:
    """Requests arriving at a fixed rate whether or not earlier ones are answered; each latency counts from
    the moment its request was due, so a server (or load generator) that falls behind shows it."""
    import asyncio

    import httpx

    result = {"latencies": {"chat": [], "search": []}, "errors": 0}
    began = time.perf_counter()

    async def request(i: int, http: httpx.AsyncClient) -> None:
        due = began + i / rate
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        kind, ok = await _ask(http, base, i, questions[i % len(questions)])
        result["latencies"][kind].append((time.perf_counter() - due) * 1000)
        result["errors"] += not ok

    async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=500)) as http:
        await asyncio.gather(*(request(i, http) for i in range(int(rate * seconds))))
    return result


async def first_events(base: str, questions: list[str]) -> list[float]:
    """Time to the first server-sent event of a streamed answer, one client, nothing else running."""
    import httpx

    out = []
    async with httpx.AsyncClient(timeout=30) as http:
        for question in questions[:20]:
            started = time.perf_counter()
            async with http.stream("POST", f"{base}/api/chat/stream", json={"message": question}) as response:
                async for _ in response.aiter_bytes():
                    out.append((time.perf_counter() - started) * 1000)
                    break
    return out


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def bench_server(clients: int, seconds: float, workers: list[int], rate: float, retrievers: list[str],
                 query_cache: bool = False) -> None:
    """Closed loop (N clients) and open loop (a fixed arrival rate) against /api/chat and /api/search on
    loopback, per retriever and worker count, with the load generator's own CPU use (it shares the machine).
    The gold questions repeat, so the query-embedding cache is off unless asked for: every request embeds."""
    import asyncio

    from evals.gold import load_gold
    from evals.metrics import percentile

    questions = [item.question for item in load_gold("all")]
    cache = "on (repeated questions skip the model)" if query_cache else "off (every request embeds its question)"
    print(f"{seconds:.0f} s per run, half /api/chat and half /api/search, on loopback; query cache {cache}")
    print(f"{'retriever':<9} {'workers':>7} {'load':<18} {'req/s':>6} {'errors':>6} {'chat p50':>9} {'chat p95':>9} "
          f"{'search p50':>10} {'search p95':>10} {'loadgen CPU':>11}")
    p95: dict[tuple[str, int, str], float] = {}
    for retriever in retrievers:
        for count in workers:
            env = {"RETRIEVER": retriever, **({} if query_cache else {"QUERY_CACHE_SIZE": "0"})}
            port = free_port()
            process = start_server(count, port, env)
            base = f"http://127.0.0.1:{port}"
            try:
                for label, run in ((f"closed {clients} clients", closed_loop(base, clients, seconds, questions)),
                                   (f"open {rate:g} req/s", open_loop(base, rate, seconds, questions))):
                    wall, cpu = time.perf_counter(), time.process_time()
                    result = asyncio.run(run)
                    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                    chat, search = result["latencies"]["chat"], result["latencies"]["search"]
                    p95[(retriever, count, label)] = percentile(chat + search, .95)
                    print(f"{retriever:<9} {count:>7} {label:<18} {(len(chat) + len(search)) / wall:>6.1f} "
                          f"{result['errors']:>6} {percentile(chat, .5):>9.1f} {percentile(chat, .95):>9.1f} "
                          f"{percentile(search, .5):>10.1f} {percentile(search, .95):>10.1f} {cpu / wall:>8.2f} cores")
                if retriever == retrievers[0] and count == workers[0]:
                    ttfb = asyncio.run(first_events(base, questions))
                    print(f"{'':<17} stream: first SSE event p50 {percentile(ttfb, .5):.1f} ms, "
                          f"p95 {percentile(ttfb, .95):.1f} ms (one client)")
            finally:
                process.terminate()
                process.wait(timeout=60)
    if "hybrid" in retrievers and "lexical" in retrievers:
        print("\nhybrid / lexical, p95 of all requests:")
        for (retriever, count, label), value in p95.items():
            lexical = p95.get(("lexical", count, label))
            if retriever == "hybrid" and lexical:
                print(f"  workers={count} {label}: {value:.1f} / {lexical:.1f} ms = {value / lexical:.2f}x")


class RandomVectors:
    """Stands in for the model while the bulk of a scale test is indexed: random unit vectors under the real
    model's name and dimension, so that everything after (a real one-document change, the server embedding its
    questions) runs as in a deployment. Only the model's own time is left out; `bench ingest` measures it."""

    def __init__(self, real):
        self.name, self.dimension, self.word_pieces = real.name, real.dimension, real.word_pieces
        self._rng = np.random.default_rng(7)

    def embed_passages(self, texts: list[str]):
        vectors = self._rng.standard_normal((len(texts), self.dimension)).astype(np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def rss_mb(pid: int) -> float:
    """Resident memory of a process, from /proc (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def children(pid: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        except OSError:
            continue
        if int(fields.get("PPid", "0").strip()) == pid:
            found.append(int(status.parent.name))
    return found


def sequential(base: str, seconds: float, questions: list[str]) -> dict[str, list[float]]:
    """One client, one request after another: latency with nothing else running."""
    import httpx

    out: dict[str, list[float]] = {"chat": [], "search": []}
    stop, i = time.monotonic() + seconds, 0
    with httpx.Client(timeout=30) as http:
        while time.monotonic() < stop:
            question = questions[i % len(questions)]
            started = time.perf_counter()
            if i % 2 == 0:
                http.post(f"{base}/api/chat", json={"message": question}).raise_for_status()
            else:
                http.get(f"{base}/api/search", params={"q": question, "k": 10}).raise_for_status()
            out["chat" if i % 2 == 0 else "search"].append((time.perf_counter() - started) * 1000)
            i += 1
    return out


def bench_scale(chunks: int, bulk_vectors: str, seconds: float, rate: float) -> None:
    """The index at `chunks` chunks: bulk ingest, a one-document change, server start-up, one worker's
    memory, and /api/chat and /api/search latency."""
    import asyncio
    import os
    import subprocess

    import httpx

    from evals.gold import load_gold
    from evals.metrics import percentile
    from ingest.embed import Embedder
    from ingest.pipeline import Ingestion
    from ingest.store import IndexStore

    settings = get_settings()
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        corpus = work / "corpus"
        synthetic_corpus(corpus, corpus_sentences(settings.corpus_dir), chunks)
        run_settings = settings.model_copy(update={"index_dir": work / "index", "serve_chroma": False})
        real = Embedder(run_settings)
        bulk = real if bulk_vectors == "model" else RandomVectors(real)
        started = time.perf_counter()
        report = Ingestion(run_settings, embedder=bulk, progress=sys.stderr.isatty()).run([corpus])
        took = time.perf_counter() - started
        vectors = "the model's" if bulk is real else "random vectors (the model's own rate: `bench ingest`)"
        print(f"bulk ingest:        {report.chunks} chunks in {took:.0f} s = {report.chunks / took:.0f} chunks/s, "
              f"with {vectors}; peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        catalog = IndexStore(run_settings).load_catalog()
        print(f"index:              {directory_size(work / 'index') / 1e6:.0f} MB on disk, "
              f"{len(catalog.segments)} lexical segments")

        env = {**os.environ, "INDEX_DIR": str(work / "index"), "SERVE_CHROMA": "false"}
        for label, name in (("one-document change", "syntetisk-0007.txt"), ("one new document", "ny.txt")):
            target = corpus / name
            body = target.read_text(encoding="utf-8") if target.exists() else (corpus / "syntetisk-0001.txt").read_text()
            target.write_text(body + "\n\nEt nytt avsnitt om frister og tilskudd til kommunene.\n", encoding="utf-8")
            started = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "ingest", str(corpus), "--json"], env=env,
                                  capture_output=True, text=True, check=True)
            print(f"{label + ':':<20} {time.perf_counter() - started:.1f} s for `python -m ingest` (process start "
                  f"and model load included): {done.stdout.strip().splitlines()[-1]}")

        port = free_port()
        started = time.perf_counter()
        server = subprocess.Popen([sys.executable, "-m", "server", "--port", str(port), "--workers", "1"],
                                  env={**env, "RATE_LIMIT_PER_MINUTE": "1000000", "RATE_LIMIT_BURST": "100000"},
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            while True:
                try:
                    if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if server.poll() is not None or time.perf_counter() - started > 300:
                    raise RuntimeError("the server did not start")
                time.sleep(0.1)
            print(f"server start:       {time.perf_counter() - started:.1f} s to a ready /readyz (one worker)")
            questions = [item.question for item in load_gold("all")]
            alone = sequential(base, seconds, questions)
            print(f"one client:         chat p50 {percentile(alone['chat'], .5):.1f} / p95 "
                  f"{percentile(alone['chat'], .95):.1f} ms, search p50 {percentile(alone['search'], .5):.1f} / p95 "
                  f"{percentile(alone['search'], .95):.1f} ms")
            loaded = asyncio.run(open_loop(base, rate, seconds, questions))
            chat, search = loaded["latencies"]["chat"], loaded["latencies"]["search"]
            print(f"open {rate:g} req/s:     chat p50 {percentile(chat, .5):.1f} / p95 {percentile(chat, .95):.1f} ms, "
                  f"search p50 {percentile(search, .5):.1f} / p95 {percentile(search, .95):.1f} ms, "
                  f"{loaded['errors']} errors")
            workers = children(server.pid) or [server.pid]
            print("worker memory:      " + ", ".join(f"{rss_mb(pid):.0f} MB" for pid in workers) +
                  " RSS (embedded Chroma with its HNSW index inside the worker)")
        finally:
            server.terminate()
            server.wait(timeout=60)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    offline_environment()
    parser = argparse.ArgumentParser(prog="python -m evals.bench")
    parser.add_argument("what", choices=["ingest", "server", "scale"])
    parser.add_argument("--chunks", type=int, default=None,
                        help="ingest, scale: size of the synthetic corpus (10 000; scale: 100 000)")
    parser.add_argument("--bulk-vectors", choices=["random", "model"], default="random",
                        help="scale: embed the bulk with the model (slow: see `bench ingest`) or random vectors")
    parser.add_argument("--clients", type=int, default=20, help="server: concurrent clients")
    parser.add_argument("--seconds", type=float, default=20, help="server: how long to load it")
    parser.add_argument("--workers", default="1,2", help="server: uvicorn worker counts to compare")
    parser.add_argument("--rate", type=float, default=30, help="server: open-loop arrival rate (requests/s)")
    parser.add_argument("--retrievers", default="hybrid,lexical", help="server: RETRIEVER settings to compare")
    parser.add_argument("--query-cache", action="store_true", help="server: keep the query-embedding cache on")
    args = parser.parse_args(argv)
    if args.what == "ingest":
        bench_ingest(args.chunks or 10_000)
    elif args.what == "scale":
        bench_scale(args.chunks or 100_000, args.bulk_vectors, args.seconds, args.rate)
    else:
        bench_server(args.clients, args.seconds, [int(w) for w in args.workers.split(",")], args.rate,
                     args.retrievers.split(","), args.query_cache)
    return 0


if __name__ == "__main__":
    sys.exit(main())

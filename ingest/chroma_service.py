"""One process owns an index's Chroma files. Chroma's embedded mode does not support several processes on one
folder: a server's workers, or a server and an ingest, would each see a stale copy of the others' vectors. So
`python -m server` runs `chroma run` over the index's folder and records where it listens in the index; every
IndexStore on that index (each worker, `python -m ingest`, evals) then talks to it over HTTP."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

SERVICE_FILE = "chroma-server.json"
START_TIMEOUT_S = 60.0


def running(index_dir: Path) -> tuple[str, int] | None:
    """Where the index's Chroma server listens, when one runs; a record left by a dead one is removed, and a
    live process that does not answer is an error, never a reason to open its files here."""
    record = Path(index_dir) / SERVICE_FILE
    try:
        data = json.loads(record.read_text())
    except (OSError, ValueError):
        return None
    if not pid_alive(int(data.get("pid", 0))):
        record.unlink(missing_ok=True)
        return None
    if not _answers(data["host"], int(data["port"])):
        # never fall back to opening the files it owns: that is the unsupported case this module prevents
        raise RuntimeError(f"The Chroma server recorded in {record} (pid {data['pid']}, port {data['port']}) does "
                           "not answer. Stop that process, or delete the file if the pid belongs to something else.")
    return data["host"], int(data["port"])


def _answers(host: str, port: int) -> bool:
    import httpx

    try:
        return httpx.get(f"http://{host}:{port}/api/v2/heartbeat", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def start(index_dir: Path) -> subprocess.Popen:
    """`chroma run` over `index_dir/chroma` on a free loopback port; returns once it answers."""
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    chroma = Path(sys.executable).parent / "chroma"
    log = open(index_dir / "chroma-server.log", "ab")
    process = subprocess.Popen(
        [str(chroma), "run", "--path", str(index_dir / "chroma"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    _wait_until_up(process, port)
    tmp = index_dir / f".{SERVICE_FILE}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps({"host": "127.0.0.1", "port": port, "pid": process.pid}))
    os.replace(tmp, index_dir / SERVICE_FILE)
    return process


def stop(process: subprocess.Popen, index_dir: Path) -> None:
    (Path(index_dir) / SERVICE_FILE).unlink(missing_ok=True)
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()


def _wait_until_up(process: subprocess.Popen, port: int) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"chroma run exited with {process.returncode}; see chroma-server.log in the index")
        if _answers("127.0.0.1", port):
            return
        time.sleep(0.2)
    process.terminate()
    raise RuntimeError(f"chroma run did not answer within {START_TIMEOUT_S:.0f} s")


def pid_alive(pid: int) -> bool:
    """Whether a process of this host still runs."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

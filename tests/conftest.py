"""Fixtures shared by every test folder: settings on a temporary index, one real embedder per session."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from ingest.settings import Settings, offline_environment

offline_environment()
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def embedder():
    from ingest.embed import Embedder

    return Embedder(Settings())


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(index_dir=tmp_path / "index", corpus_dir=tmp_path / "corpus", data_dir=tmp_path / "data")


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture(scope="session")
def ingested_index(tmp_path_factory, embedder) -> Settings:
    """The real corpus, ingested once for every test that only reads."""
    from ingest.pipeline import Ingestion

    root = tmp_path_factory.mktemp("shared-index")
    settings = Settings(index_dir=root / "index", corpus_dir=CORPUS, data_dir=root / "data")
    Ingestion(settings, embedder=embedder, progress=False).run([CORPUS])
    return settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def subprocess_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"}
    env.update(extra)
    return env


def wait_until_up(url: str, seconds: float = 120) -> None:
    """Poll `url` until it answers 200 (a server that is still loading refuses or says 503)."""
    import httpx

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise TimeoutError(f"{url} did not come up in {seconds:.0f} s")


@contextmanager
def running_server(env: dict[str, str], log_path: Path):
    """`python -m server` on a free loopback port, ready (index and model loaded); yields its base URL."""
    port = free_port()
    with open(log_path, "w") as log:
        process = subprocess.Popen([sys.executable, "-m", "server", "--port", str(port)], cwd=ROOT, env=env,
                                   stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_until_up(f"http://127.0.0.1:{port}/readyz")
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            process.wait(timeout=30)

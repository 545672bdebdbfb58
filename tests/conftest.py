"""Fixtures shared by every test folder: settings on a temporary index, one real embedder per session."""

from __future__ import annotations

import os
import shutil
import socket
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

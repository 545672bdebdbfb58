"""Typed settings for every stage, read once from the environment (and `.env`)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

BUNDLED_MODEL = "bundled:all-MiniLM-L6-v2"
MANY_ANSWER_THREADS = 40  # answers one worker makes at once while an LLM backend answers over the network


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    # --- ingestion and index ---
    corpus_dir: Path = Path("corpus")
    index_dir: Path = Path(".data/index")
    collection: str = "kompetanseloftet"
    chroma_host: str | None = None
    chroma_port: int | None = None
    # without CHROMA_HOST, `python -m server` runs `chroma run` over the index so that its workers and an
    # ingest share one Chroma process (see ingest/chroma_service.py); false: embedded, one process only
    serve_chroma: bool = True
    max_file_mb: float = 20.0
    chunk_max_tokens: int = 180
    # chunks also fit what the embedder reads (EMBEDDING_MAX_SEQ_LENGTH of its own word-pieces, heading
    # included), so that no chunk's end is invisible to the dense side
    chunk_fit_embedder: bool = True
    # new chunks become visible in commits of at least this many (and of at least a quarter of the index, so
    # that a long ingest makes O(log n) commits, each of which reads the index's live rows once)
    commit_every_chunks: int = Field(default=2000, ge=1)
    # a deployment's own vocabulary files, added to ingest/vocabulary/ (see its README)
    vocabulary_dir: Path | None = None
    # terms of a word: stem | lemma | both (see the README's retrieval table)
    lexical_analysis: str = "both"
    # BM25 also sees each chunk's document title (see the README's retrieval table)
    lexical_title: bool = True

    # --- embeddings ---
    embedding_model: str = BUNDLED_MODEL
    # e5-style models want "query: " / "passage: "; empty means "decide from the model name"
    embedding_query_prefix: str | None = None
    embedding_passage_prefix: str | None = None
    embedding_batch_size: int = 32
    # what the embedder reads of a passage, in its own word-pieces. 256 (the bundled model's own limit): with
    # CHUNK_FIT_EMBEDDER every chunk is read whole; at 128, 58 of 103 chunks lost their end, and budgeting
    # chunks to 128 halved them and cost fact recall (dev 0.875 -> 0.845); see the README's retrieval table
    embedding_max_seq_length: int = 256
    # threads the embedding model computes with; 0 = by role: every core for `python -m ingest`, one per server
    # worker (a server embeds one short question per request, and idle threads spin: see the README's load table)
    torch_threads: int = 0
    # onnx-int8: the model exported once (into MODEL_CACHE_DIR) with int8 weights and run by onnxruntime: ~1.7x
    # faster than onnx, retrieval and answers measured as good (README); onnx: the same export in float32, the
    # torch vectors exactly; torch: sentence-transformers as is (also the fallback for a model ONNX cannot run).
    # int8 vectors differ from float32 ones, so an index records which it holds and changing needs --rebuild
    embedding_backend: Literal["onnx-int8", "onnx", "torch"] = "onnx-int8"
    model_cache_dir: Path | None = None  # default: $XDG_CACHE_HOME (or ~/.cache)/kompetanseloftet/models
    # query embeddings kept for repeated questions (per process; 0 = none)
    query_cache_size: int = Field(default=1024, ge=0)

    # --- retrieval and answering ---
    # what the assistant answers about: a question that calls it by its kind alone ("Hvem har ansvar for
    # ordningen?", "When did the scheme start?") and names no other scheme asks about this one
    subject: str = "Kompetanseløftet"
    retriever: str = "hybrid"  # lexical | dense | hybrid
    fusion: str = "weighted"  # rrf | weighted (weighted won on the dev split: MRR 0.83 vs 0.68)
    lexical_weight: float = 0.9
    # pseudo-relevance feedback: this many terms of the top passages added to the query (0 = off)
    prf_terms: int = 0
    rrf_k: int = 60
    retrieve_k: int = 12
    answer_max_sentences: int = 4
    answer_max_words: int = 100
    abstain_min_coverage: float = 0.3
    # the best passage's BM25 score as a fraction of an ideal match (see Retriever.match_strength)
    abstain_min_match: float = 0.1

    # --- optional LLM backend (any OpenAI-compatible endpoint) ---
    llm_base_url: str | None = None
    llm_model: str = "gpt-4o-mini"
    llm_api_key: str = Field(default="not-needed", repr=False)
    llm_timeout_s: float = 20.0
    llm_min_supported_sentences: int = 1

    # --- server ---
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    # answers a worker makes at once; 0 = by measurement: one when there are as many workers as cores and no
    # LLM backend (the work holds Python's lock, so threads would only take turns slower), else up to 40
    answer_threads: int = Field(default=0, ge=0)
    data_dir: Path = Path(".data")
    cors_origins: list[str] = []
    rate_limit_per_minute: int = 60
    rate_limit_burst: int = 20
    # proxies whose X-Forwarded-For is believed (comma-separated addresses or networks, "*" for any)
    forwarded_allow_ips: str = "127.0.0.1"
    log_questions: bool = False
    # stored answers and feedback are deleted after this many days, by the server itself
    retention_days: float = 365.0
    max_message_chars: int = 1000
    max_history_turns: int = 20
    max_body_bytes: int = 65536
    # a streamed answer sends a keep-alive comment this often while it is being made
    sse_keepalive_s: float = 10.0
    # how often a server looks for a new index generation (and renews its lease on the ones it reads)
    index_poll_s: float = Field(default=2.0, gt=0, le=30)
    # a generation the server stopped serving stays readable this long, for the requests still using it
    index_retire_s: float = 120.0

    @property
    def model_cache(self) -> Path:
        """Where exported models are kept: shared by every index and server on the machine (a file's name
        says which model files and which torch made it)."""
        if self.model_cache_dir:
            return self.model_cache_dir
        return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kompetanseloftet" / "models"

    def for_server(self) -> Settings:
        """These settings as a server worker uses them: the `0 = by role` choices made for serving."""
        return self.model_copy(update={"torch_threads": self.torch_threads or 1,
                                       "answer_threads": self.answer_threads or self._answer_threads_by_role()})

    def _answer_threads_by_role(self) -> int:
        """An LLM backend waits on the network: many answers at once. Answering here is CPU work: one at a time
        when the workers fill the cores, else two per core (with one worker on two cores, 3-4 threads kept chat p95
        at 134-146 ms where 40 took turns on Python's lock at 170-301 ms: README, Speed)."""
        cores = os.cpu_count() or 1
        if self.llm_base_url:
            return MANY_ANSWER_THREADS
        return 1 if self.workers >= cores else 2 * cores

    @property
    def chroma_server(self) -> tuple[str, int] | None:
        if self.chroma_host:
            return self.chroma_host, int(self.chroma_port or 8000)
        return None


def offline_environment() -> None:
    """Make every library behave offline: no hub look-ups, no telemetry."""
    for key, value in {
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_DATASETS_OFFLINE": "1",
        "ANONYMIZED_TELEMETRY": "False",
        "TOKENIZERS_PARALLELISM": "false",
        "HF_HUB_DISABLE_PROGRESS_BARS": "1",
        "TRANSFORMERS_VERBOSITY": "error",
    }.items():
        os.environ.setdefault(key, value)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()

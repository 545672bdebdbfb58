"""The embedder keeps a bounded cache of query vectors: a repeated question does not run the model again."""

from ingest.embed import Embedder
from ingest.settings import Settings


def test_a_repeated_question_reuses_its_vector_and_the_cache_is_bounded(embedder):
    first = embedder.embed_query("Hvem melder behov for kompetanseutvikling i kommunen?")
    again = embedder.embed_query("Hvem melder behov for kompetanseutvikling i kommunen?")
    assert again is first and not first.flags.writeable  # one shared, read-only vector
    assert embedder.embed_query.cache_info().maxsize == Settings().query_cache_size


def test_no_cache_when_its_size_is_zero():
    embedder = Embedder(Settings(query_cache_size=0))
    assert embedder.embed_query.cache_info().maxsize == 0


def test_the_onnx_backend_gives_the_torch_vectors_and_exports_once(tmp_path):
    import numpy as np

    texts = ["Hvem melder behov for kompetanseutvikling?", "Kompetanseløftet skal bidra til kompetanse. " * 40]
    onnx = Embedder(Settings(embedding_backend="onnx", model_cache_dir=tmp_path))
    torch = Embedder(Settings(embedding_backend="torch"))
    assert onnx.backend == "onnx" and torch.backend == "torch" and onnx.dimension == torch.dimension == 384
    cosines = np.sum(onnx.embed_passages(texts) * torch.embed_passages(texts), axis=1)
    assert np.all(cosines > 0.9999)  # the long passage too: both truncate at the same word-piece
    exported = list(tmp_path.glob("*.onnx"))
    assert len(exported) == 1
    stamp = exported[0].stat().st_mtime_ns
    again = Embedder(Settings(embedding_backend="onnx", model_cache_dir=tmp_path))
    assert again.embed_query("Hvem melder behov?").shape == (384,) and exported[0].stat().st_mtime_ns == stamp


def test_a_model_the_onnx_path_cannot_run_is_refused_with_a_reason(tmp_path):
    import pytest

    from ingest.onnx_encoder import OnnxEncoder, Unsupported

    with pytest.raises(Unsupported, match="tokenizer.json"):
        OnnxEncoder.load_or_export(tmp_path, tmp_path / "cache", 128, 1, transformer=lambda: None)


def test_int8_weights_are_quantised_once_and_recorded_as_another_model(tmp_path):
    import numpy as np

    texts = ["Hvem melder behov for kompetanseutvikling?", "Statped gir råd til PP-tjenesten om spesialpedagogikk."]
    int8 = Embedder(Settings(embedding_backend="onnx-int8", model_cache_dir=tmp_path))
    float32 = Embedder(Settings(embedding_backend="onnx", model_cache_dir=tmp_path))
    # an index of float32 vectors refuses int8 queries (and the other way round): the names differ
    assert int8.name == "all-MiniLM-L6-v2 int8" and float32.name == "all-MiniLM-L6-v2"
    cosines = np.sum(int8.embed_passages(texts) * float32.embed_passages(texts), axis=1)
    assert np.all(cosines > 0.85)  # close, not equal
    quantised = list(tmp_path.glob("*-int8.onnx"))
    assert len(quantised) == 1 and not list(tmp_path.glob(".*"))  # written whole, no partial file left
    stamp = quantised[0].stat().st_mtime_ns
    Embedder(Settings(embedding_backend="onnx-int8", model_cache_dir=tmp_path)).embed_query("Hvem melder behov?")
    assert quantised[0].stat().st_mtime_ns == stamp


def test_a_server_embeds_on_one_thread_and_answers_one_at_a_time_when_its_workers_fill_the_cores():
    import os

    cores = os.cpu_count() or 1
    assert Settings().for_server().torch_threads == 1 and Settings(torch_threads=3).for_server().torch_threads == 3
    assert Settings(workers=cores).for_server().answer_threads == 1
    # an LLM backend waits on the network: many answers at once
    assert Settings(workers=cores, llm_base_url="http://127.0.0.1:9/v1").for_server().answer_threads > 1
    assert Settings(workers=cores, answer_threads=8).for_server().answer_threads == 8
    # fewer workers than cores: a few answers at once, two per core (forty took turns on Python's lock)
    assert Settings(workers=max(1, cores - 1)).for_server().answer_threads == (2 * cores if cores > 1 else 1)


def test_two_processes_starting_together_on_an_empty_cache_both_get_the_int8_model(tmp_path):
    """Two evals started at once: neither may fall back to torch because the other's quantiser deleted its file."""
    import subprocess
    import sys

    script = (
        "from ingest.embed import Embedder; from ingest.settings import Settings; import sys;"
        f"e = Embedder(Settings(embedding_backend='onnx-int8', model_cache_dir={str(tmp_path)!r}));"
        "e.embed_query('Hvem melder behov?'); print(e.backend, e.name)"
    )
    starts = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True) for _ in range(2)]
    results = [process.communicate(timeout=300) for process in starts]
    for (out, err), process in zip(results, starts):
        assert process.returncode == 0, err
        assert out.strip() == "onnx all-MiniLM-L6-v2 int8", err
        assert "using torch" not in err
    assert len(list(tmp_path.glob("*-int8.onnx"))) == 1 and not list(tmp_path.glob(".*"))


def test_a_passage_gets_the_same_int8_vector_whatever_passages_it_is_embedded_with(embedder):
    # int8 activations are quantised over the whole batch: embedded beside other passages, a passage's vector moved
    # (cosine 0.98), so an index built page by page differed from one built at once
    import numpy as np

    passage = "Statped gir råd til PP-tjenesten om spesialpedagogikk og inkluderende praksis."
    others = ["Kort.", "Kompetanseløftet skal bidra til at barnehager og skoler har kompetanse tett på barna. " * 6]
    alone = embedder.embed_passages([passage])[0]
    together = embedder.embed_passages([passage, *others])[0]
    assert embedder.name.endswith("int8") and np.array_equal(alone, together)

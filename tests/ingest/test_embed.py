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

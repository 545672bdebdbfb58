"""The segmented BM25: the same scores as one bm25s index over the live chunks, however the segments came about."""

import random

import bm25s
import numpy as np
import pytest

from ingest.language import Analyzer
from ingest.lexical import MERGE_FACTOR, LexicalIndex, Row, Segment, merge_plan

WORDS = ("tilskudd frist behov barnehage skole kommune statsforvalter samarbeid kompetanse tiltak "
         "universitet plan vedtak midler rapport elev lærer").split()


def rows(n: int, seed: int, prefix: str) -> list[Row]:
    rng = random.Random(seed)
    return [Row(f"{prefix}{i}", f"doc-{prefix}{i // 3}", "nb", rng.choices(WORDS, k=rng.randint(1, 12)))
            for i in range(n)]


def reference_scores(live_rows: list[Row], term: str) -> np.ndarray:
    """What bm25s (lucene variant, its defaults) gives over exactly these rows."""
    index = bm25s.BM25()
    index.index([r.terms for r in live_rows], show_progress=False)
    if term not in index.vocab_dict:
        return np.zeros(len(live_rows), dtype=np.float32)
    return np.asarray(index.get_scores([term]), dtype=np.float32)


def scores_of_live(index: LexicalIndex, term: str, live_ids: list[str]) -> np.ndarray:
    scores = index.scores([term])
    row_of = {c: r for r, c in enumerate(index.chunk_ids)}
    return np.array([scores[row_of[c]] for c in live_ids], dtype=np.float32)


@pytest.fixture
def analyzer():
    return Analyzer()


def test_one_segment_scores_as_bm25s(analyzer):
    all_rows = rows(60, seed=1, prefix="a")
    index = LexicalIndex([Segment.build("s1", all_rows, ())], None, analyzer)
    for term in WORDS[:6]:
        np.testing.assert_allclose(scores_of_live(index, term, [r.chunk_id for r in all_rows]),
                                   reference_scores(all_rows, term), rtol=1e-5)


def test_segments_with_dead_rows_score_as_one_index_of_the_live_rows(analyzer):
    first, second, third = rows(40, 2, "a"), rows(25, 3, "b"), rows(10, 4, "c")
    segments = [Segment.build("s1", first, ()), Segment.build("s2", second, ()), Segment.build("s3", third, ())]
    dead = {r.chunk_id for r in first[5:20]} | {r.chunk_id for r in third[:4]}
    live_rows = [r for r in first + second + third if r.chunk_id not in dead]
    live = {r.chunk_id for r in live_rows}
    index = LexicalIndex(segments, live, analyzer)
    assert index.n == len(live_rows)
    for term in WORDS:
        np.testing.assert_allclose(scores_of_live(index, term, [r.chunk_id for r in live_rows]),
                                   reference_scores(live_rows, term), rtol=1e-5)
        assert not index.scores([term])[~index.live].any()  # a dead row never scores


def test_a_merge_drops_dead_rows_and_changes_no_score(analyzer):
    first, second = rows(30, 5, "a"), rows(30, 6, "b")
    segments = [Segment.build("s1", first, {"kommune"}), Segment.build("s2", second, {"skole"})]
    live = {r.chunk_id for r in first[10:] + second[:20]}
    merged = Segment.merge("m", segments, live)
    assert merged.chunk_ids == [r.chunk_id for r in first[10:] + second[:20]]
    assert merged.known_words == {"kommune", "skole"}
    before, after = LexicalIndex(segments, live, analyzer), LexicalIndex([merged], live, analyzer)
    for term in WORDS:
        np.testing.assert_allclose(scores_of_live(after, term, sorted(live)), scores_of_live(before, term, sorted(live)),
                                   rtol=1e-6)


def test_the_merge_plan_keeps_segments_few(analyzer):
    small = [Segment.build(f"s{i}", rows(3, i, f"x{i}-"), ()) for i in range(MERGE_FACTOR)]
    live = {c for s in small for c in s.chunk_ids}
    assert merge_plan(small, live) == [small]  # MERGE_FACTOR of one size: one merge
    assert merge_plan(small[:-1], live) == []
    mostly_dead = Segment.build("d", rows(10, 99, "d"), ())
    assert merge_plan([mostly_dead], {mostly_dead.chunk_ids[0]}) == [[mostly_dead]]


def test_a_saved_segment_loads_the_same(tmp_path, analyzer):
    segment = Segment.build("s1", rows(20, 7, "a"), {"tilskudd"})
    segment.save(tmp_path / "s1")
    loaded = Segment.load(tmp_path / "s1")
    assert loaded.chunk_ids == segment.chunk_ids and loaded.known_words == segment.known_words
    np.testing.assert_array_equal(LexicalIndex([loaded], None, analyzer).scores(["frist"]),
                                  LexicalIndex([segment], None, analyzer).scores(["frist"]))
    assert not list(tmp_path.glob(".*"))  # no temporary folder left behind

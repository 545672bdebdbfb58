import json
import os
import signal
import subprocess
import sys
import time

import pytest

from ingest.language import stem
from ingest.pipeline import Ingestion
from ingest.settings import Settings
from ingest.store import IndexStore, ModelMismatch
from tests.conftest import ROOT, free_port, subprocess_env, wait_until_up
from tests.ingest.pdfs import write_pdf


def _our_files(settings):
    files = settings.index_dir.rglob("*")
    return {p: p.stat().st_mtime_ns for p in files if p.is_file() and "chroma" not in p.parts and p.suffix != ".lock"}


def run(settings, embedder, paths):
    return Ingestion(settings, embedder=embedder, progress=False).run(paths)


def chroma_ids(settings):
    return set(IndexStore(settings).collection().get(include=[])["ids"])


def visible_ids(settings):
    return {c.id for c in IndexStore(settings).load_catalog(chunks=True).chunks}


def test_first_run_adds_and_a_rerun_writes_nothing(settings, embedder, corpus_copy):
    first = run(settings, embedder, [corpus_copy])
    assert first.added == first.chunks > 30 and not first.skipped
    ours_before = _our_files(settings)
    ids_before = chroma_ids(settings)
    second = run(settings, embedder, [corpus_copy])
    assert (second.added, second.updated, second.removed, second.unchanged) == (0, 0, 0, first.chunks)
    assert _our_files(settings) == ours_before  # (Chroma rewrites its own files on every open)
    assert chroma_ids(settings) == ids_before
    assert IndexStore(settings).load_catalog().generation == 1
    assert chroma_ids(settings) == visible_ids(settings)


def test_a_changed_document_replaces_exactly_its_chunks_and_a_deleted_one_disappears(settings, embedder, corpus_copy):
    run(settings, embedder, [corpus_copy])
    catalog = IndexStore(settings).load_catalog(chunks=True)
    oslomet_before = {c.id for c in catalog.chunks if c.document_id == "kompetanseloftet-partner-oslomet"}
    others_before = {c.id for c in catalog.chunks} - oslomet_before
    evaluation = {c.id for c in catalog.chunks if c.document_id == "evaluering-sluttrapport-sammendrag"}

    path = corpus_copy / "kompetanseloftet-om-ordningen.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\n\nNy frist for behovsmelding er 1. mars.\n", encoding="utf-8")
    (corpus_copy / "evaluering-sluttrapport-sammendrag.txt").unlink()
    report = run(settings, embedder, [corpus_copy])

    catalog = IndexStore(settings).load_catalog(chunks=True)
    assert report.updated > 0 and report.removed == len(evaluation) and report.added == 0
    assert "evaluering-sluttrapport-sammendrag" not in catalog.documents
    assert oslomet_before <= visible_ids(settings)  # the untouched document kept its chunks
    changed = [c for c in catalog.chunks if c.document_id == "kompetanseloftet-om-ordningen"]
    assert any("Ny frist for behovsmelding" in c.text for c in changed)
    assert not (others_before - oslomet_before - evaluation) & visible_ids(settings)
    # the replaced vectors stay while the previous generation is kept for readers, and go with it
    assert visible_ids(settings) <= chroma_ids(settings) <= visible_ids(settings) | others_before | oslomet_before
    (corpus_copy / "kompetanseloftet-partner-oslomet.txt").unlink()
    run(settings, embedder, [corpus_copy])
    (corpus_copy / "kompetanseloftet-om-ordningen.txt").unlink()
    run(settings, embedder, [corpus_copy])
    # two generations on, only the previous one's (the changed document's new chunks) remain beside the visible
    assert chroma_ids(settings) == visible_ids(settings) | {c.id for c in changed}


def test_a_changed_document_embeds_only_the_chunks_whose_text_changed(settings, embedder, corpus_copy):
    first = run(settings, embedder, [corpus_copy])
    before = IndexStore(settings).collection().get(include=["embeddings", "documents"])
    vector_of = {text: vector for text, vector in zip(before["documents"], before["embeddings"])}
    path = corpus_copy / "kompetanseloftet-om-ordningen.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\n\nNy frist for behovsmelding er 1. mars.\n", encoding="utf-8")
    encoded: list[str] = []
    original = embedder.embed_passages

    def counting(texts):
        encoded.extend(texts)
        return original(texts)

    embedder.embed_passages = counting
    try:
        report = run(settings, embedder, [corpus_copy])
    finally:
        embedder.embed_passages = original
    # the added paragraph changes the last chunk (or adds one); the chunks before it keep their vectors
    assert report.updated > 1 and report.reused >= report.updated - 2 and len(encoded) == report.updated - report.reused
    assert all("Ny frist for behovsmelding" in text or text not in vector_of for text in encoded)
    store = IndexStore(settings)
    catalog = store.load_catalog(chunks=True)
    changed = {c.id: c.text for c in catalog.chunks if c.document_id == "kompetanseloftet-om-ordningen"}
    now = store.collection().get(ids=list(changed), include=["embeddings", "documents"])
    kept = [(vector, vector_of[text]) for text, vector in zip(now["documents"], now["embeddings"]) if text in vector_of]
    assert len(kept) == report.reused and max(float(abs(a - b).max()) for a, b in kept) < 1e-6  # as stored
    assert first.chunks == report.chunks or first.chunks + 1 == report.chunks
    assert json.loads(report.to_json())["reused"] == report.reused


def test_bad_inputs_are_skipped_with_reasons_and_the_rest_is_ingested(settings, embedder, corpus_copy):
    (corpus_copy / "tom.txt").write_bytes(b"")
    (corpus_copy / "skadet.pdf").write_bytes(b"%PDF-1.7\n%broken beyond repair")
    write_pdf(corpus_copy / "låst.pdf", [[("p", "Hemmelig innhold om tilskudd.")]], password="x")
    (corpus_copy / "bilde.md").write_bytes(bytes(range(256)) * 4)
    (corpus_copy / "regneark.xlsx").write_bytes(b"PK\x03\x04")
    (corpus_copy / "stor.txt").write_text("Kompetanse. " * 200_000, encoding="utf-8")
    write_pdf(corpus_copy / "rundskriv.pdf", [[("h", "Rundskriv"), ("p", "Statsforvalteren fordeler midlene.")]])
    settings = settings.model_copy(update={"max_file_mb": 1.0})
    report = run(settings, embedder, [corpus_copy])
    reasons = {os.path.basename(s["path"]): s["reason"] for s in report.skipped}
    assert set(reasons) == {"tom.txt", "skadet.pdf", "låst.pdf", "bilde.md", "regneark.xlsx", "stor.txt"}
    assert "empty" in reasons["tom.txt"] and "corrupt PDF" in reasons["skadet.pdf"]
    assert "encrypted" in reasons["låst.pdf"] and "binary" in reasons["bilde.md"]
    assert "unsupported" in reasons["regneark.xlsx"] and "limit" in reasons["stor.txt"]
    documents = IndexStore(settings).load_catalog().documents
    assert set(documents) == {
        "evaluering-sluttrapport-sammendrag", "kompetanseloftet-om-ordningen", "kompetanseloftet-partner-oslomet",
        "rundskriv",
    }
    assert documents["rundskriv"].meta.title == "Rundskriv" and documents["rundskriv"].pages[0].number == 1


def test_a_document_that_turns_corrupt_keeps_its_last_good_version(settings, embedder, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    pdf = write_pdf(folder / "rundskriv.pdf", [[("h", "Rundskriv"), ("p", "Statsforvalteren fordeler midlene.")]])
    run(settings, embedder, [folder])
    pdf.write_bytes(b"%PDF-1.7 truncated")
    report = run(settings, embedder, [folder])
    assert report.skipped and report.removed == 0
    assert "rundskriv" in IndexStore(settings).load_catalog().documents


def test_a_changed_embedding_model_is_detected_with_a_clear_message(settings, embedder, corpus_copy):
    run(settings, embedder, [corpus_copy])
    other = settings.model_copy(update={"embedding_model": "/models/multilingual-e5-small"})
    from ingest.embed import Embedder

    with pytest.raises(ModelMismatch, match="all-MiniLM-L6-v2.*multilingual-e5-small.*--rebuild"):
        Ingestion(other, embedder=Embedder(other), progress=False).run([corpus_copy])
    assert IndexStore(settings).load_catalog().model == embedder.name  # untouched


def test_switching_between_int8_and_float32_weights_needs_a_rebuild(settings, embedder, corpus_copy):
    from ingest.embed import Embedder

    run(settings, embedder, [corpus_copy])
    float32 = settings.model_copy(update={"embedding_backend": "onnx"})
    with pytest.raises(ModelMismatch, match="all-MiniLM-L6-v2 int8.*EMBEDDING_BACKEND"):
        Ingestion(float32, embedder=Embedder(float32), progress=False).run([corpus_copy])


def test_the_command_prints_a_json_summary_as_its_last_line(tmp_path, corpus_copy):
    (corpus_copy / "tom.txt").write_bytes(b"")
    result = subprocess.run(
        [sys.executable, "-m", "ingest", str(corpus_copy), "--index-dir", str(tmp_path / "idx"), "--json"],
        capture_output=True, text=True, cwd=ROOT, env=subprocess_env(), timeout=300,
    )
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["added"] == summary["chunks"] > 0
    assert summary["skipped"] == [{"path": str(corpus_copy / "tom.txt"), "reason": "empty file"}]


def _big_corpus(folder, documents=16, paragraphs=12):
    folder.mkdir()
    for d in range(documents):
        text = "\n\n".join(
            f"Avsnitt {p} i dokument {d}: Kommunen {d} melder behov for kompetanse nummer {p} til statsforvalteren."
            for p in range(paragraphs)
        )
        (folder / f"dokument-{d:02d}.txt").write_text(f"Dokument {d}\n\n{text}\n", encoding="utf-8")


def test_a_kill_9_mid_ingest_shows_no_half_document_and_the_next_run_repairs(tmp_path, embedder):
    folder = tmp_path / "many"
    _big_corpus(folder)
    index = tmp_path / "idx"
    env = subprocess_env(INDEX_DIR=str(index), CHUNK_MAX_TOKENS="24", COMMIT_EVERY_CHUNKS="1")
    process = subprocess.Popen([sys.executable, "-m", "ingest", str(folder)], cwd=ROOT, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while not (index / "catalog" / "current").exists() and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()

    settings = Settings(index_dir=index, chunk_max_tokens=24)
    catalog = IndexStore(settings).load_catalog(chunks=True)
    assert catalog is not None and 0 < len(catalog.documents) < 16, "the kill should land between two commits"
    for record in catalog.documents.values():  # every visible document is whole
        assert record.chunk_ids == [c.id for c in catalog.chunks if c.document_id == record.id]
    assert visible_ids(settings) <= chroma_ids(settings)

    report = run(settings, embedder, [folder])
    catalog = IndexStore(settings).load_catalog(chunks=True)
    assert len(catalog.documents) == 16 and report.chunks == len(catalog.chunks)
    assert chroma_ids(settings) == visible_ids(settings)  # what the crash left behind is gone


@pytest.mark.slow
def test_ingest_into_a_real_chroma_server(tmp_path, embedder, corpus_copy):
    port = free_port()
    chroma = ROOT / ".venv" / "bin" / "chroma"
    server = subprocess.Popen([str(chroma), "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1",
                               "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env=subprocess_env())
    try:
        wait_until_up(f"http://127.0.0.1:{port}/api/v2/heartbeat", 60)
        settings = Settings(index_dir=tmp_path / "idx", chroma_host="127.0.0.1", chroma_port=port)
        report = run(settings, embedder, [corpus_copy])
        assert report.added > 0 and not (tmp_path / "idx" / "chroma").exists()
        assert chroma_ids(settings) == visible_ids(settings)
        again = run(settings, embedder, [corpus_copy])
        assert again.unchanged == report.added and again.added == 0
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_a_moved_corpus_folder_is_the_same_corpus_and_still_tracks_deletions(tmp_path, embedder, corpus_copy):
    settings = Settings(index_dir=tmp_path / "idx")
    first = run(settings, embedder, [corpus_copy])
    moved = tmp_path / "elsewhere" / corpus_copy.name
    moved.parent.mkdir()
    corpus_copy.rename(moved)
    gone = next(moved.glob("*.txt"))
    gone.unlink()
    again = run(settings, embedder, [moved])
    assert again.added == 0 and again.removed > 0 and again.unchanged == first.added - again.removed
    catalog = IndexStore(settings).load_catalog()
    assert all(not record.path.startswith("/") and record.root == moved.name for record in catalog.documents.values())
    assert gone.stem not in catalog.documents


def test_a_second_ingest_on_the_same_index_is_refused_with_a_clear_message(tmp_path, corpus_copy):
    settings = Settings(index_dir=tmp_path / "idx")
    with IndexStore(settings).lock():  # an ingest is writing
        result = subprocess.run(
            [sys.executable, "-m", "ingest", str(corpus_copy), "--index-dir", str(settings.index_dir)],
            capture_output=True, text=True, cwd=ROOT, env=subprocess_env(), timeout=300,
        )
    assert result.returncode == 1
    assert "Another ingest is writing" in result.stderr and "wait for it to finish" in result.stderr


def test_one_document_per_run_keeps_the_lexical_index_in_few_segments_that_score_as_one(settings, embedder, tmp_path):
    from ingest.lexical import MERGE_FACTOR, LexicalIndex, Segment

    folder = tmp_path / "one-by-one"
    _big_corpus(tmp_path / "source", documents=2 * MERGE_FACTOR + 2, paragraphs=3)
    folder.mkdir()
    for path in sorted((tmp_path / "source").iterdir()):
        path.rename(folder / path.name)
        run(settings, embedder, [folder])
    (folder / "dokument-03.txt").unlink()
    (folder / "dokument-04.txt").write_text("Dokument 4\n\nNy tekst om frister for tilskudd.\n", encoding="utf-8")
    run(settings, embedder, [folder])

    store = IndexStore(settings)
    catalog = store.load_catalog(chunks=True)
    assert len(catalog.segments) < MERGE_FACTOR  # 2 × MERGE_FACTOR + 3 commits, merged as they came
    index = store.open_lexical(catalog)
    assert {c for c, live in zip(index.chunk_ids, index.live) if live} == {c.id for c in catalog.chunks}
    single = LexicalIndex([Segment.merge("all", index.segments, {c.id for c in catalog.chunks})], None, index.analyzer)
    for term in ("kommun", "frist", "behov", "dokument"):
        ours = dict(zip(index.chunk_ids, index.scores([term])))
        theirs = dict(zip(single.chunk_ids, single.scores([term])))
        assert all(abs(ours[c] - theirs[c]) < 1e-5 for c in theirs)
        assert any(theirs.values()) or term == "frist"


def test_a_crash_after_the_catalog_rows_but_before_the_swap_is_rolled_back(settings, embedder, corpus_copy, monkeypatch):
    run(settings, embedder, [corpus_copy])
    before = visible_ids(settings)
    path = corpus_copy / "kompetanseloftet-om-ordningen.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\n\nEt nytt avsnitt om søknadsfrist.\n", encoding="utf-8")

    def crash(self, catalog):
        raise RuntimeError("power cut")

    with monkeypatch.context() as patch:
        patch.setattr(IndexStore, "_publish", crash)
        with pytest.raises(RuntimeError, match="power cut"):
            run(settings, embedder, [corpus_copy])
    assert visible_ids(settings) == before  # readers still see generation 1 whole

    report = run(settings, embedder, [corpus_copy])
    assert report.updated > 0
    store = IndexStore(settings)
    assert store.load_catalog().generation == 2
    rows = store._query("SELECT COUNT(*) FROM chunks WHERE born > 2")[0][0]
    assert rows == 0 and any("søknadsfrist" in c.text for c in store.load_catalog(chunks=True).chunks)


@pytest.mark.parametrize("text, meta, language", [
    ("Tilskot\n\nKommunane melder behov for kompetanseutvikling til statsforvaltaren. Midlane skal nyttast til "
     "kollektive tiltak i barnehagar og skular.", None, "nn"),
    ("Funding\n\nMunicipalities report their needs for competence development to the county governor. The funds "
     "are used for collective measures in kindergartens and schools.", None, "en"),
    ("Tilskudd\n\nKommunene melder behov for kompetanseutvikling til statsforvalteren. Midlene skal brukes til "
     "kollektive tiltak i barnehager og skoler.", None, "nb"),
    # what the metadata says wins, even against the text
    ("Funding\n\nMunicipalities report their needs to the county governor.", {"language": "nb"}, "nb"),
])
def test_a_document_whose_metadata_names_no_language_is_read_in_the_language_it_is_written_in(
        tmp_path, text, meta, language):
    from ingest.pipeline import prepare

    path = tmp_path / "side.txt"
    path.write_text(text, encoding="utf-8")
    if meta is not None:
        (tmp_path / "side.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    document, _ = prepare(path, tmp_path, Settings(index_dir=tmp_path / "index"), "v1")
    assert document.meta.language == language


@pytest.mark.parametrize("text, meta, outdated", [
    ("Kompetansemidler\n\nDette innholdet er mer enn ett år gammelt. Informasjonen kan derfor være utdatert.\n\n"
     "Publisert 10.04.2018\n\nSøknadsfrist er 4. mai 2018.", None, True),
    ("Kompetansemidler\n\nSøknadsfrist er 4. mai 2018.", None, False),
    # an operator may mark an archived page so in its metadata
    ("Kompetansemidler\n\nSøknadsfrist er 4. mai 2018.", {"outdated": True}, True),
])
def test_a_document_is_outdated_when_it_says_so_or_its_metadata_does(tmp_path, text, meta, outdated):
    from ingest.pipeline import prepare

    path = tmp_path / "side.txt"
    path.write_text(text, encoding="utf-8")
    if meta is not None:
        (tmp_path / "side.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    document, _ = prepare(path, tmp_path, Settings(index_dir=tmp_path / "index"), "v1")
    assert document.meta.outdated is outdated


def ingest_one_after_the_other(settings, embedder, tmp_path, pages: dict[str, str]):
    """Each page written into a folder of its own and ingested before the next is; the folder."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
        run(settings, embedder, [folder])
    return folder


def documents_with(settings, term: str) -> set[str]:
    """The documents whose passages the lexical index finds by a term."""
    store = IndexStore(settings)
    index = store.open_lexical(store.load_catalog())
    return {d for d, score in zip(index.document_ids, index.scores([term])) if score > 0}


def test_documents_ingested_one_at_a_time_are_analysed_as_if_ingested_together(settings, embedder, tmp_path):
    # "vekstplan" splits into "vekst" and "plan" once the corpus knows both words: a page that brings one later
    # re-analyses the earlier page's compounds, so what a search finds does not depend on the order pages came in
    folder = ingest_one_after_the_other(settings, embedder, tmp_path, {
        "planer.txt": "Planer\n\nKommunen lager en vekstplan hvert år.\n",
        "vekst.txt": "Vekst\n\nVekst i kommunen er viktig.\n"})
    together = settings.model_copy(update={"index_dir": tmp_path / "together"})
    run(together, embedder, [folder])
    assert documents_with(together, "vekst") == {"planer", "vekst"}
    assert documents_with(settings, "vekst") == documents_with(together, "vekst")


def test_a_compound_left_open_by_its_hyphen_is_completed_by_a_word_a_later_page_brings(settings, embedder, tmp_path):
    # "fag- og yrkesopplæringen" says "fagopplæringen" once the corpus writes that word, whichever page brings it
    ingest_one_after_the_other(settings, embedder, tmp_path, {
        "forum.txt": "Forum\n\nFag- og yrkesopplæringen inngår i ordningen.\n",
        "lokalt.txt": "Lokalt\n\nFagopplæringen er en del av opplæringen.\n"})
    assert documents_with(settings, stem("fagopplæringen")) == {"forum", "lokalt"}

"""A running server follows the index: ingest adds, changes and deletes a document and then rebuilds
everything, while a client asks without pause. Each change is answered within the pick-up time and not one
request fails."""

import gc
import json
import shutil
import threading
import time
import weakref

import httpx
import pytest
from fastapi.testclient import TestClient

from assistant.pipeline import Assistant, freeze_what_is_loaded

from ingest import chroma_service
from ingest.pipeline import Ingestion
from ingest.settings import Settings
from ingest.store import IndexStore
from server.app import create_app
from server.live import LiveIndex
from tests.conftest import CORPUS, running_server, subprocess_env

pytestmark = pytest.mark.slow
PICK_UP_S = 30  # poll 0.5 s + loading the new generation, with room for a slow machine
TRANSPORT_FAILED = 599  # the status an Asker records for a request the server dropped
NEWS = "Nytt rundskriv om {word}\n\n{Word} er en ny modell for veiledning i barnehager og skoler. Søknadsfristen er 15. mai.\n"


class Asker(threading.Thread):
    """Asks, searches and opens cited documents in a loop, keeping every status code."""

    def __init__(self, base: str):
        super().__init__(daemon=True)
        self.base, self.statuses, self.stop = base, [], threading.Event()

    def run(self) -> None:
        with httpx.Client(base_url=self.base, timeout=30) as client:
            while not self.stop.is_set():
                try:
                    chat = client.post("/api/chat", json={"message": "Hvem kan delta i Kompetanseløftet?"})
                    search = client.get("/api/search", params={"q": "samarbeidsforum"})
                    self.statuses += [chat.status_code, search.status_code]
                    for citation in chat.json().get("citations", [])[:1] if chat.status_code == 200 else []:
                        self.statuses.append(client.get(citation["link"].split("#")[0]).status_code)
                except httpx.TransportError:
                    self.statuses.append(TRANSPORT_FAILED)  # a request that got no answer failed too
                    return


def found(base: str, word: str, tries: int = 6) -> bool:
    """Whether `word` is found by every one of a few searches (with two workers, each must have it)."""
    return all(bool(httpx.get(f"{base}/api/search", params={"q": word}, timeout=30).json()) for _ in range(tries))


def answered_from(base: str, question: str, document: str, tries: int = 6) -> bool:
    """Whether every one of a few answers cites `document` first (with two workers, each must have reloaded: a
    search that found it may have been served by the one that did)."""
    for _ in range(tries):
        reply = httpx.post(f"{base}/api/chat", json={"message": question}, timeout=30).json()
        if reply["abstained"] or reply["citations"][0]["document_id"] != document:
            return False
    return True


def absent(base: str, word: str, tries: int = 6) -> bool:
    return not any(httpx.get(f"{base}/api/search", params={"q": word}, timeout=30).json() for _ in range(tries))


def wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + PICK_UP_S
    while not condition():
        assert time.monotonic() < deadline, f"the server did not pick up {what} within {PICK_UP_S} s"
        time.sleep(0.25)


@pytest.fixture(params=[1, 2], ids=["one-worker", "two-workers"])
def live(request, tmp_path, embedder):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    Ingestion(settings, embedder=embedder, progress=False).run([corpus])
    env = subprocess_env(INDEX_DIR=str(settings.index_dir), DATA_DIR=str(settings.data_dir), INDEX_POLL_S="0.5",
                         WORKERS=str(request.param), TORCH_THREADS="1", RATE_LIMIT_BURST="100000",
                         RATE_LIMIT_PER_MINUTE="1000000")
    with running_server(env, tmp_path / "server.log") as base:
        assert chroma_service.running(settings.index_dir)  # the server's workers and this ingest share it
        chroma_pid = json.loads((settings.index_dir / chroma_service.SERVICE_FILE).read_text())["pid"]
        yield base, corpus, settings
    # a server stopped as a service manager stops it (SIGTERM) takes its Chroma server with it
    assert not chroma_service.pid_alive(chroma_pid) and not chroma_service.running(settings.index_dir)


def test_adds_changes_deletes_and_a_rebuild_reach_a_running_server_with_no_failed_request(live, embedder):
    base, corpus, settings = live
    asker = Asker(base)
    asker.start()
    ingest = Ingestion(settings, embedder=embedder, progress=False)
    generation = httpx.get(f"{base}/readyz").json()["generation"]

    (corpus / "nyhet.txt").write_text(NEWS.format(word="fjellvannsmodellen", Word="Fjellvannsmodellen"), encoding="utf-8")
    assert ingest.run([corpus]).added > 0
    wait_for(lambda: found(base, "fjellvannsmodellen"), "an added document")
    # with two workers, the one that answers may not be the one that found it: each must report the new generation
    wait_for(lambda: all(httpx.get(f"{base}/readyz").json()["generation"] > generation for _ in range(6)),
             "the new generation in readyz")
    wait_for(lambda: answered_from(base, "Hva er fjellvannsmodellen?", "nyhet"), "an added document in answers")

    (corpus / "nyhet.txt").write_text(NEWS.format(word="skogsbrynsmodellen", Word="Skogsbrynsmodellen"), encoding="utf-8")
    Ingestion(settings, embedder=embedder, progress=False).run([corpus])
    wait_for(lambda: found(base, "skogsbrynsmodellen") and absent(base, "fjellvannsmodellen"), "a changed document")

    (corpus / "nyhet.txt").unlink()
    Ingestion(settings, embedder=embedder, progress=False).run([corpus])
    wait_for(lambda: absent(base, "skogsbrynsmodellen"), "a deleted document")
    assert "nyhet" not in {d["id"] for d in httpx.get(f"{base}/api/documents").json()}

    before = httpx.get(f"{base}/readyz").json()
    Ingestion(settings, embedder=embedder, progress=False).run([corpus], rebuild=True)
    wait_for(lambda: all(httpx.get(f"{base}/readyz").json()["generation_name"] != before["generation_name"]
                         for _ in range(6)), "a rebuild")
    assert found(base, "samarbeidsforum") and httpx.get(f"{base}/readyz").json()["documents"] == before["documents"]

    asker.stop.set()
    asker.join(timeout=60)
    assert len(asker.statuses) > 20 and {s for s in asker.statuses if s >= 500} == set(), sorted(set(asker.statuses))


def test_a_generation_a_reader_holds_keeps_its_texts_and_collection_until_released(tmp_path, embedder):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(index_dir=tmp_path / "index")
    Ingestion(settings, embedder=embedder, progress=False).run([corpus])
    store = IndexStore(settings)
    held = store.current_generation()
    texts = {r.text_hash for r in store.load_generation(held).documents.values()}
    store.lease("reader-1", [held])

    for round_ in range(3):  # three new generations, with every document's text changed each time
        for path in corpus.glob("*.txt"):
            path.write_text(path.read_text(encoding="utf-8") + f"\nTillegg {round_}.\n", encoding="utf-8")
        Ingestion(settings, embedder=embedder, progress=False).run([corpus], rebuild=round_ == 2)
    assert all(store.text_path(t).exists() for t in texts)
    assert store.load_generation(held).documents  # its catalog is still there
    assert "kompetanseloftet" in store._collection_names()  # the collection from before the rebuild

    store.release("reader-1")
    next(corpus.glob("*.txt")).write_text("Et nytt dokument om samarbeidsforum.\n", encoding="utf-8")
    Ingestion(settings, embedder=embedder, progress=False).run([corpus])  # the generation before the rebuild ages out
    assert not any(store.text_path(t).exists() for t in texts)
    assert "kompetanseloftet" not in store._collection_names()


def walked_by_a_full_collection(thing) -> bool:
    return any(o is thing for o in gc.get_objects())


def test_a_serving_app_keeps_its_loaded_index_out_of_the_collectors_walk_and_gives_it_back_when_stopped(
        ingested_index, embedder):
    assistant = Assistant(ingested_index, embedder=embedder)
    chunks = assistant.retriever.chunks
    assert walked_by_a_full_collection(chunks)
    with TestClient(create_app(ingested_index, assistant=assistant)) as client:
        assert client.post("/api/chat", json={"message": "Hvem kan delta i Kompetanseløftet?"}).status_code == 200
        assert not walked_by_a_full_collection(chunks)  # a full collection mid-answer no longer walks the index
    assert walked_by_a_full_collection(chunks)  # stopped, nothing stays frozen for good


def test_a_generation_no_longer_served_is_freed_after_a_reload(tmp_path, embedder):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    settings = Settings(index_dir=tmp_path / "index", data_dir=tmp_path / "data")
    Ingestion(settings, embedder=embedder, progress=False).run([corpus])
    index = LiveIndex(settings, Assistant(settings, embedder=embedder))
    freeze_what_is_loaded()
    try:
        served = weakref.ref(index.assistant)
        next(corpus.glob("*.txt")).write_text("Et nytt dokument om samarbeidsforum.\n", encoding="utf-8")
        Ingestion(settings, embedder=embedder, progress=False).run([corpus])
        assert index.refresh()
        assert served() is None  # not frozen with what the new generation loaded
        assert not walked_by_a_full_collection(index.assistant.retriever.chunks)
    finally:
        gc.unfreeze()
        index.stop()

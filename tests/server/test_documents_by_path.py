"""A document in a sub-folder has an id with "/" and is served by it."""

import shutil

from fastapi.testclient import TestClient

from assistant.pipeline import Assistant
from ingest.pipeline import Ingestion
from server.app import create_app
from tests.conftest import CORPUS


def test_a_document_in_a_sub_folder_is_served_by_its_id(tmp_path, settings, embedder):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus / "udir")
    Ingestion(settings, embedder=embedder, progress=False).run([corpus])
    app = create_app(settings, assistant=Assistant(settings, embedder=embedder))
    with TestClient(app) as client:
        ids = [d["id"] for d in client.get("/api/documents").json()]
        nested = next(i for i in ids if "/" in i)
        response = client.get(f"/api/documents/{nested}")
        assert response.status_code == 200 and response.json()["document"]["id"] == nested
        assert response.json()["passages"]
        assert client.get("/api/documents/" + nested.replace("/", "%2F")).status_code == 200  # as the staff page asks
        assert client.get("/api/documents/udir/finnes-ikke").status_code == 404

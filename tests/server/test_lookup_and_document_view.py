"""The staff lookup (exact by default, filters by kind, publisher and date) and the document view that every
citation and search result links to, against a real index."""

import json
import re
import shutil

import pytest
from fastapi.testclient import TestClient

from assistant.pipeline import Assistant
from ingest.pipeline import Ingestion
from server.app import create_app
from tests.conftest import CORPUS

CIRCULAR = (
    "Rundskriv om tilskudd til kompetanseutvikling\n\n"
    "Tildeling\n\nStatsforvalteren fordeler midlene etter at samarbeidsforumet har prioritert tiltakene.\n\n"
    "Frist\n\nSøknaden må være sendt innen 1. mars. Skriv <b>ikke</b> personopplysninger i søknaden.\n"
)


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder):
    from ingest.settings import Settings

    root = tmp_path_factory.mktemp("lookup")
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "rundskriv").mkdir()
    (corpus / "rundskriv" / "tilskudd.txt").write_text(CIRCULAR, encoding="utf-8")
    (corpus / "rundskriv" / "tilskudd.meta.json").write_text(json.dumps({
        "title": "Rundskriv om tilskudd", "publisher": "Statsforvalteren i Vestland", "kind": "rules",
        "url": "https://www.statsforvalteren.no/rundskriv", "date": "2025-02-03"}), encoding="utf-8")
    (corpus / "rundskriv" / "gammelt.txt").write_text(
        "Kompetansemidler til barnehageeiere\n\nDette innholdet er mer enn ett år gammelt. Informasjonen kan derfor "
        "være utdatert.\n\nPublisert 10.04.2018\n\nKompetansemidlene søkes innen 4. mai.\n", encoding="utf-8")
    settings = Settings(index_dir=root / "index", data_dir=root / "data")
    Ingestion(settings, embedder=embedder, progress=False).run([corpus])
    with TestClient(create_app(settings, assistant=Assistant(settings, embedder=embedder))) as client:
        yield client


def search(client, **params) -> list[dict]:
    response = client.get("/api/search", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_exact_search_lists_only_passages_containing_the_word_in_some_inflection(client):
    exact = search(client, q="samarbeidsforum")
    assert len(exact) >= 4
    for passage in exact:
        marked = re.findall(r"\[\[(.+?)\]\]", passage["highlighted"])
        assert marked and all(word.lower().startswith("samarbeidsfor") for word in marked), passage["highlighted"]
    semantic = search(client, q="samarbeidsforum", mode="semantic")
    assert any("samarbeidsfor" not in p["text"].lower() for p in semantic)  # the mode that may go wider


def test_every_word_must_be_present_and_a_quoted_phrase_as_written(client):
    both = search(client, q="samarbeidsforum prioritere")
    assert both and all("priorit" in p["text"].lower() and "samarbeidsfor" in p["text"].lower() for p in both)
    phrase = search(client, q='"prioritere tiltak"')
    assert phrase and all("prioritere tiltak" in p["text"].lower() for p in phrase)
    assert search(client, q='"tiltak prioritere"') == []
    assert search(client, q="samarbeidsforum fotballbane") == []
    assert search(client, q="fotballbane samarbeidsforum") == []  # a missing word first rules out every row too


def test_filters_by_publisher_and_date(client):
    vestland = search(client, q="midlene", publisher="Statsforvalteren i Vestland")
    assert vestland and {p["publisher"] for p in vestland} == {"Statsforvalteren i Vestland"}
    dated = search(client, q="samarbeidsforumet", date_from="2025-01-01", date_to="2025-12-31")
    assert [p["document_id"] for p in dated] == ["rundskriv/tilskudd"]  # undated documents are left out
    assert search(client, q="samarbeidsforumet", date_to="2024-12-31") == []
    response = client.get("/api/search", params={"q": "tilskudd", "date_from": "3.2.2025"})
    assert response.status_code == 422 and response.json()["detail"] == ["Fra-datoen må skrives som ÅÅÅÅ-MM-DD."]


def test_a_page_that_says_it_may_be_outdated_is_marked_so_and_may_be_left_out(client):
    found = {p["document_id"]: p for p in search(client, q="kompetansemidlene")}
    old = found["rundskriv/gammelt"]
    assert old["outdated"] and "datert 10.04.2018, kan være utdatert" in old["reference"]
    assert "rundskriv/gammelt" not in {p["document_id"] for p in search(client, q="kompetansemidlene", current=True)}
    assert "rundskriv/gammelt" not in {p["document_id"] for p in search(client, q="kompetansemidlene", current=True,
                                                                        mode="semantic")}


def test_a_result_carries_a_permalink_and_a_reference_for_a_case_file(client):
    passage = search(client, q="søknaden mars")[0]
    assert passage["reference"] == ("Statsforvalteren i Vestland: «Rundskriv om tilskudd», datert 03.02.2025, "
                                    "avsnitt «Frist»")
    assert passage["link"] == f"/documents/rundskriv/tilskudd?start={passage['start']}&end={passage['end']}#sitat"


def test_the_document_view_highlights_exactly_the_quoted_span_and_escapes_the_text(client):
    reply = client.post("/api/chat", json={"message": "Når er fristen for søknaden om tilskudd?"}).json()
    citation = next(c for c in reply["citations"] if c["document_id"] == "rundskriv/tilskudd")
    assert citation["reference"].startswith("Statsforvalteren i Vestland: «Rundskriv om tilskudd», datert 03.02.2025")
    page = client.get(citation["link"].split("#")[0])
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    marked = re.search(r'<mark id="sitat" tabindex="-1">(.*?)</mark>', page.text, re.S).group(1)
    assert marked.replace("&lt;", "<").replace("&gt;", ">") == citation["quote"]
    assert "&lt;b&gt;ikke&lt;/b&gt;" in page.text and "<b>" not in page.text
    assert 'href="https://www.statsforvalteren.no/rundskriv"' in page.text and "datert 03.02.2025" in page.text
    assert re.search(r"<h\d[^>]*>Frist</h\d>", page.text)  # headings stay headings


def test_the_document_view_in_nynorsk_and_for_a_missing_document_or_a_stale_span(client):
    missing = client.get("/documents/finst-ikkje?lang=nn")
    assert missing.status_code == 404 and "Fann ikkje dokumentet" in missing.text and 'lang="nn"' in missing.text
    stale = client.get("/documents/rundskriv/tilskudd?start=5&end=999999")
    assert stale.status_code == 200 and "<mark" not in stale.text and "finnes ikke lenger" in stale.text


def test_citations_link_to_the_document_view_in_the_asker_s_language(client):
    reply = client.post("/api/chat", json={"message": "Kan private barnehager delta?", "language": "nn"}).json()
    citation = reply["citations"][0]
    assert citation["link"].startswith(f"/documents/{citation['document_id']}?start={citation['start']}")
    assert "lang=nn" in citation["link"] and citation["reference"].startswith("Utdanningsdirektoratet: «")


def test_a_fixed_reply_follows_the_interface_language(client):
    reply = client.post("/api/chat", json={"message": "Kva blir vêret i morgon?", "language": "nn"}).json()
    assert reply["abstained"] and reply["answer"].startswith("Dokumenta om Kompetanseløftet svarar ikkje")

"""API tests against a real uvicorn server on a free loopback port."""

import json
import sqlite3
import time

import httpx
import pytest

from tests.conftest import running_server, subprocess_env

client = httpx.Client(timeout=30)  # room for a slow machine

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(ingested_index, tmp_path_factory):
    data = tmp_path_factory.mktemp("server-data")
    env = subprocess_env(INDEX_DIR=str(ingested_index.index_dir), DATA_DIR=str(data), RATE_LIMIT_BURST="200",
                         RATE_LIMIT_PER_MINUTE="6000", CORS_ORIGINS='["https://kommune.example"]',
                         LOG_QUESTIONS="true")
    with running_server(env, data / "server.log") as base:
        yield base, data


def test_health_and_readiness(server):
    base, _ = server
    assert client.get(f"{base}/healthz").json() == {"status": "ok"}
    ready = client.get(f"{base}/readyz").json()
    assert ready["status"] == "ready" and ready["documents"] == 3 and ready["chunks"] > 30


def test_chat_returns_the_answer_object_with_an_id(server):
    base, _ = server
    reply = client.post(f"{base}/api/chat", json={"message": "Kan private barnehager delta?", "history": []}).json()
    assert not reply["abstained"] and "lik linje" in reply["answer"] and reply["answer_id"]
    assert {"n", "document_id", "title", "url", "section", "page", "quote", "start", "end"} <= set(reply["citations"][0])


def test_the_stream_sends_deltas_then_citations_then_done(server):
    base, _ = server
    started = time.monotonic()
    with client.stream("POST", f"{base}/api/chat/stream", json={"message": "Hvem administrerer ordningen?"}) as r:
        body = r.read().decode()
    # a ready answer is sent at once, not when the next keep-alive (every 10 s) would have been due
    assert time.monotonic() - started < 5
    events = [line.removeprefix("event: ") for line in body.splitlines() if line.startswith("event: ")]
    assert events[:2] == ["status", "meta"] and events[-2:] == ["citations", "done"] and "delta" in events
    text = "".join(json.loads(b.split("data: ", 1)[1])["text"] for b in body.split("\n\n") if "event: delta" in b)
    assert "statsforvalteren" in text


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"message": "x" * 1001}, "høyst 1000 tegn"),
        ({"message": ""}, "mangler"),
        ({"message": "Hei", "history": [{"role": "user", "content": "a"}] * 21}, "høyst 20"),
        ({"message": "Hei", "filters": {"documents": ["d" * 201]}}, "Et dokument i filteret er for langt: høyst 200"),
        ({"message": "Hei", "history": [{"role": "user", "content": "a" * 4001}]}, "høyst 4000 tegn"),
    ],
)
def test_limits_answer_422_with_a_message_a_person_understands(server, body, words):
    base, _ = server
    response = client.post(f"{base}/api/chat", json=body)
    assert response.status_code == 422 and words in " ".join(response.json()["detail"])


def test_search_filters_are_capped_too(server):
    base, _ = server
    response = client.get(f"{base}/api/search", params={"q": "tilskudd", "document": ["d" * 201]})
    assert response.status_code == 422 and "høyst 200 tegn" in response.json()["detail"][0]
    assert client.get(f"{base}/api/search", params={"q": "tilskudd", "document": ["x"] * 51}).status_code == 422


def test_an_oversized_body_is_refused(server):
    base, _ = server
    response = client.post(f"{base}/api/chat", content=b"{" + b" " * 70_000 + b"}",
                          headers={"Content-Type": "application/json"})
    assert response.status_code == 413 and "KB" in response.json()["detail"][0]


def test_a_chunked_body_is_refused_by_the_bytes_received_not_its_headers(server):
    base, _ = server

    def five_megabytes():
        yield b'{"message": "'
        for _ in range(80):
            yield b"x" * 65_536
        yield b'"}'

    response = client.post(f"{base}/api/chat", content=five_megabytes(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413 and "høyst 64 KB" in response.json()["detail"][0]
    assert client.get(f"{base}/healthz").status_code == 200


def test_search_filters_and_marks_matched_terms(server):
    base, _ = server
    hits = client.get(f"{base}/api/search", params={"q": "samarbeidsforum prioritere", "kind": "rules", "k": 3}).json()
    assert hits and all(h["kind"] == "rules" for h in hits)
    assert "[[" in hits[0]["highlighted"] and hits[0]["matched_terms"]


def test_documents_list_and_one_documents_passages_in_order(server):
    base, _ = server
    documents = client.get(f"{base}/api/documents").json()
    assert {d["id"] for d in documents} >= {"kompetanseloftet-om-ordningen"}
    one = client.get(f"{base}/api/documents/kompetanseloftet-partner-oslomet").json()
    starts = [p["start"] for p in one["passages"]]
    assert starts == sorted(starts) and one["document"]["publisher"].startswith("OsloMet")
    assert client.get(f"{base}/api/documents/finnes-ikke").status_code == 404


def test_feedback_is_stored_without_an_ip_address(server):
    base, data = server
    reply = client.post(f"{base}/api/chat", json={"message": "Hva gjør samarbeidsforumet? Ring meg på 912 34 567"}).json()
    response = client.post(f"{base}/api/feedback", json={"answer_id": reply["answer_id"], "rating": "down",
                                                        "comment": "Mangler frist"})
    assert response.status_code == 201
    import sqlite3

    db = sqlite3.connect(data / "feedback.sqlite3")
    row = db.execute("SELECT * FROM feedback").fetchone()
    assert row[:3] == (reply["answer_id"], "down", "Mangler frist")
    question = db.execute("SELECT question FROM answers WHERE id = ?", (reply["answer_id"],)).fetchone()[0]
    assert "912 34 567" not in question and "[telefon]" in question
    assert client.post(f"{base}/api/feedback", json={"answer_id": "a", "rating": "up", "comment": "x" * 251}).status_code == 422


def test_cors_only_for_the_listed_widget_hosts(server):
    base, _ = server
    allowed = client.options(f"{base}/api/chat", headers={"Origin": "https://kommune.example",
                                                         "Access-Control-Request-Method": "POST"})
    assert allowed.headers.get("access-control-allow-origin") == "https://kommune.example"
    other = client.options(f"{base}/api/chat", headers={"Origin": "https://evil.example",
                                                       "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in other.headers


def test_openapi_and_the_demo_page_are_served(server):
    base, _ = server
    assert "/api/chat" in client.get(f"{base}/openapi.json").json()["paths"]
    assert '<script src="/widget.js"' in client.get(f"{base}/").text
    assert "customElements.define" in client.get(f"{base}/widget.js").text
    assert "Oppslag i regelverk" in client.get(f"{base}/staff").text


def test_logged_questions_have_personal_data_masked(server):
    base, data = server
    client.post(f"{base}/api/chat", json={"message": "Fnr 01010750160, e-post ola@example.no: kan vi delta?"})
    client.get(f"{base}/api/search", params={"q": "Kari Nordmann 01010750160"})
    time.sleep(0.3)
    log = (data / "server.log").read_text()
    assert "[fødselsnummer]" in log and "[e-post]" in log
    assert "01010750160" not in log and "ola@example.no" not in log and "Nordmann" not in log
    assert '"GET /api/search HTTP/1.1" 200' in log  # the access log keeps method, path and status


@pytest.mark.parametrize(("trusted", "separate_buckets"), [("127.0.0.1", True), ("192.0.2.10", False)],
                         ids=["trusted proxy", "untrusted peer"])
def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_rate_limit(ingested_index, tmp_path, trusted,
                                                                              separate_buckets):
    env = subprocess_env(INDEX_DIR=str(ingested_index.index_dir), DATA_DIR=str(tmp_path), RATE_LIMIT_BURST="2",
                         RATE_LIMIT_PER_MINUTE="1", FORWARDED_ALLOW_IPS=trusted)
    with running_server(env, tmp_path / "server.log") as base:
        def ask(client_ip: str) -> int:
            return client.get(f"{base}/api/documents", headers={"X-Forwarded-For": client_ip}).status_code

        first = [ask("203.0.113.7"), ask("203.0.113.7")]
        other = ask("198.51.100.23")
    assert first == [200, 200]
    # trusted: another client behind the proxy has a full bucket; untrusted: the header is ignored
    assert other == (200 if separate_buckets else 429)


def test_the_rate_limit_answers_429_with_retry_after(ingested_index, tmp_path):
    env = subprocess_env(INDEX_DIR=str(ingested_index.index_dir), DATA_DIR=str(tmp_path), RATE_LIMIT_BURST="3",
                         RATE_LIMIT_PER_MINUTE="6", CORS_ORIGINS='["https://kommune.example"]')
    with running_server(env, tmp_path / "server.log") as base:
        codes = [client.get(f"{base}/api/documents", headers={"Origin": "https://kommune.example"}) for _ in range(5)]
    assert [r.status_code for r in codes[:3]] == [200, 200, 200] and codes[3].status_code == 429
    assert int(codes[3].headers["Retry-After"]) >= 1 and "Vent" in codes[3].json()["detail"][0]
    # the widget on the owner's site can read why it was refused
    assert codes[3].headers.get("access-control-allow-origin") == "https://kommune.example"


def test_evals_can_score_a_running_server(server, ingested_index, tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT

    base, _ = server
    result = subprocess.run(
        [sys.executable, "-m", "evals", "--url", base, "--split", "dev", "--no-gate", "--out", str(tmp_path / "r")],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
        env=subprocess_env(INDEX_DIR=str(ingested_index.index_dir), DATA_DIR=str(tmp_path)),
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads((tmp_path / "r" / "report.json").read_text())["runs"]["server"]
    assert figures["citations.verbatim"] == 1.0 and figures["answer.answered_correctly"] > 0.7


def test_feedback_only_for_answers_the_server_issued_and_comments_are_stored_masked(server):
    base, data = server
    unknown = client.post(f"{base}/api/feedback", json={"answer_id": "never-issued", "rating": "up"})
    assert unknown.status_code == 404 and "Fant ikke svaret" in unknown.json()["detail"]
    reply = client.post(f"{base}/api/chat", json={"message": "Hvem administrerer ordningen?"}).json()
    comment = "Gjelder eleven med fødselsnummer 01010750160, ring 912 34 567 eller skriv til ola@example.no"
    assert client.post(f"{base}/api/feedback", json={"answer_id": reply["answer_id"], "rating": "down",
                                                    "comment": comment}).status_code == 201
    import sqlite3

    stored = sqlite3.connect(data / "feedback.sqlite3").execute(
        "SELECT comment FROM feedback WHERE answer_id = ?", (reply["answer_id"],)).fetchone()[0]
    assert "01010750160" not in stored and "912 34 567" not in stored and "ola@example.no" not in stored
    assert "[fødselsnummer]" in stored and "[telefon]" in stored and "[e-post]" in stored


def test_the_first_event_leaves_before_a_slow_answer_is_ready_and_keep_alives_follow(ingested_index, tmp_path):
    from tests.assistant.fake_llm import ScriptedLLM

    llm = ScriptedLLM()
    llm.reply, llm.delay = "Private barnehager kan delta på lik linje med kommunale. [1]", 2.5
    env = subprocess_env(INDEX_DIR=str(ingested_index.index_dir), DATA_DIR=str(tmp_path), LLM_BASE_URL=llm.url,
                         LLM_MODEL="scripted", LLM_TIMEOUT_S="10", SSE_KEEPALIVE_S="0.5")
    try:
        with running_server(env, tmp_path / "server.log") as base:
            client.post(f"{base}/api/chat", json={"message": "Hei"})  # the greeting needs no LLM
            llm.requests.clear()
            arrivals = []
            with client.stream("POST", f"{base}/api/chat/stream", json={"message": "Kan private barnehager delta?"}) as r:
                assert r.headers["x-accel-buffering"] == "no"
                for line in r.iter_lines():
                    if line:
                        arrivals.append((time.monotonic(), line))
    finally:
        llm.close()
    replied = llm.replied_at[-1]
    assert arrivals[0][1] == "event: status" and arrivals[0][0] < replied  # before the LLM had even answered
    assert any(line == ": keep-alive" for t, line in arrivals if t < replied)
    meta = next(t for t, line in arrivals if line == "event: meta")
    assert meta > replied and arrivals[-2][1] == "event: done"


def test_an_llm_answer_streams_sentence_by_sentence_as_the_model_writes_and_only_verified(ingested_index, tmp_path):
    from tests.assistant.fake_llm import ScriptedLLM

    llm = ScriptedLLM()
    env = subprocess_env(INDEX_DIR=str(ingested_index.index_dir), DATA_DIR=str(tmp_path), LLM_BASE_URL=llm.url,
                         LLM_MODEL="scripted", LLM_TIMEOUT_S="10", LLM_MIN_SUPPORTED_SENTENCES="1")
    question = {"message": "Kan private barnehager delta?"}
    try:
        with running_server(env, tmp_path / "server.log") as base:
            client.post(f"{base}/api/chat", json=question)  # to learn the source numbers from the prompt
            sources = llm.requests[-1]["messages"][-1]["content"].split("<kilde nr=")
            n = next(i for i, source in enumerate(sources) if "på lik linje" in source)
            invented = "Hver barnehage får 400 000 kroner i året fra Statped."
            good = "Private barnehager kan delta på lik linje med kommunale barnehager."
            llm.reply, llm.token_delay = f"{good} [{n}] {invented} [{n}] {good} [{n}]", 0.15
            events = []
            with client.stream("POST", f"{base}/api/chat/stream", json=question) as r:
                name = None
                for line in r.iter_lines():
                    if line.startswith("event: "):
                        name = line[7:]
                    elif line.startswith("data: "):
                        events.append((time.monotonic(), name, json.loads(line[6:])))
    finally:
        llm.close()
    deltas = [(t, data["text"]) for t, name, data in events if name == "delta"]
    assert deltas[0][0] < llm.finished_at[-1]  # the first sentence was shown while the model still wrote
    text = "".join(piece for _, piece in deltas)
    assert "400 000" not in text and text.count("på lik linje") == 2  # the invented sentence never showed
    citations = next(data["citations"] for _, name, data in events if name == "citations")
    assert citations and all(c["quote"] and "[1]" in text for c in citations)
    meta = next(data for _, name, data in events if name == "meta")
    stored = sqlite3.connect(tmp_path / "feedback.sqlite3").execute(
        "SELECT answer FROM answers WHERE id = ?", (meta["answer_id"],)).fetchone()[0]
    assert stored == text  # what was streamed is the answer, whole

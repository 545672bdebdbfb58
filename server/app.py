"""The FastAPI app: thin routes over the assistant, which is built once at start-up."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Annotated, Literal

import anyio.to_thread
from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles

from assistant.answer import Citation
from assistant.lookup import ExactLookup
from assistant.pipeline import Assistant, loaded_and_frozen
from assistant.retrieve import Filters
from ingest.documents import KINDS, Chunk
from ingest.settings import Settings
from ingest.store import DocumentRecord
from server.document_view import DocumentPage, UiLanguage, document_link, not_found_page, reference, section_of
from server.feedback import FeedbackStore, UnknownAnswer
from server.limits import BodyLimit, RateLimit, RateLimiter
from server.live import LiveIndex
from server.privacy import mask
from server.schemas import (
    MAX_FILTER_DOCUMENTS,
    MAX_ID,
    ChatRequest,
    ChatResponse,
    DocumentInfo,
    Feedback,
    Passage,
    ServedCitation,
)

STATIC = Path(__file__).parent / "static"
log = logging.getLogger("kompetanseloftet")


def get_assistant(request: Request) -> Assistant:
    """The assistant over the generation served now; a request keeps it to its end (see server/live.py)."""
    return request.app.state.index.assistant


def get_feedback(request: Request) -> FeedbackStore:
    return request.app.state.feedback


AssistantDep = Annotated[Assistant, Depends(get_assistant)]
FeedbackDep = Annotated[FeedbackStore, Depends(get_feedback)]
router = APIRouter(prefix="/api")


def _filters(body: ChatRequest) -> Filters | None:
    return Filters(kinds=body.filters.kinds, documents=body.filters.documents) if body.filters else None


def _answer(body: ChatRequest, assistant: Assistant, feedback: FeedbackStore, settings: Settings,
            on_delta: Callable[[str], None] | None = None) -> ChatResponse:
    history = [turn.model_dump() for turn in body.history]
    answer = assistant.answer(body.message, history, _filters(body), language=body.language, on_delta=on_delta)
    answer_id = uuid.uuid4().hex
    if settings.log_questions:
        log.info("question %s: %s", answer_id, mask(body.message))
    feedback.remember_answer(answer_id, mask(body.message) if settings.log_questions else None, answer.answer)
    ui = "nn" if body.language == "nn" else "nb"
    citations = [_served(c, assistant, ui) for c in answer.citations]
    return ChatResponse(**answer.model_dump(exclude={"citations"}), citations=citations, answer_id=answer_id)


def _served(citation: Citation, assistant: Assistant, lang: UiLanguage) -> ServedCitation:
    meta = assistant.retriever.catalog.documents[citation.document_id].meta
    return ServedCitation(
        **citation.model_dump(), link=document_link(citation.document_id, citation.start, citation.end, lang),
        reference=reference(meta, citation.section, citation.page, lang),
    )


@router.post("/chat", response_model=ChatResponse)
def chat(body: ChatRequest, request: Request, assistant: AssistantDep, feedback: FeedbackDep) -> ChatResponse:
    return _answer(body, assistant, feedback, request.app.state.settings)


def _sse(event: str, data: dict) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


@router.post("/chat/stream")
async def chat_stream(body: ChatRequest, request: Request, assistant: AssistantDep,
                      feedback: FeedbackDep) -> StreamingResponse:
    """The same answer as server-sent events: `status` at once, then `delta` text pieces (with an LLM
    backend, each verified sentence as the model finishes it), `meta`, the rest of the text as `delta`s,
    `citations` and `done`; a keep-alive comment every SSE_KEEPALIVE_S while the answer is being made."""
    settings = request.app.state.settings

    async def events() -> AsyncIterator[str]:
        yield _sse("status", {"state": "working"})  # leaves before the answer is composed
        try:
            loop = asyncio.get_running_loop()
            pieces: asyncio.Queue[str | None] = asyncio.Queue()

            def deliver(piece: str) -> None:  # called from the answering thread
                loop.call_soon_threadsafe(pieces.put_nowait, piece)

            # made in the same thread pool (and under the same ANSWER_THREADS bound) as /api/chat; this
            # coroutine waits without holding a thread
            pending = asyncio.ensure_future(anyio.to_thread.run_sync(
                partial(_answer, body, assistant, feedback, settings, deliver)))
            pending.add_done_callback(lambda _: pieces.put_nowait(None))  # after every piece it delivered
            streamed = ""
            while True:
                try:
                    piece = await asyncio.wait_for(pieces.get(), settings.sse_keepalive_s)
                except asyncio.TimeoutError:
                    yield ": keep-alive\n\n"  # proxies and browsers keep a quiet connection open
                    continue
                if piece is None:
                    break
                streamed += piece
                yield _sse("delta", {"text": piece})
            response = await pending  # its text starts with what was streamed (assistant/llm.py)
            yield _sse("meta", {"answer_id": response.answer_id, "abstained": response.abstained,
                                "reply_type": response.reply_type})
            for piece in re.findall(r"\S+\s*|\s+", response.answer[len(streamed):]):
                yield _sse("delta", {"text": piece})
            yield _sse("citations", {"citations": [c.model_dump() for c in response.citations]})
            yield _sse("done", {"answer_id": response.answer_id})
        except Exception:  # the client gets an event, never a dropped connection
            log.exception("stream failed")
            yield _sse("error", {"message": "Noe gikk galt. Prøv igjen om litt."})

    return StreamingResponse(events(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


def _passage(chunk: Chunk, record: DocumentRecord, score: float | None = None, highlighted: str = "",
             matched: list[str] | None = None) -> Passage:
    meta = record.meta
    return Passage(
        chunk_id=chunk.id, document_id=chunk.document_id, title=meta.title, publisher=meta.publisher,
        kind=meta.kind, date=meta.date, outdated=meta.outdated, url=meta.url, section=section_of(chunk),
        heading_path=chunk.heading_path,
        page=chunk.page, text=chunk.text, start=chunk.start, end=chunk.end,
        score=round(score, 4) if score is not None else None, highlighted=highlighted, matched_terms=matched or [],
        link=document_link(chunk.document_id, chunk.start, chunk.end),
        reference=reference(meta, section_of(chunk), chunk.page),
    )


def highlight(text: str, terms: set[str], assistant: Assistant) -> tuple[str, list[str]]:
    """The text with the words whose terms the query matched marked as [[word]], and those words."""
    matched: list[str] = []

    def mark(match: re.Match) -> str:
        word = match.group(0)
        if set(assistant.retriever.analyzer.terms(word)) & terms:
            matched.append(word)
            return f"[[{word}]]"
        return word

    marked = re.sub(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ-]+", mark, text)
    return marked, sorted(set(matched), key=str.lower)


ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"


@router.get("/search", response_model=list[Passage])
def search(
    assistant: AssistantDep,
    q: Annotated[str, Query(min_length=1, max_length=1000)],
    mode: Annotated[Literal["exact", "semantic"], Query()] = "exact",
    kind: Annotated[list[str] | None, Query()] = None,
    document: Annotated[list[str] | None, Query()] = None,
    publisher: Annotated[list[str] | None, Query()] = None,
    date_from: Annotated[str, Query(pattern=ISO_DATE)] = "",
    date_to: Annotated[str, Query(pattern=ISO_DATE)] = "",
    current: Annotated[bool, Query()] = False,
    k: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[Passage]:
    """Passages for a case officer. `exact` (the default) lists only passages containing every word (in any
    inflection) and every "quoted phrase"; `semantic` ranks by the assistant's hybrid retrieval. `current` leaves
    out pages that say their information may be out of date."""
    kind, document, publisher = kind or [], document or [], publisher or []
    if (len(kind) > len(KINDS) or len(document) + len(publisher) > MAX_FILTER_DOCUMENTS
            or any(len(x) > MAX_ID for x in kind + document + publisher)):
        raise HTTPException(422, detail=[f"Filteret er for stort: høyst {MAX_FILTER_DOCUMENTS} dokumenter og "
                                         f"utgivere, hver med høyst {MAX_ID} tegn."])
    filters = Filters(kinds=kind, documents=document, publishers=publisher, date_from=date_from, date_to=date_to,
                      current=current)
    if mode == "exact":
        matches = ExactLookup(assistant.retriever).search(q, k, filters)
        return [_passage(m.hit.chunk, m.hit.document, m.hit.score, m.marked, m.matched_terms) for m in matches]
    query = assistant.understand(q, [])
    hits = assistant.retrieve(query, filters, k=k)
    terms = {t for c in query.concepts for alt in c.alternatives for t in alt}
    return [_passage(hit.chunk, hit.document, hit.score, *highlight(hit.chunk.text, terms, assistant))
            for hit in hits]


@router.get("/documents", response_model=list[DocumentInfo])
def documents(assistant: AssistantDep) -> list[DocumentInfo]:
    catalog = assistant.retriever.catalog
    return [
        DocumentInfo(id=r.id, chunks=len(r.chunk_ids), ingested_at=r.ingested_at, **r.meta.model_dump())
        for r in sorted(catalog.documents.values(), key=lambda r: r.meta.title)
    ]


@router.get("/documents/{document_id:path}")
def document(document_id: str, assistant: AssistantDep) -> dict:
    catalog = assistant.retriever.catalog
    record = catalog.documents.get(document_id)
    if record is None:
        raise HTTPException(404, detail=f"Fant ikke dokumentet '{document_id}'.")
    chunks = assistant.retriever.chunks_of(document_id)
    info = DocumentInfo(id=record.id, chunks=len(chunks), ingested_at=record.ingested_at, **record.meta.model_dump())
    return {"document": info.model_dump(), "passages": [_passage(c, record).model_dump() for c in chunks]}


@router.post("/feedback", status_code=201)
def feedback(body: Feedback, store: FeedbackDep) -> dict:
    try:
        store.add(body.answer_id, body.rating, body.comment)
    except UnknownAnswer:
        raise HTTPException(404, detail="Fant ikke svaret det gis tilbakemelding på.") from None
    return {"ok": True}


FIELD_NAMES = {"message": "Spørsmålet", "history": "Samtalehistorikken", "comment": "Kommentaren", "q": "Søket",
               "documents": "Et dokument i filteret", "content": "En melding i samtalehistorikken",
               "date_from": "Fra-datoen", "date_to": "Til-datoen"}


def _human_errors(error: RequestValidationError) -> list[str]:
    messages = []
    for item in error.errors():
        field = next((str(part) for part in reversed(item["loc"]) if isinstance(part, str)), "")  # not a list index
        name = FIELD_NAMES.get(field, field)
        context = item.get("ctx") or {}
        if item["type"] == "string_too_long":
            messages.append(f"{name} er for langt: høyst {context.get('max_length')} tegn.")
        elif item["type"] == "too_long":
            messages.append(f"{name} er for lang: høyst {context.get('max_length')} meldinger.")
        elif item["type"] in ("string_too_short", "missing"):
            messages.append(f"{name} mangler.")
        elif item["type"] == "string_pattern_mismatch" and field.startswith("date"):
            messages.append(f"{name} må skrives som ÅÅÅÅ-MM-DD.")
        else:
            messages.append(f"{name}: {item['msg']}")
    return messages


def create_app(settings: Settings, assistant: Assistant | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if settings.answer_threads:  # sync endpoints run in anyio's thread pool; this bounds how many at once
            anyio.to_thread.current_default_thread_limiter().total_tokens = settings.answer_threads
        index = LiveIndex(settings, assistant)
        index.assistant.warm_up()
        index.start()
        app.state.index = index
        app.state.feedback = FeedbackStore(Path(settings.data_dir) / "feedback.sqlite3", settings.retention_days)
        app.state.feedback.prune(force=True)
        app.state.ready_at = time.time()
        with loaded_and_frozen():
            yield
        index.stop()

    app = FastAPI(title="Kompetanseløftet-assistenten", version="0.1.0", lifespan=lifespan)
    app.state.settings = settings
    # the last added runs first: CORS headers on every answer (a widget on another site can read a 429),
    # then the rate limit, so that a refused request's body is never read
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(RateLimit, limiter=RateLimiter(settings.rate_limit_per_minute, settings.rate_limit_burst))
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type"])

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError):
        return JSONResponse(status_code=422, content={"detail": _human_errors(error)})

    app.include_router(router)

    @app.get("/healthz")
    def healthz() -> dict:
        return {"status": "ok"}

    @app.get("/readyz")
    def readyz(request: Request) -> JSONResponse:
        index = getattr(request.app.state, "index", None)
        if index is None:
            return JSONResponse(status_code=503, content={"status": "loading"})
        catalog = index.assistant.retriever.catalog
        return JSONResponse({"status": "ready", "documents": len(catalog.documents),
                             "chunks": index.assistant.retriever.lexical.n,
                             "generation": catalog.generation, "generation_name": index.generation,
                             "model": catalog.model})

    @app.get("/", include_in_schema=False)
    def demo() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/documents/{document_id:path}", include_in_schema=False, response_class=HTMLResponse)
    def document_page(
        document_id: str, request: Request,
        start: Annotated[int | None, Query(ge=0)] = None, end: Annotated[int | None, Query(ge=0)] = None,
        lang: Annotated[UiLanguage, Query()] = "nb",
    ) -> HTMLResponse:
        """A document as a page, the quoted span [start, end) highlighted and scrolled to (#sitat)."""
        retriever = get_assistant(request).retriever
        record = retriever.catalog.documents.get(document_id)
        if record is None:
            return HTMLResponse(not_found_page(lang), status_code=404)
        view = DocumentPage(document_id, record.meta, retriever.document_text(document_id),
                            retriever.chunks_of(document_id), record.pages)
        return HTMLResponse(view.render(start, end, lang))

    @app.get("/staff", include_in_schema=False)
    def staff() -> FileResponse:
        return FileResponse(STATIC / "staff.html")

    @app.get("/widget.js", include_in_schema=False)
    def widget() -> FileResponse:
        return FileResponse(STATIC / "widget.js", media_type="text/javascript")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    return app

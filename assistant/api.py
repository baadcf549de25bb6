"""The web app: one FastAPI process with the HTTP API, the Gradio UI at ``/``, the compact view at
``/embed`` and the widget script at ``/widget.js``.

* ``POST /api/ask`` → the JSON of ``ask --json``; ``POST /api/ask/stream`` → server-sent events;
  ``GET /api/health``; ``GET /api/documents``; ``GET /api/overview`` (and ``/api/overview/commitments.csv``,
  ``/api/overview/figures.csv``); OpenAPI at ``/docs``.
* Stateless: the conversation comes with each request, so replicas can share one Chroma server.
* Errors are JSON: 400 bad input, 413 too large, 429 rate limited, 503 not ready; never a stack trace.
* ``ASSISTANT_ALLOWED_ORIGINS`` sets CSP ``frame-ancestors`` for ``/embed`` and CORS for ``/api``.
* No cookies are set; feedback is stored without IP addresses.

Usage::

    app = create_app(Settings.load())
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import texts
from .bot import QuestionError, answer_json
from .config import Settings
from .overview import COMMITMENT_COLUMNS, FIGURE_COLUMNS, overview_json, to_csv
from .service import NotReady, RateLimited, Service, client_address

log = logging.getLogger(__name__)

WIDGET = Path(__file__).resolve().parent / "widget" / "widget.js"


class Message(BaseModel):
    role: str = Field(description='"user" or "assistant"')
    content: str


class AskRequest(BaseModel):
    question: str = Field(description="The question, at most 2,000 characters.", examples=["Wat staat er in vraag 1?"])
    history: list[Message] = Field(default_factory=list, description="Earlier messages of this conversation.")


class CitationOut(BaseModel):
    question: int | None
    quote: str
    source: str
    url: str | None


class AnswerOut(BaseModel):
    text: str
    citations: list[CitationOut]
    refused: bool
    partial: bool = False  # the letter covers the subject but not the asked-for fact (said first in the text)
    mode: str
    more: str = ""  # the whole cited answer, for "meer" (no second request needed)


# Routes Gradio adds that this app never uses: uploads, uploaded and temporary files, the proxy for Spaces.
_SIDE_DOOR = re.compile(r"^(?:/embed)?(?:/gradio_api)?/(?:upload|upload_progress|file=|file/|proxy=|stream/)", re.I)


BODY_TIMEOUT = 10.0  # seconds a request body may take to arrive


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message, "status": status}, status_code=status, headers=headers)


class BodyLimit:
    """ASGI middleware: a request body over ``max_bytes`` gets 413, also when it comes chunked
    (without a Content-Length that the guard could check up front); a body that does not arrive within
    ``timeout`` seconds (a client that sends a byte now and then, holding a worker) gets 408."""

    def __init__(self, app: Any, max_bytes: int, timeout: float = BODY_TIMEOUT) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.timeout = timeout

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("method") not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        messages, size = [], 0
        deadline = asyncio.get_running_loop().time() + self.timeout
        while True:
            try:
                message = await asyncio.wait_for(receive(), max(0.0, deadline - asyncio.get_running_loop().time()))
            except TimeoutError:
                await _error(408, texts.TOO_SLOW)(scope, receive, send)
                return
            messages.append(message)
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                await _error(413, texts.TOO_LARGE)(scope, receive, send)
                return
            if message["type"] != "http.request" or not message.get("more_body"):
                break
        replay = iter(messages)

        async def replayed() -> dict:
            try:
                return next(replay)
            except StopIteration:
                return await receive()

        await self.app(scope, replayed, send)


def _unknown_queue_session(app: FastAPI, request: Request) -> bool:
    """A GET of Gradio's event stream for a session that never joined the queue."""
    path = request.url.path
    if request.method != "GET" or not path.endswith("/gradio_api/queue/data"):
        return False
    blocks = getattr(app.state, "embed" if path.startswith("/embed/") else "demo", None)
    sessions = getattr(getattr(blocks, "_queue", None), "pending_messages_per_session", None)
    return sessions is not None and request.query_params.get("session_hash", "") not in sessions


def client_key(request: Request, settings: Settings) -> str:
    """The client's address: behind a trusted proxy uvicorn has already set it from the hop that proxy added."""
    return client_address(request)


def create_app(settings: Settings | None = None, *, service: Service | None = None, mount_ui: bool = True) -> FastAPI:
    """Build the app. The assistant loads in the background at startup; until then ask answers 503."""
    settings = settings or Settings.load()
    service = service or Service(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        service.start()
        yield

    app = FastAPI(
        title="Kamerbrief-assistent API",
        description="Questions about a Kamerbrief, answered with verified citations.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.service = service
    origins = settings.origins
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_kb * 1024, timeout=settings.body_timeout)  # innermost

    @app.middleware("http")
    async def guard(request: Request, call_next: Any) -> Any:
        length = request.headers.get("content-length")
        if _unknown_queue_session(app, request):
            # Gradio answers an unknown session with a stream that then fails, logging a 200-line traceback for one
            # request: an unknown session gets a plain 404 before that
            response = _error(404, texts.NOT_FOUND)
        elif _SIDE_DOOR.match(request.url.path):
            # Gradio's file upload and file serving: the app has no file fields, so nobody may store or fetch files
            response = _error(404, texts.NOT_FOUND)
        elif length and length.isdigit() and int(length) > settings.max_body_kb * 1024:
            response = _error(413, texts.TOO_LARGE)
        else:
            response = await call_next(request)
        path = request.url.path
        ancestors = (
            " ".join(["'self'", *origins]) if path.rstrip("/") == "/embed" or path.startswith("/embed/") else "'self'"
        )
        response.headers["Content-Security-Policy"] = f"frame-ancestors {ancestors}"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        if "set-cookie" in response.headers:  # no cookies, whatever a component might want
            del response.headers["set-cookie"]
        return response

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        detail = f"{where}: {first.get('msg', 'ongeldig')}" if where else str(first.get("msg", "ongeldig"))
        return _error(400, texts.BAD_REQUEST.format(detail=detail))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s", request.url.path)
        return _error(500, texts.INTERNAL)

    def _ask(request: Request, body: AskRequest) -> Any:
        history = [m.model_dump() for m in body.history]
        return service.ask(body.question, history, client=client_key(request, settings))

    def _failure(exc: Exception) -> JSONResponse:
        if isinstance(exc, RateLimited):
            return _error(429, str(exc), {"Retry-After": "60"})
        if isinstance(exc, NotReady):
            return _error(503, str(exc), {"Retry-After": "5"})
        if isinstance(exc, QuestionError):
            return _error(413, str(exc))
        return _error(400, texts.BAD_REQUEST.format(detail=str(exc)))

    @app.post("/api/ask", response_model=AnswerOut, responses={400: {}, 413: {}, 429: {}, 503: {}})
    def ask(request: Request, body: AskRequest) -> Any:
        """Answer one question (with the conversation so far) — the JSON of `python -m assistant ask --json`."""
        try:
            return answer_json(_ask(request, body))
        except (RateLimited, NotReady, ValueError) as exc:
            return _failure(exc)

    @app.post("/api/ask/stream", responses={400: {}, 413: {}, 429: {}, 503: {}})
    def ask_stream(request: Request, body: AskRequest) -> Any:
        """The answer as server-sent events: `delta` events (`{"text"}`) as checked text is ready, `reset` when
        what was sent must be discarded (a generative answer fell back to the extractive one), one `answer`
        event (the JSON of /api/ask), then `done`."""
        history = [m.model_dump() for m in body.history]
        try:
            events = service.ask_stream(body.question, history, client=client_key(request, settings))
        except (RateLimited, NotReady, ValueError) as exc:
            return _failure(exc)

        def sse() -> Iterator[str]:
            try:
                for event in events:
                    if event.kind == "delta":
                        yield f"event: delta\ndata: {json.dumps({'text': event.text}, ensure_ascii=False)}\n\n"
                    elif event.kind == "reset":
                        yield "event: reset\ndata: {}\n\n"
                    elif event.kind == "answer":
                        yield f"event: answer\ndata: {json.dumps(answer_json(event.answer), ensure_ascii=False)}\n\n"
            except Exception:
                log.exception("streaming an answer failed")
                yield f"event: error\ndata: {json.dumps({'error': texts.INTERNAL}, ensure_ascii=False)}\n\n"
            yield "event: done\ndata: {}\n\n"

        return StreamingResponse(sse(), media_type="text/event-stream", headers={"Cache-Control": "no-store"})

    @app.get("/api/health")
    def health() -> JSONResponse:
        """`ready` (200), or `loading` / `error` / `paused` (503)."""
        if (message := service.paused()) is not None:
            return JSONResponse({"status": "paused", "message": message}, status_code=503)
        body: dict[str, Any] = {"status": service.status}
        if service.bot is not None:
            bot = service.bot
            body.update(documents=len(bot.documents), chunks=len(bot.searcher.chunks), index=bot.index.name)
            if bot.searcher.store_error:  # answering from memory while the vector store is down
                body["degraded"] = texts.DEGRADED
        if service.error:
            body["error"] = texts.INTERNAL
        return JSONResponse(body, status_code=200 if service.bot is not None else 503)

    @app.get("/api/documents")
    def documents() -> Any:
        """The parsed structure: every document with its metadata, questions (with short titles) and footnotes."""
        try:
            return {"documents": service.documents()}
        except NotReady as exc:
            return _failure(exc)

    def _overviews(source: str | None) -> Any:
        try:
            return service.overviews(source)
        except NotReady as exc:
            return _failure(exc)
        except KeyError:
            return _error(404, texts.UNKNOWN_SOURCE.format(source=source))

    @app.get("/api/overview", responses={404: {}, 503: {}})
    def overview(source: str | None = None) -> Any:
        """The letter at a glance, per letter: commitments (who, what, when as written and a normalised period),
        figures (value, kind, unit, and whose words: the committee's question or the sender's answer),
        sub-questions with the answer sentences that address them (``evidence``, with how close they are; empty:
        no direct answer found) and references (Kamerstukken with their official link; footnote links and whether
        they were fetched and indexed). Every item has its question number and verbatim sentence.
        ``source`` picks one letter (its file name, as in ``/api/documents``)."""
        found = _overviews(source)
        if isinstance(found, JSONResponse):
            return found
        return {"letters": [overview_json(ov) for ov in found]}

    @app.get("/api/overview/{part}.csv", responses={404: {}, 503: {}})
    def overview_csv(part: str, source: str | None = None) -> Any:
        """``commitments.csv`` or ``figures.csv`` of every letter (or of ``source``), for a spreadsheet."""
        if part not in ("commitments", "figures"):
            return _error(404, texts.NOT_FOUND)
        found = _overviews(source)
        if isinstance(found, JSONResponse):
            return found
        rows = [row for ov in found for row in overview_json(ov)[part]]
        body = to_csv(rows, COMMITMENT_COLUMNS if part == "commitments" else FIGURE_COLUMNS)
        return Response(
            "\ufeff" + body,  # a BOM, so spreadsheets read the UTF-8 (é, €) as such
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{part}.csv"'},
        )

    @app.api_route("/api/{rest:path}", methods=["GET", "POST", "PUT", "DELETE", "PATCH"], include_in_schema=False)
    def unknown_api(rest: str) -> JSONResponse:
        return _error(404, texts.NOT_FOUND)

    @app.get("/embed", include_in_schema=False)
    def embed_slash() -> RedirectResponse:
        return RedirectResponse("/embed/", status_code=307)

    @app.get("/widget.js", include_in_schema=False)
    def widget() -> FileResponse:
        return FileResponse(
            WIDGET,
            media_type="text/javascript",
            headers={"Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*"},
        )

    # Outermost, so that every response (errors included) carries the CORS headers.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=origins,
        allow_credentials=False,
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type"],
    )
    if mount_ui:
        import gradio as gr

        from .ui import CSS, HEAD, build_ui

        app.state.demo = build_ui(service)
        app.state.embed = build_ui(service, compact=True)
        # show_error=False: an error in a handler reaches the browser as a generic message, never its text
        common = {"css": CSS, "head": HEAD, "footer_links": [], "ssr_mode": False, "show_error": False}
        app = gr.mount_gradio_app(app, app.state.embed, path="/embed", **common)
        app = gr.mount_gradio_app(app, app.state.demo, path="/", **common)
    return app

"""The HTTP application of ``klarlint serve``: the workbench page, a JSON API and LanguageTool's API.

FastAPI on uvicorn (see the README for why). Every lint goes through
:class:`klarlint.serve.worker.LintWorker`, one engine per worker process.
Request bodies are read here, by hand, from memory: an upload never touches the
disk, a file name is only a label, and every error is a one-line Swedish JSON
``{"error": ...}`` rather than a traceback.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import time
import unicodedata
from collections.abc import AsyncIterator, Awaitable, Mapping
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from http import HTTPStatus
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, Headers, UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartParser
from starlette.middleware.cors import CORSMiddleware
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from klarlint import __version__
from klarlint.document import Block, Document
from klarlint.errors import InputError, KlarlintError
from klarlint.genre import GENRES
from klarlint.genre import parse as parse_genre
from klarlint.limits import MAX_ANALYSED_CHARS, MAX_ANALYSED_TOKENS, token_count
from klarlint.profiles import available_profiles
from klarlint.readers import FORMATS, MAX_FILE_BYTES, TEXT_FORMATS, format_for
from klarlint.readers.decode import decode_bytes
from klarlint.report import Report
from klarlint.rules.base import RuleInfo
from klarlint.rules.registry import unknown_rule
from klarlint.serve import lt
from klarlint.serve.worker import LintEngine, LintRequest, LintTimeout, LintWorker, ServerBusy
from klarlint.swedish_numbers import grouped

log = logging.getLogger("klarlint.serve")
STATIC_DIR = Path(__file__).parent / "static"
MAX_BODY_BYTES = MAX_FILE_BYTES  # the CLI's limit for one file: 20 MB
# A form's wrapping (boundaries, part headers, the small fields) above the file it carries: a file of exactly 20 MB,
# which the CLI reads, had got 413 because its multipart body was 20 MB and 200 bytes (hostile re-test s48 W7). The
# file itself is still held to MAX_BODY_BYTES (read_upload).
FORM_OVERHEAD_BYTES = 64 * 1024
# How long a request's body may take to arrive, at least (the time limit when that is longer): a client sending one
# byte a second had held its connection open for as long as it liked (s48 W12). 20 MB in two minutes is 1.4 Mbit/s.
MIN_UPLOAD_SECONDS = 120.0
ENV_SETTINGS = "KLARLINT_SERVE_SETTINGS"  # how `klarlint serve` hands its options to each worker process
PROTECTED_PREFIXES = ("/api/", "/v2/")
LT_NAME = "<stdin>"  # what a /v2/ text is called in the lint (the CLI's name for a text not in a file)
GENERIC_ERRORS = {404: "sidan eller resursen finns inte", 405: "metoden stöds inte här", 413: "för stor begäran"}
# Uploaded files stay in memory: the body is at most MAX_BODY_BYTES, so no part ever rolls over to a temp file.
MultiPartParser.spool_max_size = MAX_BODY_BYTES + FORM_OVERHEAD_BYTES + 1


@dataclass(frozen=True)
class ServeSettings:
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    token: str | None = None
    time_limit: float | None = 30.0  # seconds per request; None or 0: no limit
    cors_origins: tuple[str, ...] = ()
    config_file: str | None = None

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls, value: str) -> ServeSettings:
        data = json.loads(value)
        data["cors_origins"] = tuple(data.get("cors_origins") or ())
        return cls(**data)


def error(status: int, message: str, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=dict(headers or {}))


# --- middleware (plain ASGI, so they act before any body is read) --------------------------------


class BodyLimitMiddleware:
    """413 for a body over the limit: at once by Content-Length, else while the body streams in (a multipart form
    may be FORM_OVERHEAD_BYTES larger); 408 for a body that has not arrived within ``upload_seconds`` of the
    request (None: no bound)."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES, upload_seconds: float | None = None) -> None:
        self.app = app
        self.limit = limit
        self.upload_seconds = upload_seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        limit = self.limit
        if headers.get(b"content-type", b"").split(b";")[0].strip().lower() == b"multipart/form-data":
            limit += FORM_OVERHEAD_BYTES
        length = headers.get(b"content-length")
        if length is not None:
            if not length.isdigit():
                await error(400, "ogiltig Content-Length")(scope, receive, send)
                return
            if int(length) > limit:
                await too_large(self.limit)(scope, receive, send)
                return
        received = 0
        complete = False
        by = None if self.upload_seconds is None else time.monotonic() + self.upload_seconds

        async def limited() -> Message:
            nonlocal received, complete
            message = await (receive() if complete or by is None else self._within(receive(), by))
            if message["type"] == "http.request":
                complete = not message.get("more_body", False)
                received += len(message.get("body", b""))
                if received > limit:  # raised into the endpoint reading the body; answered as 413, and the
                    # connection closed: the rest of a chunked body is never read (a client had waited for the close)
                    raise HTTPException(413, too_large_message(self.limit), headers={"Connection": "close"})
            return message

        await self.app(scope, limited, send)

    async def _within(self, waiting: Awaitable[Message], by: float) -> Message:
        """The next part of the body, or 408 (the connection closed) once the upload's time is up."""
        try:
            return await asyncio.wait_for(waiting, timeout=max(0.0, by - time.monotonic()))
        except TimeoutError:
            seconds = self.upload_seconds or 0.0
            unit = "sekund" if seconds == 1 else "sekunder"
            message = f"filen eller texten kom inte fram i tid (gränsen är {seconds:g} {unit}); försök igen"
            raise HTTPException(408, message, headers={"Connection": "close"}) from None


def upload_seconds(time_limit: float | None) -> float | None:
    """How long a body may take to arrive: the time limit, at least MIN_UPLOAD_SECONDS; no bound without a limit."""
    return max(time_limit, MIN_UPLOAD_SECONDS) if time_limit else None


def too_large_message(limit: int) -> str:
    return f"texten eller filen är för stor (gränsen är {limit // (1024 * 1024)} MB)"


def too_large(limit: int) -> JSONResponse:
    return error(413, too_large_message(limit), {"Connection": "close"})


class CatchAllMiddleware:
    """An unexpected error: logged here with its traceback, answered with one Swedish line (500).

    Handled here rather than left to Starlette's outermost handler, which re-raises to uvicorn:
    uvicorn would then drop the connection, and a client's next request on it would fail too.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except Exception:
            log.exception("internal error on %s %s", scope.get("method"), scope.get("path"))
            if started:  # too late for an answer of our own: let uvicorn end the response
                raise
            await error(500, "internt fel i klarlint; felet är loggat på servern")(scope, receive, send)


# What a municipality's IT review asks of a web page: no script, style or frame from elsewhere, not framed by another
# site (clickjacking), no type sniffing, no address leaked to links, and nothing cached without asking again (after an
# upgrade a browser had kept the old app.js by heuristic caching). The page has no inline script or style and sets
# styles only through the CSSOM, so the strict policy needs no exceptions; data: is the empty favicon.
SECURITY_HEADERS = (
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-cache"),
)
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})  # [::1]: as --host may write it


class SecurityHeadersMiddleware:
    """The security headers on every answer, and on a server listening only on this machine, only requests that name
    this machine in their Host header: otherwise a web page on the internet could reach the API through DNS rebinding
    (its own name pointed at 127.0.0.1) and read the answers, token or not."""

    def __init__(self, app: ASGIApp, loopback_only: bool) -> None:
        self.app = app
        self.loopback_only = loopback_only

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in SECURITY_HEADERS if name not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        if self.loopback_only and _host_name(Headers(scope=scope).get("host", "")) not in LOOPBACK_NAMES:
            answer = error(400, "okänd värd i Host: servern lyssnar bara på den här datorn (127.0.0.1 eller localhost)")
            await answer(scope, receive, with_headers)
            return
        await self.app(scope, receive, with_headers)


def _host_name(host: str) -> str:
    """The Host header's name, lower case, without its port (*localhost:8000* → *localhost*, *[::1]:8000* → *::1*)."""
    return urlsplit(f"//{host.strip()}").hostname or ""


class SwedishCORSMiddleware(CORSMiddleware):
    """Starlette's CORS, whose refused preflight answers in English plain text: one Swedish line in JSON, as every
    other error here."""

    def preflight_response(self, request_headers: Headers) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code != 400:
            return response
        refused = {"origin": "ursprunget", "method": "metoden", "headers": "huvudena", "private-network": "privat nät"}
        what = bytes(response.body).decode().removeprefix("Disallowed CORS ").split(", ")
        names = ", ".join(refused.get(item, item) for item in what)
        headers = {
            k: v
            for k, v in response.headers.items()
            if k.lower().startswith("access-control-") and k.lower() != "access-control-allow-private-network"
        }
        return error(400, f"anropet från en annan webbplats tillåts inte ({names}); se --cors-origin", headers)


class NoCORSMiddleware:
    """Without --cors-origin, a browser's preflight (OPTIONS with Origin and Access-Control-Request-Method) is told,
    in one Swedish line, what turns calls from other sites on, and the log says it once per origin: it had got a bare
    405 *metoden stöds inte här*, the browser showed a "CORS error" and the log only the 405 (s49 plugin W3)."""

    MAX_LOGGED = 100  # origins logged per process at most: a log line per origin, not per request

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.logged: set[str] = set()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = Headers(scope=scope) if scope["type"] == "http" else None
        if headers is None or scope["method"] != "OPTIONS" or "access-control-request-method" not in headers:
            await self.app(scope, receive, send)
            return
        origin = headers.get("origin", "")[:MAX_ECHOED].encode("ascii", "replace").decode() or "<webbplatsen>"
        message = (
            f"anrop från andra webbplatser är avstängda ({origin}); starta klarlint serve med --cors-origin {origin}"
        )
        if origin not in self.logged and len(self.logged) < self.MAX_LOGGED:
            self.logged.add(origin)
            log.warning("%s (%s %s)", message, scope["method"], scope["path"])
        await error(400, message)(scope, receive, send)


class LanguageToolErrorMiddleware:
    """An error on /v2/ as LanguageTool's server gives it: plain text, ``Error: `` and the (Swedish) message, same
    status. LanguageTool's clients expect that: language-tool-python turns a body that is not JSON into its
    LanguageToolError, but took a JSON error for an answer and failed on its missing ``matches``. Every error
    here is made as JSON first (by the routes, the body limit, the catch-all), so this rewrites it on the way out.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v2/"):
            await self.app(scope, receive, send)
            return
        held: list[Message] = []  # an error's start and body parts, until its body is complete

        async def as_text(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] >= 400 and _is_json(message):
                held.append(message)
                return
            if not held:
                await send(message)
                return
            held.append(message)
            if not message.get("more_body", False):
                for part in lt_error(held[0], b"".join(m.get("body", b"") for m in held[1:])):
                    await send(part)

        await self.app(scope, receive, as_text)


def _is_json(start: Message) -> bool:
    return Headers(raw=start["headers"]).get("content-type", "").startswith("application/json")


def lt_error(start: Message, body: bytes) -> tuple[Message, Message]:
    """A JSON ``{"error": ...}`` response as LanguageTool's ``Error: ...`` in plain text, its other headers kept."""
    try:
        message = json.loads(body)["error"]
    except (ValueError, KeyError, TypeError):
        message = body.decode("utf-8", errors="replace")
    text = f"Error: {message}".encode()
    kept = [(k, v) for k, v in start["headers"] if k.lower() not in (b"content-type", b"content-length")]
    headers = [*kept, (b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(text)).encode())]
    return {**start, "headers": headers}, {"type": "http.response.body", "body": text}


class TokenMiddleware:
    """With a token, every /api/ and /v2/ call needs ``Authorization: Bearer <token>`` (constant-time compare). On
    /v2/ the field ``apiKey`` (in the URL or the form) is taken instead when there is no such header: that is how
    LanguageTool's clients (the browser add-on, LTeX, Obsidian) send a LanguageTool Premium key, with ``username``,
    and none of them can send the header."""

    def __init__(self, app: ASGIApp, token: str, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.expected = token.encode()
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(PROTECTED_PREFIXES) or scope["method"] == "OPTIONS":
            await self.app(scope, receive, send)
            return
        given = dict(scope["headers"]).get(b"authorization", b"")
        languagetool = scope["path"].startswith("/v2/")
        if given or not languagetool:
            scheme, _, credentials = given.strip().partition(b" ")
            # The scheme is case-insensitive (RFC 9110 11.1): proxies and clients send "bearer" too.
            if scheme.lower() == b"bearer" and hmac.compare_digest(credentials.strip(), self.expected):
                await self.app(scope, receive, send)
                return
            how = "skicka Authorization: Bearer <nyckel>" + (" eller fältet apiKey" if languagetool else "")
            await self.refuse("fel åtkomstnyckel" if given else "åtkomstnyckel saknas", how, scope, receive, send)
            return
        key = _api_key(scope["query_string"])
        if key is None and scope["method"] == "POST":
            body = await _read_body(receive, self.limit)
            if body is None:
                await too_large(self.limit)(scope, receive, send)
                return
            key = await _api_key_in_body(scope, body)
            receive = _replaying(body, receive)
        if key is not None and hmac.compare_digest(key.encode(), self.expected):
            await self.app(scope, receive, send)
            return
        how = "skicka fältet apiKey eller Authorization: Bearer <nyckel>"
        await self.refuse("åtkomstnyckel saknas" if key is None else "fel åtkomstnyckel", how, scope, receive, send)

    @staticmethod
    async def refuse(problem: str, how: str, scope: Scope, receive: Receive, send: Send) -> None:
        await error(401, f"{problem} ({how})", {"WWW-Authenticate": "Bearer"})(scope, receive, send)


def _api_key(form: str | bytes) -> str | None:
    """LanguageTool's ``apiKey`` field of a URL query or a form body, if it has one (a body of more than
    lt.MAX_FIELDS fields has none here; the check's own reading refuses it)."""
    try:
        return lt.parse_query(form).get("apiKey")
    except lt.LanguageToolRequestError:
        return None


async def _api_key_in_body(scope: Scope, body: bytes) -> str | None:
    """The ``apiKey`` of a body read as the check reads it (:func:`languagetool_fields`): a multipart form, or
    form data whatever the Content-Type."""
    if Headers(scope=scope).get("content-type", "").split(";")[0].strip().lower() != "multipart/form-data":
        return _api_key(body)
    try:
        form = await Request(scope, _replaying(body, None)).form(
            max_files=1, max_fields=50, max_part_size=MAX_BODY_BYTES
        )
    except HTTPException:  # a broken form: no key in it (the check itself says what is wrong, once let in)
        return None
    try:
        key = form.get("apiKey")
        return key if isinstance(key, str) else None
    finally:
        await form.close()


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole request body, or None once it is over ``limit`` (the rest is not read)."""
    parts: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":  # the client went away
            break
        parts.append(message.get("body", b""))
        size += len(parts[-1])
        if size > limit:
            return None
        if not message.get("more_body", False):
            break
    return b"".join(parts)


def _replaying(body: bytes, receive: Receive | None) -> Receive:
    """A receive that gives ``body`` once, then what ``receive`` gives (a disconnect, in time)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        if receive is None:
            return {"type": "http.disconnect"}
        return await receive()

    return replay


# --- the application ----------------------------------------------------------------------------


@dataclass
class State:
    worker: LintWorker
    rules: list[RuleInfo] = field(default_factory=list)
    profiles: list[str] = field(default_factory=list)
    default_profile: str = "myndighet"


def app_from_env() -> FastAPI:
    """The factory uvicorn calls in each worker process (``klarlint serve`` sets the environment)."""
    import os

    raw = os.environ.get(ENV_SETTINGS)
    return create_app(ServeSettings.from_env(raw) if raw else ServeSettings())


def create_app(settings: ServeSettings, engine: LintEngine | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        lint_engine = engine or LintEngine(Path(settings.config_file) if settings.config_file else None)
        worker = LintWorker(lint_engine, settings.time_limit or None)
        await worker.start()  # the model is loaded once per worker process, before the first request
        config = lint_engine.base_config
        app.state.klarlint = State(
            worker,
            lint_engine.rule_infos(),
            sorted((p.name for p in available_profiles(config.rules_path)), key=lambda name: name != config.profile),
            config.profile,
        )
        try:
            yield
        finally:
            worker.close()

    app = FastAPI(
        title="klarlint",
        version=__version__,
        description="Granskar svensk text enligt Myndigheternas skrivregler (klarspråk).",
        docs_url=None,  # the interactive docs pages load their scripts from a CDN; the description is enough
        redoc_url=None,
        lifespan=lifespan,
    )
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_middleware(CatchAllMiddleware)
    app.add_middleware(BodyLimitMiddleware, upload_seconds=upload_seconds(settings.time_limit))
    if settings.token:
        app.add_middleware(TokenMiddleware, token=settings.token)
    if not settings.cors_origins:
        app.add_middleware(NoCORSMiddleware)
    # Around the body limit, the catch-all and the token check, so their errors on /v2/ are LanguageTool's too: a
    # JSON 401 had made language-tool-python fail with AttributeError instead of its LanguageToolError.
    app.add_middleware(LanguageToolErrorMiddleware)
    if settings.cors_origins:
        app.add_middleware(
            SwedishCORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
            # Not CORS-safelisted, so hidden from a page unless named: the busy 503's Retry-After (the one sign that
            # tells it from the time limit's 503, which must not be retried) and the 401's scheme (s49 plugin W1).
            expose_headers=["Retry-After", "WWW-Authenticate"],
            # Chrome's Private Network Access preflight (a public site's page calling a server on the intranet or
            # this machine): answered for the origins allowed here only; it had been refused with a 400.
            allow_private_network=True,
        )
    # outermost, so every answer has the headers, the middlewares' own errors too
    app.add_middleware(SecurityHeadersMiddleware, loopback_only=settings.host in LOOPBACK_NAMES)
    add_routes(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR, check_dir=False), name="static")
    return app


async def http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else ""
    if not detail or detail == HTTPStatus(exc.status_code).phrase:  # Starlette's English default
        detail = GENERIC_ERRORS.get(exc.status_code, "felaktig begäran")
    return error(exc.status_code, shortened(detail), exc.headers)


MAX_ECHOED = lt.MAX_ECHOED  # characters of a request's value an error repeats, as /v2/ cuts a language code
MAX_MESSAGE = 1000  # characters of an error line at most (a 5,000-character file name leads some)
_QUOTED = re.compile("|".join(f"{q}[^{q}\\n]{{{MAX_ECHOED + 1},}}{q}" for q in "'\""))  # a repr's quotes


def shortened(message: str) -> str:
    """An error line with every quoted value of the request cut to MAX_ECHOED characters and a *…*, and the line to
    MAX_MESSAGE: an unknown ``enable`` of 1 MB had come back whole as a 1 MB "line" (hostile re-test s48 W4)."""
    message = _QUOTED.sub(lambda m: m.group()[: MAX_ECHOED + 1] + "…" + m.group()[-1], message)
    return message if len(message) <= MAX_MESSAGE else message[:MAX_MESSAGE] + "…"


async def validation_error(request: Request, exc: Exception) -> JSONResponse:
    return error(400, "felaktig begäran")


def state(request: Request) -> State:
    return request.app.state.klarlint


async def lint(request: Request, lint_request: LintRequest) -> Any:
    """Run one lint on this worker; bad options → 400, unreadable input → 422, time limit or busy → 503."""
    return await _answered(request, state(request).worker.run(lint_request))


async def read(request: Request, lint_request: LintRequest) -> Any:
    """Only read the request's document (a reader process within the time limit); the errors as :func:`lint`'s."""
    return await _answered(request, state(request).worker.read(lint_request))


async def _answered(request: Request, work: Awaitable[Any]) -> Any:
    worker = state(request).worker
    try:
        return await work
    except InputError as exc:
        raise HTTPException(422, str(exc)) from None
    except KlarlintError as exc:
        raise HTTPException(400, str(exc)) from None
    except ServerBusy:  # the time went to waiting: "dela upp texten" had been told of a text never linted
        raise HTTPException(503, BUSY_MESSAGE, headers={"Retry-After": "5"}) from None
    except LintTimeout:
        # No Retry-After: the same text runs into the same limit again, and a client or proxy that obeys the header
        # had sent it again and again, 30 s of a worker each time (the integrator's re-test s47); the busy 503 has it
        raise HTTPException(503, time_limit_message(worker.time_limit)) from None


BUSY_MESSAGE = "servern är upptagen med andra granskningar; försök igen om en stund"


def time_limit_message(seconds: float) -> str:
    """*gränsen är 1 sekund*, *30 sekunder*, *2.5 sekunder* (the page had written *1 sekunder*)."""
    unit = "sekund" if seconds == 1 else "sekunder"
    return f"granskningen tog för lång tid (gränsen är {seconds:g} {unit}); dela upp texten och försök igen"


# --- request bodies ------------------------------------------------------------------------------


async def json_body(request: Request) -> dict[str, Any]:
    try:
        body = json.loads(await request.body())
    except UnicodeDecodeError:  # a Latin-1 body had been told only "inte giltig JSON" (JSON is UTF-8, RFC 8259)
        raise HTTPException(400, "begäran är inte giltig UTF-8; skicka JSON som UTF-8") from None
    except ValueError:
        raise HTTPException(400, "begäran är inte giltig JSON") from None
    except RecursionError:  # thousands of nested brackets: the parser's recursion limit, not a server fault
        raise HTTPException(400, "begäran har för djupt nästlad JSON") from None
    if not isinstance(body, dict):
        raise HTTPException(400, "begäran ska vara ett JSON-objekt")
    return body


async def form_body(request: Request) -> FormData:
    try:
        return await request.form(max_files=1, max_fields=50, max_part_size=MAX_BODY_BYTES)
    except HTTPException as exc:
        if exc.status_code != 400:  # 413 from the body limit
            raise
        # Starlette's message for a malformed form (too many files or fields, a broken boundary) is English.
        raise HTTPException(400, _form_problem(str(exc.detail), _parser_error(exc))) from None


def _parser_error(exc: BaseException) -> str:
    """python-multipart's own reason under Starlette's *Invalid multipart data* (the HTTPException's context's
    cause), or ''."""
    cause = getattr(exc.__context__, "__cause__", None)
    return str(cause) if cause is not None else ""


def _form_problem(detail: str, reason: str = "") -> str:
    if reason.startswith("Maximum header size"):  # a part's header over 4 KB: in practice a long file name (s48 W8)
        return "filnamnet är för långt (högst omkring 4 000 tecken); byt namn på filen och skicka den igen"
    if detail.startswith("Too many files"):
        return "formuläret har fler än en fil; skicka filen i fältet file och de andra fälten som text"
    if detail.startswith("Too many fields"):
        return "formuläret har för många fält"
    return "formuläret kan inte läsas (trasig multipart-data); skicka en fil i fältet file"


def upload_name(upload: UploadFile) -> str:
    """The uploaded file's name as a label only: its last part, whatever slashes it had."""
    raw = upload.filename or "fil"
    name = PureWindowsPath(PurePosixPath(raw).name).name
    return name or "fil"


def options_from(values: Mapping[str, Any], split: bool) -> dict[str, Any]:
    """``profile``, ``genre``, ``enable``, ``disable`` from a JSON body (lists) or a form (comma-separated)."""
    profile = values.get("profile")
    if profile is not None and not isinstance(profile, str):
        raise HTTPException(400, "profile ska vara en sträng, t.ex. myndighet")
    try:  # the kind of text, as the CLI's --genre; none: recognised from the text
        genre = parse_genre(values.get("genre"), "genre")
    except KlarlintError as error:
        raise HTTPException(400, f"{error} eller utelämna den") from None
    result: dict[str, Any] = {"profile": profile or None, "genre": genre}
    for key in ("enable", "disable"):
        value = values.get(key)
        if value is None:
            value = []
        elif split and isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise HTTPException(400, f"{key} ska vara en lista med regel-id")
        result[key] = frozenset(value)
    return result


# Fields that take one value: sent twice, the last had silently won (mode=comments, then mode=changes; s48 W10)
SINGLE_FIELDS = ("mode", "profile", "genre", "enable", "disable", "ignored")


async def read_upload(request: Request) -> tuple[FormData, UploadFile, bytes]:
    form = await form_body(request)
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise HTTPException(400, "skicka filen i fältet file")
    for key in SINGLE_FIELDS:
        if len(form.getlist(key)) > 1:
            raise HTTPException(400, f"fältet {key} finns flera gånger; skicka det en gång")
    data = await upload.read()
    if len(data) > MAX_BODY_BYTES:  # the form's wrapping may pass the body limit; the file may not
        raise HTTPException(413, too_large_message(MAX_BODY_BYTES), headers={"Connection": "close"})
    return form, upload, data


# --- routes --------------------------------------------------------------------------------------

LINT_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {
                        "text": {"type": "string"},
                        "format": {"type": "string", "enum": ["text", "markdown", "html"], "default": "text"},
                        "profile": {"type": "string", "nullable": True},
                        "genre": {"type": "string", "nullable": True, "enum": [*GENRES, None]},
                        "enable": {"type": "array", "items": {"type": "string"}},
                        "disable": {"type": "array", "items": {"type": "string"}},
                    },
                }
            },
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {
                            "type": "string",
                            "format": "binary",
                            "description": ".txt, .md, .html, .docx eller .pdf",
                        },
                        "profile": {"type": "string"},
                        "genre": {"type": "string", "enum": list(GENRES)},
                        "enable": {"type": "string", "description": "kommaseparerade regel-id"},
                        "disable": {"type": "string", "description": "kommaseparerade regel-id"},
                    },
                }
            },
        },
    }
}
FILE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {"file": {"type": "string", "format": "binary"}},
                }
            }
        },
    }
}
WORD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary", "description": ".docx"},
                        "mode": {"type": "string", "enum": ["comments", "changes"], "default": "comments"},
                        "profile": {"type": "string"},
                        "genre": {"type": "string", "enum": list(GENRES)},
                        "enable": {"type": "string", "description": "kommaseparerade regel-id"},
                        "disable": {"type": "string", "description": "kommaseparerade regel-id"},
                        "ignored": {"type": "string", "description": "JSON-lista med par [regel, ord] att utelämna"},
                    },
                }
            }
        },
    }
}
LT_BODY = {
    "requestBody": {
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "text": {"type": "string"},
                        "data": {"type": "string", "description": "LanguageTools annoterade text (JSON)"},
                        "language": {"type": "string", "description": "sv, sv-SE eller auto"},
                        "enabledRules": {"type": "string"},
                        "disabledRules": {"type": "string"},
                        "enabledOnly": {"type": "string"},
                        "level": {
                            "type": "string",
                            "enum": ["default", "picky"],
                            "description": (
                                # not a list here, which went stale: /api/rules says which (picky, picky_subchecks)
                                "picky slår också på reglerna och delkontrollerna för noggrann granskning "
                                "(se /api/rules: picky och picky_subchecks)"
                            ),
                        },
                    },
                }
            }
        }
    }
}
ERROR_SCHEMA = {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}}
FINDING_SCHEMA = {
    "type": "object",
    "properties": {
        **{key: {"type": "integer"} for key in ("line", "column", "end_line", "end_column", "start", "end")},
        **{key: {"type": "string"} for key in ("rule", "text", "message")},
        "severity": {"type": "string", "enum": ["error", "warning", "info"]},
        "suggestion": {"type": ["string", "null"]},
        "reference": {"type": ["string", "null"]},
        "replacements": {"type": "array", "items": {"type": "string"}},
        "fixable": {
            "type": "boolean",
            "description": "replacements får sättas in som de är (inte i citat, rubrikdata eller HTML i Markdown)",
        },
        "location": {"type": "object", "description": ".docx: stycke, position och rubriker"},
    },
}
REPORT_RESPONSE = {
    200: {
        "description": "Samma JSON som `klarlint --format json`; start/end räknar tecken (Unicode-kodpunkter)",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "files": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "properties": {
                                    "path": {"type": "string"},
                                    "findings": {"type": "array", "items": FINDING_SCHEMA},
                                    "stats": {"type": "object", "description": "läsbarhetsmått, även per stycke"},
                                },
                            },
                        }
                    },
                }
            }
        },
    }
}
ERRORS = {status: {"description": text, "content": {"application/json": {"schema": ERROR_SCHEMA}}} for status, text in {
    400: "felaktig begäran", 401: "åtkomstnyckel saknas eller är fel", 413: "för stor (över 20 MB)",
    422: "filen kan inte läsas", 500: "internt fel (loggat på servern)",
    503: "tidsgränsen överskreds, eller servern är upptagen med andra granskningar",
}.items()}  # fmt: skip
# LanguageTool's errors: plain text "Error: ..." (LanguageToolErrorMiddleware), the token's 401 too.
LT_ERRORS = {
    status: {"description": text, "content": {"text/plain": {"schema": {"type": "string", "example": "Error: ..."}}}}
    for status, text in {
        400: "felaktig begäran",
        401: "åtkomstnyckel saknas eller är fel (Authorization: Bearer eller fältet apiKey)",
        413: "för stor (över 20 MB)",
        503: "tidsgränsen överskreds, eller servern är upptagen med andra granskningar",
    }.items()
}


def add_routes(app: FastAPI) -> None:
    route = app.api_route

    @app.get("/", include_in_schema=False)
    async def page() -> Any:
        index = STATIC_DIR / "index.html"
        if not index.is_file():
            raise HTTPException(404, "webbsidan är inte installerad; API:et fungerar")
        return FileResponse(index, media_type="text/html; charset=utf-8")

    @app.get("/health", summary="Servern är igång")
    async def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @route("/api/lint", methods=["POST"], summary="Granska en text eller fil", openapi_extra=LINT_BODY,
           responses={**REPORT_RESPONSE, **ERRORS})  # fmt: skip
    async def api_lint(request: Request) -> JSONResponse:
        """Svarar exakt som `klarlint --format json` för samma text."""
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type == "application/json":
            body = await json_body(request)
            text, fmt = body.get("text"), body.get("format", "text")
            if not isinstance(text, str):
                raise HTTPException(400, "fältet text saknas eller är inte en sträng")
            if fmt is None:
                fmt = "text"
            if not isinstance(fmt, str) or fmt not in TEXT_FORMATS:
                raise HTTPException(400, f"okänt format {fmt!r} (text, markdown eller html)")
            lint_request = LintRequest(text, fmt, "<stdin>", **options_from(body, split=False))
        elif content_type == "multipart/form-data":
            form, upload, data = await read_upload(request)
            name = upload_name(upload)
            fmt = file_format(name)
            lint_request = LintRequest(data, fmt, name, **options_from(form, split=True))
        else:
            raise HTTPException(400, "skicka JSON (application/json) eller en fil (multipart/form-data)")
        report = await lint(request, lint_request)
        return JSONResponse(Report([report]).to_json())

    @route("/api/extract", methods=["POST"], summary="Texten i en uppladdad fil", openapi_extra=FILE_BODY,
           responses=ERRORS)  # fmt: skip
    async def api_extract(request: Request) -> dict[str, str]:
        _, upload, data = await read_upload(request)
        name = upload_name(upload)
        fmt = file_format(name)
        if fmt in ("docx", "pdf"):
            # In a reader process within the time limit, as /api/lint reads an upload: read here, on the event
            # loop, a 28 KB .docx of 3.1 million empty paragraphs had held every request of the worker for a minute.
            document = await read(request, LintRequest(data, fmt, name))
            text = page_text(document)
        else:
            try:
                text = decode_bytes(data, name)
            except InputError as exc:
                raise HTTPException(422, str(exc)) from None
        extracted = {"name": name, "format": fmt if fmt in TEXT_FORMATS else "text", "text": text}
        # A count of a long text's words: not on the event loop.
        if too_long := await asyncio.to_thread(too_long_message, text, name):
            extracted["too_long"] = too_long
        return extracted

    @route("/api/word", methods=["POST"], summary="Word-filen med anmärkningarna som kommentarer eller ändringsförslag",
           openapi_extra=WORD_BODY, responses=ERRORS)  # fmt: skip
    async def api_word(request: Request) -> Response:
        """Samma kopia som `klarlint FIL.docx --annotate` (eller `--suggest`), utan de ignorerade anmärkningarna."""
        form, upload, data = await read_upload(request)
        name = upload_name(upload)
        if reason := word_refusal(name):
            raise HTTPException(422, f"{name}: {reason}")
        suggest = word_mode(form.get("mode"))
        lint_request = LintRequest(data, "docx", name, **options_from(form, split=True))
        work = state(request).worker.word_copy(lint_request, suggest, ignored_findings(form.get("ignored")))
        copy = await _answered(request, work)
        return Response(copy, media_type=DOCX_TYPE, headers={"Content-Disposition": attachment(name)})

    @app.get("/api/rules", summary="Alla regler")
    async def api_rules(request: Request) -> dict[str, list[dict[str, Any]]]:
        return {"rules": [rule_json(info) for info in state(request).rules]}

    @app.get("/api/rules/{rule_id}", summary="En regel och dess förklaring", responses={404: {"description": "okänd"}})
    async def api_rule(request: Request, rule_id: str) -> dict[str, Any]:
        for info in state(request).rules:
            if info.id == rule_id:
                return rule_json(info)
        raise HTTPException(404, unknown_rule(rule_id))

    @app.get("/api/profiles", summary="Profilerna")
    async def api_profiles(request: Request) -> dict[str, Any]:
        current = state(request)
        return {"profiles": current.profiles, "default": current.default_profile}

    @route("/v2/check", methods=["POST"], summary="LanguageTool: granska", openapi_extra=LT_BODY,
           responses=LT_ERRORS)  # fmt: skip
    async def v2_check(request: Request) -> dict[str, object]:
        return await languagetool_check(request, await languagetool_fields(request))

    @app.get("/v2/check", summary="LanguageTool: granska (kort text i adressen)",
             responses=LT_ERRORS)  # fmt: skip
    async def v2_check_get(request: Request) -> dict[str, object]:
        return await languagetool_check(request, await languagetool_fields(request))

    @app.get("/v2/languages", summary="LanguageTool: språk")
    async def v2_languages() -> list[dict[str, str]]:
        return lt.languages()


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def word_refusal(name: str) -> str | None:
    """Why the page gets no Word copy of the file ``name`` (one Swedish phrase), or None for a .docx."""
    suffix = Path(name).suffix.lower()
    if suffix in (".docm", ".dotm"):  # a copy would carry macros klarlint never looked at
        return "dokumentet har makron; klarlint skriver ingen Word-fil av det (spara det som .docx utan makron)"
    if suffix != ".docx":
        return "bara ett Word-dokument (.docx) kan laddas ner med kommentarer eller ändringsförslag"
    return None


def word_mode(value: object) -> bool:
    """``mode``: *comments* (the default: ``--annotate``) or *changes* (``--suggest``); whether it is changes."""
    if value in (None, "", "comments"):
        return False
    if value == "changes":
        return True
    raise HTTPException(400, "mode ska vara comments eller changes")


def ignored_findings(value: object) -> frozenset[tuple[str, str]]:
    """The findings the writer ignored on the page: a JSON list of [rule, words] pairs."""
    if value in (None, ""):
        return frozenset()
    try:
        pairs = json.loads(value) if isinstance(value, str) else None
    except (ValueError, RecursionError):
        pairs = None
    valid = isinstance(pairs, list) and all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in pairs
    )
    if not valid:
        raise HTTPException(400, "ignored ska vara en JSON-lista med par [regel, ord]")
    return frozenset((rule, words) for rule, words in pairs)


def attachment(name: str) -> str:
    """The Content-Disposition of the copy: *beslut.klarlint.docx*, any name in UTF-8 (RFC 6266)."""
    # control, bidi and zero-width characters dropped: an RLO had reversed what the browser showed (s48 W5)
    copy = "".join(c for c in PurePosixPath(name).stem if unicodedata.category(c)[0] not in "CZ" or c == " ")
    copy = (copy.strip() or "fil") + ".klarlint.docx"
    plain = "".join(c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in copy)
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(copy)}"


def too_long_text(text: str) -> str | None:
    """Why the LanguageTool API refuses a text one check cannot cover, or None (see too_long_message)."""
    return f"texten är för lång för en granskning ({_ONE_CHECK}); dela upp den" if _over_one_check(text) else None


def too_long_message(text: str, name: str) -> str | None:
    """Why the page refuses a file whose text one check cannot cover, or None: the page had put 11.8 MB into its
    text box, checked only the first 1,958,000 characters, taken a minute per keystroke after, and lost the text on
    a reload (s47 bench WRONG 11). The text is still given (the API's callers may want it; the command line checks
    such a file as far as it goes)."""
    if not _over_one_check(text):
        return None
    return f"{name}: filen är för lång för en granskning på sidan ({_ONE_CHECK}); dela upp den"


# What one check covers, as the page's and the API's refusals say it
_ONE_CHECK = (
    f"gränsen är {grouped(MAX_ANALYSED_CHARS)} tecken eller {grouped(MAX_ANALYSED_TOKENS)} ord och skiljetecken"
)


def _over_one_check(text: str) -> bool:
    # Counting words is a pass over the text: only for a text long enough to hold too many.
    if len(text) > MAX_ANALYSED_CHARS:
        return True
    return len(text) > MAX_ANALYSED_TOKENS and token_count(text) > MAX_ANALYSED_TOKENS


def page_text(document: Document) -> str:
    """A document's blocks as the page's plain text, one paragraph each, linted as ``klarlint check`` lints the file.

    A paragraph in a quote style (Word's *Quote*, *Citat*) starts with ``> ``, the plain-text reader's mark of a
    quotation: without it a quoted statute's *skall* got a one-click fix in the page, and its passive a warning,
    where the command line gives neither (s47 bench re-test WRONG 2).
    """
    return "\n\n".join(f"> {b.text}" if _quoted_whole(b) else b.text for b in document.blocks)


def _quoted_whole(block: Block) -> bool:
    return bool(block.text.strip()) and any(start == 0 and end >= len(block.text) for start, end in block.quotes)


# OpenDocument text, LibreOffice's own format (common in municipalities): "okänt filformat .odt" had not said
# what to do, where .doc gets "spara den som .docx" (workbench s43 §7).
OPEN_DOCUMENT = "filen är ett OpenDocument-dokument (.odt), till exempel från LibreOffice; spara den som .docx"


def file_format(name: str) -> str:
    if Path(name).suffix.lower() == ".odt":
        raise HTTPException(422, f"{name}: {OPEN_DOCUMENT}")
    try:
        return format_for(Path(name))
    except InputError as exc:
        known = ", ".join(sorted({suffix for suffix in FORMATS if suffix not in {".text", ".markdown", ".htm"}}))
        raise HTTPException(422, f"{exc} (klarlint läser {known})") from None


def rule_json(info: RuleInfo) -> dict[str, Any]:
    return {
        "id": info.id,
        "title": info.title,
        "severity": info.severity.value,
        "reference": info.reference,
        "explanation": info.explanation,
        "example_before": info.example_before,
        "example_after": info.example_after,
        "fix": str(info.fix.value),
        "source": info.source,
        "enabled_by_default": info.enabled_by_default,
        "picky": info.picky,
        "picky_subchecks": sorted(info.picky_subchecks),
    }


async def languagetool_fields(request: Request) -> dict[str, str]:
    """A request's fields as LanguageTool's server reads them: a POST body is form data whatever its Content-Type
    (a multipart form too), and the URL's query parameters are merged in, winning over the body's."""
    fields: dict[str, str] = {}
    try:
        if request.method == "POST":
            content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type == "multipart/form-data":
                form = await form_body(request)
                fields = {key: value for key, value in form.items() if isinstance(value, str)}
            else:
                body = await request.body()  # within the body limit (BodyLimitMiddleware)
                fields = lt.parse_query(body, declared_charset(request.headers.get("content-type", "")))
        fields.update(lt.parse_query(request.url.query))
    except lt.LanguageToolRequestError as exc:
        raise HTTPException(400, str(exc)) from None
    return fields


def declared_charset(content_type: str) -> str:
    """The ``charset`` of a Content-Type header, UTF-8 when it names none (as LanguageTool's server reads a form)."""
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip('"'):
            return value.strip().strip('"')
    return "utf-8"


async def languagetool_check(request: Request, values: Mapping[str, str]) -> dict[str, object]:
    rules = state(request).rules
    try:
        lt.check_language(values.get("language", "auto"))
        text = lt.checked_text(values)
        enable, disable = lt.rule_selection(values, rules)
    except lt.LanguageToolRequestError as exc:
        raise HTTPException(400, str(exc)) from None
    if too_long := await asyncio.to_thread(too_long_text, text.plain):
        # as LanguageTool refuses a text over its limit, at once: it had tied up a worker till the time limit
        raise HTTPException(413, too_long)
    try:
        report = await lint(request, LintRequest(text.plain, "text", LT_NAME, enable=enable, disable=disable))
    except HTTPException as exc:  # the name is for the CLI's messages: *<stdin>:* means nothing in the add-on
        if isinstance(exc.detail, str) and exc.detail.startswith(f"{LT_NAME}: "):
            exc.detail = exc.detail.removeprefix(f"{LT_NAME}: ")
        raise
    infos = {info.id: info for info in rules}
    # off the event loop: the answer's offsets and language evidence take time on a long text, and /health waited
    return await run_in_threadpool(lt.check_response, report, text, infos, str(request.base_url))

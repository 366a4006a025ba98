"""The FastAPI application: one :class:`ServeContext` (options, settings, lazily opened store
and analyser) shared by the API and page routers, error translation at the edge."""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsprov import __version__
from newsprov.errors import (
    ConfigError,
    InputError,
    LimitError,
    NewsprovError,
    NotFoundError,
    RecordError,
    StoreError,
)
from newsprov.options import Options
from newsprov.serve.negotiate import accepts_json
from newsprov.serve.openapi import patched
from newsprov.serve.security import (
    BodyTooLarge,
    EdgeMiddleware,
    RateLimiter,
    ServeSettings,
    is_page_path,
    too_large,
)
from newsprov.serve.view import search_marks
from newsprov.store.engine import check_url_given
from newsprov.store.filters import DATE, PUBLISHED, date_problem, published_problem
from newsprov.wording import LIST, TEXT, must_be, plural

if TYPE_CHECKING:
    from newsprov.analysis import Analyzer
    from newsprov.record import Record

log = logging.getLogger("newsprov.serve")
#: An article id: no slash, backslash or control character (it becomes a path in the pages).
ID_PATTERN = r"^[^\x00-\x1f/\\]+$"
#: What a pattern means, for error messages that name no regular expression.
PATTERN_WORDS = {
    ID_PATTERN: "must not be empty or contain '/', '\\' or control characters",
    "^(text|html)$": "must be text or html",
}
PACKAGE_DIR = Path(str(resources.files("newsprov") / "serve"))


class ServeContext:
    """What every request needs; the store and the analyser open on first use."""

    def __init__(
        self,
        options: Options,
        settings: ServeSettings,
        store_url: str | None,
        analyzer: Analyzer | None = None,
        store: Any = None,
    ) -> None:
        self.options = options
        self.settings = settings
        self.store_url = options.db if store_url is None else store_url
        self._analyzer = analyzer
        self._store = store
        self._lock = threading.Lock()
        #: spaCy inference is serialised: one article at a time per process.
        self.analyze_lock = threading.Lock()
        self.templates = Environment(
            loader=FileSystemLoader(str(PACKAGE_DIR / "templates")),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.globals["version"] = __version__
        self.templates.filters["plural"] = plural
        self.templates.filters["search_marks"] = search_marks

    @property
    def analyzer(self) -> Analyzer:
        with self._lock:
            if self._analyzer is None:
                from newsprov.analysis import get_analyzer

                self._analyzer = get_analyzer(self.options)
            return self._analyzer

    def open_store(self) -> Any:
        """The store, opened (and migrated) now if it is not open yet."""
        return self.store

    @property
    def store(self) -> Any:
        with self._lock:
            if self._store is None:
                from newsprov.store import open_store

                self._store = open_store(self.store_url, self.options)
            return self._store

    def analyze(self, article: Any) -> Record:
        analyzer = self.analyzer
        with self.analyze_lock:
            return analyzer.analyze(article)

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    def render(self, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        html = self.templates.get_template(name).render(**ctx)
        return HTMLResponse(html, status_code=status)


def status_of(err: NewsprovError) -> int:
    if isinstance(err, NotFoundError):
        return 404
    if isinstance(err, LimitError):
        return 413
    if isinstance(err, InputError):
        return 422
    if isinstance(err, StoreError):
        return 503
    if isinstance(err, RecordError | ConfigError):
        return 500
    return 500


#: Where an error page points, by the section of the path that failed: its list first.
_SECTIONS = {
    "sources": ("/sources", "The source directory"),
    "stories": ("/stories", "The stories"),
    "quotes": ("/quotes", "The quotes"),
    "analyze": ("/analyze", "Analyse an article"),
}
_ARTICLES = ("/", "The articles")


def back_links(path: str) -> list[tuple[str, str]]:
    """The links of an error page at ``path``: its section's list, then the articles."""
    section = _SECTIONS.get(path.strip("/").split("/")[0])
    return [section, _ARTICLES] if section else [_ARTICLES]


def _error(request: Request, status: int, message: str) -> Response:
    """The error answer: a small HTML page for pages (status kept), JSON under ``/api``."""
    path = request.url.path
    if is_page_path(path):
        ctx: ServeContext = request.app.state.ctx
        return ctx.render(
            "error.html",
            status=status,
            status_code=status,
            message=message,
            back=back_links(path),
        )
    return JSONResponse({"error": message}, status_code=status)


#: What a field of a wrong type must be, by pydantic's error type, in the words
#: :func:`newsprov.wording.must_be` says it for JSON Lines, batch rows and the Python API.
TYPE_WORDS = {"string_type": TEXT, "list_type": LIST}


def invalid_part(e: dict[str, Any]) -> str:
    """One validation problem for people: the parameter, the value and what is wanted."""
    if e.get("type") == "json_invalid":
        pos = tuple(e.get("loc", ()))[1:2]
        why = (e.get("ctx") or {}).get("error")
        at = f" at character {pos[0]}" if pos and isinstance(pos[0], int) else ""
        return f"body is not valid JSON ({why}{at})" if why else "body is not valid JSON"
    if tuple(e.get("loc", ())) == ("body",) and e.get("type") in (
        "model_attributes_type",
        "dict_type",
        "missing",
    ):
        if e.get("type") == "missing":
            return "body is missing: send a JSON object"
        return must_be("a JSON object", e.get("input"), "body")
    loc = [str(x) for x in e.get("loc", ()) if x != "body"]
    if len(loc) > 1 and loc[0] in ("query", "path", "header", "form"):
        loc = loc[1:]
    where = ".".join(loc) or "body"
    pattern = (e.get("ctx") or {}).get("pattern")
    if e.get("type") == "string_pattern_mismatch" and pattern == DATE.pattern:
        return f"{where}: {date_problem(str(e.get('input')))}"
    if e.get("type") == "string_pattern_mismatch" and pattern == PUBLISHED.pattern:
        return f"{where}: {published_problem(str(e.get('input')))}"
    if e.get("type") == "string_pattern_mismatch" and pattern in PATTERN_WORDS:
        return f"{where}: {e.get('input')!r} {PATTERN_WORDS[pattern]}"
    if e.get("type") in TYPE_WORDS and "input" in e:  # "Input should be a valid string"
        return f"{where}: {must_be(TYPE_WORDS[e['type']], e['input'])}"
    if e.get("type") == "value_error" and (e.get("ctx") or {}).get("error"):
        return f"{where}: {e['ctx']['error']}"  # our validator's own words, without "Value error, "
    return f"{where}: {e.get('msg', 'invalid')}"


#: FastAPI's words when the body could not be decoded at all (it answers them with a 400).
BODY_UNREADABLE = "There was an error parsing the body"


def unreadable_body(cause: BaseException | None) -> str:
    """Why a JSON body could not be read at all, for people (a 422 like every bad body)."""
    if isinstance(cause, UnicodeDecodeError):
        byte = cause.object[cause.start]
        return (
            f"body is not UTF-8 (byte 0x{byte:02x} at byte {cause.start}): "
            "send JSON encoded as UTF-8"
        )
    if isinstance(cause, RecursionError):
        return "body is nested too deeply to read"
    return "body cannot be read as JSON" + (f" ({type(cause).__name__})" if cause else "")


def allow_header(allowed: str) -> str:
    """The methods a path takes, as ``Allow`` lists them: HEAD wherever GET is (the edge
    answers it), and OPTIONS everywhere."""
    methods = [m.strip().upper() for m in allowed.split(",") if m.strip()]
    if not methods:
        return ""
    if "GET" in methods and "HEAD" not in methods:
        methods.insert(methods.index("GET") + 1, "HEAD")
    if "OPTIONS" not in methods:
        methods.append("OPTIONS")
    return ", ".join(methods)


def api_hint(path: str) -> str:
    """Where an unknown API path's caller finds the real ones (``/api`` itself answered a bare
    "nothing at /api")."""
    if path == "/api" or path.startswith("/api/"):
        return ": the API's paths are listed at /api/openapi.json"
    return ""


def form_limits(max_body: int) -> dict[str, Any]:
    """The analyse page's pasted article may be as long as a request body may be: Starlette
    caps a form field at 1 MiB by default, so a 1.5 MB paste the API takes got a 400 "Field
    exceeded maximum size of 1024KB.". FastAPI takes the cap from 0.165 on; an older FastAPI
    keeps Starlette's."""
    if "form_limits" in inspect.signature(FastAPI.__init__).parameters:
        return {"form_limits": {"max_part_size": max_body}}
    return {}


def create_app(
    options: Options | None = None,
    store_url: str | None = None,
    *,
    settings: ServeSettings | None = None,
    analyzer: Analyzer | None = None,
    store: Any = None,
) -> FastAPI:
    """The newsprov web application: ``/api/...`` (JSON, OpenAPI at ``/api/openapi.json``) and
    the pages. ``store_url`` defaults to ``options.db`` (an empty one is a
    :class:`~newsprov.errors.ConfigError`, as ``open_store("")`` is); ``settings`` to the
    environment."""
    from newsprov.serve import api, pages

    if store_url is not None:
        check_url_given(store_url)  # as open_store("") refuses it, before anything is served

    opts = options or Options.from_env()
    conf = settings or ServeSettings.from_env()
    max_body = conf.max_body or (opts.max_bytes + 65_536)
    app = FastAPI(
        title="newsprov",
        version=__version__,
        description=(
            "Attribution and provenance of news articles. Read endpoints are open; "
            "`POST /api/ingest` needs `Authorization: Bearer <NEWSPROV_TOKEN>`. "
            'Errors are `{"error": message}`. Every operation answers `application/json` '
            "(406 when `Accept` takes none); request bodies are `application/json` (415 "
            "otherwise), sent as they are or gzip-compressed (`Content-Encoding: gzip`). "
            "No endpoint fetches a URL."
        ),
        docs_url=None,
        redoc_url=None,
        openapi_url=None,  # served below, where Accept is checked as on every API path
        lifespan=_lifespan,
        **form_limits(max_body),
    )
    app.openapi = patched(app.openapi)  # type: ignore[method-assign]
    app.add_api_route(
        "/api/openapi.json",
        lambda: JSONResponse(app.openapi()),
        include_in_schema=False,
        dependencies=[Depends(accepts_json)],
    )
    app.state.ctx = ServeContext(opts, conf, store_url, analyzer=analyzer, store=store)
    app.add_middleware(EdgeMiddleware, max_body=max_body, limiter=RateLimiter(conf.rate_limit))
    app.mount("/static", StaticFiles(directory=str(PACKAGE_DIR / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(NewsprovError)
    async def _newsprov_error(request: Request, exc: NewsprovError) -> Response:
        status = status_of(exc)
        if status >= 500:
            log.error("%s %s: %s", request.method, request.url.path, exc)
        return _error(request, status, exc.message)

    @app.exception_handler(BodyTooLarge)
    async def _too_large(request: Request, exc: BodyTooLarge) -> Response:
        return _error(request, 413, too_large(exc.limit)["error"])

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        # a body of another type than JSON is a 415 before it is validated (negotiate.py)
        parts = [invalid_part(e) for e in exc.errors()[:5]]
        return _error(request, 422, "invalid request: " + "; ".join(parts))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        status = exc.status_code
        headers = dict(exc.headers or {})
        if status == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}" + api_hint(request.url.path)
        elif status == 405 and message == "Method Not Allowed":
            routed = headers.pop("Allow", "") or headers.pop("allow", "")
            allowed = allow_header(routed)
            if request.method == "OPTIONS" and allowed:
                return Response(status_code=204, headers={"Allow": allowed})
            if allowed:
                headers["Allow"] = allowed
            message = f"{request.method} is not allowed on {request.url.path}" + (
                f": use {routed}" if routed else ""
            )
        elif status == 400 and message == BODY_UNREADABLE:
            status, message = 422, "invalid request: " + unreadable_body(exc.__cause__)
        resp = _error(request, status, message)
        for k, v in headers.items():
            resp.headers[k] = v
        return resp

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return _error(request, 500, f"internal error ({type(exc).__name__}); see the server log")

    return app


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.ctx.close()

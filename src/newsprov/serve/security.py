"""The HTTP edge's defences: server settings, the write token (constant-time check), a body
size limit, a per-client request-rate limit and security headers (a strict CSP)."""

from __future__ import annotations

import hmac
import html
import json
import os
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

from newsprov.options import (
    Rule,
    check_overrides,
    check_value,
    python_label,
    read_env,
    whole,
)
from newsprov.serve.encoding import (
    ACCEPTED,
    DecodedTooLarge,
    EncodingError,
    codings,
    gunzip,
    read_all,
    replay,
)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Content-Security-Policy of every response: only this server's own scripts and styles,
#: no inline script, no plugins, no framing, forms post only here, nothing fetched elsewhere.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


#: The rules of :class:`ServeSettings`' checked settings (the token is any non-empty text).
SERVE_RULES: dict[str, Rule] = {
    "max_body": Rule(int, "a whole number of bytes, 0 (max_bytes plus 64 KiB) or more", whole(0)),
    "rate_limit": Rule(int, "a whole number of requests a minute, 0 (no limit) or more", whole(0)),
    "max_ingest": Rule(int, "a whole number of articles, at least 1", whole(1)),
    "open_reads": Rule(bool, "true or false", lambda v: isinstance(v, bool)),
}


@dataclass(frozen=True)
class ServeSettings:
    """Settings of the HTTP server; each also reads ``NEWSPROV_<NAME>`` from the environment
    (``open_reads`` excepted: ``newsprov serve`` decides it from ``--host`` and ``--public``)."""

    #: Token that write endpoints (``POST /api/ingest``) require; unset = writes refused.
    token: str | None = None
    #: Largest request body in bytes (0: the analyser's ``max_bytes`` plus 64 KiB of JSON).
    max_body: int = 0
    #: Requests per minute per client address (0: no limit).
    rate_limit: int = 600
    #: Articles one ``POST /api/ingest`` may carry.
    max_ingest: int = 100
    #: Reads (pages, GET endpoints) need no token. ``newsprov serve`` turns this off when it
    #: listens beyond loopback, unless ``--public`` is given.
    open_reads: bool = True

    def __post_init__(self) -> None:
        for name in SERVE_RULES:
            check_value(SERVE_RULES, name, getattr(self, name), python_label(name))

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, flags: bool = False, **overrides: Any
    ) -> ServeSettings:
        """Settings from the environment, then ``overrides`` (``None`` ignored); ``flags=True``
        names overrides as command-line flags in errors."""
        env = os.environ if environ is None else environ
        rules = {k: v for k, v in SERVE_RULES.items() if k != "open_reads"}
        values: dict[str, Any] = read_env(rules, env)
        token = env.get("NEWSPROV_TOKEN")
        if token:
            values["token"] = token
        values.update(check_overrides(SERVE_RULES | {"token": _TOKEN}, overrides, flags=flags))
        return cls(**values)


_TOKEN = Rule(str, "a non-empty text", lambda v: isinstance(v, str) and bool(v))


def token_ok(expected: str | None, given: str | None) -> bool:
    """True when ``given`` equals the configured token; compared in constant time."""
    if not expected or given is None:
        return False
    return hmac.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


def bearer(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


class RateLimiter:
    """A sliding one-minute window of request times per client address."""

    def __init__(self, per_minute: int, window: float = 60.0) -> None:
        self.per_minute = per_minute
        self.window = window
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, client: str) -> float:
        """0 when the request may go on, else the seconds to wait."""
        if self.per_minute <= 0:
            return 0.0
        now = time.monotonic()
        with self._lock:
            q = self._hits.setdefault(client, deque())
            while q and now - q[0] >= self.window:
                q.popleft()
            if len(q) >= self.per_minute:
                return max(0.1, self.window - (now - q[0]))
            q.append(now)
            if len(self._hits) > 10_000:  # forget idle clients
                for key in [k for k, v in self._hits.items() if not v]:
                    del self._hits[key]
            return 0.0


def is_page_path(path: str) -> bool:
    """Every path outside ``/api`` is a page (or a would-be page): its errors are HTML."""
    return not (path == "/api" or path.startswith("/api/"))


async def _send_error(
    send: Send, scope: Scope, status: int, message: str, extra: list[Any]
) -> None:
    """An error answered before the app: JSON under ``/api``, a small HTML page elsewhere."""
    if not is_page_path(str(scope.get("path", ""))):
        await _send_json(send, status, {"error": message}, extra)
        return
    text = html.escape(message)
    data = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Error {status}'
        f'</title><link rel="stylesheet" href="/static/style.css"></head><body><main>'
        f'<section class="error-page"><h1>{status}</h1><p class="error">{text}</p>'
        f'<p><a href="/">Back to the articles</a></p></section></main></body></html>'
    ).encode()
    await _send(send, status, b"text/html; charset=utf-8", data, extra)


async def _send_json(send: Send, status: int, body: dict[str, Any], extra: list[Any]) -> None:
    await _send(send, status, b"application/json", json.dumps(body).encode(), extra)


async def _send(send: Send, status: int, kind: bytes, data: bytes, extra: list[Any]) -> None:
    headers = [
        (b"content-type", kind),
        (b"content-length", str(len(data)).encode()),
        *extra,
        *SECURITY_HEADERS,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


class BodyTooLarge(Exception):
    """Raised while reading a request body that passes the size limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


class EdgeMiddleware:
    """Pure ASGI middleware: rate limit, body size limit, and security headers on every reply."""

    def __init__(self, app: ASGIApp, max_body: int, limiter: RateLimiter) -> None:
        self.app = app
        self.max_body = max_body
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        # HEAD is GET without the body (monitors and `curl -I` send it; the routes, FastAPI's,
        # know GET only and answered 405)
        head = scope.get("method") == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}
        client = (scope.get("client") or ("?", 0))[0]
        wait = self.limiter.check(str(client))
        if wait:
            await _send_error(
                send,
                scope,
                429,
                f"too many requests; retry in {wait:.0f} s",
                [(b"retry-after", str(int(wait) + 1).encode())],
            )
            return
        limit = self.max_body
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    size = int(value)
                except ValueError:
                    await _send_error(send, scope, 400, "bad Content-Length header", [])
                    return
                if size > limit:
                    await _send_error(send, scope, 413, too_large(limit)["error"], [])
                    return
        decoded = await self._decoded(scope, receive, send)
        if decoded is None:
            return
        scope, receive = decoded
        received = 0
        api = not is_page_path(str(scope.get("path", "")))
        started = False
        over = False  # the body passed the limit: whatever the app answers becomes a 413

        async def limited_receive() -> Message:
            nonlocal received, over
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    over = True
                    raise BodyTooLarge(limit)
            return message

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if over:
                if message["type"] == "http.response.start" and not started:
                    started = True
                    await _send_error(send, scope, 413, too_large(limit)["error"], [])
                return
            if message["type"] == "http.response.start":
                started = True
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() not in {h for h, _ in SECURITY_HEADERS}
                ]
                if api and not any(k.lower() == b"vary" for k, _ in headers):
                    headers.append((b"vary", b"Accept"))  # a 406 or not, by Accept
                message["headers"] = headers + SECURITY_HEADERS
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except BodyTooLarge:
            if not started:
                await _send_error(send, scope, 413, too_large(limit)["error"], [])

    async def _decoded(
        self, scope: Scope, receive: Receive, send: Send
    ) -> tuple[Scope, Receive] | None:
        """The request with its body decoded from its ``Content-Encoding`` (the scope's headers
        then say so), or None when an error was answered: an unknown coding (415), a body
        over the limit before or after decoding (413), gzip that is not (422)."""
        header = b", ".join(v for k, v in scope.get("headers", []) if k == b"content-encoding")
        if not header:
            return scope, receive
        limit = self.max_body
        try:
            layers = codings(header.decode("latin-1"))
            raw = await read_all(receive, limit)
            if raw is None:
                raise BodyTooLarge(limit)
            body = raw
            for _ in layers if raw else ():
                body = gunzip(body, limit)
        except EncodingError as e:
            extra = [(b"accept-encoding", ACCEPTED.encode())] if e.status == 415 else []
            await _send_error(send, scope, e.status, e.message, extra)
            return None
        except BodyTooLarge:
            await _send_error(send, scope, 413, too_large(limit)["error"], [])
            return None
        except DecodedTooLarge:
            message = too_large(limit)["error"] + " once decompressed (Content-Encoding: gzip)"
            await _send_error(send, scope, 413, message, [])
            return None
        headers = [
            (k, v)
            for k, v in scope.get("headers", [])
            if k not in (b"content-encoding", b"content-length", b"transfer-encoding")
        ]
        headers.append((b"content-length", str(len(body)).encode()))
        return {**scope, "headers": headers}, replay(body, receive)


def too_large(limit: int) -> dict[str, str]:
    return {"error": f"request body is over the {limit:,}-byte limit (max_body)"}

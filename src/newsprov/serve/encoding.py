"""Request bodies sent with ``Content-Encoding``: gzip is decoded (never past the body size
limit, so a small archive of a huge body is refused without being inflated), identity is the
body as it is, and any other coding is refused."""

from __future__ import annotations

import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]

GZIP = ("gzip", "x-gzip")
#: The codings a request body may have, as a 415 names them in ``Accept-Encoding``.
ACCEPTED = "gzip, identity"


class EncodingError(Exception):
    """A request body this server cannot decode: ``status`` and a one-line ``message``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class DecodedTooLarge(Exception):
    """The decoded body passes the limit."""


def codings(header: str) -> list[str]:
    """The codings of a ``Content-Encoding`` header in the order they were applied, identity
    left out; an unknown one is an :class:`EncodingError` (415)."""
    found = [c.strip().lower() for c in header.split(",") if c.strip()]
    unknown = [c for c in found if c not in (*GZIP, "identity")]
    if unknown:
        raise EncodingError(
            415,
            f"Content-Encoding {unknown[0]!r} is not supported: send the body as it is "
            "or compressed with gzip (Content-Encoding: gzip)",
        )
    return [c for c in found if c != "identity"]


def gunzip(data: bytes, limit: int) -> bytes:
    """``data`` decoded from gzip (one member or several in a row), at most ``limit`` bytes:
    more is :class:`DecodedTooLarge`, data that is no gzip an :class:`EncodingError` (422)."""
    out = bytearray()
    rest = data
    while True:
        inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            chunk = inflater.decompress(rest, limit - len(out) + 1)
            out += chunk
            while not inflater.eof and inflater.unconsumed_tail and len(out) <= limit:
                out += inflater.decompress(inflater.unconsumed_tail, limit - len(out) + 1)
        except zlib.error as e:
            why = str(e).split(": ", 1)[-1]
            raise EncodingError(422, _bad(f"not gzip data ({why})")) from e
        if len(out) > limit:
            raise DecodedTooLarge
        if not inflater.eof:
            raise EncodingError(422, _bad("truncated: it ends before the gzip stream does"))
        rest = inflater.unused_data
        if not rest:
            return bytes(out)


def _bad(why: str) -> str:
    return f"invalid request: body sent as Content-Encoding: gzip is {why}"


async def read_all(receive: Receive, limit: int) -> bytes | None:
    """The whole request body, or None as soon as it passes ``limit`` bytes."""
    parts: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(parts)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        parts.append(chunk)
        if not message.get("more_body", False):
            return b"".join(parts)


def replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that gives ``body`` in one message, then whatever ``receive`` gives
    (a disconnect)."""
    sent = False

    async def again() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return again

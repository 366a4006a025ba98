"""What a request may ask for and send: its ``Accept`` header against what an endpoint answers
(406 when nothing it answers is taken) and the ``Content-Type`` of its body (415 when it is not
the type the endpoint reads)."""

from __future__ import annotations

from fastapi import HTTPException, Request

JSON = "application/json"
FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")
_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyz")


def _token(word: str) -> bool:
    return bool(word) and set(word) <= _TOKEN


def _quality(params: list[str]) -> float | None:
    """The ``q`` of a media range's parameters (1 when absent); None when unreadable."""
    for param in params:
        name, _, value = param.partition("=")
        if name.strip() == "q":
            try:
                q = float(value.strip())
            except ValueError:
                return None
            return q if 0 <= q <= 1 else None
    return 1.0


def parse_accept(header: str) -> list[tuple[str, str, float]]:
    """The media ranges of an ``Accept`` header as ``(type, subtype, q)``, lower-cased; a range
    that cannot be read (no ``type/subtype``, ``*/json``, a ``q`` outside 0-1) is left out."""
    ranges: list[tuple[str, str, float]] = []
    for part in header.lower().split(","):
        media, *params = part.split(";")
        kind, slash, sub = media.strip().partition("/")
        if not slash or not _token(kind) or not _token(sub) or (kind == "*" and sub != "*"):
            continue
        q = _quality(params)
        if q is not None:
            ranges.append((kind, sub, q))
    return ranges


def acceptable(header: str | None, offered: str) -> bool:
    """Whether ``offered`` (``type/subtype``) is taken by an ``Accept`` header: the most specific
    range that matches it decides, and ``q=0`` refuses. No header, or nothing readable in it,
    takes anything."""
    ranges = parse_accept(header or "")
    if not ranges:
        return True
    kind, _, sub = offered.lower().partition("/")
    best: tuple[int, float] | None = None
    for r_kind, r_sub, q in ranges:
        if (r_kind, r_sub) == (kind, sub):
            rank = 2
        elif (r_kind, r_sub) == (kind, "*"):
            rank = 1
        elif (r_kind, r_sub) == ("*", "*"):
            rank = 0
        else:
            continue
        if best is None or rank > best[0]:
            best = (rank, q)
    return best is not None and best[1] > 0


def accepts_json(request: Request) -> None:
    """Refuse (406) a request to a JSON endpoint whose ``Accept`` header takes no JSON."""
    accept = ", ".join(request.headers.getlist("accept"))
    if acceptable(accept, JSON):
        return
    shown = accept if len(accept) <= 120 else accept[:117] + "..."
    raise HTTPException(
        406,
        f"{request.url.path} answers {JSON} only, which the request's Accept header "
        f"({shown}) does not take: send Accept: {JSON} or */*",
    )


def media_type(request: Request) -> str:
    """The body's media type, lower-cased and without parameters ('' when not given)."""
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _got(request: Request) -> str:
    return media_type(request) or "no Content-Type"


def json_body(request: Request) -> None:
    """Refuse (415) a body that is not sent as JSON (``application/json`` or ``...+json``)."""
    kind = media_type(request)
    if kind == JSON or (kind.startswith("application/") and kind.endswith("+json")):
        return
    raise HTTPException(
        415,
        f"body must be a JSON object sent as Content-Type: {JSON} (got {_got(request)})",
    )


def form_body(request: Request) -> None:
    """Refuse (415) a body that is not a form, as a browser sends one."""
    if media_type(request) in FORMS:
        return
    raise HTTPException(
        415,
        f"the form must be sent as Content-Type: {FORMS[0]} or {FORMS[1]} (got {_got(request)})",
    )

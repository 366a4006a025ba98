"""Server-rendered pages (Jinja2, autoescaped): articles, the analyse form, sources, stories,
quotes and search. Every value from an article or the store reaches HTML only through the
templates' escaping."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Annotated, Any
from urllib.parse import parse_qsl, quote, urlencode

from fastapi import APIRouter, Depends, Form, Query, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute
from pydantic import ValidationError

from newsprov.errors import InputError
from newsprov.record import SOURCE_KINDS, Record, SourceKind
from newsprov.serve.api import (
    ArticleIn,
    Ctx,
    Key,
    Offset,
    Outlet,
    Since,
    Until,
    read_guard,
    refuse_nul,
)
from newsprov.serve.app import invalid_part
from newsprov.serve.negotiate import form_body
from newsprov.serve.svg import relay_graph, timeline
from newsprov.serve.view import article_view, safe_link


class FormRoute(APIRoute):
    """A page route where an empty query parameter means "not given": a browser sends every
    field of a filter form, the empty ones as ``since=`` (which would fail the date check)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def drop_empty(request: Request) -> Response:
            refuse_nul(request)
            raw = request.scope.get("query_string", b"")
            if raw:
                kept = [(k, v) for k, v in parse_qsl(raw.decode("latin-1"), True) if v.strip()]
                request.scope["query_string"] = urlencode(kept).encode("latin-1")
                request = Request(request.scope, request.receive)
            return await handler(request)

        return drop_empty


router = APIRouter(
    dependencies=[Depends(read_guard)], include_in_schema=False, route_class=FormRoute
)
PAGE = 50


def _href(path: str, **params: Any) -> str:
    query = urlencode({k: v for k, v in params.items() if v not in (None, "", 0)})
    return path + ("?" + query if query else "")


def article_href(article_id: str) -> str:
    return "/articles/" + quote(article_id, safe="")


def _pager(path: str, offset: int, count: int, **params: Any) -> dict[str, str | None]:
    """Links to the previous and next page; ``count`` is how many items the store gave when
    asked for ``PAGE + 1``, so a next link appears only when there is a next item. A page past
    the end links to the first page instead: 50 items back may well be empty too."""
    past_end = offset > 0 and count == 0
    return {
        "first": _href(path, **params) if past_end else None,
        "prev": _href(path, offset=max(0, offset - PAGE), **params)
        if offset > 0 and not past_end
        else None,
        "next": _href(path, offset=offset + PAGE, **params) if count > PAGE else None,
    }


def _dated(items: list[dict[str, Any]], text_key: str) -> tuple[list[dict[str, Any]], Any]:
    """``items`` (each with ``article``, ``outlet``, ``published``) in date order, and their
    timeline picture labelled with ``text_key``."""
    ordered = sorted(items, key=lambda s: str(s.get("published") or "~"))
    picture = timeline(
        [
            {
                "outlet": s.get("outlet"),
                "published": s.get("published"),
                "label": str(s.get(text_key) or s.get("article") or "")[:160],
                "href": article_href(str(s.get("article"))),
            }
            for s in ordered
        ]
    )
    return ordered, picture


def _record_page(ctx: Any, rec: Record, stored: bool, **extra: Any) -> HTMLResponse:
    return ctx.render(
        "article.html",
        rec=rec,
        view=article_view(rec),
        stored=stored,
        nav="articles" if stored else "analyze",
        **extra,
    )


@router.get("/", response_class=HTMLResponse)
def index(
    ctx: Ctx,
    offset: Offset = 0,
    outlet: Outlet = None,
    since: Since = None,
    until: Until = None,
    source_kind: SourceKind | None = None,
) -> HTMLResponse:
    store = ctx.store
    filters = {"outlet": outlet, "since": since, "until": until, "source_kind": source_kind}
    items = store.articles(limit=PAGE + 1, offset=offset, **filters)
    return ctx.render(
        "index.html",
        nav="articles",
        overview=store.overview(),
        items=items[:PAGE],
        total=store.count_articles(**filters),
        filters=filters,
        kinds=SOURCE_KINDS,
        pager=_pager("/", offset, len(items), **filters),
        article_href=article_href,
    )


@router.get("/articles/", response_class=RedirectResponse)
def articles_slash() -> RedirectResponse:
    """``/articles/`` (an id left out) was a 422 page about ``article_id``: it is the list."""
    return RedirectResponse("/", status_code=307)


@router.get("/sources/", response_class=RedirectResponse)
def sources_slash() -> RedirectResponse:
    """``/sources/`` was a 422 page about ``key``, where ``/stories/`` goes to its list."""
    return RedirectResponse("/sources", status_code=307)


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(article_id: Key, ctx: Ctx) -> HTMLResponse:
    rec = ctx.store.get_record(article_id)
    ids = ctx.store.source_ids(article_id)
    return _record_page(
        ctx,
        rec,
        stored=True,
        source_href=lambda sid: "/sources/" + quote(ids[sid], safe="") if sid in ids else None,
    )


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(ctx: Ctx) -> HTMLResponse:
    return ctx.render("analyze.html", nav="analyze", form={"format": "text"}, error=None)


@router.post("/analyze", response_class=HTMLResponse, dependencies=[Depends(form_body)])
def analyze_page(
    ctx: Ctx,
    content: Annotated[str, Form()] = "",
    format: Annotated[str, Form(pattern="^(text|html)$")] = "text",
    outlet: Annotated[str, Form(max_length=200)] = "",
    title: Annotated[str, Form(max_length=2000)] = "",
) -> HTMLResponse:
    form = {"content": content, "format": format, "outlet": outlet, "title": title}
    try:
        body = ArticleIn.model_validate(
            {format: content, "outlet": outlet or None, "title": title or None}
        )
        rec = ctx.analyze(body.article(ctx, "pasted article"))
    except InputError as e:
        return ctx.render("analyze.html", status=422, nav="analyze", form=form, error=e.message)
    except ValidationError as e:
        msg = "; ".join(invalid_part(dict(x)) for x in e.errors()[:3])
        return ctx.render("analyze.html", status=422, nav="analyze", form=form, error=msg)
    return _record_page(ctx, rec, stored=False, form=form)


@router.get("/sources", response_class=HTMLResponse)
def sources_page(
    ctx: Ctx,
    offset: Offset = 0,
    kind: SourceKind | None = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    outlet: Outlet = None,
) -> HTMLResponse:
    items = ctx.store.sources(limit=PAGE + 1, offset=offset, kind=kind, q=q, outlet=outlet)
    filters = {"kind": kind, "q": q, "outlet": outlet}
    return ctx.render(
        "sources.html",
        nav="sources",
        items=items[:PAGE],
        filters=filters,
        kinds=SOURCE_KINDS,
        pager=_pager("/sources", offset, len(items), **filters),
        source_href=lambda key: "/sources/" + quote(str(key), safe=""),
    )


@router.get("/sources/{key:path}", response_class=HTMLResponse)
def source_page(key: Key, ctx: Ctx) -> HTMLResponse:
    src = ctx.store.source(key)
    statements, picture = _dated(src.get("statements", []), "content")
    return ctx.render(
        "source.html",
        nav="sources",
        src=src,
        statements=statements,
        picture=picture,
        article_href=article_href,
    )


@router.get("/stories", response_class=HTMLResponse)
def stories_page(
    ctx: Ctx,
    offset: Offset = 0,
    outlet: Outlet = None,
    since: Since = None,
    until: Until = None,
) -> HTMLResponse:
    filters = {"outlet": outlet, "since": since, "until": until}
    items = ctx.store.stories(limit=PAGE + 1, offset=offset, **filters)
    return ctx.render(
        "stories.html",
        nav="stories",
        items=items[:PAGE],
        filters=filters,
        pager=_pager("/stories", offset, len(items), **filters),
        story_href=lambda sid: "/stories/" + quote(str(sid), safe=""),
    )


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(story_id: Key, ctx: Ctx) -> HTMLResponse:
    story = ctx.store.story(story_id)
    entries, picture = _dated(story.get("timeline", []), "title")
    return ctx.render(
        "story.html",
        nav="stories",
        story=story,
        entries=entries,
        picture=picture,
        graph=relay_graph(story.get("relays", [])),
        article_href=article_href,
    )


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(
    ctx: Ctx,
    offset: Offset = 0,
    text: Annotated[str | None, Query(max_length=500)] = None,
    outlet: Outlet = None,
) -> HTMLResponse:
    items = ctx.store.quotes(text=text, limit=PAGE + 1, offset=offset, outlet=outlet)
    filters = {"text": text, "outlet": outlet}
    return ctx.render(
        "quotes.html",
        nav="quotes",
        items=items[:PAGE],
        filters=filters,
        pager=_pager("/quotes", offset, len(items), **filters),
        quote_href=lambda qid: "/quotes/" + quote(str(qid), safe=""),
        article_href=article_href,
    )


@router.get("/quotes/{quote_id}", response_class=HTMLResponse)
def quote_page(quote_id: Key, ctx: Ctx) -> HTMLResponse:
    q = ctx.store.quote(quote_id)
    appearances, picture = _dated(q.get("appearances", []), "text")
    return ctx.render(
        "quote.html",
        nav="quotes",
        q=q,
        appearances=appearances,
        picture=picture,
        article_href=article_href,
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(
    ctx: Ctx,
    q: Annotated[str, Query(max_length=500)] = "",
    offset: Offset = 0,
) -> HTMLResponse:
    items = ctx.store.search(q, limit=PAGE + 1, offset=offset) if q.strip() else []
    return ctx.render(
        "search.html",
        nav="search",
        q=q,
        search_q=q,
        items=items[:PAGE],
        pager=_pager("/search", offset, len(items), q=q),
        article_href=article_href,
    )


__all__ = ["router", "safe_link"]

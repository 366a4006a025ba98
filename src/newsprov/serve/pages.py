"""Server-rendered pages (Jinja2, autoescaped): articles, the analyse form, sources, stories,
quotes and search. Every value from an article or the store reaches HTML only through the
templates' escaping."""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine
from typing import Annotated, Any
from urllib.parse import parse_qsl, quote, urlencode

from fastapi import APIRouter, Depends, Form, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.routing import APIRoute
from pydantic import ValidationError

from newsprov.errors import AmbiguousError, InputError
from newsprov.record import SOURCE_KINDS, Record, SourceKind
from newsprov.serve.api import (
    ArticleIn,
    Ctx,
    Key,
    Offset,
    Outlet,
    QuoteSince,
    QuoteUntil,
    Since,
    Until,
    read_guard,
    refuse_nul,
)
from newsprov.serve.app import back_links, invalid_part
from newsprov.serve.negotiate import form_body
from newsprov.serve.svg import relay_graph, timeline
from newsprov.serve.view import (
    article_name,
    article_view,
    langs_from,
    names_from,
    safe_link,
    source_namer,
)
from newsprov.store.writer import OPENING

#: The list pages: a filter they cannot read is shown on the list page itself, next to its
#: field, where a separate error page lost the form and every other filter with it.
LIST_PAGES = frozenset({"/", "/sources", "/stories", "/quotes", "/search"})
#: Words for a parameter that has no field of its own in a list page's form.
_OFFSET_WORDS = "is not a page offset: use a whole number of items to skip, 0 to 10,000,000"
_KIND_WORDS = f"is not a source kind: use one of {', '.join(SOURCE_KINDS)}"
_NUL = re.compile(r"^query parameter '(.+)'$")


def _query(pairs: list[tuple[str, str]]) -> bytes:
    return urlencode(pairs).encode("latin-1")


def _unreadable(exc: Exception, names: set[str], values: dict[str, str]) -> dict[str, str]:
    """The query parameters among ``names`` that ``exc`` blames, each with why (without the
    parameter's name in front); empty when it blames something else."""
    found: dict[str, str] = {}
    if isinstance(exc, RequestValidationError):
        for e in exc.errors():
            loc = tuple(e.get("loc", ()))
            if len(loc) != 2 or loc[0] != "query" or str(loc[1]) not in names:
                return {}  # a path parameter or a header: not the form's to show
            name = str(loc[1])
            if name == "offset":
                found[name] = f"{values.get(name, '')!r} {_OFFSET_WORDS}"
            elif e.get("type") == "literal_error":  # a source kind: the CLI's words
                found[name] = f"{values.get(name, '')!r} {_KIND_WORDS}"
            else:
                found[name] = invalid_part(dict(e)).removeprefix(f"{name}: ")
    elif isinstance(exc, InputError):
        nul = _NUL.match(exc.name)
        name = nul.group(1) if nul else exc.name
        if name in names:
            found[name] = exc.problem
    return found


class FormRoute(APIRoute):
    """A page route where an empty query parameter means "not given": a browser sends every
    field of a filter form, the empty ones as ``since=`` (which would fail the date check).

    On a list page (:data:`LIST_PAGES`) a filter that cannot be read is left out and the
    page is drawn with what remains, answered with a 422: the form keeps every value as it
    was typed and says next to the field what is wrong (``request.state.form_errors``)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()
        is_list = self.path in LIST_PAGES

        async def drop_empty(request: Request) -> Response:
            raw = request.scope.get("query_string", b"")
            kept = [(k, v) for k, v in parse_qsl(raw.decode("latin-1"), True) if v.strip()]
            if raw:
                request.scope["query_string"] = _query(kept)
                request = Request(request.scope, request.receive)
            if not is_list:
                refuse_nul(request)
                return await handler(request)
            values = {k: v.replace("\x00", "") for k, v in kept}
            errors: dict[str, str] = {}
            request.state.form_values = values
            request.state.form_errors = errors
            for _ in range(len(kept) + 1):
                try:
                    refuse_nul(request)
                    resp = await handler(request)
                except (RequestValidationError, InputError) as exc:
                    left = {k for k, _ in kept if k not in errors}
                    found = _unreadable(exc, left, values)
                    if not found:
                        raise
                    errors.update(found)
                    request.scope["query_string"] = _query(
                        [(k, v) for k, v in kept if k not in errors]
                    )
                    request = Request(request.scope, request.receive)
                    continue
                if errors:
                    resp.status_code = 422
                return resp
            raise AssertionError("every parameter was left out and the page still failed")

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


def _pager(path: str, offset: int, count: int, **params: Any) -> dict[str, Any]:
    """Links to the previous and next page; ``count`` is how many items the store gave when
    asked for ``PAGE + 1``, so a next link appears only when there is a next item. A page past
    the end links to the first page instead: 50 items back may well be empty too. ``shown``
    is which items the page holds (``(51, 100)``), said beside the links on a page of a longer
    list, where nothing told the second page from the first but its items."""
    past_end = offset > 0 and count == 0
    return {
        "shown": (offset + 1, offset + min(count, PAGE)) if count else None,
        "first": _href(path, **params) if past_end else None,
        "prev": _href(path, offset=max(0, offset - PAGE), **params)
        if offset > 0 and not past_end
        else None,
        "next": _href(path, offset=offset + PAGE, **params) if count > PAGE else None,
    }


def _dated(
    items: list[dict[str, Any]],
    text_key: str,
    label: Callable[[dict[str, Any]], str] | None = None,
) -> tuple[list[dict[str, Any]], Any]:
    """``items`` (each with ``article``, ``outlet``, ``published``) in date order, and their
    timeline picture labelled with ``text_key`` (or ``label(item)``)."""
    ordered = sorted(items, key=lambda s: str(s.get("published") or "~"))
    picture = timeline(
        [
            {
                "outlet": s.get("outlet"),
                "published": s.get("published"),
                "label": (label(s) if label else str(s.get(text_key) or s.get("article") or ""))[
                    :160
                ],
                "href": article_href(str(s.get("article"))),
            }
            for s in ordered
        ]
    )
    return ordered, picture


def _record_page(ctx: Any, rec: Record, stored: bool, **extra: Any) -> HTMLResponse:
    d = rec.document
    return ctx.render(
        "article.html",
        rec=rec,
        view=article_view(rec),
        article_label=article_name(d.title, rec.id, rec.text[:OPENING], d.language),
        stored=stored,
        nav="articles" if stored else "analyze",
        **extra,
    )


def filter_form(request: Request) -> dict[str, dict[str, str]]:
    """A list page's form as it was sent: every value as typed (``typed``) and why a filter
    could not be read (``errors``, by parameter; :class:`FormRoute` fills both)."""
    values = getattr(request.state, "form_values", None)
    return {
        "typed": dict(request.query_params) if values is None else values,
        "errors": getattr(request.state, "form_errors", None) or {},
    }


FilterForm = Annotated[dict[str, dict[str, str]], Depends(filter_form)]


def _named(ctx: Any, ids: Any) -> dict[str, Any]:
    """``name`` and ``lang`` for the templates: how to name each of the stored articles
    ``ids`` and the language of its text."""
    heads = ctx.store.article_heads(ids)
    return {"name_of": names_from(heads), "lang_of": langs_from(heads)}


@router.get("/", response_class=HTMLResponse)
def index(
    ctx: Ctx,
    form: FilterForm,
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
        overview=store.overview(top=1, tops=False),  # the counts and the most relayed
        items=items[:PAGE],
        offset=offset,
        total=store.count_articles(**filters),
        filters=filters,
        filter_form=form,
        kinds=SOURCE_KINDS,
        pager=_pager("/", offset, len(items), **filters),
        article_href=article_href,
        **_named(ctx, [a["id"] for a in items[:PAGE]]),
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
    # the form is shown again as typed, but for a NUL (which the error names by its place):
    # HTML has none, so it stands as U+FFFD, as a browser would show it
    form = {
        k: v.replace("\x00", "\ufffd")
        for k, v in {"content": content, "format": format, "outlet": outlet, "title": title}.items()
    }
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
    form: FilterForm,
    offset: Offset = 0,
    kind: SourceKind | None = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    outlet: Outlet = None,
) -> HTMLResponse:
    filters = {"kind": kind, "q": q, "outlet": outlet}
    # the page shows how many articles each entry has, not which: their ids are not read
    items = ctx.store.sources(limit=PAGE + 1, offset=offset, article_ids=False, **filters)
    return ctx.render(
        "sources.html",
        nav="sources",
        items=items[:PAGE],
        total=ctx.store.count_sources(**filters),
        filters=filters,
        filter_form=form,
        kinds=SOURCE_KINDS,
        pager=_pager("/sources", offset, len(items), **filters),
        source_href=lambda key: "/sources/" + quote(str(key), safe=""),
        source_name=source_namer(ctx.store, items[:PAGE]),
    )


@router.get("/sources/{key:path}", response_class=HTMLResponse)
def source_page(key: Key, ctx: Ctx) -> HTMLResponse:
    try:
        src = ctx.store.source(key)
    except AmbiguousError as e:  # a name several sources bear: each a link, told apart
        name = source_namer(ctx.store, e.candidates)
        return ctx.render(
            "error.html",
            status=404,
            status_code=404,
            message=e.message,
            back=back_links("/sources/"),
            candidates=[("/sources/" + quote(c["id"], safe=""), name(c)) for c in e.candidates],
        )
    statements, picture = _dated(src.get("statements", []), "content")
    return ctx.render(
        "source.html",
        nav="sources",
        src=src,
        src_name=source_namer(ctx.store, [src])(src),
        # its name is among its aliases too: "also: customers" under "customers"
        aliases=[x for x in src.get("aliases", []) if x.casefold() != src["name"].casefold()],
        statements=statements,
        picture=picture,
        article_href=article_href,
        **_named(ctx, [s.get("article") for s in statements]),
    )


@router.get("/stories", response_class=HTMLResponse)
def stories_page(
    ctx: Ctx,
    form: FilterForm,
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
        total=ctx.store.count_stories(**filters),
        filters=filters,
        filter_form=form,
        pager=_pager("/stories", offset, len(items), **filters),
        story_href=story_href,
        story_name=_story_names(ctx, items[:PAGE]),
    )


def story_href(story_id: str) -> str:
    return "/stories/" + quote(str(story_id), safe="")


def _story_names(ctx: Any, stories: list[dict[str, Any]]) -> Callable[[dict[str, Any]], Any]:
    """``story_name(story)``: a story is named after its title, which is the title of its
    first titled article, in that article's language; a story with no titled article after
    its first article (:func:`~newsprov.serve.view.article_name`), where its bare id
    (``st6``) was shown."""
    heads = ctx.store.article_heads(a for s in stories for a in s.get("articles", []))
    name = names_from(heads)

    def story_name(story: dict[str, Any]) -> Any:
        members = list(story.get("articles") or [])
        title = story.get("title")
        for aid in members:
            if title and (heads.get(aid) or {}).get("title") == title:
                return name(aid)
        if title:
            return article_name(title, story.get("id"))
        return name(members[0]) if members else article_name(None, str(story.get("id")))

    return story_name


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(story_id: Key, ctx: Ctx) -> HTMLResponse:
    story = ctx.store.story(story_id)
    named = _named(ctx, [e.get("article") for e in story.get("timeline", [])])
    # a dot is named as its article is in the list beside it (an id alone was "sha256:...")
    entries, picture = _dated(
        story.get("timeline", []),
        "title",
        lambda e: str(named["name_of"](str(e.get("article")), e.get("title"))),
    )
    return ctx.render(
        "story.html",
        nav="stories",
        story=story,
        story_name=_story_names(ctx, [story])(story),
        entries=entries,
        picture=picture,
        graph=relay_graph(story.get("relays", [])),
        article_href=article_href,
        **named,
    )


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(
    ctx: Ctx,
    form: FilterForm,
    offset: Offset = 0,
    text: Annotated[str | None, Query(max_length=500)] = None,
    outlet: Outlet = None,
    since: QuoteSince = None,
    until: QuoteUntil = None,
) -> HTMLResponse:
    filters = {"text": text, "outlet": outlet, "since": since, "until": until}
    items = ctx.store.quotes(limit=PAGE + 1, offset=offset, **filters)
    return ctx.render(
        "quotes.html",
        nav="quotes",
        items=items[:PAGE],
        total=ctx.store.count_quotes(**filters),
        filters=filters,
        filter_form=form,
        pager=_pager("/quotes", offset, len(items), **filters),
        quote_href=lambda qid: "/quotes/" + quote(str(qid), safe=""),
        article_href=article_href,
        **_named(ctx, [(q.get("first_publisher") or {}).get("article") for q in items[:PAGE]]),
    )


@router.get("/quotes/{quote_id}", response_class=HTMLResponse)
def quote_page(quote_id: Key, ctx: Ctx) -> HTMLResponse:
    q = ctx.store.quote(quote_id)
    appearances, picture = _dated(q.get("appearances", []), "text")
    first = (q.get("first_publisher") or {}).get("article")
    return ctx.render(
        "quote.html",
        nav="quotes",
        q=q,
        appearances=appearances,
        picture=picture,
        article_href=article_href,
        **_named(ctx, [first, *(a.get("article") for a in appearances)]),
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(
    ctx: Ctx,
    form: FilterForm,
    q: Annotated[str, Query(max_length=500)] = "",
    offset: Offset = 0,
) -> HTMLResponse:
    items = ctx.store.search(q, limit=PAGE + 1, offset=offset) if q.strip() else []
    return ctx.render(
        "search.html",
        nav="search",
        q=q,
        search_q=form["typed"].get("q", q),
        items=items[:PAGE],
        filter_form=form,
        pager=_pager("/search", offset, len(items), q=q),
        article_href=article_href,
        **_named(ctx, [r["id"] for r in items[:PAGE]]),
    )


__all__ = ["router", "safe_link"]

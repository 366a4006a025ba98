"""The JSON API under ``/api``: analyse without storing, read the store, ingest with a token."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    WithJsonSchema,
    model_validator,
)

from newsprov import __version__
from newsprov.errors import InputError, LimitError
from newsprov.ingest import Article, Failure, article_from_html, article_from_text
from newsprov.ingest.article import unique_ids
from newsprov.ingest.jsonl import check_object
from newsprov.record import SourceKind
from newsprov.serve.app import ID_PATTERN, ServeContext, invalid_part
from newsprov.serve.negotiate import accepts_json, json_body
from newsprov.serve.security import bearer, token_ok
from newsprov.serve.view import source_namer
from newsprov.store import IngestOutcome
from newsprov.store.filters import (
    DATE,
    DATE_HINT,
    PUBLISHED,
    PUBLISHED_HINT,
    check_optional_date,
)


class ArticleIn(BaseModel):
    """One article to analyse: exactly one of ``text`` or ``html``, plus optional metadata.
    ``url`` is kept as metadata only; it is never fetched."""

    # the schema says "exactly one of text or html" too, so clients and generated requests
    # can meet it (a null counts as absent here; the schema asks for the field left out)
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "oneOf": [
                {"required": [body], "properties": {body: {"type": "string"}},
                 "not": {"required": [other]}}
                for body, other in (("text", "html"), ("html", "text"))
            ]
        },
    )  # fmt: skip

    text: str | None = Field(None, description="plain text, analysed exactly as given")
    html: str | None = Field(None, description="an HTML page; the body text is extracted")
    id: str | None = Field(None, max_length=300, pattern=ID_PATTERN)
    outlet: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=2000)
    authors: list[Annotated[str, Field(max_length=200)]] = Field(
        default_factory=list, max_length=50
    )
    published: Annotated[str | None, AfterValidator(check_optional_date)] = Field(
        None,
        max_length=40,
        pattern=PUBLISHED.pattern,
        description=f"the article's date: {PUBLISHED_HINT}",
    )

    @model_validator(mode="after")
    def _one_body(self) -> ArticleIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of text or html")
        return self

    def article(self, ctx: ServeContext, origin: str, *, by_id: bool = True) -> Article:
        """The article, named in messages by its ``id`` (``by_id``) or else ``origin``."""
        meta: dict[str, Any] = {
            k: v
            for k, v in {
                "id": self.id,
                "outlet": self.outlet,
                "url": self.url,
                "title": self.title,
                "published": self.published,
            }.items()
            if v is not None
        }
        if self.authors:
            meta["authors"] = list(self.authors)
        name = (self.id if by_id else None) or origin
        body = self.text if self.text is not None else self.html or ""
        size = len(body.encode("utf-8", "surrogatepass"))
        if size > ctx.options.max_bytes:
            raise LimitError(
                name,
                f"is {size:,} bytes, over the {ctx.options.max_bytes:,}-byte limit (max_bytes)",
            )
        if self.text is not None:
            return article_from_text(self.text, name, ctx.options, **meta)
        assert self.html is not None
        return article_from_html(self.html, name, ctx.options, **meta)


#: An article of an ingest: documented as :class:`ArticleIn`, checked one by one in
#: :func:`ingest_item`, so one bad article is a failure of its own, not the request's 422.
IngestArticle = Annotated[Any, WithJsonSchema({"$ref": "#/components/schemas/ArticleIn"})]


class IngestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[IngestArticle] = Field(
        ...,
        min_length=1,
        description=(
            "the articles, each as for /api/analyze; one that is not (a wrong type, a missing "
            "body) is reported in `failures` by its index and the others are stored"
        ),
    )


def _failure(index: int, ident: str | None, reason: str) -> dict[str, Any]:
    """One article an ingest did not store, as ``newsprov batch`` reports one (``input``,
    ``id``, ``reason``) with its index in the request."""
    return {"index": index, "input": f"articles[{index}]", "id": ident, "reason": reason}


def ingest_item(raw: Any, origin: str) -> ArticleIn:
    """One article of an ingest body, checked as ``POST /api/analyze`` checks its body; an
    :class:`InputError` naming ``origin`` (``articles[N]``) with the problems when it is not."""
    check_object(raw, origin)
    try:
        return ArticleIn.model_validate(raw)
    except ValidationError as e:
        parts = [invalid_part(dict(err)).removeprefix("body: ") for err in e.errors()[:5]]
        raise InputError(origin, "; ".join(parts)) from None


def ctx_of(request: Request) -> ServeContext:
    ctx: ServeContext = request.app.state.ctx
    return ctx


Ctx = Annotated[ServeContext, Depends(ctx_of)]


def outlet_filter(
    request: Request,
    outlet: Annotated[
        str | None, Query(max_length=200, description="only this outlet (name, alias or domain)")
    ] = None,
) -> str | None:
    """The ``outlet`` filter, refused (422) when neither the outlet registry nor the store
    knows it, as the CLI's ``--outlet`` is: a filter that cannot match is most likely a typo."""
    if outlet is not None:
        ctx_of(request).store.check_outlet(outlet, "outlet", "/api/overview")
    return outlet


Outlet = Annotated[str | None, Depends(outlet_filter)]
Limit = Annotated[int, Query(ge=1, le=500, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")]


def _date_query(description: str) -> Any:
    """The query parameter of a date filter: ``description`` and the accepted forms."""
    return Query(pattern=DATE.pattern, description=f"{description}: {DATE_HINT}")


Since = Annotated[
    str | None, _date_query("published on or after"), AfterValidator(check_optional_date)
]
Until = Annotated[
    str | None, _date_query("published on or before"), AfterValidator(check_optional_date)
]
#: A quote's dates are those of its first publication: the earliest dated article carrying it.
QuoteSince = Annotated[
    str | None,
    _date_query("first published on or after (its earliest dated article)"),
    AfterValidator(check_optional_date),
]
QuoteUntil = Annotated[
    str | None,
    _date_query("first published on or before (its earliest dated article)"),
    AfterValidator(check_optional_date),
]
Key = Annotated[str, Path(min_length=1, max_length=400)]


def _page(
    items: list[dict[str, Any]], limit: int, offset: int, total: int | None = None
) -> dict[str, Any]:
    """A listing's page; ``total`` (all the rows the filters match) where the store counts them."""
    page: dict[str, Any] = {"items": items, "limit": limit, "offset": offset}
    if total is not None:
        page["total"] = total
    return page


#: What the OpenAPI document says of a counted list's answer.
PAGE = (
    "`{items, limit, offset, total}`: `total` counts the items matching the filters over all pages"
)


#: What the OpenAPI document says of ``apart`` where the API lists directory entries.
APART = (
    "`apart` (after `name`): what tells the entry from the others of its name, as the pages "
    'say it in brackets ("group, in Wire", "in “Base closed”", "#3f2a1c"); "" when no other '
    "entry bears its name"
)


def told_apart(store: Any, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Directory entries ``items``, each with ``apart`` after its ``name``: what tells it
    from the other entries of that name (case aside), as the pages say it in brackets after
    the name (``"group, in Wire"``, ``"in “Base closed”"``, ``"#3f2a1c"``), ``""`` when no
    other entry bears its name (two "Air Force" groups, each kept to its article, read alike
    but for their ids). One :func:`~newsprov.serve.view.source_namer` for
    all of them."""
    name = source_namer(store, items)
    return [_with_apart(item, name(item).apart) for item in items]


def _with_apart(item: dict[str, Any], apart: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in item.items():
        out[key] = value
        if key == "name":
            out["apart"] = apart
    return out


def require_token(
    request: Request,
    authorization: Annotated[str | None, Header()] = None,
    x_newsprov_token: Annotated[str | None, Header()] = None,
) -> None:
    """Write endpoints: ``Authorization: Bearer TOKEN`` (or ``X-Newsprov-Token``)."""
    ctx = ctx_of(request)
    if not ctx.settings.token:
        raise HTTPException(403, "writes are disabled: the server has no NEWSPROV_TOKEN set")
    given = bearer(authorization) or x_newsprov_token
    if given is None:
        raise HTTPException(
            401,
            "this endpoint needs a token (Authorization: Bearer ...)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not token_ok(ctx.settings.token, given):
        raise HTTPException(403, "wrong token")


def read_guard(
    request: Request,
    authorization: Annotated[str | None, Header()] = None,
    x_newsprov_token: Annotated[str | None, Header()] = None,
) -> None:
    """Reads are open unless the server listens beyond loopback without ``--public``."""
    if ctx_of(request).settings.open_reads:
        return
    require_token(request, authorization, x_newsprov_token)


def refuse_nul(request: Request) -> None:
    """Refuse (422) a query or path parameter with a NUL character: no stored text has one,
    SQLite's ``LIKE`` stops at it (a text filter matched every item) and PostgreSQL takes
    none in a text parameter."""
    params = [
        *(("query", k, v) for k, v in request.query_params.multi_items()),
        *(("path", k, v) for k, v in request.path_params.items()),
    ]
    for where, name, value in params:
        if "\x00" in str(value):
            raise InputError(
                f"{where} parameter {name!r}", "has a NUL character (U+0000): no text has one"
            )


def known_params(request: Request) -> None:
    """Refuse (422) a query parameter the endpoint does not take: it would be ignored, and a
    filter misspelt or taken from another endpoint (``/api/articles?kind=person``: that list's
    filter is ``source_kind``) answered every item as if it had matched. A parameter given
    twice is refused too: every one takes one value, and the others were dropped unsaid."""
    refuse_nul(request)
    if not request.query_params:
        return
    for name in dict.fromkeys(request.query_params):
        count = len(request.query_params.getlist(name))
        if count > 1:
            raise InputError(f"query parameter {name!r}", f"is given {count} times; give it once")
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known: set[str] = set()
    todo = [dependant]
    while todo:  # the endpoint's query parameters and those of its dependencies (outlet)
        d = todo.pop()
        known.update(str(getattr(q, "alias", "")) for q in getattr(d, "query_params", ()))
        todo.extend(getattr(d, "dependencies", ()))
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        names = ", ".join(repr(u) for u in unknown)
        what = "query parameter" if len(unknown) == 1 else "query parameters"
        them = "it" if len(unknown) == 1 else "them"
        takes = f"it takes {', '.join(sorted(known))}" if known else "it takes none"
        raise InputError(f"{what} {names}", f"{request.url.path} does not take {them} ({takes})")


router = APIRouter(
    prefix="/api",
    dependencies=[Depends(read_guard), Depends(accepts_json), Depends(known_params)],
)


@router.get("/health", summary="Liveness and version")
def health() -> dict[str, Any]:
    return {"status": "ok", "version": __version__}


@router.post(
    "/analyze",
    summary="Analyse one article (nothing is stored)",
    dependencies=[Depends(json_body)],
)
def analyze(body: ArticleIn, ctx: Ctx) -> dict[str, Any]:
    rec = ctx.analyze(body.article(ctx, "<request>"))
    return rec.to_dict()


@router.post(
    "/ingest",
    summary="Analyse and store articles (needs the token)",
    description=(
        "Each article is checked and analysed on its own: one that is not an article (a "
        "wrong type, no text or html, empty, over max_bytes) is listed in `failures` by its "
        "index in the request, and the others are stored. A body that is not a list of "
        "articles is a 422."
    ),
    response_description=(
        "`{added, unchanged, failed, errors, replaced, failures}`: each of `failures` is "
        "`{index, input, id, reason}` (`input` is `articles[index]`; `id` as sent, or null), "
        "and `errors` says the same as lines"
    ),
    dependencies=[Depends(require_token), Depends(json_body)],
)
def ingest(body: IngestIn, ctx: Ctx) -> dict[str, Any]:
    if len(body.articles) > ctx.settings.max_ingest:
        raise InputError(
            "request",
            f"has {len(body.articles)} articles, over the limit of {ctx.settings.max_ingest} "
            "(max_ingest, NEWSPROV_MAX_INGEST): send them in several requests",
        )
    items: list[Article | Failure] = []
    ids: dict[int, str | None] = {}
    for i, raw in enumerate(body.articles):
        origin = f"articles[{i}]"
        if isinstance(raw, dict) and isinstance(raw.get("id"), str):
            ids[i] = raw["id"]
        try:
            items.append(ingest_item(raw, origin).article(ctx, origin, by_id=False))
        except InputError as e:
            items.append(Failure(origin, e))
    failures: list[dict[str, Any]] = []

    def report(outcome: IngestOutcome) -> None:
        # the Nth item is articles[N]; an id an earlier article of the request has for other
        # content is the later one's failure (unique_ids)
        if not outcome.stored:
            i = outcome.index
            failures.append(_failure(i, ids.get(i), outcome.reason or ""))

    with ctx.analyze_lock:
        summary = ctx.store.ingest(unique_ids(items), ctx.analyzer, progress=False, report=report)
    failures.sort(key=lambda f: f["index"])
    return {
        "added": summary.added,
        "unchanged": summary.unchanged,
        "failed": len(failures),
        "errors": [f"{f['id'] or f['input']}: {f['reason']}" for f in failures],
        "replaced": list(summary.replaced),
        "failures": failures,
    }


@router.get(
    "/overview",
    summary="Corpus figures: counts, top sources, stories, relayed outlets",
    response_description=f"The figures; each of `top_sources` with {APART}",
)
def overview(ctx: Ctx) -> dict[str, Any]:
    result: dict[str, Any] = ctx.store.overview()
    result["top_sources"] = told_apart(ctx.store, result["top_sources"])
    return result


@router.get(
    "/articles",
    summary="Stored articles, newest first",
    response_description=f"A page of articles, {PAGE}",
)
def articles(
    ctx: Ctx,
    limit: Limit = 50,
    offset: Offset = 0,
    outlet: Outlet = None,
    since: Since = None,
    until: Until = None,
    source_kind: SourceKind | None = None,
) -> dict[str, Any]:
    store = ctx.store
    filters = {"outlet": outlet, "since": since, "until": until, "source_kind": source_kind}
    items = store.articles(limit=limit, offset=offset, **filters)
    return _page(items, limit, offset, store.count_articles(**filters))


@router.get("/articles/{article_id:path}", summary="One stored article's record")
def article(article_id: Key, ctx: Ctx) -> dict[str, Any]:
    rec = ctx.store.get_record(article_id)
    result: dict[str, Any] = rec.to_dict()
    return result


@router.get("/search", summary="Full-text search of stored articles")
def search(
    ctx: Ctx,
    q: Annotated[str, Query(min_length=1, max_length=500)],
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    return _page(ctx.store.search(q, limit=limit, offset=offset), limit, offset)


@router.get(
    "/sources",
    summary="The source directory",
    response_description=f"A page of directory entries, {PAGE}; each entry with {APART}",
)
def sources(
    ctx: Ctx,
    limit: Limit = 50,
    offset: Offset = 0,
    kind: SourceKind | None = None,
    q: Annotated[str | None, Query(min_length=1, max_length=200)] = None,
    outlet: Outlet = None,
    article_ids: Annotated[
        bool,
        Query(
            description="list each entry's article ids (`articles`, thousands for an outlet);"
            " false gives their number, `n_articles`, in its place, without reading them"
        ),
    ] = True,
) -> dict[str, Any]:
    store = ctx.store
    filters = {"kind": kind, "q": q, "outlet": outlet}
    rows = store.sources(limit=limit, offset=offset, article_ids=article_ids, **filters)
    items = told_apart(store, rows)
    return _page(items, limit, offset, store.count_sources(**filters))


@router.get(
    "/sources/{key:path}",
    summary="One source: statements over time, relaying outlets",
    response_description=f"The directory entry, with {APART}",
)
def source(key: Key, ctx: Ctx) -> dict[str, Any]:
    return told_apart(ctx.store, [ctx.store.source(key)])[0]


@router.get(
    "/quotes",
    summary="Quotes across the corpus with their first publisher",
    response_description=f"A page of quote clusters, {PAGE}",
)
def quotes(
    ctx: Ctx,
    limit: Limit = 50,
    offset: Offset = 0,
    text: Annotated[str | None, Query(min_length=1, max_length=500)] = None,
    outlet: Outlet = None,
    since: QuoteSince = None,
    until: QuoteUntil = None,
) -> dict[str, Any]:
    store = ctx.store
    filters = {"text": text, "outlet": outlet, "since": since, "until": until}
    items = store.quotes(limit=limit, offset=offset, **filters)
    return _page(items, limit, offset, store.count_quotes(**filters))


@router.get("/quotes/{quote_id}", summary="A quote's lineage: appearances and variants")
def quote(quote_id: Key, ctx: Ctx) -> dict[str, Any]:
    result: dict[str, Any] = ctx.store.quote(quote_id)
    return result


@router.get(
    "/stories",
    summary="Stories: the same event across outlets",
    response_description=f"A page of stories, {PAGE}",
)
def stories(
    ctx: Ctx,
    limit: Limit = 50,
    offset: Offset = 0,
    outlet: Outlet = None,
    since: Since = None,
    until: Until = None,
) -> dict[str, Any]:
    store = ctx.store
    filters = {"outlet": outlet, "since": since, "until": until}
    items = store.stories(limit=limit, offset=offset, **filters)
    return _page(items, limit, offset, store.count_stories(**filters))


@router.get("/stories/{story_id}", summary="One story: timeline by outlet and relays")
def story(story_id: Key, ctx: Ctx) -> dict[str, Any]:
    result: dict[str, Any] = ctx.store.story(story_id)
    return result


@router.get(
    "/relays",
    summary="Who relays whom: one edge per relaying article and outlet",
    response_description=f"A page of relay edges, {PAGE}",
)
def relays(
    ctx: Ctx, limit: Limit = 50, offset: Offset = 0, outlet: Outlet = None
) -> dict[str, Any]:
    store = ctx.store
    items = store.relays(limit=limit, offset=offset, outlet=outlet)
    return _page(items, limit, offset, store.count_relays(outlet=outlet))

"""The lists part of the corpus benchmark's query latency: p50/p95 of the Store's list queries
(``sources``, ``articles``, ``quotes``, ``stories``, ``overview``), their ``count_*`` totals,
``namesakes`` and ``article_heads`` of a page, then the HTTP API's list endpoints and the list
pages through FastAPI's ``TestClient``, each unfiltered and with a typical filter (an outlet,
a date, a source kind, a name or quote piece) drawn from the store.

``list_latency(url)`` returns the figures by name; ``python -m newsprov.store.bench --lists
DB`` times them on an existing store alone.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from functools import partial
from typing import Any
from urllib.parse import urlencode

#: Rows of a page, as the pages and the API ask for by default.
PAGE = 50


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))] if xs else 0.0


#: A first call slower than this (seconds) is the only one timed (``n`` 1): a slow plan
#: repeated 20 times held the run for an hour.
SLOW = 2.0


def _repeat(fn: Callable[[], Any], runs: int) -> dict[str, float]:
    t0 = time.perf_counter()
    fn()  # warm: the first call pays for imports and the page cache, not the query
    first = (time.perf_counter() - t0) * 1000
    if first > SLOW * 1000:
        return {"p50_ms": round(first, 2), "p95_ms": round(first, 2), "n": 1}
    ms = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        ms.append((time.perf_counter() - t0) * 1000)
    return {"p50_ms": round(_pct(ms, 0.5), 2), "p95_ms": round(_pct(ms, 0.95), 2), "n": runs}


def typical_filters(st: Any) -> dict[str, str]:
    """A filter value of each kind that selects part of the store: the outlet and the year of
    its newest article, the first word of the most-cited person's name, two words of the
    most-carried quote."""
    newest = st.articles(limit=1)
    person = st.sources(kind="person", limit=1)
    quote = st.quotes(limit=1)
    return {
        "outlet": str((newest[0]["outlet"] if newest else None) or "Wire"),
        "since": str((newest[0]["published"] if newest else None) or "2020")[:4],
        "name": str(person[0]["name"]).split()[0] if person else "a",
        "text": " ".join(str(quote[0]["text"]).split()[:2]) if quote else "the",
    }


def store_calls(st: Any, f: dict[str, str]) -> dict[str, Callable[[], Any]]:
    """The Store reads a list page makes, by name."""
    page_ids = [x["id"] for x in st.articles(limit=PAGE)]
    source_ids = [x["id"] for x in st.sources(limit=PAGE)]
    story_members = [m for s in st.stories(limit=PAGE) for m in s["articles"]]
    lists: dict[str, tuple[Callable[..., Any], Callable[..., Any], dict[str, str]]] = {
        "sources": (st.sources, st.count_sources, {}),
        "sources kind=person": (st.sources, st.count_sources, {"kind": "person"}),
        "sources q=": (st.sources, st.count_sources, {"q": f["name"]}),
        "sources outlet=": (st.sources, st.count_sources, {"outlet": f["outlet"]}),
        "articles": (st.articles, st.count_articles, {}),
        "articles outlet=": (st.articles, st.count_articles, {"outlet": f["outlet"]}),
        "articles since=": (st.articles, st.count_articles, {"since": f["since"]}),
        "articles source_kind=": (st.articles, st.count_articles, {"source_kind": "anonymous"}),
        "quotes": (st.quotes, st.count_quotes, {}),
        "quotes text=": (st.quotes, st.count_quotes, {"text": f["text"]}),
        "quotes outlet=": (st.quotes, st.count_quotes, {"outlet": f["outlet"]}),
        "quotes since=": (st.quotes, st.count_quotes, {"since": f["since"]}),
        "stories": (st.stories, st.count_stories, {}),
        "stories outlet=": (st.stories, st.count_stories, {"outlet": f["outlet"]}),
        "stories since=": (st.stories, st.count_stories, {"since": f["since"]}),
    }  # fmt: skip
    calls: dict[str, Callable[[], Any]] = {}
    for name, (listing, count, kw) in lists.items():
        calls[name] = partial(listing, limit=PAGE, **kw)
        calls["count_" + name] = partial(count, **kw)
    calls["overview"] = st.overview
    calls["namesakes (a sources page)"] = lambda: st.namesakes(source_ids)
    calls["article_heads (an articles page)"] = lambda: st.article_heads(page_ids)
    calls["article_heads (a stories page)"] = lambda: st.article_heads(story_members)
    return calls


def http_calls(f: dict[str, str]) -> dict[str, str]:
    """The list endpoints and pages, by name: path and query."""

    def q(path: str, **kw: str) -> str:
        return path + ("?" + urlencode(kw) if kw else "")

    o, since, name, text = f["outlet"], f["since"], f["name"], f["text"]
    # each list's filters, timed on its endpoint and on its page alike
    filters = {
        "articles": {"outlet": o, "since": since, "source_kind": "anonymous"},
        "sources": {"kind": "person", "q": name, "outlet": o},
        "quotes": {"text": text, "outlet": o, "since": since},
        "stories": {"outlet": o, "since": since},
    }
    paths = {"articles": ("/api/articles", "/")} | {
        x: (f"/api/{x}", f"/{x}") for x in ("sources", "quotes", "stories")
    }
    out: dict[str, str] = {}
    for side, label in enumerate(("GET", "page")):
        for listed, kws in filters.items():
            path = paths[listed][side]
            out[f"{label} {path}"] = q(path)
            for k, v in kws.items():
                out[f"{label} {path}?{k}="] = q(path, **{k: v})
        if label == "GET":
            out["GET /api/overview"] = q("/api/overview")
    return out


def list_latency(url: str, runs: int = 20, http: bool = True) -> dict[str, Any]:
    """p50/p95 (ms) over ``runs`` calls of each list read of the store at ``url``, and (with
    ``http``) of each list endpoint and page answered by the web application over it."""
    from newsprov.store import open_store

    out: dict[str, Any] = {"runs": runs}
    with open_store(url, create=False) as st:
        f = typical_filters(st)
        out["store_articles"] = st.count_articles()
        out["filters"] = f
        for name, fn in store_calls(st, f).items():
            out[name] = _repeat(fn, runs)
            _say(name, out[name])
    if not http:
        return out
    try:
        from fastapi.testclient import TestClient  # needs httpx, a development dependency
    except ImportError as e:
        out["http"] = f"not timed: {e}"
        print(f"[lists] the endpoints and pages not timed: {e}", file=sys.stderr, flush=True)
        return out

    from newsprov.serve.app import create_app
    from newsprov.serve.security import ServeSettings

    app = create_app(None, url, settings=ServeSettings(rate_limit=0))
    with TestClient(app) as client:
        for name, path in http_calls(f).items():

            def get(path: str = path) -> None:
                resp = client.get(path)
                if resp.status_code != 200:
                    raise RuntimeError(f"GET {path}: {resp.status_code} {resp.text[:200]}")

            out[name] = _repeat(get, runs)
            _say(name, out[name])
    return out


def _say(name: str, fig: dict[str, float]) -> None:
    print(f"[lists] {name}: p50 {fig['p50_ms']} ms, p95 {fig['p95_ms']} ms", file=sys.stderr,
          flush=True)  # fmt: skip

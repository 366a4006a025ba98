"""The corpus section of ``make bench``: ingest throughput, query latency, clustering growth.

* **Ingest throughput**: articles per second of analyse + store, against analyse alone, on
  shared BASIL articles (target: at least 0.7 times analyse alone).
* **Query latency** on a synthetic corpus of 100k articles, built at run time by replicating
  analysed shared articles with new ids, dates, outlets and source names (no re-analysis):
  p50/p95 of a source lookup, a quote search, a quote lookup and a full-text search on SQLite
  (target: p95 under 100 ms for source and quote lookups); then the lists on the same store
  (:mod:`newsprov.store.bench_lists`): each Store list, its total, ``overview``,
  ``namesakes`` and ``article_heads`` of a page, and the list endpoints and pages over HTTP.
* **Clustering** (the corpus linker alone, in memory) at 10k, 30k and 100k articles.

``bench_section(args)`` returns the figures as a dict (and prints them); ``python -m
newsprov.store.bench --shared ../shared`` runs it alone, ``--lists DB`` times the lists alone
on an existing store.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
import zlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from newsprov.record import Record
from newsprov.store.bench_lists import list_latency
from newsprov.store.linking import Link, Linker

FIRST = ["Ana", "Ben", "Chen", "Dara", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kofi",
         "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sami", "Tariq"]  # fmt: skip
LAST = ["Abara", "Brandt", "Costa", "Diallo", "Evans", "Fischer", "Garcia", "Haddad", "Ito",
        "Jensen", "Kowalski", "Lopez", "Moreau", "Novak", "Okafor", "Park", "Quispe", "Rossi",
        "Silva", "Tanaka", "Usman", "Varga", "Weber", "Xu", "Yilmaz", "Zhou"]  # fmt: skip
OUTLETS = ["Wire", "Daily", "Post", "Herald", "Tribune", "Ledger", "Courier", "Gazette"]


def basil_articles(shared: Path, limit: int) -> list[Any]:
    """Up to ``limit`` BASIL articles as :class:`~newsprov.ingest.Article` (title, outlet, date)."""
    from newsprov.ingest import article_from_text

    root = shared / "data" / "basil" / "articles"
    out = []
    for path in sorted(root.rglob("*.json"))[:limit]:
        d = json.loads(path.read_text(encoding="utf-8"))
        paras = ["\n".join(" ".join(p).split("\n")) for p in d.get("body-paragraphs") or []]
        text = "\n\n".join(p for p in paras if p.strip())
        if not text.strip():
            continue
        out.append(
            article_from_text(
                text,
                str(path),
                id=path.stem,
                title=d.get("title"),
                outlet=str(d.get("source") or "").lower() or None,
                published=(d.get("date") or None),
                url=d.get("url"),
            )
        )
    return out


def synthetic(base: list[Record], n: int) -> Iterator[Record]:
    """``n`` records replicated from ``base`` with new ids, dates, outlets and source names.

    Each synthetic name is shared by about 20 articles, so the directory grows with the corpus
    the way a real one does; texts (and so quotes) repeat, which makes quote clusters large.
    """
    start = date(2015, 1, 1)
    for k in range(n):
        rec = base[k % len(base)]
        group = k // (20 * len(base)) * 1000 + k % 997
        sources = []
        for i, s in enumerate(rec.sources):
            if s.kind in ("person", "unknown", "anonymous", "group"):
                h = (group * 31 + i * 7 + zlib.crc32(s.name.encode()) % 1000) % (
                    len(FIRST) * len(LAST) * 40
                )
                name = f"{FIRST[h % len(FIRST)]} {LAST[(h // len(FIRST)) % len(LAST)]} {h // 520}"
                sources.append(replace(s, name=name))
            else:
                sources.append(s)
        day = start + timedelta(days=(k * 7919 + k // 3650) % 3650)
        doc = replace(
            rec.document,
            published=day.isoformat(),
            outlet=OUTLETS[k % len(OUTLETS)],
            url=f"https://synthetic.invalid/{k:06d}",  # unique, so no copy is deduplicated
        )
        yield replace(rec, id=f"syn-{k:06d}", document=doc, sources=sources)


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p * (len(xs) - 1))))] if xs else 0.0


def _timed(fn: Any, args: list[Any]) -> dict[str, float]:
    ms = []
    for a in args:
        t0 = time.perf_counter()
        fn(a)
        ms.append((time.perf_counter() - t0) * 1000)
    return {"p50_ms": round(_pct(ms, 0.5), 2), "p95_ms": round(_pct(ms, 0.95), 2), "n": len(ms)}


def ingest_throughput(shared: Path, n: int, workdir: Path) -> dict[str, Any]:
    from newsprov.analysis import Analyzer
    from newsprov.options import Options
    from newsprov.store import open_store

    arts = basil_articles(shared, n)
    analyzer = Analyzer(Options(progress=False))
    list(analyzer.analyze_stream(arts[:8], progress=False))  # warm up
    t0, c0 = time.perf_counter(), time.process_time()
    records = [o.record for o in analyzer.analyze_stream(arts, progress=False) if o.record]
    alone, alone_cpu = time.perf_counter() - t0, time.process_time() - c0
    with open_store(str(workdir / "ingest.db")) as st:
        t0, c0 = time.perf_counter(), time.process_time()
        summary = st.ingest(arts, analyzer, progress=False)
        both, both_cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "articles": len(arts),
        "analyse_per_s": round(len(arts) / alone, 2),
        "ingest_per_s": round(len(arts) / both, 2),
        "ratio_wall": round(alone / both, 3),
        "analyse_per_cpu_s": round(len(arts) / alone_cpu, 2),
        "ingest_per_cpu_s": round(len(arts) / both_cpu, 2),
        "ratio": round(alone_cpu / both_cpu, 3),
        "target_ratio": 0.7,
        "stored": summary.added,
        "records": records,
    }


class Prelinked:
    """A linker handing back links computed earlier (the bench links once, then stores)."""

    def __init__(self, links: list[Link], real: Linker) -> None:
        self.links = iter(links)
        self.real = real
        self.name = real.name

    def add(self, record: Record, replace: bool = False) -> Link:
        return next(self.links)

    def align(self, from_text: str, to_text: str) -> list[dict[str, list[int]]]:
        return self.real.align(from_text, to_text)

    def to_state(self) -> dict[str, Any]:
        return self.real.to_state()


def clustering(base: list[Record], sizes: list[int]) -> tuple[dict[str, Any], Linker, list[Link]]:
    """Link the synthetic corpus once, timing the first 10k, 30k, ... articles."""
    from newsprov.store.linking import make_linker

    linker = make_linker(None)
    out: dict[str, Any] = {"linker": linker.name}
    links = []
    marks = set(sizes)
    t0 = time.perf_counter()
    for i, rec in enumerate(synthetic(base, max(sizes)), 1):
        links.append(linker.add(rec))
        if i in marks:
            secs = time.perf_counter() - t0
            out[str(i)] = {"seconds": round(secs, 1), "per_article_ms": round(secs * 1000 / i, 3)}
            _say(f"clustering ({linker.name}), first {i:,} articles: {secs:.1f} s "
                 f"({secs * 1000 / i:.2f} ms/article)")  # fmt: skip
    return out, linker, links


def query_latency(
    base: list[Record], n: int, url: str, linker: Linker, links: list[Link], samples: int = 200
) -> dict[str, Any]:
    from newsprov.store import open_store

    rng = random.Random(11)
    with open_store(url) as st:
        st.use_linker(Prelinked(links, linker))
        t0 = time.perf_counter()
        summary = st.add_records(synthetic(base, n), progress=False)
        build = time.perf_counter() - t0
        _say(f"synthetic store: {summary.added:,} articles written in {build:.0f} s "
             f"({summary.added / build:.0f}/s, corpus links computed above)")  # fmt: skip
        names = [r["name"] for r in st.sources(limit=5000)]
        quotes = st.quotes(limit=2000)
        words = [w for r in base[:50] for w in r.text.split() if len(w) > 6 and w.isalpha()]
        pick_names = [rng.choice(names) for _ in range(samples)] if names else []
        pieces = []
        for q in (rng.choice(quotes) for _ in range(samples if quotes else 0)):
            ws = q["text"].split()
            i = rng.randrange(max(1, len(ws) - 3))
            pieces.append(" ".join(ws[i : i + 3]))
        res = {
            "articles": st.count_articles(),
            "added": summary.added,
            "unchanged": summary.unchanged,
            "build_seconds": round(build, 1),
            "store_per_s": round(summary.added / build, 1) if build else None,
            "source_lookup": _timed(partial(_lookup, st), pick_names),
            "quote_search": _timed(lambda s: st.quotes(text=s, limit=20), pieces),
            "quote_lookup": _timed(st.quote, [rng.choice(quotes)["id"] for _ in pieces]),
            "full_text_search": _timed(
                lambda w: st.search(w, limit=20), rng.sample(words, min(50, len(words)))
            ),
            "sources_page": _timed(lambda _: st.sources(limit=50), list(range(20))),
            "target_p95_ms": 100,
        }
    return res


def _lookup(st: Any, name: str) -> None:
    """``st.source(name)``; a name several entries bear (the synthetic names repeat, and
    unnamed sources are kept to their article) is answered by the AmbiguousError listing
    them, which is timed as the answer (it stopped the run)."""
    from newsprov.errors import AmbiguousError

    try:
        st.source(name)
    except AmbiguousError:
        pass


def bench_section(args: argparse.Namespace | None = None) -> dict[str, Any]:
    """Run the corpus benchmark; ``args`` may carry ``shared``, ``corpus_sizes``,
    ``ingest_articles``, ``db`` (default: a temporary SQLite file) and ``queries`` (False:
    stop after clustering, without storing the largest corpus and timing lookups)."""
    shared = Path(getattr(args, "shared", None) or "../shared")
    sizes = [
        int(x) for x in str(getattr(args, "corpus_sizes", None) or "10000,30000,100000").split(",")
    ]
    n_ingest = int(getattr(args, "ingest_articles", None) or 60)
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="newsprov-bench-") as tmp:
        work = Path(tmp)
        ing = ingest_throughput(shared, n_ingest, work)
        base: list[Record] = ing.pop("records")
        out["ingest"] = ing
        _say(f"ingest: analyse alone {ing['analyse_per_cpu_s']}/CPU-s, analyse+store "
             f"{ing['ingest_per_cpu_s']}/CPU-s (x{ing['ratio']}, target >= 0.7; wall "
             f"{ing['analyse_per_s']}/s vs {ing['ingest_per_s']}/s)")  # fmt: skip
        out["clustering"], linker, links = clustering(base, sizes)
        if not getattr(args, "queries", True):
            return out  # --no-queries: storing the largest corpus is the longest part
        url = getattr(args, "db", None) or str(work / "synthetic.db")
        q = query_latency(base, max(sizes), url, linker, links)
        del links
        out["queries"] = q
        for k in (
            "source_lookup",
            "quote_search",
            "quote_lookup",
            "full_text_search",
            "sources_page",
        ):
            _say(f"  {k}: p50 {q[k]['p50_ms']} ms, p95 {q[k]['p95_ms']} ms")
        out["lists"] = list_latency(url, runs=int(getattr(args, "list_runs", None) or 20))
    return out


def _say(line: str) -> None:
    print(f"[corpus] {line}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m newsprov.store.bench", description=__doc__)
    p.add_argument("--shared", default="../shared")
    p.add_argument("--corpus-sizes", default="10000,30000,100000")
    p.add_argument("--ingest-articles", type=int, default=60)
    p.add_argument(
        "--db", default=None, help="store URL for the synthetic corpus (default: temp SQLite)"
    )
    p.add_argument(
        "--no-queries",
        dest="queries",
        action="store_false",
        help="measure ingest and clustering only (skip storing the largest corpus and the "
        "query latency, the longest part)",
    )
    p.add_argument(
        "--lists",
        metavar="DB",
        default=None,
        help="only time the lists (Store queries, list endpoints and pages) on this existing "
        "store, e.g. one an earlier run kept with --db",
    )
    p.add_argument("--list-runs", type=int, default=20, help="calls of each list timed")
    p.add_argument("--json", default=None, help="also write the figures to this file")
    args = p.parse_args(argv)
    res = list_latency(args.lists, runs=args.list_runs) if args.lists else bench_section(args)
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2), encoding="utf-8")
    print(json.dumps(res, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

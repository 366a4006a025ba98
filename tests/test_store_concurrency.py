"""Two writers on one store (two processes, or two ``Store`` objects): a new store opened by
both at once, and batches written in turn, link exactly as one writer would. On SQLite and on
PostgreSQL (the ``store_url`` fixture).

Before: the second process to open a new SQLite store failed ("table articles already
exists"), and each writer's corpus linker numbered stories and quote clusters from its own
state, so the stories of two writers got the same ids and unrelated articles became one story.
"""

from __future__ import annotations

import itertools
import multiprocessing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from newsprov.record import Record
from newsprov.store import open_store
from newsprov.store import tables as t
from tests.store_fixtures import make_record

SYLLABLES = ["ka", "lo", "mi", "nu", "pe", "ri", "so", "ta", "ve", "zu", "bra", "dno"]


def words(seed: int, n: int) -> list[str]:
    """``n`` invented words no other seed shares: each article is a story of its own."""
    pool = ("".join(p) for p in itertools.product(SYLLABLES, repeat=3))
    chosen = list(itertools.islice(pool, seed * n, seed * n + n))
    return [w + "x" for w in chosen]


def record(writer: int, i: int, shared_quote: bool = False) -> Record:
    w = words(writer * 100 + i, 8)
    quote = '"We are ready for the harbour."' if shared_quote else f'"The {w[0]} {w[1]} {w[2]}."'
    return make_record(
        f"w{writer}-{i}",
        [
            (f"Minister {w[3].title()}", "person", "said", quote),
            ("officials", "group", "said", f"the {w[4]} {w[5]} dispute over {w[6]} {w[7]} grew"),
        ],
        outlet=["Coast Courier", "Valley Ledger"][writer],
        published=f"2023-05-{i + 1:02d}",
        title=f"{w[0].title()} {w[1]} {w[2]} {w[4]}",
    )


def links(url: str) -> dict[str, Any]:
    """Each article's story and each attribution's quote cluster, by article id."""
    with open_store(url, create=False) as st, st._read() as conn:
        stories = dict(conn.execute(select(t.articles.c.id, t.articles.c.story_id)).all())
        quotes = sorted(
            (aid, str(q))
            for aid, q in conn.execute(
                select(t.articles.c.id, t.attributions.c.quote_id).join(
                    t.attributions, t.attributions.c.article_pk == t.articles.c.pk
                )
            ).all()
        )
    return {"stories": stories, "quotes": quotes}


@pytest.mark.parametrize("shared_quote", [False, True], ids=["own-quotes", "one-quote"])
def test_two_stores_writing_in_turn_link_as_one_writer(
    store_url: str, tmp_path: Path, shared_quote: bool
) -> None:
    order = [record(k, i, shared_quote) for i in range(6) for k in (0, 1)]
    later = record(0, 50, shared_quote)
    one = str(tmp_path / "one-writer.db")
    with open_store(one) as st:
        for rec in order:
            st.add_records([rec], progress=False)
    with open_store(store_url) as a, open_store(store_url) as b:
        for n, rec in enumerate(order):
            (a if n % 2 == 0 else b).add_records([rec], progress=False)
    expected, got = links(one), links(store_url)
    assert len(set(expected["stories"].values())) == len(order) or shared_quote
    assert got == expected
    # a third opening catches up from the saved state (the last closer's linker had not seen
    # the other's last batch) and links a new article as one writer would
    for url in (one, store_url):
        with open_store(url) as st:
            st.add_records([later], progress=False)
    assert links(store_url) == links(one)


def _open_and_add(url: str, writer: int, barrier: Any, out: Any) -> None:
    try:
        barrier.wait(timeout=60)
        with open_store(url) as st:
            summary = st.add_records([record(writer, i) for i in range(3)], progress=False)
        out.put((writer, summary.added, ""))
    except Exception as e:  # reported to the test, which names it
        out.put((writer, 0, f"{type(e).__name__}: {e}"))


def test_two_processes_open_a_new_store_at_once(store_url: str) -> None:
    ctx = multiprocessing.get_context("spawn")
    barrier, out = ctx.Barrier(2), ctx.Queue()
    procs = [ctx.Process(target=_open_and_add, args=(store_url, k, barrier, out)) for k in (0, 1)]
    for p in procs:
        p.start()
    results = sorted(out.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(timeout=60)
    assert results == [(0, 3, ""), (1, 3, "")]
    assert len(set(links(store_url)["stories"].values())) == 6

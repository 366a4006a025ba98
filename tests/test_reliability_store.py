"""Store safety: ``newsprov ingest`` killed with SIGKILL at random points loses no committed
article and leaves no partial one; readers keep working while it runs; the same input ingested
twice changes nothing. On SQLite (WAL) and on PostgreSQL (the ``store_url`` fixture).

The ingest is the real command line in a child process. Its one change: the store's records
per transaction (``newsprov.store.store.BATCH``, 200) is set to 5, so that 60 articles make 12
commits and the kills land between and inside transactions rather than before the only one.

The first kill comes at a random moment after the start (opening the store, loading the model,
the first analyses); each later one a random pause after a reader has seen that run's first new
commit, so every kill lands while batches are being written. After each kill the store is
checked whole (:func:`check_store`).
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from newsprov.options import Options
from newsprov.record import validate
from newsprov.store import open_store
from newsprov.store import tables as t
from newsprov.store.engine import make_engine
from newsprov.store.writer import content_hash, unpack
from newsprov.wording import count_of
from tests.conftest import ROOT

N = 60  # articles
BATCH = 5  # records per store transaction in the child process
KILLS = {"sqlite": 5, "postgresql": 3}
PAUSE = 0.15  # longest random pause (s) between a run's first new commit and its kill (a quiet
# machine commits a 5-article batch every ~0.1 s: longer pauses let a run finish unkilled)
RUN_TIMEOUT = 300  # s: a run that takes longer than this is a failure, never a hang
WORDS = ["budget", "harbour", "vaccine", "railway", "tariff", "election", "drought", "reactor"]


def article(i: int) -> str:
    """A short synthetic article with a direct quote, indirect and "according to" attributions."""
    w = WORDS[i % len(WORDS)]
    return (
        f"WASHINGTON — Senator Alice Moran{i} said on Monday that the {w} bill number {i} would "
        "pass before the recess.\n"
        f"“We have the votes on the {w},” Moran{i} told reporters at the Capitol, adding that "
        "talks with the White House had gone well.\n"
        f"The Pentagon said in a statement that it had not been consulted about clause {i}.\n"
        f"According to the Associated Press, aides expect a vote on day {i % 7 + 1}.\n"
    )


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    d = tmp_path_factory.mktemp("articles")
    texts = {}
    for i in range(N):
        name = f"article-{i:03d}"
        (d / f"{name}.txt").write_text(article(i), encoding="utf-8")
        texts[name] = article(i)
    return d, texts


CHILD = (
    "import sys\n"
    "import newsprov.store.store as s\n"
    "s.BATCH = int(sys.argv[1])\n"
    "from newsprov.cli import main\n"
    "sys.exit(main(sys.argv[2:]))\n"
)


def start_ingest(folder: Path, url: str, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "NEWSPROV_PROGRESS": "0"}
    env.pop("NEWSPROV_DEBUG", None)
    env.pop("NEWSPROV_DB", None)
    with open(log, "wb") as err:
        return subprocess.Popen(
            [sys.executable, "-c", CHILD, str(BATCH), "ingest", str(folder), "--db", url]
            + ["--batch-size", str(BATCH)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=err,
            cwd=ROOT,
            env=env,
        )


class Reader(threading.Thread):
    """Queries the store in a loop (count, ``articles()``, ``search()``, one record) and keeps
    every error; ``latest`` is the article count it saw last."""

    def __init__(self, url: str, ids: set[str]) -> None:
        super().__init__(daemon=True)
        self.url, self.ids = url, ids
        self.stop = threading.Event()
        self.errors: list[str] = []
        self.counts: list[int] = []
        self.queries = 0
        self.latest = 0

    def run(self) -> None:
        try:
            store = open_store(self.url, Options(progress=False))
        except Exception as e:
            self.errors.append(f"open: {type(e).__name__}: {e}")
            return
        try:
            while not self.stop.is_set():
                try:
                    n = store.count_articles()
                    listed = store.articles(limit=N + 10)
                    found = store.search("Senator Moran")
                    if listed:
                        rec = store.get_record(listed[0]["id"])
                        validate(rec.to_dict())
                    self.queries += 4
                    # counts only grow; what is listed and found is what was ingested
                    assert len(listed) >= n, (len(listed), n)
                    assert {r["id"] for r in listed} <= self.ids
                    assert {r["id"] for r in found} <= self.ids
                    self.counts.append(n)
                    self.latest = n
                except Exception as e:
                    self.errors.append(f"{type(e).__name__}: {e}")
                time.sleep(0.05)
        finally:
            store.close()


def check_store(url: str, texts: dict[str, str]) -> dict[str, str]:
    """Check every stored article is whole and return ``{id: content_hash}``.

    Whole: its record loads and validates, is the input's exact text, its hash matches, its
    ``sources``/``attributions`` rows are all there (and counted), it is in the search index;
    no row belongs to an article that is not stored; the corpus counters agree with the rows.
    A kill before the store was created leaves nothing or an empty file: it opens (and is
    migrated) as usual.
    """
    open_store(url, Options(progress=False)).close()
    engine = make_engine(url)
    a, s, at = t.articles, t.sources, t.attributions
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
                indexed = set(conn.exec_driver_sql("SELECT rowid FROM article_fts").scalars())
            else:
                indexed = set(
                    conn.execute(text("SELECT pk FROM articles WHERE tsv IS NOT NULL")).scalars()
                )
            rows = conn.execute(
                select(
                    a.c.pk, a.c.id, a.c.content_hash, a.c.n_sources, a.c.n_attributions, a.c.record
                )
            ).all()
            pks = {r.pk for r in rows}
            n_src = dict(
                conn.execute(select(s.c.article_pk, func.count()).group_by(s.c.article_pk)).all()
            )
            n_att = dict(
                conn.execute(select(at.c.article_pk, func.count()).group_by(at.c.article_pk)).all()
            )
            relay_pks = set(conn.execute(select(t.relays.c.from_pk)).scalars())
            assert set(n_src) <= pks and set(n_att) <= pks and relay_pks <= pks, "orphan rows"
            assert indexed == pks, "search index and articles differ"
            stored: dict[str, str] = {}
            for r in rows:
                rec = unpack(r.record)
                validate(rec.to_dict())
                assert rec.id == r.id and r.id in texts, r.id
                assert rec.text == texts[r.id], r.id
                assert content_hash(rec) == r.content_hash, r.id
                assert rec.sources and rec.attributions, r.id  # every test article has some
                assert len(rec.sources) == r.n_sources == n_src.get(r.pk, 0), r.id
                assert len(rec.attributions) == r.n_attributions == n_att.get(r.pk, 0), r.id
                assert r.id not in stored
                stored[r.id] = r.content_hash
            # the counters refreshed in each batch's transaction agree with the rows
            d, q, st = t.directory, t.quotes, t.stories
            bad_dir = conn.execute(
                select(d.c.key).where(
                    d.c.n_articles
                    != select(func.count(func.distinct(s.c.article_pk)))
                    .where(s.c.key == d.c.key)
                    .scalar_subquery()
                )
            ).all()
            bad_quotes = conn.execute(
                select(q.c.id).where(
                    q.c.n_appearances
                    != select(func.count(func.distinct(at.c.article_pk)))
                    .where(at.c.quote_id == q.c.id)
                    .scalar_subquery()
                )
            ).all()
            bad_stories = conn.execute(
                select(st.c.id).where(
                    st.c.n_articles
                    != select(func.count()).where(a.c.story_id == st.c.id).scalar_subquery()
                )
            ).all()
            assert not bad_dir and not bad_quotes and not bad_stories, (
                bad_dir,
                bad_quotes,
                bad_stories,
            )
            return stored
    finally:
        engine.dispose()


def digest(url: str) -> tuple[dict[str, int], str]:
    """Row counts per table and one SHA-256 over every row of every table (sorted)."""
    engine = make_engine(url)
    h = hashlib.sha256()
    counts: dict[str, int] = {}
    try:
        with engine.connect() as conn:
            queries = {tb.name: select(tb) for tb in t.metadata.sorted_tables}
            named = {"alembic_version": "SELECT version_num FROM alembic_version"}
            if engine.dialect.name == "sqlite":
                named["article_fts"] = "SELECT rowid, title, body FROM article_fts"
            else:
                named["tsv"] = "SELECT pk, tsv::text FROM articles"
            results = {k: conn.execute(v).all() for k, v in queries.items()}
            results.update({k: conn.exec_driver_sql(v).all() for k, v in named.items()})
            for name in sorted(results):
                rows = sorted(repr(tuple(r)) for r in results[name])
                counts[name] = len(rows)
                h.update(name.encode())
                for r in rows:
                    h.update(r.encode())
    finally:
        engine.dispose()
    return counts, h.hexdigest()


def summary_line(log: Path) -> str:
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    assert not any("Traceback" in x or "error" in x for x in lines), lines
    return lines[-1] if lines else ""


def test_kills_lose_nothing_and_readers_keep_working(
    store_url: str, articles: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    folder, texts = articles
    backend = "postgresql" if store_url.startswith("postgresql") else "sqlite"
    rng = random.Random(int(os.environ.get("NEWSPROV_KILL_SEED", "20200327")))
    committed: dict[str, str] = {}
    kills, commits_seen, reader = 0, [], None
    try:
        for k in range(KILLS[backend]):
            log = tmp_path / f"run{k}.log"
            proc = start_ingest(folder, store_url, log)
            before = len(committed)
            started = time.monotonic()
            if reader is None:
                # first kill: a random moment from the start (store creation, model load, ...)
                time.sleep(rng.uniform(0.1, 3.0))
            else:
                while proc.poll() is None and reader.latest <= before:
                    assert time.monotonic() - started < RUN_TIMEOUT, "ingest made no progress"
                    time.sleep(0.01)
                time.sleep(rng.uniform(0.0, PAUSE))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                proc.wait(timeout=60)
            # the run may end on its own between the poll and the signal: then it exits 0
            if proc.returncode == -signal.SIGKILL:
                kills += 1
            else:
                assert proc.returncode == 0, log.read_text()
            now = check_store(store_url, texts)
            # nothing committed is lost or changed
            assert {i: now.get(i) for i in committed} == committed
            commits_seen.append(len(now))
            committed = now
            if reader is None:
                reader = Reader(store_url, set(texts))
                reader.start()
            if len(committed) == N:
                break

        # a final complete run stores the rest, each article once
        log = tmp_path / "final.log"
        proc = start_ingest(folder, store_url, log)
        assert proc.wait(timeout=RUN_TIMEOUT) == 0, log.read_text()
        assert summary_line(log) == (
            f"newsprov: {N - len(committed)} added, {len(committed)} unchanged, 0 failed; "
            f"the store now holds {count_of(N, 'article')}"
        )
        final = check_store(store_url, texts)
        assert set(final) == set(texts)
        assert {i: final[i] for i in committed} == committed
    finally:
        if reader is not None:
            reader.stop.set()
            reader.join(timeout=60)
    assert reader is not None and not reader.is_alive()
    assert reader.errors == [], reader.errors[:5]
    assert reader.queries >= 20, reader.queries
    assert reader.counts == sorted(reader.counts), "a reader saw the article count go down"
    # every run but at most one was killed, and at least two were: a fast machine may commit
    # the whole input in fewer runs than KILLS (the loop ends when nothing is left)
    assert kills >= min(KILLS[backend], len(commits_seen)) - 1 and kills >= 2, (
        kills,
        commits_seen,
    )
    # some kills landed with part of the input committed: between or inside transactions
    assert any(0 < c < N for c in commits_seen), commits_seen
    print(
        f"\n{backend}: {kills} kills, committed after each: {commits_seen}, "
        f"reader queries: {reader.queries}, errors: 0"
    )

    # the same input ingested again changes nothing
    counts, first = digest(store_url)
    log = tmp_path / "again.log"
    proc = start_ingest(folder, store_url, log)
    assert proc.wait(timeout=RUN_TIMEOUT) == 0, log.read_text()
    assert summary_line(log) == (
        f"newsprov: 0 added, {N} unchanged, 0 failed; the store now holds {count_of(N, 'article')}"
    )
    assert counts["articles"] == N and counts["sources"] > N and counts["attributions"] > N
    assert digest(store_url) == (counts, first)

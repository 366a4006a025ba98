"""The :class:`Store`: opening, ingesting (one transaction per batch) and the corpus state."""

from __future__ import annotations

import json
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, inspect, select
from sqlalchemy.exc import SQLAlchemyError

from newsprov.errors import InputError, NotFoundError, StoreError
from newsprov.ingest.article import Article, Failure
from newsprov.options import Options
from newsprov.record import Record
from newsprov.store import tables as t
from newsprov.store import writer as w
from newsprov.store.engine import (
    check_sqlite_file,
    connect_problem,
    current_revision,
    make_engine,
    migrate,
    open_lock,
    read_only_folder,
    safe_url,
    sqlite_path,
)
from newsprov.store.export import Export
from newsprov.store.filters import key_filter
from newsprov.store.linking import Linker, make_linker
from newsprov.store.queries import Queries
from newsprov.store.selects import names_index
from newsprov.store.writer import Fates, IngestOutcome, IngestSummary
from newsprov.terminal import progress_bar

if TYPE_CHECKING:
    from newsprov.analysis.pipeline import Analyzer

#: Records written per transaction.
BATCH = 200
#: Save the corpus index's state at least every this many articles during a long ingest.
STATE_EVERY = 5000


class Store(Queries, Export):
    """A newsprov corpus in SQLite or PostgreSQL. Create with :func:`open_store`."""

    def __init__(
        self,
        url: str,
        options: Options | None = None,
        *,
        create: bool = True,
        lazy: bool = False,
    ) -> None:
        self.url = url
        self.options = options or Options()
        self._lock = threading.RLock()
        self._linker: Linker | None = None
        self._seen = 0  # the articles up to this pk are in the linker
        self._since_state = 0
        self._texts: dict[str, str] = {}  # texts of the batch being written, for alignment
        self._conn: Connection | None = None  # the connection the linker may read through
        self._writer: Connection | None = None  # every write goes through this one
        self._deferred = False  # a new store (lazy) not made yet: see ``deferred``
        self._outlets_known: set[str] = set()  # outlets check_outlet found; a write forgets them
        with open_lock(url):  # one process at a time checks, creates and migrates
            new = check_sqlite_file(url, create)
            self.engine = make_engine(url)
            self.backend = self.engine.dialect.name
            try:
                if self.backend != "sqlite":
                    new = current_revision(self.engine) is None
                    if new:
                        self._check_pg_database(create)
                if lazy and new:
                    self._deferred = True  # made by the first write (or read) that needs it
                else:
                    migrate(self.engine)
                    self._trigram_index = names_index(self.engine)
            except SQLAlchemyError as e:
                self.engine.dispose()
                raise StoreError(failure(url, e, "cannot open or migrate the store")) from None

    def _check_pg_database(self, create: bool) -> None:
        """A PostgreSQL database without newsprov's tables becomes a store only when it is
        empty and ``create`` is given, as a SQLite file does: a database of something else
        (tables of its own) is left untouched, where newsprov added its tables among them, or
        failed half-way on one of the same name ("relation "articles" already exists")."""
        shown = safe_url(self.url)
        tables = sorted(inspect(self.engine).get_table_names())
        if tables:
            self.engine.dispose()
            listed = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
            raise StoreError(
                f"{shown}: a PostgreSQL database of something else (tables {listed}), not a "
                "newsprov store; left untouched (give newsprov a database of its own: "
                "`createdb DATABASE`)"
            )
        if not create:
            self.engine.dispose()
            raise StoreError(
                f"{shown}: no newsprov store in this database "
                f"(run `newsprov ingest PATH --db {shown}` first)"
            )

    @property
    def deferred(self) -> bool:
        """True while a store opened with ``lazy`` is still to be made: no SQLite file and no
        PostgreSQL tables yet, since nothing has been written (or read)."""
        return self._deferred

    def _make(self) -> None:
        """Make the store that ``lazy`` deferred, as opening would have (another process may
        have made it since: then it is checked and opened)."""
        with self._lock:
            if not self._deferred:
                return
            with open_lock(self.url):
                check_sqlite_file(self.url, True)
                try:
                    migrate(self.engine)
                    self._trigram_index = names_index(self.engine)
                except SQLAlchemyError as e:
                    path = sqlite_path(self.url)
                    if path and "unable to open" in str(e) and read_only_folder(path):
                        raise StoreError(
                            f"{path}: cannot make the store: its folder {path.parent} is "
                            "read-only; give a --db in a folder you can write to"
                        ) from None
                    raise StoreError(failure(self.url, e, "cannot make the store")) from None
            self._deferred = False

    # -- plumbing -----------------------------------------------------------------------
    def _read(self) -> Any:
        return _Guard(self, write=False)

    def _write(self) -> Any:
        self._outlets_known.clear()  # a replaced article may have taken its outlet away
        return _Guard(self, write=True)

    def _writer_conn(self) -> Connection:
        if self._writer is None or self._writer.closed or self._writer.invalidated:
            self._writer = self.engine.connect()
        return self._writer

    def close(self) -> None:
        with self._lock:
            try:
                if self._linker is not None and self._since_state:
                    with self._write() as conn:
                        self._save_state(conn)
            finally:
                if self._writer is not None:
                    self._writer.close()
                    self._writer = None
                self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the corpus index -------------------------------------------------------------
    def linker(self) -> Linker:
        """The corpus linker, loaded from its saved state and caught up with stored articles."""
        with self._lock:
            if self._linker is None:
                with self._read() as conn:
                    row = conn.execute(
                        select(t.state.c.seq, t.state.c.value).where(t.state.c.name == "corpus")
                    ).first()
                    state = json.loads(zlib.decompress(row.value)) if row and row.value else None
                    seq = row.seq if row else 0
                    linker = make_linker(state, self._text_of)
                    if state is not None and getattr(linker, "name", "") != state.get("linker"):
                        seq = 0  # another linker wrote that state: replay everything
                    self._seen = seq
                    self._conn = conn
                    try:
                        self._since_state = self._catch_up(conn, linker)
                    finally:
                        self._conn = None
                self._linker = linker
            return self._linker

    def _catch_up(self, conn: Connection, linker: Linker) -> int:
        """File in ``linker`` the articles stored after the last it has (by another process or
        another Store on the same database, since it was loaded); how many there were.

        The linker numbers stories and quote clusters itself, so a linker behind the store
        gave ids the store already used to new stories, and unrelated articles of two writers
        came out as one story. Called under the write lock (:func:`writer.claim`) before a
        batch is linked, it makes every writer link from the same state, in pk order."""
        behind = conn.execute(
            select(t.articles.c.pk, t.articles.c.record)
            .where(t.articles.c.pk > self._seen)
            .order_by(t.articles.c.pk)
        ).all()
        for pk, blob in behind:
            # an id the linker holds already was replaced by that writer: filed again
            linker.add(w.unpack(blob), replace=True)
            self._seen = int(pk)
        return len(behind)

    def _linked(self, pks: Iterable[int]) -> None:
        """The articles of ``pks`` were just linked and written (under the write lock)."""
        self._seen = max([self._seen, *pks])

    def use_linker(self, linker: Linker) -> None:
        """Link new records with ``linker`` (its state replaces the saved one on the next save);
        it is taken to hold every article stored now."""
        with self._lock:
            with self._read() as conn:
                last = conn.scalar(select(func.max(t.articles.c.pk)))
            self._linker = linker
            self._seen = int(last or 0)

    def _text_of(self, article_id: str) -> str | None:
        """An article's text for the linker: from the batch being written, else the store."""
        if article_id in self._texts:
            return self._texts[article_id]
        if self._conn is None:
            return None
        blob = self._conn.scalar(select(t.articles.c.record).where(t.articles.c.id == article_id))
        return w.unpack(blob).text if blob is not None else None

    def _save_state(self, conn: Connection) -> None:
        if self._linker is None:
            return
        # the linker's own last article, not the store's: articles another process stored
        # since are replayed on the next open, not skipped
        blob = zlib.compress(json.dumps(self._linker.to_state()).encode("utf-8"), 3)
        w.upsert(conn, t.state, [{"name": "corpus", "seq": self._seen, "value": blob}], ["name"])
        self._since_state = 0

    # -- writing ----------------------------------------------------------------------
    def add_records(
        self,
        records: Iterable[Record],
        *,
        progress: bool | None = None,
        fate: Callable[[int, str, str | None], None] | None = None,
    ) -> IngestSummary:
        """Store records, one transaction per batch; the same content twice is stored once.

        A record whose id the store holds with other content replaces it (listed in
        ``replaced``); one whose id an earlier record of the same call had with other content
        fails (in ``errors``), so the first is kept. ``fate``, given, is told what became of
        each record once its batch is committed, in order: its position in ``records`` (from
        0), its status (``added``, ``replaced``, ``unchanged`` or ``failed``) and, for a
        failure, the reason (its line in ``errors`` without the ``ID: ``).
        """
        total = IngestSummary()
        written: dict[str, str] = {}  # id -> content hash of every record met in this call
        bar = progress_bar(progress if progress is not None else self.options.progress, "stored")
        done = 0  # the records of the batches written

        def write(batch: list[Record]) -> None:
            nonlocal done
            fates: Fates = []
            total.merge(self._write_batch(batch, written, fates))
            if fate is not None:
                for pos, status, reason in fates:
                    fate(done + pos, status, reason)
            done += len(batch)
            _tick(bar, len(batch))

        try:
            batch: list[Record] = []
            for rec in records:
                batch.append(rec)
                if len(batch) >= BATCH:
                    write(batch)
                    batch = []
            if batch:
                write(batch)
        finally:
            if bar is not None:
                bar.close()
        with self._lock:
            if self._since_state:
                with self._write() as conn:
                    self._save_state(conn)
        return total

    def _write_batch(
        self, batch: list[Record], written: dict[str, str], fates: Fates
    ) -> IngestSummary:
        """Write a batch in one transaction; each record's fate goes in ``fates``."""
        with self._lock:
            if self._deferred:
                screened: Fates = []
                todo, nothing = w.screen(batch, written, screened)
                if not todo:  # no record to write: the store is not made for nothing
                    fates.extend(screened)
                    return nothing
            linker = self.linker()
            try:
                with self._write() as conn:
                    self._conn = conn
                    w.claim(conn)  # other writers (processes) wait until this batch commits
                    self._since_state += self._catch_up(conn, linker)
                    fresh, stale, summary = w.classify(conn, batch, written, fates)
                    keys, qids, stories = w.drop_articles(conn, stale)
                    recount = keys | qids  # entries that lost rows: counted again
                    restory = set(stories)  # stories that lost articles: counted again
                    assign: dict[str, str] = {}
                    titles: dict[str, str | None] = {}
                    relays = []
                    rekeyed: list[tuple[str, str, str]] = []
                    items = []
                    replaced = set(summary.replaced)
                    for rec, h in fresh:
                        self._texts[rec.id] = rec.text
                        link = linker.add(rec, replace=rec.id in replaced)
                        items.append((rec, h, link))
                        keys.update(link.keys.values())
                        qids.update(cid for _aid, cid in link.quote_links)
                        if link.story:
                            assign[rec.id] = link.story
                            titles.setdefault(link.story, link.story_title or rec.document.title)
                        for aid, sid in link.moved.items():
                            if sid:
                                stories.add(sid)
                                assign[aid] = sid
                        relays.extend(link.relays)
                        rekeyed.extend(link.rekeyed)
                    pks = w.insert_batch(conn, items)
                    moved = w.rekey(conn, rekeyed, {r.id: r for r, _ in fresh})
                    keys |= moved
                    recount |= moved
                    self._linked(pks.values())
                    summary.added += len(items)
                    w.write_relays(conn, relays, pks)
                    w.realign_relays(
                        conn,
                        {r.id: r.text for r, _ in fresh if r.id in replaced},
                        linker.align,
                    )
                    if assign:
                        # stored articles that changed story (stories merged or split): their
                        # stories before and after are counted again
                        before = conn.execute(
                            select(t.articles.c.story_id).where(
                                t.articles.c.id.in_(list(assign)),
                                t.articles.c.story_id.is_not(None),
                            )
                        )
                        restory.update(sid for (sid,) in before)
                        restory.update(sid for aid, sid in assign.items() if aid not in pks)
                        w.set_stories(conn, assign, titles)
                        stories.update(assign.values())
                        stories |= restory
                    w.refresh(conn, keys, qids, stories, list(pks.values()), recount, restory)
                    self._since_state += len(fresh)
                    if self._since_state >= STATE_EVERY:
                        self._save_state(conn)
            except SQLAlchemyError as e:
                self._linker = None  # its in-memory state ran ahead of the rolled-back batch
                raise StoreError(
                    f"{safe_url(self.url)}: writing a batch failed: {write_failure(e)}"
                ) from None
            except BaseException:
                self._linker = None
                raise
            finally:
                self._conn = None
                self._texts = {}
            return summary

    def ingest(
        self,
        items: Iterable[Article | Failure],
        analyzer: Analyzer,
        *,
        progress: bool | None = None,
        total: int | None = None,
        report: Callable[[IngestOutcome], None] | None = None,
    ) -> IngestSummary:
        """Analyse and store articles; unreadable or failing ones are counted and reported.

        ``report``, given, is told what became of every item, as an
        :class:`~newsprov.store.writer.IngestOutcome` naming it by its position in ``items``:
        a failure to read or analyse it as soon as it is met, a record once its batch is
        committed (stored, or refused by the store), so not always in the items' order.
        ``newsprov ingest`` and ``POST /api/ingest`` store through this."""
        summary = IngestSummary()
        # a record's position among those stored: its item's index and origin, and its id
        given: dict[int, tuple[int, str, str]] = {}

        def records() -> Iterator[Record]:
            position = 0
            for index, outcome in enumerate(
                analyzer.analyze_stream(items, progress=progress, total=total)
            ):
                if outcome.record is None:
                    err = outcome.error
                    summary.failed += 1
                    summary.errors.append(str(err))
                    if report is not None:
                        reason = err.problem if isinstance(err, InputError) else str(err)
                        report(IngestOutcome(index, outcome.origin, None, "failed", reason))
                    continue
                if report is not None:
                    given[position] = (index, outcome.origin, outcome.record.id)
                position += 1
                yield outcome.record

        def fate(position: int, status: str, reason: str | None) -> None:
            index, origin, rid = given.pop(position)
            if report is not None:
                report(IngestOutcome(index, origin, rid, status, reason))

        summary.merge(
            self.add_records(records(), progress=False, fate=fate if report is not None else None)
        )
        return summary

    # -- reading one record -----------------------------------------------------------
    def get_record(self, article_id: str) -> Record:
        """A stored article's record; a blank id is InputError, an unknown one NotFoundError."""
        article_id = key_filter("article_id", article_id, "an article's id")
        with self._read() as conn:
            blob = conn.scalar(select(t.articles.c.record).where(t.articles.c.id == article_id))
        if blob is None:
            raise NotFoundError(f"no article {article_id!r} in the store")
        return w.unpack(blob)

    def article_heads(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """What the pages need to name and mark up stored articles they list: for each of
        ``ids`` that is stored, its ``title``, its record's ``language`` (``None`` when the
        check could not tell) and ``opening``, the first :data:`~newsprov.store.writer.OPENING` characters of its
        text (for a heading when it has no title). Unknown ids are left out. Read from the
        articles' own columns, which every write fills and revision 0003 filled for the rows
        before it (no record is read)."""
        wanted = list(dict.fromkeys(i for i in ids if i))
        if not wanted:
            return {}
        art = t.articles
        out: dict[str, dict[str, Any]] = {}
        with self._read() as conn:
            for start in range(0, len(wanted), 500):
                rows = conn.execute(
                    select(art.c.id, art.c.title, art.c.language, art.c.opening).where(
                        art.c.id.in_(wanted[start : start + 500])
                    )
                ).all()
                for aid, title, language, opening in rows:
                    out[aid] = {"title": title, "language": language, "opening": opening}
        return out

    def source_ids(self, article_id: str) -> dict[str, str]:
        """The directory id of each source of a stored article, by the record's source id
        (``{"s1": "src-..."}``): a link by name could land on another article's entry, since
        unnamed, group and anonymous sources are scoped to their article."""
        src, art, dr = t.sources, t.articles, t.directory
        with self._read() as conn:
            rows = conn.execute(
                select(src.c.sid, dr.c.id)
                .join(art, art.c.pk == src.c.article_pk)
                .join(dr, dr.c.key == src.c.key)
                .where(art.c.id == article_id)
            ).all()
        return {sid: did for sid, did in rows}

    def iter_records(self, chunk: int = 500) -> Iterator[Record]:
        """Every stored record, in ingest order."""
        last = 0
        while True:
            with self._read() as conn:
                rows = conn.execute(
                    select(t.articles.c.pk, t.articles.c.record)
                    .where(t.articles.c.pk > last)
                    .order_by(t.articles.c.pk)
                    .limit(chunk)
                ).all()
            if not rows:
                return
            for pk, blob in rows:
                last = pk
                yield w.unpack(blob)


class _Guard:
    """A connection for reading, or a transaction for writing, with errors made typed."""

    def __init__(self, store: Store, write: bool) -> None:
        self.store = store
        self.write = write
        self.ctx: Any = None

    def __enter__(self) -> Connection:
        if self.store.deferred:
            self.store._make()
        try:
            if self.write:  # the caller holds the store's lock
                conn = self.store._writer_conn()
                self.ctx = conn.begin()
                return conn
            self.ctx = self.store.engine.connect()
            return self.ctx.__enter__()  # type: ignore[no-any-return]
        except SQLAlchemyError as e:
            raise StoreError(failure(self.store.url, e, "cannot connect")) from None

    def __exit__(self, *exc: Any) -> None:
        try:
            self.ctx.__exit__(*exc)
        except SQLAlchemyError as e:
            if self.write:
                self.store._writer = None
            if exc[0] is None:
                raise StoreError(f"{safe_url(self.store.url)}: {_one_line(e)}") from None
            raise


def write_failure(e: Exception) -> str:
    """Why a batch could not be written, with what to do when another process held SQLite's
    write lock past the busy timeout (it said "database is locked" alone)."""
    said = _one_line(e)
    if "database is locked" in said.lower():
        said += (
            " (another process held the store's write lock for over 10 s; nothing of this batch"
            " was stored: try again when that process is done)"
        )
    return said


def failure(url: str, e: Exception, doing: str) -> str:
    """One line for a store that cannot be opened, made or reached: a PostgreSQL connection
    failure in words (:func:`~newsprov.store.engine.connect_problem`), else ``URL: DOING:``
    and the driver's first line."""
    said = _one_line(e)
    return connect_problem(url, said) or f"{safe_url(url)}: {doing}: {said}"


def _one_line(e: Exception) -> str:
    msg = str(getattr(e, "orig", None) or e).strip().splitlines()
    return msg[0] if msg else type(e).__name__


def _tick(bar: Any, n: int) -> None:
    if bar is not None:
        bar.update(n)


def open_store(
    url: str | None = None,
    options: Options | None = None,
    *,
    create: bool = True,
    lazy: bool = False,
) -> Store:
    """Open (migrating when needed) the store at ``url`` (default ``Options().db``). With
    ``create`` (the default) a missing SQLite file, an empty one or an empty SQLite database
    (on PostgreSQL, a database without the newsprov tables) becomes a new store; without it
    (read-only use) they are a :class:`StoreError`, as is, in any case, a file that is not a
    newsprov store (left untouched). With ``lazy`` such a new store is made only when a first
    record is written (or something read): an ingest that stores nothing leaves no file
    (:attr:`Store.deferred` says so). An empty ``url`` is a :class:`ConfigError`, as
    ``--db ''`` is (it opened, or made, ``./newsprov.db``)."""
    opts = options or Options.from_env()
    return Store(opts.db if url is None else url, opts, create=create, lazy=lazy)

"""Writing records: one transaction per batch, idempotent by content hash, corpus links kept."""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Connection,
    Integer,
    String,
    Table,
    Text,
    and_,
    bindparam,
    case,
    delete,
    func,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from newsprov.ingest.article import content_fingerprint
from newsprov.record import FORMS, SOURCE_KINDS, VOICES, Record
from newsprov.store import tables as t
from newsprov.store.engine import WRITE_LOCK
from newsprov.store.linking import Link, Relay, short_id


@dataclass
class IngestSummary:
    """Counts of one ingest. ``added`` counts every article written, ``replaced`` the ids among
    them that the store held before with different content (the old version is gone)."""

    added: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)

    def merge(self, other: IngestSummary) -> None:
        self.added += other.added
        self.unchanged += other.unchanged
        self.failed += other.failed
        self.errors.extend(other.errors)
        self.replaced.extend(other.replaced)

    def line(self) -> str:
        added = f"{self.added} added"
        if self.replaced:
            added += f" ({len(self.replaced)} replacing a stored article with the same id)"
        return f"{added}, {self.unchanged} unchanged, {self.failed} failed"


#: What became of one item of an ingest: written new, written over a stored article with the
#: same id, the same content as one stored (or met earlier in the call), or not stored.
STATUSES = ("added", "replaced", "unchanged", "failed")


@dataclass(frozen=True)
class IngestOutcome:
    """What became of one item of :meth:`~newsprov.store.Store.ingest`, as its ``report``
    hook is told it.

    ``index`` is the item's position in the items given (from 0), ``origin`` the input it
    came from (a file, ``file:LINE``, ``articles[N]``), ``id`` its record's id (``None`` when
    it failed before it was analysed), ``status`` one of :data:`STATUSES` and ``reason``, for
    a failure, why: the words after the ``ORIGIN: `` or ``ID: `` of its line in
    :attr:`IngestSummary.errors`."""

    index: int
    origin: str
    id: str | None
    status: str
    reason: str | None = None

    @property
    def stored(self) -> bool:
        """The store holds the item's record now (added, replacing, or held already)."""
        return self.status != "failed"


#: Each record of a batch that :func:`screen` and :func:`classify` decided on: its position in
#: the batch, its status (:data:`STATUSES`) and, for a failure, the reason.
Fates = list[tuple[int, str, str | None]]


def content_hash(rec: Record) -> str:
    """What makes two articles the same (:func:`~newsprov.ingest.article.content_fingerprint`)."""
    d = rec.document
    return content_fingerprint(rec.text, d.outlet, d.url, d.title, d.published)


_ATOMS = (str, int, float, bool, type(None))


def plain(x: Any) -> Any:
    """``Record.to_dict`` without ``dataclasses.asdict``'s deep copies (ten times faster)."""
    tp = type(x)
    if tp in _ATOMS:
        return x
    if tp is tuple or tp is list:
        return [v if type(v) in _ATOMS else plain(v) for v in x]
    if tp is dict:
        return {k: plain(v) for k, v in x.items()}
    if hasattr(tp, "__dataclass_fields__"):
        return {k: plain(v) for k, v in vars(x).items()}
    return x


#: Characters of an article's text kept as its ``opening`` (what
#: :meth:`~newsprov.store.store.Store.article_heads` gives): enough for the first eight words
#: of any prose (the pages' heading for an untitled article).
OPENING = 300


def record_dict(rec: Record) -> dict[str, Any]:
    d = plain(rec)
    return {"schema_version": d.pop("schema_version"), **d}


def pack(rec: Record) -> bytes:
    data = json.dumps(record_dict(rec), ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(data.encode("utf-8"), 3)


def record_problems(rec: Record) -> list[str]:
    """What would make a record unsafe to store: the record contract's value sets, references
    between its parts, and spans inside its text (a fast subset of the schema check)."""
    errs: list[str] = []
    n = len(rec.text)
    if not rec.id or len(rec.id) > 400:
        errs.append("the id must have 1 to 400 characters")
    for what, value, most in (
        ("outlet", rec.document.outlet, 200),
        ("published", rec.document.published, 40),
    ):
        if value is not None and len(value) > most:
            errs.append(f"document/{what} is longer than {most} characters")

    def spans(where: str, xs: Iterable[Any]) -> None:
        for x in xs:
            if len(x) != 2 or not (0 <= x[0] <= x[1] <= n):
                errs.append(f"{where}: span {list(x)} outside text of length {n}")

    ids = set()
    for src in rec.sources:
        ids.add(src.id)
        if src.kind not in SOURCE_KINDS:
            errs.append(f"sources/{src.id}: unknown kind {src.kind!r}")
        spans(f"sources/{src.id}", src.mentions)
    aids = {a.id for a in rec.attributions}
    for a in rec.attributions:
        if a.form not in FORMS:
            errs.append(f"attributions/{a.id}: unknown form {a.form!r}")
        for ref in [a.source, a.recipient, *a.chain]:
            if ref is not None and ref not in ids:
                errs.append(f"attributions/{a.id}: unknown source {ref}")
        if a.parent is not None and a.parent not in aids:
            errs.append(f"attributions/{a.id}: unknown parent {a.parent}")
        spans(f"attributions/{a.id}", [*a.source_spans, *a.cue_spans, *a.content_spans])
    for i, sent in enumerate(rec.sentences):
        if sent.voice not in VOICES:
            errs.append(f"sentences/{i}: unknown voice {sent.voice!r}")
        spans(f"sentences/{i}", [sent.span, *sent.cues])
    spans("removed", [r.span for r in rec.removed])
    return errs


def unpack(blob: bytes) -> Record:
    return Record.from_dict(json.loads(zlib.decompress(blob)))


def insert_ignore(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    ins = (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)
    conn.execute(ins.on_conflict_do_nothing(), list(rows))


def claim(conn: Connection) -> None:
    """Take the store's write lock for this transaction, before anything is read for the batch:
    a writer in another process waits until this transaction ends (SQLite: a write statement
    takes the database's write lock at once, where the first INSERT took it only after the
    batch was read and linked; PostgreSQL: a transaction-scoped advisory lock)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
    else:
        conn.execute(text("UPDATE state SET seq = seq WHERE name = 'corpus'"))


def upsert(conn: Connection, table: Table, rows: Sequence[dict[str, Any]], keys: list[str]) -> None:
    if not rows:
        return
    ins = (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)
    cols = [c for c in rows[0] if c not in keys]
    stmt = ins.on_conflict_do_update(
        index_elements=keys, set_={c: getattr(ins.excluded, c) for c in cols}
    )
    conn.execute(stmt, list(rows))


def screen(
    records: Iterable[Record],
    written: dict[str, str] | None = None,
    fates: Fates | None = None,
) -> tuple[list[tuple[Record, str]], IngestSummary]:
    """The records of a batch worth writing (with their content hashes), before the store is
    read, and a summary of the invalid ones and the repeats.

    ``written`` maps the ids met earlier in the same ingest (this batch's included) to their
    content hashes, and is updated: a record whose id was met with other content fails (the
    first is kept), so one ingest never replaces its own articles or breaks the id's unique key.
    ``fates`` given, the failures and repeats are listed in it (by position in ``records``).
    """
    todo, summary = _screen(records, written, fates)
    return [(rec, h) for _pos, rec, h in todo], summary


def _screen(
    records: Iterable[Record], written: dict[str, str] | None, fates: Fates | None
) -> tuple[list[tuple[int, Record, str]], IngestSummary]:
    summary = IngestSummary()
    todo: list[tuple[int, Record, str]] = []
    seen: set[str] = set()
    met = {} if written is None else written
    fate: Fates = fates if fates is not None else []
    for pos, rec in enumerate(records):
        errs = record_problems(rec)
        reason = None
        h = ""
        if errs:
            reason = f"not a valid record: {'; '.join(errs[:3])}"
        else:
            h = content_hash(rec)
            if met.setdefault(rec.id, h) != h:
                reason = (
                    "an earlier record of this ingest has this id with different content; "
                    "the earlier one was kept"
                )
        if reason is not None:
            summary.failed += 1
            summary.errors.append(f"{rec.id}: {reason}")
            fate.append((pos, "failed", reason))
            continue
        if h in seen:
            summary.unchanged += 1
            fate.append((pos, "unchanged", None))
            continue
        seen.add(h)
        todo.append((pos, rec, h))
    return todo, summary


def classify(
    conn: Connection,
    records: Iterable[Record],
    written: dict[str, str] | None = None,
    fates: Fates | None = None,
) -> tuple[list[tuple[Record, str]], list[int], IngestSummary]:
    """Split a batch into new/changed records (with hashes), stale rows to drop, and a summary
    of the invalid, unchanged and replacing ones (:func:`screen`, then the stored hashes).
    ``fates`` given, every record's fate is listed in it (by position in ``records``)."""
    fate: Fates = []
    todo, summary = _screen(records, written, fate)
    known_hashes: set[str] = set()
    old: dict[str, int] = {}
    if todo:
        hashes = [h for _, _, h in todo]
        ids = [r.id for _, r, _ in todo]
        known_hashes = set(
            conn.scalars(
                select(t.articles.c.content_hash).where(t.articles.c.content_hash.in_(hashes))
            )
        )
        old = {
            row.id: row.pk
            for row in conn.execute(
                select(t.articles.c.id, t.articles.c.pk).where(t.articles.c.id.in_(ids))
            )
        }
    fresh: list[tuple[Record, str]] = []
    stale: list[int] = []
    for pos, rec, h in todo:
        if h in known_hashes:
            summary.unchanged += 1
            fate.append((pos, "unchanged", None))
            continue
        if rec.id in old:
            stale.append(old[rec.id])
            summary.replaced.append(rec.id)
        fresh.append((rec, h))
        fate.append((pos, "replaced" if rec.id in old else "added", None))
    if fates is not None:
        fates.extend(sorted(fate, key=lambda f: f[0]))
    return fresh, stale, summary


def drop_articles(conn: Connection, pks: list[int]) -> tuple[set[str], set[str], set[str]]:
    """Delete articles (replaced by a new version); returns the keys, quotes and stories touched."""
    if not pks:
        return set(), set(), set()
    keys = set(conn.scalars(select(t.sources.c.key).where(t.sources.c.article_pk.in_(pks))))
    qids = set(
        conn.scalars(select(t.quote_links.c.quote_id).where(t.quote_links.c.article_pk.in_(pks)))
    )
    stories = set(
        conn.scalars(
            select(t.articles.c.story_id).where(
                t.articles.c.pk.in_(pks), t.articles.c.story_id.is_not(None)
            )
        )
    )
    for table, col in (
        (t.sources, t.sources.c.article_pk),
        (t.attributions, t.attributions.c.article_pk),
        (t.quote_links, t.quote_links.c.article_pk),
        (t.relays, t.relays.c.from_pk),
        (t.articles, t.articles.c.pk),
    ):
        conn.execute(delete(table).where(col.in_(pks)))
    if conn.dialect.name != "postgresql":
        conn.execute(
            text("DELETE FROM article_fts WHERE rowid IN (" + ",".join(map(str, pks)) + ")")
        )
    return keys, qids, stories


def insert_batch(conn: Connection, items: list[tuple[Record, str, Link]]) -> dict[str, int]:
    """Insert new articles with their sources, attributions, directory entries, quote clusters
    and search text: a few multi-row statements per batch. Returns article id -> pk."""
    if not items:
        return {}
    now = datetime.now(UTC).isoformat(timespec="seconds")
    art_rows = []
    for rec, h, _ in items:
        d = rec.document
        art_rows.append(
            {
                "id": rec.id,
                "content_hash": h,
                "title": d.title,
                "outlet": d.outlet,
                "published": d.published,
                "url": d.url,
                "n_attributions": len(rec.attributions),
                "n_sources": len(rec.sources),
                "story_id": None,
                "attributed_share": rec.profile.attributed_share,
                "language": d.language,
                "opening": rec.text[:OPENING],
                "record": pack(rec),
                "ingested_at": now,
            }
        )
    result = conn.execute(
        t.articles.insert().returning(
            t.articles.c.pk, t.articles.c.id, sort_by_parameter_order=True
        ),
        art_rows,
    )
    pks = {row.id: int(row.pk) for row in result}
    src_rows: list[dict[str, Any]] = []
    att_rows: list[dict[str, Any]] = []
    dir_rows: dict[str, dict[str, Any]] = {}
    alias_rows: dict[tuple[str, str], dict[str, Any]] = {}
    quote_rows: dict[str, dict[str, Any]] = {}
    link_rows: list[dict[str, Any]] = []
    fts_rows = []
    for rec, _, link in items:
        pk = pks[rec.id]
        fts_rows.append({"pk": pk, "title": rec.document.title or "", "body": rec.text})
        names = {}
        for src in rec.sources:
            key = link.keys.get(src.id) or f"{src.kind}:{src.name.lower()}"[:300]
            names[src.id] = src.name
            src_rows.append(
                {
                    "article_pk": pk,
                    "sid": src.id,
                    "name": src.name,
                    "kind": src.kind,
                    "title": src.title,
                    "key": key,
                    "mentions": len(src.mentions),
                }
            )
            dir_rows.setdefault(
                key,
                {
                    "key": key,
                    "id": short_id("src-", key),
                    "name": src.name,
                    "kind": src.kind,
                    "lname": src.name.lower(),
                    "n_articles": 0,
                    "n_attributions": 0,
                },
            )
            alias_rows.setdefault(
                (key, src.name), {"key": key, "alias": src.name, "lalias": src.name.lower()}
            )
        first_quote = link.quotes  # the first quoted passage's cluster, per attribution
        for a in rec.attributions:
            att_rows.append(
                {
                    "article_pk": pk,
                    "aid": a.id,
                    "source_key": link.keys.get(a.source) if a.source else None,
                    "form": a.form,
                    "cue": rec.span_text(a.cue_spans),
                    "content": rec.span_text(a.content_spans),
                    "chain": json.dumps([names.get(x, x) for x in a.chain], ensure_ascii=False),
                    "quote_id": first_quote.get(a.id),
                }
            )
        link_rows.extend(
            {"article_pk": pk, "aid": aid, "quote_id": qid} for aid, qid in link.quote_links
        )
        for qid, (txt, spk) in link.quote_info.items():
            quote_rows.setdefault(
                qid,
                {"id": qid, "text": txt, "ltext": txt.lower(), "speaker": spk, "n_appearances": 0},
            )
    for table, rows in (
        (t.sources, src_rows),
        (t.attributions, att_rows),
        (t.quote_links, link_rows),
    ):
        if rows:
            conn.execute(table.insert(), rows)
    # aliases first: a new entry's name is one of its aliases, which SQLite's trigram index of
    # names (revision 0004) then holds once
    insert_ignore(conn, t.aliases, list(alias_rows.values()))
    insert_ignore(conn, t.directory, list(dir_rows.values()))
    insert_ignore(conn, t.quotes, list(quote_rows.values()))
    if conn.dialect.name == "postgresql":
        conn.execute(
            text(
                "UPDATE articles SET tsv = setweight(to_tsvector('english', :title), 'A')"
                " || to_tsvector('english', :body) WHERE pk = :pk"
            ),
            fts_rows,
        )
    else:
        conn.execute(
            text("INSERT INTO article_fts(rowid, title, body) VALUES (:pk, :title, :body)"),
            fts_rows,
        )
    return pks


def write_relays(conn: Connection, relays: list[Relay], pks: dict[str, int]) -> None:
    """Write relay edges; an edge reported twice in a batch (filed, then linked when its
    outlet's article came) is written as last reported (one upsert cannot touch a row twice)."""
    rows: dict[tuple[int, str], dict[str, Any]] = {}
    for r in relays:
        pk = pks.get(r.from_article)
        if pk is None:
            pk = conn.scalar(select(t.articles.c.pk).where(t.articles.c.id == r.from_article))
        if pk is None:
            continue
        rows[(pk, r.to_outlet)] = {
            "from_pk": pk,
            "to_outlet": r.to_outlet,
            "to_article": r.to_article,
            "attributions": r.attributions,
            "aligned": json.dumps(r.aligned),
        }
    upsert(conn, t.relays, list(rows.values()), ["from_pk", "to_outlet"])


def rekey(
    conn: Connection, rekeyed: list[tuple[str, str, str]], records: dict[str, Record]
) -> set[str]:
    """Give the people an article cited by ``name`` their new directory key (``rekeyed``:
    ``(article id, name, key)``, the last one of a pair counts; ``records``: this batch's, by
    id; others are read from the store): their ``sources`` rows, their attributions'
    ``source_key``, a directory entry and alias for a new key. Returns the keys touched (old
    and new), for :func:`refresh`.

    A few statements whatever the number of citations: one read of the articles and one of
    their sources, then one statement per table (``executemany``) for the updates, the new
    aliases and entries, and the aliases no source is cited by any more."""
    last = {(aid, name): key for aid, name, key in rekeyed}
    touched: set[str] = set()
    if not last:
        return touched
    s, at, a = t.sources, t.attributions, t.articles
    ids: Any = bindparam("ids", sorted({aid for aid, _ in last}), expanding=True)
    arts = {
        row.id: row
        for row in conn.execute(select(a.c.id, a.c.pk, a.c.record).where(a.c.id.in_(ids)))
    }
    pks: Any = bindparam("pks", sorted({int(r.pk) for r in arts.values()}), expanding=True)
    stored: dict[tuple[int, str], str] = {
        (int(pk), sid): key
        for pk, sid, key in conn.execute(
            select(s.c.article_pk, s.c.sid, s.c.key).where(s.c.article_pk.in_(pks))
        )
    }
    src_rows: list[dict[str, Any]] = []
    att_rows: list[dict[str, Any]] = []
    alias_rows: dict[tuple[str, str], dict[str, Any]] = {}
    entry_rows: dict[str, dict[str, Any]] = {}
    gone: dict[tuple[str, str], dict[str, Any]] = {}
    for (aid, name), key in sorted(last.items()):
        row = arts.get(aid)
        if row is None:
            continue
        pk = int(row.pk)
        rec = records.get(aid) or unpack(row.record)
        sids = [x.id for x in rec.sources if x.kind == "person" and x.name == name]
        old = {stored[(pk, sid)] for sid in sids if (pk, sid) in stored} - {key}
        if not old:
            continue
        touched |= old | {key}
        src_rows.extend({"b_pk": pk, "b_sid": sid, "key": key} for sid in sids)
        att_rows.extend(
            {"b_pk": pk, "b_aid": x.id, "source_key": key}
            for x in rec.attributions
            if x.source in sids
        )
        alias_rows.setdefault((key, name), {"key": key, "alias": name, "lalias": name.lower()})
        entry_rows.setdefault(
            key,
            {
                "key": key,
                "id": short_id("src-", key),
                "name": name,
                "kind": "person",
                "lname": name.lower(),
                "n_articles": 0,
                "n_attributions": 0,
            },
        )
        for k in old:
            gone.setdefault((k, name), {"b_key": k, "b_name": name})
    if src_rows:
        conn.execute(
            update(s)
            .where(s.c.article_pk == bindparam("b_pk"), s.c.sid == bindparam("b_sid"))
            .values(key=bindparam("key")),
            src_rows,
        )
    if att_rows:
        conn.execute(
            update(at)
            .where(at.c.article_pk == bindparam("b_pk"), at.c.aid == bindparam("b_aid"))
            .values(source_key=bindparam("source_key")),
            att_rows,
        )
    insert_ignore(conn, t.aliases, list(alias_rows.values()))
    insert_ignore(conn, t.directory, list(entry_rows.values()))
    if gone:  # an alias no source of its entry is cited by any more goes
        al = t.aliases
        cited = (
            select(s.c.article_pk)
            .where(s.c.key == bindparam("b_key"), s.c.name == bindparam("b_name"))
            .exists()
        )
        conn.execute(
            delete(al).where(
                al.c.key == bindparam("b_key"), al.c.alias == bindparam("b_name"), ~cited
            ),
            list(gone.values()),
        )
    return touched


def realign_relays(
    conn: Connection, texts: dict[str, str], align: Callable[[str, str], list[Any]]
) -> None:
    """Relay edges that point at a replaced article (``texts``: its id -> its new text) were
    aligned with its old text; align them with the new one (``align(from_text, to_text)``, the
    linker's), so their passages' offsets hold."""
    if not texts:
        return
    rows = conn.execute(
        select(t.relays.c.from_pk, t.relays.c.to_outlet, t.relays.c.to_article, t.articles.c.record)
        .join(t.articles, t.articles.c.pk == t.relays.c.from_pk)
        .where(t.relays.c.to_article.in_(list(texts)))
    ).all()
    for row in rows:
        pairs = align(unpack(row.record).text, texts[row.to_article])
        conn.execute(
            update(t.relays)
            .where(t.relays.c.from_pk == row.from_pk, t.relays.c.to_outlet == row.to_outlet)
            .values(aligned=json.dumps(pairs))
        )


def set_stories(conn: Connection, assign: dict[str, str], titles: dict[str, str | None]) -> None:
    insert_ignore(
        conn,
        t.stories,
        [{"id": s, "title": titles.get(s), "n_articles": 0} for s in set(assign.values())],
    )
    for aid, sid in assign.items():
        conn.execute(update(t.articles).where(t.articles.c.id == aid).values(story_id=sid))


def _chunks(items: set[str], n: int = 500) -> Iterable[list[str]]:
    seq = sorted(items)
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


def _grow_entries(conn: Connection, keys: set[str], added: Sequence[int]) -> None:
    """Directory entries that only gained the rows of the articles ``added``: their counters
    grow by those rows' and their name is the better of theirs and the batch's best (read from
    the batch's rows only, through the ``(article_pk, ...)`` unique indexes)."""
    s, at, d = t.sources, t.attributions, t.directory
    pks: Any = bindparam("added", list(added), expanding=True)
    grow: dict[str, dict[str, Any]] = {}
    for key, pk, name in conn.execute(
        select(s.c.key, s.c.article_pk, s.c.name)
        .where(s.c.article_pk.in_(pks))
        .order_by(s.c.key, func.length(s.c.name).desc(), s.c.name)
    ):
        if key in keys:
            g = grow.setdefault(key, {"k": key, "best": name, "arts": set(), "atts": 0})
            g["arts"].add(pk)
    for key, n in conn.execute(
        select(at.c.source_key, func.count())
        .where(at.c.article_pk.in_(pks))
        .group_by(at.c.source_key)
    ):
        if key in grow:
            grow[key]["atts"] = int(n)
    if not grow:
        return
    best: Any = bindparam("best", type_=Text)
    # the longer of the name it had (while it had a source) and the batch's best; ties by the
    # database's order, as a recount's ORDER BY has them
    name = case(
        (d.c.n_articles == 0, best),
        (func.length(best) > func.length(d.c.name), best),
        (and_(func.length(best) == func.length(d.c.name), best < d.c.name), best),
        else_=d.c.name,
    )
    conn.execute(
        update(d)
        .where(d.c.key == bindparam("k"))
        .values(
            n_articles=d.c.n_articles + bindparam("n", type_=Integer),
            n_attributions=d.c.n_attributions + bindparam("atts", type_=Integer),
            name=name,
            lname=func.lower(name),
        ),
        [
            {"k": g["k"], "best": g["best"], "n": len(g["arts"]), "atts": g["atts"]}
            for g in grow.values()
        ],
    )


def _grow_quotes(conn: Connection, qids: set[str], added: Sequence[int]) -> None:
    """Quote clusters that only gained appearances in the articles ``added`` (whose pks are
    larger than any before them): their count grows by the batch's articles, and their first
    appearance is the batch's first when it comes before the one they had (dated before it, or
    dated where that was not; on one day the earlier pk, the one they had, stays)."""
    ql, a, q = t.quote_links, t.articles, t.quotes
    pks: Any = bindparam("added", list(added), expanding=True)
    grow: dict[str, dict[str, Any]] = {}
    for qid, pk, aid, outlet, published in conn.execute(
        select(ql.c.quote_id, a.c.pk, a.c.id, a.c.outlet, a.c.published)
        .select_from(ql.join(a, ql.c.article_pk == a.c.pk))
        .where(ql.c.article_pk.in_(pks))
        .order_by(ql.c.quote_id, a.c.published.is_(None), a.c.published, a.c.pk)
    ):
        if qid in qids:
            g = grow.setdefault(
                qid, {"i": qid, "art": aid, "out": outlet, "pub": published, "pks": set()}
            )
            g["pks"].add(pk)
    if not grow:
        return
    pub: Any = bindparam("pub", type_=String)
    takes = or_(
        q.c.first_article.is_(None),
        and_(pub.is_not(None), or_(q.c.first_published.is_(None), pub < q.c.first_published)),
    )
    conn.execute(
        update(q)
        .where(q.c.id == bindparam("i"))
        .values(
            n_appearances=q.c.n_appearances + bindparam("n", type_=Integer),
            first_article=case((takes, bindparam("art", type_=String)), else_=q.c.first_article),
            first_outlet=case((takes, bindparam("out", type_=String)), else_=q.c.first_outlet),
            first_published=case((takes, pub), else_=q.c.first_published),
        ),
        [
            {"i": g["i"], "n": len(g["pks"]), "art": g["art"], "out": g["out"], "pub": g["pub"]}
            for g in grow.values()
        ],
    )


def _grow_stories(conn: Connection, story_ids: set[str], added: Sequence[int]) -> None:
    """Stories that only gained the articles ``added`` (whose pks are larger than any before
    them): their count grows by the batch's articles, their first and last days take the
    batch's when those lie outside them, and their title is the batch's first titled article's
    when it comes before the stored article that gave it (undated last, then by pk: on one day
    the stored one stays), found by one seek in ``ix_articles_story_titled``."""
    a, st = t.articles, t.stories
    pks: Any = bindparam("added", list(added), expanding=True)
    grow: dict[str, dict[str, Any]] = {}
    for sid, _pk, published, title in conn.execute(
        select(a.c.story_id, a.c.pk, a.c.published, a.c.title)
        .where(a.c.pk.in_(pks), a.c.story_id.is_not(None))
        .order_by(a.c.story_id, a.c.published.is_(None), a.c.published, a.c.pk)
    ):
        if sid not in story_ids:
            continue
        g = grow.setdefault(
            sid, {"i": sid, "n": 0, "lo": None, "hi": None, "title": None, "tpub": None}
        )
        g["n"] += 1
        if published is not None:
            g["lo"] = published if g["lo"] is None else min(g["lo"], published)
            g["hi"] = published if g["hi"] is None else max(g["hi"], published)
        if title is not None and g["title"] is None:
            g["title"], g["tpub"], g["takes"] = title, published, True
    if not grow:
        return
    new = set(added)
    for g in grow.values():
        if g["title"] is None:
            g["takes"] = False
            continue
        # the story's first titled stored article, in the index's order: the batch's own rows
        # (at most ``n`` of them) are read past, so no ``pk <`` bound turns the seek to a sort
        rows = conn.execute(
            select(a.c.pk, a.c.published)
            .where(a.c.story_id == g["i"], a.c.title.is_not(None))
            .order_by(a.c.published.is_(None), a.c.published, a.c.pk)
            .limit(g["n"] + 1)
        )
        had = next((r for r in rows if r.pk not in new), None)
        if had is not None:  # the batch's comes first only if dated where that is not, or
            # dated before it (on one day the stored one, a smaller pk, stays)
            g["takes"] = g["tpub"] is not None and (
                had.published is None or g["tpub"] < had.published
            )
    lo: Any = bindparam("lo", type_=String)
    hi: Any = bindparam("hi", type_=String)
    conn.execute(
        update(st)
        .where(st.c.id == bindparam("i"))
        .values(
            n_articles=st.c.n_articles + bindparam("n", type_=Integer),
            first_published=case(
                (st.c.first_published.is_(None), lo),
                (and_(lo.is_not(None), lo < st.c.first_published), lo),
                else_=st.c.first_published,
            ),
            last_published=case(
                (st.c.last_published.is_(None), hi),
                (and_(hi.is_not(None), hi > st.c.last_published), hi),
                else_=st.c.last_published,
            ),
            title=case(
                (
                    or_(st.c.n_articles == 0, bindparam("takes", type_=Integer) == 1),
                    bindparam("title", type_=Text),
                ),
                else_=st.c.title,
            ),
        ),
        [
            {
                "i": g["i"],
                "n": g["n"],
                "lo": g["lo"],
                "hi": g["hi"],
                "title": g["title"],
                "takes": int(g["takes"]),
            }
            for g in grow.values()
        ],
    )


def refresh(
    conn: Connection,
    keys: set[str],
    qids: set[str],
    story_ids: set[str],
    added: Sequence[int] | None = None,
    recount: set[str] | None = None,
    restory: set[str] | None = None,
) -> None:
    """Recompute the counters and first appearances of the entries a batch touched.

    With ``added`` (the pks of the articles the batch inserted), a directory entry or quote
    cluster that only gained rows from them is updated from those rows alone: its counters
    grow by theirs, and its name (the longest cited, ties in the database's order) and first
    appearance are the best of the one it had and theirs; the same as a recount, at a cost that
    does not grow with the entry; so is a story that only gained them (:func:`_grow_stories`).
    The others (``recount``: keys and cluster ids whose rows a dropped article or a re-keyed
    citation took away or moved; ``restory``: stories that lost articles or gained stored ones,
    a dropped article's or those stories merged or split) are recounted."""
    s, a, q, st, d, at = t.sources, t.articles, t.quotes, t.stories, t.directory, t.attributions
    ql = t.quote_links
    again = recount or set()
    grow = set() if added is None else {k for k in keys if k not in again}
    grown = set() if added is None else {k for k in qids if k not in again}
    if grow:
        _grow_entries(conn, grow, added or ())
    if grown:
        _grow_quotes(conn, grown, added or ())
    told = restory or set()
    growing = set() if not added else {s for s in story_ids if s not in told}
    if growing:
        _grow_stories(conn, growing, added or ())
    keys, qids, story_ids = keys - grow, qids - grown, story_ids - growing
    for chunk in _chunks(keys):
        best = (
            select(s.c.name)
            .where(s.c.key == d.c.key)
            .order_by(func.length(s.c.name).desc(), s.c.name)
            .limit(1)
            .scalar_subquery()
        )
        conn.execute(
            update(d)
            .where(d.c.key.in_(chunk))
            .values(
                n_articles=select(func.count(func.distinct(s.c.article_pk)))
                .where(s.c.key == d.c.key)
                .scalar_subquery(),
                n_attributions=select(func.count())
                .select_from(at)
                .where(at.c.source_key == d.c.key)
                .scalar_subquery(),
                name=func.coalesce(best, d.c.name),
                lname=func.lower(func.coalesce(best, d.c.name)),
            )
        )
    for chunk in _chunks(qids):

        def first(col: Any) -> Any:
            return (
                select(col)
                .select_from(ql.join(a, ql.c.article_pk == a.c.pk))
                .where(ql.c.quote_id == q.c.id)
                .order_by(a.c.published.is_(None), a.c.published, a.c.pk)
                .limit(1)
                .scalar_subquery()
            )

        conn.execute(
            update(q)
            .where(q.c.id.in_(chunk))
            .values(
                # articles carrying the quote: nested or repeated attributions count once
                n_appearances=select(func.count(func.distinct(ql.c.article_pk)))
                .where(ql.c.quote_id == q.c.id)
                .scalar_subquery(),
                first_article=first(a.c.id),
                first_outlet=first(a.c.outlet),
                first_published=first(a.c.published),
            )
        )
    for chunk in _chunks(story_ids):
        conn.execute(
            update(st)
            .where(st.c.id.in_(chunk))
            .values(
                n_articles=select(func.count()).where(a.c.story_id == st.c.id).scalar_subquery(),
                first_published=select(func.min(a.c.published))
                .where(a.c.story_id == st.c.id)
                .scalar_subquery(),
                last_published=select(func.max(a.c.published))
                .where(a.c.story_id == st.c.id)
                .scalar_subquery(),
                title=select(a.c.title)
                .where(a.c.story_id == st.c.id, a.c.title.is_not(None))
                .order_by(a.c.published.is_(None), a.c.published, a.c.pk)
                .limit(1)
                .scalar_subquery(),
            )
        )

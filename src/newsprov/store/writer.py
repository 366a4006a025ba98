"""Writing records: one transaction per batch, idempotent by content hash, corpus links kept."""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, delete, func, select, text, update
from sqlalchemy.dialects import postgresql, sqlite

from newsprov.record import Record, schema_errors
from newsprov.store import tables as t
from newsprov.store.linking import Link, Relay, short_id


@dataclass
class IngestSummary:
    added: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def merge(self, other: IngestSummary) -> None:
        self.added += other.added
        self.unchanged += other.unchanged
        self.failed += other.failed
        self.errors.extend(other.errors)

    def line(self) -> str:
        return f"{self.added} added, {self.unchanged} unchanged, {self.failed} failed"


def content_hash(rec: Record) -> str:
    """What makes two articles the same: their text and the document metadata given."""
    d = rec.document
    key = json.dumps(
        [rec.text, d.outlet, d.url, d.title, d.published], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def pack(rec: Record) -> bytes:
    return zlib.compress(rec.to_json().encode("utf-8"), 3)


def unpack(blob: bytes) -> Record:
    return Record.from_dict(json.loads(zlib.decompress(blob)))


def insert_ignore(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    ins = (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)
    conn.execute(ins.on_conflict_do_nothing(), list(rows))


def upsert(conn: Connection, table: Table, rows: Sequence[dict[str, Any]], keys: list[str]) -> None:
    if not rows:
        return
    ins = (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)
    cols = [c for c in rows[0] if c not in keys]
    stmt = ins.on_conflict_do_update(
        index_elements=keys, set_={c: getattr(ins.excluded, c) for c in cols}
    )
    conn.execute(stmt, list(rows))


def classify(
    conn: Connection, records: Iterable[Record]
) -> tuple[list[tuple[Record, str]], list[int], IngestSummary]:
    """Split a batch into new/changed records (with hashes), stale rows to drop, and a summary
    of the invalid and unchanged ones."""
    summary = IngestSummary()
    todo: list[tuple[Record, str]] = []
    seen: set[str] = set()
    for rec in records:
        errs = schema_errors(rec.to_dict())
        if errs:
            summary.failed += 1
            summary.errors.append(f"{rec.id}: not a valid record: {'; '.join(errs[:3])}")
            continue
        h = content_hash(rec)
        if h in seen:
            summary.unchanged += 1
            continue
        seen.add(h)
        todo.append((rec, h))
    if not todo:
        return [], [], summary
    hashes = [h for _, h in todo]
    ids = [r.id for r, _ in todo]
    known_hashes = set(
        conn.scalars(select(t.articles.c.content_hash).where(t.articles.c.content_hash.in_(hashes)))
    )
    old = {
        row.id: row.pk
        for row in conn.execute(
            select(t.articles.c.id, t.articles.c.pk).where(t.articles.c.id.in_(ids))
        )
    }
    fresh: list[tuple[Record, str]] = []
    stale: list[int] = []
    for rec, h in todo:
        if h in known_hashes:
            summary.unchanged += 1
            continue
        if rec.id in old:
            stale.append(old[rec.id])
        fresh.append((rec, h))
    return fresh, stale, summary


def drop_articles(conn: Connection, pks: list[int]) -> tuple[set[str], set[str], set[str]]:
    """Delete articles (replaced by a new version); returns the keys, quotes and stories touched."""
    if not pks:
        return set(), set(), set()
    keys = set(conn.scalars(select(t.sources.c.key).where(t.sources.c.article_pk.in_(pks))))
    qids = set(
        conn.scalars(
            select(t.attributions.c.quote_id).where(
                t.attributions.c.article_pk.in_(pks), t.attributions.c.quote_id.is_not(None)
            )
        )
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
        (t.relays, t.relays.c.from_pk),
        (t.articles, t.articles.c.pk),
    ):
        conn.execute(delete(table).where(col.in_(pks)))
    if conn.dialect.name != "postgresql":
        conn.execute(
            text("DELETE FROM article_fts WHERE rowid IN (" + ",".join(map(str, pks)) + ")")
        )
    return keys, qids, stories


def insert_article(conn: Connection, rec: Record, h: str) -> int:
    d = rec.document
    row = {
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
        "record": pack(rec),
        "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    pk = conn.execute(t.articles.insert().returning(t.articles.c.pk), row).scalar_one()
    body = rec.text
    if conn.dialect.name == "postgresql":
        conn.execute(
            text(
                "UPDATE articles SET tsv = setweight(to_tsvector('english', coalesce(:title, '')), 'A')"
                " || to_tsvector('english', :body) WHERE pk = :pk"
            ),
            {"title": d.title or "", "body": body, "pk": pk},
        )
    else:
        conn.execute(
            text("INSERT INTO article_fts(rowid, title, body) VALUES (:pk, :title, :body)"),
            {"pk": pk, "title": d.title or "", "body": body},
        )
    return int(pk)


def insert_parts(conn: Connection, pk: int, rec: Record, link: Link) -> None:
    by_id = {s.id: s for s in rec.sources}
    names = {s.id: s.name for s in rec.sources}
    if rec.sources:
        conn.execute(
            t.sources.insert(),
            [
                {
                    "article_pk": pk,
                    "sid": s.id,
                    "name": s.name,
                    "kind": s.kind,
                    "title": s.title,
                    "key": link.keys.get(s.id) or f"{s.kind}:{s.name.lower()}",
                    "mentions": len(s.mentions),
                }
                for s in rec.sources
            ],
        )
    rows = []
    for a in rec.attributions:
        rows.append(
            {
                "article_pk": pk,
                "aid": a.id,
                "source_key": link.keys.get(a.source) if a.source else None,
                "form": a.form,
                "cue": rec.span_text(a.cue_spans),
                "content": rec.span_text(a.content_spans),
                "chain": json.dumps([names.get(s, s) for s in a.chain], ensure_ascii=False),
                "quote_id": link.quotes.get(a.id),
            }
        )
    if rows:
        conn.execute(t.attributions.insert(), rows)
    dir_rows = []
    alias_rows = []
    for sid, key in link.keys.items():
        s = by_id.get(sid)
        if s is None:
            continue
        dir_rows.append(
            {
                "key": key,
                "id": short_id("src-", key),
                "name": s.name,
                "kind": s.kind,
                "lname": s.name.lower(),
                "n_articles": 0,
                "n_attributions": 0,
            }
        )
        alias_rows.append({"key": key, "alias": s.name, "lalias": s.name.lower()})
    insert_ignore(conn, t.directory, dir_rows)
    insert_ignore(conn, t.aliases, alias_rows)
    insert_ignore(
        conn,
        t.quotes,
        [
            {"id": q, "text": txt, "ltext": txt.lower(), "speaker": spk, "n_appearances": 0}
            for q, (txt, spk) in link.quote_info.items()
        ],
    )


def write_relays(conn: Connection, relays: list[Relay], pks: dict[str, int]) -> None:
    rows = []
    for r in relays:
        pk = pks.get(r.from_article)
        if pk is None:
            pk = conn.scalar(select(t.articles.c.pk).where(t.articles.c.id == r.from_article))
        if pk is None:
            continue
        rows.append(
            {
                "from_pk": pk,
                "to_outlet": r.to_outlet,
                "to_article": r.to_article,
                "attributions": r.attributions,
                "aligned": json.dumps(r.aligned),
            }
        )
    upsert(conn, t.relays, rows, ["from_pk", "to_outlet"])


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


def refresh(conn: Connection, keys: set[str], qids: set[str], story_ids: set[str]) -> None:
    """Recompute the counters and first appearances of the entries a batch touched."""
    s, a, q, st, d, at = t.sources, t.articles, t.quotes, t.stories, t.directory, t.attributions
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
                .select_from(at.join(a, at.c.article_pk == a.c.pk))
                .where(at.c.quote_id == q.c.id)
                .order_by(a.c.published.is_(None), a.c.published, a.c.pk)
                .limit(1)
                .scalar_subquery()
            )

        conn.execute(
            update(q)
            .where(q.c.id.in_(chunk))
            .values(
                n_appearances=select(func.count())
                .select_from(at)
                .where(at.c.quote_id == q.c.id)
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
            )
        )

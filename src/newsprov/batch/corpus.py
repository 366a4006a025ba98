"""Corpus steps at scale: story grouping and quote lineage over batch output, on Spark.

Candidates come from MinHashLSH (Spark MLlib) over each article's story-signature features and
each quote's word-trigram hashes, so no all-pairs comparison is ever made. Candidate pairs are
then verified with the same measures the incremental :mod:`newsprov.corpus` index uses
(IDF-weighted cosine over signatures within the time window; trigram overlap of the shorter
quote), and joined into groups with a union-find on the driver (the verified pairs are few).

Writes ``OUTPUT/stories`` and ``OUTPUT/quotes`` (Parquet) beside ``records/``: the same shapes
the store serves (``newsprov stories --format json``, ``newsprov quotes``).
"""

from __future__ import annotations

import json
import math
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from newsprov.corpus import directory_key, quote_key, quoted_texts, story_signature
from newsprov.corpus.index import event_date
from newsprov.corpus.quotes import MIN_OVERLAP, MIN_SHARED, MIN_WORDS, MIN_WORDS_FUZZY
from newsprov.corpus.stories import SIGNATURE_SIZE, StoryIndex

#: Jaccard distance under which MinHashLSH proposes a candidate pair. Generous on purpose: the
#: verification step decides; tuned so BASIL triplets (train years) are all proposed.
STORY_CANDIDATE_DISTANCE = 0.92
QUOTE_CANDIDATE_DISTANCE = 0.8
HASH_TABLES = 20  # OR of 20 min-hashes: a pair at Jaccard 0.12 is proposed with p = 0.92
NUM_FEATURES = 1 << 20


@dataclass
class CorpusSummary:
    articles: int
    stories: int
    quotes: int
    story_pairs: int
    quote_pairs: int
    seconds: float

    def line(self) -> str:
        return (
            f"newsprov corpus: {self.articles} article(s) -> {self.stories} stor(ies), "
            f"{self.quotes} quote cluster(s) ({self.story_pairs} + {self.quote_pairs} verified "
            f"candidate pairs) in {self.seconds:.1f}s"
        )


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        p = self.parent.setdefault(x, x)
        while p != self.parent[p]:
            self.parent[p] = self.parent[self.parent[p]]
            p = self.parent[p]
        self.parent[x] = p
        return p

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self, items: Iterable[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for x in items:
            out.setdefault(self.find(x), []).append(x)
        return out


def record_features(rows: Iterator[Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Per record: one ("story", ...) row and one ("quote", ...) row per tracked quote."""
    from newsprov.batch.layout import row_record
    from newsprov.record import Record

    for row in rows:
        rec = Record.from_dict(row_record(row.asDict(recursive=True)))
        sig = story_signature(rec)
        top = dict(sorted(sig.items(), key=lambda kv: -kv[1])[:SIGNATURE_SIZE])
        pub = event_date(rec)
        doc = rec.document
        yield "story", {
            "id": rec.id, "title": doc.title, "outlet": doc.outlet, "published": pub,
            "keys": sorted(top), "sig": json.dumps(top),
        }  # fmt: skip
        by_att = {a.id: a for a in rec.attributions}
        for att_id, text in quoted_texts(rec):
            key = quote_key(text)
            words = key.split()
            if len(words) < MIN_WORDS:
                continue
            src = rec.source_by_id(by_att[att_id].source)
            speaker = directory_key(src.name, src.kind, rec.id) if src else None
            grams = (
                [" ".join(words[i : i + 3]) for i in range(len(words) - 2)]
                if len(words) >= 3
                else [key]
            )
            yield "quote", {
                "qid": f"{rec.id}#{att_id}", "article": rec.id, "attribution": att_id,
                "text": text, "key": key, "grams": sorted(set(grams)), "speaker": speaker,
                "speaker_name": src.name if src else None, "outlet": doc.outlet, "published": pub,
            }  # fmt: skip


def _lsh_pairs(
    spark: Any,
    rows: list[dict[str, Any]],
    col: str,
    distance: float,
    window_days: int | None = None,
) -> list[tuple[str, str]]:
    from pyspark.ml.feature import HashingTF, MinHashLSH
    from pyspark.sql import functions as F

    if len(rows) < 2:
        return []
    df = spark.createDataFrame(
        [(r["id"], r[col], r.get("day")) for r in rows if r[col]],
        "id string, items array<string>, day int",
    )
    tf = HashingTF(inputCol="items", outputCol="vec", numFeatures=NUM_FEATURES, binary=True)
    vec = tf.transform(df)
    model = MinHashLSH(inputCol="vec", outputCol="hashes", numHashTables=HASH_TABLES, seed=7).fit(
        vec
    )
    pairs = model.approxSimilarityJoin(vec, vec, distance, distCol="d").where(
        F.col("datasetA.id") < F.col("datasetB.id")
    )
    if window_days is not None:  # the time window prunes candidates before they reach the driver
        a, b = F.col("datasetA.day"), F.col("datasetB.day")
        pairs = pairs.where(a.isNull() | b.isNull() | (F.abs(a - b) <= window_days))
    pairs = pairs.select(F.col("datasetA.id").alias("a"), F.col("datasetB.id").alias("b"))
    return [(r["a"], r["b"]) for r in pairs.collect()]


def _day(iso: str | None) -> int | None:
    try:
        return date.fromisoformat(iso[:10]).toordinal() if iso else None
    except ValueError:
        return None


def group_stories(spark: Any, stories: list[dict[str, Any]]) -> tuple[dict[str, list[str]], int]:
    defaults = StoryIndex()
    df: Counter[str] = Counter()
    sigs = {}
    for s in stories:
        sig = json.loads(s["sig"])
        sigs[s["id"]] = sig
        df.update(sig.keys())
    n = len(stories)

    def vector(sig: dict[str, float]) -> tuple[dict[str, float], float]:
        v = {f: w * (math.log((n + 1) / (df[f] + 1)) + 1.0) for f, w in sig.items()}
        return v, math.sqrt(sum(x * x for x in v.values())) or 1.0

    days = {s["id"]: _day(s["published"]) for s in stories}
    uf = UnionFind()
    verified = 0
    items = [{"id": s["id"], "keys": s["keys"], "day": days[s["id"]]} for s in stories]
    for a, b in _lsh_pairs(spark, items, "keys", STORY_CANDIDATE_DISTANCE, defaults.window_days):
        da, db = days[a], days[b]
        if da is not None and db is not None and abs(da - db) > defaults.window_days:
            continue
        va, na = vector(sigs[a])
        vb, nb = vector(sigs[b])
        if sum(x * vb[f] for f, x in va.items() if f in vb) / (na * nb) >= defaults.threshold:
            uf.union(a, b)
            verified += 1
    return uf.groups(s["id"] for s in stories), verified


def group_quotes(spark: Any, quotes: list[dict[str, Any]]) -> tuple[dict[str, list[str]], int]:
    uf = UnionFind()
    by_key: dict[str, str] = {}
    for q in quotes:  # identical keys always join (short quotes join only this way)
        first = by_key.setdefault(q["key"], q["qid"])
        uf.union(first, q["qid"])
    fuzzy = [q for q in quotes if len(q["key"].split()) >= MIN_WORDS_FUZZY]
    grams = {q["qid"]: set(q["grams"]) for q in fuzzy}
    speakers = {q["qid"]: q["speaker"] for q in quotes}
    verified = 0
    rows = [{"id": q["qid"], "grams": q["grams"]} for q in fuzzy]
    for a, b in _lsh_pairs(spark, rows, "grams", QUOTE_CANDIDATE_DISTANCE):
        ga, gb = grams[a], grams[b]
        shared = len(ga & gb)
        if shared < MIN_SHARED or shared / min(len(ga), len(gb)) < MIN_OVERLAP:
            continue
        sa, sb = speakers[a], speakers[b]
        if sa and sb and sa != sb and shared / max(len(ga), len(gb)) < 0.8:
            continue
        uf.union(a, b)
        verified += 1
    return uf.groups(q["qid"] for q in quotes), verified


def story_rows(groups: dict[str, list[str]], stories: list[dict[str, Any]]) -> list[dict[str, Any]]:
    meta = {s["id"]: s for s in stories}
    out = []
    for members in groups.values():
        ms = sorted((meta[m] for m in members), key=lambda s: (s["published"] or "9999", s["id"]))
        dates = [s["published"] for s in ms if s["published"]]
        out.append({
            "id": "st-" + ms[0]["id"], "title": next((s["title"] for s in ms if s["title"]), None),
            "articles": [s["id"] for s in ms],
            "outlets": sorted({s["outlet"] for s in ms if s["outlet"]}),
            "first_published": min(dates) if dates else None,
            "last_published": max(dates) if dates else None,
        })  # fmt: skip
    return sorted(out, key=lambda s: s["id"])


def quote_rows(groups: dict[str, list[str]], quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    meta = {q["qid"]: q for q in quotes}
    out = []
    for members in groups.values():
        ms = sorted((meta[m] for m in members), key=lambda q: (q["published"] or "9999", q["qid"]))
        first = ms[0]
        speakers = Counter(q["speaker_name"] for q in ms if q["speaker_name"])
        out.append({
            "id": "q-" + first["qid"], "text": first["text"],
            "speaker": speakers.most_common(1)[0][0] if speakers else None,
            "first_publisher": {"article": first["article"], "outlet": first["outlet"],
                                "published": first["published"]},
            "appearances": [{"article": q["article"], "attribution": q["attribution"],
                             "outlet": q["outlet"], "published": q["published"], "text": q["text"]}
                            for q in ms],
            "outlets": sorted({q["outlet"] for q in ms if q["outlet"]}),
        })  # fmt: skip
    return sorted(out, key=lambda q: q["id"])


def run_corpus(output: str, *, master: str | None = "local[2]", spark: Any = None) -> CorpusSummary:
    """Group the batch output's records into stories and quote clusters; write both tables."""
    from newsprov.batch.spark import spark_session

    started = time.monotonic()
    session = spark or spark_session(master, app="newsprov-corpus")
    base = output.rstrip("/")
    feats = session.read.parquet(f"{base}/records").rdd.mapPartitions(record_features).collect()
    stories = [r for k, r in feats if k == "story"]
    quotes = [r for k, r in feats if k == "quote"]
    sgroups, spairs = group_stories(session, stories)
    qgroups, qpairs = group_quotes(session, quotes)
    srows, qrows = story_rows(sgroups, stories), quote_rows(qgroups, quotes)
    import pyarrow as pa
    import pyarrow.parquet as pq

    if "://" in base and not base.startswith("file://"):
        session.createDataFrame(srows).write.mode("overwrite").parquet(f"{base}/stories")
        session.createDataFrame(qrows).write.mode("overwrite").parquet(f"{base}/quotes")
    else:
        from pathlib import Path

        root = Path(base.removeprefix("file://"))
        for name, rows in (("stories", srows), ("quotes", qrows)):
            (root / name).mkdir(exist_ok=True)
            pq.write_table(pa.Table.from_pylist(rows), root / name / "part-00000.parquet")
    return CorpusSummary(
        articles=len(stories), stories=len(srows), quotes=len(qrows),
        story_pairs=spairs, quote_pairs=qpairs, seconds=time.monotonic() - started,
    )  # fmt: skip

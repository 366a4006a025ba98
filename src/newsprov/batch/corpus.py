"""Corpus steps at scale: story grouping and quote lineage over batch output, on Spark.

Everything per article runs in the executors: one ``mapPartitions`` pass computes each record's
story signature and its tracked quotes with the pure helpers of :mod:`newsprov.corpus`; the rest
is Spark SQL and MLlib. Candidates come from MinHashLSH (Spark MLlib): each article's most
distinctive signature features and each quote's word trigrams are min-hashed, and two items
meeting in an LSH bucket (one hash table, one hash value, and for dated articles one of two
consecutive periods of the time window's length) become a candidate pair. No all-pairs
comparison is ever made: a bucket of up to :data:`BUCKET_ALL_PAIRS` members gives all its
pairs; a larger one pairs each member with its next :data:`BUCKET_NEIGHBOURS` members in date
order (the sorted neighbourhood), so the work stays linear however common a feature is.

Candidate pairs are verified in Spark SQL with the measures of the incremental
:mod:`newsprov.corpus` index (IDF-weighted cosine of the signatures, document frequencies over
the whole batch, within the time window; shared trigrams of the shorter quote, and the speaker
rule). Only the verified pairs (ids and a score, no texts) reach the driver, which groups them:
stories by average link, as the store's story index joins an article to a story; quotes by
union-find. The tables are then built per group in the executors and written by Spark.

Writes ``OUTPUT/stories`` and ``OUTPUT/quotes`` (Parquet) beside ``records/``: the same shapes
the store serves (``newsprov stories --format json``, ``newsprov quotes``).
"""

from __future__ import annotations

import heapq
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from newsprov.corpus import directory_key, event_date, quote_key, quoted_texts, story_signature
from newsprov.corpus.directory import is_scoped
from newsprov.corpus.quotes import (
    MIN_OVERLAP,
    MIN_SHARED,
    MIN_WORDS,
    MIN_WORDS_FUZZY,
    SHARED_PASSAGE,
    SPEAKER_CONFLICT_OVERLAP,
    trigrams,
)
from newsprov.corpus.stories import LINK_MEMBERS, SIGNATURE_SIZE, StoryIndex
from newsprov.wording import count_of

#: Jaccard distance (over the signatures' feature sets) a candidate story pair must be within
#: before the cosine decides: generous on purpose; tuned so BASIL triplets are all kept.
STORY_CANDIDATE_DISTANCE = 0.92
#: Jaccard distance (over word trigrams) a candidate quote pair must be within.
QUOTE_CANDIDATE_DISTANCE = 0.8
#: Features of each article that MinHash sees: its most distinctive ones by TF-IDF.
STORY_LSH_FEATURES = 32
STORY_HASH_TABLES = 40  # OR of 40 min-hashes: a pair at Jaccard 0.1 meets with p = 0.985
QUOTE_HASH_TABLES = 20
BUCKET_ALL_PAIRS = 64  # buckets up to this size give all their pairs
BUCKET_NEIGHBOURS = 16  # in a larger bucket, each member meets its next this-many
QUOTE_BUCKET_ALL_PAIRS = 16  # quotes meet in many tables when they match: smaller reach
QUOTE_BUCKET_NEIGHBOURS = 4
NUM_FEATURES = 1 << 20

_NO_PRODUCER = {"newsprov": "", "model": "", "model_version": "", "components": []}
_RECORD_COLUMNS = ("id", "text", "document", "removed", "sources", "attributions")
FEATURES_DDL = (
    "id string, title string, outlet string, published string, day int, "
    "sig_f array<string>, sig_w array<double>, "
    "quotes array<struct<qid: string, attribution: string, text: string, key: string, "
    "fuzzy: boolean, grams: array<bigint>, content: array<bigint>, speaker: string, "
    "speaker_name: string>>"
)
STORIES_DDL = (
    "id string, title string, articles array<string>, outlets array<string>, "
    "first_published string, last_published string"
)
QUOTES_DDL = (
    "id string, text string, speaker string, "
    "first_publisher struct<article: string, outlet: string, published: string>, "
    "appearances array<struct<article: string, attribution: string, outlet: string, "
    "published: string, text: string>>, outlets array<string>"
)


@dataclass
class CorpusSummary:
    articles: int
    stories: int
    quotes: int
    story_pairs: int
    quote_pairs: int
    seconds: float
    story_candidates: int = 0
    quote_candidates: int = 0
    phases: dict[str, float] = field(default_factory=dict)  # seconds per step

    def line(self) -> str:
        return (
            f"newsprov corpus: {count_of(self.articles, 'article')} -> "
            f"{count_of(self.stories, 'story')}, "
            f"{count_of(self.quotes, 'quote cluster')} ({self.story_pairs} of {self.story_candidates} "
            f"story and {self.quote_pairs} of {self.quote_candidates} quote candidate pairs "
            f"verified) in {self.seconds:.1f}s ("
            + ", ".join(f"{k} {v:.0f}s" for k, v in self.phases.items())
            + ")"
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


# -- executors: per-record features --------------------------------------------------------
def _day(iso: str | None) -> int | None:
    try:
        return date.fromisoformat(iso[:10]).toordinal() if iso else None
    except ValueError:
        return None


def feature_row(row: dict[str, Any]) -> dict[str, Any]:
    """One record's story signature (its top features by weight) and tracked quotes."""
    from newsprov.record import SCHEMA_VERSION, Record

    # the columns read are _RECORD_COLUMNS; the rest of a record, which features never use,
    # is filled in empty (the records' table holds version-1 records only)
    rec = Record.from_dict(
        {
            **row,
            "schema_version": SCHEMA_VERSION,
            "sentences": [],
            "profile": {},
            "produced_by": _NO_PRODUCER,
            "warnings": [],
        }
    )
    sig = story_signature(rec)
    top = sorted(sig.items(), key=lambda kv: -kv[1])[:SIGNATURE_SIZE]
    pub = event_date(rec)
    quotes = []
    by_att = {a.id: a for a in rec.attributions}
    for att_id, text in quoted_texts(rec):
        key = quote_key(text)
        words = key.split()
        if len(words) < MIN_WORDS:
            continue
        src = rec.source_by_id(by_att[att_id].source)
        speaker = directory_key(src.name, src.kind, rec.id) if src else None
        quotes.append({
            "qid": f"{rec.id}#{att_id}", "attribution": att_id, "text": text, "key": key,
            "fuzzy": len(words) >= MIN_WORDS_FUZZY,
            # hashed as the store's quote index hashes them
            "grams": sorted(trigrams(key)), "content": sorted(trigrams(key, content=True)),
            # a speaker known in its article only tells nothing across articles
            "speaker": None if speaker is None or is_scoped(speaker) else speaker,
            "speaker_name": src.name if src else None,
        })  # fmt: skip
    return {
        "id": rec.id, "title": rec.document.title, "outlet": rec.document.outlet,
        "published": pub, "day": _day(pub), "sig_f": [f for f, _ in top],
        "sig_w": [float(w) for _, w in top], "quotes": quotes,
    }  # fmt: skip


def _features(rows: Iterator[Any]) -> Iterator[dict[str, Any]]:
    for row in rows:
        yield feature_row(row.asDict(recursive=True))


# -- Spark: candidates, verification -------------------------------------------------------
def min_hashes(items: Any, col: str, tables: int, keep: list[str]) -> Any:
    """``(id, _t, _h, *keep)``: the MinHash (Spark MLlib) of each item's string set ``col`` in
    each of ``tables`` hash tables."""
    from pyspark.ml.feature import HashingTF, MinHashLSH
    from pyspark.ml.functions import vector_to_array
    from pyspark.sql import functions as F

    nonempty = items.where(F.size(col) > 0)
    vec = HashingTF(
        inputCol=col, outputCol="_vec", numFeatures=NUM_FEATURES, binary=True
    ).transform(nonempty)
    model = MinHashLSH(inputCol="_vec", outputCol="_hashes", numHashTables=tables, seed=7).fit(vec)
    hashed = model.transform(vec).select("id", *keep, F.posexplode("_hashes").alias("_t", "_h"))
    return hashed.select("id", "_t", vector_to_array(F.col("_h"))[0].alias("_h"), *keep)


def bucket_pairs(
    hashed: Any,
    bucket: list[str],
    order: list[Any],
    left: Any = None,
    all_pairs: int = BUCKET_ALL_PAIRS,
    neighbours: int = BUCKET_NEIGHBOURS,
) -> Any:
    """Candidate pairs ``(a, b)``, ``a < b``: items that meet in a bucket (equal ``bucket``
    columns). A bucket of up to ``all_pairs`` members gives all its pairs, a larger one each
    member with its next ``neighbours`` in ``order``; ``left`` restricts the first member of a
    pair (a condition on ``hashed``)."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    w = Window.partitionBy(*bucket)
    ranked = hashed.select(
        "id", *bucket, (left if left is not None else F.lit(True)).alias("_left"),
        F.row_number().over(w.orderBy(*order, "id")).cast("int").alias("_rn"),
        F.count("*").over(w).cast("int").alias("_n"),
    ).where(F.col("_n") > 1)  # fmt: skip
    reach = F.when(F.col("_n") <= all_pairs, F.col("_n")).otherwise(
        F.least(F.col("_n"), F.col("_rn") + neighbours)
    )
    starts = ranked.where((F.col("_rn") < F.col("_n")) & F.col("_left")).select(
        F.col("id").alias("a"), *bucket, F.explode(F.sequence(F.col("_rn") + 1, reach)).alias("_rn")
    )
    ends = ranked.select(F.col("id").alias("b"), *bucket, "_rn")
    pairs = starts.join(ends, [*bucket, "_rn"])
    return pairs.select(F.least("a", "b").alias("a"), F.greatest("a", "b").alias("b")).distinct()


def story_edges(feats: Any, n: int) -> tuple[Any, Any, Any]:
    """Verified story pairs ``(a, b)``, the candidate pairs they came from, the vectors."""
    from pyspark.sql import functions as F

    defaults = StoryIndex()
    entries = feats.select("id", F.explode(F.arrays_zip("sig_f", "sig_w")).alias("e")).select(
        "id", F.col("e.sig_f").alias("f"), F.col("e.sig_w").alias("w")
    )
    dfs = entries.groupBy("f").agg(F.count("*").alias("df"))
    weighted = entries.join(dfs, "f").select(
        "id", "f", (F.col("w") * (F.log((F.lit(n) + 1) / (F.col("df") + 1)) + 1.0)).alias("v")
    )
    vectors = weighted.groupBy("id").agg(
        F.sort_array(F.collect_list(F.struct((-F.col("v")).alias("nv"), "f"))).alias("ranked"),
        F.sqrt(F.sum(F.col("v") * F.col("v"))).alias("norm"),
    )
    vectors = (
        vectors.join(feats.select("id", "day"), "id")
        .select(
            "id", "day",
            F.map_from_arrays(
                F.transform("ranked", lambda e: e["f"]),
                F.transform("ranked", lambda e: -e["nv"] / F.col("norm")),
            ).alias("vec"),
            F.transform(F.slice("ranked", 1, STORY_LSH_FEATURES), lambda e: e["f"]).alias("lsh"),
        )
        .persist()
    )  # fmt: skip
    window = defaults.window_days
    hashed = min_hashes(vectors.select("id", "lsh", "day"), "lsh", STORY_HASH_TABLES, ["day"])
    # dated articles meet in buckets of two consecutive periods of the window's length: every
    # pair inside the window shares one; undated ones meet any member of their hash bucket
    period = F.floor(F.col("day") / (window + 1))
    dated = hashed.where(F.col("day").isNotNull()).select(
        "*", F.explode(F.array(period, period + 1)).alias("_w")
    )
    candidates = bucket_pairs(dated, ["_t", "_h", "_w"], ["day"])
    if hashed.where(F.col("day").isNull()).limit(1).count():
        undated = bucket_pairs(
            hashed, ["_t", "_h"], [F.col("day").asc_nulls_first()], left=F.col("day").isNull()
        )
        candidates = candidates.union(undated).distinct()
    candidates = candidates.persist()
    va = vectors.select(F.col("id").alias("a"), F.col("day").alias("da"), F.col("vec").alias("ma"))
    vb = vectors.select(F.col("id").alias("b"), F.col("day").alias("db"), F.col("vec").alias("mb"))
    joined = (
        candidates.join(va, "a")
        .join(vb, "b")
        .where(F.col("da").isNull() | F.col("db").isNull() | (F.abs(F.col("da") - F.col("db")) <= window))
        .select("a", "b", "ma", "mb", F.array_intersect(F.map_keys("ma"), F.map_keys("mb")).alias("s"))
    )  # fmt: skip
    shared = F.size("s")
    union = F.size(F.map_keys("ma")) + F.size(F.map_keys("mb")) - shared
    cosine = F.aggregate(
        "s", F.lit(0.0), lambda acc, k: acc + F.element_at("ma", k) * F.element_at("mb", k)
    )
    edges = joined.where(
        (shared >= (1.0 - STORY_CANDIDATE_DISTANCE) * union) & (cosine >= defaults.threshold)
    ).select("a", "b", cosine.alias("sim"))
    return edges, candidates, vectors


def quote_edges(feats: Any) -> tuple[Any, Any, Any, Any]:
    """Quote appearances, their keys (``kid`` = the key's first appearance), verified fuzzy
    pairs of keys, and the candidate pairs. Identical keys always join."""
    from pyspark.sql import functions as F

    quotes = feats.select(
        "outlet", "published", F.col("id").alias("article"), F.explode("quotes").alias("q")
    ).select("article", "outlet", "published", "q.*")
    keys = quotes.groupBy("key").agg(
        F.min("qid").alias("kid"),
        F.first("grams").alias("grams"),
        F.first("content").alias("content"),
        F.first("fuzzy").alias("fuzzy"),
        F.max(F.col("speaker").isNull()).alias("anonymous"),
        F.collect_set("speaker").alias("speakers"),
    )
    quotes = quotes.join(keys.select("key", "kid"), "key").persist()
    fuzzy = keys.where("fuzzy").select(
        F.col("kid").alias("id"), "key", "grams", "content", "anonymous", "speakers"
    )
    fuzzy = fuzzy.persist()
    hashed = min_hashes(fuzzy.select("id", "grams", "key"), "grams", QUOTE_HASH_TABLES, ["key"])
    # in a bucket, quotes sorted by their words: variants of one quote are neighbours
    candidates = bucket_pairs(
        hashed, ["_t", "_h"], ["key"], all_pairs=QUOTE_BUCKET_ALL_PAIRS,
        neighbours=QUOTE_BUCKET_NEIGHBOURS,
    ).persist()  # fmt: skip
    ka = fuzzy.select(F.col("id").alias("a"), F.col("grams").alias("ga"),
                      F.col("content").alias("ca"), F.col("anonymous").alias("na"),
                      F.col("speakers").alias("sa"))  # fmt: skip
    kb = fuzzy.select(F.col("id").alias("b"), F.col("grams").alias("gb"),
                      F.col("content").alias("cb"), F.col("anonymous").alias("nb"),
                      F.col("speakers").alias("sb"))  # fmt: skip
    joined = (
        candidates.join(ka, "a")
        .join(kb, "b")
        .select("a", "b", "na", "nb", "sa", "sb", F.size(F.array_intersect("ga", "gb")).alias(
            "shared"), F.size("ga").alias("la"), F.size("gb").alias("lb"),
            F.size(F.array_intersect("ca", "cb")).alias("content"))
    )  # fmt: skip
    shared, la, lb, content = F.col("shared"), F.col("la"), F.col("lb"), F.col("content")
    # two different known speakers need a near-identical quote: some pair of appearances must
    # have an unknown speaker on one side or the same speaker on both, or the overlap be high
    compatible = F.col("na") | F.col("nb") | F.arrays_overlap("sa", "sb")
    contained = (shared >= (1.0 - QUOTE_CANDIDATE_DISTANCE) * (la + lb - shared)) & (
        shared >= MIN_OVERLAP * F.least(la, lb)
    )
    # excerpts of one statement sharing a run of about eight words (the store's index files
    # such a passage in both clusters; here the pair joins them)
    excerpts = content >= SHARED_PASSAGE
    edges = joined.where(
        (contained | excerpts)
        & (shared >= MIN_SHARED)
        & (content > 0)  # some shared trigram holds a word that is no stop word
        & (compatible | (shared >= SPEAKER_CONFLICT_OVERLAP * F.greatest(la, lb)))
    ).select("a", "b")
    return quotes, edges, candidates, fuzzy


def _roots(spark: Any, edges: list[tuple[str, str]]) -> Any:
    """``(node, root)`` for every node of a verified pair (others are their own root)."""
    uf = UnionFind()
    for a, b in edges:
        uf.union(a, b)
    return _root_frame(spark, {x: uf.find(x) for x in uf.parent})


def _root_frame(spark: Any, roots: dict[str, str]) -> Any:
    return spark.createDataFrame(sorted(roots.items()), "node string, root string")


def average_link(
    edges: Iterable[tuple[str, str, float]], threshold: float, members: int = LINK_MEMBERS
) -> dict[str, str]:
    """Average-link grouping of verified pairs, as the store's story index joins an article to
    a story: two groups merge, best first, while the sum of their pairs' similarities over the
    product of their sizes (each counted up to ``members``) is at least ``threshold``; pairs
    that are not verified count as 0. Returns node -> group id (its smallest node)."""
    size: dict[str, int] = {}
    links: dict[str, dict[str, float]] = {}
    for a, b, sim in edges:
        for x in (a, b):
            size.setdefault(x, 1)
            links.setdefault(x, {})
        links[a][b] = links[a].get(b, 0.0) + sim
        links[b][a] = links[b].get(a, 0.0) + sim

    def score(a: str, b: str) -> float:
        return links[a].get(b, 0.0) / (min(size[a], members) * min(size[b], members))

    heap = [(-score(a, b), a, b) for a in links for b in links[a] if a < b]
    heapq.heapify(heap)
    parent = {x: x for x in size}
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in links or b not in links[a] or -neg != score(a, b):
            continue  # a merged group, or a score that has changed since
        if -neg < threshold:
            break
        keep, gone = a, b  # a < b: the group keeps its smallest node
        parent[gone] = keep
        size[keep] += size.pop(gone)
        kept, lost = links[keep], links.pop(gone)
        kept.pop(gone, None)
        lost.pop(keep, None)
        for c, v in lost.items():
            kept[c] = kept.get(c, 0.0) + v
            del links[c][gone]
            links[c][keep] = kept[c]
        for c in kept:
            heapq.heappush(heap, (-score(keep, c), min(keep, c), max(keep, c)))

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    return {x: find(x) for x in parent}


# -- executors: one table row per group ----------------------------------------------------
def story_row(members: list[dict[str, Any]]) -> dict[str, Any]:
    ms = sorted(members, key=lambda s: (s["published"] or "9999", s["id"]))
    dates = [s["published"] for s in ms if s["published"]]
    return {
        "id": "st-" + ms[0]["id"], "title": next((s["title"] for s in ms if s["title"]), None),
        "articles": [s["id"] for s in ms],
        "outlets": sorted({s["outlet"] for s in ms if s["outlet"]}),
        "first_published": min(dates) if dates else None,
        "last_published": max(dates) if dates else None,
    }  # fmt: skip


def quote_row(members: list[dict[str, Any]]) -> dict[str, Any]:
    ms = sorted(members, key=lambda q: (q["published"] or "9999", q["qid"]))
    first = ms[0]
    speakers = Counter(q["speaker_name"] for q in ms if q["speaker_name"])
    return {
        "id": "q-" + first["qid"], "text": first["text"],
        "speaker": speakers.most_common(1)[0][0] if speakers else None,
        "first_publisher": {"article": first["article"], "outlet": first["outlet"],
                            "published": first["published"]},
        "appearances": [{"article": q["article"], "attribution": q["attribution"],
                         "outlet": q["outlet"], "published": q["published"], "text": q["text"]}
                        for q in ms],
        "outlets": sorted({q["outlet"] for q in ms if q["outlet"]}),
    }  # fmt: skip


def _grouped_rows(members: Any, roots: Any, node: str, fields: list[str], build: Any) -> Any:
    from pyspark.sql import functions as F

    grouped = (
        members.join(roots, members[node] == roots["node"], "left")
        .select(F.coalesce("root", node).alias("_g"), *fields)
        .groupBy("_g")
        .agg(F.collect_list(F.struct(*fields)).alias("m"))
    )
    return grouped.rdd.map(lambda r: build([m.asDict() for m in r["m"]]))


def run_corpus(output: str, *, master: str | None = "local[2]", spark: Any = None) -> CorpusSummary:
    """Group the batch output's records into stories and quote clusters; write both tables."""
    from newsprov.batch.output import check_batch_output

    check_batch_output(output)  # before Spark and its JVM start
    from pyspark import StorageLevel

    from newsprov.batch.spark import spark_session

    started = time.monotonic()
    session = spark or spark_session(master, app="newsprov-corpus")
    base = output.rstrip("/")
    sc = session.sparkContext
    shuffle = session.conf.get("spark.sql.shuffle.partitions")
    if sc.master.startswith("local") and shuffle == "200":  # Spark's default, for clusters
        session.conf.set("spark.sql.shuffle.partitions", str(4 * sc.defaultParallelism))
    # enough splits of the records to keep every core busy to the end of the features pass
    min_splits = session.conf.get("spark.sql.files.minPartitionNum", None)
    session.conf.set("spark.sql.files.minPartitionNum", str(4 * sc.defaultParallelism))
    records = session.read.parquet(f"{base}/records").select(*_RECORD_COLUMNS)
    feats = session.createDataFrame(
        records.rdd.mapPartitions(_features), FEATURES_DDL, verifySchema=False
    )
    feats = feats.persist(StorageLevel.MEMORY_AND_DISK)
    cached: list[Any] = [feats]
    try:
        n = feats.count()
        phases = {"features": time.monotonic() - started}
        sedges, scands, vectors = story_edges(feats, n)
        quotes, qedges, qcands, fuzzy = quote_edges(feats)
        cached += [vectors, scands, quotes, fuzzy, qcands]
        spairs = [(r["a"], r["b"], r["sim"]) for r in sedges.collect()]
        sroots = average_link(spairs, StoryIndex().threshold)
        phases["stories"] = time.monotonic() - started - sum(phases.values())
        qpairs = [(r["a"], r["b"]) for r in qedges.collect()]
        phases["quotes"] = time.monotonic() - started - sum(phases.values())
        stories = _grouped_rows(
            feats,
            _root_frame(session, sroots),
            "id",
            ["id", "title", "outlet", "published"],
            story_row,
        )
        qfields = ["qid", "article", "attribution", "outlet", "published", "text", "speaker_name"]
        clusters = _grouped_rows(quotes, _roots(session, qpairs), "kid", qfields, quote_row)
        sdf = session.createDataFrame(stories, STORIES_DDL, verifySchema=False).orderBy("id")
        qdf = session.createDataFrame(clusters, QUOTES_DDL, verifySchema=False).orderBy("id")
        sdf.write.mode("overwrite").parquet(f"{base}/stories")
        qdf.write.mode("overwrite").parquet(f"{base}/quotes")
        out = session.read.parquet(f"{base}/stories").count()
        qout = session.read.parquet(f"{base}/quotes").count()
        phases["tables"] = time.monotonic() - started - sum(phases.values())
        summary = CorpusSummary(
            articles=n, stories=out, quotes=qout, story_pairs=len(spairs),
            quote_pairs=len(qpairs), seconds=time.monotonic() - started,
            story_candidates=scands.count(), quote_candidates=qcands.count(), phases=phases,
        )  # fmt: skip
    finally:
        for df in cached:
            df.unpersist()
        session.conf.set("spark.sql.shuffle.partitions", shuffle)
        if min_splits is None:
            session.conf.unset("spark.sql.files.minPartitionNum")
        else:
            session.conf.set("spark.sql.files.minPartitionNum", min_splits)
    return summary

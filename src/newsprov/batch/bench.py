"""``make bench-scale``: batch throughput on Spark with 1 and 2 workers, scaling efficiency,
peak memory per worker, against the single-process analyser on the same machine.

The corpus is built at run time from the shared texts (PolNeAR, BASIL) replicated with new ids
until it holds ``--articles`` articles; nothing is copied into the project.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsprov.options import Options


def shared_texts(shared: Path) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for split in ("dev", "train"):
        for f in sorted((shared / "data" / "polnear" / "data" / split / "text").glob("*.txt")):
            with open(f, encoding="utf-8", newline="") as fh:
                out.append((f.stem, fh.read()))
    for f in sorted((shared / "data" / "basil" / "articles").rglob("*.json")):
        art = json.loads(f.read_text(encoding="utf-8"))
        paras = art.get("body-paragraphs") or []
        text = "\n".join(" ".join(p) for p in paras)
        if text.strip():
            out.append((f.stem, (art.get("title") or "") + "\n" + text))
    if not out:
        raise SystemExit(f"no shared texts under {shared}/data")
    return out


def build_corpus(shared: Path, n: int, path: Path) -> int:
    texts = shared_texts(shared)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            ident, text = texts[i % len(texts)]
            f.write(json.dumps({"id": f"{ident}~{i}", "text": text}) + "\n")
    return n


def _rss_mb() -> float:
    from newsprov.bench import peak_rss_mb

    return peak_rss_mb()


def single_process(path: Path, limit: int) -> float:
    from newsprov.batch.rows import analyze_rows, jsonl_rows

    with open(path, encoding="utf-8") as fh:
        rows = [r for _, r in zip(range(limit), jsonl_rows(fh, str(path)), strict=False)]
    opts = Options(progress=False)
    list(analyze_rows(rows[:8], opts))  # load the model outside the timing
    t = time.monotonic()
    n = sum(1 for _ in analyze_rows(rows, opts))
    return n / (time.monotonic() - t)


def spark_run(path: Path, workers: int, partitions: int) -> dict[str, Any]:
    from newsprov.batch.rows import analyze_rows, jsonl_rows
    from newsprov.batch.spark import spark_session

    spark = spark_session(f"local[{workers}]", app=f"newsprov-bench-{workers}")
    opts = Options(progress=False)
    try:
        lines = spark.sparkContext.textFile(str(path), minPartitions=partitions)

        def part(it: Iterator[str]) -> Iterator[tuple[int, float]]:
            rows = jsonl_rows(it, str(path))
            n = sum(1 for _ in analyze_rows(rows, opts))
            yield n, _rss_mb()

        # warm-up: one tiny job loads the model in each worker
        spark.sparkContext.parallelize(range(workers), workers).foreach(
            lambda _: list(analyze_rows([{"text": "Officials said the vote was close."}], opts))
        )
        t = time.monotonic()
        stats = lines.mapPartitions(part).collect()
        secs = time.monotonic() - t
    finally:
        spark.stop()
    n = sum(s[0] for s in stats)
    return {
        "workers": workers,
        "articles": n,
        "seconds": secs,
        "rate": n / secs,
        "peak_rss_mb": max(s[1] for s in stats),
    }


_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")
_LETTERS = "aeioulnrstmkdgbpv"


def _rename(text: str, copy: int) -> str:
    """Every capitalised word becomes a made-up name of the same length, one per (word, copy):
    new names for a new story, with every offset of the record kept exact."""

    def sub(m: re.Match[str]) -> str:
        h = zlib.crc32(f"{copy}:{m.group(0)}".encode())
        letters = [_LETTERS[(h >> (3 * i)) % len(_LETTERS)] for i in range(len(m.group(0)))]
        return "".join(letters).capitalize()

    return _CAPITALISED.sub(sub, text)


def synthetic_records(seed_records: list[dict[str, Any]], n: int, path: Path) -> None:
    """``n`` records made from analysed ones with new ids, dates and names (no re-analysis):
    what the corpus steps are timed on. Offsets stay valid: names are replaced in place."""
    from datetime import date, timedelta

    from newsprov.batch.output import record_writer

    rng = random.Random(7)
    writer = record_writer(path)
    start = date(2016, 1, 1)
    for i in range(n):
        rec = dict(seed_records[i % len(seed_records)])
        copy = i // len(seed_records)
        if copy:
            rec["text"] = _rename(rec["text"], copy)
        rec["id"] = f"{rec['id']}~{i}"
        doc = dict(rec["document"])
        doc["published"] = (start + timedelta(days=rng.randrange(1460))).isoformat()
        if doc.get("title") and copy:
            doc["title"] = _rename(doc["title"], copy)
        rec["document"] = doc
        if copy:
            rec["sources"] = [{**s, "name": _rename(s["name"], copy)} for s in rec["sources"]]
        writer.add(rec)
    writer.close()


def corpus_timing(local_out: Path, sizes: list[int]) -> None:
    from newsprov.batch.corpus import run_corpus
    from newsprov.batch.layout import record_row
    from newsprov.batch.output import read_records
    from newsprov.batch.spark import spark_session

    seeds = [record_row(r) for r in read_records(str(local_out))]
    spark = spark_session("local[2]", app="newsprov-bench-corpus")
    try:
        for n in sizes:
            with tempfile.TemporaryDirectory() as tmp:
                synthetic_records(seeds, n, Path(tmp))
                s = run_corpus(tmp, spark=spark)
                print(
                    f"corpus steps (MinHashLSH) on {n} records: {s.seconds:.1f}s "
                    f"({s.stories} stories, {s.quotes} quote clusters)"
                )
    finally:
        spark.stop()


def report(runs: list[dict[str, Any]], base: float) -> None:
    for r in runs:
        print(
            f"spark local[{r['workers']}]: {r['articles']} articles in {r['seconds']:.0f}s = "
            f"{r['rate']:.2f} articles/s "
            f"({r['rate'] / r['workers'] / base:.2f}x single-process per core), "
            f"peak RSS per worker {r['peak_rss_mb']:.0f} MB"
        )
    eff = runs[1]["rate"] / (2 * runs[0]["rate"])
    per_core = runs[0]["rate"] / base
    print(f"scaling efficiency 1 -> 2 workers: {eff:.2f} (target >= 0.8)")
    print(f"per-core throughput vs single-process analyze: {per_core:.2f} (target >= 0.85)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsprov.batch.bench")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument(
        "--single", type=int, default=300, help="articles for the single-process figure"
    )
    ap.add_argument(
        "--corpus-sizes",
        default="10000,30000,100000",
        help="record counts for the corpus-step timings (comma-separated; empty to skip)",
    )
    args = ap.parse_args(argv)
    sizes = [int(x) for x in args.corpus_sizes.split(",") if x.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        n = build_corpus(Path(args.shared), args.articles, path)
        print(f"bench-scale: {n} articles built from the shared texts")
        base = single_process(path, args.single)
        print(f"single process analyze: {base:.2f} articles/s (peak RSS {_rss_mb():.0f} MB)")
        report([spark_run(path, w, partitions=8 * w) for w in (1, 2)], base)
        if sizes:
            from newsprov.batch.local import run_local

            seeds_out = Path(tmp) / "seeds"
            small = Path(tmp) / "seeds.jsonl"
            with open(path, encoding="utf-8") as src, open(small, "w", encoding="utf-8") as dst:
                for _, line in zip(range(args.single), src, strict=False):
                    dst.write(line)
            run_local([str(small)], str(seeds_out), Options(progress=False))
            corpus_timing(seeds_out, sizes)
    return 0


if __name__ == "__main__":
    sys.exit(main())

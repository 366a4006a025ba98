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


def tree_cpu_seconds() -> float:
    """CPU seconds used so far by this process and all its descendants (the Spark JVM and its
    Python workers): on a shared machine the wall clock also measures the neighbours, this does
    not. Linux /proc only; elsewhere this process's own CPU time."""
    import os

    tick = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, float]] = {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # after the command: state ppid ... utime(14) stime(15) cutime(16) cstime(17)
        stats[int(entry)] = (int(fields[1]), sum(int(x) for x in fields[11:15]) / tick)
    if not stats:
        t = os.times()
        return t.user + t.system + t.children_user + t.children_system
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in stats.items():
        children.setdefault(ppid, []).append(pid)
    total, todo = 0.0, [os.getpid()]
    while todo:
        pid = todo.pop()
        total += stats.get(pid, (0, 0.0))[1]
        todo.extend(children.get(pid, []))
    return total


def load_average() -> str:
    import os

    try:
        return "/".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def single_process(path: Path, limit: int) -> dict[str, float]:
    """Articles per second (wall) and per CPU-second of the plain analyser in this process."""
    from newsprov.batch.rows import analyze_rows, jsonl_rows

    with open(path, encoding="utf-8") as fh:
        rows = [r for _, r in zip(range(limit), jsonl_rows(fh, str(path)), strict=False)]
    opts = Options(progress=False)
    list(analyze_rows(rows[:8], opts))  # load the model outside the timing
    t, c = time.monotonic(), time.process_time()
    n = sum(1 for _ in analyze_rows(rows, opts))
    secs, cpu = time.monotonic() - t, time.process_time() - c
    return {"articles": n, "seconds": secs, "rate": n / secs, "cpu_rate": n / cpu}


def spark_run(path: Path, workers: int, partitions: int) -> dict[str, Any]:
    from newsprov.batch.rows import analyze_rows, jsonl_rows
    from newsprov.batch.spark import spark_session

    spark = spark_session(f"local[{workers}]", app=f"newsprov-bench-{workers}")
    opts = Options(progress=False)
    try:
        lines = spark.sparkContext.textFile(str(path), minPartitions=partitions)

        def part(it: Iterator[str]) -> Iterator[tuple[int, float, float]]:
            c = time.process_time()
            rows = jsonl_rows(it, str(path))
            n = sum(1 for _ in analyze_rows(rows, opts))
            yield n, _rss_mb(), time.process_time() - c

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
    cpu = sum(s[2] for s in stats)
    return {
        "workers": workers,
        "articles": n,
        "seconds": secs,
        "rate": n / secs,
        "cpu_seconds": cpu,
        "cpu_rate": n / cpu,
        "peak_rss_mb": max(s[1] for s in stats),
        "load": load_average(),
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


def corpus_timing(local_out: Path, sizes: list[int]) -> list[dict[str, Any]]:
    """The corpus steps on ``sizes`` synthetic records, each in a fresh ``local[2]`` session:
    wall seconds, and CPU seconds of this process, the JVM and its Python workers."""
    from newsprov.batch.corpus import run_corpus
    from newsprov.batch.layout import record_row
    from newsprov.batch.output import read_records
    from newsprov.batch.spark import spark_session

    seeds = [record_row(r) for r in read_records(str(local_out))]
    out = []
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            synthetic_records(seeds, n, Path(tmp))
            spark = spark_session("local[2]", app="newsprov-bench-corpus")
            try:
                cpu = tree_cpu_seconds()
                s = run_corpus(tmp, spark=spark)
                cpu = tree_cpu_seconds() - cpu
            finally:
                spark.stop()
        row = {"records": n, "seconds": s.seconds, "cpu_seconds": cpu, "load": load_average(),
               "stories": s.stories, "quotes": s.quotes, "story_candidates": s.story_candidates,
               "story_pairs": s.story_pairs, "quote_candidates": s.quote_candidates,
               "quote_pairs": s.quote_pairs}  # fmt: skip
        print(
            f"corpus steps (MinHashLSH) on {n} records: {s.seconds:.1f}s wall, "
            f"{cpu:.0f} CPU-s (load {row['load']}); {s.stories} stories, {s.quotes} quote "
            f"clusters; {s.story_pairs} of {s.story_candidates} story and {s.quote_pairs} of "
            f"{s.quote_candidates} quote candidate pairs verified",
            flush=True,
        )
        out.append(row)
    return out


def _stage(what: str) -> None:
    """A progress line: the analysis stages take minutes each on 10k articles."""
    print(f"bench-scale: {what} ... (started {time.strftime('%H:%M:%S')})", flush=True)


def report_runs(runs: list[dict[str, Any]], base: dict[str, float]) -> None:
    print(
        f"single process analyze: {base['articles']} articles, {base['rate']:.2f} articles/s, "
        f"{base['cpu_rate']:.2f} articles per CPU-second (peak RSS {_rss_mb():.0f} MB)"
    )
    for r in runs:
        print(
            f"spark local[{r['workers']}]: {r['articles']} articles in {r['seconds']:.0f}s = "
            f"{r['rate']:.2f} articles/s ({r['rate'] / r['workers'] / base['rate']:.2f}x "
            f"single-process per core); {r['cpu_rate']:.2f} articles per worker CPU-second "
            f"({r['cpu_rate'] / base['cpu_rate']:.2f}x single-process); peak RSS per worker "
            f"{r['peak_rss_mb']:.0f} MB; load at the end {r['load']}",
            flush=True,
        )


def report(runs: list[dict[str, Any]], base: dict[str, float]) -> None:
    report_runs(runs, base)
    eff = runs[1]["rate"] / (2 * runs[0]["rate"])
    eff_cpu = runs[1]["cpu_rate"] / runs[0]["cpu_rate"]
    per_core = runs[0]["rate"] / base["rate"]
    print(
        f"scaling efficiency 1 -> 2 workers: {eff:.2f} by wall clock, {eff_cpu:.2f} by CPU time "
        "(target >= 0.8)"
    )
    print(
        f"per-core throughput vs single-process analyze: {per_core:.2f} by wall clock, "
        f"{runs[0]['cpu_rate'] / base['cpu_rate']:.2f} by CPU time (target >= 0.85)",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m newsprov.batch.bench")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument(
        "--single",
        type=int,
        default=300,
        help="articles for the single-process figure (and the analysed seeds of the corpus steps)",
    )
    ap.add_argument(
        "--analysis",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="measure analysis throughput with 1 and 2 Spark workers (--no-analysis: skip)",
    )
    ap.add_argument(
        "--corpus-sizes",
        default="10000,30000,100000",
        help="record counts for the corpus-step timings (comma-separated; empty to skip)",
    )
    ap.add_argument(
        "--workers",
        type=int,
        nargs="+",
        choices=(1, 2),
        default=[1, 2],
        help="Spark worker counts to run (default both; one alone re-measures it, e.g. on a "
        "quieter machine, and skips the comparison)",
    )
    ap.add_argument("--json", default=None, help="also write the figures to this JSON file")
    args = ap.parse_args(argv)
    sizes = [int(x) for x in args.corpus_sizes.split(",") if x.strip()]
    results: dict[str, Any] = {"load_at_start": load_average()}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        n = build_corpus(Path(args.shared), args.articles if args.analysis else args.single, path)
        print(f"bench-scale: {n} articles built from the shared texts (load {load_average()})")
        if args.analysis:
            _stage(f"single process: analysing the first {min(args.single, n)} articles")
            base = single_process(path, args.single)
            runs = []
            for w in sorted(set(args.workers)):  # "--workers 2 1 1" runs 1 and 2 once
                _stage(f"spark local[{w}]: analysing {n} articles in {8 * w} partitions")
                runs.append(spark_run(path, w, partitions=8 * w))
            if len(runs) == 2:
                report(runs, base)
            else:  # one worker count alone: its figures, no comparison
                report_runs(runs, base)
            results.update(single=base, spark=runs)
        if sizes:
            from newsprov.batch.local import run_local

            seeds_out = Path(tmp) / "seeds"
            small = Path(tmp) / "seeds.jsonl"
            with open(path, encoding="utf-8") as src, open(small, "w", encoding="utf-8") as dst:
                for _, line in zip(range(args.single), src, strict=False):
                    dst.write(line)
            run_local([str(small)], str(seeds_out), Options(progress=False))
            results["corpus"] = corpus_timing(seeds_out, sizes)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

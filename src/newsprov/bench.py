"""``make bench``: throughput and peak memory of newsprov against spaCy's parse alone.

``python -m newsprov.bench --shared ../shared`` analyses a fixed set (the PolNeAR dev texts) in
the same run with (a) the model's own components only, newsprov's disabled ("parse alone") and
(b) the whole newsprov analysis into records, each in one process and in two processes (one
model per process, spawned, loaded as the commands load it, ``process_analyzer``; each takes
half the articles, timed from a common start). It prints articles/second, CPU seconds, peak RSS
per process, the newsprov/parse-alone ratio and whether the targets hold (ratio >= 0.8; peak RSS
<= 700 MB per process), then the cost of each pipeline component, then the sections other stages
add: ``bench_section(args)`` of ``newsprov.store.bench``, ``newsprov.serve.bench`` and
``newsprov.batch.bench`` when importable.
"""

from __future__ import annotations

import argparse
import importlib
import json
import multiprocessing as mp
import os
import resource
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

TARGET_RATIO = 0.8
TARGET_RSS_MB = 700.0
SECTIONS = ("newsprov.store.bench", "newsprov.serve.bench", "newsprov.batch.bench")


@dataclass
class Run:
    """One worker's share: articles done, wall and CPU seconds after the common start, peak RSS."""

    mode: str
    articles: int
    chars: int
    wall: float
    cpu: float
    rss_mb: float


def bench_texts(shared: Path, limit: int | None = None) -> list[tuple[str, str]]:
    """The fixed set: (name, text) of every PolNeAR dev text, read with ``newline=''``."""
    from newsprov.errors import InputError
    from newsprov.eval.polnear import read_text

    tdir = Path(shared) / "data" / "polnear" / "data" / "dev" / "text"
    paths = sorted(tdir.glob("*.txt"))
    if not paths:
        raise InputError(str(tdir), "has no texts to benchmark on (is --shared right?)")
    return [(p.stem, read_text(p)) for p in paths[:limit] if p]


def peak_rss_mb() -> float:
    """This process's peak resident memory. Linux's ``ru_maxrss`` survives fork and exec, so a
    spawned worker would report its parent's peak; ``VmHWM`` belongs to the worker's own
    address space."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def _worker(mode: str, texts: list[tuple[str, str]], barrier: Any, out: Any) -> None:
    """Load the model, warm up, wait for the others, then time ``mode`` over ``texts``."""
    try:
        from newsprov.analysis.pipeline import process_analyzer
        from newsprov.ingest import Article
        from newsprov.options import Options

        analyzer = process_analyzer(Options(progress=False))  # as the command line's
        nlp = analyzer.nlp
        warm = [t for _, t in texts[:2]]
        list(nlp.pipe(warm))
        batch = analyzer.options.batch_size
        arts = [Article(text=t, id=n, origin=n) for n, t in texts]
        barrier.wait()
        wall0, cpu0 = time.perf_counter(), time.process_time()
        done = 0
        if mode == "parse":
            with nlp.select_pipes(disable=analyzer.own_names):
                for _doc in nlp.pipe((t for _, t in texts), batch_size=batch):
                    done += 1
        else:
            for outcome in analyzer.analyze_stream(arts, progress=False):
                if outcome.record is None:
                    raise RuntimeError(f"{outcome.origin}: {outcome.error}")
                done += 1
        run = Run(
            mode=mode,
            articles=done,
            chars=sum(len(t) for _, t in texts),
            wall=time.perf_counter() - wall0,
            cpu=time.process_time() - cpu0,
            rss_mb=peak_rss_mb(),
        )
        out.put(("ok", asdict(run)))
    except BaseException as e:  # reported to the parent, which says which worker failed
        barrier.abort()
        out.put(("error", f"{type(e).__name__}: {e}"))


def measure(mode: str, texts: list[tuple[str, str]], procs: int) -> list[Run]:
    """Run ``mode`` in ``procs`` spawned processes over shares of ``texts``."""
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(procs)
    out = ctx.Queue()
    shares = [texts[i::procs] for i in range(procs)]
    workers = [ctx.Process(target=_worker, args=(mode, s, barrier, out)) for s in shares]
    for w in workers:
        w.start()
    results = [out.get() for _ in workers]
    for w in workers:
        w.join()
    errors = [r[1] for r in results if r[0] != "ok"]
    if errors:
        from newsprov.errors import NewsprovError

        raise NewsprovError(f"benchmark worker ({mode}, {procs} process(es)) failed: {errors[0]}")
    return [Run(**r[1]) for r in results]


@dataclass
class Row:
    mode: str
    procs: int
    articles: int
    wall: float
    cpu: float
    rss_mb: float

    @property
    def per_s(self) -> float:
        return self.articles / self.wall if self.wall else 0.0

    @property
    def per_cpu_s(self) -> float:
        """Articles per CPU second (per process): robust when the machine is shared."""
        return self.articles / self.cpu if self.cpu else 0.0


def combine(mode: str, runs: list[Run]) -> Row:
    return Row(
        mode=mode,
        procs=len(runs),
        articles=sum(r.articles for r in runs),
        wall=max(r.wall for r in runs),
        cpu=sum(r.cpu for r in runs),
        rss_mb=max(r.rss_mb for r in runs),
    )


def component_costs(texts: list[tuple[str, str]]) -> list[tuple[str, float]]:
    """CPU seconds per pipeline component (and record building) over ``texts``, in process."""
    from newsprov.analysis.build import build_record
    from newsprov.analysis.pipeline import process_analyzer
    from newsprov.ingest import Article
    from newsprov.options import Options

    analyzer = process_analyzer(Options(progress=False))
    nlp = analyzer.nlp
    batch = analyzer.options.batch_size
    costs: dict[str, float] = {"tokenizer": 0.0}
    costs.update({name: 0.0 for name in nlp.pipe_names})
    costs["build_record"] = 0.0
    for i in range(0, len(texts), batch):
        chunk = texts[i : i + batch]
        t = time.process_time()
        docs = [nlp.make_doc(x) for _, x in chunk]
        costs["tokenizer"] += time.process_time() - t
        for name, proc in nlp.pipeline:
            t = time.process_time()
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=batch))
            else:
                docs = [proc(d) for d in docs]
            costs[name] += time.process_time() - t
        t = time.process_time()
        for (n, x), doc in zip(chunk, docs, strict=True):
            build_record(doc, Article(text=x, id=n, origin=n), analyzer)
        costs["build_record"] += time.process_time() - t
    return list(costs.items())


def run_analysis(args: argparse.Namespace) -> dict[str, Any]:
    texts = bench_texts(Path(args.shared), args.limit)
    chars = sum(len(t) for _, t in texts)
    print(
        f"== analysis: {len(texts)} PolNeAR dev articles, {chars:,} characters, "
        f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    rows: dict[tuple[str, int], Row] = {}
    for procs in args.procs:
        for _ in range(max(1, args.rounds)):  # interleaved, so both see the same machine load
            for mode in ("parse", "newsprov"):
                row = combine(mode, measure(mode, texts, procs))
                best = rows.get((mode, procs))
                if best is None or row.cpu < best.cpu:
                    rows[(mode, procs)] = row
    print(
        f"{'pipeline':<14}{'procs':>6}{'art/s':>9}{'art/cpu-s':>11}{'cpu s':>8}{'peak RSS MB':>13}"
    )
    for (mode, procs), r in rows.items():
        label = "parse alone" if mode == "parse" else "newsprov"
        print(
            f"{label:<14}{procs:>6}{r.per_s:>9.2f}{r.per_cpu_s:>11.2f}{r.cpu:>8.1f}{r.rss_mb:>13.0f}"
        )
    summary: dict[str, Any] = {"articles": len(texts), "chars": chars, "runs": []}
    ok = True
    for procs in args.procs:
        p, n = rows[("parse", procs)], rows[("newsprov", procs)]
        wall_ratio = n.per_s / p.per_s if p.per_s else 0.0
        cpu_ratio = n.per_cpu_s / p.per_cpu_s if p.per_cpu_s else 0.0
        rss_ok = n.rss_mb <= TARGET_RSS_MB
        met = cpu_ratio >= TARGET_RATIO and rss_ok
        ok = ok and met
        print(
            f"{procs} process(es): newsprov/parse-alone = {cpu_ratio:.2f}x by CPU time "
            f"({wall_ratio:.2f}x by wall clock; target >= {TARGET_RATIO}x); newsprov peak RSS "
            f"{n.rss_mb:.0f} MB per process (target <= {TARGET_RSS_MB:.0f}): "
            f"{'MET' if met else 'NOT MET'}"
        )
        summary["runs"].append(
            {
                "procs": procs,
                "parse": asdict(p) | {"per_s": p.per_s},
                "newsprov": asdict(n) | {"per_s": n.per_s},
                "ratio_cpu": cpu_ratio,
                "ratio_wall": wall_ratio,
                "met": met,
            }
        )
    summary["targets_met"] = ok
    if args.components:
        costs = component_costs(texts)
        total = sum(c for _, c in costs)
        print("cost per component (CPU seconds, one process):")
        for name, c in costs:
            print(f"  {name:<28}{c:>8.2f}  {100 * c / total:5.1f}%")
        summary["components"] = dict(costs)
    return summary


def run_sections(args: argparse.Namespace) -> None:
    """``bench_section(args)`` of each later stage's bench module that imports."""
    for name in SECTIONS:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name and name.startswith(e.name):
                continue  # that stage has no benchmark (yet)
            raise
        section = getattr(mod, "bench_section", None)
        if section is not None:
            print(f"\n== {name.split('.')[1]}", flush=True)
            section(args)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m newsprov.bench", description=__doc__.split("\n")[0])
    p.add_argument("--shared", default=os.environ.get("NEWSPROV_SHARED", "../shared"))
    p.add_argument("--limit", type=int, default=None, help="only the first N dev articles")
    p.add_argument(
        "--procs", type=int, nargs="+", default=[1, 2], help="process counts to run (default 1 2)"
    )
    p.add_argument(
        "--rounds", type=int, default=2, help="repeat each run (interleaved), keep the fastest"
    )
    p.add_argument(
        "--components",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="also time each pipeline component (one process)",
    )
    p.add_argument("--only-analysis", action="store_true", help="skip the other stages' sections")
    p.add_argument("--json", metavar="FILE", default=None, help="also write the figures as JSON")
    return p


def main(argv: list[str] | None = None) -> int:
    from newsprov.errors import NewsprovError

    args, _unknown = build_parser().parse_known_args(argv)
    try:
        summary = run_analysis(args)
        if args.json:
            Path(args.json).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
        if not args.only_analysis:
            run_sections(args)
    except NewsprovError as e:
        print(f"newsprov bench: error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())

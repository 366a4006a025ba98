"""The web section of ``make bench``: a bounded load test of the HTTP API on loopback.

A ``newsprov serve`` subprocess (rate limit off) over a temporary store holding the bundled
samples (and the shared sample article when present); ``clients`` threads send ``requests``
requests in all, mixing ``POST /api/analyze`` of short synthetic articles with reads (lists,
records, sources, quotes, relays, search, pages). It stops by itself: after the requests,
or at the deadline. Reported: errors (transport failures, 5xx, unexpected statuses),
p50/p99 latency overall and per kind, throughput.

``bench_section(args)`` returns the figures as a dict (and prints them); ``python -m
newsprov.serve.bench`` runs it alone.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

SUBJECTS = ["The mayor", "A spokeswoman for the ministry", "Two officials", "The company"]
VERBS = ["said", "told reporters", "wrote in a statement", "warned"]
THINGS = ["the bridge would reopen in June", "prices would rise next year",
          "the talks had stalled", "the plan was unworkable"]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _article(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(2, 5)):
        lines.append(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} that {rng.choice(THINGS)}.")
    lines.append(f'"{rng.choice(THINGS).capitalize()}," {rng.choice(SUBJECTS).lower()} said.')
    return "\n".join(lines) + "\n"


def build_store(url: str, shared: Path | None) -> list[str]:
    """Analyse the bundled samples (and the shared sample) into ``url``; returns their ids."""
    from newsprov.analysis import Analyzer
    from newsprov.cli.demo import sample_paths
    from newsprov.ingest import read_inputs
    from newsprov.options import Options
    from newsprov.store import open_store

    paths = [str(p) for p in sample_paths(str(shared) if shared else None)]
    with open_store(url) as st:
        summary = st.ingest(read_inputs(paths), Analyzer(Options(progress=False)), progress=False)
        if summary.failed:
            raise RuntimeError(f"bench store: {summary.failed} sample(s) failed: {summary.errors}")
        return [a["id"] for a in st.articles(limit=500)]


class Load:
    """Runs the request mix from several client threads until done or the deadline."""

    def __init__(self, base: str, ids: list[str], total: int, clients: int, share: float) -> None:
        self.base = base
        self.ids = ids
        self.total = total
        self.clients = clients
        self.share = share
        self.counter = itertools.count()
        self.lock = threading.Lock()
        self.results: list[tuple[str, float, int | None]] = []  # (kind, seconds, status)
        self.failures: list[str] = []

    def request(self, client: Any, rng: random.Random) -> tuple[str, Any]:
        if rng.random() < self.share:
            return "analyze", client.post("/api/analyze", json={"text": _article(rng)})
        aid = rng.choice(self.ids)
        path, params = rng.choice(
            [
                ("/api/articles", {"limit": 20}),
                (f"/api/articles/{aid}", None),
                ("/api/sources", {"limit": 20}),
                ("/api/quotes", {"limit": 20}),
                ("/api/relays", None),
                ("/api/stories", None),
                ("/api/search", {"q": rng.choice(["said", "Apple", "plan", "officials"])}),
                ("/", None),
                (f"/articles/{aid}", None),
                ("/sources", None),
            ]
        )
        return "read", client.get(path, params=params)

    def worker(self, seed: int, deadline: float) -> None:
        import httpx

        rng = random.Random(seed)
        with httpx.Client(base_url=self.base, timeout=60.0) as client:
            while next(self.counter) < self.total and time.monotonic() < deadline:
                started = time.perf_counter()
                try:
                    kind, resp = self.request(client, rng)
                    status: int | None = resp.status_code
                except Exception as e:  # a transport failure counts as an error
                    kind, status = "failed", None
                    with self.lock:
                        self.failures.append(f"{type(e).__name__}: {e}")
                with self.lock:
                    self.results.append((kind, time.perf_counter() - started, status))

    def run(self, deadline_s: float) -> float:
        deadline = time.monotonic() + deadline_s
        started = time.perf_counter()
        threads = [
            threading.Thread(target=self.worker, args=(i, deadline), daemon=True)
            for i in range(self.clients)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=deadline_s + 60)
        return time.perf_counter() - started


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    return round(1000 * s[min(len(s) - 1, int(q * len(s)))], 1)


def _start_server(url: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, NEWSPROV_RATE_LIMIT="0", NEWSPROV_PROGRESS="0")
    env.pop("NEWSPROV_TOKEN", None)
    with open(log, "wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "newsprov", "serve", "--db", url, "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )


def _wait_ready(base: str, proc: subprocess.Popen[bytes], log: Path, timeout: float) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"newsprov serve exited: {log.read_text(errors='replace')[-500:]}")
        try:
            if httpx.get(base + "/api/health", timeout=1.0).status_code == 200:
                # Warm the analyser (the model loads on first use).
                httpx.post(
                    base + "/api/analyze", json={"text": "The mayor said so.\n"}, timeout=120
                )
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("newsprov serve did not answer in time")


def bench_section(args: argparse.Namespace | None = None) -> dict[str, Any]:
    """Run the load test; ``args`` may carry ``shared``, ``serve_requests`` (2000),
    ``serve_clients`` (4), ``serve_analyze_share`` (0.1), ``serve_deadline`` (600 s)."""
    shared_arg = getattr(args, "shared", None)
    shared = Path(shared_arg) if shared_arg else None
    total = int(getattr(args, "serve_requests", None) or 2000)
    clients = int(getattr(args, "serve_clients", None) or 4)
    share = float(getattr(args, "serve_analyze_share", None) or 0.1)
    deadline_s = float(getattr(args, "serve_deadline", None) or 600)
    with tempfile.TemporaryDirectory(prefix="newsprov-serve-bench-") as tmp:
        work = Path(tmp)
        url = str(work / "bench.db")
        ids = build_store(url, shared)
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        log = work / "serve.log"
        proc = _start_server(url, port, log)
        try:
            _wait_ready(base, proc, log, timeout=180)
            load = Load(base, ids, total, clients, share)
            seconds = load.run(deadline_s)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    res = load.results
    expected = {"analyze": {200}, "read": {200}}
    errors = [r for r in res if r[2] is None or r[2] not in expected.get(r[0], set())]
    out: dict[str, Any] = {
        "requests": len(res),
        "clients": clients,
        "articles_in_store": len(ids),
        "seconds": round(seconds, 2),
        "per_second": round(len(res) / seconds, 1) if seconds else 0.0,
        "errors": len(errors),
        "error_samples": sorted({str(r[2]) for r in errors})[:5] + load.failures[:3],
        "p50_ms": _pct([r[1] for r in res], 0.50),
        "p99_ms": _pct([r[1] for r in res], 0.99),
    }
    for kind in ("analyze", "read"):
        times = [r[1] for r in res if r[0] == kind]
        out[kind] = {
            "requests": len(times),
            "p50_ms": _pct(times, 0.5),
            "p99_ms": _pct(times, 0.99),
        }
    _say(
        f"{out['requests']} requests from {clients} clients in {out['seconds']} s "
        f"({out['per_second']}/s): {out['errors']} errors, p50 {out['p50_ms']} ms, "
        f"p99 {out['p99_ms']} ms"
    )
    for kind in ("analyze", "read"):
        k = out[kind]
        _say(f"  {kind}: {k['requests']} requests, p50 {k['p50_ms']} ms, p99 {k['p99_ms']} ms")
    return out


def _say(line: str) -> None:
    print(f"[serve] {line}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m newsprov.serve.bench", description=__doc__)
    p.add_argument("--shared", default="../shared")
    p.add_argument("--serve-requests", type=int, default=2000)
    p.add_argument("--serve-clients", type=int, default=4)
    p.add_argument("--serve-analyze-share", type=float, default=0.1)
    p.add_argument("--serve-deadline", type=float, default=600)
    p.add_argument("--json", default=None, help="also write the figures to this file")
    args = p.parse_args(argv)
    res = bench_section(args)
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2), encoding="utf-8")
    print(json.dumps(res, indent=2))
    return 0 if res["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

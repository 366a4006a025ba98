"""The bounded load test of ``make bench`` (web section), run small: it ends by itself and
reports zero errors with latency figures."""

from __future__ import annotations

import argparse

from newsprov.serve.bench import bench_section
from tests.conftest import SHARED


def test_load_test_small_run_has_no_errors() -> None:
    args = argparse.Namespace(
        shared=str(SHARED),
        serve_requests=60,
        serve_clients=3,
        serve_analyze_share=0.2,
        serve_deadline=120,
    )
    res = bench_section(args)
    assert res["requests"] == 60
    assert res["errors"] == 0, res["error_samples"]
    assert res["analyze"]["requests"] > 0 and res["read"]["requests"] > 0
    assert 0 < res["p50_ms"] <= res["p99_ms"]

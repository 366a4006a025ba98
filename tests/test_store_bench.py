"""The corpus benchmark's synthetic corpus and a tiny run of its measurements."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprov.store.bench import clustering, query_latency, synthetic
from newsprov.store.writer import content_hash
from tests.conftest import checked
from tests.store_fixtures import make_record


def base() -> list:
    return [
        checked(
            make_record(
                "b1",
                [
                    (
                        "Mike Pompeo",
                        "person",
                        "said",
                        '"We will not tolerate attacks on our forces."',
                    ),
                    ("Reuters", "outlet", "reported", "talks had stalled in Baghdad"),
                ],
            )
        ),
        checked(make_record("b2", [("two officials", "anonymous", "said", "troops would stay")])),
    ]


def test_synthetic_records_are_new_and_valid() -> None:
    recs = list(synthetic(base(), 60))
    assert len({r.id for r in recs}) == 60
    assert len({content_hash(r) for r in recs}) == 60  # no copy is deduplicated by the store
    for r in recs[:10]:
        checked(r)
    people = {s.name for r in recs for s in r.sources if s.kind == "person"}
    assert "Mike Pompeo" not in people and len(people) > 1  # names replaced
    outlets = {s.name for r in recs for s in r.sources if s.kind == "outlet"}
    assert outlets == {"Reuters"}  # outlets keep their names, so relays stay meaningful


def test_tiny_bench_run(tmp_path: Path) -> None:
    b = base()
    timings, linker, links = clustering(b, [20, 40])
    assert set(timings) >= {"linker", "20", "40"}
    res = query_latency(b, 40, str(tmp_path / "s.db"), linker, links, samples=10)
    assert res["articles"] == res["added"] == 40 and res["unchanged"] == 0
    for key in ("source_lookup", "quote_search", "quote_lookup", "sources_page"):
        assert res[key]["n"] > 0 and res[key]["p95_ms"] >= res[key]["p50_ms"]


def test_no_queries_stops_after_clustering(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--no-queries`` measures ingest and clustering only: no store is built."""
    import argparse

    from newsprov.store import bench

    monkeypatch.setattr(
        bench,
        "ingest_throughput",
        lambda shared, n, work: {
            "records": base(),
            "ratio": 1.0,
            "analyse_per_cpu_s": 1,
            "ingest_per_cpu_s": 1,
            "analyse_per_s": 1,
            "ingest_per_s": 1,
        },
    )

    def no_store(*a: object, **k: object) -> None:
        raise AssertionError("the query latency ran")

    monkeypatch.setattr(bench, "query_latency", no_store)
    args = argparse.Namespace(shared="../shared", corpus_sizes="20,40", queries=False)
    out = bench.bench_section(args)
    assert set(out) == {"ingest", "clustering"}
    assert set(out["clustering"]) >= {"20", "40"}


def test_lists_are_timed_on_a_kept_store(tmp_path: Path) -> None:
    """``--lists DB``: every list read, total, endpoint and page is timed on the store an
    earlier run kept, each answered (a failing request stops the run)."""
    from newsprov.store.bench import main
    from newsprov.store.bench_lists import http_calls

    b = base()
    _, linker, links = clustering(b, [40])
    db = str(tmp_path / "kept.db")
    query_latency(b, 40, db, linker, links, samples=5)
    out = tmp_path / "lists.json"
    assert main(["--lists", db, "--list-runs", "2", "--json", str(out)]) == 0
    res = json.loads(out.read_text())
    assert res["store_articles"] == 40 and res["runs"] == 2
    names = ["sources", "count_sources", "overview", "namesakes (a sources page)",
             "article_heads (an articles page)", *http_calls(res["filters"])]  # fmt: skip
    for name in names:
        assert res[name]["n"] == 2 and res[name]["p95_ms"] >= res[name]["p50_ms"] > 0


@pytest.mark.parametrize("missing", ["nowhere.db", "empty.db"])
def test_lists_refuse_a_missing_store(tmp_path: Path, missing: str) -> None:
    from newsprov.errors import StoreError
    from newsprov.store.bench_lists import list_latency

    (tmp_path / "empty.db").write_bytes(b"")
    with pytest.raises(StoreError):
        list_latency(str(tmp_path / missing), runs=1)

"""The benchmark's mechanics on a tiny share (its figures come from ``make bench``)."""

from __future__ import annotations

import argparse

import pytest

from newsprov import bench
from newsprov.errors import InputError
from tests.conftest import SHARED, need_shared


def test_fixed_set_is_polnear_dev() -> None:
    need_shared("data", "polnear", "data", "dev", "text")
    texts = bench.bench_texts(SHARED)
    assert len(texts) == 84
    assert texts == sorted(texts)
    assert all(t.strip() for _, t in texts)


def test_missing_shared_is_a_clear_error(tmp_path: object) -> None:
    with pytest.raises(InputError, match="no texts to benchmark"):
        bench.bench_texts(tmp_path)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("runs", "articles", "wall", "rss"),
    [
        ([bench.Run("parse", 3, 10, 1.5, 1.0, 300.0)], 3, 1.5, 300.0),
        (
            [
                bench.Run("newsprov", 2, 10, 1.0, 0.9, 310.0),
                bench.Run("newsprov", 3, 10, 2.0, 1.8, 320.0),
            ],
            5,
            2.0,  # processes run side by side: the slowest one bounds the wall time
            320.0,  # peak RSS is per process: the largest
        ),
    ],
)
def test_combine(runs: list[bench.Run], articles: int, wall: float, rss: float) -> None:
    row = bench.combine(runs[0].mode, runs)
    assert (row.articles, row.wall, row.rss_mb, row.procs) == (articles, wall, rss, len(runs))
    assert row.per_s == pytest.approx(articles / wall)


def test_measure_in_a_spawned_worker() -> None:
    texts = [("a", "The mayor said taxes would rise."), ("b", "Officials said it was late.")]
    (run,) = bench.measure("newsprov", texts, 1)
    assert run.articles == 2 and run.mode == "newsprov"
    assert run.cpu > 0 and 50 < run.rss_mb < bench.TARGET_RSS_MB


def test_sections_skip_absent_stages(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    args = argparse.Namespace(shared=str(SHARED), limit=1, only_analysis=False)
    monkeypatch.setattr(bench, "SECTIONS", ("newsprov.nonexistent_stage.bench",))
    bench.run_sections(args)
    assert capsys.readouterr().out == ""

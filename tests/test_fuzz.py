"""A short atheris run of the analyser's fuzz target (the long runs are for people: see fuzz/)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

TARGET = Path(__file__).resolve().parents[1] / "fuzz" / "fuzz_analyze.py"


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris has no wheel here")
def test_fuzz_target_runs_clean(tmp_path: Path) -> None:
    seeds = tmp_path / "corpus"
    seeds.mkdir()
    (seeds / "a").write_text("“We will,” he said. Officials told the NYT that it rained.\n")
    (seeds / "b").write_bytes("According to Reuters, the vote – “close” – failed.".encode("cp1252"))
    res = subprocess.run(
        [
            sys.executable,
            str(TARGET),
            "-atheris_runs=300",
            "-max_len=2000",
            "-rss_limit_mb=4096",
            str(seeds),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=tmp_path,
    )
    assert res.returncode == 0, res.stderr[-3000:]
    assert "Done 300 " in res.stderr

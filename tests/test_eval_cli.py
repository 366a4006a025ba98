"""``newsprov eval polnear``: the readable table, JSON, the per-article error file, and clear
errors for a wrong folder or an unwritable error file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprov.cli import main
from tests.conftest import need_shared


def test_eval_polnear_table_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dev = need_shared("data", "polnear", "data", "dev")
    errors = tmp_path / "errors.jsonl"
    assert main(["eval", "polnear", str(dev), "--limit", "2", "--errors", str(errors)]) == 0
    out = capsys.readouterr().out
    assert "PolNeAR dev: 2 articles" in out
    for row in ("source    token", "cue       exact", "lenient", "strict", "corpus sha256:"):
        assert row in out
    rows = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2
    assert {"article", "missed", "spurious", "lenient_not_strict"} <= set(rows[0])


def test_eval_polnear_json(capsys: pytest.CaptureFixture[str]) -> None:
    dev = need_shared("data", "polnear", "data", "dev")
    assert main(["eval", "polnear", str(dev), "--limit", "1", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["articles"] == 1
    assert set(result["metrics"]) >= {"lenient_f1", "strict_f1", "cue_token_f1"}
    assert 0.0 <= result["relations"]["lenient"]["f1"] <= 1.0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["eval", "polnear", "{tmp}"], "is not a PolNeAR split folder"),
        (
            ["eval", "polnear", "{dev}", "--errors", "{tmp}/no/such/dir/e.jsonl"],
            "cannot be written",
        ),
    ],
)
def test_eval_polnear_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    dev = need_shared("data", "polnear", "data", "dev")
    args = [a.format(tmp=tmp_path, dev=dev) for a in argv]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("corpus", ["polnear", "basil"])
@pytest.mark.parametrize("limit", ["0", "-3", "two", "1"])
def test_eval_limit_is_a_number_of_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], corpus: str, limit: str
) -> None:
    """``--limit 0`` scored every article and ``--limit -3`` all but three (a slice): now
    both are refused before any work. A good limit passes the parser, and the empty folder
    fails as the wrong folder it is."""
    argv = ["eval", corpus, str(tmp_path / "none"), "--limit", limit]
    if limit == "1":
        assert main(argv) == 2
        assert "--limit" not in capsys.readouterr().err
        return
    assert main(argv) == 2
    err = capsys.readouterr().err  # one line, no usage
    assert (
        err == f"newsprov: error: --limit {limit!r}: give a whole number of articles, at least 1\n"
    )

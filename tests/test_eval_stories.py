"""Story grouping evaluation: the metrics on tiny cases, the corpus loaders, the CLI, the gate
(``eval/baselines.json`` keys ``stories-basil`` and ``stories-ecbplus``) and issue 5's targets."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from newsprov.cli import main
from newsprov.eval import stories
from newsprov.eval.gate import check, format_failures, load_baseline
from tests.conftest import need_shared

GOLD = {"a": "x", "b": "x", "c": "y", "d": "y"}


@pytest.mark.parametrize(
    "pred, pw_p, pw_r, b3_f1",
    [
        ({"a": 1, "b": 1, "c": 2, "d": 2}, 1.0, 1.0, 1.0),  # perfect
        ({"a": 1, "b": 2, "c": 3, "d": 4}, 1.0, 0.0, 0.6667),  # all singletons
        ({"a": 1, "b": 1, "c": 1, "d": 1}, 0.3333, 1.0, 0.6667),  # one blob
        ({"a": 1, "b": 1, "c": 1, "d": 2}, 0.3333, 0.5, 0.7059),
    ],
)
def test_metrics(pred: dict[str, Any], pw_p: float, pw_r: float, b3_f1: float) -> None:
    p = {k: str(v) for k, v in pred.items()}
    pw = stories.pairwise(p, GOLD)
    assert (round(pw["precision"], 4), round(pw["recall"], 4)) == (pw_p, pw_r)
    assert stories.bcubed(p, GOLD)["f1"] == pytest.approx(b3_f1, abs=1e-4)


@pytest.fixture(scope="module")
def basil_result() -> dict[str, Any]:
    return stories.evaluate("basil", str(need_shared("data", "basil")))


@pytest.fixture(scope="module")
def ecbplus_result() -> dict[str, Any]:
    """Three arrival orders of ECB+ topics 1-35 (about 15 s)."""
    return stories.evaluate("ecbplus", str(need_shared("data", "ecbplus")))


def test_loaders() -> None:
    basil = stories.load_basil(need_shared("data", "basil"))
    assert len(basil) == 210 and len({a.gold for a in basil}) == 70
    assert [a.published for a in basil] == sorted(a.published or "" for a in basil)
    ecb = stories.load_ecbplus(need_shared("data", "ecbplus"))
    assert len(ecb) == 772 and len({a.gold for a in ecb}) == 66
    assert all(a.published is None for a in ecb)  # no metadata: text only


@pytest.mark.parametrize("corpus", ["basil", "ecbplus"])
def test_gate(corpus: str, request: pytest.FixtureRequest) -> None:
    res = request.getfixturevalue(f"{corpus}_result")
    key = f"stories-{corpus}"
    failures = check(load_baseline(key), stories.flat_metrics(res), res["corpus_hash"])
    assert not failures, format_failures(key, failures)


def test_basil_target(basil_result: dict[str, Any]) -> None:
    """Issue 5: BASIL pairwise F1 >= 0.95, with no false merge across triplets."""
    assert basil_result["pairwise"]["f1"] >= 0.95
    assert basil_result["pairwise"]["precision"] >= 0.98


def test_ecbplus_target(ecbplus_result: dict[str, Any]) -> None:
    """Issue 5: ECB+ sub-topic B³ F1 >= 0.90 (mean of three arrival orders: 0.903)."""
    assert ecbplus_result["bcubed"]["f1"] >= 0.90


def test_ecbplus_near_misses_mostly_apart(ecbplus_result: dict[str, Any]) -> None:
    """In most topics the two near-miss events' main stories differ (27 of 33 in the first
    order; a floor, not the target)."""
    pred = ecbplus_result["predicted"]
    counts: dict[str, dict[str, Counter[str]]] = {}
    for doc, story in pred.items():
        topic, rest = doc.split("_", 1)
        sub = "ecbplus" if rest.endswith("ecbplus") else "ecb"
        counts.setdefault(topic, {}).setdefault(sub, Counter())[story] += 1
    apart = [
        t
        for t, subs in counts.items()
        if len({c.most_common(1)[0][0] for c in subs.values()}) == len(subs)
    ]
    assert len(apart) >= 0.7 * len(counts)


def test_cli_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["eval", "stories", "basil", str(need_shared("data", "basil")), "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert out["articles"] == 210 and "predicted" not in out
    assert set(out["pairwise"]) == {"precision", "recall", "f1"}


@pytest.mark.parametrize("corpus", ["basil", "ecbplus"])
def test_cli_bad_folder(corpus: str, tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "stories", corpus, str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newsprov: error:") and "Traceback" not in err
    assert main(["eval", "stories", corpus, str(tmp_path / "missing")]) == 2


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--orders", "0", "give 1, 2 or 3 arrival orders"),  # scored one order, silently
        ("--orders", "9", "give 1, 2 or 3 arrival orders"),  # scored three, silently
        ("--orders", "-1", "give 1, 2 or 3 arrival orders"),
        ("--threshold", "nan", "give a similarity from 0 to 1"),  # every article alone
        ("--threshold", "2", "give a similarity from 0 to 1"),
        ("--threshold", "-1", "give a similarity from 0 to 1"),
        ("--threshold", "high", "give a similarity from 0 to 1"),
    ],
)
def test_eval_stories_options_are_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, value: str, message: str
) -> None:
    assert main(["eval", "stories", "ecbplus", str(tmp_path), option, value]) == 2
    err = capsys.readouterr().err  # one line naming the option and the value as typed
    assert err.startswith(f"newsprov: error: {option} {value!r}: {message}")
    assert err.count("\n") == 1


@pytest.mark.parametrize(("option", "value"), [("--orders", "2"), ("--threshold", "0.18")])
def test_eval_stories_good_options_pass_the_parser(tmp_path: Path, option: str, value: str) -> None:
    assert main(["eval", "stories", "ecbplus", str(tmp_path), option, value]) == 2  # no corpus

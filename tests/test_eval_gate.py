"""The accuracy gate: the committed PolNeAR dev floors hold, and the gate helper behaves
(floors minus epsilon, corpus hash, floors raised but never lowered)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from newsprov.analysis import Analyzer
from newsprov.errors import ConfigError, NotFoundError
from newsprov.eval import gate
from newsprov.eval.polnear import GoldArticle, load_gold, records_for, score
from newsprov.record import Record, validate
from tests.conftest import need_shared


@cache
def dev_records(analyzer: Analyzer) -> tuple[Path, list[GoldArticle], list[Record]]:
    """PolNeAR dev gold and newsprov's records for it, made once per session (the PolNeAR
    record checks reuse them)."""
    root = need_shared("data", "polnear", "data", "dev")
    gold = load_gold(root)
    return root, gold, list(records_for(gold, analyzer))


def test_polnear_dev_gate(analyzer: Analyzer) -> None:
    root, gold, records = dev_records(analyzer)
    for rec in records:
        validate(rec.to_dict())
    result = score(root, gold, records)
    baseline = gate.load_baseline("polnear-dev")
    failures = gate.check(baseline, result["metrics"], result["corpus_hash"])
    assert not failures, gate.format_failures("polnear-dev", failures)


def test_baselines_file_is_well_formed() -> None:
    data = json.loads(gate.baselines_path().read_text(encoding="utf-8"))
    for key in data:
        base = gate.load_baseline(key)
        assert base.corpus_hash.startswith("sha256:")
        assert 0 < base.epsilon <= 0.01
        assert all(0.0 <= v <= 1.0 for v in base.floors.values())


BASE = gate.Baseline("k", "sha256:abc", 0.005, {"lenient_f1": 0.5, "cue_token_f1": 0.3})


@pytest.mark.parametrize(
    ("metrics", "digest", "fails"),
    [
        ({"lenient_f1": 0.6, "cue_token_f1": 0.3}, "sha256:abc", []),
        ({"lenient_f1": 0.496, "cue_token_f1": 0.3}, "sha256:abc", []),  # within epsilon
        ({"lenient_f1": 0.494, "cue_token_f1": 0.3}, "sha256:abc", ["lenient_f1"]),
        ({"lenient_f1": 0.6}, "sha256:abc", ["cue_token_f1"]),  # a gated score went missing
        ({"lenient_f1": 0.6, "cue_token_f1": 0.3}, "sha256:other", ["corpus differs"]),
    ],
)
def test_check(metrics: dict[str, float], digest: str, fails: list[str]) -> None:
    failures = gate.check(BASE, metrics, digest)
    assert len(failures) == len(fails)
    for want, got in zip(fails, failures, strict=True):
        assert want in got
    if failures:
        assert "accuracy gate 'k' failed" in gate.format_failures("k", failures)


def test_raise_floors_only_upward(tmp_path: Path) -> None:
    path = tmp_path / "baselines.json"
    path.write_text(json.dumps({"other": {"corpus_hash": "sha256:x", "floors": {"a": 0.1}}}))
    changes = gate.raise_floors("k", {"f": 0.4567, "g": 0.2}, "sha256:h", path)
    assert changes == {"f": (None, 0.456), "g": (None, 0.2)}
    changes = gate.raise_floors("k", {"f": 0.30, "g": 0.2509}, "sha256:h", path)
    assert changes == {"g": (0.2, 0.25)}
    base = gate.load_baseline("k", path)
    assert base.floors == {"f": 0.456, "g": 0.25}  # f was not lowered
    assert gate.load_baseline("other", path).floors == {"a": 0.1}  # other keys untouched
    with pytest.raises(ConfigError, match="corpus hash differs"):
        gate.raise_floors("k", {"f": 0.9}, "sha256:changed", path)


@pytest.mark.parametrize(
    ("metric", "raised"),
    [
        ("outlet_factual_share", False),  # a target written as a floor: the 0.35 ceiling
        ("speaker_accuracy", True),
    ],
)
def test_raise_floors_leaves_targets(tmp_path: Path, metric: str, raised: bool) -> None:
    path = tmp_path / "baselines.json"
    path.write_text(json.dumps({"k": {"corpus_hash": "sha256:h", "floors": {metric: 0.65}}}))
    changes = gate.raise_floors("k", {metric: 0.667}, "sha256:h", path)
    assert (metric in changes) is raised
    assert gate.load_baseline("k", path).floors[metric] == (0.667 if raised else 0.65)


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (None, NotFoundError),
        ("[1, 2]", ConfigError),
        ("{", ConfigError),
        ('{"k": {}}', ConfigError),
        ('{"k": "floors"}', ConfigError),
        ('{"k": {"corpus_hash": "h", "floors": [0.5]}}', ConfigError),
        ('{"k": {"corpus_hash": "h", "floors": {"f1": "high"}}}', ConfigError),
        ('{"k": {"corpus_hash": "h", "floors": {"f1": 0.5}, "epsilon": {}}}', ConfigError),
        ('{"k": {"corpus_hash": "h", "floors": {"f1": 0.5}, "epsilon": null}}', ConfigError),
    ],
)
def test_load_baseline_errors(tmp_path: Path, content: str | None, error: type) -> None:
    path = tmp_path / "baselines.json"
    if content is not None:
        path.write_text(content)
    with pytest.raises(error, match="baselines.json"):
        gate.load_baseline("k", path)


@pytest.mark.parametrize(
    ("entry", "epsilon", "floors"),
    [
        ({"corpus_hash": "h", "floors": {"f1": 0.5}}, gate.DEFAULT_EPSILON, {"f1": 0.5}),
        ({"corpus_hash": "h", "floors": {"f1": "0.5"}, "epsilon": 0.01}, 0.01, {"f1": 0.5}),
        ({"corpus_hash": "h", "floors": {}, "epsilon": 0}, 0.0, {}),
    ],
)
def test_load_baseline_reads(
    tmp_path: Path, entry: dict[str, object], epsilon: float, floors: dict[str, float]
) -> None:
    path = tmp_path / "baselines.json"
    path.write_text(json.dumps({"k": entry}))
    baseline = gate.load_baseline("k", path)
    assert (baseline.epsilon, baseline.floors) == (epsilon, floors)

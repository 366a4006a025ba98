"""The accuracy gate: committed floors per evaluation, checked by the test suite.

``eval/baselines.json`` (repository root) holds one key per evaluation::

    "polnear-dev": {"corpus_hash": "sha256:...", "epsilon": 0.005,
                    "floors": {"lenient_f1": 0.379, ...}}

A score fails when it is below ``floor - epsilon``; a different corpus hash fails too (the floors
were set on other data). Floors are raised as scores rise, never lowered::

    python -m newsprov.eval.gate --raise polnear-dev [--shared ../shared]

An evaluation takes part by defining, in its module of :mod:`newsprov.eval`, a mapping
``GATES = {"key": run}`` where ``run(shared: Path) -> (metrics, corpus_hash)``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import pkgutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from newsprov.errors import ConfigError, NewsprovError, NotFoundError

DEFAULT_EPSILON = 0.005
#: Floors that are a target written as a floor, not the last score: raising them would turn
#: the target into a ratchet. ``outlet_factual_share`` >= 0.65 is the issue's 0.35 ceiling on
#: BASIL's evaluative share; a rule that attributes more sentences may move the share up
#: within the ceiling.
TARGET_FLOORS = frozenset({"outlet_factual_share"})
GateRun = Callable[[Path], tuple[dict[str, float], str]]


def baselines_path() -> Path:
    """``$NEWSPROV_BASELINES`` or ``eval/baselines.json`` at the repository root."""
    env = os.environ.get("NEWSPROV_BASELINES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "eval" / "baselines.json"


@dataclass
class Baseline:
    key: str
    corpus_hash: str
    epsilon: float
    floors: dict[str, float]


def _read_all(path: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as e:
        raise ConfigError(f"{path}: cannot be read as JSON ({e})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: must hold a JSON object, one key per evaluation")
    return data


def load_baseline(key: str, path: Path | None = None) -> Baseline:
    """The committed baseline of one evaluation; :class:`NotFoundError` when it has none."""
    path = path or baselines_path()
    entry = _read_all(path).get(key)
    if entry is None:
        raise NotFoundError(f"{path}: no baseline for {key!r}")
    try:
        floors = entry["floors"]
        epsilon = entry.get("epsilon", DEFAULT_EPSILON)
        if not isinstance(floors, dict):
            raise TypeError("'floors' must be an object of metric: floor")
        if not isinstance(epsilon, (int, float, str)):
            raise TypeError("'epsilon' must be a number")
        return Baseline(
            key=key,
            corpus_hash=str(entry["corpus_hash"]),
            epsilon=float(epsilon),
            floors={str(k): float(v) for k, v in floors.items()},
        )
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise ConfigError(f"{path}: baseline {key!r} is malformed ({e})") from None


def check(baseline: Baseline, metrics: dict[str, float], corpus_hash: str) -> list[str]:
    """Every way ``metrics`` fail the baseline, as sentences (empty when the gate passes)."""
    if corpus_hash != baseline.corpus_hash:
        return [
            f"the corpus differs from the one the floors were set on (now {corpus_hash}, "
            f"baseline {baseline.corpus_hash}); the scores cannot be compared: check the data, "
            f"or re-pin the key on purpose"
        ]
    out = []
    for name, floor in sorted(baseline.floors.items()):
        got = metrics.get(name)
        if got is None:
            out.append(f"{name}: no score (the evaluation no longer reports it)")
        elif got < floor - baseline.epsilon:
            out.append(f"{name} = {got:.4f} is below its floor {floor:.3f} - {baseline.epsilon:g}")
    return out


def format_failures(key: str, failures: list[str]) -> str:
    return f"accuracy gate {key!r} failed:\n" + "\n".join(f"  - {f}" for f in failures)


def round_down(x: float, places: int = 3) -> float:
    q = 10**places
    return math.floor(x * q + 1e-9) / q


def raise_floors(
    key: str, metrics: dict[str, float], corpus_hash: str, path: Path | None = None
) -> dict[str, tuple[float | None, float]]:
    """Raise ``key``'s floors to the current scores rounded down; never lower one, and never
    raise a target written as a floor (:data:`TARGET_FLOORS`).

    Creates the key when absent. Refuses (:class:`ConfigError`) when the corpus hash differs
    from the committed one. Returns the changed floors as ``{metric: (old, new)}``.
    """
    path = path or baselines_path()
    data = _read_all(path)
    entry = data.get(key)
    changes: dict[str, tuple[float | None, float]] = {}
    if entry is None:
        floors = {k: round_down(v) for k, v in sorted(metrics.items())}
        data[key] = {"corpus_hash": corpus_hash, "epsilon": DEFAULT_EPSILON, "floors": floors}
        changes = {k: (None, v) for k, v in floors.items()}
    else:
        base = load_baseline(key, path)
        if base.corpus_hash != corpus_hash:
            raise ConfigError(
                f"{key}: the corpus hash differs from the baseline's ({corpus_hash} vs "
                f"{base.corpus_hash}); floors set on other data are not raised. Edit the key "
                f"by hand if the data changed on purpose."
            )
        floors = dict(base.floors)
        for name, value in metrics.items():
            new = round_down(value)
            old = floors.get(name)
            if old is not None and name in TARGET_FLOORS:
                continue
            if old is None or new > old:
                floors[name] = new
                changes[name] = (old, new)
        entry["floors"] = dict(sorted(floors.items()))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return changes


def gate_runs() -> dict[str, GateRun]:
    """``GATES`` of every module of :mod:`newsprov.eval`, merged."""
    import newsprov.eval as pkg

    runs: dict[str, GateRun] = {}
    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name.startswith("_") or info.name == "gate":
            continue
        mod = importlib.import_module(f"{pkg.__name__}.{info.name}")
        runs.update(getattr(mod, "GATES", {}))
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m newsprov.eval.gate",
        description="Check or raise (never lower) the committed accuracy floors.",
    )
    parser.add_argument("--shared", default=os.environ.get("NEWSPROV_SHARED", "../shared"))
    parser.add_argument("--raise", dest="raise_keys", nargs="+", metavar="KEY", default=[])
    parser.add_argument("--check", dest="check_keys", nargs="+", metavar="KEY", default=[])
    args = parser.parse_args(argv)
    runs = gate_runs()
    keys = args.raise_keys + args.check_keys
    if not keys:
        parser.error(f"name keys to --check or --raise (known: {', '.join(sorted(runs))})")
    code = 0
    try:
        for key in keys:
            if key not in runs:
                raise NotFoundError(
                    f"no evaluation named {key!r} (known: {', '.join(sorted(runs))})"
                )
            metrics, digest = runs[key](Path(args.shared))
            if key in args.raise_keys:
                changes = raise_floors(key, metrics, digest)
                for name, (old, new) in sorted(changes.items()):
                    print(f"{key}: {name} floor {old if old is not None else '-'} -> {new}")
                if not changes:
                    print(f"{key}: no floor raised (no score above its floor)")
            else:
                failures = check(load_baseline(key), metrics, digest)
                if failures:
                    print(format_failures(key, failures))
                    code = 1
                else:
                    print(f"{key}: gate passes")
    except NewsprovError as e:
        print(f"newsprov: error: {e}", file=sys.stderr)
        return e.exit_code
    return code


if __name__ == "__main__":
    sys.exit(main())

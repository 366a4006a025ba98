"""``newsprov demo``: the main job on the bundled samples (what ``make demo`` runs)."""

from __future__ import annotations

import argparse
import os
from importlib import resources
from pathlib import Path

ORDER = 90
SHARED_SAMPLE = "samples/almasdar-2020-03-pentagon-iraq-escalation.txt"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("demo", help="analyse the bundled sample articles and show the results")
    p.add_argument("--shared", default="../shared", help="the shared folder, for its sample article")
    p.set_defaults(func=run)


def sample_paths(shared: str | None) -> list[Path]:
    """The bundled MEANTIME/Wikinews samples, plus the shared sample article when present."""
    bundled = resources.files("newsprov") / "samples"
    paths = sorted(Path(str(p)) for p in bundled.iterdir() if p.name.endswith(".txt"))
    if shared:
        extra = Path(shared) / SHARED_SAMPLE
        if extra.is_file():
            paths.append(extra)
    return paths


def run(args: argparse.Namespace) -> int:
    from newsprov.analysis import Analyzer
    from newsprov.ingest import read_inputs
    from newsprov.report import render_text

    paths = sample_paths(args.shared)
    print(f"newsprov demo: analysing {len(paths)} sample article(s)\n")
    analyzer = Analyzer()
    records = []
    for outcome in analyzer.analyze_stream(read_inputs([str(p) for p in paths])):
        if outcome.record is None:
            print(f"newsprov: error: {outcome.error}")
            continue
        records.append(outcome.record)
        print(render_text(outcome.record) + "\n")
    print(f"newsprov demo: {len(records)} article(s) analysed.")
    if os.environ.get("NEWSPROV_DEMO_NO_SERVE"):
        return 0
    return 0

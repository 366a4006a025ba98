"""The docs tell the truth about the interface: every command and option of the CLI and
every ``NEWSPROV_*`` variable the code reads is named in the README or docs/*.md."""

from __future__ import annotations

import argparse
import re

import pytest

from newsprov.cli import build_parser
from tests.conftest import ROOT

DOCS = "\n".join(
    p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted(ROOT.glob("docs/*.md"))]
)


def commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(sub.choices)


def env_reads() -> set[str]:
    """``NEWSPROV_*`` names the package reads from the environment (directly or as a
    setting's ``NEWSPROV_<NAME>``)."""
    found: set[str] = set()
    pattern = re.compile(r"""(?:environ(?:\.get)?[\[(]|getenv\()\s*["'](NEWSPROV_[A-Z_]+)""")
    for path in (ROOT / "src" / "newsprov").rglob("*.py"):
        found.update(pattern.findall(path.read_text(encoding="utf-8")))
    return found


@pytest.mark.parametrize("name", sorted(commands()))
def test_every_command_and_option_is_documented(name: str) -> None:
    assert f"newsprov {name}" in DOCS, f"newsprov {name} is not in the docs"
    missing = [
        opt
        for action in commands()[name]._actions
        for opt in action.option_strings
        if opt.startswith("--") and opt != "--help" and opt not in DOCS
    ]
    assert not missing, f"newsprov {name}: {missing} not in the docs"


def test_the_environment_reads_are_found() -> None:
    """The scan must see the reads it is meant to check (a pattern finding none passes all)."""
    assert {"NEWSPROV_DEBUG", "NEWSPROV_BASELINES", "NEWSPROV_SHARED"} <= env_reads()


@pytest.mark.parametrize("name", sorted(env_reads()))
def test_every_environment_variable_is_documented(name: str) -> None:
    assert name in DOCS, f"{name} is read by the package but named in no doc"

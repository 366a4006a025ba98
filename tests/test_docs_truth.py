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


def _every_parser(
    parser: argparse.ArgumentParser, name: str = "newsprov"
) -> dict[str, argparse.ArgumentParser]:
    """Each command's parser by its full name, subcommands included (``newsprov eval stories``)."""
    found = {name: parser}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for word, child in action.choices.items():
                found.update(_every_parser(child, f"{name} {word}"))
    return found


def help_faults(action: argparse.Action) -> list[str]:
    """What an option's ``--help`` line lacks: a text at all, and, for an option with a value
    of its own by default (``--format`` is ``table``) or a fixed set of choices, the word
    ``default`` saying which (``--format {table,json,csv}`` and ``--engine`` had no text)."""
    if action.help == argparse.SUPPRESS or isinstance(action, argparse._SubParsersAction):
        return []
    text = action.help or ""
    faults = [] if text else ["no help text"]
    valued = action.default is not None and action.default is not False
    if (valued or action.choices) and action.option_strings and "default" not in text:
        faults.append(f"no default stated (it is {action.default!r})")
    return faults


@pytest.mark.parametrize("name", sorted(_every_parser(build_parser())))
def test_every_option_is_explained_with_its_default(name: str) -> None:
    """``newsprov COMMAND --help`` explains every argument and states each option's default,
    subcommands included; and the docs name each of their options (``newsprov eval stories
    --gate`` was in no doc: only top-level commands were checked)."""
    parser = _every_parser(build_parser())[name]
    faults = {
        "/".join(a.option_strings) or a.dest: help_faults(a)
        for a in parser._actions
        if a.option_strings != ["-h", "--help"] and "--version" not in a.option_strings
    }
    assert not {k: v for k, v in faults.items() if v}, f"{name} --help: {faults}"
    if name.count(" ") == 2:  # a subcommand's command: the top-level ones are checked above
        assert name in DOCS, f"{name} is not in the docs"
        missing = [
            o
            for a in parser._actions
            for o in a.option_strings
            if o.startswith("--") and o != "--help" and o not in DOCS
        ]
        assert not missing, f"{name}: {missing} not in the docs"


@pytest.mark.parametrize(
    ("kwargs", "faults"),
    [
        ({"help": "rows to show (default 50)", "default": 50}, []),
        ({"help": "progress bar", "action": "store_true"}, []),
        ({"help": "a filter", "default": None}, []),
        ({"help": "rows to skip (default 0)", "default": 0}, []),
        ({"help": "text (default) or json", "choices": ["text", "json"], "default": "text"}, []),
        ({"default": None}, ["no help text"]),
        ({"help": "rows to skip", "default": 0}, ["no default stated (it is 0)"]),
        (
            {"choices": ["table", "json"], "default": "table"},
            ["no help text", "no default stated (it is 'table')"],
        ),
        (
            {"help": "json, jsonl or text", "choices": ["json", "jsonl", "text"]},
            ["no default stated (it is None)"],
        ),
    ],
)
def test_help_faults(kwargs: dict[str, object], faults: list[str]) -> None:
    """The check above finds a missing text and an unstated default, and passes a stated one."""
    parser = argparse.ArgumentParser()
    action = parser.add_argument("--opt", **kwargs)  # type: ignore[arg-type]
    assert help_faults(action) == faults


def test_the_environment_reads_are_found() -> None:
    """The scan must see the reads it is meant to check (a pattern finding none passes all)."""
    assert {"NEWSPROV_DEBUG", "NEWSPROV_BASELINES", "NEWSPROV_SHARED"} <= env_reads()


@pytest.mark.parametrize("name", sorted(env_reads()))
def test_every_environment_variable_is_documented(name: str) -> None:
    assert name in DOCS, f"{name} is read by the package but named in no doc"


def _options(parser: argparse.ArgumentParser) -> set[str]:
    """Every ``--option`` of ``parser`` and of its subcommands (``newsprov eval polnear``)."""
    found: set[str] = set()
    for action in parser._actions:
        found.update(o for o in action.option_strings if o.startswith("--"))
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                found |= _options(child)
    return found


def documented_uses() -> list[tuple[str, str, list[str]]]:
    """Each ``newsprov COMMAND ...`` the docs show in backticks: the text, the command and
    the options it names (``--[no-]progress`` as ``--progress``, ``--a/--b`` as both)."""
    uses = []
    for text in sorted(set(re.findall(r"`(newsprov [^`\n]*)`", DOCS))):
        word = text.split()[1]
        if word.startswith("-"):  # newsprov --help, --version
            continue
        opts = [o.replace("[no-]", "") for o in re.findall(r"--(?:\[no-\])?[a-z][a-z-]*", text)]
        uses.append((text, word, opts))
    return uses


@pytest.mark.parametrize(("text", "word", "opts"), documented_uses())
def test_every_documented_command_and_option_exists(text: str, word: str, opts: list[str]) -> None:
    """The other way round: a command or option the docs show is one the CLI has (the docs
    showed ``newsprov articles --format csv``, which no command answers)."""
    cmds = commands()
    assert word in cmds, f"`{text}`: there is no command newsprov {word}"
    unknown = [o for o in opts if o not in _options(cmds[word]) | {"--help"}]
    assert not unknown, f"`{text}`: newsprov {word} has no {unknown}"


def test_the_documented_uses_are_found() -> None:
    """The scan sees the uses it is meant to check, and would catch a command or option that
    is not there (negative cases)."""
    words = {w for _, w, _ in documented_uses()}
    assert {"analyze", "ingest", "sources", "export", "serve", "eval"} <= words
    assert "--errors" in _options(commands()["eval"]) and "--bogus" not in _options(
        commands()["sources"]
    )

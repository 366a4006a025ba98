"""The docs tell the truth about the interface: every command and option of the CLI and
every ``NEWSPROV_*`` variable the code reads is named in the README or docs/*.md."""

from __future__ import annotations

import argparse
import re
from typing import Any

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


# --- settings: each one's environment name, and the default the docs state, against the code


def table_cell(text: str, key: str, column: int) -> str | None:
    """The ``column``-th cell (0 = the first) of the Markdown table row whose first cell is
    ``key`` in backticks, without its backticks; None when no row starts so."""
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.lstrip().startswith("|") and cells[0] == f"`{key}`" and len(cells) > column:
            return cells[column].replace("`", "")
    return None


README = (ROOT / "README.md").read_text(encoding="utf-8")
SERVE_DOC = (ROOT / "docs" / "serve.md").read_text(encoding="utf-8")


def _stated(value: object) -> str:
    """A default as the docs' tables write it: ``auto`` for None (decided at run time),
    whole numbers without a trailing ``.0``."""
    if value is None:
        return "auto"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def setting_rows() -> list[tuple[str, str, int, str]]:
    """(doc, table key, column, the default the code has) for every setting of the options
    object (README's settings table) and of the web server (docs/serve.md's)."""
    from dataclasses import fields

    from newsprov.options import Options, env_name
    from newsprov.serve.security import ServeSettings

    rows = [("README.md", f.name, 2, _stated(f.default)) for f in fields(Options)]
    serve_defaults = {f.name: f.default for f in fields(ServeSettings)}
    stated = {
        "token": "unset",  # None: writes refused
        "max_body": "max_bytes + 64 KiB",  # 0: the analyser's max_bytes plus 65,536 bytes
        "rate_limit": _stated(serve_defaults["rate_limit"]),
        "max_ingest": _stated(serve_defaults["max_ingest"]),
    }
    assert serve_defaults["token"] is None and serve_defaults["max_body"] == 0
    rows += [("docs/serve.md", env_name(n), 2, v) for n, v in stated.items()]
    return rows


@pytest.mark.parametrize(("doc", "key", "column", "default"), setting_rows())
def test_the_stated_default_is_the_codes(doc: str, key: str, column: int, default: str) -> None:
    """Each settings table states the default the code has (README: the options object;
    docs/serve.md: the web server's settings, by environment name)."""
    text = README if doc == "README.md" else SERVE_DOC
    assert table_cell(text, key, column) == default, f"{doc}: `{key}` default is {default}"


def setting_env_names() -> list[str]:
    """``NEWSPROV_<NAME>`` of every setting read from the environment by name (the scan of
    literal reads above does not see these: they are built from the field names)."""
    from dataclasses import fields

    from newsprov.options import Options, env_name
    from newsprov.serve.security import SERVE_RULES, ServeSettings

    # ServeSettings.from_env reads every rule's variable but open_reads' (--host and --public
    # decide it), and NEWSPROV_TOKEN
    serve = [f.name for f in fields(ServeSettings) if f.name in SERVE_RULES or f.name == "token"]
    serve.remove("open_reads")
    return sorted(env_name(n) for n in [*(f.name for f in fields(Options)), *serve])


@pytest.mark.parametrize("name", setting_env_names())
def test_every_setting_names_its_environment_variable(name: str) -> None:
    """A setting's variable is named as such (``NEWSPROV_BATCH_SIZE``, ``NEWSPROV_PROGRESS``
    were only implied by README's ``NEWSPROV_<NAME>``)."""
    assert f"`{name}`" in DOCS, f"{name} is read from the environment but named in no doc"


def test_the_setting_names_are_found() -> None:
    """The scan sees the settings it is meant to check, open_reads (no variable) excepted."""
    names = setting_env_names()
    assert {"NEWSPROV_MAX_BYTES", "NEWSPROV_DB", "NEWSPROV_MAX_INGEST", "NEWSPROV_TOKEN"} <= set(
        names
    )
    assert "NEWSPROV_OPEN_READS" not in names


@pytest.mark.parametrize(
    ("text", "key", "column", "cell"),
    [
        ("| setting | default |\n|---|---|\n| `a` | 5 |", "a", 1, "5"),
        ("| `a` | `x` + 1 | y |", "a", 1, "x + 1"),
        ("| `a` | 5 |", "b", 1, None),  # no such row
        ("| `ab` | 5 |", "a", 1, None),  # a longer key is another row
        ("`a` | 5", "a", 1, None),  # not a table row
        ("| `a` | 5 |", "a", 3, None),  # no such column
    ],
)
def test_table_cell(text: str, key: str, column: int, cell: str | None) -> None:
    assert table_cell(text, key, column) == cell


def test_env_reads_of_the_tests_are_documented() -> None:
    """The variables the test suite reads (a PostgreSQL server, Chromium, the MEANTIME sample
    size, the kill test's seed) are named in the docs, as the package's are."""
    pattern = re.compile(r"""(?:environ(?:\.get)?[\[(]|getenv\()\s*["'](NEWSPROV_[A-Z_]+)""")
    found: set[str] = set()
    for path in (ROOT / "tests").glob("*.py"):
        found.update(pattern.findall(path.read_text(encoding="utf-8")))
    assert {"NEWSPROV_TEST_PG_URL", "NEWSPROV_CHROMIUM"} <= found
    assert not sorted(n for n in found if n not in DOCS)


# --- HTTP query parameters: each one an endpoint takes is in docs/serve.md, with its range


def openapi_document() -> dict[str, Any]:
    """The OpenAPI document the server publishes (``/api/openapi.json``)."""
    import tempfile
    from pathlib import Path

    from newsprov.serve import create_app

    store = Path(tempfile.gettempdir()) / "newsprov-docs-truth-never-opened.db"
    doc: dict[str, Any] = create_app(options=None, store_url=str(store)).openapi()
    return doc  # the store opens lazily: never here


def api_parameters() -> list[tuple[str, str, str, dict[str, object]]]:
    """(method, path, parameter, its schema) of every query and header parameter of the API,
    from the OpenAPI document the server publishes."""
    doc = openapi_document()
    rows = sorted(
        (method.upper(), path, p["name"], p.get("schema", {}), p["in"])
        for path, ops in doc["paths"].items()
        for method, op in ops.items()
        for p in op.get("parameters", [])
        if p["in"] in ("query", "header")
    )
    headers = sorted({name for *_, name, _, where in rows if where == "header"})
    return [r[:4] for r in rows if r[4] == "query"] + [("*", "*", h, {}) for h in headers]


PAGING = ("limit", "offset")


def api_row(path: str, text: str = SERVE_DOC) -> str:
    """The row of docs/serve.md's API table whose first cell names ``path`` (``GET
    /api/search?q=``, ``/api/sources/{id or name}`` beside ``GET /api/sources``)."""
    for line in text.splitlines():
        first = line.strip().strip("|").split("|")[0]
        if line.startswith("|") and re.search(rf"`(?:[A-Z]+ )?{re.escape(path)}[`?]", first):
            return line
    return ""


@pytest.mark.parametrize(
    ("method", "path", "name", "schema"),
    [row for row in api_parameters() if row[2] not in PAGING],
    ids=lambda v: v if isinstance(v, str) else "-",
)
def test_every_api_parameter_is_documented(
    method: str, path: str, name: str, schema: dict[str, object]
) -> None:
    """A filter an endpoint takes is named in its row of the API table (a header: anywhere in
    docs/serve.md, as ``Authorization`` and ``X-Newsprov-Token`` are, case aside)."""
    if path == "*":  # a header every operation reads
        assert name in SERVE_DOC.lower(), f"header {name} not in docs/serve.md"
        return
    row = api_row(path)
    assert row, f"{method} {path} has no row in docs/serve.md's API table"
    assert re.search(rf"[`?]{re.escape(name)}[`=]", row), f"{method} {path}: `{name}` not in row"


@pytest.mark.parametrize(
    ("method", "path", "name", "schema"),
    [row for row in api_parameters() if row[2] in PAGING],
    ids=lambda v: v if isinstance(v, str) else "-",
)
def test_paging_ranges_are_the_documented_ones(
    method: str, path: str, name: str, schema: dict[str, object]
) -> None:
    """``limit`` and ``offset`` take, on every list endpoint, the range and default
    docs/serve.md states once for all of them."""
    low, high, default = schema.get("minimum"), schema.get("maximum"), schema.get("default")
    assert isinstance(high, int)
    said = " ".join(SERVE_DOC.split())
    if name == "limit":
        assert f"`limit` is {low}-{high} on every list endpoint (default {default};" in said
        assert f"`limit` ({low}-{high}, default {default})" in said  # the articles' row
    else:
        assert (
            f"`offset` {low}-{high:,} on every list endpoint and page (default {default};" in said
        )


def test_the_api_parameters_are_found() -> None:
    """The OpenAPI scan sees the parameters it is meant to check, and the row finder tells
    one path's row from another's (negative cases)."""
    rows = {(p, n) for _, p, n, _ in api_parameters()}
    assert {("/api/articles", "source_kind"), ("/api/sources", "article_ids")} <= rows
    assert ("/api/search", "q") in rows and ("/api/articles", "kind") not in rows
    assert {("*", "authorization"), ("*", "x-newsprov-token")} <= rows
    assert "`GET /api/search?q=`" in api_row("/api/search")
    assert "`GET /api/sources`" in api_row("/api/sources")
    assert api_row("/api/source") == "" and api_row("/api/nothing") == ""


# --- Makefile targets: every `make TARGET` the docs show is one the Makefile has


def make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][a-z-]*):", text, flags=re.MULTILINE))


def documented_make_uses(text: str = DOCS) -> list[str]:
    """The targets of ``make TARGET`` in inline code (``NEWSPROV_X=1 make demo`` too) and at
    the start of a shell block's line; ``make`` in prose ("make it") is not one."""
    found: set[str] = set()
    for code in re.findall(r"`([^`\n]+)`", text):
        found.update(re.findall(r"^(?:[A-Z_]+=\S* )*make ([a-z][a-z-]*)", code))
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.DOTALL):
        found.update(re.findall(r"^(?:[A-Z_]+=\S* )*make ([a-z][a-z-]*)", block, re.MULTILINE))
    return sorted(found)


@pytest.mark.parametrize("target", documented_make_uses())
def test_every_documented_make_target_exists(target: str) -> None:
    assert target in make_targets(), f"`make {target}` is in the docs; the Makefile has none"


@pytest.mark.parametrize(
    ("text", "uses"),
    [
        ("run `make demo` first", ["demo"]),
        ("`NEWSPROV_DEMO_NO_SERVE=1 make demo` ends", ["demo"]),
        ("```sh\nmake test    # all\n```", ["test"]),
        ("`make eval-raise` raises", ["eval-raise"]),
        ("to make it work, make the store", []),  # prose
        ("`.venv/bin/python -m make x`", []),  # not a make command
        ("```python\nmake demo\n```", []),  # not a shell block
    ],
)
def test_documented_make_uses(text: str, uses: list[str]) -> None:
    assert documented_make_uses(text) == uses


def test_the_make_targets_are_found() -> None:
    assert {"demo", "test", "eval", "bench", "cv", "eval-raise"} <= make_targets()
    assert "bogus" not in make_targets() and "demo" in documented_make_uses()


# --- figures the code itself fixes: the outlet registry's size, quoted in two places


def registry_counts() -> tuple[int, int]:
    from newsprov.analysis.outlets import registry

    outlets = registry().outlets
    return len(outlets), sum(1 for o in outlets if o.type == "agency")


@pytest.mark.parametrize(
    ("doc", "pattern"),
    [
        ("README.md", r"(\d+) outlets incl\. (\d+) agencies"),
        ("docs/sources.md", r"`src/newsprov/data/outlets\.json`: (\d+) outlets \((\d+) wire"),
    ],
)
def test_the_registry_size_quoted_is_the_registrys(doc: str, pattern: str) -> None:
    """README said 255 outlets when the registry held 256."""
    found = re.search(pattern, " ".join((ROOT / doc).read_text(encoding="utf-8").split()))
    assert found, f"{doc} no longer states the registry's size as {pattern}"
    assert (int(found[1]), int(found[2])) == registry_counts()


# --- output the docs print: README's profile of the shared sample is what analyze prints


def readme_blocks(after: str, text: str = README) -> list[str]:
    """The first bare fenced block (no language) of README after the words ``after``, as a
    list of none or one (a block with a language, ```` ```sh ````, is skipped whole)."""
    blocks: list[str] = []
    fence: str | None = None  # the opening line of the block we are in
    lines: list[str] = []
    for line in text[text.index(after) :].splitlines(keepends=True):
        if fence is None and line.startswith("```"):
            fence, lines = line.strip(), []
        elif fence is not None and line.strip() == "```":
            if fence == "```":
                blocks.append("".join(lines))
            fence = None
        elif fence is not None:
            lines.append(line)
    return blocks[:1]


def test_the_readme_profile_is_what_analyze_prints(analyzer: Any) -> None:
    """README shows "the sample's profile (`newsprov analyze --format text`)": the lines are
    those the text report prints for the shared sample, as written (a rule that moves the
    profile must move README's lines too)."""
    from newsprov.ingest import read_inputs
    from newsprov.report import render_text
    from tests.conftest import need_shared

    path = need_shared("samples", "almasdar-2020-03-pentagon-iraq-escalation.txt")
    (block,) = readme_blocks("The sample's profile")
    (article,) = read_inputs([str(path)])
    printed = render_text(analyzer.analyze(article))
    assert block.strip() in printed, (
        f"README's profile block is not what analyze prints:\n{printed}"
    )


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        ("The sample's profile:\n\n```\na\nb\n```\n\n```\nc\n```", ["a\nb\n"]),
        ("```\nz\n```\nThe sample's profile:\n```sh\nx\n```\n```\ny\n```", ["y\n"]),
        ("The sample's profile: none", []),
    ],
)
def test_readme_blocks(text: str, blocks: list[str]) -> None:
    assert readme_blocks("The sample's profile", text) == blocks


def readme_components(text: str = README) -> list[str]:
    """The component names README's pipeline table lists, in its order."""
    return re.findall(r"^\| `(newsprov\.[a-z_]+\.v\d+)`", text, flags=re.MULTILINE)


def test_readme_lists_the_pipelines_components_in_order() -> None:
    """README's table "in pipeline order" is the order a record's ``produced_by.components``
    gives (the paragraphs component before the parser, then the rest)."""
    from newsprov.analysis.components import NEWSPROV_COMPONENTS, PARAGRAPHS

    assert readme_components() == [PARAGRAPHS, *NEWSPROV_COMPONENTS]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "| `newsprov.voice.v1` | x |\n| `newsprov.profile.v1` (last) | y |",
            ["newsprov.voice.v1", "newsprov.profile.v1"],
        ),
        ("| `newsprov.store` | storing records |", []),  # a package, not a component
        ("see `newsprov.voice.v1`", []),  # not a table row
    ],
)
def test_readme_components(text: str, names: list[str]) -> None:
    assert readme_components(text) == names


# --- HTTP operations: each one the server has is a row of docs/serve.md's API table and is
# named in README's list, and each the table names is one the server has


def _generic(path: str) -> str:
    """``/api/sources/{key}`` and ``/api/sources/{id or name}`` alike: ``/api/sources/{}``."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def api_operations() -> set[tuple[str, str]]:
    """(method, path with its parameters blanked) of every operation of the OpenAPI document."""
    doc = openapi_document()
    return {(m.upper(), _generic(path)) for path, ops in doc["paths"].items() for m in ops}


def table_operations(text: str = SERVE_DOC) -> set[tuple[str, str]]:
    """(method, path) of every path a first cell of a Markdown table names (``GET /api/x``,
    then ``/api/x/{id}`` under the same method)."""
    found: set[tuple[str, str]] = set()
    for line in text.splitlines():
        if not line.startswith("|"):
            continue
        method = "GET"
        for verb, path in re.findall(
            r"`(?:([A-Z]+) )?(/api/(?:[^`?\s{]|\{[^}]*\})*)", line.strip("|").split("|")[0]
        ):
            method = verb or method
            found.add((method, _generic(path)))
    return found


@pytest.mark.parametrize(("method", "path"), sorted(api_operations()))
def test_every_api_operation_has_a_row(method: str, path: str) -> None:
    """``/api/health`` and ``/api/overview`` take no parameter, so the parameter check above
    never looked for their rows."""
    assert (method, path) in table_operations(), f"{method} {path}: no row in docs/serve.md"


@pytest.mark.parametrize(("method", "path"), sorted(table_operations()))
def test_every_documented_operation_exists(method: str, path: str) -> None:
    assert (method, path) in api_operations(), f"docs/serve.md shows {method} {path}: none such"


@pytest.mark.parametrize("path", sorted({p for _, p in api_operations() if "{" not in p}))
def test_readme_names_every_api_path(path: str) -> None:
    """README's "The JSON API (...)" list names each endpoint (an item path aside)."""
    assert f"{path}`" in README, f"README's API list lacks {path}"


@pytest.mark.parametrize(
    ("text", "ops"),
    [
        ("| `GET /api/sources`, `/api/sources/{id or name}` | x |",
         {("GET", "/api/sources"), ("GET", "/api/sources/{}")}),
        ("| `POST /api/analyze` | analyse `GET /api/health` |", {("POST", "/api/analyze")}),
        ("| `GET /api/search?q=` | x |", {("GET", "/api/search")}),
        ("`GET /api/health` outside a table", set()),  # prose is not a row
        ("| `NEWSPROV_DB` | `--db` |", set()),
    ],
)  # fmt: skip
def test_table_operations(text: str, ops: set[tuple[str, str]]) -> None:
    assert table_operations(text) == ops


# --- pages: each page the server has is a row of docs/serve.md's Pages table, and back


def page_paths() -> set[str]:
    """The pages' GET paths, parameters blanked; ``/articles/`` and ``/sources/`` (redirects
    to the lists) left out."""
    from newsprov.serve import pages

    return {
        _generic(route.path)
        for route in pages.router.routes
        if "GET" in getattr(route, "methods", set())
        and (route.path == "/" or not route.path.endswith("/"))
    }


def pages_table_paths(text: str = SERVE_DOC) -> set[str]:
    """The paths the first cells of the table under ``## Pages`` name (``/search?q=`` is
    ``/search``)."""
    section = text.split("\n## Pages", 1)[1].split("\n## ", 1)[0] if "\n## Pages" in text else ""
    found: set[str] = set()
    for line in section.splitlines():
        if line.startswith("|"):
            first = line.strip("|").split("|")[0]
            found |= {_generic(p) for p in re.findall(r"`(/(?:[^`?\s{]|\{[^}]*\})*)", first)}
    return found


@pytest.mark.parametrize("path", sorted(page_paths()))
def test_every_page_has_a_row(path: str) -> None:
    assert path in pages_table_paths(), f"page {path}: no row in docs/serve.md's Pages table"


@pytest.mark.parametrize("path", sorted(pages_table_paths()))
def test_every_documented_page_exists(path: str) -> None:
    assert path in page_paths(), f"docs/serve.md's Pages table shows {path}: no such page"


@pytest.mark.parametrize(
    ("text", "paths"),
    [
        ("## Pages\n| page | shows |\n| `/`, `/x/{id}` | a `/y` |\n## Next\n| `/z` | |",
         {"/", "/x/{}"}),  # the first cell only, and the Pages section only
        ("## Pages\n| `/search?q=` | x |", {"/search"}),
        ("## API\n| `/a` | x |", set()),
    ],
)  # fmt: skip
def test_pages_table_paths(text: str, paths: set[str]) -> None:
    assert pages_table_paths("\n" + text) == paths

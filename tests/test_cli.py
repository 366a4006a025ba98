"""``newsprov analyze`` and ``newsprov demo`` as a user runs them: real processes, real exits.

Each bad input gets one line naming it; batches go on; nothing prints a traceback. Runs that
only hold bad inputs never load the model, so most of these are quick.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsprov.record import Record, validate
from newsprov.wording import count_of
from tests.conftest import ROOT, SAMPLE, SHARED, checked, need_shared

STORY = "LONDON — The minister said on Monday that the plan would work, officials said.\n"


def newsprov(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "NEWSPROV_PROGRESS": "0", **(env or {})}
    full_env.pop("NEWSPROV_DEBUG", None)
    proc = subprocess.run(
        [sys.executable, "-m", "newsprov", *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        cwd=ROOT,
        env=full_env,
        timeout=600,
    )
    out = subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )
    assert "Traceback" not in out.stderr and "Traceback" not in out.stdout
    return out


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("newsprov: error: ")]


@pytest.mark.parametrize(
    ("setup", "args", "expected"),
    [
        ("missing", [], "missing.txt: does not exist"),
        ("empty", [], "empty.txt: is empty (no text to analyse)"),
        ("blank", [], "blank.txt: contains only whitespace"),
        ("binary", [], "image.txt: is a PNG image, not text"),
        ("big", ["--max-bytes", "10"], "big.txt: is 80 bytes, over the 10-byte limit"),
        ("badjsonl", [], "bad.jsonl:1: is not valid JSON"),
        ("nodir", [], "dir: is a directory without .txt, .html, .jsonl or .json files"),
    ],
)
def test_bad_input_gets_one_line(
    tmp_path: Path, setup: str, args: list[str], expected: str
) -> None:
    target = {
        "missing": tmp_path / "missing.txt",
        "empty": tmp_path / "empty.txt",
        "blank": tmp_path / "blank.txt",
        "binary": tmp_path / "image.txt",
        "big": tmp_path / "big.txt",
        "badjsonl": tmp_path / "bad.jsonl",
        "nodir": tmp_path / "dir",
    }[setup]
    if setup == "empty":
        target.write_bytes(b"")
    elif setup == "blank":
        target.write_bytes(b"  \n\n\t ")
    elif setup == "binary":
        target.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    elif setup == "big":
        target.write_text("x" * 80, encoding="utf-8")
    elif setup == "badjsonl":
        target.write_text('{"text": "unterminated\n', encoding="utf-8")
    elif setup == "nodir":
        target.mkdir()
    proc = newsprov("analyze", str(target), *args)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = error_lines(proc.stderr)
    assert len(lines) == 1 and lines[0].startswith(f"newsprov: error: {tmp_path}")
    assert expected in lines[0]


@pytest.mark.parametrize(
    ("command", "given", "message"),
    [
        ("analyze", "https://example.com/a.html", "is a URL, and newsprov does not fetch pages"),
        ("ingest", "http://example.com/feed.jsonl", "is a URL, and newsprov does not fetch pages"),
        ("analyze", "file:///nowhere/a.txt", "is a file:// URL: give the file's path itself"),
        ("analyze", "nowhere/a.txt", "nowhere/a.txt: does not exist"),
    ],
)
def test_a_url_argument_gets_one_line(
    tmp_path: Path, command: str, given: str, message: str
) -> None:
    """A URL is not fetched: one line saying so (ingest's ``skipped:``, as for any input it
    cannot read), exit 2, and no store made by ingest."""
    db = tmp_path / "s.db"
    proc = newsprov(command, given, *(["--db", str(db)] if command == "ingest" else []))
    assert proc.returncode == 2 and proc.stdout == ""
    head = "skipped" if command == "ingest" else "error"
    (line,) = [ln for ln in proc.stderr.splitlines() if given in ln]
    assert line.startswith(f"newsprov: {head}: {given}: ") and message in line
    assert not db.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["x.txt", "--max-bytes", "0"], "--max-bytes 0: max_bytes must be a whole number"),
        (["x.txt", "--max-bytes", "-5"], "--max-bytes -5: max_bytes must be"),
        (["x.txt", "--time-limit", "-1"], "--time-limit -1: time_limit must be"),
        (["x.txt", "--time-limit", "nan"], "--time-limit nan: time_limit must be"),
        (["x.txt", "--batch-size", "0"], "--batch-size 0: batch_size must be"),
        (["-", "-"], "'-' (stdin) can be given only once"),
    ],
)
def test_bad_options(args: list[str], message: str) -> None:
    proc = newsprov("analyze", *args)
    assert proc.returncode == 2 and message in proc.stderr


#: A number flag given no number, or one out of range: one line naming the flag, the value as
#: typed and what is wanted, exit 2 (argparse printed its usage and ``argument --limit:
#: invalid int value: 'abc'``, while ``-1`` got the command's own line later, after the store
#: was opened). Each value is checked as it is parsed, before any work.
BAD_NUMBER_FLAGS = [
    (["sources", "--limit", "abc"], "--limit: give the rows to show, 1 to 10,000, not 'abc'"),
    (["sources", "--limit", "-1"], "--limit: give the rows to show, 1 to 10,000, not -1"),
    (["quotes", "--limit", "2.5"], "--limit: give the rows to show, 1 to 10,000, not '2.5'"),
    (["stories", "--offset", "x"], "--offset: give the rows to skip, 0 or more, not 'x'"),
    (["relays", "--offset", "-2"], "--offset: give the rows to skip, 0 or more, not -2"),
    (["analyze", "x.txt", "--max-bytes", "abc"], "--max-bytes 'abc': max_bytes must be a whole"),
    (["analyze", "x.txt", "--max-bytes", "-1"], "--max-bytes -1: max_bytes must be a whole"),
    (["ingest", "x.txt", "--batch-size", "1.5"], "--batch-size '1.5': batch_size must be a"),
    (["analyze", "x.txt", "--time-limit", "soon"], "--time-limit 'soon': time_limit must be"),
    (["batch", "a", "b", "--partitions", "x"], "--partitions 'x': partitions must be a whole"),
    (["batch", "a", "b", "--partitions", "0"], "--partitions 0: partitions must be a whole"),
    (["serve", "--port", "http"], "--port 'http' is not a port number (1-65535)"),
    (["demo", "--port", "-1"], "--port -1 is not a port number (1-65535)"),
    (["serve", "--rate-limit", "many"], "--rate-limit 'many': rate_limit must be a whole"),
    (["serve", "--max-body", "-3"], "--max-body -3: max_body must be a whole number of bytes"),
    (["eval", "polnear", "d", "--limit", "two"], "--limit 'two': give a whole number of articles"),
    (["eval", "stories", "basil", "d", "--orders", "x"], "--orders 'x': give 1, 2 or 3"),
]


@pytest.mark.parametrize(("args", "message"), BAD_NUMBER_FLAGS)
def test_a_bad_number_flag_is_one_line(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsprov.cli import main

    missing = str(tmp_path / "none.db")  # checked before the store is opened: none is made
    db = ["--db", missing] if args[0] in ("sources", "quotes", "stories", "relays") else []
    assert main([*args, *db]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith(f"newsprov: error: {message}")
    assert err.count("\n") == 1 and "usage:" not in err and not Path(missing).exists()


@pytest.mark.parametrize(
    ("args", "code"),
    [  # good numbers pass the parser: the command then fails on what follows, not the flag
        (["sources", "--limit", "10", "--offset", "0"], 1),  # no store there
        (["analyze", "x.txt", "--max-bytes", "100", "--time-limit", "2.5"], 2),  # no x.txt
        (["eval", "polnear", "d", "--limit", "3"], 2),  # no folder d
    ],
)
def test_a_good_number_flag_passes(
    args: list[str], code: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsprov.cli import main

    db = ["--db", str(tmp_path / "none.db")] if args[0] == "sources" else []
    assert main([*args, *db]) == code
    err = capsys.readouterr().err
    assert "--limit" not in err and "--max-bytes" not in err and "--time-limit" not in err


@pytest.mark.parametrize(
    ("args", "usage", "unknown"),
    [
        (["analyze", "--bogus", "x.txt"], "usage: newsprov analyze", "--bogus"),
        (["overview", "--nope"], "usage: newsprov overview", "--nope"),
        (
            ["batch", "in.jsonl", "out", "--partitionz", "2"],
            "usage: newsprov batch",
            "--partitionz 2",
        ),
        (["--bogus"], "usage: newsprov [-h]", "--bogus"),  # no command: the top level's usage
    ],
)
def test_unknown_option_shows_the_commands_usage(args: list[str], usage: str, unknown: str) -> None:
    proc = newsprov(*args)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith(usage)
    assert proc.stderr.rstrip().endswith(f"error: unrecognized arguments: {unknown}")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"NEWSPROV_MAX_BYTES": "lots"}, "NEWSPROV_MAX_BYTES='lots': max_bytes must be"),
        ({"NEWSPROV_MAX_BYTES": "-1"}, "NEWSPROV_MAX_BYTES='-1': max_bytes must be"),
        ({"NEWSPROV_CHUNK_CHARS": "0"}, "NEWSPROV_CHUNK_CHARS='0': chunk_chars must be"),
        ({"NEWSPROV_TIME_LIMIT": "nan"}, "NEWSPROV_TIME_LIMIT='nan': time_limit must be"),
        ({"NEWSPROV_PROGRESS": "maybe"}, "NEWSPROV_PROGRESS='maybe': progress must be one of"),
    ],
)
def test_bad_environment_setting(tmp_path: Path, env: dict[str, str], message: str) -> None:
    """Refused up front, before any input is read (a 0 chunk size once spun forever)."""
    (tmp_path / "x.txt").write_text(STORY, encoding="utf-8")
    proc = newsprov("analyze", str(tmp_path / "x.txt"), env=env)
    assert proc.returncode == 2 and message in proc.stderr, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and not proc.stdout


def test_batch_goes_on_and_counts_failures(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01binary\x00")
    (folder / "c.txt").write_bytes(b"")
    (folder / "d.jsonl").write_text(
        json.dumps({"text": "PARIS — The mayor said the road would reopen.", "id": "d1"})
        + "\nnot json\n",
        encoding="utf-8",
    )
    deep = "<div>" * 5_000 + "<p>Officials said it rained in Paris.</p>" + "</div>" * 5_000
    (folder / "deep.html").write_text(deep, encoding="utf-8")
    (folder / "notes.ann").write_text("T1\tSource 0 5\tLONDON\n", encoding="utf-8")
    proc = newsprov("analyze", str(folder), str(tmp_path / "gone.txt"), "--format", "jsonl")
    assert proc.returncode == 1
    records = [checked(Record.from_dict(json.loads(line))) for line in proc.stdout.splitlines()]
    assert [r.id for r in records] == ["a", "d1", "deep"]
    assert records[2].text == "Officials said it rained in Paris." and records[2].warnings
    assert records[0].text == STORY and records[0].document.dateline is not None
    lines = error_lines(proc.stderr)
    assert [line.split(": ")[2] for line in lines] == [
        f"{folder}/b.txt",
        f"{folder}/c.txt",
        f"{folder}/d.jsonl:2",
        f"{tmp_path}/gone.txt",
    ]
    assert "skipped 1 file" in proc.stderr and "notes.ann" in proc.stderr
    assert proc.stderr.rstrip().endswith("newsprov: 3 analysed, 4 failed")
    assert "trafilatura" not in proc.stderr and "parsed tree" not in proc.stderr  # no library logs


def test_stdin_and_formats(tmp_path: Path) -> None:
    proc = newsprov("analyze", "-", "--format", "text", stdin=STORY.encode("utf-8"))
    assert proc.returncode == 0
    assert "dateline LONDON" in proc.stdout and "-- attributions" in proc.stdout
    proc = newsprov("analyze", "-", stdin=b" \n ")
    assert proc.returncode == 2
    assert error_lines(proc.stderr) == [
        "newsprov: error: <stdin>: contains only whitespace (no text to analyse)"
    ]


def test_text_format_shows_contents_with_their_own_marks() -> None:
    """A content is printed as the article has it: a direct quote keeps its one pair of marks
    (they were doubled), an indirect report gets none (it read as a quote)."""
    story = (
        "The mayor said that the bridge would reopen next week.\n"
        "“We are nearly done,” the engineer told reporters.\n"
    )
    proc = newsprov("analyze", "-", "--format", "text", stdin=story.encode("utf-8"))
    assert proc.returncode == 0
    block = proc.stdout.split("-- attributions", 1)[1].split("-- sentences", 1)[0]
    contents = [line.strip() for line in block.splitlines()[1:] if line.startswith(" " * 8)]
    assert "that the bridge would reopen next week" in contents
    assert any(c.startswith("“We are nearly done,”") for c in contents), contents
    assert not any(c.startswith("““") for c in contents)


@pytest.mark.parametrize(
    ("opening", "shown"),
    [
        ("BEIRUT, LEBANON (12:45 A.M.) –", "dateline BEIRUT, LEBANON (12:45 A.M.)"),  # no comma
        ("LONDON (Reuters) -", "dateline LONDON, Reuters"),
    ],
)
def test_text_format_dateline(opening: str, shown: str) -> None:
    story = f"{opening} The council said the vote would be held on Friday.\n"
    proc = newsprov("analyze", "-", "--format", "text", stdin=story.encode("utf-8"))
    assert proc.returncode == 0
    assert proc.stdout.splitlines()[1].strip() == shown


def test_json_of_the_shared_sample_is_exact() -> None:
    path = need_shared("samples", SAMPLE.name)
    proc = newsprov("analyze", str(path), "--format", "json")
    assert proc.returncode == 0 and proc.stdout.startswith("{\n")  # one record, indented
    data = json.loads(proc.stdout)
    validate(data)
    with open(path, encoding="utf-8", newline="") as f:
        assert data["text"] == f.read()
    assert data["id"] == SAMPLE.stem
    dl = data["document"]["dateline"]
    assert (dl["place"], dl["time"]) == ("BEIRUT, LEBANON", "12:45 A.M.")
    removed = [(r["reason"], data["text"][r["span"][0] : r["span"][1]]) for r in data["removed"]]
    assert ("share-counter", "3 - 3Shares") in removed


def test_demo_summarises_every_sample(tmp_path: Path) -> None:
    # a throwaway store: the test leaves no newsprov.db in the project
    db = str(tmp_path / "demo.db")
    proc = newsprov(
        "demo", "--shared", str(SHARED), "--db", db, env={"NEWSPROV_DEMO_NO_SERVE": "1"}
    )
    assert proc.returncode == 0, proc.stderr
    bundled = sorted((ROOT / "src" / "newsprov" / "samples").glob("*.txt"))
    for path in bundled:
        assert f"== {path.stem}: " in proc.stdout
    expected = len(bundled) + (1 if (SHARED / "samples" / SAMPLE.name).is_file() else 0)
    assert f"newsprov demo: {count_of(expected, 'article')} analysed, 0 failed." in proc.stdout
    assert "-- attributions" in proc.stdout and "outlet Wikinews" in proc.stdout

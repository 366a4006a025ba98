"""The store's command line: ingest, the queries in table/json/csv, export, errors."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from newsprov.cli import main
from newsprov.store import open_store
from tests.conftest import checked
from tests.store_fixtures import make_record

Q1 = '"We will not tolerate attacks on our forces in Iraq."'


@pytest.fixture
def filled(store_url: str) -> str:
    with open_store(store_url) as st:
        st.add_records(
            [
                checked(make_record("a-1", [("Mike Pompeo", "person", "said", Q1)], outlet="Wire")),
                checked(
                    make_record(
                        "b-1",
                        [("Mike Pompeo", "person", "said", Q1)],
                        outlet="Daily",
                        published="2020-03-02",
                        relay="Reuters",
                    )
                ),
            ]
        )
    return store_url


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ingest_files_skips_bad_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], store_url: str
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good-one.txt").write_text(
        'Mayor Jane Roe said the bridge would reopen on Monday. "We are ready," she said.\n',
        encoding="utf-8",
    )
    (inputs / "empty.txt").write_text("   \n", encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(inputs), "--db", store_url, "--no-progress")
    assert code == 1  # one input failed
    assert "empty.txt" in err and "1 added, 0 unchanged, 1 failed" in err
    code, out, err = run(capsys, "ingest", str(inputs / "good-one.txt"), "--db", store_url)
    assert code == 0 and "0 added, 1 unchanged, 0 failed" in err
    code, out, _ = run(capsys, "search", "bridge", "--db", store_url, "--format", "json")
    assert [h["id"] for h in json.loads(out)] == ["good-one"]


STORY = 'Mayor Jane Roe said the bridge would reopen on Monday. "We are ready," she said.\n'


@pytest.mark.parametrize(
    ("files", "args", "code", "expect", "refuse"),
    [
        pytest.param({"a.txt": STORY, "NOTES.md": "x", "img.png": "x"}, [], 0,
                     ["skipped 2 files that are not .txt, .html, .jsonl or .json", "NOTES.md",
                      "img.png", "1 added, 0 unchanged, 0 failed"], [], id="skips-listed"),
        pytest.param({"a.txt": STORY}, [], 0, ["1 added"], ["skipped 0", "that are not"],
                     id="nothing-skipped-no-line"),
        pytest.param({"a.txt": STORY, "NOTES.md": "x"}, [], 0,
                     ["skipped 1 file that is not .txt, .html, .jsonl or .json (", "NOTES.md"],
                     ["that are not"], id="one-skipped-is"),
        # a file's name reached the terminal as it was: ESC sequences ran, a line break split
        pytest.param({"a.txt": STORY, "x\x1b[2J\x1b[31mred\nline.md": "x"}, [], 0,
                     ["/in/x\\x1b[2J\\x1b[31mred line.md)"], ["\x1b", "red\n"],
                     id="skipped-names-made-plain"),
        pytest.param({"a.txt": STORY, "b.txt": STORY + "x" * 200}, ["--max-bytes", "150"], 1,
                     ["b.txt: is 2", "over the 150-byte limit (--max-bytes", "1 added, 0 unchanged, 1 failed"],
                     [], id="max-bytes"),
        pytest.param({"a.txt": STORY + "x" * 200}, ["--max-bytes", "150"], 2,
                     ["a.txt: is 2", "0 added, 0 unchanged, 1 failed"], [], id="none-stored-exit-2"),
        pytest.param({"a.txt": STORY}, ["--time-limit", "0"], 0, ["1 added"], [],
                     id="time-limit-0-is-none"),
        pytest.param({"a.txt": STORY}, ["--max-bytes", "0"], 2,
                     ["newsprov: error: --max-bytes 0: max_bytes must be a whole number of bytes, at least 1"], ["added"],
                     id="bad-max-bytes"),
        pytest.param({"a.txt": STORY}, ["--time-limit", "-1"], 2,
                     ["--time-limit -1: time_limit must be a number of seconds, 0 (no limit) or more"], ["added"],
                     id="bad-time-limit"),
    ],
)  # fmt: skip
def test_ingest_reports_skips_and_takes_limits(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    args: list[str],
    code: int,
    expect: list[str],
    refuse: list[str],
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, text in files.items():
        (inputs / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "s.db")
    got, _, err = run(capsys, "ingest", str(inputs), "--db", db, "--no-progress", *args)
    assert got == code, err
    for words in expect:
        assert words in err
    for words in refuse:
        assert words not in err
    assert "Traceback" not in err


def test_ingest_same_file_names_and_a_repeated_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], store_url: str
) -> None:
    d = tmp_path / "in"
    for sub in ("a", "b"):
        (d / sub).mkdir(parents=True)
    (d / "a" / "report.txt").write_text(STORY, encoding="utf-8")
    (d / "b" / "report.txt").write_text(STORY.replace("bridge", "tunnel"), encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    rows = [
        {"id": "w-1", "text": "The council said the park would close."},
        {"id": "w-1", "text": "The council said the park would stay open."},
        {"id": "w-2", "text": "The ferry company said fares would rise."},
    ]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, _, err = run(capsys, "ingest", str(d), str(feed), "--db", store_url, "--no-progress")
    assert code == 1, err  # one line failed; nothing else was lost
    skipped = [line for line in err.splitlines() if line.startswith("newsprov: skipped:")]
    assert skipped == [
        f"newsprov: skipped: {feed}:2: has id 'w-1', which {feed}:1 already has for a "
        "different article (ids must be unique in one run: give it another id or file name)"
    ]
    assert "4 added, 0 unchanged, 1 failed; the store now holds 4 articles" in err
    with open_store(store_url) as st:
        assert sorted(a["id"] for a in st.articles(limit=10)) == [
            "a/report",
            "b/report",
            "w-1",
            "w-2",
        ]
        assert "bridge" in st.get_record("a/report").text
        assert "tunnel" in st.get_record("b/report").text
        assert "close" in st.get_record("w-1").text


@pytest.mark.parametrize(
    ("second", "expect", "held"),
    [
        pytest.param(STORY.replace("bridge", "tunnel"),
                     ["newsprov: replaced: report: the store held other content under this id; "
                      "the new version replaces it",
                      "1 added (1 replacing a stored article with the same id), 0 unchanged"],
                     "tunnel", id="other-text-replaces-and-says-so"),
        pytest.param(STORY, ["0 added, 1 unchanged, 0 failed"], "bridge", id="same-text-unchanged"),
    ],
)  # fmt: skip
def test_ingest_an_id_again_in_a_later_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], second: str, expect: list[str], held: str
) -> None:
    db = str(tmp_path / "s.db")
    for sub, text in (("a", STORY), ("b", second)):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "report.txt").write_text(text, encoding="utf-8")
    code, _, err = run(capsys, "ingest", str(tmp_path / "a" / "report.txt"), "--db", db)
    assert code == 0 and "replaced" not in err
    code, _, err = run(capsys, "ingest", str(tmp_path / "b" / "report.txt"), "--db", db)
    assert code == 0, err
    for words in expect:
        assert words in err
    assert ("replaced" in err) == (held == "tunnel")
    assert "the store now holds 1 article" in err
    with open_store(db) as st:
        assert held in st.get_record("report").text


def test_sources_json_shape(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "sources", "--db", filled, "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert all(set(r) == {"id", "name", "kind", "articles", "attributions"} for r in rows)
    pompeo = next(r for r in rows if r["name"] == "Mike Pompeo")
    assert pompeo["articles"] == ["a-1", "b-1"] and pompeo["attributions"] == 2


def test_stories_json_is_a_list(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "stories", "--db", filled, "--format", "json")
    assert code == 0
    stories = json.loads(out)
    assert isinstance(stories, list)
    for s in stories:
        assert {"id", "title", "articles"} <= set(s)
        assert set(s["articles"]) <= {"a-1", "b-1"}


@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_every_query_in_every_format(
    filled: str, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    code, out, _ = run(capsys, "quotes", "tolerate", "--db", filled, "--format", fmt)
    assert code == 0 and "tolerate" in out
    qid = json.loads(run(capsys, "quotes", "--db", filled, "--format", "json")[1])[0]["id"]
    for argv in (
        ["sources"],
        ["source", "mike pompeo"],
        ["quote", qid],
        ["stories"],
        ["relays"],
        ["search", "Iraq"],
        ["overview"],
    ):
        code, out, err = run(capsys, *argv, "--db", filled, "--format", fmt)
        assert code == 0, (argv, err)
        if fmt == "json":
            json.loads(out)
        elif fmt == "csv" and argv[0] in ("sources", "relays", "search"):
            rows = list(csv.reader(io.StringIO(out)))
            assert len(rows) >= 2, argv
    code, out, _ = run(capsys, "relays", "--db", filled, "--format", fmt)
    assert "Reuters" in out and "b-1" in out


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["source", "Nobody"], 3, "no source 'Nobody'"),
        (["quote", "q000"], 3, "no quote 'q000'"),
        (["story", "nope"], 3, "no story 'nope'"),
        # the store's own rule (the Python API refuses the same), named as the options are
        (["sources", "--limit", "-1"], 2, "--limit: give the rows to show, 1 to 10,000, not -1"),
        # 0 printed "(none)" and 20000 was cut to 10,000 rows without a word
        (["sources", "--limit", "0"], 2, "--limit: give the rows to show, 1 to 10,000, not 0"),
        (["quotes", "--limit", "20000"], 2, "--limit: give the rows to show"),
        (["relays", "--limit", "0"], 2, "(--offset pages through more)"),
        (["stories", "--offset", "-3"], 2, "--offset: give the rows to skip, 0 or more, not -3"),
        (["search", "Pompeo", "--offset", "-1"], 2, "--offset: give the rows to skip"),
        (["search", ""], 2, "TEXT: give the words to search for"),
        (["search", "  "], 2, "TEXT: give the words to search for"),
        # punctuation only printed "(none)" as if nothing matched
        (["search", "!!!"], 2, "TEXT: '!!!' has no word to search for"),
        # a blank name or id is a usage error (exit 3 "no source ''" before)
        (["source", ""], 2, "NAME: '' is blank: give a source's name, alias or directory id"),
        (["source", "   "], 2, "NAME: '   ' is blank"),
        (["story", ""], 2, "ID: '' is blank: give a story's id"),
        (["story", " "], 2, "ID: ' ' is blank"),
        (["quote", ""], 2, "ID: '' is blank: give a quote cluster's id"),
        # a blank text filter listed everything (--name ' ': the names holding a space)
        (["sources", "--name", ""], 2, "--name: '' is blank"),
        (["sources", "--name", " "], 2, "--name: ' ' is blank"),
        (["quotes", ""], 2, "TEXT: '' is blank"),
        (["relays", "--outlet", ""], 2, "--outlet: give an outlet's name"),
        (["stories", "--since", "yesterday"], 2, "--since: 'yesterday' is not a date"),
        (["stories", "--since", "2020-13-45"], 2, "--since: '2020-13-45' is not a calendar date"),
        (["stories", "--until", "2021-02-29"], 2, "--until: '2021-02-29' is not a calendar"),
        (["quotes", "--since", "soon"], 2, "--since: 'soon' is not a date"),
        (["quotes", "--until", "2021-02-29"], 2, "--until: '2021-02-29' is not a calendar"),
        (["quotes", "--since", "2021", "--until", "2020"], 2, "'2020' ends before --since '2021'"),
        (["sources", "--kind", "martian"], 2, "--kind: 'martian' is not a source kind"),
        (["relays", "--outlet", "Martian Herald"], 2, "--outlet: unknown outlet 'Martian Herald'"),
        (["stories", "--outlet", "Wir"], 2, "unknown outlet 'Wir'"),
        (["quotes", "--outlet", "Daily Planet"], 2, "unknown outlet"),
        (["sources", "--outlet", " "], 2, "--outlet: give an outlet's name"),
        (["source", "Pompe"], 3, "no source 'Pompe'"),
    ],
)
def test_errors_are_one_line(
    filled: str, capsys: pytest.CaptureFixture[str], argv: list[str], code: int, message: str
) -> None:
    got, out, err = run(capsys, *argv, "--db", filled)
    assert got == code and message in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_bad_db_url(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "sources", "--db", "mysql://x@y/z")
    assert code == 2 and "not a store URL" in err and "Traceback" not in err
    missing = tmp_path / "none.db"
    code, _, err = run(capsys, "stories", "--db", str(missing))
    assert code == 1 and "no store here" in err and not missing.exists()


def test_export(filled: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "export", "--db", filled, "--jsonl", str(tmp_path / "x.jsonl"))
    assert code == 0 and "exported 2 records" in err
    code, _, err = run(capsys, "export", "--db", filled, "--parquet", str(tmp_path / "pq"))
    assert code == 0 and (tmp_path / "pq" / "articles.parquet").exists()


def test_export_jsonl_to_stdout(
    filled: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--jsonl -`` writes the records to standard output (it made a file named '-')."""
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "export", "--db", filled, "--jsonl", "-")
    assert code == 0 and "exported 2 records to standard output" in err
    assert [json.loads(line)["schema_version"] for line in out.splitlines()] == ["1", "1"]
    assert not Path("-").exists()


#: ``newsprov export``'s progress bar (it had none): on stderr as ingest's, counting records
#: (Parquet: the rows of every table), on when asked or when stderr is a terminal, off with
#: --no-progress or NEWSPROV_PROGRESS=0; standard output keeps the records alone.
EXPORT_BARS = [
    (["--jsonl", "x.jsonl", "--progress"], {}, "exported: 100%", "2/2", "record/s"),
    (["--jsonl", "-", "--progress"], {}, "exported: 100%", "2/2", "record/s"),
    (["--parquet", "pq", "--progress"], {}, "exported: 100%", "/", "row/s"),
    (["--jsonl", "x.jsonl"], {"NEWSPROV_PROGRESS": "1"}, "exported: 100%", "2/2", "record/s"),
    (["--jsonl", "x.jsonl"], {}, None, "", ""),  # stderr is no terminal here
    (["--parquet", "pq"], {}, None, "", ""),
    (["--jsonl", "x.jsonl", "--no-progress"], {"NEWSPROV_PROGRESS": "1"}, None, "", ""),
    (["--jsonl", "-"], {"NEWSPROV_PROGRESS": "0"}, None, "", ""),
]


@pytest.mark.parametrize(("argv", "env", "bar", "count", "unit"), EXPORT_BARS)
def test_export_progress_bar(
    filled: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    env: dict[str, str],
    bar: str | None,
    count: str,
    unit: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSPROV_PROGRESS", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    code, out, err = run(capsys, "export", "--db", filled, *argv)
    assert code == 0
    if "-" in argv:  # the records alone on standard output, the bar on stderr
        assert [json.loads(line)["id"] for line in out.splitlines()] == ["a-1", "b-1"]
    if bar is None:
        assert "exported:" not in err and "%|" not in err
        assert err.count("\n") == 1
    else:
        assert bar in err and count in err and unit in err


@pytest.mark.parametrize(
    ("flag", "value", "what"),
    [
        # '' took --jsonl for not given: a TypeError, exit 70; --parquet '' wrote into the
        # current folder ("wrote 9 Parquet files to ")
        ("--jsonl", "", "a file"),
        ("--jsonl", "  ", "a file"),
        ("--parquet", "", "a folder"),
        ("--parquet", " ", "a folder"),
    ],
)
def test_export_refuses_an_empty_name(
    filled: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    flag: str,
    value: str,
    what: str,
) -> None:
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    code, out, err = run(capsys, "export", "--db", filled, flag, value)
    assert code == 2 and out == ""
    assert (
        err
        == f"newsprov: error: {value!r}: the export needs {what} to write to, not an empty name\n"
    )
    assert list(here.iterdir()) == []


@pytest.mark.parametrize(
    ("target", "message"),
    [
        # the store was replaced by its records as JSON Lines, and every later command said
        # "not a newsprov store"
        ("{db}", "is the store's own file; export to another file"),
        ("{db}-wal", "is the store's own file (wal)"),
        ("{db}-journal", "is the store's own file (journal)"),
        ("link", "is the store's own file"),
        ("other.jsonl", None),
    ],
)
def test_export_never_writes_over_the_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str, message: str | None
) -> None:
    db = tmp_path / "s.db"
    with open_store(str(db)) as st:
        st.add_records([checked(make_record("a-1", [("Mike Pompeo", "person", "said", Q1)]))])
    (tmp_path / "link").symlink_to(db)
    path = target.format(db=db) if "{" in target else str(tmp_path / target)
    before = db.read_bytes()
    code, out, err = run(capsys, "export", "--db", str(db), "--jsonl", path)
    assert db.read_bytes() == before
    if message is None:
        assert code == 0 and "exported 1 record" in err
    else:
        assert code == 2 and err == f"newsprov: error: {path}: {message}" + err.split(message)[1]
    code, _, _ = run(capsys, "overview", "--db", str(db))
    assert code == 0


@pytest.mark.parametrize("kind", ["fifo", "link to a file", "regular file", "link to a fifo"])
def test_export_writes_a_special_file_in_place(
    filled: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    """A pipe or device (``/dev/stdout``) is written straight: the rename of a whole export
    replaced it with a regular file (as root, ``--jsonl /dev/full`` or ``/dev/null`` put a file
    in /dev). A link keeps pointing at its file; a regular file is replaced as before."""
    import os
    import stat
    import threading

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "out.jsonl"
    real = folder / "real"
    got: list[bytes] = []
    reader = None
    if kind in ("fifo", "link to a fifo"):
        os.mkfifo(real if kind == "link to a fifo" else target)
        pipe = real if kind == "link to a fifo" else target

        def drain() -> None:
            with open(pipe, "rb") as f:
                got.append(f.read())

        reader = threading.Thread(target=drain, daemon=True)
        reader.start()
    elif kind == "link to a file":
        real.write_text("earlier\n", encoding="utf-8")
    else:
        target.write_text("earlier\n", encoding="utf-8")
    if kind.startswith("link"):
        target.symlink_to(real)
    code, _, err = run(capsys, "export", "--db", filled, "--jsonl", str(target))
    assert code == 0 and "exported 2 records" in err
    if reader is not None:
        reader.join(10)
        assert len(got[0].splitlines()) == 2
        assert stat.S_ISFIFO(os.stat(target).st_mode)
    else:
        assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    assert target.is_symlink() == kind.startswith("link")
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["out.jsonl"] + (["real"] if kind.startswith("link") else [])
    )


@pytest.mark.parametrize("target", ["new.jsonl", "old.jsonl", "folder"])
def test_failed_export_leaves_no_half_file(
    filled: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    target: str,
) -> None:
    """An export that fails part-way leaves no file, and an earlier export as it was."""
    from newsprov.store.store import Store

    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "old.jsonl").write_text("earlier export\n", encoding="utf-8")
    (folder / "folder").mkdir()

    original = Store.iter_records

    def broken(self: Any, chunk: int) -> Any:
        yield from list(original(self, chunk))[:1]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Store, "iter_records", broken)
    code, _, err = run(capsys, "export", "--db", filled, "--jsonl", str(folder / target))
    assert code == 1 and "cannot write the export" in err and err.count("\n") == 1
    assert sorted(p.name for p in folder.iterdir()) == ["folder", "old.jsonl"]
    assert (folder / "old.jsonl").read_text(encoding="utf-8") == "earlier export\n"


def test_failed_parquet_export_leaves_the_folder_as_it_was(
    filled: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The tables are written aside and moved in when all are done: a failure at the quotes
    table (after articles, sources, ... were written) leaves the earlier export untouched."""
    from newsprov.store import export
    from newsprov.store import tables as t

    folder = tmp_path / "pq"
    code, _, _ = run(capsys, "export", "--db", filled, "--parquet", str(folder))
    assert code == 0
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    original = export._arrow_type

    def broken(table: Any, col: str) -> Any:
        if table is t.quotes:
            raise OSError(28, "No space left on device")
        return original(table, col)

    monkeypatch.setattr(export, "_arrow_type", broken)
    code, _, err = run(capsys, "export", "--db", filled, "--parquet", str(folder))
    assert code == 1 and "cannot write the export (No space left on device)" in err
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


@pytest.mark.parametrize(
    ("articles", "outlets", "line"),
    [
        (2, {"nyt": 1, "fox": 1}, "2 articles from 2 outlets"),
        (5, {"nyt": 3, "fox": 1}, "5 articles from 2 outlets (1 without one)"),
        (1, {}, "1 article from 0 outlets (1 without one)"),
        (0, {}, "0 articles from 0 outlets"),
    ],
)
def test_overview_names_articles_without_an_outlet(
    articles: int, outlets: dict[str, int], line: str
) -> None:
    from newsprov.cli.store import _articles_line

    assert _articles_line({"articles": articles, "outlets": outlets}) == line


def test_overview_text(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "overview", "--db", filled)
    assert code == 0
    assert out.startswith("2 articles from 2 outlets, 2020-03-01 to 2020-03-02")
    assert "Mike Pompeo (person): 2 articles, 2 attributions" in out
    assert "Reuters: relayed by 1 article" in out
    assert "1 quote cluster, 1 quoted in more than one article" in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["relays", "--outlet", "Reuters"], "b-1"),  # the registry's name
        (["relays", "--outlet", "Thomson Reuters"], "b-1"),  # an alias
        (["relays", "--outlet", "reuters.com"], "b-1"),  # a domain
        (["relays", "--outlet", "daily"], "b-1"),  # the stored name, any case
        (["relays", "--outlet", "NYT"], "(none)"),  # known to the registry, nothing stored
        (["stories", "--outlet", "WIRE"], "a-1"),
        (["stories", "--since", "2020-03-02"], "b-1"),
        (["stories", "--until", "2020-03"], "a-1"),
        (["stories", "--since", "2021"], "(none)"),
        (["quotes", "--since", "2020-03-01"], "tolerate"),
        (["quotes", "--since", "2020-03-02"], "(none)"),  # carried on 03-02, first on 03-01
        (["quotes", "--until", "2020-03"], "tolerate"),
        (["quotes", "--until", "2020-02", "tolerate"], "(none)"),
        (["sources", "--kind", "outlet"], "Reuters"),
        (["source", "Pompeo"], "Mike Pompeo (person"),  # a surname
        (["source", "mike"], "Mike Pompeo (person"),
    ],
)
def test_filters_and_lookups(
    filled: str, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    code, out, err = run(capsys, *argv, "--db", filled)
    assert code == 0 and err == "" and expected in out


def test_a_shared_surname_lists_the_sources(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(store_url) as st:
        st.add_records(
            [
                checked(
                    make_record(
                        "c-1",
                        [("Ann Lee", "person", "said", Q1), ("Tom Lee", "person", "said", "no")],
                    )
                )
            ]
        )
    code, out, err = run(capsys, "source", "Lee", "--db", store_url)
    assert code == 3 and "'Lee' names 2 sources: " in err
    assert "Ann Lee (src-" in err and "Tom Lee (src-" in err and err.count("\n") == 1


def test_quote_in_two_attributions_of_one_article(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(store_url) as st:
        st.add_records(
            [
                checked(
                    make_record(
                        "d-1",
                        [("Ann Lee", "person", "said", Q1), ("Ann Lee", "person", "added", Q1)],
                    )
                )
            ]
        )
    code, out, _ = run(capsys, "overview", "--db", store_url)
    assert "1 quote cluster, 0 quoted in more than one article" in out
    qid = json.loads(run(capsys, "quotes", "--db", store_url, "--format", "json")[1])[0]["id"]
    code, out, _ = run(capsys, "quote", qid, "--db", store_url)
    rows = [line for line in out.splitlines() if "d-1" in line and "first:" not in line]
    assert code == 0 and len(rows) == 1 and "a1;a2" in rows[0] and "in 1 article" in out


def test_missing_metadata_is_not_printed_as_none(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    rec = make_record("plain-1", [("Ann Lee", "person", "said", Q1)], outlet=None, published=None)
    rec.document.title = None
    with open_store(store_url) as st:
        st.add_records([checked(rec)])
        (story,) = st.stories()
    qid = json.loads(run(capsys, "quotes", "--db", store_url, "--format", "json")[1])[0]["id"]
    outs = {
        "overview": run(capsys, "overview", "--db", store_url)[1],
        "story": run(capsys, "story", story["id"], "--db", store_url)[1],
        "quote": run(capsys, "quote", qid, "--db", store_url)[1],
    }
    for name, out in outs.items():
        assert "None" not in out, name
    assert f"{story['id']}: (untitled) plain-1 (1 article: outlet unknown)" in outs["overview"]
    assert f"{story['id']}: (untitled) plain-1  (outlet unknown)" in outs["story"]
    assert "first: outlet unknown, date unknown (plain-1)" in outs["quote"]


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["demo"], ["newsprov.db", "NEWSPROV_DB", "Ctrl-C", "NEWSPROV_DEMO_NO_SERVE"]),
        (["export"], ["JSON Lines", "Parquet", "Exactly one"]),
        (["load"], ["newsprov batch", "NEWSPROV_DB"]),
        (["stories"], ["--since DATE", "YYYY-MM-DD", "--outlet OUTLET", "NYT"]),
        (["quotes"], ["TEXT", "only quotes containing", "--outlet OUTLET", "NYT", "--since DATE"]),
        (["quote"], ["ID", "quote cluster's id"]),
        (["story"], ["ID", "story's id"]),
        (["source"], ["surname"]),
        (["sources"], ["person, organization, outlet"]),
        (["search"], ["words to find"]),
        (["ingest"], ["'-' for stdin"]),
    ],
)
def test_help_texts(capsys: pytest.CaptureFixture[str], argv: list[str], words: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([*argv, "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert exit_.value.code == 0
    for word in words:
        assert word in out, (argv, word)
    assert "(default: ./newsprov.db)" not in out  # NEWSPROV_DB is honoured too


def _not_stores(folder: Path) -> dict[str, Path]:
    """Files that are not newsprov stores, by what they are."""
    import sqlite3

    folder.mkdir(exist_ok=True)
    made = {
        "empty": folder / "empty.txt",
        "text": folder / "notes.txt",
        "foreign": folder / "other.db",
        "blank": folder / "blank.db",
    }
    made["empty"].write_bytes(b"")
    made["text"].write_text("my notes\n", encoding="utf-8")
    for key, sql in (("foreign", "CREATE TABLE t (x)"), ("blank", "PRAGMA user_version = 1")):
        conn = sqlite3.connect(made[key])
        conn.execute(sql)
        conn.commit()
        conn.close()
    return made


READ_ONLY = [["overview"], ["sources"], ["stories"], ["search", "x"]]


@pytest.mark.parametrize("argv", READ_ONLY + [["export", "--jsonl", "out.jsonl"]])
@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("empty", "an empty file, not a newsprov store"),
        ("text", "not a newsprov store (not a SQLite database at all)"),
        ("foreign", "a SQLite database of something else (tables t)"),
        ("blank", "an empty SQLite database, not a newsprov store"),
    ],
)
def test_read_only_commands_refuse_other_files_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], kind: str, message: str
) -> None:
    path = _not_stores(tmp_path)[kind]
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    code, out, err = run(capsys, *argv, "--db", str(path))
    assert code == 1 and message in err and str(path) in err, err
    assert err.count("\n") == 1 and not out
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in path.parent.iterdir()) == sorted(
        ["empty.txt", "notes.txt", "other.db", "blank.db"]
    )


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("text", "not a newsprov store (not a SQLite database at all)"),
        ("foreign", "a SQLite database of something else (tables t)"),
    ],
)
def test_ingest_refuses_a_file_that_is_not_a_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, message: str
) -> None:
    path = _not_stores(tmp_path / "dbs")[kind]
    before = path.read_bytes()
    article = tmp_path / "a.txt"
    article.write_text('Mayor Jane Roe said, "We are ready."\n', encoding="utf-8")
    code, _, err = run(capsys, "ingest", str(article), "--db", str(path), "--no-progress")
    assert code == 1 and message in err and err.count("\n") == 1, err
    assert path.read_bytes() == before


@pytest.mark.parametrize("kind", ["empty", "blank"])
def test_write_use_makes_a_store_of_an_empty_file(tmp_path: Path, kind: str) -> None:
    """An empty file or an empty SQLite database becomes a store when asked to write."""
    path = _not_stores(tmp_path)[kind]
    with open_store(str(path)) as st:
        st.add_records([checked(make_record("a-1", [("Mike Pompeo", "person", "said", Q1)]))])
    with open_store(str(path), create=False) as st:
        assert st.count_articles() == 1


@pytest.mark.parametrize("command", [["overview"], ["sources"], ["ingest", "nothing.txt"]])
@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("sqlite:///", "sqlite:///: names no file"),
        ("sqlite://", "sqlite://: names no file"),
        ("sqlite:///:memory:", "in-memory stores are not supported"),
        ("postgresql://a:b@[::1", "postgresql://a:***@[::1: not a valid store URL"),
        ("postgresql://a:secret@h:port/db", "its host or port cannot be read"),
        ("sqlite:x", "sqlite:x: not a valid store URL"),
    ],
)
def test_bad_store_urls_are_one_line(
    capsys: pytest.CaptureFixture[str], command: list[str], url: str, message: str
) -> None:
    code, _, err = run(capsys, *command, "--db", url)
    assert code == 2 and message in err, err
    assert err.count("\n") == 1 and "secret" not in err and "internal error" not in err


@pytest.mark.parametrize(
    ("url", "create", "error"),
    [
        # "" opened (or, with create, made) ./newsprov.db, where the CLI refuses --db ''
        ("", True, "ConfigError"),
        ("", False, "ConfigError"),
        ("  ", True, "ConfigError"),
        (None, False, None),  # no url: the default store, here the one the folder holds
        ("newsprov.db", False, None),
    ],
)
def test_open_store_refuses_an_empty_url(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    url: str | None,
    create: bool,
    error: str | None,
) -> None:
    from newsprov.errors import ConfigError
    from newsprov.options import Options

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSPROV_DB", raising=False)
    with open_store("newsprov.db") as st:
        st.add_records([checked(make_record("a-1", [("Mike Pompeo", "person", "said", Q1)]))])
    if error is None:
        with open_store(url, Options(), create=create) as st:
            assert st.count_articles() == 1
        return
    with pytest.raises(ConfigError, match="the store URL is empty"):
        open_store(url, Options(), create=create)


@pytest.mark.parametrize(
    ("db", "code", "fragment"),
    [
        ("missing-folder/news.db", 1, "does not exist"),
        ("not-a-store.txt", 1, "not a newsprov store"),
        ("postgresql://a@127.0.0.1:1/x", 1, "no PostgreSQL server answers at 127.0.0.1:1"),
    ],
)
def test_ingest_opens_the_store_before_reading_inputs(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db: str,
    code: int,
    fragment: str,
) -> None:
    """A store that cannot be opened is said at once, before a large input is read."""
    import newsprov.ingest

    (tmp_path / "not-a-store.txt").write_text("notes\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("The mayor said the bridge would reopen.\n", encoding="utf-8")
    read: list[object] = []
    monkeypatch.setattr(newsprov.ingest, "read_inputs", lambda *a, **k: read.append(a) or [])
    url = db if "://" in db else str(tmp_path / db)
    got, _, err = run(capsys, "ingest", str(tmp_path / "a.txt"), "--db", url)
    assert got == code and fragment in err and err.count("\n") == 1, err
    assert read == []


HOSTILE_TITLE = "Evil \x1b[2J\x1b[31mRED\x07 title\nsecond line"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain words", "plain words"),
        ("two\nlines\r\nand\ttab", "two lines  and tab"),
        ("\x1b[2J clear", "\\x1b[2J clear"),
        ("bell\x07 del\x7f c1\x9b", "bell\\x07 del\\x7f c1\\x9b"),
        ("para\u2028graph", "para graph"),
        ("O’Brien — «quoted» 東京", "O’Brien — «quoted» 東京"),  # printable text unchanged
    ],
)
def test_plain_makes_one_harmless_line(text: str, shown: str) -> None:
    from newsprov.terminal import plain

    assert plain(text) == shown


@pytest.mark.parametrize(
    "argv",
    [
        ["stories"],
        ["story", "{story}"],
        ["overview"],
        ["search", "bridge"],
        ["quotes"],
        ["quote", "{quote}"],
        ["source", "Tom Reed"],
    ],
)
def test_tables_print_no_control_characters(
    store_url: str, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """A stored title's ESC sequence reached the terminal raw (it could clear or recolour the
    screen), and its line break, or a quote's over two paragraphs, split a table row."""
    rec = make_record(
        "esc-1",
        [("Tom Reed", "person", "said", '"We will rebuild the\nbridge before winter comes."')],
        title=HOSTILE_TITLE,
    )
    with open_store(store_url) as st:
        st.add_records([checked(rec)])
        ids = {"story": st.stories()[0]["id"], "quote": st.quotes()[0]["id"]}
    args = [a.format(**ids) for a in argv]
    code, out, _ = run(capsys, *args, "--db", store_url)
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out
    if argv[0] in ("stories", "story", "overview", "search"):
        assert "\\x1b[2J\\x1b[31mRED\\x07 title second line" in out
    code, out, _ = run(capsys, *args, "--db", store_url, "--format", "json")
    assert "\x1b" not in out  # JSON escapes it: the data is kept as stored


def test_text_report_prints_no_control_characters() -> None:
    """``newsprov analyze --format text`` printed a title's ESC sequence and line break raw."""
    from newsprov.report import render_text

    rec = make_record("esc-2", [("Tom Reed", "person", "said", "it was fine")], title=HOSTILE_TITLE)
    out = render_text(checked(rec))
    assert "\x1b" not in out and out.splitlines()[0].endswith("RED\\x07 title second line")


def test_stderr_lines_print_no_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An id from a JSON Lines file reached stderr raw in the 'replaced' and 'skipped' lines."""
    db = str(tmp_path / "esc.db")
    bad_id = "x\x1b[2Jy"
    for n, text in enumerate(["The road was closed, officials said.", "It was open."]):
        feed = tmp_path / f"feed{n}.jsonl"
        feed.write_text(json.dumps({"id": bad_id, "text": text}) + "\n" + '{"id": "z\\u0007"}\n')
        code, _, err = run(capsys, "ingest", str(feed), "--db", db)
        assert code == 1 and "\x1b" not in err and "\x07" not in err, err
    assert "newsprov: replaced: x\\x1b[2Jy: the store held other content" in err


NOT_STORED: dict[str, Any] = {
    "missing": None,  # named on the command line, not there
    "binary.txt": b"\x00\x01\x02 not text",
    "blank.txt": b"  \n",
    "lines.jsonl": b'{"id": "j-1"}\nnot json\n',
}


@pytest.mark.parametrize(
    ("inputs", "code", "stored"),
    [
        pytest.param(["missing"], 2, False, id="missing-input"),
        pytest.param(["binary.txt"], 2, False, id="binary-input"),
        pytest.param(["blank.txt", "lines.jsonl"], 2, False, id="no-input-analysable"),
        pytest.param(["good.txt", "binary.txt"], 1, True, id="negative-one-input-stored"),
    ],
)
@pytest.mark.parametrize("before", ["none", "store"])
def test_ingest_makes_no_store_when_nothing_is_stored(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    store_url: str,
    inputs: list[str],
    code: int,
    stored: bool,
    before: str,
) -> None:
    """A failed ingest left a new, empty store behind (a SQLite file, or the tables in an empty
    PostgreSQL database); an existing store is left as it was (its file not even rewritten)."""
    from newsprov.errors import StoreError

    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in NOT_STORED.items():
        if data is not None:
            (folder / name).write_bytes(data)
    (folder / "good.txt").write_text(STORY, encoding="utf-8")
    sqlite = "://" not in store_url
    if before == "store":
        with open_store(store_url) as st:
            st.add_records([checked(make_record("a-1", [("Ann Lee", "person", "said", Q1)]))])
    seen = None
    if sqlite and before == "store":
        seen = (Path(store_url).read_bytes(), Path(store_url).stat().st_mtime_ns)
    argv = ["ingest", *(str(folder / n) for n in inputs), "--db", store_url, "--no-progress"]
    got, out, err = run(capsys, *argv)
    assert got == code and not out and "internal error" not in err, err
    if stored or before == "store":
        with open_store(store_url, create=False) as st:
            assert st.count_articles() == int(stored) + int(before == "store")
        if not stored and sqlite:
            assert (Path(store_url).read_bytes(), Path(store_url).stat().st_mtime_ns) == seen
        return
    assert "nothing stored, so no store was made" in err, err
    with pytest.raises(StoreError, match="no store here|no newsprov store in this database"):
        open_store(store_url, create=False)
    if sqlite:
        assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]  # no -wal or -shm either


def _read_only(
    monkeypatch: pytest.MonkeyPatch, folder: Path, denied: bool, sqlite_fails: bool
) -> None:
    """With ``denied``, make ``folder`` read-only as the store code sees it (``os.access``: the
    tests may run as root, who may write anywhere); with ``sqlite_fails``, make SQLite fail to
    open a file there as it does in a read-only folder (its ``-shm`` file cannot be made)."""
    import os
    import sqlite3

    real_access, real_connect = os.access, sqlite3.connect

    def access(path: Any, mode: int, *a: Any, **k: Any) -> bool:
        if Path(path) == folder and mode & os.W_OK:
            return False
        return real_access(path, mode, *a, **k)

    def connect(database: Any, *a: Any, **k: Any) -> Any:
        if str(folder) in str(database):
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(database, *a, **k)

    if denied:
        monkeypatch.setattr("newsprov.store.engine.os.access", access)
    if sqlite_fails:  # the module's own and SQLAlchemy's (it calls sqlite3.dbapi2.connect)
        monkeypatch.setattr(sqlite3, "connect", connect)
        monkeypatch.setattr(sqlite3.dbapi2, "connect", connect)


@pytest.mark.parametrize(
    ("argv", "store", "denied", "sqlite_fails", "code", "message"),
    [
        (["overview"], "good", True, True, 1, "its folder {folder} is read-only, and SQLite"),
        (["sources"], "good", True, True, 1, "copy the store to a folder you can write to"),
        (["ingest", "{article}"], "none", True, True, 1, "its folder {folder} is read-only; give"),
        # negative rows: SQLite's own words when the folder can be written (the fault is
        # elsewhere) or the file is broken, and a store in a read-only folder that SQLite
        # opens is read as usual
        (["overview"], "good", False, True, 1, "cannot read it as a SQLite database (unable to"),
        (["overview"], "broken", True, False, 1, "cannot read it as a SQLite database (file is"),
        (["overview"], "good", True, False, 0, "1 article from"),
    ],
)
def test_a_store_in_a_read_only_folder_is_named_so(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    store: str,
    denied: bool,
    sqlite_fails: bool,
    code: int,
    message: str,
) -> None:
    """SQLite keeps -wal and -shm files beside a store, so a store in a read-only folder (a
    read-only mount) cannot be opened even to read it: that said "cannot read it as a SQLite
    database (unable to open database file)", as if the file were no database."""
    folder = tmp_path / "shelf"
    folder.mkdir()
    db = folder / "s.db"
    exists = store != "none"
    if store == "good":
        with open_store(str(db)) as st:
            st.add_records([checked(make_record("a-1", [("Ann Lee", "person", "said", Q1)]))])
    elif store == "broken":  # a SQLite header and then no database
        db.write_bytes(b"SQLite format 3\x00" + b"\x07" * 200)
    article = tmp_path / "a.txt"
    article.write_text('Mayor Jane Roe said, "We are ready."\n', encoding="utf-8")
    _read_only(monkeypatch, folder, denied, sqlite_fails)
    args = [a.format(article=article) for a in argv]
    got, out, err = run(capsys, *args, "--db", str(db), *([] if exists else ["--no-progress"]))
    assert got == code, err
    assert message.format(folder=folder) in (err if code else out), err
    assert "internal error" not in err and "Traceback" not in err
    assert exists or not db.exists()


#: An ingest stopped part-way: ``BATCH``, the articles analysed before the stop, the articles the
#: store keeps (whole batches only) and what the message says of it.
STOPPED_INGEST = [
    (200, 2, 0, "nothing stored, so no store was made at"),
    (1, 2, 2, "the store now holds 2 articles"),
    (2, 3, 2, "the store now holds 2 articles"),  # the third, in an open batch, is not
]


def _holds(db: Path, stored: int) -> bool:
    """Does the store at ``db`` hold ``stored`` articles (none: no store made at all)?"""
    if not stored:
        return not db.exists()
    with open_store(str(db), create=False) as st:
        return st.count_articles() == stored


def _ingest_stopped(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    batch: int,
    before: int,
    stop: BaseException,
) -> tuple[int, str, str]:
    """`newsprov ingest` of five articles into ``tmp_path / "s.db"``, ``BATCH`` set to
    ``batch``, the analysis raising ``stop`` when the ``before``-th article comes: its exit
    code, standard output and standard error."""
    import newsprov.analysis
    from newsprov.analysis.pipeline import Outcome

    class Stopping:
        def __init__(self, *_a: object) -> None:
            pass

        def analyze_stream(self, items: Any, **_k: Any) -> Any:
            for n, _item in enumerate(items):
                if n == before:
                    raise stop
                rec = checked(make_record(f"a-{n}", [("Ann Lee", "person", "said", Q1)]))
                yield Outcome(f"a-{n}", record=rec)

    monkeypatch.setattr(newsprov.analysis, "Analyzer", Stopping)
    monkeypatch.setattr("newsprov.store.store.BATCH", batch)
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(5):
        (folder / f"a{n}.txt").write_text(f"Ann Lee said the bridge {n} is safe.\n")
    db = tmp_path / "s.db"
    return run(capsys, "ingest", str(folder), "--db", str(db), "--no-progress")


@pytest.mark.parametrize(("batch", "before", "stored", "said"), STOPPED_INGEST)
def test_ctrl_c_in_ingest_keeps_whole_batches_and_says_so(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    batch: int,
    before: int,
    stored: int,
    said: str,
) -> None:
    """Ctrl-C in `newsprov ingest` (here after ``before`` articles were analysed) leaves the
    store whole: the batches written (``BATCH`` records each) and nothing of the open one; it
    says what the store holds (it said only "interrupted") and exits 130."""
    db = tmp_path / "s.db"
    code, out, err = _ingest_stopped(
        capsys, monkeypatch, tmp_path, batch, before, KeyboardInterrupt()
    )
    assert code == 130 and not out
    (line,) = err.splitlines()
    assert line.startswith(f"newsprov: interrupted: {said}") and "none is half-written" in line
    assert _holds(db, stored)


@pytest.mark.parametrize(
    ("src", "lines"),
    [
        (
            {"titles": [], "aliases": ["Barack Obama"], "outlets": []},
            ["aliases: Barack Obama", "outlets: (none named by its articles)"],
        ),
        (
            {"titles": ["CEO"], "aliases": ["Steve Jobs", "Jobs"], "outlets": ["Wikinews"]},
            ["titles:  CEO", "aliases: Steve Jobs; Jobs", "outlets: Wikinews"],
        ),
        ({"titles": [], "aliases": [], "outlets": ["AP"]}, ["aliases: (none)", "outlets: AP"]),
    ],
)
def test_source_header_says_an_empty_list(src: dict[str, Any], lines: list[str]) -> None:
    """``outlets: `` ended the line when none of the source's articles named an outlet."""
    from newsprov.cli.store import source_header

    assert source_header(src) == lines


@pytest.mark.parametrize(
    ("flag", "setup", "said"),
    [
        # said "cannot create the export folder (File exists)"
        (
            "--parquet",
            "file",
            "{t}: is a file, not a folder (the Parquet export writes one file per table "
            "into a folder)",
        ),
        ("--parquet", "under-file", "{t}: cannot create the export folder (Not a directory)"),
        # a path under a link whose status is refused (/proc/1/cwd): was "/proc/...: cannot be
        # used" from the command line's last net (exit 2), naming the link's target
        ("--jsonl", "refused", "{t}: cannot write the export (Permission denied)"),
    ],
)
def test_an_export_target_that_cannot_be_one_is_named(
    filled: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    flag: str,
    setup: str,
    said: str,
) -> None:
    (tmp_path / "taken").write_text("a file\n", encoding="utf-8")
    target = {
        "file": tmp_path / "taken",
        "under-file": tmp_path / "taken" / "pq",
        "refused": tmp_path / "refused" / "all.jsonl",
    }[setup]
    if setup == "refused":
        real_resolve, real_open = Path.resolve, os.open

        def resolve(self: Path, strict: bool = False) -> Path:
            if "refused" in self.parts:
                raise PermissionError(13, "Permission denied", "/proc/1/cwd")
            return real_resolve(self, strict=strict)

        def refuse(name: Any, *args: Any, **kwargs: Any) -> int:
            if "refused" in str(name):
                raise PermissionError(13, "Permission denied", str(name))
            return real_open(name, *args, **kwargs)

        monkeypatch.setattr(Path, "resolve", resolve)
        monkeypatch.setattr(os, "open", refuse)
    code, _, err = run(capsys, "export", "--db", filled, flag, str(target))
    assert code == 1 and err == f"newsprov: error: {said.format(t=target)}\n"


@pytest.mark.parametrize(("batch", "before", "stored", "said"), STOPPED_INGEST)
def test_a_failed_write_in_ingest_says_what_the_store_kept(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    batch: int,
    before: int,
    stored: int,
    said: str,
) -> None:
    """A write that fails part-way (another process holding the lock past the busy timeout, a
    full disk) said its one error line and nothing of the batches already stored."""
    from newsprov.errors import StoreError

    db = tmp_path / "s.db"
    locked = StoreError("s.db: writing a batch failed: database is locked")
    code, out, err = _ingest_stopped(capsys, monkeypatch, tmp_path, batch, before, locked)
    assert code == 1 and not out
    first, second = err.splitlines()
    assert first == "newsprov: error: s.db: writing a batch failed: database is locked"
    assert second.startswith(f"newsprov: stopped: {said}") and "none is half-written" in second
    assert _holds(db, stored)


@pytest.mark.parametrize(("text", "refused_on_pg"), [("the", True), ("the Pompeo", False)])
def test_search_of_stop_words_alone_names_text(
    filled: str, capsys: pytest.CaptureFixture[str], text: str, refused_on_pg: bool
) -> None:
    """On PostgreSQL a search of stop words alone is refused, named as the command names its
    argument (TEXT); elsewhere, and with a rarer word, it answers."""
    code, out, err = run(capsys, "search", text, "--db", filled)
    if filled.startswith("postgresql") and refused_on_pg:
        assert code == 2 and out == ""
        assert err.startswith(f"newsprov: error: TEXT: {text!r} holds only words too common")
    else:
        assert code == 0 and err == "", err

"""Batch analysis: JSON Lines / Parquet / WARC in, Parquet records and errors out; the local and
Spark engines give identical records; bad inputs land in the error table."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsprov.batch.local import run_local
from newsprov.batch.output import read_errors, read_records
from newsprov.errors import ConfigError
from newsprov.options import Options
from newsprov.record import Record, validate
from tests.conftest import need_shared

N_ARTICLES = 240  # "a few hundred" PolNeAR texts, read from ../shared at test time


def _texts(n: int) -> list[tuple[str, str]]:
    root = need_shared("data", "polnear", "data")
    files = sorted((root / "dev" / "text").glob("*.txt")) + sorted(
        (root / "train" / "text").glob("*.txt")
    )
    out = []
    for f in files[:n]:
        with open(f, encoding="utf-8", newline="") as fh:
            out.append((f.stem, fh.read()))
    return out


@pytest.fixture(scope="module")
def batch_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("batch-in")
    with open(d / "articles.jsonl", "w", encoding="utf-8") as f:
        for ident, text in _texts(N_ARTICLES):
            f.write(json.dumps({"id": ident, "text": text, "outlet": ident.split("_")[0]}) + "\n")
        f.write("{this line is not JSON\n")
        f.write(json.dumps({"id": "no-body", "title": "nothing here"}) + "\n")
        f.write(json.dumps({"id": "blank", "text": "  \n "}) + "\n")
    return d / "articles.jsonl"


@pytest.fixture(scope="module")
def local_out(batch_input: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("batch-out") / "local"
    summary = run_local([str(batch_input)], str(out), Options(progress=False))
    assert summary.records == N_ARTICLES and summary.errors == 3
    return out


def test_local_records_valid_and_exact(local_out: Path) -> None:
    recs = {r["id"]: r for r in read_records(str(local_out))}
    texts = dict(_texts(N_ARTICLES))
    assert set(recs) == set(texts)
    for ident, rec in list(recs.items())[:40]:
        validate(Record.from_dict(rec).to_dict())
        assert rec["text"] == texts[ident]


@pytest.mark.parametrize(
    "needle, reason",
    [
        (":241", "is not valid JSON"),
        (":242", "has neither 'text' nor 'html'"),
        (":243", "only whitespace"),
    ],
)
def test_bad_rows_land_in_error_table(local_out: Path, needle: str, reason: str) -> None:
    errors = read_errors(str(local_out))
    match = [e for e in errors if e["input"].endswith(needle)]
    assert match and reason in match[0]["reason"]


def test_existing_output_is_refused(local_out: Path, batch_input: Path) -> None:
    with pytest.raises(ConfigError, match="exists and is not empty"):
        run_local([str(batch_input)], str(local_out), Options(progress=False))


def test_parquet_and_warc_inputs(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    ((ident, text),) = _texts(1)
    pq.write_table(pa.Table.from_pylist([{"id": ident, "text": text}]), tmp_path / "in.parquet")
    html = (
        "<html><head><title>Senate passes the bill</title></head><body><article>"
        "<h1>Senate passes the bill</h1>"
        "<p>The Senate passed the bill on Tuesday, officials said in a statement.</p>"
        "<p>“This is a good day for the country,” Senator Jane Roe told reporters after the vote.</p>"
        "<p>Critics said the measure would raise costs for families across the state.</p>"
        "</article></body></html>"
    ).encode()
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    headers = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
    )
    writer.write_record(
        writer.create_warc_record(
            "https://news.example.org/senate",
            "response",
            payload=io.BytesIO(html),
            http_headers=headers,
        )
    )
    (tmp_path / "crawl.warc").write_bytes(buf.getvalue())
    (tmp_path / "broken.warc").write_bytes(b"WARC/1.0\r\nthis is not a warc record\r\n\r\n")
    out = tmp_path / "out"
    summary = run_local(
        [str(tmp_path / "in.parquet"), str(tmp_path / "crawl.warc"), str(tmp_path / "broken.warc")],
        str(out),
        Options(progress=False),
    )
    recs = {r["id"]: r for r in read_records(str(out))}
    assert recs[ident]["text"] == text
    warc = [r for r in recs.values() if r["document"]["url"] == "https://news.example.org/senate"]
    assert warc and "Senator Jane Roe" in warc[0]["text"]
    assert summary.errors == 1 and "broken.warc" in read_errors(str(out))[0]["input"]


def test_cli_batch_reports_errors_without_traceback(batch_input: Path, tmp_path: Path) -> None:
    small = tmp_path / "small.jsonl"
    small.write_text("\n".join(batch_input.read_text(encoding="utf-8").splitlines()[-4:]) + "\n")
    res = subprocess.run(
        [sys.executable, "-m", "newsprov", "batch", str(small), str(tmp_path / "o")],
        capture_output=True,
        text=True,
    )
    assert res.returncode == 1, res.stderr  # some failed
    assert "1 record, 3 errors" in res.stderr
    assert "Traceback" not in res.stderr
    res = subprocess.run(
        [sys.executable, "-m", "newsprov", "batch", str(small), str(tmp_path / "o")],
        capture_output=True,
        text=True,
    )
    assert (
        res.returncode != 0
        and "exists and is not empty" in res.stderr
        and "Traceback" not in res.stderr
    )


STORY = "OSLO — The harbour master said on Friday that the ferry would sail again next week.\n"


@pytest.mark.parametrize(
    ("files", "code", "counts", "limit"),
    [
        pytest.param({"in.jsonl": [{"id": "x", "text": STORY}]}, 0, "1 record, 0 errors",
                     [], id="all-analysed"),
        pytest.param({"in.jsonl": [{"id": "x", "text": STORY}, {"id": "y"}]}, 1,
                     "1 record, 1 error", [], id="some-failed"),
        pytest.param({"in.jsonl": [{"id": "y"}, {"text": " "}]}, 2, "0 records, 2 errors",
                     [], id="all-rows-failed"),
        pytest.param({}, 2, "0 records, 1 error", [], id="missing-input"),
        pytest.param({"in.jsonl": ["\n\n"]}, 2, "holds no article", [], id="empty-input"),
        pytest.param({"a.txt": STORY, "b.html": "<p>x</p>", "NOTES.md": "x"}, 2,
                     "0 records, 3 errors", [], id="text-and-html-are-not-batch-inputs"),
        pytest.param({"in.jsonl": [{"id": "x", "text": STORY}]}, 0, "1 record, 0 errors",
                     ["--time-limit", "0"], id="time-limit-0-is-none"),
        pytest.param({"in.jsonl": [{"id": "x", "text": STORY}]}, 2, "0 records, 1 error",
                     ["--time-limit", "0.000001"], id="over-the-time-limit"),
        # an error line's input name reached the terminal as it was (ESC sequences ran)
        pytest.param({"e\x1b[2Jvil.jsonl": [{"id": "x", "text": STORY}, {"id": "y"}]}, 1,
                     "e\\x1b[2Jvil.jsonl:2: has neither", [], id="error-lines-made-plain"),
    ],
)  # fmt: skip
def test_cli_batch_exit_status_follows_analyze(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str | list[dict[str, str]]],
    code: int,
    counts: str,
    limit: list[str],
) -> None:
    from newsprov.cli import main

    src = tmp_path / "in"
    src.mkdir()
    for name, content in files.items():
        rows = [content] if isinstance(content, str) else content
        body = "".join(r if isinstance(r, str) else json.dumps(r) + "\n" for r in rows)
        (src / name).write_text(body, encoding="utf-8")
    target = src if files else tmp_path / "missing.jsonl"
    assert main(["batch", str(target), str(tmp_path / "out"), *limit]) == code
    err = capsys.readouterr().err
    assert counts in err and "Traceback" not in err and "\x1b" not in err
    if "a.txt" in files:
        assert "a.txt: is a plain text file, not a batch input: give it to newsprov analyze" in err
    if counts == "holds no article":  # nothing written: a re-run needs no --overwrite
        assert not (tmp_path / "out").exists()
        assert [p.name for p in tmp_path.iterdir()] == ["in"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.jsonl", "jsonl"),
        ("a.JSONL.gz", "jsonl"),
        ("a.json", "json"),
        ("a.pq", "parquet"),
        ("a.warc.gz", "warc"),
        # "name it .jsonl" told a user to rename a page or a text as JSON Lines
        ("page.html", "is an HTML file, not a batch input: give it to newsprov analyze or"),
        ("page.HTM", "is an HTML file, not a batch input"),
        ("page.xhtml", "is an HTML file, not a batch input"),
        ("story.txt", "is a plain text file, not a batch input: give it to newsprov analyze"),
        ("notes.md", "unknown input format: name it .jsonl, .json, .parquet or .warc(.gz)"),
        ("html.csv", "unknown input format"),  # the word in the name is no extension
    ],
)
def test_detect_format_names_what_batch_reads(name: str, expected: str) -> None:
    from newsprov.batch.rows import detect_format
    from newsprov.errors import InputError

    try:
        assert detect_format(name) == expected
    except InputError as e:
        assert e.problem.startswith(expected)


@pytest.mark.parametrize("given", ["dir", "path"])
def test_a_path_whose_status_is_refused_is_an_error_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: str
) -> None:
    """A link into /proc whose status even root is refused was an internal error (exit 70)."""
    from newsprov.batch.rows import local_rows

    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a", "text": STORY}) + "\n", "utf-8")
    locked = tmp_path / "locked.jsonl"
    locked.write_text(json.dumps({"id": "b", "text": STORY}) + "\n", "utf-8")
    real_stat = Path.stat

    def stat(self: Path, *, follow_symlinks: bool = True) -> Any:
        if self.name == "locked.jsonl":
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, follow_symlinks=follow_symlinks)

    monkeypatch.setattr(Path, "stat", stat)
    rows = list(local_rows([str(tmp_path) if given == "dir" else str(locked)]))
    assert [r["_error"] for r in rows if "_error" in r] == ["cannot be read (Permission denied)"]
    assert [r["id"] for r in rows if "_error" not in r] == (["a"] if given == "dir" else [])


#: An input the local rows cannot read is one error row in ingest's words (one helper,
#: ingest.readers.cannot_read): the system's reason alone, where a .json file said
#: "cannot be read ([Errno 13] Permission denied: '/path/locked.json')".
UNREADABLE_ROWS = [
    (
        "locked.json",
        b'{"id": "j", "text": "x"}',
        "read_bytes",
        "cannot be read (Permission denied)",
    ),
    ("locked.jsonl", b'{"id": "l", "text": "x"}\n', "open", "cannot be read (Permission denied)"),
    ("locked.warc", b"", "open", "cannot be read (Permission denied)"),
    ("bad.jsonl.gz", b"not gzip at all", None, "cannot be read (Not a gzipped file"),
    ("latin.jsonl", b'{"id": "c", "text": "caf\xe9"}\n', None, "cannot be read ('utf-8' codec"),
    ("fine.jsonl", b'{"id": "f", "text": "x"}\n', None, None),  # negative: read, no error row
]


@pytest.mark.parametrize(("name", "data", "refused", "error"), UNREADABLE_ROWS)
def test_an_unreadable_input_is_one_error_row(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    data: bytes,
    refused: str | None,
    error: str | None,
) -> None:
    import builtins

    from newsprov.batch import rows as rows_module

    path = tmp_path / name
    path.write_bytes(data)

    def deny(*_args: Any, **_kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied", str(path))

    if refused == "read_bytes":
        monkeypatch.setattr(Path, "read_bytes", lambda self: deny())
    elif refused == "open":
        real = builtins.open

        def fake_open(file: Any, *args: Any, **kwargs: Any) -> Any:
            return deny() if str(file) == str(path) else real(file, *args, **kwargs)

        monkeypatch.setattr(rows_module, "open", fake_open, raising=False)
    got = [r for r in rows_module.local_rows([str(path)]) if "_error" in r]
    if error is None:
        assert got == []
    else:
        assert len(got) == 1 and got[0]["_origin"] == str(path)
        assert got[0]["_error"].startswith(error) and "Errno" not in got[0]["_error"]


def test_an_empty_batch_keeps_an_earlier_output(tmp_path: Path) -> None:
    from newsprov.cli import main

    src = tmp_path / "in"
    src.mkdir()
    (src / "in.jsonl").write_text(json.dumps({"id": "x", "text": STORY}) + "\n", "utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(src), str(out)]) == 0
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    (src / "in.jsonl").write_text("\n", "utf-8")
    assert main(["batch", str(src), str(out), "--overwrite"]) == 2
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["in.jsonl"], "the following arguments are required: OUTPUT"),
        (["in.jsonl", "out", "--max-bytes", "0"], "--max-bytes 0: max_bytes must be"),
        (["in.jsonl", "out", "--partitions", "0"], "--partitions 0: partitions must be"),
        # Spark's options on the local engine were silently ignored
        (["in.jsonl", "out", "--master", "local[4]"], "--master applies to Spark only"),
        (["in.jsonl", "out", "--partitions", "8"], "--partitions applies to Spark only"),
        (
            ["in.jsonl", "out", "--engine", "local", "--master", "yarn", "--partitions", "8"],
            "--master and --partitions apply to Spark only: add --engine spark",
        ),
        (["in.jsonl", "out", "--time-limit", "-1"], "--time-limit -1: time_limit must be"),
        (["in.jsonl", "out", "--time-limit", "nan"], "--time-limit nan: time_limit must be"),
    ],
)
def test_cli_batch_bad_arguments(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsprov.cli import main

    try:
        code = main(["batch", *argv])
    except SystemExit as e:  # argparse's own refusal
        code = int(e.code or 0)
    assert code == 2 and message in capsys.readouterr().err


def test_cli_batch_help_names_the_inputs(capsys: pytest.CaptureFixture[str]) -> None:
    from newsprov.cli import main

    with pytest.raises(SystemExit):
        main(["batch", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "INPUT [INPUT ...] OUTPUT" in out and "INPUT... OUTPUT" not in out
    for words in (
        ".jsonl",
        "JSON (.json: a list of such objects",
        ".parquet",
        ".warc.gz",
        "Plain text and HTML files are not batch",
    ):
        assert words in out


ROWS = [  # (line, refusal or None): batch and analyze must agree on each
    ({"text": "A story.", "id": "s1", "authors": ["Ann Lee"]}, None),
    ({"text": "A story.", "id": 7}, None),
    ({"text": "A story.", "authors": "Ann Lee; Bo Chan"}, None),
    ({"text": "A story.", "colour": "red"}, None),
    ({"html": "<html><body><p>" + "The mayor spoke. " * 10 + "</p></body></html>"}, None),
    ({"text": 5}, "'text' must be text, not a whole number"),
    ({"html": ["<p>x</p>"]}, "'html' must be text, not a list"),
    (
        {"text": "A story.", "authors": [1]},
        "'authors' must be a list of text values (item 1 is a whole",
    ),
    ({"text": "A story.", "title": ["T"]}, "metadata field 'title' must be text, not a list"),
    (
        {"text": "A story.", "outlet": True},
        "metadata field 'outlet' must be text, not a boolean",
    ),
    ({"title": "no body"}, "has neither 'text' nor 'html'"),
    ({"text": "A story.", "html": "<p>x</p>"}, "has both 'text' and 'html'"),
    ({"text": " \n "}, "contains only whitespace"),
    ([1, 2], "must be an object with 'text' or 'html', not a list"),
    ("{not json", "is not valid JSON (Expecting property name enclosed in double quotes at"),
]


def test_batch_rows_are_checked_as_analyze_checks_them(tmp_path: Path) -> None:
    from newsprov.batch.rows import jsonl_rows, row_to_article
    from newsprov.errors import InputError
    from newsprov.ingest import Failure, read_inputs

    f = tmp_path / "rows.jsonl"
    f.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r, _ in ROWS),
        encoding="utf-8",
    )
    analyzed = list(read_inputs([str(f)], Options(progress=False)))
    with open(f, encoding="utf-8") as fh:
        rows = list(jsonl_rows(fh, str(f)))
    assert len(analyzed) == len(rows) == len(ROWS)
    for (line, refusal), item, row in zip(ROWS, analyzed, rows, strict=True):
        try:
            got: object = row_to_article(row, Options(progress=False))
        except InputError as e:
            got = Failure(e.name, e)
        if refusal is None:
            assert not isinstance(item, Failure) and not isinstance(got, Failure), (line, got)
            assert (got.text, got.id, got.authors, got.title) == (  # type: ignore[attr-defined]
                item.text,
                item.id,
                item.authors,
                item.title,
            )
        else:
            assert isinstance(item, Failure) and isinstance(got, Failure), (line, got)
            assert refusal in item.message and got.message == item.message


def test_parquet_dates_and_warc_bytes_become_articles() -> None:
    import datetime as dt

    from newsprov.batch.rows import row_to_article

    opts = Options(progress=False)
    art = row_to_article({"text": "A story.", "published": dt.date(2020, 1, 2), "id": None}, opts)
    assert art.published == "2020-01-02" and art.id is None
    page = ("<html><body><p>" + "The mayor spoke. " * 10 + "</p></body></html>").encode()
    art = row_to_article({"html": page, "id": "w1", "url": "https://x.example/a"}, opts)
    assert art.id == "w1" and "The mayor spoke." in art.text and art.input_format == "html"


def test_a_repeated_id_is_an_error_row(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": "x", "text": STORY},
        {"id": "x", "text": STORY.replace("ferry", "train")},
        {"id": "y", "text": STORY.replace("Friday", "Monday")},
        {"id": "x", "text": STORY},  # the same article again: analysed again, stored once
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    summary = run_local([str(src)], str(tmp_path / "out"), Options(progress=False))
    assert (summary.records, summary.errors) == (3, 1)
    assert [r["id"] for r in read_records(str(tmp_path / "out"))] == ["x", "y", "x"]
    (err,) = read_errors(str(tmp_path / "out"))
    assert err["input"] == f"{src}:2" and err["id"] == "x"
    assert err["reason"].startswith(f"has id 'x', which {src}:1 already has for a different")


@pytest.mark.spark
def test_spark_engine_gives_identical_records(
    batch_input: Path, local_out: Path, tmp_path: Path
) -> None:
    if shutil.which("java") is None:
        pytest.fail("Java is needed for Spark's local mode")
    from newsprov.batch.spark import run_spark

    out = tmp_path / "spark"
    summary = run_spark(
        [str(batch_input)], str(out), Options(progress=False), master="local[2]", partitions=4
    )
    assert summary.records == N_ARTICLES and summary.errors == 3
    local = sorted(read_records(str(local_out)), key=lambda r: r["id"])
    spark = sorted(read_records(str(out)), key=lambda r: r["id"])
    assert local == spark
    reasons = sorted(e["reason"][:20] for e in read_errors(str(out)))
    assert reasons == sorted(e["reason"][:20] for e in read_errors(str(local_out)))


@pytest.mark.spark
def test_an_empty_spark_run_writes_nothing(tmp_path: Path) -> None:
    if shutil.which("java") is None:
        pytest.fail("Java is needed for Spark's local mode")
    from newsprov.batch.spark import run_spark
    from newsprov.errors import InputError

    src = tmp_path / "in.jsonl"
    src.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="holds no article"):
        run_spark([str(src)], str(tmp_path / "out"), Options(progress=False), master="local[2]")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command", ["batch-corpus", "load"])
@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("missing", "no such directory"),
        ("empty-dir", "not a batch output directory (no records/ inside)"),
        ("file://missing", "no such directory"),
    ],
)
def test_batch_output_checked_before_spark_or_store(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
    where: str,
    message: str,
) -> None:
    """A bad OUTPUT is one line (exit 2) before Spark starts or a store is made."""
    from newsprov.cli import main

    (tmp_path / "empty-dir").mkdir()
    output = where.replace("file://", f"file://{tmp_path}/") if "://" in where else where
    monkeypatch.chdir(tmp_path)
    monkeypatch.setitem(sys.modules, "pyspark", None)  # importing it now would fail
    db = tmp_path / "new.db"
    argv = [command, output] + (["--db", str(db)] if command == "load" else [])
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and output in err and err.count("\n") == 1, err
    assert not db.exists()


def test_batch_rows_skip_a_byte_order_mark(tmp_path: Path) -> None:
    """A JSON Lines file written with a byte-order mark (Windows tools) is read whole: its
    first line was an error row ("Unexpected UTF-8 BOM")."""
    from newsprov.batch.rows import jsonl_rows

    f = tmp_path / "bom.jsonl"
    f.write_bytes(b'\xef\xbb\xbf{"id": "b1", "text": "One."}\r\n{"id": "b2", "text": "Two."}\r\n')
    with open(f, encoding="utf-8", newline="") as fh:
        rows = list(jsonl_rows(fh, str(f)))
    assert [r.get("id") for r in rows] == ["b1", "b2"]
    assert not any("_error" in r for r in rows)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (b"garbage", "is not a readable Parquet file"),  # was an internal error, exit 70
        (b"", "is not a readable Parquet file"),
        (None, None),  # the good output alone loads
    ],
)
def test_load_refuses_an_unreadable_part_before_storing(
    local_out: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    bad: bytes | None,
    message: str | None,
) -> None:
    from newsprov.cli import main

    out = tmp_path / "out"
    shutil.copytree(local_out, out)
    if bad is not None:
        (out / "records" / "part-99999.parquet").write_bytes(bad)
    db = tmp_path / "load.db"
    code = main(["load", str(out), "--db", str(db)])
    err = capsys.readouterr().err
    if message is None:
        assert code == 0
        return
    assert code == 2 and message in err and "part-99999.parquet" in err, err
    assert "internal error" not in err and err.count("\n") == 1
    assert not db.exists()  # nothing half loaded, and no empty store made


def _small_output(root: Path, rows: list[dict[str, object]], drop: tuple[str, ...] = ()) -> Path:
    """A batch output of ``rows`` (record dicts), written as the local engine writes them,
    without the columns ``drop``."""
    from newsprov.batch.layout import record_row
    from newsprov.batch.output import record_writer

    writer = record_writer(root)
    for row in rows:
        writer.add(record_row(row))
    writer.close()
    if drop:
        part = root / "records" / "part-00000.parquet"
        pq.write_table(pq.read_table(part).drop_columns(list(drop)), part)
    return root


@pytest.mark.parametrize(
    ("spoil", "drop", "code", "messages", "stored"),
    [
        # a row that is no record stopped the whole load (exit 1, the rows before it stored
        # or not by the batch they fell in); it is reported by its file and row, the rest go on
        (
            {1: ("document", None)},
            (),
            1,
            ["skipped: ", "part-00000.parquet#2: record 'r2' is not a version-1 record"],
            ["r1", "r3"],
        ),
        (
            {0: ("document", None), 2: ("produced_by", None)},
            (),
            1,
            ["part-00000.parquet#1: record 'r1'", "part-00000.parquet#3: record 'r3'"],
            ["r2"],
        ),
        # a file without a column every record needs is named before anything is stored: it
        # was an internal error (KeyError: 'profile', exit 70) or a stop at its first row
        ({}, ("sources",), 2, ["has no 'sources' column"], []),
        ({}, ("id", "text"), 2, ["has no 'id', 'text' columns"], []),
        ({}, (), 0, ["3 added, 0 unchanged, 0 failed"], ["r1", "r2", "r3"]),
    ],
)
def test_load_goes_on_past_a_row_that_is_no_record(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    spoil: dict[int, tuple[str, object]],
    drop: tuple[str, ...],
    code: int,
    messages: list[str],
    stored: list[str],
) -> None:
    from newsprov.cli import main
    from newsprov.store import open_store
    from tests.store_fixtures import make_record

    rows = [
        make_record(f"r{i}", [("Jane Roe", "person", "said", '"It rained."')]).to_dict()
        for i in (1, 2, 3)
    ]
    for i, (key, value) in spoil.items():
        rows[i][key] = value
    out = _small_output(tmp_path / "out", rows, drop)
    db = tmp_path / "load.db"
    assert main(["load", str(out), "--db", str(db)]) == code
    err = capsys.readouterr().err
    assert "internal error" not in err and "Traceback" not in err
    for message in messages:
        assert message in err, err
    if not stored:
        assert not db.exists()
        return
    with open_store(str(db)) as st:
        assert sorted(a["id"] for a in st.articles(limit=10)) == stored


@pytest.mark.parametrize(
    ("target", "output", "flags", "message"),
    [
        # --overwrite deleted the input with the old output: `batch in in --overwrite` left
        # only records/ and errors/ where in/feed.jsonl was
        ("in", "in", ["--overwrite"], "in: is the input in; give the output a directory"),
        ("in/feed.jsonl", "in", ["--overwrite"], "in: holds the input in/feed.jsonl;"),
        ("in/feed.jsonl", ".", ["--overwrite"], ".: holds the input in/feed.jsonl;"),
        ("in", "in", [], "in: is the input in;"),
        # a later run would read the output's Parquet records as articles
        ("in", "in/out", [], "in/out: is inside the input directory in, where a later run"),
        # a file was an internal error (NotADirectoryError, exit 70)
        ("in/feed.jsonl", "in/notes.txt", [], "in/notes.txt: is a file, not an output directory"),
        # a file on the way to the output was an internal error (FileExistsError, exit 70)
        ("in/feed.jsonl", "in/notes.txt/out", [], "in/notes.txt/out: {tmp}/in/notes.txt is a"),
        ("in/feed.jsonl", "out", [], None),  # beside the input: fine
        ("in/feed.jsonl", "in/out", [], None),  # inside the folder of an input file: fine
    ],
)
def test_batch_never_writes_over_its_inputs(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    target: str,
    output: str,
    flags: list[str],
    message: str | None,
) -> None:
    from newsprov.cli import main

    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    Path("in/feed.jsonl").write_text(json.dumps({"id": "x", "text": STORY}) + "\n")
    Path("in/notes.txt").write_text("notes\n")
    code = main(["batch", target, output, "--no-progress", *flags])
    err = capsys.readouterr().err
    assert "internal error" not in err
    assert Path("in/feed.jsonl").read_text() == json.dumps({"id": "x", "text": STORY}) + "\n"
    assert Path("in/notes.txt").read_text() == "notes\n"
    if message is None:
        assert code == 0 and (Path(output) / "records").is_dir(), err
        return
    message = message.format(tmp=tmp_path.resolve())
    assert code == 2 and err == f"newsprov: error: {message}" + err.split(message, 1)[1], err
    assert err.count("\n") == 1
    assert sorted(p.name for p in Path("in").iterdir()) == ["feed.jsonl", "notes.txt"]


@pytest.mark.parametrize(
    ("fault", "output", "message"),
    [
        (PermissionError(13, "Permission denied"), "out", "out: cannot write the output in ."),
        (OSError(30, "Read-only file system"), "sub/out", "sub/out: cannot write the output in"),
        (None, "sub/out", None),  # negative row: a new folder on the way is made
    ],
)
def test_an_output_folder_that_cannot_be_written_is_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    fault: OSError | None,
    output: str,
    message: str | None,
) -> None:
    """An OUTPUT in a read-only folder (a read-only mount, another user's folder) was an
    internal error (OSError, exit 70); it is one line naming the output and the folder, exit 2,
    and nothing is left behind."""
    import tempfile

    from newsprov.cli import main

    monkeypatch.chdir(tmp_path)
    Path("feed.jsonl").write_text(json.dumps({"id": "x", "text": STORY}) + "\n")
    if fault is not None:

        def refuse(*_a: object, **_k: object) -> str:
            raise fault

        monkeypatch.setattr(tempfile, "mkdtemp", refuse)
    code = main(["batch", "feed.jsonl", output, "--no-progress"])
    err = capsys.readouterr().err
    assert "internal error" not in err
    if message is None:
        assert code == 0 and (Path(output) / "records").is_dir(), err
        return
    assert code == 2 and err.startswith(f"newsprov: error: {message}") and err.count("\n") == 1
    assert str(fault.strerror) in err and not Path(output).exists()


# -- .json inputs: one document (a list of articles, or one), read as `newsprov analyze` does --
GOOD = {"id": "j1", "text": STORY}
GOOD2 = {"id": "j2", "text": STORY.replace("Friday", "Monday")}
PRETTY = json.dumps([GOOD, GOOD2], indent=2)

JSON_FILES = [  # (name, bytes, [(origin after the path, id or refusal)]): both engines, analyze
    pytest.param("in.json", PRETTY.encode(), [(":#1", "j1"), (":#2", "j2")], id="pretty-list"),
    pytest.param(
        "in.json",
        json.dumps([{"id": "t", "text": 5}, "a string", {"title": "x"}, GOOD], indent=2).encode(),
        [
            (":#1", "'text' must be text"),
            (":#2", "must be an object with 'text' or 'html', not text"),
            (":#3", "has neither 'text' nor 'html'"),
            (":#4", "j1"),
        ],
        id="bad-items-named-by-index",
    ),
    pytest.param("in.json", json.dumps(GOOD, indent=2).encode(), [("", "j1")], id="one-object"),
    pytest.param(
        "in.json", b"\xef\xbb\xbf" + PRETTY.encode(), [(":#1", "j1"), (":#2", "j2")], id="bom"
    ),
    pytest.param(
        "in.json",
        (json.dumps(GOOD) + "\n" + json.dumps(GOOD2) + "\n").encode(),
        [(":1", "j1"), (":2", "j2")],
        id="json-lines-in-a-json-file",
    ),
    pytest.param(
        "in.json",
        (json.dumps(GOOD) + "\n{not json\n").encode(),
        [(":1", "j1"), (":2", "is not valid JSON (Expecting property name")],
        id="json-lines-bad-line-alone",
    ),
    pytest.param(
        "in.json",
        PRETTY.replace('"j1",', '"j1"').encode(),
        [("", "is not valid JSON (Expecting ',' delimiter at line 4 column 5)")],
        id="broken-list-is-one-error",
    ),
    pytest.param(
        "in.json",
        json.dumps(GOOD, indent=2).replace('"j1",', '"j1"').encode(),
        [("", "is not valid JSON (Expecting ',' delimiter at line 3 column 3)")],
        id="broken-object-is-one-error",
    ),
    pytest.param("in.json", b"[]", [("", "is an empty JSON list (no articles)")], id="empty-list"),
    # an object over several lines whose first line is `{"text": ...,` was read as JSON Lines
    # when it did not parse, an error a line: one error now, with the place and what to do
    pytest.param(
        "in.json",
        b'{"id": "j1", "text": "A story.",\n  "outlet": "Wire"\n  "title": "T"\n}\n',
        [
            (
                "",
                "is not valid JSON (Expecting ',' delimiter at line 3 column 3); the file is one "
                "JSON object written over several lines",
            )
        ],
        id="broken-object-opened-on-its-first-line",
    ),
    pytest.param(
        "in.json",
        b'{"id": "j1", "text": "A story.",\n' + json.dumps(GOOD2).encode() + b"\n",
        [(":1", "is not valid JSON (Expecting property name"), (":2", "j2")],
        id="json-lines-first-line-cut-short",
    ),
    # a .jsonl file stays JSON Lines: a pretty-printed list in it is an error a line
    pytest.param(
        "in.jsonl",
        PRETTY.encode(),
        [(f":{n}", "is not valid JSON") for n in range(1, PRETTY.count("\n") + 2)],
        id="jsonl-stays-lines",
    ),
]


def _outcome(item: Any) -> tuple[str, str]:
    from newsprov.ingest import Failure

    if isinstance(item, Failure):
        return item.origin, item.error.problem
    return item.origin, item.id


@pytest.mark.parametrize(("name", "data", "expected"), JSON_FILES)
def test_json_inputs_read_as_documents(
    tmp_path: Path, name: str, data: bytes, expected: list[tuple[str, str]]
) -> None:
    """A .json file holding a pretty-printed list (or one object) was read as JSON Lines: an
    error per line. Batch rows, once made articles, match what `newsprov analyze` reads."""
    from newsprov.batch.rows import local_rows, row_to_article
    from newsprov.errors import InputError
    from newsprov.ingest import Failure, read_inputs

    f = tmp_path / name
    f.write_bytes(data)
    opts = Options(progress=False)
    got = []
    for row in local_rows([str(f)]):
        try:
            got.append(_outcome(row_to_article(row, opts)))
        except InputError as e:
            got.append(_outcome(Failure(e.name, e)))
    assert len(got) == len(expected), got
    for (origin, outcome), (suffix, want) in zip(got, expected, strict=True):
        assert origin == f"{f}{suffix}"
        assert outcome.startswith(want), (origin, outcome)
    assert [_outcome(i) for i in read_inputs([str(f)], opts)] == got


def _json_input(tmp_path: Path) -> Path:
    f = tmp_path / "feed.json"
    items: list[Any] = [GOOD, {"id": "bad", "text": 5}, GOOD2, ["not", "an", "article"]]
    f.write_text(json.dumps(items, indent=2), encoding="utf-8")
    return f


def test_batch_analyses_a_pretty_printed_json_list(tmp_path: Path) -> None:
    """The good articles of a .json list are records, the bad ones error rows naming the file
    and the item; the run goes on past them."""
    f = _json_input(tmp_path)
    summary = run_local([str(f)], str(tmp_path / "out"), Options(progress=False))
    assert (summary.records, summary.errors) == (2, 2)
    assert sorted(r["id"] for r in read_records(str(tmp_path / "out"))) == ["j1", "j2"]
    errors = sorted((e["input"], e["reason"]) for e in read_errors(str(tmp_path / "out")))
    assert errors == [
        (f"{f}:#2", "'text' must be text, not a whole number"),
        (f"{f}:#4", "must be an object with 'text' or 'html', not a list"),
    ]


@pytest.mark.spark
def test_spark_reads_a_json_list_as_the_local_engine_does(tmp_path: Path) -> None:
    if shutil.which("java") is None:
        pytest.fail("Java is needed for Spark's local mode")
    from newsprov.batch.spark import run_spark

    f = _json_input(tmp_path)
    broken = tmp_path / "broken.json"
    broken.write_text(PRETTY.replace('"j1",', '"j1"'), encoding="utf-8")
    inputs = [str(f), str(broken)]
    run_local(inputs, str(tmp_path / "local"), Options(progress=False))
    summary = run_spark(inputs, str(tmp_path / "spark"), Options(progress=False), master="local[2]")
    assert (summary.records, summary.errors) == (2, 3)
    for table in (read_records, read_errors):
        local = sorted(map(json.dumps, table(str(tmp_path / "local"))))
        assert sorted(map(json.dumps, table(str(tmp_path / "spark")))) == local

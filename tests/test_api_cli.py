"""``newsprov serve``: refuses bad settings with one line and an exit code, before serving."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from newsprov.cli import main
from newsprov.cli.serve import is_loopback


@pytest.mark.parametrize(
    ("argv", "code", "fragment"),
    [
        (["serve", "--port", "0"], 2, "not a port number"),
        (["serve", "--port", "70000"], 2, "not a port number"),
        (["serve", "--rate-limit", "-1"], 2, "--rate-limit -1: rate_limit must be"),
        (["serve", "--max-body", "-4"], 2, "--max-body -4: max_body must be"),
        (["serve", "--host", "0.0.0.0"], 2, "NEWSPROV_TOKEN"),
        (["serve", "--db", "/no/such/folder/x.db"], 1, "does not exist"),
        (["serve", "--db", "mysql://x/y"], 2, "not a store URL"),
    ],
)
def test_serve_refuses(
    argv: list[str],
    code: int,
    fragment: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("NEWSPROV_TOKEN", raising=False)
    assert main(argv) == code
    err = capsys.readouterr().err
    assert fragment in err and "Traceback" not in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        # the demo analysed and stored every sample first: --port 99999 then announced
        # http://127.0.0.1:99999/ and listened on 34463; a bad --db failed after the analysis
        (["demo", "--port", "99999"], "--port 99999 is not a port number (1-65535)"),
        (["demo", "--port", "0"], "--port 0 is not a port number"),
        (["demo", "--db", "mysql://x/y"], "mysql://x/y: not a store URL"),
        (["demo", "--db", "sqlite:///:memory:"], "names no file"),
        # a file that is no store was refused only after every sample was analysed
        (["demo", "--db", "notes.txt"], "notes.txt: not a newsprov store"),
    ],
)
def test_demo_refuses_before_any_work(
    argv: list[str],
    fragment: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSPROV_DEMO_NO_SERVE", raising=False)
    (tmp_path / "notes.txt").write_text("notes\n", encoding="utf-8")
    assert main([*argv, "--shared", str(tmp_path)]) == (1 if "notes" in fragment else 2)
    out, err = capsys.readouterr()
    assert fragment in err and err.count("\n") == 1 and "analysing" not in out
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "notes\n"


@pytest.mark.parametrize(
    ("port", "ok"), [(1, True), (8000, True), (65535, True), (0, False), (65536, False)]
)
def test_resolve_checks_the_port(port: int, ok: bool) -> None:
    from newsprov.errors import ConfigError
    from newsprov.serve.listen import resolve

    if ok:
        assert resolve("127.0.0.1", port)[0][4] == ("127.0.0.1", port)
    else:
        with pytest.raises(ConfigError, match="is not a port number"):
            resolve("127.0.0.1", port)


def test_serve_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["serve", "--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    for flag in ("--db", "--host", "--port", "--public", "--rate-limit", "--max-body"):
        assert flag in out


@pytest.mark.parametrize(
    ("host", "local"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("127.0.0.2", True),
        ("0.0.0.0", False),
        ("192.168.1.5", False),
        ("example.com", False),
        ("::", False),
    ],
)
def test_is_loopback(host: str, local: bool) -> None:
    assert is_loopback(host) is local


def test_serve_demo_reports_a_busy_port(tmp_path: Path) -> None:
    """``serve_demo`` (the end of ``make demo``) stores the records, then fails cleanly when
    the port is taken."""
    from newsprov.errors import ListenError
    from newsprov.serve.demo import serve_demo
    from newsprov.store import open_store
    from tests.test_api_support import corpus

    db = str(tmp_path / "demo.db")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        with pytest.raises(ListenError, match="already in use"):
            serve_demo(corpus(), db=db, port=busy.getsockname()[1])
    with open_store(db) as st:
        assert st.count_articles() == len(corpus())


@pytest.mark.parametrize(
    ("where", "code", "fragment"),
    [
        ("busy", 69, "already in use (another server? try another --port)"),
        ("nosuch.invalid", 2, "--host nosuch.invalid: cannot resolve it"),
        ("10.255.255.1", 69, "that address is not one of this machine's"),
        # without --public or a token: a typo is still named as one, not as "beyond this machine"
        ("nosuch.invalid private", 2, "--host nosuch.invalid: cannot resolve it"),
        ("10.255.255.1 private", 2, "--host 10.255.255.1 listens beyond this machine"),
    ],
)
def test_serve_checks_the_address_before_announcing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    code: int,
    fragment: str,
) -> None:
    """A busy port or an unusable host is one line and its exit code; "serving" never shows."""
    monkeypatch.delenv("NEWSPROV_TOKEN", raising=False)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = str(busy.getsockname()[1])
        argv = ["serve", "--db", str(tmp_path / "s.db")]
        if where == "busy":
            argv += ["--port", port]
        else:
            host, _, private = where.partition(" ")
            argv += ["--host", host] + ([] if private else ["--public"])
        assert main(argv) == code
    err = capsys.readouterr().err
    assert fragment in err and "serving" not in err and "Errno" not in err, err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("setup", "url", "new"),
    [
        ("none", "{d}/typo.db", True),  # a typo in --db served an empty site without a word
        ("none", "sqlite:///{d}/typo.db", True),
        ("empty", "{d}/x.db", True),  # an empty file becomes a new store too
        ("bytes", "{d}/x.db", False),  # a file with content: a store (or refused on open)
        ("bytes", "sqlite:///{d}/x.db", False),
        # a server that cannot be reached: opening the store names it
        ("none", "postgresql://user@db.invalid/news", False),
    ],
)
def test_is_new_store(tmp_path: Path, setup: str, url: str, new: bool) -> None:
    from newsprov.cli.serve import is_new_store

    if setup == "empty":
        (tmp_path / "x.db").write_bytes(b"")
    elif setup == "bytes":
        (tmp_path / "x.db").write_bytes(b"SQLite format 3\x00")
    assert is_new_store(url.format(d=tmp_path)) is new


@pytest.mark.parametrize(
    ("writable", "has", "lacks"),
    [
        (False, "without NEWSPROV_TOKEN the API cannot", "POST /api/ingest"),
        (True, "POST /api/ingest or `newsprov ingest PATH --db typo.db`", "without"),
    ],
)
def test_new_store_notice(writable: bool, has: str, lacks: str) -> None:
    from newsprov.cli.serve import new_store_notice

    line = new_store_notice("typo.db", writable)
    assert line.startswith("newsprov: typo.db held no store: serving a new, empty one; check --db")
    assert has in line and lacks not in line and "\n" not in line


@pytest.mark.pg
@pytest.mark.parametrize(
    ("tables", "store", "new"),
    [
        # the server's own postgres database, or a typo's empty one, was served (and made a
        # store) without a word
        ([], False, True),
        ([], True, False),  # a store, empty or not
        (["customers"], False, False),  # something else: opening refuses it
    ],
)
def test_is_new_store_on_postgresql(
    pg_server_url: str, tables: list[str], store: bool, new: bool
) -> None:
    from newsprov.cli.serve import is_new_store
    from newsprov.store import open_store
    from tests.test_store import _pg_database

    url = _pg_database(pg_server_url, tables)
    if store:
        open_store(url).close()
    assert is_new_store(url) is new


@pytest.mark.pg
@pytest.mark.parametrize("password", [True, False])
def test_serve_announces_a_postgresql_store_without_its_password(
    pg_server_url: str,
    password: bool,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The announcement and the new-store notice named the URL as given, password and all."""
    from newsprov.serve import listen
    from tests.test_store import _pg_database

    url = _pg_database(pg_server_url, [])  # the test server trusts any password
    if password:
        url = url.replace("postgres@", "postgres:hunter2@", 1)
    monkeypatch.setattr(listen, "serve_on", lambda *a, **k: None)
    monkeypatch.delenv("NEWSPROV_TOKEN", raising=False)
    with socket.socket() as s:  # a free port, bound for real (then left to the test's serve)
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = main(["serve", "--db", url, "--port", str(port)])
    err = capsys.readouterr().err
    assert code == 0, err
    shown = url.replace(":hunter2@", ":***@")
    assert f"newsprov: serving {shown} on http://127.0.0.1:" in err
    assert f"newsprov: {shown} held no store: serving a new, empty one" in err
    assert "hunter2" not in err

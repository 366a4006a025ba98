"""Opening a database: URL forms, the SQLAlchemy engine per backend, migrations on open."""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, inspect, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from newsprov.errors import ConfigError, StoreError

#: The first 16 bytes of every SQLite database file.
SQLITE_MAGIC = b"SQLite format 3\x00"


def safe_url(url: str) -> str:
    """The URL without its password (a URL that has none is shown as it is)."""
    if "://" in url:
        scheme, rest = url.split("://", 1)
        netloc, sep, tail = rest.partition("/")
        if "@" in netloc:
            cred, host = netloc.rsplit("@", 1)
            user, has_password, _ = cred.partition(":")
            shown = f"{user}:***" if has_password else user
            return f"{scheme}://{shown}@{host}{sep}{tail}"
    return url


def _pg_place(url: str) -> tuple[str, str, str]:
    """The host, port and user a PostgreSQL URL names ("" for each it leaves out)."""
    try:
        parsed = make_url(normalise_url(url))
    except (ConfigError, ArgumentError, ValueError):
        return "", "", ""
    return parsed.host or "", str(parsed.port or ""), parsed.username or ""


def connect_problem(url: str, said: str) -> str | None:
    """What a failed connection to a PostgreSQL store means, as one line naming the URL (its
    password hidden) and what to do, or ``None`` when ``said`` (the driver's first line) is no
    connection failure it knows. psycopg's own line ("cannot open or migrate the store:
    connection failed: connection to server at "127.0.0.1", port 5432 failed: FATAL:  database
    "news" does not exist") named neither the cause first nor the way out."""
    shown = safe_url(url)
    host, port, user = _pg_place(url)
    database = re.search(r'database "([^"]+)" does not exist', said)
    if database:
        name = database.group(1)
        flags = " ".join(
            f"{flag} {value}" for flag, value in (("-h", host), ("-p", port), ("-U", user)) if value
        )
        return (
            f"{shown}: the PostgreSQL server has no database {name!r}: create it first "
            f"(`createdb {flags + ' ' if flags else ''}{name}`), then run the command again"
        )
    role = re.search(r'role "([^"]+)" does not exist', said)
    if role:
        return (
            f"{shown}: the PostgreSQL server knows no user {role.group(1)!r} "
            "(check the user in the URL)"
        )
    password = re.search(r'password authentication failed for user "([^"]+)"', said)
    if password or "no password supplied" in said:
        who = repr(password.group(1)) if password else repr(user)
        return (
            f"{shown}: the PostgreSQL server refused the login of user {who} (check the password)"
        )
    unresolved = re.search(r"failed to resolve host '([^']+)'", said)
    if unresolved:
        return f"{shown}: the host {unresolved.group(1)!r} cannot be found (check the URL's host)"
    if "Connection refused" in said:
        return (
            f"{shown}: no PostgreSQL server answers at {host or 'localhost'}:{port or 5432} "
            "(connection refused): start it, or check the URL's host and port"
        )
    socket = re.search(r'on socket "([^"]+)" failed', said)
    if socket:
        return (
            f"{shown}: no PostgreSQL server answers on this machine's socket {socket.group(1)} "
            "(a URL without a host uses it): start the server, or give its host and port "
            "(postgresql://USER@HOST:PORT/DATABASE)"
        )
    if "timeout expired" in said:
        return f"{shown}: the PostgreSQL server at {host}:{port or 5432} did not answer in time"
    return None


def pg_database_empty(url: str) -> bool:
    """True when ``url`` names a PostgreSQL database that holds no table at all (opening
    makes a new, empty store there); False for any other URL, or one that cannot be reached
    (opening then names what is wrong)."""
    try:
        if sqlite_path(url) is not None:
            return False
        engine = make_engine(url)
    except (ConfigError, StoreError):
        return False
    try:
        with engine.connect() as conn:
            return not inspect(conn).get_table_names()
    except SQLAlchemyError:
        return False
    finally:
        engine.dispose()


def check_url_given(url: str) -> None:
    """:class:`ConfigError` for an empty store URL (an unset shell variable in ``--db``)."""
    if not url or not url.strip():
        raise ConfigError("the store URL is empty (set --db or NEWSPROV_DB)")


def normalise_url(url: str) -> str:
    """A SQLAlchemy URL for a SQLite path, ``sqlite:///path`` or ``postgresql://...``; a URL
    that cannot be parsed, or a SQLite URL without a file, is a :class:`ConfigError`."""
    check_url_given(url)
    if url.startswith(("postgresql://", "postgres://")):
        rest = url.split("://", 1)[1]
        sa_url = "postgresql+psycopg://" + rest
    elif url.startswith("postgresql+"):
        if not url.startswith("postgresql+psycopg://"):
            raise ConfigError(f"{safe_url(url)}: only the psycopg (version 3) driver is supported")
        sa_url = url
    elif url.startswith("sqlite:"):
        sa_url = url
    elif "://" in url:
        raise ConfigError(
            f"{safe_url(url)}: not a store URL "
            "(use a SQLite file path, sqlite:///PATH or postgresql://...)"
        )
    else:
        return "sqlite:///" + str(Path(url).expanduser())
    try:
        parsed = make_url(sa_url)
    except ArgumentError:
        raise ConfigError(
            f"{safe_url(url)}: not a valid store URL "
            "(use a SQLite file path, sqlite:///PATH or postgresql://user@host/db)"
        ) from None
    except ValueError:
        raise ConfigError(
            f"{safe_url(url)}: not a valid store URL (its host or port cannot be read)"
        ) from None
    if parsed.get_backend_name() == "sqlite" and parsed.database in (None, "", ":memory:"):
        raise ConfigError(
            f"{url}: names no file; a store is a SQLite file (sqlite:///PATH or a plain path; "
            "in-memory stores are not supported)"
        )
    return sa_url


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite store URL (after :func:`normalise_url`), else ``None``."""
    sa_url = normalise_url(url)
    if not sa_url.startswith("sqlite"):
        return None
    database = make_url(sa_url).database
    return Path(database) if database else None


@contextmanager
def open_lock(url: str) -> Iterator[None]:
    """Hold an exclusive lock while a SQLite store is checked, created and migrated, so that
    two processes opening one new store do not both create its tables (the second failed with
    "table articles already exists") and a store half made by one is not taken by the other for
    "a SQLite database of something else". The lock is a ``flock`` on the store's folder, held
    only while the store opens: never on the database file itself, whose closing would drop
    the POSIX locks SQLite holds on it in this process. PostgreSQL: :func:`migrate` locks."""
    path = sqlite_path(url)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        fcntl = None  # type: ignore[assignment]
    if path is None or fcntl is None:
        yield
        return
    try:
        fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        yield  # a missing or unreadable folder: make_engine says so
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:
            pass  # a file system without flock: open as before
        yield
    finally:
        os.close(fd)  # releases the lock


def check_sqlite_file(url: str, create: bool) -> bool:
    """Refuse, without touching it, a file that is not a newsprov store: any file that is not a
    SQLite database, a SQLite database of something else, and (unless ``create``) a missing or
    empty file or an empty database. With ``create`` a missing or empty file becomes a store.
    True when the store is still to be made (a missing or empty file, an empty database)."""
    path = sqlite_path(url)
    if path is None:
        return False
    hint = f"run `newsprov ingest PATH --db {path}` first"
    try:
        exists, is_file = path.exists(), path.is_file()
    except OSError as e:  # its status refused (a folder in /proc): was an internal error
        raise StoreError(f"{path}: cannot read it ({e.strerror or e})") from None
    if not exists:
        if create:
            return True
        raise StoreError(f"{path}: no store here ({hint})")
    if not is_file:
        raise StoreError(f"{path}: not a file, so not a newsprov store")
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError as e:
        raise StoreError(f"{path}: cannot read it ({e.strerror or e})") from None
    if not head:
        if create:
            return True
        raise StoreError(f"{path}: an empty file, not a newsprov store ({hint}); left untouched")
    if head != SQLITE_MAGIC:
        raise StoreError(
            f"{path}: not a newsprov store (not a SQLite database at all); left untouched"
        )
    tables = _sqlite_tables(path)
    if "alembic_version" in tables:
        return False
    if not tables:
        if create:
            return True
        raise StoreError(
            f"{path}: an empty SQLite database, not a newsprov store ({hint}); left untouched"
        )
    shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
    raise StoreError(
        f"{path}: a SQLite database of something else (tables {shown}), not a newsprov store; "
        "left untouched"
    )


def _sqlite_tables(path: Path) -> set[str]:
    """The table names of a SQLite file, read through a read-only connection."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as e:
        denied = read_only_folder(path) if "unable to open" in str(e) else None
        raise StoreError(denied or f"{path}: cannot read it as a SQLite database ({e})") from None
    return {str(r[0]) for r in rows}


def read_only_folder(path: Path) -> str | None:
    """Why SQLite cannot open the store ``path`` when its folder takes no new files, else
    ``None``. A store in WAL mode keeps ``-wal`` and ``-shm`` files beside it, made on open even
    to read, so a store in a read-only folder (a read-only mount, another user's folder) cannot
    be opened; SQLite's own "unable to open database file" was shown as if the file were not a
    database."""
    folder = path.parent
    if not folder.is_dir() or os.access(folder, os.W_OK):
        return None
    return (
        f"{path}: cannot open the store: its folder {folder} is read-only, and SQLite keeps its "
        "write-ahead log (-wal, -shm files) beside the store, even to read it; copy the store "
        "to a folder you can write to"
    )


def make_engine(url: str) -> Engine:
    sa_url = normalise_url(url)
    try:
        if sa_url.startswith("sqlite"):
            path = sqlite_path(sa_url)
            if path is not None and not path.parent.is_dir():
                raise StoreError(f"{url}: folder {path.parent} does not exist")
            # Readers come from a small pool; the Store writes through one connection of its own.
            engine = create_engine(
                sa_url,
                pool_size=4,
                max_overflow=4,
                connect_args={"check_same_thread": False, "timeout": 30},
            )
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        return create_engine(sa_url, pool_size=2, max_overflow=2, pool_pre_ping=True)
    except SQLAlchemyError as e:
        raise StoreError(
            f"{safe_url(url)}: cannot open the store ({e.__class__.__name__}: {e})"
        ) from None
    except ImportError as e:
        raise StoreError(f"{safe_url(url)}: the database driver is missing ({e})") from None


def _sqlite_pragmas(dbapi_conn: object, _record: object) -> None:
    cur = dbapi_conn.cursor()  # type: ignore[attr-defined]
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA cache_size=-65536")
    cur.close()


#: The newest Alembic revision in ``newsprov/store/migrations/versions`` (a test checks it
#: against Alembic's own head). A store already at it opens without importing Alembic, which
#: saves about 0.3 s of every CLI query.
HEAD = "0005"

#: PostgreSQL advisory lock keys (any constant 64-bit numbers, the same in every process): one
#: migration at a time, and one writing transaction at a time (``writer.claim``).
MIGRATE_LOCK = 0x6E657773_0001
WRITE_LOCK = 0x6E657773_0002


def migrate(engine: Engine) -> None:
    """Bring the database to the newest schema (Alembic ``upgrade head``; nothing to do, and
    Alembic not even imported, when the store is at :data:`HEAD` already)."""
    if current_revision(engine) == HEAD:
        return
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "newsprov.store:migrations")
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # one migrator at a time (SQLite: the file lock of open_lock); a process that waited
            # finds the store migrated and has nothing left to do
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATE_LOCK})")
            if _revision(conn) == HEAD:
                return
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return _revision(conn)


def _revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return str(row[0]) if row else None

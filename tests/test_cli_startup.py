"""The CLI starts without spaCy: only `analyze`, `ingest` and friends need the model.

Importing spaCy costs about half a second, which every `newsprov --help` and every store query
used to pay because the corpus stage took spaCy's stop-word list from `spacy.lang.en`. The list
now ships as data (`newsprov/data/stopwords_en.txt`). Each case runs in a fresh interpreter,
so modules imported by other tests cannot hide an import.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsprov.store import open_store
from tests.store_fixtures import three_outlets

PROBE = """
import contextlib, io, json, sys
from newsprov.cli import build_parser, main
build_parser()
argv = json.loads(sys.argv[1])
out = io.StringIO()
code = None
if argv:
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(argv)
print(json.dumps({"code": code, "spacy": "spacy" in sys.modules,
                  "thinc": "thinc" in sys.modules,
                  "alembic": "alembic" in sys.modules, "out": out.getvalue()}))
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("startup") / "s.db")
    with open_store(path) as st:
        st.add_records(three_outlets())
    return path


def _probe(argv: list[str]) -> dict[str, object]:
    res = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(argv)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(res.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    "argv",
    [
        [],  # importing the CLI and building every sub-command's parser (`newsprov --help`)
        ["stories", "--format", "json"],
        ["sources", "--format", "csv"],
        ["source", "Pompeo", "--format", "json"],
        ["quotes", "tolerate", "--format", "json"],
        ["relays", "--format", "table"],
        ["search", "Pompeo"],
        ["overview"],
    ],
)
def test_cli_and_store_queries_do_not_import_spacy(argv: list[str], db: str) -> None:
    got = _probe(argv + ["--db", db] if argv else [])
    assert got["spacy"] is False and got["thinc"] is False, argv
    if argv:
        assert got["code"] == 0, (argv, got)
        assert got["out"], argv
        # a store already at the newest revision opens without importing Alembic
        assert got["alembic"] is False, argv


def test_head_is_alembics_head_and_a_fresh_store_reaches_it(tmp_path: Path) -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from newsprov.store.engine import HEAD, current_revision, make_engine, migrate

    cfg = Config()
    cfg.set_main_option("script_location", "newsprov.store:migrations")
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD
    engine = make_engine(str(tmp_path / "fresh.db"))
    try:
        assert current_revision(engine) is None  # negative case: nothing there yet
        migrate(engine)
        assert current_revision(engine) == HEAD
        migrate(engine)  # the fast path: a no-op
        assert current_revision(engine) == HEAD
    finally:
        engine.dispose()


def test_the_analysis_package_alone_does_not_import_spacy() -> None:
    # the outlet registry the store's queries use lives in it
    probe = "import sys, newsprov.analysis.outlets; print('spacy' in sys.modules)"
    res = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert res.stdout.strip() == "False"


def test_the_probe_sees_spacy_when_it_is_imported() -> None:
    # negative case: the probe itself would notice spaCy (the analyser's import loads it)
    probe = "import sys; from newsprov.analysis import Analyzer; print('spacy' in sys.modules)"
    res = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert res.stdout.strip() == "True"


def test_stop_words_file_matches_spacy_and_names_its_origin() -> None:
    from newsprov.corpus.text import STOP, _stop_words

    path = Path(__file__).parents[1] / "src" / "newsprov" / "data" / "stopwords_en.txt"
    head = path.read_text(encoding="utf-8")[:2000]
    assert "spaCy" in head and "MIT" in head and "ExplosionAI" in head
    words = _stop_words()
    assert len(words) > 300 and {"the", "whereas", "n't", "’ll"} <= words
    assert words <= STOP and {"said", "reported"} <= STOP
    for w in ("earthquake", "pompeo", "chargers"):  # negative cases
        assert w not in STOP
    spacy_words = pytest.importorskip("spacy.lang.en.stop_words").STOP_WORDS
    assert words == frozenset(w.lower() for w in spacy_words)


@pytest.mark.parametrize(
    ("argv", "raised", "code", "line"),
    [
        # a path the system refuses even to root (a link into /proc): exit 70 "internal error"
        (["load", "{d}/refused"], None, 2, "newsprov: error: {d}/refused: cannot be used "
         "(Permission denied)"),
        (["eval", "polnear", "{d}/refused"], None, 2, "{d}/refused/text: cannot be used"),
        # a refusal that names no path stays an internal error: nothing to name to the user
        (["load", "{d}/out"], PermissionError(13, "Permission denied"), 70,
         "newsprov: internal error: PermissionError"),
        (["load", "{d}/out"], OSError(5, "Input/output error", "x"), 70,
         "newsprov: internal error: OSError"),
    ],
)  # fmt: skip
def test_a_refused_path_is_named_not_an_internal_error(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    raised: OSError | None,
    code: int,
    line: str,
) -> None:
    import newsprov.cli.batch as batch_cli
    from newsprov.cli import main

    monkeypatch.delenv("NEWSPROV_DEBUG", raising=False)
    real_stat = Path.stat

    def stat(self: Path, *, follow_symlinks: bool = True) -> Any:
        if "refused" in self.parts:
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, follow_symlinks=follow_symlinks)

    def fail(args: Any) -> int:
        assert raised is not None
        raise raised

    monkeypatch.setattr(Path, "stat", stat)
    if raised is not None:
        monkeypatch.setattr(batch_cli, "run_load", fail)
    got = main([a.format(d=tmp_path) for a in argv])
    err = capsys.readouterr().err
    assert got == code
    assert line.format(d=tmp_path) in err and err.count("\n") == 1 and "Traceback" not in err

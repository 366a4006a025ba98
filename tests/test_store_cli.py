"""The store's command line: ingest, the queries in table/json/csv, export, errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

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
        (["sources", "--limit", "-1"], 2, "must not be negative"),
        (["stories", "--since", "yesterday"], 2, "--since: 'yesterday' is not a date"),
        (["stories", "--since", "2020-13-45"], 2, "--since: '2020-13-45' is not a calendar date"),
        (["stories", "--until", "2021-02-29"], 2, "--until: '2021-02-29' is not a calendar"),
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
    assert code == 0 and "exported 2 record(s)" in err
    code, _, err = run(capsys, "export", "--db", filled, "--parquet", str(tmp_path / "pq"))
    assert code == 0 and (tmp_path / "pq" / "articles.parquet").exists()


def test_overview_text(filled: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "overview", "--db", filled)
    assert code == 0
    assert out.startswith("2 article(s) from 2 outlet(s), 2020-03-01 to 2020-03-02")
    assert "Mike Pompeo (person): 2 article(s), 2 attribution(s)" in out
    assert "Reuters: relayed by 1 article(s)" in out
    assert "1 quote cluster(s), 1 quoted in more than one article" in out


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
    assert "1 quote cluster(s), 0 quoted in more than one article" in out
    qid = json.loads(run(capsys, "quotes", "--db", store_url, "--format", "json")[1])[0]["id"]
    code, out, _ = run(capsys, "quote", qid, "--db", store_url)
    rows = [line for line in out.splitlines() if "d-1" in line and "first:" not in line]
    assert code == 0 and len(rows) == 1 and "a1;a2" in rows[0] and "in 1 article(s)" in out


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
    assert f"{story['id']}: (untitled) plain-1 (1 article(s): outlet unknown)" in outs["overview"]
    assert f"{story['id']}: (untitled) plain-1  (outlet unknown)" in outs["story"]
    assert "first: outlet unknown, date unknown (plain-1)" in outs["quote"]


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["demo"], ["newsprov.db", "NEWSPROV_DB", "Ctrl-C", "NEWSPROV_DEMO_NO_SERVE"]),
        (["export"], ["JSON Lines", "Parquet", "Exactly one"]),
        (["load"], ["newsprov batch", "NEWSPROV_DB"]),
        (["stories"], ["--since DATE", "YYYY-MM-DD", "--outlet OUTLET", "NYT"]),
        (["quotes"], ["TEXT", "only quotes containing", "--outlet OUTLET", "NYT"]),
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

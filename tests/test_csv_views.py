"""CSV views: a header row, rows as wide as it, and no text cell a spreadsheet would run as a
formula (OWASP's leading ``'``); numbers stay numbers. Content is invented."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from newsprov.cli import main
from newsprov.csvout import FORMULA_START, csv_cell, write_csv
from newsprov.store import open_store
from tests.conftest import checked
from tests.store_fixtures import make_record


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+31 20 555 0100", "'+31 20 555 0100"),
        ("-Harbour Times", "'-Harbour Times"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\tindented", "'\tindented"),
        ("\rreturn", "'\rreturn"),
        ("-3", "'-3"),  # text, even when it reads as a number
        # negative cases: numbers, and text that does not start like a formula
        (-3, -3),
        (-2.5, -2.5),
        (0, 0),
        (True, "True"),
        (None, ""),
        ("a=b", "a=b"),
        (" =1", " =1"),
        ("'=1", "'=1"),
        ("Harbour Times", "Harbour Times"),
        ("", ""),
    ],
)
def test_csv_cell(value: str | int | float | None, written: str | int | float) -> None:
    assert csv_cell(value) == written
    assert type(csv_cell(value)) is type(written)


def test_write_csv_header_and_widths() -> None:
    out = io.StringIO()
    write_csv(out, ["name", "count"], [["=x", -4], ["y", 2.5]])
    assert list(csv.reader(io.StringIO(out.getvalue()))) == [
        ["name", "count"],
        ["'=x", "-4"],
        ["y", "2.5"],
    ]
    out = io.StringIO()
    write_csv(out, ["name", "count"], [])
    assert out.getvalue().splitlines() == ["name,count"]  # no rows: the header still
    with pytest.raises(ValueError, match="a CSV row of 1 cells under 2 columns"):
        write_csv(io.StringIO(), ["name", "count"], [["x"]])


QUOTE = '"=HYPERLINK(1) is what the harbour board will pay for the ferry."'


@pytest.fixture
def hostile(tmp_path: Path) -> str:
    """A store whose content starts like formulas: ids, names, outlets, titles, a quote."""
    db = str(tmp_path / "hostile.db")
    parts = [("@Ann Lee", "person", "said", QUOTE)]
    with open_store(db) as st:
        st.add_records(
            [
                checked(make_record("=id-1", parts, outlet="-Harbour Times", title="+Ferry fees",
                                    published="2021-05-01", relay="Reuters")),
                checked(make_record("id-2", parts, outlet="Coast Daily", title="+Ferry fees",
                                    published="2021-05-02")),
            ]
        )  # fmt: skip
    return db


def _views(db: str, capsys: pytest.CaptureFixture[str]) -> dict[str, list[str]]:
    """Each CSV view's command line, by name."""

    def one(*argv: str) -> list[dict[str, object]]:
        assert main([*argv, "--db", db, "--format", "json"]) == 0
        return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]

    quote = one("quotes")[0]["id"]
    story = one("stories")[0]["id"]
    return {
        "sources": ["sources"],
        "source": ["source", "@Ann Lee"],
        "quotes": ["quotes"],
        "quote": ["quote", str(quote)],
        "stories": ["stories"],
        "story": ["story", str(story)],
        "relays": ["relays"],
        "search": ["search", "harbour"],
        "overview": ["overview"],
    }


HEADERS = {
    "sources": ["id", "name", "kind", "articles", "attributions"],
    "source": ["published", "outlet", "article", "form", "cue", "content", "chain"],
    "quotes": ["id", "appearances", "speaker", "first_publisher", "outlets", "text"],
    "quote": ["published", "outlet", "article", "attributions", "text"],
    "stories": ["id", "first_published", "last_published", "outlets", "articles", "title"],
    "story": ["published", "outlet", "article", "title"],
    "relays": ["from_article", "from_outlet", "to_outlet", "to_article", "attributions",
               "aligned"],
    "search": ["id", "published", "outlet", "title", "snippet"],
    "overview": ["articles", "first_published", "last_published", "sources", "attributions",
                 "stories", "cross_outlet_stories", "quotes", "repeated_quotes", "relays",
                 "linked_relays"],
}  # fmt: skip

#: A cell each view must show escaped (the stored text, a leading "'" before it).
ESCAPED = {
    "sources": "'@Ann Lee",
    "source": "'-Harbour Times",
    "quotes": "'=HYPERLINK(1) is what the harbour board will pay for the ferry.",
    "quote": "'=id-1",
    "stories": "'+Ferry fees",
    "story": "'+Ferry fees",
    "relays": "'-Harbour Times",
    "search": "'+Ferry fees",
    "overview": None,  # counts and dates only
}


def test_every_csv_view_has_a_header_and_inert_cells(
    hostile: str, capsys: pytest.CaptureFixture[str]
) -> None:
    views = _views(hostile, capsys)
    assert set(views) == set(HEADERS)
    for name, argv in views.items():
        assert main([*argv, "--db", hostile, "--format", "csv"]) == 0, name
        rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
        assert rows[0] == HEADERS[name], name
        assert len(rows) >= 2 and all(len(r) == len(rows[0]) for r in rows), name
        cells = [c for r in rows[1:] for c in r]
        assert not [c for c in cells if c.startswith(FORMULA_START)], (name, cells)
        if ESCAPED[name] is not None:
            assert ESCAPED[name] in cells, (name, cells)
    # the numbers stay numbers, and JSON keeps the content exactly
    assert main(["sources", "--db", hostile, "--format", "csv"]) == 0
    rows = {r["name"]: r for r in csv.DictReader(io.StringIO(capsys.readouterr().out))}
    assert rows["'@Ann Lee"]["attributions"] == "2"
    assert rows["'@Ann Lee"]["articles"] == "'=id-1;id-2"
    assert main(["sources", "--db", hostile, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["name"] == "@Ann Lee"

"""A period that ends before it begins (``--since 2020 --until 2019``) is refused naming both
filters, in the store, the CLI and the HTTP API; it answered nothing, as if no article matched.
``until`` covers its whole year, month or day."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from newsprov.analysis import Analyzer
from newsprov.cli import main
from newsprov.errors import InputError
from newsprov.store.filters import period_filter
from tests.test_api_support import build_store, make_app


@pytest.mark.parametrize(
    ("since", "until"),
    [
        ("2020", "2020"),
        ("2020-05-10", "2020-05"),  # until May: through the 31st
        ("2020-12-31", "2020"),
        ("2020-02-29", "2020-02"),
        ("2019", None),
        (None, "2019"),
        (None, None),
    ],
)
def test_a_period_is_taken(since: str | None, until: str | None) -> None:
    assert period_filter(since, until) == (since, until)


@pytest.mark.parametrize(
    ("since", "until", "taken"),
    [
        # a record keeps only a whole date: a time names its day, on either side
        ("2020-03-27T10:00", "2020-03-27", ("2020-03-27", "2020-03-27")),
        ("2020-03-27 23:59:59Z", None, ("2020-03-27", None)),
        (None, "2020-03-27T00:00+02:00", (None, "2020-03-27")),
        ("2020-03", "2020-03-27T10:00", ("2020-03", "2020-03-27")),
    ],
)
def test_a_time_names_its_day(
    since: str | None, until: str | None, taken: tuple[str | None, str | None]
) -> None:
    assert period_filter(since, until) == taken


@pytest.mark.parametrize(
    ("since", "until", "message"),
    [
        ("2020", "2019", "until: '2019' ends before since '2020' begins: no date can match"),
        ("2020-06", "2020-05", "'2020-05' ends before since '2020-06'"),
        ("2020-05-02", "2020-05-01", "'2020-05-01' ends before"),
        ("2021-01-01", "2020-12", "'2020-12' ends before"),
        ("2020-13", "2021", "'2020-13' is not a calendar date"),  # each is checked first
    ],
)
def test_a_period_ending_before_it_begins_is_refused(since: str, until: str, message: str) -> None:
    with pytest.raises(InputError) as err:
        period_filter(since, until)
    assert message in str(err.value)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_store(tmp_path_factory.mktemp("period") / "period.db")


@pytest.fixture(scope="module")
def client(analyzer: Analyzer, db: str) -> Iterator[TestClient]:
    with TestClient(make_app(analyzer, db)) as c:
        yield c


@pytest.mark.parametrize("path", ["/api/articles", "/api/stories", "/api/quotes"])
def test_the_api_refuses_a_reversed_period(client: TestClient, path: str) -> None:
    resp = client.get(path, params={"since": "2020-04", "until": "2020-03"})
    assert resp.status_code == 422, resp.text
    assert resp.json() == {
        "error": "until: '2020-03' ends before since '2020-04' begins: no date can match"
    }
    ok = client.get(path, params={"since": "2020-03-28", "until": "2020-03"})
    assert ok.status_code == 200 and ok.json()["items"]


@pytest.mark.parametrize("path", ["/api/articles", "/api/stories", "/api/quotes"])
def test_a_time_in_a_filter_keeps_the_articles_of_its_day(client: TestClient, path: str) -> None:
    # compared as text, "2020-03-28T09:00" came after "2020-03-28" and left that day out
    day = client.get(path, params={"since": "2020-03-28"}).json()["items"]
    timed = client.get(path, params={"since": "2020-03-28T09:00"}).json()["items"]
    assert day and timed == day
    until = client.get(path, params={"until": "2020-03-28T09:00"}).json()["items"]
    assert until == client.get(path, params={"until": "2020-03-28"}).json()["items"]


@pytest.mark.parametrize("command", ["stories", "quotes"])
def test_the_cli_refuses_a_reversed_period(
    db: str, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    code = main([command, "--db", db, "--since", "2020", "--until", "2019"])
    assert code == 2
    err = capsys.readouterr().err
    assert "--until: '2019' ends before --since '2020' begins" in err
    assert main([command, "--db", db, "--since", "2020-03", "--until", "2020-03"]) == 0

"""A list page's filter form with a value it cannot read: the list page itself answers (422),
with the form as it was typed and the reason next to the field, where a separate error page
lost the form and every other filter. The API keeps its JSON errors."""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from newsprov.analysis import Analyzer
from newsprov.record import SOURCE_KINDS
from tests.test_api_support import build_store, error_of, make_app

HTML = {"accept": "text/html"}
LONG = "x" * 501
DATE_WORDS = "is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"
OUTLET_WORDS = "unknown outlet 'Timez'"
OFFSET_WORDS = "is not a page offset: use a whole number of items to skip"


@pytest.fixture(scope="module")
def client(analyzer: Analyzer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = build_store(tmp_path_factory.mktemp("forms") / "forms.db")
    with TestClient(make_app(analyzer, url)) as c:
        yield c


class Form(HTMLParser):
    """The filter form's fields (name -> attributes, the selected option of a select), the
    text of each field's error message and of the note after the form, the page title."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.fields: dict[str, dict[str, str | None]] = {}
        self.selected: dict[str, str] = {}
        self.messages: dict[str, str] = {}
        self.note = ""
        self.title = ""
        self.error_page = False
        self._in: str | None = None
        self._select: str | None = None
        self._option = False
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if "error-page" in classes:
            self.error_page = True
        if tag in ("input", "select") and a.get("name") and "filters" in self._form_classes:
            self.fields[str(a["name"])] = a
            if tag == "select":
                self._select = str(a["name"])
        elif tag == "form":
            self._form_classes = classes
        elif tag == "option" and self._select and "selected" in a:
            self._option = True
        elif tag == "span" and "field-error" in classes:
            self._in = "field:" + str(a.get("id", "")).removeprefix("error-")
        elif tag == "div" and "form-errors" in classes:
            self._in, self._depth = "note", 1
        elif tag == "div" and self._in == "note":
            self._depth += 1
        elif tag == "title":
            self._in = "title"

    _form_classes: list[str] = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None
        elif tag == "option":
            self._option = False
        elif tag == "form":
            self._form_classes = []
        elif tag == "span" and self._in and self._in.startswith("field:"):
            self._in = None
        elif tag == "title" and self._in == "title":
            self._in = None
        elif tag == "div" and self._in == "note":
            self._depth -= 1
            if not self._depth:
                self._in = None

    def handle_data(self, data: str) -> None:
        if self._option and self._select:
            self.selected[self._select] = data
        if self._in == "title":
            self.title += data
        elif self._in == "note":
            self.note += data
        elif self._in and self._in.startswith("field:"):
            name = self._in.split(":", 1)[1]
            self.messages[name] = self.messages.get(name, "") + data


def form_of(client: TestClient, path: str, status: int) -> tuple[Form, str]:
    resp = client.get(path, headers=HTML)
    assert resp.status_code == status, resp.text[:400]
    assert resp.headers["content-type"].startswith("text/html")
    f = Form()
    f.feed(resp.text)
    return f, resp.text


#: (path, the field at fault, words of its message, fields kept as typed, page title).
BAD = [
    ("/?since=never&outlet=Daily", "since", DATE_WORDS, {"outlet": "Daily"}, "Articles"),
    ("/?until=2020-02-31", "until", "is not a calendar date", {}, "Articles"),
    ("/?since=2021&until=2020", "until", "'2020' ends before since '2021' begins", {}, "Articles"),
    ("/?outlet=Timez&since=2020", "outlet", OUTLET_WORDS, {"since": "2020"}, "Articles"),
    ("/?source_kind=bogus", "source_kind", "'bogus' is not a source kind", {}, "Articles"),
    (
        "/sources?kind=bogus&q=White",
        "kind",
        "'bogus' is not a source kind",
        {"q": "White"},
        "Sources",
    ),
    ("/sources?outlet=Timez&kind=person", "outlet", OUTLET_WORDS, {"kind": "person"}, "Sources"),
    ("/sources?q=" + "y" * 201, "q", "at most 200 characters", {}, "Sources"),
    ("/sources?q=a%00b", "q", "has a NUL character (U+0000)", {}, "Sources"),
    ("/stories?since=x&outlet=Daily", "since", DATE_WORDS, {"outlet": "Daily"}, "Stories"),
    ("/stories?until=2020-13", "until", "'2020-13' is not a calendar date", {}, "Stories"),
    ("/stories?outlet=Timez&until=2021", "outlet", OUTLET_WORDS, {"until": "2021"}, "Stories"),
    ("/quotes?text=" + LONG, "text", "at most 500 characters", {}, "Quotes"),
    ("/quotes?outlet=Timez&text=bloody", "outlet", OUTLET_WORDS, {"text": "bloody"}, "Quotes"),
    ("/quotes?text=%00", "text", "has a NUL character (U+0000)", {}, "Quotes"),
    ("/quotes?since=never&text=bloody", "since", DATE_WORDS, {"text": "bloody"}, "Quotes"),
    ("/quotes?until=2020-02-30", "until", "'2020-02-30' is not a calendar date", {}, "Quotes"),
    (
        "/quotes?since=2021&until=2020",
        "until",
        "'2020' ends before since '2021' begins",
        {},
        "Quotes",
    ),
    ("/quotes?outlet=Timez&since=2020", "outlet", OUTLET_WORDS, {"since": "2020"}, "Quotes"),
    ("/search?q=" + LONG, "q", "at most 500 characters", {}, "Search"),
]


@pytest.mark.parametrize(("path", "field", "words", "kept", "title"), BAD)
def test_a_bad_filter_is_shown_on_its_list_page(
    client: TestClient, path: str, field: str, words: str, kept: dict[str, str], title: str
) -> None:
    f, html = form_of(client, path, 422)
    assert not f.error_page and f.title.startswith(title), f.title
    assert field in f.fields, f.fields
    assert f.fields[field].get("aria-invalid") == "true"
    assert f.fields[field].get("aria-describedby") == f"error-{field}"
    assert words in f.messages.get(field, ""), f.messages
    assert "could not be read (marked above)" in f.note
    for name, value in kept.items():  # the other filters as the user typed them
        shown = f.selected.get(name) if name in f.selected else f.fields[name].get("value")
        assert shown == value, (name, f.fields[name])
        assert not f.fields[name].get("aria-invalid")
    assert "\x00" not in html and "Traceback" not in html


@pytest.mark.parametrize(
    ("path", "present", "absent"),
    [
        # the filters that can be read still apply: Daily's article, not Wire's
        ("/?since=never&outlet=Daily", "/articles/daily-1", "/articles/wire-1"),
        ("/?outlet=Timez&since=2020-03-29", "/articles/post-1", "/articles/wire-1"),
        ("/quotes?outlet=Timez&text=bloody", "bloody", "not tolerate"),
        # a quote first published on 2020-03-28 (bloody), not the one of 03-27 (not tolerate)
        ("/quotes?since=2020-03-28&until=never", "bloody", "not tolerate"),
        # the bad one is left out of the pager's and the list's links
        ("/sources?kind=bogus&offset=1", '<a href="/sources">← previous</a>', "kind=bogus"),
    ],
)
def test_the_list_keeps_the_filters_that_can_be_read(
    client: TestClient, path: str, present: str, absent: str
) -> None:
    _, html = form_of(client, path, 422)
    assert present in html and absent not in html


@pytest.mark.parametrize(
    "path",
    [
        "/?offset=abc",
        "/?offset=-1&outlet=Daily",
        "/?offset=99999999999999999999999",  # was a 500 (OverflowError) once
        "/sources?offset=10000001",
        "/stories?offset=1.5",
        "/quotes?offset=abc&text=the",
        "/search?q=plan&offset=99999999999999999999999",
    ],
)
def test_a_bad_page_offset_shows_the_first_page(client: TestClient, path: str) -> None:
    f, html = form_of(client, path, 422)
    assert not f.error_page
    assert OFFSET_WORDS in f.note and "the first page is shown" in f.note, f.note
    assert not f.messages and not any(a.get("aria-invalid") for a in f.fields.values())
    assert "← previous" not in html


@pytest.mark.parametrize(
    "path",
    [
        "/?since=2020&until=2020-03&outlet=Daily&source_kind=person",
        "/sources?kind=person&q=White&outlet=Daily",
        "/stories?since=2020-03-01&until=2020-03-31",
        "/quotes?text=bloody&outlet=Post",
        "/quotes?since=2020-03-28&until=2020-03&text=bloody",
        "/search?q=bloody&offset=0",
        # negative: a parameter a page does not take is ignored, not an error
        "/quotes?kind=notakind",
        "/stories?kind=notakind",
        "/?kind=bogus",
    ],
)
def test_good_filters_answer_200_without_error_marks(client: TestClient, path: str) -> None:
    f, html = form_of(client, path, 200)
    assert not f.messages and not f.note and 'aria-invalid="true"' not in html


@pytest.mark.parametrize("kind", SOURCE_KINDS)
def test_every_kind_is_a_good_filter(client: TestClient, kind: str) -> None:
    f, _ = form_of(client, f"/sources?kind={kind}", 200)
    assert f.selected.get("kind") == kind and not f.messages


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/api/articles?since=never", "since: 'never' is not a date"),
        ("/api/articles?offset=abc", "offset"),
        ("/api/sources?kind=bogus", "kind"),
        ("/api/stories?until=x", "until: 'x' is not a date"),
        ("/api/quotes?outlet=Timez", "outlet: unknown outlet 'Timez'"),
        ("/api/quotes?since=never", "since: 'never' is not a date"),
        ("/api/quotes?until=2020-02-30", "until: '2020-02-30' is not a calendar date"),
        ("/api/quotes?since=2021&until=2020", "until: '2020' ends before since '2021' begins"),
        ("/api/search?q=plan&offset=-1", "offset"),
    ],
)
def test_the_api_keeps_its_json_errors(client: TestClient, path: str, words: str) -> None:
    assert words in error_of(client.get(path), 422)


@pytest.mark.parametrize(
    ("size", "status", "said"),
    [
        # Starlette's 1 MiB cap on a form field: a 400 "Field exceeded maximum size of 1024KB."
        # for a paste the API takes; now the paste is read (and here refused for its NUL)
        (1_500_000, 422, "pasted article: text has a NUL character (U+0000) at character"),
        (200, 422, "pasted article: text has a NUL character (U+0000) at character"),
        (6_000_000, 413, "request body is over the"),  # the body limit still holds
    ],
)
def test_a_long_paste_is_read_as_the_api_reads_one(
    client: TestClient, size: int, status: int, said: str
) -> None:
    content = "The mayor said so. " * (size // 19) + "\x00"
    resp = client.post(
        "/analyze", data={"content": content[-size - 1 :], "format": "text"}, headers=HTML
    )
    assert resp.status_code == status, resp.text[:300]
    assert said in resp.text and "1024KB" not in resp.text

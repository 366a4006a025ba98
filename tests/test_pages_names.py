"""How the pages name articles and mark their text's language: an untitled article is named
by the id a person chose (a file name) or else by its first words, marked as no title, the
same way on every page (one helper, :func:`newsprov.serve.view.article_name`); every piece of
article text (titles, quotes, statements, snippets) carries the article's ``lang`` and
``dir="auto"``."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from newsprov.analysis import Analyzer
from newsprov.record import Record
from newsprov.serve.view import ArticleName, article_name
from newsprov.store import open_store
from tests.conftest import checked
from tests.store_fixtures import make_record
from tests.test_api_support import make_app

HTML = {"accept": "text/html"}
FILE_ID = "almasdar-2020-03-harbour-bridge"
HASH_ID = "sha256:0123456789abcdef"
ARABIC_TITLE = "عنوان عربي عن الميناء"
ARABIC_QUOTE = '"الوضع في الميناء هادئ تماما."'
OPENING = "Dana Whitfield said that the lantern harbour bridge…"
UNTITLED_ID = (
    f'class="untitled"><span class="rid">{FILE_ID}</span> <span class="no-title">(no title)</span>'
)
UNTITLED_TEXT = (
    f'class="untitled"><span dir="auto" lang="">{OPENING}</span> '
    '<span class="no-title">(no title)</span>'
)


def _record(
    rid: str, parts: list[tuple[str, str, str, str]], title: str | None, language: str | None
) -> Record:
    rec = make_record(rid, parts, outlet="Wire", published="2020-03-01", title=title or "x")
    rec.document.title = title
    rec.document.language = language
    return checked(rec)


@pytest.fixture(scope="module")
def client(analyzer: Analyzer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    records = [
        _record(
            "arabic-1",
            [("Samir Haddad", "person", "said", ARABIC_QUOTE)],
            ARABIC_TITLE,
            "ar",
        ),
        _record(
            FILE_ID,
            [("Port officials", "group", "said", "the quarry meadow harbour will reopen soon")],
            None,
            "en",
        ),
        _record(
            HASH_ID,
            [
                (
                    "Dana Whitfield",
                    "person",
                    "said",
                    "the lantern harbour bridge will reopen in June after repairs",
                )
            ],
            None,
            None,
        ),
    ]
    url = str(tmp_path_factory.mktemp("names") / "names.db")
    with open_store(url) as st:
        assert st.add_records(records).failed == 0
    with TestClient(make_app(analyzer, url)) as c:
        yield c


def page(client: TestClient, path: str) -> str:
    resp = client.get(path, headers=HTML)
    assert resp.status_code == 200, resp.text[:400]
    return resp.text


def main(html: str) -> str:
    return html[html.index("<main") : html.index("</main>")]


@pytest.mark.parametrize(
    ("title", "rid", "opening", "language", "expected"),
    [
        ("A title", "x-1", "Some text", "en", ArticleName("A title", "title", "en")),
        ("  Spaced\n title ", "x-1", None, None, ArticleName("Spaced title", "title", "")),
        (None, FILE_ID, "Text here", "en", ArticleName(FILE_ID, "id", None)),
        ("   ", FILE_ID, None, None, ArticleName(FILE_ID, "id", None)),
        (None, HASH_ID, "one two three", "de", ArticleName("one two three", "opening", "de")),
        (
            None,
            HASH_ID,
            "one two three four five six seven eight nine ten",
            None,
            ArticleName("one two three four five six seven eight…", "opening", ""),
        ),
        # negative: nothing to show but the hash id itself
        (None, HASH_ID, "", None, ArticleName(HASH_ID, "id", None)),
        (None, HASH_ID, None, "en", ArticleName(HASH_ID, "id", None)),
    ],
)
def test_article_name(
    title: str | None,
    rid: str,
    opening: str | None,
    language: str | None,
    expected: ArticleName,
) -> None:
    name = article_name(title, rid, opening, language)
    assert name == expected
    assert str(name) == (name.text if name.kind == "title" else f"{name.text} (no title)")
    assert name.untitled is (name.kind != "title")


@pytest.mark.parametrize(
    ("path", "fragments"),
    [
        ("/", [UNTITLED_ID, UNTITLED_TEXT, f'dir="auto" lang="ar">{ARABIC_TITLE}</a>']),
        ("/stories", [UNTITLED_ID, UNTITLED_TEXT, f'dir="auto" lang="ar">{ARABIC_TITLE}</a>']),
        ("/search?q=harbour", [UNTITLED_ID, UNTITLED_TEXT]),
        ("/sources?q=Dana", ["Dana Whitfield"]),
        (f"/articles/{FILE_ID}", [f"<h1 {UNTITLED_ID}</h1>"]),
        ("/articles/" + HASH_ID.replace(":", "%3A"), [f"<h1 {UNTITLED_TEXT}</h1>"]),
        ("/articles/arabic-1", [f'<h1 dir="auto" lang="ar">{ARABIC_TITLE}</h1>']),
    ],
)
def test_an_untitled_article_is_named_by_its_id_or_its_first_words(
    client: TestClient, path: str, fragments: list[str]
) -> None:
    """It was "Untitled article" on its page, and its bare id in the lists."""
    html = main(page(client, path))
    for fragment in fragments:
        assert fragment in html, fragment
    assert "Untitled article" not in html
    # negative: the hash id names nothing: no link or heading reads it
    assert not re.search(rf"<(a|h1)\b[^>]*>(<span[^>]*>)?{HASH_ID}", html)


@pytest.mark.parametrize(
    ("path", "title"),
    [
        (f"/articles/{FILE_ID}", f"{FILE_ID} (no title) · newsprov"),
        ("/articles/" + HASH_ID, f"{OPENING} (no title) · newsprov"),
        ("/articles/arabic-1", f"{ARABIC_TITLE} · newsprov"),
    ],
)
def test_the_window_title_names_the_article_too(client: TestClient, path: str, title: str) -> None:
    assert f"<title>{title}</title>" in page(client, path)


def test_a_story_without_a_titled_article_is_named_after_its_article(client: TestClient) -> None:
    """A story whose articles have no title was shown as its bare id (``st6``)."""
    stories = client.get("/api/stories").json()["items"]
    by_article = {s["articles"][0]: s["id"] for s in stories}
    html = main(page(client, f"/stories/{by_article[FILE_ID]}"))
    assert f"<h1 {UNTITLED_ID}</h1>" in html
    html = main(page(client, f"/stories/{by_article['arabic-1']}"))
    assert f'<h1 dir="auto" lang="ar">{ARABIC_TITLE}</h1>' in html
    assert re.search(r"<h1[^>]*>st\d+</h1>", html) is None


def _blockquotes(html: str) -> list[str]:
    return re.findall(r"<blockquote ([^>]*)>", html)


@pytest.mark.parametrize(
    ("path", "lang"),
    [
        ("/articles/arabic-1", "ar"),
        (f"/articles/{FILE_ID}", "en"),
        ("/articles/" + HASH_ID, ""),
        ("/sources?q=Samir", None),  # the directory shows names only
    ],
)
def test_article_text_on_article_pages_carries_its_language(
    client: TestClient, path: str, lang: str | None
) -> None:
    html = main(page(client, path))
    quotes = _blockquotes(html)
    if lang is None:
        assert not quotes
        return
    assert quotes and all(f'lang="{lang}"' in q and 'dir="auto"' in q for q in quotes), quotes
    assert f'<article id="article-text" class="text" lang="{lang}">' in html
    assert f'<p class="att-text" dir="auto" lang="{lang}">' in html


@pytest.mark.parametrize(("speaker", "lang"), [("Samir Haddad", "ar"), ("Dana Whitfield", "")])
def test_quotes_and_statements_carry_their_articles_language(
    client: TestClient, speaker: str, lang: str
) -> None:
    """On the quotes list, a quote's page (its text, appearances and variants) and a source's
    page (its statements)."""
    quotes = client.get("/api/quotes").json()["items"]
    mine = [q for q in quotes if q["speaker"] == speaker]
    listing = main(page(client, "/quotes"))
    source_id = client.get("/api/sources", params={"q": speaker}).json()["items"][0]["id"]
    pages = [main(page(client, f"/sources/{source_id}"))]
    pages += [main(page(client, f"/quotes/{q['id']}")) for q in mine]
    for html in pages:
        found = _blockquotes(html)
        assert found and all(f'lang="{lang}"' in q and 'dir="auto"' in q for q in found), found
    if mine:  # Samir Haddad's words are quoted; Dana Whitfield's reported
        assert f'<span class="who" dir="auto" lang="{lang}">{speaker}</span>' in listing
    for q in mine:
        href = f'<a href="/quotes/{q["id"]}">'
        head = listing[: listing.index(href)].rsplit("<blockquote ", 1)[1]
        assert f'lang="{lang}"' in head and 'dir="auto"' in head, head


@pytest.mark.parametrize(("word", "lang"), [("الميناء", "ar"), ("lantern", ""), ("quarry", "en")])
def test_search_snippets_carry_their_articles_language(
    client: TestClient, word: str, lang: str
) -> None:
    html = main(page(client, f"/search?q={word}"))
    snippets = re.findall(r'<p dir="auto" lang="([^"]*)" class="snippet">', html)
    assert snippets == [lang], snippets


@pytest.mark.parametrize(
    ("path", "ids"),
    [
        (f"/articles/{FILE_ID}", 1),  # the heading is the id: the line under it does not repeat it
        ("/articles/arabic-1", 1),
        ("/articles/" + HASH_ID, 1),
    ],
)
def test_the_article_page_shows_its_id_once(client: TestClient, path: str, ids: int) -> None:
    html = main(page(client, path))
    rid = path.rsplit("/", 1)[1]
    assert len(re.findall(rf'<span class="rid">{re.escape(rid)}</span>', html)) == ids


@pytest.mark.parametrize(
    ("article", "label"),
    [
        (HASH_ID, f"{OPENING} (no title)"),
        (FILE_ID, f"{FILE_ID} (no title)"),
        ("arabic-1", ARABIC_TITLE),
    ],
)
def test_a_story_timeline_names_its_dots_as_its_list_does(
    client: TestClient, article: str, label: str
) -> None:
    """A dot's tooltip read the bare id (``sha256:...``) of an untitled article."""
    stories = client.get("/api/stories").json()["items"]
    sid = next(s["id"] for s in stories if article in s["articles"])
    svg = main(page(client, f"/stories/{sid}")).split('<svg class="timeline"')[1].split("</svg>")[0]
    tips = re.findall(r"<title>([^<]*)</title>", svg)
    assert tips == [f"2020-03-01: {label}"], tips

"""The pages as a reader meets them: every form control is labelled, every page has a title and
a language, a page past the end of a list leads back to one with items, a missing article,
source, story or quote is a 404 page that says where to look instead, and an empty list says
plainly why it is empty."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from newsprov.analysis import Analyzer
from tests.test_api_support import build_store, make_app

HTML = {"accept": "text/html"}
CONTROLS = ("input", "select", "textarea")


@pytest.fixture(scope="module")
def client(analyzer: Analyzer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = build_store(tmp_path_factory.mktemp("audit") / "audit.db")
    with TestClient(make_app(analyzer, url)) as c:
        yield c


def page(client: TestClient, path: str, status: int = 200) -> str:
    resp = client.get(path, headers=HTML)
    assert resp.status_code == status, resp.text[:500]
    assert resp.headers["content-type"].startswith("text/html")
    return resp.text


class Audit(HTMLParser):
    """The page's language, title, links, and form controls without a label (a ``<label>``
    around it or naming its id, or an ``aria-label``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang: str | None = None
        self.title = ""
        self.links: list[str] = []
        self.controls: list[dict[str, str | None]] = []
        self.label_for: set[str] = set()
        self._in_label = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "title" and not self.title:
            self._in_title = True
        elif tag == "a" and a.get("href"):
            self.links.append(str(a["href"]))
        elif tag == "label":
            self._in_label += 1
            if a.get("for"):
                self.label_for.add(str(a["for"]))
        elif tag in CONTROLS and a.get("type") not in ("hidden", "submit", "button"):
            self.controls.append({**a, "tag": tag, "labelled": "yes" if self._in_label else None})

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self._in_label = max(0, self._in_label - 1)
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data

    def unlabelled(self) -> list[dict[str, str | None]]:
        return [
            c
            for c in self.controls
            if not (c["labelled"] or c.get("aria-label") or c.get("id") in self.label_for)
        ]


def audit(html: str) -> Audit:
    a = Audit()
    a.feed(html)
    return a


PAGES = [
    "/",
    "/?outlet=Daily",
    "/analyze",
    "/sources",
    "/stories",
    "/quotes",
    "/search",
    "/search?q=bloody",
    "/articles/wire-1",
    "/articles/no-such-article",
    "/no/such/page",
]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_a_language_a_title_and_labelled_controls(
    client: TestClient, path: str
) -> None:
    status = 404 if "no" in path.split("/")[-1] or path.startswith("/no/") else 200
    a = audit(page(client, path, status))
    assert a.lang == "en"
    assert a.title.strip() and a.title.strip() != "newsprov", a.title
    assert a.controls, "every page has at least the search field"
    assert not a.unlabelled(), a.unlabelled()


@pytest.mark.parametrize(
    ("html", "unlabelled"),
    [
        ("<label>Name <input name=q></label>", 0),
        ('<label for="t">Text</label><textarea id="t"></textarea>', 0),
        ('<input name=q aria-label="Search">', 0),
        ('<input type="hidden" name="x"><button>Go</button>', 0),
        # negative: the checker sees a control without a label
        ('<textarea name="content" placeholder="Paste"></textarea>', 1),
        ('<label>Name</label><input name="q">', 1),
        ('<label for="other">Kind</label><select id="kind"></select>', 1),
    ],
)
def test_the_label_check_finds_unlabelled_controls(html: str, unlabelled: int) -> None:
    assert len(audit(html).unlabelled()) == unlabelled


def test_the_analyse_text_box_has_a_label(client: TestClient) -> None:
    """It had a placeholder only, which a screen reader does not announce as its name and
    which disappears as soon as anything is pasted."""
    (box,) = [c for c in audit(page(client, "/analyze")).controls if c["tag"] == "textarea"]
    assert box["labelled"]


@pytest.mark.parametrize(
    ("path", "first", "hint"),
    [
        ("/?offset=5000", "/", "No more articles."),
        ("/?offset=100&outlet=Daily", "/?outlet=Daily", "No more articles match"),
        ("/sources?offset=5000", "/sources", "No more sources."),
        ("/sources?offset=50&kind=person", "/sources?kind=person", "No more sources."),
        ("/stories?offset=5000", "/stories", "No more stories."),
        ("/quotes?offset=5000&text=the", "/quotes?text=the", "No more quotes."),
        ("/search?q=bloody&offset=5000", "/search?q=bloody", "No more results for “bloody”."),
    ],
)
def test_a_page_past_the_end_leads_to_the_first_page(
    client: TestClient, path: str, first: str, hint: str
) -> None:
    """Its "previous" link went 50 items back, to another empty page (from offset=5000, a
    hundred clicks before an item showed)."""
    html = page(client, path)
    assert f'<a href="{first.replace("&", "&amp;")}">← first page</a>' in html
    assert "← previous" not in html and "next →" not in html
    assert hint in html and "No articles stored" not in html


def test_a_page_with_items_keeps_its_previous_link(client: TestClient) -> None:
    html = page(client, "/sources?offset=1")
    assert '<a href="/sources">← previous</a>' in html and "first page" not in html


@pytest.mark.parametrize(
    ("path", "message", "links"),
    [
        ("/articles/no-such-article", "no article 'no-such-article' in the store", []),
        (
            "/sources/Nobody%20At%20All",
            "no source 'Nobody At All' in the store",
            ['<a href="/sources">The source directory</a>'],
        ),
        (
            "/stories/no-such-story",
            "no story 'no-such-story' in the store",
            ['<a href="/stories">The stories</a>'],
        ),
        ("/quotes/q-missing", "no quote 'q-missing' in the store", ['<a href="/quotes">']),
        ("/no/such/page", "nothing at /no/such/page", []),
    ],
)
def test_a_missing_item_is_a_404_page_saying_where_to_look(
    client: TestClient, path: str, message: str, links: list[str]
) -> None:
    html = page(client, path, 404)
    text = html.replace("&#39;", "'")
    assert message in text and "Traceback" not in text
    assert audit(html).title.startswith("Not found")
    section = html[html.index('class="error-page"') :]  # not the header's navigation
    for link in [*links, '<a href="/">The articles</a>']:
        assert link in section, section
    assert '<form class="filters" method="get" action="/search"' in section


def test_other_errors_keep_their_title(client: TestClient) -> None:
    a = audit(page(client, "/articles/a%00b", 422))
    assert a.title.startswith("Error 422")
    # negative: a list page's bad filter keeps the list page and its title
    assert audit(page(client, "/?since=never", 422)).title.startswith("Articles")


@pytest.mark.parametrize(
    ("path", "hint"),
    [
        ("/?since=2031", "No stored articles match these filters."),
        ("/?source_kind=document", "No stored articles match these filters."),
        ("/sources?q=Zzyzx", "No sources match these filters."),
        ("/quotes?text=zzyzx", "No quotes match these filters."),
        ("/stories?outlet=Daily&since=2031", "No stories match these filters."),
        ("/search?q=zzyzx", "No article matches “zzyzx”."),
    ],
)
def test_an_empty_list_says_why(client: TestClient, path: str, hint: str) -> None:
    html = page(client, path).replace("&#34;", '"')
    assert hint in html, html[html.find("<main>") :][:800]


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("", True),
        ("since=2020-03-01", True),
        ("until=2020-03-31", True),
        # negative: a period the story does not meet
        ("since=2021", False),
        ("until=2019-12-31", False),
    ],
)
def test_the_stories_page_filters_by_period(client: TestClient, query: str, shown: bool) -> None:
    """The API's /api/stories took since and until; its page offered the outlet only."""
    everything = page(client, "/stories")
    assert 'href="/stories/' in everything
    html = page(client, "/stories?" + query)
    assert ('href="/stories/' in html) is shown
    for field in ("since", "until"):
        assert f'name="{field}"' in html
    if query:
        name, _, value = query.partition("=")
        assert f'name="{name}" placeholder="YYYY-MM-DD" value="{value}"' in html


def test_the_overview_counts_in_words(client: TestClient) -> None:
    """ "1 stories across outlets", "1 relays": the figures took an s whatever they were."""
    html = page(client, "/")
    overview = html[html.index('<ul class="overview">') : html.index("</ul>")]
    for figure in ("stories", "relays", "quotes", "articles", "attributions", "sources"):
        for match in re.finditer(rf"<b>1</b> (?:<a [^>]*>)?{figure}\b", overview):
            raise AssertionError(f"one {figure}: {match.group(0)}")
    assert "<b>4</b> articles from <b>4</b> outlets" in overview


def test_story_links_say_which_story(client: TestClient) -> None:
    """Every row's link read "story", for a screen reader a list of identical links."""
    html = page(client, "/")
    labels = re.findall(r'<a href="/stories/[^"]*" aria-label="([^"]*)">story</a>', html)
    assert labels and all(label.startswith("story: ") for label in labels)
    assert len(set(labels)) > 1


@pytest.mark.parametrize(
    ("path", "current"),
    [
        ("/", "/"),
        ("/?outlet=Daily", "/"),
        ("/analyze", "/analyze"),
        ("/sources", "/sources"),
        ("/stories", "/stories"),
        ("/quotes", "/quotes"),
        ("/articles/wire-1", "/"),
        # negative: no section is the current one on search and error pages
        ("/search?q=bloody", None),
    ],
)
def test_the_current_section_is_marked_for_assistive_technology(
    client: TestClient, path: str, current: str | None
) -> None:
    html = page(client, path)
    nav = html[html.index("<nav>") : html.index("</nav>")]
    marked = re.findall(r'<a href="([^"]*)" class="on" aria-current="page">', nav)
    assert marked == ([current] if current else [])
    assert nav.count("aria-current") == len(marked)


@pytest.mark.parametrize("path", ["/", "/analyze", "/articles/wire-1", "/no/such/page"])
def test_a_skip_link_leads_to_the_content(client: TestClient, path: str) -> None:
    html = page(client, path, 404 if path.startswith("/no/") else 200)
    body = html[html.index("<body>") :]
    assert body.index('<a class="skip" href="#content">') < body.index("<nav>")
    assert '<main id="content">' in body


@pytest.mark.parametrize(
    "path",
    ["/search?q=%00", "/sources?q=a%00", "/quotes?text=%00", "/articles/a%00b", "/sources/%00"],
)
def test_a_nul_in_a_parameter_is_an_error_page(client: TestClient, path: str) -> None:
    """The search page echoed the NUL into the page; the source filter matched everything."""
    html = page(client, path, 422)
    assert "\x00" not in html and "has a NUL character (U+0000)" in html


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The mayor said on Monday that the bridge would reopen in June next year.", "en"),
        # negative: a text the check does not read as English is not announced as English
        ("Der Bürgermeister sagte am Montag, dass die Brücke im Juni wieder öffnet.", ""),
        ("Officials said it rained.", ""),  # too short to tell
    ],
)
def test_the_article_text_says_its_language(client: TestClient, text: str, lang: str) -> None:
    """The page is English; an article's own text is in the language its record states, or
    an unknown one (``lang=""``), where it inherited "en" whatever it was."""
    resp = client.post("/analyze", data={"content": text, "title": "A title"})
    assert resp.status_code == 200, resp.text[:300]
    assert f'<article id="article-text" class="text" lang="{lang}">' in resp.text
    assert f'<h1 dir="auto" lang="{lang}">A title</h1>' in resp.text
    # without a title (nor an id a person chose) the heading is the text's first words, in
    # the text's language, marked as no title in the page's English
    untitled = client.post("/analyze", data={"content": text}).text
    words = " ".join(text.split()[:8]) + ("…" if len(text.split()) > 8 else "")
    assert (
        f'<h1 class="untitled"><span dir="auto" lang="{lang}">{words}</span> '
        '<span class="no-title">(no title)</span></h1>'
    ) in untitled


def test_item_pages_count_in_words(client: TestClient) -> None:
    """ "1 appearances" on a quote's page, "1 articles" on a story's."""
    quotes = client.get("/api/quotes").json()["items"]
    one = next(q for q in quotes if q["appearances"] == 1)
    html = page(client, f"/quotes/{one['id']}")
    assert "<span>1 appearance</span>" in html and "1 appearances" not in html
    stories = client.get("/api/stories").json()["items"]
    single = next(s for s in stories if len(s["articles"]) == 1)
    double = next(s for s in stories if len(s["articles"]) == 2)
    assert "<span>1 article</span>" in page(client, f"/stories/{single['id']}")
    assert "<span>2 articles</span>" in page(client, f"/stories/{double['id']}")


def test_a_quote_page_is_titled_after_its_quote(client: TestClient) -> None:
    """Every quote's page was titled "Quote": a list of tabs or a history of identical names."""
    quotes = client.get("/api/quotes").json()["items"]
    titles = {audit(page(client, f"/quotes/{q['id']}")).title for q in quotes}
    assert len(titles) == len(quotes) > 1
    assert all(t.startswith("Quote: ") and len(t) < 100 for t in titles), titles

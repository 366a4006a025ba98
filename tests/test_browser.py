"""The pages in real headless Chromium: highlighting, the chain on click, the analyse page,
hostile content rendering inert, no console errors (CSP violations included).

Needs Debian's ``chromium`` (``.ci/run`` installs it). Without it these tests say so and skip,
except in CI (``CI`` set), where a missing browser fails. Screenshots go to
``artifacts/browser/`` (git-ignored).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsprov.analysis import Analyzer
from newsprov.record import Record
from tests.conftest import ROOT
from tests.test_api_support import IMG, LINK, SCRIPT, build_store, make_app
from tests.test_pages import StoryStore

pytestmark = pytest.mark.browser

ARTIFACTS = ROOT / "artifacts" / "browser"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    found = os.environ.get("NEWSPROV_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(found).exists():
        msg = "no Chromium found (install Debian's `chromium`; .ci/run does): browser tests skipped"
        if os.environ.get("CI"):
            pytest.fail(msg.replace("skipped", "cannot run in CI"))
        pytest.skip(msg)
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(
    analyzer: Analyzer, tmp_path_factory: pytest.TempPathFactory, sample_record: Record
) -> Iterator[tuple[str, Any]]:
    """uvicorn on a free loopback port, in a thread, over a temp store with the sample."""
    import uvicorn

    chromium_path()
    sample = Record.from_dict(sample_record.to_dict())
    sample.document.outlet = "Al-Masdar News"
    sample.document.title = "Pentagon orders military to prepare for escalation in Iraq"
    url = build_store(tmp_path_factory.mktemp("browser") / "browser.db", [sample])
    app = make_app(analyzer, url)
    port = _free_port()
    srv = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise AssertionError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", app
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(server: tuple[str, Any]) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


class Watched:
    """A page that records dialogs, console errors and page errors."""

    def __init__(self, browser: Any, base: str) -> None:
        self.base = base
        self.page = browser.new_page(viewport={"width": 1360, "height": 900})
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _dialog(self, d: Any) -> None:
        self.dialogs.append(d.message)
        d.dismiss()

    def go(self, path: str) -> Any:
        resp = self.page.goto(self.base + path)
        assert resp is not None
        return resp

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def tab(browser: Any, server: tuple[str, Any]) -> Iterator[Watched]:
    w = Watched(browser, server[0])
    yield w
    w.close()


def assert_inert(tab: Watched) -> None:
    page = tab.page
    assert tab.dialogs == [], f"a dialog opened: {tab.dialogs}"
    assert page.evaluate("typeof window.__pwned") == "undefined", "article script ran"
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.evaluate("document.querySelectorAll('a[href^=\"javascript:\" i]').length") == 0
    handlers = page.evaluate(
        "Array.from(document.querySelectorAll('*')).flatMap(e => Array.from(e.attributes)"
        ".filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))"
    )
    assert handlers == []
    scripts = page.evaluate("Array.from(document.scripts).map(s => s.getAttribute('src'))")
    assert scripts == ["/static/app.js"]


def test_article_page_highlights_the_nyt(tab: Watched, server: tuple[str, Any]) -> None:
    tab.go("/articles/almasdar-2020-03-pentagon-iraq-escalation")
    page = tab.page
    sources = page.locator("#article-text span.src")
    texts = sources.all_inner_texts()
    assert any("NYT" in t or "New York Times" in t for t in texts), texts
    assert page.locator("#article-text span.cue").count() > 0
    assert page.locator("#article-text span.cnt").count() > 0
    colour = "e => getComputedStyle(e).backgroundColor"
    src_bg = sources.first.evaluate(colour)
    cue_bg = page.locator("#article-text span.cue").first.evaluate(colour)
    cnt_bg = page.locator("#article-text span.cnt").first.evaluate(colour)
    assert len({src_bg, cue_bg, cnt_bg}) == 3, "source, cue and content have distinct colours"
    res = page.locator("#article-text span.res").first
    assert "3Shares" in res.inner_text()
    assert page.locator("#sources-panel h3").count() >= 1
    assert page.locator("svg.bars rect.bar-fg").count() >= 3
    tab.shot("article")
    assert tab.errors == []


def test_chain_for_esper_shows_officials_then_nyt(tab: Watched) -> None:
    tab.go("/articles/almasdar-2020-03-pentagon-iraq-escalation")
    page = tab.page
    seg = page.locator("#article-text [data-att]").filter(has_text="authorized planning").first
    seg.click()
    names = page.locator("#chain-panel-body .chain .who").all_inner_texts()
    tab.shot("article-chain-esper")
    officials = [i for i, n in enumerate(names) if "officials" in n.lower()]
    nyt = [i for i, n in enumerate(names) if "NYT" in n or "New York Times" in n]
    assert officials and nyt and officials[0] < nyt[0], names


def test_click_shows_a_chain(tab: Watched) -> None:
    """Whatever the engines find, clicking an attribution shows its chain ending here."""
    tab.go("/articles/almasdar-2020-03-pentagon-iraq-escalation")
    page = tab.page
    page.locator("#article-text span.cue").first.click()
    names = page.locator("#chain-panel-body .chain .who").all_inner_texts()
    assert len(names) >= 2 and names[-1] == "Al-Masdar News"
    assert page.locator("#article-text .active").count() >= 1
    assert page.locator("li.att.active").count() == 1


def test_analyze_page_shows_attributions(tab: Watched) -> None:
    tab.go("/analyze")
    page = tab.page
    page.fill(
        "textarea[name=content]",
        "The mayor said the bridge would reopen in June.\n"
        '"We are nearly done," the city engineer told reporters on Monday.\n',
    )
    page.fill("input[name=outlet]", "City Paper")
    page.click("button[type=submit]")
    page.wait_for_selector("#article-text")
    assert "analysed, not stored" in page.inner_text("header.art-head")
    segs = page.locator("#article-text [data-att]")
    assert segs.count() > 0
    segs.first.hover()
    assert page.locator("#chain-panel-body .chain").count() == 1
    assert page.locator("#attributions li.att").count() >= 1
    tab.shot("analyze")
    assert tab.errors == []


def test_hostile_stored_article_is_inert(tab: Watched) -> None:
    resp = tab.go("/articles/hostile-1")
    assert resp.status == 200
    page = tab.page
    page.locator("#article-text [data-att]").first.click()
    page.get_by_text("click me").first.click()
    text = page.inner_text("#article-text")
    assert SCRIPT in text and LINK in text and IMG in text
    assert "javascript:alert(document.cookie)" in page.inner_text("header.art-head")
    assert_inert(tab)
    tab.shot("hostile-article")


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_hostile_pasted_article_is_inert(tab: Watched, fmt: str) -> None:
    tab.go("/analyze")
    page = tab.page
    page.fill(
        "textarea[name=content]",
        f"<p>The mayor said {SCRIPT} the bridge {IMG} would reopen {LINK}.</p>\n",
    )
    page.fill("input[name=outlet]", f"Outlet {IMG}")
    page.check(f"input[name=format][value={fmt}]")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert_inert(tab)
    tab.shot(f"hostile-pasted-{fmt}")


#: How an SVG element of the selector paints: its paint order, stroke and stroke width.
HALO = (
    "(sel) => { const s = getComputedStyle(document.querySelector(sel));"
    " return [s.paintOrder, s.stroke, parseFloat(s.strokeWidth)]; }"
)


def test_every_page_without_console_errors(tab: Watched, server: tuple[str, Any]) -> None:
    base, app = server
    import httpx

    qid = httpx.get(base + "/api/quotes", params={"text": "not tolerate"}).json()["items"][0]["id"]
    pages = {
        "index": "/",
        "sources": "/sources",
        "source": "/sources/Robert%20White",
        "quotes": "/quotes",
        "quote": f"/quotes/{qid}",
        "stories": "/stories",
        "search": "/search?q=campaign",
        "not-found": "/articles/nope",
    }
    for name, path in pages.items():
        tab.go(path)
        tab.shot(name)
    ctx = app.state.ctx
    real = ctx.store
    ctx._store = StoryStore(real)
    try:
        tab.go("/stories/st-1")
        assert tab.page.locator("svg.timeline circle.dot").count() == 3
        assert tab.page.locator("svg.graph line.edge").count() >= 1
        # an outlet's name is haloed where arrows cross it (they ran through its letters);
        # negative: an arrow itself has no halo
        halo = tab.page.evaluate(HALO, "svg.graph .node text")
        assert halo[0].startswith("stroke") and halo[1] != "none" and halo[2] >= 3, halo
        assert tab.page.evaluate(HALO, "svg.graph line.edge")[0] == "normal"
        tab.shot("story")
    finally:
        ctx._store = real
    assert tab.errors == [] or all("404" in e for e in tab.errors), tab.errors
    assert_inert(tab)


#: Form controls without an accessible name as the browser computes it (``labels`` or an
#: ``aria-label``), described by tag and name.
UNLABELLED = (
    "Array.from(document.querySelectorAll('input, select, textarea'))"
    ".filter(e => e.type !== 'hidden' && e.type !== 'submit')"
    ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))"
    ".map(e => e.tagName.toLowerCase() + ' ' + (e.name || '?'))"
)


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/analyze",
        "/sources",
        "/stories",
        "/quotes",
        "/search?q=campaign",
        "/articles/almasdar-2020-03-pentagon-iraq-escalation",
        "/articles/nope",
    ],
)
def test_every_page_is_labelled_titled_and_in_english(tab: Watched, path: str) -> None:
    tab.go(path)
    page = tab.page
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.title().strip() and not page.title().startswith(" · ")
    assert page.evaluate(UNLABELLED) == []
    assert page.locator("h1").count() == 1


def test_the_label_check_sees_an_unlabelled_control(tab: Watched) -> None:
    """The negative case: a text box with a placeholder only has no label in Chromium."""
    tab.go("/analyze")
    page = tab.page
    page.evaluate(
        "document.querySelector('main').appendChild(document.createElement('textarea'))"
        ".setAttribute('placeholder', 'Paste')"
    )
    assert page.evaluate(UNLABELLED) == ["textarea ?"]


@pytest.mark.parametrize("key", ["Enter", " "])
def test_a_highlight_opens_its_chain_from_the_keyboard(tab: Watched, key: str) -> None:
    """Tab reaches the highlights (tabindex) and Enter or Space shows the chain, as a click."""
    tab.go("/articles/almasdar-2020-03-pentagon-iraq-escalation")
    page = tab.page
    page.keyboard.press("Tab")  # the skip link comes first
    assert page.evaluate("document.activeElement.className") == "skip"
    seg = page.locator("#article-text [data-att]").first
    seg.focus()
    page.keyboard.press(key)
    names = page.locator("#chain-panel-body .chain .who").all_inner_texts()
    assert len(names) >= 2 and names[-1] == "Al-Masdar News"
    assert page.locator("li.att.active").count() == 1


def test_a_key_other_than_enter_or_space_opens_nothing(tab: Watched) -> None:
    tab.go("/articles/almasdar-2020-03-pentagon-iraq-escalation")
    page = tab.page
    page.locator("#article-text [data-att]").first.focus()
    page.keyboard.press("a")
    assert page.locator("#chain-panel-body .chain").count() == 0
    assert page.locator("li.att.active").count() == 0


def test_an_attribution_card_opens_from_the_keyboard(tab: Watched) -> None:
    """The cards under the text took a click only; Tab now reaches them and Enter opens one."""
    tab.go("/articles/almasdar-2020-03-pentagon-iraq-escalation")
    page = tab.page
    card = page.locator("li.att").nth(1)
    card.focus()
    assert page.evaluate("document.activeElement.classList.contains('att')")
    page.keyboard.press("Enter")
    assert page.locator("li.att.active").count() == 1
    assert card.evaluate("e => e.classList.contains('active')")
    assert page.locator("#article-text .active").count() >= 1
    assert tab.errors == []


@pytest.mark.parametrize(
    ("path", "field", "typed", "kept", "words"),
    [
        ("/stories", "since", "never", ("outlet", "Daily"), "'never' is not a date"),
        ("/", "until", "2020-02-31", ("outlet", "Daily"), "is not a calendar date"),
        ("/sources", "outlet", "Timez", ("q", "White"), "unknown outlet 'Timez'"),
        ("/quotes", "outlet", "Timez", ("text", "bloody"), "unknown outlet 'Timez'"),
        ("/quotes", "since", "never", ("text", "bloody"), "'never' is not a date"),
        ("/quotes", "until", "2020", ("since", "2021"), "'2020' ends before since '2021' begins"),
        # negative: a value that can be read comes back unmarked
        ("/stories", "since", "2020-03", ("outlet", "Daily"), None),
        ("/quotes", "until", "2020-03", ("text", "bloody"), None),
    ],
)
def test_a_bad_filter_typed_in_a_form_comes_back_marked_beside_its_field(
    tab: Watched,
    path: str,
    field: str,
    typed: str,
    kept: tuple[str, str],
    words: str | None,
) -> None:
    """Submitting a list page's form with a value it cannot read left the list page for a
    bare error page; it now answers the same page (422) with the form as typed, the field
    marked and described by the reason (as a screen reader announces it), and the reason
    wrapped within the field's width."""
    tab.go(path)
    page = tab.page
    page.fill(f'form.filters [name="{kept[0]}"]', kept[1])
    page.fill(f'form.filters [name="{field}"]', typed)
    with page.expect_navigation() as nav:
        page.click("form.filters button")
    assert nav.value.status == (422 if words else 200)
    box = page.locator(f'form.filters [name="{field}"]')
    assert box.input_value() == typed
    assert page.locator(f'form.filters [name="{kept[0]}"]').input_value() == kept[1]
    if words is None:
        assert page.locator(".field-error, .form-errors").count() == 0
        return
    assert box.get_attribute("aria-invalid") == "true"
    described = page.evaluate(
        "(name) => document.getElementById(document.querySelector("
        "`form.filters [name=\"${name}\"]`).getAttribute('aria-describedby')).textContent",
        field,
    )
    assert words in described
    reason = page.locator(f"#error-{field}")
    assert reason.is_visible() and page.locator(".form-errors").is_visible()
    other = page.locator(f'form.filters [name="{kept[0]}"]').bounding_box()
    mine, why = box.bounding_box(), reason.bounding_box()
    assert other and mine and why
    assert abs(mine["width"] - other["width"]) < 2 and abs(mine["y"] - other["y"]) < 2
    assert why["width"] <= mine["width"] + 1
    tab.shot(f"bad-filter-{path.strip('/') or 'articles'}-{field}")
    assert all("422" in e for e in tab.errors), tab.errors  # the browser logs the status
    assert_inert(tab)


def test_namesakes_are_told_apart_in_the_directory_and_titles(
    tab: Watched, server: tuple[str, Any]
) -> None:
    """Two "Air Force" groups (each kept to its article) were two identical rows and two tabs
    titled "Source: Air Force": each row and title now says what tells them apart, muted
    after the name. (Last in this module: it adds the namesakes to the served store.)"""
    from tests.test_source_names import LABELS, records

    store = server[1].state.ctx.store
    assert store.add_records(records()).failed == 0
    tab.go("/sources?q=air+force")
    page = tab.page
    rows = page.locator("table.list tbody tr td:first-child")
    texts = [" ".join(t.split()) for t in rows.all_inner_texts()]
    assert len(texts) == len(set(texts)) == len(LABELS), texts
    apart = page.locator("table.list .apart").first
    assert apart.is_visible()
    link = page.locator("table.list tbody tr td:first-child a").first
    assert apart.evaluate("e => getComputedStyle(e).color") != link.evaluate(
        "e => getComputedStyle(e).color"
    )
    titles = set()
    for href in page.locator("table.list tbody tr td:first-child a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    ):
        tab.go(href)
        titles.add(page.title())
    assert len(titles) == len(LABELS) and all(t.startswith("Source: Air Force (") for t in titles)
    tab.shot("namesakes")
    assert tab.errors == []


#: The elements reaching past the right edge of the window, and the page's own width.
TOO_WIDE = (
    "(() => { const w = document.documentElement.clientWidth;"
    " const out = Array.from(document.querySelectorAll('body *'))"
    ".filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > w + 1; })"
    # a list table and a timeline scroll within their own boxes
    ".filter(e => !e.closest('table.list, .svg-scroll'))"
    ".map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));"
    " return {page: document.documentElement.scrollWidth, window: w, out: out.slice(0, 5)}; })()"
)

PHONE_PAGES = [
    "/",
    "/analyze",
    "/sources",
    "/sources/Robert%20White",
    "/stories",
    "/quotes",
    "/search?q=campaign",
    "/articles/almasdar-2020-03-pentagon-iraq-escalation",
    "/articles/nope",
]


def test_no_page_is_wider_than_a_phone(browser: Any, server: tuple[str, Any]) -> None:
    """At 390 px the header's links and search box made every page 820 px wide (the search box
    kept its 14rem beside the links), and the lists' tables reached past the screen: the
    header wraps now and a list table scrolls within its own box."""
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        for path in PHONE_PAGES:
            page.goto(server[0] + path)
            seen = page.evaluate(TOO_WIDE)
            assert seen["page"] <= seen["window"] and seen["out"] == [], (path, seen)
            if page.locator("table.list").count():
                box = page.locator("table.list").first.bounding_box()
                assert box is not None and box["x"] + box["width"] <= 390, path
                # it scrolls within its box (a later rule's overflow: hidden would clip it)
                scroll = page.evaluate(
                    "getComputedStyle(document.querySelector('table.list')).overflowX"
                )
                assert scroll == "auto", path
            if page.locator("svg.timeline").count():
                # drawn at a width its 11-px labels can be read at (at 390 px they were 5 px
                # high, the dots 3 px), in a box that scrolls and stays within the screen
                svg = page.locator("svg.timeline").first.bounding_box()
                box = page.locator(".svg-scroll").first.bounding_box()
                assert svg is not None and svg["width"] >= 640, path
                assert box is not None and box["x"] + box["width"] <= 390, path
            header = page.locator("header.top").bounding_box()
            assert header is not None and header["height"] < 100, (path, header)
        page.screenshot(path=str(ARTIFACTS / "phone-article.png"), full_page=True)
        # negative: the check sees an element wider than the window
        page.evaluate(
            "(() => { const d = document.createElement('div'); d.className = 'wide';"
            " d.textContent = 'x'; d.style.width = '800px';"
            " document.querySelector('main').append(d); })()"
        )
        seen = page.evaluate(TOO_WIDE)
        assert seen["page"] > seen["window"] and "div.wide" in seen["out"]
    finally:
        page.close()


@pytest.mark.parametrize("title", ["A" * 120, "https://example.com/" + "x" * 100, "Short title"])
def test_a_long_unbroken_heading_wraps_on_a_phone(
    browser: Any, server: tuple[str, Any], title: str
) -> None:
    """A heading of one long word (a hostile title, a URL for a title) wraps at 390 px, where it
    ran past the screen; a short one is left as it is."""
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        page.goto(server[0] + "/articles/almasdar-2020-03-pentagon-iraq-escalation")
        page.evaluate("t => { document.querySelector('h1').textContent = t; }", title)
        seen = page.evaluate(TOO_WIDE)
        assert seen["page"] <= seen["window"] and seen["out"] == [], seen
        box = page.locator("h1").bounding_box()
        assert box is not None and box["x"] + box["width"] <= 390
    finally:
        page.close()


def png_pixels(data: bytes) -> tuple[int, int, list[list[tuple[int, ...]]]]:
    """Width, height and the RGB(A) rows of a PNG as Chromium writes it (8 bits a channel,
    not interlaced): enough to read a screenshot's colours without an imaging library."""
    import struct
    import zlib

    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, channels = 8, b"", 0, 0, 0
    while pos < len(data):
        (size,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + size]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6) and body[12] == 0, "8-bit RGB(A), no interlace"
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += size + 12
    raw, stride, prev = zlib.decompress(idat), width * channels, bytearray(width * channels)
    rows = []
    for y in range(height):
        kind, line = (
            raw[y * (stride + 1)],
            bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]),
        )
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x * channels : x * channels + 3]) for x in range(width)])
        prev = line
    return width, height, rows


#: Boxes that scroll sideways on a phone (a wide and a narrow list table, a timeline), made
#: empty so that only the box's own background is seen at its edges.
SCROLL_BOXES = (
    "(() => { const main = document.querySelector('main');"
    " const box = (html, id, w) => { const d = document.createElement('div');"
    "   d.innerHTML = html; const el = d.firstElementChild; el.id = id;"
    "   const fill = el.querySelector('.fill'); fill.style.width = w + 'px';"
    "   fill.style.height = '60px'; main.prepend(el); };"
    ' box(\'<table class="list"><tbody><tr><td><div class="fill"></div></td></tr></tbody>'
    "</table>', 'wide', 1200);"
    ' box(\'<table class="list"><tbody><tr><td><div class="fill"></div></td></tr></tbody>'
    "</table>', 'narrow', 120);"
    ' box(\'<div class="svg-scroll"><svg class="timeline fill" viewBox="0 0 860 60">'
    "</svg></div>', 'timeline', 860); })()"
)


def _shades(page: Any, selector: str) -> tuple[int, int, int]:
    """How dark the box's left edge, middle and right edge are (0: as its background)."""
    box = page.locator(selector)
    box.scroll_into_view_if_needed()
    width, height, rows = png_pixels(box.screenshot())
    row = rows[height // 2]
    white = sum(row[width // 2])

    def dark(x: int) -> int:
        return white - sum(row[x])

    return dark(4), dark(width // 2), dark(width - 5)


@pytest.mark.parametrize(
    ("selector", "at", "shaded"),
    [
        ("#wide", "start", (False, True)),  # more to the right: the right edge is shaded
        ("#wide", "middle", (True, True)),  # more on both sides
        ("#wide", "end", (True, False)),
        ("#narrow", "start", (False, False)),  # a box that fits shows no hint
        ("#timeline", "start", (False, True)),
        ("#timeline", "end", (True, False)),
    ],
)
def test_a_box_that_scrolls_sideways_shows_it_on_a_phone(
    browser: Any, server: tuple[str, Any], selector: str, at: str, shaded: tuple[bool, bool]
) -> None:
    """A list table or a timeline wider than a phone scrolled with nothing to say so: its
    edge now shades on the side with more to see, only while there is more."""
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        page.goto(server[0] + "/search")
        page.evaluate(SCROLL_BOXES)
        el = page.locator(selector)
        to = {"start": "0", "middle": "(e.scrollWidth - e.clientWidth) / 2", "end": "1e6"}[at]
        el.evaluate(f"e => {{ e.scrollLeft = {to}; }}")
        left, middle, right = _shades(page, selector)
        assert middle == 0, "the middle of the box is its background"
        assert (left > 30, right > 30) == shaded, (left, right)
        assert (left > 0, right > 0) == shaded, (left, right)
    finally:
        page.close()
    # negative: at a desktop width the wide table fits in its page and shows no shade
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    try:
        page.goto(server[0] + "/search")
        page.evaluate(SCROLL_BOXES)
        assert _shades(page, "#narrow") == (0, 0, 0)
    finally:
        page.close()


#: The focused element's outline as the browser draws it.
OUTLINE = (
    "(() => { const s = getComputedStyle(document.activeElement);"
    " return [document.activeElement.tagName.toLowerCase(), s.outlineStyle,"
    " parseFloat(s.outlineWidth)]; })()"
)


@pytest.mark.parametrize(
    ("tabs", "tag"),
    [
        (1, "a"),  # the skip link
        (2, "a"),  # the brand, on the dark header (the browser's own ring was hard to see)
        (4, "a"),  # a section's link
        (8, "input"),  # the header's search box
    ],
)
def test_keyboard_focus_is_outlined(tab: Watched, tabs: int, tag: str) -> None:
    tab.go("/sources")
    for _ in range(tabs):
        tab.page.keyboard.press("Tab")
    name, style, width = tab.page.evaluate(OUTLINE)
    assert name == tag and style != "none" and width >= 2, (name, style, width)


def test_focus_check_sees_a_missing_outline(tab: Watched) -> None:
    """The negative case: a focused link whose outline is taken away reads as unmarked."""
    tab.go("/sources")
    tab.page.keyboard.press("Tab")
    tab.page.keyboard.press("Tab")
    tab.page.evaluate("document.activeElement.style.outline = 'none'")
    assert tab.page.evaluate(OUTLINE)[1] == "none"


#: How a mark of the article's text looks once its colours are taken away.
SHAPE = (
    "(cls) => { const e = document.querySelector('#article-text .' + cls);"
    " const s = getComputedStyle(e);"
    " return [s.borderBottomStyle, s.textDecorationLine, s.textDecorationStyle, s.fontWeight]; }"
)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("src", "cue"),  # both were bold with a solid underline: one look without colour
        ("veval", "cnt"),
        ("res", "cnt"),
        ("evcue", "cnt"),
    ],
)
def test_marks_differ_without_their_colours(tab: Watched, one: str, other: str) -> None:
    tab.go("/articles/almasdar-2020-03-pentagon-iraq-escalation")
    assert tab.page.evaluate(SHAPE, one) != tab.page.evaluate(SHAPE, other)


def test_the_shape_check_sees_two_alike_marks(tab: Watched) -> None:
    """The negative case: two content pieces look alike once their colours are gone."""
    tab.go("/articles/almasdar-2020-03-pentagon-iraq-escalation")
    assert tab.page.evaluate(SHAPE, "cnt.d0") == tab.page.evaluate(SHAPE, "cnt")


@pytest.mark.parametrize("width", [320, 360, 390])
def test_attribution_cards_fit_a_small_phone(
    browser: Any, server: tuple[str, Any], width: int
) -> None:
    """The cards' grid asked for columns of at least 360 px: at 360 px and less (main's padding
    aside) every card reached past the screen and the article page was 373 px wide."""
    page = browser.new_page(viewport={"width": width, "height": 800})
    try:
        page.goto(server[0] + "/articles/almasdar-2020-03-pentagon-iraq-escalation")
        seen = page.evaluate(TOO_WIDE)
        assert seen["page"] <= width and seen["out"] == [], seen
        card = page.locator("li.att").first.bounding_box()
        assert card is not None and card["x"] + card["width"] <= width
    finally:
        page.close()

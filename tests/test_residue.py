"""Scraper residue: what is marked, with which reason, and prose that must be left alone."""

from __future__ import annotations

from typing import Any

import pytest

from newsprov.analysis.residue import byline_authors, classify_line, find_residue
from newsprov.record import REMOVED_REASONS
from tests.conftest import SAMPLE, need_shared

PROSE = "The senator said on Monday that the bill would pass."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("3 - 3Shares", "share-counter"),
        ("12 shares", "share-counter"),
        ("1.2K Shares", "share-counter"),
        ("Shares: 40", "share-counter"),
        ("Share this article", "share-counter"),
        ("Share on Facebook", "share-counter"),
        ("Facebook Twitter Email", "share-counter"),
        ("Related:", "related-links"),
        ("Related: Senate passes the spending bill", "related-links"),
        ("READ MORE: Pentagon orders troops on alert", "related-links"),
        ("Read more", "related-links"),
        ("You may also like", "related-links"),
        ("Sign up for our daily newsletter", "newsletter"),
        ("For more, sign up for the What’s Working newsletter.", "newsletter"),
        (
            "Want more updates from Amanda? Sign up for her newsletter, Piping Hot Truth.",
            "newsletter",
        ),
        ("Subscribe to our politics podcast here.", "newsletter"),
        ("Enter your email address:", "newsletter"),
        (
            "Jane Roe is a co-host of the politics podcast “So, That Happened.” Subscribe here "
            "or listen to the latest episode below:",
            "newsletter",
        ),
        (
            "Listen to our analysis of the debate in the podcast above. Subscribe here.",
            "newsletter",
        ),
        (
            "POLLSTER VIA EMAIL! - You can receive this daily update every weekday morning via "
            "email! Just click here, enter your email address, and click “sign up.”",
            "newsletter",
        ),
        ("Photo: Lt. Gen. Robert P. White / Getty Images", "image-caption"),
        ("Credit: Reuters", "image-caption"),
        ("Getty.", "image-caption"),
        ("John Moore/Getty Images.", "image-caption"),
        ("Scott Olson via Getty Images.", "image-caption"),
        ("Jim Urquhart / Reuters.", "image-caption"),
        ("Trump speaks at a rally in Iowa. (Photo by Scott Olson/Getty Images)", "image-caption"),
        ("The president waves. (AP Photo/Evan Vucci)", "image-caption"),
        ("By John Smith", "byline-block"),
        ("By JANE ROE | Associated Press", "byline-block"),
        ("By Jane Roe and John Doe, CNN", "byline-block"),
        ("(Reporting by David Bailey; Editing by Cynthia Osterman.)", "byline-block"),
        ("Published 10:03 AM EDT March 27, 2020", "byline-block"),
        ("Follow Ian Hanchett on Twitter @IanHanchett.", "byline-block"),
        ("Follow him on Twitter.", "byline-block"),
        ("You can follow Jane Roe on Twitter at @janeroe", "byline-block"),
    ],
)
def test_residue_lines(line: str, reason: str) -> None:
    assert reason in REMOVED_REASONS
    assert classify_line(line) == reason
    text = f"{PROSE}\n{line}\n{PROSE}"
    found = find_residue(text)
    assert [(r.reason, text[r.span[0] : r.span[1]]) for r in found] == [(reason, line)]


@pytest.mark.parametrize(
    "line",
    [
        PROSE,
        "Shares of Apple rose 3 percent on Monday.",
        "The fund sold 12 shares of the company last week.",
        "She shares with Trump a strategy that banks on presenting herself as an outsider.",
        "Read more about it in our report, the spokesman said.",
        "Related reports were published by the committee on Tuesday.",
        "He did not subscribe to the theory.",
        "Subscribers to the service said it was slow.",
        "Getty Images said it would license the photos.",
        "He sold the photo to Getty Images.",
        "The photo shows the senator in 1998.",
        "By Tuesday, the troops had left.",
        "By July 2013, the show was officially named.",
        "By 58%-33%, those surveyed said the funding should stay.",
        "(h/t Mediaite.)",
        '"Related:"',
        "Share the road, the mayor said.",
        "Trump won (Reuters reported) by a wide margin.",
        "Follow the money, the senator said on Twitter.",
        "Readers who subscribe here pay less, the publisher said in a statement.",
        "You can get this vaccine at any pharmacy, the e-mail from the county said.",
        "Follow the money on Twitter and you find the donors.",
    ],
)
def test_prose_is_not_residue(line: str) -> None:
    assert classify_line(line) is None
    assert find_residue(f"{PROSE}\n{line}\n") == []


def test_related_heading_takes_its_link_list() -> None:
    text = (
        f"{PROSE}\nRelated\nSenate passes the bill\n- Pentagon on alert\nhttps://example.com/x\n\n"
        f"{PROSE}\n"
    )
    found = find_residue(text)
    assert len(found) == 1 and found[0].reason == "related-links"
    marked = text[found[0].span[0] : found[0].span[1]]
    assert marked.startswith("Related\n") and marked.endswith("https://example.com/x")
    assert PROSE not in marked


@pytest.mark.parametrize(
    ("block", "tail"),
    [
        ("By Jane Roe\nStaff Writer\nPublished 10:03 AM EDT March 27, 2020", "2020"),
        ("By JANE ROE\nAssociated Press\njane.roe@example.com", "example.com"),
        ("By Jane Roe\nWhite House Correspondent\n@janeroe", "@janeroe"),
        ("By Jane Roe", "Roe"),
    ],
)
def test_byline_block_takes_its_lines(block: str, tail: str) -> None:
    text = f"{block}\n{PROSE}\nStaff writers said the vote was close.\n"
    found = find_residue(text)
    assert len(found) == 1 and found[0].reason == "byline-block"
    assert text[found[0].span[0] : found[0].span[1]] == block and block.endswith(tail)


def test_role_line_alone_is_prose() -> None:
    assert find_residue(f"{PROSE}\nStaff Writer\n{PROSE}") == []


def test_residue_never_changes_text_and_spans_are_trimmed() -> None:
    text = f"{PROSE}\r\n   12 shares  \r\n{PROSE}"
    before = str(text)
    found = find_residue(text)
    assert text == before
    assert [text[r.span[0] : r.span[1]] for r in found] == ["12 shares"]


def test_shared_sample_share_counter() -> None:
    path = need_shared("samples", SAMPLE.name)
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    found = find_residue(text)
    assert [(r.reason, text[r.span[0] : r.span[1]]) for r in found] == [
        ("share-counter", "3 - 3Shares")
    ]


def test_polnear_residue_is_rare_and_line_shaped() -> None:
    """PolNeAR texts are clean scrapes: residue is a handful of credit and prompt lines."""
    root = need_shared("data", "polnear", "data")
    files = sorted(root.rglob("*.txt"))
    total = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        for r in find_residue(text):
            total += 1
            s, e = r.span
            assert s == 0 or text[s - 1] == "\n", path.name
            assert e == len(text) or text[e] in "\r\n", path.name
    assert 20 < total < 0.15 * len(files)


BODY = "The city council approved the budget on Monday, officials said.\n"


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        ("By Ann Lee and Bob Jones\n", ["Ann Lee", "Bob Jones"]),
        ("By Ann Lee, Bob Jones & Cy Young\n", ["Ann Lee", "Bob Jones", "Cy Young"]),
        ("By ANN LEE, Associated Press\n", ["ANN LEE"]),
        ("By Ann Lee, Staff Writer\n", ["Ann Lee"]),
        ("By Ann Lee\nStaff Writer\n", ["Ann Lee"]),
        ("By Ann Lee | The Coast Courier\n", ["Ann Lee"]),
        ("By Jean-Luc de la Croix\n", ["Jean-Luc de la Croix"]),
        ("Written by Maria Gomez\n", ["Maria Gomez"]),
        ("Council approves budget\nBy Ann Lee\n", ["Ann Lee"]),
        # not a person's name
        ("By Reuters\n", []),
        ("By Metro Desk Staff\n", []),
        ("Ann Lee\n", []),  # no "By": a line of prose or a name, nothing to go by
        ("", []),
        ("x" * 700 + ".\nBy Ann Lee\n", []),  # far from the start: another story's credit
    ],
)
def test_byline_authors(head: str, authors: list[str]) -> None:
    text = head + BODY
    assert byline_authors(text, find_residue(text)) == authors


def test_byline_authors_fill_only_missing_metadata(analyze: Any) -> None:
    text = "By Ann Lee and Bob Jones\n" + BODY
    assert analyze(text).document.authors == ["Ann Lee", "Bob Jones"]
    assert analyze(text, authors=["Desk"]).document.authors == ["Desk"]

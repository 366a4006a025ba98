"""Rules from reading the corpus views on a mixed corpus (docs/corpus.md, "Audit of the corpus
views"): organizations named by title words, short outlet forms, relays of later articles.
Texts and names here are invented."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsprov.corpus import CorpusIndex, Directory, directory_key, outlet_key
from newsprov.corpus.directory import is_named_body
from newsprov.record import Record
from tests.test_corpus import _nyt, _relay


@pytest.mark.parametrize(
    "a, b, same",
    [
        # a body named by words that are titles for people: one entry across articles
        (("White House", "organization"), ("the White House", "organization"), True),
        (("Air Force", "organization"), ("Air Force", "organization"), True),
        (("State House", "organization"), ("State House", "organization"), True),
        (("GOP", "organization"), ("GOP", "organization"), True),
        (("U.S. Treasury", "organization"), ("U.S. Treasury", "organization"), True),
        (("the Pentagon", "organization"), ("Pentagon", "organization"), True),
        # one title word alone, a sentence opener before a description, a cut name: scoped
        (("House", "organization"), ("House", "organization"), False),
        (("The National", "outlet"), ("The National", "outlet"), False),
        (("State news agency", "outlet"), ("State news agency", "outlet"), False),
        (("The administration", "organization"), ("The administration", "organization"), False),
        (("Her office", "organization"), ("Her office", "organization"), False),
        (("a newspaper", "outlet"), ("a newspaper", "outlet"), False),
        # people keep titles as titles: "White House" is no person's name
        (("White House", "person"), ("White House", "person"), False),
        (("the Secretary", "person"), ("the Secretary", "person"), False),
    ],
)
def test_body_names_across_articles(a: tuple[str, str], b: tuple[str, str], same: bool) -> None:
    assert (directory_key(*a, article_id="x") == directory_key(*b, article_id="y")) is same


@pytest.mark.parametrize(
    "name, named",
    [("White House", True), ("GOP", True), ("U.S.", True), ("Fox News", True),
     ("the Obama administration", True), ("House", False), ("The task force", False),
     ("the US", False), ("the U.S. attorney's office", False), ("House GOP leadership", False),
     ("the White House press office", False)],
)  # fmt: skip
def test_is_named_body(name: str, named: bool) -> None:
    assert is_named_body(name) is named


def test_directory_resolves_white_house_to_one_entry() -> None:
    d = Directory()
    keys = {d.resolve("White House", "organization", f"art{i}") for i in range(3)}
    assert keys == {"organization:white house"}


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("NYT", "The New York Times", True),
        ("nytimes.com", "NYT", True),
        ("washingtonpost.com", "The Washington Post", True),
        ("WSJ", "The Wall Street Journal", True),
        # short forms several papers go by are no alias ("The Times" is the London paper)
        ("The Times", "The New York Times", False),
        ("the Post", "The Washington Post", False),
        ("The Journal", "The Wall Street Journal", False),
    ],
)
def test_outlet_short_forms(a: str, b: str, same: bool) -> None:
    assert (outlet_key(a) == outlet_key(b)) is same


def _dated(rec: Record, published: str | None) -> Record:
    return replace(rec, document=replace(rec.document, published=published))


@pytest.mark.parametrize(
    "nyt_date, relay_date, linked",
    [
        ("2020-03-03", "2020-03-04", True),  # the original came out the day before
        ("2020-03-04", "2020-03-04", True),  # the same day
        (None, "2020-03-04", True),  # undated: no order to go by
        ("2020-03-03", None, True),
        ("2020-03-05", "2020-03-04", False),  # the outlet's article came out later
        ("2020-04-01", "2020-03-04", False),
    ],
)
@pytest.mark.parametrize("order", [("nyt", "relay"), ("relay", "nyt")])
def test_relay_not_linked_to_a_later_article(
    nyt_date: str | None, relay_date: str | None, linked: bool, order: tuple[str, str]
) -> None:
    recs = {"nyt": _dated(_nyt(), nyt_date), "relay": _dated(_relay(), relay_date)}
    idx = CorpusIndex()
    idx.stories.window_days = 60  # keep the two in one story whatever the dates
    updates = [idx.add(recs[name]) for name in order]
    assert updates[0].story_id == updates[1].story_id
    edges = [e for u in updates for e in u.relays if e.to_outlet == "The New York Times"]
    assert edges  # the relay is reported either way
    assert any(e.to_article == "nyt-1" for e in edges) is linked
    assert not idx.pending  # a later article of the outlet leaves nothing waiting

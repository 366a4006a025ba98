"""Rules from reading the corpus views on a mixed corpus (docs/corpus.md, "Audit of the corpus
views"): organizations named by title words, short outlet forms, relays of later articles.
Texts and names here are invented."""

from __future__ import annotations

import json
from dataclasses import replace
from itertools import permutations
from typing import Any

import pytest

from newsprov.corpus import CorpusIndex, Directory, directory_key, outlet_key
from newsprov.corpus.directory import is_ambiguous, is_named_body, is_scoped
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
    # an edge left unlinked waits: an earlier article of the outlet may still arrive
    assert bool(idx.pending) is not linked


def _nyt2(published: str | None) -> Record:
    """A second NYT article on the story: a follow-up (or, dated earlier, the original)."""
    return replace(_dated(_nyt(), published), id="nyt-2")


def _final_targets(updates: list[Any]) -> dict[str, str | None]:
    """Each relaying article's NYT edge as last reported (what a store keeps)."""
    out: dict[str, str | None] = {}
    for u in updates:
        for e in u.relays:
            if e.to_outlet == "The New York Times":
                out[e.from_article] = e.to_article
    return out


RELAY_TARGETS = [
    # (nyt-1 day, nyt-2 day, relaying day, the edge's target)
    ("2020-03-01", "2020-03-05", "2020-03-03", "nyt-1"),  # the follow-up came out later
    ("2020-03-01", "2020-03-05", "2020-03-05", "nyt-2"),  # the latest on or before its day
    ("2020-03-01", "2020-03-05", "2020-03-09", "nyt-2"),
    ("2020-03-05", "2020-03-01", "2020-03-03", "nyt-2"),  # ids say nothing of the order
    ("2020-03-03", "2020-03-03", "2020-03-04", "nyt-1"),  # one day: the smallest id
    ("2020-03-01", "2020-03-05", None, "nyt-1"),  # undated relay: the outlet's earliest
    (None, "2020-03-05", "2020-03-09", "nyt-2"),  # a dated article on or before first
    (None, "2020-03-05", "2020-03-03", "nyt-1"),  # else an undated one
    (None, None, "2020-03-03", "nyt-1"),
    (None, None, None, "nyt-1"),
    # negative rows: every NYT article came out after the relaying one
    ("2020-03-05", "2020-03-07", "2020-03-04", None),
    ("2020-03-05", "2020-03-05", "2020-03-04", None),
]


@pytest.mark.parametrize("order", list(permutations(["nyt-1", "nyt-2", "relay"])))
@pytest.mark.parametrize("day1, day2, relay_day, target", RELAY_TARGETS)
def test_relay_links_the_outlets_latest_article_in_any_arrival_order(
    day1: str | None,
    day2: str | None,
    relay_day: str | None,
    target: str | None,
    order: tuple[str, str, str],
) -> None:
    """Two NYT articles on one story and a relay of the NYT: whatever order the three
    arrive in, the edge ends linked to the same article (re-linked when a better one comes)."""
    recs = {
        "nyt-1": _dated(_nyt(), day1),
        "nyt-2": _nyt2(day2),
        "relay": _dated(_relay(), relay_day),
    }
    idx = CorpusIndex()
    idx.stories.window_days = 60
    updates = [idx.add(recs[name]) for name in order]
    assert len({u.story_id for u in updates}) == 1
    assert _final_targets(updates) == {"amn-1": target}
    assert bool(idx.pending) is (target is None)
    # the state saved midway and loaded gives the same end
    idx = CorpusIndex()
    idx.stories.window_days = 60
    first = [idx.add(recs[name]) for name in order[:2]]
    idx = CorpusIndex.from_state(json.loads(json.dumps(idx.to_state())))
    idx.stories.window_days = 60
    assert _final_targets([*first, idx.add(recs[order[2]])]) == {"amn-1": target}


@pytest.mark.parametrize(
    "new_version, target",
    [
        # the original becomes another outlet's article: the follow-up is all the NYT has
        (lambda r: replace(r, document=replace(r.document, outlet="Reuters")), None),
        # the original's new version, same outlet and day: the edge stays on it (not reported)
        (lambda r: r, "nyt-1"),
    ],
)
def test_relay_follows_a_replaced_original(new_version: Any, target: str | None) -> None:
    """The relay (4 March) links the NYT original (1 March), not its follow-up (9 March);
    replacing the original moves or keeps the edge."""
    idx = CorpusIndex()
    idx.stories.window_days = 60
    orig = _dated(_nyt(), "2020-03-01")
    ups = [idx.add(r) for r in (_nyt2("2020-03-09"), _dated(_relay(), "2020-03-04"), orig)]
    assert _final_targets(ups) == {"amn-1": "nyt-1"}
    upd = idx.add(new_version(orig), replace=True)
    assert _final_targets([upd]) == ({"amn-1": target} if target is None else {})
    assert [e[4] for es in idx.edges.values() for e in es] == [target]


# -- bare surnames: one person only on one-sided evidence ----------------------------------------
# steps: (label, name, title, labels its story names in full, labels its article names in full);
# want: the label of the entry the last step joins, or "?" for the surname's ambiguous entry
BARE_SURNAMES = [
    # one candidate: joins it
    ([("jeb", "Jeb Bush", None, (), ()), ("b", "Bush", None, (), ())], "jeb"),
    # two candidates, no evidence: the ambiguous entry, not the most cited
    ([("jeb", "Jeb Bush", None, (), ()), ("jeb2", "Jeb Bush", None, (), ()),
      ("gwb", "George W. Bush", None, (), ()), ("b", "Bush", None, (), ())], "?"),
    # the story's other articles name one of them in full
    ([("jeb", "Jeb Bush", None, (), ()), ("gwb", "George W. Bush", None, (), ()),
      ("b", "Bush", None, ("gwb",), ())], "gwb"),
    # the story names both: still ambiguous
    ([("jeb", "Jeb Bush", None, (), ()), ("gwb", "George W. Bush", None, (), ()),
      ("b", "Bush", None, ("gwb", "jeb"), ())], "?"),
    # a role only one candidate was cited with
    ([("bill", "Bill Clinton", "President", (), ()),
      ("hrc", "Hillary Clinton", "Secretary of State", (), ()),
      ("c", "Secretary of State Clinton", None, (), ())], "hrc"),
    ([("bill", "Bill Clinton", "President", (), ()),
      ("hrc", "Hillary Clinton", "Secretary of State", (), ()),
      ("c", "Clinton", "Secretary of State", (), ())], "hrc"),
    # a role neither holds, or both: ambiguous
    ([("bill", "Bill Clinton", "President", (), ()),
      ("hrc", "Hillary Clinton", "Secretary of State", (), ()),
      ("c", "Sen. Clinton", None, (), ())], "?"),
    ([("bill", "Bill Clinton", "Former President", (), ()),
      ("hrc", "Hillary Clinton", "President", (), ()),
      ("c", "President Clinton", None, (), ())], "?"),
    # its own article names the only candidate in full and kept them apart: not that person
    ([("mel", "Melania Trump", None, (), ()), ("t", "President Trump", None, (), ("mel",))], "?"),
    ([("dt", "Donald Trump", None, (), ()), ("mel", "Melania Trump", None, (), ()),
      ("t", "Trump", None, (), ("mel",))], "dt"),
    # a well-known bearer cited 5 times as often as the others together; 4 times is not enough
    ([*[(f"bo{i}", "Barack Obama", None, (), ()) for i in range(5)],
      ("sasha", "Sasha Obama", None, (), ()), ("o", "Obama", None, (), ())], "bo0"),
    ([*[(f"bo{i}", "Barack Obama", None, (), ()) for i in range(4)],
      ("sasha", "Sasha Obama", None, (), ()), ("o", "Obama", None, (), ())], "?"),
    # a bare surname before any full name: its own entry, which a later full name never joins
    ([("b", "Bush", None, (), ()), ("jeb", "Jeb Bush", None, (), ()),
      ("b2", "Bush", None, (), ())], "jeb"),
]  # fmt: skip


@pytest.mark.parametrize("steps, want", BARE_SURNAMES)
def test_bare_surname_joins_a_person_on_one_sided_evidence(
    steps: list[tuple[str, str, str | None, tuple[str, ...], tuple[str, ...]]], want: str
) -> None:
    for restore in (False, True):  # the same answers from a saved and loaded directory
        d, keys = Directory(), {}
        for n, (label, name, title, named, apart) in enumerate(steps):
            if restore and n == len(steps) - 1:
                d = Directory.from_state(json.loads(json.dumps(d.to_state())))
            keys[label] = d.resolve(
                name, "person", f"art{n}", title=title,
                named={keys[x] for x in named}, apart={keys[x] for x in apart},
            )  # fmt: skip
        last = keys[steps[-1][0]]
        if want == "?":
            assert last not in {k for label, k in keys.items() if label != steps[-1][0]}
            assert is_ambiguous(last)
        else:
            assert last == keys[want] and not is_ambiguous(last)


@pytest.mark.parametrize(
    "order, first_is_bare",
    [(("Bush", "Jeb Bush"), True), (("Jeb Bush", "Bush"), False)],
)
def test_bare_surname_first_keeps_its_own_entry(
    order: tuple[str, str], first_is_bare: bool
) -> None:
    """One ``Directory.resolve`` call decides from the directory as it stands: a bare surname
    resolved before any full name stays in ``person:bush``, which no full name joins; after
    one, it joins that person. (The index settles it again: tests/test_directory_order.py.)"""
    d = Directory()
    a, b = (d.resolve(n, "person", f"art{i}") for i, n in enumerate(order))
    assert (a == b) is not first_is_bare
    assert (a == "person:bush") is first_is_bare
    assert d.resolve("Jeb Bush", "person", "x") == "person:bush/jeb"


def test_old_directory_state_loads() -> None:
    """A directory saved before roles, ambiguous entries and cited names were kept loads; its
    entry of bare surnames is ambiguous (no full name joins it)."""
    old = {"people": {"bush": [["person:bush", [], 3], ["person:bush/jeb", ["jeb"], 1]]},
           "keys": ["person:bush", "person:bush/jeb"]}  # fmt: skip
    d = Directory.from_state(old)
    assert d.resolve("George W. Bush", "person", "x") not in ("person:bush", "person:bush/jeb")
    assert d.resolve("Jeb Bush", "person", "y") == "person:bush/jeb"
    assert d.resolve("Bush", "person", "z") == "person:bush"  # the old bare entry, ambiguous


# -- descriptions of people: scoped to their article by the index as by directory_key ------------
# (first article's name, second article's name, one entry)
DESCRIPTIONS = [
    # a description with a proper word in it: two articles' are not known to be one person
    ("the Texas governor", "the Texas governor", False),
    ("The former Alaska governor", "the former Alaska governor", False),
    ("Weiner's spokesman", "Weiner's spokesman", False),
    ("New York's mayor", "New York's mayor", False),
    ("A spokesman", "A spokesman", False),
    ("the Fox News host", "the Fox News host", False),
    # names still meet across articles, a particle before the surname included
    ("Rick Perry", "Gov. Rick Perry", True),
    ("Sharif el-Gamal", "Sharif el-Gamal", True),
    ("Bashar al-Assad", "President Bashar al-Assad", True),
    ("Moon Jae-in", "Moon Jae-in", True),
    # bare surnames as the bare-surname rule has them: after the one full name, joins it;
    # before any full name, the ambiguous entry, which the full name does not join
    ("Rick Perry", "Perry", True),
    ("Perry", "Rick Perry", False),
    ("Perry", "Perry", True),
]


def _person_record(rid: str, name: str) -> Record:
    from newsprov.record import Attribution, Source
    from tests.test_corpus import _record, _span

    text = f"{name} said the new border plan would cost more than the state had set aside."
    return _record(
        rid, text, "The Plains Courier", "2021-05-04",
        [Source("s1", name, "person", None, [_span(text, name)])],
        [Attribution("a1", "s1", [_span(text, name)], [_span(text, "said")], [], "indirect")],
    )  # fmt: skip


@pytest.mark.parametrize("first, second, same", DESCRIPTIONS)
@pytest.mark.parametrize("path", ["directory", "index"])
def test_description_keys_agree_with_directory_key(
    first: str, second: str, same: bool, path: str
) -> None:
    """``Directory.resolve`` and the index file a person's description ("the Texas governor")
    under its article's scoped key, as :func:`directory_key` does, where they filed it under
    ``person:governor/texas``, one entry across articles; names are kept as they were."""
    keys = []
    if path == "directory":
        d = Directory()
        keys = [d.resolve(n, "person", f"art{i}") for i, n in enumerate((first, second))]
    else:
        idx = CorpusIndex()
        for i, n in enumerate((first, second)):
            keys.append(dict(idx.add(_person_record(f"art{i}", n)).directory)["s1"])
    assert (keys[0] == keys[1]) is same
    for i, (n, key) in enumerate(zip((first, second), keys, strict=True)):
        assert is_scoped(key) is is_scoped(directory_key(n, "person", f"art{i}"))
        if is_scoped(key):
            assert key == directory_key(n, "person", f"art{i}")


def test_old_state_description_entry_loads() -> None:
    """A directory saved while descriptions were people keeps their old entry (its key and
    citations stay), but no new citation joins it: a description is scoped to its article."""
    old = {
        "people": {"governor": [["person:governor/texas", ["texas"], 2, [], False]]},
        "keys": ["person:governor/texas"],
        "cited": {"old-1": {"the Texas governor": "person:governor/texas"}},
    }
    d = Directory.from_state(json.loads(json.dumps(old)))
    assert d.resolve("the Texas governor", "person", "new-1") == "unnamed:new-1/texas governor"
    assert "person:governor/texas" in d.to_state()["keys"]
    # an old article filed again, or replaced, resolves its description again: scoped
    rec = _person_record("old-1", "the Texas governor")
    first = CorpusIndex()
    first.add(rec)
    state = json.loads(json.dumps({**first.to_state(), "directory": old}))
    for replace_ in (False, True):
        idx = CorpusIndex.from_state(state)
        key = dict(idx.add(rec, replace=replace_).directory)["s1"]
        assert key == "unnamed:old-1/texas governor"


JANE_TEXT = (
    "Jane Esper, a marine biologist in Bergen, said the salmon season opened late this spring "
    "after a cold winter in the fjords, and that catches were smaller than in any recent year."
)


def _esper_record(rid: str, name: str, text: str, title: str | None = None) -> Record:
    from newsprov.record import Attribution, Source
    from tests.test_corpus import _record, _span

    who = name if name in text else text.split(",")[0]
    return _record(
        rid, text, "The Bergen Post", "2020-03-01",
        [Source("s1", name, "person", title, [_span(text, who)])],
        [Attribution("a1", "s1", [_span(text, who)], [_span(text, "said")], [], "indirect")],
    )  # fmt: skip


@pytest.mark.parametrize(
    "with_story_name, joins_mark",
    [(True, True), (False, False)],  # without Mark Esper in the story: two candidates, ambiguous
)
def test_bare_surname_meets_its_storys_full_name(with_story_name: bool, joins_mark: bool) -> None:
    """Jane Esper (another story) and Mark Esper are in the directory; "Esper" in a relay of
    the NYT's Mark Esper story joins Mark only when that story names him in full. The relay
    keeps its key when filed again or replaced, and after a state round trip."""
    idx = CorpusIndex()
    idx.add(_esper_record("jane-1", "Jane Esper", JANE_TEXT))
    if with_story_name:
        mark = dict(idx.add(_nyt()).directory)["s1"]
    else:
        mark = dict(idx.add(_esper_record("mark-2", "Mark Esper", JANE_TEXT + " Mark Esper said "
                                          "so.")).directory)["s1"]  # fmt: skip
    key = dict(idx.add(_relay()).directory)["s2"]
    assert (key == mark) is joins_mark
    assert is_ambiguous(key) is not joins_mark
    again = CorpusIndex.from_state(json.loads(json.dumps(idx.to_state())))
    assert dict(again.add(_relay()).directory)["s2"] == key
    assert dict(again.add(_relay(), replace=True).directory)["s2"] == key


# -- scale: a replace reads its own story's keys and its own clusters, not the corpus's ----------
def _relays(n: int) -> list[Record]:
    """``n`` copies of the relay article, 30 days apart (so n stories), each with its waiting
    relay edge to the NYT and its quote."""
    from datetime import date, timedelta

    start = date(2020, 1, 1)
    return [
        replace(
            _relay(),
            id=f"amn-{i}",
            document=replace(
                _relay().document, published=(start + timedelta(days=30 * i)).isoformat()
            ),
        )
        for i in range(n)
    ]


@pytest.mark.parametrize("n", [5, 200])
def test_replace_reads_its_own_keys_only(n: int) -> None:
    """Work of a replace, counted (no timing): the ``(story, outlet)`` keys and the quote
    clusters it reads do not grow with the corpus (they did: every edge and every cluster)."""
    idx = CorpusIndex()
    recs = _relays(n)
    for r in recs:
        idx.add(r)
    assert len(idx.stories.stories) == n
    keys, clusters = idx.keys_read, idx.quotes.read
    upd = idx.add(recs[n // 2], replace=True)
    assert idx.keys_read - keys <= 2  # its story's NYT edge key, and its own outlet's
    assert idx.quotes.read - clusters <= 1  # the one cluster it appears in
    assert len(upd.quotes) == 1 and len(upd.relays) == 1  # filed again, as before


@pytest.mark.parametrize("n", [5, 60])
def test_index_state_round_trip_keeps_the_indexes(n: int) -> None:
    """The derived indexes come back from a saved state: a replace after loading reads as
    little, and gives what it gives without the round trip."""
    recs = _relays(n)
    a = CorpusIndex()
    for r in recs:
        a.add(r)
    b = CorpusIndex.from_state(json.loads(json.dumps(a.to_state())))
    one, two = a.add(recs[1], replace=True), b.add(recs[1], replace=True)
    assert one.to_dict() == two.to_dict()
    assert b.keys_read <= 2 + n and b.quotes.read <= 1  # loading reads each story's keys once
    assert a.to_state() == b.to_state()

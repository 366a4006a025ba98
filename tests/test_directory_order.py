"""The source directory's keys do not depend on the order articles arrive in (docs/corpus.md,
"Source directory"): the same records filed in several orders, with replaces, give the same
key to every citation, through the index and through the store. Texts and names are invented."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from itertools import permutations
from pathlib import Path
from typing import Any

import pytest

from newsprov.corpus import CorpusIndex
from newsprov.corpus.directory import is_ambiguous
from newsprov.corpus.quotes import QuoteCluster
from newsprov.record import Attribution, Record, Source
from tests.test_corpus import _record

# stories: a body text and a day each; stories are weeks apart, so they never meet
STORIES = {
    "tax": ("The county board voted on Tuesday to raise the harbour toll by four dollars, "
            "citing repairs to the north pier and the ferry landing at Gull Point.", "2015-03-02"),
    "dam": ("Engineers found a crack in the spillway of the Redwater dam after heavy rain, and "
            "the state ordered the reservoir lowered by six feet within the week.", "2015-05-11"),
    "zoo": ("The city zoo welcomed two snow leopard cubs born to its fourteen-year-old female, "
            "the first births of the species at the park in three decades.", "2015-08-20"),
    "vote": ("Turnout in the mayoral runoff reached forty-one percent, the highest in twenty "
             "years, as polling stations in the river wards stayed open past nine.", "2015-11-03"),
    "fire": ("A grass fire near the rail yard burned two sheds and closed the freight line for "
             "six hours before crews from three towns contained it at dusk.", "2016-02-14"),
    "wine": ("Vintners in the valley reported the smallest grape harvest since 1998 after a "
             "late frost, and two cooperatives said they would buy fruit from growers abroad.",
             "2016-06-06"),
    "bank": ("The regional savings bank agreed to pay a fine of nine million dollars over "
             "hidden overdraft fees charged to students and retirees for six years.",
             "2016-09-19"),
}  # fmt: skip

Person = tuple[str, str | None]  # (name as cited, title)


def _article(rid: str, story: str, people: list[Person]) -> Record:
    body, day = STORIES[story]
    text = body + "".join(f" {name} said the plan was sound." for name, _ in people)
    sources, atts, at = [], [], len(body)
    for i, (name, title) in enumerate(people, 1):
        start = text.index(f" {name} said", at) + 1
        span = (start, start + len(name))
        at = span[1]
        sources.append(Source(f"s{i}", name, "person", title, [span]))
        cue = text.index("said", at)
        atts.append(Attribution(f"a{i}", f"s{i}", [span], [(cue, cue + 4)], [], "indirect"))
    return _record(rid, text, "The Harbour Ledger", day, sources, atts)


Step = tuple[str, str, list[Person]]  # (article id, story, people): a second step of an id
# is a new version of it (a replace)


def _final_keys(steps: list[Step]) -> tuple[dict[tuple[str, str], str], CorpusIndex]:
    """Every citation's key, ``(article id, name) -> key``, as a store keeps it: the keys each
    update gives its own article, changed by the later updates' ``rekeyed``."""
    idx, keys, seen = CorpusIndex(), {}, set()
    for rid, story, people in steps:
        rec = _article(rid, story, people)
        upd = idx.add(rec, replace=rid in seen)
        seen.add(rid)
        keys = {k: v for k, v in keys.items() if k[0] != rid}
        names = {s.id: s.name for s in rec.sources}
        keys.update(((rid, names[sid]), key) for sid, key in upd.directory)
        for aid, name, key in upd.rekeyed:
            assert (aid, name) in keys and aid != rid
            keys[(aid, name)] = key
    cited = {(a, n): k for a, ns in idx.directory.cited.items() for n, k in ns.items()}
    assert keys == cited  # what the updates said is what the directory holds
    assert _settle_all(idx) == {}  # the candidates kept are those found afresh
    return keys, idx


def _settle_all(idx: CorpusIndex) -> dict[tuple[str, str], str]:
    """Every bare surname settled with every candidate found afresh: what it changes."""
    d = idx.directory

    def named_of(article: str) -> set[str]:
        story = idx.story_of(article) or ""
        return {k for o in idx.story_articles(story) for k in d.named_in_full(d.cited.get(o, {}))}

    return d.settle(list(d.people) + list(d._bare_at), named_of)


def _orders(steps: list[Step], n: int = 8) -> list[list[Step]]:
    """``steps`` in every order when they are few, else in ``n`` shuffled ones; a replace
    (a second step of an id) always after its first version."""
    if len(steps) <= 5:
        out = [list(p) for p in permutations(steps)]
    else:
        out = [list(steps), list(reversed(steps))]
        for seed in range(n):
            out.append(random.Random(seed).sample(steps, len(steps)))
    fixed = []
    for order in out:
        first: dict[str, int] = {}
        order = [s for s in order]
        for i, (rid, _, _) in enumerate(order):
            first.setdefault(rid, i)
        # the versions of one id keep their relative order in ``steps``
        versions = {rid: [s for s in steps if s[0] == rid] for rid in first}
        used = {rid: 0 for rid in first}
        seq = []
        for rid, _, _ in order:
            seq.append(versions[rid][used[rid]])
            used[rid] += 1
        fixed.append(seq)
    return fixed


J, G, B = ("Jeb Bush", None), ("George W. Bush", None), ("Bush", None)
# (steps, citation -> the citation whose entry it must share, or "?" for the ambiguous entry)
ORDER_FREE = [
    # a bare surname before or after the full names: its story names George W. Bush in full
    ([("a1", "tax", [B]), ("a2", "tax", [G]), ("a3", "dam", [J])],
     {("a1", "Bush"): ("a2", "George W. Bush")}),
    # two candidates and no evidence: ambiguous in every order (it joined the one Bush known)
    ([("a1", "tax", [G]), ("a2", "dam", [J]), ("a3", "zoo", [B])], {("a3", "Bush"): "?"}),
    # one candidate, whenever it comes
    ([("a1", "tax", [B]), ("a2", "dam", [J]), ("a3", "zoo", [B])],
     {("a1", "Bush"): ("a2", "Jeb Bush"), ("a3", "Bush"): ("a2", "Jeb Bush")}),
    # a role only one candidate holds
    ([("a1", "tax", [("Bill Clinton", "President")]),
      ("a2", "dam", [("Hillary Clinton", "Secretary of State")]),
      ("a3", "zoo", [("Secretary of State Clinton", None)])],
     {("a3", "Secretary of State Clinton"): ("a2", "Hillary Clinton")}),
    # its own article names the other Trump in full: not her
    ([("a1", "tax", [("Donald Trump", None)]),
      ("a2", "dam", [("Melania Trump", None), ("President Trump", None)])],
     {("a2", "President Trump"): ("a1", "Donald Trump")}),
    # a well-known bearer, counted with the bare surnames that joined him on evidence
    ([*[(f"b{i}", s, [("Barack Obama", None)]) for i, s in enumerate(("tax", "dam", "zoo",
                                                                        "vote", "fire"))],
      ("s1", "wine", [("Sasha Obama", None)]), ("o1", "bank", [("Obama", None)])],
     {("o1", "Obama"): ("b0", "Barack Obama")}),
    # four times as often is not enough: ambiguous in every order
    ([*[(f"b{i}", s, [("Barack Obama", None)]) for i, s in enumerate(("tax", "dam", "zoo",
                                                                        "vote"))],
      ("s1", "wine", [("Sasha Obama", None)]), ("o1", "bank", [("Obama", None)])],
     {("o1", "Obama"): "?"}),
    # a replace takes Jeb Bush out (his entry goes): "Bush" has one candidate left
    ([("a1", "tax", [J]), ("a2", "dam", [G]), ("a3", "zoo", [B]),
      ("a1", "tax", [("Mike Pence", None)])],
     {("a3", "Bush"): ("a2", "George W. Bush")}),
    # a replace brings Jeb Bush in: "Bush" has two candidates and goes ambiguous
    ([("a1", "tax", [("Mike Pence", None)]), ("a2", "dam", [G]), ("a3", "zoo", [B]),
      ("a1", "tax", [J])],
     {("a3", "Bush"): "?"}),
    # a replace drops the story's full name: the bare surname loses its story evidence
    ([("a1", "tax", [G]), ("a2", "tax", [B]), ("a3", "dam", [J]),
      ("a1", "tax", [("Mike Pence", None)])],
     {("a2", "Bush"): ("a3", "Jeb Bush")}),
]  # fmt: skip


def _final_versions(steps: list[Step]) -> list[Step]:
    last: dict[str, Step] = {}
    for s in steps:
        last[s[0]] = s
    return list(last.values())


@pytest.mark.parametrize("steps, want", ORDER_FREE)
def test_directory_keys_do_not_depend_on_arrival_order(
    steps: list[Step], want: dict[tuple[str, str], Any]
) -> None:
    results = [_final_keys(order)[0] for order in _orders(steps)]
    # the final versions alone, filed once each, give the same directory
    results.append(_final_keys(_final_versions(steps))[0])
    assert all(r == results[0] for r in results)
    keys = results[0]
    for cite, other in want.items():
        if other == "?":
            assert is_ambiguous(keys[cite])
            assert sum(1 for k in keys.values() if k == keys[cite]) == sum(
                1 for c in want if want[c] == "?" and keys[c] == keys[cite]
            )
        else:
            assert keys[cite] == keys[other] and not is_ambiguous(keys[cite])


# given names (docs/corpus.md, "Source directory"): a person's key holds the fullest of its given
# names, and a given name compatible with two people's joins the most cited, in every order;
# (steps, citation -> its key)
JB, JOHN, JI = ("Jeb Bush", None), ("John Bush", None), ("J. Bush", None)
GIVEN_NAMES = [
    # one entry, keyed by the fullest form whichever came first
    ([("a1", "tax", [("Mike Pompeo", None)]), ("a2", "dam", [("Michael Pompeo", None)])],
     {("a1", "Mike Pompeo"): "person:pompeo/michael",
      ("a2", "Michael Pompeo"): "person:pompeo/michael"}),
    ([("a1", "tax", [("Joe Biden", None)]), ("a2", "dam", [("J. Biden", None)]),
      ("a3", "zoo", [("Joseph Biden", None)])],
     {("a1", "Joe Biden"): "person:biden/joseph", ("a2", "J. Biden"): "person:biden/joseph"}),
    ([("a1", "tax", [("A. Smith", None)]), ("a2", "dam", [("A.J. Smith", None)])],
     {("a1", "A. Smith"): "person:smith/a.j"}),
    # "J. Bush" beside Jeb and John, cited once each: the tie goes to the smaller key
    ([("a1", "tax", [JB]), ("a2", "dam", [JOHN]), ("a3", "zoo", [JI])],
     {("a3", "J. Bush"): "person:bush/jeb", ("a2", "John Bush"): "person:bush/john"}),
    # John cited twice: "J. Bush" joins him, whatever came first
    ([("a1", "tax", [JB]), ("a2", "dam", [JOHN]), ("a3", "zoo", [JI]), ("a4", "vote", [JOHN])],
     {("a3", "J. Bush"): "person:bush/john", ("a1", "Jeb Bush"): "person:bush/jeb"}),
    # "Chris" beside Christopher and Christine: compatible with both, the most cited
    ([("a1", "tax", [("Christopher Lee", None)]), ("a2", "dam", [("Christine Lee", None)]),
      ("a3", "zoo", [("Chris Lee", None)]), ("a4", "vote", [("Christopher Lee", None)])],
     {("a3", "Chris Lee"): "person:lee/christopher",
      ("a2", "Christine Lee"): "person:lee/christine"}),
    # negative: incompatible given names stay two people
    ([("a1", "tax", [("Joe Biden", None)]), ("a2", "dam", [("Hunter Biden", None)])],
     {("a1", "Joe Biden"): "person:biden/joe", ("a2", "Hunter Biden"): "person:biden/hunter"}),
    # negative: no fuller form, no new spelling ("Mike" stays "mike")
    ([("a1", "tax", [("Mike Pompeo", None)]), ("a2", "dam", [("Secretary Mike Pompeo", None)])],
     {("a1", "Mike Pompeo"): "person:pompeo/mike"}),
    # a replace takes the fullest form out: the key follows the forms cited now
    ([("a1", "tax", [("Joe Biden", None)]), ("a2", "dam", [("Joseph Biden", None)]),
      ("a2", "dam", [("Mike Pence", None)])],
     {("a1", "Joe Biden"): "person:biden/joe"}),
    # a replace takes John out: "J. Bush" goes to Jeb, the one compatible person left
    ([("a1", "tax", [JB]), ("a2", "dam", [JOHN]), ("a4", "vote", [JOHN]), ("a3", "zoo", [JI]),
      ("a2", "dam", [("Mike Pence", None)])],
     {("a3", "J. Bush"): "person:bush/jeb", ("a4", "John Bush"): "person:bush/john"}),
    # a bare surname meets the person keyed anew (its story names Joe Biden in full)
    ([("a1", "tax", [("Joe Biden", None)]), ("a2", "tax", [("Biden", None)]),
      ("a3", "dam", [("Joseph Biden", None)]), ("a4", "zoo", [("Hunter Biden", None)])],
     {("a2", "Biden"): "person:biden/joseph"}),
]  # fmt: skip


@pytest.mark.parametrize("steps, want", GIVEN_NAMES)
def test_given_names_do_not_depend_on_arrival_order(
    steps: list[Step], want: dict[tuple[str, str], str]
) -> None:
    """The spelling of a person's key and the person a given name compatible with two joins
    were the first cited and the most cited at the time (the order-bound rows of before): now
    the same in every order, through replaces, and for the final versions filed alone."""
    results = [_final_keys(order)[0] for order in _orders(steps)]
    results.append(_final_keys(_final_versions(steps))[0])
    assert all(r == results[0] for r in results)
    for cite, key in want.items():
        assert results[0][cite] == key


@pytest.mark.parametrize(
    "people, again, regroups",
    [
        # a known given name, none compatible with two people: its person counts it, no regroup
        (["Jeb Bush", "John Bush"], "Jeb Bush", 0),
        (["Joe Biden", "Joseph Biden"], "Joe Biden", 0),
        # a new given name, or one compatible with two people (counts decide): formed again
        (["Jeb Bush", "John Bush"], "George Bush", 1),
        (["Jeb Bush", "John Bush", "J. Bush"], "Jeb Bush", 1),
    ],
)
def test_given_names_regroup_only_when_they_may_change(
    people: list[str], again: str, regroups: int
) -> None:
    """Work counted: a surname's people are formed again (``Directory.regroup``) only when a
    citation can change them; the keys are those of forming them again in every case."""
    idx = CorpusIndex()
    stories = list(STORIES)
    for i, name in enumerate(people):
        idx.add(_article(f"p{i}", stories[i], [(name, None)]))
    before = idx.directory.regrouped
    idx.add(_article("again", stories[len(people)], [(again, None)]))
    assert idx.directory.regrouped - before == regroups
    keys = dict(idx.directory.cited["again"])
    state = idx.directory.to_state()
    for surname in list(idx.directory.people):
        idx.directory.regroup(surname)
    assert idx.directory.to_state() == state and dict(idx.directory.cited["again"]) == keys


def test_old_state_keys_its_people_anew() -> None:
    """A directory saved when a key held the first cited given name (``person:biden/joe``
    beside "Joseph Biden") loads with its keys; the next citation of the surname gives them
    the fullest form, every citation re-keyed, a quote cluster's speaker too."""
    idx = CorpusIndex()
    for rid, story, people in [("a1", "tax", [("Joe Biden", None)]),
                               ("a2", "dam", [("Joseph Biden", None)])]:  # fmt: skip
        idx.add(_article(rid, story, people))
    text = json.dumps(idx.to_state()).replace("person:biden/joseph", "person:biden/joe")
    old = CorpusIndex.from_state(json.loads(text))
    assert old.directory.cited["a2"]["Joseph Biden"] == "person:biden/joe"
    old.quotes.clusters["q-old"] = QuoteCluster("q-old", "person:biden/joe")
    upd = old.add(_article("a3", "zoo", [("Joe Biden", None)]))
    assert sorted(upd.rekeyed) == [
        ("a1", "Joe Biden", "person:biden/joseph"),
        ("a2", "Joseph Biden", "person:biden/joseph"),
    ]
    assert dict(upd.directory) == {"s1": "person:biden/joseph"}
    assert old.quotes.clusters["q-old"].speaker == "person:biden/joseph"


@pytest.mark.parametrize("steps, want", ORDER_FREE[:3] + ORDER_FREE[7:8] + GIVEN_NAMES[8:11])
def test_directory_state_round_trip_mid_way(
    steps: list[Step], want: dict[tuple[str, str], Any]
) -> None:
    """A state saved and loaded between any two steps settles as the index kept in memory."""
    whole, idx0 = _final_keys(steps)
    for cut in range(1, len(steps)):
        first, _ = _final_keys(steps[:cut])
        idx = CorpusIndex()
        seen: set[str] = set()
        for rid, story, people in steps[:cut]:
            idx.add(_article(rid, story, people), replace=rid in seen)
            seen.add(rid)
        idx = CorpusIndex.from_state(json.loads(json.dumps(idx.to_state())))
        for rid, story, people in steps[cut:]:
            idx.add(_article(rid, story, people), replace=rid in seen)
            seen.add(rid)
        cited = {(a, n): k for a, ns in idx.directory.cited.items() for n, k in ns.items()}
        assert cited == whole
        assert idx.to_state()["directory"] == idx0.to_state()["directory"]


def test_old_state_without_said_settles() -> None:
    """A directory saved before each citation's roles were kept (no ``said``) loads: its bare
    surnames are settled from the names cited when their surname is cited again."""
    idx = CorpusIndex()
    for rid, story, people in [("a1", "tax", [G]), ("a2", "dam", [B])]:
        idx.add(_article(rid, story, people))
    state = json.loads(json.dumps(idx.to_state()))
    assert dict(idx.directory.cited["a2"])["Bush"] == idx.directory.cited["a1"]["George W. Bush"]
    del state["directory"]["said"]
    old = CorpusIndex.from_state(state)
    upd = old.add(_article("a3", "zoo", [J]))  # a second Bush: the bare one is ambiguous now
    assert [(a, n) for a, n, _ in upd.rekeyed] == [("a2", "Bush")]
    assert is_ambiguous(old.directory.cited["a2"]["Bush"])


@pytest.mark.parametrize("n", [3, 60])
def test_settling_reads_the_changed_stories_only(n: int) -> None:
    """Work counted (no timing): a new citation of a known person reads the bare surnames of its
    own story, not the ``n`` elsewhere; a new person of the surname reads them all."""
    idx = CorpusIndex()
    stories = list(STORIES)
    idx.add(_article("bo", "tax", [("Barack Obama", None)]))
    for i in range(n):  # bare surnames in other stories, a month apart (each its own story)
        rec = _article(f"o{i}", stories[1 + i % 6], [("Obama", None)])
        day = f"{2000 + i // 12}-{1 + i % 12:02d}-15"
        idx.add(replace(rec, document=replace(rec.document, published=day)))
    assert len({idx.story_of(f"o{i}") for i in range(n)}) == n
    before = idx.directory.settled
    idx.add(_article("bo2", "tax", [("Barack Obama", None)]))
    assert idx.directory.settled - before == 0  # no bare "Obama" in its story
    before = idx.directory.settled
    upd = idx.add(_article("sasha", "tax", [("Sasha Obama", None)]))
    assert idx.directory.settled - before == n  # a new candidate: every one found again
    # Barack Obama cited twice, Sasha once: no longer 5 times as often, so ambiguous
    assert len(upd.rekeyed) == n and all(is_ambiguous(k) for _a, _n, k in upd.rekeyed)


def test_role_forms_agree_with_the_title_lexicon() -> None:
    """``directory._ROLE_FORM`` (one form per role) and ``lexicon.TITLE_ROLES`` (the nouns a
    title may be called by) differ on purpose; where both name a spelling, the form is a noun
    the lexicon allows, and the lexicon's wider nouns are no form (they would join roles)."""
    from newsprov.analysis.sources.lexicon import TITLE_ROLES
    from newsprov.corpus.directory import _ROLE_FORM, TITLE_WORDS

    shared = set(_ROLE_FORM) & set(TITLE_ROLES)
    assert {"gov", "sen", "rep", "congressman", "gen", "adm", "prof"} <= shared
    for word in shared:
        assert _ROLE_FORM[word] in TITLE_ROLES[word], word
    assert "lawmaker" not in set(_ROLE_FORM.values()) | TITLE_WORDS


# -- the store: re-keyed citations are written back, counters follow ------------------------------
def _store_view(url: str) -> tuple[dict[tuple[str, str], str], dict[str, tuple[int, int]]]:
    from sqlalchemy import select

    from newsprov.store import open_store
    from newsprov.store import tables as t

    with open_store(url) as st, st._read() as conn:
        src = {
            (a, sid): key
            for a, sid, key in conn.execute(
                select(t.articles.c.id, t.sources.c.sid, t.sources.c.key).join(
                    t.articles, t.articles.c.pk == t.sources.c.article_pk
                )
            )
        }
        att = {
            (a, aid): key
            for a, aid, key in conn.execute(
                select(t.articles.c.id, t.attributions.c.aid, t.attributions.c.source_key).join(
                    t.articles, t.articles.c.pk == t.attributions.c.article_pk
                )
            )
        }
        for (a, sid), key in src.items():  # each attribution speaks for the source it names
            assert att[(a, "a" + sid[1:])] == key
        counts = {
            k: (n, m)
            for k, n, m in conn.execute(
                select(t.directory.c.key, t.directory.c.n_articles, t.directory.c.n_attributions)
            )
            if n
        }
    return src, counts


@pytest.mark.parametrize(
    "steps, want", [ORDER_FREE[0], ORDER_FREE[2], ORDER_FREE[7], GIVEN_NAMES[1], GIVEN_NAMES[9]]
)
def test_store_keeps_the_settled_keys(
    steps: list[Step], want: dict[tuple[str, str], Any], tmp_path: Path
) -> None:
    """Filed one article a batch in two orders, the store's sources, attributions and entry
    counters end up as the final versions give them in one batch."""
    from newsprov.store import open_store

    views = []
    for n, order in enumerate([steps, list(reversed(_final_versions(steps))), None]):
        url = f"sqlite:///{tmp_path / f'{n}.db'}"
        with open_store(url) as st:
            if order is None:
                st.add_records([_article(*s) for s in _final_versions(steps)])
            else:
                for s in order:
                    st.add_records([_article(*s)])
        views.append(_store_view(url))
    assert views[0] == views[1] == views[2]

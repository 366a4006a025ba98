"""The profile's first-hand sources and relays, rows from an audit of unseen articles
(2026-12-05: NewsWCL50, ECB+ and MEANTIME texts; every sentence here is written for the test).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

import newsprov
from newsprov.analysis import Analyzer, components
from newsprov.analysis.profile import build_profile
from newsprov.analysis.sources.nesting import closes, comma_before
from newsprov.analysis.voice import classify_sentences
from newsprov.batch.local import run_local
from newsprov.batch.output import read_records
from newsprov.ingest import Article
from newsprov.options import Options
from newsprov.record import Attribution, Record, Source
from tests.conftest import checked
from tests.test_api_support import build_store, make_app


def _first_hand(rec: Record) -> list[str]:
    return [s.name for sid in rec.profile.first_hand_sources if (s := rec.source_by_id(sid))]


@pytest.mark.parametrize(
    ("text", "first_hand"),
    [
        # a cue of thought, wish, intention or perception says what someone thinks, means or
        # saw, not that they spoke to the outlet
        ("Mayor Ann Lee is planning to reopen the bridge in the spring.", []),
        ("Mayor Ann Lee is hoping that the bridge will reopen in the spring.", []),
        # forms the tagger lemmatises "hop", matched on the word (profile.NOT_SPEECH_FORMS)
        ("Mayor Ann Lee hoped that the bridge would reopen in the spring.", []),
        ("Mayor Ann Lee hopes that the bridge will reopen in the spring.", []),
        ("Mayor Ann Lee wants to reopen the bridge before the summer.", []),
        ("Mayor Ann Lee believes that the bridge will reopen in the spring.", []),
        ("Mayor Ann Lee knew that the bridge would not reopen in the spring.", []),
        ("A neighbour saw a woman run from the party and into a nearby shop.", []),
        # negative: verbs of saying, urging and promising are speech
        ("Mayor Ann Lee warned that the bridge would stay closed until the spring.", ["Ann Lee"]),
        ("Mayor Ann Lee urged drivers to avoid the bridge until the spring.", ["Ann Lee"]),
        ("Mayor Ann Lee promised to reopen the bridge before the summer.", ["Ann Lee"]),
        ("Mayor Ann Lee announced that the bridge would reopen in the spring.", ["Ann Lee"]),
        # a source who told another outlet: the words beside it come from the same interview
        (
            "Mark Pinder told The Canadian Press that the party had moved downstairs."
            " He said the group had been about to celebrate.",
            [],
        ),
        # negative: words far from the interview are the source's own to this outlet
        (
            "Mark Pinder told The Canadian Press that the party had moved downstairs."
            " The police arrived at six. The street was closed. The suspect was taken away at"
            " nine. Neighbours gathered outside. Later, Pinder said the group had been about"
            " to celebrate.",
            ["Mark Pinder"],
        ),
    ],
)
def test_first_hand_needs_speech_to_this_outlet(
    analyze: Callable[..., Record], text: str, first_hand: list[str]
) -> None:
    assert _first_hand(analyze(text)) == first_hand


TOLD = "The senator told The New York Times that the plan would fail."


@pytest.mark.parametrize(
    ("meta", "relays", "first_hand"),
    [
        # the article's own outlet, by name or by address, is no relay: the senator spoke to it
        ({"outlet": "The New York Times"}, [], ["The senator"]),
        ({"url": "https://www.nytimes.com/2018/04/17/us/politics/plan.html"}, [], ["The senator"]),
        ({"outlet": "nytimes.com"}, [], ["The senator"]),
        # negative: another outlet, or none known, and the Times is relayed
        ({"outlet": "Fox News"}, [("The New York Times", 1)], []),
        ({"url": "https://www.foxnews.com/politics/plan"}, [("The New York Times", 1)], []),
        ({}, [("The New York Times", 1)], []),
    ],
)
def test_own_outlet_from_the_metadata(
    analyze: Callable[..., Record],
    meta: dict[str, Any],
    relays: list[tuple[str, int]],
    first_hand: list[str],
) -> None:
    rec = analyze(TOLD, **meta)
    assert [(s.outlet, s.attributions) for s in rec.profile.second_hand] == relays
    assert _first_hand(rec) == first_hand


#: A long article (over the analyser's smallest chunk size) that names the Times once.
LONG = TOLD + "".join(f"\n\nThe bridge on road {n} was closed for repairs." for n in range(40))
NYT = {"outlet": "The New York Times"}
NYT_URL = {"url": "https://www.nytimes.com/2018/04/17/us/politics/plan.html"}


def _through(entry: str, analyzer: Analyzer, tmp_path: Path, meta: dict[str, Any]) -> Record:
    """The record of :data:`TOLD` with ``meta``, analysed through one entry point."""
    opts = Options(progress=False)
    if entry == "python-api":
        return newsprov.analyze(text=TOLD, options=opts, **meta)
    if entry == "http":
        app = make_app(analyzer, build_store(tmp_path / "api.db"))
        with TestClient(app) as client:
            resp = client.post("/api/analyze", json={"text": TOLD, **meta})
        assert resp.status_code == 200, resp.text
        return Record.from_dict(resp.json())
    if entry == "batch":
        rows = tmp_path / "in.jsonl"
        # the other article of the batch carries the other metadata: none leaks across
        other = {} if meta else NYT
        lines = [{"id": "x", "text": TOLD, **other}, {"id": "a", "text": TOLD, **meta}]
        rows.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
        run_local([str(rows)], str(tmp_path / "out"), opts)
        return next(
            Record.from_dict(r) for r in read_records(str(tmp_path / "out")) if r["id"] == "a"
        )
    if entry == "stream":  # the command line's and the store's nlp.pipe batches
        other = {} if meta else NYT
        arts = [Article(text=TOLD, id="x", **other), Article(text=TOLD, id="a", **meta)]
        return [o.record for o in analyzer.analyze_stream(arts) if o.record][1]
    assert entry == "long"  # parsed in chunks, the components run on the joined doc
    long = Analyzer(Options(progress=False, chunk_chars=1_000), nlp=analyzer.nlp)
    return long.analyze(Article(text=LONG, **meta))


@pytest.mark.parametrize("entry", ["python-api", "http", "batch", "stream", "long"])
@pytest.mark.parametrize(
    ("meta", "relays", "first_hand"),
    [
        # the metadata's outlet, or its address, reaches the profile component
        pytest.param(NYT, [], ["The senator"], id="outlet"),
        pytest.param(NYT_URL, [], ["The senator"], id="url"),
        # negative: no metadata, no own outlet: the Times is relayed
        pytest.param({}, [("The New York Times", 1)], [], id="none"),
    ],
)
def test_own_outlet_reaches_the_profile_through_each_entry_point(
    analyzer: Analyzer,
    tmp_path: Path,
    entry: str,
    meta: dict[str, Any],
    relays: list[tuple[str, int]],
    first_hand: list[str],
) -> None:
    rec = checked(_through(entry, analyzer, tmp_path, meta))
    assert [(s.outlet, s.attributions) for s in rec.profile.second_hand] == relays
    assert _first_hand(rec) == first_hand


@pytest.mark.parametrize(
    ("own", "relays"),
    [
        # a caller running the pipeline itself puts the own outlet on the doc
        ("The New York Times", []),
        ("nytimes.com", []),
        # negative: none put there
        (None, ["The New York Times"]),
    ],
)
def test_own_outlet_on_a_doc_piped_directly(
    analyzer: Analyzer, own: str | None, relays: list[str]
) -> None:
    nlp = analyzer.nlp
    docs = [components.set_metadata(nlp.make_doc(t), None, own) for t in (TOLD, TOLD)]
    for doc in nlp.pipe(docs):
        assert [s.outlet for s in doc._.np_profile.second_hand] == relays
    assert [s.outlet for s in nlp(TOLD)._.np_profile.second_hand] == ["The New York Times"]


@pytest.mark.parametrize(
    ("name", "first_hand"),
    [
        # a quotation's "I" left unresolved names nobody the reader can tell spoke
        ("I", []),
        ("we", []),
        # negative: a name
        ("Rodney Scott", ["s1"]),
    ],
)
def test_a_pronoun_is_no_first_hand_source(analyzer, name: str, first_hand: list[str]) -> None:  # type: ignore[no-untyped-def]
    text = "I find it unconscionable that anyone would put a child in danger, he said."
    doc = analyzer.nlp(text)
    cue = text.index("find")
    att = Attribution(
        id="a1",
        source="s1",
        source_spans=[],
        cue_spans=[(cue, cue + 4)],
        content_spans=[(cue + 5, text.index(", he"))],
        form="indirect",
        chain=["s1"],
        evidence="verb+ccomp",
    )
    src = Source(id="s1", name=name, kind="person")
    # "find" is a verb of saying here (a finding); only the name decides
    p = build_profile(doc, [src], [att], classify_sentences(doc, [att], []), [])
    assert p.first_hand_sources == first_hand


# A second audit of unseen articles (2026-12-05: NewsWCL50, ECB+ and PolNeAR train texts);
# every sentence here is written for the test. (text, relays, first-hand source names)
SECOND_AUDIT = [
    # the agency a dateline credits wrote the article: who "wrote in an email to Reuters"
    # spoke to its writer, and Reuters is no relay
    (
        "WASHINGTON (Reuters) - The city council approved the budget on Friday.\n"
        '"It will not pass," Ann Lee wrote in an email to Reuters.',
        [],
        ["Ann Lee"],
    ),
    (
        "Washington (AFP) – The city council approved the budget on Friday, the mayor told AFP.",
        [],
        ["the mayor"],
    ),
    # negative: no dateline, and Reuters relays her
    (
        "The city council approved the budget on Friday.\n"
        '"It will not pass," Ann Lee wrote in an email to Reuters.',
        [("Reuters", 1)],
        [],
    ),
    # a modal of obligation, possibility or condition: what someone ought to, may or would
    # do, not speech
    ("The administration should insist on a full inspection before any summit.", [], []),
    ("The administration must demand a full inspection before any summit.", [], []),
    ("The government could deny the mining permits next year.", [], []),
    # negative: insisting is speech, and a modal inside the content is no cue's
    (
        "The administration insisted on a full inspection before any summit.",
        [],
        ["The administration"],
    ),
    ("The mayor said that the bridge would reopen in the spring.", [], ["The mayor"]),
    # known loss: a modal that reports speech all the same (none on 234 texts)
    pytest.param(
        "The mayor could only say that the bridge would reopen in the spring.",
        [],
        ["The mayor"],
        marks=pytest.mark.xfail(reason="'could only say' is speech; modals are not read"),
    ),
    pytest.param(
        "The mayor would later say that the bridge would reopen in the spring.",
        [],
        ["The mayor"],
        marks=pytest.mark.xfail(reason="a narrative 'would later say' is speech"),
    ),
    # a weak outlet name told, inside a sentence, is the outlet ("told People", "Fox")
    ("The senator told People that the plan would fail.", [("People", 1)], []),
    ('"It will fail," the senator said to People.', [("People", 1)], []),
    ("The senator told Fox that the plan would fail.", [("Fox News", 1)], []),
    # negative: the plural noun, at a sentence's start or in lower case
    ("People said the plan would fail.", [], []),
    ("The senator told people in the hall that the plan would fail.", [], ["The senator"]),
    # several outlets are no outlet to relay
    ("Several newspapers reported that the senator had resigned.", [], []),
    ("Far fewer publications reported that the senator had resigned.", [], []),
    # negative: one newspaper
    ("The newspaper reported that the senator had resigned.", [("The newspaper", 1)], []),
]


@pytest.mark.parametrize(
    ("name", "first_hand"),
    [
        # "he said" whose "he" the sources stage tied to nobody names nobody
        ("he", []),
        ("She", []),
        ("they", []),
        # negative: a name, and a word that only looks like a pronoun
        ("Ann Lee", ["s1"]),
        ("Hey Jude", ["s1"]),
    ],
)
def test_a_third_person_pronoun_is_no_first_hand_source(
    analyzer,  # type: ignore[no-untyped-def]
    name: str,
    first_hand: list[str],
) -> None:
    text = "The bridge will stay closed until the spring, he said."
    doc = analyzer.nlp(text)
    cue = text.index("said")
    att = Attribution(
        id="a1",
        source="s1",
        source_spans=[],
        cue_spans=[(cue, cue + 4)],
        content_spans=[(0, text.index(", he"))],
        form="indirect",
        chain=["s1"],
        evidence="verb+ccomp",
    )
    src = Source(id="s1", name=name, kind="person")
    p = build_profile(doc, [src], [att], classify_sentences(doc, [att], []), [])
    assert p.first_hand_sources == first_hand


# A third audit of unseen articles (2026-12-05: NewsWCL50, ECB+ and PolNeAR train texts);
# every sentence here is written for the test.
THIRD_AUDIT = [
    # words known from reports or claims ("reportedly", "allegedly") were not heard by the
    # outlet
    ("The minister reportedly told the envoys that the plant would close.", [], []),
    ("The minister allegedly told the envoys that the plant would close.", [], []),
    # an outlet's tag after the words it reports relays them: the tag frames the report
    # before it ("officials said ..., the Globe reported"; sources.nesting)
    (
        "Officials said Saturday they were treating the fire as arson, the Boston Globe"
        " reported Sunday.",
        [("The Boston Globe", 2)],
        [],
    ),
    (
        "Officials said Saturday they were treating the fire as arson, The Boston Globe reported.",
        [("The Boston Globe", 2)],
        [],
    ),
    # negative: the same report told the other way round, and no report at all
    (
        "The Boston Globe reported that officials said the fire was arson.",
        [("The Boston Globe", 2)],
        [],
    ),
    ("Officials said Saturday they were treating the fire as arson.", [], ["Officials"]),
    ("The minister told the envoys that the plant would close.", [], ["The minister"]),
    # verbs of emotion and of witness say what someone feels or saw, not that they spoke
    ("Mayor Ann Lee loves the new bridge.", [], []),
    # "hated" is lemmatised "hat", matched on the word (profile.NOT_SPEECH_FORMS)
    ("The mayor hated the old bridge.", [], []),
    ("Mayor Ann Lee witnessed the collapse of the old bridge.", [], []),
    # negative: praise and criticism are said
    ("Mayor Ann Lee praised the new bridge.", [], ["Ann Lee"]),
    ("The senator called the mayor on Friday to ask about the bridge.", [], ["The senator"]),
]


@pytest.mark.parametrize(("text", "relays", "first_hand"), SECOND_AUDIT + THIRD_AUDIT)
def test_audit_relays_and_first_hand(
    analyze: Callable[..., Record],
    text: str,
    relays: list[tuple[str, int]],
    first_hand: list[str],
) -> None:
    rec = analyze(text)
    assert [(s.outlet, s.attributions) for s in rec.profile.second_hand] == relays
    assert _first_hand(rec) == first_hand


@pytest.mark.parametrize(
    ("text", "first_hand"),
    [
        # a non-finite cue hung on a verb of intention is intended, not done: "plan to cross
        # ... to ask for asylum"
        ("The marchers plan to cross at the border post to ask for asylum.", []),
        ("The marchers want to cross at the border post to ask for asylum.", []),
        # negative: a purpose clause of something done, and a finite cue
        ("The marchers crossed at the border post on Monday to ask for asylum.", ["s1"]),
        ("The marchers asked for asylum at the border post on Monday.", ["s1"]),
    ],
)
def test_a_cue_hung_on_a_verb_of_intention_is_no_speech(
    analyzer,  # type: ignore[no-untyped-def]
    text: str,
    first_hand: list[str],
) -> None:
    doc = analyzer.nlp(text)
    at = text.index("ask")
    cue = (at - 3, at + 7) if text[at - 3 : at] == "to " else (at, at + 9)
    att = Attribution(
        id="a1",
        source="s1",
        source_spans=[(0, len("The marchers"))],
        cue_spans=[cue],
        content_spans=[(text.index("asylum"), text.index("asylum") + 6)],
        form="indirect",
        chain=["s1"],
        evidence="verb+prep",
    )
    src = Source(id="s1", name="The marchers", kind="person")
    p = build_profile(doc, [src], [att], classify_sentences(doc, [att], []), [])
    assert p.first_hand_sources == first_hand


# A fourth audit of unseen articles (2026-12-05: NewsWCL50, ECB+ and PolNeAR train texts);
# every sentence here is written for the test. (text, metadata, relays, first-hand sources)
FOURTH_AUDIT = [
    # a plea in court is an act of the proceedings the outlet reports, not words given to it
    ("Former aide Ann Lee pleaded guilty to lying to investigators.", {}, [], []),
    ("Former aide Ann Lee pleaded not guilty to the charges on Monday.", {}, [], []),
    ("Former aide Ann Lee has pleaded not guilty.", {}, [], []),
    # negative: a plea that is speech
    ("Mayor Ann Lee pleaded with the council to keep the bridge open.", {}, [], ["Ann Lee"]),
    # a cue in a clause of condition says what would follow on a case supposed
    ("If Mayor Ann Lee finds that the bridge is unsafe, the city will close it.", {}, [], []),
    ("The bridge will close in May unless Mayor Ann Lee says otherwise.", {}, [], []),
    # negative: a warning given, a concession ("even if": done all the same), and a clause
    # of time
    (
        "Even if Mayor Ann Lee warned that the bridge was unsafe, the council kept it open.",
        {},
        [],
        ["Ann Lee"],
    ),
    ("Inspector Ann Lee warned that the bridge was unsafe.", {}, [], ["Ann Lee"]),
    (
        "When the council met on Monday, Mayor Ann Lee said the bridge was unsafe.",
        {},
        [],
        ["Ann Lee"],
    ),
    # an appearance on an outlet's programme relays the speaker, as "told CNN" does
    ("Senator Ann Lee said on CNN that the plan would fail.", {}, [("CNN", 1)], []),
    (
        'Senator Ann Lee said Sunday on NBC\'s "Meet the Press" that the plan would fail.',
        {},
        [("NBC News", 1)],
        [],
    ),
    # negative: the article's own outlet, a platform that is no outlet, a day
    (
        "Senator Ann Lee said on CNN that the plan would fail.",
        {"outlet": "CNN"},
        [],
        ["Ann Lee"],
    ),
    ("Senator Ann Lee said on Twitter that the plan would fail.", {}, [], ["Ann Lee"]),
    ("Senator Ann Lee said on Sunday that the plan would fail.", {}, [], ["Ann Lee"]),
    # a source the article relays only through an outlet: its words beside the interview
    # are the interview's, and count for the outlet
    (
        "Council member Ann Lee told The Boston Globe that the plan would fail."
        " Lee said the vote had been rushed.",
        {},
        [("The Boston Globe", 2)],
        [],
    ),
    # negative: a source who also speaks to this outlet (far from the interview) keeps the
    # words beside it
    (
        "Council member Ann Lee told The Boston Globe that the plan would fail."
        " Lee said the vote had been rushed. The police arrived at six. The street was"
        " closed. The suspect was taken away at nine. Neighbours gathered outside. Later,"
        " Lee said the council would meet again.",
        {},
        [("The Boston Globe", 1)],
        ["Ann Lee"],
    ),
]


def _audit_test(rows: list[Any]) -> Callable[..., None]:
    """A test over an audit's rows ``(text, meta, relays, first_hand)``: the article analysed
    with ``meta``, its relayed outlets with their attribution counts and its first-hand
    sources (one runner for the fourth and later audits' tables)."""

    @pytest.mark.parametrize(("text", "meta", "relays", "first_hand"), rows)
    def test(
        analyze: Callable[..., Record],
        text: str,
        meta: dict[str, str],
        relays: list[tuple[str, int]],
        first_hand: list[str],
    ) -> None:
        rec = analyze(text, **meta)
        assert [(s.outlet, s.attributions) for s in rec.profile.second_hand] == relays
        assert _first_hand(rec) == first_hand

    return test


test_fourth_audit_relays_and_first_hand = _audit_test(FOURTH_AUDIT)


FIFTH_AUDIT = [
    # a deed done with a thing: published, released, posted, recorded, charged
    ("The group WikiLeaks published the archives of the party's emails.", {}, [], []),
    ("The Justice Department released copies of the memos on Thursday.", {}, [], []),
    ("Guard Ann Lee posted a game-high 29 points in the win.", {}, [], []),
    ("Federal prosecutors charged two developers with fraud.", {}, [], []),
    # "agreed to" do something: a commitment, as "decided to" is
    ("The city of Boston agreed to limit its spending next year.", {}, [], []),
    # negative: the words published, a statement released, "agreed that", "charged that"
    (
        "Mayor Ann Lee released a statement saying the bridge was unsafe.",
        {},
        [],
        ["Ann Lee"],
    ),
    ("Mayor Ann Lee agreed that the bridge was unsafe.", {}, [], ["Ann Lee"]),
    # negative: the source's own words in a medium, and a quotation posted
    (
        "Senator Ann Lee released a web ad that accuses the governor of lying.",
        {},
        [],
        ["Ann Lee"],
    ),
    (
        'Jack Lee, the company\'s chief, posted "So terrible" after the attack.',
        {},
        [],
        ["Jack Lee"],
    ),
    ("Mayor Ann Lee charged that the council had wasted money.", {}, [], ["Ann Lee"]),
    # an interview's outlet relays the speaker even when the cue names another one told
    (
        "In an interview with CNN, Mayor Ann Lee warned the council that a delay would cost"
        " millions.",
        {},
        [("CNN", 1)],
        [],
    ),
    (
        "Mayor Ann Lee told the council in an interview with CNN on Sunday that a delay would"
        " cost millions.",
        {},
        [("CNN", 1)],
        [],
    ),
    # negative: an interview with someone who is no outlet, and the article's own outlet
    (
        "In an interview with her sister, Mayor Ann Lee warned the council that a delay would"
        " cost millions.",
        {},
        [],
        ["Ann Lee"],
    ),
    (
        "In an interview with CNN, Mayor Ann Lee warned the council that a delay would cost"
        " millions.",
        {"outlet": "CNN"},
        [],
        ["Ann Lee"],
    ),
    # negative: an outlet the interview is about, not its interviewer
    (
        "In an interview with the mayor about The Boston Globe's report, Governor Ann Lee told"
        " reporters that she would resign.",
        {},
        [],
        ["Ann Lee"],
    ),
]


test_fifth_audit_relays_and_first_hand = _audit_test(FIFTH_AUDIT)


SIXTH_AUDIT = [
    # the verb of thought "consider": what someone holds, not words given to the outlet
    ("The committee considers the plan a threat to the budget.", {}, [], []),
    ("The council is considering a new tax on hotels.", {}, [], []),
    # a stance taken on a thing: "support", "oppose" with a direct object
    ("The Alliance for Clean Water supports the new rules.", {}, [], []),
    ("Governor Ann Lee vehemently opposed the treaty.", {}, [], []),
    # "agreed to" a thing, and talks held with someone else
    ("The company agreed to the terms of the deal.", {}, [], []),
    ("Developer Jack Lee negotiated a deal to buy the hotel.", {}, [], []),
    # negative: the same verbs under a verb of saying stay the speaker's words
    ("Governor Ann Lee said she opposed the treaty.", {}, [], ["Ann Lee"]),
    ("Mayor Ann Lee said the council would consider a new tax.", {}, [], ["Ann Lee"]),
    ("Developer Jack Lee said he had negotiated a deal to buy the hotel.", {}, [], ["Jack Lee"]),
    # an interview the outlet's name qualifies relays the speaker
    ("Mayor Ann Lee said in a CNN interview that the vote was rigged.", {}, [("CNN", 1)], []),
    (
        "Mayor Ann Lee said in a 1998 Playboy interview that the vote was rigged.",
        {},
        [("Playboy", 1)],
        [],
    ),
    ("Mayor Ann Lee said in an interview on CNN that the vote was rigged.", {}, [("CNN", 1)], []),
    # negative: an interview no outlet's name qualifies, and the article's own outlet
    ("Mayor Ann Lee said in a phone interview that the vote was rigged.", {}, [], ["Ann Lee"]),
    (
        "Mayor Ann Lee said in her interview on Sunday that the vote was rigged.",
        {},
        [],
        ["Ann Lee"],
    ),
    (
        "Mayor Ann Lee said in a CNN interview that the vote was rigged.",
        {"outlet": "CNN"},
        [],
        ["Ann Lee"],
    ),
    # outlets and fact-checkers the registry lacked: told, or speaking for themselves
    ("Mayor Ann Lee told Le Parisien that the vote was rigged.", {}, [("Le Parisien", 1)], []),
    ("Mayor Ann Lee told ESPN that the team would move.", {}, [("ESPN", 1)], []),
    ("Snopes found the claim false.", {}, [("Snopes", 1)], []),
    # negative: a name, a demonym and an agency's abbreviation that are no outlet
    (
        "Sergeant Shayne La Croix said the road was closed.",
        {},
        [],
        ["Shayne La Croix"],
    ),
    ("The NRC said the reactor was safe.", {}, [], ["NRC"]),
]


test_sixth_audit_relays_and_first_hand = _audit_test(SIXTH_AUDIT)


# A poll or survey run jointly by several sponsors is a document of them all: the poll is the
# source (a document, no first-hand source) and every outlet among its sponsors relays its
# figures, the article's own outlet excepted. (text, metadata, relays, first-hand sources)
JOINT_POLLS = [
    (
        "According to a University of Texas/Texas Tribune poll released Monday, the senator"
        " leads by four points.",
        {},
        [("The Texas Tribune", 1)],
        [],
    ),
    (
        "According to an NBC News/Wall Street Journal poll released Monday, the senator leads"
        " by four points.",
        {},
        [("NBC News", 1), ("The Wall Street Journal", 1)],
        [],
    ),
    (
        "A Washington Post-ABC News poll released Monday found that the senator leads by four"
        " points.",
        {},
        [("The Washington Post", 1), ("ABC News", 1)],
        [],
    ),
    # whichever mention of the poll is the source: a relative "that", a later "The poll"
    (
        "Senator Jack Lee pointed to the Wall Street Journal/NBC News poll that shows him ahead.",
        {},
        [("The Wall Street Journal", 1), ("NBC News", 1)],
        ["Jack Lee"],
    ),
    (
        "According to a University of Texas/Texas Tribune poll released Monday, the senator"
        " leads. The poll also found that the governor trails.",
        {},
        [("The Texas Tribune", 2)],
        [],
    ),
    # negative: the article's own outlet among the sponsors relays nothing
    (
        "A Washington Post-ABC News poll released Monday found that the senator leads by four"
        " points.",
        {"outlet": "The Washington Post"},
        [("ABC News", 1)],
        [],
    ),
    # negative: one sponsor only, an outlet whose own name has a hyphen, no outlet at all
    (
        "According to a CNN poll released Monday, the senator leads by four points.",
        {},
        [("CNN", 1)],
        [],
    ),
    (
        "According to a new Pittsburgh Post-Gazette poll, the senator leads by four points.",
        {},
        [("Pittsburgh Post-Gazette", 1)],
        [],
    ),
    (
        "According to a Quinnipiac University poll released Monday, the senator leads by four"
        " points.",
        {},
        [],
        [],
    ),
]


test_joint_polls_relay_each_outlet = _audit_test(JOINT_POLLS)


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "According to a University of Texas/Texas Tribune poll released Monday, the senator"
            " leads by four points.",
            [
                ("a University of Texas/Texas Tribune poll released Monday", "document"),
                ("The Texas Tribune", "outlet"),
            ],
        ),
        # negative: a poll of one outlet is that outlet's report
        ("According to a CNN poll released Monday, the senator leads.", [("CNN", "outlet")]),
    ],
)
def test_a_joint_poll_is_a_document(
    analyze: Callable[..., Record], text: str, sources: list[tuple[str, str]]
) -> None:
    assert [(s.name, s.kind) for s in analyze(text).sources] == sources


SEVENTH_AUDIT = [
    # a quotation that runs over several sentences is as near an interview another outlet
    # relays as its first sentence
    (
        "Judge Ann Lee sentenced the man to life, The Boston Globe reported.\n"
        '"You will be pleased to know that I will be brief," Lee said.\n'
        '"I will not lecture.\nThe jury has spoken.\nI respect the jury.\n'
        'I think the jury did its best."',
        {},
        [("The Boston Globe", 3)],
        [],
    ),
    # negative: a quotation far from the interview is the source's own to this outlet
    (
        "Mayor Ann Lee told The Boston Globe that the plan would fail. The police arrived at"
        " six. The street was closed. The suspect was taken away at nine. Neighbours gathered"
        ' outside. "The vote was rushed," Lee said. "We will meet again."',
        {},
        [("The Boston Globe", 1)],
        ["Ann Lee"],
    ),
    # an outlet's tag after a quotation that ends someone's words frames them
    (
        'Minister Jack Lee said the evidence was "fake and fabricated," the Associated Press'
        " reported.",
        {},
        [("Associated Press", 2)],
        [],
    ),
    # negative: the outlet's words beside the minister's, not a tag closing them
    (
        'Minister Jack Lee said the evidence was "fake and fabricated." The Associated Press'
        " reported that the talks had stalled.",
        {},
        [("Associated Press", 1)],
        ["Jack Lee"],
    ),
    # the short form an outlet goes by in the article after its full name
    (
        "The Atlanta Journal-Constitution reported that the court had closed. The"
        " Journal-Constitution said the judge was ill.",
        {},
        [("The Atlanta Journal-Constitution", 2)],
        [],
    ),
    # an act of a court's proceedings: a sentence, a conviction, an indictment
    ("A judge in Fulton County sentenced Brian Nichols to life in prison.", {}, [], []),
    ("A grand jury indicted the mayor on Tuesday.", {}, [], []),
    # negative: the judge's words
    ("Judge Ann Lee said the sentence was fair.", {}, [], ["Ann Lee"]),
    # an indefinite pronoun in the present: a case in general, nobody in particular
    ("The next time someone asks to go off the record, the reporter should refuse.", {}, [], []),
    # negative: in the past, one person left unnamed; and a description
    ("Then someone asked how the mayor could inspire young people.", {}, [], ["someone"]),
    (
        "Someone familiar with the decision said the bridge would close.",
        {},
        [],
        ["Someone familiar with the decision"],
    ),
    # a noun of belief: what someone holds, not words given to the outlet
    ("The meeting cemented Mr. Lee's view that the mayor should resign.", {}, [], []),
    # negative: a noun of speech
    ("Mr. Lee's claim that the mayor should resign angered the council.", {}, [], ["Lee"]),
]


test_seventh_audit_relays_and_first_hand = _audit_test(SEVENTH_AUDIT)


# the profile's closing tag and the sources stage's trailing tag read one definition of what
# may follow a tag and of the comma that sets it off (nesting.closes, nesting.comma_before)
@pytest.mark.parametrize(
    ("text", "start", "floor", "reach", "expected"),
    [
        ('he said it was "fake," the AP reported.', 23, 0, 16, True),
        ('he said it was "fake," the AP reported.', 23, 0, 6, True),
        ("officials said it was arson, the Globe reported", 29, 0, 16, True),
        # negative: no comma before the tag; the comma past the reach, or before the floor
        ('he said it was "fake." The AP reported.', 23, 0, 16, False),
        ('it was "fake,"      the AP reported.', 20, 0, 6, False),
        ('it was "fake,"      the AP reported.', 20, 0, 16, True),
        ('it was "fake," the AP reported.', 15, 14, 16, False),
    ],
)
def test_comma_before_a_tag(text: str, start: int, floor: int, reach: int, expected: bool) -> None:
    assert comma_before(text, start, floor=floor, reach=reach) is expected


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("..., the paper reported.", 23, True),
        ('..., the paper reported."\n', 23, True),
        # negative: words after the tag
        ("..., the paper reported Sunday.", 23, False),
    ],
)
def test_a_tag_closes_its_words(text: str, end: int, expected: bool) -> None:
    assert closes(text, end, len(text)) is expected


SEVENTH_AUDIT_LEFT = [
    # a judgement reached, in a participle clause on a deed: why it was done, no words
    ("Mr. Lee resigned in March, concluding that his client was ignoring his advice.", {}, [], []),
    (
        "Mayor Ann Lee closed the bridge on Monday, reasoning that the storm would flood it.",
        {},
        [],
        [],
    ),
    # negative: "concluded" as a cue of its own, and after a quotation, is speech
    ("Mayor Ann Lee concluded that the plan would fail.", {}, [], ["Ann Lee"]),
    ('"The plan will fail," Mayor Ann Lee concluded.', {}, [], ["Ann Lee"]),
    # a speech to be given: no words to the outlet, nor to the outlet relaying the speaker
    ("Senator Ann Lee is scheduled to address the convention on Monday.", {}, [], []),
    (
        '"I ask you not to protest," Senator Ann Lee said, according to CNN. Lee is scheduled'
        " to address the convention on Monday.",
        {},
        [("CNN", 3)],
        [],
    ),
    # negative: a speech given, and words beside the relay, count
    (
        "Senator Ann Lee addressed the convention on Monday, saying the party must unite.",
        {},
        [],
        ["Ann Lee"],
    ),
    (
        '"I ask you not to protest," Senator Ann Lee said, according to CNN. Lee also urged her'
        " delegates to stay calm.",
        {},
        [("CNN", 4)],
        [],
    ),
]


test_seventh_audit_leftovers = _audit_test(SEVENTH_AUDIT_LEFT)


# a body named by its initials and then in full is one source, as in the other order
@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "The DNC said on Monday that it would apologize to the senator. The Democratic"
            " National Committee added that two staff members had resigned.",
            ["Democratic National Committee"],
        ),
        (
            "The Democratic National Committee (DNC) said on Monday that it would apologize. The"
            " DNC added that two staff members had resigned.",
            ["Democratic National Committee"],
        ),
        (
            "The EPA said the rule would take effect in May. The Environmental Protection Agency"
            " added that it would hear comments.",
            ["Environmental Protection Agency"],
        ),
        # negative: a party and its national committee stay two bodies (not initials)
        (
            "The Democratic Party said on Monday that it would sue. The Democratic National"
            " Committee added that the suit was filed in New York.",
            ["Democratic Party", "Democratic National Committee"],
        ),
        # negative: initials that spell another name
        (
            "The EPA said the rule would take effect in May. The Federal Aviation Administration"
            " added that it would hear comments.",
            ["EPA", "Federal Aviation Administration"],
        ),
    ],
)
def test_initials_then_the_name_in_full(
    analyze: Callable[..., Record], text: str, sources: list[str]
) -> None:
    assert [s.name for s in analyze(text).sources] == sources


EIGHTH_AUDIT = [
    # a stance taken on a thing: backing, favouring
    ("A super PAC backing former governor Jeb Bush has run ads in the state.", {}, [], []),
    ("Mayor Ann Lee favors a tax on carbon.", {}, [], []),
    # negative: "said she backed", and "backed down, saying", give words
    ("Mayor Ann Lee said she backed the plan.", {}, [], ["Ann Lee"]),
    ("Mayor Ann Lee backed down on Monday, saying the plan had failed.", {}, [], ["Ann Lee"]),
    # an effort toward a deed
    ("Libertarian candidate pushes to hit needed poll numbers.", {}, [], []),
    # negative: "pushed back on", "pushed for", with no infinitive, are speech
    ("Mayor Ann Lee pushed back on the claim that the bridge was unsafe.", {}, [], ["Ann Lee"]),
    ("Mayor Ann Lee pushed for a vote on the bridge.", {}, [], ["Ann Lee"]),
    # negative: someone pushed to do a thing is urged
    (
        "The council pushed Democrats to moderate their stance on gun control.",
        {},
        [],
        ["The council"],
    ),
]


test_eighth_audit_relays_and_first_hand = _audit_test(EIGHTH_AUDIT)


# The eighth audit's leftover, tried by a ninth (2026-12-06, session 54) and settled the same
# day: a refusal to act ("refused to join the debate") beside a source's words another outlet
# relays is no part of that interview, where words withheld from it ("declined to discuss")
# are. The refused verb tells them apart: one that rarely reports on PolNeAR train (the verb
# lexicon's counts: "join", "attend") makes a deed (``profile.REFUSALS``, ``REPORT_SHARE``).
# (text, meta, relays, first-hand source names)
NINTH_AUDIT_LEFT = [
    (
        'Rand Paul refused to join the earlier debate on Thursday. "It is not about viewership,"'
        " Paul said on CNN.",
        {},
        [("CNN", 1)],
        [],
    ),
    (
        "Rand Paul told CNN that the debate was unfair. He refused to join the earlier debate.",
        {},
        [("CNN", 1)],
        [],
    ),
    (
        "Rand Paul told CNN that the debate was unfair. He declined to attend the earlier debate.",
        {},
        [("CNN", 1)],
        [],
    ),
    # negative: his words beside the interview are the interview's, and so are words he
    # withheld from it (a refusal to speak: the refused verb a report)
    (
        "Rand Paul told CNN that the debate was unfair. He said the earlier debate was a farce.",
        {},
        [("CNN", 2)],
        [],
    ),
    (
        "Rand Paul told CNN that the debate was unfair. He declined to discuss the earlier debate.",
        {},
        [("CNN", 2)],
        [],
    ),
    (
        "Rand Paul told CNN that the debate was unfair. He refused to comment on the earlier"
        " debate.",
        {},
        [("CNN", 2)],
        [],
    ),
    (
        "Rand Paul told CNN that the debate was unfair. He declined to assail the governor.",
        {},
        [("CNN", 2)],
        [],
    ),
    # negative: a passive ("to be interviewed") and a light verb whose object the lexicon has
    # for words ("to provide details") withhold words too
    (
        "Rand Paul told CNN that the debate was unfair. He declined to be interviewed about the"
        " earlier debate.",
        {},
        [("CNN", 2)],
        [],
    ),
    (
        "Rand Paul told CNN that the debate was unfair. He declined to provide details of the"
        " earlier debate.",
        {},
        [("CNN", 2)],
        [],
    ),
    # negative: not a verb of refusal ("did not want to"), and a refusal one of whose verbs is
    # a report ("to join the debate or endorse")
    (
        "Rand Paul told CNN that the debate was unfair. He did not want to address the earlier"
        " debate.",
        {},
        [("CNN", 2)],
        [],
    ),
    (
        "Rand Paul told CNN that the debate was unfair. He refused to join the debate or endorse"
        " the governor.",
        {},
        [("CNN", 2)],
        [],
    ),
]


test_ninth_audit_leftover_relays = _audit_test(NINTH_AUDIT_LEFT)

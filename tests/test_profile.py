"""The sourcing profile: shares, relays (second hand), first-hand sources, unsourced figures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprov.analysis.profile import build_profile
from newsprov.analysis.voice import classify_sentences
from newsprov.record import Attribution, Record, Source

RELAY = (
    "The Times reported on Friday that two officials said the plan was ready. "
    "The mayor said the bridge will close. A memo said costs would rise. Critics said it was late."
)


def _span(text: str, part: str) -> tuple[int, int]:
    a = text.index(part)
    return (a, a + len(part))


def _sources() -> list[Source]:
    return [
        Source(id="s1", name="The Times", kind="outlet", mentions=[_span(RELAY, "The Times")]),
        Source(id="s2", name="two officials", kind="anonymous"),
        Source(id="s3", name="The mayor", kind="person"),
        Source(id="s4", name="A memo", kind="document"),
        Source(id="s5", name="Critics", kind="group"),
    ]


def _att(aid: str, sid: str, cue: str, content: str, **kw: object) -> Attribution:
    return Attribution(
        id=aid,
        source=sid,
        source_spans=[],
        cue_spans=[_span(RELAY, cue)],
        content_spans=[_span(RELAY, content)],
        form="indirect",
        chain=kw.pop("chain", [sid]),  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


def _atts() -> list[Attribution]:
    return [
        _att("a1", "s1", "reported", "that two officials said the plan was ready"),
        _att("a2", "s2", "officials said", "the plan was ready", parent="a1", chain=["s2", "s1"]),
        _att("a3", "s3", "mayor said", "the bridge will close"),
        _att("a4", "s4", "memo said", "costs would rise"),
        _att("a5", "s5", "Critics said", "it was late"),
    ]


@pytest.fixture(scope="module")
def relay_doc(analyzer):  # type: ignore[no-untyped-def]
    return analyzer.nlp(RELAY)


def _profile(doc, own_outlet: str | None = None):  # type: ignore[no-untyped-def]
    atts = _atts()
    sents = classify_sentences(doc, atts, [])
    return build_profile(doc, _sources(), atts, sents, [], own_outlet=own_outlet)


def test_second_hand_counts_attributions_through_the_outlet(relay_doc) -> None:  # type: ignore[no-untyped-def]
    p = _profile(relay_doc)
    assert [(s.outlet, s.source, s.attributions) for s in p.second_hand] == [("The Times", "s1", 2)]


def test_first_hand_excludes_relayed_documents_and_groups(relay_doc) -> None:  # type: ignore[no-untyped-def]
    assert _profile(relay_doc).first_hand_sources == ["s3"]


def test_own_outlet_is_no_relay(relay_doc) -> None:  # type: ignore[no-untyped-def]
    p = _profile(relay_doc, own_outlet="the times")
    assert p.second_hand == []
    # Officials nested in the outlet's own reporting are not first-hand (they have a parent).
    assert p.first_hand_sources == ["s3"]


def test_shares_and_kinds(relay_doc) -> None:  # type: ignore[no-untyped-def]
    p = _profile(relay_doc)
    assert p.named_share == pytest.approx(2 / 5)  # the outlet and the mayor
    assert p.anonymous_share == pytest.approx(1 / 5)
    assert p.sources_by_kind == {
        "anonymous": 1,
        "document": 1,
        "group": 1,
        "outlet": 1,
        "person": 1,
    }
    assert 0.3 < p.attributed_share < 0.8


def test_recipient_outlet_is_a_relay(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Two officials told the Times that the plan was ready."
    doc = analyzer.nlp(text)
    srcs = [
        Source(id="s1", name="two officials", kind="anonymous"),
        Source(id="s2", name="The Times", kind="outlet"),
    ]
    a = text.index("that the plan")
    att = Attribution(
        id="a1",
        source="s1",
        source_spans=[],
        cue_spans=[_span(text, "told")],
        content_spans=[(a, len(text) - 1)],
        form="indirect",
        recipient="s2",
        chain=["s1"],
    )
    p = build_profile(doc, srcs, [att], classify_sentences(doc, [att], []), [])
    assert [(s.outlet, s.attributions) for s in p.second_hand] == [("The Times", 1)]
    assert p.first_hand_sources == []


@pytest.mark.parametrize(
    ("text", "relays", "first_hand"),
    [
        # a sentence-final "according to" vouches for the report before it: the minister
        # reaches this outlet through the Guardian
        (
            "The minister said the talks had failed, according to a report in The Guardian.",
            [("The Guardian", 2)],
            [],
        ),
        # negative: with no outlet around it, the minister speaks to this outlet
        ("The minister said the talks had failed on Monday.", [], ["The minister"]),
    ],
)
def test_sentence_final_according_to_is_the_outer_report(
    analyze: Callable[..., Record],
    text: str,
    relays: list[tuple[str, int]],
    first_hand: list[str],
) -> None:
    rec = analyze(text)
    names = {s.id: s.name for s in rec.sources}
    p = rec.profile
    assert [(s.outlet, s.attributions) for s in p.second_hand] == relays
    assert [names[s] for s in p.first_hand_sources] == first_hand


def test_empty_article_profile(analyzer) -> None:  # type: ignore[no-untyped-def]
    doc = analyzer.nlp("The council met on Tuesday.")
    p = build_profile(doc, [], [], classify_sentences(doc, [], []), [])
    assert (p.attributed_share, p.named_share, p.anonymous_share) == (0.0, 0.0, 0.0)
    assert p.second_hand == [] and p.first_hand_sources == []


# -- unsourced figures ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,figures",
    [
        (
            "The virus has killed nearly 3,000 people in Iran this year.",
            ["nearly 3,000 people in Iran"],
        ),
        ("The company lost $2 billion last year.", ["$2 billion"]),
        ("Unemployment rose to 7.5 percent in March.", ["7.5 percent"]),
        (
            "The tax was set at 35 percent, and at least 40 firms paid it.",
            ["35 percent", "at least 40 firms"],
        ),
        ("Thousands of people marched through the capital.", ["Thousands of people"]),
        ("The council met in 2019 with two members absent.", []),  # a year, a small count
        ("The storm hit on March 3 at 4 p.m.", []),  # dates and times
        # the outlet's own forecast: no one is relayed
        (
            "A convoy of about 300 trucks is expected to reach the port on Sunday.",
            ["about 300 trucks"],
        ),
        # negative: a figure someone is relayed saying is theirs
        ("The mayor said about 300 trucks would reach the port on Sunday.", []),
        # a figure in a source's description is the outlet's own count
        (
            "A petition signed by more than 1.8 million people urging the council to cancel the"
            " parade triggered a heated debate in the city.",
            ["more than 1.8 million people"],
        ),
        # the place after a figure is a short noun phrase, never the start of a clause
        (
            "There are 500 Apple engineers at what is their largest developers conference in"
            " the past decade.",
            ["500 Apple engineers"],
        ),
        ("About 200 families in the valley lost power.", ["About 200 families in the valley"]),
        ("Nearly 40 percent of them voted.", ["Nearly 40 percent of them"]),
        # a percent sign is part of the figure
        ("A recent poll put his approval rating at less than 30%.", ["less than 30%"]),
        # a number hyphenated to the noun it modifies describes; with a scale word it counts
        ("He hosted a dinner and a 21-gun salute on the lawn.", []),
        ("The 28-member bloc met on Friday.", []),
        ("The firm signed a $2-billion deal with the city.", ["$2-billion deal"]),
        # rows dated 2026-12-05 (an audit of 80 unseen NewsWCL50 / ECB+ / MEANTIME texts,
        # seeds 4505 and 4521; sentences written here)
        # a currency sign the entity left out belongs to the figure
        ("Shares of the company rose to $199 on Friday.", ["$199"]),
        # "up" is an approximator only in "up to"
        ("The index closed up 3.1 percent on Friday.", ["3.1 percent"]),
        (
            "The workers make up 20 to 25 percent of the staff.",
            ["20 to 25 percent of the staff"],
        ),
        ("Prices fell up to 10 percent.", ["up to 10 percent"]),
        # a bare number takes its partitive "of" phrase
        (
            "More than 150 of the participants, accompanied by relatives, marched to the gate.",
            ["More than 150 of the participants"],
        ),
        # "dozen" is a scale word: a vague count
        ("More than a dozen people climbed the fence.", ["More than a dozen people"]),
        # negative: names, models and versions ("3G", "iPhone 4", "FTSE 100", "No. 2")
        ("The company launched a 3G version of the phone.", []),
        ("The vulnerability affects Internet Explorer versions 6 and 7.", []),
        ("The FTSE 100 fell 2 percent on Monday.", ["2 percent"]),
        ("The mine cut 40 jobs at Federal mine No. 2 last spring.", ["40 jobs at Federal mine"]),
        # negative: scores and records, a label in parentheses after a name, a clock time
        ("The team finished the season with an 8-8 record.", []),
        ("The champion improved to 52-3 with the win.", []),
        ("Thompson (36-3, 24 KO) never had a chance against the champion.", []),
        # a clause in parentheses is no label
        (
            "The agency, led by Smith (who cut 500 jobs last year), met on Friday.",
            ["500 jobs"],
        ),
        ("The referee stopped the fight at 2:56 of the round.", []),
        # negative: a number hyphenated to its unit, the unit inside the entity
        ("The phone has a 3.5-inch display.", []),
        # counts stay counts
        ("Police arrested 12 people near the station.", ["12 people"]),
        ("About 10 of the 12 hostages were freed.", ["About 10 of the 12 hostages"]),
        # rows dated 2026-12-05, second round (seeds 4505 / 4521, checked on seed 4547;
        # sentences written here)
        # negative: an age without "years": after "age", the new value of an age, the
        # complement of "be" with a person as subject
        ("He was arrested several times from when he was 17 to 25.", []),
        ("The law raised the retirement age for women to 65.", []),
        ("The age of retirement was raised to 67 last year.", []),
        # counts stay counts: no person subject, a plural noun counted
        ("They were 300 at the gate.", ["300 at the gate"]),
        ("The council raised the fee for women to 65 dollars.", ["65 dollars"]),
        # negative: a model number before its noun, a unit glued to it naming the product,
        # a number the text uses as a label elsewhere, a rank after "#"
        ("The airline flew the 787 Dreamliner to Tokyo.", []),
        ("The 4GB model is cheaper, but the 8GB is sold in five colours.", []),
        ("The last Boeing 717 left the plant on Tuesday; the 717 jet had sold slowly.", []),
        ("It was the #1 movie in the world.", []),
        # counts stay counts: a plural proper noun, a capacity, a plural noun after a label
        ("The firm hired 300 Marines.", ["300 Marines"]),
        ("The phone holds 16GB of music.", ["16GB of music"]),
        (
            "The company showed iOS 5, which ships with 5 gigabytes of storage.",
            ["5 gigabytes of storage"],
        ),
        # a number joined to a noun by "and" counts, it is no label
        ("The airline has 91 aircraft and 230 on order.", ["91 aircraft", "230 on order"]),
        # spans: a country's currency sign, the whole compound noun, no phrasal noun cut
        ("The record was just over US$89.00 in October.", ["just over US$89.00"]),
        ("The plan follows the $700 billion bail out of the banks.", ["$700 billion"]),
        (
            "Markets rose as the 700 billion USD bank bailout bill passed the House.",
            ["700 billion USD bank bailout bill"],
        ),
        ("The Nasdaq reached 2020.90 points after gaining 1.59%.", ["2020.90 points", "1.59%"]),
        (
            "The airline purchased 12 new long-haul Airbus aircraft last year.",
            ["12 new long-haul Airbus aircraft"],
        ),
        # misses: a signed number, an index level with a thousands comma, a price without
        # an entity
        ("The market recovered slightly to -36.", ["-36"]),
        ("The Dow closed at -366.94 points on Friday.", ["-366.94 points"]),
        ("The index closed at 8,579.19 on Friday.", ["8,579.19"]),
        ("The shop sells it for $199 and $249 USD respectively.", ["$199", "$249 USD"]),
        # negative: a date of many years stays a date, a score stays a score
        ("The city was founded 1,500 years ago.", []),
        ("The team won 3-1 on Saturday.", []),
    ],
)
def test_unsourced_figures(analyze: Callable[..., Record], text: str, figures: list[str]) -> None:
    rec = analyze(text)
    assert [rec.text[a:b] for a, b in rec.profile.unsourced_figures] == figures


def test_relayed_figures_are_sourced(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "The ministry said that nearly 3,000 people died in Iran."
    doc = analyzer.nlp(text)
    att = Attribution(
        id="a1",
        source=None,
        source_spans=[],
        cue_spans=[_span(text, "said")],
        content_spans=[_span(text, "that nearly 3,000 people died in Iran")],
        form="indirect",
    )
    p = build_profile(doc, [], [att], classify_sentences(doc, [att], []), [])
    assert p.unsourced_figures == []


# -- the sample -----------------------------------------------------------------------------
def test_sample_relays_the_nyt(sample_record: Record) -> None:
    sh = sample_record.profile.second_hand
    assert sh, "the sample relays the New York Times"
    top = sh[0]
    assert "times" in top.outlet.lower() or "nyt" in top.outlet.lower()
    assert top.attributions >= 3
    assert len(sh) == 1


def test_sample_has_no_first_hand_source(sample_record: Record) -> None:
    fh = [sample_record.source_by_id(s) for s in sample_record.profile.first_hand_sources]
    assert fh == [], [s.name for s in fh if s]


@pytest.mark.parametrize(
    "text, first_hand",
    [
        ("Mayor Ann Lee told this newspaper on Monday that the bridge would reopen.", ["Ann Lee"]),
        ("Mayor Ann Lee said on Monday that the bridge would reopen soon.", ["Ann Lee"]),
        # an attitude says what someone thinks, not that they spoke to the outlet
        ("Mayor Ann Lee has been wary of reopening the bridge before the spring.", []),
        ("Mayor Ann Lee told the New York Times that the bridge would reopen.", []),
        ("Critics said the bridge would never reopen on time.", []),
        # a thing taken for a speaker is of unknown kind: nobody spoke to the outlet
        ("The new emissions rules say that every plant must cut its output.", []),
        ("Two officials said on Monday that the bridge would reopen soon.", ["Two officials"]),
        # what someone did, or did not say, is told in the outlet's own words: nobody spoke
        ("Mayor Ann Lee did not respond to a request for comment on the bridge.", []),
        ("Mayor Ann Lee filed a lawsuit against the state on Monday.", []),
        # the writer's own "I" outside quotes is the outlet's voice (a column, a letter)
        ("I know that the bridge will not reopen before the spring.", []),
        # negative: the writer quoting someone's "I" is that person speaking
        ('"I know the bridge will reopen," Mayor Ann Lee said on Monday.', ["Ann Lee"]),
    ],
)
def test_first_hand_sources(analyze, text: str, first_hand: list[str]) -> None:  # type: ignore[no-untyped-def]
    rec = analyze(text)
    names = [s.name for sid in rec.profile.first_hand_sources if (s := rec.source_by_id(sid))]
    assert names == first_hand


def test_sample_unsourced_figures(sample_record: Record) -> None:
    rec = sample_record
    figs = [rec.text[a:b] for a, b in rec.profile.unsourced_figures]
    assert "nearly 3,000 people in Iran" in figs
    # "thousands more American troops" is the commander's, relayed: not unsourced.
    assert not any("troops" in f for f in figs)
    assert rec.profile.outlet_evaluative_sentences >= 3


@pytest.mark.parametrize(
    ("words", "heads", "deps", "start", "end", "grown"),
    [
        # "of" whose object the parse put before it ("whom millions of people have ..."): the
        # figure ended before it began, a reversed span [4237, 4236] in a PolNeAR record
        (
            ["whom", "millions", "of", "people", "have", "trouble"],
            [2, 4, 1, 4, 4, 4],
            ["pobj", "nsubj", "prep", "npadvmod", "ROOT", "dobj"],
            1,
            2,
            (1, 2),
        ),
        # the usual parse: the counted noun after "of" is taken
        (
            ["thousands", "of", "people", "marched"],
            [3, 0, 1, 3],
            ["nsubj", "prep", "pobj", "ROOT"],
            0,
            1,
            (0, 3),
        ),
    ],
)
def test_a_figure_never_ends_before_it_begins(
    analyzer,  # type: ignore[no-untyped-def]
    words: list[str],
    heads: list[int],
    deps: list[str],
    start: int,
    end: int,
    grown: tuple[int, int],
) -> None:
    from spacy.tokens import Doc

    from newsprov.analysis.voice.figures import _extend

    doc = Doc(analyzer.nlp.vocab, words=words, heads=heads, deps=deps)
    assert _extend(doc, start, end, (0, len(doc))) == grown

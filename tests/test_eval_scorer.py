"""The PolNeAR scorer on tiny hand-made gold/predicted cases: canonicalisation, token and
exact-span counts, lenient and strict relation matching, brat reading."""

from __future__ import annotations

import pytest

from newsprov.errors import InputError
from newsprov.eval.polnear import parse_ann
from newsprov.eval.spans import Relation, Tokens, canonical, score_article

TEXT = 'The mayor said on Monday that "taxes will rise next year," adding that he was sorry.'


def sp(sub: str, text: str = TEXT, nth: int = 0) -> tuple[int, int]:
    """The span of the nth occurrence of ``sub`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return (start, start + len(sub))


def rel(source: str | None, cue: str | None, content: str | None) -> Relation:
    return Relation(
        source=(sp(source),) if source else (),
        cue=(sp(cue),) if cue else (),
        content=(sp(content),) if content else (),
    )


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # surrounding quote marks, punctuation and whitespace go
        ('He said: "Go home." ', [(9, 20)], ["Go home"]),
        ("“Curly quotes,” he said", [(0, 15)], ["Curly quotes"]),
        ("  spaced  ", [(0, 10)], ["spaced"]),
        # spans separated only by whitespace/punctuation merge into one
        ("taxes, he said, rise", [(0, 5), (7, 9)], ["taxes, he"]),
        ("one two", [(0, 3), (4, 7)], ["one two"]),
        ("one - two", [(0, 3), (6, 9)], ["one - two"]),
        # overlapping and unsorted spans merge
        ("abcdef", [(2, 5), (0, 3)], ["abcde"]),
        # negative: a word in the gap keeps spans apart
        ("one and two", [(0, 3), (8, 11)], ["one", "two"]),
        # negative: inner punctuation is kept, only the edges are stripped
        ("U.S. officials", [(0, 14)], ["U.S. officials"]),
        # a span of punctuation only disappears; empty spans are dropped
        ('"', [(0, 1)], []),
        ("abc", [(1, 1)], []),
    ],
)
def test_canonical(text: str, spans: list[tuple[int, int]], expected: list[str]) -> None:
    assert [text[a:b] for a, b in canonical(text, spans)] == expected


@pytest.mark.parametrize(
    ("text", "span", "tokens"),
    [
        ("a bc def", (2, 4), {1}),
        ("a bc def", (3, 6), {1, 2}),  # partial overlap counts
        ("a bc def", (4, 5), set()),  # whitespace only
        ("don't stop", (0, 10), {0, 1, 2}),  # \w+ runs: don, t, stop
    ],
)
def test_tokens_covered(text: str, span: tuple[int, int], tokens: set[int]) -> None:
    assert set(Tokens(text).covered((span,))) == tokens


GOLD = rel("The mayor", "said", '"taxes will rise next year,"')


@pytest.mark.parametrize(
    ("pred", "lenient", "strict"),
    [
        # identical after canonicalisation (quotes and comma stripped)
        (rel("The mayor", "said", "taxes will rise next year"), 1, 1),
        # content 3/5 tokens: F1 = 0.75 >= 0.5, source overlaps: lenient only
        (rel("mayor", "said", "taxes will rise"), 1, 0),
        # content too short: 1 of 5 tokens (F1 0.33)
        (rel("The mayor", "said", "taxes"), 0, 0),
        # cue elsewhere
        (rel("The mayor", "adding", "taxes will rise next year"), 0, 0),
        # source missing in the prediction but present in gold
        (rel(None, "said", "taxes will rise next year"), 0, 0),
        # source elsewhere
        (rel("he was", "said", "taxes will rise next year"), 0, 0),
    ],
)
def test_relation_rules(pred: Relation, lenient: int, strict: int) -> None:
    s = score_article(TEXT, [GOLD], [pred])
    assert s.lenient.tp == lenient
    assert s.strict.tp == strict
    assert (s.lenient.gold, s.lenient.pred) == (1, 1)


def test_both_sources_empty_match() -> None:
    gold = rel(None, "said", "taxes will rise next year")
    pred = rel(None, "said", "taxes will rise next year")
    s = score_article(TEXT, [gold], [pred])
    assert (s.lenient.tp, s.strict.tp) == (1, 1)
    assert s.exact["source"].gold == 0 and s.exact["source"].pred == 0


def test_one_to_one_greedy_best_content_first() -> None:
    g1 = rel("The mayor", "said", "taxes will rise next year")
    # two predictions compete for one gold: only one counts; the better content wins
    weak = rel("The mayor", "said", "taxes will rise")
    good = rel("The mayor", "said", "taxes will rise next year")
    s = score_article(TEXT, [g1], [weak, good])
    assert s.lenient.tp == 1 and s.lenient.pred == 2
    assert s.matched[0][1] == good
    assert s.spurious == [weak]


def test_token_and_exact_counts() -> None:
    gold = rel("The mayor", "said", "taxes will rise next year")
    pred = rel("mayor", "said", "taxes will rise next year")
    s = score_article(TEXT, [gold], [pred])
    assert (s.token["source"].tp, s.token["source"].pred, s.token["source"].gold) == (1, 1, 2)
    assert (s.exact["source"].tp, s.exact["source"].pred, s.exact["source"].gold) == (0, 1, 1)
    assert (s.exact["cue"].tp, s.exact["content"].tp) == (1, 1)


def test_discontinuous_content_equals_merged_when_gap_is_punctuation() -> None:
    text = '"We will win," she said, "and soon."'
    gold = Relation(
        source=(sp("she", text),),
        cue=(sp("said", text),),
        content=(sp('"We will win,"', text), sp('"and soon."', text)),
    )
    pred = Relation(
        source=(sp("she", text),),
        cue=(sp("said", text),),
        content=(sp("We will win", text), sp("and soon", text)),
    )
    s = score_article(text, [gold], [pred])
    assert (s.lenient.tp, s.strict.tp) == (1, 1)


ANN = "\n".join(
    [
        "T1\tSource 0 9\tThe mayor",
        "T2\tCue 10 14\tsaid",
        "T3\tContent 30 40;45 50\tx",
        "T4\tAttribution 10 14\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "T5\tCue 59 65\tadding",
        "T6\tContent 66 83\tthat he was sorry",
        "T7\tAttribution-no-source 59 65\tadding",
        "T8\tContent2 1 2\tx",
        "E2\tAttribution-no-source:T7 Content:T6 Cue:T5 Content2:T8",
        "E3\tAttribution-no-source:T7 ",
        "T9\tDiscard 0 3\tThe",
        "#1\tAnnotatorNotes T1\ta note",
        "",
    ]
)


def test_parse_ann() -> None:
    rels = parse_ann(ANN)
    assert len(rels) == 2  # E3 names neither cue nor content
    r1, r2 = rels
    assert r1.source == ((0, 9),) and r1.cue == ((10, 14),)
    assert r1.content == ((30, 40), (45, 50))
    assert r2.source == () and r2.content == ((66, 83), (1, 2))


def test_parse_ann_skips_a_surface_text_running_on_over_lines() -> None:
    # a span crossing a paragraph break writes its surface text over two lines (PolNeAR train)
    ann = "\n".join(
        [
            "T1\tCue 12 20\treported",
            "T2\tContent 0 3;22 40\t3.",
            "",
            "The number of people",
            "E1\tAttribution:T1 Content:T2 Cue:T1",
        ]
    )
    (rel,) = parse_ann(ann)
    assert rel.content == ((0, 3), (22, 40))


@pytest.mark.parametrize(
    "bad",
    [
        "T1\tSource zero 9\tx",
        "T1\tSource 9 3\tx",
        "E1\tAttribution:T1 Cue:T9",
        # a line that is no brat line and follows no span's text
        "a stray line\nT1\tCue 0 4\tsaid",
        "E1\tAttribution:T1\nstray after an event",
    ],
)
def test_parse_ann_rejects_bad_lines(bad: str) -> None:
    with pytest.raises(InputError):
        parse_ann(bad, "bad.ann")

"""What the profile counts among the sources: ``sources_by_kind`` and ``named_share`` leave out
a source named by pronouns alone and a thing of unknown kind taken for a speaker. Rows from a
ninth audit of the profile on unseen articles (2026-12-06, session 54); every sentence here is
written for the test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprov.record import Record

NINTH_AUDIT_COUNTS = [
    # a source named by a pronoun alone: the writer's "you", "we" and "I", a generic "anyone"
    # in a quotation, a relative "all of which"
    ("You have to wonder how the council plans to pay for the bridge.", {"organization": 1}),
    ("We have to say the new bridge looks fine to us.", {}),
    ("I learned that lesson the hard way, when I was nineteen.", {}),
    (
        '"I never understood how anyone believed the bridge was safe," Mayor Ann Lee said.',
        {"person": 1},
    ),
    ("The ads, all of which attack the mayor, ran in May.", {}),
    ('"It just tells you everything about him," said Bob Klaus, an activist.', {"person": 1}),
    # negative: "someone" in the past is one person left unnamed, an anonymous source
    ("Then someone asked how the bridge would be paid for.", {"anonymous": 1}),
    # a thing taken for a speaker
    ("The outcome showed that Lee had won 49.8 percent of the vote.", {}),
    ("The entire debate showed that the council was split.", {}),
    # negative: people the sources stage left untyped stay counted (a noun for someone who
    # does something, a number of them, a word for people or a side, a nominal adjective)
    ("The interviewer said the bridge was safe.", {"unknown": 1}),
    ("Congregants pass around copies of his memoir.", {"unknown": 1}),
    ("The two did not discuss the bridge.", {"unknown": 1}),
    ("The pirates said they wanted a ransom.", {"unknown": 1}),
    ("The other side said the vote was rigged.", {"unknown": 1}),
    ("Another said the bridge was unsafe.", {"unknown": 1}),
    ("The wealthy say the tax is unfair.", {"unknown": 1}),
    # a life written is a document (sources.kinds), counted as one
    ("According to her official biography, Lee studied law in Ohio.", {"document": 1}),
    ("The bio said Lee studied law in Ohio.", {"document": 1}),
    ("His memoir says he grew up in Ohio.", {"document": 1}),
]


@pytest.mark.parametrize(("text", "kinds"), NINTH_AUDIT_COUNTS)
def test_sources_counted_by_kind(
    analyze: Callable[..., Record], text: str, kinds: dict[str, int]
) -> None:
    assert analyze(text).profile.sources_by_kind == kinds


@pytest.mark.parametrize(
    ("text", "named_share"),
    [
        # the writer's "I" names nobody: no named source
        ("I learned that lesson the hard way, when I was nineteen.", 0.0),
        # a "he" the sources stage tied to nobody names nobody either
        ("He said the bridge was safe.", 0.0),
        # negative: a name
        ("Mayor Ann Lee said the bridge was safe.", 1.0),
    ],
)
def test_a_pronoun_is_no_named_source(
    analyze: Callable[..., Record], text: str, named_share: float
) -> None:
    assert analyze(text).profile.named_share == named_share

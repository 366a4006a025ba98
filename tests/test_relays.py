"""Outlets an article relays, as an audit of unseen articles (NewsWCL50, ECB+, MEANTIME) found
them missed: an outlet named by its web address in lower case or by its online edition's name
typed an organization or unknown, a statement's "to" phrase left without its recipient, the
outlet inside a document's description left out of the chain, and a quotation's speech tag
followed by "according to" the outlet's article left out of the outlet's relay.

Each row analyses an invented sentence end to end; negative rows keep each rule from reaching
too far.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprov.record import Record


def _by_source(rec: Record, source_text: str) -> tuple[str, str, list[str], str | None]:
    """(name, kind, chain names, recipient name) of the attribution whose source span is
    ``source_text``."""
    names = {s.id: s for s in rec.sources}
    for a in rec.attributions:
        if any(rec.text[x:y] == source_text for x, y in a.source_spans):
            s = names[a.source] if a.source else None
            rcp = names[a.recipient].name if a.recipient in names else None
            chain = [names[c].name for c in a.chain]
            return (s.name if s else "", s.kind if s else "", chain, rcp)
    raise AssertionError(f"no attribution with source {source_text!r}")


# (text, source span, expected (name, kind))
WEB_NAMES = [
    ("The plan is dead, according to washingtonpost.com.", "washingtonpost.com",
     ("The Washington Post", "outlet")),
    ("Prices fell, according to CNNMoney.com.", "CNNMoney.com", ("CNN", "outlet")),
    ("Songs will cost more, according to Times Online.", "Times Online", ("The Times", "outlet")),
    ("The deal is off, FoxNews.com reported.", "FoxNews.com", ("Fox News", "outlet")),
    # negative: an address the registry does not list stays a body of its own
    ("The deal is off, according to GovExecDaily.com.", "GovExecDaily.com",
     ("GovExecDaily.com", "organization")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "expected"), WEB_NAMES)
def test_web_names_of_outlets(
    analyze: Callable[..., Record], text: str, source: str, expected: tuple[str, str]
) -> None:
    name, kind, _, _ = _by_source(analyze(text), source)
    assert (name, kind) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a link or an e-mail address is no outlet's name
        "Read the full text at http://www.washingtonpost.com/politics today.",
        "Readers may write to letters@washingtonpost.com with complaints.",
        "The page www.washingtonpost.com was down on Monday.",
    ],
)
def test_links_are_no_outlet_mentions(analyze: Callable[..., Record], text: str) -> None:
    rec = analyze(text)
    assert not [s for s in rec.sources if s.kind == "outlet"]


# (text, source span, expected recipient, expected chain)
RECIPIENTS = [
    ('"Jobs are weak," Joe Brown, an economist, said in a statement to The New York Times.',
     "Joe Brown, an economist", "The New York Times", ["Joe Brown", "The New York Times"]),
    ('"We will appeal," the mayor said in an email to the Boston Globe.',
     "the mayor", "The Boston Globe", ["the mayor", "The Boston Globe"]),
    ('"We will appeal," the mayor said in an interview with CNN.',
     "the mayor", "CNN", ["the mayor", "CNN"]),
    # a statement to someone other than an outlet: the recipient, no relay
    ('"We will appeal," the mayor said in a statement to reporters.',
     "the mayor", "reporters", ["the mayor"]),
    # negative: a statement with no "to" names no one told
    ('"We will appeal," the mayor said in a statement on Friday.', "the mayor", None,
     ["the mayor"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "recipient", "chain"), RECIPIENTS)
def test_statement_to_an_outlet(
    analyze: Callable[..., Record],
    text: str,
    source: str,
    recipient: str | None,
    chain: list[str],
) -> None:
    _, _, got_chain, got_recipient = _by_source(analyze(text), source)
    assert (got_recipient, got_chain) == (recipient, chain)


# (text, source span, expected (kind, chain))
DOCUMENT_RELAYS = [
    ("Jobs rose in May, according to a report published in The New York Times.",
     "a report published in The New York Times",
     ("document", ["a report published in The New York Times", "The New York Times"])),
    ("The memos obtained by the Washington Post show that he lied.",
     "The memos obtained by the Washington Post",
     ("document", ["The memos obtained by the Washington Post", "The Washington Post"])),
    # negative: an outlet a document is about is no relay
    ("Reports about the Washington Post show that it lost money.",
     "Reports about the Washington Post",
     ("document", ["Reports about the Washington Post"])),
    # negative: a body that is no outlet is no relay
    ("Jobs rose in May, according to a report published by the Labor Department.",
     "a report published by the Labor Department",
     ("document", ["a report published by the Labor Department"])),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "expected"), DOCUMENT_RELAYS)
def test_outlet_in_a_documents_description(
    analyze: Callable[..., Record], text: str, source: str, expected: tuple[str, list[str]]
) -> None:
    _, kind, chain, _ = _by_source(analyze(text), source)
    assert (kind, chain) == expected


# (text, speaker's source span, expected chain of the speaker's attribution)
ACCORDING_RELAYS = [
    ('"We could pay the bills," she told her father, according to the Vanity Fair article.',
     "she", ["she", "Vanity Fair"]),
    ('"We will win," the coach told his players, according to the court filing.',
     "the coach", ["the coach", "the court filing"]),
    # a quotation of two parts, larger than the "according to" content that holds its tag: no
    # parent, the relay all the same
    ('Her daughter urged him to go public. "We could pay some bills for the kids," she told '
     'her father, according to the Vanity Fair article. "Let us do it for the family."',
     "she", ["Her daughter", "Vanity Fair"]),
    # negative: "according to" in another sentence relays nothing here
    ('"We will win," the coach told his players. The team lost, according to the Daily Mail.',
     "the coach", ["the coach"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "chain"), ACCORDING_RELAYS)
def test_speech_tag_relayed_by_according_to(
    analyze: Callable[..., Record], text: str, source: str, chain: list[str]
) -> None:
    _, _, got, _ = _by_source(analyze(text), source)
    assert got == chain


def test_relayed_outlets_in_profile(analyze: Callable[..., Record]) -> None:
    rec = analyze(
        '"Jobs are weak," Joe Brown said in a statement to The New York Times. '
        "Prices fell, according to washingtonpost.com."
    )
    relays = [(s.outlet, s.attributions) for s in rec.profile.second_hand]
    assert relays == [("The New York Times", 1), ("The Washington Post", 1)]

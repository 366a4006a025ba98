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
from tests.conftest import need_shared


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


# "added to People", "in comments to Fox News", "Speaking to CNN": the one spoken to is the
# recipient, a relay when an outlet, no relay when a person or a group (a second audit of the
# profile found "added to People" with no recipient).
# (text, source span, expected recipient, expected chain)
SPOKEN_TO = [
    ('"It was a hard year," Smith added to People.', "Smith", "People", ["Smith", "People"]),
    ('"The bill is dead," the senator added to reporters.', "the senator", "reporters",
     ["the senator"]),
    ("In comments to Fox News, the senator said the bill was dead.", "the senator",
     "Fox News", ["the senator", "Fox News"]),
    ("In remarks to The New York Times, the senator said the bill was dead.", "the senator",
     "The New York Times", ["the senator", "The New York Times"]),
    ("Speaking to CNN, the senator said the bill was dead.", "the senator", "CNN",
     ["the senator", "CNN"]),
    ("The senator, talking with Reuters, said the bill was dead.", "The senator", "Reuters",
     ["The senator", "Reuters"]),
    # a person or a group spoken to: the recipient, no relay
    ("Speaking to reporters, the senator said the bill was dead.", "the senator", "reporters",
     ["the senator"]),
    ("In remarks to his brother, the senator said the bill was dead.", "the senator",
     "his brother", ["the senator"]),
    # negative: a thing added to is no one told
    ('"The bill is dead," the senator added to the report.', "the senator", None,
     ["the senator"]),
    ('"The bill is dead." To that, the senator added: "It is over."', "the senator", None,
     ["the senator"]),
    # negative: remarks with no "to", a participle of no speech
    ("In remarks on Friday, the senator said the bill was dead.", "the senator", None,
     ["the senator"]),
    ("Walking to CNN, the senator said the bill was dead.", "the senator", None,
     ["the senator"]),
]  # fmt: skip


# negative: a talk to come, a "to" infinitive, is no speech to anyone yet (text, relays)
TALK_TO_COME = [
    ("Mr. Trump told Mr. Comey to talk to Fox News about the leaks.", []),
    ("The senator said he would be willing to talk with CNN about the case.", []),
    ("The senator, talking with CNN, said the case was weak.", [("CNN", 2)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "relays"), TALK_TO_COME)
def test_talk_to_come_is_no_relay(
    analyze: Callable[..., Record], text: str, relays: list[tuple[str, int]]
) -> None:
    rec = analyze(text)
    assert [(s.outlet, s.attributions) for s in rec.profile.second_hand] == relays


@pytest.mark.parametrize(("text", "source", "recipient", "chain"), SPOKEN_TO)
def test_spoken_to_an_outlet(
    analyze: Callable[..., Record],
    text: str,
    source: str,
    recipient: str | None,
    chain: list[str],
) -> None:
    _, _, got_chain, got_recipient = _by_source(analyze(text), source)
    assert (got_recipient, got_chain) == (recipient, chain)


# "People quoted him as saying": who quotes someone as saying is a publisher, the weak outlet
# form the magazine even at a sentence's start. (text, relays in the profile)
QUOTED_AS_SAYING = [
    ("People quoted him as saying that the film was a mistake.", [("People", 2)]),
    ("People quoted Ann Vole as saying the film was a mistake.", [("People", 2)]),
    # the tag after the quotation, where "quoted" is no attribution: the outlet is in the chain
    ('"He looks amazing in a tuxedo," People quoted him as saying.', [("People", 1)]),
    ('"The deal is off," the Times quoted Smith as saying.', [("The New York Times", 1)]),
    # negative: a quoter who is no outlet, or none named
    ('"The deal is off," the lawyer quoted Smith as saying.', []),
    ('"The deal is off," Smith was quoted as saying.', []),
    # negative: people who quote something, or who say: the plural noun
    ("People quoted the Bible as a guide, the senator said.", []),
    ("People said the film was a mistake.", []),
    ("Many people quoted him.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "relays"), QUOTED_AS_SAYING)
def test_outlet_quoting_someone(
    analyze: Callable[..., Record], text: str, relays: list[tuple[str, int]]
) -> None:
    rec = analyze(text)
    assert [(s.outlet, s.attributions) for s in rec.profile.second_hand] == relays


# a possessed noun with a "that" clause is a noun cue (nouns.owned_clause), so the noun's own
# "to" names the outlet
def test_comments_to_an_outlet_that(analyze: Callable[..., Record]) -> None:
    rec = analyze("His comments to Fox News that the bill was dead drew anger.")
    assert [(s.outlet, s.attributions) for s in rec.profile.second_hand] == [("Fox News", 1)]


# PolNeAR names its publishers by labels of its own ("wash-post"); the reader maps them to the
# registry's outlets and passes the article's own outlet, so "The Post" there is no relay.
def test_polnear_publishers_are_registry_outlets() -> None:
    from newsprov.analysis.outlets import lookup
    from newsprov.eval.polnear import PUBLISHERS

    assert {label: getattr(lookup(name), "id", None) for label, name in PUBLISHERS.items()} == {
        "wash-post": "wapo",
        "nyt": "nyt",
        "usa-today": "usatoday",
        "huff-post": "huffpost",
        "politico": "politico",
        "breitbart": "breitbart",
        "west-journal": "westernjournalism",
    }


def test_polnear_reader_passes_the_publisher() -> None:
    from newsprov.eval.polnear import load_gold

    gold = load_gold(need_shared("data", "polnear", "data", "dev"), limit=200)
    labels = {g.name.split("_", 1)[0]: g.outlet for g in gold}
    assert labels["wash-post"] == "The Washington Post"
    assert labels["breitbart"] == "Breitbart News"
    assert all(g.outlet for g in gold)


# (outlet passed as metadata, relays in the profile)
OWN_POST = [
    ("The Washington Post", []),
    (None, [("The Washington Post", 1)]),
    # negative: another paper's article relays the Post
    ("USA Today", [("The Washington Post", 1)]),
]


@pytest.mark.parametrize(("outlet", "relays"), OWN_POST)
def test_the_post_in_its_own_article(
    analyze: Callable[..., Record], outlet: str | None, relays: list[tuple[str, int]]
) -> None:
    text = "The mayor resigned on Friday. The senator told The Post that the bill was dead."
    rec = analyze(text, **({"outlet": outlet} if outlet else {}))
    assert [(s.outlet, s.attributions) for s in rec.profile.second_hand] == relays

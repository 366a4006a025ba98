"""Reports inside quotations: a report whose cue lies inside a quotation is the quoted
speaker's, never the outlet's. A quotation no report holds carries on the words of the last
report before it, at most two paragraphs back, and the reports inside it nest there; with no
such report they are dropped (behaviour tables with negative cases, on invented sentences)."""

from __future__ import annotations

import pytest

from newsprov.analysis import Analyzer
from newsprov.analysis.attribution import Candidate
from newsprov.analysis.attribution.overlaps import _stands_alone
from tests.attribution_support import Extract, candidate_extractor


@pytest.fixture(scope="module")
def cands(analyzer: Analyzer) -> Extract:
    """Candidates of a text, from the model's parse and the dateline (the stages before)."""
    return candidate_extractor(analyzer)


def _words(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


def _by_cue(text: str, found: list[Candidate], cue: str) -> list[Candidate]:
    return [c for c in found if cue in " ".join(_words(text, c.cue)).split()]


#: (text, the report that takes the quotation on, its content spans, the cues inside the
#: quotation, nested in it)
TAKEN_ON = [
    # a sentence of the outlet's between: no continuation, but the quotation holds reports
    ('The senator said the bill would fail. Later that day, the crowd cheered. "I know the '
     'voters want change. I think they will vote for it."', "said",
     ["the bill would fail", '"I know the voters want change. I think they will vote for it."'],
     ["know", "think"]),
    # the quotation in the next paragraph, after a sentence of the outlet's
    ('The senator said the bill would fail.\n\nThe vote is on Tuesday. "I think the voters '
     'want change."', "said", ["the bill would fail", '"I think the voters want change."'],
     ["think"]),
    # two paragraphs on
    ('The senator said the bill would fail.\n\nThe vote is on Tuesday.\n\n"I think the voters '
     'want change."', "said", ["the bill would fail", '"I think the voters want change."'],
     ["think"]),
    # negative: a quotation its own tag claims keeps it, and the report inside nests there
    ('"I think the voters want change," Smith said.', "said",
     ['"I think the voters want change,"'], ["think"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "cue", "content", "inner"), TAKEN_ON)
def test_quotation_holding_a_report_goes_to_the_last_report(
    cands: Extract, text: str, cue: str, content: list[str], inner: list[str]
) -> None:
    text, found = cands(text)
    (outer,) = _by_cue(text, found, cue)
    assert _words(text, outer.content) == content
    assert not outer.extra.get("nested")
    for word in inner:
        (c,) = _by_cue(text, found, word)
        assert c.extra.get("nested"), word


#: (text, the cue inside the quotation, the report before it and its content, or None):
#: no report takes the quotation on, so the report inside it is dropped
DROPPED = [
    # no report before the quotation
    ('"I think the voters want change."\n\nThe vote is on Tuesday.', "think", None, None),
    # a quotation after a colon: its own tag, which the rules missed, names its speaker
    ('Ryan was referring to a claim by an aide.\nBiden was quick to retort: "With all due '
     'respect, that is malarkey. Not a single thing he said is accurate."', "said", "referring",
     ["a claim by an aide"]),
    # the last report is three paragraphs back
    ('The senator said the bill would fail.\n\nThe vote is on Tuesday.\n\nThe hall was full.'
     '\n\n"I think the voters want change."', "think", "said", ["the bill would fail"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "inner", "cue", "content"), DROPPED)
def test_report_inside_an_unheld_quotation_is_dropped(
    cands: Extract, text: str, inner: str, cue: str | None, content: list[str] | None
) -> None:
    text, found = cands(text)
    assert not _by_cue(text, found, inner)
    if cue is not None:
        (outer,) = _by_cue(text, found, cue)
        assert _words(text, outer.content) == content


#: (text, cue): negative: a report outside quotations stays on top, whatever follows it
OUTSIDE = [
    ('Smith said the bill would fail. "Nobody believes the count," an aide told them.', "said"),
    ('Smith said the bill would fail. "Nobody believes the count," an aide told them.', "told"),
    ("The senator said the bill would fail.", "said"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "cue"), OUTSIDE)
def test_report_outside_quotations_stays_on_top(cands: Extract, text: str, cue: str) -> None:
    text, found = cands(text)
    (c,) = _by_cue(text, found, cue)
    assert not c.extra.get("nested")


#: (text with one quotation, whether it is a sentence of its own that a report before it may
#: take on)
ALONE = [
    ('He left. "We won." Then he slept.', True),
    ('"We won."\nThe next day was quiet.', True),
    ('He left.\n\n"Did we win? I think so."', True),
    ('Transcript as follows:\n\n"We won."', True),
    # negative: after a colon, inside a sentence, or with a tag after it
    ('Biden was quick to retort: "We won."', False),
    ('He called it "a disaster" and left.', False),
    ('"We won," Hannity started.', False),
    ('"Did we win?" asked Smith.', False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "alone"), ALONE)
def test_quotation_standing_alone(text: str, alone: bool) -> None:
    start, end = text.index('"'), text.rindex('"') + 1
    assert _stands_alone(text, start, end) is alone


def _content_on(cands: Extract, text: str, cue: str) -> list[str] | None:
    """The content's words of the one candidate on the word ``cue``, or None when there is none
    (more than one fails)."""
    text, found = cands(text)
    hits = _by_cue(text, found, cue)
    if not hits:
        return None
    (c,) = hits
    return _words(text, c.content)


#: (text, cue word, its source, or None for no candidate on that word): a verb heading its
#: sentence right after a quotation that ends with a comma, "!", "?" or a dash, with only its
#: subject between, is the quotation's speech tag whatever its lemma
#: (``verbcues._tag_verbs``); invented sentences
TAGS_AFTER_A_QUOTATION = [
    ('"The vote is a farce," the senator surmised.', "surmised", "the senator"),
    ('"What a night!" beamed the mayor of the town.', "beamed", "the mayor of the town"),
    ('"We will not move," an angry governor retaliated.', "retaliated", "an angry governor"),
    # negatives: a title with no closing comma, words that are no subject between, an action
    # verb
    ('"Broad Lines" star Jane Roe turned the tables on the show.', "turned", None),
    ('"Make the Town Great" resonated with the voters.', "resonated", None),
    ('"It is over," the mayor took the stage again.', "took", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "cue", "source"), TAGS_AFTER_A_QUOTATION)
def test_speech_tag_after_a_quotation(
    cands: Extract, text: str, cue: str, source: str | None
) -> None:
    text, found = cands(text)
    hits = _by_cue(text, found, cue)
    if source is None:
        assert not hits
        return
    (c,) = hits
    assert c.source_mention is not None
    assert text[c.source_mention[0] : c.source_mention[1]] == source
    assert _words(text, c.content) == [text[: text.index('"', 1) + 1]]  # the quotation


#: (text, cue word, its content or None for no candidate on that word): a comma before a
#: quotation that opens with a capital letter leads it in as a colon does, after a finite
#: verb heading its sentence, a conjunct or an adverbial clause (``verbcues._comma_lead``);
#: invented sentences
COMMA_LEADS = [
    ('The mayor quipped, "Nobody reads the budget."', "quipped", '"Nobody reads the budget."'),
    ('She thanked the crowd and then boomed, "We did it!"', "boomed", '"We did it!"'),
    # negatives: a quotation opening in lower case, an infinitive
    ('She took her phone everywhere she went, "sending and reading mail."', "went", None),
    ('The aide hoped to know, "How many votes are left?"', "know", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "cue", "content"), COMMA_LEADS)
def test_comma_before_a_quotation(cands: Extract, text: str, cue: str, content: str | None) -> None:
    words = _content_on(cands, text, cue)
    assert words == (None if content is None else [content])


#: (text, cue word, its content or None for no candidate on that word): a quotation inside the
#: words right after a verb train never saw in a quotation frame is a phrase of its object, and
#: the lexicon decides the verb as in its object frame (``verbcues._quoted_object``); invented
#: sentences
QUOTED_OBJECTS = [
    ("The senator derided the plan as “a gift to lobbyists.”", "derided",
     "the plan as “a gift to lobbyists"),
    ("The mayor portrayed her rival as “a danger to the city.”", "portrayed",
     "her rival as “a danger to the city"),
    ("The senator downplayed the report as “old news.”", "downplayed",
     "the report as “old news"),
    ("The candidate disavowed the “careless remarks.”", "disavowed", "the “careless remarks"),
    # negatives: a verb whose object frame the lexicon refuses, a verb train saw in a quotation
    # frame and refused there, a quotation opening right after the verb (no object phrase)
    ("The senator visited the studio of “Morning Talk.”", "visited", None),
    ("The delegates wore hats reading “Make the Town Great Again.”", "wore", None),
    ("The mayor invoked “the spirit of the founders.”", "invoked", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "cue", "content"), QUOTED_OBJECTS)
def test_quotation_inside_the_object(
    cands: Extract, text: str, cue: str, content: str | None
) -> None:
    words = _content_on(cands, text, cue)
    if content is None:
        assert words is None
        return
    assert words is not None
    assert " ".join(words).startswith(content)

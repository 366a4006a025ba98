"""Block quotations: a paragraph quoted whole without marks after a reporting clause that ends
its paragraph with a colon ("he said:", "Trump tweeted:") is the speaker's, a quotation like
one in marks (behaviour tables with negative cases, on invented paragraphs)."""

from __future__ import annotations

import pytest

from newsprov.analysis import Analyzer
from newsprov.ingest import article_from_text
from tests.attribution_support import Extract, candidate_extractor


@pytest.fixture(scope="module")
def cands(analyzer: Analyzer) -> Extract:
    return candidate_extractor(analyzer)


#: (text, the block's cue, its source, its content): the paragraph after the colon, whole
BLOCKS = [
    ("Perry had no kind words for the mogul. In a speech last July, he said:\n"
     "Let no one be mistaken, this candidacy is a cancer on conservatism.\n"
     "The vote is on Monday.",
     "said", "he", "Let no one be mistaken, this candidacy is a cancer on conservatism."),
    ("One user tweeted:\n\nI teach that age group. They have no business voting.\n",
     "tweeted", "One user", "I teach that age group. They have no business voting."),
    ("Hewitt writes:\n\nThe movie names neither official. It will be that they did nothing.",
     "writes", "Hewitt", "The movie names neither official. It will be that they did nothing."),
    # a participle on a verb with a subject
    ("And the senator lashed out on Twitter, saying:\nThe story is false and I will sue.",
     "saying", "the senator", "The story is false and I will sue."),
    # a quotation in marks inside the block is part of it
    ('In the post, Wallnau wrote:\nWe should ask "who has God anointed?" before we vote.',
     "wrote", "Wallnau", 'We should ask "who has God anointed?" before we vote.'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "cue", "source", "content"), BLOCKS)
def test_block_after_a_colon_is_the_speakers(
    cands: Extract, text: str, cue: str, source: str, content: str
) -> None:
    text, found = cands(text)
    hits = [c for c in found if any(cue in text[a:b] for a, b in c.cue)]
    assert hits, f"no candidate with cue {cue!r}"
    c = hits[0]
    assert c.form == "direct"
    assert c.source_mention is not None
    assert text[c.source_mention[0] : c.source_mention[1]] == source
    assert [text[a:b] for a, b in c.content] == [content]


#: (text, the first words of a paragraph that is no block quotation)
NOT_BLOCKS = [
    # a list's or a table's colon
    ("The results are as follows:\nThe company will close two plants.", "The company"),
    ("The poll also found that:\nThe poll has a margin of error of 3 points.", "The poll has"),
    ("Here are the facts:\nThe plant opened in 1990 and employs 300 people.", "The plant"),
    # the verb's report is already there
    ("O'Malley reminded viewers that he doesn't:\nAfter the debate, Clinton said she was ready.",
     "After the debate"),
    # a label opens the next paragraph: a transcript's line
    ("The exchange went on. The senator said:\nQ: Do you back the bill?\nA: I do.", "Q:"),
    # a verb that does not say
    ("The team arrived:\nThe players left the bus at noon.", "The players"),
    # no subject: an imperative
    ("Read the full post:\nThe council will vote on the plan next week.", "The council"),
    # a quotation in marks is one already, not a block
    ('The mayor said:\n"We will rebuild the bridge," she added.', '"We will'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "opening"), NOT_BLOCKS)
def test_no_block_quotation(cands: Extract, text: str, opening: str) -> None:
    text, found = cands(text)
    at = text.index(opening)
    for c in found:
        if c.form == "direct" and c.content and c.content[0][0] == at:
            assert text[at] in '"“', f"{text[at:]!r} read as a block quotation"


#: (text, a sentence of the block, its voice)
BLOCK_VOICE = [
    ("The senator lashed out on Twitter, saying:\n"
     "Of course the story is 100% FALSE!!! It is a disgrace.\nThe vote is on Monday.",
     "It is a disgrace.", "attributed"),
    # negative: the outlet's own paragraph after a list's colon stays the outlet's
    ("The changes are as follows:\nThe draconian plan is a fiasco for the city.",
     "The draconian plan is a fiasco for the city.", "outlet-evaluative"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sentence", "voice"), BLOCK_VOICE)
def test_block_quotation_is_not_the_outlets_voice(
    analyzer: Analyzer, text: str, sentence: str, voice: str
) -> None:
    rec = analyzer.analyze(article_from_text(text, "block", analyzer.options))
    at = text.index(sentence)
    got = [s.voice for s in rec.sentences if s.span[0] <= at < s.span[1]]
    assert got == [voice]

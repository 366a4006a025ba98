"""Title-Case headlines: the sentence-case copy of the first line and the cues found on its
parse (behaviour tables with negative cases, on invented lines)."""

from __future__ import annotations

import pytest

from newsprov.analysis import Analyzer
from newsprov.analysis.attribution import headline
from newsprov.eval.spans import canonical
from tests.attribution_support import Extract, candidate_extractor

#: (line, is Title Case)
TITLE_CASE = [
    ("Senator Praises Governor Over Budget Deal", True),
    ("Carly Fiorina Endorses Ted Cruz: I Am Horrified", True),
    # negative: sentence case, too few long words, lower-case words
    ("Senator praises governor over budget deal", False),
    ("Obama Wins", False),
    ("The mayor of Springfield Says the budget is sound", False),
]


@pytest.mark.parametrize(("line", "expected"), TITLE_CASE)
def test_title_case(line: str, expected: bool) -> None:
    assert headline.title_case(line) is expected


#: (line, body, sentence-case copy)
SENTENCE_CASE = [
    (
        "Senator Praises Governor Over Budget",
        "The senator spoke on Monday about the governor.",
        "Senator praises governor over budget",
    ),
    # names the body writes capitalised keep their capital; so does the word after a colon
    (
        "Mayor Jane Roe Endorses Ann Lee: Cites Record",
        "The city's mayor, Jane Roe, said on Friday that she backs Ann Lee.",
        "Mayor Jane Roe endorses Ann Lee: Cites record",
    ),
    # negative: a word the body writes in lower case more often is lowered even when it
    # opens a sentence there
    (
        "Lee Slams Plan",
        "Plan ahead. The plan was slammed by Lee, who wrote a plan.",
        "Lee slams plan",
    ),
]


@pytest.mark.parametrize(("line", "body", "expected"), SENTENCE_CASE)
def test_sentence_case(line: str, body: str, expected: str) -> None:
    copy = headline.sentence_case(line, body)
    assert copy == expected
    assert len(copy) == len(line)


@pytest.fixture(scope="module")
def head_cands(analyzer: Analyzer) -> Extract:
    """Candidates of a text from the model's parse, with its headline's copy attached."""
    return candidate_extractor(analyzer, with_headline=True)


_BODY = "\nThe senator, Jane Roe, spoke on Monday. Ann Lee thanked her for it.\n"

#: (article, cue on the first line or None, source, content)
HEADLINES = [
    ("Senator Jane Roe Endorses Ann Lee" + _BODY, "Endorses", "Senator Jane Roe", "Ann Lee"),
    (
        "Jane Roe Praises Ann Lee For Her Budget" + _BODY,
        "Praises",
        "Jane Roe",
        "Ann Lee For Her Budget",
    ),
    # negative: a sentence-case headline is left to the document's own parse
    ("Jane Roe endorses Ann Lee" + _BODY, "endorses", "Jane Roe", "Ann Lee"),
    # negative: a Title-Case line with no reporting verb gives no cue
    ("Jane Roe And Ann Lee At The Budget Hearing" + _BODY, None, "", ""),
]


@pytest.mark.parametrize(("text", "cue", "source", "content"), HEADLINES)
def test_headline_cues(
    head_cands: Extract,
    text: str,
    cue: str | None,
    source: str,
    content: str,
) -> None:
    text, found = head_cands(text)
    end = text.index("\n")
    top = [c for c in found if c.cue[0][0] < end]
    if cue is None:
        assert not top
        return
    c = next(c for c in top if any(text[a:b] == cue for a, b in c.cue))
    assert c.source_mention is not None
    assert text[c.source_mention[0] : c.source_mention[1]] == source
    assert [text[a:b] for a, b in canonical(text, c.content)] == [content]


def test_headline_offsets_are_the_documents(analyzer: Analyzer) -> None:
    """The whole pipeline keeps the text as it was and gives the headline's cue in place."""
    text = "Senator Jane Roe Endorses Ann Lee" + _BODY
    doc = analyzer.nlp(text)
    assert doc.text == text
    assert doc._.np_headline is not None and doc._.np_headline.text != text[: text.index("\n")]
    cues = [text[a:b] for c in doc._.np_candidates for a, b in c.cue]
    assert "Endorses" in cues

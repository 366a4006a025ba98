"""Sources: forms of a source or recipient span that are not what their words look like: a
programme's title in quotation marks (an outlet, never a person a he or she may take).

Every row runs :func:`newsprov.analysis.sources.resolve` on an invented text with hand-made
candidates, so it tests this stage and not the extraction; negative rows keep each rule from
reaching too far.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.test_sources import run
from tests.test_sources_resolution import rel, source_of_last

# -- a programme's title in quotation marks --------------------------------------------------
# (text, source, cue, recipient, expected (name, kind) of the recipient)
SHOWS = [
    (
        'Mr. Sanders told MSNBC\'s "Morning Joe" that the race was close.',
        "Mr. Sanders",
        "told",
        'MSNBC\'s "Morning Joe"',
        ("Morning Joe", "outlet"),
    ),
    (
        'Mr. Trump told "Fox and Friends," that the poll was wrong.',
        "Mr. Trump",
        "told",
        '"Fox and Friends,"',
        ("Fox and Friends", "outlet"),
    ),
    (
        "Mr. Rubio told NBC’s “Today” that the plan would fail.",
        "Mr. Rubio",
        "told",
        "NBC’s “Today”",
        ("Today", "outlet"),
    ),
    (
        'Ms. Lee spoke on CBS\'s "Face the Nation," saying the bill would pass.',
        "Ms. Lee",
        "saying",
        'CBS\'s "Face the Nation,"',
        ("Face the Nation", "outlet"),
    ),
    # negative: a host named before the programme is the host
    (
        'Joe Scarborough, host of MSNBC\'s "Morning Joe," told Ms. Lee that the race was close.',
        "Joe Scarborough",
        "told",
        "Ms. Lee",
        ("Lee", "person"),
    ),
]


@pytest.mark.parametrize(("text", "source", "cue", "recipient", "expected"), SHOWS)
def test_programme_title_in_quotes_is_an_outlet(
    nlp: Language, text: str, source: str, cue: str, recipient: str, expected: tuple[str, str]
) -> None:
    _, atts, by_id = run(nlp, text, [rel(text, source, cue, recipient)])
    assert atts[0].recipient is not None
    got = by_id[atts[0].recipient]
    assert (got.name, got.kind) == expected


# (text, [(source, cue, recipient)], expected (name, kind) of the last attribution's source)
SHOW_PRONOUNS = [
    # she is not the programme a man told something to: nobody in reach, she stands for herself
    (
        'Mr. Sanders told MSNBC\'s "Morning Joe" that the race was close. She said it was not.',
        [("Mr. Sanders", "told", 'MSNBC\'s "Morning Joe"'), ("She", "said")],
        ("She", "person"),
    ),
    (
        'Mr. Trump told "Fox and Friends," that the poll was wrong. She said it was right.',
        [("Mr. Trump", "told", '"Fox and Friends,"'), ("She", "said")],
        ("She", "person"),
    ),
    # negative: a quoted name after a determiner is no programme's title
    (
        'Ms. Ann Lee praised the "Gang of Eight" on Friday. She said the bill would pass.',
        [("She", "said")],
        ("Ann Lee", "person"),
    ),
]


@pytest.mark.parametrize(("text", "rels", "expected"), SHOW_PRONOUNS)
def test_no_he_or_she_for_a_programme(
    nlp: Language, text: str, rels: list[tuple[str, ...]], expected: tuple[str, str]
) -> None:
    rows = [rel(text, *r) for r in rels]
    assert source_of_last(nlp, text, rows) == expected


# (text, source, cue): sources whose quoted words are no programme, never an outlet
NOT_SHOWS = [
    (
        'Former Sen. William "Mo" Cowan said the talks went well.',
        'Former Sen. William "Mo" Cowan',
        "said",
    ),
    ('The senators, the "Gang of Eight," said the bill would pass.', "The senators", "said"),
    ('Ms. Lee told "reporters" that the bill would pass.', "Ms. Lee", "told"),
]


@pytest.mark.parametrize(("text", "source", "cue"), NOT_SHOWS)
def test_quoted_words_that_are_no_programme(
    nlp: Language, text: str, source: str, cue: str
) -> None:
    assert source_of_last(nlp, text, [rel(text, source, cue)])[1] != "outlet"

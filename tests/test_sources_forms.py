"""Sources: forms of a source or recipient span that are not what their words look like: a
programme's title in quotation marks (an outlet, never a person a he or she may take); a
relative pronoun whose antecedent is a pronoun ("some who saw", "anybody who complains": the
antecedent with its clause, not a source named "who").

Every row runs :func:`newsprov.analysis.sources.resolve` on an invented text with hand-made
candidates, so it tests this stage and not the extraction; negative rows keep each rule from
reaching too far.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.source_rows import rel, source_of_last
from tests.test_sources import run

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


# -- a relative pronoun whose antecedent is a pronoun or determiner -------------------------
# (text, source, cue, expected (name, kind) of the source)
RELATIVES = [
    (
        "The remark drew scrutiny from some who saw the comment as a dig at the military.",
        "who",
        "saw",
        ("some who saw the comment as a dig at the military", "group"),
    ),
    (
        "Anybody who complains about a microphone is not having a good night, she said.",
        "who",
        "complains",
        ("Anybody who complains about a microphone", "group"),
    ),
    (
        "Those who backed the plan said it would pass.",
        "Those who backed the plan",
        "said",
        ("Those who backed the plan", "group"),
    ),
    (
        "Those who were briefed on the talks said the deal was near.",
        "Those who were briefed on the talks",
        "said",
        ("Those who were briefed on the talks", "anonymous"),
    ),
    # negative: a noun antecedent keeps its own name, as before
    (
        "Critics, who say the plan is too costly, will vote against it.",
        "who",
        "say",
        ("Critics", "group"),
    ),
    (
        "The senator, who backed the plan, will vote for it.",
        "who",
        "backed",
        ("The senator", "person"),
    ),
    # negative: a pronoun without a relative clause is named as it was
    ("Others said the plan would pass.", "Others", "said", ("Others", "group")),
]


@pytest.mark.parametrize(("text", "source", "cue", "expected"), RELATIVES)
def test_relative_pronoun_with_a_pronoun_antecedent(
    nlp: Language, text: str, source: str, cue: str, expected: tuple[str, str]
) -> None:
    assert source_of_last(nlp, text, [rel(text, source, cue)]) == expected


# (text, [(source, cue)], expected (name, kind) of the last attribution's source)
RELATIVE_PRONOUNS = [
    # two "those" with different clauses are two groups; a "they" takes the nearest
    (
        "Those who backed the plan met on Monday. Those who opposed it met on Friday. "
        "They said the vote would fail.",
        [("They", "said")],
        ("Those who opposed it", "group"),
    ),
    # the same clause is the same group
    (
        "Trump leads among those who named a candidate. Those who named a candidate said they "
        "could change their mind.",
        [("Those who named a candidate", "said")],
        ("Those who named a candidate", "group"),
    ),
    # negative: another description of a "those" is another group, however near
    (
        "Trump leads among those who named a candidate. Those describing themselves as very "
        "conservative said they were unsure.",
        [("Those describing themselves as very conservative", "said")],
        ("Those describing themselves as very conservative", "group"),
    ),
    (
        "Only 7 percent said they are undecided, and 27 percent of those who named a candidate "
        "said they could be persuaded. Trump leads by 21 points among those describing "
        "themselves as somewhat conservative.",
        [
            ("those who named a candidate", "said@2"),
            ("those describing themselves as somewhat conservative", "describing"),
        ],
        ("those describing themselves as somewhat conservative", "group"),
    ),
    # negative: two bare quantifiers are no one description ("some" is not "most")
    (
        "Some have said that he should not have accepted it. But most have proposed new cuts.",
        [("Some", "have said"), ("most", "have proposed")],
        ("most", "group"),
    ),
    # a "those" with a long clause is named "those": no empty description joins it
    (
        "Among those who said they had voted for the president in each of the last two "
        "elections, few were sure. Some said the vote was close.",
        [("Some", "said")],
        ("Some", "group"),
    ),
    # a "those" is plural: no "it" takes it (the plan is no mention: it stands for itself)
    (
        "Those who backed the plan said it would pass.",
        [("Those who backed the plan", "said"), ("it", "would pass")],
        ("it", "unknown"),
    ),
]


@pytest.mark.parametrize(("text", "rels", "expected"), RELATIVE_PRONOUNS)
def test_pronoun_with_a_relative_clause_as_antecedent(
    nlp: Language, text: str, rels: list[tuple[str, ...]], expected: tuple[str, str]
) -> None:
    rows = [rel(text, *r) for r in rels]
    assert source_of_last(nlp, text, rows) == expected


# -- a hyphenated role the parse split into siblings ----------------------------------------
# (text, expected (name, kind) of the recipient), the recipient read off "told" by the stage
SPLIT_ROLES = [
    # "co", "-" and "host" three objects of "told": the role and the name after it
    ("Sanders told co-host Joe Scarborough that he was tired.", ("Joe Scarborough", "person")),
    ("She told ex-senator John Smith that he was wrong.", ("John Smith", "person")),
    ("Ms. Lee told co-founder Ann Vole that the bill would pass.", ("Ann Vole", "person")),
    ("He told vice-chair Ann Lee that the vote was close.", ("Ann Lee", "person")),
    # no name after it: the whole role
    (
        "Sanders told the show’s co-host, Joe Scarborough, that he was tired.",
        ("the show’s co-host", "person"),
    ),
    ("The mayor told the co-chair that the vote was close.", ("the co-chair", "person")),
    # negative: a hyphenated modifier of the noun after it, a name without a role
    (
        "Ms. Lee told pro-choice activists that the bill would pass.",
        ("pro-choice activists", "group"),
    ),
    ("Ms. Lee told Ann Vole that the bill would pass.", ("Ann Vole", "person")),
    (
        "Ms. Lee told the well-known donors that the bill would pass.",
        ("the well-known donors", "anonymous"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_ROLES)
def test_hyphenated_role_split_by_the_parse(
    nlp: Language, text: str, expected: tuple[str, str]
) -> None:
    speaker = text.split(" told")[0]
    _, atts, by_id = run(nlp, text, [{"source": speaker, "cue": "told", "content": "that"}])
    assert atts[0].recipient is not None
    got = by_id[atts[0].recipient]
    assert (got.name, got.kind) == expected

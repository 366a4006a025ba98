"""Sources: a description of a person the article names elsewhere, beyond the nominal window
(`coref.Resolver._role_named_far`): a definite singular role noun joins the one named person an
earlier mention gave that role, by a title on the name ("Former Secretary of State Hillary
Clinton ... the former secretary of state") or a description beside it ("Mike Pence, the
campaign's chief strategist, ... The chief strategist"). Negative rows: two people with the
role, a role never given to a named person, a modifier the person's role lacks, a description
inside a quotation.

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates, the role written again thirteen sentences or more after the name.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.source_rows import last_source, word_rels

FILL = " ".join(f"Voters in town {i} were tired." for i in range(14))

# (text, [(source, cue)], expected (name, kind) of the last attribution's source)
ROWS = [
    # a title on the name
    (
        "Former Secretary of State Ann Hale spoke in Ohio on Monday. "
        + FILL
        + " The former secretary of state said the plan would fail.",
        [
            ("Former Secretary of State Ann Hale", "spoke"),
            ("The former secretary of state", "said"),
        ],
        ("Ann Hale", "person"),
    ),
    # a description in apposition to the name
    (
        "Tom Reyes, the campaign's chief strategist, spoke in Ohio on Monday. "
        + FILL
        + " The chief strategist said the plan would fail.",
        [("Tom Reyes", "spoke"), ("The chief strategist", "said")],
        ("Tom Reyes", "person"),
    ),
    # negative: two people named with the role
    (
        "Former Secretary of State Ann Hale met former Secretary of State John Kerr. "
        + FILL
        + " The former secretary of state said the plan would fail.",
        [("The former secretary of state", "said")],
        ("The former secretary of state", "person"),
    ),
    (
        "Tom Reyes, the campaign's chief strategist, spoke on Monday. Ann Lee, the party's chief"
        " strategist, answered. " + FILL + " The chief strategist said the plan would fail.",
        [("The chief strategist", "said")],
        ("The chief strategist", "person"),
    ),
    # negative: a role never given to a named person
    (
        "Tom Reyes spoke in Ohio on Monday. " + FILL + " The chief strategist said the plan would"
        " fail.",
        [("The chief strategist", "said")],
        ("The chief strategist", "person"),
    ),
    # negative: a modifier the named person's role lacks
    (
        "Ann Lee, the campaign's chief strategist, spoke in Ohio on Monday. "
        + FILL
        + " The Democratic chief strategist said the plan would fail.",
        [("The Democratic chief strategist", "said")],
        ("The Democratic chief strategist", "person"),
    ),
]


@pytest.mark.parametrize(("text", "rels", "expected"), ROWS)
def test_description_of_someone_named_far_before(
    nlp: Language, text: str, rels: list[tuple[str, str]], expected: tuple[str, str]
) -> None:
    name, kind, _ = last_source(nlp, text, word_rels(text, rels))
    assert (name, kind) == expected

"""Sources: the forms an eighteenth audit of unseen articles (8 ECB+ texts of all topics and 8
PolNeAR train texts no earlier audit read, seed 351) found resolved or typed wrong: "the
Wisconsin Republican" left apart from Paul Ryan (and the "He" after it given to "the nominee"
its relative clause names; the fifteenth audit's "The South Carolina Republican" apart from
Trey Gowdy is the same form), "Several prominent GOP elders", "a parade of six turncoat
mobsters" and "a quartet of groups" typed unknown, and a student's name tagged ORG
("Jahenns Manigat"), who speaks as "I", typed an organization.

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates. Negative rows keep the rules from reaching too far.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from tests.source_rows import last_source, source_rows_test

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
PARTIES = [
    # a party's noun with a place before it, new to the text: the one subject of the
    # nearest earlier sentence naming a person
    (
        "Paul Ryan told CNN's Jake Tapper he was not ready. It was a partial reversal for the "
        "Wisconsin Republican, who had pledged to support the nominee. He said on Thursday "
        "that Trump needs to do more work.",
        [("He", "said")],
        None,
        ("Paul Ryan", "person", None),
    ),
    (
        "Trey Gowdy questioned Hillary Clinton on Thursday. The South Carolina Republican "
        "said the hearing was fair.",
        [("The South Carolina Republican", "said")],
        None,
        ("Trey Gowdy", "person", None),
    ),
    # a person named later in its sentence, not in apposition to it, does not stop it
    (
        "Trey Gowdy released a statement on Wednesday. The South Carolina Republican admitted "
        "that Hillary Clinton's server was not central to the inquiry.",
        [("The South Carolina Republican", "admitted")],
        None,
        ("Trey Gowdy", "person", None),
    ),
    # the person so joined is still one whom a later "he" reaches
    (
        "Paul Ryan spoke in Janesville on Friday. The Wisconsin Republican praised the crowd. "
        "Later he said the party would unite.",
        [("The Wisconsin Republican", "praised"), ("he", "said")],
        None,
        ("Paul Ryan", "person", None),
    ),
    # negative: no place before the party's noun, two subjects in the sentence before, a
    # name of one word, inside a quotation, a name in apposition to it
    (
        "Ted Cruz attacked Donald Trump on Friday. The Republican said the answer was too long.",
        [("The Republican", "said")],
        None,
        ("The Republican", "person", None),
    ),
    (
        "Ted Cruz and Marco Rubio met on Friday. The Florida Republican said the answer was "
        "too long.",
        [("The Florida Republican", "said")],
        None,
        ("The Florida Republican", "person", None),
    ),
    (
        "Gowdy questioned Hillary Clinton on Thursday. The South Carolina Republican said the "
        "hearing was fair.",
        [("The South Carolina Republican", "said")],
        None,
        ("The South Carolina Republican", "person", None),
    ),
    (
        'Trey Gowdy questioned Hillary Clinton on Thursday. "The South Carolina Republican '
        'said the hearing was fair," Ann Lee wrote.',
        [("The South Carolina Republican", "said")],
        None,
        ("The South Carolina Republican", "person", None),
    ),
    (
        "Ted Cruz spoke in Austin on Friday. The Texas Republican, John Cornyn, said the "
        "vote would pass.",
        [("The Texas Republican, John Cornyn", "said")],
        None,
        ("John Cornyn", "person", None),
    ),
]

KINDS = [
    # "elders" are people; "parade" and "quartet" read the noun after "of"
    (
        "Several prominent GOP elders agreed that Trump needs to deliver a speech.",
        [("Several prominent GOP elders", "agreed")],
        None,
        ("Several prominent GOP elders", "group", None),
    ),
    (
        "At the trial, a parade of six turncoat mobsters described his power.",
        [("a parade of six turncoat mobsters", "described")],
        None,
        ("a parade of six turncoat mobsters", "group", None),
    ),
    (
        "A quartet of groups that can accept unlimited donations have spent $1 million.",
        [("A quartet of groups", "have spent")],
        None,
        ("A quartet of groups", "group", None),
    ),
    # negative: "a parade of floats" is no group of people
    (
        "A parade of floats showed the city's history.",
        [("A parade of floats", "showed")],
        None,
        ("A parade of floats", "unknown", None),
    ),
]


test_eighteenth_audit_forms = source_rows_test(PARTIES + KINDS)


# (text, name, tags, expected kind of the name's source): a quotation ending in a speech tag
# and the quotation's own first person, both hand-made candidates
SPEAKS_AS_I = [
    # a name the parse tags ORG that speaks as "I": a person
    (
        '"I had to go to class today," Jahenns Manigat said.',
        "Jahenns Manigat",
        {"Jahenns Manigat": "ORG"},
        "person",
    ),
    # negative: a body speaks as "we"; a company's name ("Acme Corp.") stays a body
    (
        '"We had to go to class today," Jahenns Manigat said.',
        "Jahenns Manigat",
        {"Jahenns Manigat": "ORG"},
        "organization",
    ),
    (
        '"I had to close the plant," Acme Corp. said.',
        "Acme Corp.",
        {"Acme Corp.": "ORG"},
        "organization",
    ),
]


@pytest.mark.parametrize(("text", "name", "tags", "expected"), SPEAKS_AS_I)
def test_eighteenth_audit_speaks_as_one(
    nlp: Language, text: str, name: str, tags: dict[str, str], expected: str
) -> None:
    quote = text.split('"')[1].rstrip(",")
    first = quote.split()[0]
    rels: list[dict[str, Any]] = [
        {"source": first, "cue": quote.split()[1], "content": " ".join(quote.split()[2:])},
        {"source": name, "cue": "said", "content": quote, "form": "direct"},
    ]
    assert last_source(nlp, text, rels, tags)[1] == expected

"""Sources: two wrong merges and splits the thirty-first audit of unseen articles and the
profile's ninth audit left (2026-12-06, session 54), each a general class with rows on invented
sentences (positive and negative):

- a present holder of an office and a candidate in a race for it, one of the two named by the
  surname alone, are two people ("a senior adviser to President Clinton ... Democratic
  presidential candidate Hillary Clinton"); not a former holder, who may run again;
- of two people of one surname, a titled surname ("President Clinton") is the one named with
  that title ("President Bill Clinton"), not the one named last;
- a bare "police" or "the police" beside the one police body a text names ("the NYPD", "the
  New York Police Department") is that body; not beside two, nor "police" with a word of its
  own ("state police", "police in Palermo").

Each row runs :func:`newsprov.analysis.sources.resolve` with hand-made candidates and gives the
(name, kind, title) of the last attribution's source.
"""

from __future__ import annotations

import pytest

from newsprov.analysis.sources.described import police_body
from tests.source_rows import SourceRow, source_rows_test

_ADVISER = "A senior adviser to President Clinton said the plan was sound. "
_CANDIDATE = "Democratic presidential candidate Hillary Clinton said she would win."

ROWS: list[SourceRow] = [
    # a holder named by title and surname, then a candidate for the office: two people
    (
        _ADVISER + _CANDIDATE,
        [("A senior adviser to President Clinton", "said"), ("Hillary Clinton", "said@2")],
        None,
        ("Hillary Clinton", "person", "Democratic presidential candidate"),
    ),
    # the same the other way round: the holder is a person of his own
    (
        _CANDIDATE + " President Clinton said the plan was sound.",
        [("Hillary Clinton", "said"), ("President Clinton", "said@2")],
        None,
        ("Clinton", "person", "President"),
    ),
    # a governor and a candidate for governor
    (
        "Gov. Walker said the budget was fine. Democratic gubernatorial candidate Mary Walker "
        "said it was not.",
        [("Gov. Walker", "said"), ("Mary Walker", "said@2")],
        None,
        ("Mary Walker", "person", "Democratic gubernatorial candidate"),
    ),
    # negative: a former holder may run again (one person)
    (
        "Former President Trump said the wall would rise. Republican presidential candidate "
        "Donald Trump said he would win.",
        [("Former President Trump", "said"), ("Donald Trump", "said@2")],
        None,
        ("Donald Trump", "person", "President"),
    ),
    # negative: a race for another office ("Senator" and a presidential candidate)
    (
        "Senator Sanders said the plan was sound. Democratic presidential candidate Bernie "
        "Sanders said he agreed.",
        [("Senator Sanders", "said"), ("Bernie Sanders", "said@2")],
        None,
        ("Bernie Sanders", "person", "Senator"),
    ),
    # negative: the name in full with no title joins the titled surname, as before
    (
        "President Trump said the wall would rise. Donald Trump said he would win.",
        [("President Trump", "said"), ("Donald Trump", "said@2")],
        None,
        ("Donald Trump", "person", "President"),
    ),
    # two first names under one surname: two people; the titled surname is the titled one
    (
        "President Bill Clinton signed the law. Hillary Clinton said she would win. President "
        "Clinton added that it was fine.",
        [
            ("President Bill Clinton", "signed"),
            ("Hillary Clinton", "said"),
            ("President Clinton", "added"),
        ],
        None,
        ("Bill Clinton", "person", "President"),
    ),
    # a bare surname goes to the one named last, as before
    (
        "President Bill Clinton signed the law. Hillary Clinton said she would win. Clinton "
        "added that it was fine.",
        [("President Bill Clinton", "signed"), ("Hillary Clinton", "said"), ("Clinton@3", "added")],
        None,
        ("Hillary Clinton", "person", None),
    ),
    # negative: a vice president's title is not the president's
    (
        "President Tom Hale signed the law. Vice President Ann Hale said she agreed. Vice "
        "President Hale added that it was fine.",
        [("President Tom Hale", "signed"), ("Ann Hale", "said"), ("Vice President Hale", "added")],
        None,
        ("Ann Hale", "person", "Vice President"),
    ),
    # "the police" beside the one police body named: that body
    (
        "The New York Police Department said the man was armed. The police said he fled.",
        [("The New York Police Department", "said"), ("The police", "said@2")],
        None,
        ("New York Police Department", "organization", None),
    ),
    (
        "The NYPD said the man was armed. Police said he fled.",
        [("The NYPD", "said"), ("Police", "said@2")],
        None,
        ("NYPD", "organization", None),
    ),
    # the body named after the bare "police"
    (
        "Police said the man was armed when officers of the Vancouver Police Department arrived.",
        [("Police", "said")],
        None,
        ("Vancouver Police Department", "organization", None),
    ),
    # negative: two police bodies named
    (
        "The NYPD said the man was armed. The LAPD said he hid there. Police said he fled.",
        [("The NYPD", "said"), ("The LAPD", "said@2"), ("Police", "said@3")],
        {"LAPD": "ORG"},
        ("Police", "organization", None),
    ),
    # negative: "police" with a word of its own
    (
        "The NYPD said the man was armed. State police said he fled.",
        [("The NYPD", "said"), ("State police", "said@2")],
        None,
        ("State police", "organization", None),
    ),
    (
        "The NYPD said the man was armed. Police in Palermo said he fled.",
        [("The NYPD", "said"), ("Police in Palermo", "said@2")],
        None,
        ("Police in Palermo", "organization", None),
    ),
]

test_merges_and_splits = source_rows_test(ROWS)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("NYPD", True),
        ("the LAPD", True),
        ("New York Police Department", True),
        ("Oregon State Police", True),
        ("Royal Canadian Mounted Police", True),
        ("the Metropolitan Police Service", True),
        ("Fraternal Order of Police", False),
        ("Police Benevolent Association", False),
        ("Police", False),
        ("PD", False),
        ("the Pentagon", False),
        ("Police Commissioner", False),
        ("The", False),
        ("", False),
    ],
)
def test_police_body(name: str, expected: bool) -> None:
    assert police_body(name) is expected

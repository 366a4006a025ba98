"""Sources: the forms an eighth audit of unseen articles (10 ECB+ texts of all topics and 10
PolNeAR train texts no earlier audit read, seed 151) found typed wrong: plural nouns for
people missing from the lexicon ("Female troops", "enlisted personnel", "those folks", "His
enemies within the ... circle") typed unknown; and bodies in the plural ("businesses", "a lot
of companies") typed unknown.

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates. Negative rows keep each rule from reaching too far.
"""

from __future__ import annotations

from tests.source_rows import source_rows_test

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
PEOPLE = [
    # "troops", "personnel", "folks" and "enemies" are people in the plural: a group
    (
        "Female troops preferred the senator by ten points.",
        [("Female troops", "preferred")],
        None,
        ("Female troops", "group", None),
    ),
    (
        "Enlisted personnel favored the governor.",
        [("Enlisted personnel", "favored")],
        None,
        ("Enlisted personnel", "group", None),
    ),
    (
        "Those folks hope the plant reopens.",
        [("Those folks", "hope")],
        None,
        ("Those folks", "group", None),
    ),
    (
        "His enemies within the party never thought he would win.",
        [("His enemies within the party", "never thought")],
        None,
        ("His enemies within the party", "group", None),
    ),
    # negative: the singular names a unit or a side, no person; "personnel" modifying an
    # office leaves the office a body
    (
        "The troop said the hike was long.",
        [("The troop", "said")],
        None,
        ("The troop", "unknown", None),
    ),
    (
        "The enemy said nothing.",
        [("The enemy", "said")],
        None,
        ("The enemy", "unknown", None),
    ),
    (
        "The personnel office said the files were lost.",
        [("The personnel office", "said")],
        None,
        ("The personnel office", "organization", None),
    ),
]

BODIES = [
    # a company's noun in the plural names several bodies: a group
    (
        "Two businesses said the rules hurt them.",
        [("Two businesses", "said")],
        None,
        ("Two businesses", "group", None),
    ),
    # "a lot of" is a partitive: the noun after "of" decides
    (
        "A lot of companies don't recognize the problem.",
        [("A lot of companies", "don't recognize")],
        None,
        ("A lot of companies", "group", None),
    ),
    (
        "A lot of people don't recognize the problem.",
        [("A lot of people", "don't recognize")],
        None,
        ("A lot of people", "group", None),
    ),
    (
        "Many of the firms said the rules hurt them.",
        [("Many of the firms", "said")],
        None,
        ("Many of the firms", "group", None),
    ),
    # negative: one of several bodies is one body; "the business" may be trade; a mass noun
    # after "a lot of" is no partitive of people or bodies
    (
        "One of the companies said the rules hurt it.",
        [("One of the companies", "said")],
        None,
        ("One of the companies", "organization", None),
    ),
    (
        "The business said the rules hurt it.",
        [("The business", "said")],
        None,
        ("The business", "unknown", None),
    ),
    (
        "A lot of money said nothing.",
        [("A lot of money", "said")],
        None,
        ("A lot of money", "unknown", None),
    ),
]


test_eighth_audit_forms = source_rows_test(PEOPLE + BODIES)

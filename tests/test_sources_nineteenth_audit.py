"""Sources: the forms a nineteenth audit of unseen articles (8 ECB+ texts of all topics and 8
PolNeAR train texts no earlier audit read, seed 371) found typed wrong: "one commenter" typed
unknown and "the organizer" a group (`lexicon.PEOPLE_NOUNS`), "a series of photos" unknown
(`lexicon.PARTITIVE_HEADS`), a headline's "Jury" a person and "the jury" unknown
(`lexicon.COLLECTIVE_PEOPLE`), "big-bucks super PACs" unknown (`kinds._PLURAL_BUSINESSES`),
"the Real Clear Politics average" unknown (`lexicon.DOCUMENT_NOUNS`).

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates. Negative rows keep the rules from reaching too far.
"""

from __future__ import annotations

from tests.source_rows import source_rows_test

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
KINDS = [
    # a commenter and an organizer are people: "one", "a" unnamed, "the" one person
    (
        "One commenter wrote that the vote was rigged.",
        [("One commenter", "wrote")],
        None,
        ("One commenter", "anonymous", None),
    ),
    (
        "The organizer told the volunteers they would knock on doors.",
        [("The organizer", "told")],
        None,
        ("The organizer", "person", None),
    ),
    # "series" is a partitive's head: the noun after "of" decides
    (
        "A series of photos from his rally is revealing a shocking truth.",
        [("A series of photos from his rally", "is revealing")],
        None,
        ("A series of photos from his rally", "document", None),
    ),
    # a jury is several people, as a family: a group, also a headline's "Jury" alone
    (
        "The jury said the man was guilty.",
        [("The jury", "said")],
        None,
        ("The jury", "group", None),
    ),
    (
        "Jury shown horrific moment mother is shot.",
        [("Jury", "shown")],
        None,
        ("Jury", "group", None),
    ),
    # several PACs are several bodies
    (
        "The super PACs said they spent more than $20 million.",
        [("The super PACs", "said")],
        None,
        ("The super PACs", "group", None),
    ),
    # a polls' average with no "of" is a document, as "the average of polls" was
    (
        "According to the Real Clear Politics average, Trump is up 15.6 points in Florida.",
        [("the Real Clear Politics average", "According to")],
        None,
        ("the Real Clear Politics average", "document", None),
    ),
    # negative: with "of", the noun after it decides; "average" a modifier is no head
    (
        "An average of 300 people said they would attend.",
        [("An average of 300 people", "said")],
        None,
        ("An average of 300 people", "group", None),
    ),
    (
        "The average voter says the economy matters most.",
        [("The average voter", "says")],
        None,
        ("The average voter", "person", None),
    ),
    # negative: plural organizers and commentators stay a group; a series of events is no
    # source's kind; one PAC is a body (named by its word in capitals, as before)
    (
        "The organizers said the march would go ahead.",
        [("The organizers", "said")],
        None,
        ("The organizers", "group", None),
    ),
    (
        "A series of attacks showed the city was weak.",
        [("A series of attacks", "showed")],
        None,
        ("A series of attacks", "unknown", None),
    ),
    (
        "The super PAC said it spent more than $20 million.",
        [("The super PAC", "said")],
        None,
        ("PAC", "organization", None),
    ),
    (
        "The commentators said the debate was dull.",
        [("The commentators", "said")],
        None,
        ("The commentators", "group", None),
    ),
]


test_nineteenth_audit_kinds = source_rows_test(KINDS)

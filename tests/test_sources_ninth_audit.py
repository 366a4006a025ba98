"""Sources: the forms a ninth audit of unseen articles (10 ECB+ texts of all topics and 10
PolNeAR train texts no earlier audit read, seed 171) found resolved or typed wrong: a he or
she that could not reach an unnamed person named by a noun of unnamed people ("Timmons' 16
year-old best friend took the stand. He said ...": the "He" went to Timmons); and a he
that could not reach a person described by a party's noun ("The lifelong Republican who
wrote the speech says he ...": the "he" went to a "Clinton" on the headline), named by its
party; and one person's two roles under one article ("an Egyptian blogger and journalist")
typed a group; "The real estate mogul" apart from Trump; "THR" an organization; "his campaign" joined to "Her campaign"; "The candidates Sanders named" (the name parsed
as an apposition) joined to Sanders; "Clinton's biggest boosters" unknown.

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates. Negative rows keep each rule from reaching too far.
"""

from __future__ import annotations

from tests.source_rows import source_rows_test

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
UNNAMED = [
    # a he or she may stand for one unnamed person named by a noun of unnamed people
    (
        "The trial of Mark Vole went on. Vole's best friend took the stand on Monday. He said "
        "the gun was a rifle.",
        [("He", "said")],
        None,
        ("Vole's best friend", "person", None),
    ),
    (
        "The hearing opened late. A campaign speechwriter quit on Friday. He said the job was "
        "too hard.",
        [("He", "said")],
        None,
        ("A campaign speechwriter", "person", None),
    ),
    (
        "A former committee staffer sued the panel, and she said she was fired for no reason.",
        [("she", "said")],
        None,
        ("A former committee staffer", "person", None),
    ),
    # negative: in a sentence before, not when that sentence names another person ('"Ahmed
    # was a friend to us," one employee told the station. He was ...'), quoted or not
    (
        "An employee was at the office within minutes, said manager Jim Hall. The terminal "
        "holds oil, he said.",
        [("he", "said@2")],
        None,
        ("Jim Hall", "person", None),
    ),
    (
        "Tom Vole died on Monday. A friend referred to him as a kind man. He had wanted to "
        "fly since he was five, his sister said.",
        [("He", "had wanted")],
        None,
        ("Tom Vole", "person", None),
    ),
    # negative: "someone" and "somebody" are often nobody in particular
    (
        "Tom Vole spoke first on Monday. Someone in the crowd shouted at the stage. He said "
        "he would not stop.",
        [("He", "said")],
        None,
        ("Tom Vole", "person", None),
    ),
]

PARTY = [
    # a party's or a people's noun with "the", the subject of its clause, is one person a he
    # or she may stand for
    (
        "Ann Kessler spoke on Monday. The lifelong Republican who wrote the speech said on "
        "Tuesday that he would not vote for her.",
        [("he", "would not vote")],
        None,
        ("The lifelong Republican", "person", None),
    ),
    # ... and a description of the person named beside it
    (
        "The first American to join the club, Tom Vole, left early on Monday.",
        [("The first American to join the club", "left")],
        None,
        ("Tom Vole", "person", None),
    ),
    # negative: an indefinite one brings in another person, and is no antecedent
    (
        "The lifelong Republican spoke first. An Ohio Republican said the plan was fine.",
        [("An Ohio Republican", "said")],
        None,
        ("Republican", "anonymous", None),
    ),
    (
        "Any Democrat would envy the record of Tom Vole. He said so on Monday.",
        [("He", "said")],
        None,
        ("Tom Vole", "person", None),
    ),
    # the person so described is named by the description, not by the party
    (
        "Ohio's senior Democrat said the plan was fine.",
        [("Ohio's senior Democrat", "said")],
        None,
        ("Ohio's senior Democrat", "person", None),
    ),
    # negative: the party in the plural is a group, and an indefinite one keeps its noun
    (
        "The Republicans said they were angry.",
        [("The Republicans", "said")],
        None,
        ("Republicans", "group", None),
    ),
    (
        "A Democrat from Ohio said the plan was bad.",
        [("A Democrat from Ohio", "said")],
        None,
        ("Democrat", "anonymous", None),
    ),
    # negative: a party's adjective is no person
    (
        "The Republican nominee spoke on Monday. Republican leaders met. He said it went well.",
        [("He", "said")],
        None,
        ("The Republican nominee", "person", None),
    ),
]

ROLES = [
    # one person's two roles joined under one article are one person, not a group
    (
        '"I hope they fix it soon," said an Egyptian blogger and journalist.',
        [("an Egyptian blogger and journalist", "said")],
        None,
        ("an Egyptian blogger and journalist", "anonymous", None),
    ),
    (
        "The teacher and coach said the team was ready.",
        [("The teacher and coach", "said")],
        None,
        ("The teacher and coach", "person", None),
    ),
    # negative: two articles, a possessive, "or", or names make two people
    (
        "A man and a woman said they saw the fire.",
        [("A man and a woman", "said")],
        None,
        ("A man and a woman", "group", None),
    ),
    (
        "The mayor and his wife said they were happy.",
        [("The mayor and his wife", "said")],
        None,
        ("The mayor and his wife", "group", None),
    ),
    (
        "A blogger or a journalist said so.",
        [("A blogger or a journalist", "said")],
        None,
        ("A blogger or a journalist", "group", None),
    ),
    (
        "Ann Smith and Bob Jones said the plan was fine.",
        [("Ann Smith and Bob Jones", "said")],
        None,
        ("Ann Smith and Bob Jones", "group", None),
    ),
]

FAME = [
    # "the mogul", "the tycoon", "the magnate", "the billionaire": the one person named just
    # before, as "the star" is
    (
        "Tom Vole spoke in Miami on Monday. The real estate mogul said the club was doing well.",
        [("The real estate mogul", "said")],
        None,
        ("Tom Vole", "person", None),
    ),
    # negative: not when two people are in view
    (
        "Tom Vole met Ann Lee on Monday. The tycoon said the talks went well.",
        [("The tycoon", "said")],
        None,
        ("The tycoon", "person", None),
    ),
]

OWNERS = [
    # "his campaign" is not "her campaign"
    (
        "Ann Vole met Tom Lee on Monday. Her campaign said the talks went well. Lee left "
        "early. His campaign said the talks went badly.",
        [("Her campaign", "said"), ("His campaign", "said@2")],
        None,
        ("His campaign", "organization", None),
    ),
    # negative: a description with no possessive pronoun still joins
    (
        "Ann Vole spoke on Monday. Her campaign said the talks went well. The campaign added "
        "that the mood was fine.",
        [("Her campaign", "said"), ("The campaign", "added")],
        None,
        ("Her campaign", "organization", None),
    ),
]

APPOSED = [
    # a plural of people the parse apposed to one person's name is not that person
    (
        "Tom Sanders went further on Tuesday, endorsing eight state candidates. The "
        "candidates Sanders named in his email are Ann Lee and Bob Hart.",
        [("eight state candidates", "endorsing")],
        None,
        ("eight state candidates", "group", None),
    ),
    # negative: a plural apposed to a list of names is the list's
    (
        "Her parents, Ann and Tom Vole, said they were proud.",
        [("Her parents, Ann and Tom Vole", "said")],
        None,
        ("Her parents, Ann and Tom Vole", "group", None),
    ),
]

FOLLOWERS = [
    # "boosters", "admirers": people in the plural, a group
    (
        "The mayor's biggest boosters insisted the dip was temporary.",
        [("The mayor's biggest boosters", "insisted")],
        None,
        ("The mayor's biggest boosters", "group", None),
    ),
    (
        "Her admirers said the speech was moving.",
        [("Her admirers", "said")],
        None,
        ("Her admirers", "group", None),
    ),
    # negative: the singular is no group
    (
        "The booster said the rocket was ready.",
        [("The booster", "said")],
        None,
        ("The booster", "unknown", None),
    ),
]

OUTLETS = [
    # "THR", The Hollywood Reporter's abbreviation in the registry
    (
        "According to THR, the talks will resume on Monday.",
        [("THR", "According to")],
        None,
        ("The Hollywood Reporter", "outlet", None),
    ),
    # negative: an abbreviation counts in capitals only
    (
        "Thr said the talks will resume on Monday.",
        [("Thr", "said")],
        None,
        ("Thr", "person", None),
    ),
]


test_ninth_audit_forms = source_rows_test(
    UNNAMED + PARTY + ROLES + FAME + OWNERS + APPOSED + FOLLOWERS + OUTLETS
)

"""Sources: the forms a twenty-third audit of unseen articles (8 ECB+ texts of all topics and 8
PolNeAR train texts no earlier audit read, seed 451) found wrong: a description of an office
left apart from the one person named just before when the text called that person only a
candidate ("Former Democratic candidate Bernie Sanders ... The Vermont senator declined",
`coref_descriptions._race_only`), an object pronoun of a gerund given to the gerund's
understood subject ("Trump demands Ginsburg resign for criticizing him", which then kept the
justice apart from her full name, `coref.Resolver._pronoun`), and people typed unknown or a
group typed so wrongly:
"his grandchildren" (`lexicon.PEOPLE_NOUNS`), "three-fourths" (`lexicon.GROUP_NOUNS`), "the
under-35 generation", a bare share ("42% say", whose span leaves the sign out) and plural
"numbers" with no "of" (`kinds.nominal_kind`).

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates. Negative rows keep the rules from reaching too far.
"""

from __future__ import annotations

from tests.source_rows import source_rows_test

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
ROWS = [
    # a person the text calls only a candidate may hold the office a later description names
    (
        "Former Democratic candidate Tom Hale, who endorsed Ann Page on Tuesday, said he agrees"
        " with the ruling. The Ohio senator declined to say more.",
        [("Former Democratic candidate Tom Hale", "said"), ("The Ohio senator", "declined")],
        None,
        ("Tom Hale", "person", "Democratic candidate"),
    ),
    (
        "Republican nominee Tom Hale said he would win the state. The senator said the polls were"
        " wrong.",
        [("Republican nominee Tom Hale", "said"), ("The senator", "said@2")],
        None,
        ("Tom Hale", "person", "Republican nominee"),
    ),
    # negative: a person the text gives an office is no holder of another one
    (
        "Governor Tom Hale said he would sign the bill. The senator declined to say more.",
        [("Governor Tom Hale", "said"), ("The senator", "declined")],
        None,
        ("The senator", "person", None),
    ),
    # negative: someone named in the description's own sentence
    (
        "Former candidate Tom Hale said he agrees. The senator told Bob Lane that he was wrong.",
        [("Former candidate Tom Hale", "said"), ("The senator", "told")],
        None,
        ("The senator", "person", None),
    ),
    # a gerund's object pronoun is not the subject the gerund's verb hangs on
    (
        "Trump demands Ginsburg resign for criticizing him as unfit. Justice Ruth Bader Ginsburg"
        " said she regretted it. Ginsburg said on Wednesday that she was sorry.",
        [
            ("Ginsburg", "criticizing"),
            ("Justice Ruth Bader Ginsburg", "said"),
            ("Ginsburg@3", "said@2"),
        ],
        None,
        ("Ruth Bader Ginsburg", "person", "Justice"),
    ),
    # negative: with an object before the preposition, the object is the gerund's subject and
    # the pronoun may still be the subject
    (
        "Ann Page thanked Tom Hale for endorsing her. Page said she was grateful.",
        [("Ann Page", "thanked"), ("she", "said")],
        None,
        ("Ann Page", "person", None),
    ),
    # people's nouns and counts
    (
        "The president said he imagined walking with his grandchildren, watching a sunset.",
        [("his grandchildren", "watching")],
        None,
        ("his grandchildren", "group", None),
    ),
    (
        "Most see it as a problem, and three-fourths say the government should act.",
        [("three-fourths", "say")],
        None,
        ("three-fourths", "group", None),
    ),
    (
        "The under-35 generation says it wants action on climate.",
        [("The under-35 generation", "says")],
        None,
        ("The under-35 generation", "group", None),
    ),
    (
        "On social issues they lean left: 42 say they are liberal.",
        [("42", "say")],
        None,
        ("42", "group", None),
    ),
    # negative: a share with its noun after "of", and a generation of things
    (
        "A poll was taken. Some 30% of voters say the race is close.",
        [("Some 30% of voters", "say")],
        None,
        ("Some 30% of voters", "group", None),
    ),
    (
        "A new generation of chips shows that the firm has caught up.",
        [("A new generation of chips", "shows")],
        None,
        ("A new generation of chips", "unknown", None),
    ),
    # plural numbers with no "of" are figures; "a number of voters" still people
    (
        "These poll numbers should put the notion to rest. But the numbers also underscore how"
        " much work is left.",
        [("the numbers", "underscore")],
        None,
        ("the numbers", "unknown", None),
    ),
    (
        "A growing number of voters say the race is close.",
        [("A growing number of voters", "say")],
        None,
        ("A growing number of voters", "group", None),
    ),
]


test_twenty_third_audit = source_rows_test(ROWS)

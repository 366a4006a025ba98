"""Sources: the forms a twelfth audit of unseen articles (8 ECB+ texts of all topics and 8
PolNeAR train texts no earlier audit read, seed 231) found resolved or typed wrong: a "he
said" given to the speaker of a relative clause ("Trump, who has called warming a hoax")
rather than the subject of the sentence; "Hewlett-Packard CEO Carly Fiorina", tagged ORG, an
organization; "the billionaire business mogul told People" apart from Trump, named in the
sentence before; "the DA said" unknown and apart from the district attorney; "a slew of RNC
leaders", "a few handfuls of delegates" and "The fire brigade" unknown; "Steve Bell, senior
director ..., and a Republican who headed ..." a group; "The Florida senator" apart from Sen.
Marco Rubio.

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates. Negative rows keep each rule from reaching too far.
"""

from __future__ import annotations

from tests.source_rows import source_rows_test

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
RELATIVES = [
    # a relative clause's speech tag describes its noun: the "he said" after it is the
    # sentence's subject
    (
        "Ban Ki-moon spoke on Monday. Asked whether he was concerned that Tom Kelcy, who has "
        'called the treaty a hoax, could win, Ban demurred. "There is just one science," he '
        "said.",
        [("Tom Kelcy", "has called"), ("he@2", "said")],
        None,
        ("Ban Ki-moon", "person", None),
    ),
    # negative: a speaker in the main clause keeps the lead over an earlier subject
    (
        'As Ban Ki-moon listened, Tom Kelcy called the treaty a hoax. "There is no science," '
        "he said.",
        [("Tom Kelcy", "called"), ("he", "said")],
        None,
        ("Tom Kelcy", "person", None),
    ),
]

EXECUTIVES = [
    # a firm's officer's title just before a name the tagger takes for a body's
    (
        "Former Hewlett-Packard CEO Carly Fiorina named a drama as her favorite show. "
        '"I have not had time to watch it," she said.',
        [("Former Hewlett-Packard CEO Carly Fiorina", "named"), ("she", "said")],
        None,
        ("Carly Fiorina", "person", "Packard CEO"),
    ),
    # negative: the firm itself, after a CEO named, is still a body
    (
        "Hewlett-Packard named a new CEO on Monday. Hewlett-Packard said it would cut jobs.",
        [("Hewlett-Packard@2", "said")],
        None,
        ("Hewlett-Packard", "organization", None),
    ),
]

_SHOWS = "Ann Vole enjoys comedies. Donald Trump listed a sketch show as his favorite. "

FAME = [
    # the one person, the subject, of the nearest sentence naming anyone, though another is
    # in reach
    (
        _SHOWS + '"It had great ratings," the billionaire business mogul told reporters.',
        [("the billionaire business mogul", "told")],
        None,
        ("Donald Trump", "person", None),
    ),
    # negative: two people in that sentence
    (
        _SHOWS.replace("Donald Trump listed", "Donald Trump and Tom Kelcy listed")
        + '"It had great ratings," the billionaire business mogul told reporters.',
        [("the billionaire business mogul", "told")],
        None,
        ("the billionaire business mogul", "person", None),
    ),
]

DISTRICT_ATTORNEYS = [
    # "the DA" where the text spells the role out, and "the D.A." the tagger tags ORG
    (
        "Queens District Attorney Ann Vole said the driver was charged. The DA said he had "
        "been drinking.",
        [("Queens District Attorney Ann Vole", "said"), ("The DA", "said@2")],
        None,
        ("Ann Vole", "person", "Queens District Attorney"),
    ),
    (
        "Queens District Attorney Ann Vole said the driver was charged. The D.A. said he had "
        "been drinking.",
        [("Queens District Attorney Ann Vole", "said"), ("The D.A.", "said@2")],
        None,
        ("Ann Vole", "person", "Queens District Attorney"),
    ),
    # negative: no district attorney in the text, "the DA" may be a party's initials
    (
        "The DA said the vote was rigged.",
        [("The DA", "said")],
        None,
        ("The DA", "unknown", None),
    ),
]

PARTITIVES = [
    # "slew", "handfuls": a partitive of people is a group
    (
        "A slew of party leaders agree with his assessment.",
        [("A slew of party leaders", "agree with")],
        None,
        ("A slew of party leaders", "group", None),
    ),
    (
        "So far, only a few handfuls of delegates have volunteered to speak.",
        [("only a few handfuls of delegates", "have volunteered")],
        None,
        ("a few handfuls of delegates", "group", None),
    ),
    # "brigade": a body
    (
        "The fire brigade said the bodies were found in the wreckage.",
        [("The fire brigade", "said")],
        None,
        ("The fire brigade", "organization", None),
    ),
    # negative: the brigade's commander is a person
    (
        "The brigade commander said the bodies were found in the wreckage.",
        [("The brigade commander", "said")],
        None,
        ("The brigade commander", "person", None),
    ),
]

MEMBERS = [
    # "and a Republican who ..." after an apposition is one more description of the person
    (
        "Tom Kelcy, senior director of economic policy at the Bipartisan Policy Center, and a "
        "Republican who headed the Senate Budget Committee staff in the Reagan era, said the "
        "plans were reckless.",
        [
            (
                "Tom Kelcy, senior director of economic policy at the Bipartisan Policy Center, "
                "and a Republican who headed the Senate Budget Committee staff in the Reagan era",
                "said",
            )
        ],
        None,
        (
            "Tom Kelcy",
            "person",
            "senior director of economic policy at the Bipartisan Policy Center",
        ),
    ),
    # negative: with no apposition, a name and a party's member are two people
    (
        "Ann Lee and a Republican who headed the committee said the plans were reckless.",
        [("Ann Lee and a Republican who headed the committee", "said")],
        None,
        ("Ann Lee and a Republican", "group", None),
    ),
]

_PAIR = "Sen. Marco Rubio and former Gov. Jeb Bush enjoy similar shows. "

PLACES = [
    # a place before an office: the one holder titled so in reach whose place the text omits
    (
        _PAIR + "The Florida senator said he likes dramas.",
        [("The Florida senator", "said")],
        None,
        ("Marco Rubio", "person", "Sen."),
    ),
    # negative: a holder whose title names another place
    (
        _PAIR.replace("Sen. Marco Rubio", "Texas Sen. Ted Cruz")
        + "The Florida senator said he likes dramas.",
        [("The Florida senator", "said")],
        None,
        ("The Florida senator", "person", None),
    ),
    # negative: two holders in reach
    (
        _PAIR.replace("former Gov. Jeb Bush", "Sen. Ann Vole")
        + "The Florida senator said he likes dramas.",
        [("The Florida senator", "said")],
        None,
        ("The Florida senator", "person", None),
    ),
]

_ARSON = (
    "Store fire: Man denies arson\nA man has denied arson following a fire at a supermarket "
    "on Sunday. Tom Kelcy, 24, is accused of setting fire to the store."
)

INTRODUCED = [
    # a man introduced unnamed, named with an age in the next sentence; a headline's "Man"
    (
        _ARSON,
        [("Man", "denies"), ("A man", "has denied")],
        None,
        ("Tom Kelcy", "person", None),
    ),
    (
        _ARSON,
        [("Man", "denies")],
        None,
        ("Tom Kelcy", "person", None),
    ),
    # negative: a name with no age is someone else speaking of him
    (
        "A man has denied arson following a fire at a supermarket on Sunday. Tom Kelcy said "
        "the store was closed.",
        [("A man", "has denied")],
        None,
        ("A man", "anonymous", None),
    ),
    # negative: a person named before the man is not he
    (
        "Tom Kelcy, 24, opened the store on Friday. A man has denied arson following a fire "
        "there on Sunday. Tom Kelcy, 24, said the store was closed.",
        [("A man", "has denied")],
        None,
        ("A man", "anonymous", None),
    ),
]


test_twelfth_audit_forms = source_rows_test(
    RELATIVES + EXECUTIVES + FAME + DISTRICT_ATTORNEYS + PARTITIVES + MEMBERS + PLACES + INTRODUCED
)

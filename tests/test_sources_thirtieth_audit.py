"""Sources: the leftovers of the twenty-ninth audit of unseen articles, taken up with the
thirtieth (6 ECB+ texts of all topics and 6 PolNeAR train texts no earlier audit read, seed
613), and the thirtieth audit's own mends.

The leftovers (`sources.described`, joined once every mention is resolved, each only when
exactly one earlier entity fits): a role with a place's or a party's word before it ("the
Florida senator") whose holder the article titles so anywhere ("Florida Sen. Marco Rubio"),
though another person is named in its sentence; a team's noun ("the team") and the one
organization named before it of no other kind; a description by initials ("the RNC member")
and the one indefinite description it abbreviates, beyond the nominal window.

The audit's mends: a description a name is apposed to gives the name's gender ("Her chief
policy aide, Jake Sullivan," is no "she") and the person's title, without its possessive
pronoun ("chief policy aide"); a title's words spaced as words (hard spaces); "columnist" a
title word ("Washington Post columnist Margaret Sullivan"); a name's possessive on a headline
("Reagan's Daughter Makes ...") is no source, the description is, and joins the one person a
longer form of it describes ("Patti Davis, Ronald Reagan's daughter,").

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates. Negative rows keep the rules from reaching too far.
"""

from __future__ import annotations

from tests.source_rows import SourceRow, source_rows_test

#: Fourteen sentences between two mentions: past the nominal window (12 sentences).
_FAR = " ".join(f"The river rose on day {i}." for i in range(14)) + " "

LEFTOVERS: list[SourceRow] = [
    # a place's word before a role: the one person the article titles with both, though
    # another person is named in the description's sentence
    (
        "Marco Rubio has more delegates than Tom Kasich has, and the Florida senator ended his "
        "campaign. Florida Sen. Marco Rubio lost at home.",
        [("the Florida senator", "ended")],
        None,
        ("Marco Rubio", "person", "Florida Sen."),
    ),
    (
        "Ann Vole has more votes than Tom Kasich has, and the Republican lawmaker ended her "
        "campaign. Republican Sen. Ann Vole lost at home.",
        [("the Republican lawmaker", "ended")],
        None,
        ("Ann Vole", "person", "Republican Sen."),
    ),
    # negative: two people titled with the role and the place; the place fits neither; the
    # role given to no one; a modifier that is no proper word
    (
        "Marco Rubio has more delegates than Rick Scott has, and the Florida senator ended his "
        "campaign. Florida Sen. Marco Rubio and Florida Sen. Rick Scott met.",
        [("the Florida senator", "ended")],
        None,
        ("the Florida senator", "person", None),
    ),
    (
        "Marco Rubio has more delegates than Tom Kasich has, and the Texas senator ended his "
        "campaign. Florida Sen. Marco Rubio lost at home.",
        [("the Texas senator", "ended")],
        None,
        ("the Texas senator", "person", None),
    ),
    (
        "Marco Rubio has more delegates than Tom Kasich has, and the Florida senator ended his "
        "campaign. Marco Rubio lost at home.",
        [("the Florida senator", "ended")],
        None,
        ("the Florida senator", "person", None),
    ),
    # a team's noun: the one organization named before it
    (
        "Pierre Thomas, the Saints' leading rusher, was put on injured reserve, the team "
        "announced Wednesday.",
        [("the team", "announced")],
        None,
        ("Saints", "organization", None),
    ),
    (
        "The Saints placed Pierre Thomas on injured reserve. The team said he would miss the game.",
        [("The team", "said")],
        None,
        ("Saints", "organization", None),
    ),
    # negative: two teams named before; a company's name; no organization before
    (
        "The Saints beat the Falcons on Sunday. The team said the win mattered.",
        [("The team", "said")],
        {"Saints": "ORG", "Falcons": "ORG"},
        ("The team", "organization", None),
    ),
    (
        "Acme Widgets Inc. hired Tom Hale on Monday. The team said he would start soon.",
        [("The team", "said")],
        None,
        ("The team", "organization", None),
    ),
    (
        "Pierre Thomas was put on injured reserve, the team announced Wednesday.",
        [("the team", "announced")],
        None,
        ("the team", "organization", None),
    ),
    # a description by initials, and the description written again, past the window
    (
        "A prominent Republican National Committee member said the rent was high. The river "
        "rose. The RNC member said donors would ask.",
        [
            ("A prominent Republican National Committee member", "said"),
            ("The RNC member", "said@2"),
        ],
        None,
        ("A prominent Republican National Committee member", "anonymous", None),
    ),
    (
        "A prominent Republican National Committee member said the rent was high. "
        + _FAR
        + "The Republican National Committee member said donors would ask.",
        [
            ("A prominent Republican National Committee member", "said"),
            ("The Republican National Committee member", "said@2"),
        ],
        None,
        ("A prominent Republican National Committee member", "anonymous", None),
    ),
    # negative: initials of other words; two members introduced; no "a" before
    (
        "A prominent Democratic National Committee member said the rent was high. The river "
        "rose. The RNC member said donors would ask.",
        [
            ("A prominent Democratic National Committee member", "said"),
            ("The RNC member", "said@2"),
        ],
        None,
        ("The RNC member", "anonymous", None),
    ),
    (
        "A Republican National Committee member from Ohio said the rent was high. A Republican "
        "National Committee member from Iowa disagreed. "
        + _FAR
        + "The RNC member said donors would ask.",
        [
            ("A Republican National Committee member from Ohio", "said"),
            ("The RNC member", "said@2"),
        ],
        None,
        ("The RNC member", "anonymous", None),
    ),
]

test_leftovers = source_rows_test(LEFTOVERS)

AUDIT: list[SourceRow] = [
    # a description a name is apposed to: the name's gender, and the title
    (
        "Hillary Clinton touted her record. Her chief policy aide, Jake Sullivan, calls her "
        "record a blueprint for how she would create jobs.",
        [("Her chief policy aide, Jake Sullivan", "calls"), ("she", "would create")],
        None,
        ("Hillary Clinton", "person", None),
    ),
    (
        "Hillary Clinton touted her record. Her chief policy aide, Jake Sullivan, calls it a "
        "blueprint.",
        [("Her chief policy aide, Jake Sullivan", "calls")],
        None,
        ("Jake Sullivan", "person", "chief policy aide"),
    ),
    (
        "The group's executive director, Ann Vole, said the plan was late.",
        [("The group's executive director, Ann Vole", "said")],
        None,
        ("Ann Vole", "person", "group's executive director"),
    ),
    # negative: an apposition after the name still comes first; a kin noun gives no title
    (
        "The chief, Tom Hale, said the plan was late. Tom Hale, the longtime party treasurer, "
        "said it would pass.",
        [("Tom Hale, the longtime party treasurer", "said@2")],
        None,
        ("Tom Hale", "person", "longtime party treasurer"),
    ),
    (
        "Her brother, Tom Hale, said the plan was late.",
        [("Her brother, Tom Hale", "said")],
        None,
        ("Tom Hale", "person", None),
    ),
    # a title's hard spaces
    (
        "Republican\xa0presidential nominee\xa0Donald Trump said the plan was late.",
        [("Republican\xa0presidential nominee\xa0Donald Trump", "said")],
        None,
        ("Donald Trump", "person", "Republican presidential nominee"),
    ),
    # a columnist's title
    (
        "Washington Post columnist Margaret Sullivan wrote that the candidate was opaque.",
        [("Washington Post columnist Margaret Sullivan", "wrote")],
        None,
        ("Margaret Sullivan", "person", "Washington Post columnist"),
    ),
    # a name's possessive on a headline: the description, the one person it describes (the
    # article's curly apostrophe: with a straight one the parse makes "Makes" the noun)
    (
        "Reagan’s Daughter Makes Strong Statement About Trump Speech.\n\nPatti Davis, Ronald "
        "Reagan’s daughter, attacked Trump on Wednesday.",
        [("Reagan’s Daughter", "Makes")],
        None,
        ("Patti Davis", "person", None),
    ),
    # negative: a headline's name alone is still the source
    (
        "Reagan Makes Strong Statement About Trump Speech.\n\nRonald Reagan attacked Trump on "
        "Wednesday.",
        [("Reagan", "Makes")],
        None,
        ("Ronald Reagan", "person", None),
    ),
]

test_audit = source_rows_test(AUDIT)

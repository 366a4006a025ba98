"""Sources: the forms a fourth audit of unseen articles (20 ECB+ texts of topics 20-35, 10
PolNeAR train and 10 NewsWCL50 texts no earlier audit read) found resolved or typed wrong: a
possessive whose apostrophe the tagger read as a quotation mark, a relation taken for a title,
a clause compounded onto a name taken for a title, a candidate's camp named after the
candidate, a company's name tagged a person, a person apposed to a plural of things, and a
description naming its own paper joined to another outlet.

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates; where the tagger tags an invented sentence otherwise than it tagged the article,
``tags`` gives the article's tags. Negative rows keep each rule from reaching too far.
"""

from __future__ import annotations

from tests.source_rows import source_rows_test

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
FORMS = [
    # a possessive whose apostrophe the tagger read as a closing quotation mark, the noun
    # after it made an apposition of the name: the son is not the mother, nor her title
    (
        "Felicia Sanders spoke at the church. A gunman killed nine people, including Sanders’ "
        "son, 26-year-old Tywanza. Sanders said that she forgave him.",
        [("Sanders@3", "said")],
        None,
        ("Felicia Sanders", "person", None),
    ),
    # negative: an apposition set off by a comma is the person's title
    (
        "Ann Lee, a lawyer, said that the case was closed.",
        [("Ann Lee, a lawyer", "said")],
        None,
        ("Ann Lee", "person", "lawyer"),
    ),
    # a relation to another person before a name is no title ("Democratic" is a title word
    # only in an office's name)
    (
        "Ann Lee lost Ohio to Democratic rival Mary Kent on Tuesday. Kent said that she was "
        "pleased.",
        [("Kent@2", "said")],
        None,
        ("Mary Kent", "person", None),
    ),
    (
        "Ann Lee lost the primary to chief rival Mary Kent. Kent said that she was ready.",
        [("Kent@2", "said")],
        None,
        ("Mary Kent", "person", None),
    ),
    # negative: an office before a name with a party word is a title
    (
        "Democratic Sen. Tom Hale said that the vote was over.",
        [("Democratic Sen. Tom Hale", "said")],
        None,
        ("Tom Hale", "person", "Democratic Sen."),
    ),
    (
        "Head coach Sean Payton said that the knee was fine.",
        [("Head coach Sean Payton", "said")],
        None,
        ("Sean Payton", "person", "Head coach"),
    ),
    # a clause the parse compounded onto a name, its subject a title word: no title
    (
        "The Colts' defense stuffed quarterback Brady Quinn on fourth down. Quinn said that it "
        "hurt.",
        [("Quinn@2", "said")],
        None,
        ("Brady Quinn", "person", None),
    ),
    # negative: the same title word modifying the role is a title
    (
        "The defense coordinator Ann Lee said that the game was over.",
        [("The defense coordinator Ann Lee", "said")],
        None,
        ("Ann Lee", "person", "defense coordinator"),
    ),
    # a candidate's camp named after the candidate: an organization, and no name of hers
    (
        "Clinton will face Sanders. Team Clinton’s contention is that Sanders won in Iowa. "
        "Clinton said that she would win.",
        [("Team Clinton’s", "contention")],
        None,
        ("Team Clinton", "organization", None),
    ),
    (
        "Clinton will face Sanders. Team Clinton’s contention is that Sanders won in Iowa. "
        "Clinton said that she would win.",
        [("Clinton@3", "said")],
        {"Team Clinton": "PERSON"},
        ("Clinton", "person", None),
    ),
    # negative: a role after the word is a title of the person named
    (
        "Team captain Ann Lee said that the game was over.",
        [("Team captain Ann Lee", "said")],
        None,
        ("Ann Lee", "person", "Team captain"),
    ),
    # a company's name tagged a person, its last word a firm's: the company
    (
        'Other security companies agreed. "Install the patch right away," said Shavlik '
        "Technologies in a statement.",
        [("Shavlik Technologies", "said")],
        {"Shavlik Technologies": "PERSON"},
        ("Shavlik Technologies", "organization", None),
    ),
    # negative: a person's surname that is no firm's word
    (
        '"Install the patch right away," said Tom Enterprise in a statement.',
        [("Tom Enterprise", "said")],
        {"Tom Enterprise": "PERSON"},
        ("Tom Enterprise", "person", None),
    ),
    # one person the parse apposes to a plural of things is not them (the article's "who
    # asked not to be named", no candidate here, makes her anonymous there)
    (
        "The cuts were to the Sea Me We 4 and Sea Me We 3 lines, which connect countries "
        "between Singapore and France as well as the Flag cable route, which stretches from the "
        "U.K. to Japan, a France Telecom spokeswoman who asked not to be named said. France "
        "Telecom is not sure what caused the cut, she said.",
        [
            (
                "We 4 and Sea Me We 3 lines, which connect countries between Singapore and France as "
                "well as the Flag cable route, which stretches from the U.K. to Japan, a France Telecom "
                "spokeswoman who asked not to be named",
                "said",
            ),
            ("she", "said@2"),
        ],
        None,
        ("a France Telecom spokeswoman", "person", "France Telecom spokeswoman"),
    ),
    # negative: a person apposed to a person's name
    (
        "Ann Lee, a spokeswoman for the utility, said that the lines were cut.",
        [("Ann Lee, a spokeswoman for the utility", "said")],
        None,
        ("Ann Lee", "person", "spokeswoman for the utility"),
    ),
    # a description that names its own paper is no other outlet
    (
        "The Korean Central News Agency said that the tests would stop. The two Koreas are "
        "discussing a treaty, the Munhwa Ilbo newspaper reported.",
        [("the Munhwa Ilbo newspaper", "reported")],
        None,
        ("the Munhwa Ilbo newspaper", "outlet", None),
    ),
    # negative: a nationality and a medium name no other paper
    (
        "The Korean Central News Agency said that the tests would stop. The Korean news agency "
        "added that the site would close.",
        [("The Korean news agency", "added")],
        None,
        ("Korean Central News Agency", "outlet", None),
    ),
    # a country's possessive before a role is its nationality: the holder named with it
    (
        "Israeli Prime Minister Benjamin Netanyahu revealed new intelligence on Monday. Israel's "
        "prime minister said that the material is filled with evidence.",
        [("Israel's prime minister", "said")],
        None,
        ("Benjamin Netanyahu", "person", "Israeli Prime Minister"),
    ),
    (
        "Russian Foreign Minister Igor Semenov met French Foreign Minister Anne Roux on Monday. "
        "France's foreign minister said that the talks went well.",
        [("France's foreign minister", "said")],
        None,
        ("Anne Roux", "person", "French Foreign Minister"),
    ),
    # negative: no holder whose country the text gives, or one of another country
    (
        "Prime Minister Benjamin Netanyahu revealed new intelligence on Monday. Israel's prime "
        "minister said that the material is filled with evidence.",
        [("Israel's prime minister", "said")],
        None,
        ("Israel's prime minister", "person", None),
    ),
    (
        "Russian Foreign Minister Igor Semenov spoke on Monday. France's foreign minister said "
        "that the talks went well.",
        [("France's foreign minister", "said")],
        None,
        ("France's foreign minister", "person", None),
    ),
    # negative: a posting after the role is no nationality ("to the UK")
    (
        "The US ambassador Woody Johnson spoke on the radio. The US ambassador to the UK said "
        "that the visit was on.",
        [("The US ambassador to the UK", "said")],
        None,
        ("Woody Johnson", "person", "US ambassador"),
    ),
    # a man, a woman or a kin noun apposed tells who the person is, no title of an office
    (
        "Tom Pinedo, a California man who sold bank accounts, pleaded guilty. Pinedo said that he "
        "did not know the buyers.",
        [("Pinedo@2", "said")],
        None,
        ("Tom Pinedo", "person", None),
    ),
    (
        "Ann Lee, the mother of two of the students, said that the school was closed.",
        [("Ann Lee, the mother of two of the students", "said")],
        None,
        ("Ann Lee", "person", None),
    ),
    # negative: an office apposed is the title
    (
        "Tom Hale, the chairman of the board, said that the school was closed.",
        [("Tom Hale, the chairman of the board", "said")],
        None,
        ("Tom Hale", "person", "chairman of the board"),
    ),
    # a headline's colon opens what its subject says: no apposition of the name after it
    (
        "Israeli Ambassador to US: Netanyahu's Iran Intel 'Presented a Smoking Bomb'\n\nThe "
        "ambassador said on Monday that the speech showed the danger.",
        [("Israeli Ambassador to US", ":")],
        None,
        ("Israeli Ambassador to US", "person", None),
    ),
    # negative: in the body a colon may set off an apposition
    (
        "Senator Ann Lee spoke on Monday. The candidate most identified with free trade: Tom "
        "Hale. The candidate said that tariffs hurt.",
        [("The candidate@2", "said")],
        None,
        ("Tom Hale", "person", "candidate"),
    ),
    # a registry outlet's web address written as a name: the outlet
    (
        "FoxNews.com reported that the prime minister revealed new intelligence.",
        [("FoxNews.com", "reported")],
        {"FoxNews.com": "ORG"},
        ("Fox News", "outlet", None),
    ),
    # negative: an address the registry does not list stays an organization
    (
        "Widgetly.com reported that its sales rose.",
        [("Widgetly.com", "reported")],
        {"Widgetly.com": "ORG"},
        ("Widgetly.com", "organization", None),
    ),
    # a common noun compounded onto a person's name is what a later "the <noun>" stands for
    (
        "North Korean dictator Kim Jong Un said that the tests would stop. Trump praised the "
        "move. The dictator described Trump as a dotard.",
        [("The dictator", "described")],
        None,
        ("Kim Jong Un", "person", None),
    ),
    (
        "The Colts sacked quarterback Brady Quinn twice. Coach Ann Lee praised the defense. The "
        "quarterback said that the line collapsed.",
        [("The quarterback", "said")],
        None,
        ("Brady Quinn", "person", None),
    ),
    # negative: a person named without the noun is not it
    (
        "The Colts sacked Brady Quinn twice. Coach Ann Lee praised the defense. The quarterback "
        "said that the line collapsed.",
        [("The quarterback", "said")],
        None,
        ("The quarterback", "unknown", None),
    ),
    # "the two" after a pair named with "and": the pair
    (
        "Hillary Clinton and Bernie Sanders met voters on Monday. Their shared goals are clear. "
        "The two admit that the goals will not be easy.",
        [("The two", "admit")],
        None,
        ("Hillary Clinton and Bernie Sanders", "group", None),
    ),
    # negative: no pair named before
    (
        "Senator Ann Lee met voters on Monday. The two candidates spoke later. The two admit "
        "that the goals will not be easy.",
        [("The two@2", "admit")],
        None,
        ("The two", "unknown", None),
    ),
]


test_fourth_audit_forms = source_rows_test(FORMS)

"""Sources: the forms a twenty-eighth audit of unseen articles (6 ECB+ texts of all topics and 6
PolNeAR train texts no earlier audit read, seed 551) found wrong, with the leftovers of the
audits before it: an office noun in no list ("The treasurer said" typed unknown, and apart
from "Treasurer Jane Smith": `lexicon.PERSON_ROLE_NOUNS`, `lexicon.PERSON_TITLES`,
`lexicon.TITLE_WORDS`), a role given by "be" ("Smith, who is the city's comptroller,") left
apart from the person (`mentions._role_by_copula`), "teammates" typed unknown
(`lexicon.PEOPLE_NOUNS`), a building named for a person and tagged PERSON ("Trump Tower")
taken for the person (`detection._named_for_person`), a share of "those who ..." typed unknown
(`mentions._partitive_noun`), a body's name on a headline that ran into the headline's
words, past an initialism (`names.headline_cut`), a hyphenated title cut to its last word
(`names._title_hyphen`) and a first name stuck to a list's dash left out of the name
(`names._bulleted_first_name`, `kinds._name_text`).

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates. Negative rows keep the rules from reaching too far.
"""

from __future__ import annotations

from tests.source_rows import source_rows_test

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
ROWS = [
    # a treasurer is a person, and "Treasurer" a title the description names again
    (
        "Treasurer Jane Smith spoke on Monday. The treasurer said the books were clean.",
        [("The treasurer", "said")],
        None,
        ("Jane Smith", "person", "Treasurer"),
    ),
    (
        "The treasurer said the books were clean.",
        [("The treasurer", "said")],
        None,
        ("The treasurer", "person", None),
    ),
    (
        "The city comptroller said the audit was late.",
        [("The city comptroller", "said")],
        None,
        ("The city comptroller", "person", None),
    ),
    # negative: the treasurer's office is a body
    (
        "The treasurer's office said the books were clean.",
        [("The treasurer's office", "said")],
        None,
        ("The treasurer's office", "organization", None),
    ),
    # a role given by "be" is the person's, as one in apposition
    (
        "Jane Smith is the party's treasurer. She has held the post for years. The treasurer"
        " said the books were clean.",
        [("The treasurer", "said")],
        None,
        ("Jane Smith", "person", "party's treasurer"),
    ),
    (
        "John Doe, who is the city's spokesman, said the audit was done. The spokesman added"
        " that more was coming.",
        [("John Doe", "said"), ("The spokesman", "added")],
        None,
        ("John Doe", "person", "city's spokesman"),
    ),
    # negative: a role denied, or only possible, is not given
    (
        "John Doe is not the city's spokesman. The spokesman said the audit was done.",
        [("The spokesman", "said")],
        None,
        ("The spokesman", "person", None),
    ),
    (
        "John Doe would be the city's spokesman. The spokesman said the audit was done.",
        [("The spokesman", "said")],
        None,
        ("The spokesman", "person", None),
    ),
    (
        "If John Doe is the city's spokesman, the plan will fail. The spokesman said the audit"
        " was done.",
        [("The spokesman", "said")],
        None,
        ("The spokesman", "person", None),
    ),
    # negative: an office held by one person at a time, in the past, is another's now
    (
        "Tom Hale, who was the mayor, spoke on Monday. The mayor said the budget was late.",
        [("Tom Hale", "spoke"), ("The mayor", "said")],
        None,
        ("The mayor", "person", None),
    ),
    # a role the past ended ("until last year", "from 2009 to 2013", "previously", "once") is a
    # former role: no current title, and no later "the treasurer" of the person
    (
        "Tom Hale, who until last year was the party's treasurer, said the books were clean.",
        [("Tom Hale", "said")],
        None,
        ("Tom Hale", "person", None),
    ),
    (
        "Tom Hale, who was the party's treasurer until 2015, said the books were clean.",
        [("Tom Hale", "said")],
        None,
        ("Tom Hale", "person", None),
    ),
    (
        "Tom Hale, who was the party's treasurer from 2009 to 2013, said the books were clean.",
        [("Tom Hale", "said")],
        None,
        ("Tom Hale", "person", None),
    ),
    (
        "Tom Hale, who was previously the party's treasurer, said the books were clean.",
        [("Tom Hale", "said")],
        None,
        ("Tom Hale", "person", None),
    ),
    (
        "Tom Hale, who was once the city's spokesman, said the audit was late.",
        [("Tom Hale", "said")],
        None,
        ("Tom Hale", "person", None),
    ),
    (
        "Tom Hale, who was formerly the city's spokesman, said the audit was late.",
        [("Tom Hale", "said")],
        None,
        ("Tom Hale", "person", None),
    ),
    (
        "Tom Hale, who was the city's spokesman two years ago, said the audit was late.",
        [("Tom Hale", "said")],
        None,
        ("Tom Hale", "person", None),
    ),
    (
        "Tom Hale, who was the party's treasurer until 2015, spoke on Monday. The treasurer said"
        " the books were clean.",
        [("Tom Hale", "spoke"), ("The treasurer", "said")],
        None,
        ("The treasurer", "person", None),
    ),
    # "former" keeps the role, put in the past, as the title
    (
        "Tom Hale, who is the party's former treasurer, said the books were clean.",
        [("Tom Hale", "said")],
        None,
        ("Tom Hale", "person", "party's former treasurer"),
    ),
    # negative: a role held now, or told in the past with nothing that ends it, stays the title
    (
        "Tom Hale, who is the party's treasurer, said the books were clean.",
        [("Tom Hale", "said")],
        None,
        ("Tom Hale", "person", "party's treasurer"),
    ),
    (
        "Tom Hale, who was the party's treasurer, said the books were clean.",
        [("Tom Hale", "said")],
        None,
        ("Tom Hale", "person", "party's treasurer"),
    ),
    (
        "Tom Hale, who is the party's treasurer until 2020, said the books were clean.",
        [("Tom Hale", "said")],
        None,
        ("Tom Hale", "person", "party's treasurer"),
    ),
    (
        "Tom Hale, who was the party's treasurer in Ohio, said the books were clean.",
        [("Tom Hale", "said")],
        None,
        ("Tom Hale", "person", "party's treasurer"),
    ),
    # teammates are people
    (
        "His teammates know the team is different when he plays.",
        [("His teammates", "know")],
        None,
        ("His teammates", "group", None),
    ),
    # a building named for a person the article names is no mention of the person
    (
        'Jane Roe was seen entering Trump Tower on Monday. Roe met with Trump. "Roe has spoken'
        ' to Donald Trump twice," the statement read. Trump has criticised Roe for what he'
        " perceives as unfair questions.",
        [("he", "perceives")],
        {"Trump Tower": "PERSON"},
        ("Donald Trump", "person", None),
    ),
    # negative: a first name makes the same form a person's
    (
        "Jane Roe met John Tower on Monday. John Tower said the talks went well.",
        [("John Tower@2", "said")],
        {"John Tower": "PERSON", "John Tower@2": "PERSON"},
        ("John Tower", "person", None),
    ),
    # a share of "those who ..." is a group of people
    (
        "On the other hand, 53% of those who rate a candidate high also say they will vote for"
        " him.",
        [("53% of those who rate a candidate high", "also say")],
        None,
        ("53% of those who rate a candidate high", "group", None),
    ),
    # negative: a share of a plural of things is no group of people
    (
        "Half of those reports say the plant is safe.",
        [("Half of those reports", "say")],
        None,
        ("Half of those reports", "document", None),
    ),
    # a body's name on a headline that ran into the headline's words, past an initialism
    (
        "Police Release ID Of Woman Killed In Parking Lot\nPolice said the woman was in the"
        " crosswalk when the car hit her.",
        [("Police", "Release")],
        {"Police Release ID Of Woman Killed In": "ORG"},
        ("Police", "organization", None),
    ),
    # a title written as one hyphenated word is the whole title, not its last part
    (
        "The union backs her, United Auto Workers Secretary-Treasurer Gary Casteel said.",
        [("United Auto Workers Secretary-Treasurer Gary Casteel", "said")],
        None,
        ("Gary Casteel", "person", "United Auto Workers Secretary-Treasurer"),
    ),
    # negative: a hyphenated title the parse keeps whole stays so
    (
        "The union backs her, Vice-President Jane Roe said.",
        [("Vice-President Jane Roe", "said")],
        None,
        ("Jane Roe", "person", "Vice-President"),
    ),
    # a listed first name stuck to a list's dash, the surname alone tagged PERSON
    (
        "Links to the best of news:\n-Lynn Vavreck finds that gender hurts Trump. [NYT]",
        [("-Lynn Vavreck", "finds")],
        {"Vavreck": "PERSON"},
        ("Lynn Vavreck", "person", None),
    ),
    # negative: the whole name tagged is read as before
    (
        "Links to the best of news:\n-David Rothschild assesses the race. [PredictWise]",
        [("-David Rothschild", "assesses")],
        {"-David Rothschild": "PERSON"},
        ("David Rothschild", "person", None),
    ),
]


test_twenty_eighth_audit = source_rows_test(ROWS)

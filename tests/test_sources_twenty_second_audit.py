"""Sources: the forms a twenty-second audit of unseen articles (8 ECB+ texts of all topics and 8
PolNeAR train texts no earlier audit read, seed 431) found wrong: people's nouns typed unknown
("some party figures", "these losers", `kinds.nominal_kind`, `lexicon.PEOPLE_NOUNS`), partitives
whose head or noun the lexicon lacked ("a wide array of economists", "a small portion of the
electorate"), an outlet's name opening a book's title ("The Age of Oversupply",
`detection._longer_title`) or a host's name ("Fox News Sean Hannity",
`detection._person_after_outlet`), a family's plural apart from the coordination naming its
people ("the Khans", `coref.Resolver._family_named`), a he or she given to an unnamed speaker
of no known gender whose report is about a named person ("A representative said she never
recovered"), and the topic of "as for" kept from the pronoun that picks it up ("as for Trump,
he was subdued", `agreement.clause_nominals`).

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates. Negative rows keep the rules from reaching too far.
"""

from __future__ import annotations

from tests.source_rows import source_rows_test

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
ROWS = [
    # "figure" beside a word of public life: people
    (
        "The party is split. Even so, some party figures concluded it was now too late to stop"
        " him.",
        [("some party figures", "concluded")],
        None,
        ("some party figures", "group", None),
    ),
    (
        "Even with fewer people in the race, some GOP figures declared that the mogul was nearly"
        " unstoppable.",
        [("some GOP figures", "declared")],
        None,
        ("some GOP figures", "group", None),
    ),
    # negative: figures that are numbers stay as they were
    (
        "The latest figures show that unemployment rose in May.",
        [("The latest figures", "show")],
        None,
        ("The latest figures", "unknown", None),
    ),
    (
        "Sales figures show that the company lost money.",
        [("Sales figures", "show")],
        None,
        ("Sales figures", "unknown", None),
    ),
    # partitives: "array", "portion", and a singular collective after "of"
    (
        "Pivoting to deficit reduction too soon, a wide array of economists say, limited the"
        " recovery.",
        [("a wide array of economists", "say")],
        None,
        ("a wide array of economists", "group", None),
    ),
    (
        "Polls show that only a small portion of the electorate knew about the case.",
        [("only a small portion of the electorate", "knew")],
        None,
        ("a small portion of the electorate", "group", None),
    ),
    # "losers" are people, and the "they" after them theirs
    (
        "\"Then you have these losers who love that, because they're afraid to look in the"
        ' mirror. So they have to blame other people," he said.',
        [("they@2", "have to blame")],
        None,
        ("these losers", "group", None),
    ),
    # an outlet's name opening a longer title joined by "of" is no outlet
    (
        "Dan Alpert, author of The Age of Oversupply, a book calling for more stimulus,"
        " expressed alarm.",
        [("a book", "calling for")],
        None,
        ("a book", "document", None),
    ),
    # negative: the paper by its place, and the paper alone
    (
        "The Times of London reported that the talks had failed.",
        [("The Times of London", "reported")],
        None,
        ("The Times", "outlet", None),
    ),
    (
        "The Age reported that the talks had failed.",
        [("The Age", "reported")],
        None,
        ("The Age", "outlet", None),
    ),
    # an outlet's name before a person's, one entity: the person, and the surname later
    (
        "At the conference, Fox News Sean Hannity asked the governor to lay out his path.",
        [("Fox News Sean Hannity", "asked")],
        None,
        ("Sean Hannity", "person", None),
    ),
    (
        "At the conference, Fox News Sean Hannity asked Kasich to lay out his path. Hannity"
        " followed up by asking if the governor agreed.",
        [("Hannity@2", "followed up by asking")],
        None,
        ("Sean Hannity", "person", None),
    ),
    # negative: the outlet's own words, a possessive, and "the candidate" still the candidate
    (
        "Fox News Channel reported that the talks had failed.",
        [("Fox News Channel", "reported")],
        None,
        ("Fox News", "outlet", None),
    ),
    (
        "CNN's Jake Tapper asked the senator about the bill.",
        [("CNN's Jake Tapper", "asked")],
        None,
        ("Jake Tapper", "person", None),
    ),
    (
        "Ohio Gov. John Kasich spoke on Friday. At CPAC, Fox News Sean Hannity asked Kasich to"
        " lay out his path. The candidate said he does not believe his rivals will win.",
        [("The candidate", "said")],
        None,
        ("John Kasich", "person", "Ohio Gov."),
    ),
    # a family's plural is the coordination of its people with that surname
    (
        "Bill and Hillary Clinton spoke in Iowa on Monday. The Clintons said the economy was"
        " strong.",
        [("The Clintons", "said")],
        None,
        ("Bill and Hillary Clinton", "group", None),
    ),
    (
        "Tom and Ann Baker spoke in Iowa on Monday. The Bakers said the economy was strong.",
        [("The Bakers", "said")],
        None,
        ("Tom and Ann Baker", "group", None),
    ),
    # negative: no such coordination, or two
    (
        "Tom Lee and Ann Park spoke in Iowa on Monday. The Clintons said the economy was strong.",
        [("The Clintons", "said")],
        None,
        ("Clintons", "group", None),
    ),
    (
        "Bill and Hillary Clinton spoke in Iowa. Chelsea and Marc Clinton spoke in Texas. The"
        " Clintons said the race was close.",
        [("The Clintons", "said")],
        None,
        ("Clintons", "group", None),
    ),
    # an unnamed speaker of no known gender: her report's "she" is the named woman, and so are
    # the "she" after it
    (
        "Ms. Ann Page had been admitted to hospital for pneumonia. A representative said she"
        ' never recovered consciousness. "It is a sad day," her agent, Mark Ross, said. "I'
        " don't want to be photographed,\" she said in 1998.",
        [("A representative", "said"), ("her agent, Mark Ross", "said@2"), ("she@2", "said@3")],
        None,
        ("Ann Page", "person", None),
    ),
    (
        "Ms. Ann Page had been admitted to hospital for pneumonia. A representative said she"
        " never recovered consciousness. She never agreed to be photographed again.",
        [("A representative", "said"), ("She", "agreed")],
        None,
        ("Ann Page", "person", None),
    ),
    # negative: a speaker whose noun gives her gender, a named speaker, no woman in reach
    (
        "The company closed the plant on Monday. A spokeswoman said she could not comment. She"
        " said the plant was old.",
        [("A spokeswoman", "said"), ("She", "said@2")],
        None,
        ("A spokeswoman", "anonymous", None),
    ),
    (
        "Ms. Ann Page sued the firm. The firm's lawyer, Tom Hale, said he would fight the case."
        " He said the suit was weak.",
        [("The firm's lawyer, Tom Hale", "said"), ("He", "said@2")],
        None,
        ("Tom Hale", "person", "firm's lawyer"),
    ),
    (
        "The plant closed on Monday. A representative said she could not comment. She said the"
        " plant was old.",
        [("A representative", "said"), ("She", "said@2")],
        None,
        ("A representative", "anonymous", None),
    ),
    # "as for X, he": the topic the pronoun picks up
    (
        "Ben Carson spoke first. The storied doctor was calm. And as for Donald Trump, he was"
        " strangely subdued. Maybe he figures that the gig was reward enough.",
        [("he@2", "figures")],
        None,
        ("Donald Trump", "person", None),
    ),
    (
        "Ben Carson spoke first. As for Donald Trump, he said he would skip the debate.",
        [("he", "said")],
        None,
        ("Donald Trump", "person", None),
    ),
    # negative: an opening phrase of another preposition still names someone else
    (
        "Ben Carson spoke first. Of Donald Trump, he said the man was a fraud.",
        [("he", "said")],
        None,
        ("Ben Carson", "person", None),
    ),
]


test_twenty_second_audit = source_rows_test(ROWS)

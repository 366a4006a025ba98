"""Sources: the forms a seventeenth audit of unseen articles (8 ECB+ texts of all topics and 8
PolNeAR train texts no earlier audit read, seed 331) found resolved or typed wrong: "a super
PAC" read as a name "PAC" (two PACs of one article one organization), "superdelegates" and
"the RealClearPolitics average of polls" typed unknown, "Richard Uihlein, an Illinois
shipping-supplies manufacturer and conservative activist" an organization, "The Supreme Court
justice" after "Ruth Bader Ginsburg regrets her insults of Donald Trump." left apart from
her, and "she" in "the president she hopes to succeed" given to the president.

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates. Negative rows keep the rules from reaching too far.
"""

from __future__ import annotations

from tests.source_rows import source_rows_test

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
ACRONYMS = [
    # a word in capitals after "a": a kind of body, no name
    (
        "Richard Gaby gave money to a super PAC backing Bobby Jindal.",
        [("a super PAC", "backing")],
        None,
        ("a super PAC", "organization", None),
    ),
    (
        "The Club for Growth set up a super PAC that opposed Trump. Richard Gaby gave money to "
        "a super PAC backing Bobby Jindal.",
        [("a super PAC@2", "backing")],
        None,
        ("a super PAC", "organization", None),
    ),
    # negative: after "the", or modifying a noun, it is a name as before
    (
        "The NAACP said it would sue the state.",
        [("The NAACP", "said")],
        None,
        ("NAACP", "organization", None),
    ),
    (
        "An NBC reporter said the hall was full.",
        [("An NBC reporter", "said")],
        None,
        ("An NBC reporter", "anonymous", None),
    ),
]

KINDS = [
    # "superdelegates" are people; "average" reads the noun after "of"
    (
        "Democratic superdelegates are backing Mrs. Clinton.",
        [("Democratic superdelegates", "are backing")],
        None,
        ("Democratic superdelegates", "group", None),
    ),
    (
        "The RealClearPolitics average of polls shows Clinton ahead.",
        [("average of polls", "shows")],
        None,
        ("The RealClearPolitics average of polls", "document", None),
    ),
    # a person's role joined by "and" to a body's noun in apposition: still a person
    (
        "Richard Uihlein, an Illinois shipping-supplies manufacturer and conservative "
        "activist, who backed the campaign of Gov. Scott Walker, gave $500,000.",
        [("who", "backed")],
        None,
        ("Richard Uihlein", "person", None),
    ),
    # negative: two bodies' nouns joined ("a tool manufacturer and retailer"): a body
    (
        "Acme Tools, a tool manufacturer and retailer, said sales rose.",
        [("Acme Tools, a tool manufacturer and retailer", "said")],
        None,
        ("Acme Tools", "organization", None),
    ),
    # negative: "average" as an adjective is no partitive; "delegates" were people before
    (
        "The average voter says the economy matters most.",
        [("The average voter", "says")],
        None,
        ("The average voter", "person", None),
    ),
    (
        "The party's delegates are backing Mrs. Clinton.",
        [("The party's delegates", "are backing")],
        None,
        ("The party's delegates", "group", None),
    ),
]

SUBJECTS = [
    # a title's noun, a subject, after a sentence whose one subject is a person of no known
    # title: that person
    (
        "Ruth Bader Ginsburg regrets her insults of Donald Trump. The Supreme Court justice "
        "said she regretted her remarks.",
        [("The Supreme Court justice", "said")],
        None,
        ("Ruth Bader Ginsburg", "person", None),
    ),
    (
        "Ted Cruz attacked Donald Trump on Friday. The senator said the answer was too long.",
        [("The senator", "said")],
        None,
        ("Ted Cruz", "person", None),
    ),
    # negative: no office's noun ("moderator", a police rank), two subjects, inside a
    # quotation, a name in the description's own sentence, a name of one word (a ship's,
    # "Sukanya"); a passive subject is the sixth audit's row ("John Smith was shot")
    (
        "Ted Cruz attacked Donald Trump on Friday. The moderator said the answer was too long.",
        [("The moderator", "said")],
        None,
        ("The moderator", "person", None),
    ),
    (
        "John Smith attacked a guard on Monday. The officer said that he was armed.",
        [("The officer", "said")],
        None,
        ("The officer", "person", None),
    ),
    (
        "Ted Cruz and Donald Trump met on Friday. The senator said the answer was too long.",
        [("The senator", "said")],
        None,
        ("The senator", "person", None),
    ),
    (
        'Monte Haines left the court on Friday. "That\'s what the judge said," he said.',
        [("the judge", "said")],
        None,
        ("the judge", "person", None),
    ),
    (
        "Ruth Bader Ginsburg regrets her insults of Donald Trump. The judge, Ann Lee, said she "
        "regretted the remarks.",
        [("The judge, Ann Lee", "said")],
        None,
        ("Ann Lee", "person", "judge"),
    ),
    (
        "Patrol vessel Sukanya was escorting the ships. The officer said the pirates fled.",
        [("The officer", "said")],
        None,
        ("The officer", "person", None),
    ),
]

RELATIVES = [
    # the subject of a relative clause with no relative word is not the noun it is on
    (
        "Hillary Clinton spoke in Ohio. In his speech, President Obama praised her. Her "
        "approach of embracing the president she hopes to succeed differs from that of other "
        "nominees.",
        [("she", "hopes")],
        None,
        ("Hillary Clinton", "person", None),
    ),
    # negative: the clause on another noun ("the voters"), and a clause with "who", keep the
    # pronoun's antecedent
    (
        "President Obama spoke in Ohio. He praised the voters he hopes to win.",
        [("He", "hopes")],
        None,
        ("Obama", "person", "President"),
    ),
    (
        "Senator Ann Lee spoke in Ohio. The man who she said would win met her.",
        [("she", "said")],
        None,
        ("Ann Lee", "person", "Senator"),
    ),
]


test_seventeenth_audit_forms = source_rows_test(ACRONYMS + KINDS + SUBJECTS + RELATIVES)

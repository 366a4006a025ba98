"""Sources: the forms a fourteenth audit of unseen articles (8 ECB+ texts of all topics and 8
PolNeAR train texts no earlier audit read, seed 271) found resolved or typed wrong: a "who"
clause the parse hangs on the object of a preposition that is no human being ("one
well-connected Democrat familiar with the Clinton campaign's organization, who requested
anonymity", "Skip Rutherford, a longtime loyalist and dean of the University of Arkansas
Clinton School of Public Service, who has known the Clintons"), given to the body; a
headline's "Crowds" (tagged ORG) an organization; "Writing from Brooklyn, N.Y., Viena K. Neaville
told" named "Brooklyn".

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates. Negative rows keep each rule from reaching too far.
"""

from __future__ import annotations

from tests.source_rows import source_rows_test

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
WHO_OWNERS = [
    # a "who" hung on a body after an adjective's "with": the human noun before it
    (
        '"It is bad," said one well-connected Democrat familiar with the Vole campaign\'s '
        "organization, who requested anonymity.",
        [("who", "requested")],
        None,
        ("Democrat", "anonymous", None),
    ),
    # a "who" hung on a body after "with": the person the apposition describes
    (
        '"It will pass," said Tom Kelcy, a pollster with the governor\'s former party, who '
        "worked with him for years.",
        [("who", "worked")],
        None,
        ("Tom Kelcy", "person", "pollster with the governor's former party"),
    ),
    # negative: a person after "of" is left to the rules before (the whole phrase, as before)
    (
        "Tom Kelcy met the son of Ann Vole, who said the deal was fair.",
        [("who", "said")],
        None,
        ("the son of Ann Vole", "person", None),
    ),
    # negative: "which" stays with the body
    (
        "Tom Kelcy, the head of Acme Industries, which said it would appeal, was not in court.",
        [("which", "said")],
        None,
        ("Acme Industries", "organization", None),
    ),
]

COMMON_PLURALS = [
    # a headline's plural of people tagged ORG: a group, no organization's name
    (
        "Crowds refuse to let the weather interfere with expression.",
        [("Crowds", "refuse")],
        None,
        ("Crowds", "group", None),
    ),
    # negative: a firm's plural name is still a name
    (
        "Tom Kelcy spoke on Monday. Acme Industries said it would appeal.",
        [("Acme Industries", "said")],
        None,
        ("Acme Industries", "organization", None),
    ),
]


OPENING_PARTICIPLES = [
    # a participle's clause opening the span: the person named at its end
    (
        "Writing from Brooklyn, N.Y., Helen Marsh told Tom Kelcy that the plan would work.",
        [("Writing from Brooklyn, N.Y., Helen Marsh", "told")],
        None,
        ("Helen Marsh", "person", None),
    ),
    # negative: a person after "for" in a span no participle opens is still not its speaker
    (
        "A lawyer for Helen Marsh told Tom Kelcy that the plan would work.",
        [("A lawyer for Helen Marsh", "told")],
        None,
        ("A lawyer for Helen Marsh", "anonymous", None),
    ),
]


test_fourteenth_audit_forms = source_rows_test(WHO_OWNERS + COMMON_PLURALS + OPENING_PARTICIPLES)

"""Sources: the forms a fifth audit of unseen articles (15 ECB+ texts of topics 1-19, 10
PolNeAR train and 5 NewsWCL50 texts no earlier audit read) found resolved or typed wrong: a
celebrity's rep or publicist taken for no person, and a dateline's place made the noun of the
appositions after it, a person's name tagged a place's or body's after a human noun, and a magazine's name ending in
"Magazine".

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates; where the tagger tags an invented sentence otherwise than it tagged the article,
``tags`` gives the article's tags. Negative rows keep each rule from reaching too far.
"""

from __future__ import annotations

from tests.source_rows import source_rows_test

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
FORMS = [
    # "the rep" after "the singer's rep Tom Vale": the rep, a person, is the name's bearer
    (
        "The singer's rep Tom Vale confirmed the news on Monday. The rep said that she was "
        "resting.",
        [("The rep", "said")],
        None,
        ("Tom Vale", "person", "rep"),
    ),
    (
        "The singer's rep Tom Vale confirmed the news on Monday. Her rep said that she was "
        "resting.",
        [("Her rep", "said")],
        None,
        ("Tom Vale", "person", "rep"),
    ),
    # a publicist with no name is a person
    (
        "Her publicist said that the singer was resting.",
        [("Her publicist", "said")],
        None,
        ("Her publicist", "person", None),
    ),
    # negative: "the publicist" is not a lawyer named before it
    (
        "Tom Vale, a lawyer, spoke on Monday. The publicist said that the singer was resting.",
        [("The publicist", "said")],
        None,
        ("The publicist", "person", None),
    ),
    # negative: "the rep" is no one named with another role
    (
        "The singer's lawyer Tom Vale spoke on Monday. The rep said that she was resting.",
        [("The rep", "said")],
        None,
        ("The rep", "person", None),
    ),
    # "New York (AFP) – Award-winning actress Jane Roe": the dateline's place is no noun of
    # the appositions after it; the actress is Jane Roe
    (
        "Roe not sure about Lee\n\nNew York (AFP) – Award-winning actress Jane Roe is not sure "
        "she can vote for Ann Lee. The actress said that she was tired.",
        [("The actress", "said")],
        None,
        ("Jane Roe", "person", None),
    ),
    # negative: an apposition outside a dateline still joins its noun
    (
        "Roe not sure about Lee\n\nJane Roe, the actress, is not sure she can vote for Ann "
        "Lee. The actress said that she was tired.",
        [("The actress", "said")],
        None,
        ("Jane Roe", "person", None),
    ),
    # negative: the dateline's place is no name of the person after it
    (
        "Roe not sure about Lee\n\nNew York (AFP) – Jane Roe is not sure she can vote for Ann "
        "Lee. New York said that it was ready.",
        [("New York@2", "said")],
        None,
        ("New York", "organization", None),
    ),
    # "protester Paul Kyros" tagged a facility's name: a person, the noun compounded onto it
    (
        "In Athens, 32-year-old protester Paul Kyros said that the police lied.",
        [("32-year-old protester Paul Kyros", "said")],
        {"Paul Kyros": "FAC"},
        ("Paul Kyros", "person", None),
    ),
    (
        "In Athens, actress Jane Roe said that the police lied.",
        [("actress Jane Roe", "said")],
        {"Jane Roe": "ORG"},
        ("Jane Roe", "person", None),
    ),
    # negative: a body's noun before an organization's name
    (
        "In Athens, the opposition party Golden Union said that the police lied.",
        [("the opposition party Golden Union", "said")],
        None,
        ("Golden Union", "organization", None),
    ),
    # negative: a name ending in a body's noun stays the body's
    (
        "In Athens, student Union Hall said that the police lied.",
        [("student Union Hall", "said")],
        {"Union Hall": "FAC"},
        ("Union Hall", "organization", None),
    ),
    # "Style Magazine": a magazine's name, an outlet
    (
        "Style Magazine reported that the actress had checked in.",
        [("Style Magazine", "reported")],
        {"Style Magazine": "ORG"},
        ("Style Magazine", "outlet", None),
    ),
    # negative: "Magazine" opening a body's name, or after "the" alone
    (
        "The Magazine Publishers Association said that sales fell.",
        [("The Magazine Publishers Association", "said")],
        None,
        ("Magazine Publishers Association", "organization", None),
    ),
]


test_fifth_audit_forms = source_rows_test(FORMS)

"""Sources: the forms a twenty-first audit of unseen articles (6 ECB+ texts of all topics and 6
PolNeAR train texts no earlier audit read, seed 411) found wrong: a company's one-word name,
given first as an organisation and later left untagged, made a person of its own ("Wealth-X,
a private company ... Wealth-X says", `coref.Resolver._body_named`); an outlet's name the
parser left untagged in some sentences made an organization apart from the outlet ("Forbes
says it tracks ... Forbes shot back", `detection._outlets`: the forms tagged elsewhere in the
article); and an outlet's name that is also a surname went to the person named only later in
the article ("Bloomberg estimates ..." before "Michael R. Bloomberg", `detection._outlets`: the
surname counts from the person's full name on); and a headline's bare role ("House speaker
laying out an agenda") was left apart from the one person the story gives that title ("Speaker
Paul D. Ryan", `coref.Resolver._headline_role`).

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates. Negative rows keep the rules from reaching too far.
"""

from __future__ import annotations

from tests.source_rows import source_rows_test

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
ROWS = [
    # a one-word name given to a company, then untagged: the company, not a person
    (
        "The rankings differ, said Dana Roe, president of Wealth-X, a private company that"
        " tracks billionaires. In 2010, two staff members left to help start Wealth-X, a"
        " research firm. Wealth-X says its business has tripled over the last three years.",
        [("Wealth-X@3", "says")],
        None,
        ("Wealth-X", "organization", None),
    ),
    (
        "Dana Roe, president of Wealth-X, a private company that tracks and ranks billionaires,"
        " said the lists differ. Wealth-X tallies 585 in the United States. Wealth-X says they"
        " are worth about $47 billion each.",
        [("Wealth-X@3", "says")],
        None,
        ("Wealth-X", "organization", None),
    ),
    # negative: a firm's name said of a person of that name stays the person
    (
        "Dana Roe, a banker at Morgan, said the list was long. Morgan says its business has"
        " tripled.",
        [("Morgan@2", "says")],
        {"Morgan@2": "PERSON", "Morgan": "PERSON"},
        ("Morgan", "person", None),
    ),
    (
        "Lisa Morgan spoke to Morgan Stanley on Monday. Morgan said the market was calm.",
        [("Morgan@3", "said")],
        {"Morgan@3": "PERSON"},
        ("Lisa Morgan", "person", None),
    ),
    # an outlet's name tagged in one sentence is the outlet where the parser left it untagged
    (
        "Forbes said the list was long. While Hurun counted families, Forbes shot back in an"
        " article stating that New York had 79 billionaires.",
        [("Forbes@2", "stating")],
        None,
        ("Forbes", "outlet", None),
    ),
    (
        "Forbes announced the change on Monday. The Koch brothers' wealth is hard to pin down."
        " Forbes lists David and Charles Koch with just under $40 billion each.",
        [("Forbes@2", "lists")],
        None,
        ("Forbes", "outlet", None),
    ),
    # negative: the person of that surname, named in full, keeps his bare surname
    (
        "Forbes reported the sale on Monday. Later Steve Forbes spoke in Iowa. Forbes said the"
        " flat tax would help families.",
        [("Forbes@3", "said")],
        None,
        ("Steve Forbes", "person", None),
    ),
    (
        "Steve Forbes spoke in Iowa on Monday. Forbes said the flat tax would help families.",
        [("Forbes@2", "said")],
        None,
        ("Steve Forbes", "person", None),
    ),
    # an outlet's name before the person of that surname is named: the outlet
    (
        "In 2012, Bloomberg started publishing its index. Bloomberg estimates his fortune at $42"
        " billion. Later Michael R. Bloomberg spoke.",
        [("Bloomberg@2", "estimates")],
        None,
        ("Bloomberg News", "outlet", None),
    ),
    (
        "Bloomberg estimates the fortune at about $42 billion. Michael R. Bloomberg was not on"
        " the list.",
        [("Bloomberg", "estimates")],
        None,
        ("Bloomberg News", "outlet", None),
    ),
    # negative: after the full name the bare surname is the person ("Fox" after "Vicente Fox")
    (
        "Michael Bloomberg spoke on Monday. Bloomberg said the city was safe.",
        [("Bloomberg@2", "said")],
        None,
        ("Michael Bloomberg", "person", None),
    ),
    (
        "Former President Vicente Fox spoke in Mexico City. Fox said the wall would never be"
        " paid for.",
        [("Fox", "said")],
        None,
        ("Vicente Fox", "person", "President"),
    ),
    # a headline's bare role: the one person the story then gives that title
    (
        "Speaker wages campaign against the tax plan\n\nMr. Hale spoke on Monday. Speaker Tom"
        " Hale said the plan would fail.",
        [("Speaker", "wages")],
        None,
        ("Tom Hale", "person", "Speaker"),
    ),
    (
        "Ryan's new agenda\n\nHouse speaker laying out an alternative agenda.\n\nSpeaker Paul"
        " D. Ryan was absent from his home state. He said the party would unite.",
        [("House speaker", "laying out")],
        None,
        ("Paul D. Ryan", "person", "Speaker"),
    ),
    # negative: two people with the title, or none, leave the role alone
    (
        "Senator says the bill is dead\n\nSenator Ann Lee and Senator Bo Park met on Monday."
        " Lee said talks failed.",
        [("Senator", "says")],
        None,
        ("Senator", "anonymous", None),
    ),
    (
        "Governor vetoes budget\n\nThe state's budget was vetoed. Mayor Tom Hale said the veto"
        " hurt the city.",
        [("Governor", "vetoes")],
        None,
        ("Governor", "person", None),
    ),
]


test_twenty_first_audit = source_rows_test(ROWS)

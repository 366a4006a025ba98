"""Sources: the forms a seventh audit of unseen articles (13 ECB+ texts of all topics and 12
PolNeAR train texts no earlier audit read, seed 131) found typed wrong: people's nouns missing
from the lexicon ("many World Bank watchers", "the only top-tier contender here") typed
unknown, so that a "they" after the watchers went to the World Bank; documents' nouns missing
from it ("the recently court-released ... playbook", "the printed Cruz slate card",
"calculations by ...") typed unknown; and a country a newspaper's description was parsed in
apposition to ("the newspaper with the largest circulation in Israel, a free daily") typed an
outlet.

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates. Negative rows keep each rule from reaching too far.
"""

from __future__ import annotations

from tests.source_rows import source_rows_test

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
PEOPLE = [
    # "watcher" and "contender" name people: plural a group, singular with "the" a person,
    # with "a" an unnamed one
    (
        "Many market watchers expect the bank to cut rates.",
        [("Many market watchers", "expect")],
        None,
        ("Many market watchers", "group", None),
    ),
    (
        "Bird watchers said the owls had left.",
        [("Bird watchers", "said")],
        None,
        ("Bird watchers", "group", None),
    ),
    (
        "The only serious contender here said he would visit every county.",
        [("The only serious contender here", "said")],
        None,
        ("The only serious contender", "person", None),
    ),
    (
        "A contender said the race was close.",
        [("A contender", "said")],
        None,
        ("A contender", "anonymous", None),
    ),
    # a "they" after the watchers is theirs, not the body named inside their description
    (
        "Many Central Bank watchers expect the governor to stay, though they say he will have "
        "to work for it.",
        [("Many Central Bank watchers", "expect"), ("they", "say")],
        None,
        ("Many Central Bank watchers", "group", None),
    ),
    # negative: the words they come from name no people
    (
        "The watch showed that the race had taken ten hours.",
        [("The watch", "showed")],
        None,
        ("The watch", "unknown", None),
    ),
    (
        "The contest showed that the town loved its pies.",
        [("The contest", "showed")],
        None,
        ("The contest", "unknown", None),
    ),
]

DOCUMENTS = [
    # a playbook, a (fact or balance) sheet, a card, calculations are documents
    (
        "According to the team's playbook, the coach must call every play.",
        [("the team's playbook", "According to")],
        None,
        ("the team's playbook", "document", None),
    ),
    (
        "The balance sheet shows that the firm lost money.",
        [("The balance sheet", "shows")],
        None,
        ("The balance sheet", "document", None),
    ),
    (
        "The printed slate card said the senator wanted their votes.",
        [("The printed slate card", "said")],
        None,
        ("The printed slate card", "document", None),
    ),
    (
        "Calculations by two economists show that prices will rise.",
        [("Calculations by two economists", "show")],
        None,
        ("Calculations by two economists", "document", None),
    ),
    # negative: the nouns modify people's heads, which keep their own kind
    (
        "The sheet metal workers said the plant would close.",
        [("The sheet metal workers", "said")],
        None,
        ("The sheet metal workers", "group", None),
    ),
    (
        "Green card holders said the rules had changed.",
        [("Green card holders", "said")],
        None,
        ("Green card holders", "unknown", None),
    ),
    (
        "The card dealer said the game was fair.",
        [("The card dealer", "said")],
        None,
        ("The card dealer", "unknown", None),
    ),
]

COUNTRIES = [
    # a country or a US state the parse gives an outlet's description in apposition stays a
    # place
    (
        "Ann Lee owns the newspaper with the largest circulation in Israel, a free daily. "
        "Israel says it will build the road.",
        [("Israel", "says")],
        None,
        ("Israel", "organization", None),
    ),
    (
        "Ann Lee owns the biggest paper in Ohio, a free weekly. Ohio says the road will open.",
        [("Ohio", "says")],
        None,
        ("Ohio", "organization", None),
    ),
    # negative: a newspaper's own name with its description is the outlet, however tagged
    (
        "Ann Lee owns Yedioth Kol, an Israeli daily. Yedioth Kol reported that the road will open.",
        [("Yedioth Kol", "reported")],
        None,
        ("Yedioth Kol", "outlet", None),
    ),
    (
        "Ann Lee owns Mirador, a free weekly in Peru. Mirador reported that the road will open.",
        [("Mirador", "reported")],
        None,
        ("Mirador", "outlet", None),
    ),
]


test_seventh_audit_forms = source_rows_test(PEOPLE + DOCUMENTS + COUNTRIES)

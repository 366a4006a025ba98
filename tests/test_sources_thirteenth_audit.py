"""Sources: the forms a thirteenth audit of unseen articles (8 ECB+ texts of all topics and 8
PolNeAR train texts no earlier audit read, seed 251) found resolved or typed wrong: "anti-LGBT"
tagged PERSON, which made every "LGBT" a person's surname and took five "he"; "chosen as President
of the Medical Association", which took the next paragraph's "The President"; a headline's
"DEMOCRATS" that made "House Democrats said" anonymous; "Telephone providers" unknown; "Log
Cabin Republicans" (tagged PERSON) a person; "Neither Donald J. Trump nor his opponents" named
without "Neither".

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates. Negative rows keep each rule from reaching too far.
"""

from __future__ import annotations

from tests.source_rows import source_rows_test

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
STANCES = [
    # "anti-LGBT" (tagged PERSON) is no name: "LGBT" stays no person to take the "he"
    (
        "Delegates removed anti-LGBT language from the plank. Tom Kelcy welcomed it. The LGBT "
        'community cheered. "It matters," he said.',
        [("he", "said")],
        None,
        ("Tom Kelcy", "person", None),
    ),
    # negative: the name itself, after a stance word, is still a person's
    (
        "Pro-Kelcy delegates cheered on Monday. Tom Kelcy said he was pleased.",
        [("Tom Kelcy", "said")],
        None,
        ("Tom Kelcy", "person", None),
    ),
]

OFFICES_GIVEN = [
    # "chosen as President of ...": an office given to the subject, no one else's mention
    (
        "President Tom Kelcy named Ann Vole on Monday. She was chosen as President of the Medical "
        "Association in 2002. The President praised her work.",
        [("The President", "praised")],
        None,
        ("Tom Kelcy", "person", "President"),
    ),
    # negative: "the President of ..." met, an object with its determiner, as before
    (
        "President Tom Kelcy named Ann Vole on Monday. She met the President of the Medical "
        "Association in 2002. The President praised her work.",
        [("The President", "praised")],
        None,
        ("Tom Kelcy", "person", "President"),
    ),
]

PLURALS = [
    # a headline's "DEMOCRATS" in capitals: a people in the plural
    (
        "BEST THING THAT HAPPENED TO DEMOCRATS.\n\nHouse Democrats said on Monday they would stay.",
        [("House Democrats", "said")],
        None,
        ("DEMOCRATS", "group", None),
    ),
    # negative: no headline, as before
    (
        "House Democrats said on Monday they would stay.",
        [("House Democrats", "said")],
        None,
        ("Democrats", "group", None),
    ),
    # "providers": companies' noun
    (
        "Telephone providers, such as Portugal Telecom, told reporters that they had rerouted "
        "traffic.",
        [("Telephone providers", "told")],
        None,
        ("Telephone providers", "group", None),
    ),
    (
        "Portugal Telecom lost service on Monday. The provider said it would fix the cable.",
        [("The provider", "said")],
        None,
        ("Portugal Telecom", "organization", None),
    ),
    # a party's members' club tagged PERSON: an organization
    (
        "Log Cabin Republicans president Gregory T. Angelo spoke. Log Cabin Republicans said it "
        "would back the plank.",
        [("Log Cabin Republicans@2", "said")],
        None,
        ("Log Cabin Republicans", "organization", None),
    ),
    # negative: a party's members, as before
    (
        "Tom Kelcy spoke. Senate Republicans said they would back the plank.",
        [("Senate Republicans", "said")],
        None,
        ("Republicans", "group", None),
    ),
]


CORRELATIVES = [
    # "Neither ... nor": the group's name keeps its first word
    (
        "Neither Tom Kelcy nor his rivals showed much appetite for a fight.",
        [("Neither Tom Kelcy nor his rivals", "showed")],
        None,
        ("Neither Tom Kelcy nor his rivals", "group", None),
    ),
    # negative: a plain coordination, as before
    (
        "Tom Kelcy and Ann Vole said the plan was fair.",
        [("Tom Kelcy and Ann Vole", "said")],
        None,
        ("Tom Kelcy and Ann Vole", "group", None),
    ),
]


test_thirteenth_audit_forms = source_rows_test(STANCES + OFFICES_GIVEN + PLURALS + CORRELATIVES)

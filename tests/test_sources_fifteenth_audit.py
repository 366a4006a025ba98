"""Sources: the forms a fifteenth audit of unseen articles (6 ECB+ texts of all topics and 6
PolNeAR train texts no earlier audit read, seed 291, a short round) found typed wrong: "Both
sides have also acknowledged" (the parties to a dispute, Republicans and Democrats) typed
unknown, now a group.

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates. Negative rows keep the rule from reaching too far.
"""

from __future__ import annotations

from tests.source_rows import source_rows_test

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
SIDES = [
    # the parties to a dispute: a group of people, no body of its own
    (
        "The talks stalled on Monday. Both sides have acknowledged that a deal will take time.",
        [("Both sides", "have acknowledged")],
        None,
        ("Both sides", "group", None),
    ),
    (
        "The talks stalled on Monday. The two sides said a deal would take time.",
        [("The two sides", "said")],
        None,
        ("The two sides", "group", None),
    ),
    # negative: a single side is no group of people (left as before)
    (
        "The talks stalled on Monday. One side said a deal would take time.",
        [("One side", "said")],
        None,
        ("One side", "unknown", None),
    ),
    # negative: a named body keeps its kind
    (
        "The talks stalled on Monday. Acme Industries said a deal would take time.",
        [("Acme Industries", "said")],
        None,
        ("Acme Industries", "organization", None),
    ),
]


test_fifteenth_audit_forms = source_rows_test(SIDES)

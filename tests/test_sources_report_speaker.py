"""Sources: a "he said" right after a report that names its own speaker as the subject of its
main clause ("Former Rep. Tom Hale was for John Vole while the governor was running, he
said": he is Hale). A he/she/they source is otherwise none of the people its own report names
(`coref.Resolver._pronoun`); the report's subject stays a candidate, ranked as a subject of the
sentence before, after that sentence's own subjects and speakers, so that "Sheriff Tom Jones
spoke. Ed Smith fled the scene, he said" is still Jones. The people the rest of the report
names stay excluded.

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates. Negative rows keep the rule from reaching too far.
"""

from __future__ import annotations

from tests.source_rows import source_rows_test

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
ROWS = [
    # the report's subject is its speaker: no subject in the sentence before
    (
        "Some voters are so opposed to electing Donald Trump that they back his rival. Former"
        " Rep. Tom Hale was for John Vole while the governor was running, he said.",
        [("he", "said")],
        None,
        ("Tom Hale", "person", "Rep."),
    ),
    (
        "Many donors have turned away from Donald Trump this month. Ann Reyes gave to the"
        " party for ten years, she said.",
        [("she", "said")],
        None,
        ("Ann Reyes", "person", None),
    ),
    # negatives: a subject of the sentence before still comes first
    (
        "Sheriff Tom Jones spoke on Friday. Ed Smith fled the scene on foot, he said.",
        [("he", "said")],
        None,
        ("Tom Jones", "person", "Sheriff"),
    ),
    (
        "Sheriff Tom Jones spoke on Friday. Smith was fired last week, he said.",
        [("he", "said")],
        None,
        ("Tom Jones", "person", "Sheriff"),
    ),
    # the speaker of a speech tag in the sentence before comes first
    (
        "The plant will close, Mayor Tom Jones said. Ed Smith opposed the plan, he said.",
        [("Mayor Tom Jones", "said"), ("he", "said@2")],
        None,
        ("Tom Jones", "person", "Mayor"),
    ),
    # a person the report names elsewhere than as its subject stays excluded
    (
        "Voters have turned away from Donald Trump. Ann Reyes met Tom Hale on Monday, he said.",
        [("he", "said")],
        None,
        ("Donald Trump", "person", None),
    ),
]


test_report_speaker = source_rows_test(ROWS)

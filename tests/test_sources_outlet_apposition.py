"""Sources: an outlet's common noun with the outlet's name right after it ("the website
Mashable announced", "the news site Politico reported", "the newspaper USA Today said") names
its own referent: the source is that name, not the outlet named earlier in the article, as if
"the website" were an anaphor; a company's noun before a company's name ("the company
Apple") likewise (`coref_entities._names_after_nouns`). Negative rows: the bare noun ("the
website said") still stands for the outlet before it, and a noun whose next word is no name
("the website's editor") is left to the rules it had.

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates.
"""

from __future__ import annotations

from tests.source_rows import source_rows_test

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
ROWS = [
    (
        "BuzzFeed News reported the leak on Monday. The website Mashable announced that the app"
        " would close.",
        [("BuzzFeed News", "reported"), ("The website Mashable", "announced")],
        None,
        ("Mashable", "outlet", None),
    ),
    (
        "The Washington Post reported the leak on Monday. The news site Politico reported that"
        " the vote was delayed.",
        [("The Washington Post", "reported@1"), ("The news site Politico", "reported@2")],
        None,
        ("Politico", "outlet", None),
    ),
    (
        "CNN reported the leak on Monday. The newspaper USA Today said that the vote was delayed.",
        [("CNN", "reported"), ("The newspaper USA Today", "said")],
        None,
        ("USA Today", "outlet", None),
    ),
    (
        "BuzzFeed News reported the leak on Monday. The website Politico said that the vote was"
        " delayed.",
        [("BuzzFeed News", "reported"), ("The website Politico", "said")],
        None,
        ("Politico", "outlet", None),
    ),
    # the name set off by commas, and a name the parse makes a second subject of the verb
    (
        "BuzzFeed News reported the leak on Monday. The website, Mashable, said that the app"
        " would close.",
        [("BuzzFeed News", "reported"), ("The website, Mashable,", "said")],
        None,
        ("Mashable", "outlet", None),
    ),
    (
        "CNN reported the leak on Monday. The network NBC said that the vote was delayed.",
        [("CNN", "reported"), ("The network NBC", "said")],
        None,
        ("NBC News", "outlet", None),
    ),
    # a company's noun before a company's name, as an outlet's
    (
        "Ford Motor said that sales rose. The company Apple said that the phone would ship.",
        [("Ford Motor", "said"), ("The company Apple", "said@2")],
        None,
        ("Apple", "organization", None),
    ),
    # a later bare noun is an anaphor of the outlet the description named
    (
        "Mashable reported the leak on Monday. BuzzFeed News said on Tuesday that the website"
        " Mashable was wrong. The website said that it would close.",
        [("Mashable", "reported"), ("BuzzFeed News", "said"), ("The website", "said@2")],
        None,
        ("Mashable", "outlet", None),
    ),
    # negative: the bare noun is an anaphor of the outlet before it
    (
        "BuzzFeed News reported the leak on Monday. The website said that the app would close.",
        [("BuzzFeed News", "reported"), ("The website", "said")],
        None,
        ("BuzzFeed News", "outlet", None),
    ),
    (
        "Politico reported the leak on Monday. The news site said that the vote was delayed.",
        [("Politico", "reported"), ("The news site", "said")],
        None,
        ("Politico", "outlet", None),
    ),
    (
        "CNN reported the leak on Monday. The network on Tuesday said that the vote was delayed.",
        [("CNN", "reported"), ("The network", "said")],
        None,
        ("CNN", "outlet", None),
    ),
    (
        "Ford Motor said that sales rose. The company said that the truck would ship.",
        [("Ford Motor", "said"), ("The company", "said@2")],
        None,
        ("Ford Motor", "organization", None),
    ),
    # negative: a possessive noun's person is no outlet ("the website's editor")
    (
        "BuzzFeed News reported the leak on Monday. The website's editor said that the app"
        " would close.",
        [("BuzzFeed News", "reported"), ("The website's editor", "said")],
        None,
        ("The website's editor", "person", None),
    ),
    (
        "CNN reported the leak on Monday. The network's anchor said that the vote was delayed.",
        [("CNN", "reported"), ("The network's anchor", "said")],
        None,
        ("The network's anchor", "person", None),
    ),
]

test_outlet_apposition = source_rows_test(ROWS)

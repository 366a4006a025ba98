"""Sources: the leftovers of the thirtieth audit of unseen articles (2026-12-06, session 53),
each a general class with rows on invented sentences (positive and negative):

- a surname the parse makes a plural ("Maurice Cheeks", tagged GPE, "Cheeks" NNPS): a
  person's name when its first name is listed and the surname alone is tagged PERSON;
- a coordinated apposition gives its first role as the title, also when one noun is a
  person's of no listed role ("Stuart Stevens, a Republican operative and Mitt Romney's chief
  strategist,"), not a list's items ("thanked Ann Vole, a nurse and a teacher");
- a coordination of people's names is named by the names alone ("Hillary Clinton and Martin
  O'Malley", not "... and former Maryland Gov. Martin O'Malley");
- kinds: a name's operation ("the Clinton operation") an organization; a document's noun the
  parse tagged a verb ("A federal government handbook from 1998 described") a document; "not
  one of them" after people named in its sentence one of them (anonymous);
- a body introduced before its name ("A major climate group is demanding ... NextGen
  Climate, founded by ..."): the name it is called, or the name that opens the next sentence
  as its subject, new there, with nothing setting it against the description.

Every row runs :func:`newsprov.analysis.sources.resolve` with hand-made candidates and gives
the (name, kind, title) of the last attribution's source.
"""

from __future__ import annotations

from tests.source_rows import SourceRow, source_rows_test

_CHEEKS = (
    "Cheeks returns as Sixers' fixer\n\nTom King pushed out Jim Olson and brought in Maurice "
    "Cheeks, the popular former Sixers player, as his replacement. Weeks after the Sixers ended "
    "their season, King fired Olson. Cheeks said he was excited."
)

_GROUP = "A major climate group is demanding that candidates act. "

ROWS: list[SourceRow] = [
    # a listed first name and a surname the parse makes a plural, tagged PERSON alone
    (_CHEEKS, [("Cheeks", "returns")], None, ("Maurice Cheeks", "person", None)),
    # negative: a first name not listed
    (
        _CHEEKS.replace("Maurice", "Lakeview"),
        [("Cheeks", "returns")],
        None,
        ("Cheeks", "person", None),
    ),
    # a coordinated apposition: the first role the title
    (
        "Stuart Stevens, a Republican operative and Mitt Romney's chief strategist in his 2012 "
        "campaign, said the plan would fail.",
        [("Stuart Stevens", "said")],
        None,
        ("Stuart Stevens", "person", "Republican operative"),
    ),
    (
        "Ann Vole, a Democratic operative and Tom Hale's longtime friend, said the parade was a "
        "success.",
        [("Ann Vole", "said")],
        None,
        ("Ann Vole", "person", "Democratic operative"),
    ),
    # negative: a list's items, each with its determiner; a body's noun
    (
        "The mayor thanked Ann Vole, a nurse and a teacher. Ann Vole said the parade was a "
        "success.",
        [("Ann Vole@2", "said")],
        None,
        ("Ann Vole", "person", None),
    ),
    (
        "The mayor thanked Ann Vole, a nurse and her teacher. Ann Vole said the parade was a "
        "success.",
        [("Ann Vole@2", "said")],
        None,
        ("Ann Vole", "person", None),
    ),
    (
        "The mayor thanked Ann Vole, the military and a veteran of the war. Ann Vole said the "
        "parade was a success.",
        [("Ann Vole@2", "said")],
        None,
        ("Ann Vole", "person", None),
    ),
    # people's names coordinated: the names alone
    (
        "Hillary Clinton and former Maryland Gov. Martin O'Malley said the plan would fail.",
        [("Hillary Clinton and former Maryland Gov. Martin O'Malley", "said")],
        None,
        ("Hillary Clinton and Martin O'Malley", "group", None),
    ),
    (
        "Maine Sen. Susan Collins and Texas Rep. Louis Gohmert said the plan would fail.",
        [("Maine Sen. Susan Collins and Texas Rep. Louis Gohmert", "said")],
        None,
        ("Susan Collins and Louis Gohmert", "group", None),
    ),
    (
        "Sen. Ann Vole, Rep. Tom Hale and Gov. Bob Lund said the plan would fail.",
        [("Sen. Ann Vole, Rep. Tom Hale and Gov. Bob Lund", "said")],
        None,
        ("Ann Vole, Tom Hale and Bob Lund", "group", None),
    ),
    # negative: a conjunct that is no name
    (
        "Mr. Trump and top aides said the plan would fail.",
        [("Mr. Trump and top aides", "said")],
        None,
        ("Trump and top aides", "group", None),
    ),
    (
        "Mr. Trump and the Senate said the plan would fail.",
        [("Mr. Trump and the Senate", "said")],
        None,
        ("Trump and the Senate", "group", None),
    ),
    # kinds: a name's operation; a document's noun tagged a verb; one of the players
    (
        "Stevens said the way the Clinton operation disparaged women would be a problem.",
        [("the Clinton operation", "disparaged")],
        None,
        ("the Clinton operation", "organization", None),
    ),
    (
        "The Trump machine said the report was false.",
        [("The Trump machine", "said")],
        None,
        ("The Trump machine", "organization", None),
    ),
    (
        "A federal government handbook from 1998 described the plan as risky.",
        [("A federal government handbook from 1998", "described")],
        None,
        ("A federal government handbook from 1998", "document", None),
    ),
    (
        "The coach said that in his meetings with players, not one of them said they would leave.",
        [("not one of them", "said")],
        None,
        ("not one of them", "anonymous", None),
    ),
    # negative: an operation of no one named; the government itself; one of the letters
    (
        "The military operation said little about the risks.",
        [("The military operation", "said")],
        None,
        ("The military operation", "unknown", None),
    ),
    (
        "The federal government described the plan as risky.",
        [("The federal government", "described")],
        None,
        ("The federal government", "organization", None),
    ),
    (
        "The coach read the letters, and one of them said the plan was bad.",
        [("one of them", "said")],
        None,
        ("one of them", "unknown", None),
    ),
    # a body introduced before its name: the next sentence's subject, or the name it is called
    (
        _GROUP + "NextGen Climate, founded by Tom Steyer, will air an ad.",
        [("A major climate group", "is demanding")],
        None,
        ("NextGen Climate", "organization", None),
    ),
    (
        "A climate group called NextGen Climate is demanding that candidates act.",
        [("A climate group called NextGen Climate", "is demanding")],
        None,
        ("NextGen Climate", "organization", None),
    ),
    # negative: a name set against the description, or added to it; another body named in its
    # sentence; a person; a government's body; a sentence between
    (
        _GROUP + "Greenpeace, however, will air an ad.",
        [("A major climate group", "is demanding")],
        None,
        ("A major climate group", "organization", None),
    ),
    (
        _GROUP + "Greenpeace will also air an ad.",
        [("A major climate group", "is demanding")],
        None,
        ("A major climate group", "organization", None),
    ),
    (
        "A major climate group is demanding that candidates act, Greenpeace said. NextGen "
        "Climate will air an ad.",
        [("A major climate group", "is demanding")],
        None,
        ("A major climate group", "organization", None),
    ),
    (
        _GROUP + "Tom Steyer will air an ad.",
        [("A major climate group", "is demanding")],
        None,
        ("A major climate group", "organization", None),
    ),
    (
        "A federal agency is demanding that candidates act. The FBI will air an ad.",
        [("A federal agency", "is demanding")],
        None,
        ("A federal agency", "organization", None),
    ),
    (
        _GROUP + "The ad runs Tuesday. NextGen Climate will air it.",
        [("A major climate group", "is demanding")],
        None,
        ("A major climate group", "organization", None),
    ),
]

test_leftovers = source_rows_test(ROWS)

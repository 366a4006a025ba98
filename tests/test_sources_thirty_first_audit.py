"""Sources: the thirty-first audit of unseen articles (2026-12-06, session 54) and the
thirtieth audit's leftovers, each a general class with rows on invented sentences (positive
and negative):

- a "who" clause on an untagged name ("Emanuel, who resisted ...") is the name's, as the name
  as a source is, not a noun's of its own;
- people's names the parse hangs on the first one's place ("Sens. Ann Vole of Georgia and
  Bob Hart of Arkansas") are a group;
- "That person", "the person" after an unnamed source ("a source close to him said") are
  that source, the nearest;
- a noun of work apposed to a name with another role ("an activist investor and founder of
  ...") gives the title;
- a name run together with the body's name after "<role> of" ("the chairman of Chrysler LLC
  Jim Press") is the source, titled;
- a kin word owned by a pronoun ("her father") is the one person the pronoun's person is the
  converse kin of ("His daughter Joan Felt");
- a quoted "you" of a speaker who asked or told one person is that person;
- a short form of a first name ("Mo Cheeks" after "Maurice Cheeks") is the person's;
- a "he" or "she" in a clause opening the sentence is the main clause's subject named after
  it ("After struggling to persuade voters that he understands ..., Emanuel said");
- initials joined to a name in full after them, not when the initials are a well-known
  body's of another name ("the NRA" ... "the National Restaurant Association") or were
  spelled out as another name before.

Most rows run :func:`newsprov.analysis.sources.resolve` with hand-made candidates and give the
(name, kind, title) of the last attribution's source.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from tests.source_rows import SourceRow, rel, source_rows_test, word_rels
from tests.test_sources import run

_VIDEO = (
    "Rahm Emanuel won the runoff in April. In the video, the officer opens fire from a "
    "distance, and the teenager falls to the ground. Emanuel, who resisted release of the "
    "video for 13 months, said he did not take an early look."
)

_SOURCE = (
    "Cruz will change how he approaches his colleagues, a source close to him said. "
    "That person said the hostility hurt him. Another source familiar with his thinking said "
    "he would try. At the same time, the person added, the endorsements did little."
)

_FELT = (
    "Mark Felt, who was known as Deep Throat, died on Friday. He was 95. Felt worked at the "
    "FBI for decades. His daughter Joan Felt said her father ate a big breakfast before saying "
    "he was tired."
)

ROWS: list[SourceRow] = [
    # a "who" clause on an untagged surname: the person named in full before
    (
        _VIDEO,
        [("who", "resisted"), ("Emanuel@2", "said")],
        {"Rahm Emanuel": "PERSON"},
        ("Rahm Emanuel", "person", None),
    ),
    # the same with no name before: a person's name, not a noun of unknown kind
    (
        _VIDEO.split(". ", 1)[1],
        [("who", "resisted"), ("Emanuel", "said")],
        None,
        ("Emanuel", "person", None),
    ),
    # negative: a common noun's "who" clause stays the noun's
    (
        "Rahm Emanuel won the runoff in April. The officer, who resisted release of the video, "
        "said he did not look.",
        [("who", "resisted"), ("The officer", "said")],
        {"Rahm Emanuel": "PERSON"},
        ("The officer", "person", None),
    ),
    # people's names hung on the first one's state: a group
    (
        "Sens. Ann Vole of Georgia and Bob Hart of Arkansas, both up for reelection, also said "
        "they would be happy to have him.",
        [("Sens. Ann Vole of Georgia and Bob Hart of Arkansas", "also said")],
        None,
        ("Ann Vole and Bob Hart", "group", None),
    ),
    # negative: one person of two places
    (
        "Sen. Ann Vole of Georgia and Arkansas said she would be happy to have him.",
        [("Sen. Ann Vole of Georgia and Arkansas", "said")],
        None,
        ("Ann Vole", "person", "Sen."),
    ),
    # "That person" after "a source close to him": that source
    (
        _SOURCE,
        [("a source close to him", "said"), ("That person", "said@2")],
        None,
        ("a source close to him", "anonymous", None),
    ),
    # "the person" after another source: the nearest
    (
        _SOURCE,
        [
            ("a source close to him", "said"),
            ("That person", "said@2"),
            ("Another source familiar with his thinking", "said@3"),
            ("the person", "added"),
        ],
        None,
        ("Another source familiar with his thinking", "anonymous", None),
    ),
    # negative: a person named last, no unnamed source before
    (
        "Tom Hale said the hostility hurt him. That person said more.",
        [("Tom Hale", "said"), ("That person", "said@2")],
        None,
        ("That person", "anonymous", None),
    ),
    # a noun of work apposed with another role: the title
    (
        "Jeffrey W. Ubben, an activist investor and founder of ValueAct Capital, is another "
        "major shareholder. Mr. Ubben said the firm was fine.",
        [("Mr. Ubben", "said")],
        None,
        ("Jeffrey W. Ubben", "person", "activist investor"),
    ),
    # negative: the noun of work not apposed, no title
    (
        "Jeffrey W. Ubben met an activist investor on Monday. Mr. Ubben said the firm was fine.",
        [("Mr. Ubben", "said")],
        None,
        ("Jeffrey W. Ubben", "person", None),
    ),
    # the role's holder run together with the body's name after "of"
    (
        '"The market is starting to show small signs of life," said the vice president and '
        "chairman of Chrysler LLC Jim Press.",
        [("the vice president and chairman of Chrysler LLC Jim Press", "said")],
        None,
        ("Jim Press", "person", "chairman of Chrysler LLC"),
    ),
    # negative: a kin word's "of" names whose kin the source is, not the source
    (
        '"The market is starting to show small signs of life," said the son of Chrysler LLC '
        "Jim Press.",
        [("the son of Chrysler LLC Jim Press", "said")],
        None,
        ("the son of Chrysler LLC Jim Press", "person", None),
    ),
    # a kin word owned by a pronoun: the one whose converse kin the pronoun's person is
    (
        _FELT,
        [("His daughter Joan Felt", "said"), ("her father", "saying")],
        None,
        ("Mark Felt", "person", None),
    ),
    # negative: no converse kin given, "her father" stays apart
    (
        _FELT.replace("His daughter Joan Felt", "A neighbour, Joan Felt,"),
        [("A neighbour, Joan Felt,", "said"), ("her father", "saying")],
        None,
        ("her father", "person", None),
    ),
    # negative: the kin word's tie is another ("her mother" of one called "His daughter")
    (
        _FELT.replace("her father", "her mother").replace("saying he was", "saying she was"),
        [("His daughter Joan Felt", "said"), ("her mother", "saying")],
        None,
        ("her mother", "person", None),
    ),
]

_MAYOR = (
    "Mayor Rahm Emanuel won in April, and he kept his job. The city paid victims of a police "
    "unit directed by Cmdr. Jon Burge. "
)
_TAGS = {"Rahm Emanuel": "PERSON", "Jon Burge": "PERSON"}

ROWS += [
    # a "he" in the clause that opens the sentence: the main clause's subject, named after
    (
        _MAYOR + "After struggling to persuade voters that he understands the pain, Emanuel "
        "said he meets with families. He also described the talks.",
        [("He", "also described")],
        _TAGS,
        ("Rahm Emanuel", "person", "Mayor"),
    ),
    # negative: a person named in the opening before the pronoun
    (
        _MAYOR + "After Tom Hale told him that he was wrong, Emanuel said he meets with families.",
        [("him", "told")],
        {**_TAGS, "Tom Hale": "PERSON"},
        ("Jon Burge", "person", "Cmdr."),
    ),
    # negative: a main subject of another gender
    (
        _MAYOR + "After struggling to persuade voters that she understands the pain, Emanuel "
        "said he meets with families. She also described the talks.",
        [("She", "also described")],
        _TAGS,
        ("She", "person", None),
    ),
    # negative: a main subject that is no name
    (
        _MAYOR + "Before he left, the mayor's aide said the talks were over.",
        [("he@2", "left")],
        _TAGS,
        ("Jon Burge", "person", "Cmdr."),
    ),
]

test_thirty_first_audit_rows = source_rows_test(ROWS)


_TOWN_HALL = (
    "At a town hall meeting, a young woman asked Mrs. Clinton about several women who said "
    'they were harassed. "You say that all victims should be believed," the woman said. '
    '"Should we believe them as well?"'
)

_NO_ONE_ASKED = (
    "At a town hall meeting, a young woman stood up near the back of the room. "
    '"You say that all victims should be believed," the woman said. '
    '"Should we believe them as well?"'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_TOWN_HALL, "Clinton"),  # the one the speaker asked
        (_NO_ONE_ASKED, "You"),  # negative: the speaker asked no one
        (  # negative: two people asked
            _TOWN_HALL.replace("asked Mrs. Clinton", "asked Mrs. Clinton and Mr. Sanders"),
            "You",
        ),
        (  # negative: a generic "you know"
            _TOWN_HALL.replace("You say that all", "You know, all"),
            "You",
        ),
    ],
)
def test_quoted_you_of_the_one_asked(nlp: Language, text: str, expected: str) -> None:
    quote = rel(text, "the woman", f"said@{text.count('said')}")
    quote["form"] = "direct"
    cue = "say" if "You say" in text else "know"
    you: dict[str, Any] = {
        "source": "You",
        "cue": cue,
        "content": text[text.index(cue) + len(cue) : text.index('," the woman')].strip(" ,"),
    }
    _, atts, by_id = run(nlp, text, [quote, you])
    first = min(atts, key=lambda a: a.cue_spans[0][0])
    assert by_id[first.source or ""].name == expected


_CHEEKS = (
    "Tom King pushed out Jim Olson and brought in Maurice Cheeks, the popular former player. "
    'Cheeks said he was excited. "I know Mo Cheeks," King said. Mo Cheeks said he was ready.'
)


@pytest.mark.parametrize(
    ("text", "tags", "same"),
    [
        # a short form of the first name, the surname alone tagged PERSON
        (_CHEEKS, {"Maurice Cheeks": "GPE", "Cheeks@2": "PERSON", "Mo Cheeks@2": "FAC"}, True),
        # negative: a listed first name is another person's ("Don" is one)
        (
            _CHEEKS.replace("Mo Cheeks", "Don Cheeks"),
            {"Maurice Cheeks": "GPE", "Cheeks@2": "PERSON", "Don Cheeks@2": "FAC"},
            False,
        ),
        # negative: another initial
        (
            _CHEEKS.replace("Mo Cheeks", "Bo Cheeks"),
            {"Maurice Cheeks": "GPE", "Cheeks@2": "PERSON", "Bo Cheeks@2": "FAC"},
            False,
        ),
    ],
)
def test_short_first_name(nlp: Language, text: str, tags: dict[str, str], same: bool) -> None:
    short = "Mo" if "Mo Cheeks" in text else "Don" if "Don Cheeks" in text else "Bo"
    rels = word_rels(text, [("Maurice Cheeks", "brought in"), (f"{short} Cheeks@2", "said@2")])
    _, atts, _ = run(nlp, text, rels, tags)
    first, last = sorted(atts, key=lambda a: a.cue_spans[0][0])[:: len(atts) - 1]
    assert (first.source == last.source) is same


@pytest.mark.parametrize(
    ("text", "same"),
    [
        # initials, then the name in full: one body
        ("The EPA said the rule was bad. The Environmental Protection Agency said more.", True),
        ("The BGG said the rule was bad. The Berlin Green Guild said more.", True),
        # negative: a well-known body's initials, another name
        ("The NRA said the rule was bad. The National Restaurant Association said more.", False),
        ("The RNC said the rule was bad. The Republican National Convention said more.", False),
        # the well-known name itself
        ("The NRA said the rule was bad. The National Rifle Association said more.", True),
        # a well-known name with a "the" inside it: the guard's name key dropped every "the"
        # and refused the join; with the key of `outlets.normalize` the guard passes it, but
        # the two stay apart by a step not yet traced
        pytest.param(
            "The NAACP said the rule was bad. The National Association for the Advancement of "
            "Colored People said more.",
            True,
            marks=pytest.mark.xfail(strict=True, reason="the long name is joined by no step"),
        ),
        # negative: initials spelled out as another name before
        (
            "The Beef Growers Group (BGG) said the rule was bad. The BGG said so again. "
            "The Berlin Green Guild said more.",
            False,
        ),
    ],
)
def test_initials_guarded(nlp: Language, text: str, same: bool) -> None:
    first = text.split(" said")[0]
    last = text.rsplit(". ", 1)[1].split(" said")[0]
    rels = [rel(text, first, "said"), rel(text, last, f"said@{text.count(' said')}")]
    _, atts, _ = run(nlp, text, rels)
    a, b = sorted(atts, key=lambda a: a.cue_spans[0][0])
    assert (a.source == b.source) is same

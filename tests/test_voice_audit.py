"""Sentence voice, a seventh audit of unseen texts (2026-12-06, seed 5353; docs/history/voice.md):
a question in the running text of a letter is no question head, a sentence the page wrapped
over lines is one sentence, a link to the rest of a story is no sentence of the outlet's, and
a line closed by a colon that frames an attribution is its frame, not a section's head."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprov.record import Record


def voices_with(rec: Record, piece: str) -> list[str]:
    """The voices of the record's sentences that hold ``piece``."""
    return [s.voice for s in rec.sentences if piece in rec.text[s.span[0] : s.span[1]]]


# (text, a piece of a sentence, that sentence's voice)
QUESTIONS = [
    # an explainer: each question its own paragraph, its answer the paragraph after it
    (
        "The inquiry began in May.\n\nWho is leading the inquiry?\n\nA former judge leads it."
        "\n\nHas anyone been charged?\n\nNobody has been charged so far.\n",
        "Who is leading",
        "other",
    ),
    # an answer paragraph of two sentences on a line, with no blank line
    (
        "The inquiry began in May.\nWho is leading the inquiry?\nA former judge leads it. She"
        " was named in June.\nHas anyone been charged?\nNobody has been charged. Two people"
        " were questioned.\n",
        "Has anyone",
        "other",
    ),
    # an interview's questions labelled "Q:" answered by one sentence each
    (
        "The senator sat down with us.\nQ: Have you talked to her?\nA: Not yet.\n"
        "Q: Will you vote for the bill?\nA: I will.\n",
        "Q: Have you",
        "other",
    ),
    # negatives: a letter that writes each sentence on a line of its own, no blank line
    (
        "For months I have read the lies about our mayor.\nWhere was the outrage?\n"
        "Then there are those who blamed her for the storm.\nWhere has the fair reporting"
        " been?\nIt is one thing to disagree with her views.\n",
        "Where was the outrage",
        "outlet-evaluative",
    ),
    (
        "For months I have read the lies about our mayor.\nWhere was the outrage?\n"
        "Then there are those who blamed her for the storm.\nWhere has the fair reporting"
        " been?\nIt is one thing to disagree with her views.\n",
        "fair reporting",
        "outlet-evaluative",
    ),
]

WRAPPED = [
    # a note the page wrapped mid-sentence: one sentence, the outlet's judgement
    (
        "The rally ended at noon.\n\nEditor's note: the mayor regularly\nmakes\nbaseless claims"
        " and is a reckless,\nshameless liar who has\nrepeatedly attacked the press.",
        "makes",
        "outlet-evaluative",
    ),
    (
        "The council met on Monday.\n\nThe board said that the new rules would apply to\nall"
        " schools in the county from next year.",
        "all schools",
        "attributed",
    ),
    # negatives: a title over a date line; a line closed by a full stop; a capital after it
    (
        "Jury finds suspect guilty\non April 30, 2008 at 4:31 AM\nThe jury found him guilty"
        " of murder on Tuesday.",
        "on April 30",
        "other",
    ),
    (
        "The council met on Monday.\nthe vote was close.\nIt ended in June.",
        "the vote was close",
        "outlet-factual",
    ),
    (
        "The council met on Monday in the hall of\nThe vote was close.\nIt ended in June.",
        "The vote was close",
        "outlet-factual",
    ),
]

LINKS = [
    ("The fund grew in May.\n\nRead the rest here.\n\nThe fund is run by a bank.", "rest", "other"),
    ("The fund grew in May.\n\nRead it all here.", "Read it all", "other"),
    (
        "The fund grew in May, the paper reported.\n\nRead the rest of the story at The Daily"
        " Courier.",
        "Read the rest",
        "other",
    ),
    # negatives: a sentence in running text; a line telling the reader to read a document
    (
        "The fund grew in May. Read the rest here.\n\nThe fund is run by a bank.",
        "Read the rest",
        "outlet-factual",
    ),
    (
        "The fund grew in May.\n\nRead the full ruling before you judge the judge.\n\nIt runs"
        " to forty pages.",
        "full ruling",
        "outlet-factual",
    ),
]

COLON_FRAMES = [
    # a line that names a columnist and holds the cue frames the paragraphs under it
    (
        'The debate went on late.\n\nFrom Jane Roe writing at The Daily Courier:\n\n"The'
        " debate tonight turned into a shouting match over taxes.\n\nRead the rest here.",
        "From Jane Roe",
        "attributed",
    ),
    # negatives: the formula "as follows:" heads a transcript; a head with no cue in it
    (
        "The senator spoke on Sunday.\nPartial transcript as follows:\nHOST: Welcome back.",
        "Partial transcript",
        "other",
    ),
    (
        "The prison opened in 1994.\nAbout the prison:\nCells are eight feet by twelve.",
        "About",
        "other",
    ),
]


@pytest.mark.parametrize(("text", "piece", "voice"), QUESTIONS + WRAPPED + LINKS + COLON_FRAMES)
def test_seventh_audit(analyze: Callable[..., Record], text: str, piece: str, voice: str) -> None:
    rec = analyze(text)
    got = voices_with(rec, piece)
    assert got and all(v == voice for v in got), got


def test_wrapped_sentence_is_one(analyze: Callable[..., Record]) -> None:
    rec = analyze(WRAPPED[0][0])
    held = [s for s in rec.sentences if "makes" in rec.text[s.span[0] : s.span[1]]]
    assert len(held) == 1
    assert rec.text[held[0].span[0] : held[0].span[1]].startswith("Editor's note:")
    assert rec.text[held[0].span[0] : held[0].span[1]].endswith("attacked the press.")

"""Sentence voice, an eighth audit of unseen texts (2026-12-06, seed 5454; docs/history/voice.md):
an archive's title closed by a semicolon and its deck, a list's item ending on "or" (no heading), the reporters' places closing a story,
"likely" alone as a predicate, a quotation's tag with a clause of its circumstance (and, since
the second round, a reported clause's tag with one, and a quotation its tag's content left out), three
plain senses ("species threatened with extinction", "clashes erupting", "ducked down"), and the outlet's
stock verdicts ("less than thrilled", "easier said than done", "not entirely the city's
fault")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprov.record import Record


def voices_with(rec: Record, piece: str) -> list[str]:
    """The voices of the record's sentences that hold ``piece``."""
    return [s.voice for s in rec.sentences if piece in rec.text[s.span[0] : s.span[1]]]


BODY = "The council passed the budget on Tuesday after a long debate.\n\nMembers left at noon."

# (text, a piece of a sentence, that sentence's voice)
SEMICOLON_TITLES = [
    (
        "Council backs budget in late vote; \nMayor says cuts will wait.\n\n" + BODY,
        "backs",
        "other",
    ),
    (
        "Council backs budget in late vote; \nMayor says cuts will wait.\n\n" + BODY,
        "Mayor",
        "other",
    ),
    ("Council backs budget in late vote; \n\n" + BODY, "Council backs", "other"),
    # negatives: the body under it; a line under the title that runs into the body with no
    # blank line; a semicolon line further down; a text of one line
    (
        "Council backs budget in late vote; \nMayor says cuts will wait.\n\n" + BODY,
        "passed",
        "outlet-factual",
    ),
    (
        "Council backs budget; \nThe council passed the budget on Tuesday after a debate.\n"
        "Members left at noon.",
        "passed",
        "outlet-factual",
    ),
    (
        "The council met on Tuesday.\n\nCouncil passes budget in late vote; \n\n" + BODY,
        "passes",
        "outlet-factual",
    ),
]

CREDITS = [
    (BODY + "\n\nRoe reported from Springfield; Doe, from Washington.", "Roe reported", "other"),
    (
        BODY + "\n\nRoe reported from Springfield. Jane Doe contributed from Boston.",
        "Doe contributed",
        "other",
    ),
    # negatives: an outlet's name, which opens with "The"; the same line far from the end
    (BODY + "\n\nThe Daily Courier reported from Springfield.", "Courier", "outlet-factual"),
    (
        "Roe reported from Springfield that the council passed the budget.\n\nA vote followed."
        "\n\nMembers left.\n\nThe mayor spoke.\n\nThe clerk read the bill.",
        "Roe reported",
        "attributed",
    ),
]

HEDGES = [
    ("The council met on Tuesday. Neither outcome is likely.", "Neither", "outlet-evaluative"),
    ("The council met on Tuesday. A deal now seems unlikely.", "deal", "outlet-evaluative"),
    # negatives: a forecast with its infinitive, the adjective before a noun, a comparison
    ("The council met on Tuesday. He is likely to win the seat.", "win", "outlet-factual"),
    ("The council met on Tuesday. Likely voters filled the hall.", "voters", "outlet-factual"),
    ("The council met on Tuesday. Turnout was more likely than not.", "Turnout", "outlet-factual"),
]

TAGS = [
    ('"We need a new road," Roe told a crowd that filled the hall.', "filled", "attributed"),
    ('"The road is late," Roe said at the fair as she sat at a table.', "sat", "attributed"),
    # negatives: a clause of the outlet's joined to the tag; no quotation
    (
        '"The road is late," Roe said, and the council voted to cut the road budget by half'
        " on Tuesday afternoon after a long and angry meeting of its members.",
        "voted",
        "outlet-factual",
    ),
    ("Roe spoke at the fair as she sat at a table.", "sat", "outlet-factual"),
    # a condition is the writer's own; a clause on a noun of the outlet's own verb
    (
        "If we lived in calmer times, with some grounding in the history of this town and its"
        ' roads, a reader would now ask: "Why?"',
        "calmer",
        "outlet-factual",
    ),
    (
        '"No," Roe said, leaving the hall to visit Elm Street, where the old road has long been'
        " closed to all traffic.",
        "Elm",
        "outlet-factual",
    ),
]

#: A report's tag beside its statement (since the second round of session 54): a clause of time
#: or place on the cue of a reported clause, as on a quotation's; and a quotation the tag's
#: content left out ('"agreed that ...," which is "resolved to ...," the statement said').
REPORT_TAGS = [
    (
        "As she shook hands with voters on Sunday in the square, Roe repeated her belief that"
        " the road will open in May.",
        "shook",
        "attributed",
    ),
    (
        "While the council met downstairs, Roe told reporters that the road was late.",
        "met",
        "attributed",
    ),
    (
        'The two mayors "agreed that the state ought not to close the old bridge," which is'
        ' "needed for the whole valley and its farms," the joint statement said.',
        "mayors",
        "attributed",
    ),
    # negatives: a reason is the outlet's; a clause of the outlet's own verb; a tag's short
    # quotation beside the outlet's clause; quotations with no tag in the sentence
    (
        "Because the council cut the road budget by half last spring, Roe said that the road"
        " will be late.",
        "spring",
        "outlet-factual",
    ),
    (
        "Roe said that the road will be late, and the council voted to cut its budget by half"
        " on Tuesday after a long and angry meeting.",
        "voted",
        "outlet-factual",
    ),
    (
        'Roe said "no," and the council voted on Tuesday to cut the road budget by half after a'
        " long and angry meeting of its members.",
        "voted",
        "outlet-factual",
    ),
    (
        'The two mayors "agreed that the state ought not to close the old bridge," and the state'
        " closed it on Monday anyway after a long review of the roads of the valley.",
        "Monday",
        "outlet-factual",
    ),
]

SENSES = [
    (
        "The agency cut protection for species threatened with extinction.",
        "species",
        "outlet-factual",
    ),
    (
        "The march reached the square with the first clashes erupting at noon.",
        "clashes",
        "outlet-factual",
    ),
    ("The senator ducked down for photos with the crowd.", "senator", "outlet-factual"),
    ("The senator ducked into a waiting car.", "senator", "outlet-factual"),
    # negatives: a threat glossed, a feud erupting, a question ducked
    ("The mayor threatened the council with a lawsuit.", "mayor", "outlet-evaluative"),
    ("A bitter feud erupting over the budget split the council.", "feud", "outlet-evaluative"),
    ("The senator ducked the question on taxes.", "senator", "outlet-evaluative"),
]


LIST_ITEMS = [
    (
        "The rule lets agencies skip the review:\nWhere the action has no effect on a species, or"
        "\nWhere the action is wholly beneficial.\nIt takes effect in May.",
        "no effect",
        "outlet-factual",
    ),
    # negative: a sub-head with no closing punctuation
    (
        "The rule lets agencies skip the review.\nWhat the rule changes\nIt takes effect in May.",
        "What the rule",
        "other",
    ),
]

VERDICTS = [
    ("Environmentalists are less than thrilled by the rule.", "thrilled", "outlet-evaluative"),
    (
        "The council met on Tuesday. That may be easier said than done.",
        "easier",
        "outlet-evaluative",
    ),
    ("The council met on Tuesday. And for good reason.", "reason", "outlet-evaluative"),
    (
        "The council met on Tuesday. This is not entirely the city's fault.",
        "fault",
        "outlet-evaluative",
    ),
    # negatives: "less than" before a number, a fault line, a reason named plainly
    ("Turnout was less than ten percent.", "Turnout", "outlet-factual"),
    ("The quake struck along a fault line.", "quake", "outlet-factual"),
    ("The bridge was closed for a reason nobody gave.", "bridge", "outlet-factual"),
]


@pytest.mark.parametrize(
    ("text", "piece", "voice"),
    SEMICOLON_TITLES + CREDITS + HEDGES + TAGS + REPORT_TAGS + SENSES + VERDICTS + LIST_ITEMS,
)
def test_eighth_audit(analyze: Callable[..., Record], text: str, piece: str, voice: str) -> None:
    rec = analyze(text)
    got = voices_with(rec, piece)
    assert got and all(v == voice for v in got), got

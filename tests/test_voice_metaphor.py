"""Conflict metaphors (``metaphor`` cues) and the named speech act's modifiers: invented
sentences, each with its literal or plain look-alike."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprov.record import Record

# a word of war or violence on a bill, a party, a programme or a person in politics
METAPHORS = [
    ("Republicans have raided Medicare to pay for the plan.", "raided"),
    ("The ad is an assault on the governor's record.", "assault"),
    ("The ruling will give his critics added ammunition.", "ammunition"),
    ("She pulled no punches in the debate over the budget.", "pulled no punches"),
    ("The verdict helped fuel the anger in the city.", "fuel"),
    ("Small unions would be in the cross hairs of the new governor.", "cross hairs"),
    ("The leaders made a last-ditch effort to save the bill.", "last-ditch"),
    ("The senator used the same words to beat up on his rival.", "beat up"),
    ("The lane closures were political payback for the mayor's refusal.", "payback"),
    # a verb of hitting, as "pummel" and "batter" (an audit of unseen texts, 2026-12-05)
    ("The group plans to hammer the senator with ads in the fall.", "hammer"),
    ("Republicans hammered the governor's budget all week.", "hammered"),
]

# the literal event (crime, war, sport), a term, or no political argument
LITERAL = [
    "Police raided the house on Tuesday.",
    "The gunman attacked the officers outside the store.",
    "The troops ran out of ammunition near the border.",
    "The personnel, arms, ammunition and equipment were handed over.",
    "The attack on the consulate killed four people.",
    "The president renewed the assault weapons ban.",
    "The boxer pulled no punches in the third round.",
    "The payback period for the loan is five years.",
    "Cheap credit helped fuel demand for new cars.",
    "The dog attacked a child in the park.",
    "Soldiers raided the compound at dawn.",
    "He was charged with assault on a police officer.",
    # the armed groups and towns of war reporting: no metaphor to read
    "The coalition wants to besiege ISIS on every front.",
    # "hammer" with a particle: a deal worked out, a point pressed; and the literal blow
    "The two parties hammered out a deal on the budget late on Friday.",
    "The senator hammered home the message in every speech.",
    # the passive, "home" read as an adverb (an audit of unseen PolNeAR dev articles)
    "The party's stance on the alliance is hammered home to voters every week.",
    "The storm hammered the coast for a second day.",
    # "attack" as criticism is a plain sense of campaign reporting, no metaphor of the outlet's
    "The mayor stepped up his attacks on the council for its spending.",
    "The group is running an ad attacking the governor.",
]


@pytest.mark.parametrize(("sentence", "cue"), METAPHORS)
def test_conflict_metaphor(analyze: Callable[..., Record], sentence: str, cue: str) -> None:
    rec = analyze(sentence)
    (sent,) = [s for s in rec.sentences if s.voice != "other"]
    assert sent.voice == "outlet-evaluative", rec.text
    assert any(cue in rec.text[a:b] for a, b in sent.cues), sent.cues


@pytest.mark.parametrize("sentence", LITERAL)
def test_literal_conflict_is_no_cue(analyze: Callable[..., Record], sentence: str) -> None:
    rec = analyze(sentence)
    assert all(s.voice != "outlet-evaluative" for s in rec.sentences), [
        rec.text[a:b] for s in rec.sentences for a, b in s.cues
    ]

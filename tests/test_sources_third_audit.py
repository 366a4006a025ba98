"""Sources: the forms a third audit of unseen articles (20 ECB+ texts of topics 1-4 and 10-14,
10 PolNeAR train and 10 NewsWCL50 texts no earlier audit read) found resolved or typed wrong:
a first name the tagger took for a place after a title, a registry form ending another paper's
name, an outlet's own word tagged a person, a list's dash on a name, a sentence's opening
common word tagged a person, a public body's name tagged a person, a surname the tagger left
after a first name, a quotation whose opening mark the article dropped, a surname after a
closing quote mark tagged a title and its party apposed, and the speaker listed with another.

Every row runs :func:`newsprov.analysis.sources.resolve` on invented sentences with hand-made
candidates; where the tagger tags an invented sentence otherwise than it tagged the article,
``tags`` gives the article's tags. Negative rows keep each rule from reaching too far.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsprov.analysis.sources import quoted_speech
from tests.source_rows import last_source, rel, source_rows_test
from tests.test_sources import run

# (text, [(source, cue)], tags, expected (name, kind, title) of the last attribution's source)
FORMS = [
    # a first name tagged a place after a title, the surname untagged: the whole name, and
    # a later surname alone is the president's, called by it alone before
    ('President Trump spoke on Monday. Trump and first lady Melania Trump greeted the guests. '
     '"We were honored," Trump said. First lady Melania Trump said that the dinner was ready.',
     [("Trump@4", "said")], {"Melania": "GPE", "Melania Trump@2": "PERSON"},
     ("Trump", "person", "President")),
    ('President Trump spoke on Monday. Trump and first lady Melania Trump greeted the guests. '
     '"We were honored," Trump said. First lady Melania Trump said that the dinner was ready.',
     [("Trump and first lady Melania Trump", "greeted")],
     {"Melania": "GPE", "Melania Trump@2": "PERSON"},
     ("Melania Trump", "person", "first lady")),
    # negative: a place before a title is no first name ("London Mayor Sadiq Khan")
    ("London Mayor Sadiq Khan said that the march would go ahead.",
     [("London Mayor Sadiq Khan", "said")], None, ("Sadiq Khan", "person", "London Mayor")),
    # a registry form ending another paper's name: that paper, not the registry's
    ("The Kodiak Daily News reported that the mill had closed. The newspaper said that "
     "forty people lost their jobs.",
     [("The Kodiak Daily News", "reported"), ("The newspaper", "said")], None,
     ("Kodiak Daily News", "outlet", None)),
    # negative: the registry's own paper, with and without its city
    ("The Daily News reported that the mill had closed.",
     [("The Daily News", "reported")], None, ("New York Daily News", "outlet", None)),
    ("The New York Daily News reported that the mill had closed.",
     [("The New York Daily News", "reported")], None, ("New York Daily News", "outlet", None)),
    # an outlet's own word after its name, tagged a person: the outlet's, no person
    ("Ann Pell, a reporter for the USA TODAY NETWORK, asked the senator about the vote. He "
     "said that he would endorse her.",
     [("He", "said")], {"NETWORK": "PERSON"}, ("the senator", "person", None)),
    # a list's dash left on a name by the tokenizer is no part of it
    ("Links to the best of the week:\n-Dana Whitcombe assesses the odds in Ohio.\n",
     [("-Dana Whitcombe", "assesses")], None, ("Dana Whitcombe", "person", None)),
    # negative: a hyphen inside a name stays
    ("Dana Whitcombe-Hale assesses the odds in Ohio.",
     [("Dana Whitcombe-Hale", "assesses")], None, ("Dana Whitcombe-Hale", "person", None)),
    # a sentence's opening word tagged a person, written in lower case elsewhere: no one's name
    ("Arson is suspected in the fire at the barn Governor Ann Pell owns. She visited the barn "
     "on Sunday to thank the firefighters. Investigators are considering arson.",
     [("She", "visited")], {"Arson": "PERSON"}, ("Ann Pell", "person", "Governor")),
    # negative: a surname written capitalised mid-sentence too stays a person's ("Rice")
    ("Ruth Rice grows grain in the valley. Rice said that the rice was wet this year.",
     [("Rice@2", "said")], {"Rice@2": "PERSON"}, ("Ruth Rice", "person", None)),
    # a public body's name tagged a person: an organization
    ("Kent Police said that the road would stay closed until Monday.",
     [("Kent Police", "said")], {"Kent Police": "PERSON"}, ("Kent Police", "organization", None)),
    # negative: a surname that is also a public place's word ("Court") stays a person's
    ("Margaret Court said that the match would go ahead.",
     [("Margaret Court", "said")], {"Margaret Court": "PERSON"},
     ("Margaret Court", "person", None)),
    # a listed first name tagged alone, the surname after it untagged: the whole name
    ("Team spokesman Tim Mead confirmed that the offer was withdrawn.",
     [("Team spokesman Tim Mead", "confirmed")], {"Tim": "PERSON"},
     ("Tim Mead", "person", "Team spokesman")),
    # negative: a role word after the first name is no surname
    ("Team spokesman Tim Director confirmed that the offer was withdrawn.",
     [("Team spokesman Tim Director", "confirmed")], {"Tim": "PERSON"},
     ("Team spokesman Tim Director", "person", None)),
]  # fmt: skip


test_third_audit_forms = source_rows_test(FORMS)


# (text, quoted passages expected, as text)
QUOTED = [
    # a quotation whose opening mark the article dropped: the narrative after its closing mark
    # is not paired with the next opening mark
    ('They will have trouble before," Kessler said at a meeting in the office. "You can mark '
     'it down, all of it."',
     ['You can mark it down, all of it.']),
    # negative: quotations written whole are quoted speech, typographic marks too
    ('"We will have trouble before long," Kessler said. “You can mark it down, all of it.”',
     ['We will have trouble before long,', 'You can mark it down, all of it.']),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_quoted_speech_pairs_marks_by_their_side(text: str, expected: list[str]) -> None:
    assert [text[a:b].strip('"“”') for a, b in quoted_speech(text, [])] == expected


# (text, [(source, cue)], tags, expected (name, kind) of the last attribution's source)
SPEAKERS = [
    # a surname after a closing quote mark tagged a title, with its party apposed: the person
    ('Governor Ann Pell signed the bill on Friday. "This is good news for the county," Pell, '
     'a Republican, wrote.',
     [("a Republican", "wrote")], {"Pell@2": "WORK_OF_ART", "Republican": "NORP"},
     ("Ann Pell", "person")),
    # negative: a party member apposed to no person's name stays a source of its own
    ('"This is good news for the county," the aide, a Republican, wrote.',
     [("a Republican", "wrote")], {"Republican": "NORP"}, ("Republican", "person")),
    # the speaker listed with another: a group
    ('"Ann and myself have agreed that the plan works," Kessler said.',
     [("Ann and myself", "have agreed")], None, ("Ann and myself", "group")),
    # negative: "or" lists no group; the other alone is not one
    ('"Ann or myself will decide whether the plan works," Kessler said.',
     [("Ann", "will decide")], None, ("Ann", "person")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rels", "tags", "expected"), SPEAKERS)
def test_third_audit_speakers(
    nlp: Language,
    text: str,
    rels: list[tuple[str, str]],
    tags: dict[str, str] | None,
    expected: tuple[str, str],
) -> None:
    assert last_source(nlp, text, [rel(text, s, c) for s, c in rels], tags)[:2] == expected


# (text, source, cue, recipient or None, tags, expected (name, kind) of the source, or of the
# recipient when one is given)
SPANS = [
    # a preposition with a date says when, not who: no part of the description
    ("Festival organizers on Friday named the host of the gala.",
     "Festival organizers", "named", None, None, ("Festival organizers", "group")),
    # negative: a place's preposition stays in it
    ("Festival organizers in Cannes named the host of the gala.",
     "Festival organizers in Cannes", "named", None, None,
     ("Festival organizers in Cannes", "group")),
    # a recipient span that ran into the day after a name: the name
    ("Sean Hale interviewed Donald Trump in Austin. Hale asked Trump Wednesday if the wall was "
     "still planned.",
     "Hale@2", "asked", "Trump Wednesday", {"Trump@2": "PERSON", "Wednesday": "DATE"},
     ("Donald Trump", "person")),
    # negative: a surname that names a day, tagged with the name, stays whole
    ("Sean Hale interviewed Ann Friday in Austin. Hale asked Ann Friday if the wall was still "
     "planned.",
     "Hale@2", "asked", "Ann Friday@2", {"Ann Friday": "PERSON", "Ann Friday@2": "PERSON"},
     ("Ann Friday", "person")),
    # a person's name on a headline before an organization noun: the person's body
    ("Ann Pell Campaign Wants A New Chair\nAnn Pell's campaign said that it wants a new chair.",
     "Ann Pell Campaign", "Wants", None, None, ("Ann Pell Campaign", "organization")),
    # negative: a headline's verb after the name leaves the person
    ("Ann Pell Campaigns In Ohio Today\nAnn Pell said that the race was close.",
     "Ann Pell Campaigns", "Campaigns", None, None, ("Ann Pell", "person")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "cue", "recipient", "tags", "expected"), SPANS)
def test_third_audit_spans(
    nlp: Language,
    text: str,
    source: str,
    cue: str,
    recipient: str | None,
    tags: dict[str, str] | None,
    expected: tuple[str, str],
) -> None:
    r = {"source": source, "cue": cue, "content": text[text.index(cue) + len(cue) :].strip()}
    if recipient:
        r["recipient"] = recipient
    _, atts, by_id = run(nlp, text, [r], tags)
    src = by_id[(atts[0].recipient if recipient else atts[0].source) or ""]
    assert (src.name, src.kind) == expected


# (text, [(source, cue)], expected (name, kind) of the last attribution's source)
FIRMS = [
    # a firm's name joined by "&": its first words alone, tagged a person, are the firm
    ("He got an offer from Echo Point Books & Media, a small publisher. Echo Point said that "
     "the book would sell.",
     [("Echo Point@2", "said")], ("Echo Point Books & Media", "organization")),
    ("Investors sued Procter & Gamble on Monday. Procter said that the claim was false.",
     [("Procter@2", "said")], ("Procter & Gamble", "organization")),
    # negative: a person the text names in full keeps the surname ("Tom Johnson")
    ("Actor Tom Johnson sued Johnson & Johnson on Monday. Johnson said that the powder was "
     "unsafe.",
     [("Johnson@4", "said")], ("Tom Johnson", "person")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rels", "expected"), FIRMS)
def test_firm_joined_by_ampersand(
    nlp: Language, text: str, rels: list[tuple[str, str]], expected: tuple[str, str]
) -> None:
    _, atts, by_id = run(nlp, text, [rel(text, s, c) for s, c in rels])
    src = by_id[atts[-1].source or ""]
    assert (src.name, src.kind) == expected


# (text, [(source, cue)], expected (name, kind, title) of the last attribution's source)
TITLES = [
    # a plural in lower case before one name (a headline's verb the parse compounded onto the
    # name) is no title: the mayor is not Trump
    ("Leeds's Muslim mayor rebuffs Trump on 'exception' to ban; \nSpurns offer, blasts "
     "'ignorant view of the faith.'\n\nThe city's new mayor on Tuesday rejected Republican "
     "presidential candidate Donald Trump's offer to make an exception.",
     [("The city's new mayor", "rejected")], ("The city's new mayor", "person", None)),
    # negative: a title ending in a role noun stays
    ("Leeds Mayor Ann Pell rejected the offer to make an exception.",
     [("Leeds Mayor Ann Pell", "rejected")], ("Ann Pell", "person", "Leeds Mayor")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rels", "expected"), TITLES)
def test_plural_before_a_name_is_no_title(
    nlp: Language, text: str, rels: list[tuple[str, str]], expected: tuple[str, str, str | None]
) -> None:
    _, atts, by_id = run(nlp, text, [rel(text, s, c) for s, c in rels])
    src = by_id[atts[-1].source or ""]
    assert (src.name, src.kind, src.title) == expected


# (text, [(source, cue)], expected (name, kind) of the last attribution's source)
EXTENTS = [
    # the occasion of a saying is no part of a description
    ("Top council staff in a briefing with reporters said that the country was complying.",
     [("Top council staff", "said")], ("Top council staff", "anonymous")),
    # negative: a place's preposition stays
    ("Top council staff in the capital said that the country was complying.",
     [("Top council staff", "said")], ("Top council staff in the capital", "anonymous")),
    # a clause set off by a comma inside the modifiers is no part of the description
    ("Candidates seeking the nomination, which is due in May, said that the deal was bad.",
     [("Candidates", "said")], ("Candidates seeking the nomination", "group")),
    # negative: the modifiers before it stay
    ("Candidates seeking the nomination said that the deal was bad.",
     [("Candidates", "said")], ("Candidates seeking the nomination", "group")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rels", "expected"), EXTENTS)
def test_description_extent(
    nlp: Language, text: str, rels: list[tuple[str, str]], expected: tuple[str, str]
) -> None:
    _, atts, by_id = run(nlp, text, [rel(text, s, c) for s, c in rels])
    src = by_id[atts[-1].source or ""]
    assert (src.name, src.kind) == expected


# (text, source, cue, expected (name, kind) of the source)
WHOSE = [
    # a description whose "whose" stands for a noun before it is named with that noun
    ("The plan was criticized by Governor Ann Pell, whose administration warned of arrests.",
     "whose administration", "warned of", ("Governor Ann Pell's administration", "organization")),
    # negative: a description with no "whose" keeps its words
    ("The plan was criticized by Governor Ann Pell. Her administration warned of arrests.",
     "Her administration", "warned of", ("Her administration", "organization")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "cue", "expected"), WHOSE)
def test_whose_description_is_named_by_its_noun(
    nlp: Language, text: str, source: str, cue: str, expected: tuple[str, str]
) -> None:
    _, atts, by_id = run(nlp, text, [rel(text, source, cue)])
    src = by_id[atts[-1].source or ""]
    assert (src.name, src.kind) == expected

"""Attribution candidates, behaviour tables of cues: how far a cue reaches, light verbs and
clause cues, gerunds on statements."""

from __future__ import annotations

import pytest

from newsprov.analysis import Analyzer
from tests.attribution_support import Extract, by_cue, candidate_extractor, span_text


@pytest.fixture(scope="module")
def cands(analyzer: Analyzer) -> Extract:
    """Candidates of a text, from the model's parse and the dateline (the stages before)."""
    return candidate_extractor(analyzer)


# -- behaviour table: how far the cue reaches ---------------------------------------------------

CUE_EXTENTS = [
    ("The company said in a statement that it would appeal.", "said", "said in a statement"),
    (
        '"We will appeal," the company said in a written statement.',
        "said",
        "said in a written statement",
    ),
    # a press release is a published statement (nouns.CUE_CHANNEL_NOUNS)
    (
        '"Profits have doubled," the company said in a press release.',
        "said",
        "said in a press release",
    ),
    (
        '"We will appeal," the company stated in a news release.',
        "stated",
        "stated in a news release",
    ),
    # ... not the release of something, nor a verb "released" after the channel noun
    (
        "The lawyer wrote in a letter released Friday that the client would appeal.",
        "wrote",
        "wrote",
    ),
    # a social network: posting on it is the saying
    ("The senator wrote on Twitter that the bill was dead.", "wrote", "wrote on Twitter"),
    ('"The bill is dead," the senator said on Facebook.', "said", "said on Facebook"),
    (
        "The mayor suggested on social media that the bridge would close.",
        "suggested",
        "suggested on social media",
    ),
    # negative cases: a broadcaster, a day, a network's page
    ("The senator said on CNN that the bill was dead.", "said", "said"),
    ("The senator said on Monday that the bill was dead.", "said", "said"),
    ("The senator wrote on her Facebook page that the bill was dead.", "wrote", "wrote"),
    # a manner phrase right after the verb is part of the saying (nouns.manner) ...
    ('"We will win," the senator said with a grin.', "said", "said with a grin"),
    ('"It is over," the mayor said with a loud laugh.', "said", "said with a loud laugh"),
    # ... not a partner, a noun with a clause, nor one held in the content
    ("The mayor agreed with the senator that the bill was dead.", "agreed", "agreed"),
    ('"We won," the mayor said with a voice that shook.', "said", "said"),
    # an interview, an email, a speech is the occasion or medium, not the cue
    ("The company said in an interview that it would appeal.", "said", "said"),
    ('"We will appeal," the senator said in a telephone interview.', "said", "said"),
    ("The lawyer wrote in an email that the client would appeal.", "wrote", "wrote"),
    ("The governor said in a speech that the budget was balanced.", "said", "said"),
    ("The governor said Friday that the budget was balanced.", "said", "said Friday"),
    ("The governor has also said that the budget was balanced.", "said", "has also said"),
    ("Clinton has forcefully condemned the proposal.", "condemned", "has forcefully condemned"),
    ("Sanders said repeatedly that the system was rigged.", "said", "said repeatedly"),
    ("The mayor just said that the budget was balanced.", "said", "just said"),
    # "just" on another word is not the verb's
    ("Just two senators said that the budget was balanced.", "said", "said"),
    # a manner word the parse took for a clause ("stiffly" a ccomp verb) is no content
    (
        "“We advocated for constituents who were applying for grants,” Mr. Ryan said stiffly.",
        "said",
        "said stiffly",
    ),
    # a clause the parse hung on the channel noun is no part of the channel phrase
    (
        "Trump senior communications adviser Jason Miller said in a statement that the report "
        "was false.",
        "said",
        "said in a statement",
    ),
    # a verb whose subject does the reporting, right before it, is part of the cue
    ("The senator tried to explain why the rules had changed.", "explain", "tried to explain"),
    ("The mayor began to argue that the budget was balanced.", "argue", "began to argue"),
    ("The mayor went on to say that the budget was balanced.", "say", "went on to say"),
    ("She went on to criticize the committee's budget.", "criticize", "went on to criticize"),
    ("The senator then went on to argue that taxes must rise.", "argue", "went on to argue"),
    # an infinitive of purpose close after its verb: the cue runs from that verb
    # (verbcues._purpose_of; "go" to a place as well as "go on to")
    (
        "The mayor went to the rally to argue that taxes must rise.",
        "argue",
        "went to the rally to argue",
    ),
    (
        "The senator tweeted on Friday to say that the bill had failed.",
        "say",
        "tweeted on Friday to say",
    ),
    # ... not over a longer stretch, nor across a comma
    (
        "The mayor went to the big rally in the park downtown to argue that taxes must rise.",
        "argue",
        "to argue",
    ),
    ("The senator spoke for an hour, to argue that the bill had failed.", "argue", "to argue"),
    (
        "The governor has continued to insist that the budget is balanced.",
        "insist",
        "has continued to insist",
    ),
    ("The union is poised to endorse the senator.", "endorse", "is poised to endorse"),
    # a gerund right after "by" on the verb before it ("began by saying")
    ("The mayor began by saying that the budget was balanced.", "saying", "began by saying"),
    (
        "The official responded first by asking whether the plan was legal.",
        "asking",
        "responded first by asking",
    ),
    # ... not with a time word or an object between
    ("Sanders countered Sunday by suggesting that the deal was bad.", "suggesting", "suggesting"),
    ("She followed that by saying that the plan had failed.", "saying", "saying"),
    # a gerund right after "in" on the verb or adjective before it ("joined ... in criticizing")
    (
        "The senator joined other Republicans in criticizing the deal.",
        "criticizing",
        "joined other Republicans in criticizing",
    ),
    ("The party was united in supporting the nominee.", "supporting", "was united in supporting"),
    # ... not when the verb comes after, nor across a comma
    ("In opposing the bill, the senator said it was costly.", "opposing", "opposing"),
    # a controlling verb that is a cue of its own keeps its own relation ("declined" reports
    # "to criticize the new rules"; PolNeAR marks it so 97 times in train, as one cue 60), and
    # the act it governs is its content, no relation of its own (test_attribution_mood.py)
    ("The senator declined to criticize the new rules.", "declined", "declined"),
    ("The senator is likely to criticize the new rules.", "criticize", "is likely to criticize"),
    # a raising verb that gives way to the cue verb it governs joins its cue
    ("The senator seemed to blame the governor for the delay.", "blame", "seemed to blame"),
    ("The report appears to show that costs rose.", "show", "appears to show"),
    # ... and is a cue alone when the verb it governs is none
    ("The plan seemed to carry little weight with the judges.", "seemed", "seemed"),
    # negatives: a channel, time phrase or adverb away from the verb stays out
    ("Ironically, the governor said that the budget was balanced.", "said", "said"),
    # ... and so do a verb of object control ("led her to declare") and one set off by commas
    ("The defeat led the senator to declare that the race was over.", "declare", "to declare"),
    (
        "The senator chimed in, breaking with her party, to argue that the rules were unfair.",
        "argue",
        "to argue",
    ),
    ("In a statement, the company said that it would appeal.", "said", "said"),
    ("The governor said that on Friday the budget was balanced.", "said", "said"),
    # the cue is one stretch from the auxiliary to the verb, over the adverbs between
    ("The senator has not yet responded to the letter.", "responded", "has not yet responded to"),
    ("The governor has since said that the budget was balanced.", "said", "has since said"),
    (
        "The senators have in fact reported that the budget was balanced.",
        "reported",
        "have in fact reported",
    ),
    (
        "The senators have, however, argued that the budget was balanced.",
        "argued",
        "have, however, argued",
    ),
    # ... not over another report set inside the verb group: the cue is one stretch, the
    # piece holding the verb (spans.one_stretch)
    (
        "The governor has, according to aides, said that the budget was balanced.",
        "said",
        "said",
    ),
    # a cue in pieces runs over the adverbs between them (spans.one_stretch) ...
    ("The senator talked more about the budget on Monday.", "talked", "talked more about"),
    ("They have both argued that the tax is unfair.", "argued", "have both argued"),
    (
        "The senators have all characterized the plan as a failure.",
        "characterized",
        "have all characterized",
    ),
    ("The governor focused almost solely on the economy.", "focused", "focused almost solely on"),
    (
        "The mayor was reluctant to weigh in so publicly on the dispute.",
        "weigh",
        "was reluctant to weigh in so publicly on",
    ),
    # ... and keeps its first piece when other words stand between: an object, a possessor,
    # an agent, a clause set off by commas
    ("The mayor asked Trump about the wall.", "asked", "asked"),
    ("Republicans expressed their support for the bill.", "expressed", "expressed"),
    (
        "He has been criticized by rivals for his remarks on trade.",
        "criticized",
        "has been criticized",
    ),
    (
        "A second view, which I share, is that the budget was never balanced.",
        "view",
        "A second view",
    ),
    # an auxiliary before the subject (a question, "nor") is no part of the cue
    ("Did the senator say that the budget was balanced?", "say", "say"),
    ("Nor did the governor say that the budget was balanced.", "say", "say"),
    ("Does he know that the budget was balanced?", "know", "know"),
    # a "modal" before a past or third-person verb is a misread word, mostly a name, no part of
    # the cue (verbs._false_modal); a modal before a bare verb is the cue's
    ("“The plan is dead,” Will wrote in his column.", "wrote", "wrote"),
    ("Will acknowledges that the plan is dead.", "acknowledges", "acknowledges"),
    ("The mayor will say that the plan is dead.", "say", "will say"),
    # "back", "forward", "ahead" right after the verb are its particle
    ("The senator fired back at the governor over the budget.", "fired", "fired back at"),
    ("“The budget is balanced,” the governor shot back.", "shot", "shot back"),
    ("Sanders is looking forward to the debate with Clinton.", "looking", "is looking forward to"),
    # ... not "back" before a time
    ("The governor said back in March that the budget was balanced.", "said", "said"),
    # a noun cue holds its determiner and adjectives, not its possessor (the source)
    ("The memo raised new questions about the deal.", "questions", "new questions about"),
    ("The assertion that the deal was legal was disputed.", "assertion", "The assertion"),
    ("Some assertions that the deal was legal were disputed.", "assertions", "Some assertions"),
    ("Clinton's claim that the deal was legal was disputed.", "claim", "claim"),
    # ... and so does a view noun before "is" (nouns.view_cues), not its possessor
    ("A second view is that the budget was never balanced.", "view", "A second view is"),
    ("The hope has been that the budget would balance itself.", "hope", "The hope has been"),
    ("The mayor's view is that the budget was never balanced.", "view", "view is"),
]


@pytest.mark.parametrize(("text", "cue", "extent"), CUE_EXTENTS)
def test_cue_extents(cands: Extract, text: str, cue: str, extent: str) -> None:
    text, found = cands(text)
    c = by_cue(text, found, cue)
    assert " … ".join(text[a:b] for a, b in c.cue) == extent


# -- behaviour table: light verbs by their object, "call for X to", embedded questions --------

LIGHT_AND_CLAUSE_CUES = [
    # a light verb is a cue by its object word, which joins the cue
    (
        "The senator made clear that she would not run again.",
        "made",
        "made clear",
        "that she would",
    ),
    (
        "Trump made the case that trade deals had hurt workers.",
        "made",
        "made the case",
        "trade deals",
    ),
    (
        "The governor took issue with the court's ruling.",
        "took",
        "took issue",
        "with the court's",
    ),
    (
        "Clinton expressed concern that the deal would cost jobs.",
        "expressed",
        "expressed concern",
        "the deal",
    ),
    # ... and so does a preposition right after that object which opens the content
    (
        "Party leaders expressed concern about the vote.",
        "expressed",
        "expressed concern about",
        "the vote",
    ),
    ("The governor made no mention of the budget.", "made", "made no mention of", "the budget"),
    # not a phrase of time or channel
    (
        "The union expressed concern on Monday about the plan.",
        "expressed",
        "expressed concern",
        "on Monday about the plan",
    ),
    (
        "The union expressed concern on a conference call about the plan.",
        "expressed",
        "expressed concern",
        "on a conference call about the plan",
    ),
    # "for" the parse made the mark of an adverbial clause is the prepositional frame
    (
        "Clinton is calling for the United States to step up its fight.",
        "calling",
        "is calling for",
        "the United States to step up",
    ),
    # a question the parse made an adverbial clause
    ("Reporters asked whether the deal was dead.", "asked", "asked", "whether the deal was dead"),
    ("He asked workers if they planned to attend the caucuses.", "asked", "asked", "if they"),
    # ... also right after the agent of a bare participle
    (
        "Asked by reporters if he would run again, the mayor said no.",
        "Asked",
        "Asked",
        "if he would run again",
    ),
    # a personal pronoun as the object word stays out of the cue, in the content ("it" of
    # "made it clear" is the cue's, above)
    (
        "The senator cast himself as an outsider in the race.",
        "cast",
        "cast",
        "himself as an outsider",
    ),
    ("The ad casts him as a career politician.", "casts", "casts", "him as a career politician"),
    ("The senator made it clear that she would run.", "made", "made it clear", "that she would"),
]
NOT_LIGHT_OR_CLAUSE_CUES = [
    # the same light verbs with an object that carries no speech or belief
    "The senator made a decision to leave the race.",
    "She took a look at the numbers before the vote.",
    "Voters will cast their ballots for the candidate they trust.",
    # a conditional "if" away from the verb is no question
    "The ruling could decide the case, even if it goes to the Supreme Court.",
]


@pytest.mark.parametrize(("text", "cue", "extent", "content"), LIGHT_AND_CLAUSE_CUES)
def test_light_and_clause_cues(
    cands: Extract, text: str, cue: str, extent: str, content: str
) -> None:
    text, found = cands(text)
    c = by_cue(text, found, cue)
    assert " … ".join(text[a:b] for a, b in c.cue) == extent
    assert content in " ".join(span_text(text, s) or "" for s in c.content)


@pytest.mark.parametrize("text", NOT_LIGHT_OR_CLAUSE_CUES)
def test_not_light_or_clause_cues(cands: Extract, text: str) -> None:
    _, found = cands(text)
    assert found == []


# -- behaviour table: a gerund on a statement speaks for who issued it ----------------------

CHANNEL_GERUNDS = [
    # the cue runs from the issuing verb to the gerund; the issuer is the source
    (
        "The campaign issued a statement saying the report was false.",
        "saying",
        "issued a statement saying",
        "The campaign",
    ),
    (
        "Her campaign held a conference call highlighting the senator's record on guns.",
        "highlighting",
        "held a conference call highlighting",
        "Her campaign",
    ),
    # a document a body adopts or puts out speaks for it
    (
        "The city council approved a resolution condemning the ban on refugees.",
        "condemning",
        "approved a resolution condemning",
        "The city council",
    ),
    # the parse hung the gerund on the issuing verb, past a time, an addressee or a comma
    (
        "The mayor's office released a statement Wednesday evening, saying the report was false.",
        "saying",
        "released a statement Wednesday evening, saying",
        "The mayor's office",
    ),
    (
        "The coalition sent a letter to the governor this week urging him to veto the bill.",
        "urging",
        "sent a letter to the governor this week urging",
        "The coalition",
    ),
    (
        "The senator wrote a letter to the chairman, asking that the hearing be delayed.",
        "asking",
        "wrote a letter to the chairman, asking",
        "The senator",
    ),
    # negative: a verb that delivers or holds its statement, no issuing verb, keeps the gerund
    (
        "The senator delivered a long speech, decrying the influence of lobbyists.",
        "decrying",
        "decrying",
        "The senator",
    ),
    # negative: an issuing verb whose object is no statement keeps the gerund
    (
        "The senator sent flowers to the family, saying she was sorry.",
        "saying",
        "saying",
        "The senator",
    ),
    # negative: a noun that is no statement keeps its gerund
    (
        "The group launched a parody website asking for donations.",
        "asking",
        "asking for",
        "a parody website",
    ),
]


#: A relative clause with "that" or "which" on the statement an issuing verb puts out speaks
#: for the issuer: one cue from the issuing verb to the clause's verb (text, cue, extent,
#: source). Sentences written for this table.
CHANNEL_RELATIVES = [
    (
        "The campaign released a video that said the senator had lied.",
        "said",
        "released a video that said",
        "The campaign",
    ),
    (
        "The mayor's office issued a statement that denied the report.",
        "denied",
        "issued a statement that denied",
        "The mayor's office",
    ),
    # negative: a noun that is no statement or document keeps the issuing verb's own cue
    ("The campaign released a list that named the donors.", "released", "released", "The campaign"),
    # negative: "who" names a person, who speaks for themself (the mention is the pronoun)
    (
        "The campaign released a statement by a senator who denied the report.",
        "denied",
        "denied",
        "who",
    ),
]


@pytest.mark.parametrize(("text", "cue", "extent", "source"), CHANNEL_RELATIVES)
def test_channel_relatives(cands: Extract, text: str, cue: str, extent: str, source: str) -> None:
    text, found = cands(text)
    c = by_cue(text, found, cue)
    assert " … ".join(text[a:b] for a, b in c.cue) == extent
    assert span_text(text, c.source_mention) == source


@pytest.mark.parametrize(("text", "cue", "extent", "source"), CHANNEL_GERUNDS)
def test_channel_gerunds(cands: Extract, text: str, cue: str, extent: str, source: str) -> None:
    text, found = cands(text)
    c = by_cue(text, found, cue)
    assert " … ".join(text[a:b] for a, b in c.cue) == extent
    assert span_text(text, c.source_mention) == source
    assert len([d for d in found if not d.extra.get("nested")]) == 1


# -- behaviour table: particle verbs ------------------------------------------------------------
# The particle (a ``prt`` dependent) joins the cue, as PolNeAR's gold cue holds it, and a
# prepositional frame's preposition too ("spoke out against" X). With a clause, a quotation or a
# tag the particle verb is also a cue on its own key ("go on|quote": "go" is an action verb);
# elsewhere the plain lemma decides ("went on vacation").

PARTICLE_VERB_CUES = [
    (
        "The senator pointed out that the budget was never balanced.",
        "pointed",
        "pointed out",
        "the budget was never balanced",
    ),
    (
        "The mayor has pointed out that the bridge is closed.",
        "pointed",
        "has pointed out",
        "the bridge is closed",
    ),
    ("The governor spoke out against the new tax.", "spoke", "spoke out against", "the new tax"),
    ('"The bridge will close," the mayor went on.', "went", "went on", "The bridge will close"),
    # a side taken ("out" with "against" or "in support of", "behind" a person or group): the
    # particle and the preposition in the cue, whatever the verb, the object the content
    (
        "Several unions have come out against the trade deal.",
        "come",
        "have come out against",
        "the trade deal",
    ),
    (
        "The governor came out in support of the mayor.",
        "came",
        "came out in support of",
        "the mayor",
    ),
    (
        "The mayor has spoken out in favor of the bridge plan.",
        "spoken",
        "has spoken out in favor of",
        "the bridge plan",
    ),
    ("Party elders quickly lined up behind Smith.", "lined", "quickly lined up behind", "Smith"),
    ("Republicans lined up behind him.", "lined", "lined up behind", "him"),
]
NOT_PARTICLE_VERB_CUES = [
    "The senator went on vacation after the vote.",
    "The mayor came out of the building at noon.",
    pytest.param(
        "The workers laid out the chairs for the meeting.",
        marks=pytest.mark.xfail(
            reason="lay|dobj is a cue on train (\"laid out his plan\": 'lay out' with an "
            "object matched 10 times in 14); what the object is goes unread",
            strict=True,
        ),
    ),
    "The council picked up the bill for the new bridge.",
    "It turned out that the bridge was closed.",
    # no side taken: "behind" a place or thing, "in" a year
    "The truck pulled up behind the bus.",
    "The runners lined up behind the start line.",
    "The book came out in 1993.",
    "Voters came out in 2008 for Clinton.",
    pytest.param(
        "The new phone came out in support of older chargers.",
        marks=pytest.mark.xfail(
            reason="a side taken is read whatever the subject; leaving out a thing's subject "
            "lost a relation on split A of train CV",
            strict=True,
        ),
    ),
]


@pytest.mark.parametrize(("text", "cue", "extent", "content"), PARTICLE_VERB_CUES)
def test_particle_verb_cues(cands: Extract, text: str, cue: str, extent: str, content: str) -> None:
    text, found = cands(text)
    c = by_cue(text, found, cue)
    assert " … ".join(text[a:b] for a, b in c.cue) == extent
    assert content in " ".join(span_text(text, s) or "" for s in c.content)


@pytest.mark.parametrize("text", NOT_PARTICLE_VERB_CUES)
def test_not_particle_verb_cues(cands: Extract, text: str) -> None:
    _, found = cands(text)
    assert found == []


# -- behaviour table: a bare passive, what was said or done its subject --------------------

BARE_PASSIVES = [
    # no agent and nothing after the verb: the subject is the content, nobody the source
    ("The purchase price was not disclosed.", "disclosed", "was not disclosed", "purchase price"),
    ("The list of demands was widely known.", "known", "was widely known", "list of demands"),
    ("The new policy was announced.", "announced", "was announced", "The new policy"),
]
NOT_BARE_PASSIVES = [
    # a person as the subject: a deed done to someone
    "He was released.",
    "They were announced.",
    # a verb the lexicon refuses in that frame
    "The bridge was built.",
]


@pytest.mark.parametrize(("text", "cue", "extent", "content"), BARE_PASSIVES)
def test_bare_passives(cands: Extract, text: str, cue: str, extent: str, content: str) -> None:
    text, found = cands(text)
    c = by_cue(text, found, cue)
    assert " … ".join(text[a:b] for a, b in c.cue) == extent
    assert content in " ".join(span_text(text, s) or "" for s in c.content)
    assert c.source_mention is None


@pytest.mark.parametrize("text", NOT_BARE_PASSIVES)
def test_not_bare_passives(cands: Extract, text: str) -> None:
    _, found = cands(text)
    assert found == []


# -- behaviour table: a plea and its charge ----------------------------------------------------

#: (text, cue word, cue, content): "pleaded guilty to X" is the plea, X with its "to" the charge
PLEAS = [
    (
        "The hacker pleaded guilty Wednesday to identity theft.",
        "pleaded",
        "pleaded guilty",
        "to identity theft",
    ),
    (
        "The donor pleaded guilty to making straw donations.",
        "pleaded",
        "pleaded guilty",
        "to making straw donations",
    ),
    ("The banker pleaded not guilty to fraud.", "pleaded", "pleaded not guilty", "to fraud"),
    # negative cases: no charge, the adjective stays the content; not a plea
    (
        "He was pleading guilty voluntarily.",
        "pleading",
        "was pleading",
        "guilty voluntarily",
    ),
    ("The senator felt guilty to the end.", "felt", "felt", "guilty to the end"),
]


@pytest.mark.parametrize(("text", "cue", "extent", "content"), PLEAS)
def test_pleas(cands: Extract, text: str, cue: str, extent: str, content: str) -> None:
    text, found = cands(text)
    c = by_cue(text, found, cue)
    assert " … ".join(text[a:b] for a, b in c.cue) == extent
    assert " ".join(span_text(text, s) or "" for s in c.content) == content


# -- behaviour table: a noun of a side taken, after "be", with "of" -----------------------------

#: (text, cue word, cue, source, content): the predicate noun reports its subject's stance
#: (``nouns.stance_cues``); sentences written here.
STANCE_NOUN_CUES = [
    (
        "The governor is no fan of the new tariffs.",
        "fan",
        "is no fan of",
        "The governor",
        "the new tariffs",
    ),
    (
        "The senator has been a pointed critic of the trade deal.",
        "critic",
        "has been a pointed critic of",
        "The senator",
        "the trade deal",
    ),
    (
        "Mayor Lopez was an early backer of the stadium plan.",
        "backer",
        "was an early backer of",
        "Mayor Lopez",
        "the stadium plan",
    ),
]
#: (text, noun): no stance noun cue (``evidence == "belief-noun"``) on the noun.
NOT_STANCE_NOUN_CUES = [
    # no "of" phrase: the stance has no object
    ("The governor is a supporter.", "supporter"),
    # not a noun of a side taken
    ("The mayor is a member of the council.", "member"),
    ("The senator is an ally of the governor.", "ally"),
    # not the predicate of "be"
    ("A critic of the plan spoke at the meeting.", "critic"),
]


@pytest.mark.parametrize(("text", "word", "cue", "source", "content"), STANCE_NOUN_CUES)
def test_stance_noun_cues(
    cands: Extract, text: str, word: str, cue: str, source: str, content: str
) -> None:
    text, found = cands(text)
    c = by_cue(text, found, word)
    assert c.evidence == "belief-noun"
    assert " ".join(text[a:b] for a, b in c.cue) == cue
    assert span_text(text, c.source_mention) == source
    assert [span_text(text, s) for s in c.content] == [content]


@pytest.mark.parametrize(("text", "word"), NOT_STANCE_NOUN_CUES)
def test_not_stance_noun_cues(cands: Extract, text: str, word: str) -> None:
    text, found = cands(text)
    assert not [
        c for c in found if c.evidence == "belief-noun" and any(word in text[a:b] for a, b in c.cue)
    ]

"""Acts not performed (:mod:`newsprov.analysis.attribution.mood`): an infinitive that a
reporting verb governs is that verb's content, not a report of its own; verbs of aspect with
an infinitive report nothing; a modal verb's act foreseen in a clause another word governs is
no report, and so is the act of a question and an infinitive coordinated with an unperformed one;
a report inside another report's content by the same speaker is part of it; a deed to be done
("will sign the bill") is no report, nor is an active prepositional frame with no source ("Talking
about the economy at a rally"), nor an act in a "that" clause another word governs ("ordered
that the agency release the emails": the order is the report) (behaviour tables with
negative cases, on invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprov.analysis import Analyzer, components
from newsprov.analysis.attribution import Candidate, extract_candidates

Cues = Callable[[str], list[tuple[str, str]]]


@pytest.fixture(scope="module")
def cues(analyzer: Analyzer) -> Cues:
    """(cue, content) of each top-level candidate of a text, in text order."""
    nlp = analyzer.nlp
    keep = [n for n in nlp.pipe_names if not n.startswith("newsprov.")]
    keep += [components.PARAGRAPHS, "newsprov.dateline.v1"]

    def run(text: str) -> list[tuple[str, str]]:
        with nlp.select_pipes(enable=keep):
            doc = nlp(text)
        found: list[Candidate] = sorted(extract_candidates(doc), key=lambda c: c.cue[0][0])
        return [
            (
                " ".join(text[a:b] for a, b in c.cue),
                " ".join(text[a:b] for a, b in c.content),
            )
            for c in found
            if not c.extra.get("nested")
        ]

    return run


#: (text, (cue, content) pairs expected among the candidates, cues expected absent)
UNPERFORMED = [
    # the wish, plan or refusal is reported; the act is its content
    (
        "She declined to name the three delegates.",
        [("declined", "to name the three delegates")],
        ["to name", "name"],
    ),
    (
        "The senator plans to attack the governor on trade.",
        [("plans", "to attack the governor on trade")],
        ["to attack", "attack"],
    ),
    (
        "The mayor refused to call him a liar.",
        [("refused", "to call him a liar")],
        ["to call", "call"],
    ),
    # a refusal to comment on a topic: the comment and its preposition join the cue, the
    # topic is the content (verbs.COMMENT_VERBS)
    (
        "The spokesman declined to comment on whether the senator would run.",
        [("declined to comment on", "whether the senator would run")],
        ["declined", "to comment"],
    ),
    (
        "The mayor refused to elaborate on her plans for the budget.",
        [("refused to elaborate on", "her plans for the budget")],
        ["refused"],
    ),
    # negative: no topic, another verb, or a preposition not right after the comment
    ("The spokesman declined to comment.", [("declined", "to comment")], []),
    (
        "The mayor refused to discuss the budget.",
        [("refused", "to discuss the budget")],
        [],
    ),
    # negative: a controlling verb that is no cue joins the act's cue ("tried to explain")
    ("Carson tried to explain his view.", [("tried to explain", "his view")], []),
    # a message frame is not folded into the wish ("to say that ..."), but the wish by the same
    # speaker holds it whole, so it is no report of its own (``extract._same_speaker``)
    (
        "The senator wants to say that the plan failed.",
        [("wants", "to say that the plan failed")],
        ["to say"],
    ),
    # negative: finite verbs, and a verb with its own modal or "do"
    (
        "The mayor criticized the plan and praised the deal.",
        [("criticized", "the plan"), ("praised", "the deal")],
        [],
    ),
    ("The mayor did not criticize the plan.", [("did not criticize", "the plan")], []),
    # a gerund a preposition holds on a cue verb is what the cue is about
    (
        "The senator criticized Trump for attacking the judge.",
        [("criticized", "Trump for attacking the judge")],
        ["attacking"],
    ),
    (
        "The board accused her of misleading the investors.",
        [("accused", "her of misleading the investors")],
        ["misleading"],
    ),
    # negative: a message frame ("by saying that ..."), a verb that is no cue ("left")
    (
        "He began by saying that the plan had failed.",
        [("began by saying", "that the plan had failed")],
        [],
    ),
    ("After praising the deal, the mayor left the room.", [("praising", "the deal")], []),
]

#: (text, (cue, content) pairs expected, cues expected absent): a gerund after a preposition of
#: time, manner or concession reports an act of its own, also when the verb is a cue
GERUND_ACTS = [
    (
        "After criticizing the new budget, the governor said the state would cope.",
        [("criticizing", "the new budget"), ("said", "the state would cope")],
        [],
    ),
    (
        "Despite attacking the senator all week, Cruz said he could work with him.",
        [("attacking", "the senator"), ("said", "he could work with him")],
        [],
    ),
    (
        "Instead of praising the plan, the mayor said it would fail.",
        [("praising", "the plan"), ("said", "it would fail")],
        [],
    ),
    # negative: a preposition of topic after the cue verb keeps the gerund its content
    (
        "The governor warned about raising taxes on the poor.",
        [("warned about", "raising taxes on the poor")],
        ["raising"],
    ),
    (
        "The mayor thanked the council for supporting the budget.",
        [("thanked", "the council for supporting the budget")],
        ["supporting"],
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), GERUND_ACTS)
def test_gerund_acts(
    cues: Cues, text: str, expected: list[tuple[str, str]], absent: list[str]
) -> None:
    _check(cues, text, expected, absent)


def _check(cues: Cues, text: str, expected: list[tuple[str, str]], absent: list[str]) -> None:
    """Every expected (cue, content) pair is found in ``text``, and no absent cue."""
    found = cues(text)
    for pair in expected:
        assert pair in found, found
    for cue in absent:
        assert all(c != cue for c, _ in found), found


@pytest.mark.parametrize(("text", "expected", "absent"), UNPERFORMED)
def test_unperformed_acts(
    cues: Cues, text: str, expected: list[tuple[str, str]], absent: list[str]
) -> None:
    _check(cues, text, expected, absent)


#: (text, (cue, content) pairs expected, cues expected absent)
ASPECT = [
    ("Trump continued to fly to campaign events on his own plane.", [], ["continued"]),
    ("The senator began to raise money from small donors.", [], ["began"]),
    # negative: the act's verb is a cue, the aspect verb joins it; a quote frame reports
    (
        "Trump continued to insist that he had won.",
        [("continued to insist", "that he had won")],
        [],
    ),
    ('"We will win," she continued.', [("continued", '"We will win,"')], []),
    # verbs of trying, succeeding and failing
    ("The senator struggled to win the south.", [], ["struggled"]),
    ("Trump failed to qualify for the debate.", [], ["failed"]),
    (
        "She tried to explain that the plan had failed.",
        [("tried to explain", "that the plan had failed")],
        ["tried"],
    ),
    # verbs of tendency and outcome (lexicon.OUTCOME_VERBS)
    ("Republicans tend to vote early in the primaries.", [], ["tend"]),
    ("The plan proved to be wrong.", [], ["proved"]),
    ("The governor has proved to be a tough critic of the deal.", [], ["has proved"]),
    ("The senator risked losing the state.", [], ["risked"]),
    # negative: the act's verb is a cue, the tendency verb joins it
    (
        "Voters tend to say that the economy matters most.",
        [("tend to say", "that the economy matters most")],
        ["tend"],
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), ASPECT)
def test_aspect_verbs(
    cues: Cues, text: str, expected: list[tuple[str, str]], absent: list[str]
) -> None:
    _check(cues, text, expected, absent)


#: (text, (cue, content) pairs expected, cues expected absent): a modal verb with an object
#: heading a clause another word governs is an act foreseen, no report (``mood.foreseen``)
FORESEEN = [
    (
        "News broke on Monday that the caucus would endorse Clinton on Thursday.",
        [],
        ["would endorse"],
    ),
    (
        "There is no guarantee that he would name a conservative to the court.",
        [],
        ["would name"],
    ),
    (
        "The union backed the mayor in 2012 and would endorse her again.",
        [("backed", "the mayor")],
        ["would endorse"],
    ),
    # negative: a modal verb heading its sentence or a relative clause still reports
    ("Sanders will endorse Clinton on Thursday.", [("will endorse", "Clinton")], []),
    (
        "The senator would criticize the governor at every stop.",
        [("would criticize", "the governor at every stop")],
        [],
    ),
    (
        "The senator, who would endorse Clinton, spoke on Monday.",
        [("would endorse", "Clinton")],
        [],
    ),
    # negative: a message frame stays a report; a bare verb without a modal is untouched
    (
        "News broke that the senator would say that the plan had failed.",
        [("would say", "that the plan had failed")],
        [],
    ),
    (
        "Aides expect that the senator will criticize the governor in the debate.",
        [("expect", "that the senator will criticize the governor in the debate")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), FORESEEN)
def test_foreseen_acts(
    cues: Cues, text: str, expected: list[tuple[str, str]], absent: list[str]
) -> None:
    _check(cues, text, expected, absent)


#: (text, (cue, content) pairs expected, cues expected absent): a candidate verb heading the
#: object of "about", "on" or "from" is a topic or an act held back, no report
#: (``mood.topic_clause``; invented sentences)
TOPIC_CLAUSES = [
    ("The senator refrained from attacking his rivals in the debate.", [], ["attacking"]),
    ("Democrats held off on backing Clinton until June.", [], ["backing"]),
    ("Voters were puzzled about what the governor believed.", [], ["believed"]),
    ("The rule blocked banks from criticizing the regulator.", [], ["criticizing"]),
    # negatives: a clause reported under the preposition stays; other prepositions keep theirs
    (
        "The mayor focused on what he said were the failures of the plan.",
        [("focused on", "what he said were the failures of the plan")],
        [],
    ),
    (
        "The senator began by attacking his rivals in the debate.",
        [("began by attacking", "his rivals")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), TOPIC_CLAUSES)
def test_topic_clauses(
    cues: Cues, text: str, expected: list[tuple[str, str]], absent: list[str]
) -> None:
    _check(cues, text, expected, absent)


#: (text, (cue, content) pairs expected, cues expected absent): an act in a clause opened by
#: "that" that another word governs is what that word's holder orders, charges or fears, no
#: report of the clause's subject: a verb hands the clause to itself as the cue, a noun or an
#: adjective leaves it to nobody (``mood.held_clause``, ``verbcues._hand_to_holder``; invented
#: sentences)
HELD_CLAUSES = [
    (
        "The court ordered that the agency release the emails by Friday.",
        [("ordered", "that the agency release the emails by Friday")],
        ["release"],
    ),
    (
        "The delegates were angered that party leaders ignored their petition.",
        [("were angered", "that party leaders ignored their petition")],
        ["ignored"],
    ),
    ("There was no evidence that the mayor wanted to cut the budget.", [], ["wanted"]),
    # negatives: a clause the writer tells as true (under "fact", a copula, a result clause)
    # keeps its act; a holder that is a cue of its own reports the clause, no second cue
    (
        "The fact that none of his rivals attacked him surprised the audience.",
        [("attacked", "him")],
        [],
    ),
    (
        "The problem is that the governor supports the new tax.",
        [("supports", "the new tax")],
        [],
    ),
    (
        "The memo was so sensitive that the department considered it classified.",
        [("considered", "it classified")],
        [],
    ),
    (
        "The mayor said that the governor opposed the new contract.",
        [("said", "that the governor opposed the new contract")],
        ["opposed"],
    ),
    # a holder that repeats or demands reports the clause; a document that shows it too
    (
        "The spokesman repeated that China opposed hacking of any kind.",
        [("repeated", "that China opposed hacking of any kind")],
        ["opposed"],
    ),
    (
        "The senator demanded that the governor release the emails.",
        [("demanded", "that the governor release the emails")],
        ["release"],
    ),
    (
        "The new study shows that the city spends too much on parking.",
        [("shows", "that the city spends too much on parking")],
        ["spends"],
    ),
    # negative: a holder that reports nothing ("means", `verbcues._RELATION_HOLDERS`) makes
    # no cue, and the clause's own verb none either (history, 2026-12-06, session 53)
    (
        "The new rule means that the city releases its budget every spring.",
        [],
        ["means", "releases"],
    ),
    (
        "The ruling means that the agency must release the emails by Friday.",
        [],
        ["means", "must release"],
    ),
    # ... but a holder that is no such verb still reports the clause
    (
        "The spokesman insisted that the agency release the emails by Friday.",
        [("insisted", "that the agency release the emails by Friday")],
        ["release"],
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), HELD_CLAUSES)
def test_held_clauses(
    cues: Cues, text: str, expected: list[tuple[str, str]], absent: list[str]
) -> None:
    _check(cues, text, expected, absent)


#: (text, (cue, content) pairs expected, cues expected absent): a candidate verb heading the
#: object of "over" hands its clause to the verb or noun "over" hangs on, which with "over" is
#: the cue (``mood.dispute_head``, ``verbcues.hand_to_dispute``; invented sentences)
DISPUTE_CLAUSES = [
    (
        "Two former officials clashed over how to responsibly release information on Twitter.",
        [("clashed over", "how to responsibly release information on Twitter")],
        ["to responsibly release"],
    ),
    (
        "The senators argued over whether the country should accept the refugees.",
        [("argued over", "whether the country should accept the refugees")],
        ["should accept"],
    ),
    (
        "The attack sparked a fresh debate over how the country responds to militant violence.",
        [("a fresh debate over", "how the country responds to militant violence")],
        ["responds to"],
    ),
    # negatives: a verb that is a cue of its own keeps the clause in its content, with no
    # second cue; under "about" the clause is a topic and nobody's cue; a clause reported on
    # its own verb ("said") keeps its relation
    (
        "The senators criticized the governor over how he would release the report.",
        [("criticized", "the governor over how he would release the report")],
        ["criticized over", "would release"],
    ),
    ("Voters were puzzled about what the governor believed.", [], ["believed", "about"]),
    (
        "The senators argued over the budget, and the mayor said the plan would fail.",
        [("said", "the plan would fail")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), DISPUTE_CLAUSES)
def test_dispute_clauses(
    cues: Cues, text: str, expected: list[tuple[str, str]], absent: list[str]
) -> None:
    _check(cues, text, expected, absent)


#: (text, (cue, content) pairs expected, cues expected absent): a quotation on a cue verb's
#: ``to``-infinitive with an object is the plan's or refusal's content, no report of its own
#: (``verbcues._quoted_plan``; invented sentences)
QUOTED_PLANS = [
    ("The publisher plans to release “The Art of the Comeback” in August.", [], ["to release"]),
    ("The White House refused to call the attack “terrorism.”", [], ["to call"]),
    (
        "The agency declined to publicly detail the inquiry's “specific focus.”",
        [],
        ["to publicly detail"],
    ),
    # negatives: a verb of telling keeps its quotation; a finite verb reports its own
    (
        "She wants to tell voters, “We will win this state.”",
        [("to tell", "“We will win this state.”")],
        [],
    ),
    ("Trump called the plan “a disaster.”", [("called", "the plan “a disaster.”")], []),
]


@pytest.mark.parametrize(("text", "expected", "absent"), QUOTED_PLANS)
def test_quoted_plans(
    cues: Cues, text: str, expected: list[tuple[str, str]], absent: list[str]
) -> None:
    _check(cues, text, expected, absent)


#: (text, (cue, content) pairs expected, cues expected absent): a verb with an object or a
#: preposition in a question, its auxiliary before its subject, asks whether the act happens or
#: why; it reports none (``mood.asked``; invented sentences)
QUESTIONS = [
    ("Do you support the governor's budget?", [], ["support"]),
    ("Will the senator endorse the mayor before the primary?", [], ["endorse"]),
    ("Why did the board release the report on Friday?", [], ["release"]),
    ("Did the senator criticize the plan at the hearing?", [], ["criticize"]),
    # negatives: a statement, a question without inversion, a message frame in a question
    (
        "The senator supports the governor's budget.",
        [("supports", "the governor's budget")],
        [],
    ),
    ("You support the governor's budget?", [("support", "the governor's budget")], []),
    (
        "Did the mayor say that the plan had failed?",
        [("say", "that the plan had failed")],
        [],
    ),
    # negative: an inversion that asks nothing
    ("Nor did the senator endorse the mayor.", [("endorse", "the mayor")], []),
    # negative: the question is another clause's; the report before it stands
    (
        "The senator criticized the plan, but will voters care?",
        [("criticized", "the plan")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), QUESTIONS)
def test_questions(
    cues: Cues, text: str, expected: list[tuple[str, str]], absent: list[str]
) -> None:
    _check(cues, text, expected, absent)


#: (text, (cue, content) pairs expected, cues expected absent): a bare infinitive coordinated
#: with another, the act of a plan, a purpose or a request whose governor is no cue, is no
#: report (``verbcues._unperformed_conjunct``); the first conjunct keeps its candidate
CONJUNCTS = [
    (
        "The president left it to his aides to praise the deal and defend the budget.",
        [("to praise", "the deal")],
        ["defend"],
    ),
    (
        "To praise the deal and defend the budget, the mayor held a rally.",
        [("To praise", "the deal")],
        ["defend"],
    ),
    # negatives: a verb of aspect or attempt performs both acts; finite conjuncts report
    (
        "The senator began to praise the deal and defend the budget.",
        [("began to praise", "the deal"), ("defend", "the budget")],
        [],
    ),
    (
        "The senator tried to explain the vote and defend the budget.",
        [("tried to explain", "the vote"), ("defend", "the budget")],
        [],
    ),
    (
        "The mayor criticized the plan and praised the deal.",
        [("criticized", "the plan"), ("praised", "the deal")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CONJUNCTS)
def test_unperformed_conjuncts(
    cues: Cues, text: str, expected: list[tuple[str, str]], absent: list[str]
) -> None:
    _check(cues, text, expected, absent)


#: (text, (cue, content) pairs expected, cues expected absent): a report whose cue lies inside
#: the content of another report by the same source mention is part of it, no report of its own
#: (``extract._same_speaker``; invented sentences)
SAME_SPEAKER = [
    (
        "The senator declined to say whether the plan would pass.",
        [("declined", "to say whether the plan would pass")],
        ["to say"],
    ),
    (
        "The mayor refused to concede that the vote was lost.",
        [("refused", "to concede that the vote was lost")],
        ["to concede"],
    ),
    # negatives: a content the other report does not hold, another speaker's report, a report
    # beside another
    (
        "She wants to tell voters, “We will win this state.”",
        [("to tell", "“We will win this state.”")],
        [],
    ),
    (
        "The mayor declined to comment, and her aide said the plan would pass.",
        [("declined", "to comment"), ("said", "the plan would pass")],
        [],
    ),
    (
        "“We will win,” the senator said, vowing to fight on.",
        [("said", "“We will win,”"), ("vowing", "to fight on")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), SAME_SPEAKER)
def test_same_speaker_reports(
    cues: Cues, text: str, expected: list[tuple[str, str]], absent: list[str]
) -> None:
    _check(cues, text, expected, absent)


#: (text, (cue, content) pairs expected, cues expected absent): a verb of a deed done to a
#: thing (lexicon.DEED_VERBS) in its bare form with a noun phrase for object and no particle
#: tells a deed to be done, not a report
DEEDS_TO_BE_DONE = [
    ("The governor will sign the bill on Monday.", [], ["will sign"]),
    ("The State Department will release the emails next month.", [], ["will release"]),
    ("The group will file a lawsuit against the city.", [], ["will file"]),
    ("The governor could veto the bill.", [], ["could veto"]),
    ("The company will accept the offer.", [], ["will accept"]),
    # negatives: the deed done (another form of the verb), a particle verb, a clause reported
    # by the statement issued, a speech tag beside the deed
    ("The governor signed the bill on Monday.", [("signed", "the bill")], []),
    ("The governor vetoed the bill.", [("vetoed", "the bill")], []),
    ("The company accepted the offer.", [("accepted", "the offer")], []),
    ("The mayor will lay out her plan on Monday.", [("will lay out", "her plan")], []),
    (
        "The agency will release a statement saying that the plan failed.",
        [("release a statement saying", "that the plan failed")],
        [],
    ),
    (
        "The governor will veto the bill, aides said.",
        [("said", "The governor will veto the bill")],
        ["will veto"],
    ),
]


@pytest.mark.parametrize(("text", "expected", "absent"), DEEDS_TO_BE_DONE)
def test_deeds_to_be_done(
    cues: Cues, text: str, expected: list[tuple[str, str]], absent: list[str]
) -> None:
    _check(cues, text, expected, absent)


#: (text, (cue, content) pairs expected, cues expected absent): a verb in the active voice and
#: a form other than the bare one, in a prepositional frame, with no source, tells what someone
#: was doing about a topic or a target, not words anyone said
UNHELD_TOPICS = [
    ("Talking about the economy at a rally in Ohio.", [], ["Talking about"]),
    ("Pointing to the polls in Ohio.", [], ["Pointing to"]),
    ("Calling for a higher minimum wage at a rally.", [], ["Calling for"]),
    # negatives: a source found (a subject, the clause a free adjunct hangs on), the bare form
    # with a placeholder "it", a finite verb with its subject
    ("A senator calling for a new tax on banks.", [("calling for", "a new tax on banks")], []),
    (
        "Responding to the criticism, the mayor said the plan would go ahead.",
        [("Responding to", "the criticism"), ("said", "the plan would go ahead")],
        [],
    ),
    (
        "It is impossible to talk about the economy without jobs.",
        [("is impossible to talk about", "the economy")],
        [],
    ),
    ("The senator talked about the economy.", [("talked about", "the economy")], []),
]


@pytest.mark.parametrize(("text", "expected", "absent"), UNHELD_TOPICS)
def test_unheld_topics(
    cues: Cues, text: str, expected: list[tuple[str, str]], absent: list[str]
) -> None:
    _check(cues, text, expected, absent)

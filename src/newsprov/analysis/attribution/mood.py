"""Verbs in a mood that reports no act: an infinitive another word governs.

"plans to attack Clinton", "urged him to endorse Cruz", "to defend his record, he ...", "to
attack the plan and defend the deal": the attack, the endorsement, the defence are intended,
asked for or imagined, not performed, so a verb whose frame is an act done to an object (an
object, a preposition, an infinitive of its own) reports nothing there. A verb with a clause or
a quotation is still a report ("was forced to admit that ...", "wants to say: "...""): PolNeAR
annotates those as often as the finite forms. Nor does a modal verb with an object report its
act when it heads a clause that another word governs ("news that the caucus would endorse
Clinton"): the act is foreseen, not performed (:func:`foreseen`). A question asks about an
act and reports none ("Do you support Donald Trump?", :func:`asked`). An act in a "that"
clause another word governs is what that word's holder orders or charges, not a report of
its own ("ordered that the agency release the emails", :func:`held_clause`).
"""

from __future__ import annotations

from spacy.tokens import Token

#: Frames of a message: a clause or quoted words (``-pass`` stripped).
MESSAGE_FRAMES = frozenset(("ccomp", "quote", "paren", "tail"))
#: Prepositions that give a verb the topic of its act when a gerund follows them ("criticized
#: Trump for attacking", "accused her of misleading", "warned about raising"): on PolNeAR train
#: (all articles, a gerund under a preposition after a verb) the gold cue held the gerund 8
#: times in 238 after "for", 3 in 115 after "of", none in 103 after "about", where after
#: "after" it did 20 times in 94, after "before" 20 in 62, and opening the sentence, "After"
#: 19 in 50, "In" 10 in 31 (2026-12-04).
TOPIC_PREPS = frozenset("to about against for of on over with at as into".split())
#: Dependencies of a verb governed by another word (a verb, a noun, a clause it modifies).
_EMBEDDED = frozenset(("xcomp", "conj", "ccomp", "relcl", "acl"))


def _has_own_aux(v: Token) -> bool:
    """A modal or "do" on the verb or on the conjunct it is coordinated with ("would back X
    and fund Y", "did not announce")."""
    while True:
        if any(
            c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lemma_.lower() == "do")
            for c in v.children
        ):
            return True
        if v.dep_ != "conj" or v.head.i == v.i:
            return False
        v = v.head


def unperformed(v: Token, frame: str) -> bool:
    """``v``, in ``frame``, is an infinitive with no modal or "do" of its own that another
    word governs, in a frame that is not a message's: an act intended or asked for, not
    reported."""
    if frame.removesuffix("-pass") in MESSAGE_FRAMES:
        return False
    return v.tag_ == "VB" and v.dep_ in _EMBEDDED and not _has_own_aux(v)


#: Clauses another word governs in which a modal verb's act is foreseen, not reported: a
#: reported or noun clause and a conjunct (:func:`foreseen`).
_FORESEEN_CLAUSES = frozenset(("ccomp", "acl", "conj"))


def foreseen(v: Token, frame: str) -> bool:
    """``v`` is a bare verb with a modal of its own ("would", "might", "will", "could")
    heading a clause that another word governs (a reported clause, a noun's clause, a
    conjunct), in the object frame: an act foreseen, supposed or promised, not one reported
    ("news that the caucus would endorse Clinton", "no guarantee he would name a
    conservative", "the possibility that she might nominate him"). Who foresees it, if anyone,
    is the governing word's report. On PolNeAR train (each half with the lexicon mined on the
    other) such candidates matched 12 times in 36 on split A and 10 in 40 on split H, their
    cue words gold 21 times in 93 and 26 in 99; a modal verb heading a relative or adverbial
    clause, or its sentence, reports more often and stays (history, 2026-12-04)."""
    return (
        frame == "dobj"
        and v.tag_ == "VB"
        and v.dep_ in _FORESEEN_CLAUSES
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children)
    )


def asked(text: str, v: Token, frame: str) -> bool:
    """``v``, in the object frame, heads a question: an auxiliary of its own before its
    subject and a question mark after it in its sentence ("Do you support Donald Trump?",
    "Will the senator endorse the mayor?", "Why did the board release the report?"). A
    question asks whether or why an act happens; it reports none. Inversion without a
    question mark stays ("Nor did he endorse anyone", "Not only did she criticize the plan"),
    and so does a message frame ("Did the mayor say that ...?": what was said is asked about,
    the saying stays a cue). On PolNeAR train (each half with the lexicon mined on the other)
    such candidates matched 3 times in 19 on split A and 2 in 20 on split H; with every
    frame that is not a message's (preposition, infinitive) the figures rose less (history,
    2026-12-05). ``text``: the doc's text (``doc_text``)."""
    if frame != "dobj":
        return False
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not any(c.dep_ in ("aux", "auxpass") and c.i < subj.i for c in v.children):
        return False
    return "?" in text[v.idx : v.sent.end_char]


def governor(v: Token) -> Token | None:
    """The verb that governs ``v``'s clause: through its conjuncts to the first, then the head
    of an ``xcomp`` or ``ccomp``."""
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if v.dep_ in ("xcomp", "ccomp") and v.head.pos_ in ("VERB", "AUX"):
        return v.head
    return None


def under_cue(v: Token, frame: str, cue_verbs: set[int]) -> bool:
    """``v`` is :func:`unperformed` and the verb governing it is a cue: the wish, plan, plea
    or refusal is what is reported ("wants to attack Clinton", "urged him to endorse Cruz",
    "declined to name them"), and the act is its content."""
    g = governor(v) if unperformed(v, frame) else None
    if g is None and gerund_topic(v, frame):
        g = v.head.head
    return g is not None and g.i in cue_verbs


def gerund_topic(v: Token, frame: str) -> bool:
    """``v`` is a gerund a preposition of topic (:data:`TOPIC_PREPS`) after a verb holds, in a
    frame that is not a message's ("criticized Trump for attacking the judge", "accused her of
    misleading the board"); not one of time, manner or concession ("After reciting the
    passage, Beck said", "said, before clarifying that", "Despite challenging his rival, Cruz
    said": an act done, reported on its own)."""
    prep = v.head
    return (
        frame.removesuffix("-pass") not in MESSAGE_FRAMES
        and v.tag_ == "VBG"
        and v.dep_ == "pcomp"
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("VERB", "AUX")
        and prep.lower_ in TOPIC_PREPS
        and prep.i > prep.head.i
    )


#: Prepositions whose object clause, headed by a candidate verb, is a topic or an act held
#: back, not a report (:func:`topic_clause`).
TOPIC_CLAUSE_PREPS = frozenset(("about", "on", "from"))


def topic_clause(v: Token, frame: str) -> bool:
    """``v`` heads the object of "about", "on" or "from" (``pcomp``), in a frame that is not a
    message's, whatever the preposition hangs on: a topic or an act held back, not a report
    ("puzzled about what Rubio believed", "split on whether they would vote for him", "held
    off on backing Clinton", "refrained from attacking his rivals", "blocked banks from
    hiring"). A clause or a quotation it reports stays ("focused on what he said were the
    failures" keeps its ``ccomp``). On PolNeAR train (each half with the lexicon mined on the
    other) such candidates matched 0 of 12 after "about" on split A and 0 of 15 on H, 2 of 20
    and 3 of 18 after "on", 2 of 15 and 2 of 18 after "from", against "with" 31 of 41, "by"
    58 of 106. Train CV A / H lenient +0.0007 / +0.0008, strict +0.0006 / +0.0004, cue token
    +0.0005 / +0.0003, source token +0.0002 / +0.0002; content token -0.00008 / -0.00007, the
    dropped candidates' tokens inside gold content no candidate covers (history, 2026-12-05)."""
    return (
        frame.removesuffix("-pass") not in MESSAGE_FRAMES
        and v.dep_ == "pcomp"
        and v.head.lower_ in TOPIC_CLAUSE_PREPS
    )


def dispute_head(v: Token, frame: str) -> Token | None:
    """The verb or noun before "over" when ``v`` heads the clause that is its object
    (``pcomp``), in a frame that is not a message's: the clause is what a dispute or a
    reaction is about, not a report of its own ("Two officials clashed over how to release
    the data", "a furor arose over whether the country should accept refugees", "a debate
    over what the president accomplished"). PolNeAR's cue is the governing word with "over"
    and its content the clause (:func:`~.verbcues.hand_to_dispute`). On all of PolNeAR train,
    such a clause's governing verb was in a gold cue 6 times of 15 and its governing noun 7 of
    20, its own verb 2 of 34 (2026-12-05)."""
    prep = v.head
    gov = prep.head
    if (
        frame.removesuffix("-pass") in MESSAGE_FRAMES
        or v.dep_ != "pcomp"
        or prep.lower_ != "over"
        or prep.dep_ != "prep"
        or gov.i > prep.i
        or gov.pos_ not in ("VERB", "NOUN")
    ):
        return None
    return gov


#: Complementizers of a clause that states a proposition or a question (:func:`held_clause`).
_COMPLEMENTIZERS = frozenset(("that", "whether"))
#: Governors whose "that" clause the writer states as true or only frames: the fact itself (a
#: factive noun) and a copula ("The problem is that ...", "It was then that ..."). An act in
#: such a clause is told as having happened (:func:`held_clause`).
_TOLD_AS_TRUE = frozenset(("fact", "be"))
#: Degree words of a result clause ("so sensitive that the department withheld ..."): the
#: clause tells what came of it, as a main clause would.
_RESULT_DEGREE = frozenset(("so", "such"))


def held_clause(v: Token, frame: str, src: Token | None = None) -> bool:
    """``v`` heads a clause opened by "that" or "whether" (or is a conjunct of the verb that
    does) that another word governs, a verb, an adjective or a noun (``ccomp``, ``acl``), in a
    frame that is not a message's: the act is what someone else charges, fears, demands or
    doubts, the content of that word, not a report of the clause's subject ("repeated
    accusations that Rubio recites the same campaign points", "not confident that Mrs.
    Clinton understands their frustrations", "a requirement that candidates release their
    tax returns"). A clause the writer tells as true stays: under "fact" or a copula ("the
    fact that none of his rivals attacked him", "It was six months ago that Trump was saying
    the opposite"), and a result clause ("so sensitive that the department considered the
    emails classified"). A clause or a quotation the verb reports stays too ("accusations
    that Rubio said that ..."): PolNeAR annotates those as often as a main clause's. A verb
    that governs the clause takes it as its content (:func:`~.verbcues._hand_to_holder`);
    under a noun or an adjective the act is no report. On PolNeAR train (split A, each half
    with the lexicon mined on the other) such candidates matched 12 times in 55, 3 in 35
    outside a copula and "fact" (2026-12-06)."""
    if frame.removesuffix("-pass") in MESSAGE_FRAMES:
        return False
    head = clause_head(v)
    if head.i != v.i and src is not None and not head.left_edge.i <= src.i <= head.right_edge.i:
        # a conjunct whose source (``src``) lies outside the clause was hung in it by a parse
        # error: "Many officials believe that debt relief is possible and have been calling on
        # the council", "calling" is the officials' act, not part of what they believe
        return False
    v = head
    if v.dep_ not in ("ccomp", "acl"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _COMPLEMENTIZERS for c in v.children):
        return False
    gov = v.head
    if gov.lemma_.lower() in _TOLD_AS_TRUE:
        return False
    return not any(c.lower_ in _RESULT_DEGREE for c in gov.children)


def clause_head(v: Token) -> Token:
    """The first conjunct of ``v``'s coordination (``v`` itself when it is none)."""
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    return v

"""Noun and layout cues: ``X's view is that ...`` (a belief noun before a copula), the
press-release sign-off ``“...” - Jane Smith``, and the channel of a verb cue (``in a
statement``, ``in a memo``) recorded on the candidate."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsprov.analysis.attribution.quotes import Quote
from newsprov.analysis.attribution.spans import subtree_ids

#: Nouns that, as subject of "be" with a clause, attribute that clause: "his view is that".
VIEW_NOUNS = frozenset(
    "view position argument belief claim contention assessment message point conclusion hope "
    "fear worry concern suspicion assumption expectation feeling sense opinion thinking "
    "understanding impression bet guess hunch theory response answer reply explanation".split()
)
#: Nouns naming the text or occasion a statement came in ("said in a statement"). Not derived
#: from the sources lexicon's DOCUMENT_NOUNS: occasions ("press conference", "briefing",
#: "call", "appearance") are no documents, and most documents are no channel ("said in the
#: law", "in the data", "in the budget" name what was spoken of, not where).
CHANNEL_NOUNS = frozenset(
    "statement memo memorandum interview tweet letter post email e-mail op-ed speech release "
    "report filing press conference call briefing testimony remarks appearance note message "
    "video podcast broadcast editorial column essay blog book".split()
)
CHANNEL_PREPS = frozenset("in on via during through".split())
#: Nouns whose gerund speaks for whoever issued them: the channels, and documents a body
#: adopts or puts out ("approved a resolution condemning", "launched petitions calling on",
#: "planted articles alleging"; the three added on PolNeAR train examples, train CV lenient
#: +0.0003, strict +0.0002, every token F1 up or level; ads, with them, cost content 0.0001).
GERUND_HOSTS = CHANNEL_NOUNS | frozenset("resolution petition article".split())
#: A sign-off after a closing quote at the end of its line: ` - Jane Smith, CEO`, with any
#: dash (U+2015, the quotation dash, too) and any spaces (no-break ones too) around it.
_SIGNOFF = re.compile(
    r"[^\S\n]*([-–—―]{1,2})[^\S\n]*([A-Z][^\n\"“”]{1,80}?)(?:[^\S\n]|\.)*(?=\n|$)"
)


#: Tags of a wh-word opening a free relative ("is what first drew her to the sport"): the
#: noun is identified with a thing, no view is stated (PolNeAR train: one such candidate,
#: unmatched; 2026-12-04).
_FREE_RELATIVES = frozenset(("WP", "WDT", "WRB"))


def view_cues(doc: Doc, nouns: Iterable[int]) -> list[tuple[set[int], Token | None, set[int]]]:
    """``(cue ids, source head or None, content ids)`` for "X's view is that ..."."""
    out = []
    for i in nouns:
        n = doc[int(i)]
        if n.lemma_.lower() not in VIEW_NOUNS or n.dep_ != "nsubj" or n.head.lemma_ != "be":
            continue
        cop = n.head
        clause = next(
            (c for c in cop.children if c.dep_ in ("ccomp", "attr") and c.i > cop.i), None
        )
        if clause is None or (clause.dep_ == "attr" and clause.pos_ not in ("VERB", "AUX")):
            continue
        if clause.doc[clause.left_edge.i].tag_ in _FREE_RELATIVES:
            continue  # "That sense of independence is what drew her": a free relative, no view
        src = next((c for c in n.children if c.dep_ == "poss"), None)
        cue = {n.i, cop.i} | {c.i for c in cop.children if c.dep_ in ("aux", "neg")}
        # "*A second* view is", "*The* hope has been": the determiner and adjectives, as a noun
        # frame's (:func:`_noun_modifiers`; before, adjectives and compounds only, wherever
        # they stood: "fundamental argument akin is"). The gold cue held such a determiner in
        # 5 of 5 matched train relations on each split; train CV A / H cue token +0.00015 /
        # +0.00014, strict +0.00011 / +0.00011, the rest level (2026-12-04)
        cue |= _noun_modifiers(n)
        out.append((cue, src, subtree_ids(clause)))
    return out


#: Nouns naming someone by the side they take on a person, party or idea: as the predicate of
#: "be" with an "of" phrase they report the subject's stance ("Weber is no fan of Trump", "she
#: was a full-fledged booster of Romney", "Mr. Kasich has been a pointed critic of his style").
#: Counted on all of PolNeAR train (2026-12-06; the gold cue holding the noun, after "be" with
#: "of"): held 15 times in 35, 10 in 11 with a name or common noun as subject, the misses a
#: first person inside a quotation ("I'm a big fan of Paul", a report nested in the quote's)
#: or a clause another verb reports ("Cruz has said he is a strong supporter of ..."). "Ally"
#: (a relation between equals, 0 of 127 in a gold cue in any construction) is left out.
STANCE_NOUNS = frozenset(
    "fan supporter critic opponent proponent advocate booster defender champion backer "
    "skeptic sceptic foe admirer detractor".split()
)


def stance_cues(doc: Doc, nouns: Iterable[int]) -> list[tuple[set[int], Token, set[int]]]:
    """``(cue ids, subject, content ids)`` for "X is a critic of Y" (:data:`STANCE_NOUNS`): the
    noun is the predicate of "be" (``attr``) with an "of" phrase after it; the cue is the
    copula with its auxiliaries and negation, the noun with its determiner and adjectives
    (:func:`_noun_modifiers`) and "of", the content the object of "of", the source the
    copula's subject."""
    out = []
    for i in nouns:
        n = doc[int(i)]
        if n.lemma_.lower() not in STANCE_NOUNS or n.dep_ != "attr" or n.head.lemma_ != "be":
            continue
        cop = n.head
        subj = next((c for c in cop.children if c.dep_ == "nsubj" and c.i < cop.i), None)
        of = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if subj is None or of is None or of.i < n.i:
            continue
        obj = next((g for g in of.children if g.dep_ == "pobj"), None)
        if obj is None:
            continue
        cue = {cop.i, n.i, of.i} | _noun_modifiers(n)
        cue |= {c.i for c in cop.children if c.dep_ in ("aux", "neg") and c.i > subj.i}
        out.append((cue, subj, subtree_ids(obj)))
    return out


#: Prepositions that introduce a noun cue's content ("criticism of", "support for").
NOUN_PREPS = frozenset("of for on about against to with over".split())

#: Noun frames that tell a dispute or a move against something ("the controversy over the
#: emails", "a campaign against ISIS"): with no possessor naming whose it is, no report. Chosen
#: on train two-fold CV (2026-12-05): such candidates matched 0 of 10 on split A and 0 of 4 on
#: split H; sourceless "of" (8 of 36 matched, dropped before: history), "for" (6 of 24 and 1
#: of 19) and "to" frames were left to the lexicon.
DISPUTE_FRAMES = frozenset(("n-prep:over", "n-prep:against"))


def noun_frame(n: Token) -> tuple[str, set[int], set[int], Token | None] | None:
    """``(frame, cue ids, content ids, possessor)`` of a noun that may be a cue: ``n-prep:<p>``
    ("Trump's criticism of the deal") or ``n-that`` ("the claim that ..."); None otherwise."""
    poss = next((c for c in n.children if c.dep_ == "poss"), None)
    cue = {n.i} | _noun_modifiers(n)
    for c in n.children:
        if c.dep_ in ("acl", "ccomp") and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children
        ):
            return "n-that", cue, subtree_ids(c), poss
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ in NOUN_PREPS and c.i > n.i:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and not when(obj):
                return f"n-prep:{c.lower_}", cue | {c.i}, subtree_ids(obj), poss
    return None


def owned_clause(frame: str, poss: Token | None) -> bool:
    """Is a noun with possessor ``poss`` in ``frame`` a cue whatever the lexicon says of it? A
    "that" clause of the noun's own with a possessor ("Trump's suggestion that ...", "her
    insistence that ...", "the campaign's contention that ...") tells what the possessor says
    or thinks, where the noun with no possessor may name a fact ("the accusation that ..."
    spread). On PolNeAR train CV the candidates the lexicon refused in this frame with a
    possessor matched 18 times in 32 on split A and 15 in 30 on split H (with none, 20 in 229
    and 20 in 217). After the lexicon's decision only, for a noun the lexicon accepts in some
    frame (2026-12-05)."""
    return frame == "n-that" and poss is not None


#: Prepositions whose object, after a noun cue with no possessor, names whose the act is:
#: "criticism from rivals that ...", "claims by intelligence agencies that ...", "an admission
#: from Elizabeth Warren that ...". Chosen on all of PolNeAR train (2026-12-05): over nouns
#: with such a phrase, a noun frame and no possessor, where the noun was in a gold cue the
#: phrase's object was in its gold source 17 times in 18.
AGENT_PREPS = frozenset(("from", "by"))


def agent(n: Token) -> Token | None:
    """The object of a "from" or "by" phrase after the noun cue ``n`` ("criticism *from
    Democrats* that"), the noun's source when no possessor names it; None if there is none or
    it names a time."""
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ in AGENT_PREPS and c.i > n.i:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and not when(obj):
                return obj
    return None


#: Weekdays and the like, which the parse does not always tag as a date.
_DAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)


def when(obj: Token) -> bool:
    """``obj``, a preposition's object, names a time: a date or time entity or a weekday. After
    a noun cue's preposition it tells when, not what is said or thought ("the debate on
    Saturday", "his attacks on Tuesday": :func:`noun_frame` goes on to the next preposition),
    and "for" and a time after a verb's object tells how long ("praised the mayor for years":
    :func:`~.verbs._time_or_channel`). On PolNeAR train (each half scored with the lexicon mined
    on the other) such noun and prepositional frames matched 4 times in 19 on split A, 4 in 17
    on split H, all four "known as Super Tuesday" ("as", which no caller takes). Train CV, split
    A / H: lenient +0.0004 / +0.0001, cue token +0.0006 / +0.00005, source token +0.0005 /
    +0.00001, strict +0.00016 / +0.00016, every figure up on both splits (2026-12-04)."""
    return obj.ent_type_ in ("DATE", "TIME") or obj.lower_ in _DAYS


#: Dependents before a noun cue that its cue holds ("*new* questions about", "*a* question
#: about", "*the* assertion that"): PolNeAR's cue held such an adjective in 24 of 25 matched
#: train relations and such a determiner in 7 of 8 (split A's half scored with the lexicon
#: mined on the other; a possessor, the source, in none of 27), 2026-12-03.
_NOUN_CUE_MODIFIERS = frozenset("det amod compound nummod".split())


def _noun_modifiers(n: Token) -> set[int]:
    """The words of the modifiers right before noun ``n`` (:data:`_NOUN_CUE_MODIFIERS`), up to
    a possessor or any other word."""
    out: set[int] = set()
    start = n.i
    for c in reversed(list(n.lefts)):
        if c.dep_ not in _NOUN_CUE_MODIFIERS or c.right_edge.i != start - 1 or c.is_quote:
            break
        if any(t.is_quote or t.dep_ == "poss" for t in c.subtree):
            break
        out |= subtree_ids(c)
        start = c.left_edge.i
    return out


def signoffs(
    text: str, quotes: list[Quote]
) -> list[tuple[Quote, tuple[int, int], tuple[int, int]]]:
    """``(quote, dash span, name span)`` for press-release quotes signed off by a name."""
    out = []
    for q in quotes:
        m = _SIGNOFF.match(text, q.end)
        if m is None:
            continue
        name = m.group(2).rstrip(" ,")
        words = name.split()
        if not words or len(words) > 10:
            continue
        out.append((q, m.span(1), (m.start(2), m.start(2) + len(name))))
    return out


#: Channel nouns whose phrase right after the verb joins its cue ("said in a statement"): a
#: statement is the act of stating itself, where an interview, an email or a speech is the
#: occasion or medium of what is said, which PolNeAR's annotators mostly leave out of the cue.
#: A (press or news) release is a published statement: "said in a press release", "stated in a
#: release Tuesday", "explained in its release" held the phrase in the gold cue 4 times in 4
#: over PolNeAR train's matched relations (train CV split A / H: cue token +0.00028 / +0.00030,
#: strict +0.00016 / +0.00016, the rest level, 2026-12-05).
CUE_CHANNEL_NOUNS = frozenset("statement statements release releases".split())
_CUE_CHANNEL = re.compile(r"\b(?:" + "|".join(sorted(CUE_CHANNEL_NOUNS)) + r")\b", re.IGNORECASE)


def cue_channel(phrase: str) -> bool:
    """Does the channel phrase ``phrase`` ("in a statement", "in an interview") join the cue
    (:data:`CUE_CHANNEL_NOUNS`)?"""
    return _CUE_CHANNEL.search(phrase) is not None


#: Social networks: posting on one is the act of saying ("wrote on Twitter", "said on
#: Facebook"), so the phrase right after the verb joins its cue, as PolNeAR's annotators mostly
#: have it; a broadcaster ("said on CNN") is where words were aired, and stays out.
NETWORKS = frozenset("twitter facebook instagram".split())


def network(v: Token) -> tuple[int, int] | None:
    """The span of an "on Twitter"-like phrase on verb ``v`` ("on"/"via" and a social network,
    or "social media"), else None."""
    for c in v.children:
        if c.dep_ != "prep" or c.lower_ not in ("on", "via") or c.i <= v.i:
            continue
        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if obj is None or len(list(obj.children)) > 1:
            continue
        social = obj.lower_ == "media" and any(g.lower_ == "social" for g in obj.children)
        if obj.lower_ in NETWORKS and not list(obj.children) or social:
            return (c.idx, obj.idx + len(obj.text))
    return None


#: Determiners of a manner phrase's noun ("said with a grin"): an indefinite one only.
_MANNER_DETS = frozenset(("a", "an"))


def manner(v: Token) -> set[int] | None:
    """The words of a manner phrase right after cue verb ``v``: "with" and an indefinite noun
    phrase with no clause ("said with a grin", "explained with a smile", "said with an eye
    roll"), else None. How the words were said is part of the saying: on all of PolNeAR train,
    "with a"/"with an" right after a verb of a gold cue was in that cue 16 times in 19 (the
    three others a noun with a clause, "responded with a phrase that ...", or an offer, "called
    with an enticing offer"); "with the" (a partner, "agreed with the analysis") stays a
    matter for the content."""
    if v.i + 1 >= len(v.doc):
        return None
    c = v.doc[v.i + 1]
    if c.dep_ != "prep" or c.head.i != v.i or c.lower_ != "with":
        return None
    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
    if obj is None or not any(g.dep_ == "det" and g.lower_ in _MANNER_DETS for g in obj.children):
        return None
    ids = subtree_ids(c)
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct or t.is_quote for t in (v.doc[i] for i in ids)):
        return None
    return ids


#: Clauses on a channel noun that stay out of the channel phrase.
_CLAUSES = frozenset("acl relcl ccomp".split())


def channel(v: Token) -> tuple[int, int] | None:
    """The span of ``in a statement``-like phrase attached to cue verb ``v``, else None."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in CHANNEL_PREPS:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in CHANNEL_NOUNS:
                ids = subtree_ids(c)
                for g in obj.children:  # "in a statement that ...": the clause is no channel
                    if g.dep_ in _CLAUSES and g.i > obj.i:
                        ids -= subtree_ids(g)
                # a space token the parse hung on the noun (a no-break space before "according
                # to") is no word of the phrase: the cue ended with it and fell outside the
                # content of the "according to" right after
                ids = {i for i in ids if not v.doc[i].is_space}
                a, b = min(ids), max(ids)
                return (v.doc[a].idx, v.doc[b].idx + len(v.doc[b].text))
    return None

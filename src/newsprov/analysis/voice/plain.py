"""Words that judge elsewhere, read in a plain register: a measure, an amount or a probability
compared ("far higher", "far more money", "much less likely"), a poll's scale and answers
("strongly agree", "view him favorably", "15% enthusiastic"), stock compounds and fixed phrases
("highly anticipated", "too close to call", "the very least") and words formed with "non-" or
"-wise". The token and phrase cues (:mod:`.token_cues`, :mod:`.phrases`) skip what these take.
"""

from __future__ import annotations

from spacy.tokens import Token

_COMPARATIVE_WORDS = {"more", "less", "worse", "better"}


def _stock_degree(t: Token) -> bool:
    """ "Highly" before a participle is a stock compound ("highly anticipated", "highly
    classified", "highly-anticipated"), not the outlet's intensity. From an audit of unseen articles
    (2026-12-02); it flagged no BASIL 2010-2016 sentence."""
    head = t.head
    if t.lower_ != "highly" or head.tag_ != "VBN":
        return False
    # "highly anticipated"; hyphenated, "highly-anticipated"
    return head.i == t.i + 1 or (head.i == t.i + 2 and t.nbor().text == "-")


#: Adverbs of size on a verb of measured change: "fell sharply", "rose dramatically", "sharply
#: higher" report how much a quantity moved, the market report's plain register, not the
#: outlet's intensity ("sharply criticized" stays a judgement, with its speech verb).
_MAGNITUDE_ADVERBS = frozenset({"sharply", "dramatically", "drastically"})
_CHANGE_VERBS = frozenset(
    "fall rise drop decline increase decrease grow shrink climb slide slip surge jump gain "
    "lose cut reduce raise lower boost expand contract slow accelerate plunge tumble soar "
    "rebound recover narrow widen "
    # 2026-12-05, a fresh sample of PolNeAR train articles (seed 509): "with the campaign
    # staff dramatically downsized"; with its siblings of size
    "downsize trim halve double triple".split()
)


def _magnitude(t: Token) -> bool:
    """Is ``t`` an adverb of size on a verb of measured change ("Stock markets around the
    world have fallen dramatically today", "earnings dropped sharply")? Added 2026-12-03 after
    reading 120 MEANTIME (Wikinews) articles, where such market reports made 11 of 114 flags,
    and a PolNeAR train article; BASIL 2010-2016 holds none."""
    if t.lower_ not in _MAGNITUDE_ADVERBS:
        return False
    head = t.head
    if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _CHANGE_VERBS:
        return True
    return head.lower_ in ("higher", "lower", "up", "down")


#: A poll's measure of opinion: "view him favorably", "rated the plan positively".
_RATINGS = frozenset({"favorably", "unfavorably", "positively", "negatively"})
#: "compared favorably" tells the comparison's outcome, not the manner of a report (a BASIL
#: 2010-2016 flag, no span, 2026-12-04).
_VIEWING = frozenset({"view", "see", "regard", "rate", "perceive", "look", "compare"})


def _rating(t: Token) -> bool:
    """Is ``t`` a poll's rating on a verb of viewing ("82 percent of whom view Trump
    unfavorably", "viewed him favorably in the mid-January poll"), what the respondents think,
    not how the outlet says they spoke? From a fresh sample of PolNeAR train articles
    (2026-12-04), where it flagged four sentences alone."""
    return t.lower_ in _RATINGS and t.head.lemma_.lower() in _VIEWING


#: The verbs and adjectives of a stance that a poll's scale grades ("strongly agree",
#: "somewhat oppose", "strongly favored to keep the House").
_STANCES = frozenset(
    {"support", "oppose", "favor", "agree", "disagree", "approve", "disapprove", "supportive"}
)


def _stance_scale(t: Token) -> bool:
    """Is ``t`` "strongly" or "somewhat" on a stance, the step of an opinion scale ("34%
    strongly agree they should", "a candidate who many party members strongly oppose", "both
    of his senators strongly supported him", "a measure strongly opposed by unions"), how
    firm a position is, like a poll's "view favorably", not the manner of a report or the
    outlet's intensity ("strongly denounced" stays)? From a fresh sample of 150 PolNeAR train
    articles (seed 509, 2026-12-05; one flag alone, and three in samples read before)."""
    return t.lower_ in ("strongly", "somewhat") and t.head.lemma_.lower() in _STANCES


def _proportion(t: Token) -> bool:
    """ "Overwhelmingly" on a verb or a noun counts a majority, a vote's or a poll's margin
    ("overwhelmingly passed the bill", "African-American voters overwhelmingly support the
    president", "won overwhelmingly"), like "largely" and "unanimously"; on an adjective it
    grades ("overwhelmingly offensive") and stays an intensifier. 2026-12-04, from two BASIL
    2010-2016 flags (no span) and four of 150 fresh PolNeAR train articles."""
    return t.lower_ == "overwhelmingly" and t.head.pos_ != "ADJ"


#: Words that may stand between a poll's share and the answer it counts ("46% with a positive
#: reaction", "16% who would be enthusiastic", "24% satisfied").
_SHARE_GLUE = frozenset({"with", "who", "that", "would", "be", "were", "are", "was", "is"})


def _poll_answer(t: Token) -> bool:
    """Is ``t`` an adjective that names a poll's answer, right after the share that gave it
    ("15% enthusiastic and 24% satisfied", "46% with a positive reaction -- including 16% who
    would be enthusiastic -- and 46% a negative one"): the respondents' category, no word of
    the outlet's, like a poll's "view favorably"? Up to four words may stand between, each a
    determiner or one of :data:`_SHARE_GLUE`; any other word ("rose 5% amid fierce
    criticism") ends the search. From a fresh sample of 94 PolNeAR train articles (seed 733,
    2026-12-05), where three sentences of one poll report were flagged on such words alone."""
    if t.pos_ != "ADJ":
        return False
    doc, i = t.doc, t.i - 1
    start = t.sent.start  # once, not at each step (each a walk to the sentence's edges)
    while i >= max(start, t.i - 5):
        w = doc[i]
        if w.text == "%" or w.lower_ == "percent":
            return i > start and w.nbor(-1).like_num
        if w.pos_ != "DET" and w.lower_ not in _SHARE_GLUE:
            return False
        i -= 1
    return False


def _too_close_to_call(t: Token) -> bool:
    """ "Too close to call": a race whose winner cannot yet be named, the fixed phrase of
    election nights, no degree of the outlet's (a fresh sample of PolNeAR train articles,
    2026-12-04, two flags)."""
    return [w.lower_ for w in t.doc[t.i : t.i + 4]] == ["too", "close", "to", "call"]


_EMPHATIC_ORDINALS = frozenset({"next", "first", "last"})


def _emphatic_very(t: Token) -> bool:
    """ "The very top", "the very day": "very" on a noun singles the thing out, it grades
    nothing (a determiner's word before it: the parse may still tag it an adverb). Since
    2026-12-05 also after a possessive ("the party's very existence", "its very survival")
    and in "the very same" (the same one, no degree of sameness): two flags alone in a fresh
    sample of 150 PolNeAR train articles (seed 509); no BASIL 2010-2016 sentence moved.
    Since 2026-12-05 (late morning) also "at the very least" and "at the very most", a floor
    or a ceiling on a figure (a seed 45 sample of ECB+, 1 flag alone; none in BASIL)."""
    if t.lower_ != "very" or t.i <= t.sent.start:
        return False
    before = t.nbor(-1)
    if (
        t.i - 2 >= t.sent.start
        and t.nbor(-2).lower_ == "at"
        and before.lower_ == "the"
        and t.i + 1 < t.sent.end
        and t.nbor().lower_ in ("least", "most")
    ):
        return True  # "at the very least", "at the very most": a floor or a ceiling on a figure
    if t.head.lower_ == "same":
        return before.pos_ == "DET"
    if t.i + 1 < t.sent.end and t.nbor().lower_ in _EMPHATIC_ORDINALS:
        # "the very next year", "its very first day", "the very last minute": the one
        # exactly, no degree (since 2026-12-05, an audit of unseen PolNeAR dev texts)
        return before.pos_ == "DET" or before.tag_ in ("POS", "PRP$")
    return t.head.pos_ in ("NOUN", "PROPN") and (
        before.pos_ == "DET" or before.tag_ in ("POS", "PRP$")
    )


def _wise_suffix(t: Token) -> bool:
    """Is ``t`` "wise" as the suffix "-wise" ("in respect of": "Competition-wise, the device
    ...", "Structure-wise"), joined by a hyphen to the word before, not the adjective of
    judgement? From the 120 MEANTIME articles (2026-12-05, late morning: twice, once deciding
    a flag with "popular"); BASIL 2010-2016 holds none."""
    if t.lower_ != "wise" or t.i - 2 < t.sent.start:
        return False
    hyphen, word = t.nbor(-1), t.nbor(-2)
    return hyphen.text == "-" and not hyphen.whitespace_ and not word.whitespace_


def _hyphened_too(t: Token, head: Token) -> bool:
    """Is ``t`` "too" joined by a hyphen to its adjective ``head`` ("an all-too-familiar
    scenario", "a too-cozy relationship"), the same degree as "too familiar"? From an audit
    of unseen ECB+ texts (2026-12-05)."""
    return (
        t.lower_ == "too"
        and head.i == t.i + 2
        and t.nbor().text == "-"
        and not t.whitespace_
        and not t.nbor().whitespace_
    )


def _non_stem(t: Token) -> bool:
    """Is ``t`` the stem of a word formed with "non-" ("non-profit", "non-violent", "non-
    partisan"): a classifying term, whose stem carries no valence of the outlet's? From an
    audit of unseen PolNeAR dev texts (2026-12-05), where "politically active non-profit
    groups" was flagged by "active" and "profit"."""
    doc, i = t.doc, t.i
    if i < 2:
        return False
    hyphen, prefix = doc[i - 1], doc[i - 2]
    return (  # the sentence (a walk to its edges) asked last, of the few left
        hyphen.text == "-"
        and prefix.lower_ == "non"
        and not hyphen.whitespace_
        and not prefix.whitespace_
        and i - 2 >= t.sent.start
    )


_CURRENCY = {"$", "£", "€"}


#: Words of probability: a comparison of them ("much less likely", "far more likely") measures
#: a chance, a poll's answer or a study's finding ("56 percent said they were much less likely
#: to vote for Republicans", "areas hit by trade shocks were much more likely to move to the
#: far right"), not the outlet's intensity. From a fresh sample of PolNeAR train articles
#: (2026-12-04), where it flagged four sentences alone; BASIL 2010-2016 holds none.
_LIKELIHOOD = frozenset({"likely", "unlikely", "probable", "improbable"})


def _likelihood(t: Token | None) -> bool:
    return t is not None and t.lower_ in _LIKELIHOOD


def _amount(comp: Token) -> bool:
    """Is the comparative ``comp`` an amount compared, not a grade of a quality?

    "Fewer"; "more" or "less" of something ("even more of his arsenal"), before the noun it
    counts ("has attracted far less money"), as the amount itself, an object ("spent far more
    to help him", "hoping for far more than that"), or before "than" in a sentence that gives
    the amounts ("roughly $1.35 billion -- still far more than it was a decade ago", "has
    netted far more than Rubio, who has 151"): a count or a sum compared, a measure like "fell
    sharply". "Far more aggressive", "even more divided", "much less a tax increase" (let
    alone) and "it was much more than that" (a grade: more than aggressive) stay degrees. From
    a fresh sample of 150 PolNeAR train articles (seed 509, 2026-12-05), where such
    comparisons of money, delegates and seats flagged five sentences alone."""
    low = comp.lower_
    if low == "fewer":
        return True
    if low not in ("more", "less") or comp.i + 1 >= len(comp.doc):
        return False
    nxt = comp.nbor()
    if nxt.lower_ == "of" or (nxt.pos_ == "NOUN" and comp.head.i == nxt.i):
        return True
    if nxt.lower_ == "than":
        return any(w.like_num or w.text in _CURRENCY for w in comp.sent)
    return comp.dep_ in ("dobj", "pobj") and nxt.pos_ not in ("ADJ", "ADV")


#: Adjectives that measure, not value: Dixon's semantic types DIMENSION ("high", "wide"), AGE
#: ("old", "young"), SPEED ("fast", "slow"), weight, and position in time ("early", "late").
#: Written here on 2026-12-05 from those types, not from a corpus's flags; distance ("far",
#: the lemma of "further" and "farther": "the markets can fall even further") joined the same
#: day, from an audit of unseen MEANTIME texts (1 flag).
_MEASURES = frozenset(
    "high low large big small little long short wide narrow broad thick thin deep shallow tall "
    "old young fast quick slow heavy light early late far".split()
)


def _measured(comp: Token) -> bool:
    """Is the comparative ``comp`` a measure compared, a comparative of a dimension, an age, a
    speed, a weight or a time ("far higher in the rankings", "an even narrower margin", "even
    older tools", "much earlier"), not a grade of a quality ("far worse", "even more
    divided")? An amount compared ("far less money") is :func:`_amount`'s.
    From a PolNeAR train sample re-read (seed 919, 2026-12-05), where such
    comparisons flagged eight sentences alone."""
    if comp.tag_ not in ("JJR", "RBR"):
        return False
    low = comp.lower_
    base = comp.lemma_.lower()
    if base == low:
        base = low[:-3] + "y" if low.endswith("ier") else low[:-2]
    return base in _MEASURES or (low.endswith("er") and low[:-1] in _MEASURES)

"""Evaluative cues: the words with which the outlet judges rather than states.

:func:`find_cues` returns every cue of a sentence as ``(span, kind)``, keeping those the caller
says are the outlet's own words; ``WEIGHTS`` and ``THRESHOLD`` say how many make a judgement
(the voice module applies them). Kinds, with their weight:

* ``hedge`` (3) "it appears", "it is not clear", "apparently"; ``phrase`` (3) "so-called",
  loaded expressions and blame, "to blame", "far more", "lashed out": phrase lists; also the
  stock figures the senses module reads ("a chorus of", "took a shot at", "a stinging blow
  to");
* ``metaphor`` (3) a word of war or violence on a political argument ("raided Medicare",
  "an assault on his record", "pulled no punches"): :func:`senses.conflict_metaphor`;
* ``loaded`` (3) judging verbs ("slammed", "touted"), labels ("regime", "culprits"), evaluative
  adjectives ("controversial", "embattled"): a hand-written list by part of speech;
* ``intensifier`` (3) listed adverbs ("deeply", "clearly"); ``degree`` (3) "so"/"too" before an
  adjective or a manner adverb, "far"/"much"/"even" before a comparative, "more" before an
  evaluative adjective;
* ``delivery`` (3) a manner adverb on an attribution's cue: how the outlet says someone spoke
  ("said curtly", "forcefully defended"); ``comment`` (3) a manner adverb opening the sentence
  before a comma ("Ironically, ..."); ``counter`` (3) "even" on a verb, counter-expectation
  ("the president even acknowledged", "even as officials said");
* ``question`` (3) a question mark in the outlet's own words (not a name alone: "Governor
  Pence?"); ``scare`` (3) a quoted fragment of one to three words (not a word mentioned as a
  word: 'a single "no" vote', 'the term "rioters"');
* ``emotive`` (1.5) VADER adjectives and adverbs at abs(valence) >= 1.5, nouns and verbs at
  >= 2.5, unless news uses them as plain description (``news_neutral.txt``); ``manner`` (1)
  other "-ly" adverbs of manner; ``mild`` (1) VADER adjectives and adverbs at >= 1.0.

A quoted title ("Face the Nation") is not a scare quote, nor is a passage in single marks (the
headline's quotation); the words inside what someone called something are the caller's.

Capitalised words inside a sentence and proper nouns are never cues ("Liberty University",
"Justice Department"); a capitalised first word may be ("Controversial Maine Gov. ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsprov.analysis.doctext import doc_text
from newsprov.analysis.voice.hedging import bare_probability
from newsprov.analysis.voice.lexicon import (
    ADJ_ADV_VALENCE,
    MILD_VALENCE,
    NOUN_VERB_VALENCE,
    Lexicon,
    lexicon,
)
from newsprov.analysis.voice.senses import (
    ATTACK_NOUNS,
    CONFLICT_WORDS,
    DISTANCING_ADJECTIVES,
    QUANTITY_METAPHORS,
    blow_to,
    conflict_metaphor,
    distancing,
    is_loaded,
    looks_like_name,
    opens_named_term,
    preps,
    quantity_metaphor,
    to_clause,
    verbal_attack,
)
from newsprov.record import Span

#: A quoted passage inside one paragraph: straight or typographic double quotes; two
#: apostrophes, the double mark of some archives (''Meet the Press'', the New York Times's
#: texts in PolNeAR); and single marks, straight or typographic, the mark of headlines and of
#: British style ("Graham praises Clinton as 'work horse, not show horse.'"), an apostrophe
#: inside ("'You're being ridiculous.'") or before a number ("the '90s") being none. Single
#: marks and doubled apostrophes since 2026-12-04, from reading the flags of 120 PolNeAR
#: train articles: 23 of their 593 flagged sentences hold doubled apostrophes; BASIL
#: 2010-2016 has neither outside a double-quoted passage.
#: And a paragraph that opens with a double mark and holds no other runs quoted to its end:
#: the convention of a quotation that goes on into the next paragraph, whose closing mark
#: only the last paragraph carries ("Wal-Mart may be a big company and that is no doubt. ...",
#: a lawyer's argument quoted over two paragraphs). Since 2026-12-05, from reading the flags
#: of BASIL 2010-2016 and NewsWCL50, where such paragraphs made a flag each on the quoted
#: words (a statement of the border agency's in NewsWCL50); none on a lexical-bias span.
#: Two grave accents open a quotation of more than three words closed by two apostrophes
#: (``...'', the typewriter convention kept by ECB+'s copies of wire stories), and a line
#: opening with them and holding no closing pair runs quoted to its end, as above. Since
#: 2026-12-05, from an audit of unseen ECB+ texts, where a police officer's "fortunately" and
#: "very, very" had been read as the outlet's. A shorter fragment in them is left as before, no
#: scare quote: in 100 more ECB+ texts such fragments were mostly a source's term or a film's
#: title ("`` launched'' from INS Mysore", "starring in `` Australia,''").
QUOTED = re.compile(
    r"[“\"«]([^“”\"«»\n]{1,3000}?)[”\"»]"
    r"|(?<![^\n])[“\"]([^“”\"«»\n]{1,3000})(?![^\n])"
    r"|``([^\n]{1,3000}?)''"
    r"|(?<![^\n])``((?:(?!'')[^\n]){1,3000})(?![^\n])"
    r"|''([^\n]{1,3000}?)''"
    r"|(?<![\w’'‘])‘(?=[^\W\d_])((?:[^‘’\n“”\"]|’(?=\w)){1,300}?)’(?!\w)"
    r"|(?<![\w’'])'(?=[^\W\d_])((?:[^'\n“”\"]|'(?=\w)){1,300}?)'(?![\w'])"
)
SCARE_MAX_WORDS = 3
_DEGREE_BEFORE_COMPARATIVE = {"far", "much", "even", "ever", "vastly", "significantly", "still"}
_COMPARATIVE_WORDS = {"more", "less", "worse", "better"}


def quoted_spans(text: str, offset: int = 0) -> list[tuple[Span, int]]:
    """Quoted passages in ``text`` as ((start, end) including the marks, word count)."""
    return [((offset + a, offset + b), words) for a, b, words in _quoted(text)]


@lru_cache(maxsize=1024)
def _quoted(text: str) -> tuple[tuple[int, int, int], ...]:
    """:func:`quoted_spans` of ``text`` at offset 0, kept for the next call on the same text:
    the voice stage asks for every sentence's twice (:func:`titles_in`, :func:`find_cues`),
    and the whole text's twice. 1,024: more sentences than an article has (the longest
    PolNeAR dev text has 202), so the second round over an article's sentences finds the
    first's."""
    out = []
    for m in QUOTED.finditer(text):
        words = len(next(g for g in m.groups() if g is not None).split())
        if words <= SCARE_MAX_WORDS and text.startswith("``", m.start()):
            continue  # a short fragment in grave accents stays as it was (see QUOTED)
        out.append((m.start(), m.end(), words))
    return tuple(out)


def sentence_text(sent: SpacySpan) -> str:
    """``sent.text``, sliced from the doc's kept text (:func:`doc_text`) rather than joined
    from the sentence's tokens."""
    return doc_text(sent.doc)[sent.start_char : sent.end_char]


def _tok_span(t: Token) -> Span:
    return (t.idx, t.idx + len(t.text))


def _valence(t: Token, lex: Lexicon) -> float:
    """The word's VADER valence (else its lemma's); 0 for a word the lexicon keeps neutral and
    for the first word of a named term."""
    low, lemma = t.lower_, t.lemma_.lower()
    if low in lex.neutral or lemma in lex.neutral or opens_named_term(t):
        return 0.0
    v = lex.valence.get(low)
    return lex.valence.get(lemma, 0.0) if v is None else v


def _is_valenced(t: Token, lex: Lexicon) -> bool:
    if t.pos_ in ("ADJ", "ADV"):
        return abs(_valence(t, lex)) >= ADJ_ADV_VALENCE
    if t.pos_ in ("NOUN", "VERB"):
        return abs(_valence(t, lex)) >= NOUN_VERB_VALENCE
    return False


def _is_mild(t: Token, lex: Lexicon) -> bool:
    """A weaker emotive word: VADER |valence| >= 1.0 on an adjective or adverb."""
    if t.pos_ not in ("ADJ", "ADV") or looks_like_name(t):
        return False
    return abs(_valence(t, lex)) >= MILD_VALENCE


_NOT_DEGREE = {"much", "many", "few", "little", "far", "long", "late", "early", "soon", "often"}


def _is_evaluative_word(t: Token, lex: Lexicon) -> bool:
    if t.pos_ in ("PUNCT", "NUM", "SPACE", "SYM") or looks_like_name(t):
        return False
    return is_loaded(t, lex) or _is_valenced(t, lex)


def _is_manner_adverb(t: Token, lex: Lexicon) -> bool:
    low = t.lower_
    return (
        t.pos_ == "ADV"
        and low.endswith("ly")
        and len(low) > 4
        and low not in lex.neutral_adverbs
        and not looks_like_name(t)
    )


#: Comment adverbs the tagger may take for a name when they open a sentence ("Technically,"
#: tagged PROPN); any other capitalised "-ly" word there may be one ("Kelly,").
_COMMENT_ADVERBS = frozenset(
    "ironically technically curiously oddly strangely tellingly predictably unsurprisingly "
    "surprisingly remarkably sadly tragically fortunately unfortunately conveniently "
    "paradoxically inevitably thankfully frankly admittedly coincidentally understandably "
    "regrettably luckily mercifully".split()
)


#: Domain adverbs: inside the sentence they say in what respect a thing holds ("the two
#: Koreas technically remain at war"), not what the outlet thinks of it; opening the
#: sentence before a comma they still comment ("Technically, ...").
_DOMAIN_ADVERBS = frozenset({"technically"})


def _comment_adverb(t: Token) -> bool:
    """One of the listed comment adverbs on a verb, before it or set off by a comma
    ("Unfortunately for residents, the bridge cannot reopen", "the talks, predictably,
    stalled"); after its verb without a comma it may tell the manner ("spoke frankly").
    Added 2026-12-02 after an audit of unseen articles; measured on BASIL
    2010-2016 in docs/history/voice.md."""
    head = t.head
    return (
        t.lower_ in _COMMENT_ADVERBS
        and t.lower_ not in _DOMAIN_ADVERBS
        and t.pos_ == "ADV"
        and t.dep_ == "advmod"
        and head.pos_ in ("VERB", "AUX")
        and (t.i < head.i or (t.i > 0 and t.nbor(-1).text == ","))
    )


#: What "hardly" or "scarcely" counts rather than grades: an amount near none ("hardly any",
#: "scarcely anyone"), a frequency ("hardly ever").
_NEAR_NONE = frozenset("any anyone anybody anything ever".split())
#: Auxiliaries with which "hardly" tells what could barely be done ("could hardly hear") or
#: when ("had hardly sat down when ..."), no understatement.
_BARELY_AUX = frozenset("can could had".split())


def _understatement(t: Token) -> bool:
    """ "hardly" or "scarcely" on a verb or a predicate: the writer denying more than the
    words say, an understatement ("the announcement is hardly unprecedented", "the meeting
    hardly improved relations", "hardly a surprise"), the litotes of appraisal; not the
    "barely" of ability or time ("could hardly hear", "had hardly begun when", "is hardly
    campaigning"), of an amount ("hardly any", "hardly 10 percent") or of frequency ("hardly
    ever"). A `comment` cue: inside a report, the speaker's. Added 2026-12-05 after
    an audit of unseen ECB+, MEANTIME and PolNeAR dev texts, where two such sentences went
    unflagged ("hardly" was a weak `manner` cue)."""
    if t.lower_ not in ("hardly", "scarcely") or t.i + 1 >= t.sent.end:
        return False
    nxt = t.nbor()
    if nxt.lower_ in _NEAR_NONE or nxt.like_num:
        return False
    head = t.head
    if head.pos_ not in ("VERB", "AUX", "ADJ", "NOUN") or head.tag_ == "VBG":
        return False  # a progressive is "barely": "is hardly campaigning in the west"
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    return not any(
        c.dep_ == "aux" and c.lower_ in _BARELY_AUX for c in (*verb.children, *head.children)
    ) and not (t.i > t.sent.start and t.nbor(-1).lower_ in _BARELY_AUX)


def _opening_ly_word(t: Token) -> bool:
    """A comment adverb the tagger took for a name or an adjective ("Technically," as PROPN)."""
    return t.pos_ in ("PROPN", "ADJ", "NOUN") and t.lower_ in _COMMENT_ADVERBS


#: Verbs and nouns whose base form ends in "-ly" ("in silent reply", "rally"): no adverb.
_LY_STEMS = frozenset(
    "reply apply supply comply imply rely multiply rally tally bully sully dally assembly "
    "family ally anomaly monopoly".split()
)


def _is_ly_word(t: Token, lex: Lexicon) -> bool:
    """An "-ly" word that may be a manner adverb whatever its tag (not a noun, nor a verb or
    noun whose base form ends in "-ly": "in silent reply", found in an unseen article; nor an
    adjective before its noun: "in response to a friendly question", a PolNeAR train article)."""
    low = t.lower_
    return (
        t.is_lower
        and low.endswith("ly")
        and len(low) > 4
        and low not in lex.neutral_adverbs
        and low not in _LY_STEMS
        and t.pos_ != "NOUN"
        and not (t.pos_ == "ADJ" and t.dep_ == "amod")
    )


Cue = tuple[Span, str]  # (span, kind)

#: How much each kind of cue weighs; a sentence judges when its cues weigh ``THRESHOLD``:
#: a strong cue alone does; emotive words and manner adverbs need company (each is right about
#: one time in ten on BASIL 2010-2016, too weak alone under the 0.35 ceiling). A manner adverb
#: on a reporting verb is ``delivery`` (strong); elsewhere it is the weakest evidence.
WEIGHTS = {
    "hedge": 3.0,
    "phrase": 3.0,
    "loaded": 3.0,
    "degree": 3.0,
    "question": 3.0,
    "scare": 3.0,
    "intensifier": 3.0,
    "delivery": 3.0,
    "comment": 3.0,
    "counter": 3.0,
    "judgement": 3.0,
    "metaphor": 3.0,
    "emotive": 1.5,
    "manner": 1.0,
    "mild": 1.0,
}
THRESHOLD = 3.0


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


#: Verbs whose sense as the outlet's gloss of an act needs a particular complement: a threat
#: (a commissive, "threatened to veto"), a plea ("pleaded for a delay", "begged him to
#: stay"; not "pleaded guilty", "begs the question")
#: and an opportunist's grab ("seized on the remarks", "latched onto"; not "drugs seized on
#: the highway", a passive with no subject). From the speech-act classes of reporting verbs
#: (directives of supplication) and the stock metaphors of political reporting, not from
#: BASIL's spans; measured on BASIL 2010-2016 in docs/history/voice.md (2026-12-02).
_SUPPLICATIVE = {"plead", "beg", "implore", "beseech"}
#: The pleas in court: "pleaded guilty", "pleaded not guilty", "pleaded no contest".
_PLEAS = frozenset({"guilty", "innocent", "contest"})
_GRABBING = {"seize", "latch", "pounce"}
#: Acts of violence: a threat of one is literal, the crime reported ("threatening to shoot
#: the lawmaker", "gangs threaten to kill him"), not the outlet's gloss of a stance. Chosen by
#: class, 2026-12-04, after two BASIL 2010-2016 flags (no span) and one NewsWCL50 flag.
_VIOLENCE = frozenset(
    "kill murder shoot stab bomb attack hurt harm injure rape behead execute assassinate "
    "strangle beat burn".split()
)


def _framing_verb(t: Token) -> bool:
    """A threat, a plea or a grab in the outlet's gloss: "threatened to veto", "pleaded for a
    delay", "seized on the remarks"."""
    if t.pos_ != "VERB":
        return False
    lemma = t.lemma_.lower()
    kids = list(t.children)
    if lemma in _SUPPLICATIVE:
        if any(c.lower_ in _PLEAS for c in kids):
            # the plea in court, whatever the parse hangs on it ("pleaded guilty in July 2010
            # to illegal lobbying ... for his work with a charity": a PolNeAR train article)
            return False
        return any(
            (c.dep_ == "prep" and c.lower_ in ("for", "with")) or c.dep_ == "xcomp" for c in kids
        )
    if lemma == "threaten":
        # the speech act, with what is threatened: "threatened to veto", "threatened that
        # ...", "threatened them with tariffs"; not "missiles that threaten the region" nor
        # "a threatened species" (an unseen article), nor a threat of violence, the literal
        # threat of a crime report ("threatening to shoot the lawmaker", "gangs threaten to
        # kill him"), which no other word names; nor "species threatened with extinction"
        # (the conservation term, an eighth audit, 2026-12-06)
        if any(c.dep_ == "xcomp" and c.lemma_.lower() in _VIOLENCE for c in kids):
            return False
        return t.dep_ != "amod" and any(
            c.dep_ in ("xcomp", "ccomp")
            or (c.dep_ == "prep" and c.lower_ == "with" and not _extinction(c))
            or to_clause(c)
            for c in kids
        )
    if lemma in _GRABBING:
        # a subject, or the name the parse made the sentence's root when it hung the verb on
        # it as a participle ("Trump, the presumptive nominee, seized on the attacks": the
        # sentence has no other verb); "the cocaine seized on the highway" is no grab
        has_subject = any(c.dep_ in ("nsubj", "agent") for c in kids) or (
            t.dep_ == "acl" and t.head.dep_ == "ROOT" and t.head.pos_ in ("PROPN", "NOUN")
        )
        return has_subject and preps(t, ("on", "upon", "onto"))
    return False


def _extinction(prep: Token) -> bool:
    return any(o.lower_ == "extinction" for o in prep.children)


def _threat_glossed(t: Token) -> bool:
    """The threat of :func:`_framing_verb` named by a noun or a participle: "the Senate GOP's
    threat to filibuster", "carried out his threat to veto the bill", "despite his threatened
    third-party run"; not "a threat to national security", "the threat of a shutdown", "a
    threatened species" (no deed promised, no one threatening), nor a threat of violence
    ("his threat to kill them"). 2026-12-04, the commissive of the verb's rule (2026-12-02)
    carried over to its noun."""
    if t.lemma_.lower() == "threat" and t.pos_ == "NOUN":
        return any(
            c.dep_ == "acl"
            and c.lemma_.lower() not in _VIOLENCE
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in t.children
        )
    if t.lower_ == "threatened" and t.dep_ == "amod":
        return any(c.dep_ == "poss" for c in t.head.children)
    return False


#: Judgements of capacity in the appraisal literature's terms ("ended in failure", "the
#: agency's misstep"): the outlet's own only outside a report's content, where they are
#: mostly the speaker's ("said it would be a mistake"). Added 2026-12-02;
#: measured in docs/history/voice.md.
_JUDGEMENT_NOUNS = {"failure", "mistake", "misstep", "lapse", "fault"}


def _judgement_noun(t: Token) -> bool:
    """A judgement noun, but not in a compound ("heart failure", "a power failure") nor an
    omission named before its verb ("failure to register", a legal charge: an unseen article)."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in _JUDGEMENT_NOUNS or looks_like_name(t):
        return False
    if any(c.dep_ == "compound" for c in t.children) or t.dep_ == "compound":
        return False
    if t.lemma_.lower() == "fault":  # blame: "not entirely his fault" (not "a fault line")
        return any(c.dep_ == "poss" for c in t.children)
    nxt = t.nbor() if t.i + 1 < len(t.doc) else None
    return not (nxt is not None and nxt.lower_ == "to" and nxt.head.pos_ == "VERB")


#: What one struggles to do to live, a hardship reported, no judgement of an actor's capacity
#: ("workers struggling to get by", "to make ends meet", "to pay their bills"); written here on
#: 2026-12-05 from the subsistence verbs of news about the poor, not from BASIL.
_SUBSISTENCE = frozenset({"survive", "afford", "pay", "feed", "breathe", "cope", "eat"})


def _struggles_to(t: Token) -> bool:
    """ "Struggle" with an infinitive, the outlet's judgement of capacity beside "failure"
    ("Carson struggled to answer a simple question", "the administration struggled to explain
    why", "Sanders has struggled to earn the support of minorities"): an act judged as
    barely done. Not a hardship of living (:data:`_SUBSISTENCE`, "struggling to get by",
    "to make ends meet"), nor the noun ("the struggle to raise money", "a power struggle").
    Added 2026-12-05 (the appraisal literature's capacity; "struggled to" is one of BASIL's
    missed spans, so read the figures in docs/history/voice.md with that caution)."""
    if t.lemma_.lower() != "struggle" or t.pos_ != "VERB":
        return False
    for c in t.children:
        if c.dep_ != "xcomp" or c.pos_ != "VERB":
            continue
        if not any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            continue
        lemma = c.lemma_.lower()
        words = {g.lower_ for g in c.subtree}
        if lemma in _SUBSISTENCE or (lemma == "get" and "by" in words):
            return False
        return not (lemma == "make" and {"ends", "meet"} <= words)
    return False


#: Words after "even" that make it part of a conjunction or a comparison, not a focus particle
_NOT_FOCUS = {"more", "less", "further", "greater", "larger", "higher", "lower", "worse", "better"}
_CONCESSIVE = {"if", "though"}


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


_HYPHENS = frozenset({"-", "‐", "‑"})


@lru_cache(maxsize=1)
def _loaded_compounds() -> frozenset[str]:
    """The hyphenated words of ``loaded.txt`` ("ill-fated", "tone-deaf", "out-of-touch"),
    every part of speech: the tokenizer cuts them at their hyphens, so no one token holds
    them."""
    return frozenset(w for words in lexicon().loaded.values() for w in words if "-" in w)


def _loaded_compound(t: Token, lex: Lexicon) -> Span | None:
    """The span of a hyphenated loaded word that ``t`` opens: its parts joined by hyphens with
    no space between ("an ill-fated show", "a tone-deaf response"), the first part not itself
    after a hyphen ("a non-ill-fated" is no such word). Since 2026-12-06, from an audit of
    unseen ECB+ texts: the list's 30 hyphenated words had never matched a token."""
    doc, i = t.doc, t.i
    if i > 0 and doc[i - 1].text in _HYPHENS and not doc[i - 1].whitespace_:
        return None
    compounds = _loaded_compounds()
    parts, j, found = [t.lower_], i, None
    end = t.sent.end
    while j + 2 < end and len(parts) < 4:
        hyphen, word = doc[j + 1], doc[j + 2]
        if hyphen.text not in _HYPHENS or doc[j].whitespace_ or hyphen.whitespace_:
            break
        parts.append(word.lower_)
        j += 2
        if "-".join(parts) in compounds:
            found = (t.idx, word.idx + len(word.text))
    return found


@lru_cache(maxsize=1)
def _trigger_words() -> frozenset[str]:
    """Every word or lemma that can start a token cue below, but the "-ly" words: a token with
    none of these (most tokens) is skipped before the rules run. A speed filter only: each rule
    also checks its own word list."""
    lex = lexicon()
    return frozenset().union(
        *lex.loaded.values(),
        lex.intensifiers,
        (w for w, v in lex.valence.items() if abs(v) >= MILD_VALENCE),
        _COMMENT_ADVERBS,
        _JUDGEMENT_NOUNS,
        _SUPPLICATIVE,
        _GRABBING,
        DISTANCING_ADJECTIVES,
        _DEGREE_BEFORE_COMPARATIVE,
        {"threaten", "threat", "even", "so", "too", "more", "less", "blow", "struggle"},
        {"scarcely"},
        (w.split("-", 1)[0] for w in _loaded_compounds()),
        QUANTITY_METAPHORS,
        ATTACK_NOUNS,
        CONFLICT_WORDS,
    )


class _DocWords:
    """The tokens of one ``Doc`` that the per-sentence scans below can act on, read from the
    doc's array once (one ``Token`` per such word instead of one per word of each sentence):
    ``triggered``, those :func:`_token_cues` goes on with (the word or the lemma, lower case,
    among :func:`_trigger_words`, or the word ending in "ly"); ``depicting``, the verbs of
    depicting :func:`_depictions` reads. Sorted indices (rows against the token walks in
    ``tests/test_fast_paths.py``)."""

    def __init__(self, doc: Doc, triggers: frozenset[str]) -> None:
        arr = doc.to_array([LOWER, LEMMA, POS]).tolist()
        strings = doc.vocab.strings
        depicting = _DEPICTING | {"describe"}
        facts: dict[int, tuple[bool, bool, bool]] = {}  # by string hash: most words recur

        def fact(h: int) -> tuple[bool, bool, bool]:
            got = facts.get(h)
            if got is None:
                w = strings[h]
                low = w.lower()
                got = facts[h] = (
                    w in triggers or w.endswith("ly"),
                    low in triggers,
                    low in depicting,
                )
            return got

        verb = strings["VERB"]
        self.n = len(doc)
        self.triggers = triggers
        self.triggered = [
            i for i, (low, lemma, _) in enumerate(arr) if fact(low)[0] or fact(lemma)[1]
        ]
        self.depicting = [
            i for i, (_, lemma, pos) in enumerate(arr) if pos == verb and fact(lemma)[2]
        ]


#: ``doc.user_data`` key of the doc's :class:`_DocWords`.
_DOC_WORDS = "newsprov.voice.doc_words"


def _doc_words(doc: Doc) -> _DocWords:
    """:class:`_DocWords` of ``doc``, built on the first call for it (the voice stage reads
    one article's sentences in turn) and kept in ``doc.user_data``, built anew when the
    trigger words are others (a test replaces them)."""
    triggers = _trigger_words()
    words = doc.user_data.get(_DOC_WORDS)
    if not isinstance(words, _DocWords) or words.triggers is not triggers or words.n != len(doc):
        words = doc.user_data[_DOC_WORDS] = _DocWords(doc, triggers)
    return words


def _in_sentence(indices: list[int], sent: SpacySpan) -> list[int]:
    """The sorted ``indices`` inside ``sent``."""
    return indices[bisect_left(indices, sent.start) : bisect_left(indices, sent.end)]


def _token_cues(
    sent: SpacySpan, lex: Lexicon, is_cue: Callable[[Span], bool] = lambda s: False
) -> list[Cue]:
    out: list[Cue] = []
    doc = sent.doc
    for i in _in_sentence(_doc_words(doc).triggered, sent):
        t = doc[i]
        low = t.lower_
        if _proportion(t) or _stance_scale(t) or _poll_answer(t) or _wise_suffix(t) or _non_stem(t):
            continue
        head = t.head
        if (
            (_is_manner_adverb(t, lex) and t.dep_ == "advmod" and is_cue(_tok_span(head)))
            or (_is_ly_word(t, lex) and is_cue(_tok_span(t)))
        ) and not _rating(t):
            # how the outlet says someone spoke: "said stiffly", "forcefully defended"; the
            # second test takes a manner word the attribution put in its cue though the parse
            # did not tag it an adverb ("said stiffly." with "stiffly" a verb)
            out.append((_tok_span(t), "delivery"))
        elif (
            t.i == sent.start
            and (_is_manner_adverb(t, lex) or _opening_ly_word(t))
            and t.i + 1 < sent.end
            and t.nbor().text == ","
        ):
            # a comment on the whole clause: "Ironically, ...", "Technically, ..."
            out.append((_tok_span(t), "comment"))
        elif _comment_adverb(t):
            # a listed comment adverb elsewhere: "Unfortunately for residents, ...", "the
            # plan, predictably, stalled"
            out.append((_tok_span(t), "comment"))
        elif (
            low == "even"
            and t.dep_ == "advmod"
            and head.pos_ in ("VERB", "AUX")
            and head.i > t.i
            and t.i + 1 < sent.end
            and t.nbor().lower_ not in _NOT_FOCUS | _CONCESSIVE
        ):
            # counter-expectation: "Obama even acknowledged", "even as officials said"; not the
            # concessive "even if", "even though" ("remains uncertain, even if the board agrees")
            out.append((_tok_span(t), "counter"))
        elif _understatement(t):
            # the outlet's understatement: "is hardly unprecedented", "hardly improved
            # relations"; not "could hardly hear", "hardly any", "hardly ever". A comment on
            # the clause: inside a report it is the speaker's, as the other comments are
            out.append((_tok_span(t), "comment"))
        elif _judgement_noun(t) or _struggles_to(t):
            out.append((_tok_span(t), "judgement"))
        elif (war := conflict_metaphor(t)) is not None:
            # a word of war or violence on a bill, a party or a rival: "the Republican assault
            # on Medicare", "raided the trust fund", "pulled no punches"
            out.append(((war[0].idx, war[1].idx + len(war[1].text)), "metaphor"))
        elif (figure := _figure(t)) is not None:
            # a stock figure of political reporting, to its preposition: "a chorus of
            # Republicans", "took a shot at Obama", "a stinging blow to the president"
            out.append((figure, "phrase"))
        elif (compound := _loaded_compound(t, lex)) is not None:
            # a loaded word the tokenizer cuts at its hyphens: "ill-fated", "tone-deaf"
            out.append((compound, "loaded"))
        elif is_loaded(t, lex) or _framing_verb(t) or _threat_glossed(t) or distancing(t):
            out.append((_tok_span(t), "loaded"))
        elif not looks_like_name(t) and _is_valenced(t, lex):
            out.append((_tok_span(t), "emotive"))
        elif _is_mild(t, lex):
            out.append((_tok_span(t), "mild"))
        elif (
            t.pos_ == "ADV"
            and low in lex.intensifiers
            and not _stock_degree(t)
            and not _emphatic_very(t)
            and not _magnitude(t)
        ):
            out.append((_tok_span(t), "intensifier"))
        elif _is_manner_adverb(t, lex):
            out.append((_tok_span(t), "manner"))
        elif (
            low in ("so", "too")
            # "not too", "weren't too concerned": a softener, not a degree of excess (the
            # contracted "n't" since 2026-12-05, from an audit of unseen PolNeAR dev articles)
            and (t.i == 0 or t.nbor(-1).lower_ not in ("not", "n't", "n’t"))
            # the pro-form of "do so" ("when doing so suited American interests"; a fresh
            # sample of PolNeAR train articles, seed 509, 2026-12-05)
            and (t.i == 0 or t.nbor(-1).lemma_.lower() != "do")
            and not _too_close_to_call(t)
            and t.dep_ == "advmod"
            and (head.i == t.i + 1 or _hyphened_too(t, head))
            and head.lower_ not in _NOT_DEGREE
            and (head.pos_ == "ADJ" or _is_manner_adverb(head, lex))
        ):
            out.append(((t.idx, head.idx + len(head.text)), "degree"))
        elif (
            low in _DEGREE_BEFORE_COMPARATIVE
            and t.i + 1 < sent.end
            and (t.nbor().tag_ in ("JJR", "RBR") or t.nbor().lower_ in _COMPARATIVE_WORDS)
            and not (t.i + 2 < sent.end and _likelihood(t.nbor(2)))
            and not _amount(t.nbor())
            and not _measured(t.nbor())
        ):
            nxt = t.nbor()
            out.append(((t.idx, nxt.idx + len(nxt.text)), "degree"))
        elif (
            low in ("more", "less")
            and head.pos_ == "ADJ"
            and head.i == t.i + 1
            and _is_evaluative_word(head, lex)
        ):
            out.append(((t.idx, head.idx + len(head.text)), "degree"))
    return out


def _figure(t: Token) -> Span | None:
    """The span of a figure of :mod:`senses` that the noun ``t`` heads, to its preposition: a
    quantity metaphor ("chorus of"), a verbal attack taken at someone ("took a shot at", from
    the verb), a blow to something ("blow to"); or None."""
    end = quantity_metaphor(t) or blow_to(t)
    start = t.idx
    if end is None and (end := verbal_attack(t)) is not None:
        start = t.head.idx
    return None if end is None else (start, end.idx + len(end.text))


def _never(span: Span) -> bool:
    return False


def find_cues(
    sent: SpacySpan,
    own: Callable[[Span], bool],
    is_cue: Callable[[Span], bool] = _never,
    titles: AbstractSet[str] = frozenset(),
) -> list[Cue]:
    """Every cue in ``sent`` lying in the outlet's own words (``own(span)``), with its kind;
    ``is_cue(span)`` says whether a word is an attribution's cue ("said", "defended");
    ``titles`` are the article's quoted titles (:func:`titles_in`), no scare quotes."""
    lex = lexicon()
    text = sentence_text(sent)
    base = sent.start_char
    found: list[Cue] = []
    for kind, pattern in (("hedge", lex.hedges), ("phrase", lex.phrases)):
        for m in pattern.finditer(text):
            span = (base + m.start(), base + m.end())
            if _phrase_holds(sent, text, span, m.group(0)):
                found.append((span, kind))
    found.extend(
        ((t.idx, t.idx + len(t)), "hedge") for t in sent if _likely_hedge(t) or bare_probability(t)
    )
    found.extend(_token_cues(sent, lex, is_cue))
    stripped = text.rstrip(" \t\n”\"'’»")
    # (a question mark after a space is a damaged character: "Nelson Warfield ? and")
    if (
        stripped.endswith("?")
        and not stripped[-2:-1].isspace()
        and not _named_only(sent)
        and not _prompt(sent)
        and not _reader_poll(sent)
    ):
        q = base + len(stripped) - 1
        found.append(((q, q + 1), "question"))
    others: list[Span] = []  # quoted fragments whose words are someone else's, or a name
    for span, words in quoted_spans(text, base):
        quoted = text[span[0] - base : span[1] - base]
        if (
            not 1 <= words <= SCARE_MAX_WORDS
            or is_title(quoted)
            # a hyphenated name in title case: 'a "Chick-for-Gay" sandwich' (a BASIL 2012
            # flag on no span, 2026-12-05)
            or ("-" in quoted and is_title(quoted.replace("-", " ")))
            or quote_key(quoted) in titles
            or _show_name(sent, quoted, span)
        ):
            others.append(span)
            continue
        if quoted[0] in "'‘" and quoted[:2] != "''":
            # single marks quote someone, the headline's convention ("Obama rips rhetoric over
            # 'radical Islam'", "In 'crazy election,' Gary Johnson strives ..."): the words are
            # the speaker's, no scare quote of the outlet's
            others.append(span)
            continue
        if not any(ch.isalpha() for ch in quoted) or _odds(quoted):
            continue  # no word to keep at a distance: a quoted number or code ("753634846"),
            # or the odds someone gave ('gave his party a "two-in-three chance"')
        if _address(quoted):
            continue  # a handle, hashtag or link: 'author="@hardball"', a markup's value
        if (
            _called(sent, span)  # 'X called the plan "a disaster"': X's word, a partial quotation
            or _whole_or_nickname(sent, text, span)
            or _mentioned(sent, span)
        ):
            others.append(span)
            continue
        found.append((span, "scare"))
    # nor are the words inside such a fragment the outlet's: 'calling the charge "pathetic"'
    # (a PolNeAR train flag, 2026-12-04), 'the term "rioters"'
    depicted = _depictions(sent)
    return [
        c
        for c in found
        if own(c[0])
        and not any(a <= c[0][0] and c[0][1] <= b for a, b in others)
        and not (c[1] not in _DEPICTION_KINDS and any(a <= c[0][0] < b for a, b in depicted))
    ]


def _likely_hedge(t: Token) -> bool:
    """ "likely" as an adverb, the outlet's "probably" ("Nichols will likely die in prison", "Mr.
    Trump will most likely not miss out", "likely the most expensive in state history"), with
    "most" also where the parse read it as an adjective ("most likely will not get"). Not the
    adjective ("likely voters", "the likely nominee", "is likely to win", "the one most likely
    to be nominated", "a likely tough fight"), nor a probability compared ("more likely"). Added 2026-12-05 from an audit of unseen ECB+ and
    NewsWCL50 texts, where five such sentences were the outlet's unflagged forecasts."""
    prev = t.doc[t.i - 1].lower_ if t.i > t.sent.start else ""
    if t.lower_ != "likely" or prev in _COMPARATIVE_WORDS or prev == "as":
        return False
    nxt = t.doc[t.i + 1] if t.i + 1 < t.sent.end else None
    if nxt is not None and nxt.lower_ == "to":
        return False  # the adjective with its infinitive: "the one most likely to be nominated"
    if t.dep_ == "advmod":
        # not on an adjective before its noun: "whose likely tough fight" (the fight's grade)
        return not (t.head.pos_ == "ADJ" and t.head.dep_ == "amod")
    return prev == "most" and nxt is not None and nxt.pos_ in {"AUX", "VERB", "PART"}


#: Cue kinds that count inside a depiction's "as" phrase, as inside an indirect report's
#: content (``PARAPHRASE_KINDS`` of the voice module): loaded words, phrases, degree
#: comparisons, scare quotes.
_DEPICTION_KINDS = frozenset({"loaded", "phrase", "degree", "scare"})


def _depictions(sent: SpacySpan) -> list[Span]:
    """The "as" phrases of the verbs of depicting and describing in ``sent`` ("Both sides have
    painted the case as extremely consequential", "Republicans portrayed her as ..."): the
    subject's characterization, whose weak cues (an intensifier, an emotive word, a hedge) are
    the depicter's, as in a report's content, while a loaded word or a degree comparison is
    still the outlet's choice of words ("sought to paint him as too soft" is a BASIL span).
    Since 2026-12-05, from a BASIL 2011 flag on no span: 1 flag of BASIL 2010-2016 goes, none
    of NewsWCL50 or of the PolNeAR train samples read."""
    out: list[Span] = []
    doc = sent.doc
    for i in _in_sentence(_doc_words(doc).depicting, sent):
        t = doc[i]
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                toks = list(c.subtree)
                out.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    return out


#: Number words and the words of odds and shares: a quoted "1 in 3" or "two-in-three chance"
#: is someone's figure, no word kept at a distance (a BASIL 2012 flag on no span,
#: 2026-12-05; written from the forms of odds, not from BASIL's other sentences).
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred thousand million billion half third thirds quarter quarters".split()
)
_ODDS_GLUE = frozenset({"in", "of", "out", "to", "a", "chance", "percent", "odds"})


def _odds(quoted: str) -> bool:
    """Is the quoted fragment a figure in words: numbers joined by the words of odds ("1 in
    3", "two-in-three chance", "one out of four")?"""
    words = re.findall(r"[^\W_]+", quoted.lower())
    nums = [w for w in words if w.isdigit() or w in _NUMBER_WORDS]
    return len(nums) >= 2 and all(w in _ODDS_GLUE or w in nums for w in words)


#: What a show's name stands before: 'the new ''Today'' anchor', '“Bachelor” star Ben
#: Higgins', 'a former “Apprentice” contestant'.
_SHOW_ROLES = frozenset(
    "anchor host co-host star contestant alum alumnus alumna cast producer creator show "
    "episode season segment franchise".split()
)


def _show_name(sent: SpacySpan, quoted: str, span: Span) -> bool:
    """Is the quoted fragment at ``span`` a work's name though no longer than a word or with a
    number in it: capitalised words and numerals ('“Apollo 13,”' in a list of films), or one
    capitalised word before a show's role or part ('the new ''Today'' anchor', '“Bachelor”
    star')? From a fresh sample of PolNeAR train articles (2026-12-04), where an entertainment
    round-up and a morning-show story flagged five such names as scare quotes."""
    words = quoted.strip(_QUOTE_CHARS + " ,.;:!?").split()
    if not words or not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    if len(words) >= 2 and any(w[0].isdigit() for w in words):
        return True
    after = _token_after(sent, span[1])
    return after is not None and after.lemma_.lower() in _SHOW_ROLES


#: Quotation marks, stripped from a quoted fragment's ends.
_QUOTE_CHARS = "\"'“”‘’«»"


def _address(quoted: str) -> bool:
    """A quoted handle, hashtag, link or acronym ("@hardball", "#prayforparis", "https://...",
    "SNL"): a name or an address, nobody's word kept at a distance. From a fresh sample of
    PolNeAR train articles (2026-12-03), whose embedded posts keep their markup's quoted
    attributes."""
    inner = quoted.strip(_QUOTE_CHARS + " ,.")
    acronym = len(inner) >= 2 and inner.isalpha() and inner.isupper()
    # markup between two attributes' values, '" author="' of '<tweet pic="" author="...">'
    # (two flags of a PolNeAR train sample re-read, seed 919, 2026-12-05)
    markup = any(c in inner for c in "=<>")
    return (
        inner.startswith(("@", "#"))
        or "://" in inner
        or inner.startswith("www.")
        or acronym
        or markup
    )


#: Established names that a listed phrase is part of: "the war on drugs" names a policy.
_NAMED_PHRASES = re.compile(r"war\s+on\s+(?:drugs|terror|terrorism|poverty)\b", re.IGNORECASE)
#: Armed enemies: a war on one is a war, fought with arms, not the outlet's metaphor ("the war
#: on ISIS", "the war on the Taliban"; "the war on coal", "a war on women" stay). From a fresh
#: sample of PolNeAR train articles (2026-12-04), where one column said "the war on ISIS"
#: four times.
_ARMED_ENEMY = re.compile(
    r"war\s+on\s+(?:the\s+)?(?:isis|isil|daesh|islamic\s+state|al[- ]qaeda|al[- ]qaida|taliban|"
    r"boko\s+haram|al[- ]shabaa?b|hamas|hezbollah|militants|insurgents|jihadists|"
    r"terrorists)\b",
    re.IGNORECASE,
)
#: Arms fired: "fired back" with one of them is gunfire returned ("the merchant ship fired
#: back with small arms"), not a retort ("fired back at his critics" stays). Written
#: 2026-12-05 (late morning) from a seed 45 sample of ECB+ (piracy news, 1 flag); BASIL
#: 2010-2016 holds no such sentence. Not "shot" or "round", which a retort fires too ("fired
#: back with a parting shot").
_ARMS = frozenset(
    "arms gun guns rifle rifles weapon weapons missile missiles rocket rockets artillery "
    "cannon cannons mortar mortars bullets".split()
)
#: Words that turn "all but" into "except" ("all but 10 Republicans", "all but the wealthy"),
#: not "almost" ("all but vacant", "all but sewed up").
_EXCEPT_POS = {"DET", "NUM", "NOUN", "PROPN", "PRON", "SYM"}
_APPROXIMATORS = {"perhaps", "possibly", "probably", "maybe"}
_CURRENCY = {"$", "£", "€"}


def _token_after(sent: SpacySpan, char: int) -> Token | None:
    """The first token of ``sent`` starting at or after character ``char``."""
    return next((t for t in sent if t.idx >= char), None)


def _phrase_holds(sent: SpacySpan, text: str, span: Span, matched: str) -> bool:
    """Is a phrase-list match at ``span`` the evaluative expression, not a look-alike?

    Not when a word after the sentence's first is capitalised (a name: "at Best Buy"), not in
    an established name ("the war on drugs"), not "all but" meaning "except", and not a hedge
    word before a number ("perhaps 15 stories tall" approximates, it does not hedge).
    ``text`` is the sentence's text (``span`` is in the document's offsets)."""
    start = span[0] - sent.start_char
    words = matched.split()
    first_word = not any(ch.isalnum() for ch in text[:start])
    if any(w[:1].isupper() for w in (words[1:] if first_word else words)):
        return False
    if _NAMED_PHRASES.match(text, start) or _ARMED_ENEMY.match(text, start):
        return False
    nxt = _token_after(sent, span[1])
    if nxt is None:
        return True
    low = " ".join(matched.lower().split())
    if low == "all but" and (nxt.pos_ in _EXCEPT_POS or nxt.like_num):
        return False
    if low.split()[-1] in _COMPARATIVE_WORDS and _likelihood(nxt):
        return False  # a probability compared: "said they were much less likely to vote"
    if low.split()[-1] in _COMPARATIVE_WORDS and _amount(sent.doc[nxt.i - 1]):
        return False  # an amount compared: "spent far more", "far less money"
    if low == "fired back" and nxt.lower_ == "with" and _with_arms(nxt):
        return False  # gunfire returned: "fired back with small arms"
    if low == "pushed back" and _passive(_token_after(sent, span[0])):
        return False  # put off, or moved: "development has been pushed back to 2020"
    return not (low in _APPROXIMATORS and (nxt.like_num or nxt.text in _CURRENCY))


#: Words of probability: a comparison of them ("much less likely", "far more likely") measures
#: a chance, a poll's answer or a study's finding ("56 percent said they were much less likely
#: to vote for Republicans", "areas hit by trade shocks were much more likely to move to the
#: far right"), not the outlet's intensity. From a fresh sample of PolNeAR train articles
#: (2026-12-04), where it flagged four sentences alone; BASIL 2010-2016 holds none.
_LIKELIHOOD = frozenset({"likely", "unlikely", "probable", "improbable"})


def _with_arms(w: Token) -> bool:
    """Does "with" at ``w`` name arms ("with small arms", "with rifles"), read in the next
    three words, since the parse may hang them anywhere?"""
    doc = w.doc
    following = doc[w.i + 1 : min(w.i + 4, w.sent.end)]
    return any(x.lower_ in _ARMS for x in following)


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


def _passive(t: Token | None) -> bool:
    """Is ``t`` a verb in the passive ("has been pushed back", "was being pushed back")?"""
    return t is not None and any(c.dep_ in ("auxpass", "nsubjpass") for c in t.children)


def _whole_or_nickname(sent: SpacySpan, text: str, span: Span) -> bool:
    """Is the quoted fragment at ``span`` a whole sentence (a quotation: “A patriot.”), or a
    nickname inside a name (William "Mo" Cowan)? Neither is a scare quote. ``text`` is the
    sentence's text (``span`` is in the document's offsets)."""
    a, b = span[0] - sent.start_char, span[1] - sent.start_char
    if not text[:a].strip() and not text[b:].strip(" \t\n.,!?"):
        return True
    first = _token_after(sent, span[0])
    after = _token_after(sent, span[1])
    if first is None or after is None or first.i == sent.start:
        return False
    return sent.doc[first.i - 1].pos_ == "PROPN" and after.pos_ == "PROPN"


def _prompt(sent: SpacySpan) -> bool:
    """Is ``sent`` a reader prompt of common nouns alone ("Questions?", "Tips?", "Feedback?",
    "Comments or suggestions?"), a newsletter's call for mail that asks nothing rhetorical?
    From a fresh sample of PolNeAR train articles (2026-12-03), where a column's sign-off
    put three in a row."""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    return 0 < len(words) <= 4 and all(
        t.pos_ == "NOUN" or (t.pos_ == "CCONJ" and 0 < i < len(words) - 1)
        for i, t in enumerate(words)
    )


#: Verbs that ask a reader's opinion in a poll prompt ("Do you support Donald Trump?", "What
#: do you think of ...?"); written here on 2026-12-05 from the stance verbs above.
_POLL_VERBS = frozenset({"support", "think", "agree", "favor", "back", "approve", "oppose"})


def _reader_poll(sent: SpacySpan) -> bool:
    """Is ``sent`` a poll put to the reader, a question whose subject is "you" on a verb of
    opinion and that holds no other clause ("Do you support Dr. Ben Carson?", "What do you
    think of Trump's attack on Carson last night?"): an embedded poll's prompt, asking the
    reader's view, not the outlet's rhetorical question ("Would a real billionaire be bilking
    old ladies?" stays). From a PolNeAR train sample re-read (seed 919,
    2026-12-05), where the prompts of social-media polls flagged four sentences alone; BASIL
    2010-2016 holds none."""
    root = sent.root
    if root.lemma_.lower() not in _POLL_VERBS:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ == "you" for c in root.children):
        return False
    return not any(
        t.dep_ in ("ccomp", "advcl", "relcl", "conj", "xcomp") and t.pos_ in ("VERB", "AUX")
        for t in sent
        if t.i != root.i and t.head.i == root.i
    )


def _named_only(sent: SpacySpan) -> bool:
    """Is ``sent`` a name alone, asked about ("Governor Pence?", "And Mr. Gingrich?"): a list
    of candidates put as questions, with no verb to make one rhetorical?"""
    return sent.root.pos_ == "PROPN" and not any(
        t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in sent
    )  # a participle inside the name is no verb of the sentence: "Retired Lt. Gen. ...?"


#: Nouns that introduce a word as a word ('groups with the name "tea party" or "patriot"').
_NAMING_NOUNS = {"name", "word", "term", "phrase", "label", "title", "slogan", "hashtag", "motto"}
#: Nouns that name a term with "of" ('the Catholic concept of “subsidiarity”', 'the doctrine
#: of "preemption"'): the term mentioned, no scare quote. Written here on 2026-12-05 from a
#: BASIL 2012 flag on no span; none in NewsWCL50 or the PolNeAR train samples read.
#: "definition" and "meaning" take the term they define the same way ('the state's
#: definition of “exercise of religion”'), added when a BASIL 2014 flag on no span surfaced
#: (its quote had lain in a false report's content until 2026-12-05, noon).
_TERM_OF = {"concept", "doctrine", "definition", "meaning"}
#: Nouns of crying out, whose quoted "of" complement is what a crowd cried ('greeted with
#: chants of "Bobby!"', 'cries of "shame"'): a quotation, no scare quote. Since 2026-12-05, an
#: audit of unseen PolNeAR dev texts (one flag).
_CRIES_OF = {"chant", "cry", "shout", "scream", "cheer", "chorus"}
#: Nouns of works and verbs of titling, whose quoted complement is a title ('the documentary
#: “13th”', 'a report titled “Missed signals”'): a name, not a scare quote, here and wherever
#: the article quotes it again ('DuVernay’s “13th” documents ...'). Added 2026-12-03 after
#: reading an unseen article (a film's one-word title flagged three times); written from the
#: kinds of works news names, not from BASIL, where no quoted title was flagged.
_WORK_WORDS = {
    "film", "movie", "documentary", "book", "memoir", "novel", "song", "album", "show",
    "series", "episode", "play", "musical", "podcast", "column", "essay", "poem", "headline",
    "nickname", "moniker", "catchphrase", "chant", "title", "entitle",
}  # fmt: skip
#: Parts of speech of words that carry no wording to distance from: a quoted "no" is the word.
_FUNCTION_POS = {"PRON", "DET", "INTJ", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT"}


def _mentioned(sent: SpacySpan, span: Span) -> bool:
    """Is the quoted fragment at ``span`` a word mentioned as a word, not used with distance:
    a function word ('without a single "no" vote'), or one a naming noun introduces ('the
    term "rioters"', 'the name "tea party" or "patriot"') or a work's title ('the film
    "13th"')? None is a scare quote."""
    toks = [t for t in sent if span[0] <= t.idx < span[1] and not t.is_punct]
    if toks and all(t.pos_ in _FUNCTION_POS for t in toks):
        return True
    if _gloss(sent, span):
        return True
    if toks and _introducer(sent, span) == "of":
        j = toks[0].i - 1
        while j > sent.start and sent.doc[j].is_punct:
            j -= 1  # back over the opening mark to "of"
        if j - 1 >= sent.start and sent.doc[j - 1].lemma_.lower() in _TERM_OF | _CRIES_OF:
            return True
    return _introducer(sent, span) in _NAMING_NOUNS | _WORK_WORDS


def _gloss(sent: SpacySpan, span: Span) -> bool:
    """Is the quoted fragment at ``span`` a word's translation, after a language and "for"
    ("''Brujas'' -- Spanish for ''witches''"; a PolNeAR train article, 2026-12-04)?"""
    before = [t for t in sent if t.idx < span[0] and not t.is_punct]
    return (
        len(before) >= 2
        and before[-1].lower_ == "for"
        and before[-2].ent_type_ in ("NORP", "LANGUAGE")
    )


def _introducer(sent: SpacySpan, span: Span) -> str:
    """The lemma of the word that introduces the quoted fragment at ``span``: the last word
    before it, across punctuation, earlier quoted words of a list, joined by a conjunction
    ("the name "tea party" or "patriot"") or by commas ('words such as "ambassador,"
    "attack,"'), and "such as", "like" or "including". The words are read in order, as the
    parse often leaves the quoted word no tie to the noun. "" at the sentence's start."""
    toks = [t for t in sent if span[0] <= t.idx < span[1]]
    doc = sent.doc
    i = (toks[0].i if toks else sent.end) - 1
    while i >= sent.start:
        closing = False
        while i >= sent.start and doc[i].is_punct:
            closing = closing or doc[i].is_quote
            i -= 1
        if i < sent.start:
            return ""
        if closing and i > sent.start and _opened_before(doc, i, sent.start):
            # an earlier item of a quoted list, '"ambassador," "attack,"': go back over it
            i -= 1
            while i >= sent.start and not doc[i].is_quote:
                i -= 1
            i -= 1
            continue
        if doc[i].lower_ in ("like", "including") or (
            doc[i].lower_ == "as" and i > sent.start and doc[i - 1].lower_ == "such"
        ):
            # what a list names: 'words such as "ambassador," "attack"' (a PolNeAR train
            # sample re-read, seed 919, 2026-12-05)
            i -= 2 if doc[i].lower_ == "as" else 1
            continue
        if doc[i].pos_ != "CCONJ":
            return doc[i].lemma_.lower()
        # '"tea party" or "patriot"': go back over the quoted word before the conjunction
        i -= 1
        if i < sent.start or not doc[i].is_quote:
            return ""
        i -= 1
        while i >= sent.start and not doc[i].is_quote:
            i -= 1
        i -= 1
    return ""


def _opened_before(doc: Doc, i: int, start: int) -> bool:
    """Is the word at ``i`` the last of a short quoted fragment, its opening mark at most
    three words before it, with nothing but words between?"""
    j = i
    while j >= start and i - j <= 3:
        tok = doc[j]
        if tok.is_quote:
            return j < i
        if tok.is_punct and tok.text not in "-'’":
            return False
        j -= 1
    return False


def quote_key(quoted: str) -> str:
    """A quoted fragment's words, lower case, without its marks and closing punctuation."""
    return " ".join(quoted.strip(_QUOTE_CHARS + " .,;:!?").lower().split())


def titles_in(sents: list[SpacySpan]) -> frozenset[str]:
    """The :func:`quote_key` of every short quoted fragment a work noun or a titling verb
    introduces somewhere in these sentences ('the documentary “13th”'): the article's titles,
    no scare quotes wherever they stand."""
    out = set()
    for sent in sents:
        text, base = sentence_text(sent), sent.start_char
        for (a, b), words in quoted_spans(text, base):
            if 1 <= words <= SCARE_MAX_WORDS and _introducer(sent, (a, b)) in _WORK_WORDS:
                out.add(quote_key(text[a - base : b - base]))
    return frozenset(out)


#: A word of a title: from a letter, or from a digit (a number in the title: "Ava DuVernay's
#: '13th' Explores ...", whose "th" was read as a word in lower case until 2026-12-05).
_TITLE_WORD = re.compile(r"[^\W_][\w'’.-]*")
#: Words a title leaves in lower case.
_TITLE_SMALL = frozenset(
    "a an the and but or nor for so yet as at by in of on to up via vs v. with from into over "
    "per than off out".split()
)


def is_title(text: str, min_words: int = 2) -> bool:
    """Words in title case: ``min_words`` or more, capitalised but for small function words. A
    quoted name of a show, book or programme ("Face the Nation", "Meet the Press") is no scare
    quote; a whole line in title case is a heading (:func:`newsprov.analysis.voice.is_heading`).
    Stricter than a headline's test (:func:`newsprov.analysis.attribution.headline.title_case`,
    which lets one long word stay in lower case): read as a heading, that test also took
    transcript lines ("PENCE: And that's why Donald Trump is on his way to the White House.")."""
    words = _TITLE_WORD.findall(text)
    # a number is neither capitalised nor small, and counts for no word of the minimum
    lettered = [w for w in words if not w[0].isdigit()]
    return (
        len(lettered) >= min_words
        and (words[0][0].isupper() or words[0][0].isdigit())
        and all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL for w in words)
    )


#: Verbs of naming and judging whose quoted complement is the subject's word, not the outlet's.
_CALLING = {"call", "label", "describe", "term", "brand", "deem", "rate", "dub", "refer", "dismiss"}
#: Verbs of depicting, whose quoted complement after "as" is the subject's word too ('cable
#: spots casting Johnson as an "honorable choice"': the ad's words; from a fresh sample of 150
#: PolNeAR train articles, seed 509, 2026-12-05). Only through "as": 'Draft "talking points"
#: ... depicted efforts' is what depicts, no word of the depiction.
_DEPICTING = {"cast", "portray", "paint", "characterize", "characterise", "depict"}


def _calling(verb: Token) -> bool:
    """Is ``verb`` a verb of calling, by its lemma or, where the lemmatiser erred ("rated" ->
    "rat"), by its inflected form?"""
    if verb.lemma_.lower() in _CALLING:
        return True
    low = verb.lower_
    return any(low in (w + "d", w + "ed", w + "s", w + "ing", w[:-1] + "ing") for w in _CALLING)


def _called(sent: SpacySpan, span: Span) -> bool:
    """Is the quoted fragment at ``span`` what someone called something ('calling him a
    "faker"', 'what he called the "ritualistic reading"')? Its phrase hangs, directly or
    through "as", on an active verb of calling."""
    toks = [t for t in sent if span[0] <= t.idx < span[1] and not t.is_punct]
    top = [t for t in toks if not (span[0] <= t.head.idx < span[1]) or t.head.i == t.i]
    for t in top[:1]:
        verb = t.head
        while t.dep_ == "conj" and verb.i != t.i:  # 'as "false" or "pants on fire"'
            t, verb = verb, verb.head
        through_as = verb.lower_ == "as"
        if through_as or verb.pos_ == "ADP":
            verb = verb.head
        depicting = through_as and verb.lemma_.lower() in _DEPICTING
        if not (_calling(verb) or depicting) or verb.pos_ != "VERB":
            continue
        # a passive naming with no agent is the outlet's own ('Dubbed "Bridgegate," the ...');
        # a participle with an object is active though the parse left it no subject ('Third
        # Way, a group ..., called AARP's position "a watershed moment"')
        agent = any(c.dep_ == "agent" for c in verb.children)
        complements = [c for c in verb.children if c.dep_ in ("dobj", "oprd")]
        passive = (
            verb.tag_ == "VBN"
            and not any(
                c.dep_ in ("aux", "nsubj") and c.lemma_ == "have" or c.dep_ == "nsubj"
                for c in verb.children
            )
            and not (len(complements) > 1 or any(c.dep_ == "dobj" for c in complements))
        )
        return agent or not passive
    return False


def merge(spans: list[Span]) -> list[Span]:
    """Sorted spans with overlapping ones joined."""
    out: list[list[int]] = []
    for a, b in sorted(set(spans)):
        if out and a < out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]

"""The cues of a sentence's words (:func:`_token_cues`): loaded and emotive words, intensifiers
and degrees, manner adverbs on a report's cue and comment adverbs, judgements of capacity,
framing verbs, conflict metaphors and stock figures; with the index of one doc's words that can
start such a cue (:class:`_DocWords`, :func:`_trigger_words`), read once per doc.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsprov.analysis.voice.lexicon import (
    ADJ_ADV_VALENCE,
    MILD_VALENCE,
    NOUN_VERB_VALENCE,
    Lexicon,
    lexicon,
)
from newsprov.analysis.voice.plain import (
    _COMPARATIVE_WORDS,
    _amount,
    _emphatic_very,
    _hyphened_too,
    _likelihood,
    _magnitude,
    _measured,
    _non_stem,
    _poll_answer,
    _proportion,
    _rating,
    _stance_scale,
    _stock_degree,
    _too_close_to_call,
    _wise_suffix,
)
from newsprov.analysis.voice.quotes import _DEPICTING
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

Cue = tuple[Span, str]  # (span, kind)


_DEGREE_BEFORE_COMPARATIVE = {"far", "much", "even", "ever", "vastly", "significantly", "still"}


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
    depicting :func:`.cues._depictions` reads. Sorted indices (rows against the token walks in
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

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

This module gathers the cues and keeps them where they are the outlet's; the rules live in
:mod:`.token_cues` (the cues of words), :mod:`.phrases` (listed phrases and questions),
:mod:`.quotes` (quoted passages and scare quotes), :mod:`.hedging` (hedges the parse finds) and
:mod:`.plain` (plain uses of judging words that the others skip).
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet

from spacy.tokens import Span as SpacySpan

from newsprov.analysis.voice.hedging import _likely_hedge, bare_probability
from newsprov.analysis.voice.lexicon import lexicon
from newsprov.analysis.voice.phrases import _named_only, _phrase_holds, _prompt, _reader_poll
from newsprov.analysis.voice.quotes import (
    QUOTED,
    SCARE_MAX_WORDS,
    _address,
    _called,
    _mentioned,
    _odds,
    _show_name,
    _whole_or_nickname,
    is_title,
    quote_key,
    quoted_spans,
    sentence_text,
    titles_in,
)
from newsprov.analysis.voice.senses import DISTANCING_ADJECTIVES
from newsprov.analysis.voice.token_cues import Cue, _doc_words, _in_sentence, _token_cues
from newsprov.record import Span

__all__ = [
    "DISTANCING_ADJECTIVES",
    "QUOTED",
    "SCARE_MAX_WORDS",
    "THRESHOLD",
    "WEIGHTS",
    "Cue",
    "find_cues",
    "is_title",
    "merge",
    "quote_key",
    "quoted_spans",
    "sentence_text",
    "titles_in",
]

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


def merge(spans: list[Span]) -> list[Span]:
    """Sorted spans with overlapping ones joined."""
    out: list[list[int]] = []
    for a, b in sorted(set(spans)):
        if out and a < out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]

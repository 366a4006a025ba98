"""Quoted passages and which of them are scare quotes: the marks a quotation opens and closes
with (``QUOTED``, :func:`quoted_spans`), and the short quoted fragments that are someone else's
word, a name, a title or a word mentioned as a word rather than the outlet's words kept at a
distance (:func:`_called`, :func:`_mentioned`, :func:`titles_in`, :func:`is_title` ...).
:func:`newsprov.analysis.voice.cues.find_cues` keeps the rest as ``scare`` cues.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsprov.analysis.doctext import doc_text
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


def quoted_spans(text: str, offset: int = 0) -> list[tuple[Span, int]]:
    """Quoted passages in ``text`` as ((start, end) including the marks, word count)."""
    return [((offset + a, offset + b), words) for a, b, words in _quoted(text)]


@lru_cache(maxsize=1024)
def _quoted(text: str) -> tuple[tuple[int, int, int], ...]:
    """:func:`quoted_spans` of ``text`` at offset 0, kept for the next call on the same text:
    the voice stage asks for every sentence's twice (:func:`titles_in`, :func:`.cues.find_cues`),
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


def _token_after(sent: SpacySpan, char: int) -> Token | None:
    """The first token of ``sent`` starting at or after character ``char``."""
    return next((t for t in sent if t.idx >= char), None)


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

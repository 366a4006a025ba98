"""The detection passes of names the tagger missed (:mod:`.detection`): a name after a title,
a first name and surname, a surname alone that the text named before, and plural demonyms;
with the document's common words that a surname must not be."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy
from spacy.attrs import LOWER, ORTH, SENT_START
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsprov.analysis.sources import lexicon as lx
from newsprov.analysis.sources.detection_base import _former
from newsprov.analysis.sources.forms import string_ids, tokens_with
from newsprov.analysis.sources.names import (
    INITIALS,
    NAME_WORD,
    ORG_WORDS,
    headline_line,
    person_name,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from newsprov.analysis.sources.mentions import Mentions

#: The string ids of the words (lower case) or dependency that open the other passes' tests,
#: for :func:`~newsprov.analysis.sources.forms.tokens_with`.
_NAME_TITLE_IDS = string_ids(lx.NAME_TITLES)


_FIRST_NAME_IDS = string_ids(lx.FIRST_NAMES)


_DEMONYM_IDS = string_ids(lx.DEMONYMS)


def _titled_names(ms: Mentions) -> None:
    """Proper nouns after a person's title that no entity covers ("Representative Elijah
    Cummings", "Prince Philip", "Queen Elizabeth II": the tagger left them untagged, about
    one such name in a hundred): a person's name; and its surname written alone elsewhere,
    untagged too ("Cummings also said", tagged NNS): that person's. Not on a headline, whose
    capitals mislead ("... In A Major Way")."""
    doc = ms.doc
    found: set[str] = set()
    for i in tokens_with(doc, LOWER, _NAME_TITLE_IDS):
        t = doc[i]
        if not (t.lower_ in lx.NAME_TITLES and t.text[:1].isupper()) or t.i in ms.covered:
            continue
        k = t.i + 1
        while k < len(doc) and _untagged_name_word(ms, doc[k], first=k == t.i + 1):
            k += 1
        if k == t.i + 1 or headline_line(ms.text, t.idx) is not None:
            continue
        span = doc[t.i + 1 : k]
        m = ms.mention(span, span.root, "name", label="PERSON")
        m.name_tokens, m.title, m.gender = person_name(span, ms.text)
        m.former = m.title is not None and _former(span)
        ms.add(m, range(span.start, span.end))
        words = [w for w in span if w.lower_ not in lx.NAME_SUFFIXES]
        found.add(words[-1].text)
    ms.person_words |= {w.lower() for w in found}
    for i in tokens_with(doc, ORTH, string_ids(found)):
        t = doc[i]
        if (
            t.text in found
            and t.i not in ms.covered
            and t.i not in ms.ent_at
            and t.i not in ms.by_head
            and t.tag_ in ("NNP", "NNPS", "NNS", "NN")
        ):
            m = ms.mention(doc[t.i : t.i + 1], t, "name", label="PERSON")
            m.name_tokens, m.title, m.gender = person_name(doc[t.i : t.i + 1], ms.text)
            ms.add(m, range(t.i, t.i + 1))


def _common_word(t: Token, common: _CommonWords) -> bool:
    """Is ``t``, opening its sentence capitalised, a common word: written in lower case
    elsewhere in the text, capitalised nowhere but at a sentence's start, and no listed
    first name ("Arson is suspected ... considering arson"; not "Will", nor "Page" where the
    text also writes "Bettie Page")?"""
    if not (t.is_sent_start and t.is_alpha and t.text[:1].isupper() and t.text[1:].islower()):
        return False
    if t.lower_ in lx.FIRST_NAMES:
        return False
    return t.lower_ in common.words and t.text not in common.mid_sentence


class _CommonWords:
    """The words of a doc, and those it writes somewhere not opening a sentence, gathered on
    first use (one pass over the doc for all of :func:`_common_word`'s questions)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._words: frozenset[str] | None = None
        self._mid: frozenset[str] | None = None

    def _gather(self) -> tuple[frozenset[str], frozenset[str]]:
        if self._words is None or self._mid is None:
            # from the doc's arrays, each distinct word's text read once (1: a sentence start);
            # numpy's unique keeps a Python list of every token's row from being made
            rows = self.doc.to_array([ORTH, SENT_START])
            strings = self.doc.vocab.strings
            mid = rows[rows[:, 1] != 1, 0]
            self._words = frozenset(strings[o] for o in numpy.unique(rows[:, 0]).tolist())
            self._mid = frozenset(strings[o] for o in numpy.unique(mid).tolist())
        return self._words, self._mid

    @property
    def words(self) -> frozenset[str]:
        return self._gather()[0]

    @property
    def mid_sentence(self) -> frozenset[str]:
        return self._gather()[1]


def _placed_word(ms: Mentions, u: Token) -> bool:
    """Is ``u`` covered by no mention, or by one of its own as a place (GPE) of one word?"""
    m = ms.of_token(u.i)
    return m is None or (
        m.type == "name" and m.label == "GPE" and m.start == u.idx and m.end == u.idx + len(u)
    )


def _untagged_surnames(ms: Mentions) -> None:
    """The surname of a person the article names in full, written alone and left untagged
    ("Curt Schilling ... Schilling, who ...", tagged NNP): that person's. Only a proper noun
    written as a name's is, heading its own phrase (not "the Schilling family", "Trump
    Tower"), not on a headline. With the words of that full name before it, compounded onto
    it and covered by no other mention, the whole name ("first lady Melania Trump", the
    surname untagged and "Melania" tagged a place: "Melania Trump", titled "first lady";
    a third audit of unseen articles, where the first lady had been "Trump" alone and the
    president's every later "Trump" had joined her)."""
    doc = ms.doc
    full = [tuple(t.text for t in e) for e in ms.ents if e.label_ == "PERSON"]
    full += [m.name_tokens for m in ms.by_head.values() if m.label == "PERSON" and m.type == "name"]
    names = {
        words
        for words in full
        if len(words) > 1
        and NAME_WORD.match(words[-1])
        and words[-1].lower() not in lx.NAME_SUFFIXES
        and all(w[:1].isupper() for w in words if w.isalpha())
    }
    surnames = {words[-1] for words in names}
    common = _CommonWords(doc)
    for i in tokens_with(doc, ORTH, string_ids(surnames)):
        t = doc[i]
        if (
            t.text in surnames
            and (t.tag_ == "NNP" or _surname_as_noun(t, common))
            and t.dep_ != "compound"
            and t.i not in ms.covered
            and t.i not in ms.ent_at
            and t.i not in ms.by_head
            and headline_line(ms.text, t.idx) is None
        ):
            start = t.i
            for words in sorted(names, key=len, reverse=True):
                a = t.i + 1 - len(words)
                if (
                    words[-1] == t.text
                    and a >= 0
                    and tuple(u.text for u in doc[a : t.i]) == words[:-1]
                    and all(u.dep_ == "compound" and u.head.i == t.i for u in doc[a : t.i])
                    and all(_placed_word(ms, u) for u in doc[a : t.i])
                ):
                    start = a
                    for u in doc[a : t.i]:  # "Melania" is no place here
                        ms.by_head.pop(u.i, None)
                        ms.covered.pop(u.i, None)
                    break
            span = doc[start : t.i + 1]
            m = ms.mention(span, t, "name", label="PERSON")
            m.name_tokens, m.title, m.gender = person_name(span, ms.text)
            ms.add(m, range(start, t.i + 1))


def _surname_as_noun(t: Token, common: _CommonWords) -> bool:
    """Is ``t`` a surname opening its sentence that the tagger took for a common noun (NN),
    a word the text never writes in lower case ("Hannity followed up by asking", a
    twenty-second audit of unseen articles, after "Sean Hannity asked")?"""
    return bool(
        t.tag_ == "NN"
        and t.is_sent_start
        and t.text[:1].isupper()
        and t.text[1:].islower()
        and t.lower_ not in common.words
    )


#: Entity labels the tagger gives a person's name it did not know ("Ivanka" PRODUCT).
_NOT_NAME_LABELS = ("", "PRODUCT", "WORK_OF_ART")


def _first_named(ms: Mentions) -> None:
    """A listed first name and a surname that no name mention covers ("Ivanka Trump", left
    untagged or tagged PRODUCT): a person's name, of two words or three with an initial
    between. Not when another capitalised word follows (a longer name the tagger knows
    better), the surname is a title, role, people, organization word or demonym, or the name
    modifies a noun ("the Ivanka Trump brand"); not on a headline."""
    for span in _first_named_spans(ms):
        last = span[-1]
        m = ms.mention(span, last, "name", label="PERSON")
        m.name_tokens, m.title, m.gender = person_name(span, ms.text)
        m.former = m.title is not None and _former(span)
        ms.add(m, range(span.start, span.end))
        ms.person_words.add(last.lower_)


def _first_named_spans(ms: Mentions) -> Iterator[SpacySpan]:
    """The names :func:`_first_named` makes people's, a listed first name to the surname."""
    doc = ms.doc
    for i in tokens_with(doc, LOWER, _FIRST_NAME_IDS):
        t = doc[i]
        if (
            t.lower_ not in lx.FIRST_NAMES
            or not t.is_title
            or t.tag_ != "NNP"
            or t.i in ms.covered
            or t.ent_type_ not in _NOT_NAME_LABELS
        ):
            continue
        k = t.i + 1
        if k < len(doc) and INITIALS.match(doc[k].text) and len(doc[k].text) == 2:
            k += 1
        if k >= len(doc):
            continue
        last = doc[k]
        if (
            last.i in ms.covered
            or last.ent_type_ not in _NOT_NAME_LABELS
            or last.tag_ != "NNP"
            or not NAME_WORD.match(last.text)
            or len(last.text) < 3
            or last.lower_ in ORG_WORDS
            or last.lower_ in lx.TITLES_AND_HONORIFICS
            or last.lower_ in lx.PERSON_ROLE_NOUNS | lx.PEOPLE_NOUNS
            or last.lower_ in lx.DEMONYMS
        ):
            continue
        after = doc[k + 1] if k + 1 < len(doc) else None
        if after is not None and after.text[:1].isupper() and after.tag_ in ("NNP", "NNPS"):
            continue
        if last.dep_ == "compound" and last.head.pos_ == "NOUN":
            continue  # "the Ivanka Trump brand": a modifier
        if headline_line(ms.text, t.idx) is not None:
            continue
        yield doc[t.i : k + 1]


def _untagged_name_word(ms: Mentions, t: Token, first: bool) -> bool:
    """A word of a proper name that no entity or mention covers: a proper noun written as a
    name's word is ("Elijah", "O'Brien"), or a suffix ("II", "Jr.") after one."""
    if t.i in ms.ent_at or t.i in ms.covered or t.tag_ not in ("NNP", "NNPS"):
        return False
    if t.lower_ in lx.TITLES_AND_HONORIFICS or t.lower_ in lx.DEMONYMS:
        return False
    if first and t.lower_ in lx.PERSON_ROLE_NOUNS:
        return False  # a title chain going on ("Deputy Undersecretary of ...")
    return bool(NAME_WORD.match(t.text)) or (not first and t.lower_ in lx.NAME_SUFFIXES)


def _demonyms(ms: Mentions) -> None:
    """Plural demonyms the tagger left untagged ("Scots said"): names of a people."""
    for i in tokens_with(ms.doc, LOWER, _DEMONYM_IDS):
        t = ms.doc[i]
        if (
            t.lower_ in lx.DEMONYMS
            and t.text[:1].isupper()
            and t.tag_ in ("NNS", "NNPS", "NNP")
            and t.i not in ms.covered
            and t.i not in ms.by_head
        ):
            m = ms.mention(ms.doc[t.i : t.i + 1], t, "name", label="NORP")
            m.number = "p"
            ms.add(m, range(t.i, t.i + 1))

"""Forms of a source or recipient span that the parse misreads, for the mentions
(``mentions.py``, ``detection.py``, ``span_mentions.py``): a programme's title in quotation
marks (told MSNBC's "Morning Joe"), a word the parse split at its hyphen (told co-host Joe
Scarborough), a pronoun heading a relative clause (some who saw the comment)."""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsprov.analysis.sources import lexicon as lx
from newsprov.analysis.sources.lists import hyphen_piece

if TYPE_CHECKING:
    from newsprov.analysis.sources.mentions import Mention

_OPEN_QUOTES = {'"', "“", "``"}
_CLOSE_QUOTES = {'"', "”", "''"}


def string_ids(words: Iterable[str]) -> frozenset[int]:
    """The spaCy string ids of ``words`` (what ``Doc.to_array`` gives for ``ORTH``, ``LOWER``,
    ``DEP``)."""
    return frozenset(get_string_id(w) for w in words)


def tokens_with(doc: Doc, attr: int, ids: AbstractSet[int]) -> list[int]:
    """The indices of ``doc``'s tokens whose ``attr`` (``ORTH``, ``LOWER``, ``DEP``) is one of
    the string ``ids``, read from the doc's array without making a Token of every word: the
    first test of a pass over the doc that few tokens pass (each pass keeps its own test of
    the token too). Eight such passes of the sources stage made a Token of every word. The
    test runs over the array (``numpy.isin``), no Python list of every word's id made (the
    same list as a walk over the tokens, ``tests/test_fast_paths.py``)."""
    if not ids:
        return []
    wanted = _sorted_ids(ids if isinstance(ids, frozenset) else frozenset(ids))
    row = _row(doc, attr)
    # a binary search of each word's id in the sorted ids (``numpy.isin`` sorted both, and the
    # word lists of first names and titles are hundreds long): the same indices
    at = numpy.searchsorted(wanted, row)
    at[at == len(wanted)] = 0
    found: list[int] = numpy.flatnonzero(wanted[at] == row).tolist()
    return found


#: The last doc's arrays read by :func:`tokens_with`, by attribute (a weak reference: the doc
#: is not kept alive by it).
_ROWS: list[tuple[weakref.ref[Doc], int, dict[int, numpy.ndarray]]] = []


def _row(doc: Doc, attr: int) -> numpy.ndarray:
    """``doc.to_array(attr)``, read once per doc and attribute: the sources stage's passes ask
    for the same doc's ``LOWER``, ``ORTH`` and ``DEP`` ten times in all. Kept until another doc
    is asked about; a doc's words and labels do not change once it is parsed (the analysis
    never retokenizes), its length checked all the same."""
    if _ROWS:
        ref, n, rows = _ROWS[0]
        if ref() is doc and n == len(doc):
            row = rows.get(attr)
            if row is None:
                row = rows[attr] = doc.to_array(attr)
            return row
    row = doc.to_array(attr)
    _ROWS[:] = [(weakref.ref(doc), len(doc), {attr: row})]
    return row


@lru_cache(maxsize=64)
def _sorted_ids(ids: frozenset[int]) -> numpy.ndarray:
    """``ids`` as a sorted array, kept per set (most are the module's fixed word lists)."""
    return numpy.unique(numpy.fromiter(ids, dtype=numpy.uint64, count=len(ids)))


_OPEN_QUOTE_IDS = string_ids(_OPEN_QUOTES)
#: Words before a quoted programme's title: a broadcaster's possessive ("MSNBC's "Morning
#: Joe""), "told", and the prepositions of appearing on one ("on "Meet the Press"", "in an
#: interview with "Fox News Sunday"", "to "CBS This Morning"").
_SHOW_LEADS = {"'s", "’s", "on", "with", "to"}
#: The longest programme title taken, in words, and the lower-case words one may hold ("Meet
#: the Press", "Fox and Friends"); every other word is capitalised ("Good Morning America").
#: The longest title in the PolNeAR dev and first 300 train articles has five words ("The Lead
#: with Jake Tapper", "Midday with Charlie Sykes").
_TITLE_WORDS = 8
_TITLE_LOWER = {"the", "and", "of", "a", "an", "in", "on", "for", "to", "with", "at", "&"}


def quoted_title(first: Token, last: Token) -> bool:
    """Do the words ``first`` .. ``last`` stand wholly inside quotation marks as a programme's
    title, after a broadcaster's possessive, a form of "tell" or "on", "with", "to": told
    MSNBC's "Morning Joe", on NBC's "Meet the Press," told "Fox and Friends". Not a nickname
    inside a person's name (William "Mo" Cowan: a proper noun before the quote or after it),
    not a title after a determiner (the "Gang of Eight") or before a noun it modifies (the
    show's "Star Power" award), nor quoted words written otherwise than as a title (told
    "reporters"; every word capitalised but "the", "and", "of" and a few more)."""
    doc = first.doc
    if first.i < 2 or not first.text[:1].isupper():
        return False
    if doc[first.i - 1].text not in _OPEN_QUOTES:
        return False
    lead = doc[first.i - 2]
    if lead.lower_ not in _SHOW_LEADS and lead.lemma_.lower() != "tell":
        return False
    end = last.i + 1
    if end < len(doc) and doc[end].text in (",", "."):
        end += 1  # "Meet the Press,"
    if end >= len(doc) or doc[end].text not in _CLOSE_QUOTES:
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    inside = doc[first.i : last.i + 1]
    return (
        # not a nickname (William "Mo" Cowan), nor a modifier of the noun after it (Trump's
        # "Make America Great Again" rallies, the show's "Star Power" award)
        (after is None or after.pos_ not in ("PROPN", "NOUN"))
        and len(inside) <= _TITLE_WORDS
        and all(
            t.text[:1].isupper() or t.lower_ in _TITLE_LOWER
            for t in inside
            if not t.is_punct and t.text not in ("'s", "’s")
        )
    )


def quoted_titles(doc: Doc) -> list[range]:
    """The token ranges of the programmes' titles in quotation marks (:func:`quoted_title`)."""
    found: list[range] = []
    for i in tokens_with(doc, ORTH, _OPEN_QUOTE_IDS):
        t = doc[i]
        if t.text not in _OPEN_QUOTES or t.i + 2 >= len(doc):
            continue
        for j in range(t.i + 2, min(t.i + _TITLE_WORDS + 3, len(doc))):
            if doc[j].text in _CLOSE_QUOTES | _OPEN_QUOTES:
                last = j - 2 if doc[j - 1].text in (",", ".") else j - 1
                if last > t.i and quoted_title(doc[t.i + 1], doc[last]):
                    found.append(range(t.i + 1, last + 1))
                break
    return found


def title_heading(sp: SpacySpan, shows: list[range]) -> range | None:
    """The programme's title (one of ``shows``, :func:`quoted_titles`) a source or recipient
    span is headed by, after any possessor ("MSNBC's "Morning Joe""); not a title inside a
    description ("Joe Scarborough, host of MSNBC's "Morning Joe,"": the host)."""
    words = [t for t in sp if not t.is_punct]
    for r in shows:
        if not words or words[-1].i != r.stop - 1 or words[0].i > r.start:
            continue
        before = [t for t in words if t.i < r.start]
        if sp.root.i in r or (
            # "NBC's "Today"", whichever word the parse made the root: a possessor only
            before
            and before[-1].text in ("'s", "’s")
            and all(t.pos_ == "PROPN" for t in before[:-1])
        ):
            return r
    return None


def unsplit(sp: SpacySpan, covered: Mapping[int, Mention]) -> tuple[SpacySpan, Token | None]:
    """A span ending in a piece of a hyphenated word the parse split into siblings ("co" of
    "told co-host Joe Scarborough", where "co", "-" and "host" are three objects of "told"):
    the span through the whole word and a person's name right after it (a name mention in
    ``covered``), and the word's last piece, its head noun ("host"); else the span and None."""
    doc, end = sp.doc, sp.end
    while end + 1 < len(doc) and hyphen_piece(doc[end - 1]) and doc[end + 1].is_alpha:
        end += 2  # "co" + "-" + "host"; "vice" + "-" + "chair"
    if end == sp.end:
        return sp, None
    last = doc[end - 1]
    if last.head.i in range(sp.start, end):
        return sp, None  # a word the parse kept whole
    name = covered.get(end) if end < len(doc) else None
    whole = doc.char_span(name.start, name.end, alignment_mode="expand") if name else None
    if (
        name is not None
        and name.type == "name"
        and name.label == "PERSON"
        and whole is not None
        and whole.start == end
    ):
        return doc[sp.start : whole.end], last  # "co-host Joe Scarborough": the person
    if last.pos_ not in ("NOUN", "PROPN") or (
        last.dep_ in ("compound", "amod") and last.head.i >= end
    ):
        return sp, None  # "pro-choice activists": a modifier of the noun after it
    return doc[sp.start : end], last


#: The longest relative clause a pronoun's name takes in, in tokens ("anybody who complains
#: about a microphone"; read on 300 PolNeAR train articles, where longer ones ran to a list of
#: three clauses).
RELATIVE_WORDS = 12


def pronoun_head(t: Token) -> bool:
    """A pronoun or determiner heading a phrase of its own, not a personal pronoun ("some",
    "anybody", "those" in "some who saw", "those who backed the plan")."""
    return (
        t.pos_ in ("PRON", "DET")
        and t.tag_ not in ("PRP", "PRP$", "WP", "WDT", "WP$")
        and t.lower_ not in lx.PRONOUNS
        and t.lower_ not in lx.FIRST_PERSON
        and t.dep_ not in ("det", "poss", "predet")
    )


def _human(t: Token) -> bool:
    return t.ent_type_ in ("PERSON", "NORP") or t.lower_ in lx.HUMAN_NOUNS


def human_owner(t: Token) -> Token:
    """The noun a "who" clause belongs to when the parser hangs it on the object of a
    preposition that is no human being: the human noun or name the prepositions lead up to
    ("one well-connected Democrat familiar with the Clinton campaign's organization, who
    requested anonymity": the Democrat; "Skip Rutherford, a longtime loyalist and dean of the
    University of Arkansas Clinton School of Public Service, who has known": Rutherford).
    An object that is a person or a human noun keeps the clause ("the son of Tom Kelcy,
    who"; "a group of protesters, who"), and so does one no human noun leads to (fourteenth
    audit)."""
    if t.dep_ != "pobj" or _human(t) or t.pos_ == "PRON":
        return t
    top = t
    while top.dep_ == "pobj" and top.head.dep_ == "prep":
        top = top.head.head
        if top.pos_ == "ADJ" and top.dep_ == "amod":
            top = top.head  # "a Democrat familiar with ..."
    while top.dep_ == "appos" and top.head.pos_ in ("NOUN", "PROPN"):
        top = top.head  # "Skip Rutherford, a ... dean of ..."
    return top if top.pos_ in ("NOUN", "PROPN") and _human(top) else t

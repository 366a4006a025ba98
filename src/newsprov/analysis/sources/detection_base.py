"""What the detection passes (:mod:`.detection`) share: the tagger's labels of names that may be
mentions and the two labels detection gives (a programme's title, a document's name), the head
nouns that make a nominal mention, the tagger's names over a span, a name's "former" title, an
indefinite capitalised word, and the mention of a role's abbreviation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsprov.analysis.sources import lexicon as lx

if TYPE_CHECKING:
    from newsprov.analysis.sources.mentions import Mention, Mentions

#: The tagger's labels of names that may be mentions.
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}


#: The label of a programme's title in quotation marks (told MSNBC's "Morning Joe"): a name of
#: kind outlet, never a person's.
SHOW = "SHOW"


#: The label of a name ending in a word for documents ("the Comey Memos"), whatever the tagger
#: made of it: a document's name, never a person's.
DOC = "DOC"


#: Head nouns that make a noun phrase a nominal mention: roles, outlets, documents, groups,
#: anonymous sources, organizations, reports and people.
NOMINAL_HEADS = (
    lx.PERSON_ROLE_NOUNS
    | lx.OUTLET_NOUNS
    | lx.ANONYMOUS_NOUNS
    | lx.DOCUMENT_NOUNS
    | lx.GROUP_NOUNS
    | lx.ORGANIZATION_NOUNS
    | lx.REPORTING_NOUNS
    | lx.PEOPLE_NOUNS
    | lx.COLLECTIVE_PEOPLE
)


def _indefinite_capitals(t: Token) -> bool:
    """See :func:`_indefinite_acronym`: the word alone."""
    return (
        len(t.text) > 1
        and t.text.isupper()
        and t.text.isalpha()
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
    )


def abbreviated_role(ms: Mentions, span: SpacySpan, abbr: str) -> Mention:
    """A nominal mention of the role an abbreviation stands for ("the D. A.": an attorney,
    which "the district attorney" names again), one identifiable person with or without
    "the" (a headline's "D. A. Will Now Seek ..."); not indexed."""
    m = ms.mention(span, span[-1], "nominal")
    m.lemma = m.word = lx.ABBREVIATED_ROLES[abbr]
    m.definite, m.indefinite = True, False
    return m


def _former(ent: SpacySpan) -> bool:
    """Does a word before the name's title put it in the past ("Former President Tom Hale",
    "ex-Gov. Ann Lee", "then-Gov. Ann Lee"), which the title leaves out?"""
    subtree = {t.i for t in ent.root.subtree}
    for t in [*ent, *(ent.doc[i] for i in range(max(0, ent.start - 6), ent.start))]:
        if t.i in subtree or t.i >= ent.start:
            if not lx.PAST_ROLE.isdisjoint(t.lower_.split("-")):
                return True
        if _then_title(t, subtree):
            return True
    return False


def _then_title(t: Token, subtree: set[int]) -> bool:
    """Is ``t`` the "then" of a title held then ("then-Gov. Ann Lee", "then Secretary of State
    Ann Lee"): joined to the title word after it by a hyphen (the parse hangs it on the verb),
    or right before a capitalised title word of the name's phrase?"""
    if t.lower_ != "then" or t.i + 1 >= len(t.doc):
        return False
    after = t.doc[t.i + 1]
    if after.text in ("-", "–") and t.i + 2 < len(t.doc):
        return t.i + 2 in subtree and t.doc[t.i + 2].is_title
    return after.i in subtree and after.is_title


def _ents_over(ent_at: dict[int, SpacySpan], span: SpacySpan) -> list[SpacySpan]:
    found = {ent_at[i].start: ent_at[i] for i in range(span.start, span.end) if i in ent_at}
    return list(found.values())

"""The parse's lists of people and things, read for the source mentions: a list the parse
split at its comma into a second subject ("Most Republican voters in Alabama, Georgia and
Virginia said"), a list's last name that the parse hung on its first as an apposition ("Mayor
Ann Lee and co-chair Bob Hart"), a list's first item that is a person or thing of its own, and
roles joined before one person's name ("businessman and blogger Andrew Halcro")."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsprov.analysis.sources import lexicon as lx


def split_list_end(root: Token, sp: SpacySpan) -> int | None:
    """The last word of a source span (``sp``) when the description headed by ``root`` and
    the span's words after its comma are one list the parse split into two subjects of the
    verb ("Most Republican voters in Alabama, Georgia and Virginia said": "voters" with "in
    Alabama", and "Georgia and Virginia" a subject of its own), else None. The word before the
    comma must be the object of a preposition in the description (or a conjunct of one), and
    the piece after the comma a word of the same kind (a proper noun with the same entity
    label, or a common noun), a subject of the same verb whose phrase runs to the span's end;
    a list of people after a description ("The mayor, Smith and Jones said") is none."""
    doc = root.doc
    toks = [t for t in sp if not (t.is_punct and t.i == sp.end - 1)]
    end = toks[-1].i if toks else root.i
    comma = root.right_edge.i + 1
    if not (sp.start <= root.i < comma < end) or doc[comma].text != ",":
        return None
    before, after = doc[comma - 1], doc[comma + 1]
    if before.dep_ not in ("pobj", "conj") or before.head.i == root.i:
        return None  # "The mayor, Smith and Jones": the list does not go on a phrase in it
    piece = after
    while piece.head.i != root.head.i and piece.head.i != piece.i and piece.head.i > comma:
        piece = piece.head  # "Georgia", or the head a modifier of it hangs on
    same = (before.pos_ == piece.pos_ == "PROPN" and before.ent_type_ == piece.ent_type_) or (
        before.pos_ == piece.pos_ == "NOUN"
    )
    if (
        root.head.i == root.i
        or piece.head.i != root.head.i
        or piece.dep_ not in ("nsubj", "nsubjpass")
        or not same
        or piece.right_edge.i < end
        or piece.left_edge.i != comma + 1
    ):
        return None
    return end


def roles_of_name(tok: Token, conj: list[Token], last_is_person: bool) -> bool:
    """Is the coordination the parse made ("businessman and blogger Andrew Halcro":
    "businessman" and "Halcro" conjuncts) one person's roles before their name: a bare
    singular role first (a common noun, or a title the tagger made a proper noun: "Apple CEO
    and co-founder Steve Jobs"), a person's name last, with a lowercase role compounded on it?
    ("President and Vice President Joe Biden" are two people: the role on the name is a
    title.)"""
    conj = [c for c in conj if not hyphen_piece(c)]  # "co", "-" of "co-founder"
    if len(conj) != 1 or not last_is_person:
        return False
    if tok.tag_ not in ("NN", "NNP") or any(
        c.dep_ in ("det", "poss", "nummod") for c in tok.children
    ):
        return False
    roles = lx.PERSON_ROLE_NOUNS | lx.PEOPLE_NOUNS

    def role(t: Token) -> bool:
        # or an agent noun in "-ist" ("lobbyist and GOP strategist Charlie Black": a
        # twenty-sixth audit of unseen articles found it a group of two)
        lemma = t.lemma_.lower()
        return lemma in roles or lx.is_agent_noun(lemma)

    return role(tok) and any(
        c.dep_ == "compound" and c.is_lower and role(c) for c in conj[-1].children
    )


def listed_appos(t: Token) -> bool:
    """Is ``t`` a name the parse hung as an apposition on a list's first item, though it is
    the list's last: nothing sets it off, and it follows right after a conjunct of that item
    that the conjunction joined ("Mayor Ann Lee and co-chair Bob Hart": "Hart" in apposition
    to "Lee", "co", "-" and "chair" conjuncts of "Lee")? A true apposition is set off by a
    comma, dash or parenthesis, or stands before its noun ("Airbus parent EADS")."""
    if t.dep_ != "appos" or t.head.i > t.i or t.left_edge.i == 0:
        return False
    doc = t.doc
    prev = doc[t.left_edge.i - 1]
    if prev.is_punct and not hyphen_piece(prev):
        return False
    head = t.head
    if not list_head(head):
        return False  # "Real estate mogul and reality television star Donald Trump": roles
    conj = [c for c in head.children if c.dep_ == "conj" and c.i < t.i]
    ccs = [c for c in head.children if c.dep_ == "cc" and c.i < t.i]
    return bool(conj and ccs) and any(c.i <= prev.i <= c.right_edge.i for c in conj)


def unset_appos(a: Token) -> bool:
    """A name after its noun in apposition with nothing to set it off ("editor Dr. Sebastian
    Gorka")."""
    if a.dep_ != "appos" or a.i < a.head.i or a.ent_type_ != "PERSON":
        return False
    return not any(t.is_punct for t in a.doc[a.head.i + 1 : a.left_edge.i])


def list_head(t: Token) -> bool:
    """Is ``t``, a list's first item, a person of its own (a name: "Ann Lee and co-chair Bob
    Hart"), not a role that the roles after it and the name they come to share ("businessman
    and blogger Andrew Halcro", "mogul and reality television star Donald Trump", "Clinton's
    chief pollster and strategist Joel Benenson": a determiner or a possessor does not tell
    the two apart, so a noun is never taken for a list's own item)?"""
    return t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and t.lower_ not in lx.PERSON_ROLE_NOUNS)


def hyphen_piece(t: Token) -> bool:
    """``t`` is a hyphen glued inside a word, or the part glued before one ("co" in
    "co-founder", which the parse can split into conjuncts)."""
    doc = t.doc
    if t.text == "-":
        return not t.whitespace_ and t.i > 0 and not doc[t.i - 1].whitespace_
    return not t.whitespace_ and t.i + 1 < len(doc) and doc[t.i + 1].text == "-"

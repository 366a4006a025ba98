"""The detection passes of nominals and pronouns (:mod:`.detection`): noun phrases headed by a
source-like noun (the parse's noun chunks, read fast), and third-person pronouns (a relative
"who"/"which" with its noun)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import DEP, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc, Token

from newsprov.analysis.sources import lexicon as lx
from newsprov.analysis.sources.detection_base import NOMINAL_HEADS, _indefinite_capitals
from newsprov.analysis.sources.forms import human_owner, pronoun_head, string_ids, tokens_with

if TYPE_CHECKING:
    from newsprov.analysis.sources.mentions import Mentions

#: The string ids of the lower-case forms ``_pronouns`` looks at.
_PRONOUN_IDS = frozenset(get_string_id(w) for w in (*lx.PRONOUNS, "who", "which"))


_POSS_IDS = string_ids(["poss"])


#: What English noun chunks are read from (``spacy.lang.en.syntax_iterators``): a chunk's last
#: word is a noun, proper noun or pronoun with one of these dependencies, or a conjunct of one.
_CHUNK_POS = frozenset((NOUN, PROPN, PRON))


_CHUNK_DEPS = string_ids(
    ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT")
)


_CONJ = get_string_id("conj")


def noun_chunks(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) of ``doc``'s base noun phrases, as spaCy's English ``Doc.noun_chunks``
    finds them, the same test over the same tokens; a Token made only for a noun, proper noun
    or pronoun (read from the doc's POS array), not for every word."""
    out: list[tuple[int, int]] = []
    prev_end = -1
    for i, pos in enumerate(doc.to_array(POS).tolist()):
        if pos not in _CHUNK_POS:
            continue
        word = doc[i]
        left = word.left_edge.i
        if left <= prev_end:  # no nested chunk
            continue
        if word.dep in _CHUNK_DEPS:
            prev_end = i
            out.append((left, i + 1))
        elif word.dep == _CONJ:
            head = word.head
            while head.dep == _CONJ and head.head.i < head.i:
                head = head.head
            if head.dep in _CHUNK_DEPS:  # coordinated to a noun phrase
                prev_end = i
                out.append((left, i + 1))
    return out


def _nominals(ms: Mentions) -> None:
    for start, end in noun_chunks(ms.doc):
        root = ms.doc[start:end].root
        if root.i in ms.covered or root.i in ms.by_head:
            continue
        if root.pos_ != "NOUN" and not (
            root.pos_ == "PROPN" and root.lower_ in lx.PERSON_ROLE_NOUNS  # "Apple CEO"
        ):
            if root.ent_type_ == "ORG" and _indefinite_capitals(root):
                ms.add(ms.nominal(root))  # "a super PAC" (see _indefinite_acronym)
            continue
        lemma = root.lemma_.lower()
        if (
            lemma not in NOMINAL_HEADS
            and root.lower_ not in NOMINAL_HEADS
            # a noun of work apposed to a name ("Jeffrey W. Ubben, an activist investor and
            # founder of ValueAct Capital,"): the person's title (the thirty-first audit)
            and not (lemma in lx.WORK_NOUNS and root.dep_ == "appos")
        ):
            continue
        if _bare_predicate(root):
            continue
        ms.add(ms.nominal(root))
    for i in tokens_with(ms.doc, DEP, _POSS_IDS):
        t = ms.doc[i]
        # a definite possessor ("the company's shares", "the bank's chief executive"), which
        # no noun chunk heads: a mention of the body it names, as "the company" alone is;
        # only "the" and the noun, no modifier
        if (
            t.dep_ == "poss"
            and t.pos_ == "NOUN"
            and t.i not in ms.covered
            and t.i not in ms.by_head
            and (t.lemma_.lower() in _POSSESSOR_HEADS or t.lower_ in _POSSESSOR_HEADS)
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            and all(c.dep_ in ("det", "case") for c in t.children)
        ):
            ms.add(ms.nominal(t))


def _bare_predicate(root: Token) -> bool:
    """Is ``root`` a singular noun with no determiner or possessor that completes "be" or
    "become" ("not qualified to be president", "became governor")? An office named, no one
    referred to: no mention. Written for a sixth audit of unseen PolNeAR articles, where
    five such "president" had made a person who took Sanders's "he"."""
    if (
        root.dep_ == "pobj"
        and root.tag_ in ("NN", "NNP")
        and root.head.lower_ == "as"
        and root.head.head.pos_ in ("VERB", "AUX")
    ):
        # "she was chosen as President of the Medical Association", "served as chairman": an
        # office a verb gives its subject, no one else (a thirteenth audit of unseen articles
        # found "The President" of the next paragraph joined to it, apart from the President
        # named before)
        return not any(c.dep_ in ("det", "poss", "nummod") for c in root.children)
    if root.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children
    ):
        # "As a writer and a director, I simply don't have the time": a role the speaker
        # gives himself, "a" and the noun after "as" (or a conjunct of one), no one else (a
        # twentieth audit of unseen articles found "The director" of the next sentence joined
        # to it, apart from the director Gary Ross named before)
        top = root
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        if top.dep_ == "pobj" and top.head.lower_ == "as" and top.head.head.pos_ in ("VERB", "AUX"):
            return True
    return (
        root.dep_ in ("attr", "oprd")
        and root.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in root.children)
    )


#: Head nouns of a definite possessor that is a mention ("the company's", "the bank's"): the
#: company and organization nouns. Measured on MEANTIME against every nominal head (the 102
#: articles' F1 0.8802 with these, 0.8796 with all) and against possessors with modifiers
#: ("the formative company's", F1 0.8778), 2026-12-04.
_POSSESSOR_HEADS = lx.COMPANY_NOUNS | lx.ORGANIZATION_NOUNS


def _pronouns(ms: Mentions) -> None:
    doc = ms.doc
    # only the tokens whose lower-case form is a pronoun's, read as string ids without
    # making a Token of every word
    for i, key in enumerate(doc.to_array(LOWER).tolist()):
        if key not in _PRONOUN_IDS:
            continue
        t = doc[i]
        low = t.lower_
        if low in ("who", "which") and t.head.dep_ == "relcl" and t.i not in ms.by_head:
            m = ms.mention(t.doc[t.i : t.i + 1], t, "relative")
            # "the company, which said": the company; a "who" hung on a place or a body goes
            # to the person the phrase belongs to (`forms.human_owner`)
            m.antecedent = (human_owner(t.head.head) if low == "who" else t.head.head).i
            ms.add(m)
            ante = t.head.head
            if low == "who" and pronoun_head(ante) and ante.i not in ms.covered:
                ms.add_nominal(ante)  # "some who saw", "anybody who complains"
            continue
        if low in lx.PRONOUNS and t.tag_ in ("PRP", "PRP$") and t.i not in ms.by_head:
            if low in ("it", "its", "itself") and not _referring_it(t):
                continue
            m = ms.mention(t.doc[t.i : t.i + 1], t, "pronoun")
            m.gender, m.number = lx.PRONOUNS[low]
            ms.add(m)


def _referring_it(t: Token) -> bool:
    """False for pleonastic "it" ("it appears", "it is not clear")."""
    if t.lower_ != "it" or t.dep_ not in ("nsubj", "nsubjpass"):
        return True
    verb = t.head
    if verb.lemma_ in lx.SPEECH_LEMMAS:
        return True  # "it said that"
    return not any(c.dep_ in ("ccomp", "xcomp", "acomp", "attr") for c in verb.children)

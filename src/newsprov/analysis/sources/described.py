"""Descriptions left apart after the one pass of :mod:`.coref`, joined once every mention is
resolved (the thirtieth audit of unseen articles): a description that names a role or a
kind only one entity of the article fits, when the pass could not join it (another person
named in its sentence, the role given only later in the text, the antecedent beyond the
nominal window, the initials of a name for its words):

- a person's role with a place's, a party's or a people's word before it ("the Florida
  senator", "the Republican lawmaker"): the one person named before it to whom the article
  gives that role with those words ("Florida Sen. Marco Rubio"), anywhere in it;
- a team's noun ("the team", "the club"): the one organization named before it that is no
  outlet, company, party or body of another kind;
- a description of someone unnamed whose modifiers are the initials of words of one earlier
  indefinite description ("the RNC member" after "a prominent Republican National Committee
  member"), or its words again, beyond the window;
- a description owned by a name ("Reagan's Daughter Makes Strong Statement", a headline):
  the one named person whom a description of the same noun, owned by a longer name ending
  as that one, describes ("Patti Davis, Ronald Reagan's daughter,");
- a kin word owned by a pronoun ("her father"): the one person whose kin the pronoun's
  person is said to be by the converse word ("His daughter Joan Felt said her father ...":
  the one "His" stands for).

Each rule joins only when exactly one entity fits (named before the description, but for
the last): a wrong merge costs more than a missed one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprov.analysis.sources import lexicon as lx
from newsprov.analysis.sources.agreement import (
    description_key,
    gender_ok,
    past_holder,
    past_words,
    title_has,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsprov.analysis.sources.coref import Entity, Resolver
    from newsprov.analysis.sources.mentions import Mention

#: A team's nouns: "the team announced" after "the Saints' leading rusher".
TEAM_NOUNS = frozenset({"team", "club", "franchise"})

#: Organization nouns of a kind that is no team: a name ending in one is that kind of body.
_OTHER_BODIES = lx.ORGANIZATION_NOUNS - TEAM_NOUNS


def join_described(res: Resolver) -> None:
    """Join each description, first of an entity with no name, to the one earlier entity its
    role or kind fits (the module's three rules); the description's entity is merged whole."""
    for m in res.ordered:
        if m.type == "nominal" and m.indefinite and m.entity >= 0:
            own = res.find(m.entity)
            if not own.names and (target := _named_body(res, m, own)) is not None:
                res.merge(target, own)
            continue
        if m.type != "nominal" or m.entity < 0:
            continue
        if m.number != "s" or res.in_quote(m.start):
            continue
        own = res.find(m.entity)
        if own.outlet or own.names or any(x.type == "name" for x in own.mentions):
            continue
        if min(x.start for x in own.mentions) != m.start:
            continue  # the entity's first mention decides
        target = _owned(res, m, own) or _kin_of_kin(res, m, own)
        if target is None and m.definite:
            target = _placed_role(res, m, own) or _team(res, m, own) or _initialled(res, m, own)
        if target is not None:
            res.merge(target, own)


#: The last words of a police body's name after "police" ("New York Police Department").
_POLICE_BODY_ENDS = frozenset("department dept dept. service force bureau".split())


def police_body(text: str) -> bool:
    """Is ``text`` the name of a police body: a name ending in "police" or "constabulary"
    after other words ("Vancouver Police", "Oregon State Police"; not "Fraternal Order of
    Police", a union), in "Police Department", "Police Service" and the like, or initials in
    "PD" ("NYPD", "LAPD")?"""
    words = text.lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    if not words:
        return False
    if len(words) == 1:
        w = text.split()[-1]
        return w.isupper() and w.isalpha() and 3 <= len(w) <= 6 and w.endswith("PD")
    if words[-1] in ("police", "constabulary"):
        return words[-2] != "of"
    return len(words) > 2 and words[-2] == "police" and words[-1] in _POLICE_BODY_ENDS


def join_police(res: Resolver) -> None:
    """A bare "police" or "the police" beside the one police body the article names ("The
    NYPD said ... Police said", either order) is that body; not when it names two or more
    ("the NYPD" and "the Nassau County Police Department"), nor "police" with a word of its
    own ("state police", "police in Palermo", "riot police"). The profile's ninth audit found
    "police" and the NYPD counted as two sources."""
    bodies = {
        e.idx: e
        for e in res.live()
        if "ORG" in e.labels
        and "PERSON" not in e.labels
        and not e.outlet
        and any(x.type == "name" and police_body(x.text) for x in e.mentions)
    }
    if len(bodies) != 1:
        return
    body = next(iter(bodies.values()))
    doc = res.mentions.doc
    for m in res.ordered:
        if m.type != "nominal" or m.lemma != "police" or m.entity < 0:
            continue
        if m.text.lower() not in ("police", "the police"):
            continue
        if any(c.dep_ != "det" for c in doc[m.head].children):
            continue  # "police in Palermo", "police officials"
        own = res.find(m.entity)
        if own.idx == body.idx or own.names or own.outlet:
            continue
        if any(x.type not in ("nominal", "pronoun", "relative") for x in own.mentions):
            continue
        if all(x.type != "nominal" or x.lemma == "police" for x in own.mentions):
            res.merge(body, own)


def _owned(res: Resolver, m: Mention, own: Entity) -> Entity | None:
    """A description owned by a name ("Reagan's Daughter Makes Strong Statement", a
    headline) is the one named person whom a description of the same noun owned by a longer
    name ending as that one describes ("Patti Davis, Ronald Reagan's daughter,")."""
    head = res.mentions.doc[m.head]
    if not any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children):
        return None
    key = description_key(m.text)
    if not key or " " not in key:
        return None
    found = {
        e.idx: e
        for e in res.live()
        if e.idx != own.idx
        and "PERSON" in e.labels
        and e.names
        and e.number == "s"
        and gender_ok(own.gender, e)
        and any(
            x.type == "nominal"
            and x.lemma == m.lemma
            and description_key(x.text).endswith(" " + key)
            for x in e.mentions
        )
    }
    return next(iter(found.values())) if len(found) == 1 else None


#: Kin words and the words for the other side of the same tie ("her father" of one described
#: as "His daughter").
_CONVERSE_KIN = {
    **dict.fromkeys(("father", "mother", "parent"), frozenset({"son", "daughter", "child"})),
    **dict.fromkeys(("son", "daughter", "child"), frozenset({"father", "mother", "parent"})),
    "husband": frozenset({"wife"}),
    "wife": frozenset({"husband"}),
    **dict.fromkeys(("brother", "sister"), frozenset({"brother", "sister"})),
}


def _kin_of_kin(res: Resolver, m: Mention, own: Entity) -> Entity | None:
    """A kin word owned by a pronoun ("her father") is the one person whose kin the
    pronoun's person is said to be by the converse word, owned by that person ("His daughter
    Joan Felt said her father ate a big breakfast": the one "His" stands for, Mark Felt; the
    thirtieth audit of unseen articles found "her father" a source of its own). Not a tie
    given by no such word, nor two people so tied."""
    converse = _CONVERSE_KIN.get(m.lemma)
    doc = res.mentions.doc
    if converse is None:
        return None
    holder = _possessor(res, doc[m.head], pronoun=True)
    if holder is None or holder.idx == own.idx:
        return None
    found: dict[int, Entity] = {}
    for x in holder.mentions:
        if x.type == "nominal" and x.lemma in converse:
            kin = doc[x.head]
        elif x.type == "name" and x.head > 0:
            span = doc.char_span(x.start, x.end, alignment_mode="expand")
            kin = doc[span.start - 1] if span is not None and span.start > 0 else doc[0]
            if kin.lemma_.lower() not in converse or kin.head.i != x.head:
                continue
        else:
            continue
        e = _possessor(res, kin, pronoun=False)
        if (
            e is not None
            and e.idx not in (own.idx, holder.idx)
            and "PERSON" in e.labels
            and gender_ok(own.gender, e)
            and e.first < m.start
        ):
            found[e.idx] = e
    return next(iter(found.values())) if len(found) == 1 else None


def _possessor(res: Resolver, noun: Token, pronoun: bool) -> Entity | None:
    """The entity of ``noun``'s possessor ("her" of "her father"; "His" or "Felt's" of "His
    daughter"), only a pronoun's when ``pronoun``."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or (pronoun and poss.tag_ != "PRP$"):
        return None
    pm = res.mentions.by_head.get(poss.i) or res.mentions.covered.get(poss.i)
    if pm is None or pm.entity < 0:
        return None
    return res.find(pm.entity)


def _proper_mods(res: Resolver, m: Mention) -> set[str] | None:
    """The capitalised words before ``m``'s head inside it ("Florida", "Republican", "RNC"),
    lower case; None when a modifier is no such word ("the junior senator", "the senator's
    aide") or ``m`` has one outside ("the senator from Ohio")."""
    doc = res.mentions.doc
    head = doc[m.head]
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or head.i != span.end - 1:
        return None
    words: set[str] = set()
    for t in span[:-1]:
        if t.lower_ in lx.DEFINITE or t.is_punct:
            continue
        if not (t.is_title or t.is_upper) or t.dep_ == "poss" or t.lower_ in ("'s", "’s"):
            return None
        words.add(t.lower_)
    return words


def _fits_person(m: Mention, own: Entity, e: Entity) -> bool:
    if "PERSON" not in e.labels or e.outlet or e.number != "s" or not e.names:
        return False
    if not gender_ok(m.gender, e) or not gender_ok(own.gender, e):
        return False
    return e.first < m.start


def _placed_role(res: Resolver, m: Mention, own: Entity) -> Entity | None:
    """A role with a place's word ("Marco Rubio has more delegates than Kasich has, and the
    Florida senator suspended his campaign"): the one person named before ``m`` whom the
    article titles or describes with ``m``'s role and every capitalised word before it
    ("Florida Sen. Marco Rubio", later in the text)."""
    if m.lemma not in lx.PERSON_ROLE_NOUNS:
        return None
    mods = _proper_mods(res, m)
    if not mods:
        return None
    present = not past_words(m.text)
    found = [
        e
        for e in res.live()
        if e.idx != own.idx
        and _fits_person(m, own, e)
        and (
            title_has(e, m.lemma)
            or m.lemma in e.heads
            or any(x.epithet == m.lemma for x in e.mentions)
        )
        and mods <= e.words
        and not (present and past_holder(e, m.lemma))
    ]
    return found[0] if len(found) == 1 else None


def _team(res: Resolver, m: Mention, own: Entity) -> Entity | None:
    """A team's noun ("the team announced" after "the Saints' leading rusher"): the one
    organization named before ``m`` that is no outlet, company, party or other body ("the
    Senate", "the FBI Bureau"), ``m`` with no modifier or only words of that organization."""
    if m.lemma not in TEAM_NOUNS:
        return None
    mods = _proper_mods(res, m)
    if mods is None:
        return None
    found = []
    for e in res.live():
        if e.idx == own.idx or e.first >= m.start or e.outlet or e.companies:
            continue
        if e.labels != {"ORG"} or not e.keys:
            continue
        if e.org_heads & _OTHER_BODIES or e.heads & (_OTHER_BODIES | lx.COMPANY_NOUNS):
            continue
        found.append(e)
    if len(found) != 1 or not mods <= found[0].words:
        return None
    return found[0]


def _initials(word: str, text: str) -> bool:
    """Is ``word`` ("rnc") the initials of consecutive capitalised words of ``text``
    ("a prominent Republican National Committee member")?"""
    caps = [w for w in text.split() if w[:1].isupper()]
    n = len(word)
    return any(
        "".join(w[0] for w in caps[i : i + n]).lower() == word for i in range(len(caps) - n + 1)
    )


def _initialled(res: Resolver, m: Mention, own: Entity) -> Entity | None:
    """A description by initials ("the RNC member" after "a prominent Republican National
    Committee member"): the one earlier entity with no name whose indefinite description has
    ``m``'s head and each of its capitalised words, or their initials (an acronym of two to
    six letters)."""
    if m.lemma not in lx.PERSON_ROLE_NOUNS and m.lemma not in _ONE_OF:
        return None
    mods = _proper_mods(res, m)
    if not mods:
        return None
    found: dict[int, Entity] = {}
    for e in res.live():
        if e.idx == own.idx or e.first >= m.start or e.names or e.outlet:
            continue
        if any(x.type == "name" for x in e.mentions) or not gender_ok(own.gender, e):
            continue
        for x in e.mentions:
            if x.type != "nominal" or x.lemma != m.lemma or x.number != "s" or not x.indefinite:
                continue  # "the" takes up one introduced with "a" (not a pull quote's bare one)
            words = set(x.text.lower().split())
            if all(w in words or (2 <= len(w) <= 6 and _initials(w, x.text)) for w in mods):
                found[e.idx] = e
    return next(iter(found.values())) if len(found) == 1 else None


#: Nouns of one unnamed person besides the roles ("member", "official" are roles already).
_ONE_OF = frozenset({"member", "source", "aide", "official", "donor", "delegate"})


#: Nouns of a body an article may introduce before its name ("A major climate group is
#: demanding ... NextGen Climate, founded by ..."): advocacy and membership bodies, not a
#: government's ("an agency", "a court"), which the next sentence's name may well not be.
BODY_INTRODUCED = frozenset(
    "group organization organisation coalition nonprofit association foundation alliance "
    "movement pac charity federation league institute".split()
)

#: Words that set a sentence's name against what comes before ("Greenpeace, however,"), or
#: add it to it ("another group", "also"): no name of the body just introduced.
_CONTRAST = frozenset("however but meanwhile also too another other instead though".split())


def _named_body(res: Resolver, m: Mention, own: Entity) -> Entity | None:
    """A body introduced by an indefinite description and named after it: the name it is
    "called" or "named" ("a climate group called NextGen Climate"), or the name that opens the
    next sentence as its subject and is new there ("A major climate group is demanding ...
    NextGen Climate, founded by Tom Steyer, will air an ad"), of an organization of no other
    kind; only when ``m`` is its sentence's subject, no other organization is named in that
    sentence, and nothing in the next sets the name against the description ("however",
    "another", "also")."""
    if m.lemma not in BODY_INTRODUCED or m.number != "s" or res.in_quote(m.start):
        return None
    if any(x.type != "nominal" or x.indefinite and x.start != m.start for x in own.mentions):
        return None  # a body already described again, a "they" or a name: not this rule
    doc = res.mentions.doc
    head = doc[m.head]
    for c in head.children:  # "a climate group called NextGen Climate"
        if c.dep_ == "acl" and c.lemma_.lower() in ("call", "name"):
            for d in c.children:
                named = res.mentions.covered.get(d.i)
                if d.dep_ in ("oprd", "dobj", "attr") and named is not None:
                    return _body_of(res, named, own)
    if not m.subject:
        return None
    names = [x for x in res.ordered if x.type == "name" and x.sent in (m.sent, m.sent + 1)]
    if any(x.sent == m.sent and x.label in ("ORG", "PERSON") for x in names):
        return None
    nxt = [x for x in names if x.sent == m.sent + 1]
    if not nxt or not nxt[0].subject:
        return None
    first = nxt[0]
    sent = doc[first.head].sent
    if doc[sent.start].idx != first.start and doc[sent.start].lower_ not in ("the",):
        return None  # the name opens its sentence
    if any(t.lower_ in _CONTRAST for t in sent):
        return None
    return _body_of(res, first, own)


def _body_of(res: Resolver, named: Mention, own: Entity) -> Entity | None:
    """The entity of ``named`` when it is an organization's name of no other kind (no outlet,
    company or party), first named there."""
    if named.type != "name" or named.label != "ORG" or named.entity < 0:
        return None
    e = res.find(named.entity)
    if e.idx == own.idx or e.outlet or e.companies or e.labels != {"ORG"}:
        return None
    if e.first != named.start or e.org_heads & {"party", "parties"}:
        return None
    return e

"""Coreference inside one article: mentions joined into entities by outlet identity, name
matching (surname, title + surname, full name), appositions, role and outlet nouns ("the
commander", "the newspaper") and pronouns (recency, gender and number agreement; a he/she/they
inside a direct quotation is not its speaker). A coordination ("Smith and Jones") is an entity
of its own, a plural that a "they" can stand for (:meth:`Mentions.coordinate`).

One pass over the article's mentions in text order; each mention is compared only with the
entities already open, so the cost grows with mentions, not tokens.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from newsprov.analysis.outlets import normalize, registry
from newsprov.analysis.sources import lexicon as lx
from newsprov.analysis.sources.mentions import Mention, Mentions

#: How far back (in sentences) a pronoun or a definite nominal looks for its antecedent.
PRONOUN_WINDOW = 3
NOMINAL_WINDOW = 12
#: Organisation nouns that some styles capitalise for one body named before ("the
#: Administration", "the Department"); not those that name a body of their own ("the House" is
#: not the White House, "the Senate" not a state senate).
_CAPITALISED_DESCRIPTIONS = frozenset(
    "administration agency board bureau commission committee company council court department"
    " government ministry".split()
)
#: ... and at most this many mentions back, whatever the window: a bound on the work one
#: mention costs in a text with a huge sentence (a 40,000-character quote). No article of
#: PolNeAR dev or MEANTIME reaches it within the windows (their records are the same without it).
MAX_MENTIONS_BACK = 400


@dataclass
class Entity:
    idx: int
    mentions: list[Mention] = field(default_factory=list)
    outlet: str | None = None
    names: list[tuple[str, ...]] = field(default_factory=list)  # person names
    keys: set[str] = field(default_factory=set)  # normalised org names, descriptions
    labels: set[str] = field(default_factory=set)
    heads: set[str] = field(default_factory=set)  # nominal head lemmas
    org_heads: set[str] = field(default_factory=set)  # last words of its organization names
    words: set[str] = field(default_factory=set)  # every word of its mentions and titles
    gender: str = "?"
    number: str = "s"
    merged_into: int | None = None
    fixed_kind: str | None = None  # a coordination ("O'Brien and Pompeo") is a group

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    def is_personal(self) -> bool:
        if self.outlet or self.labels & {"ORG", "GPE", "NORP", "FAC"}:
            return False
        if "PERSON" in self.labels:
            return True
        return not self.heads.isdisjoint(_PERSON_NOUNS) or any(
            m.type == "pronoun" and m.gender in "mf" for m in self.mentions
        )


class Resolver:
    """Clusters the mentions of one document into entities."""

    def __init__(
        self,
        mentions: Mentions,
        quoted: list[tuple[int, int]] | None = None,
        quotations: list[tuple[list[tuple[int, int]], Mention]] | None = None,
    ) -> None:
        self.mentions = mentions
        mentions.coordinate()
        self.entities: list[Entity] = []
        # descriptions (by head) with a person's name in apposition after them ("the
        # director, Suh Hoon"), and that name
        self._named_after = {
            o.appos_of: o
            for o in mentions.by_head.values()
            if o.type == "name"
            and o.label == "PERSON"
            and o.name_tokens
            and o.appos_of is not None
            and o.appos_of < o.head
        }
        # Direct quotations (content spans, speaker's mention): a he/she/they inside the quote
        # marks is not its speaker, who would have said "I" or "we" ('"He lied to me," Smith
        # said': he is not Smith).
        self.quotations = quotations or []
        self._asking: set[int] = set()  # speakers being worked out ahead (see _speaker)
        # Quoted speech (direct quotations): a pronoun outside it does not look inside it for
        # its antecedent ('"... every boogeyman known to man," he said': he is not "man").
        merged: list[list[int]] = []
        for a, b in sorted(quoted or []):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.quoted = [(a, b) for a, b in merged]
        self._quoted_starts = [a for a, _ in self.quoted]
        # the number of sentences before each sentence that are not wholly quoted speech
        self._narrative_before = [0]
        for sent in mentions.doc.sents:
            a, b = sent.start_char, sent.end_char
            wholly = self.quoted and self._quoted_cover(a, b) >= len(mentions.text[a:b].strip())
            self._narrative_before.append(self._narrative_before[-1] + (not wholly))
        self.article_outlets: list[str] = []
        self.ordered = mentions.ordered()
        self.starts = [m.start for m in self.ordered]
        for m in self.ordered:
            if m.type == "outlet" and not m.short and m.outlets[0] not in self.article_outlets:
                self.article_outlets.append(m.outlets[0])

    # -- entity bookkeeping ----------------------------------------------------------------
    def entity(self, m: Mention) -> Entity | None:
        return self.find(m.entity) if m.entity >= 0 else None

    def find(self, idx: int) -> Entity:
        e = self.entities[idx]
        while e.merged_into is not None:
            e = self.entities[e.merged_into]
        return e

    def new(self, m: Mention) -> Entity:
        e = Entity(idx=len(self.entities), number=m.number)
        self.entities.append(e)
        self.attach(m, e)
        return e

    def attach(self, m: Mention, e: Entity) -> None:
        m.entity = e.idx
        e.mentions.append(m)
        if m.type == "outlet" and e.outlet is None:
            e.outlet = m.outlets[0]
        if m.type == "name":
            e.labels.add(m.label)
            if m.label == "PERSON":
                e.names.append(m.name_tokens)
            else:
                e.keys.add(_org_key(m.text))
                if m.label == "ORG" and m.text.split():
                    e.org_heads.add(m.text.split()[-1].lower())
        if m.type == "nominal":
            e.heads.add(m.lemma)
            if not m.indefinite:
                e.keys.add(_description_key(m.text))
        if m.gender in "mf" and e.gender == "?":
            e.gender = m.gender
        e.words.update(_words(m.text))
        if m.title:
            e.words.update(_words(m.title))

    def merge(self, a: Entity, b: Entity) -> Entity:
        """Join two entities (an apposition); the earlier one survives."""
        if a.idx == b.idx:
            return a
        keep, gone = (a, b) if a.first <= b.first else (b, a)
        for m in gone.mentions:
            m.entity = keep.idx
        keep.mentions.extend(gone.mentions)
        keep.names.extend(gone.names)
        keep.keys |= gone.keys
        keep.labels |= gone.labels
        keep.heads |= gone.heads
        keep.org_heads |= gone.org_heads
        keep.words |= gone.words
        keep.outlet = keep.outlet or gone.outlet
        if keep.gender == "?":
            keep.gender = gone.gender
        gone.merged_into = keep.idx
        gone.mentions = []
        return keep

    def live(self) -> list[Entity]:
        return [e for e in self.entities if e.merged_into is None and e.mentions]

    # -- the pass ----------------------------------------------------------------------------
    def run(self) -> list[Entity]:
        ordered = self.ordered
        for m in ordered:
            if m.type == "first" or m.entity >= 0:
                continue  # "I": through the attribution that holds it; done already
            if m.type == "group":  # "Smith and Jones": a plural of its own
                self.new(m).fixed_kind = "group"
                continue
            e = self._resolve(m)
            if e is not None:
                self.attach(m, e)
            elif m.type not in ("pronoun", "relative"):
                self.new(m)
        for m in ordered:  # appositions: "the commander, Lt. Gen. Robert P. White,"
            if m.appos_of is None or m.entity < 0:
                continue
            other = self.mentions.by_head.get(m.appos_of)
            if other is not None and other.entity >= 0 and _appos_compatible(m, other):
                self.merge(self.find(m.entity), self.find(other.entity))
        for head, name in self.mentions.named_roles.items():  # "CEO and co-founder Ann Vole"
            role = self.mentions.by_head.get(head)
            if role is not None and role.entity >= 0 and name.entity >= 0:
                self.merge(self.find(role.entity), self.find(name.entity))
        return self.live()

    def _resolve(self, m: Mention) -> Entity | None:
        """The open entity ``m`` joins, None for a new one. Nothing is attached here but the
        outlet of "the NYT article", which the pass attaches the same way."""
        anchor = self._appos_anchor(m)
        return anchor if anchor is not None else self._antecedent(m)

    def _speaker(self, s: Mention) -> Entity | None:
        """The entity a quotation's speaker mention stands for; when the speaker comes after
        the quote ('"He lied," Smith said') it is worked out ahead, as the pass will find it
        (a mention that will open a new entity cannot be an antecedent: None)."""
        if s.entity >= 0:
            return self.find(s.entity)
        if s.type == "first" or id(s) in self._asking:
            return None  # "I": its speaker is known after the pass; a cycle of quotes
        self._asking.add(id(s))
        try:
            return self._resolve(s)
        finally:
            self._asking.discard(id(s))

    def _quote_speakers(self, m: Mention) -> set[int]:
        """Entities of the speakers of the direct quotations whose quote marks hold ``m``."""
        if not self.in_quote(m.start):
            return set()
        out: set[int] = set()
        for spans, s in self.quotations:
            if s is m or not any(a <= m.start < b for a, b in spans):
                continue
            e = self._speaker(s)
            if e is not None:
                out.add(e.idx)
        return out

    def _appos_anchor(self, m: Mention) -> Entity | None:
        """A description in apposition to an earlier name is that name's ("Vicente Fox,
        Mexico's president from 2000 to 2006,": Fox, not the president the article named
        before)."""
        if m.type != "nominal" or m.appos_of is None:
            return None
        other = self.mentions.by_head.get(m.appos_of)
        if other is None or other.entity < 0 or other.start > m.start:
            return None
        if other.type != "name" or not _appos_compatible(m, other):
            return None
        return self.find(other.entity)

    def _quoted_cover(self, a: int, b: int) -> int:
        return sum(max(0, min(b, y) - max(a, x)) for x, y in self.quoted if x < b and y > a)

    def in_quote(self, pos: int) -> bool:
        i = bisect_left(self._quoted_starts, pos + 1) - 1
        return i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1]

    def _antecedent(self, m: Mention) -> Entity | None:
        if m.type == "outlet":
            return self._outlet(m)
        if m.type == "name":
            return self._name(m)
        if m.type == "pronoun":
            return self._pronoun(m)
        if m.type == "relative":
            noun = self.mentions.by_head.get(m.antecedent) if m.antecedent is not None else None
            noun = noun or (self.mentions.covered.get(m.antecedent) if m.antecedent else None)
            return self.entity(noun) if noun is not None else None
        return self._nominal(m)

    def _outlet(self, m: Mention) -> Entity | None:
        oid = m.outlets[0]
        if m.short or len(m.outlets) > 1:
            oid = next((o for o in self.article_outlets if o in m.outlets), oid)
        m.outlets = (oid,)
        return next((e for e in self.live() if e.outlet == oid), None)

    def _name(self, m: Mention) -> Entity | None:
        if m.label == "PERSON":
            # the most recent compatible person; a surname alone ("Trump") goes to a person
            # named without "Jr." before one named with it ("Donald Trump Jr.", "Trump Jr.")
            best: tuple[tuple[bool, int], Entity] | None = None
            low = {t.lower().rstrip(".") for t in m.name_tokens[:1] + m.name_tokens[-1:]}
            bare = _split_suffix(m.name_tokens) if m.name_tokens else ([], frozenset())
            for e in self.live():
                if (
                    "PERSON" in e.labels
                    and not low.isdisjoint(e.words)
                    and _names_compatible(m.name_tokens, e)
                    and _gender_ok(m.gender, e)
                ):
                    junior = (
                        len(bare[0]) == 1
                        and not bare[1]
                        and all(_split_suffix(n)[1] for n in e.names if len(n) > 1)
                        and any(len(n) > 1 for n in e.names)
                    )
                    score = (junior, -e.mentions[-1].start)
                    if best is None or score < best[0]:
                        best = (score, e)
            return best[1] if best is not None else None
        key = _org_key(m.text)
        acronym = _is_acronym(m.text)
        # "the Courier" after "The Coast Courier": a newspaper named by its last word
        paper = key if key in lx.MASTHEAD_WORDS else None
        same = [
            e
            for e in self.live()
            if e.outlet is None
            and (
                key in e.keys
                or (acronym and _acronym_of(m.text, e))
                or (paper is not None and paper in e.org_heads)
            )
        ]
        if not same:
            return self._capitalised_description(m)
        found = same[0]
        for e in same[1:]:  # "GM" in the headline, "General Motors (GM)" later: one company
            found = self.merge(found, e)
        return found

    def _capitalised_description(self, m: Mention) -> Entity | None:
        """ "the Administration", "the Department": one organisation noun, capitalised after
        "the", is a definite description, so the recent organisation with that head or whose
        name ends in it ("the Trump administration", "the Justice Department")."""
        tok = self.mentions.doc[m.head]
        if (
            m.word not in _CAPITALISED_DESCRIPTIONS
            or m.text.strip().lower() != m.word
            or tok.i == 0
            or tok.nbor(-1).lower_ != "the"
        ):
            return None
        for e in self._recent(m, NOMINAL_WINDOW):
            if e.outlet or "PERSON" in e.labels:
                continue
            if m.word in e.heads or m.word in e.org_heads:
                return e
        return None

    def _nominal(self, m: Mention) -> Entity | None:
        if m.outlet_mod is not None and m.lemma in lx.REPORTING_NOUNS | lx.OUTLET_NOUNS:
            # "the NYT article", "an article in Politico": the outlet's reporting
            om = m.outlet_mod
            if om.entity < 0:  # the outlet comes later in the text: resolve it now
                e = self._outlet(om)
                if e is None:
                    return self.new(om)
                self.attach(om, e)
            return self.entity(om)
        if m.demonstrative and m.number == "s" and m.lemma in lx.OUTLET_NOUNS:
            for e in self._recent(m, NOMINAL_WINDOW):
                if e.outlet and (m.lemma != "agency" or registry().get(e.outlet).type == "agency"):
                    return e
        if (
            m.demonstrative
            and m.number == "s"
            and m.lemma in lx.COMPANY_NOUNS
            and _trade_only(self.mentions.doc[m.head])
        ):
            # "the company": the nearest organization, in the nearest sentence a subject before
            # other mentions ("Consumer Reports declined to rate Apple's phone. The group
            # said": the group is Consumer Reports, not Apple)
            best: tuple[tuple[int, int, int], Entity] | None = None
            for c in self._before(m, NOMINAL_WINDOW):
                e = self.find(c.entity) if c.entity >= 0 else None
                if e is None or "ORG" not in e.labels or e.outlet or "PERSON" in e.labels:
                    continue
                score = _salience(m, c, m.sent - c.sent)
                if best is None or score < best[0]:
                    best = (score, e)
            if best is not None:
                return best[1]
        key = _description_key(m.text)
        # "The director of Korea's spy agency, Suh Hoon,": the name in apposition says who the
        # description is, so not a director named otherwise before ("Mike Pompeo"); a
        # description with no name yet may be the same ("the top commander ... The commander,
        # Lt. Gen. Robert P. White")
        named = self._named_after.get(m.head)

        def other_person(e: Entity) -> bool:
            if named is None:
                return False
            if any(e.names) and not _names_compatible(named.name_tokens, e):
                return True
            # a name apposed to one of its descriptions, which the apposition pass will join
            last = named.name_tokens[-1].lower()
            return any(
                (o := self._named_after.get(x.head)) is not None
                and o.name_tokens[-1].lower() != last
                for x in e.mentions
            )

        if m.definite and not m.indefinite:
            for e in self._recent(m, NOMINAL_WINDOW):
                if e.outlet or other_person(e):
                    continue
                if not set(m.key_mods) <= e.words:
                    continue  # "the Democratic nominee" is not "the Republican nominee"
                if (
                    m.lemma in e.heads
                    or (
                        m.lemma in lx.PERSON_ROLE_NOUNS
                        and m.number == "s"
                        and _title_has(e, m.lemma)
                    )
                    # "the committee" after "the Democratic National Committee", "the agency"
                    # after "the International Atomic Energy Agency": the noun that ends the name
                    or (m.lemma in lx.ORGANIZATION_NOUNS and m.lemma in e.org_heads)
                    # "the Courier" after "The Coast Courier"
                    or (m.word in lx.MASTHEAD_WORDS and m.word in e.org_heads)
                ):
                    if _gender_ok(m.gender, e) and (m.number == e.number or "PERSON" in e.labels):
                        return e
        if not (m.indefinite and m.number == "s"):
            for e in reversed(self.live()):
                if key in e.keys and not e.outlet and not other_person(e):
                    return e
        return self._continuing(m) if named is None else None

    def _continuing(self, m: Mention) -> Entity | None:
        """The named speaker of the quotation just before, for a description that nothing
        before names and whose tag goes on with the quoting ('"...," says Perry. "...," the
        Texas governor continues.'): a verb of continuing ("continued", "added", "went on")
        keeps the speaker, where "replied" or "countered" would change it. The quotation
        before ends in the same paragraph or the one before."""
        if not (m.definite and m.number == "s" and m.lemma in _PERSON_NOUNS):
            return None
        tok = self.mentions.doc[m.head]
        if tok.dep_ != "nsubj" or not _continues(tok.head):
            return None
        mine = [a for spans, s in self.quotations if s is m for a, _ in spans]
        if not mine:
            return None
        start = min(mine)
        ends = [
            (max(b for _, b in spans), s)
            for spans, s in self.quotations
            if s is not m and spans and max(b for _, b in spans) <= start
        ]
        if not ends:
            return None
        end, before = max(ends, key=lambda x: x[0])
        if self.mentions.text.count("\n", end, start) > 1:
            return None
        e = self._speaker(before)
        if e is None or not any(e.names) or not _gender_ok(m.gender, e):
            return None
        return e

    def _pronoun(self, m: Mention) -> Entity | None:
        doc = self.mentions.doc
        tok = doc[m.head]
        if _generic_they(tok):
            return None  # "You know what they say": nobody in particular
        blocked: set[int] = set()
        if tok.dep_ in ("dobj", "pobj", "dative") and not tok.lower_.endswith("self"):
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            blocked = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
        elif tok.dep_ in ("nsubj", "nsubjpass"):
            # nor to a name in its own clause's objects and phrases ("Of Obama, he said")
            blocked = _clause_nominals(tok.head, tok.i) | _opening_phrase(tok)
        best: tuple[tuple[int, ...], Entity] | None = None
        outside = not self.in_quote(m.start)
        # he/she/they inside a direct quotation is not its speaker ("it" may be: a company's
        # statement speaks of the company in the third person)
        speakers = set() if outside or m.gender == "n" else self._quote_speakers(m)
        speaks = "source" in m.role  # the pronoun is an attribution's source: "He said ..."
        reply = speaks and _is_reply(tok)
        # A he, she or they source is none of the people its own report names ('"... a wise
        # choice" for NIH chief, he said': not the chief; "Smith was fired, he said": not
        # Smith; "He met Lynch, Clinton and others, they said": not Lynch and Clinton). Not an
        # "it" (a company speaks of itself by name: "Apple's sales rose, it said"), and only
        # for a report wholly before the pronoun: one that goes on after it may have taken in
        # a clause of the outlet's by mistake.
        own_report = m.reports if m.gender != "n" else []
        if any(b > m.start for _, b in own_report):
            own_report = []
        for c in self._before(m, PRONOUN_WINDOW, skip_quoted=outside):
            if c.entity < 0 or c.head in blocked or c.end > m.start:
                continue  # nor a phrase holding it: "the migrants and their supporters"
            if any(a <= c.start < b for a, b in own_report):
                continue
            e = self.find(c.entity)
            if e.idx in speakers or not _pronoun_agrees(m, e):
                continue
            dist = m.sent - c.sent
            if m.number == "p" and e.number != "p":
                dist += 1  # "they" for a company or a country only when no plural is nearer
            # "they said" when people are in reach is the people, not "the documents"
            # ("Three senators released the memos. The documents, they said, show ...")
            thing = speaks and m.gender == "?" and not _animate(e)
            score = (int(thing), *_salience(m, c, dist, speaks, reply))
            if best is None or score < best[0]:
                best = (score, e)
        return best[1] if best is not None else None  # attach() takes the pronoun's gender

    def _recent(self, m: Mention, window: int) -> list[Entity]:
        """Entities with a mention before ``m`` within ``window`` sentences, most recent first."""
        seen: dict[int, Entity] = {}
        for c in self._before(m, window):
            if c.entity >= 0:
                e = self.find(c.entity)
                seen.setdefault(e.idx, e)
        return list(seen.values())

    def _before(self, m: Mention, window: int, skip_quoted: bool = False) -> Iterator[Mention]:
        """Mentions starting before ``m`` within ``window`` sentences, nearest first.

        ``skip_quoted``: mentions inside quoted speech are passed over, and sentences lying
        wholly inside it do not count towards the window (the antecedent of the "she" in
        '"Four quoted sentences," she said.' is before the quotation)."""
        far = self._narrative_before if skip_quoted else None
        last = bisect_left(self.starts, m.start) - 1
        for i in range(last, max(last - MAX_MENTIONS_BACK, -1), -1):
            c = self.ordered[i]
            dist = far[m.sent] - far[c.sent] if far else m.sent - c.sent
            if dist > window or m.sent - c.sent > 4 * window:
                return
            if not (skip_quoted and self.in_quote(c.start)):
                yield c


_PERSON_NOUNS = lx.PERSON_ROLE_NOUNS | lx.PEOPLE_NOUNS
#: Verbs of a quotation's tag that go on with the same speaker's words.
CONTINUING = frozenset({"continue", "add", "conclude"})


def _continues(verb: Token) -> bool:
    """ "continues", "added", "concluded", "went on": a tag going on with the quoting."""
    lemma = verb.lemma_.lower()
    if lemma == "go":
        return any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
    return lemma in CONTINUING


def _generic_they(tok: Token) -> bool:
    """The "they" of a saying, which stands for nobody in the text: "you know what they say",
    "as they say", "like they say"."""
    verb = tok.head
    if tok.lower_ != "they" or tok.dep_ != "nsubj" or verb.lemma_.lower() != "say":
        return False
    if any(c.lower_ in ("as", "like") and c.i < tok.i for c in verb.children):
        return True
    doc = tok.doc
    return (
        tok.i >= 2
        and doc[tok.i - 1].lower_ == "what"
        and doc[tok.i - 2].lemma_.lower() in ("know", "hear")
    )


def _trade_only(head: Token) -> bool:
    """A company noun with nothing before it but lowercase nouns naming its trade ("the
    company", "the software giant", "the oil company"; not "the new company", "the Chinese
    firm", "the rival bank", "the Beatles' record company")."""
    return all(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower and not any(c.children)
        for c in head.children
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < head.i
    )


def _salience(
    m: Mention, c: Mention, dist: int, speaks: bool = False, reply: bool = False
) -> tuple[int, int, int]:
    """How good an antecedent ``c`` is for ``m`` (lower is better), ``dist`` sentences back:
    the nearest sentence first; in ``m``'s own sentence subjects first, then the nearest; in
    earlier ones subjects first, then the first.

    When ``m`` is itself the source of an attribution (``speaks``), an earlier sentence's
    speaker, the subject of its speech tag, comes before its other subjects: "Smith was fired
    on Friday, Sheriff Jones said. He said ...": he is Jones, not Smith, the subject the
    content put first. A speaker that is no subject ("The remarks prompted X to ask Y if he
    ...") gets no such lead: there the following "he" was Y in a BASIL article. A reply ("he
    answered", "she replied") goes to whom the earlier attribution addressed: '"Which is
    it?" the lawyer asked Coleman. "I don't know," he answered.': he is Coleman. Checked
    against BASIL's quote speakers and invented sentences (tests/test_sources_resolution.py).
    """
    if m.sent == c.sent:
        return (dist, 0 if c.subject else 1, -c.start)
    if reply and "recipient" in c.role:
        rank = -1
    elif speaks and "speaker" in c.role and c.subject and not reply:
        # the subject of a speech tag ("X said", "said X"), not "prompted X to ask", nor the
        # speaker of a report inside another's words ("Trump expects Abe to ask for an
        # exemption, said Larry Kudlow. He would not predict ...": he is Kudlow, not Abe)
        rank = -1
    else:
        rank = 0 if c.subject else 1
    return (dist, rank, c.start)


#: Speech verbs whose speaker answers the one an earlier attribution addressed.
_REPLY_LEMMAS = {"answer", "reply", "respond", "retort", "rejoin"}


def _is_reply(pronoun: Token) -> bool:
    return pronoun.dep_ == "nsubj" and pronoun.head.lemma_.lower() in _REPLY_LEMMAS


#: Heads of descriptions that stand for people or bodies of people (who can speak as a "they").
_ANIMATE_HEADS = (
    lx.PERSON_ROLE_NOUNS
    | lx.PEOPLE_NOUNS
    | lx.ANONYMOUS_NOUNS
    | lx.GROUP_NOUNS
    | lx.COLLECTIVE_PEOPLE
    | lx.ORGANIZATION_NOUNS
    | lx.OUTLET_NOUNS
    | lx.COMPANY_NOUNS
) - lx.DOCUMENT_NOUNS


def _animate(e: Entity) -> bool:
    """Can the entity be a "they" that speaks: people, a group of them, an organization, an
    outlet; not a document or a thing ("the memos", "the figures", "the memo and the
    letter")."""
    if e.outlet or e.labels or e.is_personal():
        return True
    return any(_animate_mention(m) for m in e.mentions)


def _animate_mention(m: Mention) -> bool:
    if m.type == "group":
        return any(_animate_mention(x) for x in m.members)
    if m.type in ("first", "name", "outlet"):
        return True
    return m.type == "nominal" and (m.lemma in _ANIMATE_HEADS or m.word in _ANIMATE_HEADS)


_CLAUSE_DEPS = {"dobj", "dative", "prep", "pobj", "attr", "oprd", "agent"}


def _clause_nominals(verb: Token, subject: int) -> set[int]:
    """Tokens reached from ``verb`` through objects and prepositional phrases only (not through
    clauses or the subject's own phrase), and through those of a subjectless participle on it:
    a subject pronoun cannot stand for them."""
    out: set[int] = set()
    stack = [c for c in verb.children if c.i != subject and c.dep_ in _CLAUSE_DEPS]
    for c in verb.children:
        # a participle with no subject of its own is the subject's: "Born the son of a single
        # mother, he ...", "After meeting the president, he ...": he is neither
        if (
            c.dep_ == "advcl"
            and c.tag_ in ("VBG", "VBN")
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ):
            stack.extend(g for g in c.children if g.dep_ in _CLAUSE_DEPS)
    while stack:
        t = stack.pop()
        out.add(t.i)
        stack.extend(c for c in t.children if c.dep_ in _CLAUSE_DEPS | {"compound", "poss"})
    return out


def _opening_phrase(subject: Token) -> set[int]:
    """The words of a prepositional phrase that opens the sentence, set off by a comma right
    before the subject ("Of Obama, he said, "..."", "About the mayor, she wrote ..."), wherever
    the parse hung it (into the quotation that follows, at times): the subject is not in it."""
    doc = subject.doc
    start = subject.sent.start
    if subject.i < start + 3 or doc[start].pos_ != "ADP" or doc[subject.i - 1].text != ",":
        return set()
    words = doc[start : subject.i - 1]
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return set()  # "After Obama arrived, he said": a clause, whose subject he may be
    return {t.i for t in words}


def _words(text: str) -> set[str]:
    words = {w.strip(".,;:'’\"“”()") for w in text.lower().split()}
    return words | {w[:-2] for w in words if w.endswith(("'s", "’s"))}  # "Trump's": "trump"


def _org_key(text: str) -> str:
    key = normalize(text).replace(".", "").replace(",", "")
    words = key.split()
    while len(words) > 1 and words[-1] in lx.CORPORATE_SUFFIXES:
        words.pop()  # "EADS N.V.", "Apple Inc."
    key = " ".join(words)
    return lx.GPE_ALIASES.get(normalize(text), lx.GPE_ALIASES.get(key, key))


def _description_key(text: str) -> str:
    words = normalize(text).split()
    while words and words[0] in lx.DEFINITE | lx.INDEFINITE:
        words.pop(0)
    return " ".join(words)


def _is_acronym(text: str) -> bool:
    t = text.replace(".", "").strip()
    return 2 <= len(t) <= 6 and t.isupper()


def _acronym_of(text: str, e: Entity) -> bool:
    t = text.replace(".", "").strip()
    for k in e.keys:
        initials = "".join(w[0] for w in k.split() if w not in ("of", "the", "and", "for"))
        if initials.upper() == t:
            return True
    return False


def _names_compatible(tokens: tuple[str, ...], e: Entity) -> bool:
    """May the name ``tokens`` be the person ``e``: one of its names is the same, or one side a
    surname alone ("Pompeo"; a surname of two words or hyphenated: "Van Rompuy",
    "Strauss-Kahn"), or the same first name or initial; and no full name of ``e`` is another
    person's ("Boris Ferris" is not Woody Ferris, though Woody was "Ferris" since; "Donald Trump
    Jr." is not Donald Trump)."""
    if not tokens:
        return False
    names = [_split_suffix(n) for n in e.names if n]
    a, a_suffix = _split_suffix(tokens)
    if not names or not a:
        return False
    if len(a) > 1 or a_suffix:
        for b, b_suffix in names:
            if len(b) > 1 and b[-1] == a[-1] and (a_suffix != b_suffix or not _same_first(a, b)):
                return False
            if a_suffix and b_suffix and a_suffix != b_suffix:
                return False
    for b, _ in names:
        if not b:
            continue
        if a == b:
            return True
        if a[-1] == b[-1]:
            if len(a) == 1 or len(b) == 1:
                return True
            if _same_first(a, b):
                return True
        elif len(a) == 1 and len(b) > 1 and a[0] == b[0]:
            return True  # a first name alone ("Hillary")
    return False


def _split_suffix(tokens: tuple[str, ...]) -> tuple[list[str], frozenset[str]]:
    """A name's words, lower case, without "Jr.", "III" ..., and those suffixes."""
    words = [t.lower().rstrip(".") for t in tokens]
    suffix = frozenset(w for w in words if w in lx.NAME_SUFFIXES)
    return [w for w in words if w not in lx.NAME_SUFFIXES], suffix


def _same_first(a: list[str], b: list[str]) -> bool:
    """Two full names of one person: the same first name or initial, or one ends with the
    other ("Van Rompuy" in "Herman Van Rompuy")."""
    if a[0] == b[0] or a[0][0] == b[0][0] and (len(a[0]) == 1 or len(b[0]) == 1):
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(short) < len(long) and long[-len(short) :] == short


def _gender_ok(g: str, e: Entity) -> bool:
    return g not in "mf" or e.gender not in "mf" or g == e.gender


def _title_has(e: Entity, noun: str) -> bool:
    """Does a title of the entity's name ("Texas Gov.") hold the role ``noun`` ("governor")?"""
    for m in e.mentions:
        if not m.title:
            continue
        for w in m.title.lower().split():
            w = w.rstrip(".,")
            if w == noun or noun in lx.TITLE_ROLES.get(w, ()):
                return True
    return False


def _pronoun_agrees(m: Mention, e: Entity) -> bool:
    if m.gender in "mf":  # he, she
        return e.is_personal() and e.number == "s" and _gender_ok(m.gender, e)
    if m.gender == "n":  # it ("General Motors" is plural only in form); not "a former staffer"
        return (
            not e.is_personal()
            and not (e.heads & _UNNAMED_PEOPLE)
            and (e.number == "s" or bool(e.outlet) or bool(e.labels & {"ORG", "GPE", "FAC"}))
        )
    # they; also for a few people named together in the singular ("the couple")
    return (
        e.number == "p"
        or bool(e.outlet)
        or bool(e.labels & {"ORG", "NORP", "GPE"})
        or bool(e.heads & lx.COLLECTIVE_PEOPLE)
    )


#: The nouns of unnamed people ("a former staffer", "an aide"), never an "it"; not the bodies
#: among them ("the military", "the staff").
_UNNAMED_PEOPLE = lx.ANONYMOUS_NOUNS - {"military", "staff"}


def _appos_compatible(a: Mention, b: Mention) -> bool:
    """Appositions join a name and a description, not two names ("Iran, Iraq")."""
    if a.type in ("name", "outlet") and b.type in ("name", "outlet"):
        return False  # "WASHINGTON (AP)", "Iran, Iraq"
    if "pronoun" in (a.type, b.type):
        return False
    return True

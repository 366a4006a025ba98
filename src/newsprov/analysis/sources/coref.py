"""Coreference inside one article: mentions joined into entities by outlet identity, name
matching (surname, title + surname, full name), appositions, role and outlet nouns ("the
commander", "the newspaper") and pronouns (recency, gender and number agreement; a he/she/they
inside a direct quotation is not its speaker). A coordination ("Smith and Jones") is an entity
of its own, a plural that a "they" can stand for (:meth:`Mentions.coordinate`).

One pass over the article's mentions in text order; each mention is compared only with the
entities already open, so the cost grows with mentions, not tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from newsprov.analysis.outlets import registry
from newsprov.analysis.sources import lexicon as lx
from newsprov.analysis.sources.agreement import (
    PERSON_NOUNS,
    acronym_of,
    animate,
    appos_compatible,
    clause_nominals,
    company_base,
    company_named,
    continues,
    description_key,
    expansion_of,
    field_first,
    gender_ok,
    generic_they,
    is_acronym,
    is_reply,
    leader_title,
    masthead,
    names_compatible,
    nationalities,
    norp_person,
    opening_phrase,
    org_key,
    outlet_noun,
    past_holder,
    past_words,
    pronoun_agrees,
    salience,
    split_suffix,
    title_has,
    title_holds,
    titles_conflict,
    trade_only,
    word_set,
)
from newsprov.analysis.sources.mentions import Mention, Mentions, age_epithet
from newsprov.analysis.sources.names import company_words

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
#: Nouns for a newspaper, which join a paper the registry lacks by its name's form.
_PAPER_NOUNS = frozenset({"newspaper", "paper", "daily"})
#: An age given after a name ("Ann Lee, 45,"): read against "the 30-year-old" (`_aged`).
_STATED_AGE = re.compile(r",\s*(\d{1,3})\b")
#: The nouns of a person news introduces unnamed before naming them ("A man has denied
#: arson. Robert Pitman, 24, is accused ..."), with the gender each gives; written for the
#: tenth audit's leftover (`Resolver._introduced`).
_INTRODUCED = {"man": "m", "woman": "f", "boy": "m", "girl": "f"}
#: Nouns of unnamed people (`lexicon.ANONYMOUS_NOUNS`) that, in the singular, name one human
#: being, so that a he or she may stand for them ("Vole's best friend took the stand. He
#: said": the friend, not Vole; see `Resolver._unnamed_alone` for a sentence before):
#: written for a ninth audit of unseen articles, where "Timmons' 16 year-old best friend"
#: lost its "He" and "him" to Timmons. Not the nouns of unnamed people that may be bodies or
#: things ("member", a member state; "regulator", "source", "military", "staff"), nor
#: "someone" and "somebody", often nobody in particular: on the wider set of 320 texts "If
#: somebody tells me he's going to break the record" and 'overheard someone say "he has a
#: gun"' took a "he" that was another's.
_ONE_UNNAMED = frozenset(
    "agent ally associate confidant employee friend individual insider negotiator operative"
    " person relative speechwriter staffer surrogate whistleblower".split()
)
#: What splits an organization's key into words ("bear stearns", "merrill-lynch").
_KEY_WORDS = re.compile(r"[\s-]+")


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
    # its ORG names without the company words that end them ("Apple Computer": "apple")
    bases: set[str] = field(default_factory=set)
    # the words of its ORG names written as a company's, with a company word at the end
    # ("Exxon Mobil Corp.": ("exxon", "mobil"))
    companies: set[tuple[str, ...]] = field(default_factory=set)
    words: set[str] = field(default_factory=set)  # every word of its mentions and titles
    gender: str = "?"
    number: str = "s"
    merged_into: int | None = None
    fixed_kind: str | None = None  # a coordination ("O'Brien and Pompeo") is a group

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    def is_personal(self) -> bool:
        if self.labels == {"NORP"} and self.number == "s" and self._described_norp():
            return True
        bodies = self.labels & {"ORG", "GPE", "NORP", "FAC"}
        if bodies == {"NORP"} and "PERSON" in self.labels and self._party_described():
            bodies = set()  # "Paul Ryan ... the Wisconsin Republican": still one person
        if self.outlet or bodies:
            return False
        if "PERSON" in self.labels:
            return True
        return (
            not self.heads.isdisjoint(PERSON_NOUNS)
            or (self.number == "s" and not self.heads.isdisjoint(_ONE_UNNAMED))
            or any(m.type == "pronoun" and m.gender in "mf" for m in self.mentions)
        )

    def _party_described(self) -> bool:
        """Is every mention tagged NORP a party's or a people's noun in the singular, for one
        person ("the Wisconsin Republican", "the Wisconsin Republican's name")? Then a person
        named as well stays a person whom "he" and "his" may reach (an eighteenth audit of
        unseen articles: Paul Ryan's "he" went to Trump once "the Wisconsin Republican" had
        joined him)."""
        return all(m.number == "s" for m in self.mentions if m.label == "NORP")

    def _described_norp(self) -> bool:
        """One person named by a party's or a people's noun with "the" and the subject of its
        clause ("The lifelong Republican who wrote the speech says he ..."), which `kinds`
        types a person: a he or she may stand for it (a ninth audit of unseen articles found
        that "he" given to a "Clinton" on the headline before). Not "Republicans", nor an
        adjective ("the Republican nominee"), nor an indefinite or one that is no subject: on
        the wider set of 320 texts "Mr. Sanders's partnership with a Republican was one of his
        greatest successes" and "whether any Democrat can replicate Mr. Obama's relationship
        with the voters in his two campaigns" took the "his"."""
        return any(norp_person(m) and m.subject for m in self.mentions)


#: The titles of an office held in government or the courts (of :data:`~.lexicon.PERSON_TITLES`)
#: that :meth:`Resolver._subject_before` reads: a person's standing, which the text may give
#: only by such a description after the name. Not the ranks of police or the forces, nor
#: "spokesman" or "coach": "John Smith was shot on Monday. The officer said" is another person
#: (a sixth audit's negative row), as "the officer" of a ship tagged PERSON was on the wider
#: set of 320 texts (a seventeenth audit).
_HELD_OFFICES = lx.PERSON_TITLES & frozenset(
    """
    president senator governor justice judge mayor secretary ambassador chancellor premier
    congressman congresswoman assemblyman assemblywoman councilman councilwoman alderman
    commissioner
    """.split()
)

#: Nouns of a race for an office, not an office held: a person the text calls only a
#: "candidate" or "nominee" may still hold an office a later description names ("Former
#: Democratic candidate Bernie Sanders ... The Vermont senator declined": Sanders; a
#: twenty-third audit of unseen articles found the senator apart on five lines).
_RACE_NOUNS = frozenset(
    "candidate candidates nominee hopeful contender challenger front-runner frontrunner".split()
)


def _race_only(title: str) -> bool:
    """Is ``title`` ("Former Democratic candidate", "presidential nominee") a race's noun only,
    which says nothing of an office the person holds?"""
    words = title.lower().split()
    return bool(words) and words[-1] in _RACE_NOUNS


#: Nouns that, with "the" and no name beside them, stand for the one person named just before
#: (:meth:`Resolver._sole_person`): what a person is known as (:data:`~.lexicon.FAME_NOUNS`),
#: and "candidate", since a sixteenth audit of unseen articles ("The candidate said" after
#: "Fox News Sean Hannity asked Kasich", the fifteenth audit's leftover, had been apart from
#: John Kasich on four lines). Not "nominee" nor the offices, which the holders' rules read.
_SOLE_ROLES = lx.FAME_NOUNS | {"candidate"}


def _names_after_nouns(mentions: Mentions) -> dict[int, Mention]:
    """The descriptions a proper name follows in apposition ("the website Mashable", "the
    newspaper, USA Today,", "the company Apple"), by the description's head: the name's
    mention. The name says whom the description names, so the description is that name's
    mention, no anaphor of an outlet or a body named before it. The name comes right after the
    noun (a space or a comma between) and is no person's; the parse makes it the noun's
    apposition, or a second subject of the noun's verb ("The network NBC said": "NBC" and
    "network" both subjects of "said")."""
    doc = mentions.doc
    text = mentions.text
    by_end = {x.end: x for x in mentions.by_head.values() if x.type == "nominal"}
    out: dict[int, Mention] = {}
    for o in mentions.by_head.values():
        if o.type not in ("name", "outlet") or (o.type == "name" and o.label == "PERSON"):
            continue
        j = o.start
        while j > 0 and text[j - 1] in " ,":
            j -= 1
        m = by_end.get(j)
        if m is None or text[m.end : o.start].strip() not in ("", ","):
            continue
        if o.appos_of == m.head:
            out[m.head] = o
            continue
        t, d = doc[o.head], doc[m.head]
        if t.dep_ in ("nsubj", "nsubjpass") and d.dep_ == t.dep_ and d.head.i == t.head.i:
            out[m.head] = o
    return out


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
        # descriptions (by head) with a proper name in apposition right after the noun ("the
        # website Mashable", "the newspaper, USA Today,"): the name says whom the description
        # names, so it is that name's mention and no anaphor of an outlet or a body before it
        self._name_after_noun = _names_after_nouns(mentions)
        # Direct quotations (content spans, speaker's mention): a he/she/they inside the quote
        # marks is not its speaker, who would have said "I" or "we" ('"He lied to me," Smith
        # said': he is not Smith).
        self.quotations = quotations or []
        self._asking: set[int] = set()  # speakers being worked out ahead (see _speaker)
        self._owners: dict[int, str | None] = {}  # see _owner
        self._possessors: dict[int, tuple[bool, str | None, int | None]] = {}  # see _owner
        self._by_sent: dict[int, list[Mention]] | None = None  # see _in_sentence
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
        for m in mentions.by_head.values():
            if m.by_copula and self.in_quote(m.start):
                m.appos_of = None  # "'Ted is the leader we need,' Perry said": no role of his
        # the number of sentences before each sentence that are not wholly quoted speech
        self._narrative_before = [0]
        for sent in mentions.doc.sents:
            a, b = sent.start_char, sent.end_char
            wholly = self.quoted and self._quoted_cover(a, b) >= len(mentions.text[a:b].strip())
            self._narrative_before.append(self._narrative_before[-1] + (not wholly))
        # the names the article gives the title of an office one holds at a time, by office
        # ("President Trump" anywhere: "president" -> [its mention]), so that "the
        # president" reaches a holder whose titled mention comes later ("Trump said ... The
        # president said ... President Trump"); not a former holder
        self._titled: dict[str, list[Mention]] = {}
        for o in mentions.by_head.values():
            if o.type != "name" or o.label != "PERSON" or not o.title or not o.name_tokens:
                continue
            if o.former or past_words(o.title):
                continue
            for office in lx.SINGLE_OFFICES:
                if title_holds(o.title, office):
                    self._titled.setdefault(office, []).append(o)
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
                e.keys.add(key := org_key(m.text))
                if (other := field_first(key)) is not None:
                    e.keys.add(other)  # "Department of Justice": also "Justice Department"
                if m.label == "ORG" and m.text.split():
                    e.org_heads.add(m.text.split()[-1].lower())
                    e.bases.add(company_base(key))
                    if company_named(m.text):
                        e.companies.add(tuple(company_base(key).split()))
                    elif "&" in m.text and (joined := company_words(m.text)):
                        e.companies.add(joined)  # "Echo Point Books & Media": "Echo Point"
        if m.type == "nominal" and not m.office:  # "the president for ... Affairs": no president
            e.heads.add(m.lemma)
            if not m.indefinite and (key := description_key(m.text)):
                e.keys.add(key)  # not the empty key of "those", "some": no description
        if m.gender in "mf" and e.gender == "?":
            e.gender = m.gender
        e.words.update(word_set(m.text))
        if m.title:
            e.words.update(word_set(m.title))

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
        keep.bases |= gone.bases
        keep.companies |= gone.companies
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
            if other is not None and other.entity >= 0 and appos_compatible(m, other):
                if self._plural_for_one(m, other):
                    continue
                self.merge(self.find(m.entity), self.find(other.entity))
        for head, name in self.mentions.named_roles.items():  # "CEO and co-founder Ann Vole"
            role = self.mentions.by_head.get(head)
            if role is not None and role.entity >= 0 and name.entity >= 0:
                self.merge(self.find(role.entity), self.find(name.entity))
        self._same_members(ordered)
        self._family_named(ordered)
        self._introduced(ordered)
        self._headline_role(ordered)
        return self.live()

    def _headline_role(self, ordered: list[Mention]) -> None:
        """A headline's bare role ("House speaker laying out an agenda", no article, as
        headlines write) is the one person the story then names with that role as his title
        ("Speaker Paul D. Ryan"): a headline names by role the person the body names in full.
        Only in the opening sentences, only a role no name has joined, and only when one person
        alone carries the title (two senators named after "Senator says": neither)."""
        for m in ordered:
            if m.sent > 2:
                break
            if not (
                m.type == "nominal"
                and m.number == "s"
                and not (m.definite or m.demonstrative or m.indefinite)
                and m.text[:1].isupper()
                and m.entity >= 0
            ):
                continue
            e = self.find(m.entity)
            if any(x.type != "nominal" for x in e.mentions):
                continue
            titled = {
                p.idx: p
                for p in self.live()
                if p is not e
                and "PERSON" in p.labels
                and any(
                    x.title
                    and x.start > m.end
                    and x.title.split()[-1].lower().rstrip(".") == m.lemma
                    for x in p.mentions
                )
            }
            if len(titled) == 1:
                self.merge(e, next(iter(titled.values())))

    def _introduced(self, ordered: list[Mention]) -> None:
        """A man or woman a news story introduces unnamed and names in the next sentence is
        the person named: "A man has denied arson following a fire ... Robert Pitman, 24, is
        accused of setting fire to the store" (the indefinite subject of :data:`_INTRODUCED`,
        the next sentence's subject a person's name with an age after it, named nowhere
        before); a headline's bare "Man denies arson" just before is that man. A tenth audit
        of unseen articles left the three apart."""
        text = self.mentions.text
        for i, m in enumerate(ordered):
            if not (
                m.type == "nominal"
                and m.number == "s"
                and m.subject
                and m.lemma in _INTRODUCED
                and m.entity >= 0
            ):
                continue
            later = [x for x in ordered[i + 1 :] if x.sent == m.sent + 1]
            if m.indefinite:
                e = self.find(m.entity)
                if any(x.type == "name" for x in e.mentions):
                    continue
                name = next(
                    (x for x in later if x.type == "name" and x.subject and x.label == "PERSON"),
                    None,
                )
                if name is None or name.entity < 0 or _STATED_AGE.match(text, name.end) is None:
                    continue
                person = self.find(name.entity)
                if min(x.start for x in person.mentions) < m.start:
                    continue  # named before: someone else
                if gender_ok(_INTRODUCED[m.lemma], person):
                    self.merge(e, person)
            elif not m.definite and not m.demonstrative and m.text[:1].isupper():
                # a headline's "Man" and the lede's "A man" just after it
                lede = next(
                    (x for x in later if x.type == "nominal" and x.subject and x.lemma == m.lemma),
                    None,
                )
                if lede is not None and lede.indefinite and lede.entity >= 0:
                    self.merge(self.find(m.entity), self.find(lede.entity))

    def _family_named(self, ordered: list[Mention]) -> None:
        """A family named by the plural of its surname ("the Khans", a headline's "Khans:") is
        the one coordination of its people the article gives with that surname ("Khizr and
        Ghazala Khan", "Bill and Hillary Clinton"), before or after it. Only an entity of
        names and pronouns whose every name is that plural (the tagger may tag it PERSON), and
        only when one coordination alone ends in the surname. Written for a twenty-second audit of
        unseen articles, where "the Khans say they have heard" and the headline's "Khans:"
        had been a group of their own apart from the couple."""
        couples: dict[str, set[int]] = {}
        for m in ordered:
            if m.type != "group" or m.entity < 0 or len(m.members) < 2:
                continue
            last = m.members[-1]
            if last.type != "name" or last.label != "PERSON" or len(last.name_tokens) < 2:
                continue
            couples.setdefault(last.name_tokens[-1].lower(), set()).add(self.find(m.entity).idx)
        if not couples:
            return
        for e in self.live():
            names = [m for m in e.mentions if m.type == "name"]
            if not names or e.fixed_kind == "group":
                continue
            if any(m.type not in ("name", "pronoun", "relative") for m in e.mentions):
                continue
            plurals = {family_word(m.text) for m in names}
            if len(plurals) != 1 or "" in plurals:
                continue
            word = plurals.pop()
            stems = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
            found = {i for st in stems for i in couples.get(st, ())}
            if len(found) == 1:
                self.merge(self.find(found.pop()), e)

    def _same_members(self, ordered: list[Mention]) -> None:
        """Two coordinations of the same named people are one group ("Washington Post
        reporters Bob Woodward and Carl Bernstein wrote ... Woodward and Bernstein confirmed":
        an eleventh audit of unseen articles found them two sources). Only when every member
        is a PERSON's name resolved to a person of its own, two at least (a plural role
        written just before the names left aside), and the sets are the same ("Woodward and
        Bernstein" is no "Woodward, Bernstein and Sussman")."""
        seen: dict[frozenset[int], Entity] = {}
        for m in ordered:
            if m.type != "group" or m.entity < 0:
                continue
            names = list(m.members)
            if len(names) > 2 and names[0].type == "nominal" and names[0].number == "p":
                if names[1].start - names[0].end <= 1:  # "reporters Bob Woodward and ...":
                    names = names[1:]  # the plural role written before the list's names
            if len(names) < 2 or any(
                x.type != "name" or x.label != "PERSON" or x.entity < 0 for x in names
            ):
                continue
            key = frozenset(self.find(x.entity).idx for x in names)
            if len(key) != len(names):
                continue
            e = self.find(m.entity)
            if (first := seen.get(key)) is not None and self.find(first.idx) is not e:
                seen[key] = self.merge(self.find(first.idx), e)
            else:
                seen.setdefault(key, e)

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
            # a title the speaker's name stands in apposition to, which the pass joins to the
            # name only at its end ("Undersecretary of the Air Force for Acquisition Darleen
            # Druyun: "...his day of reckoning will come"": his is not Druyun)
            other = self.mentions.by_head.get(s.appos_of) if s.appos_of is not None else None
            if other is not None and other.entity >= 0 and appos_compatible(s, other):
                out.add(self.find(other.entity).idx)
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
        if other.type != "name" or not appos_compatible(m, other):
            return None
        if self._plural_for_one(m, other):
            return None
        return self.find(other.entity)

    def _plural_for_one(self, a: Mention, b: Mention) -> bool:
        """Is one of two mentions the parse apposed a plural description and the other one
        person's name, no list's first ("The candidates Sanders named in his email are ...",
        the name parsed as an apposition: a ninth audit of unseen articles found the
        candidates, and "three House candidates", "eight state legislative candidates" with
        them, in Bernie Sanders's mentions)? Only a plural of a noun for human beings: on the
        wider set of 320 texts a first form also parted 'Jeffrey M. Jones: "Gallup's analysis
        ..."', the quotation a source span had taken, from Jones ("analysis" read as a
        plural). "Her parents, Ann and Tom Vole" still join."""
        for x, y in ((a, b), (b, a)):
            if (
                x.type == "nominal"
                and x.number == "p"
                and (x.lemma in lx.HUMAN_NOUNS or x.word in lx.HUMAN_NOUNS)
                and y.type == "name"
                and y.label == "PERSON"
                and y.head not in self.mentions.groups
            ):
                return True
        return False

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
            # named without "Jr." before one named with it ("Donald Trump Jr.", "Trump Jr."),
            # then to one the article already calls by the surname alone: news names a second
            # bearer of the surname in full or with an honorific ("Trump said ... First lady
            # Melania Trump said ... Trump added": the one called "Trump")
            best: tuple[tuple[bool, bool, int], Entity] | None = None
            low = {t.lower().rstrip(".") for t in m.name_tokens[:1] + m.name_tokens[-1:]}
            bare = split_suffix(m.name_tokens) if m.name_tokens else ([], frozenset())
            low.update(bare[0][:1] + bare[0][-1:])  # "Robert S. Mueller III": also "mueller"
            for e in self.live():
                if (
                    "PERSON" in e.labels
                    and not low.isdisjoint(e.words)
                    and names_compatible(m.name_tokens, e)
                    and gender_ok(m.gender, e)
                    and not titles_conflict(m, e)
                    and not any(self._conjoined(m, c) for c in e.mentions)
                ):
                    junior = (
                        len(bare[0]) == 1
                        and not bare[1]
                        and all(split_suffix(n)[1] for n in e.names if len(n) > 1)
                        and any(len(n) > 1 for n in e.names)
                    )
                    # called by this word alone, not by another ("Chelsea" is not "Clinton")
                    called = any(split_suffix(n)[0] == bare[0] for n in e.names)
                    score = (junior, len(bare[0]) == 1 and not called, -e.mentions[-1].start)
                    if best is None or score < best[0]:
                        best = (score, e)
            if best is None and len(m.name_tokens) == 1:
                return self._body_named(m)
            return best[1] if best is not None else None
        if m.label == "NORP" and m.number == "s" and m.indefinite:
            # "An Ohio Republican" after "The lifelong Republican": an indefinite description
            # brings in another person, whose party is no name (see `Entity._described_norp`)
            return None
        key = org_key(m.text)
        if key in lx.COMPASS_WORDS and m.label == "GPE":
            # "the North" after "North Korea", "the South" after "South Korea" (see
            # detection's names pass): the most recent country that the point of the compass opens
            compass = next(
                (
                    e
                    for e in [*self._recent(m, NOMINAL_WINDOW), *reversed(self.live())]
                    if "GPE" in e.labels and any(k.startswith(key + " ") for k in e.keys)
                ),
                None,
            )
            if compass is not None:
                return compass
        acronym = is_acronym(m.text)
        # "the Democratic National Committee" after "the DNC": a name in full after its initials
        full = not acronym and m.label == "ORG" and len(key.split()) > 1
        # "the Courier" after "The Coast Courier": a newspaper named by its last word
        paper = key if key in lx.MASTHEAD_WORDS else None
        # "Apple" and "Apple Computer", in either order: a company's name and the same name
        # with a company word after it, both tagged ORG; one of the two is the bare name
        base = company_base(key) if m.label == "ORG" else None
        other = field_first(key)  # read once, not per entity
        same = [
            e
            for e in self.live()
            if e.outlet is None
            and (
                key in e.keys
                or other in e.keys
                or (acronym and acronym_of(m.text, e))
                or (full and expansion_of(key, e))
                or (paper is not None and paper in e.org_heads)
                or (
                    base is not None
                    and base in e.bases
                    and (base == key or base in e.keys)
                    and "PERSON" not in e.labels
                )
            )
        ]
        if not same and m.label == "ORG":
            # a company's short name, the first words of its full name ("Exxon" and "Exxon
            # Mobil Corp.", "Lockheed" and "Lockheed Martin Corp."), in either order: the
            # one company whose name it opens
            words = tuple(company_base(key).split())
            mine = company_named(m.text)
            opened = {
                e.idx: e
                for e in self.live()
                if e.outlet is None
                and "PERSON" not in e.labels
                and (
                    any(len(c) > len(words) and c[: len(words)] == words for c in e.companies)
                    or (
                        mine
                        and any(
                            0 < len(b) < len(words) and words[: len(b)] == b
                            for b in (tuple(x.split()) for x in e.bases)
                        )
                    )
                )
            }
            if len(opened) == 1:
                return next(iter(opened.values()))
        doc = self.mentions.doc
        if (
            not same
            and m.label == "ORG"
            and key in self.mentions.firm_words
            and not (m.head > 0 and doc[m.head - 1].lower_ == "the")  # "the Dow": an index
        ):
            # "Stearns said", "Lilly said": the listed firm named like a person whose word it
            # is ("Bear Stearns", "Eli Lilly"), the most recent one
            firm = next(
                (
                    e
                    for e in reversed(self.live())
                    if any(
                        o.head in self.mentions.firm_tokens
                        and key in _KEY_WORDS.split(org_key(o.text))
                        for o in e.mentions
                    )
                ),
                None,
            )
            if firm is not None:
                return firm
        if not same:
            return self._capitalised_description(m) or self._party_member(m)
        found = same[0]
        for e in same[1:]:  # "GM" in the headline, "General Motors (GM)" later: one company
            found = self.merge(found, e)
        return found

    def _body_named(self, m: Mention) -> Entity | None:
        """A one-word name tagged as a person that the article has already given, tagged as an
        organisation, to a body no person shares it with ("Wealth-X, a private company ...
        Wealth-X says"): that body, the mention taking the body's label. A person named by
        one word alone is rare in news before the full name is given; a company, an index or
        a report is called by its one word throughout."""
        key = org_key(m.text)
        bodies = [
            e
            for e in self.live()
            if key in e.keys and "PERSON" not in e.labels and e.labels & {"ORG", "FAC"}
        ]
        if len(bodies) != 1:
            return None
        m.label = "ORG" if "ORG" in bodies[0].labels else "FAC"
        return bodies[0]

    def _conjoined(self, a: Mention, b: Mention) -> bool:
        """Are ``a`` and ``b`` items of one list ("President Vole and Ann Vole": two people,
        whatever their names share; an audit of unseen NewsWCL50 articles found a president
        and his wife so joined)?"""
        doc = self.mentions.doc
        if a.sent != b.sent:
            return False
        ta, tb = doc[a.head], doc[b.head]
        if ta.dep_ == tb.dep_ == "conj" and ta.head.i == tb.head.i:
            return True

        def conj_of(x: Mention, head: int) -> bool:  # a word of x is a conjunct of ``head``
            span = doc.char_span(x.start, x.end, alignment_mode="expand")
            return span is not None and any(
                t.dep_ == "conj" and t.head.i == head and t.i != head for t in span
            )

        # the parse may hang a list's first name on the second ("President Vole and Ann Vole":
        # the second "Vole" the head, "Ann" a conjunct of the first)
        return conj_of(b, ta.i) or conj_of(a, tb.i)

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

    def _ahead(self, x: Mention, how: Callable[[Mention], Entity | None]) -> Entity | None:
        """The entity of ``x``, a mention later in the text that a description names ("the NYT
        article", "the website Mashable"): resolved now by ``how`` if the walk has not reached
        it, a new entity of its own when ``how`` finds none."""
        if x.entity < 0:
            e = how(x)
            if e is None:
                return self.new(x)
            self.attach(x, e)
        return self.entity(x)

    def _nominal(self, m: Mention) -> Entity | None:
        if m.lemma == "two" and m.definite and m.text.lower() in ("the two", "the two of them"):
            # "Hillary Clinton and Bernie Sanders ... The two admit": the nearest pair named
            # with "and" (a fourth audit of unseen PolNeAR articles found it a source of its own)
            for pair in self._recent(m, NOMINAL_WINDOW):
                if pair.fixed_kind == "group" and len(pair.mentions[0].text.split(" and ")) == 2:
                    return pair
        if (
            m.outlet_mod is not None
            and m.lemma in lx.REPORTING_NOUNS | lx.OUTLET_NOUNS
            and not m.sponsors
        ):
            # "the NYT article", "an article in Politico": the outlet's reporting
            # (the outlet comes later in the text); a poll of several sponsors is a document
            # of them all, its outlets in its chain (sources._sponsor_outlets)
            return self._ahead(m.outlet_mod, self._outlet)
        name = self._name_after_noun.get(m.head)
        if name is not None and (m.lemma in lx.OUTLET_NOUNS or m.lemma in lx.COMPANY_NOUNS):
            # "the website Mashable", "the company Apple": the name's referent, resolved now
            # (the name comes later in the text); the apposition pass joins the two as well
            return self._ahead(name, self._resolve)
        # "the wire service", "the news service": an agency, as "the agency" (an audit of
        # unseen NewsWCL50 articles found "the wire service" for the AP left an organization)
        wire = m.lemma == "service" and bool(lx.NEWS_MODIFIERS.intersection(m.mods))
        # a noun that names things besides outlets ("program", "site", "paper") only as its
        # kind is read (`outlet_noun`): "the East Asia nonproliferation program at the
        # Middlebury Institute" is no outlet named before (an audit of unseen articles,
        # 2026-12-04, found it joined to CNN); "the program", "the radio program" still are
        ambiguous = m.lemma in lx.AMBIGUOUS_OUTLET_NOUNS and not outlet_noun(m)
        if (
            m.demonstrative
            and m.number == "s"
            and (m.lemma in lx.OUTLET_NOUNS or wire)
            and not ambiguous
            and m.head not in self._name_after_noun
        ):
            own = _own_name_words(m)
            for e in self._recent(m, NOMINAL_WINDOW):
                if own and not all(
                    any(w in x.text.lower().split() for x in e.mentions) for w in own
                ):
                    # "the Munhwa Ilbo newspaper" after "The Korean Central News Agency": a
                    # description that names its paper is no other outlet (a fourth audit of
                    # unseen NewsWCL50 articles found the two joined)
                    continue
                if e.outlet and (
                    m.lemma not in ("agency", "service")
                    or registry().get(e.outlet).type == "agency"
                ):
                    return e
                if m.lemma in _PAPER_NOUNS and any(
                    x.type == "name" and x.label != "PERSON" and masthead(x.text)
                    for x in e.mentions
                ):
                    # "the newspaper" after "The Standard-Times of New Bedford", a paper the
                    # registry does not list but its name shows (an audit of unseen ECB+
                    # articles, 2026-12-04, found the two apart)
                    return e
        if (
            m.demonstrative
            and m.number == "s"
            and m.lemma in lx.COMPANY_NOUNS
            and not m.of_people  # "the group of people known to be ...": no body
            and trade_only(self.mentions.doc[m.head])
            and m.head not in self._name_after_noun  # "the company Apple said"
        ):
            # "the company": the nearest organization, in the nearest sentence a subject before
            # other mentions ("Consumer Reports declined to rate Apple's phone. The group
            # said": the group is Consumer Reports, not Apple)
            best: tuple[tuple[int, int, int], Entity] | None = None
            for c in self._before(m, NOMINAL_WINDOW):
                org = self.find(c.entity) if c.entity >= 0 else None
                if org is None or "ORG" not in org.labels or org.outlet or "PERSON" in org.labels:
                    continue
                score = salience(m, c, m.sent - c.sent)
                if best is None or score < best[0]:
                    best = (score, org)
            if best is not None:
                return best[1]
        age = age_epithet(m.text)
        if age is not None and m.definite and m.number == "s":
            return self._aged(m, age)
        key = description_key(m.text)
        # "The director of Korea's spy agency, Suh Hoon,": the name in apposition says who the
        # description is, so not a director named otherwise before ("Mike Pompeo"); a
        # description with no name yet may be the same ("the top commander ... The commander,
        # Lt. Gen. Robert P. White")
        named = self._named_after.get(m.head)

        def other_person(e: Entity) -> bool:
            if named is None:
                return False
            if any(e.names) and not names_compatible(named.name_tokens, e):
                return True
            # a name apposed to one of its descriptions, which the apposition pass will join
            last = named.name_tokens[-1].lower()
            return any(
                (o := self._named_after.get(x.head)) is not None
                and o.name_tokens[-1].lower() != last
                for x in e.mentions
            )

        # "the president" is not a holder named before only as a former one ("President Obama
        # ... George W. Bush, the former president ... the president said": Obama)
        present = m.lemma in lx.SINGLE_OFFICES and not past_words(m.text)
        # and "the former president" prefers one named as a former holder, else the nearest
        past = m.lemma in lx.SINGLE_OFFICES and not present
        fallback: Entity | None = None
        # a nationality before the role ("the Russian foreign minister", "the American
        # president") picks out the holder the article ties to that country; a person named
        # with the role and no country is taken when no other such person is in reach and
        # one of another country is ("Russian President Volkov met President Kessler. The
        # American president": Kessler; with no Volkov, "the French president" is not
        # President Kessler)
        # a country's possessive counts as its nationality ("Israel's prime minister" is "the
        # Israeli prime minister": a fourth audit of unseen NewsWCL50 articles found it apart
        # from "Israeli Prime Minister Benjamin Netanyahu")
        country = {
            t.lower_
            for c in self.mentions.doc[m.head].children
            if c.dep_ == "poss"
            for t in c.subtree
            if t.lower_ in m.key_mods and t.lower_ not in lx.NATIONALITIES
        }
        country = {k for k in country if nationalities({k})}
        nations = {k for k in m.key_mods if k in lx.NATIONALITIES} | nationalities(country)
        unsure: dict[int, Entity] = {}
        elsewhere = False  # a holder in reach tied to another country
        # a place's name before an office ("the Florida senator"): see _placed_holder
        places = {
            t.lower_
            for c in self.mentions.doc[m.head].children
            if c.dep_ == "compound" and c.ent_type_ == "GPE"
            for t in c.subtree
        } - set(nations)
        placed: dict[int, Entity] = {}
        if m.definite and m.number == "s" and m.lemma in _SOLE_ROLES and named is None:
            # "Hayek confirmed she had been ... The star then recalled": the one person named
            # just before, before any earlier "the star" (another star, further back)
            sole = self._sole_person(m)
            if sole is not None:
                return sole
        if m.definite and not m.indefinite:
            for e in self._recent(m, NOMINAL_WINDOW):
                if e.outlet or other_person(e) or self._other_owner(m, e):
                    continue
                if present and past_holder(e, m.lemma):
                    continue
                if country and "PERSON" not in e.labels:
                    continue  # a country's possessive: only a named person holds its office
                if not set(m.key_mods) - nations - country <= e.words:
                    if self._placed_holder(m, e, places, set(m.key_mods) - nations - country):
                        placed[e.idx] = e
                    continue  # "the Democratic nominee" is not "the Republican nominee"
                unknown = False
                if nations and not nations <= e.words:
                    shown = self._nations(e)
                    if not nations <= shown:
                        if shown and "PERSON" in e.labels:
                            elsewhere = True
                        if shown or "PERSON" not in e.labels or m.lemma not in PERSON_NOUNS:
                            continue  # "the Russian president" is not French President X
                        unknown = True
                if (
                    m.lemma in e.heads
                    or (
                        m.lemma in lx.PERSON_ROLE_NOUNS
                        and m.number == "s"
                        and (title_has(e, m.lemma) or (present and self._titled_as(e, m.lemma)))
                    )
                    # "the Israeli leader": a country's head of state or government
                    or (m.lemma == "leader" and nations and m.number == "s" and self._leads(e))
                    # "the dictator" after "North Korean dictator Kim Jong Un": the noun
                    # compounded onto the person's name (a fourth audit of unseen articles)
                    or (
                        m.number == "s"
                        and "PERSON" in e.labels
                        and any(x.epithet == m.lemma for x in e.mentions)
                    )
                    # "the committee" after "the Democratic National Committee", "the agency"
                    # after "the International Atomic Energy Agency": the noun that ends the name
                    or (m.lemma in lx.ORGANIZATION_NOUNS and m.lemma in e.org_heads)
                    # "the Courier" after "The Coast Courier"
                    or (m.word in lx.MASTHEAD_WORDS and m.word in e.org_heads)
                ):
                    # a plural is not one person ("Iran, whose leaders" is not "the Israeli
                    # leader" Netanyahu); a name may be tagged plural ("Billings")
                    one = "PERSON" in e.labels and e.number == "s" and m.number == "p"
                    if (
                        gender_ok(m.gender, e)
                        and (m.number == e.number or "PERSON" in e.labels)
                        and not one
                    ):
                        if unknown:
                            unsure[e.idx] = e
                            continue
                        if present and m.number == "s" and not m.key_mods:
                            return self._office_holder(m, e)
                        if past and "PERSON" in e.labels and not past_holder(e, m.lemma):
                            fallback = fallback or e
                            continue
                        return e
            if fallback is not None:
                return fallback
            # "the Israeli leader" is the one head of state or government in reach even when
            # the text gives no country ("Prime Minister Benjamin Netanyahu"); "the French
            # president" is no President Kessler unless one of another country is in reach
            if len(unsure) == 1 and (elsewhere or m.lemma == "leader"):
                return next(iter(unsure.values()))
            if len(placed) == 1 and not unsure:
                return next(iter(placed.values()))
        if key and not (m.indefinite and m.number == "s"):
            for e in reversed(self.live()):
                if (
                    key in e.keys
                    and not e.outlet
                    and not other_person(e)
                    and not self._other_owner(m, e)
                ):
                    return e
        if named is None and (far := self._role_named_far(m, nations | country, present)):
            return far
        if named is None and (subject := self._subject_before(m)) is not None:
            return subject
        if named is None and (party := self._party_role(m)) is not None:
            return party
        return self._continuing(m) if named is None else None

    def _in_sentence(self, sent: int) -> list[Mention]:
        """The mentions of sentence ``sent``, in order: the scans for a person named in a
        description's own sentence read these, not every mention of the article."""
        if self._by_sent is None:
            self._by_sent = {}
            for x in self.ordered:
                self._by_sent.setdefault(x.sent, []).append(x)
        return self._by_sent.get(sent, [])

    def _role_named_far(self, m: Mention, nations: set[str], present: bool) -> Entity | None:
        """The one person of the article whose name an earlier mention gave the role ``m``
        names, beyond the nominal window: a title on the name ("Former Secretary of State
        Hillary Clinton ... The former secretary of state", 13 sentences or more on), a
        description in apposition to it or compounded onto it ("Mike Pence, the campaign's
        chief strategist, ... The chief strategist"). Only a definite singular role noun of
        a person outside quotation marks, whose modifiers are all among the person's words,
        and only when exactly one named person of the article carries that role before
        ``m`` (two former secretaries of state: none) and no other person is named in ``m``'s
        own sentence. Within the window the nearest holder is taken by :meth:`_nominal`."""
        if not (
            m.definite
            and not m.indefinite
            and m.number == "s"
            and m.lemma in lx.PERSON_ROLE_NOUNS
            and not self.in_quote(m.start)
        ):
            return None
        if any(
            x.type == "name" and x.label == "PERSON" and not m.start <= x.start < m.end
            for x in self._in_sentence(m.sent)
        ):
            # a person named in its own sentence may be the one it describes ("Mr. Trump's
            # new lawyer in the investigation and his longtime confidant, Rudolph W.
            # Giuliani,": not Jay Sekulow, "a lawyer for Mr. Trump" 40 sentences before)
            return None
        mods = set(m.key_mods) - nations
        found: dict[int, Entity] = {}
        for e in self.live():
            if "PERSON" not in e.labels or e.outlet or e.number != "s" or not e.names:
                continue
            if e.first >= m.start or not gender_ok(m.gender, e):
                continue
            if not (
                m.lemma in e.heads
                or title_has(e, m.lemma)
                or any(x.epithet == m.lemma for x in e.mentions)
            ):
                continue
            if not mods <= e.words or not nations <= e.words:
                continue
            if (present and past_holder(e, m.lemma)) or self._other_owner(m, e):
                continue
            found[e.idx] = e
        return next(iter(found.values())) if len(found) == 1 else None

    def _subject_before(self, m: Mention) -> Entity | None:
        """The person who is the one subject of the nearest earlier sentence naming any, for a
        definite title's noun of an office (:data:`_HELD_OFFICES`: "the justice", "the senator"; not
        "the moderator", "the man", "the officer") that is itself a subject outside quotation marks
        and that no one in reach holds ("Ruth Bader Ginsburg regrets her insults of Donald Trump.
        The Supreme Court justice ... said she regretted her remarks": Ginsburg; a seventeenth audit
        of unseen articles found the justice apart on five lines). Only a person named with two
        words or more, of whom the text gives no title nor role (the description may be that role),
        of a gender ``m`` allows, and no one named in ``m``'s own sentence; the other people of that
        sentence are no subjects there, and the one subject is of a verb in the active voice.
        Narrowed on the wider set of 320 texts, where the first form (any role noun) had given "the
        moderator" to Donald Trump, "the officer" to a ship ("INS Sukanya"), "the judge" inside a
        quotation to its speaker and "The other man, his cousin James York" to another man."""
        if not (
            m.definite
            and m.number == "s"
            and m.subject
            and m.lemma in _HELD_OFFICES
            and not self.in_quote(m.start)
        ):
            return None
        e = self._one_subject_before(m)
        if e is None:
            return None
        if any(
            (x.title and not _race_only(x.title))
            or (x.epithet and not _race_only(x.epithet))
            or (
                x.type == "nominal"
                and x.lemma in lx.PERSON_ROLE_NOUNS
                and x.lemma not in _RACE_NOUNS
            )
            for x in e.mentions
        ):
            return None  # the text says what the person is: the earlier rules read it
        return e

    def _one_subject_before(self, m: Mention, later: bool = False) -> Entity | None:
        """The person who is the one subject, of a verb in the active voice, of the nearest
        earlier sentence naming any (quoted speech passed over), when no one is named in
        ``m``'s own sentence (with ``later``, before ``m`` outside quotation marks, or in
        apposition to it: '"Governor Hassan, let me help you out," the Republican
        vice-presidential nominee riffed' is Mike Pence, a twentieth audit): a singular
        person of a gender ``m`` allows, named with two words or more (read by
        :meth:`_subject_before` and :meth:`_party_member`)."""
        doc = self.mentions.doc
        head = doc[m.head]
        sent = head.sent
        if any(
            x.label_ == "PERSON"
            and sent.start <= x.start < sent.end
            and (not later or x.start < head.i or (x.root.dep_ == "appos" and x.root.head == head))
            and not (later and self.in_quote(x.start_char))
            for x in doc.ents
        ):
            return None  # "The other man, his cousin James York,": named in its sentence
        if any(
            x.type == "name"
            and x.label == "PERSON"
            and x is not m
            and (
                not later
                or x.start < m.start
                or (doc[x.head].dep_ == "appos" and doc[x.head].head == head)
            )
            and not (later and self.in_quote(x.start))
            for x in self._in_sentence(m.sent)
        ):
            # a name the tagger did not tag PERSON but the text shows a person's ("The former
            # secretary of state will play the card, Fiorina said", "Fiorina" tagged ORG: a
            # twenty-seventh audit of unseen articles found the description joined to her)
            return None
        near_sent = -1
        people: dict[int, Entity] = {}
        subjects: set[int] = set()
        active: set[int] = set()  # subjects of a verb in the active voice
        for c in self._before(m, 2, skip_quoted=True):
            if c.entity < 0:
                continue
            e = self.find(c.entity)
            if not (any(e.names) and "PERSON" in e.labels and not e.outlet):
                continue
            if c.sent == m.sent:
                return None  # someone named in m's own sentence before it
            if near_sent < 0:
                near_sent = c.sent
            if c.sent != near_sent:
                continue
            people[e.idx] = e
            tok = doc[c.head]
            if c.subject or (tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass")):
                subjects.add(e.idx)  # "Ted Cruz and Donald Trump met": two subjects
                if tok.dep_ == "nsubj":
                    active.add(e.idx)
        if len(subjects) != 1 or subjects != active:
            return None  # "John Smith was shot. The officer said": not the one shot
        e = people[next(iter(subjects))]
        if not gender_ok(m.gender, e) or e.number != "s":
            return None
        if not any(x.type == "name" and len(x.name_tokens) > 1 for x in e.mentions):
            return None  # "Patrol vessel INS Sukanya ... the officer said": one word, a ship's
        return e

    def _party_member(self, m: Mention) -> Entity | None:
        """A party's noun for one person, with "the" and a place before it ("the Wisconsin
        Republican", "The South Carolina Republican"; :func:`~.agreement.norp_person`), outside
        quotation marks and new to the text: the one subject of the nearest earlier sentence
        naming a person (:meth:`_one_subject_before`). An eighteenth audit of unseen articles
        found "the Wisconsin Republican" apart from Paul Ryan on six lines (the earlier
        audits' leftover "The South Carolina Republican" apart from Trey Gowdy is the same
        form: "... said Gowdy. The South Carolina Republican admitted that while Clinton's email
        server ...", where a person named later in its sentence, not in apposition to it, does
        not stop it). Not a party's noun alone ("the Republican"), which may be any member."""
        if not norp_person(m) or m.indefinite or self.in_quote(m.start):
            return None
        tok = self.mentions.doc[m.head]
        if not any(c.dep_ == "compound" and c.ent_type_ == "GPE" for c in tok.children):
            return None
        return self._one_subject_before(m, later=True)

    def _party_role(self, m: Mention) -> Entity | None:
        """A role's noun for one person with a party's word before it ("The Republican
        incumbent", "the Republican presidential nominee", "the Democratic senator"), the
        subject of its clause, outside quotation marks and new to the text (no earlier
        description has its words): the one subject of the nearest earlier sentence naming a
        person (:meth:`_one_subject_before`), as for a party's noun with a place before it
        (:meth:`_party_member`). English names a person by party and role just after naming
        them ("... Ayotte said. The Republican incumbent said that her position is genuine").
        A twentieth audit of unseen articles found "The Republican incumbent" apart from Kelly
        Ayotte on five lines and "The Republican presidential nominee" apart from Donald Trump.
        Not a role alone ("the senator": :meth:`_subject_before` reads the offices), nor a
        plural or an indefinite ("a Republican senator": any member)."""
        if not (
            m.definite
            and not m.indefinite
            and m.number == "s"
            and m.subject
            and m.lemma in lx.PERSON_ROLE_NOUNS
            and not self.in_quote(m.start)
        ):
            return None
        tok = self.mentions.doc[m.head]
        if not any(
            c.dep_ in ("amod", "compound") and c.lower_ in lx.PARTY_WORDS and c.i < tok.i
            for c in tok.children
        ):
            return None
        return self._one_subject_before(m, later=True)

    def _placed_holder(self, m: Mention, e: Entity, places: set[str], missing: set[str]) -> bool:
        """May the description ``m``, an office with a place's name before it ("the Florida
        senator"), stand for the person ``e``, whose mentions lack that name? Only when the
        place's words are all ``m`` has that ``e`` lacks, ``e`` is titled with the office
        ("Sen. Marco Rubio") and no title of ``e`` names a place ("Texas Sen. Ted Cruz");
        taken when ``e`` is the only such holder in reach ("Sen. Marco Rubio and former Gov.
        Jeb Bush ... The Florida senator likes": Rubio; a twelfth audit of unseen articles
        found the senator apart)."""
        if not places or not missing <= places or m.number != "s" or m.indefinite:
            return False
        if "PERSON" not in e.labels or e.number != "s" or m.lemma not in lx.PERSON_ROLE_NOUNS:
            return False
        if not title_has(e, m.lemma):
            return False
        return not any(
            w.lower() not in lx.TITLE_WORDS for x in e.mentions if x.title for w in x.title.split()
        )

    def _owner(self, m: Mention) -> str | None:
        """The gender of a description's possessive pronoun: "m" for "his campaign", "f" for
        "her campaign"; else that of a person named as its owner, by a possessive or by "of",
        whose entity has a he or a she by now ("Clinton's campaign", "supporters of Hillary
        Clinton": "f" where Clinton is a she); else None."""
        if m.type != "nominal":
            return None
        # asked of every mention of every entity a description is weighed against: kept per
        # head token (the parse does not change while the mentions are resolved)
        if m.head in self._owners:
            return self._owners[m.head]
        # the possessor read off the parse, kept per head too (a named owner's gender below is
        # not: most descriptions have no possessor, and were read again at each weighing)
        if (found := self._possessors.get(m.head)) is None:
            found = self._possessors[m.head] = _possessor(self.mentions.doc[m.head])
        settled, owner, poss_i = found
        if settled:
            self._owners[m.head] = owner
            return owner
        # a named owner's gender is known only once its entity has a he or a she: not kept
        n = self.mentions.by_head.get(poss_i) if poss_i is not None else None
        if n is None or n.type != "name" or n.label != "PERSON" or n.entity < 0:
            return None
        gender = self.find(n.entity).gender
        return gender if gender in ("m", "f") else None

    def _other_owner(self, m: Mention, e: Entity) -> bool:
        """Is ``e`` described only as someone of the other sex's ("his campaign" after "Her
        campaign")? A ninth audit of unseen articles found Sanders's campaign joined to
        Clinton's by their noun alone. Only the pronouns' genders are compared: a first form
        that compared the possessors' entities ("his brother" and the name in apposition,
        "Huckabee's campaign" and "his campaign") parted six right joins on the wider set of
        320 texts, where the possessors had been resolved apart."""
        mine = self._owner(m)
        if mine is None:
            return False
        owners = {self._owner(x) for x in e.mentions} - {None}
        return bool(owners) and mine not in owners

    def _sole_person(self, m: Mention) -> Entity | None:
        """The one named person with a mention in ``m``'s sentence before it or in the two
        sentences before (quoted speech passed over), of a gender ``m`` allows; None when
        there are two or more, so that "Ann Lee met Jane Roe. The actress said" stays apart.
        A person described before by another noun of :data:`~.lexicon.FAME_NOUNS` (the
        "singer Ann Lee" is no "the actress"; a "star" may be of any) is not taken, nor any
        when the description names its person in its own words.

        With two or more in reach, for a description that is a subject, the one person of the
        nearest earlier sentence that names any, when that person is its subject there and no
        one else is named in it ("Bernie Sanders enjoys ... . Donald Trump listed ... . '...,'
        the billionaire business mogul told People": Trump; a twelfth audit of unseen articles
        found the mogul apart), and no one else in the description's own sentence before it.
        Not a description in an object or after a verb "to be": on the wider set of 320 texts
        "writes Prager, seeming to understand the opposition to the New York billionaire" had
        taken the billionaire for Prager, and "James Bovard is the author of ..." the author for
        the subject of the sentence before."""
        if any(
            x.label_ == "PERSON" and m.start <= x.start_char < m.end for x in self.mentions.doc.ents
        ):
            return None  # "The author of the book, Mitchell Zuckoff": named in its own words
        found: dict[int, Entity] = {}
        near: dict[int, Entity] = {}  # the people of the nearest earlier sentence naming any
        near_sent = -1
        subjects: set[int] = set()
        own: set[int] = set()  # the people named in m's own sentence before it
        for c in self._before(m, 2, skip_quoted=True):
            if c.entity < 0:
                continue
            e = self.find(c.entity)
            if any(e.names) and "PERSON" in e.labels and not e.outlet:
                if m.lemma == "candidate" and self._outlet_person(e):
                    continue  # "Fox News Sean Hannity asked Kasich": the host is no candidate
                found[e.idx] = e
                if c.sent == m.sent:
                    own.add(e.idx)
                if c.sent != m.sent and near_sent < 0:
                    near_sent = c.sent
                if c.sent == near_sent:
                    near[e.idx] = e
                    if c.subject:
                        subjects.add(e.idx)
        if (
            len(found) > 1
            and m.subject
            and len(near) == 1
            and set(near) == subjects
            and not own - set(near)
        ):
            # not over another person named in m's own sentence ("Fiorina delivered a pair
            # of speeches. Huckabee's campaign acknowledged that the candidate has delivered
            # paid speeches": not Fiorina; the wider set of 320 texts, a sixteenth audit)
            found = near
        if len(found) != 1:
            return None
        e = next(iter(found.values()))
        if not gender_ok(m.gender, e) or e.number != "s":
            return None
        described = {x.epithet for x in e.mentions if x.epithet} | {
            w for x in e.mentions if x.title for w in x.title.lower().split()
        }
        # "star" goes with any of the trades, "actor" with "actress"
        trades = {"actor" if w == "actress" else w for w in (e.heads | described) & lx.FAME_NOUNS}
        trades.discard("star")
        mine = "actor" if m.lemma == "actress" else m.lemma
        if trades and mine != "star" and mine not in trades:
            return None
        return e

    def _gender_given(self, c: Mention, e: Entity, gender: str) -> bool:
        """Does a he or she of ``gender`` in ``c``'s sentence stand for someone other than
        ``e`` ("A representative said she never recovered": she is Page)?"""
        lo = bisect_left(self.starts, self.mentions.doc[c.head].sent.start_char)
        for x in self.ordered[lo:]:
            if x.sent != c.sent:
                break
            if x.type == "pronoun" and x.gender == gender and x.entity >= 0:
                if self.find(x.entity).idx != e.idx:
                    return True
        return False

    def _outlet_person(self, e: Entity) -> bool:
        """Is ``e`` named just after an outlet's name ("Fox News Sean Hannity", "CNN's Jake
        Tapper"): the outlet's host or reporter, whom "the candidate" does not stand for
        (a twenty-second audit of unseen articles)."""
        doc, covered = self.mentions.doc, self.mentions.covered
        for x in e.mentions:
            if x.type != "name" or (span := doc.char_span(x.start, x.end)) is None:
                continue
            i = span.start - 1
            if i >= 0 and doc[i].text in ("'s", "’s"):
                i -= 1
            if i >= 0 and (o := covered.get(i)) is not None and o.type == "outlet":
                return True
        return False

    def _aged(self, m: Mention, age: int | str) -> Entity | None:
        """ "the 30-year-old": the nearest person in a pronoun's reach, ranked like a pronoun's
        antecedent, but not one whose age the text gives as another ("Ann Lee, 45,"): news
        names a person by age once it has named them otherwise."""
        text = self.mentions.text
        best: tuple[tuple[int, int, int], Entity] | None = None
        for c in self._before(m, PRONOUN_WINDOW):
            e = self.find(c.entity) if c.entity >= 0 else None
            if e is None or "PERSON" not in e.labels or e.number == "p" or e.fixed_kind:
                continue
            ages = {
                int(a.group(1))
                for x in e.mentions
                if x.type == "name" and (a := _STATED_AGE.match(text, x.end)) is not None
            }
            if ages and age not in ages:
                continue  # "Ann Lee, 45, ... the 30-year-old": someone else
            score = salience(m, c, m.sent - c.sent)
            if best is None or score < best[0]:
                best = (score, e)
        return best[1] if best is not None else None

    def _nations(self, e: Entity) -> set[str]:
        """The nationalities the text gives the entity ``e``: in its words and titles
        ("Russian President X", "Russia's foreign minister"), or in a country's name before
        or after one of its names ("Russia's Igor Semenov", "Igor Semenov of Russia")."""
        words = set(e.words)
        doc = self.mentions.doc
        for x in e.mentions:
            if x.type != "name":
                continue
            for c in doc[x.head].children:
                if c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP"):
                    words.update(t.lower_ for t in c.subtree)
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj" and p.ent_type_ == "GPE":
                            words.update(t.lower_ for t in p.subtree)
        return nationalities(words)

    def _office_holder(self, m: Mention, nearest: Entity) -> Entity:
        """The holder a bare "the president" (an office one person holds at a time, nothing
        to pick one holder out) stands for when several people in reach were named with that
        title: the one the article names most often so far, the nearest among equals (in an
        article about President Trump, "The president of the United States just endorsed
        ..." quoted from a scholar "who advised President George W. Bush": Trump; "Russian
        President Vladimir Putin ... what the president may have known": Trump)."""
        best, count = nearest, self._mentions_before(nearest, m)
        for e in self._recent(m, NOMINAL_WINDOW):
            if e.idx == nearest.idx or e.outlet or "PERSON" not in e.labels:
                continue
            if not (title_has(e, m.lemma) or self._titled_as(e, m.lemma)):
                continue
            if past_holder(e, m.lemma):
                continue
            if not gender_ok(m.gender, e):
                continue
            n = self._mentions_before(e, m)
            if n > count:
                best, count = e, n
        return best

    def _leads(self, e: Entity) -> bool:
        """Does the article title the person ``e`` as a country's leader (:func:`leader_title`:
        "Israeli Prime Minister Benjamin Netanyahu", "President Putin"), at one of its
        mentions or anywhere by a name that may be the person's, not a list's other item?"""
        if "PERSON" not in e.labels:
            return False
        if any(
            x.type == "name" and x.title and not x.former and leader_title(x.title)
            for x in e.mentions
        ):
            return True
        return any(
            leader_title(o.title or "")
            and names_compatible(o.name_tokens, e)
            and not any(self._conjoined(o, x) for x in e.mentions if x is not o)
            for titled in self._titled.values()
            for o in titled
        )

    def _titled_as(self, e: Entity, office: str) -> bool:
        """Does the article name the person ``e`` with the title ``office`` somewhere, before
        or after this point ("President Trump"), by a name that may be the person's?"""
        if "PERSON" not in e.labels:
            return False
        # by a name that may be the person's (not "President Ann Kessler" for Mary Kessler),
        # and not one listed beside the person ("President Trump and first lady Melania
        # Trump": the first lady is not the president)
        return any(
            names_compatible(o.name_tokens, e)
            and not any(self._conjoined(o, x) for x in e.mentions if x is not o)
            for o in self._titled.get(office, [])
        )

    @staticmethod
    def _mentions_before(e: Entity, m: Mention) -> int:
        return sum(1 for x in e.mentions if x.start < m.start and x.type != "relative")

    def _continuing(self, m: Mention) -> Entity | None:
        """The named speaker of the quotation just before, for a description that nothing
        before names and whose tag goes on with the quoting ('"...," says Perry. "...," the
        Texas governor continues.'): a verb of continuing ("continued", "added", "went on")
        keeps the speaker, where "replied" or "countered" would change it. The quotation
        before ends in the same paragraph or the one before."""
        if not (m.definite and m.number == "s" and m.lemma in PERSON_NOUNS):
            return None
        tok = self.mentions.doc[m.head]
        if tok.dep_ != "nsubj" or not continues(tok.head):
            return None
        mine = [a for spans, s in self.quotations if s is m for a, _ in spans]
        if not mine:
            return self._continuing_report(m)
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
        if e is None or not any(e.names) or not gender_ok(m.gender, e):
            return None
        return e

    def _continuing_report(self, m: Mention) -> Entity | None:
        """The named speaker of a report in the sentence just before, for a description
        whose tag of a report in indirect speech goes on with it ("Trump is on solid ground,
        Carly Fiorina said Monday. But, the former CEO of Hewlett-Packard added, it's not the
        way to win": Fiorina; a twenty-seventh audit of unseen articles found the description
        apart): the nearest source in that sentence, outside quotation marks, in the same
        paragraph, a person named by the text, of a gender ``m`` allows."""
        for c in self._before(m, 1, skip_quoted=True):
            if c.sent == m.sent:
                if c.type == "name" and c.label == "PERSON":
                    return None  # someone named in its own sentence before it
                continue
            if "source" not in c.role or c.entity < 0:
                continue
            if self.mentions.text.count("\n", c.start, m.start) > 1:
                return None
            e = self.find(c.entity)
            if not any(e.names) or "PERSON" not in e.labels or e.outlet:
                return None
            return e if gender_ok(m.gender, e) and e.number == "s" else None
        return None

    def _pronoun(self, m: Mention) -> Entity | None:
        doc = self.mentions.doc
        tok = doc[m.head]
        if generic_they(tok):
            return None  # "You know what they say": nobody in particular
        blocked: set[int] = set()
        if tok.dep_ in ("dobj", "pobj", "dative") and not tok.lower_.endswith("self"):
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            blocked = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
            if not blocked and verb.dep_ == "xcomp":
                # a verb with its subject on the verb it complements ("questions the counsel
                # would like to ask him": him is not the counsel; an audit of unseen
                # NewsWCL50 articles); that verb's object when it has one ("Hale asked Vole
                # to help him": him is not Vole, and may be Hale)
                up = list(verb.head.children)
                objects = {c.i for c in up if c.dep_ in ("dobj", "dative") and c.i < verb.i}
                blocked = objects or {c.i for c in up if c.dep_ in ("nsubj", "nsubjpass")}
            elif not blocked and verb.dep_ == "pcomp" and verb.tag_ == "VBG":
                # a gerund with its subject on the verb its preposition hangs from ("Trump
                # demands Ginsburg resign for criticizing him": him is not Ginsburg; a
                # twenty-third audit of unseen articles); that verb's object when it has one
                # ("Trump thanked Cruz for endorsing him": him is not Cruz, and may be Trump)
                up = list(verb.head.head.children) if verb.head.dep_ == "prep" else []
                objects = {c.i for c in up if c.dep_ in ("dobj", "dative") and c.i < verb.i}
                blocked = objects or {c.i for c in up if c.dep_ in ("nsubj", "nsubjpass")}
        elif tok.dep_ in ("nsubj", "nsubjpass"):
            # nor to a name in its own clause's objects and phrases ("Of Obama, he said")
            blocked = clause_nominals(tok.head, tok.i) | opening_phrase(tok)
        # nor a person named after it in those objects, wherever else that person is named
        # ("..., he told Hannity": he is not Sean Hannity of the sentences before)
        named_after = [
            n.name_tokens
            for i in blocked
            if i > tok.i
            and (n := self.mentions.covered.get(i)) is not None
            and n.type == "name"
            and n.label == "PERSON"
            and n.name_tokens
        ]
        # the subject of a verb conjoined to the pronoun's own ("Mr. X said that the questions
        # the counsel would like to ask were leaked, and he noted ...": he is X, not the nearer
        # subject of a clause inside; an audit of unseen NewsWCL50 articles)
        parallel: set[int] = set()
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "conj":
            parallel = {c.i for c in tok.head.head.children if c.dep_ in ("nsubj", "nsubjpass")}
        # nor the one the pronoun's own relative clause describes, nor any mention of it ("Her
        # approach of embracing the president she hopes to succeed": she is not the president;
        # a seventeenth audit of unseen articles found her given to Obama)
        described = self._relative_head(tok)
        best: tuple[tuple[int, ...], Entity] | None = None
        outside = not self.in_quote(m.start)
        # he/she/they inside a direct quotation is not its speaker ("it" may be: a company's
        # statement speaks of the company in the third person)
        speakers = set() if outside or m.gender == "n" else self._quote_speakers(m)
        speaks = "source" in m.role  # the pronoun is an attribution's source: "He said ..."
        reply = speaks and is_reply(tok)
        # A he, she or they source is none of the people its own report names ('"... a wise
        # choice" for NIH chief, he said': not the chief; "Smith was fired, he said": not
        # Smith; "He met Lynch, Clinton and others, they said": not Lynch and Clinton). Not an
        # "it" (a company speaks of itself by name: "Apple's sales rose, it said"), and only
        # for a report wholly before the pronoun: one that goes on after it may have taken in
        # a clause of the outlet's by mistake.
        own_report = m.reports if m.gender != "n" else []
        if any(b > m.start for _, b in own_report):
            own_report = []
        # Except its main clause's subject, the report's own speaker when the writer names him
        # in it ("Former Rep. Chris Shays was pro John Kasich ..., he said": he is Shays),
        # ranked as a subject of the sentence before, after that sentence's own subjects and
        # speakers ("Sheriff Tom Jones spoke. Ed Smith fled, he said": he is still Jones).
        own_subject = self._report_subject(own_report)
        # A reply ("To which she replied") is by the one it answers, the speaker of the
        # nearest attribution before it, only when no one else agrees ('An official looked at
        # her and said: "She\'s dead." To which she replied, ...': she is not the official; an
        # audit of unseen ECB+ texts), when that is in an earlier sentence ('"...," Comey said
        # he responded': he is Comey)
        answered: int | None = None
        # not a reply to a question put to its speaker by someone unnamed ("Asked if that gave
        # him pause, he replied": the speaker before may be himself; an audited ECB+ text)
        if is_reply(tok) and not any(
            c.dep_ == "advcl" and c.lemma_ == "ask" for c in tok.head.children
        ):
            asker = next(
                (c for c in self._before(m, PRONOUN_WINDOW, outside) if "speaker" in c.role), None
            )
            if asker is not None and asker.sent < m.sent and asker.entity >= 0:
                answered = self.find(asker.entity).idx

        def consider(c: Mention) -> None:
            nonlocal best
            if c.entity < 0 or c.head in blocked or c.end > m.start:
                return  # nor a phrase holding it: "the migrants and their supporters"
            if any(a <= c.start < b for a, b in own_report) and c.head not in own_subject:
                return
            e = self.find(c.entity)
            if e.idx in speakers or not pronoun_agrees(m, e) or e.idx == described:
                return
            if m.gender in "mf" and c.sent != m.sent and not self._unnamed_alone(c, e):
                return
            if any(names_compatible(n, e) for n in named_after):
                return
            dist = m.sent - c.sent
            if m.number == "p" and e.number != "p":
                dist += 1  # "they" for a company or a country only when no plural is nearer
            # "they said" when people are in reach is the people, not "the documents"
            # ("Three senators released the memos. The documents, they said, show ...")
            thing = speaks and m.gender == "?" and not animate(e)
            sal = salience(m, c, dist, speaks, reply)
            if c.head in own_subject:
                sal = (max(dist, 1), 0, c.start)
            if c.head in parallel and c.sent == m.sent:
                sal = (sal[0], -1, sal[2])
            # an unnamed speaker of no known gender ("A representative said she never
            # recovered"): a he or she in its own sentence's report after it is a person of
            # that gender in reach first, whom the report is about; a speaker who says "she"
            # of herself is most often written "a spokeswoman". Nor does a later he or she
            # go to it first when its own sentence gave that pronoun to another (a
            # twenty-second audit of unseen articles: "She never agreed", Bettie Page's)
            teller = (
                m.gender in "mf"
                and "speaker" in c.role
                and c.indefinite
                and e.gender == "?"
                and not any(e.names)
                and (
                    (not speaks and c.sent == m.sent and c.start < m.start)
                    or (c.sent < m.sent and self._gender_given(c, e, m.gender))
                )
            )
            score = (int(thing), int(teller), int(e.idx == answered), *sal)
            if best is None or score < best[0]:
                best = (score, e)

        for c in self._before(m, PRONOUN_WINDOW, skip_quoted=outside):
            consider(c)
        if best is None and not outside and m.gender in "mf":
            # a he or she inside a direct quotation with no antecedent in reach looks back to
            # the quotation's start: its speaker may talk of himself for several sentences
            # ("Donald Trump is like a pirate. He's bold. ... my entire career ... I've taken
            # on ... One of the really hard questions he's got to weigh": a twenty-sixth audit
            # of unseen articles found the "he" no one's)
            k = bisect_left(self._quoted_starts, m.start + 1) - 1
            opened = self.quoted[k][0]
            for c in self._before(m, NOMINAL_WINDOW):
                if c.start < opened:
                    break
                consider(c)
        return best[1] if best is not None else None  # attach() takes the pronoun's gender

    def _report_subject(self, spans: list[tuple[int, int]]) -> set[int]:
        """The tokens (indices) that are the active subject (``nsubj``) of a report's main
        clause, a verb of ``spans`` whose head lies outside them: "Shays" of "Former Rep. Chris
        Shays was pro John Kasich while the Ohio governor was in the running" (not "governor",
        the subject of a clause inside; not a passive subject, "Smith was fired", of whom the
        report is said by another)."""
        doc = self.mentions.doc
        out: set[int] = set()
        for a, b in spans:
            sp = doc.char_span(a, b, alignment_mode="expand")
            if sp is None:
                continue
            for t in sp:
                if sp.start <= t.head.i < sp.end and t.head.i != t.i:
                    continue
                out.update(
                    c.i for c in t.children if c.dep_ == "nsubj" and sp.start <= c.i < sp.end
                )
        return out

    def _relative_head(self, tok: Token) -> int:
        """The entity (index) of the noun that a relative clause with no relative word, or with
        one that is the clause's object, whose subject is the pronoun ``tok``, is on ("the
        president she hopes to succeed": the president's; "Chris Christie, whom he describes as
        a prosecutor": Christie's, a twenty-fifth audit of unseen articles found the "he" given
        to him); -1 when there is none. The clause says what the pronoun's referent does to
        that noun's, another."""
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl":
            return -1
        if any(
            c.tag_ in ("WDT", "WP", "WP$") and c.dep_ not in ("dobj", "dative")
            for c in verb.children
        ):
            return -1  # "the man who he said ..." has a relative word, not the verb's object
        n = self.mentions.by_head.get(verb.head.i)
        if n is None or n.entity < 0:
            return -1
        return self.find(n.entity).idx

    def _unnamed_alone(self, c: Mention, e: Entity) -> bool:
        """May a he or she in a later sentence stand for ``e``, of ``c``'s mention? Yes unless
        ``e`` is an unnamed person by its noun alone (`_ONE_UNNAMED`: no name, no person's
        noun, no he or she yet) whose sentence names another person, quoted or not, outside
        its own description: "Vole's best friend took the stand. He said" is the friend
        ("Vole's" is the friend's description), but not '"Ahmed was a friend to us," one
        employee told the station. He was a respected manager', "A friend referred to him as
        a good soul. He had wanted to fly", "An employee was at the office, said manager Jim
        Hall. The terminal holds oil, he said" (on the wider set of 320 texts those three had
        taken the "he" from the person named)."""
        if "PERSON" in e.labels or not e.heads.isdisjoint(PERSON_NOUNS):
            return True
        if e.heads.isdisjoint(_ONE_UNNAMED) or any(
            x.type == "pronoun" and x.gender in "mf" for x in e.mentions
        ):
            return True
        lo = bisect_left(self.starts, self.mentions.doc[c.head].sent.start_char)
        for x in self.ordered[lo:]:
            if x.sent != c.sent:
                break
            if x.entity < 0 or c.start <= x.start < c.end:
                continue
            o = self.find(x.entity)
            if o.idx != e.idx and o.is_personal():
                return False
        return True

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


def family_word(text: str) -> str:
    """The lower-case plural of a surname a family's name is ("the Khans", "Clintons"): one
    capitalised word ending in "s", after "the" or alone; "" for any other name."""
    words = text.split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    if len(words) != 1 or not words[0].isalpha() or not words[0][:1].isupper():
        return ""
    w = words[0]
    return w.lower() if w.endswith("s") and len(w) > 3 and w[1:].islower() else ""


def _own_name_words(m: Mention) -> list[str]:
    """The capitalised words before a description's head that name one thing ("Munhwa",
    "Ilbo" in "the Munhwa Ilbo newspaper"), not a nationality or a medium ("the British
    newspaper", "the Korean news agency"), lower case."""
    head = m.text.split()[-1:] if m.text else []
    words = [w.strip(",.'’") for w in m.text.split()[:-1]] if head else []
    return [
        w.lower()
        for w in words
        if w[:1].isupper()
        and w.lower() not in lx.DEFINITE
        and w.lower() not in lx.DEMONYMS
        and w.lower() not in lx.MEDIA_MODIFIERS
        and w.lower() not in lx.NEWS_MODIFIERS
        and w.lower() in m.key_mods
    ]


def _possessor(tok: Token) -> tuple[bool, str | None, int | None]:
    """A description's owner as the parse shows it (see :meth:`Resolver._owner`): (True, the
    gender) for a possessive pronoun ("his campaign": "m"; "its", "their": None); else (False,
    None, the token index of a possessor named by a possessive or by "of" right after the
    noun, or None)."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    owner = {"his": "m", "her": "f"}.get(poss.lower_ if poss is not None else "")
    if owner is not None or poss is not None and poss.pos_ == "PRON":
        return True, owner, None
    if poss is None:
        poss = next(
            (
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
    return False, None, poss.i if poss is not None else None

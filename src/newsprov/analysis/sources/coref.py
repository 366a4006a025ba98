"""Coreference inside one article: mentions joined into entities by outlet identity, name
matching (surname, title + surname, full name), appositions, role and outlet nouns ("the
commander", "the newspaper") and pronouns (recency, gender and number agreement; a he/she/they
inside a direct quotation is not its speaker). A coordination ("Smith and Jones") is an entity
of its own, a plural that a "they" can stand for (:meth:`Mentions.coordinate`).

One pass over the article's mentions in text order; each mention is compared only with the
entities already open, so the cost grows with mentions, not tokens.

The resolver is assembled from one module per family of mentions, each a mixin of
:class:`Resolver` over :class:`~.coref_entities.ResolverBase` (the entities and the
bookkeeping): :mod:`.coref_names` (names and outlets), :mod:`.coref_descriptions` (nominal
and role descriptions) and :mod:`.coref_pronouns` (pronouns). This module holds the pass
itself, the joins made after it (appositions, families, groups, a headline's role, a man
introduced unnamed) and the dispatch of a mention to its family's rule.
"""

from __future__ import annotations

from newsprov.analysis.sources import lexicon as lx
from newsprov.analysis.sources.agreement import appos_compatible, gender_ok
from newsprov.analysis.sources.coref_descriptions import _STATED_AGE, DescriptionRules
from newsprov.analysis.sources.coref_descriptions import _possessor as _possessor
from newsprov.analysis.sources.coref_entities import MAX_MENTIONS_BACK as MAX_MENTIONS_BACK
from newsprov.analysis.sources.coref_entities import NOMINAL_WINDOW as NOMINAL_WINDOW
from newsprov.analysis.sources.coref_entities import PRONOUN_WINDOW as PRONOUN_WINDOW
from newsprov.analysis.sources.coref_entities import Entity
from newsprov.analysis.sources.coref_names import NameRules
from newsprov.analysis.sources.coref_pronouns import PronounRules
from newsprov.analysis.sources.described import join_described, join_police
from newsprov.analysis.sources.mentions import Mention

#: The nouns of a person news introduces unnamed before naming them ("A man has denied
#: arson. Robert Pitman, 24, is accused ..."), with the gender each gives; written for the
#: tenth audit's leftover (`Resolver._introduced`).
_INTRODUCED = {"man": "m", "woman": "f", "boy": "m", "girl": "f"}


class Resolver(NameRules, DescriptionRules, PronounRules):
    """Clusters the mentions of one document into entities."""

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
        join_described(self)  # "the Florida senator", "the team", "the RNC member"
        join_police(self)  # "police" beside the one police body named ("the NYPD")
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

"""Coreference of names (:mod:`.coref`): an outlet's mention joined to the outlet the article
named ("the Times" after "The New York Times"), a person's name to the person named before
(surname, title and surname, full name, a "Jr."), an organization's or a place's name to the
body named before (its key, its initials, a company's short name, a listed firm's word, "the
North" after "North Korea"), and the capitalised description ("the Administration") that the
names' rule turns to when no name matches (a party's noun for one person, "the Wisconsin
Republican", it hands on to :mod:`.coref_descriptions`).
"""

from __future__ import annotations

import re

from newsprov.analysis.sources import lexicon as lx
from newsprov.analysis.sources.agreement import (
    acronym_of,
    company_base,
    company_named,
    expansion_of,
    field_first,
    gender_ok,
    is_acronym,
    names_compatible,
    org_key,
    split_suffix,
    titled_alike,
    titles_conflict,
)
from newsprov.analysis.sources.coref_entities import NOMINAL_WINDOW, Entity, ResolverBase
from newsprov.analysis.sources.mentions import Mention

#: Organisation nouns that some styles capitalise for one body named before ("the
#: Administration", "the Department"); not those that name a body of their own ("the House" is
#: not the White House, "the Senate" not a state senate).
_CAPITALISED_DESCRIPTIONS = frozenset(
    "administration agency board bureau commission committee company council court department"
    " government ministry".split()
)
#: What splits an organization's key into words ("bear stearns", "merrill-lynch").
_KEY_WORDS = re.compile(r"[\s-]+")


class NameRules(ResolverBase):
    """The rules for names and outlets (a mixin of :class:`~.coref.Resolver`)."""

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
            best: tuple[tuple[bool, bool, bool, int], Entity] | None = None
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
                    # of two people of one surname, a titled surname ("President Clinton")
                    # goes to the one named with that title ("President Bill Clinton")
                    untitled = m.title is not None and not titled_alike(m.title, e)
                    score = (
                        junior,
                        untitled,
                        len(bare[0]) == 1 and not called,
                        -e.mentions[-1].start,
                    )
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

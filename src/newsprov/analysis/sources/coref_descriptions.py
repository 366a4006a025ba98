"""Coreference of descriptions (:mod:`.coref`): a nominal mention ("the commander", "the
newspaper", "the company", "the 30-year-old", "the Florida senator", "the two") joined to the
entity it describes: an outlet or a body in reach, the holder of an office or a role (by title,
nationality, place, party), the one person named just before, the speaker whose quoting it
goes on with; and the readings these rules share (a description's owner, a person's
nationalities, an office's holders).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from newsprov.analysis.outlets import registry
from newsprov.analysis.sources import lexicon as lx
from newsprov.analysis.sources.agreement import (
    PERSON_NOUNS,
    continues,
    description_key,
    gender_ok,
    leader_title,
    masthead,
    names_compatible,
    nationalities,
    norp_person,
    outlet_noun,
    past_holder,
    past_words,
    salience,
    title_has,
    trade_only,
)
from newsprov.analysis.sources.coref_entities import (
    NOMINAL_WINDOW,
    PRONOUN_WINDOW,
    Entity,
    ResolverBase,
)
from newsprov.analysis.sources.mentions import Mention, age_epithet

#: Nouns for a newspaper, which join a paper the registry lacks by its name's form.
_PAPER_NOUNS = frozenset({"newspaper", "paper", "daily"})
#: An age given after a name ("Ann Lee, 45,"): read against "the 30-year-old" (`_aged`).
_STATED_AGE = re.compile(r",\s*(\d{1,3})\b")

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
_RACE_NOUNS = lx.RACE_NOUNS


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

#: "That person said", "the person added": the unnamed source just quoted (`_unnamed_source`).
_THE_PERSON = frozenset({"that person", "the person", "this person"})


class DescriptionRules(ResolverBase):
    """The rules for descriptions (a mixin of :class:`~.coref.Resolver`)."""

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
        if m.text.lower() in _THE_PERSON:
            return self._unnamed_source(m)
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

    def _unnamed_source(self, m: Mention) -> Entity | None:
        """ "That person said", "the person added" after "a source close to him said": the
        nearest unnamed source one person is, brought in by an indefinite description ("a
        source", "another source familiar with ...", "an aide"), outside quotations (the
        thirty-first audit of unseen articles found "That person" a source of its own, and the
        next source's "the person added" joined to it). None when the nearest such source has
        a name."""
        for c in self._before(m, NOMINAL_WINDOW, skip_quoted=True):
            if (
                c.type == "nominal"
                and c.entity >= 0
                and "source" in c.role
                and c.number == "s"
                and c.indefinite
                and c.lemma in lx.ANONYMOUS_NOUNS | {"source"}
            ):
                e = self.find(c.entity)
                return e if not e.names else None
        return None

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

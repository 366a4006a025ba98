"""The entity model of coreference (:mod:`.coref`): :class:`Entity`, what one entity has
gathered from its mentions (names, keys, heads, labels, gender, number), and
:class:`ResolverBase`, the resolver's state and bookkeeping: opening, attaching and merging
entities, the quoted speech a mention lies in, and the walks back over the mentions before one
(:meth:`ResolverBase._before`, :meth:`ResolverBase._recent`) that every family of rules reads.
The windows of those walks are set here.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsprov.analysis.sources import lexicon as lx
from newsprov.analysis.sources.agreement import (
    PERSON_NOUNS,
    company_base,
    company_named,
    description_key,
    field_first,
    norp_person,
    org_key,
    past_words,
    title_holds,
    word_set,
)
from newsprov.analysis.sources.mentions import Mention, Mentions
from newsprov.analysis.sources.names import company_words

#: How far back (in sentences) a pronoun or a definite nominal looks for its antecedent.
PRONOUN_WINDOW = 3
NOMINAL_WINDOW = 12

#: ... and at most this many mentions back, whatever the window: a bound on the work one
#: mention costs in a text with a huge sentence (a 40,000-character quote). No article of
#: PolNeAR dev or MEANTIME reaches it within the windows (their records are the same without it).
MAX_MENTIONS_BACK = 400

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


class ResolverBase:
    """The state of one document's resolution and its bookkeeping: the entities, the
    mentions in text order, the quoted speech, the walks back over earlier mentions.
    :class:`~.coref.Resolver` adds the rules of each family of mentions and the pass."""

    if TYPE_CHECKING:
        # the rules of the other families (:mod:`.coref_names`, :mod:`.coref_descriptions`,
        # :mod:`.coref_pronouns`) and of :class:`~.coref.Resolver` that the families call
        # one another through; defined there, declared here for the type checker only

        def _resolve(self, m: Mention) -> Entity | None: ...

        def _speaker(self, s: Mention) -> Entity | None: ...

        def _outlet(self, m: Mention) -> Entity | None: ...

        def _party_member(self, m: Mention) -> Entity | None: ...

        def _ahead(self, x: Mention, how: Callable[[Mention], Entity | None]) -> Entity | None: ...

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
        for head, name in self._named_after.items():
            # "Her chief policy aide, Jake Sullivan,": the description is as male as its
            # name, so a later "she" is not the two (a thirtieth audit of unseen articles
            # found "she" joined to the aide before the apposition pass joined the name)
            desc = mentions.by_head.get(head)
            if desc is not None and desc.type == "nominal" and desc.gender == "?":
                desc.gender = name.gender if name.gender in ("m", "f") else "?"
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

    # -- quoted speech, sentences, lists and the walks back over earlier mentions --------
    def _quoted_cover(self, a: int, b: int) -> int:
        return sum(max(0, min(b, y) - max(a, x)) for x, y in self.quoted if x < b and y > a)

    def in_quote(self, pos: int) -> bool:
        i = bisect_left(self._quoted_starts, pos + 1) - 1
        return i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1]

    def _in_sentence(self, sent: int) -> list[Mention]:
        """The mentions of sentence ``sent``, in order: the scans for a person named in a
        description's own sentence read these, not every mention of the article."""
        if self._by_sent is None:
            self._by_sent = {}
            for x in self.ordered:
                self._by_sent.setdefault(x.sent, []).append(x)
        return self._by_sent.get(sent, [])

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

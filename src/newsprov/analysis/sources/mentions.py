"""A mention and the index of a document's mentions: the :class:`Mention` record, building
one from a span of the parse (its extent, head, sentence, subject role, number, definiteness,
the noun an apposition describes; a nominal's modifiers and outlet), looking mentions up by
head token, and the ``group`` mentions coordinations make. Finding the mentions is
:mod:`.detection`'s; the mention behind an attribution's span is :mod:`.span_mentions`'."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsprov.analysis.doctext import doc_text
from newsprov.analysis.sources import lexicon as lx
from newsprov.analysis.sources.detection import detect
from newsprov.analysis.sources.forms import (
    RELATIVE_WORDS,
    pronoun_head,
    quoted_titles,
    string_ids,
    tokens_with,
)
from newsprov.analysis.sources.lists import listed_appos, roles_of_name, unset_appos
from newsprov.analysis.sources.names import BULLETS, headline_line, titled_name
from newsprov.analysis.sources.span_mentions import mention_at
from newsprov.record import Span

_RIGHT_DEPS = {"prep", "amod", "pobj", "nummod", "compound", "acl"}
_BREAKS = {",", "(", ")", "—", "–", ";", ":", '"', "“", "”"}


@dataclass(slots=True)
class Mention:
    """One mention: ``type`` is ``outlet``, ``name``, ``pronoun``, ``first`` (I, we),
    ``relative`` (who, which), ``nominal`` or ``group`` (a coordination); ``label`` the NER
    label of a name. With slots: some 12,000 are made on the 84 PolNeAR dev texts (each about
    1.3 microseconds faster to build so, its fields faster to read)."""

    start: int
    end: int
    head: int  # token index
    type: str
    text: str
    sent: int
    subject: bool
    lemma: str  # head lemma, lower case
    word: str = ""  # head word, lower case
    label: str = ""
    outlets: tuple[str, ...] = ()
    short: bool = False
    weak: bool = False
    gender: str = "?"  # m, f, n, ?
    number: str = "s"  # s, p
    definite: bool = False
    demonstrative: bool = False  # starts with the, this, that
    mods: tuple[str, ...] = ()  # content words modifying a nominal's head ("Democratic")
    former: bool = False  # a title put in the past ("Former President Tom Hale"; an apposed role
    # a time phrase ends: "Tom Hale, then the mayor,")
    # the words of a portfolio a title noun is for ("the president for International Economic
    # Affairs"): another office than the bare title's, which joins no holder of that title
    office: tuple[str, ...] = ()
    key_mods: tuple[str, ...] = ()  # the mods that must agree with an antecedent (see nominal)
    of_people: bool = False  # "a group of about 100 people": people gathered, no body
    # a partitive's noun after "of" ("many of those questions": "question"), lower-case lemma
    of_noun: str = ""
    indefinite: bool = False
    name_tokens: tuple[str, ...] = ()  # a person's name without honorific, title, possessive
    title: str | None = None
    # a common noun compounded onto a person's name, no title ("dictator Kim Jong Un",
    # "quarterback Brady Quinn"): what a later "the dictator" may stand for
    epithet: str | None = None
    outlet_mod: Mention | None = None  # "the NYT article": the outlet that modifies the head
    # a poll or survey run jointly by more than one sponsor ("a University of Texas/Texas
    # Tribune poll", "an NBC News/Wall Street Journal poll"): the outlets among its sponsors
    sponsors: tuple[Mention, ...] = ()
    appos_of: int | None = None  # head token of the mention this one is in apposition to
    antecedent: int | None = None  # a relative pronoun's noun (head token)
    # the words of the noun a description's "whose" stands for ("Mueller, whose office
    # declined": "Mueller"), for its name
    owner: str = ""
    # a party's or a people's noun tagged NORP with its article and the words before it
    # ("The lifelong Republican"), the name of the one person it describes (`kinds`)
    described: str = ""
    # a description's words before a clause on it that is an attribution's cue ("a producer"
    # of "a producer offering her a break"): its name (see Mentions._cue_clause)
    named: str = ""
    # a person's role joined to the head by "and" ("an Illinois shipping-supplies manufacturer
    # and conservative activist"): the description is a person's as well (`kinds`)
    human_conjunct: bool = False
    # the subject of a clause set before its main clause ("When Maddow pointed out ...,
    # Clinton seized upon it"): a later sentence's pronoun looks to the main clause's first
    fronted: bool = False
    # a role given by "be" (`_role_by_copula`): joined to its person outside quotation only
    by_copula: bool = False
    role: set[str] = field(default_factory=set)  # "source", "recipient", "speaker" (top level)
    reports: list[Span] = field(default_factory=list)  # as a source: its attributions' contents
    members: tuple[Mention, ...] = ()  # a group's conjuncts
    entity: int = -1

    @property
    def span(self) -> Span:
        return (self.start, self.end)


def _roles_of_one(tok: Token, conj: list[Token]) -> bool:
    """Are ``tok`` and its one conjunct two singular nouns for human beings' roles
    (`lexicon.person_role`) joined by "and" under one article, the second with no determiner
    of its own ("an Egyptian blogger and journalist", "the singer and songwriter")? Not "a man and a woman", "the mayor and his
    wife", "a blogger or a journalist", nor names ("Smith and Jones")."""
    if len(conj) != 1:
        return False
    other = conj[0]
    if tok.tag_ != "NN" or other.tag_ != "NN":
        return False
    if not (lx.person_role(tok.lemma_.lower()) and lx.person_role(other.lemma_.lower())):
        return False
    dets = [c.lower_ for c in tok.children if c.dep_ in ("det", "poss", "nummod")]
    if dets not in (["a"], ["an"], ["the"]):
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "conj") for c in other.children):
        return False
    ccs = [c.lower_ for c in tok.children if c.dep_ == "cc"]
    return ccs == ["and"] and tok.i < other.i


def _one_persons_roles(head: Token, other: Token) -> bool:
    """Are an apposition's head and its conjunct two singular nouns for a person's roles
    (`lexicon.person_role`: "a Republican operative and Mitt Romney's chief strategist"), one
    person's, not a list's items? The second with a possessive or no determiner of its own
    (not "thanked Ann Vole, a nurse and a teacher"); not a body's noun ("the military") nor a
    name."""
    if any(
        c.dep_ in ("det", "nummod") or c.dep_ == "poss" and c.pos_ == "PRON" for c in other.children
    ):
        return False  # "a nurse and her teacher": two people
    return all(
        t.tag_ == "NN"
        and not t.ent_type_
        and (lx.person_role(t.lemma_.lower()) or t.lemma_.lower() in lx.WORK_NOUNS)
        and t.lemma_.lower() not in _BODY_LIKE_PEOPLE
        for t in (head, other)
    )


#: Human nouns that name a body or several people: no one person's role in an apposition.
_BODY_LIKE_PEOPLE = frozenset({"military", "staff", "spokespeople", "youth"})


#: The words before a NORP name that describe the one person it names ("The lifelong
#: Republican", "the first Democrat", "Ohio's senior Republican").
_DESCRIBING = frozenset({"det", "poss", "amod", "compound", "advmod", "nmod", "npadvmod"})

#: First-person pronouns that may be a list's last item ("Emmanuel and myself", "my wife and I").
_FIRST_ITEMS = frozenset({"i", "me", "myself", "we", "us", "ourselves"})


def joined_at_and(doc: Doc) -> list[SpacySpan]:
    """The tagger's entities, an organization's name it cut at "and" made whole again
    ("the Central Commission for Elections and Referenda", tagged "Central Commission for
    Elections" and "Referenda": a tenth audit of unseen articles had the source named
    "Referenda"). Two ORG entities with "and" alone between, the first with "for" or "of"
    inside it (the complement "and" goes on), the second one capitalised word that no other
    entity of the text is written as (no name of its own: not "the Ministry of Defence and
    Boeing", "Boeing" named again)."""
    ents = list(doc.ents)
    texts = [e.text for e in ents]
    out: list[SpacySpan] = []
    for e in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == "ORG"
            and e.label_ == "ORG"
            and e.start == prev.end + 1
            and doc[prev.end].lower_ == "and"
            and any(t.lower_ in ("for", "of") for t in prev[1:])
            and len(e) == 1
            and e[0].is_alpha
            and e[0].text[:1].isupper()
            and not e[0].is_upper
            and texts.count(e.text) == 1
        ):
            out[-1] = SpacySpan(doc, prev.start, e.end, label="ORG")
            continue
        out.append(e)
    return out


_COMMA_IDS = string_ids([","])


class Mentions:
    """All mentions of one ``Doc``, indexed by head token."""

    def __init__(self, doc: Doc, cues: frozenset[int] = frozenset()) -> None:
        self.doc = doc
        # the tokens of the attributions' cues: a participle's clause on a noun that is one
        # ("a producer offering her a break") is what the noun's referent does, no part of it
        self.cues = cues
        self.text = doc_text(doc)
        self.ents = joined_at_and(doc)
        self.ent_at = {i: e for e in self.ents for i in range(e.start, e.end)}
        # the commas' token indices, read from the doc's array (see nominal)
        self.commas = frozenset(tokens_with(doc, ORTH, _COMMA_IDS))
        self.sent_of = [0] * len(doc)
        for si, sent in enumerate(doc.sents):
            self.sent_of[sent.start : sent.end] = [si] * (sent.end - sent.start)
        self.by_head: dict[int, Mention] = {}
        self.covered: dict[int, Mention] = {}  # token index -> name/outlet mention covering it
        # coordinations ("Smith and Jones"), by the first conjunct's head (see coordinate())
        self.groups: dict[int, Mention] = {}
        # roles joined before one name ("businessman and blogger Andrew Halcro"): the name
        self.named_roles: dict[int, Mention] = {}
        # programmes' titles in quotation marks (told MSNBC's "Morning Joe"), read first: a
        # name inside one ("Fox" in "Fox and Friends", the magazine in "Face the Nation") is
        # the programme's
        self.shows = quoted_titles(doc)
        # the last words of the names the text shows to be people's (set by detection)
        self.person_words: set[str] = set()
        # the words of the article's ORG names, and of those written as a company's full
        # name without their company words ("Exxon Mobil Corp.": ("exxon", "mobil"))
        self.org_names: set[tuple[str, ...]] = set()
        self.companies: set[tuple[str, ...]] = set()
        # the last words of names the text may show to be people's (see names.company_shorts)
        self.named_people: set[str] = set()
        # the listed firms named like people the text names ("Morgan Stanley": see
        # lexicon.FIRMS_NAMED_AS_PEOPLE): the tokens their mentions cover, and their words
        self.firm_tokens: set[int] = set()
        self.firm_words: set[str] = set()
        detect(self)

    def add(self, m: Mention, tokens: range | None = None) -> Mention:
        """Index ``m`` by its head token, and by ``tokens`` as the mention covering them."""
        self.by_head[m.head] = m
        for i in tokens or ():
            self.covered[i] = m
        return m

    def mention(self, span: SpacySpan, head: Token, type_: str, **kw: object) -> Mention:
        """A mention of ``type_`` over ``span`` (trimmed of punctuation and a possessive) headed
        by ``head``, with the features read off the parse; not indexed (see :meth:`add`)."""
        start, end = _trim(span)
        m = Mention(
            start=start,
            end=end,
            head=head.i,
            type=type_,
            text=self.text[start:end],
            sent=self.sent_of[head.i],
            subject=head.dep_ in ("nsubj", "nsubjpass"),
            lemma=head.lemma_.lower() if type_ != "name" else head.lower_,
            word=head.lower_,
            number="p" if head.tag_ in ("NNS", "NNPS") or head.lower_ in _PLURAL_HEADS else "s",
            **kw,  # type: ignore[arg-type]
        )
        if type_ == "name" and m.label == "PERSON":
            m.number = "s"  # "Billings" (NNPS): one person
        if m.subject:
            m.fronted = _fronted_clause(head.head)
        first = span[0].lower_
        m.demonstrative = first in lx.DEFINITE
        m.definite = first in lx.DEFINITE or any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in lx.DEFINITE) for c in head.children
        )
        m.indefinite = first in lx.INDEFINITE or any(
            c.dep_ in ("nummod", "det") and c.lower_ in lx.INDEFINITE for c in head.children
        )
        if type_ == "nominal":
            m.human_conjunct = any(
                c.dep_ == "conj"
                and c.tag_ == "NN"
                and lx.person_role(c.lemma_.lower())
                and c.lemma_.lower() not in lx.ORGANIZATION_NOUNS | lx.COMPANY_NOUNS
                for c in head.children
            )
        if type_ == "name" and m.label == "NORP" and m.definite:
            lefts = [c for c in head.lefts if c.dep_ in _DESCRIBING and c.i < span.start]
            if any(c.dep_ in ("det", "poss") for c in lefts):
                a = min(c.left_edge.idx for c in lefts)
                m.described = " ".join(self.text[a:end].split())
        if (
            head.dep_ == "appos"
            and (before := _set_off_from(head)) is not None
            # a place set off after a place is where it lies ("police in Palermo, Sicily,
            # said": no apposition of the police; an eleventh audit of unseen articles)
            and not (head.ent_type_ == "GPE" and before.ent_type_ == "GPE")
            and not any(
                c.dep_ == "conj"
                and (
                    any(d.dep_ in ("det", "poss") for d in c.children)
                    or _named(self.covered.get(c.i))
                    or c.ent_type_ in ("PERSON", "ORG", "GPE", "FAC")
                )
                and not {head.lemma_.lower(), c.lemma_.lower()} <= lx.PERSON_ROLE_NOUNS
                and not _one_persons_roles(head, c)
                for c in head.children
            )
        ):
            # "Mike Pompeo and Robert C. O'Brien, the national security adviser": the parser
            # may hang the apposition on the first conjunct; the nearest one is meant. Not an
            # item of a list ("thanked Macron, the French military and the people"; "against
            # campaign officials, the Russian government and WikiLeaks": a name the last item);
            # two roles are one person's ("Pompeo, the secretary of state and a former
            # congressman"), also when one of the nouns is a person's of no listed role ("Stuart
            # Stevens, a Republican operative and Mitt Romney's chief strategist")
            target = head.head if not _in_dateline(head.head) else before
            conj = [
                c
                for c in target.subtree
                if c.dep_ == "conj" and target.i < c.i < head.i and _conjunct_of(c, target)
            ]
            m.appos_of = (conj[-1] if conj else target).i
            # a role a time phrase ends ("Tom Hale, then the mayor,"; "the mayor in 2010"):
            # the person's still, but held before, as "the former mayor" is (no title)
            m.former = type_ == "nominal" and role_ended_appos(head)
            if head.lemma_.lower() in _BODY_NOUNS and _in_modifier(before, target):
                # "Heather Cronk, co-director of GetEQUAL, a group that ...": a body apposed
                # after a name in the noun's modifier is that name's, not the person's
                body = self.covered.get(before.i)
                m.appos_of = body.head if body is not None else before.i
        elif type_ == "nominal" and (named := titled_name(head)) is not None:
            m.appos_of = named.i  # "Secretary of the Air Force James Roche": Roche's title
        elif type_ == "nominal" and (named := _role_by_copula(head)) is not None:
            m.appos_of = named.i  # "Smith, who is the party's treasurer,": Smith's role
            m.by_copula = True
        return m

    def _cue_clause(self, t: Token) -> bool:
        """Is ``t`` a clause on a noun whose verb, or the verb joined to it by "and", is an
        attribution's cue ("a producer offering her a break", "people speaking in Spanish and
        talking about their history")? What the noun's referent says or does is no part of
        its name (a sixteenth audit of unseen articles found three sources named with their
        own cue and content). Not a passive participle, whose noun is no doer ("a document
        provided by Nunberg's lawyer"), nor a clause on a pronoun or "one", its only
        description ("those backing other candidates", "the ones describing payments"), nor a
        clause with a comma, where the parse may have hung the noun's own name ("One pastor
        supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church"): each had lost its
        name on the wider set of 320 texts. A source span that takes the clause in keeps it in
        the name (see ``resolve``)."""
        return (
            t.dep_ == "acl"
            and t.tag_ != "VBN"
            and not pronoun_head(t.head)
            and t.head.lemma_.lower() != "one"
            and (t.i in self.cues or any(c.dep_ == "conj" and c.i in self.cues for c in t.children))
            and not any(x.text == "," for x in t.subtree)
        )

    def nominal(self, root: Token) -> Mention:
        """A nominal mention headed by ``root``: determiners and modifiers on the left, prepositional
        and adjectival modifiers on the right ("the top commander in Iraq"), no appositions."""
        left = root.left_edge.i
        for t in root.lefts:
            if t.dep_ in ("cc", "appos", "mark") or t.text in _BREAKS:
                left = t.i + 1
        right = root.i
        cut: int | None = None  # the last token before a clause that is a cue
        for c in root.rights:
            if (
                c.dep_ in _RIGHT_DEPS
                and c.i == right + 1
                and not _reports(c)
                and not _finite_acl(c)
                and not _dated(c)
                and not _occasion(c)
            ):
                if cut is None and self._cue_clause(c):
                    cut = right
                right = c.right_edge.i
            else:
                break
        # a clause set off by a comma inside the modifiers ("candidates seeking the GOP
        # nomination, which were then further escalated by ...") is no part of the description
        # (a third audit of unseen articles found it in a source's name)
        aside = next(
            (
                i
                for i in range(root.i + 1, right)
                if i in self.commas and self.doc[i + 1].lower_ in ("which", "who", "whom", "whose")
            ),
            None,
        )
        if aside is not None:
            right = aside - 1
        # "Those who backed the plan", "some who saw the comment": a pronoun's description is
        # its relative clause (a short one: a longer one leaves the pronoun alone), and only
        # the same clause's words make two such mentions one
        rel = next((c for c in root.rights if c.dep_ == "relcl"), None)
        if not pronoun_head(root) or rel is None or rel.left_edge.i != right + 1:
            rel = None
        elif rel.right_edge.i - right <= RELATIVE_WORDS:
            right = rel.right_edge.i
        span = self.doc[left : right + 1]
        m = self.mention(span, root, "nominal")
        if cut is not None and cut < right:
            # the clause stays in the mention (what it holds is no antecedent outside it),
            # not in the name
            last = self.doc[cut]
            m.named = self.text[m.start : last.idx + len(last.text)]
        if (
            root.dep_ != "relcl"
            and root.head.dep_ == "relcl"
            and any(c.dep_ == "poss" and c.lower_ == "whose" for c in root.children)
        ):
            # "Mueller, whose office declined to comment": the office is Mueller's (a third
            # audit of unseen articles found the source named "whose office")
            noun = root.head.head
            m.owner = self.text[noun.left_edge.idx : noun.idx + len(noun.text)]
        mods = [
            t
            for c in root.children
            if c.dep_ in ("amod", "compound", "nmod") and c.i < root.i
            for t in c.subtree
            if t.is_alpha and t.lower_ not in lx.GENERIC_MODIFIERS
        ]
        m.mods = tuple(t.lower_ for t in mods)
        # modifiers that pick one referent out of others: names and proper adjectives ("the
        # Democratic nominee", "the Texas governor") and contrastive words ("the other senator");
        # plain description ("the liberal icon justice") adds to what is known of the referent
        # a named possessor picks one referent out too: "Mr. Cruz's wife" is not "Mr. Trump's
        # wife"
        owners = [
            t
            for c in root.children
            if c.dep_ == "poss" and c.pos_ == "PROPN"
            for t in c.subtree
            if t.is_alpha and t.pos_ == "PROPN"
        ]
        m.key_mods = tuple(
            t.lower_ for t in mods if not t.is_lower or t.lower_ in lx.CONTRASTIVE_MODIFIERS
        ) + tuple(t.lower_ for t in owners)
        if rel is not None:
            m.key_mods += tuple(t.lower_ for t in rel.subtree if t.is_alpha and not t.is_stop)
        m.office = _portfolio(root)
        m.of_people = _of_people(root)
        m.of_noun = _partitive_noun(root)
        if m.of_noun and m.number == "s" and _share_of_plural(root):
            # "Some 20 percent of people said they believe": the share is as many as its
            # noun after "of" (a twenty-fourth audit of unseen articles had the "they" given
            # to "people" inside it); "one of the senators said he" stays one
            m.number = "p"
        m.key_mods += m.office
        if pronoun_head(root):
            # "those identifying with the tea party" is no definite description of the "those
            # who named a candidate" before it: such a phrase joins one written the same only
            m.definite = False
        for i in range(span.start, min(span.end, root.i)):  # indices: no Token per word
            om = self.covered.get(i)
            if om is not None and om.type == "outlet":
                m.outlet_mod = om
        if m.outlet_mod is not None and root.lemma_.lower() in lx.POLL_NOUNS:
            m.sponsors = self._joint_sponsors(span.start, root.i)
        for prep in root.rights:  # "an article in Politico", "a count by The Associated Press"
            if prep.dep_ == "prep" and prep.lower_ in ("in", "by", "from", "of"):
                for obj in prep.children:
                    om = self.covered.get(obj.i)
                    if obj.dep_ == "pobj" and om is not None and om.type == "outlet":
                        m.outlet_mod = m.outlet_mod or om
        if root.lower_ in lx.MALE_NOUNS:
            m.gender = "m"
        elif root.lower_ in lx.FEMALE_NOUNS:
            m.gender = "f"
        return m

    def _joint_sponsors(self, start: int, head: int) -> tuple[Mention, ...]:
        """The outlets among the sponsors written before a poll's noun (tokens ``start`` to
        ``head``) when there is more than one sponsor: names joined by a slash, a dash or
        "and" outside any outlet's own name ("University of Texas/Texas Tribune", "Washington
        Post-ABC News", not "Pittsburgh Post-Gazette" nor "an all-new CNN"); else none."""
        doc = self.doc
        outlets: list[Mention] = []
        joined = False
        for i in range(start, head):
            om = self.covered.get(i)
            if om is not None and om.type == "outlet":
                if om not in outlets:
                    outlets.append(om)
                continue
            if (
                doc[i].text in lx.SPONSOR_JOINS
                and start < i < head - 1
                and doc[i - 1].pos_ == "PROPN"
                and doc[i + 1].pos_ == "PROPN"
            ):
                joined = True
        return tuple(outlets) if joined else ()

    def of_token(self, i: int) -> Mention | None:
        """The mention that covers token ``i``, or else the one headed there."""
        return self.covered.get(i) or self.by_head.get(i)

    def add_nominal(self, root: Token) -> Mention:
        return self.by_head.get(root.i) or self.add(self.nominal(root))

    def at(self, span: Span) -> Mention | None:
        """The mention a character span (an attribution's source or recipient) stands for,
        creating a nominal or pronoun mention when detection had none."""
        return mention_at(self, span)

    def ordered(self) -> list[Mention]:
        """Every mention and group in text order (a group right after its first conjunct)."""
        return sorted(
            [*self.by_head.values(), *self.groups.values()], key=lambda m: (m.start, m.end)
        )

    def coordinate(self) -> None:
        """Find the coordinations of mentions ("Ann Smith and Bob Jones", "the mayor and the
        governor"): one ``group`` mention each, a plural that a source span or a later "they"
        stands for. Called once the attributions' source mentions exist (``at`` adds some)."""
        inner: set[int] = set()  # conjuncts of a coordination found already
        for m in sorted(self.by_head.values(), key=lambda m: m.start):
            if m.type not in ("name", "nominal", "outlet", "pronoun") or m.head in inner:
                continue  # "Gowdy and Nunes" in "Goodlatte, Gowdy and Nunes" is no group
            tok = self.doc[m.head]
            conj = self._conjuncts(tok)
            if not conj:
                # "Emmanuel and myself have discussed", "my wife and I": the speaker and
                # another, a group (a third audit of unseen articles found the source the
                # other alone, Macron, for Trump's "Emmanuel and myself")
                me = next(
                    (c for c in tok.children if c.dep_ == "conj" and c.lower_ in _FIRST_ITEMS),
                    None,
                )
                if me is not None and any(c.lower_ == "and" for c in tok.children):
                    start, end = min(m.start, me.idx), max(m.end, me.idx + len(me.text))
                    self.groups[m.head] = self._group(m, start, end, (m,))
                continue
            if m.type == "pronoun" and not any(c.lower_ == "and" for c in tok.children):
                # "he and other officials" is a group (an audit of unseen ECB+ texts found it
                # the one man); "he or she" is one person
                continue
            last = self.by_head[conj[-1].i]
            if m.type == "nominal" and last.type == "nominal" and _roles_of_one(tok, conj):
                # "an Egyptian blogger and journalist": one person's two roles under one
                # article, no group (a ninth audit of unseen articles found it typed a group,
                # three attributions); the description runs over both, but not an apposition's,
                # whose first role stays the title ("Curt Smith, a conservative leader and close
                # friend of the governor": on the wider set of 320 texts the friend had joined
                # the title)
                if m.appos_of is None:
                    m.end = max(m.end, last.end)
                    m.text = self.text[m.start : m.end]
                inner.add(last.head)
                continue
            if roles_of_name(tok, conj, last.type == "name" and last.label == "PERSON"):
                self.named_roles[m.head] = last
                continue
            tail = conj[-1]  # a last conjunct the tagger left unnamed ("... and Nunes")
            while (nxt := next((c for c in tail.children if c.dep_ == "conj"), None)) is not None:
                tail = nxt
            # and the name a role in the last item comes to, which the parse hung on the role
            # ("John Bolton and Breitbart News National Security editor Dr. Sebastian Gorka")
            tail = next((a for a in tail.children if unset_appos(a)), tail)
            start = min(m.start, last.start)
            # "Neither Donald J. Trump nor his opponents showed": the correlative word before
            # the first conjunct belongs to the group's words (a thirteenth audit of unseen
            # articles found the source named "Donald J. Trump nor his opponents")
            pre = next((c for c in tok.children if c.i < tok.i and c.lower_ in _CORRELATIVES), None)
            if pre is not None:
                start = min(start, pre.idx)
            end = max(m.end, last.end, tail.idx + len(tail.text))
            self.groups[m.head] = self._group(
                m, start, end, (m, *(self.by_head[c.i] for c in conj))
            )
            inner.update(c.i for c in conj)

    def _group(self, m: Mention, start: int, end: int, members: tuple[Mention, ...]) -> Mention:
        """A group mention over ``start``-``end`` headed by the first conjunct ``m``, whose
        role it takes (the source span's mention)."""
        return Mention(
            start=start,
            end=end,
            head=m.head,
            type="group",
            text=self.text[start:end],
            sent=m.sent,
            subject=m.subject,
            lemma=m.lemma,
            number="p",
            role=m.role,
            members=members,
        )

    def _conjuncts(self, tok: Token) -> list[Token]:
        """The mentions coordinated with ``tok`` by a conjunction, in text order: every
        conjunct, also those the parse chains on one another ("Goodlatte, Gowdy and Nunes") or
        hangs on a name it made an apposition of a list's first name ("Mike Pompeo, Mark Esper
        and Mark Milley": "Esper" in apposition, "Milley" its conjunct); none without a "and" /
        "or"."""
        conj: list[Token] = []
        stack = [tok]
        placed_cc = False
        while stack:
            top = stack.pop()
            for g in self._placed_conjuncts(top):
                # "Sens. Johnny Isakson of Georgia and John Boozman of Arkansas": the parse
                # hangs the second senator on the first one's state (the thirty-first audit
                # of unseen articles found the source the first senator alone)
                conj.append(g)
                stack.append(g)
                placed_cc = True
            for c in top.children:
                if c.i not in self.by_head:
                    continue
                item = self.by_head[c.i]
                listed = c.dep_ == "appos" and (
                    (
                        item.type == "name"
                        and (
                            any(g.dep_ == "conj" and g.i in self.by_head for g in c.children)
                            or listed_appos(c)
                        )
                    )
                    # "campaign officials, the Russian government and WikiLeaks": a description
                    # the parse made an apposition, which its own list keeps from being one
                    or (
                        item.type == "nominal"
                        and item.appos_of is None
                        and any(g.dep_ == "conj" and g.i in self.by_head for g in c.children)
                    )
                )
                if listed and self._roles_of_person(tok, c):
                    continue
                if c.dep_ == "conj" and self._member_described(tok, c):
                    continue
                if c.dep_ == "conj" or listed:
                    conj.append(c)
                    stack.append(c)
        conj.sort(key=lambda c: c.i)
        has_cc = (
            placed_cc
            or any(c.dep_ == "cc" for c in tok.children)
            or any(g.dep_ == "cc" for c in conj for g in c.children)
        )
        return conj if has_cc else []

    def _placed_conjuncts(self, tok: Token) -> list[Token]:
        """People's names the parse made conjuncts of the place after a person's name ("Johnny
        Isakson of Georgia and John Boozman": "Boozman" a conjunct of "Georgia"), joined by "and"
        or "or" there. Only a person's name with "of" and a place tagged GPE, and conjuncts that
        are people's names, not places ("Ann Lee of Ohio and Texas")."""
        person = self.by_head.get(tok.i)
        if person is None or person.type != "name" or person.label != "PERSON":
            return []
        out = []
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for place in prep.children:
                if place.dep_ != "pobj" or place.ent_type_ != "GPE":
                    continue
                if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in place.children):
                    continue
                for g in place.children:
                    item = self.by_head.get(g.i)
                    if (
                        g.dep_ == "conj"
                        and item is not None
                        and item.type == "name"
                        and item.label == "PERSON"
                    ):
                        out.append(g)
        return out

    def _member_described(self, tok: Token, c: Token) -> bool:
        """Is the conjunct ``c`` of the person's name ``tok`` a party's or a people's member
        with "a" ("a Republican who headed ...") after a description set off in apposition to
        the name: one more description of the same person ("Steve Bell, senior director of
        economic policy at the Bipartisan Policy Center, and a Republican who headed the
        Senate Budget Committee staff", which a twelfth audit of unseen articles found a
        group)? Not without that apposition ("Ann Lee and a Republican said": two people)."""
        person = self.by_head.get(tok.i)
        item = self.by_head.get(c.i)
        if person is None or person.type != "name" or person.label != "PERSON":
            return False
        if item is None or item.type != "name" or item.label != "NORP" or item.number != "s":
            return False
        if not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
            return False
        return any(a.dep_ == "appos" and tok.i < a.i < c.i for a in tok.children)

    def _roles_of_person(self, tok: Token, c: Token) -> bool:
        """Is ``c``, in apposition to the person's name ``tok``, the first of that person's
        roles joined by "and" ("Stuart Stevens, a Republican operative and Mitt Romney's chief
        strategist", "Ann Lee, a lawyer and a former judge"), no list of others? Every
        conjunct a singular description headed by a human noun. Written for a sixth audit of
        unseen articles, where the strategist had been a group named by the whole phrase."""
        person = self.by_head.get(tok.i)
        if person is None or person.type != "name" or person.label != "PERSON":
            return False
        items = [c, *(g for g in c.children if g.dep_ == "conj")]
        for g in items:
            d = self.by_head.get(g.i)
            if d is None or d.type != "nominal" or d.number != "s":
                return False
            if not lx.person_role(d.lemma):
                return False
        return True


#: Quantifiers that head a plural noun phrase of their own ("Few in Israel said they ...",
#: "Many in the party", "Some of the senators").
_PLURAL_HEADS = frozenset(
    {"few", "many", "several", "some", "most", "both", "all", "others", "those", "these"}
)


#: A description by age alone ("the 30-year-old", "a 24-year-old"): a person, named so in news
#: once named otherwise (an audit of unseen articles, 2026-12-04, found "the 30-year-old" an
#: unknown source of its own, a quoted refugee named two sentences before).
_AGE_EPITHET = re.compile(r"^(?:the|a|an)\s+(\d+|[a-z]+(?:-[a-z]+)?)\s*-\s*years?\s*-\s*old$", re.I)


def age_epithet(text: str) -> int | str | None:
    """The age a description by age alone gives ("the 30-year-old": 30; "a
    twenty-year-old": "twenty"), else None; not "the 30-year-old law" (another head)."""
    found = _AGE_EPITHET.match(text.strip())
    if found is None:
        return None
    age = found.group(1)
    return int(age) if age.isdigit() else age.lower()


def _of_people(root: Token) -> bool:
    """Is ``root`` a collective noun that names people gathered ("a group of about 100
    people", "the group of people known to be under investigation", "a band of protesters"),
    not a body ("the group said", "a group of companies")? The noun's "of" takes a plural of a
    noun for people. Written for the audit of unseen articles (2026-12-04), where such a
    group had been an organization and "the group of people ..." had joined a committee."""
    if root.lower_ not in lx.GATHERING_NOUNS:
        return False
    for prep in root.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                lemma = obj.lemma_.lower()
                if lemma in ("people", "person") or (
                    obj.tag_ == "NNS" and (lemma in lx.HUMAN_NOUNS or obj.lower_ in lx.GROUP_NOUNS)
                ):
                    return True
    return False


def _partitive_noun(root: Token) -> str:
    """The lemma of the plural noun after "of" when ``root`` heads a partitive ("many of those
    questions", "45% of Republicans", "a third of independents"), or of a singular
    collective of people (the lexicon's PEOPLE_COLLECTIVES: "a small portion of the
    electorate", a twenty-second audit of unseen articles): "" otherwise."""
    if not (root.lower_ in lx.PARTITIVE_HEADS or root.lemma_.lower() in lx.PARTITIVE_HEADS):
        if not root.like_num:
            return ""
    if root.like_num:
        # a rate: "1 in 500 users of the browser", "one in five voters" (a twenty-fourth audit
        # of unseen articles had the first typed unknown)
        for prep in root.rights:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for obj in prep.children:
                    if (
                        obj.dep_ == "pobj"
                        and obj.tag_ in ("NNS", "NNPS")
                        and any(c.dep_ == "nummod" and c.like_num for c in obj.children)
                    ):
                        return obj.lemma_.lower()
    for prep in root.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (
                    obj.tag_ in ("NNS", "NNPS")
                    or (obj.tag_ == "NN" and obj.lower_ in lx.PEOPLE_COLLECTIVES)
                ):
                    return obj.lemma_.lower()
                if obj.dep_ == "pobj" and obj.lower_ == "those" and _who_clause(obj):
                    # "53% of those who rate a candidate high": people (a twenty-eighth audit
                    # of unseen articles had it typed unknown)
                    return "people"
                if obj.dep_ == "pobj" and obj.lower_ in ("them", "us"):
                    # "meetings with players, 'not one of them said'": the plural noun before
                    # in the sentence, when people's (a thirtieth audit of unseen articles had
                    # it typed unknown); not "The letters arrived. One of them shows"
                    return _people_before(root)
    return ""


def _people_before(t: Token) -> str:
    """ "people" when the last plural noun before ``t`` in its sentence names people
    ("players", "voters": `lexicon.person_role`), else ""."""
    for u in reversed(t.doc[t.sent.start : t.i]):
        if u.tag_ == "NNS":
            lemma = u.lemma_.lower()
            human = lx.person_role(lemma) or lemma in _PLAYERS or u.lower_ in lx.GROUP_NOUNS
            return "people" if human else ""
    return ""


#: People of a team or a crowd the lexicon's human nouns leave out (they are read by the
#: attribution stage as well): "meetings with players, 'not one of them said'".
_PLAYERS = frozenset({"player", "fan", "athlete", "teammate"})


def _who_clause(t: Token) -> bool:
    """Has ``t`` a relative clause on it whose subject is "who" ("those who rate ...")?"""
    return any(
        c.dep_ == "relcl" and any(d.dep_ == "nsubj" and d.lower_ == "who" for d in c.children)
        for c in t.children
    )


#: Words that open a clause set before its main clause ("When ..., Clinton seized upon it").
_SUBORDINATORS = frozenset(
    {"when", "while", "as", "after", "before", "although", "though", "because", "since"}
    | {"once", "if", "until", "whereas"}
)


def _fronted_clause(verb: Token) -> bool:
    """Is ``verb`` the verb of a clause set before its main clause: an adverbial clause with
    its conjunction ("If Smith wins, ..."), or, as the parser may have it, a root opened by a
    subordinating word with a clause of its own subject after it ("When Maddow pointed out
    that ..., Clinton seized upon the reference": "seized" a ccomp of "pointed")?"""
    if verb.dep_ == "advcl":
        return verb.i < verb.head.i and any(
            c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in _SUBORDINATORS)
            for c in verb.children
            if c.i < verb.i
        )
    if verb.dep_ != "ROOT":
        return False
    opener = verb.sent[0]
    if opener.lower_ not in _SUBORDINATORS or opener.head.i != verb.i:
        return False
    return any(
        c.dep_ in ("ccomp", "conj")
        and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        and any(p.i < c.i and p.text == "," and p.head.i in (c.i, verb.i) for p in verb.sent)
        for c in verb.children
        if c.i > verb.i
    )


#: Heads of a share or count of something ("20 percent of people", "a majority of voters",
#: "a third of them"), which agree with the plural after "of"; a number but one as well.
_SHARE_HEADS = frozenset(
    {"percent", "%", "majority", "minority", "plurality", "share", "half", "third", "quarter"}
    | {"proportion", "portion", "number", "handful"}
)


def _share_of_plural(root: Token) -> bool:
    """Does ``root`` head a share or count (:data:`_SHARE_HEADS`, or a number other than one)
    of a plural noun after "of" ("20 percent of people")?"""
    if root.lower_ not in _SHARE_HEADS and not (root.like_num and root.lower_ not in ("one", "1")):
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") for o in prep.children)
        for prep in root.rights
    )


def _portfolio(root: Token) -> tuple[str, ...]:
    """The words of the portfolio a title noun is for, capitalised and ending in a word of
    :data:`~.lexicon.PORTFOLIO_WORDS` ("president for International Economic Affairs":
    international, economic, affairs); () for any other "for" ("a spokesman for Google",
    "the candidate for governor")."""
    if root.lower_ not in lx.TITLE_WORDS and root.lemma_.lower() not in lx.PERSON_ROLE_NOUNS:
        return ()
    for p in root.rights:
        if p.dep_ != "prep" or p.lower_ != "for":
            continue
        for obj in p.children:
            if obj.dep_ == "pobj" and obj.text[:1].isupper() and obj.lower_ in lx.PORTFOLIO_WORDS:
                return tuple(t.lower_ for t in obj.subtree if t.is_alpha and not t.is_stop)
    return ()


def _conjunct_of(c: Token, noun: Token) -> bool:
    """Is ``c`` a conjunct of ``noun``, directly or down a chain of conjuncts ("Pompeo, Esper
    and O'Brien")? Not one of a list inside another apposition of it ("the three leaders —
    Macron, Merkel and May — all of whom": "all" is the leaders, not May)."""
    t = c
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
        if t.i == noun.i:
            return True
    return False


def _named(m: Mention | None) -> bool:
    """Is ``m`` a name's or an outlet's mention ("WikiLeaks" ending a list)?"""
    return m is not None and m.type in ("name", "outlet")


def _reports(t: Token) -> bool:
    """A clause on a noun that reports what it says ("critics saying that Apple was slow",
    "reports stating that ..."): the report is not part of the noun's description."""
    return t.dep_ == "acl" and (
        t.lemma_ in lx.SPEECH_LEMMAS or any(c.dep_ == "ccomp" for c in t.children)
    )


def _finite_acl(t: Token) -> bool:
    """A past-tense verb with an object that the parse hung on a noun as its clause is the
    sentence's own verb ("The operation Trump set up ahead of the election called the lawsuit
    frivolous": "called" is what the operation did, not part of "the election"); a participle
    ("the memo dated May 2", "people briefed on the talks") stays in the description."""
    return t.dep_ == "acl" and t.tag_ == "VBD" and any(c.dep_ == "dobj" for c in t.children)


def _dated(t: Token) -> bool:
    """A preposition whose object is a date or time ("Oscar organizers on Friday", "officials
    on Tuesday") says when, not who: no part of a description (a third audit of unseen
    articles found the source "Oscar organizers on Friday" apart from "Oscar organizers")."""
    return (
        t.dep_ == "prep"
        and t.lower_ in _WHEN_PREPOSITIONS
        and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in t.children)
    )


def _occasion(t: Token) -> bool:
    """A preposition whose object is the occasion of a saying ("staff in a briefing with
    reporters", "officials in a statement", "aides on a conference call") says where it was
    said, not who: no part of a description (a third audit of unseen articles found "top
    National Security Council staff in a briefing with those same reporters" a source's
    name)."""
    return (
        t.dep_ == "prep"
        and t.lower_ in ("in", "on", "during")
        and any(c.dep_ == "pobj" and c.lemma_.lower() in _OCCASIONS for c in t.children)
    )


#: Nouns for the occasions of a saying, written here: "in a briefing", "in an interview", "in a
#: statement", "on a conference call", "in a speech".
_OCCASIONS = frozenset(
    "briefing interview statement call conference speech tweet post release remarks".split()
)


#: Prepositions that date an event ("on Friday", "in March", "over the weekend"); not "of" ("the
#: class of 2014": which class), "from ... to" ("ambassador from 2007 to 2013": a tenure) or
#: "through" ("reports through Jan. 31": what they cover), which describe.
_WHEN_PREPOSITIONS = frozenset({"on", "in", "at", "during", "over"})


def _trim(span: SpacySpan) -> Span:
    """Character extent of a span without surrounding punctuation, quote marks or possessive."""
    # by index from both ends, a Token made only for the words looked at
    doc = span.doc
    start, end = span.start, span.end
    while end > start and ((t := doc[end - 1]).is_punct or t.text in ("'s", "’s", "'", "’")):
        end -= 1
    while end > start and doc[start].is_punct:
        start += 1
    if start == end:
        return (span.start_char, span.end_char)
    first, last = doc[start], doc[end - 1]
    # a list's dash or bullet the tokenizer left on the first word ("-David Rothschild
    # assesses ...": a third audit of unseen articles found the name "-David Rothschild")
    lead = len(first.text) - len(first.text.lstrip(BULLETS))
    if not first.text[lead : lead + 1].isalpha():
        lead = 0
    return (first.idx + lead, last.idx + len(last.text))


#: The first words of a correlative coordination ("neither ... nor", "either ... or", "both
#: ... and"), which a group's name keeps (`Mentions.coordinate`; written for a thirteenth audit
#: of unseen articles).
_CORRELATIVES = frozenset({"neither", "either", "both"})

_SET_OFF = {",", "(", "—", "–", "-", "--"}


#: Kin nouns among the role nouns: relations, not roles a copula gives (`_role_by_copula`).
_KIN = frozenset("son daughter father mother wife husband brother sister widow".split())


def _role_by_copula(head: Token) -> Token | None:
    """The person's name a role is given to by "be" ("Jane Smith is the party's treasurer",
    "Smith, who is the city's comptroller,"): the head of a PERSON-tagged subject, or of the
    name a "who" clause hangs on. Only a definite singular role noun ("the", a possessive),
    no kin ("Donald was the second son": a relation, which other people's "his father" and
    "the son" share), the verb "be" alone (no modal, no negation, no "become"), in no
    clause of condition ("if Clinton is the nominee") and no other subject; in the past, no
    office one holds at a time ("Bush, who was the president": the president now is another)
    and no role a time phrase ends (`_role_ended`). Outside quotation marks only (`coref`)."""
    verb = head.head
    if head.dep_ != "attr" or verb.lemma_ != "be" or verb.pos_ not in ("AUX", "VERB"):
        return None
    lemma = head.lemma_.lower()
    if head.tag_ != "NN" or lemma not in lx.PERSON_ROLE_NOUNS or lemma in _KIN:
        return None
    if verb.tag_ == "VBD" and (lemma in lx.SINGLE_OFFICES or _role_ended(verb, head)):
        return None
    if verb.dep_ == "advcl" or any(c.dep_ == "mark" for c in verb.children):
        return None
    if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in head.children):
        return None
    if any(c.dep_ in ("neg", "aux", "auxpass") for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return None
    subj = subjects[0]
    if subj.lower_ == "who" and verb.dep_ == "relcl":
        subj = verb.head
    if subj.ent_type_ != "PERSON" or subj.i > head.i:
        return None
    return subj


#: Adverbs that put a role told in the past behind its holder ("who was previously the
#: treasurer", "who was once the city's spokesman", "two years ago", "who was then the
#: mayor").
_ENDED_ADVERBS = frozenset("previously formerly once ago then".split())

#: Prepositions whose time ends a role told in the past ("until last year", "till 2015").
_ENDED_PREPS = frozenset("until till til".split())


def _role_ended(verb: Token, head: Token) -> bool:
    """Does a time phrase on the past "be" ``verb`` or on its role noun ``head`` end the role,
    a former one now ("Norman T. Roule, who until last year was the national intelligence
    manager for Iran"; "who was the treasurer until 2015", "from 2009 to 2013", "previously",
    "formerly", "once", "two years ago")? A role told in the past with no such phrase may be
    held still ("Smith, who was the party's treasurer, said"), and "former" in the role keeps
    it as the title, put in the past ("the party's former treasurer"), as in apposition."""
    return any(_ends_role(c) for c in (*verb.children, *head.children))


def role_ended_appos(head: Token) -> bool:
    """Does a time phrase on the role noun ``head`` of an apposition end the role ("Tom Hale,
    then the mayor,"; "Tom Hale, the mayor in 2010,"; "the party's treasurer until 2015")?
    An apposition has no tense: the phrase alone puts the role behind its holder, as "former"
    does; "the mayor since 2010" is held still."""
    return any(_ends_role(c) for c in head.children)


def _ends_role(c: Token) -> bool:
    """Is ``c``, a word on a role's verb or noun, a time phrase that ends the role: an adverb
    of :data:`_ENDED_ADVERBS`, "until 2015", "from 2009 to 2013", or "in" a year ("in
    2010", "in the 1990s")?"""
    if c.dep_ == "advmod" and c.lower_ in _ENDED_ADVERBS:
        return True
    if c.dep_ != "prep":
        return False
    if c.lower_ in _ENDED_PREPS:
        return True
    if c.lower_ == "from":
        # "from 2009 to 2013": a span of years or dates, its end given
        return any(
            t.lower_ in ("to", "until", "through") and t.dep_ == "prep" for t in c.subtree
        ) and any(t.like_num or t.ent_type_ == "DATE" for t in c.subtree)
    if c.lower_ == "in":
        # a year, not a place or a month ("who was the treasurer in Ohio" holds it still)
        return any(t.dep_ == "pobj" and _YEAR.fullmatch(t.text) is not None for t in c.children)
    return False


#: A year or a decade written in digits ("2010", "1990s", "'90s").
_YEAR = re.compile(r"(1[89]|20)\d\ds?|'?\d0s")


def _set_off_from(appos: Token) -> Token | None:
    """The word an apposition the parse made stands beside, at most a comma, dash or
    parenthesis between, when it lies in its noun's phrase ("the commander, Lt. Gen. Robert P.
    White"; "the director of the agency, Suh Hoon": "agency"; "Pompeo and O'Brien, the
    adviser": "O'Brien"); None for a misparse that hangs a phrase on a noun far back across
    its verb ("Israel's intention appears to be to force the organization, a United Nations
    agency, to ...": the agency is no apposition of the intention)."""
    noun = appos.head
    i = appos.left_edge.i - 1
    while i >= 0 and appos.doc[i].text in _SET_OFF and i > noun.i:
        i -= 1
    before = appos.doc[i]
    if (
        before.text == ":"
        and before.i == appos.left_edge.i - 1
        and headline_line(doc_text(appos.doc), before.idx) is not None
    ):
        # "Israeli Ambassador to US: Netanyahu's Iran Intel 'Presented a Smoking Bomb'", a
        # headline's two parts the parse made an apposition: on a headline a colon opens what
        # its speaker or subject says (a fourth audit of unseen NewsWCL50 articles found the
        # ambassador joined to "Iran Intel"); in the body it may set off a true apposition
        # ("the candidate most identified with free trade: Hillary Clinton")
        return None
    if _in_dateline(noun) and not _in_dateline(appos.left_edge):
        # "New York (AFP) – Oscar-winning actress Susan Sarandon ...": the dateline's place,
        # which the parse made the noun of the appositions, stands beside nothing of the
        # sentence (a fifth audit of unseen PolNeAR articles found the actress named "New
        # York", an organization); a noun right before the apposition, after the dateline,
        # is what it stands beside ("actress": Sarandon)
        if (
            before.i == appos.left_edge.i - 1
            and before.pos_ in ("NOUN", "PROPN")
            and not _in_dateline(before)
        ):
            return before
        return None
    if (
        before.text in _APOSTROPHES
        and before.i == appos.left_edge.i - 1
        and before.i > 0
        and not appos.doc[before.i - 1].whitespace_
        and appos.doc[before.i - 1].lower_.endswith("s")
    ):
        # "Sanders’ son": a possessive whose apostrophe the tagger read as a closing quotation
        # mark, the noun after it made an apposition; the son is not Sanders (a fourth audit
        # of unseen PolNeAR articles found Felicia Sanders titled "son")
        return None
    return before if before.i == noun.i or noun in before.ancestors else None


def _in_dateline(tok: Token) -> bool:
    """Does ``tok`` lie in the article's dateline ("NEW YORK (AFP) –"), as
    ``newsprov.analysis.dateline`` found it?"""
    doc = tok.doc
    dl = doc._.np_dateline if Doc.has_extension("np_dateline") else None
    span = getattr(dl, "span", None) if dl is not None else None
    if not span:
        return False
    return bool(span[0] <= tok.idx < span[1])


#: An apostrophe alone, which after a word ending in "s" makes it a possessive.
_APOSTROPHES = {"’", "'"}


#: Heads of an apposition that describe a body, not a person ("a group that ...", "a city of").
_BODY_NOUNS = lx.ORGANIZATION_NOUNS | lx.COMPANY_NOUNS


def _in_modifier(word: Token, noun: Token) -> bool:
    """Is ``word`` a proper noun inside a prepositional modifier of ``noun`` ("director *of
    GetEQUAL*", "the mayor *of Springfield*")?"""
    if word.pos_ != "PROPN" or word.i == noun.i:
        return False
    t = word
    while t.i != noun.i and t.head.i != t.i:
        if t.dep_ == "pobj":
            return True
        t = t.head
    return False

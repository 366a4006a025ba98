"""Mention detection: every name, outlet, pronoun and source-like nominal in a ``Doc``, with
the features coreference needs (head, sentence, subject role, gender, number, title)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsprov.analysis.doctext import doc_text
from newsprov.analysis.outlets import OutletMatch, registry
from newsprov.analysis.sources import lexicon as lx
from newsprov.analysis.sources.forms import (
    RELATIVE_WORDS,
    pronoun_head,
    quoted_titles,
    title_heading,
    unsplit,
)
from newsprov.analysis.sources.lists import (
    list_head,
    listed_appos,
    roles_of_name,
    split_list_end,
    unset_appos,
)
from newsprov.analysis.sources.names import (
    ORG_WORDS,
    common_noun,
    compass_short,
    demonym,
    first_and_last,
    headline_cut,
    headline_line,
    listed_people,
    name_words,
    person_at_end,
    person_name,
    relative_word,
    shown_person,
    titled_name,
)
from newsprov.record import Span

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
#: The label of a programme's title in quotation marks (told MSNBC's "Morning Joe"): a name of
#: kind outlet, never a person's.
SHOW = "SHOW"
#: The label of a name ending in a word for documents ("the Comey Memos"), whatever the tagger
#: made of it: a document's name, never a person's.
DOC = "DOC"
_NOMINAL_HEADS = (
    lx.PERSON_ROLE_NOUNS
    | lx.OUTLET_NOUNS
    | lx.ANONYMOUS_NOUNS
    | lx.DOCUMENT_NOUNS
    | lx.GROUP_NOUNS
    | lx.ORGANIZATION_NOUNS
    | lx.REPORTING_NOUNS
    | lx.PEOPLE_NOUNS
    | lx.COLLECTIVE_PEOPLE
)
_RIGHT_DEPS = {"prep", "amod", "pobj", "nummod", "compound", "acl"}
_BREAKS = {",", "(", ")", "—", "–", ";", ":", '"', "“", "”"}
_SPEECH_LEMMAS = {"say", "report", "tell", "announce", "write"}


@dataclass
class Mention:
    """One mention: ``type`` is ``outlet``, ``name``, ``pronoun``, ``first`` (I, we),
    ``relative`` (who, which), ``nominal`` or ``group`` (a coordination); ``label`` the NER
    label of a name."""

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
    former: bool = False  # a title put in the past ("Former President Tom Hale")
    key_mods: tuple[str, ...] = ()  # the mods that must agree with an antecedent (see nominal)
    indefinite: bool = False
    name_tokens: tuple[str, ...] = ()  # a person's name without honorific, title, possessive
    title: str | None = None
    outlet_mod: Mention | None = None  # "the NYT article": the outlet that modifies the head
    appos_of: int | None = None  # head token of the mention this one is in apposition to
    antecedent: int | None = None  # a relative pronoun's noun (head token)
    role: set[str] = field(default_factory=set)  # "source", "recipient", "speaker" (top level)
    reports: list[Span] = field(default_factory=list)  # as a source: its attributions' contents
    members: tuple[Mention, ...] = ()  # a group's conjuncts
    entity: int = -1

    @property
    def span(self) -> Span:
        return (self.start, self.end)


#: The string ids of the lower-case forms ``_pronouns`` looks at.
_PRONOUN_IDS = frozenset(get_string_id(w) for w in (*lx.PRONOUNS, "who", "which"))


class Mentions:
    """All mentions of one ``Doc``, indexed by head token."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.ents = list(doc.ents)
        self.ent_at = {i: e for e in self.ents for i in range(e.start, e.end)}
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
        self._outlets(registry().scan(self.text))
        self._shows()
        self._names()
        self._demonyms()
        self._nominals()
        self._pronouns()

    # -- detection ---------------------------------------------------------------------
    def _add(self, m: Mention, tokens: range | None = None) -> Mention:
        self.by_head[m.head] = m
        for i in tokens or ():
            self.covered[i] = m
        return m

    def _outlets(self, matches: list[OutletMatch]) -> None:
        doc = self.doc
        surnames = {
            e[-1].lower_
            for e in self.ents
            if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_alpha
        }
        for om in matches:
            span = doc.char_span(om.start, om.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if any(
                span.start in r and span.end - 1 in r and len(span) < len(r) for r in self.shows
            ):
                continue  # "The Nation" in "Face the Nation": the programme
            if any(
                e.label_ == "PERSON"
                and e.start <= span.start
                and span.end <= e.end
                and len(e) > len(span)
                for e in _ents_over(self.ent_at, span)
            ):
                continue  # "Michael Bloomberg", not Bloomberg News
            if om.weak and not om.short and not _org_tagged(self.ent_at, span):
                continue  # "Time is short", "Fox" the surname: needs the parser's ORG
            if om.weak and len(span) == 1 and span[0].lower_ in surnames:
                continue  # "Fox said" after "Vicente Fox": the person, even when tagged ORG
            head = span[-1]
            if head.text in ("'s", "’s") and len(span) > 1:
                head = span[-2]
            self._add(
                self._mention(
                    span, head, "outlet", outlets=om.outlets, short=om.short, weak=om.weak
                ),
                range(span.start, span.end),
            )

    def _shows(self) -> None:
        """A name of label :data:`SHOW` for each programme's title in quotation marks that is
        not a registry outlet's name as a whole."""
        for r in self.shows:
            if any(i in self.covered for i in r):
                continue
            span = self.doc[r.start : r.stop]
            self._add(self._mention(span, span.root, "name", label=SHOW), r)

    def _names(self) -> None:
        # names the text shows to be people's: tagged PERSON, or by a title, an age, an
        # apposition or a "who" clause ("Nadia Quell, a nurse," tagged ORG)
        # one-word names as a person's is written (singular, no "the": not "the Panthers"),
        # whose words make "Carly Fiorina" (tagged ORG) a person's name
        alone = {
            e[0].text
            for e in self.ents
            if len(e) == 1
            and e.label_ in NAME_LABELS
            and e[0].tag_ == "NNP"
            and not (e.start > 0 and self.doc[e.start - 1].lower_ == "the")
        }
        people = [
            e
            for e in self.ents
            if e.label_ in NAME_LABELS and (shown_person(e) or first_and_last(e, alone))
        ]
        surnames = {e[-1].lower_ for e in people if e[-1].is_alpha}
        self.person_words = surnames
        # the last words of a person's name: "Quell", "Strauss-Kahn", "Van Rompuy", and the
        # whole name ("Rubilio Mendez" tagged ORG further on)
        tails = {
            words[i:]
            for e in people
            if e.label_ != "NORP"
            for words in [name_words(e)]
            for i in range(len(words))
        }
        ents: list[SpacySpan] = []
        for ent in self.ents:
            # "Locke and Salazar" tagged one ORG, each a person's surname in the article: two
            # people, whom the coordination makes one group source
            ents.extend(listed_people(ent, tails) or [ent])
        # "North Korea", "South Sudan": a country named by a point of the compass, which "the
        # North", "the South" name again (the tagger makes those LOC or ORG)
        compass = {
            e[0].lower_
            for e in self.ents
            if e.label_ == "GPE" and len(e) > 1 and e[0].lower_ in lx.COMPASS_WORDS
        }
        for ent in ents:
            if any(t.i in self.covered for t in ent):
                continue
            if demonym(ent):
                # "Britons", "Scots", "the Israelis": a people, a plural whatever the tag
                m = self._mention(ent, ent.root, "name", label="NORP")
                m.number = "p"
                self._add(m, range(ent.start, ent.end))
                continue
            if compass_short(ent, compass):  # "the North" after "North Korea"
                m = self._mention(ent, ent.root, "name", label="GPE")
                self._add(m, range(ent.start, ent.end))
                continue
            if ent.label_ not in NAME_LABELS:
                continue
            person = person_at_end(ent)
            if person is not None:  # "the Air Force for Acquisition Marvin Sambur" (ORG)
                ent = person
            root = ent.root
            label = "PERSON" if person is not None else ent.label_
            if common_noun(ent):
                continue  # "Demonstrators said": a description, tagged ORG at a sentence start
            if label != "PERSON" and (
                (
                    len([t for t in ent if t.text not in ("'s", "’s")]) == 1
                    and root.lower_ in surnames
                )
                or (
                    label != "NORP"
                    and name_words(ent) in tails
                    and not any(t.lower_ in ORG_WORDS for t in ent)
                )
                or shown_person(ent)
                or first_and_last(ent, alone)
            ):
                # "Kasich" tagged ORG next to "John Kasich"; "Quell" after "Nadia Quell, a
                # nurse"; "Van Rompuy" after "Herman Van Rompuy"; "Spokeswoman X"; "Sheriff
                # Jones", "Rubilio Mendez, 34, a farmer", "Torres, who lives in Dallas"
                label = "PERSON"
            if label in ("PERSON", "ORG") and (cut := headline_cut(ent, self.text)) is not None:
                # a name on a headline that ran into the headline's words ("Comey Memos Show",
                # "Esther Williams Dead"): the name alone, a person's when the tag says so or the
                # article names a person so ("Trump Signals Openness", tagged ORG)
                if label == "PERSON" or name_words(cut) in tails:
                    ent, label, root = cut, "PERSON", cut.root
            if (
                label == "PERSON"
                and len(ent) > 1
                and ent[-1].text[:1].isupper()
                and ent[-1].lower_ in lx.DOCUMENT_NAME_ENDS
            ):
                # "James Comey Memos", "Comey Memos" (tagged PERSON): a document's name, whose
                # last word no person bears; no person's name to join "James Comey" by
                label = DOC
            if label == "NORP" and (root.pos_ not in ("PROPN", "NOUN") or root.dep_ == "amod"):
                continue  # "American troops": an adjective, not a mention
            m = self._mention(ent, root, "name", label=label)
            if label == "PERSON":
                m.name_tokens, m.title, m.gender = person_name(ent, self.text)
                m.former = m.title is not None and _former(ent)
            elif label == "NORP":
                m.number = "p" if root.tag_ in ("NNS", "NNPS") else "s"
            self._add(m, range(ent.start, ent.end))

    def _demonyms(self) -> None:
        """Plural demonyms the tagger left untagged ("Scots said"): names of a people."""
        for t in self.doc:
            if (
                t.lower_ in lx.DEMONYMS
                and t.text[:1].isupper()
                and t.tag_ in ("NNS", "NNPS", "NNP")
                and t.i not in self.covered
                and t.i not in self.by_head
            ):
                m = self._mention(self.doc[t.i : t.i + 1], t, "name", label="NORP")
                m.number = "p"
                self._add(m, range(t.i, t.i + 1))

    def _nominals(self) -> None:
        for chunk in self.doc.noun_chunks:
            root = chunk.root
            if root.i in self.covered or root.i in self.by_head:
                continue
            if root.pos_ != "NOUN" and not (
                root.pos_ == "PROPN" and root.lower_ in lx.PERSON_ROLE_NOUNS  # "Apple CEO"
            ):
                continue
            lemma = root.lemma_.lower()
            if lemma not in _NOMINAL_HEADS and root.lower_ not in _NOMINAL_HEADS:
                continue
            self._add(self.nominal(root))

    def _pronouns(self) -> None:
        doc = self.doc
        # only the tokens whose lower-case form is a pronoun's, read as string ids without
        # making a Token of every word
        for i, key in enumerate(doc.to_array(LOWER).tolist()):
            if key not in _PRONOUN_IDS:
                continue
            t = doc[i]
            low = t.lower_
            if low in ("who", "which") and t.head.dep_ == "relcl" and t.i not in self.by_head:
                m = self._mention(t.doc[t.i : t.i + 1], t, "relative")
                m.antecedent = t.head.head.i  # "the company, which said": the company
                self._add(m)
                ante = t.head.head
                if low == "who" and pronoun_head(ante) and ante.i not in self.covered:
                    self.add_nominal(ante)  # "some who saw", "anybody who complains"
                continue
            if low in lx.PRONOUNS and t.tag_ in ("PRP", "PRP$") and t.i not in self.by_head:
                if low in ("it", "its", "itself") and not _referring_it(t):
                    continue
                m = self._mention(t.doc[t.i : t.i + 1], t, "pronoun")
                m.gender, m.number = lx.PRONOUNS[low]
                self._add(m)

    # -- building ------------------------------------------------------------------------
    def _mention(self, span: SpacySpan, head: Token, type_: str, **kw: object) -> Mention:
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
        first = span[0].lower_
        m.demonstrative = first in lx.DEFINITE
        m.definite = first in lx.DEFINITE or any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in lx.DEFINITE) for c in head.children
        )
        m.indefinite = first in lx.INDEFINITE or any(
            c.dep_ in ("nummod", "det") and c.lower_ in lx.INDEFINITE for c in head.children
        )
        if (
            head.dep_ == "appos"
            and (before := _set_off_from(head)) is not None
            and not any(
                c.dep_ == "conj"
                and any(d.dep_ in ("det", "poss") for d in c.children)
                and not {head.lemma_.lower(), c.lemma_.lower()} <= lx.PERSON_ROLE_NOUNS
                for c in head.children
            )
        ):
            # "Mike Pompeo and Robert C. O'Brien, the national security adviser": the parser
            # may hang the apposition on the first conjunct; the nearest one is meant. Not an
            # item of a list ("thanked Macron, the French military and the people"); two roles
            # are one person's ("Pompeo, the secretary of state and a former congressman")
            target = head.head
            conj = [c for c in target.subtree if c.dep_ == "conj" and target.i < c.i < head.i]
            m.appos_of = (conj[-1] if conj else target).i
            if head.lemma_.lower() in _BODY_NOUNS and _in_modifier(before, target):
                # "Heather Cronk, co-director of GetEQUAL, a group that ...": a body apposed
                # after a name in the noun's modifier is that name's, not the person's
                body = self.covered.get(before.i)
                m.appos_of = body.head if body is not None else before.i
        elif type_ == "nominal" and (named := titled_name(head)) is not None:
            m.appos_of = named.i  # "Secretary of the Air Force James Roche": Roche's title
        return m

    def nominal(self, root: Token) -> Mention:
        """A nominal mention headed by ``root``: determiners and modifiers on the left, prepositional
        and adjectival modifiers on the right ("the top commander in Iraq"), no appositions."""
        left = root.left_edge.i
        for t in root.lefts:
            if t.dep_ in ("cc", "appos", "mark") or t.text in _BREAKS:
                left = t.i + 1
        right = root.i
        for c in root.rights:
            if (
                c.dep_ in _RIGHT_DEPS
                and c.i == right + 1
                and not _reports(c)
                and not _finite_acl(c)
            ):
                right = c.right_edge.i
            else:
                break
        # "Those who backed the plan", "some who saw the comment": a pronoun's description is
        # its relative clause (a short one: a longer one leaves the pronoun alone), and only
        # the same clause's words make two such mentions one
        rel = next((c for c in root.rights if c.dep_ == "relcl"), None)
        if not pronoun_head(root) or rel is None or rel.left_edge.i != right + 1:
            rel = None
        elif rel.right_edge.i - right <= RELATIVE_WORDS:
            right = rel.right_edge.i
        span = self.doc[left : right + 1]
        m = self._mention(span, root, "nominal")
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
        if pronoun_head(root):
            # "those identifying with the tea party" is no definite description of the "those
            # who named a candidate" before it: such a phrase joins one written the same only
            m.definite = False
        for t in span:
            om = self.covered.get(t.i)
            if om is not None and om.type == "outlet" and t.i < root.i:
                m.outlet_mod = om
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

    def add_nominal(self, root: Token) -> Mention:
        return self.by_head.get(root.i) or self._add(self.nominal(root))

    def at(self, span: Span) -> Mention | None:
        """The mention a character span (an attribution's source or recipient) stands for,
        creating a nominal or pronoun mention when detection had none."""
        sp = self.doc.char_span(span[0], span[1], alignment_mode="expand")
        if sp is None or len(sp) == 0:
            return None
        sp, split = unsplit(sp, self.covered)
        if split is not None:  # "told co-host Joe Scarborough", "told the show's co-host"
            person = self._final_person(sp)
            if person is not None:
                return person
            known = self.by_head.get(split.i)
            if known is not None and known.type != "nominal":
                return known
            # the whole phrase, in place of a nominal detection made of the last piece alone
            return self._add(self._mention(sp, split, "nominal"))
        root = sp.root
        if root.dep_ == "punct":  # "Capt. John Hale": a title the parse took for punctuation
            root = next(
                (t for t in sp if t.dep_ != "punct" and t.head.i not in range(sp.start, sp.end)),
                root,
            )
        show = self._show(sp)
        if show is not None:  # told MSNBC's "Morning Joe": a programme, not a person
            return show
        person = self._final_person(sp)
        if person is not None:  # "Tennis great Billie Jean King", "Pres. Obama (D)"
            return person
        person = self._headline_person(sp)
        if person is not None:  # "Esther Williams Dead: Technicolor Star Dies At Age 91"
            return person
        if root.lower_ in ("who", "that", "which") and root.head.dep_ == "relcl":
            noun = root.head.head  # "Smith, who said ...": the relative clause's antecedent
            if noun.i in self.by_head or noun.i in self.covered:
                return self.by_head.get(noun.i) or self.covered[noun.i]
            if noun.pos_ in ("NOUN", "PROPN") or (pronoun_head(noun) and root.lower_ != "which"):
                return self.add_nominal(noun)  # "critics, who say"; "some who saw"
        if root.i in self.by_head:
            return self._whole_list(self.by_head[root.i], sp)
        if root.i in self.covered:
            return self.covered[root.i]
        if root.lower_ in lx.REPORTING_NOUNS:  # "the NYT article": the outlet's reporting
            for t in sp:
                if t.i in self.covered and self.covered[t.i].type == "outlet":
                    return self.add_nominal(root)
        low = root.lower_
        if low in ("'s", "’s") and root.i > 0 and root.nbor(-1).lower_ == "let":
            low = "us"  # "let's pause": the first person plural
        if low in lx.FIRST_PERSON or low in lx.PRONOUNS:
            m = self._mention(
                self.doc[root.i : root.i + 1],
                root,
                "first" if low in lx.FIRST_PERSON else "pronoun",
            )
            if low in lx.PRONOUNS:
                m.gender, m.number = lx.PRONOUNS[low]
            elif low in ("we", "us", "our", "ourselves"):
                m.number = "p"
            return self._add(m)
        words = [t for t in sp if not t.is_punct]
        poss = [i for i, t in enumerate(words) if t.text in ("'s", "’s")]
        if poss:  # "Media Research Center's Bozell": the name after the possessive
            words = words[poss[-1] + 1 :]
        described = self._described_name(sp)
        if described is not None:
            words = described
        if 0 < len(words) <= 4 and all(self._name_like(t) for t in words):
            # an untagged proper name as a speaker ("Gorka said"): a person's name
            names = self.doc[words[0].i : words[-1].i + 1]
            m = self._mention(names, words[-1], "name", label="PERSON")
            m.name_tokens, m.title, m.gender = person_name(names, self.text)
            return self._add(m, range(names.start, names.end))
        if root.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "PRON", "DET"):
            return self._whole_list(self._add(self.nominal(root)), sp)
        chunk = next((c for c in sp.noun_chunks), None)
        if chunk is not None and root.pos_ in ("VERB", "AUX", "ADP"):
            return self.add_nominal(chunk.root)  # a mis-parsed span: its first noun phrase
        return self._add(self._mention(sp, root, "nominal"))

    def _whole_list(self, m: Mention, sp: SpacySpan) -> Mention:
        """A description whose list the parse split at its comma into a second subject
        ("Most Republican voters in Alabama, Georgia and Virginia said"), when the source span
        holds both pieces, takes in the rest of the list (:func:`.lists.split_list_end`)."""
        if m.type != "nominal":
            return m
        end = split_list_end(self.doc[m.head], sp)
        if end is not None:
            m.end = self.doc[end].idx + len(self.doc[end].text)
            m.text = self.text[m.start : m.end]
        return m

    def _show(self, sp: SpacySpan) -> Mention | None:
        """The programme's title in quotation marks a source or recipient span is headed by
        (:func:`~.forms.title_heading`), whose name mention has label :data:`SHOW`."""
        r = title_heading(sp, self.shows)
        found = self.covered.get(r.start) if r is not None else None
        return found if found is not None and found.label == SHOW else None

    def _described_name(self, sp: SpacySpan) -> list[Token] | None:
        """The words of an untagged proper name heading a source span that goes on with a
        comma and a description of it ("Torres, who lives in Dallas", "Vega, a nurse"):
        the span's root and the proper nouns compounded on its left."""
        root = sp.root
        if root.pos_ != "PROPN" or root.i + 1 >= sp.end or sp[0].i > root.i:
            return None
        if self.doc[root.i + 1].text != ",":
            return None
        if any(c.dep_ == "relcl" and relative_word(c) in ("which", "that") for c in root.children):
            return None  # "Acme, which said": a thing
        left = root.i
        while left - 1 >= sp.start and self.doc[left - 1].dep_ == "compound":
            left -= 1
        return list(self.doc[left : root.i + 1])

    def _name_like(self, t: Token) -> bool:
        """A word of a proper name the tagger may have missed ("Sanders" tagged NOUN)."""
        if t.lower_ in _NOMINAL_HEADS or t.lower_ in lx.PRONOUNS or t.lower_ in lx.FIRST_PERSON:
            return False
        if t.pos_ == "PRON":
            return False  # '"You can't call it arson yet," he said': nobody's name
        if t.pos_ == "PROPN":
            return True
        return t.text[:1].isupper() and (t.lower_ in self.person_words or not t.is_sent_start)

    def _headline_person(self, sp: SpacySpan) -> Mention | None:
        """The person named at the start of a span on a headline, where the span runs on into
        the headline's words ("Esther Williams Dead: ...", whose source span took in "Dead"):
        the name, not a source named after the fragment."""
        if headline_line(self.text, sp.start_char) is None:
            return None
        m = self.covered.get(sp[0].i)
        if m is None or m.type != "name" or m.label != "PERSON" or m.end >= sp.end_char:
            return None
        return m

    def _final_person(self, sp: SpacySpan) -> Mention | None:
        """The person named at the end of a span, past a closing parenthesis or punctuation."""
        toks = list(sp)
        if toks and toks[-1].text == ")" and "(" in [t.text for t in toks]:
            toks = toks[: max(i for i, t in enumerate(toks) if t.text == "(")]
        while toks and (toks[-1].is_punct or toks[-1].is_space):
            toks.pop()
        if not toks:
            return None
        m = self.covered.get(toks[-1].i)
        if m is None or m.type != "name" or m.label != "PERSON":
            return None
        if self.doc[m.head].dep_ == "conj":
            return None  # "Clinton and Sanders"
        t = self.doc[m.head]
        while t.i != sp.root.i and sp.start <= t.head.i < sp.end and t.head.i != t.i:
            if t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent"):
                return None  # "Elizabeth Lauten, the communications director for Rep. Fincher"
            if t.dep_ in ("relcl", "acl"):
                return None  # "Torres, who is protected by a program created by Obama,"
            if listed_appos(t) or (t.dep_ == "conj" and list_head(t.head)):
                # "Mayor Ann Lee and co-chair Bob Hart", "Ann Smith and her husband Bob": a
                # name in a list's later item is not the span's one person (but "Real estate
                # mogul and reality television star Donald Trump" is his roles)
                return None
            t = t.head
        return m

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
            if m.type not in ("name", "nominal", "outlet") or m.head in inner:
                continue  # "Gowdy and Nunes" in "Goodlatte, Gowdy and Nunes" is no group
            tok = self.doc[m.head]
            conj = self._conjuncts(tok)
            if not conj:
                continue
            last = self.by_head[conj[-1].i]
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
            end = max(m.end, last.end, tail.idx + len(tail.text))
            self.groups[m.head] = Mention(
                start=start,
                end=end,
                head=m.head,
                type="group",
                text=self.text[start:end],
                sent=m.sent,
                subject=m.subject,
                lemma=m.lemma,
                number="p",
                role=m.role,  # the first conjunct's: the source span's mention
                members=(m, *(self.by_head[c.i] for c in conj)),
            )
            inner.update(c.i for c in conj)

    def _conjuncts(self, tok: Token) -> list[Token]:
        """The mentions coordinated with ``tok`` by a conjunction, in text order: every
        conjunct, also those the parse chains on one another ("Goodlatte, Gowdy and Nunes") or
        hangs on a name it made an apposition of a list's first name ("Mike Pompeo, Mark Esper
        and Mark Milley": "Esper" in apposition, "Milley" its conjunct); none without a "and" /
        "or"."""
        conj: list[Token] = []
        stack = [tok]
        while stack:
            for c in stack.pop().children:
                if c.i not in self.by_head:
                    continue
                listed = (
                    c.dep_ == "appos"
                    and self.by_head[c.i].type == "name"
                    and (
                        any(g.dep_ == "conj" and g.i in self.by_head for g in c.children)
                        or listed_appos(c)
                    )
                )
                if c.dep_ == "conj" or listed:
                    conj.append(c)
                    stack.append(c)
        conj.sort(key=lambda c: c.i)
        has_cc = any(c.dep_ == "cc" for c in tok.children) or any(
            g.dep_ == "cc" for c in conj for g in c.children
        )
        return conj if has_cc else []


#: Quantifiers that head a plural noun phrase of their own ("Few in Israel said they ...",
#: "Many in the party", "Some of the senators").
_PLURAL_HEADS = frozenset(
    {"few", "many", "several", "some", "most", "both", "all", "others", "those", "these"}
)


def _former(ent: SpacySpan) -> bool:
    """Does a word before the name's title put it in the past ("Former President Tom Hale",
    "ex-Gov. Ann Lee"), which the title leaves out?"""
    subtree = {t.i for t in ent.root.subtree}
    for t in [*ent, *(ent.doc[i] for i in range(max(0, ent.start - 6), ent.start))]:
        if t.i in subtree or t.i >= ent.start:
            if not lx.PAST_ROLE.isdisjoint(t.lower_.split("-")):
                return True
    return False


def _reports(t: Token) -> bool:
    """A clause on a noun that reports what it says ("critics saying that Apple was slow",
    "reports stating that ..."): the report is not part of the noun's description."""
    return t.dep_ == "acl" and (
        t.lemma_ in _SPEECH_LEMMAS or any(c.dep_ == "ccomp" for c in t.children)
    )


def _finite_acl(t: Token) -> bool:
    """A past-tense verb with an object that the parse hung on a noun as its clause is the
    sentence's own verb ("The operation Trump set up ahead of the election called the lawsuit
    frivolous": "called" is what the operation did, not part of "the election"); a participle
    ("the memo dated May 2", "people briefed on the talks") stays in the description."""
    return t.dep_ == "acl" and t.tag_ == "VBD" and any(c.dep_ == "dobj" for c in t.children)


def _ents_over(ent_at: dict[int, SpacySpan], span: SpacySpan) -> list[SpacySpan]:
    found = {ent_at[i].start: ent_at[i] for i in range(span.start, span.end) if i in ent_at}
    return list(found.values())


def _org_tagged(ent_at: dict[int, SpacySpan], span: SpacySpan) -> bool:
    return any(
        e.label_ in ("ORG", "WORK_OF_ART", "GPE") and e.start <= span.end - 1 < e.end
        for e in _ents_over(ent_at, span)
    )


def _referring_it(t: Token) -> bool:
    """False for pleonastic "it" ("it appears", "it is not clear")."""
    if t.lower_ != "it" or t.dep_ not in ("nsubj", "nsubjpass"):
        return True
    verb = t.head
    if verb.lemma_ in _SPEECH_LEMMAS:
        return True  # "it said that"
    return not any(c.dep_ in ("ccomp", "xcomp", "acomp", "attr") for c in verb.children)


def _trim(span: SpacySpan) -> Span:
    """Character extent of a span without surrounding punctuation, quote marks or possessive."""
    toks = [t for t in span]
    while toks and (toks[-1].is_punct or toks[-1].text in ("'s", "’s", "'", "’")):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    if not toks:
        return (span.start_char, span.end_char)
    return (toks[0].idx, toks[-1].idx + len(toks[-1].text))


_SET_OFF = {",", "(", "—", "–", "-", "--"}


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
    return before if before.i == noun.i or noun in before.ancestors else None


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

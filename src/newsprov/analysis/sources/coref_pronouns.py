"""Coreference of pronouns (:mod:`.coref`): a he, she, it or they joined to the entity in
reach it agrees with (recency and salience, gender and number), not to the speaker of the
direct quotation that holds it, nor to the people its own report or clause names, nor to an
unnamed person a later sentence's he or she cannot reach.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from newsprov.analysis.sources.agreement import (
    PERSON_NOUNS,
    animate,
    appos_compatible,
    clause_nominals,
    generic_they,
    is_reply,
    names_compatible,
    opening_phrase,
    pronoun_agrees,
    salience,
)
from newsprov.analysis.sources.coref_entities import (
    _ONE_UNNAMED,
    NOMINAL_WINDOW,
    PRONOUN_WINDOW,
    Entity,
    ResolverBase,
)
from newsprov.analysis.sources.mentions import Mention


class PronounRules(ResolverBase):
    """The rules for pronouns (a mixin of :class:`~.coref.Resolver`)."""

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

    def _pronoun(self, m: Mention) -> Entity | None:
        doc = self.mentions.doc
        tok = doc[m.head]
        if generic_they(tok):
            return None  # "You know what they say": nobody in particular
        ahead = self._cataphor(m, tok)
        if ahead is not None:
            return ahead
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

    def _cataphor(self, m: Mention, tok: Token) -> Entity | None:
        """A "he" or "she" inside a clause or phrase that opens its sentence before the main
        clause's subject, a person's name: that person ("After struggling to persuade voters
        that he understands the pain ..., Emanuel said": he is Emanuel; the thirty-first audit
        of unseen articles found him given to the last man named before, and the next
        sentence's "He" with him). Not when a person is named in the opening before the
        pronoun, nor outside the narrative (inside a quotation), nor a subject of another
        gender."""
        if m.gender not in ("m", "f") or self.in_quote(m.start):
            return None
        opening = tok
        while opening.head.i != opening.i and opening.dep_ not in ("advcl", "prep"):
            opening = opening.head
        verb = opening.head
        if opening.i == verb.i or opening.i > verb.i or opening.i != opening.left_edge.i:
            return None
        if opening.left_edge.i != tok.sent.start:
            return None  # the clause opens the sentence
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.i < opening.right_edge.i:
            return None
        name = self.mentions.by_head.get(subj.i) or self.mentions.covered.get(subj.i)
        if name is None or name.type != "name" or name.label != "PERSON":
            return None
        for i in range(opening.left_edge.i, tok.i):
            other = self.mentions.covered.get(i)
            if other is not None and other.type == "name" and other.label == "PERSON":
                return None  # "After Obama told him ...": the pronoun may be anyone's
        e = self._ahead(name, self._resolve)
        if e is None or e.gender != m.gender or "PERSON" not in e.labels:
            return None
        return e

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

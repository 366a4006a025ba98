"""The source token of a verb cue (:func:`source_of`): the subject (or agent), inherited through
conjuncts, adverbial clauses, infinitives and prepositions, from an object-control verb's
object, from the clause for a set-off gerund, and, for a verb the parse left without a subject,
an inverted name, the name opening the sentence, an apposition in an opening phrase, the noun
phrase right before the verb or before an aside that ends there, or a noun the parse made the
root.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsprov.analysis.attribution.grammar import (
    CUE_TIMES,
    FINITE_TAGS,
    SET_OFF,
    conjoined_to_cue,
    contracted_has,
    inverted_clause,
    main_verb_after,
    nearest_subject,
    on_channel_noun,
    prep_object,
    quoting_head,
    someone,
    time_phrase,
)
from newsprov.analysis.attribution.spans import (
    QuoteIndex,
    after_comma,
    subtree_ids,
)
from newsprov.analysis.doctext import doc_text


def _complement_after(head: Token, clause: Token) -> bool:
    """``head``'s clause opens with a complementizer that comes after ``clause``."""
    return any(
        c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") and clause.i < c.i < head.i
        for c in head.children
    )


def source_of(v: Token, passive: bool, qx: QuoteIndex | None = None) -> Token | None:
    """The mention the relation uses as its source: the subject (or agent), inherited from the
    governing verb for conjoined and participial verbs ("..., adding that"; "after saying";
    a conjunct or an adverbial participle shares even a passive subject: "were angered by
    the deal and predicted", "Saying he was tired, Trump was driven home";
    "in addition to stating"), through a quoted clause the verb hangs from, and from the object
    of an object-control verb ("led Republicans to say"), from the clause for a gerund set off by
    a comma that the parse hung on an object noun ("endorsed Cruz, urging ..."); a name right
    after the verb when the subject is inverted (`“...,” said Jane Smith`); the name opening
    the sentence when the parse hung it, with its aside, in a clause before a subjectless verb
    ("Sanders, meanwhile, who sits ..., said that"); else the noun phrase right before a
    subjectless verb (a parse that hung "former president Bill Clinton" on another noun).
    Where the parse made the first of a row of coordinated verbs a clause of a later one ("He
    praised the plan, denounced the tax and said"), the subject opening that clause. Else the
    noun phrase before an aside set off by commas, dashes or parentheses that ends
    right before the verb ("Jane Roe, wearing a red scarf, said"), else a noun the parse made
    the root. Subjects inside another quote are skipped."""
    home = qx.of_token[v.i] if qx is not None else -1

    def ok(t: Token) -> bool:
        return qx is None or qx.of_token[t.i] == home

    cur = v
    shared = False  # climbed from a conjunct or adjunct: its subject, even a passive one
    for _ in range(5):
        for c in cur.children:
            if passive and c.dep_ == "agent":
                return prep_object(c)
            if not passive and c.dep_ == "nsubj" and ok(c) and not time_phrase(c):
                if cur.i == v.i and (inverted_tag := _inverted_mid_tag(v, ok)) is not None:
                    return inverted_tag
                return nearest_subject(cur, ok) or c
            if c.dep_ == "nsubjpass" and ok(c) and not passive and contracted_has(cur):
                return c  # "He's said he ...": "has said", the parse's passive subject
            if shared and c.dep_ == "nsubjpass" and ok(c):
                return c  # "officials were angered by the deal and predicted ...": shared
        if passive:
            return None
        head = cur.head
        if head.i == cur.i:
            break
        if cur.dep_ == "xcomp":  # object control: "led Republicans to say", "urged him to say"
            objs = [c for c in head.children if c.dep_ == "dobj" and c.i < cur.i and ok(c)]
            # someone, not something: "used an expletive to describe" is the subject's act
            objs = [c for c in objs if someone(c)]
            if objs:
                return objs[0]
        if cur.dep_ == "pcomp":  # "after saying", "in addition to stating": up to the verb
            if (quoting := quoting_head(cur)) is not None:
                # "The Times quoted a senior official as saying", "He was quoted as saying":
                # the one quoted says it, not the one quoting (even set in quote marks: 'quotes
                # a "Senate aide" as saying')
                for c in quoting.children:
                    if c.dep_ in ("dobj", "nsubjpass") and c.i < head.i:
                        return c
            up = _climb(head, ("prep", "pobj", "pcomp"))
            if up.pos_ not in ("VERB", "AUX"):
                break
            # the main clause's subject, even a passive one: "In addition to worrying that
            # ..., Mrs. Clinton is hemmed in by her record" (train CV source token +0.0004 /
            # +0.0004, lenient +0.0006 / +0.0005, with the adverbial clause below)
            cur, shared = up, True
            continue
        if cur.dep_ == "xcomp" and head.pos_ == "VERB":
            # "The Times is expected to endorse", "he is said to favour": the raised subject
            subj = next((c for c in head.children if c.dep_ == "nsubjpass" and ok(c)), None)
            if subj is not None:
                return subj
        if conjoined_to_cue(cur):  # "fear that A and warn that B": the fearers warn
            cur, shared = head.head, True
            continue
        if cur.dep_ in ("conj", "advcl", "xcomp") or (cur.i != v.i and not ok(cur)):
            # a conjunct or an adverbial participle shares even a passive subject ("Saying he
            # was tired, Trump was driven home")
            shared = cur.dep_ in ("conj", "advcl")
            if cur.dep_ == "advcl" and _complement_after(head, cur) and head.head.i != head.i:
                # "Responding to X, that the government would act, he stated": the parse hung
                # the opening participle on a "that" clause which starts after it
                head = head.head
            cur = head  # a clause inside another quote cannot hold this verb's subject
            continue
        if main_verb_after(head, cur):
            cur = head  # "Durbin, noting the size of his following, said": the opening's subject
            continue
        if cur.dep_ == "acomp" and cur.pos_ == "ADJ":  # "was quick to add", "is likely to"
            cur = head
            continue
        if _set_off_participle(cur):
            # "endorsed Senator Ted Cruz, urging his parishioners to ...": the clause's subject
            up = _climb(head.head, ("prep", "pobj", "agent", "dative"))
            if up.pos_ in ("VERB", "AUX"):
                cur = up
                continue
        if cur.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            if time_phrase(head) and head.head.pos_ in ("VERB", "AUX"):
                cur = head.head  # "The Air Force has 60 days to respond": the clause's subject
                continue
            return head
        break
    shared_clause = _coordinated_clause_subject(cur, ok)
    if shared_clause is not None:
        return shared_clause
    inverted = inverted_clause(v, qx) if qx is not None else None
    if inverted is not None:
        return next(k for k in inverted.children if k.dep_ == "nsubj")
    # a tag right after a quotation, where the parse read the inverted subject as an object:
    # “...,” read the statement (a name: “...,” said Jane Smith, wherever the verb stands)
    after_quote = v.i > 0 and _closing_quote(v.doc[v.i - 1])
    for c in v.children:  # inverted: “...,” said Jane Smith
        if (
            c.dep_ in ("dobj", "npadvmod", "attr")
            and (c.pos_ == "PROPN" or (after_quote and c.dep_ == "dobj" and c.pos_ == "NOUN"))
            and c.i > v.i
            and ok(c)
            and c.lower_ not in CUE_TIMES  # "said Wednesday, ...": when, not who
        ):
            return c
    opening = _noun_opening(v, ok)
    if opening is not None:
        return opening
    appos = _apposition_before(v, ok)
    if appos is not None:
        return appos
    before = _noun_before(v, ok)
    if before is not None:
        return before
    aside = _noun_before_aside(v, ok)
    if aside is not None:
        return aside
    return _root_noun(v, ok)


def _inverted_mid_tag(v: Token, ok: Callable[[Token], bool]) -> Token | None:
    """The inverted subject of a speech tag set off by commas inside the clause it reports,
    when the parse made the words before the tag the verb's subject and the name after it the
    subject of the rest: "And the mayor, said Ann Cole, who knows her well, does not forget"
    ("mayor" the subject of "said", "Cole" of "forget"). The name follows the verb and a comma
    follows the name's phrase. Train CV A / H: lenient +0.00014 / +0.00014, source token
    +0.0004 / +0.0004, strict -0.00001 / -0.00001 (with the words before the tag as content,
    in :mod:`.verbcues`)."""
    doc = v.doc
    if v.i == 0 or doc[v.i - 1].text != "," or v.i + 1 >= len(doc):
        return None
    for k in v.children:
        if k.dep_ != "ccomp" or k.i < v.i:
            continue
        for s in k.children:
            if (
                s.dep_ == "nsubj"
                and s.left_edge.i == v.i + 1
                and s.pos_ == "PROPN"
                and s.right_edge.i + 1 < k.i
                and "," in (doc[s.right_edge.i].text, doc[s.right_edge.i + 1].text)
                and ok(s)
            ):
                return s
    return None


#: Closing quotation marks a speech tag follows (“...,” read the statement).
_CLOSING_QUOTES = frozenset({"”", '"', "’", "'", "»"})


def _closing_quote(t: Token) -> bool:
    """``t`` closes a quotation: one of :data:`_CLOSING_QUOTES`, or two apostrophes (the
    quotation mark of some papers' plain text, opening and closing alike) right after a word
    or a stop, with no space before them (`...pretending here!'' wrote a man`; not
    `governments. ''Give us ...`)."""
    if t.text in _CLOSING_QUOTES:
        return True
    return t.text == "''" and t.idx > 0 and not doc_text(t.doc)[t.idx - 1].isspace()


def _apposition_before(v: Token, ok: Callable[[Token], bool]) -> Token | None:
    """The subject the parse made an apposition inside an opening phrase or clause, for a
    finite verb with no subject of its own: "At Boca West, Jay DiPietro, the club's president,
    suggested that ..." ("DiPietro" in apposition to "West"), "Although there is no overlap with
    his team, a White House official who spoke anonymously said ..." (to "team"). The highest
    apposition among the heads of the word before the verb whose phrase ends there."""
    doc = v.doc
    if v.tag_ not in FINITE_TAGS or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in v.children
    ):
        return None
    j = v.i - 1
    while j > v.sent.start and doc[j].is_punct and doc[j].text in SET_OFF:
        j -= 1
    if j <= v.sent.start or doc[j].is_punct:
        return None
    t, found = doc[j], None
    while t.head.i != t.i and t.head.i != v.i:
        if (t.dep_ == "appos" or _comma_conjunct(t)) and t.right_edge.i == j and ok(t):
            found = t
        t = t.head
    if found is None or t.head.i != v.i:
        return None
    return found


def _coordinated_clause_subject(v: Token, ok: Callable[[Token], bool]) -> Token | None:
    """The subject opening the sentence of a subjectless finite verb when the parse made the
    first of a row of coordinated verbs a clause of a later one: "He pledged to be the best
    mayor and cast doubt on the figures, suggested that the real rate was higher" ("pledged"
    a ``ccomp`` of "suggested"), "She praised the plan, denounced the tax and said ..." (from
    "said", a conjunct of "denounced"). The clause opens the sentence with its subject. Train
    CV A / H: lenient +0.0003 / +0.0003, strict +0.0002 / +0.0002, source token +0.0003 /
    +0.0003."""
    if v.tag_ not in FINITE_TAGS or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in v.children
    ):
        return None
    clause = next((c for c in v.children if c.dep_ == "ccomp" and c.i < v.i), None)
    if clause is None or clause.pos_ != "VERB" or clause.left_edge.i != v.sent.start:
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if (
        subj is None
        or subj.left_edge.i != v.sent.start
        or subj.pos_ not in ("PROPN", "NOUN", "PRON")
        or subj.tag_ in ("WP", "WDT")
        or not ok(subj)
    ):
        return None
    return subj


#: Marks that close an aside between a subject and its verb, with the mark that opens it.
_ASIDE_OPENERS = {",": ",", "—": "—", "--": "--", "–": "–", ")": "("}


def _noun_before_aside(v: Token, ok: Callable[[Token], bool]) -> Token | None:
    """The noun phrase before an aside set off by commas, dashes or parentheses that ends right
    before a finite verb the parse left without a subject: "Jane Roe, wearing a red scarf,
    said", "A spokesman for the firm - a chain of forty shops - noted", "Mr. Smith (a lawyer so
    young he is taken for a clerk) says", "after Mr. Smith, asked about the fees, had said". The
    parse hung the subject inside a clause before the verb; the aside is two words or more.
    Train CV A / H (with the quotation before such a speaker kept as content, in
    :mod:`.verbcues`): lenient +0.0004 / +0.0004, strict +0.00007 / +0.00005, source token
    +0.0004 / +0.0003."""
    doc = v.doc
    if v.tag_ not in FINITE_TAGS and not any(c.dep_ == "aux" for c in v.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in v.children):
        return None
    j = v.i - 1
    while j >= v.sent.start and doc[j].dep_ in ("aux", "neg", "advmod") and doc[j].head.i == v.i:
        j -= 1
    if j <= v.sent.start or doc[j].text not in _ASIDE_OPENERS:
        return None
    opener = _ASIDE_OPENERS[doc[j].text]
    k = j - 1
    while k > v.sent.start and doc[k].text != opener:
        if doc[k].is_quote or (opener != "," and doc[k].text == opener):
            return None
        k -= 1
    if k <= v.sent.start or j - k < 3 or not ok(doc[k - 1]):
        return None
    t = doc[k - 1]
    if t.pos_ not in ("PROPN", "NOUN") or time_phrase(t) or v.i in subtree_ids(t):
        return None
    while t.dep_ in _NP_INNER and t.head.i < v.i and t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.head.pos_ in ("VERB", "AUX"):
            break  # "after Mr. Smith, asked ..., had said": the name, not the clause
        t = t.head
    return t if t.pos_ in ("PROPN", "NOUN") and ok(t) else None


def _root_noun(v: Token, ok: Callable[[Token], bool]) -> Token | None:
    """The sentence's root when the parse found no main verb and made the subject the root
    ("Donald Trump - who previously said he would ... - said at a rally that ...", with "said"
    lost inside the aside): a name before a finite verb that has no subject."""
    root = v.sent.root
    if (
        root.i < v.i
        and root.pos_ in ("PROPN", "NOUN")
        and v.tag_ in FINITE_TAGS
        and ok(root)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children)
    ):
        return root
    return None


def _climb(t: Token, through: tuple[str, ...]) -> Token:
    """Up from ``t`` while the token is attached by one of the ``through`` dependencies."""
    while t.dep_ in through and t.head.i != t.i:
        t = t.head
    return t


def _set_off_participle(v: Token) -> bool:
    """A gerund set off by a comma that the parse hung on an object noun ("endorsed Cruz,
    urging ..."), or hung on a statement, memo or other channel noun with or without the comma
    ("issued a statement saying ..."): it belongs to the clause, whose subject speaks. Other
    nouns without the comma keep it ("a parody website asking for": lower on train when
    moved)."""
    head = v.head
    return (
        v.dep_ == "acl"
        and v.tag_ == "VBG"
        and head.dep_ in ("dobj", "pobj", "attr", "dative")
        and head.head.pos_ in ("VERB", "AUX", "ADP")
        and (after_comma(v) or on_channel_noun(v))
    )


#: Dependencies that keep a token inside the noun phrase it modifies.
_NP_INNER = frozenset("compound amod nummod poss pobj prep det nmod quantmod".split())


def _noun_opening(v: Token, ok: Callable[[Token], bool]) -> Token | None:
    """The name opening the sentence of a subjectless verb when the parse made it part of a
    clause before the verb: "Sanders, meanwhile, who sits at zero endorsements, said that"."""
    doc = v.doc
    before = [c for c in v.children if c.dep_ in ("ccomp", "parataxis") and c.i < v.i]
    if not before or not any(c.dep_ == "ccomp" and c.i > v.i for c in v.children):
        return None
    first = doc[before[0].left_edge.i]
    if first.i != v.sent.start:
        return None
    j = first.i
    last = None
    while j < v.i and doc[j].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "NUM"):
        last = doc[j] if doc[j].pos_ in ("PROPN", "NOUN") else last
        j += 1
    if last is None or j >= v.i or doc[j].text != "," or not ok(last):
        return None
    return last


def _noun_before(v: Token, ok: Callable[[Token], bool]) -> Token | None:
    """The noun phrase ending right before ``v`` (auxiliaries and adverbs between allowed),
    for a verb whose parse lost its subject: "..., former president Bill Clinton said ..."."""
    j = v.i - 1
    doc = v.doc
    while j >= v.sent.start and doc[j].dep_ in ("aux", "neg", "advmod") and doc[j].head.i == v.i:
        j -= 1
    if j > v.sent.start and doc[j].text == "," and doc[j - 1].pos_ == "PROPN":
        j -= 1  # "..., her adviser, Jake Sullivan, said"
    if j < v.sent.start:
        return None
    t = doc[j]
    if (
        t.pos_ not in ("PROPN", "NOUN", "NUM")
        or not ok(t)
        or time_phrase(t)
        or v.i in subtree_ids(t)
    ):
        return None
    while (t.dep_ in _NP_INNER or _coordinated(t)) and t.head.i < v.i and t.head.i != t.i:
        if _second_object(t):
            break  # "At an event in Clairsville, Ohio, Brenda Johnson railed": the subject
        t = t.head
    return t if t.pos_ in ("PROPN", "NOUN", "NUM", "PRON") else None


def _coordinated(t: Token) -> bool:
    """``t`` is a later conjunct of a noun with a coordinator between them ("reporters and
    editors", "Clinton and her husband"): the subject is the whole coordination, which the parse
    hung on an opening phrase ("Through new software, reporters and editors know")."""
    head = t.head
    return (
        t.dep_ == "conj"
        and head.pos_ in ("PROPN", "NOUN", "PRON")
        and any(c.dep_ == "cc" and head.i < c.i < t.i for c in head.children)
    )


def _comma_conjunct(t: Token) -> bool:
    """``t`` is a conjunct set off by a comma alone, no coordinator on its head: the parse
    made the name after an opening phrase one more item of that phrase ("Reached by phone,
    Hammond, the party's chairman, declined": "Hammond" a conjunct of "phone"), the name being
    the subject with its apposition."""
    doc = t.doc
    return (
        t.dep_ == "conj"
        and t.pos_ == "PROPN"
        and t.left_edge.i > 0
        and doc[t.left_edge.i - 1].text == ","
        and not any(c.dep_ == "cc" for c in t.head.children)
    )


def _second_object(t: Token) -> bool:
    """``t`` is a second object of its preposition, after a comma, the parse having made the
    subject after an opening phrase one more object of it ("In Clairsville, Ohio, Brenda
    Johnson said": "Johnson" a second object of "in")."""
    doc = t.doc
    return (
        t.dep_ == "pobj"
        and t.left_edge.i > 0
        and doc[t.left_edge.i - 1].text == ","
        and any(c.dep_ == "pobj" and c.i < t.i for c in t.head.children)
    )

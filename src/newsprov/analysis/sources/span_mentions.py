"""The mention an attribution's source or recipient span stands for (:func:`mention_at`): the
one detection found there, or one made for the span. Read past the parse's misreadings: a
programme's title in quotation marks, the person named at the span's end (past a parenthesis)
or at the start of a headline the span ran into, a relative pronoun's noun, an untagged proper
name, a description whose list the parse split at a comma."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsprov.analysis.sources import lexicon as lx
from newsprov.analysis.sources.detection import NOMINAL_HEADS, SHOW, abbreviated_role
from newsprov.analysis.sources.forms import human_owner, pronoun_head, title_heading, unsplit
from newsprov.analysis.sources.lists import list_head, listed_appos, split_list_end
from newsprov.analysis.sources.names import (
    abbreviation,
    headline_line,
    name_words,
    person_name,
    relative_word,
    role_abbreviation,
)
from newsprov.record import Span

if TYPE_CHECKING:
    from newsprov.analysis.sources.mentions import Mention, Mentions


#: The dependencies of a noun that is a verb's or a preposition's argument.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "attr", "appos", "conj"})
#: The dependencies of a verb's own modifiers, which may stand between its subject and it.
_MODIFIERS = frozenset({"advmod", "aux", "auxpass", "neg", "advcl", "prep", "punct", "npadvmod"})


def _only_modifiers(word: Token, verb: Token) -> bool:
    """Are the words between ``word`` and its ``verb`` all in the verb's own modifiers ("that
    only attacks", "that, while condemning violence, accused"), not another clause's ("which
    he claimed shows")?"""
    doc = word.doc
    for t in doc[word.i + 1 : verb.i]:
        top = t
        while top.head.i != verb.i and top.head.i != top.i and word.i < top.head.i < verb.i:
            top = top.head
        if top.head.i != verb.i or top.dep_ not in _MODIFIERS:
            return False
    return True


def mention_at(ms: Mentions, span: Span) -> Mention | None:
    """The mention a character span (an attribution's source or recipient) stands for,
    creating a nominal or pronoun mention when detection had none."""
    sp = ms.doc.char_span(span[0], span[1], alignment_mode="expand")
    if sp is None or len(sp) == 0:
        return None
    while (
        len(sp) > 1
        and sp[-1].ent_type_ in ("DATE", "TIME")
        and sp[-2].ent_type_ not in ("DATE", "TIME", "")
    ):
        # "asked Trump Wednesday if ...": the day the span ran into is no part of the name (a
        # third audit of unseen articles found a recipient "Trump Wednesday" apart from Trump)
        sp = sp[:-1]
    caption = _caption_person(ms, sp)
    if caption is not None:  # "Peter Lynch/Timmons' Attorney: ..." opening a line
        return caption
    sp, split = unsplit(sp, ms.covered)
    if split is not None:  # "told co-host Joe Scarborough", "told the show's co-host"
        person = _final_person(ms, sp)
        if person is not None:
            return person
        known = ms.by_head.get(split.i)
        if known is not None and known.type != "nominal":
            return known
        # the whole phrase, in place of a nominal detection made of the last piece alone
        return ms.add(ms.mention(sp, split, "nominal"))
    root = sp.root
    if root.dep_ == "punct":  # "Capt. John Hale": a title the parse took for punctuation
        root = next(
            (t for t in sp if t.dep_ != "punct" and t.head.i not in range(sp.start, sp.end)),
            root,
        )
    show = _show(ms, sp)
    if show is not None:  # told MSNBC's "Morning Joe": a programme, not a person
        return show
    person = _final_person(ms, sp)
    if person is not None:  # "Tennis great Billie Jean King", "Pres. Obama (D)"
        return person
    person = _headline_person(ms, sp)
    if person is not None:  # "Esther Williams Dead: Technicolor Star Dies At Age 91"
        return person
    if root.lower_ in ("who", "that", "which") and root.head.dep_ == "relcl":
        noun = cleft_focus(root.head.head)  # "Smith, who said ...": the clause's antecedent
        if root.lower_ == "who":
            noun = human_owner(noun)
        if noun.i in ms.by_head or noun.i in ms.covered:
            return ms.by_head.get(noun.i) or ms.covered[noun.i]
        if root.lower_ == "who" and noun.tag_ == "NNP" and noun.text[:1].isupper():
            # "Emanuel, who resisted ...", the name untagged: read as the name it is, as when
            # it is the source ("Emanuel said"), not as a noun (the thirty-first audit of
            # unseen articles found it a source of its own, apart from Rahm Emanuel)
            first = noun
            while first.i > 0 and first.nbor(-1).tag_ == "NNP" and first.nbor(-1).head.i == noun.i:
                first = first.nbor(-1)
            return mention_at(ms, (first.idx, noun.idx + len(noun)))
        if noun.pos_ in ("NOUN", "PROPN") or (pronoun_head(noun) and root.lower_ != "which"):
            return ms.add_nominal(noun)  # "critics, who say"; "some who saw"
    if root.lower_ in ("who", "that", "which") and root.dep_ in ("nsubj", "nsubjpass"):
        # a relative clause the parse took for a complement of the verb before ("give to a
        # super PAC that only attacks Clinton": "attacks" a ccomp of "give"): the relative
        # word's noun is the one right before it (a twenty-sixth audit of unseen articles
        # found the source "that", unknown). Only a noun that is an argument (not "Monday" of
        # "intelligence Monday which he claimed shows"), with nothing but the verb's own
        # modifiers between the word and the verb ("a statement that, while condemning
        # violence, accused"), and a person's noun for "who" (not "country" of "admit
        # individuals into our country who will support")
        prev = ms.doc[root.i - 1] if root.i > 0 else root
        verb = root.head
        if (
            verb.dep_ != "relcl"
            and verb.i > root.i
            and prev.pos_ in ("NOUN", "PROPN")
            and prev.dep_ in _ARGUMENTS
            and _only_modifiers(root, verb)
            and (
                root.lower_ != "who"
                or prev.ent_type_ == "PERSON"
                or lx.person_role(prev.lemma_.lower())
            )
        ):
            prev = cleft_focus(prev)
            if prev.i in ms.by_head or prev.i in ms.covered:
                return ms.by_head.get(prev.i) or ms.covered[prev.i]
            return ms.add_nominal(prev)
    if root.tag_.startswith("VB") and root.lower_ in _UNVERBAL_DOCUMENTS:
        # "A federal government handbook from 1998 described": a document's noun that is no
        # verb, which the parse tagged one; the document, not "A federal government" (a
        # thirtieth audit of unseen articles found the source typed an organization)
        return ms.add_nominal(root)
    if root.i in ms.by_head:
        return _whole_list(ms, ms.by_head[root.i], sp)
    if root.i in ms.covered:
        return ms.covered[root.i]
    if root.lower_ in lx.REPORTING_NOUNS:  # "the NYT article": the outlet's reporting
        for t in sp:
            if t.i in ms.covered and ms.covered[t.i].type == "outlet":
                return ms.add_nominal(root)
    low = root.lower_
    if low in ("'s", "’s") and root.i > 0 and root.nbor(-1).lower_ == "let":
        low = "us"  # "let's pause": the first person plural
    if low in lx.FIRST_PERSON or low in lx.PRONOUNS:
        m = ms.mention(
            ms.doc[root.i : root.i + 1],
            root,
            "first" if low in lx.FIRST_PERSON else "pronoun",
        )
        if low in lx.PRONOUNS:
            m.gender, m.number = lx.PRONOUNS[low]
        elif low in ("we", "us", "our", "ourselves"):
            m.number = "p"
        return ms.add(m)
    words = [t for t in sp if not t.is_punct]
    poss = [i for i, t in enumerate(words) if t.text in ("'s", "’s")]
    if poss:  # "Media Research Center's Bozell": the name after the possessive
        words = words[poss[-1] + 1 :]
    described = _described_name(ms, sp)
    if described is not None:
        words = described
    half = len(words) // 2
    if (
        half
        and len(words) % 2 == 0
        and [t.text for t in words[:half]] == [t.text for t in words[half:]]
        and any(t.text in lx.DASHES for t in ms.doc[words[half - 1].i + 1 : words[half].i])
    ):
        # "Esther Williams - Esther Williams": the name written twice about a dash, once a
        # mention (not a name whose words repeat, "Sirhan Sirhan")
        words = words[:half]
        if words[-1].i in ms.by_head:
            return ms.by_head[words[-1].i]
        if words[-1].i in ms.covered:
            return ms.covered[words[-1].i]
    bare = words[1:] if words and words[0].lower_ in lx.DEFINITE else words
    abbr = abbreviation(bare)
    if (role := role_abbreviation(bare, ms.text)) is not None:
        # "The D. A. said", "the DA said": the district attorney, no person's initials
        return ms.add(abbreviated_role(ms, sp, role))
    if abbr is not None:  # "the U. S. said", "the D.N.C.": a country's or a body's initials
        names = ms.doc[bare[0].i : bare[-1].i + 1]
        label = "GPE" if abbr in lx.GPE_ALIASES else "ORG"
        return ms.add(
            ms.mention(names, words[-1], "name", label=label), range(names.start, names.end)
        )
    if (
        0 < len(words) <= 4
        and all(_name_like(ms, t) for t in words)
        and not all(t.lower_ in lx.WEEKDAYS for t in words)  # "Monday, saying ...": a day
    ):
        # an untagged proper name as a speaker ("Gorka said"): a person's name
        names = ms.doc[words[0].i : words[-1].i + 1]
        lows = tuple(t.lower_ for t in words)
        if (
            len(words) == 1
            and words[0].tag_ == "NNPS"
            and lows[0][:-1] in lx.PERSON_ROLE_NOUNS
            and lows[0] not in ms.person_words | ms.named_people
        ):
            # a role's plural in capitals ("Assuming Principals agree", a memo's style; a
            # tenth audit of unseen articles had it a person): people holding the role
            m = ms.mention(names, words[0], "nominal")
            m.lemma = lows[0][:-1]
            return ms.add(m, range(names.start, names.end))
        if lows[-1] not in ms.person_words | ms.named_people and (
            lows in ms.org_names
            or any(c[: len(lows)] == lows for c in ms.companies)
            or _body_first_words(ms, words)
        ):
            # a company's short name ("Exxon said" after "Exxon Mobil Corp."), untagged; a
            # body's first word after its full name ("Pew notes" after "Pew Research")
            return ms.add(
                ms.mention(names, words[-1], "name", label="ORG"), range(names.start, names.end)
            )
        if (
            len(words) > 1
            and words[-1].text[:1].isupper()
            and lows[-1] in lx.BODY_NAME_ENDS | lx.FIRM_NAME_ENDS | lx.CAMPAIGN_NAME_ENDS
            and lows[0] not in lx.TITLES_AND_HONORIFICS
        ):
            # a body's, a firm's or a campaign's name by its last word ("Priorities USA, a
            # pro-Clinton super PAC, emailed", untagged: a tenth audit of unseen articles)
            return ms.add(
                ms.mention(names, words[-1], "name", label="ORG"), range(names.start, names.end)
            )
        m = ms.mention(names, words[-1], "name", label="PERSON")
        m.name_tokens, m.title, m.gender = person_name(names, ms.text)
        return ms.add(m, range(names.start, names.end))
    if root.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "PRON", "DET"):
        return _whole_list(ms, ms.add(ms.nominal(root)), sp)
    chunk = next((c for c in sp.noun_chunks), None)
    if chunk is not None and root.pos_ in ("VERB", "AUX", "ADP"):
        return ms.add_nominal(chunk.root)  # a mis-parsed span: its first noun phrase
    return ms.add(ms.mention(sp, root, "nominal"))


def cleft_focus(noun: Token) -> Token:
    """The first conjunct of a coordination that is a cleft's focus ("It was Smith and Jones
    who said ...", "It was the mayor and the treasurer that announced ...": the parse hangs the
    clause on the last conjunct, but the focus is the whole coordination, whose group mention
    the first conjunct heads); ``noun`` itself elsewhere ("the mayor and the treasurer who
    resigned" may say who resigned of the two)."""
    top = noun
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    if top.i == noun.i or top.dep_ != "attr" or top.head.lemma_ != "be":
        return noun
    if any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in top.head.children):
        return top
    return noun


def _body_first_words(ms: Mentions, words: list[Token]) -> bool:
    """Are the untagged ``words`` of a speaker the first words of a longer name tagged ORG
    earlier in the article ("Pew notes" after "a new Pew Research report"; "Brookings" after
    "the Brookings Institution"): the body named short, as a research centre, an institute or
    a foundation is by its first word? Not a word of a person's name (checked by the caller)
    nor a place's or a people's ("Texas" of "Texas Department of Transportation")."""
    lows = tuple(t.lower_ for t in words)
    if any(w in lx.DEMONYMS for w in lows) or any(t.ent_type_ == "GPE" for t in words):
        return False
    return any(
        e.label_ == "ORG"
        and e.end <= words[0].i
        and len(full := name_words(e)) > len(lows)
        and full[: len(lows)] == lows
        for e in ms.ents
    )


def _whole_list(ms: Mentions, m: Mention, sp: SpacySpan) -> Mention:
    """A description whose list the parse split at its comma into a second subject
    ("Most Republican voters in Alabama, Georgia and Virginia said"), when the source span
    holds both pieces, takes in the rest of the list (:func:`.lists.split_list_end`)."""
    if m.type != "nominal":
        return m
    end = split_list_end(ms.doc[m.head], sp)
    if end is not None:
        m.end = ms.doc[end].idx + len(ms.doc[end].text)
        m.text = ms.text[m.start : m.end]
    return m


def _caption_person(ms: Mentions, sp: SpacySpan) -> Mention | None:
    """The person a broadcast transcript's caption names before a slash ("Peter Lynch/Timmons'
    Attorney: ``I'm not going to ...''", "David Soares/Albany County District Attorney:"): the
    span opens a line, a colon follows it, and two or more capitalised words come before its
    slash, a first name opening them or the text naming a person so elsewhere; what follows
    the slash is the person's role. Written for a sixth audit of unseen
    ECB+ articles, where the whole caption had been the name (and a body's, or an unnamed
    source's) apart from the person named before."""
    slash = next((t for t in sp if t.text == "/"), None)
    if slash is None or slash.i - sp.start < 2 or sp.end >= len(ms.doc):
        return None
    if ms.doc[sp.end].text != ":":
        return None
    if sp.start > 0 and "\n" not in ms.doc[sp.start - 1].text_with_ws + ms.doc[sp.start - 1].text:
        return None
    left = ms.doc[sp.start : slash.i]
    if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in left):
        return None
    if any(t.ent_type_ in ("GPE", "LOC", "FAC", "NORP") for t in left):
        return None  # "New Delhi / Mumbai": a dateline's places
    named = {e.text for e in ms.doc.ents if e.label_ == "PERSON"}
    if left[0].lower_ not in lx.FIRST_NAMES and left.text not in named:
        return None  # a person's: a first name, or a name the text tags a person's elsewhere
    m = ms.mention(left, left[-1], "name", label="PERSON")
    m.name_tokens, m.title, m.gender = person_name(left, ms.text)
    return ms.add(m, range(left.start, left.end))


def _show(ms: Mentions, sp: SpacySpan) -> Mention | None:
    """The programme's title in quotation marks a source or recipient span is headed by
    (:func:`~.forms.title_heading`), whose name mention has label :data:`SHOW`."""
    r = title_heading(sp, ms.shows)
    found = ms.covered.get(r.start) if r is not None else None
    return found if found is not None and found.label == SHOW else None


def _described_name(ms: Mentions, sp: SpacySpan) -> list[Token] | None:
    """The words of an untagged proper name heading a source span that goes on with a
    comma and a description of it ("Torres, who lives in Dallas", "Vega, a nurse"):
    the span's root and the proper nouns compounded on its left."""
    root = sp.root
    if root.pos_ != "PROPN" or root.i + 1 >= sp.end or sp[0].i > root.i:
        return None
    if ms.doc[root.i + 1].text != ",":
        return None
    if any(c.dep_ == "relcl" and relative_word(c) in ("which", "that") for c in root.children):
        return None  # "Acme, which said": a thing
    left = root.i
    while left - 1 >= sp.start and ms.doc[left - 1].dep_ == "compound":
        left -= 1
    return list(ms.doc[left : root.i + 1])


def _name_like(ms: Mentions, t: Token) -> bool:
    """A word of a proper name the tagger may have missed ("Sanders" tagged NOUN)."""
    if t.lower_ in NOMINAL_HEADS or t.lower_ in lx.PRONOUNS or t.lower_ in lx.FIRST_PERSON:
        return False
    if t.pos_ == "PRON":
        return False  # '"You can't call it arson yet," he said': nobody's name
    if t.pos_ == "PROPN":
        return True
    return t.text[:1].isupper() and (t.lower_ in ms.person_words or not t.is_sent_start)


def _headline_person(ms: Mentions, sp: SpacySpan) -> Mention | None:
    """The person named at the start of a span on a headline, where the span runs on into
    the headline's words ("Esther Williams Dead: ...", whose source span took in "Dead"):
    the name, not a source named after the fragment."""
    if headline_line(ms.text, sp.start_char) is None:
        return None
    m = ms.covered.get(sp[0].i)
    if m is None or m.type != "name" or m.label != "PERSON" or m.end >= sp.end_char:
        return None
    after = next((t for t in sp if t.idx >= m.end), None)
    if after is not None and after.text in ("'s", "’s") and sp.root.i > after.i:
        # "Reagan's Daughter Makes Strong Statement": the name owns the span's noun, who is
        # someone else (a thirtieth audit of unseen articles found Reagan the source)
        return None
    if after is not None and after.i == sp.root.i and after.lower_ in lx.ORGANIZATION_NOUNS:
        # "Hillary Clinton Campaign Wants ...": the person's body the name modifies, as "the
        # Hillary Clinton campaign" is (a third audit of unseen articles found the person)
        return ms.add_nominal(after)
    return m


def _final_person(ms: Mentions, sp: SpacySpan) -> Mention | None:
    """The person named at the end of a span, past a closing parenthesis or punctuation."""
    toks = list(sp)
    if toks and toks[-1].text == ")" and "(" in [t.text for t in toks]:
        toks = toks[: max(i for i, t in enumerate(toks) if t.text == "(")]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    if not toks:
        return None
    m = ms.covered.get(toks[-1].i)
    if m is None or m.type != "name" or m.label != "PERSON":
        return None
    if ms.doc[m.head].dep_ == "conj":
        return None  # "Clinton and Sanders"
    if toks[0].tag_ == "VBG" and toks[0].i == sp.root.i and toks[0].dep_ in ("nsubj", "advcl"):
        # "Writing from Brooklyn, N.Y., Viena K. Neaville told": a participle's clause opens
        # the span, which the parse made its subject, the name apposed to its place (a
        # fourteenth audit of unseen articles found the source named "Brooklyn")
        return m
    t = ms.doc[m.head]
    while t.i != sp.root.i and sp.start <= t.head.i < sp.end and t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent") and not _body_then_name(ms, m, t):
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


def _body_then_name(ms: Mentions, m: Mention, pobj: Token) -> bool:
    """Is the name ``m`` (the object ``pobj`` of "of") run together with the body's name before
    it, a role's holder after its title ("the vice president and chairman of Chrysler LLC Jim
    Press": the parse makes one noun of the company and the name; the thirty-first audit of
    unseen articles found the source named so whole)? Only "of" after a role's noun (not a
    kin word), and only a body's name (tagged ORG, or proper nouns after a word so tagged:
    "Chrysler LLC") right before the person's, no other word."""
    prep = pobj.head
    role = prep.head.lemma_.lower()
    if prep.lower_ != "of" or not lx.person_role(role) or role in _KIN:
        return False
    name = ms.doc.char_span(m.start, m.end, alignment_mode="expand")
    if name is None:
        return False
    before = ms.doc[pobj.left_edge.i : name.start]
    return (
        len(before) > 0
        and before[0].ent_type_ == "ORG"
        and all(t.ent_type_ == "ORG" or t.tag_ == "NNP" for t in before)
    )


#: Kin words: "the son of Chrysler LLC Jim Press" is no title before a name.
_KIN = frozenset("son daughter father mother wife husband brother sister widow".split())


#: Nouns of documents that are never verbs: a source span's root the parse tagged a verb is
#: the noun all the same.
_UNVERBAL_DOCUMENTS = frozenset(
    "handbook manual brochure pamphlet memo memorandum dossier transcript guidebook rulebook "
    "textbook notebook yearbook".split()
)

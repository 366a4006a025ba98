"""Person names inside entities: the name's words, its title and gender, hyphenated names,
lists of people an entity took in, and the signs that a name the parser tagged otherwise is a
person's; plural demonyms, "the North" for North Korea, headlines and the names the tagger ran
into their words. Used by mention detection (``detection.py``), the mention of a source
span (``span_mentions.py``) and the building of a mention (``mentions.py``)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsprov.analysis.attribution.spans import inner_hyphen
from newsprov.analysis.outlets import normalize
from newsprov.analysis.sources import lexicon as lx

#: Dependencies that stop a walk left from a name over its titles ("the", "his", "'s").
STOP_DEPS = {"det", "poss", "case", "punct", "predet", "cc", "preconj"}

#: Words that open a sentence before its subject, which the tagger may take into a name at the
#: start of a sentence ("Plus Obama is nominating ...", "But Smith said").
OPENERS = frozenset("plus but and also then meanwhile yet however both".split())
#: Lower-case words before a title that belong to the office, not to its holder: title words
#: and past words ("then-President": a past holder), kept by :func:`person_name`.
_OFFICE_WORDS = lx.TITLE_WORDS | lx.PAST_ROLE | {"then"}


#: Nouns of a relation to another person, not of an office, that may stand before a name
#: with a title word ("Democratic rival Hillary Clinton", "his Republican opponent"). Written
#: for a fourth audit of unseen PolNeAR articles (Clinton and Sanders titled "Democratic
#: rival"; "chief rival" once on its wider set); the other words are their kind.
_RELATION_NOUNS = frozenset(
    "rival rivals opponent opponents foe ally allies friend colleague counterpart "
    "teammate predecessor successor nemesis".split()
)
#: Tags of a finite verb, which no title holds.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _title_hyphen(t: Token) -> bool:
    """Is ``t`` a hyphen inside a title written as one word, between two capitalised title
    words ("Secretary-Treasurer Gary Casteel": the whole title, not "Treasurer")?"""
    if t.text != "-" or t.i == 0 or t.i + 1 >= len(t.doc) or t.whitespace_:
        return False
    a, b = t.doc[t.i - 1], t.doc[t.i + 1]
    return (
        not a.whitespace_
        and a.is_title
        and b.is_title
        and a.lower_ in lx.TITLE_WORDS
        and b.lower_ in lx.TITLE_WORDS
    )


def _bulleted_first_name(t: Token) -> str | None:
    """The listed first name a list's dash is stuck to, right before a person's surname the
    tagger tagged alone ("-Lynn Vavreck", "Lynn" kept with the dash and untagged): "Lynn".
    """
    rest = t.text.lstrip(BULLETS)
    if len(rest) == len(t.text) or not rest[:1].isupper() or not rest.isalpha():
        return None
    return rest if rest.lower() in lx.FIRST_NAMES and t.ent_type_ != "PERSON" else None


def _role_noun_before(t: Token) -> bool:
    """Is the word before ``t`` a human noun in lower case ("strategist" before "Guy Cecil")?"""
    if t.i == 0:
        return False
    b = t.doc[t.i - 1]
    return b.is_lower and (
        b.lemma_.lower() in lx.HUMAN_NOUNS
        or b.lower_ in lx.HUMAN_NOUNS
        or lx.is_agent_noun(b.lower_)
    )


def person_name(ent: SpacySpan, text: str) -> tuple[tuple[str, ...], str | None, str]:
    """A PERSON entity's name tokens, its title (from the words before it, or inside the entity)
    and the gender its honorific or first name shows."""
    toks = list(ent)
    poss = [i for i, t in enumerate(toks) if t.text in ("'s", "’s")]
    if poss and poss[-1] < len(toks) - 1:  # "Breitbart's Joel Pollak"
        toks = toks[poss[-1] + 1 :]
    toks = [t for t in toks if not t.is_punct and t.text not in ("'s", "’s")]
    if len(toks) > 1 and toks[0].is_sent_start and toks[0].lower_ in OPENERS:
        toks = toks[1:]  # a sentence's opening word the entity took in ("Plus Obama is ...")
    gender = "?"
    joined = hyphen_joined(ent)
    title_toks: list[Token] = []
    # a role's abbreviation the entity took in ("D. A. Ann Lee"): part of the title
    k = _leading_abbreviation(toks)
    title_toks.extend(toks[:k])
    toks = toks[k:]
    # titles inside the entity ("Gen. Robert P. White", "Mr. Esper")
    # and role or occupation nouns the entity took in at the start of a sentence ("Lawyer
    # Michael Marinaccio said")
    # not after a role noun of its own ("strategist Guy Cecil": "Guy" is his first name; a
    # fifth audit's limit, mended in the sixth)
    while len(toks) > 1 and (
        toks[0].lower_ in lx.TITLES_AND_HONORIFICS
        or (
            toks[0].lower_ in lx.PERSON_ROLE_NOUNS | lx.PEOPLE_NOUNS
            and toks[0].is_title
            and not _role_noun_before(toks[0])
        )
    ):
        t = toks.pop(0)
        gender = lx.HONORIFICS.get(t.lower_, gender)
        if t.lower_ not in lx.NOT_TITLES:
            title_toks.append(t)
    # the rest of a title chain the entity took in before a listed first name ("Assistant
    # Secretary of the Navy for Research Marvin Dole", "Logistics Karen Hale"): the name starts
    # at the first name, when no word before it is a first name or an initial
    k = next((i for i, t in enumerate(toks) if t.lower_ in lx.FIRST_NAMES), 0)
    if 0 < k < len(toks) - 1 and all(
        t.lower_ not in lx.FIRST_NAMES and len(t.text.rstrip(".")) > 1 for t in toks[:k]
    ):
        title_toks.extend(toks[:k])
        toks = toks[k:]
    # titles before it, in the name's own subtree ("Lt. Gen. Robert P. White", "Secretary of
    # State Mike Pompeo"), stopping at a determiner, possessive or comma
    doc = ent.doc
    # in the root's subtree: the root an ancestor (the walk stays left of the entity, so
    # never at the root itself), asked of the few words walked rather than the whole subtree
    root = ent.root
    before: list[Token] = []
    i = ent.start - 1
    while i >= 0 and root.is_ancestor(t := doc[i]):
        if t.dep_ in STOP_DEPS and t.text != "." and not _title_hyphen(t):
            break
        if t.text in ("'s", "’s", ","):
            break
        before.insert(0, t)
        i -= 1
    for t in before + title_toks:
        if t.lower_ in lx.HONORIFICS:
            gender = lx.HONORIFICS[t.lower_]
        elif t.lower_ in lx.MALE_NOUNS and gender == "?":  # "Congressman X", "Sir X"
            gender = "m"
        elif t.lower_ in lx.FEMALE_NOUNS and gender == "?":  # "Congresswoman X", "Dame X"
            gender = "f"
    before = [t for t in before if t.lower_ not in lx.HONORIFICS]
    while before and before[0].lower_ in lx.NOT_TITLES:
        before.pop(0)
    if before and before[-1].tag_ == "NNS" and before[-1].is_lower:
        # a plural in lower case right before one person's name is no title of it ("London's
        # Muslim mayor rebuffs Trump", the verb tagged NNS and compounded onto the name: the
        # wider set of a third audit of unseen articles found Trump titled "Muslim mayor
        # rebuffs" and "the British capital's new mayor" joined to him)
        before = []
    # words that describe the holder, not the office ("newly-minted President Donald Trump",
    # "newly elected President ...": President; an audit of unseen NewsWCL50 articles): adverbs,
    # participles and hyphens in lower case, no title word, before a capitalised word; not a
    # noun or an adjective ("basketball coach", "senior White House adviser")
    k = 0
    while (
        k < len(before)
        and (before[k].is_lower or before[k].is_punct)
        and before[k].pos_ in ("ADV", "VERB", "PUNCT")
        and before[k].lower_ not in _OFFICE_WORDS
    ):
        k += 1
    if 0 < k < len(before) and before[k].is_title:
        before = before[k:]
    title: str | None = None
    words = before or title_toks  # written before the entity, else inside it
    if before and title_toks and title_toks[0].i == before[-1].i + 1:
        # a title the entity took in part of ("Deputy" before "Public Defender Peter Lynch",
        # tagged so): the whole of it (an audit of unseen ECB+ texts)
        words = before + title_toks
    if (office := office_title(ent)) is not None:
        words = office  # "Secretary of the Air Force James Roche": not just "Air Force"
    if words and words[-1].lower_ in _RELATION_NOUNS:
        # "her Democratic rival Hillary Clinton", "chief rival X": who the person is to someone
        # else, no title ("Democratic" is a title word only in an office's name)
        words = []
    if any(t.tag_ in _FINITE_TAGS or t.dep_ in ("nsubj", "nsubjpass") for t in words):
        # "the Colts' defense stuffed quarterback Brady Quinn": a clause the parse compounded
        # onto the name, its subject ("defense") a title word; no title
        words = []
    if words and any(t.lower_ in lx.TITLE_WORDS - {"of", "the", "and", "for"} for t in words):
        title = text[words[0].idx : words[-1].idx + len(words[-1].text)]
    names = tuple(joined.get(t.i, t.text) for t in toks if t.i not in joined or joined[t.i])
    if ent.start > 0 and names and (lead := _bulleted_first_name(doc[ent.start - 1])):
        names = (lead, *names)  # "-Lynn Vavreck finds" with "Vavreck" alone tagged PERSON
    if names and names[0][:1] in BULLETS and names[0].lstrip(BULLETS)[:1].isalpha():
        names = (names[0].lstrip(BULLETS), *names[1:])  # "-David Rothschild": a list's dash
    if gender == "?" and len(names) > 1:
        # the first name, past initials ("J. James Rohack": James)
        given = [n for n in names[:-1] if len(n.rstrip(".")) > 1] or list(names[:1])
        first = given[0].lower()
        if first in lx.MALE_NAMES:
            gender = "m"
        elif first in lx.FEMALE_NAMES:
            gender = "f"
    return names, title, gender


#: Marks that open the items of a list, left by the tokenizer on an item's first word
#: ("-David Rothschild assesses ...": a third audit of unseen articles).
BULLETS = "-–—•·*"

#: Prepositions of an office's name between its title noun and the holder's name.
_OFFICE_PREPOSITIONS = frozenset(("of", "for"))
#: The lower-case words an office's title may hold ("Secretary of the Air Force").
_OFFICE_WORDS = _OFFICE_PREPOSITIONS | {"the"}


def office_title(ent: SpacySpan) -> list[Token] | None:
    """The words of an office's title written before the name with the office's own name in
    it ("Secretary of the Air Force James Roche", "Assistant Secretary of the Air Force for
    Acquisition Marvin Sambur", "the Secretary and Director of Air Force Communications Bill
    Bodie": "Director of Air Force Communications"), where the walk over the name's subtree
    stops at "the" or the parse made the name the object of "of": read leftwards from the
    name over capitalised words, "of", "for" and "the" within its sentence, the title runs
    from the first capitalised person's title or role noun with "of" or "for" after it (and
    the words compounded before it) to the name. None when there is none ("A friend of
    Senator Ann Lee": the title is "Senator", found as before), when the name is what the
    office is of ("CEO of Donald Trump's campaign") or the title noun and the name
    are not one phrase in the parse (:func:`_one_phrase`)."""
    doc = ent.doc
    first = ent.sent.start if ent.doc.has_annotation("SENT_START") else 0
    i = ent.start - 1
    while i >= first and (
        doc[i].lower_ in _OFFICE_WORDS or (doc[i].text[:1].isupper() and doc[i].is_alpha)
    ):
        i -= 1
    words = list(doc[i + 1 : ent.start])
    while words and not words[0].text[:1].isupper():
        words.pop(0)
    if not words or not words[-1].text[:1].isupper() or ent.root.dep_ == "poss":
        return None  # "as CEO of Donald Trump's campaign": the name is the office's object
    for k, t in enumerate(words):
        if _role(t) and any(w.lower_ in _OFFICE_PREPOSITIONS for w in words[k + 1 :]):
            if not _one_phrase(t, ent.root):
                return None
            start = t.i
            while (
                start > words[0].i
                and doc[start - 1].head.i == t.i
                and doc[start - 1].dep_ in ("compound", "amod")
            ):
                start -= 1
            return list(doc[start : ent.start])
    return None


def _one_phrase(title: Token, name: Token) -> bool:
    """The title noun and the name's head are one phrase in the parse: one holds the other,
    or the title is a conjunct of a noun that holds the name ("the Secretary and Director of
    X Bill Bodie", the "of" phrase hung on "Secretary")."""
    holder = title.head if title.dep_ == "conj" else title
    return title.is_ancestor(name) or name.is_ancestor(title) or holder.is_ancestor(name)


def _role(t: Token) -> bool:
    """A capitalised person's title or role noun ("Secretary", "Director")."""
    return t.text[:1].isupper() and (
        t.lower_ in lx.PERSON_TITLES or t.lower_ in lx.PERSON_ROLE_NOUNS
    )


#: A word of initials: "D.", "A.", "D.N.C.", "U.S.".
INITIALS = re.compile(r"^(?:[A-Za-z]\.)+$")


def abbreviation(toks: SpacySpan | list[Token]) -> str | None:
    """The abbreviation words of initials alone spell, lower case and unspaced ("D. A." and
    "D.A." are "d.a.", "U. S." is "u.s.", "D.N.C." is "d.n.c."), when they make two letters or
    more; None for any other words (a person's initials come with a name: "J. R. Smith")."""
    texts = [t.text for t in toks]
    if not texts or not all(INITIALS.match(x) for x in texts):
        return None
    joined = "".join(texts).lower()
    return joined if joined.count(".") > 1 else None


def role_abbreviation(toks: SpacySpan | list[Token], text: str) -> str | None:
    """The role's abbreviation (a key of :data:`~.lexicon.ABBREVIATED_ROLES`) the words spell:
    initials ("D. A.", "D.A.") or one undotted word of :data:`~.lexicon.UNDOTTED_ROLES` ("DA")
    in a ``text`` that spells that role out; None for anything else."""
    abbr = abbreviation(toks)
    if abbr is not None:
        return abbr if abbr in lx.ABBREVIATED_ROLES else None
    words = list(toks)
    if len(words) == 1 and (undotted := lx.UNDOTTED_ROLES.get(words[0].text)) is not None:
        dotted, spelled = undotted
        if spelled in text.lower():
            return dotted
    return None


def _leading_abbreviation(toks: list[Token]) -> int:
    """How many of a name's first words spell a role's or a country's abbreviation ("D. A. Ann
    Lee", "U. S. Tom Hale"), which are no initials of the name; 0 for none."""
    for k in (2, 1):
        if len(toks) > k and (abbr := abbreviation(toks[:k])) is not None:
            if abbr in lx.ABBREVIATED_ROLES or abbr in lx.GPE_ALIASES:
                return k
    return 0


def hyphen_joined(ent: SpacySpan) -> dict[int, str]:
    """Hyphenated names written as one word ("Strauss-Kahn"; "Jae-in" also when the entity
    stopped at the hyphen, "Moon Jae" of "Moon Jae-in"): the first token of each maps to the
    whole word, the later ones inside the entity to ""."""
    doc = ent.doc
    out: dict[int, str] = {}
    i = ent.start
    while i < ent.end:
        j = i
        while (
            j + 2 < len(doc)
            and inner_hyphen(doc[j + 1])
            and doc[j + 2].is_alpha
            and (j + 2 < ent.end or doc[j + 2].is_lower)  # past the entity: a lower-case piece
        ):
            j += 2
        if j > i:
            out[i] = doc[i : j + 1].text
            out.update({k: "" for k in range(i + 1, min(j + 1, ent.end))})
        i = j + 1
    return out


def shown_person(ent: SpacySpan) -> bool:
    """A name tagged PERSON, or one the text shows to be a person's (see ``personal_name``)."""
    if ent.label_ == "PERSON":
        return True
    return (len(ent) > 1 and ent[0].lower_ in lx.PERSON_TITLES) or (
        ent.label_ != "NORP" and personal_name(ent)
    )


def short_first(short: str, first: str) -> bool:
    """Is ``short`` a short form of the listed first name ``first`` ("Mo" of "Maurice")? A
    word of two to four letters with its initial, no listed first name itself ("Don" is one,
    and may be another person's, "Don Jr."), shorter than it."""
    s, f = short.lower(), first.lower()
    return (
        2 <= len(s) <= 4
        and len(s) < len(f)
        and s[0] == f[0]
        and s.isalpha()
        and s not in lx.FIRST_NAMES
        and f in lx.FIRST_NAMES
    )


def first_and_last(
    ent: SpacySpan,
    alone: set[str],
    people: frozenset[str] = frozenset(),
    firms: frozenset[tuple[str, ...]] = frozenset(),
    full: frozenset[tuple[str, str]] = frozenset(),
) -> bool:
    """An ORG, GPE or FAC name of two words, a listed first name and a surname, written as a
    person's, whose surname the article also names alone (``alone``: the one-word names of
    the article): "Carly Fiorina ... Fiorina was upfront", "Amanda Renteria ... Renteria
    told reporters", which the tagger made organizations throughout their articles. Not a
    plural ("Carolina Panthers"), nor a firm named by a first name and a word of its trade,
    which is never named by that word alone ("Perry Capital"). A first name not in the lists
    will do when the tagger tags the surname alone PERSON somewhere (``people``): "Sylke Tempel,
    the editor of ...", tagged ORG, "Tempel said", tagged PERSON. Never a name the text shows
    to be a firm's (``firms``, see :func:`firm_named`): "Shares of Eli Lilly rose". A
    surname the parse makes a plural ("Maurice Cheeks", tagged GPE, "Cheeks" NNPS) needs both:
    a listed first name and the surname alone tagged PERSON ("Cheeks said"). A short form of
    the first name of a person named in full (``full``: the article's listed first names and
    their surnames, lower case) will do as a listed one: "Mo Cheeks" (FAC) after "Maurice
    Cheeks", the surname alone tagged PERSON."""
    if ent.label_ not in ("ORG", "GPE", "FAC") or len(ent) != 2 or name_words(ent) in firms:
        return False
    first, last = ent[0], ent[1]
    short = any(s == last.lower_ and short_first(first.text, f) for f, s in full)
    listed = first.lower_ in lx.FIRST_NAMES or (short and last.text in people)
    plural = last.tag_ == "NNPS" and listed and last.text in people
    return (
        (last.text in alone and (listed or last.text in people) and last.tag_ == "NNP" or plural)
        and first.lower_ not in lx.DEMONYMS
        and first.lower_ not in lx.TITLES_AND_HONORIFICS
        and all(NAME_WORD.match(t.text) for t in ent)
        and not any(t.lower_ in ORG_WORDS or t.lemma_.lower() in ORG_WORDS for t in ent)
    )


#: Nouns whose possessor or modifier is a firm's name, seldom a person's: "Eli Lilly shares",
#: "Morgan Stanley's chief executive" (with "chief"), "Goldman Sachs analysts". Written by
#: hand for the review of 2026-12-04 (names of firms written as people's); "employees",
#: "customers", "spokesman" are left out, as people have them too.
FIRM_SIGN_NOUNS = frozenset(
    """
    share stock stockholder shareholder ceo subsidiary headquarters earnings revenue profit
    analyst economist chairman
    """.split()
)
#: Nouns a firm's name is the object of after "of" or "in": "shares of Eli Lilly", "a stake
#: in Morgan Stanley".
_FIRM_HOLDINGS = frozenset(("share", "stock", "stake"))


def firm_named(ents: list[SpacySpan], companies: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The words of the names the text shows to be a firm's somewhere (for
    :func:`first_and_last`, which would make "Eli Lilly", "Morgan Stanley" people): written
    as a company's full name elsewhere (``companies``: "Eli Lilly and Co."), after "shares
    of" or "a stake in", the possessor of a firm's noun ("Morgan Stanley's shares", "...'s
    chief executive") or compounded before one ("Eli Lilly shares", "Goldman Sachs
    analysts"); :data:`FIRM_SIGN_NOUNS`."""
    found = {c[:-1] if c[-1] in ("and", "&") else c for c in companies}
    for e in ents:
        if e.label_ not in ("ORG", "GPE", "FAC"):
            continue  # not a name tagged PERSON ("shares of ..." may be a person's holding)
        doc, root = e.doc, e.root
        sign = False
        if e.start > 1 and doc[e.start - 1].lower_ in ("of", "in"):
            sign = doc[e.start - 2].lemma_.lower() in _FIRM_HOLDINGS
        if not sign and root.dep_ in ("poss", "compound") and root.head.i >= e.end:
            head = root.head
            lemma = head.lemma_.lower()
            sign = lemma in FIRM_SIGN_NOUNS or (
                lemma == "executive" and any(c.lower_ == "chief" for c in head.children)
            )
        if sign:
            found.add(name_words(e))
    return found


def company_words(text: str) -> tuple[str, ...]:
    """The words of a name written as a company's full name, without the company words that
    end it ("Exxon Mobil Corp.": ("exxon", "mobil")), or before its "&" ("Echo Point Books &
    Media": ("echo", "point", "books")); () for a name with neither."""
    words = normalize(text).replace(".", "").replace(",", "").split()
    if "&" in words[1:-1]:
        # "Echo Point Books & Media": "&" joins a firm's name ("echo", "point", "books"), whose
        # first words alone are its short name ("Echo Point is now running ...", tagged
        # PERSON: a third audit of unseen articles found it a person)
        return tuple(words[: words.index("&")])
    if len(words) < 2 or words[-1] not in lx.COMPANY_NAME_WORDS:
        return ()
    while len(words) > 1 and words[-1] in lx.COMPANY_NAME_WORDS:
        words.pop()
    return tuple(words)


_HE_OR_SHE = frozenset({"he", "she", "him", "his", "her", "himself", "herself"})


def _he_or_she_near(e: SpacySpan) -> bool:
    """Is there a he or she in the name's sentence or the next one?"""
    sent = e.sent
    end = sent.end
    if end < len(e.doc):
        end = e.doc[end].sent.end
    return any(t.lower_ in _HE_OR_SHE for t in e.doc[sent.start : end])


def company_shorts(
    ents: list[SpacySpan], firm_words: set[str] | frozenset[str] = frozenset()
) -> tuple[set[int], set[str]]:
    """The starts of the PERSON-tagged names that are a company's short name, and the words
    that hold a name back from being one. A short name is one word that the tagger tags ORG
    alone elsewhere in the article more often than PERSON, which it tags it at most twice
    ("Ryanair said", "Ryanair" an ORG twice further on; not "Trump" in a column that names him
    so only, tagged PERSON four times and ORG nine) or more often only when no he or she
    stands in or after a sentence where it is tagged PERSON ("Seacom said", tagged PERSON
    three times and ORG five, with "it" and "its" only: a tenth audit of unseen articles
    found the cable operator a person on six attributions), or one or
    two words that open an ORG name written as a company's ("Exxon said" after "Exxon Mobil
    Corp."), with nothing in the text to show a person of that name: no title or honorific
    at the name or at another of that surname ("Mr. Vantor"), no name of two words or more
    ending in it, whatever its tag ("Harrison Ford" keeps "Ford said" a person's, "Bettie
    Page" tagged ORG "Page said"), no age, description or "who". A word of a listed firm named
    like a person that the article names (``firm_words``: "Stanley said" after "Morgan
    Stanley") is a short name so too."""
    # how often each one-word name is tagged ORG alone, and PERSON
    tags: Counter[tuple[str, str]] = Counter(
        (e.label_, e[0].lower_) for e in ents if len(e) == 1 and e.label_ in ("ORG", "PERSON")
    )
    companies = {c for e in ents if e.label_ == "ORG" and (c := company_words(e.text))}
    # the one-word names tagged PERSON in a sentence, or before one, with a he or she in it;
    # asked below only of a word tagged PERSON more than twice and ORG more often still, so
    # only those are looked for (each look reads sentences)
    gendered = {
        w
        for e in ents
        if len(e) == 1
        and e.label_ == "PERSON"
        and tags["PERSON", w := e[0].lower_] > 2
        and tags["ORG", w] > tags["PERSON", w]
        and _he_or_she_near(e)
    }
    found: dict[int, str] = {}
    shown: set[str] = set()
    for e in ents:
        if e.label_ not in ("PERSON", "ORG", "GPE", "FAC", "NORP"):
            continue
        words = name_words(e)
        while len(words) > 1 and words[-1].rstrip(".") in lx.NAME_SUFFIXES:
            words = words[:-1]  # "Luther Stan Pate IV": "pate"
        if not words:
            continue
        if e.label_ != "PERSON":
            opens = any(len(c) > len(words) and c[: len(words)] == words for c in companies)
            if len(words) > 1 and not company_words(e.text) and not opens or personal_name(e):
                shown.add(words[-1])  # "Bettie Page" tagged ORG; "Mendez, 34," tagged ORG
            continue
        titled = any(t.lower_ in lx.TITLES_AND_HONORIFICS for t in e) or (
            e.start > 0 and e.doc[e.start - 1].lower_ in lx.TITLES_AND_HONORIFICS
        )
        if (
            not titled
            and all(NAME_WORD.match(t.text) or t.is_upper for t in e if t.is_alpha)
            and not any(t.tag_ in ("NNS", "NNPS") for t in e)  # "Latinos": a people
            and (
                (
                    len(words) == 1
                    and tags["ORG", words[0]] > tags["PERSON", words[0]]
                    and (tags["PERSON", words[0]] <= 2 or words[0] not in gendered)
                )
                or (
                    len(words) <= 2
                    and words[0] not in lx.FIRST_NAMES
                    and any(c[: len(words)] == words for c in companies)
                )
                or (len(words) == 1 and words[0] in firm_words)
            )
            and not personal_name(e)
        ):
            found[e.start] = words[-1]
        else:
            shown.add(words[-1])
    return {start for start, last in found.items() if last not in shown}, shown


def listed_people(ent: SpacySpan, tails: set[tuple[str, ...]]) -> list[SpacySpan] | None:
    """The people's names an ORG/GPE/FAC entity lists ("Locke and Salazar", "Locke, Chu and
    Salazar"), when every item is the end of a person's name elsewhere in the article; else
    None."""
    if ent.label_ == "PERSON" or not any(t.dep_ == "cc" for t in ent):
        return None
    if any(t.text == "&" for t in ent):
        return None  # "Johnson & Johnson", "Procter & Gamble": a firm's name
    parts: list[SpacySpan] = []
    start = ent.start
    for t in [*ent, None]:
        if t is None or t.dep_ == "cc" or t.text == ",":
            end = t.i if t is not None else ent.end
            if end > start:
                parts.append(SpacySpan(ent.doc, start, end, label="PERSON"))
            start = end + 1
    if len(parts) < 2 or not all(name_words(p) in tails for p in parts):
        return None
    return parts


def name_words(ent: SpacySpan) -> tuple[str, ...]:
    """The words of a name, lower case, without possessive, title or honorific ("Strauss",
    "-", "Kahn" stay three words)."""
    words = [t.lower_ for t in ent if t.text not in ("'s", "’s", "'", "’", ".", ",")]
    while len(words) > 1 and words[0] in lx.TITLES_AND_HONORIFICS:
        words.pop(0)
    return tuple(words)


def person_at_end(ent: SpacySpan) -> SpacySpan | None:
    """The person's name closing an ORG entity that took in the title chain before it ("the
    Air Force for Acquisition Marvin Sambur", of "Assistant Secretary of the Air Force for
    Acquisition Marvin Sambur"): a listed first name and a capitalised last word after a
    preposition inside the entity, or after a person's title ("Homicide Detective Dominic
    Varga")."""
    if ent.label_ != "ORG" or len(ent) < 3:
        return None
    first, last = ent[-2], ent[-1]
    if first.lower_ not in lx.FIRST_NAMES and (after := _after_portfolio(ent)) is not None:
        return after  # "the Air Force for Acquisition Darleen Druyun": an unlisted first name
    if first.lower_ not in lx.FIRST_NAMES or not last.is_title or last.pos_ != "PROPN":
        return None
    chain = ent[:-2]
    if len(ent) >= 4 and any(t.pos_ == "ADP" for t in chain):
        return ent.doc[first.i : last.i + 1]
    if any(t.lower_ in lx.PERSON_TITLES for t in chain):
        return ent.doc[first.i : last.i + 1]  # "Homicide Detective Dominic Varga"
    return None


def _after_portfolio(ent: SpacySpan) -> SpacySpan | None:
    """The name after an office's portfolio that closes an ORG entity ("the Air Force for
    Acquisition Darleen Druyun", "the Navy for Research and Development Ann Vole"): two or
    three words written as a name's after "for" and capitalised words ending in a portfolio
    word (`lexicon.PORTFOLIO_WORDS`), where the first name is not a listed one; none of the
    name's words a portfolio, title or organization word."""
    fors = [t.i for t in ent if t.lower_ == "for" and t.i > ent.start]
    if not fors:
        return None
    doc = ent.doc
    k = fors[-1] + 1
    ends = [t.i for t in doc[k : ent.end] if t.lower_ in lx.PORTFOLIO_WORDS]
    if not ends:
        return None
    name = doc[ends[-1] + 1 : ent.end]
    if not 2 <= len(name) <= 3 or any(
        not (t.is_title and t.pos_ == "PROPN" or INITIALS.match(t.text))
        or t.lower_ in lx.PORTFOLIO_WORDS
        or t.lower_ in lx.TITLES_AND_HONORIFICS
        or t.lower_ in ORG_WORDS
        for t in name
    ):
        return None
    if any(not (t.text[:1].isupper() or t.lower_ == "and") for t in doc[k : ends[-1]]):
        return None
    return name


def given_before(ent: SpacySpan, text: str) -> SpacySpan:
    """A PERSON entity with the untagged first name the tagger left out between it and a
    person's title before it ("London Mayor Sadiq Khan", "Representative Debbie Wasserman
    Schultz" with "Khan" and "Wasserman Schultz" tagged): one or two words written as a
    name's, that no entity covers, compounded onto the name, after a capitalised title word
    (`lexicon.NAME_TITLES`). Also one such word after a comma, or after a noun or adjective
    in lower case before a tagged name of two words (", Sadiq Khan," with "Khan" tagged,
    "Tennis great Billie Jean King" with "Jean King" tagged; not at a sentence's start,
    "Painter Ada Quill"), and a first name the
    tagger took alone for a place (`_placed_given`). Not on a headline, nor a title, role or
    people word ("Deputy", "Undersecretary"), nor a demonym; the entity itself otherwise."""
    doc = ent.doc
    i = ent.start
    if i > 0 and _placed_given(doc[i - 1], ent) and headline_line(text, doc[i - 1].idx) is None:
        # "The mayor of London, Sadiq Khan," with "Sadiq" tagged a place
        return doc[i - 1 : ent.end]
    while (
        i > 0
        and ent.start - i < 2
        and not doc[i - 1].ent_type_
        and doc[i - 1].tag_ == "NNP"
        and doc[i - 1].dep_ == "compound"
        and ent.start <= doc[i - 1].head.i < ent.end
        and NAME_WORD.match(doc[i - 1].text)
        and len(doc[i - 1].text) > 2
        and not _title_or_role(doc[i - 1])
    ):
        i -= 1
    # not at a sentence's start, where a capitalised common noun stands as often ("Painter
    # Ada Quill opens a show", "Painter" untagged: the interview test of the attribution
    # tables); after a comma a capitalised word before a name is seldom anything but its first
    after_comma = i > 0 and doc[i - 1].text == ","
    if (
        i == ent.start - 1
        and (after_comma or len(ent) > 1 and _double_given(doc[i - 1]))
        and headline_line(text, doc[i].idx) is None
    ):
        # "Tennis great Billie Jean King" with "Jean King" tagged or ", Sadiq Khan," with
        # "Khan" tagged: one untagged name word compounded onto the name, after a comma or
        # after a word in lower case
        return doc[i : ent.end]
    if i == ent.start or i == 0:
        return ent
    title = doc[i - 1]
    if not (
        title.text[:1].isupper()
        and title.lower_.rstrip(".") in lx.NAME_TITLES | {t.rstrip(".") for t in lx.NAME_TITLES}
    ):
        return ent
    if headline_line(text, doc[i].idx) is not None:
        return ent
    return doc[i : ent.end]


def surname_after(ent: SpacySpan, text: str) -> SpacySpan:
    """A PERSON entity of one listed first name with the untagged surname the tagger left
    out after it ("Team spokesman Tim Mead", "Tim" tagged alone: a third audit of unseen
    articles found the source named "Team spokesman Tim Mead", of unknown kind): the word
    the first name is compounded onto, written as a name's, no title, role or people word;
    not on a headline. The entity itself otherwise."""
    doc = ent.doc
    if len(ent) != 1 or ent[0].lower_ not in lx.FIRST_NAMES or ent.end >= len(doc):
        return ent
    after = doc[ent.end]
    if (
        after.ent_type_
        or after.tag_ != "NNP"
        or ent[0].dep_ != "compound"
        or ent[0].head.i != after.i
        or NAME_WORD.match(after.text) is None
        or _title_or_role(after)
        or headline_line(text, after.idx) is not None
    ):
        return ent
    return doc[ent.start : ent.end + 1]


def _placed_given(t: Token, ent: SpacySpan) -> bool:
    """Is ``t``, a word the tagger took alone for a place (GPE), the first name of the
    person ``ent`` it is compounded onto: a name's word, no demonym nor title, written
    nowhere else in the text, after no capitalised word ("The mayor of London, Sadiq Khan":
    "Sadiq"; not "London Mayor", nor a place the text names again)."""
    doc = t.doc
    return (
        t.ent_type_ == "GPE"
        and t.ent_iob_ == "B"
        and (t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I")
        and t.tag_ == "NNP"
        and t.dep_ == "compound"
        and ent.start <= t.head.i < ent.end
        and NAME_WORD.match(t.text) is not None
        and not _title_or_role(t)
        and (t.i == 0 or t.is_sent_start or not doc[t.i - 1].text[:1].isupper())
        and sum(1 for u in doc if u.text == t.text) == 1
    )


def _double_given(before: Token) -> bool:
    """May an untagged name word compounded onto a tagged name of two words or more be the
    name's first after ``before``: a noun or adjective in lower case that is no stop word
    ("great" in "Tennis great Billie Jean King", the tagger's "Jean King"; not "the", nor a
    capitalised word, which only a title lets in)."""
    return before.text[:1].islower() and before.pos_ in ("NOUN", "ADJ") and not before.is_stop


def title_word(t: Token) -> bool:
    """Is ``t`` a title or an honorific ("Sheriff", "Mr.", "Mr", "Gen.")?"""
    w = t.lower_
    return (
        w in lx.TITLES_AND_HONORIFICS
        or w.rstrip(".") in lx.TITLES_AND_HONORIFICS
        or w in lx.NAME_TITLES
    )


def _title_or_role(t: Token) -> bool:
    w = t.lower_
    return title_word(t) or w in lx.PERSON_ROLE_NOUNS or w in lx.PEOPLE_NOUNS or w in lx.DEMONYMS


def office_word(t: Token) -> bool:
    """A word of an office's name before a person's ("Air Force", "Research" in "Secretary of
    the Navy for Research Marvin Dole"), not a title ("Rep." in "director for Rep. Fincher")."""
    if t.ent_type_ in ("ORG", "GPE"):
        return True
    return (
        t.pos_ == "PROPN"
        and not t.ent_type_
        and t.lower_ not in lx.TITLES_AND_HONORIFICS
        and t.lower_.rstrip(".") not in lx.TITLES_AND_HONORIFICS
    )


def titled_name(head: Token) -> Token | None:
    """The person a title noun's "of" phrase runs into, when the parse made the name the object
    of the title's preposition through an organization compounded before it: "Secretary of the
    Air Force James Roche" (the person is Roche, the title "Secretary of the Air Force"); not
    "the director for Rep. Fincher", where no organization comes between."""
    if head.lower_ not in lx.TITLE_WORDS and not (
        head.lower_ in lx.PERSON_ROLE_NOUNS and head.text[:1].isupper()
    ):
        return None
    objects = [n for p in head.children if _office_prep(p) for n in p.children]
    for n in objects:
        if n.dep_ != "pobj":
            continue
        if n.ent_type_ == "PERSON" and any(
            # before the name: not the party's "R" of "Marco Rubio (R-Fla.)" after it (a
            # tenth audit of unseen articles had "A spokesman for Sen. Marco Rubio (R-Fla.)"
            # joined to Rubio)
            c.dep_ == "compound" and c.i < n.i and office_word(c)
            for c in n.subtree
        ):
            return n
        # the name closing an ORG entity past the office's portfolio ("Undersecretary of the
        # Air Force for Acquisition Darleen Druyun", the name the object of "for")
        for p in n.children:
            if not _office_prep(p):
                continue
            for m in p.children:
                ent = next((e for e in n.doc.ents if e.start <= m.i < e.end), None)
                if m.dep_ == "pobj" and ent is not None and (end := person_at_end(ent)):
                    if end.start <= m.i < end.end:
                        return m
    return None


def _office_prep(p: Token) -> bool:
    return p.dep_ == "prep" and p.lower_ in ("of", "for")


def relative_word(relcl: Token) -> str:
    """The relative pronoun opening a relative clause ("who", "which", "that"), lower case."""
    for c in relcl.subtree:
        if c.i >= relcl.i:
            break
        if c.tag_ in ("WP", "WDT", "WP$"):
            return c.lower_
    return ""


def common_noun(ent: SpacySpan) -> bool:
    """A one-word ORG/GPE/FAC entity that is a common noun for people ("Demonstrators said",
    "Customers reported": tagged ORG for the capital a sentence start gives them)."""
    if len(ent) != 1 or ent.label_ not in ("ORG", "GPE", "FAC"):
        return False
    t = ent[0]
    return t.tag_ in ("NN", "NNS") and (
        t.lemma_.lower() in lx.PEOPLE_NOUNS or t.lower_ in lx.GROUP_NOUNS
    )


#: Words that make a capitalised entity an organization's name, whatever else it shows.
ORG_WORDS = (
    lx.ORGANIZATION_NOUNS
    | lx.COMPANY_NOUNS
    | lx.CORPORATE_SUFFIXES
    | lx.OUTLET_NOUNS
    | {"of", "for", "and", "&", "the", "'s", "’s"}
)


#: A word written as a person's name is: "Mendez", "O'Brien", "McCain", "Smith-Jones", "J.".
NAME_WORD = re.compile(
    r"^(?:[A-Z]\.|(?:[A-Z][a-z]?['’])?(?:Mc|Mac)?[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)$"
)
#: People nouns that also describe a company's place in a deal ("its launch customer, All
#: Nippon Airways"): in apposition they do not make a name a person's.
ALSO_FIRMS = {"customer", "parent", "tenant", "landlord", "trader", "merchant", "banker"}


#: A firm's officers' titles that make the name just after them a person's ("Hewlett-Packard
#: CEO Carly Fiorina", tagged ORG: a twelfth audit of unseen articles found her an
#: organization). Only just before the name, never inside it: not in
#: :data:`~.lexicon.PERSON_TITLES`, which also reads a name's own words ("CEO Council").
_EXECUTIVES = frozenset({"ceo", "cfo", "coo"})


def personal_name(ent: SpacySpan) -> bool:
    """Does the text show that a name the parser tagged ORG/GPE/FAC is a person's? A title
    just before it ("Sheriff Jones", "Det. Mark Cole" where the title is left out of the
    entity), an age after it ("Mendez, 34,"), a description of a human being in apposition
    ("Mendez, a farmer"; "a nurse, Ana Ruiz") or a "who" clause ("Torres, who lives in
    Dallas"). Only for short capitalised names without an organization word ("Sheriff's
    Office", "Mendez Farms Inc." stay organizations).

    Checked against invented sentences (tests/test_sources_resolution.py) and BASIL's speakers."""
    words = [t for t in ent if not t.is_punct]
    if ent.label_ == "GPE":
        # a place: "Ohio, 23," is a tally, not an age; only a listed first name alone in
        # apposition to a person's noun is a person's ("Trump's wife, Melania," tagged GPE: a
        # sixteenth audit of unseen articles found her an organization)
        return len(words) == 1 and words[0].lower_ in lx.FIRST_NAMES and _human_apposition(ent)
    if not 1 <= len(words) <= 3:
        return False
    if any(t.lower_ in ORG_WORDS or t.lemma_.lower() in ORG_WORDS for t in words):
        return False  # "Singapore Airlines, its launch customer"
    doc, root = ent.doc, ent.root
    if root.dep_ in ("compound", "amod", "nmod", "poss"):
        return False  # "Deputy Defense Secretary Wolfowitz": "Defense" names no one
    if any(t.lower_ in lx.PERSON_TITLES for t in words):
        return True
    if not all(NAME_WORD.match(t.text) for t in words if t.lower_ not in lx.PERSON_TITLES):
        return False  # "AirTanker, who retains ...", "EADS": not written as a person's name
    if ent.start > 0 and doc[ent.start - 1].lower_ in lx.PERSON_TITLES | _EXECUTIVES:
        prev = doc[ent.start - 1]
        if prev.head.i in range(ent.start, ent.end) or prev.head.i == prev.i + 1:
            return True  # "Sheriff Jones" with only "Jones" tagged
    after = doc[ent.end : ent.end + 3]
    if (
        len(after) >= 2
        and after[0].text == ","
        and after[1].text.isdigit()
        and 0 < int(after[1].text) < 120
        and (len(after) == 2 or after[2].is_punct)
    ):
        return True  # "Mendez, 34," "said Suarez, 23."
    if _human_apposition(ent):
        return True
    return any(c.dep_ == "relcl" and relative_word(c) in ("who", "whom") for c in root.children)


def _human_apposition(ent: SpacySpan) -> bool:
    """Is a noun for a human being in apposition to the name, a comma between ("Mendez, a
    farmer"; "a nurse, Ana Ruiz"; a role before a first name: "the campaign manager, Brad
    Parscale,")?"""
    doc, root = ent.doc, ent.root
    first = next(t for t in ent if not t.is_punct)
    appos = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        appos.append(root.head)
    for a in appos:
        between = doc[min(a.i, root.i) : max(a.i, root.i)]
        if "," not in [t.text for t in between]:
            continue  # "Airbus parent EADS": a compound-like apposition, no description
        if a.tag_ == "NN" and (
            (a.lemma_.lower() in lx.PEOPLE_NOUNS and a.lower_ not in ALSO_FIRMS)
            or a.lower_ in lx.MALE_NOUNS
            or a.lower_ in lx.FEMALE_NOUNS
            # a role ("the campaign manager, Brad Parscale,") before a first name: "the fund
            # manager, Vanguard," has none
            or (a.lemma_.lower() in lx.PERSON_ROLE_NOUNS and first.lower_ in lx.FIRST_NAMES)
        ):
            return True
    return False


#: Demonyms with no plural ending ("Japanese", "Swiss"): a people only after "the" ("the
#: Japanese said"); alone they are as often an adjective or one person.
_UNMARKED_PLURAL = ("ese", "swiss")


def demonym(ent: SpacySpan) -> bool:
    """Is the name a people named by its plural demonym ("Britons", "Scots", "the Israelis";
    :data:`~newsprov.analysis.sources.lexicon.DEMONYMS`), a noun and not a modifier
    ("Iranian officials", "Israeli forces" are no such name)?"""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) != 1:
        return False
    t = words[0]
    if t.lower_ not in lx.DEMONYMS or not t.text[:1].isupper():
        return False
    if t.dep_ in ("amod", "compound", "nmod", "poss") or t.pos_ not in ("NOUN", "PROPN"):
        return False
    if t.lower_.endswith(_UNMARKED_PLURAL):
        return t.i > 0 and t.nbor(-1).lower_ == "the"
    return True


def compass_short(ent: SpacySpan, compass: set[str]) -> bool:
    """Is the name "the North" or "the South" (one word of the compass after "the") in an
    article that names a country with that word first (``compass``: "north" for "North
    Korea")?"""
    return (
        len(ent) == 1
        and ent[0].lower_ in compass
        and ent[0].text[:1].isupper()
        and ent.label_ in ("ORG", "LOC", "GPE", "NORP")
        and ent.start > 0
        and ent.doc[ent.start - 1].lower_ == "the"
    )


#: The words title case writes in lower case: articles, conjunctions and short prepositions
#: (the common style guides' list, written here for `headline_line`'s ``title_case``).
_TITLE_CASE_MINOR = frozenset(
    "a an the and but or nor for to from of in on at by with as vs. via".split()
)


def headline_line(text: str, pos: int, title_case: bool = False) -> tuple[int, int] | None:
    """The line holding ``pos`` when it is a headline: a line that more text follows, ending
    without closing punctuation, most of its words capitalised, where the capitals mislead the
    tagger ("Obama Poised to Back Comprehensive Plan": "Obama Poised"); None for a line of the
    body. ``title_case``: a first line ending in a full stop is read in title case, its short
    words of grammar left out of the count of capitals."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    if b == -1 or b >= _content_end(text):
        return None  # the last line: no more text follows
    line = text[a:b].strip()
    if not line:
        return None
    if line[-1] in '.!?"”:;':
        # a sentence of the body (most lines end so: the cheap test first), but for the first
        # line in title case ("President Trump Is Coming to Britain. Here's What He Can
        # Expect."): four words or more, at least four in five capitalised
        if text[:a].strip():
            return None
        words = [w for w in line.split() if w[:1].isalpha()]
        # with ``title_case``, the short words of grammar title case writes in lower case are
        # counted apart ("Glenn Beck Blasts Drudge for Mocking His Fast, Quotes Bible to
        # Encourage Indiana to ...": a tenth audit of unseen articles had the name "Glenn Beck
        # Blasts Drudge"); only for a name's cut (:func:`headline_cut`): an untagged surname
        # on such a line ("... in the Service of Trump.") stays a mention
        major = [w for w in words if not title_case or w not in _TITLE_CASE_MINOR]
        if len(words) < 4 or not major or sum(w[0].isupper() for w in major) * 5 < len(major) * 4:
            return None
        return a, b
    words = [w for w in line.split() if w[:1].isalpha()]
    if not words or sum(w[0].isupper() for w in words) * 2 <= len(words) + 1:
        return None
    return a, b


def borne_out(word: str, text: str, a: int, b: int) -> bool:
    """Is a word of a name on the headline ``text[a:b]`` a listed first name, an initial or a
    word the text has off that line, written the same? A name's suffix ("Jr.", "III") goes
    with the name."""
    if word.lower() in lx.FIRST_NAMES or len(word.rstrip(".")) == 1:
        return True
    if word.lower() in lx.NAME_SUFFIXES:
        return True
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")  # "Jr." before a comma too
    return bool(pattern.search(text, 0, a) or pattern.search(text, b))


@lru_cache(maxsize=4)
def _content_end(text: str) -> int:
    """Where ``text`` ends but for trailing white space (asked once per name mention: the
    text's hash is cached, so the lookup is cheap)."""
    return len(text.rstrip())


def headline_cut(ent: SpacySpan, text: str) -> SpacySpan | None:
    """The name a name on a headline is before the headline's words the tagger ran into it
    ("Comey Memos Show 'He Leaked ...'": "Comey"; "Esther Williams Dead: ...": "Esther
    Williams"; "Trump Signals Openness to ...", tagged ORG: "Trump"): its words up to the first
    that is not borne out (:func:`borne_out`); None when the name is not on a headline, when
    every word is borne out or when its first is not, and for a name in capitals ("GARY ROSS
    TO DIRECT"), whose words the body writes otherwise; an initialism among the words does
    not make a name one in capitals ("Police Release ID Of Woman Killed In", tagged ORG:
    "Police", a twenty-eighth audit of unseen articles)."""
    line = headline_line(text, ent.start_char, title_case=True)
    words = [t for t in ent if t.is_alpha and len(t.text) > 1]
    if line is None or not words or all(t.is_upper for t in words):
        return None
    k = 0
    for t in ent:
        if t.is_punct or not borne_out(t.text, text, *line):
            break
        k += 1
    if k == 0 or k == len(ent):
        return None
    return ent.doc[ent.start : ent.start + k]

"""Typing and naming of resolved entities: ``kind`` per the spec (person, organization, outlet,
document, anonymous, group, unknown), the canonical ``name`` and the ``title``."""

from __future__ import annotations

import re

from newsprov.analysis.outlets import registry
from newsprov.analysis.sources import lexicon as lx
from newsprov.analysis.sources.agreement import (
    POSSESSIVE_PRONOUNS,
    masthead,
    norp_person,
    outlet_noun,
)
from newsprov.analysis.sources.coref import Entity, family_word
from newsprov.analysis.sources.detection import SHOW
from newsprov.analysis.sources.mentions import Mention, age_epithet
from newsprov.analysis.sources.names import borne_out, headline_line

#: Organization nouns whose plural still names one body ("the authorities", "the armed
#: forces", "the police"): an organization, not a group of several.
_ONE_BODY_PLURALS = {"authority", "force", "police", "headquarters"}

_PERSONAL_ANON = {"official", "source", "aide", "person", "insider", "staffer", "someone"}
#: "people" or "others" that the text marks as unnamed on purpose: an anonymous source, not a
#: group ("two people familiar with the process", "people close to him", "others briefed on it",
#: "those close to him")
_UNNAMED_PEOPLE = {"people", "other", "others", "those"}
_WITHHELD = {"familiar", "briefed", "close", "knowledgeable", "anonymity", "unnamed"}
#: Plural words for people that type a description a group and nothing more: kept out of the
#: lexicon's GROUP_NOUNS, which make a noun an antecedent for "they" (there "troops" and a
#: vocative "folks" took the "they" of "Republicans" and "Democrats" in a wider set of 320
#: texts). Written for an eighth audit of unseen articles ("Female troops preferred",
#: "enlisted personnel favored", "those folks hope", "His enemies within the ... circle" had
#: been typed unknown). "boosters" and "admirers", followers as "supporters" and "backers"
#: are, since a ninth audit ("Clinton's biggest boosters in New Hampshire" unknown); "sides",
#: the parties to a dispute, since a fifteenth audit ("Both sides have also acknowledged",
#: of Republicans and Democrats, had been typed unknown).
_PLURAL_PEOPLE = {"troops", "personnel", "folks", "enemies", "boosters", "admirers", "sides"}
#: Plural words for businesses of one trade that type a description a group (several bodies)
#: and nothing more, kept out of the lexicon's organization nouns, which make a description
#: refer back: with "casino" there, "the remaining casinos" joined a list of four casinos the
#: tagger had named a person (an eleventh audit of unseen articles, where "the remaining
#: casinos in Atlantic City reported" had been typed unknown). "pacs" since a nineteenth
#: ("big-bucks super PACs with whom Christie was contending backed", and the eighteenth's "The
#: super PACs", had been typed unknown). Written here.
_PLURAL_BUSINESSES = {"casinos", "hotels", "restaurants", "stores", "shops", "pacs"}


#: Heads of written or recorded things that the lexicon's DOCUMENT_NOUNS leave out: a source
#: so headed is a document ("a list of the questions obtained by The New York Times", "the
#: plan calls for", "the minutes of the meeting show", "a draft of the bill says"). Kept here,
#: for the kind only: DOCUMENT_NOUNS also make a noun a mention everywhere (`detection`) and a
#: subject a speaker (the attribution's cues), which these words, many of them common in other
#: senses ("top of the list", "a plan to leave", "ten minutes later"), should not. "minutes"
#: is matched as the word (its lemma is a time's "minute"), as are "returns" ("Mr. Trump's tax
#: returns") and "materials". "statistic" and "finding" are the tagger's lemmas of listed
#: plurals ("industry statistics from November", "a legal finding"); "file" and "agreement"
#: were kept out of DOCUMENT_NOUNS for what they joined, not for their kind. Written for an
#: audit of written sources' and outlets' kinds, where such sources had been typed unknown.
#: Kept apart from DOCUMENT_NOUNS (and disjoint from them, which `nominal_kind` reads first),
#: so a head added there is a document here without being listed again. A life written
#: ("according to her official biography", "the bio said", "his memoir") since a ninth audit
#: of the profile (2026-12-06, session 54), where two such sources had been typed unknown.
_WRITTEN_NOUNS = frozenset(
    """
    list lists plan plans agenda agendas draft drafts diary diaries log logs
    ledger ledgers manual handbook brochure pamphlet script scripts outline timeline chronology
    file photograph photographs voiceover broadcast broadcasts toll statistic finding
    constitution charter counterproposal agreement agreements
    biography biographies bio bios autobiography memoir memoirs obituary obituaries
    """.split()
)
_WRITTEN_WORDS = frozenset({"minutes", "returns", "materials"})


#: A figure alone, with or without a percent sign: what a share of those polled is written as.
_BARE_COUNT = re.compile(r"\d[\d,.]*%?")


def nominal_kind(m: Mention) -> str:
    """The kind a description alone shows ("two U.S. officials" → anonymous)."""
    lemma, low = m.lemma, m.text.lower()
    words = set(low.replace(",", " ").split())
    if m.type == "pronoun":
        return "person" if m.gender in "mf" else "unknown"
    if m.type == "first":  # "I" whose speaker is not known: a person; "we": a group
        return "person" if m.word in lx.FIRST_SINGULAR else "group"
    if lemma in _CAMP_NOUNS and m.number == "s" and _capitalised_modifier(m):
        # "the Clinton operation disparaged": a person's or a body's organization, as "the
        # Clinton camp" (a thirtieth audit of unseen articles found it typed unknown); not
        # "the military operation"
        return "organization"
    if m.of_noun and (kind := _partitive_kind(m)):
        # a partitive takes the kind of its noun after "of": "45% of Republicans" are people,
        # "many of those questions" no group (a sixth audit of unseen articles)
        return kind
    if lemma in lx.DOCUMENT_NOUNS and lemma not in lx.PERSON_ROLE_NOUNS:
        return "document"
    if lemma == "act" and "Act" in m.text.split():
        # a statute by its name ("the Voting Rights Act, which prohibits"): a document; not
        # "an act of war" (a twenty-seventh audit of unseen articles found it typed unknown)
        return "document"
    if (lemma in _WRITTEN_NOUNS or m.word in _WRITTEN_WORDS) and not outlet_noun(m):
        return "document"  # "a list of the questions", "the minutes" (not "the journal")
    if lemma == "figure" and words & lx.PUBLIC_FIGURE_WORDS:
        # "some party figures", "a public figure": people (the lexicon's PUBLIC_FIGURE_WORDS)
        if m.number == "p":
            return "group"
        return "person" if not m.indefinite else "anonymous"
    if m.of_people:  # "a group of about 100 people": people, not a body
        return "group"
    if age_epithet(m.text) is not None and m.number == "s":  # "the 30-year-old"
        return "anonymous" if m.indefinite else "person"
    if lemma in lx.ANONYMOUS_NOUNS or m.text.lower().split()[-1:] == ["officials"]:
        if m.definite and m.number == "s" and lemma in lx.PERSON_ROLE_NOUNS:
            if lemma in _PERSONAL_ANON or words & lx.ANONYMITY_MARKERS:
                return "anonymous"
            return "person"
        if lemma in lx.GROUP_NOUNS and m.number == "p" and not words & lx.ANONYMITY_MARKERS:
            return "group"
        return "anonymous"
    if lemma in _UNNAMED_PEOPLE and words & _WITHHELD:
        return "anonymous"  # "two people familiar with the talks", "others briefed on it"
    if m.type == "nominal" and _BARE_COUNT.fullmatch(low):
        # a bare figure as a source is a count or share of people: "42% say they're liberal"
        # (whose span leaves the sign out: "42"), "32 call themselves conservative" (a
        # twenty-third audit of unseen articles had three such lines typed unknown)
        return "group"
    if lemma == "number" and m.number == "p" and not m.of_noun:
        # "a number of voters", "a growing number say" are people; plural "numbers" with no
        # "of" are figures ("These poll numbers should put to rest ...", "the numbers also
        # underscore": a twenty-third audit of unseen articles had them typed a group)
        return "unknown"
    if lemma in lx.GROUP_NOUNS or m.word in lx.GROUP_NOUNS or low in lx.GROUP_NOUNS:
        return "group"
    if m.word in _PLURAL_PEOPLE:
        return "group"
    if m.word in _PLURAL_BUSINESSES and m.number == "p":  # "the remaining casinos"
        return "group"
    if lemma in lx.COLLECTIVE_PEOPLE:  # "the family", "the couple"
        return "group"
    if lemma == "generation" and m.number == "s" and " of " not in low:
        # people of an age: "the under-35 generation says" (a twenty-third audit of unseen
        # articles had it typed unknown); "a new generation of chips" is no one
        return "group"
    if (
        lemma in lx.PERSON_ROLE_NOUNS
        or lemma in lx.PEOPLE_NOUNS
        or lemma in lx.FAME_NOUNS
        or lx.is_agent_noun(lemma)
    ):
        # "the commander"; "a commander"; "the fact-checkers"; "demonstrators", "customers";
        # "security specialists" (an agent noun in "-ist"); "the star"
        if m.number == "p":
            return "group"
        return "person" if not m.indefinite else "anonymous"
    if outlet_noun(m) and m.number == "p" and m.word != lemma:
        # several outlets, no one to relay: "far fewer publications", "several newspapers"
        # (an audit of the profile, 2026-12-05, found them listed as relays)
        return "group"
    if lemma in lx.NEWS_ONLY_OUTLET_NOUNS and outlet_noun(m):
        return "outlet"  # "the news agency"; "the agency" is a body of government
    if lemma in lx.ORGANIZATION_NOUNS or (lemma in lx.COMPANY_NOUNS and m.number == "p"):
        # a company's noun alone only in the plural: "businesses" are several; "the business"
        # may be trade as well as a firm (an eighth audit of unseen articles had "businesses
        # should support" typed unknown)
        if m.number == "p" and m.word != lemma and lemma not in _ONE_BODY_PLURALS:
            # several bodies: "the two countries", "countries", "both companies" (an audit of
            # unseen NewsWCL50 articles found "the two countries" typed an organization)
            return "group"
        return "organization"
    if outlet_noun(m):
        return "outlet"
    return "unknown"


#: Nouns of an organization built around someone, named by a modifier ("the Clinton
#: operation", "the Trump machine"), and of an undertaking with no such modifier.
_CAMP_NOUNS = frozenset({"operation", "machine"})


def _capitalised_modifier(m: Mention) -> bool:
    """Has ``m`` a capitalised word between its determiner and its head ("the Clinton
    operation")?"""
    words = m.text.split()
    if words and words[0].lower() in lx.DEFINITE | {"a", "an"}:
        words = words[1:]
    return any(w[:1].isupper() for w in words[:-1])


def _partitive_kind(m: Mention) -> str:
    """The kind of a partitive from its noun after "of" ("45% of Republicans": group; "two of
    the officials": anonymous; "many of those questions": document); "" when the noun is in
    none of the lexicon's lists, and the head decides as before ("some of her followers")."""
    noun = m.of_noun
    plural = noun if noun.endswith("s") else f"{noun}s"
    if noun in lx.DOCUMENT_NOUNS and noun not in lx.PERSON_ROLE_NOUNS:
        return "document"
    human = (
        noun in ("people", "person")
        or noun in lx.HUMAN_NOUNS
        or plural in lx.HUMAN_NOUNS
        or plural in lx.GROUP_NOUNS
        or noun in lx.PEOPLE_COLLECTIVES
        or lx.is_agent_noun(noun)
    )
    if not human:
        # several bodies: "a lot of companies", "many of the firms" (an eighth audit of unseen
        # articles had "a lot of companies" typed unknown)
        if noun in lx.ORGANIZATION_NOUNS or noun in lx.COMPANY_NOUNS:
            return "organization" if m.lemma in ("one", "each") else "group"
        return ""
    if m.lemma in ("one", "each") or (noun in lx.ANONYMOUS_NOUNS and plural not in lx.GROUP_NOUNS):
        return "anonymous"  # "two of the officials", as "two officials"; "one of his sons"
    return "group"


#: A web address standing as a name ("GovExec.com", "Politico.eu"): a site, never a person.
_DOMAIN = re.compile(
    r"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|gov|edu|io|co|news|info|eu|uk|us)$"
)


def _street(e: Entity) -> bool:
    """Is ``e`` a seat of power named by its street ("Downing Street", "Wall Street", tagged
    PERSON): a two-word name ending in "Street", no first name opening any of its mentions
    ("Tom Street"), no he or she for it."""
    names = [m.text.split() for m in e.mentions if m.type == "name"]
    return (
        any(len(n) == 2 and n[1] == "Street" for n in names)
        and not any(n[0].lower() in lx.FIRST_NAMES for n in names if n)
        and not any(m.type == "pronoun" and m.gender in "mf" for m in e.mentions)
    )


_DOCUMENT_NAME_ENDS = lx.DOCUMENT_NAME_ENDS  # "Memos", "Papers": see the lexicon


def _document_name(e: Entity) -> bool:
    """Is every name of ``e`` one of two words or more ending in a capitalised word for
    documents ("Memos", "Papers")?"""
    names = [m.text.split() for m in e.mentions if m.type == "name"]
    return bool(names) and all(
        len(n) > 1 and n[-1][:1].isupper() and n[-1].lower() in _DOCUMENT_NAME_ENDS for n in names
    )


#: "North and South Korea", "East and West Germany": two places under one tag (an audit of
#: unseen NewsWCL50 articles; not "Trinidad and Tobago" or "Bosnia and Herzegovina", one each).
_COMPASS_PAIR = re.compile(
    r"^(?:the\s+)?(?:North|South|East|West)(?:ern)?\s+and\s+(?:North|South|East|West)(?:ern)?\s+\S"
)


def _institution_name(e: Entity) -> bool:
    """Is every name of ``e`` one of three words or more ending in a capitalised word for an
    institution ("the Muhammad Ali Center", tagged PERSON: a person's name and the noun)?"""
    names = [m.text.split() for m in e.mentions if m.type == "name"]
    return bool(names) and all(
        len(n) > 2 and n[-1][:1].isupper() and n[-1].lower() in lx.INSTITUTION_NAME_ENDS
        for n in names
    )


def family(e: Entity, surnames: frozenset[str]) -> bool:
    """Is ``e`` a family named by a plural of a person's surname the article gives ("the
    Murdochs" after "Rupert Murdoch", tagged ORG in a second audit of unseen PolNeAR texts):
    every name or description of it ("the" aside) one word, a surname of ``surnames`` and an
    "s" (the tagger may leave it untagged), no he or she for it?"""
    names = [
        [w for w in m.text.split() if w.lower() != "the"]
        for m in e.mentions
        if m.type in ("name", "nominal")
    ]
    # or tagged a plural after "the" ("the Obamas" with no "Barack Obama": detection's
    # `_family_plural`, since a sixth audit of unseen articles)
    plural = any(m.type == "name" and m.number == "p" and m.label == "PERSON" for m in e.mentions)
    return (
        bool(names)
        and all(
            len(n) == 1 and n[0].endswith("s") and (n[0][:-1] in surnames or plural) for n in names
        )
        and not any(m.type == "pronoun" and m.gender in "mf" for m in e.mentions)
    )


def _generation(e: Entity) -> bool:
    """Is every name of ``e`` a generation's plural name ("Baby Boomers", "Gen Xers",
    "Millennials"; `lexicon.GENERATION_NOUNS`), no he or she for it?"""
    names = [m.text.split() for m in e.mentions if m.type == "name"]
    return (
        bool(names)
        and all(n[-1].lower() in lx.GENERATION_NOUNS for n in names)
        and not any(m.type == "pronoun" and m.gender in "mf" for m in e.mentions)
    )


def _compass_pair(e: Entity) -> bool:
    names = [m.text.strip() for m in e.mentions if m.type == "name"]
    return bool(names) and all(_COMPASS_PAIR.match(n) for n in names)


def _described_as_body(e: Entity) -> bool:
    """Does a description in apposition call the entity a body ("GetEQUAL, a group that ...",
    the name tagged PERSON), with no he or she for it?"""
    return any(
        m.type == "nominal"
        and m.appos_of is not None
        and m.number == "s"
        and m.lemma in lx.ORGANIZATION_NOUNS | lx.COMPANY_NOUNS
        # not with a person's role joined by "and" ("Richard Uihlein, an Illinois
        # shipping-supplies manufacturer and conservative activist": a seventeenth audit of
        # unseen articles found him an organization)
        and not m.human_conjunct
        for m in e.mentions
    ) and not any(m.type == "pronoun" and m.gender in "mf" for m in e.mentions)


#: Human nouns a company may be called as well ("Apple, a leader in phones", "Acme, a maker
#: of tools"; "member" never counts): in apposition they make a name a person's only with a body after "of", "for"
#: or "at" ("Deb Kline, a leader of Cleveland Jobs With Justice").
_ALSO_BODIES = frozenset(
    {"leader", "producer", "owner", "host", "maker", "founder", "developer", "supporter", "backer"}
)
_OF_BODY = re.compile(r"\s(?:of|for|at|with)\s+(?:the\s+)?[A-Z]")


def _described_as_person(e: Entity) -> bool:
    """Does a description in apposition call a name the tagger took for a body's a person
    ("Deb Kline, a leader of Cleveland Jobs With Justice", tagged ORG)? The description is
    one of a human noun; every name of the entity two or three capitalised words with no
    link word. Written for a sixth audit of unseen articles, where the name had been typed
    an organization."""
    if not _named_like_person(e):
        return False
    for m in e.mentions:
        if m.type != "nominal" or m.appos_of is None or m.number != "s":
            continue
        lemma = m.lemma
        if lemma in ("member", "members"):
            continue  # a body is a member of a coalition as well
        if not lx.person_role(lemma):
            continue
        if lemma in _ALSO_BODIES and not _OF_BODY.search(m.text):
            continue
        return True
    return False


def _named_like_person(e: Entity) -> bool:
    """Is every name of ``e`` two or three capitalised words with no link word, no company's
    suffix and no body's noun at its end ("Deb Kline", "Jahenns Manigat"; not "Cleveland
    Jobs With Justice", "Acme Corp.")?"""
    names = [m.text.split() for m in e.mentions if m.type == "name"]
    return bool(names) and all(
        2 <= len(n) <= 3
        and all(w[:1].isupper() for w in n)
        and not _LINKS & {w.lower() for w in n}
        and n[-1].lower().rstrip(".") not in lx.CORPORATE_SUFFIXES
        and n[-1].lower() not in lx.ORGANIZATION_NOUNS | lx.INSTITUTION_NAME_ENDS
        for n in names
    )


def _speaks_as_one(e: Entity) -> bool:
    """Does a name the tagger took for a body's speak as "I" ('"I had to go to class
    today," Jahenns Manigat said', tagged ORG)? A body speaks as "we"; the names are
    :func:`_named_like_person`'s. Written for an eighteenth audit of unseen articles, where
    the student had been typed an organization on two lines."""
    return _named_like_person(e) and any(
        m.type == "first" and m.word in lx.FIRST_SINGULAR for m in e.mentions
    )


def _office(e: Entity) -> bool:
    """Is ``e`` named by an office alone, its holder speaking ("DNC Chair Says ...", "the
    Senate Majority Leader said")? Every name of it ends in a singular role noun; the parse
    tags these ORG (asked only of names tagged so). Not a body of many ("the Joint Chiefs",
    plural), nor a name whose last word is a complement ("Department of Justice")."""
    names = [m for m in e.mentions if m.type == "name"]
    return bool(names) and all(
        m.number == "s"
        and m.text.split()[-1].lower().rstrip(".") in lx.PERSON_ROLE_NOUNS
        and not _LINKS & set(m.text.lower().split())
        for m in names
    )


#: Words that make the last word of a name a complement, not its head ("Department of
#: Justice", "Brennan Center for Justice").
_LINKS = {"of", "for", "on", "and", "&"}


def _untagged_name(m: Mention) -> bool:
    """Is the description a name the tagger left untagged: every word capitalised but a first
    "the" ("The Journal-Constitution", headed by "Constitution")?"""
    words = m.text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return bool(words) and all(w[:1].isupper() for w in words)


def _station_name(m: Mention) -> bool:
    """Is the description an untagged name that opens with a registry outlet's and holds a
    broadcast medium's word ("BBC Radio Kent": the BBC's local station, no outlet of the
    registry; an audit of written sources' and outlets' kinds found it unknown)? Not a
    possessive ("Fox News' Megyn Kelly", the network's host, whose "News" is the outlet's)."""
    return (
        m.type == "nominal"
        and m.outlet_mod is not None
        and _untagged_name(m)
        and not _APOSTROPHE.search(m.text)
        and any(w in _BROADCAST_WORDS for w in m.mods)
    )


_BROADCAST_WORDS = frozenset({"radio", "tv", "television"})
_APOSTROPHE = re.compile(r"['’]")


def entity_kind(e: Entity, surnames: frozenset[str] = frozenset()) -> str:
    """The entity's kind; ``surnames`` are the last words of the article's person names (a
    family, "the Murdochs", is a group)."""
    if e.outlet or (SHOW in e.labels and "PERSON" not in e.labels):
        return "outlet"  # a registry outlet; a programme's title in quotation marks
    if any(
        masthead(m.text)
        and (
            m.type == "name"
            and m.label != "PERSON"
            or m.type == "nominal"
            and (m.word in lx.MASTHEAD_WORDS or _untagged_name(m))
        )
        or _station_name(m)
        for m in e.mentions
    ) and not any(m.type == "pronoun" and m.gender in "mf" for m in e.mentions):
        # a newspaper the registry does not list: "The Coast Courier"; a masthead the tagger
        # left untagged, "The Journal-Constitution"; a network's station, "BBC Radio Kent"
        return "outlet"
    if any(m.type == "name" and _DOMAIN.match(m.text.strip()) for m in e.mentions):
        return "organization"  # the parse's PERSON for "GovExec.com" notwithstanding
    if any(
        # not "the agency" for "the International Atomic Energy Agency": its own name's noun
        m.type == "nominal"
        and outlet_noun(m)
        and m.lemma not in e.org_heads
        and not (m.number == "p" and m.word != m.lemma)  # several: "far fewer publications"
        for m in e.mentions
    ) and not any(m.type == "pronoun" and m.gender in "mf" for m in e.mentions):
        # a name the description says is an outlet, whatever the parse's label ("a South
        # Korean newspaper, Hanbit Ilbo", tagged PERSON); not when he/she speaks of it
        return "outlet"
    if _document_name(e):
        return "document"  # "the James Comey Memos", tagged PERSON; "the Pentagon Papers"
    if _compass_pair(e):
        return "group"  # "North and South Korea", tagged one GPE: two countries
    if _institution_name(e):
        return "organization"  # "the Muhammad Ali Center", tagged PERSON
    if _street(e):
        # a seat of power named by its street ("Downing Street said", tagged PERSON)
        return "organization"
    if family(e, surnames):
        return "group"  # "the Murdochs decide": the family, not a body, tagged or not
    if _generation(e):
        return "group"  # "Baby Boomers", tagged ORG: a generation
    if "PERSON" in e.labels and not _described_as_body(e):
        return "person"
    if e.labels & {"ORG", "GPE", "FAC", "PERSON"}:
        if _office(e) or ("ORG" in e.labels and (_described_as_person(e) or _speaks_as_one(e))):
            return "person"
        return "organization"
    if "NORP" in e.labels:  # "Republicans"; "the Arizona Republican"; "a Democrat"
        if e.number == "p":
            return "group"
        return "person" if any(m.definite for m in e.mentions) else "anonymous"
    # a description or a pronoun says more than a first person: "we" in the mayor's quote
    # speaks for the city, it does not make the mayor a group
    ranked = [m for m in _by_role(e) if m.type in ("nominal", "pronoun", "first")]
    ranked.sort(key=lambda m: m.type == "first")  # stable: the role order stays within each
    for k in map(nominal_kind, ranked):
        if k != "unknown":
            return k
    return "unknown"


def entity_name(e: Entity, text: str) -> str:
    """The fullest proper name, the registry's name for an outlet, else the description."""
    if e.outlet:
        return registry().get(e.outlet).name
    mentions = e.mentions
    if any(m.type == "group" for m in mentions):
        # "the Khans" joined to "Khizr and Ghazala Khan" (`coref.Resolver._family_named`):
        # the coordination names the family's people
        mentions = [m for m in mentions if m.type != "name" or not family_word(m.text)]
    persons = [m for m in mentions if m.type == "name" and m.label == "PERSON" and m.name_tokens]
    if persons:
        # a headline's capitals mislead the tagger ("Obama Poised to Back Comprehensive Plan":
        # "Obama Poised"): a name there counts when its words are borne out (:func:`_trusted`)
        best = max(persons, key=lambda m: (_trusted(m, text), len(m.name_tokens), -m.start))
        return _name_text(best, text)
    orgs = [m for m in mentions if m.type == "name"]
    parties = [m for m in orgs if norp_person(m) and m.described]
    if parties and all(m.label == "NORP" for m in orgs) and e.number == "s":
        # "The lifelong Republican who wrote the speech": the person, not the party (a ninth
        # audit of unseen articles found such a source named "Republican")
        return _clean(min(parties, key=lambda m: m.start).described)
    if orgs:
        best = max(orgs, key=lambda m: (len(m.text), -m.start))
        fuller = _fuller_description(e, best)
        return _strip_the(fuller.text if fuller else best.text)
    described = [m for m in _by_role(e) if m.type in ("group", "nominal")]
    # a description headed by a noun before one headed by a quantifier ("the three European
    # leaders", not the apposition "all of who have lobbied ...", the source's own words)
    nouns = [m for m in described if m.type == "group" or m.lemma not in _QUANTIFIERS]
    for m in nouns or described:  # "Smith and Jones", then "they"
        # not the word before a pair that says it is one ("Both O'Brien and Pompeo")
        if m.type == "group":
            return _PAIRING.sub("", _named_members(m, text) or _clean(m.text))
        text = _clean(m.named or m.text)
        if m.owner and text.lower().startswith("whose "):
            text = f"{_clean(m.owner)}'s {text[6:]}"  # "whose office": "Mueller's office"
        return _FOCUS.sub("", text)
    first = _by_role(e)[0]
    if first.type == "first" and first.text.strip() in ("'s", "’s"):
        return "us"  # "let's"
    return _clean(first.text)


#: Quantifiers and indefinite pronouns that head a description of their own ("all of whom",
#: "those who backed the plan", "some who saw"), and "the two" of a pair named before.
_QUANTIFIERS = frozenset(
    "all those these some many few several most both others anybody anyone somebody someone "
    "everybody everyone two".split()
)


def _fuller_description(e: Entity, best: Mention) -> Mention | None:
    """A one-word name that is a common noun capitalised ("the Administration is focused")
    yields to the longest description of the entity with that head and a capitalised word
    before it ("the Trump administration"); None when there is none."""
    if " " in best.text.strip() or not best.word or best.text.strip().lower() != best.word:
        return None
    fuller = [
        m
        for m in e.mentions
        if m.type == "nominal"
        and m.word == best.word
        and any(w[:1].isupper() for w in m.text.split()[:-1] if w.lower() != "the")
    ]
    return max(fuller, key=lambda m: (len(m.text), -m.start)) if fuller else None


def entity_title(e: Entity) -> str | None:
    """A person's title: written before the name ("Lt. Gen."), else an appositive role
    ("the national security adviser")."""
    if entity_kind(e) != "person":
        return None
    for m in sorted(e.mentions, key=lambda m: m.start):
        if m.type == "name" and m.title:
            # "Republican\xa0presidential nominee\xa0": the title's words, spaced as words (a
            # thirtieth audit of unseen articles found a title with the page's hard spaces)
            return " ".join(m.title.split())
    # an apposed role after the name ("Tom Hale, the mayor,"), else a description the name is
    # apposed to ("Her chief policy aide, Jake Sullivan,": a thirtieth audit of unseen
    # articles found such people untitled)
    described = {x.appos_of for x in e.mentions if x.type == "name" and x.appos_of is not None}
    roles = [m for m in e.mentions if m.type == "nominal" and _titled_role(m)]
    for m in [m for m in roles if m.appos_of is not None] + [
        m for m in roles if m.appos_of is None and m.head in described
    ]:
        title = _RELATIVE.split(m.text, maxsplit=1)[0]
        for name in e.names:  # "Secretary of the Navy for Research Marvin Dole": the name
            full = " ".join(name)  # the title ran into is no part of it
            if full and title.endswith(full):
                title = title[: -len(full)]
        # "Ann Lee, now the party's leader": the role, not its time
        title = _strip_det(_TIME_ADVERB.sub("", _clean(title)))
        first, _, rest = title.partition(" ")
        if rest and first.lower() in POSSESSIVE_PRONOUNS:
            title = rest  # "Her chief policy aide": whose aide is no part of the title
        return title or None
    return None


def _titled_role(m: Mention) -> bool:
    """May the description ``m``, apposed to a person's name, give the title: a role's noun
    that says what office or work one holds, not put in the past by a time phrase ("Reince
    Priebus, then the White House chief of staff"; "the mayor in 2010":
    `mentions.role_ended_appos`)."""
    role = m.lemma in lx.PERSON_ROLE_NOUNS or m.lemma in lx.WORK_NOUNS
    return role and m.lemma not in _NO_TITLE_NOUNS and not m.former


#: Role nouns an apposed description may have that tell who a person is, not what office or
#: work they hold ("Richard Pinedo, a California man who ...", "X, the daughter of Y"): no
#: title. Written for a fourth audit of unseen NewsWCL50 articles ("California man"); the
#: kin words are the relations of the role-noun list. "supporter" and "backer" since a
#: twenty-fifth audit of unseen articles ("Sandra Inman, a Cruz supporter from Jackson").
_NO_TITLE_NOUNS = frozenset(
    "man woman mother father son daughter wife husband brother sister widow "
    "supporter backer".split()
)

#: Where a role's description runs into a clause about something in it ("adviser to the mayor
#: who is named as a defendant", "president of a group that backs tariffs"): the title stops.
_RELATIVE = re.compile(r",|\s(?:who|whom|whose|which|that)\s")


#: An adverb that dates an apposed role ("now the party's leader", "currently the chair"): no
#: part of the title (a second audit of unseen NewsWCL50 articles; "then the chief of staff",
#: a role ended, gives no title since 2026-12-06).
_TIME_ADVERB = re.compile(r"^(?:then|now|currently)\s+", re.IGNORECASE)


def _by_role(e: Entity) -> list[Mention]:
    """Mentions in order, the ones an attribution uses as its source first."""
    return sorted(e.mentions, key=lambda m: (0 if m.role else 1, m.start))


def _trusted(m: Mention, text: str) -> bool:
    """Is a person's name mention not on a headline (:func:`~.names.headline_line`), or is
    each of its words borne out (:func:`~.names.borne_out`)?"""
    line = headline_line(text, m.start)
    if line is None:
        return True
    return all(borne_out(t, text, *line) for t in m.name_tokens)


def _name_text(m: Mention, text: str) -> str:
    toks = m.name_tokens
    s = text[m.start : m.end]
    if toks[-1] not in s:  # a hyphenated last name the entity cut short ("Moon Jae-in")
        s = text[m.start : m.end + len(toks[-1])]
    first = s.find(toks[0])
    if first >= 0:
        s = s[first:]
    elif len(toks) > 1 and text[max(0, m.start - len(toks[0]) - 1) : m.start].strip() == toks[0]:
        s = f"{toks[0]} {s}"  # "-Lynn Vavreck": the first name stuck to a list's dash
    last = s.rfind(toks[-1])
    if last >= 0:
        s = s[: last + len(toks[-1])]
    return " ".join(s.split())


def _named_members(m: Mention, text: str) -> str | None:
    """A coordination of people's names by their names alone, each title left out as a
    person's name leaves it ("Hillary Clinton and former Maryland Gov. Martin O'Malley":
    "Hillary Clinton and Martin O'Malley"; a thirtieth audit of unseen articles found the
    second title kept); None unless every conjunct is a person's name, each joined by "and",
    "or" or a comma."""
    members = m.members
    if len(members) < 2 or not all(
        x.type == "name" and x.label == "PERSON" and x.name_tokens for x in members
    ):
        return None
    out = _name_text(members[0], text)
    for before, x in zip(members, members[1:], strict=False):
        between = text[before.end : x.start]
        words = _JOINING.findall(between)
        if not words or len(between.split()) > _MOST_BETWEEN:
            return None  # a span that ran over a clause ("Trump on Friday endorsed ...")
        out += f" {words[-1].lower()} " if words[-1] != "," else ", "
        out += _name_text(x, text)
    return out


#: The most words between two names of a coordination: a joining word and a title
#: (", R-Va.; House Oversight Committee Chairman").
_MOST_BETWEEN = 8

#: The words that join a coordination's items ("and", "or", a comma).
_JOINING = re.compile(r"\band\b|\bor\b|,", re.IGNORECASE)

_PAIRING = re.compile(r"^both\s+", re.IGNORECASE)
#: A focus adverb the source span took in before a description ("even steel and aluminum
#: companies", an audit of unseen NewsWCL50 articles): no part of the name.
_FOCUS = re.compile(r"^(?:even|only|also|just|especially|particularly)\s+", re.IGNORECASE)


def _clean(s: str) -> str:
    return " ".join(s.split()).strip(" ,;:-–—\"'“”‘’")


def _strip_the(s: str) -> str:
    s = _clean(s)
    for suffix in ("'s", "’s"):
        s = s.removesuffix(suffix)
    return s[4:] if s.lower().startswith("the ") else s


def _strip_det(s: str) -> str:
    words = s.split()
    while words and words[0].lower() in lx.DEFINITE | {"a", "an"}:
        words.pop(0)
    return " ".join(words)

"""Finding a document's mentions: the passes that fill a :class:`~.mentions.Mentions` index, in
order, each adding what the ones before left uncovered: outlet names (the registry's scan),
programmes' titles in quotation marks, the tagger's names (typed by what the text says of them:
a person's, a people's, a country's short form, a document's, a company's short name,
initials alone), untagged plural demonyms,
nominals headed by a source-like noun, and pronouns (a relative "who"/"which" with its noun).
Building each mention's features is :mod:`.mentions`'."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import DEP, LOWER, ORTH, POS, SENT_START
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PRON, PROPN
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsprov.analysis.outlets import OutletMatch, registry
from newsprov.analysis.sources import lexicon as lx
from newsprov.analysis.sources.forms import human_owner, pronoun_head, string_ids, tokens_with
from newsprov.analysis.sources.names import (
    INITIALS,
    NAME_WORD,
    ORG_WORDS,
    abbreviation,
    common_noun,
    company_shorts,
    company_words,
    compass_short,
    demonym,
    firm_named,
    first_and_last,
    given_before,
    headline_cut,
    headline_line,
    listed_people,
    name_words,
    person_at_end,
    person_name,
    personal_name,
    role_abbreviation,
    shown_person,
    surname_after,
    title_word,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from newsprov.analysis.sources.mentions import Mention, Mentions

#: The tagger's labels of names that may be mentions.
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
#: The label of a programme's title in quotation marks (told MSNBC's "Morning Joe"): a name of
#: kind outlet, never a person's.
SHOW = "SHOW"
#: The label of a name ending in a word for documents ("the Comey Memos"), whatever the tagger
#: made of it: a document's name, never a person's.
DOC = "DOC"
#: Head nouns that make a noun phrase a nominal mention: roles, outlets, documents, groups,
#: anonymous sources, organizations, reports and people.
NOMINAL_HEADS = (
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

#: The string ids of the lower-case forms ``_pronouns`` looks at.
_PRONOUN_IDS = frozenset(get_string_id(w) for w in (*lx.PRONOUNS, "who", "which"))
#: The string ids of the words (lower case) or dependency that open the other passes' tests,
#: for :func:`~newsprov.analysis.sources.forms.tokens_with`.
_NAME_TITLE_IDS = string_ids(lx.NAME_TITLES)
_FIRST_NAME_IDS = string_ids(lx.FIRST_NAMES)
_DEMONYM_IDS = string_ids(lx.DEMONYMS)
_POSS_IDS = string_ids(["poss"])


#: Capitalised words that open the name of a person's camp or campaign ("Team Clinton"),
#: written for a fourth audit of unseen articles.
_CAMP_WORDS = frozenset({"Team"})


def detect(ms: Mentions) -> None:
    """Run the detection passes over ``ms.doc``, in order."""
    _outlets(ms, registry().scan(ms.text))
    _outlet_domains(ms)
    _shows(ms)
    _listed_firms(ms)
    _names(ms)
    _titled_names(ms)
    _first_named(ms)
    _untagged_surnames(ms)
    _untagged_firm_words(ms)
    _demonyms(ms)
    _nominals(ms)
    _pronouns(ms)


def _outlets(ms: Mentions, matches: list[OutletMatch]) -> None:
    doc = ms.doc
    # a person's surname, where the full name is first given ("Vicente Fox"): a bare "Fox"
    # after it is the person, one before it the outlet the parser tagged ("Bloomberg
    # estimates ..." long before "Michael R. Bloomberg" is named)
    surnames: dict[str, int] = {}
    for e in ms.ents:
        if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_alpha:
            surnames.setdefault(e[-1].lower_, e.start)
    places = _place_names(ms)
    # the weak forms the parser tags as a body somewhere in the article ("Forbes says it
    # tracks ..."): the same form untagged elsewhere ("Forbes shot back", "Forbes lists David
    # and Charles Koch") is that outlet too, as a writer keeps one name for one body
    tagged: set[str] = set()
    for om in matches:
        if om.weak and not om.short and (sp := doc.char_span(om.start, om.end)) is not None:
            if _org_tagged(ms.ent_at, sp):
                tagged.add(om.form.lower())
    for om in matches:
        span = doc.char_span(om.start, om.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if (person := _person_after_outlet(ms, span)) is not None:
            # "Fox News Sean Hannity" (one ORG): the outlet, and its person named after it
            ms.add(
                ms.mention(span, span[-1], "outlet", outlets=om.outlets, short=om.short),
                range(span.start, span.end),
            )
            m = ms.mention(person, person[-1], "name", label="PERSON")
            m.name_tokens, m.title, m.gender = person_name(person, ms.text)
            ms.add(m, range(person.start, person.end))
            continue
        if (station := _station(ms, span, om)) is not None:
            # "Fox Atlanta", "ABC Chicago": a network's local station, an outlet of its own
            # (named as a programme is), not the network
            ms.add(
                ms.mention(station, station.root, "name", label=SHOW),
                range(station.start, station.end),
            )
            continue
        if (whole := _outlet_and_place(ms, span, places)) is not None:
            # "Breitbart London" (tagged PERSON), "BBC Scotland": the outlet's edition for a
            # place, an outlet, whatever the tag; never a person named London
            ms.add(
                ms.mention(whole, whole.root, "outlet", outlets=om.outlets, short=om.short),
                range(whole.start, whole.end),
            )
            continue
        if any(span.start in r and span.end - 1 in r and len(span) < len(r) for r in ms.shows):
            continue  # "The Nation" in "Face the Nation": the programme
        if _longer_title(ms, span, places):
            continue  # "The Age" in "The Age of Oversupply": a book's title, no outlet
        if _longer_body(ms, span):
            continue  # "The National" in "The National Golf Foundation": a body, no outlet
        if not om.short and _paper_of_its_own(ms, span):
            continue  # "Daily News" in "The Anchorage Daily News": another paper
        if any(
            e.label_ == "PERSON"
            and e.start <= span.start
            and span.end <= e.end
            and len(e) > len(span)
            for e in _ents_over(ms.ent_at, span)
        ):
            continue  # "Michael Bloomberg", not Bloomberg News
        if (
            om.weak
            and not om.short
            and not _org_tagged(ms.ent_at, span)
            and (om.form.lower() not in tagged or _ents_over(ms.ent_at, span))
            and not _told(span)
        ):
            continue  # "Time is short", "Fox" the surname: needs the parser's ORG
        if om.weak and len(span) == 1 and surnames.get(span[0].lower_, len(doc)) < span.start:
            continue  # "Fox said" after "Vicente Fox": the person, even when tagged ORG
        head = span[-1]
        if head.text in ("'s", "’s") and len(span) > 1:
            head = span[-2]
        elif (
            span.end < len(doc)
            and doc[span.end].lower_ in _NETWORK_WORDS
            and doc[span.end].text[:1].isupper()
        ):
            # "the USA TODAY NETWORK", "NETWORK" tagged PERSON: the outlet's own word, no
            # person's name (a third audit of unseen articles)
            span = doc[span.start : span.end + 1]
            head = span[-1]
        ms.add(
            ms.mention(span, head, "outlet", outlets=om.outlets, short=om.short, weak=om.weak),
            range(span.start, span.end),
        )


#: A web site's name written as its address ("FoxNews.com", "Breitbart.com",
#: "washingtonpost.com"), anywhere in a text: not after "/", ".", "@" or "://", nor before "/"
#: (a part of a longer address or of an e-mail address).
_SITE_IN_TEXT = re.compile(
    r"(?<![\w/.@:-])[A-Za-z][\w-]*\.(?:com|org|net|co\.uk|com\.au)(?![\w/@-]|\.\w)"
)


def _outlet_domains(ms: Mentions) -> None:
    """A registry outlet's web address written as a name ("FoxNews.com reported", tagged ORG:
    an organization of its own before a fourth audit of unseen NewsWCL50 articles; the
    lower-case "washingtonpost.com" since an audit of relayed outlets, where it had been an
    organization and a source of unknown kind): an outlet mention, by the registry's domains
    (:meth:`~newsprov.analysis.outlets.Registry.by_domain`). One token; not a part of a full
    address ("http://www.foxnews.com/...", "www.foxnews.com") nor of an e-mail address."""
    doc = ms.doc
    for m in _SITE_IN_TEXT.finditer(ms.text):
        o = registry().by_domain(m.group())
        if o is None:
            continue
        span = doc.char_span(m.start(), m.end())
        if span is None or len(span) != 1 or span.start in ms.covered:
            continue
        t = span[0]
        ms.add(ms.mention(span, t, "outlet", outlets=(o.id,)), range(t.i, t.i + 1))


def _epithet(ent: SpacySpan) -> str | None:
    """The common noun in lower case compounded onto a person's name right before it, when it
    is no title word ("North Korean dictator Kim Jong Un": "dictator"; "quarterback Brady
    Quinn"), as its lemma; None otherwise ("Sen. Ann Lee", "the Colts' Brady Quinn")."""
    if ent.start == 0:
        return None
    t = ent.doc[ent.start - 1]
    if (
        t.is_lower
        and t.pos_ == "NOUN"
        and t.tag_ == "NN"
        and t.dep_ == "compound"
        and ent.start <= t.head.i < ent.end
        and t.lower_ not in lx.TITLES_AND_HONORIFICS
    ):
        return t.lemma_.lower()
    return None


#: Last words of a building's or a place's name, which a human noun before it does not make a
#: person's ("student Union Hall"); written here for `_person_after_noun`.
_PLACE_NAME_ENDS = frozenset(
    """
    hall center centre square street avenue road park building tower bridge airport station
    stadium arena church mosque temple cathedral school college university hospital hotel
    plaza mall market camp prison jail
    """.split()
)


def _named_for_person(ent: SpacySpan, tails: set[tuple[str, ...]]) -> bool:
    """Is a PERSON-tagged name a building's or a place's named for a person the article names
    ("Trump Tower" beside "Donald Trump")? Two or three capitalised words, the last a place
    name's last word, the words before it the last words of another person's name (``tails``),
    the first no listed first name ("John Tower", "Arsenio Hall" stay people)."""
    if not 2 <= len(ent) <= 3 or not all(t.is_alpha and t.text[:1].isupper() for t in ent):
        return False
    if ent[-1].lower_ not in _PLACE_NAME_ENDS or ent[0].lower_ in lx.FIRST_NAMES:
        return False
    return tuple(t.lower_ for t in ent[:-1]) in tails


def _person_after_noun(ent: SpacySpan) -> bool:
    """Is a name the tagger made a place's or body's a person's, by a singular human noun in
    lower case compounded onto it right before ("protester Paris Kyriakides", "actress Jane
    Roe"; not "the company Acme Widgets", "rival party New Democracy")? Only two or three
    capitalised words with no body's or firm's last word."""
    if ent.start == 0 or not 2 <= len(ent) <= 3:
        return False
    if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in ent):
        return False
    if ent[-1].lower_ in lx.BODY_NAME_ENDS | lx.FIRM_NAME_ENDS | lx.ORGANIZATION_NOUNS:
        return False
    if ent[-1].lower_ in lx.CAMPAIGN_NAME_ENDS:  # "activist Heritage Action": a body's
        return False
    if ent[-1].lower_ in _PLACE_NAME_ENDS:
        return False  # "student Union Hall": a building's name
    t = ent.doc[ent.start - 1]
    return (
        t.is_lower
        and t.tag_ == "NN"
        and t.dep_ == "compound"
        and ent.start <= t.head.i < ent.end
        and t.lower_ in lx.HUMAN_NOUNS
    )


def _paper_of_its_own(ms: Mentions, span: SpacySpan) -> bool:
    """Does a registry form end one ORG name that capitalised words of its own open ("The
    Anchorage Daily News", tagged ORG, of the registry's "Daily News", the New York paper):
    another outlet, which the registry does not list; not the registry's when the whole is
    one of its names too. A third audit of unseen articles (an ECB+ text's Alaska paper had
    been the New York one)."""
    ents = _ents_over(ms.ent_at, span)
    if len(ents) != 1:
        return False
    ent = ents[0]
    if ent.label_ != "ORG" or ent.end != span.end or ent.start >= span.start:
        return False
    before = [t for t in ms.doc[ent.start : span.start] if t.lower_ != "the"]
    return (
        bool(before)
        and all(t.is_alpha and t.text[:1].isupper() for t in before)
        and registry().lookup(ent.text) is None
    )


def _place_names(ms: Mentions) -> set[str]:
    """The lower-case names of places the article tags (GPE, LOC), the country words of
    :data:`~.lexicon.NATIONALITIES` and the :data:`~.lexicon.REGIONS`."""
    return {e.text.lower() for e in ms.ents if e.label_ in ("GPE", "LOC")} | (
        lx.COUNTRIES_AND_REGIONS
    )


#: Words after a network's name that keep it the network's own outlet or programme ("Fox
#: News", "CBS Evening News", "NBC Nightly News", "Fox Business Network").
_NETWORK_WORDS = frozenset(
    "news network channel radio television tv tonight online newshour live".split()
)


def _entity_opened(ms: Mentions, span: SpacySpan) -> SpacySpan | None:
    """The one name entity an outlet's name opens and that runs past it ("Fox Atlanta" of
    "Fox", "Breitbart London" of "Breitbart"); None when the outlet's words lie over no entity
    or over more than one, when the entity starts elsewhere or ends with the outlet's name, or
    when its label is no name's."""
    ents = _ents_over(ms.ent_at, span)
    if len(ents) != 1:
        return None
    ent = ents[0]
    if ent.start != span.start or ent.end <= span.end or ent.label_ not in NAME_LABELS:
        return None
    return ent


def _station(ms: Mentions, span: SpacySpan, om: OutletMatch) -> SpacySpan | None:
    """The entity a broadcaster's name opens when the rest is a city's name ("Fox Atlanta",
    "ABC Chicago"): the network's local station, an outlet of its own. The rest is one or two
    capitalised words, no word of the network's own outlets or programmes (News, Channel,
    ...), no person's surname, no nation, UK nation or US state (whose edition is the
    network's: "BBC Scotland", above); the entity tagged ORG, or the rest a place the article
    tags elsewhere."""
    if not any(registry().get(o).type == "broadcaster" for o in om.outlets):
        return None
    ent = _entity_opened(ms, span)
    if ent is None:
        return None
    rest = ms.doc[span.end : ent.end]
    words = [t.lower_ for t in rest]
    if len(rest) > 2 or not all(t.is_title and t.is_alpha for t in rest):
        return None
    named = {  # people's surnames, but for the tagger's PERSON of this very name
        e[-1].lower_
        for e in ms.ents
        if e.label_ == "PERSON" and len(e) > 1 and e[-1].is_alpha and e.text != ent.text
    }
    if any(w in _NETWORK_WORDS or w in named for w in words):
        return None
    place = rest.text.lower()
    if lx.is_country_or_region(place):
        return None
    tagged = {e.text.lower() for e in ms.ents if e.label_ in ("GPE", "LOC")}
    same = [e for e in ms.ents if e.text == ent.text]
    if place not in tagged and not any(e.label_ == "ORG" for e in same):
        return None
    return ent


def _longer_title(ms: Mentions, span: SpacySpan, places: set[str]) -> bool:
    """Is the outlet's name the opening of a longer capitalised title joined by "of" ("The Age
    of Oversupply", a book; "Time of Troubles")? Not when the words after "of" name a place
    ("The Times of London", "The Times of India": the paper, by its place). Written for a
    twenty-second audit of unseen articles, where "author of The Age of Oversupply, a book
    calling for ..." had made the book the Melbourne paper."""
    doc = ms.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return False
    rest = []
    for t in doc[span.end + 1 : span.end + 4]:
        if not (t.is_alpha and t.text[:1].isupper()):
            break
        rest.append(t.text)
    return bool(rest) and " ".join(rest).lower() not in places and rest[0].lower() != "the"


#: Last words of a body's name an outlet's name may open ("The National Golf Foundation").
_BODY_ENDS = lx.INSTITUTION_NAME_ENDS | lx.BODY_NAME_ENDS | {"association", "federation"}


def _longer_body(ms: Mentions, span: SpacySpan) -> bool:
    """Does the outlet's name open one ORG entity that goes on with capitalised words and ends
    with a body's word (an institution's or a public body's, "Association", "Federation"):
    "The National Golf Foundation", not the paper The National? Written for a twenty-fourth
    audit of unseen articles, where "the group says" after "according to the National Golf
    Foundation" had found no body to stand for and joined another."""
    ent = _entity_opened(ms, span)
    if ent is None or ent.label_ != "ORG":
        return False
    rest = ms.doc[span.end : ent.end]
    return all(t.is_alpha and t.text[:1].isupper() for t in rest) and rest[-1].lower_ in _BODY_ENDS


def _person_after_outlet(ms: Mentions, span: SpacySpan) -> SpacySpan | None:
    """The person's name an outlet's name opens, one name entity with it ("Fox News Sean
    Hannity", tagged ORG): a listed first name and one or two capitalised words after the
    outlet's own, the outlet's host or reporter named with no "'s" or role between. None for
    any other entity ("Fox News Channel", "BBC Scotland"). Written for a twenty-second audit
    of unseen articles, where "Fox News Sean Hannity asked Kasich" had been the outlet and the
    later "Hannity followed up" a source of its own."""
    ent = _entity_opened(ms, span)
    if ent is None or span[-1].text in ("'s", "’s"):
        return None
    rest = ms.doc[span.end : ent.end]
    if not 2 <= len(rest) <= 3 or not all(t.is_alpha and t.is_title for t in rest):
        return None
    if rest[0].lower_ not in lx.FIRST_NAMES or any(t.lower_ in _NETWORK_WORDS for t in rest):
        return None
    return rest


def _outlet_and_place(ms: Mentions, span: SpacySpan, places: set[str]) -> SpacySpan | None:
    """The entity an outlet's name opens when the rest of it is a place's name ("Breitbart
    London", tagged PERSON; "BBC Scotland", tagged ORG): the outlet's edition there; None
    otherwise ("Michael Bloomberg", "Fox News")."""
    ent = _entity_opened(ms, span)
    if ent is None:
        return None
    rest = ms.doc[span.end : ent.end]
    if not all(t.text[:1].isupper() for t in rest) or rest.text.lower() not in places:
        return None
    return ent


def _shows(ms: Mentions) -> None:
    """A name of label :data:`SHOW` for each programme's title in quotation marks that is
    not a registry outlet's name as a whole."""
    for r in ms.shows:
        if any(i in ms.covered for i in r):
            continue
        span = ms.doc[r.start : r.stop]
        ms.add(ms.mention(span, span.root, "name", label=SHOW), r)


#: The listed firms named like people, by their first word.
_FIRMS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _firm in sorted(lx.FIRMS_NAMED_AS_PEOPLE, key=len, reverse=True):
    _FIRMS_BY_FIRST.setdefault(_firm[0], []).append(_firm)
_FIRM_FIRST_IDS = string_ids(_FIRMS_BY_FIRST)


def _listed_firms(ms: Mentions) -> None:
    """The firms named like people of :data:`~.lexicon.FIRMS_NAMED_AS_PEOPLE` ("Morgan
    Stanley", "Marks and Spencer", "Lockheed Martin" however the tagger cut or tagged them):
    an organization's name. Not where the text shows a person of that name (a title or
    honorific before it, an age, a "who" clause, a description of a human being apposed), nor
    inside a longer name the tagger tags ("Goldman Sachs Group Inc.", left to the tagger's
    ORG), nor modifying a noun after it ("the Dow Jones industrial average", an index; "Morgan
    Stanley analysts", left to the tagger), nor on a word written lower case."""
    doc = ms.doc
    for i in tokens_with(doc, LOWER, _FIRM_FIRST_IDS):
        t = doc[i]
        firms = _FIRMS_BY_FIRST.get(t.lower_)
        if not firms or not t.text[:1].isupper() or t.i in ms.covered:
            continue
        for firm in firms:
            end = t.i + len(firm)
            if end > len(doc) or tuple(w.lower_ for w in doc[t.i : end]) != firm:
                continue
            span = doc[t.i : end]
            if not all(w.text[:1].isupper() for w in span if w.is_alpha and w.lower_ != "and"):
                continue
            if any(i in ms.covered for i in range(span.start, span.end)):
                continue
            last = span[-1]
            if last.dep_ in ("compound", "amod", "nmod") and last.head.i >= span.end:
                continue  # "the Dow Jones industrial average": a modifier of another name
            longer = [
                e
                for e in _ents_over(ms.ent_at, span)
                if e.start < span.start
                or (e.end > span.end and doc[span.end].text not in ("'s", "’s"))
            ]
            if longer:
                # "Goldman Sachs Group Inc.": the tagger's longer name, the firm's when tagged ORG
                if len(longer) == 1 and longer[0].label_ == "ORG":
                    ms.firm_tokens.update(range(longer[0].start, longer[0].end))
                    ms.firm_words.update(_firm_words(span))
                continue
            before = doc[span.start - 1] if span.start > 0 else None
            if (
                before is not None
                and before.text[:1].isupper()
                and before.lower_ not in ("of", "the", "and", "for")
                and title_word(before)
            ):
                continue  # "Mr. Charles Schwab"
            whole = SpacySpan(doc, span.start, span.end, label="ORG")
            if personal_name(whole):
                continue  # "Charles Schwab, 85, said": the founder
            m = ms.mention(span, span.root, "name", label="ORG")
            ms.add(m, range(span.start, span.end))
            ms.firm_tokens.update(range(span.start, span.end))
            ms.firm_words.update(_firm_words(span))
            break


def _firm_words(span: SpacySpan) -> set[str]:
    """The words of a firm's name that may name it alone ("stearns" of "Bear Stearns")."""
    return {w.lower_ for w in span if w.is_alpha and w.lower_ != "and"}


def _untagged_firm_words(ms: Mentions) -> None:
    """A word of a listed firm named like a person, written alone after the firm and left
    untagged ("Bear Stearns ... Stearns said", "Goldman Sachs ... Sachs said"): the firm's
    short name, an organization's, unless the article names a person of that surname (its
    person words: "Attorney General Loretta Lynch ... Lynch said"). Only a proper noun heading
    its own phrase, without "the" ("the Dow" is an index), not on a headline."""
    if not ms.firm_words:
        return
    doc = ms.doc
    first = min(ms.firm_tokens)
    for t in doc[first:]:
        if (
            t.lower_ in ms.firm_words
            and t.lower_ not in ms.person_words
            and t.is_title
            and t.tag_ == "NNP"
            and t.dep_ != "compound"
            and t.i not in ms.covered
            and t.i not in ms.ent_at
            and t.i not in ms.by_head
            and not (t.i > 0 and doc[t.i - 1].lower_ == "the")
            and headline_line(ms.text, t.idx) is None
        ):
            ms.add(ms.mention(doc[t.i : t.i + 1], t, "name", label="ORG"), range(t.i, t.i + 1))


def _names(ms: Mentions) -> None:
    # names the text shows to be people's: tagged PERSON, or by a title, an age, an
    # apposition or a "who" clause ("Nadia Quell, a nurse," tagged ORG)
    # one-word names as a person's is written (singular, no "the": not "the Panthers"),
    # whose words make "Carly Fiorina" (tagged ORG) a person's name
    # a company's short name tagged PERSON ("Exxon said" after "Exxon Mobil Corp.", "Boeing
    # said" where "Boeing" is tagged ORG elsewhere): the company's, not a person's
    ms.org_names = {name_words(e) for e in ms.ents if e.label_ == "ORG"}
    ms.companies = {c for e in ms.ents if e.label_ == "ORG" and (c := company_words(e.text))}
    # names of two words or more the text shows to be a firm's ("shares of Eli Lilly",
    # tagged ORG): no person's name, and their last word alone the firm's ("Lilly said"), as
    # the listed firms named like people are (see _listed_firms)
    firms = frozenset(firm_named(ms.ents, ms.companies))
    common = _CommonWords(ms.doc)
    for e in ms.ents:
        if e.label_ != "PERSON" and len(words := name_words(e)) > 1 and words in firms:
            ms.firm_tokens.update(range(e.start, e.end))
            ms.firm_words.add(words[-1])
    named = [
        e
        for e in ms.ents
        if not any(i in ms.firm_tokens for i in range(e.start, e.end))
        and not _stance(e)
        and not _common_plural(e)
    ]
    alone = {
        e[0].text
        for e in ms.ents
        if len(e) == 1
        and e.label_ in NAME_LABELS
        and e[0].tag_ == "NNP"
        and not (e.start > 0 and ms.doc[e.start - 1].lower_ == "the")
    }
    # one-word names the tagger tags PERSON somewhere ("Tempel said"), also a surname it
    # parses as a plural ("Cheeks said", NNS: Maurice Cheeks, a thirtieth audit's leftover)
    people_alone = frozenset(
        e[0].text
        for e in ms.ents
        if len(e) == 1
        and e.label_ == "PERSON"
        and (e[0].tag_ == "NNP" or e[0].tag_ in ("NNS", "NNPS") and e[0].is_title)
    )
    # a surname a title shows to be a person's ("Professor Varoufakis", tagged ORG like the
    # "Yanis Varoufakis" before it): as good as the surname alone, tagged PERSON (an audit of
    # unseen ECB+ articles, 2026-12-04, found the full name an organization beside the person)
    titled = frozenset(
        e[-1].text
        for e in named
        if len(e) == 2 and e[0].lower_ in lx.PERSON_TITLES and e[-1].tag_ == "NNP"
    )
    alone |= titled
    people_alone |= titled
    # the article's people named in full by a listed first name: a short form of the first
    # name ("Mo Cheeks" after "Maurice Cheeks") is as good as a listed one
    full = frozenset(
        (e[0].lower_, e[1].lower_) for e in named if len(e) == 2 and e[0].lower_ in lx.FIRST_NAMES
    )
    shorts, ms.named_people = company_shorts(named, ms.firm_words)
    people = [
        e
        for e in named
        if e.start not in shorts
        and e.label_ in NAME_LABELS
        and (
            shown_person(e)
            or first_and_last(e, alone, people_alone, firms, full)
            # "Concord resident Whit Symms" (tagged ORG, "Whit" unlisted): a human noun
            # compounded onto the name shows a person's, whose surname alone ("Symms said",
            # tagged ORG) is then that person's (a twentieth audit of unseen articles found
            # "Symms" an organization on two lines, apart from Whit Symms)
            or (e.label_ in ("ORG", "FAC", "GPE") and _person_after_noun(e))
        )
    ]
    surnames = {e[-1].lower_ for e in people if e[-1].is_alpha}
    # the surname of a name the tagger left untagged or called a title ("Phoenix Mayor Greg
    # Stanton", tagged WORK_OF_ART), which a listed first name makes a person's
    # (`_first_named`): the surname alone ("Stanton wrote", tagged ORG) is that person's (a
    # twenty-seventh audit of unseen articles found it an organization on two lines)
    surnames |= {span[-1].lower_ for span in _first_named_spans(ms)}
    ms.person_words = surnames
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
    for ent in ms.ents:
        # "Locke and Salazar" tagged one ORG, each a person's surname in the article: two
        # people, whom the coordination makes one group source
        ents.extend(listed_people(ent, tails) or [ent])
    # "North Korea", "South Sudan": a country named by a point of the compass, which "the
    # North", "the South" name again (the tagger makes those LOC or ORG)
    compass = {
        e[0].lower_
        for e in ms.ents
        if e.label_ == "GPE" and len(e) > 1 and e[0].lower_ in lx.COMPASS_WORDS
    }
    for ent in ents:
        if any(t.i in ms.covered for t in ent) or _stance(ent) or _common_plural(ent):
            continue
        if demonym(ent):
            # "Britons", "Scots", "the Israelis": a people, a plural whatever the tag
            m = ms.mention(ent, ent.root, "name", label="NORP")
            m.number = "p"
            ms.add(m, range(ent.start, ent.end))
            continue
        if compass_short(ent, compass):  # "the North" after "North Korea"
            m = ms.mention(ent, ent.root, "name", label="GPE")
            ms.add(m, range(ent.start, ent.end))
            continue
        if ent.label_ not in NAME_LABELS and not (
            # '... Clinton Emails," Trump, a Republican, wrote': a surname after a closing
            # quote mark, tagged a title (WORK_OF_ART), of a person the article names (a third
            # audit of unseen articles found the source "a Republican" standing alone)
            ent.label_ == "WORK_OF_ART"
            and len(ent) == 1
            and ent[0].lower_ in surnames
            and NAME_WORD.match(ent[0].text) is not None
        ):
            continue
        if all(t.lower_ in lx.WEEKDAYS for t in ent if t.is_alpha) and any(
            t.lower_ in lx.WEEKDAYS for t in ent
        ):
            # "Monday, saying he'd directed ..." tagged PERSON: a day, no one's name (an
            # audit of unseen NewsWCL50 articles found a "he" given to "Monday")
            continue
        if ent.label_ == "PERSON" and len(ent) == 1 and _common_word(ent[0], common):
            # "Arson is suspected in ...", tagged PERSON for its capital: a word the text
            # writes in lower case elsewhere, no one's name (a third audit of unseen articles
            # found the next sentence's "She" given to "Arson")
            continue
        if ent.label_ == "PERSON" and len(ent) == 1 and _role_word(ent[0]):
            # "Filmmaker and aviator Howard Hughes also pursued Page", "Filmmaker" tagged
            # PERSON for its capital: a role noun the tagger itself calls common (NN), no
            # one's name (a sixteenth audit of unseen articles found Page's "she" given to it)
            continue
        if (once := _written_twice(ent)) is not None:
            ent = once  # "Esther Williams - Esther Williams: ...", a headline's style
        person = person_at_end(ent)
        if person is not None:  # "the Air Force for Acquisition Marvin Sambur" (ORG)
            org = _chain_body(ent)
            if org is not None:  # "the Air Force": the body of the office, a name of its own
                ms.add(ms.mention(org, org.root, "name", label="ORG"), range(org.start, org.end))
            ent = person
        root = ent.root
        label = "PERSON" if person is not None else ent.label_
        short = label == "PERSON" and ent.start in shorts
        if short:
            label = "ORG"
        if common_noun(ent):
            continue  # "Demonstrators said": a description, tagged ORG at a sentence start
        if _indefinite_acronym(ent):
            continue  # "a super PAC": a kind of body, which _nominals makes a description
        if (
            label != "PERSON"
            and not short
            and not (label == "GPE" and len(ent) == 1 and _place_use(root))
            and (
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
                or first_and_last(ent, alone, people_alone, firms, full)
            )
        ):
            # "Kasich" tagged ORG next to "John Kasich"; "Quell" after "Nadia Quell, a
            # nurse"; "Van Rompuy" after "Herman Van Rompuy"; "Spokeswoman X"; "Sheriff
            # Jones", "Rubilio Mendez, 34, a farmer", "Torres, who lives in Dallas"; not a
            # place's name used as one ("visit London", "London Mayor Sadiq Khan")
            label = "PERSON"
        if label in ("PERSON", "ORG") and (cut := headline_cut(ent, ms.text)) is not None:
            # a name on a headline that ran into the headline's words ("Comey Memos Show",
            # "Esther Williams Dead"): the name alone, a person's when the tag says so or the
            # article names a person so ("Trump Signals Openness", tagged ORG)
            if label == "PERSON" or name_words(cut) in tails:
                ent, label, root = cut, "PERSON", cut.root
            else:
                # "Police Release ID Of Woman Killed In" (tagged ORG): "Police", the body's
                # words the text bears out (a twenty-eighth audit of unseen articles)
                ent, root = cut, cut.root
        if (
            label == "PERSON"
            and len(ent) > 1
            and ent[-1].text[:1].isupper()
            and ent[-1].lower_ in lx.DOCUMENT_NAME_ENDS
        ):
            # "James Comey Memos", "Comey Memos" (tagged PERSON): a document's name, whose
            # last word no person bears; no person's name to join "James Comey" by
            label = DOC
        if label == "PERSON" and _named_for_person(ent, tails):
            # "Trump Tower" (tagged PERSON) in an article that names Donald Trump: a building
            # named for a person, no person's name (a twenty-eighth audit of unseen articles
            # found the tower Trump's entity, its name "Trump Tower")
            label = "FAC"
        if (
            label == "PERSON"
            and len(ent) > 1
            and ent[-1].text[:1].isupper()
            and (
                ent[-1].lower_ in lx.BODY_NAME_ENDS | lx.FIRM_NAME_ENDS
                or ent[-1].lower_ in lx.CAMPAIGN_NAME_ENDS
                and ent[0].lower_ not in lx.TITLES_AND_HONORIFICS  # "Miss USA": a person
            )
        ):
            # "Surrey Police" (tagged PERSON): a public body's name; "Shavlik Technologies": a
            # company's; "Priorities USA": an advocacy group's
            label = "ORG"
        if (
            label == "PERSON"
            and len(ent) > 1
            and ent[-1].tag_ == "NNPS"
            and ent[-1].lower_ in lx.PARTY_PLURALS
        ):
            # "Log Cabin Republicans" (tagged PERSON): a party's members' club, no person
            label = "ORG"
        if label == "PERSON" and len(ent) > 1 and ent[0].text in _CAMP_WORDS:
            # "Team Clinton" (tagged PERSON): a candidate's campaign named after the candidate,
            # an organization; no mention of the person, whom it would otherwise name (a
            # fourth audit of unseen PolNeAR articles found Hillary Clinton called "Team
            # Clinton" on ten attributions)
            label = "ORG"
        if label in ("ORG", "FAC", "GPE") and _person_after_noun(ent):
            # "32-year-old protester Paris Kyriakides" (tagged FAC, ORG): a person's name, a
            # human noun compounded onto it (a fifth audit of unseen ECB+ articles found the
            # protester an organization)
            label = "PERSON"
        if label == "PERSON" and ent.label_ == "PERSON":
            # "London Mayor Sadiq Khan" with "Sadiq" untagged: the whole name
            ent = surname_after(given_before(ent, ms.text), ms.text)
            root = ent.root
        if label == "ORG" and (role := role_abbreviation(ent, ms.text)) is not None:
            # "The D.A. said", tagged ORG: the district attorney, as "the D. A." tagged PERSON
            ms.add(abbreviated_role(ms, ent, role), range(ent.start, ent.end))
            continue
        if label == "PERSON" and (abbr := abbreviation(ent)) is not None:
            # initials alone are no person's name: a role's abbreviation ("D. A. Will Now
            # Seek ..." on a headline: the district attorney), a country's ("U. S."), an
            # organization's ("the D.N.C.")
            if abbr in lx.ABBREVIATED_ROLES:
                ms.add(abbreviated_role(ms, ent, abbr), range(ent.start, ent.end))
                continue
            label = "GPE" if abbr in lx.GPE_ALIASES else "ORG"
        if label == "NORP" and (root.pos_ not in ("PROPN", "NOUN") or root.dep_ == "amod"):
            continue  # "American troops": an adjective, not a mention
        m = ms.mention(ent, root, "name", label=label)
        if label == "PERSON":
            m.name_tokens, m.title, m.gender = person_name(ent, ms.text)
            m.epithet = _epithet(ent)
            m.former = m.title is not None and _former(ent)
            if _family_plural(ent):
                m.number = "p"  # "the Clintons": a family, whom a later "they" stands for
        elif label == "NORP":
            m.number = "p" if root.tag_ in ("NNS", "NNPS") or _capital_plural(root) else "s"
        ms.add(m, range(ent.start, ent.end))


def _indefinite_acronym(ent: SpacySpan) -> bool:
    """ "a super PAC backing Bobby Jindal" ("PAC" tagged ORG): one word in capitals heading a
    noun phrase that opens with "a" or "an" is a kind of body, no name; a description, so that
    two super PACs of one article are no longer one organization named "PAC". Written for a
    seventeenth audit of unseen articles, where "a super PAC backing ... Jindal" and
    "Conservative Solutions, a super PAC that backed Mr. Rubio" had been one "PAC" with the
    Club for Growth's (the sixteenth audit's "a super PAC that opposed Trump" named "PAC")."""
    return len(ent) == 1 and ent.label_ == "ORG" and _indefinite_capitals(ent[0])


def _indefinite_capitals(t: Token) -> bool:
    """See :func:`_indefinite_acronym`: the word alone."""
    return (
        len(t.text) > 1
        and t.text.isupper()
        and t.text.isalpha()
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
    )


def _capital_plural(t: Token) -> bool:
    """ "DEMOCRATS" on a headline in capitals (tagged NNP, the plural's ending unread): a
    people in the plural, as "Democrats" is. Written for a thirteenth audit of unseen
    articles, where a headline's "DEMOCRATS" had made "House Democrats said" anonymous."""
    return len(t.text) > 3 and t.text.isupper() and t.text.endswith("S")


def _stance(ent: SpacySpan) -> bool:
    """ "anti-LGBT", "pro-Trump" (tokens "anti", "-", name): a word of stance toward a name,
    no mention, and no surname to make the name's other uses ("the LGBT community", tagged
    ORG) a person's."""
    return len(ent) > 2 and ent[0].lower_ in lx.STANCE_PREFIXES and ent[1].text == "-"


def _common_plural(ent: SpacySpan) -> bool:
    """ "Crowds" (a headline's first word, tagged ORG): one word the parse makes a common
    noun's plural (NNS, not NNPS), a listed noun for people or a gathering of them, is no
    name; the nominal it is types it (a group). Written for a fourteenth audit of unseen
    articles, where "Crowds refuse to let inhospitable weather interfere" had been an
    organization."""
    if len(ent) != 1 or ent[0].tag_ != "NNS" or ent.label_ != "ORG":
        return False
    t = ent[0]
    return t.lower_ in _PEOPLE_WORDS or t.lemma_.lower() in _PEOPLE_WORDS


#: The nouns :func:`_common_plural` reads (the lexicon's human, people and group nouns).
_PEOPLE_WORDS = lx.HUMAN_NOUNS | lx.GROUP_NOUNS


def _family_plural(ent: SpacySpan) -> bool:
    """Is ``ent`` a family named by the plural of its surname ("the Clintons", one word the
    parse tags a plural proper noun, after "the")? Written for a sixth audit of unseen
    PolNeAR articles, where "If they did want to stay there" after "the Clintons had stayed
    at Mar-a-Lago in Palm Beach" had been given to Palm Beach: a singular name takes no
    "they" while a plural is in reach."""
    return (
        len(ent) == 1
        and ent[0].tag_ == "NNPS"
        and ent[0].text.endswith("s")
        and ent.start > 0
        and ent.doc[ent.start - 1].lower_ == "the"
    )


def _chain_body(ent: SpacySpan) -> SpacySpan | None:
    """The body's name opening an ORG entity that ran an office's title chain into a person's
    name ("the Air Force" of "the Air Force for Acquisition Marvin Sambur"): the words before
    its first "for" or "of", with a proper noun among them."""
    k = next((t.i for t in ent if t.lower_ in ("for", "of")), None)
    if k is None or k == ent.start:
        return None
    body = ent.doc[ent.start : k]
    if not any(t.pos_ == "PROPN" for t in body):
        return None
    return body


def _titled_names(ms: Mentions) -> None:
    """Proper nouns after a person's title that no entity covers ("Representative Elijah
    Cummings", "Prince Philip", "Queen Elizabeth II": the tagger left them untagged, about
    one such name in a hundred): a person's name; and its surname written alone elsewhere,
    untagged too ("Cummings also said", tagged NNS): that person's. Not on a headline, whose
    capitals mislead ("... In A Major Way")."""
    doc = ms.doc
    found: set[str] = set()
    for i in tokens_with(doc, LOWER, _NAME_TITLE_IDS):
        t = doc[i]
        if not (t.lower_ in lx.NAME_TITLES and t.text[:1].isupper()) or t.i in ms.covered:
            continue
        k = t.i + 1
        while k < len(doc) and _untagged_name_word(ms, doc[k], first=k == t.i + 1):
            k += 1
        if k == t.i + 1 or headline_line(ms.text, t.idx) is not None:
            continue
        span = doc[t.i + 1 : k]
        m = ms.mention(span, span.root, "name", label="PERSON")
        m.name_tokens, m.title, m.gender = person_name(span, ms.text)
        m.former = m.title is not None and _former(span)
        ms.add(m, range(span.start, span.end))
        words = [w for w in span if w.lower_ not in lx.NAME_SUFFIXES]
        found.add(words[-1].text)
    ms.person_words |= {w.lower() for w in found}
    for i in tokens_with(doc, ORTH, string_ids(found)):
        t = doc[i]
        if (
            t.text in found
            and t.i not in ms.covered
            and t.i not in ms.ent_at
            and t.i not in ms.by_head
            and t.tag_ in ("NNP", "NNPS", "NNS", "NN")
        ):
            m = ms.mention(doc[t.i : t.i + 1], t, "name", label="PERSON")
            m.name_tokens, m.title, m.gender = person_name(doc[t.i : t.i + 1], ms.text)
            ms.add(m, range(t.i, t.i + 1))


def _written_twice(ent: SpacySpan) -> SpacySpan | None:
    """The first half of a name the tagger took whole where it is written twice about a dash
    ("Esther Williams - Esther Williams: ...", some sites' headline style); None for any
    other name. Written for a tenth audit of unseen articles, where the source on two
    attributions had been named "Esther Williams - Esther Williams"."""
    n = len(ent)
    half = n // 2
    if n < 3 or n % 2 == 0 or ent[half].text not in lx.DASHES:
        return None
    if [t.text for t in ent[:half]] != [t.text for t in ent[half + 1 :]]:
        return None
    return ent.doc[ent.start : ent.start + half]


def _role_word(t: Token) -> bool:
    """Is ``t``, opening its sentence capitalised, a person's role noun the tagger tags a
    common noun (NN), and no listed first name ("Filmmaker and aviator Howard Hughes"; not
    "Judge Ito", NNP, nor "Bishop" when it is a first name)?"""
    return bool(
        t.is_sent_start
        and t.tag_ == "NN"
        and t.text[:1].isupper()
        and t.text[1:].islower()
        and lx.person_role(t.lower_)
        and t.lower_ not in lx.FIRST_NAMES
    )


def _common_word(t: Token, common: _CommonWords) -> bool:
    """Is ``t``, opening its sentence capitalised, a common word: written in lower case
    elsewhere in the text, capitalised nowhere but at a sentence's start, and no listed
    first name ("Arson is suspected ... considering arson"; not "Will", nor "Page" where the
    text also writes "Bettie Page")?"""
    if not (t.is_sent_start and t.is_alpha and t.text[:1].isupper() and t.text[1:].islower()):
        return False
    if t.lower_ in lx.FIRST_NAMES:
        return False
    return t.lower_ in common.words and t.text not in common.mid_sentence


class _CommonWords:
    """The words of a doc, and those it writes somewhere not opening a sentence, gathered on
    first use (one pass over the doc for all of :func:`_common_word`'s questions)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._words: frozenset[str] | None = None
        self._mid: frozenset[str] | None = None

    def _gather(self) -> tuple[frozenset[str], frozenset[str]]:
        if self._words is None or self._mid is None:
            # from the doc's arrays, each distinct word's text read once (1: a sentence start);
            # numpy's unique keeps a Python list of every token's row from being made
            rows = self.doc.to_array([ORTH, SENT_START])
            strings = self.doc.vocab.strings
            mid = rows[rows[:, 1] != 1, 0]
            self._words = frozenset(strings[o] for o in numpy.unique(rows[:, 0]).tolist())
            self._mid = frozenset(strings[o] for o in numpy.unique(mid).tolist())
        return self._words, self._mid

    @property
    def words(self) -> frozenset[str]:
        return self._gather()[0]

    @property
    def mid_sentence(self) -> frozenset[str]:
        return self._gather()[1]


def _placed_word(ms: Mentions, u: Token) -> bool:
    """Is ``u`` covered by no mention, or by one of its own as a place (GPE) of one word?"""
    m = ms.of_token(u.i)
    return m is None or (
        m.type == "name" and m.label == "GPE" and m.start == u.idx and m.end == u.idx + len(u)
    )


def _untagged_surnames(ms: Mentions) -> None:
    """The surname of a person the article names in full, written alone and left untagged
    ("Curt Schilling ... Schilling, who ...", tagged NNP): that person's. Only a proper noun
    written as a name's is, heading its own phrase (not "the Schilling family", "Trump
    Tower"), not on a headline. With the words of that full name before it, compounded onto
    it and covered by no other mention, the whole name ("first lady Melania Trump", the
    surname untagged and "Melania" tagged a place: "Melania Trump", titled "first lady";
    a third audit of unseen articles, where the first lady had been "Trump" alone and the
    president's every later "Trump" had joined her)."""
    doc = ms.doc
    full = [tuple(t.text for t in e) for e in ms.ents if e.label_ == "PERSON"]
    full += [m.name_tokens for m in ms.by_head.values() if m.label == "PERSON" and m.type == "name"]
    names = {
        words
        for words in full
        if len(words) > 1
        and NAME_WORD.match(words[-1])
        and words[-1].lower() not in lx.NAME_SUFFIXES
        and all(w[:1].isupper() for w in words if w.isalpha())
    }
    surnames = {words[-1] for words in names}
    common = _CommonWords(doc)
    for i in tokens_with(doc, ORTH, string_ids(surnames)):
        t = doc[i]
        if (
            t.text in surnames
            and (t.tag_ == "NNP" or _surname_as_noun(t, common))
            and t.dep_ != "compound"
            and t.i not in ms.covered
            and t.i not in ms.ent_at
            and t.i not in ms.by_head
            and headline_line(ms.text, t.idx) is None
        ):
            start = t.i
            for words in sorted(names, key=len, reverse=True):
                a = t.i + 1 - len(words)
                if (
                    words[-1] == t.text
                    and a >= 0
                    and tuple(u.text for u in doc[a : t.i]) == words[:-1]
                    and all(u.dep_ == "compound" and u.head.i == t.i for u in doc[a : t.i])
                    and all(_placed_word(ms, u) for u in doc[a : t.i])
                ):
                    start = a
                    for u in doc[a : t.i]:  # "Melania" is no place here
                        ms.by_head.pop(u.i, None)
                        ms.covered.pop(u.i, None)
                    break
            span = doc[start : t.i + 1]
            m = ms.mention(span, t, "name", label="PERSON")
            m.name_tokens, m.title, m.gender = person_name(span, ms.text)
            ms.add(m, range(start, t.i + 1))


def _surname_as_noun(t: Token, common: _CommonWords) -> bool:
    """Is ``t`` a surname opening its sentence that the tagger took for a common noun (NN),
    a word the text never writes in lower case ("Hannity followed up by asking", a
    twenty-second audit of unseen articles, after "Sean Hannity asked")?"""
    return bool(
        t.tag_ == "NN"
        and t.is_sent_start
        and t.text[:1].isupper()
        and t.text[1:].islower()
        and t.lower_ not in common.words
    )


#: Entity labels the tagger gives a person's name it did not know ("Ivanka" PRODUCT).
_NOT_NAME_LABELS = ("", "PRODUCT", "WORK_OF_ART")


def _first_named(ms: Mentions) -> None:
    """A listed first name and a surname that no name mention covers ("Ivanka Trump", left
    untagged or tagged PRODUCT): a person's name, of two words or three with an initial
    between. Not when another capitalised word follows (a longer name the tagger knows
    better), the surname is a title, role, people, organization word or demonym, or the name
    modifies a noun ("the Ivanka Trump brand"); not on a headline."""
    for span in _first_named_spans(ms):
        last = span[-1]
        m = ms.mention(span, last, "name", label="PERSON")
        m.name_tokens, m.title, m.gender = person_name(span, ms.text)
        m.former = m.title is not None and _former(span)
        ms.add(m, range(span.start, span.end))
        ms.person_words.add(last.lower_)


def _first_named_spans(ms: Mentions) -> Iterator[SpacySpan]:
    """The names :func:`_first_named` makes people's, a listed first name to the surname."""
    doc = ms.doc
    for i in tokens_with(doc, LOWER, _FIRST_NAME_IDS):
        t = doc[i]
        if (
            t.lower_ not in lx.FIRST_NAMES
            or not t.is_title
            or t.tag_ != "NNP"
            or t.i in ms.covered
            or t.ent_type_ not in _NOT_NAME_LABELS
        ):
            continue
        k = t.i + 1
        if k < len(doc) and INITIALS.match(doc[k].text) and len(doc[k].text) == 2:
            k += 1
        if k >= len(doc):
            continue
        last = doc[k]
        if (
            last.i in ms.covered
            or last.ent_type_ not in _NOT_NAME_LABELS
            or last.tag_ != "NNP"
            or not NAME_WORD.match(last.text)
            or len(last.text) < 3
            or last.lower_ in ORG_WORDS
            or last.lower_ in lx.TITLES_AND_HONORIFICS
            or last.lower_ in lx.PERSON_ROLE_NOUNS | lx.PEOPLE_NOUNS
            or last.lower_ in lx.DEMONYMS
        ):
            continue
        after = doc[k + 1] if k + 1 < len(doc) else None
        if after is not None and after.text[:1].isupper() and after.tag_ in ("NNP", "NNPS"):
            continue
        if last.dep_ == "compound" and last.head.pos_ == "NOUN":
            continue  # "the Ivanka Trump brand": a modifier
        if headline_line(ms.text, t.idx) is not None:
            continue
        yield doc[t.i : k + 1]


def _untagged_name_word(ms: Mentions, t: Token, first: bool) -> bool:
    """A word of a proper name that no entity or mention covers: a proper noun written as a
    name's word is ("Elijah", "O'Brien"), or a suffix ("II", "Jr.") after one."""
    if t.i in ms.ent_at or t.i in ms.covered or t.tag_ not in ("NNP", "NNPS"):
        return False
    if t.lower_ in lx.TITLES_AND_HONORIFICS or t.lower_ in lx.DEMONYMS:
        return False
    if first and t.lower_ in lx.PERSON_ROLE_NOUNS:
        return False  # a title chain going on ("Deputy Undersecretary of ...")
    return bool(NAME_WORD.match(t.text)) or (not first and t.lower_ in lx.NAME_SUFFIXES)


def abbreviated_role(ms: Mentions, span: SpacySpan, abbr: str) -> Mention:
    """A nominal mention of the role an abbreviation stands for ("the D. A.": an attorney,
    which "the district attorney" names again), one identifiable person with or without
    "the" (a headline's "D. A. Will Now Seek ..."); not indexed."""
    m = ms.mention(span, span[-1], "nominal")
    m.lemma = m.word = lx.ABBREVIATED_ROLES[abbr]
    m.definite, m.indefinite = True, False
    return m


def _demonyms(ms: Mentions) -> None:
    """Plural demonyms the tagger left untagged ("Scots said"): names of a people."""
    for i in tokens_with(ms.doc, LOWER, _DEMONYM_IDS):
        t = ms.doc[i]
        if (
            t.lower_ in lx.DEMONYMS
            and t.text[:1].isupper()
            and t.tag_ in ("NNS", "NNPS", "NNP")
            and t.i not in ms.covered
            and t.i not in ms.by_head
        ):
            m = ms.mention(ms.doc[t.i : t.i + 1], t, "name", label="NORP")
            m.number = "p"
            ms.add(m, range(t.i, t.i + 1))


#: What English noun chunks are read from (``spacy.lang.en.syntax_iterators``): a chunk's last
#: word is a noun, proper noun or pronoun with one of these dependencies, or a conjunct of one.
_CHUNK_POS = frozenset((NOUN, PROPN, PRON))
_CHUNK_DEPS = string_ids(
    ("oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT")
)
_CONJ = get_string_id("conj")


def noun_chunks(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) of ``doc``'s base noun phrases, as spaCy's English ``Doc.noun_chunks``
    finds them, the same test over the same tokens; a Token made only for a noun, proper noun
    or pronoun (read from the doc's POS array), not for every word."""
    out: list[tuple[int, int]] = []
    prev_end = -1
    for i, pos in enumerate(doc.to_array(POS).tolist()):
        if pos not in _CHUNK_POS:
            continue
        word = doc[i]
        left = word.left_edge.i
        if left <= prev_end:  # no nested chunk
            continue
        if word.dep in _CHUNK_DEPS:
            prev_end = i
            out.append((left, i + 1))
        elif word.dep == _CONJ:
            head = word.head
            while head.dep == _CONJ and head.head.i < head.i:
                head = head.head
            if head.dep in _CHUNK_DEPS:  # coordinated to a noun phrase
                prev_end = i
                out.append((left, i + 1))
    return out


def _nominals(ms: Mentions) -> None:
    for start, end in noun_chunks(ms.doc):
        root = ms.doc[start:end].root
        if root.i in ms.covered or root.i in ms.by_head:
            continue
        if root.pos_ != "NOUN" and not (
            root.pos_ == "PROPN" and root.lower_ in lx.PERSON_ROLE_NOUNS  # "Apple CEO"
        ):
            if root.ent_type_ == "ORG" and _indefinite_capitals(root):
                ms.add(ms.nominal(root))  # "a super PAC" (see _indefinite_acronym)
            continue
        lemma = root.lemma_.lower()
        if (
            lemma not in NOMINAL_HEADS
            and root.lower_ not in NOMINAL_HEADS
            # a noun of work apposed to a name ("Jeffrey W. Ubben, an activist investor and
            # founder of ValueAct Capital,"): the person's title (the thirty-first audit)
            and not (lemma in lx.WORK_NOUNS and root.dep_ == "appos")
        ):
            continue
        if _bare_predicate(root):
            continue
        ms.add(ms.nominal(root))
    for i in tokens_with(ms.doc, DEP, _POSS_IDS):
        t = ms.doc[i]
        # a definite possessor ("the company's shares", "the bank's chief executive"), which
        # no noun chunk heads: a mention of the body it names, as "the company" alone is;
        # only "the" and the noun, no modifier
        if (
            t.dep_ == "poss"
            and t.pos_ == "NOUN"
            and t.i not in ms.covered
            and t.i not in ms.by_head
            and (t.lemma_.lower() in _POSSESSOR_HEADS or t.lower_ in _POSSESSOR_HEADS)
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            and all(c.dep_ in ("det", "case") for c in t.children)
        ):
            ms.add(ms.nominal(t))


def _bare_predicate(root: Token) -> bool:
    """Is ``root`` a singular noun with no determiner or possessor that completes "be" or
    "become" ("not qualified to be president", "became governor")? An office named, no one
    referred to: no mention. Written for a sixth audit of unseen PolNeAR articles, where
    five such "president" had made a person who took Sanders's "he"."""
    if (
        root.dep_ == "pobj"
        and root.tag_ in ("NN", "NNP")
        and root.head.lower_ == "as"
        and root.head.head.pos_ in ("VERB", "AUX")
    ):
        # "she was chosen as President of the Medical Association", "served as chairman": an
        # office a verb gives its subject, no one else (a thirteenth audit of unseen articles
        # found "The President" of the next paragraph joined to it, apart from the President
        # named before)
        return not any(c.dep_ in ("det", "poss", "nummod") for c in root.children)
    if root.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children
    ):
        # "As a writer and a director, I simply don't have the time": a role the speaker
        # gives himself, "a" and the noun after "as" (or a conjunct of one), no one else (a
        # twentieth audit of unseen articles found "The director" of the next sentence joined
        # to it, apart from the director Gary Ross named before)
        top = root
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        if top.dep_ == "pobj" and top.head.lower_ == "as" and top.head.head.pos_ in ("VERB", "AUX"):
            return True
    return (
        root.dep_ in ("attr", "oprd")
        and root.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss", "nummod") for c in root.children)
    )


#: Head nouns of a definite possessor that is a mention ("the company's", "the bank's"): the
#: company and organization nouns. Measured on MEANTIME against every nominal head (the 102
#: articles' F1 0.8802 with these, 0.8796 with all) and against possessors with modifiers
#: ("the formative company's", F1 0.8778), 2026-12-04.
_POSSESSOR_HEADS = lx.COMPANY_NOUNS | lx.ORGANIZATION_NOUNS


def _pronouns(ms: Mentions) -> None:
    doc = ms.doc
    # only the tokens whose lower-case form is a pronoun's, read as string ids without
    # making a Token of every word
    for i, key in enumerate(doc.to_array(LOWER).tolist()):
        if key not in _PRONOUN_IDS:
            continue
        t = doc[i]
        low = t.lower_
        if low in ("who", "which") and t.head.dep_ == "relcl" and t.i not in ms.by_head:
            m = ms.mention(t.doc[t.i : t.i + 1], t, "relative")
            # "the company, which said": the company; a "who" hung on a place or a body goes
            # to the person the phrase belongs to (`forms.human_owner`)
            m.antecedent = (human_owner(t.head.head) if low == "who" else t.head.head).i
            ms.add(m)
            ante = t.head.head
            if low == "who" and pronoun_head(ante) and ante.i not in ms.covered:
                ms.add_nominal(ante)  # "some who saw", "anybody who complains"
            continue
        if low in lx.PRONOUNS and t.tag_ in ("PRP", "PRP$") and t.i not in ms.by_head:
            if low in ("it", "its", "itself") and not _referring_it(t):
                continue
            m = ms.mention(t.doc[t.i : t.i + 1], t, "pronoun")
            m.gender, m.number = lx.PRONOUNS[low]
            ms.add(m)


#: Prepositions whose object is a place when the tagger makes it one ("protests in London");
#: not "from", "to", "at", which as often take a person ("a kiss from Macron", tagged GPE).
_PLACE_PREPOSITIONS = frozenset("in into near across outside inside throughout within".split())
#: Verbs whose object is a place when the tagger makes it one ("should he visit London").
_PLACE_VERBS = frozenset("visit enter tour invade".split())


def _place_use(t: Token) -> bool:
    """Is a word the tagger made a place (GPE) used as one: the object of a place's
    preposition or verb ("in London", "should he visit London") or compounded before a
    person's title ("London Mayor Sadiq Khan")? Then it is no person's surname, whatever person of
    that name the article has ("Breitbart London")."""
    if t.dep_ == "pobj":
        return t.head.lower_ in _PLACE_PREPOSITIONS
    if t.dep_ == "dobj":
        return t.head.lemma_.lower() in _PLACE_VERBS
    if t.dep_ in ("compound", "nmod"):
        return t.head.lower_ in lx.NAME_TITLES  # not "Trump adviser", "Trump White House"
    return False


def _former(ent: SpacySpan) -> bool:
    """Does a word before the name's title put it in the past ("Former President Tom Hale",
    "ex-Gov. Ann Lee", "then-Gov. Ann Lee"), which the title leaves out?"""
    subtree = {t.i for t in ent.root.subtree}
    for t in [*ent, *(ent.doc[i] for i in range(max(0, ent.start - 6), ent.start))]:
        if t.i in subtree or t.i >= ent.start:
            if not lx.PAST_ROLE.isdisjoint(t.lower_.split("-")):
                return True
        if _then_title(t, subtree):
            return True
    return False


def _then_title(t: Token, subtree: set[int]) -> bool:
    """Is ``t`` the "then" of a title held then ("then-Gov. Ann Lee", "then Secretary of State
    Ann Lee"): joined to the title word after it by a hyphen (the parse hangs it on the verb),
    or right before a capitalised title word of the name's phrase?"""
    if t.lower_ != "then" or t.i + 1 >= len(t.doc):
        return False
    after = t.doc[t.i + 1]
    if after.text in ("-", "–") and t.i + 2 < len(t.doc):
        return t.i + 2 in subtree and t.doc[t.i + 2].is_title
    return after.i in subtree and after.is_title


def _ents_over(ent_at: dict[int, SpacySpan], span: SpacySpan) -> list[SpacySpan]:
    found = {ent_at[i].start: ent_at[i] for i in range(span.start, span.end) if i in ent_at}
    return list(found.values())


#: Verbs whose "to" names the one spoken to ("said to People", "added to People").
_SPOKEN_TO = frozenset({"say", "add", "speak", "talk", "explain", "confirm", "write"})


def _told(span: SpacySpan) -> bool:
    """Is ``span`` (a weak outlet form, "People") the one told, capitalised inside a sentence,
    "told People", "said to People"? A weak form that is a recipient is that outlet, as a
    person told is no common word ("People said" at a sentence's start stays the plural
    noun). Added 2026-12-05 after an audit of the profile (docs/history/voice.md); so is the
    subject of "quoted X as saying", anywhere in a sentence, since a second audit."""
    root = span.root
    if not root.text[:1].isupper():
        return False
    if _quotes_as_saying(root):
        return True
    if span.start == span.sent.start:
        return False
    if root.dep_ in ("dobj", "dative") and root.head.lemma_ == "tell":
        return True
    to = root.head
    return (
        root.dep_ == "pobj"
        and to.lower_ == "to"
        and to.head.pos_ == "VERB"
        and to.head.lemma_ in _SPOKEN_TO
    )


def _quotes_as_saying(root: Token) -> bool:
    """Is ``root`` the subject of "quoted X as saying" ("People quoted him as saying")? Who
    quotes someone as saying is a publisher, not people at large, even at a sentence's start
    (a second audit of the profile, 2026-12-05)."""
    verb = root.head
    return (
        root.dep_ == "nsubj"
        and verb.lemma_ == "quote"
        and any(c.dep_ == "dobj" for c in verb.children)
        and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(g.tag_ == "VBG" for g in c.children)
            for c in verb.children
        )
    )


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
    if verb.lemma_ in lx.SPEECH_LEMMAS:
        return True  # "it said that"
    return not any(c.dep_ in ("ccomp", "xcomp", "acomp", "attr") for c in verb.children)

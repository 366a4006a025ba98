"""The detection passes of outlets and firms (:mod:`.detection`): outlet names from the registry's
scan (kept, cut, or given up for the person, station, body or title they open), sites named by
their address, programmes' titles in quotation marks, and the listed firms named like people,
tagged or not."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsprov.analysis.outlets import OutletMatch, registry
from newsprov.analysis.sources import lexicon as lx
from newsprov.analysis.sources.detection_base import NAME_LABELS, SHOW, _ents_over
from newsprov.analysis.sources.forms import string_ids, tokens_with
from newsprov.analysis.sources.names import (
    headline_line,
    person_name,
    personal_name,
    title_word,
)

if TYPE_CHECKING:
    from newsprov.analysis.sources.mentions import Mentions


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

"""The detection pass of the tagger's names (:mod:`.detection`): each PERSON, ORG, GPE, NORP or
FAC name made a mention, typed by what the text says of it (a person's, a people's, a country's
short form, a document's, a company's short name, initials alone) or left out (a stance, a
common noun's plural), with a name written twice about a dash read as once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsprov.analysis.sources import lexicon as lx
from newsprov.analysis.sources.detection_base import (
    DOC,
    NAME_LABELS,
    _former,
    _indefinite_capitals,
    abbreviated_role,
)
from newsprov.analysis.sources.detection_untagged import (
    _common_word,
    _CommonWords,
    _first_named_spans,
)
from newsprov.analysis.sources.names import (
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
    listed_people,
    name_words,
    person_at_end,
    person_name,
    role_abbreviation,
    shown_person,
    surname_after,
)

if TYPE_CHECKING:
    from newsprov.analysis.sources.mentions import Mentions

#: Capitalised words that open the name of a person's camp or campaign ("Team Clinton"),
#: written for a fourth audit of unseen articles.
_CAMP_WORDS = frozenset({"Team"})


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

"""Colon cues in headline and transcript style: ``Ryan: We will pass the bill``,
``Poll: Clinton leads``. The source is the short noun phrase before the colon
at the start of its line or sentence; the content runs to the end of the paragraph. The labels
``Q:`` and ``A:`` name no speaker: an interview's answers are :mod:`.interview`'s.
Inside a sentence, a name right before a colon introduces the quote after it: ``... surprise
Republican pollster Daron Shaw: “Historically, ...”``. (``X said: “...”`` is a verb cue with
an adjacent quote, see :mod:`.verbs`.)"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsprov.analysis.attribution.headline import COPY
from newsprov.analysis.attribution.quotes import Quote
from newsprov.analysis.attribution.spans import token_at
from newsprov.analysis.doctext import doc_text
from newsprov.analysis.sources import lexicon as slx

#: Headline and page labels that look like names before a colon but are not speakers; the
#: last line holds the schemes of a web address that opens a line ("http://..."; an audit of
#: unseen ECB+ pages, whose first line is their address, found it read as a speaker "http").
NOT_SPEAKERS = frozenset(
    "breaking update updates exclusive watch video photos live note q a question answer "
    "correction corrections clarification transcript related recommended advertisement "
    "sponsored "
    "http https ftp".split()
)
#: Longest noun phrase (in tokens) that may stand as a colon cue's source.
MAX_SOURCE_TOKENS = 6


def colon_cues(doc: Doc, text: str, idx: Sequence[int]) -> list[tuple[Token, list[int], list[int]]]:
    """``(colon, source ids, content ids)`` for each headline/interview colon."""
    out = []
    pos = text.find(":")
    while pos != -1:
        tok = doc[token_at(idx, pos)]
        pos = text.find(":", pos + 1)
        if tok.text != ":":
            continue
        start = tok.sent.start
        for k in range(tok.i - 1, tok.sent.start - 1, -1):
            if "\n" in doc[k].text or "\n" in doc[k].whitespace_:
                start = k + 1
                break
        left = [t for t in doc[start : tok.i] if not t.is_space]
        if not left or len(left) > MAX_SOURCE_TOKENS:
            continue
        if any(t.pos_ in ("VERB", "AUX", "NUM") for t in left):
            continue
        last = [t for t in left if not t.is_punct]
        if not last or left[0].is_punct or len(last[-1].text) < 2:
            continue
        if last[-1].pos_ != "PROPN" and not last[-1].text[0].isupper():
            continue  # a name ("Sanders:"), not "Editor's note:", "Breaking:" or "Q:"
        if last[-1].lower_ in NOT_SPEAKERS:
            continue
        if last[-1].pos_ not in ("PROPN", "NOUN", "PRON"):
            continue  # "So:", "Wow:", "Plus:": no name
        content = []
        for t in doc[tok.i + 1 :]:
            if "\n" in t.text:
                break
            content.append(t.i)
            if "\n" in t.whitespace_:
                break
        if sum(1 for i in content if doc[i].is_alpha) < 3:
            continue
        if _name_list([doc[i] for i in content]) or _kicker(
            left, [doc[i] for i in content], bool(doc.user_data.get(COPY))
        ):
            continue
        if _section_head(doc, text, left, content):
            continue
        heard = _from_by(left)
        if heard is not None:
            if heard:
                out.append((tok, heard, content))
            continue
        if _heading(left):
            continue
        out.append((tok, [t.i for t in left], content))
    return out


#: Entity types an all-capitals word before a colon has when it names a speaker ("NATO:").
_SPEAKER_ENTS = frozenset("PERSON ORG GPE NORP".split())


def _kicker(left: list[Token], content: list[Token], headline: bool) -> bool:
    """ "DESPERATION: DNC Files Lawsuit Against Russia", "SHOCK: Governor Quits": one word in
    capitals that names no one (the entity recogniser found no person, body or place in it)
    before a headline in title case is a kicker, a label, not a speaker. Before a sentence
    it is a transcript's speaker, whom the recogniser often misses ("TAPPER: And obviously,
    you're supporting ..."). ``headline``: the words are a sentence-case copy of a line
    written in Title Case (:mod:`.headline`)."""
    if not (
        len(left) == 1
        and left[0].is_upper
        and len(left[0].text) > 3
        and left[0].ent_type_ not in _SPEAKER_ENTS
    ):
        return False
    if headline:
        return True
    words = [t for t in content if t.is_alpha and len(t.text) > 3]
    return bool(words) and sum(t.text[0].isupper() for t in words) * 4 >= len(words) * 3


#: Heads of noun phrases that name people, bodies, outlets or documents (the source lexicons'
#: lists): a label headed by one of them can be a speaker ("Poll:", "Insiders:", "Lawyer:").
_SPEAKER_NOUNS = slx.SPEAKER_NOUNS | slx.TITLE_WORDS


def _speaker_word(t: Token) -> bool:
    """``t`` names a person, body, outlet or record: an entity of those types, or a noun of the
    source lexicons (plural or singular)."""
    return (
        t.ent_type_ in _SPEAKER_ENTS
        or t.lower_ in _SPEAKER_NOUNS
        or t.lemma_.lower() in _SPEAKER_NOUNS
    )


def _heading(left: list[Token]) -> bool:
    """ "Another problem for Sanders:", "Big Win For Bernie:", "The facts:": a label whose head
    phrase (its words up to the first preposition) opens with a determiner or an adjective
    and holds no word that names a person, body, outlet or record is a section head or a
    kicker, a topic, not a speaker. English writes a speaker's label as a name or a role
    ("Sanders:", "Former AG Mukasey at RNC:", "Insiders:"), which takes no article; a label in
    capitals opening with an adjective is left to the kicker rule."""
    head: list[Token] = []
    for t in left:
        if t.pos_ == "ADP":
            break
        if not t.is_punct:
            head.append(t)
    if len(head) < 2 or head[0].pos_ not in ("DET", "ADJ"):
        return False
    if head[0].is_upper and len(head[0].text) > 1:
        return False  # "BIG WIN:", "THE FACTS:", left to the kicker rule
    return not any(_speaker_word(t) for t in head if t.pos_ != "DET")


#: Nouns of the source lexicons that name a record or a report, not who made it ("statement",
#: "remarks", "report"): "Remarks by the President:" names its speaker after "by".
_RECORD_NOUNS = (slx.DOCUMENT_NOUNS | slx.REPORTING_NOUNS) - (
    slx.PEOPLE_NOUNS
    | slx.PERSON_ROLE_NOUNS
    | slx.PERSON_TITLES
    | slx.ANONYMOUS_NOUNS
    | slx.GROUP_NOUNS
    | slx.COLLECTIVE_PEOPLE
    | slx.ORGANIZATION_NOUNS
    | slx.OUTLET_NOUNS
)


#: Prepositions after which a heading names the one whose words follow it.
_FROM_BY = frozenset(("from", "by"))


def _from_by(left: list[Token]) -> list[int] | None:
    """A heading that names its speaker after "from" or "by" ("A lesson from Ann Lee:",
    "Remarks by the President:", "From the report:"): the label's words before its first
    preposition name no person or body (a record or a topic at most), and that preposition is
    "from" or "by". The speaker is the preposition's object when it names a person, body,
    outlet or record (a possessor before a record: "From Lee's post:" is Lee's); the ids of
    that phrase, or ``[]`` when it names none ("Notes from the campaign trail:", a heading
    with no speaker). ``None`` for any other label ("Ann Lee:", "Lee from Ohio:")."""
    k = next((j for j, t in enumerate(left) if t.pos_ == "ADP" or t.lower_ in _FROM_BY), -1)
    if k < 0 or left[k].lower_ not in _FROM_BY:
        return None
    if any(_speaker_word(h) and h.lower_ not in _RECORD_NOUNS for h in left[:k]):
        return None
    obj = [u for u in left[k + 1 :] if not u.is_punct or u.tag_ == "POS"]
    if not any(_speaker_word(u) for u in obj):
        return []
    owner = [j for j, u in enumerate(obj) if u.tag_ == "POS"]
    if owner:
        obj = obj[: owner[0] + 1]
    return [u.i for u in obj]


#: Quote marks: a line in them is someone's words, not a section's head.
_QUOTE_MARKS = frozenset("\"'“”‘’«»")


def _section_head(doc: Doc, text: str, left: list[Token], content: list[int]) -> bool:
    """ "Kasich: Now or never." then a paragraph about Kasich: a name alone heading a section
    about its bearer, not words of theirs. The label is a name only (proper nouns, or
    capitalised words that are no speaker noun: the tagger reads some surnames as nouns), not
    on the text's first line; its line is a short phrase (at most eight words) with no quote
    mark; and the next paragraph names the label's last word. ``text``: the document's
    text."""
    named = all(t.pos_ == "PROPN" or (t.text[0].isupper() and not _speaker_word(t)) for t in left)
    if not named or "\n" not in text[: left[0].idx]:
        return False
    line = [doc[i] for i in content]
    if not line or sum(t.is_alpha for t in line) > 8:
        return False
    if any(t.text in _QUOTE_MARKS or t.text[0] in _QUOTE_MARKS for t in line):
        return False
    rest = text[line[-1].idx + len(line[-1].text) :].lstrip()
    para = rest.split("\n", 1)[0]
    return left[-1].text.lower() in para.lower()


def _name_list(content: list[Token]) -> bool:
    """ "Nevada: Adam Khan, Andres Ramirez, Andrew Diss, ...": a list of names, not a
    statement (three commas or more, names the most of the words)."""
    words = [t for t in content if t.is_alpha]
    commas = sum(1 for t in content if t.text == ",")
    return commas >= 3 and sum(t.pos_ == "PROPN" for t in words) >= 0.6 * len(words)


def name_colon_quotes(
    doc: Doc, idx: Sequence[int], quotes: Sequence[Quote]
) -> list[tuple[int, Token, list[int]]]:
    """``(quote index, colon, source ids)`` for a quote right after ``<person's name>:``; the
    source is the name's noun phrase (title and description before it included)."""
    out = []
    text = doc_text(doc)
    for qi, q in enumerate(quotes):
        before = text[: q.start].rstrip(" \t\xa0")
        if not before.endswith(":"):
            continue
        colon = doc[token_at(idx, len(before) - 1)]
        if colon.text != ":" or colon.i == 0:
            continue
        name = doc[colon.i - 1]
        if name.ent_type_ == "PERSON" and name.pos_ == "PROPN":
            head = name
            while head.dep_ in ("compound", "flat") and head.head.i < colon.i:
                head = head.head
            ids = [t.i for t in head.subtree if t.i < colon.i]
        else:
            ids = _opening_from_by(doc, colon) or _line_label(doc, colon)
        if ids and len(ids) <= 2 * MAX_SOURCE_TOKENS:
            out.append((qi, colon, ids))
    return out


def _opening_from_by(doc: Doc, colon: Token) -> list[int]:
    """The speaker named after "from" or "by" in a sentence that opens with a heading before
    the colon ("... equal. From the report: “...”"), by :func:`_from_by`; else none."""
    words = [t for t in doc[colon.sent.start : colon.i] if not t.is_space]
    if not words or not words[0].text[0].isupper() or len(words) > MAX_SOURCE_TOKENS:
        return []
    return _from_by(words) or []


def _line_label(doc: Doc, colon: Token) -> list[int]:
    """The words opening the colon's line when they are a speaker's label in a transcript or
    an exchange of letters ("Deputy Undersecretary of the Air Force Darleen Druyun: “...”"): a
    capitalised phrase with no verb or number, ending in a proper noun that the entity
    recogniser need not have taken for a person (it read that one as part of an organisation);
    else none."""
    start = colon.i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    label = [t for t in doc[start : colon.i] if not t.is_space]
    if not label or not label[0].text[0].isupper() or len(label) > 2 * MAX_SOURCE_TOKENS:
        return []
    heard = _from_by(label)
    if heard is not None:
        return heard
    last = label[-1]
    if last.pos_ != "PROPN" or not last.text[0].isupper() or last.lower_ in NOT_SPEAKERS:
        return []
    if last.ent_type_ in _NOT_NAMES or any(t.pos_ in ("VERB", "AUX", "NUM") for t in label):
        return []
    return [t.i for t in label]


#: Entity types a label's last word may not have: dates and the like are no speakers.
_NOT_NAMES = frozenset("DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL".split())

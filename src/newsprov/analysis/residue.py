"""Scraper residue: share counters, related-link lists, newsletter prompts, image credits and
captions, byline blocks.

Residue is *marked* (a span and a reason from the spec), never cut from the text. Every rule
works on whole lines (scraped residue sits on lines of its own) and is anchored at the line's
start, so prose that merely mentions shares, newsletters or Getty Images is left alone; the
one rule read at a line's end is a prompt closing it ("... Subscribe here.",
``_NEWSLETTER_TAIL``), anchored there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsprov.analysis.outlets import registry
from newsprov.analysis.sources.lexicon import MASTHEAD_WORDS
from newsprov.record import Removed

_NUM = r"\d[\d,.]*\s*[KkMm]?"
_SOCIAL = (
    r"(?:Share|Tweet|Facebook|Twitter|X|WhatsApp|E-?mail|Print|Pinterest|Pin|LinkedIn|Reddit|"
    r"Messenger|Telegram|Flipboard|Copy\s+link|SMS|Comments?|Save)"
)
_SHARE = [
    re.compile(rf"^{_NUM}\s*[-–|/]?\s*{_NUM}\s*Shares?$", re.I),  # "3 - 3Shares"
    re.compile(rf"^{_NUM}\s*(?:Shares?|Comments?)$", re.I),  # "12 shares"
    re.compile(rf"^(?:Shares?|Total shares)\s*:?\s*{_NUM}$", re.I),  # "Shares: 12"
    re.compile(
        r"^(?:Share|Tweet|Email|Print)(?:\s+(?:this|the)\s+(?:article|story|post|page|video))?"
        rf"(?:\s+(?:on|via|to|with)\s+{_SOCIAL})?\s*[:!.]?$",
        re.I,
    ),
    re.compile(rf"^(?:{_SOCIAL}[\s|·•,/]*){{2,}}$", re.I),  # a row of share buttons
]
_RELATED_HEAD = (
    r"(?:Related(?:\s+(?:Articles?|Stories|Story|Posts?|Coverage|Content|Links|News|Reading|Topics))?"
    r"|Read\s+(?:More|Also|Next)|See\s+Also|Also\s+Read|More\s+(?:from|on|about)\s+[^:]{1,40}"
    r"|Recommended(?:\s+for\s+you)?|You\s+(?:may|might)\s+also\s+like|Trending(?:\s+Now)?"
    r"|Most\s+(?:Read|Popular))"
)
_RELATED_ALONE = re.compile(rf"^{_RELATED_HEAD}\s*[:»>…]*$", re.I)
_RELATED_INLINE = re.compile(rf"^{_RELATED_HEAD}\s*[:»>|]\s*\S", re.I)
_BULLET = re.compile(r"^(?:[-*•·►▶>]\s+|\d{1,2}[.)]\s+|https?://|www\.)")
_NEWSLETTER = re.compile(
    r"^\W{0,3}(?:for\s+more,?\s*|want\s+[^?]{1,80}\?\s*|to\s+(?:get|receive)\s+[^,]{1,60},\s*)?"
    r"(?:sign(?:ing)?\s+up\b|subscribe\b|enter\s+your\s+e-?mail|click\s+here\s+to\s+subscribe"
    r"|get\s+(?:our|the)\s+[^.]{0,40}newsletter|(?:join|register\s+for)\s+our\s+"
    r"(?:newsletter|mailing\s+list)|become\s+a\s+(?:member|subscriber|supporter)"
    r"|support\s+(?:our|independent)\s+journalism|don'?t\s+miss\s+(?:a|any)\s+\w+)",
    re.I,
)
_CREDIT_AGENCY = (
    r"(?:Getty(?:\s+Images)?|Shutterstock|AFP|Reuters|AP(?:\s+Photo)?|EPA(?:-EFE)?|Bloomberg"
    r"|Instagram|Twitter|Facebook|Wikimedia(?:\s+Commons)?|Alamy|Pool|Handout)"
)
_CAPTION_HEAD = re.compile(
    r"^\(?\s*(?:(?:Top|Featured|File|Lead)\s+)?(?:Photo|Image|Picture|Photograph|Caption|Credit"
    r"|Pictured|Illustration|Video)s?(?:\s+(?:credit|by|courtesy(?:\s+of)?))?\s*(?::|by\b)",
    re.I,
)
_CREDIT_LINE = re.compile(
    rf"^\(?(?P<who>[\w.'’ -]{{1,50}}?(?:\s*/\s*|\s+via\s+))?(?P<agency>{_CREDIT_AGENCY})"
    r"(?:\s*/\s*[\w.'’ -]{1,40})?\)?\.?$"
)
_CAPTION_TAIL = re.compile(
    r"\((?=[^()]*(?:Photo|Getty|Credit|Images|Shutterstock|/\s*(?:AP|AFP|Reuters|EPA)\b))"
    r"[^()]{3,120}\)\.?$"  # "... (AP Photo/Evan Vucci)", "(Photo by X/Getty Images)"
)
_NOT_NAME = (
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
    r"|The|Then|Now|Far|Contrast|Comparison|Law|Design|Default|All|Some|Most|Many|Late|Early|Noon"
)
_NAME = r"[A-Z][\w.'’-]*"
_BYLINE = [
    re.compile(
        rf"^By:?\s+(?!(?:{_NOT_NAME})\b){_NAME}(?:\s+{_NAME}){{0,4}}"
        rf"(?:\s*(?:,|\band\b|&)\s*{_NAME}(?:\s+{_NAME}){{0,4}})*"
        r"(?:\s*[,|–—-]\s*[A-Z][\w.'’ &-]{0,60})?$"
    ),
    re.compile(r"^(?:Written|Reported|Posted)\s+by\s+[A-Z][\w.'’ ,&-]{1,80}$"),
    re.compile(r"^\(?\s*(?:Additional\s+)?Reporting\s+by\s+[A-Z].{0,200}$"),
    re.compile(r"^(?:Author|Authors|Byline|Writer)\s*:\s*[A-Z].{0,80}$"),
    # the writer's social prompt closing a piece: "Follow Ian Hanchett on Twitter @IanHanchett"
    re.compile(
        r"^(?:You\s+can\s+follow|Follow)\s+(?:(?:him|her|them|us|me)\s+|(?:[A-Z@][\w.'’@-]*\s+){1,4})"
        r"(?:on|at)\s+(?:Twitter|X|Facebook|Instagram|Threads|Bluesky|Mastodon|LinkedIn)"
        r"(?:\s*(?:at\s+|:\s*)?@\w{1,30})?\s*\.?$"
    ),
    re.compile(
        r"^(?:Published|Updated|Posted|Last\s+updated)\s*:?\s*(?:on\s+)?"
        r"(?=[^\n]{0,60}\d)[\w,.:/ -]{4,60}$",
        re.I,
    ),
]
#: Lines that belong to a byline block only next to a byline ("Staff Writer", an address).
_BYLINE_TAIL = re.compile(
    r"^(?:(?:Staff|Senior|Chief|Contributing|Special|Political|National|Foreign|White\s+House"
    r"|Washington|Associated\s+Press|AP|Reuters|Bloomberg)\s+)*"
    r"(?:Writer|Reporter|Correspondent|Editor|Contributor|Columnist|Analyst)s?"
    r"(?:\s*[,|]\s*[A-Z][\w.'’ &-]{0,40})?$"
    r"|^(?:The\s+)?(?:Associated\s+Press|Reuters|AFP|Agence\s+France-Presse|Bloomberg(?:\s+News)?"
    r"|CNN|UPI)$"
    r"|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^@\w{2,30}$|^Follow\s+(?:\w+\s+){0,3}on\s+\w+$",
    re.I,
)
_LINE_MAX = 300
_LINK_MAX = 140
_LIST_MAX = 12


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line's content, leading and trailing whitespace excluded."""
    pos = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        if stripped:
            start = pos + content.index(stripped[0])
            yield start, start + len(stripped)
        pos += len(raw)


#: A prompt closing a line that opens with other words: a host's bio or a podcast's blurb
#: ending "Subscribe here.", "... Subscribe here or listen to the latest episode below:"; and
#: a digest's own offer ("You can receive this daily update every weekday morning via email!").
_NEWSLETTER_TAIL = re.compile(
    r"(?:^|[.!?”\"]\s+)Subscribe\s+here\b[^.!?]{0,80}[.:!]?$"
    r"|^(?:[A-Z][A-Z ]{2,40}!?\s*[-–—:]\s*)?You\s+can\s+(?:receive|get)\s+this\b"
    r"[^.!?]{0,80}\b(?:via|by|in\s+your|to\s+your)\s+(?:e-?mail|inbox)\b"
)


def classify_line(line: str) -> str | None:
    """The residue reason for one stripped line, or None for article text."""
    if len(line) > _LINE_MAX:
        return None
    if any(p.match(line) for p in _SHARE):
        return "share-counter"
    if _RELATED_INLINE.match(line) or _RELATED_ALONE.match(line):
        return "related-links"
    if _NEWSLETTER.match(line) or _NEWSLETTER_TAIL.search(line):
        return "newsletter"
    if _CAPTION_HEAD.match(line) or _CAPTION_TAIL.search(line):
        return "image-caption"
    m = _CREDIT_LINE.match(line)
    if (
        m
        and len(line) <= 90
        and (
            m.group("who")
            or m.group("agency").startswith(("Getty", "Shutter", "Wikimedia", "AP Photo"))
        )
    ):
        return "image-caption"
    if len(line) <= 160 and any(p.match(line) for p in _BYLINE):
        return "byline-block"
    return None


def _link_like(line: str) -> bool:
    """A line in a list of links: a bullet or URL, or a short headline without end punctuation."""
    if len(line) > _LINK_MAX:
        return False
    return bool(_BULLET.match(line)) or line[-1] not in '.!?"”:;,'


def find_residue(text: str) -> list[Removed]:
    """Residue spans in ``text`` with their reasons, in text order (``text`` is not changed)."""
    lines = list(_lines(text))
    found: list[Removed] = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        line = text[start:end]
        reason = classify_line(line)
        if reason == "related-links" and _RELATED_ALONE.match(line):
            # A heading alone: the headline links under it belong to it.
            j = i + 1
            while j < len(lines) and j - i <= _LIST_MAX:
                s, e = lines[j]
                following = text[s:e]
                if classify_line(following) is not None or not _link_like(following):
                    break
                end = e
                j += 1
            found.append(Removed(span=(start, end), reason="related-links"))
            i = j
            continue
        if reason == "byline-block":
            # A byline with its role, address and date lines is one block.
            j = i + 1
            while j < len(lines):
                s, e = lines[j]
                following = text[s:e]
                if len(following) > 100 or not (
                    _BYLINE_TAIL.match(following) or classify_line(following) == "byline-block"
                ):
                    break
                end = e
                j += 1
            found.append(Removed(span=(start, end), reason="byline-block"))
            i = j
            continue
        if reason is not None:
            found.append(Removed(span=(start, end), reason=reason))
        i += 1
    return found


#: A byline names the article's authors only near its start (one further down, after the
#: story, credits a contributor or another story).
BYLINE_HEAD = 600
_BY_LEAD = re.compile(r"By:?\s+|(?:Written|Reported)\s+by\s+|(?:Authors?|Byline)\s*:\s*")
#: What separates the names of a byline, and a name from its role or outlet ("By Ann Lee and
#: Bob Jones, Staff Writers"; not a hyphen, which joins names: "Strauss-Kahn").
_BYLINE_SPLIT = re.compile(r"\s*(?:,|;|\||&|\band\b|\s[–—-]\s)\s*")
_NAME_WORD = re.compile(r"[A-Z][\w.'’-]*|(?:de|da|del|della|van|von|der|den|la|le|bin|al|el)")
#: Words of an outlet's or a desk's name, not a person's ("The Coast Courier", "Metro Desk"),
#: for outlets the registry does not know.
_OUTLET_WORDS = MASTHEAD_WORDS | frozenset(
    "the news press daily weekly media network magazine agency wire radio tv television staff "
    "desk online service services bureau".split()
)


def byline_authors(text: str, removed: list[Removed]) -> list[str]:
    """The people a byline near the start of ``text`` names ("By Ann Lee and Bob Jones, Staff
    Writers": Ann Lee, Bob Jones), from the first ``byline-block`` residue that starts
    within :data:`BYLINE_HEAD` characters. A name is two to five words, each capitalised
    (or a particle: "de", "van"); a role ("Staff Writer"), an outlet ("Associated Press", "The
    Coast Courier"), a date or a single word ("Reuters") is not one. Nothing else is guessed."""
    for r in removed:
        if r.span[0] > BYLINE_HEAD:
            break
        if r.reason != "byline-block":
            continue
        first = text[r.span[0] : r.span[1]].split("\n", 1)[0].strip()
        lead = _BY_LEAD.match(first)
        if lead is None:
            continue
        names = []
        for part in _BYLINE_SPLIT.split(first[lead.end() :]):
            words = part.strip(" .").split()
            name = " ".join(words)
            if (
                2 <= len(words) <= 5
                and all(_NAME_WORD.fullmatch(w) for w in words)
                and words[0][0].isupper()
                and not _BYLINE_TAIL.match(name)
                and not any(w.lower().strip(".") in _OUTLET_WORDS for w in words)
                and not registry().scan(name)
                and name not in names
            ):
                names.append(name)
        return names
    return []

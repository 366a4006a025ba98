"""Quote-mark scanning: finds quoted passages as character spans, in any quote style.

Handles straight and curly double quotes and guillemets, mismatched marks (a passage opened
with ``”``), and quotes running over several paragraphs: a paragraph that ends inside a quote
continues it when the next paragraph opens with a quote mark (the newspaper convention), or
when the first mark after it closes a quote (text laid out one sentence a line, the quote
running on over lines that open with no mark), so the passage is one :class:`Quote` with one
span per paragraph or line. A curly quote inside a curly quote (“... calls “hell” than ...”)
stays part of the outer one when the paragraph closes both, and so does a straight quote in
any quote or a curly one in a straight quote, read by the form of the marks (a straight mark
after a space opens, one before a space or a stop closes). In a paragraph whose straight marks do
not pair up (an odd count), a straight mark that opens inside an open quote the paragraph does
not close twice starts a new quote (the open one lost its closing mark), and one that closes
with no quote open opens nothing (its quote lost its opening mark, or it is an inch sign), so
one bad mark does not turn the pairing of the marks after it. Single
quotes are not scanned (they double as apostrophes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsprov.record import Span

#: Double quote marks of every common style.
_MARK = re.compile(r"''|``|[\"“”„«»]")
_WORD = re.compile(r"\w")
_OPENERS = ("“", "„", "«", "``")


@dataclass
class Quote:
    """One quoted passage; ``spans`` include the marks, one span per paragraph."""

    spans: list[Span] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


def _is_opening(text: str, i: int, j: int) -> bool:
    """A mark (``text[i:j]``) looks like an opener when it follows a space/start and precedes
    a non-space."""
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def _is_closing(text: str, i: int, j: int) -> bool:
    """A mark (``text[i:j]``) looks like a closer when it follows a non-space (no opening
    bracket or dash) and precedes a space, the end or a punctuation mark."""
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    return not (before.isspace() or before in "([{—–-/") and (after.isspace() or after in _AFTER)


#: What may follow a closing mark besides a space (``>``: the end of a markup tag).
_AFTER = frozenset(".,;:!?)]—–-'’>")


def _opens(text: str, m: re.Match[str]) -> bool:
    """The mark ``m`` opens a quote by its form: a curly or low opener, or a straight mark
    shaped as an opener (:func:`_is_opening`)."""
    ch = m.group()
    if ch == '"':
        return _is_opening(text, m.start(), m.end())
    return ch in _OPENERS


def _closes(text: str, m: re.Match[str]) -> bool:
    """The mark ``m`` closes a quote by its form: a curly closer or ``''``, or a straight mark
    shaped as a closer (:func:`_is_closing`)."""
    ch = m.group()
    if ch == '"':
        return _is_closing(text, m.start(), m.end())
    return ch in ("”", "»", "''")


def scan_quotes(text: str) -> list[Quote]:
    """All double-quoted passages of ``text``, in order."""
    quotes: list[Quote] = []
    current: Quote | None = None
    open_at = -1
    para_end = -1
    inner = False  # inside a quote inside the open one
    odd = _OddParagraphs(text)
    for m in _MARK.finditer(text):
        i = m.start()
        ch = m.group()
        if current is not None and i > para_end:
            # The open quote reached the end of its paragraph without a closing mark.
            inner = False
            current.spans.append((open_at, _rstrip(text, para_end)))
            if starts_paragraph(text, i):
                open_at = i  # the next paragraph opens with a mark: the quote continues
                para_end = paragraph_end(text, i)
                continue
            lines = _lines_before(text, para_end, i)
            if not _is_opening(text, i, m.end()) and len(lines) < _MAX_RUN_ON_LINES:
                # The first mark after the open quote closes one: the quote ran on over
                # lines that open with no mark (text laid out one sentence a line).
                current.spans.extend(lines)
                current.spans.append((_line_start(text, i), m.end()))
                quotes.append(current)
                current = None
                continue
            quotes.append(current)
            current = None
        if current is None:
            if ch == '"' and _stray(text, m) and odd(i):
                continue
            current = Quote()
            open_at = i
            para_end = paragraph_end(text, i)
            continue
        if inner:
            inner = ch != "”" and not (ch == '"' and _closes(text, m))
            continue
        if ch == '"' and _is_opening(text, i, m.end()) and i > open_at + 1:
            if _nested_by_form(text, m, para_end):
                inner = True  # "... shouted "Allah" as he ...": a quote inside the quote
                continue
        if ch == '"' and _is_opening(text, i, m.end()) and i > open_at + 1 and odd(i):
            # An opening straight mark inside an open quote, in a paragraph whose straight
            # marks do not pair up: the open quote lost its closing mark. (With an even count
            # the mark closes, as written: `... is wrong. "Perry is ...` lost a space.)
            current.spans.append((open_at, _rstrip(text, i)))
            quotes.append(current)
            current = Quote()
            open_at = i
            para_end = paragraph_end(text, i)
            continue
        if (
            ch == "“"
            and _is_opening(text, i, m.end())
            and (
                _nested(text, i, para_end)
                if text[open_at] in "“”"
                else _nested_by_form(text, m, para_end)
            )
        ):
            inner = True  # “... calls “hell” than ...”: a quote inside the quote
            continue
        if ch in _OPENERS and _is_opening(text, i, m.end()) and i > open_at + 1:
            # A new opener inside an open quote: the previous one lost its closing mark.
            current.spans.append((open_at, _rstrip(text, i)))
            quotes.append(current)
            current = Quote()
            open_at = i
            para_end = paragraph_end(text, i)
            continue
        current.spans.append((open_at, m.end()))
        quotes.append(current)
        current = None
    if current is not None:
        current.spans.append((open_at, _rstrip(text, para_end)))
        quotes.append(current)
    return [q for q in quotes if q.spans and any(_WORD.search(text, a, b) for a, b in q.spans)]


#: Lines a quote may run on over without marks before its closing mark. Wikinews text laid
#: out one sentence a line (the bundled samples) quotes up to four; more is taken for a lost
#: closing mark.
_MAX_RUN_ON_LINES = 8


def _line_start(text: str, i: int) -> int:
    """Offset of the first non-blank character of the line holding character ``i``."""
    j = text.rfind("\n", 0, i) + 1
    while j < i and text[j] in " \t\r":
        j += 1
    return j


def _lines_before(text: str, para_end: int, i: int) -> list[Span]:
    """The non-blank lines wholly between the line break at ``para_end`` and the line holding
    character ``i``, without surrounding space."""
    out: list[Span] = []
    start = para_end + 1
    last = text.rfind("\n", 0, i)
    while start <= last:
        end = text.find("\n", start)
        a = _line_start(text, start) if start < end else start
        b = _rstrip(text, end)
        if b > a:
            out.append((a, b))
        start = end + 1
    return out


def _nested(text: str, i: int, para_end: int) -> bool:
    """The opener at ``i`` starts a quote inside the open one: the rest of its paragraph
    closes one more curly quote than it opens (the inner quote's and the outer one's)."""
    rest = text[i:para_end]
    return rest.count("”") >= rest.count("“") + 1


def _nested_by_form(text: str, m: re.Match[str], para_end: int) -> bool:
    """The opener ``m`` starts a quote inside the open one: from it to the end of its
    paragraph, marks closing by their form outnumber those opening by one or more (the inner
    quote's closer and the outer one's): ``"... shouted "Allah!" as he ..."``; by as many
    when the next paragraph opens with a mark (the outer quote goes on there)."""
    closers = openers = 0
    for n in _MARK.finditer(text, m.start(), para_end):
        if _opens(text, n):
            openers += 1
        elif _closes(text, n):
            closers += 1
    return closers >= openers + (0 if _continued(text, para_end) else 1)


def _continued(text: str, para_end: int) -> bool:
    """The next paragraph after the line break at ``para_end`` opens with a quote mark."""
    m = _NEXT_MARK.match(text, para_end)
    return m is not None


#: Blank space, then an opening or straight quote mark.
_NEXT_MARK = re.compile(r"\s*(?:``|[\"“„«])")


class _OddParagraphs:
    """Whether the paragraph holding a character has an odd number of straight marks (one of
    them pairs with none), counted once per paragraph."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.counts: dict[int, bool] = {}

    def __call__(self, i: int) -> bool:
        start = self.text.rfind("\n", 0, i) + 1
        if start not in self.counts:
            end = paragraph_end(self.text, i)
            self.counts[start] = self.text.count('"', start, end) % 2 == 1
        return self.counts[start]


def _stray(text: str, m: re.Match[str]) -> bool:
    """A straight mark shaped as a closer with no quote open: a quote whose opening mark is
    lost; it opens nothing, so the marks after it pair as written. Not the mark opening a
    markup attribute's value (``tweet-date="``)."""
    return _is_closing(text, m.start(), m.end()) and text[m.start() - 1 : m.start()] != "="


def paragraph_end(text: str, i: int) -> int:
    """Offset of the line break ending the paragraph that holds character ``i``."""
    j = text.find("\n", i)
    return len(text) if j == -1 else j


def starts_paragraph(text: str, i: int) -> bool:
    """Only spaces or tabs lie between the paragraph's start and character ``i``."""
    j = i - 1
    while j >= 0 and text[j] in " \t\r":
        j -= 1
    return j < 0 or text[j] == "\n"


def _rstrip(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end

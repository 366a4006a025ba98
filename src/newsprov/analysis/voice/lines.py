"""Lines of a text that are no sentence of the outlet's or anyone's, told by their shape: a
section's head closed by a colon, a transcript's stage note, a speaker's label in quote marks,
the title of a text with no metadata closed by a full stop, and a link to the rest of a
story. Each such sentence's voice is ``other``
(:func:`newsprov.analysis.voice.classify_sentences`). Added 2026-12-06 from a sixth and a
seventh audit of unseen texts; measured in docs/history/voice.md."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan

from newsprov.record import Span

_NONSPACE = re.compile(r"\S")
_LINE = re.compile(r"[^\n]+")
#: A web address, spaces taken out: a copy whose tokens were split apart writes
#: "http: / / www. theage. com. au / articles / 1175971051701. html".
ADDRESS = re.compile(r"(?:https?://|www\.)[^\s]+", re.IGNORECASE)


def whole_line(text: str, span: Span) -> str | None:
    """The sentence's text when it is a whole line with more text after it, else None."""
    a, b = span
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    if line_end == -1 or _NONSPACE.search(text, line_end) is None:
        return None
    if text[line_start:a].strip() or text[b:line_end].strip():
        return None
    return text[a:b]


def first_text_line(text: str) -> Span | None:
    """The first line with text, a web address line a copy put first skipped; None if the text
    has no other line or nothing follows that line."""
    for m in _LINE.finditer(text):
        line = m.group().strip()
        if line and ADDRESS.fullmatch("".join(line.split())) is None:
            if _NONSPACE.search(text, m.end()) is None:
                return None  # the only line of the text
            return m.span()
    return None


#: The most words of a section's head closed by a colon.
COLON_HEAD_MAX_WORDS = 6
#: Finite verb forms and the base form: a line with one is a clause ("He said:", "Imagine
#: that she:", "The list includes:"), not a head. A participle may modify the head's noun
#: ("Some known inmates:", "Limited inmate privileges:").
_CLAUSE_TAGS = frozenset({"VB", "VBD", "VBP", "VBZ", "MD"})
#: The formula that opens a transcript or a list, its verb part of no clause of the line's.
_AS_FOLLOWS = re.compile(r"\bas follows:$", re.IGNORECASE)


def colon_head(text: str, span: Span, sent: SpacySpan, framing: bool = False) -> bool:
    """A section's head closed by a colon, heading the lines under it: a whole line of at most
    six words, capitalised, with no finite verb ("About the prison:", "Some known inmates:",
    "Prison program:", "Partial transcript as follows:"). Not a line with a verb, which
    introduces what follows as a sentence does ("He told reporters:", "Imagine that she:"),
    nor one opening with a quote mark (a speaker's line), nor, but for the formula "as
    follows:", one that frames an attribution (``framing``: it holds the cue, the content
    comes after it): "From Josh Feldman writing at Mediaite:" over the columnist's paragraphs
    is their frame, `attributed` as a speech tag is (a seventh audit, 2026-12-06)."""
    line = whole_line(text, span)
    if line is None or not line.endswith(":") or not line[:1].isupper():
        return False
    if not sent.doc.has_annotation("TAG"):
        return False  # no parts of speech to find a verb by
    if len(line.split()) > COLON_HEAD_MAX_WORDS:
        return False
    if _AS_FOLLOWS.search(line):
        return True
    if framing:
        return False
    return not any(t.tag_ in _CLAUSE_TAGS or t.pos_ == "AUX" for t in sent)


#: A transcript's stage note in capitals, in parentheses or brackets, within quote marks or
#: not: '"(CROSSTALK.)', "(LAUGHTER)", "[APPLAUSE]", "(BEGIN VIDEO CLIP)".
_STAGE_NOTE = re.compile(r"[\"“]?[(\[][A-Z][A-Z ,'’-]*\.?[)\]]\.?[\"”]?")
#: A speaker's label in capitals closed by a colon, opened by a quote mark: a transcript
#: whose paragraphs each open with one ('"WALLACE:', '"PENCE: ...').
QUOTED_LABEL = re.compile(r"[\"“][A-Z][A-Z'’&-]+(?: [A-Z][A-Z'’&-]+)?:")


def stage_note(text: str, span: Span) -> bool:
    """A transcript's stage note as a whole line ('"(CROSSTALK.)', "(APPLAUSE)") or its
    speaker's label in quote marks alone on a line ('"WALLACE:'): no words of the speakers'."""
    line = whole_line(text, span)
    if line is None:
        return False
    return bool(_STAGE_NOTE.fullmatch(line) or QUOTED_LABEL.fullmatch(line))


#: The most words of a title closed by a full stop in a text with no metadata.
TITLE_MAX_WORDS = 16
#: First words a headline drops or never opens with: articles and determiners, pronouns,
#: "there", interjections, question words ("The Saints have placed ...", "Well it's ...").
_LEAD_OPENERS = frozenset({"DT", "PDT", "PRP", "PRP$", "EX", "UH", "WDT", "WP", "WRB", "CC"})


def first_line_title(text: str, spans: list[Span], sents: list[SpacySpan | None]) -> int | None:
    """The index of the sentence that is a text's first line when that line is a title closed
    by a full stop: one sentence, at most 16 words, more text after it, in the grammar of a
    headline, which drops articles and the forms of "be" and "have" and puts a past event in
    the present ("Former DNC chairman calls for Clinton contingency plan.", "Trump to visit
    United Kingdom in July, meet with PM Theresa May."). A first line with a past tense, a form
    of "be" or of "have", opening with a determiner or a pronoun or with a pronoun for its
    subject is the one-sentence first paragraph of a plain text ("Deep Throat is dead.",
    "Hansbrough broke Ford's all-time scoring record.", "The Saints have placed Bush on injured
    reserve.") and keeps its voice. For a text with no metadata: with a title, the line equal
    to it is a heading already."""
    first = first_text_line(text)
    if first is None:
        return None
    start, end = first
    on_line = [k for k, (a, b) in enumerate(spans) if a < end and b > start]
    if len(on_line) != 1:
        return None
    k = on_line[0]
    sent = sents[k]
    body = text[spans[k][0] : spans[k][1]]
    if sent is None or not body.endswith(".") or body.endswith(("..", "…")):
        return None
    if not sent.doc.has_annotation("TAG"):
        return None  # no parts of speech to read the grammar by
    if text[start:end].strip() != body or len(body.split()) > TITLE_MAX_WORDS:
        return None
    words = [t for t in sent if not t.is_punct]
    if not words or words[0].tag_ in _LEAD_OPENERS:
        return None
    for t in sent:
        if t.tag_ == "VBD" or t.lemma_.lower() in ("be", "have"):
            return None
        if t.dep_.startswith("nsubj") and t.tag_ == "PRP" and t.head.dep_ == "ROOT":
            return None
    return k


#: A link to the rest of a story or to more, closed by "here", "below" or the outlet's name:
#: "Read the rest here.", "Read it all here.", "Read the rest of the story at Mediaite.",
#: "Click here.".
_LINK_LINE = re.compile(
    r"(?:Read|Continue reading|Keep reading|Click)\b[^.!?:]{0,50}?"
    r"\b(?:here|below|at (?:the )?[A-Z][\w.’' -]{0,40})[.!]?",
)


def link_line(text: str, span: Span) -> bool:
    """A whole line that links to the rest of a story, a site's words and no sentence of the
    outlet's ("Read the rest here.", "Read the rest of the story at The New York Post."). An
    excerpt of another outlet's story ends so (a seventh audit, 2026-12-06). Not a sentence in
    running text ("Read the full ruling, he said, and you will see.")."""
    line = whole_line(text, span)
    if line is None:
        line = text[span[0] : span[1]] if _last_line(text, span) else None
    return line is not None and _LINK_LINE.fullmatch(line.strip()) is not None


#: A blank line: a line break, spaces, another line break.
_BLANK_AFTER = re.compile(r"[ \t]*\n[ \t]*\n")
#: The most words of a title line closed by a semicolon and of the deck under it.
TITLE_BLOCK_MAX_WORDS = 30


def semicolon_title(text: str, spans: list[Span]) -> set[int]:
    """The sentences of a title closed by a semicolon and of the deck under it: an archive's
    "Title; Deck." written as the text's first paragraph, the title on the first line closed
    by ";", the deck (if any) on the line right under it, a blank line after them ("Millennials
    agree in poll on transgender bathroom issue; / Opinions among older people are more closely
    divided."; 141 of PolNeAR train's 840 texts open so). A sentence of the body does not end
    its line on a semicolon. Each line holds at most 30 words; more text follows the block.
    Added 2026-12-06 from an eighth audit of sentence voice."""
    first = first_text_line(text)
    if first is None:
        return set()
    start, end = first
    line = text[start:end].strip()
    if not line.endswith(";") or len(line.split()) > TITLE_BLOCK_MAX_WORDS:
        return set()
    block_end = end
    nxt = _LINE.match(text, end + 1) if text.startswith("\n", end) else None
    if (
        nxt is not None
        and nxt.group().strip()
        and len(nxt.group().split()) <= TITLE_BLOCK_MAX_WORDS
        and _BLANK_AFTER.match(text, nxt.end())
    ):
        block_end = nxt.end()  # the deck, a paragraph of its own line
    if _NONSPACE.search(text, block_end) is None:
        return set()
    return {k for k, (a, b) in enumerate(spans) if a >= start and b <= block_end}


def _last_line(text: str, span: Span) -> bool:
    """Is the sentence a whole line with no text after it (the text's last line)?"""
    a, b = span
    line_start = text.rfind("\n", 0, a) + 1
    return not text[line_start:a].strip() and _NONSPACE.search(text, b) is None

"""Sentence voice: what the article relays, what the outlet states, and where the outlet judges.

Owns ``sentences[].voice`` and ``sentences[].cues`` (see ``docs/voice.md``):

* ``other``: residue (half or more of the sentence marked in ``removed``) and headings (a whole
  line without closing punctuation, followed by more text: a title or a sub-head; the
  question heads of an explainer or an interview, :func:`question_heads`; a line that is the
  article's metadata title; a first line without closing punctuation that the parse cut in
  pieces, :func:`first_line_pieces`; the line shapes of :mod:`.lines`: a section's head
  closed by a colon, a transcript's stage note or quoted label, and with no metadata title a
  first line closed by a full stop in a headline's grammar);
* ``attributed``: half or more of the sentence's characters lie in some attribution's content,
  or the sentence is an attribution's frame (it holds the cue, and content, source and cue
  together cover half of it: ``"...," the NYT reported on Friday.``, or no verb stands outside
  them: a tag split off its quotation, or a report with its content after an opening phrase
  with no verb; a quotation's or a reported clause's tag may hold a clause of its time or
  place; beside a quotation's tag every quotation of the sentence counts as relayed).
  Attributions that are the outlet's own words (:func:`outlets_own`: deeds such as "declined
  to comment", a source-less "appears" or "is expected") are listed on their sentences but
  count for none of this;
* ``outlet-evaluative`` (decided before ``attributed``): the evaluative cues (:mod:`.cues`)
  in the outlet's own words weigh ``THRESHOLD``. The outlet's own words are everything outside
  quotations of more than three words and outside the content of ``direct`` attributions and
  of a transcript's labelled lines ("TRUMP: ..."); in the content of an indirect report (the
  outlet's paraphrase) only loaded words, loaded phrases and degree comparisons count. So a loaded frame ("Obama *slammed* Republicans,
  saying ...") is the outlet's judgement even though what follows is relayed;
* ``outlet-factual``: everything else.

Sentences are the parse's, with its splits inside a line repaired (:func:`voice_spans`); a
sentence of punctuation alone is ``other``. In a sentence that relays someone, a short quoted
fragment and the words in it are the speaker's, not the outlet's.

Unsourced figures (numbers the outlet asserts itself) are in :mod:`.figures`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsprov.analysis.doctext import doc_text
from newsprov.analysis.voice.cues import (
    DISTANCING_ADJECTIVES,
    SCARE_MAX_WORDS,
    THRESHOLD,
    WEIGHTS,
    Cue,
    find_cues,
    is_title,
    merge,
    quoted_spans,
    titles_in,
)
from newsprov.analysis.voice.lines import ADDRESS as _ADDRESS
from newsprov.analysis.voice.lines import (
    QUOTED_LABEL,
    colon_head,
    first_line_title,
    first_text_line,
    link_line,
    semicolon_title,
    stage_note,
)
from newsprov.analysis.voice.lines import whole_line as _whole_line
from newsprov.record import Attribution, Removed, Sentence, Span

__all__ = ["classify_sentences", "Coverage", "is_heading", "outlets_own", "question_heads"]

HEADING_MAX_WORDS = 20
_CLOSING = ".!?…:;,"
_QUOTE_MARKS = " \t”\"'’»)"


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


class Coverage:
    """A set of character ranges (merged), asked how much of a span it covers."""

    def __init__(self, spans: list[Span]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(s for s in spans if s[1] > s[0]):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.spans: list[Span] = [(a, b) for a, b in merged]
        self._starts = [a for a, _ in self.spans]

    def covered(self, span: Span) -> int:
        i = max(0, bisect_right(self._starts, span[0]) - 1)
        total = 0
        while i < len(self.spans) and self.spans[i][0] < span[1]:
            total += _overlap(span, self.spans[i])
            i += 1
        return total

    def touches(self, span: Span) -> bool:
        return self.covered(span) > 0


def _touching(sentences: list[Span], spans_of: list[tuple[str, list[Span]]]) -> list[list[str]]:
    """For each of the (ordered, disjoint) ``sentences``, the ids whose spans overlap it, in the
    order of ``spans_of``; found by bisection, not by testing every pair."""
    starts = [a for a, _ in sentences]
    out: list[list[str]] = [[] for _ in sentences]
    for ident, spans in spans_of:
        hit: set[int] = set()
        for span in spans:
            i = max(0, bisect_right(starts, span[0]) - 1)
            while i < len(sentences) and sentences[i][0] < span[1]:
                if _overlap(sentences[i], span):
                    hit.add(i)
                i += 1
        for i in sorted(hit):
            out[i].append(ident)
    return out


#: What a sentence that really ends ends with (closing quote marks and brackets aside).
_TERMINAL = ".!?…:;"
#: A letter or a digit ("___" is a rule across the page, not a word).
_ALNUM = re.compile(r"[^\W_]")


def voice_spans(doc: Doc) -> list[Span]:
    """The sentences voice is given to: the parse's sentences, stripped of surrounding space,
    with two repairs of the parser's splits inside one line:

    * a piece with no letter or digit (a closing quote mark, a dash split off at the end of a
      sentence) joins the sentence before it on its line;
    * a piece that does not end a sentence (no closing punctuation: "WASHINGTON --", a title
      word such as "President" cut off its name) joins the one after it on its line.

    A line break ends a sentence, so headings and paragraphs stay apart, but for a line that
    a page wrapped (:func:`_wrapped`).
    """
    text = doc_text(doc)
    pieces: list[list[int]] = []
    last: Token | None = None  # the last word of the piece before
    wraps = False  # has the page wrapped a line before?
    for sent in doc.sents:
        t = text[sent.start_char : sent.end_char]
        a = sent.start_char + len(t) - len(t.lstrip())
        b = sent.end_char - (len(t) - len(t.rstrip()))
        if a >= b:
            continue
        words = [w for w in sent if not w.is_space]
        if pieces and "\n" not in text[pieces[-1][1] : a]:
            prev = pieces[-1]
            body = text[prev[0] : prev[1]].rstrip(_QUOTE_MARKS + "]")
            if not _ALNUM.search(text[a:b]) or (body and body[-1] not in _TERMINAL):
                prev[1] = b
                last = words[-1] if words else last
                continue
        elif pieces and last is not None and _wrapped(text, pieces[-1][1], a, last, wraps):
            pieces[-1][1] = b
            wraps = True
            last = words[-1] if words else last
            continue
        pieces.append([a, b])
        last = words[-1] if words else None
    return [(a, b) for a, b in pieces]


#: Parts of speech a sentence cannot end on: a preposition, a determiner, a conjunction, "to",
#: an adverb, a modal, a possessive, a question word, a verb ("Donald Trump regularly",
#: "a birther who has", "from").
_GOES_ON = frozenset(
    {"IN", "DT", "CC", "TO", "RB", "MD", "PRP$", "WDT", "WP", "VB", "VBD", "VBP", "VBZ"}
)


def _wrapped(text: str, end: int, start: int, last: Token, wraps: bool) -> bool:
    """Does the line that ends at ``end`` go on at ``start``, the next line, as the page's
    line breaks inside one sentence do ("Editor's note: Donald Trump regularly / incites /
    political violence and is a serial liar, rampant xenophobe, / racist, ...")? One line break
    between them, no blank line; the line ends on a comma or a word a sentence cannot end on,
    and the next one opens with a small letter; once the page has wrapped a line (``wraps``),
    any line not closed as a sentence is ("incites", a verb the tagger took for a noun). A
    title over a date line ("Jury finds suspect guilty / on April 30, 2008") ends on a word
    that may end a sentence and stays apart."""
    if text[end:start].count("\n") != 1 or text[end:start].strip():
        return False
    if not text[start : start + 1].islower():
        return False
    if last.text == "," or (last.tag_ in _GOES_ON and last.idx + len(last) == end):
        return True
    return wraps and text[end - 1] not in _TERMINAL + _QUOTE_MARKS


def is_heading(text: str, span: Span) -> bool:
    """A title or sub-head: the sentence is a whole line, short, without closing punctuation
    or in title case ("Railing Against Trump, Sanders Vows To Eliminate Tax Breaks.": some
    archives close a title with a full stop) or a time of day alone (a live blog's "10:30
    a.m."), and more text follows it; not a line ending on "or" or "and" (a list's item)."""
    line = _whole_line(text, span)
    if line is None:
        return False
    body = line.rstrip(_QUOTE_MARKS)
    if not body or len(body.split()) > HEADING_MAX_WORDS:
        return False
    if _CLOCK_LINE.fullmatch(body):
        return True  # a live blog's time stamp heads the entries under it: "10:30 a.m."
    if _CAPITALS_LINE.fullmatch(body):
        return True  # an archive's label in capitals: "ABSTRACT.", "FULL TEXT.", "LETTERS."
    if _LIST_ITEM.search(body):
        return False  # an item of a list run over lines: "Where the action is beneficial, or"
    return body[-1] not in _CLOSING or is_title(body, _HEADING_MIN_WORDS)


#: A line ending on "or" or "and": an item of a list whose sentence runs on over the lines
#: under it, no heading (since 2026-12-06, an eighth audit: a rule's conditions quoted as a
#: list in ECB+, the only such lines in PolNeAR, NewsWCL50 and ECB+).
_LIST_ITEM = re.compile(r"\b(?:or|and)$")


def title_line_pieces(text: str, spans: list[Span]) -> set[int]:
    """The sentences of a title line the parse cut in two or more ("President Trump Is Coming
    to Britain. Here's What He Can Expect."; "DESPERATION: DNC Files Lawsuit Against ..."): a
    line of at most 20 words with more text after it, holding two or more sentences, each of
    them in title case or a label in capitals closed by a full stop or a colon. Each piece is a
    heading. Added 2026-12-05 from an audit of unseen NewsWCL50 articles."""
    out: set[int] = set()
    k = 0
    while k < len(spans):
        a = spans[k][0]
        line_start = text.rfind("\n", 0, a) + 1
        line_end = text.find("\n", a)
        if line_end == -1:
            break
        j = k
        while j + 1 < len(spans) and spans[j + 1][1] <= line_end:
            j += 1
        if (
            j > k
            and not text[line_start:a].strip()
            and not text[spans[j][1] : line_end].strip()
            and text[line_end:].strip()
            and len(text[line_start:line_end].split()) <= HEADING_MAX_WORDS
            and all(_title_piece(text[x:y]) for x, y in spans[k : j + 1])
        ):
            out.update(range(k, j + 1))
        k = j + 1
    return out


def first_line_pieces(text: str, spans: list[Span]) -> set[int]:
    """The sentences of the text's first line when it is a title the parse cut in pieces
    ("Lawyer: / Lindsay Lohan checks into rehab facility"): the first line with text (after a
    web address a copy put first, :func:`_on_address_line`), of at most 20 words, with no
    closing punctuation at its end and more text after it, its pieces wholly on it. A title of
    an article with no metadata, in title case or not; uncut, :func:`is_heading` would read the
    line so. Not a first line closed by a full stop (a sentence, or a dateline opening the
    body: "WASHINGTON (AP) — The Senate voted ..."), nor the only line of a text. Added
    2026-12-06 from a fifth audit of texts with no metadata."""
    first = first_text_line(text)
    if first is None:
        return set()  # no line, or the only line of the text
    start, end = first
    line = text[start:end].strip()
    body = line.rstrip(_QUOTE_MARKS)
    if not body or body[-1] in _CLOSING or len(line.split()) > HEADING_MAX_WORDS:
        return set()
    on_line = [k for k, (a, b) in enumerate(spans) if a >= start and b <= end]
    return set(on_line) if len(on_line) > 1 else set()


def _title_piece(piece: str) -> bool:
    body = piece.rstrip(_QUOTE_MARKS)
    return bool(body) and (
        _CAPITALS_LABEL.fullmatch(body) is not None or is_title(body, _HEADING_MIN_WORDS)
    )


def label_piece(text: str, span: Span) -> bool:
    """A label in capitals closed by a colon, opening its line, that the parse cut off the text
    after it on the line ("CLARIFICATION: The first sentence has been clarified ...",
    "CORRECTION: ...", "BYLINE: ...", a transcript's "TAPPER: ..."): a label, no sentence of
    the outlet's or anyone's; the text after it keeps its own voice. Added 2026-12-06 from a
    fifth audit of unseen PolNeAR dev texts."""
    a, b = span
    if _LABEL_COLON.fullmatch(text, a, b) is None and QUOTED_LABEL.fullmatch(text, a, b) is None:
        return (
            False  # not a label, nor one opened by a quote mark ('"WALLACE: But ...', 2026-12-06)
        )
    if text[text.rfind("\n", 0, a) + 1 : a].strip():
        return False
    end = text.find("\n", b)
    return bool(text[b : end if end != -1 else len(text)].strip())


#: A label in capitals, one or two words, closed by a colon.
_LABEL_COLON = re.compile(r"[A-Z][A-Z'’&-]+(?: [A-Z][A-Z'’&-]+)?:")


def credit_line(text: str, span: Span) -> bool:
    """A line crediting reporters, the newspaper's closing line ("Bryant Rousseau and Caryn
    Wilson contributed reporting.", "Jane Roe contributed to this report."): residue, no
    sentence of the story. Added 2026-12-05 from an audit of unseen PolNeAR dev texts. Since
    2026-12-06 (an eighth audit) also a line near the end giving where each reporter wrote
    from ("Phillip reported from Oakland, Calif.; Gearan, from Washington.", 7 lines of
    PolNeAR), each piece of it the parse cut."""
    a, b = span
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    end = end if end != -1 else len(text)
    if _REPORTED_FROM.fullmatch(text[start:end].strip()) and len(text[end:].split("\n\n")) <= 3:
        return True  # "Phillip reported from Oakland, Calif.; Gearan, from Washington.", at the end
    if text[start:a].strip() or text[b:end].strip():
        return False
    return _CREDIT.search(text[a:b]) is not None


#: The credit closing its line: "contributed reporting.", "contributed reporting from Paris.",
#: "contributed to this report." ("volunteers contributed research to the study" is no credit).
_CREDIT = re.compile(
    r"\bcontributed (?:reporting|research|to this (?:report|article|story))"
    r"(?: from [^.\n]{1,80})?\.?$",
    re.IGNORECASE,
)


#: The reporters' places closing a story: "Phillip reported from Oakland, Calif.; Gearan, from
#: Washington.", "Lerer reported from Los Angeles. Associated Press writer Jill Colvin
#: contributed from Albuquerque." (names before the verb, no clause after the place).
_REPORTED_FROM = re.compile(
    r"(?!The )(?:[A-Z][\w.'’-]*,? (?:and )?){1,8}(?:reported|contributed) from"
    r" (?:(?! that )[^\n]){1,200}[.]"
)


def caption_line(text: str, span: Span, sent: SpacySpan) -> bool:
    """A photo's caption left in the text: a whole line of five words or more, closed by a
    full stop, with no verb but a participle in "-ing", no quote mark and no semicolon or
    ellipsis ("Steel pipes at a factory in China.", "Families from the caravan waiting for a
    meal.", "Tom Perez ... during the party's winter meeting in Atlanta last February.").
    Added 2026-12-05 from an audit of unseen NewsWCL50 articles, whose copies of the New York
    Times keep their captions. A line holding any cue, however weak, is left as it was ("So
    much for working beautifully together."), and so is a fragment with a semicolon
    ("Another day in Hollywood; another star in rehab.")."""
    line = _whole_line(text, span)
    if line is None or not line.endswith(".") or line.endswith(("..", "…")):
        return False
    if not line[:1].isupper() or len(line.split()) < _CAPTION_MIN_WORDS:
        return False
    if ";" in line or _QUOTE_CHARS_ANY.search(line):
        return False
    if line.split()[0].lower().strip(",") in _ELLIPTICAL_OPENERS:
        return False  # an elliptical sentence of the text: "Not so with Ben Carson."
    return not any(t.tag_ in _VERB_TAGS or t.pos_ == "AUX" for t in sent)


_CAPTION_MIN_WORDS = 5
#: A negation or a connective opening a verbless line makes it a sentence of the text, not a
#: caption: "Not so with political newcomer Ben Carson.", "Not the fatherland, not the people,
#: but the Constitution." (PolNeAR train, 2026-12-05).
_ELLIPTICAL_OPENERS = frozenset("so and but or yet now well then not no unlike except only".split())
_QUOTE_CHARS_ANY = re.compile("[\"“”‘’«»]|''|``")
#: Verb forms but the "-ing" participle ("waiting", "looking south"), which a caption keeps.
_VERB_TAGS = frozenset({"VB", "VBD", "VBN", "VBP", "VBZ", "MD"})


def section_head(text: str, span: Span, sent: SpacySpan) -> bool:
    """A section's head of one or two capitalised words closed by a full stop, names and their
    adjectives only ("Refugees.", "Human Rights.", "Climate Change."): too few words for the
    title-case test; one word must be a common noun. Not an adverb, a verb, an interjection
    or an adjective ("Again.", "Wow.", "Tremendous."), which may be a sentence of the
    outlet's. Added 2026-12-05 from an audit of unseen PolNeAR dev texts."""
    line = _whole_line(text, span)
    if line is None or _SHORT_HEAD.fullmatch(line) is None:
        return False
    words = [t for t in sent if not t.is_punct]
    if len(words) == 1:
        return words[0].tag_ in {"NN", "NNS"}  # "Refugees.", not "Tremendous." read as a name
    return all(t.pos_ in _HEAD_POS for t in words) and words[-1].pos_ != "ADJ"


_SHORT_HEAD = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?\.")
_HEAD_POS = frozenset({"NOUN", "PROPN", "ADJ"})


#: A label in capitals, one or two words, closed by a full stop or a colon: a kicker opening a
#: title line ("DESPERATION:").
_CAPITALS_LABEL = re.compile(r"[A-Z][A-Z'’&-]+(?: [A-Z][A-Z'’&-]+)?[.:]")


#: A line in capitals alone, one or two words, closed by a full stop: the section labels of an
#: archive ("ABSTRACT.", "FULL TEXT.", "CORRECTION APPENDED.", "LETTERS."), whose words are
#: too few for the title-case test. Added 2026-12-05 from an audit of unseen PolNeAR dev
#: articles; 104 PolNeAR train and dev texts hold such labels. Since 2026-12-06 also closed by
#: a colon, the label over a note the outlet appends ("CLARIFICATION:", "UPDATE:"), from a
#: fifth audit of unseen PolNeAR dev texts.
_CAPITALS_LINE = re.compile(r"[A-Z][A-Z'’&-]+(?: [A-Z][A-Z'’&-]+)?[.:]")


#: A line that is a time of day alone, the head of a live blog's entry ("10:30 a.m.",
#: "2:40 p.m. ET"); it closes with the full stop of "a.m.", so the test of closing punctuation
#: misses it. Added 2026-12-03 after reading the output of 70 PolNeAR train articles.
_CLOCK_LINE = re.compile(
    r"(?:Updated\s+(?:at\s+)?)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.\s?m\.?|[ap]m)"
    r"(?:\s+(?:[ECMP][SD]?T|GMT|UTC|local\s+time))?\s*[.:]?",
    re.IGNORECASE,
)


#: A tag of markup left in a page's text: an embedded post ('<tweet tweet-id="7834"><tweet/>').
_MARKUP = re.compile(r"</?[A-Za-z][^<>\n]{0,300}>")


def _on_address_line(text: str, span: Span) -> bool:
    """Does the sentence lie on a line that is a web address alone (a source line a copy put
    first), however the parse split it? Since 2026-12-05: an audit of unseen ECB+ texts, where
    three such lines split into ten sentences read as the outlet's."""
    start = text.rfind("\n", 0, span[0]) + 1
    if not text[start : start + 16].lstrip().lower().startswith(("http", "www")):
        return False  # the common case, without building the whole line
    end = text.find("\n", span[1])
    line = text[start : end if end != -1 else len(text)]
    return _ADDRESS.fullmatch("".join(line.split())) is not None


def _title_lines(text: str, title: str | None) -> list[Span]:
    """The lines of ``text`` that are the article's ``title`` (its metadata), spaces and case
    aside: the title as the text repeats it, a heading whatever its closing punctuation ("Who
    is Dave Brat?", a title no heading test could tell from a question)."""
    want = _words_of(title or "")
    if not want:
        return []
    out = []
    for m in re.finditer(r"[^\n]+", text):
        if _words_of(m.group()) == want:
            out.append((m.start(), m.end()))
    return out


def _words_of(line: str) -> str:
    return " ".join(line.split()).casefold()


def _on_lines(span: Span, lines: list[Span]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in lines)


#: The first line with text after a position (spaces and blank lines skipped).
_NEXT_LINE = re.compile(r"\s*([^\n]*)")

#: Words of a question head ("Has anyone been charged?"): fewer is a punchline ("Sound
#: familiar?", "Coincidence?"), more is no head.
_QUESTION_HEAD_WORDS = (3, HEADING_MAX_WORDS)
_OPENING_MARKS = "\"“‘'«"
#: Connectives that open the writer's own question to the reader, no head: "So who is he,
#: and how did he pull off such a win?", "And what does this mean?".
_CONNECTIVES = frozenset({"so", "and", "but", "or", "yet", "now", "well", "then"})


def question_heads(text: str, spans: list[Span]) -> set[int]:
    """The sentences that head the sections of an explainer or the questions of an interview:
    a question that is a whole line of 3 to 20 words, not opening with a quote mark or a
    connective ("So who is he, and how did he win?" asks the reader), followed
    by a line that is no question (its answer), when the article has two or more of them
    ("Why is Mueller overseeing the Russia investigation?", "Has anyone been charged?",
    "Q: Have you talked to her?"), the answer a paragraph (:func:`_answer_paragraph`) or the
    question labelled as the interviewer's ("Q: ..."). Such a line asks what the next
    paragraph answers; it is no rhetorical question. In a text that writes each sentence on a
    line of its own (ECB+'s copies, a letter to the editor's "Where was the outrage?") every
    question is a whole line followed by one that is no question, and none is a head (a
    seventh audit, 2026-12-06). Found in an audit of unseen articles (a 2018 explainer in
    NewsWCL50 with five such heads, each flagged); BASIL 2010-2016 has no article with two."""
    heads = []
    for k, span in enumerate(spans):
        line = _whole_line(text, span)
        if line is None or line.lstrip()[:1] in _OPENING_MARKS:
            continue
        first = line.split(None, 1)[0].strip(",").lower()
        if first in _CONNECTIVES:
            continue
        body = line.rstrip(_QUOTE_MARKS)
        words = len(body.split())
        if (
            not body.endswith("?")
            or not _QUESTION_HEAD_WORDS[0] <= words <= _QUESTION_HEAD_WORDS[1]
        ):
            continue
        nxt = _NEXT_LINE.match(text, span[1])
        answer = nxt.group(1).rstrip(_QUOTE_MARKS) if nxt else ""
        if not nxt or not answer or answer.endswith("?"):
            continue
        if _INTERVIEWER.match(line) or _answer_paragraph(text, spans, nxt):
            heads.append(k)
    return set(heads) if len(heads) >= 2 else set()


def _answer_paragraph(text: str, spans: list[Span], nxt: re.Match[str]) -> bool:
    """Is the line after a question (``nxt``, its match of ``_NEXT_LINE``) set off from it as
    a paragraph of its own: a blank line between them, or two sentences or more on the line?
    A text that writes each sentence on a line of its own with no blank line (ECB+'s copies)
    shows no paragraph: a letter's "Where was the outrage?" followed by its next sentence is
    a question in running text, no head."""
    if text.count("\n", nxt.start(), nxt.start(1)) >= 2:
        return True
    start, end = nxt.start(1), nxt.end(1)
    return sum(1 for a, _ in spans if start <= a < end) >= 2


#: Fewest words of a title-case line read as a heading: "Netflix." (a credit) or "Nah." (a
#: reply on a line of its own) are not told apart from a title by their case.
_HEADING_MIN_WORDS = 3


#: Cue kinds that count inside an indirect report's content (the outlet's paraphrase).
PARAPHRASE_KINDS = frozenset({"loaded", "phrase", "degree"})


def judging_cues(cues: list[Cue], content: Coverage, text: str) -> list[Span]:
    """The spans that make a sentence the outlet's judgement, or [] when it does not judge.

    Each cue weighs ``WEIGHTS[kind]``; the sentence judges when the cues in the outlet's own
    part (outside attributions' content) and, inside an indirect report's content (the
    outlet's paraphrase), those of ``PARAPHRASE_KINDS`` weigh ``THRESHOLD`` together. A word
    said twice weighs once: a term the sentence repeats is one piece of evidence ("the
    effective tax rate ... the effective rate").
    """
    chosen = [c for c in cues if not content.touches(c[0]) or c[1] in PARAPHRASE_KINDS]
    weights = {(text[a:b].lower(), k): WEIGHTS[k] for (a, b), k in chosen}
    if sum(weights.values()) < THRESHOLD:
        return []
    return merge([span for span, _ in chosen])


#: Reporting verbs whose content is a question.
_ASKING = frozenset({"ask", "wonder", "inquire", "question"})


def _cues(doc: Doc, a: Attribution) -> list[SpacySpan]:
    """The attribution's cue spans as spans of ``doc``."""
    spans = (doc.char_span(x, y, alignment_mode="expand") for x, y in a.cue_spans)
    return [cue for cue in spans if cue is not None]


def _cue_lemmas(doc: Doc, a: Attribution) -> set[str]:
    """The lower-case lemmas of the attribution's cue words."""
    return {t.lemma_.lower() for cue in _cues(doc, a) for t in cue}


def _asks(doc: Doc, attributions: list[Attribution], ids: list[str]) -> bool:
    """Is one of these attributions (by id) a reported question: its cue a verb of asking?"""
    return any(a.id in ids and _cue_lemmas(doc, a) & _ASKING for a in attributions)


#: Verbs of appearance and expectation: with no source ("The mayor appears to be avoiding the
#: question", "in what appears to be a desperate attempt", "A convoy is expected to reach the
#: port on Sunday") the attribution is the outlet's own hedge or forecast; nobody is relayed.
_OUTLETS_OWN = frozenset({"appear", "seem", "look", "sound", "expect"})


#: Deeds the extraction takes for cues, as PolNeAR's annotators often did ("has nominated Ms.
#: Lee to lead the agency", "filed the lawsuit", "declined to comment"): the attribution stays
#: in the record, but the sentence reports what someone did, in the outlet's own words; nobody
#: is relayed. Hand-written from an audit of unseen articles (2026-12-02); on BASIL 2010-2016
#: it gave 30 more outlet sentences and moved no lexical-bias span. Not "fire" ("fired back:
#: "..."" is a retort).
_DEEDS = frozenset(
    "nominate file sign veto vote approve appoint hire sue pass introduce launch refuse "
    "decline".split()
)
#: More verbs that are no report, added 2026-12-02 after an audit of unseen
#: articles, from linguistic classes rather than from BASIL: a schedule ("is set to discuss"),
#: implicative verbs that say whether something was done ("forgot to tell", "failed to
#: disclose", "managed to"), and permission ("have been allowed to view"). Measured in
#: docs/history/voice.md.
#: Since 2026-12-05 also "plan" with its infinitive, a schedule as "set" is ("Akerson plans to
#: stand down on January 15"; an audit of unseen MEANTIME texts).
_NO_REPORT = frozenset("set plan forget fail neglect manage allow permit".split())
_NOT_RELAYING = _DEEDS | _NO_REPORT


#: ``doc.user_data`` key of :func:`outlets_own`'s answers for the doc's attributions.
_OWN_ANSWERS = "newsprov.voice.outlets_own"


def outlets_own(doc: Doc, a: Attribution) -> bool:
    """Is ``a`` the outlet's own words rather than someone it relays: a deed ("filed the
    lawsuit"), a schedule, an implicative verb or a permission ("is set to", "failed to",
    "was allowed to"); with no source, how things appear or are expected (a hedge, a
    forecast) or an imperative opening the sentence; or the writer's "I"?

    Answered once per doc and attribution (every field of it), kept in ``doc.user_data``:
    the voice stage, its unsourced figures and the profile each ask of every attribution."""
    answers: dict[tuple[object, ...], bool] = doc.user_data.setdefault(_OWN_ANSWERS, {})
    key = (
        a.id,
        a.source,
        tuple(a.source_spans),
        tuple(a.cue_spans),
        tuple(a.content_spans),
        a.form,
        a.parent,
        a.recipient,
        tuple(a.chain),
        a.evidence,
    )
    own = answers.get(key)
    if own is None:
        own = answers[key] = _outlets_own(doc, a)
    return own


def _outlets_own(doc: Doc, a: Attribution) -> bool:
    lemmas = _cue_lemmas(doc, a)
    if lemmas & _NOT_RELAYING or _negated(doc, a):
        return True
    if a.source is None and (lemmas & _OUTLETS_OWN or any(map(_imperative, _cues(doc, a)))):
        return True
    return _author(doc, a)


def _negated(doc: Doc, a: Attribution) -> bool:
    """Is the report denied: a cue verb with a negation on it ("did not respond to a request
    for comment", "would not say whether", "has never said")? What the outlet tells is that
    someone did not speak, in its own words; nobody is relayed. Added 2026-12-02 after an
    audit of the product's output; on BASIL 2010-2016 it made 31 more outlet sentences, none
    flagged, and moved no lexical-bias span."""
    if a.parent is not None or _first_person(doc, a):
        return False  # someone's own words: '"I can't say," he told', "We won't comment"
    # a negation inside a quotation is the speaker's answer, which the parse may hang on the
    # cue ('"Absolutely not," he said', '"Apparently not," he said': 2026-12-04, evening,
    # from a fresh sample of PolNeAR train articles), no denial of the report
    said = Coverage(a.content_spans if a.form == "direct" else [])
    return any(
        t.pos_ in ("VERB", "AUX")
        and any(
            c.dep_ == "neg" and not said.touches((c.idx, c.idx + len(c.text))) for c in t.children
        )
        for cue in _cues(doc, a)
        for t in cue
    )


def _first_person(doc: Doc, a: Attribution) -> bool:
    """Is the source "I" or "we"?"""
    return _source_words(doc, a).lower() in ("i", "we")


def _source_words(doc: Doc, a: Attribution) -> str:
    """The attribution's source as written (its spans joined by a space)."""
    text = doc_text(doc)
    return " ".join(text[x:y] for x, y in a.source_spans)


def _imperative(cue: SpacySpan) -> bool:
    """A cue that is an imperative opening its sentence ("Remember the last recession."): the
    writer addressing the reader, not someone relayed."""
    return any(
        t.tag_ == "VB"
        and t.dep_ == "ROOT"
        and t.is_sent_start
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in t.children)
        for t in cue
    )


def _author(doc: Doc, a: Attribution) -> bool:
    """Is the source "I" outside any quotation ("As I noted last month, ...")? That is the
    writer of the piece (an opinion column), the outlet's own voice. Added 2026-12-02 after an
    audit of unseen articles; measured in docs/history/voice.md."""
    if _source_words(doc, a) != "I":
        return False
    text = doc_text(doc)
    # not in a paragraph with a quote mark: a quotation whose marks are lost ('I can't say
    # with certitude" he told ...', BASIL 2010-2016; '"...," Trump said. But I can tell you
    # it's true.', an unseen article) speaks in the first person too
    x = a.source_spans[0][0]
    line = text[text.rfind("\n", 0, x) + 1 : (text.find("\n", x) + 1 or len(text) + 1) - 1]
    return not _QUOTE_CHARS.search(line)


_QUOTE_CHARS = re.compile('["“”«»]')


#: Verbs of judging (Levin's class 33, its negative members): what follows them is the
#: charge, worded by the accuser, so it is not the outlet's paraphrase. An audit of unseen
#: articles found the paraphrase rule flagging such a charge; on BASIL 2010-2016 the
#: accusation frames it flagged held 1 lexical-bias span in 13 (2026-12-02).
_ACCUSING = frozenset(
    "accuse blame charge criticize criticise condemn denounce fault chastise castigate "
    "censure reproach".split()
)


#: Distancing labels: those of ``phrases.txt`` and the adjectives of :mod:`.cues`.
_DISTANCING = frozenset({"so-called", "self-styled", "self-proclaimed"}) | DISTANCING_ADJECTIVES


def _accuses(doc: Doc, a: Attribution) -> bool:
    """Is ``a`` a charge: its cue a verb of judging ("accused ... of", "blamed ... for")?"""
    return bool(_cue_lemmas(doc, a) & _ACCUSING)


def _labelled(text: str, a: Attribution) -> bool:
    """Is ``a`` a transcript's line, its cue the colon after the speaker's label ("TRUMP:
    ...", "Sanders: ...")? Its content is the speaker's words as spoken, like a quotation."""
    return bool(a.cue_spans) and all(text[x:y].strip() == ":" for x, y in a.cue_spans)


#: An interviewer's line in a question-and-answer transcript ("Q: ...", "Question: ...").
_INTERVIEWER = re.compile(r"[ \t]*(?:Q|Question)[ \t]*[:.][ \t]")


def _interviewer_line(text: str, span: Span) -> bool:
    """Does ``span`` lie on a line opening with the interviewer's label ("Q: ...")?"""
    start = text.rfind("\n", 0, span[0]) + 1
    return _INTERVIEWER.match(text, start) is not None


def _bare_tag(sent: SpacySpan, relayed: Coverage, clauses: bool = False) -> bool:
    """A speech tag split off its quotation ('"Where did the money go?" Mr. Hale asked at a
    meeting of donors.'): no verb outside the attribution's source and cue, so the rest is the
    tag's circumstance, not an assertion of the outlet's. With ``clauses`` (a quotation's tag)
    a finite verb of a clause hung on the cue, or on a word that hangs on it, is circumstance
    too ('"...," Clinton said at Mission College as she sat at a lunchroom table', '"...,"
    Sanders told a crowd at Hamburger Mary's that spilled out onto the street'; since
    2026-12-06, an eighth audit of sentence voice)."""

    def told(t: Token) -> bool:
        return relayed.touches((t.idx, t.idx + len(t.text)))

    return not any(
        _finite(t) and not told(t) and not (clauses and _tag_clause(t, told)) for t in sent
    )


#: The conjunctions of a tag's circumstance in time or place: "as she sat", "while he
#: spoke", "after the vote"; not a condition or a reason ("If we lived in normal times ...,
#: a reader would now ask: 'WHAT?'", the writer's own hypothetical).
_TAG_MARKS = frozenset({"as", "while", "when", "after", "before", "where"})
#: The words a relative clause may hang on through to the cue: the nouns of the tag (its
#: source, recipient or place) and the prepositions that join them to it.
_TAG_WORDS = frozenset({"NOUN", "PROPN", "PRON", "ADP", "NUM"})


def _tag_clause(t: Token, told: Callable[[Token], bool]) -> bool:
    """Does ``t`` head a clause of the tag's circumstance: an adverbial clause of time or place
    on the cue itself, or a relative clause on a noun of the tag ("told a crowd ... that
    spilled out onto the street", "at the event where Trump spoke")?"""
    if t.dep_ == "advcl":
        marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
        return bool(marks & _TAG_MARKS) and told(t.head)
    if t.dep_ != "relcl":
        return False
    w = t.head
    while w.pos_ in _TAG_WORDS and w.i != w.head.i and not told(w):
        w = w.head
    return told(w)


def _clausal(doc: Doc, a: Attribution) -> bool:
    """Some finite verb (:func:`_finite`) lies in ``a``'s content."""
    for start, end in a.content_spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and any(_finite(t) for t in span):
            return True
    return False


def _finite(t: Token) -> bool:
    """A finite verb; not a past form with no subject of its own hanging on another word,
    which is a participle the tagger read as a past tense ("the memo, sent the next day"). A
    base form with no auxiliary heading a clause of its own is an imperative ("let's pause")."""
    if t.tag_ == "VB":
        return t.dep_ not in _NONFINITE_DEPS and not any(
            c.dep_ in ("aux", "auxpass") for c in t.children
        )
    if t.tag_ not in _FINITE:
        return False
    return not (
        t.tag_ == "VBD"
        and t.dep_ in ("acl", "advcl")
        and not any(c.dep_.startswith("nsubj") for c in t.children)
    )


#: Finite verb forms: a sentence whose only finite verbs are its attributions' asserts nothing
#: of the outlet's own; participles and infinitives outside ("the memo, sent the next day to
#: her deputy", "his apron still on") are the report's circumstance. Measured in
#: docs/history/voice.md (2026-12-02).
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NONFINITE_DEPS = frozenset({"xcomp", "acl", "advcl", "pcomp", "relcl", "csubj", "conj"})


def classify_sentences(
    doc: Doc, attributions: list[Attribution], removed: list[Removed], title: str | None = None
) -> list[Sentence]:
    """One :class:`Sentence` per non-blank sentence of ``doc``, with its voice and cues;
    ``title`` is the article's title from its metadata: a line equal to it is a heading."""
    text = doc_text(doc)
    title_lines = _title_lines(text, title)
    listed = attributions
    attributions = [a for a in attributions if not outlets_own(doc, a)]
    content = Coverage([c for a in attributions for c in a.content_spans])
    relayed = Coverage(
        [s for a in attributions for s in a.content_spans + a.source_spans + a.cue_spans]
    )
    residue = Coverage([r.span for r in removed])
    long_quoted = [s for s, words in quoted_spans(text) if words > SCARE_MAX_WORDS]
    long_quotes = Coverage(long_quoted)
    # beside a quotation's tag, every quotation of the sentence is relayed: 'The leaders
    # "agreed that ...," which is "resolved to ...," her statement said.' (the tag's content is
    # only the last one)
    tag_relayed = Coverage(
        [s for a in attributions for s in a.content_spans + a.source_spans + a.cue_spans]
        + long_quoted
    )
    short_quotes = Coverage([s for s, words in quoted_spans(text) if words <= SCARE_MAX_WORDS])
    # the speaker's own words: a quotation, and a transcript's line after its speaker's label
    # ("TRUMP: The deaths ... make clear how much more work we have to do")
    quoted = Coverage(
        [
            c
            for a in attributions
            if a.form == "direct" or _labelled(text, a)
            for c in a.content_spans
        ]
    )
    cue_words = Coverage([c for a in attributions for c in a.cue_spans])
    charged = Coverage([c for a in attributions if _accuses(doc, a) for c in a.content_spans])
    # quotations: a sentence holding one and no finite verb of the outlet's is its speech tag
    direct = {a.id for a in attributions if a.form == "direct"}
    # reports of a statement (a finite verb in the content: "he stated that they were ..."),
    # not of an act ("Obama endorsed her in a video", "pleaded guilty to fraud")
    clausal = {a.id for a in attributions if _clausal(doc, a)}

    def own(span: Span) -> bool:
        return not long_quotes.touches(span) and not quoted.touches(span)

    out: list[Sentence] = []
    spans = voice_spans(doc)
    by_content = _touching(spans, [(a.id, a.content_spans) for a in attributions])
    by_cue = _touching(spans, [(a.id, a.cue_spans) for a in attributions])
    # every attribution is listed on its sentences, the outlet's own (deeds, hedges) too
    touching = _touching(spans, [(a.id, a.content_spans + a.cue_spans) for a in listed])
    sents = [doc.char_span(a, b, alignment_mode="expand") for a, b in spans]
    titles = titles_in([sent for sent in sents if sent is not None])
    heads = (
        question_heads(text, spans)
        | title_line_pieces(text, spans)
        | first_line_pieces(text, spans)
        | semicolon_title(text, spans)
    )
    if title is None:
        heads |= {k for k in [first_line_title(text, spans, sents)] if k is not None}
    for k, span in enumerate(spans):
        size = span[1] - span[0]
        sent = sents[k]
        if sent is None or not _ALNUM.search(_MARKUP.sub("", text[span[0] : span[1]])):
            # punctuation alone, or markup a page left in its text ('<tweet tweet-id="7834">')
            out.append(Sentence(span=span, voice="other"))
            continue
        covering = by_content[k]
        framing = [i for i in by_cue[k] if i not in covering]
        ids = covering + framing + [i for i in touching[k] if i not in covering + framing]
        if (
            residue.covered(span) * 2 >= size
            or is_heading(text, span)
            or _on_address_line(text, span)
            or k in heads
            or section_head(text, span, sent)
            or credit_line(text, span)
            or _on_lines(span, title_lines)
            or label_piece(text, span)
            or colon_head(text, span, sent, bool(framing))
            or stage_note(text, span)
            or link_line(text, span)
        ):
            # a heading's voice is "other", but the attributions in it are listed all the same
            # ("Senator visited Moscow, report says")
            out.append(Sentence(span=span, voice="other", attributions=ids))
            continue
        inside = content.covered(span)
        # the sentence's own reports of a statement: a quotation, or a clause with its cue here
        stated = set(covering) & (direct | (clausal & set(by_cue[k])))
        attributed = (
            inside * 2 >= size
            or (bool(framing or covering) and relayed.covered(span) * 2 >= size)
            or (bool(set(by_cue[k]) & direct) and tag_relayed.covered(span) * 2 >= size)
            or (bool(framing or stated) and _bare_tag(sent, relayed, bool(stated)))
        )
        found = find_cues(sent, own, cue_words.touches, titles)
        if attributed or framing or covering:
            # a short quoted fragment in a sentence that relays someone (holds an attribution's
            # cue or content) is the speaker's word ('called the remarks "shameful"', 'what
            # she calls the "radical" wing'), not the outlet's scare quote
            found = [c for c in found if c[1] != "scare" and not short_quotes.touches(c[0])]
        if _interviewer_line(text, span):
            # an interviewer's question is put to someone, no rhetorical question of the
            # outlet's ("Q: ... What advice do you give them?")
            found = [c for c in found if c[1] != "question"]
        if attributed and _asks(doc, attributions, framing + covering):
            # a reported question is the speaker's ("Was he sure, Mr. Jordan asked, ...?")
            found = [c for c in found if c[1] != "question"]
        # the wording of a charge is the accuser's ("accused him of making grandiose claims"),
        # but for a distancing label, the outlet's word wherever it stands ("so-called")
        found = [
            c
            for c in found
            if not charged.touches(c[0]) or text[c[0][0] : c[0][1]].lower() in _DISTANCING
        ]
        cues = judging_cues(found, content, text)
        if not found and not (framing or covering) and caption_line(text, span, sent):
            out.append(Sentence(span=span, voice="other", attributions=ids))
            continue
        if cues:
            voice = "outlet-evaluative"
        elif attributed:
            voice = "attributed"
        else:
            voice = "outlet-factual"
        out.append(Sentence(span=span, voice=voice, attributions=ids, cues=cues))
    return out

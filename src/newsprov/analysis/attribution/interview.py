"""Question-and-answer interviews: an introduction that names the one interviewed, then lines
opening with ``Q:`` (the interviewer's, the outlet's own) and ``A:`` (the interviewee's):

    Painter Ada Quill opens a show of her river paintings this week. Quill spoke about ...

    Q: Why rivers?

    A: I grew up on one, and I never learned to stay away from it.

Each answer is an attribution of the interviewee: cue the colon after ``A``, content the rest of
the line and the lines without a label after it, up to the next labelled line (the last answer
ends with its own line: what follows it may be the article's closing), source mention the label
``A`` (as PolNeAR's annotators mark it), which stands for the person the introduction names most
often (the first named, on a tie): ``extra["speaker"]``, the span of that person's first
mention there, which source resolution joins the label to. When the introduction names no
person, the answers have no source. Only a text that reads as an interview counts: two
``Q:``/``Question:`` lines and two ``A:``/``Answer:`` lines or more at the start of their lines,
half the answers or more, and two at least, right after a question. A single ``A:`` line,
``Q:`` inside a sentence or a list of ``A.`` items change nothing; the colon family refuses
these labels as speakers (:mod:`.colon`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from newsprov.analysis.attribution.spans import token_at
from newsprov.record import Span

#: A question's or an answer's label at the start of its line: group 1 is the label.
_LABEL = re.compile(r"^[ \t]*(Q|Question|A|Answer)[ \t]*:", re.MULTILINE)
#: The fewest questions and answers that make an interview.
MIN_PAIRS = 2


def interview_answers(
    doc: Doc, text: str, idx: Sequence[int]
) -> list[tuple[Span, Span, Span | None, list[int]]]:
    """``(cue, label, interviewee, content token ids)`` for each answer of an interview
    (``label``: the span of ``A`` or ``Answer``; ``interviewee``: the mention of the one
    interviewed in the introduction, or None); none when ``text`` does not read as one."""
    labels = _labels(text)
    if not _exchange(labels):
        return []
    answers = [k for k, (kind, *_) in enumerate(labels) if kind == "A"]
    first_q = min(start for kind, start, *_ in labels if kind == "Q")
    source = interviewee(doc, first_q)
    out = []
    for k in answers:
        _, start, label_end, end = labels[k]
        if start < first_q:
            continue
        stop = labels[k + 1][1] if k + 1 < len(labels) else _line_end(text, end)
        content = _tokens(doc, idx, end, stop)
        if not any(doc[i].is_alpha for i in content):
            continue
        out.append(((end - 1, end), (start, label_end), source, content))
    return out


def interview_questions(doc: Doc, text: str) -> tuple[Span, list[Span]] | None:
    """``(interviewee, questions)`` of an interview with one person: the interviewee's first
    mention in the introduction and each question's stretch, from its ``Q`` label to the next
    label (or the end of its line, for a last one). The interviewer's "you" there is the one
    interviewed ("Q: You said yesterday that ..."). None when ``text`` does not read as an
    interview (as :func:`interview_answers` reads it) or its introduction names nobody more
    often than anyone else (a tie: two may answer, and a "you" is either of them)."""
    labels = _labels(text)
    if not _exchange(labels):
        return None
    first_q = min(start for kind, start, *_ in labels if kind == "Q")
    source = interviewee(doc, first_q, sole=True)
    if source is None:
        return None
    questions = []
    for k, (kind, start, _, end) in enumerate(labels):
        if kind == "Q":
            stop = labels[k + 1][1] if k + 1 < len(labels) else _line_end(text, end)
            questions.append((start, stop))
    return source, questions


def _labels(text: str) -> list[tuple[str, int, int, int]]:
    """``(kind, label start, label end, colon end)`` for each labelled line, ``kind`` ``Q`` or
    ``A``."""
    return [(m.group(1)[0], m.start(1), m.end(1), m.end()) for m in _LABEL.finditer(text)]


def _exchange(labels: Sequence[tuple[str, int, int, int]]) -> bool:
    """Do the labels make an interview: two questions and two answers or more, half the
    answers or more, and two at least, right after a question?"""
    asks = sum(1 for kind, *_ in labels if kind == "Q")
    answers = [k for k, (kind, *_) in enumerate(labels) if kind == "A"]
    if asks < MIN_PAIRS or len(answers) < MIN_PAIRS:
        return False
    replies = sum(1 for k in answers if k > 0 and labels[k - 1][0] == "Q")
    # not alternating: a list with two labels of each kind, no exchange
    return replies >= MIN_PAIRS and 2 * replies >= len(answers)


def interviewee(doc: Doc, end: int, sole: bool = False) -> Span | None:
    """The first mention of the person the text before ``end`` (the introduction) names most
    often, a name counted by its last word ("Ada Quill" and "Quill" are one person); the first
    named wins a tie, unless ``sole`` (then a tie is None). None when it names no one."""
    count: dict[str, int] = {}
    first: dict[str, Span] = {}
    for ent in doc.ents:
        if ent.start_char >= end:
            break
        if ent.label_ != "PERSON":
            continue
        words = [t for t in ent if t.is_alpha]
        if not words:
            continue
        key = words[-1].lower_
        count[key] = count.get(key, 0) + 1
        first.setdefault(key, (ent.start_char, ent.end_char))
    if not count:
        return None
    best = max(count, key=lambda k: (count[k], -first[k][0]))
    if sole and sum(1 for n in count.values() if n == count[best]) > 1:
        return None
    return first[best]


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def _tokens(doc: Doc, idx: Sequence[int], start: int, stop: int) -> list[int]:
    """The tokens from character ``start`` to ``stop`` that are not blank."""
    out: list[int] = []
    for t in doc[token_at(idx, start) :]:
        if t.idx >= stop:
            break
        if t.idx >= start and not t.is_space:
            out.append(t.i)
    return out

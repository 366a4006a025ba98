"""Paragraph boundaries: a line break always ends a sentence (news text is one paragraph a line)."""

from __future__ import annotations

from spacy.tokens import Doc


def mark_paragraph_starts(doc: Doc) -> None:
    """Set ``is_sent_start`` on the first token after any whitespace token holding a newline.

    Runs before the parser, which respects boundaries already set.
    """
    after_break = False
    for i, tok in enumerate(doc):
        if i == 0:
            after_break = "\n" in tok.whitespace_
            continue
        if after_break and not tok.is_space:
            tok.is_sent_start = True
            after_break = False
        if "\n" in tok.text and tok.is_space or "\n" in tok.whitespace_:
            after_break = True

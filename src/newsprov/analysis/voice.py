"""Sentence voice: attributed, the outlet's own fact, the outlet's own judgement, or other.

First version: attributed when at least half of a sentence's characters lie in some
attribution's content; residue is ``other``; everything else ``outlet-factual``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsprov.record import Attribution, Removed, Sentence


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def classify_sentences(
    doc: Doc, attributions: list[Attribution], removed: list[Removed]
) -> list[Sentence]:
    out: list[Sentence] = []
    for sent in doc.sents:
        text = sent.text
        lead = len(text) - len(text.lstrip())
        trail = len(text) - len(text.rstrip())
        span = (sent.start_char + lead, sent.end_char - trail)
        if span[0] >= span[1]:
            continue
        size = span[1] - span[0]
        if any(_overlap(span, r.span) * 2 >= size for r in removed):
            out.append(Sentence(span=span, voice="other"))
            continue
        covering = [
            a.id
            for a in attributions
            if any(_overlap(span, c) for c in a.content_spans)
        ]
        inside = sum(
            _overlap(span, c) for a in attributions for c in a.content_spans
        )
        voice = "attributed" if inside * 2 >= size else "outlet-factual"
        out.append(Sentence(span=span, voice=voice, attributions=covering))
    return out

"""``according to X``: the cue is the phrase, the source its object, the content the clause
it modifies (without the phrase itself)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsprov.analysis.attribution.spans import subtree_ids, token_at

_ACCORDING = re.compile(r"\b[Aa]ccording\b")


def according_to(
    doc: Doc, text: str, idx: Sequence[int]
) -> list[tuple[Token, Token, Token, set[int]]]:
    """``(according, to, source head, content token ids)`` for each "according to X"."""
    out = []
    for m in _ACCORDING.finditer(text):
        tok = doc[token_at(idx, m.start())]
        if tok.lower_ != "according":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or nxt.lower_ != "to":
            continue
        src = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        if src is None:
            src = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if src is None:
            continue
        phrase = subtree_ids(tok) | subtree_ids(nxt) | {tok.i, nxt.i}
        # the clause: the head the phrase hangs from, within the sentence
        head = tok.head
        while head.dep_ not in ("ROOT", "ccomp", "conj") and head.head is not head:
            if head.head.sent.start != tok.sent.start:
                break
            head = head.head
        if head is tok or head is nxt:
            content = {t.i for t in tok.sent} - phrase
        else:
            content = subtree_ids(head) - phrase
        content = {i for i in content if doc[i].sent.start == tok.sent.start}
        out.append((tok, nxt, src, content))
    return out

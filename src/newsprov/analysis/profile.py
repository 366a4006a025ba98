"""The article's sourcing profile (spec ``profile``)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from newsprov.record import Attribution, Profile, Removed, Sentence, SecondHand, Source


def build_profile(
    doc: Doc,
    sources: list[Source],
    attributions: list[Attribution],
    sentences: list[Sentence],
    removed: list[Removed],
) -> Profile:
    n = len(doc.text)
    covered = bytearray(n)
    for a in attributions:
        for s, e in a.content_spans:
            covered[s:e] = b"\x01" * (e - s)
    for r in removed:
        s, e = r.span
        covered[s:e] = b"\x00" * (e - s)
    body = n - sum(r.span[1] - r.span[0] for r in removed)
    by_id = {s.id: s for s in sources}
    kinds = Counter(s.kind for s in sources)
    with_src = [a for a in attributions if a.source]
    named = sum(1 for a in with_src if by_id[a.source].kind not in ("anonymous", "unknown"))  # type: ignore[index]
    anon = sum(1 for a in with_src if by_id[a.source].kind == "anonymous")  # type: ignore[index]
    total = len(attributions) or 1
    outlets = Counter(
        sid for a in attributions for sid in a.chain if by_id[sid].kind == "outlet"
    )
    return Profile(
        attributed_share=round(sum(covered) / body, 4) if body > 0 else 0.0,
        outlet_evaluative_sentences=sum(1 for s in sentences if s.voice == "outlet-evaluative"),
        sources_by_kind=dict(kinds),
        named_share=round(named / total, 4),
        anonymous_share=round(anon / total, 4),
        second_hand=[SecondHand(outlet=by_id[sid].name, source=sid, attributions=c) for sid, c in outlets.items()],
        first_hand_sources=[],
    )

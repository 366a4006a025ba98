"""Attribution extraction: finds (source mention, cue, content) candidates in a parsed ``Doc``.

First version: reporting verbs with a subject and a clausal complement. The attribution
engine work replaces this with the full rule set.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span as SpacySpan

from newsprov.record import Span

SAY_LEMMAS = {"say", "tell", "report", "write", "warn", "add", "claim", "argue", "state"}


@dataclass
class Candidate:
    """One attribution before sources are resolved; spans are character offsets into the text."""

    cue: list[Span]
    content: list[Span]
    source_mention: Span | None
    form: str
    evidence: str
    recipient_mention: Span | None = None
    extra: dict[str, object] = field(default_factory=dict)


def _subtree_span(tok: object) -> Span:
    sub = list(tok.subtree)  # type: ignore[attr-defined]
    return (sub[0].idx, sub[-1].idx + len(sub[-1].text))


def extract_candidates(doc: Doc) -> list[Candidate]:
    out: list[Candidate] = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_ not in SAY_LEMMAS:
            continue
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        comp = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
        if not comp:
            continue
        src: SpacySpan | None = None
        out.append(
            Candidate(
                cue=[(tok.idx, tok.idx + len(tok.text))],
                content=[_subtree_span(comp[0])],
                source_mention=_subtree_span(subj[0]) if subj else None,
                form="indirect",
                evidence="verb+ccomp",
            )
        )
        del src
    return out

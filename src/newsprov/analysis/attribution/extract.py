"""Runs the cue rules over one ``Doc`` and assembles :class:`Candidate` objects.

The entry point (:func:`extract_candidates`) and the order of the passes: each cue family in
turn over one :class:`~.scan.Scan` (verbs, :mod:`.verbcues`; nouns, fixed predicates, layout,
colons, "according to" and "in <a poll>", :mod:`.families`), then quote continuation
(:mod:`.continuation`), the cuts between reports inside and beside each other
(:mod:`.overlaps`) and nesting (:func:`~.scan.mark_nested`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsprov.analysis.attribution import headline, lexicon
from newsprov.analysis.attribution.candidate import Candidate
from newsprov.analysis.attribution.cited import cited_candidates
from newsprov.analysis.attribution.continuation import (
    continue_quotes,
    join_quotations,
)
from newsprov.analysis.attribution.families import (
    according_candidates,
    colon_candidates,
    in_source_candidates,
    layout_candidates,
    noun_candidates,
    predicate_candidates,
)
from newsprov.analysis.attribution.overlaps import (
    cut_speaking_clauses,
    cut_straddling_reports,
    settle_quoted_reports,
    split_coordinated_reports,
)
from newsprov.analysis.attribution.scan import (
    Scan,
    mark_nested,
)
from newsprov.analysis.attribution.spans import (
    one_stretch,
    token_tree,
)
from newsprov.analysis.attribution.verbcues import (
    verb_candidates,
)
from newsprov.record import Span


def extract_candidates(
    doc: Doc, lex: lexicon.VerbLexicon | None = None, mine: bool = False
) -> list[Candidate]:
    """Candidates of ``doc``. ``lex``: the verb lexicon (default: the shipped one);
    ``mine=True`` keeps every verb frame, marking ``extra["accepted"]`` (to mine the lexicon).
    The subtree and span helpers read int arrays computed once for ``doc`` (see
    :func:`~newsprov.analysis.attribution.spans.token_tree`)."""
    lex = lex or lexicon.verb_lexicon()
    with token_tree(doc):
        out = _candidates(doc, lex, mine)
    head = headline.parsed(doc)
    if head is None:
        return out if mine else _with_cited(doc, _same_speaker(out))
    # a Title-Case headline: its cues come from the parse of its sentence-case copy (same
    # offsets), the document's parse of that line gives way (:mod:`.headline`)
    end = len(head.text)
    with token_tree(head):
        top = _candidates(head, lex, mine)
    out = [c for c in out if c.cue[0][0] >= end] + [c for c in top if c.cue[-1][1] <= end]
    out.sort(key=lambda c: c.cue[0])
    mark_nested(out)
    return out if mine else _with_cited(doc, _same_speaker(out))


def _with_cited(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` and the attributions of the sources their reports cite, in cue order
    (:mod:`.cited`: "The Times, citing two officials, reported that ..."), after every other
    pass: nested in the report, each is no candidate any pass above compares."""
    with token_tree(doc):
        more = cited_candidates(doc, cands)
    if not more:
        return cands
    return sorted(cands + more, key=lambda c: c.cue[0])


def _same_speaker(cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the top-level reports whose cue and content lie inside the content
    of another accepted report by the same source mention: the speaker's own act inside what
    the speaker is reported to have done is part of that report, not a second one ("The
    senator declined to say whether ...": "to say" inside the content of "declined", both the
    senator's; "refused to concede that ...", "do not hesitate to report that ..."). The
    nesting rule (:func:`~.scan.mark_nested`) asks for the source inside the outer content,
    which a subject shared by both verbs never is. A content of its own stays ("wants to tell
    voters, “We will win”": the quotation is not in the content of "wants"; train CV figures
    identical with or without this condition). After the lexicon's decision only (with it in
    mining too, split H fell). On PolNeAR train CV split A such candidates matched 20 times in
    114 (counted before the rules on questions and unperformed conjuncts); train CV A / H
    lenient +0.00165 / +0.00158, strict +0.00133 / +0.00134, cue token +0.00072 / +0.00048,
    source and content token level (history, 2026-12-05)."""
    by_source: dict[Span, list[int]] = {}  # candidates per source mention: no pairs across
    for j, o in enumerate(cands):
        if o.source_mention is not None and o.content and o.extra.get("accepted", True):
            by_source.setdefault(o.source_mention, []).append(j)
    drop: set[int] = set()
    for k, c in enumerate(cands):
        if c.extra.get("nested") or c.source_mention is None:
            continue
        for j in by_source.get(c.source_mention, ()):
            if j == k or j in drop:
                continue
            if all(
                any(a <= x and y <= b for a, b in cands[j].content) for x, y in c.cue + c.content
            ):
                drop.add(k)
                break
    if not drop:
        return cands
    out = [c for k, c in enumerate(cands) if k not in drop]
    mark_nested(out)
    return out


def _candidates(doc: Doc, lex: lexicon.VerbLexicon, mine: bool) -> list[Candidate]:
    """Every cue family in turn (the order matters: verbs claim quotes first, and a colon
    inside a content already found is not a cue), then quote continuation and nesting."""
    scan = Scan.of(doc, lex, mine)
    verb_candidates(scan)
    noun_candidates(scan)
    predicate_candidates(scan)
    layout_candidates(scan)
    colon_candidates(scan)
    according_candidates(scan)
    in_source_candidates(scan)
    out = scan.out
    out.sort(key=lambda c: c.cue[0])
    continue_quotes(scan)
    cut_speaking_clauses(scan)
    split_coordinated_reports(scan)
    cut_straddling_reports(scan)
    settle_quoted_reports(scan)
    join_quotations(scan)
    if not mine:  # the cue as one stretch, after the lexicon's decision (mined as before)
        for c in out:
            c.cue = one_stretch(doc, scan.text, scan.idx, c.cue)
    return out

"""Helpers shared by the attribution tests: candidates of a text from the stages before
attribution (the model's parse, paragraphs and the dateline). No tests here."""

from __future__ import annotations

from collections.abc import Callable

from newsprov.analysis import Analyzer, components
from newsprov.analysis.attribution import Candidate, extract_candidates, headline

Extract = Callable[[str], tuple[str, list[Candidate]]]


def candidate_extractor(analyzer: Analyzer, *, with_headline: bool = False) -> Extract:
    """A function from a text to ``(text, candidates)``, from the model's parse and the
    dateline; ``with_headline`` attaches the headline's sentence-case copy first."""
    nlp = analyzer.nlp
    keep = [n for n in nlp.pipe_names if not n.startswith("newsprov.")]
    keep += [components.PARAGRAPHS, "newsprov.dateline.v1"]

    def run(text: str) -> tuple[str, list[Candidate]]:
        with nlp.select_pipes(enable=keep):
            doc = nlp(text)
        if with_headline:
            headline.attach(nlp, doc)
        return text, extract_candidates(doc)

    return run


def span_text(text: str, span: tuple[int, int] | None) -> str | None:
    """The text of a span, None for none."""
    return None if span is None else text[span[0] : span[1]]


def by_cue(text: str, found: list[Candidate], cue: str) -> Candidate:
    """The candidate whose cue is (or holds the word) ``cue``; ``"said@2"``: the second such,
    in text order."""
    cue, _, nth = cue.partition("@")
    hits = [
        c
        for c in sorted(found, key=lambda c: c.cue[0][0])
        if any(cue == text[a:b] or cue in text[a:b].split() for a, b in c.cue)
    ]
    if len(hits) >= int(nth or 1):
        return hits[int(nth or 1) - 1]
    raise AssertionError(
        f"no candidate with cue {cue!r}: {[[span_text(text, s) for s in c.cue] for c in found]}"
    )

"""Attribution extraction: finds (source mention, cue, content) candidates in a parsed ``Doc``.

Owns the candidates only; :mod:`newsprov.analysis.sources` resolves their source mentions.
Modules: :mod:`.extract` (the entry point and the order of the passes), :mod:`.scan` (one
document's scan and shared span helpers), the cue families (:mod:`.verbcues` for verbs, with
:mod:`.verbs` (frames), :mod:`.tags` (speech tags and adjacent quotes), :mod:`.grammar`,
:mod:`.subjects` (source tokens) and :mod:`.mention` (source mentions); :mod:`.families` for
nouns, predicates, layout, colons and "according to"), :mod:`.continuation` and
:mod:`.overlaps` (passes over the candidates found), :mod:`.quotes` (quote-mark scanning),
:mod:`.lexicon` (cue lists in ``newsprov/data``), :mod:`.spans` (token/character helpers). See
``docs/attribution.md``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsprov.analysis.attribution.candidate import Candidate
from newsprov.analysis.attribution.extract import extract_candidates as _extract


def extract_candidates(doc: Doc) -> list[Candidate]:
    """Every attribution candidate in ``doc``, in text order of their cues."""
    return _extract(doc)


__all__ = ["Candidate", "extract_candidates"]

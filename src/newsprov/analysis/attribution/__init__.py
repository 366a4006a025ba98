"""Attribution extraction: finds (source mention, cue, content) candidates in a parsed ``Doc``.

Owns the candidates only; :mod:`newsprov.analysis.sources` resolves their source mentions.
Modules: :mod:`.quotes` (quote-mark scanning), :mod:`.verbs` (reporting/belief verbs and their
frames), :mod:`.according` ("according to X"), :mod:`.lexicon` (cue lists in
``newsprov/data``), :mod:`.spans` (token/character helpers). See ``docs/attribution.md``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsprov.analysis.attribution.candidate import Candidate
from newsprov.analysis.attribution.extract import extract_candidates as _extract


def extract_candidates(doc: Doc) -> list[Candidate]:
    """Every attribution candidate in ``doc``, in text order of their cues."""
    return _extract(doc)


__all__ = ["Candidate", "extract_candidates"]

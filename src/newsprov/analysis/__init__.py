"""Analysis: turns an :class:`~newsprov.ingest.Article` into a version-1 :class:`~newsprov.record.Record`.

One spaCy ``Language`` (the English model) carries newsprov's stages as registered, versioned
components (see :mod:`newsprov.analysis.components`): paragraphs, residue, dateline,
attribution, sources, voice, profile. Each declares what it requires and assigns; the record is
assembled from the ``Doc`` at the end (:mod:`newsprov.analysis.build`).
"""

from newsprov.analysis.pipeline import Analyzer, Outcome, get_analyzer

__all__ = ["Analyzer", "Outcome", "get_analyzer"]

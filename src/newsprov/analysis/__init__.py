"""Analysis: turns an :class:`~newsprov.ingest.Article` into a version-1 :class:`~newsprov.record.Record`.

One spaCy ``Language`` (the English model) carries newsprov's stages as registered, versioned
components (see :mod:`newsprov.analysis.components`): paragraphs, residue, dateline,
attribution, sources, voice, profile. Each declares what it requires and assigns; the record is
assembled from the ``Doc`` at the end (:mod:`newsprov.analysis.build`).

The pipeline (and so spaCy) is imported at the first use of :class:`Analyzer`,
:class:`Outcome` or :func:`get_analyzer`, not with the package: modules that need no model,
such as the outlet registry (:mod:`newsprov.analysis.outlets`) the store's queries use, load
without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsprov.analysis.pipeline import (
        Analyzer,
        Outcome,
        freeze_loaded,
        get_analyzer,
        process_analyzer,
    )

__all__ = ["Analyzer", "Outcome", "freeze_loaded", "get_analyzer", "process_analyzer"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from newsprov.analysis import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

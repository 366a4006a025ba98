"""Adapts ``newsprov.corpus.CorpusIndex`` (stories, quote clusters, relays, directory keys) to
the store's :class:`~newsprov.store.linking.Link`. Until that class exists the store uses
:class:`~newsprov.store.linking.SimpleLinker`.
"""

from __future__ import annotations

import importlib.util
from typing import Any

from newsprov.store.linking import Linker


def corpus_available() -> bool:
    if importlib.util.find_spec("newsprov.corpus") is None:
        return False
    import newsprov.corpus as corpus

    return hasattr(corpus, "CorpusIndex")


def corpus_linker(state: dict[str, Any] | None) -> Linker | None:
    """A linker backed by the corpus index, or None when the corpus package has none yet."""
    if not corpus_available():
        return None
    return None

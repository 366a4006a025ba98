"""Corpus algorithms: stories across outlets, quote lineage, relays with aligned passages, and
the source directory, as pure in-memory, incremental objects over version-1 records.

The store (:mod:`newsprov.store`) calls :meth:`CorpusIndex.add` for each ingested record and
persists :meth:`CorpusIndex.to_state` (JSON-ready; feature weights, hashes and ids, never
article texts); the Spark stage reuses the pure helpers.

Interface:

* ``CorpusIndex.from_state(state | None, text_loader=None)``, ``to_state() -> dict``;
* ``CorpusIndex.add(record, replace=False) -> CorpusUpdate`` (``replace``: a new version of an
  indexed article, its old quote appearances and waiting relays forgotten) with ``story_id``,
  ``quotes`` (``(quote cluster id, attribution id, quote text as it stands in this
  article)``), ``relays``
  (:class:`RelayEdge`: this article relays ``to_outlet`` through ``attributions`` attributions;
  ``to_article`` is the outlet's article on the same story when indexed; and when the new
  article *is* an outlet's original, edges from earlier relaying articles link back to it),
  ``directory`` (``(source id in the record, directory entry key)``);
* pure helpers: :func:`story_signature`, :func:`quote_key`, :func:`directory_key`,
  :func:`align_passages`, :func:`outlet_key`.

Story grouping works from text, title, URL and date only (no spaCy output), so it is evaluated
and run on exactly the same features; see ``docs/corpus.md``.
"""

from newsprov.corpus.directory import Directory, directory_key
from newsprov.corpus.index import CorpusIndex, CorpusUpdate, event_date, story_signature
from newsprov.corpus.quotes import QuoteIndex, quote_key, quoted_texts
from newsprov.corpus.relays import RelayEdge, align_passages, relayed_outlets
from newsprov.corpus.stories import StoryIndex, signature_from_text
from newsprov.corpus.text import outlet_key

__all__ = [
    "CorpusIndex",
    "CorpusUpdate",
    "Directory",
    "QuoteIndex",
    "RelayEdge",
    "StoryIndex",
    "align_passages",
    "directory_key",
    "event_date",
    "outlet_key",
    "quote_key",
    "quoted_texts",
    "relayed_outlets",
    "signature_from_text",
    "story_signature",
]

"""Ingest: turns inputs (plain text, HTML, JSON Lines, directories, stdin) into :class:`Article`.

This stage owns reading bytes, decoding them, extracting body text and metadata from HTML,
and refusing what is not an article (empty, binary, oversized) with an :class:`InputError`
that names the input. It never analyses text; :mod:`newsprov.analysis` takes it from here.
"""

from newsprov.ingest.article import Article, Failure
from newsprov.ingest.readers import article_from_html, article_from_text, read_inputs

__all__ = ["Article", "Failure", "article_from_html", "article_from_text", "read_inputs"]

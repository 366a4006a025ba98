"""Ingest: turns inputs (plain text, HTML, JSON Lines, directories, stdin) into :class:`Article`.

This stage owns reading bytes, decoding them (exact UTF-8, else detected), extracting body
text and metadata from HTML, and refusing what is not an article (unreadable, empty, binary,
oversized, malformed JSON Lines) with an :class:`~newsprov.errors.InputError` that names the
input. It never analyses text; :mod:`newsprov.analysis` takes it from here.
"""

from newsprov.ingest.article import Article, Failure
from newsprov.ingest.html import article_from_html
from newsprov.ingest.readers import read_inputs, read_stdin, sniff
from newsprov.ingest.text import article_from_text

__all__ = [
    "Article",
    "Failure",
    "article_from_html",
    "article_from_text",
    "read_inputs",
    "read_stdin",
    "sniff",
]

"""The document's text, joined once per document.

spaCy's ``Doc.text`` joins every token's text on each access; the analysis components read it
about ten times per article (a fifth of their own time on PolNeAR dev), so it is kept in
``doc.user_data`` after the first read. Tokenization never changes the text (offsets never
lie), so the kept string stays the document's text.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "newsprov.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined on the first call for ``doc`` and kept for the next ones."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[_KEY] = text
    return text

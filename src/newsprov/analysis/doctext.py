"""The document's text, joined once per document.

spaCy's ``Doc.text`` joins every token's text on each access; the analysis components read it
about ten times per article (a fifth of their own time on PolNeAR dev), so it is kept in
``doc.user_data`` after the first read. Tokenization never changes the text (offsets never
lie), so the kept string stays the document's text; for the same reason the analyser keeps
the string it tokenised (:func:`remember_text`), and the text is never joined at all (the
join was the residue stage's whole cost and a sixth of the headline test's, 0.04 s on
PolNeAR dev).
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


def remember_text(doc: Doc, text: str) -> Doc:
    """Keep ``text``, the string ``doc`` was tokenised from (so ``doc.text == text``), as its
    text for :func:`doc_text`."""
    doc.user_data[_KEY] = text
    return doc

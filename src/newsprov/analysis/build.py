"""Assembles the version-1 record from an analysed ``Doc`` and its article's metadata."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from newsprov import __version__
from newsprov.analysis.doctext import doc_text
from newsprov.analysis.language import check_language
from newsprov.analysis.residue import byline_authors
from newsprov.ingest.article import Article
from newsprov.record import Document, ProducedBy, Profile, Record

if TYPE_CHECKING:
    from newsprov.analysis.pipeline import Analyzer


def build_record(doc: Doc, article: Article, analyzer: Analyzer) -> Record:
    meta = analyzer.nlp.meta
    language, why = check_language(doc_text(doc))
    warnings = list(article.warnings)
    if why is not None:
        warnings.append(why)
    removed = list(doc._.np_removed or [])
    document = Document(
        outlet=article.outlet,
        url=article.url,
        title=article.title,
        # the input's metadata first; else the people a byline at the start names
        authors=list(article.authors) or byline_authors(doc_text(doc), removed),
        published=article.published,
        language=language,
        dateline=doc._.np_dateline,
        input_format=article.input_format,
        encoding=article.encoding,
    )
    return Record(
        id=article.record_id(),
        text=doc_text(doc),
        document=document,
        removed=removed,
        sentences=list(doc._.np_sentences or []),
        sources=list(doc._.np_sources or []),
        attributions=list(doc._.np_attributions or []),
        profile=doc._.np_profile or Profile(),
        produced_by=ProducedBy(
            newsprov=__version__,
            model=f"{meta['lang']}_{meta['name']}",
            model_version=meta["version"],
            components=list(analyzer.own_names),
        ),
        warnings=warnings,
    )

"""newsprov's spaCy components: names carry versions so a stored record says what made it.

Each stage's logic lives in its own module; this file only registers them and declares the
``Doc`` extension attributes they read and write. The article's metadata the components need
is put on the ``Doc`` before the pipeline runs, by :func:`set_metadata`: its title
(``np_title``) and its own outlet (``doc.user_data[OWN_OUTLET]``: the metadata's outlet, else
its URL). Order in the pipeline:

=========================  ==================  ======================================
component                  requires            assigns
=========================  ==================  ======================================
newsprov.paragraphs.v1     token.text          token.is_sent_start (before parser)
newsprov.residue.v1        doc.text            doc._.np_removed
newsprov.dateline.v1       doc.text            doc._.np_dateline
newsprov.attribution.v2    token.dep, ent      doc._.np_headline, doc._.np_candidates
newsprov.sources.v1        np_candidates       doc._.np_sources, doc._.np_attributions
newsprov.voice.v1          np_attributions,    doc._.np_sentences
                           np_title
newsprov.profile.v1        np_sentences,       doc._.np_profile
                           OWN_OUTLET
=========================  ==================  ======================================
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from newsprov.analysis import dateline, paragraphs, profile, residue, sources, voice
from newsprov.analysis.attribution import extract_candidates, headline
from newsprov.analysis.doctext import doc_text
from newsprov.analysis.sentences import sentence_index

EXTENSIONS = (
    "np_title",  # the article's title from its metadata, set before the pipeline runs
    "np_removed",
    "np_dateline",
    "np_candidates",
    "np_sources",
    "np_attributions",
    "np_sentences",
    "np_profile",
)
for _name in EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

#: Components added after the model's own, in order (paragraphs goes before the parser).
NEWSPROV_COMPONENTS = (
    "newsprov.residue.v1",
    "newsprov.dateline.v1",
    "newsprov.attribution.v2",
    "newsprov.sources.v1",
    "newsprov.voice.v1",
    "newsprov.profile.v1",
)
PARAGRAPHS = "newsprov.paragraphs.v1"
#: ``doc.user_data`` key of the article's own outlet (its metadata's outlet name, else its URL),
#: which the profile does not count as a relay ("told USA Today" in USA Today).
OWN_OUTLET = "newsprov.own_outlet"


def set_metadata(doc: Doc, title: str | None, own_outlet: str | None) -> Doc:
    """Put the article's metadata the components read on ``doc``, before the pipeline runs:
    its ``title`` and its own outlet's name or address (``own_outlet``, None when unknown)."""
    doc._.np_title = title
    doc.user_data[OWN_OUTLET] = own_outlet
    return doc


def factory_name(name: str) -> str:
    """spaCy forbids dots in factory names: ``newsprov.voice.v1`` registers as
    ``newsprov_voice_v1`` and is added under its dotted name."""
    return name.replace(".", "_")


@Language.component(factory_name(PARAGRAPHS), assigns=["token.is_sent_start"])
def paragraphs_component(doc: Doc) -> Doc:
    paragraphs.mark_paragraph_starts(doc)
    return doc


@Language.component(factory_name("newsprov.residue.v1"), assigns=["doc._.np_removed"])
def residue_component(doc: Doc) -> Doc:
    doc._.np_removed = residue.find_residue(doc_text(doc))
    return doc


@Language.component(factory_name("newsprov.dateline.v1"), assigns=["doc._.np_dateline"])
def dateline_component(doc: Doc) -> Doc:
    doc._.np_dateline = dateline.find_dateline(doc_text(doc))
    return doc


@Language.factory(
    factory_name("newsprov.attribution.v2"),
    requires=["token.dep", "token.lemma", "token.tag", "doc.ents", "doc._.np_removed"],
    assigns=["doc._.np_headline", "doc._.np_candidates"],
)
def attribution_factory(nlp: Language, name: str) -> AttributionComponent:
    """Attribution candidates; a Title-Case headline is parsed again in sentence case with
    ``nlp``'s model components first (:mod:`newsprov.analysis.attribution.headline`)."""
    return AttributionComponent(nlp)


class AttributionComponent:
    """The attribution stage. ``nlp.pipe`` hands it a batch at a time (:meth:`pipe`): the
    batch's Title-Case headlines are parsed together, then each doc's candidates found."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        headline.attach(self.nlp, doc)
        with sentence_index(doc):
            doc._.np_candidates = extract_candidates(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            headline.attach_all(self.nlp, batch)
            for doc in batch:
                with sentence_index(doc):
                    doc._.np_candidates = extract_candidates(doc)
                yield doc


@Language.component(
    factory_name("newsprov.sources.v1"),
    requires=["doc._.np_candidates", "doc.ents"],
    assigns=["doc._.np_sources", "doc._.np_attributions"],
)
def sources_component(doc: Doc) -> Doc:
    with sentence_index(doc):
        doc._.np_sources, doc._.np_attributions = sources.resolve(doc, doc._.np_candidates or [])
    return doc


@Language.component(
    factory_name("newsprov.voice.v1"),
    requires=["doc.sents", "doc._.np_attributions", "doc._.np_removed"],
    assigns=["doc._.np_sentences"],
)
def voice_component(doc: Doc) -> Doc:
    with sentence_index(doc):
        doc._.np_sentences = voice.classify_sentences(
            doc, doc._.np_attributions or [], doc._.np_removed or [], title=doc._.np_title
        )
    return doc


@Language.component(
    factory_name("newsprov.profile.v1"),
    requires=["doc._.np_sentences", "doc._.np_sources", "doc._.np_attributions"],
    assigns=["doc._.np_profile"],
)
def profile_component(doc: Doc) -> Doc:
    with sentence_index(doc):
        doc._.np_profile = profile.build_profile(
            doc,
            doc._.np_sources or [],
            doc._.np_attributions or [],
            doc._.np_sentences or [],
            doc._.np_removed or [],
            own_outlet=doc.user_data.get(OWN_OUTLET),
        )
    return doc

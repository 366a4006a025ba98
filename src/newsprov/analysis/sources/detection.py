"""Finding a document's mentions: the passes that fill a :class:`~.mentions.Mentions` index, in
order, each adding what the ones before left uncovered: outlet names (the registry's scan),
programmes' titles in quotation marks, the tagger's names (typed by what the text says of them:
a person's, a people's, a country's short form, a document's, a company's short name,
initials alone), untagged plural demonyms,
nominals headed by a source-like noun, and pronouns (a relative "who"/"which" with its noun).
Building each mention's features is :mod:`.mentions`'.

The passes live by what they find: :mod:`.detection_outlets` (outlets, sites, programmes,
listed firms), :mod:`.detection_names` (the tagger's names), :mod:`.detection_untagged` (names
the tagger missed and plural demonyms), :mod:`.detection_nominals` (nominals and pronouns), and
:mod:`.detection_base` the labels and checks they share; the names other modules import stay
importable from here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsprov.analysis.outlets import registry
from newsprov.analysis.sources.detection_base import DOC as DOC
from newsprov.analysis.sources.detection_base import NAME_LABELS as NAME_LABELS
from newsprov.analysis.sources.detection_base import NOMINAL_HEADS as NOMINAL_HEADS
from newsprov.analysis.sources.detection_base import SHOW as SHOW
from newsprov.analysis.sources.detection_base import abbreviated_role as abbreviated_role
from newsprov.analysis.sources.detection_names import _names
from newsprov.analysis.sources.detection_nominals import _nominals, _pronouns
from newsprov.analysis.sources.detection_nominals import noun_chunks as noun_chunks
from newsprov.analysis.sources.detection_outlets import (
    _listed_firms,
    _outlet_domains,
    _outlets,
    _shows,
    _untagged_firm_words,
)
from newsprov.analysis.sources.detection_untagged import (
    _demonyms,
    _first_named,
    _titled_names,
    _untagged_surnames,
)

if TYPE_CHECKING:
    from newsprov.analysis.sources.mentions import Mentions


def detect(ms: Mentions) -> None:
    """Run the detection passes over ``ms.doc``, in order."""
    _outlets(ms, registry().scan(ms.text))
    _outlet_domains(ms)
    _shows(ms)
    _listed_firms(ms)
    _names(ms)
    _titled_names(ms)
    _first_named(ms)
    _untagged_surnames(ms)
    _untagged_firm_words(ms)
    _demonyms(ms)
    _nominals(ms)
    _pronouns(ms)

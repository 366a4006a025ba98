"""Sources: resolves candidate source mentions into distinct, typed sources; sets ids, parents,
recipients and chains on the final attributions.

First version: one source per distinct mention text. The attribution engine work adds
coreference (pronouns, titles, surnames, outlet aliases) and typing.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsprov.analysis.attribution import Candidate
from newsprov.record import Attribution, Source


def resolve(doc: Doc, candidates: list[Candidate]) -> tuple[list[Source], list[Attribution]]:
    sources: list[Source] = []
    by_name: dict[str, Source] = {}
    atts: list[Attribution] = []
    text = doc.text
    for i, c in enumerate(candidates, 1):
        sid = None
        if c.source_mention:
            name = text[c.source_mention[0] : c.source_mention[1]]
            src = by_name.get(name)
            if src is None:
                src = Source(id=f"s{len(sources) + 1}", name=name, kind="unknown", mentions=[])
                sources.append(src)
                by_name[name] = src
            src.mentions.append(c.source_mention)
            sid = src.id
        atts.append(
            Attribution(
                id=f"a{i}",
                source=sid,
                source_spans=[c.source_mention] if c.source_mention else [],
                cue_spans=c.cue,
                content_spans=c.content,
                form=c.form,
                chain=[sid] if sid else [],
                evidence=c.evidence,
            )
        )
    return sources, atts

"""Small synthetic records for store tests, built from sentences written for the tests."""

from __future__ import annotations

from newsprov.record import (
    Attribution,
    Document,
    ProducedBy,
    Profile,
    Record,
    SecondHand,
    Sentence,
    Source,
)

PB = ProducedBy(newsprov="test", model="en_core_web_sm", model_version="3.8.0")


def make_record(
    rid: str,
    parts: list[tuple[str, str, str, str]],
    *,
    outlet: str | None = "Wire",
    published: str | None = "2020-03-01",
    title: str | None = None,
    relay: str | None = None,
) -> Record:
    """A record whose sentences are ``SPEAKER CUE: "QUOTE"`` or ``SPEAKER CUE that CONTENT.``

    ``parts`` holds (speaker, kind, cue, content); content in double quotes makes a direct
    quote. With ``relay``, every attribution is nested in "RELAY reported" (a second-hand one).
    """
    text = ""
    sources: dict[str, Source] = {}
    atts: list[Attribution] = []
    sents: list[Sentence] = []
    relay_sid = None
    if relay:
        relay_sid = f"s{len(sources) + 1}"
        sources[relay] = Source(id=relay_sid, name=relay, kind="outlet", mentions=[])
    for speaker, kind, cue, content in parts:
        start = len(text)
        if speaker not in sources:
            sources[speaker] = Source(id=f"s{len(sources) + 1}", name=speaker, kind=kind)
        src = sources[speaker]
        direct = content.startswith('"')
        sep = ": " if direct else " that "
        text += speaker
        src.mentions.append((start, start + len(speaker)))
        text += " "
        cs = len(text)
        text += cue
        ce = len(text)
        text += sep
        ks = len(text)
        text += content
        ke = len(text)
        text += "" if direct else "."
        if relay:
            text += f" {relay} reported."
            r0 = text.rfind(relay)
            sources[relay].mentions.append((r0, r0 + len(relay)))
        aid = f"a{len(atts) + 1}"
        chain = [src.id] + ([relay_sid] if relay_sid else [])
        atts.append(
            Attribution(
                id=aid,
                source=src.id,
                source_spans=[(start, start + len(speaker))],
                cue_spans=[(cs, ce)],
                content_spans=[(ks + 1, ke - 1)] if direct else [(ks, ke)],
                form="direct" if direct else "indirect",
                chain=chain,
                evidence="test",
            )
        )
        sents.append(Sentence(span=(start, len(text)), voice="attributed", attributions=[aid]))
        text += "\n"
    profile = Profile(
        second_hand=[SecondHand(outlet=relay, source=relay_sid, attributions=len(atts))]
        if relay and relay_sid
        else []
    )
    return Record(
        id=rid,
        text=text,
        document=Document(outlet=outlet, title=title or f"Story {rid}", published=published),
        removed=[],
        sentences=sents,
        sources=list(sources.values()),
        attributions=atts,
        profile=profile,
        produced_by=PB,
    )

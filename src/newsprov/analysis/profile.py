"""The article's sourcing profile (spec ``profile``): how much is relayed, from whom, through
which outlets, and what the outlet asserts itself.

Definitions (see ``docs/voice.md``):

* ``attributed_share``: characters inside some attribution's content over body characters
  (the text less ``removed`` residue);
* ``outlet_evaluative_sentences``: sentences whose voice is ``outlet-evaluative``;
* ``sources_by_kind``: distinct sources per kind;
* ``named_share`` / ``anonymous_share``: of all attributions, those whose own source is named
  (kind person, organization or outlet) / anonymous (kind anonymous); documents, groups,
  unknown and source-less attributions count in neither;
* ``second_hand``: every outlet source in some attribution's chain, or told by a source
  ("told the NYT"), with the number of attributions through it, most first; the article's own
  outlet, when known, is not a relay;
* ``first_hand_sources``: sources of top-level attributions (no parent) whose chain holds no
  outlet and whose recipient is no other outlet, and whose cue is speech (not an attitude or
  belief cue: "X has been wary of" says what X thinks, not that X spoke to the outlet). Outlets, documents (a memo does not speak to
  the outlet), groups ("critics", "others": nobody in particular) and sources of unknown kind
  (mostly a thing the extraction took for a speaker: "racist rhetoric perceived ...", "you",
  "who") are not first-hand; source-less attributions have nobody to list, and neither do
  those that are the outlet's own words (:func:`newsprov.analysis.voice.outlets_own`: a deed,
  "filed the lawsuit"; a denied report, "did not respond to a request for comment"; the
  writer's own "I" in a column or a letter);
* ``unsourced_figures``: see :mod:`newsprov.analysis.voice.figures`.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from newsprov.analysis.doctext import doc_text
from newsprov.analysis.voice import Coverage, outlets_own
from newsprov.analysis.voice.figures import unsourced_figures
from newsprov.record import Attribution, Profile, Removed, SecondHand, Sentence, Source

NAMED_KINDS = ("person", "organization", "outlet")
#: Kinds that cannot be a first-hand source. ``unknown`` added 2026-12-03: on PolNeAR dev, 94
#: first-hand sources were of unknown kind, about 85 of them no speaker at all ("you" 9, "who"
#: 4, "racist rhetoric", "new emissions rules", "brain cancer"), a few a speaker left untyped.
NOT_FIRST_HAND = ("outlet", "document", "group", "unknown")
#: Evidence of attitude and belief cues ("X is wary of", "X believes"): the outlet says what
#: somebody thinks, which is no sign that the person spoke to the outlet.
NOT_SPEECH_EVIDENCE = ("belief",)


#: How an article names its own outlet ("told this newspaper", "in an interview with us").
_SELF = ("this ", "our ")


def _same_outlet(name: str, own: str | None) -> bool:
    low = name.lower().strip()
    if low.startswith(_SELF) or low == "us":
        return True
    if not own:
        return False
    a, b = name.lower().removeprefix("the ").strip(), own.lower().removeprefix("the ").strip()
    return a == b or a.startswith(b) or b.startswith(a)


def build_profile(
    doc: Doc,
    sources: list[Source],
    attributions: list[Attribution],
    sentences: list[Sentence],
    removed: list[Removed],
    own_outlet: str | None = None,
) -> Profile:
    """The profile of one analysed article; ``own_outlet`` is the publishing outlet, if known."""
    by_id = {s.id: s for s in sources}
    residue = Coverage([r.span for r in removed])
    size = len(doc_text(doc))
    body = size - residue.covered((0, size))
    content = Coverage([c for a in attributions for c in a.content_spans])
    inside = sum((b - a) - residue.covered((a, b)) for a, b in content.spans)

    def kind(sid: str | None) -> str | None:
        src = by_id.get(sid) if sid else None
        return src.kind if src else None

    relaying = frozenset(
        s.id for s in sources if s.kind == "outlet" and not _same_outlet(s.name, own_outlet)
    )

    total = len(attributions)
    named = sum(1 for a in attributions if kind(a.source) in NAMED_KINDS)
    anon = sum(1 for a in attributions if kind(a.source) == "anonymous")

    through: Counter[str] = Counter()
    order: dict[str, int] = {}
    for a in attributions:
        relays = [sid for sid in dict.fromkeys(a.chain) if sid in relaying]  # chain order
        if a.recipient in relaying and a.recipient not in relays:
            relays.append(a.recipient)
        for sid in relays:
            through[sid] += 1
            order.setdefault(sid, len(order))
    second_hand = [
        SecondHand(outlet=by_id[sid].name, source=sid, attributions=n)
        for sid, n in sorted(through.items(), key=lambda kv: (-kv[1], order[kv[0]]))
    ]

    first: list[str] = []
    for a in attributions:
        if a.parent is not None or a.source is None or a.source in first:
            continue
        if kind(a.source) in NOT_FIRST_HAND or a.evidence.startswith(NOT_SPEECH_EVIDENCE):
            continue
        if not relaying.isdisjoint(a.chain) or a.recipient in relaying:
            continue
        if outlets_own(doc, a):
            continue  # nobody relayed: what someone did, or did not say, in the outlet's words
        first.append(a.source)

    return Profile(
        attributed_share=round(inside / body, 4) if body > 0 else 0.0,
        outlet_evaluative_sentences=sum(1 for s in sentences if s.voice == "outlet-evaluative"),
        sources_by_kind=dict(sorted(Counter(s.kind for s in sources).items())),
        named_share=round(named / total, 4) if total else 0.0,
        anonymous_share=round(anon / total, 4) if total else 0.0,
        second_hand=second_hand,
        first_hand_sources=first,
        unsourced_figures=unsourced_figures(doc, sentences, attributions),
    )

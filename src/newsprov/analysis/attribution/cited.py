"""A cited source as an attribution of its own: "The Times, citing two officials, reported
that A", "Reuters reported, quoting a spokesman, that A", "A, the Post reported, citing
documents".

PolNeAR annotates the participle as the outlet's own relation, its object the content (source
"The Times", cue "citing", content "two officials"; on train 31 of 34 uses of "citing" or
"quoting" were the cue of such a relation, the other 3 inside another relation's content, none
a relation of the cited source), and the verb family makes it so. What the officials said
reaches the outlet through them: the cited source is the source of one more attribution, cue
the participle, content the report's content, nested under the report (``extra["nested"]``;
its parent is the report, :func:`newsprov.analysis.sources.resolve`), so the chain runs
officials -> the Times -> this outlet. PolNeAR annotates one level only, so the evaluation
leaves it out as it leaves out every nested attribution (train CV identical with it).

Only a participle set off by a comma or opening its sentence, an adverbial clause of the
report's own verb (or of the reported clause, :func:`_report_of`), and only an object that
can say or hold something: a person or a group, an organization or an
outlet, a document or data (:data:`CITED_NOUNS`, named entities and proper names). "Citing
concerns, the board delayed the vote", "he said, citing low growth" (a reason given, not who
told him), "ended his speech quoting Shakespeare" (no report) make none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprov.analysis.attribution.candidate import CITED_FOR, Candidate
from newsprov.analysis.attribution.spans import char_spans, set_off_description, subtree_ids
from newsprov.analysis.attribution.verbs import CITING_LEMMAS
from newsprov.analysis.sources import lexicon as slx
from newsprov.record import Span

#: Documents and data one can have a report from ("citing internal documents", "quoting
#: Comey's statement", "citing data from the State Department"); a subset of the sources'
#: document nouns, without those more often a reason given ("citing his voting record",
#: "citing a more progressive platform", "citing the evidence").
_CITED_DOCUMENTS = frozenset(
    """
    analysis article audit data datum document documents email emails estimate estimates
    figures filing filings findings interview letter letters memo memos message messages note
    poll polls post posts records recording recordings report reports research review
    statement statements statistics studies study survey surveys testimony transcript
    transcripts tweet tweets video
    """.split()
)
#: Group nouns that name no people ("citing half", "citing a number of reasons").
_NOT_PEOPLE = frozenset(
    """
    percent percentage majority minority half third quarter plurality share handful slice
    number fourths fifths tenths all both few many most several some those anyone anybody
    everyone everybody nobody neither others dozens hundreds thousands millions polls
    community colleges
    """.split()
)
#: Organization nouns that also name no body that speaks ("citing forces beyond his
#: control", "citing the state of the economy").
_NOT_BODIES = frozenset(
    "state states country city county nation house force forces fund camp tank management "
    "military".split()
)
#: Heads of an object that can be a source: people, bodies, outlets, documents.
CITED_NOUNS = (
    slx.HUMAN_NOUNS
    | (slx.GROUP_NOUNS - _NOT_PEOPLE)
    | (slx.ORGANIZATION_NOUNS - _NOT_BODIES)
    | slx.OUTLET_NOUNS
    | _CITED_DOCUMENTS
    | frozenset(("participant", "participants", "outlets", "people"))
)
#: Named-entity labels of a source ("citing Reuters", "quoting Trump").
_SOURCE_ENTITIES = frozenset(("PERSON", "ORG"))


def _can_be_source(n: Token) -> bool:
    """Whether noun ``n`` (the participle's object) names someone or something that can say
    or hold what is reported."""
    if n.ent_type_:
        return n.ent_type_ in _SOURCE_ENTITIES
    if n.pos_ == "PROPN":
        return True
    return n.lower_ in CITED_NOUNS or n.lemma_.lower() in CITED_NOUNS


def _set_off(p: Token) -> bool:
    """Participle ``p`` opens its sentence or follows a comma ("The Times, citing", "reported,
    quoting"): an aside to the report, not "by citing" or "after quoting"."""
    if p.i == p.sent.start:
        return True
    return p.doc[p.i - 1].text == ","


def _holds(spans: list[Span], t: Token) -> bool:
    return any(a <= t.idx < b for a, b in spans)


def _report_of(p: Token, reports: list[Candidate]) -> Candidate | None:
    """The report participle ``p`` is an aside of, with a content that does not hold ``p``:
    the one whose cue holds the verb ``p`` hangs on, or whose content holds that verb when the
    parse hung ``p`` on the reported clause ("He said, quoting Shakespeare, that all the world
    is a stage": "quoting" on "is")."""
    h = p.head
    for c in reports:
        if c.content and _holds(c.cue, h) and not _holds(c.content, p):
            return c
    if h.dep_ != "ccomp":
        return None
    for c in reports:
        if (
            c.content
            and _holds(c.cue, h.head)
            and _holds(c.content, h)
            and not _holds(c.content, p)
        ):
            return c
    return None


def cited_candidates(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """One attribution per source cited for a report of ``cands`` (see the module): source
    the participle's object (without an apposition or relative clause set off by a comma),
    cue the participle, content and form the report's; nested, with the report's cue under
    ``extra[CITED_FOR]``."""
    reports = [c for c in cands if c.evidence.startswith("verb") and c.extra.get("accepted", True)]
    if not reports:
        return []
    out: list[Candidate] = []
    for p in doc:
        if (
            p.tag_ != "VBG"
            or p.dep_ != "advcl"
            or p.lemma_.lower() not in CITING_LEMMAS
            or not _set_off(p)
        ):
            continue
        obj = next((c for c in p.children if c.dep_ == "dobj"), None)
        if obj is None or not _can_be_source(obj):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "as" for c in p.children):
            continue  # "quoting a spokesman as saying": the saying is a report of its own
        report = _report_of(p, reports)
        if report is None:
            continue
        ids = subtree_ids(obj) - set_off_description(obj)
        spans = char_spans(doc, ids)
        if not spans:
            continue
        out.append(
            Candidate(
                cue=[(p.idx, p.idx + len(p.text))],
                content=list(report.content),
                source_mention=(spans[0][0], spans[-1][1]),
                form=report.form,
                evidence="cited-source",
                extra={"key": "cited", "nested": True, CITED_FOR: tuple(report.cue)},
            )
        )
    return out

"""A cited source as an attribution of its own (:mod:`newsprov.analysis.attribution.cited`):
"The Times, citing two officials, reported that A" makes, besides the Times' "reported" and its
"citing" (PolNeAR's relation, the cited source its content), an attribution of the officials,
cue "citing", content A, nested under the Times' report, so that its chain runs officials -> the
Times. Negative rows: a reason cited, no report the participle is an aside of, "by citing",
"quoting X as saying" (a report of its own). Invented sentences only."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from newsprov.analysis.attribution import Candidate
from newsprov.analysis.attribution.candidate import CITED_FOR
from newsprov.analysis.sources import resolve
from newsprov.record import Record
from tests.test_sources import at

# (text, cited source, cue, content, parent's cue, chain names); None for the source: the
# text makes no attribution of a cited source
CITED = [
    (
        "The Times, citing two officials, reported that the plan had been dropped.",
        "two officials", "citing", "that the plan had been dropped", "reported",
        ["two officials", "The New York Times"],
    ),
    (
        "Citing two senior officials, The Times reported that the plan had failed.",
        "two senior officials", "Citing", "that the plan had failed", "reported",
        ["two senior officials", "The New York Times"],
    ),
    # the parse hangs the "that" clause on the participle: it is what "reported" reports
    (
        "Reuters reported, quoting a spokesman, that the talks had failed.",
        "a spokesman", "quoting", "that the talks had failed", "reported",
        ["a spokesman", "Reuters"],
    ),
    (
        "The deal was off, the Post reported, citing documents.",
        "documents", "citing", "The deal was off", "reported",
        ["documents", "The Washington Post"],
    ),
    (
        '"The tests will stop from Saturday," the Korean Central News Agency said, quoting'
        " Mr. Kim.",
        "Mr. Kim", "quoting", '"The tests will stop from Saturday,"', "said",
        ["Kim", "Korean Central News Agency"],
    ),
    (
        "Salceda, citing data from the State Department, said that 4 million people live in"
        " the country.",
        "data from the State Department", "citing",
        "that 4 million people live in the country", "said",
        ["data from the State Department", "Salceda"],
    ),
    # the parse hangs the participle on the reported clause
    (
        "He said, quoting Shakespeare, that all the world is a stage.",
        "Shakespeare", "quoting", "that all the world is a stage", "said",
        ["Shakespeare", "He"],
    ),
    # negative: a reason given, not who told them
    ("Citing concerns, the board delayed the vote.", None, "", "", "", []),
    ("The Times, citing the weather, reported that the game was off.", None, "", "", "", []),
    ("The mayor said, citing low growth, that the budget would shrink.", None, "", "", "", []),
    # negative: no report the participle is an aside of
    ("He ended his speech quoting Shakespeare.", None, "", "", "", []),
    ("He won the vote by citing two officials.", None, "", "", "", []),
    ("After quoting the report, she said the numbers were wrong.", None, "", "", "", []),
    # negative: "quoting X as saying" makes the saying a report of its own
    (
        "Reuters, quoting a spokesman as saying the talks failed, reported a delay.",
        None, "", "", "", [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "cue", "content", "parent", "chain"), CITED)
def test_cited_source(
    analyze: Callable[..., Record],
    text: str,
    source: str | None,
    cue: str,
    content: str,
    parent: str,
    chain: list[str],
) -> None:
    rec = analyze(text)
    cited = [a for a in rec.attributions if a.evidence == "cited-source"]
    if source is None:
        assert cited == []
        return
    assert len(cited) == 1
    a = cited[0]
    names = {s.id: s.name for s in rec.sources}
    by_id = {x.id: x for x in rec.attributions}
    assert rec.span_text(a.source_spans) == source
    assert rec.span_text(a.cue_spans) == cue
    assert rec.span_text(a.content_spans) == content
    assert a.parent is not None
    assert rec.span_text(by_id[a.parent].cue_spans) == parent
    assert [names[s] for s in a.chain] == chain


def test_report_inside_the_cited_content_goes_through_the_cited_source(
    analyze: Callable[..., Record],
) -> None:
    """A report inside the outlet's report reached the outlet through the cited source."""
    rec = analyze("The Times, citing two officials, reported that Smith had told aides the plan"
                  " was dead.")  # fmt: skip
    names = {s.id: s.name for s in rec.sources}
    told = next(a for a in rec.attributions if rec.span_text(a.cue_spans) == "had told")
    assert [names[s] for s in told.chain] == ["Smith", "two officials", "The New York Times"]


def test_cited_source_is_no_top_level_relation(analyze: Callable[..., Record]) -> None:
    """The evaluation scores top-level attributions only: the cited source's is nested, and the
    outlet's own relations (PolNeAR's "citing" and the report) stay top-level."""
    rec = analyze("The Times, citing two officials, reported that the plan had been dropped.")
    top = sorted(
        (rec.span_text(a.source_spans), rec.span_text(a.cue_spans))
        for a in rec.attributions
        if a.parent is None
    )
    assert top == [("The Times", "citing"), ("The Times", "reported")]


_TIMES = "The Times, citing two officials, reported that the plan had been dropped."


def _cited(text: str, report_cue: str | None) -> Candidate:
    """A hand-made cited source's attribution of ``_TIMES``, for the report whose cue is
    ``report_cue`` (None: a cue no report has)."""
    return Candidate(
        cue=[at(text, "citing")],
        content=[at(text, "that the plan had been dropped")],
        source_mention=at(text, "two officials"),
        form="indirect",
        evidence="cited-source",
        extra={CITED_FOR: (at(text, report_cue or "Times"),), "nested": True},
    )


# (the report's candidate given?, the cue its CITED_FOR names, expected (source, parent's cue)
# of the cited source's attribution, or None: it is left out)
RESOLVED = [
    (True, "reported", ("two officials", "reported")),
    # negative: no report with that cue (an orphan would stand as the article's own report)
    (True, None, None),
    (False, "reported", None),
]


@pytest.mark.parametrize(("with_report", "report_cue", "expected"), RESOLVED)
def test_resolve_nests_the_cited_source_under_its_report(
    nlp: Language, with_report: bool, report_cue: str | None, expected: tuple[str, str] | None
) -> None:
    text = _TIMES
    cands = [_cited(text, report_cue)]
    if with_report:
        cands.append(
            Candidate(
                cue=[at(text, "reported")],
                content=[at(text, "that the plan had been dropped")],
                source_mention=at(text, "The Times"),
                form="indirect",
                evidence="test",
            )
        )
    _, atts = resolve(nlp(text), cands)
    cited = [a for a in atts if a.evidence == "cited-source"]
    if expected is None:
        assert cited == []
        return
    by_id = {a.id: a for a in atts}
    (a,) = cited
    assert a.parent is not None
    got = (
        " ".join(text[x:y] for x, y in a.source_spans),
        " ".join(text[x:y] for x, y in by_id[a.parent].cue_spans),
    )
    assert got == expected

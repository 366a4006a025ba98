"""A cited source as an attribution of its own (:mod:`newsprov.analysis.attribution.cited`):
"The Times, citing two officials, reported that A" makes, besides the Times' "reported" and its
"citing" (PolNeAR's relation, the cited source its content), an attribution of the officials,
cue "citing", content A, nested under the Times' report, so that its chain runs officials -> the
Times. Negative rows: a reason cited, no report the participle is an aside of, "by citing",
"quoting X as saying" (a report of its own). Invented sentences only."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprov.record import Record

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

"""Hostile input: property tests on the analyser and a corpus of nasty inputs.

Whatever the text, ``analyze`` returns a schema-valid record whose spans lie inside ``text``,
whose spans of one role are sorted and do not overlap, and whose ``parent`` links are acyclic;
or, for input that is not an article, a clear :class:`InputError` naming it.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprov.analysis import Analyzer
from newsprov.errors import InputError
from newsprov.ingest import article_from_html, article_from_text
from newsprov.options import Options
from newsprov.record import Record, schema_errors

NEWSY = st.sampled_from(
    [
        "said",
        "told",
        "according to",
        "“",
        "”",
        '"',
        "'",
        "‘",
        "’",
        ":",
        " - ",
        "—",
        "\n",
        "\n\n",
        "Officials",
        "the NYT",
        "he",
        "She",
        "reported",
        "warned that",
        "In a statement,",
        "Mr. Smith",
        "Reuters",
        "(AP) –",
        "WASHINGTON —",
        "3 - 3Shares",
        "Read more:",
        ".",
        ",",
        "is not so sure that",
        "believes",
        "A Bloomberg poll shows",
        "« ",
        " »",
        "«",
        "\u200f",
        "\t",
    ]
)
WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
ARTICLE = st.lists(st.one_of(NEWSY, WORDS), min_size=1, max_size=80).map(" ".join)


def check_record(rec: Record) -> None:
    d = rec.to_dict()
    assert schema_errors(d) == []
    for a in rec.attributions:
        for role in (a.source_spans, a.cue_spans, a.content_spans):
            assert role == sorted(role), f"{a.id}: spans not sorted: {role}"
            for (_s0, e0), (s1, _e1) in zip(role, role[1:], strict=False):
                assert e0 <= s1, f"{a.id}: overlapping spans {role}"


def analyze_or_refuse(analyzer: Analyzer, text: str) -> None:
    try:
        art = article_from_text(text, "<hypothesis>", analyzer.options)
    except InputError as e:
        assert "<hypothesis>" in str(e)
        return
    rec = analyzer.analyze(art)
    assert rec.text == text
    check_record(rec)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=ARTICLE)
def test_random_articles_give_valid_records(analyzer: Analyzer, text: str) -> None:
    analyze_or_refuse(analyzer, text)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_mutated_sample_gives_valid_records(
    analyzer: Analyzer, sample_text: str, data: st.DataObject
) -> None:
    text = sample_text
    for _ in range(data.draw(st.integers(1, 6))):
        i = data.draw(st.integers(0, len(text)))
        j = data.draw(st.integers(i, min(len(text), i + 200)))
        text = text[:i] + data.draw(st.one_of(NEWSY, WORDS, st.just(""))) + text[j:]
    analyze_or_refuse(analyzer, text)


def _nasty() -> list[tuple[str, bytes | str, str]]:
    """(name, input, kind): kind is "text" or "html" input."""
    para = "The minister said the plan would work. “We will deliver,” she told reporters.\n"
    return [
        ("empty", b"", "text"),
        ("whitespace-only", b" \n\t \r\n ", "text"),
        ("binary", bytes(range(256)) * 8, "text"),
        (
            "invalid-utf8",
            "Officials said the café was closed.".encode() + b"\xff\xfe\xfa more text here.",
            "text",
        ),
        (
            "utf16-bom",
            codecs.BOM_UTF16_LE + ("Officials said the vote was close. " * 5).encode("utf-16-le"),
            "text",
        ),
        (
            "cp1252",
            "“It’s over,” the coach said of the season’s end — again.".encode("cp1252"),
            "text",
        ),
        ("one-long-line", ("word " * 20_000), "text"),
        (
            "nested-tags",
            "<div>" * 10_000 + "<p>Officials said it rained.</p>" + "</div>" * 10_000,
            "html",
        ),
        ("one-long-quote", "“" + para * 200, "text"),
        ("unbalanced-quotes", "“He said” “no” ” ” “ “ ' \" she said: “yes\n" * 30, "text"),
        (
            "right-to-left",
            "قال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا. «نحن مستعدون»، قال الوزير.\n" * 5,
            "text",
        ),
        (
            "german",
            "Der Minister sagte am Dienstag, die Regierung werde das Gesetz ändern. „Wir sind bereit“, sagte er.\n"
            * 5,
            "text",
        ),
        (
            "script-markup",
            "<script>alert(1)</script> Officials said <img src=x onerror=alert(1)> it rained.",
            "text",
        ),
        ("control-chars", "Officials\x00 said\x07 the\x1b[31m vote\x0c was close.", "text"),
    ]


@pytest.mark.parametrize("name, data, kind", _nasty(), ids=[n for n, _, _ in _nasty()])
def test_nasty_inputs(
    analyze: Callable[..., Record], analyzer: Analyzer, name: str, data: bytes | str, kind: str
) -> None:
    try:
        if kind == "html":
            art = article_from_html(data, name, analyzer.options)
        else:
            art = article_from_text(data, name, analyzer.options)
    except InputError as e:
        assert str(e).startswith(name), str(e)
        assert name in ("empty", "whitespace-only", "binary", "control-chars"), (
            f"{name} refused: {e}"
        )
        return
    rec = analyzer.analyze(art)
    check_record(rec)
    if name in ("right-to-left", "german"):
        assert rec.document.language is None
        assert any("English" in w for w in rec.warnings)
    if name == "cp1252":
        # a short text cannot tell cp1252 from its neighbours; what matters is the decoded text
        assert rec.document.encoding and rec.document.encoding.lower() != "utf-8"
        assert rec.text == "“It’s over,” the coach said of the season’s end — again."
        assert any("not UTF-8" in w for w in rec.warnings)


def test_oversized_input_is_refused_with_its_name() -> None:
    big = b"Officials said the vote was close. " * (20_000_000 // 35 + 1)  # 20 MB
    with pytest.raises(InputError, match=r"^huge\.txt: .*over the 5,000,000-byte limit"):
        article_from_text(big, "huge.txt", Options())


def test_long_text_is_chunked_with_exact_offsets(analyzer: Analyzer) -> None:
    opts = Options(chunk_chars=2_000, progress=False)
    small = Analyzer(opts, nlp=analyzer.nlp)
    text = "".join(
        f"Paragraph {i}: the spokesman said the talks would resume on Monday. "
        f"“We are hopeful,” he told reporters.\n"
        for i in range(120)
    )
    rec = small.analyze(article_from_text(text, "long", opts))
    assert rec.text == text
    check_record(rec)
    assert len(rec.attributions) >= 100
    for a in rec.attributions:
        assert all(rec.text[s:e].strip() for s, e in a.cue_spans)

"""The bundled Wikinews samples (rebuilt from ../shared, credited) and the shared sample's record."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from newsprov.analysis import Analyzer
from newsprov.cli.demo import bundled_article, bundled_paths
from newsprov.ingest import article_from_html
from newsprov.record import Record
from tests.conftest import ROOT, checked, need_shared

SAMPLES = ROOT / "src" / "newsprov" / "samples"


def load_builder():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "build_samples", ROOT / "tools" / "build_samples.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_samples_are_bundled_and_credited() -> None:
    paths = bundled_paths()
    assert 5 <= len(paths) <= 6
    credits = " ".join((SAMPLES / "ATTRIBUTION.md").read_text(encoding="utf-8").split())
    for p in paths:
        text = p.read_text(encoding="utf-8")
        title = text.split("\n", 1)[0]
        assert f"`{p.name}`" in credits and title in credits
        assert "\r" not in text and text.endswith("\n") and "  " not in text
    for needed in ("CC BY 2.5", "CC BY 4.0", "Wikinews", "FBK", "VU University", "UPV/EHU"):
        assert needed in credits


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        (
            ["He", "said", ",", "``", "We", "will", "do", "it", ".", "''"],
            'He said, "We will do it."',
        ),
        (
            ["It", "cost", "US$", "30", "billion", "(", "GB", "#", "20", ")"],
            "It cost US$30 billion (GB£20)",
        ),
        (["I'", "m", "ready", "to", "don't", "n't"], "I'm ready to don'tn't"),
        (["Jobs", "'", "health", "is", "``", "fine", "''", "."], 'Jobs\' health is "fine".'),
        ([":", "Roche", ":", ":", '"', "No", ".", '"'], 'Roche: "No."'),
        (["been", "compiled", "for", "Intel", "]", "since"], "been compiled for Intel since"),
        (["the", "work", "[", "it", "has", "]", "done"], "the work [it has] done"),
    ],
)
def test_detokeniser(tokens: list[str], text: str) -> None:
    assert load_builder().detokenise(tokens, {}) == text


def test_builder_reproduces_the_bundled_samples(tmp_path: Path) -> None:
    shared = need_shared("data", "meantime_en", "meantime.conll").parents[2]
    written = load_builder().build(shared, tmp_path)
    assert len(written) == len(bundled_paths())
    for stem, _title, _wid in written:
        assert (tmp_path / f"{stem}.txt").read_bytes() == (SAMPLES / f"{stem}.txt").read_bytes()


def test_bundled_article_metadata() -> None:
    art = bundled_article(SAMPLES / "wikinews-195869-apple-free-iphone-cases.txt")
    assert art.title == "Apple to give free cases, refunds to iPhone 4 owners"
    assert art.published == "2010-07-17" and art.outlet == "Wikinews"
    assert (
        art.url
        == "https://en.wikinews.org/wiki/Apple_to_give_free_cases%2C_refunds_to_iPhone_4_owners"
    )


@pytest.mark.parametrize("path", bundled_paths(), ids=lambda p: p.stem)
def test_bundled_samples_analyse(analyze: Callable[..., Record], path: Path) -> None:
    art = bundled_article(path)
    rec = analyze(art.text, id=art.id, title=art.title, outlet=art.outlet, published=art.published)
    assert rec.text == path.read_text(encoding="utf-8")
    assert rec.document.language == "en" and rec.document.dateline is None
    assert rec.removed == []  # clean text: no residue to mark
    assert rec.attributions, "every sample reports speech"
    assert re.match(r"\d{4}-\d{2}-\d{2}$", rec.document.published or "")


def test_shared_sample_record(sample_record: Record, sample_text: str) -> None:
    rec = sample_record
    assert rec.text == sample_text
    assert rec.document.input_format == "text" and rec.document.encoding == "utf-8"
    dl = rec.document.dateline
    assert dl is not None and (dl.place, dl.time, dl.agency) == (
        "BEIRUT, LEBANON",
        "12:45 A.M.",
        None,
    )
    assert [(r.reason, rec.text[r.span[0] : r.span[1]]) for r in rec.removed] == [
        ("share-counter", "3 - 3Shares")
    ]


def test_html_article_record(analyzer: Analyzer) -> None:
    page = (
        "<html><head><title>Senate passes bill</title>"
        '<meta property="og:site_name" content="The Daily Example">'
        '<meta name="author" content="Jane Roe">'
        '<meta property="article:published_time" content="2020-03-27">'
        "</head><body><article><h1>Senate passes bill</h1>"
        "<p>WASHINGTON (AP) — The Senate passed the spending bill on Friday, two aides said, "
        "after a debate that ran late into the night.</p>"
        "<p>Photo: The Capitol at night / Getty Images</p>"
        "<p>“This is a good day,” the majority leader told reporters after the vote.</p>"
        "</article></body></html>"
    )
    rec = checked(analyzer.analyze(article_from_html(page, "senate.html", analyzer.options)))
    d = rec.document
    assert (d.input_format, d.title, d.outlet, d.published) == (
        "html",
        "Senate passes bill",
        "The Daily Example",
        "2020-03-27",
    )
    assert d.authors == ["Jane Roe"]
    assert d.dateline is not None and (d.dateline.place, d.dateline.agency) == ("WASHINGTON", "AP")
    assert [r.reason for r in rec.removed] == ["image-caption"]

"""Corpus steps at scale on Spark (MinHashLSH candidates): stories across outlets on BASIL
triplets, quote clusters across articles; no all-pairs comparison."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsprov.batch.output import record_writer
from newsprov.record import Attribution, Document, ProducedBy, Profile, Record, Source
from tests.conftest import need_shared

pytestmark = pytest.mark.spark


def _record(ident: str, text: str, title: str | None, outlet: str | None, published: str | None,
            url: str | None = None, atts: list[Attribution] | None = None,
            sources: list[Source] | None = None) -> Record:  # fmt: skip
    return Record(
        id=ident, text=text,
        document=Document(outlet=outlet, url=url, title=title, published=published),
        removed=[], sentences=[], sources=sources or [], attributions=atts or [],
        profile=Profile(), produced_by=ProducedBy("test", "none", "0", []),
    )  # fmt: skip


def _write(root: Path, records: list[Record]) -> None:
    from newsprov.batch.layout import record_row

    w = record_writer(root)
    for r in records:
        w.add(record_row(r.to_dict()))
    w.close()


def _basil(years: tuple[str, ...]) -> tuple[list[Record], dict[str, str]]:
    root = need_shared("data", "basil", "articles")
    recs, gold = [], {}
    for year in years:
        for f in sorted((root / year).glob("*.json")):
            art = json.loads(f.read_text(encoding="utf-8"))
            text = "\n".join(" ".join(p) for p in art["body-paragraphs"])
            recs.append(_record(f.stem, text, art.get("title"), art.get("source", "").lower(),
                                (art.get("date") or "")[:10] or None, art.get("url")))  # fmt: skip
            gold[f.stem] = art["triplet-uuid"]
    return recs, gold


@pytest.fixture(scope="module")
def spark():  # type: ignore[no-untyped-def]
    from newsprov.batch.spark import spark_session

    session = spark_session("local[2]", app="newsprov-test-corpus")
    yield session
    session.stop()


def test_stories_on_basil(tmp_path: Path, spark) -> None:  # type: ignore[no-untyped-def]
    from newsprov.batch.corpus import run_corpus

    recs, gold = _basil(("2010", "2011", "2012"))
    _write(tmp_path, recs)
    summary = run_corpus(str(tmp_path), spark=spark)
    assert summary.articles == len(recs)
    stories = pq.read_table(tmp_path / "stories").to_pylist()
    pred = {a: s["id"] for s in stories for a in s["articles"]}
    tp = fp = fn = 0
    for a, b in combinations(sorted(gold), 2):
        same_gold, same_pred = gold[a] == gold[b], pred[a] == pred[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.9, f"BASIL pairwise F1 {f1:.3f} (tp {tp}, fp {fp}, fn {fn})"


@pytest.mark.parametrize(
    "variant, joins",
    [
        (
            "“We will rebuild every school that was lost in the storm, and we will do it this year.”",
            True,
        ),
        ("“We will rebuild every school that was lost in the storm . . . this year.”", True),
        (
            "“we will rebuild every school that was lost in the storm, and we'll do it this year”",
            True,
        ),
        (
            "“We will never rebuild schools in this district while I am in office, not this year.”",
            False,
        ),
        ("“The budget vote has been postponed until the committee finishes its review.”", False),
        # an excerpt of the same statement sharing eight words (less than half of either)
        (
            "“Nobody here walks away from a neighbour, so crews rebuild every school that was"
            " lost in the storm by next spring, whatever it costs.”",
            True,
        ),
        (
            "“Nobody here walks away from a neighbour, so crews rebuild every school that was"
            " lost by next spring, whatever it costs.”",
            False,
        ),
    ],
)
def test_quote_clusters(tmp_path: Path, spark, variant: str, joins: bool) -> None:  # type: ignore[no-untyped-def]
    from newsprov.batch.corpus import run_corpus

    original = (
        "“We will rebuild every school that was lost in the storm, and we will do it this year.”"
    )
    recs = []
    for i, (quote, day) in enumerate([(original, "2020-03-01"), (variant, "2020-03-02")]):
        text = f"{quote} Governor Ann Lee said on Monday."
        src = Source(
            id="s1", name="Ann Lee", kind="person", mentions=[(len(quote) + 10, len(quote) + 17)]
        )
        att = Attribution(id="a1", source="s1", source_spans=[src.mentions[0]],
                          cue_spans=[(len(quote) + 18, len(quote) + 22)],
                          content_spans=[(0, len(quote))], form="direct")  # fmt: skip
        recs.append(
            _record(f"art{i}", text, f"Storm {i}", f"outlet{i}", day, atts=[att], sources=[src])
        )
    _write(tmp_path, recs)
    run_corpus(str(tmp_path), spark=spark)
    quotes = pq.read_table(tmp_path / "quotes").to_pylist()
    if joins:
        assert len(quotes) == 1
        q = quotes[0]
        assert q["first_publisher"]["article"] == "art0" and q["outlets"] == ["outlet0", "outlet1"]
        assert q["speaker"] == "Ann Lee" and len(q["appearances"]) == 2
    else:
        assert len(quotes) == 2


def test_average_link_keeps_two_stories_apart_over_one_shared_pair() -> None:
    from newsprov.batch.corpus import average_link

    # two triplets, each tight, and one verified pair across them (what single link chained)
    pairs = [(f"{g}{a}", f"{g}{b}", 0.6) for g in "xy" for a, b in ((1, 2), (1, 3), (2, 3))]
    pairs.append(("x1", "y1", 0.3))
    groups = average_link(pairs, 0.18)
    assert {groups[f"x{i}"] for i in (1, 2, 3)} == {"x1"}
    assert {groups[f"y{i}"] for i in (1, 2, 3)} == {"y1"}
    # enough strong pairs across them, and they are one story
    pairs += [(f"x{i}", f"y{j}", 0.5) for i in (1, 2, 3) for j in (1, 2, 3) if (i, j) != (1, 1)]
    assert set(average_link(pairs, 0.18).values()) == {"x1"}


def test_undated_and_far_apart_articles(tmp_path: Path, spark) -> None:  # type: ignore[no-untyped-def]
    from newsprov.batch.corpus import run_corpus

    body = (
        "A magnitude 6.8 earthquake struck Qalandia province early on Tuesday, killing 212 "
        "people and leaving thousands homeless, Governor Rashid Amiri said. Rescue teams from "
        "Tabriz and Maragheh searched collapsed buildings in Qalandia and nearby Sardasht."
    )
    other = (
        "The city council of Portsmouth approved a new harbour budget of 45 million pounds on "
        "Thursday after a long debate about ferry fees, councillor Jane Whitfield said."
    )
    title = "Earthquake kills 212 in Qalandia"
    council = _record("council", other, "Harbour budget approved", "outlet-a", "2021-05-04")
    runs = {
        # an undated report meets the dated one (no window applies to it)
        "undated": [_record("quake-b", body.replace("early on Tuesday", "on Tuesday morning"),
                            "Qalandia earthquake: 212 dead", "outlet-b", None)],
        # the same text five months later is another story (outside the 7-day window)
        "later": [_record("quake-c", body, title, "outlet-c", "2021-09-30")],
    }  # fmt: skip
    found = {}
    for name, extra in runs.items():
        root = tmp_path / name
        _write(root, [_record("quake-a", body, title, "outlet-a", "2021-05-04"), council, *extra])
        run_corpus(str(root), spark=spark)
        found[name] = {tuple(s["articles"]) for s in pq.read_table(root / "stories").to_pylist()}
    assert found["undated"] == {("quake-a", "quake-b"), ("council",)}
    assert found["later"] == {("quake-a",), ("quake-c",), ("council",)}

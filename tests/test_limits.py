"""Per-article limits (``time_limit``, ``max_bytes``): one article over a limit is refused with a
reason naming the setting, and the batch around it goes on, in every way a batch is run:
the Python stream, ``newsprov analyze``, ``newsprov ingest`` and ``newsprov batch``.

The time limit is checked after the parse and between the chunks of a long text (a text over
``chunk_chars`` is parsed alone, chunk by chunk), so these tests use small chunks and a long
article of a few chunks: the limit is hit after the first one, without parsing the rest.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprov.analysis import Analyzer
from newsprov.analysis.pipeline import Outcome
from newsprov.cli import main
from newsprov.errors import LimitError
from newsprov.ingest import Article
from newsprov.options import Options
from newsprov.record import validate

CHUNK = 4_000
PARAGRAPH = (
    "The minister said on Monday that the talks would resume next week. "
    "Officials told reporters the plan had been approved by the cabinet.\n"
)


def short(i: int) -> str:
    return (
        f"LONDON — Mayor number {i} said on Tuesday that the bridge would reopen in {i + 2} weeks. "
        f"“We are on schedule,” the engineer in charge of site {i} told the Gazette.\n"
    )


def long_text(chars: int = 5 * CHUNK) -> str:
    return PARAGRAPH * (chars // len(PARAGRAPH) + 1)


def fast(**kw: object) -> Options:
    return Options(progress=False, chunk_chars=CHUNK).with_(**kw)


@pytest.fixture(scope="module")
def nlp(analyzer: Analyzer) -> object:
    return analyzer.nlp


def stream(nlp: object, options: Options, texts: list[str]) -> list[Outcome]:
    an = Analyzer(options, nlp=nlp)  # type: ignore[arg-type]
    arts = [Article(text=t, id=f"a{i}", origin=f"in{i}") for i, t in enumerate(texts)]
    return list(an.analyze_stream(arts))


# -- the Python stream: a table of limits, texts and what becomes of them -------------------
@pytest.mark.parametrize(
    ("time_limit", "texts", "failed"),
    [
        # a long article over a tiny limit fails; the short ones around it are analysed
        (0.001, ["short", "long", "short"], [1]),
        # two long ones fail independently; the batch order is kept
        (0.001, ["long", "short", "long"], [0, 2]),
        # 0 means no limit: the long article is analysed whole
        (0, ["short", "long"], []),
        # a generous limit is not hit
        (60, ["long", "short"], []),
        # short articles are parsed in one batch: the time limit is not checked per article
        # there (their cost is bounded by chunk_chars)
        (0.001, ["short", "short", "short"], []),
    ],
)
def test_time_limit_in_a_stream(
    nlp: object, time_limit: float, texts: list[str], failed: list[int]
) -> None:
    made = [short(i) if t == "short" else long_text() for i, t in enumerate(texts)]
    outs = stream(nlp, fast(time_limit=time_limit), made)
    assert [o.origin for o in outs] == [f"in{i}" for i in range(len(texts))]
    assert [i for i, o in enumerate(outs) if not o.ok] == failed
    for i, o in enumerate(outs):
        if o.ok:
            assert o.record is not None
            validate(o.record.to_dict())
            assert o.record.text == made[i]
        else:
            assert isinstance(o.error, LimitError)
            msg = str(o.error)
            assert msg.startswith(f"in{i}: "), msg
            assert f"{time_limit:g}-second limit (time_limit)" in msg


def test_time_limit_stops_early(nlp: object) -> None:
    """The limit is hit after the first chunk: the rest of a huge text is never parsed."""
    import time

    huge = long_text(60 * CHUNK)
    started = time.monotonic()
    whole = stream(nlp, fast(time_limit=0.001), [huge])
    took = time.monotonic() - started
    assert not whole[0].ok
    reference = time.monotonic()
    stream(nlp, fast(time_limit=0), [long_text(6 * CHUNK)])
    six_chunks = time.monotonic() - reference
    assert took < six_chunks, (took, six_chunks)


# -- the command line: analyze, ingest, batch -------------------------------------------------
@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(short(1), encoding="utf-8")
    (d / "b-long.txt").write_text(long_text(), encoding="utf-8")
    (d / "c.txt").write_text(short(3), encoding="utf-8")
    return d


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("TIME_LIMIT", "MAX_BYTES", "DB", "DEBUG"):
        monkeypatch.delenv(f"NEWSPROV_{name}", raising=False)
    monkeypatch.setenv("NEWSPROV_PROGRESS", "0")
    monkeypatch.setenv("NEWSPROV_CHUNK_CHARS", str(CHUNK))
    return monkeypatch


LIMITS = [
    pytest.param({"NEWSPROV_TIME_LIMIT": "0.001"}, "0.001-second limit (time_limit)", id="time"),
    pytest.param({"NEWSPROV_MAX_BYTES": "2000"}, "2,000-byte limit (--max-bytes", id="bytes"),
]


@pytest.mark.parametrize(("limit", "reason"), LIMITS)
def test_analyze_reports_the_limit_and_goes_on(
    inputs: Path,
    env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    limit: dict[str, str],
    reason: str,
) -> None:
    for k, v in limit.items():
        env.setenv(k, v)
    code = main(["analyze", str(inputs), "--format", "jsonl"])
    out, err = capsys.readouterr()
    assert code == 1  # some failed, some analysed
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["text"] for r in records] == [short(1), short(3)]
    for r in records:
        validate(r)
    errors = [line for line in err.splitlines() if line.startswith("newsprov: error:")]
    assert len(errors) == 1, err
    assert errors[0].startswith(f"newsprov: error: {inputs / 'b-long.txt'}: "), errors
    assert reason in errors[0]
    assert "<text>" not in errors[0]
    assert "newsprov: 2 analysed, 1 failed" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(("limit", "reason"), LIMITS)
def test_ingest_reports_the_limit_and_stores_the_rest(
    inputs: Path,
    tmp_path: Path,
    env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    limit: dict[str, str],
    reason: str,
) -> None:
    from newsprov.store import open_store

    for k, v in limit.items():
        env.setenv(k, v)
    db = str(tmp_path / "store.db")
    code = main(["ingest", str(inputs), "--db", db])
    _, err = capsys.readouterr()
    assert code == 1
    skipped = [line for line in err.splitlines() if line.startswith("newsprov: skipped:")]
    assert len(skipped) == 1 and str(inputs / "b-long.txt") in skipped[0], err
    assert reason in skipped[0]
    assert "2 added, 0 unchanged, 1 failed; the store now holds 2 article(s)" in err
    with open_store(db, Options(progress=False)) as st:
        texts = sorted(st.get_record(row["id"]).text for row in st.articles(limit=10))
    assert texts == sorted([short(1), short(3)])


@pytest.mark.parametrize(("limit", "reason"), LIMITS)
def test_batch_records_the_limit_in_errors(
    tmp_path: Path,
    env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    limit: dict[str, str],
    reason: str,
) -> None:
    from newsprov.batch.output import read_errors, read_records

    for k, v in limit.items():
        env.setenv(k, v)
    src = tmp_path / "articles.jsonl"
    rows = [
        {"id": "one", "text": short(1)},
        {"id": "big", "text": long_text()},
        {"id": "three", "text": short(3)},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(src), str(out)]) == 0
    _, err = capsys.readouterr()
    assert "2 record(s), 1 error(s)" in err
    assert sorted(r["id"] for r in read_records(str(out))) == ["one", "three"]
    errors = read_errors(str(out))
    assert len(errors) == 1
    assert errors[0]["id"] == "big" and errors[0]["input"] == f"{src}:2"
    assert reason in errors[0]["reason"]

"""On every PolNeAR train and dev text the record validates and its ``text`` equals the file
read with ``newline=''`` (issue 2). Texts come from ../shared, analysed in ``nlp.pipe`` batches."""

from __future__ import annotations

import pytest

from newsprov.analysis import Analyzer
from newsprov.eval.polnear import read_text
from newsprov.ingest import article_from_text
from newsprov.record import schema_errors
from tests.conftest import need_shared
from tests.test_eval_gate import dev_records

pytestmark = pytest.mark.slow  # about 3.5 CPU-minutes; still part of `make test`


def test_polnear_dev_records(analyzer: Analyzer) -> None:
    _root, gold, records = dev_records(analyzer)  # shared with the accuracy gate
    assert len(records) == len(list((gold[0].text_path.parent).glob("*.txt"))) == 84
    for g, rec in zip(gold, records, strict=True):
        assert rec.text == g.text, g.name
        assert rec.id == g.name
        assert not schema_errors(rec.to_dict()), g.name


def test_polnear_train_records(analyzer: Analyzer) -> None:
    tdir = need_shared("data", "polnear", "data", "train", "text")
    paths = sorted(tdir.glob("*.txt"))
    assert len(paths) == 840
    texts = {p.stem: read_text(p) for p in paths}
    items = [article_from_text(texts[p.stem], str(p), analyzer.options, id=p.stem) for p in paths]
    problems: list[str] = []
    seen = 0
    for p, outcome in zip(paths, analyzer.analyze_stream(items, progress=False), strict=True):
        seen += 1
        if outcome.record is None:
            problems.append(f"{p.name}: {outcome.error}")
            continue
        rec = outcome.record
        if rec.text != texts[p.stem]:
            problems.append(f"{p.name}: record text differs from the file")
        problems.extend(f"{p.name}: {e}" for e in schema_errors(rec.to_dict())[:3])
    assert seen == len(paths)
    assert not problems, "\n".join(problems[:20])

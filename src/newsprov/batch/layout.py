"""The Parquet layout of batch output: nested columns following the version-1 record.

One neutral description (``RECORD_FIELDS``) generates both the Arrow schema (local engine) and
the Spark schema (Spark engine), so both write the same columns.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

# A tiny type language: "str", "int", "float", "span", ["list", T], {"field": T, ...}, ["map", T].
SPAN = "span"
_DATELINE = {"place": "str", "time": "str", "agency": "str", "span": SPAN}
_DOCUMENT = {
    "outlet": "str",
    "url": "str",
    "title": "str",
    "authors": ["list", "str"],
    "published": "str",
    "language": "str",
    "dateline": _DATELINE,
    "input_format": "str",
    "encoding": "str",
}
RECORD_FIELDS: dict[str, Any] = {
    "schema_version": "str",
    "id": "str",
    "text": "str",
    "document": _DOCUMENT,
    "removed": ["list", {"span": SPAN, "reason": "str"}],
    "sentences": [
        "list",
        {"span": SPAN, "voice": "str", "attributions": ["list", "str"], "cues": ["list", SPAN]},
    ],
    "sources": [
        "list",
        {"id": "str", "name": "str", "kind": "str", "title": "str", "mentions": ["list", SPAN]},
    ],
    "attributions": [
        "list",
        {
            "id": "str",
            "source": "str",
            "source_spans": ["list", SPAN],
            "cue_spans": ["list", SPAN],
            "content_spans": ["list", SPAN],
            "form": "str",
            "parent": "str",
            "recipient": "str",
            "chain": ["list", "str"],
            "evidence": "str",
        },
    ],
    "profile": {
        "attributed_share": "float",
        "outlet_evaluative_sentences": "int",
        "sources_by_kind": ["map", "int"],
        "named_share": "float",
        "anonymous_share": "float",
        "second_hand": ["list", {"outlet": "str", "source": "str", "attributions": "int"}],
        "first_hand_sources": ["list", "str"],
        "unsourced_figures": ["list", SPAN],
    },
    "produced_by": {
        "newsprov": "str",
        "model": "str",
        "model_version": "str",
        "components": ["list", "str"],
    },
    "warnings": ["list", "str"],
}

ERROR_FIELDS: dict[str, Any] = {"input": "str", "id": "str", "reason": "str"}


def _arrow(t: Any) -> pa.DataType:
    if t == "str":
        return pa.string()
    if t == "int":
        return pa.int64()
    if t == "float":
        return pa.float64()
    if t == SPAN:
        return pa.list_(pa.int64())
    if isinstance(t, dict):
        return pa.struct([pa.field(k, _arrow(v)) for k, v in t.items()])
    if t[0] == "list":
        return pa.list_(_arrow(t[1]))
    if t[0] == "map":
        return pa.map_(pa.string(), _arrow(t[1]))
    raise ValueError(t)


def arrow_schema(fields: dict[str, Any]) -> pa.Schema:
    return pa.schema([pa.field(k, _arrow(v)) for k, v in fields.items()])


def spark_schema(fields: dict[str, Any]) -> Any:
    from pyspark.sql import types as T

    def conv(t: Any) -> Any:
        if t == "str":
            return T.StringType()
        if t == "int":
            return T.LongType()
        if t == "float":
            return T.DoubleType()
        if t == SPAN:
            return T.ArrayType(T.LongType())
        if isinstance(t, dict):
            return T.StructType([T.StructField(k, conv(v), True) for k, v in t.items()])
        if t[0] == "list":
            return T.ArrayType(conv(t[1]))
        if t[0] == "map":
            return T.MapType(T.StringType(), conv(t[1]))
        raise ValueError(t)

    return T.StructType([T.StructField(k, conv(v), True) for k, v in fields.items()])


def conform(value: Any, t: Any) -> Any:
    """Shape a record dict to the layout: unknown fields dropped, missing ones null/empty."""
    if isinstance(t, dict):
        if value is None:
            return None
        return {k: conform(value.get(k), v) for k, v in t.items()}
    if t == SPAN:
        return None if value is None else [int(value[0]), int(value[1])]
    if isinstance(t, list):
        if t[0] == "list":
            return [conform(v, t[1]) for v in (value or [])]
        if t[0] == "map":
            return {str(k): conform(v, t[1]) for k, v in (value or {}).items()}
    if value is None:
        return None
    if t == "int":
        return int(value)
    if t == "float":
        return float(value)
    return str(value)


def record_row(record: dict[str, Any]) -> dict[str, Any]:
    return {k: conform(record.get(k), v) for k, v in RECORD_FIELDS.items()}


#: The columns a record cannot be read back without (``Record.from_dict`` needs each).
NEEDED_COLUMNS = (
    "id",
    "text",
    "document",
    "removed",
    "sentences",
    "sources",
    "attributions",
    "produced_by",
)


def row_record(row: dict[str, Any]) -> dict[str, Any]:
    """A layout row back to a record dict (maps come back from Arrow as key/value pairs)."""
    rec = dict(row)
    prof = dict(rec.get("profile") or {})
    sbk = prof.get("sources_by_kind")
    if isinstance(sbk, list):
        prof["sources_by_kind"] = dict(sbk)
    rec["profile"] = prof
    return rec

"""The analysis record, version 1: typed objects, (de)serialisation and schema validation.

Everything downstream (store, corpus, serve, batch, eval) reads and writes this record.
The contract is ``shared/spec/analysis-v1.md``; the JSON Schema ships as
``newsprov/schema/analysis-v1.schema.json`` and :func:`validate` checks a dict against it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

SCHEMA_VERSION = "1"

Span = tuple[int, int]

VOICES = ("attributed", "outlet-factual", "outlet-evaluative", "other")
SOURCE_KINDS = ("person", "organization", "outlet", "document", "anonymous", "group", "unknown")
FORMS = ("direct", "mixed", "indirect", "according-to")
REMOVED_REASONS = (
    "share-counter",
    "related-links",
    "newsletter",
    "byline-block",
    "image-caption",
    "other",
)

Voice = Literal["attributed", "outlet-factual", "outlet-evaluative", "other"]
SourceKind = Literal[
    "person", "organization", "outlet", "document", "anonymous", "group", "unknown"
]
Form = Literal["direct", "mixed", "indirect", "according-to"]


@dataclass
class Dateline:
    place: str | None
    time: str | None
    span: Span
    agency: str | None = None


@dataclass
class Document:
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    language: str | None = None
    dateline: Dateline | None = None
    input_format: str | None = None  # "text", "html", "jsonl"
    encoding: str | None = None  # how the input bytes were decoded, when known


@dataclass
class Removed:
    span: Span
    reason: str


@dataclass
class Sentence:
    span: Span
    voice: str
    attributions: list[str] = field(default_factory=list)
    cues: list[Span] = field(default_factory=list)  # words that made it evaluative


@dataclass
class Source:
    id: str
    name: str
    kind: str
    title: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Attribution:
    id: str
    source: str | None
    source_spans: list[Span]
    cue_spans: list[Span]
    content_spans: list[Span]
    form: str
    parent: str | None = None
    recipient: str | None = None
    chain: list[str] = field(default_factory=list)
    evidence: str = ""


@dataclass
class SecondHand:
    outlet: str  # the outlet's canonical name
    source: str  # its source id in this record
    attributions: int


@dataclass
class Profile:
    attributed_share: float = 0.0
    outlet_evaluative_sentences: int = 0
    sources_by_kind: dict[str, int] = field(default_factory=dict)
    named_share: float = 0.0
    anonymous_share: float = 0.0
    second_hand: list[SecondHand] = field(default_factory=list)
    first_hand_sources: list[str] = field(default_factory=list)
    unsourced_figures: list[Span] = field(default_factory=list)


@dataclass
class ProducedBy:
    newsprov: str
    model: str
    model_version: str
    components: list[str] = field(default_factory=list)


@dataclass
class Record:
    id: str
    text: str
    document: Document
    removed: list[Removed]
    sentences: list[Sentence]
    sources: list[Source]
    attributions: list[Attribution]
    profile: Profile
    produced_by: ProducedBy
    warnings: list[str] = field(default_factory=list)
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready data, spans as ``[start, end]`` lists."""
        d = _jsonable(asdict(self))
        # Keep schema_version first for readers of raw JSON.
        return {"schema_version": d.pop("schema_version"), **d}

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        """The record ``d`` holds (as :meth:`to_dict` gives it). A field this version does not
        know is left out (the spec lets fields be added); a missing or malformed one is a
        :class:`newsprov.errors.RecordError` naming it (it was a bare ``KeyError``): every
        top-level field but ``warnings``, with ``schema_version`` ``"1"`` (a record of another
        version, or of none, was read as this one), and each source's ``id``, ``name``,
        ``kind``, attribution's ``id`` and ``form``, sentence's and removed part's ``span``
        and ``voice`` or ``reason``. The other fields inside take their empty values when
        missing (:func:`validate` asks for all the schema does); a missing ``profile`` was
        read as an article of no sourcing."""
        from newsprov.errors import RecordError

        try:
            return cls._from_dict(d)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as e:
            what = f"missing field {e}" if isinstance(e, KeyError) else f"{type(e).__name__}: {e}"
            name = d.get("id", "?") if isinstance(d, dict) else "?"
            raise RecordError(f"record {name!r} is not a version-1 record ({what})") from None

    @classmethod
    def _from_dict(cls, d: dict[str, Any]) -> Record:
        if d["schema_version"] != SCHEMA_VERSION:
            raise ValueError(f"schema_version {d['schema_version']!r} is not {SCHEMA_VERSION!r}")
        doc = _known(Document, d["document"])
        dl = doc.get("dateline")
        doc["dateline"] = (
            Dateline(
                place=dl.get("place"),
                time=dl.get("time"),
                span=_span(dl["span"]),
                agency=dl.get("agency"),
            )
            if dl
            else None
        )
        prof = _known(Profile, d["profile"])
        prof["second_hand"] = [
            SecondHand(**_known(SecondHand, s)) for s in prof.get("second_hand", [])
        ]
        prof["unsourced_figures"] = [_span(s) for s in prof.get("unsourced_figures", [])]
        pb = _known(ProducedBy, d["produced_by"])
        return cls(
            schema_version=SCHEMA_VERSION,
            id=d["id"],
            text=d["text"],
            document=Document(**doc),
            removed=[Removed(span=_span(r["span"]), reason=r["reason"]) for r in d["removed"]],
            sentences=[
                Sentence(
                    span=_span(s["span"]),
                    voice=s["voice"],
                    attributions=list(s.get("attributions", [])),
                    cues=[_span(c) for c in s.get("cues", [])],
                )
                for s in d["sentences"]
            ],
            sources=[
                Source(
                    id=s["id"],
                    name=s["name"],
                    kind=s["kind"],
                    title=s.get("title"),
                    mentions=[_span(m) for m in s.get("mentions", [])],
                )
                for s in d["sources"]
            ],
            attributions=[
                Attribution(
                    id=a["id"],
                    source=a.get("source"),
                    source_spans=[_span(x) for x in a.get("source_spans", [])],
                    cue_spans=[_span(x) for x in a.get("cue_spans", [])],
                    content_spans=[_span(x) for x in a.get("content_spans", [])],
                    form=a["form"],
                    parent=a.get("parent"),
                    recipient=a.get("recipient"),
                    chain=list(a.get("chain", [])),
                    evidence=a.get("evidence", ""),
                )
                for a in d["attributions"]
            ],
            profile=Profile(**prof),
            produced_by=ProducedBy(**pb),
            warnings=list(d.get("warnings", [])),
        )

    # Convenience lookups used by views and tests.
    def source_by_id(self, sid: str | None) -> Source | None:
        if sid is None:
            return None
        for s in self.sources:
            if s.id == sid:
                return s
        return None

    def span_text(self, spans: list[Span]) -> str:
        return " … ".join(self.text[a:b] for a, b in spans)


#: The record field each part is read from, for messages.
_FIELD_OF: dict[type, str] = {
    Document: "document",
    Profile: "profile",
    SecondHand: "profile.second_hand item",
    ProducedBy: "produced_by",
}


def _known(kind: type, values: dict[str, Any]) -> dict[str, Any]:
    """The items of ``values`` that are fields of the dataclass ``kind``; a ``values`` that is
    no object is a TypeError naming the field (``dict("x")`` said "dictionary update sequence
    element #0 has length 1")."""
    if not isinstance(values, dict):
        from newsprov.wording import OBJECT, must_be

        raise TypeError(must_be(OBJECT, values, _FIELD_OF.get(kind, kind.__name__)))
    names = {f.name for f in fields(kind)}
    return {k: v for k, v in dict(values).items() if k in names}


def _span(x: Any) -> Span:
    return (int(x[0]), int(x[1]))


def _jsonable(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _jsonable(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [_jsonable(v) for v in x]
    return x


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON Schema of the version-1 record, as shipped in the package."""
    path = resources.files("newsprov") / "schema" / "analysis-v1.schema.json"
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema

    return jsonschema.Draft202012Validator(schema())


def schema_errors(d: dict[str, Any]) -> list[str]:
    """Every schema violation of ``d`` plus the checks a schema cannot express: spans inside
    the text, ids unique, every id a field names (a source, attribution, parent, chain,
    sentence or profile entry) present in the record, and ``published`` a calendar date."""
    errs = [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in _validator().iter_errors(d)
    ]
    if errs:
        return errs
    return _span_errors(d) + _reference_errors(d) + _date_errors(d)


def _date_errors(d: dict[str, Any]) -> list[str]:
    """``document.published`` names a real calendar date (the schema checks only its shape)."""
    from datetime import date

    published = d["document"]["published"]
    if published is None:
        return []
    try:
        date.fromisoformat(published[:10])
    except ValueError:
        return [f"document/published: {published!r} is not a calendar date"]
    return []


def _span_errors(d: dict[str, Any]) -> list[str]:
    n = len(d["text"])
    errs: list[str] = []

    def check(spans: list[list[int]], where: str) -> None:
        for a, b in spans:
            if not (0 <= a <= b <= n):
                errs.append(f"{where}: span [{a}, {b}] outside text of length {n}")

    for i, r in enumerate(d["removed"]):
        check([r["span"]], f"removed/{i}")
    for i, s in enumerate(d["sentences"]):
        check([s["span"]], f"sentences/{i}")
        check(s.get("cues", []), f"sentences/{i}/cues")
    for s in d["sources"]:
        check(s["mentions"], f"sources/{s['id']}")
    for a in d["attributions"]:
        for role in ("source_spans", "cue_spans", "content_spans"):
            check(a[role], f"attributions/{a['id']}/{role}")
    check(d["profile"].get("unsourced_figures", []), "profile/unsourced_figures")
    if d["document"].get("dateline"):
        check([d["document"]["dateline"]["span"]], "document/dateline")
    return errs


def _reference_errors(d: dict[str, Any]) -> list[str]:
    errs: list[str] = []
    ids = {s["id"] for s in d["sources"]}
    aids = {a["id"] for a in d["attributions"]}
    for what, items, unique in (
        ("source", d["sources"], ids),
        ("attribution", d["attributions"], aids),
    ):
        if len(unique) < len(items):
            counts = Counter(x["id"] for x in items)
            twice = sorted(k for k, c in counts.items() if c > 1)
            errs.append(f"{what}s: duplicate id(s) {', '.join(twice)}")
    parents: dict[str, str | None] = {}
    for a in d["attributions"]:
        if a["source"] is not None and a["source"] not in ids:
            errs.append(f"attributions/{a['id']}: unknown source {a['source']}")
        if a.get("recipient") is not None and a["recipient"] not in ids:
            errs.append(f"attributions/{a['id']}: unknown recipient {a['recipient']}")
        if a.get("parent") is not None and a["parent"] not in aids:
            errs.append(f"attributions/{a['id']}: unknown parent {a['parent']}")
        for sid in a.get("chain", []):
            if sid not in ids:
                errs.append(f"attributions/{a['id']}: chain names unknown source {sid}")
        parents[a["id"]] = a.get("parent")
    for start in parents:
        seen_ids = set()
        cur: str | None = start
        while cur is not None:
            if cur in seen_ids:
                errs.append(f"attributions/{start}: parent links form a cycle")
                break
            seen_ids.add(cur)
            cur = parents.get(cur)
    for i, s in enumerate(d["sentences"]):
        for aid in s["attributions"]:
            if aid not in aids:
                errs.append(f"sentences/{i}: unknown attribution {aid}")
    profile = d["profile"]
    for sid in profile["first_hand_sources"]:
        if sid not in ids:
            errs.append(f"profile/first_hand_sources: unknown source {sid}")
    for i, h in enumerate(profile["second_hand"]):
        if h["source"] not in ids:
            errs.append(f"profile/second_hand/{i}: unknown source {h['source']}")
    return errs


def validate(d: dict[str, Any]) -> None:
    """Raise :class:`newsprov.errors.RecordError` when ``d`` is not a valid version-1 record."""
    from newsprov.errors import RecordError

    errs = schema_errors(d)
    if errs:
        raise RecordError(f"record {d.get('id', '?')!r} is not valid: " + "; ".join(errs[:5]))

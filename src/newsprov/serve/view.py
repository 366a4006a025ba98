"""Turns a record into what the article page draws: escaped-later text segments with their
marks (attribution roles, evaluative wording, residue), chains as names, sources by kind and
the profile as bar-chart geometry; and how the pages and the API name an article
(:func:`article_name`) and a directory entry (:func:`source_name`, :func:`source_namer`).

Nothing here builds HTML: the templates escape every segment's text (autoescape), so article
content can never become markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from newsprov.record import SOURCE_KINDS, Attribution, Record, Source

ROLE_ORDER = ("src", "cue", "cnt")  # a segment shows the first role that covers it
ROLE_NAMES = {"src": "source", "cue": "cue", "cnt": "content"}


@dataclass
class Segment:
    """A stretch of text with the same marks; ``text`` is raw and escaped by the template."""

    text: str
    classes: list[str] = field(default_factory=list)
    atts: list[str] = field(default_factory=list)  # attribution ids, innermost first
    title: str = ""


@dataclass
class ChainLink:
    name: str
    kind: str


@dataclass
class AttView:
    id: str
    form: str
    evidence: str
    source: str
    source_kind: str
    cue: str
    content: str
    chain: list[ChainLink]
    depth: int
    parent: str | None
    recipient: str | None


@dataclass
class Bar:
    label: str
    value: float  # 0..1 share of the bar's full width
    text: str  # the figure printed beside the bar


@dataclass
class ArticleView:
    segments: list[Segment]
    attributions: list[AttView]
    sources_by_kind: list[tuple[str, list[dict[str, object]]]]
    share_bars: list[Bar]
    kind_bars: list[Bar]
    voice_bars: list[Bar]
    outlet: str
    link: str | None
    counts: dict[str, int]


#: An id the store made from the text's hash (``sha256:...``): it names nothing for a reader.
HASH_ID = re.compile(r"^sha256:[0-9a-f]+$")
#: Words of the text that stand for an untitled article with no readable id: enough to
#: tell the demo's and the test stores' articles apart, short enough for a list's row.
LEAD_WORDS = 8


@dataclass(frozen=True)
class ArticleName:
    """How a page names an article: its ``title``; else its ``id`` when a person chose it
    (a file name such as ``almasdar-2020-03-pentagon-iraq-escalation``); else the first
    words of its ``opening`` text. ``lang`` is the language of ``text`` for the ``lang``
    attribute (the article's, ``""`` when unknown) or None for an id, which is no article
    text. The templates mark the last two as no title (muted, "(no title)")."""

    text: str
    kind: str  # "title", "id" or "opening"
    lang: str | None

    @property
    def untitled(self) -> bool:
        return self.kind != "title"

    def __str__(self) -> str:
        return self.text if self.kind == "title" else f"{self.text} (no title)"


def article_name(
    title: str | None,
    article_id: str | None,
    opening: str | None = None,
    language: str | None = None,
) -> ArticleName:
    """The one way every page names an article (see :class:`ArticleName`)."""
    lang = language or ""
    if title and title.strip():
        return ArticleName(" ".join(title.split()), "title", lang)
    if article_id and not HASH_ID.match(article_id):
        return ArticleName(article_id, "id", None)
    words = (opening or "").split()
    if words:
        more = "…" if len(words) > LEAD_WORDS else ""
        return ArticleName(" ".join(words[:LEAD_WORDS]) + more, "opening", lang)
    return ArticleName(article_id or "article", "id", None)


def names_from(heads: dict[str, dict[str, Any]]) -> Any:
    """``name(article_id, title=None)``: :func:`article_name` for a stored article from its
    :meth:`~newsprov.store.store.Store.article_heads` entry (``title`` when the caller has
    one of its own, a story's). Unknown ids are named by themselves."""

    def name(article_id: str, title: str | None = None) -> ArticleName:
        head = heads.get(article_id) or {}
        return article_name(
            title if title is not None else head.get("title"),
            article_id,
            head.get("opening"),
            head.get("language"),
        )

    return name


#: Characters of a directory id (``src-`` and 12 hex digits) that tell namesakes apart when
#: neither their kind, their outlet nor their article does: its last six (16.7 million values).
ID_TAIL = 6
#: Characters of an article's name said after "in" (a whole headline made the row wrap).
APART_ARTICLE = 60


@dataclass(frozen=True)
class SourceName:
    """How a page names a directory entry: its ``name``, and ``apart``, what tells it from
    the other entries of the same name, empty when no other bears it (two "Air Force"
    groups, each kept to its article, were two identical rows and two pages titled "Source:
    Air Force"). ``apart`` is said after the name, in brackets."""

    name: str
    apart: str = ""

    def __str__(self) -> str:
        return f"{self.name} ({self.apart})" if self.apart else self.name


def source_name(
    src: Mapping[str, Any],
    namesakes: Sequence[Mapping[str, Any]] | None = None,
    name_of: Callable[[str], ArticleName] | None = None,
) -> SourceName:
    """The one way every page names a source (see :class:`SourceName`). ``src`` has ``id``,
    ``name`` and ``kind``; ``namesakes`` are the entries of its name with the outlet and the
    article each appears in alone (:meth:`~newsprov.store.store.Store.namesakes`; ``src``
    may be among them); ``name_of`` names an article.

    What tells them apart, in this order, as much as it takes: the kind when another
    namesake has another kind; then, against the namesakes of its kind, the one outlet it
    appears in ("in Daily"), else its one article ("in “Pentagon weighs ...”"), else the end
    of its id ("#3f2a1c"), which every entry has its own."""
    name = str(src.get("name") or "")
    sid, kind = str(src.get("id") or ""), str(src.get("kind") or "")
    own = next((n for n in namesakes or () if n.get("id") == sid), src)
    others = [n for n in namesakes or () if n.get("id") != sid]
    if not others:
        return SourceName(name)
    parts = [kind] if any(n.get("kind") != kind for n in others) else []
    same = [n for n in others if n.get("kind") == kind]
    if same:

        def article(n: Mapping[str, Any]) -> str | None:
            aid = n.get("article")
            if not aid:
                return None
            title = name_of(str(aid)).text if name_of else str(aid)
            if len(title) > APART_ARTICLE:
                title = title[: APART_ARTICLE - 1].rstrip() + "…"
            return f"in “{title}”"

        # the words shown, not the ids, must differ: two articles may bear one title
        for said in (lambda n: f"in {n['outlet']}" if n.get("outlet") else None, article):
            mine = said(own)
            if mine and all(said(n) != mine for n in same):
                parts.append(mine)
                break
        else:
            parts.append("#" + sid[-ID_TAIL:])
    return SourceName(name, ", ".join(parts))


def source_namer(
    store: Any, sources: Iterable[Mapping[str, Any]]
) -> Callable[[Mapping[str, Any]], SourceName]:
    """``name(src)``: :func:`source_name` for any of the directory entries ``sources`` (each
    with ``id``, ``name`` and ``kind``), the one way the pages and the API say what tells
    namesakes apart. It reads ``store`` once for their namesakes
    (:meth:`~newsprov.store.store.Store.namesakes`) and, only when some namesake is kept to
    one article, once for the names of those articles
    (:meth:`~newsprov.store.store.Store.article_heads`): two calls at most, however many
    entries a response lists."""
    namesakes = store.namesakes(str(x.get("id") or "") for x in sources)
    articles = {n["article"] for group in namesakes.values() for n in group if n["article"]}
    name_of = names_from(store.article_heads(articles)) if articles else None
    return lambda src: source_name(src, namesakes.get(str(src.get("id"))), name_of)


def langs_from(heads: dict[str, dict[str, Any]]) -> Any:
    """``lang(article_id)``: the ``lang`` attribute of a stored article's text (``""`` when
    its language is unknown or the article is not stored)."""
    return lambda article_id: (heads.get(article_id) or {}).get("language") or ""


def safe_link(url: str | None) -> str | None:
    """``url`` when it is a plain http(s) address, else None (no ``javascript:``, ``data:``...)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url.strip()
    return None


def _depths(rec: Record) -> dict[str, int]:
    parents = {a.id: a.parent for a in rec.attributions}
    out: dict[str, int] = {}
    for aid in parents:
        depth, cur, seen = 0, parents.get(aid), {aid}
        while cur is not None and cur in parents and cur not in seen:
            seen.add(cur)
            depth += 1
            cur = parents.get(cur)
        out[aid] = depth
    return out


def chain_links(
    rec: Record, att: Attribution, by_id: dict[str, Source] | None = None
) -> list[ChainLink]:
    """The chain as names, innermost source first, ending with this outlet."""
    sources = by_id if by_id is not None else {s.id: s for s in rec.sources}
    links = []
    for sid in att.chain:
        src = sources.get(sid)
        links.append(ChainLink(src.name if src else sid, src.kind if src else "unknown"))
    if not links and att.source:
        src = sources.get(att.source)
        if src:
            links.append(ChainLink(src.name, src.kind))
    outlet = rec.document.outlet or "this outlet"
    links.append(ChainLink(outlet, "here"))
    return links


def chain_text(links: list[ChainLink]) -> str:
    return " → ".join(link.name for link in links)


def _clamp(span: tuple[int, int], n: int) -> tuple[int, int]:
    a, b = span
    return max(0, min(a, n)), max(0, min(b, n))


def segments(rec: Record) -> list[Segment]:
    """Cut ``rec.text`` at every mark boundary; each piece knows which marks cover it."""
    text = rec.text
    n = len(text)
    depth = _depths(rec)
    by_id = {s.id: s for s in rec.sources}
    titles = {a.id: chain_text(chain_links(rec, a, by_id)) for a in rec.attributions}
    # marks: (start, end, kind, payload)
    marks: list[tuple[int, int, str, str]] = []
    for r in rec.removed:
        marks.append((*_clamp(r.span, n), "res", r.reason))
    for s in rec.sentences:
        if s.voice == "outlet-evaluative":
            marks.append((*_clamp(s.span, n), "veval", ""))
            for c in s.cues:
                marks.append((*_clamp(c, n), "evcue", ""))
    for a in rec.attributions:
        for role, spans in (
            ("src", a.source_spans),
            ("cue", a.cue_spans),
            ("cnt", a.content_spans),
        ):
            for sp in spans:
                marks.append((*_clamp(sp, n), role, a.id))
    events: list[tuple[int, int, int]] = []  # (pos, 0=end/1=start, mark index)
    for i, (start, end, _, _) in enumerate(marks):
        if start < end:
            events.append((start, 1, i))
            events.append((end, 0, i))
    events.sort()
    out: list[Segment] = []
    active: set[int] = set()
    pos = 0
    k = 0
    while pos < n:
        while k < len(events) and events[k][0] <= pos:
            _, kind, idx = events[k]
            if kind == 1:
                active.add(idx)
            else:
                active.discard(idx)
            k += 1
        nxt = events[k][0] if k < len(events) else n
        nxt = min(max(nxt, pos + 1), n)
        out.append(_segment(text[pos:nxt], [marks[i] for i in active], depth, titles))
        pos = nxt
    return _merge(out)


def _segment(
    piece: str,
    covering: list[tuple[int, int, str, str]],
    depth: dict[str, int],
    titles: dict[str, str],
) -> Segment:
    classes: list[str] = []
    kinds = {m[2] for m in covering}
    if "res" in kinds:
        classes.append("res")
    if "veval" in kinds:
        classes.append("veval")
    if "evcue" in kinds:
        classes.append("evcue")
    roles: dict[str, set[str]] = {}
    for _, _, kind, payload in covering:
        if kind in ROLE_NAMES:
            roles.setdefault(payload, set()).add(kind)
    atts = sorted(roles, key=lambda aid: (-depth.get(aid, 0), aid))
    title = ""
    if atts:
        inner = atts[0]
        role = next(r for r in ROLE_ORDER if r in roles[inner])
        classes.append(role)
        classes.append(f"d{min(depth.get(inner, 0), 3)}")
        title = f"{ROLE_NAMES[role]} ({inner}): {titles.get(inner, '')}"
    elif "evcue" in kinds:
        title = "evaluative wording"
    elif "res" in kinds:
        title = "residue: " + next(m[3] for m in covering if m[2] == "res")
    elif "veval" in kinds:
        title = "the outlet's own judgement (an outlet-evaluative sentence)"
    return Segment(piece, classes, atts, title)


def _merge(segs: list[Segment]) -> list[Segment]:
    out: list[Segment] = []
    for s in segs:
        if out and out[-1].classes == s.classes and out[-1].atts == s.atts:
            out[-1].text += s.text
        else:
            out.append(s)
    return out


def _pct(x: float) -> str:
    return f"{x:.0%}"


def article_view(rec: Record) -> ArticleView:
    depth = _depths(rec)
    by_id = {s.id: s for s in rec.sources}
    atts = []
    for a in rec.attributions:
        src = by_id.get(a.source or "")
        rcp = by_id.get(a.recipient or "")
        atts.append(
            AttView(
                id=a.id,
                form=a.form,
                evidence=a.evidence,
                source=src.name if src else (rec.span_text(a.source_spans) or "(no source named)"),
                source_kind=src.kind if src else "unknown",
                cue=rec.span_text(a.cue_spans),
                content=rec.span_text(a.content_spans),
                chain=chain_links(rec, a, by_id),
                depth=depth.get(a.id, 0),
                parent=a.parent,
                recipient=rcp.name if rcp else None,
            )
        )
    counts_by_source: dict[str, int] = {}
    for a in rec.attributions:
        if a.source:
            counts_by_source[a.source] = counts_by_source.get(a.source, 0) + 1
    groups: list[tuple[str, list[dict[str, object]]]] = []
    for kind in SOURCE_KINDS:
        members: list[dict[str, object]] = [
            {
                "id": s.id,
                "name": s.name,
                "title": s.title,
                "mentions": len(s.mentions),
                "attributions": counts_by_source.get(s.id, 0),
            }
            for s in rec.sources
            if s.kind == kind
        ]
        if members:
            groups.append((kind, members))
    p = rec.profile
    share_bars = [
        Bar("attributed text", p.attributed_share, _pct(p.attributed_share)),
        Bar("named sources", p.named_share, _pct(p.named_share)),
        Bar("anonymous sources", p.anonymous_share, _pct(p.anonymous_share)),
    ]
    kinds = p.sources_by_kind or {}
    most = max(kinds.values(), default=0) or 1
    kind_bars = [Bar(k, v / most, str(v)) for k, v in sorted(kinds.items(), key=lambda kv: -kv[1])]
    voices: dict[str, int] = {}
    for s in rec.sentences:
        voices[s.voice] = voices.get(s.voice, 0) + 1
    nsent = max(voices.values(), default=0) or 1
    voice_bars = [
        Bar(v, voices.get(v, 0) / nsent, str(voices.get(v, 0)))
        for v in ("attributed", "outlet-factual", "outlet-evaluative", "other")
    ]
    return ArticleView(
        segments=segments(rec),
        attributions=atts,
        sources_by_kind=groups,
        share_bars=share_bars,
        kind_bars=kind_bars,
        voice_bars=voice_bars,
        outlet=rec.document.outlet or "this outlet",
        link=safe_link(rec.document.url),
        counts={
            "attributions": len(rec.attributions),
            "sources": len(rec.sources),
            "sentences": len(rec.sentences),
            "evaluative": voices.get("outlet-evaluative", 0),
            "removed": len(rec.removed),
        },
    )


#: Endings a searched word may carry in the text and still be marked: the search stems words
#: (FTS5's porter tokenizer, PostgreSQL's english configuration), so "campaign" finds
#: "campaigns" and "campaigned"; these cover the regular forms (an irregular one, "ran" for
#: "run", is found but not marked).
_ENDINGS = "(?:s|es|ed|d|ing|er|ers|e)?"


def _stem(word: str) -> str:
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def search_marks(text: str, q: str | None) -> list[tuple[str, bool]]:
    """``text`` in pieces, each with whether it is one of the searched words (``q``, taken as
    the search takes it: its words, case aside, with a regular ending). A word is marked whole,
    never a part of another ("the" marks no "there"). The template escapes each piece and
    wraps the marked ones in ``<mark>``: nothing here is HTML."""
    words = {w.lower() for w in re.findall(r"\w+", q or "")}
    if not text or not words:
        return [(text, False)] if text else []
    forms = sorted({f for w in words for f in (w, _stem(w))}, key=len, reverse=True)
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + ")" + _ENDINGS + r"(?!\w)", re.I
    )
    pieces: list[tuple[str, bool]] = []
    at = 0
    for m in pattern.finditer(text):
        if m.start() > at:
            pieces.append((text[at : m.start()], False))
        pieces.append((m.group(), True))
        at = m.end()
    if at < len(text):
        pieces.append((text[at:], False))
    return pieces

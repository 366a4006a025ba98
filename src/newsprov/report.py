"""Human-readable views of a record for the terminal (``--format text`` and the demo)."""

from __future__ import annotations

import textwrap

from newsprov.record import Attribution, Record
from newsprov.terminal import plain
from newsprov.wording import count_of

_WIDTH = 100


def _clip(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def chain_names(rec: Record, att: Attribution) -> str:
    names = []
    for sid in att.chain:
        src = rec.source_by_id(sid)
        names.append(src.name if src else sid)
    return " → ".join(names + ["this outlet"])


def render_text(rec: Record) -> str:
    """A compact sourced summary: header, sources by kind, attributions with chains, voices."""
    d = rec.document
    lines: list[str] = []
    head = f"== {rec.id}"
    if d.title:
        head += f": {d.title}"
    lines.append(head)
    facts = []
    if d.outlet:
        facts.append(f"outlet {d.outlet}")
    if d.published:
        facts.append(f"published {d.published}")
    if d.dateline:
        dl = d.dateline
        where = " ".join(x for x in (dl.place, dl.time and f"({dl.time})") if x)
        facts.append("dateline " + ", ".join(x for x in (where, dl.agency) if x))
    if rec.removed:
        facts.append(
            "residue "
            + ", ".join(f"{r.reason} {rec.text[r.span[0] : r.span[1]]!r}" for r in rec.removed)
        )
    if facts:
        lines.append("   " + "; ".join(facts))
    for w in rec.warnings:
        lines.append(f"   note: {w}")
    lines.append(f"-- sources ({len(rec.sources)})")
    for s in rec.sources:
        title = f" [{s.title}]" if s.title else ""
        lines.append(
            f"   {s.id:>4} {s.kind:<12} {s.name}{title}  ({count_of(len(s.mentions), 'mention')})"
        )
    lines.append(f"-- attributions ({len(rec.attributions)})")
    for a in rec.attributions:
        cue = rec.span_text(a.cue_spans)
        src = rec.source_by_id(a.source)
        who = src.name if src else "(no source named)"
        nest = f" inside {a.parent}" if a.parent else ""
        lines.append(
            f"   {a.id:>4} {a.form:<12} {who} —{cue}→{nest}   chain: {chain_names(rec, a)}"
        )
        # the content as the article has it: its own quote marks, none added (an indirect
        # report shown in quote marks would read as a direct quote)
        content = _clip(rec.span_text(a.content_spans), 300)
        lines.extend(
            textwrap.wrap(content, _WIDTH, initial_indent=" " * 8, subsequent_indent=" " * 8)
        )
    lines.append("-- sentences")
    for i, sent in enumerate(rec.sentences, 1):
        mark = {"attributed": "ATTR", "outlet-factual": "FACT", "outlet-evaluative": "EVAL"}.get(
            sent.voice, "----"
        )
        lines.append(f"   {i:>3} {mark} {_clip(rec.text[sent.span[0] : sent.span[1]])}")
        if sent.cues:
            words = ", ".join(repr(rec.text[a:b]) for a, b in sent.cues)
            lines.append(f"           judged by: {words}")
    p = rec.profile
    lines.append("-- profile")
    lines.append(
        f"   attributed share {p.attributed_share:.0%}; evaluative sentences {p.outlet_evaluative_sentences}; "
        f"named {p.named_share:.0%}, anonymous {p.anonymous_share:.0%}"
    )
    if p.sources_by_kind:
        lines.append(
            "   sources by kind: "
            + ", ".join(f"{k} {v}" for k, v in sorted(p.sources_by_kind.items()))
        )
    if p.unsourced_figures:
        figs = ", ".join(repr(rec.text[a:b]) for a, b in p.unsourced_figures)
        lines.append(f"   unsourced figures: {figs}")
    if p.second_hand:
        lines.append(
            "   relays: " + ", ".join(f"{h.outlet} ({h.attributions})" for h in p.second_hand)
        )
    else:
        lines.append("   relays: none (no other outlet's reporting relayed)")
    fh = [src for sid in p.first_hand_sources if (src := rec.source_by_id(sid))]
    lines.append("   first-hand sources: " + (", ".join(x.name for x in fh) if fh else "none"))
    return "\n".join(plain(x) for x in lines)  # each a line; a title's ESC or line break too

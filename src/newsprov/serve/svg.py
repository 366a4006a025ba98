"""Geometry for the inline SVG pictures (timelines by outlet, the relay graph). Only numbers
and labels come out; the templates draw them and escape the labels."""

from __future__ import annotations

import math
from datetime import date, datetime
from typing import Any

LANE = 34
LEFT = 170
WIDTH = 860
TOP = 28


#: How the pictures name an article whose outlet is not known.
UNKNOWN_OUTLET = "unknown outlet"


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 4:
        return None
    v = value.strip()
    for n, fmt in ((10, "%Y-%m-%d"), (7, "%Y-%m"), (4, "%Y")):
        try:
            return datetime.strptime(v[:n], fmt).date()
        except ValueError:
            continue
    return None


def timeline(entries: list[dict[str, Any]]) -> dict[str, Any]:
    """Lanes by outlet, one dot per entry at its publication day (undated entries at the end).

    ``entries``: dicts with ``outlet``, ``published``, ``label`` and ``href``.
    """
    outlets: list[str] = []
    for e in entries:
        name = str(e.get("outlet") or UNKNOWN_OUTLET)
        if name not in outlets:
            outlets.append(name)
    days = [d for d in (_day(e.get("published")) for e in entries) if d]
    lo, hi = (min(days), max(days)) if days else (None, None)
    span = max(1, (hi - lo).days) if lo and hi else 1
    plot = WIDTH - LEFT - 40
    points = []
    undated = 0
    for e in entries:
        name = str(e.get("outlet") or UNKNOWN_OUTLET)
        d = _day(e.get("published"))
        if d and lo:
            x = LEFT + 10 + (d - lo).days / span * (plot - 20) if hi != lo else LEFT + plot / 2
        else:
            x = LEFT + plot + 10 + (undated % 3) * 8
            undated += 1
        y = TOP + outlets.index(name) * LANE + LANE / 2
        points.append(
            {
                "x": round(x, 1),
                "y": round(y, 1),
                "label": str(e.get("label") or ""),
                "published": str(e.get("published") or "undated"),
                "href": e.get("href"),
            }
        )
    ticks = []
    if lo and hi:
        ticks.append({"x": LEFT + 10, "label": lo.isoformat()})
        if hi != lo:
            ticks.append({"x": LEFT + plot - 10, "label": hi.isoformat()})
    height = TOP + max(1, len(outlets)) * LANE + 26
    lanes = [{"y": TOP + i * LANE + LANE / 2, "outlet": name} for i, name in enumerate(outlets)]
    return {
        "width": WIDTH,
        "height": height,
        "left": LEFT,
        "right": WIDTH - 20,
        "lanes": lanes,
        "points": points,
        "ticks": ticks,
        "axis_y": height - 18,
        # the undated entries' corner, named above it (the dots there had no date to read)
        "undated": {"x": WIDTH - 4, "y": TOP - 10} if undated else None,
    }


def relay_graph(edges: list[dict[str, Any]], size: int = 420) -> dict[str, Any]:
    """Outlets on a circle; an arrow from the relayed outlet to the one relaying it, its width
    growing with the number of attributions relayed."""
    weights: dict[tuple[str, str], int] = {}
    for e in edges:
        # as the timeline names a lane without an outlet (it was "?": "? relays ...")
        src = str(e.get("to_outlet") or UNKNOWN_OUTLET)  # the outlet whose reporting is relayed
        dst = str(e.get("from_outlet") or UNKNOWN_OUTLET)  # the outlet that relays it
        weights[(src, dst)] = weights.get((src, dst), 0) + int(e.get("attributions") or 1)
    names: list[str] = []
    for a, b in weights:
        for n in (a, b):
            if n not in names:
                names.append(n)
    c = size / 2
    r = size / 2 - 70 if len(names) > 1 else 0
    pos = {}
    for i, n in enumerate(names):
        t = 2 * math.pi * i / max(1, len(names)) - math.pi / 2
        pos[n] = (c + r * math.cos(t), c + r * math.sin(t))
    nodes = [{"name": n, "x": round(x, 1), "y": round(y, 1)} for n, (x, y) in pos.items()]
    lines = []
    for (a, b), w in weights.items():
        (x1, y1), (x2, y2) = pos[a], pos[b]
        dx, dy = x2 - x1, y2 - y1
        d = math.hypot(dx, dy) or 1.0
        pad = 16
        lines.append(
            {
                "x1": round(x1 + dx / d * pad, 1),
                "y1": round(y1 + dy / d * pad, 1),
                "x2": round(x2 - dx / d * (pad + 6), 1),
                "y2": round(y2 - dy / d * (pad + 6), 1),
                "width": round(min(6.0, 1.2 + math.log2(1 + w)), 1),
                "label": f"{b} relays {a} ({w} attribution{'s' if w != 1 else ''})",
            }
        )
    return {"size": size, "nodes": nodes, "edges": lines}

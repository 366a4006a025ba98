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


#: The width of the undated corner (when a timeline has undated entries), and the room a dot
#: takes there: seven dots a row, two rows a lane before they close up.
UNDATED_WIDTH = 100
DOT_STEP = 16
ROW_STEP = 16


def undated_offset(k: int, n: int) -> tuple[float, float]:
    """Where the ``k``-th of a lane's ``n`` undated dots sits in the undated corner, from its
    left end and from the lane's line: in one row (up to seven), else two rows above and below
    the line, the dots closing up as the row fills the corner, so each keeps a place of its
    own (they were drawn at three places, one over another)."""
    per_row = UNDATED_WIDTH // DOT_STEP + 1  # 7: dots 16 apart in the corner's 100 px
    rows = 1 if n <= per_row else 2
    cols = -(-n // rows)
    step = min(float(DOT_STEP), UNDATED_WIDTH / max(1, cols - 1))
    row, col = divmod(k, cols)
    dy = 0.0 if rows == 1 else (row - 0.5) * ROW_STEP
    return round(col * step, 1), dy


def timeline(entries: list[dict[str, Any]]) -> dict[str, Any]:
    """Lanes by outlet, one dot per entry at its publication day (undated entries at the end,
    spread in a corner of their own: :func:`undated_offset`).

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
    # undated entries, counted by lane: they get a corner of their own right of the dates
    lane_undated: dict[str, int] = {}
    for e in entries:
        if not (_day(e.get("published")) and lo):
            name = str(e.get("outlet") or UNKNOWN_OUTLET)
            lane_undated[name] = lane_undated.get(name, 0) + 1
    undated = sum(lane_undated.values())
    plot = WIDTH - LEFT - 40 - (UNDATED_WIDTH if undated else 0)
    placed: dict[str, int] = {}
    points = []
    for e in entries:
        name = str(e.get("outlet") or UNKNOWN_OUTLET)
        d = _day(e.get("published"))
        y = TOP + outlets.index(name) * LANE + LANE / 2
        if d and lo:
            x = LEFT + 10 + (d - lo).days / span * (plot - 20) if hi != lo else LEFT + plot / 2
        else:
            k = placed.get(name, 0)
            placed[name] = k + 1
            dx, dy = undated_offset(k, lane_undated[name])
            x = LEFT + plot + 20 + dx
            y += dy
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

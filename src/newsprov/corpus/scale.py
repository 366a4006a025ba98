"""Growth of story and quote clustering with corpus size, on a synthetic corpus.

``python -m newsprov.corpus.scale --shared ../shared --sizes 10000 30000 100000`` replicates
the ECB+ articles' story signatures with renamed names (``e:lohan`` -> ``e:lohan~7``: every
replica is a different event) and dates spread over three years, adds them to a
:class:`StoryIndex` with two synthetic quotes each in a :class:`QuoteIndex`, and prints the time
per article at each size (CPU time of this process, so that other work on the machine does
not count): flat figures mean near-linear growth. Nothing is analysed; signatures are built
once from the shared texts and never stored.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from newsprov.corpus.quotes import QuoteIndex
from newsprov.corpus.stories import StoryIndex, signature_from_text


def base_signatures(shared: Path) -> list[dict[str, float]]:
    from newsprov.eval.stories import load_ecbplus

    return [
        signature_from_text(a.text, a.title, a.url)
        for a in load_ecbplus(shared / "data" / "ecbplus")
    ]


def synthetic(
    base: list[dict[str, float]], n: int, seed: int = 7
) -> Iterator[tuple[str, dict[str, float], str, list[str]]]:
    """``(id, signature, published, quotes)`` for ``n`` synthetic articles."""
    rnd = random.Random(seed)
    vocab = [f"w{i}" for i in range(20000)]
    weights = [1.0 / (i + 1) for i in range(len(vocab))]
    start = date(2020, 1, 1)
    for i in range(n):
        b = base[i % len(base)]
        rep = i // len(base)
        sig = {(f"{f}~{rep}" if f[0] in "eb" else f): w for f, w in b.items()}
        day = start + timedelta(days=int(i * 1095 / max(n, 1)))
        quotes = [" ".join(rnd.choices(vocab, weights, k=12)) for _ in range(2)]
        yield f"syn{i}", sig, day.isoformat(), quotes


def run(shared: Path, sizes: list[int]) -> list[dict[str, float]]:
    base = base_signatures(shared)
    stories, quotes = StoryIndex(), QuoteIndex()
    rows = []
    done = 0
    started = time.process_time()
    window_started, window_done = started, 0
    for aid, sig, pub, qs in synthetic(base, max(sizes)):
        stories.add(aid, sig, pub)
        for j, q in enumerate(qs):
            quotes.add(q, aid, f"a{j}", None, pub)
        done += 1
        if done in sizes:
            now = time.process_time()
            rows.append(
                {
                    "articles": done,
                    "seconds": round(now - started, 2),
                    "ms_per_article_recent": round(
                        1000 * (now - window_started) / (done - window_done), 3
                    ),
                    "scored_per_article": round(stories.scored / done, 1),
                    "stories": len(stories.stories),
                }
            )
            window_started, window_done = now, done
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m newsprov.corpus.scale", description=__doc__)
    p.add_argument("--shared", default="../shared")
    p.add_argument("--sizes", type=int, nargs="+", default=[10000, 30000, 100000])
    args = p.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / "data" / "ecbplus").is_dir():
        print(f"newsprov: error: {shared}/data/ecbplus is missing", file=sys.stderr)
        return 2
    for row in run(shared, sorted(args.sizes)):
        print(
            f"{row['articles']:>7} articles  {row['seconds']:>8.1f} CPU-s total  "
            f"{row['ms_per_article_recent']:>7.2f} CPU-ms/article since the last size  "
            f"{row['scored_per_article']:>6.1f} pairs scored/article  {row['stories']} stories"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

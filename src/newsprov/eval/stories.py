"""Story grouping scored on BASIL triplets and ECB+ sub-topics: pairwise P/R/F1 and B³.

``newsprov eval stories basil DIR`` reads ``DIR/articles/<year>/*.json`` (one gold story per
``triplet-uuid``); ``newsprov eval stories ecbplus DIR`` reads ``DIR/ECB+_xml/<topic>/*.xml``
(one gold story per sub-topic: ``<topic>ecb`` and ``<topic>ecbplus`` are near-miss events).
Articles go through :class:`newsprov.corpus.stories.StoryIndex` one at a time, BASIL in
published order and ECB+ (which has no dates) in a fixed shuffled order, all topics together:
the grouping never sees the gold topic. ECB+ has no dates, so its arrival order is arbitrary:
it is scored in three fixed shuffled orders and the figures are their mean. Story signatures come from text, title and URL only
(no spaCy), exactly as :func:`newsprov.corpus.story_signature` computes them for records.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsprov.corpus.stories import StoryIndex, signature_from_text
from newsprov.errors import ConfigError, InputError
from newsprov.eval.polnear import corpus_hash


@dataclass
class GoldArticle:
    id: str
    text: str
    title: str | None
    url: str | None
    published: str | None
    gold: str
    part: str  # year (BASIL) or topic (ECB+), for per-part figures


def load_basil(root: Path) -> list[GoldArticle]:
    files = sorted((root / "articles").glob("*/*.json"))
    if not files:
        raise InputError(str(root), "holds no BASIL articles (expected articles/<year>/*.json)")
    out = []
    for f in files:
        try:
            d = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise InputError(str(f), f"is not a readable BASIL article ({e})") from None
        paras = ["".join(" ".join(p).split("\n")) for p in d.get("body-paragraphs", [])]
        out.append(
            GoldArticle(
                id=f.stem,
                text="\n\n".join(paras),
                title=d.get("title"),
                url=d.get("url"),
                published=d.get("date"),
                gold=d["triplet-uuid"],
                part=f.parent.name,
            )
        )
    out.sort(key=lambda a: (a.published or "", a.id))
    return out


_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?)\]'’%]|n't|'s)")
_NO_SPACE_AFTER = re.compile(r"([(\[$]) ")


def _detok(words: list[str]) -> str:
    s = " ".join(words)
    s = _NO_SPACE_BEFORE.sub(r"\1", s)
    return _NO_SPACE_AFTER.sub(r"\1", s)


def load_ecbplus(root: Path, seed: int = 13) -> list[GoldArticle]:
    base = root / "ECB+_xml" if (root / "ECB+_xml").is_dir() else root
    files = sorted(base.glob("*/*.xml"))
    if not files:
        raise InputError(str(root), "holds no ECB+ documents (expected ECB+_xml/<topic>/*.xml)")
    out = []
    for f in files:
        try:
            doc = ET.parse(f).getroot()
        except (OSError, ET.ParseError) as e:
            raise InputError(str(f), f"is not a readable ECB+ document ({e})") from None
        sents: dict[int, list[str]] = defaultdict(list)
        for t in doc.iter("token"):
            sents[int(t.get("sentence", "0"))].append(t.text or "")
        text = "\n".join(_detok(sents[k]) for k in sorted(sents))
        m = re.match(r"(\d+)_\d+(ecbplus|ecb)\.xml$", f.name)
        if not m:
            continue
        out.append(GoldArticle(f.stem, text, None, None, None, m.group(1) + m.group(2), m.group(1)))
    random.Random(seed).shuffle(out)
    return out


# -- metrics ------------------------------------------------------------------------------
def pairwise(pred: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """Precision/recall/F1 over same-story article pairs (counted per cluster, not all pairs)."""

    def pairs(lab: dict[str, str]) -> int:
        sizes: dict[str, int] = defaultdict(int)
        for v in lab.values():
            sizes[v] += 1
        return sum(n * (n - 1) // 2 for n in sizes.values())

    joint = {k: (pred[k], gold[k]) for k in gold}
    both = pairs({k: f"{p}\x00{g}" for k, (p, g) in joint.items()})
    p_pairs, g_pairs = pairs({k: pred[k] for k in gold}), pairs(gold)
    return _prf(both / p_pairs if p_pairs else 1.0, both / g_pairs if g_pairs else 1.0)


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for k in gold:
        by_pred[pred[k]].add(k)
        by_gold[gold[k]].add(k)
    p = r = 0.0
    for k in gold:
        common = len(by_pred[pred[k]] & by_gold[gold[k]])
        p += common / len(by_pred[pred[k]])
        r += common / len(by_gold[gold[k]])
    n = len(gold) or 1
    return _prf(p / n, r / n)


def _prf(p: float, r: float) -> dict[str, float]:
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score(articles: Iterable[GoldArticle], **index_options: Any) -> dict[str, Any]:
    """Group the articles in the order given and score the grouping against gold."""
    arts = list(articles)
    started = time.perf_counter()
    idx = StoryIndex(**index_options)
    pred = {}
    for a in arts:
        placed = idx.place(a.id, signature_from_text(a.text, a.title, a.url), a.published)
        pred[a.id] = placed.story
        pred.update(placed.moved)  # later articles may merge or split earlier stories
    seconds = time.perf_counter() - started
    gold = {a.id: a.gold for a in arts}
    return {
        "articles": len(arts),
        "gold_stories": len(set(gold.values())),
        "predicted_stories": len(set(pred.values())),
        "pairwise": pairwise(pred, gold),
        "bcubed": bcubed(pred, gold),
        "seconds": round(seconds, 3),
        "predicted": pred,
    }


ECB_ORDERS = (13, 1, 2)  # ECB+ has no dates: arrival order is arbitrary, so several are scored


def evaluate(corpus: str, path: str, orders: int = 3, **index_options: Any) -> dict[str, Any]:
    """Score one corpus. BASIL runs once in published order; ECB+ runs in ``orders`` fixed
    shuffled orders and reports the mean (``runs`` holds each order's figures)."""
    root = Path(path)
    if not root.is_dir():
        raise InputError(path, "is not a directory")
    if corpus == "basil":
        files = sorted((root / "articles").glob("*/*.json"))
        res = score(load_basil(root), **index_options)
    elif corpus == "ecbplus":
        base = root / "ECB+_xml" if (root / "ECB+_xml").is_dir() else root
        files = sorted(base.glob("*/*.xml"))
        seeds = ECB_ORDERS[: max(1, min(orders, len(ECB_ORDERS)))]
        runs = [score(load_ecbplus(root, seed=seed), **index_options) for seed in seeds]
        res = dict(runs[0])
        for m in ("pairwise", "bcubed"):
            res[m] = {
                k: round(sum(r[m][k] for r in runs) / len(runs), 4)
                for k in ("precision", "recall", "f1")
            }
        res["predicted_stories"] = round(sum(r["predicted_stories"] for r in runs) / len(runs), 1)
        res["seconds"] = round(sum(r["seconds"] for r in runs), 3)
        res["runs"] = [
            {"seed": seed, "pairwise": r["pairwise"], "bcubed": r["bcubed"]}
            for seed, r in zip(seeds, runs, strict=True)
        ]
    else:
        raise InputError(corpus, "is not a story corpus (basil or ecbplus)")
    res["corpus_hash"] = corpus_hash(files, root)
    return res


# -- CLI ----------------------------------------------------------------------------------
def _orders(value: str) -> int:
    """``--orders``: 1, 2 or 3 (0 and -1 scored one order and 9 three, without a word)."""
    if value.strip() not in ("1", "2", "3"):
        raise ConfigError(f"--orders {value!r}: give 1, 2 or 3 arrival orders")
    return int(value)


def _threshold(value: str) -> float:
    """``--threshold``: a similarity from 0 to 1 (nan or 2 put every article alone)."""
    try:
        x = float(value)
    except ValueError:
        x = float("nan")
    if not 0.0 <= x <= 1.0:
        raise ConfigError(f"--threshold {value!r}: give a similarity from 0 to 1")
    return x


def register_eval(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "stories",
        help="score story grouping on BASIL or ECB+",
        description="Group the corpus's articles into stories and score them against gold.",
    )
    p.add_argument("corpus", choices=["basil", "ecbplus"], help="the gold corpus: basil or ecbplus")
    p.add_argument("dir", metavar="DIR", help="the corpus folder (e.g. ../shared/data/basil)")
    p.add_argument(
        "--format", choices=["text", "json"], default="text", help="text (default) or json"
    )
    p.add_argument(
        "--threshold",
        type=_threshold,
        default=None,
        help=f"similarity to join a story, 0-1 (default {StoryIndex.threshold}, the store's)",
    )
    p.add_argument(
        "--orders",
        type=_orders,
        default=3,
        help="ECB+ only: arrival orders scored, 1-3, and their mean reported (default 3)",
    )
    p.add_argument(
        "--gate", action="store_true", help="exit 1 when below the floors in eval/baselines.json"
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsprov.eval.gate import check, format_failures, load_baseline

    opts = {} if args.threshold is None else {"threshold": args.threshold}
    res = evaluate(args.corpus, args.dir, orders=args.orders, **opts)
    res.pop("predicted")
    if args.format == "json":
        print(json.dumps(res, indent=2))
    else:
        print(
            f"stories {args.corpus}: {res['articles']} articles, {res['gold_stories']} gold / "
            f"{res['predicted_stories']} predicted stories, {res['seconds']:.2f} s"
        )
        for m in ("pairwise", "bcubed"):
            v = res[m]
            print(f"  {m:9s} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}")
        for run_ in res.get("runs", []):
            print(f"  order {run_['seed']:>3}: B3 F1 {run_['bcubed']['f1']:.3f}")
        print(f"  corpus {res['corpus_hash']}")
    if args.gate:
        key = f"stories-{args.corpus}"
        failures = check(load_baseline(key), flat_metrics(res), res["corpus_hash"])
        if failures:
            print(format_failures(key, failures), file=sys.stderr)
            return 1
        print(f"{key}: gate passes", file=sys.stderr)
    return 0


def flat_metrics(res: dict[str, Any]) -> dict[str, float]:
    return {
        f"{m}_{k}": float(res[m][k])
        for m in ("pairwise", "bcubed")
        for k in ("precision", "recall", "f1")
    }


def _gate_run(corpus: str, folder: str) -> Any:
    def run_gate(shared: Path) -> tuple[dict[str, float], str]:
        res = evaluate(corpus, str(shared / "data" / folder))
        return flat_metrics(res), res["corpus_hash"]

    return run_gate


GATES = {
    "stories-basil": _gate_run("basil", "basil"),
    "stories-ecbplus": _gate_run("ecbplus", "ecbplus"),
}

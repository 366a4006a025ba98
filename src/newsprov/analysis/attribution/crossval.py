"""Two-fold cross-validation of the attribution rules on PolNeAR train.

The verb lexicon is mined from train (:mod:`.mine`), so scoring train with the shipped lexicon
flatters the rules. Here the articles (in file order) fall into two halves; each half is scored
with a lexicon mined on the other, and the counts of both halves are summed into one set of
figures, defined as in ``newsprov eval polnear`` (nested candidates left out). Two ways of
halving: split A (``alternate``: even and odd positions) and split H (``halves``: the first and
the second half of the file list). Every rule change is judged on both before dev is read
(``docs/attribution.md``).

    python -m newsprov.analysis.attribution.crossval ../shared/data/polnear/data/train
    python -m newsprov.analysis.attribution.crossval --split both --cache /tmp/train.spacy ...

``--cache`` keeps the parse of train in a spaCy ``DocBin`` (parsing is most of the time), read
back on the next run (the residue, the dateline and a Title-Case headline's parse are made
again by :func:`~.mine.before_attribution`, as :func:`~.mine.parse_gold` does).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from spacy.tokens import Doc, DocBin

from newsprov.analysis.attribution.extract import extract_candidates
from newsprov.analysis.attribution.lexicon import VerbLexicon
from newsprov.analysis.attribution.mine import (
    before_attribution,
    candidate_relation,
    mine,
    parse_gold,
    read_gold,
)
from newsprov.errors import NewsprovError
from newsprov.eval.spans import ArticleScore, Relation, flat_metrics, score_article

#: The ways of halving train: split A and split H.
SPLITS = ("alternate", "halves")


def predicted(doc: Doc, lex: VerbLexicon) -> list[Relation]:
    """The top-level (non-nested) candidates of ``doc`` under ``lex``, as relations."""
    return [
        candidate_relation(c) for c in extract_candidates(doc, lex) if not c.extra.get("nested")
    ]


def score_with(items: list[tuple[Doc, list[Relation]]], lex: VerbLexicon) -> ArticleScore:
    """Summed counts of ``items`` (parsed doc, gold relations) scored with ``lex``."""
    total = ArticleScore()
    for doc, gold in items:
        total.add(score_article(doc.text, gold, predicted(doc, lex)))
    return total


def halves(
    items: list[tuple[Doc, list[Relation]]], split: str
) -> list[list[tuple[Doc, list[Relation]]]]:
    """The two halves of ``items``: alternate positions (split A) or the first and second half
    of the list (split H)."""
    if split == "alternate":
        return [items[0::2], items[1::2]]
    if split == "halves":
        mid = len(items) // 2
        return [items[:mid], items[mid:]]
    raise NewsprovError(f"unknown split {split!r}: one of {', '.join(SPLITS)}")


def cross_validate(
    items: list[tuple[Doc, list[Relation]]], split: str = "alternate"
) -> dict[str, float]:
    """Two-fold figures: each half scored with a lexicon mined on the other (:func:`halves`)."""
    if len(items) < 2:
        raise NewsprovError(f"cross-validation needs two articles or more, got {len(items)}")
    parts = halves(items, split)
    total = ArticleScore()
    for k in (0, 1):
        total.add(score_with(parts[k], mine(parts[1 - k])))
    return flat_metrics(total)


def parsed_split(split: Path, cache: Path | None) -> list[tuple[Doc, list[Relation]]]:
    """``(parsed doc, gold relations)`` per article of ``split``; with ``cache``, the parse is
    read from that ``DocBin`` file when it exists (else made and written there)."""
    gold = read_gold(split)
    if cache is None or not cache.exists():
        print(f"parsing {len(gold)} articles ...", file=sys.stderr)
        items = parse_gold(gold)
        if cache is not None:
            bin_ = DocBin(store_user_data=False)
            for doc, _ in items:
                bin_.add(doc)
            bin_.to_disk(cache)
        return items
    from newsprov.analysis.pipeline import load_language

    nlp = load_language()
    docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    if len(docs) != len(gold) or any(d.text != t for d, (t, _) in zip(docs, gold, strict=False)):
        raise NewsprovError(f"{cache} holds another parse than {split}'s texts: remove it")
    return before_attribution(nlp, docs, gold)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("split", type=Path, help="PolNeAR split folder (train)")
    ap.add_argument(
        "--split",
        dest="halving",
        choices=[*SPLITS, "both"],
        default="alternate",
        help="how to halve the articles: alternate (split A), halves (split H) or both",
    )
    ap.add_argument("--cache", type=Path, help="DocBin file keeping the parse between runs")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    started = time.monotonic()
    names = list(SPLITS) if args.halving == "both" else [args.halving]
    try:
        items = parsed_split(args.split, args.cache)
        metrics = {name: cross_validate(items, name) for name in names}
    except NewsprovError as e:
        print(f"newsprov: error: {e}", file=sys.stderr)
        return e.exit_code
    if args.json:
        out = metrics if len(names) > 1 else metrics[names[0]]
        print(json.dumps(out, indent=2, sort_keys=True))
    else:
        for name in names:
            print(f"PolNeAR {args.split.name}, two-fold CV ({name}), {len(items)} articles:")
            for key, value in sorted(metrics[name].items()):
                print(f"  {key:18s} {value:.4f}")
    print(f"{time.monotonic() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

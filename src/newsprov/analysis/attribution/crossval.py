"""Two-fold cross-validation of the attribution rules on PolNeAR train.

The verb lexicon is mined from train (:mod:`.mine`), so scoring train with the shipped lexicon
flatters the rules. Here the articles (in file order) alternate between two halves; each half is
scored with a lexicon mined on the other, and the counts of both halves are summed into one
set of figures, defined as in ``newsprov eval polnear`` (nested candidates left out). Every
rule change is judged on these figures before dev is read (``docs/attribution.md``).

    python -m newsprov.analysis.attribution.crossval ../shared/data/polnear/data/train
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from spacy.tokens import Doc

from newsprov.analysis.attribution.extract import extract_candidates
from newsprov.analysis.attribution.lexicon import VerbLexicon
from newsprov.analysis.attribution.mine import candidate_relation, mine, parse_gold, read_gold
from newsprov.errors import NewsprovError
from newsprov.eval.spans import ArticleScore, Relation, flat_metrics, score_article


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


def cross_validate(items: list[tuple[Doc, list[Relation]]]) -> dict[str, float]:
    """Two-fold figures: articles alternate between the halves (even and odd positions)."""
    if len(items) < 2:
        raise NewsprovError(f"cross-validation needs two articles or more, got {len(items)}")
    halves = [items[0::2], items[1::2]]
    total = ArticleScore()
    for k in (0, 1):
        total.add(score_with(halves[k], mine(halves[1 - k])))
    return flat_metrics(total)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("split", type=Path, help="PolNeAR split folder (train)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    started = time.monotonic()
    try:
        gold = read_gold(args.split)
        print(f"parsing {len(gold)} articles ...", file=sys.stderr)
        metrics = cross_validate(parse_gold(gold))
    except NewsprovError as e:
        print(f"newsprov: error: {e}", file=sys.stderr)
        return e.exit_code
    if args.json:
        print(json.dumps(metrics, indent=2, sort_keys=True))
    else:
        print(f"PolNeAR {args.split.name}, two-fold CV, {len(gold)} articles:")
        for name, value in sorted(metrics.items()):
            print(f"  {name:18s} {value:.4f}")
    print(f"{time.monotonic() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Cross-check on PolNeAR train: resolve the gold relations' Source spans and print the share of
them each kind gets (printed, not gated: PolNeAR has no source kinds), plus the stage's cost
next to the parse. Run with ``-s`` to see the figures."""

from __future__ import annotations

import time
from collections import Counter

from newsprov.analysis import Analyzer
from newsprov.analysis.attribution import Candidate
from newsprov.analysis.sources import resolve
from newsprov.eval.polnear import load_gold
from newsprov.record import SOURCE_KINDS
from tests.conftest import need_shared

ARTICLES = 30


def test_polnear_train_source_kinds(analyzer: Analyzer) -> None:
    split = need_shared("data", "polnear", "data", "train")
    gold = load_gold(split, limit=ARTICLES)
    nlp = analyzer.nlp
    model = [n for n in nlp.pipe_names if not n.startswith("newsprov.") or "paragraphs" in n]
    kinds: Counter[str] = Counter()
    pronouns = resolved = 0
    parse_s = resolve_s = 0.0
    with nlp.select_pipes(enable=model):
        for g in gold:
            t0 = time.perf_counter()
            doc = nlp(g.text)
            t1 = time.perf_counter()
            cands = [
                Candidate(
                    cue=list(r.cue),
                    content=list(r.content),
                    source_mention=(r.source[0][0], r.source[-1][1]) if r.source else None,
                    form="indirect",
                    evidence="gold",
                )
                for r in g.relations
                if r.cue
            ]
            sources, atts = resolve(doc, cands)
            resolve_s += time.perf_counter() - t1
            parse_s += t1 - t0
            by_id = {s.id: s for s in sources}
            for a in atts:
                if not a.source_spans:
                    assert a.source is None
                    continue
                assert a.source is not None
                src = by_id[a.source]
                assert src.kind in SOURCE_KINDS and src.name
                kinds[src.kind] += 1
                text = g.text[a.source_spans[0][0] : a.source_spans[0][1]].strip().lower()
                if text in ("he", "she", "they", "it"):
                    pronouns += 1
                    resolved += src.name.lower() != text
    total = sum(kinds.values())
    assert total > 300
    shares = {k: round(kinds[k] / total, 3) for k in SOURCE_KINDS}
    print(f"\nPolNeAR train, {len(gold)} articles, {total} gold sources: {shares}")
    print(f"pronoun sources resolved to an antecedent: {resolved}/{pronouns}")
    print(f"sources stage {resolve_s:.2f}s vs parse {parse_s:.2f}s ({resolve_s / parse_s:.1%})")

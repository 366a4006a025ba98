"""In-article coreference scored on MEANTIME (Wikinews, CC BY): gold PER and ORG mention chains
against newsprov's entities, as pairwise link precision and recall over the gold mentions the
mention detector finds. Floors sit a little under the measured figures (see docs/sources.md);
run with ``-s`` to see them."""

from __future__ import annotations

import json
import os
from collections import defaultdict
from itertools import combinations

from newsprov.analysis import Analyzer
from newsprov.analysis.sources.coref import Resolver
from newsprov.analysis.sources.mentions import Mentions
from tests.conftest import need_shared

DOCS = int(os.environ.get("NEWSPROV_MEANTIME_DOCS", "40"))
TYPES = {"PER", "ORG"}


def _documents(conll: str) -> dict[str, list[list[str]]]:
    docs: dict[str, list[list[str]]] = defaultdict(list)
    for line in conll.splitlines():
        parts = line.split("\t")
        if len(parts) < 4 or line.startswith("#"):
            continue
        key, sent, tok = parts[0], int(parts[1]), int(parts[2])
        sents = docs[key]
        while len(sents) <= sent:
            sents.append([])
        assert len(sents[sent]) == tok
        sents[sent].append(parts[3])
    return docs


def test_meantime_coreference_links(analyzer: Analyzer) -> None:
    folder = need_shared("data", "meantime_en")
    docs = _documents((folder / "meantime.conll").read_text(encoding="utf-8"))
    gold: dict[str, list[dict[str, object]]] = defaultdict(list)
    for m in json.loads((folder / "entities_mentions.json").read_text(encoding="utf-8")):
        if m["mention_type"] in TYPES:
            gold[m["conll_doc_key"]].append(m)
    keys = sorted(k for k in docs if gold.get(k))[:DOCS]  # the errors were studied on the first 40
    nlp = analyzer.nlp
    model = [n for n in nlp.pipe_names if not n.startswith("newsprov.") or "paragraphs" in n]
    tp = pred_links = gold_links = found = total = 0
    with nlp.select_pipes(enable=model):
        for key in keys:
            offsets: dict[tuple[int, int], int] = {}
            lines = []
            pos = 0
            for si, toks in enumerate(docs[key]):
                for ti, t in enumerate(toks):
                    offsets[(si, ti)] = pos
                    pos += len(t) + 1
                lines.append(" ".join(toks))
            doc = nlp("\n".join(lines))
            mentions = Mentions(doc)
            Resolver(mentions).run()
            tok_at = {t.idx: t.i for t in doc}
            matched: list[tuple[str, int]] = []  # (gold chain, predicted entity)
            for g in gold[key]:
                total += 1
                sent = int(g["sent_id"])  # type: ignore[call-overload]
                ids = [int(g["mention_head_id"]), *reversed(g["tokens_number"])]  # type: ignore[call-overload, misc]
                start = next((offsets[(sent, i)] for i in ids if (sent, i) in offsets), None)
                head = tok_at.get(start) if start is not None else None
                m = mentions.by_head.get(head) if head is not None else None
                if m is None and head is not None:
                    m = mentions.covered.get(head)
                if m is None or m.entity < 0:
                    continue
                found += 1
                matched.append(
                    (str(g["coref_chain"]).rsplit("_", 1)[-1], m.entity)
                )  # cross_X = cross_intra_X
            for (ga, pa), (gb, pb) in combinations(matched, 2):
                same_gold, same_pred = ga == gb, pa == pb
                gold_links += same_gold
                pred_links += same_pred
                tp += same_gold and same_pred
    precision = tp / pred_links
    recall = tp / gold_links
    print(
        f"\nMEANTIME {len(keys)} articles, {total} gold PER/ORG mentions, {found} found "
        f"({found / total:.1%}); coreference links P {precision:.3f} R {recall:.3f} "
        f"F1 {2 * precision * recall / (precision + recall):.3f}"
    )
    assert found / total >= 0.68
    assert precision >= 0.9
    assert recall >= 0.7

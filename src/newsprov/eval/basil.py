"""BASIL: the outlet's own voice and quote speakers, scored against BASIL's phrase annotations.

Each BASIL article is a JSON file with a title and ``body-paragraphs`` (lists of sentence
strings); its annotations give ``p<N>`` (the N-th sentence of the flattened list, or ``title``)
and character offsets inside that sentence. The text newsprov analyses is built as:

* the title on the first line (when there is one), then a newline;
* each paragraph on its own line, its sentences joined by one space, each line ending in a
  newline (empty paragraphs are skipped);

and the offset of every sentence in that text is kept, so an annotation ``(pN, start, end)``
is ``(offset[pN] + start, offset[pN] + end)``. The title is also the article's metadata
title, so the title line is a heading (voice ``other``).

Figures (``metrics``, all over the whole folder):

* ``lex_recall``: lexical-bias spans outside quotes (``bias: lex``, ``quote: no``) whose
  sentence (the one overlapping the span most) is ``outlet-evaluative``;
* ``outlet_evaluative_share``: of the outlet's sentences (``outlet-factual`` or
  ``outlet-evaluative``), the share flagged evaluative: a ceiling (<= 0.35), gated as its
  complement ``outlet_factual_share`` (>= 0.65);
* ``speaker_accuracy``: quotes with a named speaker label (not ``other_*``, and not a group
  such as ``Democratic_Lawmakers`` or ``Catholics``: see :data:`GROUP_WORDS`) that an
  attribution covers (its content overlaps half the quote or more), the share whose source
  ``name`` matches the label (all label words in the name, or the surname, the label's last
  word; words of 4+ letters may match as prefixes: ``Felipe_Calder``; ``Obama_campaign``
  matches a source named Obama);
* ``speaker_coverage``: the share of those quotes that some attribution covers at all;
* ``quote_lineage_recall``: quote lineage across outlets (:mod:`newsprov.corpus`). The
  records go into one corpus index in date order; a gold pair is two BASIL quotes (any label
  but ``other_*``) in two articles of one triplet with the same speaker label and a shared run
  of five words (after :func:`newsprov.corpus.quote_key`); it is found when the quoted
  passages that cover the two (those of attributions whose content overlaps each quote, with
  three words in common with it) share a quote cluster.

Only 2010-2016 are in ``../shared``; 2017-2019 are held out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsprov.errors import InputError
from newsprov.eval.polnear import add_eval_options, corpus_hash
from newsprov.ingest.article import Article
from newsprov.record import Record, Span

if TYPE_CHECKING:
    from newsprov.analysis.pipeline import Analyzer

_WORD = re.compile(r"[^\W_]+")
#: Last words of BASIL labels that stand for a group of people rather than a name.
GROUP_WORDS = {
    "lawmakers",
    "officials",
    "democrats",
    "republicans",
    "companies",
    "plaintiffs",
    "protestors",
    "protesters",
    "catholics",
    "senators",
    "leaders",
    "activists",
    "critics",
    "supporters",
    "residents",
    "voters",
    "students",
    "workers",
    "members",
    "aides",
    "groups",
    "conservatives",
    "liberals",
    "experts",
    "advocates",
    "opponents",
    "americans",
}
#: Label endings after which the first word is the name ("Obama_campaign" is Obama's).
_ORG_SUFFIXES = {"campaign", "administration", "camp", "team", "aides", "spokesman", "office"}
_POSSESSIVE = re.compile(r"[^\W_]+['’]s\b")
_STOP = {"the", "of", "and", "a", "an", "mr", "mrs", "ms", "dr", "s"}


@dataclass
class BasilArticle:
    name: str
    text: str
    outlet: str
    title: str
    offsets: dict[str, int]
    lex: list[Span] = field(default_factory=list)
    quotes: list[tuple[Span, str]] = field(default_factory=list)  # (span, speaker label)
    date: str | None = None
    triplet: str = ""
    labelled: list[tuple[Span, str]] = field(default_factory=list)  # every non-other_* quote


def build_text(article: dict[str, Any]) -> tuple[str, dict[str, int]]:
    """The analysed text of one BASIL article and the offset of each sentence id in it."""
    parts: list[str] = []
    offsets: dict[str, int] = {}
    pos = 0
    title = (article.get("title") or "").strip()
    if title:
        offsets["title"] = 0
        parts.append(title + "\n")
        pos = len(title) + 1
    n = 0
    for para in article.get("body-paragraphs") or []:
        if not para:
            continue
        line: list[str] = []
        for sent in para:
            if line:
                line.append(" ")
                pos += 1
            offsets[f"p{n}"] = pos
            line.append(sent)
            pos += len(sent)
            n += 1
        parts.append("".join(line) + "\n")
        pos += 1
    return "".join(parts), offsets


def _read_json(path: Path) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as f:
            data: dict[str, Any] = json.load(f)
    except (OSError, ValueError) as e:
        raise InputError(str(path), f"cannot be read as BASIL JSON ({e})") from None
    return data


def article_files(root: Path) -> list[tuple[Path, Path]]:
    """(article, annotation) file pairs under a BASIL folder, sorted."""
    arts = root / "articles"
    if not arts.is_dir():
        raise InputError(str(root), "is not a BASIL folder (no articles/ inside)")
    pairs = []
    for art in sorted(arts.glob("*/*.json")):
        ann = root / "annotations" / art.parent.name / f"{art.stem}_ann.json"
        if ann.exists():
            pairs.append((art, ann))
    if not pairs:
        raise InputError(str(root), "holds no BASIL article with annotations")
    return pairs


def load_article(art_path: Path, ann_path: Path) -> BasilArticle:
    art = _read_json(art_path)
    ann = _read_json(ann_path)
    text, offsets = build_text(art)
    out = BasilArticle(
        name=art_path.stem,
        text=text,
        outlet=str(art.get("source", "")).lower(),
        title=(art.get("title") or "").strip(),
        offsets=offsets,
        date=str(art["date"])[:10] if art.get("date") else None,
        triplet=str(art.get("triplet-uuid") or ""),
    )
    for a in ann.get("phrase-level-annotations", []):
        base = offsets.get(a["id"])
        if base is None:
            continue
        span = (base + int(a["start"]), base + int(a["end"]))
        if a.get("bias") == "lex" and a.get("quote") == "no":
            out.lex.append(span)
        speaker = a.get("speaker") or ""
        if a.get("quote") == "yes" and is_named_label(speaker):
            out.quotes.append((span, speaker))
        if a.get("quote") == "yes" and speaker and not speaker.startswith("other"):
            out.labelled.append((span, speaker))
    return out


def is_named_label(label: str) -> bool:
    """A BASIL speaker label naming someone: not ``other_*``, not a group ("Democratic_Lawmakers",
    "Catholics", "internet_companies"), which no single source's name can match."""
    words = label.lower().split("_")
    if not label or words[0] == "other":
        return False
    return words[-1] not in GROUP_WORDS


def _words(s: str) -> list[str]:
    # A possessive names someone else ("Romney's spokesman"): its word does not count.
    s = _POSSESSIVE.sub(" ", s.lower())
    return [w for w in _WORD.findall(s) if w not in _STOP]


def speaker_matches(label: str, name: str) -> bool:
    """Does a source ``name`` match a BASIL speaker ``label`` (``Donald_Trump``)?"""
    want = _words(label.replace("_", " "))
    have = _words(name)
    if not want or not have:
        return False

    def found(w: str) -> bool:
        return any(h == w or (len(w) >= 4 and (h.startswith(w) or w.startswith(h))) for h in have)

    if want[-1] in _ORG_SUFFIXES and len(want) > 1:
        return found(want[0])
    return all(found(w) for w in want) or found(want[-1])


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@dataclass
class Tally:
    lex: int = 0
    lex_hit: int = 0
    lex_attributed: int = 0
    outlet_sentences: int = 0
    outlet_evaluative: int = 0
    quotes: int = 0
    quotes_covered: int = 0
    quotes_matched: int = 0
    misses: list[dict[str, str]] = field(default_factory=list)

    def add(self, art: BasilArticle, rec: Record) -> None:
        for s in rec.sentences:
            if s.voice in ("outlet-factual", "outlet-evaluative"):
                self.outlet_sentences += 1
                self.outlet_evaluative += s.voice == "outlet-evaluative"
        for span in art.lex:
            self.lex += 1
            best = max(rec.sentences, key=lambda s: _overlap(s.span, span), default=None)
            if best is not None and best.voice == "outlet-evaluative":
                self.lex_hit += 1
            else:
                self.lex_attributed += best is not None and best.voice == "attributed"
                self.misses.append(
                    {"article": art.name, "kind": "lex", "span": rec.text[span[0] : span[1]]}
                )
        for span, label in art.quotes:
            self.quotes += 1
            size = max(1, span[1] - span[0])
            cover = [(sum(_overlap(c, span) for c in a.content_spans), a) for a in rec.attributions]
            cover = [(n, a) for n, a in cover if n * 2 >= size]
            if not cover:
                continue
            self.quotes_covered += 1
            att = max(cover, key=lambda x: x[0])[1]
            src = rec.source_by_id(att.source)
            if src is not None and speaker_matches(label, src.name):
                self.quotes_matched += 1
            else:
                self.misses.append(
                    {
                        "article": art.name,
                        "kind": "speaker",
                        "label": label,
                        "name": src.name if src else "",
                    }
                )

    def metrics(self) -> dict[str, float]:
        share = self.outlet_evaluative / self.outlet_sentences if self.outlet_sentences else 0.0
        return {
            "lex_recall": round(self.lex_hit / self.lex, 4) if self.lex else 0.0,
            "outlet_evaluative_share": round(share, 4),
            "outlet_factual_share": round(1 - share, 4),
            "speaker_accuracy": round(self.quotes_matched / self.quotes_covered, 4)
            if self.quotes_covered
            else 0.0,
            "speaker_coverage": round(self.quotes_covered / self.quotes, 4) if self.quotes else 0.0,
        }


def _articles(arts: list[BasilArticle]) -> Iterator[Article]:
    for a in arts:
        yield Article(
            text=a.text,
            id=a.name,
            outlet=a.outlet or None,
            title=a.title or None,
            published=a.date,
            origin=a.name,
        )


#: Words two quotes of one speaker must share in a run to be one gold quote.
LINEAGE_RUN = 5


def _runs(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def lineage(scored: list[tuple[BasilArticle, Record]]) -> tuple[int, int]:
    """(gold pairs, pairs found) of quote lineage: see the module docstring."""
    from newsprov.corpus import CorpusIndex, quote_key

    index = CorpusIndex.from_state(None)
    clusters: dict[tuple[str, str], list[tuple[str, set[tuple[str, ...]]]]] = {}
    for art, rec in sorted(scored, key=lambda x: (x[0].date or "", x[0].name)):
        for cid, att, text in index.add(rec).quotes:
            clusters.setdefault((art.name, att), []).append(
                (cid, _runs(quote_key(text).split(), 3))
            )

    def found(art: BasilArticle, rec: Record, span: Span) -> set[str]:
        grams = _runs(quote_key(rec.text[span[0] : span[1]]).split(), 3)
        return {
            cid
            for a in rec.attributions
            if any(_overlap(c, span) for c in a.content_spans)
            for cid, runs in clusters.get((art.name, a.id), [])
            if runs & grams or not runs
        }

    # each article's labelled quotes: (label, runs of LINEAGE_RUN words, clusters covering it)
    quotes: dict[str, list[tuple[str, set[tuple[str, ...]], set[str]]]] = {
        art.name: [
            (label, _runs(quote_key(rec.text[a:b]).split(), LINEAGE_RUN), found(art, rec, (a, b)))
            for (a, b), label in art.labelled
        ]
        for art, rec in scored
    }
    by_triplet: dict[str, list[str]] = {}
    for art, _ in scored:
        by_triplet.setdefault(art.triplet, []).append(art.name)
    pairs = hits = 0
    for names in by_triplet.values():
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                for la, wa, ca in quotes[a]:
                    for lb, wb, cb in quotes[b]:
                        if la == lb and wa & wb:
                            pairs += 1
                            hits += bool(ca & cb)
    return pairs, hits


def evaluate(
    root: str | Path, analyzer: Analyzer | None = None, limit: int | None = None
) -> dict[str, Any]:
    """Score newsprov on a BASIL folder (``articles/``, ``annotations/``); plain data out."""
    if analyzer is None:
        from newsprov.analysis.pipeline import Analyzer
        from newsprov.options import Options

        analyzer = Analyzer(Options.from_env(progress=None))
    root = Path(root)
    pairs = article_files(root)[:limit]
    arts = [load_article(a, b) for a, b in pairs]
    started = time.monotonic()
    tally = Tally()
    # the same figures per year (the folder an article lies in) and per outlet: how far they
    # move between parts of the corpus says what to expect on the held-out years
    parts: dict[str, dict[str, Tally]] = {"year": {}, "outlet": {}}
    failed = []
    scored: list[tuple[BasilArticle, Record]] = []
    for (path, _), art, outcome in zip(
        pairs, arts, analyzer.analyze_stream(_articles(arts), total=len(arts)), strict=True
    ):
        if outcome.record is None:
            failed.append(f"{art.name}: {outcome.error}")
            continue
        tally.add(art, outcome.record)
        for axis, key in (("year", path.parent.name), ("outlet", art.outlet or "unknown")):
            parts[axis].setdefault(key, Tally()).add(art, outcome.record)
        scored.append((art, outcome.record))
    gold_pairs, linked = lineage(scored)
    metrics = tally.metrics()
    metrics["quote_lineage_recall"] = round(linked / gold_pairs, 4) if gold_pairs else 0.0
    files = [p for pair in pairs for p in pair]
    return {
        "articles": len(arts),
        "failed": failed,
        "corpus_hash": corpus_hash(files, root),
        "lex_spans": tally.lex,
        "lex_in_attributed_sentences": tally.lex_attributed,
        "outlet_sentences": tally.outlet_sentences,
        "named_quotes": tally.quotes,
        "lineage_pairs": gold_pairs,
        "seconds": round(time.monotonic() - started, 2),
        "metrics": metrics,
        "by": {
            axis: {key: _part(t) for key, t in sorted(tallies.items())}
            for axis, tallies in parts.items()
        },
        "misses": tally.misses,
    }


def _part(t: Tally) -> dict[str, float]:
    """The voice figures of one part of the corpus, with the counts they rest on."""
    m = t.metrics()
    return {
        "lex_recall": m["lex_recall"],
        "lex_spans": t.lex,
        "outlet_evaluative_share": m["outlet_evaluative_share"],
        "outlet_sentences": t.outlet_sentences,
    }


def _gate(shared: Path) -> tuple[dict[str, float], str]:
    result = evaluate(Path(shared) / "data" / "basil")
    metrics = dict(result["metrics"])
    metrics.pop("outlet_evaluative_share")  # a ceiling: gated as outlet_factual_share
    return metrics, result["corpus_hash"]


#: Evaluations under the accuracy gate (:mod:`newsprov.eval.gate`).
GATES = {"basil": _gate}


def render(result: dict[str, Any]) -> str:
    m = result["metrics"]
    return "\n".join(
        [
            f"BASIL: {result['articles']} articles, {result['seconds']} s"
            + (f", {len(result['failed'])} failed" if result["failed"] else ""),
            f"  lexical bias in outlet-evaluative sentences  {m['lex_recall']:.3f}"
            f"  ({result['lex_spans']} spans; {result['lex_in_attributed_sentences']} fell in"
            f" attributed sentences)   target >= 0.75",
            f"  outlet sentences flagged evaluative           {m['outlet_evaluative_share']:.3f}"
            f"  (of {result['outlet_sentences']})   must stay <= 0.35",
            f"  speaker accuracy (covered named quotes)       {m['speaker_accuracy']:.3f}"
            f"  (coverage {m['speaker_coverage']:.3f} of {result['named_quotes']})"
            f"   target >= 0.80",
            f"  quote lineage (same quote, two outlets)      {m['quote_lineage_recall']:.3f}"
            f"  (of {result['lineage_pairs']} same-speaker quote pairs in triplets)",
            *_render_parts(result.get("by", {})),
            f"corpus {result['corpus_hash']}",
        ]
    )


def _render_parts(by: dict[str, dict[str, dict[str, float]]]) -> list[str]:
    lines = []
    for axis, parts in by.items():
        if len(parts) < 2:
            continue
        lines.append(f"  by {axis}: lexical recall (spans), evaluative share (outlet sentences)")
        for key, p in parts.items():
            lines.append(
                f"    {key:8s} {p['lex_recall']:.3f} ({p['lex_spans']:3.0f})"
                f"   {p['outlet_evaluative_share']:.3f} ({p['outlet_sentences']:4.0f})"
            )
    return lines


def register_eval(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "basil",
        help="score sentence voice and quote speakers against BASIL",
        description="Score the outlet's-voice classifier and quote speakers on a BASIL folder.",
    )
    p.add_argument("basil_dir", metavar="DIR", help="e.g. ../shared/data/basil")
    add_eval_options(p)
    p.add_argument("--misses", action="store_true", help="list the missed spans and speakers")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    result = evaluate(args.basil_dir, limit=args.limit)
    misses = result.pop("misses")
    if args.json:
        if args.misses:
            result["misses"] = misses
        sys.stdout.write(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
        return 0
    print(render(result))
    if args.misses:
        for m in misses:
            print("  miss " + json.dumps(m, ensure_ascii=False))
    return 0

"""PolNeAR: read its brat standoff gold, run newsprov on its texts, and score the records.

A split folder (``.../polnear/data/dev``) holds ``text/<article>.txt`` and
``attributions/<article>_<annotator>.ann``. Per article the gold is the alphabetically first
annotator file. Texts are read with ``newline=''`` so brat offsets line up. Predicted
attributions with a ``parent`` are left out: PolNeAR annotates one level only.

Python use (the attribution work iterates with it on train)::

    from newsprov.eval.polnear import evaluate
    result = evaluate("../shared/data/polnear/data/train", limit=100)
    result["metrics"]["lenient_f1"]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsprov.errors import ConfigError, InputError, NewsprovError
from newsprov.eval.spans import ArticleScore, Relation, Span, flat_metrics, score_article, summary

if TYPE_CHECKING:
    from newsprov.analysis.pipeline import Analyzer
    from newsprov.record import Record

GOLD_ROLES = {"Source": "source", "Cue": "cue", "Content": "content", "Content2": "content"}


#: PolNeAR's publisher labels (``metadata.tsv``, column ``publisher``; the prefix of each file
#: name) as the outlet registry names the outlets. Passed as each article's ``outlet``, so the
#: profile knows the article's own outlet: "The Post" in a Washington Post article is no relay
#: (``docs/voice.md``). ``parc`` (the annotators' training texts) names no one outlet.
PUBLISHERS = {
    "wash-post": "The Washington Post",
    "nyt": "The New York Times",
    "usa-today": "USA Today",
    "huff-post": "HuffPost",
    "politico": "Politico",
    "breitbart": "Breitbart News",
    "west-journal": "Western Journalism",
}


@dataclass
class GoldArticle:
    name: str
    text_path: Path
    ann_path: Path
    text: str
    relations: list[Relation]
    outlet: str | None = None


def publishers(data_dir: str | Path) -> dict[str, str]:
    """Article name -> its publisher's outlet name (:data:`PUBLISHERS`), read from the
    ``metadata.tsv`` in ``data_dir`` (the folder above the splits); empty when there is none."""
    path = Path(data_dir) / "metadata.tsv"
    if not path.is_file():
        return {}
    out: dict[str, str] = {}
    lines = read_text(path).splitlines()
    head = lines[0].split("\t") if lines else []
    if "filename" not in head or "publisher" not in head:
        return {}
    name_at, pub_at = head.index("filename"), head.index("publisher")
    for line in lines[1:]:
        cells = line.split("\t")
        if len(cells) > max(name_at, pub_at) and cells[pub_at] in PUBLISHERS:
            out[cells[name_at]] = PUBLISHERS[cells[pub_at]]
    return out


def read_text(path: Path) -> str:
    """An article text exactly as brat offsets expect it (UTF-8, newlines untouched)."""
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(str(path), f"cannot be read ({e})") from None


def _spans(field: str, origin: str) -> tuple[Span, ...]:
    out = []
    for part in field.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    if any(b < a for a, b in out):
        raise ValueError(f"bad span {field!r} in {origin}")
    return tuple(out)


#: The start of a brat standoff line: an id (``T1``, ``E2``, ``A3``, ``R4``, ``N5``, ``#6``,
#: ``*``) and a tab.
BRAT_LINE = re.compile(r"^[TEARN#*]\d*\t")


def parse_ann(content: str, origin: str = "<ann>") -> list[Relation]:
    """Relations of one brat standoff file: ``T`` lines give spans, ``E`` lines tie them.

    ``Content2`` joins the content; an ``E`` without source (``Attribution-no-source``) has an
    empty source; an ``E`` naming neither cue nor content carries nothing to score and is
    skipped. Other lines (``Discard``, ``Discuss`` spans, notes) are ignored. A ``T`` line's
    surface text may run on over line breaks (a span crossing a paragraph, as in a few PolNeAR
    train files): the lines after it that start no brat line are that text and are skipped.
    """
    spans: dict[str, tuple[Span, ...]] = {}
    events: list[tuple[str, list[str]]] = []
    in_text = False  # the last brat line was a T line, whose surface text may run on
    for lineno, line in enumerate(content.splitlines(), 1):
        if not line.strip():
            continue
        if not BRAT_LINE.match(line):
            if in_text:
                continue
            raise InputError(origin, f"line {lineno} is not brat standoff: {line[:80]!r}")
        in_text = line.startswith("T")
        cols = line.split("\t")
        try:
            if line.startswith("T"):
                head = cols[1]
                _kind, _, offsets = head.partition(" ")
                spans[cols[0]] = _spans(offsets, origin)
            elif line.startswith("E"):
                events.append((cols[0], cols[1].split()))
        except (IndexError, ValueError):
            raise InputError(origin, f"line {lineno} is not brat standoff: {line[:80]!r}") from None
    rels: list[Relation] = []
    for eid, args in events:
        roles: dict[str, list[Span]] = {"source": [], "cue": [], "content": []}
        for arg in args[1:]:
            role, _, tid = arg.partition(":")
            key = GOLD_ROLES.get(role)
            if key is None:
                continue
            if tid not in spans:
                raise InputError(origin, f"{eid} refers to a missing span {tid}")
            roles[key].extend(spans[tid])
        if not roles["cue"] and not roles["content"]:
            continue
        rels.append(
            Relation(
                source=tuple(roles["source"]),
                cue=tuple(roles["cue"]),
                content=tuple(roles["content"]),
                ident=eid,
            )
        )
    return rels


def gold_files(split_dir: str | Path, limit: int | None = None) -> list[tuple[Path, Path]]:
    """(text, gold .ann) pairs of a split, sorted by article name; first annotator file wins."""
    root = Path(split_dir)
    tdir, adir = root / "text", root / "attributions"
    if not tdir.is_dir() or not adir.is_dir():
        raise InputError(str(root), "is not a PolNeAR split folder (needs text/ and attributions/)")
    anns: dict[str, Path] = {}
    for ann in sorted(adir.glob("*.ann")):
        article = ann.stem.rsplit("_", 1)[0]
        anns.setdefault(article, ann)
    pairs = []
    for txt in sorted(tdir.glob("*.txt")):
        gold = anns.get(txt.stem)
        if gold is not None:
            pairs.append((txt, gold))
    if not pairs:
        raise InputError(str(root), "has no text with a matching .ann file")
    return pairs[:limit] if limit else pairs


def corpus_hash(files: list[Path], root: Path) -> str:
    """sha256 over the files used (sorted by path relative to ``root``): path, NUL, bytes, NUL."""
    h = hashlib.sha256()
    for path in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
        h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        h.update(path.read_bytes() + b"\0")
    return "sha256:" + h.hexdigest()


def load_gold(split_dir: str | Path, limit: int | None = None) -> list[GoldArticle]:
    out = []
    outlets = publishers(Path(split_dir).parent)
    for txt, ann in gold_files(split_dir, limit):
        text = read_text(txt)
        rels = parse_ann(read_text(ann), str(ann))
        out.append(GoldArticle(txt.stem, txt, ann, text, rels, outlets.get(txt.stem)))
    return out


def predicted_relations(rec: Record) -> list[Relation]:
    """A record's top-level attributions (no ``parent``) as relations."""
    return [
        Relation(
            source=tuple(a.source_spans),
            cue=tuple(a.cue_spans),
            content=tuple(a.content_spans),
            ident=a.id,
        )
        for a in rec.attributions
        if a.parent is None
    ]


def records_for(gold: list[GoldArticle], analyzer: Analyzer) -> Iterator[Record]:
    """Analyse the gold texts in batches; a failed article stops the evaluation with its error."""
    from newsprov.ingest import article_from_text

    items = [
        article_from_text(
            g.text,
            str(g.text_path),
            analyzer.options,
            id=g.name,
            **({"outlet": g.outlet} if g.outlet else {}),
        )
        for g in gold
    ]
    for g, outcome in zip(gold, analyzer.analyze_stream(items, total=len(items)), strict=True):
        if outcome.record is None:
            raise outcome.error or NewsprovError(f"{g.text_path}: analysis failed")
        if outcome.record.text != g.text:
            raise NewsprovError(
                f"{g.text_path}: record text differs from the file; offsets unusable"
            )
        yield outcome.record


def evaluate(
    split_dir: str | Path,
    analyzer: Analyzer | None = None,
    limit: int | None = None,
    errors: bool = False,
) -> dict[str, Any]:
    """Score newsprov on a PolNeAR split folder.

    Returns plain data: ``metrics`` (flat gated figures), ``roles`` (token and exact P/R/F1 per
    source, cue, content), ``relations`` (lenient, strict), counts, ``corpus_hash`` and timing;
    with ``errors=True`` also ``articles_detail``: per article the missed, spurious and
    lenient-only matches, as text, for error analysis.
    """
    if analyzer is None:
        from newsprov.analysis.pipeline import Analyzer
        from newsprov.options import Options

        analyzer = Analyzer(Options.from_env(progress=None))
    root = Path(split_dir)
    gold = load_gold(root, limit)
    started = time.monotonic()
    records = list(records_for(gold, analyzer))
    result = score(root, gold, records, errors)
    result["seconds"] = round(time.monotonic() - started, 2)
    return result


def score(
    root: Path, gold: list[GoldArticle], records: list[Record], errors: bool = False
) -> dict[str, Any]:
    """Score records already made for ``gold`` (same order); see :func:`evaluate`."""
    if len(records) != len(gold):
        raise NewsprovError(f"{len(records)} records for {len(gold)} gold articles")
    total = ArticleScore()
    detail = []
    for g, rec in zip(gold, records, strict=True):
        s = score_article(g.text, g.relations, predicted_relations(rec))
        total.add(s)
        if errors:
            detail.append(_detail(g, s))
    files = [g.text_path for g in gold] + [g.ann_path for g in gold]
    result: dict[str, Any] = {
        "corpus": "polnear",
        "split": root.name,
        "path": str(root),
        "articles": len(gold),
        "corpus_hash": corpus_hash(files, root),
        "gold_relations": total.lenient.gold,
        "predicted_relations": total.lenient.pred,
        "seconds": 0.0,
        "metrics": flat_metrics(total),
        **summary(total),
    }
    if errors:
        result["articles_detail"] = detail
    return result


def _rel_text(text: str, rel: Relation) -> dict[str, str]:
    return {
        "id": rel.ident,
        **{r: " … ".join(text[a:b] for a, b in rel.role(r)) for r in ("source", "cue", "content")},
    }


def _detail(g: GoldArticle, score: ArticleScore) -> dict[str, Any]:
    partial = [
        {"gold": _rel_text(g.text, gr), "pred": _rel_text(g.text, pr)}
        for gr, pr in score.matched
        if (gr.source, gr.cue, gr.content) != (pr.source, pr.cue, pr.content)
    ]
    return {
        "article": g.name,
        "gold": score.lenient.gold,
        "predicted": score.lenient.pred,
        "lenient_tp": score.lenient.tp,
        "strict_tp": score.strict.tp,
        "missed": [_rel_text(g.text, r) for r in score.missed],
        "spurious": [_rel_text(g.text, r) for r in score.spurious],
        "lenient_not_strict": partial,
    }


def format_table(result: dict[str, Any]) -> str:
    """The readable view: per role token/exact P/R/F1, then relation P/R/F1."""
    lines = [
        f"PolNeAR {result['split']}: {result['articles']} articles, "
        f"{result['gold_relations']} gold relations, {result['predicted_relations']} predicted "
        f"(top level), {result['seconds']:.1f} s",
        "",
        f"{'role':<10}{'level':<8}{'P':>8}{'R':>8}{'F1':>8}",
    ]
    for role, levels in result["roles"].items():
        for level, m in levels.items():
            lines.append(f"{role:<10}{level:<8}{m['p']:>8.3f}{m['r']:>8.3f}{m['f1']:>8.3f}")
    lines.append("")
    lines.append(f"{'relations':<18}{'P':>8}{'R':>8}{'F1':>8}")
    for rule, m in result["relations"].items():
        lines.append(f"{rule:<18}{m['p']:>8.3f}{m['r']:>8.3f}{m['f1']:>8.3f}")
    lines.append("")
    lines.append(f"corpus {result['corpus_hash']}")
    return "\n".join(lines)


def _gate_dev(shared: Path) -> tuple[dict[str, float], str]:
    result = evaluate(Path(shared) / "data" / "polnear" / "data" / "dev")
    return result["metrics"], result["corpus_hash"]


#: Evaluations under the accuracy gate (:mod:`newsprov.eval.gate`).
GATES = {"polnear-dev": _gate_dev}


# -- ``newsprov eval polnear`` ----------------------------------------------------------------
def article_limit(value: str) -> int:
    """``--limit`` of the eval commands: a whole number of articles, at least 1 (0 scored every
    article and -3 all but the last three, through a slice). A bad one is a ConfigError, one
    line from the CLI's ``main`` as a bad number flag of any command is."""
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise ConfigError(f"--limit {value!r}: give a whole number of articles, at least 1")
    return n


def add_eval_options(p: argparse.ArgumentParser) -> None:
    """``--limit`` and ``--json``, which the eval commands share."""
    p.add_argument(
        "--limit",
        type=article_limit,
        default=None,
        help="score only the first N articles (default: all)",
    )
    p.add_argument("--json", action="store_true", help="print the result as JSON")


def register_eval(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "polnear",
        help="score attributions against a PolNeAR split",
        description="Score newsprov's attributions on a PolNeAR split folder (text/, attributions/).",
    )
    p.add_argument("split_dir", metavar="DIR", help="e.g. ../shared/data/polnear/data/dev")
    add_eval_options(p)
    p.add_argument(
        "--errors",
        metavar="FILE",
        default=None,
        help="write per-article missed, spurious and lenient-only relations as JSON Lines",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    out = None
    if args.errors:  # fail before the long evaluation, not after
        try:
            out = open(args.errors, "w", encoding="utf-8")
        except OSError as e:
            raise InputError(args.errors, f"cannot be written ({e.strerror or e})") from None
    try:
        result = evaluate(args.split_dir, limit=args.limit, errors=out is not None)
        for row in result.pop("articles_detail", None) or []:
            assert out is not None
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        if out is not None:
            out.close()
    if args.json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
    else:
        sys.stdout.write(format_table(result) + "\n")
        if args.errors:
            sys.stdout.write(f"per-article errors written to {args.errors}\n")
    return 0

"""Mines the verb cue lexicon (``data/cues_verbs.tsv``) from PolNeAR train.

Every verb frame the rules can build becomes a candidate; a candidate *matches* when it meets
a gold relation under the lenient rule (cues share a character, sources share one or are both
empty, content token-F1 >= 0.5). Counts are kept per ``lemma|frame`` and per
``lemma|frame|subject-class``; :class:`~newsprov.analysis.attribution.lexicon.VerbLexicon`
decides from them. Two rounds: the second marks nesting against the first round's cues. The
learned acceptance (:mod:`.acceptance`) is fitted on the second round's verb frame candidates
and written beside the counts (``data/cues_verbs_model.tsv``).

    python -m newsprov.analysis.attribution.mine ../shared/data/polnear/data/train
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from newsprov.analysis.attribution import headline
from newsprov.analysis.attribution.acceptance import Acceptance, fit
from newsprov.analysis.attribution.candidate import Candidate
from newsprov.analysis.attribution.extract import extract_candidates
from newsprov.analysis.attribution.lexicon import (
    MODEL_FILE,
    VerbLexicon,
    context_keys,
    object_key,
    particle_key,
)
from newsprov.errors import NewsprovError
from newsprov.eval.spans import (
    Relation,
    Tokens,
    canonical_relation,
    lenient_match,
    share_char,
)

HEADER = """\
# Verb cue lexicon mined from PolNeAR train (Newell, Margolin & Ruths, LREC 2018; first
# annotator file per article) by `python -m newsprov.analysis.attribution.mine`.
# key<TAB>candidates<TAB>matched: how many non-nested candidates the frame rules built for the
# key on train and how many matched a gold relation leniently. Keys: lemma|frame (verb frames:
# ccomp, quote, paren, tail, xcomp, dobj, prep:<p>; -pass = passive; noun frames: n-prep:<p>,
# n-that; the subject of a noun is its possessor), lemma|frame|S by
# subject class (P pronoun, R relative pronoun, E name, N noun, 0 none); a particle verb in a
# clause, quote, parenthetical or tail frame also as "lemma particle|frame" (point out|ccomp).
# lexicon.py holds the acceptance rule.
"""


MODEL_HEADER = """\
# Learned acceptance of verb frames (lexicon.py, acceptance.py): the weights of a logistic
# regression over the features of acceptance.FEATURES, fitted by
# `python -m newsprov.analysis.attribution.mine` on the verb frame candidates mined from
# PolNeAR train beside cues_verbs.tsv (each candidate's key estimates without its article).
# feature<TAB>weight
"""


def candidate_relation(c: Candidate) -> Relation:
    """A candidate as the evaluation's relation: its source mention, cue and content spans."""
    return Relation(
        source=(c.source_mention,) if c.source_mention else (),
        cue=tuple(c.cue),
        content=tuple(c.content),
    )


@dataclass
class Mined:
    """One verb frame candidate of the mining: its article's position, the keys it counts for,
    whether it matched gold, and what the learned acceptance reads of it."""

    article: int
    keys: list[str]
    ok: bool
    cue_ok: bool  # its cue shares a character with a gold relation's cue
    lemma: str
    frame: str
    sclass: str
    obj: str
    context: dict[str, object]


def mine_counts(
    items: Iterable[tuple[Doc, list[Relation]]],
    lex: VerbLexicon,
    mined: list[Mined] | None = None,
) -> tuple[Counter[str], Counter[str]]:
    """``(candidates, matched)`` per key over ``(parsed doc, gold relations)`` pairs; each verb
    frame candidate (with a context) is appended to ``mined`` when given."""
    made: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    for art, (doc, gold) in enumerate(items):
        text = doc.text
        toks = Tokens(text)
        gold_c = [canonical_relation(text, g) for g in gold]
        for c in extract_candidates(doc, lex, mine=True):
            if c.extra.get("nested") or "sclass" not in c.extra:
                continue
            pred = canonical_relation(text, candidate_relation(c))
            ok = any(lenient_match(toks, g, pred) is not None for g in gold_c)
            key = str(c.extra["key"])
            by_obj = object_key(key, str(c.extra.get("obj", "")))
            keys = context_keys(key, str(c.extra["sclass"])) + ([by_obj] if by_obj else [])
            by_prt = particle_key(key, str(c.extra.get("prt", "")))
            if by_prt is not None:  # the particle verb counted on its own too
                keys += context_keys(by_prt, str(c.extra["sclass"]))
            for k in keys:
                made[k] += 1
                hit[k] += ok
            ctx = c.extra.get("context")
            if mined is not None and isinstance(ctx, dict):
                lemma, _, frame = key.partition("|")
                obj = str(c.extra.get("obj", ""))
                cue_ok = ok or any(share_char(g.cue, pred.cue) for g in gold_c)
                sclass = str(c.extra["sclass"])
                mined.append(Mined(art, keys, ok, cue_ok, lemma, frame, sclass, obj, ctx))
    return made, hit


class _Without(Mapping[str, tuple[int, int]]):
    """``counts`` less one article's own counts (``own``): the estimates an article's
    candidates would get from a lexicon mined without it."""

    def __init__(self, counts: Mapping[str, tuple[int, int]], own: dict[str, tuple[int, int]]):
        self.counts, self.own = counts, own

    def __getitem__(self, key: str) -> tuple[int, int]:
        n, hits = self.counts[key]
        m, h = self.own.get(key, (0, 0))
        if n - m <= 0:
            raise KeyError(key)
        return n - m, hits - h

    def __iter__(self) -> Iterator[str]:
        return iter(self.counts)

    def __len__(self) -> int:
        return len(self.counts)


def learn_acceptance(lex: VerbLexicon, mined: list[Mined]) -> Acceptance:
    """The learned acceptance fitted on the mined candidates (``lex`` their counts) to whether
    a candidate's cue shares a character with a gold cue (fitted to the lenient match, as the
    counts are, it turned down cues whose content or source missed and lowered cue tokens by
    up to 0.01 on train CV, history 2026-12-05). Each candidate's key estimates come from the
    counts without its own article's, as a lexicon mined elsewhere would give them (fitted on
    the estimates that include it, the model trusts the estimate too much and scored lower than
    the estimate alone); candidates a hand rule or the back-off decides, and keys that never
    matched, are left out, as in :meth:`~.lexicon.VerbLexicon.accepts`."""
    own: dict[int, dict[str, tuple[int, int]]] = defaultdict(dict)
    for m in mined:
        counts = own[m.article]
        for k in m.keys:
            n, h = counts.get(k, (0, 0))
            counts[k] = (n + 1, h + m.ok)
    rows: list[dict[str, float]] = []
    labels: list[bool] = []
    without: dict[int, VerbLexicon] = {}
    for m in mined:
        if m.article not in without:
            # the frame shares of all the counts: one article changes them little
            without[m.article] = VerbLexicon(
                _Without(lex.counts, own[m.article]), frame_prior=lex.frame_share
            )
        other = without[m.article]
        decided = other.decision(m.lemma, m.frame, m.sclass, m.obj)
        if isinstance(decided, bool) or decided[1] == 0.0:
            continue
        rows.append(other.context_features(m.lemma, m.frame, m.sclass, decided[1], m.context))
        labels.append(m.cue_ok)
    return fit(rows, labels)


def to_lexicon(made: Counter[str], hit: Counter[str]) -> VerbLexicon:
    """Every key's counts: a key seen once still tells its estimate something."""
    return VerbLexicon({k: (n, hit[k]) for k, n in made.items()})


def write_lexicon(lex: VerbLexicon, path: Path) -> None:
    """The counts to ``path``, the learned acceptance's weights beside it
    (:data:`~.lexicon.MODEL_FILE`)."""
    rows = sorted(lex.counts.items(), key=lambda kv: (-kv[1][1], kv[0]))
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for k, (n, h) in rows:
            f.write(f"{k}\t{n}\t{h}\n")
    if lex.model is not None:
        with open(path.with_name(MODEL_FILE), "w", encoding="utf-8") as f:
            f.write(MODEL_HEADER)
            f.write("".join(ln + "\n" for ln in lex.model.lines()))


def mine(items: list[tuple[Doc, list[Relation]]], rounds: int = 2) -> VerbLexicon:
    """The lexicon mined on ``items``, with the learned acceptance fitted on the last round's
    candidates (:func:`learn_acceptance`)."""
    lex = VerbLexicon({})
    mined: list[Mined] = []
    for _ in range(rounds):
        mined = []
        lex = to_lexicon(*mine_counts(items, lex, mined))
    lex.model = learn_acceptance(lex, mined)
    return lex


def read_gold(split: Path) -> list[tuple[str, list[Relation]]]:
    """``(text, gold relations)`` per article (first annotator)."""
    from newsprov.eval.polnear import gold_files, parse_ann, read_text

    out = []
    for txt, ann in gold_files(split):
        out.append((read_text(txt), parse_ann(read_text(ann), str(ann))))
    return out


def parse_gold(gold: list[tuple[str, list[Relation]]]) -> list[tuple[Doc, list[Relation]]]:
    """Parse the texts as the pipeline does before the attribution stage (the model, paragraph
    breaks, residue and dateline: the dateline is never content, so mine what the pipeline
    will see, and the parse of a Title-Case headline's sentence-case copy); pair each doc with
    its gold relations."""
    from newsprov.analysis import components
    from newsprov.analysis.pipeline import load_language

    nlp = load_language()
    keep = [n for n in nlp.pipe_names if not n.startswith("newsprov.")] + [components.PARAGRAPHS]
    with nlp.select_pipes(enable=keep):
        docs = list(nlp.pipe((text for text, _ in gold), batch_size=32))
    return before_attribution(nlp, docs, gold)


def before_attribution(
    nlp: Language, docs: list[Doc], gold: list[tuple[str, list[Relation]]]
) -> list[tuple[Doc, list[Relation]]]:
    """Run on the model's parse of each text what the pipeline runs before the attribution
    stage (residue, dateline, the Title-Case headline's sentence-case copy); pair each doc
    with its gold relations."""
    for doc in docs:
        for name in ("newsprov.residue.v1", "newsprov.dateline.v1"):
            nlp.get_pipe(name)(doc)
        headline.attach(nlp, doc)
    return list(zip(docs, [rels for _, rels in gold], strict=True))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("split", type=Path, help="PolNeAR split folder (train)")
    ap.add_argument(
        "--out", type=Path, default=Path(__file__).parents[2] / "data" / "cues_verbs.tsv"
    )
    args = ap.parse_args(argv)
    try:
        gold = read_gold(args.split)
    except NewsprovError as e:
        print(f"newsprov: error: {e}", file=sys.stderr)
        return e.exit_code
    print(f"parsing {len(gold)} articles ...", file=sys.stderr)
    lex = mine(parse_gold(gold))
    write_lexicon(lex, args.out)
    print(f"{len(lex.counts)} keys written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

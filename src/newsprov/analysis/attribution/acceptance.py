"""The learned acceptance of verb frames: a logistic regression that decides a frame from its
key's estimates (:class:`~.lexicon.VerbLexicon`) and its context, what the sentence says about
the report besides its key (the verb's form, negation, a modal, a question, a quotation, the
content's length and clause, the source's kind, the first sentence), read from the few tokens
around the verb. The gold takes the same key both ways; the context tells some of them apart.

Fitted by the mining command (:func:`~.mine.learn_acceptance`) on the mined candidates, the
label being whether the candidate's cue shares a character with a gold cue; the weights ship
in ``data/cues_verbs_model.tsv``. The decision rule: ``lexicon.MODEL_THRESHOLD``."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy
from spacy.tokens import Token

from newsprov.analysis.attribution.spans import child_tokens

#: The penalty on the weights (not the bias) and the number of Newton steps of :func:`fit`.
L2 = 1.0
NEWTON_STEPS = 30

#: Tags of a finite verb: the head of a clause with a finite verb ("said that he *was*").
_FINITE = frozenset("VBD VBZ VBP MD".split())
#: Verb tags kept apart; others count as ``other``.
TAGS = ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB")
#: Source kinds.
SOURCE_KINDS = ("none", "pron", "person", "org", "name", "noun")


def context_of(v: Token, content: set[int], quoted: bool, src: Token | None) -> dict[str, object]:
    """The context record of verb ``v`` with content token ids ``content``, ``quoted`` when
    the frame holds a quotation, and source token ``src``."""
    neg = modal = False
    finite = False
    for c in child_tokens(v):
        if c.dep_ == "neg":
            neg = True
        elif c.dep_ in ("aux", "auxpass") and c.tag_ == "MD":
            modal = True
        elif c.i in content and c.dep_ in ("ccomp", "parataxis", "conj", "advcl", "xcomp"):
            finite = (
                finite
                or c.tag_ in _FINITE
                or any(a.dep_ in ("aux", "auxpass") and a.tag_ in _FINITE for a in c.children)
            )
    sent = v.sent
    doc = v.doc
    last = doc[max(sent.start, sent.end - 2) : sent.end].text
    n = len(content)
    return {
        "tag": v.tag_ if v.tag_ in TAGS else "other",
        "neg": neg,
        "modal": modal,
        "question": "?" in last,
        "quoted": quoted,
        "len": 0 if n <= 3 else 1 if n <= 8 else 2 if n <= 20 else 3,
        "finite": finite,
        "source": source_kind(src),
        "first": sent.start == 0,
    }


def source_kind(src: Token | None) -> str:
    """One of :data:`SOURCE_KINDS`."""
    if src is None:
        return "none"
    if src.pos_ == "PRON" or src.tag_ in ("WDT", "WP"):
        return "pron"
    if src.ent_type_ == "PERSON":
        return "person"
    if src.ent_type_ in ("ORG", "NORP", "GPE"):
        return "org"
    if src.pos_ == "PROPN":
        return "name"
    return "noun"


#: Frame families (``prep:<p>`` is ``prep``, ``ccomp-pass`` is ``ccomp`` with ``passive``);
#: any other is ``other``.
FRAMES = ("ccomp", "quote", "paren", "tail", "xcomp", "dobj", "prep", "acomp", "subj", "agent")
#: The model's features, in the order of the weights file.
FEATURES = (
    ("logit_key", "logit_coarse", "over", "log_n_coarse", "log_n_sclass", "passive")
    + tuple(f"frame={x}" for x in (*FRAMES, "other"))
    + tuple(f"sclass={x}" for x in "PREN0")
    + tuple(f"tag={x}" for x in (*TAGS, "other"))
    + ("neg", "modal", "question", "quoted", "finite", "first")
    + tuple(f"len={x}" for x in range(4))
    + tuple(f"source={x}" for x in SOURCE_KINDS)
    + ("quoted_x_logit",)
)


def _logit(p: float) -> float:
    p = min(max(p, 0.005), 0.995)
    return math.log(p / (1 - p))


def features(
    share: float,
    coarse_share: float,
    over: bool,
    n_coarse: int,
    n_sclass: int,
    frame: str,
    sclass: str,
    ctx: dict[str, object],
) -> dict[str, float]:
    """The non-zero features of one decision: ``share`` the estimate of the key that decides
    (the lexicon's), ``coarse_share`` that of ``lemma|frame``, ``over`` whether ``share``
    passes the lexicon's threshold, ``n_coarse`` and ``n_sclass`` the train candidates of
    ``lemma|frame`` and ``lemma|frame|S``, ``ctx`` from :func:`context_of`."""
    lk = _logit(share)
    family = frame.split(":")[0].split("-")[0]
    out = {
        "logit_key": lk,
        "logit_coarse": _logit(coarse_share),
        "over": float(over),
        "log_n_coarse": math.log1p(n_coarse),
        "log_n_sclass": math.log1p(n_sclass),
        "passive": float(frame.endswith("-pass")),
        f"frame={family if family in FRAMES else 'other'}": 1.0,
        f"sclass={sclass}": 1.0,
        f"tag={ctx['tag']}": 1.0,
        f"len={ctx['len']}": 1.0,
        f"source={ctx['source']}": 1.0,
    }
    for name in ("neg", "modal", "question", "quoted", "finite", "first"):
        if ctx[name]:
            out[name] = 1.0
    if ctx["quoted"]:
        out["quoted_x_logit"] = lk
    return out


@dataclass
class Acceptance:
    """A logistic regression over :data:`FEATURES`: the probability that a verb frame in its
    context matches a gold relation."""

    weights: dict[str, float]
    bias: float

    def probability(self, feats: dict[str, float]) -> float:
        w = self.weights
        z = self.bias + sum(v * w.get(k, 0.0) for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-z))

    def lines(self) -> list[str]:
        return [f"bias\t{self.bias:.6f}"] + [f"{k}\t{self.weights[k]:.6f}" for k in FEATURES]

    @classmethod
    def parse(cls, lines: list[str]) -> Acceptance:
        rows = dict(ln.split("\t")[:2] for ln in lines)
        missing = set(FEATURES) - rows.keys()
        if missing or "bias" not in rows:
            raise ValueError(f"acceptance weights miss {sorted(missing) or ['bias']}")
        return cls({k: float(rows[k]) for k in FEATURES}, float(rows["bias"]))


def fit(rows: list[dict[str, float]], labels: list[bool], l2: float = L2) -> Acceptance:
    """The L2-penalised logistic regression of ``labels`` on ``rows`` (Newton's method)."""
    col = {k: j for j, k in enumerate(FEATURES)}
    x = numpy.zeros((len(rows), len(FEATURES) + 1))
    x[:, -1] = 1.0
    for i, row in enumerate(rows):
        for k, v in row.items():
            x[i, col[k]] = v
    y = numpy.asarray(labels, dtype=float)
    w = numpy.zeros(x.shape[1])
    penalty = numpy.full(x.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + numpy.exp(-(x @ w)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + numpy.diag(penalty)
        w -= numpy.linalg.solve(hess, grad)
    return Acceptance({k: float(w[j]) for k, j in col.items()}, float(w[-1]))

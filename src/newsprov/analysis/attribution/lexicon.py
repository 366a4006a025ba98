"""Cue lexicons shipped in ``newsprov/data`` and the decision which verb frames are cues.

``cues_verbs.tsv`` holds, per key, how many candidates the frame rules produced on PolNeAR
train (first annotator per article, non-nested candidates) and how many of them matched a
gold relation under the lenient rule. Keys are ``lemma|frame`` (coarse) and
``lemma|frame|S`` (by subject class ``S``: ``P`` pronoun, ``E`` name/entity, ``N`` common
noun, ``0`` none). Regenerate with ``python -m newsprov.analysis.attribution.mine``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

from spacy.strings import get_string_id

from newsprov.errors import ConfigError

#: A frame is a cue when at least this share of its train candidates matched gold. Tuned on
#: PolNeAR train (0.30-0.45 score within 0.005 of each other; dev was only read afterwards).
THRESHOLD = 0.3
#: A subject-class key decides alone once it has this many train candidates.
MIN_SUPPORT = 5
#: A coarse key needs at least this many matches.
MIN_HITS = 2
#: Verbs of action kept out whatever the data says: "the Pentagon ordered the military to plan"
#: reports no speech or belief (PolNeAR annotators sometimes mark them).
ACTION_VERBS = frozenset("order authorize approve require make have take give get go do be".split())

#: Light verbs, whose meaning comes from their object ("made clear that", "took issue with",
#: "expressed concern that", "issued a statement"): their frames are also counted per object
#: word (``lemma|frame|=obj``), which decides before the subject class and lets an action verb
#: be a cue with the right object. Tuned on PolNeAR train 2-fold CV: object keys for every verb
#: scored lower (strict -0.006); with this set lenient +0.001, cue token +0.0025.
LIGHT_VERBS = frozenset(
    "make have take give draw put cast raise hold offer express voice pose issue lodge level "
    "find provide".split()
)

#: Frames in which a verb the lexicon has never seen in that frame may still be a cue, when it
#: is one of the Gender Gap Tracker's quote verbs (``cues_ggt_verbs.txt``): "His plan, he
#: stated, was ..." (train has "state" only in ``ccomp`` and ``quote``). Tuned on PolNeAR train
#: 2-fold CV: backing off only for lemmas never seen at all scored lenient -0.0015, strict
#: -0.0010 (both splits); backing ``tail`` off too was mixed.
BACKOFF_FRAMES = frozenset("ccomp quote paren".split())


@cache
def ggt_verbs() -> frozenset[str]:
    return frozenset(ln.strip() for ln in _lines("cues_ggt_verbs.txt"))


def _lines(name: str) -> list[str]:
    try:
        text = resources.files("newsprov").joinpath("data", name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as e:
        raise ConfigError(f"the cue lexicon {name} is missing from the package: {e}") from None
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@dataclass
class VerbLexicon:
    """Train counts per key, and the acceptance rule over them."""

    counts: dict[str, tuple[int, int]]

    def _can_accept(self, key: str) -> bool:
        n, hits = self.counts[key]
        if key.count("|") >= 2:
            return n >= MIN_SUPPORT and hits / n >= THRESHOLD
        return hits >= MIN_HITS and hits / n >= THRESHOLD

    def _hashes(self, noun: bool) -> list[int]:
        words = {
            k.split("|", 1)[0]
            for k in self.counts
            if _frame_kind(k.split("|")[1]) == ("noun" if noun else "verb") and self._can_accept(k)
        }
        if not noun:
            words |= ggt_verbs()
        words -= ACTION_VERBS - {
            k.split("|", 1)[0] for k in self.counts if "|=" in k and self._can_accept(k)
        }
        return [get_string_id(w) for lem in words for w in (lem, lem.capitalize())]

    @cached_property
    def lemma_hashes(self) -> list[int]:
        """spaCy string ids (lower and capitalised) of the verb lemmas that have a frame
        accepted in some context: other verbs need not be looked at."""
        return self._hashes(noun=False)

    @cached_property
    def noun_hashes(self) -> list[int]:
        """The same for nouns (``n-...`` frames)."""
        return self._hashes(noun=True)

    def by_object(self, lemma: str, frame: str, obj: str) -> bool | None:
        """The decision of the light-verb key ``lemma|frame|=obj``, or None when it has
        fewer than :data:`MIN_SUPPORT` train candidates."""
        key = object_key(f"{lemma}|{frame}", obj)
        g = self.counts.get(key) if key else None
        if g is None or g[0] < MIN_SUPPORT:
            return None
        return g[1] / g[0] >= THRESHOLD

    def accepts(self, lemma: str, frame: str, context: str, obj: str = "") -> bool:
        """Backs off from the most specific key with enough support to the coarse one: for a
        light verb ``lemma|frame|=obj`` (``obj``: the object word), then ``lemma|frame|S``
        (``S``: the subject class), then ``lemma|frame``."""
        decided = self.by_object(lemma, frame, obj)
        if decided is not None:
            return decided
        if lemma in ACTION_VERBS:
            return False
        for key in context_keys(f"{lemma}|{frame}", context)[:0:-1]:
            g = self.counts.get(key)
            if g is not None and g[0] >= MIN_SUPPORT:
                return g[1] / g[0] >= THRESHOLD
        c = self.counts.get(f"{lemma}|{frame}")
        if c is None and frame in BACKOFF_FRAMES:
            return lemma in ggt_verbs()  # a quote verb never seen in train in this frame
        return c is not None and c[1] >= MIN_HITS and c[1] / c[0] >= THRESHOLD


def object_key(key: str, obj: str) -> str | None:
    """``lemma|frame|=obj`` for a light verb with an object word, else None."""
    if not obj or key.split("|", 1)[0] not in LIGHT_VERBS:
        return None
    return f"{key}|={obj}"


def context_keys(key: str, context: str) -> list[str]:
    """``key``, then ``key|S``, ``key|S.F`` for context ``S.F`` (coarse to fine)."""
    parts = context.split(".")
    return [key] + [f"{key}|{'.'.join(parts[: k + 1])}" for k in range(len(parts))]


def parse_counts(lines: list[str]) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for ln in lines:
        key, n, hits = ln.split("\t")[:3]
        out[key] = (int(n), int(hits))
    return out


@cache
def verb_lexicon() -> VerbLexicon:
    """The shipped verb lexicon."""
    return VerbLexicon(parse_counts(_lines("cues_verbs.tsv")))


def _frame_kind(frame: str) -> str:
    """``noun`` (``n-...`` frames), ``in`` ("In <a poll>, ...": ``pp-in``, decided in
    ``according.in_source``) or ``verb`` (every other frame)."""
    if frame.startswith("n-"):
        return "noun"
    if frame == "pp-in":
        return "in"
    return "verb"

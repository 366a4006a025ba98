"""Stories: articles reporting the same event, grouped incrementally as they arrive.

An article's *story signature* is a small weighted bag of features taken from its text, title
and URL with regex work only (no spaCy, so it costs well under a millisecond a kilobyte):

* ``e:``/``b:`` proper names (capitalised words and adjacent pairs, sentence openers that are
  ordinary words excluded), weighted x2: who and where tell two earthquakes apart;
* ``n:`` numbers of two or more digits (magnitudes, ages, tolls, years), weighted x1.5;
* ``w:`` content words (stop words out, plurals folded), weighted x1;
* title and URL-slug features count three times.

:class:`StoryIndex` keeps document frequencies and an inverted index of each article's top
features. A new article retrieves candidates through its rarest features only (postings longer
than a cap are skipped, so no all-pairs comparison ever happens and growth stays near-linear),
scores them by TF-IDF cosine with the IDF of the corpus so far, and joins the best story when
its *average-link* similarity (mean over the story's members, at least one strong single
match) clears the threshold and both dates fall inside the time window; otherwise it starts a
new story.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from newsprov.corpus.text import NOT_NAMES, STOP, fold, tokens, word_stem

SIGNATURE_SIZE = 64  # features kept per article (state stays compact)
QUERY_FEATURES = 24  # most salient features used to retrieve candidates
RECENT_POSTINGS = 300  # latest articles read per feature (arrival is roughly by time)
MAX_CANDIDATES = 100  # articles scored per new article, by features shared
LINK_MEMBERS = 20  # a story's average link runs over its best this-many members
TYPE_WEIGHT = {"e": 2.0, "b": 2.0, "n": 3.0, "w": 1.0}
TITLE_BOOST = 3.0
LEAD_BOOST = 2.0
LEAD_CHARS = 600


def _lead_end(text: str) -> int:
    """Where the lead ends: the first sentence end after LEAD_CHARS characters."""
    if len(text) <= LEAD_CHARS:
        return len(text)
    m = re.compile(r"[.!?][\"”']?\s").search(text, LEAD_CHARS)
    return m.end() if m else len(text)


def signature_from_text(
    text: str, title: str | None = None, url: str | None = None
) -> dict[str, float]:
    """The raw feature weights of an article (term counts times type weight, title x3)."""
    feats: defaultdict[str, float] = defaultdict(float)
    cut = _lead_end(text)
    _add_text(feats, text[:cut], LEAD_BOOST)
    _add_text(feats, text[cut:], 1.0)
    if title:
        _add_text(feats, title, TITLE_BOOST)
    if url:
        slug = re.sub(r"^[a-z]+://[^/]+", "", url.lower())
        for w in re.findall(r"[a-z]{4,}", slug):
            w = word_stem(w)
            if w not in STOP:
                feats["w:" + w] += TITLE_BOOST
    return {f: round(TYPE_WEIGHT[f[0]] * (1.0 + math.log(c)) if c >= 1 else TYPE_WEIGHT[f[0]] * c, 3)
            for f, c in feats.items()}  # fmt: skip


def _add_text(feats: defaultdict[str, float], text: str, weight: float) -> None:
    toks = tokens(text)
    lower_seen = {fold(t) for t, _, _, _ in toks if t[:1].islower()}
    prev_name: tuple[str, int] | None = None
    for tok, start, end, initial in toks:
        low = fold(tok)
        if tok[0].isdigit():
            prev_name = None
            digits = re.sub(r"\D", "", tok)
            if len(digits) >= 2:
                feats["n:" + tok.replace(",", "")] += weight
            continue
        if tok[0].isupper() and low not in NOT_NAMES and len(low) > 1:
            if initial and low in lower_seen:
                prev_name = None
                continue
            name = low.replace("'s", "")
            feats["e:" + name] += weight
            if prev_name is not None and text[prev_name[1] : start] == " ":
                feats["b:" + prev_name[0] + " " + name] += weight
            prev_name = (name, end)
            continue
        prev_name = None
        if len(low) >= 4 and low not in STOP and not tok[0].isupper():
            feats["w:" + word_stem(low)] += weight


def _day(published: str | None) -> int | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


@dataclass
class StoryIndex:
    """Incremental story grouping over story signatures (see the module docstring)."""

    threshold: float = 0.18
    window_days: int = 7
    df: Counter[str] = field(default_factory=Counter)
    n_docs: int = 0
    articles: dict[str, tuple[str, int | None, dict[str, float]]] = field(default_factory=dict)
    postings: dict[str, list[str]] = field(default_factory=dict)
    stories: dict[str, list[str]] = field(default_factory=dict)
    next_story: int = 1
    scored: int = 0  # article pairs compared so far (a work counter; not saved)

    # -- scoring ------------------------------------------------------------------------
    def idf(self, feature: str) -> float:
        return math.log((self.n_docs + 1) / (self.df.get(feature, 0) + 1)) + 1.0

    def _vector(self, sig: dict[str, float]) -> tuple[dict[str, float], float]:
        vec = {f: w * self.idf(f) for f, w in sig.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return vec, norm

    def similarity(self, a: dict[str, float], b: dict[str, float]) -> float:
        va, na = self._vector(a)
        vb, nb = self._vector(b)
        return sum(v * vb[f] for f, v in va.items() if f in vb) / (na * nb)

    # -- adding -------------------------------------------------------------------------
    def add(
        self, article_id: str, signature: dict[str, float], published: str | None = None
    ) -> str:
        """Place an article in a story (an existing one or a new one); returns the story id.

        Adding an id that is already indexed returns its story unchanged (idempotent).
        """
        if article_id in self.articles:
            return self.articles[article_id][0]
        self.n_docs += 1
        self.df.update(signature.keys())
        day = _day(published)
        ranked = sorted(signature, key=lambda f: -signature[f] * self.idf(f))
        top = {f: signature[f] for f in ranked[:SIGNATURE_SIZE]}
        story = self._best_story(top, day)
        if story is None:
            story = f"st{self.next_story}"
            self.next_story += 1
            self.stories[story] = []
        self.stories[story].append(article_id)
        self.articles[article_id] = (story, day, top)
        for f in top:
            self.postings.setdefault(f, []).append(article_id)
        return story

    def _best_story(self, sig: dict[str, float], day: int | None) -> str | None:
        ranked = sorted(sig, key=lambda f: -sig[f] * self.idf(f))
        hits: Counter[str] = Counter()
        used = 0
        for f in ranked:
            post = self.postings.get(f)
            if not post:
                continue
            hits.update(post[-RECENT_POSTINGS:])
            used += 1
            if used >= QUERY_FEATURES:
                break
        candidates = [aid for aid, _ in hits.most_common(MAX_CANDIDATES)]
        vec, norm = self._vector(sig)
        sims: dict[str, list[float]] = {}
        for aid in candidates:
            story, oday, osig = self.articles[aid]
            if day is not None and oday is not None and abs(day - oday) > self.window_days:
                continue
            ovec, onorm = self._vector(osig)
            s = sum(v * ovec[f] for f, v in vec.items() if f in ovec) / (norm * onorm)
            self.scored += 1
            sims.setdefault(story, []).append(s)
        best, best_score = None, 0.0
        for story, values in sims.items():
            # average link over (at most LINK_MEMBERS of) the story's members; members not
            # retrieved as candidates count as 0
            k = min(len(self.stories[story]), LINK_MEMBERS)
            score = sum(sorted(values, reverse=True)[:k]) / k
            if score >= self.threshold and score > best_score:
                best, best_score = story, score
        return best

    # -- state --------------------------------------------------------------------------
    def to_state(self) -> dict[str, Any]:
        return {
            "threshold": self.threshold,
            "window_days": self.window_days,
            "n_docs": self.n_docs,
            "next_story": self.next_story,
            "df": dict(self.df),
            "articles": {a: [s, d, sig] for a, (s, d, sig) in self.articles.items()},
        }

    @classmethod
    def from_state(cls, state: dict[str, Any] | None) -> StoryIndex:
        idx = cls()
        if not state:
            return idx
        idx.threshold = float(state.get("threshold", idx.threshold))
        idx.window_days = int(state.get("window_days", idx.window_days))
        idx.n_docs = int(state["n_docs"])
        idx.next_story = int(state["next_story"])
        idx.df = Counter(state["df"])
        for aid, (story, day, sig) in state["articles"].items():
            idx.articles[aid] = (story, day, sig)
            idx.stories.setdefault(story, []).append(aid)
            for f in sig:
                idx.postings.setdefault(f, []).append(aid)
        return idx


def group(items: Iterable[tuple[str, dict[str, float], str | None]], **kw: Any) -> dict[str, str]:
    """Group ``(id, signature, published)`` items in the order given; returns id -> story id."""
    idx = StoryIndex(**kw)
    return {aid: idx.add(aid, sig, pub) for aid, sig, pub in items}

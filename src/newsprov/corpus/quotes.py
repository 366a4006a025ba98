"""Quote lineage: the same quote across articles, despite truncation, ellipses and small edits.

:func:`quote_key` folds a quote to lower-case words (punctuation, quote marks and ellipses
out), so changed punctuation never matters. :class:`QuoteIndex` clusters keys through an
inverted index of word-trigram hashes: a new quote joins the cluster whose variants share the
most trigrams with it when that overlap is at least :data:`MIN_OVERLAP` of the *shorter* one
(so a truncated quote meets its full form) and at least :data:`MIN_SHARED` trigrams; quotes
under :data:`MIN_WORDS_FUZZY` words join only on an identical key. Two different known
speakers need a near-identical quote (shared trigrams >= :data:`SPEAKER_CONFLICT_OVERLAP` of the
*longer* one), so a fragment credited to someone else stays apart.

A quote is filed in one cluster, its home; it also appears in every other cluster it carries:
one it contains (a passage holding two quotes already known apart) or one it shares a run of
about eight words with (:data:`SHARED_PASSAGE` content trigrams: two excerpts of one statement
that overlap in a sentence). Those are appearances only: the cluster's variants stay its own
passage and its truncations. Each cluster keeps its speaker (directory key), first appearance
by published time, appearances and outlets: ids and hashes only, never the texts.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from typing import Any

from newsprov.corpus.directory import is_ambiguous, is_scoped
from newsprov.corpus.text import STOP, fold, outlet_key
from newsprov.record import Record

MIN_WORDS = 3  # shorter quoted fragments ("scare quotes") are not tracked
MIN_WORDS_FUZZY = 6
MIN_OVERLAP = 0.5
MIN_SHARED = 3
SPEAKER_CONFLICT_OVERLAP = 0.8
#: Shared trigrams holding a word that is no stop word (a run of about eight words) that make a
#: quote an appearance of a cluster it overlaps less than MIN_OVERLAP: two excerpts of one
#: statement sharing a sentence. Judged on BASIL 2010-2016 (2026-12-02): quoted passages of six
#: words or more in different events (triplets) share at most 4 such trigrams ("president of
#: the united states"), excerpts of one statement in one event 5 to 14.
SHARED_PASSAGE = 6
MAX_VARIANTS = 6  # trigram sets kept per cluster
MAX_POSTING = 200  # trigrams this common ("i don't think") do not retrieve candidates

_QUOTED = re.compile(r"[“\"«]([^“”\"«»]{2,}?)[”\"»]|(?<![\w’'])‘([^‘’]{2,}?)’(?!\w)")


_CONTRACTIONS = [
    ("won't", "will not"), ("can't", "can not"), ("cannot", "can not"), ("n't", " not"),
    ("'re", " are"), ("'ll", " will"), ("'ve", " have"), ("'m", " am"), ("'d", " would"),
]  # fmt: skip


def quote_key(text: str) -> str:
    """Lower-case words only: quotes, punctuation, ellipses, spacing and contractions fold away."""
    s = fold(text)
    for short, full in _CONTRACTIONS:
        s = s.replace(short, full)
    s = re.sub(r"\b(\w)\.(?=\w\b)", r"\1", s)  # U.S. -> us.
    s = s.replace("'", "")
    s = re.sub(r"[^\w\s]+", " ", s)
    return " ".join(s.split())


def _other_speaker(a: str | None, b: str | None) -> bool:
    """Are two speakers' directory keys known to differ, for a quote of six words or more? A
    key scoped to its article ("the ad", "a spokesman", "the Texas governor") can meet no other
    article's, so it tells nothing: the same sentence credited to "the Texas governor" in one
    article and to Perry in another is one quote. Nor does a surname's ambiguous entry
    (``person:esper``) differ from a person of that surname."""
    if not (a and b and a != b) or is_scoped(a) or is_scoped(b):
        return False
    return not _namesakes(a, b)


def _namesakes(a: str | None, b: str | None) -> bool:
    """Is one key a surname's ambiguous entry and the other a key of that surname?"""
    return bool(
        a and b and (is_ambiguous(a) or is_ambiguous(b)) and a.split("/")[0] == b.split("/")[0]
    )


def trigrams(key: str, content: bool = False) -> set[int]:
    """Hashes of the key's word trigrams; ``content``: only those holding a word that is no
    stop word ("attacks on our", not "i do not")."""
    w = key.split()
    if len(w) < 3:
        return {zlib.crc32(key.encode())}
    return {
        zlib.crc32(" ".join(w[i : i + 3]).encode())
        for i in range(len(w) - 2)
        if not content or any(x not in STOP for x in w[i : i + 3])
    }


def quoted_texts(record: Record) -> list[tuple[str, str]]:
    """``(attribution id, quote text)`` for every quoted passage of direct and mixed attributions.

    The quote is what stands inside quotation marks in the content; a direct attribution whose
    content carries no marks is taken whole.
    """
    out: list[tuple[str, str]] = []
    for a in record.attributions:
        if a.form not in ("direct", "mixed"):
            continue
        found = False
        for s, e in a.content_spans:
            # widen by one character so marks just outside the span count
            lo, hi = max(0, s - 1), min(len(record.text), e + 1)
            for m in _QUOTED.finditer(record.text, lo, hi):
                q = (m.group(1) or m.group(2)).strip()
                if len(quote_key(q).split()) >= MIN_WORDS:
                    out.append((a.id, q))
                    found = True
        if not found and a.form == "direct":
            q = " ".join(record.text[s:e] for s, e in a.content_spans).strip(" \"“”'‘’,.")
            if len(quote_key(q).split()) >= MIN_WORDS:
                out.append((a.id, q))
    return out


@dataclass
class QuoteCluster:
    id: str
    speaker: str | None
    variants: list[list[int]] = field(default_factory=list)  # sorted trigram hashes
    keys: list[int] = field(default_factory=list)  # crc32 of each distinct key
    first_article: str | None = None
    first_published: str | None = None
    appearances: list[tuple[str, str, str | None]] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)


def _appears(c: QuoteCluster, article_id: str, attribution_id: str) -> bool:
    """Is the attribution an appearance of ``c`` already? An article's appearances are filed
    together, so they are the last ones."""
    for a, t, _ in reversed(c.appearances):
        if a != article_id:
            return False
        if t == attribution_id:
            return True
    return False


@dataclass
class QuoteIndex:
    clusters: dict[str, QuoteCluster] = field(default_factory=dict)
    postings: dict[int, list[str]] = field(default_factory=dict)
    by_key: dict[int, list[str]] = field(default_factory=dict)
    next_id: int = 1
    #: article id -> the clusters it appears in (derived: a replace reads these, not all)
    by_article: dict[str, set[str]] = field(default_factory=dict)
    #: clusters a replace read, for tests (a count of the work done)
    read: int = 0

    def match(self, key: str, speaker: str | None = None) -> str | None:
        """The cluster this quote key belongs to, or None."""
        return self.match_all(key, speaker)[0]

    def match_all(self, key: str, speaker: str | None = None) -> tuple[str | None, list[str]]:
        """The cluster this quote key belongs to (or None), and the other clusters it carries:
        those it contains or shares a run of words with (see the module docstring)."""
        kh = zlib.crc32(key.encode())
        long = len(key.split()) >= MIN_WORDS_FUZZY
        best: str | None = None
        for cid in self.by_key.get(kh, ()):
            other = self.clusters[cid].speaker
            # a short quote needs the same speaker whenever both are known, even in their
            # articles only: "I don't know yet" from two spokesmen stays two quotes (a surname's
            # ambiguous entry may be any person of that surname)
            if long or not (speaker and other and speaker != other) or _namesakes(speaker, other):
                best = cid
                break
        if not long:
            return best, []
        grams = trigrams(key)
        # the shared words must hold some content: "I don't see how she makes it through" and
        # "Well, I don't see how that's possible" share only "i do not see how"
        content = trigrams(key, content=True)
        counts: dict[str, int] = {}
        for g in grams:
            post = self.postings.get(g, ())
            if len(post) > MAX_POSTING:
                continue
            for cid in set(post):
                counts[cid] = counts.get(cid, 0) + 1
        best_ov = 1.0 if best is not None else 0.0  # an identical key is the home
        carried: set[str] = set()
        for cid in sorted(counts, key=lambda c: -counts[c])[:20]:
            c = self.clusters[cid]
            for v in c.variants:
                shared = len(grams.intersection(v))
                ov = shared / min(len(grams), len(v))
                if _other_speaker(speaker, c.speaker):
                    # another speaker: the quote must be near-identical, not merely contained
                    if shared / max(len(grams), len(v)) < SPEAKER_CONFLICT_OVERLAP:
                        continue
                if shared < MIN_SHARED or content.isdisjoint(v):
                    continue
                if ov >= MIN_OVERLAP:
                    carried.add(cid)
                    if ov > best_ov:
                        best, best_ov = cid, ov
                elif len(content.intersection(v)) >= SHARED_PASSAGE:
                    carried.add(cid)
        return best, sorted(carried - {best} if best else carried)

    def add(
        self,
        text: str,
        article_id: str,
        attribution_id: str,
        speaker: str | None = None,
        published: str | None = None,
        outlet: str | None = None,
    ) -> list[str]:
        """File one appearance of a quote; returns its cluster id, then those of the other
        clusters it appears in (:meth:`match_all`)."""
        key = quote_key(text)
        cid, carried = self.match_all(key, speaker)
        if cid is None:
            cid = f"q{self.next_id}"
            self.next_id += 1
            self.clusters[cid] = QuoteCluster(cid, speaker)
        c = self.clusters[cid]
        kh = zlib.crc32(key.encode())
        if kh not in c.keys:
            self.by_key.setdefault(kh, []).append(cid)
            c.keys.append(kh)
            grams = trigrams(key)
            if len(c.variants) < MAX_VARIANTS:
                c.variants.append(sorted(grams))
                for g in grams:
                    post = self.postings.setdefault(g, [])
                    if len(post) <= MAX_POSTING:
                        post.append(cid)
        if speaker and (
            c.speaker is None
            or is_scoped(c.speaker)
            and not is_scoped(speaker)
            or is_ambiguous(c.speaker)
            and not is_ambiguous(speaker)
            and _namesakes(c.speaker, speaker)
        ):
            # a named speaker over one known in its article only, a person over the ambiguous
            # entry of their surname
            c.speaker = speaker
        for appears in [c, *(self.clusters[x] for x in carried)]:
            if _appears(appears, article_id, attribution_id):
                continue  # another passage of the same attribution is there already
            appears.appearances.append((article_id, attribution_id, published))
            self.by_article.setdefault(article_id, set()).add(appears.id)
            if outlet and outlet not in appears.outlets:
                appears.outlets.append(outlet)
            if appears.first_article is None or (
                published is not None
                and (appears.first_published is None or published < appears.first_published)
            ):
                appears.first_article, appears.first_published = article_id, published
        return [cid, *carried]

    def forget(self, article_id: str, outlet_keys: dict[str, str | None]) -> list[str]:
        """Take an article's appearances out of every cluster (a new version of it is about to
        be filed); returns the clusters touched. Their first appearance and outlets are found
        again from the appearances left (``outlet_keys``: article id -> its outlet key); a
        cluster keeps its speaker and variants, and an emptied one stays, with no appearance."""
        touched = []
        # in the order the clusters were made (their ids count up), as a scan of all would
        for cid in sorted(self.by_article.pop(article_id, ()), key=lambda x: (len(x), x)):
            c = self.clusters[cid]
            self.read += 1
            if not any(a == article_id for a, _, _ in c.appearances):
                continue
            touched.append(c.id)
            c.appearances = [x for x in c.appearances if x[0] != article_id]
            left = {outlet_keys.get(a) for a, _, _ in c.appearances}
            c.outlets = [o for o in c.outlets if outlet_key(o) in left]
            c.first_article = c.first_published = None
            for a, _, published in c.appearances:  # as add() chose it, in arrival order
                if c.first_article is None or (
                    published is not None
                    and (c.first_published is None or published < c.first_published)
                ):
                    c.first_article, c.first_published = a, published
        return touched

    def rename_speakers(self, renamed: dict[str, str]) -> None:
        """Clusters whose speaker is a person keyed anew (old key -> new key) take the new key."""
        for c in self.clusters.values():
            if c.speaker in renamed:
                c.speaker = renamed[c.speaker]

    def to_state(self) -> dict[str, Any]:
        return {
            "next_id": self.next_id,
            "clusters": [
                [c.id, c.speaker, c.variants, c.keys, c.first_article, c.first_published,
                 [list(a) for a in c.appearances], c.outlets]
                for c in self.clusters.values()
            ],
        }  # fmt: skip

    @classmethod
    def from_state(cls, state: dict[str, Any] | None) -> QuoteIndex:
        idx = cls()
        if not state:
            return idx
        idx.next_id = int(state["next_id"])
        for cid, spk, variants, keys, fa, fp, apps, outlets in state["clusters"]:
            c = QuoteCluster(cid, spk, variants, keys, fa, fp, [tuple(a) for a in apps], outlets)
            idx.clusters[cid] = c
            for a in c.appearances:
                idx.by_article.setdefault(a[0], set()).add(cid)
            for kh in keys:
                idx.by_key.setdefault(kh, []).append(cid)
            for v in variants:
                for g in v:
                    idx.postings.setdefault(g, []).append(cid)
        return idx

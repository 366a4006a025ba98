"""Token-set helpers shared by the cue rules: subtrees, character spans, quote lookup.

:func:`subtree_ids` and :func:`char_spans` walk ``Token`` objects, which is slow when they
are called for every verb of a long text with subtrees the size of the text (one long quote:
quadratic). Inside :func:`token_tree` (the attribution component runs in one) they read int
arrays computed once for that ``Doc`` instead, with the same results. The arrays live only
for the block and only for that ``Doc`` object (held, compared by identity), in a context
variable, so another doc, a doc parsed again later or another thread never sees them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_PUNCT, IS_SPACE, LENGTH
from spacy.tokens import Doc, Token

from newsprov.analysis.attribution.quotes import Quote
from newsprov.record import Span

_QUOTE_CHARS = frozenset("\"“”„«»‘’'")
#: ``char_spans`` of at least this many ids works on numpy arrays, smaller ones in a loop
_VECTOR_MIN = 48


class _Tree:
    """One ``Doc``'s parse and token facts as ints: heads, children, subtree edges and whether
    each subtree is a contiguous run; offsets, ends, space and edge-punctuation flags; and
    each token's dependency label (``Token.dep_``)."""

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        arr = doc.to_array([HEAD, IDX, LENGTH, IS_SPACE, IS_PUNCT, DEP]).view(numpy.int64)
        rel = arr[:, 0]
        strings = doc.vocab.strings
        dep_ids = arr[:, 5].view(numpy.uint64).tolist()
        labels = {h: strings[h] for h in set(dep_ids)}
        self.dep: list[str] = [labels[h] for h in dep_ids]
        heads = (numpy.arange(n, dtype=numpy.int64) + rel).tolist()
        # a leaf's children are one shared empty tuple, a list only for a token with children
        # (a list per token, 82k on PolNeAR dev, took a third of the build)
        children: list[Sequence[int]] = [()] * n
        roots: list[int] = []
        for i, h in enumerate(heads):
            if h == i:
                roots.append(i)
            elif kids := children[h]:
                kids.append(i)  # type: ignore[attr-defined]
            else:
                children[h] = [i]
        # subtree edges, children before their heads (a walk from the roots, reversed)
        walk: list[int] = []
        stack = roots[::-1]
        while stack:
            t = stack.pop()
            walk.append(t)
            stack.extend(children[t])
        left = list(range(n))
        right = list(range(n))
        size = [1] * n
        for t in reversed(walk):
            h = heads[t]
            if h != t:
                size[h] += size[t]
                if left[t] < left[h]:
                    left[h] = left[t]
                if right[t] > right[h]:
                    right[h] = right[t]
        #: False when the heads are not a forest (the walk missed a token): use the tokens
        self.ok = len(walk) == n
        self.children = children
        self.left = left
        self.right = right
        self.contiguous = [size[t] == right[t] - left[t] + 1 for t in range(n)]
        idx = arr[:, 1]
        end = idx + arr[:, 2]
        space = arr[:, 3] != 0
        punct = arr[:, 4] != 0
        edge = space.copy()
        for i in numpy.flatnonzero(punct & ~space).tolist():
            edge[i] = _edge_punct(doc[i])
        self.n = n
        self.idx_a, self.end_a, self.space_a, self.edge_a = idx, end, space, edge
        self.idx: list[int] = idx.tolist()
        self.end: list[int] = end.tolist()
        self.space: list[bool] = space.tolist()
        self.edge: list[bool] = edge.tolist()
        self.filler: list[bool] = (punct | space).tolist()
        # tokens that are neither punctuation nor whitespace among the first k: words[k]
        self.words = numpy.concatenate(([0], numpy.cumsum(~(punct | space))))


_ACTIVE: ContextVar[tuple[Doc, list[_Tree]] | None] = ContextVar("newsprov_tree", default=None)


@contextmanager
def token_tree(doc: Doc) -> Iterator[None]:
    """Within the block :func:`subtree_ids` and :func:`char_spans` on ``doc`` use int arrays
    computed (once, when first needed) from ``doc`` as it is now; ``doc``'s parse must not
    change inside the block."""
    reset = _ACTIVE.set((doc, []))
    try:
        yield
    finally:
        _ACTIVE.reset(reset)


def _tree(doc: Doc) -> _Tree | None:
    active = _ACTIVE.get()
    if active is None or active[0] is not doc:
        return None
    built = active[1]
    if not built:
        built.append(_Tree(doc))
    tree = built[0]
    return tree if tree.ok and tree.n == len(doc) else None


def active_tree(doc: Doc) -> _Tree | None:
    """``doc``'s int arrays inside :func:`token_tree` (None outside it, or for a parse that is
    not a forest): for a rule that reads a verb's children and their labels many times."""
    return _tree(doc)


def children_with(tok: Token, deps: Collection[str]) -> list[Token]:
    """``tok``'s children whose dependency label is one of ``deps``, in the order of
    ``Token.children``. Inside :func:`token_tree` the labels are read from the tree and a
    ``Token`` is made only for a child that has one of them (the same list as
    :func:`children_with_plain`, ``tests/test_fast_paths.py``)."""
    tree = _tree(tok.doc)
    if tree is None:
        return children_with_plain(tok, deps)
    dep = tree.dep
    doc = tok.doc
    return [doc[c] for c in tree.children[tok.i] if dep[c] in deps]


def child_tokens(tok: Token) -> list[Token]:
    """``list(tok.children)``; inside :func:`token_tree` read from the tree's lists. spaCy's
    ``Token.children`` walks every token from the subtree's left edge to its right one: for a
    verb whose subtree is a long quotation, the whole quotation at each call."""
    tree = _tree(tok.doc)
    if tree is None:
        return list(tok.children)
    doc = tok.doc
    return [doc[c] for c in tree.children[tok.i]]


def first_child_with(tok: Token, deps: Collection[str]) -> Token | None:
    """The first of :func:`children_with`, or None: the walk stops at it (a clause's root may
    have hundreds of children)."""
    tree = _tree(tok.doc)
    if tree is None:
        return next((c for c in tok.children if c.dep_ in deps), None)
    dep = tree.dep
    k = next((c for c in tree.children[tok.i] if dep[c] in deps), -1)
    return tok.doc[k] if k >= 0 else None


def children_with_plain(tok: Token, deps: Collection[str]) -> list[Token]:
    """:func:`children_with` from the ``Token`` objects."""
    return [c for c in tok.children if c.dep_ in deps]


def subtree_ids(tok: Token, skip: set[int] | None = None) -> set[int]:
    """Indices of ``tok``'s subtree, leaving out the subtrees rooted at ``skip`` indices."""
    tree = _tree(tok.doc)
    if tree is None:
        return _subtree_tokens(tok, skip)
    return tree_subtree(tree, tok.i, skip)


def subtree_order(tree: _Tree, root: int) -> list[int]:
    """The indices of the subtree at ``root`` in the order of ``Token.subtree`` (each left
    child's subtree, the token, each right child's subtree), read from ``tree``."""
    children = tree.children
    out: list[int] = []
    stack: list[tuple[int, bool]] = [(root, False)]
    while stack:
        t, emit = stack.pop()
        if emit:
            out.append(t)
            continue
        kids = children[t]
        stack.extend((c, False) for c in reversed(kids) if c > t)
        stack.append((t, True))
        stack.extend((c, False) for c in reversed(kids) if c < t)
    return out


def tree_subtree(tree: _Tree, root: int, skip: set[int] | None = None) -> set[int]:
    """:func:`subtree_ids` of the token at index ``root``, read from ``tree``."""
    ban: set[int] = skip or set()
    marks = sorted(ban)
    out: set[int] = set()
    stack = [root]
    while stack:
        t = stack.pop()
        if ban and t != root and t in ban:
            continue
        lo, hi = tree.left[t], tree.right[t]
        if tree.contiguous[t]:
            k = bisect_left(marks, lo)
            if k == len(marks) or marks[k] > hi:  # the whole run, nothing in it skipped
                out.update(range(lo, hi + 1))
                continue
        out.add(t)
        stack.extend(tree.children[t])
    return out


def word_ids(doc: Doc, ids: Iterable[int]) -> list[int]:
    """The ``ids`` (in their order) whose tokens are neither punctuation nor whitespace: read
    from the tree's flags inside :func:`token_tree`, not from a ``Token`` made per id (the
    same list as :func:`word_ids_plain`, ``tests/test_fast_paths.py``)."""
    tree = _tree(doc)
    if tree is None:
        return word_ids_plain(doc, ids)
    filler = tree.filler
    return [i for i in ids if not filler[i]]


def word_ids_plain(doc: Doc, ids: Iterable[int]) -> list[int]:
    """The ``ids`` whose tokens are neither punctuation nor whitespace, token by token."""
    return [i for i in ids if not doc[i].is_punct and not doc[i].is_space]


def _subtree_tokens(tok: Token, skip: set[int] | None) -> set[int]:
    out: set[int] = set()
    stack = [tok]
    while stack:
        t = stack.pop()
        if skip and t.i in skip and t.i != tok.i:
            continue
        out.add(t.i)
        stack.extend(t.children)
    return out


def char_spans(doc: Doc, ids: Iterable[int]) -> list[Span]:
    """Contiguous runs of the token indices as character spans; runs separated only by
    punctuation or whitespace are merged; leading and trailing punctuation is kept."""
    tree = _tree(doc)
    if tree is None:
        return _char_spans_tokens(doc, ids)
    order = sorted(ids)
    if order and (order[0] < 0 or order[-1] >= tree.n):
        return _char_spans_tokens(doc, order)  # negative or bad indices: as doc[i] does
    if len(order) >= _VECTOR_MIN:
        return _char_spans_vector(tree, order)
    edge, space, idx, end, filler = tree.edge, tree.space, tree.idx, tree.end, tree.filler
    a, b = 0, len(order)
    while a < b and edge[order[a]]:
        a += 1
    while a < b and edge[order[b - 1]]:
        b -= 1
    spans: list[Span] = []
    prev = -2
    for k in range(a, b):
        i = order[k]
        if space[i]:
            continue
        if spans and (
            i == prev + 1 or (i - prev - 1 <= 3 and all(filler[j] for j in range(prev + 1, i)))
        ):
            spans[-1] = (spans[-1][0], end[i])
        else:
            spans.append((idx[i], end[i]))
        prev = i
    return spans


def _char_spans_vector(tree: _Tree, order: list[int]) -> list[Span]:
    """:func:`char_spans` on numpy arrays (``order``: sorted, in range)."""
    # (``fromiter`` with the count: about half the time of ``numpy.array`` on a list of ints)
    ids = numpy.fromiter(order, dtype=numpy.int64, count=len(order))
    keep = numpy.flatnonzero(~tree.edge_a[ids])
    if not len(keep):
        return []
    ids = ids[keep[0] : keep[-1] + 1]
    ids = ids[~tree.space_a[ids]]  # spaces are skipped (and are not a run's last token)
    if not len(ids):
        return []
    prev, cur = ids[:-1], ids[1:]
    # the next id joins the run when the tokens between (at most three) are all punctuation
    # or whitespace; a repeated id joins too (it changes nothing)
    joins = (cur - prev - 1 <= 3) & (tree.words[cur] == tree.words[numpy.minimum(prev + 1, cur)])
    firsts = numpy.concatenate(([0], numpy.flatnonzero(~joins) + 1))
    lasts = numpy.concatenate((firsts[1:] - 1, [len(ids) - 1]))
    starts = tree.idx_a[ids[firsts]].tolist()
    ends = tree.end_a[ids[lasts]].tolist()
    return list(zip(starts, ends, strict=True))


def _char_spans_tokens(doc: Doc, ids: Iterable[int]) -> list[Span]:
    order = sorted(ids)
    while order and _edge_punct(doc[order[0]]):
        order.pop(0)
    while order and _edge_punct(doc[order[-1]]):
        order.pop()
    spans: list[Span] = []
    prev = -2
    for i in order:
        t = doc[i]
        if t.is_space:
            continue
        start, end = t.idx, t.idx + len(t.text)
        if spans and (i == prev + 1 or _only_punct(doc, prev + 1, i)):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        prev = i
    return spans


def inner_hyphen(t: Token) -> bool:
    """A hyphen inside a word ("Jae-in", "Strauss-Kahn"): no space on either side."""
    return t.text == "-" and t.i > 0 and not t.doc[t.i - 1].whitespace_ and not t.whitespace_


def leading_comma(t: Token) -> Token | None:
    """The comma the phrase ``t`` heads opens with or follows (the parse hangs the comma on
    either side), or None."""
    first = t.left_edge
    if first.text != "," and first.i > 0:
        first = t.doc[first.i - 1]
    return first if first.text == "," else None


def after_comma(t: Token) -> bool:
    """The phrase ``t`` heads is set off by a comma before it (:func:`leading_comma`)."""
    return leading_comma(t) is not None


#: Dependents of a noun that, set off by a comma, only describe it.
_DESCRIPTIVE = frozenset(("appos", "relcl"))


def set_off_description(n: Token) -> set[int]:
    """The comma-set-off apposition or relative clause after noun ``n``, with its comma ("the
    deal, which would slash ...", "Comey, a Republican appointed by ..."): PolNeAR leaves it
    out of a reported object (train CV lenient +0.0016, strict +0.0004, every token F1 up)."""
    out: set[int] = set()
    for c in n.children:
        comma = leading_comma(c) if c.i > n.i and c.dep_ in _DESCRIPTIVE else None
        if comma is not None:
            out |= subtree_ids(c) | {comma.i}
    return out


#: Relative pronouns that open a clause set off as an aside ("that" opens restrictive ones).
_WH_RELATIVES = frozenset(("WDT", "WP", "WP$"))


def trailing_aside(doc: Doc, ids: set[int], qx: QuoteIndex) -> set[int]:
    """The comma-set-off "which"/"who" clause that ends a reported content, with its comma,
    when it lies outside any quote: "would denounce self-deportation, which is like a chocolate
    sundae compared to his own plans", "refuses to attack Clinton on her character, which he
    would have needed to do" (the writer's aside, hung on a noun anywhere in the content; one
    in the middle, or in a quote, is kept). Tuned on PolNeAR train CV, both splits: lenient
    +0.0014 / +0.0011, strict +0.0015 / +0.0015 (on every verb frame but a quote's, "that"
    clauses included; "that" relatives or appositions as well, or noun cues too, scored no
    better)."""
    words = word_ids(doc, ids)
    if not words:
        return set()
    last = max(words)
    for i in sorted(ids):
        t = doc[i]
        if t.dep_ != "relcl" or t.i < t.head.i or t.head.i not in ids or qx.of_token[i] != -1:
            continue
        comma = leading_comma(t)
        opener = doc[t.left_edge.i : t.left_edge.i + 3]
        if comma is None or not any(w.tag_ in _WH_RELATIVES and w.lower_ != "that" for w in opener):
            continue
        sub = subtree_ids(t)
        if max(sub) >= last:
            return sub | {comma.i}
    return set()


#: Marks that set a clause off from the words before it.
_SET_OFF = frozenset((",", "—", "–", "--", "-"))
#: Opening quote marks (a clause after one is inside the quotation).
_OPENING_MARKS = frozenset("“‘")


def participle_after_quote(doc: Doc, ids: set[int], qx: QuoteIndex) -> set[int]:
    """A participle clause that ends a content right after a quotation closes, outside any
    quote, with the commas or dash before it: `insisted that he has “expanded the party,”
    claiming that he is responsible for higher turnout` (content up to the closing mark). The
    quotation gives the source's words; the "-ing" clause after it is the writer going on
    about the source (often another report, "adding", "claiming", which is its own
    candidate). Without a quotation before it the clause stays (PolNeAR holds it about three
    times in four). Train CV A / H: content exact +0.00021 / +0.00025, strict +0.00012 /
    +0.00015 (history, 2026-12-05)."""
    words = word_ids(doc, ids)
    if not words:
        return set()
    last = max(words)
    of = qx.of_token
    for i in sorted(ids):
        t = doc[i]
        if t.tag_ != "VBG" or t.dep_ not in ("advcl", "conj") or t.i < t.head.i:
            continue
        if t.head.i not in ids or of[i] != -1:
            continue
        j = t.left_edge.i - 1
        while j > 0 and doc[j].text in _SET_OFF:
            j -= 1
        mark = doc[j].text
        if mark[-1] not in _QUOTE_CHARS or mark in _OPENING_MARKS or of[j] == -1:
            continue
        sub = subtree_ids(t)
        if max(sub) >= last and all(of[k] == -1 for k in sub):
            return sub | set(range(j + 1, t.left_edge.i))
    return set()


def quotation_goes_on(
    doc: Doc, ids: set[int], quoted: Collection[int], qx: QuoteIndex, keep_out: set[int]
) -> set[int]:
    """The words right after a closing quotation mark that ends a content, with no comma or
    other mark between, when the parse hangs them on a word of the content or of its quotation
    (``quoted``: those quotes' tokens): the writer's sentence goes on through the quoted words
    (`said it is “a two-man race” between Cruz and Trump`, `said “the wind is at our backs”
    despite his loss`), and the phrase belongs to what was said. Not a coordinating conjunction
    (`called it “shameful” and ...`), nor words of ``keep_out`` (cue and source) or of another
    quote. Counted on PolNeAR train (split A's CV predictions whose cue is a gold cue's): such
    a phrase was in the gold content 32 times and out of it 10 (history, 2026-12-06)."""
    words = set(word_ids(doc, ids)) | set(word_ids(doc, quoted))
    if not words:
        return set()
    last = max(words)
    of = qx.of_token
    if of[last] == -1:
        return set()
    j = last + 1
    while j < len(doc) and doc[j].text in _CLOSING_MARKS and of[j] == of[last]:
        j += 1
    if j == last + 1 or j >= len(doc) or of[j] != -1:
        return set()
    top = doc[j]
    if top.is_punct or top.is_space:
        return set()
    while top.head.i > last and top.head.i != top.i:
        top = top.head
    if top.head.i not in words or top.dep_ in ("cc", "punct"):
        return set()
    sub = {k for k in subtree_ids(top) if k > last}
    if sub & keep_out or any(of[k] != -1 for k in sub):
        return set()
    return sub | set(range(last + 1, j))


#: Closing quotation marks, as the tokenizer gives them.
_CLOSING_MARKS = frozenset(("”", '"', "''", "’"))


def _edge_punct(t: Token) -> bool:
    return t.is_space or (t.is_punct and t.text not in _QUOTE_CHARS and t.text not in "?!)")


def _only_punct(doc: Doc, a: int, b: int) -> bool:
    return all(doc[k].is_punct or doc[k].is_space for k in range(a, b)) and b - a <= 3


def union_spans(spans: Iterable[Span]) -> list[Span]:
    """Sorted, overlap-merged spans."""
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def token_at(idx: Sequence[int], char: int) -> int:
    """Index of the token starting at or before character ``char`` (``idx``: token offsets)."""
    return max(0, bisect_right(idx, char) - 1)


class QuoteIndex:
    """Which quote (if any) each token lies in."""

    def __init__(self, doc: Doc, quotes: list[Quote], idx: Sequence[int]) -> None:
        self.quotes = quotes
        starts: list[int] = []
        ends: list[int] = []
        owner: list[int] = []
        for qi, q in enumerate(quotes):
            for s, e in q.spans:
                starts.append(s)
                ends.append(e)
                owner.append(qi)
        self._starts, self._ends, self._owner = starts, ends, owner
        self._idx = idx
        self.of_token: list[int] = [-1] * len(doc)
        if quotes:
            self.of_token = [self.at(i) for i in idx]
        self._members: dict[int, frozenset[int]] = {}

    def tokens_in(self, quote: int) -> frozenset[int]:
        """The tokens lying in quote ``quote`` (computed once per quote): those whose offset
        falls between the quote's first start and last end (``at`` needs a start at or before
        the offset and the end after it), not a walk over the whole doc (the same set as
        :meth:`tokens_in_plain`, ``tests/test_fast_paths.py``)."""
        got = self._members.get(quote)
        if got is None:
            spans = self.quotes[quote].spans
            if not spans:
                got = frozenset()
            else:
                lo = bisect_left(self._idx, min(s for s, _ in spans))
                hi = bisect_left(self._idx, max(e for _, e in spans))
                of = self.of_token
                got = frozenset(i for i in range(lo, hi) if of[i] == quote)
            self._members[quote] = got
        return got

    def tokens_in_plain(self, quote: int) -> frozenset[int]:
        """The tokens lying in quote ``quote``, from a walk over every token."""
        return frozenset(i for i, q in enumerate(self.of_token) if q == quote)

    def at(self, char: int) -> int:
        """Index of the quote covering character ``char``, or -1."""
        k = bisect_right(self._starts, char) - 1
        if k >= 0 and char < self._ends[k]:
            return self._owner[k]
        return -1


#: Words that open a sentence to tie it to the one before ("But", "And", "However,"), no
#: part of what a cue set into the sentence vouches for ("according to X", "as X noted"):
#: chosen against train CV split A, where the gold content of a matched "according to" left
#: such a word out 14 times and kept it twice, of a matched "as X noted" 7 times and never kept it.
CONNECTIVES = frozenset("and but or yet however still so".split())


def opening_connective(doc: Doc, content: set[int]) -> set[int]:
    """The connective (:data:`CONNECTIVES`) that opens the sentence at the start of
    ``content``, with the comma after it ("But, according to the poll, 46 percent ...":
    "46 percent ...", not "But, 46 percent ..."); empty when the content opens otherwise."""
    if not content:
        return set()
    first = doc[min(content)]
    if first.i != first.sent.start or first.lower_ not in CONNECTIVES:
        return set()
    if first.tag_ != "CC" and first.dep_ != "advmod":
        return set()
    out = {first.i}
    if first.i + 1 < len(doc) and doc[first.i + 1].text == ",":
        out.add(first.i + 1)
    return out


#: Floating quantifiers the parse hangs on a verb inside its group ("have both argued", "have
#: all characterized").
_FLOATING = frozenset("both all each".split())


def _adverbial(t: Token, gap: set[int]) -> bool:
    """A word of a verb group's entourage inside a cue: an adverb ("so publicly", "more",
    "n't"), a floating quantifier, or a determiner of such an adverb ("the most strongly")."""
    if t.tag_ in ("RB", "RBR", "RBS") or t.dep_ in ("advmod", "neg"):
        return True
    if t.lower_ in _FLOATING and t.dep_ in ("advmod", "dep", "predet", "det"):
        return True
    return t.tag_ == "DT" and t.head.i in gap and t.head.tag_.startswith("RB")


def one_stretch(doc: Doc, text: str, idx: Sequence[int], cue: list[Span]) -> list[Span]:
    """``cue`` as one stretch of ``text`` (the text of ``doc``, read once by the caller):
    PolNeAR's cue is one uninterrupted span (the "single contiguous cue" rule of its
    guidelines), where the rules may build a cue of pieces with words between them ("talked |
    about" around "more", "expressed | support for" around "their"). When every word between
    the pieces is an adverb of the verb group ("weigh in so publicly on", "have both argued",
    "focused almost solely on") the cue runs over them; when another word stands between (an
    object, a possessor, an agent, a clause: "asked Trump about", "has been criticized by
    rivals for", "A second view, which I share, is"), the cue keeps its first piece holding a
    word other than an auxiliary, the one the rules built around the cue word. Pieces apart
    only by punctuation or spaces are one stretch already; a piece with no word ("said | :")
    is kept as it is. Train CV (split A / H, 2026-12-06): cue exact +0.0026 / +0.0027, cue
    token +0.0009 / +0.0008, strict +0.0009 / +0.0009, the rest unchanged; always the first
    piece scored lower (history)."""
    words = [s for s in cue if any(ch.isalnum() for ch in text[s[0] : s[1]])]
    if len(words) < 2:
        return cue
    # the tokens between each piece and the next, and those of them that are words
    between = [
        range(bisect_left(idx, b), bisect_left(idx, c))
        for (_, b), (c, _) in zip(words, words[1:], strict=False)
    ]
    gaps = [{k for k in r if not (doc[k].is_punct or doc[k].is_space)} for r in between]
    if not any(gaps):
        return cue
    if all(_adverbial(doc[k], gap) for gap in gaps for k in gap) and not any(
        doc[k].text in _QUOTE_CHARS for r in between for k in r
    ):
        return union_spans([*cue, (words[0][0], words[-1][1])])
    # the pieces apart by words alone (punctuation-only gaps join their neighbours)
    pieces: list[list[Span]] = [[words[0]]]
    for gap, s in zip(gaps, words[1:], strict=True):
        if gap:
            pieces.append([s])
        else:
            pieces[-1].append(s)
    keep = pieces[0]
    for piece in pieces:
        lo = bisect_left(idx, piece[0][0])
        hi = bisect_left(idx, piece[-1][1])
        if any(
            doc[k].dep_ not in ("aux", "auxpass", "neg") and not doc[k].is_punct
            for k in range(lo, hi)
        ):
            keep = piece
            break
    rest = [s for s in cue if s not in words]  # pieces with no word
    return union_spans([*keep, *rest])

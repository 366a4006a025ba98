"""Readers for every input form. First version: plain text files and stdin (HTML, JSONL, dirs
are completed by the ingest work)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsprov.errors import InputError
from newsprov.ingest.article import Article, Failure
from newsprov.options import Options


def decode(data: bytes, origin: str) -> tuple[str, str]:
    """Decode input bytes: UTF-8 exactly when valid, else detected. Returns (text, encoding)."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(origin, "looks like a binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(origin, "is neither UTF-8 nor any text encoding that could be detected")
    return str(best), best.encoding


def article_from_text(
    data: bytes | str, origin: str = "<input>", options: Options | None = None, **meta: object
) -> Article:
    opts = options or Options()
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > opts.max_bytes:
        raise InputError(
            origin, f"is {len(raw):,} bytes, over the {opts.max_bytes:,}-byte limit (max_bytes)"
        )
    text, enc = (data, "utf-8") if isinstance(data, str) else decode(data, origin)
    if not text.strip():
        raise InputError(origin, "is empty (no text to analyse)")
    art = Article(text=text, origin=origin, encoding=enc, **meta)  # type: ignore[arg-type]
    if enc != "utf-8":
        art.warnings.append(f"input was not UTF-8; decoded as {enc}")
    return art


def article_from_html(
    html: bytes | str, origin: str = "<input>", options: Options | None = None, **meta: object
) -> Article:
    raise InputError(origin, "HTML input is not supported yet")


def read_path(path: Path, options: Options) -> Iterator[Article | Failure]:
    origin = str(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        yield Failure(origin, InputError(origin, f"cannot be read ({e.strerror or e})"))
        return
    try:
        yield article_from_text(data, origin, options, id=path.stem)
    except InputError as e:
        yield Failure(origin, e)


def read_inputs(paths: Iterable[str], options: Options | None = None) -> Iterator[Article | Failure]:
    """Yield an :class:`Article` or a :class:`Failure` for every input ("-" is stdin)."""
    opts = options or Options()
    for p in paths:
        if p == "-":
            try:
                yield article_from_text(sys.stdin.buffer.read(), "<stdin>", opts)
            except InputError as e:
                yield Failure("<stdin>", e)
            continue
        path = Path(p)
        if not path.exists():
            yield Failure(p, InputError(p, "does not exist"))
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith("."):
                    yield from read_path(child, opts)
        else:
            yield from read_path(path, opts)

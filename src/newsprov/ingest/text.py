"""Plain-text articles, taken exactly as given."""

from __future__ import annotations

from typing import Any

from newsprov.ingest.article import (
    Article,
    check_characters,
    check_not_empty,
    check_size,
    make_article,
)
from newsprov.ingest.decode import decode
from newsprov.options import Options


def article_from_text(
    data: bytes | str, origin: str = "<input>", options: Options | None = None, **meta: Any
) -> Article:
    """An :class:`Article` whose text is ``data`` exactly (bytes are decoded, see :func:`decode`).

    Raises :class:`newsprov.errors.InputError` naming ``origin`` when the input is oversized,
    binary, empty or whitespace-only, or its metadata is malformed.
    """
    opts = options or Options()
    if isinstance(data, str):
        check_size(len(data.encode("utf-8", errors="surrogatepass")), origin, opts)
        check_characters(data, origin)
        text, encoding = data, "utf-8"
    else:
        check_size(len(data), origin, opts)
        text, encoding = decode(data, origin)
    check_not_empty(text, origin)
    warnings = []
    if encoding != "utf-8":
        warnings.append(f"input was not UTF-8; decoded as {encoding} (detected)")
    return make_article(
        text, origin, meta, input_format="text", encoding=encoding, warnings=warnings
    )

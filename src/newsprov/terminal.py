"""Text for a terminal: stored article content is untrusted, and a terminal obeys control
characters (an ESC sequence in a title could clear the screen, recolour it or set its title)."""

from __future__ import annotations

import re
import sys
from typing import Any

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def plain(text: str) -> str:
    """``text`` as one line a terminal shows as it is: line breaks and tabs become spaces, any
    other control character a visible ``\\x1b`` (an ESC from a stored title could clear or
    recolour the terminal; a quote over two paragraphs broke its table row in two)."""

    def one(m: re.Match[str]) -> str:
        c = m.group()
        return " " if c in "\t\n\r\x0b\x0c\x85\u2028\u2029" else f"\\x{ord(c):02x}"

    return _CONTROL.sub(one, text)


def progress_bar(
    show: bool | None, desc: str, total: int | None = None, unit: str = "article"
) -> Any:
    """A tqdm bar on stderr (``show`` None: only when stderr is a terminal), or None: the
    store's writes and exports count their articles, records or rows with it."""
    if not (sys.stderr.isatty() if show is None else show):
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit=unit, desc=desc, file=sys.stderr, dynamic_ncols=True)


__all__ = ["plain", "progress_bar"]

"""CSV for spreadsheets: stored article content is untrusted, and a spreadsheet runs a cell
that starts like a formula (``=HYPERLINK(...)`` in a title, ``@SUM(...)`` as a source name).

Every CSV writer goes through :func:`write_csv`: a header row, then rows of the same width,
each text cell made inert by :func:`csv_cell` as OWASP advises (a leading ``'`` before ``=``,
``+``, ``-``, ``@``, a tab or a carriage return). Number cells are left as numbers, negative
ones included.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import TextIO

#: The first characters that make a spreadsheet read a text cell as a formula (OWASP, "CSV
#: Injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | float | None


def csv_cell(value: Cell) -> str | int | float:
    """A cell as written: None is empty, a number (not a bool) stays a number, and text that
    starts like a formula gets a leading ``'`` (``=1+1`` -> ``'=1+1``; ``-3`` as text -> ``'-3``,
    -3 as a number stays -3)."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def write_csv(out: TextIO, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> None:
    """The header, then every row (each as wide as the header), every cell through
    :func:`csv_cell`."""
    wr = csv.writer(out)
    wr.writerow([csv_cell(h) for h in header])
    for row in rows:
        if len(row) != len(header):
            raise ValueError(f"a CSV row of {len(row)} cells under {len(header)} columns")
        wr.writerow([csv_cell(v) for v in row])


__all__ = ["FORMULA_START", "csv_cell", "write_csv"]

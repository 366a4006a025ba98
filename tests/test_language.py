"""The language check (``newsprov.analysis.language``): English, not English, and too short
to tell; unknown is null, never a guess, and the warning says which."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsprov.analysis.language import check_language
from newsprov.record import Record

ENGLISH = "The minister said on Monday that the talks would resume next week."
GERMAN = "Der Minister sagte am Montag, dass die Gespräche nächste Woche fortgesetzt werden."


@pytest.mark.parametrize(
    ("text", "language", "warning"),
    [
        (ENGLISH, "en", None),
        (ENGLISH * 40, "en", None),
        ("Officials said the vote was close.", "en", None),
        (GERMAN, None, "does not read as English"),
        ("Le ministre a déclaré lundi que les pourparlers reprendraient.", None, "English"),
        ("Officials said it rained.", None, "too short (4 words)"),
        ("Rain.", None, "too short (1 word)"),
        ("", None, "too short (0 words)"),
        ("2024 — 17:30 !!", None, "too short (0 words)"),
    ],
)
def test_check_language(text: str, language: str | None, warning: str | None) -> None:
    got, why = check_language(text)
    assert got == language
    if warning is None:
        assert why is None
    else:
        assert why is not None and warning in why


def test_a_short_text_is_not_called_foreign(analyze: Callable[..., Record]) -> None:
    rec = analyze("Officials said it rained.")
    assert rec.document.language is None
    assert any("too short" in w for w in rec.warnings)
    assert not any("does not read as English" in w for w in rec.warnings)

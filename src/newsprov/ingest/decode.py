"""Bytes to text: exact UTF-8 when valid, UTF-16 by its BOM, else detected; binary refused."""

from __future__ import annotations

import re

from newsprov.errors import InputError

#: Leading bytes of common binary formats, with the name used in the refusal message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Control characters that never occur in text (tab, newlines, form feed and ESC excepted).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` starts as (``a gzip archive``), by its magic bytes."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def decode(data: bytes, origin: str) -> tuple[str, str]:
    """Decode input bytes into ``(text, encoding)``.

    Valid UTF-8 is decoded exactly (a UTF-8 BOM is kept as U+FEFF, nothing else changes), so
    offsets of annotations made on the file line up. UTF-16/32 need their BOM. Anything else
    goes to charset-normalizer. Raises :class:`InputError` for binary data.
    """
    kind = binary_kind(data)
    if kind:
        raise InputError(origin, f"is {kind}, not text")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(enc), origin), enc
            except UnicodeDecodeError:
                raise InputError(
                    origin, f"starts with a {enc} byte-order mark but is not valid {enc}"
                ) from None
    if b"\x00" in data[:65536]:
        utf16 = _bomless_utf16(data)
        if utf16:
            try:
                return _checked(data.decode(utf16), origin), utf16
            except UnicodeDecodeError:
                pass
        raise InputError(origin, "looks like a binary file (NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"), origin), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    found = from_bytes(data)
    best = found.best()
    if best is None:
        raise InputError(
            origin, "looks like a binary file: neither UTF-8 nor a detectable text encoding"
        )
    if any(WESTERN in m.could_be_from_charset for m in found if m.chaos <= best.chaos + CHAOS_TIE):
        try:
            return _checked(data.decode(WESTERN), origin), WESTERN
        except UnicodeDecodeError:
            pass
    return _checked(str(best), origin), str(best.encoding)


#: The legacy encoding of English-language text (Latin-1 and its Windows superset; the WHATWG
#: default for English pages), taken whenever charset-normalizer finds it as clean as its own
#: pick: on a short English text with a few accented words it broke the tie by a language guess
#: and decoded Latin-1 "El niño" as cp1250 "El nińo" and "café in Zürich" as cp775 "cafķ in
#: Z³rich". The cost: an English text with a few Czech or Polish letters in cp1250 ("Dvořák")
#: now reads as Latin-1 ("Dvoøák"); texts mostly in another script keep their encoding.
WESTERN = "cp1252"
#: How much messier than the best pick (charset-normalizer's ``chaos``, 0-1) still counts as a tie.
CHAOS_TIE = 0.01


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the NUL bytes sit in every other place, as in UTF-16 text
    written without a byte-order mark; else None."""
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 8:
        return None
    half = len(sample) // 2
    odd = sample[1::2].count(0)
    even = sample[0::2].count(0)
    if odd > 0.6 * half and even == 0:
        return "utf-16-le"
    if even > 0.6 * half and odd == 0:
        return "utf-16-be"
    return None


def _checked(text: str, origin: str) -> str:
    """Refuse decoded text that is mostly control characters (a binary file that decoded)."""
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError(origin, "looks like a binary file (control characters), not text")
    return text


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_html(data: bytes, origin: str) -> tuple[str, str]:
    """Decode HTML bytes: a BOM, then the page's own ``<meta charset>``, then :func:`decode`."""
    kind = binary_kind(data)
    if kind:
        raise InputError(origin, f"is {kind}, not HTML")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8"
    m = _META_CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        declared = m.group(1).decode("ascii", errors="replace").lower()
        try:
            import codecs

            name = codecs.lookup(declared).name
        except LookupError:
            name = ""
        if name:
            try:
                return _checked(data.decode(name), origin), name
            except UnicodeDecodeError:
                pass  # the declaration is wrong: detect instead
    return decode(data, origin)

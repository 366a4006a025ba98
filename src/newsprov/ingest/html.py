"""HTML pages: the article body and metadata through trafilatura (dates through htmldate)."""

from __future__ import annotations

import html as htmllib
import logging
import re
from typing import Any
from urllib.parse import urlparse

from newsprov.errors import InputError
from newsprov.ingest.article import (
    Article,
    check_characters,
    check_not_empty,
    check_size,
    make_article,
)
from newsprov.ingest.decode import decode_html
from newsprov.options import Options

#: Only dates the page states in its markup; htmldate's guesses from free text are not used.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
# trafilatura and htmldate log parse trouble at ERROR level; without a handler Python would
# print it on stderr. newsprov reports its own one-line errors instead.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

_BLOCK = re.compile(r"(?is)<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->")
_BREAK = re.compile(r"(?i)<(?:/?(?:p|div|br|li|h[1-6]|tr|article|section|blockquote)\b)[^>]*>")
_ANY_TAG = re.compile(r"<[^>]*>")
_ROLE = re.compile(
    r"\s*[,|–—-]?\s*(?:(?:Senior|Staff|Chief|Contributing|Special|Political|National|Foreign"
    r"|White\s+House|Washington)\s+)*(?:Writer|Reporter|Correspondent|Editor|Contributor"
    r"|Columnist)s?\s*$",
    re.I,
)
_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|article|div|p|meta|title)\b", re.I)


def looks_like_html(head: str) -> bool:
    """True when the start of an input is an HTML page or fragment."""
    stripped = head.lstrip("\ufeff \t\r\n")
    return stripped.startswith("<") and bool(_TAG.search(stripped[:4096]))


def clean_authors(raw: str | None) -> list[str]:
    """trafilatura's ``"A; B"`` author string as names, without "By" and trailing roles."""
    names = []
    for part in (raw or "").split(";"):
        name = re.sub(r"^\s*by\s+", "", part.strip(), flags=re.I)
        if _ROLE.fullmatch(name):  # "Jane Roe, Staff Writer" split at its comma: no author
            continue
        bare = _ROLE.sub("", name).strip(" ,|")
        if len(bare.split()) >= 2:  # "Jane Writer" is a name, not "Jane" + a role
            name = bare
        if name and name not in names:
            names.append(name)
    return names


def outlet_from_url(url: str | None) -> str | None:
    """The URL's host without ``www.`` (``https://www.nytimes.com/x`` → ``nytimes.com``)."""
    if not url:
        return None
    try:
        host = urlparse(url if "//" in url else "//" + url).hostname
    except ValueError:  # "http://[": a malformed address names no outlet
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _all_text(page: str) -> str:
    """Every visible line of a page: trafilatura's ``html2txt``, else a plain tag stripper
    (for pages lxml cannot build a tree of, such as very deep nesting)."""
    import trafilatura

    try:
        text = trafilatura.html2txt(page).strip()
    except Exception:  # lxml refuses the page: fall through to the tag stripper
        text = ""
    if text:
        return text
    bare = _ANY_TAG.sub("", _BREAK.sub("\n", _BLOCK.sub(" ", page)))
    lines = (" ".join(line.split()) for line in htmllib.unescape(bare).splitlines())
    return "\n".join(line for line in lines if line)


def article_from_html(
    html: bytes | str, origin: str = "<input>", options: Options | None = None, **meta: Any
) -> Article:
    """An :class:`Article` whose text is the page's extracted body (``input_format="html"``).

    Title, authors, published date (ISO) and outlet (the page's site name, else the URL's
    domain) come from the page unless the caller gives them. Raises :class:`InputError` for
    oversized, binary or empty pages and for pages with no text at all.
    """
    opts = options or Options()
    if isinstance(html, str):
        check_size(len(html.encode("utf-8", errors="surrogatepass")), origin, opts)
        check_characters(html, origin, "html")
        page, encoding = html, "utf-8"
    else:
        check_size(len(html), origin, opts)
        page, encoding = decode_html(html, origin)
    check_not_empty(page, origin)
    warnings: list[str] = []
    if encoding not in ("utf-8", "utf_8"):
        warnings.append(f"input was not UTF-8; decoded as {encoding}")
    url = meta.get("url") if isinstance(meta.get("url"), str) else None
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as e:  # trafilatura/lxml reject some malformed pages outright
        raise InputError(
            origin, f"is not HTML that can be read ({type(e).__name__}: {e})"
        ) from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        text = _all_text(page)
        if text:
            warnings.append(
                "no article body was found in the HTML; all of the page's text was used"
            )
    if not text:
        raise InputError(origin, "is HTML without any article text")
    found: dict[str, Any] = {}
    if doc is not None:
        page_url = getattr(doc, "url", None)
        authors = getattr(doc, "author", None)
        found = {
            "title": getattr(doc, "title", None),
            "authors": clean_authors(authors),
            "published": getattr(doc, "date", None),
            "outlet": getattr(doc, "sitename", None) or outlet_from_url(url or page_url),
            "url": page_url,
        }
        if found["published"] and not re.match(r"^\d{4}-\d{2}-\d{2}", found["published"]):
            found["published"] = None
    elif url:
        found = {"outlet": outlet_from_url(url)}
    return make_article(
        text, origin, meta, input_format="html", encoding=encoding, warnings=warnings, **found
    )

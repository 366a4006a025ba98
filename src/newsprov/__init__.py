"""newsprov: who says so, and who reported it first?

Stages, each its own package, data flowing one way::

    ingest  ->  analysis  ->  record  ->  store  ->  corpus  ->  serve / batch

``newsprov.analyze(text=...)`` is the one-call entry point; see the README for the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsprov.record import Record

__version__ = "0.1.0"


def analyze(
    text: str | bytes | None = None, html: str | bytes | None = None, **metadata: Any
) -> Record:
    """Analyse one article given as ``text`` or ``html``; returns a :class:`newsprov.record.Record`.

    A ``str`` is taken exactly as given (the record's offsets index it); ``bytes`` are decoded
    as the command line decodes a file (UTF-8 exactly, a byte-order mark kept; another encoding
    is detected and named in ``warnings`` and ``document.encoding``). Metadata keywords (``id``,
    ``url``, ``outlet``, ``title``, ``published``: strings, ``id`` may be a number; ``authors``:
    a list of strings or one string of names split at ``;``) are kept in the record's
    ``document``; an unknown keyword is an error. ``options=`` takes a
    :class:`newsprov.options.Options`; without it the settings come from the ``NEWSPROV_*``
    environment, as for the command line. Raises :class:`newsprov.errors.InputError` for input
    that is not an article (empty, binary, bad metadata), its subclass
    :class:`newsprov.errors.LimitError` for one over ``max_bytes`` or ``time_limit``, and
    :class:`newsprov.errors.ConfigError` for bad settings.
    """
    from newsprov.analysis import get_analyzer
    from newsprov.errors import ConfigError, InputError
    from newsprov.ingest import article_from_html, article_from_text
    from newsprov.options import Options
    from newsprov.wording import must_be

    options = metadata.pop("options", None)
    if options is None:
        options = Options.from_env()
    elif not isinstance(options, Options):
        raise ConfigError(
            must_be("a newsprov.options.Options", options, "options=")
            + " (Options(max_bytes=...) checks each setting)"
        )
    origin = str(metadata.get("id") or "<input>")
    if (text is None) == (html is None):
        raise InputError(origin, "give exactly one of text= or html=")
    for name, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str | bytes):
            raise InputError(origin, must_be("text or bytes", value, f"{name}="))
    if text is not None:
        article = article_from_text(text, origin, options, **metadata)
    else:
        assert html is not None
        article = article_from_html(html, origin, options, **metadata)
    return get_analyzer(options).analyze(article)


__all__ = ["__version__", "analyze"]

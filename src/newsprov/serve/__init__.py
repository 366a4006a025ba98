"""Serve: the HTTP API (FastAPI, OpenAPI at ``/api/openapi.json``) and the server-rendered web
pages (Jinja2, local CSS/JS, strict CSP) over the analyser and the store.

``create_app(options, store_url)`` builds the application; ``newsprov serve`` runs it with
uvicorn; :mod:`newsprov.serve.bench` load-tests it on loopback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(*args: Any, **kwargs: Any) -> FastAPI:
    """See :func:`newsprov.serve.app.create_app`."""
    from newsprov.serve.app import create_app as _create

    return _create(*args, **kwargs)


__all__ = ["create_app"]

"""The OpenAPI document as the API answers: every error is ``{"error": "one line"}``.

FastAPI documents its own validation error (``{"detail": [{loc, msg, type}]}``) for every 422,
which this API never sends; the document names the one error shape instead, as each 422 and
as the ``default`` response (404, 405, 413, 429, 503, ... all have it). Every operation lists
its 406 (``Accept`` takes no JSON), and those with a body their 415 (not JSON, or an unknown
``Content-Encoding``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

ERROR_SCHEMA: dict[str, Any] = {
    "title": "Error",
    "type": "object",
    "required": ["error"],
    "properties": {"error": {"type": "string", "description": "what is wrong, in one line"}},
    "additionalProperties": False,
}
_ERROR = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
_FASTAPI_ERRORS = ("HTTPValidationError", "ValidationError")


def error_responses(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with FastAPI's validation error replaced by :data:`ERROR_SCHEMA`."""
    schemas = schema.setdefault("components", {}).setdefault("schemas", {})
    for name in _FASTAPI_ERRORS:
        schemas.pop(name, None)
    schemas["Error"] = ERROR_SCHEMA
    for item in schema.get("paths", {}).values():
        for op in item.values():
            responses = op.setdefault("responses", {})
            responses["422"] = {
                "description": "Invalid request: a bad parameter or body, or not an article",
                "content": _ERROR,
            }
            responses["406"] = {
                "description": "Not acceptable: the Accept header takes no application/json",
                "content": _ERROR,
            }
            if "requestBody" in op:
                responses["415"] = {
                    "description": (
                        "Unsupported media type: the body is not sent as application/json, "
                        "or its Content-Encoding is neither gzip nor identity"
                    ),
                    "content": _ERROR,
                }
            responses["default"] = {
                "description": 'Any other error (404, 405, 413, 429, 503, ...): {"error": ...}',
                "content": _ERROR,
            }
    return schema


def patched(original: Callable[[], dict[str, Any]]) -> Callable[[], dict[str, Any]]:
    """An ``app.openapi`` that builds the document once, with :func:`error_responses`."""
    done: dict[str, Any] = {}

    def openapi() -> dict[str, Any]:
        if "schema" not in done:
            done["schema"] = error_responses(original())
        return done["schema"]

    return openapi

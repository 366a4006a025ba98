"""Outlet filters through the outlet registry: "NYT", "New York Times" and "nytimes.com" all
select the articles of *The New York Times*, however their outlet was spelt when stored.

The registry is :mod:`newsprov.analysis.outlets` itself. Importing it through its package would
import spaCy (``newsprov.analysis`` builds the pipeline), which the query commands must not pay
for, so when the analysis package is not loaded yet the registry's module is loaded from its
file on its own: the same code and data, without the pipeline.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from importlib import resources
from types import ModuleType
from typing import Any

_MODULE = "newsprov.analysis.outlets"
_STANDALONE = "newsprov.corpus._outlet_registry"


@lru_cache(maxsize=1)
def _outlets_module() -> ModuleType:
    loaded = sys.modules.get(_MODULE) or sys.modules.get(_STANDALONE)
    if loaded is not None:
        return loaded
    path = resources.files("newsprov") / "analysis" / "outlets.py"
    spec = importlib.util.spec_from_file_location(_STANDALONE, str(path))
    if spec is None or spec.loader is None:  # pragma: no cover - a broken installation
        raise ImportError(f"cannot load the outlet registry from {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[_STANDALONE] = module  # dataclasses look their module up while it executes
    spec.loader.exec_module(module)
    return module


def outlet_registry() -> Any:
    """The outlet registry (:class:`newsprov.analysis.outlets.Registry`), without spaCy."""
    return _outlets_module().registry()


def registry_outlets(name: str) -> list[Any]:
    """The registry's outlets that ``name`` names on its own: by name, alias, abbreviation or
    domain ("NYT", "the New York Times", "nytimes.com"). Context-bound short forms ("the
    Times", which several papers go by) name none; an unknown name gives []."""
    mod = _outlets_module()
    reg = mod.registry()
    key = mod.normalize(name)
    found = [o for o in reg.candidates(name) if key in {mod.normalize(f) for f in o.forms}]
    if not found and "." in name:
        by_domain = reg.by_domain(name)
        if by_domain is not None:
            found = [by_domain]
    return found


def outlet_spellings(name: str) -> set[str]:
    """Lower-case spellings a stored outlet may have and still be the outlet ``name`` means:
    ``name`` itself, and, when the registry knows it, every name, alias, abbreviation and
    domain of that outlet, with and without a leading "the"."""
    mod = _outlets_module()
    spellings = {" ".join(name.split()).lower()}
    for outlet in registry_outlets(name):
        for form in (*outlet.forms, *outlet.domains):
            low = " ".join(form.split()).lower()
            norm = mod.normalize(form)
            spellings |= {low, norm, "the " + norm}
    spellings.discard("")
    return spellings

"""Outlet filters through the outlet registry: "NYT", "New York Times" and "nytimes.com" all
select the articles of *The New York Times*, however their outlet was spelt when stored.

The registry is :mod:`newsprov.analysis.outlets`, which loads without spaCy (the analysis
package imports its pipeline only when an analyzer is asked for).
"""

from __future__ import annotations

from newsprov.analysis.outlets import Outlet, normalize, registry


def registry_outlets(name: str) -> list[Outlet]:
    """The registry's outlets that ``name`` names on its own: by name, alias, abbreviation or
    domain ("NYT", "the New York Times", "nytimes.com"). Context-bound short forms ("the
    Times", which several papers go by) name none; an unknown name gives []."""
    reg = registry()
    key = normalize(name)
    found = [o for o in reg.candidates(name) if key in {normalize(f) for f in o.forms}]
    if not found and "." in name:
        by_domain = reg.by_domain(name)
        if by_domain is not None:
            found = [by_domain]
    return found


def outlet_spellings(name: str) -> set[str]:
    """Lower-case spellings a stored outlet may have and still be the outlet ``name`` means:
    ``name`` itself, and, when the registry knows it, every name, alias, abbreviation and
    domain of that outlet, with and without a leading "the" (an outlet the registry does not
    know too: "Coast Courier" is stored "The Coast Courier")."""
    own = " ".join(name.split()).lower()
    bare = own.removeprefix("the ").strip()
    spellings = {own, bare, "the " + bare} if bare else {own}
    for outlet in registry_outlets(name):
        for form in (*outlet.forms, *outlet.domains):
            low = " ".join(form.split()).lower()
            norm = normalize(form)
            spellings |= {low, norm, "the " + norm}
    spellings.discard("")
    return spellings

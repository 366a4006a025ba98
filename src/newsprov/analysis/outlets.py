"""The outlet registry: curated news outlets (wire agencies, newspapers, broadcasters, magazines,
online outlets) loaded from ``newsprov/data/outlets.json``, with lookup by name, alias,
abbreviation or domain, and a scanner that finds outlet mentions in a text.

Reused by ingest (an article's outlet from its URL), the sources stage ("NYT", "the New York
Times" and "the Times" are one outlet) and the corpus stage (who relays whom).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from newsprov.analysis.alternation import alternation
from newsprov.errors import ConfigError

_APOS = str.maketrans({"’": "'", "‘": "'"})


@dataclass(frozen=True)
class Outlet:
    """One news outlet as the registry knows it."""

    id: str
    name: str
    aliases: tuple[str, ...]
    abbreviations: tuple[str, ...]
    short: tuple[str, ...]  # forms that name it only in context, after "the" ("the Times")
    weak: tuple[str, ...]  # forms that are also common words or names ("Time", "Fox", "RT")
    domains: tuple[str, ...]
    type: str  # agency, newspaper, broadcaster, magazine, online
    country: str
    wire: bool

    @property
    def forms(self) -> tuple[str, ...]:
        """Every form that names this outlet on its own (not the context-bound short forms)."""
        return (self.name, *self.aliases, *self.abbreviations)


@dataclass(frozen=True)
class OutletMatch:
    """An outlet mention found in a text: ``[start, end)`` includes a leading "the"."""

    start: int
    end: int
    form: str  # the matched form, without "the"
    outlets: tuple[str, ...]  # candidate outlet ids, the registry's preferred one first
    short: bool  # a context-bound form ("the Times"): resolve against outlets already named
    weak: bool  # a form that is also a common word or name: needs corroboration


@lru_cache(maxsize=8192)
def normalize(name: str) -> str:
    """The key names are compared by: no leading "the", no possessive, casefolded, single spaces.
    Kept for the next call on the same name (a string in, a string out): the sources' name
    keys ask for an article's names many times over."""
    s = " ".join(name.translate(_APOS).split()).strip(" ,.;:()\"'")
    if s.lower().startswith("the "):
        s = s[4:]
    if s.endswith("'s"):
        s = s[:-2]
    return s.casefold()


class Registry:
    """Lookup over the curated outlets. Build with :func:`registry` (loaded once)."""

    def __init__(self, outlets: list[Outlet]) -> None:
        self.outlets = outlets
        self._by_id = {o.id: o for o in outlets}
        self._by_key: dict[str, list[str]] = {}
        self._by_short: dict[str, list[str]] = {}
        self._by_domain: dict[str, str] = {}
        for o in outlets:
            for form in o.forms:
                ids = self._by_key.setdefault(normalize(form), [])
                if o.id not in ids:
                    ids.append(o.id)
            for form in o.short:
                self._by_short.setdefault(normalize(form), []).append(o.id)
            for d in o.domains:
                self._by_domain.setdefault(d.lower(), o.id)
        self._pattern, self._forms = self._compile()

    def __len__(self) -> int:
        return len(self.outlets)

    def get(self, outlet_id: str) -> Outlet:
        return self._by_id[outlet_id]

    def candidates(self, name: str) -> list[Outlet]:
        """Every outlet a name can mean, in registry order (the preferred one first)."""
        key = normalize(name)
        ids = set(self._by_key.get(key, [])) | set(self._by_short.get(key, []))
        return [o for o in self.outlets if o.id in ids]

    def lookup(self, name: str) -> Outlet | None:
        """The outlet a name, alias or abbreviation means ("NYT", "the New York Times",
        "the Times"), or None; ambiguous short forms give the registry's preferred outlet."""
        found = self.candidates(name)
        return found[0] if found else None

    def by_domain(self, url_or_host: str) -> Outlet | None:
        """The outlet of a URL or host name ("https://www.nytimes.com/2020/..."), or None."""
        s = url_or_host.strip()
        try:
            host = urlsplit(s).hostname if "://" in s else s.split("/")[0].split(":")[0]
        except ValueError:  # "http://[": a malformed address names no outlet
            return None
        if not host:
            return None
        parts = host.lower().removeprefix("www.").split(".")
        for i in range(len(parts) - 1):
            oid = self._by_domain.get(".".join(parts[i:]))
            if oid:
                return self._by_id[oid]
        return None

    def _compile(self) -> tuple[re.Pattern[str], dict[str, tuple[tuple[str, ...], bool]]]:
        # Each form is "short" (someone's context-bound form: needs "the", and no capitalised
        # word after it, so "the Times Square" is not an outlet, nor "of" and one: "The
        # Republic of Turkey", "the Journal of Commerce"), "required" (written "The X":
        # needs "the") or "optional" (may take a leading "the").
        owners: dict[str, list[str]] = {}
        weak: set[str] = set()
        optional: set[str] = set()
        required: set[str] = set()
        short: set[str] = set()
        for o in self.outlets:
            for form in o.forms:
                bare = form[4:] if form.startswith("The ") else form
                (required if form.startswith("The ") else optional).add(bare)
                owners.setdefault(bare, []).append(o.id)
                if form in o.weak:
                    weak.add(bare)
            for form in o.short:
                short.add(form)
                owners.setdefault(form, []).append(o.id)
                weak.add(form)
        optional -= short
        required -= short | optional
        order = {o.id: i for i, o in enumerate(self.outlets)}
        forms = {
            f: (tuple(sorted(set(ids), key=order.__getitem__)), f in weak)
            for f, ids in owners.items()
        }

        def alt(items: set[str]) -> str:
            return alternation(sorted(items, key=lambda f: (-len(f), f)))

        pattern = (
            r"(?<![\w&])(?:"
            rf"(?:[Tt]he\s+)?(?P<opt>{alt(optional)})"
            rf"|[Tt]he\s+(?P<req>{alt(required)})"
            rf"|[Tt]he\s+(?P<short>{alt(short)})(?!\s+[A-Z]|\s+of\s+(?:the\s+)?[A-Z])"
            r")(?![\w&])"
        )
        return re.compile(pattern), forms

    def scan(self, text: str) -> list[OutletMatch]:
        """Every outlet mention in ``text``, in order (longest form wins at each place)."""
        out: list[OutletMatch] = []
        for m in self._pattern.finditer(text):
            form = m.group("opt") or m.group("req") or m.group("short")
            ids, weak = self._forms[form]
            out.append(
                OutletMatch(
                    start=m.start(),
                    end=m.end(),
                    form=form,
                    outlets=ids,
                    short=m.group("short") is not None,
                    weak=weak,
                )
            )
        return out


def _load() -> list[Outlet]:
    path = resources.files("newsprov") / "data" / "outlets.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return [
            Outlet(
                id=e["id"],
                name=e["name"],
                aliases=tuple(e.get("aliases", ())),
                abbreviations=tuple(e.get("abbreviations", ())),
                short=tuple(e.get("short", ())),
                weak=tuple(e.get("weak", ())),
                domains=tuple(e.get("domains", ())),
                type=e.get("type", "newspaper"),
                country=e.get("country", ""),
                wire=bool(e.get("wire", False)),
            )
            for e in raw["outlets"]
        ]
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise ConfigError(f"the outlet registry {path} cannot be read: {e}") from None


@lru_cache(maxsize=1)
def registry() -> Registry:
    """The curated outlet registry, loaded once per process."""
    return Registry(_load())


def lookup(name: str) -> Outlet | None:
    """Shortcut for ``registry().lookup(name)``."""
    return registry().lookup(name)


def by_domain(url_or_host: str) -> Outlet | None:
    """Shortcut for ``registry().by_domain(url_or_host)``."""
    return registry().by_domain(url_or_host)

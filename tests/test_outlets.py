"""The outlet registry: curated data, lookup by name/alias/abbreviation/domain, text scanning."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from newsprov.analysis.outlets import Registry, by_domain, lookup, normalize, registry


def test_registry_is_curated_and_consistent() -> None:
    reg = registry()
    assert len(reg) >= 150
    ids = [o.id for o in reg.outlets]
    assert len(ids) == len(set(ids))
    for o in reg.outlets:
        assert o.name and o.type in {"agency", "newspaper", "broadcaster", "magazine", "online"}
        assert set(o.weak) <= set(o.forms)
        for form in o.forms:  # every form finds its outlet (or one sharing the form)
            assert any(form in c.forms or form in c.short for c in reg.candidates(form)), form
        for d in o.domains:
            found = reg.by_domain(d)
            assert found is not None and d in found.domains


def test_registry_file_is_plain_json() -> None:
    raw = json.loads((resources.files("newsprov") / "data" / "outlets.json").read_text("utf-8"))
    assert raw["version"] == 1 and len(raw["outlets"]) == len(registry())


@pytest.mark.parametrize("oid", ["ap", "afp", "reuters", "upi", "dpa", "xinhua", "tass", "kyodo"])
def test_wire_agencies(oid: str) -> None:
    o = registry().get(oid)
    assert o.wire and o.type == "agency"


LOOKUPS = [
    ("NYT", "nyt"),
    ("the New York Times", "nyt"),
    ("The New York Times", "nyt"),
    ("the Times", "nyt"),  # the registry's preferred reading of a short form
    ("New York Times’", "nyt"),
    ("AP", "ap"),
    ("The Associated Press", "ap"),
    ("Agence France-Presse", "afp"),
    ("AFP", "afp"),
    ("Reuters", "reuters"),
    ("UPI", "upi"),
    ("BBC News", "bbc"),
    ("the Guardian", "guardian"),
    ("Huffington Post", "huffpost"),
    ("HuffPost", "huffpost"),
    ("WSJ", "wsj"),
    ("the Post", "wapo"),
    ("Al-Masdar News", "almasdar"),
    # outlets and fact-checkers added after a sixth audit of the profile (2026-12-06)
    ("Le Parisien", "leparisien"),
    ("Ebony magazine", "ebony"),
    ("PolitiFact", "politifact"),
    ("Politifact", "politifact"),
    ("FactCheck.org", "factcheckorg"),
    ("Snopes", "snopes"),
    ("ESPN", "espn"),
    ("the Chicago Sun-Times", "suntimes"),
    ("Kathimerini", "kathimerini"),
    # negatives
    ("New York", None),
    ("Times Square", None),
    ("NRC", None),  # the Nuclear Regulatory Commission before NRC Handelsblad
    ("ISNA", None),
    ("Pentagon", None),
    ("", None),
]


@pytest.mark.parametrize(("name", "oid"), LOOKUPS)
def test_lookup(name: str, oid: str | None) -> None:
    found = lookup(name)
    assert (found.id if found else None) == oid


DOMAINS = [
    ("https://www.nytimes.com/2020/03/27/us/politics/pentagon-iraq.html", "nyt"),
    ("edition.cnn.com", "cnn"),
    ("https://www.bbc.co.uk/news/world", "bbc"),
    ("https://www.almasdarnews.com/article/x/", "almasdar"),
    ("apnews.com", "ap"),
    ("news.yahoo.com", "yahoonews"),
    ("https://www.politifact.com/factchecks/2016/sep/26/", "politifact"),
    ("www.leparisien.fr/politique/x", "leparisien"),
    ("economictimes.indiatimes.com", "economictimes"),  # not The Times of India's
    ("timesofindia.indiatimes.com", "toi"),
    ("http://example.com/nytimes.com", None),
    ("example.com", None),
    ("", None),
    # a malformed address names no outlet, it raises nothing
    ("http://[", None),
]


@pytest.mark.parametrize(("url", "oid"), DOMAINS)
def test_by_domain(url: str, oid: str | None) -> None:
    found = by_domain(url)
    assert (found.id if found else None) == oid


SCANS = [
    ("The Times reported it.", [("The Times", "nyt", True)]),
    ("the Times Square crowd", []),
    ("AP and Reuters said so.", [("AP", "ap", False), ("Reuters", "reuters", False)]),
    ("the Los Angeles Times said", [("the Los Angeles Times", "latimes", False)]),
    ("The Times of India said", [("The Times of India", "toi", False)]),
    (
        "the New York Times (NYT) reported",
        [("the New York Times", "nyt", False), ("NYT", "nyt", False)],
    ),
    ("He is a MAPPER and a DAPPER man.", []),
    ("Politifact rated it false.", [("Politifact", "politifact", False)]),
    ("a Scotsman and a Tennessean at the NRC", []),
    ("The Scotsman reported it.", [("The Scotsman", "scotsman", False)]),
    ("Capitol Hill sources", []),
]


@pytest.mark.parametrize(("text", "expected"), SCANS)
def test_scan(text: str, expected: list[tuple[str, str, bool]]) -> None:
    got = [(text[m.start : m.end], m.outlets[0], m.short) for m in registry().scan(text)]
    assert got == expected


def test_weak_forms_are_flagged() -> None:
    (m,) = registry().scan("Time is short.")
    assert m.weak and m.outlets == ("time",)


def test_normalize() -> None:
    assert normalize("  The  New York Times’s ") == "new york times"
    assert normalize("the NYT") == "nyt"


def test_a_small_registry_builds() -> None:
    one = registry().get("nyt")
    reg = Registry([one])
    assert reg.lookup("the Times") is one and len(reg) == 1

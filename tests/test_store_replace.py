"""A replaced article is filed again in the corpus index: its quotes, relays and statements
follow the new version, on SQLite and PostgreSQL, in one writer and across writers."""

from __future__ import annotations

from typing import Any

import pytest

from newsprov.errors import NotFoundError
from newsprov.record import Record
from newsprov.store import open_store
from tests.conftest import checked
from tests.store_fixtures import Q2, make_record

NYT = "The New York Times"
WITH_QUOTE = [("Robert White", "person", "warned", Q2)]
WITHOUT = [("Jane Roe", "person", "said", "the harbour ferry was late again")]


def _daily(parts: list[tuple[str, str, str, str]], relay: str | None) -> Record:
    return checked(
        make_record("daily-1", parts, outlet="Daily", published="2020-03-28", relay=relay)
    )


def _post() -> Record:
    return checked(make_record("post-1", WITH_QUOTE, outlet="Post", published="2020-03-29"))


def _late() -> Record:
    return checked(make_record("late-1", WITH_QUOTE, outlet="Late", published="2020-03-30"))


def _views(st: Any) -> dict[str, Any]:
    """What the quote lineage, relays and source statements views list, by article."""
    found = st.quotes(text="bloody and counterproductive")
    quote = st.quote(found[0]["id"]) if found else None
    try:
        statements = [x["article"] for x in st.source("Robert White")["statements"]]
    except NotFoundError:
        statements = []
    return {
        "quotes": len(found),
        "appearances": [x["article"] for x in quote["appearances"]] if quote else [],
        "first": quote["first_publisher"]["article"] if quote else None,
        "outlets": quote["outlets"] if quote else [],
        "relays": sorted((e["from_article"], e["to_outlet"]) for e in st.relays()),
        "statements": statements,
    }


CASES = [
    pytest.param(
        (WITH_QUOTE, NYT), (WITHOUT, None),
        {"quotes": 1, "appearances": ["post-1", "late-1"], "first": "post-1",
         "outlets": ["Late", "Post"], "relays": [], "statements": ["post-1", "late-1"]},
        id="replacement-drops-the-quote-and-relay",
    ),
    pytest.param(
        (WITHOUT, None), (WITH_QUOTE, NYT),
        {"quotes": 1, "appearances": ["daily-1", "post-1", "late-1"], "first": "daily-1",
         "outlets": ["Daily", "Late", "Post"], "relays": [("daily-1", NYT)],
         "statements": ["daily-1", "post-1", "late-1"]},
        id="replacement-adds-the-quote-and-relay",
    ),
    pytest.param(
        (WITH_QUOTE, NYT), (WITH_QUOTE + WITHOUT, NYT),
        {"quotes": 1, "appearances": ["daily-1", "post-1", "late-1"], "first": "daily-1",
         "outlets": ["Daily", "Late", "Post"], "relays": [("daily-1", NYT)],
         "statements": ["daily-1", "post-1", "late-1"]},
        id="replacement-keeps-the-quote-once",
    ),
    pytest.param(
        (WITHOUT, None), (WITHOUT + [("Tom Reed", "person", "said", "the quay will reopen")], None),
        {"quotes": 1, "appearances": ["post-1", "late-1"], "first": "post-1",
         "outlets": ["Late", "Post"], "relays": [], "statements": ["post-1", "late-1"]},
        id="negative-replacement-without-the-quote-either-time",
    ),
]  # fmt: skip


@pytest.mark.parametrize("writers", ["one", "two"])
@pytest.mark.parametrize(("before", "after", "expected"), CASES)
def test_a_replaced_article_is_filed_again(
    store_url: str,
    before: tuple[list[tuple[str, str, str, str]], str | None],
    after: tuple[list[tuple[str, str, str, str]], str | None],
    expected: dict[str, Any],
    writers: str,
) -> None:
    """daily-1 and post-1 may share a quote; daily-1 is replaced, then late-1 quotes it. With
    two writers, a second store (opened before the replacement) files late-1, so it must
    replay the replacement first."""
    with open_store(store_url) as st, open_store(store_url) as other:
        st.add_records([_daily(*before), _post()])
        other.linker()  # its corpus index is loaded now, before the replacement
        assert st.add_records([_daily(*after)]).replaced == ["daily-1"]
        last = other if writers == "two" else st
        last.add_records([_late()])
        assert _views(st) == expected
        assert _indexed(last) == sorted(expected["appearances"])
    with open_store(store_url) as st:  # the saved corpus state says the same
        st.add_records([checked(make_record("wire-9", WITHOUT, outlet="Wire"))])
        assert _views(st) == expected
        assert _indexed(st) == sorted(expected["appearances"])


def _indexed(st: Any) -> list[str]:
    """The quote's appearances in the store's corpus index (which files the next quotes)."""
    (head,) = st.quotes(text="bloody and counterproductive")
    cluster = st.linker().index.quote_cluster(head["id"])
    return sorted(x["article"] for x in cluster["appearances"])

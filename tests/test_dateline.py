"""Datelines: the common wire and newspaper forms, and text that only looks like one."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprov.analysis.dateline import find_dateline
from tests.conftest import SAMPLE, need_shared

BODY = "The Pentagon has ordered the U.S. military to remain on high alert, officials said."


@pytest.mark.parametrize(
    ("head", "place", "time", "agency"),
    [
        ("BEIRUT, LEBANON (12:45 A.M.) –", "BEIRUT, LEBANON", "12:45 A.M.", None),
        ("Washington (AFP) –", "Washington", None, "AFP"),
        ("NEW YORK (Reuters) -", "NEW YORK", None, "Reuters"),
        ("LONDON —", "LONDON", None, None),
        ("WASHINGTON, March 27 (UPI) --", "WASHINGTON", "March 27", "UPI"),
        ("PARIS, France, Jan. 5 —", "PARIS, France", "Jan. 5", None),
        ("WASHINGTON (AP) —", "WASHINGTON", None, "AP"),
        ("RENO, Nev. (AP) —", "RENO, Nev.", None, "AP"),
        ("CAMBRIDGE, Mass., Dec. 11 (UPI) —", "CAMBRIDGE, Mass.", "Dec. 11", "UPI"),
        ("COLUMBIA, S.C. -", "COLUMBIA, S.C.", None, None),
        ("RIO DE JANEIRO —", "RIO DE JANEIRO", None, None),
        ("Nagpur (India) (AFP) –", "Nagpur (India)", None, "AFP"),
        ("Dec 29 (Reuters) -", None, "Dec 29", "Reuters"),
        ("(Reuters) -", None, None, "Reuters"),
        ("GAZA CITY (5:30 p.m. local time) —", "GAZA CITY", "5:30 p.m. local time", None),
        ("WASHINGTON —\u00a0", "WASHINGTON", None, None),
        ("Washington —", "Washington", None, None),
        ("WASHINGTON—", "WASHINGTON", None, None),
        # the horizontal bar some sites print for the em dash
        ("WASHINGTON ―", "WASHINGTON", None, None),
        ("HEMPSTEAD, N.Y. ―", "HEMPSTEAD, N.Y.", None, None),
    ],
)
def test_dateline_forms(head: str, place: str | None, time: str | None, agency: str | None) -> None:
    text = f"{head}{BODY}" if head.endswith("—") and " " not in head[-3:] else f"{head} {BODY}"
    d = find_dateline(text)
    assert d is not None
    assert (d.place, d.time, d.agency) == (place, time, agency)
    assert d.span[0] == 0 and text[d.span[0] : d.span[1]] == head.rstrip("\u00a0 ")


@pytest.mark.parametrize(
    "title",
    ["Pentagon orders troops on high alert", "Pentagon orders troops on high alert\n", "Title\n\n"],
)
def test_dateline_after_a_title_line(title: str) -> None:
    text = f"{title}\nWASHINGTON (AP) — {BODY}"
    d = find_dateline(text)
    assert d is not None and d.place == "WASHINGTON" and d.agency == "AP"
    assert text[d.span[0] : d.span[1]] == "WASHINGTON (AP) —"


@pytest.mark.parametrize(
    "text",
    [
        "Washington is bracing for a fight - officials say it will be long.",
        "NEW YORK-based firms - said to be the largest - are worried.",
        "Pentagon orders troops on high alert",
        "Obama — A Legacy\nThe president left office in January.",
        "LONDON calling, the song went.",
        "Pentagon orders troops on alert\nWashington is bracing for a fight.",
        "Trump says he will win — report",
        "Stocks fell - a lot - on Monday.",
        "Poll: Clinton and Trump in dead heat heading into first debate.",
        "Biden (D) - the candidate - said no.",
        "EXCLUSIVE – Roger Stone: Don’t Trust the Voting Machines.",
        "Washington—The capital is calm, the mayor said on Monday in a long statement to press.",
        "NEW YORK-Based Firms Rise",
        "SIEGEL--Jerome Arthur, 98, of Mamaroneck, New York, passed away on Friday.",
        "LONDON—calling all stations, the announcer said.",
        "Mehmet Oz — Ivy League-trained surgeon and daytime TV star — has been called a charlatan.",
        "Mehmet Oz ― Ivy League-trained surgeon and daytime TV star ― has been called a charlatan.",
        "Obama ― A Legacy\nThe president left office in January.",
        "UPDATE — The story has been corrected to show the vote was on Tuesday, not Monday.",
        f"{BODY} {BODY}\nLONDON — Britain said on Monday it would act.",  # after body text
        "",
        "   \n  ",
    ],
)
def test_not_a_dateline(text: str) -> None:
    assert find_dateline(text) is None


ABSTRACT = (
    "The merits of the program, which lets foreign investors gain citizenship by putting money "
    "into projects, are being debated again."
)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        # a news database's export: title, abstract, then the body after "FULL TEXT."
        (
            f"Visa Program Up for Renewal.\n\nABSTRACT.\n\n{ABSTRACT}\n\nFULL TEXT.\n\n"
            f"WASHINGTON - {BODY}",
            "WASHINGTON -",
        ),
        (
            f"Title.\n\nABSTRACT.\n\n{ABSTRACT}\n\nFull Text:\nMIDWAY ATOLL - {BODY}",
            "MIDWAY ATOLL -",
        ),
        # negative: a body with no dateline after the export's heading
        (f"Title.\n\nABSTRACT.\n\n{ABSTRACT}\n\nFULL TEXT.\n\n{BODY}", None),
        # negative: the heading is looked for at the head of the text only
        (f"{BODY * 40}\n\nFULL TEXT.\n\nWASHINGTON - {BODY}", None),
    ],
)
def test_dateline_after_an_export_heading(text: str, dateline: str | None) -> None:
    d = find_dateline(text)
    assert (text[d.span[0] : d.span[1]] if d else None) == dateline


def test_shared_sample_dateline() -> None:
    path = need_shared("samples", SAMPLE.name)
    text = Path(path).read_text(encoding="utf-8")
    d = find_dateline(text)
    assert d is not None
    assert (d.place, d.time, d.agency) == ("BEIRUT, LEBANON", "12:45 A.M.", None)
    assert text[d.span[0] : d.span[1]] == "BEIRUT, LEBANON (12:45 A.M.) –"


def test_polnear_datelines_are_plausible() -> None:
    """Every dateline found in PolNeAR starts a line and ends with a dash; about 1 in 6 has one."""
    root = need_shared("data", "polnear", "data")
    files = sorted(root.rglob("*.txt"))
    found = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        d = find_dateline(text)
        if d is None:
            continue
        found += 1
        assert d.span[0] == 0 or text[d.span[0] - 1] in "\n\ufeff", path.name
        assert text[d.span[1] - 1] in "-–—―", path.name
    assert 0.12 < found / len(files) < 0.25

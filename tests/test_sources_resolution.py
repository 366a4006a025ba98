"""Sources: the gender the text gives a name (titles, first names) and what kind of source a
name or description is (titles, ages and occupations make a person; plural people nouns a
group).

Every row runs :func:`newsprov.analysis.sources.resolve` on an invented text with hand-made
candidates, so it tests this stage and not the extraction; negative rows keep each rule from
reaching too far.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from tests.test_sources import at, run


def rel(text: str, source: str, cue: str, recipient: str | None = None) -> dict[str, Any]:
    """A relation whose content is the rest of the sentence after ``cue`` (or, for a tag
    after the content, the quotation or clause before it)."""
    start, end = at(text, cue)
    stop = text.find(".", end)
    after = text[end:stop].strip(" ,")
    if not after:  # "..., Sheriff Jones said." / '"...," he answered.'
        stop_before = text.rfind(". ", 0, start)
        begin = stop_before + 2 if stop_before >= 0 else 0
        after = text[begin : at(text, source)[0]].strip(' ,"')
    r: dict[str, Any] = {"source": source, "cue": cue, "content": after}
    if recipient:
        r["recipient"] = recipient
    return r


def source_of_last(nlp: Language, text: str, rels: list[dict[str, Any]]) -> tuple[str, str]:
    _, atts, by_id = run(nlp, text, rels)
    last = max(atts, key=lambda a: a.cue_spans[0][0])
    assert last.source is not None
    src = by_id[last.source]
    return src.name, src.kind


# -- gender the text gives ------------------------------------------------------------------------
GENDER = [
    # a gendered title: the councilwoman is no "he"
    ("Councilwoman Okafor met Mayor Brennan on Monday. He said the budget was tight.",
     [("He", "said")], ("Brennan", "person")),
    # a first name: Diego is no "she"
    ("Diego Pardo met Marisol Vega in Ohio. She said the talks had gone well.",
     [("She", "said")], ("Marisol Vega", "person")),
    # an earlier "he" fixed Kerr as male: the "she" has no antecedent and stands for itself
    ("Senator Kerr said he was tired. She said the vote was close.",
     [("Senator Kerr", "said"), ("She", "said@2")], ("She", "person")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rels", "expected"), GENDER)
def test_gender_from_the_text(
    nlp: Language, text: str, rels: list[tuple[str, str]], expected: tuple[str, str]
) -> None:
    assert source_of_last(nlp, text, [rel(text, s, c) for s, c in rels]) == expected


# -- kinds: titles, ages, occupations; plural people ---------------------------------------------
KINDS = [
    # the parse tags these names ORG, or nothing
    ("Wilmer Quispe, 34, a farmer from Peru, said he had no family here.",
     "Wilmer Quispe, 34, a farmer from Peru", "said", "person"),
    ("Eliseo Barrantes, 34, a farmer from Peru, said he had no family here.",
     "Eliseo Barrantes, 34, a farmer from Peru", "said", "person"),
    ("Quispe, a nurse, said the ward was full.", "Quispe, a nurse", "said", "person"),
    ("Sheriff Okafor said the road was closed.", "Sheriff Okafor", "said", "person"),
    ('"It was intense," said Quispe, 23.', "Quispe, 23", "said", "person"),
    ("A nurse, Wilmer Quispe, said the ward was full.", "A nurse, Wilmer Quispe", "said",
     "person"),
    ("Demonstrators said the police had been rough.", "Demonstrators", "said", "group"),
    ("Customers reported long delays at the counter.", "Customers", "reported", "group"),
    ("Passengers said the train stopped twice.", "Passengers", "said", "group"),
    ("The farmer said the crop had failed.", "The farmer", "said", "person"),
    ("A farmer said the crop had failed.", "A farmer", "said", "anonymous"),
    # negatives: organization names keep their kind
    ("The Sheriff's Office said the road was closed.", "The Sheriff's Office", "said",
     "organization"),
    ("Mendez Farms, a Texas company, said prices would rise.", "Mendez Farms, a Texas company",
     "said", "organization"),
    ("Quispe Holdings, which makes tools, said prices would rise.",
     "Quispe Holdings, which makes tools", "said", "organization"),
    # an untagged name with a "which" clause is no person
    ("Acme, which makes tools, said prices would rise.", "Acme, which makes tools", "said",
     "unknown"),
    ("General Motors said sales rose.", "General Motors", "said", "organization"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "cue", "kind"), KINDS)
def test_kind_from_title_age_occupation_and_plural(
    nlp: Language, text: str, source: str, cue: str, kind: str
) -> None:
    assert source_of_last(nlp, text, [rel(text, source, cue)])[1] == kind

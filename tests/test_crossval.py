"""The train cross-validation (``make cv``): halves alternate, each is scored with a lexicon
mined on the other, and bad input is a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprov.analysis.attribution import crossval
from newsprov.analysis.attribution.mine import parse_gold, read_gold
from newsprov.errors import NewsprovError
from tests.conftest import need_shared

METRICS = {
    f"{role}_{level}_f1" for role in ("source", "cue", "content") for level in ("token", "exact")
} | {"lenient_f1", "strict_f1"}


def test_cross_validate_on_train_articles() -> None:
    split = need_shared("data", "polnear", "data", "train")
    items = parse_gold(read_gold(split)[:8])
    first = crossval.cross_validate(items)
    assert set(first) == METRICS
    assert all(0.0 <= v <= 1.0 for v in first.values())
    # 8 articles mine too small a lexicon to find most relations, but quotes need none
    assert first["lenient_f1"] > 0.2
    assert crossval.cross_validate(items) == first


def test_cross_validate_needs_two_articles() -> None:
    split = need_shared("data", "polnear", "data", "train")
    items = parse_gold(read_gold(split)[:1])
    with pytest.raises(NewsprovError, match="two articles or more"):
        crossval.cross_validate(items)


@pytest.mark.parametrize("sub", ["missing", "."], ids=["absent", "empty"])
def test_not_a_split_folder(tmp_path: Path, sub: str, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / sub
    assert crossval.main([str(target)]) != 0
    err = capsys.readouterr().err
    assert str(target) in err
    assert "not a PolNeAR split folder" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("split", "n", "first", "second"),
    [
        ("alternate", 5, [0, 2, 4], [1, 3]),
        ("halves", 5, [0, 1], [2, 3, 4]),
        ("alternate", 2, [0], [1]),
        ("halves", 2, [0], [1]),
    ],
)
def test_halves(split: str, n: int, first: list[int], second: list[int]) -> None:
    items = [(k, []) for k in range(n)]
    a, b = crossval.halves(items, split)  # type: ignore[arg-type]
    assert [k for k, _ in a] == first
    assert [k for k, _ in b] == second


def test_unknown_split_is_an_error() -> None:
    with pytest.raises(NewsprovError, match="unknown split"):
        crossval.halves([], "random")


def test_cached_parse_scores_as_the_fresh_one(tmp_path: Path) -> None:
    """A parse written to the DocBin cache and read back scores as the fresh parse."""
    from newsprov.eval.polnear import gold_files

    split = need_shared("data", "polnear", "data", "train")
    sub = tmp_path / "train"
    for folder in ("text", "attributions"):
        (sub / folder).mkdir(parents=True)
    for txt, ann in gold_files(split, limit=6):  # links, not copies, of the articles
        (sub / "text" / txt.name).symlink_to(txt)
        (sub / "attributions" / ann.name).symlink_to(ann)
    fresh = parse_gold(read_gold(sub))
    cache = tmp_path / "train.spacy"
    made = crossval.parsed_split(sub, cache)  # parses and writes the cache
    assert cache.exists()
    again = crossval.parsed_split(sub, cache)  # reads it back
    for name in crossval.SPLITS:
        want = crossval.cross_validate(fresh, name)
        assert crossval.cross_validate(made, name) == want
        assert crossval.cross_validate(again, name) == want
    # a cache of other texts is refused, not scored
    (sub / "text" / sorted((sub / "text").iterdir())[0].name).unlink()
    with pytest.raises(NewsprovError, match="another parse"):
        crossval.parsed_split(sub, cache)

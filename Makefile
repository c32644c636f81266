# Each target builds its own virtual environment, so one command works on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/dayweave

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python tests/bench/store_bench.py

# After changing a user-visible string: update the catalogues, translate what lupdate marks
# unfinished (Qt Linguist, or by hand in resources/translations/*.ts), then build the .qm files.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $(shell find tracker/ui -name "*.py" | sort) -ts resources/translations/dayweave_nl.ts resources/translations/dayweave_en.ts
	$(BIN)/pyside6-lrelease resources/translations/dayweave_nl.ts resources/translations/dayweave_en.ts

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis

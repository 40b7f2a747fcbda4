# The two commands of the README: `make report` and `make test`.
# Both create .venv with python3 -m venv and install what they need into it;
# a stamp file per extra means a second run installs nothing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEEDS  := seeds
OUT    := reports

.PHONY: report test lint format eval install install-test clean

report: $(VENV)/.installed
	$(BIN)/crosscheck check $(SEEDS)/ --out $(OUT)/

test: $(VENV)/.installed-test lint
	$(BIN)/python -m pytest

# NewsQuant extraction benchmark; the data stays in ../shared/data (never copied here).
NEWSQUANT ?= ../shared/data/newsquant
eval: $(VENV)/.installed
	@if [ -d "$(NEWSQUANT)" ]; then $(BIN)/crosscheck eval-extract $(NEWSQUANT); \
	else echo "eval: NewsQuant not found at $(NEWSQUANT) (set NEWSQUANT=...); skipped"; fi

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

format: $(VENV)/.installed-test
	$(BIN)/ruff check --fix src tests
	$(BIN)/ruff format src tests

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) build dist src/*.egg-info .mypy_cache .pytest_cache .ruff_cache

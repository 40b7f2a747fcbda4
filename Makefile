# The two commands of the README: `make report` and `make test`.
# Both create .venv with python3 -m venv and install what they need into it;
# a stamp file per extra means a second run installs nothing.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEEDS  := seeds
OUT    := reports

.PHONY: model report test docs lint format eval bench install install-test clean browser golden screenshot \
	wheel-check

report: $(VENV)/.installed
	$(BIN)/crosscheck check $(SEEDS)/ --out $(OUT)/

# Two test processes (pytest-xdist): the suite took 7-8 minutes of a fresh clone's ten on
# one of the machine's two cores; 4.7 minutes on both. Two, not one per core: the Dask
# tests start clusters of their own in each.
test: $(VENV)/.installed-test lint docs browser wheel-check
	$(BIN)/python -m pytest -n 2

# The package as users install it: sdist and wheel built, the wheel installed into a fresh
# venv and run on the seeds, and into one of each newer CPython the machine has (3.12,
# 3.13, 3.14; on PATH or pyenv's), whose report.json must be the same bytes; the pre-commit
# hook tried on the seeds (tests/check_wheel.sh).
wheel-check: $(VENV)/.installed-test
	PYTHON=$(PYTHON) tests/check_wheel.sh

# The manual (docs/, mkdocs.yml) into site/; --strict fails on a broken link, a page left out
# of the navigation or a generated section that fails (docs/hooks.py).
docs: $(VENV)/.installed-test
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

# The browser tests use the distribution's Chromium (Playwright cannot download browsers
# here). Installed with apt-get when missing and possible; otherwise those tests skip and
# say why.
CHROMIUM ?= /usr/bin/chromium
browser:
	@if [ -x "$(CHROMIUM)" ]; then :; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		echo "installing chromium with apt-get (browser tests)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "chromium not installed and cannot be installed here: browser tests will skip"; fi

# Speed and scale (not a test: nothing is timed in `make test`); writes reports/bench.json.
# The test extras and Chromium are for the report's open time, measured in a browser.
bench: $(VENV)/.installed-test browser
	$(BIN)/python bench/bench.py

# Regenerate the golden copy of the seeds' report.html (review the diff before committing).
golden: $(VENV)/.installed
	$(BIN)/crosscheck check $(SEEDS)/ --out tests/golden/ -q
	rm -f tests/golden/report.json tests/golden/.crosscheck-outputs.json

# Regenerate docs/report.png (the README's screenshot) and the manual's report-*.png.
screenshot: $(VENV)/.installed-test browser report
	$(BIN)/python tests/browser_shot.py $(OUT)/report.html docs/report.png

# NewsQuant extraction benchmark; the data stays in ../shared/data (never copied here).
# The table also goes to reports/eval-extract.txt, which the manual shows (make docs).
NEWSQUANT ?= ../shared/data/newsquant
eval: $(VENV)/.installed
	@if [ -d "$(NEWSQUANT)" ]; then $(BIN)/crosscheck eval-extract $(NEWSQUANT) > $(OUT)/eval-extract.txt \
		&& cat $(OUT)/eval-extract.txt; \
	else echo "eval: NewsQuant not found at $(NEWSQUANT) (set NEWSQUANT=...); skipped"; fi
	@if [ -f "$(GOLD)" ]; then $(BIN)/crosscheck eval-findings $(GOLD) $(ARTICLES) > $(OUT)/eval-findings.txt \
		&& cat $(OUT)/eval-findings.txt; \
	else echo "eval: findings gold not found at $(GOLD) (set GOLD=...); skipped"; fi
	@if [ -d "$(ARTICLES)" ]; then $(BIN)/crosscheck eval-findings $(HELDOUT) $(ARTICLES) --shipped \
		> $(OUT)/eval-heldout.txt && cat $(OUT)/eval-heldout.txt; \
	else echo "eval: articles not found at $(ARTICLES) (set ARTICLES=...); held-out set skipped"; fi
	@$(BIN)/crosscheck eval-findings $(OUTSIDE)/gold.yaml $(OUTSIDE)/articles --shipped \
		> $(OUT)/eval-outside.txt && cat $(OUT)/eval-outside.txt

# The pair model that ships in the package, fitted on the development gold (review the
# leave-one-event-out figures of `make eval` before committing a new one).
# HELDOUT: events this project annotated for measurement only (data/heldout-gold/README.md);
# OUTSIDE: synthetic stories written by outside testers, with their gold, in the repo
# (data/outside-gold/README.md).
GOLD       ?= ../shared/data/ecbplus-gold/gold.yaml
ARTICLES   ?= ../shared/data/ecbplus-articles
HELDOUT    ?= data/heldout-gold/gold.yaml
OUTSIDE    ?= data/outside-gold
model: $(VENV)/.installed
	$(BIN)/python -m crosscheck.training $(GOLD) $(ARTICLES) --out src/crosscheck/match/pair_model.json

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
	$(BIN)/python -m pip install --quiet -e '.[test,dask]'
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) site build dist src/*.egg-info .crosscheck-reports .mypy_cache .pytest_cache .ruff_cache

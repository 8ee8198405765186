# One command for each loop: make demo, make test, make bench, make lint, make notebook.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The venv is rebuilt whenever pyproject.toml or the spaCy step changes (pip's own cache keeps
# that fast). The spaCy step replaces the PyPI wheel, which on Python < 3.12 is compiled with
# profiling hooks that make the parser about 2.7 times slower, by the same release built without
# them (about 5 minutes once, then reused from build/spacy; see tools/unprofiled_spacy.py). If it
# cannot build (no C++ compiler), the venv keeps the wheel: the same parses, slower.
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml tools/unprofiled_spacy.py | sha1sum | cut -c1-12)

.PHONY: venv demo test unit lint bench notebook chromium neo4j-start neo4j-stop clean models

$(STAMP): pyproject.toml tools/unprofiled_spacy.py
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q -U pip
	$(BIN)/python -m pip install -q -e '.[dev,spark]'
	@$(BIN)/python tools/unprofiled_spacy.py || echo "warning: the parser runs slower with the PyPI wheel of spaCy (see above)"
	@rm -f $(VENV)/.installed-* && touch $@

venv: $(STAMP)

demo: venv
	$(BIN)/geopolgraph build seeds/ --out out/

# Debian's Chromium for the browser tests (never `playwright install`).
chromium:
	@test -x /usr/bin/chromium || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# The project's local Neo4j, unless NEO4J_URI points at a server of the user's own.
neo4j-start: venv
	@if [ -z "$${NEO4J_URI:-}" ]; then $(BIN)/geopolgraph neo4j start; fi

neo4j-stop:
	@if [ -z "$${NEO4J_URI:-}" ] && [ -x $(BIN)/geopolgraph ]; then $(BIN)/geopolgraph neo4j stop; fi

# Every test layer: unit, eval floor, neo4j, parity, browser, notebooks, doctests.
test: venv chromium neo4j-start
	@rc=0; $(BIN)/python -m pytest $(PYTEST_ARGS) || rc=$$?; \
	$(MAKE) --no-print-directory neo4j-stop; exit $$rc

# Fast loop while editing: no server, no browser.
unit: venv
	$(BIN)/python -m pytest -m "not neo4j and not browser and not notebook and not spark" $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check geopolgraph tests bench
	$(BIN)/mypy geopolgraph

bench: venv chromium neo4j-start
	@rc=0; $(BIN)/python -m bench $(BENCH_ARGS) || rc=$$?; \
	$(MAKE) --no-print-directory neo4j-stop; exit $$rc

notebook: venv
	$(BIN)/python -m pip install -q -e '.[notebook]'
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf out/ .pytest_cache .mypy_cache .ruff_cache

# The trained parsers (geopolgraph/models/{id,en}): rebuilt from the UD treebanks, read in place,
# seeded (models/*.cfg), Indonesian first; intermediates go to build/models (see models/README.md).
# One BLAS thread: the scores were measured that way, and summation order must not vary.
UD ?= ../shared/data/ud
MODELS_BUILD ?= build/models
# `make models MODEL_LANGS=en` rebuilds English alone.
MODEL_LANGS ?= id en
models: venv
	@export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1; \
	for lang in $(MODEL_LANGS); do \
	  $(BIN)/python models/prepare.py $$lang $(UD) $(MODELS_BUILD)/$$lang/corpus && \
	  $(BIN)/python -m spacy train models/$$lang.cfg --code models/augment.py \
	    --output $(MODELS_BUILD)/$$lang/train \
	    --paths.train $(MODELS_BUILD)/$$lang/corpus/train.spacy \
	    --paths.dev $(MODELS_BUILD)/$$lang/corpus/dev.spacy && \
	  $(BIN)/python models/package.py $$lang $(MODELS_BUILD)/$$lang/train/model-best $(UD) \
	  || exit 1; done

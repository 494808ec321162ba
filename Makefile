# Quick start: `make demo` builds the example article; `make test` runs the whole suite.
# Each target brings what it needs (system packages, .venv, Python packages) and is idempotent.
VENV ?= .venv
BIN := $(VENV)/bin
EXAMPLE ?= examples/us-ukraine-summit.txt

.PHONY: demo test bootstrap quality bench lint clean

bootstrap:
	@bash scripts/bootstrap.sh

demo: bootstrap
	$(BIN)/studygen build $(EXAMPLE) -o output/

test: bootstrap
	$(BIN)/python -m pytest -q

lint: bootstrap
	$(BIN)/python -m ruff check src tests scripts

clean:
	rm -rf output/*/ .pytest_cache

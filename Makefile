# Quick start: `make demo` builds the example article; `make test` runs the whole suite;
# `make serve` opens the review page; `make docs` builds the documentation site into site/.
# Each target brings what it needs (system packages, .venv, Python packages) and is idempotent.
VENV ?= .venv
BIN := $(VENV)/bin
EXAMPLE ?= examples/us-ukraine-summit.txt
CORPUS ?= ../shared/corpus/wikinews-ja/articles.jsonl
N ?= 200
SPLIT ?= all
K ?= 20

.PHONY: demo serve test bootstrap quality bench lint clean corpus-check review-packets docs

bootstrap:
	@bash scripts/bootstrap.sh

demo: bootstrap
	$(BIN)/studygen build $(EXAMPLE) -o output/

# The review page for a teacher: open http://127.0.0.1:8000/ (sets are kept in studygen-data/).
serve: bootstrap
	$(BIN)/studygen serve

test: bootstrap
	$(BIN)/python -m pytest -q

# The documentation site (docs/, mkdocs.yml) into site/; --strict: a broken link or anchor fails.
docs: bootstrap
	NO_MKDOCS_2_WARNING=1 $(BIN)/python -m mkdocs build --strict --site-dir site

# Content quality over the test articles: vocabulary readings/glosses/noise, question checks/coverage.
quality: bootstrap
	$(BIN)/python scripts/quality_vocab.py
	$(BIN)/python scripts/quality_questions.py

# Speed and memory per stage, with ratios measured in the same run (see docs/performance.md).
bench: bootstrap
	$(BIN)/python bench/run.py

# Real news prose (Wikinews, outside the repo): crashes, empty sets, drops, timing. Not part of `test`.
corpus-check: bootstrap
	$(BIN)/python scripts/corpus_check.py --corpus $(CORPUS) --n $(N) --split $(SPLIT)

# Packets of K held-out articles for a teacher review (../shared/REVIEW.md), in output/review/.
review-packets: bootstrap
	$(BIN)/python scripts/review_packets.py --corpus $(CORPUS) --k $(K)

lint: bootstrap
	$(BIN)/python -m ruff check src tests scripts bench fuzz

clean:
	rm -rf output/*/ .pytest_cache site/

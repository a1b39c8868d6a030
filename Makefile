# warlog developer commands. `make setup` then `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup test check lint types clean-cache lock

setup: ## Create .venv and install everything (hash-checked), the spaCy model included
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/warlog gazetteer build

test: ## Run the test suite
	$(BIN)/python -m pytest -q

lint:
	$(BIN)/python -m ruff check src tests

types:
	$(BIN)/python -m mypy

check: lint types test

lock: ## Re-resolve requirements.in into the hash-pinned requirements.lock (needs uv)
	uv pip compile --python-version 3.11 --generate-hashes requirements.in -o requirements.lock

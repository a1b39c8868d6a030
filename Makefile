# warlog developer commands. `make setup` then `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup test check lint types lock vendor

PIP := $(BIN)/python -m pip --disable-pip-version-check

setup: ## Create .venv and install everything (hash-checked), the spaCy model included
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	@# 1. the installer itself, pinned and hash-checked: never the system Python's own pip
	$(PIP) install --quiet --require-hashes --no-deps -r requirements-pip.lock
	@# 2. exactly the lock: --no-deps, so no resolver can reach past a pin (an extra such as
	@#    smart-open[http] picking the index's newest release); pip check proves it complete
	$(PIP) install --quiet --require-hashes --no-deps -r requirements.lock
	$(PIP) check
	$(PIP) install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/warlog gazetteer build

test: lint types ## Lint, type-check and run the test suite
	$(BIN)/python -m pytest -q

lint:
	$(BIN)/python -m ruff check src tests scripts benchmarks

types:
	$(BIN)/python -m mypy

check: test

lock: ## Re-resolve requirements.in into the hash-pinned requirements.lock (needs uv)
	uv pip compile --python-version 3.11 --generate-hashes requirements.in -o requirements.lock

FRONTEND := src/warlog/serve/frontend
VENDOR := src/warlog/serve/static/vendor

vendor: ## Refresh the web page's libraries (Leaflet, world-atlas borders, Swagger UI, Cytoscape) from npm
	cd $(FRONTEND) && npm ci --silent
	mkdir -p $(VENDOR)/images
	cp $(FRONTEND)/node_modules/leaflet/dist/leaflet.js $(FRONTEND)/node_modules/leaflet/dist/leaflet.css $(VENDOR)/
	cp $(FRONTEND)/node_modules/leaflet/dist/images/*.png $(VENDOR)/images/
	cp $(FRONTEND)/node_modules/leaflet/LICENSE $(VENDOR)/LICENSE.leaflet
	cp $(FRONTEND)/node_modules/topojson-client/dist/topojson-client.min.js $(VENDOR)/
	cp $(FRONTEND)/node_modules/topojson-client/LICENSE $(VENDOR)/LICENSE.topojson-client
	cp $(FRONTEND)/node_modules/world-atlas/countries-50m.json $(VENDOR)/
	cp $(FRONTEND)/node_modules/world-atlas/LICENSE $(VENDOR)/LICENSE.world-atlas
	cp $(FRONTEND)/node_modules/swagger-ui-dist/swagger-ui-bundle.js $(FRONTEND)/node_modules/swagger-ui-dist/swagger-ui.css $(VENDOR)/
	cp $(FRONTEND)/node_modules/swagger-ui-dist/swagger-ui-bundle.js.LICENSE.txt $(VENDOR)/
	cp $(FRONTEND)/node_modules/swagger-ui-dist/favicon-32x32.png $(VENDOR)/swagger-ui-favicon.png
	cp $(FRONTEND)/node_modules/swagger-ui-dist/LICENSE $(VENDOR)/LICENSE.swagger-ui
	cp $(FRONTEND)/node_modules/swagger-ui-dist/NOTICE $(VENDOR)/NOTICE.swagger-ui
	cp $(FRONTEND)/node_modules/cytoscape/dist/cytoscape.min.js $(VENDOR)/
	cp $(FRONTEND)/node_modules/cytoscape/LICENSE $(VENDOR)/LICENSE.cytoscape

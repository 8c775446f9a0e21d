# The two commands: `make run` and `make test`. Everything they need is installed here.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PG_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test

.PHONY: setup run serve test lint office-tools node-deps e2e-tools e2e unit integration bench load soak fuzz proof-tools reconcile demo templates icons clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $(STAMP)

run: setup
	$(PY) app.py

# The production shape: gunicorn (gunicorn.conf.py) and the outbox worker as its own process.
serve: setup
	$(PY) -m scripts.serve

# The proof tools (locust, schemathesis) live in their own lock; only the proofs install them.
PROOF_STAMP := $(VENV)/.proof-installed
proof-tools: $(PROOF_STAMP)

$(PROOF_STAMP): $(STAMP) requirements-proof.lock
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-proof.lock
	touch $(PROOF_STAMP)

# PostgreSQL for the proofs when it answers (as in production), SQLite otherwise.
WITH_PG = if $(PY) -m services.storage.probe "$(PG_URL)"; then export DHR_TEST_POSTGRES_URL="$(PG_URL)"; fi;

# 50 users for 5 minutes against `make serve`'s shape; fails on any failed request.
load: proof-tools
	@$(WITH_PG) $(PY) -m bench.load; status=$$?; $(PY) -m bench.table; exit $$status

# 30 minutes at a steady load, memory sampled every 30 s; fails on growth beyond 10 %.
soak: proof-tools
	@$(WITH_PG) $(PY) -m bench.load --soak; status=$$?; $(PY) -m bench.table; exit $$status

# schemathesis, every check, >= 2,000 generated cases; fails on any failure.
fuzz: proof-tools
	@$(WITH_PG) $(PY) -m bench.fuzz; status=$$?; $(PY) -m bench.table; exit $$status

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

# The "does it open in a real office suite" check needs LibreOffice and poppler; CI installs them.
office-tools:
	@if [ "$$CI" = "true" ] && ! command -v soffice >/dev/null; then \
	    echo "CI: installing LibreOffice (writer, calc) and poppler-utils"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	        --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils; \
	fi

# The Adaptive Card check parses our Teams cards with the adaptivecards npm package.
NODE_DEPS := tests/node/node_modules/.installed
node-deps: $(NODE_DEPS)

$(NODE_DEPS): tests/node/package.json tests/node/package-lock.json
	@if command -v npm >/dev/null; then \
	    npm ci --prefix tests/node --no-audit --no-fund --loglevel=error && touch $(NODE_DEPS); \
	elif [ "$$CI" = "true" ]; then \
	    echo "CI: installing Node.js and npm"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm \
	        && npm ci --prefix tests/node --no-audit --no-fund --loglevel=error && touch $(NODE_DEPS); \
	else \
	    echo "!!! npm not found: the Adaptive Card check will be skipped !!!"; \
	fi

# The task panes' end-to-end tests drive Debian's Chromium through Playwright (never a browser
# downloaded by `playwright install`); CI installs it.
e2e-tools:
	@if [ "$$CI" = "true" ] && ! command -v chromium >/dev/null; then \
	    echo "CI: installing Chromium for the task pane tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	        --no-install-recommends chromium; \
	elif ! command -v chromium >/dev/null; then \
	    echo "!!! chromium not found: the task pane tests will be skipped (CI=true make e2e-tools) !!!"; \
	fi

e2e: setup e2e-tools node-deps
	$(PY) -m pytest -q tests/e2e

# PostgreSQL runs too when it answers on 127.0.0.1:5432; CI insists on it.
test: lint office-tools node-deps e2e-tools
	@if $(PY) -m services.storage.probe "$(PG_URL)"; then \
	    echo "PostgreSQL answers: the suite runs against SQLite and PostgreSQL"; \
	    export DHR_TEST_POSTGRES_URL="$(PG_URL)"; \
	elif [ "$$CI" = "true" ]; then \
	    echo "CI: PostgreSQL is not answering on 127.0.0.1:5432; starting it"; \
	    pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql) main start && sleep 2; \
	    $(PY) -m services.storage.probe "$(PG_URL)" || { echo "PostgreSQL still not answering"; exit 1; }; \
	    export DHR_TEST_POSTGRES_URL="$(PG_URL)"; \
	else \
	    echo "!!! PostgreSQL not answering on 127.0.0.1:5432: running against SQLite only !!!"; \
	fi; \
	$(PY) -m pytest -q

unit: setup
	$(PY) -m pytest -q tests/unit

integration: setup
	$(PY) -m pytest -q tests/integration

bench: setup office-tools
	@$(WITH_PG) $(PY) -m bench.run && $(PY) -m bench.table

# A complete document pack for the seeded demo review, in ./out/.
demo: setup
	DHR_TLS=0 $(PY) -m scripts.demo_pack

# Redraws the add-in's icons in addin/assets.
icons: setup
	$(PY) -m scripts.icons

# Regenerates the default templates in templates/ (byte-for-byte reproducible).
templates: setup
	$(PY) -m scripts.build_templates

# Lists orphaned blobs and broken versions of the embedded library; deletes nothing.
reconcile: setup
	$(PY) -m services.storage.reconcile

clean:
	rm -rf $(VENV) var out .pytest_cache .ruff_cache

# The two commands: `make run` and `make test`. Everything they need is installed here.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PG_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test

.PHONY: setup dev-tools run serve test lint office-tools node-deps addin-deps addin-bundle e2e-tools e2e unit integration bench bench-chronology scale load soak fuzz proof-tools reconcile demo templates icons clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $(STAMP)

# The tools `make test` and `make lint` need (test runner, linters, type checker) live in their
# own lock, so production installs requirements.lock alone.
DEV_STAMP := $(VENV)/.dev-installed
dev-tools: $(DEV_STAMP)

$(DEV_STAMP): $(STAMP) requirements-dev.lock
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.lock
	touch $(DEV_STAMP)

# gunicorn (gunicorn.conf.py: HTTPS with the dev certificate unless DHR_TLS=0) and the outbox
# worker as its own process, after migrating and seeding the demo once (scripts/serve.py).
run: setup
	$(PY) -m scripts.serve

# The same production shape; kept as the name the proofs and docs/deployment.md use.
serve: run

# The proof tools (locust, schemathesis) live in their own lock; only the proofs install them.
PROOF_STAMP := $(VENV)/.proof-installed
proof-tools: $(PROOF_STAMP)

$(PROOF_STAMP): $(DEV_STAMP) requirements-proof.lock
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

# pyright (basedpyright): basic over services/, strict over services/domain/ (pyproject.toml);
# no baseline: every finding fails.
lint: dev-tools addin-deps
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/basedpyright
	@if [ -f $(ADDIN_DEPS) ]; then \
	    echo "eslint addin/"; \
	    cd addin && vendor-src/node_modules/.bin/eslint -c vendor-src/eslint.config.mjs --max-warnings=0 .; \
	elif [ "$$CI" = "true" ]; then \
	    echo "CI=true but addin/vendor-src/node_modules is missing"; exit 1; \
	else \
	    echo "!!! eslint of addin/ skipped: npm not found !!!"; \
	fi

# The "does it open in a real office suite" check needs LibreOffice and poppler; CI installs them.
office-tools:
	@if [ "$$CI" = "true" ] && ! command -v soffice >/dev/null; then \
	    echo "CI: installing LibreOffice (writer, calc) and poppler-utils"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	        --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils \
	        fonts-liberation2; \
	fi

# `npm ci` into a folder; under CI, Node.js and npm are installed first when missing.
define NPM_CI
	@if command -v npm >/dev/null; then \
	    npm ci --prefix $(1) --no-audit --no-fund --loglevel=error && touch $(1)/node_modules/.installed; \
	elif [ "$$CI" = "true" ]; then \
	    echo "CI: installing Node.js and npm"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm \
	        && npm ci --prefix $(1) --no-audit --no-fund --loglevel=error && touch $(1)/node_modules/.installed; \
	else \
	    echo "!!! npm not found: $(2) will be skipped !!!"; \
	fi
endef

# The Adaptive Card check parses our Teams cards with the adaptivecards npm package.
NODE_DEPS := tests/node/node_modules/.installed
node-deps: $(NODE_DEPS)

$(NODE_DEPS): tests/node/package.json tests/node/package-lock.json
	$(call NPM_CI,tests/node,the Node checks of cards and pane modules and axe-core)

# The panes' third-party code (Fluent UI web components, MSAL.js), esbuild and eslint. The bundle
# in addin/vendor/ is committed, so `make run` needs no npm; `make addin-bundle` rebuilds it and
# tests/unit/test_addin_bundle.py checks the committed one matches a fresh build.
ADDIN_DEPS := addin/vendor-src/node_modules/.installed
addin-deps: $(ADDIN_DEPS)

$(ADDIN_DEPS): addin/vendor-src/package.json addin/vendor-src/package-lock.json
	$(call NPM_CI,addin/vendor-src,the add-in bundle check and eslint)

addin-bundle: addin-deps
	node addin/vendor-src/build.mjs

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

e2e: dev-tools e2e-tools node-deps addin-deps
	$(PY) -m pytest -q tests/e2e

# PostgreSQL runs too when it answers on 127.0.0.1:5432; CI insists on it.
test: lint office-tools node-deps addin-deps e2e-tools
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

unit: dev-tools
	$(PY) -m pytest -q tests/unit

integration: dev-tools
	$(PY) -m pytest -q tests/integration

bench: setup office-tools
	@$(WITH_PG) $(PY) -m bench.run && $(PY) -m bench.table

# The combined chronology three ways in one run (stock docxtpl, our engine, a raw XML splice),
# 1,000 to 50,000 rows, each in its own process: bench/results/chronology.json. `make bench`
# runs it too.
bench-chronology: setup
	$(PY) -m bench.chronology

# Two app nodes (gunicorn) and two outbox workers against one PostgreSQL (a database of its own,
# created and dropped) and the SharePoint fake: a load mix, concurrent saves to the same
# documents from both nodes, a reminder sweep at the same instant on both workers. Fails on any
# lost or duplicated version, delivery or reminder, or an audit chain that does not verify.
scale: proof-tools
	@$(WITH_PG) $(PY) -m bench.scale

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

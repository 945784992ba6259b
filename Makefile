# Callpath: `make run` serves the demo site, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: run test services lint format clean search-quality bench-search bench loadtest

# Reinstall only when the dependencies change, so a second `make run` starts in seconds.
$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	@touch $@

run: $(VENV)/.installed
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: $(VENV)/.installed-dev node_modules/.installed
	$(PY) -m pytest

# PostgreSQL (trust auth, a `callpath` database), Redis, Chromium and npm from Debian's packages,
# installed when missing and started on 127.0.0.1; only the parts of the suite that need them
# do. Idempotent; needs root or sudo.
services:
	bash scripts/services.sh

# axe-core for the accessibility tests. Without npm (or offline) they skip and say why, so the
# quick start needs no Node.js; CI requires them.
node_modules/.installed: package.json package-lock.json
	@if ! command -v npm >/dev/null 2>&1; then \
		echo "npm not found: the accessibility tests will skip (install Node.js, then npm ci)"; \
	elif npm ci --silent --no-audit --no-fund; then \
		touch $@; \
	else \
		echo "npm ci failed: the accessibility tests will skip"; \
	fi

# Relevance of search on the demo content: nDCG@5 and MRR over the judged queries.
search-quality: $(VENV)/.installed-dev
	$(PY) -m tests.search.relevance

# Search latency (median, p95) over 1,000 and 10,000 generated guides, on the current
# DATABASE_URL (SQLite by default); prints the figures beside the budget, never fails on time.
bench-search: $(VENV)/.installed-dev
	DJANGO_SETTINGS_MODULE=callpath.settings.dev $(PY) -m tests.bench.search_bench --guides 1000
	DJANGO_SETTINGS_MODULE=callpath.settings.dev $(PY) -m tests.bench.search_bench --guides 10000

# 16 Locust users for 60 s against gunicorn (2 workers, production settings) on a fresh demo
# database; fails on any 5xx or lost write, never on time. Quick: ARGS="--duration 10 --users 4".
loadtest: $(VENV)/.installed-dev
	$(PY) -m tests.load.run $(ARGS)

# Page speed as production serves it: gunicorn (2 workers, production settings) over the demo
# plus 10,000 guides, 2,000 news and 500 operators (built once in var/bench/), on SQLite and,
# when DATABASE_URL is a PostgreSQL URL, on PostgreSQL too. Writes var/bench/pages.json.
bench: $(VENV)/.installed-dev
	$(PY) -m tests.bench.pages

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) var build *.egg-info node_modules

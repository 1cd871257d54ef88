# What a newcomer needs: `make run` (the site with demo content) and `make test`. Both work
# on a fresh machine with Python 3.11+ and make; they create .venv and install into it.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
# Two stamps: serving the site installs only the site's own dependencies; the test and
# lint tools (pyproject.toml's dev extra) come with the targets that use them.
SITE_STAMP := $(VENV)/.installed-site
DEV_STAMP := $(VENV)/.installed-dev

# Development server: debug on, SQLite in var/ unless DATABASE_URL says otherwise.
RUN_ENV := DEBUG=1 SITE_ORIGIN=http://127.0.0.1:$(PORT)
# manage.py with the tests' settings (a throwaway secret, no collectstatic needed), as
# pytest uses them through pyproject.toml.
CHECK_ENV := DJANGO_SETTINGS_MODULE=tests.settings

.PHONY: install install-site catalogues run demo test lint format check bench clean lighthouse

# The interface in Russian and Kazakh: each catalogue (locale/*/LC_MESSAGES/django.po, kept
# in git) is compiled to its .mo whenever it changes, with Babel (pure Python, no gettext
# needed to run the site; CI's catalogue check uses gettext's xgettext).
CATALOGUES := $(patsubst %.po,%.mo,$(wildcard locale/*/LC_MESSAGES/django.po))

# Lighthouse (npm) for tests/browser/test_lighthouse.py, pinned by its package-lock.json.
LIGHTHOUSE_DIR := tools/lighthouse
LIGHTHOUSE := $(LIGHTHOUSE_DIR)/node_modules/.bin/lighthouse

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(SITE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# The dev extra holds the site too, so it satisfies the site's stamp as well.
$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@ $(SITE_STAMP)

# Everything, for development and CI (.ci/run); `install-site` for the site alone.
# Lighthouse comes along where npm is there (its test says how to get it otherwise).
install: $(DEV_STAMP) $(CATALOGUES)
	@if command -v npm >/dev/null 2>&1; then $(MAKE) --no-print-directory lighthouse; \
	else echo "npm not found: Lighthouse not installed (tests/browser/test_lighthouse.py skips)"; fi
install-site: $(SITE_STAMP) $(CATALOGUES)

locale/%/LC_MESSAGES/django.mo: locale/%/LC_MESSAGES/django.po | $(SITE_STAMP)
	$(BIN)/pybabel -q compile --domain django --input-file $< --output-file $@

catalogues: $(CATALOGUES)

$(LIGHTHOUSE): $(LIGHTHOUSE_DIR)/package.json $(LIGHTHOUSE_DIR)/package-lock.json
	cd $(LIGHTHOUSE_DIR) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

lighthouse: $(LIGHTHOUSE)

demo: $(SITE_STAMP) $(CATALOGUES)
	$(RUN_ENV) $(BIN)/python manage.py migrate --noinput
	$(RUN_ENV) $(BIN)/python manage.py load_demo

run: demo
	@echo "LPRC site: http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(RUN_ENV) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: $(DEV_STAMP) $(CATALOGUES)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: $(DEV_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: $(DEV_STAMP)
	$(CHECK_ENV) $(BIN)/python manage.py makemigrations --check --dry-run
	$(CHECK_ENV) $(BIN)/python manage.py check

bench: $(SITE_STAMP) $(CATALOGUES)
	$(BIN)/python scripts/bench.py

clean:
	rm -rf $(VENV) var staticfiles .pytest_cache .ruff_cache $(LIGHTHOUSE_DIR)/node_modules

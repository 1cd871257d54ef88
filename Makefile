# The two commands a newcomer needs: `make run` and `make test`. Both work on a fresh
# machine with Python 3.11+ and make; they create .venv and install into it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Development server: debug on, SQLite in var/ unless DATABASE_URL says otherwise.
RUN_ENV := DEBUG=1
# Tests run with production-like settings (DEBUG off) and a throwaway key.
TEST_ENV := SECRET_KEY=tests-only-not-secret DEBUG=0 LPRC_PLAIN_STATIC=1 SECURE_SSL_REDIRECT=0

.PHONY: install run demo test lint format check bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(RUN_ENV) $(BIN)/python manage.py migrate --noinput
	$(RUN_ENV) $(BIN)/python manage.py load_demo

run: demo
	$(RUN_ENV) $(BIN)/python manage.py runserver 127.0.0.1:8000

test: $(STAMP)
	$(TEST_ENV) $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: $(STAMP)
	$(TEST_ENV) $(BIN)/python manage.py makemigrations --check --dry-run
	$(TEST_ENV) $(BIN)/python manage.py check

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

clean:
	rm -rf $(VENV) var staticfiles .pytest_cache .ruff_cache

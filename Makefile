# Two commands do all the set-up: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Two workers: the machine has two cores, and the browser journeys spend much time waiting;
# an idle worker takes tests from a busy one (worksteal), so no long journey ends the run alone.
PYTEST_ARGS ?= -n 2 --dist worksteal
# Debian's Chromium when present; otherwise Playwright fetches its own on first `make test`.
CHROMIUM ?= $(shell command -v chromium 2>/dev/null || ls /usr/bin/chromium 2>/dev/null)

.PHONY: run test test-clock install install-dev demo check lint messages clean

# uv installs the same packages as pip, from PyPI, in seconds instead of half a minute.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(BIN)/uv: | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check uv

$(VENV)/.installed: pyproject.toml | $(BIN)/uv
	$(BIN)/uv pip install --quiet --python $(BIN)/python -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/uv
	$(BIN)/uv pip install --quiet --python $(BIN)/python -e ".[dev,s3]"
	touch $(VENV)/.installed $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev
ifeq ($(CHROMIUM),)
	$(BIN)/python -m playwright install chromium
endif

demo: install
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo

# The web server and, beside it, the worker that sends emails and runs imports queued in
# the database (TASKS_BACKEND=database); Ctrl-C stops both, and so does the server's exit.
run: demo
	@echo "Serving on http://$(HOST):$(PORT)/ with a background worker (Ctrl-C stops both)"
	@export TASKS_BACKEND=database; \
	$(MANAGE) db_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT; trap 'exit 130' INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

test: install-dev
	CHROMIUM="$(CHROMIUM)" $(BIN)/pytest $(PYTEST_ARGS)

# The suite with the clock set to a given moment (ISO 8601; without an offset, Brussels
# time), e.g. `make test-clock CLOCK=2026-12-31T23:30+01:00`: no test may depend on the hour.
test-clock: install-dev
	@test -n "$(CLOCK)" || { echo "Usage: make test-clock CLOCK=2026-12-31T00:30+01:00"; exit 2; }
	CHROMIUM="$(CHROMIUM)" $(BIN)/pytest $(PYTEST_ARGS) --clock "$(CLOCK)"

check: install-dev
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache
	$(BIN)/ruff format --check .
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run

# Refresh the catalogues after changing strings; translate, then compile (needs gettext).
messages: install
	$(MANAGE) makemessages -l nl -l fr -l es -e html,txt,py --no-obsolete --ignore ".venv/*" --ignore "tests/*" --ignore "var/*"
	$(MANAGE) compilemessages --ignore ".venv/*"

clean:
	rm -rf $(VENV) db.sqlite3 var

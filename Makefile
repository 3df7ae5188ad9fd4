# Two commands for a fresh Debian machine with python3 (see README):
#   make run   set up, migrate, load the demo data, serve http://127.0.0.1:8000
#   make test  set up (Python and Debian packages) and run the whole suite
PY := .venv/bin/python
HOST ?= 127.0.0.1:8000

.PHONY: run test venv system-deps lint migrations-check clean

.venv/.installed: pyproject.toml build-constraints.txt scripts/venv
	scripts/venv
	touch $@

venv: .venv/.installed

system-deps:
	scripts/system-deps

run: venv system-deps
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py loaddemo
	@echo "Mở http://$(HOST)/ và đăng nhập bằng một tài khoản ở trên."
	DEBUG=1 $(PY) manage.py runserver $(HOST)

lint: venv
	.venv/bin/ruff check .

migrations-check: venv
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run

# The suite runs on every core, a test file to a worker (its module-level
# caches stay shared); PYTEST_WORKERS= runs it in one process. The browser
# journeys (-m e2e) run after it, alone: beside a busy worker a journey's
# waits ran out (a logout not through in 15 s, PostgreSQL leg, 07/12/2026).
PYTEST_WORKERS ?= -n auto --dist loadfile
test: venv system-deps lint migrations-check
	$(PY) -m pytest $(PYTEST_WORKERS) -m "not e2e" $(PYTEST_ARGS)
	$(PY) -m pytest -m e2e $(PYTEST_ARGS)

# The Thursday-deadline load test (docs/performance.md): gunicorn on a throwaway
# PostgreSQL database beside LOAD_DATABASE_URL's; LOAD_ARGS e.g. --officials 50.
LOAD_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/postgres
.PHONY: load
load: venv
	DATABASE_URL=$(LOAD_DATABASE_URL) $(PY) manage.py loadtest $(LOAD_ARGS)

clean:
	rm -rf .venv staticfiles .pytest_cache db.sqlite3

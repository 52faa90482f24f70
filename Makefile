# The two set-up commands of the README are `make run` and `make test`; both create .venv when needed.
PY := .venv/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup run test eval bench
setup:
	@bash scripts/setup.sh

run: setup
	$(PY) -m assistant ingest corpus/samples
	$(PY) -m assistant serve --host $(HOST) --port $(PORT)

test: setup
	$(PY) -m pytest

eval: setup
	$(PY) -m evals run

bench: setup
	$(PY) -m evals alqac

# The two set-up commands of the README are `make run` and `make test`; both create .venv when needed.
PY := .venv/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup run test test-quick eval bench bench-alqac load
setup:
	@bash scripts/setup.sh

run: setup
	$(PY) -m assistant ingest corpus/samples
	$(PY) -m assistant serve --host $(HOST) --port $(PORT)

test: setup
	$(PY) -m pytest

# The inner loop: no model load, no OCR, no server, subprocess or browser (tests marked slow are left out).
test-quick: setup
	$(PY) -m pytest -m "not slow"

eval: setup
	$(PY) -m evals run

# Performance (README "Hiệu năng"): ingestion stages, latency at 1k/10k/100k chunks, engines, memory, start-up.
bench: setup
	$(PY) -m evals bench

# Retrieval quality on the ALQAC law corpora.
bench-alqac: setup
	$(PY) -m evals alqac

# 20 concurrent HTTP clients for 30 s mixing ask, search and ingest against a server started on the bundled corpus.
load: setup
	$(PY) -m evals load --clients 20 --duration 30

# The two set-up commands of the README are `make run` and `make test`; both create .venv when needed.
PY := .venv/bin/python

.PHONY: setup run test bench
setup:
	@bash scripts/setup.sh

run: setup
	$(PY) -m assistant ingest corpus/samples
	@echo "Sẵn sàng. Ví dụ: $(PY) -m assistant search \"Ai chủ trì nhiệm vụ trồng cây xanh?\""

test: setup
	$(PY) -m pytest

bench: setup
	$(PY) -m evals alqac --report evals/reports/alqac.md

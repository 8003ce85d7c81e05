# The two commands: `make demo` and `make test`. Both create .venv from the hashed lock first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EXAMPLE := eventwire/examples/example.txt

.PHONY: demo test bench eval lock clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/eventwire extract $(EXAMPLE) --published 2025-05-16

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Figures for the README (need ../shared/gold).
eval: $(STAMP)
	$(BIN)/eventwire eval ../shared/gold/dev.jsonl
	$(BIN)/eventwire eval ../shared/gold/seed.jsonl

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

# Re-pin requirements.in into requirements.lock (needs uv: pip install uv).
lock:
	uv pip compile requirements.in --generate-hashes --python-version 3.11 --index-url https://pypi.org/simple -o requirements.lock

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache

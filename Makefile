# Two commands for a fresh machine: `make demo` and `make test` (see README.md).
# pip, not uv/poetry: `pip install torch==2.13.0` takes a CPU wheel from local disk here,
# anything else resolves a multi-GB CUDA build.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TORCH  := torch==2.13.0
# The sample corpus describes its suppliers as of this date (see corpus/README.md).
DEMO_AS_OF := 2026-11-15

export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False

.PHONY: demo test lint venv corpus clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet $(TORCH)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	@GOV_AS_OF=$(DEMO_AS_OF) $(BIN)/python -m assistant.demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

# Rebuild the committed sample corpus from its generator (deterministic).
corpus: $(STAMP)
	$(BIN)/python corpus/make_corpus.py

clean:
	rm -rf $(VENV) .gov .pytest_cache .mypy_cache .ruff_cache

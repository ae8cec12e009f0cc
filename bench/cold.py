"""Cold start: a whole `gov ask` process per question (imports, store, model, answer), as a user at a terminal
runs it, with the exported ONNX model (ingest/onnx_model.py) and, side by side, forced through PyTorch.

    python bench/cold.py [--store STORE] [--runs 5]

Writes the "Cold start" section of docs/benchmarks.md. Speed lives here, never in a timed test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sections import replace_section  # bench/ is this script's folder

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ["Is Huaxin cleared to ship cells?", "What is the risk score of Solaris?",
             "Which suppliers have expired certificates?", "What happens if Volta goes bankrupt?",
             "What is the late-delivery penalty in the Nordvolt contract?", "Where does Ruifeng's cobalt come from?",
             "What needs attention in the next 60 days?"]


def run(store: Path, question: str, env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak memory (MB) of one `gov ask` process."""
    started = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M", sys.executable, "-m", "assistant.cli", "ask", question,
                             "--store", str(store), "--as-of", "2026-11-15"], capture_output=True, text=True,
                            env=env, cwd=ROOT, check=True)
    return time.perf_counter() - started, int(result.stderr.strip().splitlines()[-1]) // 1024


def measure(store: Path, runs: int, env: dict[str, str]) -> dict[str, Any]:
    # a question a second time is answered from the embedding cache: each run asks one not asked before
    samples = [run(store, f"{QUESTIONS[i % len(QUESTIONS)]} ({i})", env) for i in range(runs)]
    per_question: dict[str, list[float]] = {}
    for i, (seconds, _) in enumerate(samples):
        per_question.setdefault(QUESTIONS[i % len(QUESTIONS)], []).append(seconds)
    return {"median_s": statistics.median(s for s, _ in samples), "max_s": max(s for s, _ in samples),
            "peak_mb": max(m for _, m in samples),
            "per_question": {q: statistics.median(v) for q, v in per_question.items()}}


def write_report(path: Path, fast: dict[str, Any], torch: dict[str, Any], runs: int) -> None:
    rows = "\n".join(f"| {q} | {fast['per_question'][q]:.2f} | {torch['per_question'][q]:.2f} |"
                     for q in fast["per_question"])
    section = f"""## Cold start ({dt.date.today().isoformat()}, `python bench/cold.py`)

A whole `gov ask` process per question on the sample corpus's store ({runs} runs, each a question not asked
before, so no vector comes from the embedding cache): imports, store, question embedded, answer composed and
logged. With the model exported to ONNX once per machine (`ingest/onnx_model.py`, at install) the query path
imports neither PyTorch nor sentence-transformers, and since the manifest keeps each chunk's text, a question the
tools answer never imports Chroma either; one that searches the documents opens it (its import is most of the
difference). The second row forces the PyTorch path. Target: median <= 1.5 s on this machine.

| query embedding | median s | max s | peak MB |
|---|---|---|---|
| **ONNX (onnxruntime + tokenizers)** | {fast['median_s']:.2f} | {fast['max_s']:.2f} | {fast['peak_mb']:.0f} |
| PyTorch (sentence-transformers) | {torch['median_s']:.2f} | {torch['max_s']:.2f} | {torch['peak_mb']:.0f} |

| question (median s) | ONNX | PyTorch |
|---|---|---|
{rows}
"""
    replace_section(path, "Cold start", section)


def main() -> None:
    parser = argparse.ArgumentParser(description="Cold `gov ask`: ONNX query path vs PyTorch.")
    parser.add_argument("--store", type=Path, help="a store of the sample corpus (default: one ingested here)")
    parser.add_argument("--runs", type=int, default=2 * len(QUESTIONS))
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or Path(tmp) / "store"
        if args.store is None:
            subprocess.run([sys.executable, "-m", "assistant.cli", "ingest", str(ROOT / "corpus"), "--store",
                            str(store)], env=env, cwd=ROOT, check=True, capture_output=True)
        fast = measure(store, args.runs, env)
        torch = measure(store, args.runs, {**env, "GOV_ONNX_CACHE": str(Path(tmp) / "no-export")})
    write_report(args.out, fast, torch, args.runs)
    print(f"onnx {fast}\ntorch {torch}")


if __name__ == "__main__":
    main()

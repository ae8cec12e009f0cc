"""The eval harness: metric functions on hand-computed examples, exit codes (a broken dataset -> 2, a
worsened retriever -> 1), the report files, and the HTML report rendered in headless Chromium."""

import json
import math
import shutil

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from conftest import CORPUS, rendered_dom
from evals import metrics

A, B, C = ("a.pdf", 1), ("b.pdf", 2), ("c.md", None)


def test_ranking_metrics_on_hand_computed_examples():
    ranked = [B, ("x", None), A, C]
    assert metrics.recall_at_k(ranked, [A, C], 3) == 0.5
    assert metrics.recall_at_k(ranked, [A, C], 4) == 1.0
    assert metrics.mrr(ranked, [A]) == pytest.approx(1 / 3)
    assert metrics.mrr(ranked, [("zzz", None)]) == 0.0
    # gold A at rank 3 and C at rank 4: DCG = 1/log2(4) + 1/log2(5); ideal = 1/log2(2) + 1/log2(3)
    expected = (1 / math.log2(4) + 1 / math.log2(5)) / (1 + 1 / math.log2(3))
    assert metrics.ndcg_at_k(ranked, [A, C], 5) == pytest.approx(expected)
    assert metrics.ndcg_at_k([A], [A], 5) == 1.0
    assert metrics.matches(("a.pdf", 7), ("a.pdf", None)) and not metrics.matches(("a.pdf", 7), ("a.pdf", 1))


def test_citation_and_pattern_metrics():
    assert metrics.citation_precision([A, A, B], [A]) == 0.5  # distinct documents: A and B
    assert metrics.citation_precision([], [A]) is None
    assert metrics.citation_recall([A], [A, C]) == 0.5
    assert metrics.patterns_hold("Clause 7.2: 0.5 %", [r"Clause 7\.2"], ["low risk"]) == []
    assert metrics.patterns_hold("low risk", [r"critical"], ["low risk"]) == [
        "missing /critical/", "contains /low risk/"]
    assert metrics.percentile([5, 1, 3, 2, 4], 0.5) == 3 and metrics.percentile([], 0.95) == 0.0
    assert metrics.mean([1.0, None, 0.0]) == 0.5 and metrics.mean([None]) is None


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """A tiny corpus and gold set, copied so the tests can break them."""
    root = tmp_path_factory.mktemp("eval")
    corpus = root / "corpus"
    shutil.copytree(CORPUS / "policies", corpus / "policies")
    shutil.copytree(CORPUS / "suppliers" / "Huaxin Energy Storage", corpus / "suppliers" / "Huaxin Energy Storage")
    dataset = root / "tiny.yaml"
    dataset.write_text("""corpus: corpus
as_of: 2026-11-15
cases:
  - {id: huaxin-ship, question: "Is Huaxin cleared to ship cells?", tags: [onboarding],
     gold_sources: ["suppliers/Huaxin Energy Storage/certificates/ISO-9001-2015_ACS-Q-2022-04417.pdf"],
     must_include: ["expired"], expected_output: [{tool: summarize_supplier, path: release.status, value: not ready}]}
  - {id: huaxin-iso, question: "When did Huaxin's ISO 9001 certificate expire?", tags: [documents],
     gold_sources: ["suppliers/Huaxin Energy Storage/certificates/ISO-9001-2015_ACS-Q-2022-04417.pdf"]}
  - {id: capa, question: "How long do suppliers have to close a major finding under the quality policy?",
     tags: [general], gold_sources: ["policies/quality-management-policy.pdf"]}
  - {id: tesla, question: "What is the share price of Tesla?", tags: [unanswerable], answerable: false}
""")
    return root, dataset


@pytest.fixture(scope="module")
def baseline_run(tiny, gov):
    """One eval of the tiny set that writes its baseline, for every test that compares against one (so no
    test relies on another having run first)."""
    root, dataset = tiny
    store, baseline, report = root / "store", root / "baseline" / "baseline.json", root / "baseline-report"
    baseline.parent.mkdir()
    result = gov("eval", "--dataset", str(dataset), "--store", str(store), "--baseline", str(baseline), "--report",
                 str(report), "--update-baseline")
    return result, store, baseline


def test_a_run_writes_reports_and_a_baseline_and_passes_its_own_gate(tiny, baseline_run, gov, tmp_path):
    first, store, baseline = baseline_run
    _, dataset = tiny
    assert first.returncode == 0, first.stdout + first.stderr
    saved = json.loads(baseline.read_text())
    assert saved["aggregates"]["cases"] == 4 and saved["cases"]["huaxin-ship"] is True
    report = tmp_path / "report"
    again = gov("eval", "--dataset", str(dataset), "--store", str(store), "--baseline", str(baseline), "--report",
                str(report))
    assert again.returncode == 0, again.stdout
    parsed = json.loads((report / "report.json").read_text())
    assert parsed["schema_version"] == 1 and parsed["passed"] and parsed["run"]["config_hash"]
    assert {g["name"] for g in parsed["gates"]} >= {"hallucinated_citations", "access_violations", "recall_at_5",
                                                     "cases that passed in the baseline and now fail"}
    case = next(c for c in parsed["cases"] if c["id"] == "huaxin-ship")
    assert case["passed"] and case["retrieved"] and case["cited"] and case["metrics"]["recall_at_5"] is not None
    assert (report / "report.md").read_text().startswith("# Eval: PASSED")
    assert 'id="gates"' in (report / "report.html").read_text()


def test_a_worsened_retriever_fails_the_gate(tiny, baseline_run, monkeypatch, tmp_path):
    first, store, baseline = baseline_run
    _, dataset = tiny
    assert baseline.is_file(), first.stdout + first.stderr  # the gate needs a baseline to fall below
    from ingest.retrieval import Retriever

    original = Retriever.search

    def worse(self, query, **options):  # the right documents pushed to the bottom
        return list(reversed(original(self, query, **{**options, "k": 10})))[:options.get("k", 8)]

    monkeypatch.setattr(Retriever, "search", worse)
    result = CliRunner().invoke(app, ["eval", "--dataset", str(dataset), "--store", str(store), "--baseline",
                                      str(baseline), "--report", str(tmp_path / "report")])
    assert result.exit_code == 1, result.output
    parsed = json.loads((tmp_path / "report" / "report.json").read_text())
    failed = [g["name"] for g in parsed["gates"] if not g["passed"]]
    assert "recall_at_5" in failed or "mrr" in failed


@pytest.mark.parametrize("breakage, message", [
    ("cases:\n  - {id: x}\n", "give either question or turns"),
    ("corpus: nowhere\nas_of: 2026-11-15\ncases: []\n", "does not exist"),
    ("corpus: corpus\nas_of: 2026-11-15\ncases:\n  - {id: x, question: q, gold_sources: [gone.pdf]}\n",
     "not in the store"),
    ("corpus: corpus\nas_of: 2026-11-15\ncases:\n  - {id: x, question: q, surprise: 1}\n", "Extra inputs"),
])
def test_a_broken_dataset_is_a_harness_failure(tiny, gov, breakage, message):
    root, _ = tiny
    bad = root / "bad.yaml"
    bad.write_text(breakage)
    result = gov("eval", "--dataset", str(bad), "--store", str(root / "store"), "--report", str(root / "bad-report"))
    assert result.returncode == 2 and message in result.stderr, result.stderr


def test_the_html_report_renders_in_headless_chromium(tiny, gov, tmp_path):
    root, dataset = tiny
    report = tmp_path / "report"
    result = gov("eval", "--dataset", str(dataset), "--store", str(root / "store"), "--report", str(report),
                 "--baseline", str(tmp_path / "none.json"))
    assert result.returncode == 0, result.stdout
    dom = rendered_dom(report / "report.html", tmp_path / "profile")
    assert '<table id="gates">' in dom and "hallucinated_citations" in dom
    assert 'data-ready="yes"' in dom  # the page's script ran


def test_a_tool_answer_to_a_question_it_does_not_compute_counts_as_unrelated():
    """The gated 'unrelated answers' metric: another tool than the case expects, or a supplier tool whose answer
    misses the asked facts; a refusal, a quoted answer or the policy data never counts."""
    from assistant.answers import Answer, ToolCall
    from evals.harness import Case, unrelated_answer

    def answered(*tools: str, refused: bool = False) -> Answer:
        return Answer(question="q", answer="a", refused=refused,
                      tool_calls=[ToolCall(tool=t, input={}, output={}) for t in tools])

    lab = Case(id="lab", question="Which laboratory tested the module?", must_include=["EuroCell"])
    assert unrelated_answer(lab, answered("summarize_supplier"), ["missing /EuroCell/"])
    assert unrelated_answer(lab, answered("summarize_supplier"), []) is None
    assert unrelated_answer(lab, answered("policy_rule"), ["missing /EuroCell/"]) is None
    assert unrelated_answer(lab, answered("summarize_supplier", refused=True), ["refused"]) is None
    sla = Case(id="sla", question="What is the penalty?", expected_tools=[{"name": "lookup_sla"}])
    assert unrelated_answer(sla, answered("score_risk"), []) == "score_risk instead of lookup_sla"
    assert unrelated_answer(Case(id="u", question="price?", answerable=False), answered("kpi_performance"), [])

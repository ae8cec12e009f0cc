"""A report over several models gives each model its own verdict: a model that failed never takes another's pass,
whichever way the report lays the verdicts out."""

import pytest

from ingest.facts.model_verdicts import verdicts_by_model
from ingest.facts.safety import extract_safety_test
from ingest.facts.verdicts import verdict_of
from ingest.models import Chunk, Unit

MODELS = ["XB-18650-30", "XB-18650-35", "XB-21700-50"]
B_FAILED = {"XB-18650-30": "pass", "XB-18650-35": "fail", "XB-21700-50": "pass"}

LAYOUTS = {
    "a row per model": "Model | Capacity | Verdict\nXB-18650-30 | 3.0 Ah | Pass\nXB-18650-35 | 3.5 Ah | Fail\n"
                       "XB-21700-50 | 5.0 Ah | Pass",
    "rows rendered with their headers": "Model: XB-18650-30; Capacity: 3.0 Ah; Result: P\n"
                                        "Model: XB-18650-35; Capacity: 3.5 Ah; Result: F\n"
                                        "Model: XB-21700-50; Capacity: 5.0 Ah; Result: P",
    "a column per model": "Clause | XB-18650-30 | XB-18650-35 | XB-21700-50\n7.3.1 External short | P | P | P\n"
                          "7.3.2 Crush | P | F | P\nVerdict | Pass | Fail | Pass",
    "a section per model": "2.1 Sample A: XB-18650-30\nAll tests were completed.\nVerdict: PASS\n"
                           "2.2 Sample B: XB-18650-35\nCrush test: venting observed.\nVerdict: FAIL\n"
                           "2.3 Sample C: XB-21700-50\nVerdict: PASS",
    "a sentence and the rest": "Sample B (model XB-18650-35) did not meet clause 7.3.2; the remaining models complied "
                               "with all requirements.",
    "a sentence over a list": "Models XB-18650-30 and XB-21700-50 passed all tests, while XB-18650-35 failed the crush "
                              "test.",
    "ticks under a legend": "P = Pass, F = Fail\nModel | Verdict\nXB-18650-30 | ✓\nXB-18650-35 | ✗\nXB-21700-50 | ✓",
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_each_model_gets_the_verdict_the_report_gives_it(layout):
    said = verdicts_by_model([Unit(text=LAYOUTS[layout], page=1)], MODELS)
    assert {model: verdict for model, (verdict, _) in said.items()} == B_FAILED


def test_a_criterion_a_legend_or_a_list_of_models_gives_no_model_a_verdict():
    text = ("P = Pass, F = Fail\nThe test is failed if the cell ignites.\n"
            "Models tested: XB-18650-30, XB-18650-35, XB-21700-50\nOverall verdict: PASS")
    assert verdicts_by_model([Unit(text=text, page=1)], MODELS) == {}


def _report(text: str) -> dict[str | None, str | None]:
    facts = extract_safety_test([Unit(text=text, page=1)], [Chunk(id="c", source="r.pdf", text=text, page=1)],
                                source="r.pdf", supplier=None, labels=[])
    return {fact.model: fact.verdict for fact in facts}


def test_a_failed_model_is_not_covered_by_the_overall_pass_and_the_unnamed_ones_need_review():
    text = ("Test Report No. XB-S-26-0107\nStandard: IEC 62133-2:2017\nModels: XB-18650-30, XB-18650-35, XB-21700-50\n"
            "Overall verdict: PASS\nRemarks: model XB-18650-35 did not meet clause 7.3.2 (crush); retest pending.")
    assert _report(text) == {"XB-18650-30": None, "XB-18650-35": "fail", "XB-21700-50": None}


def test_a_report_with_one_verdict_for_all_its_models_gives_it_to_each():
    text = ("Test Report No. XB-S-26-0108\nStandard: IEC 62133-2:2017\nModels: XB-18650-30, XB-18650-35, XB-21700-50\n"
            "Overall verdict: PASS")
    assert _report(text) == {model: "pass" for model in MODELS}


@pytest.mark.parametrize("said", ["Partially passed", "partially compliant", "teilweise bestanden",
                                  "partiellement conforme"])
def test_passed_in_part_is_not_passed(said):
    assert verdict_of(said) == "fail"


def test_a_summary_with_a_column_per_model_gives_each_model_its_own_results_energy_mass_and_report():
    from ingest.facts.model_rows import model_rows
    text = ("Item | QX-P60A | QX-P78A\nReport No. | LAB-UN-0412 | LAB-UN-0413\nWatt-hour rating (Wh) | 192 | 249.6\n"
            "Mass (g) | 1310 | 1650\n")
    text += "".join(f"T.{n} Test {n} | P | {'F' if n == 6 else 'P'}\n" for n in range(1, 9))
    rows = {row.model: row for row in model_rows([Unit(text=text, page=1)])}
    assert set(rows) == {"QX-P60A", "QX-P78A"}  # the report numbers' row names no models
    assert (rows["QX-P78A"].report_id, rows["QX-P78A"].watt_hours, rows["QX-P78A"].mass_g) == ("LAB-UN-0413", 249.6,
                                                                                               1650.0)
    assert rows["QX-P78A"].results["T.6"] == "fail" and rows["QX-P60A"].results["T.6"] == "pass"

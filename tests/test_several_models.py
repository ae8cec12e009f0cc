"""A report or test summary over several models gives each model its own verdict and results: a model that failed
never takes another's pass, whichever way the document lays its models out (rows, columns, a PDF's flattened
columns, sections, sentences), and whether or not a field lists them."""

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


B_UNREAD = {"XB-18650-30": "pass", "XB-18650-35": "unread", "XB-21700-50": "pass"}
UNREAD_RESULTS = {
    "a row per model": "Model | Capacity | 7.3.1 | 7.3.2 | Verdict\nXB-18650-30 | 3.0 Ah | P | P | Pass\n"
                       "XB-18650-35 | 3.5 Ah | P | see note 3 | \nXB-21700-50 | 5.0 Ah | P | - | Pass",
    "rows rendered with their headers": "Model: XB-18650-30; Capacity: 3.0 Ah; Crush: P; Short: P\n"
                                        "Model: XB-18650-35; Capacity: 3.5 Ah; Crush: pending; Short: P\n"
                                        "Model: XB-21700-50; Capacity: 5.0 Ah; Crush: P; Short: N/A",
    "a column per model": "Clause | XB-18650-30 | XB-18650-35 | XB-21700-50\nCapacity | 3.0 Ah | 3.5 Ah | 5.0 Ah\n"
                          "7.3.2 Crush | P | Retest scheduled | P\nVerdict | Pass | Pass | Pass",
}


@pytest.mark.parametrize("layout", UNREAD_RESULTS)
def test_a_model_with_a_result_no_reader_understands_is_not_read_as_passed(layout):
    said = verdicts_by_model([Unit(text=UNREAD_RESULTS[layout], page=1)], MODELS)
    assert {model: verdict for model, (verdict, _) in said.items()} == B_UNREAD


def test_a_report_whose_model_has_an_unread_result_asks_for_review_of_that_model_citing_its_row():
    text = ("Test Report No. XB-S-26-0109\nStandard: IEC 62133-2:2017\n" + UNREAD_RESULTS["a row per model"]
            + "\nOverall verdict: PASS")
    facts = {fact.model: fact for fact in extract_safety_test(
        [Unit(text=text, page=1)], [Chunk(id="c", source="r.pdf", text=text, page=1)],
        source="r.pdf", supplier=None, labels=[])}
    assert {model: fact.verdict for model, fact in facts.items()} == {**B_FAILED, "XB-18650-35": None}
    assert "see note 3" in facts["XB-18650-35"].evidence["verdict"].quote
    assert "could not be read" in facts["XB-18650-35"].missing["verdict"]


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


def test_a_pdf_flattened_table_with_a_column_per_model_is_read_cell_by_cell():
    from ingest.facts.model_rows import model_rows
    models = ["QX-R48-100", "QX-R48-200"]
    text = "\n".join(["Table 1 - Batteries covered", *models, "Watt-hour rating", "5,120 Wh", "10,240 Wh",
                      "Mass", "46.5 kg", "88.0 kg", "Table 2 - Tests and results", "Test", *models]
                     + [cell for n in range(1, 9) for cell in (f"T.{n} Test {n}", "Pass", "Fail" if n == 4 else "Pass")]
                     + ["Overall", "PASS", "FAIL"])
    rows = {row.model: row for row in model_rows([Unit(text=text, page=1)])}
    assert rows["QX-R48-200"].results["T.4"] == "fail" and rows["QX-R48-100"].results["T.4"] == "pass"
    assert (rows["QX-R48-200"].watt_hours, rows["QX-R48-200"].mass_g) == (10240.0, 88000.0)


def test_a_summary_with_a_section_per_model_reads_each_models_results_from_its_own_section():
    from ingest.facts.transport import extract_transport_test
    section = "* {model} (51.2 V, {ah} Ah, {wh} Wh)\n" + "".join(f"  - T.{n} Test {n}: {{t{n}}}\n" for n in range(1, 9))
    passed = {f"t{n}": "Pass" for n in range(1, 9)}
    text = ("UN 38.3 Test Summary\nManufacturer: Quixa Power, LLC\nTest report ID: QX-UN-260617\n"
            "The QX-M48-105 is released; the QX-M48-210 is not.\n"
            + section.format(model="QX-M48-105", ah=105, wh="5,376", **passed)
            + section.format(model="QX-M48-210", ah=210, wh="10,752", **{**passed, "t2": "FAIL"}))
    facts = extract_transport_test([Unit(text=text, page=1)], [Chunk(id="c", source="s.txt", text=text, page=1)],
                                   source="s.txt", supplier=None, labels=[])
    by_model = {fact.model: fact for fact in facts}
    assert by_model["QX-M48-210"].results["T.2"] == "fail" and by_model["QX-M48-105"].results["T.2"] == "pass"
    assert by_model["QX-M48-210"].watt_hours == 10752.0


def test_a_report_that_lists_no_models_but_gives_each_a_section_with_a_verdict_covers_each():
    """No 'Models:' field: the models are the codes of one family the report gives verdicts of; a Word heading and
    the table under it are two parts of the document."""
    units = [Unit(text="TEST REPORT - UL 1642\nReport No.: QX-UL-26-0109\nProtection board QX-PCM-2 fitted.")]
    for model, verdict in (("QX-P55", "Pass"), ("QX-P63", "Pass"), ("QX-P72", "Fail")):
        units += [Unit(text=f"Model {model} (3.67 V)"), Unit(text=f"Test | Result\nCrush | {verdict}"),
                  Unit(text=f"Verdict: {verdict}")]
    chunks = [Chunk(id=f"c{i}", source="r.docx", text=u.text) for i, u in enumerate(units)]
    facts = extract_safety_test(units, chunks, source="r.docx", supplier=None, labels=[])
    assert {fact.model: fact.verdict for fact in facts} == {"QX-P55": "pass", "QX-P63": "pass", "QX-P72": "fail"}


@pytest.mark.parametrize(("said", "value"), [("5,120", 5120.0), ("1,5", 1.5), ("0,125", 0.125), ("1.234,5", 1234.5),
                                             ("1,234.5", 1234.5), ("46.5", 46.5), ("1 310", 1310.0)])
def test_numbers_are_read_as_suppliers_write_them(said, value):
    from ingest.facts.numbers import decimal
    assert decimal(said) == value


@pytest.mark.parametrize(("line", "legend"), [
    ("C : conforme — NC : non conforme — SO : sans objet", {"C": "pass", "NC": "fail", "SO": "n/a"}),
    ("判定記号：○ 合格　× 不合格　－ 対象外", {"○": "pass", "×": "fail", "－": "n/a"}),
    ("Possible test case verdicts: P (Pass), F (Fail), N/A (not applicable).",
     {"P": "pass", "F": "fail", "N/A": "n/a"}),
    ("The crush test passed, the short circuit failed.", {}),
    # entries run together are no legend: read as one, "P" meant "Pass F = Fail" and became a fail
    ("P = Pass F = Fail – = not applicable (T.7 applies to batteries only)", {}),
])
def test_a_document_defines_its_own_result_codes(line, legend):
    from ingest.facts.verdicts import verdict_legend
    assert verdict_legend([line]) == legend


def test_models_marked_with_the_documents_own_codes_get_their_verdicts():
    text = ("Procès-verbal n° QX-PV-26-0117\nNorme: IEC 62619:2022\nRéférence | 7.3.3 Propagation | Avis\n"
            "QX-M16-100 | C | C\nQX-M16-200 | NC | NC\nC : conforme — NC : non conforme — SO : sans objet")
    assert _report(text) == {"QX-M16-100": "pass", "QX-M16-200": "fail"}


def test_a_flattened_row_per_model_table_with_an_overall_column_keeps_each_row_in_step():
    from ingest.facts.model_rows import model_rows
    header = ["Cell Model No.", "Wh", "Mass", *(f"T.{n}" for n in range(1, 9)), "Overall"]
    rows = [[model, wh, "44 g", *(["✗"] if failed else ["✓"]) * 8, "FAIL" if failed else "PASS"]
            for model, wh, failed in (("QX-18650-22", "7.92", False), ("QX-26650-35", "11.2", True),
                                      ("QX-32700-60", "19.2", False))]
    text = "\n".join(header + [cell for row in rows for cell in row])
    read = {row.model: row for row in model_rows([Unit(text=text, page=1)])}
    assert set(read) == {"QX-18650-22", "QX-26650-35", "QX-32700-60"}
    assert read["QX-26650-35"].results["T.8"] == "fail" and read["QX-32700-60"].results["T.8"] == "pass"


def test_a_legend_that_defines_only_a_pass_still_reads_its_codes():
    from ingest.facts.verdicts import verdict_legend
    assert verdict_legend(["C = conforme ; SO = sans objet (T.6 et T.8 : essais cellule)."]) == {"C": "pass",
                                                                                               "SO": "n/a"}


def test_watt_hours_grouped_by_a_space_are_read_whole():
    from ingest.facts.transport import energy_of
    assert energy_of([Unit(text="GR-M16-100 | 5 120 Wh | 44 kg", page=1)])[0] == 5120.0  # type: ignore[index]


@pytest.mark.parametrize(("line", "listed"), [
    ("Norm / Standard: IEC 63056:2020 (mit IEC 62619:2022 referenziert / with IEC 62619:2022 as referenced)", []),
    ("IS 16046 (Part 2) : 2018 / IEC 62133-2 : 2017 – Secondary cells and batteries", []),
    ("Standards: IEC 62619 Ed. 2 (2022); IEC 63056 Ed. 1.0 (2020)", ["IEC 62619:2022", "IEC 63056:2020"]),
])
def test_a_standard_named_as_a_reference_or_as_the_original_of_a_national_adoption_is_not_one_tested_against(
        line, listed):
    from ingest.facts.safety import standards_listed
    assert standards_listed(line) == listed

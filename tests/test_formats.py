"""Each loader on real files: the public documents in ../shared/real, the generated corpus, a
filled copy of the real EMRT template, and files that are broken the way real ones are."""

import shutil
import time
from pathlib import Path

import openpyxl
import pytest
from docx import Document

import badfiles
from conftest import CORPUS, SHARED_REAL
from ingest.errors import UnreadableFile
from ingest.formats import load_in_process, unsupported_reason
from ingest.formats.pdf import NO_TEXT, extract_pages, to_document
from ingest.timebox import map_timeboxed

REAL_PDFS = sorted(SHARED_REAL.glob("*.pdf"))


@pytest.mark.parametrize("path", REAL_PDFS, ids=lambda p: p.name)
def test_real_pdfs_give_one_unit_per_page_numbered_as_a_reader_sees_them(path):
    pages, _title, _hidden = extract_pages(path)
    document = to_document(pages, _title)
    assert document.pages == len(pages) >= 20
    assert [u.page for u in document.units] == sorted(u.page for u in document.units)
    assert document.units[0].page == 1
    assert sum(len(u.text) for u in document.units) > 20_000


def test_din_spec_has_its_106_pages():
    pages, _, _ = extract_pages(SHARED_REAL / "DIN_DKE_SPEC_99100.pdf")
    assert len(pages) == 106


@pytest.mark.parametrize("maker, reason", [
    (badfiles.encrypted_pdf, "password is required"),
    (badfiles.truncated_pdf, "truncated"),
    (badfiles.empty_file, "empty file (0 bytes)"),
    (badfiles.html_as_pdf, "HTML page"),
    (badfiles.scanned_pdf, NO_TEXT),
])
def test_each_broken_pdf_gets_its_own_reason(tmp_path, maker, reason):
    path = maker(tmp_path / "document.pdf")
    with pytest.raises(UnreadableFile) as caught:
        to_document(*extract_pages(path))
    assert reason in caught.value.reason


def test_a_reader_that_hangs_is_stopped_and_reported():
    started = time.monotonic()
    results = list(map_timeboxed(time.sleep, [30], timeout=1.0, workers=1))
    assert time.monotonic() - started < 15
    assert results[0][2] and "longer than 1 s" in results[0][2]


def test_readers_that_finish_at_once_are_all_read_never_reported_dead():
    """A child that sends its result and exits between the parent's two checks was once reported as "the reader
    process died (exit code 0)" (a CI run on a loaded machine): many instant readers must all come back read."""
    results = list(map_timeboxed(abs, list(range(-60, 0)), timeout=60.0, workers=2))
    assert sorted(result for _, result, _ in results) == list(range(1, 61))
    assert [reason for _, _, reason in results if reason] == []


def test_unknown_and_legacy_types_are_reported_not_guessed(tmp_path):
    assert unsupported_reason(tmp_path / "a.xyz") == "unsupported file type '.xyz'"
    assert "save it as .docx" in unsupported_reason(tmp_path / "a.doc")
    assert unsupported_reason(tmp_path / "a.PDF") is None


def test_text_in_another_encoding_is_decoded_not_a_crash(tmp_path):
    document = load_in_process(badfiles.latin1_text(tmp_path / "notes.txt"))
    assert "Prüfbericht für Zellen" in document.text and "12 µm" in document.text


def test_undecodable_bytes_are_replaced_with_a_warning(tmp_path):
    path = tmp_path / "odd.md"
    path.write_bytes(b"# Title\n\nvalid start " + bytes(range(0x80, 0xA0)) * 3 + b" end\n")
    document = load_in_process(path)
    assert "valid start" in document.text and document.warnings


def test_markdown_headings_become_the_section_path():
    document = load_in_process(CORPUS / "standards" / "un-38-3-transport-testing.md")
    sections = [u.section for u in document.units]
    assert sections[0] == ["UN 38.3 — transport testing of lithium cells and batteries"]
    assert ["UN 38.3 — transport testing of lithium cells and batteries",
            "The test summary (paragraph 38.3.5)"] in sections


def test_docx_keeps_heading_levels_and_reads_tables_as_rows(tmp_path):
    document = load_in_process(CORPUS / "policies" / "contract-governance-standard.docx")
    tables = [u for u in document.units if u.kind == "table"]
    assert tables and tables[0].section[-1] == "2 SLA templates"
    assert "Metric: On-time delivery (OTD); Template target: >= 95 %" in tables[0].text
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UnreadableFile):
        load_in_process(path)


def test_csv_export_with_semicolons_keeps_every_row_whole():
    document = load_in_process(CORPUS / "suppliers" / "Nordvolt Batteries" / "kpi" / "kpi_2026_monthly.csv")
    lines = document.text.splitlines()
    assert "Month: 2026-07; OTD %: 89,5; Defect ppm: 39; Lead time (days): 38; Invoiced value (EUR): 1980000" in lines


def test_profile_yaml_reads_as_labelled_lines():
    document = load_in_process(CORPUS / "suppliers" / "Volta BMS Electronics" / "profile.yaml")
    assert "Legal name: Volta BMS Electronics GmbH" in document.text
    assert "part: VX-7716 analog front-end IC" in document.text


def fill_emrt(path: Path, *, chinese_answer: bool) -> Path:
    """A copy of the real EMRT 2.1 template filled cell by cell; labels stay as shipped (Chinese)."""
    shutil.copy(SHARED_REAL / "RMI_EMRT_2.1.xlsx", path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["Declaration"]
    sheet["D8"] = "Testfall Kathoden GmbH"
    sheet["D9"] = "A. Company"
    for cell, value in {"D12": "Cobalt", "E12": "(Delete Copper)", "G12": "(Delete Graphite)",
                        "D13": "Lithium", "E13": "(Delete Mica)", "G13": "Nickel"}.items():
        sheet[cell] = value
    answers = {"Cobalt": ["Yes", "Yes", "Yes", "No", "51%-75%", "No", "No"],
               "Lithium": ["Yes", "是" if chinese_answer else "Yes", "No", "No", "100%", "Yes", "Yes"],
               "Nickel": ["Yes", "Yes", "No", "No", "100%", "Yes", "Yes"]}
    for offset, mineral in enumerate(["Cobalt", "Lithium", "Nickel"]):
        for question, row in enumerate([30, 42, 54, 66, 78, 90, 102]):
            sheet[f"D{row + offset}"] = answers[mineral][question]
    sheet["G54"] = "Feed from Lualaba, DRC, including ASM sites"
    sheet["D115"], sheet["D117"], sheet["G117"] = "Yes", "Yes", "https://example.com/policy"
    smelters = workbook["Smelter List"]
    smelters["B5"], smelters["C5"], smelters["D5"] = "Cobalt", "Smelter not listed", "Kivu Refining SARL"
    smelters["E5"], smelters["F5"] = "Congo, Democratic Republic of the", None
    smelters["A6"], smelters["B6"], smelters["D6"], smelters["E6"], smelters["F6"] = (
        "CID002911", "Cobalt", "Kokkola Cobalt Refinery", "Finland", "CID002911")
    mines = workbook["Mine List"]
    mines["A5"], mines["B5"], mines["C5"], mines["F5"] = "Cobalt", "Kivu Refining SARL", "Mutanda ASM site", "DRC"
    workbook.save(path)
    return path


def test_filled_emrt_with_chinese_labels_reads_per_mineral_answers_and_smelters(tmp_path):
    document = load_in_process(fill_emrt(tmp_path / "emrt.xlsx", chinese_answer=False))
    assert document.format == "xlsx-rmi"
    text = document.text
    assert "Company name: Testfall Kathoden GmbH" in text
    assert "Minerals in scope: Cobalt, Lithium, Nickel" in text
    question3 = next(u.text for u in document.units if u.section[-1] == "Question 3")
    assert question3.splitlines()[1:] == ["Cobalt: Yes - comment: Feed from Lualaba, DRC, including ASM sites",
                                          "Lithium: No", "Nickel: No"]
    question5 = next(u.text for u in document.units if u.section[-1] == "Question 5")
    assert "Cobalt: 51%-75%" in question5
    assert ("Metal: Cobalt; Smelter name: Kivu Refining SARL; Country: Congo, Democratic Republic of the; "
            "Smelter ID: none (not listed)") in text
    assert "Smelter name: Kokkola Cobalt Refinery; Country: Finland; Smelter ID: CID002911" in text
    assert "Mine: Mutanda ASM site; Country: DRC; Supplies smelter: Kivu Refining SARL" in text
    assert "B. Policy publicly available on the company website? Yes (https://example.com/policy)" in text


def test_emrt_answer_typed_in_chinese_is_read_as_english(tmp_path):
    document = load_in_process(fill_emrt(tmp_path / "emrt.xlsx", chinese_answer=True))
    question2 = next(u.text for u in document.units if u.section[-1] == "Question 2")
    assert "Lithium: Yes" in question2


@pytest.mark.parametrize("name, kind", [("RMI_EMRT_2.1.xlsx", "EMRT"), ("RMI_CMRT_6.5.xlsx", "CMRT")])
def test_blank_rmi_templates_are_recognised_by_their_sheets(name, kind):
    document = load_in_process(SHARED_REAL / name)
    assert document.format == "xlsx-rmi" and kind in document.title
    assert "Company name: (not given)" in document.text
    if kind == "CMRT":
        assert "Minerals in scope: Tantalum, Tin, Gold, Tungsten" in document.text


def test_other_workbooks_become_header_aware_tables():
    document = load_in_process(SHARED_REAL / "2025_Battery_Passport_Data_Attributes_V1.2.xlsx")
    assert document.format == "xlsx"
    assert {"Disclaimer", "Instructions", "Data attribute longlist_v1.2"} <= {u.section[0] for u in document.units}


def test_word_file_written_by_a_test_keeps_its_structure(tmp_path):
    word = Document()
    word.add_heading("Supplier visit notes", level=1)
    word.add_paragraph("Line 3 welding fixtures were recalibrated.")
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Item", "Status"
    table.cell(1, 0).text, table.cell(1, 1).text = "Fire exit", "clear"
    word.save(tmp_path / "notes.docx")
    document = load_in_process(tmp_path / "notes.docx")
    assert document.units[0].section == ["Supplier visit notes"]
    assert "Item: Fire exit; Status: clear" in document.text


def test_a_form_above_a_table_and_forms_under_a_generic_header_read_as_label_value_lines():
    from ingest.formats.tables import rows_to_text
    from ingest.formats.text import forms_as_lines
    sheet = rows_to_text([["UN 38.3 TEST SUMMARY"], ["Manufacturer", "Energa Pack Systems Sp. z o.o."],
                          ["Model", "EPS-48V-100"], ["Mass", "46.5 kg"], ["Test", "Description", "Result"],
                          ["T.1", "Altitude simulation", "P"], ["T.2", "Thermal test", "P"]])
    assert sheet.splitlines() == ["UN 38.3 TEST SUMMARY", "Manufacturer: Energa Pack Systems Sp. z o.o.",
                                  "Model: EPS-48V-100", "Mass: 46.5 kg", "Test | Description | Result",
                                  "Test: T.1; Description: Altitude simulation; Result: P",
                                  "Test: T.2; Description: Thermal test; Result: P"]
    kpi = rows_to_text([["Mois", "Taux de service (%)"], ["06/2026", 96.3], ["07/2026", 99.2]])
    assert kpi.splitlines()[1] == "Mois: 06/2026; Taux de service (%): 96.3"  # a header of two words stays a header
    markdown = forms_as_lines(["| Element | Information |", "|---|---|", "| Manufacturer | Hanbit Energy Co., Ltd. |",
                               "| Mass | 68.5 g |", "", "| Test | Result |", "|---|---|", "| T.1 | pass |"])
    assert markdown[:2] == ["Manufacturer: Hanbit Energy Co., Ltd.", "Mass: 68.5 g"]
    assert markdown[-3:] == ["| Test | Result |", "|---|---|", "| T.1 | pass |"]  # a table, not a form


def test_a_bilingual_form_reads_label_and_translation_before_its_value_and_a_wide_kpi_sheet_stays_a_table():
    from ingest.formats.tables import rows_to_text
    form = rows_to_text([["UN38.3 测试概要", "UN38.3 Test Summary"],
                         ["1. 制造商", "Manufacturer", "Jiangyin Ruineng New Energy Technology Co., Ltd."],
                         ["型号", "Model", "RN-32140-15"], ["质量", "Mass (g)", "285"]])
    assert form.splitlines()[1:] == ["1. 制造商 / Manufacturer: Jiangyin Ruineng New Energy Technology Co., Ltd.",
                                     "型号 / Model: RN-32140-15", "质量 / Mass (g): 285"]
    wide = rows_to_text([["Month", "Jun 2026", "Jul 2026"], ["OTD %", 98.6, 99]])
    assert wide.splitlines() == ["Month | Jun 2026 | Jul 2026", "Month: OTD %; Jun 2026: 98.6; Jul 2026: 99"]


def test_a_workbooks_percent_formatted_fractions_read_as_the_sheet_shows_them(tmp_path):
    """An SLA matrix or a KPI sheet stores 96 % as 0.96 under a percent format: the reader sees "96 %", as a person
    does; a plain number stays as it is."""
    from ingest.formats.spreadsheet import load_xlsx
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Service level", "Target", "Rate", "Cap", "Units shipped"])
    sheet.append(["On-time delivery", 0.96, None, None, 1200])
    sheet.append(["Late delivery, per working day", None, 0.002, 0.08, 0.5])
    for cell, shown in (("B2", "0%"), ("C3", "0.0%"), ("D3", "0%")):
        sheet[cell].number_format = shown
    book.save(tmp_path / "sla.xlsx")
    text = load_xlsx(tmp_path / "sla.xlsx").text
    assert "Target: 96 %" in text and "Rate: 0.2 %" in text and "Cap: 8 %" in text
    assert "Units shipped: 1200" in text and "Units shipped: 0.5" in text  # not formatted as a percent

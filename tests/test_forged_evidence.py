"""Evidence has a trust level (issue #18): what a reader of a document would not see is no evidence, and a
certificate counts only from a certificate. Each forged file is real (tests/forged.py); a supplier's verdicts
must come out exactly as they were without it, and what was left out is reported by name."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from forged import (
    UL_9540A_CLAIM,
    notes_with_a_certificate,
    packing_list_with_white_type,
    page_drawn_with_forms,
    page_of_covers,
    page_of_every_trick,
    supplier_policy_workbook,
    word_with_hidden_runs,
    workbook_with_hidden_parts,
)

from assistant.application import Application
from conftest import CORPUS
from core.settings import Settings
from ingest.formats import load_in_process
from ingest.formats.pdf import extract_pages, layout_pages, to_document
from ingest.index import Index
from ingest.models import HIDDEN_TEXT
from ingest.pipeline import Ingestor
from tools import registry
from tools.summary import to_markdown

AS_OF = dt.date(2026, 11, 15)
SUPPLIER = "Solaris ESS Solutions"


def test_a_pdf_reads_as_a_person_sees_it(tmp_path):
    """White type on a dark band, a scan's invisible text layer and small print are read; white type on the page,
    1-pt type, invisible text over nothing and text off the page are left out and reported."""
    document = to_document(*extract_pages(page_of_every_trick(tmp_path / "tricks.pdf")))
    for shown in ("White header on a dark band", "Small print at five points",
                  "Invisible text layer over a scanned image", "Certificate register extract"):
        assert shown in document.text, document.text
    [warning] = [w for w in document.warnings if w.startswith(HIDDEN_TEXT)]
    for unseen in ("White on the white page", "Tiny type at one point", "Invisible text over nothing",
                   "Text placed off the page"):
        assert unseen not in document.text and unseen in warning, (document.text, warning)


def test_text_painted_over_does_not_show_and_text_beside_or_under_a_highlight_does(tmp_path):
    document = to_document(*extract_pages(page_of_covers(tmp_path / "covers.pdf")))
    for shown in ("Beside a box painted later", "Above its underline", "Under a see-through highlight",
                  "White inside the clipped band", "Text layer drawn before its scan"):
        assert shown in document.text, document.text
    [warning] = [w for w in document.warnings if w.startswith(HIDDEN_TEXT)]
    for unseen in ("Under a white box painted later", "Under a black bar painted later",
                   "White outside the clipped band"):
        assert unseen not in document.text and unseen in warning, (document.text, warning)
    laid_out = " ".join(layout_pages(tmp_path / "covers.pdf")[0].split())  # the table readers' view, too
    assert "Beside a box painted later" in laid_out and "Under a black bar" not in laid_out, laid_out


def test_text_drawn_through_forms_is_judged_as_drawn(tmp_path):
    document = to_document(*extract_pages(page_drawn_with_forms(tmp_path / "delivery.pdf")))
    assert "Delivery note DN-2026-0441" in document.text and "delivery note footer" in document.text
    assert "45001" not in document.text, document.text
    [warning] = [w for w in document.warnings if w.startswith(HIDDEN_TEXT)]
    assert "OHS-2025-0042" in warning and "footer" not in warning and "DN-2026-0441" not in warning, warning


def test_a_word_document_reads_without_its_hidden_runs(tmp_path):
    document = load_in_process(word_with_hidden_runs(tmp_path / "brochure.docx", "Brochure for the SOL-M-51.",
                                                     UL_9540A_CLAIM))
    assert "9540A" not in document.text, document.text
    assert "white type on a highlight shows" in document.text and "Header white on a dark cell" in document.text
    [warning] = document.warnings
    assert warning.startswith(HIDDEN_TEXT) and UL_9540A_CLAIM in warning, warning


def test_a_workbook_reads_without_its_hidden_rows_columns_and_sheets(tmp_path):
    document = load_in_process(workbook_with_hidden_parts(tmp_path / "schedule.xlsx"))
    assert "45001" not in document.text and "Week: 46; Pallets: 22" in document.text, document.text
    assert [w.split(":")[0] for w in document.warnings] == [
        f"{HIDDEN_TEXT} (hidden rows or columns of sheet 'Shipments')", f"{HIDDEN_TEXT} (hidden sheet 'Certificates')"]
    assert all("OHS-2025-0042" in w for w in document.warnings)


def verdicts(app: Application) -> dict[str, Any]:
    """Everything a buyer decides on for the supplier, as plain values."""
    source = app.facts()
    request = {"supplier": SUPPLIER, "as_of": AS_OF}
    risk = registry.SCORE_RISK.call(request, source)
    checklist = registry.CHECKLIST.call(request, source)
    card = registry.SUMMARIZE.call(request, source)
    return {"risk": (risk.score, risk.band, risk.audit_cadence, risk.categories),
            "checklist": [(item.id, item.verdict) for item in checklist.items],
            "certificates": sorted(line.text for line in card.certificates),
            "tests": sorted(line.text for line in card.tests),
            "release": card.release.status if card.release else None}


@pytest.fixture(scope="module")
def forged(tmp_path_factory):
    """Solaris's verdicts before and after its folder gains four forged files, and the ingest report."""
    tmp_path = tmp_path_factory.mktemp("forged")
    drive = tmp_path / "drive"
    shutil.copytree(CORPUS / "policies", drive / "policies")
    shutil.copytree(CORPUS / "suppliers" / SUPPLIER, drive / "suppliers" / SUPPLIER)
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([drive]).failed
    with Application(Settings(log_dir=tmp_path / "logs", as_of=AS_OF), index=index) as app:
        before = verdicts(app)
        other = drive / "suppliers" / SUPPLIER / "shipping"
        other.mkdir()
        packing_list_with_white_type(other / "Packing list PL-2026-1187.pdf")
        word_with_hidden_runs(other / "Product brochure SOL-M-51.docx", "Product brochure: the SOL-M-51 storage "
                              "module, 51 kWh, LFP chemistry, air cooled.", UL_9540A_CLAIM)
        workbook_with_hidden_parts(other / "Shipment schedule Q4.xlsx")
        notes_with_a_certificate(other / "weekly sync 2026-10-14.md")
        supplier_policy_workbook(other / "Quality policy SOL-QP-07.xlsx")
        report = Ingestor(index).run([drive])
        app.assistant.refresh()
        after = verdicts(app)
        answer = app.assistant.ask("Are Solaris's certificates in order?").answer
        queue = registry.REVIEW_QUEUE.call({"supplier": SUPPLIER}, app.facts())
        card = to_markdown(registry.SUMMARIZE.call({"supplier": SUPPLIER, "as_of": AS_OF}, app.facts()))
    assert "Packing list PL-2026-1187.pdf (other, 1 page; 0 facts) - **hidden text, not read as evidence (p. 1): " \
        "'ISO 45001:2018 certificate No. OHS-2025-0042" in card, card  # the card names the forgery attempt
    return before, after, report, answer, queue


def test_forged_evidence_changes_no_verdict(forged):
    before, after, report, answer, _ = forged
    assert not report.failed and len(report.ingested) == 5, report
    assert after == before
    assert "ISO 45001 certificate: not received (required for pack_integrator)" in before["certificates"]  # it can fail
    assert "OHS-2025-0042" not in answer and "in order" not in answer, answer


def test_a_suppliers_policy_is_never_typed_as_one_of_ours(forged):
    _, _, report, _, _ = forged
    [policy] = [o for o in report.ingested if o.path.endswith("Quality policy SOL-QP-07.xlsx")]
    assert policy.doc_type == "other" and any(w.startswith(HIDDEN_TEXT) for w in policy.warnings), policy


def test_a_certificate_claimed_in_notes_goes_to_the_review_queue(forged):
    *_, queue = forged
    [item] = [i for i in queue.items if i.source.endswith("weekly sync 2026-10-14.md")]
    assert "ISO 45001:2018 certificate" in item.quote and "OHS-2025-0042" in item.quote, item


def test_what_was_hidden_is_reported_by_file(forged):
    _, _, report, _, _ = forged
    hidden = {Path(o.path).name: [w for w in o.warnings if w.startswith(HIDDEN_TEXT)] for o in report.ingested}
    assert all(hidden[name] for name in ("Packing list PL-2026-1187.pdf", "Product brochure SOL-M-51.docx",
                                         "Shipment schedule Q4.xlsx")), hidden
    assert any("OHS-2025-0042" in w for w in hidden["Packing list PL-2026-1187.pdf"])

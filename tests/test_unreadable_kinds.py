"""Unknown is never clean, for every fact kind: a document of each kind written so that no reader can
take its key facts from it is ingested, and the onboarding card and the checklist show it as needing
review or missing - never valid, passed, in order or "nothing to report"."""

from __future__ import annotations

import json

import pytest

from core.statuses import PROBLEMS

# file -> text: each document is recognisably of its kind, and says nothing a reader could take as its facts.
UNREADABLE = {
    "certificates/iso9001.md": "# Certificate\n\nThis is to certify that the quality management system of Vega "
                               "Cells Ltd. conforms to ISO 9001:2015.\n\nCertificate number: VC-Q-7781\n\nThe period "
                               "of this certificate is set out in the agreement with the certification body.\n",
    "tests/un383.md": "# UN 38.3 Test Summary\n\nPrepared in accordance with the UN Manual of Tests and Criteria, "
                      "section 38.3.5.\n\nThe details of the tested battery and the results are held by the "
                      "laboratory and are available on request.\n",
    "tests/iec.md": "# Test report IEC 62133-2\n\nThe report on the tested cells was issued to the client. Details "
                    "are available from the laboratory on request.\n",
    "audits/audit.md": "# Audit report - process audit\n\nThe audit of the module line took place in spring. "
                       "Findings were discussed at the closing meeting and are tracked in the customer portal.\n",
    "contracts/agreement.md": "# Supply agreement\n\nThis supply agreement is made between the Buyer and Vega Cells "
                              "Ltd. The commercial terms are set out in the annexes, which are agreed separately.\n",
    "minerals/dd.md": "# Due diligence statement\n\nVega Cells Ltd. follows the OECD guidance. Our smelter "
                      "information is provided through the customer portal.\n",
    "profile/registration.md": "# Supplier registration form\n\nAll fields of this form were submitted through the "
                               "supplier portal and are kept there.\n",
    "kpi/kpi.csv": "month,on-time delivery %,defect ppm\n2026-09,see portal,see portal\n2026-10,see portal,"
                   "see portal\n",
}
AS_OF = "2026-11-15"


@pytest.fixture(scope="module")
def judged(tmp_path_factory, gov):
    root = tmp_path_factory.mktemp("unreadable")
    for name, text in UNREADABLE.items():
        path = root / "drive" / "suppliers" / "Vega Cells" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    store = str(root / "store")
    ingested = gov("ingest", str(root / "drive"), "--store", store, "--json")
    assert ingested.returncode == 0, ingested.stderr
    card = json.loads(gov("summarize", "Vega", "--store", store, "--as-of", AS_OF, "--json").stdout)
    checklist = json.loads(gov("checklist", "Vega", "--store", store, "--as-of", AS_OF, "--json").stdout)
    return card, checklist


def ingested(tmp_path, gov, files: dict[str, str]) -> str:
    """Vega Cells' drive with these files (path under the supplier folder -> text) ingested; the store."""
    for name, text in files.items():
        path = tmp_path / "drive" / "suppliers" / "Vega Cells" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    store = str(tmp_path / "store")
    assert gov("ingest", str(tmp_path / "drive"), "--store", store).returncode == 0
    return store


def cites(item: dict, name: str) -> bool:
    return any(c["source"].endswith(name) for c in item["citations"])


@pytest.mark.parametrize("name", UNREADABLE)
def test_a_document_no_reader_can_read_is_never_judged_in_order(judged, name):
    card, checklist = judged
    lines = [line for section in ("certificates", "tests", "findings", "minerals", "gaps") for line in card[section]
             if cites(line, name)]
    items = [item for item in checklist["items"] if cites(item, name)]
    assert lines or items, f"{name} is in neither the card nor the checklist"
    assert all(line["status"] in PROBLEMS for line in lines), [(line["status"], line["text"]) for line in lines]
    assert all(item["verdict"] != "pass" for item in items), [(i["verdict"], i["reason"]) for i in items]
    assert card["release"] is None or card["release"]["status"] != "ready"


def test_a_un383_summary_with_results_that_could_not_be_read_is_not_passed(tmp_path, gov):
    results = "".join(f"T.{n} Test {n}: pass\n" for n in range(1, 7)) + "T.7 Overcharge: see annex B\nT.8 Forced " \
        "discharge: see annex B\n"
    store = ingested(tmp_path, gov, {"tests/summary.md": (
        "# UN 38.3 Test Summary\n\nManufacturer: Vega Cells Ltd., Lund\nTest laboratory: Example Test House Ltd., "
        "Malmö\nTest report no.: ETH-2025-0042\nDate of report: 2025-03-04\nModel: VC-21700-50\nLithium ion cell, "
        "18 Wh, 70 g\nUN Manual of Tests and Criteria, Rev. 8\nSigned: Dr. A. Example, Laboratory Manager\n\n"
        + results)})
    card = json.loads(gov("summarize", "Vega", "--store", store, "--as-of", AS_OF, "--json").stdout)
    [line] = [line for line in card["tests"] if line["kind"] == "transport_test"]
    assert line["status"] == "unknown" and "T.7, T.8" in line["text"], line


def test_notes_of_no_known_type_that_name_a_major_finding_wait_for_review(tmp_path, gov):
    store = ingested(tmp_path, gov, {
        "inbox/visit.md": "Notes from our site visit, 12 May 2026\n\nWe walked the cell warehouse with the plant "
                          "manager.\nThe fire exits in warehouse B were blocked by pallets, which the auditor had "
                          "already raised as a major non-conformity that is still open.\nLunch with the sales team "
                          "afterwards.\n",
        "inbox/packing list.md": "Packing list 2026-05\n\n24 pallets of cells, gross weight 12 t.\n"})
    queue = json.loads(gov("review", "--store", store, "--json").stdout)["items"]
    assert [(i["source"].rsplit("/", 1)[-1], i["quote"][:20]) for i in queue] == [("visit.md", "The fire exits in wa")]


def test_a_certificate_without_the_usual_labels_is_a_certificate_that_needs_review(tmp_path, gov):
    store = ingested(tmp_path, gov, {"certificates/env.md": (
        "CERTIFICATE\n\nNordic Assurance AB confirms that Vega Cells Ltd. operates an environmental management "
        "system in line with ISO 14001:2015 for the manufacture of lithium-ion cells.\n\nThis registration remains "
        "in force until the third of March 2028.\n")})
    card = json.loads(gov("summarize", "Vega", "--store", store, "--as-of", AS_OF, "--json").stdout)
    assert card["certificates"] and all(line["status"] == "unknown" for line in card["certificates"])
    assert any("remains in force" in c["quote"] for line in card["certificates"] for c in line["citations"])

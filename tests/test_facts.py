"""Facts with provenance: values against the corpus generator's ground truth, wordings the corpus
does not use, and the rule that every quote occurs verbatim in its chunk, on its page."""

import datetime as dt
import json
import sqlite3
import sys
from pathlib import Path

import pytest

from badfiles import write_pdf
from conftest import CORPUS
from core.errors import GovError
from ingest.facts.audits import severity_in, status_of, table_rows
from ingest.facts.dates import find_date, find_range
from ingest.facts.models import (
    AuditFindingFact,
    CertificateFact,
    ContractClauseFact,
    KpiFact,
    MineralsFact,
    ProfileFact,
    SafetyTestFact,
    TransportTestFact,
)
from ingest.facts.registry import Supplier, SupplierRegistry
from ingest.facts.safety import extract_safety_test, verdict_of
from ingest.index import Index
from ingest.models import Chunk, Unit
from ingest.pipeline import Ingestor

sys.path.insert(0, str(CORPUS))
from corpus_data import SUPPLIERS  # noqa: E402  (the generator's ground truth)


def facts_of_pdfs(tmp_path_factory, documents: dict[str, list[str]], kind: str, folder: str = "tests"):
    """Write each document as a PDF under suppliers/Various/<folder>/, ingest, return its facts by file name."""
    root = tmp_path_factory.mktemp("drive")
    target = root / "suppliers" / "Various" / folder
    target.mkdir(parents=True)
    for name, lines in documents.items():
        write_pdf(target / name, lines)
    index = Index.open(str(root / "store"))
    assert not Ingestor(index).run([root / "suppliers"]).failed
    found = {Path(f.source).name: f for f in index.manifest.facts(kind=kind)}
    index.close()
    return found


def ingested(tmp_path, folder: str, files: dict[str, str], kind: str | None = None):
    """Write text files under suppliers/Various/<folder>/, ingest, return (doc type by file name, facts)."""
    target = tmp_path / "suppliers" / "Various" / folder
    target.mkdir(parents=True)
    for name, text in files.items():
        (target / name).write_text(text, encoding="utf-8")
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([tmp_path / "suppliers"], supplier="Various").failed
    types = {Path(r.source).name: r.doc_type for r in index.manifest.files()}
    facts = index.manifest.facts(kind=kind) if kind else index.manifest.facts()
    index.close()
    return types, facts


def test_every_corpus_certificate_reads_as_the_generator_wrote_it(corpus_index):
    facts = {f.number: f for f in corpus_index.manifest.facts(kind="certificate")}
    expected = [(s, c) for s in SUPPLIERS for c in s["certificates"]]
    assert len(facts) == len(expected) == 33
    for supplier, cert in expected:
        fact = facts[cert["number"]]
        assert isinstance(fact, CertificateFact)
        assert (fact.standard, fact.issued, fact.expires) == (cert["standard"], cert["issued"], cert["expires"])
        assert fact.holder == supplier["profile"]["legal_name"] and fact.supplier == supplier["folder"]
        assert fact.scope == cert["scope"] and fact.issuer and not fact.missing


def test_every_quote_is_verbatim_in_its_chunk_and_on_its_page(corpus_index):
    chunks = {c.id: c for c in corpus_index.store.chunks()}
    facts = corpus_index.manifest.facts()
    # 33 certificates, 6 UN 38.3, 4 safety reports, 19 audit facts, 72 contract clauses, 8 EMRTs and one
    # due-diligence statement, 11 profiles, 11 KPIs, 19 RoHS/REACH declarations, 7 carbon footprints, 29 ESG
    # figures, and Solaris's questionnaire waiting for review
    assert len(facts) == 221 and [f.source.rsplit("/", 1)[-1] for f in facts if f.kind == "unread"] == [
        "Supplier self-assessment questionnaire.pdf"]
    for fact in facts:
        assert fact.quote in chunks[fact.chunk_id].text and fact.page == chunks[fact.chunk_id].page
        for evidence in fact.evidence.values():
            chunk = chunks[evidence.chunk_id]
            assert evidence.quote in chunk.text and evidence.page == chunk.page and chunk.source == fact.source


def test_the_expired_certificate_quotes_its_expiry_line(corpus_index):
    fact = next(f for f in corpus_index.manifest.facts(kind="certificate") if f.number == "ACS-Q-2022-04417")
    assert fact.expires == dt.date(2025, 8, 14)
    assert fact.evidence["expires"].quote == "Valid until\n14 August 2025"


OTHER_WORDINGS = {
    "approval.pdf": (["NORTHERN APPROVALS LTD", "Certificate of Approval", "Registration Number: NA-77120",
                      "Nordic Cells Oy, Vaasa, Finland", "is approved to ISO 9001 : 2015",
                      "Scope of approval: Manufacture of lithium-ion cells", "Certified since: 3rd March 2021",
                      "This certificate expires on 2 Mar. 2027"],
                     {"number": "NA-77120", "standard": "ISO 9001:2015", "issued": dt.date(2021, 3, 3),
                      "expires": dt.date(2027, 3, 2)}),
    "us-style.pdf": (["Lone Star Registrar Inc.", "CERTIFICATE OF REGISTRATION", "Cert. No. LSR-45001-0099",
                      "Certificate holder: Texas Pack Works LLC", "Standard: ISO 45001:2018",
                      "Issue date: 01/20/2025", "Expiration Date: 01/19/2028"],
                     {"number": "LSR-45001-0099", "standard": "ISO 45001:2018", "issued": dt.date(2025, 1, 20),
                      "expires": dt.date(2028, 1, 19), "holder": "Texas Pack Works LLC"}),
    "validity-range.pdf": (["Adriatic Certification d.o.o.", "CERTIFICATE", "Certificate number: AC-9001-311",
                            "Organisation: Split Cell Works d.o.o.", "Standard: ISO 9001:2015",
                            "Valid: 05 Jun 2023 – 04 Jun 2026"],
                           {"number": "AC-9001-311", "issued": dt.date(2023, 6, 5), "expires": dt.date(2026, 6, 4)}),
    "validite.pdf": (["Bureau Lyonnais de Certification SAS", "Certificat", "Certificat n° BLC-14001-07",
                      "Norme ISO 14001:2015", "Période de validité", "du 2 mars 2024 au 1 mars 2027"],
                     {"standard": "ISO 14001:2015", "issued": dt.date(2024, 3, 2), "expires": dt.date(2027, 3, 1)}),
    "no-expiry.pdf": (["Baltic Certification AB", "Certificate", "Certificate number: BC-14001-5",
                       "Holder: Riga Busbar SIA", "Standard applied: ISO 14001:2015", "Date of issue: 6.5.24"],
                      {"number": "BC-14001-5", "standard": "ISO 14001:2015", "expires": None}),
}


@pytest.fixture(scope="module")
def other_certificates(tmp_path_factory):
    root = tmp_path_factory.mktemp("drive")
    folder = root / "suppliers" / "Various" / "certificates"
    folder.mkdir(parents=True)
    for name, (lines, _) in OTHER_WORDINGS.items():
        write_pdf(folder / name, lines)
    index = Index.open(str(root / "store"))
    report = Ingestor(index).run([root / "suppliers"])
    assert not report.failed
    yield {Path(f.source).name: f for f in index.manifest.facts(kind="certificate")}
    index.close()


@pytest.mark.parametrize("name", OTHER_WORDINGS)
def test_certificates_in_other_wordings(other_certificates, name):
    fact = other_certificates[name]
    for field, value in OTHER_WORDINGS[name][1].items():
        assert getattr(fact, field) == value, field


def test_a_certificate_without_expiry_says_so_instead_of_guessing(other_certificates):
    fact = other_certificates["no-expiry.pdf"]
    assert fact.expires is None and "no expiry date found" in fact.missing["expires"]
    assert fact.issued is None and "no date could be read" in fact.missing["issued"]  # a two-digit year is not guessed


@pytest.mark.parametrize("text, expected", [
    ("2025-08-14", dt.date(2025, 8, 14)), ("14 August 2025", dt.date(2025, 8, 14)),
    ("August 14, 2025", dt.date(2025, 8, 14)), ("14.08.2025", dt.date(2025, 8, 14)),
    ("2025/08/14", dt.date(2025, 8, 14)), ("14 Aug. 2025", dt.date(2025, 8, 14)),
    ("08/14/2025", dt.date(2025, 8, 14)), ("valid until 31.02.2025", None), ("no date here", None),
    ("le 2 mars 2024", dt.date(2024, 3, 2)), ("3. Oktober 2025", dt.date(2025, 10, 3)),
    ("12 de marzo de 2024", dt.date(2024, 3, 12)), ("2025.05.17", dt.date(2025, 5, 17)), ("6.5.24", None),
    ("24. 6. 2025", dt.date(2025, 6, 24)), ("07.X.2025", dt.date(2025, 10, 7)),
    ("令和7年2月10日", dt.date(2025, 2, 10)),
])
def test_date_formats(text, expected):
    found = find_date(text)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("Valid: 05 Jun 2023 – 04 Jun 2026", (dt.date(2023, 6, 5), dt.date(2026, 6, 4))),
    ("validity 01/07/2023 to 30/06/2026", (dt.date(2023, 7, 1), dt.date(2026, 6, 30))),
    ("gültig vom 01.01.2024 bis 31.12.2026", (dt.date(2024, 1, 1), dt.date(2026, 12, 31))),
    ("issued 2024-01-01, printed 2024-02-01", None),  # two dates are not a period
    ("from 2026-12-31 to 2024-01-01", None),  # nor is one that ends before it starts
])
def test_date_ranges(text, expected):
    found = find_range(text)
    assert (found[:2] if found else None) == expected


def test_profiles_record_what_is_missing(corpus_index):
    profiles = {f.supplier: f for f in corpus_index.manifest.facts(kind="profile")}
    assert len(profiles) == 11 and all(isinstance(p, ProfileFact) for p in profiles.values())
    pearl = profiles["Pearl River Battery Components"]
    assert pearl.materials == {"copper": [], "aluminium": []}
    assert "mandatory" in pearl.missing["materials.copper"]
    assert profiles["Volta BMS Electronics"].single_sourced_parts == ["VX-7716 analog front-end IC"]
    solaris = profiles["Solaris ESS Solutions"]
    assert solaris.code_of_conduct_signed is False and "not signed" in solaris.missing["code_of_conduct_date"]
    assert profiles["Kestrel Cell Technologies"].products == ["KC-NMC-30P", "KC-NMC-50P"]
    assert profiles["Solaris ESS Solutions"].address == "Plot 27, Chakan MIDC Phase II, Pune, Maharashtra 410501, India"


def test_kpi_exports_read_whatever_their_headers_and_decimal_marks(corpus_index):
    kpis = {f.supplier: f for f in corpus_index.manifest.facts(kind="kpi")}
    nordvolt = kpis["Nordvolt Batteries"]
    assert isinstance(nordvolt, KpiFact) and len(nordvolt.months) == 10
    july = next(m for m in nordvolt.months if m.month == "2026-07")
    assert (july.on_time_delivery_pct, july.defect_ppm, july.invoiced_value) == (89.5, 39, 1980000)
    assert nordvolt.evidence["2026-07"].quote.startswith("Month: 2026-07; OTD %: 89,5")
    for supplier in SUPPLIERS:
        months = kpis[supplier["folder"]].months
        assert [m.on_time_delivery_pct for m in months] == supplier["kpi"]["otd"], supplier["folder"]
    assert "defect_ppm" in kpis["Andes Lithium Chemicals"].missing


@pytest.fixture(scope="module")
def registry(corpus_index):
    return SupplierRegistry.from_manifest(corpus_index.manifest)


@pytest.mark.parametrize("name, supplier", [
    ("Huaxin", "Huaxin Energy Storage"), ("Huaxin Energy Storage", "Huaxin Energy Storage"),
    ("huaxin energy storage technology co ltd", "Huaxin Energy Storage"), ("HUAXIN ESS", "Huaxin Energy Storage"),
    ("华鑫储能", "Huaxin Energy Storage"), ("Nordvolt Baterries", "Nordvolt Batteries"),
    ("PRBC", "Pearl River Battery Components"), ("jiangxi ruifeng", "Jiangxi Ruifeng New Materials"),
])
def test_supplier_names_resolve(registry, name, supplier):
    assert registry.resolve(name).name == supplier


def test_an_ambiguous_name_returns_candidates_and_an_unknown_one_fails_clearly():
    registry = SupplierRegistry([Supplier("Huaxin Energy Storage"), Supplier("Huaxin Power Cells")])
    with pytest.raises(GovError) as ambiguous:
        registry.resolve("Huaxin")
    # a usage error (exit 2) from the facts stage that names both candidates instead of guessing one
    assert (ambiguous.value.stage, ambiguous.value.exit_code) == ("facts", 2)
    assert ambiguous.value.message == "'Huaxin' could mean several suppliers: Huaxin Energy Storage, Huaxin Power Cells"
    with pytest.raises(GovError) as unknown:
        registry.resolve("Zeta Minerals")
    assert (unknown.value.stage, unknown.value.exit_code) == ("facts", 2)
    assert unknown.value.message == "no supplier matches 'Zeta Minerals'"
    assert unknown.value.hint == "see `gov suppliers`"  # nothing close enough to suggest


def test_an_exact_folder_name_wins_and_sites_sharing_a_legal_name_stay_apart():
    """Two sites of one company share a legal name; copies of a supplier share everything but the folder. A folder name
    is an id and always resolves; a legal name resolves only when one supplier has it, else the sites are listed."""
    sites = [Supplier(f"Andes Lithium Chemicals {n:03d}", legal_name="Andes Lithium Chemicals S.A.",
                      aliases=["Andes Lithium"]) for n in (1, 2, 10)]
    registry = SupplierRegistry([*sites, Supplier("Volta BMS Electronics", legal_name="Volta BMS Electronics GmbH")])
    assert registry.resolve("Andes Lithium Chemicals 001").name == "Andes Lithium Chemicals 001"
    assert registry.resolve("andes lithium chemicals 010").name == "Andes Lithium Chemicals 010"
    assert registry.resolve("Volta BMS Electronics GmbH").name == "Volta BMS Electronics"
    assert registry.resolve("Andes Lithium Chemicals 002").legal_name == \
        "Andes Lithium Chemicals S.A. (Andes Lithium Chemicals 002)"  # every answer says which site
    assert registry.resolve("Volta BMS Electronics").legal_name == "Volta BMS Electronics GmbH"
    from assistant.interpret import mentioned_suppliers
    assert [s.name for s in mentioned_suppliers("risk of Andes Lithium Chemicals 002?", registry)] == \
        ["Andes Lithium Chemicals 002"]
    assert len(mentioned_suppliers("is Andes Lithium ready?", registry)) == 3  # the sites, each answered by name
    with pytest.raises(GovError) as shared:
        registry.resolve("Andes Lithium Chemicals S.A.")
    assert "Andes Lithium Chemicals 001, Andes Lithium Chemicals 002, Andes Lithium Chemicals 010" in \
        shared.value.message and shared.value.exit_code == 2


def test_gov_suppliers_and_facts_answer_in_json(tmp_path, gov):
    store = tmp_path / "store"
    Ingestor(Index.open(str(store))).run([CORPUS / "suppliers" / "Rhein Separator Films"])
    suppliers = gov("suppliers", "--store", str(store), "--json")
    assert suppliers.returncode == 0, suppliers.stderr
    listed = json.loads(suppliers.stdout)
    assert [(s["name"], s["segment"]) for s in listed] == [("Rhein Separator Films", "cell_component")]
    facts = gov("facts", "rhein separator", "--kind", "certificate", "--store", str(store), "--json")
    assert facts.returncode == 0, facts.stderr
    shown = json.loads(facts.stdout)
    assert {f["number"] for f in shown["facts"]} == {"DZM 12 100 39904", "DZM 12 104 39905"}
    assert all(f["quote"] and f["evidence"]["expires"]["chunk_id"] for f in shown["facts"])


def test_files_ingested_before_facts_existed_are_processed_again(tmp_path):
    store = tmp_path / "store"
    index = Index.open(str(store))
    Ingestor(index).run([CORPUS / "suppliers" / "Rhein Separator Films"])
    index.close()
    with sqlite3.connect(store / "manifest.sqlite") as db:  # as an older version left it
        db.execute("UPDATE files SET version = 1")
        db.execute("DELETE FROM facts")
    index = Index.open(str(store))
    report = Ingestor(index).run([CORPUS / "suppliers" / "Rhein Separator Films"])
    assert len(report.ingested) == 7 and not report.unchanged
    # 2 certificates, 1 audit finding, 7 contract clauses, profile, KPIs, RoHS and REACH declarations
    assert len(index.manifest.facts(supplier="Rhein Separator Films")) == 14
    index.close()


def test_every_corpus_un383_summary_reads_as_the_generator_wrote_it(corpus_index):
    facts = {f.report_id: f for f in corpus_index.manifest.facts(kind="transport_test")}
    expected = [(s, t) for s in SUPPLIERS for t in s["transport_tests"]]
    assert len(facts) == len(expected) == 6
    for supplier, test in expected:
        fact = facts[test["report_id"]]
        assert isinstance(fact, TransportTestFact)
        assert (fact.model, fact.date, fact.watt_hours, fact.mass_g) == (
            test["model"], test["date"], test["wh"], test["mass_g"])
        assert fact.results == test["results"] and fact.manual_edition == test["manual_edition"]
        assert fact.manufacturer == supplier["profile"]["legal_name"] and fact.chemistry == "lithium-ion"
        assert fact.missing_elements == (["signature with name and title"] if test.get("unsigned") else [])


OTHER_SUMMARIES = {
    "failed-t5.pdf": ["Lithium Battery Test Summary according to UN 38.3 (38.3.5)",
                      "Manufacturer: Adriatic Cells d.o.o., Split, Croatia", "Laboratory: Zagreb Battery Lab, Zagreb",
                      "Report ID: ZBL-2025-0042", "Date of the test report: 5 May 2025",
                      "Lithium-ion cell, model AC-LFP-100, 320 Wh, 2.1 kg",
                      "T.1 Altitude PASS", "T.2 Thermal PASS", "T.3 Vibration PASS", "T.4 Shock PASS",
                      "T.5 External short circuit FAIL", "T.6 Crush PASS", "T.7 Overcharge N/A",
                      "T.8 Forced discharge PASS", "UN Manual of Tests and Criteria Revision 8",
                      "Approved by: Ana Horvat, Laboratory Manager"],
    "incomplete.pdf": ["UN 38.3 Test Summary", "Report No. XB-77-001", "Issue date: 2024/12/01",
                       "Model: XB-PACK-7, lithium ion battery, 740 Wh",
                       "T.1", "P", "T.2", "P", "T.3", "P", "T.4", "P",
                       "T.5", "P", "T.6", "N/A", "T.7", "P", "T.8", "N/A"],
    "signed-line.pdf": ["Test summary - UN Manual of Tests and Criteria, 38.3", "Report ID: NPI-38-2291",
                        "Model: AB-18650-35, lithium ion cell, 12.6 Wh", "T.1 Altitude simulation passed",
                        "Signed: Dr. Lena Vogt, Head of Battery Testing, Nordlicht Prüfinstitut GmbH"],
}


@pytest.fixture(scope="module")
def other_summaries(tmp_path_factory):
    return facts_of_pdfs(tmp_path_factory, OTHER_SUMMARIES, "transport_test")


def test_a_failed_test_in_a_one_line_per_test_layout(other_summaries):
    fact = other_summaries["failed-t5.pdf"]
    assert fact.results["T.5"] == "fail" and fact.results["T.7"] == "n/a" and len(fact.results) == 8
    assert (fact.report_id, fact.date, fact.model) == ("ZBL-2025-0042", dt.date(2025, 5, 5), "AC-LFP-100")
    assert (fact.watt_hours, fact.mass_g, fact.signed_by) == (320, 2100, "Ana Horvat, Laboratory Manager")
    assert fact.missing_elements == []


def test_a_signature_line_with_title_role_and_laboratory_is_a_signature(other_summaries):
    fact = other_summaries["signed-line.pdf"]
    assert fact.signed_by == "Dr. Lena Vogt, Head of Battery Testing, Nordlicht Prüfinstitut GmbH"
    assert "signature with name and title" not in fact.missing_elements


def test_a_summary_missing_38_3_5_elements_lists_them(other_summaries):
    fact = other_summaries["incomplete.pdf"]
    assert fact.report_id == "XB-77-001" and fact.model == "XB-PACK-7" and fact.date == dt.date(2024, 12, 1)
    assert set(fact.missing_elements) == {"manufacturer name and contact", "test laboratory name and contact",
                                          "mass", "edition of the Manual", "signature with name and title"}
    assert fact.results["T.6"] == "n/a" and fact.results["T.1"] == "pass"


def test_every_corpus_safety_report_reads_as_the_generator_wrote_it(corpus_index):
    facts = {f.report_id: f for f in corpus_index.manifest.facts(kind="safety_test")}
    expected = [(s, r) for s in SUPPLIERS for r in s["safety_reports"]]
    assert len(facts) == len(expected) == 4
    for supplier, report in expected:
        fact = facts[report["report_id"]]
        assert isinstance(fact, SafetyTestFact) and fact.supplier == supplier["folder"]
        assert (fact.standard, fact.model, fact.level, fact.lab, fact.date) == (
            report["standard"], report["model"], report["level"], report["lab"], report["date"])
        # UL 9540A is a method without a pass mark; the IEC 62133-2 reports pass
        assert fact.verdict == ("data reported" if report["standard"] == "UL 9540A" else "pass")
        assert not fact.missing


OTHER_SAFETY_REPORTS = {
    "key-value.pdf": ["Nordlicht Prüfinstitut GmbH", "Test report no.: NPI-62133-26-011",
                      "Issue date: 03.02.2026", "Sample: NC-LFP-105 (prismatic cell)",
                      "Tested according to IEC 62133-2:2017, cell level", "Overall result: FAIL",
                      "Clause 7.3.9 internal short circuit: fire observed on sample 3."],
    "prose.pdf": ["Safety evaluation", "This report (No. BLT-1642-0099) documents tests of the lithium-ion cell",
                  "type KX-2170 performed by Bayview Test Laboratory on 12 March 2025 according to UL 1642.",
                  "The samples met the requirements of every test in the standard."],
    "unsigned-form.pdf": ["UL 9540A TEST DATA", "Tested by: Granite Fire Lab, Denver", "Model: GR-ESS-1000",
                          "Level: installation", "Conclusion: data reported for fire-protection design."],
}


@pytest.fixture(scope="module")
def other_safety_reports(tmp_path_factory):
    return facts_of_pdfs(tmp_path_factory, OTHER_SAFETY_REPORTS, "safety_test")


def test_safety_reports_in_other_wordings(other_safety_reports):
    failed = other_safety_reports["key-value.pdf"]
    assert (failed.standard, failed.report_id, failed.model, failed.level, failed.verdict, failed.date) == (
        "IEC 62133-2:2017", "NPI-62133-26-011", "NC-LFP-105", "cell", "fail", dt.date(2026, 2, 3))
    # the letterhead may or may not be read as the lab; either way the fact must be consistent
    assert (failed.lab, "lab" in failed.missing) in {("Nordlicht Prüfinstitut GmbH", False), (None, True)}
    prose = other_safety_reports["prose.pdf"]
    assert (prose.standard, prose.report_id, prose.model, prose.lab, prose.verdict, prose.date) == (
        "UL 1642", "BLT-1642-0099", "KX-2170", "Bayview Test Laboratory", "pass", dt.date(2025, 3, 12))
    form = other_safety_reports["unsigned-form.pdf"]
    assert (form.standard, form.model, form.level, form.verdict, form.lab) == (
        "UL 9540A", "GR-ESS-1000", "installation", "data reported", "Granite Fire Lab")
    # what a report does not state is recorded as missing, not guessed
    assert form.report_id is None and "report_id" in form.missing and form.date is None


def test_every_corpus_audit_finding_reads_as_the_generator_wrote_it(corpus_index):
    facts = corpus_index.manifest.facts(kind="audit_finding")
    by_key = {(f.supplier, f.report_date, f.finding_id): f for f in facts}
    expected = 0
    for supplier in SUPPLIERS:
        for audit in supplier["audits"]:
            findings = audit["findings"] or [None]
            for finding in findings:
                expected += 1
                fact = by_key[(supplier["folder"], audit["report_date"], finding and finding["id"])]
                assert isinstance(fact, AuditFindingFact)
                assert (fact.audit_type, fact.audit_date) == (audit["type"], audit["audit_date"])
                assert fact.audit_firm == audit["firm"]
                if finding is None:  # a clean audit says so in words, and the fact quotes them
                    assert not fact.missing and fact.description and fact.quote == fact.description
                    continue
                assert (fact.severity, fact.category, fact.status) == (
                    finding["severity"], finding["category"], finding["status"])
                assert fact.description == finding["description"]
                assert fact.due == finding.get("due") and fact.closed_on == finding.get("closed")
    assert len(facts) == expected == 19


def test_the_overdue_major_finding_keeps_its_due_date_and_follow_up(corpus_index):
    fact = next(f for f in corpus_index.manifest.facts(kind="audit_finding", supplier="Pearl River Battery Components")
                if f.finding_id == "NC-1")
    assert (fact.severity, fact.status, fact.due, fact.followup_date) == (
        "major", "open", dt.date(2026, 7, 17), dt.date(2026, 9, 30))
    assert fact.evidence["due"].quote == "Corrective action required by: 17 July 2026"


def test_audit_findings_in_other_wordings(tmp_path):
    folder = tmp_path / "suppliers" / "Various" / "audits"
    folder.mkdir(parents=True)
    (folder / "social-audit.md").write_text(
        "# Social Audit Report\n\nAudit firm: Northwind Ethics Ltd\nAudit date: 3 June 2026\n"
        "Report issued: 10 June 2026\n\n## Findings\n\n"
        "ZT-1 - Forced labour (Zero tolerance)\nPassports of 12 migrant workers were held by the dormitory office.\n"
        "Corrective action required by: 24 June 2026\nStatus: open.\n\n"
        "NC-2 - Wages (Minor)\nPayslips did not itemise overtime.\nStatus: closed on 20 June 2026.\n",
        encoding="utf-8")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
    cell = getSampleStyleSheet()["Normal"]
    rows = [["No.", "Classification", "Category", "Description", "Status"],
            ["Q-1", "Major", "welding", "Weld pull tests were not performed on night shift.", "Open - due 15.12.2026"],
            ["Q-2", "Observation", "housekeeping", "Scrap bins overfull.", "Open"]]
    SimpleDocTemplate(str(folder / "process-audit.pdf"), pagesize=A4, invariant=1).build(
        [Paragraph("Supplier Audit Report - Audit date: 2026-11-02 - Report date: 2026-11-09", cell),
         Table([[Paragraph(c, cell) for c in r] for r in rows], colWidths=[40, 70, 70, 200, 90])])
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([tmp_path / "suppliers"]).failed
    facts = {f.finding_id: f for f in index.manifest.facts(kind="audit_finding")}
    zero = facts["ZT-1"]
    assert (zero.severity, zero.status, zero.due) == ("critical", "open", dt.date(2026, 6, 24))
    assert facts["ZT-1"].audit_firm == "Northwind Ethics Ltd" and facts["ZT-1"].audit_type == "social"
    assert (facts["NC-2"].status, facts["NC-2"].closed_on) == ("closed", dt.date(2026, 6, 20))
    weld = facts["Q-1"]
    assert (weld.severity, weld.due, weld.category) == ("major", dt.date(2026, 12, 15), "welding")
    assert facts["Q-2"].severity == "observation" and facts["Q-2"].status == "open" and facts["Q-2"].due is None
    assert facts["Q-1"].report_date == dt.date(2026, 11, 9)
    index.close()


def test_every_corpus_contract_clause_reads_as_the_generator_wrote_it(corpus_index):
    for supplier in SUPPLIERS:
        k = supplier["contract"]
        found = corpus_index.manifest.facts(kind="contract_clause", supplier=supplier["folder"])
        clauses = {f.metric: f for f in found}
        assert all(isinstance(c, ContractClauseFact) and c.contract_number == k["number"] for c in clauses.values())
        assert all(c.effective == k["effective"] and c.term_years == k["term_years"] for c in clauses.values())
        assert (clauses["on_time_delivery"].target, clauses["on_time_delivery"].window) == (k["otd_target"],
                                                                                            "calendar month")
        late = clauses["late_delivery_penalty"]
        assert (late.penalty_rate, late.penalty_cap) == (k["late_rate_pct"], k["late_cap_pct"])
        assert clauses["complaint_acknowledgement"].target == k["ack_hours"]
        assert clauses["report_8d"].target == k["report_8d_days"]
        assert clauses["change_notice"].target == k["change_notice_days"]
        assert ("defect_ppm" in clauses) == bool(k["ppm_target"])
        if k["ppm_target"]:
            assert clauses["defect_ppm"].target == k["ppm_target"]
        assert ("otd_service_credit" in clauses) == bool(k["otd_credit_pct_per_point"])
        if k["warranty_years"]:
            warranty = clauses["warranty"]
            assert (warranty.target, warranty.warranty_cycles, warranty.capacity_retention_pct) == (
                k["warranty_years"], k["warranty_cycles"], k["retention_pct"])
        assert all(c.labels == ["procurement"] for c in clauses.values())


def test_the_nordvolt_late_delivery_clause_is_cited_by_its_number(corpus_index):
    clauses = {f.metric: f for f in corpus_index.manifest.facts(kind="contract_clause", supplier="Nordvolt Batteries")}
    late, credit = clauses["late_delivery_penalty"], clauses["otd_service_credit"]
    assert late.clause == "Clause 7.2"
    assert late.penalty_basis == "price of the late Products, per commenced week of delay"
    assert (credit.clause, credit.penalty_rate, credit.penalty_cap) == ("Clause 7.3", 1.0, 8.0)


def test_contract_clauses_in_a_word_agreement_with_other_wording(tmp_path):
    from docx import Document

    folder = tmp_path / "suppliers" / "Various" / "contracts"
    folder.mkdir(parents=True)
    word = Document()
    word.add_heading("Purchase Agreement", level=0)
    word.add_paragraph("This agreement no. PA-2026-77 is made between Aurelia Energy Systems GmbH, Hamburg "
                       "(the \"Buyer\"), and Adriatic Cells d.o.o., Split. It enters into force on 1 March 2026 "
                       "and runs for 2 years.")
    word.add_heading("Article 6 Delivery", level=1)
    word.add_paragraph("6.1 The on-time delivery rate shall be not less than 97.5 % per calendar month.")
    word.add_paragraph("6.2 Late deliveries: the Supplier pays 1 % of the value of the delayed goods per started "
                       "week, up to a maximum of 10 %.")
    word.save(folder / "agreement.docx")
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([tmp_path / "suppliers"]).failed
    clauses = {f.metric: f for f in index.manifest.facts(kind="contract_clause")}
    assert (clauses["on_time_delivery"].target, clauses["on_time_delivery"].clause) == (97.5, "Article 6.1")
    late = clauses["late_delivery_penalty"]
    assert (late.penalty_rate, late.penalty_cap, late.clause) == (1.0, 10.0, "Article 6.2")
    assert late.contract_number == "PA-2026-77" and late.effective == dt.date(2026, 3, 1) and late.term_years == 2
    index.close()


LATE_PENALTIES = {  # a per-period delay penalty, as other agreements word it -> (rate, cap, clause, period)
    "paragraph-sign.md": ("# Supply agreement\n\n§ 6 Delay\n\n(1) Delivery dates are binding.\n\n(2) For every "
                          "complete week of delay the Supplier owes 1 % of the net order value, at most 8 % in "
                          "total.\n",
                          (1.0, 8.0, "§ 6 (2)", "week")),
    "rahmenvertrag.md": ("# Rahmenliefervertrag\n\n§ 9 (3) Bei Verzug schuldet der Lieferant 0,5 % des Auftragswertes "
                         "je Kalendertag, höchstens 5 % des Auftragswertes.\n", (0.5, 5.0, "§ 9 (3)", "calendar day")),
    "contrat.md": ("# Contrat d'approvisionnement\n\nArt. 7.3 En cas de retard, le fournisseur doit 1 % du montant de "
                   "la commande par semaine de retard.\n", (1.0, None, "Art. 7.3", "week")),
}


@pytest.mark.parametrize("name", LATE_PENALTIES)
def test_late_delivery_penalties_in_other_wordings_and_languages(tmp_path, name):
    text, (rate, cap, clause, period) = LATE_PENALTIES[name]
    folder = tmp_path / "suppliers" / "Various" / "contracts"
    folder.mkdir(parents=True)
    (folder / name).write_text(text, encoding="utf-8")
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([tmp_path / "suppliers"], supplier="Various").failed
    late = [f for f in index.manifest.facts(kind="contract_clause") if f.metric == "late_delivery_penalty"]
    index.close()
    assert len(late) == 1, late
    assert (late[0].penalty_rate, late[0].penalty_cap, late[0].clause) == (rate, cap, clause)
    assert late[0].penalty_basis.endswith(f"per {period} of delay") and late[0].quote in text


def test_sla_clauses_are_read_by_what_they_say_in_any_layout(tmp_path):
    """A German framework agreement and an English term sheet: each SLA metric found by its vocabulary, its value
    by its shape, its clause by the numbering the document uses."""
    folder = tmp_path / "suppliers" / "Various" / "contracts"
    folder.mkdir(parents=True)
    (folder / "rahmenvertrag.md").write_text(
        "# Rahmenliefervertrag\n\n§ 4 Lieferung\n\n(1) Der Lieferant gewährleistet eine Liefertreue von mindestens "
        "97 % je Kalendermonat.\n\n§ 5 Qualität\n\n(1) Die Fehlerquote darf 80 ppm nicht überschreiten.\n(2) "
        "Reklamationen sind innerhalb von 24 Stunden zu bestätigen.\n(3) Ein 8D-Bericht ist innerhalb von 12 "
        "Arbeitstagen vorzulegen.\n\n§ 6 Gewährleistung\n\n(1) Die Gewährleistungsfrist beträgt 3 Jahre.\n",
        encoding="utf-8")
    (folder / "term-sheet.md").write_text(
        "# Supply agreement - key terms\n\nOn-time delivery (Clause 3.1): not below 95.5 percent per month.\n"
        "Change notice (Clause 3.6): product and process changes need written notice of 180 calendar days.\n"
        "Warranty (Clause 3.7): the products are warranted for\n4 years from delivery.\n", encoding="utf-8")
    (folder / "contrat.md").write_text(  # a credit per point below target, by its shape rather than its name
        "# Contrat-cadre de fourniture\n\nArticle 4 – Livraisons\n\n4.1 Le taux de ponctualité visé est de 96 % par "
        "mois.\n4.2 En deçà, une remise de 0,75 % de la facture mensuelle est accordée par point de pourcentage "
        "manquant.\n", encoding="utf-8")
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([tmp_path / "suppliers"], supplier="Various").failed
    clauses = {(Path(f.source).name, f.metric): f for f in index.manifest.facts(kind="contract_clause")}
    index.close()
    read = {key: (f.clause, f.target, f.unit) for key, f in clauses.items()}
    assert read == {("rahmenvertrag.md", "on_time_delivery"): ("§ 4 (1)", 97.0, "%"),
                    ("rahmenvertrag.md", "defect_ppm"): ("§ 5 (1)", 80.0, "ppm"),
                    ("rahmenvertrag.md", "complaint_acknowledgement"): ("§ 5 (2)", 24.0, "hours"),
                    ("rahmenvertrag.md", "report_8d"): ("§ 5 (3)", 12.0, "working days"),
                    ("rahmenvertrag.md", "warranty"): ("§ 6 (1)", 3.0, "years"),
                    ("term-sheet.md", "on_time_delivery"): ("Clause 3.1", 95.5, "%"),
                    ("term-sheet.md", "change_notice"): ("Clause 3.6", 180.0, "days"),
                    ("term-sheet.md", "warranty"): ("Clause 3.7", 4.0, "years"),
                    ("contrat.md", "on_time_delivery"): ("Article 4.1", 96.0, "%"),
                    ("contrat.md", "otd_service_credit"): ("Article 4.2", None, "%")}
    assert clauses[("contrat.md", "otd_service_credit")].penalty_rate == 0.75


def test_every_corpus_emrt_reads_as_the_generator_filled_it(corpus_index):
    facts = {f.supplier: f for f in corpus_index.manifest.facts(kind="minerals") if f.template == "EMRT"}
    with_emrt = [s for s in SUPPLIERS if s["emrt"]]
    assert len(facts) == len(with_emrt) == 8
    for supplier in with_emrt:
        emrt, fact = supplier["emrt"], facts[supplier["folder"]]
        assert isinstance(fact, MineralsFact) and fact.template == "EMRT"
        assert (fact.company, fact.effective, fact.minerals) == (
            supplier["profile"]["legal_name"], emrt["effective"], sorted(emrt["minerals"]))
        for mineral in emrt["minerals"]:
            assert fact.answers[mineral] == {str(n): emrt["answers"][mineral][f"q{n}"] for n in range(1, 8)}
        assert [(s.metal, s.name, s.smelter_id) for s in fact.smelters] == [
            (s["metal"], s["name"], s["id"]) for s in emrt["smelters"]]
        assert [m.name for m in fact.mines] == [m["name"] for m in emrt["mines"]]


def test_drc_cobalt_with_artisanal_mining_and_an_unlisted_refiner_shows_in_the_declaration(corpus_index):
    fact = next(f for f in corpus_index.manifest.facts(kind="minerals", supplier="Jiangxi Ruifeng New Materials")
                if f.template == "EMRT")
    assert fact.cahra_minerals == ["Cobalt"] and fact.artisanal_mentioned
    assert "Cobalt: smelter Lualaba Cobalt Refinery SARL has no RMI identification (not in the RMAP lists)" in fact.gaps
    assert "Cobalt: not all smelters identified (question 6: No)" in fact.gaps
    assert fact.evidence["q3.Cobalt"].quote.startswith("Cobalt: Yes - comment: Cobalt hydroxide feed originates")
    clean = corpus_index.manifest.facts(kind="minerals", supplier="Sakura Precision Cells")[0]
    assert clean.cahra_minerals == [] and not clean.artisanal_mentioned and clean.gaps == []


def test_declarations_filled_in_other_tools_and_languages(tmp_path):
    from test_formats import fill_emrt

    folder = tmp_path / "suppliers" / "Various" / "minerals"
    folder.mkdir(parents=True)
    fill_emrt(folder / "emrt-chinese-labels.xlsx", chinese_answer=True)
    import shutil

    from conftest import SHARED_REAL
    shutil.copy(SHARED_REAL / "RMI_CMRT_6.5.xlsx", folder / "cmrt-blank.xlsx")
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([tmp_path / "suppliers"]).failed
    facts = {Path(f.source).name: f for f in index.manifest.facts(kind="minerals")}
    emrt = facts["emrt-chinese-labels.xlsx"]
    assert emrt.answers["Lithium"]["2"] == "Yes"  # typed as 是
    assert emrt.cahra_minerals == ["Cobalt"] and emrt.artisanal_mentioned  # "including ASM sites"
    assert any("Kivu Refining SARL has no RMI identification" in gap for gap in emrt.gaps)
    blank = facts["cmrt-blank.xlsx"]
    assert blank.template == "CMRT" and blank.company is None and "company" in blank.missing
    assert blank.minerals == ["Tantalum", "Tin", "Gold", "Tungsten"] and blank.answers == {}
    assert "Tin: CAHRA sourcing not declared (question 4: no answer)" in blank.gaps
    index.close()


def write_xlsx(path: Path, rows: list[list[object]], title: str = "Sheet1") -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture(scope="module")
def other_profiles_and_kpis(tmp_path_factory):
    root = tmp_path_factory.mktemp("drive")
    base = root / "suppliers"
    for name in ("Form Sheet Co", "Headerless Csv Co", "Pdf Form Co", "Yaml Keys Co", "Dash List Co"):
        (base / name).mkdir(parents=True)
    write_xlsx(base / "Form Sheet Co" / "onboarding.xlsx", [
        ["Supplier onboarding form"], ["Field", "Value"],
        ["Company name", "Baltic Cell Works UAB"], ["Trading names", "BCW, Baltic Cells"],
        ["Country of registration", "Lithuania"], ["Supplier category", "Cell manufacturer"],
        ["Products supplied", "BCW-LFP-100 (prismatic cell), BCW-LFP-200 (prismatic cell)"],
        ["Materials and countries of origin", "lithium (Chile, Australia); graphite (China)"],
        ["Single-sourced parts", "none"], ["Contact e-mail", "Rasa Petraitė <rasa@bcw.example>"],
        ["Code of Conduct signed", "Yes, 12.03.2026"], ["Automotive programmes", "No"]], title="Form")
    (base / "Headerless Csv Co" / "vendor-registration.csv").write_text(
        "Vendor registration form\nLegal entity,Tagus Busbars Lda\nCountry,Portugal\n"
        "Segment,mechanical component\nProducts,TB-CU-12\nMaterials,copper\n"
        "Single sourced parts,none\nContact,orders@tagus.example\nCode of Conduct,not signed\n", encoding="utf-8")
    write_pdf(base / "Pdf Form Co" / "supplier-information.pdf", [
        "Supplier information form", "Registered name: Karoo Graphite (Pty) Ltd", "Country: South Africa",
        "Segment: raw material (natural graphite)", "Products: KG-FLK-95", "Materials: graphite (South Africa)",
        "Sole-sourced items: none", "Contact email: ops@karoo.example"])
    (base / "Yaml Keys Co" / "supplier-profile.yaml").write_text(
        "company_name: Fjord Separator AS\ncountry: Norway\nsupplier_type: separator films\n"
        "products: [FS-PP-20]\nmaterials: 'polypropylene (Norway)'\nsingle_sourced: none\n"
        "email: sales@fjord.example\ncode_of_conduct: 'signed 2025-01-10'\n", encoding="utf-8")
    (base / "Dash List Co" / "registration.md").write_text(  # lists whose items hold commas
        "# Supplier registration form\n\nLegal name: Aldebaran Cells s.r.o.\nCountry: Czechia\n"
        "Segment: cell manufacturer\n"
        "Products: AB-18650-35 – cylindrical cell, 3.5 Ah; AB-P60 – pouch cell, 60 Ah\n"
        "Materials: Cobalt – DR Congo, Zambia\nPlant address: Průmyslová 12, 530 02 Pardubice, Czechia\n",
        encoding="utf-8")
    (base / "Dash List Co" / "scorecard.csv").write_text(  # on-time-in-full under a name of its own
        "Mois;OTIF (on time in full) %;Taux de défauts ppm\n2026-01;91,5;40\n2026-02;92,0;35\n", encoding="utf-8")
    (base / "Form Sheet Co" / "kpi.csv").write_text(
        "Period,On-time delivery rate (%),Defects (ppm),Lead time (days)\n01/2026,97.5,22,30\n02/2026,93.0,25,31\n",
        encoding="utf-8")
    (base / "Headerless Csv Co" / "otd.csv").write_text(
        "Month\tOTD\tPPM\tLead time\n2026-01-31\t88,0\t140\t12\n2026-02-28\t90,5\t95\t11\n", encoding="utf-8")
    write_xlsx(base / "Pdf Form Co" / "scorecard.xlsx", [
        ["Lieferantenbewertung 2026"], ["Monat", "Liefertreue %", "Reklamationen ppm", "Durchlaufzeit (Tage)"],
        ["Jan 2026", 99.1, 0, 45], ["Feb 2026", 98.4, 12, 44]], title="Scorecard")
    index = Index.open(str(root / "store"))
    report = Ingestor(index).run([base])
    assert not report.failed, report.failed
    yield {f.supplier: f for f in index.manifest.facts(kind="profile")}, \
        {f.supplier: f for f in index.manifest.facts(kind="kpi")}
    index.close()


def test_onboarding_forms_in_other_shapes_become_profiles(other_profiles_and_kpis):
    profiles = {s: f for s, f in other_profiles_and_kpis[0].items() if isinstance(f, ProfileFact)}
    dashes = profiles["Dash List Co"]
    assert dashes.products == ["AB-18650-35", "AB-P60"]  # two products, their capacities no products of their own
    assert dashes.product_types == {"AB-18650-35": "cylindrical cell", "AB-P60": "pouch cell"}  # no ratings
    assert dashes.materials == {"cobalt": ["DR Congo", "Zambia"]}  # one material, two countries
    assert dashes.address == "Průmyslová 12, 530 02 Pardubice, Czechia"
    sheet = profiles["Form Sheet Co"]
    assert (sheet.legal_name, sheet.country, sheet.segment, sheet.aliases) == (
        "Baltic Cell Works UAB", "Lithuania", "cell_manufacturer", ["BCW", "Baltic Cells"])
    assert sheet.products == ["BCW-LFP-100", "BCW-LFP-200"] and sheet.product_types["BCW-LFP-100"] == "prismatic cell"
    assert sheet.materials == {"lithium": ["Chile", "Australia"], "graphite": ["China"]}
    assert sheet.single_sourced_parts == [] and sheet.contact_email == "rasa@bcw.example"
    assert (sheet.code_of_conduct_signed, sheet.code_of_conduct_date, sheet.automotive) == (True, dt.date(2026, 3, 12),
                                                                                              False)
    assert not sheet.missing
    csv_form = profiles["Headerless Csv Co"]
    assert (csv_form.legal_name, csv_form.segment, csv_form.code_of_conduct_signed) == (
        "Tagus Busbars Lda", "mechanical_component", False)
    assert "mandatory" in csv_form.missing["materials.copper"]  # copper without countries of origin
    pdf_form = profiles["Pdf Form Co"]
    assert (pdf_form.legal_name, pdf_form.segment, pdf_form.materials) == (
        "Karoo Graphite (Pty) Ltd", "raw_material", {"graphite": ["South Africa"]})
    assert "code_of_conduct" in pdf_form.missing  # the form does not say: recorded, not assumed
    yaml_keys = profiles["Yaml Keys Co"]
    assert (yaml_keys.legal_name, yaml_keys.segment, yaml_keys.code_of_conduct_date) == (
        "Fjord Separator AS", "cell_component", dt.date(2025, 1, 10))


def test_kpi_exports_in_other_shapes(other_profiles_and_kpis):
    kpis = other_profiles_and_kpis[1]
    assert [(m.month, m.on_time_delivery_pct, m.defect_ppm, m.lead_time_days) for m in kpis["Form Sheet Co"].months] \
        == [("2026-01", 97.5, 22, 30), ("2026-02", 93.0, 25, 31)]
    assert [(m.month, m.on_time_delivery_pct) for m in kpis["Headerless Csv Co"].months] == [
        ("2026-01", 88.0), ("2026-02", 90.5)]
    assert [(m.month, m.on_time_delivery_pct, m.defect_ppm) for m in kpis["Pdf Form Co"].months] == [
        ("2026-01", 99.1, 0), ("2026-02", 98.4, 12)]
    assert [(m.month, m.on_time_delivery_pct, m.defect_ppm) for m in kpis["Dash List Co"].months] == [
        ("2026-01", 91.5, 40), ("2026-02", 92.0, 35)]


def test_kpi_tables_in_more_layouts(tmp_path):
    """Months as columns, a Markdown table, month names with two-digit years, a single-measure sheet in French."""
    folder = tmp_path / "suppliers" / "Various" / "kpi"
    folder.mkdir(parents=True)
    write_xlsx(folder / "wide.xlsx", [["Monthly supplier scorecard"], ["Month", "Jun 2026", "Jul 2026"],
                                      ["OTD %", 98.6, 99], ["Defect rate (ppm)", 12, 105]], title="Wide")
    (folder / "table.md").write_text("# KPI export\n\n| Month | OTD % | Defect rate (ppm) |\n|---|---|---|\n"
                                     "| 2026-02 | 97.7 | 504 |\n| 2026-03 | 99.3 | 463 |\n", encoding="utf-8")
    (folder / "names.csv").write_text("Reporting month,Schedule adherence,Lead time (days)\nFeb-26,96.7,39\n"
                                      "Mar-26,95.1,15\n", encoding="utf-8")
    write_xlsx(folder / "fr.xlsx", [["Indicateurs fournisseur"], ["Mois", "Taux de service (%)"], ["06/2026", 96.3],
                                    ["07/2026", 99.2]], title="KPI")
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([tmp_path / "suppliers"], supplier="Various").failed
    kpis = {Path(f.source).name: f for f in index.manifest.facts(kind="kpi")}
    index.close()
    rows = {name: [(m.month, m.on_time_delivery_pct, m.defect_ppm, m.lead_time_days) for m in f.months]
            for name, f in kpis.items()}
    assert rows == {"wide.xlsx": [("2026-06", 98.6, 12, None), ("2026-07", 99, 105, None)],
                    "table.md": [("2026-02", 97.7, 504, None), ("2026-03", 99.3, 463, None)],
                    "names.csv": [("2026-02", 96.7, None, 39), ("2026-03", 95.1, None, 15)],
                    "fr.xlsx": [("2026-06", 96.3, None, None), ("2026-07", 99.2, None, None)]}


def test_kpi_figures_in_an_email_a_wide_sheet_and_fractions_read_with_the_documents_own_decimal_mark(tmp_path):
    types, facts = ingested(tmp_path, "kpi", {
        "email.txt": "Subject: vendor rating\n\nPlease find our figures below.\n\n"
                     "  Month     OTD %    Rejection PPM    LT (days)\n"
                     "  -------   -----    -------------    ---------\n"
                     "  Apr-26      94.0         1,250           30\n  May-26      96.5           820           28\n"
                     "  Jun-26      97.2         1,040           28\n",
        "wide.md": "| Indicador | ene-26 | feb-26 | mar-26 |\n|---|---|---|---|\n"
                   "| Puntualidad (%) | 97,5 % | 98,2 % | 96,9 % |\n| PPM | 1.250 | 120 | 185 |\n",
        "erp.csv": "Period,Delivery Reliability %,Quality PPM\n2026-04,0.962,410\n2026-05,0.948,520\n"
                   "2026-06,0.975,260\n"}, kind="kpi")
    assert set(types.values()) == {"kpi"}
    rows = {Path(f.source).name: [(m.month, m.on_time_delivery_pct, m.defect_ppm) for m in f.months] for f in facts}
    assert rows == {"email.txt": [("2026-04", 94.0, 1250), ("2026-05", 96.5, 820), ("2026-06", 97.2, 1040)],
                    "wide.md": [("2026-01", 97.5, 1250), ("2026-02", 98.2, 120), ("2026-03", 96.9, 185)],
                    "erp.csv": [("2026-04", 96.2, 410), ("2026-05", 94.8, 520), ("2026-06", 97.5, 260)]}


def test_prose_due_diligence_statements_give_origins_asm_and_refiner_rmap_statuses(corpus_index, tmp_path):
    corpus = [f for f in corpus_index.manifest.facts(kind="minerals") if f.template == "statement"]
    assert len(corpus) == 1
    ruifeng = corpus[0]
    assert isinstance(ruifeng, MineralsFact)
    assert (ruifeng.minerals, ruifeng.cahra_minerals, ruifeng.artisanal_mentioned, ruifeng.effective) == (
        ["Cobalt"], ["Cobalt"], True, dt.date(2026, 3, 31))
    assert [(s.name, s.comment) for s in ruifeng.smelters] == [
        ("Lualaba Cobalt Refinery SARL", "Not participating in RMAP; no independent assessment"),
        ("Ganzhou Hengyuan Cobalt Co., Ltd.", "Conformant (RMAP cobalt refiner assessment 2025)")]
    assert "Cobalt: no on-the-ground assessment of the ASM sources" in ruifeng.gaps

    folder = tmp_path / "suppliers" / "Various" / "declarations"
    folder.mkdir(parents=True)
    write_pdf(folder / "nickel.pdf", [
        "Sulawesi Nickel Chemicals Ltd", "Nickel Due Diligence Statement", "This statement is dated 5 May 2026.",
        "Our nickel is mined in Indonesia (Central Sulawesi) by industrial operators only.",
        "Refiners used", "Refiner", "Country", "RMAP status", "PT Morowali Nickel Processing", "Indonesia",
        "Conformant", "2. Contact", "esg@snc.example"])
    write_pdf(folder / "cobalt.pdf", [
        "Katanga Trading SA", "Cobalt Sourcing Due Diligence Statement", "Issued on 2026-02-01",
        "Origin: copper-cobalt belt, DRC; no artisanal feed is accepted.", "Smelter", "Country",
        "RMAP status", "Kolwezi Cobalt Smelting SA", "DR Congo", "Active - assessment scheduled for 2026",
        "3. Signature"])
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([tmp_path / "suppliers"]).failed
    facts = {Path(f.source).name: f for f in index.manifest.facts(kind="minerals")}
    index.close()
    nickel, cobalt = facts["nickel.pdf"], facts["cobalt.pdf"]
    assert isinstance(nickel, MineralsFact) and isinstance(cobalt, MineralsFact)
    assert (nickel.minerals, nickel.cahra_minerals, nickel.effective, nickel.gaps) == (
        ["Nickel"], [], dt.date(2026, 5, 5), [])
    assert [(s.name, s.country, s.comment) for s in nickel.smelters] == [
        ("PT Morowali Nickel Processing", "Indonesia", "Conformant")]
    assert (cobalt.cahra_minerals, cobalt.effective, cobalt.artisanal_mentioned) == (
        ["Cobalt"], dt.date(2026, 2, 1), False)  # "no artisanal feed is accepted" is not an ASM source
    assert cobalt.smelters[0].comment == "Active - assessment scheduled for 2026" and not cobalt.gaps


UNREAD_AUDITS = {  # findings written in shapes no reader knows, or not at all: never "no findings"
    "item-list.md": "# Process audit report\n\nAudit firm: Kalmar Quality Services\nReport date: 02.02.2026\n\n"
                    "The audit raised 3 non-conformities.\n\n- Item A: fill weights not recorded on line 3\n",
    "summary-count.md": "# Social compliance audit\n\nReport date: 12 May 2026\n\nThe audit identified one major "
                        "non-conformance; details were sent separately.\n",
    "silent.md": "# Environmental audit\n\nReport date: 3 March 2026\n\nThe site was visited on 1 March 2026.\n",
}
BLOCK_AUDITS = {  # findings as headed blocks -> (id, severity, category, status, due)
    "headed-blocks.md": ("# Process audit report\n\nAudit firm: Kalmar Quality Services\nReport date: 02.02.2026\n\n"
                         "Observation 2 – Grade: MAJOR – Area: electrolyte filling\nFill weights were not recorded on "
                         "line 3. Close-out due: 15.03.2026. Status: open.\n",
                         ("Observation 2", "major", "electrolyte filling", "open", dt.date(2026, 3, 15))),
    "finding-paren.md": ("# Social compliance audit report\n\nReport date: 12 May 2026\n\nFinding 1 (Major, working "
                         "hours): 72-hour weeks in peak season.\nCorrective action required by 30 June 2026.\n",
                         ("Finding 1", "major", "working hours", "open", dt.date(2026, 6, 30))),
    "abweichung.md": ("# Auditbericht Prozessaudit\n\nBerichtsdatum: 10.01.2026\n\nAbweichung Nr. 3 (schwerwiegend) – "
                      "Bereich: Lagerung\nGefahrstoffe ohne Auffangwanne gelagert.\nFrist: 31.01.2026\n"
                      "Status: geschlossen\n",
                      ("Abweichung Nr. 3", "major", "Lagerung", "closed", dt.date(2026, 1, 31))),
    "numeric-id.md": ("# Supplier audit\n\nReport date: 2026-03-01\n\n## 4.2 7.1\n\nArea: ESD protection\n"
                      "Grade: Cat. B\nProgress: ongoing\nTarget completion: 30 Apr 2026\n",
                      ("7.1", "minor", "ESD protection", "open", dt.date(2026, 4, 30))),
    "worded-label.md": ("# Quality audit report\n\nReport date: 2026-03-01\n\n"
                        "Audit finding 4 (significant, traceability): batch labels were handwritten. The action "
                        "plan is to be completed by 4 févr. 2026 and the "
                        "finding remains open.\n", ("Finding 4", "major", "traceability", "open", dt.date(2026, 2, 4))),
}
QUALIFIED_NONE = {  # "none" of one severity says nothing of the others: never a clean audit on its own
    "no-major.md": "# Quality audit report\n\nReport date: 2026-04-10\n\nNo major findings were raised.\n",
    "no-critical.md": "# Social audit report\n\nReport date: 2026-04-10\n\nCritical findings: none.\n",
}
NONE_AUDITS = {  # a positive statement that none were raised, in other words and languages
    "de.md": "# Prozessaudit\n\nBerichtsdatum: 10.04.2026\n\nEs wurden keine Abweichungen festgestellt.\n",
    "fr.md": "# Audit social\n\nDate du rapport : 10/04/2026\n\nAucune non-conformité n'a été relevée.\n",
    "counts.md": "# Quality audit report\n\nReport date: 2026-04-10\n\nScope: incoming inspection and traceability at "
                 "the pack plant, audited against the buyer's quality requirements.\n\nFindings raised: none.\n",
}


def test_an_audit_whose_findings_cannot_be_read_needs_review_and_one_that_says_none_is_clean(tmp_path):
    from tools.assessment import Assessment, SupplierFacts
    from tools.policy import PolicyCiter, load_policy

    folder = tmp_path / "suppliers" / "Various" / "audits"
    folder.mkdir(parents=True)
    for name, text in {**UNREAD_AUDITS, **QUALIFIED_NONE, **NONE_AUDITS}.items():
        (folder / name).write_text(text, encoding="utf-8")
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([tmp_path / "suppliers"]).failed
    facts = {Path(f.source).name: f for f in index.manifest.facts(kind="audit_finding")}
    index.close()
    assert set(facts) == set(UNREAD_AUDITS) | set(QUALIFIED_NONE) | set(NONE_AUDITS)
    for name in {**UNREAD_AUDITS, **QUALIFIED_NONE}:
        assert facts[name].finding_id is None and "needs review" in facts[name].missing["findings"], name
    assert "one major non-conformance" in facts["summary-count.md"].quote  # the passage a person must read
    assert "3 non-conformities" in facts["item-list.md"].quote
    for name in NONE_AUDITS:
        assert not facts[name].missing and facts[name].description, name
    assessment = Assessment(SupplierFacts(name="Various", facts=list(facts.values())), load_policy(),
                            PolicyCiter([]).cite, dt.date(2026, 11, 15))
    statuses = {Path(line.citations[0].source).name: line.status for line in assessment.findings()}
    assert statuses == {**{n: "unknown" for n in {**UNREAD_AUDITS, **QUALIFIED_NONE}},
                        **{n: "none" for n in NONE_AUDITS}}


def test_findings_written_as_headed_blocks_are_read_and_a_shortfall_against_the_stated_count_needs_review(
        tmp_path):
    folder = tmp_path / "suppliers" / "Various" / "audits"
    folder.mkdir(parents=True)
    for name, (text, _) in BLOCK_AUDITS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "short.md").write_text(  # says two, shows one
        "# Quality audit report\n\nReport date: 2026-05-02\n\nTwo major findings were raised.\n\nFinding 1 (Major, "
        "welding): weld tests skipped.\n", encoding="utf-8")
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([tmp_path / "suppliers"]).failed
    facts = index.manifest.facts(kind="audit_finding")
    index.close()
    by_file = {name: [f for f in facts if f.source.endswith(name)] for name in [*BLOCK_AUDITS, "short.md"]}
    for name, (_, expected) in BLOCK_AUDITS.items():
        assert [(f.finding_id, f.severity, f.category, f.status, f.due) for f in by_file[name]] == [expected], name
    short = by_file["short.md"]
    assert [f.finding_id for f in short] == ["Finding 1", None]
    assert "states 2 findings and 1 could be read" in short[1].missing["findings"]


def test_a_severe_finding_the_readers_missed_needs_review_but_a_severity_legend_does_not(tmp_path):
    folder = tmp_path / "suppliers" / "Various" / "audits"
    folder.mkdir(parents=True)
    legend = "Findings are graded critical, major, minor or observation."
    (folder / "missed.md").write_text(
        "# Social audit report\n\nReport date: 2026-05-02\n\n" + legend + "\n\n| ID | Severity | Status | Finding |\n"
        "|---|---|---|---|\n| SA-1 | Minor | Closed | Payslips lacked overtime lines |\n\nAt the closing meeting a "
        "critical issue on child labour (ref. SA-7) was raised.\n", encoding="utf-8")
    (folder / "legend-only.md").write_text(
        "# Social audit report\n\nReport date: 2026-05-02\n\n" + legend + "\n\n| ID | Severity | Status | Finding |\n"
        "|---|---|---|---|\n| SA-1 | Minor | Closed | Payslips lacked overtime lines |\n", encoding="utf-8")
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([tmp_path / "suppliers"]).failed
    facts = index.manifest.facts(kind="audit_finding")
    index.close()
    missed = [f for f in facts if f.source.endswith("missed.md")]
    assert [f.finding_id for f in missed] == ["SA-1", None]
    assert "critical finding that could not be read" in missed[1].missing["findings"] and "SA-7" in missed[1].quote
    assert [f.finding_id for f in facts if f.source.endswith("legend-only.md")] == ["SA-1"]


def test_a_document_no_rule_recognises_is_typed_by_its_statements_or_flagged_never_silently_other(tmp_path, gov):
    folder = tmp_path / "suppliers" / "Various" / "inbox"
    folder.mkdir(parents=True)
    (folder / "packing-list.md").write_text("# Packing list\n\n24 pallets, gross weight 12,400 kg.\n"
                                            "Consignee: Aurelia Energy Systems GmbH, Gate 4.\n", encoding="utf-8")
    (folder / "meeting-notes.md").write_text(
        "# Notes from the supplier visit\n\nAttendees: J. Berg, M. Sato.\n\nLunch was at noon.\n\n"
        "They told us the site holds a valid ISO 45001 certificate until 2028.\n", encoding="utf-8")
    (folder / "wartung.md").write_text(  # an audit no layout rule knows, in German
        "# Lieferantenbewertung vor Ort\n\nBerichtsdatum: 10.04.2026\n\nEs wurden zwei schwerwiegende "
        "Abweichungen festgestellt.\n", encoding="utf-8")
    result = gov("ingest", str(tmp_path / "suppliers"), "--store", str(tmp_path / "store"), "--json")
    assert result.returncode == 0, result.stderr
    outcomes = {Path(o["path"]).name: o for o in json.loads(result.stdout)["ingested"]}
    assert outcomes["packing-list.md"]["doc_type"] == "other" and not outcomes["packing-list.md"]["warnings"]
    assert outcomes["wartung.md"]["doc_type"] == "audit_report"
    notes = outcomes["meeting-notes.md"]
    assert notes["doc_type"] == "other" and any("needs review" in w and "ISO 45001" in w for w in notes["warnings"])
    status = gov("status", "--store", str(tmp_path / "store"), "--json")
    assert any(w["path"].endswith("meeting-notes.md") for w in json.loads(status.stdout)["warnings"])
    card = gov("summarize", "Various", "--store", str(tmp_path / "store"), "--as-of", "2026-11-15", "--json")
    lines = [line for line in json.loads(card.stdout)["gaps"] if line["kind"] == "unread"]
    assert [(line["status"], line["citations"][0]["quote"]) for line in lines] == [
        ("unknown", "They told us the site holds a valid ISO 45001 certificate until 2028.")]


def test_documents_of_a_known_type_that_yield_nothing_need_review_and_pass_nothing(tmp_path, gov):
    """The same documents as a supplier would send them, in wordings no reader takes up yet: each shows as
    needs review on the card, and no checklist item they bear on passes."""
    folder = tmp_path / "suppliers" / "Aldebaran Cells"
    (folder / "contracts").mkdir(parents=True)
    (folder / "kpi").mkdir()
    (folder / "declarations").mkdir()
    (folder / "profile.yaml").write_text("legal_name: Aldebaran Cells s.r.o.\ncountry: Czechia\n"
                                         "segment: cell_manufacturer\nproducts: [AB-18650-35]\n", encoding="utf-8")
    (folder / "contracts" / "rahmenvertrag.md").write_text(
        "# Supply agreement\n\nbetween Aurelia Energy Systems GmbH (the Buyer) and Aldebaran Cells s.r.o.\n\n"
        "§ 6 (2) For every complete week of delay the Supplier owes 1 % of the net order value, at most 8 % in "
        "total.\n", encoding="utf-8")
    (folder / "kpi" / "scorecard.csv").write_text(
        "period;Liefertermintreue-Quote;Reklamationen ppm\n2026-08;91,5;40\n2026-09;92,0;35\n2026-10;90,1;38\n",
        encoding="utf-8")
    (folder / "declarations" / "cobalt.md").write_text(
        "# Due diligence statement on cobalt\n\nQ: Where is your cobalt mined? A: Katanga, in the DRC, partly "
        "by hand-diggers.\n", encoding="utf-8")
    store = str(tmp_path / "store")
    assert gov("ingest", str(tmp_path / "suppliers"), "--store", store).returncode == 0
    card = json.loads(gov("summarize", "Aldebaran", "--store", store, "--as-of", "2026-11-15", "--json").stdout)
    unread = {Path(line["topic"]).name for line in card["gaps"] if line["kind"] == "unread"}
    read = {Path(r["source"]).name for r in card["received"] if r["facts"]}
    for name in ("rahmenvertrag.md", "scorecard.csv", "cobalt.md"):
        assert name in unread or name in read, name  # either its facts were read, or it is flagged
    assert not any(line["text"].startswith("Supply agreement: not received") for line in card["gaps"])
    assert card["release"]["status"] != "ready"
    checklist = json.loads(gov("checklist", "Aldebaran", "--store", store, "--as-of", "2026-11-15", "--json").stdout)
    kpi = next(i for i in checklist["items"] if "KPI" in i["label"])
    assert kpi["verdict"] != "pass" or "scorecard.csv" in read


LAYOUT_FINDINGS = """\
 Ref.                 Topic                 What was seen             Class                Progress
 CAR 7                Working hours         Rest days were not        Major NC             Not closed
                                            granted in two weeks.
 CAR 8                Fire safety           Extinguisher checks       Minor NC             Closed
                      and exits             were overdue.
 CAR 9                Training              Induction records         Observation          Awaiting
                                            incomplete.                                    evidence



 Signed: lead auditor, Example Assurance Ltd.
"""


def test_a_findings_table_whose_severity_column_has_no_severity_header_is_read_by_its_cells():
    rows = table_rows(LAYOUT_FINDINGS)
    read = [(r.text("id"), severity_in(r.text("severity")), status_of(r.text("status"))[0]) for r in rows]
    assert read == [("CAR 7", "major", "open"), ("CAR 8", "minor", "closed"), ("CAR 9", "observation", "open")]


def test_a_finding_not_closed_is_open_and_a_status_said_in_prose_is_read(tmp_path):
    folder = tmp_path / "suppliers" / "Various" / "audits"
    folder.mkdir(parents=True)
    (folder / "bsci.md").write_text(
        "# Social audit report\n\nAudit firm: Example Assurance Ltd.\n\n- Finding 1 | Major | Not closed | due "
        "30/07/2026 | Wages: overtime premium unpaid.\n- Finding 2 | Minor | Not yet resolved | due 15/08/2026 | "
        "Housekeeping: aisles blocked.\n", encoding="utf-8")
    (folder / "prose.md").write_text(  # the status said in a sentence, not on a labelled line
        "# Process audit report\n\nFinding 2025-QA-1 (minor, labelling): Two pallets lacked batch labels. The "
        "action was verified and the finding closed on 02.03.2026.\n\nFinding 2025-QA-2 (major, welding): Weld "
        "tests were skipped. The finding remains open; the action is due by 30.04.2026.\n", encoding="utf-8")
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([tmp_path / "suppliers"]).failed
    facts = sorted(index.manifest.facts(kind="audit_finding"), key=lambda f: f.finding_id or "")
    index.close()
    assert [(f.finding_id, f.severity, f.status) for f in facts] == [
        ("2025-QA-1", "minor", "closed"), ("2025-QA-2", "major", "open"), ("Finding 1", "major", "open"),
        ("Finding 2", "minor", "open")]


@pytest.mark.parametrize("said, status", [("Not closed", "open"), ("nicht erledigt", "open"), ("Soldé", "closed"),
                                          ("Abgeschlossen", "closed"), ("Outstanding", "open"), ("Levée", "closed"),
                                          ("nicht behoben", "open"), ("Non levée", "open"), ("No subsanada", "open"),
                                          ("pas encore soldé", "open"), ("Closed (pending verification)", "open"),
                                          ("Closed – verified", "closed")])
def test_status_words_in_several_languages(said, status):
    assert status_of(said)[0] == status


def test_a_bulleted_un383_summary_with_short_result_words_is_read_in_full(tmp_path):
    folder = tmp_path / "suppliers" / "Various" / "tests"
    folder.mkdir(parents=True)
    results = ["Pass", "Passed", "P", "Pass", "Pass", "N.A.", "Not applicable", "Pass"]
    (folder / "summary.md").write_text(
        "# Lithium battery test summary\n\n- Manufacturer name and address: Example Cells Ltd., Lund, Sweden\n"
        "- Test lab: Example Test House Ltd., Malmö\n- Test report reference: ETH-2025-0042\n"
        "- Date of issue: 2025-03-04\n- Type designation: EX-21700-50\n- Chemistry: Li-ion\n- Rated energy: 18 Wh\n"
        "- Mass: 70 g\n- Test method: UN Manual of Tests and Criteria, Rev. 8, section 38.3\n\n"
        + "".join(f"- T.{n} Test {n} – {word}\n" for n, word in enumerate(results, start=1))
        + "\nSignature: Dr. A. Example – Laboratory Manager\n", encoding="utf-8")
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([tmp_path / "suppliers"]).failed
    [fact] = index.manifest.facts(kind="transport_test")
    index.close()
    assert (fact.model, fact.chemistry, fact.lab, fact.date) == (
        "EX-21700-50", "lithium-ion", "Example Test House Ltd.", dt.date(2025, 3, 4))
    assert fact.results == {f"T.{n}": "n/a" if n in (6, 7) else "pass" for n in range(1, 9)} and not fact.missing


def test_a_german_safety_report_on_the_harmonised_en_edition_is_read():
    units = [Unit(text="Prüfbericht\nPrüfbericht-Nr.: TX-2026-0815\nPrüfgrundlage: EN 62133-2:2017\n"
                       "Typbezeichnung: EX-CELL-50\nPrüflaboratorium: Beispiel Prüflabor GmbH, Ulm\n"
                       "Datum des Berichts: 04.04.2026\nErgebnis: bestanden\n", page=1)]
    chunks = [Chunk(id="c1", source="r.pdf", text=units[0].text, page=1, doc_type="test_report", labels=[])]
    [fact] = extract_safety_test(units, chunks, source="r.pdf", supplier=None, labels=[])
    assert (fact.standard, fact.report_id, fact.model, fact.lab, fact.date, fact.verdict) == (
        "IEC 62133-2:2017", "TX-2026-0815", "EX-CELL-50", "Beispiel Prüflabor GmbH", dt.date(2026, 4, 4), "pass")


@pytest.mark.parametrize("said, verdict", [
    ("Overall verdict: not compliant", "fail"), ("Ergebnis: nicht erfüllt", "fail"), ("Résultat : non satisfaisant",
                                                                                       "fail"),
    ("Resultado: no aprobado", "fail"), ("Verdict: Not OK", "fail"), ("Result: unsatisfactory", "fail"),
    ("The samples complied with all requirements.", "pass"), ("Ergebnis: bestanden", "pass"),
    ("No pass/fail criteria apply (UL 9540A).", "data reported"),
    ("Prüfergebnis: Daten berichtet (kein Bestanden/Nicht-bestanden)", "data reported"),
    ("Resultado: Datos informados (sin criterio de aceptación)", "data reported")])
def test_a_negated_pass_word_is_a_failure_never_a_pass(said, verdict):
    assert verdict_of(said) == verdict


@pytest.mark.parametrize("said, severity", [("Recommendation", "observation"), ("OFI", "observation"),
                                            ("Major NC", "major"), ("nc-b", "minor"), ("Zero tolerance", "critical")])
def test_severity_words_and_codes(said, severity):
    assert severity_in(said) == severity


def test_a_profile_written_as_sentences_is_read_field_by_field(tmp_path):
    _, [fact] = ingested(tmp_path, "onboarding", {"about-us.md": (
        "# Company profile\n\nBrightwater Anode Materials Ltd. is a graphite anode producer based in Sheffield,\n"
        "United Kingdom.\n\nProducts offered include BW-AN-300 (spherical graphite) and BW-AN-500 (coated anode "
        "powder).\n\nOur natural graphite is sourced from Mozambique and Tanzania.\n\nThe binder resin is the only "
        "single-source component we buy.\n\nWe have not yet signed your Supplier Code of Conduct.\n\n"
        "Questions: procurement@brightwater-anodes.co.uk\n")}, kind="profile")
    assert (fact.legal_name, fact.country, fact.contact_email) == (
        "Brightwater Anode Materials Ltd.", "United Kingdom", "procurement@brightwater-anodes.co.uk")
    assert fact.product_types == {"BW-AN-300": "spherical graphite", "BW-AN-500": "coated anode powder"}
    assert fact.materials == {"natural graphite": ["Mozambique", "Tanzania"]}
    assert fact.single_sourced_parts == ["binder resin"]
    assert fact.code_of_conduct_signed is False  # "not yet signed" is no signature
    assert {"legal_name", "country", "products", "materials", "code_of_conduct"} <= set(fact.evidence)


@pytest.mark.parametrize("text, doc_type", [
    ("Certificate\nThe management system of Example Cells GmbH conforms to ISO 9001:2015.\nCertificate number: "
     "Q-1\nValid until: 2027-01-01\nEvidence reviewed included internal audit reports and minutes.\n", "certificate"),
    ("Packing list\nPos. 1: battery module, 12 pcs\nLithium ion batteries, UN3480. UN 38.3 test summary available on "
     "request.\n", "other"),
    ("Certificate of analysis\nBatch B-17, nickel sulphate\nValid until: 2027-05-01 (retest)\n", "other"),
    ("Lithium battery test summary\nModel EX-1, tested to the UN Manual of\nTests and Criteria.\n", "test_summary"),
    ("Résumé d'essai UN 38.3\n" + "".join(f"T.{n}\nréussi\n" for n in range(1, 9)), "test_summary"),
    ("Supplier Process Audit\nTest report date: 2026-01-01\nZero findings.\n", "audit_report"),
    ("Test summary - IEC62133-2:2017\nModel EX-1. Overall verdict: pass.\nThe UN 38.3 test summary is issued "
     "separately under the UN Manual of Tests and Criteria.\n", "test_report"),
    ("Inspection certificate EN 10204 3.1\nBatch 2291, copper foil\nValid until: 2027-01-01\n", "other"),
    ("Release Certificate\nProduct: NMC811 powder, batch no. 77-A\nRetest date: 2027-01-01\nCertified by QC.\n",
     "other"),  # a batch's certificate, under a title no list names: it names no management-system standard
    ("Certificate of Conformity - Management System\nCertificate Number: Q-1\nThis certificate remains valid through "
     "4 December 2027.\n", "certificate"),
    ("Vendor master record\nOrganisation: Example Cells GmbH\nCountry: Germany\nProducts: EX-1\n"
     "Materials: lithium (Chile)\nE-mail: a@example.com\n", "profile"),
    # safety reports titled in Chinese, Japanese or Korean, or against their countries' standards
    ("安全性能检验报告\n型号: EX-1\n检验结论: 合格\n", "test_report"),
    ("試験成績書\n品番: EX-1\n判定: 適合\n", "test_report"),
    ("시험성적서\n모델명: EX-1\n판정: 적합\n", "test_report"),
    ("Safety evaluation of cell EX-1 to JIS C 8714:2007\nAll items complied.\n", "test_report"),
    ("Safety evaluation of cell EX-1 to KC 62133-2:2020\nAll items complied.\n", "test_report"),
    # papers that list tests and standards and are none of them: what their title says
    ("Example Labs LLC, 1 Lab Road\nQuotation Q-2026-01\nUN 38.3 summary testing of model EX-1:\n"
     + "".join(f"T.{n} test, 1 sample, USD 400\n" for n in range(1, 9)), "other"),
    ("Product Datasheet - EX-1\nCertified to IEC 62133-2:2017 and UN 38.3; test report no. R-1 available.\n", "other"),
    ("Safety Data Sheet\nSection 14: lithium ion batteries tested according to UN 38.3, test summary available.\n",
     "other"),
])
def test_a_document_is_what_its_opening_lines_say_not_what_it_mentions_further_down(text, doc_type):
    from ingest.classify import classify
    from ingest.models import ParsedDocument
    document = ParsedDocument(units=[Unit(text=text, page=1)], format="pdf")
    assert classify("x.pdf", document, None) == doc_type


@pytest.mark.parametrize("cell, result", [
    ("[X] Pass [ ] Fail [ ] N/A", "pass"), ("[ ] Pass [ ] Fail [X] N/A", "n/a"), ("☐ Pass ☒ Fail", "fail"),
    ("Réussi", "pass"), ("Non conforme", "fail"), ("Sans objet", "n/a"), ("nicht bestanden", "fail"), ("P", "pass"),
    ("The test was run at 20 °C and conforms to the method.", None)])
def test_un383_result_cells_in_other_words_and_as_ticked_boxes(cell, result):
    from ingest.facts.verdicts import result_of
    assert result_of(cell) == result


def test_a_two_column_table_of_labels_and_values_is_read_as_a_form_not_under_its_first_row():
    from ingest.formats.tables import rows_to_text
    form = rows_to_text([["Report number", "HSTI-24-0001"], ["Standard", "IEC 62133-2:2017"], ["Model", "EX-1"]])
    assert form.splitlines() == ["Report number: HSTI-24-0001", "Standard: IEC 62133-2:2017", "Model: EX-1"]
    table = rows_to_text([["Name", "Role"], ["A. Example", "Lead auditor"], ["B. Example", "Co-auditor"]])
    assert table.splitlines()[1] == "Name: A. Example; Role: Lead auditor"


@pytest.mark.parametrize("said, month", [("2025.11", "2025-11"), ("2026/3", "2026-03"), ("03.2026", "2026-03"),
                                         ("2026-13", None), ("Feb-26", "2026-02"), ("ene-26", "2026-01"),
                                         ("2026年4月", "2026-04"), ("gen-26", "2026-01"), ("sty 2026", "2026-01"),
                                         ("leden 2026", "2026-01"), ("2026. március", "2026-03"),
                                         ("Tháng 4/2026", "2026-04"), ("ก.พ. 2569", "2026-02"),
                                         ("ธ.ค. 68", "2025-12"), ("มีนาคม 2569", "2026-03")])
def test_kpi_months_in_the_forms_exports_write_them(said, month):
    from ingest.facts.kpis import month_of
    assert month_of(said) == month


def test_a_paper_titled_as_commercial_or_logistics_stays_other_whatever_its_statements_resemble(tmp_path):
    types, facts = ingested(tmp_path, "logistics", {
        "coa.md": "# Certificate of Analysis\n\nProduct: lithium carbonate, batch 77-A\nThe batch conforms to the "
                  "agreed specification. Retest date: 2027-03-01.\nCertified by the quality control laboratory.\n",
        "packing.md": "# Packing list\n\nLithium ion batteries, UN3480, class 9.\n"
                      "UN 38.3 test summary available on request. Tests T.1 to T.8 passed.\n"})
    assert types == {"coa.md": "other", "packing.md": "other"} and not facts


def test_a_un383_summary_with_results_given_for_ranges_of_tests_and_labels_in_other_words(tmp_path):
    _, [fact] = ingested(tmp_path, "tests", {"summary.md": (
        "# Lithium battery test summary\n\nManufacturer (name, address, contact): Example Cells Ltd., Lund, Sweden\n"
        "Tested by: Example Test House Ltd., Malmö\nReport ID: ETH-2025-0042\nReport date: 2025-03-04\n"
        "Model: EX-M48-100\nChemistry: Li-ion\nRated energy: 4800 Wh\nMass: 31 kg\n"
        "Test method: UN Manual of Tests and Criteria, Rev. 8\n"
        "Results: T.1 to T.4: PASS; T.5: FAIL; T.6: N/A; T.7-T.8: PASS\n\n"
        "Name and title of signatory: A. Example (Laboratory Director)\n")}, kind="transport_test")
    assert fact.results == {"T.1": "pass", "T.2": "pass", "T.3": "pass", "T.4": "pass", "T.5": "fail", "T.6": "n/a",
                            "T.7": "pass", "T.8": "pass"}
    assert (fact.manufacturer, fact.lab) == ("Example Cells Ltd.", "Example Test House Ltd.")
    assert fact.signed_by and "A. Example" in fact.signed_by and not fact.missing


def test_a_value_written_as_a_dash_is_stated_empty_and_the_next_line_is_not_read_as_it():
    from ingest.facts.locate import after_label
    units = [Unit(text="- Valid until: —\n\nPage 1 | printed on 29.03.2026 by scan01\n", page=1)]
    found = after_label(units, [r"valid until"], accept=lambda rest: find_date(rest) is not None)
    assert found is not None and found.value == "—"


def test_an_agreements_service_level_rows_are_no_kpi_header_but_an_exports_rows_are():
    from ingest.facts.kpis import is_kpi_header
    assert not is_kpi_header("Ref.: S2.2; Service level: Defect ppm; Requirement / remedy: Quality target: max. 150 "
                             "ppm defective parts.")
    assert is_kpi_header("Reporting month: 2026.03; Delivered on time [%]: 99.7%; Defect rate (ppm): 258")


@pytest.mark.parametrize("line", ["Signed: n/a (unsigned copy)", "Signature: none, draft",
                                  "Signature: N/A – electronic copy", "Signed: [signature missing], Laboratory",
                                  "Signature:\nName, title: to follow", "Document revision: Rev. 3, issued by the lab",
                                  "Signed: \nAugust 3, 2025"])
def test_a_un383_summary_that_says_its_signature_is_missing_or_names_only_its_own_revision_stays_incomplete(line):
    from ingest.facts.transport import extract_transport_test
    text = ("Lithium battery test summary\nManufacturer: Example Cells Ltd., Lund\nTest laboratory: Example Lab Ltd.\n"
            "Report number: ETH-2025-0042\nReport date: 2025-03-04\nModel: EX-21700-50\nLi-ion, 18 Wh, 70 g\n"
            + "".join(f"T.{n}: Pass\n" for n in range(1, 9)) + line + "\n")
    [fact] = extract_transport_test([Unit(text=text, page=1)], [Chunk(id="c", source="s.md", text=text, page=1)],
                                    source="s.md", supplier=None, labels=[])
    missing = "manual_edition" if "revision" in line else "signed_by"
    assert getattr(fact, missing) is None and missing in fact.missing  # needs review, never complete


def test_a_technician_named_under_tested_by_is_not_the_laboratory():
    from ingest.facts.transport import extract_transport_test
    text = ("Lithium battery test summary\nManufacturer: Example Cells Ltd., Lund\nReport number: ETH-2025-0042\n"
            "Report date: 2025-03-04\nModel: EX-21700-50\nLi-ion, 18 Wh, 70 g\n"
            "UN Manual of Tests and Criteria, Rev. 8\n" + "".join(f"T.{n}: Pass\n" for n in range(1, 9))
            + "Tested by: Anna Example\n"
            "Signed: B. Example, Quality Manager\n")
    [fact] = extract_transport_test([Unit(text=text, page=1)], [Chunk(id="c", source="s.md", text=text, page=1)],
                                    source="s.md", supplier=None, labels=[])
    assert fact.lab is None and "lab" in fact.missing


@pytest.mark.parametrize("said, mass", [("Mass: 640 g", 640.0), ("Mass\n31,2 kg", 31200.0), ("109.5 Wh / 640 g", 640.0),
                                        ("T.4 Shock: half-sine pulse of 150 g", None),
                                        ("Peak acceleration 150 g for 6 ms", None)])
def test_a_un383_mass_is_read_where_it_is_stated_never_from_a_shock_tests_acceleration(said, mass):
    from ingest.facts.transport import mass_of
    found = mass_of([Unit(text=f"Lithium battery test summary\n{said}\n", page=1)])
    assert (found[0] if found else None) == mass


@pytest.mark.parametrize("validity", ["Valid until: subject to successful surveillance audits\nPrinted 2026-03-29",
                                      "Valid until: upon recertification\nDate of initial certification: 2015-01-01",
                                      "Gültig bis: siehe Anhang\nGedruckt am 01.02.2026",
                                      "Valid until: suspended\nPrinted 2030-01-01"])
def test_a_certificate_whose_validity_line_says_something_else_is_not_given_the_next_lines_date(validity):
    from ingest.facts.certificates import extract_certificate
    text = ("Certificate\nThe management system of Example Cells GmbH conforms to ISO 9001:2015.\n"
            f"Certificate number: Q-2291-A\nIssue date: 2024-03-01\n{validity}\n")
    [fact] = extract_certificate([Unit(text=text, page=1)], [Chunk(id="c", source="s.md", text=text, page=1)],
                                 source="s.md", supplier=None, labels=[])
    assert fact.expires is None and "expires" in fact.missing  # needs review, never valid


@pytest.mark.parametrize("said, signed", [("We will sign the Code of Conduct after the audit.", False),
                                          ("The Code of Conduct has been sent to us for signature.", False),
                                          ("Our CEO has signed the Code of Conduct.", True),
                                          ("The Code of Conduct is under legal review.", False)])
def test_a_code_of_conduct_promised_or_requested_in_prose_is_not_signed(said, signed):
    from ingest.facts.locate import Locator
    from ingest.facts.profiles import read_prose
    text = f"Example Cells GmbH is a cell maker based in Ulm, Germany.\n{said}\n"
    fact = ProfileFact(source="s.md")
    read_prose([Unit(text=text, page=1)], fact, Locator([Chunk(id="c", source="s.md", text=text, page=1)]))
    assert fact.code_of_conduct_signed is signed


def test_a_finding_graded_in_words_we_do_not_know_is_kept_for_review_not_dropped(tmp_path):
    _, found = ingested(tmp_path, "audits", {"audit.md": (
        "# Supplier audit report\n\nReport date: 2026-05-02\n\n## Findings\n\n"
        "| Ref | Grade | Status | Due | Topic |\n|---|---|---|---|---|\n"
        "| NC-01 | Serious | Open | 2026-06-01 | Fire exits: blocked by pallets |\n"
        "| NC-02 | Minor | Closed | 2026-06-01 | Wages: paid late |\n")}, kind="audit_finding")
    facts = {f.finding_id: f for f in found}
    assert (facts["NC-01"].severity, facts["NC-01"].status) == (None, "open")
    assert "needs review" in facts["NC-01"].missing["severity"] and facts["NC-02"].severity == "minor"


def test_a_note_that_says_no_audit_took_place_is_not_typed_an_audit_report(tmp_path):
    types, facts = ingested(tmp_path, "misc", {"trip.txt": "Trip notes\n\nWent to the plant on 2026-04-26 with the "
                                                           "account manager. No audit was carried out; we discussed "
                                                           "next year's volumes.\n"}, kind="audit_finding")
    assert types["trip.txt"] != "audit_report" and not facts


@pytest.mark.parametrize("form", [
    "Prüfzusammenfassung nach UN 38.3\nHersteller\nBeispiel Zellen GmbH, Ulm\nPrüflaboratorium\n"
    "Beispiel Prüflabor GmbH, Ulm\nBerichtsnummer\nBPL/2025/0042\nAusgabedatum\n2025-10-21\nModellnummer\n"
    "EX-21700-50\nChemie\nLithium-Ionen\n"
    "Nennenergie\n18 Wh\nMasse\n70 g\nPrüfgrundlage\nUN Manual of Tests and Criteria, Rev. 8\n",
    "Résumé d'essai UN 38.3\nNom et adresse du fabricant\nExemple Cellules S.A.S., Lyon\nLaboratoire d'essai\nExemple "
    "Laboratoire S.A.S., Grenoble\nN° du rapport d'essai\nELS-2025-0042\nDate du rapport\n2025-10-21\nDésignation du "
    "type\nEX-21700-50\nChimie\nLithium-ion\nÉnergie nominale\n18 Wh\nMasse\n70 g\nMéthode d'essai\n"
    "UN Manual of Tests and Criteria, Rev. 8\n"])
def test_un383_labels_standing_above_their_values_in_german_and_french(form):
    from ingest.facts.transport import extract_transport_test
    text = form + "".join(f"T.{n}\nPass\n" for n in range(1, 9)) + "Signed: A. Example, Laboratory Manager\n"
    [fact] = extract_transport_test([Unit(text=text, page=1)], [Chunk(id="c", source="s.md", text=text, page=1)],
                                    source="s.md", supplier=None, labels=[])
    assert fact.model == "EX-21700-50" and fact.report_id and (fact.lab or "").startswith(("Beispiel Prüflabor",
                                                                                            "Exemple Laboratoire"))
    assert not fact.missing_elements, fact.missing_elements


def test_a_table_of_figures_by_month_is_a_kpi_export_whatever_its_columns_are_called_but_a_shipping_log_is_not():
    from ingest.facts.kpis import monthly_numbers
    assert monthly_numbers(["Scorecard", "Period | Perf. % | Qual. | Days", "Jan 2026 | 97.5 | 22 | 30",
                            "Feb 2026 | 93.0 | 25 | 31", "Mar 2026 | 95 | 20 | 29"])
    assert not monthly_numbers(["Date,Qty,Kg", "2026-03-19,12,120", "2026-03-20,12,120", "2026-03-21,12,120"])


def test_a_safety_reports_verdict_is_not_read_from_its_legend_or_a_column_header():
    text = ("Test report\nReport No.: TX-2026-0815\nStandard: IEC 62133-2:2017\nModel: EX-CELL-50\nClause\nVerdict\n"
            "5\nGeneral safety\nP\nP = pass, F = fail, N/A = not applicable\nOverall result: Pass\n")
    [fact] = extract_safety_test([Unit(text=text, page=1)], [Chunk(id="c", source="r.pdf", text=text, page=1)],
                                 source="r.pdf", supplier=None, labels=[])
    assert fact.verdict == "pass"
    text = "Test report\nStandard: UL 9540A\n- Overall verdict: Data reported (method without pass/fail criteria)\n"
    [fact] = extract_safety_test([Unit(text=text, page=1)], [Chunk(id="c", source="r.pdf", text=text, page=1)],
                                 source="r.pdf", supplier=None, labels=[])
    assert fact.verdict == "data reported"


def test_un383_results_in_prose_and_after_dot_leaders():
    from ingest.facts.transport import extract_transport_test
    text = ("Lithium battery test summary\nModel: EX-21700-50\n"
            "The samples passed tests T.1 (altitude), T.2 (thermal),\nT.3, T.4 and T.5, but failed T.6 (impact).\n"
            "Test T.7 (overcharge) is not applicable to this cell type.\n"
            "T.8 Forced discharge .............. Not applicable\n")
    [fact] = extract_transport_test([Unit(text=text, page=1)], [Chunk(id="c", source="s.md", text=text, page=1)],
                                    source="s.md", supplier=None, labels=[])
    assert fact.results == {"T.1": "pass", "T.2": "pass", "T.3": "pass", "T.4": "pass", "T.5": "pass",
                            "T.6": "fail", "T.7": "n/a", "T.8": "n/a"}


def test_a_un383_result_stated_by_exception_is_left_unread_not_passed():
    from ingest.facts.transport import extract_transport_test
    text = ("Lithium battery test summary\nModel: EX-21700-50\nAll tests except T.5 were passed.\n"
            "T.1–T.8: PASS except T.5\n")
    [fact] = extract_transport_test([Unit(text=text, page=1)], [Chunk(id="c", source="s.md", text=text, page=1)],
                                    source="s.md", supplier=None, labels=[])
    assert "T.5" not in fact.results and "results" in fact.missing


def test_audit_findings_graded_in_cells_and_levels_with_their_own_due_column_and_sub_numbers(tmp_path):
    _, found = ingested(tmp_path, "audits", {
        "capa.md": ("# Social audit report\n\nAuditing organisation: Example Assurance S.A.\n"
                    "Report date: 2025-04-17\n\n"
                    "| CAPA No. | Finding ref. | Severity | Close by | Status | Closed on |\n"
                    "|---|---|---|---|---|---|\n"
                    "| CAPA-1 | Observation 1 | Minor | 2025-07-16 | Open | |\n"
                    "| CAPA-2 | Observation 2 | High | 2025-07-09 | Verified and closed | 2025-05-11 |\n"),
        "blocks.md": ("# Quality system audit\n\nReport date: 2026-10-26\n\n"
                      "Finding 4.1 (category 3 (observation), traceability): Batches could not be traced. The finding "
                      "closed on 14.11.2026.\n\nFinding 4.2 (maj, change management): A mixer was changed without "
                      "notice. The finding remains open.\n")}, kind="audit_finding")
    capa = {f.finding_id: f for f in found if f.source.endswith("capa.md")}
    read = {key: (f.severity, f.status, f.due) for key, f in capa.items()}
    assert read == {"Observation 1": ("minor", "open", dt.date(2025, 7, 16)),  # the finding's ref, not the action's
                    "Observation 2": ("major", "closed", dt.date(2025, 7, 9))}
    blocks = {f.finding_id: f.severity for f in found if f.source.endswith("blocks.md")}
    assert blocks == {"Finding 4.1": "observation", "Finding 4.2": "major"}  # two findings, not one "Finding 4"


@pytest.mark.parametrize(("said", "severity"), [
    ("High", "major"), ("Medium risk", "minor"), ("low", "observation"), ("high-temperature storage", None),
    ("Gravedad", None), ("non conformità maggiore", "major"), ("kleine afwijking", "minor")])
def test_a_grade_given_as_a_level_alone_and_in_more_languages(said, severity):
    assert severity_in(said) == severity


def test_markdown_table_rows_and_a_quantity_on_the_next_line_are_read_as_statements():
    from ingest.statements import statements
    said = statements([Unit(text="### Schedule 2\n| Ref. | Level |\n|---|---|\n| S2.1 | OTD at least 95 % |\n"
                                 "| S2.2 | 8D report within 10 days |\n---\nFor each week of delay the Supplier pays "
                                 "liquidated damages of\n0.5 % of the value, capped at 10 %.\n2.1 Next clause.")])
    texts = [s.text for s in said]
    assert "| S2.1 | OTD at least 95 % |" in texts and "| S2.2 | 8D report within 10 days |" in texts
    assert any(t.endswith("damages of 0.5 % of the value, capped at 10 %.") for t in texts)
    assert "2.1 Next clause." in texts and "---" not in texts


@pytest.mark.parametrize(("text", "date"), [
    ("03-Mar-27", dt.date(2027, 3, 3)), ("3rd of March 2027", dt.date(2027, 3, 3)),
    ("15 maggio 2026", dt.date(2026, 5, 15)), ("3 maart 2027", dt.date(2027, 3, 3)),
    ("12 de março de 2027", dt.date(2027, 3, 12)), ("delivered 4 May 25", None),
    ("1 lutego 2026 r.", dt.date(2026, 2, 1)), ("dne 3. září 2026", dt.date(2026, 9, 3)),
    ("14 octombrie 2026", dt.date(2026, 10, 14)), ("2026. március 5.", dt.date(2026, 3, 5)),
    ("ngày 7 tháng 4 năm 2026", dt.date(2026, 4, 7)), ("5. desember 2025", dt.date(2025, 12, 5))])
def test_dates_with_a_short_year_and_in_italian_dutch_and_portuguese(text, date):
    assert (found[0] if (found := find_date(text)) else None) == date


@pytest.mark.parametrize(("said", "verdict"), [("✔", "pass"), ("✘", "fail"), ("Voldoet niet", "fail"),
                                               ("superato", "pass"), ("not OK", "fail"),
                                               ("Test data recorded", "data reported")])
def test_verdicts_as_marks_and_in_more_languages(said, verdict):
    assert verdict_of(said) == verdict


def test_a_contracts_number_start_and_warranty_details_are_read_under_their_labels_and_by_shape(tmp_path):
    _, found = ingested(tmp_path, "contracts", {"agreement.md": (
        "# Master Purchase Agreement\n\nbetween Example Buyer GmbH (the \"Buyer\") and Example Cells S.A. "
        "(the \"Supplier\")\n\nContract No.: MPA/2026/379  \nEffective as of: 2026-09-03  \nTerm: 3 years\n\n"
        "| Ref. | Service level | Requirement |\n|---|---|---|\n"
        "| S2.1 | On time delivery | Delivery performance shall not fall below 95 percent, measured monthly. |\n"
        "| S2.2 | Warranty | Warranty period: 3 years from delivery (4000 full cycles); minimum remaining "
        "capacity 80%. |\n")}, kind="contract_clause")
    clauses = {f.metric: f for f in found}
    assert clauses["on_time_delivery"].target == 95 and clauses["warranty"].target == 3
    assert (clauses["warranty"].warranty_cycles, clauses["warranty"].capacity_retention_pct) == (4000, 80)
    assert {(f.contract_number, f.effective) for f in found} == {("MPA/2026/379", dt.date(2026, 9, 3))}


def test_profile_products_wrapped_onto_the_next_line_or_kept_on_another_sheet_and_types_without_ratings():
    from ingest.facts.profiles import form_lines, listed_in, products_of
    form = "Part numbers supplied: BCT-P40 (pouch cell, 40 Ah); BCT-18650-30E -\ncylindrical cell, 3 Ah\nCountry: SE"
    value = next(pair[1] for _, pair in form_lines(form) if pair and pair[0].startswith("Part numbers"))
    assert products_of(value) == {"BCT-P40": "pouch cell", "BCT-18650-30E": "cylindrical cell"}
    assert products_of("SC-SEP-12C: separator film, ceramic coated") == {"SC-SEP-12C": "separator film, ceramic coated"}
    sheets = [Unit(text="Products supplied: see sheet 'Products'", section=["Registration"]),
              Unit(text="Model | Type\nModel: KDC-CMU-12; Type: cell monitoring unit", section=["Products"])]
    assert products_of(listed_in("see sheet 'Products'", sheets)) == {"KDC-CMU-12": "cell monitoring unit"}


def test_audit_findings_stated_in_a_sentence_speak_for_an_audit_but_a_denied_audit_does_not():
    from ingest.classify import DENIED
    assert DENIED.search("No audit was carried out at the site.")
    assert not DENIED.search("No audit findings were raised.") and not DENIED.search("No test failures were observed.")


@pytest.mark.parametrize(("text", "status"), [
    ("Status : WITHDRAWN (ingetrokken) as of 2026-06-03", "withdrawn"),
    ("Il certificato in oggetto è SOSPESO con decorrenza 22/09/2026.", "suspended"),
    ("Certification of the site is suspended if a surveillance audit is not performed.", None),
    ("This certificate may be suspended or withdrawn if the conditions are not met.", None),
    ("In mancanza delle azioni richieste il certificato sarà revocato.", None),
    ("A withdrawn or suspended certificate is invalid.", None), ("The certificate is not suspended.", None),
    ("El certificado se encuentra suspendido desde el 1 de octubre de 2026.", "suspended"),
    ("Il certificato si intende sospeso dal 22/09/2026.", "suspended"),
    ("The certificate was suspended on 3 June 2026 when the surveillance audit was missed.", "suspended")])
def test_a_certificate_suspended_or_withdrawn_is_read_as_such_never_from_a_condition(text, status):
    from ingest.facts.certificates import status_stated
    said = status_stated([Unit(text=text)])
    assert (said[0] if said else None) == status


def test_a_withdrawn_certificate_keeps_its_printed_validity_and_its_status(tmp_path):
    _, found = ingested(tmp_path, "certificates", {"notice.md": (
        "# Certificate register - search result\n\nCertificate holder : Example Busbars B.V.\n"
        "Standard : ISO 14001:2015\nCertificate number : EX-E-30544\nValid : 2025-03-01 – 2028-02-28\n"
        "Status : WITHDRAWN as of 2026-06-03\n")}, kind="certificate")
    assert [(f.status, f.status_since, f.expires) for f in found] == [("withdrawn", dt.date(2026, 6, 3),
                                                                      dt.date(2028, 2, 28))]


def test_dates_under_a_row_of_headers_flattened_one_cell_per_line_are_read_by_position():
    from ingest.facts.locate import after_label
    units = [Unit(text="Certificate of Registration\nJames Whitfield, Managing Director\nOriginal Registration Date\n"
                       "Effective Date\nExpiry Date\nMar. 4, 2016\nMar. 4, 2025\nMar. 3, 2028\nThis certificate was "
                       "issued electronically.")]
    found = after_label(units, [r"expiry date"], accept=lambda rest: find_date(rest) is not None)
    assert found is not None and find_date(found.value)[0] == dt.date(2028, 3, 3)


def test_un383_a_failed_test_is_not_read_from_the_next_tests_line_and_grids_are_read_by_their_ticks():
    from ingest.facts.models import TransportTestFact
    from ingest.facts.transport import test_results

    class NoChunks:
        def evidence(self, *_: object) -> None:
            return None

    def read(text: str) -> dict[str, str]:
        fact = TransportTestFact(source="x")
        test_results([Unit(text=text)], NoChunks(), fact)  # type: ignore[arg-type]
        return dict(fact.results)

    lines = read("T.4 Shock – passed\n\nT.5 External short circuit – FAILED (sample 4 of 5: 178 °C, limit 170 °C)\n\n"
                 "T.6 Crush – passed")
    assert lines["T.5"] == "fail" and lines["T.6"] == "pass"
    assert read("Tests: T.1 P, T.2 P, T.3 F, T.7 N/A (P = pass, F = fail, N/A = not applicable)") == \
        {"T.1": "pass", "T.2": "pass", "T.3": "fail", "T.7": "n/a"}
    keyed = read("Test: T.1; Description: Altitude; Pass: ☐; Fail: ☒; N/A: ☐\n"
                 "Test: T.2; Description: Thermal; Pass: ☒; Fail: ☐; N/A: ☐")
    assert keyed == {"T.1": "fail", "T.2": "pass"}
    grid = read("Test\nPass\nFail\nN/A\nT.1 Altitude simulation\n[X]\n[ ]\n[ ]\nT.6 Impact / Crush\n[ ]\n[ ]\n[X]\n"
                "T.5 External short circuit\n[ ]\n[X]\n[ ]")
    assert grid == {"T.1": "pass", "T.6": "n/a", "T.5": "fail"}


def test_a_reports_own_grade_legend_decides_its_codes():
    from ingest.facts.audits import legend_of
    legend = legend_of([Unit(text="Weighting: A = major deviation, B = minor deviation, C = note (observation).\n"
                                  "Category III – Opportunity for improvement (no response required).\n"
                                  "F-1 – Major – Calibration")])
    assert legend == {"a": "major", "b": "minor", "c": "observation", "iii": "observation"}  # a finding is no legend
    assert severity_in("C", legend) == "observation" and severity_in("Cat. III", legend) == "observation"


def test_un383_units_in_labels_and_east_asian_dates():
    from ingest.facts.transport import mass_of
    assert find_date("报告日期 / Date of test report: 2026年02月11日")[0] == dt.date(2026, 2, 11)
    assert find_date("2025년 12월 3일")[0] == dt.date(2025, 12, 3)
    mass = mass_of([Unit(text="质量 / Mass (g): 285\nT.4 Shock: 150 g")])
    assert mass is not None and mass[0] == 285


def _summary_fact(text: str):
    from ingest.facts.transport import extract_transport_test
    [fact] = extract_transport_test([Unit(text=text, page=1)], [Chunk(id="c", source="s.docx", text=text, page=1)],
                                    source="s.docx", supplier=None, labels=[])
    return fact


@pytest.mark.parametrize("row, result", [("T.3 Vibration\tDoes not comply", "fail"),
                                         ("T.3 Vibration does not comply", "fail"),
                                         ("T.3 Vibration not passed", "fail"), ("T.3 Vibration\tn. a.", "n/a"),
                                         ("T.3 Vibration\tPassed", "pass")])
def test_a_result_cell_of_several_words_is_read_whole_never_by_its_last_word(row, result):
    """"Does not comply" after a tab once became "comply", a pass - a false all-clear for a failed test."""
    text = ("Lithium battery test summary\nModel: EX-21700-50\n"
            + "".join(f"T.{n} Test {n}\tPass\n" for n in (1, 2)) + row + "\n")
    assert _summary_fact(text).results["T.3"] == result


def test_who_made_and_who_tested_said_in_sentences_complete_the_summary():
    text = ("Lithium Battery Test Summary\nThis summary covers the pouch cell, 60 Ah model EX-P60N manufactured by "
            "Example Cell\nTechnologies Co., Ltd., 1 Park Road, Suzhou, China; a@example.cn.\n"
            "Testing was performed by Example Battery Lab AB, Mätvägen 2, Västerås, Sweden, and is documented\n"
            "in test report EBL-0381-25 dated 10/16/2025. The tests followed the ST/SG/AC.10/11/Rev.8/Amend.1.\n"
            "The lithium-ion cell has a rated energy of 216 Wh and a mass of 1.1 kg.\n"
            "The samples passed tests T.1 to T.8.\nSigned: Dr. A. Example, Head of Battery Testing, "
            "Example Test Laboratory GmbH\n")
    fact = _summary_fact(text)
    assert (fact.manufacturer, fact.lab, fact.report_id) == ("Example Cell Technologies Co., Ltd.",
                                                             "Example Battery Lab AB", "EBL-0381-25")
    assert not {"manufacturer", "lab", "report_id"} & set(fact.missing)


def _safety_fact(text: str):
    [fact] = extract_safety_test([Unit(text=text, page=1)], [Chunk(id="c", source="r.pdf", text=text, page=1)],
                                 source="r.pdf", supplier=None, labels=[])
    return fact


def test_a_safety_report_without_an_overall_verdict_fails_on_a_failed_test_not_passes_on_its_first_row():
    """A failed UL 2054 report whose first row "Complies" was taken for its verdict: a false all-clear."""
    text = ("TEST REPORT\nUL 2054, Standard for Household and Commercial Batteries\nReport number\nEX-1187-UL\n"
            "Model\nEX-1S-TRK\nTest\nResult\nShort-circuit\nComplies\nAbnormal charging\n"
            "Does not comply – sample 3 vented with flame\nCrush\nComplies\n")
    assert _safety_fact(text).verdict == "fail"
    bilingual = ("Protokol o zkoušce / Test report No.\nEX-2025-0533\nTypové označení / Type\nEX-M10-94\n"
                 "Norma / Standard\nIEC 62619:2022\n7.2.3\nPád / Drop\nvyhovuje / pass\n"
                 "Celkové hodnocení / Overall assessment: NEVYHOVUJE / DOES NOT COMPLY\n")
    fact = _safety_fact(bilingual)
    assert (fact.verdict, fact.model) == ("fail", "EX-M10-94")


@pytest.mark.parametrize("said, standard", [("Test standard: GB 31241-2022", "GB 31241:2022"),
                                            ("Norm: JIS C 8714:2007", "JIS C 8714:2007"),
                                            ("Tested per SAE J2464 (2009)", "SAE J2464:2009"),
                                            ("Standard: GB/T 36276-2018", "GB/T 36276:2018")])
def test_a_safety_report_against_a_standard_of_any_body_is_read(said, standard):
    text = (f"Test report\nAccredited to ISO/IEC 17025\n{said}\nReport No.: EX-2026-0815\nModel: EX-CELL-50\n"
            "Verdict: Pass\n")
    assert _safety_fact(text).standard == standard


def test_a_un383_summary_over_a_family_of_models_gives_each_model_its_own_row_of_results():
    """One model of three failed T.3: only that model's fact says so, and no model borrows another's results."""
    from ingest.facts.transport import extract_transport_test
    header = ["Model", "Mass (g)", "Wh", *(f"T.{n}" for n in range(1, 9))]
    rows = [["EX-18650-29", "46.0", "10.5", *"PPPPPP–P"], ["EX-18650-35", "48.5", "12.6", *"PPFPPP–P"],
            ["EX-21700-45", "69.0", "16.2", *"PPPPPP–P"]]
    text = ("UN38.3 TEST SUMMARY\nManufacturer: Example Cells Ltd., Lund\nTest laboratory: Example Lab Ltd.\n"
            "Test report No.: EX-T-25-00412\nDate of report: 30 June 2025\nLithium ion cells\n"
            "Models covered: EX-18650-29, EX-18650-35, EX-21700-45\n"
            + "\n".join(header) + "\n" + "\n".join(cell for row in rows for cell in row)  # a PDF's flattened table
            + "\nCertified by: A. Example, General Manager\n")
    facts = extract_transport_test([Unit(text=text, page=1)], [Chunk(id="c", source="s.pdf", text=text, page=1)],
                                   source="s.pdf", supplier=None, labels=[])
    by_model = {f.model: f for f in facts}
    assert set(by_model) == {"EX-18650-29", "EX-18650-35", "EX-21700-45"} and len({f.id for f in facts}) == 3
    assert by_model["EX-18650-35"].results["T.3"] == "fail" and by_model["EX-18650-35"].mass_g == 48.5
    assert by_model["EX-21700-45"].results["T.3"] == "pass" and by_model["EX-21700-45"].watt_hours == 16.2


def test_a_model_named_only_in_the_title_or_a_caption_is_read_and_a_report_number_is_never_taken_for_it():
    text = ("Sächsisches Prüfinstitut GmbH · Tel. +49 351 479 3300\n"
            "Zusammenfassung der Prüfergebnisse nach UN 38.3 für das\nHochvolt-Batteriesystem EX-HV-400-96S\n"
            "Bericht-Nr. / Report no.: EXP-T-25-0412\nDatum / Date: 28.08.2025\nLithium-Ionen, 35,5 kWh, 265 kg\n"
            + "".join(f"T.{n}: i.O.\n" for n in range(1, 9)))
    fact = _summary_fact(text)
    assert (fact.model, fact.report_id, fact.date) == ("EX-HV-400-96S", "EXP-T-25-0412", dt.date(2025, 8, 28))
    assert fact.results["T.4"] == "pass"


def test_results_in_rows_of_two_cells_rendered_with_their_headers_are_read():
    """A DOCX table "Prüfung / Test | Ergebnis / Result" gives rows of two keyed cells: "n.i.O." fails its test."""
    rows = [f"Prüfung / Test: T.{n} Test {n}; Ergebnis / Result: {'n.i.O.' if n == 4 else 'i.O.'}" for n in range(1, 9)]
    fact = _summary_fact("UN 38.3 Test Summary\nModel: EX-12V-60\n" + "\n".join(rows) + "\n")
    assert fact.results["T.4"] == "fail" and fact.results["T.1"] == "pass" and len(fact.results) == 8


def test_a_paper_that_names_a_standard_but_no_report_and_no_verdict_is_no_safety_report():
    from ingest.facts.safety import extract_safety_test
    text = "Datasheet EX-21700-50T\nCertified to IEC 62133-2:2017 and UL 1642\nNominal capacity 5000 mAh\n"
    assert extract_safety_test([Unit(text=text, page=1)], [Chunk(id="c", source="d.pdf", text=text, page=1)],
                               source="d.pdf", supplier=None, labels=[]) == []


def test_a_report_over_two_standards_gives_each_the_verdict_stated_for_it_whichever_comes_first():
    """The verdict stated first (for IEC 63056) was once kept for the report's first standard (IEC 62619), which
    failed: a false all-clear."""
    from ingest.facts.safety import extract_safety_test
    text = ("Test Report\nReport no. EX-S-25-0631\nModel\nEX-ESS-15\n"
            "Standards\nIEC 62619 Ed. 2 (2022); IEC 63056 Ed. 1.0 (2020)\n"
            "Part B – IEC 63056\nVerdict IEC 63056: PASS\nPart A – IEC 62619\nVerdict IEC 62619: FAIL\n")
    facts = extract_safety_test([Unit(text=text, page=1)], [Chunk(id="c", source="r.pdf", text=text, page=1)],
                                source="r.pdf", supplier=None, labels=[])
    assert {f.standard: f.verdict for f in facts} == {"IEC 62619:2022": "fail", "IEC 63056:2020": "pass"}


@pytest.mark.parametrize(("clause", "rate", "cap"), [
    ("7.3 If the Supplier fails to deliver by the Delivery Date, it shall pay liquidated damages of one half of one\n"
     "percent (0.5 %) of the value of the delayed Goods for\neach calendar day of delay, capped at five percent (5 %) "
     "of the Order Value.", 0.5, 5.0),  # the page wrapped between the rate and its period
    ("14.1 The Purchaser shall recover from the Vendor a sum equivalent to ½% (half per cent) of the price of the "
     "delayed supplies for each week or part thereof of delay, subject to a maximum of 5% (five per cent) of the "
     "total order value.", 0.5, 5.0),
    ("§ 8 (3) Gerät der Lieferant in Lieferverzug, so kann der Besteller für jeden angefangenen Werktag des Verzugs "
     "eine Vertragsstrafe in Höhe von 3 ‰ (drei Promille) des Nettowertes verlangen, insgesamt jedoch nicht mehr als "
     "5 v. H. des Nettoauftragswertes.", 0.3, 5.0),
    ("QUINTO: Multas por atraso. La Vendedora pagará una multa equivalente al cero coma uno por ciento (0,1 %) del "
     "precio del embarque atrasado, por cada día corrido de atraso, con un tope máximo equivalente al tres por ciento "
     "(3 %) de dicho precio.", 0.1, 3.0),
    ("Art. 9 In caso di ritardo il Fornitore pagherà una penale pari allo 0,5 % del valore della merce per ogni giorno "
     "di ritardo, fino a un massimo del 5 % del valore dell'ordine.", 0.5, 5.0),
    ("§ 7. W przypadku opóźnienia Dostawca zapłaci karę umowną w wysokości 0,2 % wartości dostawy za każdy dzień "
     "opóźnienia, nie więcej niż 10 % wartości zamówienia.", 0.2, 10.0),
    ("8.3 Vid försenad leverans betalar Leverantören vite om 1 procent av ordervärdet för varje påbörjad vecka av "
     "förseningen, dock högst en femtedel av ordervärdet.", 1.0, 20.0),  # Swedish, the cap a fraction in words
    ("Clause 12.2 For every day of late delivery the Seller shall pay 0.2 % of the price of the late Goods, limited "
     "to one-twentieth of the Contract Price.", 0.2, 5.0),
    ("7.4 Por cada entrega com atraso, o Fornecedor pagará uma multa de 1,5 % do valor da entrega; o total das "
     "multas fica limitado a 40.000 EUR por ano.", 1.5, None),  # per late delivery, capped at money: no percent cap
    ("6.3 En cas de retard de livraison, le Client applique une pénalité de deux pour mille (2 ‰) du montant de la "
     "commande par jour calendaire de retard, plafonnée à un vingtième (1/20) de la valeur de la commande.", 0.2, 5.0),
    ("8.2 Per ogni giorno di ritardo nella consegna il Fornitore corrisponderà una penale dello 0,3 % del valore "
     "dell'ordine, fino a un massimo complessivo del 6 % del valore dell'ordine.", 0.3, 6.0),
    ("§ 5. W razie zwłoki Dostawca zapłaci karę umowną w wysokości 0,1 % wartości zamówienia za każdy dzień zwłoki, "
     "nie więcej jednak niż 8 % tej wartości.", 0.1, 8.0),
    # the limit after the figure, as Japanese and Korean write it, and before it with no space, as Chinese does
    ("第9条 2 乙は、納期遅延1日につき注文金額の0.2%を違約金として甲に支払う。"
     "ただし、その総額は注文金額の5%を超えないものとする。", 0.2, 5.0),
    ("3. 卖方迟延交货的，每迟延一日按迟延交货部分价款的0.1%支付违约金，违约金总额不超过该部分价款的8%。", 0.1, 8.0)])
def test_a_late_delivery_penalty_reads_its_rate_never_its_cap_however_it_is_written(tmp_path, clause, rate, cap):
    text = (f"# Supply Agreement\n\nbetween Example Cells Ltd (Supplier) and Example Buyer B.V. (Buyer)\n\n{clause}\n\n"
            "SEXTO: Especificaciones. Li2CO3 ≥ 99,5 %, Na ≤ 250 ppm, Fe ≤ 5 ppm.\n")
    _, facts = ingested(tmp_path, "contracts", {"agreement.md": text}, kind="contract_clause")
    read = {(f.metric, f.penalty_rate, f.penalty_cap) for f in facts}
    assert read == {("late_delivery_penalty", rate, cap)}  # and an impurity limit is no defect target


@pytest.mark.parametrize(("clauses", "cap"), [
    ("9.1 If the Supplier delivers late, it shall pay liquidated damages of 0.5 % of the value of the delayed goods "
     "for each week of delay.\n9.2 The aggregate liquidated damages under clause 9.1 shall not exceed 7.5 % of the "
     "order value.", 7.5),
    ("제7조 (지체상금)\n① 을은 납기를 지체한 경우 지체일수 1일당 계약금액의 1000분의 5(0.5%)를 "
     "지체상금으로 갑에게 지급한다.\n"
     "② 지체상금의 총액은 계약금액의 100분의 8을 한도로 한다.", 8.0),
    # the next sentence limits the supplier's whole liability, not the penalty
    ("9.1 If the Supplier delivers late, it shall pay liquidated damages of 0.5 % of the value of the delayed goods "
     "for each week of delay.\n9.2 The Supplier's total liability under this Agreement shall not exceed 100 % of the "
     "annual purchase value.", None)])
def test_a_penaltys_cap_stated_in_the_sub_clause_after_it_is_joined_to_its_rate(tmp_path, clauses, cap):
    text = f"# Supply Agreement\n\nbetween Example Cells Ltd (Supplier) and Example Buyer B.V. (Buyer)\n\n{clauses}\n"
    _, facts = ingested(tmp_path, "contracts", {"agreement.md": text}, kind="contract_clause")
    assert [(f.metric, f.penalty_rate, f.penalty_cap) for f in facts] == [("late_delivery_penalty", 0.5, cap)]


@pytest.mark.parametrize(("head", "number", "effective"), [
    ("UMOWA DOSTAW nr AB/CD/2026/11\nzawarta w dniu 2 lutego 2026 r.\nUmowa obowiązuje od dnia 1 marca 2026 r.",
     "AB/CD/2026/11", dt.date(2026, 3, 1)),
    ("RÁMCOVÁ SMLOUVA č. RS-2026-0042\nSmlouva nabývá účinnosti dnem 15. května 2026.", "RS-2026-0042",
     dt.date(2026, 5, 15)),
    ("CONTRATO DE SUMINISTRO No.\nCS-0199/2026\nentre Example Buyer y Example Cells", "CS-0199/2026", None),
    ("Contrat d'approvisionnement\nn° CA-2026-07\nLe contrat prend effet le 1er juin 2026.", "CA-2026-07",
     dt.date(2026, 6, 1)),
    ("Liefervertrag\nzwischen Example Buyer GmbH (HRB 4711) und Example Cells AG\n"
     "(1) Dieser Vertrag tritt am 01.07.2026 in Kraft.", None, dt.date(2026, 7, 1)),
    ("Supply Agreement\nbetween Example Buyer Ltd (Company No. 0812345) and Example Cells Ltd\n"
     "Terms applicable w.e.f. 01.04.2026 to all orders.", None, dt.date(2026, 4, 1)),
    ("SÖZLEŞME\nBu Sözleşme 1 Mart 2026 tarihinde yürürlüğe girer.", None, dt.date(2026, 3, 1)),
    ("供货协议\n协议编号：GH-2026-031\n本协议自2026年5月1日起生效。", "GH-2026-031", dt.date(2026, 5, 1))])
def test_an_agreements_number_and_start_as_its_title_and_its_prose_give_them(head, number, effective):
    from ingest.facts.contracts import agreement_number, effective_of
    units = [Unit(text=head)]
    whole = " ".join(head.split())
    assert agreement_number(units, whole) == number
    assert (found[0] if (found := effective_of(units, whole)) else None) == effective


def test_a_numbered_item_under_an_article_in_any_language_is_cited_with_its_article():
    from ingest.facts.contracts import clause_of
    from ingest.statements import statements
    said = statements([Unit(text="Artykuł 6 Terminowość\n3. Dostawca zapłaci karę umowną.\n第10条（納期）\n"
                                 "2 乙は納期を守る。\n제8조 (지체상금)\n② 지체상금의 총액은 한도로 한다.")])
    labels = [clause_of(s) for s in said if not s.heading]
    assert labels == ["Artykuł 6 (3)", "第10条 (2)", "제8조 (2)"]


def test_service_levels_with_figures_restated_in_brackets_and_the_figure_after_its_measure(tmp_path):
    text = ("# Exhibit C - Service Level Agreement\n\nto the Master Supply Agreement between Example Buyer B.V. "
            "(\"Buyer\") and Example Grid, Inc. (\"Supplier\")\n\n"
            "Section 3. Quality\n"
            "(1) Supplier shall maintain a field and incoming defect rate (DPPM) of no more than 250, measured on a "
            "rolling four-quarter basis.\n"
            "(2) Supplier shall acknowledge each Nonconformance Notice within one (1) Business Day.\n"
            "(3) Supplier shall deliver a complete 8D report within ten (10) Business Days after the notice.\n"
            "Section 4. Performance Warranty\n"
            "(1) Supplier warrants that each unit shall, for ten (10) years from commissioning or 6,000 full cycles, "
            "retain at least seventy percent (70%) of its nameplate energy.\n")
    _, facts = ingested(tmp_path, "contracts", {"sla.md": text}, kind="contract_clause")
    read = {f.metric: (f.target, f.unit) for f in facts}
    assert read == {"defect_ppm": (250, "ppm"), "complaint_acknowledgement": (1, "working days"),
                    "report_8d": (10, "working days"), "warranty": (10, "years")}


def test_a_japanese_quality_agreement_is_read_and_a_brochure_quoting_service_levels_is_no_contract(tmp_path):
    agreement = ("品質保証協定書\nQuality Assurance Agreement\nExample Buyer B.V.（以下「甲」という。）"
                 "と例株式会社（以下「乙」という。）は、次のとおり協定する。\n第6条（品質目標）\n"
                 "乙は、納入品の不良率を 10 ppm 以下とする。\n第8条（不具合発生時の対応）\n"
                 "1 乙は、甲から不具合の通知を受けた場合、24時間以内に受領した旨を甲に回答する。\n"
                 "2 乙は、30日以内に対策書（8Dレポート）を甲に提出する。\n第10条（変更管理）\n"
                 "乙は、変更を行う場合、実施予定日の180日前までに甲に書面で申請する。\n")
    brochure = ("# Example Energy\n\nWhy customers choose us\n\n- 99 % on-time delivery to our customers in 2025\n"
                "- Field failure rate below 5 ppm across 1.2 billion cells shipped\n"
                "- 8D response within 24 hours from our customer quality teams\n")
    types, facts = ingested(tmp_path, "contracts", {"agreement.md": agreement, "brochure.md": brochure},
                            kind="contract_clause")
    assert types["agreement.md"] == "contract" and types["brochure.md"] == "other"
    read = {f.metric: (f.target, f.unit) for f in facts}
    assert read == {"defect_ppm": (10, "ppm"), "complaint_acknowledgement": (24, "hours"), "report_8d": (30, "days"),
                    "change_notice": (180, "days")}


def test_an_amendments_table_of_previous_and_new_targets_gives_the_new_ones_from_its_effective_date(tmp_path):
    text = ("# Amendment No. 2\n\nto Framework Purchase Agreement No. FPA-2025-031 between Example Buyer B.V. (the "
            "\"Buyer\") and Example Packs Sp. z o.o. (the \"Supplier\").\n\nThe targets of Schedule 2 are amended as "
            "follows:\n\n| Item | KPI | Previous target | New target |\n|---|---|---|---|\n"
            "| 1 | On-time delivery (OTD), monthly | ≥ 97.0 % | ≥ 98.0 % |\n"
            "| 2 | Quality - defective ppm, rolling 3 months | ≤ 100 ppm | ≤ 75 ppm |\n\n"
            "This Amendment shall apply with effect from 1 September 2026.\n")
    _, facts = ingested(tmp_path, "contracts", {"amendment.md": text}, kind="contract_clause")
    assert {f.metric: (f.target, f.effective) for f in facts} == {
        "on_time_delivery": (98.0, dt.date(2026, 9, 1)), "defect_ppm": (75.0, dt.date(2026, 9, 1))}


def test_an_amendments_flattened_before_and_after_table_gives_the_new_rate_and_a_malus_its_own(tmp_path):
    amendment = ("# Amendment No. 3 to Supply Agreement No. SA-2024-77\n\nbetween Example Buyer AG (the \"Buyer\") and "
                 "Example Cells Ltd (the \"Seller\").\n\nArticle 1. Clause 9.1 (Late delivery) is amended with effect "
                 "from 1 March 2027 as follows:\nBefore this Amendment\nFrom 1 March 2027\nRate\n"
                 "0.2 % of the value of the late goods per\ncalendar day\n"
                 "0.4 % of the value of the late goods per\ncalendar day\n")
    agreement = ("# Quality Assurance Agreement No. QAA-2026-11\n\nbetween Example Buyer AG and Example Modules Oy.\n\n"
                 "5.3 Malus: for each full percentage point by which the quarterly on-time delivery rate falls below "
                 "96 %, the Supplier grants a credit of 0.75 % of the quarter's invoiced value.\n"
                 "13.1 The Supplier warrants the modules for eight (8) years from delivery and that each keeps at "
                 "least 75 % of its rated energy.\n")
    types, facts = ingested(tmp_path, "contracts", {"amendment.md": amendment, "qaa.md": agreement},
                            kind="contract_clause")
    assert types == {"amendment.md": "contract", "qaa.md": "contract"}
    read = {(Path(f.source).name, f.metric): f.target if f.target is not None else f.penalty_rate for f in facts}
    assert read == {("amendment.md", "late_delivery_penalty"): 0.4,  # the new rate, not the one it replaces
                    ("qaa.md", "otd_service_credit"): 0.75,  # not the 96 % it is measured against
                    ("qaa.md", "warranty"): 8.0}  # and a share of rated energy is no delivery target


def test_kpi_tables_whose_header_is_blank_over_the_months_or_named_in_czech_and_finnish(tmp_path):
    from ingest.formats.tables import rows_to_text
    text = rows_to_text([["", "准时交付率 (%)", "来料不良 (PPM)", "平均交期 (天)", "备注"],
                         ["2026年1月", "93.5", "480", "35", ""], ["2026年2月", "95.0", "410", "38", "春节停产"]])
    assert text.splitlines()[0] == "准时交付率 (%) | 来料不良 (PPM) | 平均交期 (天) | 备注"  # never a data row
    types, facts = ingested(tmp_path, "kpi", {
        "zh.md": "\n".join(text.splitlines()) + "\n",
        "cs.md": "| Období | Včasnost dodávek [%] | Reklamované díly [ppm] | Průměrná dodací lhůta [dny] |\n"
                 "|---|---|---|---|\n| leden 2026 | 98,1 | 95 | 14,5 |\n| únor 2026 | 97,4 | 110 | 15,0 |\n"
                 "| 1. čtvrtletí 2026 | 97,8 | 100 | 14,8 |\n",
        "fi.md": "| Kuukausi | Toimitusvarmuus % | Virheelliset ppm | Toimitusaika (pv) |\n|---|---|---|---|\n"
                 "| tammikuu 2026 | 96 | 120 | 12 |\n| helmikuu 2026 | 97.5 | 95 | 11 |\n"
                 "| Q1 yhteensä | 96.2 | 122 | 12 |\n"},
        kind="kpi")
    assert set(types.values()) == {"kpi"}
    rows = {Path(f.source).name: [(m.month, m.on_time_delivery_pct, m.defect_ppm) for m in f.months] for f in facts}
    assert rows == {"zh.md": [("2026-01", 93.5, 480), ("2026-02", 95.0, 410)],
                    "cs.md": [("2026-01", 98.1, 95), ("2026-02", 97.4, 110)],  # a quarter is no month
                    "fi.md": [("2026-01", 96, 120), ("2026-02", 97.5, 95)]}


def test_an_amendment_restating_a_clause_as_unchanged_makes_no_clause_and_a_dutch_sla_annex_is_a_contract(tmp_path):
    amendment = ("# Amendment No. 1\n\nto Supply Agreement No. LA-2025-211 between Example Buyer AG (the "
                 "\"Buyer\") and Example Cells AB (the \"Supplier\").\n\n"
                 "| Clause | Subject | Previous wording | New wording |\n|---|---|---|---|\n"
                 "| 8.1 | On-time delivery | at least 95 per cent of order lines "
                 "| at least 97 per cent of order lines |\n"
                 "\n2. For the avoidance of doubt, the liquidated damages of Clause 8.3 (0.5 per cent per started "
                 "week of delay, capped at 10 per cent) remain unchanged.\n")
    annex = ("Bijlage 2 bij Raamovereenkomst RO-2026-03 — Service Level Agreement\n\n"
             "Partijen: Example Buyer AG en Example Energy B.V.\n\n"
             "1. Leverbetrouwbaarheid: minimaal 96 % van de orderregels op de bevestigde datum.\n"
             "Servicekrediet van 1 % van het maandelijks gefactureerde bedrag per volledig procentpunt onder 96 %, "
             "met een maximum van 5 % van dat bedrag per maand.\n")
    types, facts = ingested(tmp_path, "contracts", {"amendment.md": amendment, "bijlage.txt": annex},
                            kind="contract_clause")
    assert types == {"amendment.md": "contract", "bijlage.txt": "contract"}
    read = {(Path(f.source).name, f.metric): f.target if f.target is not None else f.penalty_rate for f in facts}
    assert read == {("amendment.md", "on_time_delivery"): 97.0, ("bijlage.txt", "on_time_delivery"): 96.0,
                    ("bijlage.txt", "otd_service_credit"): 1.0}


def test_kpi_months_named_without_their_year_and_an_emails_month_lines(tmp_path):
    types, facts = ingested(tmp_path, "kpi", {
        "pl.md": "Example Sp. z o.o. – wskaźniki dostaw, rok 2026\n\n"
                 "| Wskaźnik | styczeń | luty | marzec | Średnia |\n|---|---|---|---|---|\n"
                 "| Terminowość dostaw [%] | 97,0 | 98,5 | 96,2 | 97,2 |\n"
                 "| Wadliwość [ppm] | 1 040 | 760 | 1 220 | 1 007 |\n",
        "mail.txt": "Subject: Monthly performance update\n\nHi,\n\nhere are the figures for your account:\n\n"
                    "  * June 2026:   delivery reliability 100%  | average lead time 24 days\n"
                    "  * July 2026:   delivery reliability 95%   | average lead time 27 days\n\n"
                    "YTD (Jun-Jul): 97.5% delivery reliability, 25.5 days average lead time.\n"},
        kind="kpi")
    assert types == {"pl.md": "kpi", "mail.txt": "kpi"}
    rows = {Path(f.source).name: [(m.month, m.on_time_delivery_pct, m.defect_ppm, m.lead_time_days) for m in f.months]
            for f in facts}
    assert rows == {"pl.md": [("2026-01", 97.0, 1040, None), ("2026-02", 98.5, 760, None),
                              ("2026-03", 96.2, 1220, None)],  # the average is no month
                    "mail.txt": [("2026-06", 100, None, 24), ("2026-07", 95, None, 27)]}  # nor is the YTD line


def test_service_levels_of_korean_and_german_agreements_and_a_buyers_own_deadline_is_none(tmp_path):
    korean = ("공급계약서\n계약번호: EX-2026-01\n"
              "Example Buyer GmbH(이하 \"갑\"이라 한다)와 예시 주식회사(이하 \"을\"이라 한다)는 "
              "다음과 같이 계약을 체결한다.\n"
              "제3조 (계약기간)\n본 계약은 2026년 3월 1일부터 효력이 발생한다.\n제8조 (지체상금)\n"
              "① 을이 납기 내에 납품을 완료하지 못한 경우, 지체일수 1일당 발주금액의 2/1000(0.2%)에 해당하는 "
              "지체상금을 갑에게 지급한다.\n제9조 (납기준수율)\n① 을은 월별 납기준수율 97% 이상을 유지하여야 한다.\n")
    german = ("Rahmenliefervertrag\nNr. RLV-2026-0042\nzwischen Example Buyer GmbH – nachfolgend „Auftraggeber“ – "
              "und Beispiel Module GmbH – nachfolgend „Lieferant“ –\n§ 7 Qualität\n"
              "(4) Auf jede Reklamation reagiert der Lieferant binnen 24 Stunden; den 8D-Bericht legt er binnen "
              "10 Arbeitstagen vor.\n§ 8 Mängelhaftung\n(1) Die Verjährungsfrist für Mängelansprüche beträgt drei "
              "(3) Jahre ab Lieferung.\n§ 11 Änderungen\n(1) Prozessänderungen sind dem Auftraggeber mindestens "
              "sechs Monate vor ihrer Umsetzung schriftlich anzuzeigen.\n")
    chinese = ("电芯采购框架协议\n甲方：Example Buyer GmbH\n乙方：示例电池有限公司\n第6条 交付\n"
               "2. 乙方逾期交货的，每逾期一日，应按逾期部分货款的0.1%向甲方支付违约金。\n第9条 质量\n"
               "3. 甲方提出质量投诉后，乙方应在24小时内书面回复，并在5个工作日内提交8D报告。\n第11条 付款\n"
               "甲方在收到发票后60日内付款。\n")
    english = ("SUPPLY AGREEMENT No. EX-77\nbetween Example Buyer GmbH (\"Buyer\") and Example Nickel Ltd "
               "(\"Supplier\")\n4.2 The Buyer shall notify any quality claim within thirty (30) days of arrival of "
               "the shipment.\n")
    types, facts = ingested(tmp_path, "contracts", {"ko.md": korean, "de.md": german, "en.md": english,
                                                    "zh.md": chinese}, kind="contract_clause")
    assert set(types.values()) == {"contract"}
    read = {(Path(f.source).name, f.metric): (f.target if f.target is not None else f.penalty_rate, f.unit)
            for f in facts}
    assert read == {("ko.md", "late_delivery_penalty"): (0.2, "%"), ("ko.md", "on_time_delivery"): (97, "%"),
                    ("de.md", "complaint_acknowledgement"): (24, "hours"), ("de.md", "report_8d"): (10, "working days"),
                    ("de.md", "warranty"): (3, "years"), ("de.md", "change_notice"): (6, "months"),
                    ("zh.md", "late_delivery_penalty"): (0.1, "%"),
                    ("zh.md", "complaint_acknowledgement"): (24, "hours"), ("zh.md", "report_8d"): (5, "working days")}
    assert {f.effective for f in facts if Path(f.source).name == "ko.md"} == {dt.date(2026, 3, 1)}


def test_a_bulleted_finding_row_without_a_due_date_is_a_finding_not_a_table_header():
    from ingest.facts.audits import extract_audit_findings
    text = ("Social Audit Report\nThe audit identified one minor non-conformance and one observation.\nFindings\n"
            "- Finding 1 | Minor | Open | close by 6 February 2027 | Wages: overtime premium not paid on Sundays.\n"
            "- Finding 2 | Observation | Open | Fire safety: an emergency exit was blocked by pallets.\n")
    facts = extract_audit_findings([Unit(text=text, page=1)], [Chunk(id="c", source="a.md", text=text, page=1)], None,
                                   source="a.md", supplier=None, labels=[])
    assert sorted((f.finding_id, f.severity, f.status) for f in facts) == [("Finding 1", "minor", "open"),
                                                                           ("Finding 2", "observation", "open")]


def test_months_of_a_financial_year_take_the_year_of_the_period_the_title_states(tmp_path):
    types, facts = ingested(tmp_path, "kpi", {"fy.md": (
        "Example Cells Pty Ltd - supplier scorecard\nFinancial year 2025-26 (1 July 2025 - 30 June 2026)\n\n"
        "| Measure | Nov | Dec | H1 | Jan | Feb |\n|---|---|---|---|---|---|\n"
        "| Delivery reliability (%) | 96.0 | 94.5 | 95.3 | 97.1 | 98.0 |\n"
        "| Defects per million | 40 | 55 | 47 | 38 | 30 |\n")}, kind="kpi")
    assert types == {"fy.md": "kpi"}
    assert [(m.month, m.on_time_delivery_pct, m.defect_ppm) for m in facts[0].months] == [
        ("2025-11", 96.0, 40), ("2025-12", 94.5, 55), ("2026-01", 97.1, 38), ("2026-02", 98.0, 30)]  # H1 no month


def test_an_agreement_in_a_language_its_title_rules_do_not_list_is_a_contract_by_its_service_levels(tmp_path):
    slovak = ("KÚPNA ZMLUVA č. KZ-2026-0007\nKupujúci: Example Buyer s.r.o.\nPredávajúci: Example Moduly s.r.o.\n"
              "Článok 4 Dodávky\n(1) Predávajúci sa zaväzuje dodávať včas aspoň 96 % objednávok v každom mesiaci.\n"
              "(2) Za každý začatý deň omeškania s dodaním zaplatí Predávajúci zmluvnú pokutu 0,2 % z ceny "
              "tovaru.\n(3) Celková výška zmluvných pokút nepresiahne 8 % ceny objednávky.\n"
              "(4) Pri omeškaní Kupujúceho so zaplatením faktúry zaplatí Kupujúci úrok z omeškania 0,05 % za "
              "každý deň omeškania.\n")
    turkish = ("TEDARİK VE LOJİSTİK SÖZLEŞMESİ\nAlıcı: Example Alıcı A.Ş.\nTedarikçi: Örnek Batarya A.Ş.\n"
               "Madde 6 – Hizmet seviyesi\n6.1 Tedarikçi siparişlerin en az %97'sini zamanında teslim eder.\n"
               "6.2 Her geç teslimat için Tedarikçi, teslimat bedelinin %1'i oranında cezai şart öder; cezai şartların "
               "toplamı sipariş bedelinin %6'sını aşamaz.\n")
    brochure = ("Service level overview\nExample Cells delivers what it promises: 99 % on-time delivery in 2025, "
                "below 20 ppm defects and a 10 year warranty on every module.\n")
    types, facts = ingested(tmp_path, "contracts", {"sk.md": slovak, "tr.md": turkish, "brochure.md": brochure},
                            kind="contract_clause")
    assert types == {"sk.md": "contract", "tr.md": "contract", "brochure.md": "other"}
    read = {(Path(f.source).name, f.metric): (f.target, f.penalty_rate, f.penalty_cap) for f in facts}
    assert read == {("sk.md", "on_time_delivery"): (96, None, None),
                    ("sk.md", "late_delivery_penalty"): (None, 0.2, 8),  # the buyer's interest on late payment is none
                    ("tr.md", "on_time_delivery"): (97, None, None), ("tr.md", "late_delivery_penalty"): (None, 1, 6)}


def test_a_self_assessment_in_romanian_and_a_norwegian_profile_are_read_with_their_code_of_conduct_answer(tmp_path):
    romanian = ("CHESTIONAR FURNIZOR\nDenumire: Exemplu Baterii S.R.L.\nȚara: România\n"
                "Persoană de contact: ana.pop@exemplu.ro\nProduse: EX-M48 modul baterie\n"
                "Codul de conduită semnat: Nu – în analiză la departamentul juridic\n")
    norwegian = ("Leverandørprofil\nFirmanavn: Eksempel Batteri AS\nLand: Norge\nKontaktperson: kari@eksempel.no\n"
                 "Produkter: EKS-48 batterimodul\nEtiske retningslinjer signert: Ja, 12.03.2026\n")
    types, facts = ingested(tmp_path, "profiles", {"ro.md": romanian, "no.md": norwegian}, kind="profile")
    assert types == {"ro.md": "profile", "no.md": "profile"}
    read = {Path(f.source).name: (f.legal_name, f.code_of_conduct_signed) for f in facts}
    assert read == {"ro.md": ("Exemplu Baterii S.R.L.", False), "no.md": ("Eksempel Batteri AS", True)}


def test_a_figure_that_starts_a_wrapped_line_before_a_lower_case_word_continues_the_sentence():
    from ingest.statements import statements
    said = statements([Unit(text="(1) The Supplier notifies every change at least\n12 months in advance.\n"
                                 "2 Scope of supply\n3. The Supplier delivers.")])
    assert [s.text for s in said] == ["(1) The Supplier notifies every change at least 12 months in advance.",
                                      "2 Scope of supply", "3. The Supplier delivers."]


def test_a_side_letter_replacing_a_target_a_grid_table_sla_and_more_wordings_of_service_levels(tmp_path):
    side_letter = ("Re: Side Letter No. 1 to Supply Agreement No. EX-SA-2025-004\n\n"
                   "This side letter amends the Agreement, effective as of May 1, 2026.\n\n"
                   "1. Section 6.1 of the Agreement is amended by deleting \"ninety percent (90%)\" and replacing it "
                   "with \"ninety-two percent (92%)\" as the on-time delivery target.\n"
                   "2. New Section 6.5: for each full percentage point by which on-time delivery falls short of the "
                   "target, Supplier shall issue a service credit of two percent (2%) of that month's invoices, not "
                   "to exceed ten percent (10%) in any month.\n"
                   "3. The warranty period of five (5) years set forth in Section 9 remains unchanged.\n")
    grid = ("ANEXO I - NIVELES DE SERVICIO\nContrato N° EX-CS-2026-010 entre el Comprador y el Proveedor\n\n"
            "+-----+--------------------+-------------------------------+\n"
            "| Ref | Indicador          | Consecuencia                  |\n"
            "+-----+--------------------+-------------------------------+\n"
            "| 1.1 | Bonificación por   | 2 % de la facturación por     |\n"
            "|     | entregas tardías   | cada punto porcentual bajo la |\n"
            "|     |                    | meta; no superará el 12 %.    |\n"
            "+-----+--------------------+-------------------------------+\n")
    quality = ("质量保证协议\n甲方：示例采购有限公司\n乙方：示例电池有限公司\n"
               "第5条 乙方应在收到甲方投诉后36小时内书面确认。\n"
               "第6条 O Fornecedor garante uma taxa de entregas pontuais de, pelo menos, 95 %.\n")
    types, facts = ingested(tmp_path, "contracts", {"letter.txt": side_letter, "anexo.txt": grid, "qa.md": quality},
                            kind="contract_clause")
    read = {(Path(f.source).name, f.metric): (f.target, f.penalty_rate, f.penalty_cap) for f in facts}
    assert read == {("letter.txt", "on_time_delivery"): (92, None, None),  # the new target, not the one deleted
                    ("letter.txt", "otd_service_credit"): (None, 2, 10),  # the rate, its cap after it
                    ("anexo.txt", "otd_service_credit"): (None, 2, 12),  # a grid table's cell wrapped over lines
                    ("qa.md", "complaint_acknowledgement"): (36, None, None),
                    ("qa.md", "on_time_delivery"): (95, None, None)}  # the restated warranty is no clause


def test_a_norwegian_service_level_schedule_with_a_cap_column(tmp_path):
    schedule = ("Vedlegg 1 – Tjenestenivå\ntil Rammeavtale nr. EKS-RA-2026-003 mellom Eksempel Kjøper AS og "
                "Eksempel Batteri AS\nGjelder fra: 01.05.2026\n\n"
                "| Pkt. | KPI | Mål | Sats | Tak |\n|---|---|---|---|---|\n"
                "| 1.1 | Dagmulkt ved forsinket levering, per virkedag | – | 0,2 % | Tak: 12 % |\n"
                "| 1.2 | Bekreftelse av mottatt reklamasjon | innen 48 timer | – | – |\n"
                "| 1.3 | Varsel om prosessendring | minst 9 måneder før endringen | – | – |\n")
    _, facts = ingested(tmp_path, "contracts", {"vedlegg.md": schedule}, kind="contract_clause")
    read = {f.metric: (f.target, f.unit, f.penalty_rate, f.penalty_cap, f.effective) for f in facts}
    start = dt.date(2026, 5, 1)
    assert read == {"late_delivery_penalty": (None, "%", 0.2, 12, start),
                    "complaint_acknowledgement": (48, "hours", None, None, start),
                    "change_notice": (9, "months", None, None, start)}

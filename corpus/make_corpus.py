"""Build the sample corpus deterministically: `python corpus/make_corpus.py [--out DIR]`.

The same inputs always give the same bytes (tests/test_corpus.py checks it and compares the
result with the committed files). What each supplier's documents say is decided in
corpus_data.py and corpus_policies.py; this file only renders it, in the wording, layout and date
format of whoever issued each document. corpus/standards/*.md is written by hand, not generated.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import shutil
import sys
from pathlib import Path

import openpyxl
import yaml
from docx import Document as DocxDocument

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from compliance_docs import compliance_files  # noqa: E402
from corpus_compliance import COMPLIANCE  # noqa: E402
from corpus_data import BUYER, INJECTION_TEXT, KPI_MONTHS, SUPPLIERS  # noqa: E402
from corpus_policies import POLICIES  # noqa: E402
from pdfkit import (  # noqa: E402
    LETTER_SIZE,
    Doc,
    House,
    dot_date,
    iso_date,
    long_date,
    normalise_office_zip,
    slash_date,
    us_date,
)

EMRT_TEMPLATE = HERE.parent.parent / "shared" / "real" / "RMI_EMRT_2.1.xlsx"
GENERATED_DIRS = ("policies", "suppliers")
GENERATED_FILES = ("access.yaml",)


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9.]+", "-", text).strip("-")


# ---------------------------------------------------------------------------------------------
# Buyer policies
# ---------------------------------------------------------------------------------------------

AURELIA = House("Aurelia Energy Systems GmbH", accent="#0b5d4b",
                header="Aurelia Energy Systems GmbH - internal governance document",
                footer="Controlled copy. Printed copies are not controlled.")


def render_policy_pdf(policy: dict, path: Path) -> None:
    doc = Doc(AURELIA)
    doc.para(policy["title"], "title")
    doc.table([["Document ID", policy["id"]], ["Version", policy["version"]],
               ["Effective date", policy["effective"]], ["Owner", policy["owner"]]],
              widths=[40, 120], header=False, label_column=True)
    for heading, blocks in policy["sections"]:
        doc.para(heading, "h1")
        for kind, content in blocks:
            if kind == "p":
                doc.para(content)
            elif kind == "ul":
                doc.bullets(content)
            elif kind == "table":
                doc.table(content)
    doc.save(path, title=f"{policy['id']} {policy['title']}", author=BUYER["name"])


def render_policy_docx(policy: dict, path: Path) -> None:
    document = DocxDocument()
    document.core_properties.author = BUYER["name"]
    document.core_properties.title = policy["title"]
    document.add_heading(policy["title"], level=0)
    document.add_paragraph(f"{policy['id']} · Version {policy['version']} · Effective {policy['effective']} "
                           f"· Owner: {policy['owner']}")
    for heading, blocks in policy["sections"]:
        document.add_heading(heading, level=1)
        for kind, content in blocks:
            if kind == "p":
                document.add_paragraph(content)
            elif kind == "ul":
                for item in content:
                    document.add_paragraph(item, style="List Bullet")
            elif kind == "table":
                table = document.add_table(rows=len(content), cols=len(content[0]))
                table.style = "Table Grid"
                for r, row in enumerate(content):
                    for c, value in enumerate(row):
                        table.cell(r, c).text = value
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    normalise_office_zip(path)


def render_policy_md(policy: dict, path: Path) -> None:
    lines = [f"# {policy['title']}", "",
             f"Document ID: {policy['id']}  ", f"Version: {policy['version']}  ",
             f"Effective date: {policy['effective']}  ", f"Owner: {policy['owner']}", ""]
    for heading, blocks in policy["sections"]:
        lines += [f"## {heading}", ""]
        for kind, content in blocks:
            if kind == "p":
                lines += [content, ""]
            elif kind == "ul":
                lines += [f"- {item}" for item in content] + [""]
            elif kind == "table":
                lines.append("| " + " | ".join(content[0]) + " |")
                lines.append("|" + "---|" * len(content[0]))
                lines += ["| " + " | ".join(row) + " |" for row in content[1:]] + [""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


POLICY_RENDERERS = {".pdf": render_policy_pdf, ".docx": render_policy_docx, ".md": render_policy_md}

# ---------------------------------------------------------------------------------------------
# Certificates: four certification bodies, four ways of saying the same thing
# ---------------------------------------------------------------------------------------------

SYSTEM_NAMES = {"ISO 9001": "Quality", "ISO 14001": "Environmental",
                "ISO 45001": "Occupational Health and Safety", "IATF 16949": "Automotive Quality"}


def system_name(standard: str) -> str:
    return next(v for k, v in SYSTEM_NAMES.items() if standard.startswith(k))


def cert_alpine(p: dict, c: dict) -> Doc:
    doc = Doc(House("Alpine Certification Services AG", font="Times-Roman", bold="Times-Bold",
                    accent="#7a1f1f", footer="Alpine Certification Services AG, Bahnhofstrasse 21, 8001 Zürich, Switzerland"))
    doc.para("ALPINE CERTIFICATION SERVICES AG", "center").space(6)
    doc.para("CERTIFICATE", "title").space(4)
    doc.para("This is to certify that the management system of", "center")
    doc.para(p["legal_name"], "big")
    doc.para(p["address"], "center").space(3)
    doc.para("has been assessed and found to conform with the requirements of", "center")
    doc.para(c["standard"], "big")
    doc.para("for the following scope:", "center")
    doc.para(c["scope"], "center").space(6)
    doc.table([["Certificate No.", c["number"]],
               ["Date of issue", long_date(c["issued"])],
               ["Valid until", long_date(c["expires"])]],
              widths=[45, 80], header=False, label_column=True)
    doc.para("Validity of this certificate is subject to successful annual surveillance audits. "
             "The current status can be confirmed with the issuing body.", "small").space(10)
    doc.para(f"Zürich, {long_date(c['issued'])}")
    doc.para("Dr. Matthias Keller, Managing Director")
    return doc


def cert_qualis(p: dict, c: dict) -> Doc:
    doc = Doc(House("Qualis Register Ltd", accent="#003f7d",
                    header="Qualis Register Ltd - Certificate of Registration",
                    footer="This certificate remains the property of Qualis Register Ltd, 4 Whitworth Street, Manchester M1 3QW, UK."))
    doc.para("Certificate of Registration", "title")
    doc.para(f"Qualis Register Ltd certifies that the organisation named below operates a management "
             f"system that complies with {c['standard']}.")
    doc.table([["Field", "Detail"],
               ["Organisation", p["legal_name"]],
               ["Registered address", p["address"]],
               ["Standard", c["standard"]],
               ["Scope of registration", c["scope"]],
               ["Certificate number", c["number"]],
               ["Current certificate issued", iso_date(c["issued"])],
               ["Expiry date", iso_date(c["expires"])]],
              widths=[50, 120])
    doc.para("Registration is maintained subject to surveillance audits at intervals not exceeding twelve months. "
             "Authenticity can be verified with the certificate number on the Qualis Register online directory.", "small")
    doc.space(8).para("Signed on behalf of Qualis Register Ltd: Helen Ashworth, Certification Manager")
    return doc


def cert_dzm(p: dict, c: dict) -> Doc:
    doc = Doc(House("DZM Deutsche Zertifizierung für Managementsysteme GmbH", accent="#444444",
                    footer="DZM GmbH, Rheinauhafen 5, 50678 Köln, Deutschland - akkreditiert nach DIN EN ISO/IEC 17021-1"))
    doc.para("ZERTIFIKAT / CERTIFICATE", "title")
    doc.para("Die DZM Deutsche Zertifizierung für Managementsysteme GmbH bescheinigt hiermit, dass das Unternehmen / "
             "DZM hereby certifies that the company", "center")
    doc.para(p["legal_name"], "big")
    doc.para(p["address"], "center")
    doc.para("für den Geltungsbereich / for the scope", "center")
    doc.para(c["scope"], "center")
    doc.para("ein Managementsystem eingeführt hat und anwendet. Durch ein Audit wurde der Nachweis erbracht, dass die "
             "Forderungen der folgenden Norm erfüllt sind / has established and applies a management system. An audit "
             "verified that the requirements of the following standard are fulfilled:", "center")
    doc.para(c["standard"], "big").space(4)
    doc.table([["Zertifikat-Registrier-Nr. / Certificate Registration No.", c["number"]],
               ["Gültig ab / Valid from", dot_date(c["issued"])],
               ["Gültig bis / Valid until", dot_date(c["expires"])]],
              widths=[85, 60], header=False, label_column=True)
    doc.space(8).para(f"Köln, {dot_date(c['issued'])}  -  Zertifizierungsstelle der DZM GmbH")
    return doc


def cert_pacific(p: dict, c: dict) -> Doc:
    doc = Doc(House("Pacific Assurance & Certification Co., Ltd.", accent="#8a5a00", pagesize=LETTER_SIZE,
                    footer="Pacific Assurance & Certification Co., Ltd., 1200 Century Avenue, Pudong, Shanghai 200120"))
    doc.para("PACIFIC ASSURANCE & CERTIFICATION CO., LTD.", "center")
    doc.para("Certificate of Conformity - Management System", "title")
    doc.rich(f"<b>Certificate Number:</b> {c['number']}")
    doc.para(f"We hereby certify that {p['legal_name']}, {p['address']}, has implemented and maintains a "
             f"{system_name(c['standard'])} Management System which fulfils the requirements of the standard "
             f"{c['standard']}.")
    doc.rich(f"<b>Scope:</b> {c['scope']}")
    doc.rich(f"<b>Issue Date:</b> {us_date(c['issued'])}")
    doc.para(f"This certificate remains valid through {us_date(c['expires'])}, subject to satisfactory "
             f"surveillance audits. Certification of the site is suspended if a surveillance audit is not performed.")
    doc.space(10).para("Authorized by: Zhang Wei, General Manager, Certification Department")
    return doc


CERT_STYLES = {"alpine": cert_alpine, "qualis": cert_qualis, "dzm": cert_dzm, "pacific": cert_pacific}

# ---------------------------------------------------------------------------------------------
# UN 38.3 test summaries: three laboratories
# ---------------------------------------------------------------------------------------------

TEST_NAMES = {"T.1": "Altitude simulation", "T.2": "Thermal test", "T.3": "Vibration", "T.4": "Shock",
              "T.5": "External short circuit", "T.6": "Impact / crush", "T.7": "Overcharge",
              "T.8": "Forced discharge"}


def describe_item(t: dict, p: dict) -> str:
    product = next(x for x in p["products"] if x["model"] == t["model"])
    return f"{product['type']}, {t['chemistry']}"


def un_meiyan(p: dict, t: dict) -> Doc:
    result = {"pass": "PASS", "fail": "FAIL", "n/a": "N/A"}
    doc = Doc(House("Shenzhen Meiyan Testing Technology Co., Ltd.", accent="#005b96",
                    header=f"Report No. {t['report_id']}",
                    footer="Shenzhen Meiyan Testing Technology Co., Ltd. - Bao'an District, Shenzhen 518101, China"))
    doc.para("UN38.3 Test Summary", "title")
    doc.para("In accordance with the UN Manual of Tests and Criteria, Part III, sub-section 38.3, paragraph 38.3.5", "subtitle")
    doc.table([["Item", "Content"],
               ["(a) Name of cell, battery or product manufacturer", f"{p['legal_name']}; {p['address']}; "
                                                                     f"{p['contact']['email']}"],
               ["(b) Name of test laboratory", "Shenzhen Meiyan Testing Technology Co., Ltd.; Bao'an District, Shenzhen "
                                               "518101, China; Tel. +86 755 2100 0000; un383@meiyan-test.example"],
               ["(c) Unique test report identification number", t["report_id"]],
               ["(d) Date of test report", iso_date(t["date"])],
               ["(e) Description of cell or battery", f"{describe_item(t, p)}; model {t['model']}; "
                                                      f"Watt-hour rating {t['wh']} Wh; mass {t['mass_g']} g"],
               ["(g) Reference to assembled battery testing requirements",
                "Not applicable (single cell)" if t["kind"] == "cell" else "Battery tested as assembled; component cells tested separately per 38.3.3"],
               ["(h) Reference to the revised edition of the Manual", f"UN Manual of Tests and Criteria, {t['manual_edition']}"],
               ["(i) Signature with name and title", "Wang Fang, Technical Manager (signed)"]],
              widths=[68, 106])
    doc.para("(f) List of tests conducted and results", "h2")
    doc.table([["Test", "Description", "Result"]] +
              [[k, TEST_NAMES[k], result[v]] for k, v in t["results"].items()], widths=[20, 80, 30])
    return doc


def un_eurocell(p: dict, t: dict) -> Doc:
    result = {"pass": "passed", "fail": "failed",
              "n/a": "not applicable (batteries only)" if t["kind"] == "cell" else "not applicable to batteries"}
    doc = Doc(House("EuroCell Test Laboratories GmbH", font="Times-Roman", bold="Times-Bold", accent="#2d4d2d",
                    footer="EuroCell Test Laboratories GmbH - Jülicher Straße 209, 52070 Aachen - DAkkS D-PL-00000-01-00"))
    doc.para("Test Summary pursuant to Section 38.3.5 of the UN Manual of Tests and Criteria", "title")
    doc.rich(f"<b>Manufacturer:</b> {p['legal_name']}, {p['address']} (contact: {p['contact']['name']}, {p['contact']['email']})")
    doc.rich("<b>Testing laboratory:</b> EuroCell Test Laboratories GmbH, Jülicher Straße 209, 52070 Aachen, Germany, "
             "+49 241 000 000, batterylab@eurocell-test.example")
    doc.rich(f"<b>Test report no.</b> {t['report_id']} dated {dot_date(t['date'])}")
    doc.rich(f"<b>Item tested:</b> {describe_item(t, p)}, model designation {t['model']}, rated energy "
             f"{t['wh']} Wh, mass {t['mass_g'] / 1000:.1f} kg. The battery consists of series-connected cells "
             "that were themselves tested per 38.3." if t["kind"] == "battery" else
             f"<b>Item tested:</b> {describe_item(t, p)}, model designation {t['model']}, rated energy {t['wh']} Wh, "
             f"mass {t['mass_g']} g.")
    doc.para("The following tests of sub-section 38.3.4 were carried out on the required number of samples:")
    doc.table([["Test", "Designation", "Result"]] +
              [[k, TEST_NAMES[k], result[v]] for k, v in t["results"].items()], widths=[18, 70, 70])
    doc.para(f"Tests were performed according to the UN Manual of Tests and Criteria, {t['manual_edition']}.")
    doc.space(6).para(f"Aachen, {dot_date(t['date'])}")
    doc.para("Dipl.-Ing. Jens Hartmann, Head of Battery Testing")
    return doc


def un_hanbit(p: dict, t: dict) -> Doc:
    code = {"pass": "P", "fail": "F", "n/a": "N/A"}
    doc = Doc(House("Hanbit Battery Safety Institute", accent="#5b2c83",
                    header="HANBIT BATTERY SAFETY INSTITUTE",
                    footer="Hanbit Battery Safety Institute, 55 Osong Saengmyeong-ro, Cheongju, Republic of Korea"))
    doc.para("Lithium Battery Test Summary (UN 38.3)", "title")
    doc.table([["Report No.", t["report_id"]], ["Issue date", slash_date(t["date"])],
               ["Applicant / Manufacturer", f"{p['legal_name']}, {p['address']}"],
               ["Contact", f"{p['contact']['name']}, {p['contact']['email']}"],
               ["Laboratory", "Hanbit Battery Safety Institute, Cheongju, Korea (+82 43 000 0000)"],
               ["Sample", f"{t['model']} - {describe_item(t, p)}"],
               ["Rated energy / mass", f"{t['wh']} Wh / {t['mass_g']} g"],
               ["Edition of UN Manual", t["manual_edition"]]],
              widths=[48, 120], header=False, label_column=True)
    doc.table([["Test item", "Title", "Result"]] +
              [[k, TEST_NAMES[k], code[v]] for k, v in t["results"].items()], widths=[25, 70, 25])
    doc.para("Legend: P = Pass, F = Fail, N/A = Not applicable", "small")
    if not t.get("unsigned"):
        doc.space(6).para("Reviewed by: Kim Soo-yeon, Quality Manager")
    return doc


UN_STYLES = {"meiyan": un_meiyan, "eurocell": un_eurocell, "hanbit": un_hanbit}


def render_safety_report(p: dict, r: dict) -> Doc:
    doc = Doc(House(r["lab"], accent="#7f3300", header=f"Test report {r['report_id']}",
                    footer=f"{r['lab']} - results relate only to the items tested"))
    doc.para(f"{r['standard']} Test Report", "title")
    doc.table([["Report number", r["report_id"]], ["Date", long_date(r["date"])],
               ["Client", p["legal_name"]], ["Test item", r["model"]],
               ["Standard / method", r["standard"]], ["Test level", r["level"]]],
              widths=[45, 120], header=False, label_column=True)
    doc.para("Summary of results", "h1").para(r["summary"])
    doc.para("Verdict", "h1").para("The test item met the requirements of the standard for the clauses tested."
                                   if r["standard"].startswith("IEC") else
                                   "Test performed and documented per the method; data reported for the installation "
                                   "and fire-protection design of the energy-storage system.")
    return doc


# ---------------------------------------------------------------------------------------------
# Audit reports
# ---------------------------------------------------------------------------------------------

SEVERITY_WORD = {"critical": "Critical", "major": "Major", "minor": "Minor", "observation": "Observation"}


def finding_status(f: dict, date_fmt) -> str:
    if f["status"] == "closed":
        return f"Closed {date_fmt(f['closed'])}"
    return f"Open - due {date_fmt(f['due'])}" if f.get("due") else "Open"


def audit_process(p: dict, a: dict) -> Doc:
    own = a["firm"].startswith("Aurelia")
    fmt = long_date if own else iso_date
    doc = Doc(House(a["firm"], accent="#0b5d4b" if own else "#3b3b8f",
                    header=f"{a['firm']} - Supplier process audit - {p['legal_name']}",
                    footer="Confidential - prepared for Aurelia Energy Systems GmbH"))
    doc.para("Supplier Process Audit Report", "title")
    doc.table([["Supplier", p["legal_name"]], ["Site audited", a["site"]],
               ["Audit date", fmt(a["audit_date"])], ["Report date", fmt(a["report_date"])],
               ["Audit firm", a["firm"]], ["Basis", "VDA 6.3 process audit, IATF 16949 customer-specific requirements"],
               ["Overall score", a["score"]]],
              widths=[40, 130], header=False, label_column=True)
    doc.para("1 Summary", "h1")
    n_open = sum(1 for f in a["findings"] if f["status"] == "open")
    doc.para(f"The audit covered incoming inspection, production process control, product testing, traceability "
             f"and supply continuity. {len(a['findings'])} finding(s) were raised, {n_open} of them open at the "
             f"date of this report. Corrective actions follow the customer's CAPA deadlines.")
    doc.para("2 Findings", "h1")
    if a["findings"]:
        doc.table([["ID", "Severity", "Area", "Finding", "Status"]] +
                  [[f["id"], SEVERITY_WORD[f["severity"]], f["category"], f["description"], finding_status(f, fmt)]
                   for f in a["findings"]], widths=[20, 20, 25, 75, 30])
    else:
        doc.para("No findings were raised.")
    doc.para("3 Auditor", "h1").para("Lead auditor: M. Schneider. The report reflects the situation observed on the audit days.")
    return doc


def audit_social_verity(p: dict, a: dict) -> Doc:
    doc = Doc(House("Verity Social Compliance Ltd", font="Times-Roman", bold="Times-Bold", accent="#6b1d5e",
                    footer="Verity Social Compliance Ltd - 4-pillar ethical audit (labour, health & safety, environment, business ethics)"))
    doc.para("Social Compliance Audit Report", "title")
    doc.para("4-Pillar Ethical Audit", "subtitle")
    doc.para("1. Audit details", "h1")
    doc.table([["Site", f"{p['legal_name']} - {a['site']}"], ["Audit date", long_date(a["audit_date"])],
               ["Report issued", long_date(a["report_date"])], ["Workers on site", str(a["workers"])],
               ["Audit type", "Semi-announced, initial"]],
              widths=[45, 120], header=False, label_column=True)
    doc.para("2. Summary of findings", "h1")
    counts = {s: sum(1 for f in a["findings"] if f["severity"] == s) for s in SEVERITY_WORD}
    doc.para(f"Non-compliances raised: {counts['critical']} critical, {counts['major']} major, {counts['minor']} minor; "
             f"{counts['observation']} observation(s).")
    doc.para("3. Non-compliances and corrective action plan", "h1")
    if not a["findings"]:
        doc.para("No non-compliances were identified during this audit.")
    for f in a["findings"]:
        doc.para(f"{f['id']} - {f['category'].capitalize()} ({SEVERITY_WORD[f['severity']]})", "h2")
        doc.para(f["description"])
        if f.get("due"):
            doc.para(f"Corrective action required by: {long_date(f['due'])}")
        if f["status"] == "closed":
            doc.para(f"Status: closed on {long_date(f['closed'])} after review of evidence.")
        elif a.get("followup") and f.get("followup_note"):
            doc.para(f"Status at follow-up on {long_date(a['followup'])}: open. {f['followup_note']}")
        else:
            doc.para("Status: open.")
    doc.para("4. Auditor declaration", "h1").para(
        "This report is based on document review, site tour and confidential worker interviews. Lead auditor: R. Okafor.")
    return doc


def audit_social_amberline(p: dict, a: dict) -> Doc:
    doc = Doc(House("Amberline Ethical Audits", accent="#b35c00", pagesize=LETTER_SIZE,
                    header="AMBERLINE ETHICAL AUDITS - Audit Summary",
                    footer="Amberline Ethical Audits - summary report; full report available to the client on request"))
    doc.para("Ethical Audit Summary", "title")
    doc.para(f"Facility: {p['legal_name']}, {a['site']}. Audit conducted {us_date(a['audit_date'])}; "
             f"summary issued {us_date(a['report_date'])}. {a['workers']} workers employed at the time of the audit.")
    doc.para("Findings", "h1")
    if a["findings"]:
        doc.table([["Finding ref", "Area", "Rating", "Detail", "Status"]] +
                  [[f["id"], f["category"], SEVERITY_WORD[f["severity"]], f["description"], finding_status(f, us_date)]
                   for f in a["findings"]], widths=[20, 28, 20, 80, 30])
    else:
        doc.para("The audit found no non-conformities against the Amberline code or local law.")
    doc.para("Good practice noted: worker committee elected by secret ballot; training records complete.")
    return doc


def render_audit(p: dict, a: dict) -> Doc:
    if a["style"] == "process":
        return audit_process(p, a)
    return audit_social_verity(p, a) if a["firm"].startswith("Verity") else audit_social_amberline(p, a)


# ---------------------------------------------------------------------------------------------
# Supply agreements: three contract templates with different numbering and phrasing
# ---------------------------------------------------------------------------------------------

def contract_sections(p: dict, k: dict) -> tuple[str, str, list[tuple[str, list[str]]]]:
    """Title, numbering word and the articles of one supply agreement."""
    buyer, name = BUYER["name"], p["legal_name"]
    products = ", ".join(f"{x['model']} ({x['type']})" for x in p["products"])
    style = k["style"]
    if style == "framework":
        title, word = "FRAMEWORK SUPPLY AGREEMENT", "Article"
        delivery = [
            f"5.1 On-time delivery. The Supplier shall achieve an on-time delivery rate of at least {k['otd_target']:.0f} % "
            "of order lines per calendar month, measured against the confirmed delivery date.",
            f"5.2 Late delivery. If the Supplier fails to deliver on the confirmed delivery date, the Buyer may claim liquidated "
            f"damages of {k['late_rate_pct']} % of the net value of the delayed Products for each commenced week of delay, "
            f"up to a maximum of {k['late_cap_pct']} % of the net value of the delayed Products.",
        ]
    elif style == "master":
        title, word = "MASTER PURCHASE AGREEMENT", "Clause"
        delivery = [
            f"7.1 Delivery performance. Supplier shall deliver not less than {k['otd_target']:.1f} per cent of order lines "
            "on the agreed date in each calendar month (\"OTD target\").",
            f"7.2 Late delivery. For each commenced week by which a delivery is late, Supplier shall pay liquidated damages "
            f"equal to {k['late_rate_pct']} per cent of the price of the late Products, capped at {k['late_cap_pct']} per cent "
            "of that price.",
        ]
        if k["otd_credit_pct_per_point"]:
            delivery.append(
                f"7.3 Service credit. If the on-time delivery rate in a calendar month falls below the OTD target, Supplier "
                f"shall credit Buyer {k['otd_credit_pct_per_point']} per cent of the net invoice value of that month for each "
                f"full percentage point below the OTD target, capped at {k['otd_credit_cap_pct']} per cent of that month's net "
                "invoice value.")
        delivery.append("7.4 Liquidated damages and service credits are without prejudice to Buyer's right to performance.")
    else:
        title, word = "SUPPLY AND QUALITY AGREEMENT", "Section"
        delivery = [
            f"5(1) Delivery reliability: at least {k['otd_target']:.0f} % of deliveries on time per month.",
            f"5(2) The contractual penalty for delay is {k['late_rate_pct']} % of the order value of the delayed delivery per "
            f"started week, limited to {k['late_cap_pct']} % in total.",
        ]
    n = {"framework": ("5", "6", "7", "8"), "master": ("7", "8", "9", "10"), "quality": ("5", "6", "7", "8")}[style]
    quality = [f"{n[1]}.1 The Supplier acknowledges every complaint within {k['ack_hours']} hours and submits an 8D report "
               f"within {k['report_8d_days']} working days."]
    if k["ppm_target"]:
        quality.insert(0, f"{n[1]}.0 Defect rate target: no more than {k['ppm_target']} ppm of delivered units, measured over a "
                          "rolling three-month window.")
    quality.append(f"{n[1]}.2 Each shipment carries batch test data and a certificate of analysis per batch.")
    warranty = ([f"{n[2]}.1 Warranty period: {k['warranty_years']} years from delivery"
                 + (f" or {k['warranty_cycles']} full equivalent cycles, whichever comes first" if k["warranty_cycles"] else "")
                 + (f", with capacity retention of at least {k['retention_pct']} % of rated capacity at the end of the "
                    "warranty period." if k["retention_pct"] else ".")]
                if k["warranty_years"] else
                [f"{n[2]}.1 Material is warranted to meet the agreed specification at delivery; claims are made within 90 days."])
    articles = [
        ("1 Parties", [f"This agreement no. {k['number']} is made between {buyer}, {BUYER['address']} (the \"Buyer\"), "
                       f"and {name}, {p['address']} (the \"Supplier\")."]),
        ("2 Subject matter", [f"The Supplier supplies the following products: {products} (the \"Products\"), under "
                              "purchase orders issued by the Buyer under this agreement."]),
        ("3 Term", [f"This agreement enters into force on {long_date(k['effective'])} and runs for {k['term_years']} years. "
                    "It renews for one-year periods unless terminated with six months' notice."]),
        ("4 Orders and forecasts", ["The Buyer provides a rolling 12-month forecast, of which the first 3 months are binding. "
                                    "The Supplier confirms each order within 2 working days."]),
    ]
    if style == "master":
        articles += [
            ("5 Prices and payment", ["Prices are fixed in the price schedule for each calendar year. Payment is due 60 days "
                                      "after receipt of a correct invoice."]),
            ("6 Packaging and transport", ["Products are packed and shipped as dangerous goods of class 9 in accordance "
                                           "with UN 38.3 and the applicable modal rules (ADR, IMDG, IATA DGR), DAP Buyer's "
                                           "plant (Incoterms 2020)."]),
        ]
    articles += [
        (f"{n[0]} Delivery", delivery),
        (f"{n[1]} Quality", quality),
        (f"{n[2]} Warranty", warranty),
        (f"{n[3]} Change management", [f"{n[3]}.1 The Supplier notifies the Buyer in writing at least {k['change_notice_days']} "
                                       "days before any change of material, process, production site or sub-supplier "
                                       "affecting the Products, and implements no change without written approval."]),
        ("Responsible sourcing", ["The Supplier complies with the Buyer's Supplier Code of Conduct (AES-POL-001) and "
                                  "Responsible Minerals Sourcing Policy (AES-POL-002), provides a current RMI reporting "
                                  "template once per year and permits audits of its sites with 10 working days' notice."]),
        ("Confidentiality", ["Each party keeps the other's confidential information secret for the term and five years after."]),
        ("Governing law", ["This agreement is governed by German law. Place of jurisdiction is Hamburg."]),
    ]
    return title, word, articles


def render_contract(p: dict, k: dict) -> Doc:
    title, word, articles = contract_sections(p, k)
    font = {"framework": ("Times-Roman", "Times-Bold"), "master": ("Helvetica", "Helvetica-Bold"),
            "quality": ("Courier", "Courier-Bold")}[k["style"]]
    doc = Doc(House(BUYER["name"], font=font[0], bold=font[1], accent="#222222", base_size=10.5,
                    header=f"{title} {k['number']} - CONFIDENTIAL", footer=f"{BUYER['short']} / {p['legal_name']}"))
    doc.para(title, "title").para(f"No. {k['number']}", "subtitle")
    number = 0
    for heading, paragraphs in articles:
        if heading[0].isdigit():
            number = int(heading.split()[0])
            label = heading
        else:  # unnumbered boilerplate articles continue the numbering
            number += 1
            label = f"{number} {heading}"
        if heading.endswith("Quality"):  # real agreements run over pages; keep delivery and quality apart
            doc.page_break()
        doc.para(f"{word} {label}", "h1")
        for text in paragraphs:
            doc.para(text)
    doc.space(10).para(f"Signed for the Buyer: Dr. Katharina Wolff, Chief Procurement Officer, {long_date(k['effective'])}")
    doc.para(f"Signed for the Supplier: {p['contact']['name']}, {p['contact']['role']}")
    return doc


# ---------------------------------------------------------------------------------------------
# Minerals: filled copies of the real RMI EMRT 2.1 template, and due-diligence statements
# ---------------------------------------------------------------------------------------------

EMRT_MINERAL_CELLS = {"Cobalt": "D12", "Copper": "E12", "Graphite": "G12",
                      "Lithium": "D13", "Mica": "E13", "Nickel": "G13"}
EMRT_QUESTION_ROWS = {"q1": 30, "q2": 42, "q3": 54, "q4": 66, "q5": 78, "q6": 90, "q7": 102}
EMRT_COMPANY_CELLS = {"A": "D115", "B": "D117", "D": "D131", "E": "D133", "F": "D135", "G": "D137"}


def render_emrt(p: dict, e: dict, path: Path) -> None:
    wb = openpyxl.load_workbook(EMRT_TEMPLATE)
    ws = wb["Declaration"]
    ws["D8"] = p["legal_name"]
    ws["D9"] = "A. Company"
    for mineral, cell in EMRT_MINERAL_CELLS.items():
        ws[cell] = mineral if mineral in e["minerals"] else f"(Delete {mineral})"
    ws["D18"] = p["address"]
    ws["D19"], ws["D20"] = e["contact"], e["email"]
    ws["D22"], ws["D23"], ws["D24"] = p["contact"]["name"], p["contact"]["role"], p["contact"]["email"]
    ws["D26"] = dt.datetime.combine(e["effective"], dt.time())
    for offset, mineral in enumerate(sorted(e["minerals"])):  # the template sorts minerals alphabetically
        answers = e["answers"][mineral]
        for q, row in EMRT_QUESTION_ROWS.items():
            ws[f"D{row + offset}"] = answers[q]
            if answers.get(f"{q}_comment"):
                ws[f"G{row + offset}"] = answers[f"{q}_comment"]
        ws[f"D{120 + offset}"] = e["company"]["C"]
    for q, cell in EMRT_COMPANY_CELLS.items():
        ws[cell] = e["company"][q]
    if e["company"].get("B_url"):
        ws["G117"] = e["company"]["B_url"]
    smelters = wb["Smelter List"]
    for i, s in enumerate(e["smelters"]):
        r = 5 + i
        smelters[f"A{r}"] = s["id"]
        smelters[f"B{r}"] = s["metal"]
        smelters[f"C{r}"] = "Smelter not listed" if s["id"] is None else s["name"]
        smelters[f"D{r}"], smelters[f"E{r}"], smelters[f"F{r}"] = s["name"], s["country"], s["id"]
        if s.get("comment"):
            smelters[f"Q{r}"] = s["comment"]
    mines = wb["Mine List"]
    for i, m in enumerate(e["mines"]):
        r = 5 + i
        mines[f"A{r}"], mines[f"B{r}"], mines[f"C{r}"] = m["metal"], m["smelter"], m["name"]
        mines[f"D{r}"], mines[f"F{r}"], mines[f"M{r}"] = m["id"], m["country"], m["comment"]
    fixed = dt.datetime(2026, 1, 1)
    wb.properties.created = wb.properties.modified = fixed
    wb.properties.creator = wb.properties.lastModifiedBy = p["legal_name"]
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    normalise_office_zip(path)


def render_cobalt_statement(p: dict, s: dict) -> Doc:
    e = s["emrt"]
    doc = Doc(House(p["legal_name"], accent="#7a0000", header=p["legal_name"],
                    footer="Cobalt supply chain due diligence statement - provided to customers on request"))
    doc.para("Cobalt Supply Chain Due Diligence Statement 2026", "title")
    doc.para(f"Issued {long_date(e['effective'])} by the ESG Department of {p['legal_name']}.", "center")
    doc.para("1. Origin of cobalt", "h1")
    doc.para("All cobalt used in our NCM cathode materials is bought as cobalt hydroxide or refined cobalt sulphate. The "
             "mined origin is the Democratic Republic of the Congo (Lualaba and Haut-Katanga provinces).")
    doc.para("Approximately 15 % of our 2025 cobalt hydroxide feed was bought through the Lualaba Cobalt Refinery SARL, "
             "whose feed includes material from artisanal and small-scale mining (ASM) sites in Lualaba Province, DRC, "
             "including the Kalemba artisanal cooperative site. We have not yet commissioned an on-the-ground assessment "
             "of these ASM sites.")
    doc.para("2. Refiners and their RMAP status", "h1")
    doc.table([["Refiner", "Country", "RMAP status (as known to us)"],
               ["Lualaba Cobalt Refinery SARL", "DR Congo", "Not participating in RMAP; no independent assessment"],
               ["Ganzhou Hengyuan Cobalt Co., Ltd.", "China", "Conformant (RMAP cobalt refiner assessment 2025)"]],
              widths=[60, 30, 80])
    doc.para("3. Next steps", "h1")
    doc.bullets(["Request the Lualaba Cobalt Refinery to join RMAP by Q2 2027.",
                 "Map the remaining upstream traders of two ASM-sourced lots (EMRT question 6 answered No).",
                 "Publish our responsible minerals policy on our website."])
    return doc


def render_self_assessment(p: dict, s: dict) -> Doc:
    doc = Doc(House(p["legal_name"], accent="#c05000", header="Supplier Self-Assessment Questionnaire",
                    footer=f"Completed by {p['contact']['name']}, {p['contact']['role']}"))
    doc.para("Supplier Self-Assessment Questionnaire", "title")
    doc.para(f"Supplier: {p['legal_name']}. Completed 12 October 2026 for Aurelia Energy Systems GmbH.", "center")
    doc.table([["No.", "Question", "Supplier answer"],
               ["1", "Is your quality management system certified (ISO 9001)?", "Yes, certified by Alpine Certification Services AG."],
               ["2", "Is your occupational health and safety system certified (ISO 45001)?", "Not yet. Certification is planned for 2027."],
               ["3", "Do you perform incoming inspection of purchased cells?", "Yes, visual inspection of every pallet."],
               ["4", "Do you receive batch test data (OCV, IR, capacity) for each cell batch?", "Only on request."],
               ["5", "Have you signed the Aurelia Supplier Code of Conduct?", "Under review by our legal department."],
               ["6", "Do you provide an EMRT for lithium and copper?", "In preparation."],
               ["7", "Do you hold UL 9540A test data for your containerised ESS?", "Testing scheduled for Q1 2027."]],
              widths=[12, 80, 78])
    doc.para("Additional remarks", "h1")
    doc.para("Solaris ESS Solutions is committed to quality and to long-term partnership with European customers. "
             + INJECTION_TEXT)
    return doc


EXTRA_RENDERERS = {"cobalt_statement": ("Cobalt due diligence statement 2026.pdf", render_cobalt_statement),
                   "self_assessment": ("Supplier self-assessment questionnaire.pdf", render_self_assessment)}

# ---------------------------------------------------------------------------------------------
# KPI exports and profiles
# ---------------------------------------------------------------------------------------------

KPI_HEADERS = [
    ["month", "on_time_delivery_pct", "defect_ppm", "lead_time_days"],
    ["Month", "OTD (%)", "Defect rate (ppm)", "Avg lead time (days)"],
    ["Period", "On-time delivery %", "PPM", "Lead time days"],
]


def render_kpi(index: int, k: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if k["style"] == "semicolon":  # a Swedish ERP export: semicolons and decimal commas
        header = ["Month", "OTD %", "Defect ppm", "Lead time (days)", "Invoiced value (EUR)"]
        rows = [[m, f"{o:.1f}".replace(".", ","), str(d), str(lt), str(v)]
                for m, o, d, lt, v in zip(KPI_MONTHS, k["otd"], k["ppm"], k["lead"], k["invoiced_eur"], strict=True)]
        delimiter = ";"
    else:
        header = KPI_HEADERS[index % len(KPI_HEADERS)]
        rows = [[m, f"{o:.1f}", "" if d is None else str(d), str(lt)]
                for m, o, d, lt in zip(KPI_MONTHS, k["otd"], k["ppm"], k["lead"], strict=True)]
        delimiter = ","
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def render_profile(p: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    header = "# Supplier profile - maintained by Aurelia Procurement Excellence (AES-DG-006)\n"
    path.write_text(header + yaml.safe_dump(p, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# The whole corpus
# ---------------------------------------------------------------------------------------------

def supplier_files(index: int, s: dict, root: Path) -> list[Path]:
    p, base = s["profile"], root / "suppliers" / s["folder"]
    written = []

    def pdf(rel: str, doc: Doc, title: str, author: str) -> None:
        doc.save(base / rel, title=title, author=author)
        written.append(base / rel)

    render_profile(p, base / "profile.yaml")
    written.append(base / "profile.yaml")
    for c in s["certificates"]:
        pdf(f"certificates/{slug(c['standard'])}_{slug(c['number'])}.pdf", CERT_STYLES[c["issuer"]](p, c),
            f"{c['standard']} certificate {c['number']}", c["issuer"])
    for t in s["transport_tests"]:
        pdf(f"tests/UN38.3 Test Summary {t['model']}.pdf", UN_STYLES[t["lab"]](p, t),
            f"UN 38.3 test summary {t['model']}", t["lab"])
    for r in s["safety_reports"]:
        pdf(f"tests/{slug(r['standard'])} report {r['model']}.pdf", render_safety_report(p, r),
            f"{r['standard']} report {r['report_id']}", r["lab"])
    for a in s["audits"]:
        pdf(f"audits/{a['report_date']:%Y-%m} {a['type']} audit - {a['firm']}.pdf", render_audit(p, a),
            f"{a['type']} audit report {p['legal_name']}", a["firm"])
    k = s["contract"]
    title = contract_sections(p, k)[0].title()
    pdf(f"contracts/{k['number']} {title}.pdf", render_contract(p, k), f"{title} {k['number']}", BUYER["name"])
    if s["emrt"]:
        path = base / f"minerals/EMRT_2.1_{slug(s['folder'])}_{s['emrt']['effective']:%Y}.xlsx"
        render_emrt(p, s["emrt"], path)
        written.append(path)
    for name in s.get("extra_pdfs", []):
        filename, renderer = EXTRA_RENDERERS[name]
        pdf(f"declarations/{filename}", renderer(p, s), filename.removesuffix(".pdf"), p["legal_name"])
    written += compliance_files(p, COMPLIANCE.get(s["folder"], {}), base,
                                lambda rel, doc, title: pdf(rel, doc, title, p["legal_name"]))
    render_kpi(index, s["kpi"], base / "kpi/kpi_2026_monthly.csv")
    written.append(base / "kpi/kpi_2026_monthly.csv")
    return written


ACCESS_YAML = """\
# Access labels by path glob (relative to the corpus root). Documents matching no glob are
# readable by everyone; a caller sees a labelled document only with one of its labels.
"suppliers/*/contracts/**": [procurement]
"""


def build(out: Path) -> list[Path]:
    for name in GENERATED_DIRS:
        shutil.rmtree(out / name, ignore_errors=True)
    written: list[Path] = []
    for policy in POLICIES:
        path = out / "policies" / policy["file"]
        POLICY_RENDERERS[path.suffix](policy, path)
        written.append(path)
    for index, supplier in enumerate(SUPPLIERS):
        written += supplier_files(index, supplier, out)
    (out / "access.yaml").write_text(ACCESS_YAML, encoding="utf-8")
    written.append(out / "access.yaml")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE, help="where to write (default: corpus/)")
    args = parser.parse_args(argv)
    files = build(args.out)
    print(f"wrote {len(files)} files under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

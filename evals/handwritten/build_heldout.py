"""A held-out hand-written evaluation corpus: supply contracts and SLA annexes, RMI minerals declarations, monthly KPI
exports and supplier profiles (plus a few non-governance papers), with its truth.

    python -m evals.handwritten.build_heldout OUT_DIR

Writes OUT_DIR/suppliers/<Supplier>/<subfolder>/<file>, OUT_DIR/truth.json (the format of evals/styles/truth.py, read
by evals/styles/score.py) and OUT_DIR/.govignore, with the writers, the truth helpers and the supplier problem logic of
build_tests.py.

This corpus is a HELD-OUT test set. It was written by a helper that had read neither the product's extractors, nor its
prompts, nor the styles generator, nor the other commercial corpus, in the way real buyers and suppliers write these
papers: long-term supply agreements, framework agreements with Roman-numbered articles, quality assurance agreements,
a VMI agreement with a service-level schedule, an amendment, a letter agreement, a purchase order with special terms,
general purchasing conditions; filled copies of the real RMI EMRT 2.1 and CMRT 6.5 templates next to suppliers' own
exports (XLSX, CSV, DOCX, PDF print, e-mail); ERP exports, scorecards, a QBR deck, monthly reports; onboarding
questionnaires in DOCX, PDF, XLSX, JSON, YAML and Markdown. Languages: English, French, German, Italian, Portuguese,
Dutch, Polish, Czech, Turkish, Hungarian, Spanish, Vietnamese and Chinese labels (CJK only in DOCX, XLSX and text).
All companies, people, numbers and dates are invented. Deterministic: reportlab invariant=1, Office files re-zipped
with fixed timestamps, no randomness.

Truth conventions of this corpus (a true fact lists only the fields it asserts; null asserts "not stated"):
- contract_clause: one fact per SLA or remedy clause; `contract_number` is the number of the agreement the clause
  belongs to (for an amendment or a letter agreement, the amended agreement's); `effective` is the date the clause
  takes effect as the document states it (null when it only says "on signature" or names no date); `clause` is the
  label as written (left out where the document gives none that a reader could agree on). Warranty periods in months
  are given in years. Penalties are percent rates; where targets fall year by year the first year's is the target.
- minerals: `minerals` are the minerals or metals the declaration reports as in scope and used (every one of them is
  answered "Yes" to question 1); `cahra_minerals` those answered "Yes" to the conflict-affected and high-risk areas
  question (an "Unknown" is not a Yes); `artisanal_mentioned` is true when artisanal or small-scale mining is named
  anywhere in the declaration.
- kpi: every month the document gives monthly figures for, with the three figures (null where the month has none).
"""

# ruff: noqa: E501  (document text is kept on the lines it is printed on, some wider than 120 columns)

from __future__ import annotations

import datetime as dt
import json
import sys
import warnings
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import PageBreak

from evals.handwritten import build_tests as bt
from evals.handwritten.build_tests import (
    KV,
    SP,
    TBL,
    Corpus,
    D,
    Look,
    M,
    P,
    Sup,
    docx_header_footer,
    docx_par,
    docx_table,
    esc,
    iso,
    new_docx,
    new_xlsx,
    pdf,
    running,
    save_docx,
    save_xlsx,
    text_file,
    us_long,
)

GENERATOR = "evals.handwritten.heldout"
SEED = 6
REAL = Path(__file__).resolve().parents[3] / "shared" / "real"  # the blank RMI templates (read-only)

# ---------------------------------------------------------------------------------------------------------------
# Suppliers (all invented) and the buyer they write to
# ---------------------------------------------------------------------------------------------------------------

SH = Sup("Song Hong Cell Technology", "Song Hong Cell Technology JSC", "cell_manufacturer", "Vietnam", True)
AC = Sup("Atlas Cathode Materials", "Atlas Cathode Materials S.A.", "cathode_material", "Morocco", False)
TA = Sup("Tisza Akkumulátor", "Tisza Akkumulátor Kft.", "pack_integrator", "Hungary", True)
BN = Sup("Boreal Nickel Refining", "Boreal Nickel Refining Inc.", "raw_material", "Canada", False)
SA = Sup("Serra Azul Grafita", "Mineração Serra Azul Grafita Ltda.", "raw_material", "Brazil", False)
HV = Sup("Hsinchu Voltlink Electronics", "Hsinchu Voltlink Electronics Co., Ltd.", "electronics_component", "Taiwan",
         True)
AE = Sup("Adriatica Energy Storage", "Adriatica Energy Storage S.r.l.", "ess_integrator", "Italy", False)
MT = Sup("Marmara Bara Teknik", "Marmara Bara Teknik Sanayi ve Ticaret A.Ş.", "mechanical_component", "Turkey", True)
KP = Sup("Kemijoki Precursor", "Kemijoki Precursor Oy", "cathode_material", "Finland", False)
CC = Sup("Copperbelt Cobalt Trading", "Copperbelt Cobalt Trading Limited", "raw_material", "Zambia", False)
MM = Sup("Moravia Moduly", "Moravia Moduly s.r.o.", "pack_integrator", "Czechia", True)
WS = Sup("Warta Separatory", "Warta Separatory Sp. z o.o.", "cell_component", "Poland", False)
SUPPLIERS = [SH, AC, TA, BN, SA, HV, AE, MT, KP, CC, MM, WS]

BUYER = "Kestrel Energy Systems B.V."
BUYER_ADDR = "High Tech Campus 61, 5656 AG Eindhoven, the Netherlands"
BUYER_DE = "Kestrel Energy Systems Deutschland GmbH"
BUYER_DE_ADDR = "Frankenstraße 152, 90461 Nürnberg, Deutschland"

ADDR = {
    SH.name: "Lot CN-07, Đình Vũ Industrial Zone, Đông Hải 2 Ward, Hải An District, Hải Phòng, Vietnam",
    AC.name: "Zone Industrielle de Jorf Lasfar, Lot 112, 24025 El Jadida, Maroc",
    TA.name: "Ipari Park utca 14, 5000 Szolnok, Magyarország",
    BN.name: "2250, boulevard de l'Industrie, Bécancour (Québec) G9H 3N7, Canada",
    SA.name: "Rodovia MG-409, km 38, Zona Rural, Pedra Azul – MG, CEP 39970-000, Brasil",
    HV.name: "No. 18, Gongye E. 6th Rd., East Dist., Hsinchu City 300, Taiwan",
    AE.name: "Via dell'Industria 27, 60027 Osimo (AN), Italia",
    MT.name: "Gebze Organize Sanayi Bölgesi, 1600. Sokak No: 1608, 41400 Gebze/Kocaeli, Türkiye",
    KP.name: "Teollisuustie 21, 94900 Keminmaa, Finland",
    CC.name: "Plot 4471, Independence Avenue, Kitwe, Zambia",
    MM.name: "Průmyslová 1840/12, 779 00 Olomouc, Česká republika",
    WS.name: "ul. Przemysłowa 45, 62-510 Konin, Polska",
}

# ---------------------------------------------------------------------------------------------------------------
# Dates written the ways these documents write them (the common ones come from build_tests)
# ---------------------------------------------------------------------------------------------------------------

MON_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
          "novembre", "dicembre"]
MON_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
          "novembro", "dezembro"]
MON_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
MON_PL = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik",
          "listopad", "grudzień"]
MON_CS = ["leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen", "listopad",
          "prosinec"]
MON_TR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
MON_FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def it_long(d: dt.date) -> str:
    return f"{'1°' if d.day == 1 else d.day} {MON_IT[d.month - 1]} {d.year}"


def pt_long(d: dt.date) -> str:
    return f"{'1º' if d.day == 1 else d.day} de {MON_PT[d.month - 1]} de {d.year}"


def cs_num(d: dt.date) -> str:
    return f"{d.day}. {d.month}. {d.year}"


def ym(year: int, month: int) -> str:
    return f"{year}-{month:02d}"


# ---------------------------------------------------------------------------------------------------------------
# Truth helpers
# ---------------------------------------------------------------------------------------------------------------

_OMIT = object()


def cl(metric: str, number, effective, clause=_OMIT, **values) -> dict:
    """A contract_clause fact. `number`/`clause` may be _OMIT (not scored); `effective` a date or None."""
    f: dict[str, object] = {"kind": "contract_clause", "metric": metric}
    if number is not _OMIT:
        f["contract_number"] = number
    if effective is not _OMIT:
        f["effective"] = iso(effective) if effective else None
    if clause is not _OMIT:
        f["clause"] = clause
    f.update(values)
    return f


def otd(number, effective, clause, target: float) -> dict:
    return cl("on_time_delivery", number, effective, clause, target=target, unit="%")


def late(number, effective, clause, rate: float, cap: float | None) -> dict:
    return cl("late_delivery_penalty", number, effective, clause, penalty_rate=rate, penalty_cap=cap)


def credit(number, effective, clause, rate: float, cap: float | None) -> dict:
    return cl("otd_service_credit", number, effective, clause, penalty_rate=rate, penalty_cap=cap)


def ppm(number, effective, clause, target: float) -> dict:
    return cl("defect_ppm", number, effective, clause, target=target, unit="ppm")


def ack(number, effective, clause, target: float, unit: str) -> dict:
    return cl("complaint_acknowledgement", number, effective, clause, target=target, unit=unit)


def r8d(number, effective, clause, target: float, unit: str) -> dict:
    return cl("report_8d", number, effective, clause, target=target, unit=unit)


def warranty(number, effective, clause, years: float, cycles: int | None, retention: float | None) -> dict:
    return cl("warranty", number, effective, clause, target=years, unit="years", warranty_cycles=cycles,
              capacity_retention_pct=retention)


def notice(number, effective, clause, target: float, unit: str) -> dict:
    return cl("change_notice", number, effective, clause, target=target, unit=unit)


def minerals(template: str, company: str, effective: dt.date | None, mins: list[str], cahra: list[str],
             artisanal: bool) -> dict:
    return {"kind": "minerals", "template": template, "company": company,
            "effective": iso(effective) if effective else None, "minerals": mins, "cahra_minerals": cahra,
            "artisanal_mentioned": artisanal}


def kpi(rows: Sequence[tuple[str, float | None, float | None, float | None]]) -> dict:
    return {"kind": "kpi", "months": [{"month": m, "on_time_delivery_pct": o, "defect_ppm": p, "lead_time_days": t}
                                      for m, o, p, t in rows]}


def profile(*, legal_name: str, country: str, segment: str, products: list[str], product_types: dict[str, str],
            materials: dict[str, list[str]], single_sourced: list[str], email: str | None, coc: bool | None,
            automotive: bool | None) -> dict:
    return {"kind": "profile", "legal_name": legal_name, "country": country, "segment": segment,
            "products": products, "product_types": product_types, "materials": materials,
            "single_sourced_parts": single_sourced, "contact_email": email, "code_of_conduct_signed": coc,
            "automotive": automotive}


def fnum(x: float | None) -> float | None:
    return None if x is None else float(x)


def pct(k: float, n: float) -> float:
    """A share as the reports print it: percent with one decimal."""
    return round(100.0 * k / n, 1)


def ppm_of(bad: float, total: float) -> int:
    return round(1_000_000 * bad / total)


def nl(x: float | None, dec: int = 1, na: str = "n/a") -> str:
    """A number with a decimal comma (European reports)."""
    return na if x is None else f"{x:.{dec}f}".replace(".", ",")


# ---------------------------------------------------------------------------------------------------------------
# The real RMI templates, filled in cell by cell the way a supplier fills them
# ---------------------------------------------------------------------------------------------------------------

EMRT_SLOTS = {"Cobalt": "D12", "Copper": "E12", "Graphite": "G12", "Lithium": "D13", "Mica": "E13", "Nickel": "G13"}
EMRT_Q_ROWS = [30, 42, 54, 66, 78, 90, 102]  # questions 1-7, one row per mineral in scope (alphabetical)
EMRT_COMPANY = {"A": 115, "B": 117, "D": 131, "E": 133, "F": 135, "G": 137}  # C: rows 120.. per mineral
CMRT_METALS = ["Tantalum", "Tin", "Gold", "Tungsten"]
CMRT_Q_ROWS = [26, 32, 38, 44, 50, 56, 62, 68]  # questions 1-8, rows Ta, Sn, Au, W
CMRT_COMPANY = {"A": 75, "B": 77, "C": 79, "D": 81, "E": 83, "F": 85, "G": 87, "H": 89}


def _load_template(name: str):
    from openpyxl import load_workbook

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_workbook(REAL / name)


def have_templates() -> bool:
    return (REAL / "RMI_EMRT_2.1.xlsx").exists() and (REAL / "RMI_CMRT_6.5.xlsx").exists()


def fill_emrt(path: Path, *, language: str | None, info: dict[str, object], in_scope: list[str],
              answers: dict[int, dict[str, tuple[str | None, str | None]]],
              company: dict[str, tuple[str | None, str | None]], company_c: dict[str, str | None],
              smelters: list[tuple], mines: Sequence[tuple] = ()) -> None:
    """A copy of the blank EMRT 2.1 with a supplier's answers: `info` cell -> value on the Declaration sheet,
    `answers` question -> mineral -> (answer, comment), `company` letter -> (answer, comment), `company_c` mineral ->
    answer, `smelters` rows (metal, name, country, id, comment), `mines` rows (metal, smelter, mine, country, comment)."""
    wb = _load_template("RMI_EMRT_2.1.xlsx")
    ws = wb["Declaration"]
    if language:
        ws["D3"] = language
    for cell, value in info.items():
        ws[cell] = value
    for mineral, cell in EMRT_SLOTS.items():
        if mineral not in in_scope:
            ws[cell] = f"(Delete {mineral})"
    order = sorted(in_scope)
    for q, per_mineral in answers.items():
        for mineral, (answer, comment) in per_mineral.items():
            row = EMRT_Q_ROWS[q - 1] + order.index(mineral)
            if answer is not None:
                ws[f"D{row}"] = answer
            if comment:
                ws[f"G{row}"] = comment
    for letter, (answer, comment) in company.items():
        row = EMRT_COMPANY[letter]
        if answer is not None:
            ws[f"D{row}"] = answer
        if comment:
            ws[f"G{row}"] = comment
    for mineral, answer in company_c.items():
        if answer is not None:
            ws[f"D{120 + order.index(mineral)}"] = answer
    sl = wb["Smelter List"]
    for i, (metal, name, country, sid, comment) in enumerate(smelters):
        r = 5 + i
        sl[f"B{r}"] = metal
        sl[f"C{r}"] = name if sid else "Smelter not listed"
        sl[f"D{r}"] = name
        sl[f"E{r}"] = country
        sl[f"F{r}"] = sid
        if comment:
            sl[f"Q{r}"] = comment
    ml = wb["Mine List"]
    for i, (metal, smelter, mine, country, comment) in enumerate(mines):
        r = 5 + i
        ml[f"A{r}"] = metal
        ml[f"B{r}"] = smelter
        ml[f"C{r}"] = mine
        ml[f"F{r}"] = country
        if comment:
            ml[f"M{r}"] = comment
    save_xlsx(wb, path)


def fill_cmrt(path: Path, *, language: str | None, info: dict[str, object],
              answers: dict[int, dict[str, tuple[str | None, str | None]]],
              company: dict[str, tuple[str | None, str | None]], smelters: list[tuple]) -> None:
    """A copy of the blank CMRT 6.5 with a supplier's answers (see fill_emrt)."""
    wb = _load_template("RMI_CMRT_6.5.xlsx")
    ws = wb["Declaration"]
    if language:
        ws["D3"] = language
    for cell, value in info.items():
        ws[cell] = value
    for q, per_metal in answers.items():
        for metal, (answer, comment) in per_metal.items():
            row = CMRT_Q_ROWS[q - 1] + CMRT_METALS.index(metal)
            if answer is not None:
                ws[f"D{row}"] = answer
            if comment:
                ws[f"G{row}"] = comment
    for letter, (answer, comment) in company.items():
        row = CMRT_COMPANY[letter]
        if answer is not None:
            ws[f"D{row}"] = answer
        if comment:
            ws[f"G{row}"] = comment
    sl = wb["Smelter List"]
    for i, (metal, name, country, sid, comment) in enumerate(smelters):
        r = 5 + i
        sl[f"B{r}"] = metal
        sl[f"C{r}"] = name if sid else "Smelter not listed"
        sl[f"D{r}"] = name
        sl[f"E{r}"] = country
        sl[f"F{r}"] = sid
        if comment:
            sl[f"Q{r}"] = comment
    save_xlsx(wb, path)


def all_(metals: list[str], answer: str | None, comment: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    return {m: (answer, comment) for m in metals}


# ---------------------------------------------------------------------------------------------------------------
# Contracts
# ---------------------------------------------------------------------------------------------------------------

def _clauses(lk: Look, items: list[tuple[str, str]], indent: float = 0) -> list:
    """Numbered clauses: ("", heading) prints a heading, (label, text) a hanging paragraph."""
    from reportlab.lib.styles import ParagraphStyle

    out: list = []
    hang = ParagraphStyle("hang", parent=lk.body, leftIndent=(indent + 14) * 2.835, firstLineIndent=-14 * 2.835)
    for label, text in items:
        if not label:
            out.append(P(text, lk.h3))
        else:
            out.append(M(f"{esc(label)}&nbsp;&nbsp;{esc(text)}", hang))
    return out


def c01_sh_lta(C: Corpus) -> None:
    """Long-term supply agreement, 1.1.1 numbering: OTD, daily late penalty capped per PO, ppm falling per contract
    year, change notice in words, warranty years/cycles/retention; payment, interest, liability cap, insurance."""
    no, eff = "KES-LTA-2026-014", D(2026, 3, 1)
    facts = [otd(no, eff, "9.1.1", 98), late(no, eff, "9.1.3", 0.5, 5),
             ppm(no, eff, "9.2.1", 50),  # contract year 1 of 50 / 30 / 20 ppm
             notice(no, eff, "10.4", 6, "months"), warranty(no, eff, "12.1", 8, 4000, 70)]
    path = C.add(SH, "contracts/KES-LTA-2026-014 Long-Term Supply Agreement (signed).pdf", "contract",
                 "ho-lta-decimal-pdf", facts)
    lk = Look("Sans", 9.2, margins=(24, 22, 24, 22))
    s = [P("LONG-TERM SUPPLY AGREEMENT", lk.h1), P(f"Agreement No. {no}", lk.centerb), SP(4),
         P("This Long-Term Supply Agreement is made on 12 February 2026", lk.body),
         P("BETWEEN", lk.h3),
         P(f"(1) {BUYER}, a private company with limited liability incorporated under the laws of the Netherlands, "
           f"having its registered office at {BUYER_ADDR} (\"Buyer\"); and", lk.body),
         P(f"(2) {SH.legal_name}, a joint stock company incorporated under the laws of Vietnam, enterprise code "
           f"0201987654, having its registered office at {ADDR[SH.name]} (\"Supplier\").", lk.body), SP(2)]
    s += _clauses(lk, [
        ("", "1. DEFINITIONS AND INTERPRETATION"),
        ("1.1", "In this Agreement the following terms have the following meanings:"),
        ("1.1.1", "\"Effective Date\" means 1 March 2026."),
        ("1.1.2", "\"Contract Year\" means each period of twelve (12) months starting on the Effective Date or an anniversary of it."),
        ("1.1.3", "\"Delivery Window\" means the period from three (3) working days before to the confirmed delivery date at the Delivery Point."),
        ("1.1.4", "\"OTD\" means the number of order lines delivered complete within their Delivery Window divided by the number of order lines due in the period, expressed as a percentage."),
        ("1.1.5", "\"Products\" means the lithium iron phosphate and nickel-based cells listed in Annex 1, as amended from time to time."),
        ("", "2. SCOPE AND TERM"),
        ("2.1", "Supplier shall manufacture and sell, and Buyer shall purchase, the Products on the terms of this Agreement and of the Purchase Orders issued under it."),
        ("2.2", "This Agreement has a term of five (5) years from the Effective Date and renews by one (1) year at a time unless terminated with twelve (12) months' notice."),
        ("", "3. FORECASTS AND ORDERS"),
        ("3.1", "Buyer shares a rolling 18-month forecast every month. The first three (3) months of the forecast are firm; months four (4) to six (6) may vary by ±20 %."),
        ("3.2", "Supplier confirms each Purchase Order within two (2) working days of receipt."),
        ("", "4. PRICES AND PAYMENT"),
        ("4.1", "Prices are set out in Annex 1 and are adjusted quarterly by the lithium carbonate index mechanism of Annex 2."),
        ("4.2", "Payment is due sixty (60) days end of month following receipt of a correct invoice."),
        ("4.3", "Late payments bear interest at the statutory commercial rate of the Netherlands (art. 6:119a Dutch Civil Code), currently eight percentage points above the ECB reference rate."),
        ("", "5. DELIVERY"),
        ("5.1", "Deliveries are made DAP Buyer's plant, Tilburg (Incoterms® 2020) (the \"Delivery Point\")."),
        ("5.2", "Each consignment shall be packed in accordance with UN 3480 / ADR and Buyer's packaging specification PS-112."),
        ("", "9. SERVICE LEVELS"),
        ("9.1", "Delivery performance"),
        ("9.1.1", "Supplier shall achieve an OTD of at least 98 % in each calendar month."),
        ("9.1.2", "OTD is measured from Buyer's goods-receipt records; Supplier may dispute a month's figure within ten (10) working days of its publication."),
        ("9.1.3", "For each calendar day by which a delivery is late, Supplier shall pay liquidated damages of 0.5 % of the value of the late order line. The total liquidated damages for late delivery under a Purchase Order shall not exceed 5 % of the value of that Purchase Order."),
        ("9.2", "Quality"),
        ("9.2.1", "Supplier shall meet the following defect rates (parts rejected at incoming inspection or on Buyer's lines, per million parts delivered, per Contract Year): Contract Year 1: 50 ppm; Contract Year 2: 30 ppm; Contract Year 3 and following: 20 ppm."),
        ("9.2.2", "Complaints, containment and 8D reports are handled as set out in the Quality Assurance Agreement between the parties."),
        ("", "10. CHANGES"),
        ("10.1", "Supplier shall not change the design, materials, sub-suppliers, manufacturing site or process of a Product without Buyer's prior written approval."),
        ("10.4", "Supplier shall notify Buyer in writing no less than six (6) months before implementing any change under Clause 10.1 (Product Change Notification) and shall provide samples and data for requalification."),
        ("", "12. WARRANTY"),
        ("12.1", "Supplier warrants that the Products conform to the specifications and are free from defects in design, material and workmanship for a period of eight (8) years from delivery or 4,000 full equivalent cycles, whichever comes first. A Product that retains less than 70 % of its rated capacity before the end of that period is deemed defective."),
        ("12.2", "Supplier shall at its option repair or replace defective Products and bear the costs of removal, transport and reinstallation."),
        ("", "13. LIABILITY"),
        ("13.2", "Except in case of wilful misconduct, gross negligence, breach of Clause 15 or product liability claims of third parties, each party's aggregate liability under this Agreement is limited to 150 % of the amounts paid and payable under it in the twelve (12) months preceding the event giving rise to the claim."),
        ("", "14. FORCE MAJEURE"),
        ("14.1", "Neither party is liable for a failure to perform caused by events beyond its reasonable control, provided it notifies the other party within five (5) days. If the event lasts more than ninety (90) days, either party may terminate the affected Purchase Orders."),
        ("", "15. CONFIDENTIALITY"),
        ("15.1", "Each party shall keep the other's confidential information secret during the term and for five (5) years after it."),
        ("", "16. INSURANCE"),
        ("16.1", "Supplier shall maintain product liability insurance with a cover of at least EUR 10,000,000 per event and product recall insurance of at least EUR 5,000,000."),
        ("", "18. GOVERNING LAW"),
        ("18.1", "This Agreement is governed by Dutch law. The courts of Amsterdam have exclusive jurisdiction; the United Nations Convention on Contracts for the International Sale of Goods does not apply."),
    ])
    s += [SP(8), TBL(lk, [[f"For {BUYER}", f"For {SH.legal_name}"],
                          ["Marieke van der Linden, Director Procurement\nEindhoven, 12 February 2026",
                           "Nguyễn Đức Long, Deputy General Director\nHải Phòng, 12 February 2026"]],
                     [82, 82], grid=False, shade_head=False)]
    pdf(path, s, lk, running(header_left=f"Long-Term Supply Agreement {no}", header_right="CONFIDENTIAL",
                             footer_center="Page {page} of {total}"))


def c02_sh_qaa_vi(C: Corpus) -> None:
    """Quality assurance agreement, Vietnamese/English article headings; in force on signature (no date)."""
    no = "QAA-SH-2025-03"
    facts = [ack(no, None, "5.1", 24, "hours"), r8d(no, None, "5.3", 10, "working days")]
    path = C.add(SH, "contracts/QAA-SH-2025-03 Thoa thuan dam bao chat luong - Quality Assurance Agreement.docx",
                 "contract", "ho-qaa-vi-en-docx", facts)
    d = new_docx("Times New Roman", 10.5)
    docx_header_footer(d, f"{SH.legal_name} – {BUYER}", f"Thỏa thuận số / Agreement No. {no}")
    docx_par(d, "THỎA THUẬN ĐẢM BẢO CHẤT LƯỢNG", bold=True, size=15, align="center")
    docx_par(d, "QUALITY ASSURANCE AGREEMENT", bold=True, size=13, align="center")
    docx_par(d, f"Số / No.: {no}", align="center")
    docx_par(d, f"Bên mua / Buyer: {BUYER}, {BUYER_ADDR}")
    docx_par(d, f"Bên bán / Supplier: {SH.legal_name} (Công ty Cổ phần Công nghệ Pin Sông Hồng), {ADDR[SH.name]}")
    arts = [
        ("Điều 1 / Article 1 – Phạm vi / Scope",
         ["1.1 This Agreement sets out the quality requirements for all cells and cell components that Supplier delivers to Buyer.",
          "1.2 Supplier maintains a quality management system certified to IATF 16949 and ISO 9001."]),
        ("Điều 3 / Article 3 – Kiểm tra đầu vào / Incoming inspection",
         ["3.1 Buyer's incoming inspection is limited to identity, quantity and visible transport damage. Supplier waives the objection of late notification of defects (art. 7:23 Dutch Civil Code)."]),
        ("Điều 5 / Article 5 – Khiếu nại / Complaint handling",
         ["5.1 Supplier shall acknowledge receipt of each quality complaint within twenty-four (24) hours of its notification by Buyer.",
          "5.2 Supplier shall implement containment (sorting of stock at Buyer, in transit and at Supplier) within forty-eight (48) hours and report the result in an 8D form (D1–D3).",
          "5.3 A complete 8D report including root cause, permanent corrective actions and verification of effectiveness shall be submitted within ten (10) working days of the complaint.",
          "5.4 If Supplier cannot meet the deadline of Article 5.3, it shall ask Buyer for an extension in writing, stating the reasons and a new date."]),
        ("Điều 6 / Article 6 – Mục tiêu chất lượng / Quality targets",
         ["6.1 The defect rate targets are those agreed in the Long-Term Supply Agreement. Supplier shall pursue a zero-defect strategy and present a quality improvement plan every six months."]),
        ("Điều 7 / Article 7 – Chi phí / Cost of non-quality",
         ["7.1 Supplier bears all costs caused by defective Products, including sorting, rework, line stoppage and an administration fee of EUR 250 per justified complaint."]),
        ("Điều 9 / Article 9 – Lưu trữ hồ sơ / Records",
         ["9.1 Production and test records shall be kept for fifteen (15) years after the last delivery of the Product concerned."]),
        ("Điều 12 / Article 12 – Hiệu lực / Entry into force",
         ["12.1 This Agreement comes into force on the date of its signature by both Parties and remains valid as long as Supplier delivers Products to Buyer.",
          "12.2 Thỏa thuận này được lập thành hai (02) bản tiếng Việt và tiếng Anh; trường hợp có mâu thuẫn, bản tiếng Anh được ưu tiên áp dụng. / In case of conflict the English text prevails."]),
    ]
    for head, paras in arts:
        docx_par(d, head, bold=True)
        for p in paras:
            docx_par(d, p)
    docx_par(d, "")
    docx_table(d, [["Đại diện Bên mua / For the Buyer", "Đại diện Bên bán / For the Supplier"],
                   ["Anouk de Graaf, Supplier Quality Manager\nChữ ký / Signature: ____________\nNgày / Date: ____________",
                    "Trần Thị Mai, Quality Director\nChữ ký / Signature: ____________\nNgày / Date: ____________"]])
    save_docx(d, path)


def c03_ac_contrat_fr(C: Corpus) -> None:
    """French supply contract: 'Article 7 bis' weekly penalty capped at the order amount; acknowledgement in hours,
    8D in working days, notice in days; legal late-payment penalties and recovery fee (no facts)."""
    no, eff = "KES-CA-2025-077", D(2026, 1, 1)
    facts = [otd(no, eff, "Article 7.1", 95), late(no, eff, "Article 7 bis", 0.5, 5),
             ack(no, eff, "Article 9.2", 48, "hours"), r8d(no, eff, "Article 9.3", 15, "working days"),
             notice(no, eff, "Article 11.1", 90, "days")]
    path = C.add(AC, "contrats/Contrat d'approvisionnement KES-CA-2025-077.pdf", "contract", "ho-contrat-fr-bis",
                 facts)
    lk = Look("Arial", 9.4, margins=(22, 22, 24, 22))
    s = [P("CONTRAT D'APPROVISIONNEMENT", lk.h1), P(f"N° {no}", lk.centerb), SP(3),
         P("ENTRE LES SOUSSIGNÉES :", lk.h3),
         P(f"{BUYER}, société de droit néerlandais, dont le siège social est situé {BUYER_ADDR}, représentée par "
           "Mme Marieke van der Linden, Directrice des Achats, ci-après « l'Acheteur »,", lk.body),
         P("ET", lk.center),
         P(f"{AC.legal_name}, société anonyme de droit marocain au capital de 120 000 000 MAD, immatriculée au registre "
           f"du commerce d'El Jadida sous le n° 18 443, dont le siège est situé {ADDR[AC.name]}, représentée par "
           "M. Youssef Benkirane, Directeur Général, ci-après « le Fournisseur ».", lk.body), SP(2)]
    s += _clauses(lk, [
        ("", "Article 1 – Objet"),
        ("1.1", "Le présent contrat a pour objet de définir les conditions dans lesquelles le Fournisseur fournit à l'Acheteur des matériaux de cathode (phosphate de fer lithié ACM-LFP-H12 et NCM ACM-NCM523-S) conformes aux spécifications de l'Annexe 1."),
        ("", "Article 2 – Durée"),
        ("2.1", "Le présent contrat prend effet le 1er janvier 2026 pour une durée de trois (3) ans. Il est ensuite reconduit tacitement par périodes d'un (1) an, sauf dénonciation par lettre recommandée six (6) mois avant son échéance."),
        ("", "Article 5 – Commandes"),
        ("5.1", "Les commandes sont passées par l'Acheteur via son portail fournisseurs et sont réputées acceptées à défaut de refus motivé sous deux (2) jours ouvrés."),
        ("", "Article 7 – Délais et performance de livraison"),
        ("7.1", "Le Fournisseur s'engage à un taux de service (livraisons complètes et à la date confirmée) d'au moins 95 % par trimestre civil, mesuré sur la base des réceptions de l'Acheteur."),
        ("7.2", "Toute livraison anticipée de plus de cinq (5) jours peut être refusée ou stockée aux frais du Fournisseur."),
        ("", "Article 7 bis – Pénalités de retard"),
    ])
    s += [P("Tout retard de livraison par rapport à la date confirmée donne lieu, de plein droit et sans mise en demeure "
            "préalable, à l'application d'une pénalité égale à 0,5 % du montant hors taxes de la commande concernée par "
            "semaine complète de retard. Le montant cumulé des pénalités est plafonné à 5 % du montant hors taxes de "
            "ladite commande. Les pénalités ne sont pas libératoires et n'excluent pas l'indemnisation du préjudice "
            "subi au-delà de ce plafond.", lk.body)]
    s += _clauses(lk, [
        ("", "Article 9 – Qualité et réclamations"),
        ("9.1", "Le Fournisseur maintient un système de management de la qualité certifié ISO 9001."),
        ("9.2", "Le Fournisseur accuse réception de toute réclamation qualité dans un délai de 48 heures suivant sa notification."),
        ("9.3", "Le Fournisseur remet un rapport 8D complet (analyse des causes, actions correctives, vérification de l'efficacité) dans un délai de 15 jours ouvrés à compter de la réclamation."),
        ("9.4", "Les teneurs en impuretés (notamment Fe magnétique ≤ 0,5 ppm, Na ≤ 150 ppm) sont contrôlées sur chaque lot et figurent sur le certificat d'analyse."),
        ("", "Article 11 – Modifications"),
        ("11.1", "Toute modification du produit, du procédé, des matières premières ou du site de fabrication est notifiée par écrit à l'Acheteur moyennant un préavis minimum de quatre-vingt-dix (90) jours calendaires avant sa mise en œuvre."),
        ("", "Article 12 – Prix et paiement"),
        ("12.1", "Les factures sont payables à soixante (60) jours à compter de leur date d'émission."),
        ("12.2", "Tout retard de paiement entraîne de plein droit des pénalités égales à trois fois le taux d'intérêt légal ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 euros."),
        ("", "Article 14 – Force majeure"),
        ("14.1", "Aucune des parties ne sera tenue responsable d'un manquement résultant d'un cas de force majeure au sens de l'article 1218 du Code civil. La partie empêchée en informe l'autre sans délai."),
        ("", "Article 15 – Responsabilité"),
        ("15.1", "Hors faute lourde ou dolosive, la responsabilité de chaque partie est limitée à 100 % du montant des commandes de l'année civile en cours."),
        ("", "Article 16 – Confidentialité"),
        ("16.1", "Les parties s'engagent à garder confidentielles les informations échangées pendant la durée du contrat et cinq (5) ans après son terme."),
        ("", "Article 18 – Droit applicable"),
        ("18.1", "Le présent contrat est régi par le droit français. Tout litige relève de la compétence exclusive du Tribunal de commerce de Paris."),
    ])
    s += [SP(6), P("Fait en deux exemplaires originaux, à Eindhoven et à El Jadida, le 4 décembre 2025.", lk.body), SP(4),
          TBL(lk, [["Pour l'Acheteur", "Pour le Fournisseur"],
                   ["Marieke van der Linden\nDirectrice des Achats", "Youssef Benkirane\nDirecteur Général"]],
              [80, 80], grid=False, shade_head=False)]
    pdf(path, s, lk, running(footer_left=f"Contrat {no}", footer_right="Page {page}/{total}",
                             header_right="Paraphes : ____ / ____"))


def c04_ac_vmi(C: Corpus) -> None:
    """VMI/logistics agreement: the body refers to Schedule 2; the service levels and the credit stand in a table
    there (an inventory-accuracy percentage that is no delivery KPI beside them); insurance at 110 %."""
    no, eff = "KES-VMI-2026-003", D(2026, 4, 1)
    facts = [otd(no, eff, "S2.1", 97), credit(no, eff, "S2.4", 1, 5)]
    path = C.add(AC, "contrats/VMI agreement KES-VMI-2026-003 incl Schedule 2.docx", "contract", "ho-vmi-schedule",
                 facts)
    d = new_docx("Arial", 10)
    docx_header_footer(d, "VENDOR MANAGED INVENTORY AND LOGISTICS AGREEMENT", f"Ref. {no} – Execution version")
    docx_par(d, "VENDOR MANAGED INVENTORY AND LOGISTICS AGREEMENT", bold=True, size=14, align="center")
    docx_par(d, f"Ref. {no}", align="center")
    docx_par(d, f"This Agreement is entered into by {BUYER} (\"Buyer\") and {AC.legal_name} (\"Supplier\") and is "
                "effective as of 1 April 2026.")
    body = [
        ("1. Purpose", "Supplier shall keep a consignment stock of cathode material (ACM-LFP-H12) at the third-party warehouse of Van Dijk Logistics B.V., Tilburg (the \"Hub\"), and replenish it on the basis of Buyer's consumption data shared daily via EDI."),
        ("2. Stock levels", "Supplier shall keep the stock at the Hub between a minimum of ten (10) and a maximum of twenty-five (25) days of Buyer's average forecast consumption."),
        ("3. Title and risk", "Title to the material passes to Buyer upon withdrawal from the Hub. Until then the material remains the property and at the risk of Supplier."),
        ("4. Invoicing", "Supplier invoices the quantities withdrawn in a calendar month at the end of that month. Payment terms: sixty (60) days from invoice date."),
        ("6. Service levels",
         "6.1 The service levels, their measurement and the remedies for missing them are set out in Schedule 2 (Service Levels).\n"
         "6.2 Buyer publishes the monthly service level report by the fifth working day of the following month.\n"
         "6.3 If Supplier misses a service level, it shall grant the service credits set out in Schedule 2. Service credits are without prejudice to Buyer's right to claim damages for a stock-out that stops Buyer's production."),
        ("8. Insurance", "Supplier shall insure the consignment stock against all risks for 110 % of its replacement value and provide a certificate of insurance annually."),
        ("9. Audit", "Buyer and Supplier jointly count the stock at the Hub once per quarter."),
        ("11. Term", "This Agreement runs for two (2) years and thereafter for an indefinite period, terminable with six (6) months' notice."),
        ("12. Confidentiality; law", "Clauses 15 (Confidentiality) and 18 (Governing law) of Supply Contract KES-CA-2025-077 apply mutatis mutandis."),
    ]
    for head, text in body:
        docx_par(d, head, bold=True)
        for line in text.split("\n"):
            docx_par(d, line)
    docx_par(d, "")
    docx_par(d, "Schedule 2 – Service Levels", bold=True, size=12)
    docx_table(d, [["Ref.", "KPI", "Target", "Measurement", "Remedy"],
                   ["S2.1", "On-time replenishment (OTD): replenishment orders arriving at the Hub on the requested day", "≥ 97 %", "Calendar month; number of replenishment orders on time / all replenishment orders due", "Service credit per S2.4"],
                   ["S2.2", "Stock-out at the Hub (stock below one day of consumption)", "0 events", "Per event", "Supplier bears all expediting and special freight costs"],
                   ["S2.3", "Inventory accuracy at quarterly count", "≥ 99.5 %", "Counted quantity / book quantity per item", "Joint root-cause analysis"]])
    docx_par(d, "")
    docx_par(d, "S2.4 Service credit. For each full percentage point by which OTD under S2.1 falls below 97 % in a "
                "calendar month, Supplier grants Buyer a service credit of 1 % of the value invoiced for that month, up "
                "to a total of 5 % of that value. Service credits are deducted from the next invoice.")
    docx_par(d, "S2.5 Reporting. Buyer's monthly report is final unless Supplier disputes it within ten (10) working days.")
    docx_par(d, "")
    docx_table(d, [["Buyer", "Supplier"], ["Joost Verhoeven, Category Manager", "Salma El Idrissi, Directrice Supply Chain"]])
    save_docx(d, path)


def c05_ta_fsa_roman(C: Corpus) -> None:
    """Framework supply agreement with Roman-numbered articles and numbered paragraphs: daily penalty capped per PO,
    warranty in months, change notice in days; payment, liability, confidentiality, force majeure."""
    no, eff = "FSA-TA-KES-2025/11", D(2026, 1, 1)
    facts = [otd(no, eff, "Article IX(1)", 98.5), late(no, eff, "Article IX(2)", 0.2, 8),
             warranty(no, eff, "Article XI(1)", 3, None, None), notice(no, eff, "Article XII(2)", 120, "days")]
    path = C.add(TA, "szerződések/FSA-TA-KES-2025-11 Framework Supply Agreement.pdf", "contract", "ho-fsa-roman",
                 facts)
    lk = Look("Serif", 9.8, margins=(25, 25, 25, 22))
    s = [P("FRAMEWORK SUPPLY AGREEMENT", lk.h1), P(f"No. {no}", lk.centerb), SP(4),
         P(f"between {BUYER}, {BUYER_ADDR} (hereinafter \"Buyer\")", lk.center),
         P(f"and {TA.legal_name}, {ADDR[TA.name]}, company registration no. 16-09-018842 (hereinafter \"Supplier\")",
           lk.center), SP(4),
         P("This Agreement is dated 14 November 2025 and shall enter into force on 1 January 2026.", lk.body), SP(2)]

    def art(title: str, paras: list[str]) -> None:
        s.append(P(title, lk.h3))
        for i, text in enumerate(paras, 1):
            s.append(P(f"({i}) {text}", lk.body))

    art("Article I – Subject matter", ["Supplier develops, manufactures and supplies lithium-ion battery packs (TA-48V-105, TA-80V-230 and TA-LCV-62) to Buyer on call-off.",
                                       "Individual call-offs are governed by this Agreement; Buyer's General Purchasing Conditions apply where this Agreement is silent."])
    art("Article V – Forecast and capacity", ["Supplier shall reserve production capacity for 120 % of Buyer's rolling twelve-month forecast."])
    art("Article VII – Prices and payment", ["Prices are fixed for each calendar year in Annex B.",
                                             "Invoices are payable within forty-five (45) days net. Late payment interest is due at the rate set in Act V of 2013 (Hungarian Civil Code)."])
    art("Article IX – Delivery performance", [
        "Supplier shall achieve an on-time delivery rate of at least 98.5 % per calendar month. A delivery is on time if it arrives no earlier than two (2) working days before and no later than the confirmed date.",
        "If Supplier delivers late, it shall pay a contractual penalty of 0.2 % of the net value of the delayed Products for each calendar day of delay, in aggregate not exceeding 8 % of the net value of the relevant Purchase Order. Buyer's right to claim further damages remains unaffected; penalties paid are credited against them.",
        "Supplier shall inform Buyer immediately of any foreseeable delay, stating its cause and expected duration.",
        "Supplier shall bear the additional costs of expedited transport required to meet a confirmed date."])
    art("Article X – Quality", ["Supplier maintains a quality management system certified to IATF 16949.",
                                "Complaint handling follows the Quality Assurance Agreement QAA-TA-2025 between the parties."])
    art("Article XI – Warranty", ["The warranty period is thirty-six (36) months from delivery to Buyer.",
                                  "Within the warranty period Supplier shall replace defective packs free of charge, including freight."])
    art("Article XII – Engineering changes", ["No change to form, fit, function, cell supplier or production site may be made without Buyer's written approval.",
                                             "Supplier shall notify Buyer of any intended change at least one hundred and twenty (120) days before its implementation."])
    art("Article XV – Limitation of liability", ["Liability for indirect and consequential damages is excluded, except in case of intent or gross negligence."])
    art("Article XVI – Confidentiality", ["The parties keep this Agreement and all information received under it confidential for the term of the Agreement and three (3) years thereafter."])
    art("Article XVII – Force majeure", ["A party prevented from performing by force majeure shall notify the other without delay; obligations are suspended for the duration of the event."])
    art("Article XIX – Term and law", ["This Agreement runs until 31 December 2028.",
                                       "It is governed by the laws of Hungary; place of jurisdiction is Budapest."])
    s += [SP(8), TBL(lk, [["Buyer", "Supplier"],
                          ["Eindhoven, 14 November 2025\nMarieke van der Linden", "Szolnok, 14 November 2025\nKovács Gábor, ügyvezető / Managing Director"]],
                     [80, 80], grid=False, shade_head=False)]
    pdf(path, s, lk, running(footer_center="– {page} –", footer_right=no))


def c06_ta_amendment(C: Corpus) -> None:
    """Amendment No. 1: the recital quotes the old penalty (no fact), the new penalty applies from a stated date; a
    new ppm paragraph is added to the quality article."""
    no, eff = "FSA-TA-KES-2025/11", D(2026, 7, 1)
    facts = [late(no, eff, "Article IX(2)", 0.3, 10), ppm(no, eff, "Article X(3)", 40)]
    path = C.add(TA, "szerződések/Amendment No 1 to FSA-TA-KES-2025-11 (signed).docx", "contract",
                 "ho-amendment-old-new", facts)
    d = new_docx("Cambria", 10.5)
    docx_par(d, "AMENDMENT No. 1", bold=True, size=15, align="center")
    docx_par(d, f"to the Framework Supply Agreement No. {no} dated 14 November 2025 (the \"Agreement\")", align="center")
    docx_par(d, f"between {BUYER} (\"Buyer\") and {TA.legal_name} (\"Supplier\")", align="center")
    docx_par(d, "")
    docx_par(d, "Recitals", bold=True)
    docx_par(d, "(A) Article IX(2) of the Agreement currently provides for a contractual penalty of 0.2 % per calendar "
                "day of delay, capped at 8 % of the net value of the relevant Purchase Order.")
    docx_par(d, "(B) Following the delivery disruptions of March and April 2026 the parties have agreed to strengthen "
                "the delivery and quality provisions as set out below.")
    docx_par(d, "Now, therefore, the parties agree as follows:", bold=True)
    docx_par(d, "1. With effect from 1 July 2026, Article IX(2) of the Agreement is deleted and replaced by the following:")
    docx_par(d, "\"(2) If Supplier delivers late, it shall pay a contractual penalty of 0.3 % of the net value of the "
                "delayed Products for each calendar day of delay, in aggregate not exceeding 10 % of the net value of "
                "the relevant Purchase Order. Buyer's right to claim further damages remains unaffected.\"", italic=True)
    docx_par(d, "2. With effect from the same date, the following paragraph (3) is added to Article X (Quality):")
    docx_par(d, "\"(3) Supplier shall not exceed a defect rate of 40 ppm (defective packs per million packs delivered), "
                "measured over a rolling twelve-month period.\"", italic=True)
    docx_par(d, "3. All other provisions of the Agreement remain unchanged and in full force. In case of conflict "
                "between this Amendment and the Agreement, this Amendment prevails.")
    docx_par(d, "4. This Amendment is made in two originals in English.")
    docx_par(d, "")
    docx_table(d, [["Buyer", "Supplier"],
                   ["Eindhoven, 10 June 2026\n\nMarieke van der Linden\nDirector Procurement",
                    "Szolnok, 12 June 2026\n\nKovács Gábor\nManaging Director"]], style="")
    save_docx(d, path)


def c07_bn_nickel_words(C: Corpus) -> None:
    """US-style nickel supply agreement: the late-delivery damages are written in words only ("three-tenths of one
    percent"), a rolling three-month OTD, notice in days; a ppm specification, quantity tolerance, liability cap as
    percent and CIF insurance at 110 % (no facts)."""
    no, eff = "KES-NI-2026-002", D(2026, 1, 15)
    facts = [otd(no, eff, "Section 6.1", 95), late(no, eff, "Section 6.2", 0.3, 5),
             notice(no, eff, "Section 8.3", 180, "days")]
    path = C.add(BN, "agreements/Nickel Supply Agreement KES-NI-2026-002 executed.pdf", "contract",
                 "ho-us-words-only", facts)
    lk = Look("Serif", 10, pagesize=bt.LETTER, margins=(25, 25, 25, 22))
    s = [P("NICKEL SUPPLY AGREEMENT", lk.h1), P(f"Agreement No. {no}", lk.center), SP(3),
         P(f"This Nickel Supply Agreement (this \"Agreement\") is entered into as of {us_long(eff)} (the \"Effective "
           f"Date\") by and between {BN.legal_name}, a corporation organized under the Canada Business Corporations "
           f"Act (\"Seller\"), and {BUYER}, a Dutch private limited company (\"Buyer\").", lk.body), SP(2)]
    secs = [
        ("ARTICLE 2 — PRODUCT AND QUANTITY", [
            ("Section 2.1", "Product.", "Nickel briquettes (BNR-Ni-BRQ) and battery-grade nickel sulphate hexahydrate (BNR-NiSO4-22) meeting the specifications in Exhibit A (including Ni ≥ 99.8%, Co ≤ 0.05%, Fe ≤ 100 ppm and S ≤ 10 ppm for briquettes)."),
            ("Section 2.2", "Quantity.", "2,400 metric tonnes of contained nickel per Contract Year, shipped in monthly lots, with an operational tolerance of plus or minus ten percent (±10%) per lot at Seller's option.")]),
        ("ARTICLE 4 — PRICE", [
            ("Section 4.1", "Price.", "The LME Nickel Official Cash Settlement Price averaged over the month of shipment, plus a premium of USD 1,450 per tonne of contained nickel.")]),
        ("ARTICLE 5 — PAYMENT", [
            ("Section 5.1", "Terms.", "Payment of one hundred percent (100%) of the provisional invoice within thirty (30) days of the bill of lading date by telegraphic transfer.")]),
        ("ARTICLE 6 — DELIVERY PERFORMANCE", [
            ("Section 6.1", "On-Time Delivery.", "Seller shall achieve an on-time delivery rate of not less than ninety-five percent (95%) of Shipments, measured on a rolling three (3) month basis."),
            ("Section 6.2", "Late Delivery.", "If any Shipment is delivered after the last day of its Delivery Window, Seller shall pay to Buyer, as liquidated damages and not as a penalty, an amount equal to three-tenths of one percent of the Price of the delayed Shipment for each Day of delay; provided, however, that the aggregate amount of such liquidated damages for any Shipment shall not exceed five percent of the Price of such Shipment. The parties agree that such amounts are a reasonable pre-estimate of Buyer's loss."),
            ("Section 6.3", "Exclusive Remedy.", "Except for Buyer's right to terminate under Section 10.2, the liquidated damages under Section 6.2 are Buyer's sole and exclusive remedy for late delivery.")]),
        ("ARTICLE 8 — QUALITY AND CHANGES", [
            ("Section 8.1", "Certificates.", "Each lot shall be accompanied by a certificate of analysis issued by Seller's laboratory."),
            ("Section 8.3", "Notice of Changes.", "Seller shall give Buyer not less than one hundred eighty (180) days' prior written notice of any change in the refinery process, the principal feedstock or the origin of the feed materials used to produce the Product.")]),
        ("ARTICLE 11 — LIMITATION OF LIABILITY", [
            ("Section 11.1", "Cap.", "Except for fraud, willful misconduct and breach of Article 14, neither party's aggregate liability under this Agreement shall exceed one hundred percent (100%) of the Price paid in the twelve (12) months preceding the claim.")]),
        ("ARTICLE 12 — FORCE MAJEURE", [
            ("Section 12.1", "Excuse.", "Neither party shall be liable for any failure or delay caused by Force Majeure, including strikes at Seller's refinery, provided that the affected party gives notice within ten (10) Days.")]),
        ("ARTICLE 13 — INSURANCE", [
            ("Section 13.1", "Cargo.", "For CIF shipments Seller shall procure marine cargo insurance for one hundred ten percent (110%) of the invoice value.")]),
        ("ARTICLE 14 — CONFIDENTIALITY", [
            ("Section 14.1", "Obligation.", "Each party shall hold the terms of this Agreement in confidence for the Term and three (3) years thereafter.")]),
        ("ARTICLE 16 — GOVERNING LAW", [
            ("Section 16.1", "Law.", "This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.")]),
    ]
    for head, items in secs:
        s.append(P(head, lk.h3))
        for num, title, text in items:
            s.append(M(f"<b>{esc(num)}</b>&nbsp;&nbsp;<u>{esc(title)}</u> {esc(text)}", lk.body))
    s += [SP(6), P("IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.", lk.body), SP(4),
          TBL(lk, [["BOREAL NICKEL REFINING INC.", "KESTREL ENERGY SYSTEMS B.V."],
                   ["By: Sophie Tremblay\nTitle: Vice-President, Sales", "By: Marieke van der Linden\nTitle: Director Procurement"]],
              [80, 80], grid=False, shade_head=False)]
    pdf(path, s, lk, running(footer_left="Execution version", footer_right="{page}"))


def c08_sa_contrato_pt(C: Corpus) -> None:
    """Portuguese supply contract ('Cláusula Quinta'): weekly 'multa moratória' capped at the order value,
    acknowledgement in 'dias úteis', 8D in 'dias corridos'; the buyer's late-payment fine and interest (no facts)."""
    no, eff = "CF-SA-KES-031/2026", D(2026, 2, 1)
    facts = [otd(no, eff, "5.1", 92), late(no, eff, "5.3", 1, 10),
             ack(no, eff, "7.2", 2, "working days"), r8d(no, eff, "7.4", 15, "days")]
    path = C.add(SA, "contratos/Contrato de Fornecimento CF-SA-KES-031-2026.docx", "contract", "ho-contrato-pt",
                 facts)
    d = new_docx("Arial", 10)
    docx_header_footer(d, "CONTRATO DE FORNECIMENTO DE GRAFITE NATURAL", f"Contrato nº {no} – página")
    docx_par(d, "CONTRATO DE FORNECIMENTO DE GRAFITE NATURAL", bold=True, size=14, align="center")
    docx_par(d, f"Nº {no}", bold=True, align="center")
    docx_par(d, f"CONTRATANTE: {BUYER}, sociedade constituída segundo as leis dos Países Baixos, com sede em "
                f"{BUYER_ADDR}, doravante denominada simplesmente \"CONTRATANTE\".")
    docx_par(d, f"CONTRATADA: {SA.legal_name}, sociedade empresária limitada, inscrita no CNPJ sob o nº "
                f"27.418.903/0001-56, com sede na {ADDR[SA.name]}, doravante denominada \"CONTRATADA\".")
    docx_par(d, "As partes acima identificadas têm, entre si, justo e acertado o presente Contrato de Fornecimento, "
                "que se regerá pelas cláusulas seguintes e pelas condições descritas no presente.")
    clauses = [
        ("CLÁUSULA PRIMEIRA – DO OBJETO", ["1.1. O presente contrato tem como objeto o fornecimento de grafite natural em flocos, grau bateria (SAG-FLK-195, carbono fixo ≥ 95%, umidade ≤ 0,5%), conforme especificação técnica do Anexo I."]),
        ("CLÁUSULA QUINTA – DOS PRAZOS E DO DESEMPENHO DE ENTREGA", [
            "5.1. A CONTRATADA deverá manter índice de pontualidade de entrega (OTD) mínimo de 92% (noventa e dois por cento), apurado mensalmente pela CONTRATANTE.",
            "5.2. Considera-se pontual a entrega realizada dentro da janela de dois (2) dias úteis antes até a data confirmada no pedido.",
            "5.3. O atraso na entrega sujeitará a CONTRATADA a multa moratória de 1% (um por cento) do valor do pedido em atraso por semana de atraso, limitada a 10% (dez por cento) do valor total do respectivo pedido, sem prejuízo de perdas e danos."]),
        ("CLÁUSULA SEXTA – DO PREÇO E DO PAGAMENTO", [
            "6.1. Os preços constam do Anexo II e são expressos em dólares norte-americanos, FCA Porto de Vitória.",
            "6.2. O pagamento será efetuado em 60 (sessenta) dias contados da data de emissão da fatura.",
            "6.3. Em caso de atraso no pagamento, incidirão sobre o valor em atraso multa de 2% (dois por cento) e juros de mora de 1% (um por cento) ao mês, calculados pro rata die."]),
        ("CLÁUSULA SÉTIMA – DA QUALIDADE E DAS RECLAMAÇÕES", [
            "7.1. A CONTRATADA manterá sistema de gestão da qualidade certificado segundo a norma ISO 9001.",
            "7.2. A CONTRATADA acusará o recebimento de qualquer reclamação da CONTRATANTE em até 2 (dois) dias úteis.",
            "7.3. A CONTRATADA apresentará as ações de contenção em até 5 (cinco) dias úteis.",
            "7.4. O relatório 8D completo deverá ser entregue em até 15 (quinze) dias corridos contados do recebimento da reclamação."]),
        ("CLÁUSULA DÉCIMA SEGUNDA – DO CASO FORTUITO E DA FORÇA MAIOR", ["12.1. Nenhuma das partes será responsável pelo descumprimento de suas obrigações em decorrência de caso fortuito ou força maior, nos termos do artigo 393 do Código Civil."]),
        ("CLÁUSULA DÉCIMA TERCEIRA – DA CONFIDENCIALIDADE", ["13.1. As partes obrigam-se a manter sigilo sobre as informações trocadas durante a vigência deste contrato e por 5 (cinco) anos após o seu término."]),
        ("CLÁUSULA DÉCIMA QUINTA – DA VIGÊNCIA", ["15.1. O presente contrato vigorará pelo prazo de 24 (vinte e quatro) meses a partir de 1º de fevereiro de 2026, podendo ser prorrogado mediante termo aditivo."]),
        ("CLÁUSULA DÉCIMA SEXTA – DO FORO", ["16.1. Fica eleito o foro da Comarca de São Paulo/SP para dirimir quaisquer dúvidas oriundas deste contrato."]),
    ]
    for head, paras in clauses:
        docx_par(d, head, bold=True)
        for p in paras:
            docx_par(d, p)
    docx_par(d, "E, por estarem assim justas e contratadas, as partes assinam o presente em 2 (duas) vias de igual teor.")
    docx_par(d, "Pedra Azul, 20 de janeiro de 2026.")
    docx_table(d, [["CONTRATANTE", "CONTRATADA"],
                   ["Marieke van der Linden\nDiretora de Compras", "Rafael Monteiro\nDiretor Comercial"],
                   ["Testemunha 1: Juliana Carvalho", "Testemunha 2: Pedro Henrique Souza"]], style="")
    save_docx(d, path)


def c09_hv_po_special_terms(C: Corpus) -> None:
    """A signed purchase order with special terms: a flat rate per late delivery capped at the PO value; a cash
    discount and a 3-working-day return deadline (no facts)."""
    no, eff = "4500218873", D(2026, 6, 1)
    facts = [otd(no, eff, "ST-1", 99), late(no, eff, "ST-2", 2, 10), ppm(no, eff, "ST-3", 100)]
    path = C.add(HV, "orders/PO 4500218873 signed with special terms.pdf", "contract", "ho-po-special-terms", facts)
    lk = Look("Arial", 8.8, margins=(16, 16, 18, 18))
    items = [["10", "HVL-BMS-16S-A", "BMS master board 16S, rev. C", "5,000", "pcs", "38.40", "192,000.00", "2026-06-15 ff."],
             ["20", "HVL-CMU-12", "Cell monitoring unit 12 ch., rev. B", "10,000", "pcs", "11.85", "118,500.00", "2026-06-15 ff."]]
    s = [TBL(lk, [[f"{BUYER}\n{BUYER_ADDR}\nVAT NL861234567B01", "PURCHASE ORDER\nNo. 4500218873\nDate: 18.05.2026\nPage 1"]],
             [110, 68], head=0, grid=False, box_only=True), SP(3),
         KV(lk, [("Supplier", f"{HV.legal_name}, {ADDR[HV.name]} – vendor no. 700412"),
                 ("Buyer contact", "Joost Verhoeven, +31 40 751 2200"),
                 ("Delivery address", "Kestrel Energy Systems B.V., Plant Tilburg, Kraaiven 31, 5048 AL Tilburg"),
                 ("Incoterms", "FCA Taoyuan International Airport (Incoterms® 2020)"),
                 ("Currency", "USD")], widths=(38, 140)), SP(3),
         TBL(lk, [["Item", "Material", "Description", "Qty", "Unit", "Price", "Net value", "Delivery"]] + items,
             [10, 28, 50, 16, 10, 16, 24, 24]), SP(2),
         P("Total net value: USD 310,500.00 – delivery schedule per attached call-off plan (weekly lots).", lk.right), SP(3),
         P("SPECIAL TERMS AND CONDITIONS", lk.h3),
         P("These special terms apply to all deliveries under this order from 1 June 2026. They prevail over our "
           "General Purchasing Conditions (version 2025.1), which apply otherwise.", lk.body)]
    s += _clauses(lk, [
        ("ST-1", "On-time delivery: each weekly lot must arrive within the confirmed delivery week. Target on-time delivery rate: 99 % of lots per calendar month."),
        ("ST-2", "Late delivery: for each late delivery Supplier owes a flat penalty of 2 % of the value of that delivery; the total of such penalties under this order shall not exceed 10 % of the total PO value."),
        ("ST-3", "Quality: incoming defect rate not exceeding 100 ppm; every lot with certificate of conformity and ICT/EOL test data."),
        ("ST-4", "Payment: 60 days net, or 2 % cash discount for payment within 14 days."),
        ("ST-5", "Order acceptance: please return this order signed within 3 working days; otherwise the order is deemed accepted upon first delivery."),
    ])
    s += [SP(6), TBL(lk, [["Issued by Kestrel Energy Systems B.V.", "Accepted by Supplier"],
                          ["Joost Verhoeven, Category Manager Electronics",
                           "Lin Chia-hao, Sales Manager Europe – signed 20.05.2026\n(company chop)"]],
                     [85, 85], shade_head=False)]
    pdf(path, s, lk, running(footer_left="Kestrel Energy Systems B.V. · KvK 74120456 · ING NL12INGB0006543210",
                             footer_right="PO 4500218873 · page {page}/{total}"))


def c10_hv_qaa_zh(C: Corpus) -> None:
    """Bilingual Traditional Chinese / English quality assurance agreement: ppm, 24 h acknowledgement, 8D in
    calendar days, PCN notice; records kept fifteen years (no warranty)."""
    no, eff = "QAA-HV-2026-01", D(2026, 3, 1)
    facts = [ppm(no, eff, "Article 6.1", 20), ack(no, eff, "Article 7.1", 24, "hours"),
             r8d(no, eff, "Article 7.3", 7, "days"), notice(no, eff, "Article 9.2", 90, "days")]
    path = C.add(HV, "quality/品質保證協議 QAA-HV-2026-01 Quality Assurance Agreement.docx", "contract",
                 "ho-qaa-zh-tw", facts)
    d = new_docx("PMingLiU", 10.5)
    docx_header_footer(d, "新竹伏特聯電子股份有限公司 Hsinchu Voltlink Electronics Co., Ltd.", f"協議編號 Agreement No.: {no}")
    docx_par(d, "品質保證協議書", bold=True, size=16, align="center")
    docx_par(d, "QUALITY ASSURANCE AGREEMENT", bold=True, size=12, align="center")
    docx_table(d, [["協議編號 Agreement No.", no],
                   ["買方 Buyer", f"{BUYER}（以下簡稱「買方」）"],
                   ["供應商 Supplier", f"{HV.legal_name} 新竹伏特聯電子股份有限公司（以下簡稱「供應商」）"],
                   ["生效日期 Effective date", "本協議自2026年3月1日起生效 / This Agreement takes effect on 1 March 2026."]],
               bold_head=False, bold_first_col=True)
    docx_par(d, "")
    arts = [
        ("第1條 範圍 / Article 1 – Scope", ["1.1 本協議適用於供應商交付買方之電池管理系統及相關電子組件。 / This Agreement applies to all battery management electronics Supplier delivers to Buyer."]),
        ("第6條 品質目標 / Article 6 – Quality targets", [
            "6.1 出貨不良率目標：≤ 20 ppm。 / Outgoing defect rate target: ≤ 20 ppm (defective units per million delivered, rolling 12 months).",
            "6.2 供應商應每季提交品質報告。 / Supplier submits a quarterly quality report."]),
        ("第7條 客訴處理 / Article 7 – Complaints", [
            "7.1 供應商應於收到客訴通知後24小時內以書面確認。 / Supplier shall confirm receipt of a complaint in writing within 24 hours of notification.",
            "7.2 供應商應於48小時內完成圍堵措施。 / Containment within 48 hours.",
            "7.3 8D報告應於客訴通知後7個日曆天內提交。 / The 8D report shall be submitted within 7 calendar days of the complaint notification."]),
        ("第9條 變更管理 / Article 9 – Change management", [
            "9.1 任何製程、材料、零件或生產地點之變更須經買方書面核准。 / Any change of process, material, component or site requires Buyer's written approval.",
            "9.2 供應商應於變更實施前至少90天提出變更通知（PCN）。 / Supplier shall issue a Product Change Notification at least 90 days before implementation."]),
        ("第11條 紀錄保存 / Article 11 – Records", ["11.1 生產及測試紀錄應保存15年。 / Production and test records are kept for 15 years."]),
        ("第13條 準據法 / Article 13 – Governing law", ["13.1 本協議以英文版本為準。 / The English version prevails. Dutch law applies."]),
    ]
    for head, paras in arts:
        docx_par(d, head, bold=True)
        for p in paras:
            docx_par(d, p)
    docx_par(d, "")
    docx_table(d, [["買方 Buyer", "供應商 Supplier"],
                   ["Anouk de Graaf, Supplier Quality Manager\n2026/02/16", "陳郁婷 Chen Yu-ting, QA Manager\n2026/02/18"]])
    save_docx(d, path)


def c11_ae_contratto_it(C: Corpus) -> None:
    """Italian framework contract ('Punto 4.2'): a penalty per working day of the contract value, a warranty of
    years or cycles with residual capacity; a 30/60/10 payment split and a 10 % bank guarantee (no facts)."""
    no, eff = "KES-IT-2026-09", D(2026, 3, 1)
    facts = [otd(no, eff, "Punto 4.1", 95), late(no, eff, "Punto 4.2", 0.1, 10),
             warranty(no, eff, "Punto 9.1", 10, 6000, 70)]
    path = C.add(AE, "contratti/Contratto quadro KES-IT-2026-09 firmato.pdf", "contract", "ho-contratto-it", facts)
    lk = Look("Serif", 9.8, margins=(24, 24, 24, 22))
    s = [P("CONTRATTO QUADRO DI FORNITURA", lk.h1), P(f"N. {no}", lk.centerb), SP(3),
         P("tra", lk.center),
         P(f"{BUYER}, con sede in {BUYER_ADDR} (di seguito il \"Committente\")", lk.center), P("e", lk.center),
         P(f"{AE.legal_name}, con sede legale in {ADDR[AE.name]}, P. IVA 02874510426, in persona del legale "
           "rappresentante Ing. Luca Ferretti (di seguito il \"Fornitore\")", lk.center), SP(3),
         P("PREMESSO CHE il Committente intende acquistare sistemi di accumulo dell'energia a batteria per i propri "
           "progetti in Italia e nei Paesi Bassi, si conviene e si stipula quanto segue.", lk.body)]
    s += _clauses(lk, [
        ("", "Punto 1 – Oggetto"),
        ("1.1", "Il Fornitore fornisce sistemi di accumulo containerizzati AES-CUBE-2150 (2,15 MWh) e armadi AES-RACK-100, comprensivi di installazione e messa in servizio."),
        ("", "Punto 4 – Consegne"),
        ("4.1", "Il Fornitore garantisce una puntualità di consegna non inferiore al 95% (novantacinque per cento), calcolata su base trimestrale sulle consegne confermate."),
        ("4.2", "Per ogni giorno lavorativo di ritardo rispetto alla data di consegna confermata il Fornitore corrisponderà una penale pari allo 0,1% (zero virgola uno per cento) del valore contrattuale, fino a un massimo del 10% (dieci per cento) del valore contrattuale. È fatto salvo il risarcimento del maggior danno."),
        ("", "Punto 6 – Corrispettivi e pagamenti"),
        ("6.1", "Il prezzo è corrisposto come segue: 30% all'ordine, 60% alla consegna, 10% al collaudo positivo."),
        ("6.2", "In caso di ritardato pagamento decorrono gli interessi moratori ai sensi del D.Lgs. 231/2002."),
        ("", "Punto 7 – Garanzia di buona esecuzione"),
        ("7.1", "Alla firma di ciascun ordine il Fornitore consegna una fideiussione bancaria a prima richiesta pari al 10% del valore dell'ordine."),
        ("", "Punto 9 – Garanzia"),
        ("9.1", "Il Fornitore garantisce i sistemi per 10 (dieci) anni dalla data di messa in servizio o 6.000 cicli equivalenti completi, a seconda di quale evento si verifichi per primo; la capacità residua garantita alla scadenza non sarà inferiore al 70% della capacità nominale."),
        ("9.2", "Durante il periodo di garanzia il Fornitore riparerà o sostituirà a proprie spese i moduli difettosi entro 15 giorni lavorativi dalla segnalazione."),
        ("", "Punto 12 – Forza maggiore"),
        ("12.1", "Nessuna delle parti è responsabile per inadempimenti dovuti a cause di forza maggiore, purché ne dia comunicazione scritta entro 5 giorni."),
        ("", "Punto 13 – Riservatezza"),
        ("13.1", "Le parti si impegnano a mantenere riservate le informazioni ricevute per tutta la durata del contratto e per i 5 anni successivi."),
        ("", "Punto 14 – Limitazione di responsabilità"),
        ("14.1", "Salvo dolo o colpa grave, la responsabilità complessiva del Fornitore non potrà eccedere il 100% del valore contrattuale."),
        ("", "Punto 16 – Durata ed efficacia"),
        ("16.1", "Il presente contratto ha efficacia dal 1° marzo 2026 e durata di quattro anni."),
        ("", "Punto 17 – Legge applicabile e foro competente"),
        ("17.1", "Il contratto è regolato dalla legge italiana. Foro esclusivo: Milano."),
    ])
    s += [SP(6), P("Letto, confermato e sottoscritto. Osimo / Eindhoven, 18 febbraio 2026", lk.body), SP(3),
          TBL(lk, [["Il Committente", "Il Fornitore"], ["Marieke van der Linden", "Ing. Luca Ferretti – Amministratore Delegato"]],
              [80, 80], grid=False, shade_head=False), SP(3),
          P("Ai sensi degli artt. 1341 e 1342 c.c. il Fornitore approva specificamente i Punti 4.2, 7, 9 e 14.", lk.small)]
    pdf(path, s, lk, running(header_right=f"Contratto quadro n. {no}", footer_center="Pag. {page} di {total}"))


def c12_ae_sla_annex(C: Corpus) -> None:
    """An SLA annex as a KPI table with a remedy column; it applies from an event, not a date; an availability
    guarantee with liquidated damages per 0.1 point and an on-site response time (no facts)."""
    no = "KES-IT-2026-09"
    facts = [otd(no, None, "A3.1", 96), ppm(no, None, "A3.2", 200), ack(no, None, "A3.3", 1, "working days"),
             r8d(no, None, "A3.4", 20, "working days"), credit(no, None, "A3.5", 0.5, 5)]
    path = C.add(AE, "contratti/Annex 3 - SLA O&M and spare parts (KES-IT-2026-09).docx", "contract",
                 "ho-sla-annex-table", facts)
    d = new_docx("Calibri", 10)
    docx_header_footer(d, "Adriatica Energy Storage S.r.l. – Kestrel Energy Systems B.V.", "Annex 3 to Framework Contract No. KES-IT-2026-09")
    docx_par(d, "ANNEX 3 – SERVICE LEVEL AGREEMENT", bold=True, size=14)
    docx_par(d, f"Operation & maintenance and spare parts – to Framework Contract No. {no} (\"Contract\")", italic=True)
    docx_par(d, "A3.0 Scope and start. This Annex applies to each energy storage system supplied under the Contract "
                "from its Commercial Operation Date (COD). Capitalised terms have the meaning given in the Contract.")
    docx_table(d, [["No.", "KPI", "Target", "Window", "Remedy"],
                   ["A3.1", "Delivery reliability of spare parts (on time, in full)", "≥ 96 %", "calendar month", "Service credit per A3.5"],
                   ["A3.2", "Quality of delivered spare parts", "≤ 200 ppm defective", "rolling 12 months", "Replacement and re-inspection at Supplier's cost"],
                   ["A3.3", "Written acknowledgement of a quality complaint", "1 working day", "per complaint", "Escalation to Supplier's management"],
                   ["A3.4", "Final 8D report", "20 working days", "per complaint", "Escalation; Buyer may have the analysis made by a third party at Supplier's cost"],
                   ["A3.6", "Availability of each ESS", "≥ 97.5 %", "contract year", "Liquidated damages per A3.6"],
                   ["A3.7", "Technician on site after a critical alarm", "24 hours", "per event", "–"]])
    docx_par(d, "")
    docx_par(d, "A3.5 Service credit for delivery reliability. If the target of A3.1 is missed in a calendar month, "
                "Supplier credits Buyer 0.5 % of the O&M fee of that month for each percentage point below 96 %, "
                "capped at 5 % of the monthly O&M fee.")
    docx_par(d, "A3.6 Availability guarantee. For each 0.1 percentage point by which the annual availability of an ESS "
                "falls below 97.5 %, Supplier pays liquidated damages of 0.5 % of the annual O&M fee for that ESS, up "
                "to a maximum of 10 % of that fee. Periods of grid unavailability and Buyer-requested shutdowns are "
                "excluded from the calculation.")
    docx_par(d, "A3.8 Reporting. Supplier sends the monthly SLA report by the 10th calendar day of the following month.")
    docx_par(d, "A3.9 Remedies under this Annex are without prejudice to the warranty under Punto 9 of the Contract.")
    save_docx(d, path)


def c13_mt_tr_en(C: Corpus) -> None:
    """Turkish/English supply agreement in two columns: weekly penalty with a cap, warranty in months (ay), notice
    in months; payment, force majeure, jurisdiction."""
    no, eff = "KES-TR-2026-005", D(2026, 2, 1)
    facts = [otd(no, eff, "6.1", 97), late(no, eff, "6.2", 1, 5), warranty(no, eff, "9.1", 2, None, None),
             notice(no, eff, "10.1", 3, "months")]
    path = C.add(MT, "sözleşmeler/Tedarik Sozlesmesi - Supply Agreement KES-TR-2026-005.pdf", "contract",
                 "ho-tr-en-two-column", facts)
    lk = Look("Sans", 8.6, margins=(16, 16, 20, 18))
    rows = [
        ["TEDARİK SÖZLEŞMESİ", "SUPPLY AGREEMENT"],
        [f"Sözleşme No: {no}", f"Agreement No: {no}"],
        [f"Taraflar: {BUYER} (\"Alıcı\") ile {MT.legal_name} (\"Tedarikçi\").",
         f"Parties: {BUYER} (\"Buyer\") and {MT.legal_name} (\"Supplier\")."],
        ["Yürürlük tarihi: 01.02.2026", "Effective date: 1 February 2026"],
        ["Madde 1 – Konu\n1.1 Tedarikçi, Alıcı'ya batarya modülleri için kalay kaplı bakır ve alüminyum baralar (busbar) tedarik eder.",
         "Article 1 – Subject\n1.1 Supplier supplies tin-plated copper and aluminium busbars for battery modules to Buyer."],
        ["Madde 6 – Teslimat\n6.1 Zamanında teslimat oranı her takvim ayında en az %97 olacaktır.\n"
         "6.2 Geciken her tam hafta için, geciken siparişin bedelinin %1'i oranında cezai şart uygulanır; toplam cezai şart ilgili sipariş bedelinin %5'ini aşamaz.",
         "Article 6 – Delivery\n6.1 The on-time delivery rate shall be at least 97 % in each calendar month.\n"
         "6.2 For each full week of delay a contractual penalty of 1 % of the value of the delayed order applies; total penalties shall not exceed 5 % of the value of the order concerned."],
        ["Madde 7 – Ödeme\n7.1 Ödemeler fatura tarihinden itibaren 90 gün içinde yapılır.\n7.2 Geç ödemelerde TCMB avans faiz oranı uygulanır.",
         "Article 7 – Payment\n7.1 Invoices are paid within 90 days of invoice date.\n7.2 Late payments bear interest at the advance rate of the Central Bank of the Republic of Türkiye."],
        ["Madde 9 – Garanti\n9.1 Garanti süresi teslimattan itibaren 24 (yirmi dört) aydır.",
         "Article 9 – Warranty\n9.1 The warranty period is twenty-four (24) months from delivery."],
        ["Madde 10 – Değişiklikler\n10.1 Tedarikçi; malzeme, proses veya üretim yeri değişikliklerini en az 3 (üç) ay önceden yazılı olarak bildirir.",
         "Article 10 – Changes\n10.1 Supplier gives at least three (3) months' prior written notice of any change of material, process or production site."],
        ["Madde 12 – Mücbir sebep\n12.1 Mücbir sebep halinde taraflar yükümlülüklerinden sorumlu tutulamaz.",
         "Article 12 – Force majeure\n12.1 Neither party is liable for non-performance caused by force majeure."],
        ["Madde 13 – Gizlilik\n13.1 Taraflar bu sözleşme kapsamındaki bilgileri 5 yıl süreyle gizli tutar.",
         "Article 13 – Confidentiality\n13.1 The parties keep information received hereunder confidential for 5 years."],
        ["Madde 15 – Uyuşmazlıklar\n15.1 İstanbul (Çağlayan) Mahkemeleri ve İcra Daireleri yetkilidir. Çelişki halinde İngilizce metin esastır.",
         "Article 15 – Disputes\n15.1 The courts of Istanbul (Çağlayan) have jurisdiction. In case of conflict the English text prevails."],
    ]
    s = [TBL(lk, rows, [88, 88], head=1), SP(8),
         TBL(lk, [["Alıcı / Buyer", "Tedarikçi / Supplier"],
                  ["Marieke van der Linden\n20.01.2026", "Mehmet Yıldırım, Genel Müdür / General Manager\n22.01.2026"]],
             [88, 88], grid=False, shade_head=False)]
    pdf(path, s, lk, running(footer_right="Sayfa {page} / {total}", footer_left=f"{no}"))


def c14_kp_letter(C: Corpus) -> None:
    """A letter agreement on the buyer's letterhead: a rebate per full percentage point of OTD shortfall per quarter,
    acknowledgement and 8D in one paragraph; material specification limits in ppm and ppb (no facts)."""
    no, eff = "KES-FI-2025-021", D(2026, 9, 1)
    facts = [otd(no, eff, "1", 96), credit(no, eff, "2", 0.75, 4.5), ack(no, eff, "3", 2, "working days"),
             r8d(no, eff, "3", 20, "days")]
    path = C.add(KP, "agreements/Letter agreement 2026-08-14 delivery and quality (countersigned).pdf", "contract",
                 "ho-letter-agreement", facts)
    lk = Look("Arial", 10, margins=(25, 25, 30, 25))
    s = [P("KESTREL ENERGY SYSTEMS", lk.h2), P(f"{BUYER} · {BUYER_ADDR} · www.kestrel-energy.example", lk.small), SP(10),
         P(f"{KP.legal_name}\nAttn. Mr Mikko Heikkinen, Sales Director\n{ADDR[KP.name]}", lk.body), SP(6),
         P("Eindhoven, 14 August 2026", lk.right), SP(4),
         P(f"Re: Supply Agreement No. {no} – delivery and quality commitments for pCAM (NCM811 / NCM622)", lk.h3),
         P("Dear Mikko,", lk.body),
         P("Further to our meeting in Keminmaa on 29 July 2026, this letter records what we agreed. With effect from "
           "1 September 2026 the following applies in addition to the Supply Agreement:", lk.body)]
    paras = [
        "On-time delivery. You will deliver at least 96 % of call-offs on time (arrival at our Tilburg plant on the confirmed day), measured per calendar quarter.",
        "Rebate. If on-time delivery in a quarter is below 96 %, you will grant us a rebate of 0.75 % of that quarter's purchase value for each full percentage point of shortfall, not exceeding 4.5 % of the quarter's purchase value. The rebate is credited against the first invoice of the following quarter.",
        "Complaints. You will acknowledge each quality complaint within two (2) working days and send us the full 8D report within twenty (20) calendar days of the complaint.",
        "Specification. The specification limits of Annex 1 to the Supply Agreement (including Na ≤ 150 ppm, Fe ≤ 20 ppm and magnetic impurities ≤ 50 ppb) remain unchanged.",
        "Review. We will review performance at the quarterly business reviews; either of us may ask to renegotiate this letter after twelve months.",
        "Everything else. All other terms of the Supply Agreement remain unchanged. This letter is governed by Finnish law.",
    ]
    for i, text in enumerate(paras, 1):
        head, rest = text.split(". ", 1)
        s.append(M(f"{i}.&nbsp;&nbsp;<b>{esc(head)}.</b> {esc(rest)}", lk.body))
    s += [P("Please confirm your agreement by countersigning and returning a copy of this letter.", lk.body), SP(4),
          P("Kind regards,", lk.body), SP(8),
          P("Joost Verhoeven\nCategory Manager Battery Materials", lk.body), SP(8),
          P("Agreed and accepted for Kemijoki Precursor Oy:", lk.h3),
          P("Mikko Heikkinen, Sales Director – Keminmaa, 19 August 2026", lk.body)]
    pdf(path, s, lk, None)


def c15_cc_sales_contract(C: Corpus) -> None:
    """Cobalt hydroxide sales contract with (a)(i) numbering: damages per day after the shipment period; in force on
    signature (no date); a price adjustment per 1 % Co below specification and a provisional payment (no facts)."""
    no = "CCT/KES/2026/04"
    facts = [late(no, None, "9(a)(ii)", 0.25, 7.5), notice(no, None, "11(b)", 60, "days")]
    path = C.add(CC, "contracts/Sales Contract CCT-KES-2026-04 cobalt hydroxide.pdf", "contract",
                 "ho-sales-contract-aii", facts)
    lk = Look("Arial", 9.4, margins=(22, 22, 24, 22))
    s = [P("SALES CONTRACT", lk.h1), P(f"Contract No.: {no}", lk.centerb), SP(3),
         KV(lk, [("Seller", f"{CC.legal_name}, {ADDR[CC.name]}"), ("Buyer", f"{BUYER}, {BUYER_ADDR}"),
                 ("Commodity", "Cobalt hydroxide, Co 30 % min. (dry basis)")], widths=(30, 140)), SP(3)]
    sections = [
        ("1. Quantity", ["Six (6) lots of approximately 100 wet metric tonnes each, ±5 % at Seller's option."]),
        ("5. Price and price adjustment", ["(a) Payable cobalt: 58 % of the Fastmarkets standard grade cobalt price (low end), averaged over the month of shipment.",
                                           "(b) For each 1 % (pro rata) by which the cobalt content is below 30 %, the payable is reduced by 3 percentage points; material below 26 % Co may be rejected."]),
        ("7. Shipment", ["(a) One lot per calendar month from June to November 2026 (each a \"Shipment Period\"), CIF Antwerp, via Dar es Salaam or Walvis Bay.",
                         "(b) Seller shall declare the vessel and ETA no later than ten (10) days before loading."]),
        ("9. Late shipment", ["(a) If any lot is not shipped within its Shipment Period:",
                              "   (i) Seller shall notify Buyer immediately, stating the reason and the expected shipment date;",
                              "   (ii) Seller shall pay Buyer liquidated damages at a rate of zero point two five per cent (0.25 %) of the provisional value of the lot for each day of delay beyond the last day of its Shipment Period, up to a maximum of seven point five per cent (7.5 %) of that value.",
                              "(b) If the delay exceeds thirty (30) days, Buyer may cancel the lot without liability."]),
        ("11. Origin and due diligence", ["(a) Seller shall supply only material of documented origin, with chain-of-custody documents for each lot.",
                                          "(b) Seller shall notify Buyer in writing not less than sixty (60) days in advance of any change of the mine, processor or refinery of origin of the material.",
                                          "(c) Seller shall allow Buyer or its auditors to audit its due diligence once per year."]),
        ("12. Payment", ["(a) 90 % of the provisional value by irrevocable letter of credit at sight against shipping documents; the balance after final assay and weights.",
                         "(b) Interest on late payment: one-month SOFR plus 2 % per annum."]),
        ("14. Force majeure", ["Neither party is liable for delay caused by force majeure, including road closures at the DRC–Zambia border, provided notice is given within seven (7) days."]),
        ("16. Law and arbitration", ["English law. Disputes are finally settled by LCIA arbitration in London."]),
        ("17. Entry into force", ["This Contract shall enter into force upon signature by both Parties."]),
    ]
    for head, lines in sections:
        s.append(P(head, lk.h3))
        for line in lines:
            s.append(P(line, lk.body))
    s += [SP(8), TBL(lk, [["For the Seller", "For the Buyer"],
                          ["Chanda Mwansa, Managing Director\nSignature: ______________  Date: ________",
                           "Marieke van der Linden, Director Procurement\nSignature: ______________  Date: ________"]],
                     [82, 82], grid=False, shade_head=False)]
    pdf(path, s, lk, running(footer_left=f"Contract {no}", footer_right="Page {page} of {total}"))


def c16_mm_rahmenvertrag_de(C: Corpus) -> None:
    """German framework agreement: a penalty per working day in '§ 7 Abs. 3', and 'Anlage 3' with the OTD target,
    a bonus-malus grid whose malus is per started percentage point, and ppm targets falling per year; a cash discount
    and liability insurance (no facts)."""
    no, eff = "RLV-MM-2025-118", D(2026, 1, 1)
    facts = [late(no, eff, "§ 7 Abs. 3", 0.3, 5), warranty(no, eff, "§ 11 Abs. 1", 3, None, None),
             otd(no, eff, "Anlage 3 Ziffer 1", 97), credit(no, eff, "Anlage 3 Ziffer 2", 1.5, 6),
             ppm(no, eff, "Anlage 3 Ziffer 3", 80)]  # 2026 of 80 / 60 / 40 ppm
    path = C.add(MM, "smlouvy/Rahmenliefervertrag RLV-MM-2025-118 mit Anlagen.pdf", "contract",
                 "ho-rahmenvertrag-anlage", facts)
    lk = Look("Arial", 9.3, margins=(24, 22, 24, 22))
    s = [P("RAHMENLIEFERVERTRAG", lk.h1), P(f"Vertrags-Nr. {no}", lk.centerb), SP(3),
         P(f"zwischen der {BUYER_DE}, {BUYER_DE_ADDR} – nachfolgend „Besteller“ –", lk.center),
         P(f"und der {MM.legal_name}, {ADDR[MM.name]}, IČO 07418523 – nachfolgend „Lieferant“ –", lk.center), SP(3)]
    paras = [
        ("§ 1 Vertragsgegenstand", ["(1) Der Lieferant liefert dem Besteller Batteriemodule der Typen MM-M12-LFP-100 und MM-M16-LFP-280 nach den Spezifikationen der Anlage 1.",
                                    "(2) Einzelabrufe erfolgen über das Lieferabrufsystem des Bestellers (VDA 4984)."]),
        ("§ 5 Preise und Zahlung", ["(1) Es gelten die Preise der Anlage 2, frei Werk Nürnberg (DAP Incoterms® 2020).",
                                    "(2) Zahlung innerhalb von 60 Tagen netto oder innerhalb von 14 Tagen mit 3 % Skonto."]),
        ("§ 7 Liefertermine, Verzug", ["(1) Die vereinbarten Liefertermine sind verbindlich. Maßgeblich ist der Eingang der Ware im Werk des Bestellers.",
                                       "(2) Erkennt der Lieferant, dass ein Termin nicht eingehalten werden kann, hat er dies dem Besteller unverzüglich unter Angabe der Gründe und der voraussichtlichen Dauer mitzuteilen.",
                                       "(3) Kommt der Lieferant in Verzug, ist er verpflichtet, eine Vertragsstrafe in Höhe von 0,3 % des Netto-Auftragswertes der verspäteten Lieferung je Werktag zu zahlen, höchstens jedoch 5 % des Netto-Auftragswertes. Die Vertragsstrafe wird auf einen weitergehenden Schadensersatz angerechnet; der Vorbehalt nach § 341 Abs. 3 BGB kann bis zur Schlusszahlung erklärt werden."]),
        ("§ 9 Qualität", ["(1) Der Lieferant unterhält ein nach IATF 16949 zertifiziertes Qualitätsmanagementsystem.",
                          "(2) Zielwerte für Liefertreue und Qualität sowie das Bonus-Malus-System ergeben sich aus Anlage 3. Die Reklamationsbearbeitung richtet sich nach der Qualitätssicherungsvereinbarung."]),
        ("§ 11 Mängelansprüche", ["(1) Die Verjährungsfrist für Mängelansprüche beträgt 36 Monate ab Lieferung.",
                                  "(2) Im Übrigen gelten die gesetzlichen Vorschriften."]),
        ("§ 14 Haftung, Versicherung", ["(1) Der Lieferant haftet nach den gesetzlichen Vorschriften.",
                                        "(2) Der Lieferant unterhält eine Produkthaftpflichtversicherung mit einer Deckungssumme von mindestens 10 Mio. EUR je Schadensfall."]),
        ("§ 15 Höhere Gewalt", ["Höhere Gewalt befreit die Vertragspartner für die Dauer der Störung von ihren Leistungspflichten."]),
        ("§ 16 Geheimhaltung", ["Die Vertragspartner behandeln alle nicht offenkundigen Informationen vertraulich, auch fünf Jahre über das Vertragsende hinaus."]),
        ("§ 18 Inkrafttreten, Laufzeit", ["(1) Dieser Vertrag tritt am 1. Januar 2026 in Kraft und läuft auf unbestimmte Zeit.",
                                          "(2) Er kann mit einer Frist von zwölf Monaten zum Jahresende gekündigt werden, erstmals zum 31.12.2028."]),
        ("§ 19 Recht, Gerichtsstand", ["Es gilt deutsches Recht unter Ausschluss des UN-Kaufrechts. Gerichtsstand ist Nürnberg."]),
    ]
    for head, lines in paras:
        s.append(P(head, lk.h3))
        for line in lines:
            s.append(P(line, lk.body))
    s += [SP(6), TBL(lk, [["Nürnberg, den 11.12.2025", "Olomouc, den 15.12.2025"],
                          ["Dr. Katrin Weiß, Leiterin Einkauf\nKestrel Energy Systems Deutschland GmbH",
                           "Ing. Tomáš Dvořák, jednatel\nMoravia Moduly s.r.o."]], [80, 80], grid=False, shade_head=False),
          PageBreak(),
          P("Anlage 3 – Qualitäts- und Logistikkennzahlen", lk.h2),
          P(f"zum Rahmenliefervertrag Nr. {no}", lk.body), SP(2),
          P("Ziffer 1 – Liefertreue", lk.h3),
          P("Zielwert: ≥ 97 % je Kalendermonat. Liefertreue = termin- und mengentreu gelieferte Lieferabrufpositionen / "
            "alle fälligen Lieferabrufpositionen. Ein Liefertermin gilt als eingehalten bei Wareneingang frühestens "
            "einen Arbeitstag vor und spätestens am vereinbarten Tag.", lk.body),
          P("Ziffer 2 – Bonus-Malus-Regelung Liefertreue", lk.h3),
          P("Abrechnung quartalsweise auf Basis der durchschnittlichen Liefertreue des Quartals; Bonus und Malus werden "
            "in Prozent des Einkaufsvolumens des Quartals mit der nächsten Rechnung verrechnet.", lk.body),
          TBL(lk, [["Liefertreue im Quartal", "Bonus / Malus (in % des Quartalseinkaufsvolumens)"],
                   ["≥ 99,0 %", "Bonus + 0,5 %"],
                   ["97,0 % bis < 99,0 %", "0"],
                   ["< 97,0 %", "Malus − 1,5 % je angefangenem Prozentpunkt Unterschreitung, höchstens − 6,0 %"]],
              [60, 110]), SP(2),
          P("Ziffer 3 – Qualität (ppm)", lk.h3),
          P("Zielwerte für beanstandete Teile je Million gelieferter Teile (Wareneingang und Linie, gleitend 12 Monate):", lk.body),
          TBL(lk, [["Kalenderjahr", "2026", "2027", "2028 ff."], ["Zielwert", "≤ 80 ppm", "≤ 60 ppm", "≤ 40 ppm"]],
              [40, 30, 30, 30]), SP(2),
          P("Ziffer 4 – Berichtswesen", lk.h3),
          P("Der Besteller stellt dem Lieferanten monatlich bis zum 8. Arbeitstag eine Lieferantenbewertung zur "
            "Verfügung. Einwände sind binnen zehn Arbeitstagen zu erheben.", lk.body)]
    pdf(path, s, lk, running(header_left=f"Rahmenliefervertrag {no}", header_right="Vertraulich",
                             footer_center="Seite {page} von {total}"))


def c17_mm_dzj_cs(C: Corpus) -> None:
    """Czech quality assurance agreement ('Článek 6 odst. 2'): acknowledgement in hours, 8D in working days, notice in
    months; archiving for fifteen years (no fact)."""
    no, eff = "DZJ-2026-07", D(2026, 4, 1)
    facts = [ack(no, eff, "Článek 6 odst. 2", 24, "hours"), r8d(no, eff, "Článek 6 odst. 3", 15, "working days"),
             notice(no, eff, "Článek 8 odst. 1", 6, "months")]
    path = C.add(MM, "smlouvy/Dohoda o zajištění jakosti DZJ-2026-07.docx", "contract", "ho-dzj-cs", facts)
    d = new_docx("Calibri", 10.5)
    docx_header_footer(d, f"{MM.legal_name} – Dohoda o zajištění jakosti", f"č. {no}")
    docx_par(d, "DOHODA O ZAJIŠTĚNÍ JAKOSTI", bold=True, size=15, align="center")
    docx_par(d, f"č. {no}", align="center")
    docx_par(d, f"Odběratel: {BUYER}, {BUYER_ADDR}")
    docx_par(d, f"Dodavatel: {MM.legal_name}, {ADDR[MM.name]}, IČO: 07418523, zapsaná v obchodním rejstříku vedeném "
                "Krajským soudem v Ostravě, oddíl C, vložka 81234")
    arts = [
        ("Článek 1 – Předmět dohody", ["(1) Tato dohoda stanoví požadavky odběratele na jakost bateriových modulů dodávaných dodavatelem."]),
        ("Článek 5 – Cíle jakosti", ["(1) Cílové hodnoty ppm jsou stanoveny v rámcové kupní smlouvě RLV-MM-2025-118.",
                                     "(2) Dodavatel usiluje o nulovou chybovost."]),
        ("Článek 6 – Reklamace", ["(1) Odběratel oznamuje reklamace elektronicky prostřednictvím portálu dodavatelů.",
                                  "(2) Dodavatel potvrdí přijetí reklamace nejpozději do 24 hodin od jejího oznámení.",
                                  "(3) Dodavatel předá odběrateli úplnou zprávu 8D nejpozději do 15 pracovních dnů od oznámení reklamace.",
                                  "(4) Náklady na třídění a přepracování nese dodavatel."]),
        ("Článek 8 – Změny", ["(1) Dodavatel oznámí odběrateli každou změnu výrobku, procesu, materiálu nebo místa výroby nejméně 6 měsíců před jejím zavedením.",
                              "(2) Změnu lze zavést až po písemném schválení odběratelem."]),
        ("Článek 10 – Archivace", ["(1) Záznamy o jakosti se archivují po dobu 15 let od poslední dodávky."]),
        ("Článek 12 – Účinnost", ["(1) Tato dohoda nabývá platnosti dnem podpisu oběma smluvními stranami a účinnosti dnem 1. 4. 2026.",
                                  "(2) Dohoda se uzavírá na dobu neurčitou."]),
    ]
    for head, paras in arts:
        docx_par(d, head, bold=True)
        for p in paras:
            docx_par(d, p)
    docx_par(d, "")
    docx_table(d, [["Za odběratele", "Za dodavatele"],
                   ["V Eindhovenu dne 10. 3. 2026\nAnouk de Graaf, Supplier Quality Manager",
                    "V Olomouci dne 12. 3. 2026\nPetra Novotná, vedoucí kvality"]], style="")
    save_docx(d, path)


def c18_ws_inkoopvoorwaarden_nl(C: Corpus) -> None:
    """The buyer's general purchasing conditions in Dutch, acknowledged by a supplier: a penalty per started week
    capped at the order value, acknowledgement in 'werkdagen', warranty in months; no contract number."""
    eff = D(2025, 1, 1)
    facts = [late(_OMIT, eff, "8.4", 1, 10), ack(_OMIT, eff, "9.3", 2, "working days"),
             warranty(_OMIT, eff, "12.2", 2, None, None)]
    path = C.add(WS, "umowy/Algemene Inkoopvoorwaarden Kestrel 2025.1 - voor akkoord.pdf", "contract",
                 "ho-gpc-nl", facts)
    lk = Look("Arial", 8.4, margins=(18, 18, 20, 18))
    s = [P("ALGEMENE INKOOPVOORWAARDEN", lk.h1),
         P(f"{BUYER} – versie 2025.1, geldig vanaf 1 januari 2025", lk.centerb),
         P("Gedeponeerd bij de Kamer van Koophandel te Eindhoven onder nummer 74120456", lk.center), SP(2)]
    arts = [
        ("Artikel 1 – Toepasselijkheid", ["1.1 Deze voorwaarden zijn van toepassing op alle aanvragen, bestellingen en overeenkomsten van Kestrel Energy Systems B.V. (\"Kestrel\") met een leverancier (\"Leverancier\").",
                                          "1.2 Algemene voorwaarden van Leverancier worden uitdrukkelijk van de hand gewezen."]),
        ("Artikel 8 – Levering", ["8.1 De overeengekomen leveringstermijnen zijn fatale termijnen.",
                                  "8.2 Leverancier meldt een dreigende overschrijding onverwijld schriftelijk aan Kestrel.",
                                  "8.4 Bij overschrijding van de leveringstermijn is Leverancier, zonder dat een ingebrekestelling is vereist, een direct opeisbare boete verschuldigd van 1% van de orderwaarde per begonnen week vertraging, met een maximum van 10% van de orderwaarde. De boete laat het recht van Kestrel op nakoming en volledige schadevergoeding onverlet."]),
        ("Artikel 9 – Kwaliteit en klachten", ["9.1 Leverancier beschikt over een gecertificeerd kwaliteitsmanagementsysteem (ISO 9001 of gelijkwaardig).",
                                               "9.3 Leverancier bevestigt de ontvangst van een klacht binnen 2 werkdagen en stelt in overleg met Kestrel een plan van aanpak op."]),
        ("Artikel 10 – Betaling", ["10.1 Betaling geschiedt binnen 60 dagen na ontvangst van een correcte factuur.",
                                   "10.2 Bij te late betaling is Kestrel uitsluitend de wettelijke handelsrente (art. 6:119a BW) verschuldigd."]),
        ("Artikel 12 – Garantie", ["12.1 Leverancier garandeert dat het geleverde voldoet aan de overeenkomst, de specificaties en de wettelijke eisen.",
                                   "12.2 De garantietermijn bedraagt 24 maanden na levering, tenzij schriftelijk anders overeengekomen."]),
        ("Artikel 15 – Aansprakelijkheid en verzekering", ["15.1 Leverancier is aansprakelijk voor alle schade die Kestrel lijdt als gevolg van een tekortkoming van Leverancier.",
                                                           "15.2 Leverancier houdt een aansprakelijkheidsverzekering aan met een dekking van ten minste EUR 2.500.000 per gebeurtenis."]),
        ("Artikel 17 – Overmacht", ["17.1 Onder overmacht van Leverancier wordt in ieder geval niet verstaan: personeelstekort, stakingen, tekortkomingen van toeleveranciers en transportproblemen."]),
        ("Artikel 18 – Geheimhouding", ["18.1 Leverancier houdt alle informatie van Kestrel geheim en gebruikt deze uitsluitend voor de uitvoering van de overeenkomst."]),
        ("Artikel 21 – Toepasselijk recht", ["21.1 Op deze voorwaarden is Nederlands recht van toepassing; het Weens Koopverdrag is uitgesloten.",
                                             "21.2 Geschillen worden voorgelegd aan de bevoegde rechter te Oost-Brabant."]),
    ]
    for head, paras in arts:
        s.append(P(head, lk.h3))
        for p in paras:
            s.append(P(p, lk.body))
    s += [SP(6), TBL(lk, [["Voor akkoord / Za zgodność / Agreed:"],
                          [f"{WS.legal_name}\nKatarzyna Wiśniewska, Prezes Zarządu\nKonin, 3 lutego 2026"]],
                     [110], shade_head=False)]
    pdf(path, s, lk, running(footer_left="Algemene Inkoopvoorwaarden Kestrel 2025.1", footer_right="pagina {page} van {total}"))


CONTRACT_DOCS = [c01_sh_lta, c02_sh_qaa_vi, c03_ac_contrat_fr, c04_ac_vmi, c05_ta_fsa_roman, c06_ta_amendment,
                 c07_bn_nickel_words, c08_sa_contrato_pt, c09_hv_po_special_terms, c10_hv_qaa_zh,
                 c11_ae_contratto_it, c12_ae_sla_annex, c13_mt_tr_en, c14_kp_letter, c15_cc_sales_contract,
                 c16_mm_rahmenvertrag_de, c17_mm_dzj_cs, c18_ws_inkoopvoorwaarden_nl]


# ---------------------------------------------------------------------------------------------------------------
# Minerals declarations
# ---------------------------------------------------------------------------------------------------------------

def m01_sh_emrt_template(C: Corpus) -> None:
    """The real EMRT 2.1, language left on Chinese: five minerals in scope (mica deleted), cobalt CAHRA Yes, ASM in a
    comment, an unlisted refiner, cobalt processors not all identified."""
    eff = D(2026, 4, 30)
    facts = [minerals("EMRT", SH.legal_name, eff, ["cobalt", "copper", "natural graphite", "lithium", "nickel"],
                      ["cobalt"], True)]
    path = C.add(SH, "compliance/EMRT_2.1_Song Hong Cell Technology_2026-04.xlsx", "minerals", "ho-emrt-real-zh",
                 facts, ["cahra", "artisanal", "smelter_not_rmap", "minerals_gap"])
    scope = ["Cobalt", "Copper", "Graphite", "Lithium", "Nickel"]
    fill_emrt(path, language=None, in_scope=scope, info={
        "D8": SH.legal_name, "D9": "A. Company", "D16": "0201987654", "D17": "Vietnam enterprise registration code",
        "D18": ADDR[SH.name], "D19": "Trần Thị Mai", "D20": "compliance@songhongcell.vn", "D21": "+84 225 3979 400",
        "D22": "Nguyễn Đức Long", "D23": "Deputy General Director", "D24": "long.nd@songhongcell.vn",
        "D25": "+84 225 3979 401", "D26": dt.datetime(2026, 4, 30)},
        answers={
            1: all_(scope, "Yes"), 2: all_(scope, "Yes"),
            3: {"Cobalt": ("Yes", "One cobalt sulfate refiner sources cobalt hydroxide from Lualaba and Haut-Katanga (DRC); part of that feed comes from artisanal and small-scale mining (ASM) sites under a formalisation programme."),
                "Copper": ("No", None), "Graphite": ("No", None), "Lithium": ("No", None), "Nickel": ("No", None)},
            4: all_(scope, "No"),
            5: {"Cobalt": ("Greater than 75%", None), "Copper": ("100%", None), "Graphite": ("100%", None),
                "Lithium": ("100%", None), "Nickel": ("Greater than 90%", None)},
            6: {"Cobalt": ("No", "3 of 5 cobalt refiners identified; survey of two precursor suppliers still open"),
                "Copper": ("Yes", None), "Graphite": ("Yes", None), "Lithium": ("Yes", None), "Nickel": ("Yes", None)},
            7: all_(scope, "Yes")},
        company={"A": ("Yes", None), "B": ("Yes", "https://www.songhongcell.vn/sustainability/responsible-minerals"),
                 "D": ("Yes", None), "E": ("Yes, in conformance with IPC1755 (e.g. EMRT)", None), "F": ("Yes", None),
                 "G": ("Yes", None)},
        company_c={"Cobalt": "Yes, when more processors are validated", "Copper": "No", "Graphite": "No",
                   "Lithium": "Yes, when more processors are validated", "Nickel": "Yes, when more processors are validated"},
        smelters=[("Cobalt", "Quzhou Hengtong Cobalt Materials Co., Ltd.", "China", "CID004812", "RMAP Conformant"),
                  ("Cobalt", "Jiangxi Lianfa Cobalt Industry Co., Ltd.", "China", "CID004907", "RMAP Active"),
                  ("Cobalt", "Lualaba Hydrometallurgie SARL", "Congo, Democratic Republic of the", None, "Not in the RMI smelter database; not assessed"),
                  ("Copper", "Hai Duong Copper Foil Co., Ltd.", "Viet Nam", "CID005211", None),
                  ("Graphite", "Heilongjiang Jixi Spherical Graphite Co., Ltd.", "China", "CID005390", "RMAP Conformant"),
                  ("Lithium", "Sichuan Minjiang Lithium Co., Ltd.", "China", "CID005518", "RMAP Conformant"),
                  ("Nickel", "PT Halmahera Nickel Refinery", "Indonesia", "CID005677", "RMAP Active")])


def m02_ac_emrt_own_fr(C: Corpus) -> None:
    """Own EMRT-style export in French: cobalt's CAHRA answer is 'Inconnu' (Unknown, not a Yes), cobalt processors
    not all identified."""
    eff = D(2026, 2, 15)
    facts = [minerals("EMRT", AC.legal_name, eff, ["cobalt", "lithium", "nickel"], [], False)]
    path = C.add(AC, "conformité/Declaration minerais EMRT 2026 - Atlas Cathode.xlsx", "minerals", "ho-emrt-own-fr",
                 facts, ["minerals_gap"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Déclaration"
    rows = [["DÉCLARATION MINÉRAUX ÉTENDUE – format EMRT 2.1 (réponses du fournisseur)"], [],
            ["Société", AC.legal_name], ["Adresse", ADDR[AC.name]], ["Périmètre", "Société (tous produits)"],
            ["Minéraux déclarés", "Cobalt, Lithium, Nickel"], ["Contact", "Salma El Idrissi – conformite@atlas-cathode.ma"],
            ["Signataire", "Youssef Benkirane, Directeur Général"], ["Date de la déclaration", "15/02/2026"], [],
            ["Question", "Cobalt", "Lithium", "Nickel", "Commentaire"],
            ["1) Minéral ajouté intentionnellement ou utilisé dans le produit ou le procédé ?", "Oui", "Oui", "Oui", ""],
            ["2) Le minéral reste-t-il dans le produit ?", "Oui", "Oui", "Oui", ""],
            ["3) Une fonderie ou un affineur de votre chaîne s'approvisionne-t-il dans des zones de conflit ou à haut risque (CAHRA) ?", "Inconnu", "Non", "Non", "Cobalt : enquête en cours auprès de deux négociants de sulfate de cobalt."],
            ["4) 100 % de source recyclée ?", "Non", "Non", "Non", ""],
            ["5) Pourcentage de fournisseurs ayant répondu", "Plus de 50 %", "100 %", "Plus de 90 %", ""],
            ["6) Avez-vous identifié toutes les fonderies / tous les affineurs ?", "Non", "Oui", "Oui", "Cobalt : 2 affineurs sur 4 identifiés."],
            ["7) Toutes les informations reçues sont-elles déclarées ?", "Oui", "Oui", "Oui", ""], [],
            ["Questions au niveau de la société", "Réponse", "", "", "Commentaire"],
            ["A. Politique d'approvisionnement responsable établie ?", "Oui", "", "", ""],
            ["B. Politique publiée sur votre site ?", "Non", "", "", "Publication prévue au 2e semestre 2026"],
            ["D. Mesures de diligence raisonnable mises en œuvre ?", "Oui", "", "", ""],
            ["E. Enquêtes auprès des fournisseurs ?", "Oui, conformément à IPC1755 (EMRT)", "", "", ""],
            ["F. Examen des informations reçues ?", "Oui", "", "", ""],
            ["G. Gestion des actions correctives ?", "Non", "", "", ""]]
    for r in rows:
        ws.append(r)
    ws2 = wb.create_sheet("Affineurs")
    for r in [["Minéral", "Nom de l'affineur", "Pays", "Identifiant RMI", "Statut RMAP"],
              ["Cobalt", "Guangxi Beibu Gulf Cobalt Co., Ltd.", "Chine", "CID004955", "Conformant"],
              ["Cobalt", "Ganzhou Yifeng Cobalt Materials Co., Ltd.", "Chine", "CID004961", "Conformant"],
              ["Lithium", "Jujuy Litio Refinación S.A.", "Argentine", "CID005602", "Conformant"],
              ["Nickel", "PT Sulawesi Nickel Chemicals", "Indonésie", "CID005701", "Conformant"]]:
        ws2.append(r)
    ws.column_dimensions["A"].width = 70
    ws.column_dimensions["E"].width = 50
    save_xlsx(wb, path)


def m03_ta_cmrt_template(C: Corpus) -> None:
    """The real CMRT 6.5 in English, clean: all four 3TG used (tungsten in the process only), no CAHRA sourcing,
    conformant smelters."""
    eff = D(2026, 5, 20)
    facts = [minerals("CMRT", TA.legal_name, eff, ["tantalum", "tin", "gold", "tungsten"], [], False)]
    path = C.add(TA, "compliance/CMRT_6.5_Tisza_Akkumulator_2026.xlsx", "minerals", "ho-cmrt-real-en", facts, [])
    fill_cmrt(path, language="English", info={
        "D8": TA.legal_name, "D9": "A. Company", "D12": "16-09-018842", "D13": "Cégjegyzékszám (company register)",
        "D14": ADDR[TA.name], "D15": "Szabó Eszter", "D16": "eszter.szabo@tisza-akku.hu", "D17": "+36 56 512 300",
        "D18": "Kovács Gábor", "D19": "Managing Director", "D20": "gabor.kovacs@tisza-akku.hu", "D21": "+36 56 512 301",
        "D22": dt.datetime(2026, 5, 20)},
        answers={1: all_(CMRT_METALS, "Yes"),
                 2: {"Tantalum": ("Yes", None), "Tin": ("Yes", None), "Gold": ("Yes", None),
                     "Tungsten": ("No", "Tungsten only in resistance-welding electrodes used in production")},
                 3: all_(CMRT_METALS, "No"), 4: all_(CMRT_METALS, "No"), 5: all_(CMRT_METALS, "No"),
                 6: {"Tantalum": ("Greater than 90%", None), "Tin": ("100%", None), "Gold": ("Greater than 90%", None),
                     "Tungsten": ("100%", None)},
                 7: all_(CMRT_METALS, "Yes"), 8: all_(CMRT_METALS, "Yes")},
        company={"A": ("Yes", None), "B": ("Yes", "https://www.tisza-akku.hu/en/compliance"), "C": ("Yes", None),
                 "D": ("Yes", None), "E": ("Yes, in conformance with IPC1755 (e.g., CMRT)", None), "F": ("Yes", None),
                 "G": ("Yes", None), "H": ("No", None)},
        smelters=[("Tantalum", "Ningxia Orient Tantalum Works", "China", "CID003101", "Conformant"),
                  ("Tin", "PT Belitung Tin Smelting", "Indonesia", "CID003205", "Conformant"),
                  ("Tin", "Melaka Tin Smelting Sdn. Bhd.", "Malaysia", "CID003219", "Conformant"),
                  ("Gold", "Ticino Affinage SA", "Switzerland", "CID003344", "Conformant"),
                  ("Tungsten", "Xiamen Tungsten Powder Works", "China", "CID003420", "Conformant")])


def m04_bn_emrt_template(C: Corpus) -> None:
    """The real EMRT 2.1 with the language set to French: cobalt and nickel in scope, mine list with Canadian mines
    and recycled feed; clean."""
    eff = D(2026, 3, 31)
    facts = [minerals("EMRT", BN.legal_name, eff, ["cobalt", "nickel"], [], False)]
    path = C.add(BN, "compliance/EMRT 2.1 - Boreal Nickel Refining - 2026-03-31.xlsx", "minerals",
                 "ho-emrt-real-fr-minelist", facts, [])
    scope = ["Cobalt", "Nickel"]
    fill_emrt(path, language="Français", in_scope=scope, info={
        "D8": BN.legal_name, "D9": "A. Company", "D16": "NEQ 1174032815", "D17": "Registraire des entreprises du Québec",
        "D18": ADDR[BN.name], "D19": "Marc-André Gagnon", "D20": "supplier.compliance@borealnickel.ca",
        "D21": "+1 819 294 6100", "D22": "Sophie Tremblay", "D23": "Vice-présidente, Ventes",
        "D24": "sophie.tremblay@borealnickel.ca", "D26": dt.datetime(2026, 3, 31)},
        answers={1: all_(scope, "Yes"), 2: all_(scope, "Yes"), 3: all_(scope, "No"), 4: all_(scope, "No"),
                 5: all_(scope, "100%"), 6: all_(scope, "Yes"), 7: all_(scope, "Yes")},
        company={"A": ("Yes", None), "B": ("Yes", "https://www.borealnickel.ca/approvisionnement-responsable"),
                 "D": ("Yes", None), "E": ("Yes, in conformance with IPC1755 (e.g. EMRT)", None), "F": ("Yes", None),
                 "G": ("Yes", None)},
        company_c={"Cobalt": "Yes", "Nickel": "Yes"},
        smelters=[("Cobalt", BN.legal_name, "Canada", "CID005804", "RMAP Conformant – own refinery"),
                  ("Nickel", BN.legal_name, "Canada", "CID005805", "RMAP Conformant – own refinery")],
        mines=[("Nickel", BN.legal_name, "Lac Kawagama Mine", "Canada", "Nickel-cobalt sulphide concentrate"),
               ("Nickel", BN.legal_name, "Lac Ptarmigan Mine", "Canada", None),
               ("Cobalt", BN.legal_name, "Lac Kawagama Mine", "Canada", "Cobalt as by-product"),
               ("Nickel", BN.legal_name, "recycled", "recycled", "Spent nickel catalysts, about 8 % of feed")])


def m05_sa_docx_pt_asm(C: Corpus) -> None:
    """Portuguese Q&A in Word following the EMRT questions: natural graphite only; artisanal 'garimpo' cooperatives
    named in the mine list; CAHRA 'Não'."""
    eff = D(2026, 6, 10)
    facts = [minerals("EMRT", SA.legal_name, eff, ["natural graphite"], [], True)]
    path = C.add(SA, "conformidade/Declaracao de minerais EMRT 2026 - Serra Azul.docx", "minerals",
                 "ho-emrt-docx-pt-asm", facts, ["artisanal"])
    d = new_docx("Arial", 10)
    docx_par(d, "DECLARAÇÃO DE MINERAIS – MODELO EMRT 2.1 (RMI)", bold=True, size=13, align="center")
    docx_par(d, SA.legal_name, bold=True, align="center")
    docx_table(d, [["Empresa", SA.legal_name], ["CNPJ", "27.418.903/0001-56"], ["Endereço", ADDR[SA.name]],
                   ["Escopo da declaração", "Empresa (todos os produtos)"], ["Mineral declarado", "Grafite natural"],
                   ["Contato", "Juliana Carvalho – conformidade@serraazulgrafita.com.br – +55 33 3751 2040"],
                   ["Autorizado por", "Rafael Monteiro, Diretor Comercial"], ["Data efetiva", "10/06/2026"]],
               bold_head=False, bold_first_col=True)
    docx_par(d, "")
    docx_par(d, "Perguntas 1 a 7 – Grafite natural", bold=True)
    docx_table(d, [["Pergunta", "Resposta", "Comentário"],
                   ["1) O mineral é adicionado intencionalmente ou utilizado no produto ou no processo produtivo?", "Sim", ""],
                   ["2) O mineral permanece no produto?", "Sim", ""],
                   ["3) Alguma fundição ou processador da sua cadeia se abastece de áreas afetadas por conflitos e de alto risco (CAHRA)?", "Não", "Todo o grafite é de origem brasileira (Minas Gerais)."],
                   ["4) 100% do mineral provém de fontes recicladas ou sucata?", "Não", ""],
                   ["5) Percentual de fornecedores relevantes que responderam à pesquisa", "100%", ""],
                   ["6) Todos os processadores foram identificados?", "Sim", ""],
                   ["7) Todas as informações recebidas foram reportadas nesta declaração?", "Sim", ""]])
    docx_par(d, "")
    docx_par(d, "Perguntas no nível da empresa", bold=True)
    docx_table(d, [["Pergunta", "Resposta"],
                   ["A. Política de fornecimento responsável de minerais estabelecida?", "Sim"],
                   ["B. Política disponível publicamente?", "Sim – www.serraazulgrafita.com.br/politica-minerais"],
                   ["C. Exige que fornecedores diretos comprem de processadores validados?", "Não"],
                   ["D. Medidas de due diligence implementadas?", "Sim"],
                   ["E. Pesquisa na cadeia de fornecimento?", "Sim, conforme IPC1755 (EMRT)"],
                   ["F. Revisão das informações de due diligence dos fornecedores?", "Sim"],
                   ["G. Gestão de ações corretivas?", "Sim"]])
    docx_par(d, "")
    docx_par(d, "Lista de minas e processadores", bold=True)
    docx_table(d, [["Mineral", "Processador", "Mina / origem", "País", "Observação"],
                   ["Grafite natural", SA.legal_name + " (usina de beneficiamento própria)", "Mina Serra Azul", "Brasil", "Lavra própria, licença ANM 831.402/2014"],
                   ["Grafite natural", SA.legal_name, "Cooperativa de Garimpeiros do Vale do Jequitinhonha", "Brasil", "Concentrado de garimpo (mineração artesanal e de pequena escala – MAPE), cerca de 12% da alimentação; cooperativa auditada em 2025"]])
    save_docx(d, path)


def m06_hv_cmrt_csv(C: Corpus) -> None:
    """A CMRT exported by a compliance tool as semicolon CSV: tin CAHRA Yes (conformant smelter sourcing in the Great
    Lakes region)."""
    eff = D(2026, 7, 1)
    facts = [minerals("CMRT", HV.legal_name, eff, ["tantalum", "tin", "gold", "tungsten"], ["tin"], False)]
    path = C.add(HV, "compliance/CMRT_6.5_export_HVL_20260701.csv", "minerals", "ho-cmrt-csv-export", facts, ["cahra"])
    lines = [
        "Template;CMRT;Version;6.5",
        f"Company Name;{HV.legal_name} (新竹伏特聯電子股份有限公司)",
        "Declaration Scope;A. Company",
        f"Address;{ADDR[HV.name]}",
        "Contact Name;Chen Yu-ting;Contact Email;compliance@voltlink.com.tw",
        "Authorizer;Lin Chia-hao;Title;Sales Manager Europe",
        "Effective Date;2026-07-01",
        "",
        "Question;Tantalum;Tin;Gold;Tungsten;Comment",
        "1) Is any 3TG intentionally added or used in the product(s) or in the production process?;Yes;Yes;Yes;Yes;",
        "2) Does any 3TG remain in the product(s)?;Yes;Yes;Yes;No;W only in probe pins of the test fixtures",
        "3) Do any of the smelters in your supply chain source the 3TG from the covered countries?;No;Yes;No;No;",
        "4) Do any of the smelters in your supply chain source the 3TG from conflict-affected and high-risk areas?;No;Yes;No;No;Tin: one RMAP conformant smelter sources cassiterite from Rwanda and South Kivu (DRC)",
        "5) Does 100 percent of the 3TG originate from recycled or scrap sources?;No;No;No;No;",
        "6) What percentage of relevant suppliers have provided a response to your supply chain survey?;100%;100%;Greater than 90%;100%;",
        "7) Have you identified all of the smelters supplying the 3TG to your supply chain?;Yes;Yes;Yes;Yes;",
        "8) Has all applicable smelter information received by your company been reported in this declaration?;Yes;Yes;Yes;Yes;",
        "",
        "Company Question;Answer;Comment",
        "A. Have you established a responsible minerals sourcing policy?;Yes;",
        "B. Is your responsible minerals sourcing policy publicly available on your website?;Yes;https://www.voltlink.com.tw/csr/minerals",
        "C. Do you require your direct suppliers to source the 3TG from smelters whose due diligence practices have been validated by an independent third party audit program?;Yes;",
        "D. Have you implemented due diligence measures for responsible sourcing?;Yes;",
        "E. Does your company conduct Conflict Minerals survey(s) of your relevant supplier(s)?;Yes, in conformance with IPC1755 (e.g., CMRT);",
        "F. Do you review due diligence information received from your suppliers against your company's expectations?;Yes;",
        "G. Does your review process include corrective action management?;Yes;",
        "H. Is your company required to file an annual conflict minerals disclosure?;No;",
        "",
        "Metal;Smelter Name;Smelter Country;Smelter Identification;RMAP Status",
        "Tantalum;Guangdong Zhiyuan Tantalum Niobium Co., Ltd.;China;CID003122;Conformant",
        "Tin;Rubavu Tin Smelting Ltd.;Rwanda;CID003231;Conformant",
        "Tin;Phuket Tin Smelting Public Co., Ltd.;Thailand;CID003240;Conformant",
        "Gold;Hsinchu Precious Metals Refining Co., Ltd.;Taiwan;CID003356;Conformant",
        "Tungsten;Ganzhou Huaxing Tungsten Products Co., Ltd.;China;CID003431;Conformant",
    ]
    text_file(path, "\n".join(lines))


def m07_ae_email_it(C: Corpus) -> None:
    """EMRT answers in an Italian e-mail reply (LFP systems: lithium, natural graphite, copper); clean."""
    eff = D(2026, 5, 15)
    facts = [minerals("EMRT", AE.legal_name, eff, ["lithium", "natural graphite", "copper"], [], False)]
    path = C.add(AE, "compliance/R_ Richiesta EMRT 2026 - Adriatica Energy Storage.txt", "minerals",
                 "ho-emrt-email-it", facts, [])
    text_file(path, f"""Da: Giulia Marchetti <g.marchetti@adriatica-es.it>
A: Anouk de Graaf <anouk.degraaf@kestrel-energy.example>
Data: 18/05/2026 10:42
Oggetto: R: Richiesta EMRT 2026 - Adriatica Energy Storage

Gentile Anouk,

come richiesto riportiamo di seguito le risposte del nostro modulo EMRT (versione 2.1). Il file Excel completo
è disponibile sul vostro portale fornitori.

Società: {AE.legal_name}
Ambito: A. Società (tutti i prodotti: AES-CUBE-2150, AES-RACK-100)
Data di validità: 15/05/2026
Minerali dichiarati: litio, grafite naturale, rame
(i nostri sistemi usano esclusivamente celle LFP: cobalto, nichel e mica non sono presenti)

Domanda                                              Litio   Grafite   Rame
1) Aggiunto intenzionalmente o usato?                Sì      Sì        Sì
2) Rimane nel prodotto?                              Sì      Sì        Sì
3) Approvvigionamento da aree CAHRA?                 No      No        No
4) 100% riciclato o rottame?                         No      No        No
5) Fornitori che hanno risposto                      100%    >90%      100%
6) Tutti i processori identificati?                  Sì      Sì        Sì
7) Tutte le informazioni riportate?                  Sì      Sì        Sì

Domande a livello aziendale: A Sì; B Sì (www.adriatica-es.it/sostenibilita); C Sì; D Sì; E Sì (IPC1755 / EMRT);
F Sì; G Sì.

Processori dichiarati: Jiangxi Yichun Lithium Salt Co. (Cina, CID005533, conforme RMAP); Qingdao Huashu
Graphite Anode Co. (Cina, CID005401, conforme RMAP); Hamburg Kupferhütte GmbH (Germania,
CID005230, conforme RMAP).

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti
Giulia Marchetti
Responsabile Qualità e Sostenibilità
{AE.legal_name} – {ADDR[AE.name]}
Tel. +39 071 781 2290
""")


def m08_mt_emrt_pdf(C: Corpus) -> None:
    """A PDF print of the supplier's own EMRT form (English/Turkish): copper only, CAHRA Yes, a rod mill not in the
    RMI list and a refinery only 'Active'."""
    eff = D(2026, 3, 2)
    facts = [minerals("EMRT", MT.legal_name, eff, ["copper"], ["copper"], False)]
    path = C.add(MT, "uyum/EMRT 2.1 Marmara Bara Teknik - bakir.pdf", "minerals", "ho-emrt-pdf-print-tr",
                 facts, ["cahra", "smelter_not_rmap"])
    lk = Look("Cond", 8.6, pagesize=landscape(A4), margins=(14, 14, 16, 14))
    s = [P("Extended Minerals Reporting Template (EMRT) 2.1 – Genişletilmiş Mineral Raporlama Şablonu", lk.h2),
         KV(lk, [("Şirket adı / Company name", MT.legal_name), ("Kapsam / Scope", "A. Şirket / Company"),
                 ("Mineraller / Minerals in scope", "Bakır / Copper"),
                 ("İrtibat / Contact", "Elif Şahin – kalite@marmarabara.com.tr – +90 262 751 4400"),
                 ("Yetkili / Authorizer", "Mehmet Yıldırım, Genel Müdür"),
                 ("Geçerlilik tarihi / Effective date", "02.03.2026")], widths=(70, 190)), SP(3),
         TBL(lk, [["Soru / Question", "Bakır / Copper", "Açıklama / Comment"],
                  ["1) Intentionally added or used in the product or production process?", "Yes", ""],
                  ["2) Does it remain in the product?", "Yes", ""],
                  ["3) Do any smelters or processors in your supply chain source from conflict-affected and high-risk areas?", "Yes", "Copper cathode from a Zambian refinery that also treats concentrate from the Copperbelt of the DRC"],
                  ["4) 100 % from recycled or scrap sources?", "No", "about 35 % scrap"],
                  ["5) Share of relevant suppliers that responded", "Greater than 75%", ""],
                  ["6) All smelters or processors identified?", "Yes", ""],
                  ["7) All smelter information received reported?", "Yes", ""]], [110, 35, 115]), SP(3),
         TBL(lk, [["Company question", "Answer"], ["A. Policy established?", "Yes"], ["B. Publicly available?", "No"],
                  ["C. Suppliers required to source from validated processors?", "No"], ["D. Due diligence measures implemented?", "Yes"],
                  ["E. Supply chain survey?", "Yes, in conformance with IPC1755 (e.g. EMRT)"], ["F. Review of supplier information?", "Yes"],
                  ["G. Corrective action management?", "No"]], [110, 80]), SP(3),
         P("Smelter / Processor List", lk.h3),
         TBL(lk, [["Metal", "Smelter / processor name", "Country", "Smelter ID", "Comment"],
                  ["Copper", "Kafue Copper Refinery Ltd.", "Zambia", "CID005244", "RMAP status: Active (assessment scheduled Q4 2026)"],
                  ["Copper", "Gebze Bakır Çubuk Tesisi (rod mill)", "Türkiye", "—", "Not listed in the RMI database"],
                  ["Copper", "Hamburg Kupferhütte GmbH", "Germany", "CID005230", "RMAP Conformant"]], [22, 75, 30, 30, 103])]
    pdf(path, s, lk, running(footer_left="Printed from MBT compliance workbook", footer_right="{page}/{total}"))


def m09_kp_emrt_template(C: Corpus) -> None:
    """The real EMRT 2.1 in English, some answers left blank: cobalt and nickel, cobalt CAHRA Yes through a
    conformant refiner."""
    eff = D(2026, 9, 30)
    facts = [minerals("EMRT", KP.legal_name, eff, ["cobalt", "nickel"], ["cobalt"], False)]
    path = C.add(KP, "compliance/Kemijoki_Precursor_EMRT_v2.1_2026Q3.xlsx", "minerals", "ho-emrt-real-en-blanks",
                 facts, ["cahra"])
    scope = ["Cobalt", "Nickel"]
    fill_emrt(path, language="English", in_scope=scope, info={
        "D8": KP.legal_name, "D9": "A. Company", "D16": "3141592-6", "D17": "Finnish Business ID (Y-tunnus)",
        "D18": ADDR[KP.name], "D19": "Laura Niemi", "D20": "laura.niemi@kemijoki-precursor.fi", "D21": "+358 16 455 2100",
        "D22": "Mikko Heikkinen", "D23": "Sales Director", "D24": "mikko.heikkinen@kemijoki-precursor.fi",
        "D26": dt.datetime(2026, 9, 30)},
        answers={1: all_(scope, "Yes"), 2: all_(scope, "Yes"),
                 3: {"Cobalt": ("Yes", "Cobalt hydroxide of DRC origin, refined by an RMAP conformant refiner in Finland"),
                     "Nickel": ("No", None)},
                 4: all_(scope, "No"), 6: all_(scope, "Yes"), 7: all_(scope, "Yes")},
        company={"A": ("Yes", None), "D": ("Yes", None), "E": ("Yes, in conformance with IPC1755 (e.g. EMRT)", None),
                 "F": ("Yes", None), "G": ("Yes", None)},
        company_c={"Cobalt": "Yes", "Nickel": None},
        smelters=[("Cobalt", "Pohjanmaa Cobalt Refinery Oy", "Finland", "CID004880", "RMAP Conformant"),
                  ("Nickel", "Satakunta Nickel Works Oy", "Finland", "CID005722", "RMAP Conformant"),
                  ("Nickel", BN.legal_name, "Canada", "CID005805", "RMAP Conformant")])


def m10_cc_xlsx_cobalt(C: Corpus) -> None:
    """A trader's own EMRT-style workbook: cobalt from the DRC, an artisanal mining zone in the mine sheet, a
    processor only 'Eligible', processors not all identified."""
    eff = D(2026, 8, 12)
    facts = [minerals("EMRT", CC.legal_name, eff, ["cobalt"], ["cobalt"], True)]
    path = C.add(CC, "compliance/CCT EMRT cobalt declaration Aug-2026.xlsx", "minerals", "ho-emrt-own-xlsx-trader",
                 facts, ["cahra", "artisanal", "smelter_not_rmap", "minerals_gap"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Declaration"
    for r in [["COPPERBELT COBALT TRADING LIMITED – MINERALS DECLARATION (EMRT 2.1 QUESTIONS)"], [],
              ["Company", CC.legal_name], ["Registration", "PACRA 120180045517"], ["Address", ADDR[CC.name]],
              ["Scope", "Company – cobalt hydroxide (CCT-CoOH-30)"], ["Mineral", "Cobalt"],
              ["Prepared by", "Grace Phiri, Compliance Officer (compliance@copperbeltcobalt.co.zm)"],
              ["Approved by", "Chanda Mwansa, Managing Director"], ["Date", dt.datetime(2026, 8, 12)], [],
              ["No.", "Question", "Cobalt", "Comment"],
              ["1", "Intentionally added or used?", "Yes", ""],
              ["2", "Remains in product?", "Yes", ""],
              ["3", "Sourced from conflict-affected and high-risk areas?", "Yes", "Feed purchased in Lualaba Province, DRC"],
              ["4", "100% recycled or scrap?", "No", ""],
              ["5", "Share of suppliers that responded", "50% or less", "Many small depots do not answer surveys"],
              ["6", "All processors identified?", "No", "One of three processing plants not yet identified"],
              ["7", "All information reported?", "Yes", ""], [],
              ["A", "Responsible sourcing policy established?", "Yes", ""],
              ["B", "Policy public?", "No", ""],
              ["C", "Suppliers required to use validated processors?", "No", ""],
              ["D", "Due diligence measures implemented?", "Yes", "OECD Annex II risk assessment, site visits twice a year"],
              ["E", "Supply chain survey?", "Yes, using other format (describe)", "own questionnaire"],
              ["F", "Review of supplier information?", "Yes", ""],
              ["G", "Corrective action management?", "No", ""]]:
        ws.append(r)
    ws["B10"].number_format = "dd-mmm-yyyy"
    ws2 = wb.create_sheet("Processors")
    for r in [["Metal", "Processor", "Country", "ID", "RMAP status"],
              ["Cobalt", "Likasi Hydroxide Processing SARL", "DRC", "CID004990", "Eligible – not yet assessed"],
              ["Cobalt", "Kolwezi Cobalt Plant SA", "DRC", "CID004994", "Conformant"],
              ["Cobalt", "unknown (third plant)", "DRC", "", "not identified"]]:
        ws2.append(r)
    ws3 = wb.create_sheet("Mines")
    for r in [["Metal", "Processor", "Mine / site", "Country", "Comment"],
              ["Cobalt", "Kolwezi Cobalt Plant SA", "Kalemba-Ouest industrial mine", "DRC", "LSM"],
              ["Cobalt", "Likasi Hydroxide Processing SARL", "Tshibamba artisanal mining zone", "DRC", "ASM – artisanal and small-scale mining, cooperative COOPAMIK"],
              ["Cobalt", "Likasi Hydroxide Processing SARL", "Various depots, Kolwezi", "DRC", "mixed origin"]]:
        ws3.append(r)
    for w in (ws, ws2, ws3):
        w.column_dimensions["B"].width = 48
        w.column_dimensions["D"].width = 40
    save_xlsx(wb, path)


def m11_mm_cmrt_template(C: Corpus) -> None:
    """The real CMRT 6.5 with the language set to German, some answers blank; clean."""
    eff = D(2026, 1, 31)
    facts = [minerals("CMRT", MM.legal_name, eff, ["tantalum", "tin", "gold", "tungsten"], [], False)]
    path = C.add(MM, "compliance/CMRT 6.5 Moravia Moduly 01-2026.xlsx", "minerals", "ho-cmrt-real-de-blanks",
                 facts, [])
    fill_cmrt(path, language="Deutsch", info={
        "D8": MM.legal_name, "D9": "A. Company", "D12": "07418523", "D13": "IČO (Czech company ID)",
        "D14": ADDR[MM.name], "D15": "Petra Novotná", "D16": "petra.novotna@moravia-moduly.cz", "D17": "+420 585 700 310",
        "D18": "Ing. Tomáš Dvořák", "D19": "jednatel", "D20": "tomas.dvorak@moravia-moduly.cz",
        "D22": dt.datetime(2026, 1, 31)},
        answers={1: all_(CMRT_METALS, "Yes"), 2: all_(CMRT_METALS, "Yes"), 3: all_(CMRT_METALS, "No"),
                 4: all_(CMRT_METALS, "No"), 5: all_(CMRT_METALS, "No"),
                 6: {"Tantalum": ("Greater than 90%", None), "Tin": ("100%", None), "Gold": ("Greater than 90%", None)},
                 7: all_(CMRT_METALS, "Yes"), 8: all_(CMRT_METALS, "Yes")},
        company={"A": ("Yes", None), "C": ("Yes", None), "D": ("Yes", None),
                 "E": ("Yes, in conformance with IPC1755 (e.g., CMRT)", None), "F": ("Yes", None), "G": ("Yes", None),
                 "H": ("No", None)},
        smelters=[("Tantalum", "Irtysh Tantalum Metallurgical Works", "Kazakhstan", "CID003109", "Conformant"),
                  ("Tin", "Melaka Tin Smelting Sdn. Bhd.", "Malaysia", "CID003219", "Conformant"),
                  ("Gold", "Ticino Affinage SA", "Switzerland", "CID003344", "Conformant"),
                  ("Tungsten", "Hunan Xiangjiang Tungsten Co., Ltd.", "China", "CID003427", "Conformant")])


def m12_hv_emrt_xlsx_zh(C: Corpus) -> None:
    """An English/Chinese EMRT-style workbook for copper and mica: mica hand-picked by artisanal miners in India,
    a mica processor not yet assessed."""
    eff = D(2026, 7, 15)
    facts = [minerals("EMRT", HV.legal_name, eff, ["copper", "mica"], [], True)]
    path = C.add(HV, "compliance/EMRT 2.1 延伸礦產申報 HVL 2026-07.xlsx", "minerals", "ho-emrt-own-zh-mica",
                 facts, ["artisanal", "smelter_not_rmap"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "申報 Declaration"
    for r in [["延伸礦產申報表 Extended Minerals Declaration (EMRT 2.1)"], [],
              ["公司名稱 Company", f"{HV.legal_name} 新竹伏特聯電子股份有限公司"],
              ["申報範圍 Scope", "A. 公司 Company"], ["礦產 Minerals in scope", "銅 Copper; 雲母 Mica"],
              ["聯絡人 Contact", "陳郁婷 Chen Yu-ting, compliance@voltlink.com.tw"],
              ["生效日期 Effective date", "2026/07/15"], [],
              ["問題 Question", "銅 Copper", "雲母 Mica", "說明 Comment"],
              ["1) 是否有意添加或使用 Intentionally added or used?", "Yes", "Yes", "Mica: insulation sheets between BJB busbars"],
              ["2) 是否殘留於產品中 Remains in product?", "Yes", "Yes", ""],
              ["3) 是否來自衝突及高風險地區 Sourced from CAHRAs?", "No", "No",
               "天然雲母來自印度賈坎德邦，部分由手工及小規模採礦者揀選 / Natural mica from Jharkhand, India, partly hand-picked by artisanal and small-scale miners"],
              ["4) 100% 回收 100% recycled or scrap?", "No", "No", ""],
              ["5) 供應商回覆比例 Suppliers responded", "100%", "Greater than 75%", ""],
              ["6) 是否已識別所有冶煉廠/加工廠 All processors identified?", "Yes", "Yes", ""],
              ["7) 是否已申報所有資訊 All information reported?", "Yes", "Yes", ""],
              [], ["公司層級問題 Company questions", "回答 Answer"],
              ["A. Policy", "Yes"], ["B. Public (URL)", "Yes – https://www.voltlink.com.tw/csr/minerals"],
              ["D. Due diligence measures", "Yes"], ["E. Survey", "Yes, in conformance with IPC1755 (e.g. EMRT)"],
              ["F. Review", "Yes"], ["G. Corrective action", "Yes"]]:
        ws.append(r)
    ws.column_dimensions["A"].width = 52
    ws.column_dimensions["D"].width = 70
    ws2 = wb.create_sheet("冶煉廠 Smelter List")
    for r in [["金屬 Metal", "冶煉廠名稱 Smelter / processor", "國家 Country", "識別碼 ID", "RMAP 狀態 Status"],
              ["Copper", "Taoyuan Copper Foil Co., Ltd.", "Taiwan", "CID005219", "Conformant"],
              ["Mica", "Koderma Mica Processing Pvt. Ltd.", "India", "", "Not yet assessed"],
              ["Mica", "Suzhou Mica Insulation Materials Co., Ltd.", "China", "CID005910", "Active"]]:
        ws2.append(r)
    save_xlsx(wb, path)


MINERALS_DOCS = [m01_sh_emrt_template, m02_ac_emrt_own_fr, m03_ta_cmrt_template, m04_bn_emrt_template,
                 m05_sa_docx_pt_asm, m06_hv_cmrt_csv, m07_ae_email_it, m08_mt_emrt_pdf, m09_kp_emrt_template,
                 m10_cc_xlsx_cobalt, m11_mm_cmrt_template, m12_hv_emrt_xlsx_zh]
TEMPLATE_DOCS = {m01_sh_emrt_template, m03_ta_cmrt_template, m04_bn_emrt_template, m09_kp_emrt_template,
                 m11_mm_cmrt_template}


# ---------------------------------------------------------------------------------------------------------------
# KPI exports
# ---------------------------------------------------------------------------------------------------------------

def k01_sh_erp_xlsx(C: Corpus) -> None:
    """An ERP vendor-KPI export: SAP-style periods '01.2026', counts beside the computed OTD and ppm columns."""
    n = [62, 58, 66, 60, 64, 61, 65, 59]
    k = [60, 57, 63, 59, 64, 59, 64, 57]
    gr = [412000, 398500, 455200, 430800, 447600, 421900, 462300, 405100]
    rej = [17, 15, 25, 13, 12, 15, 13, 14]
    lt = [24.0, 23.5, 26.0, 22.5, 22.0, 24.5, 23.0, 25.0]
    rows = [(ym(2026, i + 1), pct(k[i], n[i]), float(ppm_of(rej[i], gr[i])), lt[i]) for i in range(8)]
    path = C.add(SH, "kpi/ZMM_VENDOR_KPI_700388_2026-01_2026-08.xlsx", "kpi", "ho-erp-export-xlsx", [kpi(rows)])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Export"
    for r in [["Report", "ZMM_VENDOR_KPI – Vendor performance (monthly)"], ["Vendor", "700388  Song Hong Cell Technology JSC"],
              ["Plant", "1100  Tilburg"], ["Period", "01.2026 – 08.2026"], ["Run date", "05.09.2026 06:14:22"], [],
              ["Period", "Vendor", "Deliveries", "On time", "OTD %", "GR qty (pcs)", "Rejected qty", "PPM", "Avg. lead time (d)"]]:
        ws.append(r)
    for i in range(8):
        ws.append([f"{i + 1:02d}.2026", "700388", n[i], k[i], rows[i][1], gr[i], rej[i], int(rows[i][2]), lt[i]])
    ws.append([])
    ws.append(["Total", "700388", sum(n), sum(k), pct(sum(k), sum(n)), sum(gr), sum(rej), ppm_of(sum(rej), sum(gr)), ""])
    for col, w in zip("ABCDEFGHI", [10, 10, 11, 9, 8, 13, 12, 8, 18], strict=True):
        ws.column_dimensions[col].width = w
    for row in range(8, 8 + 8):
        ws[f"E{row}"].number_format = "0.0"
        ws[f"I{row}"].number_format = "0.0"
    save_xlsx(wb, path)


def k02_ac_qbr_deck(C: Corpus) -> None:
    """A quarterly business review deck printed to PDF (one slide a page): Q2 months on separate slides, a lead time
    'n/a' month, and Q1 given only as a quarter average."""
    rows = [(ym(2026, 4), 93.5, 120.0, 35.0), (ym(2026, 5), 96.0, 85.0, None), (ym(2026, 6), 97.2, 60.0, 32.0)]
    path = C.add(AC, "QBR/QBR Q2-2026 Atlas Cathode x Kestrel.pdf", "kpi", "ho-qbr-deck-pdf", [kpi(rows)])
    lk = Look("Arial", 13, pagesize=landscape(A4), margins=(20, 20, 20, 18))
    s = [SP(30), P("Quarterly Business Review – Q2 2026", lk.big), P(f"{AC.legal_name} × {BUYER}", lk.center),
         P("Eindhoven, 9 July 2026", lk.center), PageBreak(),
         P("Agenda", lk.h1l), P("1. Delivery performance\n2. Quality\n3. Lead time & logistics\n4. Capacity outlook H2 2026\n5. Actions", lk.body),
         PageBreak(),
         P("1. Delivery performance (OTD, % of order lines on time)", lk.h1l),
         TBL(lk, [["", "Q1-26 (avg.)", "Apr-26", "May-26", "Jun-26", "Target"],
                  ["OTD %", "91.8 %", "93.5 %", "96.0 %", "97.2 %", "95 % / quarter"]], [40, 35, 30, 30, 30, 45]), SP(4),
         P("• April still affected by the kiln 2 rebuild; back on target since May.\n• Q2 average 95.6 % – quarterly target met.", lk.body),
         PageBreak(),
         P("2. Quality (ppm, lots rejected at incoming inspection weighted by tonnage)", lk.h1l),
         TBL(lk, [["", "Apr-26", "May-26", "Jun-26"], ["PPM", "120", "85", "60"]], [40, 30, 30, 30]), SP(4),
         P("• April: one lot with Fe contamination (complaint Q-2026-044, 8D closed 28 May).", lk.body),
         PageBreak(),
         P("3. Lead time & logistics (order to delivery at Tilburg, calendar days)", lk.h1l),
         TBL(lk, [["", "Apr-26", "May-26", "Jun-26"], ["Lead time (days)", "35", "n/a", "32"]], [50, 30, 30, 30]), SP(4),
         P("• May: no lead-time data – switch of 3PL at Tanger Med, shipment records incomplete.", lk.body),
         PageBreak(),
         P("5. Actions", lk.h1l),
         P("• Atlas: second kiln line qualified by end of September.\n• Kestrel: share 12-month forecast monthly.\n• Next QBR: October 2026, El Jadida.", lk.body)]
    pdf(path, s, lk, running(footer_left="Atlas Cathode Materials – confidential", footer_right="{page}", line=False, size=8))


def k03_ta_csv_hu(C: Corpus) -> None:
    """A Hungarian CSV with semicolons and decimal commas, periods written '2026.01.'."""
    n = [48, 45, 52, 50, 47, 51]
    k = [47, 44, 50, 50, 46, 50]
    pp = [55, 48, 62, 40, 35, 38]
    lt = [12.5, 13.0, 14.5, 12.0, 11.5, 12.0]
    rows = [(ym(2026, i + 1), pct(k[i], n[i]), float(pp[i]), lt[i]) for i in range(6)]
    path = C.add(TA, "kpi/szallitoi_teljesitmeny_2026_H1.csv", "kpi", "ho-csv-semicolon-hu", [kpi(rows)])
    lines = ["Időszak;Szállítások (db);Határidőre (db);Szállítási pontosság (%);Hibaarány (ppm);Átlagos átfutási idő (nap)"]
    for i in range(6):
        lines.append(f"2026.{i + 1:02d}.;{n[i]};{k[i]};{nl(rows[i][1])};{pp[i]};{nl(lt[i])}")
    text_file(path, "\n".join(lines))


def k04_bn_docx_fr(C: Corpus) -> None:
    """A French monthly report in Word: year-to-date table by month with French month names; no ppm at all."""
    n = [4, 4, 5, 4, 4, 5, 4, 3, 4, 5]
    k = [4, 3, 5, 4, 4, 4, 4, 3, 4, 5]
    lt = [41, 43, 40, 39, 42, 44, 40, 46, 41, 40]
    rows = [(ym(2026, i + 1), pct(k[i], n[i]), None, float(lt[i])) for i in range(10)]
    path = C.add(BN, "rapports/Rapport mensuel performance - octobre 2026.docx", "kpi", "ho-monthly-report-fr",
                 [kpi(rows)])
    d = new_docx("Calibri", 10.5)
    docx_header_footer(d, f"{BN.legal_name} – Service à la clientèle", "Diffusion : Kestrel Energy Systems B.V.")
    docx_par(d, "Rapport mensuel de performance – octobre 2026", bold=True, size=15)
    docx_par(d, f"Client : {BUYER} – Produit : briquettes de nickel BNR-Ni-BRQ – Contrat KES-NI-2026-002")
    docx_par(d, "1. Faits marquants", bold=True)
    docx_par(d, "Toutes les expéditions d'octobre sont arrivées dans leur fenêtre de livraison. L'arrêt de maintenance "
                "de la raffinerie prévu en novembre (10 jours) n'aura pas d'impact sur vos livraisons : le stock tampon "
                "de Montréal couvre les lots de novembre.")
    docx_par(d, "2. Livraisons et délais – cumul annuel", bold=True)
    table = [["Mois", "Expéditions", "À temps", "Taux de livraison à temps", "Délai moyen commande-livraison (jours)"]]
    for i in range(10):
        table.append([f"{MON_FR_ABBR[i]} 2026", str(n[i]), str(k[i]),
                      f"{nl(rows[i][1])} %", str(lt[i])])
    table.append(["Cumul 2026", str(sum(n)), str(sum(k)), f"{nl(pct(sum(k), sum(n)))} %", "—"])
    docx_table(d, table)
    docx_par(d, "")
    docx_par(d, "Objectif contractuel (section 6.1) : 95 % sur trois mois glissants. Moyenne août–octobre : 100 %.")
    docx_par(d, "3. Qualité", bold=True)
    docx_par(d, "Aucune réclamation qualité en 2026. Tous les certificats d'analyse conformes à la spécification de "
                "l'annexe A.")
    docx_par(d, "Marc-André Gagnon, Service à la clientèle – 4 novembre 2026")
    save_docx(d, path)


def k05_sa_xlsx_pt_columns(C: Corpus) -> None:
    """Portuguese indicators with the months as columns ('jan/26'), OTD as fractions formatted as percent, 'n/d'."""
    otd_f = [0.914, 0.883, 0.925, 0.951, 0.938, 0.902, 0.947]
    pp: list[int | None] = [350, None, 410, 280, None, 300, 260]
    lt = [28, 30, 27, 26, 29, 31, 27]
    rows = [(ym(2026, i + 1), round(otd_f[i] * 100, 1), fnum(pp[i]), float(lt[i]))
            for i in range(7)]
    path = C.add(SA, "indicadores/Indicadores de desempenho 2026 - Serra Azul.xlsx", "kpi", "ho-xlsx-pt-months-cols",
                 [kpi(rows)])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Indicadores"
    ws.append([f"INDICADORES DE DESEMPENHO – CLIENTE KESTREL ENERGY SYSTEMS – {SA.legal_name}"])
    ws.append(["Atualizado em 05/08/2026"])
    ws.append([])
    mon = ["jan", "fev", "mar", "abr", "mai", "jun", "jul"]
    ws.append(["Indicador"] + [f"{m}/26" for m in mon] + ["Meta"])
    ws.append(["Pontualidade de entrega (OTD)"] + otd_f + ["≥ 92%"])
    ws.append(["PPM (não conformidades)"] + [x if x is not None else "n/d" for x in pp] + ["≤ 300"])
    ws.append(["Lead time médio (dias)"] + lt + ["30"])
    ws.append([])
    ws.append(["n/d = não disponível (sem inspeção de recebimento no mês por troca de laboratório)"])
    for c in "BCDEFGH":
        ws[f"{c}5"].number_format = "0.0%"
    ws.column_dimensions["A"].width = 34
    save_xlsx(wb, path)


def k06_ae_scorecard_it(C: Corpus) -> None:
    """An Italian supplier scorecard in PDF: Italian month names, 'n.d.' for one month's ppm, a semester mean row."""
    o = [94.0, 96.5, 92.8, 97.1, 98.0, 95.5]
    pp: list[int | None] = [None, 250, 180, 140, 210, 120]
    lt = [45, 44, 47, 42, 41, 43]
    rows = [(ym(2026, i + 1), o[i], fnum(pp[i]), float(lt[i])) for i in range(6)]
    path = C.add(AE, "kpi/Scheda valutazione fornitore 1 semestre 2026.pdf", "kpi", "ho-scorecard-it", [kpi(rows)])
    lk = Look("Sans", 9.4)
    table = [["Mese", "Puntualità consegne (%)", "Difettosità (ppm)", "Lead time (giorni)"]]
    for i in range(6):
        table.append([f"{MON_IT[i].capitalize()} 2026", nl(o[i]), "n.d." if pp[i] is None else str(pp[i]), str(lt[i])])
    table.append(["Media semestre", nl(round(sum(o) / 6, 1)), "180", nl(round(sum(lt) / 6, 1))])
    s = [P(AE.legal_name, lk.h2), P("Ufficio Qualità – Scheda di valutazione fornitore", lk.body), SP(3),
         P("Cliente: Kestrel Energy Systems B.V. – Periodo: 1° semestre 2026 – Ricambi e moduli AES-RACK-100", lk.h3),
         TBL(lk, table, [45, 45, 40, 40]), SP(3),
         P("n.d. = non disponibile: a gennaio nessuna fornitura di ricambi soggetta a controllo in accettazione.", lk.small),
         SP(3), P("Commento: puntualità sotto l'obiettivo del 95 % a gennaio e marzo per ritardi del trasportatore; "
                  "azioni correttive concordate il 14 aprile 2026.", lk.body), SP(6),
         P("Redatto da: Giulia Marchetti – Osimo, 10 luglio 2026", lk.body)]
    pdf(path, s, lk, running(footer_right="Pagina {page} di {total}"))


def k07_mm_tsv_cs(C: Corpus) -> None:
    """A Czech CSV with tabs as delimiter and decimal commas; months written 'leden 2026'."""
    o = [96.2, 97.5, 95.8, 98.1, 97.0, 96.4, 98.3, 94.9, 97.7]
    pp = [92, 85, 110, 78, 70, 88, 65, 120, 74]
    lt = [9.5, 9.0, 10.0, 8.5, 8.5, 9.0, 8.0, 11.0, 8.5]
    rows = [(ym(2026, i + 1), o[i], float(pp[i]), lt[i]) for i in range(9)]
    path = C.add(MM, "kpi/vykonnost_dodavatele_2026_01-09.csv", "kpi", "ho-csv-tab-cs", [kpi(rows)])
    lines = ["Měsíc\tDodací spolehlivost [%]\tPPM\tPrůměrná průběžná doba [dny]"]
    for i in range(9):
        lines.append(f"{MON_CS[i]} 2026\t{nl(o[i])}\t{pp[i]}\t{nl(lt[i])}")
    text_file(path, "\n".join(lines))


def k08_ws_weekly_pl(C: Corpus) -> None:
    """A Polish workbook of weekly rows with monthly total rows ('Razem styczeń 2026'): only the totals are monthly."""
    weeks = {1: [(21, 20, 1180000, 31, 6.0), (22, 22, 1215000, 25, 5.5), (20, 19, 1160000, 40, 6.5), (23, 22, 1240000, 28, 6.0)],
             2: [(22, 22, 1205000, 22, 5.5), (21, 21, 1190000, 19, 5.0), (22, 21, 1230000, 35, 6.0), (20, 20, 1150000, 21, 5.5)],
             3: [(23, 21, 1260000, 44, 7.0), (22, 20, 1225000, 51, 7.5), (21, 21, 1185000, 30, 6.5), (22, 22, 1210000, 26, 6.0)],
             4: [(21, 21, 1170000, 20, 5.5), (22, 22, 1235000, 18, 5.0), (23, 23, 1250000, 24, 5.0), (20, 19, 1140000, 27, 5.5)]}
    first_week = {1: 2, 2: 6, 3: 10, 4: 14}
    rows = []
    for m, ws_ in weeks.items():
        n, k, area, rej = (sum(w[i] for w in ws_) for i in range(4))
        rows.append((ym(2026, m), pct(k, n), float(ppm_of(rej, area)), round(sum(w[4] for w in ws_) / len(ws_), 1)))
    path = C.add(WS, "kpi/Raport tygodniowy dostaw 2026 T02-T17.xlsx", "kpi", "ho-weekly-monthly-totals-pl",
                 [kpi(rows)])
    wb = new_xlsx()
    sh = wb.active
    sh.title = "Dostawy 2026"
    sh.append(["RAPORT DOSTAW – KESTREL ENERGY SYSTEMS B.V. – separatory WS-PE12-C4 / WS-PE16-C2"])
    sh.append([])
    sh.append(["Tydzień", "Dostawy", "Terminowe", "Terminowość dostaw [%]", "Dostarczono [m²]", "Reklamowano [m²]",
               "Reklamacje [ppm]", "Czas realizacji [dni]"])
    for (m, ws_), mrow in zip(weeks.items(), rows, strict=True):
        for j, (n, k, area, rej, lt) in enumerate(ws_):
            sh.append([f"T{first_week[m] + j:02d}", n, k, pct(k, n), area, rej, ppm_of(rej, area), lt])
        n, k, area, rej = (sum(w[i] for w in ws_) for i in range(4))
        sh.append([f"Razem {MON_PL[m - 1]} 2026", n, k, mrow[1], area, rej, int(mrow[2]), mrow[3]])
        sh.append([])
    sh.column_dimensions["A"].width = 24
    for c in "DEFGH":
        sh.column_dimensions[c].width = 18
    save_xlsx(wb, path)


def k09_hv_buyer_scorecard_nl(C: Corpus) -> None:
    """The buyer's own supplier scorecard in Dutch (PDF), with a points section that is no KPI."""
    o = [97.5, 99.0, 98.2, 96.0, 99.4, 98.8]
    pp = [35, 22, 18, 41, 15, 12]
    lt = [42, 40, 44, 45, 41, 40]
    rows = [(ym(2026, i + 1), o[i], float(pp[i]), float(lt[i])) for i in range(6)]
    path = C.add(HV, "kpi/Leveranciersbeoordeling H1-2026 Hsinchu Voltlink.pdf", "kpi", "ho-buyer-scorecard-nl",
                 [kpi(rows)])
    lk = Look("Arial", 9.6)
    table = [["Maand", "Leverbetrouwbaarheid (%)", "Kwaliteit (ppm)", "Levertijd (dagen)"]]
    for i in range(6):
        table.append([f"{MON_NL[i]} 2026", nl(o[i]), str(pp[i]), str(lt[i])])
    s = [P("Kestrel Energy Systems B.V. – Inkoop", lk.small), P("Leveranciersbeoordeling 1e halfjaar 2026", lk.h1l),
         KV(lk, [("Leverancier", f"{HV.legal_name} (crediteurnr. 700412)"), ("Commodity", "Elektronica – BMS"),
                 ("Opgesteld door", "Joost Verhoeven, Category Manager"), ("Datum", "15 juli 2026")], widths=(40, 130)),
         SP(4), P("1. Prestaties per maand", lk.h3), TBL(lk, table, [40, 45, 40, 40]), SP(4),
         P("2. Score", lk.h3),
         TBL(lk, [["Criterium", "Gewicht", "Punten"], ["Levering", "40 %", "36"], ["Kwaliteit", "40 %", "35"],
                  ["Samenwerking", "20 %", "17"], ["Totaal", "100 %", "88 / 100 – classificatie A"]], [60, 30, 60]),
         SP(4), P("Conclusie: voorkeursleverancier; de afwijking in april (leverbetrouwbaarheid 96,0 %) is veroorzaakt "
                  "door een tekort aan AFE-chips en is afgesloten.", lk.body)]
    pdf(path, s, lk, running(footer_left="Vertrouwelijk – alleen voor leverancier", footer_right="{page}/{total}"))


def k10_mt_email_tr(C: Corpus) -> None:
    """A monthly KPI e-mail with a plain-text table, Turkish month names and Turkish percent signs ('%96,8'); one
    month without ppm."""
    o = [96.8, 97.4, 95.9, 98.2, 97.6, 96.1, 98.5, 94.2, 97.9]
    pp: list[int | None] = [45, 38, 52, 30, 33, 41, 28, None, 36]
    lt = [18, 17, 19, 16, 16, 18, 15, 21, 17]
    rows = [(ym(2026, i + 1), o[i], fnum(pp[i]), float(lt[i])) for i in range(9)]
    path = C.add(MT, "kpi/Aylik KPI raporu - Eylul 2026.txt", "kpi", "ho-email-tr-table", [kpi(rows)])
    table = ["Ay            | Zamanında Teslimat | PPM | Teslim Süresi (gün)",
             "--------------+--------------------+-----+--------------------"]
    for i in range(9):
        table.append(f"{MON_TR[i] + ' 2026':<14}| {'%' + nl(o[i]):<19}| {('—' if pp[i] is None else str(pp[i])):<4}| {lt[i]}")
    text_file(path, f"""From: Elif Şahin <kalite@marmarabara.com.tr>
To: Joost Verhoeven <joost.verhoeven@kestrel-energy.example>
Cc: Mehmet Yıldırım <mehmet.yildirim@marmarabara.com.tr>
Date: Mon, 5 Oct 2026 09:12:40 +0300
Subject: Aylık KPI raporu / Monthly KPI report – Marmara Bara Teknik – Eylül 2026

Sayın Joost Bey, dear Joost,

please find below our delivery and quality KPIs for 2026 up to September (busbars MBT-BB-CU-120 / MBT-FLX-35):

{chr(10).join(table)}

* Ağustos: fabrika tatili (2 hafta) – PPM hesaplanmadı / August: plant holiday, no ppm calculated.
* Ağustos OTD below target because of the holiday backlog; recovered in September.

Saygılarımızla / best regards
Elif Şahin
Kalite Müdürü / Quality Manager
{MT.legal_name}
""")


KPI_DOCS = [k01_sh_erp_xlsx, k02_ac_qbr_deck, k03_ta_csv_hu, k04_bn_docx_fr, k05_sa_xlsx_pt_columns,
            k06_ae_scorecard_it, k07_mm_tsv_cs, k08_ws_weekly_pl, k09_hv_buyer_scorecard_nl, k10_mt_email_tr]


# ---------------------------------------------------------------------------------------------------------------
# Supplier profiles
# ---------------------------------------------------------------------------------------------------------------

def p01_sh_docx_vi(C: Corpus) -> None:
    """An onboarding questionnaire in Word with Vietnamese/English labels: an origin column beside a refining
    column."""
    f = profile(legal_name=SH.legal_name, country="Vietnam", segment="cell_manufacturer",
                products=["SHC-LFP-280", "SHC-LFP-314", "SHC-NMC-21700-50"],
                product_types={"SHC-LFP-280": "LFP prismatic cell", "SHC-LFP-314": "LFP prismatic cell",
                               "SHC-NMC-21700-50": "NMC cylindrical cell 21700"},
                materials={"lithium": ["Chile", "Australia"], "cobalt": ["Democratic Republic of the Congo"],
                           "nickel": ["Indonesia"], "natural graphite": ["China"]},
                single_sourced=["ceramic-coated separator", "electrolyte LiPF6 1.2 M"],
                email="mai.tt@songhongcell.vn", coc=True, automotive=True)
    path = C.add(SH, "onboarding/Supplier onboarding questionnaire - Song Hong (completed).docx", "profile",
                 "ho-onboarding-docx-vi", [f])
    d = new_docx("Arial", 10)
    docx_header_footer(d, "Kestrel Energy Systems – Supplier Onboarding Questionnaire (form PUR-F-021 rev. 4)", "Completed by the supplier")
    docx_par(d, "SUPPLIER ONBOARDING QUESTIONNAIRE / BẢNG CÂU HỎI ĐĂNG KÝ NHÀ CUNG CẤP", bold=True, size=13)
    docx_par(d, "Section A – Company information / Thông tin công ty", bold=True)
    docx_table(d, [["Question / Câu hỏi", "Answer / Trả lời"],
                   ["Legal name / Tên pháp lý", SH.legal_name],
                   ["Name in Vietnamese / Tên tiếng Việt", "Công ty Cổ phần Công nghệ Pin Sông Hồng"],
                   ["Registered address / Địa chỉ", ADDR[SH.name]],
                   ["Country / Quốc gia", "Vietnam"],
                   ["Enterprise code / Mã số doanh nghiệp", "0201987654"],
                   ["Main activity / Lĩnh vực hoạt động chính", "Manufacturer of lithium-ion cells (LFP prismatic and NMC cylindrical)"],
                   ["Employees / Số lao động", "1,850"],
                   ["Primary contact / Người liên hệ chính", "Trần Thị Mai, Quality Director – mai.tt@songhongcell.vn – +84 225 3979 410"]])
    docx_par(d, "")
    docx_par(d, "Section B – Products offered / Sản phẩm", bold=True)
    docx_table(d, [["Model", "Type / Loại", "Rating / Thông số"],
                   ["SHC-LFP-280", "LFP prismatic cell", "3.2 V / 280 Ah"],
                   ["SHC-LFP-314", "LFP prismatic cell", "3.2 V / 314 Ah"],
                   ["SHC-NMC-21700-50", "NMC cylindrical cell 21700", "3.6 V / 5.0 Ah"]])
    docx_par(d, "")
    docx_par(d, "Section C – Key raw materials / Nguyên liệu chính", bold=True)
    docx_table(d, [["Material / Nguyên liệu", "Country of origin (mine) / Nước xuất xứ (mỏ)", "Refining country / Nước tinh chế"],
                   ["Lithium", "Chile, Australia", "China"],
                   ["Cobalt", "DR Congo", "China"],
                   ["Nickel", "Indonesia", "Indonesia"],
                   ["Natural graphite", "China", "China"]])
    docx_par(d, "")
    docx_par(d, "Section D – Supply chain risk / Rủi ro chuỗi cung ứng", bold=True)
    docx_table(d, [["Question / Câu hỏi", "Answer / Trả lời"],
                   ["Parts or materials from a single source / Linh kiện, vật liệu chỉ có một nguồn",
                    "Ceramic-coated separator (one qualified supplier in Poland); electrolyte LiPF6 1.2 M (one qualified supplier)"],
                   ["Business continuity plan / Kế hoạch kinh doanh liên tục", "Yes, reviewed 2025-11"]])
    docx_par(d, "")
    docx_par(d, "Section E – Compliance / Tuân thủ", bold=True)
    docx_table(d, [["Question / Câu hỏi", "Answer / Trả lời"],
                   ["Have you signed the Kestrel Supplier Code of Conduct? / Đã ký Bộ quy tắc ứng xử nhà cung cấp?", "Yes – signed on 20 January 2026"],
                   ["Do you supply the automotive industry? / Có cung cấp cho ngành ô tô?", "Yes (two-wheelers and light commercial vehicles); IATF 16949 certified"],
                   ["Certifications / Chứng nhận", "ISO 9001:2015, IATF 16949:2016, ISO 14001:2015"]])
    docx_par(d, "")
    docx_par(d, "Completed by / Người điền: Trần Thị Mai – Date / Ngày: 22/01/2026")
    save_docx(d, path)


def p02_ac_pdf_fr_coc_no(C: Corpus) -> None:
    """A French self-assessment in PDF: the Code of Conduct answered 'Non – en cours de revue'."""
    f = profile(legal_name=AC.legal_name, country="Morocco", segment="cathode_material",
                products=["ACM-LFP-H12", "ACM-NCM523-S"],
                product_types={"ACM-LFP-H12": "Phosphate de fer lithié (LFP), poudre de cathode",
                               "ACM-NCM523-S": "Oxyde de nickel-cobalt-manganèse NCM523, monocristallin"},
                materials={"lithium": ["Chile", "Argentina"], "cobalt": ["Democratic Republic of the Congo"],
                           "nickel": ["Indonesia"], "phosphate": ["Morocco"]},
                single_sourced=["carbonate de lithium qualité batterie"], email="qualite@atlas-cathode.ma",
                coc=False, automotive=False)
    path = C.add(AC, "référencement/Questionnaire auto-evaluation fournisseur - Atlas Cathode.pdf", "profile",
                 "ho-self-assessment-fr", [f])
    lk = Look("Sans", 9.2)
    s = [P("QUESTIONNAIRE D'AUTO-ÉVALUATION FOURNISSEUR", lk.h1), P("Kestrel Energy Systems B.V. – Achats", lk.center), SP(4),
         P("1. Identification", lk.h3),
         KV(lk, [("Raison sociale", AC.legal_name), ("Adresse", ADDR[AC.name]), ("Pays", "Maroc"),
                 ("Activité principale", "Production de matériaux actifs de cathode pour batteries lithium-ion"),
                 ("Effectif", "640 personnes"), ("Interlocuteur qualité", "Salma El Idrissi – qualite@atlas-cathode.ma")]),
         SP(3), P("2. Produits proposés", lk.h3),
         TBL(lk, [["Référence", "Désignation"],
                  ["ACM-LFP-H12", "Phosphate de fer lithié (LFP), poudre de cathode"],
                  ["ACM-NCM523-S", "Oxyde de nickel-cobalt-manganèse NCM523, monocristallin"]], [45, 125]),
         SP(3), P("3. Matières premières et pays d'origine", lk.h3),
         TBL(lk, [["Matière", "Pays d'origine"], ["Lithium", "Chili, Argentine"], ["Cobalt", "RD Congo"],
                  ["Nickel", "Indonésie"], ["Phosphate", "Maroc"]], [60, 110]),
         SP(3), P("4. Chaîne d'approvisionnement", lk.h3),
         KV(lk, [("Composants ou matières en source unique", "Carbonate de lithium qualité batterie (un seul fournisseur qualifié à ce jour)"),
                 ("Plan de continuité d'activité", "Oui")]),
         SP(3), P("5. Éthique et conformité", lk.h3),
         KV(lk, [("Avez-vous signé le Code de conduite fournisseurs de Kestrel ?", "Non – en cours de revue par notre service juridique"),
                 ("Fournissez-vous l'industrie automobile ?", "Non"),
                 ("Certifications", "ISO 9001:2015, ISO 14001:2015")], widths=(85, 85)),
         SP(6), P("Rempli par : Salma El Idrissi, Responsable Qualité – El Jadida, le 3 février 2026", lk.body)]
    pdf(path, s, lk, running(footer_left="PUR-F-021 rev. 4 (FR)", footer_right="Page {page}/{total}"))


def p03_bn_json(C: Corpus) -> None:
    """A supplier-portal export as JSON; the automotive question is not part of it."""
    f = profile(legal_name=BN.legal_name, country="Canada", segment="raw_material",
                products=["BNR-Ni-BRQ", "BNR-NiSO4-22"],
                product_types={"BNR-Ni-BRQ": "Nickel briquettes, 99.8 % Ni",
                               "BNR-NiSO4-22": "Nickel sulphate hexahydrate, battery grade"},
                materials={"nickel": ["Canada", "Australia"], "cobalt": ["Canada"]},
                single_sourced=["Sulphuric acid"], email="supplier.compliance@borealnickel.ca", coc=True,
                automotive=None)
    path = C.add(BN, "onboarding/supplier_profile_export_BNR.json", "profile", "ho-portal-json", [f])
    data = {
        "exportedFrom": "Kestrel Supplier Portal", "exportedAt": "2026-04-02T09:15:00Z", "schemaVersion": "3.2",
        "supplier": {
            "legalName": BN.legal_name, "tradeName": "Boreal Nickel", "country": "Canada", "countryCode": "CA",
            "address": ADDR[BN.name], "category": "Raw material – refined nickel and nickel sulphate",
            "contact": {"name": "Marc-André Gagnon", "role": "Compliance Manager",
                        "email": "supplier.compliance@borealnickel.ca", "phone": "+1 819 294 6100"}},
        "products": [{"partNumber": "BNR-Ni-BRQ", "description": "Nickel briquettes, 99.8 % Ni"},
                     {"partNumber": "BNR-NiSO4-22", "description": "Nickel sulphate hexahydrate, battery grade"}],
        "rawMaterials": [{"material": "Nickel", "originCountries": ["Canada", "Australia"]},
                         {"material": "Cobalt", "originCountries": ["Canada"]}],
        "singleSourcedItems": ["Sulphuric acid"],
        "singleSourcedNote": "acid from the neighbouring acid plant at Bécancour; 30 days of buffer storage on site",
        "compliance": {"codeOfConductAccepted": True, "codeOfConductAcceptedOn": "2026-02-03",
                       "certifications": ["ISO 9001:2015", "ISO 14001:2015", "ISO 45001:2018"],
                       "rmapStatus": "Conformant"},
    }
    text_file(path, json.dumps(data, indent=2, ensure_ascii=False))


def p04_hv_xlsx_zh(C: Corpus) -> None:
    """An English/Chinese questionnaire workbook with separate product and material sheets."""
    f = profile(legal_name=HV.legal_name, country="Taiwan", segment="electronics_component",
                products=["HVL-BMS-16S-A", "HVL-CMU-12", "HVL-BJB-800"],
                product_types={"HVL-BMS-16S-A": "Battery management system master board, 16S",
                               "HVL-CMU-12": "Cell monitoring unit, 12 channels",
                               "HVL-BJB-800": "Battery junction box, 800 V"},
                materials={"copper": ["Chile", "Japan"], "tin": ["Indonesia", "Malaysia"], "mica": ["India"]},
                single_sourced=["AFE chip (cell monitoring IC)", "800 V main contactor"],
                email="sales@voltlink.com.tw", coc=True, automotive=True)
    path = C.add(HV, "onboarding/供應商問卷 Supplier Questionnaire HVL 2026.xlsx", "profile", "ho-questionnaire-xlsx-zh",
                 [f])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "問卷 Questionnaire"
    for r in [["供應商基本資料問卷 Supplier Questionnaire", "", ""], [],
              ["No.", "問題 Question", "回答 Answer"],
              ["1", "公司法定名稱 Company legal name", HV.legal_name],
              ["2", "中文名稱 Chinese name", "新竹伏特聯電子股份有限公司"],
              ["3", "國家 Country", "Taiwan"],
              ["4", "地址 Address", ADDR[HV.name]],
              ["5", "供應商類別 Supplier category", "Electronics – battery management systems (BMS), cell monitoring units, junction boxes"],
              ["6", "聯絡信箱 Contact e-mail", "sales@voltlink.com.tw"],
              ["7", "單一來源零件 Single-sourced parts", "AFE chip (cell monitoring IC); 800 V main contactor"],
              ["8", "是否已簽署供應商行為準則 Kestrel Supplier Code of Conduct signed?", "Yes 是（2026-02-10）"],
              ["9", "是否供應汽車產業 Supplying the automotive industry?", "Yes 是 – IATF 16949:2016"],
              ["10", "產品及原物料 Products and materials", "see sheets 產品 Products / 原物料 Materials"]]:
        ws.append(r)
    ws.column_dimensions["B"].width = 58
    ws.column_dimensions["C"].width = 70
    ws2 = wb.create_sheet("產品 Products")
    for r in [["型號 Model", "類型 Type", "備註 Note"],
              ["HVL-BMS-16S-A", "Battery management system master board, 16S", "rev. C"],
              ["HVL-CMU-12", "Cell monitoring unit, 12 channels", "rev. B"],
              ["HVL-BJB-800", "Battery junction box, 800 V", "sample phase"]]:
        ws2.append(r)
    ws3 = wb.create_sheet("原物料 Materials")
    for r in [["材料 Material", "原產國 Countries of origin"], ["Copper 銅", "Chile, Japan"],
              ["Tin 錫", "Indonesia, Malaysia"], ["Mica 雲母", "India"]]:
        ws3.append(r)
    save_xlsx(wb, path)


def p05_mt_markdown_coc_no(C: Corpus) -> None:
    """A Markdown profile in English/Turkish: the Code of Conduct 'not yet signed'."""
    f = profile(legal_name=MT.legal_name, country="Turkey", segment="mechanical_component",
                products=["MBT-BB-CU-120", "MBT-BB-AL-200", "MBT-FLX-35"],
                product_types={"MBT-BB-CU-120": "Tin-plated copper busbar, 120 mm²",
                               "MBT-BB-AL-200": "Insulated aluminium busbar, 200 mm²",
                               "MBT-FLX-35": "Flexible laminated copper busbar, 35 mm²"},
                materials={"copper": ["Chile", "Zambia"], "aluminium": ["Turkey"], "tin": ["Indonesia"]},
                single_sourced=["PA66 insulation sleeve"], email="satis@marmarabara.com.tr", coc=False,
                automotive=True)
    path = C.add(MT, "profil/Supplier profile - Tedarikci profili MBT.md", "profile", "ho-markdown-tr", [f])
    text_file(path, f"""# Supplier Profile / Tedarikçi Profili – Marmara Bara Teknik

| Field / Alan | Value / Değer |
|---|---|
| Legal name / Ticari unvan | {MT.legal_name} |
| Country / Ülke | Turkey (Türkiye) |
| Address / Adres | {ADDR[MT.name]} |
| Business / Faaliyet alanı | Mechanical components: copper and aluminium busbars for battery modules and packs (bakır ve alüminyum baralar) |
| Contact / İletişim | satis@marmarabara.com.tr, +90 262 751 4400 |
| Employees / Çalışan sayısı | 310 |

## Products / Ürünler

| Model | Type / Tip |
|---|---|
| MBT-BB-CU-120 | Tin-plated copper busbar, 120 mm² |
| MBT-BB-AL-200 | Insulated aluminium busbar, 200 mm² |
| MBT-FLX-35 | Flexible laminated copper busbar, 35 mm² |

## Raw materials and origin / Hammaddeler ve menşei

- Copper / Bakır: Chile, Zambia
- Aluminium / Alüminyum: Turkey
- Tin (plating) / Kalay (kaplama): Indonesia

## Supply chain / Tedarik zinciri

- Single-sourced items / Tek kaynaklı kalemler: PA66 insulation sleeve (one approved supplier)
- Business continuity plan: yes, updated March 2026

## Compliance / Uyum

- Automotive customers / Otomotiv müşterileri: **Yes / Evet** (IATF 16949:2016 certified)
- Kestrel Supplier Code of Conduct / Tedarikçi Davranış Kuralları: **not yet signed** – under review by our
  legal department; we plan to sign it with the frame agreement renewal in Q1 2027 / henüz imzalanmadı.
- ISO 14001:2015 – yes; ISO 45001:2018 – yes

_Last update / Son güncelleme: 14.09.2026 – Elif Şahin_
""")


def p06_kp_yaml(C: Corpus) -> None:
    """A YAML profile the supplier keeps for its customers: no Code of Conduct question at all."""
    f = profile(legal_name=KP.legal_name, country="Finland", segment="cathode_material",
                products=["KP-NCM811-P", "KP-NCM622-P"],
                product_types={"KP-NCM811-P": "NCM811 precursor hydroxide (pCAM)",
                               "KP-NCM622-P": "NCM622 precursor hydroxide (pCAM)"},
                materials={"nickel": ["Finland", "Australia"], "cobalt": ["Democratic Republic of the Congo", "Finland"],
                           "manganese": ["South Africa", "Gabon"]},
                single_sourced=["manganese sulphate"], email="sales@kemijoki-precursor.fi", coc=None,
                automotive=False)
    path = C.add(KP, "profile/kemijoki_precursor_supplier_profile.yaml", "profile", "ho-yaml", [f])
    text_file(path, f"""# Supplier profile – maintained by Kemijoki Precursor Oy, shared with customers on request
# last review: 2026-06-30
supplier:
  legal_name: {KP.legal_name}
  business_id: 3141592-6
  country: Finland
  address: "{ADDR[KP.name]}"
  segment: cathode materials – precursor (pCAM)
  contact:
    name: Laura Niemi
    role: Key Account Manager
    email: sales@kemijoki-precursor.fi
    phone: "+358 16 455 2100"
products:
  - model: KP-NCM811-P
    type: NCM811 precursor hydroxide (pCAM)
    capacity_tpa: 18000
  - model: KP-NCM622-P
    type: NCM622 precursor hydroxide (pCAM)
    capacity_tpa: 6000
materials:
  nickel: [Finland, Australia]
  cobalt: [Democratic Republic of the Congo, Finland]
  manganese: [South Africa, Gabon]
single_sourced_parts:
  - manganese sulphate
automotive_customers: false
certifications:
  - ISO 9001:2015
  - ISO 14001:2015
  - ISO 50001:2018
""")


def p07_ws_pdf_pl(C: Corpus) -> None:
    """A Polish/English qualification questionnaire in PDF ('TAK / YES', 'NIE / NO')."""
    f = profile(legal_name=WS.legal_name, country="Poland", segment="cell_component",
                products=["WS-PE12-C4", "WS-PE16-C2"],
                product_types={"WS-PE12-C4": "Separator PE 12 µm z powłoką ceramiczną 4 µm",
                               "WS-PE16-C2": "Separator PE 16 µm z powłoką ceramiczną 2 µm"},
                materials={"polyethylene": ["Germany", "Poland"], "aluminium oxide": ["Germany"]},
                single_sourced=["UHMWPE resin"], email="biuro@wartaseparatory.pl", coc=True, automotive=False)
    path = C.add(WS, "kwalifikacja/Kwestionariusz dostawcy - Warta Separatory.pdf", "profile", "ho-questionnaire-pl",
                 [f])
    lk = Look("Sans", 9)
    s = [P("KWESTIONARIUSZ KWALIFIKACJI DOSTAWCY", lk.h1), P("Supplier qualification questionnaire", lk.center), SP(3),
         P("1. Dane firmy / Company data", lk.h3),
         KV(lk, [("Pełna nazwa firmy / Legal name", WS.legal_name), ("Adres / Address", ADDR[WS.name]),
                 ("Kraj / Country", "Polska / Poland"), ("NIP / VAT", "PL6653012874"),
                 ("Rodzaj działalności / Business", "Producent separatorów do ogniw litowo-jonowych / separator film for Li-ion cells"),
                 ("E-mail kontaktowy / Contact e-mail", "biuro@wartaseparatory.pl")], widths=(70, 100)),
         SP(3), P("2. Produkty / Products", lk.h3),
         TBL(lk, [["Model", "Typ / Type"], ["WS-PE12-C4", "Separator PE 12 µm z powłoką ceramiczną 4 µm"],
                  ["WS-PE16-C2", "Separator PE 16 µm z powłoką ceramiczną 2 µm"]], [45, 125]),
         SP(3), P("3. Surowce / Raw materials", lk.h3),
         TBL(lk, [["Surowiec / Material", "Gatunek / Grade", "Kraj pochodzenia / Country of origin"],
                  ["Polyethylene", "UHMWPE", "Germany, Poland"], ["Aluminium oxide", "Al₂O₃, boehmite", "Germany"]],
             [50, 50, 70]),
         SP(3), P("4. Łańcuch dostaw / Supply chain", lk.h3),
         KV(lk, [("Pozycje z jednego źródła / Single-source items", "UHMWPE resin (jeden zakwalifikowany gatunek / one qualified grade)")],
            widths=(70, 100)),
         SP(3), P("5. Zgodność / Compliance", lk.h3),
         TBL(lk, [["Pytanie / Question", "TAK / YES", "NIE / NO", "Uwagi / Remarks"],
                  ["Czy podpisali Państwo Kodeks Postępowania Dostawcy Kestrel? / Kestrel Supplier Code of Conduct signed?", "X", "", "12.03.2026"],
                  ["Czy dostarczają Państwo do branży motoryzacyjnej? / Do you supply the automotive industry?", "", "X", ""],
                  ["ISO 9001", "X", "", "certyfikat do 2027-09"]], [85, 20, 20, 45]),
         SP(6), P("Wypełnił / Completed by: Piotr Zieliński, Kierownik ds. Jakości – Konin, 14.03.2026", lk.body)]
    pdf(path, s, lk, running(footer_right="Strona {page} z {total}"))


def p08_cc_docx(C: Corpus) -> None:
    """A short English supplier information form in Word: single-sourced items 'None'."""
    f = profile(legal_name=CC.legal_name, country="Zambia", segment="raw_material", products=["CCT-CoOH-30"],
                product_types={"CCT-CoOH-30": "Cobalt hydroxide, 30 % Co min. (dry basis)"},
                materials={"cobalt": ["Democratic Republic of the Congo", "Zambia"]}, single_sourced=[],
                email="compliance@copperbeltcobalt.co.zm", coc=True, automotive=False)
    path = C.add(CC, "onboarding/Supplier Information Form - CCT.docx", "profile", "ho-info-form-docx", [f])
    d = new_docx("Calibri", 11)
    docx_par(d, "SUPPLIER INFORMATION FORM", bold=True, size=14)
    docx_par(d, "Please complete all fields and return to procurement@kestrel-energy.example", italic=True)
    docx_table(d, [["1. Legal name of company", CC.legal_name],
                   ["2. Registered address", ADDR[CC.name]],
                   ["3. Country of registration", "Zambia"],
                   ["4. Type of business", "Trading and toll-processing of cobalt hydroxide (raw material)"],
                   ["5. Products supplied (model / description)", "CCT-CoOH-30 – Cobalt hydroxide, 30 % Co min. (dry basis)"],
                   ["6. Main raw materials and countries of origin", "Cobalt – DR Congo, Zambia"],
                   ["7. Items you buy from a single source", "None"],
                   ["8. Contact e-mail for compliance matters", "compliance@copperbeltcobalt.co.zm"],
                   ["9. Kestrel Supplier Code of Conduct", "Signed on 5 May 2026 (copy attached)"],
                   ["10. Do you supply the automotive industry?", "No"],
                   ["11. Due diligence", "OECD Annex II risk assessment; third-party audit of our Kitwe plant planned Q1 2027"]],
               bold_head=False, bold_first_col=True)
    docx_par(d, "")
    docx_par(d, "Name: Grace Phiri    Position: Compliance Officer    Date: 7 May 2026")
    save_docx(d, path)


PROFILE_DOCS = [p01_sh_docx_vi, p02_ac_pdf_fr_coc_no, p03_bn_json, p04_hv_xlsx_zh, p05_mt_markdown_coc_no, p06_kp_yaml,
                p07_ws_pdf_pl, p08_cc_docx]


# ---------------------------------------------------------------------------------------------------------------
# Non-governance papers
# ---------------------------------------------------------------------------------------------------------------

def n01_hv_order_confirmation(C: Corpus) -> None:
    path = C.add(HV, "orders/Order confirmation OC-26-05187 to PO 4500218873.pdf", "noise", "ho-order-confirmation", [])
    lk = Look("Arial", 9)
    s = [P(HV.legal_name, lk.h2), P(f"{ADDR[HV.name]} · Tel +886 3 577 8100 · www.voltlink.com.tw", lk.small), SP(4),
         P("ORDER CONFIRMATION", lk.h1),
         KV(lk, [("Confirmation no.", "OC-26-05187"), ("Date", "2026-05-20"), ("Your PO", "4500218873 of 18.05.2026"),
                 ("Customer", f"{BUYER}, Plant Tilburg"), ("Incoterms", "FCA Taoyuan International Airport")], widths=(40, 130)),
         SP(3),
         TBL(lk, [["Item", "Part no.", "Description", "Qty", "Unit price USD", "Confirmed ship week"],
                  ["10", "HVL-BMS-16S-A", "BMS master board 16S, rev. C", "5,000", "38.40", "CW 24 – CW 33 (500 / week)"],
                  ["20", "HVL-CMU-12", "Cell monitoring unit 12 ch., rev. B", "10,000", "11.85", "CW 24 – CW 33 (1,000 / week)"]],
             [12, 30, 50, 18, 25, 45]), SP(3),
         P("We confirm your order with the quantities, prices and ship weeks above. The special terms of your purchase "
           "order are acknowledged. Please send forecast updates to sales@voltlink.com.tw.", lk.body), SP(6),
         P("Lin Chia-hao, Sales Manager Europe", lk.body)]
    pdf(path, s, lk, running(footer_right="Page {page}/{total}"))


def n02_sh_quality_bulletin(C: Corpus) -> None:
    path = C.add(SH, "newsletters/Song Hong Quality Bulletin issue 7 - Sept 2026.pdf", "noise", "ho-quality-newsletter", [])
    lk = Look("Sans", 9.6)
    s = [P("SONG HONG QUALITY BULLETIN", lk.big), P("Issue 7 · September 2026 · for customers and partners", lk.center), SP(4),
         P("Industry snapshot", lk.h2),
         P("A 2026 benchmarking study of 40 cell makers puts the median customer-reported defect rate of prismatic LFP "
           "cells at 38 ppm, with the top quartile below 12 ppm and the bottom quartile above 90 ppm. Cylindrical NMC "
           "cells show a median of 21 ppm. Field failure rates of energy storage systems are reported at 0.5–2 per "
           "1,000 racks and year.", lk.body),
         P("Where we stand", lk.h2),
         P("Over all customers, our 2025 full-year defect rate was 29 ppm; our target for 2027 is 15 ppm. On-time "
           "delivery over all customers averaged 97 % in the first half of 2026.", lk.body),
         P("How we handle your complaints", lk.h2),
         P("Our standard process: acknowledgement within one working day, containment within 48 hours, 8D report within "
           "ten working days – or faster where your agreement with us says so.", lk.body),
         P("People and training", lk.h2),
         P("Forty-two engineers completed IATF 16949 core tools training (APQP, PPAP, FMEA, MSA, SPC) in August. "
           "Welcome to our new Head of Customer Quality for Europe, Phạm Quốc Bảo, based in Rotterdam.", lk.body),
         SP(6), P("Song Hong Cell Technology JSC · Customer Quality · quality@songhongcell.vn", lk.small)]
    pdf(path, s, lk, running(footer_center="Song Hong Quality Bulletin · 7/2026 · page {page}"))


def n03_ta_buyer_policy(C: Corpus) -> None:
    path = C.add(TA, "compliance/Kestrel Responsible Minerals Sourcing Policy rev3 (received from customer).pdf",
                 "noise", "ho-buyer-policy", [])
    lk = Look("Serif", 10)
    s = [P("Kestrel Energy Systems B.V.", lk.h2), P("Responsible Minerals Sourcing Policy", lk.h1l),
         P("Revision 3 · approved by the Management Board on 17 March 2026 · owner: Director Procurement", lk.small), SP(4)]
    for head, text in [
        ("1. Purpose", "This policy sets out how Kestrel Energy Systems sources the minerals in its battery systems – cobalt, lithium, nickel, natural graphite, copper, mica and the 3TG (tin, tantalum, tungsten and gold) – responsibly, in line with the OECD Due Diligence Guidance for Responsible Supply Chains of Minerals from Conflict-Affected and High-Risk Areas and with Chapter VII of Regulation (EU) 2023/1542."),
        ("2. Our commitments", "We follow the five steps of the OECD Guidance: strong management systems; identification and assessment of risks in the supply chain; a strategy to respond to identified risks; independent third-party audits of smelters and refiners; and annual public reporting."),
        ("3. What we expect of suppliers", "Every supplier of materials or components containing these minerals completes the RMI Extended Minerals Reporting Template (EMRT) and, where relevant, the Conflict Minerals Reporting Template (CMRT) once a year, identifies the smelters and refiners in its supply chain, and sources from processors that are conformant with the RMI Responsible Minerals Assurance Process or an equivalent programme."),
        ("4. Conflict-affected and high-risk areas", "Sourcing from conflict-affected and high-risk areas is not prohibited. Where a supplier's supply chain includes such areas, we expect enhanced due diligence and will work with the supplier on a risk-management plan. We will suspend or end a relationship where the risks listed in Annex II of the OECD Guidance are found and not mitigated."),
        ("5. Artisanal and small-scale mining", "We support the formalisation of artisanal and small-scale mining and do not exclude it from our supply chain, provided that the worst forms of child labour, forced labour and other Annex II risks are addressed."),
        ("6. Grievance mechanism", "Concerns can be raised anonymously at speakup.kestrel-energy.example."),
        ("7. Review", "This policy is reviewed every year by the Director Procurement.")]:
        s += [P(head, lk.h3), P(text, lk.body)]
    pdf(path, s, lk, running(footer_left="Kestrel – Responsible Minerals Sourcing Policy rev. 3", footer_right="{page}/{total}"))


def n04_ae_trade_fair_es(C: Corpus) -> None:
    path = C.add(AE, "marketing/Invitacion Energy Storage Iberia 2027 - Adriatica.pdf", "noise", "ho-trade-fair-es", [])
    lk = Look("Sans", 10.5)
    s = [SP(10), P("INVITACIÓN", lk.big), P("Energy Storage Iberia 2027", lk.h1),
         P("IFEMA Madrid · 24–26 de febrero de 2027 · Pabellón 7, stand 7C21", lk.centerb), SP(6),
         P("Estimados clientes y socios:", lk.body),
         P("Adriatica Energy Storage tiene el placer de invitarles a visitar nuestro stand en Energy Storage Iberia 2027. "
           "Presentaremos el nuevo contenedor AES-CUBE-2500 (2,5 MWh, refrigeración líquida) y la plataforma de "
           "monitorización AES-Cloud, con una garantía de rendimiento de hasta 15 años.", lk.body),
         P("El jueves 25 de febrero a las 18:00 les esperamos en el stand para un aperitivo italiano. Para reservar una "
           "reunión con nuestro equipo técnico escriban a eventi@adriatica-es.it.", lk.body), SP(6),
         P("Luca Ferretti · Amministratore Delegato", lk.center),
         P(f"{AE.legal_name} · {ADDR[AE.name]}", lk.small)]
    pdf(path, s, lk, None)


NOISE_DOCS = [n01_hv_order_confirmation, n02_sh_quality_bulletin, n03_ta_buyer_policy, n04_ae_trade_fair_es]


# ---------------------------------------------------------------------------------------------------------------
# Build: build_tests' writer, with this corpus's documents, suppliers and name
# ---------------------------------------------------------------------------------------------------------------

def documents() -> list:
    docs = CONTRACT_DOCS + MINERALS_DOCS + KPI_DOCS + PROFILE_DOCS + NOISE_DOCS
    if not have_templates():
        print(f"note: {REAL} lacks the blank RMI templates; the {len(TEMPLATE_DOCS)} declarations filled into them "
              "are skipped", file=sys.stderr)
        docs = [fn for fn in docs if fn not in TEMPLATE_DOCS]
    return docs


def build(out: Path) -> dict:
    """Write the corpus and its truth; returns the truth (build_tests.build validates every fact and derives each
    supplier's problems)."""
    return bt.build(Path(out), documents=documents(), suppliers=SUPPLIERS, generator=GENERATOR, seed=SEED)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m evals.handwritten.build_heldout OUT_DIR", file=sys.stderr)
        return 2
    truth = build(Path(args[0]))
    docs = Counter(doc["kind"] for doc in truth["documents"])
    facts = Counter(f["kind"] for doc in truth["documents"] for f in doc["facts"])
    print(f"{len(truth['documents'])} documents ({', '.join(f'{k} {n}' for k, n in sorted(docs.items()))}), "
          f"{sum(facts.values())} facts ({', '.join(f'{k} {n}' for k, n in sorted(facts.items()))}), "
          f"{len(truth['suppliers'])} suppliers -> {args[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

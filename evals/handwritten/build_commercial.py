"""A fifth hand-written evaluation corpus: the commercial papers of battery suppliers (supply agreements, quality
assurance agreements, SLA annexes, an amendment, purchase terms), their responsible-minerals declarations (filled RMI
EMRT and CMRT templates, own spreadsheets, printouts, a questionnaire in prose, a CSV), their monthly KPI exports and
their onboarding profiles with the Code-of-Conduct acknowledgement, plus a few non-governance papers, with its truth.

    python -m evals.handwritten.build_commercial OUT_DIR

Writes OUT_DIR/suppliers/<Supplier>/<subfolder>/<file>, OUT_DIR/truth.json (the format of evals/styles/truth.py)
and OUT_DIR/.govignore, with the writers, the truth helpers and the supplier problem logic of build_tests.py.

The documents are written by hand below, by someone who had read neither the product's extractors nor the styles
generator, the way buyers' legal departments, suppliers' sales and quality teams and ERP exports word them: numbered
clauses, "Article" / "§" / "Schedule" / "Cláusula" structures, KPI tables with remedies, rates per day, per started
week, per week or part thereof, in per mille, caps as a fraction of the order value, numbers written as words,
"with effect from", "w.e.f.", "à compter du", "a partir de la fecha de la última firma"; German, French, Spanish,
Chinese, Japanese and Korean wording. Clauses that look like service levels but are not (payment terms, late-payment
interest, confidentiality periods, termination notice, purity specifications) are there to yield nothing.
All companies, people, numbers and dates are invented. Deterministic: reportlab invariant=1, Office files re-zipped
with fixed timestamps, no randomness. CJK text appears only in DOCX, XLSX and text files (the PDF fonts have no CJK
glyphs). The filled RMI templates are copies of the blank ones in /work/shared/real (read-only), filled with openpyxl
in the cells a supplier fills; when that folder is missing they are skipped with a message (the truth then lacks
them too).
"""

# ruff: noqa: E501  (document text is kept on the lines it is printed on, some wider than 120 columns)

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.platypus import PageBreak

from evals.handwritten import build_tests as bt
from evals.handwritten.build_tests import (
    KV,
    SP,
    TBL,
    Corpus,
    D,
    Look,
    P,
    Sup,
    de,
    dmy,
    docx_header_footer,
    docx_par,
    docx_table,
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

GENERATOR = "evals.handwritten.commercial"
SEED = 5
REAL = Path("/work/shared/real")  # the blank RMI templates (read-only); copies are filled below

# ---------------------------------------------------------------------------------------------------------------
# The buyer, the suppliers (all invented)
# ---------------------------------------------------------------------------------------------------------------

BUYER = "Kestrel Battery Systems B.V."
BUYER_ADDR = "Westerhavenweg 41, 5657 EW Eindhoven, the Netherlands"

HY = Sup("Huaiyang New Energy Battery", "Jiangsu Huaiyang New Energy Battery Co., Ltd.", "cell_manufacturer", "China",
         True)
SJ = Sup("Sejin Energy Solution", "Sejin Energy Solution Co., Ltd.", "cell_manufacturer", "South Korea", True)
KS = Sup("Kiso Advanced Materials", "Kiso Advanced Materials Corporation", "cell_component", "Japan", False)
MF = Sup("Mainfranken Batteriesysteme", "Mainfranken Batteriesysteme GmbH", "pack_integrator", "Germany", True)
OD = Sup("Odra Power Packs", "Odra Power Packs Sp. z o.o.", "pack_integrator", "Poland", False)
BJ = Sup("Baterías del Bajío", "Baterías del Bajío, S.A. de C.V.", "pack_integrator", "Mexico", True)
CG = Sup("Cascade Gridworks", "Cascade Gridworks, Inc.", "ess_integrator", "United States", False)
PA = Sup("Précurseurs Atlantique", "Précurseurs Atlantique S.A.S.", "cell_component", "France", False)
HS = Sup("Hispalis Energía Modular", "Hispalis Energía Modular, S.L.", "pack_integrator", "Spain", False)
DC = Sup("Deccan Cathode Materials", "Deccan Cathode Materials Pvt. Ltd.", "cell_component", "India", False)
SA = Sup("Salar Andino Lithium", "Minera Salar Andino SpA", "raw_material", "Chile", False)
KT = Sup("Kolwezi Metals Trading", "Kolwezi Metals Trading SARL", "raw_material", "Democratic Republic of the Congo",
         False)
SUPPLIERS = [HY, SJ, KS, MF, OD, BJ, CG, PA, HS, DC, SA, KT]

ADDR = {
    HY.name: "No. 88 Huaihe East Road, Qingjiangpu District, Huai'an, Jiangsu 223001, China",
    SJ.name: "112 Ochang Science Industrial-ro, Cheongwon-gu, Cheongju-si, Chungcheongbuk-do 28115, Republic of Korea",
    KS.name: "3-14-2 Kisogawa-cho, Ichinomiya-shi, Aichi 493-0001, Japan",
    MF.name: "Ohmstraße 22, 97076 Würzburg, Deutschland",
    OD.name: "ul. Bierutowska 57, 51-317 Wrocław, Polska",
    BJ.name: "Av. Industrial Bajío 1450, Parque Industrial Querétaro, 76220 Santa Rosa Jáuregui, Qro., México",
    CG.name: "2200 E Marginal Way S, Seattle, WA 98134, USA",
    PA.name: "7 rue de l'Estuaire, ZI de Cheviré, 44100 Nantes, France",
    HS.name: "Calle Astronomía 12, Parque Empresarial Torneo, 41015 Sevilla, España",
    DC.name: "Plot 41, MIDC Chakan Phase II, Pune 410501, Maharashtra, India",
    SA.name: "Av. Apoquindo 4501, piso 12, Las Condes, Santiago, Chile",
    KT.name: "Avenue de la Révolution 212, Quartier Mutoshi, Kolwezi, Lualaba, République démocratique du Congo",
}

# ---------------------------------------------------------------------------------------------------------------
# Truth helpers: one function per fact kind
# ---------------------------------------------------------------------------------------------------------------

_NO = object()  # a field the fact leaves out (not scored), as opposed to None (the document does not state it)


def cc(metric: str, number: str | None | object, effective: dt.date | None, clause: str | None | object,
       **fields) -> dict:
    """A contract_clause fact: the contract it belongs to, the clause's own label, and the fields the clause states
    (`_NO` leaves a field out)."""
    f: dict = {"kind": "contract_clause"}
    if number is not _NO:
        f["contract_number"] = number
    f["effective"] = iso(effective) if effective else None
    f["metric"] = metric
    if clause is not _NO:
        f["clause"] = clause
    f.update({k: v for k, v in fields.items() if v is not _NO})
    return f


def otd(number, eff, clause, target: float, **kw) -> dict:
    return cc("on_time_delivery", number, eff, clause, target=target, unit="%", **kw)


def late(number, eff, clause, rate: float | None, cap: float | None, **kw) -> dict:
    return cc("late_delivery_penalty", number, eff, clause, penalty_rate=rate, penalty_cap=cap, **kw)


def credit(number, eff, clause, rate: float, cap: float | None, **kw) -> dict:
    return cc("otd_service_credit", number, eff, clause, penalty_rate=rate, penalty_cap=cap, **kw)


def ppm(number, eff, clause, target: float, **kw) -> dict:
    return cc("defect_ppm", number, eff, clause, target=target, unit="ppm", **kw)


def ack(number, eff, clause, target: float, unit: str, **kw) -> dict:
    return cc("complaint_acknowledgement", number, eff, clause, target=target, unit=unit, **kw)


def r8d(number, eff, clause, target: float, unit: str, **kw) -> dict:
    return cc("report_8d", number, eff, clause, target=target, unit=unit, **kw)


def warranty(number, eff, clause, years: float, cycles: int | None, retention: float | None, **kw) -> dict:
    return cc("warranty", number, eff, clause, target=years, unit="years", warranty_cycles=cycles,
              capacity_retention_pct=retention, **kw)


def notice(number, eff, clause, target: float, unit: str, **kw) -> dict:
    return cc("change_notice", number, eff, clause, target=target, unit=unit, **kw)


def minerals(template: str, company: str, effective: dt.date | None, declared: list[str], cahra: list[str],
             artisanal: bool) -> dict:
    return {"kind": "minerals", "template": template, "company": company,
            "effective": iso(effective) if effective else None, "minerals": declared, "cahra_minerals": cahra,
            "artisanal_mentioned": artisanal}


def month(m: str, otd_pct: float | None = None, ppm_: float | None = None, lead: float | None = None) -> dict:
    return {"month": m, "on_time_delivery_pct": otd_pct, "defect_ppm": ppm_, "lead_time_days": lead}


def kpi(months: list[dict]) -> dict:
    return {"kind": "kpi", "months": months}


def profile(**fields) -> dict:
    return {"kind": "profile", **fields}


# numbers written the ways these documents write them
def dec(x: float, nd: int = 1) -> str:
    """97.5 -> '97,5' (decimal comma)."""
    return f"{x:.{nd}f}".replace(".", ",")


def thou(x: float, sep: str = ".") -> str:
    """1250 -> '1.250' (a thousands separator; '.' in German, ' ' in French, ',' in English)."""
    return f"{int(round(x)):,}".replace(",", sep)


def sig(look: Look, left: list[str], right: list[str]) -> object:
    """Two signature blocks side by side."""
    return TBL(look, [[a, b] for a, b in zip(left, right, strict=True)], [85, 85], head=0, grid=False)


# ---------------------------------------------------------------------------------------------------------------
# Filling copies of the real RMI templates (cells a supplier fills; facts.md gives the layout)
# ---------------------------------------------------------------------------------------------------------------

EMRT_SLOT = {"Cobalt": "D12", "Copper": "E12", "Graphite": "G12", "Lithium": "D13", "Mica": "E13", "Nickel": "G13"}
EMRT_Q_ROW = {1: 30, 2: 42, 3: 54, 4: 66, 5: 78, 6: 90, 7: 102}
EMRT_CO_ROW = {"A": 115, "B": 117, "D": 131, "E": 133, "F": 135, "G": 137}
CMRT_METALS = ["Tantalum", "Tin", "Gold", "Tungsten"]  # the order of the template's rows
CMRT_Q_ROW = {1: 26, 2: 32, 3: 38, 4: 44, 5: 50, 6: 56, 7: 62, 8: 68}
CMRT_CO_ROW = {"A": 75, "B": 77, "C": 79, "D": 81, "E": 83, "F": 85, "G": 87, "H": 89}


def _template(name: str):
    from openpyxl import load_workbook

    wb = load_workbook(REAL / name)
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    return wb


def _contact(ws, first_row: int, contact: dict) -> None:
    keys = ["uid", "authority", "address", "contact", "email", "phone", "authorizer", "title", "auth_email",
            "auth_phone"]
    for i, k in enumerate(keys):
        if contact.get(k):
            ws[f"D{first_row + i}"] = contact[k]


def _smelters(wb, rows: list[tuple], mines: list[tuple] | None = None) -> None:
    """Smelter List rows from row 5: (metal, look-up name or 'Smelter not listed', name, country, id, source,
    comment); Mine List rows (EMRT): (metal, smelter, mine, country, comment)."""
    sl = wb["Smelter List"]
    for i, (metal, look, name, country, sid, source, comment) in enumerate(rows):
        r = 5 + i
        sl[f"B{r}"], sl[f"C{r}"], sl[f"D{r}"], sl[f"E{r}"] = metal, look, name, country
        sl[f"F{r}"], sl[f"G{r}"] = sid, source
        if comment:
            sl[f"Q{r}"] = comment
    if mines:
        ml = wb["Mine List"]
        for i, (metal, smelter, mine, country, comment) in enumerate(mines):
            r = 5 + i
            ml[f"A{r}"], ml[f"B{r}"], ml[f"C{r}"], ml[f"F{r}"] = metal, smelter, mine, country
            if comment:
                ml[f"M{r}"] = comment


def fill_emrt(path: Path, *, language: str | None, company: str, contact: dict, date: dt.date, scope: list[str],
              answers: dict[int, dict[str, str]], comments: dict[tuple[int, str], str], company_answers: dict,
              c_answers: dict[str, str], smelters: list[tuple], mines: list[tuple] | None = None) -> None:
    wb = _template("RMI_EMRT_2.1.xlsx")
    ws = wb["Declaration"]
    if language:
        ws["D3"] = language
    ws["D8"] = company
    ws["D9"] = "A. Company"
    for mineral, cell in EMRT_SLOT.items():
        ws[cell] = mineral if mineral in scope else f"(Delete {mineral})"
    _contact(ws, 16, contact)
    ws["D26"] = dt.datetime(date.year, date.month, date.day)
    ordered = sorted(scope)  # the template sorts the minerals in scope alphabetically in questions 1-7 and C
    for q, row in EMRT_Q_ROW.items():
        for i, mineral in enumerate(ordered):
            if mineral in answers.get(q, {}):
                ws[f"D{row + i}"] = answers[q][mineral]
            if (q, mineral) in comments:
                ws[f"G{row + i}"] = comments[(q, mineral)]
    for letter, (answer, comment) in company_answers.items():
        ws[f"D{EMRT_CO_ROW[letter]}"] = answer
        if comment:
            ws[f"G{EMRT_CO_ROW[letter]}"] = comment
    for i, mineral in enumerate(ordered):
        if mineral in c_answers:
            ws[f"D{120 + i}"] = c_answers[mineral]
    _smelters(wb, smelters, mines)
    save_xlsx(wb, path)


def fill_cmrt(path: Path, *, language: str | None, company: str, contact: dict, date: dt.date,
              answers: dict[int, dict[str, str]], comments: dict[tuple[int, str], str], company_answers: dict,
              smelters: list[tuple]) -> None:
    wb = _template("RMI_CMRT_6.5.xlsx")
    ws = wb["Declaration"]
    if language:
        ws["D3"] = language
    ws["D8"] = company
    ws["D9"] = "A. Company"
    _contact(ws, 12, contact)
    ws["D22"] = dt.datetime(date.year, date.month, date.day)
    for q, row in CMRT_Q_ROW.items():
        for i, metal in enumerate(CMRT_METALS):
            if metal in answers.get(q, {}):
                ws[f"D{row + i}"] = answers[q][metal]
            if (q, metal) in comments:
                ws[f"G{row + i}"] = comments[(q, metal)]
    for letter, (answer, comment) in company_answers.items():
        ws[f"D{CMRT_CO_ROW[letter]}"] = answer
        if comment:
            ws[f"G{CMRT_CO_ROW[letter]}"] = comment
    _smelters(wb, smelters)
    save_xlsx(wb, path)


def _all(answer: str, names: list[str]) -> dict[str, str]:
    return dict.fromkeys(names, answer)


# ---------------------------------------------------------------------------------------------------------------
# Contracts: supply agreements, quality assurance agreements, SLA annexes, an amendment, purchase terms
# ---------------------------------------------------------------------------------------------------------------

def k01_hy_supply_agreement(C: Corpus) -> None:
    """English supply agreement, numbered clauses; the late-delivery clause in prose with the rate in words and
    figures; effective 'with effect from' a date other than the signing date; payment terms with a discount, a
    confidentiality period and a reference to quality targets 'as set out in the QAA' yield nothing."""
    no, eff = "HYB-SA-2026-014", D(2026, 4, 1)
    facts = [otd(no, eff, "Clause 7.1", 98.0, term_years=3),
             late(no, eff, "Clause 7.3", 0.5, 5.0),
             warranty(no, eff, "Clause 9.1", 8, 3000, 70.0)]
    path = C.add(HY, "contracts/HYB-SA-2026-014 Supply Agreement LFP cells (executed).pdf", "contract",
                 "hw-en-numbered-clauses", facts, ["penalty_prose", "words_and_figures", "with_effect_from"])
    lk = Look("Serif", 10, margins=(25, 25, 25, 22))

    def h(t):
        return P(t, lk.h3)

    def b(t):
        return P(t, lk.body)

    s = [P("SUPPLY AGREEMENT", lk.h1), P("for Lithium Iron Phosphate Prismatic Cells", lk.center), SP(2),
         P(f"Agreement No. {no}", lk.centerb), SP(6),
         b("This Supply Agreement (the \"Agreement\") is made on 3 March 2026"), b("BETWEEN"),
         b(f"(1) {BUYER}, a private company with limited liability incorporated under the laws of the Netherlands, "
           f"having its registered office at {BUYER_ADDR} (the \"Buyer\"); and"),
         b(f"(2) {HY.legal_name}, a company incorporated under the laws of the People's Republic of China, having its "
           f"registered office at {ADDR[HY.name]} (the \"Supplier\"),"),
         b("each a \"Party\" and together the \"Parties\"."), SP(2),
         h("1. DEFINITIONS"),
         b("1.1 \"Goods\" means the lithium iron phosphate prismatic cells HY-LFP-280K and HY-LFP-314K described in "
           "Schedule 1, and any other cells the Parties add to Schedule 1 in writing."),
         b("1.2 \"Purchase Order\" means an order for Goods issued by the Buyer under this Agreement; \"Order Value\" "
           "means the net price of all Goods in a Purchase Order, excluding VAT and freight."),
         b("1.3 \"Delivery Date\" means the delivery date confirmed by the Supplier in its order acknowledgement."),
         b("1.4 \"Working Day\" means a day other than a Saturday, Sunday or public holiday in the Netherlands."),
         h("2. SCOPE"),
         b("2.1 The Supplier shall manufacture and sell, and the Buyer shall purchase, the Goods in accordance with "
           "this Agreement. This Agreement does not oblige the Buyer to purchase any minimum quantity, save as "
           "provided in the binding part of the Buyer's rolling forecast (Clause 4.2)."),
         h("3. TERM"),
         b("3.1 This Agreement shall enter into force with effect from 1 April 2026 and shall continue for an "
           "initial term of three (3) years. Thereafter it shall be renewed automatically for successive periods "
           "of one (1) year unless either Party gives notice of non-renewal at least six (6) months before the end "
           "of the then current term."),
         h("4. FORECASTS AND ORDERS"),
         b("4.1 The Buyer shall provide a rolling twelve (12) month forecast on or before the fifth Working Day of "
           "each month. 4.2 The first three (3) months of each forecast are binding."),
         b("4.3 The Supplier shall acknowledge each Purchase Order within two (2) Working Days of receipt, "
           "confirming or proposing a Delivery Date. The standard lead time is eight (8) weeks."),
         h("5. PRICES AND PAYMENT"),
         b("5.1 Prices are set out in Schedule 2 and are fixed for each calendar quarter; the lithium carbonate "
           "index adjustment in Schedule 2, part B applies where the index moves by more than ten percent (10 %)."),
         b("5.2 The Buyer shall pay each correct invoice within sixty (60) days after the end of the month of "
           "receipt of the invoice. Where the Buyer pays within ten (10) days of receipt, it may deduct a cash "
           "discount of two percent (2 %)."),
         h("6. DELIVERY"),
         b("6.1 Goods shall be delivered FCA Huai'an (Incoterms® 2020), packed in accordance with Schedule 4 and "
           "UN 38.3 / IMDG requirements for Class 9 dangerous goods."),
         h("7. DELIVERY PERFORMANCE"),
         b("7.1 The Supplier shall achieve an on-time delivery rate of not less than ninety-eight percent (98 %) in "
           "each calendar month. A delivery is on time if the complete quantity of the order line is delivered "
           "within the window of three (3) Working Days before to zero (0) Working Days after the Delivery Date."),
         b("7.2 The Supplier shall report its on-time delivery rate for the preceding month by the tenth (10th) "
           "day of each month. If the rate falls below the level in Clause 7.1 in two (2) consecutive months, the "
           "Supplier shall submit a recovery plan within ten (10) Working Days."),
         b("7.3 If the Supplier fails to deliver any Goods by the Delivery Date for reasons for which it is "
           "responsible, the Supplier shall pay liquidated damages of one half of one percent (0.5 %) of the "
           "value of the delayed Goods for each calendar day of delay, capped at five percent (5 %) of the Order "
           "Value of the relevant Purchase Order. The Parties agree that such amount is a genuine pre-estimate of "
           "the Buyer's loss. Payment of liquidated damages shall not relieve the Supplier of its obligation to "
           "deliver."),
         b("7.4 Where the delay exceeds thirty (30) days, the Buyer may cancel the delayed part of the Purchase "
           "Order without liability."),
         h("8. QUALITY"),
         b("8.1 The Supplier shall maintain a quality management system certified to IATF 16949 and ISO 9001."),
         b("8.2 The Goods shall meet the quality targets, complaint handling and change management requirements "
           "set out in the Quality Assurance Agreement between the Parties (No. HYB-QAA-2026-003), which forms "
           "part of this Agreement."),
         h("9. WARRANTY"),
         b("9.1 The Supplier warrants that the Goods shall, for a period of eight (8) years from the date of "
           "delivery or until 3,000 full equivalent cycles have been performed, whichever occurs first, be free "
           "from defects in design, material and workmanship and retain at least seventy percent (70 %) of their "
           "rated capacity when operated within the specification (25 °C, 0.5P/0.5P, 100 % DoD)."),
         b("9.2 The warranty does not apply to damage caused by operation outside the specification, by "
           "mechanical abuse or by a battery management system not approved by the Supplier."),
         h("10. CONFIDENTIALITY"),
         b("10.1 Each Party shall keep confidential all information received from the other Party and shall not "
           "disclose it to any third party during the term of this Agreement and for five (5) years after its "
           "termination."),
         h("11. LIABILITY"),
         b("11.1 Save in the case of wilful misconduct or gross negligence, each Party's aggregate liability under "
           "this Agreement in any contract year shall not exceed one hundred percent (100 %) of the value of the "
           "Goods purchased in that contract year."),
         h("12. GOVERNING LAW AND DISPUTES"),
         b("12.1 This Agreement is governed by the laws of the Netherlands, excluding the CISG. 12.2 Disputes shall "
           "be finally settled under the Arbitration Rules of the Netherlands Arbitration Institute; the place of "
           "arbitration is Rotterdam and the language English."),
         SP(8), b("IN WITNESS WHEREOF the Parties have executed this Agreement on the date first written above."), SP(4),
         sig(lk, [f"For and on behalf of {BUYER}", "", "______________________", "Name: Maarten de Wilde",
                  "Title: Chief Procurement Officer"],
             [f"For and on behalf of {HY.legal_name}", "", "______________________", "Name: Xu Wenbo",
              "Title: Vice President, Overseas Sales"])]
    pdf(path, s, lk, running(header_left=f"Supply Agreement {no}", header_right="CONFIDENTIAL",
                             footer_center="Page {page} of {total}"))


def k02_hy_qaa_zh(C: Corpus) -> None:
    """A Chinese/English quality assurance agreement: 第五条 with sub-clauses 5.2, a 24-hour acknowledgement, an 8D
    report in 7 working days (and a containment distractor in 3), a change notice of 90 days."""
    no, eff = "HYB-QAA-2026-003", D(2026, 4, 1)
    facts = [ppm(no, eff, "5.2", 50),
             ack(no, eff, "7.1", 24, "hours"),
             r8d(no, eff, "7.2", 7, "working days"),
             notice(no, eff, "9.1", 90, "days")]
    path = C.add(HY, "contracts/质量保证协议 HYB-QAA-2026-003.docx", "contract", "hw-zh-bilingual-qaa", facts,
                 ["chinese", "bilingual", "distractor_containment"])
    d = new_docx("SimSun", 10.5)
    docx_header_footer(d, f"{HY.legal_name} · 质量保证协议 Quality Assurance Agreement", f"协议编号 Agreement No.: {no}")
    docx_par(d, "质量保证协议", bold=True, size=18, align="center")
    docx_par(d, "QUALITY ASSURANCE AGREEMENT", bold=True, size=12, align="center")
    docx_par(d, f"协议编号 / No.: {no}", align="center")
    docx_table(d, [["甲方（采购方）\nParty A (Buyer)", f"{BUYER}\n{BUYER_ADDR}"],
                   ["乙方（供方）\nParty B (Supplier)", f"江苏淮扬新能源电池有限公司\n{HY.legal_name}\n江苏省淮安市清江浦区淮河东路88号"]],
               bold_head=False, bold_first_col=True)
    docx_par(d, "")
    paras = [
        ("第一条 目的 / Article 1 Purpose", [
            "为确保乙方向甲方提供的锂离子电芯的质量，双方经友好协商，签订本协议。本协议是双方《供货协议》（编号 HYB-SA-2026-014）的组成部分。",
            "This Agreement sets out the quality requirements for the lithium-ion cells supplied by Party B and forms part of the Supply Agreement No. HYB-SA-2026-014."]),
        ("第二条 生效与期限 / Article 2 Entry into force", [
            "本协议自2026年4月1日起生效，有效期与《供货协议》相同。",
            "This Agreement enters into force on 1 April 2026 and remains in force for as long as the Supply Agreement."]),
        ("第三条 质量体系 / Article 3 Quality system", [
            "3.1 乙方应建立并保持通过 IATF 16949 认证的质量管理体系。",
            "3.2 乙方应按 PPAP 第4版向甲方提交生产件批准文件。"]),
        ("第五条 质量目标 / Article 5 Quality targets", [
            "5.1 乙方交付产品应100%符合双方确认的产品规格书。",
            "5.2 交付产品不良率（PPM）目标：≤ 50 PPM（按甲方来料检验及产线失效统计，滚动12个月计算）。",
            "5.2 Target defect rate of delivered products: ≤ 50 PPM (incoming inspection and line failures at Party A, rolling 12 months).",
            "5.3 批次合格率目标：≥ 99.5%。/ Lot acceptance rate: ≥ 99.5 %."]),
        ("第七条 客户投诉处理 / Article 7 Handling of complaints", [
            "7.1 乙方应在收到甲方质量投诉后24小时内书面确认收到，并指定责任人。",
            "7.1 Party B shall confirm receipt of a quality complaint in writing within 24 hours and name a responsible person.",
            "7.2 乙方应在3个工作日内完成围堵措施（8D 之 D3），并在收到投诉后7个工作日内提交完整的8D报告。",
            "7.2 Party B shall implement containment (D3) within 3 working days and submit the complete 8D report within 7 working days of receipt of the complaint.",
            "7.3 因乙方原因造成的分选、返工费用由乙方承担。"]),
        ("第九条 变更管理 / Article 9 Change management", [
            "9.1 乙方对产品设计、原材料、供应商、工艺、生产场地等任何变更，应至少提前90天以书面形式通知甲方，经甲方书面批准后方可实施。",
            "9.1 Party B shall notify Party A in writing at least 90 days in advance of any change of design, materials, sub-suppliers, process or production site, and implement it only after Party A's written approval."]),
        ("第十条 保密 / Article 10 Confidentiality", [
            "双方对本协议内容负有保密义务，保密期限为协议终止后3年。/ Confidentiality survives for 3 years after termination."]),
        ("第十二条 争议解决 / Article 12 Disputes", [
            "本协议适用荷兰法律。因本协议引起的争议提交荷兰仲裁院仲裁。/ Dutch law; arbitration under the NAI Rules."]),
    ]
    for head, lines in paras:
        docx_par(d, head, bold=True)
        for line in lines:
            docx_par(d, line)
    docx_par(d, "")
    docx_table(d, [["甲方（盖章）Party A", "乙方（盖章）Party B"],
                   ["授权代表：Maarten de Wilde", "授权代表：徐文博（质量总监 代签：王立群）"],
                   ["日期：2026年3月18日", "日期：2026年3月16日"]], style="")
    save_docx(d, path)


def k03_sj_qaa_articles(C: Corpus) -> None:
    """A Korean supplier's English QAA: 'Article 5 (Quality Targets)' with numbered paragraphs; effective date
    written 2026.02.01; the acknowledgement time in words only ('within twenty-four hours'); a 4M change notice in
    months."""
    no, eff = "SJES-QA-2026-0117", D(2026, 2, 1)
    facts = [ppm(no, eff, "Article 5(1)", 30),
             ack(no, eff, "Article 7(1)", 24, "hours"),
             r8d(no, eff, "Article 7(2)", 10, "working days"),
             notice(no, eff, "Article 9(1)", 6, "months")]
    path = C.add(SJ, "agreements/SJES-QA-2026-0117_Quality Assurance Agreement_signed.docx", "contract",
                 "hw-kr-articles-paragraphs", facts, ["article_paragraphs", "number_in_words_only"])
    d = new_docx("Malgun Gothic", 10)
    docx_header_footer(d, "SEJIN ENERGY SOLUTION  |  Quality Assurance Agreement", f"Agreement No. {no}  /  품질보증협약서")
    docx_par(d, "QUALITY ASSURANCE AGREEMENT", bold=True, size=16, align="center")
    docx_par(d, "(품질보증협약서)", align="center")
    docx_par(d, f"Agreement No.: {no}", align="center")
    docx_par(d, f"{BUYER} (hereinafter \"Buyer\") and {SJ.legal_name} (hereinafter \"Seller\") agree as follows "
                "with respect to the quality of the lithium-ion pouch cells supplied by Seller.")
    arts = [
        ("Article 1 (Purpose)", ["The purpose of this Agreement is to define the quality assurance obligations of Seller so that the Products meet Buyer's requirements."]),
        ("Article 2 (Definitions)", ["1. \"Products\" means the pouch cells SJ-P50E and SJ-P63E and the cylindrical cells SJ-C21700-50.",
                                     "2. \"Working day\" means a day on which banks are open in both Seoul and Amsterdam.",
                                     "3. \"PPM\" means the number of nonconforming Products per one million Products delivered."]),
        ("Article 3 (Quality System)", ["Seller shall maintain IATF 16949 certification at its Ochang plant and notify Buyer without delay of any suspension or withdrawal."]),
        ("Article 4 (Incoming Inspection)", ["Buyer shall inspect the Products within fifteen (15) days of receipt for visible defects and quantity. Hidden defects may be claimed at any time within the warranty period."]),
        ("Article 5 (Quality Targets)", ["1. Seller shall keep the defect rate of the Products, counted at Buyer's incoming inspection and in Buyer's production, at or below thirty (30) PPM on a rolling twelve (12) month basis.",
                                         "2. The capacity (Cpk) of the key characteristics listed in the control plan shall be 1.67 or more."]),
        ("Article 6 (Records)", ["Seller shall keep quality records for fifteen (15) years after the last delivery of the Product concerned."]),
        ("Article 7 (Handling of Claims)", ["1. Seller shall acknowledge receipt of Buyer's claim within twenty-four hours.",
                                           "2. Seller shall submit a countermeasure report in 8D format within ten (10) working days after receipt of the claim, including root cause and verification of effectiveness.",
                                           "3. Costs of sorting, rework and line stoppage caused by nonconforming Products shall be borne by Seller."]),
        ("Article 9 (Change Management)", ["1. Seller shall notify Buyer in writing at least six (6) months prior to any change in man, machine, material or method (4M change), including a change of sub-supplier or production site.",
                                           "2. No change shall be implemented before Buyer's written approval of the PPAP resubmission."]),
        ("Article 12 (Term)", ["This Agreement shall become effective as of 2026.02.01 and remain in force for one (1) year. It shall be automatically extended by one (1) year unless either party notifies the other of termination three (3) months prior to expiry."]),
        ("Article 14 (Governing Law and Jurisdiction)", ["This Agreement shall be governed by the laws of the Republic of Korea. The Seoul Central District Court shall have exclusive jurisdiction."]),
    ]
    for head, lines in arts:
        docx_par(d, head, bold=True)
        for line in lines:
            docx_par(d, line)
    docx_par(d, "")
    docx_table(d, [["BUYER", "SELLER"], [BUYER, SJ.legal_name],
                   ["By: Maarten de Wilde, CPO", "By: Lee Dong-hyun, Head of Quality Management Division"],
                   ["Date: 2026.01.22", "Date: 2026.01.20"]])
    save_docx(d, path)


def k04_sj_warranty(C: Corpus) -> None:
    """A warranty agreement: years, cycles and state of health in separate paragraphs of one Article; a liability
    cap in percent and a failure-analysis period are distractors."""
    no, eff = "SJES-WA-2026-0042", D(2026, 6, 1)
    facts = [warranty(no, eff, "Article 3", 8, 2500, 80.0)]
    path = C.add(SJ, "agreements/SJES-WA-2026-0042 Product Warranty Agreement.pdf", "contract",
                 "hw-en-warranty-soh", facts, ["warranty_split_paragraphs"])
    lk = Look("Arial", 9.6, margins=(24, 24, 24, 22))
    b = lambda t: P(t, lk.body)  # noqa: E731
    s = [P("PRODUCT WARRANTY AGREEMENT", lk.h1), P(f"Contract No. {no}", lk.center), SP(4),
         b(f"This Product Warranty Agreement (this \"Agreement\") is entered into on 18 May 2026 by and between "
           f"{SJ.legal_name}, {ADDR[SJ.name]} (\"Seller\") and {BUYER}, {BUYER_ADDR} (\"Buyer\")."),
         P("Article 1 (Scope)", lk.h3),
         b("This Agreement applies to the Products SJ-P50E and SJ-P63E delivered by Seller to Buyer under Buyer's "
           "purchase orders and is supplementary to the Quality Assurance Agreement No. SJES-QA-2026-0117."),
         P("Article 2 (Effective Date)", lk.h3),
         b("This Agreement is effective as of 1 June 2026 (the \"Effective Date\") and applies to all Products "
           "delivered on or after the Effective Date."),
         P("Article 3 (Warranty Period and Performance)", lk.h3),
         b("3.1 Seller warrants the Products for a period of eight (8) years from the date of delivery or 2,500 "
           "equivalent full cycles (EFC), whichever comes first (the \"Warranty Period\")."),
         b("3.2 During the Warranty Period, the State of Health (SOH) of each Product, being its discharge capacity "
           "measured according to Annex 2 divided by its initial rated capacity, shall not be less than eighty "
           "percent (80 %), provided that the Product has been operated within the limits of the Product "
           "Specification (temperature 15–35 °C, charge rate ≤ 1C, depth of discharge ≤ 95 %)."),
         b("3.3 The Warranty Period of a repaired or replaced Product shall not be extended."),
         P("Article 4 (Remedies)", lk.h3),
         b("If a Product fails to meet Article 3, Seller shall at its option repair or replace the Product, or "
           "refund its purchase price reduced pro rata to the cycles performed."),
         P("Article 5 (Claims Procedure)", lk.h3),
         b("Buyer shall return the Product with the BMS log data. Seller shall complete the failure analysis within "
           "thirty (30) days after receipt of the returned Product and share the analysis report with Buyer."),
         P("Article 6 (Limitation)", lk.h3),
         b("Seller's aggregate liability under this Agreement shall not exceed ten percent (10 %) of the total "
           "purchase price paid for the Products in the twelve (12) months preceding the claim, except for "
           "personal injury and product liability."),
         P("Article 7 (Governing Law)", lk.h3),
         b("This Agreement is governed by the laws of the Republic of Korea."), SP(8),
         sig(lk, [SJ.legal_name, "", "Name: Lee Dong-hyun", "Title: Head of Quality Management Division"],
             [BUYER, "", "Name: Maarten de Wilde", "Title: Chief Procurement Officer"])]
    pdf(path, s, lk, running(footer_left=f"{no} · Product Warranty Agreement", footer_right="{page}/{total}"))


def k05_ks_qa_ja(C: Corpus) -> None:
    """A Japanese 品質保証協定書 with English glosses: 第6条 (defect rate), 第8条第1項/第2項 (acknowledgement, 8D),
    第10条 (change notice in days); the effective date only in Japanese."""
    no, eff = "KAM-QA-2604", D(2026, 4, 1)
    facts = [ppm(no, eff, "第6条", 10),
             ack(no, eff, "第8条第1項", 24, "hours"),
             r8d(no, eff, "第8条第2項", 30, "days"),
             notice(no, eff, "第10条", 180, "days")]
    path = C.add(KS, "契約書/品質保証協定書_KAM-QA-2604.docx", "contract", "hw-ja-jou-kou", facts,
                 ["japanese", "article_paragraphs"])
    d = new_docx("MS Mincho", 10.5)
    docx_header_footer(d, "木曽アドバンストマテリアルズ株式会社", f"協定番号 {no}")
    docx_par(d, "品 質 保 証 協 定 書", bold=True, size=18, align="center")
    docx_par(d, "Quality Assurance Agreement", align="center")
    docx_par(d, f"協定番号：{no}", align="right")
    docx_par(d, f"{BUYER}（以下「甲」という。）と木曽アドバンストマテリアルズ株式会社（{KS.legal_name}、以下「乙」という。）"
                "は、乙が甲に納入する正極材料（NCA系正極活物質 KAM-NCA-88、KAM-NCA-91）の品質保証に関し、次のとおり協定する。")
    arts = [
        ("第1条（目的）", ["本協定は、乙が甲に納入する製品の品質を確保するため、甲乙間の品質保証に関する基本的事項を定める。"]),
        ("第3条（品質保証体制）", ["乙は、ISO 9001 に基づく品質マネジメントシステムを維持し、その認証の状況を甲に報告する。"]),
        ("第5条（受入検査）", ["甲は、製品受領後10日以内に受入検査を行う。"]),
        ("第6条（品質目標）", ["乙は、納入品の不良率を 10 ppm 以下とすることを目標とし、月次で実績を甲に報告する。",
                          "(Article 6: Supplier targets a defect rate of 10 ppm or less for delivered products, reported monthly.)"]),
        ("第8条（不具合発生時の対応）", ["1 乙は、甲から不具合の通知を受けた場合、24時間以内に受領した旨を甲に回答する。",
                                "2 乙は、前項の通知を受けた日から30日以内に、原因及び再発防止策を記載した対策書（8Dレポート）を甲に提出する。",
                                "3 乙は、暫定処置として、在庫品及び輸送中の製品の選別を直ちに実施する。"]),
        ("第10条（変更管理）", ["乙は、原材料、製造工程、製造場所又は外注先の変更（4M変更）を行う場合、実施予定日の180日前までに甲に書面で申請し、甲の承認を得なければならない。"]),
        ("第12条（記録の保管）", ["乙は、品質記録を製品の最終納入後10年間保管する。"]),
        ("第15条（有効期間）", ["本協定は、2026年4月1日から効力を生じ、1年間有効とする。ただし、期間満了の3か月前までに甲乙いずれからも書面による申出がない場合は、同一条件でさらに1年間延長され、以後も同様とする。"]),
        ("第16条（協議）", ["本協定に定めのない事項又は解釈に疑義が生じた事項については、甲乙誠意をもって協議のうえ解決する。"]),
    ]
    for head, lines in arts:
        docx_par(d, head, bold=True)
        for line in lines:
            docx_par(d, line)
    docx_par(d, "本協定の成立を証するため、本書2通を作成し、甲乙記名押印のうえ、各1通を保有する。")
    docx_par(d, "2026年3月25日", align="right")
    docx_table(d, [["甲", f"{BUYER}\nChief Procurement Officer  Maarten de Wilde"],
                   ["乙", "愛知県一宮市木曽川町3-14-2\n木曽アドバンストマテリアルズ株式会社\n品質保証部長　小野寺 健一　㊞"]],
               bold_head=False, bold_first_col=True, style="")
    save_docx(d, path)


def k06_mf_rahmenvertrag(C: Corpus) -> None:
    """German framework supply agreement with '§ 8 (3)' paragraphs: the Vertragsstrafe in per mille (3 ‰ = 0.3 %)
    per started working day after a two-day grace period, capped at '5 v. H.'; Skonto and Verzugszinsen are no SLA."""
    no, eff = "RLV-2025-0871", D(2026, 1, 1)
    facts = [otd(no, eff, "§ 8 (1)", 98.5),
             late(no, eff, "§ 8 (3)", 0.3, 5.0),
             ppm(no, eff, "§ 9 (2)", 100),
             warranty(no, eff, "§ 10 (1)", 5, None, None),
             notice(no, eff, "§ 11 (1)", 12, "months")]
    path = C.add(MF, "Verträge/Rahmenliefervertrag RLV-2025-0871 Kestrel (unterschrieben).pdf", "contract",
                 "hw-de-paragraphen", facts, ["german", "hard_penalty", "per_mille", "grace_period", "v_h"])
    lk = Look("Serif", 10, margins=(25, 22, 25, 22))
    b = lambda t: P(t, lk.body)  # noqa: E731
    h = lambda t: P(t, lk.h3)  # noqa: E731
    s = [P("Rahmenliefervertrag", lk.h1), P(f"Nr. {no}", lk.center), SP(4),
         b("zwischen"), b(f"{BUYER}, {BUYER_ADDR}\n– nachfolgend „Besteller“ –"), b("und"),
         b(f"{MF.legal_name}, {ADDR[MF.name]}, eingetragen im Handelsregister des Amtsgerichts Würzburg unter HRB 14 772\n"
           "– nachfolgend „Lieferant“ –"), SP(2),
         h("§ 1 Vertragsgegenstand"),
         b("(1) Der Lieferant liefert dem Besteller Batteriemodule und Batteriesysteme der Typen MFB-48V-2.4, "
           "MFB-400V-60 und MFB-800V-90 gemäß den jeweils gültigen Lastenheften (Anlage 1)."),
         b("(2) Einzelne Lieferungen werden durch Abrufe des Bestellers auf Grundlage dieses Vertrages vereinbart."),
         h("§ 2 Vertragsbeginn und Laufzeit"),
         b("(1) Dieser Vertrag tritt am 01.01.2026 in Kraft und läuft auf unbestimmte Zeit."),
         b("(2) Er kann von jeder Partei mit einer Frist von zwölf (12) Monaten zum Ende eines Kalenderjahres "
           "ordentlich gekündigt werden. Das Recht zur außerordentlichen Kündigung bleibt unberührt."),
         h("§ 5 Preise und Zahlungsbedingungen"),
         b("(1) Die Preise ergeben sich aus der Preisvereinbarung (Anlage 3); sie verstehen sich netto zuzüglich "
           "der gesetzlichen Umsatzsteuer, geliefert DAP Eindhoven (Incoterms® 2020)."),
         b("(2) Zahlungen erfolgen innerhalb von 30 Tagen netto oder innerhalb von 14 Tagen unter Abzug von 3 % "
           "Skonto. Bei Zahlungsverzug schuldet der Besteller Verzugszinsen in Höhe von neun Prozentpunkten über "
           "dem Basiszinssatz (§ 288 Abs. 2 BGB)."),
         h("§ 8 Liefertermine, Liefertermintreue, Vertragsstrafe"),
         b("(1) Der Lieferant verpflichtet sich zu einer Liefertermintreue von mindestens 98,5 %, gemessen je "
           "Kalendermonat als Anteil der termin- und mengengerecht gelieferten Abrufpositionen an allen fälligen "
           "Abrufpositionen."),
         b("(2) Ein Liefertermin gilt als eingehalten, wenn die Ware frühestens einen (1) Arbeitstag vor und "
           "spätestens am bestätigten Liefertermin an der Empfangsstelle eingeht."),
         b("(3) Gerät der Lieferant in Lieferverzug, so kann der Besteller für jeden angefangenen Werktag des "
           "Verzugs, der über eine Karenzzeit von zwei (2) Werktagen hinausgeht, eine Vertragsstrafe in Höhe von "
           "3 ‰ (drei Promille) des Nettowertes der verspäteten Lieferung verlangen, insgesamt jedoch nicht mehr "
           "als 5 v. H. des Nettoauftragswertes der betreffenden Bestellung. Die Vertragsstrafe wird auf einen "
           "weitergehenden Verzugsschaden angerechnet. Der Vorbehalt der Vertragsstrafe kann bis zur "
           "Schlusszahlung erklärt werden."),
         b("(4) Der Lieferant hat drohende Lieferverzögerungen unverzüglich, spätestens innerhalb von 24 Stunden "
           "nach Kenntnis, schriftlich anzuzeigen."),
         h("§ 9 Qualität"),
         b("(1) Der Lieferant unterhält ein nach IATF 16949 zertifiziertes Qualitätsmanagementsystem. Es gilt die "
           "Qualitätssicherungsvereinbarung (Anlage 4)."),
         b("(2) Der Lieferant verpflichtet sich zu einer Ziel-Fehlerquote von höchstens 100 ppm, ermittelt über die "
           "jeweils letzten zwölf (12) Monate aus Wareneingangsprüfung und Feldausfällen."),
         h("§ 10 Mängelansprüche"),
         b("(1) Die Verjährungsfrist für Mängelansprüche (Gewährleistungsfrist) beträgt fünf (5) Jahre ab "
           "Gefahrübergang."),
         b("(2) Die Untersuchungs- und Rügepflicht des Bestellers nach § 377 HGB beschränkt sich auf äußerlich "
           "erkennbare Transportschäden und Abweichungen in Identität und Menge."),
         h("§ 11 Änderungen"),
         b("(1) Der Lieferant wird jede Änderung an Produkt, Prozess, Werkstoffen, Unterlieferanten oder "
           "Fertigungsstandort mindestens zwölf (12) Monate vor ihrer Umsetzung schriftlich anzeigen (Product "
           "Change Notification) und erst nach schriftlicher Freigabe durch den Besteller umsetzen."),
         h("§ 14 Geheimhaltung"),
         b("Die Geheimhaltungspflicht besteht für die Dauer von fünf (5) Jahren nach Vertragsende fort."),
         h("§ 17 Schlussbestimmungen"),
         b("(1) Es gilt das Recht der Bundesrepublik Deutschland unter Ausschluss des UN-Kaufrechts. "
           "(2) Gerichtsstand ist Würzburg."), SP(8),
         sig(lk, ["Eindhoven, den 12.11.2025", "", "______________________", f"{BUYER}",
                  "Maarten de Wilde, Chief Procurement Officer"],
             ["Würzburg, den 10.11.2025", "", "______________________", MF.legal_name,
              "Dr. Tobias Reinhardt, Geschäftsführer"])]
    pdf(path, s, lk, running(header_left=f"Rahmenliefervertrag {no}", footer_right="Seite {page} von {total}"))


def k07_mf_nachtrag(C: Corpus) -> None:
    """A German amendment ('1. Nachtrag'): § 8 (1) gets a new wording (99,0 %); in § 8 (3) only the cap is replaced
    ('5 v. H.' by '8 v. H.'), so the rate is not stated in this document; the unchanged ppm target is restated and
    is no fact of the amendment."""
    no, eff = "RLV-2025-0871", D(2026, 7, 1)
    facts = [otd(no, eff, "§ 8 (1)", 99.0),
             late(no, eff, "§ 8 (3)", None, 8.0)]  # the rate stays in the contract; this document does not state it
    path = C.add(MF, "Verträge/1. Nachtrag RLV-2025-0871.docx", "contract", "hw-de-nachtrag", facts,
                 ["german", "amendment", "cap_only", "hard_penalty"])
    d = new_docx("Arial", 10)
    docx_header_footer(d, f"{MF.legal_name} – {BUYER}", "Nachtrag Nr. 1 zum Rahmenliefervertrag")
    docx_par(d, "1. Nachtrag", bold=True, size=16, align="center")
    docx_par(d, f"zum Rahmenliefervertrag Nr. {no} vom 12.11.2025", align="center")
    docx_par(d, f"zwischen {BUYER} („Besteller“) und {MF.legal_name} („Lieferant“)", align="center")
    docx_par(d, "")
    docx_par(d, "Präambel", bold=True)
    docx_par(d, "Die Parteien haben nach Auswertung der Lieferkennzahlen des ersten Halbjahres 2026 vereinbart, die "
                "Anforderungen an die Liefertermintreue anzuheben und im Gegenzug die Laufzeit der Preisvereinbarung "
                "(Anlage 3) bis zum 31.12.2027 zu verlängern. Dies vorausgeschickt, vereinbaren die Parteien Folgendes:")
    docx_par(d, "Artikel 1 – Änderung von § 8 Abs. 1", bold=True)
    docx_par(d, "§ 8 Abs. 1 des Rahmenliefervertrages erhält folgende Fassung:")
    docx_par(d, "„(1) Der Lieferant verpflichtet sich zu einer Liefertermintreue von mindestens 99,0 %, gemessen je "
                "Kalendermonat als Anteil der termin- und mengengerecht gelieferten Abrufpositionen an allen fälligen "
                "Abrufpositionen.“", italic=True)
    docx_par(d, "Artikel 2 – Änderung von § 8 Abs. 3", bold=True)
    docx_par(d, "In § 8 Abs. 3 Satz 1 wird die Angabe „5 v. H.“ durch die Angabe „8 v. H.“ ersetzt.")
    docx_par(d, "Artikel 3 – Anlage 3", bold=True)
    docx_par(d, "Die Preisvereinbarung (Anlage 3) gilt unverändert bis zum 31.12.2027.")
    docx_par(d, "Artikel 4 – Inkrafttreten, Fortgeltung", bold=True)
    docx_par(d, "(1) Dieser Nachtrag tritt mit Wirkung zum 1. Juli 2026 in Kraft.")
    docx_par(d, "(2) Im Übrigen bleiben die Bestimmungen des Rahmenliefervertrages unverändert. Insbesondere bleibt "
                "die Ziel-Fehlerquote von höchstens 100 ppm nach § 9 Abs. 2 unberührt.")
    docx_par(d, "")
    docx_table(d, [["Eindhoven, 24.06.2026", "Würzburg, 19.06.2026"],
                   [f"{BUYER}\ngez. Maarten de Wilde", f"{MF.legal_name}\ngez. Dr. Tobias Reinhardt"]],
               bold_head=False, style="")
    save_docx(d, path)


def k08_od_framework(C: Corpus) -> None:
    """A Polish supplier's English framework agreement in '§' sections with two schedules: a KPI table (items 1-5,
    item 5 a response time for quotations that is no SLA of ours) and a remedies schedule with a service credit per
    percentage point of shortfall and a contractual penalty per started week."""
    no, eff = "OPP/FPA/2025/031", D(2026, 1, 1)
    facts = [otd(no, eff, "Schedule 2, item 1", 97.0, term_years=3),
             ppm(no, eff, "Schedule 2, item 2", 100),
             ack(no, eff, "Schedule 2, item 3", 48, "hours"),
             r8d(no, eff, "Schedule 2, item 4", 15, "days"),
             credit(no, eff, "Schedule 3, item 1", 1.5, 6.0),
             late(no, eff, "Schedule 3, item 2", 2.0, 10.0)]
    path = C.add(OD, "umowy/FPA OPP-FPA-2025-031 with schedules.docx", "contract", "hw-pl-en-schedules", facts,
                 ["kpi_table", "service_credit", "per_started_week"])
    d = new_docx("Calibri", 10)
    docx_header_footer(d, f"Framework Purchase Agreement No. {no}", "Odra Power Packs Sp. z o.o. – confidential")
    docx_par(d, "FRAMEWORK PURCHASE AGREEMENT", bold=True, size=15, align="center")
    docx_par(d, f"No. {no}", align="center")
    docx_par(d, "concluded in Wrocław on 28 November 2025 between:")
    docx_par(d, f"{BUYER}, {BUYER_ADDR}, represented by Maarten de Wilde, Chief Procurement Officer "
                "(the \"Buyer\"),")
    docx_par(d, f"and {OD.legal_name}, {ADDR[OD.name]}, entered in the register of entrepreneurs of the National Court "
                "Register under KRS 0000587214, NIP 8951234560, share capital PLN 12,000,000, represented by Agnieszka "
                "Wróblewska, President of the Management Board (the \"Supplier\").")
    secs = [
        ("§ 1 Subject matter", ["1. The Supplier shall manufacture and deliver battery modules OPP-M12-LFP and battery packs OPP-P48-200 and OPP-P96-280 (the \"Products\") on the basis of call-off orders issued by the Buyer."]),
        ("§ 2 Term", ["1. This Agreement shall enter into force on 1 January 2026 and is concluded for a definite period of three (3) years.",
                      "2. Either Party may terminate this Agreement with six (6) months' notice effective at the end of a calendar quarter."]),
        ("§ 4 Call-off orders", ["1. The Supplier shall confirm each call-off order within two (2) working days. The lead time for Products is six (6) weeks from the order."]),
        ("§ 6 Prices and payment", ["1. Prices are stated in EUR, DAP Eindhoven (Incoterms® 2020).",
                                    "2. Invoices are payable within forty-five (45) days of receipt of a correct invoice. For late payment the Supplier may charge statutory interest for delay in commercial transactions."]),
        ("§ 7 Service levels", ["1. The Supplier shall meet the key performance indicators set out in Schedule 2.",
                                "2. The remedies for failure to meet them are set out in Schedule 3. They are without prejudice to the Buyer's right to claim damages exceeding the amounts in Schedule 3."]),
        ("§ 10 Confidentiality", ["The obligation of confidentiality continues for five (5) years after expiry of this Agreement."]),
        ("§ 12 Final provisions", ["1. This Agreement is governed by Polish law. 2. Disputes shall be resolved by the common court competent for the registered office of the Supplier. 3. Amendments require written form under pain of nullity."]),
    ]
    for head, lines in secs:
        docx_par(d, head, bold=True)
        for line in lines:
            docx_par(d, line)
    docx_par(d, "")
    docx_par(d, "Schedule 2 – Key Performance Indicators", bold=True, size=12)
    docx_table(d, [["Item", "KPI", "Target", "Measurement"],
                   ["1", "On-time delivery (OTD) – order lines delivered complete on the confirmed date (−2/+0 days)", "≥ 97.0 %", "monthly"],
                   ["2", "Quality – defective parts per million delivered", "≤ 100 ppm", "rolling 3 months"],
                   ["3", "Acknowledgement of a quality complaint", "within 48 hours", "per complaint"],
                   ["4", "Complete 8D report", "within 15 calendar days", "per complaint"],
                   ["5", "Response to a request for quotation", "5 working days", "per request"]])
    docx_par(d, "")
    docx_par(d, "Schedule 3 – Remedies", bold=True, size=12)
    docx_par(d, "1. Service credit. If the OTD in a calendar month falls below the target in Schedule 2, item 1, the "
                "Supplier shall grant the Buyer a service credit of 1.5 % of the net value invoiced in that month for "
                "each full percentage point of shortfall, not exceeding 6 % of that month's net invoiced value. The "
                "credit shall be settled by a credit note within 30 days after the end of the month.")
    docx_par(d, "2. Late delivery. For each started week of delay in delivering a call-off order the Supplier shall "
                "pay a contractual penalty of 2 % of the net value of the delayed delivery, up to a maximum of 10 % "
                "of that value.")
    docx_par(d, "3. Quality. If the ppm target in Schedule 2, item 2 is missed in two consecutive measurement periods, "
                "the Supplier shall present an improvement plan and the Buyer may place the Supplier on controlled "
                "shipping level 1 at the Supplier's cost.")
    docx_par(d, "")
    docx_table(d, [["For the Buyer", "For the Supplier"],
                   ["Maarten de Wilde\nChief Procurement Officer", "Agnieszka Wróblewska\nPresident of the Management Board"]])
    save_docx(d, path)


def k09_od_amendment(C: Corpus) -> None:
    """An English amendment with an old/new table: the previous targets are distractors, the new ones the facts;
    a reference to Amendment No. 1 (prices) yields nothing."""
    no, eff = "OPP/FPA/2025/031", D(2026, 9, 1)
    facts = [otd(no, eff, "Schedule 2, item 1", 98.0), ppm(no, eff, "Schedule 2, item 2", 75)]
    path = C.add(OD, "umowy/Amendment No 2 to FPA OPP-FPA-2025-031.pdf", "contract", "hw-en-amendment-table", facts,
                 ["amendment", "old_new_table"])
    lk = Look("Arial", 9.8, margins=(22, 22, 24, 22))
    b = lambda t: P(t, lk.body)  # noqa: E731
    s = [P("AMENDMENT No. 2", lk.h1),
         P(f"to Framework Purchase Agreement No. {no} dated 28 November 2025", lk.center), SP(5),
         b(f"This Amendment No. 2 is made on 14 August 2026 between {BUYER} (the \"Buyer\") and {OD.legal_name} "
           "(the \"Supplier\")."),
         b("Whereas Amendment No. 1 dated 3 March 2026 adjusted the prices in Schedule 1 to the aluminium index, and "
           "whereas the Parties wish to raise the service levels following the transfer of module assembly to the "
           "Supplier's new plant in Oława, the Parties agree as follows:"),
         P("1. Amendment of Schedule 2", lk.h3),
         b("The targets of Schedule 2 (Key Performance Indicators) are amended as follows:"),
         TBL(lk, [["Schedule 2 item", "KPI", "Previous target", "New target"],
                  ["1", "On-time delivery (OTD), monthly", "≥ 97.0 %", "≥ 98.0 %"],
                  ["2", "Quality – defective ppm, rolling 3 months", "≤ 100 ppm", "≤ 75 ppm"]],
             [30, 70, 35, 35]), SP(3),
         P("2. Effective date", lk.h3),
         b("This Amendment shall apply with effect from 1 September 2026. The OTD for August 2026 shall be measured "
           "against the previous target."),
         P("3. Other provisions", lk.h3),
         b("All other provisions of the Agreement, including Schedule 3 (Remedies), remain unchanged. This "
           "Amendment has been executed in two identical counterparts, one for each Party."), SP(10),
         sig(lk, ["For the Buyer", "", "Maarten de Wilde", "Chief Procurement Officer"],
             ["For the Supplier", "", "Agnieszka Wróblewska", "President of the Management Board"])]
    pdf(path, s, lk, running(footer_center="Amendment No. 2 – page {page} of {total}"))


def k10_bj_contrato(C: Corpus) -> None:
    """A Mexican 'contrato marco' in Spanish, clauses numbered by ordinal words ('CLÁUSULA QUINTA.-'); the late-delivery 'pena
    convencional' per week or fraction with its cap in words and figures; 'entrará en vigor en la fecha de firma del
    último de los contratantes' and undated signature lines, so the effective date is not stated."""
    no = "BDB-CMS-026/2026"
    facts = [otd(no, None, "Cláusula Quinta", 95.0, term_years=2),
             late(no, None, "Cláusula Sexta", 1.0, 10.0),
             ppm(no, None, "Cláusula Séptima", 200)]
    path = C.add(BJ, "contratos/Contrato marco de suministro BDB-CMS-026-2026.pdf", "contract",
                 "hw-es-mx-clausulas-ordinales", facts, ["spanish", "effective_last_signature", "words_and_figures"])
    lk = Look("Arial", 9.6, margins=(25, 25, 25, 22))
    b = lambda t: P(t, lk.body)  # noqa: E731
    h = lambda t: P(t, lk.h3)  # noqa: E731
    s = [P(f"CONTRATO MARCO DE SUMINISTRO No. {no}", lk.h1),
         b(f"QUE CELEBRAN POR UNA PARTE {BJ.legal_name.upper()}, REPRESENTADA EN ESTE ACTO POR EL ING. JORGE ARMANDO "
           "VILLASEÑOR RUIZ, EN SU CARÁCTER DE APODERADO LEGAL, A QUIEN EN LO SUCESIVO SE LE DENOMINARÁ \"EL "
           f"PROVEEDOR\", Y POR LA OTRA {BUYER.upper()}, REPRESENTADA POR EL SR. MAARTEN DE WILDE, A QUIEN EN LO "
           "SUCESIVO SE LE DENOMINARÁ \"EL CLIENTE\", AL TENOR DE LAS SIGUIENTES DECLARACIONES Y CLÁUSULAS:"),
         h("DECLARACIONES"),
         b("I. Declara EL PROVEEDOR que es una sociedad anónima de capital variable constituida conforme a las leyes "
           "de los Estados Unidos Mexicanos, según consta en la escritura pública número 48,211 otorgada ante la fe "
           "del Notario Público número 12 de Querétaro, y que su Registro Federal de Contribuyentes es BBA150312KQ4."),
         b("II. Declara EL CLIENTE que es una sociedad constituida conforme a las leyes del Reino de los Países Bajos."),
         h("CLÁUSULAS"),
         b("CLÁUSULA PRIMERA.- OBJETO. EL PROVEEDOR se obliga a fabricar y suministrar a EL CLIENTE paquetes de baterías de "
           "ion-litio modelos BDB-PK-350 y BDB-PK-700 (en lo sucesivo \"LOS PRODUCTOS\"), conforme a los pedidos que "
           "EL CLIENTE emita al amparo del presente contrato."),
         b("CLÁUSULA SEGUNDA.- PEDIDOS. EL PROVEEDOR confirmará cada pedido dentro de los dos (2) días hábiles siguientes a "
           "su recepción."),
         b("CLÁUSULA TERCERA.- PRECIO Y FORMA DE PAGO. EL CLIENTE pagará las facturas dentro de los sesenta (60) días "
           "naturales siguientes a su recepción, mediante transferencia electrónica. Los precios se expresan en "
           "dólares de los Estados Unidos de América, más el Impuesto al Valor Agregado."),
         b("CLÁUSULA CUARTA.- ENTREGAS. Las entregas se realizarán DAP Eindhoven (Incoterms® 2020) en las fechas confirmadas "
           "por EL PROVEEDOR."),
         b("CLÁUSULA QUINTA.- NIVEL DE SERVICIO. EL PROVEEDOR se obliga a mantener un índice de entregas a tiempo no "
           "inferior al noventa y cinco por ciento (95 %), medido mensualmente sobre el total de partidas "
           "entregadas."),
         b("CLÁUSULA SEXTA.- PENA CONVENCIONAL POR RETRASO. En caso de que EL PROVEEDOR no entregue LOS PRODUCTOS en la fecha "
           "pactada por causas imputables a él, pagará a EL CLIENTE por concepto de pena convencional una cantidad "
           "equivalente al uno por ciento (1 %) del valor de la mercancía no entregada a tiempo, por cada semana o "
           "fracción de retraso, sin que el monto total de las penas convencionales exceda del diez por ciento "
           "(10 %) del valor total del pedido correspondiente. EL CLIENTE podrá descontar el importe de las penas "
           "de cualquier pago pendiente."),
         b("CLÁUSULA SÉPTIMA.- CALIDAD. El índice de defectos de LOS PRODUCTOS, medido en la inspección de recibo y en la "
           "línea de producción de EL CLIENTE, no deberá exceder de doscientas (200) partes por millón (ppm)."),
         b("CLÁUSULA OCTAVA.- GARANTÍA. EL PROVEEDOR garantiza LOS PRODUCTOS contra defectos de fabricación conforme a la "
           "póliza de garantía que como Anexo C forma parte del presente contrato."),
         b("CLÁUSULA DÉCIMA.- VIGENCIA. El presente contrato entrará en vigor en la fecha de firma del último de los "
           "contratantes y tendrá una vigencia de dos (2) años, prorrogable por periodos iguales salvo aviso en "
           "contrario con noventa (90) días naturales de anticipación."),
         b("CLÁUSULA DÉCIMA SEGUNDA.- CONFIDENCIALIDAD. Las partes guardarán confidencialidad sobre la información que "
           "reciban durante la vigencia del contrato y tres (3) años después de su terminación."),
         b("CLÁUSULA DÉCIMA QUINTA.- JURISDICCIÓN. Para la interpretación y cumplimiento del presente contrato las partes se "
           "someten a las leyes federales de los Estados Unidos Mexicanos y a la jurisdicción de los tribunales "
           "competentes de la ciudad de Santiago de Querétaro, Querétaro, renunciando a cualquier otro fuero."),
         SP(6),
         b("Leído que fue el presente contrato y enteradas las partes de su contenido y alcance legal, lo firman por "
           "duplicado."), SP(6),
         sig(lk, ["EL PROVEEDOR", "", "______________________", "Ing. Jorge Armando Villaseñor Ruiz", "Apoderado legal",
                  "Fecha: ____________________"],
             ["EL CLIENTE", "", "______________________", "Sr. Maarten de Wilde", "Chief Procurement Officer",
              "Fecha: ____________________"])]
    pdf(path, s, lk, running(footer_right="Página {page} de {total}", footer_left=f"Contrato {no}"))


def k11_cg_sla_exhibit(C: Corpus) -> None:
    """A US 'Exhibit C – Service Level Agreement' (letter size) with 'Section 2(1)' paragraphs: quarterly OTD, a
    service credit per full percentage point of shortfall capped at 'one-tenth of the Quarterly Invoiced Amount',
    DPPM, Business Days, a performance warranty in energy retention."""
    no, eff = "CGW-MSA-2026-007", D(2026, 6, 1)
    facts = [otd(no, eff, "Section 2(1)", 95.0),
             credit(no, eff, "Section 2(2)", 2.0, 10.0),
             ppm(no, eff, "Section 3(1)", 250),
             ack(no, eff, "Section 3(2)", 1, "working days"),
             r8d(no, eff, "Section 3(3)", 10, "working days"),
             warranty(no, eff, "Section 4(1)", 10, 6000, 70.0)]
    path = C.add(CG, "legal/MSA CGW-MSA-2026-007 Exhibit C - SLA.pdf", "contract", "hw-us-exhibit-sections", facts,
                 ["service_credit", "cap_as_fraction", "hard_penalty", "business_days"])
    lk = Look("Serif", 10.2, pagesize=LETTER, margins=(25, 25, 25, 22))
    b = lambda t: P(t, lk.body)  # noqa: E731
    h = lambda t: P(t, lk.h3)  # noqa: E731
    s = [P("EXHIBIT C", lk.h1), P("SERVICE LEVEL AGREEMENT", lk.centerb),
         P(f"to Master Supply Agreement No. {no} between {BUYER} (\"Buyer\") and {CG.legal_name} (\"Supplier\")",
           lk.center), SP(4),
         b("This Exhibit is effective as of June 1, 2026 and is incorporated into the Master Supply Agreement (the "
           "\"MSA\"). Capitalized terms not defined here have the meanings given in the MSA. In case of conflict, "
           "this Exhibit prevails with respect to service levels."),
         h("Section 1. Definitions"),
         b("(1) \"Quarterly OTD\" means the number of Purchase Order lines for BESS units (CGW-BESS-2150, "
           "CGW-BESS-5000-AC) delivered complete no later than the Confirmed Delivery Date in a calendar quarter, "
           "divided by all Purchase Order lines due in that quarter, expressed as a percentage."),
         b("(2) \"Quarterly Invoiced Amount\" means the net amount invoiced by Supplier for Products delivered in "
           "the calendar quarter concerned."),
         b("(3) \"Business Day\" means any day other than a Saturday, Sunday or U.S. federal holiday."),
         h("Section 2. Delivery Performance"),
         b("(1) Supplier shall achieve a Quarterly OTD of at least ninety-five percent (95%)."),
         b("(2) Service Credits. If the Quarterly OTD is below the level required by Section 2(1), Supplier shall "
           "issue to Buyer a credit memo equal to two percent (2%) of the Quarterly Invoiced Amount for each full "
           "percentage point (or part thereof) by which the Quarterly OTD falls short, provided that the aggregate "
           "Service Credits for any quarter shall not exceed one-tenth of the Quarterly Invoiced Amount. Service "
           "Credits are a price adjustment reflecting the reduced value of the services and not a penalty."),
         b("(3) If the Quarterly OTD is below eighty-five percent (85%) in two consecutive quarters, Buyer may "
           "terminate the MSA for cause on thirty (30) days' written notice."),
         h("Section 3. Quality"),
         b("(1) Supplier shall maintain a field and incoming defect rate (DPPM) of no more than 250, measured on a "
           "rolling four-quarter basis across all Products shipped."),
         b("(2) Supplier shall acknowledge each Nonconformance Notice within one (1) Business Day."),
         b("(3) Supplier shall deliver a complete 8D report within ten (10) Business Days after the Nonconformance "
           "Notice, and an interim containment report within forty-eight (48) hours."),
         h("Section 4. Performance Warranty"),
         b("(1) Supplier warrants that each BESS unit shall, for ten (10) years from the Commercial Operation Date "
           "or 6,000 full cycles, whichever is reached first, retain usable energy of at least seventy percent "
           "(70%) of its Nameplate Energy, when operated in accordance with the Operating Parameters in Exhibit D."),
         b("(2) Availability. Supplier's remote monitoring service shall be available 99.5% of the time in each "
           "calendar month, excluding scheduled maintenance."),
         h("Section 5. Reporting"),
         b("Supplier shall deliver a quarterly performance report within fifteen (15) days after each calendar "
           "quarter, showing Quarterly OTD, DPPM and open 8D reports."),
         h("Section 6. Payment Terms"),
         b("Undisputed invoices are payable net forty-five (45) days. Service Credits shall be deducted from the "
           "next invoice."), SP(10),
         sig(lk, [f"{BUYER}", "By: ______________________", "Name: Maarten de Wilde", "Title: Chief Procurement Officer"],
             [f"{CG.legal_name}", "By: ______________________", "Name: Rebecca T. Lindqvist",
              "Title: VP, Commercial Operations"])]
    pdf(path, s, lk, running(footer_left=f"MSA {no} – Exhibit C", footer_right="Page {page} of {total}",
                             header_right="CONFIDENTIAL"))


def k12_pa_contrat_cadre(C: Corpus) -> None:
    """A French framework agreement: 'taux de service' per quarter, late-delivery penalties per complete week in
    Article 9.1 with the cap ('plafonnées') in 9.2; Article 14 also says 'pénalités de retard' but of late payment
    (three times the legal interest rate + EUR 40), which is no SLA."""
    no, eff = "PA-CC-2026-004", D(2026, 2, 1)
    facts = [otd(no, eff, "Article 8.1", 96.0, term_years=4),
             late(no, eff, "Article 9", 1.5, 15.0),
             notice(no, eff, "Article 11", 6, "months")]
    path = C.add(PA, "contrats/Contrat-cadre d'approvisionnement PA-CC-2026-004.pdf", "contract",
                 "hw-fr-articles", facts, ["french", "late_payment_trap", "cap_in_next_paragraph"])
    lk = Look("Serif", 10, margins=(25, 22, 25, 22))
    b = lambda t: P(t, lk.body)  # noqa: E731
    h = lambda t: P(t, lk.h3)  # noqa: E731
    s = [P("CONTRAT-CADRE D'APPROVISIONNEMENT", lk.h1), P(f"N° {no}", lk.center), SP(4),
         b("ENTRE LES SOUSSIGNÉS :"),
         b(f"{PA.legal_name}, société par actions simplifiée au capital de 4 500 000 €, dont le siège social est "
           f"situé {ADDR[PA.name]}, immatriculée au RCS de Nantes sous le n° 882 417 305, représentée par Madame "
           "Claire Le Goff, Présidente, ci-après « le Fournisseur »,"),
         b(f"ET {BUYER}, société de droit néerlandais, {BUYER_ADDR}, représentée par Monsieur Maarten de Wilde, "
           "ci-après « le Client »."),
         h("Article 1 – Objet"),
         b("Le présent contrat a pour objet de définir les conditions dans lesquelles le Fournisseur livre au Client "
           "des précurseurs de matériaux actifs de cathode (pCAM) de type NMC 811 et NMC 622 (références PA-P811-S, "
           "PA-P622-S)."),
         h("Article 2 – Durée"),
         b("Le présent contrat prend effet le 1er février 2026 pour une durée de quatre (4) ans. Il pourra être "
           "renouvelé par avenant."),
         h("Article 8 – Livraisons"),
         b("8.1 Le Fournisseur s'engage à un taux de service (livraisons conformes en date et en quantité) d'au "
           "moins 96 % par trimestre civil."),
         b("8.2 Les délais de livraison sont de huit (8) semaines à compter de la réception de la commande ; le "
           "Fournisseur accuse réception de chaque commande sous quarante-huit (48) heures."),
         h("Article 9 – Pénalités de retard de livraison"),
         b("9.1 Tout retard de livraison imputable au Fournisseur donnera lieu, de plein droit et sans mise en "
           "demeure préalable, à l'application de pénalités égales à 1,5 % du montant hors taxes de la commande "
           "concernée par semaine complète de retard."),
         b("9.2 Les pénalités de retard sont plafonnées à 15 % du montant hors taxes de ladite commande. Elles ont "
           "un caractère libératoire, sauf faute lourde ou dolosive du Fournisseur."),
         h("Article 10 – Qualité"),
         b("Les produits sont conformes à la spécification technique convenue (teneur en Ni ≥ 60,5 %, humidité "
           "≤ 0,05 %, granulométrie D50 = 10 ± 1 µm). Le Fournisseur maintient une certification ISO 9001."),
         h("Article 11 – Notification des modifications"),
         b("Le Fournisseur notifiera au Client par écrit toute modification du procédé, des matières premières ou du "
           "site de fabrication au moins six (6) mois avant sa mise en œuvre."),
         h("Article 14 – Conditions de paiement"),
         b("Les factures sont payables à quarante-cinq (45) jours fin de mois à compter de la date d'émission. En "
           "application de l'article L. 441-10 du Code de commerce, tout retard de paiement entraîne de plein droit "
           "des pénalités de retard égales à trois fois le taux d'intérêt légal, ainsi qu'une indemnité forfaitaire "
           "pour frais de recouvrement de 40 €."),
         h("Article 16 – Confidentialité"),
         b("Les parties s'engagent à garder confidentielles les informations échangées pendant la durée du contrat "
           "et cinq (5) ans après son terme."),
         h("Article 18 – Droit applicable et juridiction"),
         b("Le présent contrat est soumis au droit français. Tout litige relève de la compétence exclusive du "
           "Tribunal de commerce de Nantes."), SP(8),
         b("Fait à Nantes, le 19 janvier 2026, en deux exemplaires originaux."), SP(4),
         sig(lk, ["Pour le Fournisseur", "Claire Le Goff, Présidente", "", "(signature)"],
             ["Pour le Client", "Maarten de Wilde, Chief Procurement Officer", "", "(signature)"])]
    pdf(path, s, lk, running(footer_right="Page {page}/{total}", footer_left=f"Contrat-cadre {no} – Paraphes : ____"))


def k13_hs_ans_anexo(C: Corpus) -> None:
    """A Spanish SLA annex ('Anexo III – Acuerdo de Nivel de Servicio') as a table: indicator, target, measurement,
    consequence; the late-delivery penalty in the table ('0,25 % … por día natural, máx. 5 %'); a monthly
    'bonificación' (service credit) without a cap in a paragraph below."""
    no, eff = "HEM-CS-2026-12", D(2026, 3, 1)
    facts = [otd(no, eff, "Anexo III, punto 1", 97.0),
             ppm(no, eff, "Anexo III, punto 2", 150),
             ack(no, eff, "Anexo III, punto 3", 2, "working days"),
             r8d(no, eff, "Anexo III, punto 4", 20, "days"),
             late(no, eff, "Anexo III, punto 5", 0.25, 5.0),
             credit(no, eff, "Anexo III, punto 6", 1.0, None)]
    path = C.add(HS, "contratos/Anexo III ANS - Contrato HEM-CS-2026-12.docx", "contract", "hw-es-ans-table", facts,
                 ["spanish", "kpi_table", "service_credit", "decimal_comma"])
    d = new_docx("Calibri", 10)
    docx_header_footer(d, f"{HS.legal_name} · Contrato de suministro n.º {no}", "Anexo III – ANS · pág. 1")
    docx_par(d, "ANEXO III", bold=True, size=14, align="center")
    docx_par(d, "ACUERDO DE NIVEL DE SERVICIO (ANS)", bold=True, size=13, align="center")
    docx_par(d, f"al Contrato de Suministro n.º {no} entre {BUYER} (el «Cliente») y {HS.legal_name} (el «Proveedor»)",
             align="center")
    docx_par(d, "")
    docx_par(d, "El presente Anexo entra en vigor el 1 de marzo de 2026 y forma parte inseparable del Contrato. Los "
                "indicadores se miden sobre los módulos y baterías HEM-BM-16S y HEM-ESS-RACK-51 suministrados.")
    docx_table(d, [["Punto", "Indicador", "Objetivo", "Medición", "Consecuencia por incumplimiento"],
                   ["1", "Puntualidad de entrega (OTD)", "≥ 97 %", "mensual, por línea de pedido", "Bonificación (punto 6)"],
                   ["2", "Calidad – piezas defectuosas por millón", "≤ 150 ppm", "trimestral móvil", "Plan de acción en 10 días"],
                   ["3", "Acuse de recibo de reclamaciones", "2 días laborables", "por reclamación", "—"],
                   ["4", "Informe 8D completo", "20 días naturales", "por reclamación", "—"],
                   ["5", "Retraso en la entrega", "—", "por pedido", "Penalización del 0,25 % del valor del pedido por día natural de retraso, máx. 5 %"]])
    docx_par(d, "")
    docx_par(d, "6. Bonificación por puntualidad. Si la puntualidad mensual es inferior al objetivo del punto 1, el "
                "Proveedor abonará al Cliente una bonificación del 1 % del importe facturado en dicho mes, mediante "
                "nota de abono emitida dentro de los quince (15) días siguientes al cierre del mes.")
    docx_par(d, "7. Revisión. Los objetivos se revisarán anualmente en la reunión de seguimiento del mes de enero. "
                "La disponibilidad del portal de pedidos del Proveedor será del 99 % en horario laboral.")
    docx_par(d, "8. Forma de pago. Las facturas se abonarán a sesenta (60) días fecha factura, conforme a la Ley "
                "15/2010 de medidas de lucha contra la morosidad.")
    docx_par(d, "")
    docx_table(d, [["Por el Cliente", "Por el Proveedor"],
                   ["Maarten de Wilde", "Rocío Benjumea Castaño, Directora de Operaciones"],
                   ["Fecha: 20/02/2026", "Fecha: 18/02/2026"]])
    save_docx(d, path)


def k14_dc_purchase_terms(C: Corpus) -> None:
    """An Indian buyer's purchase terms accepted by the supplier: 'LD @ ½% … per week or part thereof, subject to a
    maximum of 5%', 'w.e.f. 01.04.2026', no contract number (the document reference is not one); MSME payment terms
    and arbitration yield nothing."""
    eff = D(2026, 4, 1)
    facts = [late(_NO, eff, "Clause 14.1", 0.5, 5.0),
             notice(_NO, eff, "Clause 17", 90, "days")]  # no contract number: the document reference is none
    path = C.add(DC, "agreements/Purchase Terms and Conditions Rev04 - accepted.pdf", "contract", "hw-in-gtc-ld",
                 facts, ["hard_penalty", "half_percent_symbol", "w_e_f"])
    lk = Look("Cond", 8.4, margins=(16, 16, 18, 16))
    b = lambda t: P(t, lk.body)  # noqa: E731
    h = lambda t: P(t, lk.h3)  # noqa: E731
    s = [P("KESTREL BATTERY SYSTEMS INDIA PVT. LTD.", lk.h2),
         P("Unit 5, Hinjewadi Phase III, Pune 411057 · CIN U31904PN2024FTC228811 · GSTIN 27AAKCK5521R1Z3", lk.small),
         P("GENERAL TERMS AND CONDITIONS OF PURCHASE (Raw Materials)", lk.h1l),
         P("Doc. No. KBSI-PUR-GTC Rev. 04 · applicable w.e.f. 01.04.2026 to all Purchase Orders issued on or after "
           "that date, superseding Rev. 03", lk.small), SP(2),
         h("1. DEFINITIONS"),
         b("\"Purchaser\" means Kestrel Battery Systems India Pvt. Ltd.; \"Vendor\" means the supplier named in the "
           "Purchase Order; \"Purchase Order\" or \"PO\" means the Purchaser's order including these terms."),
         h("5. DELIVERY"),
         b("5.1 Delivery shall be made to the Purchaser's stores at Chakan on the date(s) stated in the PO. Partial "
           "deliveries require prior written consent. 5.2 Each consignment shall be accompanied by the Certificate "
           "of Analysis and tax invoice."),
         h("9. PAYMENT"),
         b("9.1 Payment shall be made within 90 days from the date of receipt and acceptance of material, or within "
           "45 days where the Vendor is registered as a micro or small enterprise under the MSMED Act, 2006."),
         h("14. LIQUIDATED DAMAGES"),
         b("14.1 Time is the essence of the PO. If the Vendor fails to deliver the supplies or any part thereof "
           "within the delivery period, the Purchaser shall, without prejudice to its other remedies, recover from "
           "the Vendor as agreed liquidated damages and not by way of penalty a sum equivalent to ½% (half per "
           "cent) of the price of the delayed supplies for each week or part thereof of delay, subject to a maximum "
           "of 5% (five per cent) of the total order value."),
         b("14.2 Delays caused by force majeure events notified within 7 days of their occurrence are excluded."),
         h("15. QUALITY AND INSPECTION"),
         b("15.1 Materials shall conform to the agreed specification and approved samples. Rejected material shall "
           "be lifted by the Vendor within fifteen (15) days at the Vendor's cost."),
         h("17. CHANGES"),
         b("The Vendor shall not change the composition, process, raw material source or manufacturing location of "
           "the supplies without giving ninety (90) days' prior written notice and obtaining the Purchaser's "
           "written approval."),
         h("20. ARBITRATION"),
         b("All disputes shall be referred to a sole arbitrator under the Arbitration and Conciliation Act, 1996. "
           "The seat of arbitration shall be Pune and the language English."),
         h("22. GOVERNING LAW"), b("These terms are governed by the laws of India. Courts at Pune have jurisdiction."),
         SP(6),
         P("ACCEPTANCE BY VENDOR", lk.h3),
         KV(lk, [("Vendor", DC.legal_name), ("Vendor code", "V-100734"),
                 ("Signed by", "S. Raghunathan, Director – Commercial"), ("Date", "27-03-2026"),
                 ("Company seal", "[seal: DECCAN CATHODE MATERIALS PVT. LTD. · PUNE]")], widths=(40, 110))]
    pdf(path, s, lk, running(footer_left="KBSI-PUR-GTC Rev. 04", footer_right="Page {page} of {total}"))


def k15_sa_contrato_litio(C: Corpus) -> None:
    """A Chilean lithium carbonate supply contract, clauses 'PRIMERO:' … 'DÉCIMO:'; a daily 'multa' of 'cero coma
    uno por ciento (0,1 %)' of the CIF price with a cap of 3 %; a ±5-day delivery window, a purity of 99,5 % and
    the payment terms are distractors."""
    no, eff = "MSA-COM-2026-009", D(2026, 2, 1)
    facts = [late(no, eff, "Quinto", 0.1, 3.0, term_years=3)]
    path = C.add(SA, "contratos/Contrato suministro Li2CO3 MSA-COM-2026-009.pdf", "contract", "hw-cl-es-multa", facts,
                 ["spanish", "words_and_figures", "purity_distractor"])
    lk = Look("Serif", 10, margins=(25, 25, 25, 22))
    b = lambda t: P(t, lk.body)  # noqa: E731
    s = [P("CONTRATO DE SUMINISTRO DE CARBONATO DE LITIO GRADO BATERÍA", lk.h1), P(f"N° {no}", lk.center), SP(4),
         b(f"En Santiago de Chile, a 15 de enero de 2026, entre {SA.legal_name}, RUT 76.884.512-3, representada por "
           f"don Felipe Ignacio Araya Vergara, ambos domiciliados en {ADDR[SA.name]}, en adelante \"LA VENDEDORA\"; y "
           f"{BUYER}, representada por don Maarten de Wilde, en adelante \"LA COMPRADORA\", se ha convenido el "
           "siguiente contrato:"),
         b("PRIMERO: Objeto. LA VENDEDORA venderá y entregará a LA COMPRADORA carbonato de litio grado batería "
           "(producto Li2CO3-BG-995) en las cantidades anuales indicadas en el Anexo 1."),
         b("SEGUNDO: Vigencia. El presente contrato regirá a contar del 1 de febrero de 2026 y tendrá una duración "
           "de tres (3) años."),
         b("TERCERO: Precio. El precio se determinará mensualmente según la fórmula del Anexo 2, referida al índice "
           "publicado de carbonato de litio CIF Asia, con un descuento de 2,5 %."),
         b("CUARTO: Entregas. Los embarques se efectuarán CIF Rotterdam, en lotes de 200 toneladas, dentro de una "
           "ventana de ± 5 días respecto de la fecha programada de zarpe."),
         b("QUINTO: Multas por atraso. Si LA VENDEDORA no pusiere a disposición de LA COMPRADORA un embarque dentro "
           "del plazo convenido en la cláusula CUARTO, pagará a LA COMPRADORA una multa diaria equivalente al cero "
           "coma uno por ciento (0,1 %) del precio CIF del embarque atrasado, por cada día corrido de atraso, con un "
           "tope máximo equivalente al tres por ciento (3 %) de dicho precio. Las multas se descontarán de los pagos "
           "pendientes."),
         b("SEXTO: Especificaciones. El producto deberá cumplir la especificación del Anexo 3: Li2CO3 ≥ 99,5 %, "
           "Na ≤ 250 ppm, Fe ≤ 5 ppm, humedad ≤ 0,2 %."),
         b("SÉPTIMO: Pago. LA COMPRADORA pagará el 90 % del precio provisional contra documentos de embarque y el "
           "saldo dentro de los treinta (30) días siguientes a la emisión de la factura final."),
         b("OCTAVO: Fuerza mayor. Ninguna de las partes responderá por incumplimientos debidos a caso fortuito o "
           "fuerza mayor, debidamente comunicados dentro de los cinco (5) días siguientes a su ocurrencia."),
         b("DÉCIMO: Arbitraje. Toda controversia se resolverá por arbitraje conforme al Reglamento del Centro de "
           "Arbitraje y Mediación de Santiago (CAM Santiago)."), SP(8),
         sig(lk, ["p.p. " + SA.legal_name, "", "Felipe Ignacio Araya Vergara", "Gerente Comercial"],
             ["p.p. " + BUYER, "", "Maarten de Wilde", "Chief Procurement Officer"])]
    pdf(path, s, lk, running(footer_right="{page}", footer_left=f"Contrato N° {no}", line=False))


CONTRACT_DOCS = [k01_hy_supply_agreement, k02_hy_qaa_zh, k03_sj_qaa_articles, k04_sj_warranty, k05_ks_qa_ja,
                 k06_mf_rahmenvertrag, k07_mf_nachtrag, k08_od_framework, k09_od_amendment, k10_bj_contrato,
                 k11_cg_sla_exhibit, k12_pa_contrat_cadre, k13_hs_ans_anexo, k14_dc_purchase_terms,
                 k15_sa_contrato_litio]


# ---------------------------------------------------------------------------------------------------------------
# Minerals declarations: filled RMI templates, own spreadsheets, printouts, a questionnaire in prose, a CSV
# ---------------------------------------------------------------------------------------------------------------

def _have_templates(what: str) -> bool:
    if (REAL / "RMI_EMRT_2.1.xlsx").exists() and (REAL / "RMI_CMRT_6.5.xlsx").exists():
        return True
    print(f"build_commercial: {REAL} has no blank RMI templates; {what} skipped", file=sys.stderr)
    return False


CO_ZH = "Congo, Democratic Republic of the"


def m01_hy_emrt_zh(C: Corpus) -> None:
    """The real EMRT 2.1, language selector left on Chinese, four minerals in scope (copper and mica deleted);
    CAHRA 'Yes' for cobalt with an ASM comment; a cobalt processor 'Smelter not listed' and a graphite processor
    that is RMAP Active; the Mine List names an artisanal site."""
    if not _have_templates("m01"):
        return
    date = D(2026, 4, 15)
    fact = minerals("EMRT", HY.legal_name, date, ["cobalt", "natural graphite", "lithium", "nickel"], ["cobalt"], True)
    path = C.add(HY, "responsible-minerals/EMRT_2.1_Jiangsu Huaiyang_2026-04.xlsx", "minerals", "hw-emrt-real-zh",
                 [fact], ["cahra", "artisanal", "smelter_not_rmap", "real_template"])
    scope = ["Cobalt", "Graphite", "Lithium", "Nickel"]
    fill_emrt(path, language=None, company=HY.legal_name, date=date, scope=scope,
              contact={"uid": "91320800MA1XK7P45T", "authority": "National Enterprise Credit Information System (China)",
                       "address": ADDR[HY.name], "contact": "Wang Liqun (王立群)", "email": "wangliqun@hy-battery.cn",
                       "phone": "+86 517 8390 2266", "authorizer": "Xu Wenbo (徐文博)",
                       "title": "Vice President, Quality & Sustainability", "auth_email": "xuwenbo@hy-battery.cn",
                       "auth_phone": "+86 517 8390 2201"},
              answers={1: _all("Yes", scope), 2: _all("Yes", scope),
                       3: {"Cobalt": "Yes", "Graphite": "No", "Lithium": "No", "Nickel": "No"},
                       4: _all("No", scope),
                       5: {"Cobalt": "Greater than 90%", "Graphite": "Greater than 75%", "Lithium": "100%",
                           "Nickel": "Greater than 90%"},
                       6: _all("Yes", scope), 7: _all("Yes", scope)},
              comments={(3, "Cobalt"): "Cobalt hydroxide originates from Lualaba and Haut-Katanga (DRC). Part of the "
                                       "feed of one processor comes from artisanal and small-scale mining (ASM) sites "
                                       "under a formalisation programme. 部分钴原料来自手工及小规模采矿。",
                        (5, "Graphite"): "2 anode material suppliers have not yet returned their EMRT."},
              company_answers={"A": ("Yes", None), "B": ("Yes", "https://www.hy-battery.cn/esg/responsible-minerals"),
                               "D": ("Yes", None), "E": ("Yes, in conformance with IPC1755 (e.g. EMRT)", None),
                               "F": ("Yes", None), "G": ("Yes", None)},
              c_answers=_all("Yes", scope),
              smelters=[("Cobalt", "Zhejiang Huayun Cobalt Materials Co., Ltd.", "Zhejiang Huayun Cobalt Materials Co., Ltd.", "China", "CID003917", "RMI", "RMAP Conformant"),
                        ("Cobalt", "Jiangsu Ruixin Cobalt Refining Co., Ltd.", "Jiangsu Ruixin Cobalt Refining Co., Ltd.", "China", "CID004052", "RMI", "RMAP Conformant"),
                        ("Cobalt", "Smelter not listed", "Lualaba Hydroxide Processing SARL", CO_ZH, "", "", "Not in RMI database / not RMAP assessed; engagement letter sent March 2026"),
                        ("Graphite", "Heilongjiang Jixi Graphite Processing Co., Ltd.", "Heilongjiang Jixi Graphite Processing Co., Ltd.", "China", "CID004530", "RMI", "RMAP Active (assessment scheduled)"),
                        ("Lithium", "Sichuan Tianqiao Lithium Co., Ltd.", "Sichuan Tianqiao Lithium Co., Ltd.", "China", "CID004711", "RMI", "RMAP Conformant"),
                        ("Nickel", "PT Sulawesi Tengah Nickel Refinery", "PT Sulawesi Tengah Nickel Refinery", "Indonesia", "CID004802", "RMI", "RMAP Conformant")],
              mines=[("Cobalt", "Lualaba Hydroxide Processing SARL", "Kamilombe Nord artisanal mining zone (ZEA)", CO_ZH, "artisanal and small-scale mining (ASM), cooperative-run"),
                     ("Cobalt", "Zhejiang Huayun Cobalt Materials Co., Ltd.", "Kanfwa industrial copper-cobalt mine", CO_ZH, None)])


def m02_sj_emrt_en(C: Corpus) -> None:
    """The real EMRT 2.1 in English, five minerals (mica deleted), every answer clean: a control."""
    if not _have_templates("m02"):
        return
    date = D(2026, 3, 31)
    fact = minerals("EMRT", SJ.legal_name, date, ["cobalt", "copper", "natural graphite", "lithium", "nickel"], [],
                    False)
    path = C.add(SJ, "compliance/EMRT_v2.1_SejinEnergySolution_20260331.xlsx", "minerals", "hw-emrt-real-en",
                 [fact], ["real_template", "clean"])
    scope = ["Cobalt", "Copper", "Graphite", "Lithium", "Nickel"]
    fill_emrt(path, language="English", company=SJ.legal_name, date=date, scope=scope,
              contact={"uid": "301-81-55120", "authority": "National Tax Service (Korea) business registration no.",
                       "address": ADDR[SJ.name], "contact": "Park Ji-hoon", "email": "compliance@sejin-es.co.kr",
                       "phone": "+82-43-270-5114", "authorizer": "Lee Dong-hyun",
                       "title": "Head of Quality Management Division", "auth_email": "dh.lee@sejin-es.co.kr"},
              answers={1: _all("Yes", scope), 2: _all("Yes", scope), 3: _all("No", scope), 4: _all("No", scope),
                       5: _all("100%", scope), 6: _all("Yes", scope), 7: _all("Yes", scope)},
              comments={(3, "Cobalt"): "Cobalt sulphate from RMAP conformant refiners in Finland and Korea; mine origin Australia and Canada.",
                        (4, "Copper"): "Copper foil contains approx. 30 % recycled copper."},
              company_answers={"A": ("Yes", None), "B": ("Yes", "https://www.sejin-es.co.kr/sustainability/minerals"),
                               "D": ("Yes", None), "E": ("Yes, in conformance with IPC1755 (e.g. EMRT)", None),
                               "F": ("Yes", None), "G": ("Yes", None)},
              c_answers=_all("Yes", scope),
              smelters=[("Cobalt", "Pohjanmaa Cobalt Chemicals Oy", "Pohjanmaa Cobalt Chemicals Oy", "Finland", "CID003881", "RMI", "Conformant"),
                        ("Cobalt", "Onsan Specialty Metals Co., Ltd.", "Onsan Specialty Metals Co., Ltd.", "Korea, Republic of", "CID004218", "RMI", "Conformant"),
                        ("Copper", "Ulsan Copper Foil Co., Ltd.", "Ulsan Copper Foil Co., Ltd.", "Korea, Republic of", "CID004377", "RMI", "Conformant"),
                        ("Graphite", "Shandong Nanshu Graphite Co., Ltd.", "Shandong Nanshu Graphite Co., Ltd.", "China", "CID004515", "RMI", "Conformant"),
                        ("Lithium", "Wheatbelt Lithium Chemicals Pty Ltd", "Wheatbelt Lithium Chemicals Pty Ltd", "Australia", "CID004690", "RMI", "Conformant"),
                        ("Nickel", "Satakunta Nickel Works Oy", "Satakunta Nickel Works Oy", "Finland", "CID004790", "RMI", "Conformant")])


_CMRT_CO = {"A": ("Yes", None), "C": ("Yes", None), "D": ("Yes", None),
            "E": ("Yes, in conformance with IPC1755 (e.g., CMRT)", None), "F": ("Yes", None), "G": ("Yes", None),
            "H": ("No", None)}


def m03_mf_cmrt_de(C: Corpus) -> None:
    """The real CMRT 6.5 with the language set to German, all four 3TG used, every answer clean: a control."""
    if not _have_templates("m03"):
        return
    date = D(2026, 2, 27)
    fact = minerals("CMRT", MF.legal_name, date, ["tantalum", "tin", "gold", "tungsten"], [], False)
    path = C.add(MF, "Nachhaltigkeit/CMRT 6.5 Mainfranken Batteriesysteme 2026.xlsx", "minerals", "hw-cmrt-real-de",
                 [fact], ["real_template", "clean"])
    fill_cmrt(path, language="Deutsch", company=MF.legal_name, date=date,
              contact={"uid": "DE 318 774 920", "authority": "USt-IdNr.", "address": ADDR[MF.name],
                       "contact": "Sabine Köhler", "email": "nachhaltigkeit@mainfranken-bs.de",
                       "phone": "+49 931 460 88-310", "authorizer": "Dr. Tobias Reinhardt",
                       "title": "Geschäftsführer", "auth_email": "t.reinhardt@mainfranken-bs.de"},
              answers={1: _all("Yes", CMRT_METALS), 2: _all("Yes", CMRT_METALS), 3: _all("No", CMRT_METALS),
                       4: _all("No", CMRT_METALS), 5: _all("No", CMRT_METALS),
                       6: _all("Greater than 90%", CMRT_METALS), 7: _all("Yes", CMRT_METALS),
                       8: _all("Yes", CMRT_METALS)},
              comments={(6, "Gold"): "Rücklauf 46 von 49 Lieferanten"},
              company_answers={**_CMRT_CO, "B": ("Yes", "https://www.mainfranken-bs.de/nachhaltigkeit/konfliktmineralien")},
              smelters=[("Tantalum", "Shizuishan Tantalum Materials Co., Ltd.", "Shizuishan Tantalum Materials Co., Ltd.", "China", "CID001277", "RMI", "Conformant"),
                        ("Tin", "Kempen Tin Recycling NV", "Kempen Tin Recycling NV", "Belgium", "CID002773", "RMI", "Conformant"),
                        ("Tin", "PT Belitung Timah Sejahtera", "PT Belitung Timah Sejahtera", "Indonesia", "CID001482", "RMI", "Conformant"),
                        ("Gold", "Pforzheimer Goldscheideanstalt GmbH", "Pforzheimer Goldscheideanstalt GmbH", "Germany", "CID000711", "RMI", "Conformant"),
                        ("Gold", "Raffinerie Tessinoise SA", "Raffinerie Tessinoise SA", "Switzerland", "CID002003", "RMI", "Conformant"),
                        ("Tungsten", "Goslar Wolfram Chemie GmbH", "Goslar Wolfram Chemie GmbH", "Germany", "CID002541", "RMI", "Conformant")])


def m04_od_cmrt_flags(C: Corpus) -> None:
    """The real CMRT 6.5 in English: tin 'Yes' to the CAHRA question (and to the covered countries), tantalum 'No'
    to 'identified all smelters', gold 'Unknown' (not a Yes); a tin smelter not listed and one RMAP Active."""
    if not _have_templates("m04"):
        return
    date = D(2026, 5, 29)
    fact = minerals("CMRT", OD.legal_name, date, ["tantalum", "tin", "gold", "tungsten"], ["tin"], False)
    path = C.add(OD, "compliance/CMRT_6.5_OdraPowerPacks_2026-05-29.xlsx", "minerals", "hw-cmrt-real-en-flags",
                 [fact], ["real_template", "cahra", "minerals_gap", "smelter_not_rmap", "unknown_not_yes"])
    fill_cmrt(path, language="English", company=OD.legal_name, date=date,
              contact={"uid": "KRS 0000587214", "authority": "Polish National Court Register", "address": ADDR[OD.name],
                       "contact": "Tomasz Zieliński", "email": "t.zielinski@odrapower.pl", "phone": "+48 71 780 42 00",
                       "authorizer": "Agnieszka Wróblewska", "title": "President of the Management Board",
                       "auth_email": "a.wroblewska@odrapower.pl"},
              answers={1: _all("Yes", CMRT_METALS), 2: _all("Yes", CMRT_METALS),
                       3: {"Tantalum": "No", "Tin": "Yes", "Gold": "Unknown", "Tungsten": "No"},
                       4: {"Tantalum": "No", "Tin": "Yes", "Gold": "Unknown", "Tungsten": "No"},
                       5: _all("No", CMRT_METALS), 6: _all("Greater than 75%", CMRT_METALS),
                       7: {"Tantalum": "No", "Tin": "Yes", "Gold": "Yes", "Tungsten": "Yes"},
                       8: _all("Yes", CMRT_METALS)},
              comments={(4, "Tin"): "One tin smelter in our supply chain sources cassiterite from South Kivu (DRC) and Rwanda.",
                        (4, "Gold"): "Gold plating supplier has not confirmed origin.",
                        (7, "Tantalum"): "2 of 3 tantalum smelters identified; survey of capacitor suppliers ongoing."},
              company_answers={**_CMRT_CO, "B": ("No", None)},
              smelters=[("Tantalum", "Irtysh Rare Metals JSC", "Irtysh Rare Metals JSC", "Kazakhstan", "CID001969", "RMI", "Conformant"),
                        ("Tantalum", "Tantalos de Chihuahua S.A. de C.V.", "Tantalos de Chihuahua S.A. de C.V.", "Mexico", "CID002539", "RMI", "Conformant"),
                        ("Tin", "Smelter not listed", "Kivu Cassiterite Smelting Ltd", "Rwanda", "", "", "Not on the RMAP list; supplier asked to provide evidence of due diligence"),
                        ("Tin", "PT Bangka Timah Lestari", "PT Bangka Timah Lestari", "Indonesia", "CID002611", "RMI", "RMAP Active - not yet conformant, on-site assessment Q4 2026"),
                        ("Gold", "Mendrisio Precious Metals SA", "Mendrisio Precious Metals SA", "Switzerland", "CID000077", "RMI", "Conformant"),
                        ("Tungsten", "Steirische Wolframhütte AG", "Steirische Wolframhütte AG", "Austria", "CID002044", "RMI", "Conformant")])


def m05_bj_cmrt_es(C: Corpus) -> None:
    """The real CMRT 6.5 with the language set to Spanish: gold 'No' to 'identified all smelters' (a gap), gold
    'Unknown' to the CAHRA question, no Yes."""
    if not _have_templates("m05"):
        return
    date = D(2026, 6, 12)
    fact = minerals("CMRT", BJ.legal_name, date, ["tantalum", "tin", "gold", "tungsten"], [], False)
    path = C.add(BJ, "cumplimiento/CMRT 6.5 Baterias del Bajio junio 2026.xlsx", "minerals", "hw-cmrt-real-es-gap",
                 [fact], ["real_template", "minerals_gap", "unknown_not_yes"])
    fill_cmrt(path, language="Español", company=BJ.legal_name, date=date,
              contact={"uid": "BBA150312KQ4", "authority": "RFC (SAT México)", "address": ADDR[BJ.name],
                       "contact": "Mariana Olvera Ledesma", "email": "cumplimiento@bateriasbajio.mx",
                       "phone": "+52 442 229 1800", "authorizer": "Ing. Jorge Armando Villaseñor Ruiz",
                       "title": "Director General", "auth_email": "jvillasenor@bateriasbajio.mx"},
              answers={1: _all("Yes", CMRT_METALS), 2: _all("Yes", CMRT_METALS),
                       3: {"Tantalum": "No", "Tin": "No", "Gold": "Unknown", "Tungsten": "No"},
                       4: {"Tantalum": "No", "Tin": "No", "Gold": "Unknown", "Tungsten": "No"},
                       5: _all("No", CMRT_METALS), 6: _all("Greater than 50%", CMRT_METALS),
                       7: {"Tantalum": "Yes", "Tin": "Yes", "Gold": "No", "Tungsten": "Yes"},
                       8: _all("Yes", CMRT_METALS)},
              comments={(7, "Gold"): "El proveedor de recubrimiento de oro de los conectores no ha revelado sus refinerías.",
                        (6, "Tin"): "Encuesta en curso (62 % de respuestas)."},
              company_answers={**_CMRT_CO, "B": ("No", None)},
              smelters=[("Tantalum", "Aizu Tantalum Powders K.K.", "Aizu Tantalum Powders K.K.", "Japan", "CID002558", "RMI", ""),
                        ("Tin", "Fundición Estañífera del Sur S.A.", "Fundición Estañífera del Sur S.A.", "Peru", "CID001182", "RMI", ""),
                        ("Tin", "Fundidora Andina de Estaño S.A.", "Fundidora Andina de Estaño S.A.", "Bolivia", "CID002836", "RMI", ""),
                        ("Gold", "Attleboro Precious Metals Refining Corp.", "Attleboro Precious Metals Refining Corp.", "United States Of America", "CID001157", "RMI", ""),
                        ("Tungsten", "Susquehanna Tungsten Powders Corp.", "Susquehanna Tungsten Powders Corp.", "United States Of America", "CID000568", "RMI", "")])


def m06_ks_own_xlsx_ja(C: Corpus) -> None:
    """A Japanese supplier's own spreadsheet in the EMRT question order (not the RMI workbook): answers as はい / いいえ
    with English, one column per mineral; a clean control."""
    date = D(2026, 5, 20)
    fact = minerals("EMRT", KS.legal_name, date, ["cobalt", "lithium", "nickel"], [], False)
    path = C.add(KS, "責任ある鉱物調達/EMRT回答_木曽アドバンストマテリアルズ_20260520.xlsx", "minerals", "hw-own-xlsx-ja",
                 [fact], ["own_format", "japanese", "clean"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "宣言 Declaration"
    rows: list[list] = [["責任ある鉱物調達に関する回答書 / Responsible Minerals Declaration (RMI EMRT 2.1 準拠)"], [],
                        ["会社名 Company name", KS.legal_name + "（木曽アドバンストマテリアルズ株式会社）"],
                        ["宣言範囲 Declaration scope", "会社単位 Company"],
                        ["対象鉱物 Minerals in scope", "コバルト Cobalt, リチウム Lithium, ニッケル Nickel"],
                        ["宣言日 Effective date", "2026年5月20日"],
                        ["担当者 Contact", "サステナビリティ推進室 宮下 直美 / n.miyashita@kiso-am.co.jp"], [],
                        ["No.", "質問 Question", "コバルト Cobalt", "リチウム Lithium", "ニッケル Nickel", "備考 Comment"]]
    qs = [("1", "意図的に添加・使用しているか / Intentionally added or used?", "はい Yes", "はい Yes", "はい Yes", ""),
          ("2", "製品に残存するか / Remains in the product?", "はい Yes", "はい Yes", "はい Yes", ""),
          ("3", "紛争地域・高リスク地域（CAHRA）からの調達があるか / Sourced from CAHRAs?", "いいえ No", "いいえ No", "いいえ No",
           "コバルト原料はオーストラリア・フィリピン産 / cobalt from Australia and the Philippines"),
          ("4", "100%リサイクル材か / 100 % recycled or scrap?", "いいえ No", "いいえ No", "いいえ No", ""),
          ("5", "サプライヤー回答率 / Supplier response rate", "100%", "100%", "100%", ""),
          ("6", "全ての製錬所・精製所を特定したか / All smelters/processors identified?", "はい Yes", "はい Yes", "はい Yes", ""),
          ("7", "入手した情報を全て報告したか / All information reported?", "はい Yes", "はい Yes", "はい Yes", "")]
    rows += [list(q) for q in qs]
    rows += [[], ["A", "調達方針を策定しているか / Sourcing policy established?", "はい Yes"],
             ["B", "方針を公開しているか / Policy public?", "はい Yes", "", "", "https://www.kiso-am.co.jp/csr/minerals"],
             ["D", "デューデリジェンスを実施しているか / Due diligence implemented?", "はい Yes"]]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCDEF", [24, 58, 16, 16, 16, 46], strict=True):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("製錬所リスト Smelters")
    ws2.append(["鉱物 Metal", "製錬所・精製所名 Smelter / processor", "国 Country", "RMI ID", "RMAP"])
    for sm in [("Cobalt", "Shikoku Cobalt Refining Co., Ltd.", "Japan", "CID003902", "Conformant"),
              ("Cobalt", "Visayas Hydrometallurgical Nickel-Cobalt Corp.", "Philippines", "CID003941", "Conformant"),
              ("Lithium", "Swan Coast Lithium Refinery Pty Ltd", "Australia", "CID004688", "Conformant"),
              ("Nickel", "Ehime Nickel Refinery K.K.", "Japan", "CID004811", "Conformant")]:
        ws2.append(list(sm))
    save_xlsx(wb, path)


def m07_pa_emrt_pdf_fr(C: Corpus) -> None:
    """A French PDF print of an EMRT declaration: answers 'Oui' / 'Non' per mineral, CAHRA 'Oui' for cobalt
    (DRC origin through conformant refiners), all smelters conformant."""
    date = D(2026, 3, 15)
    fact = minerals("EMRT", PA.legal_name, date, ["cobalt", "nickel"], ["cobalt"], False)
    path = C.add(PA, "conformité/Déclaration EMRT 2.1 Précurseurs Atlantique mars 2026.pdf", "minerals",
                 "hw-emrt-pdf-fr", [fact], ["cahra", "french", "print"])
    lk = Look("Arial", 8.8, margins=(16, 16, 20, 18))
    qrows = [["Question", "Cobalt", "Nickel", "Commentaires"],
             ["1) Le minerai / métal est-il ajouté intentionnellement ou utilisé dans le produit ou le procédé ?", "Oui", "Oui", ""],
             ["2) Le minerai / métal reste-t-il dans le produit ?", "Oui", "Oui", ""],
             ["3) Des fonderies ou transformateurs de votre chaîne d'approvisionnement s'approvisionnent-ils dans des zones de conflit ou à haut risque (CAHRA) ?", "Oui", "Non",
              "Hydroxyde de cobalt originaire de la RDC (Lualaba), raffiné par des affineurs conformes RMAP en Finlande et en Chine."],
             ["4) 100 % du minerai provient-il de sources recyclées ?", "Non", "Non", ""],
             ["5) Pourcentage de fournisseurs ayant répondu", "100 %", "100 %", ""],
             ["6) Avez-vous identifié toutes les fonderies / tous les transformateurs ?", "Oui", "Oui", ""],
             ["7) Toutes les informations reçues ont-elles été déclarées ?", "Oui", "Oui", ""]]
    s = [P("Extended Minerals Reporting Template (EMRT) – version 2.1", lk.h2),
         P("Impression de l'onglet « Declaration » – langue : Français", lk.small), SP(3),
         KV(lk, [("Nom de la société (*)", PA.legal_name), ("Portée de la déclaration (*)", "A. Société"),
                 ("Minerais / métaux concernés (*)", "Cobalt, Nickel"),
                 ("Adresse", ADDR[PA.name]),
                 ("Contact (*)", "Yannick Tanguy – yannick.tanguy@precurseurs-atlantique.fr – +33 2 40 12 77 30"),
                 ("Autorisé par (*)", "Claire Le Goff, Présidente"),
                 ("Date d'effet (*)", dmy(date))], widths=(55, 125)), SP(4),
         TBL(lk, qrows, [78, 16, 16, 70]), SP(4),
         P("Questions au niveau de l'entreprise", lk.h3),
         TBL(lk, [["Question", "Réponse", "Commentaires"],
                  ["A. Politique d'approvisionnement responsable établie ?", "Oui", ""],
                  ["B. Politique publiée sur le site internet ?", "Oui", "www.precurseurs-atlantique.fr/rse"],
                  ["C. Exigez-vous de vos fournisseurs directs un approvisionnement auprès de fonderies auditées ? (cobalt / nickel)", "Oui / Oui", ""],
                  ["D. Mesures de diligence raisonnable mises en œuvre ?", "Oui", ""],
                  ["E. Enquête auprès des fournisseurs ?", "Oui, conformément à l'IPC1755 (EMRT)", ""],
                  ["F. Revue des informations reçues ?", "Oui", ""], ["G. Gestion des actions correctives ?", "Oui", ""]],
             [100, 40, 40]), SP(4),
         P("Liste des fonderies / transformateurs (extrait de l'onglet « Smelter List »)", lk.h3),
         TBL(lk, [["Métal", "Nom de la fonderie", "Pays", "Identifiant", "Statut RMAP"],
                  ["Cobalt", "Pohjanmaa Cobalt Chemicals Oy", "Finlande", "CID003881", "Conforme"],
                  ["Cobalt", "Zhejiang Huayun Cobalt Materials Co., Ltd.", "Chine", "CID003917", "Conforme"],
                  ["Nickel", "Satakunta Nickel Works Oy", "Finlande", "CID004790", "Conforme"]],
             [20, 70, 25, 25, 25])]
    pdf(path, s, lk, running(header_left="RMI EMRT 2.1", header_right=PA.legal_name,
                             footer_right="Page {page} / {total}"))


def m08_hs_own_xlsx_es(C: Corpus) -> None:
    """A Spanish pack maker's own EMRT export: 'Sí' for cobalt under CAHRA, 'Desconocido' for mica (not a Yes), a
    comment on artisanal mica collection in Jharkhand, and a mica processor 'No listado' in RMAP."""
    date = D(2026, 4, 30)
    fact = minerals("EMRT", HS.legal_name, date, ["cobalt", "natural graphite", "lithium", "mica", "nickel"],
                    ["cobalt"], True)
    path = C.add(HS, "sostenibilidad/Declaracion EMRT 2.1 Hispalis abril 2026.xlsx", "minerals", "hw-own-xlsx-es",
                 [fact], ["own_format", "spanish", "cahra", "artisanal", "smelter_not_rmap", "unknown_not_yes"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Declaración EMRT"
    mins = ["Cobalto", "Grafito natural", "Litio", "Mica", "Níquel"]
    rows: list[list] = [["Declaración de minerales – plantilla EMRT 2.1 (formato propio, exportado del ERP)"], [],
                        ["Empresa", HS.legal_name], ["Alcance", "Empresa"],
                        ["Minerales declarados", ", ".join(mins)], ["Fecha de la declaración", "30/04/2026"],
                        ["Contacto", "Lucía Gallardo Pineda · sostenibilidad@hispalis-em.es · +34 954 21 60 40"], [],
                        ["Pregunta"] + mins + ["Comentarios"]]
    qa = [("1. ¿Se añade intencionadamente o se utiliza en el producto o en el proceso?", ["Sí"] * 5, ""),
          ("2. ¿Permanece en el producto?", ["Sí"] * 5, ""),
          ("3. ¿Alguna fundición o procesador de su cadena se abastece en zonas de conflicto o de alto riesgo (CAHRA)?",
           ["Sí", "No", "No", "Desconocido", "No"],
           "Cobalto: hidróxido de la RDC en las celdas del proveedor de celdas. Mica natural de Jharkhand (India) para "
           "las láminas aislantes térmicas: una parte se recoge en minería artesanal y a pequeña escala (MAPE / ASM)."),
          ("4. ¿El 100 % procede de fuentes recicladas?", ["No"] * 5, ""),
          ("5. Porcentaje de proveedores que han respondido", ["100 %", "100 %", "100 %", "Más del 75 %", "100 %"], ""),
          ("6. ¿Ha identificado todas las fundiciones o procesadores?", ["Sí"] * 5, ""),
          ("7. ¿Ha comunicado toda la información recibida?", ["Sí"] * 5, "")]
    rows += [[q] + a + [c] for q, a, c in qa]
    rows += [[], ["A. ¿Política de abastecimiento responsable?", "Sí"],
             ["B. ¿Publicada en la web?", "Sí", "", "", "", "", "https://www.hispalis-em.es/sostenibilidad"],
             ["D. ¿Medidas de diligencia debida?", "Sí"]]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCDEFG", [70, 12, 14, 10, 14, 10, 70], strict=True):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("Fundiciones y procesadores")
    ws2.append(["Metal", "Nombre", "País", "ID RMI", "Estado RMAP", "Comentario"])
    for sm in [("Cobalto", "Jiangsu Ruixin Cobalt Refining Co., Ltd.", "China", "CID004052", "Conforme", ""),
              ("Grafito natural", "Shandong Nanshu Graphite Co., Ltd.", "China", "CID004515", "Conforme", ""),
              ("Litio", "Sichuan Tianqiao Lithium Co., Ltd.", "China", "CID004711", "Conforme", ""),
              ("Mica", "Koderma Mica Processing Pvt. Ltd.", "India", "—", "No listado",
               "Procesador de mica no incluido en la lista RMAP; auditoría de la cadena prevista para 2027"),
              ("Níquel", "PT Sulawesi Tengah Nickel Refinery", "Indonesia", "CID004802", "Conforme", "")]:
        ws2.append(list(sm))
    save_xlsx(wb, path)


def m09_cg_cmrt_pdf_us(C: Corpus) -> None:
    """A US printout of a CMRT: a declaration summary table (Q1-Q8 per metal) and a smelter count; clean."""
    date = D(2026, 5, 4)
    fact = minerals("CMRT", CG.legal_name, date, ["tantalum", "tin", "gold", "tungsten"], [], False)
    path = C.add(CG, "compliance/Cascade Gridworks CMRT 6.5 declaration summary 2026.pdf", "minerals",
                 "hw-cmrt-pdf-us", [fact], ["print", "clean"])
    lk = Look("Arial", 8.8, pagesize=LETTER, margins=(18, 18, 20, 18))
    q = [["#", "Question", "Tantalum", "Tin", "Gold", "Tungsten"],
         ["1", "Is any 3TG intentionally added or used in the product(s) or in the production process?", "Yes", "Yes", "Yes", "Yes"],
         ["2", "Does any 3TG remain in the product(s)?", "Yes", "Yes", "Yes", "Yes"],
         ["3", "Do any of the smelters in your supply chain source the 3TG from the covered countries?", "No", "No", "No", "No"],
         ["4", "Do any of the smelters in your supply chain source the 3TG from conflict-affected and high-risk areas?", "No", "No", "No", "No"],
         ["5", "Does 100 percent of the 3TG originate from recycled or scrap sources?", "No", "No", "No", "No"],
         ["6", "What percentage of relevant suppliers have provided a response to your supply chain survey?", "100%", "100%", "Greater than 90%", "100%"],
         ["7", "Have you identified all of the smelters supplying the 3TG to your supply chain?", "Yes", "Yes", "Yes", "Yes"],
         ["8", "Has all applicable smelter information received by your company been reported in this declaration?", "Yes", "Yes", "Yes", "Yes"]]
    s = [P("Conflict Minerals Reporting Template (CMRT) – Revision 6.5", lk.h2),
         P("Declaration summary printed from the completed template", lk.small), SP(3),
         KV(lk, [("Company Name", CG.legal_name), ("Declaration Scope or Class", "A. Company"),
                 ("Address", ADDR[CG.name]),
                 ("Contact Name / Email", "Dana Whitfield / dwhitfield@cascadegridworks.com"),
                 ("Authorizer", "Rebecca T. Lindqvist, VP, Commercial Operations"),
                 ("Effective Date", us_long(date))], widths=(55, 130)), SP(4),
         TBL(lk, q, [8, 112, 16, 14, 22, 16]), SP(4),
         TBL(lk, [["Company-level question", "Answer"],
                  ["A. Have you established a responsible minerals sourcing policy?", "Yes"],
                  ["B. Is your responsible minerals sourcing policy publicly available on your website?", "Yes – cascadegridworks.com/responsible-sourcing"],
                  ["C. Do you require your direct suppliers to source the 3TG from smelters whose due diligence practices have been validated by an independent third-party audit program?", "Yes"],
                  ["D. Have you implemented due diligence measures for responsible sourcing?", "Yes"],
                  ["E. Does your company conduct Conflict Minerals survey(s) of your relevant supplier(s)?", "Yes, in conformance with IPC1755 (e.g., CMRT)"],
                  ["H. Is your company required to file an annual conflict minerals disclosure?", "No"]], [140, 48]), SP(4),
         P("Smelter List summary: 38 smelters and refiners reported (tantalum 6, tin 14, gold 12, tungsten 6); all 38 "
           "appear on the RMI Conformant Smelter & Refiner List as of the effective date.", lk.body)]
    pdf(path, s, lk, running(footer_left="CMRT 6.5 – Cascade Gridworks, Inc.", footer_right="Page {page} of {total}"))


def m10_dc_questionnaire_prose(C: Corpus) -> None:
    """An Indian cathode maker answers a customer's EMRT-based questionnaire in Q/A prose in Word: 'Cobalt: Yes' to
    the CAHRA question, 'Cobalt: No' to 'identified all processors' (two traders have not disclosed refiners)."""
    date = D(2026, 5, 12)
    fact = minerals("EMRT", DC.legal_name, date, ["cobalt", "nickel", "lithium"], ["cobalt"], False)
    path = C.add(DC, "compliance/Responsible Minerals Questionnaire response - DCM - May 2026.docx", "minerals",
                 "hw-docx-qa-prose", [fact], ["cahra", "minerals_gap", "prose"])
    d = new_docx("Calibri", 10.5)
    docx_header_footer(d, "Deccan Cathode Materials Pvt. Ltd. – Sustainability", "Customer questionnaire response")
    docx_par(d, "Response to Customer Responsible Minerals Questionnaire", bold=True, size=15)
    docx_par(d, "(questions as in the RMI Extended Minerals Reporting Template, EMRT 2.1)", italic=True)
    docx_par(d, f"Respondent: {DC.legal_name}, {ADDR[DC.name]}")
    docx_par(d, "Date of declaration: 12 May 2026")
    docx_par(d, "Declaration scope: Company (all products – NMC 622 and NMC 811 cathode active materials and precursors)")
    docx_par(d, "Minerals in scope: cobalt, nickel and lithium")
    qa = [
        ("Q1. Is any of the specified minerals intentionally added or used in the product(s) or in the production process?",
         "Yes. Cobalt, nickel and lithium are all intentionally added; they are the main constituents of our precursor and cathode active materials."),
        ("Q2. Does any of the specified minerals remain in the product(s)?", "Yes, all three."),
        ("Q3. Do any of the smelters or processors in your supply chain source the specified minerals from conflict-affected and high-risk areas?",
         "Cobalt: Yes. Our cobalt sulphate is refined from cobalt hydroxide that originates in the Democratic Republic of the Congo; we treat the DRC as a high-risk area in line with the OECD Guidance. Nickel: No (Indonesia, Australia). Lithium: No (Australia, Chile)."),
        ("Q4. Does 100 percent of the specified minerals originate from recycled or scrap sources?", "No, for all three minerals."),
        ("Q5. What percentage of relevant suppliers have provided a response to your supply chain survey?",
         "Cobalt: greater than 75 %; nickel: 100 %; lithium: 100 %."),
        ("Q6. Have you identified all of the smelters or processors supplying the specified minerals to your supply chain?",
         "Cobalt: No – two traders supplying cobalt sulphate (about 15 % of our annual volume) have not yet disclosed their refiners. We have asked for the information by 30 June 2026. Nickel: Yes. Lithium: Yes."),
        ("Q7. Has all applicable smelter or processor information received by your company been reported in this declaration?", "Yes."),
        ("A. Have you established a responsible minerals sourcing policy?", "Yes, adopted by the Board on 14 August 2025."),
        ("B. Is the policy publicly available?", "Not yet; it will be published on www.deccancathode.in in Q3 2026."),
        ("D. Have you implemented due diligence measures for responsible sourcing?", "Yes – supplier survey, risk assessment, and on-site visits to two refiners in 2025."),
    ]
    for q, a in qa:
        docx_par(d, q, bold=True)
        docx_par(d, a)
    docx_par(d, "Processors identified (extract)", bold=True)
    docx_table(d, [["Mineral", "Processor / refiner", "Country", "RMI ID", "RMAP status"],
                   ["Cobalt", "Jiangsu Ruixin Cobalt Refining Co., Ltd.", "China", "CID004052", "Conformant"],
                   ["Cobalt", "Pohjanmaa Cobalt Chemicals Oy", "Finland", "CID003881", "Conformant"],
                   ["Nickel", "PT Sulawesi Tengah Nickel Refinery", "Indonesia", "CID004802", "Conformant"],
                   ["Lithium", "Wheatbelt Lithium Chemicals Pty Ltd", "Australia", "CID004690", "Conformant"]])
    docx_par(d, "")
    docx_par(d, "Authorised signatory: S. Raghunathan, Director – Commercial (s.raghunathan@deccancathode.in)")
    save_docx(d, path)


def m11_sa_csv(C: Corpus) -> None:
    """A Chilean lithium producer's EMRT answers as a CSV export from its compliance tool (semicolons, one row per
    question and mineral); lithium only, the own salar operation in the mine rows; clean."""
    date = D(2026, 3, 10)
    fact = minerals("EMRT", SA.legal_name, date, ["lithium"], [], False)
    path = C.add(SA, "cumplimiento/emrt_export_MSA_2026-03-10.csv", "minerals", "hw-csv-emrt", [fact],
                 ["csv", "clean"])
    lines = ["record_type;field;mineral;value;comment",
             f"header;company_name;;{SA.legal_name};",
             "header;template;;EMRT 2.1;",
             "header;declaration_scope;;Company;",
             "header;minerals_in_scope;;Lithium;",
             "header;effective_date;;2026-03-10;",
             "header;contact;;Catalina Rojas Fuentes <sostenibilidad@salarandino.cl>;",
             "question;Q1 intentionally added or used;Lithium;Yes;",
             "question;Q2 remains in product;Lithium;Yes;",
             "question;Q3 sourced from CAHRA;Lithium;No;Brine extracted at our own operation in the Antofagasta Region, Chile",
             "question;Q4 100% recycled or scrap;Lithium;No;",
             "question;Q5 supplier response rate;Lithium;100%;Vertically integrated: no third-party brine",
             "question;Q6 all smelters/processors identified;Lithium;Yes;",
             "question;Q7 all information reported;Lithium;Yes;",
             "company;A policy established;;Yes;",
             "company;B policy public;;Yes;https://www.salarandino.cl/sostenibilidad",
             "company;D due diligence implemented;;Yes;",
             "smelter;Lithium;Lithium;Planta Química La Negra Andina (Minera Salar Andino SpA);CID004733 · Chile · RMAP Conformant",
             "mine;Lithium;Lithium;Operación Salar Blanco Andino;Chile · own operation"]
    text_file(path, "\n".join(lines))


def m12_kt_emrt_pdf_fr(C: Corpus) -> None:
    """A DRC trading house's French EMRT print: 'Oui' to the CAHRA question for cobalt and copper, purchases from
    artisanal cooperatives named in a comment and in the mine list, a refiner 'non listée', 'Non' to 'identified all
    processors' for cobalt."""
    date = D(2026, 4, 22)
    fact = minerals("EMRT", KT.legal_name, date, ["cobalt", "copper"], ["cobalt", "copper"], True)
    path = C.add(KT, "conformité/Déclaration EMRT 2.1 KMT avril 2026.pdf", "minerals", "hw-emrt-pdf-fr-cd", [fact],
                 ["cahra", "artisanal", "smelter_not_rmap", "minerals_gap", "french"])
    lk = Look("Sans", 8.6, margins=(16, 16, 20, 18))
    qrows = [["Question", "Cobalt", "Cuivre", "Commentaires"],
             ["1) Ajouté intentionnellement ou utilisé ?", "Oui", "Oui", "Négoce d'hydroxyde de cobalt et de cathodes de cuivre"],
             ["2) Reste dans le produit ?", "Oui", "Oui", ""],
             ["3) Approvisionnement dans des zones de conflit ou à haut risque (CAHRA) ?", "Oui", "Oui",
              "Matières achetées auprès de coopératives minières artisanales agréées (zones d'exploitation artisanale de "
              "Kamilombe Nord et de Luilu-Sud) et de mines industrielles de la province du Lualaba (RDC)."],
             ["4) 100 % recyclé ?", "Non", "Non", ""],
             ["5) Pourcentage de fournisseurs ayant répondu", "50 % ou moins", "Plus de 75 %", ""],
             ["6) Toutes les fonderies / tous les transformateurs identifiés ?", "Non", "Oui",
              "Les acheteurs d'hydroxyde en aval ne communiquent pas tous leurs affineurs."],
             ["7) Toutes les informations déclarées ?", "Oui", "Oui", ""]]
    s = [P("DÉCLARATION EMRT 2.1 (Extended Minerals Reporting Template)", lk.h2),
         P(KT.legal_name, lk.h3), P(ADDR[KT.name] + " · RCCM CD/KZI/RCCM/19-B-00412 · Id. Nat. 14-H5300-N71284K",
                                   lk.small), SP(3),
         KV(lk, [("Nom de la société", KT.legal_name), ("Portée", "Société"), ("Minerais concernés", "Cobalt, Cuivre"),
                 ("Contact", "Patrick Ilunga Kasongo – conformite@kolwezi-metals.cd – +243 81 555 0147"),
                 ("Autorisé par", "Jean-Marie Tshibangu Mwamba, Directeur général"),
                 ("Date d'effet", "le 22 avril 2026")], widths=(45, 135)), SP(4),
         TBL(lk, qrows, [70, 18, 20, 72]), SP(4),
         P("Liste des fonderies / transformateurs", lk.h3),
         TBL(lk, [["Métal", "Nom", "Pays", "Identifiant RMI", "Commentaire"],
                  ["Cobalt", "Jiangsu Ruixin Cobalt Refining Co., Ltd.", "Chine", "CID004052", "Conforme RMAP"],
                  ["Cobalt", "Lualaba Hydroxide Processing SARL", "RDC", "—", "Raffinerie non listée ; non évaluée RMAP"],
                  ["Cuivre", "Kolwezi Copper Cathode Plant SA", "RDC", "CID004361", "Active (évaluation en cours)"]],
             [18, 62, 18, 28, 54]), SP(4),
         P("Liste des mines", lk.h3),
         TBL(lk, [["Métal", "Mine / site", "Pays", "Commentaire"],
                  ["Cobalt", "ZEA Kamilombe Nord – Coopérative minière COMIKAN", "RDC", "exploitation minière artisanale et à petite échelle (EMAPE)"],
                  ["Cobalt / Cuivre", "ZEA Luilu-Sud – Coopérative COMALU", "RDC", "exploitation artisanale"],
                  ["Cuivre", "Kanfwa industrial copper-cobalt mine", "RDC", "mine industrielle"]],
             [24, 80, 16, 60])]
    pdf(path, s, lk, running(header_right="EMRT 2.1 – KMT", footer_right="Page {page} sur {total}"))


MINERALS_DOCS = [m01_hy_emrt_zh, m02_sj_emrt_en, m03_mf_cmrt_de, m04_od_cmrt_flags, m05_bj_cmrt_es,
                 m06_ks_own_xlsx_ja, m07_pa_emrt_pdf_fr, m08_hs_own_xlsx_es, m09_cg_cmrt_pdf_us,
                 m10_dc_questionnaire_prose, m11_sa_csv, m12_kt_emrt_pdf_fr]


# ---------------------------------------------------------------------------------------------------------------
# KPI exports: monthly delivery and quality figures as suppliers' ERPs and quality teams send them
# ---------------------------------------------------------------------------------------------------------------

MON_ABBR_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_ABBR_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
MON_ABBR_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MON_DE = bt.MON_DE


def _ym(y: int, m: int) -> str:
    return f"{y}-{m:02d}"


def p01_hy_xlsx_zh(C: Corpus) -> None:
    """A bilingual Chinese monthly report in Excel: months as text '2026/01', OTD and PPM as numbers, lead time in
    days, order lines and a YTD row that is no month."""
    data = [(1, 97.8, 42, 56), (2, 98.4, 38, 56), (3, 96.1, 65, 63), (4, 98.9, 31, 52), (5, 99.2, 29, 49),
            (6, 98.0, 35, 49)]
    fact = kpi([month(_ym(2026, m), o, p, lt) for m, o, p, lt in data])
    path = C.add(HY, "KPI/客户交付与质量月报 Kestrel 2026H1.xlsx", "kpi", "hw-xlsx-zh-slash-months", [fact],
                 ["chinese", "ytd_row"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "供应商绩效 KPI"
    ws.append(["江苏淮扬新能源电池有限公司 — 客户交付与质量月报 / Monthly delivery & quality report"])
    ws.append(["客户 Customer: " + BUYER, None, None, None, "编制 Prepared by: 客户质量部 CQE 赵敏"])
    ws.append([])
    ws.append(["月份 Month", "订单行数 Order lines", "准时交付率 OTD (%)", "客户端不良 PPM", "平均交期 Lead time (天/days)",
               "备注 Remarks"])
    lines = [212, 198, 240, 226, 231, 219]
    remarks = ["", "春节 Chinese New Year", "3月 港口拥堵 port congestion Lianyungang", "", "", ""]
    for (m, o, p, lt), n, r in zip(data, lines, remarks, strict=True):
        ws.append([f"2026/{m:02d}", n, o, p, lt, r])
    ws.append(["YTD 累计", sum(lines), 98.0, 40, 54, ""])
    for col, w in zip("ABCDEF", [14, 18, 18, 16, 24, 36], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def p02_sj_csv_otif(C: Corpus) -> None:
    """A Korean supplier's CSV: months 'Apr-26', 'OTIF %' and 'DPPM', no lead time."""
    data = [(4, 96.5, 18), (5, 97.9, 22), (6, 98.6, 12), (7, 99.1, 9), (8, 97.2, 27), (9, 98.8, 15)]
    fact = kpi([month(_ym(2026, m), o, p, None) for m, o, p in data])
    path = C.add(SJ, "reports/SJES_supplier_performance_Kestrel_Apr-Sep26.csv", "kpi", "hw-csv-otif-mon-yy", [fact],
                 ["csv", "no_lead_time"])
    out = ["Customer,Plant,Month,Shipments,OTIF %,DPPM,Comments"]
    ships = [48, 52, 55, 51, 46, 53]
    comments = ["", "", "", "", "Typhoon Khanun - Busan port closure 2 days", ""]
    for (m, o, p), n, c in zip(data, ships, comments, strict=True):
        out.append(f"Kestrel Battery Systems B.V.,Ochang P2,{MON_ABBR_EN[m - 1]}-26,{n},{o:.1f},{p},\"{c}\"")
    text_file(path, "\n".join(out))


def p03_mf_csv_de(C: Corpus) -> None:
    """A German SAP export as CSV: semicolons, month names 'März 2026', decimal commas with a '%' sign, ppm with a
    thousands dot ('1.250'), replenishment lead time in days."""
    data = [(1, 97.5, 1250, 38), (2, 98.1, 980, 36), (3, 96.4, 1420, 41), (4, 99.0, 760, 35), (5, 98.7, 690, 35),
            (6, 99.3, 540, 34)]
    fact = kpi([month(_ym(2026, m), o, p, lt) for m, o, p, lt in data])
    path = C.add(MF, "Kennzahlen/Lieferantenbewertung_Kestrel_2026-H1.csv", "kpi", "hw-csv-de-decimal-comma", [fact],
                 ["csv", "german", "decimal_comma", "thousands_dot"])
    out = ["Kunde;Monat;Liefertermintreue;Reklamations-ppm;Wiederbeschaffungszeit (Tage);Anzahl Lieferpositionen"]
    pos = [118, 124, 131, 127, 122, 130]
    for (m, o, p, lt), n in zip(data, pos, strict=True):
        out.append(f"Kestrel Battery Systems B.V.;{MON_DE[m - 1]} 2026;{dec(o)} %;{thou(p)};{lt};{n}")
    text_file(path, "\n".join(out))


def p04_od_pdf_quarter(C: Corpus) -> None:
    """A quarterly scorecard PDF: the Q2 table has three months and a 'Q2 2026' row; page 2 has the Q1 history
    transposed (months as columns)."""
    q2 = [(4, 97.3, 88, 31), (5, 98.2, 64, 29), (6, 96.8, 102, 33)]
    q1 = [(1, 95.9, 140, 36), (2, 97.0, 115, 34), (3, 97.6, 97, 32)]
    fact = kpi([month(_ym(2026, m), o, p, lt) for m, o, p, lt in q1 + q2])
    path = C.add(OD, "raporty/Supplier Scorecard Q2 2026 - Odra Power Packs.pdf", "kpi", "hw-pdf-quarter-transposed",
                 [fact], ["quarter_row", "transposed", "two_tables"])
    lk = Look("Arial", 9.2, margins=(18, 18, 22, 20))
    head = ["Month", "Delivery reliability (%)", "Quality (PPM)", "Avg. lead time (days)", "Lines delivered"]
    lines = [412, 398, 431]
    rows = [head] + [[f"{MON_ABBR_EN[m - 1]} 2026", f"{o:.1f}", str(p), str(lt), str(n)]
                     for (m, o, p, lt), n in zip(q2, lines, strict=True)]
    rows.append(["Q2 2026", "97.4", "85", "31", str(sum(lines))])
    hist = [["KPI"] + [f"{MON_ABBR_EN[m - 1]} 2026" for m, *_ in q1],
            ["Delivery reliability (%)"] + [f"{o:.1f}" for _, o, _, _ in q1],
            ["Quality (PPM)"] + [str(p) for _, _, p, _ in q1],
            ["Avg. lead time (days)"] + [str(lt) for *_, lt in q1]]
    s = [P("Odra Power Packs Sp. z o.o.", lk.h2), P("Supplier Scorecard – customer Kestrel Battery Systems B.V.", lk.h1l),
         P("Reporting period: Q2 2026 (April – June) · prepared by Customer Quality, Wrocław", lk.small), SP(4),
         TBL(lk, rows, [32, 40, 30, 38, 30]), SP(3),
         P("Targets (FPA Schedule 2): delivery reliability ≥ 97.0 %, quality ≤ 100 ppm. June: two late call-offs "
           "(OPP-P96-280) due to a BMS board shortage; 8D CR-2026-061 closed 2026-07-08.", lk.body),
         PageBreak(), P("History – Q1 2026", lk.h2), TBL(lk, hist, [52, 36, 36, 36]), SP(3),
         P("Q1 2026 totals: 1,187 lines delivered; 11 late lines; 4 complaints (all closed).", lk.body)]
    pdf(path, s, lk, running(footer_left="OPP Customer Quality", footer_right="{page}/{total}"))


def p05_bj_docx_es(C: Corpus) -> None:
    """A Mexican Word report: 'ene-26' months, 'Entregas a tiempo (%)', 'Calidad (ppm)', 'Tiempo de entrega
    (días)' with a decimal point, and an annual target row."""
    data = [(1, 93.8, 310, 21), (2, 95.2, 240, 20), (3, 96.0, 205, 19), (4, 94.1, 260, 22), (5, 95.7, 190, 19),
            (6, 96.4, 175, 18)]
    fact = kpi([month(_ym(2026, m), o, p, lt) for m, o, p, lt in data])
    path = C.add(BJ, "indicadores/Indicadores de desempeño 1er semestre 2026.docx", "kpi", "hw-docx-es-mes-yy", [fact],
                 ["spanish", "target_row"])
    d = new_docx("Arial", 10)
    docx_header_footer(d, BJ.legal_name, "Indicadores de desempeño – uso interno del cliente")
    docx_par(d, "Indicadores de desempeño del proveedor", bold=True, size=14)
    docx_par(d, f"Cliente: {BUYER} · Periodo: enero – junio 2026 · Planta Querétaro")
    docx_table(d, [["Mes", "Entregas a tiempo (%)", "Calidad (ppm)", "Tiempo de entrega (días)"]] +
               [[f"{MON_ABBR_ES[m - 1]}-26", f"{o:.1f}", str(p), str(lt)] for m, o, p, lt in data] +
               [["Meta 2026", "≥ 95.0", "≤ 200", "≤ 20"]])
    docx_par(d, "")
    docx_par(d, "Comentarios: en enero y abril el retraso se debió a la escasez de celdas del proveedor asiático; se "
                "activó un segundo proveedor de celdas a partir de mayo. Responsable: Mariana Olvera Ledesma.")
    save_docx(d, path)


def p06_cg_xlsx_erp_dates(C: Corpus) -> None:
    """A US ERP export: the period as real Excel dates shown 'mmm-yy', OTD as a fraction with a percent format
    (0.962 shown 96.2%), quality PPM, average lead time, receipts, late lines and invoiced USD."""
    data = [(4, 0.962, 410, 84), (5, 0.948, 520, 88), (6, 0.975, 260, 81), (7, 0.981, 190, 79), (8, 0.957, 330, 86),
            (9, 0.969, 240, 82)]
    fact = kpi([month(_ym(2026, m), round(o * 100, 1), p, lt) for m, o, p, lt in data])
    path = C.add(CG, "performance/Supplier Performance Report - Vendor 100482 - FY26.xlsx", "kpi",
                 "hw-xlsx-erp-excel-dates", [fact], ["excel_dates", "percent_format", "extra_columns"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "SPR"
    ws.append(["Supplier Performance Report"])
    ws.append(["Vendor", "100482 Cascade Gridworks, Inc."])
    ws.append(["Buyer org", "KBS-EU / Kestrel Battery Systems B.V."])
    ws.append(["Run date", dt.datetime(2026, 10, 6)])
    ws["B4"].number_format = "yyyy-mm-dd"
    ws.append([])
    ws.append(["Period", "Receipts", "Lines Late", "Delivery Reliability %", "Quality PPM", "Avg Lead Time (d)",
               "Invoiced USD"])
    receipts = [26, 29, 40, 52, 46, 48]
    inv = [3_912_400.00, 4_288_150.50, 5_940_000.00, 7_705_320.25, 6_811_900.00, 7_120_480.75]
    for i, ((m, o, p, lt), n, v) in enumerate(zip(data, receipts, inv, strict=True)):
        r = 7 + i
        ws.append([dt.datetime(2026, m, 1), n, round(n * (1 - o)), o, p, lt, v])
        ws[f"A{r}"].number_format = "mmm-yy"
        ws[f"D{r}"].number_format = "0.0%"
        ws[f"G{r}"].number_format = "#,##0.00"
    for col, w in zip("ABCDEFG", [12, 10, 11, 22, 12, 18, 16], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def p07_pa_pdf_fr(C: Corpus) -> None:
    """A French PDF dashboard: 'janv. 2026' months, 'Taux de service' with decimal commas and '%', PPM with a
    space as thousands separator ('1 250'), 'Délai moyen (jours)'."""
    data = [(1, 95.5, 1250, 58), (2, 96.8, 980, 56), (3, 97.5, 860, 56), (4, 98.2, 720, 55), (5, 94.9, 1310, 61),
            (6, 97.1, 900, 57)]
    fact = kpi([month(_ym(2026, m), o, p, lt) for m, o, p, lt in data])
    path = C.add(PA, "indicateurs/Tableau de bord fournisseur S1 2026.pdf", "kpi", "hw-pdf-fr-decimal-comma", [fact],
                 ["french", "decimal_comma", "thousands_space"])
    lk = Look("Sans", 9.2, margins=(18, 18, 22, 20))
    rows = [["Mois", "Taux de service (%)", "PPM qualité", "Délai moyen (jours)", "Commandes livrées"]]
    orders = [22, 24, 25, 23, 26, 24]
    for (m, o, p, lt), n in zip(data, orders, strict=True):
        rows.append([f"{MON_ABBR_FR[m - 1]} 2026", f"{dec(o)} %", thou(p, " "), str(lt), str(n)])
    s = [P(PA.legal_name, lk.h2), P("Tableau de bord fournisseur – 1er semestre 2026", lk.h1l),
         P(f"Client : {BUYER} · Produits : PA-P811-S, PA-P622-S", lk.small), SP(4),
         TBL(lk, rows, [30, 36, 30, 36, 34]), SP(3),
         P("Objectif contractuel (art. 8.1) : taux de service ≥ 96 % par trimestre. Mai 2026 : arrêt technique du "
           "four de calcination n° 2 (9 jours).", lk.body)]
    pdf(path, s, lk, running(footer_right="Page {page}/{total}", footer_left="Diffusion : client"))


def p08_ks_docx_transposed_ja(C: Corpus) -> None:
    """A Japanese Word report with the months as columns ('2026年4月' …) and the KPIs as rows."""
    data = [(4, 99.5, 4, 35), (5, 100.0, 0, 35), (6, 98.7, 8, 42), (7, 99.1, 3, 35), (8, 99.8, 2, 35),
            (9, 99.4, 5, 38)]
    fact = kpi([month(_ym(2026, m), o, p, lt) for m, o, p, lt in data])
    path = C.add(KS, "月次報告/月次品質・納期報告_2026年4月-9月.docx", "kpi", "hw-docx-ja-transposed", [fact],
                 ["japanese", "transposed"])
    d = new_docx("MS Gothic", 10)
    docx_header_footer(d, "木曽アドバンストマテリアルズ株式会社 品質保証部", "社外秘")
    docx_par(d, "月次品質・納期報告（Kestrel Battery Systems B.V. 様向け）", bold=True, size=13)
    docx_par(d, "対象製品：KAM-NCA-88 / KAM-NCA-91　　期間：2026年4月～9月")
    docx_table(d, [["項目"] + [f"2026年{m}月" for m, *_ in data],
                   ["納期遵守率 OTD (%)"] + [f"{o:.1f}" for _, o, _, _ in data],
                   ["不良率 (ppm)"] + [str(p) for _, _, p, _ in data],
                   ["リードタイム (日)"] + [str(lt) for *_, lt in data]])
    docx_par(d, "")
    docx_par(d, "所見：6月の納期遅れ（1件）は焼成炉の定期点検延長によるもの。不良率目標 10 ppm 以下を全月で達成。")
    docx_par(d, "作成：品質保証部　小野寺 健一")
    save_docx(d, path)


def p09_dc_text_email(C: Corpus) -> None:
    """An e-mail saved as text with a fixed-width table: months 'Apr-26', 'Rejection PPM' with Indian thousands
    commas ('1,250'), 'LT (days)'."""
    data = [(4, 94.0, 1250, 30), (5, 96.5, 820, 28), (6, 97.2, 640, 28), (7, 95.8, 1040, 32), (8, 98.0, 510, 27),
            (9, 97.4, 580, 27)]
    fact = kpi([month(_ym(2026, m), o, p, lt) for m, o, p, lt in data])
    path = C.add(DC, "reports/Vendor rating Apr-Sep 2026 (email).txt", "kpi", "hw-txt-email-fixed-width", [fact],
                 ["email", "thousands_comma"])
    rows = "\n".join(f"  {MON_ABBR_EN[m - 1]}-26     {o:5.1f}        {thou(p, ','):>6}          {lt:>3}"
                     for m, o, p, lt in data)
    text = f"""From: S. Raghunathan <s.raghunathan@deccancathode.in>
To: supplier.quality@kestrel-bs.com
Cc: qa@deccancathode.in
Date: Mon, 12 Oct 2026 10:42:17 +0530
Subject: Vendor rating - Deccan Cathode Materials - Apr to Sep 2026

Dear Ms. Jansen,

As requested in the last QBR, please find below our delivery and quality figures for your Chakan and
Eindhoven call-offs, April to September 2026 (NMC 622 CAM, part no. DCM-CAM-622-HN).

  Month     OTD %    Rejection PPM    LT (days)
  -------   -----    -------------    ---------
{rows}

July: one lot (DC-2607-118) rejected for moisture (0.07 % vs 0.05 % spec) - 8D submitted 24-07-2026.
Lead time is from PO acknowledgement to dispatch from Chakan.

Regards,
S. Raghunathan
Director - Commercial, Deccan Cathode Materials Pvt. Ltd.
"""
    text_file(path, text)


def p10_hs_xlsx_transposed_es(C: Corpus) -> None:
    """A Spanish Excel sheet with the months as columns ('ene-26' …) and the KPIs as rows, values as text with decimal
    commas ('97,5 %'); a target column on the right."""
    data = [(1, 97.5, 160, 24), (2, 98.2, 120, 22), (3, 96.9, 185, 25), (4, 98.8, 95, 21), (5, 99.0, 110, 21),
            (6, 98.4, 130, 22)]
    fact = kpi([month(_ym(2026, m), o, p, lt) for m, o, p, lt in data])
    path = C.add(HS, "indicadores/KPI proveedor Hispalis 2026 S1.xlsx", "kpi", "hw-xlsx-es-transposed-text", [fact],
                 ["spanish", "transposed", "decimal_comma", "target_column"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "KPI 2026"
    ws.append(["Hispalis Energía Modular, S.L. – Indicadores para Kestrel Battery Systems B.V."])
    ws.append([])
    ws.append(["Indicador"] + [f"{MON_ABBR_ES[m - 1]}-26" for m, *_ in data] + ["Objetivo ANS"])
    ws.append(["Puntualidad (%)"] + [f"{dec(o)} %" for _, o, _, _ in data] + ["≥ 97 %"])
    ws.append(["PPM"] + [str(p) for _, _, p, _ in data] + ["≤ 150"])
    ws.append(["Plazo de entrega (días)"] + [str(lt) for *_, lt in data] + ["—"])
    ws.append([])
    ws.append(["Fuente: SAP Business One, informe de entregas; PPM según reclamaciones aceptadas."])
    ws.column_dimensions["A"].width = 26
    save_xlsx(wb, path)


KPI_DOCS = [p01_hy_xlsx_zh, p02_sj_csv_otif, p03_mf_csv_de, p04_od_pdf_quarter, p05_bj_docx_es,
            p06_cg_xlsx_erp_dates, p07_pa_pdf_fr, p08_ks_docx_transposed_ja, p09_dc_text_email,
            p10_hs_xlsx_transposed_es]


# ---------------------------------------------------------------------------------------------------------------
# Supplier profiles and Code-of-Conduct acknowledgements
# ---------------------------------------------------------------------------------------------------------------

def q01_hy_docx_bilingual(C: Corpus) -> None:
    """A bilingual Chinese onboarding questionnaire in a Word table; the Code of Conduct signed ('已签署 Signed')."""
    fact = profile(legal_name=HY.legal_name, country="China", segment="cell_manufacturer",
                   products=["HY-LFP-280K", "HY-LFP-314K", "HY-NCM-135P"],
                   materials={"lithium": ["Chile", "Argentina"], "cobalt": ["Democratic Republic of the Congo"],
                              "nickel": ["Indonesia"], "natural graphite": ["China"]},
                   single_sourced_parts=["Aluminium can (prismatic housing)", "Ceramic-coated separator"],
                   contact_email="wangliqun@hy-battery.cn", code_of_conduct_signed=True, automotive=True)
    path = C.add(HY, "onboarding/供应商基本信息调查表 Supplier Information Questionnaire.docx", "profile",
                 "hw-docx-zh-en-table", [fact], ["chinese", "bilingual", "coc_signed"])
    d = new_docx("SimSun", 10)
    docx_header_footer(d, f"{BUYER} · Supplier Onboarding", "表单 Form SO-01 Rev. 3")
    docx_par(d, "供应商基本信息调查表", bold=True, size=16, align="center")
    docx_par(d, "Supplier Information Questionnaire", bold=True, align="center")
    docx_table(d, [["项目 Item", "回答 Answer"],
                   ["公司法定名称 Legal name", f"江苏淮扬新能源电池有限公司\n{HY.legal_name}"],
                   ["统一社会信用代码 Registration no.", "91320800MA1XK7P45T"],
                   ["国家/地区 Country", "中国 China"],
                   ["注册地址 Registered address", ADDR[HY.name]],
                   ["供应商类别 Supplier category", "电芯制造商 Cell manufacturer (LFP prismatic, NCM pouch)"],
                   ["主要产品型号 Main product models", "HY-LFP-280K; HY-LFP-314K; HY-NCM-135P"],
                   ["是否供应汽车行业 Automotive supplier (IATF 16949)", "是 Yes – IATF 16949 证书 No. 0478221"],
                   ["联系人 Contact", "王立群 Wang Liqun, 客户质量经理 Customer Quality Manager"],
                   ["电子邮箱 E-mail", "wangliqun@hy-battery.cn"],
                   ["电话 Phone", "+86 517 8390 2266"]], bold_first_col=True)
    docx_par(d, "")
    docx_par(d, "关键原材料及原产国 Key raw materials and countries of origin", bold=True)
    docx_table(d, [["原材料 Material", "原产国 Country of origin", "备注 Remarks"],
                   ["锂 Lithium", "智利 Chile; 阿根廷 Argentina", "碳酸锂 lithium carbonate"],
                   ["钴 Cobalt", "刚果（金）DR Congo", "经中国精炼厂 via refiners in China"],
                   ["镍 Nickel", "印度尼西亚 Indonesia", ""],
                   ["天然石墨 Natural graphite", "中国 China", "负极 anode"]])
    docx_par(d, "")
    docx_par(d, "单一来源零部件 Single-sourced parts", bold=True)
    docx_par(d, "1. 铝壳 Aluminium can (prismatic housing) – 常州某精密结构件公司 Changzhou precision parts supplier")
    docx_par(d, "2. 陶瓷涂覆隔膜 Ceramic-coated separator – 单一认证供应商 one qualified source")
    docx_par(d, "")
    docx_par(d, "供应商行为准则 Supplier Code of Conduct", bold=True)
    docx_par(d, "☑ 已签署 Signed – 签署日期 Date: 2026-03-10，签署人 Signed by: 徐文博 Xu Wenbo（副总裁 Vice President）")
    save_docx(d, path)


def q02_sj_xlsx_twocol(C: Corpus) -> None:
    """A Korean supplier's self-assessment as a two-column Excel sheet; materials and origins in one cell; 'Y –
    signed 2026-02-20' for the Code of Conduct."""
    fact = profile(legal_name=SJ.legal_name, country="South Korea", segment="cell_manufacturer",
                   products=["SJ-P50E", "SJ-P63E", "SJ-C21700-50"],
                   materials={"nickel": ["Indonesia", "Australia"], "cobalt": ["Australia", "Canada"],
                              "lithium": ["Chile", "Australia"], "natural graphite": ["China"]},
                   single_sourced_parts=["Pouch film (aluminium laminate)"],
                   contact_email="compliance@sejin-es.co.kr", code_of_conduct_signed=True, automotive=True)
    path = C.add(SJ, "compliance/Supplier Self-Assessment_Sejin Energy Solution_2026.xlsx", "profile",
                 "hw-xlsx-two-column", [fact], ["coc_signed"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Self-Assessment"
    rows = [["SUPPLIER SELF-ASSESSMENT (Kestrel Battery Systems – onboarding)", ""], ["", ""],
            ["Legal name of company", SJ.legal_name + " (세진에너지솔루션 주식회사)"],
            ["Country of headquarters", "Republic of Korea"],
            ["Business type", "Lithium-ion cell manufacturer (pouch and cylindrical)"],
            ["Product models supplied", "SJ-P50E (pouch 50 Ah), SJ-P63E (pouch 63 Ah), SJ-C21700-50"],
            ["Key raw materials & origin",
             "Nickel: Indonesia, Australia / Cobalt: Australia, Canada / Lithium: Chile, Australia / Natural graphite: China"],
            ["Single-source components", "Pouch film (aluminium laminate) – one qualified supplier in Japan"],
            ["Automotive (IATF 16949 certified)", "Yes"],
            ["Contact person", "Park Ji-hoon, Compliance Team"],
            ["Contact e-mail", "compliance@sejin-es.co.kr"],
            ["Supplier Code of Conduct acknowledged", "Y – signed 2026-02-20 by Lee Dong-hyun"],
            ["Conflict minerals policy", "Yes – see EMRT v2.1 dated 2026-03-31"]]
    for r in rows:
        ws.append(r)
    ws.column_dimensions["A"].width = 38
    ws.column_dimensions["B"].width = 95
    save_xlsx(wb, path)


def q03_mf_pdf_de_unsigned(C: Corpus) -> None:
    """A German 'Lieferantenselbstauskunft' PDF form: 'Verhaltenskodex … Unterschrift ausstehend'."""
    fact = profile(legal_name=MF.legal_name, country="Germany", segment="pack_integrator",
                   products=["MFB-48V-2.4", "MFB-400V-60", "MFB-800V-90"],
                   materials={"lithium-ion cells": ["South Korea", "China"], "aluminium": ["Germany"]},
                   single_sourced_parts=["BMS board MFB-BMS-16S"],
                   contact_email="lieferantenmanagement@mainfranken-bs.de", code_of_conduct_signed=False,
                   automotive=True)
    path = C.add(MF, "Lieferantenfreigabe/Lieferantenselbstauskunft Mainfranken 2026.pdf", "profile",
                 "hw-pdf-de-form", [fact], ["german", "coc_unsigned", "unterschrift_ausstehend"])
    lk = Look("Arial", 9.4, margins=(20, 20, 22, 20))
    s = [P("Lieferantenselbstauskunft", lk.h1l), P(f"für die Lieferantenfreigabe bei {BUYER}", lk.body), SP(3),
         P("1. Unternehmensdaten", lk.h3),
         KV(lk, [("Firma (vollständige Bezeichnung)", MF.legal_name), ("Anschrift", ADDR[MF.name]),
                 ("Land", "Deutschland"), ("Handelsregister", "Amtsgericht Würzburg, HRB 14 772"),
                 ("Lieferantenkategorie", "Integrator Batteriemodule / Batteriesysteme (Pack-Montage)"),
                 ("Branche Automobil", "ja – IATF 16949 zertifiziert, Serienlieferant für Nutzfahrzeuge")],
            widths=(60, 110)), SP(3),
         P("2. Produkte und Materialien", lk.h3),
         KV(lk, [("Produkte (Typbezeichnungen)", "MFB-48V-2.4, MFB-400V-60, MFB-800V-90"),
                 ("Wesentliche Materialien / Herkunftsländer", "Lithium-Ionen-Zellen: Südkorea, China\nAluminium (Gehäuse): Deutschland"),
                 ("Single-Source-Teile", "BMS-Platine MFB-BMS-16S (einziger freigegebener Bestücker)")],
            widths=(60, 110)), SP(3),
         P("3. Ansprechpartner", lk.h3),
         KV(lk, [("Name", "Sabine Köhler, Lieferantenmanagement"),
                 ("E-Mail", "lieferantenmanagement@mainfranken-bs.de"), ("Telefon", "+49 931 460 88-310")],
            widths=(60, 110)), SP(3),
         P("4. Erklärungen", lk.h3),
         KV(lk, [("Verhaltenskodex für Lieferanten (Supplier Code of Conduct) des Kunden",
                  "Unterschrift ausstehend – Prüfung durch unsere Rechtsabteilung läuft"),
                 ("Konfliktmineralien (CMRT)", "liegt vor (CMRT 6.5 vom 27.02.2026)"),
                 ("Umweltmanagement", "ISO 14001:2015")], widths=(60, 110)), SP(6),
         P("Würzburg, 04.03.2026 – S. Köhler", lk.body)]
    pdf(path, s, lk, running(footer_left="Formblatt LSA-01", footer_right="Seite {page}/{total}"))


def q04_od_xlsx_no_coc(C: Corpus) -> None:
    """A Polish/English supplier card in Excel without any Code-of-Conduct question (the field is not stated)."""
    fact = profile(legal_name=OD.legal_name, country="Poland", segment="pack_integrator",
                   products=["OPP-M12-LFP", "OPP-P48-200", "OPP-P96-280"],
                   materials={"LFP cells": ["China"], "copper busbars": ["Poland"]},
                   single_sourced_parts=["BMS board OPP-BMS-48", "Cell holder frame (injection moulded)"],
                   contact_email="t.zielinski@odrapower.pl", code_of_conduct_signed=None, automotive=False)
    path = C.add(OD, "onboarding/Karta dostawcy - Supplier card OPP.xlsx", "profile", "hw-xlsx-pl-en-card", [fact],
                 ["polish", "coc_not_stated"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Karta dostawcy"
    rows = [["KARTA DOSTAWCY / SUPPLIER CARD", ""], ["", ""],
            ["Pełna nazwa firmy / Full legal name", OD.legal_name],
            ["Kraj / Country", "Polska / Poland"],
            ["NIP / REGON", "8951234560 / 363110482"],
            ["Profil działalności / Business profile", "Montaż modułów i pakietów baterii / Battery module and pack assembly"],
            ["Produkty / Products", "OPP-M12-LFP; OPP-P48-200; OPP-P96-280"],
            ["Kluczowe materiały i kraj pochodzenia / Key materials and origin", "Ogniwa LFP / LFP cells – Chiny / China; Szyny miedziane / copper busbars – Polska / Poland"],
            ["Części z jednego źródła / Single-sourced parts", "Płytka BMS OPP-BMS-48 / BMS board OPP-BMS-48; Ramka ogniw (wtrysk) / Cell holder frame (injection moulded)"],
            ["Branża motoryzacyjna / Automotive", "Nie – wyłącznie przemysł i intralogistyka / No – industrial and intralogistics only"],
            ["Osoba kontaktowa / Contact", "Tomasz Zieliński, Kierownik ds. Jakości / Quality Manager"],
            ["E-mail", "t.zielinski@odrapower.pl"],
            ["Certyfikaty / Certificates", "ISO 9001:2015, ISO 14001:2015"]]
    for r in rows:
        ws.append(r)
    ws.column_dimensions["A"].width = 60
    ws.column_dimensions["B"].width = 90
    save_xlsx(wb, path)


def q05_cg_json_portal(C: Corpus) -> None:
    """A supplier-portal JSON export with its own key names; the Code of Conduct 'not yet returned'."""
    fact = profile(legal_name=CG.legal_name, country="United States", segment="ess_integrator",
                   products=["CGW-BESS-2150", "CGW-BESS-5000-AC"],
                   materials={"LFP cells": ["China", "United States"], "steel enclosures": ["United States"]},
                   single_sourced_parts=["Liquid cooling unit CU-40"],
                   contact_email="supplychain@cascadegridworks.com", code_of_conduct_signed=False, automotive=False)
    path = C.add(CG, "onboarding/portal_export_vendor_100482.json", "profile", "hw-json-portal-keys", [fact],
                 ["json", "coc_unsigned", "not_yet_returned"])
    doc = {"exportedAt": "2026-05-18T14:02:11Z", "portal": "Kestrel Supplier Portal v4",
           "vendor": {"vendorId": "100482", "companyName": CG.legal_name, "dba": "Cascade Grid",
                      "hq": {"street": "2200 E Marginal Way S", "city": "Seattle", "state": "WA", "country": "US"},
                      "category": "Energy storage systems (BESS integrator)", "automotiveSupplier": False},
           "catalog": [{"sku": "CGW-BESS-2150", "description": "2.15 MWh containerized LFP BESS, DC block"},
                       {"sku": "CGW-BESS-5000-AC", "description": "5 MWh AC-coupled BESS with PCS"}],
           "inputs": [{"material": "LFP cells", "origin": ["CN", "US"]},
                      {"material": "Steel enclosures", "origin": ["US"]}],
           "soleSourceComponents": ["Liquid cooling unit CU-40"],
           "primaryContact": {"name": "Dana Whitfield", "role": "Supply Chain Compliance Lead",
                              "email": "supplychain@cascadegridworks.com"},
           "policyAcknowledgements": {"supplierCodeOfConduct": {"status": "not yet returned", "requested": "2026-05-04",
                                                                "reminders": 2},
                                      "conflictMinerals": {"status": "received", "document": "CMRT 6.5, 2026-05-04"}}}
    text_file(path, json.dumps(doc, indent=2, ensure_ascii=False))


def q06_dc_yaml(C: Corpus) -> None:
    """A YAML profile the supplier filled in from a template with its own key names; Code of Conduct signed."""
    fact = profile(legal_name=DC.legal_name, country="India", segment="cell_component",
                   products=["DCM-CAM-622-HN", "DCM-CAM-811-SC", "DCM-PCAM-811"],
                   materials={"cobalt": ["Democratic Republic of the Congo"], "nickel": ["Indonesia", "Australia"],
                              "lithium": ["Australia", "Chile"]},
                   single_sourced_parts=["Cobalt sulphate (one approved refiner for DCM-CAM-811-SC)"],
                   contact_email="s.raghunathan@deccancathode.in", code_of_conduct_signed=True, automotive=False)
    path = C.add(DC, "onboarding/supplier_profile_DCM.yaml", "profile", "hw-yaml-own-keys", [fact],
                 ["yaml", "coc_signed"])
    text = f"""# Supplier profile – submitted through the Kestrel onboarding template (YAML)
registered_name: {DC.legal_name}
cin: U24299PN2017PTC171102
country_of_incorporation: India
registered_office: "{ADDR[DC.name]}"
business_segment: Cathode active material (NMC) and precursor manufacturer
product_codes:
  - DCM-CAM-622-HN     # NMC 622 cathode active material, high-nickel
  - DCM-CAM-811-SC     # NMC 811 single-crystal CAM
  - DCM-PCAM-811       # NMC 811 hydroxide precursor
raw_material_origins:
  cobalt: [Democratic Republic of the Congo]
  nickel: [Indonesia, Australia]
  lithium: [Australia, Chile]
single_source_items:
  - Cobalt sulphate (one approved refiner for DCM-CAM-811-SC)
spoc:
  name: S. Raghunathan
  designation: Director - Commercial
  email: s.raghunathan@deccancathode.in
supplier_code_of_conduct:
  signed: yes
  signed_on: 2026-03-27
automotive_supplier: no        # no IATF 16949; our customers make cells for stationary storage
quality_certifications: [ISO 9001:2015, ISO 14001:2015]
"""
    text_file(path, text)


def q07_sa_docx_es(C: Corpus) -> None:
    """A Spanish registration form in Word: 'Código de Conducta … Firmado: Sí', single-sourced parts 'Ninguno'."""
    fact = profile(legal_name=SA.legal_name, country="Chile", segment="raw_material",
                   products=["Li2CO3-BG-995", "LiOH-BG-565"], materials={"lithium": ["Chile"]},
                   single_sourced_parts=[], contact_email="comercial@salarandino.cl", code_of_conduct_signed=True,
                   automotive=False)
    path = C.add(SA, "registro/Formulario registro de proveedor - Minera Salar Andino.docx", "profile",
                 "hw-docx-es-form", [fact], ["spanish", "coc_signed", "none_single_sourced"])
    d = new_docx("Calibri", 10.5)
    docx_header_footer(d, f"{BUYER} – Registro de proveedores", "Formulario RP-02")
    docx_par(d, "Formulario de registro de proveedor", bold=True, size=15)
    docx_table(d, [["Razón social", SA.legal_name], ["RUT", "76.884.512-3"], ["País", "Chile"],
                   ["Domicilio", ADDR[SA.name]],
                   ["Rubro", "Producción de carbonato e hidróxido de litio grado batería (materia prima)"],
                   ["Productos", "Li2CO3-BG-995 (carbonato de litio 99,5 %), LiOH-BG-565 (hidróxido de litio monohidratado 56,5 %)"],
                   ["Materias primas y origen", "Salmuera de litio – Chile (operación propia, Región de Antofagasta)"],
                   ["Componentes de fuente única", "Ninguno"],
                   ["¿Proveedor de la industria automotriz?", "No"],
                   ["Contacto comercial", "Felipe Ignacio Araya Vergara – comercial@salarandino.cl – +56 2 2940 7100"]],
               bold_head=False, bold_first_col=True)
    docx_par(d, "")
    docx_par(d, "Declaraciones", bold=True)
    docx_table(d, [["Documento", "Firmado", "Fecha"],
                   ["Código de Conducta para Proveedores de Kestrel", "Sí", "02/02/2026"],
                   ["Acuerdo de confidencialidad", "Sí", "15/01/2026"]])
    save_docx(d, path)


def q08_kt_pdf_fr_empty_signature(C: Corpus) -> None:
    """A French onboarding form from a DRC trading house: the Code of Conduct section has an empty signature and
    date line; whether it is an automotive supplier is not asked."""
    fact = profile(legal_name=KT.legal_name, country="Democratic Republic of the Congo", segment="raw_material",
                   products=["KMT-COH-30", "KMT-CU-A"],
                   materials={"cobalt": ["Democratic Republic of the Congo"],
                              "copper": ["Democratic Republic of the Congo"]},
                   contact_email="conformite@kolwezi-metals.cd", code_of_conduct_signed=False, automotive=None)
    path = C.add(KT, "intégration/Fiche d'identification fournisseur KMT.pdf", "profile", "hw-pdf-fr-empty-sig",
                 [fact], ["french", "coc_unsigned", "empty_signature_line"])
    lk = Look("Sans", 9.2, margins=(20, 20, 22, 20))
    s = [P("FICHE D'IDENTIFICATION FOURNISSEUR", lk.h1), P(f"Questionnaire d'intégration – {BUYER}", lk.center), SP(4),
         P("1. Identification", lk.h3),
         KV(lk, [("Raison sociale", KT.legal_name), ("Pays", "République démocratique du Congo"),
                 ("Adresse", ADDR[KT.name]), ("RCCM / Id. Nat.", "CD/KZI/RCCM/19-B-00412 · 14-H5300-N71284K"),
                 ("Activité", "Négoce d'hydroxyde de cobalt et de cathodes de cuivre (matières premières)")],
            widths=(50, 120)), SP(3),
         P("2. Produits et matières", lk.h3),
         TBL(lk, [["Code produit", "Désignation", "Origine"],
                  ["KMT-COH-30", "Hydroxyde de cobalt, Co ≥ 30 %", "RDC (Lualaba)"],
                  ["KMT-CU-A", "Cathodes de cuivre grade A", "RDC (Lualaba)"]], [35, 85, 50]), SP(3),
         P("3. Contact conformité", lk.h3),
         KV(lk, [("Nom", "Patrick Ilunga Kasongo"), ("Courriel", "conformite@kolwezi-metals.cd"),
                 ("Téléphone", "+243 81 555 0147")], widths=(50, 120)), SP(3),
         P("4. Code de conduite des fournisseurs", lk.h3),
         P("Le fournisseur déclare avoir pris connaissance du Code de conduite des fournisseurs de Kestrel Battery "
           "Systems B.V. et s'engage à le respecter, y compris les exigences relatives au travail des enfants, au "
           "travail forcé et à l'approvisionnement responsable en minerais.", lk.body), SP(4),
         P("Nom et fonction du signataire : ______________________________", lk.body),
         P("Signature : ______________________________    Date : ____ / ____ / ________", lk.body), SP(6),
         P("Fiche reçue le 29/04/2026 par le service Achats (A. Jansen).", lk.small)]
    pdf(path, s, lk, running(footer_right="Page {page}/{total}", footer_left="Formulaire FIF-03"))


PROFILE_DOCS = [q01_hy_docx_bilingual, q02_sj_xlsx_twocol, q03_mf_pdf_de_unsigned, q04_od_xlsx_no_coc,
                q05_cg_json_portal, q06_dc_yaml, q07_sa_docx_es, q08_kt_pdf_fr_empty_signature]


# ---------------------------------------------------------------------------------------------------------------
# Papers that look commercial or regulatory but carry no fact
# ---------------------------------------------------------------------------------------------------------------

def n01_hy_brochure(C: Corpus) -> None:
    path = C.add(HY, "marketing/Huaiyang company brochure 2026 EN.pdf", "noise", "hw-brochure-99-otd", [])
    lk = Look("Sans", 10, margins=(20, 20, 20, 20))
    s = [P("HUAIYANG NEW ENERGY", lk.big), P("Powering the energy transition since 2016", lk.center), SP(6),
         P("Why customers choose us", lk.h2),
         P("• 99 % on-time delivery to our automotive and storage customers in 2025\n"
           "• Field failure rate below 5 ppm across 1.2 billion cells shipped\n"
           "• Up to 8,000 cycles and a 10-year warranty on our HY-LFP-314K storage cell\n"
           "• 8D response within 24 hours from our customer quality teams in Huai'an, Munich and Detroit\n"
           "• 30 GWh capacity, expanding to 60 GWh in 2027", lk.body), SP(4),
         P("Products", lk.h2),
         TBL(lk, [["Model", "Chemistry", "Capacity", "Application"],
                  ["HY-LFP-280K", "LFP", "280 Ah", "Energy storage"], ["HY-LFP-314K", "LFP", "314 Ah", "Energy storage"],
                  ["HY-NCM-135P", "NCM 811", "135 Ah", "Passenger EV"]], [40, 35, 35, 60]), SP(4),
         P("Contact our sales team: sales@hy-battery.cn · www.hy-battery.cn", lk.center)]
    pdf(path, s, lk)


def n02_mf_invoice(C: Corpus) -> None:
    path = C.add(MF, "Rechnungen/Rechnung RE-2026-04417.pdf", "noise", "hw-invoice-verzugszinsen", [])
    lk = Look("Arial", 9.4, margins=(20, 20, 22, 20))
    s = [P(MF.legal_name, lk.h2), P(ADDR[MF.name] + " · USt-IdNr. DE 318 774 920", lk.small), SP(6),
         P(f"{BUYER}\n{BUYER_ADDR}", lk.body), SP(4),
         P("Rechnung Nr. RE-2026-04417", lk.h1l),
         KV(lk, [("Rechnungsdatum", de(D(2026, 7, 14))), ("Lieferdatum", de(D(2026, 7, 10))),
                 ("Ihre Bestellung", "4500381277 (Abruf 17 zu RLV-2025-0871)"), ("Lieferschein", "LS-26-08812")],
            widths=(45, 80), grid=False), SP(3),
         TBL(lk, [["Pos.", "Artikel", "Menge", "Einzelpreis EUR", "Gesamt EUR"],
                  ["10", "Batteriesystem MFB-400V-60", "12", "18.450,00", "221.400,00"],
                  ["20", "Transportgestell (Leihgut)", "12", "0,00", "0,00"],
                  ["", "Nettobetrag", "", "", "221.400,00"], ["", "zzgl. 0 % USt (innergemeinschaftliche Lieferung)", "", "", "0,00"],
                  ["", "Rechnungsbetrag", "", "", "221.400,00"]], [12, 80, 16, 30, 30]), SP(4),
         P("Zahlungsbedingungen: zahlbar innerhalb von 30 Tagen netto; bei Zahlung innerhalb von 14 Tagen 3 % "
           "Skonto. Bei Zahlungsverzug berechnen wir Verzugszinsen in Höhe von 9 Prozentpunkten über dem "
           "Basiszinssatz sowie die Verzugspauschale von 40 EUR (§ 288 Abs. 5 BGB).", lk.body),
         P("Steuerfreie innergemeinschaftliche Lieferung gemäß § 4 Nr. 1b UStG.", lk.small)]
    pdf(path, s, lk, running(footer_left="Sparkasse Mainfranken Würzburg · IBAN DE12 7905 0000 0047 1108 22",
                             footer_right="Seite {page}/{total}"))


def n03_od_rate_card(C: Corpus) -> None:
    path = C.add(OD, "logistyka/Rate card 2026 - road freight Wroclaw-Eindhoven.xlsx", "noise", "hw-rate-card", [])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Rate card 2026"
    rows: list[list] = [["TransOdra Logistics Sp. z o.o. – Road freight rate card 2026 (valid 01.01.2026 – 31.12.2026)"],
                        ["Shipper: Odra Power Packs Sp. z o.o. · Consignee: Kestrel Battery Systems B.V., Eindhoven"], [],
                        ["Service", "Transit time", "Rate EUR", "Unit", "Notes"],
                        ["FTL 13.6 m, ADR class 9", "2 days", 1480, "per truck", "on-time performance 2025: 97.8 %"],
                        ["LTL, up to 6 pallets", "3 days", 118, "per pallet", "min. 2 pallets"],
                        ["Express (team drivers)", "24 h", 2150, "per truck", ""],
                        ["Fuel surcharge", "", "18.5 %", "of freight", "adjusted monthly (diesel index)"],
                        ["Waiting time", "", 45, "per hour", "after 2 free hours at loading/unloading"],
                        ["Late cancellation", "", "50 %", "of freight", "less than 24 h before loading"], [],
                        ["Liability: CMR, 8.33 SDR per kg. Payment: 30 days. Penalties for late pick-up are not agreed."]]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCDE", [30, 14, 12, 12, 44], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def n04_cg_newsletter(C: Corpus) -> None:
    path = C.add(CG, "news/Responsible Sourcing Newsletter - Issue 7 (Summer 2026).md", "noise",
                 "hw-newsletter-conflict-minerals", [])
    text = """# Responsible Sourcing Newsletter — Issue 7, Summer 2026

*Cascade Gridworks, Inc. · Supply Chain Compliance team*

## Conflict minerals season is here

Our annual survey closed on May 4. Thank you to the 49 suppliers who returned a **CMRT 6.5** or an **EMRT 2.1**!
A few reminders for next year:

- The RMI's Extended Minerals Reporting Template now covers cobalt, copper, natural graphite, lithium, mica and
  nickel. Question 3 asks whether any smelter or processor sources from **conflict-affected and high-risk areas
  (CAHRAs)** — the Democratic Republic of the Congo is the best-known example for cobalt.
- Artisanal and small-scale mining (ASM) is not in itself a reason to disengage: the OECD Guidance asks buyers to
  support formalisation. But we expect suppliers to tell us when ASM material is in their chain.
- "Smelter not listed" in your Smelter List is an answer we will follow up on.

## Delivery performance

Our own on-time delivery to utility customers reached 96 % in Q2. Thank you to our logistics partners!

## Dates

- September 15: supplier day in Seattle (registration: events@cascadegridworks.com)
- October 1: EMRT 2.1 refresh requests go out

*This newsletter is for information only and does not change any agreement.*
"""
    text_file(path, text)


NOISE_DOCS = [n01_hy_brochure, n02_mf_invoice, n03_od_rate_card, n04_cg_newsletter]


# ---------------------------------------------------------------------------------------------------------------
# Build: build_tests' writer, with this corpus's documents, suppliers and name
# ---------------------------------------------------------------------------------------------------------------

DOCUMENTS: list[Callable[[Corpus], None]] = [*CONTRACT_DOCS, *MINERALS_DOCS, *KPI_DOCS, *PROFILE_DOCS, *NOISE_DOCS]


def build(out: Path) -> dict:
    """Write the corpus and its truth; returns the truth (build_tests.build validates every fact and derives each
    supplier's problems)."""
    truth = bt.build(Path(out), documents=DOCUMENTS, suppliers=SUPPLIERS, generator=GENERATOR, seed=SEED)
    for doc in truth["documents"]:
        _check(doc)
    return truth


def _check(doc: dict) -> None:
    """The flags a document carries agree with its facts (the flags drive the supplier problems)."""
    path, flags, facts = doc["path"], set(doc["flags"]), doc["facts"]
    assert (doc["kind"] == "noise") == (not facts), path
    for f in facts:
        if f["kind"] == "minerals":
            assert ("cahra" in flags) == bool(f["cahra_minerals"]), path
            assert ("artisanal" in flags) == f["artisanal_mentioned"], path
            assert set(f["cahra_minerals"]) <= set(f["minerals"]), path
        elif f["kind"] == "profile":
            assert ("coc_unsigned" in flags) == (f["code_of_conduct_signed"] is False), path
        elif f["kind"] == "kpi":
            assert all(set(m) == {"month", "on_time_delivery_pct", "defect_ppm", "lead_time_days"}
                       for m in f["months"]), path
        elif f["kind"] == "contract_clause":
            main = f.get("penalty_rate" if f["metric"] in ("late_delivery_penalty", "otd_service_credit") else "target")
            assert main is not None or "cap_only" in flags, path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m evals.handwritten.build_commercial OUT_DIR", file=sys.stderr)
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

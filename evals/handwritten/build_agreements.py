"""A hand-written evaluation corpus of supply agreements and their annexes, KPI exports, supplier profiles and
minerals declarations (plus a few papers that only sound like governance evidence), with its truth.

    python -m evals.handwritten.build_agreements OUT_DIR

Writes OUT_DIR/suppliers/<Supplier>/<subfolder>/<file>, OUT_DIR/truth.json (the format of evals/styles/truth.py,
read by evals/styles/score.py) and OUT_DIR/.govignore, through build_tests.build.

It was written by a helper that read neither the product's extractors, its prompts, the styles generator nor the
builders of the other hand-written corpora; it reuses only build_tests.py (writers, Corpus, Sup, truth and
supplier-problem logic). Every document is drafted by hand below in the words of a purchasing department, a
supplier's quality office or a portal export. The buyer, Orrinvale Energy Systems, and all its subsidiaries,
suppliers, people, numbers and dates are invented. The build is deterministic: reportlab PDFs with invariant=1,
Office files re-zipped with fixed timestamps, no randomness.

Suppliers (14) and their documents (48):
- Chao Phraya Cell Technology (Thailand): Thai/English supply agreement (DOCX), Japanese quality assurance
  agreement (DOCX), Thai KPI workbook (XLSX), bilingual master-data form (DOCX).
- Minh Long Battery Components (Vietnam): Vietnamese/English framework agreement (MD), Chinese quality assurance
  agreement (DOCX), Vietnamese KPI export (CSV, comma), cobalt/nickel declaration letter (PDF).
- Electroacumulatori Someș (Romania): Romanian framework contract (PDF), KPI export (CSV, semicolon, decimal
  commas), self-assessment questionnaire (PDF), noise: invitation to a due-diligence forum (PDF).
- Považie Battery Systems (Slovakia): Slovak framework purchase contract (PDF), Slovak/English Amendment No. 1
  (DOCX), KPI workbook with months as columns (XLSX), 3TG declaration table (XLSX).
- Acumuladores del Bajío (Mexico): Spanish/English purchase order with special terms (PDF), supplier scorecard
  with targets beside actuals (PDF), supplier registration form (XLSX).
- Baterías Cordillera (Chile): framework contract in Chilean Spanish (MD), KPI table (MD), minerals
  questionnaire (DOCX).
- Acumuladores Pampeanos (Argentina): SLA annex as a plain-text table (TXT), KPI e-mail (TXT), minerals e-mail
  (TXT).
- Wattle Creek Cells (Australia): product warranty deed in Australian drafting (PDF), letter of award from the
  buyer's Indian subsidiary in Indian drafting (PDF), financial-year KPI workbook (XLSX), portal profile (YAML).
- Skarvik Batteri (Norway): Norwegian SLA matrix (XLSX), KPI export (CSV, tab), supplier self-declaration (PDF).
- Tiszavolt Akkumulátor (Hungary): Hungarian quality assurance agreement (PDF), KPI report (DOCX), noise:
  marketing brochure quoting an OTD figure (PDF).
- Kızılırmak Batarya Sistemleri (Turkey): Turkish VMI/logistics agreement (PDF), KPI workbook with a weekly
  table and a monthly summary (XLSX), supplier information form (DOCX), noise: a forwarder's rate card (XLSX).
- Cumberland Ridge Battery (USA): side letter No. 2 to a master supply agreement (TXT), portal KPI export
  (JSON), supplier profile (JSON).
- Rif Cellpack (Morocco): Portuguese supply contract with the buyer's Portuguese plant (PDF), KPI report in
  Portuguese (PDF), noise: a shipment tracking notice (TXT).
- Morava Akumulatori (Serbia): the buyer's UK general conditions of purchase (PDF), KPI workbook with Excel
  date cells (XLSX), self-assessment without any word on a code of conduct (XLSX).

Truth conventions (the scorer's rules, as this corpus applies them):
- contract_clause: one fact per service-level or remedy clause: on_time_delivery, late_delivery_penalty,
  otd_service_credit, defect_ppm, complaint_acknowledgement, report_8d (an 8D or root-cause report),
  warranty, change_notice. Each states the contract number, the effective date and the clause label as the
  document writes it; where a number comes from a definition elsewhere, the label is that of the clause imposing
  the obligation, and where a rate's cap sits in its own sub-clause, the label is the rate's. Targets carry their
  unit (%, ppm, hours, days, working days, months, years). Penalties and service credits state their rate and
  cap in percent (1 per mille is 0.1; "one-twentieth" is 5); a cap that is an amount of money, or none, is
  null. The period a rate runs per and the measurement window are free text and left unstated, as are parties
  and term. A warranty states its years as target with unit "years", plus cycles and retained capacity in
  percent (null where the clause gives none). An amendment or side letter yields only the values it changes or
  adds, with the amended agreement's number and the amendment's own effective date (a value it merely says is
  unchanged yields nothing, and a field it does not restate is left unstated). A purchase order's number is its
  contract number and its date its effective date. Early-payment discounts, late-payment interest (also when
  called a penalty), volume bonuses or rebates, confidentiality periods, termination notice, force majeure,
  price indexation, payment terms, insurance, incoterms and delivery windows, retention of title, guarantees
  and bonds, and the buyer's own obligations (paying, reporting defects, forecasting) yield nothing.
- kpi: one fact per export, listing every calendar month shown (YYYY-MM) with on-time delivery %, defect ppm
  and lead time in days, null where the export does not give that measure for the month; quarter, half-year,
  year-to-date, total and weekly rows or columns are not months, and targets printed beside actuals are not
  actuals. An OTD stored as a fraction with a percent format is its percent.
- profile: one fact per profile with its legal name, country, contact e-mail and (where listed) product models,
  and the Code of Conduct: signed (true, with the signing date where one is given, else null), not signed
  (false) or not mentioned (null). A profile whose Code of Conduct is not signed is the supplier's blocking
  problem.
- minerals: one fact per declaration: template EMRT for cobalt, copper, graphite, lithium, mica or nickel and
  CMRT for tin, tantalum, tungsten and gold; the minerals declared present (lower-case English names); the
  effective date stated, else the date the declaration is dated or signed; the minerals answered Yes to the
  conflict-affected and high-risk areas question; artisanal_mentioned only where artisanal and small-scale
  mining is (or may be) in the supply chain. Flags (cahra, artisanal, smelter_not_rmap, minerals_gap) follow
  what the declaration says and give the non-blocking problems of build_tests. Answers, comments, smelters,
  mines and gaps, which the scorer compares verbatim, are left unstated.
- noise: no facts and no problems.
"""

# ruff: noqa: E501  (document text is kept on the lines it is printed on, some wider than 120 columns)

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from evals.handwritten.build_tests import (
    KV,
    LETTER,
    OMIT,
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
    en_long,
    es_long,
    esc,
    iso,
    new_docx,
    new_xlsx,
    pdf,
    run,
    running,
    save_docx,
    save_xlsx,
    text_file,
    us_long,
)
from evals.handwritten.build_tests import (
    build as build_corpus,
)

GENERATOR = "evals.handwritten.agreements"
SEED = 9

# ---------------------------------------------------------------------------------------------------------------
# The suppliers (all invented)
# ---------------------------------------------------------------------------------------------------------------

CP = Sup("Chao Phraya Cell Technology", "Chao Phraya Cell Technology Co., Ltd.", "cell_manufacturer", "Thailand",
         False)
ML = Sup("Minh Long Battery Components", "Minh Long Battery Components JSC", "pack_integrator", "Vietnam", False)
ES = Sup("Electroacumulatori Someș", "Electroacumulatori Someș S.R.L.", "pack_integrator", "Romania", False)
PB = Sup("Považie Battery Systems", "Považie Battery Systems s.r.o.", "pack_integrator", "Slovakia", True)
AB = Sup("Acumuladores del Bajío", "Acumuladores del Bajío, S.A. de C.V.", "pack_integrator", "Mexico", False)
BC = Sup("Baterías Cordillera", "Baterías Cordillera SpA", "pack_integrator", "Chile", False)
AP = Sup("Acumuladores Pampeanos", "Acumuladores Pampeanos S.A.", "pack_integrator", "Argentina", False)
WC = Sup("Wattle Creek Cells", "Wattle Creek Cells Pty Ltd", "cell_manufacturer", "Australia", False)
SB = Sup("Skarvik Batteri", "Skarvik Batteri AS", "pack_integrator", "Norway", False)
TV = Sup("Tiszavolt Akkumulátor", "Tiszavolt Akkumulátor Kft.", "cell_manufacturer", "Hungary", True)
KB = Sup("Kızılırmak Batarya Sistemleri", "Kızılırmak Batarya Sistemleri A.Ş.", "pack_integrator", "Turkey", False)
CR = Sup("Cumberland Ridge Battery", "Cumberland Ridge Battery, LLC", "pack_integrator", "United States", False)
RC = Sup("Rif Cellpack", "Rif Cellpack SARL", "pack_integrator", "Morocco", False)
MA = Sup("Morava Akumulatori", "Morava Akumulatori d.o.o.", "pack_integrator", "Serbia", False)
SUPPLIERS = [CP, ML, ES, PB, AB, BC, AP, WC, SB, TV, KB, CR, RC, MA]

# ---------------------------------------------------------------------------------------------------------------
# Truth helpers
# ---------------------------------------------------------------------------------------------------------------


def _clause(no: str, eff: dt.date, clause: str, metric: str, **fields: object) -> dict:
    f: dict[str, object] = {"kind": "contract_clause", "contract_number": no, "effective": iso(eff), "metric": metric}
    f.update({k: v for k, v in fields.items() if v is not OMIT})
    f["clause"] = clause
    return f


def otd(no: str, eff: dt.date, clause: str, pct: float) -> dict:
    return _clause(no, eff, clause, "on_time_delivery", target=pct, unit="%")


def ppm(no: str, eff: dt.date, clause: str, n: float) -> dict:
    return _clause(no, eff, clause, "defect_ppm", target=n, unit="ppm")


def ack(no: str, eff: dt.date, clause: str, n: float, unit: str = "hours") -> dict:
    return _clause(no, eff, clause, "complaint_acknowledgement", target=n, unit=unit)


def r8d(no: str, eff: dt.date, clause: str, n: float, unit: str) -> dict:
    return _clause(no, eff, clause, "report_8d", target=n, unit=unit)


def notice(no: str, eff: dt.date, clause: str, n: float, unit: str) -> dict:
    return _clause(no, eff, clause, "change_notice", target=n, unit=unit)


def penalty(no: str, eff: dt.date, clause: str, rate: float, cap: object = OMIT) -> dict:
    """A late-delivery penalty; cap None: a money cap or none; OMIT: the document does not restate it."""
    return _clause(no, eff, clause, "late_delivery_penalty", penalty_rate=rate, penalty_cap=cap)


def credit(no: str, eff: dt.date, clause: str, rate: float, cap: float | None) -> dict:
    return _clause(no, eff, clause, "otd_service_credit", penalty_rate=rate, penalty_cap=cap)


def warranty(no: str, eff: dt.date, clause: str, years: float, cycles: int | None, retention: float | None) -> dict:
    return _clause(no, eff, clause, "warranty", target=years, unit="years", warranty_cycles=cycles,
                   capacity_retention_pct=retention)


def mo(month: str, otd_pct: float | None, defect_ppm: float | None, lead_days: float | None) -> dict:
    return {"month": month, "on_time_delivery_pct": otd_pct, "defect_ppm": defect_ppm, "lead_time_days": lead_days}


def kpi(months: list[dict]) -> dict:
    return {"kind": "kpi", "months": months}


def profile(legal: str, country: str, email: str, signed: bool | None, date: dt.date | None,
            products: list[str] | None = None) -> dict:
    f: dict[str, object] = {"kind": "profile", "legal_name": legal, "country": country, "contact_email": email}
    if products is not None:
        f["products"] = products
    f["code_of_conduct_signed"] = signed
    f["code_of_conduct_date"] = iso(date) if date else None
    return f


EMRT_MINERALS = {"cobalt", "copper", "graphite", "lithium", "mica", "nickel"}
CMRT_MINERALS = {"tin", "tantalum", "tungsten", "gold"}


def minerals(company: str, eff: dt.date, present: list[str], cahra: list[str], artisanal: bool) -> dict:
    if set(present) <= EMRT_MINERALS:
        template = "EMRT"
    elif set(present) <= CMRT_MINERALS:
        template = "CMRT"
    else:
        raise ValueError(f"{company}: mixed EMRT and CMRT minerals {present}")
    assert set(cahra) <= set(present)
    return {"kind": "minerals", "template": template, "company": company, "effective": iso(eff),
            "minerals": present, "cahra_minerals": cahra, "artisanal_mentioned": artisanal}


# ---------------------------------------------------------------------------------------------------------------
# Numbers and dates written the ways these documents write them
# ---------------------------------------------------------------------------------------------------------------

MON_RO = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
          "octombrie", "noiembrie", "decembrie"]
MON_RO_ABBR = ["ian.", "feb.", "mar.", "apr.", "mai", "iun.", "iul.", "aug.", "sept.", "oct.", "nov.", "dec."]
MON_HU = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
          "október", "november", "december"]
MON_TR = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
          "Aralık"]
MON_NO = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
          "desember"]
MON_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
          "novembro", "dezembro"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
MON_TH = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม",
          "พฤศจิกายน", "ธันวาคม"]
MON_TH_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
MON_EN3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dec(x: float, nd: int = 1, sep: str = ",") -> str:
    """97.4 -> '97,4' (a decimal comma)."""
    return f"{x:.{nd}f}".replace(".", sep)


def thou(n: int, sep: str) -> str:
    """12400 -> '12.400' / '12 400'."""
    return f"{n:,}".replace(",", sep)


def ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def th_long(d: dt.date) -> str:
    """A Thai date in the Buddhist era."""
    return f"{d.day} {MON_TH[d.month - 1]} {d.year + 543}"


def vn_long(d: dt.date) -> str:
    return f"ngày {d.day} tháng {d.month} năm {d.year}"


def sk(d: dt.date) -> str:
    return f"{d.day}. {d.month}. {d.year}"


def hu_long(d: dt.date) -> str:
    return f"{d.year}. {MON_HU[d.month - 1]} {d.day}."


def pt_long(d: dt.date) -> str:
    return f"{d.day} de {MON_PT[d.month - 1]} de {d.year}"


def ja(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def clauses_pdf(lk: Look, items: list[tuple[str, str]]) -> list:
    """A contract body: ('h', heading) or (label, text) pairs, the label hanging in front of its text."""
    out: list = []
    for label, text in items:
        if label == "h":
            out.append(P(text, lk.h3))
        elif label:
            out.append(M(f"<b>{esc(label)}</b>&nbsp;&nbsp;{esc(text)}", lk.body))
        else:
            out.append(P(text, lk.body))
    return out


# ---------------------------------------------------------------------------------------------------------------
# Contracts
# ---------------------------------------------------------------------------------------------------------------

BUYER_TH_EN = "Orrinvale Energy Systems (Thailand) Co., Ltd."
BUYER_TH_TH = "บริษัท ออร์รินเวล เอนเนอร์ยี ซิสเต็มส์ (ประเทศไทย) จำกัด"


def c01_cp_th_en_supply(C: Corpus) -> None:
    """Thai/English supply agreement in two columns; the LD cap in its own sub-clause."""
    no, eff, made = "OES-TH-SA-2025-0412", D(2025, 11, 1), D(2025, 10, 20)
    facts = [otd(no, eff, "Clause 6.2", 96.0), penalty(no, eff, "Clause 6.3", 0.5, 5.0),
             ppm(no, eff, "Clause 7.1", 80), notice(no, eff, "Clause 8.1", 6, "months")]
    path = C.add(CP, "Contracts/Supply Agreement OES-TH-SA-2025-0412 (TH-EN).docx", "contract",
                 "hw-th-en-two-column-docx", facts)
    d = new_docx("Tahoma", 9.5)
    docx_header_footer(d, header=f"Agreement No. / เลขที่สัญญา {no}", footer="Confidential / ลับ")
    docx_par(d, "SUPPLY AGREEMENT\nสัญญาซื้อขายสินค้า", bold=True, size=15, align="center")
    docx_par(d, f"Agreement No. / เลขที่สัญญา: {no}", bold=True, align="center")
    rows = [
        ["English", "ภาษาไทย"],
        [f"This Supply Agreement is made at Chonburi on {en_long(made)} and shall be effective from {en_long(eff)} (the \"Effective Date\").",
         f"สัญญาฉบับนี้ทำขึ้น ณ จังหวัดชลบุรี เมื่อวันที่ {th_long(made)} และมีผลใช้บังคับตั้งแต่วันที่ {th_long(eff)} (\"วันที่มีผลบังคับใช้\")"],
        [f"BETWEEN {BUYER_TH_EN}, 700/88 Moo 5, Amata City Chonburi Industrial Estate, Chonburi 20000, Thailand (the \"Buyer\")",
         f"ระหว่าง {BUYER_TH_TH} เลขที่ 700/88 หมู่ 5 นิคมอุตสาหกรรมอมตะซิตี้ ชลบุรี จังหวัดชลบุรี 20000 (\"ผู้ซื้อ\")"],
        ["AND Chao Phraya Cell Technology Co., Ltd., 99/9 Moo 3, Tambon Map Yang Phon, Amphoe Pluak Daeng, Rayong 21140, Thailand (the \"Supplier\")",
         "กับ บริษัท เจ้าพระยา เซลล์ เทคโนโลยี จำกัด เลขที่ 99/9 หมู่ 3 ตำบลมาบยางพร อำเภอปลวกแดง จังหวัดระยอง 21140 (\"ผู้ขาย\")"],
        ["Clause 1 – Definitions", "ข้อ 1 – คำนิยาม"],
        ["1.1 \"OTD\" means the percentage of Purchase Order lines delivered complete within the Delivery Window.",
         "1.1 \"OTD\" หมายถึง ร้อยละของรายการตามใบสั่งซื้อที่ส่งมอบครบถ้วนภายในช่วงเวลาส่งมอบ"],
        ["1.2 \"Delivery Window\" means the period from two (2) days before to zero (0) days after the confirmed delivery date.",
         "1.2 \"ช่วงเวลาส่งมอบ\" หมายถึง ระยะเวลาตั้งแต่สอง (2) วันก่อนวันส่งมอบที่ยืนยันแล้ว จนถึงวันส่งมอบที่ยืนยันแล้ว"],
        ["Clause 5 – Forecasts and orders", "ข้อ 5 – การประมาณการและการสั่งซื้อ"],
        ["5.1 The Buyer shall provide the Supplier with a rolling forecast covering twelve (12) weeks.",
         "5.1 ผู้ซื้อจะจัดทำประมาณการความต้องการแบบต่อเนื่องล่วงหน้าสิบสอง (12) สัปดาห์ให้แก่ผู้ขาย"],
        ["Clause 6 – Delivery", "ข้อ 6 – การส่งมอบ"],
        ["6.1 Delivery shall be FCA the Supplier's plant, Rayong (Incoterms® 2020).",
         "6.1 การส่งมอบเป็นแบบ FCA ณ โรงงานของผู้ขาย จังหวัดระยอง (Incoterms® 2020)"],
        ["6.2 The Supplier shall achieve an OTD of not less than 96.0%, measured monthly on a rolling three (3) month basis.",
         "6.2 ผู้ขายต้องมีอัตรา OTD ไม่ต่ำกว่าร้อยละ 96.0 โดยวัดเป็นรายเดือนแบบต่อเนื่องสาม (3) เดือน"],
        ["6.3 If the Supplier delivers late, the Supplier shall pay liquidated damages of 0.5% of the value of the delayed Purchase Order for each day of delay.",
         "6.3 หากผู้ขายส่งมอบล่าช้า ผู้ขายต้องชำระค่าปรับในอัตราร้อยละ 0.5 ของมูลค่าใบสั่งซื้อที่ส่งมอบล่าช้าต่อวัน"],
        ["6.4 The aggregate liquidated damages under Clause 6.3 shall not exceed 5% of the value of the delayed Purchase Order.",
         "6.4 ค่าปรับรวมตามข้อ 6.3 ต้องไม่เกินร้อยละ 5 ของมูลค่าใบสั่งซื้อที่ส่งมอบล่าช้า"],
        ["Clause 7 – Quality", "ข้อ 7 – คุณภาพ"],
        ["7.1 The defect rate of the Products delivered shall not exceed 80 ppm per calendar year.",
         "7.1 อัตราของเสียของสินค้าที่ส่งมอบต้องไม่เกิน 80 ppm ต่อปีปฏิทิน"],
        ["7.2 The Buyer shall notify the Supplier of any defect within ten (10) working days after its detection.",
         "7.2 ผู้ซื้อจะแจ้งข้อบกพร่องให้ผู้ขายทราบภายในสิบ (10) วันทำการนับจากวันที่ตรวจพบ"],
        ["Clause 8 – Changes", "ข้อ 8 – การเปลี่ยนแปลง"],
        ["8.1 The Supplier shall notify the Buyer in writing of any change of process, material or production site not less than six (6) months before its implementation.",
         "8.1 ผู้ขายต้องแจ้งผู้ซื้อเป็นลายลักษณ์อักษรถึงการเปลี่ยนแปลงกระบวนการผลิต วัตถุดิบ หรือสถานที่ผลิต ล่วงหน้าไม่น้อยกว่าหก (6) เดือนก่อนดำเนินการ"],
        ["Clause 9 – Price and payment", "ข้อ 9 – ราคาและการชำระเงิน"],
        ["9.1 Prices are fixed until 31 October 2026 and are thereafter adjusted quarterly in line with the lithium carbonate price index.",
         "9.1 ราคาคงที่จนถึงวันที่ 31 ตุลาคม 2569 หลังจากนั้นจะปรับทุกไตรมาสตามดัชนีราคาลิเธียมคาร์บอเนต"],
        ["9.2 The Buyer shall pay within sixty (60) days from the end of the month of invoice. A discount of 2% applies if payment is made within ten (10) days.",
         "9.2 ผู้ซื้อจะชำระเงินภายในหกสิบ (60) วันนับจากสิ้นเดือนที่ออกใบแจ้งหนี้ หากชำระภายในสิบ (10) วัน ผู้ขายให้ส่วนลดร้อยละ 2"],
        ["9.3 Overdue amounts bear interest at 7.5% per annum.", "9.3 ยอดค้างชำระมีดอกเบี้ยในอัตราร้อยละ 7.5 ต่อปี"],
        ["Clause 12 – Confidentiality", "ข้อ 12 – การรักษาความลับ"],
        ["12.1 Each party shall keep the other party's confidential information secret for five (5) years after the end of this Agreement.",
         "12.1 คู่สัญญาแต่ละฝ่ายต้องเก็บรักษาข้อมูลลับของอีกฝ่ายเป็นระยะเวลาห้า (5) ปีหลังสิ้นสุดสัญญานี้"],
        ["Clause 14 – Term and termination", "ข้อ 14 – ระยะเวลาและการเลิกสัญญา"],
        ["14.1 This Agreement runs for three (3) years from the Effective Date. Either party may terminate it by ninety (90) days' written notice.",
         "14.1 สัญญานี้มีระยะเวลาสาม (3) ปีนับจากวันที่มีผลบังคับใช้ คู่สัญญาฝ่ายใดฝ่ายหนึ่งอาจบอกเลิกสัญญาโดยแจ้งเป็นลายลักษณ์อักษรล่วงหน้าเก้าสิบ (90) วัน"],
        ["Clause 15 – Force majeure", "ข้อ 15 – เหตุสุดวิสัย"],
        ["15.1 If a force majeure event lasts longer than sixty (60) days, either party may terminate the affected Purchase Orders.",
         "15.1 หากเหตุสุดวิสัยดำเนินต่อเนื่องเกินกว่าหกสิบ (60) วัน คู่สัญญาฝ่ายใดฝ่ายหนึ่งอาจยกเลิกใบสั่งซื้อที่ได้รับผลกระทบได้"],
    ]
    docx_table(d, rows, bold_head=True, widths_cm=[8.5, 8.5])
    docx_par(d, "")
    docx_table(d, [["For the Buyer / ในนามผู้ซื้อ", "For the Supplier / ในนามผู้ขาย"],
                   ["Mr. Graham Whitlow\nManaging Director / กรรมการผู้จัดการ", "Mr. Takeshi Ando\nPresident / ประธานบริษัท"]],
               bold_head=True)
    save_docx(d, path)


def c02_cp_ja_qaa(C: Corpus) -> None:
    """Japanese quality assurance agreement: 第n条 with numbered paragraphs."""
    no, eff, made = "OES-JP-QAA-2026-007", D(2026, 2, 1), D(2026, 1, 20)
    facts = [ppm(no, eff, "第5条第1項", 30), ack(no, eff, "第8条第1項", 24, "hours"),
             r8d(no, eff, "第8条第2項", 10, "working days"), notice(no, eff, "第11条", 180, "days")]
    path = C.add(CP, "Contracts/品質保証協定書_OES-JP-QAA-2026-007.docx", "contract", "hw-ja-qaa-docx", facts)
    d = new_docx("Yu Mincho", 10.5)
    docx_par(d, "品質保証協定書", bold=True, size=16, align="center")
    docx_par(d, f"協定番号：{no}", align="right")
    docx_par(d, "オリンベール・エナジー・システムズ・ジャパン株式会社（以下「甲」という。）とChao Phraya Cell Technology Co., Ltd."
                "（以下「乙」という。）は、乙が甲に納入するリチウムイオン電池セル（以下「製品」という。）の品質保証に関し、次のとおり協定する。")
    arts = [
        ("第1条（目的）", ["本協定は、製品の品質を確保するため、甲乙間の品質保証に関する基本的事項を定めることを目的とする。"]),
        ("第2条（適用範囲）", ["本協定は、甲乙間の売買基本契約に基づき乙が甲に納入するすべての製品に適用する。"]),
        ("第3条（品質保証体制）", ["乙は、製品の品質を保証するための品質マネジメントシステムを構築し、これを維持する。"]),
        ("第5条（品質目標）", ["1　乙は、製品の納入不良率を30 ppm以下に維持する。",
                              "2　前項の目標を達成できない月があった場合、乙は翌月末日までに改善計画書を甲に提出する。"]),
        ("第8条（不具合発生時の処置）", ["1　甲から不具合の通知を受けた場合、乙は通知受領後24時間以内に受領した旨を甲に回答する。",
                                      "2　乙は、通知受領日から10営業日以内に、原因及び再発防止策を記載した8Dレポートを甲に提出する。",
                                      "3　甲は、受入検査で発見した不具合を、発見後5営業日以内に乙に通知する。"]),
        ("第11条（変更管理）", ["乙は、製品の設計、材料、製造工程又は製造場所（4M）を変更しようとするときは、変更実施日の180日前までに書面で甲に通知し、"
                              "甲の承認を得なければならない。"]),
        ("第13条（費用負担）", ["乙の責に帰すべき不具合により甲に生じた選別、手直し及び輸送の費用は、乙が負担する。"]),
        ("第14条（秘密保持）", ["甲及び乙は、本協定に関して知り得た相手方の秘密情報を、本協定終了後5年間、第三者に開示してはならない。"]),
        ("第16条（有効期間）", [f"本協定の有効期間は、{ja(eff)}から1年間とする。ただし、期間満了の3か月前までにいずれの当事者からも書面による申し出がないときは、"
                              "さらに1年間延長し、以後も同様とする。"]),
    ]
    for head, paras in arts:
        docx_par(d, head, bold=True)
        for para in paras:
            docx_par(d, para)
    docx_par(d, "本協定締結の証として本書2通を作成し、甲乙記名押印の上、各1通を保有する。")
    docx_par(d, ja(made), align="right")
    docx_table(d, [["甲", "東京都港区芝浦三丁目4番1号\nオリンベール・エナジー・システムズ・ジャパン株式会社\n代表取締役　佐伯 誠一　㊞"],
                   ["乙", "99/9 Moo 3, Pluak Daeng, Rayong 21140, Thailand\nChao Phraya Cell Technology Co., Ltd.\nPresident　安藤 健志　㊞"]],
               bold_head=False, bold_first_col=True)
    save_docx(d, path)


def c03_ml_vi_en_framework(C: Corpus) -> None:
    """Vietnamese/English framework agreement in Markdown; per-mille rate, cap in words."""
    no, eff, made = "OES-VN-FA-2025-118", D(2025, 9, 15), D(2025, 8, 28)
    facts = [otd(no, eff, "Article 6.1", 95), penalty(no, eff, "Article 6.3", 0.1, 5.0),
             ppm(no, eff, "Article 7.2", 100), warranty(no, eff, "Article 9.1", 5, 2000, 80)]
    path = C.add(ML, "Hop dong/OES-VN-FA-2025-118 Hop dong khung - Framework Agreement.md", "contract",
                 "hw-vi-en-md", facts)
    text_file(path, f"""# HỢP ĐỒNG KHUNG MUA BÁN HÀNG HÓA / FRAMEWORK SUPPLY AGREEMENT

**Số / No.:** {no}

Hôm nay, {vn_long(made)}, tại Bắc Ninh, chúng tôi gồm: / Today, {en_long(made)}, in Bac Ninh, the undersigned:

**BÊN MUA / BUYER:** Công ty TNHH Orrinvale Energy Systems Việt Nam / Orrinvale Energy Systems Vietnam Co., Ltd.
Địa chỉ / Address: Lô C4, KCN Quế Võ, phường Phương Liễu, tỉnh Bắc Ninh, Việt Nam — MST / Tax code: 2301198765
Đại diện / Represented by: Ông / Mr. Martin Kells — Tổng Giám đốc / General Director

**BÊN BÁN / SELLER:** Công ty Cổ phần Linh kiện Pin Minh Long / Minh Long Battery Components JSC
Địa chỉ / Address: Lô 12, KCN Đình Vũ, phường Đông Hải 2, thành phố Hải Phòng, Việt Nam — MST / Tax code: 0201876543
Đại diện / Represented by: Bà / Ms. Trần Thị Minh Ngọc — Giám đốc / Director

Hai bên thống nhất ký kết hợp đồng khung với các điều khoản sau: / The parties agree on this framework agreement as follows:

## Điều 1. Đối tượng hợp đồng / Article 1. Subject

1.1 Bên Bán cung cấp cho Bên Mua các bộ pin lithium-ion MLB-P48-50 và MLB-P24-100 theo từng đơn đặt hàng. / The Seller supplies lithium-ion battery packs MLB-P48-50 and MLB-P24-100 to the Buyer under individual purchase orders.

## Điều 2. Hiệu lực và thời hạn / Article 2. Effectiveness and term

2.1 Hợp đồng có hiệu lực từ {vn_long(eff)} và có thời hạn 2 (hai) năm. / This Agreement is effective from {en_long(eff)} and runs for 2 (two) years.

2.2 Mỗi bên có thể chấm dứt hợp đồng bằng văn bản thông báo trước 60 ngày. / Either party may terminate this Agreement by 60 days' written notice.

## Điều 6. Giao hàng / Article 6. Delivery

6.1 Bên Bán bảo đảm tỷ lệ giao hàng đúng hạn (OTD) tối thiểu 95% trong mỗi tháng dương lịch. / The Seller shall ensure an on-time delivery rate (OTD) of at least 95% in each calendar month.

6.2 Hàng được giao theo điều kiện DAP kho Bên Mua tại Bắc Ninh (Incoterms 2020); giờ nhận hàng từ 8:00 đến 16:00. / Goods are delivered DAP the Buyer's warehouse in Bac Ninh (Incoterms 2020); receiving hours are 8:00 to 16:00.

6.3 Nếu giao hàng chậm, Bên Bán chịu phạt 1‰ (một phần nghìn) giá trị lô hàng giao chậm cho mỗi ngày chậm. / For late delivery the Seller shall pay a penalty of 1‰ (one per mille) of the value of the late consignment for each day of delay.

6.4 Tổng số tiền phạt theo Điều 6.3 không vượt quá một phần hai mươi giá trị đơn đặt hàng liên quan. / The total penalty under Article 6.3 shall not exceed one-twentieth of the value of the purchase order concerned.

## Điều 7. Chất lượng / Article 7. Quality

7.1 Hàng hóa phải phù hợp với bản vẽ và đặc tính kỹ thuật đã được Bên Mua phê duyệt. / The goods shall conform to the drawings and specifications approved by the Buyer.

7.2 Tỷ lệ lỗi của hàng giao không vượt quá 100 ppm. / The defect rate of the goods delivered shall not exceed 100 ppm.

7.3 Bên Mua thông báo các lỗi phát hiện khi kiểm tra đầu vào trong vòng 7 ngày kể từ ngày nhận hàng. / The Buyer shall report defects found at incoming inspection within 7 days of receipt.

## Điều 9. Bảo hành / Article 9. Warranty

9.1 Thời hạn bảo hành là 5 năm kể từ ngày giao hàng hoặc 2.000 chu kỳ sạc-xả đầy đủ, tùy điều kiện nào đến trước; dung lượng còn lại khi hết hạn bảo hành không thấp hơn 80% dung lượng danh định. / The warranty period is 5 years from delivery or 2,000 full charge-discharge cycles, whichever comes first; the remaining capacity at the end of the warranty shall not be lower than 80% of the rated capacity.

## Điều 10. Thanh toán / Article 10. Payment

10.1 Bên Mua thanh toán trong vòng 45 ngày kể từ ngày nhận được hóa đơn hợp lệ. / The Buyer shall pay within 45 days of receipt of a valid invoice.

10.2 Trường hợp Bên Mua chậm thanh toán, Bên Mua chịu phạt 0,03%/ngày trên số tiền chậm trả. / If the Buyer pays late, the Buyer shall pay a penalty of 0.03% per day on the overdue amount.

## Điều 11. Bảo mật / Article 11. Confidentiality

11.1 Các bên giữ bí mật thông tin trong thời hạn 3 năm sau khi hợp đồng chấm dứt. / The parties keep information confidential for 3 years after the end of this Agreement.

## Điều 12. Bất khả kháng / Article 12. Force majeure

12.1 Nếu sự kiện bất khả kháng kéo dài quá 90 ngày, mỗi bên có quyền chấm dứt đơn hàng bị ảnh hưởng. / If a force majeure event lasts more than 90 days, either party may cancel the affected orders.

| ĐẠI DIỆN BÊN MUA / FOR THE BUYER | ĐẠI DIỆN BÊN BÁN / FOR THE SELLER |
|---|---|
| Martin Kells | Trần Thị Minh Ngọc |
""")


def c04_ml_zh_qaa(C: Corpus) -> None:
    """Chinese quality assurance agreement with English headings; a volume rebate that is no remedy."""
    no, eff, made = "OES-VN-QAA-2026-021", D(2026, 1, 10), D(2025, 12, 18)
    facts = [ppm(no, eff, "第4.2条", 150), ack(no, eff, "第6.1条", 48, "hours"), r8d(no, eff, "第6.2条", 15, "days"),
             notice(no, eff, "第8.1条", 3, "months")]
    path = C.add(ML, "Hop dong/质量保证协议 QAA OES-VN-QAA-2026-021.docx", "contract", "hw-zh-qaa-docx", facts)
    d = new_docx("SimSun", 10.5)
    docx_par(d, "质量保证协议", bold=True, size=16, align="center")
    docx_par(d, "Quality Assurance Agreement", italic=True, align="center")
    docx_table(d, [["协议编号 Agreement No.", no],
                   ["甲方（采购方）Buyer", "Orrinvale Energy Systems Vietnam Co., Ltd.（奥林维尔能源系统越南有限公司）\n越南北宁省桂武工业区C4地块"],
                   ["乙方（供应方）Supplier", "Minh Long Battery Components JSC（明隆电池组件股份公司）\n越南海防市亭武工业区12号地块"],
                   ["签订日期 Signed", f"{made.year}年{made.month}月{made.day}日"],
                   ["生效日期 Effective", f"{eff.year}年{eff.month}月{eff.day}日"]],
               bold_head=False, bold_first_col=True)
    body = [
        ("第1条 目的 / Purpose", ["第1.1条　为保证乙方向甲方供应的电池包及电池模组的质量，双方订立本协议。"]),
        ("第4条 质量目标 / Quality targets", ["第4.1条　乙方应建立并保持有效的质量管理体系。",
                                         "第4.2条　乙方交付产品的不良率应不高于150 ppm（按季度统计）。"]),
        ("第6条 客户投诉处理 / Complaints", ["第6.1条　乙方应在收到甲方投诉后48小时内书面确认收到。",
                                         "第6.2条　乙方应在收到投诉之日起15天内提交完整的8D报告。",
                                         "第6.3条　甲方应在收货后7日内完成来料检验，并将发现的不合格情况通知乙方。"]),
        ("第8条 变更管理 / Change management", ["第8.1条　乙方对原材料、工艺、设备或生产地点的任何变更，应至少提前3个月以书面形式通知甲方，并经甲方批准后方可实施。"]),
        ("第10条 保密 / Confidentiality", ["第10.1条　双方对本协议内容负有保密义务，保密期限为本协议终止后三年。"]),
        ("第11条 年度返利 / Annual rebate", ["第11.1条　甲方年度采购额超过500万美元时，乙方按年度采购额的1%向甲方支付返利。"]),
        ("第12条 有效期 / Term", ["第12.1条　本协议自生效日起有效期两年；任何一方可提前90天书面通知终止本协议。"]),
    ]
    for head, paras in body:
        docx_par(d, head, bold=True)
        for para in paras:
            docx_par(d, para)
    docx_table(d, [["甲方（盖章）", "乙方（盖章）"], ["授权代表：Martin Kells", "授权代表：陈志明（Trần Chí Minh）"]], bold_head=True)
    save_docx(d, path)


def c05_es_ro_framework(C: Corpus) -> None:
    """Romanian framework contract; rate and cap in two paragraphs; the buyer's late-payment 'penalități'."""
    no, eff, made = "OES-RO-CC-2025-077", D(2025, 12, 1), D(2025, 11, 3)
    facts = [otd(no, eff, "Art. 7.2", 97), penalty(no, eff, "art. 9 alin. (1)", 0.3, 10.0),
             ppm(no, eff, "Art. 10.1", 50), warranty(no, eff, "Art. 11.1", 3, None, None)]
    path = C.add(ES, "contracte/Contract-cadru OES-RO-CC-2025-077.pdf", "contract", "hw-ro-art-alin-pdf", facts)
    lk = Look("Serif", 10.2, margins=(24, 22, 22, 22))
    s = [P("CONTRACT-CADRU DE FURNIZARE", lk.h1),
         P(f"nr. {no} din {made.day:02d}.{made.month:02d}.{made.year}", lk.center),
         SP(3), P("Între părțile:", lk.body),
         P("ORRINVALE ENERGY SYSTEMS ROMÂNIA S.R.L., cu sediul în Arad, Calea Aurel Vlaicu nr. 210, jud. Arad, CUI RO41234567, "
           "reprezentată prin dl. Adrian Mureșan, Director General, în calitate de Cumpărător,", lk.body),
         P("și", lk.body),
         P("ELECTROACUMULATORI SOMEȘ S.R.L., cu sediul în Cluj-Napoca, Str. Fabricii de Zahăr nr. 18, jud. Cluj, CUI RO23456781, "
           "reprezentată prin dna. Ioana Pop, Administrator, în calitate de Furnizor,", lk.body),
         P("a intervenit prezentul contract-cadru, în următoarele condiții:", lk.body)]
    s += clauses_pdf(lk, [
        ("h", "Art. 1 – Obiectul contractului"),
        ("1.1", "Furnizorul livrează Cumpărătorului module de baterii LFP (cod EAS-M48-100 și EAS-M24-200), pe baza comenzilor ferme emise de Cumpărător."),
        ("h", "Art. 2 – Durata contractului"),
        ("2.1", f"Prezentul contract intră în vigoare la data de {eff.day} {MON_RO[eff.month - 1]} {eff.year} și se încheie pe o perioadă de 3 (trei) ani."),
        ("h", "Art. 5 – Prețul"),
        ("5.1", "Prețurile sunt exprimate în EUR și se ajustează anual în funcție de indicele prețurilor de consum (IPC) publicat de INS."),
        ("5.2", "Pentru un volum anual al achizițiilor de peste 2.000.000 EUR, Furnizorul acordă un bonus de volum de 1,5%."),
        ("h", "Art. 6 – Condiții de plată"),
        ("6.1", "Cumpărătorul achită facturile în termen de 60 de zile de la data emiterii acestora."),
        ("6.2", "Pentru plata efectuată în termen de 10 zile se acordă un discount de 2%."),
        ("h", "Art. 7 – Livrarea"),
        ("7.1", "Livrarea se face DAP Arad, depozitul Cumpărătorului (Incoterms® 2020)."),
        ("7.2", "Furnizorul va asigura un nivel al livrărilor la timp (OTD) de minimum 97%, calculat lunar."),
        ("7.3", "Cumpărătorul transmite lunar o prognoză a necesarului pentru următoarele 6 luni."),
        ("h", "Art. 8 – Ambalare și transport"),
        ("8.1", "Ambalarea se face conform instrucțiunilor de ambalare ale Cumpărătorului și reglementărilor ADR pentru UN 3480."),
        ("h", "Art. 9 – Penalități"),
        ("(1)", "Pentru fiecare zi de întârziere în livrare, Furnizorul datorează penalități de 0,3% din valoarea comenzii livrate cu întârziere."),
        ("(2)", "Cuantumul total al penalităților prevăzute la alin. (1) nu poate depăși 10% din valoarea comenzii respective."),
        ("(3)", "Pentru neplata la termen a facturilor, Cumpărătorul datorează penalități de întârziere de 0,05% pe zi din suma neachitată."),
        ("h", "Art. 10 – Calitatea"),
        ("10.1", "Rata defectelor produselor livrate nu va depăși 50 ppm, calculată pe ultimele 12 luni."),
        ("10.2", "Cumpărătorul notifică neconformitățile constatate la recepție în termen de 15 zile lucrătoare."),
        ("h", "Art. 11 – Garanția"),
        ("11.1", "Perioada de garanție este de 3 (trei) ani de la data livrării."),
        ("h", "Art. 12 – Asigurări"),
        ("12.1", "Furnizorul menține o asigurare de răspundere civilă pentru produse cu o limită de cel puțin 2.000.000 EUR."),
        ("h", "Art. 13 – Confidențialitate"),
        ("13.1", "Obligația de confidențialitate se menține timp de 5 ani de la încetarea contractului."),
        ("h", "Art. 14 – Încetarea contractului"),
        ("14.1", "Oricare parte poate denunța contractul cu o notificare prealabilă de 60 de zile."),
        ("h", "Art. 15 – Forța majoră"),
        ("15.1", "Forța majoră exonerează de răspundere partea care o invocă, în condițiile legii."),
    ])
    s += [SP(6), TBL(lk, [["CUMPĂRĂTOR", "FURNIZOR"],
                          ["Orrinvale Energy Systems România S.R.L.\nAdrian Mureșan, Director General",
                           "Electroacumulatori Someș S.R.L.\nIoana Pop, Administrator"]], [85, 85], grid=False)]
    pdf(path, s, lk, running(footer_left=f"Contract-cadru nr. {no}", footer_right="Pagina {page} din {total}"))


SK_NO, SK_MADE = "OES-SK-RKZ-2025-019", D(2025, 9, 22)


def c06_pb_sk_framework(C: Corpus) -> None:
    """Slovak framework purchase contract: § n ods. m; per-mille per started day; cap of the annual volume."""
    no, eff = SK_NO, D(2025, 10, 1)
    facts = [otd(no, eff, "§ 6 ods. 2", 98), ppm(no, eff, "§ 7 ods. 1", 25),
             r8d(no, eff, "§ 7 ods. 3", 10, "working days"), notice(no, eff, "§ 8 ods. 1", 12, "months"),
             penalty(no, eff, "§ 9 ods. 1", 0.05, 10.0)]
    path = C.add(PB, "zmluvy/Ramcova kupna zmluva OES-SK-RKZ-2025-019.pdf", "contract", "hw-sk-paragraf-pdf", facts)
    lk = Look("Serif", 10, margins=(24, 22, 22, 22))

    def para(sec: str, title: str, items: list[str]) -> list:
        out = [P(sec, lk.centerb), P(title, lk.centerb)]
        out += [P(f"({i + 1}) {t}", lk.body) for i, t in enumerate(items)]
        return out

    s = [P("RÁMCOVÁ KÚPNA ZMLUVA", lk.h1), P(f"č. {no}", lk.centerb),
         P("uzavretá podľa § 409 a nasl. zákona č. 513/1991 Zb. Obchodný zákonník v znení neskorších predpisov", lk.center),
         SP(3),
         KV(lk, [("Kupujúci:", "Orrinvale Energy Systems Slovakia s.r.o., Priemyselná 12, 949 01 Nitra, IČO: 53 123 456, "
                               "zapísaná v Obchodnom registri Okresného súdu Nitra, odd. Sro, vl. č. 51234/N, v zastúpení: Ing. Peter Hudec, konateľ"),
                 ("Predávajúci:", "Považie Battery Systems s.r.o., Robotnícka 5, 017 01 Považská Bystrica, IČO: 47 654 321, "
                                  "zapísaná v Obchodnom registri Okresného súdu Trenčín, odd. Sro, vl. č. 29876/R, v zastúpení: Ing. Martin Kováčik, konateľ")],
            widths=(28, 142), grid=False), SP(3)]
    s += para("§ 1", "Predmet zmluvy", ["Predmetom zmluvy je úprava podmienok opakovaných dodávok batériových modulov PBS-M48-60 a PBS-M96-30 (ďalej len „tovar“) na základe objednávok Kupujúceho."])
    s += para("§ 2", "Doba trvania zmluvy", ["Zmluva sa uzatvára na dobu neurčitú.",
                                            f"Zmluva nadobúda platnosť dňom podpisu oboma zmluvnými stranami a účinnosť dňa {sk(eff)}.",
                                            "Každá zo zmluvných strán môže zmluvu vypovedať aj bez uvedenia dôvodu; výpovedná lehota je 6 mesiacov."])
    s += para("§ 6", "Dodacie podmienky", ["Tovar sa dodáva za podmienky DAP Nitra, sklad Kupujúceho (Incoterms® 2020).",
                                          "Predávajúci sa zaväzuje dosiahnuť mieru včasných dodávok (OTD) najmenej 98 % za každý kalendárny mesiac.",
                                          "Za včasnú dodávku sa považuje dodávka v deň potvrdený v objednávke alebo najviac jeden pracovný deň pred ním."])
    s += para("§ 7", "Kvalita", ["Cieľová hodnota chybovosti dodaného tovaru je 25 ppm.",
                                 "Kupujúci oznámi Predávajúcemu zjavné vady do 5 pracovných dní od prevzatia tovaru.",
                                 "Predávajúci predloží Kupujúcemu správu 8D do 10 pracovných dní od doručenia reklamácie."])
    s += para("§ 8", "Zmeny", ["Predávajúci oznámi Kupujúcemu každú zmenu materiálu, výrobného procesu alebo miesta výroby najmenej 12 mesiacov vopred."])
    s += para("§ 9", "Zmluvné pokuty", [
        "V prípade omeškania Predávajúceho s dodaním tovaru je Predávajúci povinný zaplatiť Kupujúcemu zmluvnú pokutu vo výške 0,5 ‰ z ceny oneskorene dodaného tovaru za každý aj začatý deň omeškania.",
        "Celková výška zmluvných pokút podľa ods. 1 za kalendárny rok nepresiahne 10 % ročného objemu nákupov Kupujúceho u Predávajúceho.",
        "V prípade omeškania Kupujúceho so zaplatením kúpnej ceny je Kupujúci povinný zaplatiť Predávajúcemu úrok z omeškania vo výške 0,05 % z dlžnej sumy za každý deň omeškania."])
    s += para("§ 10", "Platobné podmienky", ["Splatnosť faktúr je 60 dní odo dňa ich doručenia Kupujúcemu.",
                                             "Pri úhrade do 14 dní od doručenia faktúry je Kupujúci oprávnený uplatniť skonto vo výške 2 %."])
    s += para("§ 12", "Mlčanlivosť", ["Zmluvné strany zachovávajú mlčanlivosť o dôverných informáciách počas trvania zmluvy a 5 rokov po jej skončení."])
    s += para("§ 13", "Vyššia moc", ["Zmluvná strana nezodpovedá za omeškanie spôsobené okolnosťami vylučujúcimi zodpovednosť."])
    s += [SP(6), TBL(lk, [[f"V Nitre, dňa {sk(SK_MADE)}", f"V Považskej Bystrici, dňa {sk(SK_MADE)}"],
                          ["Za Kupujúceho:\nIng. Peter Hudec, konateľ", "Za Predávajúceho:\nIng. Martin Kováčik, konateľ"]],
                     [85, 85], grid=False)]
    pdf(path, s, lk, running(footer_center="Strana {page} z {total}"))


def c07_pb_sk_amendment(C: Corpus) -> None:
    """Slovak/English Amendment No. 1: two values changed, the rest said to be unchanged."""
    no, eff, signed = SK_NO, D(2026, 6, 1), D(2026, 5, 19)
    facts = [otd(no, eff, "§ 6 ods. 2", 98.5), penalty(no, eff, "§ 9 ods. 1", 0.08)]
    path = C.add(PB, "zmluvy/Dodatok c. 1 - Amendment No. 1 k RKZ-2025-019.docx", "contract", "hw-sk-en-amendment-docx",
                 facts)
    d = new_docx("Cambria", 10)
    docx_par(d, "DODATOK č. 1 / AMENDMENT No. 1", bold=True, size=14, align="center")
    docx_par(d, f"k Rámcovej kúpnej zmluve č. {no} zo dňa {sk(SK_MADE)}\n"
                f"to Framework Purchase Agreement No. {no} of {en_long(SK_MADE)}", align="center")
    docx_par(d, "Zmluvné strany / Parties: Orrinvale Energy Systems Slovakia s.r.o. (Kupujúci / Buyer) a / and "
                "Považie Battery Systems s.r.o. (Predávajúci / Seller)")
    rows = [
        ["Slovensky", "English"],
        ["Čl. I\n§ 6 ods. 2 Zmluvy sa mení a znie:\n„(2) Predávajúci sa zaväzuje dosiahnuť mieru včasných dodávok (OTD) najmenej 98,5 % za každý kalendárny mesiac.“",
         "Article I\n§ 6(2) of the Agreement is amended to read:\n\"(2) The Seller undertakes to achieve an on-time delivery rate (OTD) of at least 98.5% in each calendar month.\""],
        ["Čl. II\n§ 9 ods. 1 Zmluvy sa mení a znie:\n„(1) V prípade omeškania Predávajúceho s dodaním tovaru je Predávajúci povinný zaplatiť Kupujúcemu zmluvnú pokutu vo výške 0,8 ‰ z ceny oneskorene dodaného tovaru za každý aj začatý deň omeškania.“",
         "Article II\n§ 9(1) of the Agreement is amended to read:\n\"(1) If the Seller is late in delivering the goods, the Seller shall pay the Buyer a contractual penalty of 0.8‰ of the price of the goods delivered late for each day or part of a day of delay.\""],
        ["Čl. III\nOstatné ustanovenia Zmluvy, najmä cieľová hodnota chybovosti 25 ppm podľa § 7 ods. 1, lehota 10 pracovných dní na predloženie správy 8D podľa § 7 ods. 3 a obmedzenie výšky zmluvných pokút podľa § 9 ods. 2, zostávajú nezmenené.",
         "Article III\nAll other provisions of the Agreement, in particular the defect target of 25 ppm under § 7(1), the period of 10 working days for the 8D report under § 7(3) and the limitation of contractual penalties under § 9(2), remain unchanged."],
        [f"Čl. IV\nTento dodatok nadobúda platnosť dňom podpisu oboma zmluvnými stranami a účinnosť dňa {sk(eff)}.",
         f"Article IV\nThis Amendment enters into force on signature by both parties and takes effect on {en_long(eff)}."],
    ]
    docx_table(d, rows, bold_head=True, widths_cm=[8.5, 8.5])
    docx_par(d, "")
    docx_table(d, [[f"V Nitre / Nitra, {sk(signed)}", f"V Považskej Bystrici / Považská Bystrica, {sk(signed)}"],
                   ["Ing. Peter Hudec, konateľ", "Ing. Martin Kováčik, konateľ"]], bold_head=False)
    save_docx(d, path)


def c08_ab_mx_purchase_order(C: Corpus) -> None:
    """Mexican purchase order with special terms; the penalty capped at an amount of money."""
    no, date = "4500018873", D(2026, 5, 12)
    facts = [penalty(no, date, "CE-2", 1.5, None), warranty(no, date, "CE-3", 2, None, None),
             ack(no, date, "CE-4", 72, "hours")]
    path = C.add(AB, "Compras/OC 4500018873 Orrinvale.pdf", "contract", "hw-mx-po-special-terms-pdf", facts)
    lk = Look("Arial", 8.6, pagesize=LETTER, margins=(16, 16, 18, 18))
    lines = [["Pos.", "Material", "Descripción / Description", "Cant.", "Unidad", "P. unitario USD", "Importe USD", "Entrega"],
             ["10", "ADB-M51-280", "Módulo de baterías LFP 51.2 V 280 Ah", "120", "PZA", "3,480.00", "417,600.00", "15/06/2026"],
             ["20", "ADB-BMS-16S", "Tarjeta BMS 16S para módulo ADB-M51-280", "120", "PZA", "96.50", "11,580.00", "15/06/2026"]]
    s = [TBL(lk, [[M("<b>Orrinvale Energy Systems México, S. de R.L. de C.V.</b><br/>Blvd. Industria Automotriz 1450, Parque Industrial Santa María<br/>"
                     "Ramos Arizpe, Coah., C.P. 25903 · RFC OES190311AB2", lk.small),
                   M(f"<b>ORDEN DE COMPRA / PURCHASE ORDER</b><br/>No. {no}<br/>Fecha / Date: {date.day:02d}/{date.month:02d}/{date.year}", lk.right)]],
             [100, 84], head=0, grid=False), SP(3),
         KV(lk, [("Proveedor / Supplier", "Acumuladores del Bajío, S.A. de C.V. · No. de proveedor 100482\nAv. de la Luz 2210, Parque Industrial Benito Juárez, Querétaro, Qro., C.P. 76120"),
                 ("Comprador / Buyer contact", "Lic. Daniela Treviño Garza · daniela.trevino@orrinvale-energy.mx"),
                 ("Moneda / Currency", "USD"), ("Condiciones generales", "Condiciones Generales de Compra de Orrinvale, ed. 2026")],
            widths=(40, 144)), SP(3),
         TBL(lk, lines, [10, 24, 56, 12, 14, 24, 24, 20]), SP(1),
         TBL(lk, [["Subtotal", "429,180.00"], ["IVA 16%", "68,668.80"], ["Total USD", "497,848.80"]], [30, 30], head=0,
             bold_first_col=True), SP(4),
         P("CONDICIONES ESPECIALES / SPECIAL TERMS (prevalecen sobre las Condiciones Generales de Compra / prevail over the General Terms of Purchase)", lk.h3)]
    s += clauses_pdf(lk, [
        ("CE-1", "Entrega: DAP planta Ramos Arizpe (Incoterms® 2020); ventana de recepción de lunes a viernes de 7:00 a 15:00 h; se aceptan entregas hasta 2 días antes de la fecha indicada. / "
                 "Delivery: DAP Ramos Arizpe plant (Incoterms® 2020); receiving Monday to Friday 7:00–15:00; deliveries accepted up to 2 days before the date shown."),
        ("CE-2", "Pena convencional por atraso: el Proveedor pagará una pena convencional equivalente al 1.5% del valor de la partida atrasada por cada semana natural de atraso. "
                 "La pena total no excederá de USD 25,000.00 por esta orden. / Late-delivery penalty: the Supplier shall pay a contractual penalty of 1.5% of the value of the delayed line "
                 "item for each calendar week of delay. The total penalty shall not exceed USD 25,000.00 for this order."),
        ("CE-3", "Garantía: dos (2) años a partir de la fecha de entrega. / Warranty: two (2) years from the date of delivery."),
        ("CE-4", "Reclamaciones: el Proveedor acusará recibo de cada reclamación de calidad dentro de las 72 horas siguientes a su notificación. / "
                 "Complaints: the Supplier shall acknowledge each quality complaint within 72 hours of notification."),
        ("CE-5", "Pago: 60 días naturales a partir de la recepción del CFDI; descuento por pronto pago de 1% si el pago se realiza dentro de 15 días. / "
                 "Payment: 60 calendar days from receipt of the CFDI invoice; 1% prompt-payment discount if paid within 15 days."),
        ("CE-6", "Intereses moratorios: en caso de pago tardío, el Comprador pagará intereses a la tasa TIIE a 28 días más 2 puntos. / "
                 "Default interest: if the Buyer pays late it shall pay interest at the 28-day TIIE rate plus 2 points."),
    ])
    s += [SP(6), P("Autorizó / Approved: Ing. Jorge Salinas Cárdenas, Gerente de Compras", lk.body),
          P("Favor de confirmar esta orden dentro de 48 horas. / Please confirm this order within 48 hours.", lk.small)]
    pdf(path, s, lk, running(footer_left=f"OC {no}", footer_right="Página {page} de {total}"))


def c09_bc_cl_framework(C: Corpus) -> None:
    """Chilean framework contract in Markdown: multas per working day capped on contract value, a performance
    discount that is a service credit next to a prompt-payment discount that is not, a bond that is no warranty."""
    no, eff, made = "OES-CL-CM-2026-004", D(2026, 2, 1), D(2026, 1, 20)
    facts = [otd(no, eff, "Artículo 7.1", 92), penalty(no, eff, "Artículo 8.1", 0.5, 15.0),
             credit(no, eff, "Artículo 9°", 0.5, 3.0), ppm(no, eff, "Artículo 10°", 300),
             warranty(no, eff, "Artículo 11°", 4, 1500, 75)]
    path = C.add(BC, "contratos/Contrato Marco OES-CL-CM-2026-004.md", "contract", "hw-cl-articulo-md", facts)
    text_file(path, f"""# CONTRATO MARCO DE SUMINISTRO N° {no}

En Santiago de Chile, a {es_long(made)}, entre **Orrinvale Energy Systems Chile SpA**, RUT 77.123.456-7, domiciliada en Av. Apoquindo 4800, oficina 1502, Las Condes, Santiago, representada por don Felipe Andrés Urrutia Soto, en adelante "el Comprador"; y **Baterías Cordillera SpA**, RUT 76.987.654-3, domiciliada en Camino Lo Echevers 550, Quilicura, Santiago, representada por doña Carolina Paz Riquelme Fuentes, en adelante "el Proveedor", se ha convenido el siguiente contrato marco de suministro:

**Artículo 1°. Objeto.** El Proveedor suministrará al Comprador módulos de baterías LFP modelo BCO-M51-100 y gabinetes BCO-ESS-200, conforme a las órdenes de compra que el Comprador emita.

**Artículo 2°. Vigencia.** El presente contrato entrará en vigencia el {es_long(eff)} y tendrá una duración de tres años, renovable por períodos iguales.

**Artículo 7°. Cumplimiento de entregas.**

- **7.1** El Proveedor deberá mantener un nivel de cumplimiento de entregas (OTD) de al menos 92%, medido por trimestre móvil.
- **7.2** Se entenderá por entrega a tiempo aquella recibida en la fecha confirmada o hasta dos días hábiles antes.

**Artículo 8°. Multas por atraso.**

- **8.1** Por cada día hábil de atraso en la entrega, el Proveedor pagará una multa equivalente al 0,5% del valor neto del despacho atrasado.
- **8.2** El total de las multas aplicadas en virtud de este artículo no podrá exceder el 15% del valor total del contrato.

**Artículo 9°. Descuento por desempeño.** Si el OTD de un trimestre resulta inferior al 92%, el Proveedor otorgará al Comprador un descuento por desempeño de 0,5% de las compras netas del trimestre por cada punto porcentual de incumplimiento, con un tope de 3% de dichas compras.

**Artículo 10°. Calidad.** La tasa de productos defectuosos no podrá superar 300 ppm, medida en forma anual.

**Artículo 11°. Garantía.** El Proveedor garantiza los módulos por cuatro (4) años contados desde la entrega o 1.500 ciclos completos, lo que ocurra primero, con una retención de capacidad no inferior al 75% de la capacidad nominal.

**Artículo 12°. Precio y pago.**

- **12.1** Los precios se expresan en dólares de los Estados Unidos y se reajustan semestralmente según la variación del IPC informado por el INE.
- **12.2** El Comprador pagará las facturas a 30 días de su recepción.
- **12.3** Si el Comprador paga dentro de 10 días, tendrá derecho a un descuento por pronto pago de 1,5%.

**Artículo 13°. Garantía de fiel cumplimiento.** El Proveedor entregará una boleta de garantía bancaria por el 5% del valor total del contrato, vigente hasta 90 días después de su término.

**Artículo 14°. Seguros.** El Proveedor mantendrá un seguro de responsabilidad civil por un monto no inferior a UF 10.000.

**Artículo 15°. Confidencialidad.** Las partes guardarán reserva de la información recibida durante la vigencia del contrato y por tres años después de su término.

**Artículo 16°. Término anticipado.** Cualquiera de las partes podrá poner término anticipado al contrato mediante aviso escrito con 60 días de anticipación.

| p.p. Orrinvale Energy Systems Chile SpA | p.p. Baterías Cordillera SpA |
|---|---|
| Felipe Andrés Urrutia Soto | Carolina Paz Riquelme Fuentes |
""")


def c10_ap_ar_sla_annex(C: Corpus) -> None:
    """Argentine SLA annex as a plain-text table with wrapped cells; the credit's cap 'un quinto'."""
    no, eff = "OES-AR-CS-2025-311", D(2026, 3, 1)
    facts = [otd(no, eff, "Anexo II, punto 3.1", 94), credit(no, eff, "Anexo II, punto 3.2", 1.5, 20.0),
             ppm(no, eff, "Anexo II, punto 3.3", 120), ack(no, eff, "Anexo II, punto 3.4", 24, "hours"),
             r8d(no, eff, "Anexo II, punto 3.5", 7, "days")]
    path = C.add(AP, "Contratos/Anexo II - SLA contrato OES-AR-CS-2025-311.txt",
                 "contract", "hw-ar-sla-txt-table", facts)
    text_file(path, f"""ANEXO II – ACUERDO DE NIVEL DE SERVICIO (SLA)
Contrato de Suministro N° {no}

Partes: Orrinvale Energy Systems Argentina S.R.L. (CUIT 30-71654321-9), en adelante "el Comprador", y
Acumuladores Pampeanos S.A. (CUIT 30-70987654-2), en adelante "el Proveedor".

Vigencia del presente Anexo: desde el 1° de marzo de 2026. Reemplaza al Anexo II de fecha 15/09/2025.

1. OBJETO
   El presente Anexo fija los indicadores de servicio que el Proveedor debe cumplir en el suministro de
   baterías de tracción APS-48-230 y APS-80-400 y las consecuencias de su incumplimiento.

2. MEDICIÓN
   Los indicadores se calculan mensualmente con los datos del portal de proveedores del Comprador.

3. INDICADORES, METAS Y CONSECUENCIAS

+------+------------------------------+---------------------+-----------------------------------------------+
| Ref. | Indicador                    | Meta                | Consecuencia por incumplimiento               |
+------+------------------------------+---------------------+-----------------------------------------------+
| 3.1  | Entregas en fecha (OTD)      | >= 94 % mensual     | Bonificación según punto 3.2                  |
+------+------------------------------+---------------------+-----------------------------------------------+
| 3.2  | Bonificación por OTD bajo    | --                  | 1,5 % de la facturación del mes por cada      |
|      | meta                         |                     | punto porcentual (o fracción) por debajo de   |
|      |                              |                     | la meta del punto 3.1. La bonificación del    |
|      |                              |                     | mes no superará un quinto de la facturación   |
|      |                              |                     | de ese mes.                                   |
+------+------------------------------+---------------------+-----------------------------------------------+
| 3.3  | Calidad del producto         | <= 120 ppm          | Plan de acción acordado con Calidad           |
|      | entregado                    | (12 meses móviles)  | Proveedores                                   |
+------+------------------------------+---------------------+-----------------------------------------------+
| 3.4  | Acuse de recibo de reclamos  | dentro de 24 horas  | --                                            |
+------+------------------------------+---------------------+-----------------------------------------------+
| 3.5  | Informe 8D                   | dentro de 7 días    | --                                            |
|      |                              | corridos            |                                               |
+------+------------------------------+---------------------+-----------------------------------------------+

4. OTRAS CONDICIONES (no forman parte del SLA)
   4.1 El Comprador paga a 60 días fecha de factura. En caso de mora del Comprador se devengarán
       intereses a la tasa activa del Banco de la Nación Argentina.
   4.2 Bonificación por volumen: 2 % sobre las compras anuales que superen USD 3.000.000.
   4.3 Los precios se ajustan trimestralmente según la fórmula del Anexo III.

Firmado en la Ciudad de Córdoba, a los 20 días del mes de febrero de 2026.

Por el Comprador: Sebastián Ferreyra – Gerente de Compras
Por el Proveedor: Ing. Horacio Bustos – Director Comercial
""")


def c11_wc_au_warranty_deed(C: Corpus) -> None:
    """Australian product warranty deed: cl 4.1(a)/(b) and a claims procedure in Schedule 2."""
    no, eff, made = "OES-AU-WD-2026-002", D(2026, 4, 1), D(2026, 3, 9)
    facts = [warranty(no, eff, "cl 4.1(a)", 10, 6000, 70), warranty(no, eff, "cl 4.1(b)", 5, None, None),
             ack(no, eff, "Schedule 2, para 2", 2, "working days"),
             r8d(no, eff, "Schedule 2, para 4", 20, "working days")]
    path = C.add(WC, "Legal/Product Warranty Deed OES-AU-WD-2026-002.pdf", "contract", "hw-au-deed-pdf", facts)
    lk = Look("Serif", 10, margins=(25, 22, 24, 22))
    s = [P("PRODUCT WARRANTY DEED", lk.h1), P(f"Deed reference {no}", lk.center), SP(4),
         KV(lk, [("Date", en_long(made)),
                 ("Warrantor", "Wattle Creek Cells Pty Ltd ACN 612 345 678 of 14 Mandurah Road, Kwinana Beach WA 6167"),
                 ("Beneficiary", "Orrinvale Energy Systems Ltd (company number 09876543) of Unit 4, Harrowgate Business Park, Darlington DL1 4XQ, United Kingdom")],
            widths=(30, 140), grid=False), SP(3),
         P("Background", lk.h3),
         P("A. The Warrantor supplies lithium iron phosphate cells to the Beneficiary under purchase orders issued from time to time.", lk.body),
         P("B. The Warrantor has agreed to give the warranties in this deed for the benefit of the Beneficiary.", lk.body),
         P("Operative provisions", lk.h2)]
    s += clauses_pdf(lk, [
        ("h", "1  Definitions and interpretation"),
        ("1.1", "In this deed: Business Day means a day that is not a Saturday, Sunday or public holiday in Perth, Western Australia; "
                "Cell means a WCC-LFP-314 or WCC-LFP-173 cell supplied by the Warrantor; Commencement Date means 1 April 2026; "
                "Delivery Date means the date a Cell is delivered under the relevant purchase order; Equivalent Full Cycle means a discharge "
                "throughput equal to the Rated Capacity; Rated Capacity means the capacity stated in the Warrantor's datasheet; Usable Capacity "
                "means the capacity measured under the test conditions in Schedule 1; Warranty Claim means a claim under clause 4."),
        ("1.2", "Headings are for convenience only; the word including is not a word of limitation."),
        ("h", "2  Commencement"),
        ("2.1", "This deed commences on the Commencement Date and applies to Cells with a Delivery Date on or after that date."),
        ("h", "4  Warranties"),
        ("4.1", "The Warrantor warrants that:"),
        ("(a)", "each Cell will, for ten (10) years from its Delivery Date or until it has completed 6,000 Equivalent Full Cycles "
                "(whichever occurs first), retain a Usable Capacity of not less than 70% of its Rated Capacity; and"),
        ("(b)", "each cell supervision board supplied with the Cells will be free from defects in materials and workmanship for five (5) years from its Delivery Date."),
        ("4.2", "The warranties in clause 4.1 are in addition to any guarantee under the Australian Consumer Law that cannot be excluded."),
        ("h", "5  Exclusions"),
        ("5.1", "The warranties do not apply to a Cell operated outside the temperature, voltage or current limits in the Warrantor's datasheet."),
        ("h", "6  Warranty Claims"),
        ("6.1", "The Beneficiary must notify the Warrantor of a Warranty Claim within 30 days after becoming aware of the facts giving rise to it."),
        ("6.2", "Warranty Claims are dealt with in accordance with Schedule 2."),
        ("h", "7  Limitation of liability"),
        ("7.1", "The Warrantor's aggregate liability under this deed is limited to the price paid for the affected Cells."),
        ("h", "9  GST"),
        ("9.1", "Amounts payable under this deed are exclusive of GST unless stated otherwise."),
        ("h", "10  Governing law"),
        ("10.1", "This deed is governed by the law of Western Australia."),
    ])
    s += [SP(4), P("Schedule 2 – Warranty Claims Procedure", lk.h2)]
    s += clauses_pdf(lk, [
        ("1", "The Beneficiary submits each Warranty Claim through the Warrantor's claims portal with the cell serial numbers and the supporting data logs."),
        ("2", "The Warrantor must acknowledge each Warranty Claim within 2 Business Days after receiving it."),
        ("3", "The Warrantor may inspect the affected Cells at the Beneficiary's site on reasonable notice."),
        ("4", "The Warrantor must deliver a root cause analysis report (in 8D format) within 20 Business Days after acknowledging the Warranty Claim."),
        ("5", "Replacement Cells for an accepted Warranty Claim are shipped within 15 Business Days after acceptance."),
    ])
    s += [SP(6), P("Executed as a deed.", lk.body),
          P("Executed by Wattle Creek Cells Pty Ltd ACN 612 345 678 in accordance with section 127 of the Corporations Act 2001 (Cth):", lk.body),
          TBL(lk, [["Director: Liam O'Connell", "Director/Secretary: Priya Raman"]], [85, 85], head=0, grid=False),
          P("Signed sealed and delivered by Orrinvale Energy Systems Ltd by its authorised signatory: Helen Marsh, Chief Procurement Officer", lk.body)]
    pdf(path, s, lk, running(header_right=f"Deed {no}", footer_right="page {page} of {total}"))


def c12_sb_no_sla_matrix(C: Corpus) -> None:
    """Norwegian SLA matrix in a workbook: OTD target and the per-working-day rate stored as percent-formatted
    fractions; commercial terms in a second block that yields nothing."""
    no, eff = "OES-NO-RA-2026-014", D(2026, 3, 1)
    facts = [otd(no, eff, "pkt. 2.1", 97), penalty(no, eff, "pkt. 2.2", 0.15, 10.0), ppm(no, eff, "pkt. 2.3", 60),
             ack(no, eff, "pkt. 2.4", 24, "hours"), r8d(no, eff, "pkt. 2.5", 20, "working days"),
             notice(no, eff, "pkt. 2.6", 6, "months")]
    path = C.add(SB, "Avtaler/Vedlegg 2 SLA-matrise OES-NO-RA-2026-014.xlsx",
                 "contract", "hw-no-sla-matrix-xlsx", facts)
    wb = new_xlsx()
    ws = wb.active
    ws.title = "SLA"
    ws.append(["Vedlegg 2 – Tjenestenivåmatrise (SLA)"])
    ws.append([f"til Rammeavtale nr. {no} mellom Orrinvale Energy Systems Norge AS og Skarvik Batteri AS"])
    ws.append(["Gjelder fra:", "01.03.2026"])
    ws.append([])
    ws.append(["Pkt.", "KPI", "Mål", "Måleperiode", "Sanksjon ved avvik", "Sats", "Tak for sanksjon"])
    rows = [
        ["2.1", "Leveringspresisjon (OTD)", 0.97, "kalendermåned", "Se pkt. 2.2", None, None],
        ["2.2", "Dagmulkt ved forsinket levering", None, "per forsinket levering",
         "Dagmulkt per virkedag forsinkelse, beregnet av verdien av den forsinkede leveransen", 0.0015,
         "10 % av kontraktsverdien"],
        ["2.3", "Kvalitet – feilrate", "≤ 60 ppm", "rullerende 12 måneder", "Tiltaksplan", None, None],
        ["2.4", "Bekreftelse av mottatt reklamasjon", "innen 24 timer", "per reklamasjon", None, None, None],
        ["2.5", "8D-rapport", "innen 20 virkedager", "per reklamasjon", None, None, None],
        ["2.6", "Varsel om produkt- eller prosessendring (PCN)", "minst 6 måneder før endringen", None, None, None, None],
    ]
    for r in rows:
        ws.append(r)
    ws["C6"].number_format = '"≥ "0%'
    ws["F7"].number_format = "0.00%"
    ws.append([])
    ws.append(["Øvrige kommersielle vilkår (ikke SLA)"])
    for r in [["3.1", "Betalingsbetingelser", "45 dager netto"],
              ["3.2", "Forsinkelsesrente", "iht. forsinkelsesrenteloven"],
              ["3.3", "Prisjustering", "årlig iht. SSBs konsumprisindeks"],
              ["3.4", "Konfidensialitet", "5 år etter avtalens opphør"],
              ["3.5", "Oppsigelse", "6 måneders skriftlig varsel"]]:
        ws.append(r)
    for col, w in zip("ABCDEFG", [7, 42, 30, 22, 60, 9, 26], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def c13_tv_hu_qaa(C: Corpus) -> None:
    """Hungarian quality assurance agreement: 'n.m. pont'."""
    no, eff, made = "OES-HU-MBM-2025-066", D(2025, 9, 1), D(2025, 8, 18)
    facts = [ppm(no, eff, "4.3. pont", 40), ack(no, eff, "6.1. pont", 24, "hours"),
             r8d(no, eff, "6.2. pont", 10, "working days"), warranty(no, eff, "7.1. pont", 8, None, 70),
             notice(no, eff, "8.2. pont", 9, "months")]
    path = C.add(TV, "szerződések/Minőségbiztosítási megállapodás OES-HU-MBM-2025-066.pdf", "contract",
                 "hw-hu-pont-pdf", facts)
    lk = Look("Sans", 9.4, margins=(22, 22, 22, 22))
    s = [P("MINŐSÉGBIZTOSÍTÁSI MEGÁLLAPODÁS", lk.h1), P(f"Szám: {no}", lk.center), SP(3),
         P("amely létrejött egyrészről az Orrinvale Energy Systems Kft. (székhely: 6000 Kecskemét, Ipari park út 7.; cégjegyzékszám: 03-09-134567; "
           "adószám: 27654321-2-03), mint Megrendelő, másrészről a Tiszavolt Akkumulátor Kft. (székhely: 5000 Szolnok, Kőrösi út 88.; "
           "cégjegyzékszám: 16-09-023456; adószám: 24567890-2-16), mint Szállító között az alulírott helyen és napon, az alábbi feltételekkel:", lk.body)]
    s += clauses_pdf(lk, [
        ("h", "1. A megállapodás tárgya"),
        ("1.1.", "A megállapodás a Szállító által a Megrendelő részére szállított TVA-LFP-120 és TVA-NMC-60 típusú lítiumion-cellák minőségbiztosítási követelményeit rögzíti."),
        ("h", "2. Hatály"),
        ("2.1.", f"A megállapodás {hu_long(eff)} napján lép hatályba, és határozatlan időre szól."),
        ("2.2.", "Bármelyik fél a megállapodást 90 napos felmondási idővel, írásban felmondhatja."),
        ("h", "4. Minőségi célok"),
        ("4.1.", "A Szállító minőségirányítási rendszert működtet és tart fenn."),
        ("4.2.", "A Szállító havonta minőségi jelentést küld a Megrendelőnek."),
        ("4.3.", "A Szállító vállalja, hogy a leszállított termékek hibaaránya nem haladja meg a 40 ppm-et (naptári évre számítva)."),
        ("h", "6. Reklamációkezelés"),
        ("6.1.", "A Szállító a reklamáció kézhezvételét 24 órán belül írásban visszaigazolja."),
        ("6.2.", "A Szállító a 8D-jelentést a reklamáció kézhezvételétől számított 10 munkanapon belül megküldi a Megrendelőnek."),
        ("6.3.", "A Szállító a hibás termékek válogatását saját költségén azonnal megkezdi."),
        ("6.4.", "A Megrendelő a bejövő ellenőrzés során feltárt hibákat 8 munkanapon belül jelzi a Szállítónak."),
        ("h", "7. Jótállás"),
        ("7.1.", "A Szállító a cellákra a leszállítástól számított 8 év jótállást vállal; a cellák kapacitása a jótállási idő végén nem lehet kevesebb a névleges kapacitás 70%-ánál."),
        ("h", "8. Változáskezelés"),
        ("8.1.", "Változásnak minősül a termék, az alapanyag, a gyártási folyamat vagy a gyártási hely bármely módosítása."),
        ("8.2.", "A Szállító a tervezett változtatásokról (PCN) legalább 9 hónappal a bevezetés előtt írásban értesíti a Megrendelőt."),
        ("h", "9. Fizetés"),
        ("9.1.", "A Megrendelő a számlákat a kézhezvételtől számított 60 napon belül egyenlíti ki; késedelem esetén a Ptk. 6:155. § szerinti késedelmi kamat jár."),
        ("h", "10. Titoktartás"),
        ("10.1.", "A felek a megállapodás megszűnését követő 3 évig kötelesek az üzleti titkot megőrizni."),
    ])
    s += [SP(6), P(f"Kecskemét, {hu_long(made)}", lk.body), SP(4),
          TBL(lk, [["Megrendelő részéről", "Szállító részéről"],
                   ["Orrinvale Energy Systems Kft.\nKovács Gábor ügyvezető", "Tiszavolt Akkumulátor Kft.\nDr. Szabó Eszter ügyvezető"]],
              [85, 85], grid=False)]
    pdf(path, s, lk, running(footer_left=f"{no}", footer_right="{page}/{total}. oldal"))


def c14_kb_tr_vmi(C: Corpus) -> None:
    """Turkish VMI agreement: a penalty per late shipment capped on the annual volume; a late-payment 'ceza'."""
    no, eff = "OES-TR-VMI-2026-009", D(2026, 4, 1)
    facts = [otd(no, eff, "Madde 6.2", 98), penalty(no, eff, "Madde 7.1", 2, 5.0)]
    path = C.add(KB, "Sözleşmeler/VMI Sözleşmesi OES-TR-VMI-2026-009.pdf", "contract", "hw-tr-madde-vmi-pdf", facts)
    lk = Look("Arial", 9.6, margins=(22, 22, 22, 22))
    s = [P("STOK YÖNETİMİ VE LOJİSTİK SÖZLEŞMESİ", lk.h1),
         P("(Tedarikçi Yönetimli Stok – Vendor Managed Inventory)", lk.center), SP(2),
         KV(lk, [("Sözleşme No", no), ("Yürürlük tarihi", f"{eff.day:02d}.{eff.month:02d}.{eff.year}"),
                 ("Alıcı", "Orrinvale Enerji Sistemleri Ltd. Şti., Gebze Organize Sanayi Bölgesi, 1600. Sokak No: 1604, 41400 Gebze/Kocaeli"),
                 ("Tedarikçi", "Kızılırmak Batarya Sistemleri A.Ş., Organize Sanayi Bölgesi 12. Cadde No: 7, 71100 Kırıkkale")],
            widths=(35, 135)), SP(3)]
    s += clauses_pdf(lk, [
        ("h", "Madde 1 – Konu"),
        ("1.1", "Bu sözleşme, Tedarikçi'nin KBS-48V-105 ve KBS-ESS-215 batarya paketlerini Alıcı'nın Gebze tesisindeki konsinye depoda stoklamasına ve stoğu yönetmesine ilişkin şartları düzenler."),
        ("h", "Madde 5 – Stok seviyeleri"),
        ("5.1", "Tedarikçi, konsinye depoda asgari 10 günlük, azami 20 günlük tüketime yetecek stok bulundurur."),
        ("5.2", "Alıcı, her pazartesi 12 haftalık ihtiyaç tahminini Tedarikçi'ye iletir."),
        ("h", "Madde 6 – Hizmet seviyesi"),
        ("6.1", "Tedarikçi, stok seviyelerini Alıcı'nın portalı üzerinden günlük olarak izler."),
        ("6.2", "Tedarikçi, konsinye depodan yapılan çekme taleplerinin en az %98'ini zamanında karşılar (zamanında teslimat oranı, aylık ölçülür)."),
        ("h", "Madde 7 – Cezai şart"),
        ("7.1", "Her geç sevkiyat için Tedarikçi, ilgili sevkiyat bedelinin %2'si oranında cezai şart öder."),
        ("7.2", "Bu madde kapsamındaki cezai şartların toplamı, bir takvim yılında Alıcı'nın Tedarikçi'den yaptığı yıllık satın alma hacminin %5'ini aşamaz."),
        ("h", "Madde 8 – Mülkiyet"),
        ("8.1", "Konsinye stok, Alıcı tarafından depodan çekilinceye kadar Tedarikçi'nin mülkiyetindedir."),
        ("h", "Madde 9 – Ödeme"),
        ("9.1", "Alıcı, çekilen malların bedelini çekme tarihinden itibaren 60 gün içinde öder."),
        ("9.2", "Alıcı'nın ödemede gecikmesi halinde, geciken tutar üzerinden aylık %2 gecikme cezası uygulanır."),
        ("h", "Madde 10 – Sigorta"),
        ("10.1", "Tedarikçi, konsinye stoğu yangın, su baskını ve hırsızlığa karşı kendi adına sigortalatır."),
        ("h", "Madde 12 – Süre ve fesih"),
        ("12.1", "Sözleşme 2 yıl süreyle geçerlidir; taraflardan her biri 3 ay önceden yazılı bildirimde bulunarak sözleşmeyi feshedebilir."),
    ])
    s += [SP(6), TBL(lk, [["ALICI", "TEDARİKÇİ"],
                          ["Orrinvale Enerji Sistemleri Ltd. Şti.\nSelin Yılmaz, Satın Alma Direktörü",
                           "Kızılırmak Batarya Sistemleri A.Ş.\nMehmet Can Öztürk, Genel Müdür"]], [85, 85], grid=False)]
    pdf(path, s, lk, running(footer_left=no, footer_right="Sayfa {page} / {total}"))


def c15_cr_us_side_letter(C: Corpus) -> None:
    """US side letter: a changed OTD target and a new service credit; values it leaves unchanged yield nothing."""
    no, eff, dated = "OES-US-MSA-2024-031", D(2026, 9, 1), D(2026, 8, 24)
    facts = [otd(no, eff, "Section 7.2(a)", 95), credit(no, eff, "Section 7.4", 1, 8.0)]
    path = C.add(CR, "contracts/Side Letter No 2 - MSA OES-US-MSA-2024-031.txt",
                 "contract", "hw-us-side-letter-txt", facts)
    text_file(path, f"""ORRINVALE ENERGY SYSTEMS INC.
2100 Innovation Parkway, Greer, SC 29651

{us_long(dated)}

VIA EMAIL AND OVERNIGHT COURIER

Cumberland Ridge Battery, LLC
Attn: Mr. Dale P. Whitaker, VP Sales
480 Industrial Blvd.
Cookeville, TN 38506

Re: Side Letter No. 2 to Master Supply Agreement No. {no} dated March 4, 2024 (the "Agreement")

Dear Mr. Whitaker:

This side letter (this "Side Letter") confirms the following modifications to the Agreement, effective as of
{us_long(eff)} (the "Side Letter Effective Date"). Capitalized terms used but not defined herein have the meanings
given to them in the Agreement.

1. OTD Target. Section 7.2(a) of the Agreement is hereby amended by deleting "ninety-three percent (93%)" and
   replacing it with "ninety-five percent (95%)".

2. Service Credits. The following is added to the Agreement as a new Section 7.4:

   "7.4 Service Credits. For each full percentage point by which Supplier's OTD for a calendar month falls below
   the OTD Target, Supplier shall issue to Buyer a credit equal to one percent (1%) of the Monthly Spend for such
   month. Service credits for any calendar month shall not exceed eight percent (8%) of the Monthly Spend for
   such month."

3. No Other Changes. For the avoidance of doubt, the Warranty Period of eight (8) years and the capacity
   retention threshold of seventy percent (70%) set forth in Section 11.1, and the payment terms of net
   forty-five (45) days with a 1%/10 early payment discount set forth in Section 5.3, remain unchanged. Except as
   expressly modified by this Side Letter, the Agreement remains in full force and effect.

4. Counterparts. This Side Letter may be executed in counterparts, including by electronic signature.

Please indicate Supplier's agreement by countersigning below and returning a copy to the undersigned.

Very truly yours,

ORRINVALE ENERGY SYSTEMS INC.

By: /s/ Karen L. Dupree
Name: Karen L. Dupree
Title: Director, Global Procurement

AGREED AND ACCEPTED:
CUMBERLAND RIDGE BATTERY, LLC

By: /s/ Dale P. Whitaker
Name: Dale P. Whitaker
Title: VP Sales
Date: August 27, 2026
""")


def c16_ma_uk_conditions(C: Corpus) -> None:
    """The buyer's UK general conditions of purchase: a defined threshold used in clause 9, the LD cap in words in
    its own sub-clause, the buyer's own duties beside the supplier's."""
    no, eff = "OES-GCP-2026", D(2026, 2, 1)
    facts = [otd(no, eff, "Clause 9.1", 95), penalty(no, eff, "Clause 9.2(b)", 0.5, 10.0),
             ppm(no, eff, "Clause 11.2", 100), ack(no, eff, "Clause 11.4", 48, "hours"),
             warranty(no, eff, "Clause 12.1", 2, None, None), notice(no, eff, "Clause 13.1", 6, "months")]
    path = C.add(MA, "Ugovori/Orrinvale General Conditions of Purchase 2026.pdf",
                 "contract", "hw-uk-conditions-pdf", facts)
    lk = Look("Serif", 9.4, margins=(20, 20, 22, 20))
    s = [P("ORRINVALE ENERGY SYSTEMS LTD", lk.centerb), P("GENERAL CONDITIONS OF PURCHASE OF GOODS", lk.h1),
         P(f"Reference {no} · Edition 1/2026", lk.center),
         P("These Conditions apply to every Order placed by the Buyer on or after 1 February 2026 and replace all earlier editions.", lk.center),
         SP(3)]
    s += clauses_pdf(lk, [
        ("h", "1. DEFINITIONS AND INTERPRETATION"),
        ("1.1", "In these Conditions the following definitions apply:"),
        ("", "\"Buyer\" means Orrinvale Energy Systems Ltd (company number 09876543) or the affiliate of it named in the Order;"),
        ("", "\"Delivery Date\" means the date for delivery stated in the Order or, if none is stated, agreed in writing;"),
        ("", "\"Delivery Performance Threshold\" means ninety-five per cent (95%) of Order lines delivered On Time in a calendar month;"),
        ("", "\"On Time\" means not earlier than three (3) Working Days before and not later than the Delivery Date;"),
        ("", "\"Quality Notification\" means a written notice by the Buyer that Goods do not conform to the Order;"),
        ("", "\"Working Day\" means a day other than a Saturday, Sunday or bank holiday in England."),
        ("1.2", "A reference to writing or written includes e-mail."),
        ("h", "2. BASIS OF CONTRACT"),
        ("2.1", "The Order constitutes an offer by the Buyer to purchase the Goods in accordance with these Conditions."),
        ("2.2", "These Conditions apply to the exclusion of any terms the Supplier seeks to impose or incorporate."),
        ("h", "5. DELIVERY"),
        ("5.1", "The Goods shall be delivered DAP the Buyer's premises (Incoterms® 2020) on the Delivery Date during the Buyer's normal hours of business."),
        ("5.2", "Time of delivery is of the essence."),
        ("h", "9. DELIVERY PERFORMANCE"),
        ("9.1", "The Supplier shall achieve, in each calendar month, an on-time delivery rate not lower than the Delivery Performance Threshold."),
        ("9.2", "If the Supplier fails to deliver any Goods by the Delivery Date then, without prejudice to any other right or remedy of the Buyer:"),
        ("(a)", "the Buyer may refuse to take any subsequent attempted delivery of the Goods;"),
        ("(b)", "the Supplier shall pay to the Buyer, as liquidated damages, 0.5% of the price of the delayed Goods for each started week of delay; and"),
        ("(c)", "liquidated damages under Clause 9.2(b) shall not in aggregate exceed one tenth of the price of the delayed Goods."),
        ("9.3", "The parties confirm that the liquidated damages in Clause 9.2(b) are a genuine pre-estimate of the Buyer's loss."),
        ("h", "11. QUALITY"),
        ("11.1", "The Supplier shall maintain a quality management system appropriate to the Goods."),
        ("11.2", "The Supplier shall not exceed a defect rate of 100 ppm in any rolling twelve-month period."),
        ("11.3", "The Buyer shall notify the Supplier of any apparent defect within ten (10) Working Days after delivery."),
        ("11.4", "The Supplier shall acknowledge receipt of each Quality Notification within forty-eight (48) hours."),
        ("h", "12. WARRANTY"),
        ("12.1", "The Supplier warrants that the Goods shall conform to the Order, be of satisfactory quality and be free from defects in design, "
                 "material and workmanship for a period of two (2) years from the date of delivery."),
        ("h", "13. CHANGES"),
        ("13.1", "The Supplier shall give the Buyer not less than six (6) months' prior written notice of any change to the materials, "
                 "processes, place of manufacture or sub-suppliers of the Goods."),
        ("h", "15. PRICE AND PAYMENT"),
        ("15.1", "The price of the Goods is fixed and is exclusive of VAT."),
        ("15.2", "The Buyer shall pay correctly rendered invoices within sixty (60) days of receipt."),
        ("15.3", "If the Buyer fails to pay an undisputed amount when due, the Supplier may claim interest under the Late Payment of Commercial Debts (Interest) Act 1998."),
        ("h", "17. INSURANCE"),
        ("17.1", "The Supplier shall maintain product liability insurance of not less than £5,000,000 per claim."),
        ("h", "19. CONFIDENTIALITY"),
        ("19.1", "The Supplier shall keep the Buyer's confidential information confidential for five (5) years after completion of the Order."),
        ("h", "21. TERMINATION"),
        ("21.1", "The Buyer may terminate any framework arrangement under these Conditions by giving the Supplier three (3) months' written notice."),
        ("h", "22. FORCE MAJEURE"),
        ("22.1", "If a force majeure event prevents performance for more than eight (8) weeks, either party may terminate the affected Order."),
    ])
    pdf(path, s, lk, running(header_left="Orrinvale Energy Systems Ltd – General Conditions of Purchase",
                             header_right=no, footer_center="{page}"))


def c17_rc_pt_supply(C: Corpus) -> None:
    """European Portuguese supply contract: 'Cláusula n.ª, n.º m'."""
    no, eff, made = "OES-PT-CF-2026-012", D(2026, 4, 1), D(2026, 3, 16)
    facts = [otd(no, eff, "Cláusula 6.ª, n.º 1", 96), penalty(no, eff, "Cláusula 7.ª, n.º 1", 0.2, 10.0),
             ppm(no, eff, "Cláusula 8.ª, n.º 1", 150), warranty(no, eff, "Cláusula 9.ª", 3, None, None)]
    path = C.add(RC, "Contrats/Contrato de Fornecimento OES-PT-CF-2026-012.pdf",
                 "contract", "hw-pt-clausula-pdf", facts)
    lk = Look("Serif", 10, margins=(24, 22, 22, 22))

    def cl(title: str, items: list[str]) -> list:
        out = [P(title, lk.h3)]
        if len(items) == 1:
            return out + [P(items[0], lk.body)]
        return out + [P(f"{i + 1}. {t}", lk.body) for i, t in enumerate(items)]

    s = [P("CONTRATO DE FORNECIMENTO", lk.h1), P(f"N.º {no}", lk.centerb), SP(3),
         P("Entre:", lk.body),
         P("ORRINVALE ENERGY SYSTEMS PORTUGAL, UNIPESSOAL LDA., NIPC 516 234 567, com sede na Estrada Nacional 10, km 38, 2910-012 Setúbal, "
           "neste ato representada pela sua gerente, Dra. Marta Sofia Carvalho, adiante designada por \"Adquirente\";", lk.body),
         P("e", lk.body),
         P("RIF CELLPACK SARL, sociedade de direito marroquino, com sede na Zona Franca de Tânger, Lote 214, 90000 Tânger, Marrocos, "
           "neste ato representada pelo seu diretor-geral, Sr. Youssef El Amrani, adiante designada por \"Fornecedor\";", lk.body),
         P("é celebrado o presente contrato de fornecimento, que se rege pelas cláusulas seguintes:", lk.body)]
    s += cl("Cláusula 1.ª – Objeto", ["O Fornecedor obriga-se a fornecer ao Adquirente packs de baterias RCP-36-20 e RCP-48-40, nos termos das encomendas emitidas pelo Adquirente."])
    s += cl("Cláusula 2.ª – Vigência", [f"O presente contrato produz efeitos a partir de {pt_long(eff)} e vigora por um período de dois anos.",
                                        "Qualquer das partes pode denunciar o contrato mediante pré-aviso escrito de 90 dias."])
    s += cl("Cláusula 5.ª – Entrega", ["As entregas são feitas DAP Setúbal, armazém do Adquirente (Incoterms® 2020)."])
    s += cl("Cláusula 6.ª – Pontualidade", ["O Fornecedor garante uma taxa de entregas pontuais de, pelo menos, 96 %, apurada mensalmente.",
                                            "Considera-se pontual a entrega realizada na data confirmada, com a tolerância de um dia útil de antecedência."])
    s += cl("Cláusula 7.ª – Penalidades por atraso", ["Por cada dia de atraso na entrega, o Fornecedor pagará uma penalidade de 0,2 % do valor da encomenda em atraso.",
                                                      "O montante total das penalidades não pode exceder 10 % do valor da encomenda."])
    s += cl("Cláusula 8.ª – Qualidade", ["A taxa de defeitos dos produtos entregues não pode exceder 150 ppm.",
                                         "O Adquirente comunica os defeitos aparentes no prazo de 8 dias úteis após a receção."])
    s += cl("Cláusula 9.ª – Garantia", ["Os produtos têm uma garantia de três (3) anos a contar da data de entrega."])
    s += cl("Cláusula 11.ª – Preço e pagamento", ["O Adquirente paga as faturas no prazo de 60 dias a contar da sua receção.",
                                                  "Em caso de mora no pagamento, são devidos juros de mora à taxa legal supletiva aplicável aos créditos de empresas comerciais.",
                                                  "O pagamento efetuado no prazo de 10 dias confere direito a um desconto de pronto pagamento de 2 %."])
    s += cl("Cláusula 13.ª – Confidencialidade", ["As partes mantêm a confidencialidade da informação trocada durante 5 anos após a cessação do contrato."])
    s += [SP(6), P(f"Setúbal, {pt_long(made)}", lk.body), SP(3),
          TBL(lk, [["O Adquirente", "O Fornecedor"], ["Marta Sofia Carvalho, Gerente", "Youssef El Amrani, Diretor-Geral"]],
              [85, 85], grid=False)]
    pdf(path, s, lk, running(footer_left=f"Contrato {no}", footer_right="Página {page} de {total}"))


def c18_wc_in_letter_of_award(C: Corpus) -> None:
    """Indian letter of award: 'LD @ 0.5% ... per week or part thereof, subject to a maximum of 5%'."""
    no, eff, dated = "OES/IN/PUR/LOA/2026/044", D(2026, 9, 1), D(2026, 8, 18)
    facts = [otd(no, eff, "Clause 4(a)", 95), penalty(no, eff, "Clause 4(b)", 0.5, 5.0),
             warranty(no, eff, "Clause 6", 3, 2500, None)]
    path = C.add(WC, "Legal/LOA OES-IN-PUR-LOA-2026-044 Orrinvale India.pdf",
                 "contract", "hw-in-letter-of-award-pdf", facts)
    lk = Look("Arial", 9.6, margins=(22, 20, 20, 20))
    s = [P("ORRINVALE ENERGY SYSTEMS INDIA PVT. LTD.", lk.h1),
         P("CIN: U31909PN2019FTC187654 · Gat No. 512, Chakan MIDC Phase II, Pune – 410 501, Maharashtra, India", lk.center), SP(4),
         TBL(lk, [[f"Ref: {no}", f"Date: {dated.day:02d}.{dated.month:02d}.{dated.year}"]], [100, 70], head=0,
             grid=False), SP(2),
         P("To,\nM/s. Wattle Creek Cells Pty Ltd\n14 Mandurah Road, Kwinana Beach WA 6167, Australia\nKind Attn.: Mr. Liam O'Connell, Director – Export Sales", lk.body),
         SP(2),
         P("Sub: LETTER OF AWARD for supply of LFP prismatic cells WCC-LFP-314 against Tender No. OES/IN/T/2026/017", lk.h3),
         P("Ref: (i) Our tender enquiry dated 02.06.2026; (ii) Your techno-commercial offer no. WCC/Q/2026/0711 dated 24.06.2026 and subsequent clarifications dated 15.07.2026.", lk.body),
         P("Dear Sir,", lk.body),
         P("With reference to the above, we are pleased to inform you that your offer has been accepted and the contract is hereby awarded to you "
           "(hereinafter referred to as \"the Supplier\", which expression shall unless repugnant to the context or meaning thereof include its "
           "successors and permitted assigns) on the following terms and conditions:", lk.body)]
    s += clauses_pdf(lk, [
        ("Clause 1: Scope.", "Supply of 48,000 (Forty Eight Thousand) nos. LFP prismatic cells WCC-LFP-314, 3.2 V 314 Ah, as per technical specification OES/IN/TS/CELL/014 Rev. 2."),
        ("Clause 2: Contract value.", "USD 3,936,000.00 (US Dollars Three Million Nine Hundred Thirty Six Thousand only), FCA Fremantle (Incoterms 2020)."),
        ("Clause 3: Delivery schedule.", "8 (eight) lots of 6,000 nos. each, monthly, commencing October 2026."),
        ("Clause 4: Delivery performance.", ""),
        ("(a)", "The Supplier shall maintain on-time delivery of not less than 95% of scheduled lots, computed on a quarterly basis."),
        ("(b)", "Liquidated Damages: In case of delay in delivery beyond the scheduled date, LD shall be levied @ 0.5% of the value of the delayed quantity "
                "per week or part thereof, subject to a maximum of 5% of the total order value."),
        ("Clause 5: Payment terms.", "90 days from the date of GRN against submission of invoice and shipping documents. No interest shall be payable on delayed payments."),
        ("Clause 6: Warranty.", "The cells shall be warranted for a period of 3 (three) years from the date of commissioning or 2,500 cycles, whichever is earlier."),
        ("Clause 7: Performance Bank Guarantee.", "The Supplier shall furnish a PBG of 10% of the contract value, valid till expiry of the warranty period plus 3 months claim period."),
        ("Clause 8: Arbitration.", "Disputes shall be referred to arbitration under the Arbitration and Conciliation Act, 1996; seat of arbitration Pune."),
        ("Clause 9: Effectivity.", f"This LOA shall come into force w.e.f. {eff.day:02d}.{eff.month:02d}.{eff.year}. The detailed contract shall follow."),
    ])
    s += [P("Please return the duplicate copy of this LOA duly signed and stamped as a token of acceptance within 7 days of receipt.", lk.body),
          SP(2), P("Thanking you,\nYours faithfully,\nFor Orrinvale Energy Systems India Pvt. Ltd.", lk.body), SP(6),
          P("(Rohan V. Kulkarni)\nHead – Strategic Sourcing", lk.body),
          P("CC: Finance, Stores (Chakan), Quality Assurance", lk.small)]
    pdf(path, s, lk, running(footer_center="Page {page} of {total}"))


# ---------------------------------------------------------------------------------------------------------------
# KPI exports
# ---------------------------------------------------------------------------------------------------------------


def k01_cp_th_xlsx(C: Corpus) -> None:
    """Thai workbook: Buddhist-era month abbreviations as rows, OTD stored as a fraction with a percent format,
    quarter rows between the months."""
    data = [(1, 0.962, 85, 21), (2, 0.948, 102, 23), (3, 0.975, 64, 20), (4, 0.981, 58, 19), (5, 0.950, 77, 22),
            (6, 0.969, 71, 21)]
    fact = kpi([mo(ym(2026, m), round(o * 100, 1), p, lt) for m, o, p, lt in data])
    path = C.add(CP, "KPI/รายงาน KPI ผู้ขาย ม.ค.-มิ.ย. 2569.xlsx", "kpi", "hw-th-rows-fraction-xlsx", [fact])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "KPI 2569"
    ws.append(["รายงานผลการดำเนินงานผู้ขาย / Supplier KPI report"])
    ws.append(["ผู้ขาย: บริษัท เจ้าพระยา เซลล์ เทคโนโลยี จำกัด", None, "ลูกค้า: Orrinvale Energy Systems (Thailand)"])
    ws.append([])
    ws.append(["เดือน", "การส่งมอบตรงเวลา (OTD)", "ของเสีย (ppm)", "ระยะเวลานำส่ง (วัน)", "จำนวนที่ส่ง (ชิ้น)", "หมายเหตุ"])
    qty = {1: 18400, 2: 17250, 3: 19900, 4: 16800, 5: 21050, 6: 20300}
    notes = {2: "ขนส่งล่าช้าช่วงตรุษจีน", 5: "เปลี่ยนผู้ขนส่ง"}
    for m, o, p, lt in data:
        ws.append([f"{MON_TH_ABBR[m - 1]} 2569", o, p, lt, qty[m], notes.get(m)])
        ws.cell(ws.max_row, 2).number_format = "0.0%"
        if m in (3, 6):
            q = data[m - 3:m]
            ws.append([f"ไตรมาส {m // 3}/2569", round(sum(x[1] for x in q) / 3, 3), round(sum(x[2] for x in q) / 3),
                       round(sum(x[3] for x in q) / 3, 1), sum(qty[x[0]] for x in q), None])
            ws.cell(ws.max_row, 2).number_format = "0.0%"
    for col, w in zip("ABCDEF", [16, 24, 14, 20, 18, 28], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def k02_ml_vi_csv(C: Corpus) -> None:
    """Vietnamese comma CSV; a month without lead time; a year-to-date row."""
    rows = [(5, 94.6, 118, 12, 21, ""), (6, 95.8, 97, 11, 23, ""), (7, 93.2, 134, 14, 19, "Tắc cảng Hải Phòng 08–10/7"),
            (8, 96.4, 88, None, 22, "Chưa có số liệu thời gian giao hàng (lỗi hệ thống ERP)"),
            (9, 97.1, 76, 11, 24, "")]
    fact = kpi([mo(ym(2026, m), o, p, lt) for m, o, p, lt, _, _ in rows])
    path = C.add(ML, "KPI/bao_cao_KPI_T5-T9_2026.csv", "kpi", "hw-vi-csv-comma", [fact])
    out = ["Tháng,Tỷ lệ giao hàng đúng hạn (%),Tỷ lệ lỗi (ppm),Thời gian giao hàng (ngày),Số lô giao,Ghi chú"]
    for m, o, p, lt, n, note in rows:
        quoted = json.dumps(note, ensure_ascii=False) if note else ""
        out.append(f"Tháng {m}/2026,{o},{p},{'' if lt is None else lt},{n},{quoted}")
    out.append("Lũy kế 2026 (T1–T9),95.3,104,12,198,")
    text_file(path, "\n".join(out))


def k03_es_ro_csv(C: Corpus) -> None:
    """Romanian semicolon CSV with decimal commas, dotted thousands and quarter/total rows; no lead time."""
    rows = [(2025, 10, 97.8, 42, 12400, 1), (2025, 11, 96.1, 55, 11850, 2), (2025, 12, 98.4, 38, 9300, 0),
            (2026, 1, 95.2, 61, 13100, 2), (2026, 2, 97.0, 47, 12720, 1), (2026, 3, 98.9, 33, 14050, 0)]
    fact = kpi([mo(ym(y, m), o, p, None) for y, m, o, p, _, _ in rows])
    path = C.add(ES, "KPI/indicatori_livrari_oct2025-mar2026.csv", "kpi", "hw-ro-csv-semicolon", [fact])
    out = ["Luna;Livrări la timp (%);Rata defectelor (ppm);Cantitate livrată (buc.);Nr. reclamații;Observații"]
    for i, (y, m, o, p, q, r) in enumerate(rows):
        out.append(f"{MON_RO_ABBR[m - 1]} {y};{dec(o)};{p};{thou(q, '.')};{r};")
        if i == 2:
            out.append(f"Trim. IV 2025;97,4;45;{thou(33550, '.')};3;")
        if i == 5:
            out.append(f"Trim. I 2026;97,0;47;{thou(39870, '.')};3;")
    out.append(f"Total;97,2;46;{thou(73420, '.')};6;perioada oct. 2025 – mar. 2026")
    text_file(path, "\n".join(out))


def k04_pb_sk_xlsx_columns(C: Corpus) -> None:
    """Slovak workbook with months as columns ('jan 26'), quarter and YTD columns, 'Termintreue'."""
    months = [(1, "jan 26", 98.2, 22, 9), (2, "feb 26", 97.6, 31, 10), (3, "mar 26", 99.1, 18, 9),
              (4, "apr 26", 98.8, 26, 8), (5, "máj 26", 96.9, 35, 11), (6, "jún 26", 98.4, 19, 9)]
    fact = kpi([mo(ym(2026, m), o, p, lt) for m, _, o, p, lt in months])
    path = C.add(PB, "KPI/Hodnotenie dodavatela H1-2026.xlsx", "kpi", "hw-sk-month-columns-xlsx", [fact])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "H1 2026"
    ws.append(["Hodnotenie dodávateľa – Považie Battery Systems s.r.o. – zákazník Orrinvale Energy Systems Slovakia"])
    ws.append([])
    head: list[Any] = ["Ukazovateľ / KPI"]
    otd_r: list[Any] = ["Termintreue – včasnosť dodávok (%)"]
    ppm_r: list[Any] = ["PPM (zákazník)"]
    lt_r: list[Any] = ["Dodacia lehota (dni)"]
    n_r: list[Any] = ["Počet dodávok"]
    c_r: list[Any] = ["Počet reklamácií"]
    deliveries = [42, 40, 45, 44, 39, 46]
    claims = [1, 2, 0, 1, 2, 0]
    for i, (_m, label, o, p, lt) in enumerate(months):
        head.append(label)
        otd_r.append(o)
        ppm_r.append(p)
        lt_r.append(lt)
        n_r.append(deliveries[i])
        c_r.append(claims[i])
        if i in (2, 5):
            q = months[i - 2:i + 1]
            head.append(f"Q{i // 3 + 1} 26")
            otd_r.append(round(sum(x[2] for x in q) / 3, 1))
            ppm_r.append(round(sum(x[3] for x in q) / 3))
            lt_r.append(round(sum(x[4] for x in q) / 3, 1))
            n_r.append(sum(deliveries[i - 2:i + 1]))
            c_r.append(sum(claims[i - 2:i + 1]))
    head.append("YTD 26")
    otd_r.append(98.2)
    ppm_r.append(25)
    lt_r.append(9.3)
    n_r.append(sum(deliveries))
    c_r.append(sum(claims))
    for r in (head, otd_r, ppm_r, lt_r, n_r, c_r):
        ws.append(r)
    ws.column_dimensions["A"].width = 36
    save_xlsx(wb, path)


def k05_ab_mx_scorecard_pdf(C: Corpus) -> None:
    """Mexican scorecard: OTIF and PPM targets beside the actuals; a half-year row; no lead time."""
    rows = [(1, 93.8, 162, "Retraso de transporte (bloqueo carretero)"), (2, 96.2, 141, ""), (3, 97.5, 128, ""),
            (4, 94.1, 175, "Reclamo lote 2604-B"), (5, 96.8, 119, ""), (6, 97.9, 102, "")]
    fact = kpi([mo(ym(2026, m), o, p, None) for m, o, p, _ in rows])
    path = C.add(AB, "Desempeño/Scorecard proveedor 2026-S1 Acumuladores del Bajio.pdf",
                 "kpi", "hw-mx-targets-pdf", [fact])
    lk = Look("Arial", 9, pagesize=LETTER)
    abbr = ["ene", "feb", "mar", "abr", "may", "jun"]
    table = [["Mes", "OTIF meta", "OTIF real", "PPM meta", "PPM real", "Comentarios"]]
    for m, o, p, c in rows:
        table.append([f"{abbr[m - 1]}-26", "95.0%", f"{o:.1f}%", "150", str(p), c])
    table.append(["1er semestre", "95.0%", "96.1%", "150", "138", ""])
    s = [P("Orrinvale Energy Systems México – Compras", lk.small), P("Scorecard de desempeño de proveedores", lk.h1),
         KV(lk, [("Proveedor", "Acumuladores del Bajío, S.A. de C.V. (No. 100482)"), ("Año", "2026 – primer semestre"),
                 ("Elaboró", "Lic. Daniela Treviño Garza, Desarrollo de Proveedores")], widths=(35, 140)), SP(4),
         TBL(lk, table, [24, 20, 20, 20, 20, 72], zebra=True), SP(3),
         P("OTIF: entregas a tiempo y completas sobre el total de líneas programadas. PPM: piezas rechazadas por millón recibidas. "
           "Las metas corresponden al acuerdo de nivel de servicio vigente.", lk.small)]
    pdf(path, s, lk, running(footer_right="{page}/{total}"))


def k06_bc_cl_md(C: Corpus) -> None:
    """Chilean Markdown table with quarter rows in bold; no ppm in this report."""
    rows = [(1, 91.5, 24, 18, ""), (2, 93.4, 22, 16, ""), (3, 92.8, 23, 20, "Paro portuario San Antonio 12–14/03"),
            (4, 94.0, 21, 19, ""), (5, 95.2, 21, 21, ""), (6, 93.9, 22, 18, "")]
    fact = kpi([mo(ym(2026, m), o, None, lt) for m, o, lt, _, _ in rows])
    path = C.add(BC, "reportes/Indicadores de entrega 1S-2026.md", "kpi", "hw-cl-md-table", [fact])
    lines = ["# Indicadores de entrega – Baterías Cordillera SpA", "",
             "Cliente: Orrinvale Energy Systems Chile SpA · Período: enero a junio de 2026", "",
             "| Período | Confiabilidad de entrega (%) | Lead time (días corridos) | N° despachos | Observaciones |",
             "|---|---:|---:|---:|---|"]
    for i, (m, o, lt, n, note) in enumerate(rows):
        lines.append(f"| {MON_ES[m - 1].capitalize()} 2026 | {dec(o)} | {lt} | {n} | {note} |")
        if i in (2, 5):
            q = rows[i - 2:i + 1]
            q_otd, q_lt, q_n = dec(sum(x[1] for x in q) / 3), round(sum(x[2] for x in q) / 3), sum(x[3] for x in q)
            lines.append(f"| **{i // 3 + 1}T 2026** | **{q_otd}** | **{q_lt}** | **{q_n}** | |")
    lines += ["", "La tasa de defectos (ppm) se informa en el reporte de calidad, por separado."]
    text_file(path, "\n".join(lines))


def k07_ap_ar_email(C: Corpus) -> None:
    """An Argentine e-mail with the figures in an aligned block and a cumulative line."""
    rows = [(7, 93.1, 142, 19), (8, 95.6, 118, 18), (9, 94.7, 126, 18), (10, 96.3, 97, 17)]
    fact = kpi([mo(ym(2026, m), o, p, lt) for m, o, p, lt in rows])
    path = C.add(AP, "Correo/RE Indicadores jul-oct 2026.txt", "kpi", "hw-ar-email-txt", [fact])
    abbr = {7: "Jul", 8: "Ago", 9: "Sep", 10: "Oct"}
    block = "\n".join(f"  {abbr[m]}-26      {dec(o):>5}     {p:>3}    {lt}" for m, o, p, lt in rows)
    text_file(path, f"""De: Martina Giménez <mgimenez@acumpampeanos.com.ar>
Para: Sebastián Ferreyra <sebastian.ferreyra@orrinvale-energy.com.ar>
CC: calidad@acumpampeanos.com.ar
Fecha: viernes, 6 de noviembre de 2026 10:17
Asunto: RE: Indicadores jul-oct 2026

Hola Sebastián, ¿cómo va?

Te paso los indicadores de los últimos cuatro meses, como quedamos en la reunión del martes:

  Mes        OTD (%)   PPM   Lead time (días)
{block}
  Acum. 2026  94,8     121    18

Los dos reclamos de agosto ya están cerrados con el 8D. En julio tuvimos la demora por el corte de la ruta 9,
por eso el OTD quedó abajo de la meta.

Cualquier cosa avisame.

Saludos,
Martina

--
Martina Giménez | Responsable de Compliance y Atención a Clientes
Acumuladores Pampeanos S.A. | Ruta Nacional 9 km 695, Córdoba, Argentina | +54 351 555 0199
""")


def k08_wc_au_fy_xlsx(C: Corpus) -> None:
    """Australian financial year (July–June) with months as bare column heads, H1/H2/FY columns."""
    otd_v = [97.2, 96.5, 98.0, 95.4, 96.8, 94.9, 97.7, 98.3, 96.1, 97.0, 98.6, 97.4]
    ppm_v = [45, 52, 38, 61, 47, 70, 41, 36, 49, 44, 33, 39]
    lt_v = [35, 34, 36, 38, 35, 40, 33, 34, 35, 34, 32, 33]
    units = [12000, 11400, 12600, 10800, 13200, 9600, 12600, 12000, 13800, 12600, 14400, 13200]
    cal = [(2025, m) for m in range(7, 13)] + [(2026, m) for m in range(1, 7)]
    fact = kpi([mo(ym(y, m), otd_v[i], ppm_v[i], lt_v[i]) for i, (y, m) in enumerate(cal)])
    path = C.add(WC, "Performance/Customer scorecard FY2025-26 Orrinvale.xlsx", "kpi", "hw-au-fy-columns-xlsx", [fact])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "FY26"
    ws.append(["Wattle Creek Cells Pty Ltd — Customer scorecard: Orrinvale Energy Systems"])
    ws.append(["Financial year 2025–26 (1 July 2025 – 30 June 2026)"])
    ws.append([])

    def with_halves(vals: list, agg) -> list:
        return vals[:6] + [agg(vals[:6])] + vals[6:] + [agg(vals[6:]), agg(vals)]

    def avg1(v: list) -> float:
        return round(sum(v) / len(v), 1)

    def avg0(v: list) -> int:
        return round(sum(v) / len(v))

    names = [MON_EN3[m - 1] for _, m in cal]
    ws.append(["Measure"] + names[:6] + ["H1 FY26"] + names[6:] + ["H2 FY26", "FY26"])
    ws.append(["Delivery reliability (%)"] + with_halves(otd_v, avg1))
    ws.append(["Quality defects per million"] + with_halves(ppm_v, avg0))
    ws.append(["Lead time (calendar days)"] + with_halves(lt_v, avg1))
    ws.append(["Units shipped (cells)"] + with_halves(units, sum))
    ws.column_dimensions["A"].width = 30
    save_xlsx(wb, path)


def k09_sb_no_tab_csv(C: Corpus) -> None:
    """Norwegian tab-separated export with decimal commas and a year-to-date row."""
    rows = [(1, 97.4, 52, 14, 22, ""), (2, 98.1, 47, 13, 20, ""), (3, 96.2, 66, 15, 24, "Stengt havn i Moss 17.–18.03"),
            (4, 97.9, 41, 13, 21, ""), (5, 98.6, 38, 12, 23, "")]
    fact = kpi([mo(ym(2026, m), o, p, lt) for m, o, p, lt, _, _ in rows])
    path = C.add(SB, "KPI/leverandorrapport_2026-01_2026-05.csv", "kpi", "hw-no-csv-tab", [fact])
    out = ["Måned\tLeveringspresisjon %\tReklamasjoner ppm\tLedetid (dager)\tAntall leveranser\tKommentar"]
    for m, o, p, lt, n, note in rows:
        out.append(f"{MON_NO[m - 1]} 2026\t{dec(o)}\t{p}\t{lt}\t{n}\t{note}")
    out.append("Hittil i år\t97,6\t49\t13,4\t110\t")
    text_file(path, "\n".join(out))


def k10_tv_hu_docx(C: Corpus) -> None:
    """Hungarian report in a Word table; a month whose ppm was not measured; spaced thousands; a total row."""
    rows = [(4, 97.3, 35, 12480, 1), (5, 98.0, 29, 13020, 0), (6, 96.4, None, 11760, 0), (7, 97.8, 41, 12950, 2),
            (8, 98.5, 24, 9880, 0)]
    fact = kpi([mo(ym(2026, m), o, p, None) for m, o, p, _, _ in rows])
    path = C.add(TV, "KPI/Beszállítói teljesítményjelentés 2026 ápr-aug.docx", "kpi", "hw-hu-docx-table", [fact])
    d = new_docx("Calibri", 10)
    docx_par(d, "Beszállítói teljesítményjelentés", bold=True, size=14)
    docx_par(d, "Tiszavolt Akkumulátor Kft. → Orrinvale Energy Systems Kft. · Időszak: 2026. április – 2026. augusztus")
    table = [["Hónap", "Szállítási pontosság (%)", "Hibaarány (ppm)", "Szállított mennyiség (db)", "Reklamációk száma"]]
    for m, o, p, q, r in rows:
        table.append([f"2026. {MON_HU[m - 1]}", dec(o), "–*" if p is None else str(p), thou(q, " "), str(r)])
    table.append(["Összesen / átlag", "97,6", "32", thou(60090, " "), "3"])
    docx_table(d, table)
    docx_par(d, "* 2026 júniusában a hibaarányt nem mérték (MES-rendszer átállása).", italic=True, size=8.5)
    docx_par(d, "Készítette: Minőségügyi osztály, Szolnok, 2026. szeptember 7.")
    save_docx(d, path)


def k11_kb_tr_two_tables(C: Corpus) -> None:
    """Turkish workbook: a weekly detail table above a monthly summary; only the summary gives months."""
    monthly = [(4, 97.4, 88, 6, 1), (5, 98.6, 64, 5, 0), (6, 96.9, 95, 7, 2)]
    fact = kpi([mo(ym(2026, m), o, p, lt) for m, o, p, lt, _ in monthly])
    path = C.add(KB, "Performans/Tedarikçi performans raporu 2026-Q2.xlsx", "kpi", "hw-tr-weekly-monthly-xlsx", [fact])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Performans"
    ws.append(["Kızılırmak Batarya Sistemleri A.Ş. – Tedarikçi Performans Raporu (2. Çeyrek 2026)"])
    ws.append([])
    ws.append(["Tablo 1 – Haftalık detay"])
    ws.append(["Hafta", "Tarih aralığı", "Sevkiyat sayısı", "Zamanında sevkiyat", "Zamanında teslimat (%)"])
    weeks = [(14, 11, 11), (15, 12, 12), (16, 10, 9), (17, 12, 12), (18, 11, 11), (19, 13, 13), (20, 12, 12),
             (21, 12, 12), (22, 11, 11), (23, 12, 12), (24, 13, 12), (25, 12, 12), (26, 11, 10)]
    for w, n, ok in weeks:
        start = D(2026, 3, 30) + dt.timedelta(weeks=w - 14)
        end = start + dt.timedelta(days=6)
        ws.append([f"2026-H{w}", f"{start.day:02d}.{start.month:02d}.–{end.day:02d}.{end.month:02d}.{end.year}", n, ok,
                   round(100 * ok / n, 1)])
    ws.append([])
    ws.append(["Tablo 2 – Aylık özet"])
    ws.append(["Ay", "Zamanında teslimat (%)", "PPM", "Tedarik süresi (gün)", "Reklamasyon adedi"])
    for m, o, p, lt, r in monthly:
        ws.append([f"{MON_TR[m - 1]} 2026", o, p, lt, r])
    ws.append(["2. Çeyrek toplam", 97.6, 82, 6, 3])
    for col, w in zip("ABCDE", [20, 26, 16, 20, 24], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def k12_cr_us_json(C: Corpus) -> None:
    """A portal export in JSON: measures under portal names, a pending value, a year-to-date summary."""
    rows = [(4, 94.1, 210, 18), (5, 95.7, 185, 17), (6, 92.8, 240, 19), (7, 96.3, 150, 16), (8, 95.0, 172, 17),
            (9, 96.0, None, 17)]
    fact = kpi([mo(ym(2026, m), o, p, lt) for m, o, p, lt in rows])
    path = C.add(CR, "performance/oes_portal_export_2026-04_2026-09.json", "kpi", "hw-us-portal-json", [fact])
    periods = []
    for m, o, p, lt in rows:
        rec: dict[str, object] = {"period": ym(2026, m), "scheduleAdherencePct": o, "qualityPpm": p,
                                  "replenishmentDays": lt, "receipts": 58 + m, "claims": 3 if p and p > 200 else 1}
        if p is None:
            rec["note"] = "quality data pending"
        periods.append(rec)
    doc = {"export": {"source": "OES Supplier Portal", "report": "Supplier performance – monthly",
                      "generatedAt": "2026-10-05T08:12:00Z", "supplierId": "US-40117",
                      "supplierName": "Cumberland Ridge Battery, LLC", "site": "Greer, SC"},
           "definitions": {"scheduleAdherencePct": "share of scheduled lines received on the committed date (-1/+0 days), percent",
                           "qualityPpm": "rejected parts per million parts received",
                           "replenishmentDays": "calendar days from pull signal to receipt"},
           "periods": periods,
           "summary": {"ytd2026": {"scheduleAdherencePct": 95.0, "qualityPpm": 191, "replenishmentDays": 17.3}}}
    text_file(path, json.dumps(doc, indent=2, ensure_ascii=False))


def k13_rc_pt_pdf(C: Corpus) -> None:
    """Portuguese monthly report ('abr/26'), decimal commas, a cumulative row."""
    rows = [(4, 95.8, 162, 9, 14, ""), (5, 96.7, 140, 8, 16, ""), (6, 97.2, 131, 8, 15, ""),
            (7, 94.9, 175, 10, 13, "Atraso no porto de Tânger Med"), (8, 96.5, 128, 8, 12, "")]
    fact = kpi([mo(ym(2026, m), o, p, lt) for m, o, p, lt, _, _ in rows])
    path = C.add(RC, "Rapports/Relatorio desempenho abr-ago 2026.pdf", "kpi", "hw-pt-pdf", [fact])
    lk = Look("Sans", 9)
    abbr = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
    table = [["Mês", "Pontualidade (%)", "Defeitos (ppm)", "Prazo de entrega (dias)", "Entregas", "Observações"]]
    for m, o, p, lt, n, note in rows:
        table.append([f"{abbr[m - 1]}/26", dec(o), str(p), str(lt), str(n), note])
    table.append(["Acumulado 2026", "96,2", "147", "8,6", "70", ""])
    s = [P("Rif Cellpack SARL", lk.h2), P("Relatório mensal de desempenho do fornecedor", lk.h1),
         P("Cliente: Orrinvale Energy Systems Portugal, Unipessoal Lda. · Período: abril a agosto de 2026", lk.center), SP(4),
         TBL(lk, table, [30, 26, 24, 30, 18, 46]), SP(3),
         P("Pontualidade: entregas na data confirmada / total de entregas. Prazo de entrega: dias de calendário entre a encomenda e a receção em Setúbal.", lk.small)]
    pdf(path, s, lk, running(footer_left="Rif Cellpack SARL – Qualité / Qualidade", footer_right="{page}/{total}"))


def k14_ma_rs_date_cells(C: Corpus) -> None:
    """English workbook: months as Excel dates shown 'mmm-yy', OTD as fractions, a comment column, a YTD row."""
    rows = [(2025, 11, 0.953, 140, 16, 18, ""), (2025, 12, 0.921, 188, 19, 15, "Holiday shutdown 24.12.–06.01."),
            (2026, 1, 0.948, 152, 17, 17, ""), (2026, 2, 0.967, 121, 15, 19, ""), (2026, 3, 0.972, 117, 15, 21, ""),
            (2026, 4, 0.958, 134, 16, 20, "")]
    fact = kpi([mo(ym(y, m), round(o * 100, 1), p, lt) for y, m, o, p, lt, _, _ in rows])
    path = C.add(MA, "Izvestaji/Monthly performance Nov25-Apr26.xlsx", "kpi", "hw-rs-date-cells-xlsx", [fact])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Performance"
    ws.append(["Monthly performance — Morava Akumulatori d.o.o. → Orrinvale Energy Systems"])
    ws.append([])
    ws.append(["Month", "Schedule adherence", "PPM (customer)", "Replenishment time (days)", "Deliveries", "Comment"])
    for y, m, o, p, lt, n, note in rows:
        ws.append([dt.datetime(y, m, 1), o, p, lt, n, note or None])
        ws.cell(ws.max_row, 1).number_format = "mmm-yy"
        ws.cell(ws.max_row, 2).number_format = "0.0%"
    ws.append(["YTD 2026", 0.961, 131, 15.8, 77, "Jan–Apr 2026"])
    ws.cell(ws.max_row, 2).number_format = "0.0%"
    for col, w in zip("ABCDEF", [12, 20, 16, 26, 12, 32], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


# ---------------------------------------------------------------------------------------------------------------
# Supplier profiles
# ---------------------------------------------------------------------------------------------------------------


def p01_cp_master_data_docx(C: Corpus) -> None:
    """Thai/English master-data form; Code of Conduct signed with a date (given in both calendars)."""
    signed = D(2026, 1, 14)
    fact = profile("Chao Phraya Cell Technology Co., Ltd.", "Thailand", "siriporn.w@cpcelltech.co.th", True, signed,
                   ["CPC-LFP-280", "CPC-LFP-105"])
    path = C.add(CP, "Onboarding/Supplier master data form - แบบฟอร์มข้อมูลหลักผู้ขาย.docx", "profile",
                 "hw-th-en-master-data-docx", [fact])
    d = new_docx("Tahoma", 10)
    docx_par(d, "SUPPLIER MASTER DATA FORM / แบบฟอร์มข้อมูลหลักผู้ขาย", bold=True, size=13, align="center")
    docx_par(d, "Orrinvale Energy Systems (Thailand) Co., Ltd. – Purchasing / ฝ่ายจัดซื้อ", align="center")
    rows = [["No.", "Item / รายการ", "Supplier entry / ข้อมูลผู้ขาย"],
            ["1", "Legal name / ชื่อนิติบุคคล", "Chao Phraya Cell Technology Co., Ltd. / บริษัท เจ้าพระยา เซลล์ เทคโนโลยี จำกัด"],
            ["2", "Tax ID / เลขประจำตัวผู้เสียภาษี", "0215561004321"],
            ["3", "Registered address / ที่อยู่", "99/9 Moo 3, Tambon Map Yang Phon, Amphoe Pluak Daeng, Rayong 21140"],
            ["4", "Country / ประเทศ", "Thailand / ประเทศไทย"],
            ["5", "Parent company / บริษัทแม่", "Kisaragi Denchi K.K., Japan (100%)"],
            ["6", "Business type / ประเภทธุรกิจ", "Lithium-ion cell manufacturer (LFP, prismatic) / ผู้ผลิตเซลล์แบตเตอรี่ลิเธียมไอออน"],
            ["7", "Main products / สินค้าหลัก", "CPC-LFP-280 – prismatic cell 3.2 V 280 Ah\nCPC-LFP-105 – prismatic cell 3.2 V 105 Ah"],
            ["8", "Contact person / ผู้ติดต่อ", "Ms. Siriporn Wongsawat, Quality Manager / ผู้จัดการฝ่ายคุณภาพ"],
            ["9", "E-mail / อีเมล", "siriporn.w@cpcelltech.co.th"],
            ["10", "Telephone / โทรศัพท์", "+66 38 954 200"],
            ["11", "Employees / จำนวนพนักงาน", "1,240"],
            ["12", "Orrinvale Supplier Code of Conduct (rev. 3) / จรรยาบรรณผู้ขายของ Orrinvale",
             f"Signed on {en_long(signed)} / ลงนามแล้ว เมื่อวันที่ {th_long(signed)}"],
            ["13", "Bank / ธนาคาร", "Kasikornbank, Rayong branch – account on file with Finance"]]
    docx_table(d, rows, widths_cm=[1.2, 6.0, 9.8])
    docx_par(d, "")
    docx_par(d, "Completed by / ผู้กรอกข้อมูล: Siriporn Wongsawat · Date / วันที่: 16/01/2026")
    save_docx(d, path)


def p02_es_ro_self_assessment_pdf(C: Corpus) -> None:
    """Romanian self-assessment; the Code of Conduct 'Nu' – under legal review."""
    fact = profile("Electroacumulatori Someș S.R.L.", "Romania", "andrei.vlad@eas-somes.ro", False, None,
                   ["EAS-M48-100", "EAS-M24-200"])
    path = C.add(ES, "documente furnizor/Chestionar autoevaluare furnizor 2026.pdf",
                 "profile", "hw-ro-self-assessment-pdf",
                 [fact])
    lk = Look("Sans", 9.2)
    s = [P("CHESTIONAR DE AUTOEVALUARE A FURNIZORULUI", lk.h1), P("Orrinvale Energy Systems România S.R.L. – Achiziții", lk.center), SP(4),
         P("A. Date generale", lk.h2),
         KV(lk, [("Denumire", "Electroacumulatori Someș S.R.L."), ("Cod unic de înregistrare", "RO23456781"),
                 ("Adresă", "Str. Fabricii de Zahăr nr. 18, 400632 Cluj-Napoca, jud. Cluj"), ("Țara", "România"),
                 ("Persoană de contact", "Andrei Vlad, Responsabil calitate"), ("E-mail", "andrei.vlad@eas-somes.ro"),
                 ("Telefon", "+40 264 555 318"), ("Număr de angajați", "185")], widths=(55, 115)),
         P("B. Produse", lk.h2),
         TBL(lk, [["Cod", "Descriere"], ["EAS-M48-100", "Modul baterie LFP 48 V 100 Ah"], ["EAS-M24-200", "Modul baterie LFP 24 V 200 Ah"]], [40, 130]),
         P("C. Management", lk.h2),
         TBL(lk, [["Întrebare", "Răspuns"],
                  ["Aveți implementat un sistem de management al calității?", "Da"],
                  ["Aveți o politică de mediu documentată?", "Da"],
                  ["Aveți un plan de continuitate a afacerii?", "În curs de elaborare"]], [120, 50]),
         P("D. Responsabilitate socială", lk.h2),
         TBL(lk, [["Întrebare", "Răspuns"],
                  ["Ați semnat Codul de conduită pentru furnizori al Orrinvale?", "Nu – documentul este în analiză la departamentul juridic; semnarea este estimată pentru T1 2027."],
                  ["Aveți o politică privind interzicerea muncii copiilor și a muncii forțate?", "Da"],
                  ["Efectuați evaluări ale furnizorilor proprii privind drepturile omului?", "Parțial"]], [100, 70]), SP(6),
         P("Data: 14.09.2026 · Semnătura: Ioana Pop, Administrator", lk.body)]
    pdf(path, s, lk, running(footer_right="{page}/{total}"))


def p03_ab_mx_registration_xlsx(C: Corpus) -> None:
    """Mexican supplier registration workbook; Code of Conduct 'Sí' with a date in a separate row."""
    signed = D(2026, 3, 14)
    fact = profile("Acumuladores del Bajío, S.A. de C.V.", "Mexico", "rortega@acumbajio.com.mx", True, signed,
                   ["ADB-M51-280", "ADB-M25-100", "ADB-BMS-16S"])
    path = C.add(AB, "Alta/Formato alta de proveedor - Acumuladores del Bajio.xlsx",
                 "profile", "hw-mx-registration-xlsx",
                 [fact])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Alta de proveedor"
    for r in [["FORMATO DE ALTA DE PROVEEDOR", None],
              ["Orrinvale Energy Systems México, S. de R.L. de C.V.", None],
              [None, None],
              ["Razón social", "Acumuladores del Bajío, S.A. de C.V."],
              ["RFC", "ABA0807154K3"],
              ["País", "México"],
              ["Domicilio fiscal", "Av. de la Luz 2210, Parque Industrial Benito Juárez, Querétaro, Qro., C.P. 76120"],
              ["Giro", "Ensamble de módulos y paquetes de baterías de litio"],
              ["Productos que suministra", "ADB-M51-280; ADB-M25-100; ADB-BMS-16S"],
              ["Contacto comercial", "Ing. Raúl Ortega Villaseñor"],
              ["Correo electrónico", "rortega@acumbajio.com.mx"],
              ["Teléfono", "+52 442 555 0147"],
              ["Condiciones de pago solicitadas", "60 días"],
              ["Código de Conducta de Proveedores de Orrinvale firmado", "Sí"],
              ["Fecha de firma", f"{signed.day:02d}/{signed.month:02d}/{signed.year}"],
              ["Aviso de privacidad aceptado", "Sí"]]:
        ws.append(r)
    ws.column_dimensions["A"].width = 52
    ws.column_dimensions["B"].width = 70
    save_xlsx(wb, path)


def p04_wc_au_yaml(C: Corpus) -> None:
    """A portal profile exported as YAML; the Code of Conduct 'not signed'."""
    fact = profile("Wattle Creek Cells Pty Ltd", "Australia", "liam.oconnell@wattlecreekcells.com.au", False, None,
                   ["WCC-LFP-314", "WCC-LFP-173"])
    path = C.add(WC, "Onboarding/supplier_profile_wattle_creek.yaml", "profile", "hw-au-portal-yaml", [fact])
    text_file(path, """# Orrinvale supplier portal - supplier profile export
exported: 2026-10-12
supplier:
  legal_name: Wattle Creek Cells Pty Ltd
  acn: "612 345 678"
  abn: "51 612 345 678"
  country: Australia
  address: 14 Mandurah Road, Kwinana Beach WA 6167
  business: lithium iron phosphate cell manufacturer
  contacts:
    - role: account manager
      name: Liam O'Connell
      email: liam.oconnell@wattlecreekcells.com.au
      phone: "+61 8 9419 5520"
  products:
    - model: WCC-LFP-314
      description: prismatic LFP cell, 3.2 V 314 Ah
    - model: WCC-LFP-173
      description: prismatic LFP cell, 3.2 V 173 Ah
compliance:
  code_of_conduct:
    status: not signed
    remark: returned with comments on the audit-rights clause; re-submission expected Q1 2027
  modern_slavery_statement: published for FY2024-25 under the Modern Slavery Act 2018 (Cth)
""")


def p05_sb_no_self_declaration_pdf(C: Corpus) -> None:
    """Norwegian self-declaration: Code of Conduct 'Ja' without a date; another date nearby is not its date."""
    fact = profile("Skarvik Batteri AS", "Norway", "ingrid.solberg@skarvik-batteri.no", True, None,
                   ["SKB-ESS-48", "SKB-MAR-96"])
    path = C.add(SB, "Leverandør/Leverandørprofil og egenerklæring Skarvik Batteri.pdf",
                 "profile", "hw-no-self-declaration-pdf",
                 [fact])
    lk = Look("Arial", 9.4)
    s = [P("Leverandørprofil og egenerklæring", lk.h1), P("Orrinvale Energy Systems Norge AS – innkjøp", lk.center), SP(4),
         KV(lk, [("Firmanavn", "Skarvik Batteri AS"), ("Org.nr.", "923 456 789 MVA"), ("Land", "Norge"),
                 ("Adresse", "Industriveien 21, 8622 Mo i Rana"), ("Kontaktperson", "Ingrid Solberg, kvalitetssjef"),
                 ("E-post", "ingrid.solberg@skarvik-batteri.no"), ("Telefon", "+47 75 12 34 00")], widths=(45, 125)), SP(3),
         P("Produkter", lk.h2),
         TBL(lk, [["Modell", "Beskrivelse"], ["SKB-ESS-48", "Batterimodul for stasjonær energilagring, 48 V"],
                  ["SKB-MAR-96", "Maritim batteripakke, 96 V, DNV-typegodkjent design"]], [40, 130]), SP(3),
         P("Etikk og bærekraft", lk.h2),
         TBL(lk, [["Spørsmål", "Svar"],
                  ["Har leverandøren signert Orrinvales etiske retningslinjer for leverandører (Supplier Code of Conduct)?", "Ja"],
                  ["Har leverandøren publisert redegjørelse etter åpenhetsloven?", "Ja, publisert 30.06.2026"],
                  ["Har leverandøren klimamål godkjent av SBTi?", "Nei, under arbeid"]], [120, 50]), SP(6),
         P("Sted og dato: Mo i Rana, 02.07.2026 – Ingrid Solberg", lk.body)]
    pdf(path, s, lk, running(footer_right="Side {page} av {total}"))


def p06_kb_tr_information_form_docx(C: Corpus) -> None:
    """Turkish supplier information form; Code of Conduct 'Hayır'."""
    fact = profile("Kızılırmak Batarya Sistemleri A.Ş.", "Turkey", "emre.aydin@kizilirmakbatarya.com.tr", False, None,
                   ["KBS-48V-105", "KBS-ESS-215"])
    path = C.add(KB, "Tedarikçi/Tedarikçi Bilgi Formu.docx", "profile", "hw-tr-information-form-docx", [fact])
    d = new_docx("Calibri", 10)
    docx_par(d, "TEDARİKÇİ BİLGİ FORMU / Supplier Information Form", bold=True, size=13, align="center")
    rows = [["Alan / Field", "Bilgi / Information"],
            ["Firma unvanı", "Kızılırmak Batarya Sistemleri A.Ş."],
            ["Vergi dairesi / no", "Kırıkkale V.D. / 5670123456"],
            ["Adres", "Organize Sanayi Bölgesi 12. Cadde No: 7, 71100 Kırıkkale"],
            ["Ülke", "Türkiye"],
            ["İletişim kişisi", "Emre Aydın, Kalite Müdürü"],
            ["E-posta", "emre.aydin@kizilirmakbatarya.com.tr"],
            ["Telefon", "+90 318 555 42 10"],
            ["Ürünler", "KBS-48V-105 (forklift batarya paketi)\nKBS-ESS-215 (enerji depolama kabini)"],
            ["Çalışan sayısı", "310"],
            ["Orrinvale Tedarikçi Davranış Kuralları imzalandı mı?", "Hayır — hukuk birimimiz incelemektedir."],
            ["KVKK aydınlatma metni onaylandı mı?", "Evet"]]
    docx_table(d, rows, widths_cm=[7, 10])
    docx_par(d, "Formu dolduran: Emre Aydın · Tarih: 21.04.2026")
    save_docx(d, path)


def p07_cr_us_json(C: Corpus) -> None:
    """A US profile in JSON; the Code of Conduct signed with an ISO date."""
    signed = D(2026, 2, 27)
    fact = profile("Cumberland Ridge Battery, LLC", "United States", "dwhitaker@cumberlandridgebattery.com", True,
                   signed, ["CRB-48V-LFP-100", "CRB-12V-LFP-200"])
    path = C.add(CR, "onboarding/supplier_profile_cumberland_ridge.json", "profile", "hw-us-profile-json", [fact])
    doc = {"supplierProfile": {
        "legalName": "Cumberland Ridge Battery, LLC", "dba": "Cumberland Ridge", "country": "United States",
        "state": "TN", "address": "480 Industrial Blvd., Cookeville, TN 38506", "duns": "07-812-3456",
        "primaryContact": {"name": "Dale P. Whitaker", "title": "VP Sales", "email": "dwhitaker@cumberlandridgebattery.com",
                           "phone": "+1 931 555 0176"},
        "products": [{"partNumber": "CRB-48V-LFP-100", "description": "48 V 100 Ah LFP battery module"},
                     {"partNumber": "CRB-12V-LFP-200", "description": "12 V 200 Ah LFP battery"}],
        "compliance": {"codeOfConduct": {"signed": True, "signedOn": iso(signed), "signatory": "Dale P. Whitaker"},
                       "conflictMineralsPolicy": True},
        "lastUpdated": "2026-03-02"}}
    text_file(path, json.dumps(doc, indent=2))


def p08_ma_rs_self_assessment_xlsx(C: Corpus) -> None:
    """An English/Serbian self-assessment that says nothing about a code of conduct."""
    fact = profile("Morava Akumulatori d.o.o.", "Serbia", "nikola.petrovic@morava-akumulatori.rs", None, None,
                   ["MAK-M24-150", "MAK-M48-100"])
    path = C.add(MA, "Izvestaji/Supplier self-assessment - Samoprocena dobavljaca.xlsx", "profile",
                 "hw-rs-self-assessment-xlsx", [fact])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Self-assessment"
    for r in [["Supplier self-assessment / Samoprocena dobavljača", None],
              [None, None],
              ["Company name / Naziv firme", "Morava Akumulatori d.o.o."],
              ["Registration no. / Matični broj", "21456789"],
              ["Address / Adresa", "Kneza Miloša 87, 34000 Kragujevac"],
              ["Country / Država", "Serbia / Srbija"],
              ["Contact / Kontakt", "Nikola Petrović, Quality Manager"],
              ["E-mail", "nikola.petrovic@morava-akumulatori.rs"],
              ["Products / Proizvodi", "MAK-M24-150, MAK-M48-100"],
              ["Employees / Broj zaposlenih", 240],
              ["Quality management system / Sistem menadžmenta kvalitetom", "Yes / Da"],
              ["Environmental policy / Politika zaštite životne sredine", "Yes / Da"],
              ["Occupational health and safety / Bezbednost i zdravlje na radu", "Yes / Da"],
              ["Business continuity plan / Plan kontinuiteta poslovanja", "No / Ne"],
              ["Date / Datum", "03.11.2025"]]:
        ws.append(r)
    ws.column_dimensions["A"].width = 60
    ws.column_dimensions["B"].width = 45
    save_xlsx(wb, path)


# ---------------------------------------------------------------------------------------------------------------
# Minerals declarations (none in the RMI templates)
# ---------------------------------------------------------------------------------------------------------------


def m01_ml_letter_pdf(C: Corpus) -> None:
    """A letter on cobalt and nickel; cobalt answered Yes to the CAHRA question; no word on artisanal mining."""
    dated = D(2026, 7, 22)
    fact = minerals("Minh Long Battery Components JSC", dated, ["cobalt", "nickel"], ["cobalt"], False)
    path = C.add(ML, "Khoang san/Cobalt and nickel declaration 2026-07-22.pdf", "minerals", "hw-vn-letter-pdf", [fact],
                 ["cahra"])
    lk = Look("Sans", 10, margins=(25, 25, 25, 22))
    s = [P("Minh Long Battery Components JSC", lk.h2),
         P("Lô 12, KCN Đình Vũ, Hải Phòng, Việt Nam · +84 225 3979 880 · sustainability@minhlongbattery.vn", lk.small), SP(6),
         P(f"Hai Phong, {en_long(dated)}", lk.right), SP(2),
         P("Orrinvale Energy Systems Vietnam Co., Ltd.\nPurchasing Department\nLot C4, Que Vo Industrial Park, Bac Ninh", lk.body), SP(3),
         P("Subject: Declaration on the sourcing of cobalt and nickel (reporting year 2025)", lk.h3),
         P("Dear Sirs,", lk.body),
         P("In response to your request of 30 June 2026 we declare the following for the battery packs MLB-P48-50 and MLB-P24-100 supplied to you.", lk.body),
         P("1. Minerals contained. Our products contain cobalt and nickel, both in the NMC cathode material of the cells we assemble.", lk.body),
         P("2. Origin. The cobalt is refined in China from ore mined in the Democratic Republic of the Congo; the nickel is refined in Indonesia.", lk.body),
         P("3. Conflict-affected and high-risk areas. To the question whether any of these minerals originates from conflict-affected or "
           "high-risk areas (CAHRA), our answer for cobalt is Yes: part of the feed of one of our cobalt refiners originates in the Lualaba and "
           "Haut-Katanga provinces of the DRC. For nickel our answer is No.", lk.body),
         P("4. Refiners. We have identified all three cobalt refiners and both nickel refiners in our supply chain. All five are listed as "
           "conformant under the Responsible Minerals Assurance Process.", lk.body),
         P("5. Due diligence. We apply the OECD Due Diligence Guidance for Responsible Supply Chains of Minerals and review this declaration every year.", lk.body),
         SP(4), P("Yours faithfully,", lk.body), SP(8),
         P("Nguyễn Thị Thu Hà\nSustainability Manager", lk.body)]
    pdf(path, s, lk, None)


def m02_bc_questionnaire_docx(C: Corpus) -> None:
    """A Spanish/English questionnaire with a stated effective date; No to CAHRA and to artisanal mining."""
    eff, signed = D(2026, 1, 1), D(2026, 1, 15)
    fact = minerals("Baterías Cordillera SpA", eff, ["lithium", "graphite", "copper"], [], False)
    path = C.add(BC, "cumplimiento/Cuestionario minerales responsables 2026.docx",
                 "minerals", "hw-cl-questionnaire-docx",
                 [fact])
    d = new_docx("Arial", 10)
    docx_par(d, "CUESTIONARIO DE MINERALES RESPONSABLES / RESPONSIBLE MINERALS QUESTIONNAIRE", bold=True, size=12, align="center")
    docx_table(d, [["Empresa / Company", "Baterías Cordillera SpA"],
                   ["Fecha de vigencia / Effective date", es_long(eff)],
                   ["Alcance / Scope", "Todos los módulos y gabinetes suministrados a Orrinvale Energy Systems Chile SpA / all modules and cabinets supplied"]],
               bold_head=False, bold_first_col=True)
    docx_par(d, "")
    rows = [["N°", "Pregunta / Question", "Respuesta / Answer"],
            ["1", "¿Qué minerales del alcance EMRT contienen sus productos? / Which EMRT minerals do your products contain?",
             "Cobalto: no (química LFP) · Níquel: no · Litio: sí · Grafito: sí · Cobre: sí · Mica: no"],
            ["2", "País de origen / Country of origin", "Litio: Chile (Salar de Atacama) · Grafito: China · Cobre: Chile"],
            ["3", "¿Alguno de estos minerales proviene de zonas de conflicto o de alto riesgo (CAHRA)? / Does any of them originate from conflict-affected or high-risk areas?", "No"],
            ["4", "¿Existe minería artesanal y de pequeña escala (MAPE) en su cadena de suministro? / Is artisanal and small-scale mining in your supply chain?", "No"],
            ["5", "¿Ha identificado todas las fundiciones y refinerías? / Have you identified all smelters and refiners?", "Sí, 4 de 4 / Yes, 4 of 4"],
            ["6", "¿Cuenta con una política de abastecimiento responsable de minerales? / Do you have a responsible minerals sourcing policy?", "Sí, publicada en nuestro sitio web / Yes, published on our website"]]
    docx_table(d, rows, widths_cm=[1, 9, 7])
    docx_par(d, "")
    docx_par(d, f"Firma / Signature: Carolina Paz Riquelme Fuentes, Gerente General · Santiago, {es_long(signed)}")
    save_docx(d, path)


def m03_ap_email_txt(C: Corpus) -> None:
    """An e-mail on lithium and mica: artisanal mining may be in the mica chain; one mica processor unknown."""
    eff = D(2026, 9, 1)
    fact = minerals("Acumuladores Pampeanos S.A.", eff, ["lithium", "mica"], [], True)
    path = C.add(AP, "Correo/RE Declaracion de minerales 2026.txt", "minerals", "hw-ar-email-txt", [fact],
                 ["artisanal", "minerals_gap"])
    text_file(path, """De: Martina Giménez <mgimenez@acumpampeanos.com.ar>
Para: Sebastián Ferreyra <sebastian.ferreyra@orrinvale-energy.com.ar>
Fecha: jueves, 3 de septiembre de 2026 11:42
Asunto: RE: Declaración de minerales 2026 – Acumuladores Pampeanos S.A.

Hola Sebastián:

Como nos pediste, te mandamos la declaración de minerales de Acumuladores Pampeanos S.A. para 2026 (la planilla
de la RMI la estamos terminando y te la mando apenas la tengamos). Resumen:

- Minerales presentes en nuestros paquetes: litio (en las celdas LFP) y mica (láminas aislantes entre celdas).
  No usamos cobalto ni níquel.
- Origen: litio de la Puna catamarqueña (Argentina), refinado en Argentina; mica de Madagascar e India,
  procesada en China.
- Zonas de conflicto o de alto riesgo (CAHRA): litio – No; mica – No.
- Minería artesanal: para la mica no podemos descartar que una parte del mineral provenga de minería artesanal y
  de pequeña escala (MAPE) en Madagascar; estamos trabajando con el procesador para confirmarlo.
- Procesadores: litio, 1 de 1 identificado y conforme al RMAP. Mica: identificamos 2 de los 3 procesadores (los
  dos participan en el RMAP y figuran como conformes); el tercero todavía no nos dio información.

La presente declaración tiene vigencia a partir del 1 de septiembre de 2026.

Saludos,
Martina Giménez
Responsable de Compliance – Acumuladores Pampeanos S.A.
""")


def m04_pb_3tg_table_xlsx(C: Corpus) -> None:
    """A Slovak/English 3TG table: tin from a CAHRA, possibly artisanal, one smelter not conformant; tungsten not
    used."""
    eff = D(2026, 7, 1)
    fact = minerals("Považie Battery Systems s.r.o.", eff, ["tin", "tantalum", "gold"], ["tin"], True)
    path = C.add(PB, "nerasty/Vyhlasenie 3TG - Conflict minerals declaration 2026.xlsx",
                 "minerals", "hw-sk-3tg-table-xlsx",
                 [fact], ["cahra", "artisanal", "smelter_not_rmap"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "3TG"
    for r in [["VYHLÁSENIE O PÔVODE KONFLIKTNÝCH MINERÁLOV (3TG) / CONFLICT MINERALS DECLARATION (3TG)"],
              ["Spoločnosť / Company:", "Považie Battery Systems s.r.o., Robotnícka 5, 017 01 Považská Bystrica"],
              ["Platné od / Valid from:", sk(eff)],
              [],
              ["Minerál / Mineral", "Obsiahnutý v produktoch / Present in products", "Krajiny pôvodu / Countries of origin",
               "Pochádza z CAHRA / From CAHRA", "Hute identifikované / Smelters identified", "Hute RMAP-konformné / Smelters RMAP conformant"],
              ["Cín / Tin", "áno / yes (spájka / solder)", "Indonézia, Bolívia, Rwanda", "áno / yes", "4 zo 4 / 4 of 4",
               "3 zo 4 – jedna huta nie je konformná / one smelter not conformant"],
              ["Tantal / Tantalum", "áno / yes (kondenzátory / capacitors)", "Brazília, Austrália", "nie / no", "2 z 2 / 2 of 2", "2 z 2 / 2 of 2"],
              ["Volfrám / Tungsten", "nie / no", "–", "–", "–", "–"],
              ["Zlato / Gold", "áno / yes (konektory / connectors)", "Švajčiarsko (rafinéria / refinery)", "nie / no", "2 z 2 / 2 of 2", "2 z 2 / 2 of 2"],
              [],
              ["Poznámka k cínu: časť cínovej rudy z Rwandy môže pochádzať z remeselnej a maloťažby (ASM). / Note on tin: part of the "
               "tin ore from Rwanda may originate from artisanal and small-scale mining (ASM)."],
              [],
              [f"Považská Bystrica, {sk(D(2026, 6, 25))}", "Ing. Martin Kováčik, konateľ / managing director"]]:
        ws.append(r)
    for col, w in zip("ABCDEF", [22, 34, 30, 22, 24, 40], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


# ---------------------------------------------------------------------------------------------------------------
# Noise: papers with governance words that are no evidence
# ---------------------------------------------------------------------------------------------------------------


def n01_es_forum_invitation_pdf(C: Corpus) -> None:
    path = C.add(ES, "diverse/Invitation Responsible Battery Supply Chains Forum 2026.pdf",
                 "noise", "hw-forum-invitation", [])
    lk = Look("Sans", 9.6)
    s = [P("Responsible Battery Supply Chains Forum 2026", lk.h1), P("Cluj-Napoca · 21–22 October 2026 · Grand Hotel Napoca", lk.center),
         SP(4), P("Dear supplier partner,", lk.body),
         P("We are delighted to invite you to two days of talks and workshops on due diligence in the battery supply chain, organised by "
           "the Transylvania Battery Cluster with the support of Electroacumulatori Someș.", lk.body),
         P("Programme", lk.h2),
         TBL(lk, [["Time", "Session"],
                  ["Day 1 09:30", "Keynote: the EU Battery Regulation and supply-chain due diligence obligations"],
                  ["Day 1 11:00", "Applying the OECD Due Diligence Guidance to cobalt, lithium and natural graphite"],
                  ["Day 1 14:00", "Workshop: completing the EMRT and CMRT templates without tears"],
                  ["Day 1 16:00", "Panel: supplier codes of conduct – what buyers expect and how to audit them"],
                  ["Day 2 09:30", "Benchmarking session: how leading suppliers report OTD, ppm and lead times"],
                  ["Day 2 11:30", "Artisanal and small-scale mining: risks and engagement programmes"],
                  ["Day 2 14:00", "Site visit (optional): module assembly line, Cluj-Napoca"]], [30, 140]), SP(3),
         P("Registration fee: EUR 390 (early bird EUR 320 until 15 September 2026). Register at forum.transylvaniabattery.ro.", lk.body),
         P("We look forward to welcoming you in Cluj.", lk.body), P("The organising committee", lk.body)]
    pdf(path, s, lk, None)


def n02_kb_rate_card_xlsx(C: Corpus) -> None:
    path = C.add(KB, "Lojistik/Anadolu Lojistik navlun tarifesi 2026.xlsx", "noise", "hw-freight-rate-card", [])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Tarife 2026"
    for r in [["Anadolu Lojistik A.Ş. – Navlun Tarifesi 2026 / Freight rate card 2026"],
              ["Müşteri: Kızılırmak Batarya Sistemleri A.Ş."],
              [],
              ["Güzergah / Lane", "Transit süresi (gün)", "Tam tır (TRY)", "Palet başı (TRY)", "ADR ek ücreti (TRY)"],
              ["Kırıkkale → Gebze", 1, 38500, 1650, 2200],
              ["Kırıkkale → İzmir (Aliağa)", 2, 46800, 1980, 2200],
              ["Kırıkkale → Mersin Limanı", 2, 41200, 1750, 2200],
              ["Kırıkkale → Kapıkule (TR/BG)", 2, 52300, 2240, 2600],
              [],
              ["Tarifeler 31.12.2026 tarihine kadar geçerlidir. Yakıt fiyatlarında %10'u aşan değişimlerde fiyatlar güncellenir."],
              ["UN 3480 lityum iyon bataryalar ADR sınıf 9 kapsamında taşınır; ADR ek ücreti sevkiyat başınadır."],
              ["2025 yılında zamanında teslimat oranımız %97,8 olmuştur."]]:
        ws.append(r)
    for col, w in zip("ABCDE", [32, 20, 16, 18, 20], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def n03_rc_tracking_notice_txt(C: Corpus) -> None:
    path = C.add(RC, "Expéditions/Tracking notice TMS-2026-88412.txt", "noise", "hw-tracking-notice", [])
    text_file(path, """From: notifications@straitline-forwarding.example
To: logistique@rifcellpack.ma; receiving.setubal@orrinvale-energy.pt
Subject: [Shipment update] TMS-2026-88412 Tanger Med -> Setubal - DELAYED

Shipment TMS-2026-88412
Shipper: Rif Cellpack SARL, Zone Franche de Tanger, Lot 214
Consignee: Orrinvale Energy Systems Portugal, Unipessoal Lda., Setubal
Goods: 12 pallets lithium-ion battery packs RCP-48-40, UN 3480, class 9
Booking: vessel MV ATLANTIC TERN, voyage 2637N

Status: DELAYED - departure postponed by 2 days due to weather in the Strait of Gibraltar.
Original ETA: 12/09/2026   New ETA: 14/09/2026 (delivery window 08:00-12:00)

Our on-time performance on the Tanger Med - Setubal lane was 96% last quarter. We apologise for the delay.

This is an automatic message. Track your shipment at the Straitline customer portal.
""")


def n04_tv_brochure_pdf(C: Corpus) -> None:
    path = C.add(TV, "marketing/Tiszavolt brochure 2026 EN.pdf", "noise", "hw-marketing-brochure", [])
    lk = Look("Sans", 10.5)
    s = [P("TISZAVOLT AKKUMULÁTOR", lk.big), P("Powering Europe's energy storage – made in Szolnok", lk.center), SP(6),
         P("Why Tiszavolt?", lk.h2),
         P("• 99.2% on-time delivery to our customers in 2025\n• Field defect rate below 20 ppm\n"
           "• Performance warranties of up to 10 years available for storage projects\n"
           "• 8D problem solving by a dedicated customer quality team\n"
           "• We follow the principles of the RBA Code of Conduct in our own operations", lk.body), SP(4),
         P("Our cells", lk.h2),
         TBL(lk, [["Model", "Chemistry", "Capacity", "Typical use"], ["TVA-LFP-120", "LFP", "120 Ah", "stationary storage"],
                  ["TVA-NMC-60", "NMC 811", "60 Ah", "industrial vehicles"]], [35, 30, 30, 75]), SP(6),
         P("Visit us at The Battery Show Europe, Stuttgart, hall 4, stand D22. sales@tiszavolt.hu · www.tiszavolt.hu", lk.center)]
    pdf(path, s, lk, None)


# ---------------------------------------------------------------------------------------------------------------
# The corpus
# ---------------------------------------------------------------------------------------------------------------

CONTRACT_DOCS = [c01_cp_th_en_supply, c02_cp_ja_qaa, c03_ml_vi_en_framework, c04_ml_zh_qaa, c05_es_ro_framework,
                 c06_pb_sk_framework, c07_pb_sk_amendment, c08_ab_mx_purchase_order, c09_bc_cl_framework,
                 c10_ap_ar_sla_annex, c11_wc_au_warranty_deed, c12_sb_no_sla_matrix, c13_tv_hu_qaa, c14_kb_tr_vmi,
                 c15_cr_us_side_letter, c16_ma_uk_conditions, c17_rc_pt_supply, c18_wc_in_letter_of_award]
KPI_DOCS = [k01_cp_th_xlsx, k02_ml_vi_csv, k03_es_ro_csv, k04_pb_sk_xlsx_columns, k05_ab_mx_scorecard_pdf, k06_bc_cl_md,
            k07_ap_ar_email, k08_wc_au_fy_xlsx, k09_sb_no_tab_csv, k10_tv_hu_docx, k11_kb_tr_two_tables, k12_cr_us_json,
            k13_rc_pt_pdf, k14_ma_rs_date_cells]
PROFILE_DOCS = [p01_cp_master_data_docx, p02_es_ro_self_assessment_pdf, p03_ab_mx_registration_xlsx, p04_wc_au_yaml,
                p05_sb_no_self_declaration_pdf, p06_kb_tr_information_form_docx, p07_cr_us_json,
                p08_ma_rs_self_assessment_xlsx]
MINERALS_DOCS = [m01_ml_letter_pdf, m02_bc_questionnaire_docx, m03_ap_email_txt, m04_pb_3tg_table_xlsx]
NOISE_DOCS = [n01_es_forum_invitation_pdf, n02_kb_rate_card_xlsx, n03_rc_tracking_notice_txt, n04_tv_brochure_pdf]
DOCUMENTS = CONTRACT_DOCS + KPI_DOCS + PROFILE_DOCS + MINERALS_DOCS + NOISE_DOCS


def build(out: Path) -> dict:
    """Write the corpus and its truth; returns the truth (the signature every hand-written corpus shares)."""
    return build_corpus(Path(out), documents=DOCUMENTS, suppliers=SUPPLIERS, generator=GENERATOR, seed=SEED)


def main(argv: list[str] | None = None) -> int:
    return run(argv, "build_agreements", build)


if __name__ == "__main__":
    sys.exit(main())

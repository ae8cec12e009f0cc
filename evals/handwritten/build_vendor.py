"""An eighth hand-written evaluation corpus: minerals declarations in many shapes, contracts of many drafting
traditions, KPI exports and supplier profiles, as fourteen invented suppliers would really send them.

    python -m evals.handwritten.build_vendor OUT_DIR

Writes OUT_DIR/suppliers/<Supplier>/<subfolder>/<file>, OUT_DIR/truth.json (the format of evals/styles/truth.py,
read by evals/styles/score.py) and OUT_DIR/.govignore.

Written by a helper that had read neither the product's extractors, its prompts, the styles generator nor the
other hand-written corpora's builders (only the fact schemas in ingest/facts/models.py, the truth format, the
scorer's matching rules and build_tests.py, whose writers, Corpus, truth helpers and supplier problem logic it
reuses). Fourteen invented suppliers (a nickel intermediate producer in Indonesia, a cobalt and copper trader in
the DR Congo, a cathode maker in Korea, a cell maker in China, a copper-foil maker in Japan, pack integrators in
Germany, France, Spain and Italy, a graphite miner in Brazil, a busbar maker in Poland, a lithium refiner in Canada,
a mica processor in India and a BMS board maker in Malaysia) write to one invented buyer, Solvanta Energy Systems
GmbH of Graz, Austria. 52 documents: 16 minerals declarations, 14 contracts, 10 KPI exports, 8 profiles and 4
non-governance papers. Every company, smelter, mine, person, number and date is invented.

Truth conventions
- minerals: one fact per declaration, whatever its form (a filled RMI template, a supplier's own sheet, a portal
  print, a letter, an e-mail, a questionnaire, a smelter list). `template` is the RMI template the declaration is
  or answers in substance: "CMRT" when it covers tin, tantalum, tungsten or gold, "EMRT" when it covers cobalt,
  copper, graphite, lithium, mica or nickel (no declaration here mixes the two). `minerals` are the minerals the
  declaration covers, as lower-case English names: for the EMRT template those left in scope (D12:G13, the
  "(Delete ...)" entries removed); for the CMRT template all four 3TG (it has no scope selection; every Q1 is
  answered); for any other form those it declares present. `effective` is the stated effective date, else the
  date the document is dated or signed. `cahra_minerals` are those answered Yes to the CAHRA question (or stated
  in words to come from conflict-affected or high-risk areas); "Unknown", "Partially", "Not applicable",
  "Non connu" are not a Yes. `artisanal_mentioned` is true only where the declaration says artisanal or
  small-scale mining is (or may be) in the supply chain; a denial ("no artisanal mining") is false.
  Flags: `cahra`, `artisanal`, `smelter_not_rmap` (a smelter or processor listed as not conformant: active,
  not enrolled, not on the RMI list), `minerals_gap` (no sourcing policy, smelters not all identified,
  answered No / Unknown / Partially). `answers`, `comments`, `company_answers`, `smelters`, `mines` and `gaps`
  are not stated (the scorer compares them verbatim).
- contract_clause: one fact per SLA or remedy clause (on-time delivery target, late-delivery penalty, OTD service
  credit, defect ppm target, complaint acknowledgement, 8D report, warranty, change notice), with the contract
  number, effective date and clause label as written ("§ 5 (3)", "Article 6.3", "第7条第2款", "제8조 제1항",
  "Annexure C, Sl. No. 4"). Rates and caps are percent: 1 ‰ is 0.1, "one-twentieth" is 5, "100분의 10" is 10; a cap
  that is an amount of money is penalty_cap null. The period a rate runs per (day, week, started week, working
  day) and the window are not stated (free text the scorer compares verbatim). Warranty facts state the years as
  target with unit "years", and cycles and retained capacity (null where not given). An amendment yields its new
  values only (an unchanged value it restates yields nothing), with the amended agreement's number and the
  amendment's effective date. A purchase order's number is its contract number. Payment discounts, late-payment
  interest (even when called "pénalités de retard"), bonuses, confidentiality, termination, force majeure, price
  adjustment and laytime clauses yield nothing.
- kpi: one fact per export; every calendar month shown, as YYYY-MM, with on-time delivery %, defect ppm and lead
  time days (null where the export does not give the measure); quarter, half-year, YTD and total rows or columns
  are no months. An OTD stored as a fraction with a percent format is its percent.
- profile: one fact per profile; the Code of Conduct signed (True, with its date where given), not signed (False:
  "pending legal review", "will be returned next quarter", an empty signature block) or not mentioned (None).
- noise: no facts, no problems.

Deterministic: reportlab PDFs with invariant=1, Office files re-zipped with fixed timestamps, no randomness. The
four declarations filled into the real RMI templates need /work/shared/real/ (read-only; copied, never changed);
without it they are skipped with a message.
"""

# ruff: noqa: E501  (document text is kept on the lines it is printed on, some wider than 120 columns)

from __future__ import annotations

import datetime as dt
import json
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from evals.handwritten.build_tests import (
    KV,
    MON_EN,
    SP,
    TBL,
    Corpus,
    D,
    Look,
    M,
    P,
    PageBreak,
    Sup,
    de,
    docx_header_footer,
    docx_par,
    docx_table,
    en_long,
    esc,
    fr_long,
    iso,
    new_docx,
    new_xlsx,
    pdf,
    run,
    running,
    save_docx,
    save_xlsx,
    text_file,
)
from evals.handwritten.build_tests import (
    build as build_corpus,
)

GENERATOR = "evals.handwritten.vendor"
SEED = 8
REAL = Path("/work/shared/real")
BUYER = "Solvanta Energy Systems GmbH"
BUYER_ADDR = "Puchstraße 41, 8020 Graz, Austria"

MON_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
          "novembre", "dicembre"]
MON_PL = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
          "październik", "listopad", "grudzień"]
MON_PL_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
              "października", "listopada", "grudnia"]
MON_FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MON_ES_ABBR = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]

# ---------------------------------------------------------------------------------------------------------------
# The suppliers (all invented)
# ---------------------------------------------------------------------------------------------------------------

TNP = Sup("Tanjung Nikel Prima", "PT Tanjung Nikel Prima", "raw_material", "Indonesia", False)
KMT = Sup("Kasumbalesa Minerals Trading", "Kasumbalesa Minerals Trading SARL", "raw_material",
          "Democratic Republic of the Congo", False)
HEM = Sup("Hwaseong Energy Materials", "Hwaseong Energy Materials Co., Ltd.", "cathode_material", "South Korea", True)
STB = Sup("Suzhou Tianrui Battery", "Suzhou Tianrui Battery Technology Co., Ltd.", "cell_manufacturer", "China",
          False)
OEW = Sup("Okayama Electrode Works", "Okayama Electrode Works Co., Ltd.", "cell_component", "Japan", True)
BBS = Sup("Brandauer Batteriesysteme", "Brandauer Batteriesysteme GmbH", "pack_integrator", "Germany", True)
AEV = Sup("Ateliers Électriques du Vercors", "Ateliers Électriques du Vercors SAS", "pack_integrator", "France",
          False)
BGQ = Sup("Baterías del Guadalquivir", "Baterías del Guadalquivir, S.A.", "pack_integrator", "Spain", False)
EPD = Sup("Energia Padana", "Energia Padana S.p.A.", "pack_integrator", "Italy", False)
MSG = Sup("Mineração Seridó Grafite", "Mineração Seridó Grafite Ltda.", "raw_material", "Brazil", False)
KSZ = Sup("Kaszuby Connect", "Kaszuby Connect Sp. z o.o.", "mechanical_component", "Poland", True)
WLL = Sup("Whitefish Lake Lithium", "Whitefish Lake Lithium Corp.", "raw_material", "Canada", False)
GMM = Sup("Godavari Mica & Minerals", "Godavari Mica & Minerals Pvt. Ltd.", "raw_material", "India", False)
PCD = Sup("Penang Circuit Dynamics", "Penang Circuit Dynamics Sdn. Bhd.", "electronics_component", "Malaysia", False)
SUPPLIERS = [TNP, KMT, HEM, STB, OEW, BBS, AEV, BGQ, EPD, MSG, KSZ, WLL, GMM, PCD]

# ---------------------------------------------------------------------------------------------------------------
# Truth helpers
# ---------------------------------------------------------------------------------------------------------------


def mfact(template: str, company: str, effective: dt.date | None, minerals: list[str], cahra: list[str] | None = None,
          artisanal: bool = False) -> dict:
    return {"kind": "minerals", "template": template, "company": company,
            "effective": iso(effective) if effective else None, "minerals": sorted(minerals),
            "cahra_minerals": sorted(cahra or []), "artisanal_mentioned": artisanal}


_PENALTIES = ("late_delivery_penalty", "otd_service_credit")


def cl(metric: str, number: str, effective: dt.date | None, label: str, *, target: float | None = None,
       unit: str | None = None, rate: float | None = None, cap: float | None = None, cycles: int | None = None,
       retention: float | None = None, term: int | None = None) -> dict:
    f: dict[str, Any] = {"kind": "contract_clause", "contract_number": number,
                         "effective": iso(effective) if effective else None, "metric": metric, "clause": label}
    if term is not None:
        f["term_years"] = term
    if metric in _PENALTIES:
        f["penalty_rate"] = rate
        f["penalty_cap"] = cap
    else:
        f["target"] = target
        f["unit"] = unit
    if metric == "warranty":
        f["warranty_cycles"] = cycles
        f["capacity_retention_pct"] = retention
    return f


Row = tuple[str, float | None, float | None, float | None]


def kpi(rows: list[Row]) -> dict:
    return {"kind": "kpi", "months": [{"month": m, "on_time_delivery_pct": otd, "defect_ppm": ppm,
                                       "lead_time_days": lead} for m, otd, ppm, lead in rows]}


def months(year: int, first: int, otd: list, ppm: list, lead: list) -> list[Row]:
    n = len(otd)
    assert len(ppm) == n and len(lead) == n
    return [(f"{year}-{first + i:02d}", otd[i], ppm[i], lead[i]) for i in range(n)]


def profile(**fields: Any) -> dict:
    f: dict[str, Any] = {"kind": "profile"}
    for k, v in fields.items():
        f[k] = iso(v) if isinstance(v, dt.date) else v
    return f


def fmt(x: float, dec: int = 1, comma: bool = False, thousands: str = "") -> str:
    """A number as a document prints it: decimal comma or point, a thousands separator of its own."""
    s = f"{x:,.{dec}f}"
    s = s.replace(",", "\x00")
    if comma:
        s = s.replace(".", ",")
    return s.replace("\x00", thousands)


def avg(xs: Sequence[float | None]) -> float:
    vals = [x for x in xs if x is not None]
    return sum(vals) / len(vals)


def _quiet_openpyxl() -> None:
    warnings.filterwarnings("ignore", module="openpyxl")

# ---------------------------------------------------------------------------------------------------------------
# Filling copies of the real RMI templates (cells a supplier fills; the blank originals are never touched)
# ---------------------------------------------------------------------------------------------------------------

EMRT_MINERALS = ["Cobalt", "Copper", "Graphite", "Lithium", "Mica", "Nickel"]  # the template's order, alphabetical
EMRT_SCOPE_CELLS = {"Cobalt": "D12", "Copper": "E12", "Graphite": "G12", "Lithium": "D13", "Mica": "E13",
                    "Nickel": "G13"}
EMRT_Q_ROW = {1: 30, 2: 42, 3: 54, 4: 66, 5: 78, 6: 90, 7: 102}
EMRT_CO_ROW = {"A": 115, "B": 117, "D": 131, "E": 133, "F": 135, "G": 137}
EMRT_INFO = ["D16", "D17", "D18", "D19", "D20", "D21", "D22", "D23", "D24", "D25"]  # id, authority, address, contact,
# e-mail, phone, authorizer, title, authorizer e-mail, authorizer phone
CMRT_METALS = ["Tantalum", "Tin", "Gold", "Tungsten"]  # the template's fixed row order
CMRT_Q_ROW = {1: 26, 2: 32, 3: 38, 4: 44, 5: 50, 6: 56, 7: 62, 8: 68}
CMRT_CO_ROW = {"A": 75, "B": 77, "C": 79, "D": 81, "E": 83, "F": 85, "G": 87, "H": 89}
CMRT_INFO = ["D12", "D13", "D14", "D15", "D16", "D17", "D18", "D19", "D20", "D21"]

Ans = tuple[str, str]  # answer, comment
Smelt = tuple[str, str, str, str, str, str]  # metal, look-up, name, country, smelter id ("" when not listed), comment


def _load_template(name: str):
    from openpyxl import load_workbook

    _quiet_openpyxl()
    wb = load_workbook(REAL / name)
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    wb.properties.created = dt.datetime(2026, 1, 1)
    wb.properties.modified = dt.datetime(2026, 1, 1)
    return wb


def _smelter_rows(ws, smelters: list[Smelt], next_steps: dict[int, str] | None = None) -> None:
    for i, (metal, lookup, name, country, sid, comment) in enumerate(smelters):
        r = 5 + i
        ws[f"A{r}"] = sid or None
        ws[f"B{r}"] = metal
        ws[f"C{r}"] = lookup
        ws[f"D{r}"] = name
        ws[f"E{r}"] = country
        ws[f"F{r}"] = sid or None
        ws[f"G{r}"] = "RMI" if sid else None
        if next_steps and i in next_steps:
            ws[f"M{r}"] = next_steps[i]
        ws[f"Q{r}"] = comment or None


def fill_emrt(path: Path, *, lang: str, company: str, scope: list[str], info: list[str], effective: dt.date,
              answers: dict[int, dict[str, Ans]], company_answers: dict[str, Ans], c_answers: dict[str, Ans],
              smelters: list[Smelt], mines: list[tuple[str, str, str, str, str]] | None = None,
              next_steps: dict[int, str] | None = None) -> None:
    wb = _load_template("RMI_EMRT_2.1.xlsx")
    ws = wb["Declaration"]
    ws["D3"] = lang
    ws["D8"] = company
    ws["D9"] = "A. Company"
    for mineral, cell in EMRT_SCOPE_CELLS.items():
        ws[cell] = mineral if mineral in scope else f"(Delete {mineral})"
    for cell, value in zip(EMRT_INFO, info, strict=True):
        ws[cell] = value or None
    ws["D26"] = dt.datetime(effective.year, effective.month, effective.day)
    in_scope = [m for m in EMRT_MINERALS if m in scope]
    for q, row0 in EMRT_Q_ROW.items():
        for i, mineral in enumerate(in_scope):
            answer, comment = answers[q][mineral]
            ws[f"D{row0 + i}"] = answer
            ws[f"G{row0 + i}"] = comment or None
    for letter, row in EMRT_CO_ROW.items():
        answer, comment = company_answers[letter]
        ws[f"D{row}"] = answer
        ws[f"G{row}"] = comment or None
    for i, mineral in enumerate(in_scope):
        answer, comment = c_answers[mineral]
        ws[f"D{120 + i}"] = answer
        ws[f"G{120 + i}"] = comment or None
    _smelter_rows(wb["Smelter List"], smelters, next_steps)
    ml = wb["Mine List"]
    for i, (metal, smelter, mine, country, comment) in enumerate(mines or []):
        r = 5 + i
        ml[f"A{r}"], ml[f"B{r}"], ml[f"C{r}"], ml[f"F{r}"], ml[f"M{r}"] = metal, smelter, mine, country, comment or None
    save_xlsx(wb, path)


def fill_cmrt(path: Path, *, lang: str, company: str, info: list[str], effective: dt.date,
              answers: dict[int, dict[str, Ans]], company_answers: dict[str, Ans], smelters: list[Smelt],
              next_steps: dict[int, str] | None = None) -> None:
    wb = _load_template("RMI_CMRT_6.5.xlsx")
    ws = wb["Declaration"]
    ws["D3"] = lang
    ws["D8"] = company
    ws["D9"] = "A. Company"
    for cell, value in zip(CMRT_INFO, info, strict=True):
        ws[cell] = value or None
    ws["D22"] = dt.datetime(effective.year, effective.month, effective.day)
    for q, row0 in CMRT_Q_ROW.items():
        for i, metal in enumerate(CMRT_METALS):
            answer, comment = answers[q][metal]
            ws[f"D{row0 + i}"] = answer
            ws[f"G{row0 + i}"] = comment or None
    for letter, row in CMRT_CO_ROW.items():
        answer, comment = company_answers[letter]
        ws[f"D{row}"] = answer
        ws[f"G{row}"] = comment or None
    _smelter_rows(wb["Smelter List"], smelters, next_steps)
    save_xlsx(wb, path)


def _all(answer: str, minerals: list[str], comment: str = "") -> dict[str, Ans]:
    return {m: (answer, comment) for m in minerals}


def _have_templates(what: str) -> bool:
    if (REAL / "RMI_EMRT_2.1.xlsx").exists() and (REAL / "RMI_CMRT_6.5.xlsx").exists():
        return True
    print(f"{REAL} holds no RMI templates: skipping {what}", file=sys.stderr)
    return False


# ---------------------------------------------------------------------------------------------------------------
# Minerals declarations (16)
# ---------------------------------------------------------------------------------------------------------------

def m01_hem_emrt_korean(C: Corpus) -> None:
    """The real EMRT 2.1 with the language set to Korean; copper, graphite and mica deleted from the scope; cobalt
    from the DRC (Q3 Yes); one cobalt refinery entered as 'Smelter not listed', not in RMAP."""
    if not _have_templates("m01"):
        return
    eff = D(2026, 3, 31)
    fact = mfact("EMRT", "Hwaseong Energy Materials Co., Ltd.", eff, ["cobalt", "lithium", "nickel"], ["cobalt"])
    path = C.add(HEM, "책임광물/EMRT_2.1_HwaseongEnergyMaterials_2026Q1.xlsx", "minerals", "vendor-emrt-ko",
                 [fact], ["cahra", "smelter_not_rmap"])
    scope = ["Cobalt", "Lithium", "Nickel"]
    fill_emrt(
        path, lang="한국어 Korean", company="Hwaseong Energy Materials Co., Ltd.", scope=scope,
        info=["124-81-55720", "사업자등록번호 (Korea business registration no.)",
              "경기도 화성시 송산면 산업단지로 77 (77 Sandan-ro, Songsan-myeon, Hwaseong-si, Gyeonggi-do 18553, Korea)",
              "Park Ji-hoon (박지훈)", "jh.park@hwaseong-em.co.kr", "+82 31 8059 4410",
              "Lee Seung-woo (이승우)", "상무, 구매본부 / Executive Director, Procurement", "sw.lee@hwaseong-em.co.kr",
              "+82 31 8059 4400"],
        effective=eff,
        answers={
            1: _all("Yes", scope), 2: _all("Yes", scope),
            3: {"Cobalt": ("Yes", "전구체 공급사의 황산코발트 일부가 콩고민주공화국(DRC)산 수산화코발트에서 정련됨. 해당 정련소는 RMAP 적합 (CID003512)."),
                "Lithium": ("No", ""), "Nickel": ("No", "인도네시아 MHP, 고위험 지역 아님")},
            4: _all("No", scope),
            5: {"Cobalt": ("Greater than 90%", ""), "Lithium": ("100%", ""), "Nickel": ("Greater than 75%", "")},
            6: _all("Yes", scope), 7: _all("Yes", scope),
        },
        company_answers={"A": ("Yes", ""), "B": ("Yes", "https://www.hwaseong-em.co.kr/esg/responsible-minerals"),
                         "D": ("Yes", ""), "E": ("Yes, in conformance with IPC1755 (e.g. EMRT)", ""),
                         "F": ("Yes", ""), "G": ("Yes", "")},
        c_answers={"Cobalt": ("Yes", ""), "Lithium": ("Yes, when more processors are validated", ""),
                   "Nickel": ("Yes, when more processors are validated", "")},
        smelters=[
            ("Cobalt", "Ganzhou Lianxin Cobalt Materials Co., Ltd.", "Ganzhou Lianxin Cobalt Materials Co., Ltd.",
             "China", "CID003512", ""),
            ("Cobalt", "Smelter not listed", "Jinchang Hengyuan Cobalt Refinery", "China", "",
             "RMAP 미참여 (not enrolled) – 2차 공급사 신고분"),
            ("Lithium", "Salar Norte Lithium Refinery S.A.", "Salar Norte Lithium Refinery S.A.", "Chile",
             "CID004120", ""),
            ("Nickel", "Konawe Nickel Hydrometallurgy", "Konawe Nickel Hydrometallurgy", "Indonesia", "CID004233", ""),
        ],
        next_steps={1: "RMAP 참여 요청 서한 발송 (2026-02)"},
    )


def m02_aev_emrt_french_unknown(C: Corpus) -> None:
    """The real EMRT 2.1 in French, scope without copper and mica, nearly every answer Unknown or No: no policy,
    smelters not identified. Q3 'Unknown' is no CAHRA Yes."""
    if not _have_templates("m02"):
        return
    eff = D(2026, 6, 30)
    fact = mfact("EMRT", "Ateliers Électriques du Vercors SAS", eff, ["cobalt", "graphite", "lithium", "nickel"])
    path = C.add(AEV, "Achats responsables/EMRT AEV juin 2026.xlsx", "minerals", "vendor-emrt-fr-unknown", [fact],
                 ["minerals_gap"])
    scope = ["Cobalt", "Graphite", "Lithium", "Nickel"]
    fill_emrt(
        path, lang="Français", company="Ateliers Électriques du Vercors SAS", scope=scope,
        info=["852 114 907 00028", "SIRET", "ZA des Iles, 12 rue des Glaciers, 38120 Saint-Égrève, France",
              "Mathilde Roux", "m.roux@ae-vercors.fr", "+33 4 76 75 18 30", "Olivier Garnier",
              "Directeur des achats", "o.garnier@ae-vercors.fr", ""],
        effective=eff,
        answers={
            1: _all("Yes", scope, ""), 2: _all("Yes", scope),
            3: _all("Unknown", scope, "Enquête auprès des fournisseurs de cellules en cours"),
            4: _all("No", scope),
            5: {"Cobalt": ("50% or less", "2 réponses sur 7"), "Graphite": ("Did not survey", ""),
                "Lithium": ("50% or less", ""), "Nickel": ("50% or less", "")},
            6: _all("No", scope, "Fonderies / affineurs non connus à ce jour"),
            7: _all("Unknown", scope),
        },
        company_answers={"A": ("No", "Politique en cours de rédaction, validation prévue au T1 2027"), "B": ("No", ""),
                         "D": ("No", ""), "E": ("No", ""), "F": ("No", ""), "G": ("No", "")},
        c_answers=_all("No", scope),
        smelters=[],
    )


def m03_pcd_cmrt_english(C: Corpus) -> None:
    """The real CMRT 6.5 in English: tin from South Kivu (Q4 Yes) with an artisanal-mining comment, and a tin
    smelter a sub-supplier reported that is not on the RMI list."""
    if not _have_templates("m03"):
        return
    eff = D(2026, 5, 15)
    fact = mfact("CMRT", "Penang Circuit Dynamics Sdn. Bhd.", eff, ["gold", "tantalum", "tin", "tungsten"], ["tin"],
                 artisanal=True)
    path = C.add(PCD, "compliance/CMRT/PCD_CMRT6.5_2026-05-15.xlsx", "minerals", "vendor-cmrt-en",
                 [fact], ["cahra", "artisanal", "smelter_not_rmap"])
    metals = CMRT_METALS
    fill_cmrt(
        path, lang="English", company="Penang Circuit Dynamics Sdn. Bhd.",
        info=["201401023377 (1099816-K)", "SSM Malaysia", "Plot 88, Lorong Perindustrian Bukit Minyak 7, 14100 Simpang Ampat, Penang, Malaysia",
              "Tan Mei Ling", "compliance@pcd-penang.com.my", "+60 4 508 2270", "Ravi Subramaniam",
              "Director, Quality & Compliance", "ravi.s@pcd-penang.com.my", "+60 4 508 2201"],
        effective=eff,
        answers={
            1: _all("Yes", metals),
            2: {"Tantalum": ("Yes", ""), "Tin": ("Yes", ""), "Gold": ("Yes", ""),
                "Tungsten": ("No", "Used in PCB drilling tools only")},
            3: {"Tantalum": ("No", ""), "Tin": ("Yes", ""), "Gold": ("No", ""), "Tungsten": ("No", "")},
            4: {"Tantalum": ("No", ""), "Gold": ("No", ""), "Tungsten": ("No", ""),
                "Tin": ("Yes", "Part of the cassiterite processed by Kinta Valley Tin Smelting originates from "
                               "artisanal mines in South Kivu (tagged under an upstream traceability scheme).")},
            5: _all("No", metals),
            6: {"Tantalum": ("100%", ""), "Tin": ("Greater than 90%", ""), "Gold": ("Greater than 90%", ""),
                "Tungsten": ("100%", "")},
            7: _all("Yes", metals), 8: _all("Yes", metals),
        },
        company_answers={"A": ("Yes", ""), "B": ("Yes", "https://www.pcd-penang.com.my/sustainability/minerals-policy.pdf"),
                         "C": ("Yes", ""), "D": ("Yes", ""), "E": ("Yes, in conformance with IPC1755 (e.g., CMRT)", ""),
                         "F": ("Yes", ""), "G": ("Yes", ""), "H": ("No", "")},
        smelters=[
            ("Tantalum", "Ipoh Tantalum Refining Sdn. Bhd.", "Ipoh Tantalum Refining Sdn. Bhd.", "MALAYSIA",
             "CID002871", ""),
            ("Tin", "Kinta Valley Tin Smelting Bhd.", "Kinta Valley Tin Smelting Bhd.", "MALAYSIA", "CID001943", ""),
            ("Tin", "Smelter not listed", "PT Belitung Sinar Timah", "INDONESIA", "",
             "Reported by solder paste supplier; not in the RMI Smelter Look-up, no RMAP assessment known"),
            ("Gold", "Rhône Valley Precious Metals SA", "Rhône Valley Precious Metals SA", "SWITZERLAND",
             "CID002215", ""),
            ("Tungsten", "Xiangnan Tungsten Materials Co., Ltd.", "Xiangnan Tungsten Materials Co., Ltd.", "CHINA",
             "CID002790", ""),
        ],
        next_steps={2: "Outreach letter sent 2026-04-08; escalate to supplier if no RMAP commitment by Q4"},
    )


def m04_epd_cmrt_italian(C: Corpus) -> None:
    """The real CMRT 6.5 with the language set to Italian; clean: no CAHRA, all smelters conformant."""
    if not _have_templates("m04"):
        return
    eff = D(2026, 4, 30)
    fact = mfact("CMRT", "Energia Padana S.p.A.", eff, ["gold", "tantalum", "tin", "tungsten"])
    path = C.add(EPD, "Sostenibilità/CMRT_Energia_Padana_2026.xlsx", "minerals", "vendor-cmrt-it", [fact])
    metals = CMRT_METALS
    fill_cmrt(
        path, lang="Italiano", company="Energia Padana S.p.A.",
        info=["IT03918560236", "Partita IVA", "Via dell'Artigianato 19, 37135 Verona (VR), Italia", "Chiara Benedetti",
              "acquisti.sostenibili@energiapadana.it", "+39 045 820 1177", "Marco Ferrazzi",
              "Responsabile Acquisti", "m.ferrazzi@energiapadana.it", "+39 045 820 1100"],
        effective=eff,
        answers={1: _all("Yes", metals), 2: _all("Yes", metals), 3: _all("No", metals), 4: _all("No", metals),
                 5: _all("No", metals), 6: _all("100%", metals), 7: _all("Yes", metals),
                 8: _all("Yes", metals, "Elenco completo nella scheda Smelter List")},
        company_answers={"A": ("Yes", ""), "B": ("Yes", "https://www.energiapadana.it/sostenibilita/politica-minerali"),
                         "C": ("Yes", ""), "D": ("Yes", ""), "E": ("Yes, in conformance with IPC1755 (e.g., CMRT)", ""),
                         "F": ("Yes", ""), "G": ("Yes", ""), "H": ("No", "")},
        smelters=[
            ("Tantalum", "Ipoh Tantalum Refining Sdn. Bhd.", "Ipoh Tantalum Refining Sdn. Bhd.", "MALAYSIA",
             "CID002871", "Conforme RMAP"),
            ("Tin", "Kinta Valley Tin Smelting Bhd.", "Kinta Valley Tin Smelting Bhd.", "MALAYSIA", "CID001943",
             "Conforme RMAP"),
            ("Tin", "Fundição de Estanho do Pará S.A.", "Fundição de Estanho do Pará S.A.", "BRAZIL", "CID002488",
             "Conforme RMAP"),
            ("Gold", "Affinerie Alpine de Métaux Précieux SA", "Affinerie Alpine de Métaux Précieux SA",
             "SWITZERLAND", "CID002106", "Conforme RMAP / LBMA"),
            ("Tungsten", "Nordbayerische Wolfram GmbH", "Nordbayerische Wolfram GmbH", "GERMANY", "CID002644",
             "Conforme RMAP"),
        ],
    )


def m05_msg_own_sheet_pt(C: Corpus) -> None:
    """A graphite miner's own Portuguese workbook, not the RMI layout: a declaration sheet of question rows and a
    sheet of mines and plants. Clean; it denies artisanal mining ('garimpo') in words."""
    eff = D(2026, 2, 20)
    fact = mfact("EMRT", "Mineração Seridó Grafite Ltda.", eff, ["graphite"], [], artisanal=False)
    path = C.add(MSG, "Sustentabilidade/Declaracao_origem_grafite_2025.xlsx", "minerals", "vendor-own-sheet-pt", [fact])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Declaração"
    rows: list[list[Any]] = [
        ["DECLARAÇÃO DE ORIGEM DE MATÉRIAS-PRIMAS MINERAIS", ""],
        ["Mineração Seridó Grafite Ltda. – Departamento de Sustentabilidade e Compliance", ""],
        [],
        ["Empresa declarante", "Mineração Seridó Grafite Ltda."],
        ["CNPJ", "27.481.093/0001-62"],
        ["Endereço", "Rodovia RN-118, km 34, Zona Rural, 59380-000 Currais Novos – RN, Brasil"],
        ["Destinatário", f"{BUYER} (Graz, Áustria)"],
        ["Período de referência", "ano-calendário 2025"],
        ["Data da declaração", eff],
        ["Mineral(is) abrangido(s)", "Grafite natural (flake e grafite esférico purificado)"],
        [],
        ["Pergunta", "Resposta"],
        ["1. O mineral é intencionalmente adicionado ou utilizado nos produtos fornecidos?", "Sim"],
        ["2. O mineral permanece no produto?", "Sim"],
        ["3. Alguma parte do mineral provém de áreas afetadas por conflitos ou de alto risco (CAHRA)?", "Não. Toda a grafite é extraída da Mina Serra Branca (Currais Novos, RN, Brasil)."],
        ["4. O mineral é 100% reciclado?", "Não"],
        ["5. Existe mineração artesanal ou de pequena escala (garimpo) na cadeia de fornecimento?", "Não. Não compramos minério de terceiros; não há garimpo na cadeia."],
        ["6. Todas as minas e usinas de beneficiamento foram identificadas?", "Sim (ver aba 'Minas e usinas')"],
        ["7. Todas as informações recebidas foram incluídas nesta declaração?", "Sim"],
        ["8. A empresa possui política de fornecimento responsável de minerais?", "Sim – Política PSR-01 rev. 3, publicada em www.seridografite.com.br/compliance"],
        ["9. A política segue o Guia de Devida Diligência da OCDE?", "Sim"],
        ["10. Há gestão de ações corretivas?", "Sim"],
        [],
        ["Responsável", "Eng. Luciana Farias Bezerra – Gerente de Sustentabilidade"],
        ["E-mail", "luciana.bezerra@seridografite.com.br"],
    ]
    for r in rows:
        ws.append(r)
    ws["B9"].number_format = "dd/mm/yyyy"
    ws.column_dimensions["A"].width = 86
    ws.column_dimensions["B"].width = 70
    ws2 = wb.create_sheet("Minas e usinas")
    for r in [["Tipo", "Nome", "Município / UF", "País", "Observações"],
              ["Mina (céu aberto)", "Mina Serra Branca", "Currais Novos / RN", "Brasil", "Lavra própria, licença ANM 848.112/2011"],
              ["Usina de beneficiamento", "Usina de Flotação Serra Branca", "Currais Novos / RN", "Brasil", "Concentrado 94–96% C"],
              ["Usina de esferoidização e purificação", "Unidade Parnamirim", "Parnamirim / RN", "Brasil", "Grafite esférico ≥ 99,95% C"]]:
        ws2.append(r)
    for col, w in zip("ABCDE", [34, 34, 22, 10, 46], strict=True):
        ws2.column_dimensions[col].width = w
    save_xlsx(wb, path)


def m06_tnp_portal_print(C: Corpus) -> None:
    """A PDF print of the buyer's supplier-portal page: ticked minerals, a question grid, a smelter table with an
    'RMAP status' column (Conformant / Active / Not enrolled)."""
    eff = D(2026, 1, 31)
    fact = mfact("EMRT", "PT Tanjung Nikel Prima", eff, ["cobalt", "nickel"], [])
    path = C.add(TNP, "portal/SupplierHub - Responsible Sourcing - RS-2026-0412.pdf", "minerals",
                 "vendor-portal-print", [fact], ["smelter_not_rmap"])
    lk = Look("Sans", 8.4, margins=(14, 14, 20, 18))
    box = lambda on: "☑" if on else "☐"  # noqa: E731
    s = [P("SupplierHub  ›  Responsible Sourcing  ›  Submissions  ›  RS-2026-0412", lk.small),
         P("Extended minerals submission", lk.h1l),
         P("Status: SUBMITTED · Last saved 31/01/2026 16:42 (UTC+8) by a.wijaya@tanjungnikel.co.id", lk.small), SP(2),
         KV(lk, [("Supplier", "PT Tanjung Nikel Prima"), ("Supplier no.", "700418"),
                 ("Site", "Kawasan Industri Pomalaa, Kolaka, Sulawesi Tenggara, Indonesia"),
                 ("Form", "Extended minerals (equivalent to RMI EMRT 2.1) – web form"),
                 ("Declaration scope", "Company-wide"), ("Reporting year", "2025"),
                 ("Effective date", "31/01/2026")], widths=(45, 137)), SP(3),
         P("Minerals in scope", lk.h3),
         P(f"{box(True)} Nickel     {box(True)} Cobalt     {box(False)} Lithium     {box(False)} Graphite     "
           f"{box(False)} Copper     {box(False)} Mica", lk.body), SP(2),
         P("Questions", lk.h3),
         TBL(lk, [["#", "Question", "Nickel", "Cobalt", "Comment"],
                  ["1", "Intentionally added or used in product / process?", "Yes", "Yes", "MHP contains Ni and Co"],
                  ["2", "Remains in the product?", "Yes", "Yes", ""],
                  ["3", "Any processor sources from conflict-affected and high-risk areas?", "No", "No", "Ore from own IUP concession, Sulawesi"],
                  ["4", "100 % recycled or scrap?", "No", "No", ""],
                  ["5", "Share of relevant suppliers that responded", "100%", "100%", ""],
                  ["6", "All processors identified?", "Yes", "Yes", ""],
                  ["7", "All processor information reported?", "Yes", "Yes", ""]],
             [8, 78, 18, 18, 60], zebra=True), SP(3),
         P("Company-level questions", lk.h3),
         TBL(lk, [["", "Question", "Answer"],
                  ["A", "Responsible minerals sourcing policy established?", "Yes"],
                  ["B", "Policy publicly available?", "Yes – tanjungnikel.co.id/keberlanjutan"],
                  ["D", "Due-diligence measures implemented?", "Yes"],
                  ["E", "Supplier survey conducted?", "Yes, in conformance with IPC1755"],
                  ["F", "Review of supplier information?", "Yes"],
                  ["G", "Corrective action management?", "Yes"]], [8, 110, 64]), SP(3),
         P("Processors / smelters", lk.h3),
         TBL(lk, [["Metal", "Facility", "Country", "Facility ID", "RMAP status"],
                  ["Nickel", "Pomalaa HPAL Plant (own)", "Indonesia", "CID004561", "Active"],
                  ["Nickel", "Morowali Ferronickel Smelter Unit 3", "Indonesia", "–", "Not enrolled"],
                  ["Cobalt", "Pomalaa HPAL Plant (own)", "Indonesia", "CID004561", "Active"],
                  ["Cobalt", "Ganzhou Lianxin Cobalt Materials Co., Ltd.", "China", "CID003512", "Conformant"]],
             [18, 70, 24, 28, 42]), SP(4),
         P("I confirm that the information above is complete and correct to the best of my knowledge. — Ayu Wijaya, "
           "Sustainability Manager, PT Tanjung Nikel Prima", lk.small)]
    pdf(path, s, lk, running(header_left="SupplierHub – Solvanta Energy Systems", header_right="31/01/2026, 16:45",
                             footer_left="https://supplierhub.solvanta-energy.at/rs/submissions/RS-2026-0412/print",
                             footer_right="{page}/{total}"))


def m07_kmt_letter(C: Corpus) -> None:
    """A letter on letterhead in prose answering a 'conflict minerals' request about cobalt and copper: CAHRA in
    words, an artisanal cooperative, the trader's own hydroxide plant not yet assessed under RMAP."""
    eff = D(2026, 3, 12)
    fact = mfact("EMRT", "Kasumbalesa Minerals Trading SARL", eff, ["cobalt", "copper"], ["cobalt", "copper"],
                 artisanal=True)
    path = C.add(KMT, "Correspondence/2026-03-12 letter to Solvanta - minerals information.pdf", "minerals",
                 "vendor-letter-prose", [fact], ["cahra", "artisanal", "smelter_not_rmap"])
    lk = Look("Serif", 10.5, margins=(25, 22, 20, 22))
    s = [M("<b>KASUMBALESA MINERALS TRADING SARL</b>", lk.h2),
         P("Avenue Lumumba 214, Quartier Industriel, Lubumbashi, Haut-Katanga, République Démocratique du Congo\n"
           "RCCM CD/LSH/RCCM/19-B-00871 · Id. Nat. 6-128-N48213K · info@kmt-sarl.cd · +243 99 700 4120", lk.small),
         SP(8),
         P(f"Lubumbashi, {en_long(eff)}", lk.right), SP(4),
         P(f"{BUYER}\nResponsible Sourcing\n{BUYER_ADDR}", lk.body), SP(5),
         M("<b>Re: your request for conflict minerals information of 2 February 2026</b>", lk.body), SP(2),
         P("Dear Ms Hofbauer,", lk.body),
         P("Thank you for your letter. As you know, we do not trade tin, tantalum, tungsten or gold; our deliveries to "
           "Solvanta are cobalt hydroxide (Co 28–34 %) and copper cathode (Grade A). We have therefore answered your "
           "questions for these two metals, which we understand to be those of the RMI Extended Minerals Reporting "
           "Template.", lk.body),
         P("All of the cobalt and copper we sell is mined in the provinces of Lualaba and Haut-Katanga. Both provinces are "
           "on the EU indicative list of conflict-affected and high-risk areas, so to your question whether any of the "
           "material comes from such areas our answer is yes, for cobalt and for copper alike.", lk.body),
         P("About fifteen per cent of our cobalt hydroxide feed in 2025 was bought from the Coopérative Minière Tujenge "
           "Pamoja, an artisanal and small-scale mining cooperative working a designated artisanal zone near Kolwezi. "
           "The cooperative is visited monthly by our field monitors and by an independent NGO; the remaining feed comes "
           "from two industrial mines with which we hold offtake agreements.", lk.body),
         P("The hydroxide is produced at our own plant in Likasi (Usine de Traitement de Likasi). The plant has not yet been "
           "assessed under the Responsible Minerals Assurance Process; we intend to commit to the cobalt refiner "
           "assessment in 2027. Copper cathode is refined by Congo Cathode Refining SA, Kolwezi, which is listed as "
           "conformant.", lk.body),
         P("We adopted a supply-chain policy aligned with Annex II of the OECD Due Diligence Guidance in 2023 and "
           "publish an annual due-diligence report. We would be glad to receive your team at Likasi.", lk.body),
         SP(6), P("Yours sincerely,", lk.body), SP(10),
         P("Jean-Pierre Mukendi Kabongo\nDirecteur Général", lk.body), SP(10),
         P("cc: Compliance file 2026/SES", lk.small)]
    pdf(path, s, lk, running(footer_center="Kasumbalesa Minerals Trading SARL – capital social USD 2 500 000"))


def m08_bbs_questionnaire_de(C: Corpus) -> None:
    """A German Word questionnaire titled 'Lieferkettenerklärung Rohstoffe' with Frage/Antwort pairs: no sourcing
    policy yet, smelters only partly known; copper excluded from the declaration in a sentence."""
    eff = D(2026, 7, 14)
    fact = mfact("EMRT", "Brandauer Batteriesysteme GmbH", eff, ["cobalt", "graphite", "lithium", "nickel"], [])
    path = C.add(BBS, "Nachhaltigkeit/Lieferkettenerklärung Rohstoffe 2026.docx", "minerals",
                 "vendor-questionnaire-de", [fact], ["minerals_gap"])
    d = new_docx("Arial", 10)
    docx_header_footer(d, "Brandauer Batteriesysteme GmbH · Gewerbepark Süd 9 · 94036 Passau",
                       "Formular EK-NH-07 · Version 2 · Seite 1")
    docx_par(d, "Lieferkettenerklärung Rohstoffe", bold=True, size=16)
    docx_par(d, f"für unseren Kunden {BUYER}, Graz – Berichtsjahr 2025")
    docx_table(d, [["Lieferant", "Brandauer Batteriesysteme GmbH"], ["Anschrift", "Gewerbepark Süd 9, 94036 Passau, Deutschland"],
                   ["Ansprechpartnerin", "Sabine Reindl, Strategischer Einkauf, s.reindl@brandauer-bs.de"],
                   ["Geltungsbereich", "gesamtes Unternehmen; Batteriemodule und -packs für stationäre Speicher"]],
               bold_head=False, bold_first_col=True)
    docx_par(d, "")
    qa = [
        ("Frage 1: Welche der Rohstoffe Kobalt, Kupfer, Naturgraphit, Lithium, Glimmer und Nickel sind in den gelieferten Produkten enthalten?",
         "Antwort: Kobalt, Nickel, Lithium und Naturgraphit (in den zugekauften NMC-Zellen). Kupfer (Stromschienen, Kabel) "
         "ist nicht Gegenstand dieser Erklärung; Glimmer verwenden wir nicht."),
        ("Frage 2: Beziehen Schmelzen oder Raffinerien in Ihrer Lieferkette Rohstoffe aus Konflikt- und Hochrisikogebieten (CAHRA)?",
         "Antwort: Nein – nach Auskunft unserer beiden Zelllieferanten."),
        ("Frage 3: Stammen Rohstoffe aus handwerklichem Kleinbergbau (ASM)?", "Antwort: Nein."),
        ("Frage 4: Haben Sie alle Schmelzen bzw. Raffinerien Ihrer Lieferkette identifiziert?",
         "Antwort: Teilweise. Für Kobalt und Nickel liegen die Raffinerien vor; für Lithium und Graphit fehlen die Angaben "
         "eines Zelllieferanten noch."),
        ("Frage 5: Verfügen Sie über eine Richtlinie zur verantwortungsvollen Rohstoffbeschaffung?",
         "Antwort: Nein. Eine Richtlinie ist in Vorbereitung; die Freigabe durch die Geschäftsführung ist für das 2. Quartal 2027 geplant."),
        ("Frage 6: Verpflichten Sie Ihre Lieferanten zur Sorgfaltspflicht nach dem OECD-Leitfaden?",
         "Antwort: Noch nicht vertraglich; wir fragen die Angaben jährlich ab."),
        ("Frage 7: Prüfen Sie die Angaben Ihrer Lieferanten und verfolgen Sie Korrekturmaßnahmen?",
         "Antwort: Die Angaben werden auf Vollständigkeit geprüft; ein Prozess für Korrekturmaßnahmen besteht noch nicht."),
    ]
    for q, a in qa:
        docx_par(d, q, bold=True)
        docx_par(d, a)
    docx_par(d, "")
    docx_par(d, f"Passau, {de(eff)}")
    docx_par(d, "i. A. Sabine Reindl                      ppa. Thomas Aigner")
    docx_par(d, "Strategischer Einkauf                    Leiter Einkauf", size=8)
    save_docx(d, path)


def m09_bgq_csv_export(C: Corpus) -> None:
    """A CSV export of a compliance tool, one line per mineral and question: cobalt Q3 Yes, nickel Q3 Unknown (no
    Yes), Q6 'Partially' for lithium and nickel."""
    eff = D(2026, 5, 8)
    fact = mfact("EMRT", "Baterías del Guadalquivir, S.A.", eff, ["cobalt", "lithium", "nickel"], ["cobalt"])
    path = C.add(BGQ, "Sostenibilidad/export_minerales_2026-05-08.csv", "minerals", "vendor-csv-export", [fact],
                 ["cahra", "minerals_gap"])
    lines = ['record_type,company,effective_date,template,mineral,question_id,question,answer,comment',
             f'H,"Baterías del Guadalquivir, S.A.",{iso(eff)},Extended minerals (EMRT 2.1),,,,,exported by ComplyTrack 4.2']
    qs = [("Q1", "Intentionally added or used"), ("Q2", "Remains in product"),
          ("Q3", "Smelter/processor sources from CAHRA"), ("Q4", "100% recycled/scrap"),
          ("Q5", "Supplier response rate"), ("Q6", "All smelters/processors identified"),
          ("Q7", "All smelter information reported")]
    ans = {"cobalt": ["Yes", "Yes", "Yes", "No", "100%", "Yes", "Yes"],
           "lithium": ["Yes", "Yes", "No", "No", "Greater than 75%", "Partially", "Yes"],
           "nickel": ["Yes", "Yes", "Unknown", "No", "Greater than 50%", "Partially", "Unknown"]}
    com = {("cobalt", "Q3"): "Part of the cobalt sulphate in our NMC cells is refined from DRC hydroxide",
           ("lithium", "Q6"): "tier-2 cell supplier has not reported its lithium converters",
           ("nickel", "Q3"): "awaiting cell supplier EMRT",
           ("nickel", "Q6"): "nickel refiners of one cell line unknown"}
    for mineral in ["cobalt", "lithium", "nickel"]:
        for (qid, q), a in zip(qs, ans[mineral], strict=True):
            c = com.get((mineral, qid), "")
            lines.append(f'Q,,,,{mineral},{qid},{q},{a},"{c}"' if c else f'Q,,,,{mineral},{qid},{q},{a},')
    for qid, q, a in [("A", "Sourcing policy established", "Yes"), ("B", "Policy public", "No"),
                      ("D", "Due diligence measures implemented", "Partially"), ("E", "Supplier survey", "Yes"),
                      ("F", "Review against expectations", "Yes"), ("G", "Corrective action management", "No")]:
        lines.append(f'C,,,,,{qid},{q},{a},')
    for metal, name, country, sid, status in [
            ("cobalt", "Ganzhou Lianxin Cobalt Materials Co., Ltd.", "China", "CID003512", "Conformant"),
            ("lithium", "Salar Norte Lithium Refinery S.A.", "Chile", "CID004120", "Conformant"),
            ("nickel", "Konawe Nickel Hydrometallurgy", "Indonesia", "CID004233", "Conformant")]:
        lines.append(f'S,,,,{metal},{sid},"{name}",{status},{country}')
    text_file(path, "\n".join(lines))


def m10_wll_email_txt(C: Corpus) -> None:
    """A plain-text e-mail answering the questions inline, for lithium only; clean (one industrial mine, a
    conformant refinery, 'the ASM question does not apply')."""
    eff = D(2026, 6, 9)
    fact = mfact("EMRT", "Whitefish Lake Lithium Corp.", eff, ["lithium"], [])
    path = C.add(WLL, "email/RE Responsible minerals information request - lithium hydroxide.txt", "minerals",
                 "vendor-email-txt", [fact])
    text_file(path, """From: Megan Thibault <m.thibault@whitefishlakelithium.ca>
To: responsible.sourcing@solvanta-energy.at
Date: Tue, 9 Jun 2026 10:14:52 -0400
Subject: RE: Responsible minerals information request - lithium hydroxide

Hello Katharina,

Please treat this e-mail as Whitefish Lake Lithium Corp.'s declaration for calendar year 2025, effective today,
in place of the EMRT you sent (our ERP cannot export the template yet). Answers inline, in the order of your list:

> 1. Which of the EMRT minerals are in the products you supply?
Lithium only (lithium hydroxide monohydrate, battery grade, LiOH.H2O >= 56.5 %).

> 2. Does any of it come from conflict-affected or high-risk areas?
No. 100 % of our feed is spodumene concentrate from our own Whitefish Lake mine, Ontario, Canada.

> 3. Any artisanal or small-scale mining in the chain?
Does not apply - single industrial open-pit mine, no third-party ore.

> 4. Have you identified all smelters/refiners?
Yes: one, our own Thunder Bay Lithium Refinery (Thunder Bay, ON, Canada), RMI facility ID CID004377.
It was assessed in 2025 and is listed as conformant.

> 5. Responsible sourcing policy in place and public?
Yes - https://whitefishlakelithium.ca/esg/responsible-sourcing-policy (OECD-aligned, rev. March 2025).

> 6. Corrective action process?
Yes, part of our ISO 14001 management system.

Best regards,
Megan Thibault
Manager, ESG & Product Compliance
Whitefish Lake Lithium Corp. | 1200 Harbour Expressway, Thunder Bay ON P7B 6P8, Canada
+1 807 555 0148

-----Original Message-----
From: Katharina Hofbauer <k.hofbauer@solvanta-energy.at>
Sent: Monday, May 18, 2026 3:02 AM
Subject: Responsible minerals information request - lithium hydroxide

Dear supplier, please return a completed EMRT 2.1 (or answer the attached questions) by 15 June 2026.
""")


def m11_stb_smelter_list_zh(C: Corpus) -> None:
    """A Chinese/English smelter list with an RMAP status column in Chinese words (合规 / 活跃 / 未参与) and a CAHRA
    column (是 for one cobalt refiner)."""
    eff = D(2026, 4, 20)
    fact = mfact("EMRT", "Suzhou Tianrui Battery Technology Co., Ltd.", eff,
                 ["cobalt", "graphite", "lithium", "nickel"], ["cobalt"])
    path = C.add(STB, "合规资料/冶炼厂清单_2026年4月.xlsx", "minerals", "vendor-smelter-list-zh", [fact],
                 ["cahra", "smelter_not_rmap"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "冶炼厂清单 Smelter list"
    head: list[list[Any]] = [
        ["公司名称 Company", "苏州天瑞电池科技有限公司 Suzhou Tianrui Battery Technology Co., Ltd."],
        ["申报日期 Date", eff],
        ["申报范围 Scope", "全公司 Company-wide"],
        ["申报矿物 Minerals", "钴 Cobalt、镍 Nickel、锂 Lithium、天然石墨 Natural graphite"],
        ["联系人 Contact", "沈佳琪 Shen Jiaqi · shenjq@tianrui-battery.cn"],
        [],
        ["序号 No.", "金属 Metal", "冶炼厂/精炼厂 Smelter / refiner", "国家 Country", "RMI ID", "RMAP状态 Status",
         "原料来源国 Origin of ore", "是否来自CAHRA", "备注 Remark"],
    ]
    for r in head:
        ws.append(r)
    ws["B2"].number_format = "yyyy-mm-dd"
    for r in [
        [1, "钴 Cobalt", "Ganzhou Lianxin Cobalt Materials Co., Ltd.", "中国", "CID003512", "合规", "刚果(金)", "是", "经认证的尽职调查"],
        [2, "钴 Cobalt", "衢州鑫钴新材料有限公司 Quzhou Xingu New Materials", "中国", "CID004690", "活跃", "印度尼西亚", "否", "评估预计2026年第三季度"],
        [3, "镍 Nickel", "Konawe Nickel Hydrometallurgy", "印度尼西亚", "CID004233", "合规", "印度尼西亚", "否", ""],
        [4, "锂 Lithium", "宜春锦泰锂盐加工厂 Yichun Jintai Lithium Salt Works", "中国", "", "未参与", "中国 / 澳大利亚", "否", "不在RMI清单内"],
        [5, "锂 Lithium", "Salar Norte Lithium Refinery S.A.", "智利", "CID004120", "合规", "智利", "否", ""],
        [6, "石墨 Graphite", "鸡西恒鑫石墨制品厂 Jixi Hengxin Graphite Products", "中国", "CID004812", "合规", "中国", "否", "天然石墨球化"],
    ]:
        ws.append(r)
    ws.append([])
    ws.append(["注：RMAP状态 — 合规 = Conformant；活跃 = Active；未参与 = Not enrolled。"])
    for col, w in zip("ABCDEFGHI", [12, 14, 46, 12, 12, 14, 18, 14, 26], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def m12_gmm_transparency_statement(C: Corpus) -> None:
    """A PDF titled 'Sourcing Transparency Statement 2026' about mica: scrap collected by small-scale pickers in
    Jharkhand, the CAHRA question answered Yes in a sentence."""
    eff = D(2026, 1, 15)
    fact = mfact("EMRT", "Godavari Mica & Minerals Pvt. Ltd.", eff, ["mica"], ["mica"], artisanal=True)
    path = C.add(GMM, "ESG/Sourcing Transparency Statement 2026.pdf", "minerals", "vendor-transparency-statement",
                 [fact], ["cahra", "artisanal"])
    lk = Look("Sans", 9.4)
    s = [P("GODAVARI MICA & MINERALS PVT. LTD.", lk.centerb),
         P("Plot 17-A, APIIC Industrial Park, Gudur, Tirupati District, Andhra Pradesh 524101, India · CIN U14290AP2009PTC064118", lk.center),
         SP(6), P("Sourcing Transparency Statement 2026", lk.h1),
         P(f"Published {en_long(eff)} · covers financial year 2025-26 · addressed to our customers, including {BUYER}", lk.center),
         SP(4), P("1. What we supply", lk.h2),
         P("We process natural muscovite mica into splittings, mica paper and rigid mica laminates used as thermal "
           "insulation between cells and modules of lithium-ion batteries. Mica is the only mineral of the RMI Extended "
           "Minerals Reporting Template in our products; we use no cobalt, copper, graphite, lithium or nickel.", lk.body),
         P("2. Where our mica comes from", lk.h2),
         TBL(lk, [["Source", "Location", "Share of 2025 intake", "How it is mined or collected"],
                  ["Own mine (Kalichedu block)", "Nellore district, Andhra Pradesh", "58 %", "Mechanised open-cast mine, licensed"],
                  ["Licensed processors", "Bhilwara, Rajasthan", "17 %", "Industrial underground mines"],
                  ["Scrap collection centres", "Koderma and Giridih districts, Jharkhand", "25 %",
                   "Scrap mica picked by hand by small-scale and artisanal collectors from abandoned mine dumps; bought through registered traders"]],
             [38, 46, 26, 64]), SP(2),
         P("3. Risks we have identified", lk.h2),
         P("The Koderma–Giridih belt is recognised as an area of high risk for child labour and unsafe working "
           "conditions. Asked whether any of our mica comes from conflict-affected or high-risk areas, our answer is "
           "therefore Yes: about a quarter of our intake does. We treat this collection as artisanal and small-scale "
           "mining and manage it under our ASM programme (village-level traceability, school enrolment checks, third-party "
           "monitoring by a local NGO).", lk.body),
         P("4. Our processors and their status", lk.h2),
         P("All processing is done in our own Gudur plant. The plant joined the RMI's Responsible Minerals Assurance "
           "Process for mica in 2024 and was found conformant in October 2025 (facility ID CID004955).", lk.body),
         P("5. Policy and management", lk.h2),
         P("Our responsible sourcing policy (rev. 4, aligned with the OECD Due Diligence Guidance) is public at "
           "godavarimica.in/policy. All traders sign our supplier code; corrective actions are tracked monthly.", lk.body),
         SP(6), P("For Godavari Mica & Minerals Pvt. Ltd.\n\nK. Srinivasa Rao\nWhole-time Director", lk.body)]
    pdf(path, s, lk, running(footer_left="GMM/ESG/STS/2026", footer_right="Page {page} of {total}"))


def m13_oew_reporting_ja(C: Corpus) -> None:
    """A Japanese/English Word report titled 'Responsible Minerals Reporting – FY2025' on copper foil; clean."""
    eff = D(2026, 5, 20)
    fact = mfact("EMRT", "Okayama Electrode Works Co., Ltd.", eff, ["copper"], [])
    path = C.add(OEW, "調達/Responsible Minerals Reporting FY2025.docx", "minerals", "vendor-reporting-ja", [fact])
    d = new_docx("MS Mincho", 10)
    docx_header_footer(d, "岡山電極工業株式会社 / Okayama Electrode Works Co., Ltd.", "社外秘ではありません / Not confidential")
    docx_par(d, "責任ある鉱物調達報告 2025年度", bold=True, size=15, align="center")
    docx_par(d, "Responsible Minerals Reporting – FY2025", bold=True, size=12, align="center")
    docx_par(d, "2026年5月20日 / 20 May 2026", align="right")
    docx_par(d, f"{BUYER} 御中")
    docx_par(d, "弊社製品（リチウムイオン電池用電解銅箔）に含まれる鉱物について、下記のとおりご報告いたします。")
    docx_table(d, [
        ["項目 Item", "回答 Answer"],
        ["報告会社 Company", "岡山電極工業株式会社 Okayama Electrode Works Co., Ltd.\n〒701-0221 岡山県岡山市南区藤田 566-12"],
        ["対象期間 Period", "2025年4月1日～2026年3月31日 (FY2025)"],
        ["対象鉱物 Minerals", "銅 Copper（電解銅箔 8 µm / 6 µm）"],
        ["紛争地域・高リスク地域（CAHRA）由来の有無", "いいえ No"],
        ["全ての製錬所を特定しましたか All smelters identified?", "はい Yes（2社）"],
        ["リサイクル原料100%？ 100% recycled?", "いいえ No（再生銅 約30%）"],
        ["責任ある鉱物調達方針 Policy", "はい Yes – 2022年制定、当社ウェブサイトで公開"],
        ["是正措置の管理 Corrective action", "はい Yes"],
    ], bold_first_col=True)
    docx_par(d, "")
    docx_par(d, "製錬所一覧 / Smelters", bold=True)
    docx_table(d, [["金属", "製錬所名 Smelter", "国", "RMI ID", "RMAP"],
                   ["銅 Copper", "瀬戸内銅製錬株式会社 Setouchi Copper Smelting Co., Ltd.", "日本", "CID004402", "適合 Conformant"],
                   ["銅 Copper", "Fundición Cobre del Norte S.A.", "チリ Chile", "CID004418", "適合 Conformant"]])
    docx_par(d, "")
    docx_par(d, "品質保証部 部長  藤原 健一 (Kenichi Fujiwara)  kfujiwara@okayama-electrode.co.jp")
    save_docx(d, path)


def m14_ksz_untitled_pl(C: Corpus) -> None:
    """A Polish/English Word document with no title at all: it opens on a supplier table. Tin and gold only; two tin
    smelters unknown ('Nie' to all identified) and one tin smelter not on the RMI list."""
    eff = D(2026, 8, 3)
    fact = mfact("CMRT", "Kaszuby Connect Sp. z o.o.", eff, ["gold", "tin"], [])
    path = C.add(KSZ, "dokumenty/odpowiedz_SES_2026-08.docx", "minerals", "vendor-untitled-pl", [fact],
                 ["smelter_not_rmap", "minerals_gap"])
    d = new_docx("Calibri", 10)
    docx_table(d, [["Dostawca / Supplier", "Kaszuby Connect Sp. z o.o."],
                   ["Adres / Address", "ul. Przemysłowa 12, 83-300 Kartuzy, Polska"],
                   ["NIP", "589-204-77-31"],
                   ["Odbiorca / Customer", BUYER],
                   ["Wyroby / Products", "szyny prądowe miedziane cynowane i złocone złącza (busbars, tin-plated; gold-plated connectors)"]],
               bold_head=False, bold_first_col=True)
    docx_par(d, "")
    docx_table(d, [
        ["Pytanie / Question", "Odpowiedź / Answer"],
        ["Które metale 3TG występują w wyrobach? / Which 3TG metals are in the products?", "Cyna (powłoki) i złoto (styki). Tantal i wolfram: nie występują / not present."],
        ["Czy huty pozyskują surowce z obszarów CAHRA? / Do smelters source from CAHRAs?", "Nie / No"],
        ["Czy zidentyfikowano wszystkie huty? / All smelters identified?", "Nie / No – 2 z 5 hut cyny dostawców galwanizerni pozostają nieznane"],
        ["Czy polityka odpowiedzialnych zakupów jest wdrożona? / Sourcing policy in place?", "Tak / Yes (od 2024)"],
        ["Czy wymagacie od dostawców należytej staranności OECD? / Do you require OECD due diligence from suppliers?", "Tak / Yes"],
    ])
    docx_par(d, "")
    docx_table(d, [["Metal", "Huta / Smelter", "Kraj / Country", "RMI ID", "Status RMAP"],
                   ["Cyna / Tin", "Sakon Tin Smelting Co., Ltd.", "Tajlandia / Thailand", "CID001955", "zgodna / conformant"],
                   ["Cyna / Tin", "Gejiu Xinhe Tin Industry Co.", "Chiny / China", "—", "brak na liście RMI / not on RMI list"],
                   ["Cyna / Tin", "Fundição de Estanho do Pará S.A.", "Brazylia / Brazil", "CID002488", "zgodna / conformant"],
                   ["Złoto / Gold", "Rhône Valley Precious Metals SA", "Szwajcaria / Switzerland", "CID002215", "zgodna / conformant"]])
    docx_par(d, "")
    docx_par(d, "Brakujące dane o hutach uzupełnimy do końca IV kwartału 2026 r.")
    docx_par(d, f"Kartuzy, {eff.day} {MON_PL_GEN[eff.month - 1]} {eff.year} r.      Agnieszka Wróblewska, Kierownik ds. Jakości")
    save_docx(d, path)


def m15_epd_markdown_email(C: Corpus) -> None:
    """An Italian Markdown e-mail with a table of the EMRT minerals for ESS modules; clean."""
    eff = D(2026, 9, 2)
    fact = mfact("EMRT", "Energia Padana S.p.A.", eff, ["cobalt", "graphite", "lithium", "nickel"], [])
    path = C.add(EPD, "Sostenibilità/mail_minerali_estesi_2026-09-02.md", "minerals", "vendor-markdown-email", [fact])
    text_file(path, """**Da:** Chiara Benedetti <acquisti.sostenibili@energiapadana.it>
**A:** Katharina Hofbauer <k.hofbauer@solvanta-energy.at>
**Data:** 2 settembre 2026, 09:31
**Oggetto:** R: Minerali estesi (cobalto, litio, nichel, grafite) – moduli ESS EP-M48

Gentile dott.ssa Hofbauer,

come richiesto, ecco la nostra dichiarazione sui minerali estesi per i moduli ESS **EP-M48** e **EP-R280**
(Energia Padana S.p.A., Verona), con data di efficacia **02/09/2026**. Il rame (sbarre) e la mica non sono
presenti nei moduli che vi forniamo.

| Minerale  | Presente nel prodotto | Da aree CAHRA | Tutti i raffinatori identificati | Raffinatori RMAP conformi |
|-----------|-----------------------|---------------|----------------------------------|---------------------------|
| Cobalto   | Sì (celle NMC)        | No            | Sì                               | Sì (2 su 2)               |
| Nichel    | Sì (celle NMC)        | No            | Sì                               | Sì (2 su 2)               |
| Litio     | Sì                    | No            | Sì                               | Sì (1 su 1)               |
| Grafite   | Sì (anodo, naturale)  | No            | Sì                               | Sì (1 su 1)               |

- Politica di approvvigionamento responsabile: **sì**, pubblicata su energiapadana.it/sostenibilita
- Questionari ai fornitori: sì, EMRT 2.1 ricevuti dai due fornitori di celle
- Gestione delle azioni correttive: sì

L'elenco dei raffinatori (con gli ID RMI) è nell'allegato *EMRT_fornitori_celle_2026.pdf*.

Cordiali saluti,
Chiara Benedetti
Acquisti sostenibili – Energia Padana S.p.A.
""")


def m16_aev_questionnaire_fr(C: Corpus) -> None:
    """A French Word questionnaire on 3TG with Q/R pairs: tungsten absent, the CAHRA question 'non connu à ce jour'
    (no Yes), artisanal gold miners named by a sub-supplier, no formal policy, smelters not identified."""
    eff = D(2026, 9, 22)
    fact = mfact("CMRT", "Ateliers Électriques du Vercors SAS", eff, ["gold", "tantalum", "tin"], [], artisanal=True)
    path = C.add(AEV, "Achats responsables/Questionnaire minerais 3TG - réponse AEV.docx", "minerals",
                 "vendor-questionnaire-fr", [fact], ["artisanal", "minerals_gap"])
    d = new_docx("Calibri", 10.5)
    docx_par(d, "Questionnaire minerais (étain, tantale, tungstène, or) – réponse fournisseur", bold=True, size=14)
    docx_par(d, f"Fournisseur : Ateliers Électriques du Vercors SAS – Client : {BUYER}")
    pairs = [
        ("Q1. Lesquels des métaux suivants sont présents dans les produits livrés ?",
         "R. Étain (brasures des cartes BMS) : oui. Or (dorure des connecteurs) : oui. Tantale (condensateurs) : oui. "
         "Tungstène : non."),
        ("Q2. Certaines fonderies de votre chaîne s'approvisionnent-elles dans des zones de conflit ou à haut risque ?",
         "R. Non connu à ce jour. Nos fournisseurs de cartes électroniques n'ont pas encore tous répondu."),
        ("Q3. Avez-vous identifié toutes les fonderies et affineries ?",
         "R. Non. Nous connaissons 3 fonderies d'étain sur un nombre estimé à 8."),
        ("Q4. Des mines artisanales ou à petite échelle sont-elles présentes dans la chaîne ?",
         "R. Un fournisseur de connecteurs nous a signalé que l'une des affineries d'or de sa chaîne achète une partie "
         "de son or auprès d'orpailleurs artisanaux (exploitation minière artisanale et à petite échelle) en Amérique du Sud."),
        ("Q5. Disposez-vous d'une politique d'approvisionnement responsable en minerais ?",
         "R. Non, pas de politique formalisée à ce jour."),
        ("Q6. Exigez-vous de vos fournisseurs un devoir de diligence conforme au guide de l'OCDE ?", "R. Non."),
    ]
    for q, r in pairs:
        docx_par(d, q, bold=True)
        docx_par(d, r)
    docx_par(d, "")
    docx_par(d, f"Saint-Égrève, le {fr_long(eff)}")
    docx_par(d, "Mathilde Roux – Acheteuse composants électroniques")
    save_docx(d, path)


MINERALS_DOCS = [m01_hem_emrt_korean, m02_aev_emrt_french_unknown, m03_pcd_cmrt_english, m04_epd_cmrt_italian,
                 m05_msg_own_sheet_pt, m06_tnp_portal_print, m07_kmt_letter, m08_bbs_questionnaire_de,
                 m09_bgq_csv_export, m10_wll_email_txt, m11_stb_smelter_list_zh, m12_gmm_transparency_statement,
                 m13_oew_reporting_ja, m14_ksz_untitled_pl, m15_epd_markdown_email, m16_aev_questionnaire_fr]


# ---------------------------------------------------------------------------------------------------------------
# Contracts (14)
# ---------------------------------------------------------------------------------------------------------------

def c01_tnp_english_schedule(C: Corpus) -> None:
    """English common-law supply agreement; the service levels sit in Schedule 3 (OTD per quarter, liquidated damages
    per complete week with a cap, claim acknowledgement in Business Days). Demurrage, late-payment interest, force
    majeure and termination yield nothing."""
    no, eff = "SES-TNP-2026-014", D(2026, 2, 1)
    facts = [cl("on_time_delivery", no, eff, "Schedule 3, paragraph 1", target=95, unit="%", term=3),
             cl("late_delivery_penalty", no, eff, "Schedule 3, paragraph 2", rate=0.5, cap=5, term=3),
             cl("complaint_acknowledgement", no, eff, "Schedule 3, paragraph 3", target=2, unit="working days", term=3)]
    path = C.add(TNP, "contracts/SES-TNP-2026-014 Supply Agreement (executed).pdf", "contract",
                 "vendor-common-law-schedule", facts)
    lk = Look("Serif", 10, margins=(24, 24, 22, 22))
    cls = lambda n, t: M(f"<b>{esc(n)}</b>&nbsp;&nbsp;{esc(t)}", lk.body)  # noqa: E731
    s = [P("MIXED HYDROXIDE PRECIPITATE SUPPLY AGREEMENT", lk.h1),
         P(f"Agreement No. {no}", lk.center), SP(4),
         P("THIS AGREEMENT is made on 20 January 2026 and takes effect on 1 February 2026 (the \"Effective Date\")", lk.body),
         P("BETWEEN", lk.body),
         P("(1) PT TANJUNG NIKEL PRIMA, a limited liability company established under the laws of the Republic of Indonesia, "
           "whose registered office is at Jl. Raya Pomalaa No. 8, Kolaka, Sulawesi Tenggara, Indonesia (the \"Seller\"); and", lk.body),
         P(f"(2) {BUYER.upper()}, a company incorporated in Austria (FN 512877 p), whose registered office is at {BUYER_ADDR} "
           "(the \"Buyer\").", lk.body),
         P("IT IS AGREED as follows:", lk.body),
         P("1. DEFINITIONS AND INTERPRETATION", lk.h3),
         cls("1.1", "\"Business Day\" means a day other than a Saturday, Sunday or public holiday in Jakarta or Vienna. "
                    "\"Quarter\" means each period of three months beginning on 1 January, 1 April, 1 July and 1 October. "
                    "\"Shipment\" means each lot of Product shipped under a Delivery Schedule."),
         cls("1.2", "The Schedules form part of this Agreement."),
         P("2. TERM", lk.h3),
         cls("2.1", "This Agreement shall continue for an initial term of three (3) years from the Effective Date and shall "
                    "thereafter renew for successive periods of one (1) year unless either party gives not less than one "
                    "hundred and eighty (180) days' written notice of non-renewal."),
         P("3. SUPPLY AND QUANTITIES", lk.h3),
         cls("3.1", "The Seller shall sell and the Buyer shall purchase 6,000 dry metric tonnes of Product per contract year "
                    "(± 10 % at the Seller's option), in monthly Shipments of approximately equal size."),
         P("4. QUALITY", lk.h3),
         cls("4.1", "The Product shall conform to the specification in Schedule 1 (Ni ≥ 39.0 %, Co ≥ 3.5 %, moisture ≤ 45 %)."),
         cls("4.2", "The Buyer shall notify any quality claim within thirty (30) days of arrival of the Shipment at the "
                    "discharge port, supported by an umpire analysis where the parties' results differ by more than 0.5 % Ni."),
         P("5. DELIVERY", lk.h3),
         cls("5.1", "Deliveries shall be CIF Koper (Incoterms® 2020). The Seller shall meet the service levels in Schedule 3."),
         cls("5.2", "Laytime at the discharge port shall be 72 hours SHINC; demurrage, if any, shall be paid by the Buyer at "
                    "the rate stated in the charter party, half rate for laytime saved."),
         P("6. PRICE", lk.h3),
         cls("6.1", "The price per dry metric tonne shall be the payable nickel content multiplied by the average of the "
                    "LME official cash settlement price during the Quotational Period, multiplied by the payable "
                    "percentage of 82 %, plus payable cobalt at 70 % of the Fastmarkets standard grade mid price."),
         cls("6.2", "The payable percentages shall be reviewed each 1 January by reference to the market benchmark and "
                    "adjusted by agreement; failing agreement, the prior year's percentages apply."),
         P("7. PAYMENT", lk.h3),
         cls("7.1", "The Buyer shall pay 90 % of the provisional value within five (5) Business Days of presentation of the "
                    "shipping documents and the balance on final invoice."),
         cls("7.2", "Any amount not paid when due shall bear interest at Term SOFR plus two per cent (2 %) per annum from "
                    "the due date until the date of payment."),
         P("8. FORCE MAJEURE", lk.h3),
         cls("8.1", "Neither party shall be liable for failure to perform caused by an event beyond its reasonable control. "
                    "If such event continues for more than ninety (90) days, either party may terminate the affected Shipments."),
         P("9. CONFIDENTIALITY", lk.h3),
         cls("9.1", "Each party shall keep the terms of this Agreement confidential for five (5) years after its expiry."),
         P("10. TERMINATION", lk.h3),
         cls("10.1", "Either party may terminate this Agreement by written notice with immediate effect if the other party "
                     "commits a material breach which is not remedied within thirty (30) days of notice."),
         P("11. GOVERNING LAW", lk.h3),
         cls("11.1", "This Agreement is governed by English law. Disputes shall be finally resolved by arbitration under the "
                     "LCIA Rules, seat London."),
         SP(4),
         P("SCHEDULE 3 – SERVICE LEVELS", lk.h2),
         cls("1.", "On-Time Delivery. The Seller shall achieve, in each Quarter, an On-Time Delivery rate of not less than "
                   "ninety-five per cent (95 %), being the number of Shipments loaded within the agreed laycan divided by "
                   "the number of Shipments scheduled in that Quarter."),
         cls("2.", "Liquidated damages. If a Shipment is loaded after the last day of its laycan for reasons attributable to "
                   "the Seller, the Seller shall pay liquidated damages of zero point five per cent (0.5 %) of the "
                   "provisional value of that Shipment for each complete week of delay, subject to a maximum of five per "
                   "cent (5 %) of that value. The parties agree that such sums are a genuine pre-estimate of loss."),
         cls("3.", "Quality claims. The Seller shall acknowledge each quality claim notified under clause 4.2 within two (2) "
                   "Business Days and propose a settlement within fifteen (15) Business Days."),
         cls("4.", "Review. The Service Levels shall be reviewed by the parties' commercial managers once a year."),
         SP(8),
         KV(lk, [("Signed for and on behalf of PT Tanjung Nikel Prima", "Hendra Gunawan, President Director"),
                 (f"Signed for and on behalf of {BUYER}", "Mag. Andrea Lechner, Managing Director")], widths=(85, 75),
            grid=False)]
    pdf(path, s, lk, running(header_right=f"Agreement No. {no}", footer_center="{page}"))


def c02_bbs_german_paragraphs(C: Corpus) -> None:
    """German framework supply agreement in § style: Liefertermintreue, Vertragsstrafe per started week capped at
    50 ‰, ppm, Erstreaktion and 8D, Verjährungsfrist, Änderungsanzeige six months ahead. Skonto, Kündigung and
    Geheimhaltung yield nothing."""
    no, eff = "RLV-2025-0318", D(2025, 10, 1)
    facts = [cl("on_time_delivery", no, eff, "§ 5 (2)", target=98, unit="%"),
             cl("late_delivery_penalty", no, eff, "§ 5 (3)", rate=0.3, cap=5),
             cl("defect_ppm", no, eff, "§ 7 (2)", target=25, unit="ppm"),
             cl("complaint_acknowledgement", no, eff, "§ 7 (4)", target=24, unit="hours"),
             cl("report_8d", no, eff, "§ 7 (4)", target=10, unit="working days"),
             cl("warranty", no, eff, "§ 8 (1)", target=3, unit="years"),
             cl("change_notice", no, eff, "§ 11 (1)", target=6, unit="months")]
    path = C.add(BBS, "Verträge/Rahmenliefervertrag RLV-2025-0318 Brandauer.docx", "contract", "vendor-de-paragraphs",
                 facts)
    d = new_docx("Arial", 10)
    docx_header_footer(d, f"Rahmenliefervertrag Nr. {no}", "Vertraulich – Seite 1 von 4")
    docx_par(d, "Rahmenliefervertrag", bold=True, size=16, align="center")
    docx_par(d, f"Nr. {no}", align="center")
    docx_par(d, "zwischen")
    docx_par(d, f"{BUYER}, {BUYER_ADDR} – nachfolgend „Auftraggeber“ –")
    docx_par(d, "und")
    docx_par(d, "Brandauer Batteriesysteme GmbH, Gewerbepark Süd 9, 94036 Passau – nachfolgend „Lieferant“ –")
    paras: list[tuple[str, list[str]]] = [
        ("§ 1 Gegenstand", ["(1) Dieser Vertrag regelt die Lieferung von Batteriemodulen BM-48-280 und Batteriepacks BP-400 auf Grundlage einzelner Abrufe."]),
        ("§ 2 Vertragsbeginn und Laufzeit", ["(1) Der Vertrag tritt mit Wirkung zum 1. Oktober 2025 in Kraft und läuft auf unbestimmte Zeit.",
                                             "(2) Er kann von jeder Partei mit einer Frist von sechs Monaten zum Ende eines Kalenderjahres gekündigt werden."]),
        ("§ 5 Liefertermine, Liefertermintreue, Vertragsstrafe", [
            "(1) Die in den Abrufen genannten Liefertermine sind verbindlich. Maßgeblich ist der Eingang der Ware im Werk Graz.",
            "(2) Der Lieferant gewährleistet eine Liefertermintreue von mindestens 98 % je Kalendermonat, gemessen als Anteil der termingerecht (0 Tage zu früh bis 0 Tage zu spät) eingegangenen Abrufpositionen.",
            "(3) Gerät der Lieferant in Verzug, schuldet er für jede angefangene Woche des Verzugs eine Vertragsstrafe von 0,3 % des Netto-Bestellwerts der verspäteten Lieferung, insgesamt höchstens jedoch 50 ‰ (fünfzig Promille) dieses Bestellwerts. Die Geltendmachung eines weitergehenden Schadens bleibt vorbehalten; die Vertragsstrafe wird darauf angerechnet.",
        ]),
        ("§ 7 Qualität", [
            "(1) Der Lieferant unterhält ein nach IATF 16949 zertifiziertes Qualitätsmanagementsystem.",
            "(2) Ziel ist die Null-Fehler-Lieferung. Als Höchstwert vereinbaren die Parteien 25 ppm (fehlerhafte Teile je Million gelieferter Teile), gleitend über drei Monate.",
            "(3) Der Auftraggeber prüft Wareneingänge nur auf äußerlich erkennbare Transportschäden und Identität.",
            "(4) Auf jede Reklamation reagiert der Lieferant binnen 24 Stunden mit Sofortmaßnahmen; den vollständigen 8D-Bericht legt er binnen 10 Arbeitstagen vor.",
        ]),
        ("§ 8 Mängelhaftung", ["(1) Die Verjährungsfrist für Mängelansprüche beträgt drei (3) Jahre ab Auslieferung an den Endkunden des Auftraggebers, längstens 42 Monate ab Lieferung an den Auftraggeber."]),
        ("§ 10 Preise und Zahlung", ["(1) Die Preise sind Festpreise für das jeweilige Kalenderjahr.",
                                     "(2) Zahlung innerhalb von 14 Tagen mit 3 % Skonto oder innerhalb von 60 Tagen netto. Bei Zahlungsverzug gelten die gesetzlichen Verzugszinsen."]),
        ("§ 11 Änderungen", ["(1) Produkt- und Prozessänderungen, Standortverlagerungen und der Wechsel von Unterlieferanten sind dem Auftraggeber mindestens sechs Monate vor ihrer Umsetzung schriftlich anzuzeigen und bedürfen seiner Freigabe."]),
        ("§ 12 Geheimhaltung", ["(1) Die Parteien behandeln alle Informationen aus diesem Vertrag während seiner Laufzeit und fünf Jahre danach vertraulich."]),
        ("§ 14 Schlussbestimmungen", ["(1) Es gilt österreichisches Recht unter Ausschluss des UN-Kaufrechts. Gerichtsstand ist Graz."]),
    ]
    for head, items in paras:
        docx_par(d, head, bold=True)
        for it in items:
            docx_par(d, it)
    docx_par(d, "")
    docx_table(d, [["Graz, 22.09.2025", "Passau, 24.09.2025"],
                   [f"{BUYER}\nMag. Andrea Lechner, Geschäftsführerin", "Brandauer Batteriesysteme GmbH\nDr. Florian Brandauer, Geschäftsführer"]],
               bold_head=False, style="")
    save_docx(d, path)


def c03_aev_french_articles(C: Corpus) -> None:
    """French framework contract in articles: taux de service, pénalités per calendar day of one per mille capped at
    one-twentieth, a warranty in years, cycles and residual capacity. Article 11's 'pénalités de retard' are
    late-payment interest and yield nothing."""
    no, eff = "SES-AEV-CC-2026-02", D(2026, 3, 1)
    facts = [cl("on_time_delivery", no, eff, "Article 6.1", target=96, unit="%", term=3),
             cl("late_delivery_penalty", no, eff, "Article 6.3", rate=0.1, cap=5, term=3),
             cl("warranty", no, eff, "Article 9.1", target=8, unit="years", cycles=4000, retention=70, term=3)]
    path = C.add(AEV, "Contrats/Contrat-cadre SES-AEV-CC-2026-02 signé.pdf", "contract", "vendor-fr-articles", facts)
    lk = Look("Serif", 10, margins=(25, 22, 22, 22))
    art = lambda t: P(t, lk.h3)  # noqa: E731
    s = [P("CONTRAT-CADRE D'APPROVISIONNEMENT", lk.h1), P(f"n° {no}", lk.center), SP(3),
         P("ENTRE LES SOUSSIGNÉS :", lk.body),
         P(f"{BUYER}, société de droit autrichien, dont le siège est situé {BUYER_ADDR}, représentée par Mme Andrea Lechner, "
           "gérante, ci-après « le Client »,", lk.body),
         P("ET", lk.body),
         P("Ateliers Électriques du Vercors SAS, au capital de 1 200 000 €, immatriculée au RCS de Grenoble sous le n° 852 114 907, "
           "dont le siège est ZA des Iles, 12 rue des Glaciers, 38120 Saint-Égrève, représentée par M. Olivier Garnier, "
           "directeur général délégué, ci-après « le Fournisseur ».", lk.body),
         art("Article 1 – Objet"),
         P("Le présent contrat a pour objet la fourniture de packs batteries AEV-P52 et AEV-P96 destinés aux systèmes de stockage du Client.", lk.body),
         art("Article 2 – Entrée en vigueur et durée"),
         P("Le contrat prend effet le 1er mars 2026 pour une durée de trois (3) ans. Il se renouvelle ensuite par tacite reconduction "
           "par périodes d'un an, sauf dénonciation par lettre recommandée avec un préavis de six (6) mois.", lk.body),
         art("Article 6 – Délais de livraison"),
         P("6.1 Le Fournisseur s'engage sur un taux de service d'au moins 96 %, calculé chaque mois comme le rapport entre les lignes "
           "de commande livrées complètes à la date convenue et l'ensemble des lignes dues.", lk.body),
         P("6.2 Tout retard prévisible est notifié au Client par écrit dès sa connaissance.", lk.body),
         P("6.3 En cas de retard de livraison imputable au Fournisseur, le Client pourra appliquer, sans mise en demeure préalable, "
           "une pénalité d'un pour mille (1 ‰) du montant hors taxes de la commande concernée par jour calendaire de retard. "
           "Le montant cumulé des pénalités est plafonné à un vingtième (1/20) de la valeur hors taxes de ladite commande.", lk.body),
         art("Article 9 – Garantie"),
         P("9.1 Le Fournisseur garantit les packs pendant huit (8) ans à compter de leur mise en service ou 4 000 cycles complets "
           "équivalents, selon la première échéance atteinte. Pendant cette période, la capacité résiduelle ne sera pas inférieure "
           "à 70 % de la capacité nominale.", lk.body),
         art("Article 11 – Prix et conditions de paiement"),
         P("11.1 Les factures sont payables à quarante-cinq (45) jours fin de mois.", lk.body),
         P("11.2 Pénalités de retard : toute somme non payée à l'échéance donne lieu de plein droit à des pénalités de retard "
           "égales à trois fois le taux d'intérêt légal, ainsi qu'à une indemnité forfaitaire pour frais de recouvrement de 40 €.", lk.body),
         art("Article 13 – Confidentialité"),
         P("Les parties s'engagent à garder confidentielles les informations échangées pendant la durée du contrat et cinq ans après.", lk.body),
         art("Article 15 – Résiliation"),
         P("En cas de manquement grave non réparé dans un délai de trente (30) jours après mise en demeure, la partie lésée pourra "
           "résilier le contrat de plein droit.", lk.body),
         SP(6),
         KV(lk, [("Fait à Graz, le 20 février 2026", "Fait à Saint-Égrève, le 23 février 2026"),
                 ("Pour le Client\nAndrea Lechner", "Pour le Fournisseur\nOlivier Garnier")], widths=(80, 80), grid=False)]
    pdf(path, s, lk, running(footer_left=f"Contrat-cadre {no}", footer_right="Paraphes : ____ / ____     {page}/{total}"))


def c04_bgq_spanish_clausulas(C: Corpus) -> None:
    """Spanish supply contract in cláusulas with ordinal headings and numbered apartados: penalty per week or
    fraction capped at eight per cent (in words and figures), ppm; a bonus for over-performance and a price
    revision yield nothing."""
    no, eff = "SES-BGQ-2025-11", D(2025, 12, 1)
    facts = [cl("on_time_delivery", no, eff, "Cláusula Séptima, apartado 7.1", target=97, unit="%", term=2),
             cl("late_delivery_penalty", no, eff, "Cláusula Séptima, apartado 7.3", rate=1, cap=8, term=2),
             cl("defect_ppm", no, eff, "Cláusula Octava, apartado 8.2", target=150, unit="ppm", term=2)]
    path = C.add(BGQ, "Contratos/Contrato de suministro SES-BGQ-2025-11.docx", "contract", "vendor-es-clausulas", facts)
    d = new_docx("Times New Roman", 11)
    docx_par(d, "CONTRATO DE SUMINISTRO", bold=True, size=15, align="center")
    docx_par(d, f"N.º {no}", align="center")
    docx_par(d, "En Sevilla, a 14 de noviembre de 2025")
    docx_par(d, "REUNIDOS", bold=True, align="center")
    docx_par(d, f"De una parte, {BUYER}, con domicilio en {BUYER_ADDR} (en adelante, el «Comprador»), representada por Dña. Andrea Lechner.")
    docx_par(d, "De otra parte, Baterías del Guadalquivir, S.A., con domicilio en Polígono Industrial La Isla, C/ Río Viejo 31, 41703 Dos Hermanas (Sevilla), "
                "con CIF A-41876230 (en adelante, el «Proveedor»), representada por D. Álvaro Pineda Ruiz, consejero delegado.")
    docx_par(d, "Ambas partes se reconocen capacidad legal suficiente y, a tal efecto,")
    docx_par(d, "ACUERDAN", bold=True, align="center")
    items = [
        ("PRIMERA.- OBJETO", ["1.1 El Proveedor suministrará al Comprador packs de baterías de la serie BGQ-ESS-L (LFP, 51,2 V) según los pedidos que éste emita."]),
        ("SEGUNDA.- VIGENCIA", ["2.1 El presente contrato entrará en vigor el 1 de diciembre de 2025 y tendrá una duración de dos (2) años, prorrogable por acuerdo expreso de las partes."]),
        ("SÉPTIMA.- PLAZOS DE ENTREGA Y PENALIZACIONES", [
            "7.1 El Proveedor se compromete a alcanzar un índice de cumplimiento de plazos de entrega de al menos el noventa y siete por ciento (97 %), medido trimestralmente.",
            "7.2 Se considera entregado a tiempo el pedido recibido en el almacén del Comprador entre dos días antes y cero días después de la fecha confirmada.",
            "7.3 Por cada semana o fracción de retraso imputable al Proveedor, éste abonará una penalización del uno por ciento (1 %) del valor del pedido afectado, con un máximo del ocho por ciento (8 %) de dicho valor.",
            "7.4 Bonificación: si el índice de cumplimiento supera el 99 % durante cuatro trimestres consecutivos, el Comprador abonará al Proveedor una bonificación del 0,5 % de la facturación del último trimestre.",
        ]),
        ("OCTAVA.- CALIDAD", [
            "8.1 Los productos cumplirán las especificaciones técnicas del Anexo I.",
            "8.2 El índice de defectos no será superior a 150 ppm, calculado sobre las unidades entregadas en los últimos doce meses.",
        ]),
        ("DÉCIMA.- PRECIO Y REVISIÓN", [
            "10.1 Los precios se revisarán semestralmente en función de la variación del índice de carbonato de litio publicado por Fastmarkets; una variación inferior al 5 % no dará lugar a revisión.",
            "10.2 El pago se efectuará a 60 días fecha factura. El Comprador podrá aplicar un descuento por pronto pago del 1,5 % si paga en 10 días.",
        ]),
        ("DECIMOTERCERA.- CONFIDENCIALIDAD", ["13.1 Las partes guardarán secreto sobre el contenido del presente contrato durante su vigencia y tres años después."]),
        ("DECIMOQUINTA.- RESOLUCIÓN", ["15.1 Cualquiera de las partes podrá resolver el contrato con un preaviso de tres (3) meses."]),
    ]
    for head, paras in items:
        docx_par(d, f"CLÁUSULA {head}", bold=True)
        for p in paras:
            docx_par(d, p)
    docx_par(d, "Y en prueba de conformidad, firman el presente contrato por duplicado en el lugar y fecha indicados.")
    docx_table(d, [["El Comprador", "El Proveedor"], ["Fdo.: Andrea Lechner", "Fdo.: Álvaro Pineda Ruiz"]], style="")
    save_docx(d, path)


def c05_epd_italian_articles(C: Corpus) -> None:
    """Italian framework contract: penale of 1 per mille per working day capped at 10 %, a ten-year warranty with
    cycles and SoH, a change notice of 180 days. Forza maggiore and recesso yield nothing."""
    no, eff = "SES-EPD-2026/07", D(2026, 7, 1)
    facts = [cl("late_delivery_penalty", no, eff, "Art. 8.2", rate=0.1, cap=10, term=4),
             cl("warranty", no, eff, "Art. 11.1", target=10, unit="years", cycles=6000, retention=70, term=4),
             cl("change_notice", no, eff, "Art. 12.2", target=180, unit="days", term=4)]
    path = C.add(EPD, "Contratti/Contratto quadro SES-EPD-2026-07.pdf", "contract", "vendor-it-articoli", facts)
    lk = Look("Sans", 9.4)
    a = lambda t: P(t, lk.h3)  # noqa: E731
    s = [P("CONTRATTO QUADRO DI FORNITURA", lk.h1), P(f"n. {no}", lk.center), SP(3),
         P("tra", lk.center),
         P(f"{BUYER}, con sede in {BUYER_ADDR} (di seguito «Committente»)", lk.body),
         P("e", lk.center),
         P("Energia Padana S.p.A., con sede legale in Via dell'Artigianato 19, 37135 Verona, P. IVA IT03918560236, in persona "
           "dell'amministratore delegato ing. Paolo Zanella (di seguito «Fornitore»)", lk.body),
         a("Art. 1 – Oggetto"),
         P("Il Fornitore si impegna a fornire moduli e rack di accumulo EP-M48 ed EP-R280 secondo gli ordini di acquisto del Committente.", lk.body),
         a("Art. 3 – Durata"),
         P("Il presente contratto ha efficacia con decorrenza dal 1° luglio 2026 e durata di quattro (4) anni.", lk.body),
         a("Art. 8 – Termini di consegna e penali"),
         P("8.1 I termini di consegna indicati negli ordini sono essenziali.", lk.body),
         P("8.2 Per ogni giorno lavorativo di ritardo nella consegna rispetto al termine pattuito, il Fornitore corrisponderà una "
           "penale pari all'1 per mille (1‰) del valore netto dell'ordine, fino a un massimo complessivo del 10% del valore "
           "dell'ordine stesso. È fatto salvo il risarcimento del maggior danno.", lk.body),
         a("Art. 11 – Garanzia"),
         P("11.1 Il Fornitore garantisce i moduli per dieci (10) anni dalla messa in servizio o per 6.000 cicli equivalenti, "
           "se raggiunti prima, con uno stato di salute (SoH) non inferiore al 70% della capacità nominale.", lk.body),
         P("11.2 Sono esclusi dalla garanzia i danni causati da uso improprio o da condizioni ambientali fuori specifica.", lk.body),
         a("Art. 12 – Modifiche di prodotto e di processo"),
         P("12.1 Nessuna modifica può essere introdotta senza il consenso scritto del Committente.", lk.body),
         P("12.2 Il Fornitore comunica per iscritto ogni modifica di prodotto, di processo o di sub-fornitore con un preavviso di "
           "almeno 180 giorni rispetto alla prima consegna interessata.", lk.body),
         a("Art. 14 – Pagamenti"),
         P("Pagamento a 90 giorni data fattura fine mese. In caso di ritardato pagamento si applicano gli interessi moratori di cui "
           "al D.Lgs. 231/2002.", lk.body),
         a("Art. 16 – Forza maggiore"),
         P("Nessuna parte è responsabile per inadempimenti dovuti a cause di forza maggiore, purché notificate entro 5 giorni.", lk.body),
         a("Art. 18 – Recesso"),
         P("Ciascuna parte può recedere dal contratto con preavviso scritto di sei (6) mesi.", lk.body),
         SP(6),
         P("Verona / Graz, 16 giugno 2026", lk.body),
         KV(lk, [("Il Committente", "Il Fornitore"), ("Andrea Lechner", "ing. Paolo Zanella")], widths=(80, 80), grid=False),
         SP(4),
         P("Ai sensi degli artt. 1341 e 1342 c.c. il Fornitore approva specificamente gli artt. 8, 11, 16 e 18.", lk.small)]
    pdf(path, s, lk, running(header_left="Energia Padana S.p.A.", header_right=f"Contratto quadro {no}",
                             footer_right="pag. {page} di {total}"))


def c06_msg_portuguese_clausulas(C: Corpus) -> None:
    """Brazilian Portuguese supply contract: a multa of 0.2 % per day limited to an amount in reais (cap null),
    complaint response in hours, an 8D report in calendar days. Reajuste by IPCA and juros de mora yield nothing."""
    no, eff = "SES-MSG-2026-003", D(2026, 1, 15)
    facts = [cl("late_delivery_penalty", no, eff, "Cláusula Quinta, item 5.2", rate=0.2, cap=None, term=5),
             cl("complaint_acknowledgement", no, eff, "Cláusula Sexta, item 6.3", target=48, unit="hours", term=5),
             cl("report_8d", no, eff, "Cláusula Sexta, item 6.4", target=15, unit="days", term=5)]
    path = C.add(MSG, "Contratos/Contrato SES-MSG-2026-003 grafite natural.docx", "contract", "vendor-pt-clausulas",
                 facts)
    d = new_docx("Calibri", 10.5)
    docx_par(d, "CONTRATO DE FORNECIMENTO DE GRAFITE NATURAL", bold=True, size=14, align="center")
    docx_par(d, f"Contrato n.º {no}", align="center")
    docx_par(d, f"CONTRATANTE: {BUYER}, com sede em {BUYER_ADDR}.")
    docx_par(d, "CONTRATADA: Mineração Seridó Grafite Ltda., inscrita no CNPJ sob o n.º 27.481.093/0001-62, com sede na Rodovia RN-118, km 34, Currais Novos – RN.")
    clauses = [
        ("CLÁUSULA PRIMEIRA – DO OBJETO", ["1.1 Fornecimento de grafite esférico purificado SG-99-SPH e concentrado SG-94-F conforme especificação do Anexo I."]),
        ("CLÁUSULA SEGUNDA – DA VIGÊNCIA", ["2.1 O presente contrato vigorará pelo prazo de 5 (cinco) anos, a contar de 15 de janeiro de 2026."]),
        ("CLÁUSULA QUINTA – DOS PRAZOS DE ENTREGA", [
            "5.1 As entregas serão FCA Porto de Natal, nas datas do cronograma mensal.",
            "5.2 O atraso na entrega sujeitará a CONTRATADA à multa moratória de 0,2% (dois décimos por cento) do valor da remessa em atraso, por dia de atraso, limitada a R$ 250.000,00 (duzentos e cinquenta mil reais) por remessa.",
        ]),
        ("CLÁUSULA SEXTA – DA QUALIDADE", [
            "6.1 Cada remessa será acompanhada de certificado de análise.",
            "6.2 A CONTRATANTE comunicará eventuais não conformidades por escrito.",
            "6.3 A CONTRATADA dará resposta inicial a toda reclamação de qualidade em até 48 (quarenta e oito) horas.",
            "6.4 O relatório 8D completo será apresentado em até 15 (quinze) dias corridos do recebimento da reclamação.",
        ]),
        ("CLÁUSULA NONA – DO REAJUSTE", ["9.1 Os preços serão reajustados anualmente, na data de aniversário do contrato, pela variação acumulada do IPCA."]),
        ("CLÁUSULA DÉCIMA – DO PAGAMENTO", ["10.1 Pagamento em 60 dias da data de embarque. O atraso no pagamento acarretará juros de mora de 1% (um por cento) ao mês e multa de 2%."]),
        ("CLÁUSULA DÉCIMA SEGUNDA – DA RESCISÃO", ["12.1 Qualquer das partes poderá rescindir o contrato mediante aviso prévio de 180 (cento e oitenta) dias."]),
    ]
    for head, paras in clauses:
        docx_par(d, head, bold=True)
        for p in paras:
            docx_par(d, p)
    docx_par(d, "Currais Novos, 8 de janeiro de 2026.")
    docx_table(d, [["CONTRATANTE", "CONTRATADA"], ["Andrea Lechner", "Rodrigo Medeiros Dantas – Diretor Presidente"],
                   ["Testemunha 1: ______________", "Testemunha 2: ______________"]], style="")
    save_docx(d, path)


def c07_ksz_polish_paragraphs(C: Corpus) -> None:
    """Polish framework agreement in § and ust.: terminowość, kara umowna per started working day, ppm, complaint
    confirmation in one working day. Poufność and rozwiązanie yield nothing."""
    no, eff = "SES/KSZ/2026/05", D(2026, 4, 1)
    facts = [cl("on_time_delivery", no, eff, "§ 6 ust. 1", target=95, unit="%"),
             cl("late_delivery_penalty", no, eff, "§ 6 ust. 3", rate=0.25, cap=10),
             cl("defect_ppm", no, eff, "§ 7 ust. 2", target=50, unit="ppm"),
             cl("complaint_acknowledgement", no, eff, "§ 7 ust. 4", target=1, unit="working days")]
    path = C.add(KSZ, "umowy/Umowa ramowa SES-KSZ-2026-05.pdf", "contract", "vendor-pl-paragraphs", facts)
    lk = Look("Sans", 9.4)
    sec = lambda t: P(t, lk.h3)  # noqa: E731
    s = [P("UMOWA RAMOWA DOSTAW", lk.h1), P(f"nr {no}", lk.center),
         P("zawarta w dniu 18 marca 2026 r. pomiędzy:", lk.body),
         P(f"{BUYER}, {BUYER_ADDR}, zwaną dalej „Zamawiającym”,", lk.body),
         P("a Kaszuby Connect Sp. z o.o. z siedzibą w Kartuzach, ul. Przemysłowa 12, 83-300 Kartuzy, KRS 0000731184, NIP 589-204-77-31, "
           "reprezentowaną przez Prezesa Zarządu Tomasza Kreft, zwaną dalej „Dostawcą”.", lk.body),
         sec("§ 1 Przedmiot umowy"),
         P("Przedmiotem umowy są dostawy szyn prądowych KC-BB-250 i KC-BB-400 oraz złączy KC-HV-12 na podstawie zamówień.", lk.body),
         sec("§ 2 Okres obowiązywania"),
         P("Umowa obowiązuje od dnia 1 kwietnia 2026 r. i zostaje zawarta na czas nieokreślony.", lk.body),
         sec("§ 6 Terminowość dostaw"),
         P("1. Dostawca zapewni wskaźnik terminowości dostaw na poziomie co najmniej 95% w ujęciu miesięcznym.", lk.body),
         P("2. Za dostawę terminową uważa się dostawę zrealizowaną w dniu wskazanym w zamówieniu, w pełnej ilości.", lk.body),
         P("3. W przypadku zwłoki w dostawie Dostawca zapłaci karę umowną w wysokości 0,25% wartości netto zamówienia za każdy "
           "rozpoczęty dzień roboczy zwłoki, nie więcej jednak niż 10% wartości netto tego zamówienia.", lk.body),
         sec("§ 7 Jakość i reklamacje"),
         P("1. Dostawca utrzymuje system zarządzania jakością zgodny z IATF 16949.", lk.body),
         P("2. Dopuszczalny poziom wad wynosi 50 ppm w okresie kroczących 12 miesięcy.", lk.body),
         P("3. Reklamacje zgłaszane są pocztą elektroniczną na adres reklamacje@kaszuby-connect.pl.", lk.body),
         P("4. Dostawca potwierdzi przyjęcie reklamacji w ciągu 1 dnia roboczego od jej zgłoszenia.", lk.body),
         sec("§ 9 Poufność"),
         P("Strony zobowiązują się do zachowania w tajemnicy informacji uzyskanych w związku z umową przez okres 5 lat od jej rozwiązania.", lk.body),
         sec("§ 10 Płatności"),
         P("Zapłata nastąpi w terminie 60 dni od daty doręczenia faktury. Za opóźnienie w zapłacie Dostawcy przysługują odsetki ustawowe za opóźnienie w transakcjach handlowych.", lk.body),
         sec("§ 12 Rozwiązanie umowy"),
         P("Każda ze Stron może rozwiązać umowę z zachowaniem trzymiesięcznego okresu wypowiedzenia ze skutkiem na koniec miesiąca kalendarzowego.", lk.body),
         SP(8),
         KV(lk, [("ZAMAWIAJĄCY", "DOSTAWCA"), ("Andrea Lechner", "Tomasz Kreft, Prezes Zarządu")], widths=(80, 80), grid=False)]
    pdf(path, s, lk, running(footer_center="Strona {page} z {total}"))


def c08_oew_japanese_articles(C: Corpus) -> None:
    """Japanese basic transaction agreement (第N条, 第N項): delay damages per day capped at one-tenth of the order
    amount, a ppm target, 90 days' change notice. Confidentiality and payment terms yield nothing."""
    no, eff = "SES-OEW-2025-22", D(2025, 10, 1)
    facts = [cl("late_delivery_penalty", no, eff, "第10条第2項", rate=0.1, cap=10, term=1),
             cl("defect_ppm", no, eff, "第13条第1項", target=20, unit="ppm", term=1),
             cl("change_notice", no, eff, "第15条第1項", target=90, unit="days", term=1)]
    path = C.add(OEW, "契約/取引基本契約書_SES-OEW-2025-22.docx", "contract", "vendor-ja-articles", facts)
    d = new_docx("MS Mincho", 10.5)
    docx_par(d, "取引基本契約書", bold=True, size=16, align="center")
    docx_par(d, f"契約番号：{no}", align="right")
    docx_par(d, f"{BUYER}（以下「甲」という。）と岡山電極工業株式会社（以下「乙」という。）とは、乙が甲に供給するリチウムイオン電池用電解銅箔の取引に関し、次のとおり契約を締結する。")
    arts = [
        ("第1条（目的）", ["本契約は、甲乙間の個別取引に共通して適用される基本的事項を定める。"]),
        ("第10条（納期遅延）", ["1 乙は、納期までに目的物を納入できないおそれがあるときは、直ちに甲に通知しなければならない。",
                              "2 乙の責めに帰すべき事由により納期が遅延したときは、乙は、遅延日数1日につき当該注文金額の0.1%に相当する遅延損害金を甲に支払う。ただし、その総額は当該注文金額の10分の1を上限とする。"]),
        ("第13条（品質目標）", ["1 乙は、納入品の不良率を20ppm以下とすることを目標とし、毎月その実績を甲に報告する。",
                              "2 前項の目標を達成できない月が続いた場合、乙は改善計画書を提出する。"]),
        ("第15条（変更管理）", ["1 乙は、材料、製造工程、製造場所又は外注先を変更しようとするときは、変更の90日前までに書面で甲に通知し、甲の承認を得なければならない。"]),
        ("第20条（秘密保持）", ["甲及び乙は、本契約に関して知り得た相手方の秘密情報を、本契約終了後3年間、第三者に開示してはならない。"]),
        ("第22条（支払条件）", ["甲は、毎月末日締めで検収した目的物の代金を、翌々月10日に乙の指定する口座に振り込む。支払が遅延した場合は年3%の遅延利息を付す。"]),
        ("第25条（有効期間）", ["本契約は、2025年10月1日から効力を生じ、有効期間は1年間とする。期間満了の3か月前までにいずれからも申出がないときは、同一条件で1年間更新し、以後も同様とする。"]),
    ]
    for head, paras in arts:
        docx_par(d, head, bold=True)
        for p in paras:
            docx_par(d, p)
    docx_par(d, "本契約の成立を証するため、本書2通を作成し、甲乙記名押印のうえ各1通を保有する。")
    docx_par(d, "2025年9月25日")
    docx_table(d, [["甲", f"{BUYER}\nManaging Director  Andrea Lechner"],
                   ["乙", "岡山県岡山市南区藤田566-12\n岡山電極工業株式会社\n代表取締役社長  三宅 隆 　㊞"]],
               bold_head=False, style="")
    save_docx(d, path)


def c09_hem_korean_articles(C: Corpus) -> None:
    """Korean cathode supply contract (제N조 제N항): 지체상금 of 1.5/1000 per day capped at 100분의 10, OTD, ppm, six
    months' change notice. Late-payment interest, confidentiality and force majeure yield nothing."""
    no, eff = "SES-HEM-2026-01", D(2026, 1, 1)
    facts = [cl("late_delivery_penalty", no, eff, "제8조 제1항", rate=0.15, cap=10, term=3),
             cl("on_time_delivery", no, eff, "제9조 제1항", target=98, unit="%", term=3),
             cl("defect_ppm", no, eff, "제12조 제2항", target=100, unit="ppm", term=3),
             cl("change_notice", no, eff, "제15조 제1항", target=6, unit="months", term=3)]
    path = C.add(HEM, "계약서/양극재 공급계약서_SES-HEM-2026-01.docx", "contract", "vendor-ko-articles", facts)
    d = new_docx("Malgun Gothic", 10)
    docx_par(d, "양극재 공급계약서", bold=True, size=16, align="center")
    docx_par(d, f"계약번호: {no}", align="right")
    docx_par(d, f"{BUYER}(이하 \"갑\"이라 한다)와 화성에너지머티리얼즈 주식회사(Hwaseong Energy Materials Co., Ltd., 이하 \"을\"이라 한다)는 양극활물질의 공급에 관하여 다음과 같이 계약을 체결한다.")
    arts = [
        ("제1조 (목적)", ["본 계약은 을이 갑에게 NCM 양극활물질(HEM-N811-A, HEM-N90-S)을 공급함에 있어 필요한 사항을 정함을 목적으로 한다."]),
        ("제3조 (계약기간)", ["본 계약은 2026년 1월 1일부터 효력이 발생하며, 계약기간은 3년으로 한다."]),
        ("제8조 (지체상금)", ["① 을이 납기 내에 납품을 완료하지 못한 경우, 지체일수 1일당 해당 발주금액의 1.5/1000(0.15%)에 해당하는 지체상금을 갑에게 지급한다.",
                          "② 제1항의 지체상금 총액은 해당 발주금액의 100분의 10을 초과하지 아니한다."]),
        ("제9조 (납기준수율)", ["① 을은 월별 납기준수율 98% 이상을 유지하여야 한다.",
                           "② 납기준수율은 확정 납기에 전량 입고된 발주 건수를 전체 발주 건수로 나눈 값으로 한다."]),
        ("제12조 (품질보증)", ["① 을은 갑이 승인한 규격서에 따른 품질을 보증한다.",
                           "② 을은 납품 로트 기준 불량률을 100 ppm 이하로 유지한다."]),
        ("제15조 (변경점 관리)", ["① 을은 원재료, 공정, 설비 또는 생산지를 변경하고자 하는 경우 적용 6개월 전까지 갑에게 서면으로 통보하고 승인을 받아야 한다."]),
        ("제18조 (대금 지급)", ["갑은 검수 완료 후 60일 이내에 대금을 지급하며, 지급이 지연된 경우 연 6%의 지연이자를 가산한다."]),
        ("제20조 (비밀유지)", ["양 당사자는 본 계약과 관련하여 알게 된 상대방의 영업비밀을 계약 종료 후 3년간 누설하지 아니한다."]),
        ("제21조 (불가항력)", ["천재지변, 전쟁, 파업 등 불가항력으로 인한 이행 지체에 대하여는 책임을 지지 아니한다."]),
    ]
    for head, paras in arts:
        docx_par(d, head, bold=True)
        for p in paras:
            docx_par(d, p)
    docx_par(d, "위 계약의 성립을 증명하기 위하여 계약서 2부를 작성하여 각 1부씩 보관한다.")
    docx_par(d, "2025년 12월 10일")
    docx_table(d, [["갑", f"{BUYER}\n대표이사 Andrea Lechner (인)"],
                   ["을", "경기도 화성시 송산면 산업단지로 77\n화성에너지머티리얼즈 주식회사\n대표이사 김 도 현 (인)"]],
               bold_head=False, style="")
    save_docx(d, path)


def c10_stb_chinese_articles(C: Corpus) -> None:
    """Chinese cell purchase framework agreement (第N条第N款) in Word: 准时交付率, 违约金 per day capped at 5 %, PPM,
    complaint reply in 24 h and 8D in working days. A cash discount, force majeure and confidentiality yield nothing."""
    no, eff = "SES-STB-2026-09", D(2026, 3, 1)
    facts = [cl("on_time_delivery", no, eff, "第7条第1款", target=96, unit="%", term=2),
             cl("late_delivery_penalty", no, eff, "第7条第2款", rate=0.05, cap=5, term=2),
             cl("defect_ppm", no, eff, "第9条第1款", target=200, unit="ppm", term=2),
             cl("complaint_acknowledgement", no, eff, "第9条第3款", target=24, unit="hours", term=2),
             cl("report_8d", no, eff, "第9条第3款", target=7, unit="working days", term=2)]
    path = C.add(STB, "合同/电芯采购框架协议 SES-STB-2026-09.docx", "contract", "vendor-zh-articles", facts)
    d = new_docx("SimSun", 10.5)
    docx_par(d, "电芯采购框架协议", bold=True, size=16, align="center")
    docx_par(d, f"合同编号：{no}", align="right")
    docx_par(d, f"甲方（采购方）：{BUYER}")
    docx_par(d, "乙方（供应方）：苏州天瑞电池科技有限公司（Suzhou Tianrui Battery Technology Co., Ltd.）")
    docx_par(d, "地址：江苏省苏州市吴中区旺山工业园 88 号")
    arts = [
        ("第1条 合作内容", ["乙方向甲方供应磷酸铁锂电芯 TR-LFP-280 及 TR-LFP-314。"]),
        ("第3条 协议期限", ["本协议自2026年3月1日起生效，有效期两年。"]),
        ("第7条 交货", ["1. 乙方应确保月度准时交付率不低于96%。准时交付指在订单确认交期当日或之前足量到货。",
                      "2. 乙方逾期交货的，每逾期一日，应按逾期部分货款的0.05%向甲方支付违约金，违约金累计不超过逾期部分货款的5%。"]),
        ("第9条 质量", ["1. 乙方交付电芯的批次不良率不得高于200 PPM。",
                      "2. 每批货物随附出厂检验报告及COA。",
                      "3. 甲方提出质量投诉后，乙方应在24小时内书面回复临时措施，并在7个工作日内提交8D报告。"]),
        ("第11条 付款", ["甲方在收到发票后60日内付款；如甲方在10日内付款，可享受1%的现金折扣。"]),
        ("第15条 不可抗力", ["因不可抗力导致不能履行的，受影响方应在3日内通知对方，并在15日内提供证明。"]),
        ("第17条 保密", ["双方对本协议内容及在合作中获知的对方商业秘密负有保密义务，保密期限至协议终止后三年。"]),
    ]
    for head, paras in arts:
        docx_par(d, head, bold=True)
        for p in paras:
            docx_par(d, p)
    docx_par(d, "本协议一式两份，双方各执一份，具有同等法律效力。")
    docx_table(d, [["甲方（盖章）", "乙方（盖章）"], [f"{BUYER}\n授权代表：Andrea Lechner", "苏州天瑞电池科技有限公司\n授权代表：周文斌"],
                   ["日期：2026年2月20日", "日期：2026年2月18日"]], style="")
    save_docx(d, path)


def c11_pcd_amendment(C: Corpus) -> None:
    """An English amendment with an old/new table: OTD and the late-delivery clause changed, a change-notice clause
    added, the ppm target restated 'no change' (no fact). New values only, with the amended agreement's number."""
    no, eff = "SES-PCD-2024-031", D(2026, 7, 1)
    facts = [cl("on_time_delivery", no, eff, "Clause 9.2", target=97, unit="%"),
             cl("late_delivery_penalty", no, eff, "Clause 9.4", rate=0.25, cap=8),
             cl("change_notice", no, eff, "Clause 14.3", target=120, unit="days")]
    path = C.add(PCD, "contracts/Amendment No 1 - SES-PCD-2024-031.pdf", "contract", "vendor-amendment-table", facts)
    lk = Look("Arial", 9.6)
    s = [P("AMENDMENT NO. 1", lk.h1),
         P(f"to the Component Supply Agreement No. {no} dated 12 September 2024", lk.center), SP(4),
         P(f"This Amendment No. 1 is entered into between {BUYER} (\"Buyer\") and Penang Circuit Dynamics Sdn. Bhd. "
           "(\"Supplier\") and takes effect on 1 July 2026 (the \"Amendment Effective Date\").", lk.body),
         P("WHEREAS the parties wish to tighten the delivery performance obligations following the Supplier's relocation "
           "of SMT line 4, the parties agree as follows:", lk.body),
         P("1. Summary of changes", lk.h3),
         TBL(lk, [["Clause", "Subject", "Previous wording", "As amended"],
                  ["9.2", "On-time delivery", "≥ 95 % per calendar month", "≥ 97 % per calendar month"],
                  ["9.4", "Late delivery", "0.15 % of the value of late Products per Working Day, max. 5 %",
                   "0.25 % of the value of late Products per Working Day, max. 8 %"],
                  ["12.1", "Defect rate", "≤ 100 ppm (rolling 6 months)", "no change"],
                  ["14.3", "Change notification", "—", "new clause (see 2.3 below)"]],
             [16, 32, 62, 62]), SP(3),
         P("2. Amended clauses", lk.h3),
         P("2.1 Clause 9.2 is deleted and replaced by: \"The Supplier shall achieve an on-time delivery performance of at "
           "least 97 % in each calendar month, measured as the share of order lines received complete within the "
           "agreed delivery window.\"", lk.body),
         P("2.2 Clause 9.4 is deleted and replaced by: \"If the Supplier fails to deliver by the agreed date, the Supplier "
           "shall pay the Buyer 0.25 % of the value of the late Products for each Working Day of delay, up to a maximum "
           "of 8 % of the value of the late Products.\"", lk.body),
         P("2.3 A new clause 14.3 is inserted: \"The Supplier shall notify the Buyer in writing of any change to materials, "
           "processes, manufacturing location or sub-suppliers at least 120 days before the first affected shipment.\"", lk.body),
         P("3. Miscellaneous", lk.h3),
         P("Save as amended by this Amendment, the Agreement remains in full force and effect. Capitalised terms have the "
           "meaning given in the Agreement. This Amendment is governed by the law governing the Agreement.", lk.body),
         SP(8),
         KV(lk, [("For the Buyer", "For the Supplier"), ("Andrea Lechner, Managing Director\nDate: 16 June 2026",
                                                         "Ravi Subramaniam, Director\nDate: 19 June 2026")],
            widths=(80, 80), grid=False)]
    pdf(path, s, lk, running(footer_left=f"Amendment No. 1 – {no}", footer_right="{page}/{total}"))


def c12_wll_purchase_order(C: Corpus) -> None:
    """A purchase order whose second page prints the special terms: a late-delivery rate per calendar day with an
    aggregate cap in US dollars (cap null) and complaint acknowledgement in 48 hours. The 2/10 net 60 discount
    yields nothing."""
    no, eff = "4500188213", D(2026, 8, 18)
    facts = [cl("late_delivery_penalty", no, eff, "Special Term 1", rate=1, cap=None),
             cl("complaint_acknowledgement", no, eff, "Special Term 4", target=48, unit="hours")]
    path = C.add(WLL, "orders/PO 4500188213.pdf", "contract", "vendor-po-terms", facts)
    lk = Look("Arial", 8.8)
    s = [P(BUYER, lk.h2), P(f"{BUYER_ADDR} · UID ATU71234567 · purchasing@solvanta-energy.at", lk.small), SP(4),
         P("PURCHASE ORDER", lk.h1l),
         KV(lk, [("PO number", no), ("PO date", "18.08.2026"), ("Supplier", "Whitefish Lake Lithium Corp. (vendor 200771)"),
                 ("Supplier address", "1200 Harbour Expressway, Thunder Bay ON P7B 6P8, Canada"),
                 ("Incoterms", "CIP Graz (Incoterms® 2020)"), ("Payment terms", "2 % 10 days, net 60 days"),
                 ("Buyer contact", "Katharina Hofbauer, +43 316 90 4471-22")], widths=(38, 136)), SP(4),
         TBL(lk, [["Item", "Material", "Description", "Qty", "Unit", "Price (USD)", "Delivery date"],
                  ["10", "RM-LIOH-BG", "Lithium hydroxide monohydrate, battery grade, 500 kg big bags", "20.000", "t", "10,850.00 / t", "30.10.2026"],
                  ["20", "RM-LIOH-BG", "Lithium hydroxide monohydrate, battery grade, 500 kg big bags", "20.000", "t", "10,850.00 / t", "27.11.2026"]],
             [10, 22, 68, 14, 10, 26, 24]), SP(2),
         P("Total order value: USD 434,000.00", lk.right), SP(3),
         P("This order is placed under our General Terms of Purchase (edition 2025) and the Special Terms overleaf, which "
           "prevail over the General Terms. Please confirm within 3 working days.", lk.small),
         PageBreak(),
         P("SPECIAL TERMS – PURCHASE ORDER " + no, lk.h2),
         P("1. Late delivery. For each calendar day by which a line item is delivered after its delivery date, the Supplier "
           "shall pay 1.0 % of the value of the delayed line item; the aggregate of such payments under this order shall "
           "not exceed USD 60,000.", lk.body),
         P("2. Certificate of analysis. Each lot shall be accompanied by a CoA showing LiOH, Na, K, Ca, Fe, SO4, Cl and "
           "magnetic impurities against specification SES-RM-011 rev. D.", lk.body),
         P("3. Packaging. UN-approved 500 kg FIBCs with liner, palletised, moisture-proof.", lk.body),
         P("4. Complaints. The Supplier shall acknowledge any quality complaint within 48 hours of notification and "
           "name a responsible contact.", lk.body),
         P("5. Cancellation. The Buyer may cancel line items not yet shipped with 30 days' notice without cost.", lk.body)]
    pdf(path, s, lk, running(header_right="PO " + no, footer_right="Page {page} of {total}"))


def c13_gmm_annexure_matrix(C: Corpus) -> None:
    """An Indian supply agreement's Annexure C, a service level matrix in a Word table: OTD, rejection ppm, 8D in
    working days and a service credit per full point of OTD shortfall. The bonus and interest @ 18 % yield nothing."""
    no, eff = "SES/GMM/2025/044", D(2025, 11, 1)
    facts = [cl("on_time_delivery", no, eff, "Annexure C, Sl. No. 1", target=92, unit="%"),
             cl("defect_ppm", no, eff, "Annexure C, Sl. No. 2", target=500, unit="ppm"),
             cl("report_8d", no, eff, "Annexure C, Sl. No. 3", target=10, unit="working days"),
             cl("otd_service_credit", no, eff, "Annexure C, Sl. No. 4", rate=0.5, cap=5)]
    path = C.add(GMM, "Agreements/Annexure C - Service Level Matrix.docx", "contract", "vendor-annexure-matrix", facts)
    d = new_docx("Cambria", 10)
    docx_header_footer(d, f"Supply Agreement No. {no}", "Godavari Mica & Minerals Pvt. Ltd. – Confidential")
    docx_par(d, "ANNEXURE C", bold=True, size=14, align="center")
    docx_par(d, "SERVICE LEVEL MATRIX", bold=True, align="center")
    docx_par(d, f"forming part of the Supply Agreement No. {no} between {BUYER} (\"Purchaser\") and Godavari Mica & Minerals "
                "Pvt. Ltd. (\"Supplier\"), w.e.f. 1st November 2025.")
    docx_table(d, [
        ["Sl. No.", "KPI", "Target", "Measurement", "Remedy / consequence"],
        ["1", "On-time delivery (OTD)", "≥ 92%", "Monthly; lines received by the confirmed date ÷ lines due", "See Sl. No. 4"],
        ["2", "Rejection rate", "≤ 500 ppm", "Rolling 3 months, pieces rejected at incoming inspection", "Supplier bears sorting and rework cost"],
        ["3", "8D report", "10 working days", "From the date of the complaint e-mail", "Escalation to Supplier's Director"],
        ["4", "OTD service credit", "—", "Monthly", "For each full percentage point by which OTD falls below 92%, credit note of 0.5% of that month's invoice value, subject to a maximum of 5% of that month's invoice value"],
    ], widths_cm=[1.3, 3.2, 2.4, 4.6, 6.0])
    docx_par(d, "")
    docx_par(d, "Notes", bold=True)
    docx_par(d, "(a) Performance bonus: where OTD is at or above 99% for six consecutive months, the Purchaser shall grant the Supplier preferred-supplier status for the next sourcing round. This is not a remedy and creates no payment obligation.")
    docx_par(d, "(b) Interest @ 18% p.a. shall be payable by the Purchaser on invoices not paid within 45 days, as per the MSMED Act, 2006.")
    docx_par(d, "(c) This Annexure shall be reviewed annually in the month of October.")
    docx_par(d, "")
    docx_table(d, [["For the Purchaser", "For the Supplier"], ["Andrea Lechner", "K. Srinivasa Rao, Whole-time Director"]], style="")
    save_docx(d, path)


def c14_kmt_sales_contract(C: Corpus) -> None:
    """A cobalt hydroxide sales contract, mostly commercial: payables and price formula, provisional payment,
    force majeure, confidentiality, arbitration. One remedy only: a late-shipment rate per day capped at 2 %."""
    no, eff = "KMT-SES-26/002", D(2026, 4, 20)
    facts = [cl("late_delivery_penalty", no, eff, "Clause 6.4", rate=0.1, cap=2)]
    path = C.add(KMT, "Contracts/Sales Contract KMT-SES-26-002 cobalt hydroxide.pdf", "contract",
                 "vendor-sales-contract", facts)
    lk = Look("Cond", 9.2)
    c = lambda n, t: M(f"<b>{esc(n)}</b> {esc(t)}", lk.body)  # noqa: E731
    s = [P("SALES CONTRACT", lk.h1), P(f"Contract No.: {no} · Date: 20 April 2026", lk.center), SP(3),
         KV(lk, [("Seller", "Kasumbalesa Minerals Trading SARL, Avenue Lumumba 214, Lubumbashi, DR Congo"),
                 ("Buyer", f"{BUYER}, {BUYER_ADDR}"),
                 ("Commodity", "Cobalt hydroxide, Co 28–34 % (dry basis)"),
                 ("Quantity", "1,200 dmt ± 5 % at Seller's option, 2026 calendar year"),
                 ("Shipment", "Ten monthly lots of approx. 120 dmt, CIF Durban")], widths=(28, 146)), SP(3),
         c("1. Effectiveness.", "This Contract is effective from its date of signature by both parties, 20 April 2026."),
         c("4. Quality.", "Co 28–34 %, Mn ≤ 5 %, Cu ≤ 1.5 %, Mg ≤ 3 %, moisture ≤ 35 %. Penalties for impurities per Annex 1."),
         c("5. Price.", "5.1 Payable cobalt = 92 % of the Fastmarkets standard grade cobalt price, low end, averaged over the month "
                        "following the month of arrival (QP). 5.2 The payable percentage shall be renegotiated each 1 October for "
                        "the following year."),
         c("6. Shipment.", "6.1 Lots shall be shipped within the monthly shipment period notified by the Seller. 6.2 Laytime and "
                           "demurrage as per charter party. 6.3 Seller to provide export permits and the CEEC certificate. "
                           "6.4 If the Seller fails to ship a lot within its shipment period, the Seller shall pay the Buyer 0.1 % "
                           "of the provisional value of the delayed lot for each day of delay, the total not to exceed 2 % of that value."),
         c("7. Payment.", "90 % provisional payment against documents; balance after final assay. Late payment bears interest at "
                          "1-month Term SOFR + 3 %."),
         c("8. Weighing, sampling and assaying.", "At the discharge warehouse by an independent surveyor; umpire laboratory to be agreed by the parties."),
         c("10. Force majeure.", "Either party is excused for events beyond its control, including mining suspensions ordered by the authorities."),
         c("12. Confidentiality.", "The terms of this Contract are confidential."),
         c("13. Responsible sourcing.", "The Seller shall comply with the Buyer's Supplier Code of Conduct and the OECD Due Diligence Guidance."),
         c("14. Arbitration.", "ICC arbitration, seat Paris, English language."),
         SP(6),
         KV(lk, [("THE SELLER", "THE BUYER"), ("Jean-Pierre Mukendi Kabongo", "Andrea Lechner")], widths=(80, 80), grid=False)]
    pdf(path, s, lk, running(footer_center="{page}"))


CONTRACT_DOCS = [c01_tnp_english_schedule, c02_bbs_german_paragraphs, c03_aev_french_articles,
                 c04_bgq_spanish_clausulas, c05_epd_italian_articles, c06_msg_portuguese_clausulas,
                 c07_ksz_polish_paragraphs, c08_oew_japanese_articles, c09_hem_korean_articles,
                 c10_stb_chinese_articles, c11_pcd_amendment, c12_wll_purchase_order, c13_gmm_annexure_matrix,
                 c14_kmt_sales_contract]


# ---------------------------------------------------------------------------------------------------------------
# KPI exports (10)
# ---------------------------------------------------------------------------------------------------------------

def k01_bbs_xlsx_lieferperformance(C: Corpus) -> None:
    """German workbook: months as real Excel dates shown 'MMM YY', OTD stored as a fraction with a percent format
    under the supplier's own name 'Lieferperformance', quarter rows and a cumulative row between the months."""
    otd = [96.2, 97.5, 94.8, 98.1, 99.0, 97.2, 95.8, 98.4]
    ppm = [38, 22, 61, 15, 0, 27, 44, 19]
    lead = [12.5, 11.8, 14.2, 12.0, 11.5, 12.3, 13.1, 11.9]
    fact = kpi(months(2026, 1, otd, ppm, lead))
    path = C.add(BBS, "Kennzahlen/Lieferperformance Brandauer 2026.xlsx", "kpi", "vendor-xlsx-dates-fraction", [fact])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Monatswerte"
    ws.append(["Lieferantenbewertung – Brandauer Batteriesysteme GmbH"])
    ws.append([f"Kunde: {BUYER} · Werk Graz · Stand 05.09.2026"])
    ws.append([])
    ws.append(["Monat", "Lieferperformance", "Reklamationen (ppm)", "Ø Lieferzeit (Tage)", "Lieferungen (Anz.)"])
    deliveries = [52, 48, 58, 54, 50, 57, 49, 41]

    def row(label: Any, o: float, p: float, lt: float, n: int, date: bool) -> None:
        ws.append([label, round(o / 100, 4), p, lt, n])
        r = ws.max_row
        if date:
            ws.cell(r, 1).number_format = "MMM YY"
        ws.cell(r, 2).number_format = "0.0%"
        ws.cell(r, 3).number_format = "0"
        ws.cell(r, 4).number_format = "0.0"

    for i in range(8):
        row(dt.datetime(2026, i + 1, 1), otd[i], ppm[i], lead[i], deliveries[i], True)
        if i in (2, 5):
            q = slice(i - 2, i + 1)
            row(f"Q{(i + 1) // 3} 2026", round(avg(otd[q]), 1), round(avg(ppm[q])), round(avg(lead[q]), 1),
                sum(deliveries[q]), False)
    row("Kumuliert Jan–Aug 2026", round(avg(otd), 1), round(avg(ppm)), round(avg(lead), 1), sum(deliveries), False)
    ws.append([])
    ws.append(["Lieferperformance = termin- und mengengerechte Lieferungen / alle Lieferungen (Toleranz −2 / +0 Tage)"])
    for col, w in zip("ABCDE", [26, 18, 20, 20, 18], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def k02_bgq_csv_semicolon(C: Corpus) -> None:
    """Spanish CSV with semicolons: months 'ene-26', decimal commas, ppm with a dot as thousands separator, quarter
    totals and a year-to-date line."""
    otd = [97.4, 95.1, 98.0, 96.6, 99.2, 97.9, 94.8, 96.3, 98.5]
    ppm = [1250, 980, 1410, 860, 720, 1105, 1330, 940, 810]
    lead = [9, 10, 9, 11, 8, 9, 12, 10, 9]
    fact = kpi(months(2026, 1, otd, ppm, lead))
    path = C.add(BGQ, "Indicadores/indicadores_entrega_calidad_2026.csv", "kpi", "vendor-csv-semicolon-es", [fact])
    lines = ["Mes;Cumplimiento de plazo (%);Defectos (ppm);Plazo medio de entrega (días);Pedidos"]
    pedidos = [31, 28, 35, 30, 33, 29, 27, 22, 34]
    for i in range(9):
        lines.append(f"{MON_ES_ABBR[i]}-26;{fmt(otd[i], 1, comma=True)};{fmt(ppm[i], 0, thousands='.')};{lead[i]};{pedidos[i]}")
        if i % 3 == 2:
            q = slice(i - 2, i + 1)
            lines.append(f"Total T{(i + 1) // 3};{fmt(avg(otd[q]), 1, comma=True)};{fmt(avg(ppm[q]), 0, thousands='.')};"
                         f"{fmt(avg(lead[q]), 1, comma=True)};{sum(pedidos[q])}")
    lines.append(f"Acumulado 2026;{fmt(avg(otd), 1, comma=True)};{fmt(avg(ppm), 0, thousands='.')};"
                 f"{fmt(avg(lead), 1, comma=True)};{sum(pedidos)}")
    text_file(path, "\n".join(lines))


def k03_aev_pdf_columns(C: Corpus) -> None:
    """French PDF table with the months as columns ('janv. 2026'), quarter columns among them and a cumulative
    column; 'taux de service'; ppm with a narrow no-break space as thousands separator."""
    otd = [95.8, 97.1, 93.4, 96.0, 98.2, 97.5]
    ppm = [1180, 640, 2050, 910, 430, 770]
    lead = [21, 19, 24, 20, 18, 19]
    fact = kpi(months(2026, 1, otd, ppm, lead))
    path = C.add(AEV, "Performance/Tableau de bord fournisseur S1 2026.pdf", "kpi", "vendor-pdf-columns-fr", [fact])
    lk = Look("Cond", 8.4, margins=(12, 12, 20, 18))
    nb = "\u202f"
    cols: list[tuple[str, float, float, float]] = []
    for i in range(6):
        cols.append((f"{MON_FR_ABBR[i]} 2026", otd[i], ppm[i], lead[i]))
        if i % 3 == 2:
            q = slice(i - 2, i + 1)
            cols.append((f"T{(i + 1) // 3} 2026", avg(otd[q]), avg(ppm[q]), avg(lead[q])))
    cols.append(("Cumul S1", avg(otd), avg(ppm), avg(lead)))
    head = ["Indicateur"] + [c[0] for c in cols]
    rows = [head,
            ["Taux de service (%)"] + [fmt(c[1], 1, comma=True) for c in cols],
            ["Taux de défauts (ppm)"] + [fmt(c[2], 0, thousands=nb) for c in cols],
            ["Délai moyen de livraison (jours)"] + [fmt(c[3], 0) for c in cols]]
    s = [P("Ateliers Électriques du Vercors – Tableau de bord fournisseur", lk.h1l),
         P(f"Client : {BUYER} · Période : 1er semestre 2026 · édité le 08/07/2026", lk.body), SP(3),
         TBL(lk, rows, [40] + [16.2] * len(cols)), SP(3),
         P("Taux de service = lignes livrées complètes à la date confirmée / lignes dues. Les colonnes T1, T2 et Cumul sont "
           "des moyennes des mois.", lk.small)]
    pdf(path, s, lk, running(footer_right="{page}/{total}"))


def k04_oew_xlsx_japanese_fy(C: Corpus) -> None:
    """Japanese workbook for the first half of fiscal year 2026 (April–September), months as columns '2026年4月' and
    a half-year total column 上期計."""
    otd = [99.5, 100.0, 98.7, 99.1, 100.0, 99.8]
    ppm = [12, 8, 15, 0, 5, 9]
    lead = [14, 14, 15, 14, 13, 14]
    fact = kpi(months(2026, 4, otd, ppm, lead))
    path = C.add(OEW, "品質/納入実績_2026年度上期.xlsx", "kpi", "vendor-xlsx-ja-columns", [fact])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "月次実績"
    ws.append(["岡山電極工業株式会社　納入実績報告（2026年度上期）"])
    ws.append([f"納入先：{BUYER} 御中"])
    ws.append([])
    ws.append(["項目"] + [f"2026年{m}月" for m in range(4, 10)] + ["上期計"])
    ws.append(["納期遵守率(%)"] + otd + [round(avg(otd), 1)])
    ws.append(["不良率(ppm)"] + ppm + [round(avg(ppm), 1)])
    ws.append(["平均リードタイム(日)"] + lead + [round(avg(lead), 1)])
    ws.append(["納入ロット数"] + [42, 40, 44, 41, 38, 43] + [248])
    ws.append([])
    ws.append(["※上期計は月平均（ロット数は合計）"])
    ws.column_dimensions["A"].width = 24
    save_xlsx(wb, path)


def k05_wll_email_reliability(C: Corpus) -> None:
    """A plain-text e-mail body: 'Delivery reliability' month by month in sentences and bullets, no ppm (null), a
    YTD line."""
    otd = [100.0, 95.0, 100.0, 97.5]
    lead = [24, 27, 23, 25]
    fact = kpi(months(2026, 6, otd, [None] * 4, lead))
    path = C.add(WLL, "email/Monthly performance update - September 2026.txt", "kpi", "vendor-email-kpi", [fact])
    text_file(path, f"""From: Dale Kowalchuk <d.kowalchuk@whitefishlakelithium.ca>
To: Katharina Hofbauer <k.hofbauer@solvanta-energy.at>
Date: Mon, 5 Oct 2026 08:02:11 -0400
Subject: Monthly performance update - September 2026

Hi Katharina,

Here is our delivery reliability for your account since the first shipment in June (share of truckloads
arriving at Graz on the confirmed date; lead time = days from order confirmation to arrival):

  * June 2026:       delivery reliability {otd[0]:.0f}%  | average lead time {lead[0]} days
  * July 2026:       delivery reliability {otd[1]:.0f}%   | average lead time {lead[1]} days (one truck held at Antwerp customs)
  * August 2026:     delivery reliability {otd[2]:.0f}%  | average lead time {lead[2]} days
  * September 2026:  delivery reliability {otd[3]:.1f}% | average lead time {lead[3]} days

YTD (Jun-Sep): {avg(otd):.1f}% delivery reliability, {avg(lead):.2f} days average lead time.

No quality claims have been raised so far, so we have not reported a ppm figure.

Kind regards,
Dale Kowalchuk
Customer Logistics, Whitefish Lake Lithium Corp.
""")


def k06_tnp_docx_otif(C: Corpus) -> None:
    """An English Word monthly report: 'OTIF' per month ('Jan-2026'), quality claims in ppm with comma thousands,
    a half-year row."""
    otd = [91.7, 88.9, 100.0, 93.3, 86.7, 95.0]
    ppm = [2400, 3100, 1850, 2200, 2900, 1700]
    lead = [38, 41, 36, 39, 44, 37]
    fact = kpi(months(2026, 1, otd, ppm, lead))
    path = C.add(TNP, "reports/Supplier Performance Report H1 2026.docx", "kpi", "vendor-docx-otif", [fact])
    d = new_docx("Calibri", 10)
    docx_header_footer(d, "PT Tanjung Nikel Prima – Marketing & Logistics", "Internal / customer copy")
    docx_par(d, "Monthly Supplier Performance Report – Solvanta Energy Systems", bold=True, size=13)
    docx_par(d, "Laporan Kinerja Pemasok Bulanan · Period: January – June 2026 · Prepared 10 July 2026")
    rows = [["Month", "Shipments", "OTIF %", "Quality claims (ppm)", "Avg. lead time (days, order to CIF arrival)"]]
    ships = [12, 9, 11, 15, 15, 20]
    for i in range(6):
        rows.append([f"{MON_EN[i][:3]}-2026", str(ships[i]), f"{otd[i]:.1f}", f"{ppm[i]:,}", str(lead[i])])
    rows.append(["H1 2026", str(sum(ships)), f"{avg(otd):.1f}", f"{avg(ppm):,.0f}", f"{avg(lead):.1f}"])
    docx_table(d, rows)
    docx_par(d, "")
    docx_par(d, "OTIF counts a shipment as on time and in full when loaded within its laycan with a quantity within ±5 %. "
                "May was affected by the port congestion at Kendari; claims in ppm are tonnes under claim per million tonnes shipped.")
    save_docx(d, path)


def k07_pcd_csv_comma(C: Corpus) -> None:
    """A comma CSV with quoted numbers carrying comma thousands separators ("1,250"), months '2026-03', a quarter
    line and a YTD line."""
    otd = [98.9, 97.2, 99.4, 96.8, 98.1, 99.0]
    ppm = [1250, 980, 1105, 1420, 860, 1010]
    lead = [28, 30, 27, 29, 28, 26]
    fact = kpi(months(2026, 3, otd, ppm, lead))
    path = C.add(PCD, "reports/PCD_scorecard_export_2026-09-01.csv", "kpi", "vendor-csv-comma", [fact])
    lines = ["Period,OTD %,Defect PPM,Lead Time (days),Shipments,Remarks"]
    shp = [14, 16, 15, 17, 15, 16]
    for i in range(6):
        lines.append(f"2026-{i + 3:02d},{otd[i]:.1f},\"{ppm[i]:,}\",{lead[i]},{shp[i]},")
        if i == 3:
            q = slice(1, 4)
            lines.append(f"Q2-2026,{avg(otd[q]):.1f},\"{avg(ppm[q]):,.0f}\",{avg(lead[q]):.1f},{sum(shp[q])},quarter average")
    lines.append(f"YTD,{avg(otd):.1f},\"{avg(ppm):,.0f}\",{avg(lead):.1f},{sum(shp)},Mar-Aug")
    text_file(path, "\n".join(lines))


def k08_stb_xlsx_chinese(C: Corpus) -> None:
    """A Chinese workbook, months as text '2026/01', 准时交付率 in percent numbers, a 合计/平均 row."""
    otd = [92.5, 90.1, 94.8, 95.5, 93.2, 96.1, 94.4]
    ppm = [320, 410, 280, 260, 350, 210, 240]
    lead = [35, 40, 33, 32, 34, 30, 31]
    fact = kpi(months(2026, 1, otd, ppm, lead))
    path = C.add(STB, "绩效/供应商绩效月报_2026.xlsx", "kpi", "vendor-xlsx-zh", [fact])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "月度绩效"
    ws.append(["苏州天瑞电池科技有限公司 — 客户交付绩效（Solvanta Energy Systems）"])
    ws.append([])
    ws.append(["月份", "订单行数", "准时交付率(%)", "来料不良 PPM", "交货周期(天)", "备注"])
    lines_ = [120, 101, 135, 128, 140, 133, 125]
    remarks = ["", "春节停产", "", "", "", "", ""]
    for i in range(7):
        ws.append([f"2026/{i + 1:02d}", lines_[i], otd[i], ppm[i], lead[i], remarks[i]])
    ws.append(["合计/平均", sum(lines_), round(avg(otd), 1), round(avg(ppm)), round(avg(lead), 1), ""])
    for col, w in zip("ABCDEF", [14, 10, 16, 14, 14, 14], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def k09_epd_pdf_rows_it(C: Corpus) -> None:
    """Italian PDF: months as rows 'gennaio 2026', 'Puntualità consegne', ppm with a dot as thousands separator,
    quarter subtotal rows."""
    otd = [96.5, 97.8, 95.2, 98.4, 97.0, 99.1]
    ppm = [1020, 850, 1330, 690, 920, 540]
    lead = [15, 16, 15, 14, 15, 13]
    fact = kpi(months(2026, 1, otd, ppm, lead))
    path = C.add(EPD, "Qualità/Report prestazioni fornitore 1 semestre 2026.pdf", "kpi", "vendor-pdf-rows-it", [fact])
    lk = Look("Sans", 9)
    rows = [["Mese", "Puntualità consegne (%)", "Difettosità (ppm)", "Lead time medio (gg)"]]
    for i in range(6):
        rows.append([f"{MON_IT[i]} 2026", fmt(otd[i], 1, comma=True), fmt(ppm[i], 0, thousands="."), str(lead[i])])
        if i % 3 == 2:
            q = slice(i - 2, i + 1)
            rows.append([f"{(i + 1) // 3}° trimestre", fmt(avg(otd[q]), 1, comma=True), fmt(avg(ppm[q]), 0, thousands="."),
                         fmt(avg(lead[q]), 1, comma=True)])
    s = [P("Energia Padana S.p.A. – Report prestazioni fornitore", lk.h1l),
         P(f"Cliente: {BUYER} · Periodo: gennaio–giugno 2026", lk.body), SP(3),
         TBL(lk, rows, [45, 45, 40, 40], zebra=True), SP(3),
         P("Le righe di trimestre riportano la media dei mesi. Fonte: ERP Energia Padana, estrazione del 03/07/2026.", lk.small)]
    pdf(path, s, lk, running(footer_right="pag. {page}"))


def k10_ksz_docx_polish_columns(C: Corpus) -> None:
    """Polish Word table with months as columns ('styczeń' … 'czerwiec', the year in the title), ppm with a space
    as thousands separator, no lead time (null)."""
    otd = [97.0, 98.5, 96.2, 99.0, 97.7, 98.8]
    ppm = [1040, 760, 1220, 530, 880, 610]
    fact = kpi(months(2026, 1, otd, ppm, [None] * 6))
    path = C.add(KSZ, "raporty/Wskaźniki dostaw I półrocze 2026.docx", "kpi", "vendor-docx-pl-columns", [fact])
    d = new_docx("Calibri", 10)
    docx_par(d, "Kaszuby Connect Sp. z o.o. – wskaźniki dostaw dla Solvanta Energy Systems, rok 2026", bold=True, size=12)
    docx_par(d, "Okres: I półrocze 2026 r.")
    docx_table(d, [["Wskaźnik"] + [MON_PL[i] for i in range(6)] + ["Średnia"],
                   ["Terminowość dostaw [%]"] + [fmt(x, 1, comma=True) for x in otd] + [fmt(avg(otd), 1, comma=True)],
                   ["Wadliwość [ppm]"] + [fmt(x, 0, thousands=" ") for x in ppm] + [fmt(avg(ppm), 0, thousands=" ")]])
    docx_par(d, "")
    docx_par(d, "Terminowość liczona jako odsetek pozycji zamówień dostarczonych w potwierdzonym terminie. Czas realizacji zamówień raportujemy kwartalnie w odrębnym zestawieniu.")
    save_docx(d, path)


KPI_DOCS = [k01_bbs_xlsx_lieferperformance, k02_bgq_csv_semicolon, k03_aev_pdf_columns, k04_oew_xlsx_japanese_fy,
            k05_wll_email_reliability, k06_tnp_docx_otif, k07_pcd_csv_comma, k08_stb_xlsx_chinese,
            k09_epd_pdf_rows_it, k10_ksz_docx_polish_columns]


# ---------------------------------------------------------------------------------------------------------------
# Supplier profiles (8)
# ---------------------------------------------------------------------------------------------------------------

def p01_hem_docx_ko(C: Corpus) -> None:
    """Korean/English registration form as a Word table; the Code of Conduct signed with a date."""
    fact = profile(legal_name="Hwaseong Energy Materials Co., Ltd.", country="South Korea", segment="cathode_material",
                   products=["HEM-N811-A", "HEM-N90-S"],
                   materials={"nickel": ["Indonesia"], "cobalt": ["Democratic Republic of the Congo"],
                              "lithium": ["Chile", "Australia"]},
                   contact_email="jh.park@hwaseong-em.co.kr", code_of_conduct_signed=True,
                   code_of_conduct_date=D(2025, 3, 14), automotive=True)
    path = C.add(HEM, "등록/협력사 등록신청서_Hwaseong.docx", "profile", "vendor-docx-ko-form", [fact])
    d = new_docx("Malgun Gothic", 10)
    docx_par(d, "협력사 등록 신청서 / Supplier Registration Form", bold=True, size=14, align="center")
    docx_table(d, [
        ["항목 Field", "내용 Entry"],
        ["회사명 (법인명) Legal name", "화성에너지머티리얼즈 주식회사\nHwaseong Energy Materials Co., Ltd."],
        ["사업자등록번호 Business reg. no.", "124-81-55720"],
        ["소재지 국가 Country", "대한민국 (Republic of Korea)"],
        ["본사 주소 Address", "경기도 화성시 송산면 산업단지로 77"],
        ["업종 Business segment", "양극재 제조 / Cathode active material (CAM)"],
        ["주요 제품 Main products", "HEM-N811-A (NCM811 양극재)\nHEM-N90-S (High-Ni 단결정 양극재)"],
        ["주요 원재료 및 원산지 Key raw materials and origin", "니켈 Nickel – 인도네시아 Indonesia\n코발트 Cobalt – 콩고민주공화국 DR Congo\n리튬 Lithium – 칠레 Chile, 호주 Australia"],
        ["자동차 산업 공급 여부 Automotive supplier", "예 Yes (IATF 16949 인증)"],
        ["담당자 Contact", "박지훈 Park Ji-hoon, 해외영업팀 / jh.park@hwaseong-em.co.kr / +82 31 8059 4410"],
        ["공급자 행동규범 서명 Supplier Code of Conduct", "서명 완료 Signed – 2025.03.14"],
    ], bold_first_col=True)
    docx_par(d, "")
    docx_par(d, "작성일 2026.02.02 · 작성자 박지훈", size=8)
    save_docx(d, path)


def p02_kmt_pdf_fr_pending(C: Corpus) -> None:
    """French label–value PDF form; the Code of Conduct 'non signé – en cours de revue par notre service juridique'."""
    fact = profile(legal_name="Kasumbalesa Minerals Trading SARL", country="Democratic Republic of the Congo",
                   segment="raw_material",
                   materials={"cobalt": ["Democratic Republic of the Congo"], "copper": ["Democratic Republic of the Congo"]},
                   contact_email="compliance@kmt-sarl.cd", code_of_conduct_signed=False, code_of_conduct_date=None,
                   automotive=False)
    path = C.add(KMT, "Onboarding/Fiche fournisseur KMT.pdf", "profile", "vendor-pdf-fr-form", [fact])
    lk = Look("Sans", 9.4)
    s = [P("FICHE DE RÉFÉRENCEMENT FOURNISSEUR", lk.h1), P(f"à retourner à {BUYER} – Achats matières premières", lk.center), SP(4),
         KV(lk, [("Raison sociale", "Kasumbalesa Minerals Trading SARL"),
                 ("Forme juridique / RCCM", "SARL – CD/LSH/RCCM/19-B-00871"),
                 ("Pays", "République démocratique du Congo"),
                 ("Adresse", "Avenue Lumumba 214, Quartier Industriel, Lubumbashi, Haut-Katanga"),
                 ("Activité", "Négoce et traitement de matières premières minérales (hydroxyde de cobalt, cathodes de cuivre)"),
                 ("Matières et pays d'origine", "Cobalt : RD Congo (Lualaba, Haut-Katanga)\nCuivre : RD Congo (Haut-Katanga)"),
                 ("Fournisseur de l'industrie automobile", "Non"),
                 ("Contact conformité", "Mme Grâce Ilunga – compliance@kmt-sarl.cd – +243 99 700 4133"),
                 ("Code de conduite fournisseurs Solvanta", "Non signé – en cours de revue par notre service juridique"),
                 ("Date", "27/03/2026")], widths=(58, 112)), SP(6),
         P("Les informations ci-dessus sont certifiées exactes.  Cachet et signature : Kasumbalesa Minerals Trading SARL", lk.small)]
    pdf(path, s, lk, running(footer_left="Formulaire ACH-F-012 v3", footer_right="{page}/{total}"))


def p03_msg_xlsx_pt(C: Corpus) -> None:
    """Portuguese two-column sheet; the Code of Conduct 'Sim, assinado em 10/04/2026'."""
    fact = profile(legal_name="Mineração Seridó Grafite Ltda.", country="Brazil", segment="raw_material",
                   products=["SG-94-F", "SG-99-SPH"], materials={"graphite": ["Brazil"]},
                   contact_email="comercial@seridografite.com.br", code_of_conduct_signed=True,
                   code_of_conduct_date=D(2026, 4, 10), automotive=False)
    path = C.add(MSG, "Cadastro/Cadastro_fornecedor_Solvanta.xlsx", "profile", "vendor-xlsx-pt-twocol", [fact])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Cadastro"
    for r in [["Cadastro de fornecedor", ""],
              ["Razão social", "Mineração Seridó Grafite Ltda."],
              ["Nome fantasia", "Seridó Grafite"],
              ["CNPJ", "27.481.093/0001-62"],
              ["País", "Brasil"],
              ["Segmento", "Matérias-primas – grafite natural"],
              ["Produtos fornecidos", "SG-94-F (concentrado flake 94% C); SG-99-SPH (grafite esférico purificado 99,95% C)"],
              ["Origem das matérias-primas", "Grafite: Brasil (Mina Serra Branca, RN)"],
              ["Fornece para a indústria automotiva?", "Não"],
              ["E-mail comercial", "comercial@seridografite.com.br"],
              ["Código de Conduta do Fornecedor assinado?", "Sim, assinado em 10/04/2026"],
              ["Preenchido por", "Luciana Farias Bezerra"]]:
        ws.append(r)
    ws.column_dimensions["A"].width = 42
    ws.column_dimensions["B"].width = 80
    save_xlsx(wb, path)


def p04_wll_json(C: Corpus) -> None:
    """A portal JSON export with its own key names; the Code of Conduct ACCEPTED with a date."""
    fact = profile(legal_name="Whitefish Lake Lithium Corp.", country="Canada", segment="raw_material",
                   products=["WLL-LHM-56.5"], materials={"lithium": ["Canada"]},
                   contact_email="m.thibault@whitefishlakelithium.ca", code_of_conduct_signed=True,
                   code_of_conduct_date=D(2026, 2, 27), automotive=False)
    path = C.add(WLL, "onboarding/vendor_200771_export.json", "profile", "vendor-json-export", [fact])
    data = {
        "exportedAt": "2026-03-02T09:15:00Z",
        "vendor": {
            "vendorNo": "200771",
            "registeredName": "Whitefish Lake Lithium Corp.",
            "tradeName": "WLL",
            "hqCountryIso": "CA",
            "address": {"street": "1200 Harbour Expressway", "city": "Thunder Bay", "region": "ON", "postcode": "P7B 6P8"},
            "category": "Battery raw materials – lithium chemicals",
            "servesAutomotive": False,
        },
        "catalogue": [{"sku": "WLL-LHM-56.5", "desc": "Lithium hydroxide monohydrate, battery grade"}],
        "originOfMaterials": [{"material": "Lithium", "countries": ["Canada"]}],
        "contacts": [{"role": "ESG & compliance", "name": "Megan Thibault", "mail": "m.thibault@whitefishlakelithium.ca"},
                     {"role": "logistics", "name": "Dale Kowalchuk", "mail": "d.kowalchuk@whitefishlakelithium.ca"}],
        "compliance": {"supplierCodeAck": {"status": "ACCEPTED", "acceptedOn": "2026-02-27", "version": "SCoC 2025-1"},
                       "conflictMineralsPolicy": True},
    }
    text_file(path, json.dumps(data, indent=2, ensure_ascii=False))


def p05_gmm_yaml_next_quarter(C: Corpus) -> None:
    """A YAML export; the Code of Conduct not signed: the signed copy 'will be returned next quarter'."""
    fact = profile(legal_name="Godavari Mica & Minerals Pvt. Ltd.", country="India", segment="raw_material",
                   products=["GM-SPL-40", "GM-MP-020", "GM-RL-05"], materials={"mica": ["India"]},
                   contact_email="exports@godavarimica.in", code_of_conduct_signed=False, code_of_conduct_date=None)
    path = C.add(GMM, "ESG/supplier_profile_gmm.yaml", "profile", "vendor-yaml-export", [fact])
    text_file(path, """# supplier master data – exported for Solvanta Energy Systems onboarding
supplier_profile:
  name: Godavari Mica & Minerals Pvt. Ltd.
  cin: U14290AP2009PTC064118
  country: India
  state: Andhra Pradesh
  business: Raw material – natural mica (splittings, mica paper, rigid laminates)
  items:
    - code: GM-SPL-40
      text: Muscovite splittings 40 µm
    - code: GM-MP-020
      text: Calcined mica paper 0.20 mm
    - code: GM-RL-05
      text: Rigid mica laminate 0.5 mm for cell-to-cell insulation
  raw_material_origin:
    mica: [India]
  contact:
    person: P. Lakshmi Prasanna
    mail: exports@godavarimica.in
  code_of_conduct:
    signed: no
    remark: Signed copy will be returned next quarter after approval by our board.
  last_updated: 2026-02-11
""")


def p06_pcd_pdf_empty_signature(C: Corpus) -> None:
    """An English PDF form whose Code of Conduct acknowledgement block has empty signature, name and date lines."""
    fact = profile(legal_name="Penang Circuit Dynamics Sdn. Bhd.", country="Malaysia", segment="electronics_component",
                   products=["PCD-BMS-16S", "PCD-BMS-48V-R2", "PCD-CMU-12"],
                   single_sourced_parts=["cell-monitoring AFE IC", "isolated CAN transceiver"],
                   contact_email="sales@pcd-penang.com.my", code_of_conduct_signed=False, code_of_conduct_date=None,
                   automotive=False)
    path = C.add(PCD, "onboarding/Supplier Information Form - PCD.pdf", "profile", "vendor-pdf-empty-signature", [fact])
    lk = Look("Arial", 9.2)
    s = [P("SUPPLIER INFORMATION FORM", lk.h1), P(f"{BUYER} · Form PUR-017 rev. 5", lk.center), SP(4),
         P("Section 1 – Company", lk.h3),
         KV(lk, [("Registered company name", "Penang Circuit Dynamics Sdn. Bhd."), ("Country", "Malaysia"),
                 ("Address", "Plot 88, Lorong Perindustrian Bukit Minyak 7, 14100 Simpang Ampat, Penang"),
                 ("Business category", "Electronic components – BMS boards and cell monitoring units (PCBA)")], widths=(60, 110)),
         P("Section 2 – Products", lk.h3),
         TBL(lk, [["Part number", "Description"], ["PCD-BMS-16S", "16S battery management board, 200 A"],
                  ["PCD-BMS-48V-R2", "48 V rack BMS master, rev. 2"], ["PCD-CMU-12", "12-channel cell monitoring unit"]],
             [50, 120]),
         P("Section 3 – Supply chain", lk.h3),
         KV(lk, [("Single-source components", "cell-monitoring AFE IC; isolated CAN transceiver"),
                 ("Supplies the automotive industry?", "No"),
                 ("Sales contact e-mail", "sales@pcd-penang.com.my")], widths=(60, 110)),
         P("Section 4 – Supplier Code of Conduct acknowledgement", lk.h3),
         P(f"We have received and read the {BUYER} Supplier Code of Conduct (edition 2025) and agree to comply with it and "
           "to pass its requirements on to our sub-suppliers.", lk.body), SP(8),
         KV(lk, [("Signature", "_______________________________"), ("Name", "_______________________________"),
                 ("Position", "_______________________________"), ("Date", "____ / ____ / ________")], widths=(30, 90),
            grid=False), SP(6),
         P("Form completed by: Tan Mei Ling, Compliance Executive, 03/04/2026", lk.small)]
    pdf(path, s, lk, running(footer_left="PUR-017 rev. 5", footer_right="Page {page} of {total}"))


def p07_tnp_xlsx_no_coc(C: Corpus) -> None:
    """English/Indonesian two-column sheet that never mentions a Code of Conduct (code_of_conduct_signed None)."""
    fact = profile(legal_name="PT Tanjung Nikel Prima", country="Indonesia", segment="raw_material",
                   products=["TNP-MHP-39"], materials={"nickel": ["Indonesia"], "cobalt": ["Indonesia"]},
                   contact_email="marketing@tanjungnikel.co.id", code_of_conduct_signed=None,
                   code_of_conduct_date=None)
    path = C.add(TNP, "portal/Vendor master data TNP.xlsx", "profile", "vendor-xlsx-id-twocol", [fact])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Data Pemasok"
    for r in [["Data Pemasok / Vendor master data", ""],
              ["Nama perusahaan / Company name", "PT Tanjung Nikel Prima"],
              ["NPWP / Tax ID", "01.873.552.4-811.000"],
              ["Negara / Country", "Indonesia"],
              ["Alamat / Address", "Jl. Raya Pomalaa No. 8, Kolaka, Sulawesi Tenggara 93562"],
              ["Bidang usaha / Segment", "Raw material – nickel intermediate (MHP)"],
              ["Produk / Products", "TNP-MHP-39 (mixed hydroxide precipitate, Ni 39 %)"],
              ["Asal bahan baku / Material origin", "Nikel / nickel: Indonesia; Kobalt / cobalt: Indonesia"],
              ["Email pemasaran / Marketing e-mail", "marketing@tanjungnikel.co.id"],
              ["Bank", "Bank Mandiri, Jakarta – USD account"],
              ["Tanggal / Date", "2026-01-15"]]:
        ws.append(r)
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 64
    save_xlsx(wb, path)


def p08_bgq_docx_es(C: Corpus) -> None:
    """Spanish Word form 'Ficha de alta de proveedor'; Código de Conducta 'Firmado el 12/01/2026'."""
    fact = profile(legal_name="Baterías del Guadalquivir, S.A.", country="Spain", segment="pack_integrator",
                   products=["BGQ-ESS-L5", "BGQ-ESS-L10", "BGQ-RACK-48"], contact_email="calidad@bateriasguadalquivir.es",
                   code_of_conduct_signed=True, code_of_conduct_date=D(2026, 1, 12), automotive=False)
    path = C.add(BGQ, "Alta proveedor/Ficha de alta de proveedor - BGQ.docx", "profile", "vendor-docx-es-form", [fact])
    d = new_docx("Arial", 10)
    docx_par(d, "FICHA DE ALTA DE PROVEEDOR", bold=True, size=14)
    docx_table(d, [["Razón social", "Baterías del Guadalquivir, S.A."], ["CIF", "A-41876230"], ["País", "España"],
                   ["Domicilio", "Polígono Industrial La Isla, C/ Río Viejo 31, 41703 Dos Hermanas (Sevilla)"],
                   ["Actividad", "Integrador de packs y sistemas de baterías (LFP) para almacenamiento"],
                   ["Productos", "BGQ-ESS-L5, BGQ-ESS-L10, BGQ-RACK-48"],
                   ["¿Proveedor del sector de automoción?", "No"],
                   ["Correo de calidad", "calidad@bateriasguadalquivir.es"],
                   ["Código de Conducta de Proveedores", "Firmado el 12/01/2026 (D. Álvaro Pineda Ruiz)"]],
               bold_head=False, bold_first_col=True)
    docx_par(d, "")
    docx_par(d, "Sevilla, 12 de enero de 2026")
    save_docx(d, path)


PROFILE_DOCS = [p01_hem_docx_ko, p02_kmt_pdf_fr_pending, p03_msg_xlsx_pt, p04_wll_json, p05_gmm_yaml_next_quarter,
                p06_pcd_pdf_empty_signature, p07_tnp_xlsx_no_coc, p08_bgq_docx_es]


# ---------------------------------------------------------------------------------------------------------------
# Noise (4): no facts, no problems
# ---------------------------------------------------------------------------------------------------------------

def n01_kmt_forum_flyer(C: Corpus) -> None:
    """A conference flyer about responsible cobalt sourcing: CAHRA, ASM, RMAP, EMRT words, no declaration."""
    path = C.add(KMT, "Events/Responsible Cobalt Forum 2026 flyer.pdf", "noise", "vendor-flyer", [])
    lk = Look("Sans", 10)
    s = [P("RESPONSIBLE COBALT & COPPER FORUM", lk.big), P("Lubumbashi · 24–25 November 2026 · Hôtel du Lac", lk.center), SP(6),
         P("Two days on due diligence in the Copperbelt", lk.h2),
         P("• Conflict-affected and high-risk areas: what the EU indicative list means for Lualaba and Haut-Katanga\n"
           "• Formalising artisanal and small-scale mining: cooperatives, zones d'exploitation artisanale, traceability\n"
           "• RMAP for cobalt refiners: from 'active' to 'conformant' – lessons from the first assessments\n"
           "• Workshop: filling in the EMRT 2.1 and the CMRT 6.5 without mistakes\n"
           "• The EU Battery Regulation: due-diligence obligations from August 2027", lk.body), SP(4),
         P("Speakers from refiners, traders, battery makers, NGOs and the provincial mining authority. Sponsored by "
           "Kasumbalesa Minerals Trading SARL.", lk.body), SP(4),
         P("Registration: forum@kmt-sarl.cd · Fee USD 350 (NGOs and cooperatives free)", lk.centerb)]
    pdf(path, s, lk, None)


def n02_stb_price_list(C: Corpus) -> None:
    """A Chinese/English price list with lead times and MOQ (no KPI, no contract)."""
    path = C.add(STB, "报价/2026年第四季度报价单 Price list Q4 2026.xlsx", "noise", "vendor-price-list", [])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "报价单"
    for r in [["苏州天瑞电池科技有限公司 报价单 / Price list – Q4 2026"],
              [f"客户 Customer: {BUYER}", "", "", "", "报价日期 Date: 2026-09-25"],
              [],
              ["型号 Model", "规格 Spec", "单价 Unit price (USD)", "最小起订量 MOQ", "标准交期 Standard lead time"],
              ["TR-LFP-280", "3.2 V 280 Ah LFP 方形电芯", 38.60, "2,000 pcs", "30 天 days"],
              ["TR-LFP-314", "3.2 V 314 Ah LFP 方形电芯", 41.90, "2,000 pcs", "35 天 days"],
              [],
              ["价格条款 Terms: FOB 上海 Shanghai；报价有效期至 2026-12-31；付款 T/T 30% 预付, 70% 见提单副本。"],
              ["所有型号均通过 UN38.3、IEC 62619 测试，可提供 MSDS。"]]:
        ws.append(r)
    for col, w in zip("ABCDE", [16, 30, 20, 16, 26], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def n03_wll_shipping_notice(C: Corpus) -> None:
    """An advance shipping notice PDF: PO, trucks, seals, ETA."""
    path = C.add(WLL, "orders/ASN WLL-ASN-26-0611.pdf", "noise", "vendor-shipping-notice", [])
    lk = Look("Mono", 8.6)
    s = [P("ADVANCE SHIPPING NOTICE", lk.h1l),
         KV(lk, [("ASN no.", "WLL-ASN-26-0611"), ("Ship date", "2026-10-09"), ("Ship from", "Thunder Bay Lithium Refinery, ON, Canada"),
                 ("Ship to", f"{BUYER}, Werk Graz, Rampe 3"), ("PO / item", "4500188213 / 10"),
                 ("Carrier", "Ocean: MSC; inland: Lakehead Freight"), ("ETA Graz", "2026-10-29")], widths=(35, 140)), SP(3),
         TBL(lk, [["Container", "Seal", "Bags", "Net kg", "Gross kg", "Lot"],
                  ["MSCU 448120-7", "WL0098811", "20", "10,000", "10,460", "LHM-26-0917"],
                  ["MSCU 448133-5", "WL0098812", "20", "10,000", "10,455", "LHM-26-0918"]], [32, 28, 14, 24, 24, 30]), SP(3),
         P("UN 2680 does not apply (lithium hydroxide monohydrate, not dangerous goods for transport in this form). "
           "CoA per lot attached.", lk.small)]
    pdf(path, s, lk, None)


def n04_bbs_newsletter(C: Corpus) -> None:
    """A customer newsletter quoting last year's Liefertreue and mentioning raw-material questionnaires."""
    path = C.add(BBS, "Newsletter/Brandauer aktuell 3-2026.docx", "noise", "vendor-newsletter", [])
    d = new_docx("Georgia", 10.5)
    docx_par(d, "Brandauer aktuell – Ausgabe 3/2026", bold=True, size=16)
    docx_par(d, "Neues Werk, neue Module, gute Zahlen", italic=True)
    docx_par(d, "Liebe Kundinnen und Kunden,")
    docx_par(d, "2025 war für uns ein Rekordjahr: Wir haben 41 000 Module ausgeliefert, unsere Liefertreue lag über alle Kunden "
                "bei 98,7 % und die Reklamationsquote bei 12 ppm. Dafür danken wir unserem Team in Passau.")
    docx_par(d, "Im Herbst nimmt unser zweites Werk in Vilshofen den Betrieb auf. Dort fertigen wir das neue Modul BM-52-314 "
                "mit 314-Ah-Zellen.")
    docx_par(d, "Viele von Ihnen haben uns Fragebögen zu Kobalt, Lithium und Graphit geschickt. Wir arbeiten an einer "
                "einheitlichen Antwort für alle Kunden und melden uns bis Jahresende.")
    docx_par(d, "Herzliche Grüße aus Niederbayern\nDr. Florian Brandauer")
    save_docx(d, path)


NOISE_DOCS = [n01_kmt_forum_flyer, n02_stb_price_list, n03_wll_shipping_notice, n04_bbs_newsletter]

DOCUMENTS = MINERALS_DOCS + CONTRACT_DOCS + KPI_DOCS + PROFILE_DOCS + NOISE_DOCS


def build(out: Path) -> dict:
    """Write the corpus and its truth; returns the truth (the signature every hand-written corpus shares)."""
    return build_corpus(Path(out), documents=DOCUMENTS, suppliers=SUPPLIERS, generator=GENERATOR, seed=SEED)


def main(argv: list[str] | None = None) -> int:
    return run(argv, "build_vendor", build)


if __name__ == "__main__":
    sys.exit(main())

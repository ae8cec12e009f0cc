"""A hand-written evaluation corpus of RoHS and REACH declarations, battery carbon-footprint declarations and
sustainability (ESG) data, plus a few papers that only mention these words, with its truth.

    python -m evals.handwritten.build_declarations OUT_DIR

Writes OUT_DIR/suppliers/<Supplier>/<subfolder>/<file>, OUT_DIR/truth.json (the format of evals/styles/truth.py,
read by evals/styles/score.py) and OUT_DIR/.govignore, through build_tests.build.

It was written by a helper that read neither the product's extractors, its prompts, its answering code, the styles
generator nor the builders of the other hand-written corpora except build_agreements (for its conventions); it
reuses only build_tests.py (writers, Corpus, Sup, truth and supplier-problem logic). Every document is drafted by
hand below in the words of compliance departments, LCA consultants, verifiers and sustainability teams: letters
with a signature block, label/value forms, tables, prose, a portal export, a part-number matrix, a CDX-like
printout and e-mails. The buyer, Auerbach Energy Systems GmbH (Regensburg), and all suppliers, verifiers, people,
part numbers, figures and dates are invented; the Candidate List dates and entry counts are ECHA's. The build is
deterministic: reportlab PDFs with invariant=1, Office files re-zipped with fixed timestamps, no randomness.

Suppliers (11) and their documents (40):
- Kinh Bắc Cell Energy (Vietnam, cells and EV modules): combined RoHS & REACH compliance statement (PDF letter),
  EV-module carbon-footprint declaration (PDF form), ESG data sheet with 2024 and 2025 in columns and the renewable
  share stored as a fraction under a percent format (XLSX).
- Nanzhou Separator (China, separators): Chinese/English RoHS declaration with a test table (DOCX), Chinese/English
  REACH SVHC declaration (DOCX), ESG portal export with energy in kWh, a renewable ratio and waste in kg (CSV);
  noise: the buyer's letter requesting REACH and RoHS declarations (PDF).
- Hakuba Cathode Materials (Japan, cathode material): Japanese/English REACH non-content certificate against an
  older Candidate List (XLSX), a compliance-portal export with a RoHS and a REACH record per part (CSV, semicolons),
  Japanese/English environmental data for FY2025/26 with energy in GJ and the prior year in a footnote (DOCX).
- Seoha Energy (South Korea, cells and EV packs): Korean/English RoHS declaration without any date (DOCX),
  Korean/English EV-pack carbon-footprint declaration with recycled content (DOCX), environmental data of the
  sustainability report with energy in TJ (PDF), Korean/English REACH confirmation against the June 2024 list
  (XLSX); noise: a "green cells" brochure (PDF).
- Lechbruck Gehäusetechnik (Germany, battery housings): German RoHS declaration of conformity claiming exemptions
  6(b)-I and 6(c) (PDF letter), CDX-like printout of a REACH declaration naming lead and D4 with CAS numbers (TXT),
  sustainability-report extract with 2024 and 2025 in columns and energy in kWh (PDF); noise: the buyer's
  packaging specification requiring RoHS and REACH compliance (DOCX).
- Narew Elektronika (Poland, BMS electronics): Polish RoHS declaration claiming exemptions 7(a) and 7(c)-I (PDF),
  RoHS/REACH matrix with one row per part number (XLSX), e-mail answering the buyer's ESG questionnaire with energy
  in kWh, a renewable fraction and waste in kg (TXT).
- Moduli Energetici Bresciani (Italy, ESS packs): REACH Art. 33 communication naming DEHP with its CAS number
  (PDF letter), industrial-battery carbon-footprint declaration with recycled lithium (PDF), sustainability report
  in prose with energy in GJ and last year's Scope 1 in a sentence (DOCX).
- Baterías Meseta (Spain, e-bike packs): combined RoHS y REACH declaration that names no Candidate List version
  (DOCX), LMT-battery carbon-footprint declaration, self-declared without verifier (MD), sustainability indicators
  with energy in kWh and waste in kg (MD); noise: a price list with a "RoHS" column and a low-carbon option (XLSX).
- Accumulateurs du Rhône (France, forklift packs): unsigned RoHS attestation claiming exemption 6(c) that names no
  amending act (PDF), carbon-footprint declaration of two industrial models side by side with recycled content
  (PDF), extra-financial performance extract (PDF), REACH SVHC declaration for all products (DOCX); noise: an LCA
  consultant's quotation for an ISO 14067 study (PDF).
- Piedmont Cell Works (USA, ESS racks): RoHS certificate of compliance stating a DEHP exceedance (non-compliant,
  PDF letter), e-mail naming an SVHC without CAS number (MCCP) (TXT), cradle-to-gate carbon-footprint declaration
  of an industrial battery (PDF), site environmental data sheet for a fiscal year with location- and market-based
  Scope 2 (PDF).
- Akumulátory Vltava (Czechia, lead-acid traction batteries): Czech/English carbon-footprint declaration in
  t CO2e/MWh with recycled lead (XLSX), Czech REACH Art. 33 information naming lead (PDF).

Hard cases (in each document's `flags`): RoHS exemptions claimed (`exemptions`: Lechbruck, Narew x2, Rhône);
RoHS non-compliance (`non_compliant`: Piedmont); REACH with SVHCs and CAS numbers (`svhc`: Lechbruck with two,
Bresciani, Vltava), an SVHC without CAS (`svhc_no_cas`: Piedmont), no SVHC (`no_svhc`), no Candidate List version
(`no_candidate_list_version`: Meseta), an outdated list (`stale_candidate_list`: Hakuba, Seoha); unsigned
(`unsigned`: Rhône) and undated (`undated`: Seoha) declarations; combined RoHS & REACH documents (`combined`);
carbon footprints without verifier (`no_verifier`: Meseta), of an LMT, industrial and EV battery (`lmt`,
`industrial`, `ev`), two models in one document (`two_models`: Rhône), cradle-to-gate only (`cradle_to_gate`:
Piedmont), t CO2e/MWh (`t_per_mwh`: Vltava), recycled content (`recycled_content`); ESG data with two years in
columns (`two_years`), energy in GJ, TJ or kWh (`energy_gj`, `energy_tj`, `energy_kwh`), waste in kg (`waste_kg`),
the renewable share as a fraction (`renewable_fraction`, `percent_format`), a site figure (`site`), both Scope 2
methods (`scope2_dual`), a prior year in a footnote or a sentence (`prior_year_footnote`, `prior_year_in_prose`).

Truth conventions (the scorer's rules, as this corpus applies them):
- substance_declaration: one fact per regulation a document declares (a combined RoHS & REACH declaration gives
  two). RoHS facts state the directive "2011/65/EU" and the amending act "(EU) 2015/863" (null when the document
  names none), in these canonical spellings whatever the language ("2011/65/UE", "(UE) 2015/863" are the same
  acts); the Annex III/IV exemptions claimed, as numbered ("6(b)-I", "7(c)-I"; an empty list when none is claimed
  or none mentioned; a part-number matrix gives the union of its rows); compliant true when the document declares
  compliance, false when it states a restricted substance above its limit. REACH facts state the Candidate List
  date and entry count as written (null when not stated), the SVHCs named above 0.1 % w/w with CAS (null when the
  document gives none) and concentration (a range's upper bound), and compliant true when it declares none above
  0.1 %, false when it names one. Both state the part numbers the document lists (left out when it covers all the
  supplier's products without listing them), the date it is issued, dated or, for a record, declared (null when it
  has none), and the signatory's name without title (null when the signature block is empty; left out for
  records, matrices and printouts that carry no signature block).
- carbon_footprint: one fact per battery model: plant as the document writes it, category (ev / industrial /
  lmt), kg CO2e per kWh (t CO2e/MWh is the same number), the life-cycle stages covered in the regulation's four
  English names ("cradle-to-grave excluding use phase" is all four; cradle-to-gate is the first two), the method
  as the document labels it, the verifier (null when self-declared), the issue date, and recycled_pct where the
  document states shares (a metal said to be absent is left out).
- esg_metric: one fact per metric and period the document reports: energy_use in MWh (1 GJ = 1/3.6 MWh, 1 TJ =
  1,000 GJ, 1,000 kWh = 1 MWh), renewable_electricity in % (a fraction 0.35 is 35 %), scope1 and scope2 in t CO2e
  (Scope 2 market-based where both methods are given), waste in t (total waste; kg / 1,000). The period is the
  year as the report names it ("2025", "FY2025/26", "FY2026"); site only where the figures are for one named site.
  Other indicators (water, hazardous waste alone, intensities, targets) yield nothing.
- noise: no facts.
No supplier sends a profile, and no problem is derived from these kinds (build_tests._problems knows none of
them), so every supplier's expected release stays undecided, as in the other hand-written corpora.
"""

# ruff: noqa: E501  (document text is kept on the lines it is printed on, some wider than 120 columns)

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
from pathlib import Path

from evals.handwritten.build_tests import (
    DOC_TYPES,
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
    de,
    de_long,
    docx_header_footer,
    docx_par,
    docx_table,
    en_long,
    es_long,
    fr_long,
    iso,
    ko,
    new_docx,
    new_xlsx,
    pdf,
    run,
    running,
    save_docx,
    save_xlsx,
    text_file,
    us_long,
    zh,
)
from evals.handwritten.build_tests import (
    build as build_corpus,
)

GENERATOR = "evals.handwritten.declarations"
SEED = 10

# The document types a correct classification gives these kinds. build_tests knows none of them; they are added
# here (the earlier kinds are left as they are). The names are this corpus's proposal: align them with the
# product's document types when it has them.
DOC_TYPE_SUBSTANCE = ["substance_declaration"]
DOC_TYPE_CARBON = ["carbon_footprint"]
DOC_TYPE_ESG = ["esg_report"]
DOC_TYPES.setdefault("substance_declaration", DOC_TYPE_SUBSTANCE)
DOC_TYPES.setdefault("carbon_footprint", DOC_TYPE_CARBON)
DOC_TYPES.setdefault("esg_metric", DOC_TYPE_ESG)

BUYER = "Auerbach Energy Systems GmbH"
BUYER_ADDR = "Auerbach Energy Systems GmbH\nSupplier Quality & Compliance\nDechbettener Straße 60\n93049 Regensburg\nGermany"

# ---------------------------------------------------------------------------------------------------------------
# The suppliers (all invented)
# ---------------------------------------------------------------------------------------------------------------

KB = Sup("Kinh Bac Cell Energy", "Kinh Bắc Cell Energy JSC", "cell_manufacturer", "Vietnam", True)
NZ = Sup("Nanzhou Separator", "Jiangsu Nanzhou Separator Materials Co., Ltd.", "cell_component", "China", False)
HK = Sup("Hakuba Cathode Materials", "Hakuba Cathode Materials K.K.", "cathode_material", "Japan", True)
SE = Sup("Seoha Energy", "Seoha Energy Co., Ltd.", "cell_manufacturer", "South Korea", True)
LB = Sup("Lechbruck Gehäusetechnik", "Lechbruck Gehäusetechnik GmbH", "mechanical_component", "Germany", True)
NE = Sup("Narew Elektronika", "Narew Elektronika Sp. z o.o.", "electronics_component", "Poland", False)
BR = Sup("Moduli Energetici Bresciani", "Moduli Energetici Bresciani S.r.l.", "pack_integrator", "Italy", False)
BM = Sup("Baterías Meseta", "Baterías Meseta S.L.", "pack_integrator", "Spain", False)
AR = Sup("Accumulateurs du Rhône", "Accumulateurs du Rhône S.A.S.", "pack_integrator", "France", False)
PC = Sup("Piedmont Cell Works", "Piedmont Cell Works, Inc.", "ess_integrator", "United States", False)
VL = Sup("Akumulátory Vltava", "Akumulátory Vltava a.s.", "pack_integrator", "Czechia", False)
SUPPLIERS = [KB, NZ, HK, SE, LB, NE, BR, BM, AR, PC, VL]

# ---------------------------------------------------------------------------------------------------------------
# Truth helpers
# ---------------------------------------------------------------------------------------------------------------

RAW = "raw material acquisition and pre-processing"
PROD = "main product production"
DIST = "distribution"
EOL = "end of life and recycling"
ALL_STAGES = [RAW, PROD, DIST, EOL]

ROHS_DIR = "2011/65/EU"
ROHS_AMD = "(EU) 2015/863"


def rohs(*, issued: dt.date | None, exemptions: tuple[str, ...] = (), compliant: bool | None = True,
         amendment: str | None = ROHS_AMD, products: object = OMIT, signed_by: object = OMIT) -> dict:
    f: dict[str, object] = {"kind": "substance_declaration", "regulation": "RoHS", "directive": ROHS_DIR,
                            "amendment": amendment, "exemptions": list(exemptions), "compliant": compliant}
    if products is not OMIT:
        f["products"] = list(products)  # type: ignore[call-overload]
    f["issued"] = iso(issued) if issued else None
    if signed_by is not OMIT:
        f["signed_by"] = signed_by
    return f


def svhc(substance: str, cas: str | None, pct: float | None) -> dict:
    return {"substance": substance, "cas": cas, "concentration_pct": pct}


def reach(*, issued: dt.date | None, list_date: dt.date | None, entries: int | None, svhcs: tuple[dict, ...] = (),
          products: object = OMIT, signed_by: object = OMIT) -> dict:
    f: dict[str, object] = {"kind": "substance_declaration", "regulation": "REACH",
                            "candidate_list_date": iso(list_date) if list_date else None,
                            "candidate_list_entries": entries, "svhcs": list(svhcs), "compliant": not svhcs}
    if products is not OMIT:
        f["products"] = list(products)  # type: ignore[call-overload]
    f["issued"] = iso(issued) if issued else None
    if signed_by is not OMIT:
        f["signed_by"] = signed_by
    return f


def cfp(model: str, *, plant: str, category: str, value: float, stages: list[str], method: str,
        verifier: str | None, issued: dt.date, recycled: dict[str, float] | None = None) -> dict:
    f: dict[str, object] = {"kind": "carbon_footprint", "model": model, "plant": plant, "category": category,
                            "kg_co2e_per_kwh": value, "stages": list(stages), "method": method, "verifier": verifier,
                            "issued": iso(issued)}
    if recycled is not None:
        f["recycled_pct"] = recycled
    return f


UNITS = {"energy_use": "MWh", "renewable_electricity": "%", "scope1": "t CO2e", "scope2": "t CO2e", "waste": "t"}


def esg(metric: str, value: float, period: str, site: str | None = None) -> dict:
    f: dict[str, object] = {"kind": "esg_metric", "metric": metric, "value": value, "unit": UNITS[metric],
                            "period": period}
    if site is not None:
        f["site"] = site
    return f


def esg5(period: str, energy: float, renewable: float, s1: float, s2: float, waste: float,
         site: str | None = None) -> list[dict]:
    return [esg("energy_use", energy, period, site), esg("renewable_electricity", renewable, period, site),
            esg("scope1", s1, period, site), esg("scope2", s2, period, site), esg("waste", waste, period, site)]


def gj(x: float) -> float:
    """GJ -> MWh."""
    return round(x / 3.6, 3)


# ---------------------------------------------------------------------------------------------------------------
# Dates and numbers written the ways these documents write them
# ---------------------------------------------------------------------------------------------------------------

MON_PL_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
              "października", "listopada", "grudnia"]
MON_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
          "novembre", "dicembre"]
MON_CS_GEN = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
              "listopadu", "prosince"]
DAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def pl_long(d: dt.date) -> str:
    return f"{d.day} {MON_PL_GEN[d.month - 1]} {d.year} r."


def it_long(d: dt.date) -> str:
    return f"{d.day} {MON_IT[d.month - 1]} {d.year}"


def cs_short(d: dt.date) -> str:
    return f"{d.day}. {d.month}. {d.year}"


def cs_long(d: dt.date) -> str:
    return f"{d.day}. {MON_CS_GEN[d.month - 1]} {d.year}"


def rfc_date(d: dt.date, time: str, zone: str) -> str:
    return f"{DAY_EN[d.weekday()]}, {d.day} {MON_EN3[d.month - 1]} {d.year} {time} {zone}"


def ja(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def csv_text(rows: list[list[object]], delimiter: str = ",") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def letterhead(lk: Look, name: str, lines: str) -> list:
    return [P(name, lk.h2), P(lines, lk.small), SP(2)]


# ---------------------------------------------------------------------------------------------------------------
# Kinh Bắc Cell Energy (Vietnam)
# ---------------------------------------------------------------------------------------------------------------

KB_HEAD = ("Lot CN-07, Yen Phong II-C Industrial Park, Yen Phong District, Bac Ninh Province, Vietnam · "
           "Tel. +84 222 3699 100 · compliance@kinhbaccell.vn · www.kinhbaccell.vn")


def d01_kb_rohs_reach_letter_pdf(C: Corpus) -> None:
    """A combined RoHS & REACH statement on letterhead; no exemption, no SVHC, the June 2025 list."""
    issued = D(2026, 2, 12)
    parts = ["KB-C50-NMC", "KB-EVM-104"]
    signer = "Trần Minh Đức"
    facts = [rohs(issued=issued, products=parts, signed_by=signer),
             reach(issued=issued, list_date=D(2025, 6, 25), entries=250, products=parts, signed_by=signer)]
    path = C.add(KB, "Compliance/KBC RoHS & REACH Compliance Statement 2026.pdf", "substance_declaration",
                 "hw-combined-letter-pdf", facts, ["combined", "no_svhc"])
    lk = Look("Sans", 9.6, margins=(22, 22, 20, 20))
    s = letterhead(lk, "Kinh Bắc Cell Energy JSC", KB_HEAD) + [
        SP(4), P(BUYER_ADDR, lk.body), SP(3),
        P(f"Bac Ninh, {en_long(issued)}", lk.right),
        P("Our ref.: KBC-QA-DOC-2026-014", lk.right), SP(3),
        P("RoHS & REACH Compliance Statement", lk.h1l),
        P("We, Kinh Bắc Cell Energy JSC, hereby declare under our sole responsibility that the products listed below, "
          "as supplied to Auerbach Energy Systems GmbH under purchase agreement AES-PA-2024-118, meet the requirements "
          "set out in sections 1 and 2 of this statement.", lk.body), SP(2),
        TBL(lk, [["Part number", "Description", "Customer part no."],
                 ["KB-C50-NMC", "Prismatic lithium-ion cell, NMC 811 / graphite, 3.67 V, 50 Ah", "AES-7710-0050"],
                 ["KB-EVM-104", "EV battery module 12S1P, 44.0 V, 50 Ah (2.20 kWh)", "AES-7720-0104"]],
            [32, 100, 36]), SP(3),
        P("1. RoHS", lk.h3),
        P("The products comply with Directive 2011/65/EU of the European Parliament and of the Council on the "
          "restriction of the use of certain hazardous substances in electrical and electronic equipment, as amended "
          "by Commission Delegated Directive (EU) 2015/863. The maximum concentration values of Annex II (0.1 % by "
          "weight in homogeneous materials for Pb, Hg, Cr(VI), PBB, PBDE, DEHP, BBP, DBP and DIBP; 0.01 % for Cd) "
          "are not exceeded. No exemption listed in Annex III or Annex IV is applied.", lk.body),
        P("2. REACH", lk.h3),
        P("In accordance with Article 33 of Regulation (EC) No 1907/2006 (REACH), the products were checked against "
          "the Candidate List of Substances of Very High Concern for Authorisation published by ECHA on 25 June 2025 "
          "(250 entries). The products do not contain any SVHC in a concentration above 0.1 % weight by weight "
          "(w/w) at article level. No substance of the products is subject to Annex XIV authorisation or is "
          "restricted under Annex XVII in a way relevant to the intended use.", lk.body),
        P("3. Basis", lk.h3),
        P("This statement is based on the material declarations of our sub-suppliers (IMDS and CDX data), on XRF "
          "screening at incoming inspection and on laboratory reports by an ISO/IEC 17025 accredited laboratory. It "
          "remains valid until revoked or until a change of the products, and will be reviewed whenever ECHA "
          "updates the Candidate List.", lk.body), SP(5),
        P("Yours sincerely,", lk.body), SP(7),
        M("<i>Trần Minh Đức</i>", lk.body),
        P(f"{signer}\nQuality & Compliance Director\nKinh Bắc Cell Energy JSC", lk.body)]
    pdf(path, s, lk, running(footer_left="KBC-QA-DOC-2026-014", footer_right="Page {page} of {total}"))


def f01_kb_cfp_ev_pdf(C: Corpus) -> None:
    """An EV-module carbon-footprint declaration as a numbered form with a per-stage table."""
    issued = D(2026, 3, 30)
    fact = cfp("KB-EVM-104", plant="Bac Ninh, Vietnam", category="ev", value=58.9, stages=ALL_STAGES,
               method="ISO 14067:2018", verifier="Lotus Assurance & Verification Co., Ltd.", issued=issued)
    path = C.add(KB, "Carbon footprint/CFP declaration KB-EVM-104.pdf", "carbon_footprint", "hw-form-pdf", [fact],
                 ["ev"])
    lk = Look("Cond", 9.2)
    s = [P("Kinh Bắc Cell Energy JSC", lk.h2), P(KB_HEAD, lk.small), SP(3),
         P("Battery Carbon Footprint Declaration", lk.h1),
         P("pursuant to Article 7 and Annex II of Regulation (EU) 2023/1542 concerning batteries and waste batteries",
           lk.center), SP(4),
         KV(lk, [("1. Manufacturer", "Kinh Bắc Cell Energy JSC, Lot CN-07, Yen Phong II-C Industrial Park, Bac Ninh "
                                     "Province, Vietnam"),
                 ("2. Battery model", "KB-EVM-104 (EV battery module 12S1P, NMC 811, 44.0 V, 50 Ah, 2.20 kWh, 13.9 kg)"),
                 ("3. Battery category", "Electric vehicle battery (Article 3(1), point 14)"),
                 ("4. Manufacturing plant", "Bac Ninh, Vietnam"),
                 ("5. Carbon footprint of the battery", "58.9 kg CO2-eq/kWh"),
                 ("6. Functional unit", "1 kWh of the total energy provided by the battery over its expected service "
                                        "life (3,000 full cycles at 80 % depth of discharge)"),
                 ("7. Calculation method", "ISO 14067:2018"),
                 ("8. Independent third-party verification", "Lotus Assurance & Verification Co., Ltd., Hanoi "
                                                            "(verification statement LAV-CFP-26-0311)"),
                 ("9. EU declaration of conformity", "KBC-DoC-EVM104-01"),
                 ("10. Public version of the study", "www.kinhbaccell.vn/cfp/KB-EVM-104")], widths=(58, 112)), SP(4),
         P("11. Carbon footprint per life-cycle stage", lk.h3),
         TBL(lk, [["Life-cycle stage", "kg CO2-eq/kWh", "Share"],
                  ["Raw material acquisition and pre-processing", "43.1", "73.2 %"],
                  ["Main product production", "13.6", "23.1 %"],
                  ["Distribution", "0.9", "1.5 %"],
                  ["End of life and recycling", "1.3", "2.2 %"],
                  ["Total", "58.9", "100 %"]], [90, 40, 40]), SP(3),
         P("The use stage is excluded as it is not under the influence of the manufacturer. Electricity of the main "
           "production stage is modelled with the residual mix of the Northern Vietnam grid (no guarantees of origin "
           "claimed).", lk.small), SP(6),
         KV(lk, [("Date of issue", iso(issued)), ("Issued by", "Trần Minh Đức, Quality & Compliance Director")],
            widths=(40, 130), grid=False)]
    pdf(path, s, lk, running(header_right="CFP-KB-EVM-104 rev. 0", footer_right="Page {page} of {total}"))


def g01_kb_esg_two_years_xlsx(C: Corpus) -> None:
    """An ESG data sheet, 2024 and 2025 in columns; renewable share stored as a fraction under a percent format."""
    facts = (esg5("2024", 96420, 12.5, 6840, 58930, 3412) + esg5("2025", 118750, 21.0, 7215, 66480, 4006))
    path = C.add(KB, "Sustainability/KBC ESG data sheet 2024-2025.xlsx", "esg_metric", "hw-two-year-columns-xlsx",
                 facts, ["two_years", "percent_format"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Environmental data"
    rows = [["Kinh Bắc Cell Energy JSC – ESG data sheet for customer questionnaires"],
            ["Reporting boundary: Kinh Bắc Cell Energy JSC, operational control approach; calendar years"],
            ["GHG accounting: GHG Protocol Corporate Standard; emission factors: MONRE 2023 grid factor, IPCC AR6 GWP100"],
            [],
            ["Indicator", "Unit", 2024, 2025, "Comment"],
            ["Total energy consumption", "MWh", 96420, 118750, "electricity, LPG, diesel"],
            ["Share of renewable electricity", "%", 0.125, 0.21, "rooftop PV (4.2 MWp) and I-RECs"],
            ["Scope 1 GHG emissions", "t CO2e", 6840, 7215, "incl. refrigerant losses"],
            ["Scope 2 GHG emissions (market-based)", "t CO2e", 58930, 66480, ""],
            ["Total waste generated", "t", 3412, 4006, "of which hazardous: 1,106 t (2024), 1,388 t (2025)"],
            ["Water withdrawal", "m³", 512000, 603500, "municipal supply"],
            ["Employees (31 Dec)", "headcount", 2140, 2615, ""],
            [],
            ["Prepared by: ESG Office, 27 February 2026. Figures for 2025 not yet externally assured."]]
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=6, max_row=12, min_col=3, max_col=4):
        for c in row:
            c.number_format = "#,##0"
    for c in ws[7][2:4]:
        c.number_format = "0.0%"
    for col, w in zip("ABCDE", [40, 12, 14, 14, 48], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


# ---------------------------------------------------------------------------------------------------------------
# Jiangsu Nanzhou Separator Materials (China)
# ---------------------------------------------------------------------------------------------------------------

NZ_HEAD = ("江苏南洲隔膜材料有限公司 / Jiangsu Nanzhou Separator Materials Co., Ltd.\n"
           "江苏省常州市金坛区华城路88号 / No. 88 Huacheng Road, Jintan District, Changzhou, Jiangsu, China · "
           "Tel +86 519 8231 6600 · quality@nanzhou-sep.cn")


def d02_nz_rohs_docx(C: Corpus) -> None:
    """Chinese/English RoHS declaration with a test-result table; no exemption claimed."""
    issued = D(2026, 3, 18)
    parts = ["NZ-PE9-W", "NZ-PE12-C"]
    fact = rohs(issued=issued, products=parts, signed_by="Zhou Hao")
    path = C.add(NZ, "合规 Compliance/RoHS 符合性声明 NZ-RoHS-2026-007.docx", "substance_declaration",
                 "hw-zh-en-rohs-table-docx", [fact])
    d = new_docx("SimSun", 10)
    docx_header_footer(d, NZ_HEAD.split("\n")[0], "文件编号 Doc. No.: NZ-RoHS-2026-007")
    docx_par(d, "RoHS 符合性声明\nRoHS Declaration of Conformity", bold=True, size=15, align="center")
    docx_table(d, [["声明编号 Declaration No.", "NZ-RoHS-2026-007"],
                   ["声明方 Declarant", "江苏南洲隔膜材料有限公司 Jiangsu Nanzhou Separator Materials Co., Ltd."],
                   ["客户 Customer", "Auerbach Energy Systems GmbH"],
                   ["产品 Products", "湿法聚乙烯隔膜 Wet-process PE separator NZ-PE9-W (9 µm)\n"
                                    "陶瓷涂覆隔膜 Ceramic-coated separator NZ-PE12-C (12 µm)"]],
               bold_head=False, bold_first_col=True)
    docx_par(d, "")
    docx_par(d, "我司声明上述产品符合欧盟RoHS指令2011/65/EU及其修订指令(EU) 2015/863附录II的限用物质要求。\n"
                "We declare that the above products meet the restricted-substance requirements of Annex II of EU RoHS "
                "Directive 2011/65/EU and its amending Directive (EU) 2015/863.")
    docx_table(d, [["物质 Substance", "限值 Limit (mg/kg)", "NZ-PE9-W", "NZ-PE12-C", "检出限 MDL (mg/kg)"],
                   ["铅 Lead (Pb)", "1000", "N.D.", "N.D.", "2"],
                   ["汞 Mercury (Hg)", "1000", "N.D.", "N.D.", "2"],
                   ["镉 Cadmium (Cd)", "100", "N.D.", "N.D.", "2"],
                   ["六价铬 Hexavalent chromium (Cr VI)", "1000", "N.D.", "N.D.", "8"],
                   ["多溴联苯 PBBs", "1000", "N.D.", "N.D.", "5"],
                   ["多溴二苯醚 PBDEs", "1000", "N.D.", "N.D.", "5"],
                   ["邻苯二甲酸二(2-乙基己基)酯 DEHP", "1000", "N.D.", "N.D.", "50"],
                   ["邻苯二甲酸丁苄酯 BBP", "1000", "N.D.", "N.D.", "50"],
                   ["邻苯二甲酸二丁酯 DBP", "1000", "N.D.", "N.D.", "50"],
                   ["邻苯二甲酸二异丁酯 DIBP", "1000", "N.D.", "N.D.", "50"]])
    docx_par(d, "N.D. = 未检出 not detected (< MDL)。检测报告 Test report: CTL-2602-01482-CHEM，"
                "常州中测检测技术有限公司 Changzhou Zhongce Testing Co., Ltd., 2026-02-06。", size=8.5)
    docx_par(d, "本声明未使用RoHS指令附录III或附录IV中的任何豁免条款。/ No exemption under Annex III or Annex IV is claimed.")
    docx_par(d, "")
    docx_par(d, f"签发日期 Date of issue: {zh(issued)}")
    docx_par(d, "授权签字人 Authorized signatory: 周浩 Zhou Hao，质量部经理 QA Manager")
    docx_par(d, "（公司盖章 / company seal）", italic=True)
    save_docx(d, path)


def d03_nz_reach_docx(C: Corpus) -> None:
    """Chinese/English REACH SVHC declaration: none above 0.1 %, the June 2025 list with its entry count in Chinese."""
    issued = D(2026, 4, 2)
    parts = ["NZ-PE9-W", "NZ-PE12-C", "NZ-PE16-C"]
    fact = reach(issued=issued, list_date=D(2025, 6, 25), entries=250, products=parts, signed_by="Zhou Hao")
    path = C.add(NZ, "合规 Compliance/REACH SVHC 声明 2026.docx", "substance_declaration", "hw-zh-en-reach-docx",
                 [fact], ["no_svhc"])
    d = new_docx("SimSun", 10)
    docx_par(d, NZ_HEAD, size=8.5)
    docx_par(d, "")
    docx_par(d, "REACH法规高度关注物质（SVHC）声明\nREACH SVHC Declaration", bold=True, size=14, align="center")
    docx_par(d, "致 To: Auerbach Energy Systems GmbH, Dechbettener Straße 60, 93049 Regensburg, Germany")
    docx_par(d, "产品 Products: 锂离子电池隔膜，供贵司的全部型号 / lithium-ion battery separators, all grades supplied to "
                "you: NZ-PE9-W, NZ-PE12-C, NZ-PE16-C")
    docx_par(d, "经核查，上述产品中不含欧洲化学品管理局（ECHA）于2025年6月25日更新的高度关注物质候选清单（共250项）中"
                "任何含量超过0.1%（重量比）的物质。")
    docx_par(d, "Having checked our materials and our sub-suppliers' declarations, we confirm that the products above do "
                "not contain any substance of the Candidate List of substances of very high concern as updated by the "
                "European Chemicals Agency (ECHA) on 25 June 2025 (250 entries) in a concentration above 0.1 % (w/w), "
                "in accordance with Article 33 of Regulation (EC) No 1907/2006.")
    docx_par(d, "如候选清单更新，我司将在六个月内重新评估并通知贵司。/ Should the Candidate List be updated, we will "
                "re-assess the products within six months and inform you.")
    docx_par(d, "")
    docx_table(d, [["日期 Date", "签名 Signature", "姓名/职务 Name / Title"],
                   [zh(issued), "周浩", "周浩 Zhou Hao / 质量部经理 QA Manager"]])
    save_docx(d, path)


def g02_nz_esg_csv(C: Corpus) -> None:
    """An ESG portal export: energy in kWh, renewable share as a ratio, waste in kg with a total row."""
    facts = esg5("2025", 21463.8, 22.6, 3127.4, 11208.6, 1284.5)
    path = C.add(NZ, "ESG/ESG_indicators_export_2025.csv", "esg_metric", "hw-zh-en-portal-csv", facts,
                 ["energy_kwh", "renewable_fraction", "waste_kg"])
    rows: list[list[object]] = [
        ["指标代码 Indicator code", "指标 Indicator", "年度 Year", "数值 Value", "单位 Unit", "数据来源 Source", "审核 Reviewed"],
        ["E-01", "综合能源消耗 Total energy consumption", "2025", "21463800", "kWh", "电力及天然气账单 utility bills", "Y"],
        ["E-02", "可再生电力占比 Renewable electricity share", "2025", "0.226", "ratio", "绿电交易 + 屋顶光伏 green power trading + rooftop PV", "Y"],
        ["E-03", "范围一温室气体排放 Scope 1 GHG emissions", "2025", "3127.4", "tCO2e", "GHG Protocol", "Y"],
        ["E-04", "范围二温室气体排放（基于市场）Scope 2 GHG emissions (market-based)", "2025", "11208.6", "tCO2e", "GHG Protocol", "Y"],
        ["E-05", "一般固体废物 Non-hazardous waste", "2025", "1068500", "kg", "台账 waste ledger", "Y"],
        ["E-06", "危险废物 Hazardous waste", "2025", "216000", "kg", "危废转移联单 transfer manifests", "Y"],
        ["E-07", "废物合计 Total waste", "2025", "1284500", "kg", "E-05 + E-06", "Y"],
        ["W-01", "取水量 Water withdrawal", "2025", "338000", "m3", "水费单 water bills", "N"],
        ["E-08", "单位产品能耗 Energy intensity", "2025", "0.61", "kWh/m2", "", "N"],
    ]
    text_file(path, csv_text(rows))


def n01_nz_request_letter_pdf(C: Corpus) -> None:
    """Noise: the buyer's letter asking the supplier for REACH and RoHS declarations and its 2025 emissions."""
    path = C.add(NZ, "合规 Compliance/Request for declarations AES 2026-03.pdf", "noise", "hw-request-letter", [])
    lk = Look("Serif", 10.5, margins=(25, 25, 25, 22))
    s = [P(BUYER, lk.h2), P("Supplier Quality & Compliance · Dechbettener Straße 60 · 93049 Regensburg · Germany",
                            lk.small), SP(6),
         P("Jiangsu Nanzhou Separator Materials Co., Ltd.\nAttn. Mr Zhou Hao, QA Manager\nNo. 88 Huacheng Road, "
           "Jintan District\nChangzhou, Jiangsu, China", lk.body), SP(4),
         P(f"Regensburg, {en_long(D(2026, 3, 4))}", lk.right), SP(3),
         P("Request for updated REACH and RoHS declarations and 2025 environmental data", lk.h3),
         P("Dear Mr Zhou,", lk.body),
         P("As part of our annual supplier compliance review we kindly ask you to provide, for all separator grades you "
           "supply to us (NZ-PE9-W, NZ-PE12-C, NZ-PE16-C):", lk.body),
         P("1. a REACH declaration according to Article 33 of Regulation (EC) No 1907/2006, checked against the "
           "current Candidate List (at the date of this letter: 25 June 2025, 250 entries), naming any SVHC above "
           "0.1 % (w/w) with its CAS number and concentration;\n"
           "2. a RoHS declaration of conformity with Directive 2011/65/EU as amended by Delegated Directive (EU) "
           "2015/863, stating any exemption of Annex III you rely on;\n"
           "3. your company's 2025 energy consumption, share of renewable electricity, Scope 1 and Scope 2 "
           "(market-based) emissions and total waste, as requested in section C of our ESG questionnaire.", lk.body),
         P("Please upload the documents to our supplier portal by 30 April 2026. Declarations older than 12 months or "
           "checked against a Candidate List older than the last-but-one update cannot be accepted.", lk.body),
         P("Thank you for your support.", lk.body), SP(3), P("Kind regards,", lk.body), SP(6),
         P("Katharina Brandl\nSenior Compliance Engineer", lk.body)]
    pdf(path, s, lk, None)


# ---------------------------------------------------------------------------------------------------------------
# Hakuba Cathode Materials (Japan)
# ---------------------------------------------------------------------------------------------------------------

def d04_hk_reach_xlsx(C: Corpus) -> None:
    """Japanese/English REACH non-content certificate in a worksheet, against the January 2025 list (247)."""
    issued = D(2026, 2, 10)
    parts = ["HK-NMC811-S", "HK-NMC622-P"]
    fact = reach(issued=issued, list_date=D(2025, 1, 21), entries=247, products=parts, signed_by="Kenichi Yamada")
    path = C.add(HK, "品質保証 QA/REACH SVHC 非含有証明書 2026.xlsx", "substance_declaration", "hw-ja-en-reach-xlsx",
                 [fact], ["no_svhc", "stale_candidate_list"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "証明書 Certificate"
    rows = [["REACH SVHC 非含有証明書 / REACH SVHC Non-Content Certificate"],
            [],
            ["宛先 To", "Auerbach Energy Systems GmbH 御中"],
            ["発行日 Date of issue", ja(issued)],
            ["証明書番号 Certificate No.", "HCM-QA-REACH-26-004"],
            [],
            ["品番 Part number", "品名 Description", "用途 Application"],
            ["HK-NMC811-S", "正極活物質 NMC811 単結晶 / cathode active material NMC811, single crystal", "EV cells"],
            ["HK-NMC622-P", "正極活物質 NMC622 多結晶 / cathode active material NMC622, polycrystalline", "ESS cells"],
            [],
            ["当社は、上記製品が欧州化学品庁（ECHA）の認可対象候補物質リスト（2025年1月21日更新、247物質）に掲載された"
             "高懸念物質（SVHC）を0.1 wt%を超えて含有していないことを証明いたします。"],
            ["We certify that the products above do not contain any substance of very high concern (SVHC) listed on "
             "the ECHA Candidate List (update of 21 January 2025, 247 substances) above 0.1 wt%."],
            [],
            ["白馬カソードマテリアル株式会社 / Hakuba Cathode Materials K.K."],
            ["長野県大町市大町1200-5 / 1200-5 Omachi, Omachi-shi, Nagano 398-0002, Japan"],
            ["品質保証部 部長 / General Manager, Quality Assurance", "山田 健一 (Kenichi Yamada)", "（印）"]]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABC", [46, 60, 20], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def d05_hk_portal_export_csv(C: Corpus) -> None:
    """A compliance portal's export: one RoHS and one REACH record per part, semicolon-delimited."""
    issued = D(2026, 1, 27)
    parts = ["HK-NMC811-S", "HK-NMC622-P"]
    facts = [rohs(issued=issued, products=parts),
             reach(issued=issued, list_date=D(2025, 6, 25), entries=250, products=parts)]
    path = C.add(HK, "portal/complibridge_declarations_export_20260203.csv", "substance_declaration",
                 "hw-portal-export-csv", facts, ["combined", "no_svhc"])
    head = ["Record ID", "Supplier", "Supplier ID", "Part number", "Part name", "Regulation", "Legal reference",
            "List version", "Status", "Exemptions", "SVHC > 0.1 % w/w", "SVHC details", "Declared on",
            "Declared by (portal user)", "Valid until", "Review status"]
    rows: list[list[object]] = [list(head)]
    for part, name in [("HK-NMC811-S", "Cathode active material NMC811 SC"),
                       ("HK-NMC622-P", "Cathode active material NMC622 PC")]:
        rows.append([f"DEC-{part[-6:]}-R", "Hakuba Cathode Materials K.K.", "S-004417", part, name, "EU RoHS",
                     "Directive 2011/65/EU; Delegated Directive (EU) 2015/863", "", "Compliant", "none", "", "",
                     iso(issued), "kyamada@hakuba-cathode.co.jp", "2027-01-27", "Accepted"])
        rows.append([f"DEC-{part[-6:]}-S", "Hakuba Cathode Materials K.K.", "S-004417", part, name, "EU REACH SVHC",
                     "Regulation (EC) No 1907/2006, Art. 33", "Candidate List 2025-06-25 (250)", "Compliant", "",
                     "No", "", iso(issued), "kyamada@hakuba-cathode.co.jp", "2027-01-27", "Accepted"])
    text = "# CompliBridge supplier declarations - export for Auerbach Energy Systems GmbH - 2026-02-03 07:55 UTC\n"
    text_file(path, text + csv_text(rows, ";"))


def g03_hk_esg_docx(C: Corpus) -> None:
    """Japanese/English environmental data for FY2025/26, energy in GJ, the prior year's energy in a footnote."""
    facts = esg5("FY2025/26", gj(412600), 18.4, 9870, 15340, 2315) + [esg("energy_use", gj(398900), "FY2024/25")]
    path = C.add(HK, "サステナビリティ Sustainability/環境データ Environmental data FY2025-26.docx", "esg_metric",
                 "hw-ja-en-table-footnote-docx", facts, ["energy_gj", "prior_year_footnote"])
    d = new_docx("MS Mincho", 10)
    docx_header_footer(d, "白馬カソードマテリアル株式会社 Hakuba Cathode Materials K.K.", "統合報告書2026 別冊 / Integrated Report 2026, data supplement")
    docx_par(d, "環境データ / Environmental Data", bold=True, size=15, align="center")
    docx_par(d, "対象期間：FY2025/26（2025年4月1日～2026年3月31日） / Reporting period: FY2025/26 (1 April 2025 – 31 March 2026)",
             align="center")
    docx_par(d, "対象範囲：大町工場及び本社（当社単体） / Boundary: Omachi plant and head office (non-consolidated)", align="center")
    docx_par(d, "")
    docx_table(d, [["項目 Item", "単位 Unit", "FY2025/26"],
                   ["エネルギー使用量 Energy consumption ※1", "GJ", "412,600"],
                   ["再生可能エネルギー電力比率 Renewable electricity ratio", "%", "18.4"],
                   ["Scope 1 排出量（直接排出）Scope 1 emissions (direct)", "t-CO2", "9,870"],
                   ["Scope 2 排出量（マーケット基準）Scope 2 emissions (market-based) ※2", "t-CO2", "15,340"],
                   ["廃棄物発生量 Waste generated", "t", "2,315"],
                   ["最終処分量 Waste to landfill", "t", "41"],
                   ["水使用量 Water use", "千m3 thousand m3", "612"]])
    docx_par(d, "")
    docx_par(d, "※1 省エネ法に基づく換算係数を使用。前年度（FY2024/25）実績：398,900 GJ。/ Converted with the factors of the "
                "Japanese Energy Conservation Act. Previous year (FY2024/25): 398,900 GJ.", size=8.5)
    docx_par(d, "※2 電力会社別の調整後排出係数を使用。ロケーション基準の値は統合報告書本編を参照。/ Adjusted emission factors of "
                "the electricity supplier; location-based values are in the main report.", size=8.5)
    docx_par(d, "GHG排出量はGHGプロトコルに準拠して算定。/ GHG emissions calculated according to the GHG Protocol.", size=8.5)
    save_docx(d, path)


# ---------------------------------------------------------------------------------------------------------------
# Seoha Energy (South Korea)
# ---------------------------------------------------------------------------------------------------------------

def d06_se_rohs_undated_docx(C: Corpus) -> None:
    """A Korean/English RoHS declaration that carries no date anywhere; silent on exemptions."""
    parts = ["SH-P94-NCM", "SH-EVP-77"]
    fact = rohs(issued=None, products=parts, signed_by="Park Ji-hoon")
    path = C.add(SE, "품질 Quality/RoHS 적합성 선언서 Declaration.docx", "substance_declaration", "hw-ko-en-undated-docx",
                 [fact], ["undated"])
    d = new_docx("Malgun Gothic", 10)
    docx_header_footer(d, "서하에너지 주식회사 / Seoha Energy Co., Ltd.", "SE-QA-F-031 (Rev. 3)")
    docx_par(d, "RoHS 적합성 선언서\nRoHS Declaration of Conformity", bold=True, size=15, align="center")
    docx_par(d, "")
    docx_table(d, [["회사명 Company", "서하에너지 주식회사 Seoha Energy Co., Ltd."],
                   ["주소 Address", "충청북도 청주시 청원구 오창읍 과학산업3로 120 / 120 Gwahaksaneop 3-ro, Ochang-eup, "
                                  "Cheongwon-gu, Cheongju-si, Chungcheongbuk-do, Republic of Korea"],
                   ["고객사 Customer", "Auerbach Energy Systems GmbH"],
                   ["대상 제품 Products", "SH-P94-NCM (파우치형 리튬이온 셀 pouch Li-ion cell, 94 Ah)\n"
                                        "SH-EVP-77 (전기차 배터리 팩 EV battery pack, 77.4 kWh)"]],
               bold_head=False, bold_first_col=True)
    docx_par(d, "")
    docx_par(d, "당사는 상기 제품이 EU RoHS 지침 2011/65/EU 및 위임지침 (EU) 2015/863의 부속서 II에 규정된 10종 유해물질의 "
                "최대 허용 농도를 초과하지 않음을 선언합니다.")
    docx_par(d, "We hereby declare that the products above do not exceed the maximum concentration values of the ten "
                "substances restricted in Annex II of EU RoHS Directive 2011/65/EU and Commission Delegated Directive "
                "(EU) 2015/863.")
    docx_table(d, [["물질 Substance", "최대 허용 농도 Max. concentration"],
                   ["납 Pb / 수은 Hg / 6가 크롬 Cr6+ / PBB / PBDE", "0.1 wt%"],
                   ["카드뮴 Cd", "0.01 wt%"],
                   ["DEHP / BBP / DBP / DIBP", "0.1 wt%"]])
    docx_par(d, "")
    docx_par(d, "근거 자료 Basis: 협력사 성분 선언서 및 공인시험성적서 / sub-supplier material declarations and accredited test reports")
    docx_par(d, "")
    docx_table(d, [["서명 Signature", "성명 / 직위 Name / Title"],
                   ["(서명)", "박지훈 Park Ji-hoon / 품질보증팀장 Head of Quality Assurance"]])
    save_docx(d, path)


def f02_se_cfp_ev_docx(C: Corpus) -> None:
    """A Korean/English EV-pack carbon-footprint declaration with recycled-content shares."""
    issued = D(2026, 4, 22)
    fact = cfp("SH-EVP-77", plant="Ochang, Cheongju, Republic of Korea", category="ev", value=61.7, stages=ALL_STAGES,
               method="ISO 14067:2018", verifier="Hanbit Verification Co., Ltd.", issued=issued,
               recycled={"cobalt": 11.2, "lithium": 3.5, "nickel": 4.8})
    path = C.add(SE, "탄소발자국 Carbon footprint/SH-EVP-77 배터리 탄소발자국 선언서.docx", "carbon_footprint",
                 "hw-ko-en-form-docx", [fact], ["ev", "recycled_content"])
    d = new_docx("Malgun Gothic", 10)
    docx_header_footer(d, "서하에너지 주식회사 / Seoha Energy Co., Ltd.", "SE-CFP-2026-EVP77")
    docx_par(d, "배터리 탄소발자국 선언서\nBattery Carbon Footprint Declaration", bold=True, size=15, align="center")
    docx_par(d, "규정 (EU) 2023/1542 제7조 및 부속서 II / Regulation (EU) 2023/1542, Article 7 and Annex II", align="center")
    docx_table(d, [["항목 Item", "내용 Content"],
                   ["1. 제조사 Manufacturer", "서하에너지 주식회사 Seoha Energy Co., Ltd."],
                   ["2. 배터리 모델 Battery model", "SH-EVP-77 (NCM 811, 96S2P, 357 V, 77.4 kWh)"],
                   ["3. 배터리 범주 Battery category", "전기차 배터리 / Electric vehicle battery"],
                   ["4. 제조 공장 Manufacturing plant", "Ochang, Cheongju, Republic of Korea"],
                   ["5. 탄소발자국 Carbon footprint", "61.7 kg CO2e/kWh"],
                   ["6. 기능 단위 Functional unit", "배터리 수명 기간 동안 제공하는 총 에너지 1 kWh / 1 kWh of total energy "
                                                 "provided over the service life"],
                   ["7. 산정 방법 Method", "ISO 14067:2018"],
                   ["8. 검증 기관 Verifier", "한빛검증원(주) Hanbit Verification Co., Ltd. (검증서 번호 HVC-2026-CF-0087)"]])
    docx_par(d, "")
    docx_par(d, "9. 전과정 단계별 탄소발자국 / Carbon footprint by life-cycle stage", bold=True)
    docx_table(d, [["단계 Stage", "kg CO2e/kWh"],
                   ["원료 획득 및 전처리 Raw material acquisition and pre-processing", "45.2"],
                   ["주요 제품 생산 Main product production", "14.1"],
                   ["유통 Distribution", "1.0"],
                   ["폐기 및 재활용 End of life and recycling", "1.4"],
                   ["합계 Total", "61.7"]])
    docx_par(d, "")
    docx_par(d, "10. 재활용 원료 함량 / Recycled content (제8조 Art. 8)", bold=True)
    docx_table(d, [["원소 Element", "재활용 비율 Recycled share"],
                   ["코발트 Cobalt", "11.2 %"], ["리튬 Lithium", "3.5 %"], ["니켈 Nickel", "4.8 %"],
                   ["납 Lead", "해당 없음 / not applicable"]])
    docx_par(d, "")
    docx_par(d, f"발행일 Date of issue: {ko(issued)}")
    docx_par(d, "승인 Approved: 이도윤 Lee Do-yoon, ESG경영실장 Head of ESG Management")
    save_docx(d, path)


def g04_se_esg_pdf(C: Corpus) -> None:
    """The environmental-data table of a sustainability report, energy in TJ."""
    facts = esg5("2025", round(1482 * 1000 / 3.6, 3), 34.0, 41250, 183400, 18630)
    path = C.add(SE, "ESG/Seoha Sustainability Report 2025 - Environmental data.pdf", "esg_metric",
                 "hw-report-table-pdf", facts, ["energy_tj"])
    lk = Look("Sans", 9)
    s = [P("Seoha Energy Sustainability Report 2025", lk.h1l),
         P("Appendix B · Environmental Performance Data", lk.h2),
         P("Boundary: Seoha Energy Co., Ltd. and its domestic production sites (Ochang, Osong). Reporting period: "
           "1 January – 31 December 2025. Greenhouse-gas emissions according to the GHG Protocol and the Korean "
           "GHG Emissions Trading Scheme guidelines; third-party assurance by Hanbit Verification Co., Ltd.", lk.body),
         SP(2),
         TBL(lk, [["Category", "Indicator", "Unit", "2025"],
                  ["Energy", "Total energy consumption", "TJ", "1,482"],
                  ["Energy", "Renewable electricity share (RE100 progress)", "%", "34"],
                  ["GHG", "Scope 1 emissions", "tCO2eq", "41,250"],
                  ["GHG", "Scope 2 emissions (market-based)", "tCO2eq", "183,400"],
                  ["GHG", "GHG intensity", "tCO2eq / KRW 100 million sales", "3.9"],
                  ["Waste", "Total waste generated", "ton", "18,630"],
                  ["Waste", "Waste recycling rate", "%", "92.7"],
                  ["Water", "Water withdrawal", "1,000 ton", "2,884"]], [28, 80, 42, 22]), SP(3),
         P("Note: Total energy consumption comprises purchased electricity, LNG and steam. 1 TJ = 1,000 GJ. Our RE100 "
           "target is 60 % renewable electricity by 2030 and 100 % by 2040.", lk.small)]
    pdf(path, s, lk, running(footer_left="Seoha Energy Sustainability Report 2025", footer_right="{page}"))


def d07_se_reach_xlsx(C: Corpus) -> None:
    """A Korean/English REACH confirmation against the June 2024 list (241 substances)."""
    issued = D(2026, 1, 15)
    parts = ["SH-P94-NCM", "SH-EVP-77"]
    fact = reach(issued=issued, list_date=D(2024, 6, 27), entries=241, products=parts, signed_by="Kim Seo-yeon")
    path = C.add(SE, "품질 Quality/REACH SVHC 미함유 확인서.xlsx", "substance_declaration", "hw-ko-en-reach-xlsx", [fact],
                 ["no_svhc", "stale_candidate_list"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "확인서"
    rows = [["REACH SVHC 미함유 확인서 / REACH SVHC Non-Inclusion Confirmation"],
            [],
            ["발행일 / Issue date", ko(issued)],
            ["수신 / To", "Auerbach Energy Systems GmbH"],
            ["적용 후보물질 목록 / Candidate List applied", "ECHA Candidate List 2024.06.27 (241종 / 241 substances)"],
            [],
            ["품번 / Part No.", "품명 / Description", "SVHC 0.1 wt% 초과 함유 / SVHC > 0.1 wt%"],
            ["SH-P94-NCM", "파우치형 리튬이온 셀 / pouch Li-ion cell 94 Ah", "미함유 / Not contained"],
            ["SH-EVP-77", "전기차 배터리 팩 / EV battery pack 77.4 kWh", "미함유 / Not contained"],
            [],
            ["당사는 상기 제품에 REACH 규정 (EC) No 1907/2006 제33조에 따른 고위험성 우려물질(SVHC)이 0.1 wt%를 초과하여 "
             "함유되어 있지 않음을 확인합니다. / We confirm that the products above contain no SVHC above 0.1 wt% "
             "within the meaning of Article 33 of REACH."],
            [],
            ["확인자 / Confirmed by", "김서연 Kim Seo-yeon, 환경규제대응팀 Environmental Regulatory Affairs"],
            ["서하에너지 주식회사 / Seoha Energy Co., Ltd."]]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABC", [40, 48, 40], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def n02_se_brochure_pdf(C: Corpus) -> None:
    """Noise: a marketing brochure that quotes a CO2 figure, RoHS and REACH."""
    path = C.add(SE, "마케팅 Marketing/Seoha Green Cells brochure 2026.pdf", "noise", "hw-green-brochure", [])
    lk = Look("Sans", 10.5)
    s = [P("SEOHA GREEN CELLS", lk.big), P("Cleaner energy, from the first kilowatt-hour", lk.center), SP(6),
         P("Why our green cells?", lk.h2),
         P("• Up to 35 % lower carbon footprint than the industry average – as low as 55 kg CO2e/kWh in our internal "
           "screening\n• Made with RoHS- and REACH-compliant materials\n• 100 % renewable electricity at our Ochang "
           "plant by 2030\n• Closed-loop recycling of production scrap with our partners\n• Ready for the battery "
           "passport and the carbon-footprint declaration of the EU Battery Regulation", lk.body), SP(4),
         TBL(lk, [["Model", "Format", "Capacity", "Energy density"],
                  ["SH-P94-NCM", "Pouch", "94 Ah", "285 Wh/kg"],
                  ["SH-P60-LFP", "Pouch", "60 Ah", "175 Wh/kg"]], [40, 30, 30, 60]), SP(6),
         P("Meet us at The Battery Show Europe, Stuttgart. green@seoha-energy.co.kr · www.seoha-energy.co.kr",
           lk.center)]
    pdf(path, s, lk, None)


# ---------------------------------------------------------------------------------------------------------------
# Lechbruck Gehäusetechnik (Germany)
# ---------------------------------------------------------------------------------------------------------------

def d08_lb_rohs_letter_pdf(C: Corpus) -> None:
    """A German RoHS declaration of conformity claiming exemptions 6(b)-I and 6(c), one per part."""
    issued = D(2026, 1, 21)
    parts = ["LB-GH-480", "LB-GH-620", "LB-DK-480"]
    fact = rohs(issued=issued, exemptions=("6(b)-I", "6(c)"), products=parts, signed_by="Anja Pfeffer")
    path = C.add(LB, "Umwelt/RoHS Konformitätserklärung Gehäuse 2026.pdf", "substance_declaration",
                 "hw-de-letter-exemptions-pdf", [fact], ["exemptions"])
    lk = Look("Arial", 9.8, margins=(24, 20, 20, 20))
    s = [P("Lechbruck Gehäusetechnik GmbH", lk.h2),
         P("Gewerbering 12 · 86983 Lechbruck am See · Telefon +49 8862 9317-0 · qm@lechbruck-gt.de", lk.small), SP(5),
         P("Auerbach Energy Systems GmbH\nLieferantenqualität\nDechbettener Straße 60\n93049 Regensburg", lk.body),
         SP(4), P(f"Lechbruck am See, {de_long(issued)}", lk.right), SP(3),
         P("Konformitätserklärung RoHS", lk.h1l),
         P("Hiermit erklären wir in alleiniger Verantwortung, dass die nachfolgend aufgeführten Produkte den "
           "Anforderungen der Richtlinie 2011/65/EU des Europäischen Parlaments und des Rates zur Beschränkung der "
           "Verwendung bestimmter gefährlicher Stoffe in Elektro- und Elektronikgeräten in der durch die Delegierte "
           "Richtlinie (EU) 2015/863 der Kommission geänderten Fassung entsprechen.", lk.body), SP(2),
         TBL(lk, [["Sachnummer", "Benennung", "Werkstoff", "Ausnahme Anhang III"],
                  ["LB-GH-480", "Batteriegehäuse-Unterschale 480", "EN AC-43500 (AlSi10MnMg), Sekundäraluminium", "6(b)-I"],
                  ["LB-GH-620", "Batteriegehäuse-Unterschale 620 mit Einpressmuttern M8", "EN AC-43500 (AlSi10MnMg), Sekundäraluminium; Muttern CuZn39Pb3", "6(b)-I, 6(c)"],
                  ["LB-DK-480", "Gehäusedeckel 480 mit Einpressmuttern", "EN AW-5754; Muttern CuZn39Pb3", "6(c)"]],
             [26, 52, 62, 30]), SP(3),
         P("Die Höchstkonzentrationen nach Anhang II werden unter Inanspruchnahme der folgenden Ausnahmen eingehalten:",
           lk.body),
         P("– Anhang III Nr. 6(b)-I: Blei als Legierungselement in Aluminium mit einem Bleianteil von bis zu "
           "0,4 Gewichtsprozent, sofern es aus dem Recycling von bleihaltigem Aluminiumschrott stammt;\n"
           "– Anhang III Nr. 6(c): Kupferlegierungen mit einem Bleianteil von bis zu 4 Gewichtsprozent.", lk.body),
         P("Grundlage dieser Erklärung sind die Werkstoffzeugnisse 3.1 nach EN 10204 unserer Vormaterialien sowie "
           "RFA-Messungen im Wareneingang. Über Änderungen, insbesondere den Wegfall einer Ausnahme, informieren wir "
           "Sie unaufgefordert.", lk.body), SP(5),
         P("Mit freundlichen Grüßen", lk.body), SP(7),
         P("i. V. Dr. Anja Pfeffer\nLeiterin Qualitätsmanagement", lk.body)]
    pdf(path, s, lk, running(footer_left="Geschäftsführer: Florian Holzmann · Amtsgericht Kempten HRB 11482",
                             footer_right="Seite {page}/{total}"))


def d09_lb_cdx_printout_txt(C: Corpus) -> None:
    """A CDX-like printout of a REACH declaration: lead and D4 above 0.1 % with CAS numbers, one as a range."""
    declared = D(2026, 5, 6)
    fact = reach(issued=declared, list_date=D(2025, 6, 25), entries=250, products=["LB-GH-620"],
                 svhcs=(svhc("Lead", "7439-92-1", 2.8), svhc("Octamethylcyclotetrasiloxane (D4)", "556-67-2", 0.3)))
    path = C.add(LB, "Umwelt/CDX Printout LB-GH-620 REACH.txt", "substance_declaration", "hw-cdx-printout-txt", [fact],
                 ["svhc"])
    text_file(path, f"""CDX - Compliance Data Exchange                                        Printed: {de(D(2026, 5, 7))} 09:14
Supplier Declaration - Compliance Information                          Page 1 of 1
==============================================================================================
Module / Part ID ........... 8841227 / Version 1
Part number ................ LB-GH-620
Part name .................. Battery housing lower shell 620, assembly incl. press-in inserts and gasket
Supplier ................... Lechbruck Gehäusetechnik GmbH (Org.-ID 47115)
Recipient .................. Auerbach Energy Systems GmbH (Org.-ID 90233)
Status ..................... Accepted by recipient
Date of declaration ........ {de(declared)}
Contact .................... Markus Eder, m.eder@lechbruck-gt.de, +49 8862 9317-240

---- REACH SVHC ------------------------------------------------------------------------------
Legislation ................ Regulation (EC) No 1907/2006 (REACH), Article 33
Candidate List version ..... {de(D(2025, 6, 25))} (250 substances)
SVHC > 0.1 % w/w in article  YES

 Pos  Substance                               CAS No.     EC No.      Conc. w/w    Component / material
 ---  --------------------------------------  ----------  ----------  -----------  ---------------------------------
 1    Lead                                    7439-92-1   231-100-4   2.8 %        M8 press-in insert, CuZn39Pb3
 2    Octamethylcyclotetrasiloxane (D4)       556-67-2    209-136-7   0.1 - 0.3 %  Silicone gasket VMQ 60 Shore A

Information for safe use ... No exposure under normal and reasonably foreseeable conditions of use.
                             The inserts and the gasket are not intended to be removed; dispose of the
                             housing as aluminium scrap with copper-alloy content.

---- Attachments -----------------------------------------------------------------------------
 LB-GH-620_Materialdatenblatt_Rev04.pdf   (uploaded {de(declared)})
==============================================================================================
""")


def g05_lb_esg_two_years_pdf(C: Corpus) -> None:
    """A German sustainability-report extract: 2024 and 2025 in columns, energy in kWh, a location-based footnote."""
    facts = esg5("2024", 8412.5, 48.0, 1122, 1986, 2731) + esg5("2025", 7986.3, 63.0, 1048, 1354, 2598)
    path = C.add(LB, "Nachhaltigkeit/Nachhaltigkeitsbericht 2025 Auszug Umweltkennzahlen.pdf", "esg_metric",
                 "hw-de-two-year-columns-pdf", facts, ["two_years", "energy_kwh"])
    lk = Look("Serif", 10)
    s = [P("Nachhaltigkeitsbericht 2025", lk.h1l), P("Kapitel 4 · Umwelt – Kennzahlen im Überblick", lk.h2),
         P("Die folgenden Kennzahlen umfassen unseren einzigen Produktionsstandort einschließlich Verwaltung. Die "
           "Treibhausgasbilanz folgt dem GHG Protocol Corporate Standard; Emissionsfaktoren: UBA 2025, "
           "Lieferantenfaktoren für Strom (marktbasiert).", lk.body), SP(2),
         TBL(lk, [["Kennzahl", "Einheit", "2024", "2025", "Veränderung"],
                  ["Energieverbrauch gesamt", "kWh", "8.412.500", "7.986.300", "−5,1 %"],
                  ["  davon Strom", "kWh", "5.936.000", "5.702.100", "−3,9 %"],
                  ["  davon Erdgas (Schmelz- und Warmhalteöfen)", "kWh", "2.476.500", "2.284.200", "−7,8 %"],
                  ["Anteil Strom aus erneuerbaren Quellen", "%", "48", "63", "+15 Pp."],
                  ["Scope-1-Emissionen", "t CO2e", "1.122", "1.048", "−6,6 %"],
                  ["Scope-2-Emissionen (marktbasiert)", "t CO2e", "1.986", "1.354", "−31,8 %"],
                  ["Abfallaufkommen gesamt", "t", "2.731", "2.598", "−4,9 %"],
                  ["  davon Aluminiumkrätze und -späne (extern verwertet)", "t", "2.204", "2.117", "−3,9 %"],
                  ["Wasserentnahme", "m³", "14.820", "13.960", "−5,8 %"]], [70, 18, 26, 26, 26]), SP(3),
         P("Der Energieverbrauch sank vor allem durch die neue Abwärmenutzung an den Warmhalteöfen. Den Anteil "
           "erneuerbaren Stroms haben wir durch einen Ökostromvertrag mit Herkunftsnachweisen aus alpiner Wasserkraft "
           "und die Erweiterung unserer Photovoltaikanlage auf 1,4 MWp gesteigert.", lk.body),
         P("Hinweis: Standortbasiert (location-based) betrugen die Scope-2-Emissionen 2.541 t CO2e (2024) bzw. "
           "2.388 t CO2e (2025).", lk.small)]
    pdf(path, s, lk, running(footer_left="Lechbruck Gehäusetechnik GmbH · Nachhaltigkeitsbericht 2025",
                             footer_right="Seite {page}"))


def n03_lb_packaging_spec_docx(C: Corpus) -> None:
    """Noise: the buyer's packaging specification, which requires RoHS and REACH compliance of packaging."""
    path = C.add(LB, "Logistik/Verpackungsvorschrift VV-014 Rev C.docx", "noise", "hw-packaging-spec", [])
    d = new_docx("Arial", 10)
    docx_header_footer(d, "Auerbach Energy Systems GmbH · Verpackungsvorschrift / Packaging specification VV-014 Rev. C",
                       "Gültig ab / valid from 01.03.2026")
    docx_par(d, "Verpackungsvorschrift VV-014 – Batteriegehäuse / Packaging specification VV-014 – battery housings",
             bold=True, size=13)
    docx_table(d, [["Nr.", "Anforderung / Requirement"],
                   ["1", "Ladungsträger: Mehrweg-Gitterbox nach VDA 4500, max. 6 Gehäuse je Box / Load carrier: "
                         "returnable VDA 4500 box, max. 6 housings per box"],
                   ["2", "Zwischenlagen aus PE-Schaum, frei von Silikon / PE foam interlayers, silicone-free"],
                   ["3", "Verpackungsmaterialien müssen RoHS-konform sein (Richtlinie 2011/65/EU) und dürfen keine "
                         "SVHC der REACH-Kandidatenliste über 0,1 % enthalten. / Packaging materials shall comply with "
                         "RoHS (Directive 2011/65/EU) and shall not contain Candidate List SVHCs above 0.1 %."],
                   ["4", "Summe der Schwermetalle (Pb, Cd, Hg, Cr VI) in Verpackungen ≤ 100 mg/kg gemäß Verordnung "
                         "(EU) 2025/40 / Sum of heavy metals in packaging ≤ 100 mg/kg per Regulation (EU) 2025/40"],
                   ["5", "Kennzeichnung: Etikett VDA 4902 mit Sachnummer, Menge, Charge / Label VDA 4902"],
                   ["6", "Korrosionsschutz: VCI-Folie, Liegezeit max. 6 Monate / VCI film, max. 6 months storage"]])
    docx_par(d, "")
    docx_par(d, "Erstellt / prepared: S. Wimmer (Logistikplanung) · Freigabe / approved: K. Brandl (Compliance)")
    save_docx(d, path)


# ---------------------------------------------------------------------------------------------------------------
# Narew Elektronika (Poland)
# ---------------------------------------------------------------------------------------------------------------

def d10_ne_rohs_pl_pdf(C: Corpus) -> None:
    """A Polish RoHS declaration claiming exemptions 7(a) and 7(c)-I."""
    issued = D(2026, 4, 14)
    parts = ["NE-BMS16S-A", "NE-BMS16S-B", "NE-CMU12"]
    fact = rohs(issued=issued, exemptions=("7(a)", "7(c)-I"), products=parts, signed_by="Tomasz Wróblewski")
    path = C.add(NE, "Zgodność/Deklaracja zgodności RoHS NE-RoHS-2026-031.pdf", "substance_declaration",
                 "hw-pl-declaration-pdf", [fact], ["exemptions"])
    lk = Look("Sans", 9.6)
    s = [P("Narew Elektronika Sp. z o.o.", lk.h2),
         P("ul. Przemysłowa 14, 18-400 Łomża · NIP 718-214-55-90 · tel. +48 86 216 40 00 · jakosc@narew-elektronika.pl",
           lk.small), SP(5),
         P("DEKLARACJA ZGODNOŚCI Z DYREKTYWĄ RoHS", lk.h1), P("nr NE/RoHS/2026/031", lk.center), SP(3),
         KV(lk, [("Producent", "Narew Elektronika Sp. z o.o., ul. Przemysłowa 14, 18-400 Łomża, Polska"),
                 ("Wyroby", "Moduły systemu zarządzania baterią (BMS):\nNE-BMS16S-A – moduł nadrzędny 16S\n"
                            "NE-BMS16S-B – moduł podrzędny 16S\nNE-CMU12 – moduł pomiarowy ogniw, 12 kanałów"),
                 ("Odbiorca", "Auerbach Energy Systems GmbH, Regensburg")], widths=(35, 135)), SP(3),
         P("Niniejszym oświadczamy na wyłączną odpowiedzialność, że wyżej wymienione wyroby spełniają wymagania "
           "dyrektywy Parlamentu Europejskiego i Rady 2011/65/UE z dnia 8 czerwca 2011 r. w sprawie ograniczenia "
           "stosowania niektórych niebezpiecznych substancji w sprzęcie elektrycznym i elektronicznym, zmienionej "
           "dyrektywą delegowaną Komisji (UE) 2015/863. Maksymalne dopuszczalne stężenia substancji wymienionych w "
           "załączniku II nie są przekroczone w żadnym materiale jednorodnym, z uwzględnieniem poniższych wyłączeń.",
           lk.body),
         P("Zastosowane wyłączenia (załącznik III):", lk.h3),
         TBL(lk, [["Pozycja", "Treść wyłączenia", "Zastosowanie w wyrobie"],
                  ["7(a)", "Ołów w lutach o wysokiej temperaturze topnienia (tj. stopach lutowniczych na bazie ołowiu "
                           "zawierających 85 % masy lub więcej ołowiu)", "wewnętrzne połączenia diod mocy i tranzystorów "
                                                                        "MOSFET"],
                  ["7(c)-I", "Części elektryczne i elektroniczne zawierające ołów w szkle lub ceramice innej niż "
                             "ceramika dielektryczna w kondensatorach", "rezystory grubowarstwowe, bezpieczniki SMD"]],
             [20, 90, 60]), SP(2),
         P("Podstawa deklaracji: deklaracje materiałowe dostawców komponentów, analiza XRF płytek PCBA (raport "
           "LAB-XRF-2603-118) oraz dokumentacja techniczna zgodnie z normą EN IEC 63000:2018.", lk.body), SP(5),
         P(f"Łomża, {pl_long(issued)}", lk.body), SP(6),
         P("Tomasz Wróblewski\nPełnomocnik Zarządu ds. Jakości", lk.body)]
    pdf(path, s, lk, running(footer_center="Strona {page} z {total}"))


def d11_ne_part_matrix_xlsx(C: Corpus) -> None:
    """A RoHS / REACH matrix with one row per part number; exemptions differ from row to row."""
    status = D(2026, 2, 27)
    parts = ["NE-BMS16S-A", "NE-BMS16S-B", "NE-CMU12", "NE-HAR-T05", "NE-CON-08P"]
    facts = [rohs(issued=status, exemptions=("7(a)", "7(c)-I", "6(c)"), products=parts),
             reach(issued=status, list_date=D(2025, 1, 21), entries=247, products=parts)]
    path = C.add(NE, "Zgodność/Material compliance matrix NE 2026-02.xlsx", "substance_declaration",
                 "hw-part-matrix-xlsx", facts, ["combined", "per_part_matrix", "exemptions", "no_svhc"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "RoHS-REACH"
    rows = [["Narew Elektronika Sp. z o.o. – Zgodność materiałowa wg numeru części / Material compliance per part number"],
            ["RoHS: Directive 2011/65/EU incl. Delegated Directive (EU) 2015/863 · REACH: ECHA Candidate List of 21.01.2025 (247 SVHC)"],
            ["Stan na / Status as of:", iso(status)],
            ["Customer:", "Auerbach Energy Systems GmbH"],
            [],
            ["Part number", "Description / Opis", "RoHS compliant", "RoHS exemption(s)", "SVHC > 0.1 % w/w",
             "SVHC name / CAS", "Remarks / Uwagi"],
            ["NE-BMS16S-A", "BMS master board 16S", "Yes", "7(a), 7(c)-I", "No", "–", ""],
            ["NE-BMS16S-B", "BMS slave board 16S", "Yes", "7(c)-I", "No", "–", ""],
            ["NE-CMU12", "Cell monitoring unit 12 ch", "Yes", "7(c)-I", "No", "–", ""],
            ["NE-HAR-T05", "NTC sensor harness 0.5 m", "Yes", "–", "No", "–", "halogen-free insulation"],
            ["NE-CON-08P", "Board connector 8-pin, brass contacts", "Yes", "6(c)", "No", "–", "CuZn39Pb3 contacts, Pb ≤ 3.5 %"],
            [],
            ["Prepared by / Opracowała: Ewa Nowicka, Compliance Engineer"]]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCDEFG", [16, 40, 16, 20, 18, 20, 34], strict=True):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A7"
    save_xlsx(wb, path)


def g06_ne_esg_email_txt(C: Corpus) -> None:
    """An e-mail answering the buyer's ESG questionnaire: kWh, a fraction, kg."""
    facts = esg5("2025", 1846.2, 35.0, 212, 598, 41.3)
    path = C.add(NE, "Korespondencja/RE ESG questionnaire 2025 Narew Elektronika.txt", "esg_metric",
                 "hw-pl-en-email-txt", facts, ["energy_kwh", "renewable_fraction", "waste_kg"])
    text_file(path, f"""Od / From: Ewa Nowicka <e.nowicka@narew-elektronika.pl>
Do / To: sustainability@auerbach-energy.de
DW / Cc: Tomasz Wróblewski <t.wroblewski@narew-elektronika.pl>
Data / Date: {rfc_date(D(2026, 3, 9), "10:12:44", "+0100")}
Temat / Subject: RE: ESG questionnaire 2025 - Narew Elektronika Sp. z o.o. - section C

Dzień dobry, good morning,

please find below our answers to section C (environment) of your ESG questionnaire for the reporting year 2025
(whole company):

C.1 Total energy consumption: 1 846 200 kWh (electricity 1 512 400 kWh, natural gas 333 800 kWh)
C.2 Share of renewable electricity: 0,35 (PPA with a wind farm near Kolno + own PV 180 kWp)
C.3 Scope 1 emissions: 212 t CO2e (natural gas, company cars, refrigerants)
C.4 Scope 2 emissions (market-based): 598 t CO2e
C.5 Waste: 41 300 kg in total (of which electronic scrap/WEEE 6 100 kg, handed over to a licensed recycler)
C.6 Water: 2 950 m3

The figures are not externally verified; the GHG calculation follows the GHG Protocol with KOBiZE 2024 factors.
For 2024 we did not collect C.2 and C.5, sorry.

Pozdrawiam / Best regards
Ewa Nowicka
Compliance Engineer
Narew Elektronika Sp. z o.o. | ul. Przemysłowa 14 | 18-400 Łomża

> From: sustainability@auerbach-energy.de
> Sent: 2 March 2026
> Please complete section C of the attached questionnaire (energy, renewable share, Scope 1, Scope 2
> market-based, waste) for 2025 and return it by 13 March.
""")


# ---------------------------------------------------------------------------------------------------------------
# Moduli Energetici Bresciani (Italy)
# ---------------------------------------------------------------------------------------------------------------

BR_HEAD = ("Via dell'Artigianato 22 · 25045 Castegnato (BS) · Italia · P.IVA 03988120987 · "
           "conformita@modulibresciani.it")


def d12_br_reach_art33_pdf(C: Corpus) -> None:
    """An Italian Art. 33 communication naming DEHP with its CAS number above 0.1 %."""
    issued = D(2026, 3, 3)
    fact = reach(issued=issued, list_date=D(2025, 6, 25), entries=250, products=["MEB-ESS-215"],
                 svhcs=(svhc("Bis(2-etilesil) ftalato (DEHP)", "117-81-7", 0.12),), signed_by="Paola Ferrari")
    path = C.add(BR, "Conformità/Comunicazione art. 33 REACH MEB-ESS-215.pdf", "substance_declaration",
                 "hw-it-art33-letter-pdf", [fact], ["svhc"])
    lk = Look("Serif", 10.2, margins=(25, 22, 22, 20))
    s = [P("Moduli Energetici Bresciani S.r.l.", lk.h2), P(BR_HEAD, lk.small), SP(5),
         P("Spett.le\nAuerbach Energy Systems GmbH\nUfficio Qualità Fornitori\nDechbettener Straße 60\n"
           "93049 Regensburg (Germania)", lk.body), SP(3),
         P(f"Castegnato, {it_long(issued)}", lk.right), SP(2),
         P("Oggetto: comunicazione ai sensi dell'art. 33 del Regolamento (CE) n. 1907/2006 (REACH) – sistema di "
           "accumulo MEB-ESS-215", lk.h3),
         P("Con riferimento all'Elenco delle sostanze candidate all'autorizzazione (Candidate List) pubblicato "
           "dall'ECHA, aggiornato al 25 giugno 2025 (250 voci), Vi comunichiamo che l'articolo sotto indicato contiene "
           "la seguente sostanza estremamente preoccupante (SVHC) in concentrazione superiore allo 0,1 % in peso:",
           lk.body), SP(2),
         TBL(lk, [["Articolo", "Componente", "Sostanza", "N. CAS", "N. CE", "Concentrazione (p/p)"],
                  ["MEB-ESS-215", "guaina in PVC del cablaggio ausiliario W12", "Bis(2-etilesil) ftalato (DEHP)",
                   "117-81-7", "204-211-0", "0,12 %"]], [24, 40, 38, 20, 20, 28]), SP(3),
         P("Informazioni per un uso sicuro: nelle normali condizioni d'uso il cablaggio è racchiuso nell'armadio e "
           "non è accessibile all'utilizzatore; non è prevista esposizione. A fine vita il sistema va conferito a un "
           "impianto autorizzato al trattamento dei RAEE e delle batterie. La notifica alla banca dati SCIP è stata "
           "effettuata (numero SCIP 7f3c1a52-0b6e-4d1f-9a0e-21c7d3f4e990).", lk.body),
         P("Dalla produzione di maggio 2026 il cablaggio W12 sarà fornito con guaina priva di ftalati; Vi invieremo "
           "una comunicazione aggiornata.", lk.body), SP(4),
         P("Distinti saluti", lk.body), SP(6),
         P("Ing. Paola Ferrari\nResponsabile Conformità Prodotto", lk.body)]
    pdf(path, s, lk, None)


def f03_br_cfp_industrial_pdf(C: Corpus) -> None:
    """An Italian industrial-battery carbon-footprint declaration with recycled lithium only (LFP)."""
    issued = D(2026, 4, 28)
    fact = cfp("MEB-ESS-215", plant="Castegnato (BS), Italia", category="industrial", value=74.2, stages=ALL_STAGES,
               method="ISO 14067:2018", verifier="Certiquadro S.r.l.", issued=issued, recycled={"lithium": 4.1})
    path = C.add(BR, "Impronta di carbonio/Dichiarazione impronta di carbonio MEB-ESS-215.pdf", "carbon_footprint",
                 "hw-it-form-pdf", [fact], ["industrial", "recycled_content"])
    lk = Look("Sans", 9.2)
    s = [P("Moduli Energetici Bresciani S.r.l.", lk.h2), P(BR_HEAD, lk.small), SP(3),
         P("DICHIARAZIONE DELL'IMPRONTA DI CARBONIO DELLA BATTERIA", lk.h1),
         P("ai sensi dell'articolo 7 e dell'allegato II del Regolamento (UE) 2023/1542", lk.center), SP(4),
         KV(lk, [("Fabbricante", "Moduli Energetici Bresciani S.r.l., Via dell'Artigianato 22, 25045 Castegnato (BS)"),
                 ("Modello di batteria", "MEB-ESS-215 (sistema di accumulo LFP, 768 V, 280 Ah, 215 kWh)"),
                 ("Categoria", "batteria industriale ricaricabile con capacità superiore a 2 kWh (accumulo stazionario)"),
                 ("Stabilimento di produzione", "Castegnato (BS), Italia"),
                 ("Impronta di carbonio", "74,2 kg CO2 eq./kWh di energia totale fornita nella vita utile"),
                 ("Fasi del ciclo di vita", "acquisizione delle materie prime e pretrattamento; produzione del "
                                            "prodotto principale; distribuzione; fine vita e riciclaggio "
                                            "(fase d'uso esclusa)"),
                 ("Metodo", "ISO 14067:2018"),
                 ("Verifica di parte terza", "Certiquadro S.r.l., Milano – dichiarazione di verifica n. CQ-VER-2026-118"),
                 ("Contenuto riciclato", "litio 4,1 %; cobalto e nichel: non presenti (chimica LFP); piombo: non presente"),
                 ("Data", f"{issued.day:02d}/{issued.month:02d}/{issued.year}")], widths=(48, 122)), SP(4),
         P("Ripartizione per fase (kg CO2 eq./kWh)", lk.h3),
         TBL(lk, [["Fase", "Valore"],
                  ["Acquisizione delle materie prime e pretrattamento", "52,8"],
                  ["Produzione del prodotto principale", "17,9"],
                  ["Distribuzione", "1,6"],
                  ["Fine vita e riciclaggio", "1,9"],
                  ["Totale", "74,2"]], [110, 40]), SP(6),
         P("Il Legale Rappresentante – Giorgio Bettoni", lk.body)]
    pdf(path, s, lk, running(footer_right="MEB-CFP-215 · pag. {page}/{total}"))


def g07_br_esg_prose_docx(C: Corpus) -> None:
    """An Italian sustainability report in prose: GJ, percent, last year's Scope 1 in the same sentence."""
    facts = [esg("energy_use", gj(31540), "2025"), esg("renewable_electricity", 61.0, "2025"),
             esg("scope1", 1245, "2025"), esg("scope1", 1310, "2024"), esg("scope2", 388, "2025"),
             esg("waste", 212.4, "2025")]
    path = C.add(BR, "Sostenibilità/Bilancio di sostenibilità 2025 - capitolo Ambiente.docx", "esg_metric",
                 "hw-it-prose-docx", facts, ["energy_gj", "prior_year_in_prose"])
    d = new_docx("Garamond", 11)
    docx_header_footer(d, "Moduli Energetici Bresciani S.r.l. – Bilancio di sostenibilità 2025", "Capitolo 5 – Ambiente")
    docx_par(d, "5. Ambiente", bold=True, size=16)
    docx_par(d, "5.1 Energia ed emissioni", bold=True, size=12)
    docx_par(d, "Nel 2025 il consumo complessivo di energia della Società è stato pari a 31.540 GJ, in aumento del 9 % "
                "per effetto della seconda linea di assemblaggio dei moduli avviata a marzo. L'energia elettrica da fonti "
                "rinnovabili ha coperto il 61 % del fabbisogno elettrico, grazie alle garanzie d'origine acquistate e "
                "all'impianto fotovoltaico da 1,2 MWp installato sulla copertura del magazzino.")
    docx_par(d, "Le emissioni dirette (Scope 1) si sono attestate a 1.245 t CO2e, in calo rispetto alle 1.310 t CO2e del "
                "2024 grazie alla sostituzione di due carrelli elevatori diesel con mezzi elettrici; le emissioni indirette "
                "da energia acquistata (Scope 2, metodo market-based) sono state pari a 388 t CO2e. Le emissioni sono "
                "calcolate secondo il GHG Protocol con i fattori ISPRA 2025 e AIB (mix residuo).")
    docx_par(d, "5.2 Rifiuti", bold=True, size=12)
    docx_par(d, "I rifiuti prodotti nel 2025 ammontano a 212,4 t, di cui il 91 % avviato a recupero; i rifiuti pericolosi "
                "(principalmente celle di scarto e imballaggi contaminati) sono stati 18,7 t.")
    docx_par(d, "5.3 Obiettivi", bold=True, size=12)
    docx_par(d, "Entro il 2028 intendiamo raggiungere il 90 % di energia elettrica rinnovabile e ridurre le emissioni "
                "Scope 1 e 2 del 40 % rispetto al 2022.")
    save_docx(d, path)


# ---------------------------------------------------------------------------------------------------------------
# Baterías Meseta (Spain)
# ---------------------------------------------------------------------------------------------------------------

def d13_bm_rohs_reach_docx(C: Corpus) -> None:
    """A combined Spanish RoHS y REACH declaration that names no Candidate List version."""
    issued = D(2026, 2, 9)
    parts = ["BM-EB36-14", "BM-EB48-17"]
    signer = "Lucía Herrero Sanz"
    facts = [rohs(issued=issued, products=parts, signed_by=signer),
             reach(issued=issued, list_date=None, entries=None, products=parts, signed_by=signer)]
    path = C.add(BM, "Calidad/Declaración de conformidad RoHS y REACH 2026.docx", "substance_declaration",
                 "hw-es-combined-docx", facts, ["combined", "no_svhc", "no_candidate_list_version"])
    d = new_docx("Arial", 10.5)
    docx_header_footer(d, "Baterías Meseta S.L. · Parque Tecnológico de Boecillo, parcela 114 · 47151 Boecillo (Valladolid)",
                       "DC-RR-2026-02")
    docx_par(d, "DECLARACIÓN DE CONFORMIDAD RoHS Y REACH", bold=True, size=14, align="center")
    docx_par(d, "")
    docx_par(d, "Baterías Meseta S.L., con CIF B-47812390 y domicilio en el Parque Tecnológico de Boecillo, parcela 114, "
                "47151 Boecillo (Valladolid), declara bajo su exclusiva responsabilidad que las baterías para bicicleta "
                "eléctrica que se indican a continuación:")
    docx_table(d, [["Referencia", "Descripción"],
                   ["BM-EB36-14", "Batería de ion-litio 36 V, 14 Ah (504 Wh), montaje en tubo diagonal"],
                   ["BM-EB48-17", "Batería de ion-litio 48 V, 17,5 Ah (840 Wh), montaje en portaequipajes"]])
    docx_par(d, "")
    docx_par(d, "1. RoHS: cumplen con la Directiva 2011/65/UE del Parlamento Europeo y del Consejo, sobre restricciones a "
                "la utilización de determinadas sustancias peligrosas en aparatos eléctricos y electrónicos, modificada "
                "por la Directiva Delegada (UE) 2015/863 de la Comisión; las concentraciones máximas del anexo II no se "
                "superan en ningún material homogéneo.")
    docx_par(d, "2. REACH: no contienen sustancias incluidas en la Lista de Candidatas de sustancias extremadamente "
                "preocupantes (SVHC) en una concentración superior al 0,1 % en peso (p/p), conforme al artículo 33 del "
                "Reglamento (CE) n.º 1907/2006.")
    docx_par(d, "La presente declaración se basa en la información facilitada por nuestros proveedores de celdas, BMS y "
                "carcasas, y se mantendrá vigente mientras no se modifiquen los productos.")
    docx_par(d, "")
    docx_par(d, f"Valladolid, {es_long(issued)}")
    docx_par(d, "")
    docx_par(d, f"Fdo.: {signer}\nDirectora de Calidad y Medio Ambiente")
    save_docx(d, path)


def f04_bm_cfp_lmt_md(C: Corpus) -> None:
    """A Spanish LMT-battery carbon-footprint declaration in Markdown, self-declared without verification."""
    issued = D(2026, 5, 12)
    fact = cfp("BM-EB36-14", plant="Boecillo (Valladolid), España", category="lmt", value=92.3, stages=ALL_STAGES,
               method="ISO 14067:2018", verifier=None, issued=issued)
    path = C.add(BM, "Huella de carbono/Declaracion huella de carbono BM-EB36-14.md", "carbon_footprint",
                 "hw-es-markdown-table", [fact], ["lmt", "no_verifier"])
    text_file(path, f"""# Declaración de la huella de carbono de la batería

**Reglamento (UE) 2023/1542, artículo 7 y anexo II** · Baterías Meseta S.L.

| Campo | Valor |
|---|---|
| Fabricante | Baterías Meseta S.L., Parque Tecnológico de Boecillo, parcela 114, 47151 Boecillo (Valladolid) |
| Modelo | BM-EB36-14 (36 V, 14 Ah, 504 Wh, ion-litio NMC 622) |
| Categoría | Batería de medio de transporte ligero (LMT) – bicicleta eléctrica |
| Planta de fabricación | Boecillo (Valladolid), España |
| Huella de carbono | 92,3 kg CO2 eq/kWh |
| Unidad funcional | 1 kWh de energía total suministrada durante la vida útil prevista (800 ciclos) |
| Etapas del ciclo de vida | adquisición de materias primas y preprocesamiento; producción del producto principal; distribución; fin de vida y reciclado |
| Método | ISO 14067:2018 |
| Verificación | Autodeclaración – no verificada por tercera parte |
| Fecha | {issued.day:02d}/{issued.month:02d}/{issued.year} |

## Desglose por etapa

| Etapa | kg CO2 eq/kWh |
|---|---:|
| Adquisición de materias primas y preprocesamiento | 71,4 |
| Producción del producto principal | 15,2 |
| Distribución | 3,1 |
| Fin de vida y reciclado | 2,6 |
| **Total** | **92,3** |

> Nota: las celdas se compran a un fabricante externo; su huella se ha modelado con los datos primarios de su
> declaración de 2025. La verificación por un organismo notificado se realizará cuando sea obligatoria.

Responsable: Lucía Herrero Sanz, Directora de Calidad y Medio Ambiente
""")


def g08_bm_esg_md(C: Corpus) -> None:
    """Spanish sustainability indicators as a Markdown list: kWh, percent, kg."""
    facts = esg5("2025", 1284.6, 48.0, 96.4, 141.7, 63.85)
    path = C.add(BM, "Sostenibilidad/Memoria de sostenibilidad 2025 - indicadores ambientales.md", "esg_metric",
                 "hw-es-markdown-list", facts, ["energy_kwh", "waste_kg"])
    text_file(path, """# Memoria de sostenibilidad 2025

## 4. Indicadores ambientales (ejercicio 2025)

Alcance: Baterías Meseta S.L. (todas sus actividades). Metodología de cálculo de emisiones: GHG Protocol,
factores de emisión MITECO 2025.

- **Consumo energético total:** 1.284.600 kWh (electricidad 1.102.300 kWh; gasóleo de carretillas y calefacción
  182.300 kWh)
- **Electricidad de origen renovable:** 48 % (garantías de origen de la comercializadora y autoconsumo fotovoltaico)
- **Emisiones de alcance 1:** 96,4 t CO2e
- **Emisiones de alcance 2 (según mercado):** 141,7 t CO2e
- **Residuos generados:** 63.850 kg, de los cuales 21.400 kg son residuos peligrosos (celdas defectuosas, gestionadas
  por un gestor autorizado)
- **Consumo de agua:** 1.120 m³

Objetivo 2027: 80 % de electricidad renovable y reducción del 25 % de las emisiones de alcance 1 y 2.
""")


def n04_bm_price_list_xlsx(C: Corpus) -> None:
    """Noise: a price list with a RoHS column and a low-carbon option."""
    path = C.add(BM, "Comercial/Tarifa de precios 2026.xlsx", "noise", "hw-price-list", [])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Tarifa 2026"
    for r in [["Baterías Meseta S.L. – Tarifa de precios 2026 (EUR, sin IVA, EXW Boecillo)"],
              [],
              ["Referencia", "Descripción", "Energía (Wh)", "Precio 1-99 uds.", "Precio ≥ 100 uds.", "RoHS", "REACH"],
              ["BM-EB36-14", "Batería 36 V 14 Ah, tubo diagonal", 504, 289.0, 262.0, "sí", "conforme"],
              ["BM-EB48-17", "Batería 48 V 17,5 Ah, portaequipajes", 840, 412.0, 376.0, "sí", "conforme"],
              ["BM-CH-4A", "Cargador 42 V 4 A", 0, 38.5, 33.0, "sí", "conforme"],
              [],
              ["Opción «baja huella de carbono» (celdas con un 20 % menos de CO2 por kWh): recargo del 4 % sobre el precio."],
              ["Precios válidos del 1 de enero al 31 de diciembre de 2026. Pedido mínimo: 20 unidades."]]:
        ws.append(r)
    for col, w in zip("ABCDEFG", [14, 38, 12, 16, 16, 8, 12], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


# ---------------------------------------------------------------------------------------------------------------
# Accumulateurs du Rhône (France)
# ---------------------------------------------------------------------------------------------------------------

AR_HEAD = "ZI Nord · 12 avenue de l'Industrie · 69200 Vénissieux · France · SIREN 812 447 093 · qualite@accu-rhone.fr"


def d14_ar_rohs_unsigned_pdf(C: Corpus) -> None:
    """An unsigned French RoHS attestation claiming 6(c); it names the directive but no amending act."""
    issued = D(2026, 3, 2)
    parts = ["AR-TR80-620", "AR-TR48-930"]
    fact = rohs(issued=issued, exemptions=("6(c)",), amendment=None, products=parts, signed_by=None)
    path = C.add(AR, "Conformité/Attestation de conformité RoHS 2026.pdf", "substance_declaration",
                 "hw-fr-attestation-unsigned-pdf", [fact], ["unsigned", "exemptions"])
    lk = Look("Serif", 10.5, margins=(25, 22, 22, 20))
    s = [P("Accumulateurs du Rhône S.A.S.", lk.h2), P(AR_HEAD, lk.small), SP(8),
         P("ATTESTATION DE CONFORMITÉ RoHS", lk.h1), SP(4),
         P("Nous soussignés, Accumulateurs du Rhône S.A.S., attestons que les batteries de traction lithium-ion "
           "désignées ci-dessous, livrées à Auerbach Energy Systems GmbH, respectent les valeurs de concentration "
           "maximales fixées à l'annexe II de la directive 2011/65/UE du Parlement européen et du Conseil relative à "
           "la limitation de l'utilisation de certaines substances dangereuses dans les équipements électriques et "
           "électroniques.", lk.body), SP(2),
         TBL(lk, [["Référence", "Désignation"],
                  ["AR-TR80-620", "Batterie de traction 80 V / 620 Ah pour chariot élévateur"],
                  ["AR-TR48-930", "Batterie de traction 48 V / 930 Ah pour chariot élévateur"]], [40, 120]), SP(3),
         P("Exemption revendiquée : point 6(c) de l'annexe III – alliages de cuivre contenant jusqu'à 4 % de plomb en "
           "poids (bornes de raccordement et inserts filetés en laiton).", lk.body),
         P("La présente attestation est établie sur la base des déclarations de nos fournisseurs et des analyses par "
           "fluorescence X réalisées lors du contrôle d'entrée.", lk.body), SP(6),
         P(f"Fait à Vénissieux, le {fr_long(issued)}", lk.body), SP(6),
         KV(lk, [("Nom et qualité du signataire :", "______________________________"),
                 ("Signature et cachet :", "")], widths=(55, 90), grid=False)]
    pdf(path, s, lk, running(footer_center="AR-QUA-ATT-RoHS-2026 – page {page}/{total}"))


def f05_ar_cfp_two_models_pdf(C: Corpus) -> None:
    """A French declaration of two industrial models side by side; recycled content for both."""
    issued = D(2026, 4, 15)
    recycled = {"cobalt": 14.0, "lithium": 4.0, "nickel": 5.2}
    common = dict(plant="Vénissieux, France", category="industrial", stages=ALL_STAGES, method="ISO 14067:2018",
                  verifier="Bureau Alpin de Vérification S.A.S.", issued=issued)
    facts = [cfp("AR-TR80-620", value=79.6, recycled=dict(recycled), **common),  # type: ignore[arg-type]
             cfp("AR-TR48-930", value=83.1, recycled=dict(recycled), **common)]  # type: ignore[arg-type]
    path = C.add(AR, "Empreinte carbone/Déclaration empreinte carbone batteries de traction 2026.pdf",
                 "carbon_footprint", "hw-fr-two-model-columns-pdf", facts,
                 ["industrial", "two_models", "recycled_content"])
    lk = Look("Sans", 9.2)
    s = [P("Accumulateurs du Rhône S.A.S.", lk.h2), P(AR_HEAD, lk.small), SP(3),
         P("DÉCLARATION RELATIVE À L'EMPREINTE CARBONE DES BATTERIES", lk.h1),
         P("Règlement (UE) 2023/1542, article 7 et annexe II", lk.center), SP(3),
         KV(lk, [("Fabricant", "Accumulateurs du Rhône S.A.S., ZI Nord, 12 avenue de l'Industrie, 69200 Vénissieux"),
                 ("Site de fabrication", "Vénissieux, France"),
                 ("Catégorie", "batteries industrielles rechargeables de plus de 2 kWh (traction de chariots élévateurs)"),
                 ("Périmètre", "du berceau à la tombe, hors phase d'utilisation"),
                 ("Méthode", "ISO 14067:2018"),
                 ("Vérification", "Bureau Alpin de Vérification S.A.S., Grenoble – rapport BAV-EC-2026-0412")],
            widths=(40, 130)), SP(3),
         TBL(lk, [["", "AR-TR80-620", "AR-TR48-930"],
                  ["Tension / capacité nominales", "80 V / 620 Ah", "48 V / 930 Ah"],
                  ["Énergie nominale", "49,6 kWh", "44,6 kWh"],
                  ["Empreinte carbone (kg CO2 éq./kWh d'énergie totale fournie)", "79,6", "83,1"],
                  ["– acquisition des matières premières et prétraitement", "60,2", "63,0"],
                  ["– production du produit principal", "16,1", "16,8"],
                  ["– distribution", "1,2", "1,3"],
                  ["– fin de vie et recyclage", "2,1", "2,0"]], [90, 40, 40]), SP(3),
         P("Part de matières recyclées dans la matière active (cathode NMC 622), identique pour les deux modèles : "
           "cobalt 14,0 % ; lithium 4,0 % ; nickel 5,2 %. Plomb : sans objet.", lk.body),
         P("L'électricité du site est modélisée avec le mix résiduel français (aucune garantie d'origine revendiquée).",
           lk.small), SP(5),
         P(f"Vénissieux, le {issued.day:02d}/{issued.month:02d}/{issued.year}", lk.body), SP(4),
         P("Marc Delorme, Directeur technique", lk.body)]
    pdf(path, s, lk, running(footer_right="page {page}/{total}"))


def g09_ar_dpef_pdf(C: Corpus) -> None:
    """A French extra-financial performance extract: MWh with spaces, 100 % renewable, market-based Scope 2."""
    facts = esg5("2025", 14820, 100.0, 836, 41, 1092)
    path = C.add(AR, "RSE/Extrait DPEF 2025 indicateurs environnementaux.pdf", "esg_metric", "hw-fr-table-pdf", facts)
    lk = Look("Serif", 10)
    s = [P("Déclaration de performance extra-financière 2025 – extrait", lk.h1l),
         P("3. Indicateurs environnementaux", lk.h2),
         P("Périmètre : Accumulateurs du Rhône S.A.S. (comptes sociaux, sans filiale). Exercice du 1er janvier au "
           "31 décembre 2025. Émissions calculées selon le GHG Protocol et la méthode Bilan Carbone® (facteurs Base "
           "Empreinte® de l'ADEME).", lk.body), SP(2),
         TBL(lk, [["Indicateur", "Unité", "Exercice 2025"],
                  ["Consommation totale d'énergie", "MWh", "14 820"],
                  ["Part de l'électricité d'origine renouvelable", "%", "100"],
                  ["Émissions directes (scope 1)", "t CO2e", "836"],
                  ["Émissions indirectes liées à l'énergie (scope 2, méthode « market-based »)", "t CO2e", "41"],
                  ["Déchets produits (total)", "t", "1 092"],
                  ["dont déchets dangereux", "t", "214"],
                  ["Taux de valorisation des déchets", "%", "87"]], [105, 25, 35]), SP(3),
         P("Depuis le 1er janvier 2025, la totalité de l'électricité achetée est couverte par des garanties d'origine "
           "hydrauliques françaises ; les émissions résiduelles du scope 2 proviennent du réseau de chaleur.", lk.body)]
    pdf(path, s, lk, running(footer_left="Accumulateurs du Rhône – DPEF 2025", footer_right="{page}"))


def d15_ar_reach_docx(C: Corpus) -> None:
    """A French REACH SVHC declaration covering all the supplier's batteries (no list of parts), against Jan 2025."""
    issued = D(2026, 2, 20)
    fact = reach(issued=issued, list_date=D(2025, 1, 21), entries=247, signed_by="Marc Delorme")
    path = C.add(AR, "Conformité/Déclaration SVHC REACH article 33.docx", "substance_declaration", "hw-fr-reach-docx",
                 [fact], ["no_svhc"])
    d = new_docx("Calibri", 10.5)
    docx_header_footer(d, "Accumulateurs du Rhône S.A.S. – " + AR_HEAD, "AR-QUA-DEC-REACH-2026")
    docx_par(d, "Déclaration relative aux substances extrêmement préoccupantes (SVHC)", bold=True, size=14, align="center")
    docx_par(d, "Règlement (CE) n° 1907/2006 (REACH), article 33", align="center")
    docx_par(d, "")
    docx_par(d, "Destinataire : Auerbach Energy Systems GmbH, Regensburg (Allemagne)")
    docx_par(d, "Produits concernés : l'ensemble des batteries de traction et de leurs accessoires livrés par "
                "Accumulateurs du Rhône S.A.S.")
    docx_par(d, "Nous déclarons que, sur la base des informations transmises par nos fournisseurs, nos produits ne "
                "contiennent aucune substance figurant sur la liste candidate des substances extrêmement préoccupantes "
                "en vue d'une autorisation, dans sa version du 21 janvier 2025 (247 substances), à une concentration "
                "supérieure à 0,1 % masse/masse.")
    docx_par(d, "Nous nous engageons à vous informer de toute évolution de cette situation, notamment lors des mises à "
                "jour de la liste candidate publiées par l'ECHA.")
    docx_par(d, "")
    docx_table(d, [["Date", "Nom et fonction", "Signature"],
                   [f"{issued.day:02d}/{issued.month:02d}/{issued.year}", "Marc Delorme, Directeur technique", "[signé]"]])
    save_docx(d, path)


def n05_ar_lca_quotation_pdf(C: Corpus) -> None:
    """Noise: an LCA consultant's quotation for a carbon-footprint study (ISO 14067, PEFCR, verification)."""
    path = C.add(AR, "Empreinte carbone/Proposition Ecobilan Conseil PCF 2026.pdf", "noise", "hw-lca-quotation", [])
    lk = Look("Sans", 9.6)
    s = [P("Écobilan Conseil SARL", lk.h2), P("28 quai Perrache · 69002 Lyon · contact@ecobilan-conseil.fr", lk.small),
         SP(4), P("PROPOSITION COMMERCIALE n° EC-2026-057", lk.h1),
         P("Étude d'empreinte carbone des batteries AR-TR80-620 et AR-TR48-930", lk.center), SP(3),
         P("Madame, Monsieur,", lk.body),
         P("Suite à notre échange du 12 janvier 2026, nous vous proposons de réaliser l'étude d'empreinte carbone de "
           "deux batteries de traction conformément à l'article 7 du règlement (UE) 2023/1542, selon la norme ISO "
           "14067:2018 et les règles PEFCR applicables, ainsi que l'accompagnement jusqu'à la vérification par un "
           "organisme notifié.", lk.body),
         TBL(lk, [["Lot", "Prestation", "Jours", "Montant HT"],
                  ["1", "Collecte des données primaires (site de Vénissieux, fournisseurs de cellules)", "6", "5 400 €"],
                  ["2", "Modélisation ACV (4 étapes du cycle de vie, hors phase d'utilisation)", "8", "7 200 €"],
                  ["3", "Rapport d'étude et déclaration d'empreinte carbone", "3", "2 700 €"],
                  ["4", "Accompagnement à la vérification tierce partie", "2", "1 800 €"],
                  ["", "Total", "19", "17 100 €"]], [12, 108, 18, 32]), SP(3),
         P("Délai : 10 semaines à compter de la commande. Validité de l'offre : 60 jours. Les résultats (en kg CO2 éq. "
           "par kWh) ne peuvent être estimés avant la collecte des données.", lk.body), SP(4),
         P("Claire Vasseur, consultante senior ACV", lk.body)]
    pdf(path, s, lk, None)


# ---------------------------------------------------------------------------------------------------------------
# Piedmont Cell Works (USA)
# ---------------------------------------------------------------------------------------------------------------

PC_HEAD = "2200 Startown Road · Hickory, NC 28602 · USA · +1 828 555 0142 · compliance@piedmontcellworks.com"


def d16_pc_rohs_noncompliant_pdf(C: Corpus) -> None:
    """A RoHS certificate of compliance that states a DEHP exceedance in a harness: not compliant."""
    issued = D(2026, 3, 16)
    fact = rohs(issued=issued, compliant=False, products=["PCW-RK51-280"], signed_by="Jennifer L. Walsh")
    path = C.add(PC, "Compliance/RoHS CoC PCW-RK51-280 with exception.pdf", "substance_declaration",
                 "hw-us-coc-exception-pdf", [fact], ["non_compliant"])
    lk = Look("Arial", 10, pagesize=LETTER, margins=(25, 25, 22, 20))
    s = [P("PIEDMONT CELL WORKS, INC.", lk.h2), P(PC_HEAD, lk.small), SP(6),
         P("RoHS Certificate of Compliance – Exception Notice", lk.h1l),
         KV(lk, [("Certificate no.", "PCW-RoHS-2026-0042"), ("Date", us_long(issued)),
                 ("Customer", "Auerbach Energy Systems GmbH, Regensburg, Germany"),
                 ("Product", "PCW-RK51-280 battery rack, LFP, 51.2 V, 280 Ah (14.3 kWh)")], widths=(40, 130)), SP(3),
         P("Piedmont Cell Works, Inc. has evaluated the product above against Directive 2011/65/EU of the European "
           "Parliament and of the Council, as amended by Commission Delegated Directive (EU) 2015/863 (Annex II "
           "restricted substances, maximum concentration values in homogeneous materials).", lk.body),
         P("Result: the product does NOT comply.", lk.h3),
         P("The PVC insulation of the internal wire harness PCW-HAR-220 contains bis(2-ethylhexyl) phthalate (DEHP) at "
           "0.12 % by weight of the homogeneous material, above the maximum concentration value of 0.1 %. All other "
           "homogeneous materials tested are below the Annex II limits. No exemption of Annex III or IV applies to "
           "DEHP in this use.", lk.body),
         P("Corrective action: the harness is being replaced by PCW-HAR-220B with phthalate-free (DINCH) insulation, "
           "effective for racks shipped from May 4, 2026. A revised certificate of compliance will be issued at that "
           "time. Racks already delivered should not be placed on the EU market as EEE without consulting us.",
           lk.body), SP(6),
         M("<i>Jennifer L. Walsh</i>", lk.body),
         P("Jennifer L. Walsh\nDirector, Product Compliance", lk.body)]
    pdf(path, s, lk, running(footer_left="PCW-QF-118 rev. B", footer_right="Page {page} of {total}"))


def d17_pc_reach_email_txt(C: Corpus) -> None:
    """An e-mail naming an SVHC above 0.1 % that has no CAS number (MCCP, a UVCB)."""
    sent = D(2026, 4, 7)
    fact = reach(issued=sent, list_date=D(2025, 6, 25), entries=250, products=["PCW-RK51-280"],
                 svhcs=(svhc("Medium-chain chlorinated paraffins (MCCP)", None, 0.3),), signed_by="Derek Haynes")
    path = C.add(PC, "Compliance/RE REACH Art 33 information PCW-RK51-280.txt", "substance_declaration",
                 "hw-us-email-txt", [fact], ["svhc", "svhc_no_cas"])
    text_file(path, f"""From: Derek Haynes <dhaynes@piedmontcellworks.com>
To: Katharina Brandl <k.brandl@auerbach-energy.de>
Cc: Jennifer Walsh <jwalsh@piedmontcellworks.com>
Date: {rfc_date(sent, "16:05:31", "-0400")}
Subject: RE: REACH Art. 33 information - PCW-RK51-280

Hi Katharina,

Following up on your request of March 30: we reviewed the PCW-RK51-280 battery rack against the ECHA Candidate
List as updated on June 25, 2025 (250 entries).

One SVHC is present above 0.1 % w/w:

  - Medium-chain chlorinated paraffins (MCCP) - UVCB substance, no single CAS number (EC number not assigned
    either) - used as a flame-retardant plasticizer in the flexible PVC sleeving of the DC output leads;
    approx. 0.3 % w/w of the article (sleeving).

No other Candidate List substance exceeds 0.1 % in any article of the rack. (The DEHP issue in harness
PCW-HAR-220 is covered by our RoHS exception notice of March 16.)

Safe use: the sleeving is inside the rack enclosure; no exposure is expected under normal or reasonably
foreseeable use. We have submitted the SCIP notification and are qualifying an MCCP-free sleeving for Q3.

Best regards,

Derek Haynes
Regulatory Compliance Manager | Piedmont Cell Works, Inc.
2200 Startown Road, Hickory, NC 28602 | +1 828 555 0187
""")


def f06_pc_cfp_cradle_to_gate_pdf(C: Corpus) -> None:
    """An industrial-battery declaration covering cradle-to-gate only (two stages), method as a GHG Protocol name."""
    issued = D(2026, 6, 30)
    fact = cfp("PCW-RK51-280", plant="Hickory, North Carolina, USA", category="industrial", value=71.2,
               stages=[RAW, PROD], method="GHG Protocol Product Standard",
               verifier="Blue Ridge Carbon Verification LLC", issued=issued)
    path = C.add(PC, "Carbon/PCW-RK51-280 Carbon Footprint Declaration.pdf", "carbon_footprint",
                 "hw-us-cradle-to-gate-pdf", [fact], ["industrial", "cradle_to_gate"])
    lk = Look("Arial", 9.6, pagesize=LETTER)
    s = [P("PIEDMONT CELL WORKS, INC.", lk.h2), P(PC_HEAD, lk.small), SP(4),
         P("Battery Carbon Footprint Declaration", lk.h1),
         P("Regulation (EU) 2023/1542 of the European Parliament and of the Council, Article 7", lk.center), SP(4),
         KV(lk, [("Battery model", "PCW-RK51-280 (LFP rack, 51.2 V, 280 Ah, 14.3 kWh)"),
                 ("Battery category", "Industrial battery – stationary energy storage, capacity above 2 kWh"),
                 ("Manufacturing plant", "Hickory, North Carolina, USA"),
                 ("Carbon footprint", "71.2 kg CO2e per kWh of total energy delivered over the service life"),
                 ("System boundary", "Cradle-to-gate: raw material acquisition and pre-processing; main product "
                                     "production. The distribution and end-of-life stages are not included in this "
                                     "declaration."),
                 ("Methodology", "GHG Protocol Product Standard"),
                 ("Independent verification", "Blue Ridge Carbon Verification LLC, Asheville, NC "
                                              "(limited assurance, statement BRCV-2026-0611)"),
                 ("Date of issue", us_long(issued))], widths=(45, 125)), SP(4),
         TBL(lk, [["Life-cycle stage", "kg CO2e/kWh"],
                  ["Raw material acquisition and pre-processing", "58.4"],
                  ["Main product production", "12.8"],
                  ["Total (cradle-to-gate)", "71.2"]], [110, 40]), SP(4),
         P("Note: cells are sourced from a third-party cell plant; their footprint is based on the cell supplier's "
           "primary data. Electricity of the Hickory plant is modelled with the SERC Virginia/Carolina eGRID 2023 "
           "factor.", lk.small), SP(5),
         P("Jennifer L. Walsh, Director, Product Compliance", lk.body)]
    pdf(path, s, lk, running(footer_right="Page {page} of {total}"))


def g10_pc_site_fy_pdf(C: Corpus) -> None:
    """A site environmental data sheet for a fiscal year: kWh, both Scope 2 methods, waste in kg."""
    site = "Hickory, North Carolina"
    facts = esg5("FY2026", 10620, 27.0, 512, 2960, 518.4, site=site)
    path = C.add(PC, "EHS/Site Environmental Data Sheet Hickory FY2026.pdf", "esg_metric", "hw-us-site-fy-pdf", facts,
                 ["site", "scope2_dual", "energy_kwh", "waste_kg"])
    lk = Look("Arial", 9.6, pagesize=LETTER)
    s = [P("PIEDMONT CELL WORKS, INC.", lk.h2), P(PC_HEAD, lk.small), SP(3),
         P("Site Environmental Data Sheet", lk.h1),
         KV(lk, [("Site", site), ("Reporting period", "FY2026 (July 1, 2025 – June 30, 2026)"),
                 ("Prepared", us_long(D(2026, 8, 14)) + " – EHS Department"),
                 ("Standard", "GHG Protocol Corporate Standard and Scope 2 Guidance")], widths=(40, 130)), SP(3),
         TBL(lk, [["Indicator", "Unit", "FY2026"],
                  ["Electricity purchased", "kWh", "9,184,000"],
                  ["Natural gas", "kWh", "1,436,000"],
                  ["Total energy consumption", "kWh", "10,620,000"],
                  ["Renewable electricity (RECs + on-site solar)", "%", "27"],
                  ["Scope 1 GHG emissions", "metric tons CO2e", "512"],
                  ["Scope 2 GHG emissions – location-based", "metric tons CO2e", "3,870"],
                  ["Scope 2 GHG emissions – market-based", "metric tons CO2e", "2,960"],
                  ["Waste generated (total)", "kg", "518,400"],
                  ["  of which diverted from landfill", "kg", "402,900"]], [100, 40, 30]), SP(3),
         P("Scope 2 is reported under both methods as required by the GHG Protocol Scope 2 Guidance; customer "
           "questionnaires receive the market-based figure.", lk.small)]
    pdf(path, s, lk, running(footer_left="PCW EHS-F-07", footer_right="Page {page} of {total}"))


# ---------------------------------------------------------------------------------------------------------------
# Akumulátory Vltava (Czechia)
# ---------------------------------------------------------------------------------------------------------------

def f07_vl_cfp_lead_xlsx(C: Corpus) -> None:
    """A Czech/English lead-acid declaration in t CO2e/MWh with recycled lead."""
    issued = D(2026, 5, 19)
    fact = cfp("VLT-48-6PZS930", plant="Strakonice, Česká republika", category="industrial", value=41.6,
               stages=ALL_STAGES, method="ISO 14067:2018", verifier="Bohemia Verification s.r.o.", issued=issued,
               recycled={"lead": 85.0})
    path = C.add(VL, "Uhlíková stopa/Prohlášení o uhlíkové stopě VLT-48-6PZS930.xlsx", "carbon_footprint",
                 "hw-cs-en-form-xlsx", [fact], ["industrial", "t_per_mwh", "recycled_content", "percent_format"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Prohlášení"
    rows = [["PROHLÁŠENÍ O UHLÍKOVÉ STOPĚ BATERIE / BATTERY CARBON FOOTPRINT DECLARATION"],
            ["Nařízení (EU) 2023/1542, článek 7 / Regulation (EU) 2023/1542, Article 7"],
            [],
            ["Výrobce / Manufacturer", "Akumulátory Vltava a.s., Průmyslová 1420, 386 01 Strakonice"],
            ["Model baterie / Battery model", "VLT-48-6PZS930"],
            ["Popis / Description", "Olověná trakční baterie 48 V, 6 PzS 930 Ah / lead-acid traction battery"],
            ["Kategorie / Category", "průmyslová baterie / industrial battery"],
            ["Výrobní závod / Plant", "Strakonice, Česká republika"],
            ["Uhlíková stopa / Carbon footprint", 41.6, "t CO2e/MWh"],
            [],
            ["Fáze životního cyklu / Life-cycle stage", "t CO2e/MWh"],
            ["získávání surovin a předzpracování / raw material acquisition and pre-processing", 27.9],
            ["výroba hlavního produktu / main product production", 9.8],
            ["distribuce / distribution", 1.4],
            ["konec životnosti a recyklace / end of life and recycling", 2.5],
            [],
            ["Recyklovaný obsah – olovo / Recycled content – lead", 0.85],
            ["Metodika / Method", "ISO 14067:2018"],
            ["Ověřovatel / Verifier", "Bohemia Verification s.r.o. (zpráva / report BV-2026-117)"],
            ["Datum / Date", cs_short(issued)],
            ["Podpis / Signature", "Ing. Petr Dvořák, technický ředitel / technical director"]]
    for r in rows:
        ws.append(r)
    ws["B9"].number_format = "0.0"
    for r in range(12, 16):
        ws.cell(r, 2).number_format = "0.0"
    ws["B17"].number_format = "0%"
    for col, w in zip("ABC", [62, 58, 14], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def d18_vl_reach_lead_pdf(C: Corpus) -> None:
    """Czech Art. 33 information: lead (CAS 7439-92-1) in lead-acid batteries, with an approximate share."""
    issued = D(2026, 2, 3)
    parts = ["VLT-48-6PZS930", "VLT-80-5PZS775"]
    fact = reach(issued=issued, list_date=D(2025, 6, 25), entries=250, products=parts,
                 svhcs=(svhc("Olovo (lead)", "7439-92-1", 60.0),), signed_by="Petr Dvořák")
    path = C.add(VL, "Prohlášení/Informace dle čl. 33 REACH olověné baterie.pdf", "substance_declaration",
                 "hw-cs-art33-pdf", [fact], ["svhc"])
    lk = Look("Sans", 9.8)
    s = [P("Akumulátory Vltava a.s.", lk.h2),
         P("Průmyslová 1420 · 386 01 Strakonice · IČO 26047811 · kvalita@akuvltava.cz", lk.small), SP(5),
         P("INFORMACE PODLE ČLÁNKU 33 NAŘÍZENÍ REACH", lk.h1),
         P("Nařízení Evropského parlamentu a Rady (ES) č. 1907/2006", lk.center), SP(3),
         KV(lk, [("Odběratel", "Auerbach Energy Systems GmbH, Regensburg"),
                 ("Výrobky", "olověné trakční baterie VLT-48-6PZS930 a VLT-80-5PZS775"),
                 ("Kandidátský seznam", f"ve znění ze dne {cs_long(D(2025, 6, 25))} (250 látek)")], widths=(40, 130)),
         SP(3),
         P("Tímto Vás informujeme, že uvedené výrobky obsahují látku zařazenou na kandidátský seznam látek vzbuzujících "
           "mimořádné obavy (SVHC) v koncentraci vyšší než 0,1 % hmotnostních:", lk.body),
         TBL(lk, [["Látka", "Číslo CAS", "Číslo ES", "Obsah", "Umístění"],
                  ["Olovo (lead)", "7439-92-1", "231-100-4", "cca 60 % hmotnosti baterie",
                   "mřížky, pólové vývody, spojky článků, aktivní hmota"]], [28, 24, 24, 40, 54]), SP(3),
         P("Informace pro bezpečné použití: při běžném používání nedochází k expozici olovu. Baterie nerozebírejte. Po "
           "skončení životnosti předejte baterii oprávněné osobě ke zpětnému odběru a recyklaci.", lk.body), SP(5),
         P(f"Strakonice {cs_long(issued)}", lk.body), SP(6),
         P("Ing. Petr Dvořák\ntechnický ředitel", lk.body)]
    pdf(path, s, lk, None)


# ---------------------------------------------------------------------------------------------------------------
# The corpus
# ---------------------------------------------------------------------------------------------------------------

SUBSTANCE_DOCS = [d01_kb_rohs_reach_letter_pdf, d02_nz_rohs_docx, d03_nz_reach_docx, d04_hk_reach_xlsx,
                  d05_hk_portal_export_csv, d06_se_rohs_undated_docx, d07_se_reach_xlsx, d08_lb_rohs_letter_pdf,
                  d09_lb_cdx_printout_txt, d10_ne_rohs_pl_pdf, d11_ne_part_matrix_xlsx, d12_br_reach_art33_pdf,
                  d13_bm_rohs_reach_docx, d14_ar_rohs_unsigned_pdf, d15_ar_reach_docx, d16_pc_rohs_noncompliant_pdf,
                  d17_pc_reach_email_txt, d18_vl_reach_lead_pdf]
CARBON_DOCS = [f01_kb_cfp_ev_pdf, f02_se_cfp_ev_docx, f03_br_cfp_industrial_pdf, f04_bm_cfp_lmt_md,
               f05_ar_cfp_two_models_pdf, f06_pc_cfp_cradle_to_gate_pdf, f07_vl_cfp_lead_xlsx]
ESG_DOCS = [g01_kb_esg_two_years_xlsx, g02_nz_esg_csv, g03_hk_esg_docx, g04_se_esg_pdf, g05_lb_esg_two_years_pdf,
            g06_ne_esg_email_txt, g07_br_esg_prose_docx, g08_bm_esg_md, g09_ar_dpef_pdf, g10_pc_site_fy_pdf]
NOISE_DOCS = [n01_nz_request_letter_pdf, n02_se_brochure_pdf, n03_lb_packaging_spec_docx, n04_bm_price_list_xlsx,
              n05_ar_lca_quotation_pdf]
DOCUMENTS = SUBSTANCE_DOCS + CARBON_DOCS + ESG_DOCS + NOISE_DOCS


def build(out: Path) -> dict:
    """Write the corpus and its truth; returns the truth (the signature every hand-written corpus shares)."""
    return build_corpus(Path(out), documents=DOCUMENTS, suppliers=SUPPLIERS, generator=GENERATOR, seed=SEED)


def main(argv: list[str] | None = None) -> int:
    return run(argv, "build_declarations", build)


if __name__ == "__main__":
    sys.exit(main())

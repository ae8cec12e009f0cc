"""A third hand-written evaluation corpus: UN 38.3 test summaries and battery safety test reports (plus a few
non-governance papers that mention them), with its truth.

    python -m evals.handwritten.build_reports OUT_DIR

Writes OUT_DIR/suppliers/<Supplier>/<subfolder>/<file>, OUT_DIR/truth.json (the format of evals/styles/truth.py)
and OUT_DIR/.govignore, with the writers, the truth helpers and the supplier problem logic of build_tests.py.

The documents are written by hand below, by someone who had read neither the product's extractors nor the styles
generator, in the layouts of test laboratories, notified bodies and manufacturers: CB test report forms, Chinese
检验报告, Korean 시험성적서, Japanese 試験成績書 with era dates, German Prüfberichte of a technical service, Excel
summary sheets over a family of models, manufacturers' self-declarations, e-mails, lab-portal exports. What varies
most is where the tested model and each fact stand: under a label of any name, in the title only, in a table
caption, in a description paragraph, in a matrix of models (continued on a second page), per variant. All
companies, laboratories, people, numbers and dates are invented. Deterministic: reportlab invariant=1, Office files
re-zipped with fixed timestamps, no randomness. CJK text appears only in DOCX, XLSX and text files (the PDF fonts
have no CJK glyphs).
"""

# ruff: noqa: E501  (document text is kept on the lines it is printed on, some wider than 120 columns)

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from pathlib import Path

from reportlab.lib.pagesizes import LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak

from evals.handwritten import build_tests as bt
from evals.handwritten.build_tests import (
    BATT_OK,
    CELL_OK,
    KV,
    MON_EN,
    SP,
    T_DE,
    T_EN,
    T_ES,
    T_FR,
    T_JA,
    T_KO,
    T_ZH,
    TBL,
    Corpus,
    D,
    Look,
    M,
    P,
    R,
    Sup,
    de,
    de_long,
    dmon,
    dmy,
    docx_header_footer,
    docx_par,
    docx_table,
    dots,
    en_long,
    en_long0,
    es_long,
    esc,
    fr_long,
    iso,
    ko,
    new_docx,
    new_xlsx,
    pdf,
    running,
    save_docx,
    save_xlsx,
    st,
    text_file,
    tt,
    us_long,
    us_num,
    ymd_slash,
    zh,
    zh0,
)

GENERATOR = "evals.handwritten.reports"
SEED = 3
SPLIT = "dev"
AS_OF = dt.date(2026, 11, 15)

# ---------------------------------------------------------------------------------------------------------------
# Dates written the ways these documents write them (the common ones come from build_tests)
# ---------------------------------------------------------------------------------------------------------------

MON_PL = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
          "października", "listopada", "grudnia"]
MON_CS = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu",
          "prosince"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def pl_long(d: dt.date) -> str:
    return f"{d.day} {MON_PL[d.month - 1]} {d.year}"


def cs_long(d: dt.date) -> str:
    return f"{d.day}. {MON_CS[d.month - 1]} {d.year}"


def cs_num(d: dt.date) -> str:
    return f"{d.day}. {d.month}. {d.year}"


def roman(d: dt.date) -> str:
    return f"{d.day:02d}.{ROMAN[d.month - 1]}.{d.year}"


def reiwa(d: dt.date) -> str:
    """Japanese era date: Reiwa 1 is 2019."""
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"


def ko_long(d: dt.date) -> str:
    return f"{d.year}년 {d.month}월 {d.day}일"


def us_abbr(d: dt.date) -> str:
    m = MON_EN[d.month - 1]
    return f"{m if len(m) <= 4 else m[:3] + '.'} {d.day}, {d.year}"


def en_ord(d: dt.date) -> str:
    suffix = "th" if 10 < d.day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return f"{d.day}{suffix} {MON_EN[d.month - 1]} {d.year}"


def compact(d: dt.date) -> str:
    return f"{d.year}{d.month:02d}{d.day:02d}"


# ---------------------------------------------------------------------------------------------------------------
# Suppliers and laboratories (all invented)
# ---------------------------------------------------------------------------------------------------------------

TM = Sup("Tianmu Power Cell", "Zhejiang Tianmu Power Cell Co., Ltd.", "cell_manufacturer", "China", False)
LX = Sup("Lianxin Energy Storage", "Shenzhen Lianxin Energy Storage Technology Co., Ltd.", "pack_integrator", "China",
         False)
SR = Sup("Seorin Battery", "Seorin Battery Co., Ltd.", "cell_manufacturer", "South Korea", True)
KS = Sup("Kisogawa Denchi", "Kisogawa Denchi Kogyo K.K.", "cell_manufacturer", "Japan", False)
EB = Sup("Elbtal Batteriesysteme", "Elbtal Batteriesysteme GmbH", "pack_integrator", "Germany", True)
OD = Sup("Odra Moduły Bateryjne", "Odra Moduły Bateryjne Sp. z o.o.", "pack_integrator", "Poland", True)
NE = Sup("Narmada Energy Cells", "Narmada Energy Cells Pvt. Ltd.", "cell_manufacturer", "India", False)
BB = Sup("Baterías del Bajío", "Baterías del Bajío, S.A. de C.V.", "pack_integrator", "Mexico", False)
CR = Sup("Cascade Ridge Energy Storage", "Cascade Ridge Energy Storage, Inc.", "pack_integrator", "United States",
         False)
LB = Sup("Accumulateurs de Loire", "Accumulateurs de Loire S.A.S.", "pack_integrator", "France", False)
VC = Sup("Vltava Cell Systems", "Vltava Cell Systems s.r.o.", "pack_integrator", "Czechia", True)
SUPPLIERS = [TM, LX, SR, KS, EB, OD, NE, BB, CR, LB, VC]

LAB_ZY = "Suzhou Zhongyuan Battery Safety Testing Center Co., Ltd."
LAB_PC = "Pengcheng Electrochemical Inspection (Shenzhen) Co., Ltd."
LAB_HB = "Hanbit Battery Test & Certification Center"
LAB_CB = "Chubu Battery Safety Laboratory Co., Ltd."
LAB_AR = "Ardent Certification Laboratories (Hong Kong) Ltd."
LAB_SP = "Sächsisches Prüfinstitut für Energiespeicher GmbH"
LAB_TS = "Tessaris Product Services GmbH"
LAB_SC = "Śląskie Centrum Badań Baterii Sp. z o.o."
LAB_DB = "Deccan Battery Test Laboratories Pvt. Ltd."
LAB_EN = "Laboratorio de Ensayos Electroquímicos del Norte, S.A. de C.V."
LAB_KY = "Keystone Energy Safety Labs, LLC"
LAB_IL = "Institut Ligérien d'Essais des Accumulateurs"
LAB_ZA = "Zkušebna akumulátorů Brno, a.s."
LAB_TM = "Tianmu Power Battery Safety Laboratory"  # the manufacturer's own laboratory

# contact blocks, as the 38.3.5 summary asks for them (name, address, phone, e-mail, web)
ADDR = {
    TM.name: "No. 1688 Renhuang Road, Wuxing District, Huzhou, Zhejiang 313000, China · Tel +86 572 2368 8100 · "
             "un38@tianmu-power.cn · www.tianmu-power.cn",
    LX.name: "Building B3, Guanlan Hi-Tech Park, Longhua District, Shenzhen 518110, China · Tel +86 755 2893 6620 · "
             "compliance@lianxin-ess.com · www.lianxin-ess.com",
    SR.name: "88 Cheomdan-ro 3-gil, Buk-gu, Gwangju 61008, Republic of Korea · Tel +82-62-970-4400 · "
             "dg-doc@seorin-battery.co.kr · www.seorin-battery.co.kr",
    KS.name: "1-12-5 Kisogawa-cho, Ichinomiya-shi, Aichi 493-0001, Japan · TEL +81-586-87-3311 · "
             "hinsho@kisogawa-denchi.co.jp · www.kisogawa-denchi.co.jp",
    EB.name: "Meißner Straße 210, 01445 Radebeul, Deutschland · Tel. +49 351 830 7700 · "
             "produktsicherheit@elbtal-bs.de · www.elbtal-bs.de",
    OD.name: "ul. Opolska 151, 45-449 Opole, Polska · tel. +48 77 553 18 00 · jakosc@odra-mb.pl · www.odra-mb.pl",
    NE.name: "Plot B-14, Pithampur Industrial Area Sector 3, Dhar 454774, Madhya Pradesh, India · "
             "+91 7292 403 550 · qa@narmadacells.in · www.narmadacells.in",
    BB.name: "Blvd. de la Industria 1450, Parque Industrial Castro del Río, 36810 Irapuato, Gto., México · "
             "+52 462 635 2200 · calidad@bateriasbajio.mx · www.bateriasbajio.mx",
    CR.name: "2750 NE Airport Way, Suite 140, Portland, OR 97218, USA · (503) 555-0186 · "
             "compliance@cascaderidge-es.com · www.cascaderidge-es.com",
    LB.name: "12 rue de la Gabare, 44800 Saint-Herblain, France · +33 2 40 92 61 30 · qualite@accus-loire.fr · "
             "www.accus-loire.fr",
    VC.name: "Průmyslová 1127, 370 01 České Budějovice, Česká republika · +420 387 220 410 · "
             "kvalita@vltava-cells.cz · www.vltava-cells.cz",
}
LAB_ADDR = {
    LAB_ZY: "No. 8 Jinfeng Road, Suzhou New District, Jiangsu 215163, China · Tel +86 512 6665 0380 · "
            "report@zybt-lab.cn · www.zybt-lab.cn",
    LAB_PC: "3F, Block C, Xinghe Industrial Zone, Bao'an District, Shenzhen 518101, China · Tel +86 755 2998 1270 · "
            "service@pcei-test.com · www.pcei-test.com",
    LAB_HB: "21 Gwahaksaneop 4-ro, Ochang-eup, Cheongju-si, Chungcheongbuk-do 28119, Korea · Tel +82-43-219-5600 · "
            "battery@hanbit-tc.or.kr · www.hanbit-tc.or.kr",
    LAB_CB: "3-41 Shiohama-cho, Minato-ku, Nagoya 455-0028, Japan · TEL +81-52-655-2190 · test@cbsl.co.jp · "
            "www.cbsl.co.jp",
    LAB_SP: "Gostritzer Straße 63, 01217 Dresden, Deutschland · Tel. +49 351 479 3300 · pruefstelle@spe-dresden.de · "
            "www.spe-dresden.de",
    LAB_SC: "ul. Konarskiego 20B, 44-100 Gliwice, Polska · tel. +48 32 237 15 40 · badania@scbb.pl · www.scbb.pl",
    LAB_DB: "Survey No. 112/3, Hinjewadi Phase II, Pune 411057, Maharashtra, India · +91 20 6740 2200 · "
            "un383@deccanbtl.in · www.deccanbtl.in",
    LAB_EN: "Av. Eugenio Garza Lagüera 2401, 66269 San Pedro Garza García, N.L., México · +52 81 8133 7700 · "
            "pruebas@leen.mx · www.leen.mx",
    LAB_KY: "610 Technology Drive, Canonsburg, PA 15317, USA · (724) 555-0193 · batteries@keystone-esl.com · "
            "www.keystone-esl.com",
    LAB_IL: "3 allée des Sciences, 49000 Angers, France · +33 2 41 73 50 20 · essais@ilea-labo.fr · www.ilea-labo.fr",
    LAB_ZA: "Purkyňova 649/127, 612 00 Brno, Česká republika · +420 541 590 300 · zkusebna@zab-brno.cz · "
            "www.zab-brno.cz",
    LAB_TS: "Ridlerstraße 65, 80339 München, Deutschland · Tel. +49 89 5791 4400 · battery@tessaris-ps.de · "
            "www.tessaris-ps.de",
}

ASSEMBLED_NA = "38.3.3 (f) / (g): not applicable"


def pre_style(lk: Look, space: float = 1.0) -> ParagraphStyle:
    """Typewritten lines, one paragraph each."""
    return ParagraphStyle("pre", parent=lk.body, spaceAfter=space)


def typed(lk: Look, lines: list[str], space: float = 1.0) -> list:
    st_ = pre_style(lk, space)
    return [P(x or " ", st_) for x in lines]


# ---------------------------------------------------------------------------------------------------------------
# UN 38.3 test summaries (38.3.5)
# ---------------------------------------------------------------------------------------------------------------

def u01_tm_zh_en_docx(C: Corpus) -> None:
    """Chinese-English DOCX form: the model under '型号 Model', the date in Chinese only, '通过 Pass'."""
    date = D(2025, 3, 14)
    rid, model = "ZYBT-UN-250314-07", "TMP-LFP-314"
    fact = tt(model, manufacturer=TM.legal_name, lab=LAB_ZY, report_id=rid, date=date, chemistry="lithium-ion",
              wh=1004.8, mass_g=5580, results=R(CELL_OK), signed_by="Wu Jianguo")
    path = C.add(TM, "UN38.3/TMP-LFP-314 UN38.3测试概要.docx", "transport_test", "rp-zh-en-form", [fact],
                 ["chinese_date"])
    d = new_docx("SimSun", 10)
    docx_header_footer(d, "苏州中源电池安全检测中心有限公司  " + LAB_ZY, f"报告编号 Report No.: {rid}    第 1 页 共 1 页")
    docx_par(d, "锂电池UN38.3测试概要", bold=True, size=16, align="center")
    docx_par(d, "Lithium Battery UN38.3 Test Summary", bold=True, size=12, align="center")
    docx_par(d, "（依据联合国《关于危险货物运输的建议书 试验和标准手册》第38.3.5节）", size=9, align="center")
    docx_table(d, [
        ["1. 制造商 Manufacturer", "浙江天目动力电池有限公司\n" + TM.legal_name + "\n" + ADDR[TM.name]],
        ["2. 检测机构 Test Laboratory", "苏州中源电池安全检测中心有限公司\n" + LAB_ZY + "\n" + LAB_ADDR[LAB_ZY]],
        ["3. 报告编号 Test Report No.", rid],
        ["4. 报告日期 Date of Test Report", zh(date)],
        ["5. 电池类型 Type", "☑ 锂离子电芯 Lithium ion cell   ☐ 锂离子电池 Lithium ion battery\n"
                            "☐ 锂金属电芯 Lithium metal cell   ☐ 锂金属电池 Lithium metal battery"],
        ["   型号 Model", model],
        ["   质量 Mass", "5.58 kg"],
        ["   额定瓦时 Watt-hour rating", "1004.8 Wh（3.2 V × 314 Ah）"],
        ["   外观描述 Physical description", "方形铝壳电芯，磷酸铁锂体系 / Prismatic aluminium-case LFP cell, "
                                           "174.0 mm × 71.6 mm × 207.2 mm, M6 螺栓极柱 bolt terminals"],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    docx_par(d, "6. 测试项目及结果 Tests Conducted and Results", bold=True)
    res = ["通过 Pass"] * 6 + ["不适用 N/A（电芯 cell）", "通过 Pass"]
    docx_table(d, [["项目 Item", "测试名称 Test", "结果 Result"]] +
               [[f"T.{i + 1}", f"{T_ZH[i]} {T_EN[i]}", res[i]] for i in range(8)])
    docx_par(d, "")
    docx_par(d, "7. 组装电池测试要求 Assembled battery (38.3.3 f/g)：不适用 Not applicable")
    docx_par(d, "8. 手册版本 Manual edition：ST/SG/AC.10/11/Rev.8，第八修订版 Rev. 8")
    docx_par(d, "")
    docx_table(d, [["编制 Prepared by", "审核 Checked by", "授权签字人 Authorized signatory"],
                   ["孙磊 Sun Lei", "钱芳 Qian Fang", "吴建国 Wu Jianguo\n（检测专用章 Test seal）"]], style="")
    save_docx(d, path)


def u02_tm_xlsx_family(C: Corpus) -> None:
    """An Excel summary over a family of four cells, one row a model, P/F per test; one model failed T.2."""
    date = D(2025, 8, 26)
    rid = "ZYBT-UN-250826-02"
    cells = [("TMP-LFP-280K", 280, 896, 5.42, "ppppppnp", ""),
             ("TMP-LFP-230", 230, 736, 4.21, "ppppppnp", ""),
             ("TMP-LFP-105", 105, 336, 1.98, "ppppppnp", ""),
             ("TMP-LFP-50", 50, 160, 1.05, "pfppppnp", "T.2: sample No. 7 mass loss 0.21 % (limit 0.1 % for M > 75 g): FAIL")]
    facts = [tt(m, manufacturer=TM.legal_name, lab=LAB_ZY, report_id=rid, date=date, chemistry="lithium-ion", wh=wh,
                mass_g=round(kg * 1000), results=R(res), signed_by="Wu Jianguo") for m, _, wh, kg, res, _ in cells]
    path = C.add(TM, "UN38.3/ZYBT-UN-250826-02 cell family summary.xlsx", "transport_test", "rp-xlsx-model-rows",
                 facts, ["several_models", "failed", "date_cell"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Summary"
    ws.append(["UN 38.3 TEST SUMMARY — PRISMATIC LFP CELL FAMILY (38.3.5)"])
    ws.append([])
    for k, v in [("Manufacturer", TM.legal_name + " · " + ADDR[TM.name]),
                 ("Test laboratory", LAB_ZY + " · " + LAB_ADDR[LAB_ZY]),
                 ("Test report no.", rid)]:
        ws.append([k, v])
    ws.append(["Date of test report", dt.datetime(date.year, date.month, date.day)])
    ws.cell(row=ws.max_row, column=2).number_format = "yyyy-mm-dd"
    for k, v in [("Type", "Lithium ion cells (rechargeable), prismatic aluminium can, LiFePO4 / graphite"),
                 ("Assembled battery (38.3.3 f/g)", "N/A – cells shipped as cells"),
                 ("UN Manual of Tests and Criteria", "Rev. 8, Part III, sub-section 38.3")]:
        ws.append([k, v])
    ws.append([])
    ws.append(["Cell P/N", "Nominal voltage (V)", "Rated capacity (Ah)", "Energy (Wh)", "Mass (kg)", "T.1", "T.2", "T.3",
               "T.4", "T.5", "T.6", "T.7", "T.8", "Remark"])
    sym = {"p": "P", "f": "F", "n": "N/A"}
    for m, ah, wh, kg, res, remark in cells:
        ws.append([m, 3.2, ah, wh, kg] + [sym[c] for c in res] + [remark])
    ws.append([])
    ws.append(["P = pass; F = fail; N/A = not applicable (T.7 applies to rechargeable batteries, not to cells)"])
    ws.append(["Physical description: prismatic cells, aluminium case, laser-welded lid with vent; dimensions per "
               "specification TMP-SPEC-LFP rev. D"])
    ws.append([])
    ws.append(["Authorized signatory", "吴建国 Wu Jianguo, Technical Director"])
    for col, w in zip("ABCDEFGHIJKLMN", [30, 18, 18, 12, 10, 6, 6, 6, 6, 6, 6, 6, 6, 60], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def u03_lx_sqrt_grid(C: Corpus) -> None:
    """A Shenzhen-style English summary: '√' in a Pass / Fail / N/A grid, another maker's cell report cited."""
    date = D(2025, 6, 18)
    rid, model = "PCEI-UN-2506-0311", "LXR-48100-R"
    fact = tt(model, manufacturer=LX.legal_name, lab=LAB_PC, report_id=rid, date=date, chemistry="lithium-ion",
              wh=5120, mass_g=45000, results=R(BATT_OK), signed_by="Huang Zhiqiang")
    path = C.add(LX, "UN38.3/PCEI-UN-2506-0311.pdf", "transport_test", "rp-sqrt-grid", [fact], ["cited_cell_report"])
    lk = Look("Arial", 8.9)
    chk = "√"
    grid = [["No.", "Test item", "Pass", "Fail", "N/A", "Remark"]]
    for i, c in enumerate(BATT_OK):
        grid.append([f"T.{i + 1}", T_EN[i], chk if c == "p" else "", "", chk if c == "n" else "",
                     "Cell-level test, see cell summary" if c == "n" else ""])
    s = [P(LAB_PC, lk.centerb), P(LAB_ADDR[LAB_PC], lk.center), SP(4),
         P("UN38.3 TEST SUMMARY", lk.big),
         TBL(lk, [["Manufacturer", LX.legal_name + "\n" + ADDR[LX.name]],
                  ["Testing laboratory", LAB_PC + "\n" + LAB_ADDR[LAB_PC]],
                  ["Test report No.", rid], ["Date of issue", ymd_slash(date)],
                  ["Product name", "Lithium iron phosphate battery (rack-mounted energy storage battery)"],
                  ["Model/Type", model],
                  ["Rating", "51.2 V, 100 Ah, 5120 Wh"],
                  ["Weight", "approx. 45.0 kg"],
                  ["Appearance", "19-inch 3U steel chassis, 482 × 560 × 133 mm, 16S1P, BMS with RS485/CAN"],
                  ["Component cells", "TMP-LFP-105 (Zhejiang Tianmu Power Cell Co., Ltd.), UN38.3 report "
                                      "ZYBT-UN-250826-02"],
                  ["Test method", "UN Manual of Tests and Criteria Rev.8, Part III, sub-section 38.3"]],
             [45, 129], head=0, bold_first_col=True), SP(4),
         TBL(lk, grid, [14, 54, 14, 14, 14, 64]), SP(2),
         P("Assembled battery: the battery is not an assembly of tested batteries; 38.3.3 (f) and (g) not applicable.",
           lk.small), SP(8),
         TBL(lk, [["Tested by", "Reviewed by", "Approved by"],
                  ["Deng Wei", "Lin Xiaoyu", "Huang Zhiqiang (Technical Manager)"]], [58, 58, 58], grid=False)]
    pdf(path, s, lk, running(footer_left=f"Report No.: {rid}", footer_right="Page {page} of {total}"))


def u04_lx_unsigned(C: Corpus) -> None:
    """A 38.3.5 form with lettered elements; element (i) left blank: no signature, no name."""
    date = D(2025, 7, 21)
    rid, model = "PCEI-UN-2507-0192", "LX-PS1200"
    fact = tt(model, manufacturer=LX.legal_name, lab=LAB_PC, report_id=rid, date=date, chemistry="lithium-ion",
              wh=1228.8, mass_g=13600, results=R(BATT_OK), signed_by=None, missing=("signature",))
    path = C.add(LX, "UN38.3/LX-PS1200 UN38.3 Test Summary.pdf", "transport_test", "rp-lettered-unsigned", [fact],
                 ["incomplete", "unsigned"])
    lk = Look("Sans", 9)
    res = ["Passed"] * 5 + ["Not applicable (cell test)", "Passed", "Not applicable (cell test)"]
    s = [P("Test Summary – Lithium Batteries", lk.h1),
         P("UN Manual of Tests and Criteria, sub-section 38.3.5", lk.center), SP(3),
         TBL(lk, [["Element", "Information"],
                  ["(a) Name of cell, battery or product manufacturer", LX.legal_name + "\n" + ADDR[LX.name]],
                  ["(b) Test laboratory", LAB_PC + "\n" + LAB_ADDR[LAB_PC]],
                  ["(c) Unique test report identification number", rid],
                  ["(d) Date of test report", us_abbr(date)],
                  ["(e) Description of cell or battery", f"Lithium ion battery — portable power station {model}; "
                                                         "8S2P LiFePO4, 25.6 V, 48 Ah; Watt-hour rating 1228.8 Wh; "
                                                         "mass 13.6 kg; ABS/PC housing 380 × 260 × 290 mm with "
                                                         "AC inverter, USB and DC outputs"],
                  ["(f) List of tests conducted and results", "\n".join(f"T.{i + 1} {T_EN[i]}: {res[i]}"
                                                                        for i in range(8))],
                  ["(g) Reference to assembled battery testing requirements", "Not applicable"],
                  ["(h) Revised edition of the Manual of Tests and Criteria", "Revision 8 (ST/SG/AC.10/11/Rev.8)"],
                  ["(i) Signature with name and title", "\n\n"]], [62, 112]), SP(6),
         P("Signature: ______________________     Name: ______________________     Title: ______________________",
           lk.body), SP(3),
         P("(company chop)", lk.small)]
    pdf(path, s, lk, running(header_left=LAB_PC, header_right=rid, footer_right="{page}/{total}"))


def u05_sr_ko_docx(C: Corpus) -> None:
    """Korean form with English in brackets: '모델명 (Model name)', '적합', a Korean long date."""
    date = D(2025, 7, 2)
    rid, model = "HBTC-UN-2507-0058", "SR-P94-NCM"
    fact = tt(model, manufacturer=SR.legal_name, lab=LAB_HB, report_id=rid, date=date, chemistry="lithium-ion",
              wh=345.9, mass_g=1930, results=R(CELL_OK), signed_by="Choi Min-jae")
    path = C.add(SR, "시험성적/UN38.3 시험요약서 SR-P94-NCM.docx", "transport_test", "rp-ko-form", [fact])
    d = new_docx("Malgun Gothic", 10)
    docx_header_footer(d, "한빛전지시험인증센터 " + LAB_HB, f"성적서 번호 {rid}")
    docx_par(d, "리튬 전지 UN 38.3 시험 요약서", bold=True, size=16, align="center")
    docx_par(d, "(UN 시험 및 판정기준 매뉴얼 38.3.5 항에 따름)", size=9, align="center")
    docx_table(d, [
        ["항목", "내용"],
        ["제조자 (Manufacturer)", "서린배터리 주식회사 / " + SR.legal_name + "\n" + ADDR[SR.name]],
        ["시험기관 (Test laboratory)", "한빛전지시험인증센터 / " + LAB_HB + "\n" + LAB_ADDR[LAB_HB]],
        ["시험성적서 번호 (Report No.)", rid],
        ["발행일자 (Date of issue)", ko_long(date)],
        ["전지 구분 (Type)", "리튬이온 단전지 (Lithium ion cell), 파우치형"],
        ["모델명 (Model name)", model],
        ["질량 (Mass)", "1,930 g"],
        ["정격 전력량 (Watt-hour rating)", "345.9 Wh (3.68 V, 94 Ah)"],
        ["외형 (Physical description)", "파우치형 알루미늄 라미네이트 / pouch, 355 × 102 × 12.4 mm, NCM811/흑연"],
        ["조립 전지 요건 (38.3.3 f, g)", "해당 없음 (Not applicable)"],
        ["매뉴얼 판 (Manual edition)", "제8개정판 (Rev. 8)"],
    ], bold_first_col=True)
    docx_par(d, "")
    res = ["적합"] * 6 + ["해당 없음"] + ["적합"]
    docx_table(d, [["시험 (Test)", "시험 항목", "시료 수", "판정 (Result)"]] +
               [[f"T.{i + 1}", f"{T_KO[i]} ({T_EN[i]})", ["10", "10", "10", "10", "10", "5", "-", "10"][i], res[i]]
                for i in range(8)])
    docx_par(d, "")
    docx_par(d, "판정 기준: 적합 = 기준 만족 (Pass), 부적합 = 기준 불만족 (Fail), 해당 없음 = 단전지에 적용되지 않음 (N/A)",
             size=8)
    docx_par(d, "")
    docx_par(d, "시험 책임자 (Technical manager):  최민재 (Choi Min-jae)   (서명)")
    save_docx(d, path)


def u06_sr_letter_two_models(C: Corpus) -> None:
    """A letter covering two variants of one cell; the results told as a range in prose."""
    date = D(2025, 9, 3)
    rid = "HBTC-UN-2509-0331"
    models = [("SR-21700-50G", 68.5), ("SR-21700-50H", 69.0)]
    facts = [tt(m, manufacturer=SR.legal_name, lab=LAB_HB, report_id=rid, date=date, chemistry="lithium-ion", wh=18.0,
                mass_g=g, results=R(CELL_OK), signed_by="Yoon Seo-yeon") for m, g in models]
    path = C.add(SR, "UN38.3/HBTC-UN-2509-0331 letter.pdf", "transport_test", "rp-letter-range", facts,
                 ["several_models", "prose"])
    lk = Look("Serif", 10.4, margins=(25, 25, 25, 22))
    s = [M(f"<b>{esc(LAB_HB)}</b><br/>{esc(LAB_ADDR[LAB_HB])}", lk.small), SP(8),
         P(en_long(date), lk.right), SP(2),
         P(SR.legal_name + "\nAttn. Dangerous Goods Documentation\n88 Cheomdan-ro 3-gil, Buk-gu, Gwangju", lk.body), SP(4),
         M("<b>Subject: UN 38.3 test summary – cylindrical cells SR-21700-50G and SR-21700-50H</b>", lk.body), SP(2),
         P(f"Dear Sir or Madam,\n\nThis letter is the test summary required by 38.3.5 of the UN Manual of Tests and "
           f"Criteria (Revision 8) for our test report {rid}, issued on {iso(date)}.", lk.body),
         P(f"The cells were manufactured by {SR.legal_name} ({ADDR[SR.name]}) and tested by {LAB_HB} at the "
           "address above. Both are rechargeable lithium ion cells of the 21700 format (21.2 mm × 70.3 mm, "
           "nickel-plated steel can, NCA/graphite-silicon), rated 3.6 V and 5.0 Ah, i.e. 18.0 Wh. The two models "
           "differ only in the positive terminal: SR-21700-50G has a flat top (mass 68.5 g), SR-21700-50H a "
           "button top with a welded nickel tab (mass 69.0 g).", lk.body),
         P("Tests T.1 through T.6 and T.8 were conducted on both models; all samples met the criteria of each test. "
           "Test T.7 (overcharge) applies only to rechargeable batteries and was not conducted on the cells. The "
           "cells are not assembled batteries, so the requirements of 38.3.3 (f) and (g) do not apply.", lk.body),
         SP(6), P("Yours faithfully,", lk.body), SP(10),
         P("(signature)", lk.small),
         P("Yoon Seo-yeon\nDirector, Transport Safety Testing", lk.body)]
    pdf(path, s, lk, running(footer_center="{page} / {total}", line=False))


def u07_ks_ja_maru(C: Corpus) -> None:
    """Japanese DOCX with ○ / － marks and a Reiwa era date only; '品番' for the model."""
    date = D(2025, 2, 10)
    rid, model = "CBSL-25-T-0088", "KS-18650-35T"
    fact = tt(model, manufacturer=KS.legal_name, lab=LAB_CB, report_id=rid, date=date, chemistry="lithium-ion",
              wh=12.6, mass_g=48.0, results=R(CELL_OK), signed_by="Makoto Nakamura")
    path = C.add(KS, "試験/UN38.3試験概要書_KS-18650-35T.docx", "transport_test", "rp-ja-maru-era", [fact],
                 ["era_date", "symbols"])
    d = new_docx("MS Mincho", 10.5)
    docx_header_footer(d, "中部電池安全試験所株式会社", f"No. {rid}")
    docx_par(d, "UN38.3 試験概要書", bold=True, size=16, align="center")
    docx_par(d, f"発行日：{reiwa(date)}", align="right")
    docx_table(d, [
        ["1. 製造者", "木曽川電池工業株式会社（" + KS.legal_name + "）\n" + ADDR[KS.name]],
        ["2. 試験機関", "中部電池安全試験所株式会社（" + LAB_CB + "）\n" + LAB_ADDR[LAB_CB]],
        ["3. 試験報告書番号", rid],
        ["4. 種類", "リチウムイオン単電池（充電式）"],
        ["5. 品番", model],
        ["6. 質量", "48.0 g"],
        ["7. 定格ワット時", "12.6 Wh（3.6 V、3500 mAh）"],
        ["8. 外観", "円筒形 18650、Φ18.4 mm × 65.2 mm、ニッケルめっき鋼缶"],
        ["9. 組電池の要件（38.3.3 (f)(g)）", "該当せず"],
        ["10. 試験基準", "国連「試験方法及び判定基準のマニュアル」第8改訂版 第III部 38.3"],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    marks = ["○"] * 6 + ["－", "○"]
    docx_table(d, [["試験", "試験項目", "試料数", "判定"]] +
               [[f"T.{i + 1}", T_JA[i], ["10", "10", "10", "10", "10", "5", "－", "10"][i], marks[i]] for i in range(8)])
    docx_par(d, "判定記号：○ 合格　× 不合格　－ 対象外（T.7 過充電は単電池に適用されない）", size=9)
    docx_par(d, "")
    docx_par(d, "責任者：試験部長　中村 誠（Makoto Nakamura）　印")
    save_docx(d, path)


def u08_ks_coin_cells_split(C: Corpus) -> None:
    """Lithium metal coin cells: three models in a table that continues on page 2, then a per-model grid."""
    date = D(2025, 4, 10)
    rid = "CBSL-25-T-0231"
    cells = [("KS-CR2032H", "225 mAh", "0.07 g", 3.0, "Φ20.0 × 3.2 mm"),
             ("KS-CR2450H", "620 mAh", "0.19 g", 6.8, "Φ24.5 × 5.0 mm"),
             ("KS-CR17345", "1550 mAh", "0.50 g", 17.0, "Φ17.0 × 34.5 mm (cylindrical)")]
    facts = [tt(m, manufacturer=KS.legal_name, lab=LAB_CB, report_id=rid, date=date, chemistry="lithium-metal",
                wh=None, mass_g=g, results=R("ppppppnp"), signed_by="Hideo Ishikawa") for m, _, _, g, _ in cells]
    path = C.add(KS, "tests/CBSL-25-T-0231 lithium metal cells UN38.3.pdf", "transport_test", "rp-models-continued",
                 facts, ["several_models", "split_pages", "lithium_metal"])
    lk = Look("Sans", 9)
    head = ["Model", "Nominal voltage", "Nominal capacity", "Lithium content", "Mass", "Dimensions"]
    rows = [[m, "3.0 V", cap, li, f"{g:.1f} g", dim] for m, cap, li, g, dim in cells]
    s = [P("UN 38.3 TEST SUMMARY", lk.h1), P("Primary lithium metal cells (Li/MnO2)", lk.centerb), SP(3),
         KV(lk, [("Manufacturer", KS.legal_name + "\n" + ADDR[KS.name]),
                 ("Test laboratory", LAB_CB + "\n" + LAB_ADDR[LAB_CB]),
                 ("Test report number", rid), ("Date of test report", dmon(date)),
                 ("Classification", "Lithium metal cells, non-rechargeable (primary)"),
                 ("UN Manual", "Manual of Tests and Criteria, 8th revised edition, 38.3"),
                 ("Assembled batteries", "Not applicable – cells only (38.3.3 (f), (g))")], widths=(45, 129)), SP(4),
         P("The cells were received on 6 January 2025 in the fully charged (as manufactured) state. Twenty cells of "
           "each model were used for T.1–T.5 (ten undischarged, ten fully discharged), ten for T.6 and ten for T.8. "
           "The mass of every cell was recorded before and after T.1–T.4; the open-circuit voltage was measured "
           "before and after each test. Acceptance criteria are those of 38.3.4 for each test.", lk.body), SP(2),
         P("Table 1 – Cells covered by this summary", lk.h3),
         TBL(lk, [head] + rows[:2], [30, 26, 28, 28, 18, 44]),
         P("(Table 1 continues on the next page)", lk.small),
         PageBreak(),
         P("Table 1 – Cells covered by this summary (continued)", lk.h3),
         TBL(lk, [head] + rows[2:], [30, 26, 28, 28, 18, 44]), SP(5),
         P("Table 2 – Test results", lk.h3),
         TBL(lk, [["Test"] + [m for m, *_ in cells]] +
             [[f"T.{i + 1} {T_EN[i]}"] + (["N/A"] * 3 if i == 6 else ["Pass"] * 3) for i in range(8)],
             [62, 37, 37, 38]),
         P("N/A: T.7 (overcharge) applies to rechargeable batteries only.", lk.small), SP(8),
         P("Hideo Ishikawa\nManager, Transport Testing Section\n" + LAB_CB, lk.body),
         P("Signature: H. Ishikawa", lk.body)]
    pdf(path, s, lk, running(header_left=LAB_CB, header_right=f"Report {rid}", footer_right="Page {page} of {total}"))


def u09_eb_de_title_only(C: Corpus) -> None:
    """German summary of a technical service: the model only in the title, 'erfüllt', 39,8 kWh."""
    date = D(2025, 3, 12)
    rid, model = "SPE-T-25-0412", "EBS-HV-400-96S"
    fact = tt(model, manufacturer=EB.legal_name, lab=LAB_SP, report_id=rid, date=date, chemistry="lithium-ion",
              wh=39800, mass_g=268000, results=R(BATT_OK), signed_by="Hannah Brückner")
    path = C.add(EB, "Prüfberichte/SPE-T-25-0412 Zusammenfassung UN 38.3.pdf", "transport_test", "rp-de-title-model",
                 [fact], ["model_in_title"])
    lk = Look("Arial", 9.4)
    res = ["erfüllt"] * 5 + ["entfällt (Zellprüfung)", "erfüllt", "entfällt (Zellprüfung)"]
    s = [M(f"<b>{esc(LAB_SP)}</b> · Technischer Dienst für Energiespeicher<br/>{esc(LAB_ADDR[LAB_SP])}", lk.small),
         SP(6),
         P(f"Zusammenfassung der Prüfergebnisse nach UN 38.3 für das Hochvolt-Batteriesystem {model}", lk.h1), SP(3),
         KV(lk, [("Hersteller", EB.legal_name + ", " + ADDR[EB.name]),
                 ("Prüflaboratorium", LAB_SP + ", Dresden"),
                 ("Berichtsnummer", rid), ("Berichtsdatum", de_long(date)),
                 ("Beschreibung", "Lithium-Ionen-Batterie (NMC 622), 96 Zellen in Reihe (96S1P), 355,2 V, 112 Ah, "
                                  "Nennenergie 39,8 kWh; Masse 268 kg; Aluminium-Druckgussgehäuse 1 780 × 1 250 × "
                                  "145 mm mit Flüssigkeitskühlung und integriertem BMS"),
                 ("Prüfgrundlage", "UN-Handbuch über Prüfungen und Kriterien, 8. überarbeitete Ausgabe, Abschnitt 38.3"),
                 ("Zusammengesetzte Batterien (38.3.3 f/g)", "nicht zutreffend")], widths=(50, 124)), SP(4),
         TBL(lk, [["Prüfung", "Bezeichnung", "Ergebnis"]] + [[f"T.{i + 1}", T_DE[i], res[i]] for i in range(8)],
             [20, 80, 74]), SP(2),
         P("T.6 und T.8 sind Zellprüfungen; die Zellen wurden vom Zellhersteller geprüft (Nachweis liegt vor). "
           "Wegen der Masse über 12 kg wurden T.3 und T.4 mit den Prüfwerten für große Batterien durchgeführt.",
           lk.small), SP(8),
         P("Dresden, " + de(date), lk.body), SP(6),
         P("i. A. Dr. Hannah Brückner\nLeiterin der Prüfstelle\n(elektronisch signiert)", lk.body)]
    pdf(path, s, lk, running(footer_left=f"Bericht {rid}", footer_right="Seite {page} von {total}"))


def u10_eb_long_table(C: Corpus) -> None:
    """One long results table, row per test and sample group, that runs over two pages with a repeated header."""
    date = D(2025, 6, 30)
    rid, model = "TPS-BAT-25-118734", "EBS-48V-MH"
    fact = tt(model, manufacturer=EB.legal_name, lab=LAB_TS, report_id=rid, date=date, chemistry="lithium-ion",
              wh=481, mass_g=9800, results=R(BATT_OK), signed_by="Markus Feldmann")
    path = C.add(EB, "Prüfberichte/TPS-BAT-25-118734 UN38.3 test summary EBS-48V-MH.pdf", "transport_test",
                 "rp-long-table-split", [fact], ["split_pages", "long_table"])
    lk = Look("Cond", 8.6, margins=(16, 16, 24, 22))
    groups = ["Samples 1–4, 1st cycle, fully charged", "Samples 5–8, after 25 cycles, fully charged"]
    details = {
        1: ("11.6 kPa, 6 h, 20 °C", "mass loss ≤ 0.02 %; OCV ≥ 99.6 %; no leakage, venting, disassembly, rupture, fire"),
        2: ("72 °C / −40 °C, 10 cycles, 6 h dwell", "mass loss ≤ 0.03 %; OCV ≥ 99.1 %; no leakage, venting, rupture, fire"),
        3: ("7–18 Hz 1 g, 18–200 Hz 8 g, 3 h per axis", "mass loss 0.00 %; OCV ≥ 99.5 %; no disassembly"),
        4: ("50 gn, 11 ms half-sine, 18 shocks (large battery)", "mass loss 0.00 %; OCV ≥ 99.4 %; no disassembly"),
        5: ("57 ± 4 °C, 0.08 Ω, until 1 h after return to 57 °C", "max. case temperature 71 °C; no rupture, no fire"),
        7: ("2 × max. charge current, 2 × max. charge voltage, 24 h", "BMS interrupted charging; no disassembly, no fire"),
    }
    rows = [["Test", "Sample group", "Conditions", "Observations", "Result"]]
    for i in range(8):
        t = i + 1
        if t in (6, 8):
            rows.append([f"T.{t} {T_EN[i]}", "–", "–", "Cell-level test; conducted by the cell manufacturer on the "
                                                          "component cells (NMC 21700, 5.0 Ah)", "not applicable"])
            continue
        cond, obs = details[t]
        for g in groups:
            rows.append([f"T.{t} {T_EN[i]}", g, cond, obs, "passed"])
        if t <= 5:
            rows.append([f"T.{t} {T_EN[i]}", "Samples 1–8, 24 h after test", "visual inspection, OCV, insulation",
                         "no change; insulation resistance > 100 MΩ at 500 V d.c.", "passed"])
    s = [P(LAB_TS, lk.h2), P(LAB_ADDR[LAB_TS], lk.small), SP(4),
         P("UN 38.3 Test Summary", lk.h1l),
         KV(lk, [("Manufacturer", EB.legal_name + ", " + ADDR[EB.name]),
                 ("Test laboratory", LAB_TS + ", München"),
                 ("Test report", f"{rid}, dated {iso(date)}"),
                 ("Battery", f"Lithium ion battery, 48 V mild-hybrid battery, 13S1P NMC pouch cells — model {model}"),
                 ("Rating", "48.1 V, 10 Ah, 481 Wh"), ("Mass", "9.8 kg"),
                 ("Physical description", "Aluminium housing 410 × 190 × 120 mm, air-cooled, 12 V/48 V connectors, "
                                          "integrated battery management"),
                 ("Assembled battery (38.3.3 f, g)", "not applicable"),
                 ("Manual edition", "UN Manual of Tests and Criteria, Rev. 8, sub-section 38.3")], widths=(45, 133)),
         SP(3), P("List of tests conducted and results", lk.h2),
         TBL(lk, rows, [30, 34, 38, 56, 20], repeat=1), SP(6),
         P("All tests applicable to the battery were passed.", lk.body), SP(8),
         P("Markus Feldmann\nSenior Engineer, Battery Testing\n(signed)", lk.body)]
    pdf(path, s, lk, running(header_left="Tessaris Product Services", header_right=rid,
                             footer_right="Page {page} of {total}"))


def u11_od_pl_en(C: Corpus) -> None:
    """Polish-English summary: 'Typ / Type', 'pozytywny / passed', a Polish long date."""
    date = D(2025, 3, 14)
    rid, model = "ŚCBB/UN/25/041", "ODR-M12S-105"
    fact = tt(model, manufacturer=OD.legal_name, lab=LAB_SC, report_id=rid, date=date, chemistry="lithium-ion",
              wh=4032, mass_g=24600, results=R(BATT_OK), signed_by="Agnieszka Wróbel")
    path = C.add(OD, "badania/Podsumowanie badań UN 38.3 ODR-M12S-105.pdf", "transport_test", "rp-pl-en", [fact])
    lk = Look("Sans", 9)
    res = ["pozytywny / passed"] * 5 + ["nie dotyczy / n/a"] + ["pozytywny / passed"] + ["nie dotyczy / n/a"]
    s = [P("PODSUMOWANIE BADAŃ UN 38.3", lk.h1), P("UN 38.3 TEST SUMMARY", lk.centerb), SP(3),
         KV(lk, [("Producent / Manufacturer", OD.legal_name + "\n" + ADDR[OD.name]),
                 ("Laboratorium / Laboratory", LAB_SC + "\n" + LAB_ADDR[LAB_SC]),
                 ("Nr sprawozdania / Report no.", rid),
                 ("Data / Date", pl_long(date)),
                 ("Wyrób / Item", "Akumulator litowo-jonowy (moduł) / lithium ion battery (module), LiFePO4 12S1P"),
                 ("Typ / Type", model),
                 ("Napięcie, pojemność / Voltage, capacity", "38,4 V; 105 Ah"),
                 ("Energia / Watt-hour rating", "4 032 Wh"),
                 ("Masa / Mass", "24,6 kg"),
                 ("Opis / Description", "Obudowa stalowa 560 × 390 × 230 mm, złącza M8, BMS / steel housing, M8 "
                                        "terminals, BMS"),
                 ("Baterie złożone / Assembled batteries 38.3.3 (f)(g)", "nie dotyczy / not applicable"),
                 ("Wydanie Podręcznika / Manual", "Rev. 8")], widths=(62, 112)), SP(4),
         TBL(lk, [["Badanie / Test", "Wynik / Result"]] + [[f"T.{i + 1} {T_EN[i]}", res[i]] for i in range(8)],
             [90, 84]), SP(2),
         P("T.6 i T.8 – badania ogniw (ogniwa TMP-LFP-105 z odrębnym podsumowaniem) / cell tests, component cells "
           "covered by their own summary.", lk.small), SP(8),
         P("Podpis / Signature:  A. Wróbel", lk.body),
         P("dr inż. Agnieszka Wróbel, Kierownik Laboratorium / Head of Laboratory", lk.body)]
    pdf(path, s, lk, running(footer_left=f"ŚCBB · {rid}", footer_right="strona {page} z {total}"))


def u12_od_docx_fail(C: Corpus) -> None:
    """Polish DOCX with a Roman-numeral month; T.4 'negatywny' (electrolyte leakage)."""
    date = D(2025, 10, 7)
    rid, model = "ŚCBB/UN/25/117", "ODR-M8S-150"
    fact = tt(model, manufacturer=OD.legal_name, lab=LAB_SC, report_id=rid, date=date, chemistry="lithium-ion",
              wh=3840, mass_g=29800, results=R("pppfpnpn"), signed_by="Tomasz Zieliński")
    path = C.add(OD, "badania/ŚCBB-UN-25-117 ODR-M8S-150.docx", "transport_test", "rp-pl-docx-fail", [fact],
                 ["failed", "roman_month"])
    d = new_docx("Calibri", 10)
    docx_header_footer(d, LAB_SC, f"Sprawozdanie {rid}")
    docx_par(d, "Podsumowanie badań UN 38.3 (pkt 38.3.5 Podręcznika badań i kryteriów ONZ)", bold=True, size=14)
    docx_table(d, [
        ["Producent", OD.legal_name + ", " + ADDR[OD.name]],
        ["Laboratorium badawcze", LAB_SC + ", " + LAB_ADDR[LAB_SC]],
        ["Numer sprawozdania", rid],
        ["Data sprawozdania", roman(date)],
        ["Rodzaj", "akumulator litowo-jonowy (bateria), LiFePO4, 8S1P"],
        ["Model", model],
        ["Masa", "29,8 kg"],
        ["Energia znamionowa", "3 840 Wh (25,6 V × 150 Ah)"],
        ["Opis fizyczny", "moduł w obudowie aluminiowej 520 × 300 × 220 mm, złącza Anderson SB120"],
        ["Wymagania dla baterii złożonych (38.3.3 f, g)", "nie dotyczy"],
        ["Wydanie Podręcznika", "Rev. 8"],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    res = ["pozytywny"] * 3 + ["negatywny – wyciek elektrolitu z próbki nr 2 po 14. udarze"] + ["pozytywny",
           "nie dotyczy (badanie ogniw)", "pozytywny", "nie dotyczy (badanie ogniw)"]
    pl_names = ["Symulacja wysokości", "Badanie termiczne", "Wibracje", "Udar mechaniczny", "Zewnętrzne zwarcie",
                "Uderzenie / zgniatanie", "Przeładowanie", "Wymuszone rozładowanie"]
    docx_table(d, [["Badanie", "Nazwa", "Wynik"]] + [[f"T.{i + 1}", pl_names[i], res[i]] for i in range(8)])
    docx_par(d, "")
    docx_par(d, "Wniosek: bateria nie spełnia wymagań podrozdziału 38.3 (badanie T.4 z wynikiem negatywnym).", bold=True)
    docx_par(d, "")
    docx_par(d, "Podpis: T. Zieliński")
    docx_par(d, "mgr inż. Tomasz Zieliński, Zastępca Kierownika Laboratorium")
    save_docx(d, path)


def u13_ne_dots(C: Corpus) -> None:
    """Indian dot-leader form: 'Cell Model No.', 'Complied', dd-mm-yyyy, 'Authorised Signatory'."""
    date = D(2025, 3, 14)
    rid, model = "DBTL/UN/2025/03/0219", "NEC-32700-6000"
    fact = tt(model, manufacturer=NE.legal_name, lab=LAB_DB, report_id=rid, date=date, chemistry="lithium-ion",
              wh=19.2, mass_g=142, results=R(CELL_OK), signed_by="S. Krishnamurthy")
    path = C.add(NE, "testing/DBTL-UN-2025-03-0219 NEC-32700-6000.pdf", "transport_test", "rp-in-dots", [fact])
    lk = Look("Mono", 8.4, margins=(18, 16, 22, 20))
    lines = [dots("Name of Manufacturer", NE.legal_name, 40),
             dots("Address", "Plot B-14, Pithampur Industrial Area Sector 3, Dhar 454774, M.P.", 40),
             dots("Contact", "+91 7292 403 550 | qa@narmadacells.in | www.narmadacells.in", 40),
             dots("Name of Test Laboratory", LAB_DB, 40),
             dots("Address", "Survey No. 112/3, Hinjewadi Phase II, Pune 411057", 40),
             dots("Contact", "+91 20 6740 2200 | un383@deccanbtl.in | www.deccanbtl.in", 40),
             dots("Test Report No.", rid, 40),
             dots("Date of Test Report", dmy(date, "-"), 40),
             "",
             dots("Type", "Lithium-ion rechargeable cell (LiFePO4)", 40),
             dots("Cell Model No.", model, 40),
             dots("Nominal Voltage / Capacity", "3.2 V / 6000 mAh", 40),
             dots("Watt-hour Rating", "19.2 Wh", 40),
             dots("Weight", "142 g", 40),
             dots("Physical Description", "Cylindrical 32700, 32.2 x 70.5 mm, steel can", 40),
             "",
             "Tests carried out and results:",
             dots("  T.1 Altitude Simulation", "Complied", 40),
             dots("  T.2 Thermal Test", "Complied", 40),
             dots("  T.3 Vibration", "Complied", 40),
             dots("  T.4 Shock", "Complied", 40),
             dots("  T.5 External Short Circuit", "Complied", 40),
             dots("  T.6 Impact", "Complied", 40),
             dots("  T.7 Overcharge", "Not Applicable (cell)", 40),
             dots("  T.8 Forced Discharge", "Complied", 40),
             "",
             dots("Assembled battery 38.3.3(f)/(g)", "Not Applicable", 40),
             dots("Edition of UN Manual", "Rev.8 (2023)", 40),
             "",
             f"For {LAB_DB}",
             "",
             "          (Authorised Signatory)",
             dots("Name & Designation", "S. Krishnamurthy, Quality Manager", 40)]
    s = [P("UN 38.3 TEST SUMMARY", lk.h1), P("[As per para 38.3.5 of UN Manual of Tests and Criteria]", lk.center),
         SP(4)] + typed(lk, lines)
    pdf(path, s, lk, running(header_left=LAB_DB, header_right="Format No. DBTL/F/7.8-03", footer_right="Page {page} of {total}"))


def u14_ne_model_in_prose(C: Corpus) -> None:
    """DOCX whose cell is identified only in the description paragraph; 'Satisfactory'; an English ordinal date."""
    date = D(2025, 5, 27)
    rid, model = "DBTL/UN/2025/05/0388", "NEC-18650-2600"
    fact = tt(model, manufacturer=NE.legal_name, lab=LAB_DB, report_id=rid, date=date, chemistry="lithium-ion",
              wh=9.36, mass_g=46.5, results=R(CELL_OK), signed_by="Meera Iyer")
    path = C.add(NE, "testing/UN 38.3 summary - 18650 cell.docx", "transport_test", "rp-model-in-paragraph", [fact],
                 ["model_in_prose"])
    d = new_docx("Cambria", 10.5)
    docx_header_footer(d, LAB_DB, f"Report {rid}")
    docx_par(d, "TEST SUMMARY – UN 38.3", bold=True, size=15, align="center")
    docx_par(d, f"Report No.: {rid}                Date: {en_ord(date)}")
    docx_par(d, "1. Manufacturer", bold=True)
    docx_par(d, NE.legal_name + ", " + ADDR[NE.name])
    docx_par(d, "2. Test laboratory", bold=True)
    docx_par(d, LAB_DB + ", " + LAB_ADDR[LAB_DB])
    docx_par(d, "3. Description of cell", bold=True)
    docx_par(d, f"The test item is a cylindrical rechargeable lithium-ion cell, type {model} (3.6 V, 2600 mAh, "
                "9.36 Wh), of the 18650 size (18.4 mm × 65.1 mm) with a nickel-plated steel can, weighing 46.5 g. "
                "Cathode NMC 532, anode graphite.")
    docx_par(d, "4. Tests conducted", bold=True)
    obs = ["No mass loss, no leakage, OCV retained 99.8 %", "Mass loss < 0.01 %, OCV retained 99.2 %",
           "No leakage, no disassembly", "No leakage, no disassembly", "Max. 81 °C, no fire",
           "Max. 96 °C, no fire, no disassembly", "—", "No fire, no disassembly within 7 days"]
    docx_table(d, [["Test", "Observation", "Result"]] +
               [[f"T.{i + 1} – {T_EN[i]}", obs[i], "Not applicable to cells" if i == 6 else "Satisfactory"]
                for i in range(8)])
    docx_par(d, "")
    docx_par(d, "5. Assembled batteries: 38.3.3 (f) and (g) are not applicable.")
    docx_par(d, "6. Reference: UN Manual of Tests and Criteria, Rev. 8.")
    docx_par(d, "")
    docx_par(d, "Signed for and on behalf of the laboratory")
    docx_par(d, "Dr. Meera Iyer")
    docx_par(d, "Technical Manager")
    save_docx(d, path)


def u15_bb_es(C: Corpus) -> None:
    """Spanish summary: 'Número de parte', 'Aprobado', dd/mm/yyyy."""
    date = D(2025, 4, 22)
    rid, model = "LEEN-UN-25-0147", "BDB-LFP-48100"
    fact = tt(model, manufacturer=BB.legal_name, lab=LAB_EN, report_id=rid, date=date, chemistry="lithium-ion",
              wh=5120, mass_g=46200, results=R(BATT_OK), signed_by="Rocío Hernández Salas")
    path = C.add(BB, "pruebas/Resumen UN38.3 BDB-LFP-48100.pdf", "transport_test", "rp-es-numero-parte", [fact])
    lk = Look("Arial", 9.3, pagesize=LETTER)
    res = ["Aprobado"] * 5 + ["No aplica"] + ["Aprobado"] + ["No aplica"]
    s = [P(LAB_EN, lk.h2), P(LAB_ADDR[LAB_EN], lk.small), SP(4),
         P("RESUMEN DE PRUEBA UN 38.3", lk.h1),
         P("Conforme al numeral 38.3.5 del Manual de Pruebas y Criterios de las Naciones Unidas", lk.center), SP(3),
         KV(lk, [("Fabricante", BB.legal_name + "\n" + ADDR[BB.name]),
                 ("Laboratorio de pruebas", LAB_EN),
                 ("Número de informe", rid), ("Fecha del informe", dmy(date)),
                 ("Tipo", "Batería de iones de litio (LiFePO4), recargable"),
                 ("Número de parte", model),
                 ("Masa", "46.2 kg"), ("Energía nominal", "5,120 Wh (51.2 V, 100 Ah)"),
                 ("Descripción física", "Gabinete de acero 520 × 360 × 250 mm, 16S1P, BMS, uso en carritos de golf"),
                 ("Baterías ensambladas (38.3.3 f/g)", "No aplica"),
                 ("Edición del Manual", "Rev. 8")], widths=(50, 130)), SP(4),
         TBL(lk, [["Prueba", "Descripción", "Resultado"]] + [[f"T.{i + 1}", T_ES[i], res[i]] for i in range(8)],
             [25, 85, 70]), SP(2),
         P("T.6 y T.8 se realizan sobre las celdas componentes.", lk.small), SP(8),
         P("Firma: R. Hernández S.", lk.body),
         P("Ing. Rocío Hernández Salas — Jefa de Laboratorio", lk.body)]
    pdf(path, s, lk, running(footer_right="Página {page} de {total}"))


def u16_bb_email(C: Corpus) -> None:
    """A plain-text e-mail whose body carries the summary; tests written 'T1-T5' without the dot."""
    date = D(2025, 8, 5)
    rid, model = "LEEN-UN-25-0268", "BDB-MOTO-72"
    fact = tt(model, manufacturer=BB.legal_name, lab=LAB_EN, report_id=rid, date=date, chemistry="lithium-ion",
              wh=2880, mass_g=18400, results=R(BATT_OK), signed_by="Jorge Castillo Méndez")
    path = C.add(BB, "correo/RE UN38.3 summary BDB-MOTO-72.txt", "transport_test", "rp-email-body", [fact],
                 ["email", "group_results"])
    text_file(path, f"""From: Patricia Ruiz <p.ruiz@bateriasbajio.mx>
To: supplier.quality@customer.example
Subject: RE: UN38.3 summary BDB-MOTO-72
Date: Mon, 11 Aug 2025 09:14 -0600

Hello,

as requested, below is the UN 38.3 test summary of the motorcycle battery. The signed PDF is attached as well.

Best regards,
Patricia Ruiz
Quality Engineer, Baterías del Bajío

-------------------- UN 38.3 TEST SUMMARY --------------------
Manufacturer:    {BB.legal_name}
                 Blvd. de la Industria 1450, 36810 Irapuato, Gto., Mexico
                 +52 462 635 2200 / calidad@bateriasbajio.mx / www.bateriasbajio.mx
Test lab:        {LAB_EN}
                 San Pedro Garza García, N.L., Mexico / +52 81 8133 7700 / pruebas@leen.mx
Report ID:       {rid}
Report date:     {us_abbr(date)}
Battery:         Li-ion battery, rechargeable, NMC 20S8P (21700 cells)
Model:           {model}
Rated:           72 V / 40 Ah / 2880 Wh
Mass:            18.4 kg
Physical:        aluminium case 440 x 260 x 180 mm, 20S8P, BMS, XT90 connector
Tests:           T1-T5 PASS / T6 N/A / T7 PASS / T8 N/A  (T6 and T8 are cell tests)
38.3.3(f)(g):    not applicable
UN Manual:       Rev. 8
Signature:       (signed) Jorge Castillo Méndez, Laboratory Manager, LEEN
---------------------------------------------------------------
""")


def u17_cr_us_part_number(C: Corpus) -> None:
    """A US lab summary: 'Battery Part Number', MM/DD/YYYY, '/s/' signature."""
    date = D(2025, 3, 27)
    rid, model = "KESL-38.3-250327-A", "CR-M48-280"
    fact = tt(model, manufacturer=CR.legal_name, lab=LAB_KY, report_id=rid, date=date, chemistry="lithium-ion",
              wh=14336, mass_g=112000, results=R(BATT_OK), signed_by="Bradley T. Simmons")
    path = C.add(CR, "compliance/KESL-38.3-250327-A CR-M48-280.pdf", "transport_test", "rp-us-part-number", [fact])
    lk = Look("Arial", 9.2, pagesize=LETTER)
    res = ["PASS"] * 5 + ["N/A (cell level)", "PASS", "N/A (cell level)"]
    s = [P(LAB_KY.upper(), lk.h2), P(LAB_ADDR[LAB_KY], lk.small), SP(4),
         P("LITHIUM BATTERY TEST SUMMARY", lk.h1), P("UN Manual of Tests and Criteria, 38.3.5", lk.center), SP(3),
         TBL(lk, [["Manufacturer", CR.legal_name + ", " + ADDR[CR.name]],
                  ["Test Laboratory", LAB_KY + " (address above)"],
                  ["Test Report ID", rid], ["Date of Test Report", us_num(date)],
                  ["Battery Type", "Lithium Ion Battery (LiFePO4)"],
                  ["Battery Part Number", model],
                  ["Mass", "112.0 kg (246.9 lb)"], ["Watt-Hour Rating", "14,336 Wh"],
                  ["Physical Description", "16S1P prismatic cells (280 Ah) in a powder-coated steel enclosure, "
                                           "31.5 x 17.7 x 9.8 in; 51.2 V nominal"],
                  ["Assembled Battery Requirements", "38.3.3(f): N/A   38.3.3(g): N/A"],
                  ["UN Manual Edition", "Revision 8"]], [55, 125], head=0, bold_first_col=True), SP(4),
         TBL(lk, [["Test", "Description", "Result"]] + [[f"T.{i + 1}", T_EN[i], res[i]] for i in range(8)],
             [20, 90, 70]), SP(8),
         P("SIGNATURE: /s/ Bradley T. Simmons", lk.body),
         P("NAME / TITLE: Bradley T. Simmons, Program Manager – Transportation Testing", lk.body)]
    pdf(path, s, lk, running(footer_left="KESL-FRM-383 Rev. C", footer_right="Page {page} of {total}"))


def u18_cr_variants_ticks(C: Corpus) -> None:
    """Two variants of a module side by side (standard and heated), one results column of ticks for both."""
    date = D(2025, 4, 9)
    rid = "KESL-38.3-250409-B"
    variants = [("CR-M24-100", 24800, "standard"), ("CR-M24-100H", 25600, "with self-heating film for -20 °C charging")]
    facts = [tt(m, manufacturer=CR.legal_name, lab=LAB_KY, report_id=rid, date=date, chemistry="lithium-ion", wh=2560,
                mass_g=g, results=R(BATT_OK), signed_by="Bradley T. Simmons") for m, g, _ in variants]
    path = C.add(CR, "compliance/UN38.3 CR-M24-100 family.pdf", "transport_test", "rp-variants-ticks", facts,
                 ["several_models", "variants", "symbols"])
    lk = Look("Sans", 9, pagesize=LETTER)
    s = [P("UN 38.3 Test Summary", lk.h1l),
         P(f"{LAB_KY} · {LAB_ADDR[LAB_KY]}", lk.small), SP(3),
         KV(lk, [("Manufacturer", CR.legal_name + ", " + ADDR[CR.name]),
                 ("Test laboratory", LAB_KY), ("Report", rid), ("Report date", us_long(date)),
                 ("Type", "Lithium ion batteries (LiFePO4, 8S1P, 25.6 V, 100 Ah)"),
                 ("Assembled battery (38.3.3 f/g)", "not applicable"), ("UN Manual", "Rev. 8")], widths=(48, 132)),
         SP(3), P("Batteries covered", lk.h3),
         TBL(lk, [["Model", "Variant", "Watt-hour rating", "Mass", "Dimensions"]] +
             [[m, v, "2,560 Wh", f"{g / 1000:.1f} kg", "420 × 300 × 210 mm"] for m, g, v in variants],
             [34, 70, 28, 20, 28]), SP(4),
         P("Tests and results (both variants)", lk.h3),
         TBL(lk, [["Test", "Result"]] + [[f"T.{i + 1} {T_EN[i]}", "— (cell test)" if c == "n" else "✓"]
                                          for i, c in enumerate(BATT_OK)], [90, 90]),
         P("✓ = passed; — = not applicable, performed on the component cells", lk.small), SP(8),
         P("Bradley T. Simmons, Program Manager – Transportation Testing", lk.body),
         P("Signature: B. T. Simmons", lk.body)]
    pdf(path, s, lk, running(footer_right="Page {page} of {total}"))


def u19_lb_fr_reference(C: Corpus) -> None:
    """French summary: 'Référence commerciale', 'Conforme', a French long date."""
    date = D(2025, 6, 3)
    rid, model = "ILEA-2025-UN-0087", "LB-MOD-14S-63"
    fact = tt(model, manufacturer=LB.legal_name, lab=LAB_IL, report_id=rid, date=date, chemistry="lithium-ion",
              wh=3263, mass_g=19600, results=R(BATT_OK), signed_by="Sophie Garnier")
    path = C.add(LB, "essais/Synthèse UN 38.3 LB-MOD-14S-63.pdf", "transport_test", "rp-fr-reference", [fact])
    lk = Look("Serif", 10)
    res = ["Conforme"] * 5 + ["Sans objet (essai cellule)", "Conforme", "Sans objet (essai cellule)"]
    s = [P(LAB_IL, lk.h2), P(LAB_ADDR[LAB_IL], lk.small), SP(4),
         P("SYNTHÈSE DES ESSAIS UN 38.3", lk.h1),
         P("au sens du paragraphe 38.3.5 du Manuel d'épreuves et de critères de l'ONU", lk.center), SP(3),
         KV(lk, [("Fabricant", LB.legal_name + " – " + ADDR[LB.name]),
                 ("Laboratoire", LAB_IL + " (ILEA), Angers"),
                 ("Rapport d'essai n°", rid), ("Date d'émission", fr_long(date)),
                 ("Nature", "Batterie au lithium ionique (module), NMC, 14S3P"),
                 ("Référence commerciale", model),
                 ("Masse", "19,6 kg"), ("Énergie", "3 263 Wh (51,8 V ; 63 Ah)"),
                 ("Description", "Module à cellules cylindriques 21700, boîtier aluminium 390 × 220 × 160 mm"),
                 ("Batteries assemblées (38.3.3 f et g)", "sans objet"),
                 ("Édition du Manuel", "Rév. 8")], widths=(50, 120)), SP(4),
         TBL(lk, [["Épreuve", "Intitulé", "Résultat"]] + [[f"T.{i + 1}", T_FR[i], res[i]] for i in range(8)],
             [22, 78, 70]), SP(8),
         P(f"Angers, le {fr_long(date)}", lk.body), SP(4),
         P("Sophie Garnier, Responsable du laboratoire", lk.body), P("(signé)", lk.small)]
    pdf(path, s, lk, running(footer_left=f"ILEA – {rid}", footer_right="Page {page}/{total}"))


def u20_lb_fail_t7(C: Corpus) -> None:
    """French-English table; T.7 'Non conforme / Fail' (fire during overcharge)."""
    date = D(2025, 10, 14)
    rid, model = "ILEA-2025-UN-0213", "LB-PACK-24V-200"
    fact = tt(model, manufacturer=LB.legal_name, lab=LAB_IL, report_id=rid, date=date, chemistry="lithium-ion",
              wh=5120, mass_g=44000, results=R("pppppnfn"), signed_by="Sophie Garnier")
    path = C.add(LB, "essais/ILEA-2025-UN-0213 LB-PACK-24V-200.pdf", "transport_test", "rp-fr-en-fail", [fact],
                 ["failed"])
    lk = Look("Sans", 8.9)
    res = ["Conforme / Pass"] * 5 + ["Sans objet / N/A", "Non conforme / Fail", "Sans objet / N/A"]
    s = [P("Synthèse des essais UN 38.3 / UN 38.3 Test Summary", lk.h1), SP(2),
         TBL(lk, [["Fabricant / Manufacturer", LB.legal_name + "\n" + ADDR[LB.name]],
                  ["Laboratoire / Laboratory", LAB_IL + "\n" + LAB_ADDR[LAB_IL]],
                  ["N° de rapport / Report no.", rid], ["Date", dmy(date)],
                  ["Type", "Batterie lithium-ion / lithium ion battery, LiFePO4 8S2P"],
                  ["Modèle / Model", model],
                  ["Masse / Mass", "44 kg"], ["Énergie / Energy", "5 120 Wh (25,6 V, 200 Ah)"],
                  ["Description", "Coffre acier 600 × 330 × 240 mm, BMS, chargeur embarqué / steel box, BMS, on-board "
                                  "charger"],
                  ["38.3.3 (f)/(g)", "Sans objet / not applicable"],
                  ["Manuel / Manual", "Rév. 8 / Rev. 8"]], [52, 122], head=0, bold_first_col=True), SP(4),
         TBL(lk, [["Essai / Test", "Résultat / Result"]] + [[f"T.{i + 1} {T_FR[i]} / {T_EN[i]}", res[i]]
                                                             for i in range(8)], [100, 74]), SP(2),
         P("T.7 : l'échantillon n° 2 a pris feu après 38 min de surcharge (défaillance du contacteur du BMS). / "
           "T.7: sample no. 2 caught fire after 38 min of overcharge (BMS contactor failure).", lk.body),
         P("Conclusion : la batterie ne satisfait pas aux exigences de la sous-section 38.3. / The battery does not "
           "meet the requirements of sub-section 38.3.", lk.h3), SP(8),
         P("Sophie Garnier, Responsable du laboratoire / Laboratory Manager — signature: S. Garnier", lk.body)]
    pdf(path, s, lk, running(footer_right="{page}/{total}"))


def u21_vc_cs_en(C: Corpus) -> None:
    """Czech-English summary: 'Typové označení / Type designation', 'vyhověl / passed', a Czech long date."""
    date = D(2025, 5, 5)
    rid, model = "ZAB-2025-0412-UN", "VCS-M10-94"
    fact = tt(model, manufacturer=VC.legal_name, lab=LAB_ZA, report_id=rid, date=date, chemistry="lithium-ion",
              wh=3459, mass_g=17900, results=R(BATT_OK), signed_by="Petr Dvořák")
    path = C.add(VC, "zkoušky/Souhrn UN 38.3 VCS-M10-94.pdf", "transport_test", "rp-cs-en", [fact])
    lk = Look("Sans", 9)
    res = ["vyhověl / passed"] * 5 + ["neaplikuje se / n/a", "vyhověl / passed", "neaplikuje se / n/a"]
    s = [P("Souhrn zkoušek UN 38.3 / UN 38.3 Test Summary", lk.h1),
         P("dle odst. 38.3.5 Příručky zkoušek a kritérií OSN / per 38.3.5 of the UN Manual of Tests and Criteria",
           lk.center), SP(3),
         KV(lk, [("Výrobce / Manufacturer", VC.legal_name + "\n" + ADDR[VC.name]),
                 ("Zkušební laboratoř / Test laboratory", LAB_ZA + "\n" + LAB_ADDR[LAB_ZA]),
                 ("Číslo protokolu / Report no.", rid),
                 ("Datum vydání / Date of issue", cs_long(date)),
                 ("Druh / Type", "lithium-iontová baterie (modul) / lithium ion battery (module), NMC 10S2P"),
                 ("Typové označení / Type designation", model),
                 ("Hmotnost / Mass", "17,9 kg"),
                 ("Energie / Watt-hour rating", "3 459 Wh (36,8 V; 94 Ah)"),
                 ("Popis / Description", "hliníková skříň 450 × 280 × 150 mm / aluminium housing, liquid cooling plate"),
                 ("Sestavené baterie / Assembled batteries 38.3.3 (f), (g)", "neaplikuje se / not applicable"),
                 ("Vydání příručky / Manual edition", "Rev. 8")], widths=(64, 110)), SP(4),
         TBL(lk, [["Zkouška / Test", "Výsledek / Result"]] + [[f"T.{i + 1} {T_EN[i]}", res[i]] for i in range(8)],
             [90, 84]), SP(8),
         P("Ing. Petr Dvořák, Ph.D., vedoucí zkušebny / Head of Laboratory", lk.body),
         P("Podpis / Signature: P. Dvořák", lk.body)]
    pdf(path, s, lk, running(footer_left=rid, footer_right="strana {page}/{total}"))


def u22_vc_no_date(C: Corpus) -> None:
    """DOCX form whose date of report is left empty; only a test period ('March–April 2025') is given."""
    rid, model = "ZAB-2025-0598-UN", "VCS-P24-50"
    fact = tt(model, manufacturer=VC.legal_name, lab=LAB_ZA, report_id=rid, date=None, chemistry="lithium-ion",
              wh=1295, mass_g=9200, results=R(BATT_OK), signed_by="Jana Svobodová", missing=("report_date",))
    path = C.add(VC, "zkoušky/UN38.3 summary VCS-P24-50.docx", "transport_test", "rp-docx-no-date", [fact],
                 ["incomplete", "test_period_only"])
    d = new_docx("Arial", 10)
    docx_header_footer(d, f"{LAB_ZA} – UN 38.3", "Form ZAB-F-38-05")
    docx_par(d, "UN 38.3 Test Summary", bold=True, size=16)
    docx_table(d, [
        ["38.3.5 element", "Information"],
        ["Manufacturer", VC.legal_name + ", " + ADDR[VC.name]],
        ["Test laboratory", LAB_ZA + ", " + LAB_ADDR[LAB_ZA]],
        ["Test report ID", rid],
        ["Date of test report", ""],
        ["Tests performed", "March–April 2025"],
        ["Cell / battery", "Lithium ion battery, NMC 7S2P, 25.9 V, 50 Ah"],
        ["Model", model],
        ["Mass", "9.2 kg"],
        ["Watt-hour rating", "1 295 Wh"],
        ["Physical description", "ABS/aluminium housing 350 × 180 × 120 mm, CAN interface, for floor cleaning machines"],
        ["Assembled battery (38.3.3 f/g)", "not applicable"],
        ["UN Manual edition", "Rev. 8"],
    ], bold_first_col=True)
    docx_par(d, "")
    res = ["passed"] * 5 + ["n/a (cell test)", "passed", "n/a (cell test)"]
    docx_table(d, [["Test", "Result"]] + [[f"T.{i + 1} {T_EN[i]}", res[i]] for i in range(8)])
    docx_par(d, "")
    docx_par(d, "Signature: J. Svobodová")
    docx_par(d, "Name and title: Ing. Jana Svobodová, Test Engineer")
    save_docx(d, path)


def u23_tm_self_declaration(C: Corpus) -> None:
    """A manufacturer's self-declaration: tested by its own laboratory, results as a checklist of ✔."""
    date = D(2025, 11, 20)
    rid, model = "TM-QA-UN-2025-031", "TMC-32140-15"
    fact = tt(model, manufacturer=TM.legal_name, lab=LAB_TM, report_id=rid, date=date, chemistry="lithium-ion",
              wh=48.0, mass_g=300, results=R(CELL_OK), signed_by="Zhou Hailin")
    path = C.add(TM, "UN38.3/Self-declaration UN38.3 TMC-32140-15.pdf", "transport_test", "rp-self-declaration",
                 [fact], ["in_house_lab", "symbols"])
    lk = Look("Sans", 9.4)
    s = [P(TM.legal_name, lk.h2), P(ADDR[TM.name], lk.small), SP(6),
         P("Manufacturer's UN 38.3 Test Summary and Declaration", lk.h1l), SP(2),
         P(f"Document no. {rid} · issued {iso(date)}", lk.body), SP(3),
         TBL(lk, [["Product", "Rechargeable lithium ion cell, cylindrical 32140, LiFePO4"],
                  ["Cell model", model],
                  ["Rating", "3.2 V · 15 Ah · 48.0 Wh"],
                  ["Mass", "300 g"],
                  ["Dimensions", "Φ32.3 mm × 140.6 mm, aluminium can, laser-welded caps"],
                  ["Tested by", f"{LAB_TM} (in-house, CNAS accredited No. L18826), Huzhou; tel. +86 572 2368 8190; "
                                "lab@tianmu-power.cn"],
                  ["Test basis", "UN Manual of Tests and Criteria, Rev. 8, Part III, 38.3; 38.3.3 (f)/(g) not "
                                 "applicable (cell)"]], [40, 134], head=0, bold_first_col=True), SP(4),
         P("Results", lk.h3)]
    for i in range(8):
        mark = "–  not applicable to cells" if i == 6 else "✔  passed"
        s.append(P(f"T.{i + 1}  {T_EN[i]}:  {mark}", lk.body))
    s += [SP(4),
          P("We declare that the cell model above has been tested in accordance with sub-section 38.3 of the UN "
            "Manual of Tests and Criteria and has met the requirements of each test listed.", lk.body), SP(10),
          P("Zhou Hailin\nQuality Director\n(signature and company chop)", lk.body)]
    pdf(path, s, lk, running(footer_right="{page}/{total}"))


def u24_sr_xlsx_transposed(C: Corpus) -> None:
    """Korean-English sheet with one column per model, each model with its own report number."""
    date = D(2025, 11, 18)
    cells = [("SR-P60A", "HBTC-UN-2511-0412", 60, 192.0, 1310), ("SR-P78A", "HBTC-UN-2511-0413", 78, 249.6, 1650),
             ("SR-P120A", "HBTC-UN-2511-0414", 120, 384.0, 2480)]
    facts = [tt(m, manufacturer=SR.legal_name, lab=LAB_HB, report_id=r, date=date, chemistry="lithium-ion", wh=wh,
                mass_g=g, results=R(CELL_OK), signed_by="Choi Min-jae") for m, r, _, wh, g in cells]
    path = C.add(SR, "UN38.3/ESS pouch cells UN38.3 summary sheet.xlsx", "transport_test", "rp-xlsx-model-columns",
                 facts, ["several_models", "transposed", "report_per_model"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "UN38.3 요약"
    ws.append(["UN 38.3 시험 요약 / Test Summary (38.3.5) — ESS pouch cells"])
    ws.append(["제조자 / Manufacturer", SR.legal_name + " · " + ADDR[SR.name]])
    ws.append(["시험기관 / Test laboratory", LAB_HB + " · " + LAB_ADDR[LAB_HB]])
    ws.append(["발행일 / Date of reports", ymd_slash(date)])
    ws.append(["종류 / Type", "리튬이온 단전지 / Lithium ion cell, LFP pouch, rechargeable"])
    ws.append([])
    ws.append(["항목 / Item"] + [m for m, *_ in cells])
    ws.append(["성적서 번호 / Report No."] + [r for _, r, *_ in cells])
    ws.append(["공칭 전압 / Nominal voltage"] + ["3.2 V"] * 3)
    ws.append(["정격 용량 / Rated capacity"] + [f"{ah} Ah" for _, _, ah, _, _ in cells])
    ws.append(["정격 전력량 / Watt-hour rating (Wh)"] + [wh for *_, wh, _ in cells])
    ws.append(["질량 / Mass (g)"] + [g for *_, g in cells])
    ws.append(["외형 / Physical description"] + ["pouch, Al laminate"] * 3)
    for i in range(8):
        ws.append([f"T.{i + 1} {T_KO[i]} / {T_EN[i]}"] + (["N/A"] * 3 if i == 6 else ["적합"] * 3))
    ws.append(["38.3.3 (f)(g)"] + ["해당 없음 / N/A"] * 3)
    ws.append(["매뉴얼 / UN Manual"] + ["Rev. 8"] * 3)
    ws.append([])
    ws.append(["적합 = Pass, 부적합 = Fail, N/A = 해당 없음 (T.7: 단전지 제외)"])
    ws.append(["서명 / Signature", "최민재 Choi Min-jae", "책임연구원 / Principal Researcher"])
    for col, w in zip("ABCD", [40, 24, 24, 24], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def u25_ks_caption(C: Corpus) -> None:
    """English summary whose model appears only in the title of the results table."""
    date = D(2025, 6, 12)
    rid, model = "CBSL-25-T-0661", "KS-21700-50T"
    fact = tt(model, manufacturer=KS.legal_name, lab=LAB_CB, report_id=rid, date=date, chemistry="lithium-ion",
              wh=18.0, mass_g=69.5, results=R(CELL_OK), signed_by="Hideo Ishikawa")
    path = C.add(KS, "tests/CBSL-25-T-0661.pdf", "transport_test", "rp-model-in-caption", [fact], ["model_in_caption"])
    lk = Look("Serif", 9.8)
    s = [P("UN 38.3 Test Summary", lk.h1), SP(2),
         KV(lk, [("Manufacturer", KS.legal_name + ", " + ADDR[KS.name]),
                 ("Testing laboratory", LAB_CB + ", " + LAB_ADDR[LAB_CB]),
                 ("Report number", rid), ("Report date", en_long0(date)),
                 ("Description of cell", "Lithium ion cell (rechargeable), cylindrical 21700 format, 21.1 × 70.4 mm, "
                                         "3.6 V, 5.0 Ah, 18.0 Wh; mass 69.5 g"),
                 ("Assembled battery (38.3.3 f, g)", "not applicable"),
                 ("UN Manual", "8th revised edition")], widths=(46, 128)), SP(5),
         P(f"Table 1 — Test results for {model} (3.6 V, 5.0 Ah)", lk.h3),
         TBL(lk, [["Test", "Samples", "Result"]] +
             [[f"T.{i + 1} {T_EN[i]}", "—" if i == 6 else ("5" if i == 5 else "10"),
               "not applicable (cell)" if i == 6 else "pass"] for i in range(8)], [90, 30, 54]), SP(8),
         P("Hideo Ishikawa, Manager, Transport Testing Section — (signed)", lk.body)]
    pdf(path, s, lk, running(header_right=rid, footer_right="{page}/{total}"))


def u26_lx_markdown(C: Corpus) -> None:
    """Markdown summary with ✔ / ✘ legend and an energy in kWh."""
    date = D(2025, 12, 3)
    rid, model = "PCEI-UN-2512-0077", "LX-WALL-10"
    fact = tt(model, manufacturer=LX.legal_name, lab=LAB_PC, report_id=rid, date=date, chemistry="lithium-ion",
              wh=10240, mass_g=92000, results=R(BATT_OK), signed_by="Huang Zhiqiang")
    path = C.add(LX, "UN38.3/LX-WALL-10 UN38.3 summary.md", "transport_test", "rp-md-checks", [fact], ["symbols"])
    rows = "\n".join(f"| T.{i + 1} | {T_EN[i]} | {'—' if c == 'n' else '✔'} |" for i, c in enumerate(BATT_OK))
    text_file(path, f"""# UN38.3 Test Summary

> Issued by **{LAB_PC}** — {LAB_ADDR[LAB_PC]}

| Field | Value |
|---|---|
| Manufacturer | {LX.legal_name}, {ADDR[LX.name]} |
| Test laboratory | {LAB_PC} |
| Report No. | {rid} |
| Issue date | {iso(date)} |
| Product | Wall-mounted residential energy storage battery, lithium ion (LiFePO4), 16S2P |
| Model | `{model}` |
| Rated energy | 10.24 kWh (51.2 V, 200 Ah) |
| Weight | 92 kg |
| Enclosure | Painted steel, 650 × 480 × 240 mm, IP65 |
| Assembled battery 38.3.3(f)/(g) | N/A |
| UN Manual | Rev. 8 |

## Results

| Test | Name | Result |
|---|---|---|
{rows}

✔ passed · ✘ failed · — not applicable (T.6, T.8 are cell tests; component cells covered by the cell maker's summary)

**Approved by:** Huang Zhiqiang, Technical Manager (signed)
""")


def u27_eb_io(C: Corpus) -> None:
    """German-English DOCX: 'Artikelnummer / Article no.', results 'i.O.' (in Ordnung) and 'n.a.'."""
    date = D(2025, 8, 28)
    rid, model = "SPE-T-25-0977", "EBS-12V-LFP-60"
    fact = tt(model, manufacturer=EB.legal_name, lab=LAB_SP, report_id=rid, date=date, chemistry="lithium-ion",
              wh=768, mass_g=8900, results=R(BATT_OK), signed_by="Hannah Brückner")
    path = C.add(EB, "Prüfberichte/UN38.3 EBS-12V-LFP-60.docx", "transport_test", "rp-de-io", [fact], ["abbreviations"])
    d = new_docx("Arial", 10)
    docx_header_footer(d, LAB_SP, f"Bericht / Report {rid}")
    docx_par(d, "Prüfzusammenfassung UN 38.3 / UN 38.3 Test Summary", bold=True, size=14)
    docx_table(d, [
        ["Hersteller / Manufacturer", EB.legal_name + ", " + ADDR[EB.name]],
        ["Prüflabor / Test laboratory", LAB_SP + ", " + LAB_ADDR[LAB_SP]],
        ["Bericht-Nr. / Report no.", rid],
        ["Datum / Date", de(date)],
        ["Art / Type", "Lithium-Ionen-Batterie (LiFePO4), 12-V-Starterbatterie / lithium ion starter battery, 4S1P"],
        ["Artikelnummer / Article no.", model],
        ["Masse / Mass", "8,9 kg"],
        ["Energie / Watt-hour rating", "768 Wh (12,8 V, 60 Ah)"],
        ["Beschreibung / Description", "Gehäuse PP, Abmessungen nach EN 50342-2 LN2 / PP case, LN2 size"],
        ["38.3.3 f/g", "n.a."],
        ["Handbuch / Manual", "Rev. 8"],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    res = ["i.O."] * 5 + ["n.a."] + ["i.O."] + ["n.a."]
    docx_table(d, [["Prüfung / Test", "Ergebnis / Result"]] +
               [[f"T.{i + 1} {T_DE[i]} / {T_EN[i]}", res[i]] for i in range(8)])
    docx_par(d, "i.O. = in Ordnung (bestanden / passed); n.a. = nicht anwendbar (Zellprüfung) / not applicable (cell test)",
             size=8)
    docx_par(d, "")
    docx_par(d, "Dr. Hannah Brückner, Leiterin der Prüfstelle / Head of Test Laboratory — gez. H. Brückner")
    save_docx(d, path)


def u28_ne_pack_kwh(C: Corpus) -> None:
    """An Indian e-rickshaw pack: kWh and kg, 'P' / 'NA' column, a long English date."""
    date = D(2025, 9, 19)
    rid, model = "DBTL/UN/2025/09/0611", "NEB-51V105-ER"
    fact = tt(model, manufacturer=NE.legal_name, lab=LAB_DB, report_id=rid, date=date, chemistry="lithium-ion",
              wh=5376, mass_g=48000, results=R(BATT_OK), signed_by="S. Krishnamurthy")
    path = C.add(NE, "testing/UN38.3 NEB-51V105-ER.pdf", "transport_test", "rp-in-pack-pf", [fact])
    lk = Look("Arial", 9.2)
    s = [P(LAB_DB, lk.centerb), P(LAB_ADDR[LAB_DB], lk.center), SP(4),
         P("UN 38.3 Test Summary — Lithium-ion Battery Pack", lk.h1), SP(2),
         KV(lk, [("1. Manufacturer", NE.legal_name + ", " + ADDR[NE.name]),
                 ("2. Test laboratory", LAB_DB),
                 ("3. Test report no.", rid), ("4. Date of report", en_long0(date)),
                 ("5. Battery", "Lithium-ion battery pack for e-rickshaw (L5 category), LFP 16S1P, prismatic 105 Ah cells"),
                 ("   Model", model), ("   Energy", "5.376 kWh (51.2 V, 105 Ah)"), ("   Weight", "48 kg"),
                 ("   Physical description", "MS sheet-metal enclosure 560 × 340 × 260 mm, IP67, CAN BMS"),
                 ("7. Assembled battery 38.3.3(f)/(g)", "NA"),
                 ("8. UN Manual", "Rev. 8")], widths=(50, 124)), SP(4),
         P("6. Tests conducted", lk.h3),
         TBL(lk, [["Test", "Description", "P / F / NA"]] +
             [[f"T.{i + 1}", T_EN[i], "NA" if c == "n" else "P"] for i, c in enumerate(BATT_OK)], [20, 100, 54]),
         P("P = Pass, F = Fail, NA = Not applicable (T.6 and T.8 are cell-level tests, performed on the component cells)",
           lk.small), SP(8),
         P("9. Authorised signatory: S. Krishnamurthy, Quality Manager (signed)", lk.body)]
    pdf(path, s, lk, running(footer_right="Page {page} of {total}"))


def u29_cr_portal_md(C: Corpus) -> None:
    """A compliance-portal export in Markdown: key/value lines, 'Digitally signed by'."""
    date = D(2025, 10, 14)
    rid, model = "KESL-38.3-251014-C", "CR-RES-5K"
    fact = tt(model, manufacturer=CR.legal_name, lab=LAB_KY, report_id=rid, date=date, chemistry="lithium-ion",
              wh=5120, mass_g=49500, results=R(BATT_OK), signed_by="Alicia Moreno-Grant")
    path = C.add(CR, "compliance/portal export - test summary record CR-RES-5K.md", "transport_test",
                 "rp-portal-export", [fact])
    rows = "\n".join(f"| T.{i + 1} | {T_EN[i]} | {'N/A (cell-level)' if c == 'n' else 'Pass'} |"
                     for i, c in enumerate(BATT_OK))
    text_file(path, f"""## Test Summary Record — UN 38.3 (38.3.5)

*Exported from the Keystone client portal on 2025-10-15 10:02 EDT*

- Record type: UN 38.3 Test Summary
- Manufacturer: {CR.legal_name} — {ADDR[CR.name]}
- Laboratory: {LAB_KY} — {LAB_ADDR[LAB_KY]}
- Test report ID: {rid}
- Test report date: {date.year}-{date.month:02d}-{date.day:02d}
- Battery: lithium ion battery (LiFePO4), residential storage, 16S1P, 51.2 V, 100 Ah
- Model / part no.: {model}
- Watt-hour rating: 5120 Wh
- Mass: 49.5 kg
- Physical description: wall-mount steel enclosure 600 x 420 x 190 mm
- Assembled battery (38.3.3 f/g): N/A
- UN Manual revision: Rev. 8

| Test | Name | Result |
|---|---|---|
{rows}

Digitally signed by Alicia Moreno-Grant, Laboratory Director, {LAB_KY} — 2025-10-14 16:41:07 -04:00
""")


def u30_bb_single_cell_battery(C: Corpus) -> None:
    """A single-cell battery: all eight tests apply and pass; Spanish-English, a Spanish long date."""
    date = D(2025, 11, 12)
    rid, model = "LEEN-UN-25-0311", "BDB-1S-TRK"
    fact = tt(model, manufacturer=BB.legal_name, lab=LAB_EN, report_id=rid, date=date, chemistry="lithium-ion",
              wh=18.5, mass_g=98, results=R("pppppppp"), signed_by="Rocío Hernández Salas")
    path = C.add(BB, "pruebas/LEEN-UN-25-0311 BDB-1S-TRK.pdf", "transport_test", "rp-single-cell-battery", [fact],
                 ["all_tests_apply"])
    lk = Look("Sans", 9, pagesize=LETTER)
    s = [P("Resumen de prueba UN 38.3 / UN 38.3 Test Summary", lk.h1), SP(2),
         KV(lk, [("Fabricante / Manufacturer", BB.legal_name + ", " + ADDR[BB.name]),
                 ("Laboratorio / Laboratory", LAB_EN + ", " + LAB_ADDR[LAB_EN]),
                 ("Informe / Report", rid), ("Fecha / Date", es_long(date)),
                 ("Tipo / Type", "Batería de iones de litio de una sola celda / single-cell lithium ion battery "
                                 "(1S1P, Li-polymer, con PCM)"),
                 ("Modelo / Model", model),
                 ("Capacidad / Rating", "3.7 V, 5000 mAh, 18.5 Wh"), ("Masa / Mass", "98 g"),
                 ("Descripción / Description", "Celda pouch con circuito de protección y conector JST, "
                                               "para rastreadores GPS"),
                 ("38.3.3 (f)/(g)", "No aplica / not applicable"),
                 ("Manual ONU / UN Manual", "Rev. 8")], widths=(52, 128)), SP(4),
         TBL(lk, [["Prueba / Test", "Resultado / Result"]] +
             [[f"T.{i + 1} {T_ES[i]} / {T_EN[i]}", "Aprobado / Pass"] for i in range(8)], [110, 70]), SP(2),
         P("Batería de una sola celda: se aplican las pruebas T.1 a T.8 (38.3.3). / Single-cell battery: tests T.1 "
           "to T.8 apply.", lk.small), SP(8),
         P("Ing. Rocío Hernández Salas, Jefa de Laboratorio / Laboratory Manager — firma / signature: R. Hernández S.",
           lk.body)]
    pdf(path, s, lk, running(footer_right="{page} / {total}"))


UN_DOCS = [u01_tm_zh_en_docx, u02_tm_xlsx_family, u03_lx_sqrt_grid, u04_lx_unsigned, u05_sr_ko_docx,
           u06_sr_letter_two_models, u07_ks_ja_maru, u08_ks_coin_cells_split, u09_eb_de_title_only, u10_eb_long_table,
           u11_od_pl_en, u12_od_docx_fail, u13_ne_dots, u14_ne_model_in_prose, u15_bb_es, u16_bb_email,
           u17_cr_us_part_number, u18_cr_variants_ticks, u19_lb_fr_reference, u20_lb_fail_t7, u21_vc_cs_en,
           u22_vc_no_date, u23_tm_self_declaration, u24_sr_xlsx_transposed, u25_ks_caption, u26_lx_markdown,
           u27_eb_io, u28_ne_pack_kwh, u29_cr_portal_md, u30_bb_single_cell_battery]


# ---------------------------------------------------------------------------------------------------------------
# Safety test reports
# ---------------------------------------------------------------------------------------------------------------

def s01_tm_gbt36276(C: Corpus) -> None:
    """A Chinese 检验报告 to GB/T 36276-2023 over a cell and the module built from it; '检验结论：合格'."""
    date = D(2025, 4, 8)
    rid = "ZYBT-S-2504-0088"
    cell, module = "TMP-LFP-314", "TMM-1P16S-314"
    facts = [st("GB/T 36276-2023", cell, report_id=rid, lab=LAB_ZY, date=date, verdict="pass", level="cell"),
             st("GB/T 36276-2023", module, report_id=rid, lab=LAB_ZY, date=date, verdict="pass", level="module")]
    path = C.add(TM, "检验报告/ZYBT-S-2504-0088 GBT36276 检验报告.docx", "safety_test", "rp-zh-jianyan-baogao", facts,
                 ["several_models", "chinese"])
    d = new_docx("SimSun", 10.5)
    docx_header_footer(d, "苏州中源电池安全检测中心有限公司", f"报告编号：{rid}    第 1 页 共 3 页")
    docx_par(d, "检 验 报 告", bold=True, size=20, align="center")
    docx_par(d, "TEST REPORT", bold=True, size=12, align="center")
    docx_par(d, f"No：{rid}", align="center")
    docx_table(d, [
        ["样品名称", "电力储能用锂离子电池（电池单体、电池模块）"],
        ["委托单位", "浙江天目动力电池有限公司"],
        ["生产单位", "浙江天目动力电池有限公司"],
        ["型号规格", f"电池单体：{cell}（3.2 V / 314 Ah）\n电池模块：{module}（51.2 V / 314 Ah，1P16S）"],
        ["检验类别", "委托检验"],
        ["样品数量", "电池单体 24 只；电池模块 3 个"],
        ["到样日期", "2025年01月06日"],
        ["检验日期", "2025年01月08日 ～ 2025年03月28日"],
        ["检验依据", "GB/T 36276-2023《电力储能用锂离子电池》"],
        ["检验结论", "经检验，所检项目符合 GB/T 36276-2023 标准要求。\n检验结论：合格\n（检验检测专用章）\n"
                     f"签发日期：{zh0(date)}"],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    docx_table(d, [["批准", "审核", "主检"], ["吴建国", "钱芳", "孙磊"]], style="")
    docx_par(d, "")
    docx_par(d, "一、电池单体检验结果", bold=True)
    cell_tests = ["过充电", "过放电", "短路", "挤压", "跌落", "低气压", "加热", "热失控"]
    docx_table(d, [["序号", "检验项目", "标准条款", "技术要求", "检验结果", "单项结论"]] +
               [[str(i + 1), t, f"5.2.3.{i + 1}", "不起火、不爆炸" if t != "热失控" else "不起火、不爆炸（热失控判定）",
                 "不起火、不爆炸", "合格"] for i, t in enumerate(cell_tests)])
    docx_par(d, "")
    docx_par(d, "二、电池模块检验结果", bold=True)
    module_tests = ["过充电", "过放电", "短路", "挤压", "跌落", "盐雾与高温高湿", "热失控扩散"]
    docx_table(d, [["序号", "检验项目", "标准条款", "检验结果", "单项结论"]] +
               [[str(i + 1), t, f"5.3.3.{i + 1}", "不起火、不爆炸" if t != "热失控扩散" else "未发生热失控扩散，不起火、不爆炸",
                 "合格"] for i, t in enumerate(module_tests)])
    docx_par(d, "")
    docx_par(d, "备注：本报告仅对来样负责。未经本中心书面批准，不得部分复制本报告。", size=9)
    save_docx(d, path)


def s02_tm_62619_trf(C: Corpus) -> None:
    """An IEC 62619 CB-style test report form for a cell: cover particulars, clause verdicts P / N/A."""
    date = D(2025, 5, 20)
    rid, model = "HKB25-0471-CB", "TMP-LFP-280K"
    fact = st("IEC 62619:2022", model, report_id=rid, lab=LAB_AR, date=date, verdict="pass", level="cell")
    path = C.add(TM, "reports/HKB25-0471-CB IEC62619 TMP-LFP-280K.pdf", "safety_test", "rp-trf-62619", [fact],
                 ["clause_table"])
    lk = Look("Arial", 8.6, margins=(18, 16, 24, 22))
    cover = [dots("Report Number", rid, 48), dots("Date of issue", iso(date), 48),
             dots("Total number of pages", "6", 48), "",
             dots("Name of Testing Laboratory preparing the Report", LAB_AR, 48),
             dots("Testing location", "Ardent Certification Laboratories, Shenzhen branch, Nanshan District", 48),
             dots("Applicant's name", TM.legal_name, 48),
             dots("Address", "No. 1688 Renhuang Road, Huzhou, Zhejiang, China", 48), "",
             "Test specification:",
             dots("Standard", "IEC 62619:2022 (Edition 2.0, 2022-05)", 48),
             dots("Test procedure", "CB Scheme", 48),
             dots("Test Report Form No.", "IEC62619B", 48), "",
             dots("Test item description", "Secondary lithium cell for industrial applications", 48),
             dots("Trade Mark", "TIANMU", 48),
             dots("Manufacturer", "Same as applicant", 48),
             dots("Model/Type reference", model, 48),
             dots("Ratings", "3.2 V d.c., 280 Ah, 896 Wh; LiFePO4/graphite; prismatic", 48)]
    clauses = [["5", "General safety considerations", "", "P"],
               ["6", "Type test", "Cell tested as received from the applicant", "P"],
               ["7.2.1", "External short-circuit test (cell)", "No fire, no explosion", "P"],
               ["7.2.2", "Impact test (cell)", "No fire, no explosion", "P"],
               ["7.2.3", "Drop test (cell, battery system)", "Cell: 1.0 m whole drop, no fire", "P"],
               ["7.2.4", "Thermal abuse test (cell)", "85 °C, 3 h: no fire, no explosion", "P"],
               ["7.2.5", "Overcharge test (cell)", "No fire, no explosion", "P"],
               ["7.2.6", "Forced discharge test (cell)", "No fire, no explosion", "P"],
               ["7.3.2", "Internal short-circuit test (cell)", "Nickel particle method: no fire", "P"],
               ["7.3.3", "Propagation test (battery system)", "Cell only", "N/A"],
               ["8", "Battery system safety (BMS)", "Cell only", "N/A"],
               ["9", "EMC", "Cell only", "N/A"],
               ["10", "Information for safety", "", "P"],
               ["11", "Marking and designation", "", "P"]]
    s = [P("TEST REPORT", lk.h1), P("IEC 62619", lk.big),
         P("Secondary cells and batteries containing alkaline or other non-acid electrolytes – Safety requirements "
           "for secondary lithium cells and batteries, for use in industrial applications", lk.center), SP(5)]
    s += typed(lk, cover, 1.2)
    s += [PageBreak(),
          P("Possible test case verdicts: test case does not apply to the test object: N/A; test object does meet "
            "the requirement: P (Pass); test object does not meet the requirement: F (Fail).", lk.small),
          P(dots("Date of receipt of test item", "2025-02-10", 60), pre_style(lk)),
          P(dots("Date (s) of performance of tests", "2025-02-12 to 2025-05-09", 60), pre_style(lk)), SP(3),
          TBL(lk, [["Clause", "Requirement + Test", "Result - Remark", "Verdict"]] + clauses, [16, 70, 72, 16],
              repeat=1), SP(4),
          P("Summary of testing: the submitted samples were found to comply with the requirements of IEC 62619:2022 "
            "for cells.", lk.body), SP(6),
          P("Tested by: Leung Ka-wai, Engineer        Approved by: Tsang Wing-yan, Technical Manager", lk.body)]
    pdf(path, s, lk, running(header_left="IEC 62619", header_right=f"Report No. {rid}",
                             footer_left="TRF No. IEC62619B", footer_right="Page {page} of {total}"))


def s03_lx_gb31241(C: Corpus) -> None:
    """Chinese-English DOCX to GB 31241-2022 for a power bank: '符合 Pass' per item, '结论 Conclusion'."""
    date = D(2025, 9, 2)
    rid, model = "PCEI-GB-2509-0045", "LX-PB10"
    fact = st("GB 31241-2022", model, report_id=rid, lab=LAB_PC, date=date, verdict="pass")
    path = C.add(LX, "reports/GB31241 检测报告 LX-PB10.docx", "safety_test", "rp-zh-gb31241", [fact], ["chinese"])
    d = new_docx("SimSun", 10)
    docx_header_footer(d, "鹏城电化学检测（深圳）有限公司  " + LAB_PC, f"报告编号 Report No.: {rid}")
    docx_par(d, "检测报告 TEST REPORT", bold=True, size=16, align="center")
    docx_table(d, [
        ["报告编号 Report No.", rid],
        ["产品名称 Product", "移动电源 Power bank（锂离子电池组 lithium ion battery pack）"],
        ["型号 Model", model],
        ["额定值 Rating", "3.7 V, 10000 mAh, 37 Wh；输出 Output 5 V⎓3 A"],
        ["委托方 Applicant", "深圳市联芯储能科技有限公司 " + LX.legal_name],
        ["检测依据 Standard", "GB 31241-2022《便携式电子产品用锂离子电池和电池组 安全技术规范》"],
        ["签发日期 Date of issue", zh(date)],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    items = [("5.2", "标识要求 Marking"), ("6.1", "常温外部短路 External short circuit (room temp.)"),
             ("6.2", "高温外部短路 External short circuit (high temp.)"), ("6.3", "过充电 Overcharge"),
             ("6.4", "强制放电 Forced discharge"), ("7.2", "低气压 Low pressure"), ("7.3", "温度循环 Temperature cycling"),
             ("7.4", "振动 Vibration"), ("7.5", "加速度冲击 Acceleration shock"), ("7.6", "跌落 Drop"),
             ("8.1", "热滥用 Thermal abuse"), ("8.3", "挤压 Crush"), ("9", "保护电路安全要求 Protection circuit"),
             ("10", "系统保护电路要求 System protection")]
    docx_table(d, [["条款 Clause", "检测项目 Test item", "结果 Result"]] + [[c, t, "符合 Pass"] for c, t in items])
    docx_par(d, "")
    docx_par(d, "结论 Conclusion：所检样品符合 GB 31241-2022 的要求。/ The samples tested comply with GB 31241-2022.",
             bold=True)
    docx_par(d, "")
    docx_par(d, "主检 Tested by：邓伟 Deng Wei    审核 Reviewed by：林晓宇 Lin Xiaoyu    批准 Approved by：黄志强 Huang Zhiqiang")
    save_docx(d, path)


def s04_lx_9540a_module(C: Corpus) -> None:
    """UL 9540A module level, from a Chinese laboratory in English: tables of data, 'no pass/fail'."""
    date = D(2025, 8, 11)
    rid, model = "PCEI-9540A-2508-0012", "LXM-16S280"
    fact = st("UL 9540A:2019", model, report_id=rid, lab=LAB_PC, date=date, verdict="data reported", level="module")
    path = C.add(LX, "reports/PCEI-9540A-2508-0012 module level.pdf", "safety_test", "rp-9540a-module", [fact],
                 ["data_reported"])
    lk = Look("Cond", 8.8)
    s = [P(LAB_PC, lk.centerb), SP(3), P("UL 9540A MODULE LEVEL TEST REPORT", lk.h1),
         TBL(lk, [["Report No.", rid, "Issue date", ymd_slash(date)],
                  ["Client", LX.legal_name, "Test standard", "UL 9540A, 4th Edition, November 12, 2019"],
                  ["Sample", "ESS battery module, LiFePO4, 16S1P, 51.2 V, 280 Ah, 14.336 kWh", "Module model", model],
                  ["Test level", "Module (Section 8)", "Initiation", "Film heater on cell 9, 4–7 °C/min"]],
             [26, 70, 28, 50], head=0), SP(4),
         P("Module level test data", lk.h2),
         TBL(lk, [["Parameter", "Test 1", "Test 2"],
                  ["Cells in thermal runaway", "1", "1"],
                  ["Propagation to adjacent cells", "None", "None"],
                  ["Flaming outside module enclosure", "Not observed", "Not observed"],
                  ["Peak chemical heat release rate (kW)", "21.4", "19.8"],
                  ["Total smoke release (m²)", "12.1", "11.6"],
                  ["Vent gas volume (L)", "186", "179"],
                  ["H2 in vent gas (% vol)", "36.8", "37.5"],
                  ["Flying debris / explosion", "None", "None"]], [80, 47, 47], zebra=True), SP(4),
         P("Conclusion", lk.h2),
         P("The data above are reported in accordance with UL 9540A. The method has no pass/fail criteria; the "
           "results are for use by the system manufacturer and the authority having jurisdiction.", lk.body), SP(6),
         P("Engineer: Deng Wei     Approved: Huang Zhiqiang", lk.body)]
    pdf(path, s, lk, running(header_right=rid, footer_right="Page {page} of {total}"))


def s05_sr_kc62133(C: Corpus) -> None:
    """Korean 시험성적서 to KC 62133-2:2020: '판정: 적합', a dotted Korean date."""
    date = D(2025, 10, 20)
    rid, model = "HBTC-KC-2510-0219", "SR-21700-50G"
    fact = st("KC 62133-2:2020", model, report_id=rid, lab=LAB_HB, date=date, verdict="pass", level="cell")
    path = C.add(SR, "시험성적/KC 62133-2 시험성적서 SR-21700-50G.docx", "safety_test", "rp-ko-kc", [fact], ["korean"])
    d = new_docx("Malgun Gothic", 10)
    docx_header_footer(d, "한빛전지시험인증센터", f"성적서번호 : {rid}    (1/2)")
    docx_par(d, "시 험 성 적 서", bold=True, size=20, align="center")
    docx_table(d, [
        ["성적서번호", rid],
        ["신청인", "서린배터리 주식회사 (" + SR.legal_name + ")"],
        ["제품명", "휴대용 리튬이온 이차전지 (단전지)"],
        ["모델명", model],
        ["정격", "3.6 V, 5 000 mAh, 18.0 Wh"],
        ["시험기준", "KC 62133-2:2020 (휴대용 밀폐형 2차 전지 - 제2부: 리튬계)"],
        ["시험기간", "2025.08.25 ~ 2025.10.10"],
        ["발행일", ko(date)],
        ["판정", "적합"],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    rows = [["7.2.1", "정전압 연속 충전", "적합"], ["7.3.1", "외부 단락 (단전지)", "적합"], ["7.3.3", "자유 낙하", "적합"],
            ["7.3.4", "열 남용", "적합"], ["7.3.5", "압착", "적합"], ["7.3.7", "강제 방전", "적합"],
            ["7.3.9", "강제 내부 단락", "적합"], ["7.3.2 / 7.3.6 / 7.3.8", "조전지 시험", "해당 없음"]]
    docx_table(d, [["항목", "시험 항목", "결과"]] + rows)
    docx_par(d, "")
    docx_par(d, "위 시험 결과는 신청인이 제시한 시료에 한합니다.", size=9)
    docx_par(d, "시험자: 박준영    기술책임자: 최민재 (Choi Min-jae)")
    save_docx(d, path)


def s06_sr_62660_3(C: Corpus) -> None:
    """IEC 62660-3 with its edition written 'Ed. 2.0 (2022-03)'; a 'Requirement met? Yes' column."""
    date = D(2025, 6, 27)
    rid, model = "HBTC-EV-2506-0098", "SR-P94-NCM"
    fact = st("IEC 62660-3:2022", model, report_id=rid, lab=LAB_HB, date=date, verdict="pass", level="cell")
    path = C.add(SR, "reports/HBTC-EV-2506-0098 IEC 62660-3.pdf", "safety_test", "rp-62660-3-yes", [fact])
    lk = Look("Sans", 8.9)
    tests = [("6.2.1", "Vibration", "No fire, no explosion, no leakage"), ("6.2.2", "Mechanical shock", "idem"),
             ("6.3.1", "Crush", "No fire, no explosion"), ("6.4.1", "High temperature endurance", "No fire, no explosion"),
             ("6.4.2", "Temperature cycling", "No fire, no explosion, no leakage"),
             ("6.5.1", "External short-circuit", "No fire, no explosion"), ("6.5.2", "Overcharge", "No fire, no explosion"),
             ("6.5.3", "Forced discharge", "No fire, no explosion"), ("6.6", "Internal short-circuit", "No fire, no explosion")]
    s = [P(LAB_HB, lk.h2), SP(2), P("TEST REPORT", lk.h1l),
         KV(lk, [("Report no.", rid), ("Date of issue", ko(date)), ("Applicant", SR.legal_name),
                 ("Test object", "Secondary lithium-ion cell for the propulsion of electric road vehicles, pouch, "
                                 "NCM811, 3.68 V, 94 Ah"),
                 ("Cell type", model),
                 ("Standard", "IEC 62660-3 Ed. 2.0 (2022-03) – Safety requirements"),
                 ("Test level", "Cell")], widths=(38, 136)), SP(4),
         TBL(lk, [["Clause", "Test", "Requirement", "Requirement met?"]] + [[c, t, r, "Yes"] for c, t, r in tests],
             [18, 50, 76, 30]), SP(4),
         P("Result: the cell satisfies all safety requirements of IEC 62660-3 that were tested.", lk.body), SP(6),
         P("Tested by: Lee Da-eun    Technical manager: Choi Min-jae", lk.body)]
    pdf(path, s, lk, running(header_right=rid, footer_right="{page}/{total}"))


def s07_sr_9540a_cell_xlsx(C: Corpus) -> None:
    """A UL 9540A cell level data sheet in Excel: measurements and a 'no pass/fail' conclusion row."""
    date = D(2025, 12, 15)
    rid, model = "HBTC-9540A-2512-0004", "SR-P120A"
    fact = st("UL 9540A:2019", model, report_id=rid, lab=LAB_HB, date=date, verdict="data reported", level="cell")
    path = C.add(SR, "reports/UL9540A cell data SR-P120A.xlsx", "safety_test", "rp-9540a-cell-xlsx", [fact],
                 ["data_reported", "compact_date"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Cell level"
    rows = [["UL 9540A CELL LEVEL TEST — DATA SHEET"], [],
            ["Report No.", rid], ["Report date", compact(date)], ["Laboratory", LAB_HB],
            ["Client", SR.legal_name], ["Cell model", model],
            ["Cell", "LiFePO4 pouch cell, 3.2 V nominal, 120 Ah, 384 Wh"],
            ["Method", "UL 9540A 4th ed. (2019), Section 7 – cell level, external heating"], [],
            ["Measurement", "Sample 1", "Sample 2", "Sample 3", "Sample 4", "Sample 5"],
            ["Venting temperature (°C)", 176, 181, 179, 174, 183],
            ["Thermal runaway onset (°C)", 231, 238, 236, 229, 240],
            ["Vent gas volume (L)", 212, 205, 219, 208, 214],
            ["H2 (% vol)", 41.2, 40.6, 42.0, 41.5, 40.9],
            ["CO2 (% vol)", 28.4, 29.0, 27.8, 28.8, 28.1],
            ["LFL at ambient (% vol)", 8.1, 8.2, 8.0, 8.1, 8.2], [],
            ["Conclusion", "Thermal runaway was induced. Cell level data reported per UL 9540A; the method has no "
                           "pass/fail criteria. Module level test required (Section 8)."],
            ["Prepared / approved", "Lee Da-eun / Choi Min-jae"]]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCDEF", [30, 22, 12, 12, 12, 12], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def s08_ks_jis_c8714(C: Corpus) -> None:
    """Japanese 試験報告書 to JIS C 8714:2007: '判定 合格', '品番'."""
    date = D(2025, 3, 5)
    rid, model = "CBSL-25-J-0102", "KS-18650-35T"
    fact = st("JIS C 8714:2007", model, report_id=rid, lab=LAB_CB, date=date, verdict="pass", level="cell")
    path = C.add(KS, "試験/試験報告書 JIS C 8714 KS-18650-35T.docx", "safety_test", "rp-ja-jis", [fact], ["japanese"])
    d = new_docx("MS Mincho", 10.5)
    docx_header_footer(d, "中部電池安全試験所株式会社", f"報告書番号 {rid}")
    docx_par(d, "試 験 報 告 書", bold=True, size=18, align="center")
    docx_par(d, f"発行日　{zh(date)}", align="right")
    docx_table(d, [
        ["依頼者", "木曽川電池工業株式会社"],
        ["試料", "リチウムイオン蓄電池（単電池）、円筒形 18650"],
        ["品番", model],
        ["定格", "3.6 V　3500 mAh"],
        ["適用規格", "JIS C 8714:2007 携帯電子機器用リチウムイオン蓄電池の単電池及び組電池の安全性試験"],
        ["試験期間", "2025年1月14日～2025年2月21日"],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    items = ["外部短絡", "落下", "熱衝撃", "圧壊", "過充電", "強制内部短絡"]
    docx_table(d, [["試験項目", "試料数", "結果", "判定"]] +
                  [[t, "5", "発火・破裂なし", "合格"] for t in items])
    docx_par(d, "")
    docx_par(d, "総合判定：合格", bold=True)
    docx_par(d, "上記試料は JIS C 8714:2007 の要求事項を満足する。")
    docx_par(d, "")
    docx_par(d, "試験担当：渡辺 翔太　　承認：石川 英夫")
    save_docx(d, path)


def s09_ks_62133_three_models(C: Corpus) -> None:
    """An IEC 62133-2:2017 report covering three cell models: one column per model in the verdict table."""
    date = D(2025, 4, 24)
    rid = "HKB25-0388-CB"
    models = [("KS-18650-30T", "3.6 V, 3000 mAh, 10.8 Wh"), ("KS-18650-35T", "3.6 V, 3500 mAh, 12.6 Wh"),
              ("KS-21700-50T", "3.6 V, 5000 mAh, 18.0 Wh")]
    facts = [st("IEC 62133-2:2017", m, report_id=rid, lab=LAB_AR, date=date, verdict="pass", level="cell")
             for m, _ in models]
    path = C.add(KS, "reports/HKB25-0388-CB IEC 62133-2 three models.pdf", "safety_test", "rp-62133-three-models",
                 facts, ["several_models", "clause_table"])
    lk = Look("Sans", 8.8)
    clauses = [("7.2.1", "Continuous charging at constant voltage (cells)"), ("7.3.1", "External short-circuit (cell)"),
               ("7.3.3", "Free fall"), ("7.3.4", "Thermal abuse (cells)"), ("7.3.5", "Crush (cells)"),
               ("7.3.7", "Forced discharge (cells)"), ("7.3.9", "Forced internal short circuit (cells)")]
    s = [P(LAB_AR, lk.h2), SP(2), P("TEST REPORT — IEC 62133-2", lk.h1l),
         KV(lk, [("Report reference no.", rid), ("Date of issue", us_abbr(date)),
                 ("Applicant", KS.legal_name + ", Ichinomiya, Aichi, Japan"),
                 ("Standard", "IEC 62133-2:2017 (First Edition)"),
                 ("Test item", "Rechargeable lithium ion cells, cylindrical"),
                 ("Model/Type reference", ", ".join(m for m, _ in models)),
                 ("Ratings", "\n".join(f"{m}: {r}" for m, r in models))], widths=(45, 129)), SP(4),
         P("Verdicts per model (P = Pass, F = Fail, N/A = not applicable)", lk.h3),
         TBL(lk, [["Clause", "Test"] + [m for m, _ in models]] + [[c, t, "P", "P", "P"] for c, t in clauses],
             [16, 80, 26, 26, 26]), SP(4),
         P("Overall verdict: Pass – all three models comply with IEC 62133-2:2017.", lk.h3), SP(6),
         P("Tested by: Leung Ka-wai        Approved by: Tsang Wing-yan, Technical Manager", lk.body)]
    pdf(path, s, lk, running(header_right=rid, footer_right="Page {page} of {total}"))


def s10_ks_ul1642(C: Corpus) -> None:
    """UL 1642 for a lithium metal cell: the edition as a date ('6th Edition, Dated September 29, 2020')."""
    date = D(2025, 6, 18)
    rid, model = "KESL-1642-250618", "KS-CR17345"
    fact = st("UL 1642:2020", model, report_id=rid, lab=LAB_KY, date=date, verdict="pass", level="cell")
    path = C.add(KS, "reports/UL 1642 KS-CR17345.pdf", "safety_test", "rp-ul1642-li-metal", [fact], ["lithium_metal"])
    lk = Look("Arial", 9.2, pagesize=LETTER)
    tests = ["Short-circuit", "Abnormal charging (not applicable – primary cell)", "Forced-discharge", "Crush",
             "Impact", "Shock", "Vibration", "Heating", "Temperature cycling", "Low pressure (altitude)",
             "Projectile (fire exposure)"]
    s = [P(LAB_KY, lk.h2), SP(3), P("Report of Test — UL 1642", lk.h1l),
         TBL(lk, [["Report", rid, "Date", us_num(date)],
                  ["Applicant", KS.legal_name, "Product", "Lithium primary cell (Li/MnO2), 3 V, 1550 mAh"],
                  ["Model", model, "Standard", "UL 1642, 6th Edition, Dated September 29, 2020"]],
             [22, 60, 22, 76], head=0), SP(4),
         TBL(lk, [["Test", "Result"]] + [[t, "N/A" if "not applicable" in t else "Complies"] for t in tests],
             [120, 60]), SP(4),
         P("Result: Complies. The cell is suitable for use as a user-replaceable cell.", lk.body), SP(6),
         P("Project Engineer: Laura Pietrowski        Reviewer: Bradley T. Simmons", lk.body)]
    pdf(path, s, lk, running(footer_right="Page {page} of {total}"))


def s11_eb_r100_de(C: Corpus) -> None:
    """A German technical service report to UN R100, 03 series: 'Prüfergebnis: erfüllt' per test."""
    date = D(2025, 4, 17)
    rid, model = "TPS-R100-25-4471", "EBS-HV-400-96S"
    fact = st("UN ECE R100.03", model, report_id=rid, lab=LAB_TS, date=date, verdict="pass")
    path = C.add(EB, "Prüfberichte/TPS-R100-25-4471 REESS EBS-HV-400-96S.pdf", "safety_test", "rp-de-r100", [fact])
    lk = Look("Serif", 9.6)
    tests = ["Vibration", "Thermoschock und Temperaturwechsel", "Mechanischer Stoß", "Mechanische Unversehrtheit",
             "Feuerbeständigkeit", "Schutz gegen äußeren Kurzschluss", "Überladeschutz", "Tiefentladeschutz",
             "Übertemperaturschutz", "Überstromschutz", "Thermische Propagation (Dokumentation)"]
    s = [P(LAB_TS, lk.h2), P("Technischer Dienst · benannt vom Kraftfahrt-Bundesamt", lk.small), SP(4),
         P(f"Prüfbericht Nr. {rid}", lk.h1l),
         P("Prüfung des wiederaufladbaren Energiespeichersystems (REESS) nach UN-Regelung Nr. 100, "
           "Änderungsserie 03, Teil II", lk.body), SP(2),
         KV(lk, [("Hersteller", EB.legal_name + ", Radebeul"), ("Typ", model),
                 ("Beschreibung", "Lithium-Ionen-REESS, 355,2 V, 112 Ah, 39,8 kWh, 96S1P NMC 622"),
                 ("Prüfort", "Prüfzentrum München"), ("Datum", de(date))], widths=(38, 136)), SP(4),
         TBL(lk, [["Prüfung", "Prüfergebnis"]] + [[t, "erfüllt"] for t in tests], [110, 64]), SP(4),
         P("Gesamtbewertung: Die Anforderungen von Teil II der UN-Regelung Nr. 100 (Änderungsserie 03) sind erfüllt.",
           lk.h3), SP(6),
         P("München, " + de(date) + "     Dipl.-Ing. Stefan Aigner, Sachverständiger", lk.body)]
    pdf(path, s, lk, running(footer_left=rid, footer_right="Seite {page} von {total}"))


def s12_eb_62619_63056(C: Corpus) -> None:
    """One report, two standards (IEC 62619 and IEC 63056) for one storage battery: a verdict per standard."""
    date = D(2025, 9, 22)
    rid, model = "SPE-S-25-0631", "EBS-ESS-15"
    facts = [st("IEC 62619:2022", model, report_id=rid, lab=LAB_SP, date=date, verdict="pass"),
             st("IEC 63056:2020", model, report_id=rid, lab=LAB_SP, date=date, verdict="pass")]
    path = C.add(EB, "Prüfberichte/SPE-S-25-0631 IEC 62619 IEC 63056 EBS-ESS-15.pdf", "safety_test",
                 "rp-two-standards", facts, ["several_standards"])
    lk = Look("Arial", 9)
    s = [M(f"<b>{esc(LAB_SP)}</b><br/>{esc(LAB_ADDR[LAB_SP])}", lk.small), SP(5),
         P("Test Report", lk.h1l), P(f"Report no. {rid} · {dmon(date)}", lk.body), SP(2),
         KV(lk, [("Client", EB.legal_name), ("Item", "Stationary lithium ion battery system for residential storage, "
                                                      "LiFePO4, 51.2 V, 300 Ah, 15.36 kWh, with BMS"),
                 ("Model", model),
                 ("Standards", "IEC 62619 Ed. 2 (2022); IEC 63056 Ed. 1.0 (2020)")], widths=(30, 144)), SP(4),
         P("Part A – IEC 62619", lk.h2),
         TBL(lk, [["Clause", "Test", "Verdict"],
                  ["7.2.3", "Drop test (battery system)", "P"], ["7.3.3", "Propagation test", "P"],
                  ["8.2.2", "Overcharge control of voltage", "P"], ["8.2.3", "Overcharge control of current", "P"],
                  ["8.2.4", "Overheating control", "P"], ["7.2.1–7.2.6, 7.3.2", "Cell tests", "N/A (cell report)"]],
             [30, 104, 40]), P("Verdict IEC 62619: PASS", lk.h3), SP(3),
         P("Part B – IEC 63056", lk.h2),
         TBL(lk, [["Clause", "Requirement", "Verdict"],
                  ["5.2", "Battery system voltage range (≤ 60 V d.c.)", "P"],
                  ["6", "Safety requirements for the battery system (by reference to IEC 62619)", "P"],
                  ["7", "Information for safety and marking", "P"]], [30, 104, 40]),
         P("Verdict IEC 63056: PASS", lk.h3), SP(6),
         P("Dr. Hannah Brückner, Head of Test Laboratory", lk.body)]
    pdf(path, s, lk, running(footer_right="Page {page} of {total}"))


def s13_od_pl_62619(C: Corpus) -> None:
    """Polish report: the standard as its national adoption 'PN-EN IEC 62619:2023-05 (IEC 62619:2022, IDT)'."""
    date = D(2025, 5, 22)
    rid, model = "ŚCBB/S/25/052", "ODR-M12S-105"
    fact = st("IEC 62619:2022", model, report_id=rid, lab=LAB_SC, date=date, verdict="pass", level="module")
    path = C.add(OD, "badania/Sprawozdanie z badań IEC 62619 ODR-M12S-105.pdf", "safety_test", "rp-pl-62619", [fact],
                 ["national_adoption"])
    lk = Look("Sans", 9)
    s = [P(LAB_SC, lk.h2), P(LAB_ADDR[LAB_SC], lk.small), SP(4),
         P(f"SPRAWOZDANIE Z BADAŃ NR {rid}", lk.h1), SP(2),
         KV(lk, [("Zleceniodawca", OD.legal_name + ", Opole"),
                 ("Obiekt badań", "Moduł baterii litowo-jonowej LiFePO4 12S1P, 38,4 V, 105 Ah"),
                 ("Oznaczenie typu", model), ("Poziom badania", "moduł"),
                 ("Norma", "PN-EN IEC 62619:2023-05 (IEC 62619:2022, IDT)"),
                 ("Data wydania", de(date))], widths=(45, 129)), SP(4),
         TBL(lk, [["Punkt normy", "Badanie", "Wynik"],
                  ["7.2.3", "Próba spadku (moduł)", "spełnia"], ["7.3.3", "Propagacja", "spełnia"],
                  ["8.2.2", "Kontrola napięcia ładowania", "spełnia"], ["8.2.3", "Kontrola prądu ładowania", "spełnia"],
                  ["8.2.4", "Kontrola przegrzania", "spełnia"],
                  ["7.2.1–7.2.6, 7.3.2", "Badania ogniw", "nie dotyczy (ogniwa z odrębnym sprawozdaniem)"]],
             [30, 84, 60]), SP(4),
         P("Wynik ogólny: POZYTYWNY", lk.h2),
         P("Badany moduł spełnia wymagania normy w zakresie przeprowadzonych badań.", lk.body), SP(6),
         P("Sprawdził: mgr inż. Tomasz Zieliński      Zatwierdził: dr inż. Agnieszka Wróbel", lk.body)]
    pdf(path, s, lk, running(footer_right="strona {page} z {total}"))


def s14_od_sae_j2464(C: Corpus) -> None:
    """SAE J2464 (revision written 'J2464_202111'): EUCAR hazard levels, no pass/fail."""
    date = D(2025, 7, 30)
    rid, model = "TPS-EV-25-20931", "ODR-M16S-60"
    fact = st("SAE J2464:2021", model, report_id=rid, lab=LAB_TS, date=date, verdict="data reported", level="module")
    path = C.add(OD, "badania/TPS-EV-25-20931 SAE J2464 ODR-M16S-60.pdf", "safety_test", "rp-sae-j2464", [fact],
                 ["data_reported"])
    lk = Look("Sans", 8.9)
    obs = [("Mechanical shock", "No change", "0"), ("Drop", "Housing deformed, no leakage", "1"),
           ("Penetration (nail, 3 mm)", "Venting, smoke, no fire", "4"), ("Crush", "Venting, no fire", "3"),
           ("Thermal stability (to 300 °C)", "Thermal runaway at 212 °C, fire", "5"),
           ("Short circuit (hard, 5 mΩ)", "Fuse opened, no venting", "1"),
           ("Overcharge (1 C to 200 % SOC)", "Venting, no fire", "3"), ("Overdischarge", "No change", "0")]
    s = [P(LAB_TS, lk.h2), SP(2), P("Test Report – RESS Abuse Testing per SAE J2464", lk.h1l),
         KV(lk, [("Report", rid), ("Date", us_long(date)), ("Client", OD.legal_name),
                 ("Device under test", "Battery module 16S1P NMC, 59.2 V, 60 Ah"), ("Module", model),
                 ("Procedure", "SAE J2464_202111 (Electric and Hybrid Electric Vehicle Rechargeable Energy Storage "
                               "System Safety and Abuse Testing)")], widths=(36, 138)), SP(4),
         TBL(lk, [["Test", "Observation", "EUCAR hazard level"]] + [list(o) for o in obs], [60, 84, 30]), SP(4),
         P("SAE J2464 describes abuse test procedures and does not define acceptance criteria. The responses are "
           "reported as observed, classified by EUCAR hazard level; no pass/fail judgement is made.", lk.body), SP(6),
         P("Markus Feldmann, Senior Engineer", lk.body)]
    pdf(path, s, lk, running(header_right=rid, footer_right="{page}/{total}"))


def s15_ne_is16046(C: Corpus) -> None:
    """A BIS-scheme report to IS 16046 (Part 2) : 2018 — 'Conforms' per clause, dd/mm/yyyy."""
    date = D(2025, 7, 23)
    rid, model = "DBTL/BIS/2025/0712", "NEC-18650-2600"
    fact = st("IS 16046-2:2018", model, report_id=rid, lab=LAB_DB, date=date, verdict="pass", level="cell")
    path = C.add(NE, "testing/IS 16046 test report NEC-18650-2600.pdf", "safety_test", "rp-in-is16046", [fact],
                 ["national_standard"])
    lk = Look("Arial", 9)
    s = [P(LAB_DB, lk.centerb), P("BIS recognised laboratory (Lab ID 7104521) · " + LAB_ADDR[LAB_DB], lk.center), SP(4),
         P("TEST REPORT", lk.big), P("(under the Compulsory Registration Scheme of the Bureau of Indian Standards)",
                                     lk.center), SP(3),
         TBL(lk, [["Report No.", rid, "Date", dmy(date)],
                  ["Applicant / Manufacturer", NE.legal_name, "Brand", "NARMADA"],
                  ["Product", "Sealed secondary lithium cell, cylindrical", "Model No.", model],
                  ["Rating", "3.6 V, 2600 mAh", "Standard", "IS 16046 (Part 2) : 2018"]],
             [34, 62, 24, 54], head=0), SP(4),
         TBL(lk, [["Clause", "Test", "Result"],
                  ["7.2.1", "Continuous charging at constant voltage", "Conforms"],
                  ["7.3.1", "External short circuit (cell)", "Conforms"], ["7.3.3", "Free fall", "Conforms"],
                  ["7.3.4", "Thermal abuse", "Conforms"], ["7.3.5", "Crush", "Conforms"],
                  ["7.3.7", "Forced discharge", "Conforms"], ["9.1", "Marking", "Conforms"]], [22, 100, 52]), SP(4),
         P("Conclusion: The sample conforms to the requirements of IS 16046 (Part 2) : 2018.", lk.body), SP(6),
         P("Authorised Signatory: S. Krishnamurthy, Quality Manager", lk.body)]
    pdf(path, s, lk, running(footer_right="Page {page} of {total}"))


def s16_ne_62133_not_complied(C: Corpus) -> None:
    """DOCX report: crush test 'Not Complied', 'Overall Result: FAIL'."""
    date = D(2025, 4, 28)
    rid, model = "DBTL/CB/2025/0264", "NEC-32700-6000"
    fact = st("IEC 62133-2:2017+A1:2021", model, report_id=rid, lab=LAB_DB, date=date, verdict="fail", level="cell")
    path = C.add(NE, "testing/DBTL-CB-2025-0264 IEC 62133-2 NEC-32700-6000.docx", "safety_test",
                 "rp-not-complied", [fact], ["failed"])
    d = new_docx("Calibri", 10)
    docx_header_footer(d, LAB_DB, f"Test Report {rid}")
    docx_par(d, "TEST REPORT – IEC 62133-2", bold=True, size=15, align="center")
    docx_table(d, [
        ["Report No.", rid], ["Issue date", iso(date)], ["Laboratory", LAB_DB],
        ["Applicant", NE.legal_name],
        ["Test item", "Rechargeable lithium-ion cell (LiFePO4), cylindrical 32700"],
        ["Model", model], ["Rating", "3.2 V, 6000 mAh, 19.2 Wh"],
        ["Standard", "IEC 62133-2:2017/AMD1:2021"],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    docx_table(d, [["Clause", "Test", "Observation", "Result"],
                   ["7.2.1", "Continuous charging at constant voltage", "No fire, no leakage", "Complied"],
                   ["7.3.1", "External short-circuit", "Max. 78 °C, no fire", "Complied"],
                   ["7.3.3", "Free fall", "No fire, no explosion", "Complied"],
                   ["7.3.4", "Thermal abuse", "No fire, no explosion", "Complied"],
                   ["7.3.5", "Crush", "Sample 4 ignited 40 s after the 13 kN force was reached", "Not Complied"],
                   ["7.3.7", "Forced discharge", "No fire, no explosion", "Complied"],
                   ["7.3.9", "Forced internal short circuit", "Not required (LiFePO4, see national deviation)",
                    "N/A"]])
    docx_par(d, "")
    docx_par(d, "Overall Result: FAIL", bold=True, size=12)
    docx_par(d, "The cell does not comply with clause 7.3.5 of the standard.")
    docx_par(d, "")
    docx_par(d, "Tested by: Rahul Deshpande        Approved by: Dr. Meera Iyer, Technical Manager")
    save_docx(d, path)


def s17_bb_ul2054_fail(C: Corpus) -> None:
    """UL 2054 with a failed abnormal charging test: 'did not comply'."""
    date = D(2025, 12, 2)
    rid, model = "HKB25-1187-UL", "BDB-1S-TRK"
    fact = st("UL 2054:2004", model, report_id=rid, lab=LAB_AR, date=date, verdict="fail")
    path = C.add(BB, "pruebas/HKB25-1187-UL UL 2054 BDB-1S-TRK.pdf", "safety_test", "rp-ul2054-fail", [fact],
                 ["failed"])
    lk = Look("Arial", 9.2, pagesize=LETTER)
    tests = [("Short-circuit", "Complies"), ("Abnormal charging", "Does not comply – sample 3 vented with flame"),
             ("Abusive overcharge", "Complies"), ("Forced-discharge", "Complies"),
             ("Limited power source", "Complies"), ("Battery pack component temperature", "Complies"),
             ("Drop impact", "Complies"), ("Crush", "Complies"), ("Heating", "Complies")]
    s = [P(LAB_AR, lk.h2), SP(3), P("TEST REPORT", lk.h1),
         P("UL 2054, Standard for Household and Commercial Batteries, Second Edition, dated October 29, 2004, with "
           "revisions through July 2021", lk.center), SP(3),
         KV(lk, [("Report number", rid), ("Date of issue", us_long(date)), ("Applicant", BB.legal_name),
                 ("Product", "Single-cell lithium ion battery pack with protection circuit, 3.7 V, 5000 mAh"),
                 ("Model", model)], widths=(40, 140)), SP(4),
         TBL(lk, [["Test", "Result"]] + [list(t) for t in tests], [80, 100]), SP(4),
         P("Results: The sample(s) tested did not comply with the requirements of UL 2054.", lk.h3), SP(6),
         P("Tested by: Chan Hoi-lam        Reviewed by: Tsang Wing-yan", lk.body)]
    pdf(path, s, lk, running(footer_right="Page {page} of {total}"))


def s18_bb_iec62281_es(C: Corpus) -> None:
    """Spanish report to IEC 62281:2019+AMD1:2021: 'Resultado: CUMPLE'."""
    date = D(2025, 9, 9)
    rid, model = "LEEN-IEC-25-0093", "BDB-MOTO-72"
    fact = st("IEC 62281:2019+A1:2021", model, report_id=rid, lab=LAB_EN, date=date, verdict="pass")
    path = C.add(BB, "pruebas/Informe IEC 62281 BDB-MOTO-72.pdf", "safety_test", "rp-es-62281", [fact],
                 ["transport_safety_standard"])
    lk = Look("Serif", 10)
    tests = ["Simulación de altitud", "Ciclos térmicos", "Vibración", "Choque", "Cortocircuito externo",
             "Sobrecarga", "Caída libre", "Marcado y embalaje"]
    s = [P(LAB_EN, lk.h2), SP(3), P("INFORME DE ENSAYO", lk.h1),
         KV(lk, [("Informe n.º", rid), ("Fecha de emisión", es_long(date)), ("Solicitante", BB.legal_name),
                 ("Objeto de ensayo", "Batería de iones de litio 72 V, 40 Ah, 2880 Wh, para motocicleta eléctrica"),
                 ("Modelo", model),
                 ("Norma", "IEC 62281:2019+AMD1:2021 – Seguridad de pilas y baterías primarias y secundarias de litio "
                           "durante el transporte")], widths=(40, 130)), SP(4),
         TBL(lk, [["Ensayo", "Resultado"]] + [[t, "Cumple"] for t in tests], [100, 70]), SP(4),
         P("Resultado: CUMPLE", lk.h2), SP(6),
         P("Ing. Jorge Castillo Méndez, Gerente de Laboratorio", lk.body)]
    pdf(path, s, lk, running(footer_right="Página {page} de {total}"))


def s19_cr_9540a_installation(C: Corpus) -> None:
    """UL 9540A fifth edition at installation level, landscape, US date: data reported."""
    date = D(2025, 11, 24)
    rid, model = "KESL-9540A-251124", "CR-CAB-372"
    fact = st("UL 9540A:2025", model, report_id=rid, lab=LAB_KY, date=date, verdict="data reported",
              level="installation")
    path = C.add(CR, "compliance/UL9540A installation level CR-CAB-372.pdf", "safety_test", "rp-9540a-installation",
                 [fact], ["data_reported", "landscape"])
    lk = Look("Sans", 8.8, pagesize=landscape(LETTER), margins=(18, 18, 22, 18))
    s = [P("UL 9540A INSTALLATION LEVEL TEST REPORT", lk.h1),
         TBL(lk, [["Report No.", rid, "Report date", us_num(date), "Laboratory", LAB_KY],
                  ["Client", CR.legal_name, "BESS model", model, "Test level", "Installation (outdoor, Section 10)"],
                  ["Standard", "ANSI/CAN/UL 9540A:2025, Fifth Edition", "Energy", "372.7 kWh", "Chemistry",
                   "LiFePO4"]], [26, 50, 26, 36, 26, 76], head=0), SP(4),
         TBL(lk, [["Parameter", "Initiating unit", "Target unit (adjacent, 0.9 m)", "Target unit (rear)"],
                  ["Cells in thermal runaway", "7 (one module)", "0", "0"],
                  ["Flaming outside the unit", "None", "None", "None"],
                  ["Peak chemical HRR", "138 kW", "–", "–"],
                  ["Max. surface temperature", "96 °C", "44 °C", "38 °C"],
                  ["Max. incident heat flux", "–", "0.8 kW/m²", "0.4 kW/m²"],
                  ["Explosion / deflagration", "None", "None", "None"],
                  ["Fire service response required", "No", "–", "–"]], [70, 50, 60, 60], zebra=True), SP(4),
         P("Summary: data reported. UL 9540A is a test method and does not assign a pass/fail result; the data are "
           "provided for evaluation of the installation by the authority having jurisdiction.", lk.body), SP(4),
         P("Project Engineer: Laura Pietrowski · Reviewer: Alicia Moreno-Grant, Laboratory Director", lk.body)]
    pdf(path, s, lk, running(header_right=rid, footer_right="Page {page} of {total}"))


def s20_cr_ul1973_docx(C: Corpus) -> None:
    """UL 1973, Third Edition, in a US-style DOCX: 'Conclusion: Complies'."""
    date = D(2025, 5, 29)
    rid, model = "KESL-1973-250529", "CR-M48-280"
    fact = st("UL 1973:2022", model, report_id=rid, lab=LAB_KY, date=date, verdict="pass", level="module")
    path = C.add(CR, "compliance/KESL-1973-250529 UL 1973 CR-M48-280.docx", "safety_test", "rp-ul1973-docx", [fact])
    d = new_docx("Calibri", 10)
    docx_header_footer(d, f"{LAB_KY} – Test Report", rid)
    docx_par(d, "TEST REPORT – ANSI/CAN/UL 1973", bold=True, size=14)
    docx_par(d, "Batteries for Use in Stationary and Motive Auxiliary Power Applications, Third Edition, dated "
                "February 25, 2022", italic=True)
    docx_table(d, [["Report No.", rid], ["Date", us_long(date)], ["Applicant", CR.legal_name],
                   ["Product", "Lithium ion battery module, LiFePO4, 16S1P, 51.2 V, 280 Ah, 14.3 kWh"],
                   ["Catalog No.", model], ["Application", "Stationary (ESS)"]], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    tests = ["Overcharge", "Short circuit", "Overdischarge protection", "Temperature and operating limits check",
             "Imbalanced charging", "Dielectric voltage withstand", "Vibration", "Shock", "Crush", "Static force",
             "Drop impact", "Thermal cycling", "Single cell failure design tolerance", "External fire exposure"]
    docx_table(d, [["Test", "Result"]] + [[t, "Complies"] for t in tests])
    docx_par(d, "")
    docx_par(d, "Conclusion: Complies. The module meets the applicable requirements of UL 1973.", bold=True)
    docx_par(d, "Laura Pietrowski, Project Engineer · Alicia Moreno-Grant, Laboratory Director")
    save_docx(d, path)


def s21_lb_fr_62619_2017(C: Corpus) -> None:
    """French report to the first edition, written 'NF EN 62619:2017 (IEC 62619:2017, 1re édition)': 'SATISFAISANT'."""
    date = D(2025, 7, 3)
    rid, model = "ILEA-2025-S-0044", "LB-MOD-14S-63"
    fact = st("IEC 62619:2017", model, report_id=rid, lab=LAB_IL, date=date, verdict="pass", level="module")
    path = C.add(LB, "essais/Rapport d'essais IEC 62619 LB-MOD-14S-63.pdf", "safety_test", "rp-fr-satisfaisant",
                 [fact], ["old_edition"])
    lk = Look("Serif", 9.8)
    s = [P(LAB_IL, lk.h2), SP(3), P(f"Rapport d'essais n° {rid}", lk.h1l),
         KV(lk, [("Demandeur", LB.legal_name + ", Saint-Herblain"),
                 ("Objet", "Module de batterie lithium-ion NMC 14S3P, 51,8 V, 63 Ah"),
                 ("Référence commerciale", model), ("Niveau", "module"),
                 ("Norme", "NF EN 62619:2017 (IEC 62619:2017, 1re édition)"),
                 ("Date", fr_long(date))], widths=(44, 130)), SP(4),
         TBL(lk, [["Article", "Essai", "Appréciation"],
                  ["7.2.3", "Chute", "Satisfaisant"], ["7.3.3", "Propagation", "Satisfaisant"],
                  ["8.2.2", "Contrôle de tension (BMS)", "Satisfaisant"],
                  ["8.2.3", "Contrôle du courant (BMS)", "Satisfaisant"],
                  ["8.2.4", "Contrôle de la température (BMS)", "Satisfaisant"]], [26, 90, 58]), SP(4),
         P("Résultat global : SATISFAISANT", lk.h2), SP(6),
         P("Sophie Garnier, Responsable du laboratoire", lk.body)]
    pdf(path, s, lk, running(footer_right="{page}/{total}"))


def s22_lb_r100_docx(C: Corpus) -> None:
    """French procès-verbal to UN Regulation No. 100 with no series stated: 'Résultat : Conforme'."""
    date = D(2025, 11, 18)
    rid, model = "ILEA-2025-R100-0009", "LB-PACK-HV-58"
    fact = st("UN ECE R100", model, report_id=rid, lab=LAB_IL, date=date, verdict="pass")
    path = C.add(LB, "essais/PV R100 LB-PACK-HV-58.docx", "safety_test", "rp-fr-r100-docx", [fact])
    d = new_docx("Times New Roman", 11)
    docx_header_footer(d, LAB_IL, f"PV {rid}")
    docx_par(d, "PROCÈS-VERBAL D'ESSAI", bold=True, size=16, align="center")
    docx_par(d, "Règlement ONU n° 100 – Partie II : système rechargeable de stockage de l'énergie électrique (SRSEE)",
             align="center")
    docx_table(d, [["N° de procès-verbal", rid], ["Date", dmy(date)], ["Demandeur", LB.legal_name],
                   ["SRSEE", "Batterie lithium-ion NMC 96S1P, 355 V, 58 Ah, 20,6 kWh, pour véhicule utilitaire léger"],
                   ["Type", model]], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    tests = ["Vibrations", "Choc thermique et cyclage", "Choc mécanique", "Intégrité mécanique", "Résistance au feu",
             "Protection contre les courts-circuits externes", "Protection contre les surcharges",
             "Protection contre les décharges profondes", "Protection contre les surchauffes"]
    docx_table(d, [["Essai", "Résultat"]] + [[t, "Conforme"] for t in tests])
    docx_par(d, "")
    docx_par(d, "Résultat : Conforme", bold=True)
    docx_par(d, "Sophie Garnier, Responsable du laboratoire")
    save_docx(d, path)


def s23_vc_cs_fail(C: Corpus) -> None:
    """Czech-English IEC 62619 module report: propagation failed, 'NEVYHOVUJE / DOES NOT COMPLY'."""
    date = D(2025, 6, 24)
    rid, model = "ZAB-2025-0533", "VCS-M10-94"
    fact = st("IEC 62619:2022", model, report_id=rid, lab=LAB_ZA, date=date, verdict="fail", level="module")
    path = C.add(VC, "zkoušky/Protokol ZAB-2025-0533 IEC 62619.pdf", "safety_test", "rp-cs-nevyhovuje", [fact],
                 ["failed"])
    lk = Look("Sans", 9)
    s = [P(LAB_ZA, lk.h2), SP(2), P(f"Protokol o zkoušce č. {rid} / Test report No. {rid}", lk.h1l),
         KV(lk, [("Zadavatel / Client", VC.legal_name),
                 ("Předmět zkoušky / Test item", "Bateriový modul Li-ion NMC 10S2P, 36,8 V, 94 Ah"),
                 ("Typové označení / Type", model), ("Úroveň / Level", "modul / module"),
                 ("Norma / Standard", "ČSN EN IEC 62619 ed. 2:2023 (IEC 62619:2022)"),
                 ("Datum vydání / Date of issue", cs_num(date))], widths=(56, 118)), SP(4),
         TBL(lk, [["Článek / Clause", "Zkouška / Test", "Výsledek / Result"],
                  ["7.2.3", "Pád / Drop", "vyhovuje / pass"],
                  ["7.3.3", "Šíření / Propagation", "nevyhovuje / fail – požár mimo modul po 11 min / external fire"],
                  ["8.2.2", "Řízení napětí / Voltage control", "vyhovuje / pass"],
                  ["8.2.3", "Řízení proudu / Current control", "vyhovuje / pass"],
                  ["8.2.4", "Řízení teploty / Overheating control", "vyhovuje / pass"]], [28, 66, 80]), SP(4),
         P("Celkové hodnocení / Overall assessment: NEVYHOVUJE / DOES NOT COMPLY", lk.h2), SP(6),
         P("Ing. Petr Dvořák, Ph.D., vedoucí zkušebny / Head of Laboratory", lk.body)]
    pdf(path, s, lk, running(footer_right="strana {page}/{total}"))


def s24_vc_r100_xlsx(C: Corpus) -> None:
    """An R100 test summary as a spreadsheet: 'UN R100 Rev.3 – 03 series of amendments', 'VYHOVUJE / COMPLIES'."""
    date = D(2025, 9, 30)
    rid, model = "ZAB-2025-0871-R100", "VCS-HV-72"
    fact = st("UN ECE R100.03", model, report_id=rid, lab=LAB_ZA, date=date, verdict="pass")
    path = C.add(VC, "zkoušky/R100 test summary VCS-HV-72.xlsx", "safety_test", "rp-r100-xlsx", [fact])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "R100 Part II"
    rows = [["Souhrn zkoušek REESS / REESS test summary"], [],
            ["Protokol č. / Report no.", rid], ["Datum / Date", iso(date)], ["Zkušebna / Laboratory", LAB_ZA],
            ["Výrobce / Manufacturer", VC.legal_name], ["Typ REESS / REESS type", model],
            ["Popis / Description", "Li-ion NMC 96S2P, 355,2 V, 72 Ah, 25,6 kWh"],
            ["Předpis / Regulation", "UN R100 Rev.3 – 03 series of amendments, Part II"], [],
            ["Zkouška / Test", "Výsledek / Result"]]
    tests = ["Vibrace / Vibration", "Tepelný šok / Thermal shock and cycling", "Mechanický ráz / Mechanical shock",
             "Mechanická integrita / Mechanical integrity", "Odolnost proti ohni / Fire resistance",
             "Vnější zkrat / External short circuit", "Přebíjení / Overcharge protection",
             "Nadměrné vybití / Over-discharge protection", "Přehřátí / Over-temperature protection",
             "Nadproud / Overcurrent protection"]
    rows += [[t, "vyhověl / passed"] for t in tests]
    rows += [[], ["Celkem / Overall", "VYHOVUJE / COMPLIES"], ["Schválil / Approved", "Ing. Petr Dvořák, Ph.D."]]
    for r in rows:
        ws.append(r)
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 60
    save_xlsx(wb, path)


def s25_bb_ul2580_md(C: Corpus) -> None:
    """Markdown UL 2580 summary: 'Verdict: PASS', edition '3rd Ed. (2020)'."""
    date = D(2025, 7, 15)
    rid, model = "KESL-2580-250715", "BDB-LFP-48100"
    fact = st("UL 2580:2020", model, report_id=rid, lab=LAB_KY, date=date, verdict="pass")
    path = C.add(BB, "pruebas/UL2580 summary BDB-LFP-48100.md", "safety_test", "rp-md-ul2580", [fact])
    tests = ["Overcharge", "Short circuit", "Overdischarge protection", "Temperature", "Imbalanced charging",
             "Dielectric voltage withstand", "Vibration endurance", "Shock", "Crush", "Drop", "Immersion",
             "External fire exposure", "Single cell failure design tolerance"]
    rows = "\n".join(f"| {t} | P |" for t in tests)
    text_file(path, f"""# UL 2580 — Test Summary

| | |
|---|---|
| Laboratory | {LAB_KY} |
| Report | {rid} |
| Date | {us_long(date)} |
| Applicant | {BB.legal_name} |
| Battery | Lithium ion (LiFePO4) traction battery for golf carts and utility vehicles, 51.2 V, 100 Ah, 5.12 kWh |
| Part No. | {model} |
| Standard | UL 2580, 3rd Ed. (2020), Batteries for Use in Electric Vehicles |

| Test | P/F |
|---|---|
{rows}

**Verdict: PASS**

Reviewed: Laura Pietrowski, Project Engineer
""")


SAFETY_DOCS = [s01_tm_gbt36276, s02_tm_62619_trf, s03_lx_gb31241, s04_lx_9540a_module, s05_sr_kc62133,
               s06_sr_62660_3, s07_sr_9540a_cell_xlsx, s08_ks_jis_c8714, s09_ks_62133_three_models, s10_ks_ul1642,
               s11_eb_r100_de, s12_eb_62619_63056, s13_od_pl_62619, s14_od_sae_j2464, s15_ne_is16046,
               s16_ne_62133_not_complied, s17_bb_ul2054_fail, s18_bb_iec62281_es, s19_cr_9540a_installation,
               s20_cr_ul1973_docx, s21_lb_fr_62619_2017, s22_lb_r100_docx, s23_vc_cs_fail, s24_vc_r100_xlsx,
               s25_bb_ul2580_md]


# ---------------------------------------------------------------------------------------------------------------
# Papers that mention tests, models and UN numbers but state no test result
# ---------------------------------------------------------------------------------------------------------------

def n01_lx_packing_list(C: Corpus) -> None:
    path = C.add(LX, "shipping/Packing List LX-PL-2026-1022.xlsx", "noise", "rp-packing-list", [])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Packing List"
    rows = [["PACKING LIST"], [LX.legal_name], ["No.: LX-PL-2026-1022", "", "Date: 2026/10/22"],
            ["Consignee: Harbour Grid Solutions Ltd., Unit 4, Dockside Park, Southampton SO14 3XB, UK"], [],
            ["Carton No.", "Model", "Description", "Qty (pcs)", "N.W. (kg)", "G.W. (kg)", "UN No."],
            ["1-50", "LX-PS1200", "Portable power station 1228.8 Wh", 50, 680.0, 742.5, "UN3481"],
            ["51-70", "LX-PB10", "Power bank 37 Wh (200 pcs/carton)", 4000, 820.0, 905.0, "UN3480"],
            ["71-90", "LXR-48100-R", "Rack battery 51.2 V 100 Ah 5120 Wh", 20, 900.0, 1010.0, "UN3480"],
            [], ["Total", "", "", 4070, 2400.0, 2657.5],
            [], ["Lithium ion batteries, class 9, packed in accordance with PI 965/966. UN38.3 test summaries "
                 "available upon request."],
            ["Shipping marks: HGS / SOUTHAMPTON / C/NO. 1-90"]]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCDEFG", [12, 16, 38, 10, 10, 10, 10], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def n02_ks_datasheet(C: Corpus) -> None:
    path = C.add(KS, "datasheets/KS-21700-50T datasheet.pdf", "noise", "rp-datasheet", [])
    lk = Look("Sans", 9)
    s = [P(KS.legal_name, lk.h2), SP(2), P("Product Datasheet — KS-21700-50T", lk.h1l),
         P("High-energy cylindrical lithium ion cell for power tools and e-mobility", lk.body), SP(3),
         TBL(lk, [["Parameter", "Value"], ["Nominal voltage", "3.6 V"], ["Nominal capacity", "5000 mAh (0.2 C)"],
                  ["Energy", "18.0 Wh"], ["Charge voltage", "4.20 ± 0.05 V"], ["Max. continuous discharge", "15 A"],
                  ["Mass", "69.5 g (typ.)"], ["Dimensions", "Φ21.1 × 70.4 mm"],
                  ["Operating temperature", "charge 0–45 °C, discharge −20–60 °C"], ["Cycle life", "≥ 800 cycles "
                                                                                                     "(80 % SOH)"]],
             [70, 104]), SP(4),
         P("Compliance: UN 38.3 tested · IEC 62133-2:2017 · UL 1642 recognised (contact sales for certificates and "
           "test summaries). Specifications are subject to change without notice.", lk.small)]
    pdf(path, s, lk, running(footer_left="KS-DS-21700-50T rev. 3", footer_right="{page}/{total}"))


def n03_eb_agenda(C: Corpus) -> None:
    path = C.add(EB, "Besprechungen/Agenda Lieferantengespräch 2026-10-21.docx", "noise", "rp-meeting-agenda", [])
    d = new_docx("Arial", 10.5)
    docx_par(d, "Agenda – Quarterly supplier review Elbtal Batteriesysteme GmbH", bold=True, size=14)
    docx_par(d, "21 October 2026, 10:00–12:00 CET, Radebeul / MS Teams")
    for line in ["1. Welcome, minutes of the Q2 review (action list)",
                 "2. Homologation: status of the UN R100 report for EBS-HV-400-96S (series 03) and planned R10 EMC test",
                 "3. Transport: UN 38.3 summaries – re-test of EBS-48V-MH after the housing change (tests T.3/T.4 "
                 "to be repeated), schedule with Tessaris",
                 "4. Storage product EBS-ESS-15: IEC 62619 / IEC 63056 report received; UL 9540A planned for 2027",
                 "5. Quality KPIs (ppm, 8D status)",
                 "6. AOB"]:
        docx_par(d, line)
    save_docx(d, path)


def n04_tm_sds_extract(C: Corpus) -> None:
    path = C.add(TM, "SDS/SDS extract TMP-LFP-314 section 14.pdf", "noise", "rp-sds-extract", [])
    lk = Look("Arial", 9)
    s = [P("SAFETY DATA SHEET (extract)", lk.h1), P(f"{TM.legal_name} · Product: TMP-LFP-314 lithium iron phosphate "
                                                    "cell · SDS No. TM-SDS-314 rev. 2 · 2025-03-20", lk.center), SP(4),
         P("SECTION 14: Transport information", lk.h2),
         KV(lk, [("14.1 UN number", "UN 3480"), ("14.2 Proper shipping name", "Lithium ion batteries"),
                 ("14.3 Transport hazard class", "9"), ("14.4 Packing group", "Not applicable"),
                 ("14.5 Environmental hazards", "Not classified as marine pollutant"),
                 ("14.6 Special precautions", "Ship at ≤ 30 % state of charge (IATA PI 965 Section IA)"),
                 ("14.7 Other", "The cell has been tested according to the UN Manual of Tests and Criteria, Part III, "
                                "sub-section 38.3. The test summary is available from the manufacturer.")],
            widths=(55, 119)), SP(4),
         P("SECTION 15: Regulatory information", lk.h2),
         P("GB/T 36276-2023 tested. EU Battery Regulation (EU) 2023/1542: industrial battery, CE marking applies from "
           "2024-08-18.", lk.body)]
    pdf(path, s, lk, running(footer_right="Page {page} of {total}"))


def n05_cr_quotation(C: Corpus) -> None:
    path = C.add(CR, "correspondence/Keystone quotation Q-2026-0815.md", "noise", "rp-lab-quotation", [])
    rows = "\n".join(f"| T.{i + 1} | {T_EN[i]} | {q} | ${p:,} |" for i, (q, p) in
                     enumerate([("8", 1800), ("8", 2400), ("8", 3100), ("8", 2200), ("8", 1900), ("–", 0),
                                ("4", 2600), ("–", 0)]))
    text_file(path, f"""**{LAB_KY}** — {LAB_ADDR[LAB_KY]}

# Quotation Q-2026-0815

To: {CR.legal_name}, attn. compliance team
Date: August 15, 2026 · valid 60 days

Scope: UN 38.3 testing and test summary for the new residential battery **CR-RES-10K** (51.2 V, 200 Ah, 10.24 kWh).

| Test | Name | Samples | Price |
|---|---|---|---|
{rows}

T.6 and T.8 are cell-level tests and are not quoted; the cell maker's UN 38.3 summary must be provided.
Lead time: 6–8 weeks after receipt of samples. Test summary per 38.3.5 included.

Prepared by Laura Pietrowski, Project Engineer
""")


NOISE_DOCS = [n01_lx_packing_list, n02_ks_datasheet, n03_eb_agenda, n04_tm_sds_extract, n05_cr_quotation]


# ---------------------------------------------------------------------------------------------------------------
# Build: build_tests' writer, with this corpus's documents, suppliers and name
# ---------------------------------------------------------------------------------------------------------------

def build(out: Path) -> dict:
    """Write the corpus and its truth; returns the truth (build_tests.build validates every fact and derives each
    supplier's problems)."""
    return bt.build(Path(out), documents=UN_DOCS + SAFETY_DOCS + NOISE_DOCS, suppliers=SUPPLIERS,
                    generator=GENERATOR, seed=SEED)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m evals.handwritten.build_reports OUT_DIR", file=sys.stderr)
        return 2
    truth = build(Path(args[0]))
    counts = Counter(doc["kind"] for doc in truth["documents"])
    facts = sum(len(doc["facts"]) for doc in truth["documents"])
    print(f"{len(truth['documents'])} documents, {facts} facts ({', '.join(f'{k} {n}' for k, n in sorted(counts.items()))}), "
          f"{len(truth['suppliers'])} suppliers -> {args[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

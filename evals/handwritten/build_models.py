"""A fourth hand-written evaluation corpus: safety test reports and UN 38.3 test summaries that each cover several
product models of one family, where the models do not all share one verdict, with its truth.

    python -m evals.handwritten.build_models OUT_DIR

Writes OUT_DIR/suppliers/<Supplier>/<subfolder>/<file>, OUT_DIR/truth.json (the format of evals/styles/truth.py)
and OUT_DIR/.govignore, with the writers, the truth helpers and the supplier problem logic of build_tests.py.

What this corpus measures is the "false all-clear" of a multi-model document: a report over three cells in which
one cell failed, read as a pass for all three. Each model's verdict is told a different way: a results table with a
verdict column, a matrix with the models as columns and a final verdict row, one section per model, a paragraph
("Sample B (model ...) did not meet clause ...; the remaining models complied"), bullet lists, ticks and crosses,
C / NC, 合格 / 不合格, bestanden / nicht bestanden, conforme / non conforme, 적합 / 부적합, ○ / ×; an overall line
that says "Partially passed", "FAIL", nothing at all, or (a trap) speaks only of the models that passed. Controls: reports
in which every model passed or every model failed, single-model reports of both verdicts, and two papers that name
several models and a standard but report no test. The documents are written by hand below, by someone who had read
neither the product's extractors nor the styles generator. All companies, laboratories, people, numbers and dates
are invented. Deterministic: reportlab invariant=1, Office files re-zipped with fixed timestamps, no randomness.
CJK text appears only in DOCX, XLSX and text files (the PDF fonts have no CJK glyphs).
"""

# ruff: noqa: E501  (document text is kept on the lines it is printed on, some wider than 120 columns)

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from pathlib import Path

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
    ymd_slash,
    zh,
    zh0,
)

GENERATOR = "evals.handwritten.models"
SEED = 4
SPLIT = "dev"  # build_tests.build writes the split; this corpus is a development set like the other three

# ---------------------------------------------------------------------------------------------------------------
# Dates written the ways these documents write them (the common ones come from build_tests)
# ---------------------------------------------------------------------------------------------------------------


def ko_long(d: dt.date) -> str:
    return f"{d.year}년 {d.month}월 {d.day}일"


def reiwa(d: dt.date) -> str:
    """Japanese era date: Reiwa 1 is 2019."""
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"


def fi(d: dt.date) -> str:
    """Finnish: day and month without leading zeros."""
    return f"{d.day}.{d.month}.{d.year}"


def us_abbr(d: dt.date) -> str:
    m = MON_EN[d.month - 1]
    return f"{m if len(m) <= 4 else m[:3] + '.'} {d.day}, {d.year}"


def dotted(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


# ---------------------------------------------------------------------------------------------------------------
# Suppliers and laboratories (all invented)
# ---------------------------------------------------------------------------------------------------------------

QD = Sup("Qiandao Lithium Cell", "Hangzhou Qiandao Lithium Cell Co., Ltd.", "cell_manufacturer", "China", False)
MG = Sup("Minggang Energy Storage", "Dongguan Minggang Energy Storage Technology Co., Ltd.", "pack_integrator",
         "China", False)
DS = Sup("Daesan Energy", "Daesan Energy Co., Ltd.", "cell_manufacturer", "South Korea", True)
HK = Sup("Hakusan Battery", "Hakusan Battery Industries Co., Ltd.", "cell_manufacturer", "Japan", False)
WS = Sup("Weserland Batterietechnik", "Weserland Batterietechnik GmbH", "pack_integrator", "Germany", True)
GR = Sup("Garonne Énergie Stockage", "Garonne Énergie Stockage S.A.S.", "pack_integrator", "France", False)
TJ = Sup("Tajo Baterías Industriales", "Tajo Baterías Industriales, S.L.", "pack_integrator", "Spain", False)
PR = Sup("Prairie Volt Systems", "Prairie Volt Systems, LLC", "pack_integrator", "United States", False)
NV = Sup("Nilgiri Volt Cells", "Nilgiri Volt Cells Pvt. Ltd.", "cell_manufacturer", "India", False)
PA = Sup("Pohjan Akku", "Pohjan Akku Oy", "pack_integrator", "Finland", False)
SUPPLIERS = [QD, MG, DS, HK, WS, GR, TJ, PR, NV, PA]

LAB_QS = "Qiantang Battery Safety Inspection Institute Co., Ltd."
LAB_NF = "Nanfang Electrochemical Testing Services (Guangzhou) Co., Ltd."
LAB_VH = "Victoria Harbour Testing & Certification Ltd."
LAB_DJ = "Daejeon Advanced Battery Test Center"
LAB_HO = "Hokuriku Battery Evaluation Laboratory Co., Ltd."
LAB_NP = "Norddeutsche Prüfgesellschaft für Batteriesysteme mbH"
LAB_AQ = "Laboratoire Aquitain d'Essais des Batteries"
LAB_IB = "Instituto Ibérico de Ensayos de Baterías, S.A."
LAB_GP = "Great Plains Battery Safety Laboratory, Inc."
LAB_CM = "Coromandel Battery Testing Laboratory Pvt. Ltd."
LAB_OA = "Oulun Akkulaboratorio Oy"

# contact blocks, as the 38.3.5 summary asks for them (name, address, phone, e-mail, web)
ADDR = {
    QD.name: "No. 277 Xiangyuan Road, Qiandao Lake Industrial Park, Chun'an County, Hangzhou, Zhejiang 311700, China "
             "· Tel +86 571 6488 3200 · dg@qiandao-cell.cn · www.qiandao-cell.cn",
    MG.name: "No. 19 Minggang Road, Songshan Lake Hi-Tech Zone, Dongguan, Guangdong 523808, China · "
             "Tel +86 769 2289 4510 · compliance@minggang-ess.com · www.minggang-ess.com",
    DS.name: "45 Techno 2-ro, Yuseong-gu, Daejeon 34014, Republic of Korea · Tel +82-42-930-7100 · "
             "quality@daesan-energy.co.kr · www.daesan-energy.co.kr",
    HK.name: "2-18 Kanaiwa-machi, Kanazawa-shi, Ishikawa 920-0335, Japan · TEL +81-76-268-4410 · "
             "qa@hakusan-battery.co.jp · www.hakusan-battery.co.jp",
    WS.name: "Am Weserhafen 14, 28197 Bremen, Deutschland · Tel. +49 421 690 8800 · "
             "zulassung@weserland-bt.de · www.weserland-bt.de",
    GR.name: "24 quai de Brienne, 33800 Bordeaux, France · +33 5 57 35 22 90 · qualite@garonne-es.fr · "
             "www.garonne-es.fr",
    TJ.name: "Calle de la Fundición 38, Polígono Industrial Santa Ana, 28529 Rivas-Vaciamadrid, Madrid, España · "
             "+34 916 66 42 80 · calidad@tajobaterias.es · www.tajobaterias.es",
    PR.name: "4100 N Hydraulic St, Wichita, KS 67219, USA · (316) 555-0147 · compliance@prairievolt.com · "
             "www.prairievolt.com",
    NV.name: "SIPCOT Industrial Park, Plot C-7, Hosur 635126, Tamil Nadu, India · +91 4344 402 800 · "
             "qa@nilgirivolt.in · www.nilgirivolt.in",
    PA.name: "Teknologiantie 9, 90590 Oulu, Suomi / Finland · +358 8 5530 400 · laatu@pohjanakku.fi · "
             "www.pohjanakku.fi",
}
LAB_ADDR = {
    LAB_QS: "No. 1 Jiangnan Road, Binjiang District, Hangzhou, Zhejiang 310051, China · Tel +86 571 8771 6020 · "
            "report@qsbi-lab.cn · www.qsbi-lab.cn",
    LAB_NF: "Building 6, No. 88 Kexue Avenue, Huangpu District, Guangzhou 510663, China · Tel +86 20 3206 1170 · "
            "service@nfet-test.com · www.nfet-test.com",
    LAB_VH: "Unit 1205, 12/F, Harbour Industrial Centre, 10 Lee Hing Street, Ap Lei Chau, Hong Kong · "
            "+852 2555 0318 · cb@vhtc.hk · www.vhtc.hk",
    LAB_DJ: "77 Daedeok-daero 989beon-gil, Yuseong-gu, Daejeon 34057, Korea · Tel +82-42-865-3300 · "
            "test@dabtc.or.kr · www.dabtc.or.kr",
    LAB_HO: "5-1 Tech-no Park, Nomi-shi, Ishikawa 923-1211, Japan · TEL +81-761-51-2280 · info@hbel.co.jp · "
            "www.hbel.co.jp",
    LAB_NP: "Fahrenheitstraße 3, 28359 Bremen, Deutschland · Tel. +49 421 218 6500 · pruefung@npb-bremen.de · "
            "www.npb-bremen.de",
    LAB_AQ: "15 avenue de Canteranne, 33600 Pessac, France · +33 5 56 84 71 10 · essais@laeb.fr · www.laeb.fr",
    LAB_IB: "Avenida de la Ciencia 7, 28906 Getafe, Madrid, España · +34 918 20 33 40 · ensayos@iieb.es · "
            "www.iieb.es",
    LAB_GP: "1820 Aviation Blvd, Salina, KS 67401, USA · (785) 555-0162 · batteries@gpbsl.com · www.gpbsl.com",
    LAB_CM: "No. 14, Ambattur Industrial Estate, Chennai 600058, Tamil Nadu, India · +91 44 2625 4480 · "
            "un383@cbtl.co.in · www.cbtl.co.in",
    LAB_OA: "Kiviharjuntie 11, 90220 Oulu, Suomi / Finland · +358 8 5540 2100 · testaus@oulunakkulab.fi · "
            "www.oulunakkulab.fi",
}


def pass_fail(codes: str) -> str:
    """The overall result a 38.3 summary gives a model: it failed if one test failed."""
    return "fail" if "f" in codes else "pass"


# ---------------------------------------------------------------------------------------------------------------
# Safety test reports over several models
# ---------------------------------------------------------------------------------------------------------------

def s01_qd_62133_partially(C: Corpus) -> None:
    """CB-style IEC 62133-2 report over three cells: a summary table, one row a model with its own verdict; the
    overall verdict reads 'Partially passed'."""
    date = D(2026, 3, 12)
    rid = "VHTC-CB-26-0314"
    models = [("QD-18650-26E", "3.6 V, 2600 mAh, 9.36 Wh", "None", "Pass"),
              ("QD-18650-32E", "3.6 V, 3200 mAh, 11.52 Wh",
               "7.3.9 Forced internal short circuit: sample 4 of 5 ignited at 620 N (limit 800 N)", "Fail"),
              ("QD-21700-48E", "3.6 V, 4800 mAh, 17.28 Wh", "None", "Pass")]
    facts = [st("IEC 62133-2:2017", m, report_id=rid, lab=LAB_VH, date=date, verdict=v.lower(), level="cell")
             for m, _, _, v in models]
    path = C.add(QD, "reports/VHTC-CB-26-0314 IEC 62133-2 cylindrical cells.pdf", "safety_test",
                 "md-row-verdict-partially", facts, ["several_models", "mixed_verdicts", "failed", "partially_passed"])
    lk = Look("Arial", 8.8, margins=(18, 16, 24, 22))
    cover = [dots("Report Number", rid, 46), dots("Date of issue", dmon(date), 46),
             dots("Total number of pages", "2", 46), "",
             dots("Name of Testing Laboratory preparing the Report", LAB_VH, 46),
             dots("Applicant's name", QD.legal_name, 46),
             dots("Address", "No. 277 Xiangyuan Road, Chun'an County, Hangzhou, Zhejiang, China", 46), "",
             dots("Standard", "IEC 62133-2:2017 (First Edition)", 46),
             dots("Test procedure", "CB Scheme", 46),
             dots("Test item description", "Rechargeable lithium ion cells, cylindrical, NMC/graphite", 46),
             dots("Trade Mark", "QIANDAO", 46),
             dots("Model/Type reference", "QD-18650-26E, QD-18650-32E, QD-21700-48E", 46),
             dots("Ratings", "see Table 2", 46)]
    clauses = [["5.6.2", "Design recommendations (cells)", "P", "P", "P"],
               ["7.2.1", "Continuous charging at constant voltage (cells)", "P", "P", "P"],
               ["7.3.1", "External short-circuit (cell)", "P", "P", "P"],
               ["7.3.3", "Free fall", "P", "P", "P"],
               ["7.3.4", "Thermal abuse (cells)", "P", "P", "P"],
               ["7.3.5", "Crush (cells)", "P", "P", "P"],
               ["7.3.7", "Forced discharge (cells)", "P", "P", "P"],
               ["7.3.9", "Forced internal short circuit (cells)", "P", "F", "P"],
               ["8", "Information for safety", "P", "P", "P"],
               ["9", "Marking", "P", "P", "P"]]
    s = [P(LAB_VH, lk.h2), P(LAB_ADDR[LAB_VH], lk.small), SP(3), P("TEST REPORT", lk.h1), P("IEC 62133-2", lk.big),
         P("Secondary cells and batteries containing alkaline or other non-acid electrolytes – Safety requirements for "
           "portable sealed secondary lithium cells, and for batteries made from them, for use in portable "
           "applications – Part 2: Lithium systems", lk.center), SP(4)]
    s += [P(x or " ", lk.body) for x in cover]
    s += [PageBreak(), P("Possible test case verdicts: P (Pass), F (Fail), N/A (not applicable).", lk.small), SP(2),
          P("Table 1 – Clause verdicts per model", lk.h3),
          TBL(lk, [["Clause", "Requirement + Test", "26E", "32E", "48E"]] + clauses, [18, 96, 20, 20, 20], repeat=1),
          SP(4), P("Table 2 – Summary of results per model", lk.h3),
          TBL(lk, [["Model", "Ratings", "Non-conformities", "Verdict"]] + [list(m) for m in models],
              [32, 42, 76, 24]), SP(4),
          P("Overall verdict: Partially passed (see Table 2)", lk.h2), SP(6),
          P("Tested by: Yip Chun-kit, Engineer        Approved by: Mok Siu-fung, Technical Manager", lk.body)]
    pdf(path, s, lk, running(header_left="IEC 62133-2", header_right=f"Report No. {rid}",
                             footer_left="TRF No. IEC62133_2B", footer_right="Page {page} of {total}"))


def s02_qd_gbt36276_zh(C: Corpus) -> None:
    """A Chinese 检验报告 to GB/T 36276-2023 over three LFP cells: a summary table of 合格 / 不合格 per model."""
    date = D(2026, 1, 22)
    rid = "QSBI-2026-CN-0057"
    models = [("QD-LFP-280", "3.2 V / 280 Ah", "—", "合格"),
              ("QD-LFP-314", "3.2 V / 314 Ah", "—", "合格"),
              ("QD-LFP-320", "3.2 V / 320 Ah", "热失控（5.2.3.8）：2# 样品起火", "不合格")]
    facts = [st("GB/T 36276-2023", m, report_id=rid, lab=LAB_QS, date=date,
                verdict="pass" if v == "合格" else "fail", level="cell") for m, _, _, v in models]
    path = C.add(QD, "检验报告/QSBI-2026-CN-0057 储能电池单体 检验报告.docx", "safety_test", "md-zh-hege-buhege", facts,
                 ["several_models", "mixed_verdicts", "failed", "chinese"])
    d = new_docx("SimSun", 10.5)
    docx_header_footer(d, "钱塘电池安全检验研究院有限公司  " + LAB_QS, f"报告编号：{rid}")
    docx_par(d, "检 验 报 告", bold=True, size=20, align="center")
    docx_par(d, "TEST REPORT", bold=True, size=12, align="center")
    docx_par(d, f"No：{rid}", align="center")
    docx_table(d, [
        ["样品名称", "电力储能用锂离子电池（电池单体，磷酸铁锂）"],
        ["委托单位", "杭州千岛锂电有限公司"],
        ["生产单位", "杭州千岛锂电有限公司"],
        ["型号规格", "；".join(f"{m}（{r}）" for m, r, _, _ in models)],
        ["检验类别", "委托检验"],
        ["样品数量", "每型号电池单体 15 只"],
        ["检验日期", "2025年10月20日 ～ 2026年01月09日"],
        ["检验依据", "GB/T 36276-2023《电力储能用锂离子电池》"],
        ["检验结论", "经检验，QD-LFP-280、QD-LFP-314 所检项目符合 GB/T 36276-2023 标准要求；"
                     "QD-LFP-320 “热失控”项目不符合标准要求。详见检验结果汇总表。\n（检验检测专用章）\n"
                     f"签发日期：{zh0(date)}"],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    docx_table(d, [["批准", "审核", "主检"], ["周文涛", "陆晓燕", "何家伟"]], style="")
    docx_par(d, "")
    docx_par(d, "检验结果汇总表", bold=True, align="center")
    docx_table(d, [["序号", "样品型号", "规格", "不合格项目", "判定"]] +
               [[str(i + 1), m, r, bad, v] for i, (m, r, bad, v) in enumerate(models)])
    docx_par(d, "")
    docx_par(d, "电池单体检验结果明细", bold=True)
    items = ["过充电", "过放电", "短路", "挤压", "跌落", "低气压", "加热", "热失控"]
    docx_table(d, [["序号", "检验项目", "标准条款"] + [m for m, *_ in models]] +
               [[str(i + 1), t, f"5.2.3.{i + 1}", "合格", "合格", "不合格" if t == "热失控" else "合格"]
                for i, t in enumerate(items)])
    docx_par(d, "")
    docx_par(d, "备注：QD-LFP-320 热失控试验中 2# 样品触发热失控后起火，不满足“不起火、不爆炸”的要求。"
                "本报告仅对来样负责。", size=9)
    save_docx(d, path)


def s03_mg_62619_matrix(C: Corpus) -> None:
    """IEC 62619 report over three rack batteries: the models are the columns, the clauses the rows, and a final
    'Verdict' row; no overall verdict line."""
    date = D(2026, 3, 18)
    rid = "NFET-62619-2603-021"
    models = ["MG-R48-100", "MG-R48-200", "MG-R51-280"]
    verdicts = ["P", "F", "P"]
    facts = [st("IEC 62619:2022", m, report_id=rid, lab=LAB_NF, date=date, verdict="pass" if v == "P" else "fail")
             for m, v in zip(models, verdicts, strict=True)]
    path = C.add(MG, "reports/NFET-62619-2603-021 IEC 62619 rack batteries.docx", "safety_test", "md-models-columns",
                 facts, ["several_models", "mixed_verdicts", "failed", "models_as_columns", "no_overall_verdict"])
    d = new_docx("Arial", 9.5)
    docx_header_footer(d, LAB_NF, f"Report No. {rid}")
    docx_par(d, "TEST REPORT", bold=True, size=16, align="center")
    docx_par(d, "IEC 62619:2022 Secondary lithium cells and batteries for use in industrial applications", align="center")
    docx_table(d, [
        ["Report No.", rid],
        ["Date of issue", ymd_slash(date)],
        ["Applicant / Manufacturer", MG.legal_name + ", " + ADDR[MG.name].split(" · ")[0]],
        ["Test item", "Lithium iron phosphate battery system for energy storage, 19-inch rack type, with BMS"],
        ["Models", ", ".join(models)],
        ["Ratings", "MG-R48-100: 51.2 V, 100 Ah, 5.12 kWh\nMG-R48-200: 51.2 V, 200 Ah, 10.24 kWh\n"
                    "MG-R51-280: 51.2 V, 280 Ah, 14.34 kWh"],
        ["Standard", "IEC 62619:2022 (Edition 2.0)"],
        ["Testing period", "2025-12-01 to 2026-03-06"],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    docx_par(d, "Test results", bold=True)
    rows = [["7.2.3", "Drop test (battery system)", "P", "P", "P"],
            ["7.3.3", "Propagation test (battery system)", "P", "F (see remark 1)", "P"],
            ["8.2.2", "Overcharge control of voltage", "P", "P", "P"],
            ["8.2.3", "Overcharge control of current", "P", "P", "P"],
            ["8.2.4", "Overheating control", "P", "P", "P"],
            ["9", "EMC (Annex reference)", "N/A", "N/A", "N/A"],
            ["11", "Marking and instructions", "P", "P", "P"],
            ["", "Verdict", *verdicts]]
    docx_table(d, [["Clause", "Test", *models]] + rows)
    docx_par(d, "P = Pass, F = Fail, N/A = not applicable", size=8)
    docx_par(d, "")
    docx_par(d, "Remark 1: MG-R48-200 – during the propagation test (thermal runaway of one cell initiated by heating), "
                "flames were observed outside the battery enclosure 41 min after initiation.")
    docx_par(d, "Remark 2: the three models use the same 3.2 V prismatic cells and the same BMS hardware; MG-R48-200 "
                "and MG-R51-280 have two cell rows, MG-R48-100 one.")
    docx_par(d, "")
    docx_table(d, [["Tested by", "Reviewed by", "Approved by"],
                   ["Ou Zhenhua", "Tan Meiling", "Liang Weiqiang, Technical Manager"]], style="")
    save_docx(d, path)


def s04_ds_ul1642_sections(C: Corpus) -> None:
    """Korean-English UL 1642 report with one section per cell model, each ending with its own 판정 (적합 / 부적합)."""
    date = D(2026, 2, 9)
    rid = "DABTC-UL-26-0109"
    models = [("DS-P55", "3.67 V, 55 Ah", ""), ("DS-P63", "3.67 V, 63 Ah", ""),
              ("DS-P72", "3.67 V, 72 Ah", "압착 (Crush)")]
    facts = [st("UL 1642:2020", m, report_id=rid, lab=LAB_DJ, date=date, verdict="fail" if bad else "pass",
                level="cell") for m, _, bad in models]
    path = C.add(DS, "시험성적/DABTC-UL-26-0109 UL 1642 파우치 셀.docx", "safety_test", "md-ko-sections", facts,
                 ["several_models", "mixed_verdicts", "failed", "per_model_sections", "korean"])
    d = new_docx("Malgun Gothic", 10)
    docx_header_footer(d, "대전첨단전지시험센터 " + LAB_DJ, f"성적서 번호 {rid}")
    docx_par(d, "시 험 성 적 서", bold=True, size=18, align="center")
    docx_par(d, "TEST REPORT – UL 1642", bold=True, size=12, align="center")
    docx_table(d, [
        ["성적서 번호 (Report No.)", rid],
        ["발행일 (Date of issue)", ko_long(date)],
        ["의뢰인 (Applicant)", "대산에너지 주식회사 / " + DS.legal_name],
        ["시료 (Samples)", "리튬이온 파우치 셀 3종 / lithium ion pouch cells, NCM811/graphite: "
                          + ", ".join(m for m, _, _ in models)],
        ["시험 기준 (Standard)", "UL 1642, 6th Edition, dated September 29, 2020 – Standard for Lithium Batteries"],
        ["시험 기간 (Test period)", "2025.11.03 ~ 2026.01.30"],
    ], bold_head=False, bold_first_col=True)
    tests = [("단락 (Short-circuit)", "10.1"), ("비정상 충전 (Abnormal charging)", "11"),
             ("강제 방전 (Forced-discharge)", "12"), ("압착 (Crush)", "13"), ("충격 (Impact)", "14"),
             ("기계적 충격 (Shock)", "15"), ("진동 (Vibration)", "16"), ("가열 (Heating)", "17"),
             ("온도 사이클 (Temperature cycling)", "18"), ("감압 (Low pressure)", "19"),
             ("발사체 (Projectile)", "20")]
    for n, (m, rating, bad) in enumerate(models, 1):
        docx_par(d, "")
        docx_par(d, f"{n}. 모델 {m} ({rating})", bold=True, size=11)
        rows = [["시험 항목 (Test)", "조항 (Section)", "결과 (Result)"]]
        for t, sec in tests:
            if bad and t == bad:
                rows.append([t, sec, "부적합 – 시료 3 발화 (sample 3 ignited at 11.2 kN)"])
            else:
                rows.append([t, sec, "적합"])
        docx_table(d, rows)
        docx_par(d, f"판정 (Verdict): {'부적합 (Fail)' if bad else '적합 (Pass)'}", bold=True)
    docx_par(d, "")
    docx_par(d, "적합 = 기준 만족 (Pass), 부적합 = 기준 불만족 (Fail). 본 성적서는 의뢰인이 제출한 시료에 한하여 유효함.", size=8)
    docx_par(d, "시험자 (Tested by): 한서준 Han Seo-jun    기술책임자 (Technical manager): 박지훈 Park Ji-hoon")
    save_docx(d, path)


def s05_hk_62133_prose(C: Corpus) -> None:
    """IEC 62133-2 report over four cells whose verdicts are told in a paragraph: 'Sample B (model ...) did not
    meet clause 7.3.4 ... the remaining models complied'."""
    date = D(2026, 4, 16)
    rid = "HBEL-CB-26-0042"
    models = [("A", "HK-18650-25M", "2500 mAh, 9.0 Wh"), ("B", "HK-18650-30M", "3000 mAh, 10.8 Wh"),
              ("C", "HK-18650-35M", "3500 mAh, 12.6 Wh"), ("D", "HK-21700-40M", "4000 mAh, 14.4 Wh")]
    facts = [st("IEC 62133-2:2017+A1:2021", m, report_id=rid, lab=LAB_HO, date=date,
                verdict="fail" if s == "B" else "pass", level="cell") for s, m, _ in models]
    path = C.add(HK, "reports/HBEL-CB-26-0042 IEC 62133-2 four cell models.pdf", "safety_test", "md-prose-sample-b",
                 facts, ["several_models", "mixed_verdicts", "failed", "prose"])
    lk = Look("Serif", 10, margins=(24, 22, 24, 22))
    s = [M(f"<b>{esc(LAB_HO)}</b><br/>{esc(LAB_ADDR[LAB_HO])}", lk.small), SP(6),
         P("Test Report", lk.h1l),
         P(f"Report No. {rid} · issued {en_long(date)}", lk.body), SP(2),
         P("1. Scope", lk.h2),
         P(f"At the request of {HK.legal_name} (Kanazawa, Japan) the laboratory tested four models of rechargeable "
           "cylindrical lithium ion cells (NCA/graphite, 3.6 V nominal, 4.2 V charge limit) to IEC 62133-2:2017 and "
           "its Amendment 1:2021 (IEC 62133-2:2017+AMD1:2021), clauses 5 to 9 as applicable to cells.", lk.body),
         P("2. Samples", lk.h2),
         TBL(lk, [["Sample", "Model", "Rating", "Received"]] + [[s_, m, r, "2026-01-19"] for s_, m, r in models],
             [20, 46, 60, 38]), SP(2),
         P("3. Tests performed", lk.h2),
         P("Continuous charging at constant voltage (7.2.1), external short-circuit (7.3.1), free fall (7.3.3), "
           "thermal abuse (7.3.4), crush (7.3.5), forced discharge (7.3.7) and forced internal short circuit (7.3.9) "
           "were performed on each sample group; the marking and the information for safety were reviewed.", lk.body),
         P("4. Results", lk.h2),
         P("Sample B (model HK-18650-30M) did not meet clause 7.3.4: during the thermal abuse test one of the five "
           "cells vented with flame at 128 °C, 22 min after the oven reached 130 °C. All other tests on sample B "
           "met their criteria. The remaining models (samples A, C and D: HK-18650-25M, HK-18650-35M and "
           "HK-21700-40M) complied with all applicable clauses.", lk.body),
         P("Detailed measurements are given in Annex 1 (temperature curves) and Annex 2 (photographs).", lk.body),
         SP(8),
         P("Tested by: Ryota Fujimoto        Approved by: Naoko Sugimura, Quality Manager", lk.body)]
    pdf(path, s, lk, running(header_right=rid, footer_right="{page} / {total}"))


def s06_ws_r100_trap(C: Corpus) -> None:
    """German R100 test report: a summary table with 'nicht bestanden' for one type, and an overall assessment
    that names only the two types that passed (a false all-clear trap)."""
    date = D(2026, 5, 7)
    rid = "NPB-R100-26-0388"
    models = [("WS-HV-350-60", "355 V, 60 Ah, 21,3 kWh", "bestanden"),
              ("WS-HV-350-90", "355 V, 90 Ah, 32,0 kWh", "bestanden"),
              ("WS-HV-400-120", "400 V, 120 Ah, 48,0 kWh",
               "nicht bestanden – 6.4.1 Mechanischer Schock: Elektrolytaustritt an Modul 7")]
    facts = [st("UN ECE R100.03", m, report_id=rid, lab=LAB_NP, date=date,
                verdict="pass" if v == "bestanden" else "fail") for m, _, v in models]
    path = C.add(WS, "Prüfberichte/NPB-R100-26-0388 REESS Typenreihe WS-HV.pdf", "safety_test",
                 "md-de-overall-names-passed", facts,
                 ["several_models", "mixed_verdicts", "failed", "overall_names_only_passed"])
    lk = Look("Sans", 9)
    tests = ["6.2 Vibration", "6.3 Thermoschock und Temperaturwechsel", "6.4.1 Mechanischer Schock",
             "6.4.2 Mechanische Integrität", "6.5 Feuerbeständigkeit", "6.6 Äußerer Kurzschlussschutz",
             "6.7 Überladeschutz", "6.8 Tiefentladeschutz", "6.9 Übertemperaturschutz", "6.10 Überstromschutz"]
    s = [P(LAB_NP, lk.h2), P(LAB_ADDR[LAB_NP], lk.small), SP(4),
         P("Prüfbericht", lk.h1l),
         P("UN-Regelung Nr. 100, Änderungsserie 03, Teil II – Wiederaufladbares Energiespeichersystem (REESS)", lk.body),
         SP(2),
         KV(lk, [("Berichtsnummer", rid), ("Datum", de_long(date)), ("Auftraggeber / Hersteller", WS.legal_name),
                 ("Prüfgegenstand", "Hochvolt-Batteriesysteme (NMC, flüssigkeitsgekühlt) der Typenreihe WS-HV"),
                 ("Typen", ", ".join(m for m, _, _ in models)),
                 ("Prüfzeitraum", "12.01.2026 – 24.04.2026")], widths=(50, 124)), SP(4),
         P("Geprüfte Anforderungen (für alle Typen)", lk.h3),
         P(" · ".join(tests), lk.small), SP(3),
         P("Ergebnisübersicht", lk.h3),
         TBL(lk, [["Typ", "Nenndaten", "Ergebnis"]] + [list(m) for m in models], [36, 46, 92]), SP(4),
         P("Gesamtbeurteilung", lk.h3),
         P("Die REESS-Typen WS-HV-350-60 und WS-HV-350-90 erfüllen die Anforderungen der UN-Regelung Nr. 100, "
           "Änderungsserie 03, Teil II, Absatz 6. Gegen die Erteilung der Genehmigung für diese Typen bestehen aus "
           "technischer Sicht keine Bedenken.", lk.body), SP(8),
         P("Bremen, " + de(date), lk.body),
         P("Dipl.-Ing. Jens Hollmann, Prüfingenieur        Dr. Frauke Meinders, Leiterin der Prüfstelle", lk.body)]
    pdf(path, s, lk, running(footer_left=f"Bericht {rid}", footer_right="Seite {page} von {total}"))


def s07_ws_63056_bullets_control(C: Corpus) -> None:
    """Markdown IEC 63056 summary over two home-storage batteries: bullets per model, both passed (a control)."""
    date = D(2026, 6, 24)
    rid = "NPB-63056-26-0512"
    models = [("WS-HS-5", "51,2 V, 100 Ah, 5,12 kWh"), ("WS-HS-10", "51,2 V, 200 Ah, 10,24 kWh")]
    facts = [st("IEC 63056:2020", m, report_id=rid, lab=LAB_NP, date=date, verdict="pass") for m, _ in models]
    path = C.add(WS, "Prüfberichte/NPB-63056-26-0512 Zusammenfassung.md", "safety_test", "md-bullets-all-pass",
                 facts, ["several_models", "all_pass", "bullets"])
    bullets = "\n".join(f"""- **{m}** ({r})
  - 7.2.1 Kurzschluss extern / external short circuit: bestanden
  - 7.2.2 Stoß / impact: bestanden
  - 7.2.3 Fall / drop: bestanden
  - 7.3.3 Ausbreitung / propagation: bestanden
  - 8.2 Spannungs-, Strom- und Temperaturüberwachung / BMS control: bestanden
  - **Ergebnis / Result: bestanden / pass**""" for m, r in models)
    text_file(path, f"""# Prüfzusammenfassung IEC 63056:2020 / Test summary

**{LAB_NP}** · {LAB_ADDR[LAB_NP]}

- Bericht / Report: {rid}
- Datum / Date: {de(date)}
- Auftraggeber / Applicant: {WS.legal_name}
- Prüfgegenstand / Test item: Lithium-Ionen-Heimspeicher (LFP) mit BMS / lithium ion home storage batteries
- Norm / Standard: IEC 63056:2020 (mit IEC 62619:2022 referenziert / with IEC 62619:2022 as referenced)

## Ergebnisse je Typ / Results per model

{bullets}

Geprüft / Tested: J. Hollmann · Freigabe / Approved: Dr. F. Meinders
""")


def s08_gr_62619_c_nc(C: Corpus) -> None:
    """French procès-verbal over three modules: one row a model, 'C' / 'NC' in an 'Avis' column, no overall line."""
    date = D(2026, 2, 27)
    rid = "LAEB-PV-26-0117"
    models = [("GR-M16-100", "51,2 V ; 100 Ah ; 5,12 kWh", "C", "C", "C"),
              ("GR-M16-150", "51,2 V ; 150 Ah ; 7,68 kWh", "C", "C", "C"),
              ("GR-M16-200", "51,2 V ; 200 Ah ; 10,24 kWh", "C", "NC", "NC")]
    facts = [st("IEC 62619:2022", m, report_id=rid, lab=LAB_AQ, date=date, verdict="pass" if a == "C" else "fail",
                level="module") for m, _, _, _, a in models]
    path = C.add(GR, "essais/PV LAEB-PV-26-0117 IEC 62619 modules GR-M16.docx", "safety_test", "md-fr-c-nc", facts,
                 ["several_models", "mixed_verdicts", "failed", "no_overall_verdict", "french"])
    d = new_docx("Times New Roman", 11)
    docx_header_footer(d, LAB_AQ, f"Procès-verbal n° {rid}")
    docx_par(d, "PROCÈS-VERBAL D'ESSAIS", bold=True, size=16, align="center")
    docx_par(d, "NF EN IEC 62619:2022 – Accumulateurs au lithium pour applications industrielles – Exigences de sécurité",
             align="center")
    docx_table(d, [["N° de procès-verbal", rid], ["Date d'émission", fr_long(date)],
                   ["Demandeur", GR.legal_name + ", 24 quai de Brienne, 33800 Bordeaux"],
                   ["Objet", "Modules de batterie lithium-fer-phosphate 16S, boîtier acier, pour stockage stationnaire"],
                   ["Références essayées", ", ".join(m for m, *_ in models)],
                   ["Norme", "IEC 62619:2022 (NF EN IEC 62619:2022)"],
                   ["Période d'essais", "du 3 novembre 2025 au 13 février 2026"]], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    docx_par(d, "Tableau récapitulatif", bold=True)
    docx_table(d, [["Référence", "Caractéristiques", "7.2 Essais (chute, court-circuit, surcharge…)",
                    "7.3.3 Propagation", "Avis"]] + [list(m) for m in models])
    docx_par(d, "C : conforme — NC : non conforme — SO : sans objet", size=9)
    docx_par(d, "")
    docx_par(d, "Observations", bold=True)
    docx_par(d, "GR-M16-200 : lors de l'essai de propagation (7.3.3), l'emballement thermique s'est propagé à deux "
                "cellules voisines et des flammes sont sorties du boîtier du module après 26 min.")
    docx_par(d, "Les références GR-M16-100 et GR-M16-150 n'appellent pas d'observation.")
    docx_par(d, "")
    docx_par(d, "Technicien d'essais : Mathieu Laborde — Responsable technique : Camille Etcheverry")
    save_docx(d, path)


def s09_tj_ul2054_overall_fail(C: Corpus) -> None:
    """Spanish-English UL 2054 report over three packs: a bullet per model (CUMPLE / NO CUMPLE) and an overall
    result line that is itself 'FAIL' although two models passed."""
    date = D(2026, 5, 20)
    rid = "IIEB-UL-26-0233"
    models = [("TJ-2S1P-7", "7,4 V; 7,0 Ah; 51,8 Wh", "CUMPLE / COMPLIES"),
              ("TJ-3S1P-7", "11,1 V; 7,0 Ah; 77,7 Wh", "CUMPLE / COMPLIES"),
              ("TJ-4S2P-7", "14,8 V; 14,0 Ah; 207,2 Wh",
               "NO CUMPLE / DOES NOT COMPLY – carga anormal (abnormal charging): muestra 2 venteo con llama")]
    facts = [st("UL 2054:2004", m, report_id=rid, lab=LAB_IB, date=date, verdict="pass" if v.startswith("CUMPLE") else "fail")
             for m, _, v in models]
    path = C.add(TJ, "ensayos/IIEB-UL-26-0233 UL 2054 packs TJ.pdf", "safety_test", "md-es-bullets-overall-fail", facts,
                 ["several_models", "mixed_verdicts", "failed", "overall_fail", "bullets"])
    lk = Look("Sans", 9.2)
    tests = ["Cortocircuito / Short-circuit", "Carga anormal / Abnormal charging", "Sobrecarga abusiva / Abusive overcharge",
             "Descarga forzada / Forced-discharge", "Fuente de potencia limitada / Limited power source",
             "Temperatura de componentes / Component temperature", "Impacto por caída / Drop impact",
             "Aplastamiento / Crush", "Calentamiento / Heating"]
    s = [P(LAB_IB, lk.h2), P(LAB_ADDR[LAB_IB], lk.small), SP(3),
         P("INFORME DE ENSAYO / TEST REPORT", lk.h1),
         P("UL 2054, 2.ª edición (29 de octubre de 2004), revisión de julio de 2021 – Household and Commercial Batteries",
           lk.center), SP(3),
         KV(lk, [("N.º de informe / Report no.", rid), ("Fecha / Date", es_long(date)),
                 ("Solicitante / Applicant", TJ.legal_name),
                 ("Producto / Product", "Baterías de iones de litio con celdas 18650 y circuito de protección / "
                                        "lithium ion battery packs, 18650 cells, PCM"),
                 ("Modelos / Models", ", ".join(m for m, _, _ in models))], widths=(52, 122)), SP(3),
         P("Ensayos realizados en cada modelo / Tests performed on each model:", lk.body)]
    s += [P("• " + t, lk.body) for t in tests]
    s += [SP(3), P("Resultados por modelo / Results per model:", lk.h3)]
    s += [P(f"• {m} ({r}) — {v}", lk.body) for m, r, v in models]
    s += [SP(4), P("Resultado global / Overall result: FAIL", lk.h2), SP(6),
          P("Ensayado por / Tested by: Álvaro Sanz Moreno        Revisado por / Reviewed by: Lucía Barrionuevo Gil",
            lk.body)]
    pdf(path, s, lk, running(footer_left=rid, footer_right="Página {page} de {total}"))


def s10_pr_ul1973_xlsx(C: Corpus) -> None:
    """A UL 1973 results matrix in Excel: one column per module, tests as rows, a final 'Result' row."""
    date = D(2026, 6, 3)
    rid = "GPBSL-1973-260603"
    models = ["PRV-M48-105", "PRV-M48-210", "PRV-M51-314"]
    results = ["Pass", "Pass", "Fail"]
    facts = [st("UL 1973:2022", m, report_id=rid, lab=LAB_GP, date=date, verdict=r.lower(), level="module")
             for m, r in zip(models, results, strict=True)]
    path = C.add(PR, "compliance/GPBSL-1973-260603 UL 1973 results matrix.xlsx", "safety_test", "md-xlsx-matrix",
                 facts, ["several_models", "mixed_verdicts", "failed", "models_as_columns"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "UL 1973 results"
    ws.append(["UL 1973 – Batteries for Use in Stationary and Motive Auxiliary Power Applications – Test Results"])
    ws.append([])
    ws.append(["Laboratory", LAB_GP])
    ws.append(["Project / Report No.", rid])
    ws.append(["Report date", dt.datetime(date.year, date.month, date.day)])
    ws.cell(row=ws.max_row, column=2).number_format = "mm/dd/yyyy"
    ws.append(["Client", PR.legal_name])
    ws.append(["Standard", "UL 1973, 3rd Edition, dated February 25, 2022"])
    ws.append(["Product", "LiFePO4 battery modules, 16S, with BMS"])
    ws.append([])
    ws.append(["Section", "Test"] + models)
    ws.append(["", "Rating"] + ["51.2 V / 105 Ah / 5.38 kWh", "51.2 V / 210 Ah / 10.75 kWh", "51.2 V / 314 Ah / 16.08 kWh"])
    rows = [("26", "Overcharge"), ("27", "Short circuit"), ("28", "Overdischarge protection"), ("29", "Temperature"),
            ("30", "Imbalanced charging"), ("31", "Dielectric voltage withstand"), ("32", "Continuity"),
            ("33", "Failure of cooling/thermal stability system"), ("34", "Working voltage measurements"),
            ("35", "Tests on electronics"), ("36", "Vibration"), ("37", "Shock"), ("38", "Crush"),
            ("39", "Static force"), ("40", "Impact"), ("41", "Drop impact"), ("42", "Wall mount fixture"),
            ("43", "Mold stress"), ("44", "Pressure release"), ("45", "Start-to-discharge"),
            ("46", "Thermal cycling"), ("47", "Resistance to moisture"), ("48", "Salt fog"),
            ("49", "External fire exposure"), ("50", "Single cell failure design tolerance")]
    for sec, name in rows:
        if sec == "50":
            ws.append([sec, name, "P", "P", "F"])
        elif sec in ("42", "43", "48"):
            ws.append([sec, name, "N/A", "N/A", "N/A"])
        else:
            ws.append([sec, name, "P", "P", "P"])
    ws.append(["", "Result"] + results)
    ws.append([])
    ws.append(["P = Pass, F = Fail, N/A = not applicable to this construction"])
    ws.append(["Note: PRV-M51-314, Sec. 50 – thermal runaway of the initiating cell propagated to 6 cells; flaming "
               "outside the module enclosure at 18 min."])
    ws.append(["Project Engineer", "Dana R. Whitfield", "Reviewer", "Marcus O. Lindqvist"])
    for col, w in zip("ABCDE", [10, 44, 28, 28, 28], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def s11_pr_ul2271_email_all_fail(C: Corpus) -> None:
    """A forwarded e-mail: the laboratory reports that both e-bike packs did not comply with UL 2271 (all fail)."""
    date = D(2026, 8, 11)
    rid = "GPBSL-2271-260811"
    models = ["PRV-EB-36", "PRV-EB-48"]
    facts = [st("UL 2271:2018", m, report_id=rid, lab=LAB_GP, date=date, verdict="fail") for m in models]
    path = C.add(PR, "correspondence/FW UL 2271 results PRV-EB-36 PRV-EB-48.txt", "safety_test", "md-email-all-fail",
                 facts, ["several_models", "all_fail", "failed", "email"])
    text_file(path, f"""From: Kyle Brandvold <k.brandvold@prairievolt.com>
To: sqe@customer.example
Subject: FW: UL 2271 results PRV-EB-36 / PRV-EB-48 – report {rid}
Date: Wed, 12 Aug 2026 08:02 -0500

FYI – not the news we wanted. We are redesigning the charge FET stage and will resubmit in Q4.

Kyle Brandvold
Compliance Manager, Prairie Volt Systems, LLC

---------- Forwarded message ----------
From: Dana R. Whitfield <d.whitfield@gpbsl.com>
Date: {us_abbr(date)}
Subject: UL 2271 results PRV-EB-36 / PRV-EB-48 – report {rid}

Kyle,

testing of both e-bike battery models to UL 2271 (2nd Edition, 2018), Batteries for Use in Light Electric
Vehicle (LEV) Applications, is complete; report {rid} dated {us_long(date)} is attached.

Both models did not comply:

  PRV-EB-36 (36 V, 14 Ah, 504 Wh)  - Overcharge: FAIL (BMS did not terminate charging; cell venting at 4.48 V)
                                   - Imbalanced charging: FAIL
  PRV-EB-48 (48 V, 14 Ah, 672 Wh)  - Overcharge: FAIL (same BMS, same behavior)
                                   - Imbalanced charging: FAIL

All other tests (short circuit, overdischarge, temperature, vibration, shock, crush, drop, immersion, external
fire) met the requirements for both models.

Regards,
Dana R. Whitfield
Project Engineer, {LAB_GP}
""")


def s12_nv_is16046_ticks(C: Corpus) -> None:
    """Indian IS 16046 (Part 2) report over four cells: a summary table of ticks and one cross."""
    date = D(2026, 3, 5)
    rid = "CBTL/IS/26/0311"
    models = [("NVC-18650-22", "3.6 V / 2200 mAh", "✓", "—"), ("NVC-18650-26", "3.6 V / 2600 mAh", "✓", "—"),
              ("NVC-26650-35", "3.2 V / 3500 mAh", "✗", "Cl. 7.3.5 Crush: sample 2 caught fire"),
              ("NVC-32700-60", "3.2 V / 6000 mAh", "✓", "—")]
    facts = [st("IS 16046-2:2018", m, report_id=rid, lab=LAB_CM, date=date, verdict="pass" if t == "✓" else "fail",
                level="cell") for m, _, t, _ in models]
    path = C.add(NV, "testing/CBTL-IS-26-0311 IS 16046 cell family.pdf", "safety_test", "md-ticks-cross", facts,
                 ["several_models", "mixed_verdicts", "failed", "symbols"])
    lk = Look("Sans", 9)
    s = [P(LAB_CM, lk.centerb), P(LAB_ADDR[LAB_CM], lk.center), SP(4),
         P("TEST REPORT", lk.h1),
         P("IS 16046 (Part 2) : 2018 / IEC 62133-2 : 2017 – Secondary cells and batteries containing alkaline or other "
           "non-acid electrolytes – Safety requirements – Part 2: Lithium systems", lk.center), SP(3),
         KV(lk, [("Report No.", rid), ("Date of issue", dotted(date)), ("Applicant", NV.legal_name + ", Hosur"),
                 ("Product", "Rechargeable lithium-ion cells, cylindrical"),
                 ("Models", ", ".join(m for m, *_ in models)),
                 ("Purpose", "BIS registration (CRS), R-41012877")], widths=(40, 134)), SP(4),
         P("Summary of results", lk.h3),
         TBL(lk, [["Sl.", "Cell model", "Rating", "Result", "Remarks"]] +
             [[str(i + 1), m, r, t, rem] for i, (m, r, t, rem) in enumerate(models)], [10, 34, 34, 16, 80]),
         P("✓ = meets all applicable clauses of IS 16046 (Part 2) : 2018;  ✗ = does not meet one or more clauses", lk.small),
         SP(4),
         P("Clauses tested on each model: 7.2.1, 7.3.1, 7.3.3, 7.3.4, 7.3.5, 7.3.7, 7.3.9; marking (9).", lk.body),
         SP(8),
         P("Tested by: P. Anbarasan        Authorised Signatory: Kavitha Subramaniam, Technical Manager", lk.body)]
    pdf(path, s, lk, running(header_left=LAB_CM, header_right=rid, footer_right="Page {page} of {total}"))


def s13_mg_gb31241_all_fail(C: Corpus) -> None:
    """Chinese-English sheet to GB 31241-2022 over two power banks, models as columns: both 不合格 (all fail)."""
    date = D(2026, 7, 8)
    rid = "NFET-GB-2607-0088"
    models = ["MG-PB10K", "MG-PB20K"]
    facts = [st("GB 31241-2022", m, report_id=rid, lab=LAB_NF, date=date, verdict="fail") for m in models]
    path = C.add(MG, "reports/NFET-GB-2607-0088 GB31241 移动电源.xlsx", "safety_test", "md-xlsx-zh-all-fail", facts,
                 ["several_models", "all_fail", "failed", "models_as_columns", "chinese"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "检测结果"
    ws.append(["检测报告 TEST REPORT — GB 31241-2022《便携式电子产品用锂离子电池和电池组 安全技术规范》"])
    ws.append([])
    ws.append(["报告编号 Report No.", rid])
    ws.append(["签发日期 Date of issue", zh(date)])
    ws.append(["检测机构 Laboratory", "南方电化学检测（广州）有限公司 " + LAB_NF])
    ws.append(["委托单位 Applicant", "东莞明港储能科技有限公司 " + MG.legal_name])
    ws.append(["样品名称 Product", "移动电源 / power bank"])
    ws.append([])
    ws.append(["条款 Clause", "检测项目 Test item"] + models)
    ws.append(["", "额定 Rating", "3.7 V 10000 mAh 37 Wh", "3.7 V 20000 mAh 74 Wh"])
    items = [("5", "标识要求 Marking"), ("6.1", "常温外部短路 External short circuit"),
             ("6.2", "高温外部短路 External short circuit at 55 °C"), ("6.3", "过充电 Overcharge"),
             ("6.4", "强制放电 Forced discharge"), ("7.1", "低气压 Low pressure"), ("7.2", "温度循环 Temperature cycling"),
             ("7.3", "振动 Vibration"), ("7.4", "加速度冲击 Shock"), ("7.5", "跌落 Drop"), ("7.6", "挤压 Crush"),
             ("8.1", "过压充电保护 Overvoltage charge protection"), ("8.2", "过流充电保护 Overcurrent charge protection"),
             ("10", "系统安全 System safety")]
    for c, t in items:
        bad = c in ("8.1", "6.3")
        ws.append([c, t] + (["不合格 Fail"] * 2 if bad else ["合格 Pass"] * 2))
    ws.append(["", "结论 Conclusion", "不合格", "不合格"])
    ws.append([])
    ws.append(["备注 Remark: 两个型号使用同一保护板 (PCM MG-PCM-1S-V2)；过压充电保护未动作，电芯电压达 4.61 V。"
               " Both models use the same PCM; overvoltage protection did not act, cell voltage reached 4.61 V."])
    ws.append(["批准 Approved", "梁伟强 Liang Weiqiang"])
    for col, w in zip("ABCD", [14, 44, 26, 26], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def s14_ds_62660_control(C: Corpus) -> None:
    """IEC 62660-3 report over two EV cells with a verdict column: both pass (a control)."""
    date = D(2026, 4, 2)
    rid = "DABTC-EV-26-0077"
    models = [("DS-E60", "3.68 V, 60 Ah, 220.8 Wh", "Pass"), ("DS-E78", "3.68 V, 78 Ah, 287.0 Wh", "Pass")]
    facts = [st("IEC 62660-3:2022", m, report_id=rid, lab=LAB_DJ, date=date, verdict="pass", level="cell")
             for m, _, _ in models]
    path = C.add(DS, "reports/DABTC-EV-26-0077 IEC 62660-3 DS-E60 DS-E78.pdf", "safety_test", "md-verdict-column-control",
                 facts, ["several_models", "all_pass"])
    lk = Look("Arial", 9.2)
    s = [P(LAB_DJ, lk.h2), P(LAB_ADDR[LAB_DJ], lk.small), SP(4),
         P("Test Report – IEC 62660-3:2022", lk.h1l),
         P("Secondary lithium-ion cells for the propulsion of electric road vehicles – Part 3: Safety requirements",
           lk.body), SP(2),
         KV(lk, [("Report No.", rid), ("Date of issue", f"{date.year}.{date.month:02d}.{date.day:02d}"),
                 ("Applicant", DS.legal_name), ("Cells", "Prismatic NCM cells, aluminium can")], widths=(40, 134)),
         SP(4),
         TBL(lk, [["Test (clause)", "DS-E60", "DS-E78"],
                  ["6.2.1 Vibration", "no fire, no rupture", "no fire, no rupture"],
                  ["6.2.2 Mechanical shock", "no fire, no rupture", "no fire, no rupture"],
                  ["6.3.1 Crush", "no fire, no explosion", "no fire, no explosion"],
                  ["6.4.1 High temperature endurance", "no fire, no explosion", "no fire, no explosion"],
                  ["6.4.2 Temperature cycling", "no fire, no rupture", "no fire, no rupture"],
                  ["6.5.1 External short circuit", "no fire, no explosion", "no fire, no explosion"],
                  ["6.5.2 Overcharge", "no fire, no explosion", "no fire, no explosion"],
                  ["6.5.3 Forced discharge", "no fire, no explosion", "no fire, no explosion"],
                  ["6.6 Internal short circuit", "no fire, no explosion", "no fire, no explosion"]], [64, 55, 55]),
         SP(4), P("Verdict per model", lk.h3),
         TBL(lk, [["Model", "Rating", "Verdict"]] + [list(m) for m in models], [40, 90, 44]), SP(8),
         P("Tested by: Han Seo-jun        Technical Manager: Park Ji-hoon", lk.body)]
    pdf(path, s, lk, running(header_right=rid, footer_right="Page {page} of {total}"))


SAFETY_DOCS = [s01_qd_62133_partially, s02_qd_gbt36276_zh, s03_mg_62619_matrix, s04_ds_ul1642_sections,
               s05_hk_62133_prose, s06_ws_r100_trap, s07_ws_63056_bullets_control, s08_gr_62619_c_nc,
               s09_tj_ul2054_overall_fail, s10_pr_ul1973_xlsx, s11_pr_ul2271_email_all_fail, s12_nv_is16046_ticks,
               s13_mg_gb31241_all_fail, s14_ds_62660_control]


# ---------------------------------------------------------------------------------------------------------------
# UN 38.3 test summaries over a family of models
# ---------------------------------------------------------------------------------------------------------------

def u01_qd_zh_rows_t6(C: Corpus) -> None:
    """Chinese-English DOCX: one row a cell model with P / F / N/A per test and its own 结论; one cell failed T.6."""
    date = D(2026, 2, 10)
    rid = "QSBI-UN-2602-0019"
    cells = [("QD-18650-26E", "3.6 V 2600 mAh", 45.5, 9.36, CELL_OK),
             ("QD-18650-32E", "3.6 V 3200 mAh", 47.0, 11.52, CELL_OK),
             ("QD-21700-48E", "3.6 V 4800 mAh", 68.0, 17.28, CELL_OK),
             ("QD-21700-50E", "3.6 V 5000 mAh", 69.5, 18.0, "pppppfnp")]
    facts = [tt(m, manufacturer=QD.legal_name, lab=LAB_QS, report_id=rid, date=date, chemistry="lithium-ion", wh=wh,
                mass_g=g, results=R(res), signed_by="Shen Yiming") for m, _, g, wh, res in cells]
    path = C.add(QD, "UN38.3/QSBI-UN-2602-0019 圆柱电芯 UN38.3 测试概要.docx", "transport_test", "md-zh-model-rows",
                 facts, ["several_models", "mixed_verdicts", "failed", "chinese_date"])
    d = new_docx("SimSun", 9.5)
    docx_header_footer(d, "钱塘电池安全检验研究院有限公司  " + LAB_QS, f"报告编号 Report No.: {rid}")
    docx_par(d, "锂电池 UN38.3 测试概要 / UN38.3 Test Summary", bold=True, size=15, align="center")
    docx_table(d, [
        ["制造商 Manufacturer", "杭州千岛锂电有限公司 " + QD.legal_name + "\n" + ADDR[QD.name]],
        ["检测机构 Test laboratory", "钱塘电池安全检验研究院有限公司 " + LAB_QS + "\n" + LAB_ADDR[LAB_QS]],
        ["报告编号 Test report No.", rid],
        ["报告日期 Date of test report", zh(date)],
        ["类型 Type", "锂离子电芯（可充电），圆柱形 / Lithium ion cells, rechargeable, cylindrical, NMC/graphite"],
        ["组装电池 Assembled battery (38.3.3 f/g)", "不适用 Not applicable"],
        ["手册版本 Manual edition", "ST/SG/AC.10/11/Rev.8"],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    sym = {"p": "P", "f": "F", "n": "N/A"}
    docx_table(d, [["型号 Model", "额定 Rating", "质量 Mass", "瓦时 Wh"] + [f"T.{i + 1}" for i in range(8)] + ["结论 Result"]] +
               [[m, r, f"{g} g", f"{wh:g} Wh"] + [sym[c] for c in res] + ["不通过 Fail" if "f" in res else "通过 Pass"]
                for m, r, g, wh, res in cells])
    docx_par(d, "P = 通过 Pass；F = 不通过 Fail；N/A = 不适用 Not applicable（T.7 仅适用于可充电电池 / battery only）", size=8)
    docx_par(d, "测试项目 Tests: " + "；".join(f"T.{i + 1} {T_ZH[i]} {T_EN[i]}" for i in range(8)), size=8)
    docx_par(d, "")
    docx_par(d, "备注 Remark：QD-21700-50E T.6 撞击试验中 3# 样品起火 / T.6 impact: sample No. 3 caught fire. "
                "其余型号全部测试项目通过 / all tests passed for the other models.")
    docx_par(d, "")
    docx_par(d, "授权签字人 Authorized signatory：沈一鸣 Shen Yiming（签字 / signed）")
    save_docx(d, path)


def u02_mg_columns_t4(C: Corpus) -> None:
    """PDF summary with one column per rack battery and an 'Overall' row; the heaviest model failed T.4."""
    date = D(2026, 1, 15)
    rid = "NFET-UN-2601-0104"
    models = [("MG-R48-100", "51.2 V / 100 Ah", 5120, 46500, BATT_OK),
              ("MG-R48-200", "51.2 V / 200 Ah", 10240, 88000, BATT_OK),
              ("MG-R51-280", "51.2 V / 280 Ah", 14336, 112000, "pppfpnpn")]
    facts = [tt(m, manufacturer=MG.legal_name, lab=LAB_NF, report_id=rid, date=date, chemistry="lithium-ion", wh=wh,
                mass_g=g, results=R(res), signed_by="Liang Weiqiang") for m, _, wh, g, res in models]
    path = C.add(MG, "UN38.3/NFET-UN-2601-0104 rack battery family.pdf", "transport_test", "md-models-columns-overall",
                 facts, ["several_models", "mixed_verdicts", "failed", "models_as_columns"])
    lk = Look("Arial", 8.9)
    word = {"p": "Pass", "f": "Fail", "n": "N/A"}
    s = [P(LAB_NF, lk.centerb), P(LAB_ADDR[LAB_NF], lk.center), SP(4),
         P("UN38.3 TEST SUMMARY", lk.big),
         TBL(lk, [["Manufacturer", MG.legal_name + "\n" + ADDR[MG.name]],
                  ["Test laboratory", LAB_NF],
                  ["Test report No.", rid], ["Date of test report", dmy(date)],
                  ["Type", "Lithium ion batteries (LiFePO4), rechargeable, 19-inch rack type with BMS"],
                  ["Assembled battery", "38.3.3 (f) and (g): not applicable"],
                  ["Test method", "UN Manual of Tests and Criteria, Rev. 8, Part III, sub-section 38.3"]],
             [45, 129], head=0, bold_first_col=True), SP(4),
         P("Table 1 – Batteries covered", lk.h3),
         TBL(lk, [["", *[m for m, *_ in models]],
                  ["Rating", *[r for _, r, *_ in models]],
                  ["Watt-hour rating", *[f"{wh:,} Wh" for _, _, wh, _, _ in models]],
                  ["Mass", *[f"{g / 1000:.1f} kg" for *_, g, _ in models]],
                  ["Description", "16S1P, steel chassis 3U", "16S2P, steel chassis 5U", "16S1P (280 Ah cells), 6U"]],
             [38, 45, 45, 46]), SP(4),
         P("Table 2 – Tests and results", lk.h3),
         TBL(lk, [["Test", *[m for m, *_ in models]]] +
             [[f"T.{i + 1} {T_EN[i]}"] + [word[res[i]] for *_, res in models] for i in range(8)] +
             [["Overall", *[pass_fail(res).upper() for *_, res in models]]], [56, 39, 39, 40]), SP(2),
         P("T.6 and T.8 are cell tests, performed on the component cells (separate summary). MG-R51-280, T.4 (shock, "
           "large battery, 50 gn / 11 ms): a cell support bracket fractured in sample 2 and two cells were displaced "
           "(disassembly) – criteria not met.", lk.small), SP(8),
         TBL(lk, [["Tested by", "Reviewed by", "Approved by"],
                  ["Ou Zhenhua", "Tan Meiling", "Liang Weiqiang (Technical Manager)"]], [58, 58, 58], grid=False)]
    pdf(path, s, lk, running(footer_left=f"Report No.: {rid}", footer_right="Page {page} of {total}"))


def u03_ds_ko_xlsx_columns_t6(C: Corpus) -> None:
    """Korean-English sheet with one column per pouch cell and a '종합 판정 / Overall' row; one cell 부적합 at T.6."""
    date = D(2026, 1, 28)
    rid = "DABTC-UN-2601-0033"
    cells = [("DS-P55", 55, 201.9, 1120, CELL_OK), ("DS-P63", 63, 231.2, 1270, CELL_OK),
             ("DS-P72", 72, 264.2, 1440, "pppppfnp")]
    facts = [tt(m, manufacturer=DS.legal_name, lab=LAB_DJ, report_id=rid, date=date, chemistry="lithium-ion", wh=wh,
                mass_g=g, results=R(res), signed_by="Park Ji-hoon") for m, _, wh, g, res in cells]
    path = C.add(DS, "UN38.3/DABTC-UN-2601-0033 파우치 셀 UN38.3 요약.xlsx", "transport_test", "md-ko-xlsx-columns",
                 facts, ["several_models", "mixed_verdicts", "failed", "models_as_columns", "korean"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "UN38.3 요약"
    word = {"p": "적합", "f": "부적합", "n": "N/A"}
    ws.append(["UN 38.3 시험 요약서 / Test Summary (38.3.5) — 파우치 셀 / pouch cells"])
    ws.append(["제조자 / Manufacturer", "대산에너지 주식회사 " + DS.legal_name + " · " + ADDR[DS.name]])
    ws.append(["시험기관 / Test laboratory", "대전첨단전지시험센터 " + LAB_DJ + " · " + LAB_ADDR[LAB_DJ]])
    ws.append(["성적서 번호 / Report No.", rid])
    ws.append(["발행일 / Date of issue", ko_long(date)])
    ws.append(["종류 / Type", "리튬이온 단전지 (충전식) / lithium ion cell, rechargeable, NCM811 pouch"])
    ws.append(["조립 전지 / 38.3.3 (f)(g)", "해당 없음 / not applicable"])
    ws.append(["매뉴얼 / UN Manual", "Rev. 8"])
    ws.append([])
    ws.append(["항목 / Item"] + [m for m, *_ in cells])
    ws.append(["정격 / Rating"] + [f"3.67 V, {ah} Ah" for _, ah, *_ in cells])
    ws.append(["정격 전력량 / Watt-hour rating (Wh)"] + [wh for _, _, wh, _, _ in cells])
    ws.append(["질량 / Mass (g)"] + [g for *_, g, _ in cells])
    ws.append(["외형 / Physical description"] + ["pouch, Al laminate, 325 × 100 mm"] * 3)
    for i in range(8):
        ws.append([f"T.{i + 1} {T_KO[i]} / {T_EN[i]}"] + [word[res[i]] for *_, res in cells])
    ws.append(["종합 판정 / Overall"] + ["부적합" if "f" in res else "적합" for *_, res in cells])
    ws.append([])
    ws.append(["DS-P72 T.6 (압착 / crush): 시료 4 발화 / sample 4 caught fire."])
    ws.append(["적합 = Pass, 부적합 = Fail, N/A = 해당 없음 (T.7: 단전지 제외)"])
    ws.append(["서명 / Signature", "박지훈 Park Ji-hoon", "기술책임자 / Technical Manager"])
    for col, w in zip("ABCD", [40, 30, 30, 30], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def u04_hk_ja_maru_t5(C: Corpus) -> None:
    """Japanese DOCX with ○ / × / － marks per model row and a Reiwa date; one cell × at T.5."""
    date = D(2026, 2, 20)
    rid = "HBEL-UN-26-0021"
    cells = [("HK-18650-25M", "3.6 V 2500 mAh", 45.0, 9.0, CELL_OK),
             ("HK-18650-30M", "3.6 V 3000 mAh", 46.5, 10.8, CELL_OK),
             ("HK-18650-35M", "3.6 V 3500 mAh", 48.5, 12.6, "ppppfpnp")]
    facts = [tt(m, manufacturer=HK.legal_name, lab=LAB_HO, report_id=rid, date=date, chemistry="lithium-ion", wh=wh,
                mass_g=g, results=R(res), signed_by="Takeshi Morita") for m, _, g, wh, res in cells]
    path = C.add(HK, "試験/UN38.3試験概要書_HK-18650シリーズ.docx", "transport_test", "md-ja-maru-batsu", facts,
                 ["several_models", "mixed_verdicts", "failed", "symbols", "era_date"])
    d = new_docx("MS Mincho", 10)
    docx_header_footer(d, "北陸電池評価研究所株式会社", f"No. {rid}")
    docx_par(d, "UN38.3 試験概要書", bold=True, size=16, align="center")
    docx_par(d, f"発行日：{reiwa(date)}", align="right")
    docx_table(d, [
        ["1. 製造者", "白山電池工業株式会社（" + HK.legal_name + "）\n" + ADDR[HK.name]],
        ["2. 試験機関", "北陸電池評価研究所株式会社（" + LAB_HO + "）\n" + LAB_ADDR[LAB_HO]],
        ["3. 試験報告書番号", rid],
        ["4. 種類", "リチウムイオン単電池（充電式）、円筒形 18650"],
        ["5. 組電池の要件（38.3.3 (f)(g)）", "該当せず"],
        ["6. 試験基準", "国連「試験方法及び判定基準のマニュアル」第8改訂版 第III部 38.3"],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    mark = {"p": "○", "f": "×", "n": "－"}
    docx_table(d, [["品番", "定格", "質量", "定格ワット時"] + [f"T.{i + 1}" for i in range(8)] + ["判定"]] +
               [[m, r, f"{g} g", f"{wh} Wh"] + [mark[c] for c in res] + ["不合格" if "f" in res else "合格"]
                for m, r, g, wh, res in cells])
    docx_par(d, "試験項目：" + "、".join(f"T.{i + 1} {T_JA[i]}" for i in range(8)), size=9)
    docx_par(d, "判定記号：○ 合格　× 不合格　－ 対象外（T.7 過充電は単電池に適用されない）", size=9)
    docx_par(d, "備考：HK-18650-35M の T.5 外部短絡試験において、試料 No.7 の外装温度が 172 °C に達した（基準 170 °C 以下）。")
    docx_par(d, "")
    docx_par(d, "責任者：試験部長　森田 健（Takeshi Morita）　印")
    save_docx(d, path)


def u05_ws_de_sections_t7(C: Corpus) -> None:
    """German PDF summary with one section per battery, each closing with its own 'Ergebnis'; one failed T.7."""
    date = D(2026, 3, 12)
    rid = "NPB-UN-26-0274"
    models = [("WS-48V-20", "13S2P", "48,1 V; 20 Ah", 962, 12400, BATT_OK),
              ("WS-48V-40", "13S4P", "48,1 V; 40 Ah", 1924, 21800, "pppppnfn")]
    facts = [tt(m, manufacturer=WS.legal_name, lab=LAB_NP, report_id=rid, date=date, chemistry="lithium-ion", wh=wh,
                mass_g=g, results=R(res), signed_by="Frauke Meinders") for m, _, _, wh, g, res in models]
    path = C.add(WS, "Prüfberichte/NPB-UN-26-0274 Zusammenfassung UN 38.3 WS-48V.pdf", "transport_test",
                 "md-de-sections", facts, ["several_models", "mixed_verdicts", "failed", "per_model_sections"])
    lk = Look("Sans", 9)
    word = {"p": "bestanden", "f": "nicht bestanden", "n": "entfällt (Zellprüfung)"}
    s = [M(f"<b>{esc(LAB_NP)}</b><br/>{esc(LAB_ADDR[LAB_NP])}", lk.small), SP(5),
         P("Prüfzusammenfassung nach UN 38.3 (Abschnitt 38.3.5)", lk.h1l),
         KV(lk, [("Hersteller", WS.legal_name + ", " + ADDR[WS.name]),
                 ("Prüflaboratorium", LAB_NP + ", Bremen"),
                 ("Berichtsnummer", rid), ("Berichtsdatum", de(date)),
                 ("Art", "Lithium-Ionen-Batterien (NMC, Zellen 21700) für Flurförderzeuge"),
                 ("Zusammengesetzte Batterien (38.3.3 f/g)", "nicht zutreffend"),
                 ("Prüfgrundlage", "UN-Handbuch über Prüfungen und Kriterien, Rev. 8, Abschnitt 38.3")],
            widths=(56, 118)), SP(3)]
    for n, (m, conf, rating, wh, g, res) in enumerate(models, 1):
        s += [P(f"{n}. Batterie {m}", lk.h2),
              P(f"{conf}, {rating}, Nennenergie {wh} Wh, Masse {g / 1000:.1f} kg (Teil {m}), Aluminiumgehäuse mit "
                "BMS".replace(".", ","), lk.body),
              TBL(lk, [["Prüfung", "Ergebnis"]] + [[f"T.{i + 1} {T_DE[i]}", word[res[i]]] for i in range(8)],
                  [90, 84])]
        if "f" in res:
            s += [P("T.7: Probe 3 – Versagen des Lade-MOSFET im BMS, Zellöffnung mit Flammenbildung nach 52 min.",
                    lk.small),
                  P(f"Ergebnis für {m}: nicht bestanden (T.7)", lk.h3)]
        else:
            s += [P(f"Ergebnis für {m}: alle anwendbaren Prüfungen bestanden", lk.h3)]
        s.append(SP(3))
    s += [SP(6), P("Bremen, " + de(date) + "   i. A. Dr. Frauke Meinders, Leiterin der Prüfstelle (gez.)", lk.body)]
    pdf(path, s, lk, running(footer_left=f"Bericht {rid}", footer_right="Seite {page} von {total}"))


def u06_gr_md_all_pass(C: Corpus) -> None:
    """French Markdown summary over three modules, one row a model, 'C' everywhere (a control: all pass)."""
    date = D(2026, 3, 3)
    rid = "LAEB-UN-26-0041"
    models = [("GR-M16-100", 5120, 44000), ("GR-M16-150", 7680, 62000), ("GR-M16-200", 10240, 81000)]
    facts = [tt(m, manufacturer=GR.legal_name, lab=LAB_AQ, report_id=rid, date=date, chemistry="lithium-ion", wh=wh,
                mass_g=g, results=R(BATT_OK), signed_by="Camille Etcheverry") for m, wh, g in models]
    path = C.add(GR, "essais/Synthèse UN 38.3 modules GR-M16.md", "transport_test", "md-fr-rows-all-pass", facts,
                 ["several_models", "all_pass"])
    code = {"p": "C", "n": "SO"}
    rows = "\n".join(f"| {m} | {wh:,} Wh".replace(",", " ") + f" | {g / 1000:.0f} kg | " +
                     " | ".join(code[c] for c in BATT_OK) + " | Conforme |" for m, wh, g in models)
    text_file(path, f"""# Synthèse des essais UN 38.3 (§ 38.3.5)

**{LAB_AQ}** — {LAB_ADDR[LAB_AQ]}

| Élément | Information |
|---|---|
| Fabricant | {GR.legal_name} — {ADDR[GR.name]} |
| Laboratoire d'essais | {LAB_AQ} (LAEB), Pessac |
| N° de rapport | {rid} |
| Date du rapport | {fr_long(date)} |
| Nature | Batteries lithium-ion (LiFePO₄), modules 16S, rechargeables |
| Batteries assemblées (38.3.3 f, g) | sans objet |
| Manuel d'épreuves et de critères | Rév. 8 |

## Résultats par référence

| Référence | Énergie | Masse | T.1 | T.2 | T.3 | T.4 | T.5 | T.6 | T.7 | T.8 | Résultat |
|---|---|---|---|---|---|---|---|---|---|---|---|
{rows}

C = conforme ; SO = sans objet (T.6 et T.8 : essais cellule, cellules couvertes par leur propre synthèse).
Intitulés : {"; ".join(f"T.{i + 1} {T_FR[i]}" for i in range(8))}.

Pessac, le {fr_long(date)} — Camille Etcheverry, Responsable technique (signé)
""")


def u07_tj_es_prose_t7(C: Corpus) -> None:
    """Spanish PDF whose per-model results are told in prose: two models passed, 'el modelo TJ-4S2P-7 no superó la
    prueba T.7'."""
    date = D(2026, 4, 28)
    rid = "IIEB-UN-26-0158"
    models = [("TJ-2S1P-7", "7,4 V; 7,0 Ah", 51.8, 320, BATT_OK), ("TJ-3S1P-7", "11,1 V; 7,0 Ah", 77.7, 460, BATT_OK),
              ("TJ-4S2P-7", "14,8 V; 14,0 Ah", 207.2, 1180, "pppppnfn")]
    facts = [tt(m, manufacturer=TJ.legal_name, lab=LAB_IB, report_id=rid, date=date, chemistry="lithium-ion", wh=wh,
                mass_g=g, results=R(res), signed_by="Lucía Barrionuevo Gil") for m, _, wh, g, res in models]
    path = C.add(TJ, "ensayos/Resumen UN 38.3 familia TJ-7.pdf", "transport_test", "md-es-prose", facts,
                 ["several_models", "mixed_verdicts", "failed", "prose"])
    lk = Look("Serif", 10)
    s = [P(LAB_IB, lk.h2), P(LAB_ADDR[LAB_IB], lk.small), SP(4),
         P("RESUMEN DE PRUEBAS UN 38.3", lk.h1),
         P("según el apartado 38.3.5 del Manual de Pruebas y Criterios de las Naciones Unidas (Rev. 8)", lk.center), SP(3),
         KV(lk, [("Fabricante", TJ.legal_name + "\n" + ADDR[TJ.name]),
                 ("Laboratorio", LAB_IB), ("Número de informe", rid), ("Fecha del informe", es_long(date)),
                 ("Tipo", "Baterías de iones de litio recargables, celdas 18650 (NMC) con circuito de protección"),
                 ("Baterías ensambladas (38.3.3 f/g)", "No aplica")], widths=(52, 122)), SP(3),
         P("Modelos", lk.h3),
         TBL(lk, [["Modelo", "Tensión; capacidad", "Energía", "Masa"]] +
             [[m, r, f"{wh} Wh".replace(".", ","), f"{g} g"] for m, r, wh, g, _ in models], [40, 50, 40, 44]), SP(3),
         P("Resultados", lk.h3),
         P("Las pruebas T.1 (simulación de altitud), T.2 (ensayo térmico), T.3 (vibración), T.4 (choque), "
           "T.5 (cortocircuito externo) y T.7 (sobrecarga) se realizaron en los tres modelos. Las pruebas T.6 y T.8 "
           "no aplican a las baterías: se realizaron sobre las celdas componentes.", lk.body),
         P("Los modelos TJ-2S1P-7 y TJ-3S1P-7 superaron todas las pruebas aplicables. El modelo TJ-4S2P-7 superó las "
           "pruebas T.1 a T.5, pero no superó la prueba T.7 (sobrecarga): la muestra n.º 3 presentó venteo con "
           "llama a los 47 minutos por fallo del circuito de protección en configuración 2P.", lk.body), SP(8),
         P("Firma: L. Barrionuevo", lk.body),
         P("Dra. Lucía Barrionuevo Gil — Directora Técnica", lk.body)]
    pdf(path, s, lk, running(footer_left=f"Informe {rid}", footer_right="Página {page} de {total}"))


def u08_pr_email_bullets_t2(C: Corpus) -> None:
    """A plain-text e-mail carrying two summaries as bullets; one module failed T.2."""
    date = D(2026, 6, 17)
    rid = "GPBSL-UN-260617"
    models = [("PRV-M48-105", "51.2 V, 105 Ah", 5376, 49000, BATT_OK),
              ("PRV-M48-210", "51.2 V, 210 Ah", 10752, 95000, "pfppp" + "npn")]
    facts = [tt(m, manufacturer=PR.legal_name, lab=LAB_GP, report_id=rid, date=date, chemistry="lithium-ion", wh=wh,
                mass_g=g, results=R(res), signed_by="Dana R. Whitfield") for m, _, wh, g, res in models]
    path = C.add(PR, "correspondence/RE UN38.3 test summaries PRV-M48 family.txt", "transport_test", "md-email-bullets",
                 facts, ["several_models", "mixed_verdicts", "failed", "email", "bullets"])
    word = {"p": "Pass", "f": "FAIL", "n": "N/A (cell level)"}

    def bullets(res: str) -> str:
        return "\n".join(f"    - T.{i + 1} {T_EN[i]}: {word[c]}" for i, c in enumerate(res))

    text_file(path, f"""From: Kyle Brandvold <k.brandvold@prairievolt.com>
To: sqe@customer.example
Subject: RE: UN38.3 test summaries PRV-M48 family
Date: Thu, 18 Jun 2026 14:37 -0500

Hi,

below are the UN 38.3 test summaries (38.3.5) for the two PRV-M48 modules from one report. The PRV-M48-105
is released for shipment; the PRV-M48-210 is NOT - it failed T.2 and will be re-tested after the vent seal change.

* Manufacturer: {PR.legal_name}, {ADDR[PR.name]}
* Test laboratory: {LAB_GP}, {LAB_ADDR[LAB_GP]}
* Test report ID: {rid}
* Date of test report: {date.month}/{date.day}/{date.year}
* Type: lithium ion batteries (LiFePO4), 16S, rechargeable; 38.3.3(f)/(g) not applicable
* UN Manual: Rev. 8

* {models[0][0]} ({models[0][1]}, {models[0][2]:,} Wh, {models[0][3] / 1000:.0f} kg)
{bullets(models[0][4])}
    - Overall: PASS

* {models[1][0]} ({models[1][1]}, {models[1][2]:,} Wh, {models[1][3] / 1000:.0f} kg)
{bullets(models[1][4])}
      (sample 3 lost 0.4 % of its mass - electrolyte seepage at the vent seal)
    - Overall: FAIL

Signed for the lab: Dana R. Whitfield, Project Engineer

Kyle Brandvold
Compliance Manager
""")


def u09_nv_ticks_t8(C: Corpus) -> None:
    """Indian PDF over five cells: a row a model, ✓ / ✗ / — per test and an 'Overall' column; one cell failed T.8."""
    date = D(2026, 2, 19)
    rid = "CBTL/UN/26/0142"
    cells = [("NVC-18650-22", "3.6 V / 2200 mAh", 7.92, 44.0, CELL_OK),
             ("NVC-18650-26", "3.6 V / 2600 mAh", 9.36, 46.0, CELL_OK),
             ("NVC-21700-40", "3.6 V / 4000 mAh", 14.4, 66.0, CELL_OK),
             ("NVC-26650-35", "3.2 V / 3500 mAh", 11.2, 88.0, "ppppppnf"),
             ("NVC-32700-60", "3.2 V / 6000 mAh", 19.2, 142.0, CELL_OK)]
    facts = [tt(m, manufacturer=NV.legal_name, lab=LAB_CM, report_id=rid, date=date, chemistry="lithium-ion", wh=wh,
                mass_g=g, results=R(res), signed_by="Kavitha Subramaniam") for m, _, wh, g, res in cells]
    path = C.add(NV, "testing/CBTL-UN-26-0142 UN38.3 summary five cells.pdf", "transport_test", "md-ticks-rows",
                 facts, ["several_models", "mixed_verdicts", "failed", "symbols"])
    lk = Look("Sans", 8.4, margins=(14, 14, 22, 20))
    mark = {"p": "✓", "f": "✗", "n": "—"}
    s = [P("UN 38.3 TEST SUMMARY", lk.h1), P("[As per para 38.3.5 of UN Manual of Tests and Criteria, Rev. 8]", lk.center),
         SP(3),
         KV(lk, [("Name of Manufacturer", NV.legal_name + ", " + ADDR[NV.name]),
                 ("Name of Test Laboratory", LAB_CM + ", " + LAB_ADDR[LAB_CM]),
                 ("Test Report No.", rid), ("Date of Test Report", dmy(date, "-")),
                 ("Type", "Lithium-ion rechargeable cells, cylindrical (NMC: 18650, 21700; LFP: 26650, 32700)"),
                 ("Assembled battery 38.3.3(f)/(g)", "Not Applicable")], widths=(48, 134)), SP(4),
         TBL(lk, [["Cell Model No.", "Rating", "Wh", "Mass"] + [f"T.{i + 1}" for i in range(8)] + ["Overall"]] +
             [[m, r, f"{wh}", f"{g:.0f} g"] + [mark[c] for c in res] + [pass_fail(res).upper()]
              for m, r, wh, g, res in cells],
             [30.0, 30, 12, 14] + [9.0] * 8 + [24.0]),
         P("✓ = Complied; ✗ = Not complied; — = Not applicable (T.7 applies to batteries only)", lk.small), SP(2),
         P("Observation: NVC-26650-35, T.8 forced discharge – sample no. 9 vented with flame after 38 min. All other "
           "samples of all models met the criteria.", lk.body), SP(8),
         P(f"For {LAB_CM}", lk.body), SP(4),
         P("(Authorised Signatory) Kavitha Subramaniam, Technical Manager", lk.body)]
    pdf(path, s, lk, running(header_left=LAB_CM, header_right="Format CBTL/F/38-02", footer_right="Page {page} of {total}"))


def u10_pa_docx_columns_t3(C: Corpus) -> None:
    """Finnish-English DOCX with one column per module and a 'Kokonaistulos / Overall' row; one module failed T.3."""
    date = D(2026, 4, 9)
    rid = "OAL-UN-26-0037"
    models = [("PA-M24-50", "25,6 V / 50 Ah", 1280, 12500, BATT_OK),
              ("PA-M24-100", "25,6 V / 100 Ah", 2560, 23000, "ppfppnpn"),
              ("PA-M48-100", "51,2 V / 100 Ah", 5120, 45500, BATT_OK)]
    facts = [tt(m, manufacturer=PA.legal_name, lab=LAB_OA, report_id=rid, date=date, chemistry="lithium-ion", wh=wh,
                mass_g=g, results=R(res), signed_by="Aino Heikkilä") for m, _, wh, g, res in models]
    path = C.add(PA, "testaus/OAL-UN-26-0037 UN38.3 summary PA modules.docx", "transport_test", "md-fi-columns",
                 facts, ["several_models", "mixed_verdicts", "failed", "models_as_columns"])
    d = new_docx("Arial", 10)
    docx_header_footer(d, LAB_OA, f"Raportti / Report {rid}")
    docx_par(d, "UN 38.3 -testiyhteenveto / UN 38.3 Test Summary", bold=True, size=15)
    docx_table(d, [
        ["Valmistaja / Manufacturer", PA.legal_name + ", " + ADDR[PA.name]],
        ["Testauslaboratorio / Test laboratory", LAB_OA + ", " + LAB_ADDR[LAB_OA]],
        ["Raportin numero / Report no.", rid],
        ["Päivämäärä / Date", fi(date)],
        ["Tyyppi / Type", "Litiumioniakku (LiFePO4), ladattava / lithium ion battery, rechargeable"],
        ["Kootut akut / Assembled batteries 38.3.3 (f)(g)", "ei sovellu / not applicable"],
        ["Käsikirja / UN Manual", "Rev. 8"],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    word = {"p": "PASS", "f": "FAIL", "n": "N/A"}
    docx_table(d, [["Malli / Model", *[m for m, *_ in models]],
                   ["Nimellisarvot / Rating", *[r for _, r, *_ in models]],
                   ["Energia / Watt-hour rating", *[f"{wh} Wh" for _, _, wh, _, _ in models]],
                   ["Massa / Mass", *[f"{g / 1000:.1f} kg".replace(".", ",") for *_, g, _ in models]]] +
               [[f"T.{i + 1} {T_EN[i]}", *[word[res[i]] for *_, res in models]] for i in range(8)] +
               [["Kokonaistulos / Overall", *[pass_fail(res).upper() for *_, res in models]]])
    docx_par(d, "")
    docx_par(d, "Huomautus / Remark: PA-M24-100, T.3 – the open-circuit voltage of sample 2 fell to 87 % of its value "
                "before the test (cell tab weld fracture); criterion ≥ 90 %. N/A: T.6 and T.8 are cell tests.")
    docx_par(d, "")
    docx_par(d, "Allekirjoitus / Signature: A. Heikkilä")
    docx_par(d, "Aino Heikkilä, laboratoriopäällikkö / Laboratory Manager")
    save_docx(d, path)


UN_DOCS = [u01_qd_zh_rows_t6, u02_mg_columns_t4, u03_ds_ko_xlsx_columns_t6, u04_hk_ja_maru_t5, u05_ws_de_sections_t7,
           u06_gr_md_all_pass, u07_tj_es_prose_t7, u08_pr_email_bullets_t2, u09_nv_ticks_t8, u10_pa_docx_columns_t3]


# ---------------------------------------------------------------------------------------------------------------
# Single-model controls
# ---------------------------------------------------------------------------------------------------------------

def c01_pa_62619_single_pass(C: Corpus) -> None:
    """A single-module IEC 62619 report that passed: 'Tulos / Result: HYVÄKSYTTY / PASSED'."""
    date = D(2026, 5, 29)
    rid, model = "OAL-62619-26-014", "PA-M48-100"
    fact = st("IEC 62619:2022", model, report_id=rid, lab=LAB_OA, date=date, verdict="pass", level="module")
    path = C.add(PA, "testaus/OAL-62619-26-014 IEC 62619 PA-M48-100.pdf", "safety_test", "md-single-pass", [fact],
                 ["single_model"])
    lk = Look("Sans", 9.2)
    s = [P(LAB_OA, lk.h2), P(LAB_ADDR[LAB_OA], lk.small), SP(4),
         P("Testausraportti / Test report", lk.h1l),
         KV(lk, [("Raportti / Report", rid), ("Päivämäärä / Date", fi(date)), ("Tilaaja / Client", PA.legal_name),
                 ("Tuote / Product", "Litiumioniakkumoduuli / lithium ion battery module, LiFePO4 16S1P, 51,2 V, 100 Ah"),
                 ("Malli / Model", model), ("Taso / Level", "moduuli / module"),
                 ("Standardi / Standard", "IEC 62619:2022 (SFS-EN IEC 62619:2022)")], widths=(50, 124)), SP(4),
         TBL(lk, [["Kohta / Clause", "Testi / Test", "Tulos / Result"],
                  ["7.2.3", "Pudotus / Drop", "hyväksytty / pass"],
                  ["7.3.3", "Lämpökarkaamisen eteneminen / Propagation", "hyväksytty / pass"],
                  ["8.2.2", "Jännitteen valvonta / Voltage control", "hyväksytty / pass"],
                  ["8.2.3", "Virran valvonta / Current control", "hyväksytty / pass"],
                  ["8.2.4", "Lämpötilan valvonta / Overheating control", "hyväksytty / pass"]], [24, 90, 60]), SP(4),
         P("Tulos / Result: HYVÄKSYTTY / PASSED", lk.h2), SP(6),
         P("Aino Heikkilä, laboratoriopäällikkö / Laboratory Manager", lk.body)]
    pdf(path, s, lk, running(footer_left=rid, footer_right="{page}/{total}"))


def c02_hk_un_single_pass(C: Corpus) -> None:
    """A single-cell UN 38.3 summary that passed, in English."""
    date = D(2026, 5, 11)
    rid, model = "HBEL-UN-26-0058", "HK-21700-40M"
    fact = tt(model, manufacturer=HK.legal_name, lab=LAB_HO, report_id=rid, date=date, chemistry="lithium-ion",
              wh=14.4, mass_g=67.0, results=R(CELL_OK), signed_by="Takeshi Morita")
    path = C.add(HK, "tests/HBEL-UN-26-0058 HK-21700-40M.pdf", "transport_test", "md-single-pass", [fact],
                 ["single_model"])
    lk = Look("Serif", 9.8)
    res = ["Pass"] * 6 + ["Not applicable (cell)", "Pass"]
    s = [P("UN 38.3 Test Summary", lk.h1), SP(2),
         KV(lk, [("Manufacturer", HK.legal_name + ", " + ADDR[HK.name]),
                 ("Test laboratory", LAB_HO + ", " + LAB_ADDR[LAB_HO]),
                 ("Test report number", rid), ("Date of test report", en_long0(date)),
                 ("Cell type", "Lithium ion cell, rechargeable, cylindrical 21700"),
                 ("Model", model), ("Rating", "3.6 V, 4000 mAh, 14.4 Wh"), ("Mass", "67.0 g"),
                 ("Physical description", "21.1 × 70.3 mm, nickel-plated steel can, NCA/graphite"),
                 ("Assembled battery (38.3.3 f, g)", "not applicable"),
                 ("UN Manual", "8th revised edition")], widths=(48, 126)), SP(4),
         TBL(lk, [["Test", "Result"]] + [[f"T.{i + 1} {T_EN[i]}", res[i]] for i in range(8)], [90, 84]), SP(8),
         P("Takeshi Morita, General Manager, Testing Division — (signed)", lk.body)]
    pdf(path, s, lk, running(header_right=rid, footer_right="{page}/{total}"))


def c03_tj_63056_single_fail(C: Corpus) -> None:
    """A single-model IEC 63056 report in Spanish that failed: 'Resultado: NO CUMPLE'."""
    date = D(2026, 7, 14)
    rid, model = "IIEB-IEC-26-0301", "TJ-HOME-10"
    fact = st("IEC 63056:2020", model, report_id=rid, lab=LAB_IB, date=date, verdict="fail")
    path = C.add(TJ, "ensayos/Informe IEC 63056 TJ-HOME-10.docx", "safety_test", "md-single-fail", [fact],
                 ["single_model", "failed"])
    d = new_docx("Calibri", 10.5)
    docx_header_footer(d, LAB_IB, f"Informe n.º {rid}")
    docx_par(d, "INFORME DE ENSAYO", bold=True, size=16, align="center")
    docx_par(d, "UNE-EN IEC 63056:2020 – Requisitos de seguridad para baterías de litio de sistemas de almacenamiento "
                "de energía eléctrica", align="center")
    docx_table(d, [["N.º de informe", rid], ["Fecha", dmy(date)], ["Solicitante", TJ.legal_name],
                   ["Producto", "Batería doméstica de iones de litio (LFP), 51,2 V, 200 Ah, 10,24 kWh"],
                   ["Modelo", model], ["Norma", "IEC 63056:2020"]], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    docx_table(d, [["Apartado", "Ensayo", "Resultado"],
                   ["7.2.1", "Cortocircuito externo", "Cumple"],
                   ["7.2.2", "Impacto", "Cumple"],
                   ["7.2.3", "Caída", "Cumple"],
                   ["7.3.3", "Propagación", "No cumple – llama fuera de la envolvente a los 33 min"],
                   ["8.2", "Control de tensión, corriente y temperatura (BMS)", "Cumple"]])
    docx_par(d, "")
    docx_par(d, "Resultado: NO CUMPLE", bold=True)
    docx_par(d, "Dra. Lucía Barrionuevo Gil — Directora Técnica")
    save_docx(d, path)


def c04_ws_un_single_fail(C: Corpus) -> None:
    """A single-battery German-English UN 38.3 summary that failed T.5: 'n.i.O.'."""
    date = D(2026, 7, 21)
    rid, model = "NPB-UN-26-0519", "WS-12V-LN3"
    fact = tt(model, manufacturer=WS.legal_name, lab=LAB_NP, report_id=rid, date=date, chemistry="lithium-ion",
              wh=896, mass_g=10100, results=R("ppppfnpn"), signed_by="Frauke Meinders")
    path = C.add(WS, "Prüfberichte/NPB-UN-26-0519 WS-12V-LN3.docx", "transport_test", "md-single-fail", [fact],
                 ["single_model", "failed"])
    d = new_docx("Arial", 10)
    docx_header_footer(d, LAB_NP, f"Bericht / Report {rid}")
    docx_par(d, "Prüfzusammenfassung UN 38.3 / UN 38.3 Test Summary", bold=True, size=14)
    docx_table(d, [
        ["Hersteller / Manufacturer", WS.legal_name + ", " + ADDR[WS.name]],
        ["Prüflabor / Test laboratory", LAB_NP + ", " + LAB_ADDR[LAB_NP]],
        ["Bericht-Nr. / Report no.", rid],
        ["Datum / Date", de(date)],
        ["Art / Type", "Lithium-Ionen-Starterbatterie (LiFePO4) 4S / lithium ion starter battery"],
        ["Artikelnummer / Article no.", model],
        ["Masse / Mass", "10,1 kg"],
        ["Energie / Watt-hour rating", "896 Wh (12,8 V, 70 Ah)"],
        ["Beschreibung / Description", "PP-Gehäuse LN3 nach EN 50342-2 / PP case, LN3 size"],
        ["38.3.3 f/g", "n.a."],
        ["Handbuch / Manual", "Rev. 8"],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    res = ["i.O."] * 4 + ["n.i.O. – Gehäusetemperatur 174 °C / case temperature 174 °C", "n.a.", "i.O.", "n.a."]
    docx_table(d, [["Prüfung / Test", "Ergebnis / Result"]] +
               [[f"T.{i + 1} {T_DE[i]} / {T_EN[i]}", res[i]] for i in range(8)])
    docx_par(d, "i.O. = in Ordnung (bestanden / passed); n.i.O. = nicht in Ordnung (nicht bestanden / failed); "
                "n.a. = nicht anwendbar (Zellprüfung) / not applicable (cell test)", size=8)
    docx_par(d, "")
    docx_par(d, "Dr. Frauke Meinders, Leiterin der Prüfstelle / Head of Test Laboratory — gez. F. Meinders")
    save_docx(d, path)


CONTROL_DOCS = [c01_pa_62619_single_pass, c02_hk_un_single_pass, c03_tj_63056_single_fail, c04_ws_un_single_fail]


# ---------------------------------------------------------------------------------------------------------------
# Papers that name several models and a standard but report no test
# ---------------------------------------------------------------------------------------------------------------

def n01_nv_price_list(C: Corpus) -> None:
    path = C.add(NV, "sales/Price list Q3-2026 cylindrical cells.xlsx", "noise", "md-price-list", [])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Price list"
    rows = [["NILGIRI VOLT CELLS PVT. LTD. — PRICE LIST Q3 2026 (ex-works Hosur, INR, excl. GST)"], [],
            ["Model", "Chemistry", "Rating", "Wh", "MOQ (pcs)", "Price / pc (INR)", "Compliance"],
            ["NVC-18650-22", "NMC", "3.6 V 2200 mAh", 7.92, 5000, 118.00, "BIS IS 16046-2 · UN 38.3 tested"],
            ["NVC-18650-26", "NMC", "3.6 V 2600 mAh", 9.36, 5000, 131.50, "BIS IS 16046-2 · UN 38.3 tested"],
            ["NVC-21700-40", "NMC", "3.6 V 4000 mAh", 14.4, 3000, 186.00, "UN 38.3 tested · IEC 62133-2 in progress"],
            ["NVC-26650-35", "LFP", "3.2 V 3500 mAh", 11.2, 3000, 142.00, "on request"],
            ["NVC-32700-60", "LFP", "3.2 V 6000 mAh", 19.2, 2000, 219.00, "BIS IS 16046-2 · UN 38.3 tested"],
            [], ["Prices valid 1 July – 30 September 2026. Payment 30 days. Test summaries and certificates on request."]]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCDEFG", [16, 10, 16, 8, 10, 14, 40], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def n02_qd_pcn(C: Corpus) -> None:
    path = C.add(QD, "notices/PCN-QD-2026-007 separator change.pdf", "noise", "md-pcn", [])
    lk = Look("Arial", 9.4)
    s = [P(QD.legal_name, lk.h2), P(ADDR[QD.name], lk.small), SP(5),
         P("Product Change Notification", lk.h1l),
         KV(lk, [("PCN No.", "PCN-QD-2026-007"), ("Date", "2026-06-02"),
                 ("Affected models", "QD-18650-26E, QD-18650-32E, QD-21700-48E, QD-21700-50E"),
                 ("Change", "Second source for the ceramic-coated separator (12 µm PE + 4 µm Al2O3)"),
                 ("Planned effective date", "2026-10-01 (production lot 2610xx onwards)")], widths=(44, 130)), SP(4),
         P("Reason: supply security. Form, fit and function of the cells are unchanged; electrical ratings and "
           "dimensions remain as per the product specifications.", lk.body),
         P("Qualification plan: re-testing of the affected models to IEC 62133-2:2017 and UN 38.3 (T.1–T.8) is "
           "scheduled with our laboratories in July–September 2026; the new reports and test summaries will be sent "
           "to customers when available. Customers may request samples from the new separator source.", lk.body), SP(8),
         P("Please acknowledge this notice within 30 days. Quality Department — Shen Yiming", lk.body)]
    pdf(path, s, lk, running(footer_right="Page {page} of {total}"))


NOISE_DOCS = [n01_nv_price_list, n02_qd_pcn]


# ---------------------------------------------------------------------------------------------------------------
# Build: build_tests' writer, with this corpus's documents, suppliers and name
# ---------------------------------------------------------------------------------------------------------------

def build(out: Path) -> dict:
    """Write the corpus and its truth; returns the truth (build_tests.build validates every fact and derives each
    supplier's problems)."""
    return bt.build(Path(out), documents=SAFETY_DOCS + UN_DOCS + CONTROL_DOCS + NOISE_DOCS, suppliers=SUPPLIERS,
                    generator=GENERATOR, seed=SEED)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m evals.handwritten.build_models OUT_DIR", file=sys.stderr)
        return 2
    truth = build(Path(args[0]))
    counts = Counter(doc["kind"] for doc in truth["documents"])
    facts = sum(len(doc["facts"]) for doc in truth["documents"])
    print(f"{len(truth['documents'])} documents, {facts} facts ({', '.join(f'{k} {n}' for k, n in sorted(counts.items()))}), "
          f"{len(truth['suppliers'])} suppliers -> {args[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

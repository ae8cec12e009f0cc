"""A seventh hand-written evaluation corpus: supply papers -- KPI exports, minerals declarations, contracts and
supplier profiles -- written the way suppliers' portals, quality departments and purchasing lawyers write them,
with their truth.

    python -m evals.handwritten.build_supply OUT_DIR

Writes OUT_DIR/suppliers/<Supplier>/<subfolder>/<file>, OUT_DIR/truth.json (the format of evals/styles/truth.py)
and OUT_DIR/.govignore, with the writers, the truth helpers and the supplier problem logic of build_tests.py.

Written by a helper that had read neither the product's extractors, its prompts, the styles generator nor the
other commercial corpora; only the fact schemas (ingest/facts/models.py), the truth format and the scorer. All
companies, people, numbers and dates are invented; the buyer is the invented Vantor Mobility AG.

Truth conventions:
- kpi: one fact per document, every month the document states as a month (weeks, quarters, YTD rows are not
  months), each with all three measures; a measure the document does not give is null.
- minerals: template, company, effective date, minerals in scope (lower-case English names), the minerals
  answered "Yes" to the CAHRA question and whether artisanal mining is named. "Unknown", "Partially" or
  "Not applicable" is no Yes.
- contract_clause: one fact per SLA or remedy clause, with the contract number, the effective date and the clause
  label as written. An amendment or side letter yields its NEW values (the contract number it amends, the date
  the amendment takes effect); a restated unchanged value, payment terms, bonuses, confidentiality, termination
  and the like yield nothing. A cap written as an amount of money is penalty_cap null; a fraction ("one tenth")
  is a percent.
- profile: one fact per document; code_of_conduct_signed False where the form says it is not signed.

Deterministic: reportlab invariant=1, Office files re-zipped with fixed timestamps, no randomness. CJK text appears
only in DOCX, XLSX and text files. The two filled RMI templates are copies of /work/shared/real/ (read-only);
without that folder they are skipped with a message.
"""

# ruff: noqa: E501  (document text is kept on the lines it is printed on, some wider than 120 columns)

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

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
    docx_header_footer,
    docx_par,
    docx_table,
    new_docx,
    new_xlsx,
    pdf,
    running,
    save_docx,
    save_xlsx,
    text_file,
)

GENERATOR = "evals.handwritten.supply"
SEED = 7
REAL = Path("/work/shared/real")
BUYER = "Vantor Mobility AG"

BR = Sup("Brenta Accumulatori", "Brenta Accumulatori S.p.A.", "pack_integrator", "Italy", False)
MO = Sup("Mondego Baterias", "Mondego Baterias, Lda.", "pack_integrator", "Portugal", False)
WO = Sup("Warta Ogniwa", "Warta Ogniwa S.A.", "cell_manufacturer", "Poland", True)
SA = Sup("Sázava Akumulátory", "Sázava Akumulátory a.s.", "pack_integrator", "Czechia", False)
LI = Sup("Lingedal Energy Systems", "Lingedal Energy Systems B.V.", "pack_integrator", "Netherlands", False)
KL = Sup("Klarälven Cellfabrik", "Klarälven Cellfabrik AB", "cell_manufacturer", "Sweden", True)
KE = Sup("Kemijoki Akkutekniikka", "Kemijoki Akkutekniikka Oy", "pack_integrator", "Finland", False)
TO = Sup("Tonegawa Battery Works", "Tonegawa Battery Works Co., Ltd.", "cell_manufacturer", "Japan", False)
SW = Sup("Sawtooth Grid Storage", "Sawtooth Grid Storage, Inc.", "pack_integrator", "United States", False)
YH = Sup("Yangzhou Hengrun Lithium", "Yangzhou Hengrun Lithium Battery Co., Ltd.", "cell_manufacturer", "China", False)
SUPPLIERS = [BR, MO, WO, SA, LI, KL, KE, TO, SW, YH]

MON_IT = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
MON_PT = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
MON_PL = ["styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"]
MON_CS = ["leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "září", "říjen", "listopad", "prosinec"]
MON_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
MON_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
MON_FI = ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"]
MON_EN3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def dc(v: float, nd: int = 1) -> str:
    """A decimal comma: 96.4 -> '96,4'."""
    return f"{v:.{nd}f}".replace(".", ",")


def thou(v: int, sep: str = ".") -> str:
    return f"{v:,}".replace(",", sep)


def km(month: str, otd: float | None, ppm: float | None, lt: float | None) -> dict:
    return {"month": month, "on_time_delivery_pct": otd, "defect_ppm": ppm, "lead_time_days": lt}


def kpi(months: list[dict]) -> dict:
    return {"kind": "kpi", "months": months}


def ym(year: int, month: int) -> str:
    return f"{year}-{month:02d}"


def cl(metric: str, no: str, eff: str | None, clause: str, **kw: object) -> dict:
    f: dict[str, object] = {"kind": "contract_clause", "metric": metric, "contract_number": no, "effective": eff,
                            "clause": clause}
    f.update(kw)
    return f


def mf(template: str, company: str, eff: str | None, minerals: list[str], cahra: list[str], artisanal: bool) -> dict:
    return {"kind": "minerals", "template": template, "company": company, "effective": eff, "minerals": minerals,
            "cahra_minerals": cahra, "artisanal_mentioned": artisanal}


# ---------------------------------------------------------------------------------------------------------------
# KPI exports
# ---------------------------------------------------------------------------------------------------------------

def k01_br_portal_xlsx(C: Corpus) -> None:
    """Italian supplier portal export: many extra columns, lines and pieces counts, months as Italian text."""
    data = [(1, 412, 391, 48210, 9, 31), (2, 388, 377, 45120, 4, 29), (3, 455, 430, 52900, 12, 33),
            (4, 401, 394, 47750, 3, 28), (5, 437, 409, 50310, 15, 35), (6, 420, 411, 49880, 6, 30)]
    months, rows = [], []
    for m, lines, ontime, pcs, rej, lt in data:
        otd = round(100 * ontime / lines, 1)
        ppm = round(1e6 * rej / pcs)
        months.append(km(ym(2026, m), otd, ppm, lt))
        rows.append(["IT-00417", BR.legal_name, f"{MON_IT[m - 1]} 2026", "Stabilimento Vicenza", lines, ontime, otd, pcs, rej, ppm, lt, 2 if rej > 10 else 0, round(pcs * 3.41, 2), "EUR"])
    path = C.add(BR, "kpi/Export_Portale_Fornitori_VMAG_2026H1.xlsx", "kpi", "it-portal-wide", [kpi(months)])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Esportazione"
    ws.append(["Portale Fornitori Vantor – esportazione indicatori", None, None, None, None, None, "generato il 07/07/2026 08:14"])
    ws.append([])
    ws.append(["Cod. fornitore", "Ragione sociale", "Mese", "Sito", "Righe ordine", "Righe puntuali", "Puntualità consegne %", "Pezzi ricevuti", "Pezzi respinti", "PPM difettosità", "Lead time medio (gg)", "Reclami aperti", "Valore fatturato", "Valuta"])
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Totale semestre", None, None, None, sum(d[1] for d in data), sum(d[2] for d in data), round(100 * sum(d[2] for d in data) / sum(d[1] for d in data), 1), sum(d[3] for d in data), sum(d[4] for d in data)])
    for col, w in zip("ABCDEFGHIJKLMN", [12, 28, 14, 20, 11, 12, 12, 12, 12, 12, 12, 10, 14, 7], strict=True):
        ws.column_dimensions[col].width = w
    for row_no in range(4, 10):
        ws.cell(row_no, 7).number_format = "0.0"
        ws.cell(row_no, 13).number_format = "#,##0.00"
    save_xlsx(wb, path)


def k02_mo_docx_columns_quarters(C: Corpus) -> None:
    """Portuguese monthly report, months as columns with quarter columns beside them, decimal commas."""
    otd = [95.8, 97.2, 96.1, 98.4, 97.9, 96.6]
    ppm = [212, 180, 245, 150, 138, 171]
    lt = [21, 20, 22, 19, 19, 20]
    months = [km(ym(2026, i + 1), otd[i], ppm[i], lt[i]) for i in range(6)]
    path = C.add(MO, "kpi/Relatorio_Desempenho_Fornecedor_1S2026.docx", "kpi", "pt-docx-columns-quarters", [kpi(months)])
    d = new_docx("Arial", 9.5)
    docx_header_footer(d, f"{MO.legal_name} · Qualidade e Logística", "Documento interno – partilhado com o cliente Vantor Mobility AG")
    docx_par(d, "Relatório de desempenho do fornecedor – 1.º semestre de 2026", bold=True, size=14)
    docx_par(d, "Cliente: Vantor Mobility AG (fábrica de Hannover). Fornecimento: módulos MB-48V-2.2 e MB-48V-3.6.")
    docx_par(d, "Os valores trimestrais são médias ponderadas pelas linhas de encomenda e não médias simples.")
    head = ["Indicador", "jan/26", "fev/26", "mar/26", "1.º trim.", "abr/26", "mai/26", "jun/26", "2.º trim."]
    r1 = ["Entregas no prazo (%)"] + [f"{dc(v)} %" for v in otd[:3]] + ["96,3 %"] + [f"{dc(v)} %" for v in otd[3:]] + ["97,6 %"]
    r2 = ["Não conformidades (ppm)"] + [str(v) for v in ppm[:3]] + ["212"] + [str(v) for v in ppm[3:]] + ["153"]
    r3 = ["Prazo médio de entrega (dias)"] + [str(v) for v in lt[:3]] + ["21"] + [str(v) for v in lt[3:]] + ["19,3"]
    r4 = ["Reclamações recebidas"] + ["2", "1", "3", "6", "0", "1", "1", "2"]
    docx_table(d, [head, r1, r2, r3, r4], bold_first_col=True)
    docx_par(d, "")
    docx_par(d, "Comentário: a subida de ppm em março deve-se a um lote de conectores com cravamento deficiente (8D n.º MB-8D-2026-004, encerrado em 22/04/2026).")
    docx_par(d, "Elaborado por: Inês Barroso Vidal, Eng.ª de Qualidade de Fornecedores")
    save_docx(d, path)


def k03_wo_pdf_scorecard_lights(C: Corpus) -> None:
    """Polish scorecard PDF, months as rows, a traffic-light status column, decimal commas."""
    rows_data = [(1, 94.2, 310, 28, "żółty"), (2, 96.8, 240, 27, "zielony"), (3, 91.5, 520, 30, "czerwony"),
                 (4, 95.3, 280, 27, "zielony"), (5, 97.1, 190, 26, "zielony"), (6, 93.9, 350, 29, "żółty")]
    months = [km(ym(2026, m), o, p, lt) for m, o, p, lt, _ in rows_data]
    path = C.add(WO, "kpi/Karta_wynikow_dostawcy_WO_2026-H1.pdf", "kpi", "pl-pdf-traffic-light", [kpi(months)])
    lk = Look("Sans", 9.0)
    s = [P(WO.legal_name, lk.h2), P("Karta wyników dostawcy (Supplier Scorecard) – I półrocze 2026", lk.h1l),
         KV(lk, [("Odbiorca", "Vantor Mobility AG, zakład Braunschweig"), ("Nr dostawcy", "V-PL-20931"),
                 ("Cele", "Terminowość ≥ 95,0 %; PPM ≤ 300; czas realizacji ≤ 28 dni")], widths=(40, 130)), SP(4)]
    rows = [["Miesiąc", "Terminowość dostaw [%]", "Wskaźnik wad [ppm]", "Czas realizacji [dni]", "Status"]]
    for m, o, p, lt, light in rows_data:
        rows.append([f"{MON_PL[m - 1]} 2026", dc(o), str(p), str(lt), light.upper()])
    s += [TBL(lk, rows, [38, 38, 34, 34, 26]), SP(3),
          P("Legenda statusu: ZIELONY – wszystkie cele spełnione; ŻÓŁTY – jeden cel niespełniony; CZERWONY – dwa lub więcej celów niespełnionych.", lk.small),
          P("Marzec 2026: plan działań korygujących w toku (zgłoszenie 8D WO-26-017).", lk.body)]
    pdf(path, s, lk, running(header_right="Poufne", footer_right="Strona {page} z {total}"))


def k04_sa_csv_tab_bom(C: Corpus) -> None:
    """Czech ERP export: tab-delimited CSV with a BOM, Czech month names, decimal commas."""
    data = [(1, 98.1, 95, 14.5), (2, 97.4, 110, 15.0), (3, 99.0, 80, 14.0), (4, 96.2, 140, 16.5),
            (5, 97.7, 105, 15.5), (6, 98.5, 90, 14.5), (7, 95.9, 160, 17.0)]
    months = [km(ym(2026, m), o, p, lt) for m, o, p, lt in data]
    path = C.add(SA, "kpi/ukazatele_dodavatele_2026.csv", "kpi", "cs-csv-tab-bom", [kpi(months)])
    lines = ["Dodavatel\tObdobí\tPočet řádků\tVčasnost dodávek [%]\tReklamované díly [ppm]\tPrůměrná dodací lhůta [dny]\tPoznámka"]
    for m, o, p, lt in data:
        lines.append(f"Sázava Akumulátory a.s.\t{MON_CS[m - 1]} 2026\t{180 + 7 * m}\t{dc(o)}\t{p}\t{dc(lt)}\t{'celní zdržení' if m == 4 else ''}")
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))


def k05_li_pdf_split(C: Corpus) -> None:
    """Dutch PDF, twelve months as rows, the table broken over two pages with a 'vervolg' heading."""
    otd = [96.5, 97.8, 95.1, 98.2, 97.0, 96.3, 94.8, 97.5, 98.9, 97.2, 96.0, 98.1]
    ppm = [145, 120, 190, 98, 110, 130, 205, 115, 87, 102, 140, 95]
    lt = [18, 18, 19, 17, 17, 18, 21, 18, 16, 17, 18, 17]
    months = [km(ym(2025, i + 1), otd[i], ppm[i], lt[i]) for i in range(12)]
    path = C.add(LI, "kpi/Leveranciersprestaties_2025_jaaroverzicht.pdf", "kpi", "nl-pdf-split-pages", [kpi(months)])
    lk = Look("Arial", 9.4)
    head = ["Maand", "Leverbetrouwbaarheid (%)", "Kwaliteit (ppm afkeur)", "Doorlooptijd (dagen)", "Opmerking"]
    notes = {3: "kratten beschadigd", 7: "bouwvak, capaciteitstekort", 11: "nieuwe transporteur"}
    body = [[f"{MON_NL[i]} 2025", dc(otd[i]), str(ppm[i]), str(lt[i]), notes.get(i + 1, "")] for i in range(12)]
    intro = [P("Lingedal Energy Systems B.V. — Kwaliteit & Logistiek", lk.h2),
             P("Jaaroverzicht leveranciersprestaties 2025", lk.h1l),
             P("Klant: Vantor Mobility AG. Producten: LES-ESS-100 en LES-ESS-215 batterijkasten. Alle cijfers per kalendermaand, gemeten bij goederenontvangst van de klant.", lk.body),
             P("Definities: leverbetrouwbaarheid = orderregels geleverd binnen het afgesproken venster / alle orderregels; kwaliteit = afgekeurde stuks per miljoen ontvangen stuks.", lk.small), SP(60)]
    s = intro + [TBL(lk, [head] + body[:7], [34, 36, 34, 30, 40]), P("(vervolg op volgende pagina)", lk.small), PageBreak(),
                 P("Jaaroverzicht 2025 — vervolg", lk.h3), TBL(lk, [head] + body[7:], [34, 36, 34, 30, 40]), SP(4),
                 P("Jaargemiddelde: leverbetrouwbaarheid 96,9 %; kwaliteit 128 ppm; doorlooptijd 17,8 dagen.", lk.body),
                 P("Opgesteld door: Joost van Haeften, Supplier Quality Engineer, 14 januari 2026", lk.body)]
    pdf(path, s, lk, running(footer_left="LES-QL-F-022 rev. 3", footer_right="Pagina {page} van {total}"))


def k06_kl_xlsx_columns(C: Corpus) -> None:
    """Swedish XLSX, months as columns and measures as rows, a YTD column."""
    otd = [97.5, 98.0, 96.4, 99.1, 98.7]
    ppm = [60, 45, 80, 30, 35]
    lt = [24, 24, 25, 23, 23]
    months = [km(ym(2026, i + 1), otd[i], ppm[i], lt[i]) for i in range(5)]
    path = C.add(KL, "kpi/Leverantörsuppföljning_VMAG_jan-maj_2026.xlsx", "kpi", "sv-xlsx-columns", [kpi(months)])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.append(["Klarälven Cellfabrik AB – leverantörsuppföljning mot Vantor Mobility AG"])
    ws.append(["Rapportdatum: 2026-06-05", None, None, None, "Ansvarig: Elin Norrby"])
    ws.append([])
    ws.append(["Mått"] + [f"{MON_SV[i]} 2026" for i in range(5)] + ["Hittills i år", "Mål"])
    ws.append(["Leveransprecision (%)"] + otd + [97.9, "≥ 97"])
    ws.append(["Reklamationer (ppm)"] + ppm + [50, "≤ 100"])
    ws.append(["Ledtid (dagar)"] + lt + [23.8, "≤ 25"])
    ws.append(["Antal leveranser"] + [38, 41, 44, 40, 43] + [206, None])
    for col, w in zip("ABCDEFGH", [24, 14, 14, 14, 14, 14, 14, 8], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def k07_ke_weekly_monthly_xlsx(C: Corpus) -> None:
    """Finnish XLSX: a weekly table on one sheet, the monthly summary on another; only months count."""
    mon = [(1, 96.0, 120, 12), (2, 97.5, 95, 11), (3, 95.2, 150, 13)]
    months = [km(ym(2026, m), o, p, lt) for m, o, p, lt in mon]
    path = C.add(KE, "kpi/Toimittajan_suorituskyky_Q1_2026.xlsx", "kpi", "fi-xlsx-weekly-monthly", [kpi(months)])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Viikot"
    ws.append(["Viikko", "Toimitusrivit", "Ajallaan", "Toimitusvarmuus %", "Virheelliset ppm", "Toimitusaika (pv)"])
    weekly = [(1, 22, 21, 95.5, 140, 12), (2, 25, 24, 96.0, 110, 12), (3, 24, 23, 95.8, 130, 12), (4, 26, 25, 96.2, 100, 12),
              (5, 27, 27, 100.0, 60, 11), (6, 25, 24, 96.0, 120, 11), (7, 26, 25, 96.2, 100, 11), (8, 24, 24, 100.0, 95, 11),
              (9, 23, 22, 95.7, 160, 13), (10, 25, 24, 96.0, 150, 13), (11, 24, 23, 95.8, 140, 13), (12, 26, 24, 92.3, 170, 14),
              (13, 23, 22, 95.7, 135, 13)]
    for w, a, b, o, p, lt in weekly:
        ws.append([f"vko {w}/2026", a, b, o, p, lt])
    ws2 = wb.create_sheet("Kuukausi")
    ws2.append(["Kuukausiyhteenveto – Kemijoki Akkutekniikka Oy / Vantor Mobility AG"])
    ws2.append([])
    ws2.append(["Kuukausi", "Toimitusvarmuus %", "Virheelliset ppm", "Keskim. toimitusaika (pv)", "Tavoite täyttyi"])
    for m, o, p, lt in mon:
        ws2.append([f"{MON_FI[m - 1]} 2026", o, p, lt, "kyllä" if o >= 96 else "ei"])
    ws2.append(["Q1 yhteensä", 96.2, 122, 12])
    save_xlsx(wb, path)


def k08_to_xlsx_ja_counts(C: Corpus) -> None:
    """Japanese workbook: OTD as delivered / on-time line counts and a rate, Japanese month labels."""
    data = [(4, 318, 312, 35, 9), (5, 290, 287, 28, 10), (6, 335, 326, 52, 9), (7, 301, 299, 20, 8)]
    months = []
    wb = new_xlsx()
    ws = wb.active
    ws.title = "月次実績"
    ws.append(["納入実績報告書（Vantor Mobility AG 殿）"])
    ws.append(["作成：利根川バッテリーワークス株式会社 品質保証部", None, None, None, "作成日：2026年8月6日"])
    ws.append([])
    ws.append(["年月", "納入明細数", "納期内明細数", "納期遵守率(%)", "不良率(ppm)", "平均リードタイム(日)", "備考"])
    for m, n, ok, p, lt in data:
        rate = round(100 * ok / n, 1)
        months.append(km(ym(2026, m), rate, p, lt))
        ws.append([f"2026年{m}月", n, ok, rate, p, lt, "台風による出荷遅延" if m == 6 else None])
    ws.append(["合計/平均", sum(d[1] for d in data), sum(d[2] for d in data), round(100 * sum(d[2] for d in data) / sum(d[1] for d in data), 1), 34, 9.0])
    path = C.add(TO, "kpi/納入実績_2026年4月-7月.xlsx", "kpi", "ja-xlsx-counts", [kpi(months)])
    save_xlsx(wb, path)


def k09_sw_pdf_counts_ratio(C: Corpus) -> None:
    """US scorecard PDF: OTD as 'on-time lines / total lines' and a percent, ppm as rejected / received and ppm."""
    data = [(7, 142, 150, 38, 61200, 33), (8, 151, 155, 12, 64800, 31), (9, 139, 148, 55, 59900, 34)]
    months, rows = [], [["Month", "On-time lines / total lines", "OTD %", "Rejected / received (units)", "PPM", "Avg. lead time (days)"]]
    for m, ok, n, rej, rec, lt in data:
        o = round(100 * ok / n, 1)
        p = round(1e6 * rej / rec)
        months.append(km(ym(2026, m), o, p, lt))
        rows.append([f"{MON_EN3[m - 1]} 2026", f"{ok} / {n}", f"{o:.1f}%", f"{rej} / {rec:,}", f"{p:,}", str(lt)])
    path = C.add(SW, "kpi/Sawtooth_Q3-2026_Supplier_Scorecard.pdf", "kpi", "en-pdf-counts-ratio", [kpi(months)])
    lk = Look("Arial", 9.4)
    s = [P("Sawtooth Grid Storage, Inc. — Customer Scorecard", lk.h1l),
         P("Prepared for Vantor Mobility AG · Q3 2026 (July–September) · Boise, ID plant", lk.body), SP(3), TBL(lk, rows, [26, 38, 18, 42, 18, 28]), SP(3),
         P("Q3 2026 total: 432 / 453 lines on time (95.4%); 105 rejected of 185,900 received (565 PPM).", lk.body),
         P("September rejects: 41 units of SGS-RACK-51 with torn busbar insulation; containment at Boise completed 2026-09-19.", lk.body),
         P("Report owner: Dana Whitlock, Customer Quality Manager", lk.small)]
    pdf(path, s, lk, running(footer_right="Page {page}/{total}"))


def k10_yh_docx_blank_header(C: Corpus) -> None:
    """Chinese DOCX: months as rows, the first column's header cell left blank."""
    data = [(1, 93.5, 480, 35), (2, 95.0, 410, 38), (3, 96.2, 390, 33), (4, 97.0, 350, 32)]
    months = [km(ym(2026, m), o, p, lt) for m, o, p, lt in data]
    path = C.add(YH, "kpi/供应商绩效月报_2026年1-4月.docx", "kpi", "zh-docx-blank-first-header", [kpi(months)])
    d = new_docx("SimSun", 10)
    docx_par(d, "扬州恒润锂电池有限公司 — 客户绩效月报", bold=True, size=14)
    docx_par(d, "客户：Vantor Mobility AG　产品：HR-LFP-280Ah 电芯　统计口径：以客户收货记录为准")
    rows = [["", "准时交付率 (%)", "来料不良 (PPM)", "平均交期 (天)", "备注"]]
    for m, o, p, lt in data:
        rows.append([f"2026年{m}月", f"{o:.1f}", str(p), str(lt), "春节停产" if m == 2 else ""])
    docx_table(d, rows, bold_first_col=True)
    docx_par(d, "")
    docx_par(d, "说明：二月份受春节影响，交期延长；四月份起新增一条化成线。")
    docx_par(d, "编制：品质部 周晓梅　审核：沈立军")
    save_docx(d, path)


def k11_br_pdf_columns_no_leadtime(C: Corpus) -> None:
    """Italian PDF with months as columns and measures as rows; no lead time given."""
    otd = [97.0, 95.5, 98.2, 96.8]
    ppm = [140, 210, 95, 120]
    months = [km(ym(2026, 7 + i), otd[i], ppm[i], None) for i in range(4)]
    path = C.add(BR, "kpi/Scheda_prestazioni_lug-ott_2026.pdf", "kpi", "it-pdf-columns", [kpi(months)])
    lk = Look("Serif", 10)
    rows = [["Indicatore", "lug 2026", "ago 2026", "set 2026", "ott 2026", "Obiettivo"],
            ["Puntualità di consegna (OTD)"] + [f"{dc(v)} %" for v in otd] + ["≥ 96 %"],
            ["Difettosità (ppm)"] + [str(v) for v in ppm] + ["≤ 150"],
            ["Reclami formali"] + ["0", "2", "0", "1"] + ["—"]]
    s = [P("Brenta Accumulatori S.p.A.", lk.h2), P("Scheda prestazioni fornitore – luglio/ottobre 2026", lk.h1l),
         P("Destinatario: Vantor Mobility AG, Ufficio Acquisti. Dati estratti dal sistema qualità il 04/11/2026.", lk.body), SP(3),
         TBL(lk, rows, [52, 24, 24, 24, 24, 24]), SP(3),
         P("Agosto: fermo impianto per manutenzione programmata (settimane 32–33).", lk.body),
         P("Firmato: ing. Lucia Marangon, Responsabile Qualità", lk.body)]
    pdf(path, s, lk, running(footer_right="pag. {page}/{total}"))


def k12_sa_docx_quarter_rows(C: Corpus) -> None:
    """Czech DOCX, months as rows with a quarter row after each quarter; no ppm measured."""
    data = [(7, 96.5, 16.0), (8, 94.0, 18.5), (9, 97.3, 15.0), (10, 98.0, 14.5)]
    months = [km(ym(2026, m), o, None, lt) for m, o, lt in data]
    path = C.add(SA, "kpi/Vyhodnoceni_dodavek_2026_Q3-Q4.docx", "kpi", "cs-docx-quarter-rows", [kpi(months)])
    d = new_docx("Calibri", 10)
    docx_par(d, "Vyhodnocení dodávek – Sázava Akumulátory a.s. pro Vantor Mobility AG", bold=True, size=13)
    docx_par(d, "Kvalita (ppm) se za toto období nevyhodnocuje – viz samostatná zpráva o reklamacích.")
    rows = [["Období", "Včasnost dodávek", "Dodací lhůta (dny)"],
            ["červenec 2026", "96,5 %", "16,0"], ["srpen 2026", "94,0 %", "18,5"], ["září 2026", "97,3 %", "15,0"],
            ["3. čtvrtletí 2026", "95,9 %", "16,5"], ["říjen 2026", "98,0 %", "14,5"]]
    docx_table(d, rows)
    docx_par(d, "Zpracoval: Ing. Radek Pospíšil, vedoucí logistiky, 6. 11. 2026")
    save_docx(d, path)


KPI_DOCS = [k01_br_portal_xlsx, k02_mo_docx_columns_quarters, k03_wo_pdf_scorecard_lights, k04_sa_csv_tab_bom,
            k05_li_pdf_split, k06_kl_xlsx_columns, k07_ke_weekly_monthly_xlsx, k08_to_xlsx_ja_counts,
            k09_sw_pdf_counts_ratio, k10_yh_docx_blank_header, k11_br_pdf_columns_no_leadtime, k12_sa_docx_quarter_rows]


# ---------------------------------------------------------------------------------------------------------------
# Minerals declarations
# ---------------------------------------------------------------------------------------------------------------

def _template(name: str):
    from openpyxl import load_workbook

    src = REAL / name
    if not src.exists():
        print(f"build_supply: {src} not found, skipping the filled {name}", file=sys.stderr)
        return None
    wb = load_workbook(str(src))
    wb.properties.creator = ""
    wb.properties.lastModifiedBy = ""
    wb.properties.created = dt.datetime(2026, 1, 1)
    wb.properties.modified = dt.datetime(2026, 1, 1)
    return wb


def m01_br_emrt_template(C: Corpus) -> None:
    """The real EMRT 2.1, filled in English: cobalt from the DRC, a cobalt refiner not listed, nickel smelters
    not all identified."""
    wb = _template("RMI_EMRT_2.1.xlsx")
    if wb is None:
        return
    path = C.add(BR, "minerals/Brenta_Accumulatori_EMRT_2.1_2026.xlsx", "minerals", "emrt-template-en",
                 [mf("EMRT", BR.legal_name, "2026-03-31", ["cobalt", "graphite", "lithium", "nickel"], ["cobalt"], False)],
                 flags=["cahra", "smelter_not_rmap", "minerals_gap"])
    ws = wb["Declaration"]
    ws["D3"] = "English"
    ws["D8"] = BR.legal_name
    ws["D9"] = "A. Company"
    ws["E12"] = "(Delete Copper)"
    ws["E13"] = "(Delete Mica)"
    ws["D16"] = "IT03918270247"
    ws["D17"] = "VAT"
    ws["D18"] = "Via dell'Industria 14, 36100 Vicenza, Italy"
    ws["D19"] = "Chiara Zanon"
    ws["D20"] = "c.zanon@brenta-accumulatori.it"
    ws["D21"] = "+39 0444 218 300"
    ws["D22"] = "Paolo Baggio"
    ws["D23"] = "Purchasing Director"
    ws["D24"] = "p.baggio@brenta-accumulatori.it"
    ws["D26"] = D(2026, 3, 31)
    # rows per question: cobalt, graphite, lithium, nickel (alphabetical)
    answers = {30: ["Yes", "Yes", "Yes", "Yes"], 42: ["Yes", "Yes", "Yes", "Yes"], 54: ["Yes", "No", "No", "No"],
               66: ["No", "No", "No", "No"], 78: ["Greater than 75%", "100%", "100%", "Greater than 50%"],
               90: ["Yes", "Yes", "Yes", "No"], 102: ["No", "Yes", "Yes", "No"]}
    for row, vals in answers.items():
        for i, v in enumerate(vals):
            ws.cell(row + i, 4, v)
    ws["G54"] = "Cobalt hydroxide feed of one refiner originates from Lualaba Province, DRC."
    ws["G102"] = "Refiner 'Hebei Xinrui Cobalt Materials' is not in the RMI smelter list; engagement ongoing."
    ws["G93"] = "Two nickel sulphate suppliers have not disclosed their refiners."
    ws["D115"] = "Yes"
    ws["D117"] = "Yes"
    ws["G117"] = "https://www.brenta-accumulatori.it/sostenibilita/minerali"
    for r in range(120, 124):
        ws.cell(r, 4, "Yes, when more processors are validated")
    ws["D131"] = "Yes"
    ws["D133"] = "Yes, in conformance with IPC1755 (e.g. EMRT)"
    ws["D135"] = "Yes"
    ws["D137"] = "No"
    sl = wb["Smelter List"]
    smelters = [("Cobalt", "Jinchuan Ruisheng Cobalt Refinery", "China", "CID003120"),
                ("Cobalt", "Hebei Xinrui Cobalt Materials", "China", "Not listed"),
                ("Lithium", "Qinghai Lanke Lithium Salt Works", "China", "CID004411"),
                ("Nickel", "Pomorie Nickel Refining", "Finland", "CID004508"),
                ("Graphite", "Heilongjiang Jixi Graphite Processing", "China", "CID004702")]
    for i, (metal, name, country, sid) in enumerate(smelters):
        r = 5 + i
        sl.cell(r, 2, metal)
        sl.cell(r, 4, name)
        sl.cell(r, 5, country)
        sl.cell(r, 6, sid)
    save_xlsx(wb, path)


def m02_wo_cmrt_template(C: Corpus) -> None:
    """The real CMRT 6.5, filled in English, clean; gold's CAHRA answer is 'Unknown'."""
    wb = _template("RMI_CMRT_6.5.xlsx")
    if wb is None:
        return
    path = C.add(WO, "minerals/CMRT_6.5_Warta_Ogniwa_2026.xlsx", "minerals", "cmrt-template-en",
                 [mf("CMRT", WO.legal_name, "2026-02-16", ["tantalum", "tin", "gold", "tungsten"], [], False)])
    ws = wb["Declaration"]
    ws["D3"] = "English"
    ws["D8"] = WO.legal_name
    ws["D9"] = "A. Company"
    ws["D12"] = "PL7792430015"
    ws["D13"] = "VAT"
    ws["D14"] = "ul. Przemysłowa 41, 62-080 Tarnowo Podgórne, Poland"
    ws["D15"] = "Katarzyna Wilk"
    ws["D16"] = "k.wilk@warta-ogniwa.pl"
    ws["D17"] = "+48 61 655 20 40"
    ws["D18"] = "Tomasz Grabowski"
    ws["D19"] = "Management Board Member"
    ws["D20"] = "t.grabowski@warta-ogniwa.pl"
    ws["D22"] = D(2026, 2, 16)
    answers = {26: ["Yes", "Yes", "Yes", "Yes"], 32: ["Yes", "Yes", "Yes", "Yes"], 38: ["No", "No", "Unknown", "No"],
               44: ["No", "No", "Unknown", "No"], 50: ["No", "No", "No", "No"], 56: ["100%", "100%", "Greater than 90%", "100%"],
               62: ["Yes", "Yes", "Yes", "Yes"], 68: ["Yes", "Yes", "Yes", "Yes"]}
    for row, vals in answers.items():
        for i, v in enumerate(vals):
            ws.cell(row + i, 4, v)
    ws["G46"] = "One sub-supplier of connector plating has not yet returned its CMRT; all identified gold refiners are RMAP conformant."
    for r in (75, 77, 79, 81, 85, 87):
        ws.cell(r, 4, "Yes")
    ws["D83"] = "Yes, in conformance with IPC1755 (e.g., CMRT)"
    ws["D89"] = "Yes, with the EU"
    sl = wb["Smelter List"]
    smelters = [("Tantalum", "Ningxia Orient Tantalum Industry Co., Ltd.", "China", "CID001277"),
                ("Tin", "PT Timah Tbk Mentok", "Indonesia", "CID001482"),
                ("Gold", "Heraeus Germany GmbH Co. KG", "Germany", "CID000711"),
                ("Tungsten", "Wolfram Bergbau und Hütten AG", "Austria", "CID002044")]
    for i, (metal, name, country, sid) in enumerate(smelters):
        sl.cell(5 + i, 2, metal)
        sl.cell(5 + i, 4, name)
        sl.cell(5 + i, 5, country)
        sl.cell(5 + i, 6, sid)
    save_xlsx(wb, path)


def m03_sa_pdf_declaration_print(C: Corpus) -> None:
    """A PDF print of an EMRT Declaration tab; nickel 'Partially' identified (a gap)."""
    path = C.add(SA, "minerals/EMRT_Sazava_Akumulatory_tisk.pdf", "minerals", "emrt-pdf-print",
                 [mf("EMRT", SA.legal_name, "2026-05-12", ["cobalt", "copper", "lithium", "nickel"], [], False)],
                 flags=["minerals_gap"])
    lk = Look("Cond", 8.2)
    mins = ["Cobalt", "Copper", "Lithium", "Nickel"]
    s = [P("Extended Minerals Reporting Template (EMRT) — Revision 2.1", lk.h2),
         P("Declaration (printed from Excel, 12.05.2026)", lk.small),
         KV(lk, [("Company Name (*):", SA.legal_name), ("Declaration Scope or Class (*):", "A. Company"),
                 ("Select Minerals/Metals in Scope (*):", "Cobalt, Copper, Lithium, Nickel  (Graphite and Mica deleted)"),
                 ("Address:", "Průmyslová 822, 285 06 Sázava, Czech Republic"), ("Contact Name (*):", "Markéta Horáková"),
                 ("Email – Contact (*):", "horakova@sazava-aku.cz"), ("Authorizer (*):", "Ing. Václav Beneš, jednatel"),
                 ("Effective Date (*):", "12-May-2026")], widths=(62, 110)), SP(3)]
    qs = [("1) Is any of the specified mineral/metal intentionally added or used in the product(s) or in the production process? (*)", ["Yes"] * 4, ["", "", "", ""]),
          ("2) Does any of the specified mineral/metal remain in the product(s)? (*)", ["Yes"] * 4, ["", "", "", ""]),
          ("3) Do any of the smelters/processors in your supply chain source the specified mineral/metal from conflict-affected and high-risk areas (CAHRAs)? (*)", ["No", "No", "No", "No"], ["", "", "", ""]),
          ("4) Does 100 percent of the specified mineral/metal originate from recycled or scrap sources? (*)", ["No", "Yes", "No", "No"], ["", "Copper busbars from certified recycled cathode", "", ""]),
          ("5) What percentage of relevant suppliers have provided a response to your supply chain survey? (*)", ["100%", "100%", "100%", "Greater than 75%"], ["", "", "", ""]),
          ("6) Have you identified all of the smelters/processors supplying the specified mineral/metal to your supply chain? (*)", ["Yes", "Yes", "Yes", "Partially"], ["", "", "", "Partially – 3 of 5 nickel refiners identified; two module-level sub-suppliers pending"]),
          ("7) Has all of the applicable smelter/processor information received by your company been reported in this declaration? (*)", ["Yes", "Yes", "Yes", "Yes"], ["", "", "", ""])]
    for q, ans, com in qs:
        rows = [[q, "Answer", "Comments"]] + [[m, a, c] for m, a, c in zip(mins, ans, com, strict=True)]
        s += [TBL(lk, rows, [80, 30, 64], head=1), SP(2)]
    s += [P("Company-level questions: A) Yes  B) Yes – www.sazava-aku.cz/odpovedne-zdroje  C) Yes (all minerals)  D) Yes  E) Yes, in conformance with IPC1755 (e.g. EMRT)  F) Yes  G) Yes", lk.body)]
    pdf(path, s, lk, running(header_left="EMRT 2.1 – Declaration", footer_right="Page {page} of {total}", size=7))


def m04_mo_docx_pt(C: Corpus) -> None:
    """An EMRT questionnaire answered in Portuguese in Word: cobalt from the DRC, artisanal mining named, mica not
    applicable."""
    path = C.add(MO, "minerais/Declaracao_EMRT_Mondego_2026.docx", "minerals", "emrt-docx-pt",
                 [mf("EMRT", MO.legal_name, "2026-04-20", ["cobalt", "lithium", "nickel", "graphite"], ["cobalt"], True)],
                 flags=["cahra", "artisanal"])
    d = new_docx("Arial", 10)
    docx_par(d, "Declaração de Minerais (formato EMRT 2.1) – resposta ao questionário Vantor Mobility AG", bold=True, size=13)
    docx_table(d, [["Empresa", MO.legal_name], ["Âmbito", "Empresa (todos os produtos)"],
                   ["Minerais no âmbito", "Cobalto, lítio, níquel, grafite natural"], ["Data de efeito", "20 de abril de 2026"],
                   ["Responsável", "Rui Alvarenga Pinto, Diretor de Compras – rui.pinto@mondego-baterias.pt"]], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    rows = [["Pergunta", "Cobalto", "Lítio", "Níquel", "Grafite", "Mica"],
            ["1) Adicionado ou utilizado intencionalmente?", "Sim", "Sim", "Sim", "Sim", "Não aplicável"],
            ["2) Permanece no produto?", "Sim", "Sim", "Sim", "Sim", "Não aplicável"],
            ["3) Alguma fundição/refinaria abastece-se em zonas de conflito e de alto risco (CAHRA)?", "Sim", "Não", "Não", "Desconhecido", "Não aplicável"],
            ["4) 100 % reciclado ou sucata?", "Não", "Não", "Não", "Não", "Não aplicável"],
            ["5) Percentagem de fornecedores que responderam", "Mais de 90 %", "100 %", "100 %", "Mais de 75 %", "—"],
            ["6) Todas as fundições/refinarias identificadas?", "Sim", "Sim", "Sim", "Sim", "—"],
            ["7) Toda a informação reportada?", "Sim", "Sim", "Sim", "Sim", "—"]]
    docx_table(d, rows)
    docx_par(d, "")
    docx_par(d, "Comentários", bold=True)
    docx_par(d, "Pergunta 3 (cobalto): parte do hidróxido de cobalto da refinaria Zhejiang Qianhe Cobalt provém da província de Katanga (R. D. Congo), incluindo volumes de mineração artesanal e de pequena escala (ASM) comprados através de uma cooperativa em Kolwezi. A refinaria participa no RMAP (estado: Conformant).")
    docx_par(d, "Pergunta 3 (grafite): o fornecedor de ânodo ainda não declarou a origem da grafite natural; resposta esperada até 30/06/2026.")
    docx_par(d, "A mica não é utilizada nos nossos produtos.")
    docx_par(d, "Política de aprovisionamento responsável: publicada em www.mondego-baterias.pt/sustentabilidade (pergunta B: Sim).")
    save_docx(d, path)


def m05_br_docx_it_cmrt(C: Corpus) -> None:
    """A CMRT answered in Italian in Word; clean."""
    path = C.add(BR, "minerals/Dichiarazione_minerali_di_conflitto_CMRT_2026.docx", "minerals", "cmrt-docx-it",
                 [mf("CMRT", BR.legal_name, "2026-01-15", ["tin", "tantalum", "tungsten", "gold"], [], False)])
    d = new_docx("Calibri", 10)
    docx_header_footer(d, "Brenta Accumulatori S.p.A. – Ufficio Acquisti", "Modulo QA-ACQ-31, rev. 2")
    docx_par(d, "Dichiarazione sui minerali di conflitto (contenuto CMRT 6.5)", bold=True, size=13)
    docx_par(d, f"Società: {BR.legal_name} – Via dell'Industria 14, Vicenza. Ambito: intera società. Data di validità: 15 gennaio 2026.")
    rows = [["Domanda", "Stagno", "Tantalio", "Tungsteno", "Oro"],
            ["1. 3TG aggiunti intenzionalmente o utilizzati?", "Sì", "Sì", "Sì", "Sì"],
            ["2. Necessari alla funzionalità o alla produzione?", "Sì", "Sì", "Sì", "Sì"],
            ["3. Provenienti dalla RDC o dai paesi limitrofi?", "No", "No", "No", "No"],
            ["4. Provenienti da zone di conflitto o ad alto rischio (CAHRA)?", "No", "No", "No", "No"],
            ["5. 100 % da riciclo o scarti?", "No", "No", "No", "Non noto"],
            ["6. Percentuale di fornitori che hanno risposto", "100 %", "100 %", "100 %", "100 %"],
            ["7. Tutte le fonderie identificate?", "Sì", "Sì", "Sì", "Sì"],
            ["8. Tutte le informazioni sulle fonderie riportate?", "Sì", "Sì", "Sì", "Sì"]]
    docx_table(d, rows)
    docx_par(d, "")
    docx_par(d, "Tutte le 14 fonderie identificate risultano conformi al programma RMAP alla data della dichiarazione (elenco allegato, scheda 'Elenco fonderie').")
    docx_par(d, "Firmato: Paolo Baggio, Direttore Acquisti")
    save_docx(d, path)


def m06_sw_email_prose(C: Corpus) -> None:
    """An e-mail answering the EMRT questions in prose; one cobalt refiner 'Active', not conformant."""
    path = C.add(SW, "minerals/RE_ EMRT request 2026 - Sawtooth.txt", "minerals", "emrt-email-prose",
                 [mf("EMRT", SW.legal_name, "2026-06-01", ["cobalt", "lithium", "nickel", "graphite", "copper"], [], False)],
                 flags=["smelter_not_rmap"])
    text_file(path, """From: Megan Kowalczyk <mkowalczyk@sawtoothgrid.com>
To: responsible.sourcing@vantor-mobility.de
Date: Tue, 2 Jun 2026 16:41:07 -0600
Subject: RE: EMRT request 2026 - Sawtooth Grid Storage

Hi Lena,

Sorry for not sending the spreadsheet itself - our EMRT is still with legal, so here are the answers in the
body of this mail. They cover Sawtooth Grid Storage, Inc. as a company (all SGS-RACK and SGS-CAB products) and are
effective as of June 1, 2026.

Minerals in scope: cobalt, lithium, nickel, natural graphite and copper. We do not use mica.

Q1/Q2 - all five are intentionally used and remain in the product.
Q3 (CAHRA) - No for all five. None of the processors we have identified source from conflict-affected or
high-risk areas, per their own declarations.
Q4 - copper: partly recycled (not 100%); the others are not from recycled sources.
Q5 - 100% of relevant suppliers responded for lithium, nickel and copper; greater than 90% for cobalt and graphite.
Q6/Q7 - Yes, all processors identified and reported.

One thing to flag: our cell supplier's cobalt sulfate comes partly from Guangxi Yinhai Cobalt, which is "Active"
in the RMAP (assessment scheduled for Q4 2026) but not yet conformant. Everything else on our processor list is
conformant.

Company questions: policy yes (public on our website), we require our suppliers to use RMAP-validated processors
(yes, when more processors are validated), due diligence measures yes, we survey suppliers with the EMRT, we review
their answers, and corrective action is handled through our SCAR process.

Best,
Megan Kowalczyk
Supply Chain Compliance Lead | Sawtooth Grid Storage, Inc. | Boise, Idaho
""")


def m07_kl_xlsx_sheet_per_mineral(C: Corpus) -> None:
    """Swedish own-format workbook: one sheet per mineral; cobalt's CAHRA answer 'Unknown', processors not all
    identified."""
    path = C.add(KL, "mineraler/EMRT-svar_Klaralven_2026.xlsx", "minerals", "emrt-xlsx-sheet-per-mineral",
                 [mf("EMRT", KL.legal_name, "2026-03-02", ["cobalt", "lithium", "nickel", "graphite"], [], False)],
                 flags=["minerals_gap"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Översikt"
    for r in [["Mineralrapport (EMRT 2.1-innehåll)"], [], ["Företag", KL.legal_name], ["Omfattning", "Hela företaget"],
              ["Mineraler", "Kobolt, Litium, Nickel, Grafit"], ["Giltig från", "2026-03-02"], ["Kontakt", "Sara Lindqvist, hållbarhetschef, sara.lindqvist@klaralven-cell.se"]]:
        ws.append(r)
    qs = ["1) Avsiktligt tillsatt eller använd?", "2) Kvar i produkten?", "3) Köper någon smältverk/processor från CAHRA-områden?",
          "4) 100 % återvunnet?", "5) Andel leverantörer som svarat", "6) Alla smältverk/processorer identifierade?", "7) All information rapporterad?"]
    per = {"Kobolt": (["Ja", "Ja", "Okänt", "Nej", "Mer än 75 %", "Nej", "Ja"], "Två prekursorleverantörer har inte angett sina raffinaderier."),
           "Litium": (["Ja", "Ja", "Nej", "Nej", "100 %", "Ja", "Ja"], ""),
           "Nickel": (["Ja", "Ja", "Nej", "Nej", "100 %", "Ja", "Ja"], ""),
           "Grafit": (["Ja", "Ja", "Nej", "Nej", "Mer än 90 %", "Ja", "Ja"], "Syntetisk och naturlig grafit blandas i anoden.")}
    for name, (ans, com) in per.items():
        s = wb.create_sheet(name)
        s.append(["Fråga", "Svar", "Kommentar"])
        for q, a in zip(qs, ans, strict=True):
            s.append([q, a, com if (q.startswith("6") or q.startswith("3")) and com else None])
        s.column_dimensions["A"].width = 58
        s.column_dimensions["C"].width = 50
    save_xlsx(wb, path)


def m08_yh_csv_export(C: Corpus) -> None:
    """A CSV export of an EMRT with smelter and mine lines: cobalt from the DRC, an ASM cooperative, a processor
    not listed."""
    path = C.add(YH, "minerals/emrt_export_hengrun_20260415.csv", "minerals", "emrt-csv-export",
                 [mf("EMRT", YH.legal_name, "2026-04-15", ["cobalt", "lithium", "nickel", "graphite", "copper"], ["cobalt", "graphite"], True)],
                 flags=["cahra", "artisanal", "smelter_not_rmap"])
    lines = ["section,field,mineral,value,comment",
             f"company,name,,{YH.legal_name},",
             "company,scope,,A. Company,",
             "company,effective_date,,2026-04-15,",
             "company,minerals_in_scope,,Cobalt;Copper;Graphite;Lithium;Nickel,",
             "company,contact,,Zhou Xiaomei <zhouxm@hengrun-li.cn>,"]
    q3 = {"cobalt": ("Yes", "Kolwezi area, DRC"), "copper": ("No", ""), "graphite": ("Yes", "Mozambique (Cabo Delgado)"), "lithium": ("No", ""), "nickel": ("No", "")}
    for m in ["cobalt", "copper", "graphite", "lithium", "nickel"]:
        lines.append(f"q1,intentionally_added,{m},Yes,")
        lines.append(f"q2,remains_in_product,{m},Yes,")
        lines.append(f"q3,cahra_sourcing,{m},{q3[m][0]},{q3[m][1]}")
        lines.append(f"q6,all_processors_identified,{m},Yes,")
    lines += ["smelter,,cobalt,Ganzhou Tengyuan Cobalt New Material,China;CID003455;RMAP Conformant",
              "smelter,,cobalt,Shangrao Xinhui Cobalt Refinery,China;not listed;no RMI ID",
              "smelter,,graphite,Jixi Huayu Spherical Graphite,China;CID004790;RMAP Active",
              "mine,,cobalt,Mutoshi artisanal cooperative (ASM),DRC;supplies Ganzhou Tengyuan via trader",
              "mine,,graphite,Balama graphite mine,Mozambique;"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def m09_ke_pdf_dd_summary(C: Corpus) -> None:
    """A 'due diligence summary' table in a PDF; clean, graphite 'Not applicable'."""
    path = C.add(KE, "minerals/Kemijoki_due_diligence_summary_EMRT_2026.pdf", "minerals", "emrt-pdf-dd-summary",
                 [mf("EMRT", KE.legal_name, "2026-05-29", ["cobalt", "lithium", "nickel"], [], False)])
    lk = Look("Sans", 9.2)
    rows = [["Mineral", "Used in products", "Sourced from CAHRAs", "All processors identified", "Processors RMAP conformant", "Recycled share"],
            ["Cobalt", "Yes", "No", "Yes", "3 of 3", "0 %"], ["Lithium", "Yes", "No", "Yes", "2 of 2", "0 %"],
            ["Nickel", "Yes", "No", "Yes", "2 of 2", "≈ 15 %"], ["Natural graphite", "Not applicable (synthetic graphite only)", "Not applicable", "—", "—", "—"],
            ["Copper", "Not in scope", "—", "—", "—", "—"], ["Mica", "Not applicable", "—", "—", "—", "—"]]
    s = [P("Kemijoki Akkutekniikka Oy", lk.h2), P("Responsible minerals – due diligence summary", lk.h1l),
         P("Basis: our Extended Minerals Reporting Template (EMRT 2.1), effective 29 May 2026, company-wide scope. Minerals in scope: cobalt, lithium and nickel.", lk.body), SP(2),
         TBL(lk, rows, [28, 34, 26, 28, 28, 22]), SP(3),
         P("All identified processors participate in the RMAP with conformant status at the effective date. Our policy (OECD Annex II based) is public at kemijoki-akku.fi/vastuullisuus.", lk.body),
         P("Contact: Antti Heikkilä, Sourcing Manager, antti.heikkila@kemijoki-akku.fi", lk.small)]
    pdf(path, s, lk, running(footer_right="{page}/{total}"))


def m10_to_xlsx_ja(C: Corpus) -> None:
    """A Japanese own-format EMRT workbook; clean, answers in Japanese, a '不明' recycled answer."""
    path = C.add(TO, "minerals/EMRT回答書_利根川バッテリーワークス_2026.xlsx", "minerals", "emrt-xlsx-ja",
                 [mf("EMRT", TO.legal_name, "2026-07-01", ["cobalt", "lithium", "nickel", "graphite"], [], False)])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "宣言"
    for r in [["拡張鉱物報告テンプレート（EMRT）回答書"], [], ["会社名", "利根川バッテリーワークス株式会社（Tonegawa Battery Works Co., Ltd.）"],
              ["宣言範囲", "会社全体"], ["対象鉱物", "コバルト、リチウム、ニッケル、天然黒鉛"], ["発効日", "2026年7月1日"],
              ["連絡先", "品質保証部 佐々木 典子（n.sasaki@tonegawa-bw.co.jp）"], [],
              ["質問", "コバルト", "リチウム", "ニッケル", "天然黒鉛"],
              ["1) 意図的に添加・使用しているか", "はい", "はい", "はい", "はい"],
              ["2) 製品に残存するか", "はい", "はい", "はい", "はい"],
              ["3) 紛争地域・高リスク地域（CAHRA）から調達している製錬所があるか", "いいえ", "いいえ", "いいえ", "いいえ"],
              ["4) 100%リサイクル材か", "いいえ", "いいえ", "いいえ", "不明"],
              ["5) 回答したサプライヤーの割合", "100%", "100%", "100%", "90%超"],
              ["6) 全ての製錬所を特定したか", "はい", "はい", "はい", "はい"],
              ["7) 全ての製錬所情報を報告したか", "はい", "はい", "はい", "はい"]]:
        ws.append(r)
    ws.column_dimensions["A"].width = 56
    save_xlsx(wb, path)


MINERALS_DOCS = [m01_br_emrt_template, m02_wo_cmrt_template, m03_sa_pdf_declaration_print, m04_mo_docx_pt,
                 m05_br_docx_it_cmrt, m06_sw_email_prose, m07_kl_xlsx_sheet_per_mineral, m08_yh_csv_export,
                 m09_ke_pdf_dd_summary, m10_to_xlsx_ja]


# ---------------------------------------------------------------------------------------------------------------
# Contracts
# ---------------------------------------------------------------------------------------------------------------

def c01_br_it_docx(C: Corpus) -> None:
    """Italian supply agreement: OTD, penalty per working day capped at 'un decimo', ppm; payment terms yield nothing."""
    no, eff = "VM-IT-2026-014", "2026-02-01"
    facts = [cl("on_time_delivery", no, eff, "Art. 9.1", target=95.0, unit="%"),
             cl("late_delivery_penalty", no, eff, "Art. 9.3", penalty_rate=0.5, penalty_cap=10.0),
             cl("defect_ppm", no, eff, "Art. 10.2", target=150.0, unit="ppm"),
             cl("report_8d", no, eff, "Art. 10.4", target=10.0, unit="working days")]
    path = C.add(BR, "contratti/Contratto_fornitura_VM-IT-2026-014.docx", "contract", "it-docx-supply", facts)
    d = new_docx("Times New Roman", 11)
    docx_par(d, "CONTRATTO DI FORNITURA n. VM-IT-2026-014", bold=True, size=14, align="center")
    docx_par(d, f"tra {BUYER}, con sede in Hannover (Germania) (il \"Committente\"), e {BR.legal_name}, con sede in Vicenza (il \"Fornitore\").")
    docx_par(d, "Il presente contratto entra in vigore il 1° febbraio 2026 e ha durata di tre anni.")
    docx_par(d, "Art. 8 – Ordini e pagamenti", bold=True)
    docx_par(d, "8.1 Gli ordini sono confermati dal Fornitore entro 2 giorni lavorativi dal ricevimento.")
    docx_par(d, "8.2 Il pagamento avviene a 60 giorni data fattura fine mese; per pagamento entro 10 giorni è riconosciuto uno sconto del 2 %.")
    docx_par(d, "Art. 9 – Puntualità delle consegne e penali", bold=True)
    docx_par(d, "9.1 Il Fornitore garantisce una puntualità delle consegne (OTD) non inferiore al 95 % delle righe d'ordine, misurata per mese solare.")
    docx_par(d, "9.2 Per consegna puntuale si intende la consegna effettuata nella finestra da due giorni prima a zero giorni dopo la data confermata.")
    docx_par(d, "9.3 In caso di ritardo imputabile al Fornitore, il Committente ha diritto a una penale pari allo 0,5 % (zero virgola cinque per cento) del valore della consegna in ritardo per ogni giorno lavorativo di ritardo, fino a un massimo di un decimo del valore della consegna stessa.")
    docx_par(d, "Art. 10 – Qualità", bold=True)
    docx_par(d, "10.1 I prodotti sono conformi alle specifiche tecniche concordate (allegato B).")
    docx_par(d, "10.2 Il tasso di difettosità ammesso è pari a 150 ppm, calcolato sulle quantità consegnate nei dodici mesi precedenti.")
    docx_par(d, "10.4 Per ogni reclamo il Fornitore trasmette il rapporto 8D completo entro 10 giorni lavorativi dalla notifica.")
    docx_par(d, "Art. 14 – Riservatezza", bold=True)
    docx_par(d, "14.1 Gli obblighi di riservatezza restano in vigore per cinque anni dalla cessazione del contratto.")
    docx_par(d, "Hannover / Vicenza, 20 gennaio 2026")
    docx_table(d, [["Per il Committente", "Per il Fornitore"], ["Dr. Henrike Osterloh, Head of Purchasing", "Paolo Baggio, Direttore Acquisti"]], style="")
    save_docx(d, path)


def c02_mo_pt_pdf(C: Corpus) -> None:
    """Portuguese supply contract: a penalty per late delivery (not per day) capped at an amount of money."""
    no, eff = "VM-PT-0392", "2026-03-01"
    facts = [cl("on_time_delivery", no, eff, "Cláusula 7.1", target=97.0, unit="%"),
             cl("late_delivery_penalty", no, eff, "Cláusula 7.4", penalty_rate=2.0, penalty_cap=None),
             cl("complaint_acknowledgement", no, eff, "Cláusula 9.2", target=48.0, unit="hours"),
             cl("report_8d", no, eff, "Cláusula 9.3", target=15.0, unit="working days")]
    path = C.add(MO, "contratos/Contrato_de_Fornecimento_VM-PT-0392.pdf", "contract", "pt-pdf-per-delivery", facts)
    lk = Look("Serif", 10.2)
    s = [P("CONTRATO DE FORNECIMENTO N.º VM-PT-0392", lk.h1),
         P(f"Entre {BUYER} (\"Comprador\") e {MO.legal_name}, com sede em Coimbra (\"Fornecedor\").", lk.body),
         P("Cláusula 2.ª – Vigência. O presente contrato produz efeitos a partir de 1 de março de 2026, por um período de quatro anos.", lk.body),
         P("Cláusula 7.ª – Cumprimento de prazos", lk.h3),
         P("7.1 O Fornecedor compromete-se a atingir uma taxa de entregas no prazo de, pelo menos, 97 % das linhas de encomenda em cada mês civil.", lk.body),
         P("7.2 Considera-se entregue no prazo a encomenda recebida no armazém do Comprador até à data confirmada.", lk.body),
         P("7.4 Por cada entrega efetuada com atraso superior a dois dias úteis, o Fornecedor pagará uma multa equivalente a 2 % do valor da respetiva entrega, independentemente da duração do atraso. O montante total das multas fica limitado a 50.000 EUR (cinquenta mil euros) por ano civil.", lk.body),
         P("Cláusula 9.ª – Reclamações", lk.h3),
         P("9.2 O Fornecedor acusa a receção de cada reclamação no prazo de 48 horas.", lk.body),
         P("9.3 O relatório 8D completo é enviado no prazo de 15 dias úteis a contar da reclamação.", lk.body),
         P("Cláusula 11.ª – Pagamento. As faturas são pagas a 45 dias; juros de mora à taxa legal em vigor.", lk.body),
         P("Cláusula 15.ª – Denúncia. Qualquer das partes pode denunciar o contrato com um pré-aviso de seis meses.", lk.body), SP(8),
         P("Hannover e Coimbra, 18 de fevereiro de 2026", lk.body),
         P("Pelo Comprador: Henrike Osterloh          Pelo Fornecedor: Rui Alvarenga Pinto", lk.body)]
    pdf(path, s, lk, running(footer_center="Página {page} de {total}"))


def c03_wo_pl_pdf(C: Corpus) -> None:
    """Polish framework agreement: penalty per day of delay, capped at 10 %; complaint acknowledgement; warranty."""
    no, eff = "UR/VM/2026/07", "2026-01-01"
    facts = [cl("late_delivery_penalty", no, eff, "§ 6 ust. 2", penalty_rate=0.2, penalty_cap=10.0),
             cl("complaint_acknowledgement", no, eff, "§ 8 ust. 1", target=24.0, unit="hours"),
             cl("warranty", no, eff, "§ 9 ust. 1", target=8.0, unit="years", warranty_cycles=3000, capacity_retention_pct=80.0),
             cl("change_notice", no, eff, "§ 10 ust. 2", target=90.0, unit="days")]
    path = C.add(WO, "umowy/Umowa_ramowa_UR-VM-2026-07.pdf", "contract", "pl-pdf-framework", facts)
    lk = Look("Sans", 9.4)
    s = [P("UMOWA RAMOWA DOSTAW nr UR/VM/2026/07", lk.h1),
         P(f"zawarta pomiędzy {BUYER} (\"Zamawiający\") a {WO.legal_name} z siedzibą w Tarnowie Podgórnym (\"Dostawca\"). Umowa obowiązuje od dnia 1 stycznia 2026 r. na czas nieokreślony.", lk.body),
         P("§ 5 Płatności", lk.h3), P("1. Zapłata następuje w terminie 60 dni od daty doręczenia faktury. 2. W przypadku opóźnienia w zapłacie Dostawcy przysługują odsetki ustawowe za opóźnienie w transakcjach handlowych.", lk.body),
         P("§ 6 Terminowość i kary umowne", lk.h3),
         P("1. Dostawca zobowiązuje się dostarczać produkty w terminach określonych w potwierdzonych zamówieniach.", lk.body),
         P("2. Za każdy dzień zwłoki w dostawie Dostawca zapłaci Zamawiającemu karę umowną w wysokości 0,2% wartości netto dostawy opóźnionej, nie więcej jednak niż 10% wartości netto tej dostawy.", lk.body),
         P("3. Zamawiający może dochodzić odszkodowania przewyższającego wysokość kar umownych na zasadach ogólnych.", lk.body),
         P("§ 8 Reklamacje", lk.h3), P("1. Dostawca potwierdza otrzymanie reklamacji w ciągu 24 godzin od jej zgłoszenia.", lk.body),
         P("§ 9 Gwarancja", lk.h3), P("1. Dostawca udziela gwarancji na ogniwa na okres 8 lat od daty dostawy lub 3000 pełnych cykli ładowania, w zależności od tego, co nastąpi wcześniej; w okresie gwarancji pojemność nie spadnie poniżej 80% pojemności znamionowej.", lk.body),
         P("§ 10 Zmiany produktu", lk.h3), P("1. Zmiany procesu wymagają zgody Zamawiającego. 2. Dostawca powiadomi Zamawiającego o każdej planowanej zmianie co najmniej 90 dni przed jej wprowadzeniem.", lk.body),
         P("§ 14 Poufność", lk.h3), P("Strony zachowają w tajemnicy informacje poufne przez okres 5 lat od rozwiązania Umowy.", lk.body), SP(6),
         P("Poznań, dnia 12 grudnia 2025 r.", lk.body)]
    pdf(path, s, lk, running(footer_right="Strona {page} z {total}"))


def c04_sa_cs_docx(C: Corpus) -> None:
    """Czech purchase agreement: smluvní pokuta per day capped at 5 %; ppm; change notice."""
    no, eff = "KS-2026-0118", "2026-04-01"
    facts = [cl("late_delivery_penalty", no, eff, "čl. VII odst. 3", penalty_rate=0.05, penalty_cap=5.0),
             cl("defect_ppm", no, eff, "čl. VIII odst. 2", target=100.0, unit="ppm"),
             cl("change_notice", no, eff, "čl. VIII odst. 5", target=120.0, unit="days")]
    path = C.add(SA, "smlouvy/Kupni_smlouva_KS-2026-0118.docx", "contract", "cs-docx-purchase", facts)
    d = new_docx("Calibri", 10.5)
    docx_par(d, "RÁMCOVÁ KUPNÍ SMLOUVA č. KS-2026-0118", bold=True, size=14, align="center")
    docx_par(d, f"uzavřená mezi {BUYER} (\"Kupující\") a {SA.legal_name}, se sídlem Průmyslová 822, Sázava (\"Prodávající\").")
    docx_par(d, "Smlouva nabývá účinnosti dnem 1. dubna 2026.")
    docx_par(d, "Článek VI – Platební podmínky", bold=True)
    docx_par(d, "1. Splatnost faktur je 30 dní. 2. Při prodlení s úhradou je Kupující povinen zaplatit úrok z prodlení v zákonné výši.")
    docx_par(d, "Článek VII – Dodací podmínky a sankce", bold=True)
    docx_par(d, "1. Zboží se dodává DAP Hannover (Incoterms 2020).")
    docx_par(d, "3. V případě prodlení Prodávajícího s dodáním zboží je Prodávající povinen zaplatit Kupujícímu smluvní pokutu ve výši 0,05 % z ceny nedodaného zboží za každý i započatý den prodlení, maximálně však 5 % z ceny dané dodávky.")
    docx_par(d, "Článek VIII – Jakost", bold=True)
    docx_par(d, "2. Prodávající zajistí, že podíl vadných dílů nepřekročí 100 ppm za kalendářní rok.")
    docx_par(d, "5. Prodávající písemně oznámí Kupujícímu jakoukoli změnu výrobku, procesu nebo subdodavatele nejméně 120 dnů před jejím zavedením.")
    docx_par(d, "Článek XII – Doba trvání", bold=True)
    docx_par(d, "Smlouva se uzavírá na dobu tří let; výpovědní doba činí šest měsíců.")
    docx_par(d, "V Hannoveru dne 16. 3. 2026                V Sázavě dne 18. 3. 2026")
    save_docx(d, path)


def c05_li_nl_sla_table(C: Corpus) -> None:
    """Dutch SLA annex: a two-column KPI / remedy table with a service credit per percentage point."""
    no, eff = "VM-NL-SLA-2026-03", "2026-05-01"
    facts = [cl("on_time_delivery", no, eff, "Bijlage 2, punt 1", target=96.0, unit="%"),
             cl("otd_service_credit", no, eff, "Bijlage 2, punt 1", penalty_rate=1.0, penalty_cap=5.0),
             cl("complaint_acknowledgement", no, eff, "Bijlage 2, punt 3", target=48.0, unit="hours"),
             cl("report_8d", no, eff, "Bijlage 2, punt 4", target=15.0, unit="working days")]
    path = C.add(LI, "contracten/Bijlage_2_Service_Level_Agreement_VM-NL-SLA-2026-03.pdf", "contract", "nl-pdf-sla-table", facts)
    lk = Look("Arial", 9.6)
    rows = [["Prestatie-indicator (KPI)", "Remedie bij niet-nakoming"],
            ["1. Leverbetrouwbaarheid: minimaal 96 % van de orderregels op de bevestigde datum, gemeten per kalendermaand.",
             "Servicekrediet van 1 % van het maandelijks gefactureerde bedrag per volledig procentpunt onder 96 %, met een maximum van 5 % van dat bedrag per maand."],
            ["2. Leveringsvenster: levering tussen 07:00 en 15:00 uur op werkdagen.", "Bij herhaling: escalatiegesprek op directieniveau."],
            ["3. Klachtbevestiging: ontvangst van elke klacht bevestigd binnen 48 uur.", "Opname in de kwartaalbeoordeling."],
            ["4. 8D-rapport: volledig 8D-rapport binnen 15 werkdagen na de klachtmelding.", "Kosten van extra controle bij de afnemer voor rekening van de leverancier."]]
    s = [P("Bijlage 2 bij Raamovereenkomst VM-NL-2026-03 — Service Level Agreement", lk.h1l),
         P(f"Partijen: {BUYER} en {LI.legal_name} (Tiel). Deze bijlage treedt in werking op 1 mei 2026 en maakt integraal deel uit van de raamovereenkomst (SLA-nummer VM-NL-SLA-2026-03).", lk.body), SP(3),
         TBL(lk, rows, [85, 85]), SP(3),
         P("Betaling van facturen geschiedt binnen 30 dagen; bij betaling binnen 8 dagen geldt 1,5 % korting.", lk.body),
         P("Paraaf afnemer: H.O.      Paraaf leverancier: J.v.H.", lk.small)]
    pdf(path, s, lk, running(footer_right="Pagina {page} van {total}"))


def c06_kl_sv_docx(C: Corpus) -> None:
    """Swedish supply agreement: vite per started week, capped at 'en tiondel'; 8D; ppm."""
    no, eff = "LA-VM-2025-211", "2025-10-01"
    facts = [cl("on_time_delivery", no, eff, "Punkt 8.1", target=95.0, unit="%"),
             cl("late_delivery_penalty", no, eff, "Punkt 8.3", penalty_rate=0.5, penalty_cap=10.0),
             cl("defect_ppm", no, eff, "Punkt 9.2", target=200.0, unit="ppm")]
    path = C.add(KL, "avtal/Leveransavtal_LA-VM-2025-211.docx", "contract", "sv-docx-vite", facts)
    d = new_docx("Calibri", 10.5)
    docx_par(d, "LEVERANSAVTAL nr LA-VM-2025-211", bold=True, size=14)
    docx_par(d, f"Parter: {BUYER}, Hannover (\"Köparen\") och {KL.legal_name}, Karlstad (\"Leverantören\").")
    docx_par(d, "1. Avtalstid. Avtalet gäller från och med den 1 oktober 2025 och löper i fem år.")
    docx_par(d, "8. Leveranstid och vite", bold=True)
    docx_par(d, "8.1 Leverantören ska uppnå en leveransprecision om lägst 95 procent av orderraderna per kalendermånad.")
    docx_par(d, "8.2 Leverans i rätt tid avser leverans på bekräftad leveransdag enligt DAP Hannover.")
    docx_par(d, "8.3 Vid försenad leverans utgår vite med 0,5 procent av det försenade godsets värde för varje påbörjad vecka förseningen varar, dock högst en tiondel av det försenade godsets värde.")
    docx_par(d, "9. Kvalitet", bold=True)
    docx_par(d, "9.2 Andelen felaktiga celler får inte överstiga 200 ppm, mätt som rullande tolvmånadersvärde.")
    docx_par(d, "11. Betalning", bold=True)
    docx_par(d, "Betalning sker 60 dagar netto. Dröjsmålsränta utgår enligt räntelagen.")
    docx_par(d, "Karlstad och Hannover den 22 september 2025")
    save_docx(d, path)


def c07_kl_amendment_en(C: Corpus) -> None:
    """An English amendment to the Swedish agreement: new OTD and ppm targets (old values also printed); the vite
    clause restated unchanged yields nothing."""
    no, eff = "LA-VM-2025-211", "2026-07-01"
    facts = [cl("on_time_delivery", no, eff, "Clause 8.1", target=97.0, unit="%"),
             cl("defect_ppm", no, eff, "Clause 9.2", target=120.0, unit="ppm")]
    path = C.add(KL, "avtal/Amendment_No_1_LA-VM-2025-211.pdf", "contract", "en-pdf-amendment", facts)
    lk = Look("Serif", 10.5)
    rows = [["Clause", "Subject", "Previous wording", "New wording (from 1 July 2026)"],
            ["8.1", "On-time delivery", "at least 95 per cent of order lines per calendar month", "at least 97 per cent of order lines per calendar month"],
            ["9.2", "Defective cells", "not more than 200 ppm, rolling twelve months", "not more than 120 ppm, rolling twelve months"]]
    s = [P("AMENDMENT No. 1", lk.h1), P("to Supply Agreement No. LA-VM-2025-211 dated 22 September 2025", lk.center), SP(4),
         P(f"between {BUYER} (the \"Buyer\") and {KL.legal_name} (the \"Supplier\").", lk.body),
         P("1. With effect from 1 July 2026 the Agreement is amended as set out in the table below. The previous wording ceases to apply from that date.", lk.body),
         TBL(lk, rows, [16, 30, 60, 64]), SP(3),
         P("2. For the avoidance of doubt, the liquidated damages of Clause 8.3 (0.5 per cent per started week, capped at one tenth of the value of the late goods) remain unchanged.", lk.body),
         P("3. All other terms of the Agreement remain in full force and effect.", lk.body), SP(8),
         P("Signed in Karlstad and Hannover on 10 June 2026.", lk.body)]
    pdf(path, s, lk, running(footer_right="Amendment No. 1 – page {page} of {total}"))


def c08_sw_side_letter(C: Corpus) -> None:
    """A side letter that replaces the warranty of a US supply agreement."""
    no, eff = "VM-US-2025-088", "2026-09-01"
    facts = [cl("warranty", no, eff, "Section 12.1", target=10.0, unit="years", warranty_cycles=6000, capacity_retention_pct=70.0)]
    path = C.add(SW, "contracts/Side_Letter_VM-US-2025-088_warranty.docx", "contract", "en-docx-side-letter", facts)
    d = new_docx("Calibri", 11)
    docx_par(d, "Sawtooth Grid Storage, Inc. · 2200 W Gowen Rd · Boise, ID 83705 · USA", size=9)
    docx_par(d, "August 21, 2026")
    docx_par(d, f"{BUYER}\nAttn.: Dr. Henrike Osterloh, Head of Purchasing\nHannover, Germany")
    docx_par(d, "Re: Side Letter to Supply Agreement No. VM-US-2025-088 – Battery warranty", bold=True)
    docx_par(d, "Dear Dr. Osterloh,")
    docx_par(d, "Further to our meeting in Hannover, this letter confirms our agreement that, effective September 1, 2026, Section 12.1 (Warranty) of the Supply Agreement is replaced as follows:")
    docx_par(d, "\"12.1 Supplier warrants each SGS-RACK-51 and SGS-CAB-215 battery system for ten (10) years from the date of commissioning or 6,000 equivalent full cycles, whichever occurs first, and warrants that the usable energy at the end of that period will be no less than seventy percent (70%) of the nameplate energy.\"", italic=True)
    docx_par(d, "Batteries delivered before that date remain covered by the previous warranty of eight (8) years or 4,000 cycles. Prices and payment terms (net 45 days) are not affected by this letter, nor is the 2% early-payment discount.")
    docx_par(d, "Please countersign and return one copy.")
    docx_par(d, "Sincerely,\n\nBrent Halvorsen\nVP Commercial, Sawtooth Grid Storage, Inc.")
    docx_par(d, "Acknowledged and agreed: ______________________  Vantor Mobility AG")
    save_docx(d, path)


def c09_ke_bonus_malus_pdf(C: Corpus) -> None:
    """A quality assurance agreement with a bonus/malus scheme; the malus is capped at an amount of money."""
    no, eff = "QAA-VM-FI-2026-02", "2026-01-15"
    facts = [cl("on_time_delivery", no, eff, "Clause 5.1", target=95.0, unit="%"),
             cl("otd_service_credit", no, eff, "Clause 5.3", penalty_rate=0.5, penalty_cap=None),
             cl("defect_ppm", no, eff, "Clause 6.1", target=50.0, unit="ppm"),
             cl("change_notice", no, eff, "Clause 7.2", target=180.0, unit="days")]
    path = C.add(KE, "contracts/QAA-VM-FI-2026-02_Quality_Assurance_Agreement.pdf", "contract", "en-pdf-bonus-malus", facts)
    lk = Look("Arial", 9.6)
    s = [P("QUALITY ASSURANCE AGREEMENT", lk.h1), P("No. QAA-VM-FI-2026-02", lk.center),
         P(f"between {BUYER}, Hannover, Germany and {KE.legal_name}, Rovaniemi, Finland. Effective date: 15 January 2026.", lk.body),
         P("5. Delivery performance, bonus and malus", lk.h3),
         P("5.1 The Supplier shall achieve an on-time delivery rate of at least 95 % of order lines, measured per calendar quarter.", lk.body),
         P("5.2 Bonus: if the on-time delivery rate reaches 99 % or more in a calendar quarter, the Buyer grants a bonus of 1 % of the invoiced value of that quarter.", lk.body),
         P("5.3 Malus: for each full percentage point by which the on-time delivery rate of a calendar quarter falls below 95 %, the Supplier grants a credit of 0.5 % of the invoiced value of that quarter. The malus shall not exceed EUR 100,000 per calendar year.", lk.body),
         P("6. Product quality", lk.h3),
         P("6.1 Zero-defect target; the Supplier shall in any case not exceed 50 ppm of defective parts, evaluated per calendar year.", lk.body),
         P("7. Changes", lk.h3),
         P("7.2 The Supplier shall notify the Buyer in writing at least 180 calendar days before implementing any change of product, process, material, sub-supplier or production site (PCN).", lk.body),
         P("9. Term. This Agreement remains in force as long as supplies are made under the framework agreement.", lk.body), SP(8),
         P("For the Buyer: H. Osterloh            For the Supplier: Antti Heikkilä", lk.body)]
    pdf(path, s, lk, running(footer_right="QAA-VM-FI-2026-02 · {page}/{total}"))


def c10_to_ja_docx(C: Corpus) -> None:
    """A Japanese quality assurance agreement: ppm, complaint acknowledgement, 8D, change notice."""
    no, eff = "QA-2026-VM-03", "2026-04-01"
    facts = [cl("defect_ppm", no, eff, "第7条第1項", target=30.0, unit="ppm"),
             cl("complaint_acknowledgement", no, eff, "第8条第1項", target=24.0, unit="hours"),
             cl("report_8d", no, eff, "第8条第2項", target=10.0, unit="working days"),
             cl("change_notice", no, eff, "第10条", target=180.0, unit="days")]
    path = C.add(TO, "契約/品質保証協定書_QA-2026-VM-03.docx", "contract", "ja-docx-qaa", facts)
    d = new_docx("MS Mincho", 10.5)
    docx_par(d, "品質保証協定書（協定番号 QA-2026-VM-03）", bold=True, size=14, align="center")
    docx_par(d, f"{BUYER}（以下「甲」という）と利根川バッテリーワークス株式会社（以下「乙」という）は、乙が甲に納入する電池セルの品質保証に関し、次のとおり協定する。")
    docx_par(d, "第7条（品質目標）", bold=True)
    docx_par(d, "1　乙は、納入品の不良率を年間30ppm以下とする。")
    docx_par(d, "第8条（不具合対応）", bold=True)
    docx_par(d, "1　乙は、甲から不具合の通知を受けたときは、24時間以内に受領を甲に通知する。")
    docx_par(d, "2　乙は、通知を受けた日から10営業日以内に8Dレポートを甲に提出する。")
    docx_par(d, "第10条（変更管理）", bold=True)
    docx_par(d, "乙は、材料、工程、製造場所又は外注先を変更しようとするときは、変更の180日前までに甲に書面で通知し、甲の承認を得なければならない。")
    docx_par(d, "第12条（支払）", bold=True)
    docx_par(d, "代金は、毎月末日締め翌月末日払いとする。")
    docx_par(d, "第15条（有効期間）", bold=True)
    docx_par(d, "本協定は、2026年4月1日から効力を生じ、有効期間は3年とする。")
    docx_par(d, "2026年3月18日")
    save_docx(d, path)


def c11_yh_amendment_pdf(C: Corpus) -> None:
    """Amendment No. 2: a late-delivery penalty rate and cap replaced; an old/new table; the OTD target restated."""
    no, eff = "VM-CN-2024-051", "2026-06-01"
    facts = [cl("late_delivery_penalty", no, eff, "Clause 11.2", penalty_rate=0.5, penalty_cap=8.0)]
    path = C.add(YH, "contracts/VM-CN-2024-051_Amendment_No.2.pdf", "contract", "en-pdf-amendment-old-new", facts)
    lk = Look("Sans", 9.6)
    rows = [["", "Before this Amendment", "From 1 June 2026"],
            ["Rate", "0.3 % of the value of the delayed goods per calendar day", "0.5 % of the value of the delayed goods per calendar day"],
            ["Cap", "5 % of the value of the delayed goods", "8 % of the value of the delayed goods"]]
    s = [P("AMENDMENT No. 2 TO CELL SUPPLY AGREEMENT No. VM-CN-2024-051", lk.h1),
         P(f"Parties: {BUYER} (\"Buyer\") and {YH.legal_name} (\"Seller\"), Yangzhou, Jiangsu, PR China.", lk.body),
         P("Recitals: The Parties entered into the Cell Supply Agreement on 3 September 2024 (as amended by Amendment No. 1 of 12 March 2025). The on-time delivery target of Clause 11.1 (96 % per calendar month) remains unchanged.", lk.body),
         P("Article 1. Clause 11.2 (Liquidated damages for late delivery) is amended with effect from 1 June 2026 as follows:", lk.body),
         TBL(lk, rows, [24, 73, 73]), SP(3),
         P("Article 2. Clause 14 (Payment) is amended so that payment is due 90 days after receipt of invoice by telegraphic transfer.", lk.body),
         P("Article 3. This Amendment is made in English and Chinese; the English version prevails.", lk.body), SP(8),
         P("Buyer: Henrike Osterloh, Head of Purchasing        Seller: Shen Lijun, General Manager", lk.body),
         P("Date: 20 May 2026", lk.body)]
    pdf(path, s, lk, running(footer_right="{page} / {total}"))


def c12_li_general_docx(C: Corpus) -> None:
    """An English framework agreement that is mostly non-SLA; one warranty clause only."""
    no, eff = "VM-NL-2026-03", "2026-05-01"
    facts = [cl("warranty", no, eff, "Article 13.1", target=5.0, unit="years", warranty_cycles=None, capacity_retention_pct=80.0)]
    path = C.add(LI, "contracten/Framework_Agreement_VM-NL-2026-03.docx", "contract", "en-docx-mostly-non-sla", facts)
    d = new_docx("Calibri", 10.5)
    docx_par(d, "FRAMEWORK SUPPLY AGREEMENT No. VM-NL-2026-03", bold=True, size=14, align="center")
    docx_par(d, f"between {BUYER} (\"Buyer\") and {LI.legal_name}, Tiel, the Netherlands (\"Supplier\"). This Agreement takes effect on 1 May 2026 for an initial term of three (3) years.")
    docx_par(d, "Article 4 – Orders. The Supplier shall acknowledge each purchase order within three (3) working days. Forecasts are non-binding except for the first four (4) weeks.", )
    docx_par(d, "Article 6 – Prices. Prices are fixed for twelve (12) months and thereafter reviewed annually against the metal indices of Annex 4.")
    docx_par(d, "Article 7 – Payment. Invoices are payable within sixty (60) days; late payments bear interest at the statutory rate (Article 6:119a Dutch Civil Code).")
    docx_par(d, "Article 9 – Service levels. Delivery performance, complaint handling and 8D reporting are governed by Annex 2 (Service Level Agreement).")
    docx_par(d, "Article 13 – Warranty", bold=True)
    docx_par(d, "13.1 The Supplier warrants that the battery cabinets are free from defects in design, material and workmanship for five (5) years from delivery, and that each cabinet retains at least 80% of its rated energy during that period under the operating conditions of Annex 1.")
    docx_par(d, "Article 16 – Confidentiality. Each party shall keep the other's confidential information secret for five (5) years after termination.")
    docx_par(d, "Article 18 – Termination. Either party may terminate with twelve (12) months' notice to the end of a calendar year.")
    docx_par(d, "Article 21 – Governing law. Dutch law; courts of Amsterdam.")
    docx_par(d, "Signed 24 April 2026")
    save_docx(d, path)


CONTRACT_DOCS = [c01_br_it_docx, c02_mo_pt_pdf, c03_wo_pl_pdf, c04_sa_cs_docx, c05_li_nl_sla_table, c06_kl_sv_docx,
                 c07_kl_amendment_en, c08_sw_side_letter, c09_ke_bonus_malus_pdf, c10_to_ja_docx, c11_yh_amendment_pdf,
                 c12_li_general_docx]


# ---------------------------------------------------------------------------------------------------------------
# Profiles
# ---------------------------------------------------------------------------------------------------------------

def p01_br_json(C: Corpus) -> None:
    fact = {"kind": "profile", "legal_name": BR.legal_name, "country": "Italy", "products": ["BA-48V-100", "BA-48V-200"],
            "contact_email": "c.zanon@brenta-accumulatori.it", "code_of_conduct_signed": True,
            "code_of_conduct_date": "2026-01-28"}
    path = C.add(BR, "profilo/supplier_portal_profile_IT-00417.json", "profile", "json-portal", [fact])
    doc = {"supplierId": "IT-00417", "company": {"registeredName": BR.legal_name, "vat": "IT03918270247",
                                                "address": {"street": "Via dell'Industria 14", "city": "Vicenza", "zip": "36100", "countryCode": "IT", "country": "Italy"}},
           "commodity": "Battery packs (48 V, LFP)", "partNumbers": ["BA-48V-100", "BA-48V-200"],
           "primaryContact": {"name": "Chiara Zanon", "role": "Key Account", "email": "c.zanon@brenta-accumulatori.it"},
           "compliance": {"supplierCodeOfConduct": {"status": "SIGNED", "signedOn": "2026-01-28", "signatory": "Paolo Baggio"},
                          "iso9001": True, "iso14001": True},
           "exportedAt": "2026-07-07T08:14:00Z"}
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def p02_wo_xlsx_unsigned(C: Corpus) -> None:
    fact = {"kind": "profile", "legal_name": WO.legal_name, "country": "Poland", "products": ["WO-NMC-60Ah", "WO-NMC-94Ah"],
            "contact_email": "k.wilk@warta-ogniwa.pl", "code_of_conduct_signed": False, "code_of_conduct_date": None, "automotive": True}
    path = C.add(WO, "profil/Formularz_rejestracji_dostawcy_Warta_Ogniwa.xlsx", "profile", "pl-xlsx-form-unsigned", [fact])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Formularz"
    for r in [["Formularz rejestracji dostawcy / Supplier registration form"], [],
              ["Nazwa firmy / Legal name", WO.legal_name], ["Kraj / Country", "Polska / Poland"],
              ["NIP / VAT", "PL7792430015"], ["Produkty / Products", "Ogniwa pryzmatyczne WO-NMC-60Ah, WO-NMC-94Ah"],
              ["Branża motoryzacyjna (IATF 16949) / Automotive", "Tak / Yes"],
              ["Osoba kontaktowa / Contact", "Katarzyna Wilk"], ["E-mail", "k.wilk@warta-ogniwa.pl"],
              ["Kodeks postępowania dostawcy podpisany? / Supplier Code of Conduct signed?", "Nie / No – w trakcie weryfikacji prawnej, podpis Zarządu planowany"],
              ["Data podpisania / Date signed", "—"]]:
        ws.append(r)
    ws.column_dimensions["A"].width = 60
    ws.column_dimensions["B"].width = 60
    save_xlsx(wb, path)


def p03_li_docx_signed(C: Corpus) -> None:
    fact = {"kind": "profile", "legal_name": LI.legal_name, "country": "Netherlands", "products": ["LES-ESS-100", "LES-ESS-215"],
            "contact_email": "j.vanhaeften@lingedal-energy.nl", "code_of_conduct_signed": True, "code_of_conduct_date": "2026-03-09",
            "automotive": False}
    path = C.add(LI, "profiel/Leveranciersprofiel_Lingedal.docx", "profile", "nl-docx-signed", [fact])
    d = new_docx("Arial", 10)
    docx_par(d, "Leveranciersprofiel / Supplier onboarding form – Vantor Mobility AG", bold=True, size=13)
    docx_table(d, [["Veld / Field", "Antwoord / Answer"],
                   ["Statutaire naam / Legal name", LI.legal_name], ["Land / Country", "Nederland"],
                   ["KvK-nummer", "71234519"], ["Producten / Products", "LES-ESS-100, LES-ESS-215 (stationaire batterijkasten)"],
                   ["Automotive (IATF 16949)", "Nee / No"],
                   ["Contactpersoon kwaliteit", "Joost van Haeften – j.vanhaeften@lingedal-energy.nl"],
                   ["Gedragscode voor leveranciers ondertekend / Supplier Code of Conduct signed", "Ja, op 9 maart 2026 (M. de Kruijf, directeur)"]])
    save_docx(d, path)


def p04_yh_docx_unsigned_zh(C: Corpus) -> None:
    fact = {"kind": "profile", "legal_name": YH.legal_name, "country": "China", "products": ["HR-LFP-280Ah", "HR-LFP-314Ah"],
            "contact_email": "zhouxm@hengrun-li.cn", "code_of_conduct_signed": False, "code_of_conduct_date": None}
    path = C.add(YH, "profile/供应商信息表_扬州恒润.docx", "profile", "zh-docx-unsigned", [fact])
    d = new_docx("SimSun", 10)
    docx_par(d, "供应商基本信息表 / Supplier Information Form", bold=True, size=13)
    docx_table(d, [["项目 / Item", "内容 / Content"],
                   ["公司名称 / Company name", f"扬州恒润锂电池有限公司 / {YH.legal_name}"],
                   ["国家 / Country", "中国 / China"], ["统一社会信用代码", "91321000MA1XK3R27P"],
                   ["主要产品 / Products", "HR-LFP-280Ah, HR-LFP-314Ah 磷酸铁锂储能电芯"],
                   ["联系人 / Contact", "周晓梅 Zhou Xiaomei, zhouxm@hengrun-li.cn"],
                   ["供应商行为准则 / Supplier Code of Conduct", "未签署（法务审核中）/ Not signed – under legal review"],
                   ["签署日期 / Date of signature", ""]])
    docx_par(d, "填表日期：2026年4月15日")
    save_docx(d, path)


def p05_sw_pdf_signed(C: Corpus) -> None:
    fact = {"kind": "profile", "legal_name": SW.legal_name, "country": "United States", "products": ["SGS-RACK-51", "SGS-CAB-215"],
            "contact_email": "dwhitlock@sawtoothgrid.com", "code_of_conduct_signed": True, "code_of_conduct_date": "2025-11-04",
            "automotive": False}
    path = C.add(SW, "profile/Vantor_Supplier_Onboarding_Sawtooth.pdf", "profile", "en-pdf-form-signed", [fact])
    lk = Look("Arial", 9.6)
    s = [P("Vantor Mobility AG — Supplier Onboarding Form", lk.h1l), SP(2),
         KV(lk, [("Legal entity name", SW.legal_name), ("Country of incorporation", "United States (Delaware); plant in Boise, Idaho"),
                 ("Product(s) supplied", "SGS-RACK-51; SGS-CAB-215"), ("Automotive supplier (IATF 16949)?", "No"),
                 ("Quality contact", "Dana Whitlock — dwhitlock@sawtoothgrid.com — +1 208 555 0142"),
                 ("Vantor Supplier Code of Conduct", "☒ Signed   ☐ Not signed"), ("Date signed", "11/04/2025"),
                 ("Signed by", "Brent Halvorsen, VP Commercial")], widths=(62, 110))]
    pdf(path, s, lk, running(footer_left="F-PUR-007 rev. 5", footer_right="{page}/{total}"))


def p06_ke_xlsx_portal(C: Corpus) -> None:
    fact = {"kind": "profile", "legal_name": KE.legal_name, "country": "Finland", "products": ["KA-MOD-24", "KA-PACK-96"],
            "contact_email": "antti.heikkila@kemijoki-akku.fi", "code_of_conduct_signed": True, "code_of_conduct_date": "2026-02-12"}
    path = C.add(KE, "profile/portal_export_supplier_FI-30551.xlsx", "profile", "xlsx-portal-row", [fact])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Suppliers"
    ws.append(["Supplier ID", "Legal Name", "Country", "City", "Part Numbers", "Primary Contact", "Contact Email", "CoC Status", "CoC Signed Date", "Risk Tier", "Last Update"])
    ws.append(["FI-30551", KE.legal_name, "Finland", "Rovaniemi", "KA-MOD-24; KA-PACK-96", "Antti Heikkilä", "antti.heikkila@kemijoki-akku.fi", "Accepted", "12.02.2026", "Medium", "2026-06-30"])
    save_xlsx(wb, path)


PROFILE_DOCS = [p01_br_json, p02_wo_xlsx_unsigned, p03_li_docx_signed, p04_yh_docx_unsigned_zh, p05_sw_pdf_signed,
                p06_ke_xlsx_portal]

DOCUMENTS = KPI_DOCS + MINERALS_DOCS + CONTRACT_DOCS + PROFILE_DOCS


def build(out: Path) -> dict:
    """Write the corpus and its truth; returns the truth."""
    return bt.build(Path(out), documents=DOCUMENTS, suppliers=SUPPLIERS, generator=GENERATOR, seed=SEED)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m evals.handwritten.build_supply OUT_DIR", file=sys.stderr)
        return 2
    truth = build(Path(args[0]))
    counts = Counter(doc["kind"] for doc in truth["documents"])
    facts = sum(len(doc["facts"]) for doc in truth["documents"])
    print(f"{len(truth['documents'])} documents, {facts} facts ({', '.join(f'{k} {n}' for k, n in sorted(counts.items()))}), "
          f"{len(truth['suppliers'])} suppliers -> {args[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

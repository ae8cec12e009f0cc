"""Monthly KPI exports (on-time delivery, defect ppm, lead time): CSV, Excel, Markdown, PDF and Word, long
and wide, with the column names and month formats real exports use."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from evals.styles.kinds.common import GenDoc
from evals.styles.render import Doc, save_workbook
from evals.styles.vocab import Ctx, Held, fmt_month, fmt_num

STYLES = ["csv-long", "csv-semicolon-de", "xlsx-title-rows", "xlsx-wide", "md-table", "pdf-scorecard", "docx-table",
          "csv-month-names", "fr-xlsx", "csv-pct-strings"]

OTD = {"en": ["OTD %", "On-time delivery (%)", "OTD", "Delivery performance %", "OTIF %", "Schedule adherence",
              "Delivered on time [%]", Held("Punctuality rate"), Held("OT%")],
       "de": ["Liefertreue %", "Liefertermintreue (%)"], "fr": ["Taux de service (%)", "Livraisons à l'heure %"],
       "es": ["Entregas a tiempo (%)", "Puntualidad %"]}
PPM = {"en": ["PPM", "Defect rate (ppm)", "Quality ppm", "Reject ppm", Held("DPPM")],
       "de": ["Fehler-ppm", "Reklamationsquote (ppm)"], "fr": ["Taux de défauts (ppm)"], "es": ["Defectos (ppm)"]}
LEAD = {"en": ["Lead time (days)", "LT [d]", "Avg. lead time (days)", "Lead time"],
        "de": ["Lieferzeit (Tage)"], "fr": ["Délai (jours)"], "es": ["Plazo de entrega (días)"]}
MONTH = {"en": ["Month", "Period", "Reporting month"], "de": ["Monat"], "fr": ["Mois"], "es": ["Mes"]}


def _months(ctx: Ctx) -> list[tuple[int, int]]:
    n = ctx.randint(5, 12)
    y, m = ctx.as_of.year, ctx.as_of.month - 1
    out = []
    for _ in range(n):
        if m == 0:
            y, m = y - 1, 12
        out.append((y, m))
        m -= 1
    return list(reversed(out))


def kpi(ctx: Ctx, sup) -> GenDoc:
    style = ctx.style("kpi", STYLES)
    lang = {"csv-semicolon-de": "de", "fr-xlsx": "fr"}.get(style, "en")
    comma = lang in ("de", "fr")
    months = _months(ctx)
    has_lead = ctx.chance(0.75)
    has_ppm = ctx.chance(0.9)
    weak = ctx.chance(0.35)  # a supplier that misses its OTD target for a while
    rows: list[dict[str, Any]] = []
    for i, (y, m) in enumerate(months):
        otd: float | None = round(ctx.rng.uniform(86.0, 94.5) if weak and i >= len(months) - 3
                                  else ctx.rng.uniform(94.0, 100.0), 1)
        ppm = float(ctx.randint(0, 600)) if has_ppm else None
        lead = float(ctx.randint(12, 60)) if has_lead else None
        if ctx.chance(0.06):
            otd = None
        rows.append({"month": f"{y}-{m:02d}", "y": y, "m": m, "otd": otd, "ppm": ppm, "lead": lead})
    mstyle = {"csv-month-names": ctx.pick(["mon-yy", "mon yyyy", "month yyyy"]),
              "csv-semicolon-de": ctx.pick(["mm/yyyy", "month yyyy", "iso"]),
              "fr-xlsx": ctx.pick(["month yyyy", "mm/yyyy"])}.get(style, ctx.pick(["iso", "iso", "mon yyyy",
                                                                                   "yyyy.mm", "first-day"]))
    heads = [ctx.pick(MONTH[lang]), ctx.pick(OTD[lang])]
    if has_ppm:
        heads.append(ctx.pick(PPM[lang]))
    if has_lead:
        heads.append(ctx.pick(LEAD[lang]))
    noise_col = ctx.chance(0.4)
    if noise_col:
        heads.append({"de": "Rechnungswert (EUR)", "fr": "Montant facturé (EUR)"}.get(lang, "Invoiced value (EUR)"))

    def cell(v: float | None, pct: bool = False) -> str:
        if v is None:
            return ""
        text = fmt_num(v, comma)
        return f"{text}%" if pct else text

    def table_rows(pct: bool = False) -> list[list[str]]:
        out = []
        for r in rows:
            line = [fmt_month(r["y"], r["m"], mstyle, lang), cell(r["otd"], pct)]
            if has_ppm:
                line.append(cell(r["ppm"]))
            if has_lead:
                line.append(cell(r["lead"]))
            if noise_col:
                line.append(fmt_num(float(ctx.randint(80, 900) * 1000), comma))
            out.append(line)
        return out

    writer = None
    doc = None
    title = {"de": "Lieferantenbewertung – Kennzahlen", "fr": "Indicateurs fournisseur"}.get(
        lang, ctx.pick(["Supplier KPI report", "Monthly supplier scorecard", "Vendor performance export"]))
    if style in ("csv-long", "csv-semicolon-de", "csv-month-names", "csv-pct-strings"):
        fmt = "csv"
        delim = ";" if comma else ctx.pick([",", ",", "\t", "|"]) if style != "csv-pct-strings" else ","
        body = table_rows(pct=style == "csv-pct-strings")
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=delim, lineterminator="\n")
        w.writerow(heads)
        w.writerows(body)
        text = buf.getvalue()

        def writer(path: Path) -> None:
            path.write_text(text, encoding="utf-8")
    elif style in ("xlsx-title-rows", "xlsx-wide", "fr-xlsx"):
        fmt = "xlsx"
        wide = style == "xlsx-wide"
        data_rows = rows
        title_rows = [[title], [f"Supplier: {sup.legal_name}"], []] if style != "fr-xlsx" or ctx.chance(0.5) else []

        def writer(path: Path) -> None:
            import openpyxl

            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = ctx_title
            for tr in title_rows:
                ws.append(tr)
            if wide:
                ws.append([heads[0]] + [fmt_month(r["y"], r["m"], mstyle, lang) for r in data_rows])
                ws.append([heads[1]] + [r["otd"] for r in data_rows])
                i = 2
                if has_ppm:
                    ws.append([heads[i]] + [r["ppm"] for r in data_rows])
                    i += 1
                if has_lead:
                    ws.append([heads[i]] + [r["lead"] for r in data_rows])
            else:
                ws.append(heads)
                for r in data_rows:
                    line = [fmt_month(r["y"], r["m"], mstyle, lang), r["otd"]]
                    if has_ppm:
                        line.append(r["ppm"])
                    if has_lead:
                        line.append(r["lead"])
                    if noise_col:
                        line.append(1000.0 * (r["m"] + 80))
                    ws.append(line)
            save_workbook(wb, path)
        ctx_title = ctx.pick(["KPI", "Scorecard", "Export", "Sheet1"])
    else:
        doc = Doc(title=title)
        doc.p(f"Supplier: {sup.legal_name}")
        doc.table(heads, table_rows(pct=ctx.chance(0.3)))
        if style == "pdf-scorecard":
            fmt = "pdf"
            doc.p("Targets per the supply agreement. Months below target are reviewed in the quarterly business "
                  "review.", small=True)
        else:
            fmt = {"md-table": "md", "docx-table": "docx"}[style]
    fname = ctx.pick([f"kpi_{months[-1][0]}_monthly", "scorecard", f"{sup.short} KPIs", "vendor_performance_export",
                      f"Lieferantenbewertung_{months[-1][0]}"])
    truth_months = [{"month": r["month"], "on_time_delivery_pct": r["otd"], "defect_ppm": r["ppm"],
                     "lead_time_days": r["lead"]} for r in rows]
    flags = ["unusual_otd_column"] if heads[1] not in ("OTD %", "On-time delivery (%)", "OTD") else []
    if weak:
        flags.append("otd_below_target")
    return GenDoc("kpi", style, fmt, f"kpi/{fname}.{fmt}", facts=[{"kind": "kpi", "months": truth_months}], doc=doc,
                  writer=writer, flags=flags)

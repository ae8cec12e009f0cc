"""Documents that are no governance evidence and must yield no facts: packing lists, meeting notes,
invoices, newsletters, certificates of analysis, shipment trackers, visit reports. Several mention
standards, dates, percentages or "certificate" on purpose."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from evals.styles.kinds.common import GenDoc, noise_footer, pick_format
from evals.styles.render import Doc, save_workbook
from evals.styles.vocab import Ctx, date_style, fmt_date, person

STYLES = ["packing-list-pdf", "packing-list-xlsx", "meeting-notes-docx", "meeting-notes-md", "invoice-pdf",
          "newsletter-md", "coa-pdf", "shipping-csv", "visit-report-txt"]


def noise(ctx: Ctx, sup) -> GenDoc:
    style = ctx.style("noise", STYLES)
    ds = date_style(ctx)
    d = lambda x: fmt_date(x, ds)  # noqa: E731
    day = ctx.date_between(ctx.as_of - dt.timedelta(days=300), ctx.as_of - dt.timedelta(days=2))
    model = sup.products[0].model if sup.products else f"{sup.prefix}-100"
    writer = None
    doc = None
    fmt = "pdf"
    if style in ("packing-list-pdf", "packing-list-xlsx"):
        items = [[str(i + 1), p.model, p.ptype, str(ctx.randint(10, 4000)), f"{ctx.randint(20, 900)} kg"]
                 for i, p in enumerate(sup.products or [])] or [["1", model, "goods", "100", "250 kg"]]
        if style == "packing-list-pdf":
            doc = Doc(title="PACKING LIST")
            doc.kv([("Packing list no.", f"PL-{day:%y%m}-{ctx.randint(100, 999)}"), ("Date", d(day)),
                    ("Shipper", sup.legal_name), ("Consignee", "Aurelia Energy Systems GmbH, Werk Nord"),
                    ("Incoterms", ctx.pick(["FCA", "DAP", "CIF Hamburg"]))])
            doc.table(["Pos.", "Part no.", "Description", "Qty", "Gross weight"], items)
            doc.p("Lithium ion batteries, UN3480, Class 9, packed in accordance with PI 965 Section IB. UN 38.3 test "
                  "summary available on request. Certificate of origin attached.")
        else:
            fmt = "xlsx"

            def writer(path: Path) -> None:
                import openpyxl

                wb = openpyxl.Workbook()
                ws = wb.active
                ws.title = "Packing list"
                ws.append(["Packing list", f"PL-{day:%y%m}"])
                ws.append(["Date", day])
                ws.append([])
                ws.append(["Pos.", "Part no.", "Description", "Qty", "Gross weight"])
                for it in items:
                    ws.append(it)
                save_workbook(wb, path)
    elif style in ("meeting-notes-docx", "meeting-notes-md"):
        fmt = "docx" if style.endswith("docx") else "md"
        doc = Doc(title=f"Meeting notes – {sup.short} / Aurelia – {d(day)}")
        doc.kv([("Participants", f"{sup.contact_name} ({sup.short}), {person(ctx)} (Aurelia Procurement), "
                                 f"{person(ctx)} (Aurelia SQE)"), ("Location", ctx.pick(["Teams", "on site",
                                                                                          "Aurelia HQ"]))])
        doc.h("Discussion", 2)
        doc.bullets([
            f"Ramp-up of {model}: volumes for Q{ctx.randint(1, 4)} confirmed.",
            f"Supplier plans its ISO 9001 recertification audit for "
            f"{d(day + dt.timedelta(days=ctx.randint(60, 300)))}; certificate to be shared afterwards.",
            f"Delivery performance last quarter around {ctx.randint(90, 99)} %; logistics to review the Hamburg route.",
            "Price review postponed to the next QBR.",
        ])
        doc.h("Actions", 2)
        doc.bullets([f"{sup.contact_name}: send updated capacity plan by {d(day + dt.timedelta(days=14))}",
                     "Aurelia: share forecast for next year"])
    elif style == "invoice-pdf":
        doc = Doc(title="COMMERCIAL INVOICE")
        doc.kv([("Invoice no.", f"INV-{day.year}-{ctx.randint(1000, 9999)}"), ("Invoice date", d(day)),
                ("Seller", sup.legal_name), ("Buyer", "Aurelia Energy Systems GmbH"),
                ("Payment terms", ctx.pick(["60 days net", "30 days 2 % discount, 60 days net"]))])
        qty = ctx.randint(100, 5000)
        price = ctx.randint(2, 900)
        doc.table(["Item", "Qty", "Unit price (EUR)", "Amount (EUR)"],
                  [[model, str(qty), f"{price:.2f}", f"{qty * price:,.2f}"]])
        doc.p(f"Total: EUR {qty * price:,.2f}. Country of origin: {sup.country}.")
        doc.footer = noise_footer(ctx)
    elif style == "newsletter-md":
        fmt = "md"
        doc = Doc(title=f"{sup.short} – customer newsletter {day.year}/{ctx.randint(1, 4)}")
        doc.p(f"We are proud to announce the opening of our new plant in {sup.city}. The plant will be certified to "
              "ISO 14001 and ISO 45001 during the coming year.")
        doc.p("Our engineers presented new results on fast charging at the Battery Show; the presentation is "
              "available on request.")
        doc.p(f"Seasonal shutdown: {d(dt.date(day.year, 12, 23))} to {d(dt.date(day.year + 1, 1, 2))}.")
    elif style == "coa-pdf":
        doc = Doc(title="CERTIFICATE OF ANALYSIS")
        doc.kv([("Product", sup.products[0].ptype if sup.products else "material"),
                ("Batch", f"B{ctx.randint(10000, 99999)}"),
                ("Production date", d(day)), ("Retest date", d(day + dt.timedelta(days=365)))])
        doc.table(["Parameter", "Specification", "Result"],
                  [["Moisture (ppm)", "<= 300", str(ctx.randint(80, 290))], ["D50 (µm)", "10–14",
                   f"{ctx.randint(100, 140) / 10:.1f}"], ["Fe (ppm)", "<= 20", str(ctx.randint(2, 19))]])
        doc.p("The batch conforms to the agreed specification. Released by QC.")
    elif style == "shipping-csv":
        fmt = "csv"
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["Shipment", "ETD", "ETA", "Pallets", "Status"])
        for i in range(ctx.randint(3, 8)):
            etd = day + dt.timedelta(days=7 * i)
            w.writerow([f"SH-{day.year}-{ctx.randint(100, 999)}", etd.isoformat(),
                        (etd + dt.timedelta(days=ctx.randint(20, 40))).isoformat(), ctx.randint(2, 30),
                        ctx.pick(["delivered", "in transit", "booked"])])
        text = buf.getvalue()

        def writer(path: Path) -> None:
            path.write_text(text, encoding="utf-8")
    elif style == "visit-report-txt":
        fmt = "txt"
        doc = Doc(title=f"Visit report {sup.short}")
        doc.p(f"Visited the {sup.city} site on {d(day)} with {person(ctx)}. Housekeeping good, new coating line "
              "under installation. No audit was performed; this was a commercial visit.")
        doc.p("Next steps: technical review of the new model in the spring.")
    fmt = fmt if fmt else pick_format(ctx, {"pdf": 1})
    fname = {"packing-list-pdf": f"Packing list {day:%Y%m%d}", "packing-list-xlsx": f"packing_list_{day:%Y%m%d}",
             "meeting-notes-docx": f"Meeting notes {day:%Y-%m-%d}", "meeting-notes-md": f"notes-{day:%Y-%m-%d}",
             "invoice-pdf": f"Invoice {day:%Y%m}", "newsletter-md": "newsletter", "coa-pdf": f"CoA batch {day:%y%m}",
             "shipping-csv": "shipments", "visit-report-txt": f"visit {day:%Y-%m}"}[style]
    folder = ctx.pick(["misc", "correspondence", "logistics", ""])
    rel = f"{folder}/{fname}.{fmt}" if folder else f"{fname}.{fmt}"
    return GenDoc("noise", style, fmt, rel, facts=[], doc=doc, writer=writer)

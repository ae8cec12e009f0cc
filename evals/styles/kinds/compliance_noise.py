"""Documents that mention RoHS, REACH, SVHCs or carbon footprints but declare nothing: the buyer's request for the
declarations, a product brochure with "RoHS compliant" in its feature list, a packaging specification citing REACH,
a blank sustainability questionnaire. All must yield no facts (kind "noise", document type "other")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from evals.styles.kinds.common import GenDoc, pick_format, safe_name
from evals.styles.kinds.compliance_common import BUYER, csv_text, text_writer, xlsx_writer
from evals.styles.render import Doc
from evals.styles.vocab import Ctx, date_style, fmt_date, person

STYLES = ["request-letter", "brochure", "packaging-spec", "blank-questionnaire"]


def compliance_noise(ctx: Ctx, sup: Any) -> GenDoc:
    style = ctx.style("noise-compliance", STYLES)
    ds = date_style(ctx)
    day = ctx.date_between(ctx.as_of - dt.timedelta(days=200), ctx.as_of - dt.timedelta(days=3))
    d = lambda x: fmt_date(x, ds)  # noqa: E731
    model = sup.products[0].model if sup.products else f"{sup.prefix}-100"
    writer = None
    doc = Doc(title="")
    if style == "request-letter":
        doc.title = ctx.pick(["Request for compliance documents", "Supplier document request – substances and carbon "
                              "footprint", "Reminder: declarations outstanding"])
        doc.lines([BUYER, "Supplier Quality / Product Compliance", "", f"To: {sup.legal_name}",
                   f"Attn.: {sup.contact_name}", f"Date: {d(day)}"])
        doc.p(f"Dear {sup.contact_name},")
        doc.p("As part of our annual supplier review under procedure AES-SQP-002 we kindly ask you to send us the "
              "following documents within 30 days:")
        doc.bullets(["a current RoHS declaration (Directive 2011/65/EU as amended by (EU) 2015/863), stating any "
                     "exemptions used;",
                     "a REACH declaration against the latest ECHA Candidate List, naming every SVHC above 0.1 % w/w "
                     "with its CAS number and concentration;",
                     "for each battery model, the carbon-footprint declaration under Article 7 of Regulation (EU) "
                     "2023/1542, with the plant, the method and the verifier;",
                     "your energy use, renewable electricity share, scope 1 and 2 emissions and waste for the last "
                     "reporting year."])
        doc.p("Declarations older than 12 months cannot be accepted. Please use your own letterhead; a template is "
              "available on request.")
        doc.lines(["", "Kind regards", person(ctx), f"Supplier Quality Engineer, {BUYER}"])
        fmt = pick_format(ctx, {"docx": 3, "pdf": 2, "md": 1})
    elif style == "brochure":
        doc.title = f"{sup.short} – {model}"
        doc.p(ctx.pick(["Engineered for performance. Built for the long run.", "Power you can rely on.",
                        "The next generation of energy storage."]))
        doc.h("Key features", 2)
        doc.bullets(["High energy density and long cycle life", "RoHS compliant · REACH compliant",
                     "Low carbon footprint thanks to renewable electricity in production",
                     "UN 38.3 tested, IEC 62133-2 certified", f"Made in {sup.city}"],
                    marker=ctx.pick(["-", "•", "✓"]))
        doc.h("Typical applications", 2)
        doc.p("E-mobility, stationary storage, industrial equipment.")
        doc.p("Specifications are subject to change without notice. Declarations of conformity are available from "
              "your sales contact.", small=True)
        fmt = pick_format(ctx, {"pdf": 4, "md": 1, "docx": 1})
    elif style == "packaging-spec":
        doc.title = ctx.pick(["Packaging specification", "Packaging instruction PS-" + str(ctx.randint(100, 999))])
        doc.kv([("Part number", model), ("Revision", ctx.pick(["A", "B", "C"])), ("Date", d(day)),
                ("Packaging", ctx.pick(["Cardboard box with EPE foam inserts", "Returnable plastic tray, 24 pcs"]))])
        doc.h("Requirements", 2)
        doc.bullets(["Packaging materials shall comply with REACH (EC) No 1907/2006; no Candidate List substance "
                     "above 0.1 % w/w in any packaging component.",
                     "Heavy metals in packaging (Pb, Cd, Hg, Cr VI) below 100 mg/kg in total (Directive 94/62/EC).",
                     "Dangerous goods marking UN3480 / UN3481 as applicable.",
                     "Labels: part number, quantity, batch, date code, supplier code."])
        doc.p("This specification defines packaging only; it is not a declaration of conformity for the product.",
              small=True)
        fmt = pick_format(ctx, {"pdf": 3, "txt": 1, "docx": 1})
    else:  # blank-questionnaire
        rows: list[list[Any]] = [["Question", "Answer", "Unit"],
                                 ["Total energy consumption in the last reporting year", "", "MWh"],
                                 ["Share of renewable electricity", "", "%"],
                                 ["Scope 1 emissions", "", "t CO2e"],
                                 ["Scope 2 emissions (market-based)", "", "t CO2e"],
                                 ["Waste generated", "", "t"],
                                 ["Do you hold a current RoHS declaration? (attach)", "", "yes/no"],
                                 ["SVHC above 0.1 % w/w in any article? (attach REACH declaration)", "", "yes/no"],
                                 ["Carbon footprint per battery model (kg CO2e/kWh)", "", "kg CO2e/kWh"]]
        fmt = ctx.pick(["xlsx", "csv"])
        if fmt == "xlsx":
            writer = xlsx_writer([("Questionnaire", [[f"Sustainability questionnaire {day.year} – to be completed by "
                                                      "the supplier"], []] + rows)])
        else:
            writer = text_writer(csv_text(rows))
    fname = {"request-letter": f"Request declarations {day:%Y-%m}", "brochure": f"{model} brochure",
             "packaging-spec": f"Packaging spec {model}", "blank-questionnaire": "sustainability_questionnaire_blank"}
    folder = ctx.pick(["misc", "correspondence", "marketing", ""])
    name = safe_name(fname[style])
    rel = f"{folder}/{name}.{fmt}" if folder else f"{name}.{fmt}"
    return GenDoc("noise", style, fmt, rel, facts=[], doc=None if writer else doc, writer=writer)

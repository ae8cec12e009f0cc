"""Supply agreements with SLA and remedy clauses, numbered the many ways contracts number clauses."""

from __future__ import annotations

import datetime as dt

from evals.styles.kinds.common import GenDoc, boilerplate, noise_footer, noise_header, pick_format, safe_name
from evals.styles.render import Doc
from evals.styles.vocab import Ctx, Held, comma_lang, date_style, fmt_date, fmt_num

STYLES = ["clause-numbered", "paragraph-sign-en", "de-vertrag", "fr-article", "es-clausula", "sla-schedule-table",
          "term-sheet-lines", "lettered-subclauses", "multipage-boilerplate"]
METRICS = ["on_time_delivery", "late_delivery_penalty", "otd_service_credit", "defect_ppm",
           "complaint_acknowledgement", "report_8d", "warranty", "change_notice"]
BUYER = "Aurelia Energy Systems GmbH"


def _values(ctx: Ctx, metric: str) -> dict:
    if metric == "on_time_delivery":
        return {"target": ctx.pick([95.0, 96.0, 97.0, 97.5, 98.0, 98.5]), "unit": "%"}
    if metric == "late_delivery_penalty":
        per = ctx.pick(["week", "week", "day"])
        rate = ctx.pick([0.5, 1.0, 1.5, 2.0]) if per == "week" else ctx.pick([0.1, 0.2, 0.25, 0.3])
        return {"penalty_rate": rate, "penalty_cap": ctx.pick([5.0, 7.5, 10.0, 15.0]), "per": per}
    if metric == "otd_service_credit":
        return {"penalty_rate": ctx.pick([0.5, 1.0, 2.0]), "penalty_cap": ctx.pick([5.0, 8.0, 10.0])}
    if metric == "defect_ppm":
        return {"target": float(ctx.pick([25, 50, 100, 150, 250, 500])), "unit": "ppm"}
    if metric == "complaint_acknowledgement":
        return {"target": float(ctx.pick([24, 48, 72])), "unit": "hours"}
    if metric == "report_8d":
        unit = ctx.pick(["working days", "working days", "days"])
        return {"target": float(ctx.pick([10, 15, 20]) if unit == "working days" else ctx.pick([14, 30])),
                "unit": unit}
    if metric == "warranty":
        return {"target": float(ctx.pick([2, 3, 5, 8, 10])), "unit": "years",
                "cycles": ctx.pick([None, 3000, 4000, 6000]), "retention": ctx.pick([None, 70.0, 80.0])}
    if metric == "change_notice":
        return {"target": float(ctx.pick([60, 90, 120, 180])), "unit": "days"}
    raise ValueError(metric)


SENTENCES: dict[str, dict[str, list[str]]] = {
    "de": {
        "on_time_delivery": ["Der Lieferant gewährleistet eine Liefertreue von mindestens {t} % je Kalendermonat."],
        "late_delivery_penalty": ["Für {per_de} des Verzugs zahlt der Lieferant eine Vertragsstrafe in Höhe von {r} % "
                                  "des Wertes der verspäteten Lieferung, höchstens jedoch {c} % dieses Wertes."],
        "otd_service_credit": ["Unterschreitet die monatliche Liefertreue das vereinbarte Ziel, gewährt der Lieferant "
                               "eine Gutschrift von {r} % des monatlichen Rechnungswertes je Prozentpunkt "
                               "Unterschreitung, maximal {c} %."],
        "defect_ppm": ["Die Fehlerquote der gelieferten Produkte darf {t} ppm nicht überschreiten."],
        "complaint_acknowledgement": ["Reklamationen sind innerhalb von {t} Stunden schriftlich zu bestätigen."],
        "report_8d": ["Ein vollständiger 8D-Bericht ist innerhalb von {t} {unit_de} vorzulegen."],
        "warranty": ["Die Gewährleistungsfrist beträgt {t} Jahre ab Lieferung{cycles_de}{ret_de}."],
        "change_notice": ["Änderungen an Produkt oder Prozess sind mindestens {t} Tage im Voraus schriftlich "
                          "anzuzeigen."],
    },
    "fr": {
        "on_time_delivery": ["Le Fournisseur garantit un taux de livraison à l'heure d'au moins {t} % par mois civil."],
        "late_delivery_penalty": ["Pour chaque {per_fr} de retard, le Fournisseur paie une pénalité de {r} % de la "
                                  "valeur de la livraison en retard, plafonnée à {c} % de cette valeur."],
        "otd_service_credit": ["Si le taux de livraison mensuel est inférieur à l'objectif, le Fournisseur accorde un "
                               "avoir de {r} % du montant facturé du mois par point de pourcentage manquant, dans la "
                               "limite de {c} %."],
        "defect_ppm": ["Le taux de défauts des produits livrés ne doit pas dépasser {t} ppm."],
        "complaint_acknowledgement": ["Toute réclamation doit être accusée dans un délai de {t} heures."],
        "report_8d": ["Un rapport 8D complet est remis dans un délai de {t} {unit_fr}."],
        "warranty": ["La garantie est de {t} ans à compter de la livraison{cycles_fr}{ret_fr}."],
        "change_notice": ["Toute modification du produit ou du procédé est notifiée par écrit au moins {t} jours à "
                          "l'avance."],
    },
    "es": {
        "on_time_delivery": ["El Proveedor garantiza un índice de entregas a tiempo de al menos {t} % por mes "
                             "natural."],
        "late_delivery_penalty": ["Por cada {per_es} de retraso, el Proveedor abonará una penalización del {r} % del "
                                  "valor de la entrega retrasada, con un máximo del {c} % de dicho valor."],
        "otd_service_credit": ["Si el índice mensual de entregas a tiempo es inferior al objetivo, el Proveedor "
                               "concederá un crédito del {r} % del importe facturado en el mes por cada punto "
                               "porcentual por debajo del objetivo, hasta un máximo del {c} %."],
        "defect_ppm": ["La tasa de defectos de los productos suministrados no superará {t} ppm."],
        "complaint_acknowledgement": ["Toda reclamación se confirmará en un plazo de {t} horas."],
        "report_8d": ["Se entregará un informe 8D completo en un plazo de {t} {unit_es}."],
        "warranty": ["El periodo de garantía es de {t} años desde la entrega{cycles_es}{ret_es}."],
        "change_notice": ["Cualquier cambio de producto o proceso se notificará por escrito con al menos {t} días de "
                          "antelación."],
    },
    "en": {
        "on_time_delivery": ["The Supplier shall achieve an on-time delivery rate of at least {t} % per calendar "
                             "month.", "Delivery performance (on time, in full) shall not fall below {t} percent, "
                             "measured monthly.", "The OTD target is {t}%, measured per calendar month.",
                             Held("Supplier commits to {t} % schedule adherence each month.")],
        "late_delivery_penalty": [
            "For each full {per} of delay the Supplier shall pay liquidated damages of {r} % of the value of the "
            "delayed delivery, capped at {c} % of the value of the delayed delivery.",
            "Late deliveries incur a penalty of {r}% of the delayed goods' value per {per} of delay, not exceeding "
            "{c}% in total.",
            "The Buyer may claim {r} percent of the order value for every {per} the delivery is late; the total "
            "penalty is limited to {c} percent of that order value."],
        "otd_service_credit": [
            "If the monthly on-time delivery rate falls below the target, the Supplier grants a service credit of {r} "
            "% of the monthly invoiced value for each percentage point below target, up to a maximum of {c} % of the "
            "monthly invoiced value.",
            "Service credit: {r}% of the month's invoice value per full point of OTD shortfall, capped at {c}%."],
        "defect_ppm": ["The defect rate of delivered products shall not exceed {t} ppm (parts per million), measured "
                       "over a rolling three-month period.", "Quality target: max. {t} ppm defective parts.",
                       "Field and line rejects together shall stay below {t} PPM."],
        "complaint_acknowledgement": ["The Supplier shall acknowledge every complaint within {t} hours.",
                                      "Complaints are to be confirmed in writing within {t} h of notification."],
        "report_8d": ["A complete 8D report shall be submitted within {t} {unit} of the complaint.",
                      "The Supplier provides the full 8D root-cause report no later than {t} {unit} after "
                      "notification."],
        "warranty": ["The Supplier warrants the products for {t} years from delivery{cycles_en}{ret_en}.",
                     "Warranty period: {t} years from the date of delivery{cycles_en2}{ret_en2}."],
        "change_notice": ["The Supplier shall notify the Buyer in writing at least {t} days before any product or "
                          "process change (PCN).", "Product and process changes require written notice of not less "
                          "than {t} calendar days."],
    },
}


def _sentence(ctx: Ctx, metric: str, v: dict, lang: str) -> str:
    c = comma_lang(lang)
    n = lambda x: fmt_num(x, c) if x is not None else ""  # noqa: E731
    day = v.get("per") == "day"
    working = v.get("unit") == "working days"
    cyc, ret = v.get("cycles"), v.get("retention")
    values = {
        "t": n(v.get("target")), "r": n(v.get("penalty_rate")), "c": n(v.get("penalty_cap")), "per": v.get("per"),
        "unit": v.get("unit"),
        "per_de": "jeden Kalendertag" if day else "jede volle Woche", "per_fr": "jour calendaire" if day else
        "semaine complète", "per_es": "día natural" if day else "semana completa",
        "unit_de": "Arbeitstagen" if working else "Tagen", "unit_fr": "jours ouvrés" if working else "jours",
        "unit_es": "días hábiles" if working else "días",
        "cycles_en": f" or {cyc} cycles, whichever comes first" if cyc else "",
        "ret_en": f", with a capacity retention of at least {n(ret)} %" if ret else "",
        "cycles_en2": f" ({cyc} full cycles)" if cyc else "",
        "ret_en2": f"; minimum remaining capacity {n(ret)}%" if ret else "",
        "cycles_de": f" oder {cyc} Zyklen, je nachdem, was zuerst eintritt" if cyc else "",
        "ret_de": f"; die Restkapazität muss mindestens {n(ret)} % betragen" if ret else "",
        "cycles_fr": f" ou {cyc} cycles" if cyc else "",
        "ret_fr": f", avec une capacité résiduelle d'au moins {n(ret)} %" if ret else "",
        "cycles_es": f" o {cyc} ciclos" if cyc else "",
        "ret_es": f", con una capacidad residual mínima del {n(ret)} %" if ret else "",
    }
    return ctx.pick(SENTENCES[lang][metric]).format(**values)


TITLES = {"en": ["Supply and Quality Agreement", "Framework Supply Agreement", "Master Purchase Agreement",
                 "Long-Term Supply Agreement"],
          "de": ["Rahmenliefervertrag", "Qualitätssicherungs- und Liefervereinbarung"],
          "fr": ["Contrat-cadre d'approvisionnement"], "es": ["Contrato marco de suministro"]}
HEADINGS = {"en": {"delivery": "Delivery", "quality": "Quality", "warranty": "Warranty", "change": "Changes"},
            "de": {"delivery": "Lieferung und Liefertreue", "quality": "Qualität", "warranty": "Gewährleistung",
                   "change": "Änderungen"},
            "fr": {"delivery": "Livraisons", "quality": "Qualité", "warranty": "Garantie", "change": "Modifications"},
            "es": {"delivery": "Entregas", "quality": "Calidad", "warranty": "Garantía", "change": "Cambios"}}
GROUP = {"on_time_delivery": "delivery", "late_delivery_penalty": "delivery", "otd_service_credit": "delivery",
         "defect_ppm": "quality", "complaint_acknowledgement": "quality", "report_8d": "quality",
         "warranty": "warranty", "change_notice": "change"}


def contract(ctx: Ctx, sup, metrics: list[str] | None = None) -> GenDoc:
    style = ctx.style("contract", STYLES)
    lang = {"de-vertrag": "de", "fr-article": "fr", "es-clausula": "es"}.get(style, "en")
    ds = date_style(ctx, lang)
    d = lambda x: fmt_date(x, ds, lang)  # noqa: E731
    if metrics is None:
        metrics = ["on_time_delivery"] + ctx.sample(METRICS[1:], ctx.randint(2, 6))
    metrics = [m for m in METRICS if m in metrics]
    values = {m: _values(ctx, m) for m in metrics}
    kind = ctx.pick(["SQA", "FSA", "MPA", "LTA"])
    effective = ctx.date_between(dt.date(2023, 1, 1), ctx.as_of - dt.timedelta(days=30))
    number = ctx.pick([f"AES-{kind}-{effective.year}-{ctx.randint(1, 40):03d}",
                       f"{kind}/{effective.year}/{ctx.randint(100, 999)}", f"C-{ctx.randint(10000, 99999)}"])
    term = ctx.pick([3, 3, 5, 2])
    title = ctx.pick(TITLES[lang])
    doc = Doc(title=title)
    parties_line = {"de": f"zwischen {BUYER} („Käufer“) und {sup.legal_name}, {sup.address} („Lieferant“)",
                    "fr": f"entre {BUYER} (« l'Acheteur ») et {sup.legal_name}, {sup.address} (« le Fournisseur »)",
                    "es": f"entre {BUYER} (el «Comprador») y {sup.legal_name}, {sup.address} (el «Proveedor»)"}.get(
        lang, f"between {BUYER} (the \"Buyer\") and {sup.legal_name}, {sup.address} (the \"Supplier\")")
    doc.p(parties_line)
    no_label = {"de": "Vertragsnummer", "fr": "N° de contrat", "es": "N.º de contrato"}.get(
        lang, ctx.pick(["Contract No.", "Agreement number", "Contract reference"]))
    eff_label = {"de": "Inkrafttreten", "fr": "Date d'effet", "es": "Fecha de entrada en vigor"}.get(
        lang, ctx.pick(["Effective date", "Effective as of", "Commencement date"]))
    term_text = {"de": f"{term} Jahre", "fr": f"{term} ans", "es": f"{term} años"}.get(lang, f"{term} years")
    doc.kv([(no_label, number), (eff_label, d(effective)), ({"de": "Laufzeit", "fr": "Durée", "es": "Duración"}.get(
        lang, "Term"), term_text)])
    clause_of: dict[str, str] = {}
    if style == "multipage-boilerplate":
        doc.header = noise_header(ctx, BUYER)
        doc.footer = noise_footer(ctx)
        doc.h("Recitals", 2)
        for para in boilerplate(ctx, "en", 2):
            doc.p(para)
        doc.h("1. Definitions", 2)
        doc.p("\"Products\" means the goods listed in Annex 1. \"Delivery Date\" means the date confirmed in the "
              "purchase order. \"Working Day\" means a day on which banks are open in Frankfurt am Main.")
        doc.h("2. Scope", 2)
        doc.p(boilerplate(ctx, "en", 1)[0])
        doc.pagebreak()
    groups: dict[str, list[str]] = {}
    for m in metrics:
        groups.setdefault(GROUP[m], []).append(m)
    start = ctx.randint(4, 9)
    if style in ("clause-numbered", "multipage-boilerplate"):
        word = ctx.pick(["Clause", "Section", "Clause"])
        for gi, (g, ms) in enumerate(groups.items()):
            num = start + gi
            doc.h(f"{num}. {HEADINGS['en'][g]}", 2)
            for j, m in enumerate(ms):
                clause_of[m] = f"{word} {num}.{j + 1}"
                doc.p(f"{num}.{j + 1} {_sentence(ctx, m, values[m], 'en')}")
    elif style in ("paragraph-sign-en", "de-vertrag"):
        for gi, (g, ms) in enumerate(groups.items()):
            num = start + gi
            doc.h(f"§ {num} {HEADINGS[lang][g]}", 2)
            for j, m in enumerate(ms):
                clause_of[m] = f"§ {num} ({j + 1})"
                doc.p(f"({j + 1}) {_sentence(ctx, m, values[m], lang)}")
    elif style in ("fr-article", "es-clausula"):
        word = "Article" if lang == "fr" else "Cláusula"
        for gi, (g, ms) in enumerate(groups.items()):
            num = start + gi
            doc.h(f"{word} {num} – {HEADINGS[lang][g]}", 2)
            for j, m in enumerate(ms):
                clause_of[m] = f"{'Art.' if lang == 'fr' else 'Cláusula'} {num}.{j + 1}"
                doc.p(f"{num}.{j + 1} {_sentence(ctx, m, values[m], lang)}")
    elif style == "lettered-subclauses":
        num = start
        doc.h(f"{num}. Service levels and remedies", 2)
        doc.p("The Supplier shall meet the following service levels:")
        for j, m in enumerate(metrics):
            letter = "abcdefgh"[j]
            clause_of[m] = f"Clause {num}({letter})"
            doc.p(f"({letter}) {_sentence(ctx, m, values[m], 'en')}")
    elif style == "sla-schedule-table":
        doc.p("The service levels and remedies are set out in Schedule 2.")
        doc.pagebreak()
        doc.h("Schedule 2 – Service levels", 2)
        rows = []
        for j, m in enumerate(metrics):
            clause_of[m] = f"S2.{j + 1}"
            rows.append([f"S2.{j + 1}", m.replace("_", " ").replace("otd", "OTD").capitalize(),
                         _sentence(ctx, m, values[m], "en")])
        doc.table(["Ref.", "Service level", "Requirement / remedy"], rows)
    elif style == "term-sheet-lines":
        doc.title = f"{title} – key terms"
        pairs = []
        for j, m in enumerate(metrics):
            ref = f"{start}.{j + 1}"
            clause_of[m] = f"Clause {ref}"
            pairs.append((f"{m.replace('_', ' ').capitalize()} (Clause {ref})", _sentence(ctx, m, values[m], "en")))
        doc.kv(pairs, bold_labels=True)
    if style == "multipage-boilerplate":
        doc.pagebreak()
        doc.h(f"{start + len(groups)}. Governing law", 2)
        doc.p("This Agreement is governed by the laws of Germany; the courts of Frankfurt am Main have exclusive "
              "jurisdiction. Penalties under this Agreement do not limit claims for further damages.")
    elif ctx.chance(0.2):
        doc.header = noise_header(ctx, BUYER, lang)
        doc.footer = noise_footer(ctx, lang)
    doc.lines(["", f"For the Buyer: {ctx.pick(['Procurement Director', 'Head of Purchasing'])}",
               f"For the Supplier: {sup.contact_name}"])
    fmt = pick_format(ctx, {"pdf": 10, "docx": 6, "md": 1})
    fname = ctx.pick([f"{number} {title}", f"Contract {sup.short}", f"{title} signed", f"{number}"])
    facts = []
    for m in metrics:
        v = values[m]
        fact: dict = {"kind": "contract_clause", "metric": m, "clause": clause_of[m], "contract_number": number,
                      "effective": effective}
        if "target" in v:
            fact["target"], fact["unit"] = v["target"], v["unit"]
        if "penalty_rate" in v:
            fact["penalty_rate"], fact["penalty_cap"] = v["penalty_rate"], v["penalty_cap"]
        if m == "warranty":
            fact["warranty_cycles"] = v.get("cycles")
            fact["capacity_retention_pct"] = v.get("retention")
        facts.append(fact)
    flags = ["penalty_per_day"] if values.get("late_delivery_penalty", {}).get("per") == "day" else []
    return GenDoc("contract", style, fmt, f"contracts/{safe_name(fname)}.{fmt}", facts=facts, doc=doc, flags=flags)

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


def _sentence(ctx: Ctx, metric: str, v: dict, lang: str) -> str:
    c = comma_lang(lang)
    n = lambda x: fmt_num(x, c)  # noqa: E731
    t = v.get("target")
    if lang == "de":
        return {
            "on_time_delivery": lambda: f"Der Lieferant gewährleistet eine Liefertreue von mindestens {n(t)} % je Kalendermonat.",
            "late_delivery_penalty": lambda: f"Für jede{'n' if v.get('per') == 'day' else ''} "
                                     f"{'Kalendertag' if v.get('per') == 'day' else 'volle Woche'} des Verzugs zahlt "
                                     f"der Lieferant eine Vertragsstrafe in Höhe von {n(v['penalty_rate'])} % des "
                                     f"Wertes der verspäteten Lieferung, höchstens jedoch {n(v['penalty_cap'])} % "
                                     f"dieses Wertes.",
            "otd_service_credit": lambda: f"Unterschreitet die monatliche Liefertreue das vereinbarte Ziel, gewährt der "
                                  f"Lieferant eine Gutschrift von {n(v['penalty_rate'])} % des monatlichen "
                                  f"Rechnungswertes je Prozentpunkt Unterschreitung, maximal {n(v['penalty_cap'])} %.",
            "defect_ppm": lambda: f"Die Fehlerquote der gelieferten Produkte darf {n(t)} ppm nicht überschreiten.",
            "complaint_acknowledgement": lambda: f"Reklamationen sind innerhalb von {n(t)} Stunden schriftlich zu bestätigen.",
            "report_8d": lambda: f"Ein vollständiger 8D-Bericht ist innerhalb von {n(t)} "
                         f"{'Arbeitstagen' if v['unit'] == 'working days' else 'Tagen'} vorzulegen.",
            "warranty": lambda: f"Die Gewährleistungsfrist beträgt {n(t)} Jahre ab Lieferung"
                        + (f" oder {v['cycles']} Zyklen, je nachdem, was zuerst eintritt" if v.get("cycles") else "")
                        + (f"; die Restkapazität muss mindestens {n(v['retention'])} % betragen" if v.get("retention")
                           else "") + ".",
            "change_notice": lambda: f"Änderungen an Produkt oder Prozess sind mindestens {n(t)} Tage im Voraus schriftlich "
                             f"anzuzeigen.",
        }[metric]()
    if lang == "fr":
        return {
            "on_time_delivery": lambda: f"Le Fournisseur garantit un taux de livraison à l'heure d'au moins {n(t)} % par mois "
                                f"civil.",
            "late_delivery_penalty": lambda: f"Pour chaque {'jour calendaire' if v.get('per') == 'day' else 'semaine complète'}"
                                     f" de retard, le Fournisseur paie une pénalité de {n(v['penalty_rate'])} % de la "
                                     f"valeur de la livraison en retard, plafonnée à {n(v['penalty_cap'])} % de cette "
                                     f"valeur.",
            "otd_service_credit": lambda: f"Si le taux de livraison mensuel est inférieur à l'objectif, le Fournisseur accorde "
                                  f"un avoir de {n(v['penalty_rate'])} % du montant facturé du mois par point de "
                                  f"pourcentage manquant, dans la limite de {n(v['penalty_cap'])} %.",
            "defect_ppm": lambda: f"Le taux de défauts des produits livrés ne doit pas dépasser {n(t)} ppm.",
            "complaint_acknowledgement": lambda: f"Toute réclamation doit être accusée dans un délai de {n(t)} heures.",
            "report_8d": lambda: f"Un rapport 8D complet est remis dans un délai de {n(t)} "
                         f"{'jours ouvrés' if v['unit'] == 'working days' else 'jours'}.",
            "warranty": lambda: f"La garantie est de {n(t)} ans à compter de la livraison"
                        + (f" ou {v['cycles']} cycles" if v.get("cycles") else "")
                        + (f", avec une capacité résiduelle d'au moins {n(v['retention'])} %" if v.get("retention")
                           else "") + ".",
            "change_notice": lambda: f"Toute modification du produit ou du procédé est notifiée par écrit au moins {n(t)} jours "
                             f"à l'avance.",
        }[metric]()
    if lang == "es":
        return {
            "on_time_delivery": lambda: f"El Proveedor garantiza un índice de entregas a tiempo de al menos {n(t)} % por mes "
                                f"natural.",
            "late_delivery_penalty": lambda: f"Por cada {'día natural' if v.get('per') == 'day' else 'semana completa'} de "
                                     f"retraso, el Proveedor abonará una penalización del {n(v['penalty_rate'])} % del "
                                     f"valor de la entrega retrasada, con un máximo del {n(v['penalty_cap'])} % de "
                                     f"dicho valor.",
            "otd_service_credit": lambda: f"Si el índice mensual de entregas a tiempo es inferior al objetivo, el Proveedor "
                                  f"concederá un crédito del {n(v['penalty_rate'])} % del importe facturado en el mes "
                                  f"por cada punto porcentual por debajo del objetivo, hasta un máximo del "
                                  f"{n(v['penalty_cap'])} %.",
            "defect_ppm": lambda: f"La tasa de defectos de los productos suministrados no superará {n(t)} ppm.",
            "complaint_acknowledgement": lambda: f"Toda reclamación se confirmará en un plazo de {n(t)} horas.",
            "report_8d": lambda: f"Se entregará un informe 8D completo en un plazo de {n(t)} "
                         f"{'días hábiles' if v['unit'] == 'working days' else 'días'}.",
            "warranty": lambda: f"El periodo de garantía es de {n(t)} años desde la entrega"
                        + (f" o {v['cycles']} ciclos" if v.get("cycles") else "")
                        + (f", con una capacidad residual mínima del {n(v['retention'])} %" if v.get("retention")
                           else "") + ".",
            "change_notice": lambda: f"Cualquier cambio de producto o proceso se notificará por escrito con al menos {n(t)} días "
                             f"de antelación.",
        }[metric]()
    per = v.get("per")
    options = {
        "on_time_delivery": lambda: [f"The Supplier shall achieve an on-time delivery rate of at least {n(t)} % per calendar "
                             f"month.", f"Delivery performance (on time, in full) shall not fall below {n(t)} percent, "
                             f"measured monthly.", f"The OTD target is {n(t)}%, measured per calendar month.",
                             Held(f"Supplier commits to {n(t)} % schedule adherence each month.")],
        "late_delivery_penalty": lambda: [
            f"For each full {per} of delay the Supplier shall pay liquidated damages of {n(v['penalty_rate'])} % of the "
            f"value of the delayed delivery, capped at {n(v['penalty_cap'])} % of the value of the delayed delivery.",
            f"Late deliveries incur a penalty of {n(v['penalty_rate'])}% of the delayed goods' value per {per} of "
            f"delay, not exceeding {n(v['penalty_cap'])}% in total.",
            f"The Buyer may claim {n(v['penalty_rate'])} percent of the order value for every {per} the delivery is "
            f"late; the total penalty is limited to {n(v['penalty_cap'])} percent of that order value."],
        "otd_service_credit": lambda: [
            f"If the monthly on-time delivery rate falls below the target, the Supplier grants a service credit of "
            f"{n(v['penalty_rate'])} % of the monthly invoiced value for each percentage point below target, up to a "
            f"maximum of {n(v['penalty_cap'])} % of the monthly invoiced value.",
            f"Service credit: {n(v['penalty_rate'])}% of the month's invoice value per full point of OTD shortfall, "
            f"capped at {n(v['penalty_cap'])}%."],
        "defect_ppm": lambda: [f"The defect rate of delivered products shall not exceed {n(t)} ppm (parts per million), "
                       f"measured over a rolling three-month period.", f"Quality target: max. {n(t)} ppm defective "
                       f"parts.", f"Field and line rejects together shall stay below {n(t)} PPM."],
        "complaint_acknowledgement": lambda: [f"The Supplier shall acknowledge every complaint within {n(t)} hours.",
                                      f"Complaints are to be confirmed in writing within {n(t)} h of notification."],
        "report_8d": lambda: [f"A complete 8D report shall be submitted within {n(t)} {v['unit']} of the complaint.",
                      f"The Supplier provides the full 8D root-cause report no later than {n(t)} {v['unit']} after "
                      f"notification."],
        "warranty": lambda: [f"The Supplier warrants the products for {n(t)} years from delivery"
                     + (f" or {v['cycles']} cycles, whichever comes first" if v.get("cycles") else "")
                     + (f", with a capacity retention of at least {n(v['retention'])} %" if v.get("retention") else "")
                     + ".", f"Warranty period: {n(t)} years from the date of delivery"
                     + (f" ({v['cycles']} full cycles)" if v.get("cycles") else "")
                     + (f"; minimum remaining capacity {n(v['retention'])}%" if v.get("retention") else "") + "."],
        "change_notice": lambda: [f"The Supplier shall notify the Buyer in writing at least {n(t)} days before any product or "
                          f"process change (PCN).", f"Product and process changes require written notice of not less "
                          f"than {n(t)} calendar days."],
    }
    return ctx.pick(options[metric]())


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

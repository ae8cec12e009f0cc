"""Carbon-footprint declarations under Regulation (EU) 2023/1542 Art. 7: one battery model and plant (now and then
two models in one document), the life-cycle figure per kWh of total energy delivered in many units, the stages
covered, the method, the verifier, recycled content, and the figures a careless reader could take for the
declared one (a target, a per-cell figure, the plant's total tonnes, an industry average, a stage breakdown)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from evals.styles.kinds.common import GenDoc, boilerplate, noise_header, pick_format, safe_name
from evals.styles.kinds.compliance_common import (
    BUYER,
    csv_text,
    dec,
    doc_lang,
    grouping,
    num,
    page_footer,
    signer,
    text_writer,
    xlsx_writer,
)
from evals.styles.render import Doc
from evals.styles.vocab import Ctx, Held, country_name, date_style, fmt_date
from evals.styles.world import Product, Supplier

STYLES = ["declaration-letter", "kv-form", "model-table", "portal-export", "bullets", "numbered-sections",
          "lca-report", "passport-extract", "stage-breakdown"]

CATEGORY = {"cell": "ev", "module": "industrial", "ess": "industrial"}
CATEGORY_WORDS = {
    "ev": {"en": ["electric vehicle battery", "EV battery", "battery for electric vehicles (EV)"],
           "de": ["Elektrofahrzeugbatterie", "Traktionsbatterie (Elektrofahrzeug)"],
           "fr": ["batterie de véhicule électrique"], "es": ["batería de vehículo eléctrico"]},
    "industrial": {"en": ["rechargeable industrial battery", "industrial battery", Held("industrial battery (>2 kWh)")],
                   "de": ["wiederaufladbare Industriebatterie", "Industriebatterie"],
                   "fr": ["batterie industrielle rechargeable"], "es": ["batería industrial recargable"]},
}
STAGES = ["raw material acquisition and pre-processing", "main product production", "distribution",
          "end of life and recycling"]
STAGE_WORDS = {
    "en": [["Raw material acquisition and pre-processing", "raw material extraction and pre-processing",
            "Raw materials (acquisition & pre-processing)", Held("upstream raw material supply")],
           ["Main product production", "cell and battery manufacturing", "Production (main product)"],
           ["Distribution", "transport and distribution", "Distribution to the point of sale"],
           ["End of life and recycling", "end-of-life treatment and recycling", "EoL & recycling"]],
    "de": [["Rohstoffgewinnung und Vorverarbeitung"], ["Hauptproduktion", "Herstellung des Hauptprodukts"],
           ["Vertrieb", "Distribution"], ["Lebensende und Recycling", "Entsorgung und Recycling"]],
    "fr": [["Acquisition et prétraitement des matières premières"], ["Production du produit principal"],
           ["Distribution"], ["Fin de vie et recyclage"]],
    "es": [["Adquisición y preprocesamiento de materias primas"], ["Producción del producto principal"],
           ["Distribución"], ["Fin de vida y reciclado"]],
}
METHODS = ["ISO 14067:2018", "PEFCR for batteries", "ISO 14040:2006 / ISO 14044:2006",
           "JRC rules for the carbon footprint of EV batteries (CFB-EV)", "GHG Protocol Product Standard"]
VERIFIERS = [("Nordic Assurance Registrar AB", "2761"), ("CertAlpin Zertifizierungs GmbH", "0493"),
             ("Bureau Normes & Qualité S.A.S.", "1188"), ("Iberia Certificación S.L.", "2304"),
             ("Global Standards Registrar Inc.", None), ("Pacific Assessment Certification Co., Ltd.", None)]
# units the figure is written in: (text, factor from kg CO2e/kWh to the written number)
UNITS = {"en": [("kg CO2e/kWh", 1), ("kg CO2e/kWh", 1), ("kg CO2-eq./kWh", 1), ("kg CO2e per kWh", 1),
                ("g CO2e/Wh", 1), ("t CO2e/MWh", 1), ("g CO2e/kWh", 1000), ("kg CO2e/MWh", 1000),
                (Held("kg CO2 equivalent per kWh of total energy delivered"), 1)],
         "de": [("kg CO2-Äq./kWh", 1), ("kg CO2e/kWh", 1), ("g CO2-Äq./kWh", 1000), ("t CO2e/MWh", 1)],
         "fr": [("kg éq. CO2/kWh", 1), ("kg CO2e/kWh", 1), ("g éq. CO2/kWh", 1000)],
         "es": [("kg CO2 eq./kWh", 1), ("kg CO2e/kWh", 1), ("g CO2 eq./kWh", 1000)]}
L: dict[str, dict[str, list[str]]] = {
    "model": {"en": ["Battery model", "Model", "Model identification", Held("Type reference")],
              "de": ["Batteriemodell", "Modell"], "fr": ["Modèle de batterie"], "es": ["Modelo de batería"]},
    "plant": {"en": ["Manufacturing plant", "Plant", "Production site", "Place of manufacture"],
              "de": ["Produktionsstandort", "Werk"], "fr": ["Site de fabrication"], "es": ["Planta de fabricación"]},
    "category": {"en": ["Battery category", "Category"], "de": ["Batteriekategorie"], "fr": ["Catégorie de batterie"],
                 "es": ["Categoría de batería"]},
    "figure": {"en": ["Carbon footprint", "Carbon footprint of the battery", "Life-cycle carbon footprint",
                      Held("Climate impact per functional unit")],
               "de": ["CO2-Fußabdruck", "CO2-Fußabdruck der Batterie"], "fr": ["Empreinte carbone"],
               "es": ["Huella de carbono"]},
    "stages": {"en": ["Life-cycle stages covered", "System boundary", "Stages included"],
               "de": ["Berücksichtigte Lebenszyklusphasen", "Systemgrenze"], "fr": ["Étapes du cycle de vie couvertes"],
               "es": ["Etapas del ciclo de vida incluidas"]},
    "method": {"en": ["Calculation method", "Methodology", "Calculation rules"], "de": ["Berechnungsmethode"],
               "fr": ["Méthode de calcul"], "es": ["Método de cálculo"]},
    "verifier": {"en": ["Independent verification", "Verified by", "Third-party verifier", Held("Assurance provider")],
                 "de": ["Unabhängige Prüfung", "Geprüft durch"], "fr": ["Vérification indépendante", "Vérifié par"],
                 "es": ["Verificación independiente", "Verificado por"]},
    "date": {"en": ["Date of issue", "Issued", "Declaration date"], "de": ["Ausstellungsdatum", "Datum"],
             "fr": ["Date d'émission"], "es": ["Fecha de emisión"]},
    "recycled": {"en": ["Recycled content", "Share of recycled content", "Recycled share (pre- and post-consumer)"],
                 "de": ["Rezyklatanteil"], "fr": ["Contenu recyclé"], "es": ["Contenido reciclado"]},
    "manufacturer": {"en": ["Manufacturer", "Economic operator"], "de": ["Hersteller"], "fr": ["Fabricant"],
                     "es": ["Fabricante"]},
}
METALS = {"cobalt": {"en": "cobalt", "de": "Kobalt", "fr": "cobalt", "es": "cobalto"},
          "lithium": {"en": "lithium", "de": "Lithium", "fr": "lithium", "es": "litio"},
          "nickel": {"en": "nickel", "de": "Nickel", "fr": "nickel", "es": "níquel"},
          "lead": {"en": "lead", "de": "Blei", "fr": "plomb", "es": "plomo"}}
PENDING = {"en": ["to be confirmed after third-party verification (expected {q})",
                  "calculation in progress – value will be provided with the verification report ({q})",
                  "not yet available; the verified figure follows in {q}",
                  Held("pending (verification scheduled {q})")],
           "de": ["wird nach Abschluss der Verifizierung nachgereicht (voraussichtlich {q})"],
           "fr": ["sera communiquée après vérification par un tiers (prévue {q})"],
           "es": ["se facilitará tras la verificación independiente (prevista {q})"]}


def _l(ctx: Ctx, key: str, lang: str) -> str:
    return ctx.pick(L[key].get(lang) or L[key]["en"])


def carbon_footprint(ctx: Ctx, sup: Supplier, products: list[Product], *, no_figure: bool = False) -> GenDoc:
    style = ctx.style("carbon_footprint", STYLES)
    lang = doc_lang(ctx, sup)
    ds = date_style(ctx, lang)
    d = lambda x: fmt_date(x, ds, lang)  # noqa: E731
    conv = grouping(ctx, lang)
    issued = ctx.as_of - dt.timedelta(days=ctx.randint(10, 420))
    plant = ctx.pick([f"{sup.city}, {country_name(ctx, sup.country, lang)}", f"{sup.city} ({sup.country})",
                      f"{sup.address}, {country_name(ctx, sup.country, lang)}"])
    method = ctx.pick(METHODS)
    verifier = ctx.pick(VERIFIERS)
    verifier_state = "named" if not no_figure and ctx.chance(0.7) else ("pending" if no_figure else
                                                                           ctx.pick(["none", "omitted"]))
    unit_txt, factor = ctx.pick(UNITS[lang])
    stage_idx = [0, 1, 2, 3] if ctx.chance(0.65) else ctx.pick([[0, 1, 3], [0, 1], [0, 1, 2]])
    stage_names = [ctx.pick(STAGE_WORDS[lang][i]) for i in stage_idx]
    state_category = ctx.chance(0.7)
    flags: list[str] = []
    if no_figure:
        flags.append("no_figure")
    if factor != 1:
        flags.append("cf_unit_converted")
    if len(stage_idx) < 4:
        flags.append("stages_partial")
    if len(products) > 1:
        flags.append("two_models")
    quarter = f"Q{ctx.randint(1, 4)} {ctx.as_of.year + 1}"
    per: list[dict[str, Any]] = []
    for p in products:
        cat = CATEGORY[p.kind]
        value = round(ctx.rng.uniform(52.0, 98.0) if p.kind == "cell" else ctx.rng.uniform(60.0, 118.0), 1)
        shown = value * factor
        lfp = "LFP" in p.model or "LFP" in p.ptype
        recycled: dict[str, float] = {}
        if ctx.chance(0.5):
            recycled["lithium"] = float(ctx.randint(0, 8))
            if not lfp:
                recycled["cobalt"] = float(ctx.randint(3, 22))
                recycled["nickel"] = float(ctx.randint(1, 12))
            if ctx.chance(0.2):
                recycled["lead"] = 0.0
        per.append({"p": p, "cat": cat, "value": value, "shown": shown, "recycled": recycled})

    def fig(x: dict) -> str:
        if no_figure:
            return ctx.pick(PENDING[lang]).format(q=quarter)
        decimals = 0 if factor == 1000 else 1
        return f"{num(x['shown'], lang, conv, decimals)} {unit_txt}"

    def cat_txt(x: dict) -> str:
        return ctx.pick(CATEGORY_WORDS[x["cat"]][lang])

    def recycled_txt(x: dict) -> str:
        return ", ".join(f"{METALS[m][lang]} {dec(v, lang)} %" for m, v in x["recycled"].items())

    def verifier_txt() -> str | None:
        name, nb = verifier
        if verifier_state == "named":
            return name
        if verifier_state == "pending":
            return {"en": f"verification by {name} scheduled for {quarter}", "de": f"Verifizierung durch {name} "
                    f"geplant für {quarter}", "fr": f"vérification par {name} prévue {quarter}",
                    "es": f"verificación por {name} prevista para {quarter}"}[lang]
        if verifier_state == "none":
            return {"en": "self-declared; not yet verified by a third party", "de": "Eigenerklärung; noch nicht "
                    "unabhängig geprüft", "fr": "autodéclaration ; pas encore vérifiée par un tiers",
                    "es": "autodeclaración; aún no verificada por un tercero"}[lang]
        return None

    # distractors: numbers that are not the declared figure
    distract: list[str] = []
    main = per[0]
    if ctx.chance(0.75):
        kinds = ctx.sample(["target", "cell", "total", "average"], ctx.randint(1, 2))
        for k in kinds:
            if k == "target":
                yr = ctx.randint(2028, 2032)
                goal = num(main["value"] * 0.65, lang, conv, 0)
                distract.append({"en": f"Our reduction target for {yr} is {goal} kg CO2e/kWh.",
                                 "de": f"Unser Reduktionsziel für {yr} liegt bei {goal} kg CO2e/kWh.",
                                 "fr": f"Notre objectif pour {yr} est de {goal} kg CO2e/kWh.",
                                 "es": f"Nuestro objetivo para {yr} es de {goal} kg CO2e/kWh."}[lang])
            elif k == "cell" and main["p"].watt_hours and not no_figure:
                per_cell = main["value"] * main["p"].watt_hours / 1000
                distract.append({"en": f"This corresponds to {dec(round(per_cell, 2), lang)} kg CO2e per "
                                       f"{'cell' if main['p'].kind == 'cell' else 'unit'}.",
                                 "de": f"Das entspricht {dec(round(per_cell, 2), lang)} kg CO2e je Stück.",
                                 "fr": f"Cela correspond à {dec(round(per_cell, 2), lang)} kg CO2e par unité.",
                                 "es": f"Esto equivale a {dec(round(per_cell, 2), lang)} kg CO2e por unidad."}[lang])
            elif k == "total":
                tot = ctx.randint(40, 900) * 100
                distract.append({"en": f"Total emissions of the {sup.city} plant in {ctx.as_of.year - 1}: "
                                       f"{num(tot, lang, conv)} t CO2e (scope 1 and 2).",
                                 "de": f"Gesamtemissionen des Werks {sup.city} {ctx.as_of.year - 1}: "
                                       f"{num(tot, lang, conv)} t CO2e (Scope 1 und 2).",
                                 "fr": f"Émissions totales du site de {sup.city} en {ctx.as_of.year - 1} : "
                                       f"{num(tot, lang, conv)} t CO2e (scopes 1 et 2).",
                                 "es": f"Emisiones totales de la planta de {sup.city} en {ctx.as_of.year - 1}: "
                                       f"{num(tot, lang, conv)} t CO2e (alcances 1 y 2)."}[lang])
            elif k == "average":
                avg = ctx.randint(85, 130)
                distract.append({"en": f"For comparison, the industry average is estimated at about {avg} "
                                       "kg CO2e/kWh.",
                                 "de": f"Zum Vergleich: Der Branchendurchschnitt liegt bei etwa {avg} kg CO2e/kWh.",
                                 "fr": f"À titre de comparaison, la moyenne du secteur est d'environ {avg} "
                                       "kg CO2e/kWh.",
                                 "es": f"Como referencia, la media del sector ronda los {avg} kg CO2e/kWh."}[lang])
        if distract:
            flags.append("cf_distractor")
    name, role = signer(ctx, lang)
    title = ctx.pick({"en": ["Carbon Footprint Declaration", "Battery Carbon Footprint Declaration",
                             "Declaration of the carbon footprint (Art. 7 Regulation (EU) 2023/1542)",
                             Held("Battery CFP statement")],
                      "de": ["Erklärung zum CO2-Fußabdruck", "CO2-Fußabdruck-Erklärung (Art. 7 Verordnung (EU) "
                             "2023/1542)"],
                      "fr": ["Déclaration relative à l'empreinte carbone"],
                      "es": ["Declaración de la huella de carbono"]}[lang])
    doc = Doc(title=title)
    reg = {"en": "Article 7 of Regulation (EU) 2023/1542", "de": "Artikel 7 der Verordnung (EU) 2023/1542",
           "fr": "l'article 7 du règlement (UE) 2023/1542", "es": "el artículo 7 del Reglamento (UE) 2023/1542"}[lang]
    fu = {"en": "per kWh of total energy delivered over the expected service life",
          "de": "je kWh der über die erwartete Lebensdauer gelieferten Gesamtenergie",
          "fr": "par kWh d'énergie totale fournie pendant la durée de vie prévue",
          "es": "por kWh de energía total suministrada durante la vida útil prevista"}[lang]
    use_excl = {"en": "The use stage is excluded, as the Regulation provides.",
                "de": "Die Nutzungsphase ist gemäß Verordnung ausgenommen.",
                "fr": "La phase d'utilisation est exclue, conformément au règlement.",
                "es": "La fase de uso queda excluida, según el Reglamento."}[lang]
    v_txt = verifier_txt()
    writer = None
    fmt = "pdf"
    if style in ("declaration-letter", "numbered-sections", "bullets", "kv-form", "passport-extract"):
        if style == "declaration-letter":
            doc.lines([sup.legal_name, sup.address])
            doc.p(f"{sup.city}, {d(issued)}")
            for x in per:
                intro = {"en": f"In accordance with {reg}, {sup.legal_name} declares the carbon footprint of the "
                               f"battery model {x['p'].model}"
                               + (f" ({cat_txt(x)})" if state_category else "") + f", manufactured at {plant}: ",
                         "de": f"Gemäß {reg} erklärt {sup.legal_name} den CO2-Fußabdruck des Batteriemodells "
                               f"{x['p'].model}" + (f" ({cat_txt(x)})" if state_category else "")
                               + f", hergestellt in {plant}: ",
                         "fr": f"Conformément à {reg}, {sup.legal_name} déclare l'empreinte carbone du modèle de "
                               f"batterie {x['p'].model}" + (f" ({cat_txt(x)})" if state_category else "")
                               + f", fabriqué à {plant} : ",
                         "es": f"De conformidad con {reg}, {sup.legal_name} declara la huella de carbono del modelo "
                               f"de batería {x['p'].model}" + (f" ({cat_txt(x)})" if state_category else "")
                               + f", fabricado en {plant}: "}[lang]
                doc.p(intro + fig(x) + ("" if no_figure else f" {fu}") + ".")
                if x["recycled"]:
                    doc.p(f"{_l(ctx, 'recycled', lang)}: {recycled_txt(x)}.")
            doc.p(f"{_l(ctx, 'stages', lang)}: {'; '.join(stage_names)}. {use_excl}")
            doc.p(f"{_l(ctx, 'method', lang)}: {method}.")
            if v_txt:
                doc.p(f"{_l(ctx, 'verifier', lang)}: {v_txt}.")
            for t in distract:
                doc.p(t)
            doc.lines(["", name, role, sup.legal_name])
            fmt = pick_format(ctx, {"pdf": 6, "docx": 3})
        elif style == "numbered-sections":
            sec = {"en": ["Manufacturer", "Battery model and plant", "Carbon footprint", "System boundary and method",
                          "Verification", "Additional information"],
                   "de": ["Hersteller", "Batteriemodell und Werk", "CO2-Fußabdruck", "Systemgrenze und Methode",
                          "Prüfung", "Weitere Angaben"],
                   "fr": ["Fabricant", "Modèle et site", "Empreinte carbone", "Périmètre et méthode", "Vérification",
                          "Informations complémentaires"],
                   "es": ["Fabricante", "Modelo y planta", "Huella de carbono", "Límites y método", "Verificación",
                          "Información adicional"]}[lang]
            doc.h(f"1. {sec[0]}", 2)
            doc.p(f"{sup.legal_name}, {sup.address}")
            doc.h(f"2. {sec[1]}", 2)
            doc.kv([(_l(ctx, "model", lang), ", ".join(x["p"].model for x in per)), (_l(ctx, "plant", lang), plant)]
                   + ([(_l(ctx, "category", lang), cat_txt(per[0]))] if state_category else []))
            doc.h(f"3. {sec[2]}", 2)
            for x in per:
                doc.p(f"{x['p'].model}: {fig(x)}" + ("" if no_figure else f" ({fu})"))
            doc.h(f"4. {sec[3]}", 2)
            doc.p(f"{'; '.join(stage_names)}. {use_excl} {_l(ctx, 'method', lang)}: {method}.")
            if v_txt:
                doc.h(f"5. {sec[4]}", 2)
                doc.p(v_txt)
            if distract or any(x["recycled"] for x in per):
                doc.h(f"6. {sec[5]}", 2)
                for x in per:
                    if x["recycled"]:
                        doc.p(f"{x['p'].model} – {_l(ctx, 'recycled', lang)}: {recycled_txt(x)}")
                for t in distract:
                    doc.p(t)
            doc.kv([(_l(ctx, "date", lang), d(issued))])
            doc.lines(["", name])
            fmt = pick_format(ctx, {"pdf": 4, "docx": 3, "txt": 2})
        elif style == "bullets":
            for x in per:
                items = [f"{_l(ctx, 'model', lang)}: {x['p'].model}", f"{_l(ctx, 'plant', lang)}: {plant}"]
                if state_category:
                    items.append(f"{_l(ctx, 'category', lang)}: {cat_txt(x)}")
                items.append(f"{_l(ctx, 'figure', lang)}: {fig(x)}")
                if x["recycled"]:
                    items.append(f"{_l(ctx, 'recycled', lang)}: {recycled_txt(x)}")
                doc.bullets(items, marker=ctx.pick(["-", "*", "•"]))
            doc.bullets([f"{_l(ctx, 'stages', lang)}: {', '.join(stage_names)}", f"{_l(ctx, 'method', lang)}: {method}"]
                        + ([f"{_l(ctx, 'verifier', lang)}: {v_txt}"] if v_txt else [])
                        + [f"{_l(ctx, 'date', lang)}: {d(issued)}"])
            for t in distract:
                doc.p(t)
            fmt = pick_format(ctx, {"md": 5, "txt": 2, "docx": 2})
        elif style == "kv-form":
            for x in per:
                pairs = [(_l(ctx, "manufacturer", lang), sup.legal_name), (_l(ctx, "model", lang), x["p"].model),
                         (_l(ctx, "plant", lang), plant)]
                if state_category:
                    pairs.append((_l(ctx, "category", lang), cat_txt(x)))
                pairs.append((_l(ctx, "figure", lang), fig(x)))
                pairs.append((_l(ctx, "stages", lang), "; ".join(stage_names)))
                pairs.append((_l(ctx, "method", lang), method))
                if v_txt:
                    pairs.append((_l(ctx, "verifier", lang), v_txt))
                if x["recycled"]:
                    pairs.append((_l(ctx, "recycled", lang), recycled_txt(x)))
                pairs.append((_l(ctx, "date", lang), d(issued)))
                doc.kv(pairs, layout=ctx.pick(["colon", "table", "dots"]), bold_labels=ctx.chance(0.4))
            for t in distract:
                doc.p(t, small=True)
            fmt = pick_format(ctx, {"pdf": 5, "docx": 3, "md": 1})
        else:  # passport-extract: battery-passport data attributes
            doc.title = ctx.pick(["Battery passport – carbon footprint attributes",
                                  "Digital battery passport (extract)",
                                  "Batteriepass – Auszug" if lang == "de" else "Battery passport data (extract)"])
            for x in per:
                rows = [["Manufacturer identification", sup.legal_name], ["Battery model identifier", x["p"].model],
                        ["Manufacturing place", plant]]
                if state_category:
                    rows.append(["Battery category", cat_txt(x)])
                rows.append(["Battery carbon footprint", fig(x)])
                if not no_figure:
                    rows.append(["Functional unit", "1 kWh total energy delivered over the service life"])
                for i, s in zip(stage_idx, stage_names, strict=True):
                    rows.append([f"Life-cycle stage {i + 1}: {s}", "included" if lang == "en" else "✓"])
                rows.append(["Carbon footprint study (method)", method])
                if v_txt:
                    rows.append(["Third-party verification", v_txt])
                for m, v in x["recycled"].items():
                    rows.append([f"Recycled {m} share", f"{dec(v, lang)} %"])
                rows.append(["Date of declaration", d(issued)])
                doc.table(["Attribute", "Value"], rows)
            for t in distract:
                doc.p(t, small=True)
            fmt = pick_format(ctx, {"pdf": 3, "docx": 2, "md": 2})
    elif style in ("lca-report", "stage-breakdown", "model-table"):
        if style == "lca-report":
            doc.header = noise_header(ctx, sup.legal_name, lang)
            doc.footer = page_footer(ctx, lang)
            doc.h({"en": "Executive summary", "de": "Zusammenfassung", "fr": "Synthèse", "es": "Resumen"}[lang], 2)
            doc.p(" ".join(boilerplate(ctx, lang, 2)), small=True)
        if style == "model-table" or style == "lca-report":
            head = [_l(ctx, "model", lang), _l(ctx, "plant", lang)] + ([_l(ctx, "category", lang)] if state_category
                                                                      else []) + [_l(ctx, "figure", lang)]
            rows = [[x["p"].model, plant] + ([cat_txt(x)] if state_category else []) + [fig(x)] for x in per]
            doc.table(head, rows)
            if not no_figure:
                doc.p(f"{_l(ctx, 'figure', lang)} {fu}.", small=True)
        if style == "stage-breakdown" or style == "lca-report":
            if style == "lca-report":
                doc.pagebreak()
            for x in per:
                doc.h(f"{x['p'].model} – {plant}" + (f" ({cat_txt(x)})" if state_category and style != "lca-report"
                                                     else ""), 2)
                if no_figure:
                    doc.p(f"{_l(ctx, 'figure', lang)}: {fig(x)}")
                    doc.p(f"{_l(ctx, 'stages', lang)}: {'; '.join(stage_names)}")
                    continue
                shares = [ctx.randint(45, 70), ctx.randint(15, 35), ctx.randint(1, 4), ctx.randint(1, 6)]
                shares = [shares[i] for i in stage_idx]
                total = sum(shares)
                rows = []
                acc = 0.0
                for j, (s, w) in enumerate(zip(stage_names, shares, strict=True)):
                    part = round(x["shown"] * w / total, 1) if j < len(shares) - 1 else round(x["shown"] - acc, 1)
                    acc += part
                    rows.append([s, num(part, lang, conv, 1), f"{round(100 * w / total)} %"])
                rows.append([{"en": "Total (declared value)", "de": "Summe (deklarierter Wert)",
                              "fr": "Total (valeur déclarée)", "es": "Total (valor declarado)"}[lang],
                             num(x["shown"], lang, conv, 0 if factor == 1000 else 1), "100 %"])
                doc.table([_l(ctx, "stages", lang), unit_txt, "%"], rows)
                if x["recycled"]:
                    doc.p(f"{_l(ctx, 'recycled', lang)}: {recycled_txt(x)}")
            doc.p(use_excl)
        if style == "lca-report":
            doc.pagebreak()
            doc.h({"en": "Method and verification", "de": "Methode und Prüfung", "fr": "Méthode et vérification",
                   "es": "Método y verificación"}[lang], 2)
        doc.kv([(_l(ctx, "stages", lang), "; ".join(stage_names)), (_l(ctx, "method", lang), method)]
               + ([(_l(ctx, "verifier", lang), v_txt)] if v_txt else []) + [(_l(ctx, "date", lang), d(issued))])
        if style == "model-table":
            for x in per:
                if x["recycled"]:
                    doc.p(f"{x['p'].model} – {_l(ctx, 'recycled', lang)}: {recycled_txt(x)}")
        for t in distract:
            doc.p(t)
        doc.lines(["", f"{name}, {sup.legal_name}"])
        fmt = pick_format(ctx, {"pdf": 5, "docx": 2} if style == "lca-report" else {"pdf": 4, "docx": 2, "md": 2})
    else:  # portal-export
        head = ["Supplier", "Battery model", "Plant", "Category", f"Carbon footprint [{unit_txt}]", "Stages",
                "Method", "Verifier", "Recycled Co %", "Recycled Li %", "Recycled Ni %", "Issue date"]
        body: list[list[Any]] = []
        for x in per:
            r = x["recycled"]
            body.append([sup.legal_name, x["p"].model, plant, cat_txt(x) if state_category else "",
                         "pending" if no_figure else dec(round(x["shown"], 0 if factor == 1000 else 1), lang,
                                                         0 if factor == 1000 else 1),
                         " | ".join(stage_names), method, v_txt or "",
                         dec(r["cobalt"], lang) if "cobalt" in r else "", dec(r["lithium"], lang) if "lithium" in r
                         else "", dec(r["nickel"], lang) if "nickel" in r else "", d(issued)])
        fmt = ctx.pick(["csv", "xlsx"])
        if fmt == "csv":
            delim = ";" if lang != "en" else ctx.pick([",", "\t"])
            writer = text_writer(csv_text([head] + body, delim))
            if "cf_distractor" in flags:  # a CSV export has no room for the distracting sentences
                flags.remove("cf_distractor")
        else:
            rows_x: list[list[Any]] = [[title], [f"Exported for {BUYER}"], []] + [head] + body
            if distract:
                rows_x += [[]] + [[t] for t in distract]
            writer = xlsx_writer([("CFP", rows_x)])
        for x in per:  # a recycled lead share has no column here
            x["recycled"].pop("lead", None)
    if style not in ("lca-report", "portal-export") and ctx.chance(0.2):
        doc.header = noise_header(ctx, sup.legal_name, lang)
        doc.footer = page_footer(ctx, lang)
    facts = []
    for x in per:
        f: dict[str, Any] = {"kind": "carbon_footprint", "model": x["p"].model, "plant": plant,
                             "kg_co2e_per_kwh": None if no_figure else x["value"],
                             "stages": [STAGES[i] for i in stage_idx], "method": method, "issued": issued}
        if state_category:
            f["category"] = x["cat"]
        if verifier_state == "named":
            f["verifier"] = verifier[0]
        elif verifier_state in ("none", "pending"):
            f["verifier"] = None
        if x["recycled"]:
            f["recycled_pct"] = dict(x["recycled"])
        facts.append(f)
    models = "_".join(x["p"].model for x in per)
    fname = ctx.pick([f"Carbon footprint declaration {models}", f"CFP_{models}_{issued.year}",
                      f"{sup.short} carbon footprint {models}", f"scan_{ctx.randint(1, 9999):04d}",
                      {"de": f"CO2-Fussabdruck {models}", "fr": f"Empreinte carbone {models}",
                       "es": f"Huella de carbono {models}"}.get(lang, f"battery_cfp_{models}")])
    folder = ctx.pick(["compliance", "sustainability", "carbon-footprint", "declarations"])
    return GenDoc("carbon_footprint", style if lang == "en" else f"{style}-{lang}", fmt,
                  f"{folder}/{safe_name(fname)}.{fmt}", facts=facts, doc=None if writer else doc, writer=writer,
                  flags=flags)

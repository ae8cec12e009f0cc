"""Sustainability / ESG reports and data sheets with a supplier's yearly operational figures: energy use, share of
renewable electricity, scope 1 and scope 2 emissions, waste. Written in the units reports use (GJ, kWh, GWh, kt,
kg ...), with thousands separators of every convention, one or two periods, sometimes a metric left out, prose with
year-on-year comparisons, scope 3 and targets that are not figures of the period."""

from __future__ import annotations

from typing import Any

from evals.styles.kinds.common import GenDoc, boilerplate, noise_header, pick_format, safe_name
from evals.styles.kinds.compliance_common import (
    csv_text,
    doc_lang,
    grouping,
    num,
    page_footer,
    text_writer,
    xlsx_writer,
)
from evals.styles.render import Doc
from evals.styles.vocab import Ctx, Held
from evals.styles.world import Supplier

STYLES = ["datasheet-kv", "kpi-table", "prose-yoy", "multipage-report", "csv-long", "xlsx-wide", "bullets",
          "gri-index", "cdp-answers"]
METRICS = ["energy_use", "renewable_electricity", "scope1", "scope2", "waste"]
TRUTH_UNIT = {"energy_use": "MWh", "renewable_electricity": "%", "scope1": "t CO2e", "scope2": "t CO2e", "waste": "t"}
# written unit -> factor to the truth unit
UNIT_OPTIONS: dict[str, list[tuple[str, float]]] = {
    "energy_use": [("MWh", 1), ("MWh", 1), ("GJ", 1 / 3.6), ("GWh", 1000), ("kWh", 0.001)],
    "renewable_electricity": [("%", 1)],
    "scope1": [("t CO2e", 1), ("t CO2e", 1), ("tCO2e", 1), ("kt CO2e", 1000), ("kg CO2e", 0.001)],
    "scope2": [("t CO2e", 1), ("t CO2e", 1), ("tCO2e", 1), ("kt CO2e", 1000)],
    "waste": [("t", 1), ("t", 1), ("tonnes", 1), ("kg", 0.001), ("kt", 1000)],
}
NAMES = {
    "energy_use": {"en": ["Total energy consumption", "Energy use", "Energy consumed within the organisation",
                          Held("Final energy demand")],
                   "de": ["Gesamtenergieverbrauch", "Energieverbrauch"], "fr": ["Consommation totale d'énergie"],
                   "es": ["Consumo total de energía"]},
    "renewable_electricity": {"en": ["Share of renewable electricity", "Renewable electricity",
                                     "Green electricity share", Held("Electricity from renewable sources (share)")],
                              "de": ["Anteil erneuerbarer Strom", "Ökostromanteil"],
                              "fr": ["Part d'électricité renouvelable"],
                              "es": ["Porcentaje de electricidad renovable"]},
    "scope1": {"en": ["Scope 1 emissions", "Direct GHG emissions (Scope 1)", "Scope 1", Held("GHG Scope 1 (direct)")],
               "de": ["Scope-1-Emissionen", "Direkte THG-Emissionen (Scope 1)"], "fr": ["Émissions du scope 1"],
               "es": ["Emisiones de alcance 1"]},
    "scope2": {"en": ["Scope 2 emissions (market-based)", "Indirect GHG emissions from purchased energy (Scope 2)",
                      "Scope 2 (market-based)", Held("GHG Scope 2, market-based")],
               "de": ["Scope-2-Emissionen (marktbasiert)"], "fr": ["Émissions du scope 2 (méthode marché)"],
               "es": ["Emisiones de alcance 2 (según mercado)"]},
    "waste": {"en": ["Total waste generated", "Waste", "Waste (hazardous and non-hazardous)", Held("Waste arisings")],
              "de": ["Abfallaufkommen gesamt", "Abfall"], "fr": ["Déchets générés"], "es": ["Residuos generados"]},
}
GRI = {"energy_use": "GRI 302-1", "renewable_electricity": "GRI 302-1 (c)", "scope1": "GRI 305-1",
       "scope2": "GRI 305-2", "waste": "GRI 306-3"}
CDP = {"energy_use": "C8.2a", "renewable_electricity": "C8.2e", "scope1": "C6.1", "scope2": "C6.3", "waste": "W-1"}
TARGETS = {"en": ["We aim to source 100 % renewable electricity by 2030.", "Our target is net-zero scope 1 and 2 "
                  "emissions by 2040.", "We commit to reduce scope 1 and 2 emissions by 42 % by 2030 against a 2022 "
                  "baseline.", "Zero waste to landfill is targeted for all sites by 2028."],
           "de": ["Bis 2030 wollen wir 100 % Ökostrom beziehen.", "Ziel ist die Klimaneutralität (Scope 1 und 2) bis "
                  "2040."],
           "fr": ["Nous visons 100 % d'électricité renouvelable d'ici 2030.", "Objectif : zéro émission nette "
                  "(scopes 1 et 2) en 2040."],
           "es": ["Nuestro objetivo es un 100 % de electricidad renovable en 2030.", "Aspiramos a cero emisiones "
                  "netas de alcance 1 y 2 en 2040."]}


def _scale(segment: str) -> float:
    return {"cell_manufacturer": 8.0, "cathode_material": 10.0, "raw_material": 12.0, "pack_integrator": 1.5,
            "cell_component": 3.0}.get(segment, 0.6)


def esg_report(ctx: Ctx, sup: Supplier) -> GenDoc:
    style = ctx.style("esg_report", STYLES)
    lang = doc_lang(ctx, sup)
    conv = grouping(ctx, lang)
    year = ctx.as_of.year - 1
    naming = ctx.pick(["calendar", "calendar", "fy_split", "fy"])

    def period(y: int) -> str:
        return {"calendar": str(y), "fy_split": f"FY{y}/{str(y + 1)[2:]}", "fy": f"FY{y}"}[naming]

    n_periods = 2 if style in ("kpi-table", "xlsx-wide", "prose-yoy") or ctx.chance(0.4) else 1
    periods = [period(year - i) for i in range(n_periods)]  # newest first
    metrics = list(METRICS)
    flags: list[str] = []
    if ctx.chance(0.45):
        for m in ctx.sample(METRICS, ctx.randint(1, 2)):
            metrics.remove(m)
        flags.append("esg_gap")
    site = None
    if ctx.chance(0.3):
        site = ctx.pick({"de": [f"Werk {sup.city}", f"Standort {sup.city}"], "fr": [f"Site de {sup.city}"],
                         "es": [f"Planta de {sup.city}"]}.get(lang, [f"{sup.city} plant", f"{sup.city} site"]))
        flags.append("single_site")
    units = {m: ctx.pick(UNIT_OPTIONS[m]) for m in metrics}
    if any(f != 1 for _, f in units.values()):
        flags.append("esg_unit_converted")
    scale = _scale(sup.segment)
    # the figures as written (per metric, per period) and their truth in the truth unit
    shown: dict[tuple[str, str], float] = {}
    truth: dict[tuple[str, str], float] = {}
    base = {"energy_use": ctx.rng.uniform(6000, 40000) * scale, "renewable_electricity": ctx.rng.uniform(8, 95),
            "scope1": ctx.rng.uniform(300, 4000) * scale, "scope2": ctx.rng.uniform(500, 9000) * scale,
            "waste": ctx.rng.uniform(150, 2500) * scale}
    for m in metrics:
        unit, factor = units[m]
        for i, p in enumerate(periods):
            v = base[m] * (1 + (ctx.rng.uniform(0.04, 0.18) if m != "renewable_electricity" else
                                -ctx.rng.uniform(0.03, 0.15)) * i)
            if m == "renewable_electricity":
                s = round(min(v, 100.0), 1)
            elif factor > 1:  # GWh, kt: a few decimals
                s = round(v / factor, 2)
            elif factor < 1:  # kWh, kg, GJ: whole numbers
                s = float(round(v / factor))
            else:
                s = float(round(v))
            shown[(m, p)] = s
            truth[(m, p)] = round(s * factor, 4)

    def val(m: str, p: str, with_unit: bool = True) -> str:
        unit, factor = units[m]
        s = shown[(m, p)]
        decimals = 1 if m == "renewable_electricity" and s != int(s) else (2 if factor > 1 else 0)
        text = num(s, lang, conv, decimals)
        if not with_unit:
            return text
        return f"{text} %" if unit == "%" else f"{text} {unit}"

    def name(m: str) -> str:
        return ctx.pick(NAMES[m].get(lang) or NAMES[m]["en"])

    target = ctx.pick(TARGETS[lang]) if ctx.chance(0.6) else None
    scope3 = None
    if ctx.chance(0.35):
        s3 = num(base["scope2"] * 9, lang, conv)
        scope3 = {"en": f"Scope 3 emissions (screening estimate, not verified): about {s3} t CO2e.",
                  "de": f"Scope-3-Emissionen (Schätzung): rund {s3} t CO2e.",
                  "fr": f"Émissions du scope 3 (estimation) : environ {s3} t CO2e.",
                  "es": f"Emisiones de alcance 3 (estimación): unas {s3} t CO2e."}[lang]
        flags.append("scope3_distractor")
    if target:
        flags.append("esg_targets")
    title = ctx.pick({"en": [f"Sustainability Report {periods[0]}", f"ESG key figures {periods[0]}",
                             f"Environmental performance data {periods[0]}",
                             Held(f"Non-financial statement {periods[0]}")],
                      "de": [f"Nachhaltigkeitsbericht {periods[0]}", f"Umweltkennzahlen {periods[0]}"],
                      "fr": [f"Rapport de développement durable {periods[0]}", f"Indicateurs environnementaux "
                             f"{periods[0]}"],
                      "es": [f"Informe de sostenibilidad {periods[0]}", f"Indicadores ambientales {periods[0]}"]}[lang])
    doc = Doc(title=title)
    scope_line = ({"en": f"Reporting boundary: {site} only.", "de": f"Berichtsgrenze: nur {site}.",
                   "fr": f"Périmètre : {site} uniquement.", "es": f"Alcance del informe: solo {site}."}[lang] if site
                  else {"en": f"Reporting boundary: all sites of {sup.legal_name}.",
                        "de": f"Berichtsgrenze: alle Standorte der {sup.legal_name}.",
                        "fr": f"Périmètre : tous les sites de {sup.legal_name}.",
                        "es": f"Alcance: todas las plantas de {sup.legal_name}."}[lang].replace("..", "."))
    gap_line = None
    missing = [m for m in METRICS if m not in metrics]
    if missing and ctx.chance(0.6):
        gap_line = {"en": f"{', '.join(name(m) for m in missing)}: not reported for this period.",
                    "de": f"{', '.join(name(m) for m in missing)}: für diesen Zeitraum nicht erhoben.",
                    "fr": f"{', '.join(name(m) for m in missing)} : non communiqué pour cette période.",
                    "es": f"{', '.join(name(m) for m in missing)}: no disponible para este periodo."}[lang]
    writer = None
    fmt = "pdf"
    unit_head = {"en": "Unit", "de": "Einheit", "fr": "Unité", "es": "Unidad"}[lang]
    ind_head = {"en": "Indicator", "de": "Kennzahl", "fr": "Indicateur", "es": "Indicador"}[lang]
    if style in ("csv-long", "xlsx-wide"):
        if style == "csv-long":
            head = [{"en": "Metric", "de": "Kennzahl", "fr": "Indicateur", "es": "Indicador"}[lang],
                    {"en": "Period", "de": "Zeitraum", "fr": "Période", "es": "Periodo"}[lang],
                    {"en": "Value", "de": "Wert", "fr": "Valeur", "es": "Valor"}[lang], unit_head]
            if site:
                head.append({"en": "Site", "de": "Standort", "fr": "Site", "es": "Planta"}[lang])
            rows: list[list[Any]] = [head]
            for p in periods:
                for m in metrics:
                    r: list[Any] = [name(m), p, val(m, p, with_unit=False), units[m][0]]
                    if site:
                        r.append(site)
                    rows.append(r)
            delim = ";" if lang != "en" or conv != "comma" else ctx.pick([",", "\t"])
            if delim == "," and conv == "comma":
                delim = "\t"  # "1,410" in a comma-separated file would split the number
            fmt = "csv"
            writer = text_writer(csv_text(rows, delim))
            flags = [f for f in flags if f not in ("scope3_distractor", "esg_targets")]  # no room for prose here
        else:
            grid: list[list[Any]] = [[title], [sup.legal_name + (f" – {site}" if site else "")], []]
            grid.append([ind_head, unit_head] + list(reversed(periods)))
            for m in metrics:
                grid.append([name(m), units[m][0]] + [shown[(m, p)] for p in reversed(periods)])
            if gap_line:
                grid += [[], [gap_line]]
            if scope3:
                grid += [[], [scope3]]
            if target:
                grid += [[], [target]]
            fmt = "xlsx"
            writer = xlsx_writer([(ctx.pick(["KPIs", "Environment", "Data"]), grid)])
    else:
        if style == "multipage-report":
            doc.header = noise_header(ctx, sup.legal_name, lang)
            doc.footer = page_footer(ctx, lang)
            doc.h({"en": "Letter from the CEO", "de": "Vorwort der Geschäftsführung", "fr": "Mot du directeur général",
                   "es": "Carta del consejero delegado"}[lang], 2)
            doc.p({"en": f"{periods[0]} was a year of growth for {sup.short}. We expanded capacity in {sup.city} and "
                         "invested in energy efficiency and employee training.",
                   "de": f"{periods[0]} war für {sup.short} ein Jahr des Wachstums.",
                   "fr": f"{periods[0]} a été une année de croissance pour {sup.short}.",
                   "es": f"{periods[0]} fue un año de crecimiento para {sup.short}."}[lang])
            doc.p(" ".join(boilerplate(ctx, lang, 2)), small=True)
            doc.pagebreak()
            doc.h({"en": "Environment", "de": "Umwelt", "fr": "Environnement", "es": "Medio ambiente"}[lang], 2)
        doc.p(scope_line)
        if style in ("datasheet-kv", "multipage-report"):
            for p in periods:
                if len(periods) > 1:
                    doc.h(p, 3)
                doc.kv([(f"{name(m)}" + ("" if style == "datasheet-kv" else f" ({p})"), val(m, p)) for m in metrics],
                       layout=ctx.pick(["colon", "table", "dots", "tab"]))
            fmt = pick_format(ctx, {"pdf": 5, "docx": 3, "md": 1})
        elif style == "kpi-table":
            doc.table([ind_head, unit_head] + list(reversed(periods)),
                      [[name(m), units[m][0]] + [val(m, p, with_unit=False) for p in reversed(periods)]
                       for m in metrics])
            fmt = pick_format(ctx, {"pdf": 4, "docx": 3, "md": 3})
        elif style == "prose-yoy":
            cur, prev = periods[0], periods[1]
            for m in metrics:
                a, b = truth[(m, cur)], truth[(m, prev)]
                if m == "renewable_electricity":
                    doc.p({"en": f"{name(m)} reached {val(m, cur)} in {cur} (previous year: {val(m, prev)}).",
                           "de": f"{name(m)} lag {cur} bei {val(m, cur)} (Vorjahr: {val(m, prev)}).",
                           "fr": f"{name(m)} : {val(m, cur)} en {cur} (exercice précédent : {val(m, prev)}).",
                           "es": f"{name(m)}: {val(m, cur)} en {cur} (año anterior: {val(m, prev)})."}[lang])
                    continue
                change = round(100 * (a - b) / b)
                word = {"en": ("down", "up"), "de": ("minus", "plus"), "fr": ("en baisse de", "en hausse de"),
                        "es": ("un descenso del", "un aumento del")}[lang][0 if change < 0 else 1]
                doc.p({"en": f"{name(m)} came to {val(m, cur)} in {cur}, {word} {abs(change)} % from {prev}'s "
                             f"{val(m, prev)}.",
                       "de": f"{name(m)}: {val(m, cur)} im Jahr {cur}, {word} {abs(change)} % gegenüber "
                             f"{val(m, prev)} im Jahr {prev}.",
                       "fr": f"{name(m)} : {val(m, cur)} en {cur}, {word} {abs(change)} % par rapport aux "
                             f"{val(m, prev)} de {prev}.",
                       "es": f"{name(m)}: {val(m, cur)} en {cur}, {word} {abs(change)} % frente a {val(m, prev)} "
                             f"en {prev}."}[lang])
            fmt = pick_format(ctx, {"pdf": 3, "docx": 3, "md": 2, "txt": 2})
        elif style == "bullets":
            for p in periods:
                doc.p(f"{p}:", bold=True)
                doc.bullets([f"{name(m)}: {val(m, p)}" for m in metrics], marker=ctx.pick(["-", "*", "•"]))
            fmt = pick_format(ctx, {"md": 5, "txt": 2, "docx": 2})
        elif style == "gri-index":
            doc.title = {"en": f"GRI content index {periods[0]} (extract)", "de": f"GRI-Inhaltsindex {periods[0]}",
                         "fr": f"Index du contenu GRI {periods[0]}",
                         "es": f"Índice de contenidos GRI {periods[0]}"}[lang]
            rows = []
            for m in metrics:
                rows.append([GRI[m], name(m), "; ".join(f"{p}: {val(m, p)}" for p in periods)])
            doc.table(["GRI", {"en": "Disclosure", "de": "Angabe", "fr": "Information", "es": "Contenido"}[lang],
                       {"en": "Response", "de": "Antwort", "fr": "Réponse", "es": "Respuesta"}[lang]], rows)
            fmt = pick_format(ctx, {"pdf": 4, "docx": 2, "md": 2})
        else:  # cdp-answers: questionnaire answers
            doc.title = {"en": f"Climate questionnaire – responses {periods[0]}",
                         "de": f"Klimafragebogen – Antworten {periods[0]}",
                         "fr": f"Questionnaire climat – réponses {periods[0]}",
                         "es": f"Cuestionario climático – respuestas {periods[0]}"}[lang]
            for m in metrics:
                q = {"energy_use": "What was your organisation's total energy consumption",
                     "renewable_electricity": "What share of the electricity you consumed came from renewable sources",
                     "scope1": "What were your gross global Scope 1 emissions",
                     "scope2": "What were your gross global Scope 2 emissions (market-based)",
                     "waste": "How much waste did your operations generate"}[m]
                doc.p(f"{CDP[m]} {q} in {periods[0]}?", bold=True)
                doc.p(f"{'Answer' if lang == 'en' else {'de': 'Antwort', 'fr': 'Réponse', 'es': 'Respuesta'}[lang]}: "
                      + "; ".join(f"{val(m, p)} ({p})" for p in periods))
            fmt = pick_format(ctx, {"pdf": 3, "docx": 3, "txt": 2})
        if gap_line:
            doc.p(gap_line)
        if scope3:
            doc.p(scope3)
        if target:
            doc.p(target)
        if style != "multipage-report" and ctx.chance(0.2):
            doc.header = noise_header(ctx, sup.legal_name, lang)
            doc.footer = page_footer(ctx, lang)
    facts = []
    for p in periods:
        for m in metrics:
            f: dict[str, Any] = {"kind": "esg_metric", "metric": m, "value": truth[(m, p)], "unit": TRUTH_UNIT[m],
                                 "period": p}
            if site:
                f["site"] = site
            facts.append(f)
    if len(periods) > 1:
        flags.append("two_periods")
    fname = ctx.pick([title, f"{sup.short} ESG data {periods[0]}", f"sustainability_{periods[0]}",
                      f"scan_{ctx.randint(1, 9999):04d}", f"Environmental figures {periods[0]}"])
    folder = ctx.pick(["sustainability", "sustainability", "esg", "reports"])
    return GenDoc("esg_report", style if lang == "en" else f"{style}-{lang}", fmt,
                  f"{folder}/{safe_name(fname)}.{fmt}", facts=facts, doc=None if writer else doc, writer=writer,
                  flags=flags)

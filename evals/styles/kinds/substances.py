"""RoHS and REACH declarations: a supplier's statement that its products meet Directive 2011/65/EU as amended
by (EU) 2015/863, and/or that they contain no substance of the ECHA Candidate List above 0.1 % w/w (or which
ones they do). One document may carry both (then two facts). Letters, forms, substance tables, portal exports,
bullet lists, numbered clauses, multi-page reports, product x substance matrices and short statements, in
English, German, French and Spanish."""

from __future__ import annotations

import datetime as dt
from typing import Any

from evals.styles.kinds.common import GenDoc, boilerplate, noise_header, pick_format, safe_name
from evals.styles.kinds.compliance_common import (
    BUYER,
    csv_text,
    dec,
    doc_lang,
    page_footer,
    signer,
    text_writer,
    xlsx_writer,
)
from evals.styles.render import Doc
from evals.styles.vocab import Ctx, Held, country_name, date_style, fmt_date
from evals.styles.world import Supplier

STYLES = ["letter", "form", "substance-table", "portal-export", "bullets", "numbered-clauses", "multipage-report",
          "matrix-xlsx", "short-statement"]

# ECHA Candidate List updates: (date, number of entries)
CANDIDATE_LISTS = [(dt.date(2023, 6, 14), 235), (dt.date(2024, 1, 23), 240), (dt.date(2024, 6, 27), 241),
                   (dt.date(2024, 11, 7), 242), (dt.date(2025, 1, 21), 247), (dt.date(2025, 6, 25), 250)]

# RoHS Annex II: symbol -> names by language, maximum concentration in homogeneous materials (% w/w)
ROHS_SUBSTANCES: list[tuple[str, dict[str, str], float]] = [
    ("Pb", {"en": "Lead (Pb)", "de": "Blei (Pb)", "fr": "Plomb (Pb)", "es": "Plomo (Pb)"}, 0.1),
    ("Hg", {"en": "Mercury (Hg)", "de": "Quecksilber (Hg)", "fr": "Mercure (Hg)", "es": "Mercurio (Hg)"}, 0.1),
    ("Cd", {"en": "Cadmium (Cd)", "de": "Cadmium (Cd)", "fr": "Cadmium (Cd)", "es": "Cadmio (Cd)"}, 0.01),
    ("Cr(VI)", {"en": "Hexavalent chromium (Cr VI)", "de": "Sechswertiges Chrom (Cr VI)",
                "fr": "Chrome hexavalent (Cr VI)", "es": "Cromo hexavalente (Cr VI)"}, 0.1),
    ("PBB", {"en": "Polybrominated biphenyls (PBB)", "de": "Polybromierte Biphenyle (PBB)",
             "fr": "Polybromobiphényles (PBB)", "es": "Polibromobifenilos (PBB)"}, 0.1),
    ("PBDE", {"en": "Polybrominated diphenyl ethers (PBDE)", "de": "Polybromierte Diphenylether (PBDE)",
              "fr": "Polybromodiphényléthers (PBDE)", "es": "Polibromodifeniléteres (PBDE)"}, 0.1),
    ("DEHP", {"en": "Bis(2-ethylhexyl) phthalate (DEHP)", "de": "DEHP", "fr": "DEHP", "es": "DEHP"}, 0.1),
    ("BBP", {"en": "Butyl benzyl phthalate (BBP)", "de": "BBP", "fr": "BBP", "es": "BBP"}, 0.1),
    ("DBP", {"en": "Dibutyl phthalate (DBP)", "de": "DBP", "fr": "DBP", "es": "DBP"}, 0.1),
    ("DIBP", {"en": "Diisobutyl phthalate (DIBP)", "de": "DIBP", "fr": "DIBP", "es": "DIBP"}, 0.1),
]
# a RoHS limit exceeded: (symbol, measured % w/w, where)
ROHS_FAILURES = [("Pb", [0.18, 0.27, 0.35, 0.62], {"en": "solder joints of the connector", "de": "Lötstellen des "
                  "Steckverbinders", "fr": "joints de brasure du connecteur", "es": "soldaduras del conector"}),
                 ("Cd", [0.018, 0.025, 0.041], {"en": "yellow pigment of the cable marking", "de": "gelbes Pigment "
                  "der Kabelkennzeichnung", "fr": "pigment jaune du marquage de câble", "es": "pigmento amarillo "
                  "del marcado del cable"}),
                 ("DEHP", [0.14, 0.21, 0.38], {"en": "PVC sheath of the sense wires", "de": "PVC-Mantel der "
                  "Messleitungen", "fr": "gaine PVC des fils de mesure", "es": "funda de PVC de los cables de "
                  "medida"})]
EXEMPTIONS = {
    "cell_manufacturer": ["6(c)", "7(a)", "7(c)-I"], "pack_integrator": ["6(a)", "6(c)", "7(a)", "7(c)-I"],
    "electronics_component": ["7(a)", "7(c)-I", "7(c)-II"], "mechanical_component": ["6(a)", "6(b)", "6(c)"],
    "cell_component": ["6(c)"], "cathode_material": [], "raw_material": [],
}
# Candidate List substances a supplier of each segment may find in what it supplies: (name, CAS)
SVHC_POOL = {
    "cell_manufacturer": [("1,3-propanesultone", "1120-71-4"), ("1-methyl-2-pyrrolidone (NMP)", "872-50-4"),
                          ("Bis(2-ethylhexyl) phthalate (DEHP)", "117-81-7")],
    "pack_integrator": [("Lead", "7439-92-1"), ("Bis(2-ethylhexyl) phthalate (DEHP)", "117-81-7"),
                        ("Dibutyltin dichloride", "683-18-1"), ("Bisphenol A", "80-05-7")],
    "electronics_component": [("Lead", "7439-92-1"), ("Diboron trioxide", "1303-86-2"),
                              ("Dibutyltin dichloride", "683-18-1")],
    "mechanical_component": [("Lead", "7439-92-1"), ("Boric acid", "10043-35-3")],
    "cell_component": [("1,3-propanesultone", "1120-71-4"), ("N,N-dimethylformamide (DMF)", "68-12-2"),
                       ("1-methyl-2-pyrrolidone (NMP)", "872-50-4")],
    "cathode_material": [("Cobalt dichloride", "7646-79-9"), ("Boric acid", "10043-35-3")],
    "raw_material": [("Cobalt dichloride", "7646-79-9"), ("Lead", "7439-92-1")],
}

IMPURITY = {"en": "impurity in the product", "de": "Verunreinigung im Produkt", "fr": "impureté dans le produit",
            "es": "impureza en el producto"}
DIRECTIVE = {"en": ["Directive 2011/65/EU", "RoHS Directive 2011/65/EU", "EU RoHS 2011/65/EU"],
             "de": ["Richtlinie 2011/65/EU", "RoHS-Richtlinie 2011/65/EU"],
             "fr": ["directive 2011/65/UE", "directive RoHS 2011/65/UE"],
             "es": ["Directiva 2011/65/UE", "Directiva RoHS 2011/65/UE"]}
AMENDMENT = {"en": ["Commission Delegated Directive (EU) 2015/863", "(EU) 2015/863", "Delegated Directive (EU) "
                    "2015/863", Held("EU 2015/863 (RoHS 3)")],
             "de": ["Delegierte Richtlinie (EU) 2015/863", "(EU) 2015/863"],
             "fr": ["directive déléguée (UE) 2015/863", "(UE) 2015/863"],
             "es": ["Directiva Delegada (UE) 2015/863", "(UE) 2015/863"]}
AS_AMENDED = {"en": ["as amended by", "including its amendment", "and its amendment"],
              "de": ["in der Fassung der", "geändert durch die"],
              "fr": ["modifiée par la", "telle que modifiée par la"],
              "es": ["modificada por la", "en su versión modificada por la"]}
TITLES = {
    "RoHS": {"en": ["RoHS Declaration of Conformity", "Declaration of RoHS Compliance", "RoHS Compliance Statement",
                    Held("Certificate of RoHS Conformance")],
             "de": ["RoHS-Konformitätserklärung", "Erklärung zur RoHS-Konformität"],
             "fr": ["Déclaration de conformité RoHS"], "es": ["Declaración de conformidad RoHS"]},
    "REACH": {"en": ["REACH SVHC Declaration", "REACH Article 33 Statement", "Declaration on REACH Candidate List "
                     "substances", Held("SVHC Information Letter")],
              "de": ["REACH-Erklärung (SVHC)", "Erklärung zu REACH-Kandidatenstoffen"],
              "fr": ["Déclaration REACH (SVHC)", "Déclaration relative aux substances candidates REACH"],
              "es": ["Declaración REACH (SEP)", "Declaración sobre sustancias candidatas REACH"]},
    "both": {"en": ["RoHS and REACH Declaration", "Product Compliance Declaration (RoHS / REACH)",
                    "Declaration of Conformity – RoHS & REACH SVHC", Held("Material Compliance Statement")],
             "de": ["Konformitätserklärung RoHS / REACH", "Erklärung zu RoHS und REACH"],
             "fr": ["Déclaration de conformité RoHS / REACH"], "es": ["Declaración de conformidad RoHS / REACH"]},
}
L: dict[str, dict[str, list[str]]] = {
    "supplier": {"en": ["Supplier", "Manufacturer", "Company", "Declaring company"], "de": ["Lieferant", "Hersteller"],
                 "fr": ["Fournisseur", "Fabricant"], "es": ["Proveedor", "Fabricante"]},
    "products": {"en": ["Products covered", "Scope", "Part numbers", "Product(s)", Held("Articles concerned")],
                 "de": ["Produkte", "Geltungsbereich", "Artikelnummern"], "fr": ["Produits concernés", "Références"],
                 "es": ["Productos", "Referencias"]},
    "date": {"en": ["Date", "Date of issue", "Issued", "Declaration date", Held("Dated")],
             "de": ["Datum", "Ausstellungsdatum"], "fr": ["Date", "Date d'émission"],
             "es": ["Fecha", "Fecha de emisión"]},
    "signed": {"en": ["Signed", "Signatory", "Authorised signature", "Name / title"],
               "de": ["Unterschrift", "Name / Funktion"], "fr": ["Signataire", "Nom / fonction"],
               "es": ["Firmante", "Nombre / cargo"]},
    "directive": {"en": ["Directive", "Legal basis", "Regulation"], "de": ["Richtlinie", "Rechtsgrundlage"],
                  "fr": ["Directive", "Base réglementaire"], "es": ["Directiva", "Base legal"]},
    "exemptions": {"en": ["Exemptions claimed", "Annex III exemptions used", "Exemptions",
                          Held("Exemption(s) applied")],
                   "de": ["In Anspruch genommene Ausnahmen", "Ausnahmen (Anhang III)"],
                   "fr": ["Exemptions utilisées", "Exemptions (annexe III)"],
                   "es": ["Exenciones aplicadas", "Exenciones (anexo III)"]},
    "rohs_status": {"en": ["RoHS status", "RoHS compliance", "RoHS conformity"], "de": ["RoHS-Status", "RoHS-Konform"],
                    "fr": ["Statut RoHS", "Conformité RoHS"], "es": ["Estado RoHS", "Conformidad RoHS"]},
    "cl": {"en": ["Candidate List version", "ECHA Candidate List dated", "SVHC list checked",
                  Held("Candidate List release")],
           "de": ["Stand der Kandidatenliste", "Kandidatenliste vom"],
           "fr": ["Liste candidate du", "Version de la liste candidate"],
           "es": ["Lista de candidatas de", "Versión de la lista de candidatas"]},
    "svhc": {"en": ["SVHC > 0.1 % w/w", "SVHC above 0.1 %", "Candidate List substances above 0.1 % (w/w)",
                    Held("SVHC content above threshold")],
             "de": ["SVHC > 0,1 Gew.-%", "Kandidatenstoffe über 0,1 %"],
             "fr": ["SVHC > 0,1 % m/m", "SVHC au-dessus de 0,1 %"],
             "es": ["SEP > 0,1 % p/p", "SEP por encima del 0,1 %"]},
    "substance": {"en": ["Substance"], "de": ["Stoff"], "fr": ["Substance"], "es": ["Sustancia"]},
    "limit": {"en": ["Max. concentration", "Limit (% w/w)", "Maximum concentration value"],
              "de": ["Höchstkonzentration", "Grenzwert (Gew.-%)"], "fr": ["Concentration max.", "Limite (% m/m)"],
              "es": ["Concentración máx.", "Límite (% p/p)"]},
    "result": {"en": ["Result", "Measured / declared", "Content"], "de": ["Ergebnis", "Gehalt"],
               "fr": ["Résultat", "Teneur"], "es": ["Resultado", "Contenido"]},
    "conc": {"en": ["Concentration (% w/w)", "Content (w/w)"], "de": ["Konzentration (Gew.-%)"],
             "fr": ["Concentration (% m/m)"], "es": ["Concentración (% p/p)"]},
    "where": {"en": ["Location in article", "Component"], "de": ["Bauteil"], "fr": ["Composant"], "es": ["Componente"]},
}
ND = {"en": ["not detected", "ND", "< limit", "n.d."], "de": ["nicht nachweisbar", "n. n.", "< Grenzwert"],
      "fr": ["non détecté", "n.d.", "< limite"], "es": ["no detectado", "n.d.", "< límite"]}
YES_NO = {"en": ("Yes", "No"), "de": ("Ja", "Nein"), "fr": ("Oui", "Non"), "es": ("Sí", "No")}
COMPLIANT = {"en": (["Compliant", "RoHS compliant", "Conforms"], ["Not compliant", "NON-COMPLIANT", "Fails"]),
             "de": (["Konform", "erfüllt"], ["Nicht konform", "nicht erfüllt"]),
             "fr": (["Conforme"], ["Non conforme"]), "es": (["Conforme", "Cumple"], ["No conforme", "No cumple"])}


def _l(ctx: Ctx, key: str, lang: str) -> str:
    return ctx.pick(L[key].get(lang) or L[key]["en"])


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _pct(x: float, lang: str) -> str:
    return f"{dec(x, lang)} %"


def substance_declaration(ctx: Ctx, sup: Supplier, regs: list[str], *, rohs_failed: bool = False,
                          svhc: bool = False, age: str = "fresh") -> GenDoc:
    """`regs`: ["RoHS"], ["REACH"] or both; `age`: fresh (under 12 months old), stale (over 12 months, at least 20 days
    past the boundary) or undated."""
    style = ctx.style("substance_declaration", STYLES)
    lang = doc_lang(ctx, sup)
    ds = date_style(ctx, lang)
    d = lambda x: fmt_date(x, ds, lang)  # noqa: E731
    if age == "stale":
        when = ctx.as_of - dt.timedelta(days=ctx.randint(395, 800))
    else:
        when = ctx.as_of - dt.timedelta(days=ctx.randint(5, 330))
    issued = None if age == "undated" else when
    name, title = signer(ctx, lang)
    signed = ctx.chance(0.85)
    models = [p.model for p in sup.products]
    list_products = ctx.chance(0.5) and bool(models)
    products = models if list_products else []
    country = country_name(ctx, sup.country, lang)
    both = len(regs) == 2
    title_key = "both" if both else regs[0]
    doc = Doc(title=ctx.pick(TITLES[title_key][lang]))
    flags: list[str] = []
    # -- what the declaration says --------------------------------------------------------------------------
    directive_txt = ctx.pick(DIRECTIVE[lang])
    amendment_txt = ctx.pick(AMENDMENT[lang])
    as_amended = ctx.pick(AS_AMENDED[lang])
    exemptions: list[str] = []
    pool = EXEMPTIONS[sup.segment]
    if "RoHS" in regs and pool and ctx.chance(0.55):
        exemptions = sorted(ctx.sample(pool, ctx.randint(1, min(2, len(pool)))))
    failure: tuple[str, float, str] | None = None
    if rohs_failed:
        sym, values, where = ctx.pick(ROHS_FAILURES)
        failure = (sym, ctx.pick(values), where[lang])
        flags.append("rohs_failed")
    cl_options = [c for c in CANDIDATE_LISTS if c[0] <= when - dt.timedelta(days=10)] or CANDIDATE_LISTS[:1]
    cl_date, cl_n = cl_options[-1] if ctx.chance(0.7) or len(cl_options) == 1 else cl_options[-2]
    state_n = ctx.chance(0.6)
    svhcs: list[dict[str, Any]] = []
    svhc_text: list[tuple[str, str, str, str]] = []  # name, CAS, concentration as written, where
    if svhc:
        for sname, cas in ctx.sample(SVHC_POOL[sup.segment], ctx.randint(1, min(2, len(SVHC_POOL[sup.segment])))):
            form = ctx.pick(["pct", "pct", "range", "ppm"])
            if form == "range":
                lo, hi = ctx.pick([(0.1, 0.3), (0.1, 0.5), (0.3, 1.0), (1.0, 3.0)])
                shown, conc = f"{dec(lo, lang)} – {dec(hi, lang)} %", hi
            elif form == "ppm":
                ppm = ctx.pick([1200, 1500, 2300, 4800])
                sep = "." if lang in ("de", "es") else (" " if lang == "fr" else ",")
                shown, conc = f"{ppm:,} ppm".replace(",", sep), ppm / 10000
            else:
                conc = ctx.pick([0.12, 0.15, 0.22, 0.4, 0.85, 1.6, 2.5])
                shown = _pct(conc, lang)
            part = IMPURITY[lang] if sup.segment in ("raw_material", "cathode_material") else ctx.pick({
                            "en": ["cable insulation", "connector housing", "electrolyte", "solder", "gasket",
                                    "label adhesive"], "de": ["Kabelisolierung", "Steckergehäuse", "Elektrolyt", "Lot"],
                             "fr": ["isolation du câble", "boîtier du connecteur", "électrolyte"],
                             "es": ["aislamiento del cable", "carcasa del conector", "electrolito"]}[lang])
            if sup.segment in ("raw_material", "cathode_material") and form != "range":
                conc = ctx.pick([0.12, 0.18, 0.25, 0.4])
                shown = _pct(conc, lang)
            svhcs.append({"substance": sname, "cas": cas, "concentration_pct": round(conc, 6)})
            svhc_text.append((sname, cas, shown, part))
        flags.append("svhc")
    below = None  # a Candidate List substance present below 0.1 %: no SVHC to declare
    if "REACH" in regs and not svhc and ctx.chance(0.3):
        sname, cas = ctx.pick(SVHC_POOL[sup.segment])
        below = (sname, cas, ctx.pick(["0.02", "0.05", "0.08"]))
        flags.append("svhc_below_threshold")
    y, n = YES_NO[lang]

    def products_text() -> str:
        if products:
            return ", ".join(products)
        return {"en": f"all products supplied to {BUYER}", "de": f"alle an {BUYER} gelieferten Produkte",
                "fr": f"tous les produits livrés à {BUYER}", "es": f"todos los productos suministrados a {BUYER}"}[lang]

    def rohs_sentence() -> str:
        law = f"{directive_txt} {as_amended} {amendment_txt}"
        if failure:
            sym, val, where = failure
            sname = next(s[1][lang] for s in ROHS_SUBSTANCES if s[0] == sym)
            limit = next(s[2] for s in ROHS_SUBSTANCES if s[0] == sym)
            return {"en": f"the products do NOT fully comply with {law}: {sname} was found at {_pct(val, lang)} "
                          f"({where}), above the maximum concentration value of {_pct(limit, lang)} by weight in "
                          "homogeneous materials. No exemption applies to this use.",
                    "de": f"die Produkte die {law} NICHT vollständig erfüllen: {sname} wurde mit {_pct(val, lang)} "
                          f"festgestellt ({where}) und überschreitet damit die Höchstkonzentration von "
                          f"{_pct(limit, lang)} in homogenen Werkstoffen. Eine Ausnahme ist nicht anwendbar.",
                    "fr": f"les produits ne sont PAS entièrement conformes à la {law} : {sname} a été mesuré à "
                          f"{_pct(val, lang)} ({where}), au-delà de la concentration maximale de "
                          f"{_pct(limit, lang)} en poids dans les matériaux homogènes.",
                    "es": f"los productos NO cumplen plenamente la {law}: se ha detectado {sname} al {_pct(val, lang)} "
                          f"({where}), por encima de la concentración máxima de {_pct(limit, lang)} en peso en "
                          "materiales homogéneos."}[lang]
        return ctx.pick({
            "en": [f"the products comply with {law}. None of the substances restricted in Annex II is present above "
                   "its maximum concentration value in any homogeneous material",
                   f"the products meet the requirements of {law}; the ten restricted substances of Annex II do not "
                   "exceed the permitted maximum concentrations (0.1 % by weight, cadmium 0.01 %)"],
            "de": [f"die Produkte die Anforderungen der {law} erfüllen. Keiner der in Anhang II beschränkten Stoffe "
                   "überschreitet die zulässige Höchstkonzentration in homogenen Werkstoffen"],
            "fr": [f"les produits sont conformes à la {law}. Aucune des substances soumises à restriction de l'annexe "
                   "II ne dépasse sa concentration maximale dans les matériaux homogènes"],
            "es": [f"los productos cumplen la {law}. Ninguna de las sustancias restringidas del anexo II supera su "
                   "concentración máxima en los materiales homogéneos"]}[lang])

    def exemptions_sentence() -> str:
        if exemptions:
            ex = ", ".join(exemptions)
            return {"en": f"The following exemptions of Annex III are used: {ex}.",
                    "de": f"Folgende Ausnahmen nach Anhang III werden in Anspruch genommen: {ex}.",
                    "fr": f"Les exemptions suivantes de l'annexe III sont utilisées : {ex}.",
                    "es": f"Se aplican las siguientes exenciones del anexo III: {ex}."}[lang]
        return ctx.pick({"en": ["No exemptions are claimed.", "No Annex III or Annex IV exemption is used.", ""],
                         "de": ["Es werden keine Ausnahmen in Anspruch genommen.", ""],
                         "fr": ["Aucune exemption n'est revendiquée.", ""],
                         "es": ["No se aplica ninguna exención.", ""]}[lang])

    cl_txt = d(cl_date) + ({"en": f" ({cl_n} entries)", "de": f" ({cl_n} Einträge)", "fr": f" ({cl_n} entrées)",
                            "es": f" ({cl_n} entradas)"}[lang] if state_n else "")

    def reach_sentence() -> str:
        if svhc:
            return {"en": f"the following substances of the ECHA Candidate List as published on {cl_txt} are contained "
                          "in the articles in a concentration above 0.1 % weight by weight (REACH Article 33):",
                    "de": f"folgende Stoffe der ECHA-Kandidatenliste (Stand {cl_txt}) in den Erzeugnissen in einer "
                          "Konzentration von mehr als 0,1 Massenprozent enthalten sind (REACH Artikel 33):",
                    "fr": f"les substances suivantes de la liste candidate de l'ECHA (version du {cl_txt}) sont "
                          "présentes dans les articles à une concentration supérieure à 0,1 % masse/masse :",
                    "es": f"las siguientes sustancias de la lista de candidatas de la ECHA (versión de {cl_txt}) "
                          "están presentes en los artículos en una concentración superior al 0,1 % en peso:"}[lang]
        return ctx.pick({
            "en": [f"none of the substances of very high concern on the ECHA Candidate List as of {cl_txt} is present "
                   "in our articles above 0.1 % weight by weight",
                   f"the articles do not contain any Candidate List substance (list dated {cl_txt}) in a "
                   "concentration above 0.1 % (w/w); no information under REACH Article 33 is therefore required"],
            "de": [f"keiner der besonders besorgniserregenden Stoffe der ECHA-Kandidatenliste (Stand {cl_txt}) in "
                   "unseren Erzeugnissen in einer Konzentration über 0,1 Massenprozent enthalten ist"],
            "fr": [f"aucune substance extrêmement préoccupante de la liste candidate de l'ECHA (version du {cl_txt}) "
                   "n'est présente dans nos articles à plus de 0,1 % masse/masse"],
            "es": [f"ninguna sustancia extremadamente preocupante de la lista de candidatas de la ECHA (versión de "
                   f"{cl_txt}) está presente en nuestros artículos en una concentración superior al 0,1 % "
                   "en peso"]}[lang])

    def below_sentence() -> str:
        if not below:
            return ""
        sname, cas, c = below
        c = c.replace(".", ",") if lang != "en" else c
        return {"en": f"Note: {sname} (CAS {cas}) is present in some components at approx. {c} % w/w, i.e. below the "
                      "0.1 % threshold.",
                "de": f"Hinweis: {sname} (CAS {cas}) ist in einzelnen Bauteilen mit ca. {c} Gew.-% enthalten, also "
                      "unterhalb der Schwelle von 0,1 %.",
                "fr": f"Remarque : {sname} (CAS {cas}) est présent dans certains composants à environ {c} % m/m, "
                      "soit sous le seuil de 0,1 %.",
                "es": f"Nota: {sname} (CAS {cas}) está presente en algunos componentes en aprox. {c} % p/p, es "
                      "decir, por debajo del umbral del 0,1 %."}[lang]

    svhc_head = [_l(ctx, "substance", lang), "CAS", _l(ctx, "conc", lang), _l(ctx, "where", lang)]
    svhc_rows = [[a, b, c, e] for a, b, c, e in svhc_text]

    def sign_lines() -> list[str]:
        place_date = f"{sup.city}, {d(issued)}" if issued else sup.city
        if signed:
            return ["", place_date, "", name, title, sup.legal_name]
        return ["", place_date, "", ctx.pick({"en": ["This declaration was generated electronically and is valid "
                                                     "without signature.", "Name: ____________  Signature: ________"],
                                              "de": ["Dieses Dokument wurde elektronisch erstellt und ist ohne "
                                                     "Unterschrift gültig."],
                                              "fr": ["Document établi électroniquement, valable sans signature."],
                                              "es": ["Documento generado electrónicamente, válido sin firma."]}[lang]),
                sup.legal_name]

    we = {"en": f"We, {sup.legal_name}, {sup.address}, {country}, hereby declare under our sole responsibility that",
          "de": f"Wir, die {sup.legal_name}, {sup.address}, {country}, erklären hiermit in alleiniger Verantwortung, "
                "dass",
          "fr": f"Nous, {sup.legal_name}, {sup.address}, {country}, déclarons sous notre seule responsabilité que",
          "es": f"Nosotros, {sup.legal_name}, {sup.address}, {country}, declaramos bajo nuestra exclusiva "
                "responsabilidad que"}[lang]
    scope_line = {"en": "This declaration covers", "de": "Diese Erklärung gilt für", "fr": "La présente déclaration "
                  "couvre", "es": "Esta declaración cubre"}[lang] + f": {products_text()}."
    status_rohs = ctx.pick(COMPLIANT[lang][1] if failure else COMPLIANT[lang][0])
    svhc_cell = (y + ": " + "; ".join(f"{a} ({b}) {c}" for a, b, c, _ in svhc_text)) if svhc else n
    date_pair = (_l(ctx, "date", lang), d(issued)) if issued else None
    signer_val = f"{name}, {title}" if signed else "—"

    # -- layouts ---------------------------------------------------------------------------------------------
    writer = None
    fmt = "pdf"
    if style in ("letter", "short-statement", "numbered-clauses", "bullets"):
        if style == "letter":
            doc.show_title = ctx.chance(0.6)
            doc.lines([sup.legal_name, f"{sup.address}, {country}"])
            doc.lines([f"{BUYER}", {"en": "Purchasing / Product Compliance", "de": "Einkauf / Produktkonformität",
                                    "fr": "Achats / Conformité produits", "es": "Compras / Cumplimiento"}[lang]])
            if issued:
                doc.p(f"{sup.city}, {d(issued)}")
            doc.p(we)
            if "RoHS" in regs:
                doc.p(("1. " if both else "") + rohs_sentence() + ("" if failure else "."))
                ex = exemptions_sentence()
                if ex:
                    doc.p(ex)
            if "REACH" in regs:
                doc.p(("2. " if both else "") + reach_sentence() + ("" if svhc else "."))
                if svhc:
                    doc.table(svhc_head, svhc_rows)
                if below:
                    doc.p(below_sentence())
            doc.p(scope_line)
            doc.lines(sign_lines())
            fmt = pick_format(ctx, {"pdf": 6, "docx": 3})
        elif style == "short-statement":
            doc.show_title = False
            subject = {"en": "Subject", "de": "Betreff", "fr": "Objet", "es": "Asunto"}[lang]
            doc.lines([f"{subject}: {doc.title} – {sup.short}"])
            doc.p({"en": "Dear Sir or Madam,", "de": "Sehr geehrte Damen und Herren,", "fr": "Madame, Monsieur,",
                   "es": "Estimados señores:"}[lang])
            parts = []
            if "RoHS" in regs:
                parts.append(f"{we} {rohs_sentence()}" + ("" if failure else ".") + f" {exemptions_sentence()}")
            if "REACH" in regs:
                further = {"en": "We further confirm that", "de": "Ferner bestätigen wir, dass",
                           "fr": "Nous confirmons en outre que", "es": "Asimismo confirmamos que"}[lang]
                parts.append(f"{further if both else we} {reach_sentence()}" + ("" if svhc else ".") +
                             f" {below_sentence()}")
            doc.p(" ".join(x.strip() for x in parts))
            if svhc:
                doc.table(svhc_head, svhc_rows)
            doc.p(scope_line)
            doc.lines(sign_lines())
            fmt = pick_format(ctx, {"txt": 3, "md": 3, "docx": 2})
        elif style == "numbered-clauses":
            clauses = [("Scope", "Geltungsbereich", "Champ d'application", "Alcance", scope_line)]
            if "RoHS" in regs:
                clauses.append(("RoHS", "RoHS", "RoHS", "RoHS", we + " " + rohs_sentence() + ("" if failure else ".")))
                ex = exemptions_sentence()
                if ex:
                    clauses.append(("Exemptions", "Ausnahmen", "Exemptions", "Exenciones", ex))
            if "REACH" in regs:
                lead = {"en": "We declare that ", "de": "Wir erklären, dass ", "fr": "Nous déclarons que ",
                        "es": "Declaramos que "}[lang]
                clauses.append(("REACH", "REACH", "REACH", "REACH",
                                lead + reach_sentence() + ("" if svhc else ". ") + below_sentence()))
            clauses.append(("Validity", "Gültigkeit", "Validité", "Vigencia",
                            {"en": "This declaration remains valid until revoked or until the Candidate List or Annex "
                                   "II changes in a way that affects the products.",
                             "de": "Diese Erklärung gilt bis auf Widerruf.", "fr": "Valable jusqu'à révocation.",
                             "es": "Válida hasta su revocación."}[lang]))
            numbering = ctx.pick(["{i}.", "§ {i}", "Clause {i}" if lang == "en" else "{i}.", "({i})"])
            idx = {"en": 0, "de": 1, "fr": 2, "es": 3}[lang]
            for i, c in enumerate(clauses, 1):
                doc.h(f"{numbering.format(i=i)} {c[idx]}", 2)
                doc.p(str(c[4]))
                if c[0] == "REACH" and svhc:
                    doc.table(svhc_head, svhc_rows)
            doc.lines(sign_lines())
            fmt = pick_format(ctx, {"pdf": 4, "docx": 3, "txt": 2})
        else:  # bullets
            items = [f"{_l(ctx, 'supplier', lang)}: {sup.legal_name}",
                     f"{_l(ctx, 'products', lang)}: {products_text()}"]
            if "RoHS" in regs:
                items.append(f"{_l(ctx, 'directive', lang)}: {directive_txt} {as_amended} {amendment_txt}")
                items.append(f"{_l(ctx, 'rohs_status', lang)}: {status_rohs}" + (
                    f" – {rohs_sentence()}" if failure else ""))
                items.append(f"{_l(ctx, 'exemptions', lang)}: {', '.join(exemptions) if exemptions else n}")
            if "REACH" in regs:
                items.append(f"{_l(ctx, 'cl', lang)}: {cl_txt}")
                items.append(f"{_l(ctx, 'svhc', lang)}: {svhc_cell}")
                if below:
                    items.append(below_sentence())
            if date_pair:
                items.append(f"{date_pair[0]}: {date_pair[1]}")
            items.append(f"{_l(ctx, 'signed', lang)}: {signer_val}")
            doc.bullets(items, marker=ctx.pick(["-", "•", "*"]))
            fmt = pick_format(ctx, {"md": 5, "txt": 2, "docx": 2})
    elif style in ("form", "substance-table", "multipage-report"):
        pairs = [(_l(ctx, "supplier", lang), f"{sup.legal_name}, {country}"),
                 (_l(ctx, "products", lang), products_text())]
        if style == "multipage-report":
            doc.header = noise_header(ctx, sup.legal_name, lang)
            doc.footer = page_footer(ctx, lang)
            doc.p(" ".join(boilerplate(ctx, lang, 2)), small=True)
            doc.h({"en": "1 Purpose and method", "de": "1 Zweck und Vorgehen", "fr": "1 Objet et méthode",
                   "es": "1 Objeto y método"}[lang], 2)
            doc.p({"en": "Supplier declarations of all purchased materials were collected and reviewed; critical "
                         "components were screened by XRF and, where needed, analysed by an external laboratory "
                         "(IEC 62321 series).",
                   "de": "Lieferantenerklärungen aller Zukaufteile wurden eingeholt und geprüft; kritische Bauteile "
                         "wurden per RFA gescreent und bei Bedarf extern nach IEC 62321 analysiert.",
                   "fr": "Les déclarations de tous les fournisseurs ont été collectées et vérifiées ; les composants "
                         "critiques ont été contrôlés par fluorescence X (série IEC 62321).",
                   "es": "Se recopilaron y revisaron las declaraciones de todos los proveedores; los componentes "
                         "críticos se analizaron por FRX (serie IEC 62321)."}[lang])
            doc.kv(pairs, layout="table")
            doc.pagebreak()
            doc.h({"en": "2 Results", "de": "2 Ergebnisse", "fr": "2 Résultats", "es": "2 Resultados"}[lang], 2)
        if style == "form":
            if "RoHS" in regs:
                pairs += [(_l(ctx, "directive", lang), f"{directive_txt} {as_amended} {amendment_txt}"),
                          (_l(ctx, "rohs_status", lang), status_rohs),
                          (_l(ctx, "exemptions", lang), ", ".join(exemptions) if exemptions else n)]
            if "REACH" in regs:
                pairs += [(_l(ctx, "cl", lang), cl_txt), (_l(ctx, "svhc", lang), svhc_cell)]
            if date_pair:
                pairs.append(date_pair)
            pairs.append((_l(ctx, "signed", lang), signer_val))
            doc.kv(pairs, layout=ctx.pick(["colon", "table", "dots", "tab"]), bold_labels=ctx.chance(0.4))
            if failure:
                doc.p(cap(rohs_sentence()))
            if below:
                doc.p(below_sentence(), small=True)
            fmt = pick_format(ctx, {"pdf": 5, "docx": 3, "md": 1})
        else:
            if style == "substance-table":
                doc.kv(pairs)
            if "RoHS" in regs:
                doc.p(f"{directive_txt} {as_amended} {amendment_txt}", bold=True)
                rows = []
                nd = ctx.pick(ND[lang])
                for sym, names, limit in ROHS_SUBSTANCES:
                    res = nd
                    if failure and failure[0] == sym:
                        res = f"{_pct(failure[1], lang)} ({ctx.pick(COMPLIANT[lang][1])})"
                    rows.append([names[lang], _pct(limit, lang), res])
                doc.table([_l(ctx, "substance", lang), _l(ctx, "limit", lang), _l(ctx, "result", lang)], rows)
                if failure:
                    doc.p(cap(rohs_sentence()))
                else:
                    doc.p(we + " " + rohs_sentence() + ".")
                ex = exemptions_sentence()
                if ex:
                    doc.p(ex)
            if "REACH" in regs:
                doc.p("REACH (EC) No 1907/2006", bold=True)
                doc.p({"en": "We declare that ", "de": "Wir erklären, dass ", "fr": "Nous déclarons que ",
                       "es": "Declaramos que "}[lang] + reach_sentence() + ("" if svhc else "."))
                if svhc:
                    doc.table(svhc_head, svhc_rows)
                if below:
                    doc.p(below_sentence())
            if style == "multipage-report":
                doc.pagebreak()
                doc.h({"en": "3 Declaration", "de": "3 Erklärung", "fr": "3 Déclaration",
                       "es": "3 Declaración"}[lang], 2)
                doc.p(boilerplate(ctx, lang, 1)[0], small=True)
            doc.lines(sign_lines())
            fmt = pick_format(ctx, {"pdf": 5, "docx": 2} if style == "multipage-report" else
                              {"pdf": 4, "docx": 3, "md": 2})
    else:  # portal-export, matrix-xlsx: spreadsheet rows
        rows_for = products or ["ALL"]
        if style == "portal-export":
            head = [_l(ctx, "supplier", lang), "Part number" if lang == "en" else _l(ctx, "products", lang)]
            if "RoHS" in regs:
                head += [_l(ctx, "rohs_status", lang), _l(ctx, "exemptions", lang), _l(ctx, "directive", lang)]
            if "REACH" in regs:
                head += [_l(ctx, "svhc", lang), "SVHC", "CAS", _l(ctx, "conc", lang), _l(ctx, "cl", lang)]
            head += [_l(ctx, "date", lang), _l(ctx, "signed", lang)]
            body: list[list[Any]] = []
            for part in rows_for:
                svhc_iter = svhc_text or [("", "", "", "")]
                for sv in svhc_iter:
                    r: list[Any] = [sup.legal_name, part if part != "ALL" else products_text()]
                    if "RoHS" in regs:
                        r += [status_rohs + (f" ({rohs_sentence()})" if failure else ""),
                              "; ".join(exemptions) if exemptions else "", f"{directive_txt} / {amendment_txt}"]
                    if "REACH" in regs:
                        r += [y if svhc else n, sv[0], sv[1], sv[2], cl_txt]
                    r += [d(issued) if issued else "", signer_val if signed else ""]
                    body.append(r)
            fmt = ctx.pick(["csv", "csv", "xlsx"])
            if fmt == "csv":
                delim = ";" if lang in ("de", "fr", "es") else ctx.pick([",", ";", "\t"])
                writer = text_writer(csv_text([head] + body, delim))
            else:
                writer = xlsx_writer([(ctx.pick(["Export", "Compliance", "Declarations"]), [head] + body)])
        else:
            meta: list[list[Any]] = [[doc.title], [_l(ctx, "supplier", lang), sup.legal_name]]
            if date_pair:
                meta.append([date_pair[0], date_pair[1]])
            if "RoHS" in regs:
                meta.append([_l(ctx, "directive", lang), f"{directive_txt} {as_amended} {amendment_txt}"])
                meta.append([_l(ctx, "exemptions", lang), ", ".join(exemptions) if exemptions else n])
            if "REACH" in regs:
                meta.append([_l(ctx, "cl", lang), cl_txt])
            meta.append([])
            head = [_l(ctx, "products", lang)]
            if "RoHS" in regs:
                head += [s[0] for s in ROHS_SUBSTANCES] + [_l(ctx, "rohs_status", lang)]
            if "REACH" in regs:
                head += [_l(ctx, "svhc", lang)]
            grid: list[list[Any]] = [head]
            nd = ctx.pick(ND[lang])
            for part in rows_for:
                r = [part if part != "ALL" else products_text()]
                if "RoHS" in regs:
                    r += [(_pct(failure[1], lang) if failure and failure[0] == s[0] else nd) for s in ROHS_SUBSTANCES]
                    r.append(status_rohs)
                if "REACH" in regs:
                    r.append("; ".join(f"{a} (CAS {b}) {c}" for a, b, c, _ in svhc_text) if svhc else n)
                grid.append(r)
            tail: list[list[Any]] = [[]]
            if failure:
                tail.append([cap(rohs_sentence())])
            if "REACH" in regs:
                tail.append([cap(reach_sentence()) + ("" if svhc else ".")])
            if below:
                tail.append([below_sentence()])
            tail.append([_l(ctx, "signed", lang), signer_val])
            fmt = "xlsx"
            writer = xlsx_writer([(ctx.pick(["Matrix", "RoHS-REACH", "Sheet1"]), meta + grid + tail)])
    if style not in ("multipage-report", "portal-export", "matrix-xlsx") and ctx.chance(0.2):
        doc.header = noise_header(ctx, sup.legal_name, lang)
        doc.footer = page_footer(ctx, lang)
    # -- truth -----------------------------------------------------------------------------------------------
    facts: list[dict[str, Any]] = []
    common: dict[str, Any] = {"products": products, "issued": issued, "signed_by": name if signed else None}
    if "RoHS" in regs:
        facts.append({"kind": "substance_declaration", "regulation": "RoHS", "directive": "2011/65/EU",
                      "amendment": "(EU) 2015/863", "exemptions": exemptions, "compliant": failure is None, **common})
    if "REACH" in regs:
        f: dict[str, Any] = {"kind": "substance_declaration", "regulation": "REACH", "candidate_list_date": cl_date,
                             "svhcs": svhcs, "compliant": not svhcs, **common}
        if state_n:
            f["candidate_list_entries"] = cl_n
        facts.append(f)
    if age != "fresh":
        flags.append(age)
    if not signed:
        flags.append("unsigned")
    if both:
        flags.append("rohs_and_reach")
    year = f" {issued.year}" if issued else ""
    fname = ctx.pick({
        "en": [f"{'RoHS-REACH' if both else regs[0]} declaration{year}", f"{sup.short} {regs[0]} statement",
               f"scan_{ctx.randint(1, 9999):04d}", f"Declaration of conformity {'RoHS REACH' if both else regs[0]}",
               f"{regs[0]}_compliance{year.replace(' ', '_')}"],
        "de": [f"Konformitätserklärung {' '.join(regs)}{year}", f"{regs[0]}-Erklärung {sup.short}",
               f"scan_{ctx.randint(1, 9999):04d}"],
        "fr": [f"Déclaration {' '.join(regs)}{year}", f"Declaration_{regs[0]}_{sup.prefix}"],
        "es": [f"Declaración {' '.join(regs)}{year}", f"declaracion_{regs[0].lower()}_{sup.prefix}"]}[lang])
    folder = ctx.pick(["compliance", "compliance", "declarations", "product-compliance", ""])
    rel = f"{folder}/{safe_name(fname)}.{fmt}" if folder else f"{safe_name(fname)}.{fmt}"
    return GenDoc("substance_declaration", style if lang == "en" else f"{style}-{lang}", fmt, rel, facts=facts,
                  doc=None if writer else doc, writer=writer, flags=flags)

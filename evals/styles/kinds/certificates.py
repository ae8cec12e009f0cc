"""Management-system certificates (ISO 9001, ISO 14001, ISO 45001, IATF 16949, ISO 50001) in ten styles."""

from __future__ import annotations

import datetime as dt

from evals.styles.kinds.common import GenDoc, boilerplate, noise_footer, noise_header, pick_format, safe_name
from evals.styles.render import Doc
from evals.styles.vocab import Ctx, Held, country_name, date_style, fmt_date, label
from evals.styles.world import Supplier

STYLES = ["prose-en", "label-lines", "kv-table", "de", "fr", "es", "range-validity", "multisite-annex", "bullets",
          "register-row"]

ISSUERS = [
    ("CertAlpin Zertifizierungs GmbH", "CA-{q}-{y}-{5}"),
    ("Quality Registrar Asia Ltd.", "QRA {y}/{6}"),
    ("Pacific Assessment Certification Co., Ltd.", "PAC-{q}-{y2}-{5}"),
    ("Iberia Certificación S.L.", "IC-{y}-{4}-{q}"),
    ("Global Standards Registrar Inc.", "GSR{6}"),
    ("DZM Deutsche Zertifizierung für Managementsysteme GmbH", "DZM {2} {3} {5}"),
    ("Bureau Normes & Qualité S.A.S.", "BNQ/{y}/{5}"),
    ("Nordic Assurance Registrar AB", "NAR-{q}{5}"),
]
SYSTEM_NAMES = {
    "ISO 9001": {"en": "quality management system", "de": "Qualitätsmanagementsystem",
                 "fr": "système de management de la qualité", "es": "sistema de gestión de la calidad", "q": "Q"},
    "ISO 14001": {"en": "environmental management system", "de": "Umweltmanagementsystem",
                  "fr": "système de management environnemental", "es": "sistema de gestión ambiental", "q": "E"},
    "ISO 45001": {"en": "occupational health and safety management system",
                  "de": "Managementsystem für Sicherheit und Gesundheit bei der Arbeit",
                  "fr": "système de management de la santé et de la sécurité au travail",
                  "es": "sistema de gestión de la seguridad y salud en el trabajo", "q": "H"},
    "IATF 16949": {"en": "quality management system for automotive production",
                   "de": "Qualitätsmanagementsystem für die Automobilindustrie",
                   "fr": "système de management de la qualité automobile",
                   "es": "sistema de gestión de la calidad para la automoción", "q": "A"},
    "ISO 50001": {"en": "energy management system", "de": "Energiemanagementsystem",
                  "fr": "système de management de l'énergie", "es": "sistema de gestión de la energía", "q": "N"},
}
SCOPES = {
    "cell_manufacturer": "Design, development and manufacture of lithium-ion cells",
    "pack_integrator": "Design, assembly and testing of battery modules, packs and energy storage systems",
    "cathode_material": "Development and production of cathode active materials and precursors",
    "raw_material": "Refining and processing of battery raw materials",
    "electronics_component": "Design and manufacture of battery management electronics and PCB assemblies",
    "mechanical_component": "Stamping, machining and surface treatment of battery housings and busbars",
    "cell_component": "Production of separator films, electrolytes and current-collector foils",
}


def _number(ctx: Ctx, pattern: str, standard: str, year: int) -> str:
    out = pattern.replace("{q}", SYSTEM_NAMES[standard]["q"]).replace("{y2}", str(year)[2:]).replace("{y}", str(year))
    while "{" in out:
        i = out.index("{")
        n = int(out[i + 1])
        out = out[:i] + "".join(str(ctx.randint(0, 9)) for _ in range(n)) + out[i + 3:]
    return out


def _std_display(ctx: Ctx, std: str, lang: str) -> str:
    base, edition = std.split(":")
    if base == "IATF 16949":
        return ctx.pick([std, "IATF 16949 (1st edition, 2016)", "IATF 16949:2016 (1st Edition)",
                         Held("IATF16949:2016")])
    options = [std, std, f"EN {std}", f"{base} : {edition}", f"{base} ({edition})",
               f"{base.replace(' ', '')}:{edition}", Held(f"{base}, edition {edition}")]
    if lang == "de":
        options += [f"DIN EN {std}", f"DIN EN {std}"]
    if lang == "fr":
        options += [f"NF EN {std}"]
    if lang == "es":
        options += [f"UNE-EN {std}"]
    return ctx.pick(options)


def _dates(ctx: Ctx, validity: str) -> tuple[dt.date, dt.date]:
    a = ctx.as_of
    if validity == "expired":
        expires = a - dt.timedelta(days=ctx.randint(12, 520))
    elif validity == "expiring":
        expires = a + dt.timedelta(days=ctx.randint(6, 80))
    else:
        expires = a + dt.timedelta(days=ctx.randint(130, 950))
    issued = dt.date(expires.year - 3, expires.month, min(expires.day, 28)) + dt.timedelta(days=1)
    if ctx.chance(0.3):  # a re-issue after a scope change or a surveillance audit
        issued = issued + dt.timedelta(days=ctx.randint(200, 500))
    return issued, expires


NO_EXPIRY = {
    "en": ["Validity: subject to successful annual surveillance audits", "Expiry date: see annex",
           "Valid until: —", "Expiry: to be confirmed after recertification audit", Held("Valid until: n/a")],
    "de": ["Gültigkeit: vorbehaltlich erfolgreicher Überwachungsaudits", "Gültig bis: siehe Anlage"],
    "fr": ["Validité : sous réserve des audits de surveillance", "Date d'expiration : voir annexe"],
    "es": ["Validez: sujeta a las auditorías de seguimiento", "Válido hasta: ver anexo"],
}
RANGE = {
    "en": ["Valid: {a} – {b}", "validity {a} to {b}", "Period of validity: {a} until {b}", "Valid from {a} to {b}",
           Held("Validity period {a} / {b}")],
    "de": ["Gültigkeit: {a} bis {b}", "Gültig vom {a} bis {b}"],
    "fr": ["Période de validité : du {a} au {b}"],
    "es": ["Vigencia: del {a} al {b}"],
}


def certificate(ctx: Ctx, sup: Supplier, standard: str, validity: str) -> GenDoc:
    style = ctx.style("certificate", STYLES)
    lang = {"de": "de", "fr": "fr", "es": "es"}.get(style, "en")
    if style in ("range-validity",) and sup.lang in ("de", "fr", "es") and ctx.chance(0.5):
        lang = sup.lang
    ds = date_style(ctx, lang)
    issuer, pattern = ctx.pick(ISSUERS)
    base = standard.split(":")[0]
    issued, expires = _dates(ctx, validity)
    number = _number(ctx, pattern, base, issued.year)
    if base == "IATF 16949" and ctx.chance(0.5):
        number = f"{number} / IATF {ctx.randint(100000, 999999):07d}"
    holder = sup.legal_name
    no_expiry = validity == "no_expiry"
    sysname = SYSTEM_NAMES[base][lang]
    std_text = _std_display(ctx, standard, lang)
    scope = SCOPES[sup.segment]
    d = lambda x: fmt_date(x, ds, lang)  # noqa: E731
    initial = issued - dt.timedelta(days=365 * ctx.randint(3, 12))

    def expiry_line() -> tuple[str, str] | None:
        if no_expiry:
            text = ctx.pick(NO_EXPIRY[lang])
            k, _, v = text.partition(":")
            return k.strip(), v.strip()
        return label(ctx, "valid_until", lang), d(expires)

    doc = Doc(title={"de": "ZERTIFIKAT", "fr": "CERTIFICAT", "es": "CERTIFICADO"}.get(lang, ctx.pick(
        ["CERTIFICATE", "Certificate of Registration", "Certificate of Approval", "Management System Certificate"])))
    country = country_name(ctx, sup.country, lang)
    if style == "prose-en":
        doc.p(f"{issuer} hereby certifies that")
        doc.p(holder, bold=True)
        doc.p(f"{sup.address}, {country}")
        doc.p(f"has established and applies a {sysname} for the following scope: {scope}.")
        doc.p(f"An audit, documented in a report, has verified that the management system fulfils the requirements of "
              f"{std_text}.")
        pairs = [(label(ctx, "cert_no"), number), (label(ctx, "issued"), d(issued))]
        if ctx.chance(0.4):
            pairs.insert(1, (label(ctx, "initial"), d(initial)))
        e = expiry_line()
        if e:
            pairs.append(e)
        doc.kv(pairs)
        doc.lines(["", f"{ctx.pick(['Managing Director', 'Head of Certification Body', 'Certification Manager'])}",
                   issuer])
    elif style == "label-lines":
        pairs = [(label(ctx, "holder"), holder), ("Address", f"{sup.address}, {country}"),
                 (label(ctx, "standard"), std_text), (label(ctx, "scope"), scope), (label(ctx, "cert_no"), number),
                 (label(ctx, "issued"), d(issued))]
        if ctx.chance(0.5):
            pairs.insert(5, (label(ctx, "initial"), d(initial)))
        e = expiry_line()
        if e:
            pairs.append(e)
        pairs.append((label(ctx, "issuer"), issuer))
        doc.kv(pairs, layout=ctx.pick(["colon", "colon", "dots", "tab"]), bold_labels=ctx.chance(0.5))
    elif style == "kv-table":
        doc.p(f"{issuer} certifies that the {sysname} of the organisation below conforms to {std_text}.")
        pairs = [(label(ctx, "holder"), f"{holder}, {sup.address}, {country}"), (label(ctx, "scope"), scope),
                 (label(ctx, "cert_no"), number), (label(ctx, "issued"), d(issued))]
        e = expiry_line()
        if e:
            pairs.append(e)
        doc.kv(pairs, layout="table")
        doc.p(f"Issued by {issuer}", small=True)
    elif style == "de":
        doc.p(f"Die Zertifizierungsstelle der {issuer} bescheinigt, dass das Unternehmen")
        doc.p(holder, bold=True)
        doc.p(f"{sup.address}, {country}")
        doc.p(f"für den Geltungsbereich „{scope}“ ein {sysname} eingeführt hat und anwendet. Durch ein Audit wurde der "
              f"Nachweis erbracht, dass die Forderungen der {std_text} erfüllt sind.")
        pairs = [(label(ctx, "cert_no", "de"), number), (label(ctx, "issued", "de"), d(issued))]
        if ctx.chance(0.4):
            pairs.append((label(ctx, "initial", "de"), d(initial)))
        e = expiry_line()
        if e:
            pairs.append(e)
        doc.kv(pairs)
        place = ctx.pick(["München", "Köln", "Stuttgart"])
        doc.lines(["", f"{place}, {d(issued)}", "Leiter der Zertifizierungsstelle"])
    elif style == "fr":
        doc.p(f"{issuer} certifie que le {sysname} de")
        doc.p(holder, bold=True)
        doc.p(f"{sup.address}, {country}")
        doc.p(f"a été évalué et jugé conforme aux exigences de la norme {std_text}, pour le domaine suivant : {scope}.")
        pairs = [(label(ctx, "cert_no", "fr"), number), (label(ctx, "issued", "fr"), d(issued))]
        e = expiry_line()
        if e:
            pairs.append(e)
        doc.kv(pairs, layout=ctx.pick(["colon", "table"]))
    elif style == "es":
        doc.p(f"{issuer} certifica que el {sysname} de")
        doc.p(holder, bold=True)
        doc.p(f"{sup.address}, {country}")
        doc.p(f"es conforme con los requisitos de la norma {std_text} para el siguiente alcance: {scope}.")
        pairs = [(label(ctx, "cert_no", "es"), number), (label(ctx, "issued", "es"), d(issued))]
        e = expiry_line()
        if e:
            pairs.append(e)
        doc.kv(pairs)
    elif style == "range-validity":
        doc.p(f"This is to certify that {holder}, {country}, operates a {sysname} that complies with {std_text}." if
              lang == "en" else f"{holder} ({country}) — {std_text}")
        doc.kv([(label(ctx, "cert_no", lang), number), (label(ctx, "scope", lang), scope)])
        if no_expiry:
            doc.p(f"{label(ctx, 'issued', lang)}: {d(issued)}")
            doc.p(ctx.pick(NO_EXPIRY[lang]))
        else:
            doc.p(ctx.pick(RANGE[lang]).format(a=d(issued), b=d(expires)))
        doc.p(f"{issuer}", small=True)
    elif style == "multisite-annex":
        doc.header = noise_header(ctx, issuer)
        doc.footer = noise_footer(ctx)
        doc.p(f"{issuer} certifies that the organisation")
        doc.p(f"{holder}", bold=True)
        doc.p(f"including the sites listed in the annex, has implemented a {sysname} in accordance with {std_text}.")
        pairs = [(label(ctx, "cert_no"), number), (label(ctx, "scope"), scope), (label(ctx, "issued"), d(issued))]
        e = expiry_line()
        if e:
            pairs.append(e)
        doc.kv(pairs, bold_labels=True)
        doc.p(" ".join(boilerplate(ctx, "en", 2)), small=True)
        doc.pagebreak()
        doc.h(f"Annex to certificate {number}")
        rows = [["1", f"{holder} (head office)", f"{sup.address}, {country}", scope]]
        for i in range(ctx.randint(1, 3)):
            rows.append([str(i + 2), f"Plant {i + 2}", f"{ctx.randint(1, 99)} Industrial Zone, {sup.city}, {country}",
                         ctx.pick(["Warehouse and logistics", "Production", "Testing laboratory"])])
        doc.table(["No.", "Site", "Address", "Activities"], rows)
        doc.p("The annex is only valid together with the main certificate.", small=True)
    elif style == "bullets":
        doc.title = f"{base} certificate – {sup.short}"
        items = [f"{label(ctx, 'standard')}: {std_text}", f"{label(ctx, 'holder')}: {holder}",
                 f"{label(ctx, 'cert_no')}: {number}", f"{label(ctx, 'issuer')}: {issuer}",
                 f"{label(ctx, 'issued')}: {d(issued)}"]
        e = expiry_line()
        if e:
            items.append(f"{e[0]}: {e[1]}")
        doc.p("Certificate details as issued:")
        doc.bullets(items, marker=ctx.pick(["-", "•", "*"]))
    elif style == "register-row":
        doc.title = ctx.pick(["Certificate register (extract)", "Certification status", "Zertifikatsübersicht"])
        doc.p(f"{label(ctx, 'holder')}: {holder}")
        exp = ("see annex" if no_expiry else d(expires))
        doc.table(["Standard", label(ctx, "cert_no"), "Body", "Issued", label(ctx, "valid_until")],
                  [[std_text, number, issuer, d(issued), exp]])
        doc.p("Extract generated from the certification body's online directory.", small=True)
    if style not in ("multisite-annex",) and ctx.chance(0.25):
        doc.header = noise_header(ctx, issuer, lang)
        doc.footer = noise_footer(ctx, lang)
    fmt = pick_format(ctx, {"md": 6, "pdf": 2, "docx": 2} if style == "bullets" else {"pdf": 14, "docx": 4, "md": 1})
    fname = ctx.pick([f"{base.replace(' ', '-')}-{standard.split(':')[1]}_{number}",
                      f"{sup.short} {base} certificate", f"Zertifikat {base}", f"scan_{ctx.randint(1, 9999):04d}",
                      f"cert_{number}", f"{base} {number} ({issuer.split()[0]})"])
    fact = {"kind": "certificate", "standard": standard, "number": number, "holder": holder, "issuer": issuer,
            "issued": issued,
            "expires": None if no_expiry else expires}
    flags = [] if validity == "valid" else [validity]
    return GenDoc("certificate", style, fmt, f"certificates/{safe_name(fname)}.{fmt}", facts=[fact], doc=doc,
                  flags=flags)

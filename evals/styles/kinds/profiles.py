"""Supplier profiles and registration forms: YAML, Word forms, PDFs, Markdown, Excel sheets, CSV and
prose, in four languages."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import yaml

from evals.styles.kinds.common import GenDoc, pick_format
from evals.styles.render import Doc, save_workbook
from evals.styles.vocab import Ctx, Held, country_name, date_style, fmt_date, material_name, segment_word

STYLES = ["yaml-keys", "yaml-labels", "docx-form-table", "pdf-label-lines", "md-bullets", "xlsx-form", "prose-intro",
          "de-stammdaten", "fr-fiche", "es-ficha", "csv-fields"]

L = {
    "legal": {"en": ["Legal name", "Company name", "Registered company name", "Supplier name (legal entity)",
                     Held("Entity")], "de": ["Firmenname", "Firma (vollständig)"], "fr": ["Raison sociale"],
              "es": ["Razón social"]},
    "country": {"en": ["Country", "Country of registration", "Country of incorporation", "Registered in"],
                "de": ["Land", "Sitzland"], "fr": ["Pays"], "es": ["País"]},
    "segment": {"en": ["Segment", "Supplier category", "Business segment", "Commodity group", Held("Supply category")],
                "de": ["Segment", "Lieferantenkategorie"], "fr": ["Segment", "Catégorie fournisseur"],
                "es": ["Segmento", "Categoría de proveedor"]},
    "products": {"en": ["Products", "Products supplied", "Product range", "Part numbers supplied"],
                 "de": ["Produkte", "Lieferumfang"], "fr": ["Produits", "Produits fournis"],
                 "es": ["Productos", "Productos suministrados"]},
    "materials": {"en": ["Raw material origin", "Materials and countries of origin", "Origin of materials",
                         "Material sourcing (country of origin)"], "de": ["Rohstoffherkunft", "Herkunft der Rohstoffe"],
                  "fr": ["Origine des matières premières"], "es": ["Origen de las materias primas"]},
    "single": {"en": ["Single-sourced parts", "Single-source components", "Parts with only one source",
                      Held("Sole-source items")], "de": ["Single-Source-Teile", "Teile aus Einzelquellen"],
               "fr": ["Pièces à source unique"], "es": ["Piezas de fuente única"]},
    "contact": {"en": ["Contact", "Main contact", "Supplier contact", "Key account contact"],
                "de": ["Ansprechpartner"], "fr": ["Contact"], "es": ["Contacto"]},
    "coc": {"en": ["Code of Conduct signed", "Supplier Code of Conduct", "CoC signature", "Code of Conduct accepted"],
            "de": ["Verhaltenskodex unterzeichnet", "Lieferantenkodex"], "fr": ["Code de conduite signé"],
            "es": ["Código de conducta firmado"]},
    "auto": {"en": ["Automotive supplier", "Supplies automotive OEMs", "IATF relevant", "Automotive customers"],
             "de": ["Automobilzulieferer"], "fr": ["Fournisseur automobile"], "es": ["Proveedor de automoción"]},
    "address": {"en": ["Address", "Registered address"], "de": ["Anschrift"], "fr": ["Adresse"], "es": ["Dirección"]},
}
YES = {"en": ["Yes", "yes", "Y"], "de": ["ja", "Ja"], "fr": ["oui", "Oui"], "es": ["sí", "Sí"]}
NO = {"en": ["No", "no", "N"], "de": ["nein", "Nein"], "fr": ["non", "Non"], "es": ["no", "No"]}
NONE_WORDS = {"en": ["none", "None", "n/a", "–"], "de": ["keine"], "fr": ["aucune"], "es": ["ninguna"]}


def _l(ctx: Ctx, key: str, lang: str) -> str:
    return ctx.pick(L[key].get(lang) or L[key]["en"])


def profile(ctx: Ctx, sup) -> GenDoc:
    style = ctx.style("profile", STYLES)
    lang = {"de-stammdaten": "de", "fr-fiche": "fr", "es-ficha": "es"}.get(style, "en")
    ds = date_style(ctx, lang)
    codes = ctx.chance(0.1) and lang == "en"
    country = country_name(ctx, sup.country, lang, codes=codes)
    prod_sep = ctx.pick(["; ", "; ", " | "])
    dash = ctx.pick([" – ", " - ", ": "])

    def prod_text(p) -> str:
        detail = f"{p.ptype}, {p.capacity}" if p.capacity else p.ptype
        return ctx.pick([f"{p.model}{dash}{detail}", f"{p.model} ({detail})"])

    products_line = prod_sep.join(prod_text(p) for p in sup.products)

    def mat_text(m: str, cs: list[str]) -> str:
        names = [country_name(ctx, c, lang) for c in cs]
        joined = ctx.pick([", ", " / ", " and " if lang == "en" and len(names) == 2 else ", "]).join(names)
        return f"{material_name(ctx, m, lang)}{ctx.pick([' – ', ': ', ' - '])}{joined}"

    materials_line = "; ".join(mat_text(m, cs) for m, cs in sup.materials.items())
    single_line = ", ".join(sup.single_sourced) if sup.single_sourced else ctx.pick(NONE_WORDS[lang])
    if sup.coc_signed:
        coc = ctx.pick([f"{ctx.pick(YES[lang])}, {fmt_date(sup.coc_date, ds, lang)}",
                        f"signed {fmt_date(sup.coc_date, ds, lang)}" if lang == "en" else ctx.pick(YES[lang]),
                        ctx.pick(YES[lang])])
    elif sup.coc_signed is False:
        coc = ctx.pick([ctx.pick(NO[lang]), "not yet signed" if lang == "en" else ctx.pick(NO[lang]),
                        "pending" if lang == "en" else ctx.pick(NO[lang])])
    else:
        coc = None
    auto = ctx.pick(YES[lang]) if sup.automotive else ctx.pick(NO[lang])
    contact = f"{sup.contact_name}, {sup.contact_email}"
    seg = segment_word(ctx, sup.segment, lang)
    fields: list[tuple[str, str]] = [(_l(ctx, "legal", lang), sup.legal_name),
                                     (_l(ctx, "address", lang), f"{sup.address}"),
                                     (_l(ctx, "country", lang), country), (_l(ctx, "segment", lang), seg),
                                     (_l(ctx, "products", lang), products_line),
                                     (_l(ctx, "materials", lang), materials_line),
                                     (_l(ctx, "single", lang), single_line), (_l(ctx, "contact", lang), contact),
                                     (_l(ctx, "auto", lang), auto)]
    if coc is not None:
        fields.append((_l(ctx, "coc", lang), coc))
    title = {"de": "Lieferantenstammdaten", "fr": "Fiche fournisseur", "es": "Ficha de proveedor"}.get(
        lang, ctx.pick(["Supplier Profile", "Supplier Registration Form", "Vendor master data", "Company profile"]))
    writer = None
    doc = None
    fmt = "yaml"
    if style == "yaml-keys":
        data: dict = {"legal_name": sup.legal_name, "country": country, "segment": ctx.pick([sup.segment, seg]),
                      "products": ([{"model": p.model, "type": p.ptype} for p in sup.products] if ctx.chance(0.5)
                                   else [prod_text(p) for p in sup.products]),
                      "materials": {material_name(ctx, m, "en").lower(): [country_name(ctx, c) for c in cs]
                                    for m, cs in sup.materials.items()},
                      "single_sourced_parts": list(sup.single_sourced),
                      "contact": {"name": sup.contact_name, "email": sup.contact_email},
                      "automotive": bool(sup.automotive)}
        if coc is not None:
            data["code_of_conduct"] = ({"signed": True, "date": sup.coc_date.isoformat()} if sup.coc_signed
                                       else {"signed": False})
        plain = json.loads(json.dumps(data))  # held-out synonyms are a str subclass that YAML cannot write
        text = yaml.safe_dump(plain, sort_keys=False, allow_unicode=True)
        writer = _text_writer(text)
    elif style == "yaml-labels":
        lines = [f"# {title}"]
        for k, v in fields:
            lines.append(f"{k}: {_yaml_scalar(v)}")
        writer = _text_writer("\n".join(lines) + "\n")
    elif style == "xlsx-form":
        fmt = "xlsx"
        writer = _xlsx_writer(ctx, title, fields, sup, fields[4][0])
    elif style == "csv-fields":
        fmt = "csv"
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=ctx.pick([",", ";"]), lineterminator="\n")
        w.writerow(["field", "value"])
        for k, v in fields:
            w.writerow([k, v])
        writer = _text_writer(buf.getvalue())
    else:
        doc = Doc(title=title)
        if ctx.chance(0.3):
            doc.p(ctx.pick(["Please complete all fields. Mandatory fields are marked with *.",
                            "Form SRF-01 – to be returned to Aurelia Procurement"]), small=True)
        if style == "docx-form-table":
            fmt = "docx"
            doc.kv(fields, layout="table")
        elif style == "pdf-label-lines":
            fmt = pick_format(ctx, {"pdf": 4, "docx": 1})
            doc.kv(fields, layout=ctx.pick(["colon", "dots"]), bold_labels=ctx.chance(0.5))
        elif style == "md-bullets":
            fmt = "md"
            doc.bullets([f"**{k}:** {v}" for i, (k, v) in enumerate(fields) if i != 4])
            doc.h(fields[4][0], 2)
            doc.bullets([prod_text(p) for p in sup.products])
        elif style == "prose-intro":
            fmt = pick_format(ctx, {"pdf": 2, "docx": 2, "md": 1})
            doc.p(f"{sup.legal_name} is a {seg.lower()} supplier with its registered office at {sup.address}, "
                  f"{country}. Founded in {ctx.randint(1965, 2019)}, the company employs about "
                  f"{ctx.randint(80, 9000)} people.")
            doc.p("Our product range comprises " + ", ".join(
                f"the {p.model} {p.ptype}" + (f" ({p.capacity})" if p.capacity else "") for p in sup.products) + ".")
            mats = []
            for m, cs in sup.materials.items():
                names = [country_name(ctx, c) for c in cs]
                mats.append(f"{material_name(ctx, m).lower()} from {' and '.join(names)}")
            doc.p("We source " + "; ".join(mats) + ".")
            if sup.single_sourced:
                doc.p("The following parts currently have a single qualified source: "
                      + ", ".join(sup.single_sourced) + ".")
            else:
                doc.p("All purchased parts are dual-sourced.")
            doc.p(f"We {'serve' if sup.automotive else 'do not currently serve'} automotive customers.")
            if sup.coc_signed:
                doc.p(f"We signed the Aurelia Supplier Code of Conduct on {fmt_date(sup.coc_date, ds)}.")
            elif sup.coc_signed is False:
                doc.p("The Aurelia Supplier Code of Conduct has been received and is under legal review; it has not "
                      "been signed yet.")
            doc.p(f"Your contact: {contact}.")
        else:  # de / fr / es forms
            fmt = pick_format(ctx, {"docx": 3, "pdf": 3, "md": 1})
            doc.kv(fields, layout=ctx.pick(["table", "colon"]))
    ext = fmt
    fname = ctx.pick({"yaml": ["profile", "supplier-profile", "stammdaten"],
                      "xlsx": ["Supplier registration form", "vendor_master"],
                      "csv": ["supplier_master_data", "profile_export"]}.get(
        fmt, ["Supplier profile", "Registration form", "Company profile", "Lieferantenselbstauskunft"]))
    fact = {"kind": "profile", "legal_name": sup.legal_name, "country": sup.country, "segment": sup.segment,
            "products": [p.model for p in sup.products], "product_types": {p.model: p.ptype for p in sup.products},
            "materials": {m: list(cs) for m, cs in sup.materials.items()},
            "single_sourced_parts": list(sup.single_sourced), "contact_email": sup.contact_email,
            "code_of_conduct_signed": sup.coc_signed, "automotive": bool(sup.automotive)}
    flags = ["coc_unsigned"] if sup.coc_signed is False else []
    if len(sup.products) > 1:
        flags.append("several_products")
    if any(len(cs) > 1 for cs in sup.materials.values()):
        flags.append("several_origins")
    folder = ctx.pick(["", "", "onboarding/", "registration/"])
    return GenDoc("profile", style, fmt, f"{folder}{fname}.{ext}", facts=[fact], doc=doc, writer=writer, flags=flags)


_YAML_WORDS = {"yes", "no", "y", "n", "on", "off", "true", "false", "null", "~"}


def _yaml_scalar(value: str) -> str:
    """A value as a person would type it into a YAML file: plain where YAML reads it back as the same string,
    double-quoted otherwise."""
    plain = re.fullmatch(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^:#\n]*", value) and value.strip() == value
    if plain and value.casefold() not in _YAML_WORDS and yaml.safe_load(value) == value:
        return value
    return json.dumps(value, ensure_ascii=False)


def _text_writer(text: str):
    def write(path: Path) -> None:
        path.write_text(text, encoding="utf-8")
    return write


def _xlsx_writer(ctx: Ctx, title: str, fields: list[tuple[str, str]], sup, products_label: str):
    products_sheet = ctx.chance(0.5)
    rows = [(k, v) for k, v in fields]

    def write(path: Path) -> None:
        import openpyxl

        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Registration"
        ws["A1"] = title
        ws["A2"] = "Version 3 – please do not change the layout"
        r = 4
        for k, v in rows:
            if products_sheet and k == products_label:
                v = "see sheet 'Products'"
            ws.cell(r, 1, k)
            ws.cell(r, 2, v)
            r += 1
        if products_sheet:
            ps = wb.create_sheet("Products")
            ps.append(["Model", "Type", "Capacity"])
            for p in sup.products:
                ps.append([p.model, p.ptype, p.capacity])
        save_workbook(wb, path)
    return write

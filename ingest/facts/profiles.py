"""Supplier profiles: the buyer's profile.yaml (values from the YAML itself, quotes from the lines the
ingested document shows for them), and onboarding forms however they arrive - a two-column sheet, a
"Field / Value" table, "Label: value" lines, a YAML file with other key names - read label by label."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from ingest.facts.dates import find_date
from ingest.facts.locate import Locator
from ingest.facts.models import ProfileFact
from ingest.models import Chunk, Unit

MANDATORY = ("legal_name", "country", "segment", "products", "materials", "single_sourced_parts", "contact",
             "code_of_conduct")


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def extract_profile(path: Path, units: Sequence[Unit], chunks: Sequence[Chunk], *, source: str,
                    supplier: str | None, labels: list[str]) -> list[ProfileFact]:
    data = None
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8", errors="replace"))
        except yaml.YAMLError:
            data = None
    if not isinstance(data, dict) or not data.get("legal_name"):
        return extract_profile_form(units, chunks, source=source, supplier=supplier, labels=labels)
    contact = data.get("contact") or {}
    conduct = data.get("code_of_conduct") or {}
    fact = ProfileFact(
        source=source, supplier=supplier, labels=labels, legal_name=str(data["legal_name"]),
        aliases=[str(a) for a in data.get("aliases") or []], country=data.get("country"),
        segment=data.get("segment"), tier=data.get("tier"),
        products=[str(p.get("model")) for p in data.get("products") or [] if isinstance(p, dict) and p.get("model")],
        product_types={str(p["model"]): str(p["type"]) for p in data.get("products") or []
                       if isinstance(p, dict) and p.get("model") and p.get("type")},
        materials={str(m.get("material")): [str(c) for c in m.get("origin_countries") or []]
                   for m in data.get("materials") or [] if isinstance(m, dict) and m.get("material")},
        single_sourced_parts=[str(p.get("part")) for p in data.get("single_sourced_parts") or []
                              if isinstance(p, dict) and p.get("part")],
        contact_email=contact.get("email") if isinstance(contact, dict) else None,
        code_of_conduct_signed=conduct.get("signed") if isinstance(conduct, dict) else None,
        code_of_conduct_date=_date(conduct.get("date")) if isinstance(conduct, dict) else None,
        automotive=data.get("automotive"),
    )
    locator = Locator(chunks)
    text = "\n".join(u.text for u in units)
    for key in (*MANDATORY, "aliases", "tier", "automotive"):
        heading = key.replace("_", " ").capitalize() + ":"
        line = next((ln for ln in text.splitlines() if ln.startswith(heading)), None)
        if line is not None:
            evidence = locator.evidence(line, None)
            if evidence:
                fact.evidence[key] = evidence
    for material, countries in fact.materials.items():
        line = next((ln for ln in text.splitlines() if re.match(rf"- material: {re.escape(material)}\b", ln)), None)
        evidence = locator.evidence(line, None) if line else None
        if evidence:
            fact.evidence[f"materials.{material}"] = evidence
        if not countries:
            fact.missing[f"materials.{material}"] = "countries of origin not given (a mandatory field, AES-DG-006)"
    for key in MANDATORY:
        value = data.get(key)
        if key != "single_sourced_parts" and value in (None, "", [], {}):
            fact.missing[key] = "mandatory field empty"
    if fact.code_of_conduct_signed is False:
        fact.missing["code_of_conduct_date"] = "Code of Conduct not signed"
    main = fact.evidence.get("legal_name")
    if main is None:
        return []
    fact.quote, fact.chunk_id, fact.page = main.quote, main.chunk_id, main.page
    return [fact.with_id("profile")]  # type: ignore[list-item]


# Form labels, matched against the lower-cased label; the first field whose pattern matches wins.
FORM_LABELS = [  # English, German, French, Spanish
    ("aliases", r"alias|also known|trading name|short name|brand|kurzname|nom commercial|nombre comercial"),
    ("legal_name", r"legal name|registered name|company name|supplier name|legal entity|^name of (?:the )?company"
                   r"|firmenname|firmierung|raison sociale|dénomination|razón social|denominación"
                   r"|nombre de la empresa|^firma\b|nom de l'entreprise|^société\b"),
    ("single_sourced_parts", r"single.?sourc|sole.?sourc|one source|only source|einzelquelle|single source"
                             r"|source unique|fuente única|proveedor único"),
    ("materials", r"material|rohstoff|matière|matériau|materia"),
    ("country", r"country|\bland\b|staat|sitzland|\bpays\b|país"),
    ("segment", r"segment|supplier category|supplier type|category|commodity|warengruppe|lieferantentyp|kategorie"
                r"|catégorie"
                r"|categoría|tipo de proveedor"),
    ("tier", r"\btier\b"),
    ("products", r"products?|model|part numbers?|produkte?|artikel|produits?|productos?"),
    ("contact", r"e-?mail|contact|kontakt|ansprechpartner|contacto"),
    ("code_of_conduct", r"code of conduct|\bcoc\b|verhaltenskodex|code de conduite|código de conducta"),
    ("automotive", r"automotive|iatf|automobil"),
]
SEGMENT_WORDS = [  # English, German, French, Spanish
    ("cell_component", r"separator|foil|electrolyte|cell component|separatorfolie|composant de cellule"),
    ("cell_manufacturer", r"cell manufactur|cell maker|\bcells?\b|zellherstell|\bzellen?\b|fabricant de cellules"
                          r"|cellules|fabricante de celdas|\bceldas?\b"),
    ("pack_integrator", r"pack|integrator|energy.storage|\bess\b|batteriesystem|speichersystem|intégrateur"
                        r"|integrador"),
    ("cathode_material", r"cathode|precursor|kathode|cátodo|precurs"),
    ("raw_material", r"raw material|lithium chemical|graphite|mining|refin|rohstoff|bergbau|matières? premières?"
                     r"|materias? primas?|minería"),
    ("electronics_component", r"electronic|\bbms\b|elektronik|électronique|electrónic"),
    ("mechanical_component", r"mechanical|busbar|enclosure|mechanik|gehäuse|mécanique|mecánic"),
]
NONE_WORDS = re.compile(r"^(?:none|no|n/?a|-|nil|keine|there are none)\b", re.I)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


MARKUP = re.compile(r"^\s*(?:[-*•]\s+)?|\*\*|__")  # a bullet, bold: "- **Legal name:** X"


TABLE_ROW = re.compile(r"^(?P<h1>[^:;]{1,40}): (?P<label>[^;]*); (?P<h2>[^:;]{1,60}): (?P<value>.*)$")


def table_headers(lines: Sequence[str]) -> set[tuple[str, str]]:
    """The header pairs of a two-column table rendered row by row ("Field: Legal name; Value: X"): a pair of
    headers that repeats over several lines, which a "Label: a; b: c" line does not."""
    pairs = Counter((m["h1"], m["h2"]) for line in lines if (m := TABLE_ROW.match(MARKUP.sub("", line))))
    return {pair for pair, n in pairs.items() if n >= 2}


def label_value(line: str, headers: set[tuple[str, str]] | None = None) -> tuple[str, str] | None:
    """(label, value) of one form line: a row of a table under `headers` ("Field: Legal name; Value: X"),
    "Legal name | X" (a sheet without a header), or "Legal name: X" (also as a Markdown bullet)."""
    line = MARKUP.sub("", line)
    row = TABLE_ROW.match(line)
    if row and headers and (row["h1"], row["h2"]) in headers:
        return row["label"].strip(), row["value"].strip()
    if ":" in line and " | " not in line.partition(":")[0]:  # "Products: A | B" is a colon label with a list
        label, _, value = line.partition(":")
        return label.strip(), value.strip()
    if " | " in line:
        label, _, value = line.partition(" | ")
        return label.strip(), value.strip()
    if ":" in line:
        label, _, value = line.partition(":")
        return label.strip(), value.strip()
    return None


ITEM_SEPARATOR = re.compile(r"\s+[-–—]\s+|\s*:\s*|\s*\(")  # "AB-P60 – pouch cell", "cobalt: DRC", "x (y)"
QUANTITY = re.compile(r"^\d+(?:[.,]\d+)?\s*(?:m?Ah|k?Wh|V|kg|g|mm|%)$", re.I)


def split_list(value: str) -> list[str]:
    """Items of a listed value: a list whose items hold commas separates them with semicolons
    ("AB-18650-35 – cylindrical cell, 3.5 Ah; AB-P60 – pouch cell, 60 Ah"), else commas separate them."""
    if NONE_WORDS.match(value):
        return []
    separator = r"\s*\|\s*" if " | " in value else r";\s*(?![^()]*\))" if ";" in value else r",\s*(?![^()]*\))"
    return [v.strip() for v in re.split(separator, value) if v.strip()]


def products_of(value: str) -> dict[str, str | None]:
    """Model -> the type the form states for it; a capacity or size on its own is not a product."""
    found: dict[str, str | None] = {}
    for item in split_list(value):
        parts = ITEM_SEPARATOR.split(item, maxsplit=1)
        model = parts[0].strip()
        if model and not QUANTITY.match(model):
            found[model] = parts[1].strip(" )") if len(parts) > 1 and parts[1].strip(" )") else None
    return found


def materials_of(value: str) -> dict[str, list[str]]:
    """"cobalt (DR Congo, Zambia); copper (Chile)", "cobalt - DR Congo" or "Cobalt – DR Congo, Zambia" (one
    material, two countries) -> material: origin countries."""
    found: dict[str, list[str]] = {}
    separators = len(re.findall(r"\s[-–—]\s|:", value))
    items = [value] if ";" not in value and "(" not in value and separators == 1 else split_list(value)
    for item in items:
        match = (re.match(r"(?P<material>.+?)\s*(?:\s[-–—]\s|:)\s*(?P<countries>.+)$", item)  # "nickel (MHP): AU"
                 or re.match(r"(?P<material>[^(]+?)\s*\((?P<countries>.*)\)$", item)  # "cobalt (DRC, Zambia)"
                 or re.match(r"(?P<material>[^(:]+?)\s*$", item))
        if match:
            countries = match.groupdict().get("countries") or ""
            found[match["material"].strip().lower()] = [c.strip() for c in re.split(r"[,/]| and | und | et | y ",
                                                                                     countries)
                                                      if c.strip() and not NONE_WORDS.match(c.strip())]
    return found


def yes_no(value: str) -> bool | None:
    lowered = value.lower()
    if re.match(r"^(?:no|not|nein|unsigned|pending|non|nicht|pas)\b", lowered):
        return False
    if re.match(r"^(?:yes|signed|ja|true|accepted|oui|s[ií]|sign[ée]|firmado|unterzeichnet)\b", lowered):
        return True
    return None


HEADING_LABEL = re.compile(r"^\s*(?:#+\s*)?(?P<label>[^:|]{3,60}?)\s*:?\s*$")
BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+(?P<item>.+)$")


def is_label(line: str) -> bool:
    """A short line that names a profile field and nothing else ("Razón social", "Country of origin")."""
    words = line.split()
    return 0 < len(words) <= 6 and field_of(line) is not None and not re.search(r"\d|@", line)


def form_lines(text: str) -> list[tuple[str, tuple[str, str] | None]]:
    """Each form line with its (label, value); a label standing alone above a bulleted list ("### Products
    supplied" then "- GCM-LFP-C2 (LFP cathode powder)") takes the list's items as its value."""
    lines = text.splitlines()
    headers = table_headers(lines)
    out: list[tuple[str, tuple[str, str] | None]] = []
    for i, line in enumerate(lines):
        pair = label_value(line, headers)
        if pair is None and is_label(line):  # a two-column form read row by row: the label, then its value
            value: list[str] = []
            for following in lines[i + 1:i + 4]:
                wrapped = not value or value[-1].endswith((",", ";", "(", "–", "-", "/")) or following[:1].islower()
                if not following.strip() or is_label(following) or label_value(following) or not wrapped:
                    break
                value.append(following.strip())
            if value:
                out.append((line, (line.strip(), " ".join(value))))
                continue
        heading = HEADING_LABEL.match(line) if not pair or not pair[1] else None
        if heading and not BULLET.match(line):
            items: list[str] = []
            for following in lines[i + 1:]:
                if not following.strip() and not items:
                    continue
                bullet = BULLET.match(following)
                if not bullet or label_value(following):
                    break
                items.append(bullet["item"].strip())
            if items:
                pair = (heading["label"].strip(), "; ".join(items))
        out.append((line, pair))
    return out


def form_fields(text: str) -> set[str]:
    """The profile fields a document's label-value lines name (a form, whatever its language or layout)."""
    found = set()
    for _, pair in form_lines(text):
        if pair and pair[1] and (field := field_of(pair[0])):
            found.add(field)
    return found


def field_of(label: str) -> str | None:
    """The profile field a form label names; the first pattern that matches wins."""
    return next((f for f, pattern in FORM_LABELS if re.search(pattern, label.lower())), None)


def looks_like_profile(text: str) -> bool:
    """A supplier's master-data form: it names the legal name and at least two other profile fields."""
    fields = form_fields("\n".join(text.splitlines()[:60]))
    return "legal_name" in fields and len(fields - {"legal_name", "aliases"}) >= 2


def extract_profile_form(units: Sequence[Unit], chunks: Sequence[Chunk], *, source: str, supplier: str | None,
                         labels: list[str]) -> list[ProfileFact]:
    locator = Locator(chunks)
    fact = ProfileFact(source=source, supplier=supplier, labels=labels)
    for unit in units:
        for line, pair in form_lines(unit.text):
            if not pair or not pair[1]:
                continue
            label, value = pair
            field = field_of(label)
            if field is None or field in fact.evidence:
                continue
            if field == "legal_name":
                fact.legal_name = value
            elif field == "aliases":
                fact.aliases = split_list(value)
            elif field == "country":
                fact.country = value
            elif field == "segment":
                fact.segment = next((seg for seg, words in SEGMENT_WORDS if re.search(words, value, re.I)), None)
                if fact.segment is None:
                    fact.missing["segment"] = f"segment {value!r} is not one of the onboarding procedure's segments"
            elif field == "tier":
                fact.tier = int(digits.group(0)) if (digits := re.search(r"\d", value)) else None
            elif field == "single_sourced_parts":
                fact.single_sourced_parts = split_list(value)
            elif field == "products":
                products = products_of(value)
                fact.products = list(products)
                fact.product_types = {model: kind for model, kind in products.items() if kind}
            elif field == "materials":
                fact.materials = materials_of(value)
            elif field == "contact":
                email = EMAIL.search(value)
                fact.contact_email = email.group(0) if email else None
            elif field == "code_of_conduct":
                fact.code_of_conduct_signed = yes_no(value)
                date = find_date(value)
                fact.code_of_conduct_date = date[0] if date else None
            elif field == "automotive":
                fact.automotive = yes_no(value)
            if evidence := locator.evidence(line, unit.page):
                fact.evidence[field] = evidence
    if fact.legal_name is None:
        return []
    for material, countries in fact.materials.items():
        if not countries:
            fact.missing[f"materials.{material}"] = "countries of origin not given (a mandatory field, AES-DG-006)"
    for key in MANDATORY:
        if key not in fact.evidence and key not in fact.missing:
            fact.missing[key] = "mandatory field not found in the form"
    if fact.code_of_conduct_signed is False:
        fact.missing["code_of_conduct_date"] = "Code of Conduct not signed"
    main = fact.evidence["legal_name"]
    fact.quote, fact.chunk_id, fact.page = main.quote, main.chunk_id, main.page
    fact.confidence = round(max(0.3, 1.0 - 0.1 * len(fact.missing)), 2)
    return [fact.with_id("profile")]  # type: ignore[list-item]

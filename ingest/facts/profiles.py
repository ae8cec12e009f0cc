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

from ingest.facts.certificates import entity_in
from ingest.facts.dates import find_date
from ingest.facts.locate import LEADER_MARK, Locator
from ingest.facts.models import ProfileFact
from ingest.models import Chunk, Unit
from ingest.statements import sentences
from ingest.tables import keyed_cells

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
        segment=segment_of(str(data["segment"])) if data.get("segment") else None, tier=data.get("tier"),
        products=[str(p.get("model")) for p in data.get("products") or [] if isinstance(p, dict) and p.get("model")],
        product_types={str(p["model"]): str(p["type"]) for p in data.get("products") or []
                       if isinstance(p, dict) and p.get("model") and p.get("type")},
        materials={str(m.get("material")): [str(c) for c in m.get("origin_countries") or []]
                   for m in data.get("materials") or [] if isinstance(m, dict) and m.get("material")},
        single_sourced_parts=[str(p.get("part")) for p in data.get("single_sourced_parts") or []
                              if isinstance(p, dict) and p.get("part")],
        contact_email=contact.get("email") if isinstance(contact, dict) else None,
        address=str(data["address"]) if data.get("address") else None,
        code_of_conduct_signed=conduct.get("signed") if isinstance(conduct, dict) else None,
        code_of_conduct_date=_date(conduct.get("date")) if isinstance(conduct, dict) else None,
        automotive=data.get("automotive"),
    )
    if data.get("segment") and fact.segment is None:
        fact.missing["segment"] = unknown_segment(str(data["segment"]))
    locator = Locator(chunks)
    text = "\n".join(u.text for u in units)
    for key in (*MANDATORY, "aliases", "tier", "automotive", "address"):
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
    ("legal_name", r"legal name|registered (?:company )?name|company name|supplier name|vendor name|legal entity"
                   r"|entity name|corporate name|full (?:legal )?name"
                   r"|^name of (?:the )?(?:company|supplier|vendor|entity)"
                   r"|^(?:company|supplier|vendor)$|firmenname|firmierung|^unternehmen(?:sname)?$|name des unternehmens"
                   r"|raison sociale|dénomination|nom (?:légal|de la société)|razón social|denominación"
                   r"|nombre (?:legal|de la empresa)|^empresa$|^firma\b|nom de l'entreprise|^société\b"
                   # the other languages suppliers fill forms in
                   r"|^denumire|firmanavn|foretaksnavn|f[öo]retagsnamn|virksomhedsnavn|yrityksen nimi|bedrijfsnaam"
                   r"|ragione sociale|denominazione|raz[ãa]o social|nazwa (?:firmy|dostawcy|przedsi[ęe]biorstwa)"
                   r"|obchodn[íi] (?:firma|meno|jm[ée]no)|^n[áa]zov|c[ée]gn[ée]v|ticaret unvan|^unvan|tên công ty"
                   r"|ชื่อบริษัท|公司名称|会社名|회사명|^상호"),
    ("single_sourced_parts", r"single\W+(?:\w+\W+)?sourc|sole.?sourc|one source|only source|einzelquelle"
                             r"|source unique|fuente única|proveedor único"),
    ("materials", r"material|rohstoff|matière|matériau|materia"),
    ("country", r"country|\bnation\b|\bland\b|staat|sitzland|\bpays\b|país|^[țţt]ara\b|\bpaese\b|\bkraj\b"
                r"|\bkrajina\b|\bzem[ěe]\b|orsz[áa]g|[üu]lke|quốc gia|^maa$|国家|^国$|국가"),
    ("segment", r"segment|supplier category|supplier type|type of supplier|business type|category|commodity|industry"
                r"|warengruppe|lieferantentyp|branche|secteur|sector|kategorie"
                r"|catégorie"
                r"|categoría|tipo de proveedor"),
    ("tier", r"\btier\b"),
    ("products", r"\bproducts?\b|model|part numbers?|items supplied|scope of supply|produkte?|lieferumfang|artikel"
                 r"|produits?|gamme|productos?|art[íi]culos|^produse|^produkter|^prodotti|^produtos|^produkty"
                 r"|^term[ée]kek|^[üu]r[üu]nler|^sản phẩm|^产品|^製品|^제품"),
    ("contact", r"e-?mail|contact|kontakt|ansprechpartner|contacto|e-?post|contatto|kapcsolattart|ilgili ki[şs]i"
                r"|người liên hệ|联系人|担当者|담당자"),
    ("address", r"\baddress\b|anschrift|adresse|direcci[óo]n|indirizzo|endere[çc]o|site location|plant location"
                r"|factory location|production site|werk(?:sadresse)?\b|standort"),
    ("code_of_conduct", r"code of (?:conduct|ethics)|ethics code|\bcoc\b|verhaltenskodex|lieferantenkodex"
                        r"|code de conduite|charte (?:fournisseur|éthique)|código (?:de conducta|ético)"
                        r"|cod(?:ul)? de conduit|etiske retningslinjer|etiska riktlinjer|uppf[öo]randekod"
                        r"|adf[æe]rdskodeks|codice (?:di condotta|etico)|código de conduta|kodeks post[ęe]powania"
                        r"|etick[ýy] k[óo]dex|magatart[áa]si k[óo]dex|davran[ıi][şs] kurallar|quy tắc ứng xử"
                        r"|行为准则|行動規範|행동강령"),
    ("automotive", r"automotive|iatf|automobil"),
]
SEGMENT_WORDS = [  # English, German, French, Spanish
    ("cell_component", r"separator|foil|electrolyte|cell component|separatorfolie|zellkomponente|composants? de cellule"
                       r"|componentes? de celda"),
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


def segment_of(value: str) -> str | None:
    """The onboarding segment a profile's wording names: "cathode_material" as is, "Cathode materials / pCAM" by
    its words."""
    if value in {segment for segment, _ in SEGMENT_WORDS}:
        return value
    return next((segment for segment, words in SEGMENT_WORDS if re.search(words, value, re.I)), None)


def unknown_segment(value: str) -> str:
    return f"segment {value!r} is not one of the onboarding procedure's segments"


NONE_WORDS = re.compile(r"^(?:none|no|n/?a|-|nil|keine?|there are none|aucune?|n[ée]ant|ninguno|ninguna|nessuno"
                        r"|nessuna)\b", re.I)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


MARKUP = re.compile(r"^\s*(?:[-*•]\s+)?|\*\*|__")  # a bullet, bold: "- **Legal name:** X"


DOT_LEADER = re.compile(rf"^(?P<label>[^.:|]{{2,60}}?)\s*{LEADER_MARK}(?P<value>.*)$")
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
    if leader := DOT_LEADER.match(line):  # "Registered company name ..... Helion Power Cells Sp. z o.o."
        return leader["label"].strip(), leader["value"].strip()
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
AMOUNT = r"\d+(?:[.,]\d+)?\s*(?:m?Ah|[kMG]?Wh|V|kg|g|mm|%)(?!\w)"
QUANTITY = re.compile(rf"^{AMOUNT}(?:\s*/\s*{AMOUNT})*$", re.I)  # "3.5 Ah", "96 V / 60 Ah"


def split_list(value: str) -> list[str]:
    """Items of a listed value: a list whose items hold commas separates them with semicolons
    ("AB-18650-35 – cylindrical cell, 3.5 Ah; AB-P60 – pouch cell, 60 Ah"), else commas separate them."""
    if NONE_WORDS.match(value):
        return []
    separator = r"\s*\|\s*" if " | " in value else r";\s*(?![^()]*\))" if ";" in value else r",\s*(?![^()]*\))"
    return [v.strip() for v in re.split(separator, value) if v.strip()]


def parts_of(value: str) -> list[str]:
    """Part names listed in a field or a sentence; the sentence's full stop is not part of the last one."""
    return [part.removesuffix(".").strip() for part in split_list(value.strip())]


def products_of(value: str) -> dict[str, str | None]:
    """Model -> the type the form states for it; a capacity or size on its own is not a product."""
    found: dict[str, str | None] = {}
    for item in split_list(value):
        parts = ITEM_SEPARATOR.split(item, maxsplit=1)
        model = parts[0].strip()
        if found and not re.search(r"\d", item):  # "SC-SEP-12C: separator film, ceramic coated": the type goes on
            last = list(found)[-1]
            found[last] = f"{found[last]}, {item.strip()}" if found[last] else item.strip()
        elif model and not QUANTITY.match(model):
            found[model] = type_of(parts[1]) if len(parts) > 1 else None
    return found


RATINGS = re.compile(rf"(?:,\s*|\s+){AMOUNT}(?:\s*/\s*{AMOUNT})*\s*$|\s*\({AMOUNT}(?:\s*/\s*{AMOUNT})*\)\s*$", re.I)


def type_of(text: str) -> str | None:
    """A product's type as the form states it, without its ratings: "pouch cell, 40 Ah)" -> "pouch cell";
    "NCM622 precursor (pCAM))" keeps its own bracket."""
    text = text.strip()
    if text.endswith(")") and text.count(")") > text.count("("):  # the bracket the model opened
        text = text[:-1].strip()
    return RATINGS.sub("", text).strip(" ,") or None


REFERENCE = re.compile(r"^(?:see|siehe|voir|ver|v[ée]ase)\s+(?:the\s+)?(?:sheet|tab|worksheet|blatt|tabellenblatt"
                       r"|onglet|feuille|hoja|pesta[ñn]a)\s*['\"‘“„«]?(?P<name>[^'\"’”“»]+)", re.I)


def listed_in(value: str, units: Sequence[Unit]) -> str:
    """A field that points to another sheet ("see sheet 'Products'") as that sheet's rows ("KDC-CMU-12 – cell
    monitoring unit"); any other value as it is."""
    reference = REFERENCE.match(value.strip())
    sheet = next((u for u in units if reference and u.section
                  and u.section[-1].strip().lower() == reference["name"].strip().lower()), None)
    if sheet is None:
        return value
    rows = []
    for line in sheet.text.splitlines():
        cells = [(key.lower(), cell) for key, cell in keyed_cells(line, least=2)]
        if len(cells) >= 2 and re.search(r"\d", cells[0][1]):
            kind = next((cell for key, cell in cells[1:] if re.search(r"type|art|description|beschreibung", key)), "")
            rows.append(f"{cells[0][1]} ({kind})" if kind else cells[0][1])
    return "; ".join(rows) or value


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


# A form's answer, in the languages onboarding forms come in: its first word decides; a pending signature is none.
NO_ANSWER = re.compile(r"^(?:no|n|not|nein|unsigned|pending|non|nicht|pas|false|outstanding|awaiting|ausstehend|nie|não"
                       r"|nu|nei|nej|ei|nee|ne|hay[ıi]r|nem|không|ไม่|否|未签署|未簽署|未署名|いいえ|아니오|아니요)$")
YES_ANSWER = re.compile(r"^(?:yes|y|signed|ja|true|accepted|acknowledged|oui|s[ií]|sim|tak|sign[ée]e?|firmado"
                        r"|unterzeichnet|unterschrieben|da|ano|áno|igen|evet|có|kyllä|ใช่|是|已签署|已簽署|署名済み?|はい|예"
                        r"|서명)$")
PENDING = re.compile(r"ausstehend|pending|outstanding|not yet|noch nicht|en attente|pendiente|under review"
                     r"|in pr[üu]fung", re.I)


def yes_no(value: str) -> bool | None:
    """"Yes", "Y – signed 2026-02-20", "☑ 已签署 Signed", "是 Yes": True; "No", "Unterschrift ausstehend": False."""
    said = re.sub(r"^[\W_]+", "", value.strip()).lower()
    if re.match(r"n\s?/\s?a\b|n\.\s?a\.", said):
        return None  # not applicable: no answer either way
    first = re.split(r"[\s–—,;:/()\-.]+", said, maxsplit=1)[0] if said else ""
    if NO_ANSWER.match(first) or PENDING.search(said[:60]):
        return False
    return True if YES_ANSWER.match(first) else None


WRAPS = (",", ";", "(", "-", "–", "/")  # a value that breaks off here goes on on the next line
HEADING_LABEL = re.compile(r"^\s*(?:#+\s*)?(?P<label>[^:|]{3,60}?)\s*:?\s*$")
BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+(?P<item>.+)$")


def is_label(line: str) -> bool:
    """A short line that names a profile field and nothing else ("Razón social", "Country of origin")."""
    words = line.split()  # "Tarragona Energy Materials S.A.R.L." names a company, not the materials field
    return 0 < len(words) <= 6 and field_of(line) is not None and not re.search(r"\d|@", line) \
        and not entity_in(line)


def names_field(line: str, headers: set[tuple[str, str]]) -> bool:
    """The line is a field of the form: a label we know, alone or with its value ("Country: Chile")."""
    pair = label_value(line, headers)
    return is_label(line) or bool(pair and field_of(pair[0]))


CONTINUED = re.compile(r"^(?:[a-zµ(]|\d|(?:m?Ah|k?Wh|V|kg|mm)\b)")  # "cylindrical cell", "150", "Ah | ..."


def wraps_on(value: str, following: str, headers: set[tuple[str, str]]) -> bool:
    """The next line goes on with a field's value: the value breaks off ("… 3.5 Ah;", "… 400 V / 150") and the
    line is no field of its own."""
    return bool(following.strip()) and (value.endswith(WRAPS) or bool(CONTINUED.match(following.strip()))) \
        and not names_field(following, headers)


def form_lines(text: str) -> list[tuple[str, tuple[str, str] | None]]:
    """Each form line with its (label, value); a label standing alone above a bulleted list ("### Products
    supplied" then "- GCM-LFP-C2 (LFP cathode powder)") takes the list's items as its value."""
    lines = text.splitlines()
    headers = table_headers(lines)
    out: list[tuple[str, tuple[str, str] | None]] = []
    for i, line in enumerate(lines):
        pair = label_value(line, headers)
        if pair and pair[1] and i + 1 < len(lines) and wraps_on(pair[1], lines[i + 1], headers):
            pair = (pair[0], f"{pair[1]} {lines[i + 1].strip()}")  # "...; BCT-18650-30E -" / "cylindrical cell, 3 Ah"
            line = f"{line}\n{lines[i + 1]}"
        if pair is None and is_label(line):  # a two-column form read row by row: the label, then its value
            value: list[str] = []
            for n, following in enumerate(lines[i + 1:i + 4], start=i + 1):
                wrapped = not value or value[-1].endswith((",", ";", "(", "–", "-", "/")) or following[:1].islower()
                # a value may hold a label's word ("Matériau de cathode" under "Catégorie"): it is the value
                # when another label follows it, for labels and values take turns
                label_next = n + 1 < len(lines) and is_label(lines[n + 1])
                field = names_field(following, headers) and not (not value and is_label(following) and label_next)
                if not following.strip() or field or not wrapped:
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


def field_of(label: str) -> str | None:
    """The profile field a form label names; the first pattern that matches wins."""
    return next((f for f, pattern in FORM_LABELS if re.search(pattern, label.lower())), None)


def looks_like_profile(text: str) -> bool:
    """A supplier's master-data form: it names the legal name and at least two other profile fields - or, with
    the legal name under a label we do not know (a value ending in a legal form such as "GmbH"), three."""
    pairs = [pair for _, pair in form_lines("\n".join(text.splitlines()[:60])) if pair]
    fields = {field for label, value in pairs if value and (field := field_of(label))}
    if "legal_name" in fields:
        return len(fields - {"legal_name", "aliases"}) >= 2
    # a stricter guess, from labels that start as labels do: "of cathode active materials" continues a sentence
    labelled = [(label, value) for label, value in pairs if not label.lstrip()[:1].islower()]
    others = {field for label, value in labelled if value and (field := field_of(label))} - {"legal_name", "aliases"}
    return len(others) >= 3 and any(entity_in(value) for _, value in labelled)


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
                fact.segment = segment_of(value)
                if fact.segment is None:
                    fact.missing["segment"] = unknown_segment(value)
            elif field == "tier":
                fact.tier = int(digits.group(0)) if (digits := re.search(r"\d", value)) else None
            elif field == "single_sourced_parts":
                fact.single_sourced_parts = parts_of(value)
            elif field == "products":
                products = products_of(listed_in(value, units))
                fact.products = list(products)
                fact.product_types = {model: kind for model, kind in products.items() if kind}
            elif field == "materials":
                fact.materials = materials_of(value)
            elif field == "contact":
                email = EMAIL.search(value)
                fact.contact_email = email.group(0) if email else None
            elif field == "address":
                fact.address = value.strip() or None
            elif field == "code_of_conduct":
                fact.code_of_conduct_signed = yes_no(value)
                date = find_date(value)
                fact.code_of_conduct_date = date[0] if date else None
            elif field == "automotive":
                fact.automotive = yes_no(value)
            if evidence := locator.evidence(line, unit.page):
                fact.evidence[field] = evidence
    if fact.legal_name is None or len(fact.evidence) < 3:  # a profile written as sentences rather than as a form
        read_prose(units, fact, locator)
    if fact.legal_name is None:
        return []
    if not fact.contact_email and (mail := next(((m.group(0), line, unit.page) for unit in units
                                                 for line in unit.text.splitlines() if (m := EMAIL.search(line))),
                                                None)):
        fact.contact_email = mail[0].rstrip(".")  # the form's e-mail under whatever label it stands
        if "contact" not in fact.evidence and (evidence := locator.evidence(mail[1], mail[2])):
            fact.evidence["contact"] = evidence
    if fact.code_of_conduct_signed is None and (blank := blank_signature(units)):
        fact.code_of_conduct_signed = False  # the acknowledgement's signature line left empty
        if evidence := locator.evidence(blank[0], blank[1]):
            fact.evidence["code_of_conduct"] = evidence
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


# A profile written as prose ("Odra Circuits S.A. de C.V. is an electronics supplier with its registered office
# in ..., Mexico. We source gold from Peru and Canada; ..."): each sentence is read for the field its words name
# (the same label vocabulary as a form's) and its value by shape - a legal form ends a name, a model number has
# a dash and a digit, an address ends in its country, "<material> from <countries>" is an origin.
MODEL = re.compile(r"\b[A-Z][A-Z0-9]{0,5}(?:-[A-Z0-9]+)*-[A-Z0-9]*\d[A-Z0-9]*\b")
SEAT = re.compile(r"registered office|head ?quarter|based in|located in|\bseat\b|\bsitz\b|siège|domicil|\bsede\b",
                  re.I)
SOURCING = re.compile(r"\bsourc|\borigin|procure|obtain|purchase|\bbuy|bezieh|herkunft|provenan|origen|provien"
                      r"|procede|\bmined\b", re.I)
ORIGIN = re.compile(r"(?P<material>[A-Za-zäöüéè]+)\s+(?:from|aus|de|desde|en provenance de)\s+(?P<countries>[^;]+)")
SOURCED_BY = re.compile(r"^.*?\b(?:source|sources|sourced|procure|obtain|purchase|buy|beziehen|achetons|compramos)\s+",
                        re.I)  # "We source copper cathode" -> "copper cathode"
# "Our natural graphite is sourced" -> "Our natural graphite"
PASSIVE = re.compile(r"\s+(?:is|are|was|were|gets?|comes?)?\s*"
                     r"(?:sourced|procured|obtained|purchased|bought|mined)?\s*$", re.I)
NO_SINGLE_SOURCE = re.compile(r"\b(?:all|every|each)\b[^.]*\b(?:dual|multi(?:ple)?|double|second)[- ]sourced"
                              r"|\bno (?:parts?|components?|items?) (?:is |are )?(?:single|sole)[- ]sourced"
                              r"|\bno (?:single|sole)[- ]sourc"
                              r"|\bnone (?:of \w+ \w+ )?(?:is|are) (?:single|sole)[- ]sourced", re.I)
SINGLE_SUBJECT = re.compile(r"^(?:the\s+)?(?P<parts>[^:]+?)\s+(?:is|are)\s+(?:\w+\s+){0,3}?(?:single|sole|only)\b",
                            re.I)
NEGATED = re.compile(r"\b(?:not|no|never|yet to|pending|nicht|kein\w*|pas|non|ne|sin|todav[ií]a no)\b", re.I)
# Signed in the past or perfect, never a promise or a request: "will sign", "sent to us for signature" are unsigned.
AGREED = re.compile(r"\b(?:signed|countersigned|accepted|acknowledged|adhered|unterzeichnet|unterschrieben|anerkannt"
                    r"|sign[ée]e?|firmad[oa]|firm[oó])\b", re.I)
PROMISED = re.compile(r"\b(?:will|shall|would|to be|for signature|awaiting|await|under (?:legal )?review|planned"
                      r"|expected|wird|werden|sera|ser[áa])\b", re.I)


SIGNATURE_LABEL = re.compile(r"\b(?:signature|signed|unterschrift|firma|signataire|name and (?:title|position))\w*"
                             r"[^:_]{0,30}:?\s*[_.…]{4,}", re.I)


def blank_signature(units: Sequence[Unit]) -> tuple[str, int | None] | None:
    """The signature line of a Code of Conduct acknowledgement left blank ("Signature : ________"): not signed."""
    for unit in units:
        lines = unit.text.splitlines()
        for n, line in enumerate(lines):
            if field_of(line) != "code_of_conduct":
                continue
            for below in lines[n:n + 10]:
                if SIGNATURE_LABEL.search(below) and not re.search(r"[:]\s*[A-Z][a-z]+\s+[A-Z]", below):
                    return below.strip(), unit.page
            return None
    return None


def read_prose(units: Sequence[Unit], fact: ProfileFact, locator: Locator) -> None:
    """Fill the fields a form did not give from the document's sentences."""
    def cite(field: str, sentence: str, page: int | None) -> None:
        if field not in fact.evidence and (ev := locator.evidence(sentence, page, sentence.splitlines()[0])):
            fact.evidence[field] = ev

    said = sentences(units)
    for sentence, page in said:
        flat = " ".join(sentence.split())
        if fact.legal_name is None and (name := entity_in(flat)):
            fact.legal_name = name
            cite("legal_name", sentence, page)
            if fact.segment is None and (segment := segment_of(flat)):
                fact.segment = segment
                cite("segment", sentence, page)
        if not fact.contact_email and (email := EMAIL.search(flat)):
            fact.contact_email = email.group(0).rstrip(".")
            cite("contact", sentence, page)
        field = field_of(flat)
        if "single_sourced_parts" not in fact.evidence and NO_SINGLE_SOURCE.search(flat):
            fact.single_sourced_parts = []  # "All purchased parts are dual-sourced": said, and none
            cite("single_sourced_parts", sentence, page)
        elif field == "single_sourced_parts" and not fact.single_sourced_parts:
            subject = SINGLE_SUBJECT.match(flat)  # "The binder resin is our only single-source part."
            listed = subject["parts"] if subject else flat.split(":", 1)[1] if ":" in flat else ""
            if listed and not NEGATED.match(listed):
                fact.single_sourced_parts = parts_of(re.sub(r"\s+(?:and|und|et|y)\s+", ", ", listed))
                cite(field, sentence, page)
        elif field == "code_of_conduct" and fact.code_of_conduct_signed is None:
            fact.code_of_conduct_signed = False if NEGATED.search(flat) or PROMISED.search(flat) else \
                True if AGREED.search(flat) else None
            fact.code_of_conduct_date = (date[0] if (date := find_date(flat)) else None) \
                if fact.code_of_conduct_signed else None
            cite(field, sentence, page)
        elif field == "automotive" and fact.automotive is None:
            fact.automotive = not NEGATED.search(flat)
            cite(field, sentence, page)
        if SOURCING.search(flat) and not fact.materials and field != "single_sourced_parts":
            for part in re.split(r";\s*", flat.rstrip(" .")):
                if origin := ORIGIN.search(part):
                    countries = re.split(r",\s*|\s+(?:and|und|et|y)\s+", origin["countries"].strip(" ."))
                    named = SOURCED_BY.sub("", PASSIVE.sub("", part[:origin.start("countries")].rsplit(None, 1)[0]))
                    named = re.sub(r"^(?:our|the|all|its|unser\w*|nos|notre|nuestr\w*)\s+", "", named.strip(),
                                   flags=re.I)
                    material = named if 0 < len(named.split()) <= 3 else origin["material"]
                    fact.materials[material.lower()] = [c.strip() for c in countries if c.strip()]
            if fact.materials:
                cite("materials", sentence, page)
    for unit in units:  # the seat's address ends in its country; the address may wrap onto a line of its own
        flat = " ".join(unit.text.split())
        if fact.country is None and (seat := SEAT.search(flat)):
            address = re.split(r"\.\s", flat[seat.end():], maxsplit=1)[0].rstrip(" .")
            last = address.rsplit(",", 1)[-1].strip() if "," in address else ""
            if last and not re.search(r"\d|@", last) and len(last.split()) <= 4:
                fact.country = last
                cite("country", next((ln for ln in unit.text.splitlines() if last in ln), last), unit.page)
    listing = max(said, key=lambda s: len(MODEL.findall(s[0])), default=None)
    if not fact.products and listing and MODEL.search(listing[0]):
        flat = " ".join(listing[0].split())
        models = list(MODEL.finditer(flat))
        for model, following in zip(models, [*models[1:], None], strict=True):
            kind = flat[model.end():following.start() if following else len(flat)]
            kind = re.sub(r"(?:,|\band\b|\bund\b|\bet\b|\by\b)?\s*(?:the|a|an|der|die|das|le|la|les|el|los)?\s*$", "",
                          kind.strip(" .;")).strip(" ,;–-")
            kind = kind[1:-1] if kind.startswith("(") and kind.endswith(")") else kind  # "AB-P60 (pouch cell)"
            fact.products.append(model.group(0))
            if kind:
                fact.product_types[model.group(0)] = kind
        cite("products", *listing)

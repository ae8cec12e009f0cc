"""Tables as text a reader and a retriever both understand: one line per row, each value
labelled with its column header ("Month: 2026-06; OTD %: 91,2")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile


def clean(value: object) -> str:
    if value is None:
        return ""
    text = str(value).strip()
    if text.startswith("="):  # a formula without a cached value says nothing to a reader
        return ""
    if hasattr(value, "isoformat") and text.endswith("00:00:00"):
        text = text[:10]
    return " ".join(text.split())


HEADER_SEARCH = 15  # title and note rows above a sheet's real header row


# The header of a two-column form ("Element | Information", "Field | Value"): it names no field of its own.
# Also bilingual or annotated: "項目 / Item", "Element (38.3.5)".
FORM_LABEL_HEADER = re.compile(r"\b(?:field|item|element|parameter|attribute|label|description|feld|merkmal|angabe"
                               r"|champ|rubrique|campo|elemento|項目|项目|항목|구분)\b", re.I)
FORM_VALUE_HEADER = re.compile(r"\b(?:value|information|details?|data|entry|contents?|contenu|contenido|wert|inhalt"
                               r"|angaben|valeur|valor|dato|informaci[óo]n|内容|내용|記載内容)\b", re.I)
FORM_HEADER = (FORM_LABEL_HEADER, FORM_VALUE_HEADER)


LEGAL_FORM = re.compile(r"\b(?:GmbH|AG|Ltd|LLC|Inc|Corp|S\.A\.S?|S\.p\.A|B\.V|N\.V|Sp\. z o\.o|s\.r\.o|K\.K|Co\.|Oy|AB"
                        r"|Kft|Zrt|Pvt|Pty|plc|S\.r\.l|S\.L|SAS|SARL)\b")


def form_rows(rows: list[list[str]]) -> list[list[str]]:
    """The rows of a two-column form without its generic header row, if it has one."""
    first = [v for v in rows[0] if v] if rows else []
    generic = len(first) == 2 and all(len(cell.split()) <= 4 and pattern.search(cell)
                                      for cell, pattern in zip(first, FORM_HEADER, strict=True))
    if generic:
        return rows[1:]
    return rows


def bilingual_form(rows: list[list[str]]) -> bool:
    """A form whose label stands in two columns, one per language ("制造商 | Manufacturer | Jiangyin ... Co., Ltd."):
    three cells at most per row, and the first row already ends in a value."""
    filled = [[v for v in row if v] for row in rows]
    if not filled or any(len(row) > 3 for row in filled) or len(filled[0]) != 3:
        return False
    value = filled[0][-1]
    labels = filled[0][:-1]
    unnumbered = [re.sub(r"^\d+(?:\.\d+)*\.?\s*", "", label) for label in labels]  # "1. 制造商" is a label
    return all(len(label.split()) <= 6 and not re.search(r"\d", label) for label in unnumbered) and (
        any(ch.isdigit() for ch in value) or "@" in value or bool(LEGAL_FORM.search(value)))


def labelled(row: list[str]) -> str:
    """A form row as "label: value", or "label / label: value" with a label in each of two languages."""
    cells = [v for v in row if v]
    return f"{' / '.join(cells[:-1])}: {cells[-1]}" if len(cells) > 1 else "".join(cells)


def is_form(rows: list[list[str]]) -> bool:
    """A two-column table of labels and values with no header row (or a generic one, "Field | Value"): its first
    row already holds a value (a number, a list, a name with its address or its legal form), which a column
    header never does."""
    rows = form_rows(rows)
    if not rows:
        return False
    filled = [[v for v in row if v] for row in rows]
    if any(len(row) > 2 for row in filled) or len(filled[0]) != 2:
        return False
    value = filled[0][1]  # a column header never names a company: "Energa Pack Systems Sp. z o.o." is a value
    return any(ch.isdigit() for ch in value) or "," in value or "@" in value or bool(LEGAL_FORM.search(value))


def loose_lines(rows: list[list[str]]) -> list[str]:
    """Rows above a table's header (titles, notes, a form of label/value pairs) as lines: pairs as "label: value"
    where they read as a form, anything else with its cells joined."""
    pairs = [row for row in rows if sum(1 for v in row if v) == 2]
    form = len(pairs) >= 2 and is_form(pairs)
    return [labelled(row) if form and row in pairs else " | ".join(v for v in row if v)
            for row in rows]


def figures(row: Sequence[str]) -> bool:
    """A row that holds figures more than names: most of its filled cells are numbers."""
    values = [v for v in row if v]
    return sum(bool(re.fullmatch(r"[-+]?[\d.,\s%]+", v)) for v in values) * 2 > len(values)


def rows_to_text(rows: Sequence[Sequence[object]]) -> str:
    cleaned = [[clean(v) for v in row] for row in rows]
    cleaned = [row for row in cleaned if any(row)]
    if not cleaned:
        return ""
    # The header is the fullest of the first rows that name columns rather than hold figures (a data row may be
    # fuller, its first cell filled where the header's is blank); rows above it (titles, notes) stay plain lines.
    filled = [sum(1 for v in row if v) if not figures(row) else 0 for row in cleaned[:HEADER_SEARCH]]
    if not any(filled):
        filled = [sum(1 for v in row if v) for row in cleaned[:HEADER_SEARCH]]
    # the first row about as full as the fullest: a data row a stray comma split one cell fuller is no header
    fullest = max(filled)
    at = next(i for i, count in enumerate(filled) if count >= (fullest - 1 if fullest >= 5 else fullest))
    preamble = loose_lines(cleaned[:at])
    header, *body = cleaned[at:]
    if not body or sum(1 for h in header if h) < 2:
        return "\n".join(" | ".join(v for v in row if v) for row in cleaned)
    if bilingual_form(cleaned[at:]):  # "型号 | Model | RN-32140-15": "型号 / Model: RN-32140-15"
        return "\n".join(preamble + [labelled(row) for row in cleaned[at:]])
    if is_form(cleaned[at:]):  # "Test report No. | HSTI-24-72248": a label and its value, row after row
        return "\n".join(preamble + [labelled(row) for row in form_rows(cleaned[at:])])
    form = list(takewhile(lambda row: sum(1 for v in row if v) <= 2, cleaned[at:]))
    if len(form) >= 2 and len(form) < len(cleaned) - at and is_form(form):
        # a form above a table ("Model | EPS-48V-100" ... then "Test | Description | Result"): each read as itself
        return "\n".join(preamble + [labelled(row) for row in form_rows(form)]
                         + [rows_to_text(cleaned[at + len(form):])])
    lines = preamble + [" | ".join(h for h in header if h)]
    for row in body:
        pairs = [f"{header[i] or f'column {i + 1}'}: {value}" for i, value in enumerate(row)
                 if value and i < len(header)]
        pairs += [value for value in row[len(header):] if value]
        lines.append("; ".join(pairs))
    return "\n".join(lines)

"""Tables as text a reader and a retriever both understand: one line per row, each value
labelled with its column header ("Month: 2026-06; OTD %: 91,2")."""

from __future__ import annotations

from collections.abc import Sequence


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


def is_form(rows: list[list[str]]) -> bool:
    """A two-column table of labels and values with no header row: its first row already holds a value (a
    number, a list, a name with its address), which a column header never does."""
    filled = [[v for v in row if v] for row in rows]
    if any(len(row) > 2 for row in filled) or len(filled[0]) != 2:
        return False
    value = filled[0][1]
    return any(ch.isdigit() for ch in value) or "," in value or "@" in value


def rows_to_text(rows: Sequence[Sequence[object]]) -> str:
    cleaned = [[clean(v) for v in row] for row in rows]
    cleaned = [row for row in cleaned if any(row)]
    if not cleaned:
        return ""
    # The header is the fullest of the first rows; rows above it (titles, notes) stay plain lines.
    filled = [sum(1 for v in row if v) for row in cleaned[:HEADER_SEARCH]]
    at = filled.index(max(filled))
    preamble = [" | ".join(v for v in row if v) for row in cleaned[:at]]
    header, *body = cleaned[at:]
    if not body or sum(1 for h in header if h) < 2:
        return "\n".join(" | ".join(v for v in row if v) for row in cleaned)
    if is_form(cleaned[at:]):  # "Test report No. | HSTI-24-72248": a label and its value, row after row
        return "\n".join(preamble + [": ".join(v for v in row if v) for row in cleaned[at:]])
    lines = preamble + [" | ".join(h for h in header if h)]
    for row in body:
        pairs = [f"{header[i] or f'column {i + 1}'}: {value}" for i, value in enumerate(row)
                 if value and i < len(header)]
        pairs += [value for value in row[len(header):] if value]
        lines.append("; ".join(pairs))
    return "\n".join(lines)

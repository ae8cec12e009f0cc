"""CSV exports, YAML profiles and JSON exports: rows and fields as lines that are never split."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from ingest.errors import UnreadableFile
from ingest.formats.tables import rows_to_text
from ingest.formats.text import read_text
from ingest.limits import check_table_size
from ingest.models import ParsedDocument, Unit


def load_csv(path: Path) -> ParsedDocument:
    text, warnings = read_text(path)
    lines = text.splitlines()
    try:
        dialect: Any = csv.Sniffer().sniff(lines[0], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    check_table_size(len(lines), 0, "the CSV file")
    rows = []
    for row in csv.reader(lines, dialect):
        check_table_size(0, len(row), "a row of the CSV file")
        rows.append(row)
    table = rows_to_text(rows)
    if not table:
        raise UnreadableFile("no rows in the CSV file")
    return ParsedDocument(format="csv", units=[Unit(text=table, kind="table")], warnings=warnings)


def humanize(key: object) -> str:
    text = str(key).replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def inline(value: Any) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {inline(v)}" for k, v in value.items() if v not in (None, "", [], {}))
    if isinstance(value, list):
        return ", ".join(inline(v) for v in value) if value else "none"
    return "" if value is None else str(value)


def mapping_lines(data: dict[str, Any]) -> list[str]:
    lines = []
    for key, value in data.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            lines.append(f"{humanize(key)}:")
            lines += [f"- {inline(item)}" for item in value]
        elif value in (None, "", [], {}):
            lines.append(f"{humanize(key)}: (empty)" if value in (None, "") else f"{humanize(key)}: none")
        else:
            lines.append(f"{humanize(key)}: {inline(value)}")
    return lines


def parsed(path: Path, parse: Callable[[str], Any], kind: str) -> tuple[Any, list[str]]:
    """A structured file's data and the reading's warnings; a file that does not parse is unreadable, by its reason."""
    text, warnings = read_text(path)
    try:
        return parse(text), warnings
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        raise UnreadableFile(f"invalid {kind}: {str(exc).splitlines()[0]}") from None


def load_yaml(path: Path) -> ParsedDocument:
    data, warnings = parsed(path, yaml.safe_load, "YAML")
    if isinstance(data, dict):
        body = "\n".join(mapping_lines(data))
    elif data is None:
        raise UnreadableFile("empty YAML document")
    else:
        body = inline(data)
    return ParsedDocument(format="yaml", units=[Unit(text=body, kind="table")], warnings=warnings,
                          title=str(data.get("legal_name")) if isinstance(data, dict) and data.get("legal_name")
                          else None)


def words_of(key: object) -> str:
    """A JSON key as words: "supplierCodeOfConduct" -> "supplier code of conduct", "sole_source" -> "sole source"."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", str(key)).replace("_", " ").strip().lower()


def nested_lines(data: Any, path: tuple[str, ...] = ()) -> list[str]:
    """A portal's nested export as label lines; a label is its key with its parent's ("supplier code of conduct
    status: not yet returned"), so a form reader knows what a bare "status" is of."""
    label = humanize(" ".join(path[-2:])) if path else ""
    if isinstance(data, dict):
        return [line for key, value in data.items() for line in nested_lines(value, (*path, words_of(key)))]
    if isinstance(data, list) and data and all(isinstance(item, dict) for item in data):
        return [f"{label}:", *(f"- {inline({words_of(k): v for k, v in item.items()})}" for item in data)]
    if isinstance(data, list):
        return [f"{label}: {', '.join(map(str, data)) or 'none'}"]
    return [f"{label}: {'(empty)' if data in (None, '') else str(data).lower() if isinstance(data, bool) else data}"]


def load_json(path: Path) -> ParsedDocument:
    data, warnings = parsed(path, json.loads, "JSON")
    body = "\n".join(nested_lines(data))
    if not body.strip():
        raise UnreadableFile("empty JSON document")
    return ParsedDocument(format="json", units=[Unit(text=body, kind="table")], warnings=warnings)

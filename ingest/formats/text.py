"""Markdown and plain text. UTF-8 first, then a detected encoding, then UTF-8 with replacement
characters: a strange encoding is never a crash."""

from __future__ import annotations

import re
from pathlib import Path

from charset_normalizer import from_bytes

from ingest.errors import UnreadableFile
from ingest.formats.tables import clean, form_rows, is_form, labelled
from ingest.limits import check_text
from ingest.models import ParsedDocument, Unit

HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
TABLE_LINE = re.compile(r"^\s*\|.*\|\s*$")
SEPARATOR = re.compile(r"^[\s|:-]+$")


def forms_as_lines(lines: list[str]) -> list[str]:
    """Two-column label/value tables ("| Audit firm | Clearview S.A. |") as "Audit firm: Clearview S.A." lines, the
    way a form reads in every other format; other tables stay as written."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not TABLE_LINE.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and TABLE_LINE.match(lines[j]):
            j += 1
        block = lines[i:j]
        rows = [[clean(c) for c in line.strip().strip("|").split("|")] for line in block if not SEPARATOR.match(line)]
        rows = [row for row in rows if any(row)]
        out += [labelled(row) for row in form_rows(rows)] if rows and is_form(rows) else block
        i = j
    return out


GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+){2,}\s*$")


def grid_tables_as_rows(lines: list[str]) -> list[str]:
    """A grid table ("+------+------+" borders, a cell's text wrapped over several lines) as one "| a | b |" line
    per row, each cell's wrapped lines joined: a row is what its cells say together."""
    out: list[str] = []
    row: list[list[str]] = []

    def flush() -> None:
        if row:
            out.append("| " + " | ".join(" ".join(part for part in cell if part) for cell in row) + " |")
            row.clear()

    i = 0
    while i < len(lines):
        if not GRID_BORDER.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        while i < len(lines) and (GRID_BORDER.match(lines[i]) or TABLE_LINE.match(lines[i])):
            if GRID_BORDER.match(lines[i]):
                flush()
            else:
                cells = [cell.strip() for cell in lines[i].strip().strip("|").split("|")]
                if row and len(cells) != len(row):
                    flush()
                row.extend([] for _ in cells[len(row):])
                for n, cell in enumerate(cells):
                    row[n].append(cell)
            i += 1
        flush()
    return out


def decode(data: bytes) -> tuple[str, list[str]]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best), [f"decoded as {best.encoding} (not UTF-8)"]
    return data.decode("utf-8", errors="replace"), ["not valid UTF-8; undecodable bytes replaced"]


def read_text(path: Path) -> tuple[str, list[str]]:
    data = path.read_bytes()
    if not data.strip():
        raise UnreadableFile("empty file (0 bytes)" if not data else "empty file (only whitespace)")
    check_text(data)
    return decode(data)


def load_markdown(path: Path) -> ParsedDocument:
    text, warnings = read_text(path)
    units: list[Unit] = []
    trail: list[tuple[int, str]] = []
    lines: list[str] = []
    title = None

    def flush() -> None:
        body = "\n".join(lines).strip("\n")
        if body.strip():
            units.append(Unit(text=body, section=[h for _, h in trail]))
        lines.clear()

    in_code = False
    for line in forms_as_lines(grid_tables_as_rows(text.splitlines())):
        if line.lstrip().startswith("```"):
            in_code = not in_code
        match = None if in_code else HEADING.match(line)
        if match:
            flush()
            level, heading = len(match.group(1)), match.group(2)
            title = title or heading
            trail = [(lvl, h) for lvl, h in trail if lvl < level] + [(level, heading)]
            lines.append(line)  # keep the heading in the text: it is part of what a reader sees
        else:
            lines.append(line)
    flush()
    if not units:
        raise UnreadableFile("no text")
    return ParsedDocument(format="markdown", units=units, title=title, warnings=warnings)


def load_plain_text(path: Path) -> ParsedDocument:
    text, warnings = read_text(path)
    lines = text.splitlines()
    if any(GRID_BORDER.match(line) for line in lines):
        text = "\n".join(grid_tables_as_rows(lines))
    return ParsedDocument(format="text", units=[Unit(text=text)], warnings=warnings)

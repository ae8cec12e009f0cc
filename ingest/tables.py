"""Tables as text: rows of cells however a loader rendered them, and a PDF's layout-mode text, where cells
stand apart by two or more spaces and a cell's wrapped lines stand under it (read by column position, not by
wording)."""

from __future__ import annotations

import re

ALIGN = 3  # characters a cell may stand off its column's start


def segments(line: str) -> list[tuple[int, str]]:
    """The cells of a layout line with their start columns (single spaces stay inside a cell)."""
    return [(m.start(), m.group(0)) for m in re.finditer(r"\S+(?: \S+)*", line)]


def column_pairs(page: str) -> list[tuple[str, str]]:
    """(header, value) for each cell of the first row under a header row of three or more word-only cells -
    a register extract or a one-row summary table. Header cells wrapped onto the next line ("Certificate" /
    "Registration No.") and value cells wrapped below their row are joined back by position."""
    lines = page.splitlines()
    for i, line in enumerate(lines):
        heads = segments(line)
        if len(heads) < 3 or any(re.search(r"\d", text) or len(text) > 40 for _, text in heads):
            continue
        starts, names = [s for s, _ in heads], [t for _, t in heads]
        j = i + 1
        while j < len(lines) and lines[j].strip() and not re.search(r"\d", lines[j]) and aligned(lines[j], starts):
            for start, text in segments(lines[j]):  # a header cell wrapped onto the next line
                k = column(start, starts)
                names[k] = f"{names[k]} {text}"
            j += 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j >= len(lines) or not aligned(lines[j], starts):
            continue
        values: dict[int, str] = {}
        while j < len(lines) and lines[j].strip() and aligned(lines[j], starts):
            for start, text in segments(lines[j]):
                k = column(start, starts)
                values[k] = f"{values[k]} {text}" if k in values else text
            j += 1
        if len(values) >= 2:
            return [(names[k], values[k]) for k in sorted(values)]
    return []


def column(start: int, starts: list[int]) -> int:
    """The column a cell starting at `start` belongs to: the last one starting at or before it."""
    return max((k for k, s in enumerate(starts) if s <= start + ALIGN), default=0)


def aligned(line: str, starts: list[int]) -> bool:
    """Every cell of the line starts at one of the columns."""
    return all(any(abs(start - s) <= ALIGN for s in starts) for start, _ in segments(line))


KEYED_CELL = re.compile(r"^[^:;|]{1,30}: ")  # a table row rendered with its headers: "Nr.: F-1; Einstufung: Minor"


def keyed_row(line: str, least: int = 3) -> bool:
    """A table row rendered with its headers, of at least `least` cells ("Standard: ISO 9001; Issued: ...")."""
    return bool(KEYED_CELL.match(line)) and line.count("; ") >= least - 1


def cells_in_place(line: str) -> list[str]:
    """A pipe- or tab-separated row's cells in their places, empty ones kept, so the rows of one table line up
    column by column with their header ("a | | c" has three); Markdown's outer bars are no cells."""
    row = line.strip("\r\n")
    if row.strip().startswith("|"):
        row = re.sub(r"^\s*\||\|\s*$", "", row)
    return [cell.strip() for cell in re.split(r"\s*\|\s*|\t", row.strip(" "))]


def cells_of(line: str) -> list[str]:
    """The cells of a table row: "a | b | c", a Markdown row, tab-separated, or "Header: a; Header: b"."""
    return [value for _, value in keyed_cells(line)]


def keyed_cells(line: str, least: int = 3) -> list[tuple[str, str]]:
    """The cells of a table row with the header each was rendered with ("" where the row has none); a row
    rendered with its headers has at least `least` cells."""
    if keyed_row(line, least):
        return [(key.strip(), value.strip()) for part in line.split("; ") if ": " in part
                for key, value in [part.split(": ", 1)]]
    return [("", c.strip()) for c in re.split(r"\s*\|\s*|\t", line.strip().strip("*-•|").strip()) if c.strip()]

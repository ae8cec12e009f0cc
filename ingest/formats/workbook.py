"""Cell values of an Excel workbook, read with python-calamine.

openpyxl builds every cell style of a workbook before giving out one value, and the RMI templates
carry thousands of named styles: three quarters of a second per EMRT, most of a corpus's XLSX
time. We read values only, so calamine (a Rust reader) gives the same rows in milliseconds. The
small interface here is the part of openpyxl's read-only workbook the readers use: sheet names,
visible sheets, and rows of values with None for an empty cell.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import python_calamine as calamine

from ingest.errors import UnreadableFile
from ingest.limits import check_office_archive, check_table_size


def _value(value: Any) -> Any:
    """As the file stores it: Excel keeps every number as a float, and 96 is written "96"."""
    if value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
PERCENT_FORMATS = {9, 10}  # Excel's built-in "0%" and "0.00%"
CELL = re.compile(r"([A-Z]+)(\d+)")


def percent_cells(path: Path) -> dict[str, set[tuple[int, int]]]:
    """Per sheet name, the cells (row, column; 1-based) shown as a percent: calamine gives the stored fraction
    (0.97), a reader of the sheet sees "97%". Read from the workbook's XML; {} when it cannot be."""
    try:
        with zipfile.ZipFile(path) as book:
            names = set(book.namelist())
            styles = ElementTree.fromstring(book.read("xl/styles.xml")) if "xl/styles.xml" in names else None
            if styles is None:
                return {}
            custom = {int(f.get("numFmtId", "0")): f.get("formatCode", "")
                      for f in styles.iter(f"{MAIN}numFmt")}
            xfs = styles.find(f"{MAIN}cellXfs")
            percent_styles = {n for n, xf in enumerate(xfs if xfs is not None else [])
                              if (fid := int(xf.get("numFmtId", "0"))) in PERCENT_FORMATS
                              or "%" in re.sub(r'"[^"]*"|\\.', "", custom.get(fid, ""))}
            if not percent_styles:
                return {}
            found: dict[str, set[tuple[int, int]]] = {}
            for name, member in sheet_members(book).items():
                cells = found.setdefault(name, set())
                for cell in ElementTree.fromstring(book.read(member)).iter(f"{MAIN}c"):
                    if int(cell.get("s", "0")) in percent_styles and (at := CELL.fullmatch(cell.get("r", ""))):
                        column = 0
                        for letter in at.group(1):
                            column = column * 26 + ord(letter) - 64
                        cells.add((int(at.group(2)), column))
            return found
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError):
        return {}


def sheet_members(book: zipfile.ZipFile) -> dict[str, str]:
    """Each sheet's name and the archive member holding its XML."""
    names = set(book.namelist())
    workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    members = {}
    for sheet in workbook.iter(f"{MAIN}sheet"):
        target = targets.get(sheet.get(RELATIONSHIP), "")
        member = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        if member in names:
            members[sheet.get("name", "")] = member
    return members


HIDDEN = re.compile(rb'hidden="(?:1|true)"')


def hidden_rows_and_columns(path: Path) -> dict[str, tuple[set[int], set[int]]]:
    """Per sheet name, its hidden rows and columns (1-based): what a reader of the sheet does not see. Only a
    sheet whose XML marks something hidden is parsed."""
    found: dict[str, tuple[set[int], set[int]]] = {}
    try:
        with zipfile.ZipFile(path) as book:
            for name, member in sheet_members(book).items():
                xml = book.read(member)
                if not HIDDEN.search(xml):
                    continue
                rows: set[int] = set()
                columns: set[int] = set()
                for element in ElementTree.fromstring(xml).iter():
                    if element.get("hidden") not in ("1", "true"):
                        continue
                    if element.tag == f"{MAIN}row":
                        rows.add(int(element.get("r", "0")))
                    elif element.tag == f"{MAIN}col":
                        columns.update(range(int(element.get("min", "0")), int(element.get("max", "0")) + 1))
                found[name] = (rows, columns)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError):
        return {}
    return found


def as_percent(value: Any) -> Any:
    """A fraction shown as a percent, as the sheet shows it: 0.975 is "97.5 %"."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{round(value * 100, 6):g} %"
    return value


class Sheet:
    def __init__(self, sheet: Any, visible: bool):
        self.title: str = sheet.name
        self.visible = visible
        self._sheet = sheet
        self._rows: list[tuple[Any, ...]] | None = None

    def shown_rows(self, percent: set[tuple[int, int]], hidden: tuple[set[int], set[int]] = (set(), set())
                   ) -> list[tuple[Any, ...]]:
        """Rows of values as the sheet shows them: a fraction in a `percent` cell (row, column) as its percent;
        hidden rows and columns left out."""
        rows, columns = hidden
        return [tuple(as_percent(value) if (r, c) in percent else value for c, value in enumerate(row, start=1)
                      if c not in columns)
                for r, row in enumerate(self._all_rows(), start=1) if r not in rows]

    def hidden_values(self, hidden: tuple[set[int], set[int]]) -> list[str]:
        """The values in the sheet's hidden rows and columns, as text."""
        rows, columns = hidden
        return [str(value) for r, row in enumerate(self._all_rows(), start=1) for c, value in enumerate(row, start=1)
                if value is not None and (r in rows or c in columns)]

    def _all_rows(self) -> list[tuple[Any, ...]]:
        if self._rows is None:
            # From A1, so that a row's and a column's position are the sheet's own.
            self._rows = [tuple(_value(value) for value in row)
                          for row in self._sheet.to_python(skip_empty_area=False)]
        return self._rows

    def iter_rows(self, min_row: int = 1, max_row: int | None = None,
                  max_col: int | None = None) -> Iterator[tuple[Any, ...]]:
        """Rows of values, 1-based and inclusive like a spreadsheet's row numbers."""
        for row in self._all_rows()[min_row - 1:max_row]:
            yield row[:max_col] if max_col is not None else row


class Workbook:
    def __init__(self, path: Path):
        self.path = path
        check_office_archive(path)
        try:
            self._book = calamine.CalamineWorkbook.from_path(str(path))
        except Exception as exc:  # calamine's errors are one opaque class per failure kind
            raise UnreadableFile(f"not a readable Excel workbook ({type(exc).__name__}: {exc})") from None
        visible = {meta.name: meta.visible == calamine.SheetVisibleEnum.Visible
                   for meta in self._book.sheets_metadata}
        self.sheetnames: list[str] = list(self._book.sheet_names)
        self._sheets: dict[str, Sheet] = {}
        self._visible = visible

    def __getitem__(self, name: str) -> Sheet:
        if name not in self._sheets:
            try:
                sheet = self._book.get_sheet_by_name(name)
            except Exception as exc:
                raise UnreadableFile(f"sheet {name!r} cannot be read ({type(exc).__name__}: {exc})") from None
            check_table_size(sheet.height, sheet.width, f"sheet {name!r}")
            self._sheets[name] = Sheet(sheet, self._visible.get(name, True))
        return self._sheets[name]


    @property
    def visible_sheets(self) -> list[Sheet]:
        return [self[name] for name in self.sheetnames if self._visible.get(name, True)]

    @property
    def hidden_sheet_names(self) -> list[str]:
        return [name for name in self.sheetnames if not self._visible.get(name, True)]

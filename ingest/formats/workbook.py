"""Cell values of an Excel workbook, read with python-calamine.

openpyxl builds every cell style of a workbook before giving out one value, and the RMI templates
carry thousands of named styles: three quarters of a second per EMRT, most of a corpus's XLSX
time. We read values only, so calamine (a Rust reader) gives the same rows in milliseconds. The
small interface here is the part of openpyxl's read-only workbook the readers use: sheet names,
visible sheets, and rows of values with None for an empty cell.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import python_calamine as calamine

from ingest.errors import UnreadableFile


def _value(value: Any) -> Any:
    """As the file stores it: Excel keeps every number as a float, and 96 is written "96"."""
    if value == "":
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class Sheet:
    def __init__(self, sheet: Any, visible: bool):
        self.title: str = sheet.name
        self.visible = visible
        self._sheet = sheet
        self._rows: list[tuple[Any, ...]] | None = None

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
            self._sheets[name] = Sheet(sheet, self._visible.get(name, True))
        return self._sheets[name]

    @property
    def visible_sheets(self) -> list[Sheet]:
        return [self[name] for name in self.sheetnames if self._visible.get(name, True)]

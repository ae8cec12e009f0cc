"""Excel workbooks: RMI EMRT/CMRT declarations by position (see rmi.py); any other workbook as
header-aware table text, one unit per visible sheet."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

from ingest.errors import UnreadableFile
from ingest.formats import rmi
from ingest.formats.tables import rows_to_text
from ingest.formats.workbook import Workbook, hidden_rows_and_columns, percent_cells
from ingest.models import HIDDEN_TEXT, ParsedDocument, Unit, hidden_warning

QUOTED_VALUES = 50  # of a hidden sheet's or row's values, enough to quote in its warning


def load_xlsx(path: Path) -> ParsedDocument:
    if path.stat().st_size == 0:
        raise UnreadableFile("empty file (0 bytes)")
    workbook = Workbook(path)
    layout = rmi.detect(workbook.sheetnames)
    if layout is not None:
        return ParsedDocument(format="xlsx-rmi", units=rmi.read(workbook, layout), title=layout.name)
    units = []
    sheets = workbook.visible_sheets  # each sheet's size is checked here, before its XML is read for percent cells
    percent = percent_cells(workbook.path)  # a KPI or an SLA target stored as 0.97 and shown "97%" is read as 97 %
    hidden = hidden_rows_and_columns(workbook.path)  # what a reader of the sheet does not see is no evidence
    warnings = []
    for sheet in sheets:
        rows_and_columns = hidden.get(sheet.title, (set(), set()))
        text = rows_to_text(sheet.shown_rows(percent.get(sheet.title, set()), rows_and_columns))
        if text:
            units.append(Unit(text=text, section=[sheet.title], kind="table"))
        if secret := sheet.hidden_values(rows_and_columns)[:QUOTED_VALUES]:
            warnings.append(hidden_warning(" ".join(secret), f"hidden rows or columns of sheet {sheet.title!r}"))
    for name in workbook.hidden_sheet_names:
        try:
            values = (str(value) for row in workbook[name].iter_rows() for value in row if value is not None)
        except UnreadableFile as exc:  # too large to look into: said so, the visible sheets still count
            warnings.append(f"{HIDDEN_TEXT} (hidden sheet {name!r}): not read, {exc.reason}")
            continue
        if secret := list(islice(values, QUOTED_VALUES)):
            warnings.append(hidden_warning(" ".join(secret), f"hidden sheet {name!r}"))
    if not units:
        raise UnreadableFile("the workbook has no data in its visible sheets")
    return ParsedDocument(format="xlsx", units=units, warnings=warnings)

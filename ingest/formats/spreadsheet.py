"""Excel workbooks: RMI EMRT/CMRT declarations by position (see rmi.py); any other workbook as
header-aware table text, one unit per visible sheet."""

from __future__ import annotations

from pathlib import Path

from ingest.errors import UnreadableFile
from ingest.formats import rmi
from ingest.formats.tables import rows_to_text
from ingest.formats.workbook import Workbook, percent_cells
from ingest.models import ParsedDocument, Unit


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
    for sheet in sheets:
        text = rows_to_text(sheet.shown_rows(percent.get(sheet.title, set())))
        if text:
            units.append(Unit(text=text, section=[sheet.title], kind="table"))
    if not units:
        raise UnreadableFile("the workbook has no data in its visible sheets")
    return ParsedDocument(format="xlsx", units=units)

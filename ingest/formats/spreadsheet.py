"""Excel workbooks: RMI EMRT/CMRT declarations by position (see rmi.py); any other workbook as
header-aware table text, one unit per visible sheet."""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

from ingest.errors import UnreadableFile
from ingest.formats import rmi
from ingest.formats.tables import rows_to_text
from ingest.models import ParsedDocument, Unit


def load_xlsx(path: Path) -> ParsedDocument:
    if path.stat().st_size == 0:
        raise UnreadableFile("empty file (0 bytes)")
    with warnings.catch_warnings():  # openpyxl notes formatting extensions it drops; we read values only
        warnings.simplefilter("ignore", UserWarning)
        try:
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
            raise UnreadableFile(f"not a readable Excel workbook ({type(exc).__name__}: {exc})") from None
        try:
            layout = rmi.detect(workbook.sheetnames)
            if layout is not None:
                return ParsedDocument(format="xlsx-rmi", units=rmi.read(workbook, layout), title=layout.name)
            units = []
            for sheet in workbook.worksheets:
                if sheet.sheet_state != "visible":
                    continue
                text = rows_to_text(list(sheet.iter_rows(values_only=True)))
                if text:
                    units.append(Unit(text=text, section=[sheet.title], kind="table"))
        finally:
            workbook.close()
    if not units:
        raise UnreadableFile("the workbook has no data in its visible sheets")
    return ParsedDocument(format="xlsx", units=units)

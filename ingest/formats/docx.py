"""Word documents: paragraphs in order with their heading levels; tables as header-aware rows."""

from __future__ import annotations

import zipfile
from pathlib import Path

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from ingest.errors import UnreadableFile
from ingest.formats.tables import rows_to_text
from ingest.limits import check_office_archive
from ingest.models import ParsedDocument, Unit


def heading_level(paragraph: Paragraph) -> int | None:
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    if name == "Title":
        return 0
    if name.startswith("Heading "):
        try:
            return int(name.split()[1])
        except ValueError:
            return None
    return None


def load_docx(path: Path) -> ParsedDocument:
    if path.stat().st_size == 0:
        raise UnreadableFile("empty file (0 bytes)")
    check_office_archive(path)
    try:
        document = Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as exc:
        raise UnreadableFile(f"not a readable Word document ({type(exc).__name__}: {exc})") from None
    units: list[Unit] = []
    trail: list[tuple[int, str]] = []
    buffer: list[str] = []
    title = document.core_properties.title or None

    def flush() -> None:
        if any(line.strip() for line in buffer):
            units.append(Unit(text="\n".join(buffer).strip(), section=[h for _, h in trail]))
        buffer.clear()

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            level = heading_level(block)
            if level is not None and block.text.strip():
                flush()
                title = title or block.text.strip()
                trail = [(lvl, h) for lvl, h in trail if lvl < level] + [(level, block.text.strip())]
            if block.text.strip():
                buffer.append(block.text)
        elif isinstance(block, Table):
            flush()
            rows = [[cell.text for cell in row.cells] for row in block.rows]
            table_text = rows_to_text(rows)
            if table_text:
                units.append(Unit(text=table_text, section=[h for _, h in trail], kind="table"))
    flush()
    if not units:
        raise UnreadableFile("no text in the Word document")
    return ParsedDocument(format="docx", units=units, title=title)

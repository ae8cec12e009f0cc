"""Word documents: paragraphs in order with their heading levels; tables as header-aware rows."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ingest.errors import UnreadableFile
from ingest.formats.tables import rows_to_text
from ingest.limits import check_office_archive
from ingest.models import ParsedDocument, Unit, hidden_warning

TINY_POINTS = 2.0  # type set smaller than this cannot be read
WHITE = {"FFFFFF", "FEFEFE", "FDFDFD", "FCFCFC"}
NO_FILL = {None, "auto", "FFFFFF"}


def inherited(run: Run, paragraph: Paragraph, read: Callable[[Any], Any]) -> Any:
    """A run's font property as Word shows it: set on the run, else on its character style, else on the
    paragraph's style (each style following its base styles)."""
    if (value := read(run.font)) is not None:
        return value
    for style in (run.style, paragraph.style):
        while style is not None:
            if (value := read(style.font)) is not None:
                return value
            style = style.base_style
    return None


def unseen(run: Run, paragraph: Paragraph, shaded: bool) -> bool:
    """Text Word does not show, or shows where no one can read it: hidden, tiny, or white on an unshaded page."""
    if inherited(run, paragraph, lambda font: font.hidden):
        return True
    size = inherited(run, paragraph, lambda font: font.size)
    if size is not None and size.pt < TINY_POINTS:
        return True
    colour = inherited(run, paragraph, lambda font: font.color.rgb if font.color.type is not None else None)
    return str(colour) in WHITE and not shaded and run.font.highlight_color is None and not has_fill(run._r)


def has_fill(element: Any) -> bool:
    """Whether a run, paragraph or cell has a coloured background of its own (white text on it shows)."""
    properties = next((child for child in element if child.tag in (qn("w:rPr"), qn("w:pPr"), qn("w:tcPr"))), None)
    shading = properties.find(qn("w:shd")) if properties is not None else None
    return shading is not None and shading.get(qn("w:fill")) not in NO_FILL


def split_text(paragraph: Paragraph, shaded: bool = False) -> tuple[str, str]:
    """The paragraph's text a reader sees, and its text no reader sees ("" when none)."""
    shaded = shaded or has_fill(paragraph._p)
    runs = [(run, unseen(run, paragraph, shaded)) for item in paragraph.iter_inner_content()
            for run in (item.runs if isinstance(item, Hyperlink) else [item])]
    if not any(hidden for _, hidden in runs):
        return paragraph.text, ""
    return ("".join(run.text for run, hidden in runs if not hidden),
            "".join(run.text for run, hidden in runs if hidden))


def cell_text(cell: _Cell, hidden: list[str]) -> str:
    shaded = has_fill(cell._tc)
    parts = [split_text(paragraph, shaded) for paragraph in cell.paragraphs]
    hidden += [secret for _, secret in parts if secret.strip()]
    return "\n".join(text for text, _ in parts)


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
    hidden: list[str] = []

    def flush() -> None:
        if any(line.strip() for line in buffer):
            units.append(Unit(text="\n".join(buffer).strip(), section=[h for _, h in trail]))
        buffer.clear()

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text, secret = split_text(block)
            if secret.strip():
                hidden.append(secret)
            level = heading_level(block)
            if level is not None and text.strip():
                flush()
                title = title or text.strip()
                trail = [(lvl, h) for lvl, h in trail if lvl < level] + [(level, text.strip())]
            if text.strip():
                buffer.append(text)
        elif isinstance(block, Table):
            flush()
            rows = [[cell_text(cell, hidden) for cell in row.cells] for row in block.rows]
            table_text = rows_to_text(rows)
            if table_text:
                units.append(Unit(text=table_text, section=[h for _, h in trail], kind="table"))
    flush()
    if not units:
        raise UnreadableFile("no text in the Word document" + ("; only hidden text" if hidden else ""))
    warnings = [hidden_warning(" | ".join(dict.fromkeys(hidden)), "hidden or unreadable runs")] if hidden else []
    return ParsedDocument(format="docx", units=units, title=title, warnings=warnings)

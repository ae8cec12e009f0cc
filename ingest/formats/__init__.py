"""Loaders, one per format, each with one job: bytes in, a ParsedDocument (or UnreadableFile) out.
Every file is read in a child process with a time and memory limit (`read_part`, run by ingest.pipeline)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ingest.errors import UnreadableFile
from ingest.formats.docx import load_docx
from ingest.formats.pdf import extract_part
from ingest.formats.spreadsheet import load_xlsx
from ingest.formats.structured import load_csv, load_json, load_yaml
from ingest.formats.text import load_markdown, load_plain_text
from ingest.models import ParsedDocument

IN_PROCESS: dict[str, Callable[[Path], ParsedDocument]] = {
    ".md": load_markdown, ".markdown": load_markdown, ".txt": load_plain_text,
    ".docx": load_docx, ".xlsx": load_xlsx, ".xlsm": load_xlsx, ".csv": load_csv,
    ".yaml": load_yaml, ".yml": load_yaml, ".json": load_json,
}
PDF = ".pdf"
SUPPORTED = frozenset([*IN_PROCESS, PDF])
LEGACY = {".doc": ".docx", ".xls": ".xlsx", ".ppt": ".pdf"}


def unsupported_reason(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in SUPPORTED:
        return None
    if suffix in LEGACY:
        return f"old binary Office format ({suffix}); save it as {LEGACY[suffix]} and ingest again"
    return f"unsupported file type '{suffix or path.name}'"


def load_in_process(path: Path) -> ParsedDocument:
    loader = IN_PROCESS.get(path.suffix.lower())
    if loader is None:
        raise UnreadableFile(unsupported_reason(path) or "unsupported file type")
    return loader(path)


def read_part(task: tuple[Path, int, int]) -> object:
    """One child's task (path, part, parts): a part of a PDF's pages (merged by the pipeline), or a whole file of
    any other format as its ParsedDocument."""
    if task[0].suffix.lower() == PDF:
        return extract_part(task)
    return load_in_process(task[0])

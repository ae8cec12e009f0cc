"""PDF: one unit per page, pages numbered as a reader sees them (1-based)."""

from __future__ import annotations

import logging
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from ingest.errors import UnreadableFile
from ingest.models import ParsedDocument, Unit

NO_TEXT = "no extractable text — needs OCR"


def sniff_not_pdf(head: bytes) -> str | None:
    if not head.strip():
        return "empty file (0 bytes)" if not head else "empty file (only whitespace)"
    if b"%PDF-" in head[:1024]:
        return None
    lowered = head[:512].lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered:
        return "not a PDF: the file is an HTML page saved with a .pdf name"
    if head.startswith(b"PK\x03\x04"):
        return "not a PDF: the file is a ZIP/Office document saved with a .pdf name"
    return "not a PDF: the file does not start with a PDF header"


def extract_pages(path: Path) -> tuple[list[str], str | None]:
    """Page texts and the document title. Runs in a child process (see ingest.timebox)."""
    with path.open("rb") as handle:
        reason = sniff_not_pdf(handle.read(2048))
        handle.seek(max(0, path.stat().st_size - 2048))
        tail = handle.read()
    if reason:
        raise UnreadableFile(reason)
    if b"%%EOF" not in tail:  # pypdf would "recover" what it can; a buyer should know the file is cut off
        raise UnreadableFile("truncated PDF: the end-of-file marker is missing (incomplete download or copy?)")
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # broken xref warnings are not failures
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (NotImplementedError, FileNotDecryptedError, PdfReadError) as exc:
                raise UnreadableFile(f"encrypted PDF that cannot be opened: {exc}") from None
            if not opened:
                raise UnreadableFile("encrypted PDF: a password is required to read it")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
    except UnreadableFile:
        raise
    except FileNotDecryptedError:
        raise UnreadableFile("encrypted PDF: a password is required to read it") from None
    except (PdfReadError, ValueError, KeyError, TypeError, AssertionError, IndexError) as exc:
        raise UnreadableFile(f"corrupt or truncated PDF ({type(exc).__name__}: {exc})") from None
    if not pages:
        raise UnreadableFile("corrupt or truncated PDF: no pages")
    return pages, str(title) if title else None


def to_document(pages: list[str], title: str | None) -> ParsedDocument:
    units = [Unit(text=text, page=number) for number, text in enumerate(pages, start=1) if text.strip()]
    if not units:
        raise UnreadableFile(NO_TEXT)
    blank = [str(n) for n, text in enumerate(pages, start=1) if not text.strip()]
    warnings = [f"pages without a text layer (scans?) skipped: {', '.join(blank)}"] if blank else []
    return ParsedDocument(format="pdf", units=units, pages=len(pages), title=title, warnings=warnings)

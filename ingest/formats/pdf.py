"""PDF: one unit per page, pages numbered as a reader sees them (1-based)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from ingest.errors import UnreadableFile
from ingest.models import PAGES_SKIPPED, ParsedDocument, Unit

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


PART_BYTES = 1_000_000  # PDFs larger than this are read in page-interleaved parts by several workers


def parts_for(size: int, workers: int) -> int:
    return max(1, min(workers, size // PART_BYTES + 1))


def extract_part(job: tuple[Path, int, int]) -> tuple[list[str | None], str | None]:
    """Part `part` of `parts` of a PDF: the text of every parts-th page from page `part`, None for
    the pages another part reads. Runs in a child process (see ingest.timebox)."""
    path, part, parts = job
    pages, title = extract_pages(path, lambda number: number % parts == part)
    return pages, title


def merge_parts(results: list[tuple[list[str | None], str | None]]) -> tuple[list[str], str | None]:
    merged: list[str] = []
    for i in range(len(results[0][0])):
        texts = [text for pages, _ in results if (text := pages[i]) is not None]
        merged.append(texts[0] if texts else "")
    return merged, results[0][1]


def extract_pages(path: Path, wanted: Callable[[int], bool] = lambda number: True) -> tuple[list, str | None]:
    """Page texts (None for pages not `wanted`) and the document title."""
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
        pages = [(page.extract_text() or "") if wanted(number) else None
                 for number, page in enumerate(reader.pages)]
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
    warnings = [f"{PAGES_SKIPPED}: {', '.join(blank)}"] if blank else []
    return ParsedDocument(format="pdf", units=units, pages=len(pages), title=title, warnings=warnings)


def layout_pages(path: Path) -> list[str]:
    """Page texts with columns kept where they stand (pypdf layout mode), for reading tables whose
    narrow cells wrap. Runs in a child process (see ingest.timebox)."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    return [page.extract_text(extraction_mode="layout") or "" for page in PdfReader(path).pages]

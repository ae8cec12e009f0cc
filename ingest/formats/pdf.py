"""PDF: one unit per page, pages numbered as a reader sees them (1-based)."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from ingest.errors import UnreadableFile
from ingest.formats.pdf_hidden import drop_unseen, page_texts
from ingest.models import PAGES_SKIPPED, ParsedDocument, Unit, hidden_warning

NO_TEXT = "no extractable text — needs OCR"
WORDS = re.compile(r"[^\W\d_]{3,}")  # hidden text worth reporting says something (not glyph markers alone)


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


Hidden = dict[int, str]  # page number (1-based) -> the text on it no reader sees (ingest.formats.pdf_hidden)


def extract_part(job: tuple[Path, int, int]) -> tuple[list[str | None], str | None, Hidden]:
    """Part `part` of `parts` of a PDF: the text of every parts-th page from page `part`, None for
    the pages another part reads. Runs in a child process (see ingest.timebox)."""
    path, part, parts = job
    return extract_pages(path, lambda number: number % parts == part)


def merge_parts(results: list[tuple[list[str | None], str | None, Hidden]]) -> tuple[list[str], str | None, Hidden]:
    merged: list[str] = []
    for i in range(len(results[0][0])):
        texts = [text for pages, _, _ in results if (text := pages[i]) is not None]
        merged.append(texts[0] if texts else "")
    return merged, results[0][1], {n: text for _, _, hidden in results for n, text in hidden.items()}


def extract_pages(path: Path, wanted: Callable[[int], bool] = lambda number: True) -> tuple[list, str | None, Hidden]:
    """Page texts without what no reader sees (None for pages not `wanted`), the document title, and the
    hidden text by page."""
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
        pages: list[str | None] = []
        hidden: Hidden = {}
        for number, page in enumerate(reader.pages):
            if not wanted(number):
                pages.append(None)
                continue
            text, unseen = page_texts(page)
            pages.append(text)
            if unseen:
                hidden[number + 1] = unseen
        title = reader.metadata.title if reader.metadata else None
    except UnreadableFile:
        raise
    except FileNotDecryptedError:
        raise UnreadableFile("encrypted PDF: a password is required to read it") from None
    except (PdfReadError, ValueError, KeyError, TypeError, AssertionError, IndexError) as exc:
        raise UnreadableFile(f"corrupt or truncated PDF ({type(exc).__name__}: {exc})") from None
    if not pages:
        raise UnreadableFile("corrupt or truncated PDF: no pages")
    return pages, str(title) if title else None, hidden


def to_document(pages: list[str], title: str | None, hidden: Hidden | None = None) -> ParsedDocument:
    units = [Unit(text=text, page=number) for number, text in enumerate(pages, start=1) if text.strip()]
    if not units:
        raise UnreadableFile(NO_TEXT if not hidden else f"{NO_TEXT}; only text no reader sees")
    blank = [str(n) for n, text in enumerate(pages, start=1) if not text.strip()]
    warnings = [f"{PAGES_SKIPPED}: {', '.join(blank)}"] if blank else []
    if shown := {number: text for number, text in (hidden or {}).items() if WORDS.search(text)}:
        distinct = list(dict.fromkeys(shown[number] for number in sorted(shown)))  # a hidden footer once
        warnings.append(hidden_warning(" | ".join(distinct), "p. " + ", ".join(str(n) for n in sorted(shown))))
    return ParsedDocument(format="pdf", units=units, pages=len(pages), title=title, warnings=warnings)


def layout_pages(path: Path) -> list[str]:
    """Page texts with columns kept where they stand (pypdf layout mode), for reading tables whose
    narrow cells wrap. Runs in a child process (see ingest.timebox)."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    pages = []
    for page in PdfReader(path).pages:
        drop_unseen(page)  # what no reader sees is no evidence in any reading
        pages.append(page.extract_text(extraction_mode="layout") or "")
    return pages

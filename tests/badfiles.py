"""Files made the way they arrive in real life: unreadable ones for the ingestion tests, and plain
one-page PDFs in wordings the corpus does not use."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from conftest import CORPUS

GOOD_PDF = CORPUS / "policies" / "quality-management-policy.pdf"


def write_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page PDF with these lines of text, reproducible byte for byte."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 780
    for line in lines:
        page.drawString(60, y, line)
        y -= 18
    page.save()
    return path


def encrypted_pdf(path: Path) -> Path:
    writer = PdfWriter(clone_from=PdfReader(GOOD_PDF))
    writer.encrypt(user_password="s3cret", owner_password="owner", algorithm="AES-256")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def truncated_pdf(path: Path) -> Path:
    data = GOOD_PDF.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def html_as_pdf(path: Path) -> Path:
    path.write_text("<!DOCTYPE html><html><head><title>Login</title></head><body>Session expired</body></html>")
    return path


def scanned_pdf(path: Path) -> Path:
    """Pages with drawings only and no text layer, as a scanner without OCR produces."""
    page = canvas.Canvas(str(path), invariant=1)
    for _ in range(2):
        page.rect(50, 50, 400, 600, fill=1)
        page.showPage()
    page.save()
    return path


def partly_scanned_pdf(path: Path, lines: list[str]) -> Path:
    """A first page of text and a second scanned without OCR: read in part."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for n, line in enumerate(lines):
        page.drawString(60, 780 - 18 * n, line)
    page.showPage()
    page.rect(50, 50, 400, 600, fill=1)
    page.showPage()
    page.save()
    return path


def latin1_text(path: Path) -> Path:
    path.write_bytes("Prüfbericht für Zellen: Gültig bis 31.12.2027. Größe: 12 µm.\n".encode("latin-1"))
    return path

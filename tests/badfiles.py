"""Unreadable files made the way they arrive in real life, for the ingestion tests."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from conftest import CORPUS

GOOD_PDF = CORPUS / "policies" / "quality-management-policy.pdf"


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


def latin1_text(path: Path) -> Path:
    path.write_bytes("Prüfbericht für Zellen: Gültig bis 31.12.2027. Größe: 12 µm.\n".encode("latin-1"))
    return path

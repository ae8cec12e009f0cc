"""Small rendering helpers for the corpus generator: PDFs that look like different issuers made
them, and byte-for-byte reproducible Office files."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

# Office files carry timestamps; every generated one gets this instead of "now".
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
FIXED_ISO_TIME = "2026-01-01T00:00:00Z"


def long_date(d: dt.date) -> str:
    return f"{d.day} {d:%B %Y}"


def us_date(d: dt.date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def dot_date(d: dt.date) -> str:
    return f"{d:%d.%m.%Y}"


def slash_date(d: dt.date) -> str:
    return f"{d:%Y/%m/%d}"


def iso_date(d: dt.date) -> str:
    return d.isoformat()


@dataclass(frozen=True)
class House:
    """The look of one issuer's documents."""

    name: str
    font: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    accent: str = "#1f3a5f"
    pagesize: tuple[float, float] = A4
    header: str = ""
    footer: str = ""
    base_size: float = 10

    def styles(self) -> dict[str, ParagraphStyle]:
        accent = colors.HexColor(self.accent)
        base = ParagraphStyle("base", fontName=self.font, fontSize=self.base_size,
                              leading=self.base_size * 1.35, spaceAfter=4)
        return {
            "p": base,
            "small": ParagraphStyle("small", parent=base, fontSize=self.base_size - 2,
                                    leading=(self.base_size - 2) * 1.3),
            "title": ParagraphStyle("title", parent=base, fontName=self.bold, fontSize=18,
                                    leading=22, textColor=accent, alignment=TA_CENTER,
                                    spaceAfter=10),
            "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=14,
                                       alignment=TA_CENTER, spaceAfter=8),
            "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
            "big": ParagraphStyle("big", parent=base, fontName=self.bold, fontSize=13,
                                  leading=17, alignment=TA_CENTER, spaceAfter=6),
            "h1": ParagraphStyle("h1", parent=base, fontName=self.bold, fontSize=12.5,
                                 leading=16, textColor=accent, spaceBefore=8, spaceAfter=4),
            "h2": ParagraphStyle("h2", parent=base, fontName=self.bold, fontSize=10.5,
                                 leading=14, spaceBefore=5, spaceAfter=2),
            "cell": ParagraphStyle("cell", parent=base, fontSize=self.base_size - 1,
                                   leading=(self.base_size - 1) * 1.3, spaceAfter=0),
            "cellb": ParagraphStyle("cellb", parent=base, fontName=self.bold,
                                    fontSize=self.base_size - 1,
                                    leading=(self.base_size - 1) * 1.3, spaceAfter=0),
        }


class Doc:
    """A story of flowables written in this house's style."""

    def __init__(self, house: House):
        self.house = house
        self.s = house.styles()
        self.story: list = []

    def para(self, text: str, style: str = "p") -> Doc:
        self.story.append(Paragraph(escape(text), self.s[style]))
        return self

    def rich(self, markup: str, style: str = "p") -> Doc:
        """A paragraph with reportlab inline markup (<b>, <i>); the caller escapes data."""
        self.story.append(Paragraph(markup, self.s[style]))
        return self

    def bullets(self, items: list[str]) -> Doc:
        for item in items:
            self.story.append(Paragraph(escape(item), self.s["p"], bulletText="•"))
        return self

    def space(self, height_mm: float = 4) -> Doc:
        self.story.append(Spacer(1, height_mm * mm))
        return self

    def page_break(self) -> Doc:
        self.story.append(PageBreak())
        return self

    def table(self, rows: list[list[str]], widths: list[float] | None = None, *,
              header: bool = True, grid: bool = True, label_column: bool = False) -> Doc:
        cells = []
        for r, row in enumerate(rows):
            out = []
            for c, value in enumerate(row):
                bold = (header and r == 0) or (label_column and c == 0)
                out.append(Paragraph(escape(str(value)), self.s["cellb" if bold else "cell"]))
            cells.append(out)
        col_widths = [w * mm for w in widths] if widths else None
        table = Table(cells, colWidths=col_widths, repeatRows=1 if header else 0, hAlign="LEFT")
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if grid:
            style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8a8a")))
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6ebf2")))
        table.setStyle(TableStyle(style))
        self.story.append(table)
        self.story.append(Spacer(1, 3 * mm))
        return self

    def save(self, path: Path, *, title: str, author: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        house = self.house

        def decorate(canvas, doc) -> None:
            canvas.saveState()
            width, height = house.pagesize
            canvas.setFont(house.font, 7.5)
            canvas.setFillColor(colors.HexColor("#555555"))
            if house.header:
                canvas.drawString(18 * mm, height - 12 * mm, house.header)
            canvas.drawString(18 * mm, 10 * mm, house.footer)
            canvas.drawRightString(width - 18 * mm, 10 * mm, f"Page {doc.page}")
            canvas.restoreState()

        template = SimpleDocTemplate(
            str(path), pagesize=house.pagesize, invariant=1, title=title, author=author,
            creator=house.name, producer=house.name, subject=title,
            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm, bottomMargin=18 * mm,
        )
        template.build(self.story, onFirstPage=decorate, onLaterPages=decorate)


LETTER_SIZE = LETTER

_TIMESTAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def normalise_office_zip(path: Path) -> None:
    """Rewrite an xlsx/docx so the same content always gives the same bytes: fixed entry times
    and fixed created/modified properties (openpyxl and python-docx stamp "now")."""
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = _TIMESTAMP.sub(rb"\g<1>" + FIXED_ISO_TIME.encode() + rb"\g<2>", data)
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, data)

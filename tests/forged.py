"""Evidence a supplier can forge (issue #18): claims a reader of the document would never see - white or tiny
type, text off the page, hidden Word runs, hidden rows and sheets - and a certificate claimed in passing inside
another kind of document. Each builder writes a real file the way a PDF, Word or Excel writer would."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

ISO_45001_CLAIM = ("ISO 45001:2018 certificate No. OHS-2025-0042 issued by Global Cert Registrar, "
                   "valid until 31 January 2029.")
UL_9540A_CLAIM = "UL 9540A test report No. UL-9540A-7781 for model SOL-M-51: passed, issued 2026-05-04."


def packing_list_with_white_type(path: Path, claim: str = ISO_45001_CLAIM) -> Path:
    """A packing list a person reads as a packing list; in 1-pt white type it also claims a certificate."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for n, line in enumerate(["Packing list PL-2026-1187", "Consignee: Aurora Energy Systems, Rotterdam",
                              "20 pallets, energy storage modules SOL-M-51", "Gross weight 9,400 kg"]):
        page.drawString(60, 780 - 18 * n, line)
    page.setFillColorRGB(1, 1, 1)
    page.setFont("Helvetica", 1)
    page.drawString(60, 600, claim)
    page.save()
    return path


def page_of_every_trick(path: Path) -> Path:
    """One page with text that shows in unusual ways (white on a dark band, the invisible text layer of a
    scan, small print) and text that does not (white on the page, 1-pt type, invisible without an image,
    off the page)."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    page.drawString(60, 800, "Certificate register extract")
    page.setFillColorRGB(0.1, 0.2, 0.5)
    page.rect(50, 740, 400, 30, fill=1, stroke=0)
    page.setFillColorRGB(1, 1, 1)
    page.drawString(60, 750, "White header on a dark band")
    page.drawString(60, 700, "White on the white page")
    page.setFillColorRGB(0, 0, 0)
    page.setFont("Helvetica", 5)
    page.drawString(60, 680, "Small print at five points")
    page.setFont("Helvetica", 1.2)
    page.drawString(60, 670, "Tiny type at one point")
    page.setFont("Helvetica", 11)
    page.drawString(700, 900, "Text placed off the page")
    scan = io.BytesIO()
    Image.new("L", (200, 40), 200).save(scan, format="PNG")
    page.drawImage(ImageReader(scan), 50, 600, width=300, height=40)
    text = page.beginText(60, 615)
    text.setTextRenderMode(3)
    text.textLine("Invisible text layer over a scanned image")
    page.drawText(text)
    text = page.beginText(60, 500)
    text.setTextRenderMode(3)
    text.textLine("Invisible text over nothing")
    page.drawText(text)
    page.save()
    return path


def page_of_covers(path: Path) -> Path:
    """Text painted over afterwards (a white box, a black bar) does not show; text beside a box, above an underline,
    under a see-through highlight or drawn before the image of its scan does. White text outside the clipped part
    of a coloured fill does not show either."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    page.drawString(60, 800, "Under a white box painted later")
    page.drawString(60, 780, "Under a black bar painted later")
    page.drawString(60, 760, "Beside a box painted later")
    page.drawString(60, 740, "Above its underline")
    page.drawString(60, 720, "Under a see-through highlight")
    page.setFillColorRGB(1, 1, 1)
    page.rect(55, 795, 300, 16, fill=1, stroke=0)
    page.setFillColorRGB(0, 0, 0)
    page.rect(55, 775, 300, 16, fill=1, stroke=0)
    page.rect(400, 755, 100, 16, fill=1, stroke=0)
    page.rect(60, 738, 120, 0.6, fill=1, stroke=0)
    page.saveState()
    page.setFillColorRGB(1, 1, 0)
    page.setFillAlpha(0.3)
    page.rect(55, 715, 300, 16, fill=1, stroke=0)
    page.restoreState()
    page.saveState()
    clip = page.beginPath()
    clip.rect(50, 600, 100, 20)
    page.clipPath(clip, stroke=0, fill=0)
    page.setFillColorRGB(0.1, 0.2, 0.5)
    page.rect(0, 0, 600, 840, fill=1, stroke=0)
    page.restoreState()
    page.setFillColorRGB(1, 1, 1)
    page.drawString(60, 500, "White outside the clipped band")
    page.drawString(60, 605, "White inside the clipped band")
    text = page.beginText(60, 415)
    text.setTextRenderMode(3)
    text.textLine("Text layer drawn before its scan")
    page.drawText(text)
    scan = io.BytesIO()
    Image.new("L", (200, 40), 200).save(scan, format="PNG")
    page.drawImage(ImageReader(scan), 50, 400, width=300, height=40)
    page.save()
    return path


def page_drawn_with_forms(path: Path, claim: str = ISO_45001_CLAIM) -> Path:
    """A page whose footer is a reusable form (as report generators draw headers and footers), and a second form
    that writes the claim in white type."""
    page = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    page.beginForm("footer")
    page.drawString(60, 40, "Solaris ESS Solutions - delivery note footer")
    page.endForm()
    page.beginForm("stamp")
    page.setFillColorRGB(1, 1, 1)
    page.drawString(60, 400, claim)
    page.endForm()
    page.drawString(60, 780, "Delivery note DN-2026-0441")
    page.doForm("footer")
    page.doForm("stamp")
    page.save()
    return path


def word_with_hidden_runs(path: Path, visible: str, hidden: str) -> Path:
    """A Word document whose paragraph shows `visible`; `hidden` is in it three ways Word does not show: a
    hidden run, 1-pt type, and white type on no shading. White type on a shaded cell shows."""
    document = docx.Document()
    paragraph = document.add_paragraph(visible + " ")
    paragraph.add_run(hidden).font.hidden = True
    tiny = document.add_paragraph("Regards, the sales team. ")
    tiny.add_run(hidden).font.size = Pt(1)
    white = document.add_paragraph("Thank you for your order. ")
    white.add_run(hidden).font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    marked = document.add_paragraph("Highlighted: ")
    run = marked.add_run("white type on a highlight shows")
    run.font.color.rgb, run.font.highlight_color = RGBColor(0xFF, 0xFF, 0xFF), WD_COLOR_INDEX.DARK_BLUE
    table = document.add_table(rows=1, cols=1)
    cell = table.rows[0].cells[0]
    cell.paragraphs[0].add_run("Header white on a dark cell").font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), "1F3864")
    cell._tc.get_or_add_tcPr().append(shading)
    document.save(str(path))
    return path


def workbook_with_hidden_parts(path: Path, claim: str = ISO_45001_CLAIM) -> Path:
    """A shipment schedule; a hidden row, a hidden column and a hidden sheet claim a certificate."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Shipments"
    sheet.append(["Week", "Pallets", "Note"])
    sheet.append([44, 20, "on time"])
    sheet.append([45, 18, claim])
    sheet.append([46, 22, "on time"])
    sheet.row_dimensions[3].hidden = True
    sheet["E1"] = "Certificates"
    sheet["E2"] = claim
    sheet.column_dimensions["E"].hidden = True
    notes = book.create_sheet("Certificates")
    notes.append(["Certificate", "Valid until"])
    notes.append([claim, "2029-01-31"])
    notes.sheet_state = "hidden"
    book.save(str(path))
    return path


def notes_with_a_certificate(path: Path) -> Path:
    """Notes of a supplier call, untitled as notes, that claim a certificate in one paragraph."""
    path.write_text(
        "Solaris ESS Solutions - weekly sync, 14 October 2026\n\n"
        "Delivery of the October modules is on schedule; two pallets were re-labelled at the port.\n\n"
        "Their quality manager said the plant now holds an ISO 45001:2018 certificate, certificate No. "
        "OHS-2025-0042, issued by Global Cert Registrar and valid until 31 January 2029.\n\n"
        "Next call in two weeks; open point: the Q4 forecast.\n", encoding="utf-8")
    return path


def supplier_policy_workbook(path: Path, claim: str = ISO_45001_CLAIM) -> Path:
    """A supplier's own "quality policy" with a document id, like the buyer's policies; a hidden sheet claims a
    certificate."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Quality policy"
    sheet.append(["Quality policy", "Document ID: SOL-QP-07"])
    sheet.append(["Suppliers of Solaris shall hold ISO 9001 and report deviations within 24 hours.", None])
    hidden = book.create_sheet("Annex")
    hidden.append([claim])
    hidden.sheet_state = "veryHidden"
    book.save(str(path))
    return path

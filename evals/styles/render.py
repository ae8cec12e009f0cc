"""One neutral document model, written out as PDF, DOCX, Markdown or text.

A generator builds a `Doc` (headings, paragraphs, label-value lines, tables, bullets, page breaks, a
running header and footer) and picks the format; the writers here turn it into real files: PDFs with
real text, tables and several pages (reportlab), Word files with real tables and headers (python-docx).
Every writer is deterministic: the same Doc gives the same bytes (reportlab `invariant=1`; Office
files are re-zipped with fixed timestamps).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


@dataclass
class Heading:
    text: str
    level: int = 1


@dataclass
class Para:
    text: str
    bold: bool = False
    small: bool = False


@dataclass
class KV:
    """Label-value pairs. layout: colon ("Label: value"), table (two columns), tab ("Label<tab>value"),
    dots ("Label ..... value")."""

    pairs: list[tuple[str, str]]
    layout: str = "colon"
    bold_labels: bool = False


@dataclass
class Table:
    header: list[str] | None
    rows: list[list[str]]


@dataclass
class Bullets:
    items: list[str]
    marker: str = "-"


@dataclass
class Lines:
    """Lines kept as they are (signature blocks, addresses)."""

    lines: list[str]


@dataclass
class PageBreak:
    pass


Block = Heading | Para | KV | Table | Bullets | Lines | PageBreak


@dataclass
class Doc:
    title: str
    blocks: list[Block] = field(default_factory=list)
    header: str | None = None  # running header, every page
    footer: str | None = None  # running footer; "{page}" and "{pages}" are replaced where the format allows
    show_title: bool = True

    def h(self, text: str, level: int = 1) -> Doc:
        self.blocks.append(Heading(text, level))
        return self

    def p(self, text: str, bold: bool = False, small: bool = False) -> Doc:
        self.blocks.append(Para(text, bold, small))
        return self

    def kv(self, pairs: list[tuple[str, str]], layout: str = "colon", bold_labels: bool = False) -> Doc:
        self.blocks.append(KV([(a, b) for a, b in pairs], layout, bold_labels))
        return self

    def table(self, header: list[str] | None, rows: list[list[str]]) -> Doc:
        self.blocks.append(Table(header, rows))
        return self

    def bullets(self, items: list[str], marker: str = "-") -> Doc:
        self.blocks.append(Bullets(list(items), marker))
        return self

    def lines(self, lines: list[str]) -> Doc:
        self.blocks.append(Lines(list(lines)))
        return self

    def pagebreak(self) -> Doc:
        self.blocks.append(PageBreak())
        return self


_PAGES = re.compile(r"\s*(?:of|/|von|sur|de)\s*\{pages\}")


def static_running(text: str) -> str:
    """A running header or footer for a format without page fields: page 1, no total."""
    return _PAGES.sub("", text).replace("{page}", "1")


def kv_line(label: str, value: str, layout: str) -> str:
    if layout == "tab":
        return f"{label}\t{value}"
    if layout == "dots":
        return f"{label} {'.' * max(3, 28 - len(label))} {value}"
    if layout == "dash":
        return f"{label} – {value}"
    return f"{label}: {value}"


# -- PDF -----------------------------------------------------------------------------------------

_PDF_SUBST = {"≥": ">=", "≤": "<=", "→": "->", "☐": "[ ]", "☒": "[X]", "✓": "x", "\t": "    "}


def _pdf_text(text: str) -> str:
    for a, b in _PDF_SUBST.items():
        text = text.replace(a, b)
    return escape(text.encode("cp1252", "replace").decode("cp1252"))


def write_pdf(doc: Doc, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak as RLPageBreak
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus import Table as RLTable

    sheet = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=sheet["BodyText"], fontName="Helvetica", fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, textColor=colors.grey)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceBefore=0, spaceAfter=0)
    heads = {1: sheet["Heading1"], 2: sheet["Heading2"], 3: sheet["Heading3"]}
    width = A4[0] - 40 * mm
    grid = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]

    def flowables() -> list:
        flow: list = []
        if doc.show_title:
            flow.append(Paragraph(_pdf_text(doc.title), sheet["Title"]))
        for b in doc.blocks:
            if isinstance(b, Heading):
                flow.append(Paragraph(_pdf_text(b.text), heads.get(b.level, heads[3])))
            elif isinstance(b, Para):
                t = _pdf_text(b.text)
                flow.append(Paragraph(f"<b>{t}</b>" if b.bold else t, small if b.small else body))
            elif isinstance(b, KV) and b.layout == "table":
                rows = [[Paragraph(_pdf_text(k), cell), Paragraph(_pdf_text(v), cell)] for k, v in b.pairs]
                t = RLTable(rows, colWidths=[width * 0.36, width * 0.64])
                t.setStyle(grid)
                flow += [t, Spacer(1, 4 * mm)]
            elif isinstance(b, KV):
                for k, v in b.pairs:
                    if b.bold_labels and b.layout == "colon":
                        flow.append(Paragraph(f"<b>{_pdf_text(k)}:</b> {_pdf_text(v)}", body))
                    else:
                        flow.append(Paragraph(_pdf_text(kv_line(k, v, b.layout)), body))
            elif isinstance(b, Table):
                data = ([b.header] if b.header else []) + b.rows
                ncol = max(len(r) for r in data)
                rows = [[Paragraph(_pdf_text(str(c)), cell) for c in r] + [""] * (ncol - len(r)) for r in data]
                t = RLTable(rows, colWidths=[width / ncol] * ncol, repeatRows=1 if b.header else 0)
                style = list(grid)
                if b.header:
                    style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")))
                t.setStyle(style)
                flow += [t, Spacer(1, 4 * mm)]
            elif isinstance(b, Bullets):
                for item in b.items:
                    flow.append(Paragraph(_pdf_text(f"{b.marker} {item}" if b.marker else item), body))
            elif isinstance(b, Lines):
                for line in b.lines:
                    flow.append(Paragraph(_pdf_text(line) or "&nbsp;", body))
            elif isinstance(b, PageBreak):
                flow.append(RLPageBreak())
        return flow

    header, footer = doc.header, doc.footer
    total = {"pages": 0}

    def decorate(canvas, tmpl) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        page, pages = str(canvas.getPageNumber()), str(total["pages"] or "?")
        if header:
            canvas.drawString(20 * mm, A4[1] - 12 * mm,
                              _plain_pdf(header.replace("{page}", page).replace("{pages}", pages)))
        if footer:
            canvas.drawString(20 * mm, 10 * mm, _plain_pdf(footer.replace("{page}", page).replace("{pages}", pages)))
        canvas.restoreState()

    def build() -> tuple[bytes, int]:
        buf = io.BytesIO()
        tmpl = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                                 bottomMargin=18 * mm, title=doc.title, author="", subject="", creator="",
                                 invariant=1)
        tmpl.build(flowables(), onFirstPage=decorate, onLaterPages=decorate)
        return buf.getvalue(), tmpl.page

    data, pages = build()
    if "{pages}" in (header or "") + (footer or ""):
        total["pages"] = pages
        data, _ = build()
    path.write_bytes(data)


def _plain_pdf(text: str) -> str:
    for a, b in _PDF_SUBST.items():
        text = text.replace(a, b)
    return text.encode("cp1252", "replace").decode("cp1252")


# -- DOCX ----------------------------------------------------------------------------------------

def write_docx(doc: Doc, path: Path) -> None:
    import docx

    d = docx.Document()
    d.core_properties.title = doc.title
    d.core_properties.author = ""
    d.core_properties.created = dt.datetime(2026, 1, 1)
    d.core_properties.modified = dt.datetime(2026, 1, 1)
    d.core_properties.last_modified_by = ""
    d.core_properties.revision = 1
    sec = d.sections[0]
    if doc.header:
        sec.header.paragraphs[0].text = static_running(doc.header)
    if doc.footer:
        sec.footer.paragraphs[0].text = static_running(doc.footer)
    if doc.show_title:
        d.add_heading(doc.title, 0)
    for b in doc.blocks:
        if isinstance(b, Heading):
            d.add_heading(b.text, min(b.level, 3))
        elif isinstance(b, Para):
            para = d.add_paragraph()
            run = para.add_run(b.text)
            run.bold = b.bold
        elif isinstance(b, KV):
            if b.layout == "table":
                t = d.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for k, v in b.pairs:
                    cells = t.add_row().cells
                    cells[0].text, cells[1].text = k, v
                d.add_paragraph()
            else:
                for k, v in b.pairs:
                    para = d.add_paragraph()
                    if b.bold_labels and b.layout == "colon":
                        para.add_run(f"{k}:").bold = True
                        para.add_run(f" {v}")
                    else:
                        para.add_run(kv_line(k, v, b.layout))
        elif isinstance(b, Table):
            data = ([b.header] if b.header else []) + b.rows
            ncol = max(len(r) for r in data)
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(data):
                cells = t.add_row().cells
                for j in range(ncol):
                    cells[j].text = str(r[j]) if j < len(r) else ""
                    if i == 0 and b.header:
                        for run in cells[j].paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph()
        elif isinstance(b, Bullets):
            for item in b.items:
                if b.marker in ("-", "•", "*"):
                    d.add_paragraph(item, style="List Bullet")
                else:
                    d.add_paragraph(f"{b.marker} {item}" if b.marker else item)
        elif isinstance(b, Lines):
            for line in b.lines:
                d.add_paragraph(line)
        elif isinstance(b, PageBreak):
            d.add_page_break()
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(fix_zip(buf.getvalue()))


# -- Markdown and text ---------------------------------------------------------------------------

def _md_cell(text: str) -> str:
    return str(text).replace("|", "/").replace("\n", " ")


def to_markdown(doc: Doc) -> str:
    out: list[str] = []
    if doc.header:
        out += [static_running(doc.header).replace(" of {pages}", ""), ""]
    if doc.show_title:
        out += [f"# {doc.title}", ""]
    for b in doc.blocks:
        if isinstance(b, Heading):
            out += [f"{'#' * min(b.level + 1, 4)} {b.text}", ""]
        elif isinstance(b, Para):
            out += [f"**{b.text}**" if b.bold else (f"_{b.text}_" if b.small else b.text), ""]
        elif isinstance(b, KV):
            if b.layout == "table":
                out += ["| | |", "|---|---|"] + [f"| {_md_cell(k)} | {_md_cell(v)} |" for k, v in b.pairs] + [""]
            else:
                for k, v in b.pairs:
                    if b.bold_labels and b.layout == "colon":
                        out.append(f"**{k}:** {v}  ")
                    else:
                        out.append(kv_line(k, v, b.layout) + "  ")
                out.append("")
        elif isinstance(b, Table):
            data = ([b.header] if b.header else [[""] * len(b.rows[0])]) + b.rows
            ncol = max(len(r) for r in data)
            out.append("| " + " | ".join(_md_cell(c) for c in data[0]) + " |")
            out.append("|" + "---|" * ncol)
            for r in data[1:]:
                out.append("| " + " | ".join(_md_cell(c) for c in list(r) + [""] * (ncol - len(r))) + " |")
            out.append("")
        elif isinstance(b, Bullets):
            marker = b.marker if b.marker in ("-", "*", "+") else "-"
            out += [f"{marker} {item}" for item in b.items] + [""]
        elif isinstance(b, Lines):
            out += [line + "  " for line in b.lines] + [""]
        elif isinstance(b, PageBreak):
            out += ["---", ""]
    if doc.footer:
        out += ["", static_running(doc.footer)]
    return "\n".join(out).rstrip() + "\n"


def to_text(doc: Doc) -> str:
    out: list[str] = []
    if doc.header:
        out += [static_running(doc.header).replace(" of {pages}", ""), ""]
    if doc.show_title:
        out += [doc.title.upper(), "=" * min(len(doc.title), 70), ""]
    for b in doc.blocks:
        if isinstance(b, Heading):
            out += [b.text, "-" * min(len(b.text), 70)]
        elif isinstance(b, Para):
            out += [b.text, ""]
        elif isinstance(b, KV):
            layout = "dots" if b.layout == "table" else b.layout
            out += [kv_line(k, v, layout) for k, v in b.pairs] + [""]
        elif isinstance(b, Table):
            data = ([b.header] if b.header else []) + b.rows
            widths = [max(len(str(r[i])) if i < len(r) else 0 for r in data) for i in range(max(map(len, data)))]
            for r in data:
                out.append("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=False)).rstrip())
            out.append("")
        elif isinstance(b, Bullets):
            out += [f"{b.marker} {item}" if b.marker else item for item in b.items] + [""]
        elif isinstance(b, Lines):
            out += b.lines + [""]
        elif isinstance(b, PageBreak):
            out += ["\f"]
    if doc.footer:
        out += [static_running(doc.footer)]
    return "\n".join(out).rstrip() + "\n"


def write_doc(doc: Doc, fmt: str, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "pdf":
        write_pdf(doc, path)
    elif fmt == "docx":
        write_docx(doc, path)
    elif fmt == "md":
        path.write_text(to_markdown(doc), encoding="utf-8")
    elif fmt == "txt":
        path.write_text(to_text(doc), encoding="utf-8")
    else:
        raise ValueError(f"no writer for {fmt}")


# -- deterministic Office zips -------------------------------------------------------------------

_CORE_TIME = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def fix_zip(data: bytes) -> bytes:
    """Re-zip an Office file with fixed member timestamps and fixed core-property dates, so that the
    same content gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _CORE_TIME.sub(rb"\g<1>2026-01-01T00:00:00Z\g<2>", body)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def save_workbook(wb, path: Path) -> None:
    """Save an openpyxl workbook deterministically."""
    wb.properties.creator = ""
    wb.properties.created = dt.datetime(2026, 1, 1)
    wb.properties.modified = dt.datetime(2026, 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(fix_zip(buf.getvalue()))

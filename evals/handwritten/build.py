"""Hand-written evaluation corpus: supplier documents worded the way real labs, certification bodies and
audit firms word them, written without reading the product's extractors or the styles generator.

    python -m evals.handwritten.build OUT_DIR

Writes OUT_DIR/suppliers/<Supplier>/<subfolder>/<file>, OUT_DIR/truth.json (the format evals/styles/score.py
reads) and OUT_DIR/.govignore. Deterministic: PDFs with reportlab invariant=1, Office files re-zipped with
fixed timestamps and fixed document properties. Every supplier, laboratory, certification body and audit firm
is invented.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

AS_OF = dt.date(2026, 11, 15)
FIXED = dt.datetime(2026, 1, 1, 0, 0, 0)
FIXED_ISO = "2026-01-01T00:00:00Z"

# ---------------------------------------------------------------------------------------------------------
# rendering helpers
# ---------------------------------------------------------------------------------------------------------
# A document body is a list of blocks:
#   ("title", text) ("h", text) ("p", text) ("small", text) ("b", text)  -- bold paragraph
#   ("table", rows, opts)  opts: header (bool, default True), widths (list of mm), size (font size)
#   ("kv", [(label, value), ...], opts)  -- two-column table without header
#   ("bullets", [text, ...]) ("numbered", [text, ...]) ("pb",) ("sp", mm)


def T(rows, header=True, widths=None, size=None, repeat=True):
    return ("table", rows, {"header": header, "widths": widths, "size": size, "repeat": repeat})


def KV(pairs, widths=None, size=None):
    return ("kv", pairs, {"widths": widths, "size": size})


def _pdf_styles(font, size):
    from reportlab.lib.styles import ParagraphStyle

    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[font]
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 5, leading=size + 8, spaceAfter=8),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 1.5, leading=size + 4, spaceBefore=8,
                            spaceAfter=4),
        "p": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.3, spaceAfter=4),
        "b": ParagraphStyle("b", fontName=bold, fontSize=size, leading=size * 1.3, spaceAfter=4),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3, spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName=font, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25),
        "bullet": ParagraphStyle("bullet", fontName=font, fontSize=size, leading=size * 1.3, leftIndent=12,
                                 bulletIndent=2, spaceAfter=2),
    }


def _canvas_class(header, footer, font):
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as rl_canvas

    class Decorated(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            k["invariant"] = 1
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):  # noqa: N802 - reportlab API
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for i, state in enumerate(self._saved, 1):
                self.__dict__.update(state)
                self._decorate(i, n)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

        def _decorate(self, i, n):
            w, h = self._pagesize
            self.saveState()
            self.setFont(font, 7.5)
            if header:
                left, right = header if isinstance(header, tuple) else (header, "")
                self.drawString(18 * mm, h - 11 * mm, left.format(p=i, n=n))
                if right:
                    self.drawRightString(w - 18 * mm, h - 11 * mm, right.format(p=i, n=n))
                self.line(18 * mm, h - 12.5 * mm, w - 18 * mm, h - 12.5 * mm)
            if footer:
                left, right = footer if isinstance(footer, tuple) else (footer, "")
                self.drawString(18 * mm, 10 * mm, left.format(p=i, n=n))
                if right:
                    self.drawRightString(w - 18 * mm, 10 * mm, right.format(p=i, n=n))
            self.restoreState()

    return Decorated


def write_pdf(path: Path, blocks, header=None, footer=None, font="Helvetica", size=9.5, letter=False,
              title="", author=""):
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import letter as LETTER
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    rl_config.invariant = 1

    def _texts(x):
        if isinstance(x, str):
            yield x
        elif isinstance(x, (list, tuple)):
            for y in x:
                yield from _texts(y)

    for text in list(_texts(blocks)) + list(_texts(header)) + list(_texts(footer)):
        text.encode("cp1252")  # the standard PDF fonts draw WinAnsi only; fail loudly instead of drawing boxes
    st = _pdf_styles(font, size)
    pagesize = LETTER if letter else A4
    width = pagesize[0] - 36 * mm
    story = []

    def para(text, style):
        return Paragraph(escape(str(text)).replace("\n", "<br/>"), st[style])

    for b in blocks:
        kind = b[0]
        if kind in ("title", "h", "p", "small", "b"):
            story.append(para(b[1], kind))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "sp":
            story.append(Spacer(1, b[1] * mm))
        elif kind in ("bullets", "numbered"):
            items = [ListItem(para(t, "p"), leftIndent=14) for t in b[1]]
            story.append(ListFlowable(items, bulletType="bullet" if kind == "bullets" else "1",
                                      start="\u2022" if kind == "bullets" else "1", leftIndent=14,
                                      bulletFontName=font, bulletFontSize=size))
        elif kind in ("table", "kv"):
            opts = b[2]
            cs = dict(st)
            if opts.get("size"):
                cs = _pdf_styles(font, opts["size"] + 1)
            rows = b[1] if kind == "table" else [[k, v] for k, v in b[1]]
            has_head = opts.get("header", True) if kind == "table" else False
            data = []
            for r, row in enumerate(rows):
                cells = []
                for c, v in enumerate(row):
                    bold = (has_head and r == 0) or (kind == "kv" and c == 0)
                    cells.append(Paragraph(escape(str(v)).replace("\n", "<br/>"), cs["cellb" if bold else "cell"]))
                data.append(cells)
            ncol = max(len(r) for r in rows)
            if opts.get("widths"):
                widths = [w * mm for w in opts["widths"]]
            elif kind == "kv":
                widths = [width * 0.34, width * 0.66]
            else:
                widths = [width / ncol] * ncol
            t = Table(data, colWidths=widths, repeatRows=1 if has_head and opts.get("repeat", True) else 0)
            style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if has_head:
                style.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.93)))
            if kind == "kv":
                style.append(("BACKGROUND", (0, 0), (0, -1), colors.Color(0.95, 0.95, 0.95)))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 3 * mm))
        else:
            raise ValueError(kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, invariant=1, title=title, author=author,
                            creator="", producer="")
    doc.build(story, canvasmaker=_canvas_class(header, footer, font))


_CORE_DATES = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def _rezip(path: Path) -> None:
    """Rewrite an Office file with fixed zip timestamps and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = _CORE_DATES.sub(lambda m: m.group(1) + FIXED_ISO.encode() + m.group(3), data)
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            out.writestr(info, data)
    path.write_bytes(buf.getvalue())


def write_docx(path: Path, blocks, header=None, footer=None, font="Calibri", size=10, author=""):
    from docx import Document
    from docx.shared import Mm, Pt

    d = Document()
    normal = d.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=1)
        elif kind == "h":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "b":
            d.add_paragraph().add_run(b[1]).bold = True
        elif kind == "small":
            run = d.add_paragraph().add_run(b[1])
            run.font.size = Pt(size - 2)
        elif kind == "pb":
            d.add_page_break()
        elif kind == "sp":
            d.add_paragraph("")
        elif kind == "bullets":
            for t in b[1]:
                d.add_paragraph(t, style="List Bullet")
        elif kind == "numbered":
            for t in b[1]:
                d.add_paragraph(t, style="List Number")
        elif kind in ("table", "kv"):
            rows = b[1] if kind == "table" else [[k, v] for k, v in b[1]]
            header_row = b[2].get("header", True) if kind == "table" else False
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c in range(ncol):
                    v = row[c] if c < len(row) else ""
                    cell = t.cell(r, c)
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(str(v))
                    run.font.size = Pt(size - 1)
                    if (header_row and r == 0) or (kind == "kv" and c == 0):
                        run.bold = True
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))
    _rezip(path)


def write_xlsx(path: Path, sheets, author=""):
    """sheets: [(title, rows, {"widths": [...], "bold_rows": [...], "formats": {(r, c): fmt}})]; rows are lists of
    values (str, number, date); a date cell gets the format given for its position or dd.mm.yyyy."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    for title, rows, opts in sheets:
        ws = wb.create_sheet(title)
        for r, row in enumerate(rows, 1):
            for c, v in enumerate(row, 1):
                if v is None or v == "":
                    continue
                cell = ws.cell(row=r, column=c, value=v)
                if isinstance(v, (dt.date, dt.datetime)):
                    cell.number_format = opts.get("formats", {}).get((r, c), opts.get("date_format", "DD.MM.YYYY"))
                if r in opts.get("bold_rows", []):
                    cell.font = Font(bold=True)
        for i, w in enumerate(opts.get("widths", []), 1):
            ws.column_dimensions[chr(64 + i)].width = w
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    _rezip(path)


def write_text(path: Path, text: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.strip("\n") + "\n", encoding="utf-8")


def md_table(rows):
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join("---" for _ in rows[0]) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows[1:]]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------------------
# truth helpers
# ---------------------------------------------------------------------------------------------------------

DOC_TYPES = {"certificate": ["certificate"], "audit": ["audit_report"], "transport_test": ["test_summary"],
             "safety_test": ["test_report"], "noise": ["other"]}


def cert(standard, number, holder, issuer, issued, expires):
    return {"kind": "certificate", "standard": standard, "number": number, "holder": holder, "issuer": issuer,
            "issued": issued, "expires": expires}


def un(report_id, lab, date, model, results, signed_by, wh, mass_g, missing=()):
    return {"kind": "transport_test", "report_id": report_id, "lab": lab, "date": date, "model": model,
            "results": dict(results), "signed_by": signed_by, "missing_elements": list(missing),
            "watt_hours": wh, "mass_g": mass_g}


def saf(standard, report_id, lab, date, model, verdict, level=None):
    f = {"kind": "safety_test", "standard": standard, "report_id": report_id, "lab": lab, "date": date,
         "model": model, "verdict": verdict}
    if level:
        f["level"] = level
    return f


def findings(audit_type, firm, items, report_date=None, audit_date=None):
    """items: [(finding_id, severity, status, due)]; empty -> the one no-findings fact."""
    base = {"kind": "audit_finding", "audit_type": audit_type, "audit_firm": firm}
    if report_date:
        base["report_date"] = report_date
    if audit_date:
        base["audit_date"] = audit_date
    if not items:
        return [dict(base, finding_id=None, severity=None, status=None, due=None)]
    return [dict(base, finding_id=i, severity=s, status=st, due=d) for i, s, st, d in items]


CELL = {"T.1": "pass", "T.2": "pass", "T.3": "pass", "T.4": "pass", "T.5": "pass", "T.6": "pass", "T.7": "n/a",
        "T.8": "pass"}
BATT = {"T.1": "pass", "T.2": "pass", "T.3": "pass", "T.4": "pass", "T.5": "pass", "T.6": "n/a", "T.7": "pass",
        "T.8": "n/a"}

UN_NAMES_EN = {"T.1": "Altitude simulation", "T.2": "Thermal test", "T.3": "Vibration", "T.4": "Shock",
               "T.5": "External short circuit", "T.6": "Impact / Crush", "T.7": "Overcharge",
               "T.8": "Forced discharge"}


# ---------------------------------------------------------------------------------------------------------
# the world: suppliers, laboratories (all invented)
# ---------------------------------------------------------------------------------------------------------

SUP = {
    "voltaris": dict(folder="Voltaris Cell Technologies", legal="Voltaris Cell Technologies GmbH", country="Germany",
                     segment="cell_manufacturer", automotive=True,
                     addr="Annaberger Straße 212, 09125 Chemnitz, Germany", tel="+49 371 5550 200",
                     mail="compliance@voltaris-cells.de", web="www.voltaris-cells.de"),
    "hengrui": dict(folder="Jiangsu Hengrui New Energy Co., Ltd.", legal="Jiangsu Hengrui New Energy Co., Ltd.",
                    country="China", segment="cell_manufacturer", automotive=True,
                    addr="No. 18 Xinghu Road, Jintan District, Changzhou, Jiangsu 213200, P.R. China",
                    tel="+86 519 8288 6100", mail="export@hengrui-energy.cn", web="www.hengrui-energy.cn"),
    "hanbit": dict(folder="Hanbit Energy", legal="Hanbit Energy Cell Co., Ltd.", country="South Korea",
                   segment="cell_manufacturer", automotive=True,
                   addr="45, Ochang Science Industrial 2-ro, Cheongwon-gu, Cheongju-si, Chungcheongbuk-do 28125, "
                        "Republic of Korea", tel="+82 43 710 5500", mail="qa@hanbit-energy.co.kr",
                   web="www.hanbit-energy.co.kr"),
    "energa": dict(folder="Energa Pack Systems", legal="Energa Pack Systems Sp. z o.o.", country="Poland",
                   segment="pack_integrator", automotive=False, addr="ul. Logistyczna 14, 55-040 Kobierzyce, Poland",
                   tel="+48 71 880 4400", mail="quality@energapack.pl", web="www.energapack.pl"),
    "moravia": dict(folder="Moravia Battery Modules s.r.o.", legal="Moravia Battery Modules s.r.o.",
                    country="Czech Republic", segment="pack_integrator", automotive=True,
                    addr="Tovarni 1150, 686 01 Uherske Hradiste, Czech Republic", tel="+420 572 550 300",
                    mail="quality@mbm-modules.cz", web="www.mbm-modules.cz"),
    "ebro": dict(folder="Baterías del Ebro", legal="Baterías del Ebro S.A.", country="Spain",
                 segment="pack_integrator", automotive=False,
                 addr="Polígono Industrial Malpica, Calle E, nave 14, 50016 Zaragoza, España", tel="+34 976 470 900",
                 mail="calidad@bateriasdelebro.es", web="www.bateriasdelebro.es"),
    "pacific": dict(folder="Pacific Crest Energy Storage", legal="Pacific Crest Energy Storage Inc.",
                    country="United States", segment="pack_integrator", automotive=False,
                    addr="4100 Harbor Gateway Blvd, Suite 200, Stockton, CA 95206, USA", tel="+1 209 555 0164",
                    mail="compliance@pacificcrest-ess.com", web="www.pacificcrest-ess.com"),
    "catodi": dict(folder="Catodi Avanzati S.p.A.", legal="Catodi Avanzati S.p.A.", country="Italy",
                   segment="cathode_material", automotive=True, addr="Via dell'Industria 27, 28100 Novara (NO), Italia",
                   tel="+39 0321 690 411", mail="qualita@catodiavanzati.it", web="www.catodiavanzati.it"),
    "xiangjiang": dict(folder="Hunan Xiangjiang Cathode", legal="Hunan Xiangjiang Cathode Materials Co., Ltd.",
                       country="China", segment="cathode_material", automotive=False,
                       addr="No. 66 Tongzi Road, Xiangtan High-tech Zone, Hunan 411100, P.R. China",
                       tel="+86 731 5588 2100", mail="sales@xj-cathode.cn", web="www.xj-cathode.cn"),
    "lakeshore": dict(folder="Lakeshore Graphite Inc.", legal="Lakeshore Graphite Inc.", country="Canada",
                      segment="cell_component", automotive=False,
                      addr="1250 Rue Industrielle, Bécancour, QC G9H 3P2, Canada", tel="+1 819 555 0133",
                      mail="quality@lakeshoregraphite.ca", web="www.lakeshoregraphite.ca"),
    "solvia": dict(folder="Solvia Electrolytes", legal="Solvia Électrolytes S.A.S.", country="France",
                   segment="cell_component", automotive=False,
                   addr="Plateforme chimique de Roussillon, 38150 Roussillon, France", tel="+33 4 74 29 60 00",
                   mail="qualite@solvia-electrolytes.fr", web="www.solvia-electrolytes.fr"),
    "brightwell": dict(folder="Brightwell Power Electronics Ltd", legal="Brightwell Power Electronics Ltd.",
                       country="United Kingdom", segment="electronics_component", automotive=True,
                       addr="Unit 7, Meridian Business Park, Swindon SN5 7XR, United Kingdom",
                       tel="+44 1793 555 210", mail="quality@brightwell-pe.co.uk", web="www.brightwell-pe.co.uk"),
    "rheinkupfer": dict(folder="Rheinkupfer", legal="Rheinkupfer Stromschienen GmbH", country="Germany",
                        segment="mechanical_component", automotive=True,
                        addr="Hafenstraße 41, 47119 Duisburg, Germany", tel="+49 203 7390 500",
                        mail="qm@rheinkupfer.de", web="www.rheinkupfer.de"),
    "vdberg": dict(folder="Van der Berg Busbar Systems B.V.", legal="Van der Berg Busbar Systems B.V.",
                   country="Netherlands", segment="mechanical_component", automotive=False,
                   addr="Industrieweg 88, 5683 CG Best, Nederland", tel="+31 499 390 700",
                   mail="kwaliteit@vdberg-busbar.nl", web="www.vdberg-busbar.nl"),
}

LAB = {
    "BTZ": ("BatterieTest Zentrum Sachsen GmbH", "Zschopauer Straße 85, 09126 Chemnitz, Germany",
            "+49 371 4401 730", "pruefung@btz-sachsen.de", "www.btz-sachsen.de"),
    "LBS": ("Labor für Batteriesicherheit Süd GmbH", "Industriestraße 9, 89081 Ulm, Germany", "+49 731 9602 118",
            "labor@lbs-ulm.de", "www.lbs-ulm.de"),
    "SAB": ("Shenzhen Anxin Battery Testing Co., Ltd.",
            "Building 3, Hengfeng Industrial Park, Xixiang Street, Bao'an District, Shenzhen 518102, P.R. China",
            "+86 755 2960 8833", "service@anxin-battery-test.cn", "www.anxin-battery-test.cn"),
    "KCSL": ("K-Cell Safety Lab Co., Ltd.", "120, Gajeong-ro, Yuseong-gu, Daejeon 34129, Republic of Korea",
             "+82 42 860 7712", "test@kcell-lab.co.kr", "www.kcell-lab.co.kr"),
    "BBTC": ("Baltic Battery Test Centre Sp. z o.o.", "ul. Marynarki Polskiej 100, 80-557 Gdansk, Poland",
             "+48 58 340 2210", "lab@bbtc.pl", "www.bbtc.pl"),
    "CBTL": ("CZ Battery Test Lab s.r.o.", "Technicka 12, 616 00 Brno, Czech Republic", "+420 541 220 880",
             "lab@czbtl.cz", "www.czbtl.cz"),
    "CEBA": ("Centro de Ensayos de Baterías de Aragón S.L.", "Avenida de Ranillas 20, 50018 Zaragoza, España",
             "+34 976 555 410", "ensayos@ceba-lab.es", "www.ceba-lab.es"),
    "LEEL": ("Laboratoire d'Essais Électrochimiques de Lyon S.A.S.",
             "12 rue du Professeur Grignard, 69007 Lyon, France", "+33 4 72 80 15 60", "contact@leel-lyon.fr",
             "www.leel-lyon.fr"),
    "GLBTL": ("Great Lakes Battery Test Laboratory, Inc.", "2850 Commerce Park Drive, Ann Arbor, MI 48108, USA",
              "+1 734 555 0182", "reports@glbtl.com", "www.glbtl.com"),
    "MABSL": ("Mid-Atlantic Battery Safety Laboratory LLC", "610 Industrial Boulevard, Newark, DE 19711, USA",
              "+1 302 555 0147", "info@mabsl-lab.com", "www.mabsl-lab.com"),
}


def lab_line(key, sep=", "):
    name, addr, tel, mail, web = LAB[key]
    return f"{name}{sep}{addr}{sep}Tel. {tel}{sep}{mail}{sep}{web}"


def sup_line(key, sep=", "):
    s = SUP[key]
    return f"{s['legal']}{sep}{s['addr']}{sep}Tel. {s['tel']}{sep}{s['mail']}{sep}{s['web']}"


DOCS: list[dict] = []


def doc(sup, rel, kind, style, fmt, facts, flags=(), write=None):
    DOCS.append({"sup": sup, "rel": rel, "kind": kind, "style": style, "format": fmt, "facts": facts,
                 "flags": list(flags), "write": write})


# ---------------------------------------------------------------------------------------------------------
# Voltaris Cell Technologies (DE, cell manufacturer)
# ---------------------------------------------------------------------------------------------------------

def w_voltaris_iatf(p):
    write_pdf(p, [
        ("title", "ZERTIFIKAT / CERTIFICATE"),
        ("p", "Die Zertifizierungsstelle der Alpenland Zertifizierung GmbH bescheinigt hiermit, dass das Unternehmen\n"
              "The certification body of Alpenland Zertifizierung GmbH hereby certifies that the organization"),
        ("b", "Voltaris Cell Technologies GmbH"),
        ("p", "Annaberger Straße 212\n09125 Chemnitz\nDeutschland / Germany"),
        ("p", "für den Geltungsbereich / for the scope"),
        ("b", "Entwicklung und Herstellung von Lithium-Ionen-Zellen (zylindrisch und Pouch) für Automobilanwendungen\n"
              "Design and manufacture of lithium-ion cells (cylindrical and pouch) for automotive applications"),
        ("p", "ein Qualitätsmanagementsystem eingeführt hat und anwendet, das die Anforderungen folgender Norm "
              "erfüllt:\nhas established and applies a quality management system which meets the requirements of:"),
        ("title", "IATF 16949:2016"),
        ("small", "Erste Ausgabe 1. Oktober 2016, einschließlich der von der IATF anerkannten Interpretationen / "
                  "First edition 1 October 2016, including IATF sanctioned interpretations"),
        KV([("Zertifikat-Nr. / Certificate No.", "AZ-16949-0417-26"),
            ("IATF-Nr. / IATF No.", "0512345"),
            ("Auditbericht-Nr. / Audit report No.", "AR-2025-16949-0417"),
            ("Erstzertifizierung / Initial certification", "29.06.2019"),
            ("Gültig ab / Valid from", "29.06.2025"),
            ("Gültig bis / Valid until", "28.06.2028"),
            ("Ausstellungsdatum / Date of issue", "04.08.2025")]),
        ("p", "München, 04.08.2025"),
        ("sp", 8),
        ("p", "Dr. Katharina Seidl\nLeiterin der Zertifizierungsstelle / Head of Certification Body"),
        ("sp", 6),
        ("small", "Dieses Zertifikat ist nur in Verbindung mit dem Anhang „Unterstützungsstandorte“ gültig. Die "
                  "Gültigkeit kann in der IATF-Datenbank überprüft werden. / This certificate is only valid in "
                  "conjunction with the annex \"remote support locations\". Its validity can be checked in the IATF "
                  "database."),
    ], footer=("Alpenland Zertifizierung GmbH · Leopoldstraße 118 · 80802 München", ""))


doc("voltaris", "certificates/IATF16949_Voltaris_Zertifikat.pdf", "certificate", "certificate/iatf-bilingual-de-en",
    "pdf", [cert("IATF 16949:2016", "AZ-16949-0417-26", "Voltaris Cell Technologies GmbH",
                 "Alpenland Zertifizierung GmbH", "2025-08-04", "2028-06-28")],
    ["bilingual", "initial_certification_date"], w_voltaris_iatf)


def w_voltaris_vda(p):
    plan = [["Nr.", "Frage", "Feststellung", "Einstufung", "Maßnahme", "Verantwortlich", "Termin", "Status"],
            ["1", "P6.4.2*", "Prüfmittelfähigkeit für die Zellspannungsmessung am EOL-Prüfstand 3 nicht nachgewiesen; "
                            "Cg/Cgk-Studie (MSA Verfahren 1) fehlt.",
             "Hauptabweichung", "MSA Verfahren 1 und 2 durchführen, Prüfanweisung PA-EOL-03 ergänzen",
             "Hr. Ludwig (QS)", "30.06.2026", "abgeschlossen – Wirksamkeit bestätigt am 14.07.2026"],
            ["2", "P7.3.1", "8D-Berichte zu Kundenreklamationen ohne Verifizierung der Abstellmaßnahmen (D6) "
                           "abgeschlossen (2 von 5 Stichproben).",
             "Nebenabweichung", "8D-Prozess um Wirksamkeitsprüfung ergänzen, Schulung", "Fr. Yilmaz (QS)",
             "31.07.2026", "geschlossen"],
            ["3", "P5.6.3", "Lieferantenbewertung für Separator- und Elektrolytlieferanten nicht aktuell "
                           "(letzte Bewertung 11/2024).",
             "Nebenabweichung", "Bewertung nachholen, Bewertungsintervall im System hinterlegen",
             "Hr. Krüger (Einkauf)", "15.12.2026", "in Bearbeitung"],
            ["4", "P6.2.3", "Kennzeichnung der Sperrlagerfläche in Halle 2 uneinheitlich.", "Hinweis", "–", "–", "–",
             "offen"]]
    write_docx(p, [
        ("title", "Prozessaudit nach VDA 6.3 – Auditbericht"),
        KV([("Auditierte Organisation", "Voltaris Cell Technologies GmbH, Werk Chemnitz"),
            ("Auditierter Prozess", "Zellfertigung Linie 2 (Elektrodenfertigung bis Formierung und EOL-Prüfung)"),
            ("Auditgrundlage", "VDA 6.3:2023, Prozesselemente P2–P7"),
            ("Auditart", "Lieferantenprozessaudit im Auftrag des Kunden"),
            ("Auditdurchführung", "QAP Qualitätsaudit Partner GmbH, Stuttgart"),
            ("Leitender Auditor", "Dipl.-Ing. Markus Brenner (zertifizierter VDA 6.3 Prozessauditor)"),
            ("Auditzeitraum", "14.–16.04.2026"),
            ("Berichtsdatum", "24.04.2026")]),
        ("h", "1. Ergebnis"),
        T([["Prozesselement", "Erfüllungsgrad"],
           ["P2 Projektmanagement", "90 %"],
           ["P3 Planung der Produkt- und Prozessentwicklung", "88 %"],
           ["P4 Realisierung der Produkt- und Prozessentwicklung", "85 %"],
           ["P5 Lieferantenmanagement", "82 %"],
           ["P6 Prozessanalyse Produktion", "84 %"],
           ["P7 Kundenbetreuung, Kundenzufriedenheit, Service", "89 %"],
           ["Gesamterfüllungsgrad EG", "86 %"]]),
        ("p", "Einstufung: B – bedingt fähig. Abwertung von A auf B, da die Sternfrage P6.4.2* mit 4 Punkten "
              "bewertet wurde."),
        ("p", "Zusammenfassung: Im Rahmen des Audits wurden 1 Hauptabweichung, 2 Nebenabweichungen und 1 Hinweis "
              "festgestellt. Für alle Abweichungen wurde ein Maßnahmenplan vereinbart (siehe Abschnitt 2)."),
        ("h", "2. Maßnahmenplan (Stand der Maßnahmenverfolgung: 02.11.2026)"),
        T(plan),
        ("h", "3. Bewertungsschlüssel"),
        ("p", "Hauptabweichung: Abweichung mit Auswirkung auf Produktqualität oder Lieferfähigkeit, Sofortmaßnahme "
              "erforderlich. Nebenabweichung: Abweichung ohne unmittelbare Auswirkung auf das Produkt. Hinweis: "
              "Verbesserungspotenzial, keine Maßnahmenpflicht."),
        ("p", "Stuttgart, 24.04.2026\nMarkus Brenner, Leitender Auditor"),
    ], header="QAP Qualitätsaudit Partner GmbH – Auditbericht VDA 6.3 – Voltaris Cell Technologies GmbH",
        footer="Vertraulich – nur für den internen Gebrauch des Auftraggebers", author="M. Brenner")


doc("voltaris", "audits/VDA63_Prozessaudit_2026-04.docx", "audit", "audit/vda63-action-plan-de", "docx",
    findings("quality", "QAP Qualitätsaudit Partner GmbH",
             [("1", "major", "closed", "2026-06-30"), ("2", "minor", "closed", "2026-07-31"),
              ("3", "minor", "open", "2026-12-15"), ("4", "observation", "open", None)],
             report_date="2026-04-24"),
    ["summary_counts", "status_as_of_date"], w_voltaris_vda)


def w_voltaris_un1(p):
    name, addr, tel, mail, web = LAB["BTZ"]
    write_pdf(p, [
        ("title", "Prüfzusammenfassung (Test Summary)"),
        ("p", "gemäß UN-Handbuch über Prüfungen und Kriterien, Teil III, Unterabschnitt 38.3.5"),
        KV([("Hersteller", sup_line("voltaris")),
            ("Prüflabor", f"{name}, {addr}, Tel. {tel}, {mail}, {web}"),
            ("Prüfbericht-Nr.", "BTZ-UN-26-0331"),
            ("Datum des Prüfberichts", "17.03.2026"),
            ("Art", "Lithium-Ionen-Zelle, wiederaufladbar"),
            ("Modell", "VCT-21700-50E"),
            ("Physikalische Beschreibung", "zylindrisch, Format 21700 (Ø 21,1 mm × 70,2 mm), NMC811 / Graphit-SiOx"),
            ("Nennspannung / Nennkapazität", "3,6 V / 5,0 Ah"),
            ("Nennenergie (Wattstundenzahl)", "18,0 Wh"),
            ("Masse", "69,2 g")]),
        ("h", "Durchgeführte Prüfungen und Ergebnisse"),
        T([["Prüfung", "Bezeichnung", "Ergebnis"],
           ["T.1", "Höhensimulation", "bestanden"], ["T.2", "Thermische Prüfung", "bestanden"],
           ["T.3", "Schwingung (Vibration)", "bestanden"], ["T.4", "Schlag (Schock)", "bestanden"],
           ["T.5", "Externer Kurzschluss", "bestanden"], ["T.6", "Aufprall / Quetschung", "bestanden"],
           ["T.7", "Überladung", "nicht zutreffend (Zelle)"], ["T.8", "Erzwungene Entladung", "bestanden"]],
          widths=[20, 90, 60]),
        ("p", "Bezug auf Prüfanforderungen für zusammengebaute Batterien (38.3.3 f) und g)): nicht zutreffend."),
        ("p", "Angewendete Ausgabe: UN-Handbuch über Prüfungen und Kriterien, 8. überarbeitete Ausgabe "
              "(ST/SG/AC.10/11/Rev.8)."),
        ("sp", 6),
        ("p", "Chemnitz, 17.03.2026\n\n______________________________\nDr. Frank Wendler\nLeiter Prüflabor"),
    ], footer=(f"{name} · Prüfbericht BTZ-UN-26-0331", "Seite {p} von {n}"))


doc("voltaris", "tests/UN38.3/VCT-21700-50E_Pruefzusammenfassung.pdf", "transport_test", "transport_test/table-de",
    "pdf", [un("BTZ-UN-26-0331", LAB["BTZ"][0], "2026-03-17", "VCT-21700-50E", CELL, "Dr. Frank Wendler", 18.0,
               69.2)], ["decimal_comma"], w_voltaris_un1)


def w_voltaris_un2(p):
    X, E = "☒", "☐"
    grid = [["Test", "Description", "Pass", "Fail", "N/A"]]
    for t, nm in UN_NAMES_EN.items():
        r = "N/A" if t == "T.7" else "Pass"
        grid.append([t, nm, X if r == "Pass" else E, E, X if r == "N/A" else E])
    write_docx(p, [
        ("title", "UN 38.3 TEST SUMMARY"),
        ("p", "According to the UN Manual of Tests and Criteria, Rev. 7, Amend. 1, section 38.3.5"),
        ("h", "1. Manufacturer"),
        ("p", sup_line("voltaris")),
        ("h", "2. Test laboratory"),
        ("p", lab_line("BTZ")),
        ("h", "3. Test report"),
        KV([("Test report no.", "BTZ-UN-25-1187"), ("Date of test report", "2025-11-04")]),
        ("h", "4. Description of cell / battery"),
        ("p", f"{X} Lithium ion    {E} Lithium metal"),
        ("p", f"{X} Cell    {E} Single cell battery    {E} Battery    {E} Component cell"),
        KV([("Model", "VCT-P72"), ("Mass", "1.02 kg"), ("Watt-hour rating", "262.8 Wh"),
            ("Physical description", "Pouch cell, aluminium-laminate film, 325 × 100 × 11.6 mm, tabs on opposite "
                                     "sides; nominal 3.65 V, 72 Ah")]),
        ("h", "5. Tests conducted and results"),
        T(grid),
        ("h", "6. Assembled batteries (38.3.3 (f) / (g))"),
        ("p", f"{E} Applicable    {X} Not applicable"),
        ("h", "7. Signature"),
        KV([("Name", "Dipl.-Ing. Sabine Roth"), ("Title", "Head of Test Laboratory"), ("Date", "2025-11-04"),
            ("Signature", "(signed)")]),
    ], footer="Form UN38.3-TS rev. 3 – BatterieTest Zentrum Sachsen GmbH")


doc("voltaris", "tests/UN38.3/TS_VCT-P72.docx", "transport_test", "transport_test/checkbox-grid-docx", "docx",
    [un("BTZ-UN-25-1187", LAB["BTZ"][0], "2025-11-04", "VCT-P72", CELL, "Sabine Roth", 262.8, 1020.0)],
    ["checkbox_marks", "mass_in_kg"], w_voltaris_un2)


def w_voltaris_un3(p):
    name, addr, tel, mail, web = LAB["LBS"]
    write_pdf(p, [
        ("title", "Test Summary – UN 38.3"),
        ("small", "Revision 1 of this summary (supersedes revision 0 of 05 June 2026)"),
        ("p", "This test summary is provided in accordance with sub-section 38.3.5 of the UN Manual of Tests and "
              "Criteria, Seventh revised edition, Amendment 1."),
        ("p", "Cell manufacturer: " + sup_line("voltaris")),
        ("p", f"Testing laboratory: {name}, {addr}; phone {tel}; e-mail {mail}; {web}"),
        ("p", "Test report: LBS-2605-0448, dated 12 June 2026"),
        ("p", "Cell description: lithium-ion, rechargeable, cylindrical 4680 format (46 mm × 80 mm), tabless "
              "design, model VCT-4680-26; nominal voltage 3.6 V, rated capacity 26 Ah, 93.6 Wh; mass 355 g."),
        ("h", "Tests and results"),
        ("bullets", ["T.1 Altitude simulation – passed",
                     "T.2 Thermal test – passed",
                     "T.3 Vibration – passed",
                     "T.4 Shock – passed",
                     "T.5 External short circuit – FAILED (sample 4 of 5: external case temperature reached 178 °C, "
                     "limit 170 °C)",
                     "T.6 Crush – passed",
                     "T.7 Overcharge – not applicable (cell)",
                     "T.8 Forced discharge – passed"]),
        ("p", "Conclusion: the cell type does not meet the requirements of sub-section 38.3 because of the result of "
              "test T.5. Transport as a cell tested in accordance with 38.3 cannot be confirmed until a successful "
              "re-test on a new sample set."),
        ("sp", 5),
        ("p", f"Signed: Dr. Jonas Albrecht, Technical Director, {name}"),
    ], header=(name, "LBS-2605-0448"), footer=("Test summary rev. 1", "{p}/{n}"))


doc("voltaris", "tests/UN38.3/VCT-4680-26 UN38.3 test summary rev1.pdf", "transport_test",
    "transport_test/prose-bullets-fail", "pdf",
    [un("LBS-2605-0448", LAB["LBS"][0], "2026-06-12", "VCT-4680-26",
        dict(CELL, **{"T.5": "fail"}), "Dr. Jonas Albrecht", 93.6, 355.0)],
    ["failed", "revision_note"], w_voltaris_un3)


def w_voltaris_cb(p):
    name, addr, *_ = LAB["LBS"]
    clauses = [["Clause", "Requirement + Test", "Result – Remark", "Verdict"],
               ["5", "GENERAL SAFETY CONSIDERATIONS", "", "P"],
               ["5.1", "General", "", "P"],
               ["5.2", "Insulation and wiring", "Cell, no wiring", "N/A"],
               ["5.3", "Venting", "CID and vent in positive cap", "P"],
               ["5.4", "Temperature, voltage and current management", "Specified by manufacturer", "P"],
               ["5.5", "Terminal contacts", "", "P"],
               ["5.6", "Assembly of cells into batteries", "Cell, not a battery", "N/A"],
               ["5.7", "Quality plan", "Quality plan reviewed", "P"],
               ["6", "TYPE TEST CONDITIONS", "", "P"],
               ["7.1", "Charging procedures for test purposes", "4.20 V, 0.5 ItA, cut-off 0.05 ItA", "P"],
               ["7.2.1", "Continuous charging at constant voltage (cells)", "7 days: no fire, no explosion, no "
                                                                            "leakage", "P"],
               ["7.2.2", "Case stress at high ambient temperature (battery)", "", "N/A"],
               ["7.3.1", "External short-circuit (cell)", "At 20 °C and 55 °C, 80 mOhm: no fire, no explosion", "P"],
               ["7.3.2", "External short-circuit (battery)", "", "N/A"],
               ["7.3.3", "Free fall", "1.0 m onto concrete, 3 drops: no fire, no explosion", "P"],
               ["7.3.4", "Thermal abuse (cells)", "130 °C for 30 min: no fire, no explosion", "P"],
               ["7.3.5", "Crush (cells)", "13 kN: no fire, no explosion", "P"],
               ["7.3.6", "Over-charging of battery", "", "N/A"],
               ["7.3.7", "Forced discharge (cells)", "1 ItA for 90 min: no fire, no explosion", "P"],
               ["7.3.8", "Mechanical tests (batteries)", "", "N/A"],
               ["7.3.9", "Design evaluation – Forced internal short circuit (cells)",
                "Country-specific test (FR, JP, KR, CH), 10 °C and 45 °C: no fire", "P"],
               ["8", "INFORMATION FOR SAFETY", "", "P"],
               ["9", "MARKING", "Model, polarity, manufacturer, date code on sleeve", "P"],
               ["10", "PACKAGING AND TRANSPORT", "UN 38.3 test summary BTZ-UN-26-0331 reviewed", "P"]]
    write_pdf(p, [
        ("title", "TEST REPORT\nIEC 62133-2"),
        ("p", "Secondary cells and batteries containing alkaline or other non-acid electrolytes – Safety requirements "
              "for portable sealed secondary lithium cells, and for batteries made from them, for use in portable "
              "applications – Part 2: Lithium systems"),
        KV([("Report Number", "LBS-CB-26-0117"),
            ("Date of issue", "2026-02-27"),
            ("Name of Testing Laboratory preparing the Report", name),
            ("Address", addr),
            ("Applicant's name", "Voltaris Cell Technologies GmbH"),
            ("Address", SUP["voltaris"]["addr"]),
            ("Test specification: Standard", "IEC 62133-2:2017\nIEC 62133-2:2017/AMD1:2021"),
            ("Test procedure", "CB Scheme"),
            ("Non-standard test method", "N/A"),
            ("Test Report Form No.", "IEC62133_2B"),
            ("Test item description", "Rechargeable Li-ion cell"),
            ("Trade Mark", "VOLTARIS"),
            ("Manufacturer", "Voltaris Cell Technologies GmbH"),
            ("Model/Type reference", "VCT-21700-50E"),
            ("Ratings", "3.6 V, 5000 mAh, 18.0 Wh; upper limit charging voltage 4.20 V; max. charging current "
                        "5.0 A")]),
        ("p", "Possible test case verdicts:\n– test case does not apply to the test object: N/A\n"
              "– test object does meet the requirement: P (Pass)\n– test object does not meet the requirement: F "
              "(Fail)"),
        ("p", "Date of receipt of test item(s): 2026-01-12\nDate(s) of performance of tests: 2026-01-19 to "
              "2026-02-20"),
        ("pb",),
        ("h", "Clause-by-clause results"),
        T(clauses, widths=[16, 62, 76, 20], size=8),
        ("h", "Summary of testing"),
        ("p", "Tests performed (name of test and test clause): 7.2.1, 7.3.1, 7.3.3, 7.3.4, 7.3.5, 7.3.7, 7.3.9. "
              "Testing location: Labor für Batteriesicherheit Süd GmbH, Ulm."),
        ("b", "Overall verdict: PASS"),
        ("p", "The submitted samples were found to comply with IEC 62133-2:2017 + AMD1:2021."),
        ("p", "Tested by: B. Schuster, Test Engineer          Approved by: Dr. Jonas Albrecht, Technical Director"),
    ], header=(name, "Report No. LBS-CB-26-0117"), footer=("TRF No. IEC62133_2B", "Page {p} of {n}"), size=9)


doc("voltaris", "tests/safety/CB_TR_IEC62133-2_VCT-21700-50E.pdf", "safety_test", "safety_test/trf-clause-table",
    "pdf", [saf("IEC 62133-2:2017", "LBS-CB-26-0117", LAB["LBS"][0], "2026-02-27", "VCT-21700-50E", "pass")],
    ["verdict_at_end", "amendment_listed"], w_voltaris_cb)


def w_voltaris_ul1642(p):
    name, addr, *_ = LAB["GLBTL"]
    rows = [["Section", "Test", "Samples", "Result"],
            ["10", "Short-Circuit Test", "5 at 20 °C, 5 at 55 °C", "Complies"],
            ["11", "Abnormal Charging Test", "5", "Complies"],
            ["12", "Forced-Discharge Test", "5", "Complies"],
            ["13", "Crush Test", "5", "Complies"],
            ["14", "Impact Test", "5", "Complies"],
            ["15", "Shock Test", "5", "Complies"],
            ["16", "Vibration Test", "5", "Complies"],
            ["17", "Heating Test", "5", "Complies"],
            ["18", "Temperature Cycling Test", "5", "Complies"],
            ["19", "Low Pressure (Altitude Simulation) Test", "5", "Complies"],
            ["20", "Projectile Test", "3", "Complies"]]
    write_docx(p, [
        ("title", "TEST REPORT"),
        KV([("Report Number", "GLBTL-UL-25-2290"), ("Issue Date", "December 9, 2025"),
            ("Applicant", "Voltaris Cell Technologies GmbH, " + SUP["voltaris"]["addr"]),
            ("Manufacturer", "Voltaris Cell Technologies GmbH"),
            ("Product", "Rechargeable lithium-ion pouch cell"),
            ("Model", "VCT-P72"),
            ("Electrical ratings", "3.65 V, 72 Ah, 262.8 Wh"),
            ("Standard", "UL 1642, Standard for Lithium Batteries, Edition 6, dated September 29, 2020"),
            ("Testing laboratory", f"{name}, {addr}")]),
        ("h", "Test Summary"),
        T(rows),
        ("h", "Conclusion"),
        ("p", "The samples of model VCT-P72 submitted for evaluation complied with all applicable requirements of "
              "UL 1642. This report relates only to the items tested and shall not be reproduced except in full."),
        ("p", "Prepared by: Emily Chen, Project Engineer\nReviewed by: Michael T. Reyes, Laboratory Director"),
    ], header="Great Lakes Battery Test Laboratory, Inc. – GLBTL-UL-25-2290", footer="Confidential – page 1 of 1",
        author="E. Chen")


doc("voltaris", "tests/safety/UL1642_VCT-P72_report.docx", "safety_test", "safety_test/ul-summary-table", "docx",
    [saf("UL 1642:2020", "GLBTL-UL-25-2290", LAB["GLBTL"][0], "2025-12-09", "VCT-P72", "pass")],
    ["edition_by_date"], w_voltaris_ul1642)


# ---------------------------------------------------------------------------------------------------------
# Jiangsu Hengrui New Energy (CN, LFP cells)
# ---------------------------------------------------------------------------------------------------------

def w_hengrui_14001(p):
    write_pdf(p, [
        ("title", "CERTIFICATE OF REGISTRATION"),
        ("p", "Certificate No.: OPC-EMS-18-0744-R2"),
        ("p", "This is to certify that the Environmental Management System of"),
        ("b", "Jiangsu Hengrui New Energy Co., Ltd."),
        ("p", "No. 18 Xinghu Road, Jintan District, Changzhou, Jiangsu, P.R. China\n(and the sites listed in the "
              "annex to this certificate)"),
        ("p", "has been assessed and registered by Orient Pacific Certification Co., Ltd. as meeting the requirements "
              "of"),
        ("title", "ISO 14001:2015 / GB/T 24001-2016"),
        ("p", "for the following scope of activities:"),
        ("p", "Research, development and production of lithium iron phosphate (LFP) prismatic cells for energy "
              "storage systems and electric vehicles and the related management activities."),
        KV([("Original certification date", "20 August 2018"),
            ("Current certificate issue date", "20 August 2024"),
            ("Certificate expiry", "19 August 2027")]),
        ("small", "Continued validity of this certificate is subject to satisfactory annual surveillance audits. "
                  "This certificate remains the property of Orient Pacific Certification Co., Ltd."),
        ("sp", 6),
        ("p", "For and on behalf of Orient Pacific Certification Co., Ltd.\nWang Jianguo, General Manager"),
        ("pb",),
        ("title", "Annex to Certificate No. OPC-EMS-18-0744-R2"),
        T([["Site", "Address", "Activities"],
           ["Site 1 – Head office and Cell Plant I", "No. 18 Xinghu Road, Jintan District, Changzhou",
            "Management, R&D, electrode manufacturing, cell assembly, formation"],
           ["Site 2 – Cell Plant II", "No. 6 Huayang Road, Jintan District, Changzhou",
            "Cell assembly, formation and grading, warehousing"]]),
        ("small", "This annex is valid only together with certificate No. OPC-EMS-18-0744-R2."),
    ], header=("Orient Pacific Certification Co., Ltd.", "OPC-EMS-18-0744-R2"),
        footer=("Printed 2024-08-21 · Verify at the certification body's online register", "Page {p} of {n}"))


doc("hengrui", "certificates/ISO14001 certificate HR.pdf", "certificate", "certificate/multisite-annex-en", "pdf",
    [cert("ISO 14001:2015", "OPC-EMS-18-0744-R2", "Jiangsu Hengrui New Energy Co., Ltd.",
          "Orient Pacific Certification Co., Ltd.", "2024-08-20", "2027-08-19")],
    ["printed_date_footer", "initial_certification_date", "two_standards_named"], w_hengrui_14001)


def w_hengrui_rba(p):
    firm = "Pacific Rim Ethical Audit Services Ltd."
    findings_rows = [
        ["Finding No.", "Code Provision", "Finding", "Severity", "CAP Due Date", "Closure Status"],
        ["F-01", "A.1 Freely Chosen Employment",
         "Dispatch workers (n = 312) supplied by two labour agencies paid recruitment and service fees of RMB 800 to "
         "1,500 each to the agencies. The fees were not reimbursed by the facility. The RBA Code requires that "
         "workers shall not be required to pay employers' or agents' recruitment fees or other related fees for "
         "their employment. Closure audit: the facility reimbursed RMB 402,600 to 298 affected workers (bank "
         "transfer records reviewed); funds for 14 workers who had left were deposited with the trade union; agency "
         "contracts amended to prohibit fees.",
         "Priority", "12 Apr 2026", "Closed"],
        ["F-02", "A.3 Working Hours",
         "Review of time records for November 2025, December 2025 and January 2026 (60 sampled workers): 38 % "
         "exceeded 60 hours per week in at least one week, maximum 74 hours; 9 workers worked 8 consecutive days "
         "without a rest day. Monthly overtime exceeded the legal limit of 36 hours (PRC Labour Law, Article 41). "
         "Closure audit: weekly hours reduced in May and June 2026 (maximum 63 hours), but 11 % of sampled "
         "worker-weeks still above 60 hours.",
         "Major", "30 Sep 2026", "Open – partially corrected"],
        ["F-03", "B.2 Emergency Preparedness",
         "Two of six emergency exits in Formation Workshop 3 were obstructed by pallets of cells awaiting ageing; "
         "emergency lighting at exit 4 was not functioning. Closure audit: exits clear, floor markings applied, "
         "lighting repaired and included in the monthly inspection checklist.",
         "Minor", "12 Apr 2026", "Closed"],
        ["F-04", "E.12 Supplier Responsibility",
         "The facility has not communicated the RBA Code requirements to its labour agencies and tier-2 suppliers "
         "and has no process to monitor their conformance. Closure audit: supplier code of conduct sent to 2 of 9 "
         "key suppliers; monitoring procedure in draft.",
         "Minor", "31 Dec 2026", "Open – in progress"],
        ["F-05", "B.4 Industrial Hygiene",
         "Noise exposure monitoring in the winding area has not been repeated since 2023 although two additional "
         "winding machines were installed in 2025.",
         "Risk of Nonconformance", "–", "Open"],
    ]
    intro = ("The closure audit was conducted on site on 22 July 2026 by one auditor over one day. It followed up "
             "the findings of the initial audit conducted from 10 to 13 March 2026. The closure audit included a "
             "facility tour of the electrode, assembly and formation workshops and the dormitories, review of "
             "payroll, time and recruitment records for the period April to June 2026, and confidential "
             "interviews with 24 workers (including 8 dispatch workers) and 3 worker representatives.")
    method = ("Samples were selected by the auditor independently of management. Time records were compared with "
              "gate access records and production output records. Payroll was recalculated for 20 workers. "
              "Interviews were conducted off the production floor without management present, in Mandarin. The "
              "audit was conducted against the RBA Code of Conduct version 8.0 and the VAP Operations Manual. Each "
              "nonconformance raised at the initial audit was re-verified; the status recorded below reflects the "
              "evidence available on the day of the closure audit.")
    write_pdf(p, [
        ("title", "RBA Validated Assessment Program (VAP)\nClosure Audit Report"),
        KV([("Facility", "Jiangsu Hengrui New Energy Co., Ltd. – Jintan Cell Plant"),
            ("Address", SUP["hengrui"]["addr"]),
            ("Audit ID", "2026-VAP-11873-C1"),
            ("Audit type", "Closure Audit (follow-up of Initial Audit 2026-VAP-11873)"),
            ("Initial audit dates", "10–13 March 2026"),
            ("Closure audit date", "22 July 2026"),
            ("Report date", "29 July 2026"),
            ("Audit firm", firm),
            ("Lead auditor", "Grace Leung"),
            ("Code version", "RBA Code of Conduct v8.0"),
            ("Workers on site", "2,416 (of which 312 dispatch workers)")]),
        ("h", "1. Executive summary"),
        ("p", "At the initial audit the facility received one Priority nonconformance, one Major nonconformance, "
              "two Minor nonconformances and one Risk of Nonconformance. At the closure audit two findings were "
              "verified as closed. The Major finding on working hours remains open; the facility committed to a "
              "revised CAP due date of 30 September 2026. The audit score increased from 128.6 to 171.4."),
        T([["Section", "Initial audit", "Closure audit"],
           ["A. Labor", "20.0 / 40", "34.3 / 40"], ["B. Health and Safety", "28.6 / 40", "37.1 / 40"],
           ["C. Environment", "40.0 / 40", "40.0 / 40"], ["D. Ethics", "20.0 / 20", "20.0 / 20"],
           ["E. Management System", "20.0 / 60", "40.0 / 60"], ["Total", "128.6 / 200", "171.4 / 200"]]),
        ("pb",),
        ("h", "2. Scope and methodology"),
        ("p", intro),
        ("p", method),
        ("h", "3. Facility profile"),
        KV([("Main products", "LFP prismatic cells 105 Ah, 280 Ah and 314 Ah"),
            ("Buildings", "4 production buildings, 2 warehouses, 3 dormitory buildings"),
            ("Shifts", "Two 12-hour shifts, 6 days per week in peak season"),
            ("Worker representation", "Trade union established 2019; worker committee meets monthly")]),
        ("p", "The facility was cooperative throughout the audit and provided all requested records. No denial of "
              "access was encountered."),
        ("h", "4. Worker interview summary"),
        ("p", "Workers interviewed confirmed that overtime in May and June 2026 was lower than in the winter peak "
              "and that the second rest day per fortnight is now observed in most departments. Dispatch workers "
              "confirmed receipt of the fee reimbursement and were aware of the grievance hotline. Several workers "
              "in the formation workshop stated that overtime is still requested at short notice when ageing "
              "capacity is full. No worker reported harassment, retention of identity documents or restrictions on "
              "leaving the dormitory."),
        ("h", "5. Good practices"),
        ("bullets", ["Monthly worker committee meetings are minuted and the minutes are posted in three languages.",
                     "An electronic time-keeping system linked to the gate access control was introduced in "
                     "April 2026.",
                     "Reimbursement of recruitment fees was made by direct bank transfer with worker "
                     "acknowledgement."]),
        ("h", "6. Findings and closure status"),
        T(findings_rows, widths=[16, 26, 74, 20, 20, 18], size=8),
        ("p", "Severity definitions follow the VAP Operations Manual: Priority nonconformances require immediate "
              "action and a closure audit; Major and Minor nonconformances require a corrective action plan (CAP); "
              "a Risk of Nonconformance is reported for information and does not require a CAP."),
        ("h", "7. Auditor declaration"),
        ("p", "The audit was conducted in accordance with the RBA VAP protocol. Grace Leung, Lead Auditor, "
              + firm),
    ], header=("RBA VAP Closure Audit Report – Jiangsu Hengrui New Energy Co., Ltd.", "CONFIDENTIAL"),
        footer=("Audit ID 2026-VAP-11873-C1 · " + firm, "Page {p} of {n}"), size=9)


doc("hengrui", "audits/RBA_VAP_Closure_Audit_Report_2026.pdf", "audit", "audit/rba-closure-multipage", "pdf",
    findings("social", "Pacific Rim Ethical Audit Services Ltd.",
             [("F-01", "critical", "closed", "2026-04-12"), ("F-02", "major", "open", "2026-09-30"),
              ("F-03", "minor", "closed", "2026-04-12"), ("F-04", "minor", "open", "2026-12-31"),
              ("F-05", "observation", "open", None)], report_date="2026-07-29"),
    ["summary_counts", "priority_grade", "findings_table_across_pages", "overdue_major"], w_hengrui_rba)


def w_hengrui_un280(p):
    name, addr, tel, mail, web = LAB["SAB"]
    write_pdf(p, [
        ("title", "LITHIUM BATTERY TEST SUMMARY (UN 38.3)"),
        KV([("Report No.", "SAB-UN-2025-08812"), ("Issue date", "2025-10-22")]),
        ("h", "Manufacturer information"),
        KV([("Manufacturer", SUP["hengrui"]["legal"]), ("Address", SUP["hengrui"]["addr"]),
            ("Telephone", SUP["hengrui"]["tel"]), ("E-mail", SUP["hengrui"]["mail"]),
            ("Website", SUP["hengrui"]["web"])]),
        ("h", "Test laboratory information"),
        KV([("Test laboratory", name), ("Address", addr), ("Telephone", tel), ("E-mail", mail), ("Website", web)]),
        ("h", "Product description"),
        KV([("Product name", "LFP prismatic cell"), ("Model", "HR-LFP-280"), ("Type", "Lithium ion cell"),
            ("Nominal voltage", "3.2 V"), ("Rated capacity", "280 Ah"), ("Rated energy", "896 Wh"),
            ("Mass", "5.42 kg"), ("Physical description", "Prismatic aluminium can, 174 × 72 × 207 mm, blue PET "
                                                          "wrap")]),
        ("h", "Test results"),
        T([["No.", "Test item", "Test clause", "Result"],
           ["T.1", "Altitude Simulation", "38.3.4.1", "PASS"], ["T.2", "Thermal Test", "38.3.4.2", "PASS"],
           ["T.3", "Vibration", "38.3.4.3", "PASS"], ["T.4", "Shock", "38.3.4.4", "PASS"],
           ["T.5", "External Short Circuit", "38.3.4.5", "PASS"], ["T.6", "Impact / Crush", "38.3.4.6", "PASS"],
           ["T.7", "Overcharge", "38.3.4.7", "N/A"], ["T.8", "Forced Discharge", "38.3.4.8", "PASS"]]),
        ("p", "Remark: T.7 applies to rechargeable batteries only and was not conducted on the cell."),
        ("p", "Test standard: UN Manual of Tests and Criteria ST/SG/AC.10/11/Rev.8, Part III, sub-section 38.3."),
        ("sp", 4),
        ("p", "Approved by: Zhang Wei        Title: Technical Manager        (signature and company seal)"),
    ], header=(name, "SAB-UN-2025-08812"), footer=("This summary is issued on the basis of full test report "
                                                   "SAB-UN-2025-08812.", "Page {p} of {n}"))


doc("hengrui", "tests/HR-LFP-280_UN38.3_Test_Summary.pdf", "transport_test", "transport_test/results-table-en", "pdf",
    [un("SAB-UN-2025-08812", LAB["SAB"][0], "2025-10-22", "HR-LFP-280", CELL, "Zhang Wei", 896.0, 5420.0)],
    [], w_hengrui_un280)


def w_hengrui_un105(p):
    name, addr, *_ = LAB["SAB"]

    def dots(label, value, width=34):
        return f"{label} {'.' * max(3, width - len(label))} {value}"

    lines = [dots("Cell manufacturer", SUP["hengrui"]["legal"] + ", " + SUP["hengrui"]["addr"] + ", "
                  + SUP["hengrui"]["mail"]),
             dots("Test laboratory", f"{name}, {addr}"),
             dots("Test report ID", "SAB-UN-2025-06157"),
             dots("Date of test report", "2025-07-30"),
             dots("Cell type", "Lithium ion (LiFePO4), prismatic, rechargeable"),
             dots("Model", "HR-LFP-105"),
             dots("Mass", "1.98 kg"),
             dots("Watt-hour rating", "336 Wh"),
             dots("Physical description", "Aluminium case 130 × 36 × 200 mm")]
    results = [dots("T.1 Altitude simulation", "Pass"), dots("T.2 Thermal test", "Pass"),
               dots("T.3 Vibration", "Pass"), dots("T.4 Shock", "Pass"), dots("T.5 External short circuit", "Pass"),
               dots("T.6 Impact/Crush", "Pass"), dots("T.7 Overcharge", "N/A (applies to batteries only)"),
               dots("T.8 Forced discharge", "Pass")]
    write_pdf(p, [("title", "UN38.3 Test Summary")] + [("p", x) for x in lines]
              + [("h", "Test results")] + [("p", x) for x in results]
              + [("p", dots("Manual", "UN Manual of Tests and Criteria, Rev. 7 and Amend. 1")),
                 ("sp", 8),
                 ("p", "Signature: ______________________________"),
                 ("p", "Name / Title: ______________________________"),
                 ("p", "Date: ______________")],
              font="Courier", size=9, footer=("SAB form TS-01", ""))


doc("hengrui", "tests/HR-LFP-105 test summary.pdf", "transport_test", "transport_test/dotted-label-lines-unsigned",
    "pdf", [un("SAB-UN-2025-06157", LAB["SAB"][0], "2025-07-30", "HR-LFP-105", CELL, None, 336.0, 1980.0,
               missing=["signature"])],
    ["unsigned", "incomplete"], w_hengrui_un105)


def w_hengrui_un314(p):
    name, addr, tel, mail, web = LAB["SAB"]
    write_docx(p, [
        ("title", "Test Summary according to 38.3.5"),
        ("p", f"{SUP['hengrui']['legal']} ({SUP['hengrui']['addr']}; telephone {SUP['hengrui']['tel']}; e-mail "
              f"{SUP['hengrui']['mail']}; {SUP['hengrui']['web']}) hereby provides the test summary for its lithium "
              "iron phosphate prismatic cell, model HR-LFP-314 (lithium ion; 3.2 V, 314 Ah, 1004.8 Wh; mass approx. "
              "5.60 kg; aluminium case 174 × 72 × 207 mm)."),
        ("p", f"The cell was tested by {name} ({addr}; telephone {tel}; e-mail {mail}; {web}) under test report "
              "no. SAB-UN-2026-02290 dated 9 April 2026, in accordance with the UN Recommendations on the Transport "
              "of Dangerous Goods, Manual of Tests and Criteria, eighth revised edition (ST/SG/AC.10/11/Rev.8), "
              "sub-section 38.3."),
        ("p", "Tests T.1 (altitude simulation), T.2 (thermal test), T.3 (vibration), T.4 (shock), T.5 (external short "
              "circuit) and T.6 (crush) were conducted, and the cell meets the requirements of each of these tests. "
              "Test T.8 (forced discharge) was conducted and the cell meets its requirements. Test T.7 (overcharge) "
              "is not applicable to cells."),
        ("p", "The requirements of 38.3.3 (f) and (g) for assembled batteries do not apply to this product."),
        ("p", "Signed on behalf of the test laboratory:\nLi Na, Laboratory Manager\nShenzhen, 9 April 2026"),
    ], author="Li Na")


doc("hengrui", "tests/UN38.3 summary HR-LFP-314.docx", "transport_test", "transport_test/prose-meets-requirements",
    "docx", [un("SAB-UN-2026-02290", LAB["SAB"][0], "2026-04-09", "HR-LFP-314", CELL, "Li Na", 1004.8, 5600.0)],
    ["results_in_prose"], w_hengrui_un314)


def w_hengrui_62619(p):
    name, addr, *_ = LAB["SAB"]
    write_pdf(p, [
        ("title", "TEST REPORT"),
        ("p", "IEC 62619:2022 Secondary cells and batteries containing alkaline or other non-acid electrolytes – "
              "Safety requirements for secondary lithium cells and batteries, for use in industrial applications"),
        KV([("Report No.", "SAB-SF-2025-11274"), ("Date of issue", "2025-12-15"), ("Testing laboratory", name),
            ("Address", addr), ("Applicant", SUP["hengrui"]["legal"]), ("Test item", "LFP prismatic cell"),
            ("Model", "HR-LFP-280"), ("Rating", "3.2 V, 280 Ah, 896 Wh"),
            ("Sample receipt", "2025-10-28"), ("Test period", "2025-11-03 to 2025-12-09")]),
        ("h", "Test results"),
        T([["Clause", "Test item", "Requirement", "Result"],
           ["7.2.1", "External short-circuit test", "No fire, no explosion", "Conforms"],
           ["7.2.2", "Impact test", "No fire, no explosion", "Conforms"],
           ["7.2.3", "Drop test", "No fire, no explosion", "Conforms"],
           ["7.2.4", "Thermal abuse test", "No fire, no explosion", "Conforms"],
           ["7.2.5", "Overcharge test", "No fire, no explosion", "Conforms"],
           ["7.2.6", "Forced discharge test", "No fire, no explosion", "Conforms"],
           ["7.3.2", "Internal short-circuit test", "No fire", "Conforms"],
           ["7.3.3", "Propagation test", "Battery system only", "N/A"],
           ["8", "Functional safety of the BMS", "Battery system only", "N/A"]]),
        ("h", "Conclusion"),
        ("p", "The sample(s) tested conform(s) to the applicable requirements of IEC 62619:2022."),
        ("p", "Tested by: Chen Hao        Reviewed by: Li Na        Approved by: Zhang Wei (Technical Manager)"),
    ], header=(name, "SAB-SF-2025-11274"), footer=("The test results relate only to the samples tested.",
                                                   "Page {p} of {n}"))


doc("hengrui", "tests/IEC62619_HR-LFP-280.pdf", "safety_test", "safety_test/cover-table-conforms", "pdf",
    [saf("IEC 62619:2022", "SAB-SF-2025-11274", LAB["SAB"][0], "2025-12-15", "HR-LFP-280", "pass")],
    [], w_hengrui_62619)


def w_hengrui_9540a(p):
    name, addr, *_ = LAB["SAB"]
    write_pdf(p, [
        ("title", "UL 9540A Cell Level Test Report"),
        KV([("Report No.", "SAB-9540A-2026-0061"), ("Report date", "2026-01-28"), ("Laboratory", name),
            ("Client", SUP["hengrui"]["legal"]), ("Cell model", "HR-LFP-280"),
            ("Cell chemistry", "Lithium iron phosphate / graphite"), ("Cell format", "Prismatic, 3.2 V, 280 Ah"),
            ("Test method", "ANSI/CAN/UL 9540A, Test Method for Evaluating Thermal Runaway Fire Propagation in "
                            "Battery Energy Storage Systems, 4th Edition (2019), Section 7 – Cell Level Test"),
            ("State of charge", "100 % SOC")]),
        ("h", "Test results"),
        T([["Parameter", "Sample 1", "Sample 2", "Sample 3", "Mean"],
           ["Cell surface temperature at venting (°C)", "208", "214", "213", "212"],
           ["Thermal runaway onset temperature (°C)", "265", "271", "268", "268"],
           ["Vent gas volume (L)", "81.9", "83.1", "82.2", "82.4"]]),
        T([["Vent gas component", "Volume fraction (%)"],
           ["Hydrogen (H2)", "38.2"], ["Carbon dioxide (CO2)", "27.9"], ["Carbon monoxide (CO)", "21.7"],
           ["Methane (CH4)", "5.1"], ["Ethylene (C2H4)", "4.3"], ["Other hydrocarbons", "2.8"]]),
        KV([("Lower flammability limit (25 °C)", "7.9 % vol."), ("Burning velocity", "0.41 m/s"),
            ("Maximum explosion pressure", "7.6 bar")]),
        ("h", "Summary"),
        ("p", "Thermal runaway was induced by external heating in all three samples. The cell vent gas is "
              "flammable. UL 9540A is a test method and does not contain pass/fail criteria; the cell level data are "
              "reported above for use in the evaluation of the module level test."),
        ("p", "Approved by: Zhang Wei, Technical Manager"),
    ], header=(name, "SAB-9540A-2026-0061"), footer=("", "Page {p} of {n}"))


doc("hengrui", "tests/UL9540A_cell_HR-LFP-280.pdf", "safety_test", "safety_test/ul9540a-cell-data", "pdf",
    [saf("UL 9540A:2019", "SAB-9540A-2026-0061", LAB["SAB"][0], "2026-01-28", "HR-LFP-280", "data reported",
         level="cell")],
    ["data_reported"], w_hengrui_9540a)


# ---------------------------------------------------------------------------------------------------------
# Hanbit Energy (KR, NCM cells)
# ---------------------------------------------------------------------------------------------------------

def w_hanbit_audit(p):
    firm = "Hanul Quality Consulting Co., Ltd."
    write_pdf(p, [
        ("title", "Supplier Process Audit Report"),
        KV([("Supplier", "Hanbit Energy Cell Co., Ltd. – Ochang plant"),
            ("Audit date", "26 August 2026"),
            ("Report date", "2 September 2026"),
            ("Audit organisation", firm),
            ("Audit team", "Lee Soo-jin (lead auditor), Choi Dong-hyun"),
            ("Audit criteria", "IATF 16949:2016 clauses 8.3 to 8.7; customer-specific requirements CSR-BAT-04; "
                               "VDA 6.3 process elements P5 to P7 used as a reference"),
            ("Audit method", "On-site process audit following ISO 19011:2018 guidance"),
            ("Processes audited", "Slitting, winding, pouch sealing, electrolyte filling, formation and ageing, "
                                  "final inspection, shipping")]),
        ("h", "1. Summary"),
        ("p", "The audit team observed the production of HB-P55 and HB-P80 pouch cells on line 3 and reviewed the "
              "related control plans, PFMEA, work instructions, traceability records and final inspection data for "
              "calendar weeks 28 to 33."),
        ("p", "No nonconformities were identified during this audit. No observations requiring a response were "
              "raised."),
        ("h", "2. Good practices"),
        ("bullets", ["Electrolyte filling weight is recorded per cell and linked to the cell ID; out-of-tolerance "
                     "cells are automatically rejected and segregated.",
                     "Ageing OCV/K-value screening uses statistically derived limits reviewed monthly by the "
                     "process engineering team."]),
        ("h", "3. Result"),
        ("p", "Audit result: Approved (A). No follow-up audit is required. The next regular process audit is "
              "planned for 2027."),
        ("sp", 6),
        ("p", f"Lee Soo-jin, Lead Auditor, {firm}"),
    ], header=(firm, "Supplier Process Audit – Hanbit Energy Cell Co., Ltd."), footer=("", "Page {p} of {n}"))


doc("hanbit", "audits/Supplier process audit report - Hanbit Ochang.pdf", "audit", "audit/no-findings-prose-en",
    "pdf", findings("quality", "Hanul Quality Consulting Co., Ltd.", [], report_date="2026-09-02",
                    audit_date="2026-08-26"),
    ["no_findings"], w_hanbit_audit)


def w_hanbit_unp55(p):
    name, addr, tel, mail, web = LAB["KCSL"]
    s = SUP["hanbit"]
    write_pdf(p, [
        ("title", "UN 38.3 Test Summary"),
        ("bullets", [f"Manufacturer: {s['legal']}, {s['addr']}; Tel. {s['tel']}; {s['mail']}; {s['web']}",
                     f"Test laboratory: {name}, {addr}; Tel. {tel}; {mail}; {web}",
                     "Report ID: KCSL-T-26-0412",
                     "Date of report: 2026-02-18",
                     "Cell: lithium ion pouch cell (NCM622 / graphite), model HB-P55",
                     "Nominal voltage / capacity: 3.65 V / 55 Ah",
                     "Watt-hour rating: 200.75 Wh",
                     "Mass: 845 g",
                     "Physical description: laminated aluminium pouch, 290 × 100 × 10.5 mm",
                     "Tests: T.1 P, T.2 P, T.3 P, T.4 P, T.5 P, T.6 P, T.7 N/A, T.8 P (P = pass, N/A = not "
                     "applicable)",
                     "Manual of Tests and Criteria: Rev. 7, Amendment 1",
                     f"Signed: Park Ji-hoon, Senior Researcher, {name}"]),
    ], footer=(name + " – test summary KCSL-T-26-0412", ""))


doc("hanbit", "UN38.3/HB-P55.pdf", "transport_test", "transport_test/bullets-letter-codes", "pdf",
    [un("KCSL-T-26-0412", LAB["KCSL"][0], "2026-02-18", "HB-P55", CELL, "Park Ji-hoon", 200.75, 845.0)],
    ["result_codes"], w_hanbit_unp55)


def w_hanbit_un21700(p):
    name, addr, tel, mail, web = LAB["KCSL"]
    s = SUP["hanbit"]
    rows = [["Test", "Description", "Result"]]
    for t, nm in UN_NAMES_EN.items():
        rows.append([t, nm, "–" if t == "T.7" else "✓"])
    write_text(p, f"""
# UN 38.3 Test Summary — HB-21700-45

{md_table([["Element", "Information"],
           ["Manufacturer", f"{s['legal']}, {s['addr']}, Tel. {s['tel']}, {s['mail']}, {s['web']}"],
           ["Test laboratory", f"{name}, {addr}, Tel. {tel}, {mail}, {web}"],
           ["Test report ID", "KCSL-T-25-1930"],
           ["Date of test report", "2025-12-03"],
           ["Cell / battery", "Lithium ion cell, cylindrical 21700, rechargeable"],
           ["Model", "HB-21700-45"],
           ["Nominal voltage / capacity", "3.63 V / 4.5 Ah"],
           ["Mass", "68.5 g"],
           ["Watt-hour rating", "16.3 Wh"]])}

## Tests conducted

{md_table(rows)}

✓ = passed; – = not applicable (T.7 applies to batteries only)

Manual: ST/SG/AC.10/11/Rev.7/Amend.1

Signature: *signed* — Kim Min-seo, Quality Assurance Manager, {s['legal']}
""")


doc("hanbit", "UN38.3/HB-21700-45_summary.md", "transport_test", "transport_test/md-checkmarks", "md",
    [un("KCSL-T-25-1930", LAB["KCSL"][0], "2025-12-03", "HB-21700-45", CELL, "Kim Min-seo", 16.3, 68.5)],
    ["checkmarks"], w_hanbit_un21700)


def w_hanbit_unp80(p):
    name, addr, tel, mail, web = LAB["KCSL"]
    s = SUP["hanbit"]
    rows = [("Manufacturer", f"{s['legal']}\n{s['addr']}\n{s['tel']} / {s['mail']} / {s['web']}"),
            ("Test laboratory", f"{name}\n{addr}\n{tel} / {mail} / {web}"),
            ("Test report number", "KCSL-T-26-0877"),
            ("Test report date", "2026-06-29"),
            ("Cell type", "Lithium ion, pouch, rechargeable"),
            ("Model", "HB-P80"),
            ("Rated capacity / nominal voltage", "80 Ah / 3.68 V"),
            ("Energy", "294.4 Wh"),
            ("Physical description", "Pouch, 560 × 102 × 12 mm, tabs on one side")]
    rows += [(f"{t} {nm}", "Not applicable" if t == "T.7" else "Passed") for t, nm in UN_NAMES_EN.items()]
    rows += [("Edition", "UN Manual of Tests and Criteria, Rev. 8"),
             ("Signatory", "Park Ji-hoon, Senior Researcher")]
    write_pdf(p, [("title", "TEST SUMMARY (UN 38.3.5)"), KV(rows)], size=9)


doc("hanbit", "UN38.3/scan_0117.pdf", "transport_test", "transport_test/two-column-no-mass", "pdf",
    [un("KCSL-T-26-0877", LAB["KCSL"][0], "2026-06-29", "HB-P80", CELL, "Park Ji-hoon", 294.4, None,
        missing=["description"])],
    ["missing_mass", "incomplete", "cryptic_filename"], w_hanbit_unp80)


def w_hanbit_62133_fail(p):
    name, addr, *_ = LAB["KCSL"]
    rows = [["Clause", "Requirement + Test", "Result – Remark", "Verdict"],
            ["7.2.1", "Continuous charging at constant voltage (cells)", "No fire, no explosion, no leakage", "P"],
            ["7.3.1", "External short-circuit (cell)", "20 °C / 55 °C: no fire, no explosion", "P"],
            ["7.3.3", "Free fall", "No fire, no explosion", "P"],
            ["7.3.4", "Thermal abuse (cells)", "130 °C, 30 min: no fire, no explosion", "P"],
            ["7.3.5", "Crush (cells)", "13 kN: no fire, no explosion", "P"],
            ["7.3.7", "Forced discharge (cells)", "No fire, no explosion", "P"],
            ["7.3.9", "Forced internal short circuit (cells)",
             "10 °C: sample 3 of 5 caught fire after nickel particle insertion (pressure 412 N)", "F"]]
    write_pdf(p, [
        ("title", "TEST REPORT – IEC 62133-2:2017"),
        KV([("Report No.", "KCSL-S-26-0733"), ("Date of issue", "2026-07-21"), ("Testing laboratory", name),
            ("Address", addr), ("Applicant", SUP["hanbit"]["legal"]), ("Test item", "Rechargeable Li-ion cell"),
            ("Model/Type reference", "HB-21700-45"), ("Ratings", "3.63 V, 4500 mAh, 16.3 Wh"),
            ("Test specification", "IEC 62133-2:2017")]),
        ("p", "Verdicts: P = Pass, F = Fail, N/A = not applicable"),
        T(rows, widths=[16, 60, 78, 20]),
        ("h", "Conclusion"),
        ("b", "Verdict: FAIL"),
        ("p", "The test item does not comply with clause 7.3.9 of IEC 62133-2:2017. All other applicable clauses "
              "were passed."),
        ("p", "Tested by: Yoon Seo-yeon          Approved by: Park Ji-hoon"),
    ], header=(name, "KCSL-S-26-0733"), footer=("", "Page {p} of {n}"))


doc("hanbit", "safety/KCSL-S-26-0733.pdf", "safety_test", "safety_test/clause-table-fail", "pdf",
    [saf("IEC 62133-2:2017", "KCSL-S-26-0733", LAB["KCSL"][0], "2026-07-21", "HB-21700-45", "fail")],
    ["failed", "cryptic_filename"], w_hanbit_62133_fail)


def w_hanbit_ul1642(p):
    name, addr, *_ = LAB["GLBTL"]
    write_pdf(p, [
        ("title", "UL 1642 Test Report"),
        KV([("Report No.", "GLBTL-UL-26-0315"), ("Date", "April 2, 2026"), ("Client", SUP["hanbit"]["legal"]),
            ("Product", "Lithium-ion pouch cell, model HB-P55, 3.65 V, 55 Ah"),
            ("Standard", "UL 1642, 6th Edition (2020)"), ("Laboratory", f"{name}, {addr}")]),
        ("p", "Electrical tests (short-circuit, abnormal charge, forced discharge), mechanical tests (crush, impact, "
              "shock, vibration), environmental tests (heating, temperature cycling, low pressure) and the fire "
              "exposure (projectile) test were performed on the specified number of samples."),
        ("b", "Result: Complies."),
        ("p", "All samples met the acceptance criteria of the respective test sections (no explosion, no fire, no "
              "venting where not permitted, no leakage)."),
        ("p", "Michael T. Reyes, Laboratory Director"),
    ], letter=True, footer=("GLBTL-UL-26-0315", "Page {p} of {n}"))


doc("hanbit", "safety/HB-P55 UL 1642 test report.pdf", "safety_test", "safety_test/prose-result-letter", "pdf",
    [saf("UL 1642:2020", "GLBTL-UL-26-0315", LAB["GLBTL"][0], "2026-04-02", "HB-P55", "pass")],
    [], w_hanbit_ul1642)


def w_hanbit_packing(p):
    write_pdf(p, [
        ("title", "PACKING LIST"),
        KV([("Packing list No.", "PL-HB-260914"), ("Date", "2026-09-14"), ("Invoice No.", "HB-EX-2609-117"),
            ("Shipper", SUP["hanbit"]["legal"] + ", " + SUP["hanbit"]["addr"]),
            ("Consignee", "Helix Powertrain GmbH, Werk Zwickau, Kopernikusstraße 3, 08056 Zwickau, Germany"),
            ("Port of loading", "Busan, Korea"), ("Port of discharge", "Hamburg, Germany"),
            ("Vessel / voyage", "HMM ALGECIRAS 0047W")]),
        T([["Pallet", "Part no.", "Description", "Qty (pcs)", "Net weight (kg)", "Gross weight (kg)"],
           ["1–12", "HB-P55", "Lithium ion pouch cell 55 Ah", "2,880", "2,433.6", "2,736.0"],
           ["13–14", "HB-P55-S", "Spare cells, same lot", "240", "202.8", "238.0"],
           ["", "", "Total", "3,120", "2,636.4", "2,974.0"]]),
        ("p", "Dangerous goods: UN 3480, LITHIUM ION BATTERIES, Class 9, packed per IMDG Code special provision 188 "
              "not applicable; SOC max. 30 %. Cell type tested according to UN Manual of Tests and Criteria, Part III, "
              "sub-section 38.3; test summary available on request."),
        ("p", "Marks: HELIX / ZWICKAU / PO 4500188213 / PALLET 1–14"),
        ("p", "Certified true and correct. – Export Logistics Team"),
    ])


doc("hanbit", "logistics/Packing_List_PL-HB-260914.pdf", "noise", "noise/packing-list-dg-note", "pdf", [],
    ["mentions_test"], w_hanbit_packing)


# ---------------------------------------------------------------------------------------------------------
# Energa Pack Systems (PL, pack integrator)
# ---------------------------------------------------------------------------------------------------------

def w_energa_9001(p):
    write_docx(p, [
        ("title", "Certificate of Approval"),
        ("p", "This is to certify that the Management System of:"),
        ("b", "Energa Pack Systems Sp. z o.o."),
        ("p", "ul. Logistyczna 14, 55-040 Kobierzyce, Poland"),
        ("p", "has been approved by Meridian Assurance Ltd. and found to comply with the requirements of:"),
        ("b", "ISO 9001:2015"),
        ("p", "The Management System is applicable to:"),
        ("p", "Design, assembly and testing of lithium-ion battery packs and modules for light electric vehicles and "
              "industrial applications."),
        ("p", "Approval certificate no.: MAL 0093317"),
        ("p", "Original approval: 12 January 2018"),
        ("p", "This certificate is valid from 12 January 2024 until 11 January 2027 and remains valid subject to "
              "satisfactory surveillance audits."),
        ("sp",),
        ("p", "Issued by: Meridian Assurance Ltd., 20 Fenchurch Place, London EC3M 3BY, United Kingdom\n"
              "Signed: Helen Marsh, Certification Director"),
    ], footer="This certificate is the property of Meridian Assurance Ltd. and must be returned on request.",
        author="Meridian Assurance")


doc("energa", "certificates/ISO 9001 certificate.docx", "certificate", "certificate/prose-valid-from-until", "docx",
    [cert("ISO 9001:2015", "MAL 0093317", "Energa Pack Systems Sp. z o.o.", "Meridian Assurance Ltd.",
          "2024-01-12", "2027-01-11")],
    ["expiring", "validity_in_sentence"], w_energa_9001)


def w_energa_smeta(p):
    D = dt.date
    details = [["SMETA Corrective Action Plan Report (CAPR)"],
               [],
               ["Sedex Company Reference", "ZC4081723"],
               ["Sedex Site Reference", "ZS4089124"],
               ["Site name", "Energa Pack Systems Sp. z o.o. – Kobierzyce"],
               ["Audit type", "SMETA 6.1 4-Pillar (Labour Standards, Health & Safety, Environment, Business Ethics)"],
               ["Audit company", "Baltic Ethical Audit Sp. z o.o."],
               ["Lead auditor", "Katarzyna Wrona (APSCA CSCA)"],
               ["Audit dates", "16/06/2026 – 17/06/2026"],
               ["Report date", "24/06/2026"],
               ["Audit announced / semi / unannounced", "Semi-announced"],
               ["Workers on site", "186 (incl. 41 agency workers)"],
               ["Last update of this CAPR", "02/09/2026"],
               [],
               ["Summary of findings: 3 non-compliances (1 Major, 2 Minor) and 1 observation. No critical issues."]]
    capr = [["NC ref", "ETI / Code area", "Issue title", "Description of non-compliance", "Objective evidence",
             "Severity", "Recommended corrective action", "Timescale", "Due date", "Verification method",
             "Status / comments"],
            ["NC-1", "3. Working conditions are safe and hygienic", "Fire extinguisher inspection",
             "4 of 22 fire extinguishers in the finished-goods warehouse had not been inspected since 03/2025.",
             "Site tour; extinguisher tags", "Minor", "Inspect all extinguishers; add to monthly checklist",
             "30 days", D(2026, 7, 17), "Desktop", "Closed – service record and photos accepted 10/07/2026"],
            ["NC-2", "5. Living wages are paid", "Overtime premium for agency workers",
             "Agency workers were paid a 50 % overtime premium instead of 100 % for Sunday and night overtime "
             "(Polish Labour Code Art. 151(1)).", "Payroll April–May 2026, 10 agency workers",
             "Major", "Recalculate and back-pay; align agency contract", "60 days", D(2026, 8, 16), "Follow-up audit",
             "Pending verification – back-pay evidence submitted 02/09/2026, follow-up audit not yet scheduled"],
            ["NC-3", "6. Working hours are not excessive", "Rest periods",
             "3 of 25 sampled workers did not receive the 11-hour daily rest on 2 occasions in May 2026.",
             "Time records May 2026", "Minor", "Shift planning control", "90 days", D(2026, 9, 15), "Desktop",
             "Closed 12/09/2026"],
            ["OBS-1", "8. Regular employment is provided", "Handbook language",
             "Employee handbook not available in Ukrainian although 23 workers are Ukrainian nationals.",
             "Worker interviews", "Observation", "Translate handbook", "–", "", "–", "Open (for information)"]]
    write_xlsx(p, [("Audit details", details, {"widths": [38, 80], "bold_rows": [1]}),
                   ("CAPR", capr, {"widths": [8, 26, 24, 50, 26, 11, 32, 10, 12, 14, 44], "bold_rows": [1],
                                   "date_format": "DD/MM/YYYY"})],
               author="Baltic Ethical Audit")


doc("energa", "audits/SMETA_CAPR_Energa_2026.xlsx", "audit", "audit/smeta-capr-xlsx", "xlsx",
    findings("social", "Baltic Ethical Audit Sp. z o.o.",
             [("NC-1", "minor", "closed", "2026-07-17"), ("NC-2", "major", "open", "2026-08-16"),
              ("NC-3", "minor", "closed", "2026-09-15"), ("OBS-1", "observation", "open", None)],
             report_date="2026-06-24"),
    ["summary_counts", "pending_verification", "overdue_major", "date_cells"], w_energa_smeta)


def w_energa_env(p):
    firm = "EnviroCheck Polska Sp. z o.o."
    write_pdf(p, [
        ("title", "Environmental Management Audit Report"),
        ("p", "Second-party audit against ISO 14001:2015 – performed on behalf of the customer"),
        KV([("Organisation", "Energa Pack Systems Sp. z o.o., Kobierzyce plant"),
            ("Audit date", "29 September 2026"), ("Report date", "5 October 2026"),
            ("Auditor", "Tomasz Zielinski, " + firm),
            ("Scope", "Battery pack assembly, end-of-line testing, waste storage, wastewater, emergency "
                      "preparedness")]),
        ("h", "Summary"),
        ("p", "The environmental management system is implemented and generally effective. The audit resulted in "
              "no major non-conformities, two minor non-conformities and one opportunity for improvement."),
        ("h", "Findings"),
        ("p", "Finding 1 – Minor non-conformity (ISO 14001:2015, 6.1.3 Compliance obligations). The register of "
              "legal requirements had not been updated to reflect the amended Waste Act and the new reporting "
              "obligations for battery waste (BDO database). Correction and corrective action to be completed by "
              "31 January 2027. Status: open."),
        ("p", "Finding 2 – Minor non-conformity (8.2 Emergency preparedness and response). The spill kit at the "
              "storage area for electrolyte-contaminated waste was incomplete (absorbent pads missing). The kit was "
              "replenished during the audit and the auditor verified the correction on site. Status: closed."),
        ("p", "Finding 3 – Opportunity for improvement (9.1.1 Monitoring and measurement). Consider sub-metering "
              "the compressed-air system, which is estimated to account for 18 % of site electricity use. "
              "Status: open."),
        ("h", "Conclusion"),
        ("p", "The organisation is requested to submit its corrective action plan for Finding 1 within 30 days of "
              "receipt of this report."),
        ("p", f"Tomasz Zielinski, Lead Auditor, {firm}"),
    ], header=(firm, "Audit report EPS-ENV-2026-02"), footer=("", "Page {p} of {n}"))


doc("energa", "audits/Environmental audit report 2026-10.pdf", "audit", "audit/numbered-prose-en", "pdf",
    findings("environmental", "EnviroCheck Polska Sp. z o.o.",
             [("Finding 1", "minor", "open", "2027-01-31"), ("Finding 2", "minor", "closed", None),
              ("Finding 3", "observation", "open", None)], report_date="2026-10-05", audit_date="2026-09-29"),
    ["summary_counts", "summary_zero_majors_in_words"], w_energa_env)


def w_energa_un48(p):
    name, addr, tel, mail, web = LAB["BBTC"]
    s = SUP["energa"]
    rows = [["UN 38.3 TEST SUMMARY"],
            ["(Manual of Tests and Criteria, section 38.3.5)"],
            [],
            ["Manufacturer", s["legal"]],
            ["Manufacturer address", s["addr"]],
            ["Manufacturer contact", f"{s['tel']} / {s['mail']} / {s['web']}"],
            ["Test laboratory", name],
            ["Laboratory address", addr],
            ["Laboratory contact", f"{tel} / {mail} / {web}"],
            ["Test report ID", "BBTC/UN/2026/0142"],
            ["Date of test report", dt.date(2026, 4, 14)],
            ["Type", "Lithium ion battery (LiFePO4), 16S1P, rechargeable"],
            ["Model", "EPS-48V-100"],
            ["Nominal voltage", "51.2 V"],
            ["Rated capacity", "100 Ah"],
            ["Watt-hour rating", "5120 Wh"],
            ["Mass", "46.5 kg"],
            ["Physical description", "Steel enclosure 520 × 440 × 225 mm, BMS integrated, Anderson SB175 connector"],
            [],
            ["Test", "Description", "Result"]]
    for t, nm in UN_NAMES_EN.items():
        rows.append([t, nm, "N/A" if t in ("T.6", "T.8") else "P"])
    rows += [[],
             ["Legend", "P = passed; N/A = not applicable to this battery"],
             ["Assembled battery (38.3.3 f)", "Component cells tested under BBTC/UN/2025/0871"],
             ["Manual edition", "Rev. 8"],
             ["Signature", "Piotr Nowak, Kierownik Laboratorium / Laboratory Manager (signed)"]]
    write_xlsx(p, [("Test summary", rows, {"widths": [30, 70, 12], "bold_rows": [1, 20],
                                           "date_format": "YYYY-MM-DD"})], author="BBTC")


doc("energa", "tests/UN38.3_EPS-48V-100.xlsx", "transport_test", "transport_test/xlsx-form", "xlsx",
    [un("BBTC/UN/2026/0142", LAB["BBTC"][0], "2026-04-14", "EPS-48V-100", BATT, "Piotr Nowak", 5120.0, 46500.0)],
    ["date_cell", "result_codes"], w_energa_un48)


def w_energa_unm8(p):
    name, addr, tel, mail, web = LAB["BBTC"]
    write_pdf(p, [
        ("title", "UN 38.3 Test Summary"),
        ("numbered", [f"Manufacturer: {sup_line('energa')}",
                      f"Test laboratory: {name}, {addr}, {tel}, {mail}, {web}",
                      "Test report: BBTC/UN/2025/0977, 2025-12-09",
                      "Battery description: lithium ion battery module, NMC, 8S3P, model EPS-HV-M8; nominal voltage "
                      "29.6 V; rated capacity 150 Ah; mass 28.9 kg; steel enclosure 590 × 330 × 160 mm",
                      "Tests and results: T.1–T.5: passed; T.6: not applicable; T.7: passed; T.8: not applicable",
                      "Manual of Tests and Criteria, Rev. 8",
                      "Signature: Piotr Nowak, Laboratory Manager"]),
    ], footer=(name, ""))


doc("energa", "tests/UN38.3_EPS-HV-M8.pdf", "transport_test", "transport_test/numbered-range-results", "pdf",
    [un("BBTC/UN/2025/0977", LAB["BBTC"][0], "2025-12-09", "EPS-HV-M8", BATT, "Piotr Nowak", None, 28900.0,
        missing=["description"])],
    ["missing_wh", "incomplete", "range_results"], w_energa_unm8)


def w_energa_ul2580(p):
    name, addr, *_ = LAB["MABSL"]
    tests = ["Overcharge", "Short Circuit", "Overdischarge Protection", "Temperature", "Imbalanced Charging",
             "Dielectric Voltage Withstand", "Isolation Resistance", "Vibration Endurance", "Shock", "Crush",
             "Drop (pack)", "Immersion", "External Fire Exposure"]
    write_pdf(p, [
        ("title", "Test Report – ANSI/CAN/UL 2580"),
        ("p", "Batteries for Use in Electric Vehicles, 3rd Edition (2020)"),
        KV([("Report number", "MABSL-2580-26-014"), ("Report date", "Jul. 7, 2026"),
            ("Applicant / manufacturer", SUP["energa"]["legal"]),
            ("Product", "Lithium-ion battery pack for light electric vehicles"), ("Model", "EPS-48V-100"),
            ("Ratings", "51.2 V DC, 100 Ah, 5.12 kWh"), ("Test laboratory", f"{name}, {addr}")], ),
        T([["Test", "Result"]] + [[t, "Pass"] for t in tests]),
        ("h", "Conclusion"),
        ("p", "The sample battery pack complies with the applicable requirements of UL 2580, 3rd Edition (2020)."),
        ("p", "Project engineer: Daniel Kowalczyk        Reviewer: Sarah O'Neill"),
    ], letter=True, header=(name, "MABSL-2580-26-014"), footer=("", "Page {p} of {n}"))


doc("energa", "tests/UL2580_EPS-48V-100.pdf", "safety_test", "safety_test/ul2580-results-list", "pdf",
    [saf("UL 2580:2020", "MABSL-2580-26-014", LAB["MABSL"][0], "2026-07-07", "EPS-48V-100", "pass")],
    ["abbrev_month_date"], w_energa_ul2580)


def w_energa_62619(p):
    name, addr, *_ = LAB["BBTC"]
    rows = [["Clause", "Test", "Observation", "Verdict"],
            ["7.2.1", "External short-circuit (battery system)", "Protection opened after 2.1 ms; no fire", "P"],
            ["7.2.2", "Impact", "Cell-level test, covered by cell report", "N/A"],
            ["7.2.3", "Drop", "Whole battery, 100 mm edge drop: no fire, no explosion", "P"],
            ["7.2.4", "Thermal abuse", "Cell-level test", "N/A"],
            ["7.2.5", "Overcharge", "Cell-level test", "N/A"],
            ["7.2.6", "Forced discharge", "Cell-level test", "N/A"],
            ["7.3.3", "Propagation (internal short of one cell by heating)",
             "Thermal runaway propagated to 5 adjacent cells; flames observed outside the enclosure at 14 min", "F"],
            ["8.2.2", "Overcharge control of voltage", "BMS stopped charging at 4.21 V/cell", "P"],
            ["8.2.3", "Overcharge control of current", "BMS stopped charging at 1.2 × max current", "P"],
            ["8.2.4", "Overheating control", "BMS stopped charging at 55 °C", "P"]]
    write_docx(p, [
        ("title", "Test Report IEC 62619:2022"),
        KV([("Report No.", "BBTC/S/2026/0311"), ("Date", "2026-05-26"), ("Laboratory", name), ("Address", addr),
            ("Customer", SUP["energa"]["legal"]), ("Test object", "Lithium-ion battery module, 8S3P NMC"),
            ("Model", "EPS-HV-M8"), ("Standard", "IEC 62619:2022 Secondary lithium cells and batteries for use in "
                                                 "industrial applications")]),
        ("p", "P = requirement met; F = requirement not met; N/A = not applicable"),
        T(rows),
        ("h", "Verdict"),
        ("p", "The battery system does not comply with IEC 62619:2022 (clause 7.3.3 Propagation test)."),
        ("p", "Tested by: Marta Lewandowska\nApproved by: Piotr Nowak, Laboratory Manager"),
    ], header=f"{name} – Report BBTC/S/2026/0311", author="BBTC")


doc("energa", "tests/IEC62619_EPS-HV-M8_report.docx", "safety_test", "safety_test/docx-clause-table-fail", "docx",
    [saf("IEC 62619:2022", "BBTC/S/2026/0311", LAB["BBTC"][0], "2026-05-26", "EPS-HV-M8", "fail")],
    ["failed", "does_not_comply"], w_energa_62619)


# ---------------------------------------------------------------------------------------------------------
# Moravia Battery Modules (CZ, modules and packs)
# ---------------------------------------------------------------------------------------------------------

def w_moravia_45001(p):
    write_pdf(p, [
        ("title", "CERTIFICATE"),
        ("p", "No. BC-OHS-0219/23"),
        ("p", "Bohemia Cert s.r.o., certification body for management systems accredited by the Czech Accreditation "
              "Institute under No. 3107, hereby confirms that the organisation"),
        ("b", "Moravia Battery Modules s.r.o."),
        ("p", "Tovarni 1150, 686 01 Uherske Hradiste, Czech Republic\nID No.: 27145523"),
        ("p", "has established and maintains an occupational health and safety management system in accordance "
              "with the standard"),
        ("title", "CSN ISO 45001:2018"),
        ("p", "Scope: Assembly of lithium-ion battery modules and battery packs for automotive and industrial use."),
        KV([("Date of issue", "18.05.2023"), ("Platnost do / Valid until", "17.05.2026")]),
        ("p", "Prague, 18.05.2023"),
        ("sp", 8),
        ("p", "Ing. Tomas Dvorak\nCertification Manager"),
        ("small", "The validity of this certificate is subject to successful surveillance audits. The current status "
                  "of the certificate can be verified with Bohemia Cert s.r.o."),
    ], footer=("Bohemia Cert s.r.o., Na Porici 1041/12, 110 00 Praha 1", ""))


doc("moravia", "certificates/ISO45001_certificate_MBM.pdf", "certificate", "certificate/kv-bilingual-cz-en", "pdf",
    [cert("ISO 45001:2018", "BC-OHS-0219/23", "Moravia Battery Modules s.r.o.", "Bohemia Cert s.r.o.",
          "2023-05-18", "2026-05-17")],
    ["expired", "national_prefix"], w_moravia_45001)


def w_moravia_process(p):
    firm = "Danube Automotive Quality s.r.o."
    rows = [["No.", "Clause", "Nonconformity", "Grade", "Target date", "Status"],
            ["01", "8.5.1.1 Control plan",
             "The control plan for module welding line WL-2 does not include the laser weld penetration check "
             "required by the PFMEA (cross-section every 500 welds).", "NC-A", "15.05.2026",
             "Closed – verified 20.05.2026"],
            ["02", "7.1.5.1.1 Measurement systems analysis",
             "No MSA studies for the 14 torque tools used on the busbar fastening station.", "NC-B", "30.06.2026",
             "Overdue"],
            ["03", "10.2.3 Problem solving",
             "Customer complaint 26-0041 (swapped temperature sensor harness) closed without root-cause "
             "verification.", "NC-B", "30.06.2026", "Closed"],
            ["04", "8.7.1.4 Control of reworked product",
             "Rework of cell-to-busbar welds performed without documented rework instruction and without risk "
             "assessment.", "NC-A", "18.12.2026 (extended, originally 15.05.2026)", "In progress"],
            ["05", "7.2.1 Competence",
             "Training matrix not updated for 4 operators hired in February 2026.", "NC-B", "30.06.2026",
             "Closed"]]
    write_pdf(p, [
        ("title", "Manufacturing Process Audit Report"),
        KV([("Organisation", "Moravia Battery Modules s.r.o., Uherske Hradiste plant"),
            ("Audit basis", "IATF 16949:2016 clause 9.2.2.3 and customer-specific requirements"),
            ("Audit date", "31.03.2026"), ("Report date", "08.04.2026"),
            ("Auditor", "Ing. Lukas Benes (" + firm + ")"),
            ("Processes", "Cell sorting, module stacking, laser welding, busbar fastening, EOL test")]),
        ("h", "Grading"),
        ("p", "NC-A = major nonconformity (system failure or risk of nonconforming product reaching the customer); "
              "NC-B = minor nonconformity (single lapse); OBS = observation."),
        ("h", "Summary"),
        ("p", "The audit resulted in 2 major (NC-A) and 3 minor (NC-B) non-conformities. No observations were "
              "recorded. Status of the corrective actions as of 30.10.2026 is given in the table below."),
        T(rows, widths=[11, 36, 66, 14, 27, 20]),
        ("p", f"Ing. Lukas Benes, Lead Auditor, {firm}"),
    ], header=(firm, "Report MPA-2026-031"), footer=("Confidential", "Page {p} of {n}"))


doc("moravia", "audits/Process audit report MBM 2026-04.pdf", "audit", "audit/nc-a-nc-b-table", "pdf",
    findings("quality", "Danube Automotive Quality s.r.o.",
             [("01", "major", "closed", "2026-05-15"), ("02", "minor", "open", "2026-06-30"),
              ("03", "minor", "closed", "2026-06-30"), ("04", "major", "open", "2026-12-18"),
              ("05", "minor", "closed", "2026-06-30")], report_date="2026-04-08", audit_date="2026-03-31"),
    ["summary_counts", "extended_due_date", "open_major_not_due"], w_moravia_process)


def w_moravia_amfori(p):
    firm = "Central European Social Audits GmbH"
    write_docx(p, [
        ("title", "amfori BSCI Audit Report"),
        KV([("Auditee", "Moravia Battery Modules s.r.o."), ("amfori ID", "156-0049821-000"),
            ("Audit type", "Full audit, semi-announced"), ("Audit dates", "25–26 August 2026"),
            ("Report date", "10 September 2026"), ("Auditing company", firm),
            ("Lead auditor", "Mag. Eva Hofer")]),
        ("h", "Overall rating"),
        ("p", "Overall audit rating: B. Zero tolerance issues: none identified."),
        T([["Performance area", "Rating"],
           ["PA1 Social Management System and Cascade Effect", "B"], ["PA2 Workers' Involvement and Protection", "A"],
           ["PA3 The Rights of Freedom of Association and Collective Bargaining", "A"],
           ["PA4 No Discrimination, Violence or Harassment", "A"], ["PA5 Fair Remuneration", "A"],
           ["PA6 Occupational Health and Safety", "C"], ["PA7 Special Protection for Young Workers", "N/A"],
           ["PA8 No Precarious Employment", "A"], ["PA9 No Bonded, Forced Labour or Human Trafficking", "A"],
           ["PA10 Decent Working Hours", "D"], ["PA11 No Child Labour", "A"],
           ["PA12 Protection of the Environment", "B"], ["PA13 Ethical Business Behaviour", "A"]]),
        ("p", "Severity scale used in this report: High – major non-compliance, corrective action within 90 days; "
              "Medium – minor non-compliance; Low – observation, improvement recommended."),
        ("h", "Finding 1 — PA10 Decent Working Hours"),
        ("p", "Description: 12 of 40 sampled workers worked more than 48 regular hours plus 12 overtime hours per "
              "week in June and July 2026 (maximum 66 hours)."),
        ("p", "Severity: High"),
        ("p", "Corrective action: implement capacity planning with overtime cap; monthly review by HR."),
        ("p", "Deadline: 15 January 2027"),
        ("p", "Status: Open"),
        ("h", "Finding 2 — PA6 Occupational Health and Safety"),
        ("p", "Description: Machine guarding interlock on stacking robot cell 2 bypassed with a cable tie."),
        ("p", "Severity: Medium"),
        ("p", "Corrective action: restore interlock; daily safety check."),
        ("p", "Deadline: 31 October 2026"),
        ("p", "Status: In progress"),
        ("h", "Finding 3 — PA12 Protection of the Environment"),
        ("p", "Description: Waste segregation bins in the canteen not labelled."),
        ("p", "Severity: Low"),
        ("p", "Deadline: none"),
        ("p", "Status: Open"),
    ], header=f"amfori BSCI – {firm}", footer="This report is the property of the auditee. amfori ID 156-0049821-000",
        author="E. Hofer")


doc("moravia", "audits/amfori BSCI audit report.docx", "audit", "audit/amfori-headed-blocks-high-medium-low", "docx",
    findings("social", "Central European Social Audits GmbH",
             [("Finding 1", "major", "open", "2027-01-15"), ("Finding 2", "minor", "open", "2026-10-31"),
              ("Finding 3", "observation", "open", None)], report_date="2026-09-10"),
    ["high_medium_low", "open_major_not_due", "zero_tolerance_none"], w_moravia_amfori)


def w_moravia_un_fail(p):
    name, addr, tel, mail, web = LAB["CBTL"]
    write_pdf(p, [
        ("title", "Test Summary – UN Manual of Tests and Criteria, 38.3"),
        KV([("Manufacturer", sup_line("moravia", "\n")), ("Test laboratory", f"{name}\n{addr}\n{tel}, {mail}, {web}"),
            ("Test report ID", "CBTL-2026-0519"), ("Date of test report", "19.05.2026"),
            ("Battery", "Lithium ion battery module (NMC), 12S1P, rechargeable"), ("Model", "MBM-M12S-64"),
            ("Nominal voltage / capacity", "44.4 V / 64 Ah"), ("Watt-hour rating", "2841.6 Wh"),
            ("Mass", "16.8 kg"), ("Physical description", "Aluminium housing, 355 × 151 × 108 mm")]),
        T([["Test", "Result", "Remarks"],
           ["T.1 Altitude simulation", "PASS", ""], ["T.2 Thermal test", "PASS", ""],
           ["T.3 Vibration", "FAIL", "Sample 3: OCV after test 86.1 % of pre-test value (requirement >= 90 %)"],
           ["T.4 Shock", "PASS", ""], ["T.5 External short circuit", "PASS", ""],
           ["T.6 Impact/Crush", "N/A", "Not applicable to batteries"], ["T.7 Overcharge", "PASS", ""],
           ["T.8 Forced discharge", "N/A", "Not applicable to batteries"]], widths=[50, 20, 104]),
        ("p", "Conclusion: the battery module did not meet the requirements of test T.3."),
        ("p", "Edition: UN Manual of Tests and Criteria, Rev. 7, Amend. 1"),
        ("p", "Signature: Ing. Petra Horakova, Head of Laboratory"),
    ], header=(name, "CBTL-2026-0519"), footer=("", "Page {p} of {n}"))


doc("moravia", "tests/MBM-M12S-64 UN 38.3.pdf", "transport_test", "transport_test/results-table-remarks-fail", "pdf",
    [un("CBTL-2026-0519", LAB["CBTL"][0], "2026-05-19", "MBM-M12S-64", dict(BATT, **{"T.3": "fail"}),
        "Petra Horakova", 2841.6, 16800.0)],
    ["failed"], w_moravia_un_fail)


def w_moravia_un_txt(p):
    name, addr, tel, mail, web = LAB["CBTL"]
    s = SUP["moravia"]

    def line(t, nm, r):
        return f"  {t} {nm} {'.' * (28 - len(nm))} {r}"

    res = "\n".join(line(t, nm, "–" if t in ("T.6", "T.8") else "PASS") for t, nm in UN_NAMES_EN.items())
    write_text(p, f"""
UN 38.3 TEST SUMMARY
====================

Manufacturer     : {s['legal']}, {s['addr']}, {s['tel']}, {s['mail']}, {s['web']}
Test laboratory  : {name}, {addr}, {tel}, {mail}, {web}
Report ID        : CBTL-2025-1102
Report date      : 2025-11-21
Type             : Lithium ion battery module (LFP), 16S1P
Model            : MBM-M16S-50
Nominal voltage  : 51.2 V
Rated capacity   : 50 Ah
Rated energy     : 2560 Wh
Mass             : 21.4 kg
Description      : aluminium housing 390 × 151 × 108 mm, M6 terminals

Tests:
{res}
  (– = not applicable to this battery type)

Reference        : UN Manual of Tests and Criteria, 7th revised edition, Amendment 1, section 38.3
Signed           : Ing. Petra Horakova, Head of Laboratory
""")


doc("moravia", "tests/MBM-M16S-50 UN 38.3.txt", "transport_test", "transport_test/plain-text-dash-na", "txt",
    [un("CBTL-2025-1102", LAB["CBTL"][0], "2025-11-21", "MBM-M16S-50", BATT, "Petra Horakova", 2560.0,
        21400.0)],
    ["dash_not_applicable"], w_moravia_un_txt)


def w_moravia_r100(p):
    name, addr, *_ = LAB["CBTL"]
    annex = [["Annex", "Test", "Result"],
             ["8A", "Vibration", "passed"], ["8B", "Thermal shock and cycling", "passed"],
             ["8C", "Mechanical shock", "passed"], ["8D", "Mechanical integrity (crush)", "passed"],
             ["8E", "Fire resistance", "passed"], ["8F", "External short circuit protection", "passed"],
             ["8G", "Overcharge protection", "passed"], ["8H", "Over-discharge protection", "passed"],
             ["8I", "Over-temperature protection", "passed"], ["8J", "Overcurrent protection", "passed"]]
    write_pdf(p, [
        ("title", "Test Report – REESS according to UN Regulation No. 100"),
        KV([("Report No.", "CBTL-R100-2026-0088"), ("Date", "30.06.2026"), ("Testing laboratory", f"{name}, {addr}"),
            ("Applicant", SUP["moravia"]["legal"]), ("REESS / model", "LFP battery module MBM-M16S-50, 51.2 V, 50 Ah"),
            ("Regulation", "UN ECE R100, 03 series of amendments, Part II (Requirements of a Rechargeable "
                           "Electrical Energy Storage System)")]),
        T(annex, widths=[20, 110, 44]),
        ("p", "Thermal propagation (paragraph 6.15): manufacturer's documentation reviewed, no objection."),
        ("b", "Conclusion: the REESS complies with the requirements of Part II of UN Regulation No. 100."),
        ("p", "Ing. Petra Horakova, Head of Laboratory"),
    ], header=(name, "CBTL-R100-2026-0088"), footer=("", "Page {p} of {n}"))


doc("moravia", "tests/ECE-R100_MBM-M16S-50.pdf", "safety_test", "safety_test/r100-annex-table", "pdf",
    [saf("UN ECE R100", "CBTL-R100-2026-0088", LAB["CBTL"][0], "2026-06-30", "MBM-M16S-50", "pass")],
    ["regulation_not_standard"], w_moravia_r100)


def w_moravia_ul2580(p):
    name, addr, *_ = LAB["MABSL"]
    write_pdf(p, [
        ("title", "UL 2580 Evaluation – Summary of Test Results"),
        ("p", f"Report MABSL-2580-25-077 issued 2025-10-14 by {name}, {addr}."),
        ("p", "Product: lithium-ion battery module MBM-M12S-64 (44.4 V, 64 Ah, NMC), manufactured by Moravia Battery "
              "Modules s.r.o."),
        ("p", "Standard: ANSI/CAN/UL 2580:2020, Batteries for Use in Electric Vehicles (module level evaluation)."),
        ("bullets", ["Electrical tests (overcharge, short circuit, overdischarge, temperature, imbalanced "
                     "charging, dielectric voltage withstand, isolation resistance): conforms",
                     "Mechanical tests (vibration, shock, crush, rotation, drop): conforms",
                     "Environmental tests (thermal cycling, immersion, external fire exposure): conforms"]),
        ("b", "Overall result: the module conforms to UL 2580:2020."),
        ("p", "Sarah O'Neill, Reviewer"),
    ], letter=True, footer=(name, "Page {p} of {n}"))


doc("moravia", "tests/UL2580 MBM-M12S-64.pdf", "safety_test", "safety_test/bullets-conforms", "pdf",
    [saf("UL 2580:2020", "MABSL-2580-25-077", LAB["MABSL"][0], "2025-10-14", "MBM-M12S-64", "pass")],
    [], w_moravia_ul2580)


# ---------------------------------------------------------------------------------------------------------
# Baterías del Ebro (ES, LFP battery packs)
# ---------------------------------------------------------------------------------------------------------

def w_ebro_9001(p):
    write_pdf(p, [
        ("title", "CERTIFICADO DEL SISTEMA DE GESTIÓN DE LA CALIDAD"),
        ("p", "Nº de certificado: NV-SGC-2019/0412"),
        ("p", "Normaval Certificación S.L. certifica que la organización"),
        ("b", "BATERÍAS DEL EBRO S.A."),
        ("p", "con domicilio social en Polígono Industrial Malpica, Calle E, nave 14, 50016 Zaragoza (España)"),
        ("p", "dispone de un sistema de gestión de la calidad conforme con la Norma"),
        ("title", "UNE-EN ISO 9001:2015"),
        ("p", "para las actividades: Diseño, ensamblaje y ensayo de baterías de litio-ferrofosfato para "
              "almacenamiento estacionario y vehículos industriales."),
        KV([("Fecha de primera emisión", "24/07/2019"), ("Fecha de emisión", "24/07/2025"),
            ("Fecha de caducidad", "23/07/2028")]),
        ("small", "La validez del presente certificado está sujeta a la realización satisfactoria de las auditorías "
                  "de seguimiento anuales."),
        ("p", "Madrid, 24/07/2025\nD. Alberto Ruiz Montero, Director General"),
    ], footer=("Normaval Certificación S.L. · C/ de Alcalá 265, 28027 Madrid", ""))


doc("ebro", "certificados/Certificado ISO 9001.pdf", "certificate", "certificate/es", "pdf",
    [cert("ISO 9001:2015", "NV-SGC-2019/0412", "Baterías del Ebro S.A.", "Normaval Certificación S.L.",
          "2025-07-24", "2028-07-23")],
    ["national_prefix", "initial_certification_date"], w_ebro_9001)


def w_ebro_audit(p):
    firm = "Auditores Técnicos del Norte S.L."
    write_pdf(p, [
        ("title", "Informe de auditoría de proceso de fabricación"),
        KV([("Organización auditada", "Baterías del Ebro S.A. – planta de Zaragoza"),
            ("Fecha de auditoría", "21/07/2026"), ("Fecha del informe", "03/08/2026"),
            ("Entidad auditora", firm), ("Auditor jefe", "Iñigo Larrañaga Echevarría"),
            ("Alcance", "Recepción de celdas, ensamblaje de módulos, soldadura láser, ensayo final")]),
        ("h", "Resumen"),
        ("p", "Se detectaron una (1) no conformidad mayor, una (1) no conformidad menor y una (1) observación. El "
              "estado de las acciones se actualizó a fecha 30/10/2026."),
        ("h", "Hallazgos"),
        T([["Ref.", "Requisito", "Descripción", "Clasificación", "Fecha límite", "Estado"],
           ["NC-1", "Control de la soldadura láser",
            "No se verifica la potencia del láser al inicio de turno según el plan de control PC-SL-02.",
            "No conformidad mayor", "15/09/2026", "Cerrada (verificada el 20/09/2026)"],
           ["NC-2", "Trazabilidad de celdas",
            "En 2 de 10 módulos muestreados no se pudo vincular el número de serie de las celdas con el lote "
            "del proveedor.", "No conformidad menor", "30/11/2026", "Abierta"],
           ["OBS-1", "Orden y limpieza", "Zona de material no conforme sin delimitar en el almacén 2.",
            "Observación", "—", "Abierta"]], widths=[14, 30, 60, 26, 20, 24]),
        ("p", "Iñigo Larrañaga Echevarría – Auditor jefe, " + firm),
    ], header=(firm, "Informe ATN-2026-118"), footer=("Confidencial", "Página {p} de {n}"))


doc("ebro", "auditorias/Informe auditoria proceso 2026.pdf", "audit", "audit/es-table", "pdf",
    findings("quality", "Auditores Técnicos del Norte S.L.",
             [("NC-1", "major", "closed", "2026-09-15"), ("NC-2", "minor", "open", "2026-11-30"),
              ("OBS-1", "observation", "open", None)], report_date="2026-08-03", audit_date="2026-07-21"),
    ["summary_counts", "counts_in_words"], w_ebro_audit)


def w_ebro_un48(p):
    name, addr, tel, mail, web = LAB["CEBA"]
    s = SUP["ebro"]
    names = {"T.1": "Simulación de altitud", "T.2": "Ensayo térmico", "T.3": "Vibración", "T.4": "Choque",
             "T.5": "Cortocircuito externo", "T.6": "Impacto / aplastamiento", "T.7": "Sobrecarga",
             "T.8": "Descarga forzada"}
    write_pdf(p, [
        ("title", "RESUMEN DE ENSAYOS UN 38.3"),
        ("p", "según el apartado 38.3.5 del Manual de Pruebas y Criterios de las Naciones Unidas"),
        KV([("Fabricante", f"{s['legal']}, {s['addr']}, tel. {s['tel']}, {s['mail']}, {s['web']}"),
            ("Laboratorio de ensayo", f"{name}, {addr}, tel. {tel}, {mail}, {web}"),
            ("N.º de informe", "CEBA-26-0207"), ("Fecha del informe", "24/02/2026"),
            ("Descripción", "Batería de iones de litio (LiFePO4), recargable, 16S2P, carcasa de acero"),
            ("Modelo", "BE-48-200"), ("Tensión nominal", "51,2 V"), ("Capacidad", "200 Ah"),
            ("Energía nominal", "10 240 Wh"), ("Masa", "92 kg")]),
        T([["Ensayo", "Descripción", "Resultado"]]
          + [[t, nm, "no aplica" if t in ("T.6", "T.8") else "superado"] for t, nm in names.items()]),
        ("p", "Edición del Manual: Rev. 7, Enmienda 1 (ST/SG/AC.10/11/Rev.7/Amend.1)"),
        ("p", "Firma: Dña. Lucía Fernández Soler, Directora Técnica"),
    ], footer=(name, "Página {p} de {n}"))


doc("ebro", "ensayos/Resumen UN38.3 BE-48-200.pdf", "transport_test", "transport_test/es-table", "pdf",
    [un("CEBA-26-0207", LAB["CEBA"][0], "2026-02-24", "BE-48-200", BATT, "Lucía Fernández Soler", 10240.0,
        92000.0)],
    ["thousands_space", "decimal_comma"], w_ebro_un48)


def w_ebro_un24(p):
    name, addr, tel, mail, web = LAB["CEBA"]
    grid = [["Test", "Pass", "Fail", "N/A"]]
    for t, nm in UN_NAMES_EN.items():
        na = t in ("T.6", "T.8")
        grid.append([f"{t} {nm}", "[ ]" if na else "[X]", "[ ]", "[X]" if na else "[ ]"])
    write_pdf(p, [
        ("title", "UN 38.3 TEST SUMMARY FORM"),
        KV([("Manufacturer", sup_line("ebro")), ("Test laboratory", f"{name}, {addr}, {tel}, {mail}, {web}"),
            ("Test report ID", "CEBA-25-1466"), ("Date of test report", "14/11/2025")]),
        ("p", "Lithium ion [X]     Lithium metal [ ]\nCell [ ]     Battery [X]     Component cells tested separately "
              "[X]"),
        KV([("Model", "BE-24-100"), ("Mass", "23.5 kg"), ("Watt-hour rating", "2560 Wh"),
            ("Physical description", "LiFePO4 battery, 8S1P, ABS case 330 × 172 × 220 mm")]),
        T(grid, widths=[90, 28, 28, 28]),
        ("p", "Manual of Tests and Criteria: Rev. 7, Amend. 1"),
        ("p", "Signature: Lucía Fernández Soler, Technical Director"),
    ], footer=("Form CEBA-F-383", ""))


doc("ebro", "ensayos/BE-24-100_UN38.3.pdf", "transport_test", "transport_test/checkbox-grid-pdf", "pdf",
    [un("CEBA-25-1466", LAB["CEBA"][0], "2025-11-14", "BE-24-100", BATT, "Lucía Fernández Soler", 2560.0, 23500.0)],
    ["checkbox_marks"], w_ebro_un24)


def w_ebro_un12(p):
    name, addr, tel, mail, web = LAB["LEEL"]
    s = SUP["ebro"]
    names = {"T.1": "Simulation d'altitude", "T.2": "Essai thermique", "T.3": "Vibrations", "T.4": "Chocs",
             "T.5": "Court-circuit externe", "T.6": "Impact / écrasement", "T.7": "Surcharge",
             "T.8": "Décharge forcée"}
    write_docx(p, [
        ("title", "Synthèse des essais UN 38.3 (paragraphe 38.3.5)"),
        ("p", f"Fabricant : {s['legal']}, {s['addr']} – tél. {s['tel']} – {s['mail']} – {s['web']}"),
        ("p", f"Laboratoire : {name}, {addr} – tél. {tel} – {mail} – {web}"),
        ("p", "N° de rapport : LEEL-2026-0388"),
        ("p", "Date du rapport : 06/05/2026"),
        ("p", "Description : batterie lithium-ion (LiFePO4), 4S1P, modèle BE-12-50 ; tension nominale 12,8 V ; "
              "capacité 50 Ah ; énergie 640 Wh ; masse 6,1 kg ; boîtier ABS 229 × 138 × 208 mm."),
        ("h", "Résultats"),
        ("bullets", [f"{t} {nm} : {'sans objet' if t in ('T.6', 'T.8') else 'conforme'}" for t, nm in names.items()]),
        ("p", "Signature : Claire Dubois, Responsable du laboratoire"),
    ], author="LEEL")


doc("ebro", "ensayos/BE-12-50 synthese UN38.3.docx", "transport_test", "transport_test/fr-bullets-no-manual", "docx",
    [un("LEEL-2026-0388", LAB["LEEL"][0], "2026-05-06", "BE-12-50", BATT, "Claire Dubois", 640.0, 6100.0,
        missing=["manual_edition"])],
    ["missing_manual_edition", "incomplete"], w_ebro_un12)


def w_ebro_62619(p):
    name, addr, *_ = LAB["CEBA"]
    rows = [["Apartado", "Ensayo", "Resultado", "Veredicto"],
            ["7.2.1", "Cortocircuito externo", "Sin fuego ni explosión", "Cumple"],
            ["7.2.3", "Caída", "Sin fuego ni explosión", "Cumple"],
            ["7.3.3", "Propagación", "Sin propagación a celdas adyacentes", "Cumple"],
            ["8.2.2", "Control de tensión de sobrecarga (BMS)", "Corte a 3,65 V/celda", "Cumple"],
            ["8.2.3", "Control de corriente de sobrecarga (BMS)", "Corte a 1,1 × Imáx", "Cumple"],
            ["8.2.4", "Control de sobretemperatura (BMS)", "Corte a 55 °C", "Cumple"]]
    write_pdf(p, [
        ("title", "INFORME DE ENSAYO N.º CEBA-S-26-0058"),
        KV([("Fecha de emisión", "12/03/2026"), ("Laboratorio", f"{name}, {addr}"),
            ("Solicitante", SUP["ebro"]["legal"]), ("Objeto de ensayo", "Batería LiFePO4 51,2 V 200 Ah"),
            ("Modelo", "BE-48-200"), ("Norma de ensayo", "IEC 62619:2022 (UNE-EN IEC 62619)")]),
        T(rows),
        ("b", "Veredicto: CONFORME"),
        ("p", "La muestra ensayada cumple los requisitos aplicables de la norma IEC 62619:2022."),
        ("p", "Lucía Fernández Soler, Directora Técnica"),
    ], header=(name, "CEBA-S-26-0058"), footer=("", "Página {p} de {n}"))


doc("ebro", "ensayos/Informe IEC 62619 BE-48-200.pdf", "safety_test", "safety_test/es", "pdf",
    [saf("IEC 62619:2022", "CEBA-S-26-0058", LAB["CEBA"][0], "2026-03-12", "BE-48-200", "pass")],
    [], w_ebro_62619)


def w_ebro_9540a(p):
    name, addr, *_ = LAB["GLBTL"]
    write_docx(p, [
        ("title", "UL 9540A Module Level Test – Report"),
        KV([("Report No.", "GLBTL-9540A-26-0204"), ("Date", "May 14, 2026"), ("Laboratory", f"{name}, {addr}"),
            ("Client", SUP["ebro"]["legal"]), ("Module", "BE-48-200 (16S2P LiFePO4, 51.2 V, 200 Ah)"),
            ("Method", "UL 9540A, 4th Edition (2019), Section 8 – Module Level Testing"),
            ("Cell level data", "Supplier cell report referenced: SAB-9540A-2026-0061")]),
        ("h", "Observations"),
        ("bullets", ["Thermal runaway was initiated in one cell using two film heaters.",
                     "Thermal runaway propagated to 2 adjacent cells; propagation stopped after 41 min.",
                     "No flaming outside the module enclosure was observed.",
                     "Peak chemical heat release rate: 48 kW; total heat released: 96 MJ.",
                     "Total smoke release: 310 m²; vent gas volume 412 L (H2 36 %)."]),
        ("h", "Result"),
        ("p", "Test data recorded in accordance with UL 9540A Section 8. UL 9540A does not establish pass/fail "
              "criteria; the data are to be used by the authority having jurisdiction and for the unit level "
              "evaluation."),
        ("p", "Emily Chen, Project Engineer"),
    ], author="E. Chen")


doc("ebro", "ensayos/UL9540A_module_BE-48-200.docx", "safety_test", "safety_test/ul9540a-module-bullets", "docx",
    [saf("UL 9540A:2019", "GLBTL-9540A-26-0204", LAB["GLBTL"][0], "2026-05-14", "BE-48-200", "data reported",
         level="module")],
    ["data_reported"], w_ebro_9540a)


# ---------------------------------------------------------------------------------------------------------
# Pacific Crest Energy Storage (US, ESS modules and cabinets)
# ---------------------------------------------------------------------------------------------------------

def w_pacific_9001(p):
    write_pdf(p, [
        ("title", "CERTIFICATE OF REGISTRATION"),
        ("p", "Keystone Registrar Services, Inc. certifies that the Quality Management System of"),
        ("b", "Pacific Crest Energy Storage Inc."),
        ("p", "4100 Harbor Gateway Blvd, Suite 200, Stockton, CA 95206, USA"),
        ("p", "has been audited and found to conform to the requirements of"),
        ("title", "ISO 9001:2015"),
        ("p", "Scope: Design, integration and testing of lithium-ion battery energy storage modules and cabinets."),
        KV([("Certificate Number", "KRS-QMS-25-3381"), ("Initial Registration Date", "09/28/2022"),
            ("Certificate Effective Date", "09/28/2025"), ("Certificate Expiration Date", "09/27/2028")]),
        ("p", "Robert J. Kline, President, Keystone Registrar Services, Inc."),
        ("small", "Validity of this certificate is contingent on the successful completion of annual surveillance "
                  "audits. ANAB accredited management systems certification body (MSCB-1187)."),
    ], letter=True, footer=("Keystone Registrar Services, Inc. · 1200 Liberty Avenue, Pittsburgh, PA 15222", ""))


doc("pacific", "certs/ISO9001_PCES.pdf", "certificate", "certificate/us-mm-dd-yyyy", "pdf",
    [cert("ISO 9001:2015", "KRS-QMS-25-3381", "Pacific Crest Energy Storage Inc.", "Keystone Registrar Services, Inc.",
          "2025-09-28", "2028-09-27")],
    ["us_date_format", "initial_certification_date"], w_pacific_9001)


def w_pacific_audit(p):
    firm = "Cascade Supplier Quality LLC"
    write_docx(p, [
        ("title", "Supplier Quality Audit Report & CAPA Log"),
        KV([("Supplier", "Pacific Crest Energy Storage Inc., Stockton, CA"), ("Audit date", "June 9, 2026"),
            ("Report date", "June 16, 2026"), ("Auditor", "Jennifer Alvarez, CQA – " + firm),
            ("Audit standard", "ISO 9001:2015 and customer Supplier Quality Manual SQM-07, rev. F")]),
        ("h", "Finding categories"),
        ("bullets", ["Category I – Major: absence or total breakdown of a required process, or a condition likely "
                     "to result in nonconforming product being shipped.",
                     "Category II – Minor: a single lapse in an otherwise effective process.",
                     "Category III – Opportunity for improvement (no response required)."]),
        ("h", "CAPA log (updated November 2, 2026)"),
        T([["CAPA #", "Category", "Finding", "Root cause / action", "CAPA due", "Status"],
           ["CAPA-26-031", "Cat. I", "ESD controls at module assembly not verified – wrist-strap testers out of "
                                    "service since April 2026, no daily test records.",
            "Testers replaced; daily check added to start-up checklist", "09/15/2026",
            "CAPA submitted 09/12/2026 – awaiting on-site verification"],
           ["CAPA-26-032", "Cat. II", "Incoming inspection of cell lots not following sampling plan (AQL 0.65).",
            "Work instruction WI-IQC-04 revised, inspectors trained", "07/31/2026", "Closed 07/28/2026 – verified"],
           ["CAPA-26-033", "Cat. III", "Consider automated capture of torque data at rack assembly.", "n/a", "n/a",
            "Open"]]),
        ("p", "Jennifer Alvarez, Lead Auditor"),
    ], footer=f"{firm} – Confidential", author="J. Alvarez")


doc("pacific", "audits/Supplier Quality Audit - CAPA log.docx", "audit", "audit/category-capa-log-us", "docx",
    findings("quality", "Cascade Supplier Quality LLC",
             [("CAPA-26-031", "major", "open", "2026-09-15"), ("CAPA-26-032", "minor", "closed", "2026-07-31"),
              ("CAPA-26-033", "observation", "open", None)], report_date="2026-06-16", audit_date="2026-06-09"),
    ["category_grades", "capa_submitted_not_verified", "overdue_major", "us_date_format"], w_pacific_audit)


def w_pacific_un280(p):
    name, addr, tel, mail, web = LAB["GLBTL"]
    write_pdf(p, [
        ("title", "UN 38.3 Test Summary"),
        ("p", "Prepared in accordance with Section 38.3.5 of the UN Manual of Tests and Criteria, Rev. 8"),
        KV([("Manufacturer", sup_line("pacific", "\n")), ("Test Laboratory", f"{name}\n{addr}\n{tel} | {mail} | {web}"),
            ("Test Report Number", "GLBTL-25-4471"), ("Test Report Date", "September 18, 2025"),
            ("Product", "Lithium ion battery module (LFP), 16S1P, for energy storage racks"),
            ("Model Number", "PCE-M52-280"), ("Nominal Voltage", "51.2 V"), ("Rated Capacity", "280 Ah"),
            ("Watt-hour Rating", "14,336 Wh"), ("Mass", "98.0 kg (216 lb)"),
            ("Physical Description", "19-inch rack module, 442 × 680 × 230 mm, steel housing")]),
        T([["Test", "Result"]] + [[f"{t} {nm}", "Not applicable" if t in ("T.6", "T.8") else "Passed"]
                                  for t, nm in UN_NAMES_EN.items()]),
        ("p", "Assembled battery requirements of 38.3.3(f): the module is a battery; component cells tested under "
              "report SAB-UN-2025-08812."),
        ("p", "Signature: Michael T. Reyes, P.E., Laboratory Director"),
    ], letter=True, header=(name, "GLBTL-25-4471"), footer=("", "Page {p} of {n}"))


doc("pacific", "compliance/UN38.3 PCE-M52-280.pdf", "transport_test", "transport_test/us-kv-table", "pdf",
    [un("GLBTL-25-4471", LAB["GLBTL"][0], "2025-09-18", "PCE-M52-280", BATT, "Michael T. Reyes", 14336.0, 98000.0)],
    ["thousands_comma", "us_long_date"], w_pacific_un280)


def w_pacific_un314(p):
    name, addr, tel, mail, web = LAB["GLBTL"]
    s = SUP["pacific"]
    res = "\n".join(f"- **{t}** {nm}: {'Not applicable' if t in ('T.6', 'T.8') else 'Compliant'}"
                    for t, nm in UN_NAMES_EN.items())
    write_text(p, f"""
# UN 38.3 Test Summary – PCE-M52-314

**Manufacturer:** {s['legal']}, {s['addr']} · {s['tel']} · {s['mail']} · {s['web']}

**Test laboratory:** {name}, {addr} · {tel} · {mail} · {web}

**Report number:** GLBTL-26-0918
**Report date:** March 5, 2026

**Description:** lithium ion battery module (LFP, 16S1P), model PCE-M52-314; 51.2 V, 314 Ah, 16,076.8 Wh;
mass 105 kg; rack-mount steel housing 442 × 700 × 230 mm.

## Results

{res}

**Manual of Tests and Criteria:** Rev. 8 (ST/SG/AC.10/11/Rev.8)

Signed: Michael T. Reyes, Laboratory Director
""")


doc("pacific", "compliance/UN38.3 PCE-M52-314.md", "transport_test", "transport_test/md-bold-labels", "md",
    [un("GLBTL-26-0918", LAB["GLBTL"][0], "2026-03-05", "PCE-M52-314", BATT, "Michael T. Reyes", 16076.8, 105000.0)],
    ["compliant_word"], w_pacific_un314)


def w_pacific_unit(p):
    name, addr, *_ = LAB["GLBTL"]
    write_pdf(p, [
        ("title", "UL 9540A Unit Level Test Report"),
        KV([("Report No.", "GLBTL-9540A-25-1180"), ("Report Date", "November 20, 2025"),
            ("Client", SUP["pacific"]["legal"]), ("Unit", "Outdoor battery cabinet PCE-ESS-215 (215 kWh, LFP)"),
            ("Test Method", "ANSI/CAN/UL 9540A, 4th Edition, November 12, 2019 – Section 9, Unit Level"),
            ("Installation", "Outdoor ground mounted, non-residential"), ("Laboratory", f"{name}, {addr}")]),
        ("h", "Results relative to the performance criteria of Table 9.1"),
        T([["Criterion", "Observation"],
           ["Flaming outside the initiating unit", "None observed"],
           ["Surface temperature of target units", "Max. 87 °C (below cell venting temperature of 212 °C)"],
           ["Heat flux at accessible means of egress", "Max. 0.4 kW/m² (limit 1.3 kW/m²)"],
           ["Explosion hazard (deflagration, detonation)", "None observed"],
           ["Thermal runaway propagation within initiating unit", "Limited to initiating module"]]),
        ("h", "Summary"),
        ("p", "Data reported. The unit level test data are summarised above and recorded in full in the appendices. "
              "UL 9540A is a test method and does not assign a pass or fail result; the performance criteria of "
              "Table 9.1 were met, so installation level testing is not required."),
        ("p", "Michael T. Reyes, P.E., Laboratory Director"),
    ], letter=True, header=(name, "GLBTL-9540A-25-1180"), footer=("", "Page {p} of {n}"))


doc("pacific", "compliance/UL9540A unit level PCE-ESS-215.pdf", "safety_test", "safety_test/ul9540a-unit-criteria",
    "pdf", [saf("UL 9540A:2019", "GLBTL-9540A-25-1180", LAB["GLBTL"][0], "2025-11-20", "PCE-ESS-215",
                "data reported", level="unit")],
    ["data_reported", "criteria_met_wording"], w_pacific_unit)


def w_pacific_module(p):
    name, addr, *_ = LAB["MABSL"]
    write_pdf(p, [
        ("title", "Module Level Test per UL 9540A (Section 8)"),
        KV([("Report", "MABSL-9540A-26-031"), ("Date", "2026-02-11"), ("Manufacturer", SUP["pacific"]["legal"]),
            ("Module", "PCE-M52-280, LFP, 16S1P, 14.3 kWh"), ("Edition", "UL 9540A:2019"),
            ("Test laboratory", f"{name}, {addr}")]),
        ("p", "Initiation: two cells forced into thermal runaway by film heaters. Propagation to 3 additional cells. "
              "No flames outside the module. Peak HRR 61 kW. Gas volume 538 L; LFL 8.1 %."),
        ("b", "Test data recorded – no pass/fail criteria apply."),
        ("p", "Daniel Kowalczyk, Project Engineer"),
    ], letter=True, footer=(name, "Page {p} of {n}"))


doc("pacific", "compliance/UL9540A module PCE-M52-280.pdf", "safety_test", "safety_test/ul9540a-module-short",
    "pdf", [saf("UL 9540A:2019", "MABSL-9540A-26-031", LAB["MABSL"][0], "2026-02-11", "PCE-M52-280",
                "data reported", level="module")],
    ["data_reported"], w_pacific_module)


def w_pacific_62619(p):
    name, addr, tel, mail, web = LAB["GLBTL"]
    write_pdf(p, [
        ("p", f"{name}\n{addr}\n{tel} · {mail}"),
        ("sp", 4),
        ("p", "July 30, 2026"),
        ("p", "Pacific Crest Energy Storage Inc.\nAttn: Compliance Department\n4100 Harbor Gateway Blvd, Suite 200\n"
              "Stockton, CA 95206"),
        ("b", "Re: Letter of Compliance – IEC 62619:2022 – Ref. GLBTL-62619-26-0052"),
        ("p", "Dear Sir or Madam,"),
        ("p", "We confirm that the battery module PCE-M52-280 (LFP, 51.2 V, 280 Ah) has been tested by our laboratory "
              "in accordance with IEC 62619:2022, Secondary cells and batteries containing alkaline or other "
              "non-acid electrolytes – Safety requirements for secondary lithium cells and batteries, for use in "
              "industrial applications."),
        ("p", "The module was found to PASS all applicable tests (clauses 7.2.1 to 7.2.6, 7.3.3 and 8.2.2 to 8.2.4). "
              "The complete test data are documented in test report GLBTL-62619-26-0052."),
        ("p", "Sincerely,\n\nMichael T. Reyes, P.E.\nLaboratory Director"),
    ], letter=True)


doc("pacific", "compliance/IEC62619 PCE-M52-280 letter.pdf", "safety_test", "safety_test/summary-letter", "pdf",
    [saf("IEC 62619:2022", "GLBTL-62619-26-0052", LAB["GLBTL"][0], "2026-07-30", "PCE-M52-280", "pass")],
    ["letter"], w_pacific_62619)


# ---------------------------------------------------------------------------------------------------------
# Catodi Avanzati (IT, cathode materials)
# ---------------------------------------------------------------------------------------------------------

def w_catodi_9001(p):
    write_pdf(p, [
        ("title", "CERTIFICATO N. CQ-9001-1187/15"),
        ("p", "Si certifica che il sistema di gestione per la qualità di"),
        ("b", "CATODI AVANZATI S.p.A."),
        ("p", "Sede legale e operativa: Via dell'Industria 27, 28100 Novara (NO)"),
        ("p", "è conforme alla norma"),
        ("title", "UNI EN ISO 9001:2015"),
        ("p", "per le seguenti attività: Progettazione e produzione di materiali catodici (NMC, LFP) per batterie "
              "agli ioni di litio. Settore EA: 12"),
        T([["Prima emissione", "Emissione corrente", "Scadenza"], ["16/10/2015", "02/10/2024", "15/10/2027"]]),
        ("small", "La validità del presente certificato è subordinata a sorveglianza periodica annuale e al riesame "
                  "completo del sistema di gestione con periodicità triennale."),
        ("p", "Certiquadro S.r.l. – Il Direttore Tecnico, Ing. Paola Ferrante"),
    ], footer=("Certiquadro S.r.l. · Viale Monza 259, 20126 Milano", ""))


doc("catodi", "certificati/Certificato ISO 9001 Catodi Avanzati.pdf", "certificate", "certificate/it-date-row", "pdf",
    [cert("ISO 9001:2015", "CQ-9001-1187/15", "Catodi Avanzati S.p.A.", "Certiquadro S.r.l.", "2024-10-02",
          "2027-10-15")],
    ["national_prefix", "dates_in_table_row"], w_catodi_9001)


def w_catodi_suspension(p):
    write_pdf(p, [
        ("p", "Certiquadro S.r.l. – Organismo di certificazione\nViale Monza 259, 20126 Milano"),
        ("sp", 4),
        ("p", "Spett.le\nCATODI AVANZATI S.p.A.\nVia dell'Industria 27\n28100 Novara (NO)"),
        ("p", "Milano, 22/09/2026\nProt. CQ/2026/1412 – inviata via PEC"),
        ("b", "Oggetto: Sospensione del certificato n. CQ-14001-0452/18 – UNI EN ISO 14001:2015"),
        ("p", "Con la presente Vi comunichiamo che, a seguito del mancato svolgimento dell'audit di sorveglianza "
              "entro i termini previsti e della mancata chiusura della non conformità maggiore NC-2025-03, il "
              "certificato in oggetto è SOSPESO con decorrenza 22/09/2026."),
        ("p", "Durante il periodo di sospensione la certificazione è temporaneamente non valida e l'organizzazione "
              "non può fare uso del certificato né del marchio. La sospensione non può superare sei mesi; in "
              "mancanza delle azioni richieste il certificato sarà revocato."),
        ("p", "Dati del certificato:"),
        ("bullets", ["Numero: CQ-14001-0452/18", "Norma: UNI EN ISO 14001:2015",
                     "Data di emissione: 11/10/2024", "Data di scadenza originaria: 10/10/2027"]),
        ("p", "English summary: certificate no. CQ-14001-0452/18 (ISO 14001:2015) held by Catodi Avanzati S.p.A. is "
              "suspended with effect from 22 September 2026. During the suspension the certificate is not valid."),
        ("p", "Distinti saluti\nIng. Paola Ferrante, Direttore Tecnico"),
    ])


doc("catodi", "certificati/Notifica sospensione ISO 14001.pdf", "certificate", "certificate/suspension-letter-it",
    "pdf", [cert("ISO 14001:2015", "CQ-14001-0452/18", "Catodi Avanzati S.p.A.", "Certiquadro S.r.l.", "2024-10-11",
                 "2027-10-10")],
    ["suspended", "letter"], w_catodi_suspension)


def w_catodi_capa(p):
    rows = [["Audit di processo (VDA 6.3) – Registro azioni correttive"],
            ["Fornitore", "Catodi Avanzati S.p.A. – Stabilimento di Novara"],
            ["Data audit", "11/02/2026"],
            ["Data rapporto", "18/02/2026"],
            ["Auditor", "Ing. Marco Bellini (Qualitas Audit S.r.l.)"],
            ["Aggiornato al", "03/11/2026"],
            [],
            ["N.", "Rif. requisito", "Descrizione della non conformità", "Classificazione", "Azione correttiva",
             "Responsabile", "Scadenza", "Stato", "Data chiusura"],
            ["1", "P6.4.1", "Taratura delle termocoppie dei forni di calcinazione scaduta (2 su 8).",
             "Non conformità maggiore", "Taratura e piano di taratura nel CMMS", "R. Galli", "31/03/2026", "Chiusa",
             "25/03/2026"],
            ["2", "P6.2.2", "Frequenza dell'analisi granulometrica (D50) inferiore a quella del piano di controllo.",
             "Non conformità minore", "Aggiornare piano di campionamento", "S. Conti", "30/06/2026", "Chiusa",
             "22/06/2026"],
            ["3", "P7.3", "Reclami cliente: tempi di risposta 8D superiori a 10 giorni lavorativi.",
             "Non conformità minore", "Procedura reclami, nomina responsabile", "L. Marino", "30/09/2026",
             "Aperta – in ritardo", ""],
            ["4", "P5.4", "Valutazione fornitori di precursori senza criteri di sostenibilità.", "Osservazione",
             "—", "—", "—", "Aperta", ""],
            [],
            ["Totale: 1 NC maggiore, 2 NC minori, 1 osservazione"]]
    write_xlsx(p, [("Registro AC", rows, {"widths": [6, 14, 52, 22, 34, 14, 12, 18, 13], "bold_rows": [1, 8]})],
               author="Qualitas Audit")


doc("catodi", "audit/Registro azioni correttive audit processo 2026.xlsx", "audit", "audit/capa-register-it", "xlsx",
    findings("quality", "Qualitas Audit S.r.l.",
             [("1", "major", "closed", "2026-03-31"), ("2", "minor", "closed", "2026-06-30"),
              ("3", "minor", "open", "2026-09-30"), ("4", "observation", "open", None)],
             report_date="2026-02-18", audit_date="2026-02-11"),
    ["summary_counts", "firm_in_parentheses"], w_catodi_capa)


def w_catodi_smeta(p):
    firm = "Adriatica Social Compliance S.r.l."
    areas = ["Management systems and code implementation", "Freely chosen employment",
             "Freedom of association", "Health and safety", "Children and young workers", "Wages",
             "Working hours", "Discrimination", "Regular employment", "Sub-contracting and homeworking",
             "Harsh or inhumane treatment", "Entitlement to work and immigration", "Business ethics"]
    write_pdf(p, [
        ("title", "SMETA Audit Report – 2-Pillar"),
        KV([("Site", "Catodi Avanzati S.p.A., Via dell'Industria 27, Novara"), ("Sedex site reference", "ZS7713042"),
            ("Audit methodology", "SMETA 6.1, 2-Pillar (Labour Standards, Health & Safety)"),
            ("Audit date", "04/02/2026"), ("Report date", "13/02/2026"), ("Audit company", firm),
            ("Auditor", "Dott.ssa Giulia Ferri (APSCA ASCA)"), ("Workers", "214")]),
        ("h", "Audit results by clause"),
        T([["Code area", "Non-compliances", "Observations", "Good examples"]]
          + [[a, "0", "0", "1" if a in ("Health and safety", "Wages") else "0"] for a in areas]),
        ("p", "No non-compliances were identified during this audit. The site was found to be compliant with the "
              "ETI Base Code and local law in all areas audited. Two good examples were noted (near-miss reporting "
              "app; payslips explained in Italian, English and Punjabi)."),
        ("p", f"{firm} – Dott.ssa Giulia Ferri"),
    ], header=("SMETA 6.1 – " + firm, "ZS7713042"), footer=("", "Page {p} of {n}"))


doc("catodi", "audit/SMETA 2-Pillar report Novara.pdf", "audit", "audit/smeta-zero-table", "pdf",
    findings("social", "Adriatica Social Compliance S.r.l.", [], report_date="2026-02-13", audit_date="2026-02-04"),
    ["no_findings", "zero_count_table"], w_catodi_smeta)


def w_catodi_env(p):
    firm = "EcoVerifica S.r.l."
    write_docx(p, [
        ("title", "Environmental Compliance Audit – Novara plant"),
        ("p", "Audit based on ISO 14001:2015 and the plant's environmental permits (AUA)."),
        KV([("Organisation", "Catodi Avanzati S.p.A."), ("Audit dates", "13–14 October 2026"),
            ("Report issued", "28 October 2026"), ("Audit firm", firm), ("Auditor", "Dott. Andrea Rinaldi")]),
        ("h", "Findings"),
        ("b", "NC-E-01 — Grade: MAJOR — Area: Wastewater discharge"),
        ("p", "Finding: nickel concentration in the treated effluent exceeded the permit limit of 2.0 mg/L in 3 of 12 "
              "monthly self-monitoring results (maximum 3.4 mg/L); the competent authority was not notified."),
        ("p", "Required action: root-cause analysis, upgrade of the precipitation stage, notification to the "
              "authority."),
        ("p", "To be closed by: 20 December 2026"),
        ("p", "Status: Open"),
        ("b", "NC-E-02 — Grade: MINOR — Area: Waste management"),
        ("p", "Finding: hazardous waste register entries for spent filter cartridges (EWC 15 02 02*) made later than "
              "10 days after production."),
        ("p", "To be closed by: 30 November 2026"),
        ("p", "Status: Closed (evidence reviewed on 5 November 2026)"),
        ("b", "OFI-01 — Grade: Opportunity for improvement — Area: Energy"),
        ("p", "Finding: waste heat of the calcination kilns is not recovered."),
        ("p", "Status: Open"),
    ], header=f"{firm} – Environmental compliance audit", author="A. Rinaldi")


doc("catodi", "audit/Environmental audit Catodi Oct 2026.docx", "audit", "audit/headed-blocks-grade", "docx",
    findings("environmental", "EcoVerifica S.r.l.",
             [("NC-E-01", "major", "open", "2026-12-20"), ("NC-E-02", "minor", "closed", "2026-11-30"),
              ("OFI-01", "observation", "open", None)], report_date="2026-10-28"),
    ["open_major_not_due"], w_catodi_env)


def w_catodi_coa(p):
    write_pdf(p, [
        ("title", "CERTIFICATO DI ANALISI / CERTIFICATE OF ANALYSIS"),
        KV([("Prodotto / Product", "CA-NCM811-S – LiNi0.8Co0.1Mn0.1O2, single crystal"),
            ("Lotto / Lot", "26-0917"), ("Data di produzione / Production date", "17/09/2026"),
            ("Data di ri-analisi / Retest date", "17/09/2027"), ("Quantità / Quantity", "4,000 kg (8 big bags)"),
            ("Cliente / Customer", "Helix Powertrain GmbH – PO 4500191877")]),
        T([["Parametro / Parameter", "Metodo / Method", "Specifica / Specification", "Risultato / Result"],
           ["Li (wt %)", "ICP-OES", "7.1 – 7.5", "7.32"], ["Ni (wt %)", "ICP-OES", "47.5 – 49.5", "48.61"],
           ["Co (wt %)", "ICP-OES", "5.6 – 6.4", "6.02"], ["Mn (wt %)", "ICP-OES", "5.3 – 6.1", "5.68"],
           ["D50 (µm)", "Laser diffraction", "3.5 – 4.5", "3.9"], ["Tap density (g/cm³)", "ASTM B527", "min. 2.2",
                                                                  "2.41"],
           ["BET (m²/g)", "N2 adsorption", "0.4 – 0.8", "0.57"], ["Moisture (ppm)", "Karl Fischer", "max. 300", "142"],
           ["Magnetic impurities (ppb)", "Magnet + ICP", "max. 50", "18"]]),
        ("p", "Esito / Result: conforme alla specifica / conforms to specification TDS-NCM811-S rev. 4."),
        ("p", "Controllo Qualità / Quality Control – firmato: dott. S. Conti"),
    ], footer=("Catodi Avanzati S.p.A. · Via dell'Industria 27 · 28100 Novara", ""))


doc("catodi", "qualita/CoA_NCM811_lotto_26-0917.pdf", "noise", "noise/coa-bilingual", "pdf", [],
    ["mentions_certificate"], w_catodi_coa)


# ---------------------------------------------------------------------------------------------------------
# Hunan Xiangjiang Cathode (CN, NCM precursor and cathode)
# ---------------------------------------------------------------------------------------------------------

def w_xj_45001(p):
    write_pdf(p, [
        ("title", "CERTIFICATE"),
        ("p", "Occupational Health and Safety Management System"),
        ("p", "Registration No.: ZHC-OHS-23-07718"),
        ("p", "This is to certify that"),
        ("b", "Hunan Xiangjiang Cathode Materials Co., Ltd."),
        ("p", "Unified Social Credit Code: 91430300MA4L2K8T6Q\nAddress: No. 66 Tongzi Road, Xiangtan High-tech Zone, "
              "Hunan 411100, P.R. China"),
        ("p", "has established and implemented an occupational health and safety management system which complies "
              "with the standard"),
        ("title", "GB/T 45001-2020 idt ISO 45001:2018"),
        ("p", "Scope: Production of ternary (NCM) precursor and cathode materials for lithium-ion batteries and "
              "related management activities."),
        ("p", "Validity: 12-Jul-23 to 11-Jul-26"),
        ("p", "Issue date: 12-Jul-23"),
        ("small", "The validity of this certificate depends on the annual surveillance audit. Information on this "
                  "certificate can be checked on the website of the national certification regulator."),
        ("p", "Zhongheng Certification Center Co., Ltd.\nLiu Ming, General Manager"),
    ], footer=("Zhongheng Certification Center Co., Ltd. · Beijing", ""))


doc("xiangjiang", "certificates/OHSMS cert.pdf", "certificate", "certificate/validity-range-dd-mon-yy", "pdf",
    [cert("ISO 45001:2018", "ZHC-OHS-23-07718", "Hunan Xiangjiang Cathode Materials Co., Ltd.",
          "Zhongheng Certification Center Co., Ltd.", "2023-07-12", "2026-07-11")],
    ["expired", "two_digit_year", "national_standard_first"], w_xj_45001)


def w_xj_social(p):
    write_text(p, """
# Social Compliance Audit – Summary of Findings

**Facility:** Hunan Xiangjiang Cathode Materials Co., Ltd., Xiangtan
**Audit date:** 18 Jun 2026
**Report issued:** 25 Jun 2026
**Audit firm:** Sino Compliance Audit Co., Ltd.
**Audit standard:** customer Supplier Code of Conduct (based on ILO core conventions and local law)

**Audit result:** NOT APPROVED – zero-tolerance issue identified. A follow-up audit is required.

## Findings

- **ZT-1 (Zero tolerance)** – Falsified records: two sets of time records are maintained; the records shown to
  the auditor did not match the gate access data (up to 92 hours per week in the calcination workshop).
  Corrective action due: 31 Jul 2026. Status: open.
- **M-1 (Major)** – Social insurance: only 62 % of workers are enrolled in all five mandatory social insurance
  schemes. Corrective action due: 30 Sep 2026. Status: open.
- **m-1 (Minor)** – PPE: two operators in the grinding area without dust masks. Corrected during the audit.
  Status: closed.
- **m-2 (Minor)** – Dormitory fire drill records incomplete for Q1 2026. Corrective action due: 30 Sep 2026.
  Status: open.

Severity scale: Zero tolerance > Major > Minor.

*Sino Compliance Audit Co., Ltd. – Wu Fang, Lead Auditor*
""")


doc("xiangjiang", "audits/Social compliance audit summary.md", "audit", "audit/md-bullets-zero-tolerance", "md",
    findings("social", "Sino Compliance Audit Co., Ltd.",
             [("ZT-1", "critical", "open", "2026-07-31"), ("M-1", "major", "open", "2026-09-30"),
              ("m-1", "minor", "closed", None), ("m-2", "minor", "open", "2026-09-30")],
             report_date="2026-06-25", audit_date="2026-06-18"),
    ["zero_tolerance", "open_critical", "overdue_major"], w_xj_social)


def w_xj_process(p):
    firm = "TransAsia Supplier Audit Services Ltd."
    write_pdf(p, [
        ("title", "Supplier Process Audit – Cathode Materials"),
        KV([("Supplier", "Hunan Xiangjiang Cathode Materials Co., Ltd."), ("Audit date", "2026-05-06"),
            ("Report date", "2026-05-12"), ("Auditor", "Kevin Ho, " + firm),
            ("Product", "NCM523 cathode powder XJ-523-P")]),
        ("h", "Process audit result"),
        ("p", "Process score 82 % (conditionally approved). Deviations are listed below; closure status updated "
              "on 2026-10-20."),
        T([["Item", "Process step", "Deviation", "Weighting", "Due", "Closure"],
           ["D-01", "Calcination", "Kiln temperature profile deviations (> ±5 °C) do not trigger the reaction plan; "
                                  "3 events in April 2026 without disposition.", "A", "2026-06-30",
            "Closed 2026-06-18"],
           ["D-02", "Magnetic separation", "Magnet strength check monthly instead of weekly as per control plan.",
            "B", "2026-12-15", "Open"],
           ["D-03", "Packaging", "Moisture barrier bag seal check not recorded on night shift.", "C", "–", "Open"]],
          widths=[14, 28, 74, 18, 20, 20]),
        ("small", "Weighting: A = major deviation, B = minor deviation, C = note (observation)."),
        ("p", "Kevin Ho, Lead Auditor"),
    ], header=(firm, "SPA-2026-0412"), footer=("", "Page {p} of {n}"))


doc("xiangjiang", "audits/Process audit HXC 2026-05.pdf", "audit", "audit/unusual-severity-header", "pdf",
    findings("quality", "TransAsia Supplier Audit Services Ltd.",
             [("D-01", "major", "closed", "2026-06-30"), ("D-02", "minor", "open", "2026-12-15"),
              ("D-03", "observation", "open", None)], report_date="2026-05-12", audit_date="2026-05-06"),
    ["unusual_severity_header", "legend_below_table"], w_xj_process)


def w_xj_invoice(p):
    write_pdf(p, [
        ("title", "COMMERCIAL INVOICE"),
        KV([("Invoice No.", "HXC-INV-2026-0388"), ("Date", "2026-10-09"),
            ("Seller", SUP["xiangjiang"]["legal"] + ", " + SUP["xiangjiang"]["addr"]),
            ("Buyer", "Helix Powertrain GmbH, Kopernikusstraße 3, 08056 Zwickau, Germany"),
            ("Terms of delivery", "CIF Hamburg (Incoterms 2020)"), ("Payment terms", "T/T 60 days after B/L date"),
            ("Contract No.", "HX-HLX-2026-07")]),
        T([["Item", "Description", "HS code", "Quantity", "Unit price (USD)", "Amount (USD)"],
           ["1", "NCM523 cathode powder XJ-523-P", "2841.90", "20,000 kg", "18.40", "368,000.00"],
           ["2", "NCM622 precursor XJ-622-H", "2825.90", "10,000 kg", "11.25", "112,500.00"],
           ["", "", "", "", "Total CIF", "480,500.00"]]),
        ("p", "Documents attached: Certificate of Origin (Form A), MSDS, Certificate of Analysis per lot, bill of "
              "lading. Not dangerous goods."),
        ("p", "Bank: Bank of China, Xiangtan Branch, SWIFT BKCHCNBJ630"),
    ])


doc("xiangjiang", "finance/Invoice HXC-INV-2026-0388.pdf", "noise", "noise/invoice-pdf", "pdf", [],
    ["mentions_certificate"], w_xj_invoice)


# ---------------------------------------------------------------------------------------------------------
# Lakeshore Graphite (CA, anode graphite)
# ---------------------------------------------------------------------------------------------------------

def w_lake_9001(p):
    write_docx(p, [
        ("title", "Certificate of Approval"),
        ("p", "This is to certify that the Management System of:"),
        ("b", "Lakeshore Graphite Inc."),
        ("p", "1250 Rue Industrielle, Bécancour, Québec G9H 3P2, Canada"),
        ("p", "has been approved by Northstar Registrar Ltd. to the following standards:"),
        ("b", "ISO 9001:2015"),
        KV([("Approval number(s)", "NRL-00781-Q"), ("Original Approval", "14 May 2019"),
            ("Current Certificate", "28 April 2025"), ("Certificate Expiry", "13 May 2028"),
            ("Next recertification audit due before", "12 March 2028")]),
        ("p", "This certificate is valid only in association with the certificate schedule bearing the same number "
              "on which the locations applicable to this approval are listed."),
        ("p", "Scope: Purification, spheroidization and carbon coating of natural graphite for lithium-ion battery "
              "anode materials."),
        ("p", "Issued by: Northstar Registrar Ltd., 155 Wellington Street West, Toronto, ON M5V 3H1\n"
              "Signed: Andrew Tremblay, Area Operations Manager"),
    ], author="Northstar Registrar")


doc("lakeshore", "certificates/ISO 9001 Certificate of Registration.docx", "certificate",
    "certificate/approval-two-dates-docx", "docx",
    [cert("ISO 9001:2015", "NRL-00781-Q", "Lakeshore Graphite Inc.", "Northstar Registrar Ltd.", "2025-04-28",
          "2028-05-13")],
    ["recertification_date_next_to_expiry", "initial_certification_date"], w_lake_9001)


def w_lake_ems(p):
    firm = "Boreal Environmental Audit Group Inc."
    write_docx(p, [
        ("title", "Environmental Management System Audit – Final Report"),
        KV([("Client", "Lakeshore Graphite Inc., Bécancour site"), ("Audit date", "January 20, 2026"),
            ("Report date", "January 28, 2026"), ("Audit firm", firm), ("Lead auditor", "Marie-Ève Gagnon, EP(EMSLA)"),
            ("Criteria", "ISO 14001:2015; Quebec Environment Quality Act; site authorization")]),
        ("h", "1. Executive summary"),
        ("p", "The audit resulted in 0 major and 1 minor non-conformities. No observations were raised. The site "
              "demonstrated good control of hydrofluoric-acid purification effluents and air emissions."),
        ("h", "2. Non-conformities"),
        ("p", "NC #1 (minor) – 8.2 Emergency preparedness: the spill kit at the HF unloading bay did not contain "
              "calcium gluconate gel as required by the emergency response plan ERP-04."),
        ("p", "To be closed by: February 27, 2026"),
        ("p", "Status: Closed – verified 2026-02-10"),
        ("h", "3. Conclusion"),
        ("p", "The environmental management system is effectively implemented. Next audit: January 2027."),
    ], footer=f"{firm} – EMS audit LG-2026-01", author="M.-E. Gagnon")


doc("lakeshore", "audits/EMS audit report January 2026.docx", "audit", "audit/summary-sentence-single-nc", "docx",
    findings("environmental", "Boreal Environmental Audit Group Inc.", [("NC #1", "minor", "closed", "2026-02-27")],
             report_date="2026-01-28", audit_date="2026-01-20"),
    ["summary_counts"], w_lake_ems)


def w_lake_social(p):
    firm = "Northbridge Social Audits Inc."
    write_pdf(p, [
        ("title", "Corrective Action Plan – Status Report"),
        KV([("Facility", "Lakeshore Graphite Inc., Bécancour, QC"),
            ("Original audit", "Social compliance audit of February 17–18, 2026 (report dated March 2, 2026)"),
            ("Status update", "September 30, 2026"), ("Audit firm", firm), ("Prepared by", "Daniel Okafor, CSCA")]),
        ("p", "This status report records the corrective actions taken by the facility for the findings of the "
              "social compliance audit. A finding is considered verified only when the auditor has reviewed "
              "evidence (desk review) or confirmed it on site."),
        T([["Ref.", "Area", "Finding", "Severity", "CAP due", "Status"],
           ["NC-01", "Wages and benefits", "Pay slips do not show overtime hours and the overtime premium separately "
                                          "(Act respecting labour standards, s. 46).", "Minor", "2026-05-31",
            "Verified – closed (desk review 2026-06-04)"],
           ["NC-02", "Working hours", "Warehouse employees worked 7 consecutive days without the weekly rest of 32 "
                                     "hours during the December 2025 peak.", "Major", "2026-04-30",
            "Closed by facility – not yet verified; verification at follow-up audit (Q1 2027)"],
           ["NC-03", "Health and safety", "Graphite dust exposure measurements in the milling area not performed "
                                         "since 2024.", "Minor", "2026-06-30", "Closed – verified 2026-07-08"]],
          widths=[14, 26, 70, 16, 20, 28]),
        ("p", "Daniel Okafor, " + firm),
    ], letter=True, header=(firm, "CAP status – Lakeshore Graphite Inc."), footer=("", "Page {p} of {n}"))


doc("lakeshore", "audits/Social audit CAP status 2026.pdf", "audit", "audit/cap-status-closed-unverified", "pdf",
    findings("social", "Northbridge Social Audits Inc.",
             [("NC-01", "minor", "closed", "2026-05-31"), ("NC-02", "major", "open", "2026-04-30"),
              ("NC-03", "minor", "closed", "2026-06-30")]),
    ["closed_not_verified", "overdue_major", "several_dates"], w_lake_social)


def w_lake_minutes(p):
    write_docx(p, [
        ("title", "Quarterly Business Review – Minutes"),
        KV([("Date", "October 21, 2026"), ("Location", "Video conference"),
            ("Participants", "Lakeshore Graphite: C. Martel (Sales), P. Nguyen (Quality); Helix Powertrain: "
                             "S. Vogel (Purchasing), T. Brandt (Supplier Quality)")]),
        ("h", "Agenda and discussion"),
        ("numbered", ["Volumes 2027: forecast of 1,800 t spherical coated graphite confirmed; second purification "
                      "line start-up planned for May 2027.",
                      "Price index: graphite index clause to be reviewed by legal.",
                      "Quality: ppm level Q3 2026 at 35 ppm (target 50). Two 8D reports closed.",
                      "Certification: Lakeshore plans to start the ISO 14001 certification process in 2027; no "
                      "certificate yet. ISO 9001 certificate unchanged.",
                      "Audits: next customer process audit planned for Q2 2027, agenda to be agreed. No open "
                      "points from previous audits were discussed.",
                      "Testing: new coating recipe samples sent for cell testing at Helix (coin and pouch cells)."]),
        ("h", "Action items"),
        T([["No.", "Action", "Owner", "Due"],
           ["1", "Send updated capacity plan", "C. Martel", "2026-11-15"],
           ["2", "Share draft audit agenda", "T. Brandt", "2027-01-31"],
           ["3", "Return cell test results for new coating", "S. Vogel", "2026-12-18"]]),
    ], author="S. Vogel")


doc("lakeshore", "meetings/QBR minutes 2026-10-21.docx", "noise", "noise/meeting-minutes-actions", "docx", [],
    ["mentions_audit", "mentions_certificate", "action_items_with_due_dates"], w_lake_minutes)


# ---------------------------------------------------------------------------------------------------------
# Solvia Électrolytes (FR, electrolytes)
# ---------------------------------------------------------------------------------------------------------

def w_solvia_14001(p):
    write_pdf(p, [
        ("title", "CERTIFICAT"),
        ("p", "Certificat n° CV-ENV-2025-06171"),
        ("p", "Certivia S.A.S. atteste que le système de management environnemental de"),
        ("b", "SOLVIA ÉLECTROLYTES S.A.S."),
        ("p", "Plateforme chimique de Roussillon – 38150 Roussillon – France"),
        ("p", "a été évalué et jugé conforme aux exigences de la norme"),
        ("title", "NF EN ISO 14001:2015"),
        ("p", "pour les activités suivantes : Formulation, production et conditionnement d'électrolytes liquides "
              "(LiPF6) et d'additifs pour batteries lithium-ion."),
        KV([("Date de certification initiale", "01/07/2016"), ("Date d'émission", "01/07/2025"),
            ("Date d'échéance", "30/06/2028")]),
        ("small", "Ce certificat est valable sous réserve des résultats satisfaisants des audits de surveillance. "
                  "La validité peut être vérifiée sur le site de Certivia."),
        ("p", "Pour Certivia S.A.S., le Directeur de la certification : Jean-Marc Lefèvre"),
    ], footer=("Certivia S.A.S. · 14 avenue de la Grande Armée · 75017 Paris", ""))


doc("solvia", "certificats/Certificat ISO 14001.pdf", "certificate", "certificate/fr", "pdf",
    [cert("ISO 14001:2015", "CV-ENV-2025-06171", "Solvia Électrolytes S.A.S.", "Certivia S.A.S.", "2025-07-01",
          "2028-06-30")],
    ["national_prefix", "initial_certification_date"], w_solvia_14001)


def w_solvia_process(p):
    firm = "Auditec Qualité S.A.S."
    write_pdf(p, [
        ("title", "Rapport d'audit processus fournisseur"),
        KV([("Fournisseur", "Solvia Électrolytes S.A.S. – site de Roussillon"), ("Date de l'audit", "09/06/2026"),
            ("Date du rapport", "19/06/2026"), ("Organisme d'audit", firm), ("Auditeur", "Sophie Marchand"),
            ("Référentiel", "IATF 16949:2016 (chapitres 8.4 à 8.7) et exigences spécifiques client")]),
        ("h", "1. Synthèse"),
        ("p", "L'audit a mis en évidence 1 écart majeur, 1 écart mineur et 1 point sensible. Les actions sont "
              "suivies dans les fiches ci-dessous (mise à jour du 28/10/2026)."),
        ("h", "2. Déroulement"),
        ("p", "Réunion d'ouverture, visite de l'atelier de formulation, de la salle blanche de conditionnement et du "
              "laboratoire de contrôle, revue documentaire (plan de surveillance, AMDEC, enregistrements de "
              "traçabilité des fûts), entretiens avec les opérateurs et réunion de clôture."),
        ("p", "Points forts : maîtrise de l'humidité (< 10 ppm) dans la salle de conditionnement ; traçabilité des "
              "lots de LiPF6 jusqu'aux fûts livrés ; réactivité de l'équipe qualité."),
        ("pb",),
        ("h", "3. Fiches d'écart"),
        ("b", "Écart n° 1 – Écart majeur"),
        ("p", "Chapitre 8.5.2 Identification et traçabilité. Constat : deux fûts de solvant EC ont été utilisés "
              "sans enregistrement du numéro de lot fournisseur dans l'ordre de fabrication OF-26-0412."),
        ("p", "Action attendue : analyse des causes, sécurisation de la saisie par scan obligatoire."),
        ("p", "Date limite : 30/09/2026 – Statut : soldé (efficacité vérifiée le 06/10/2026)"),
        ("b", "Écart n° 2 – Écart mineur"),
        ("p", "Chapitre 7.1.5 Ressources pour la surveillance et la mesure. Constat : le titrateur Karl Fischer n° 3 "
              "n'a pas été vérifié à la fréquence prévue (mensuelle)."),
        ("p", "Date limite : 15/10/2026 – Statut : en cours"),
        ("b", "Point sensible n° 1"),
        ("p", "Stockage temporaire de fûts vides dans l'allée de circulation du bâtiment B. Statut : ouvert."),
        ("p", "Sophie Marchand, auditrice – " + firm),
    ], header=(firm, "Rapport AQ-2026-0611"), footer=("Diffusion restreinte", "Page {p} / {n}"))


doc("solvia", "audits/Rapport d'audit processus 2026.pdf", "audit", "audit/fr-multipage-blocks", "pdf",
    findings("quality", "Auditec Qualité S.A.S.",
             [("Écart n° 1", "major", "closed", "2026-09-30"), ("Écart n° 2", "minor", "open", "2026-10-15"),
              ("Point sensible n° 1", "observation", "open", None)], report_date="2026-06-19",
             audit_date="2026-06-09"),
    ["summary_counts", "findings_after_page_break"], w_solvia_process)


def w_solvia_env(p):
    firm = "Enviro Conseil Audit S.A.R.L."
    write_docx(p, [
        ("title", "Rapport d'audit environnemental – site de Roussillon"),
        KV([("Entreprise", "Solvia Électrolytes S.A.S."), ("Date d'audit", "3 mars 2026"),
            ("Date du rapport", "17 mars 2026"), ("Auditeur", "Nicolas Bertrand, " + firm),
            ("Référentiel", "ISO 14001:2015 ; arrêté préfectoral d'autorisation ICPE du site")]),
        ("h", "Périmètre"),
        ("p", "Rejets atmosphériques (HF, COV), gestion des effluents, stockage des produits dangereux, gestion des "
              "déchets, situations d'urgence, veille réglementaire."),
        ("h", "Conclusion"),
        ("p", "Aucun écart n'a été relevé lors de cet audit. Aucune action corrective n'est requise."),
        ("p", "Points forts : surveillance en continu des rejets de HF ; exercices POI réalisés deux fois par an."),
        ("p", "Nicolas Bertrand"),
    ], author="N. Bertrand")


doc("solvia", "audits/Rapport audit environnement.docx", "audit", "audit/fr-no-findings", "docx",
    findings("environmental", "Enviro Conseil Audit S.A.R.L.", [], report_date="2026-03-17", audit_date="2026-03-03"),
    ["no_findings", "month_names_fr"], w_solvia_env)


def w_solvia_social(p):
    firm = "Ethos Audit Europe S.A.S."
    write_pdf(p, [
        ("title", "Social Audit Report"),
        KV([("Site", "Solvia Électrolytes S.A.S., Roussillon"), ("Audit date", "2026-04-08"),
            ("Report date", "2026-04-15"), ("Audit firm", firm), ("Auditor", "Camille Roux"),
            ("Standard", "SMETA 6.1, 4-Pillar")]),
        ("h", "Summary"),
        ("p", "1 minor non-compliance and 1 observation were raised; no critical or major issues were identified."),
        ("h", "Finding details"),
        KV([("Finding ref.", "NC-01"), ("Area", "Health & Safety"),
            ("Description", "Eyewash station in the HF storage area not tested weekly (last test record 6 weeks "
                            "old)."),
            ("Severity", "Minor"), ("Corrective action deadline", "30/05/2026"), ("Status", "Closed")]),
        KV([("Finding ref.", "OB-01"), ("Area", "Wages"),
            ("Description", "Night shift allowance explained only verbally to new workers."),
            ("Severity", "Observation"), ("Corrective action deadline", "–"), ("Status", "Open")]),
        ("p", "Camille Roux, " + firm),
    ], header=(firm, "SMETA – Solvia Électrolytes"), footer=("", "Page {p} of {n}"))


doc("solvia", "audits/Social audit report Roussillon.pdf", "audit", "audit/two-column-per-finding", "pdf",
    findings("social", "Ethos Audit Europe S.A.S.",
             [("NC-01", "minor", "closed", "2026-05-30"), ("OB-01", "observation", "open", None)],
             report_date="2026-04-15", audit_date="2026-04-08"),
    ["summary_counts", "kv_per_finding"], w_solvia_social)


def w_solvia_visit(p):
    write_text(p, """
COMPTE RENDU DE VISITE
Fournisseur : Solvia Électrolytes S.A.S. – Roussillon
Date : 24/09/2026
Participants : É. Garnier (Achats), T. Brandt (Qualité fournisseurs, Helix Powertrain), M. Rey (Solvia, direction
commerciale), A. Faure (Solvia, qualité)

Objet : visite de courtoisie et point capacités 2027

1. Visite de l'unité de production de LiPF6 et de la nouvelle ligne de conditionnement en fûts de 200 L.
2. Capacités 2027 : +30 % prévus à partir du T2 2027 ; confirmation attendue pour fin novembre.
3. Qualité : pas de réclamation ouverte. Le prochain audit de surveillance ISO 14001 par l'organisme certificateur
   est prévu en juin 2027 (information fournisseur). Les certificats à jour seront transmis sur demande.
4. Logistique : passage aux emballages consignés à l'étude.

Prochaine rencontre : T1 2027.
Rédigé par É. Garnier
""")


doc("solvia", "divers/Compte-rendu visite 2026-09-24.txt", "noise", "noise/visit-note-fr", "txt", [],
    ["mentions_audit", "mentions_certificate"], w_solvia_visit)


# ---------------------------------------------------------------------------------------------------------
# Brightwell Power Electronics (UK, BMS electronics)
# ---------------------------------------------------------------------------------------------------------

def w_bw_9001(p):
    write_pdf(p, [
        ("title", "Certificate of Registration"),
        ("p", "QUALITY MANAGEMENT SYSTEM – ISO 9001:2015"),
        ("p", "This is to certify that:"),
        ("b", "Brightwell Power Electronics Ltd."),
        ("p", "Unit 7, Meridian Business Park\nSwindon\nSN5 7XR\nUnited Kingdom"),
        ("p", "Holds Certificate Number: TCL 662194"),
        ("p", "and operates a Quality Management System which complies with the requirements of ISO 9001:2015 for "
              "the following scope:"),
        ("p", "Design and manufacture of battery management systems (BMS), cell monitoring boards and high-voltage "
              "junction box electronics."),
        ("p", "For and on behalf of Thameside Certification Ltd.:\nJames Whitfield, Managing Director"),
        T([["Original Registration Date", "Effective Date", "Expiry Date"],
           ["Mar. 4, 2016", "Mar. 4, 2025", "Mar. 3, 2028"]]),
        ("small", "This certificate was issued electronically and remains the property of Thameside Certification "
                  "Ltd. and is bound by the conditions of contract."),
    ], footer=("Thameside Certification Ltd., 3 Riverside Way, Reading RG1 8DD · Page {p} of {n}", ""))


doc("brightwell", "certificates/TCL 662194.pdf", "certificate", "certificate/registration-abbrev-month", "pdf",
    [cert("ISO 9001:2015", "TCL 662194", "Brightwell Power Electronics Ltd.", "Thameside Certification Ltd.",
          "2025-03-04", "2028-03-03")],
    ["abbrev_month_date", "initial_certification_date"], w_bw_9001)


def w_bw_tracker(p):
    D = dt.date
    summary = [["Customer Quality Audit – Findings Tracker"],
               [],
               ["Supplier", "Brightwell Power Electronics Ltd., Swindon"],
               ["Audit date", D(2026, 9, 8)],
               ["Report date", D(2026, 9, 15)],
               ["Auditor", "Rachel Cooper, Wessex Supplier Audits Ltd."],
               ["Scope", "SMT line, conformal coating, ICT/FCT, BMS end-of-line test"],
               ["Result", "Conditionally approved"],
               ["Tracker updated", D(2026, 11, 3)]]
    rows = [["Ref", "Requirement", "Finding", "Major / Minor / OFI", "Owner", "Due", "Status"],
            ["Q1", "IPC-A-610 Class 3", "AOI escapes: 3 BMS boards with insufficient solder on the shunt resistor "
                                        "reached FCT; AOI program not updated after the stencil change.", "Major",
             "S. Patel", D(2026, 12, 31), "In progress"],
            ["Q2", "ANSI/ESD S20.20", "Two ESD workstations without daily wrist-strap checks.", "Minor", "L. Hughes",
             D(2026, 9, 30), "Closed"],
            ["Q3", "Traceability", "Consider serialising the conformal-coating batch on the board label.", "OFI",
             "S. Patel", None, "Open"]]
    write_xlsx(p, [("Summary", summary, {"widths": [22, 70], "bold_rows": [1], "date_format": "DD-MMM-YYYY"}),
                   ("Findings", rows, {"widths": [6, 20, 60, 18, 12, 14, 14], "bold_rows": [1],
                                       "date_format": "DD-MMM-YYYY"})], author="Wessex Supplier Audits")


doc("brightwell", "audits/Customer quality audit Q3-2026 findings.xlsx", "audit", "audit/xlsx-findings-tracker",
    "xlsx", findings("quality", "Wessex Supplier Audits Ltd.",
                     [("Q1", "major", "open", "2026-12-31"), ("Q2", "minor", "closed", "2026-09-30"),
                      ("Q3", "observation", "open", None)], report_date="2026-09-15", audit_date="2026-09-08"),
    ["open_major_not_due", "date_cells", "firm_in_auditor_field"], w_bw_tracker)


def w_bw_letter(p):
    write_text(p, """
Ethical Supply Assessments Ltd.
14 Queen Square, Bristol BS1 4NT

22 May 2026

Brightwell Power Electronics Ltd.
Unit 7, Meridian Business Park
Swindon SN5 7XR

Subject: Social compliance audit – summary of results

Dear Ms Turner,

Thank you for hosting our audit team on 14 May 2026. The audit covered labour, health and safety, environment,
ethics and management systems against the RBA Code of Conduct v8.0 and applicable UK law, and included a site tour,
document review and interviews with 18 workers.

We are pleased to confirm that no non-conformances were identified. The facility was found to be in conformance
with all applicable requirements within the audit scope, and no corrective action plan is required.

The full report (ref. ESA-2026-0587) will be uploaded to the customer portal.

Yours sincerely,

Oliver Grant
Lead Auditor, Ethical Supply Assessments Ltd.
""")


doc("brightwell", "audits/audit_summary_letter.txt", "audit", "audit/letter-no-findings", "txt",
    findings("social", "Ethical Supply Assessments Ltd.", [], report_date="2026-05-22", audit_date="2026-05-14"),
    ["no_findings", "letter"], w_bw_letter)


def w_bw_packing(p):
    rows = [["PACKING LIST"],
            ["Shipper", "Brightwell Power Electronics Ltd., Unit 7, Meridian Business Park, Swindon SN5 7XR"],
            ["Consignee", "Helix Powertrain GmbH, Kopernikusstraße 3, 08056 Zwickau"],
            ["Date", dt.date(2026, 10, 7)], ["Delivery note", "DN-26-10455"], ["Customer PO", "4500190342"],
            [],
            ["Carton", "Part number", "Description", "Qty", "Net kg", "Gross kg"],
            [1, "BW-BMS-16S-M", "BMS master board 16S, conformal coated", 120, 14.4, 17.9],
            [2, "BW-BMS-16S-M", "BMS master board 16S, conformal coated", 120, 14.4, 17.9],
            [3, "BW-CMB-12", "Cell monitoring board 12 channels", 300, 9.0, 11.6],
            [4, "BW-HVJB-800", "HV junction box electronics 800 V", 40, 22.0, 26.5],
            [],
            ["Total", "", "", 580, 59.8, 73.9],
            [],
            ["Remarks", "ESD-sensitive devices. Final test records (FCT) and certificate of conformity per lot "
                        "available on request."]]
    write_xlsx(p, [("Packing list", rows, {"widths": [10, 16, 44, 8, 10, 10], "bold_rows": [1, 8]})],
               author="Brightwell Logistics")


doc("brightwell", "shipping/packing list 2026-10-07.xlsx", "noise", "noise/packing-list-xlsx", "xlsx", [],
    ["mentions_test", "mentions_certificate"], w_bw_packing)


# ---------------------------------------------------------------------------------------------------------
# Rheinkupfer Stromschienen (DE, copper busbars)
# ---------------------------------------------------------------------------------------------------------

def w_rk_50001(p):
    write_pdf(p, [
        ("title", "ZERTIFIKAT"),
        ("p", "Die Zertifizierungsstelle der Rhein-Ruhr Cert GmbH bescheinigt hiermit, dass das Unternehmen"),
        ("b", "Rheinkupfer Stromschienen GmbH"),
        ("p", "Hafenstraße 41\n47119 Duisburg"),
        ("p", "für den Geltungsbereich\nHerstellung von Stromschienen, Flexverbindern und Zellverbindern aus "
              "Kupfer und Aluminium"),
        ("p", "ein Energiemanagementsystem eingeführt hat und anwendet. Durch ein Audit, Bericht-Nr. 3412/2023, "
              "wurde der Nachweis erbracht, dass die Forderungen der"),
        ("title", "DIN EN ISO 50001:2018"),
        ("p", "erfüllt sind. Dieses Zertifikat ist gültig vom 01.02.2023 bis 31.01.2026."),
        ("p", "Zertifikat-Registrier-Nr. RRC-EnMS-50001-0877"),
        ("p", "Duisburg, 01.02.2023\n\nDipl.-Kfm. Heiner Wolters\nLeiter der Zertifizierungsstelle"),
    ], footer=("Rhein-Ruhr Cert GmbH · Am Innenhafen 8 · 47059 Duisburg", ""))


doc("rheinkupfer", "Zertifikate/Zertifikat ISO 50001.pdf", "certificate", "certificate/de-validity-sentence", "pdf",
    [cert("ISO 50001:2018", "RRC-EnMS-50001-0877", "Rheinkupfer Stromschienen GmbH", "Rhein-Ruhr Cert GmbH",
          "2023-02-01", "2026-01-31")],
    ["expired", "validity_in_sentence", "national_prefix"], w_rk_50001)


def w_rk_env(p):
    firm = "Umweltgutachter Südwest GmbH"
    write_pdf(p, [
        ("title", "Bericht über das Umwelt-Compliance-Audit"),
        ("p", "in Anlehnung an DIN EN ISO 14001:2015"),
        KV([("Organisation", "Rheinkupfer Stromschienen GmbH, Werk Duisburg"), ("Auditdatum", "22.09.2026"),
            ("Berichtsdatum", "05.10.2026"), ("Auditor", "Dr. Claudia Neumann, " + firm)]),
        ("h", "Ergebnis"),
        ("p", "1 Nebenabweichung, 2 Hinweise, keine Hauptabweichung."),
        ("h", "Feststellung 1 – Nebenabweichung"),
        ("p", "Kap. 8.1 Betriebliche Planung und Steuerung: Die Überwachung des Beizbad-Abwassers (Kupfer, pH) ist "
              "nicht in der Betriebsanweisung geregelt; Messwerte werden nur handschriftlich geführt."),
        ("p", "Termin: 31.12.2026 – Status: offen"),
        ("h", "Feststellung 2 – Hinweis"),
        ("p", "Die Gefährdungsbeurteilung für den Umgang mit Schwefelsäure sollte um die neue Beizlinie ergänzt "
              "werden."),
        ("p", "Status: offen"),
        ("h", "Feststellung 3 – Hinweis"),
        ("p", "Kennzeichnung der Abfallbehälter für Kupferspäne unvollständig."),
        ("p", "Status: erledigt"),
        ("p", "Karlsruhe, 05.10.2026 – Dr. Claudia Neumann"),
    ], header=(firm, "Bericht UA-2026-114"), footer=("", "Seite {p} von {n}"))


doc("rheinkupfer", "Audits/Umweltaudit Bericht 2026.pdf", "audit", "audit/de-headed-blocks", "pdf",
    findings("environmental", "Umweltgutachter Südwest GmbH",
             [("Feststellung 1", "minor", "open", "2026-12-31"), ("Feststellung 2", "observation", "open", None),
              ("Feststellung 3", "observation", "closed", None)], report_date="2026-10-05", audit_date="2026-09-22"),
    ["summary_counts"], w_rk_env)


def w_rk_quality(p):
    write_text(p, """
## Quality Audit – Rheinkupfer Stromschienen GmbH, Duisburg

- Audit date: 2026-05-27
- Report date: 2026-06-03
- Auditor: Frank Hoffmann, Prime Supplier Development GmbH
- Scope: stamping, bending, nickel plating (subcontracted), insulation coating, final inspection of cell connectors

### Findings

- **F1 – Critical** – Nonconforming busbars (burr height above 0.1 mm at the punched holes) were shipped to the
  customer without containment after the die change on 2026-05-12.
  Containment done 2026-05-28; permanent corrective action due 2026-07-31.
  **Status:** closed, effectiveness verified 2026-08-12.
- **F2 – Minor** – Calibration of two height gauges overdue by 3 months. Due 2026-08-31.
  **Status:** CAPA submitted
- **F3 – Observation** – Packaging instruction does not specify VCI film for export shipments.
  **Status:** open

*Report prepared by Prime Supplier Development GmbH on behalf of the customer.*
""")


doc("rheinkupfer", "Audits/Quality audit Rheinkupfer June 2026.md", "audit", "audit/md-bullets-critical", "md",
    findings("quality", "Prime Supplier Development GmbH",
             [("F1", "critical", "closed", "2026-07-31"), ("F2", "minor", "open", "2026-08-31"),
              ("F3", "observation", "open", None)], report_date="2026-06-03", audit_date="2026-05-27"),
    ["critical_closed", "capa_submitted", "several_dates"], w_rk_quality)


def w_rk_31(p):
    write_pdf(p, [
        ("title", "Abnahmeprüfzeugnis 3.1 nach DIN EN 10204:2005"),
        KV([("Hersteller", "Rheinkupfer Stromschienen GmbH, Hafenstraße 41, 47119 Duisburg"),
            ("Besteller", "Helix Powertrain GmbH, Zwickau – Bestellung 4500189920"),
            ("Zeugnis-Nr.", "RK-3.1-26-4471"), ("Datum", "14.10.2026"),
            ("Erzeugnis", "Stromschiene Cu-ETP (CW004A) R240, 30 × 3 mm, vernickelt; Zeichnung HX-BB-0311 Rev. C"),
            ("Charge", "26-4471"), ("Liefermenge", "2.400 Stück")]),
        T([["Prüfmerkmal", "Soll", "Ist"],
           ["Cu + Ag (%)", ">= 99,90", "99,96"], ["Zugfestigkeit Rm (MPa)", "240 – 300", "262"],
           ["Dehngrenze Rp0,2 (MPa)", ">= 180", "214"], ["Bruchdehnung A50 (%)", ">= 8", "14"],
           ["Elektrische Leitfähigkeit (MS/m)", ">= 57,0", "58,2"], ["Nickelschichtdicke (µm)", "3 – 5", "4,1"]]),
        ("p", "Die Lieferung entspricht den Vereinbarungen bei der Bestellung. Prüfungen durchgeführt im "
              "Werkslabor."),
        ("p", "Der Abnahmebeauftragte des Herstellers: M. Schäfer"),
    ])


doc("rheinkupfer", "Lieferungen/Abnahmepruefzeugnis 3.1 Charge 26-4471.pdf", "noise", "noise/en10204-inspection-cert",
    "pdf", [], ["mentions_certificate", "mentions_test"], w_rk_31)


# ---------------------------------------------------------------------------------------------------------
# Van der Berg Busbar Systems (NL, busbars)
# ---------------------------------------------------------------------------------------------------------

def w_vdb_9001(p):
    write_pdf(p, [
        ("title", "CERTIFICAAT"),
        ("p", "Certificaatnummer: LLC-Q-31207"),
        ("p", "Hiermee wordt verklaard dat het kwaliteitsmanagementsysteem van"),
        ("b", "Van der Berg Busbar Systems B.V."),
        ("p", "Industrieweg 88, 5683 CG Best"),
        ("p", "voldoet aan de eisen van"),
        ("title", "NEN-EN-ISO 9001:2015"),
        ("p", "Toepassingsgebied: Ontwerp en productie van koperen en aluminium busbars, gelamineerde busbars en "
              "celverbinders voor batterijsystemen."),
        KV([("Datum eerste uitgifte", "15-09-2016"), ("Datum van uitgifte", "15-09-2025"),
            ("Geldig tot", "14-09-2028")]),
        ("small", "De geldigheid van dit certificaat is afhankelijk van jaarlijkse periodieke audits."),
        ("p", "Lagelanden Certificering B.V.\nIr. W. de Jong, directeur"),
    ], footer=("Lagelanden Certificering B.V. · Europalaan 40 · 3526 KS Utrecht", ""))


doc("vdberg", "certificaten/ISO 9001 certificaat.pdf", "certificate", "certificate/nl", "pdf",
    [cert("ISO 9001:2015", "LLC-Q-31207", "Van der Berg Busbar Systems B.V.", "Lagelanden Certificering B.V.",
          "2025-09-15", "2028-09-14")],
    ["national_prefix", "initial_certification_date", "dd-mm-yyyy"], w_vdb_9001)


def w_vdb_register(p):
    write_text(p, """
Lagelanden Certificering B.V. — Online certificate register
Search result (printed 2026-10-30 09:14 CET)

Certificate holder : Van der Berg Busbar Systems B.V.
Location           : Industrieweg 88, 5683 CG Best, Netherlands
Standard           : ISO 14001:2015
Certificate number : LLC-E-30544
Issue date         : 01-03-2025
Valid              : 2025-03-01 – 2028-02-28
Status             : WITHDRAWN (ingetrokken) as of 2026-06-03
Reason             : major nonconformities from the surveillance audit of 2026-02 not closed within the
                     suspension period

A withdrawn certificate is no longer valid and may not be used or referred to by the organisation.
""")


doc("vdberg", "certificaten/certificate_register_status.txt", "certificate", "certificate/register-printout-withdrawn",
    "txt", [cert("ISO 14001:2015", "LLC-E-30544", "Van der Berg Busbar Systems B.V.", "Lagelanden Certificering B.V.",
                 "2025-03-01", "2028-02-28")],
    ["withdrawn", "printed_date"], w_vdb_register)


def w_vdb_audit(p):
    firm = "Kwaliteitsaudit Nederland B.V."
    write_pdf(p, [
        ("title", "Auditrapport procesaudit"),
        KV([("Leverancier", "Van der Berg Busbar Systems B.V., Best"), ("Auditdatum", "11-08-2026"),
            ("Rapportdatum", "20-08-2026"), ("Auditor", "ing. Sanne Visser, " + firm),
            ("Processen", "Knippen, ponsen, buigen, lamineren, eindcontrole")]),
        ("h", "Samenvatting"),
        ("p", "Tijdens de audit zijn 1 grote afwijking, 1 kleine afwijking en 1 verbeterpunt vastgesteld."),
        T([["Nr.", "Norm-eis", "Bevinding", "Classificatie", "Uiterste datum", "Status"],
           ["A1", "8.5.1", "Aanhaalmomenten van de laminatiepers worden niet geregistreerd.", "Grote afwijking",
            "01-10-2026", "Gesloten"],
           ["A2", "7.1.5", "Schuifmaten op de eindcontrole niet gekalibreerd volgens planning.", "Kleine afwijking",
            "15-12-2026", "Open"],
           ["V1", "10.3", "Resultaten van klantklachten niet structureel gebruikt voor verbetering.",
            "Verbeterpunt", "–", "Open"]], widths=[12, 20, 68, 28, 26, 20]),
        ("p", "ing. Sanne Visser"),
    ], header=(firm, "Rapport KAN-26-0817"), footer=("", "Pagina {p} van {n}"))


doc("vdberg", "audits/Auditrapport procesaudit 2026.pdf", "audit", "audit/nl-table", "pdf",
    findings("quality", "Kwaliteitsaudit Nederland B.V.",
             [("A1", "major", "closed", "2026-10-01"), ("A2", "minor", "open", "2026-12-15"),
              ("V1", "observation", "open", None)], report_date="2026-08-20", audit_date="2026-08-11"),
    ["summary_counts"], w_vdb_audit)


def w_vdb_social(p):
    firm = "Lowlands Social Audit B.V."
    write_pdf(p, [
        ("title", "Social Compliance Audit Report"),
        KV([("Facility", "Van der Berg Busbar Systems B.V., Industrieweg 88, Best"), ("Audit date", "2026-09-23"),
            ("Report date", "2026-10-02"), ("Audit firm", firm), ("Auditor", "Pieter Smit"),
            ("Workers", "132 (of which 38 agency workers from Poland and Romania)")]),
        ("h", "1. Scope"),
        ("p", "Labour standards, health and safety, business ethics. Documents reviewed: employment contracts, agency "
              "agreements, time records and payroll for May to August 2026, housing agreements for agency workers, "
              "risk inventory and evaluation (RI&E). Interviews: 20 workers, individually and in groups, in Dutch, "
              "Polish and Romanian with interpreters provided by the audit firm."),
        ("h", "2. Overview"),
        ("p", "The audit identified one major non-compliance, one minor non-compliance and one observation. The "
              "findings are described in section 3."),
        ("h", "3. Findings"),
        ("b", "Finding 1 – Working hours (Major)"),
        ("p", "Time records for June to August 2026 show that 9 of 20 sampled agency workers regularly worked 60 to "
              "64 hours per week on the lamination line, exceeding the maximum of 60 hours in any week and the "
              "average of 48 hours over 16 weeks under the Dutch Working Hours Act (Arbeidstijdenwet). Overtime was "
              "scheduled by the agency planner without review by the site."),
        ("pb",),
        ("p", "Finding 1 (continued) – Corrective action: align agency planning with site capacity planning, "
              "introduce weekly hours monitoring for agency workers and agree an escalation rule with the agency. "
              "Due date: 31 January 2027. Status: open."),
        ("b", "Finding 2 – Health and safety (Minor)"),
        ("p", "First-aid kit in the punching hall incomplete. Due date: 30 September 2026. Status: closed – evidence "
              "received 29 September 2026."),
        ("b", "Finding 3 – Housing (Observation)"),
        ("p", "Agency worker housing is provided by the agency; the site has not visited the housing. Status: open."),
        ("h", "4. Auditor statement"),
        ("p", f"Pieter Smit, {firm}"),
    ], header=(firm, "Van der Berg Busbar Systems B.V. – social audit"), footer=("Confidential", "Page {p} of {n}"))


doc("vdberg", "audits/Social audit report VdB Best 2026.pdf", "audit", "audit/finding-split-over-pages", "pdf",
    findings("social", "Lowlands Social Audit B.V.",
             [("Finding 1", "major", "open", "2027-01-31"), ("Finding 2", "minor", "closed", "2026-09-30"),
              ("Finding 3", "observation", "open", None)], report_date="2026-10-02", audit_date="2026-09-23"),
    ["summary_counts", "finding_split_over_pages", "open_major_not_due"], w_vdb_social)


# ---------------------------------------------------------------------------------------------------------
# truth: expected problems per supplier, and the build
# ---------------------------------------------------------------------------------------------------------

def _d(s):
    return dt.date.fromisoformat(s) if s else None


def problems_for(path, d):
    """The problems a governance reviewer would raise from this document as of AS_OF (see README of evals/styles:
    blocking = expired/withdrawn certificate, failed or incomplete test, open critical or overdue major finding)."""
    out = []
    for f in d["facts"]:
        k = f["kind"]
        if k == "certificate":
            exp = _d(f["expires"])
            if "suspended" in d["flags"] or "withdrawn" in d["flags"]:
                state = "suspended" if "suspended" in d["flags"] else "withdrawn"
                out.append({"kind": f"{state}_certificate", "source": path, "blocking": True,
                            "statuses": [state, "expired", "unknown"], "cite": True,
                            "detail": f"{f['standard']} certificate {f['number']} {state}"})
            elif exp is None:
                out.append({"kind": "certificate_without_expiry", "source": path, "blocking": True,
                            "statuses": ["unknown"], "cite": True, "detail": f"{f['standard']} expiry not stated"})
            elif exp < AS_OF:
                out.append({"kind": "expired_certificate", "source": path, "blocking": True, "statuses": ["expired"],
                            "cite": True, "detail": f"{f['standard']} expired {f['expires']}"})
            elif exp <= AS_OF + dt.timedelta(days=90):
                out.append({"kind": "expiring_certificate", "source": path, "blocking": False,
                            "statuses": ["expiring"], "cite": True,
                            "detail": f"{f['standard']} expires {f['expires']}"})
            else:
                # keep clean certificates clear of any plausible renewal window
                assert exp > AS_OF + dt.timedelta(days=180), (path, exp)
        elif k == "transport_test":
            failed = [t for t, r in sorted(f["results"].items()) if r == "fail"]
            if failed:
                out.append({"kind": "failed_transport_test", "source": path, "blocking": True, "statuses": ["failed"],
                            "cite": True, "detail": f"UN 38.3 {f['model']}: {', '.join(failed)} failed"})
            elif f["missing_elements"]:
                out.append({"kind": "incomplete_transport_test", "source": path, "blocking": True,
                            "statuses": ["incomplete"], "cite": True,
                            "detail": f"UN 38.3 {f['model']}: summary lacks {', '.join(f['missing_elements'])}"})
        elif k == "safety_test":
            if f["verdict"] == "fail":
                out.append({"kind": "failed_safety_test", "source": path, "blocking": True, "statuses": ["failed"],
                            "cite": True, "detail": f"{f['standard']} {f['model']}: fail"})
        elif k == "audit_finding":
            if f["finding_id"] is None or f["status"] != "open":
                continue
            due = _d(f["due"])
            overdue = due is not None and due < AS_OF
            what = f"{f['audit_type']} finding {f['finding_id']} ({f['severity']}) open" + (", overdue" if overdue
                                                                                            else "")
            if f["severity"] == "critical":
                out.append({"kind": "open_critical_finding", "source": path, "blocking": True,
                            "statuses": ["open", "overdue"], "cite": True, "detail": what})
            elif f["severity"] == "major" and overdue:
                out.append({"kind": "overdue_major_finding", "source": path, "blocking": True,
                            "statuses": ["overdue"], "cite": True, "detail": what})
            elif f["severity"] == "major":
                out.append({"kind": "open_major_finding", "source": path, "blocking": False,
                            "statuses": ["open"], "cite": True, "detail": what})
            elif f["severity"] == "minor":
                out.append({"kind": "open_minor_finding", "source": path, "blocking": False,
                            "statuses": ["open", "overdue"], "cite": True, "detail": what})
    return out


SEVERITIES = {"critical", "major", "minor", "observation", None}


def _check(d):
    for f in d["facts"]:
        if f["kind"] == "audit_finding":
            assert f["severity"] in SEVERITIES and f["status"] in ("open", "closed", None), (d["rel"], f)
            assert f["audit_type"] in ("quality", "social", "environmental"), d["rel"]
        if f["kind"] == "transport_test":
            assert sorted(f["results"]) == [f"T.{i}" for i in range(1, 9)], d["rel"]
            assert set(f["results"].values()) <= {"pass", "fail", "n/a"}, d["rel"]
    assert d["kind"] in DOC_TYPES, d["rel"]
    assert (d["kind"] == "noise") == (not d["facts"]), d["rel"]


def build(out: Path) -> dict:
    out = Path(out)
    if (out / "suppliers").exists():
        shutil.rmtree(out / "suppliers")
    out.mkdir(parents=True, exist_ok=True)
    documents: list[dict] = []
    by_sup: dict[str, list] = {}
    seen = set()
    for d in DOCS:
        _check(d)
        folder = SUP[d["sup"]]["folder"]
        path = f"suppliers/{folder}/{d['rel']}"
        assert path not in seen, path
        seen.add(path)
        d["write"](out / path)
        documents.append({"path": path, "supplier": folder, "kind": d["kind"], "doc_types": DOC_TYPES[d["kind"]],
                          "style": d["style"], "format": d["format"], "flags": d["flags"], "facts": d["facts"]})
        by_sup.setdefault(d["sup"], []).append((path, d))
    suppliers = []
    for key, s in SUP.items():
        docs = by_sup.get(key, [])
        problems = [p for path, d in docs for p in problems_for(path, d)]
        suppliers.append({"name": s["folder"], "legal_name": s["legal"], "segment": s["segment"],
                          "country": s["country"], "automotive": s["automotive"], "group": s["folder"],
                          "complete": None, "documents": [p for p, _ in docs],
                          # no supplier profile is in this corpus, so no segment is known to the product and the
                          # policy decides no release (evals/styles/README.md: expected_release null)
                          "expected_release": None,
                          "blocking": any(p["blocking"] for p in problems), "problems": problems})
    truth = {"generator": "evals.handwritten", "version": 1, "seed": 1, "split": "dev", "as_of": AS_OF.isoformat(),
             "suppliers": suppliers, "documents": documents}
    (out / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / ".govignore").write_text("truth.json\n", encoding="utf-8")
    return truth


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m evals.handwritten.build OUT_DIR", file=sys.stderr)
        return 2
    truth = build(Path(args[0]))
    print(f"{len(truth['documents'])} documents, {len(truth['suppliers'])} suppliers -> {args[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

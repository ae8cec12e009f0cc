"""A hand-written evaluation corpus of UN 38.3 test summaries, battery safety test reports and management-system
certificates (plus a few non-governance documents), with its truth.

    python -m evals.handwritten.build_tests OUT_DIR

Writes OUT_DIR/suppliers/<Supplier>/<subfolder>/<file>, OUT_DIR/truth.json (the format of evals/styles/truth.py,
read by evals/styles/score.py) and OUT_DIR/.govignore.

Every document is written out by hand below, in the layouts and the words that test laboratories and
certification bodies use (38.3.5 test summaries, CB test report forms, UL / IEC / UN ECE reports, ISO and IATF
certificates, register printouts, suspension and withdrawal notices), independently of the styles generator and
of the product's extractors. All companies, laboratories, certification bodies, people, numbers and dates are
invented. The build is deterministic: reportlab PDFs with invariant=1, Office files re-zipped with fixed
timestamps, no randomness.
"""

# ruff: noqa: E501  (document text is kept on the lines it is printed on, some wider than 120 columns)

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import sys
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape

GENERATOR = "evals.handwritten.tests"
VERSION = 1
SEED = 2
SPLIT = "dev"
AS_OF = dt.date(2026, 11, 15)
EXPIRING_WINDOW_DAYS = 90
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
FIXED_ISO = "2026-01-01T00:00:00Z"

# ---------------------------------------------------------------------------------------------------------------
# Dates written the ways documents write them
# ---------------------------------------------------------------------------------------------------------------

D = dt.date
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]


def iso(d: dt.date) -> str:
    return d.isoformat()


def de(d: dt.date) -> str:
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def de_long(d: dt.date) -> str:
    return f"{d.day}. {MON_DE[d.month - 1]} {d.year}"


def en_long(d: dt.date) -> str:
    return f"{d.day} {MON_EN[d.month - 1]} {d.year}"


def en_long0(d: dt.date) -> str:
    return f"{d.day:02d} {MON_EN[d.month - 1]} {d.year}"


def us_long(d: dt.date) -> str:
    return f"{MON_EN[d.month - 1]} {d.day}, {d.year}"


def us_num(d: dt.date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def dmy(d: dt.date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def dmon(d: dt.date) -> str:
    return f"{d.day:02d}-{MON_EN[d.month - 1][:3]}-{d.year}"


def fr_long(d: dt.date) -> str:
    return f"{'1er' if d.day == 1 else d.day} {MON_FR[d.month - 1]} {d.year}"


def es_long(d: dt.date) -> str:
    return f"{d.day} de {MON_ES[d.month - 1]} de {d.year}"


def zh(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def zh0(d: dt.date) -> str:
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def ko(d: dt.date) -> str:
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def ymd_slash(d: dt.date) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


# ---------------------------------------------------------------------------------------------------------------
# Writers: PDF (reportlab), DOCX (python-docx), XLSX (openpyxl), text
# ---------------------------------------------------------------------------------------------------------------

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, LETTER  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

_FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"),
              Path("/usr/share/fonts/dejavu"), Path("/usr/share/fonts/liberation")]
_FONT_FILES = {"Sans": "DejaVuSans.ttf", "Sans-Bold": "DejaVuSans-Bold.ttf",
               "Cond": "DejaVuSansCondensed.ttf", "Cond-Bold": "DejaVuSansCondensed-Bold.ttf",
               "Serif": "LiberationSerif-Regular.ttf", "Serif-Bold": "LiberationSerif-Bold.ttf",
               "Arial": "LiberationSans-Regular.ttf", "Arial-Bold": "LiberationSans-Bold.ttf",
               "Mono": "DejaVuSansMono.ttf", "Mono-Bold": "DejaVuSansMono-Bold.ttf"}
_FALLBACK = {"Sans": "Helvetica", "Sans-Bold": "Helvetica-Bold", "Cond": "Helvetica", "Cond-Bold": "Helvetica-Bold",
             "Serif": "Times-Roman", "Serif-Bold": "Times-Bold", "Arial": "Helvetica", "Arial-Bold": "Helvetica-Bold",
             "Mono": "Courier", "Mono-Bold": "Courier-Bold"}
FONTS: dict[str, str] = {}


def _register_fonts() -> None:
    if FONTS:
        return
    for name, file in _FONT_FILES.items():
        found = next((d / file for d in _FONT_DIRS if (d / file).exists()), None)
        if found is None:
            FONTS[name] = _FALLBACK[name]
            continue
        pdfmetrics.registerFont(TTFont(name, str(found)))
        FONTS[name] = name


def esc(text: object) -> str:
    return escape(str(text))


class Look:
    """A document's typography."""

    def __init__(self, family: str = "Sans", size: float = 9.2, pagesize=A4, margins=(18, 18, 22, 20)):
        _register_fonts()
        self.font, self.bold = FONTS[family], FONTS[family + "-Bold"]
        self.size = size
        self.pagesize = pagesize
        self.margins = margins  # left, right, top, bottom in mm
        lead = size * 1.32
        self.body = ParagraphStyle("body", fontName=self.font, fontSize=size, leading=lead, spaceAfter=3)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=size - 1.6, leading=(size - 1.6) * 1.3)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=size - 0.8, leading=(size - 0.8) * 1.25,
                                   spaceAfter=0)
        self.cellb = ParagraphStyle("cellb", parent=self.cell, fontName=self.bold)
        self.h1 = ParagraphStyle("h1", parent=self.body, fontName=self.bold, fontSize=size + 6, leading=size + 10,
                                 alignment=TA_CENTER, spaceAfter=6)
        self.h1l = ParagraphStyle("h1l", parent=self.h1, alignment=0)
        self.h2 = ParagraphStyle("h2", parent=self.body, fontName=self.bold, fontSize=size + 2, leading=size + 5,
                                 spaceBefore=6, spaceAfter=3)
        self.h3 = ParagraphStyle("h3", parent=self.body, fontName=self.bold, spaceBefore=4)
        self.center = ParagraphStyle("center", parent=self.body, alignment=TA_CENTER)
        self.centerb = ParagraphStyle("centerb", parent=self.center, fontName=self.bold)
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)
        self.big = ParagraphStyle("big", parent=self.center, fontName=self.bold, fontSize=size + 9,
                                  leading=size + 14, spaceAfter=8)


def P(text: object, style) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    return Paragraph(esc(text).replace("\n", "<br/>"), style)


def M(markup: str, style) -> Paragraph:
    """A paragraph of reportlab markup, written by hand below."""
    return Paragraph(markup, style)


def SP(h: float = 4) -> Spacer:
    return Spacer(1, h * mm)


def TBL(look: Look, rows: Sequence[Sequence[object]], widths: list[float] | None = None, *, head: int = 1,
        grid: bool = True, bold_first_col: bool = False, shade_head: bool = True, align_top: bool = True,
        box_only: bool = False, repeat: int = 0, zebra: bool = False) -> Table:
    """A table; string cells become wrapped paragraphs (bold in header rows)."""
    data = []
    for r, row in enumerate(rows):
        out = []
        for c, v in enumerate(row):
            if isinstance(v, str):
                st = look.cellb if (r < head or (bold_first_col and c == 0)) else look.cell
                out.append(P(v, st))
            else:
                out.append(v)
        data.append(out)
    t = Table(data, colWidths=[w * mm for w in widths] if widths else None, repeatRows=repeat)
    cmds: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP" if align_top else "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif box_only:
        cmds.append(("BOX", (0, 0), (-1, -1), 0.6, colors.black))
    if head and shade_head:
        cmds.append(("BACKGROUND", (0, 0), (-1, head - 1), colors.Color(0.88, 0.88, 0.88)))
    if zebra:
        for r in range(head, len(rows)):
            if (r - head) % 2:
                cmds.append(("BACKGROUND", (0, r), (-1, r), colors.Color(0.95, 0.95, 0.95)))
    t.setStyle(TableStyle(cmds))
    return t


def KV(look: Look, pairs: list[tuple[str, str]], widths=(55, 115), grid: bool = True) -> Table:
    """A two-column label/value table."""
    return TBL(look, [[k, v] for k, v in pairs], list(widths), head=0, grid=grid, bold_first_col=True)


def dots(label: str, value: str, width: int = 44) -> str:
    """"Label ........ value" (dot leaders, as typed into a template)."""
    n = max(3, width - len(label))
    return f"{label} {'.' * n} {value}"


def pdf(path: Path, story: list, look: Look, decorate=None, title: str = "", author: str = "") -> None:
    """Write a PDF. `decorate(canvas, page, total, look)` draws running headers and footers."""
    left, right, top, bottom = look.margins

    class Numbered(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if decorate is not None:
                    self.saveState()
                    decorate(self, self._pageNumber, total, look)
                    self.restoreState()
                super().showPage()
            super().save()

    doc = SimpleDocTemplate(str(path), pagesize=look.pagesize, leftMargin=left * mm, rightMargin=right * mm,
                            topMargin=top * mm, bottomMargin=bottom * mm, invariant=1, title=title, author=author,
                            creator="", producer="")
    doc.build(story, canvasmaker=Numbered)


def running(header_left: str = "", header_right: str = "", footer_left: str = "", footer_right: str = "",
            footer_center: str = "", line: bool = True, size: float = 7.5):
    """A decorate() with header/footer strings; '{page}' and '{total}' are filled in."""

    def draw(c, page: int, total: int, look: Look) -> None:
        w, h = look.pagesize
        left, right = look.margins[0] * mm, w - look.margins[1] * mm
        c.setFont(look.font, size)
        fill = lambda s: s.format(page=page, total=total)  # noqa: E731
        if header_left:
            c.drawString(left, h - 12 * mm, fill(header_left))
        if header_right:
            c.drawRightString(right, h - 12 * mm, fill(header_right))
        if line and (header_left or header_right):
            c.setLineWidth(0.4)
            c.line(left, h - 13.5 * mm, right, h - 13.5 * mm)
        if line and (footer_left or footer_right or footer_center):
            c.setLineWidth(0.4)
            c.line(left, 13.5 * mm, right, 13.5 * mm)
        if footer_left:
            c.drawString(left, 10 * mm, fill(footer_left))
        if footer_right:
            c.drawRightString(right, 10 * mm, fill(footer_right))
        if footer_center:
            c.drawCentredString(w / 2, 10 * mm, fill(footer_center))

    return draw


def _fix_zip(path: Path) -> None:
    """Rewrite an Office file with fixed timestamps (entries and docProps/core.xml) so builds are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rf"\g<1>{FIXED_ISO}\g<3>", text)
                text = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", rf"\g<1>{FIXED_ISO}\g<2>", text)
                data = text.encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def new_docx(font: str = "Calibri", size: float = 10):
    from docx import Document
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = dt.datetime(2026, 1, 1)
    cp.modified = dt.datetime(2026, 1, 1)
    cp.revision = 1
    return d


def docx_table(d, rows: list[list[str]], bold_head: bool = True, bold_first_col: bool = False,
               style: str = "Table Grid", widths_cm: list[float] | None = None):
    from docx.shared import Cm

    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            cell = t.cell(r, c)
            cell.text = ""
            lines = str(v).split("\n")
            p = cell.paragraphs[0]
            for i, line in enumerate(lines):
                run = p.add_run(line)
                if (bold_head and r == 0) or (bold_first_col and c == 0):
                    run.bold = True
                if i < len(lines) - 1:
                    run.add_break()
            if widths_cm:
                cell.width = Cm(widths_cm[c])
    return t


def docx_par(d, text: str, bold: bool = False, size: float | None = None, align: str | None = None,
             italic: bool = False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def docx_header_footer(d, header: str = "", footer: str = "") -> None:
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer


def save_docx(d, path: Path) -> None:
    d.save(str(path))
    _fix_zip(path)


def new_xlsx():
    from openpyxl import Workbook

    wb = Workbook()
    wb.properties.creator = ""
    wb.properties.created = dt.datetime(2026, 1, 1)
    wb.properties.modified = dt.datetime(2026, 1, 1)
    return wb


def save_xlsx(wb, path: Path) -> None:
    wb.save(str(path))
    _fix_zip(path)


def text_file(path: Path, text: str) -> None:
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------------------------------
# The corpus: suppliers, documents, truth
# ---------------------------------------------------------------------------------------------------------------

class Sup:
    def __init__(self, name: str, legal_name: str, segment: str, country: str, automotive: bool,
                 group: str | None = None):
        self.name, self.legal_name, self.segment = name, legal_name, segment
        self.country, self.automotive, self.group = country, automotive, group


HZ = Sup("Hallstatt Zellwerk", "Hallstatt Zellwerk GmbH", "cell_manufacturer", "Germany", True)
RN = Sup("Jiangyin Ruineng New Energy Technology Co., Ltd", "Jiangyin Ruineng New Energy Technology Co., Ltd.",
         "cell_manufacturer", "China", False)
SD = Sup("Shimotsuke Denchi", "Shimotsuke Denchi K.K.", "cell_manufacturer", "Japan", False)
HN = Sup("Hanul Cell", "Hanul Cell Co., Ltd.", "cell_manufacturer", "South Korea", True)
GC = Sup("Ganga Cells Pvt Ltd", "Ganga Cells Pvt. Ltd.", "cell_manufacturer", "India", False)
VP = Sup("Voltaris Packs", "Voltaris Packs S.A.S.", "pack_integrator", "France", False)
CZ = Sup("Baterías Cierzo", "Baterías Cierzo S.L.", "pack_integrator", "Spain", False)
NK = Sup("Nordkap Energilagring AB", "Nordkap Energilagring AB", "pack_integrator", "Sweden", False)
LP = Sup("Lakeshore Power Systems", "Lakeshore Power Systems, Inc.", "pack_integrator", "United States", False)
WB = Sup("Wisła Battery Modules – Gliwice plant", "Wisła Battery Modules Sp. z o.o.", "pack_integrator", "Poland",
         True, group="Wisła Battery Modules")
XH = Sup("Xinhengtai Battery (Dongguan)", "Dongguan Xinhengtai Battery Co., Ltd.", "pack_integrator", "China", False)
MB = Sup("Monterrey Baterías Industriales", "Monterrey Baterías Industriales, S.A. de C.V.", "pack_integrator",
         "Mexico", False)
SUPPLIERS = [HZ, RN, SD, HN, GC, VP, CZ, NK, LP, WB, XH, MB]

DOC_TYPES = {"transport_test": ["test_summary"], "safety_test": ["test_report"], "certificate": ["certificate"],
             "noise": ["other"],
             # the commercial corpus (build_commercial.py)
             "contract": ["contract"], "minerals": ["minerals_declaration"], "kpi": ["kpi"],
             "profile": ["profile", "questionnaire"]}
# the management-system standards the onboarding policy requires of cell makers and pack/ESS integrators
# (IATF 16949 only of automotive suppliers); an expired, withdrawn, suspended or undated certificate of one of
# these blocks release
REQUIRED_CERTS = ("ISO 9001", "ISO 14001", "ISO 45001")


def R(codes: str) -> dict[str, str]:
    """'ppppppnp' -> {"T.1": "pass", ..., "T.7": "n/a", "T.8": "pass"}."""
    m = {"p": "pass", "f": "fail", "n": "n/a"}
    return {f"T.{i + 1}": m[c] for i, c in enumerate(codes)}


def tt(model: str, *, manufacturer: str, lab: str, report_id: str | None, date: dt.date | None, chemistry: str,
       wh: float | None, mass_g: float | None, results: dict[str, str], signed_by: str | None,
       missing: tuple[str, ...] = ()) -> dict:
    return {"kind": "transport_test", "manufacturer": manufacturer, "lab": lab, "report_id": report_id,
            "date": iso(date) if date else None, "model": model, "chemistry": chemistry, "watt_hours": wh,
            "mass_g": mass_g, "results": results, "signed_by": signed_by, "missing_elements": sorted(missing)}


def st(standard: str, model: str, *, report_id: str, lab: str, date: dt.date, verdict: str,
       level: str | None = None) -> dict:
    f = {"kind": "safety_test", "standard": standard, "report_id": report_id, "lab": lab, "date": iso(date),
         "model": model}
    if level:
        f["level"] = level
    f["verdict"] = verdict
    return f


OMIT = object()


def ce(standard: str, number: str, holder: str, issuer, issued, expires: dt.date | None, *, status=None,
       status_since: dt.date | None = None) -> dict:
    f: dict[str, object] = {"kind": "certificate", "standard": standard, "number": number, "holder": holder}
    if issuer is not OMIT:
        f["issuer"] = issuer
    if issued is not OMIT:
        f["issued"] = iso(issued) if issued else None
    f["expires"] = iso(expires) if expires else None
    f["status"] = status
    if status:
        f["status_since"] = iso(status_since) if status_since else None
    return f


class Corpus:
    def __init__(self, out: Path):
        self.out = out
        self.docs: list[dict] = []

    def add(self, sup: Sup, rel: str, kind: str, style: str, facts: list[dict], flags: list[str] | None = None) -> Path:
        path = self.out / "suppliers" / sup.name / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        fmt = path.suffix.lstrip(".").lower()
        flags = list(flags or [])
        if kind == "certificate":
            for f in facts:
                exp = f.get("expires")
                if exp is None and "no_expiry" not in flags and not f.get("status"):
                    raise ValueError(f"{rel}: certificate without expiry must be flagged no_expiry")
                if exp:
                    days = (dt.date.fromisoformat(exp) - AS_OF).days
                    if days < 0 and "expired" not in flags:
                        flags.append("expired")
                    elif 0 <= days <= EXPIRING_WINDOW_DAYS and "expiring" not in flags:
                        flags.append("expiring")
                if f.get("status") and f["status"] not in flags:
                    flags.append(f["status"])
        self.docs.append({"path": f"suppliers/{sup.name}/{rel}", "supplier": sup.name, "kind": kind,
                          "doc_types": DOC_TYPES[kind], "style": f"{kind}/{style}", "format": fmt,
                          "flags": flags, "facts": facts, "_sup": sup})
        return path


# ---------------------------------------------------------------------------------------------------------------
# Laboratories and certification bodies (all invented)
# ---------------------------------------------------------------------------------------------------------------

LAB_RPB = "Rheinwald Prüflabor Batterien GmbH"
LAB_HC = "Huace Battery Testing & Certification (Shenzhen) Co., Ltd."
LAB_KB = "Kanto Battery Evaluation Center Co., Ltd."
LAB_KE = "Korea Energy Cell Testing Institute"
LAB_BE = "Bharat Electrochemical Test House Pvt. Ltd."
LAB_LC = "Laboratoire Central d'Essais Électrochimiques"
LAB_CT = "Centro Tecnológico de Ensayos de Baterías"
LAB_NB = "Nordic Battery Test Centre AB"
LAB_NS = "Northbridge Safety Laboratories, LLC"
LAB_EL = "ELTEST Laboratorium Badań Akumulatorów Sp. z o.o."
LAB_SG = "SGV Testing Services (Guangzhou) Co., Ltd."
LAB_LA = "Laboratorio Nacional de Pruebas Eléctricas y Baterías, S.C."
LAB_MP = "Meridian Product Safety Laboratories Inc."

T_EN = ["Altitude simulation", "Thermal test", "Vibration", "Shock", "External short circuit", "Impact / Crush",
        "Overcharge", "Forced discharge"]
T_DE = ["Höhensimulation", "Thermische Prüfung", "Schwingung (Vibration)", "Stoß (Schock)", "Äußerer Kurzschluss",
        "Aufprall / Quetschung", "Überladung", "Erzwungene Entladung"]
T_FR = ["Simulation d'altitude", "Épreuve thermique", "Vibrations", "Chocs", "Court-circuit externe",
        "Impact / écrasement", "Surcharge", "Décharge forcée"]
T_ES = ["Simulación de altitud", "Ensayo térmico", "Vibración", "Choque", "Cortocircuito externo",
        "Impacto / aplastamiento", "Sobrecarga", "Descarga forzada"]
T_ZH = ["高度模拟", "温度试验", "振动", "冲击", "外部短路", "撞击/挤压", "过度充电", "强制放电"]
T_JA = ["高度シミュレーション", "温度試験", "振動", "衝撃", "外部短絡", "衝突/圧壊", "過充電", "強制放電"]
T_KO = ["고도 시뮬레이션", "온도 시험", "진동", "충격", "외부 단락", "충돌/압착", "과충전", "강제 방전"]

CELL_OK = "ppppppnp"  # a cell: T.7 does not apply
BATT_OK = "pppppnpn"  # a battery of tested cells: T.6 and T.8 are done on the component cells


# ---------------------------------------------------------------------------------------------------------------
# UN 38.3 test summaries (38.3.5)
# ---------------------------------------------------------------------------------------------------------------

def u01_hz_de_twocol(C: Corpus) -> None:
    """German summary, two-column label/value table, results 'bestanden'."""
    date = D(2024, 10, 17)
    rid, model = "RPB-24-0871-UN", "HZ-21700-50E"
    fact = tt(model, manufacturer="Hallstatt Zellwerk GmbH", lab=LAB_RPB, report_id=rid, date=date,
              chemistry="lithium-ion", wh=18.0, mass_g=68.9, results=R(CELL_OK), signed_by="Katrin Vollmer")
    path = C.add(HZ, "Prüfberichte/UN38.3_Zusammenfassung_HZ-21700-50E.pdf", "transport_test", "hw-de-twocol",
                 [fact])
    lk = Look("Arial", 9.2)
    res = ["bestanden"] * 6 + ["nicht zutreffend (Einzelzelle)", "bestanden"]
    s = [M(f"<b>{esc(LAB_RPB)}</b><br/>Am Technologiepark 7 · 52072 Aachen · Deutschland<br/>"
           "Tel. +49 241 99 812-0 · pruefstelle@rheinwald-pruef.de · www.rheinwald-pruef.de", lk.small), SP(6),
         P("Prüfzusammenfassung UN 38.3", lk.h1),
         P("gemäß Abschnitt 38.3.5 des UN-Handbuchs über Prüfungen und Kriterien", lk.center), SP(4),
         KV(lk, [
             ("Hersteller der Zelle", "Hallstatt Zellwerk GmbH\nIndustriestraße 14, 38229 Salzgitter, Deutschland\n"
                                      "Tel. +49 5341 8870-0, transport@hallstatt-zellwerk.de, www.hallstatt-zellwerk.de"),
             ("Prüflaboratorium", f"{LAB_RPB}\nAm Technologiepark 7, 52072 Aachen, Deutschland\n"
                                  "Tel. +49 241 99 812-0, www.rheinwald-pruef.de"),
             ("Prüfbericht-Nr.", rid),
             ("Datum des Prüfberichts", de(date)),
             ("Art der Zelle / Batterie", "Lithium-Ionen-Zelle, wiederaufladbar (Zelle, keine Batterie)"),
             ("Modellbezeichnung", model),
             ("Masse", "68,9 g"),
             ("Nennenergie (Wattstunden)", "18,0 Wh  (3,6 V / 5 000 mAh)"),
             ("Physikalische Beschreibung", "zylindrisch, Bauform 21700, Ø 21,2 mm × 70,4 mm, Becher aus vernickeltem "
                                            "Stahl, Pluspol mit CID und PTC"),
             ("Prüfzeitraum", "02.09.2024 – 08.10.2024"),
         ], widths=(52, 118)), SP(4),
         P("Durchgeführte Prüfungen und Ergebnisse", lk.h2),
         TBL(lk, [["Prüfung", "Bezeichnung", "Anzahl Prüflinge", "Ergebnis"]] +
             [[f"T.{i + 1}", T_DE[i], n, res[i]] for i, n in
              enumerate(["10", "10", "10", "10", "10", "5", "–", "10"])], [18, 70, 32, 50]), SP(3),
         KV(lk, [
             ("Verweis auf Anforderungen an zusammengebaute Batterien (38.3.3 f / g)", "nicht zutreffend (Einzelzelle)"),
             ("Angewandte Ausgabe des Handbuchs", "UN-Handbuch über Prüfungen und Kriterien, 7. überarbeitete Ausgabe, "
                                                  "Änderung 1 (ST/SG/AC.10/11/Rev.7/Amend.1), Teil III, Unterabschnitt 38.3"),
         ], widths=(70, 100)), SP(6),
         P("Die oben genannten Angaben werden hiermit bestätigt.", lk.body), SP(8),
         KV(lk, [("Ort, Datum", f"Aachen, {de(date)}"),
                 ("Unterschrift", "gez. K. Vollmer"),
                 ("Name, Funktion", "Dr.-Ing. Katrin Vollmer, Leiterin Prüflabor Batteriesicherheit")],
            widths=(40, 130), grid=False)]
    pdf(path, s, lk, running(footer_left=f"Formblatt PZ-38.3-05 · {rid}", footer_right="Seite {page} von {total}"))


def u02_hz_multipage_split(C: Corpus) -> None:
    """English numbered-field summary over three pages; the test list breaks after T.4."""
    date = D(2025, 3, 12)
    rid, model = "RPB-25-0214-UN", "HZ-P72-NMC"
    fact = tt(model, manufacturer="Hallstatt Zellwerk GmbH", lab=LAB_RPB, report_id=rid, date=date,
              chemistry="lithium-ion", wh=262.8, mass_g=1015, results=R(CELL_OK), signed_by="Jonas Reimers")
    path = C.add(HZ, "tests/HZ-P72-NMC UN38.3 summary.pdf", "transport_test", "hw-multipage-split", [fact],
                 ["split_pages"])
    lk = Look("Sans", 9)
    rows1 = [["Test", "Test name", "Samples", "Conditions (abridged)", "Result"],
             ["T.1", "Altitude simulation", "10", "11.6 kPa, ≥ 6 h, 20 ± 5 °C", "Passed"],
             ["T.2", "Thermal test", "10", "72 °C / −40 °C, 10 cycles, 6 h dwell", "Passed"],
             ["T.3", "Vibration", "10", "7 Hz – 200 Hz, 3 axes, 3 h per axis", "Passed"],
             ["T.4", "Shock", "10", "150 gn, 6 ms half-sine, 18 shocks", "Passed"]]
    rows2 = [["Test", "Test name", "Samples", "Conditions (abridged)", "Result"],
             ["T.5", "External short circuit", "10", "57 ± 4 °C, < 0.1 Ω, 1 h after return to 57 °C", "Passed"],
             ["T.6", "Crush", "5", "13 kN or 100 mV drop or 50 % deformation", "Passed"],
             ["T.7", "Overcharge", "–", "–", "not applicable for single cells"],
             ["T.8", "Forced discharge", "10", "12 V d.c., initial current = max. discharge current", "Passed"]]
    s = [P("Lithium Cell Test Summary", lk.h1),
         P("prepared in accordance with paragraph 38.3.5 of the UN Manual of Tests and Criteria", lk.center), SP(3),
         P("(a) Manufacturer", lk.h3),
         P("Hallstatt Zellwerk GmbH, Industriestraße 14, 38229 Salzgitter, Germany\nPhone +49 5341 8870-0 · "
           "E-mail transport@hallstatt-zellwerk.de · Web www.hallstatt-zellwerk.de", lk.body),
         P("(b) Test laboratory", lk.h3),
         P(f"{LAB_RPB}, Am Technologiepark 7, 52072 Aachen, Germany\nPhone +49 241 99 812-0 · "
           "E-mail pruefstelle@rheinwald-pruef.de · Web www.rheinwald-pruef.de", lk.body),
         P("(c) Unique test report identification", lk.h3), P(rid, lk.body),
         P("(d) Date of test report", lk.h3), P(en_long(date), lk.body),
         P("(e) Description of the cell", lk.h3),
         KV(lk, [("Type", "Lithium ion cell (rechargeable), pouch"), ("Model number", model),
                 ("Mass", "1,015 g"), ("Watt-hour rating", "262.8 Wh (3.65 V nominal, 72 Ah)"),
                 ("Physical description", "Laminated aluminium pouch, 325 mm × 102 mm × 11.6 mm, tab terminals "
                                          "(Al positive, Ni-plated Cu negative)")], widths=(45, 125)),
         P("(f) List of tests conducted and results", lk.h3),
         P("Tests were performed between 20 January 2025 and 28 February 2025 on cells in the first cycle "
           "(fully charged) and after 25 cycles ending in the fully charged state.", lk.body),
         TBL(lk, rows1, [14, 40, 16, 72, 28]),
         P("— continued on page 2 —", lk.center),
         PageBreak(),
         P("(f) List of tests conducted and results (continued)", lk.h3),
         TBL(lk, rows2, [14, 40, 16, 72, 28]), SP(3),
         P("Acceptance criteria: no mass loss beyond the limits of Table 38.3.1, no leakage, no venting, no "
           "disassembly, no rupture and no fire; external temperature ≤ 170 °C (T.5, T.6); open-circuit voltage "
           "≥ 90 % of the voltage before test (T.1–T.4).", lk.small),
         P("(g) Reference to assembled battery testing requirements", lk.h3),
         P("Not applicable – the item is a cell shipped on its own (38.3.3 (f) and (g) do not apply).", lk.body),
         P("(h) Edition of the UN Manual of Tests and Criteria", lk.h3),
         P("UN Manual of Tests and Criteria, Revision 8 (ST/SG/AC.10/11/Rev.8), Part III, sub-section 38.3.", lk.body),
         PageBreak(),
         P("(i) Statement and signature", lk.h3),
         P("I hereby confirm that the cell described above has been tested by the laboratory named in (b) and "
           "meets the requirements of each test listed in (f).", lk.body), SP(10),
         M("<i>J. Reimers</i> &nbsp; (electronically signed)", lk.body),
         P("Jonas Reimers\nTechnical Manager Transport Safety\n" + LAB_RPB, lk.body), SP(4),
         P(f"Aachen, {en_long(date)}", lk.body), SP(10),
         P("This summary refers only to the items tested. It may not be reproduced other than in full without the "
           "written approval of the laboratory.", lk.small)]
    pdf(path, s, lk, running(header_left=f"{LAB_RPB}  |  UN 38.3 Test Summary", header_right=f"Report {rid}",
                             footer_left="Printed 2025-11-03 08:41", footer_right="Page {page} of {total}"))


def u03_rn_zh_fail(C: Corpus) -> None:
    """Chinese-English bilingual DOCX; T.5 '不合格 Fail'."""
    date = D(2025, 9, 22)
    rid, model = "HC-UN-2509-1182", "RN-26650-32"
    fact = tt(model, manufacturer="Jiangyin Ruineng New Energy Technology Co., Ltd.", lab=LAB_HC, report_id=rid,
              date=date, chemistry="lithium-ion", wh=10.24, mass_g=86.0, results=R("ppppfpnp"), signed_by="Li Ming")
    path = C.add(RN, "UN38.3/RN-26650-32 测试概要 Test Summary.docx", "transport_test", "hw-zh-en-table", [fact],
                 ["failed"])
    d = new_docx("SimSun", 10)
    docx_header_footer(d, "华测电池检测认证（深圳）有限公司  Huace Battery Testing & Certification (Shenzhen) Co., Ltd.",
                       f"报告编号 Report No.: {rid}    第1页 共1页 Page 1 of 1")
    docx_par(d, "UN38.3 测试概要 / UN38.3 Test Summary", bold=True, size=15, align="center")
    docx_par(d, "依据《试验和标准手册》第38.3.5节 / According to section 38.3.5 of the UN Manual of Tests and Criteria",
             align="center", size=9)
    docx_table(d, [
        ["项目 Item", "内容 Content"],
        ["制造商 Manufacturer", "江阴瑞能新能源科技有限公司\nJiangyin Ruineng New Energy Technology Co., Ltd.\n"
                               "江苏省江阴市临港街道港城大道188号 / No. 188 Gangcheng Avenue, Jiangyin, Jiangsu, China\n"
                               "Tel: +86 510 8612 3300  Email: export@ruineng-energy.cn  www.ruineng-energy.cn"],
        ["检测机构 Test Laboratory", "华测电池检测认证（深圳）有限公司\n" + LAB_HC + "\n"
                                    "深圳市宝安区石岩街道 / Shiyan Street, Bao'an District, Shenzhen, China\n"
                                    "Tel: +86 755 2760 8800  Email: un383@huace-battery.com  www.huace-battery.com"],
        ["报告编号 Report No.", rid],
        ["报告日期 Report Date", f"{zh(date)} ({iso(date)})"],
        ["电池类型 Type", "锂离子电芯 Lithium-ion cell (磷酸铁锂 LiFePO4)"],
        ["型号 Model", model],
        ["质量 Mass", "86.0 g"],
        ["额定能量 Watt-hour Rating", "10.24 Wh (3.2 V, 3200 mAh)"],
        ["外观描述 Physical Description", "圆柱形钢壳 Cylindrical steel can, Φ26.2 mm × 65.3 mm, 蓝色PVC套管 blue PVC sleeve"],
        ["手册版本 Manual Edition", "联合国《试验和标准手册》第7修订版修正1 / UN Manual of Tests and Criteria, "
                                   "Rev.7, Amend.1"],
    ], bold_first_col=True)
    docx_par(d, "")
    docx_par(d, "测试项目及结果 / Tests and Results", bold=True)
    res_zh = ["合格 Pass"] * 4 + ["不合格 Fail"] + ["合格 Pass", "不适用 N/A", "合格 Pass"]
    docx_table(d, [["序号 No.", "测试项目 Test Item", "样品数量 Qty", "结果 Result"]] +
               [[f"T.{i + 1}", f"{T_ZH[i]} {T_EN[i]}", q, res_zh[i]] for i, q in
                enumerate(["10", "10", "10", "10", "10", "5", "/", "10"])])
    docx_par(d, "")
    docx_par(d, "备注 Remarks: T.5 外部短路试验中，第25次循环后的样品#7外部温度超过170 °C并发生起火。 / In T.5, sample "
                "#7 (after 25 cycles) exceeded 170 °C external temperature and caught fire.")
    docx_par(d, "结论 Conclusion: 样品未通过T.5测试。 / The samples did not pass test T.5.", bold=True)
    docx_par(d, "组装电池测试要求 Assembled battery requirements (38.3.3 f/g): 不适用 N/A")
    docx_par(d, "")
    docx_table(d, [["编制 Prepared by", "审核 Reviewed by", "批准 Approved by"],
                   ["赵磊 Zhao Lei", "周静 Zhou Jing", "李明 Li Ming\n技术负责人 Technical Director"]], style="")
    save_docx(d, path)


def u04_rn_xlsx_bilingual(C: Corpus) -> None:
    """Bilingual spreadsheet form; '合格'."""
    date = D(2026, 2, 11)
    rid, model = "HC-UN-2602-0347", "RN-32140-15"
    fact = tt(model, manufacturer="Jiangyin Ruineng New Energy Technology Co., Ltd.", lab=LAB_HC, report_id=rid,
              date=date, chemistry="lithium-ion", wh=48.0, mass_g=285, results=R(CELL_OK), signed_by="Wang Fang")
    path = C.add(RN, "UN38.3/HC-UN-2602-0347_summary.xlsx", "transport_test", "hw-xlsx-bilingual", [fact])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "UN38.3概要"
    rows = [
        ["UN38.3 测试概要", "UN38.3 Test Summary", ""],
        ["", "", ""],
        ["1. 制造商", "Manufacturer", "Jiangyin Ruineng New Energy Technology Co., Ltd. / 江阴瑞能新能源科技有限公司"],
        ["", "Address / Tel / Email / Web", "No. 188 Gangcheng Avenue, Jiangyin, Jiangsu, China / +86 510 8612 3300 / "
                                            "export@ruineng-energy.cn / www.ruineng-energy.cn"],
        ["2. 检测机构", "Test laboratory", LAB_HC],
        ["", "Address / Tel / Email / Web", "Shiyan Street, Bao'an District, Shenzhen / +86 755 2760 8800 / "
                                            "un383@huace-battery.com / www.huace-battery.com"],
        ["3. 报告编号", "Test report ID", rid],
        ["4. 报告日期", "Date of test report", zh0(date)],
        ["5. 电池描述", "Description", ""],
        ["   类型", "Type", "锂离子电芯 Lithium-ion cell, LiFePO4, 可充电 rechargeable"],
        ["   型号", "Model", model],
        ["   质量", "Mass (g)", 285],
        ["   额定能量", "Watt-hour rating (Wh)", 48],
        ["   外观", "Physical description", "圆柱形铝壳 cylindrical aluminium can, Φ32.2 × 140.5 mm"],
        ["6. 测试结果", "Test results", ""],
    ]
    res = ["合格"] * 6 + ["不适用（电芯）"] + ["合格"]
    for i in range(8):
        rows.append([f"   T.{i + 1} {T_ZH[i]}", T_EN[i], res[i]])
    rows += [
        ["7. 组装电池要求", "38.3.3(f)/(g)", "不适用 N/A"],
        ["8. 手册版本", "Manual edition", "联合国《试验和标准手册》第8修订版 / UN Manual of Tests and Criteria Rev.8"],
        ["9. 签字", "Signature", "王芳 Wang Fang"],
        ["   职务", "Title", "授权签字人 Authorized Signatory"],
    ]
    for r in rows:
        ws.append(r)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 70
    save_xlsx(wb, path)


def u05_sd_multimodel(C: Corpus) -> None:
    """One summary for three cell models: a model × test matrix with P and '–'."""
    date = D(2025, 6, 30)
    rid = "KBEC-T-25-00412"
    models = [("SD-18650-29", 46.0, 10.5, "2,900 mAh / 3.63 V"), ("SD-18650-35", 48.5, 12.6, "3,500 mAh / 3.60 V"),
              ("SD-21700-45", 69.0, 16.2, "4,500 mAh / 3.60 V")]
    facts = [tt(m, manufacturer="Shimotsuke Denchi K.K.", lab=LAB_KB, report_id=rid, date=date,
                chemistry="lithium-ion", wh=wh, mass_g=g, results=R(CELL_OK), signed_by="Hiroshi Takeda")
             for m, g, wh, _ in models]
    path = C.add(SD, "tests/UN38.3 test summary SD-18650 SD-21700 series.pdf", "transport_test",
                 "hw-model-matrix", facts, ["several_models"])
    lk = Look("Sans", 8.8, margins=(15, 15, 22, 20))
    head = ["Model", "Mass (g)", "Wh", "T.1", "T.2", "T.3", "T.4", "T.5", "T.6", "T.7", "T.8"]
    rows = [head] + [[m, f"{g:.1f}", f"{wh:.1f}"] + ["P"] * 6 + ["–", "P"] for m, g, wh, _ in models]
    s = [P("UN38.3 TEST SUMMARY", lk.big),
         P("Lithium ion cells — Shimotsuke Denchi K.K. — SD series", lk.centerb), SP(3),
         KV(lk, [("Cell manufacturer", "Shimotsuke Denchi K.K.\n2-14-7 Minami-Oyama, Oyama-shi, Tochigi 323-0820, "
                                       "Japan\nTEL +81-285-24-6110 / un-doc@shimotsuke-denchi.co.jp / "
                                       "www.shimotsuke-denchi.co.jp"),
                 ("Test laboratory", f"{LAB_KB}\n5-3-1 Kamiochiai, Saitama-shi, Saitama 338-0001, Japan\n"
                                     "TEL +81-48-852-7740 / contact@kbec.co.jp / www.kbec.co.jp"),
                 ("Test report No.", rid),
                 ("Date of report", en_long(date)),
                 ("Cell type", "Lithium ion cell (rechargeable), cylindrical"),
                 ("Models covered", ", ".join(m for m, *_ in models)),
                 ("UN Manual edition", "ST/SG/AC.10/11/Rev.7/Amend.1 (Seventh revised edition, Amendment 1)")],
            widths=(40, 140)), SP(4),
         P("Description of each model and test results", lk.h2),
         TBL(lk, rows, [26, 16, 12] + [15.5] * 8),
         P("P = Pass    F = Fail    – = not applicable (T.7 applies to rechargeable batteries only; the models "
           "above are tested and shipped as cells)", lk.small), SP(2),
         TBL(lk, [["Model", "Nominal rating", "Physical description"]] +
             [[m, r, ("Φ18.4 × 65.1 mm" if "18650" in m else "Φ21.2 × 70.2 mm") + ", nickel-plated steel can, "
               "PET sleeve"] for m, _, _, r in models], [30, 40, 110]), SP(3),
         P("Assembled battery requirements (38.3.3 (f), (g)): not applicable.", lk.body), SP(6),
         P("Certified by", lk.h3),
         P("Hiroshi Takeda\nGeneral Manager, Battery Evaluation Department\n" + LAB_KB, lk.body),
         P(f"Date: {ymd_slash(date)}", lk.body)]
    pdf(path, s, lk, running(header_right=f"{rid}", footer_center="{page}/{total}",
                             footer_left="KBEC-F-0381 rev.4"))


def u06_sd_ja_lithium_metal(C: Corpus) -> None:
    """Japanese-English bilingual DOCX for a lithium metal cell: lithium content instead of Wh (complete)."""
    date = D(2024, 11, 5)
    rid, model = "KBEC-T-24-01187", "SD-CR17450"
    fact = tt(model, manufacturer="Shimotsuke Denchi K.K.", lab=LAB_KB, report_id=rid, date=date,
              chemistry="lithium-metal", wh=None, mass_g=22.0, results=R("ppppppnp"), signed_by="Kenichi Yamamoto")
    path = C.add(SD, "tests/リチウム金属電池_UN38.3試験概要_SD-CR17450.docx", "transport_test", "hw-ja-en-form",
                 [fact], ["lithium_metal"])
    d = new_docx("MS Mincho", 10)
    docx_header_footer(d, "関東電池評価センター株式会社 / Kanto Battery Evaluation Center Co., Ltd.",
                       "様式 KBEC-F-0381 / Form KBEC-F-0381")
    docx_par(d, "UN38.3 試験概要 / UN38.3 Test Summary", bold=True, size=15, align="center")
    docx_par(d, "（国連「試験方法及び判定基準のマニュアル」38.3.5項による / per 38.3.5 of the UN Manual of Tests and "
                "Criteria）", size=9, align="center")
    docx_table(d, [
        ["項目 / Item", "記載内容 / Information"],
        ["製造者 / Manufacturer", "下野電池株式会社 / Shimotsuke Denchi K.K.\n〒323-0820 栃木県小山市南小山2-14-7\n"
                                 "TEL +81-285-24-6110 / un-doc@shimotsuke-denchi.co.jp / www.shimotsuke-denchi.co.jp"],
        ["試験機関 / Test laboratory", "関東電池評価センター株式会社 / " + LAB_KB + "\n"
                                     "〒338-0001 埼玉県さいたま市 / Saitama-shi, Saitama, Japan\n"
                                     "TEL +81-48-852-7740 / contact@kbec.co.jp / www.kbec.co.jp"],
        ["報告書番号 / Report No.", rid],
        ["報告書発行日 / Date of report", f"{zh(date)} ({en_long(date)})"],
        ["電池の種類 / Type", "リチウム金属電池（一次電池、単電池）/ Lithium metal cell (primary, non-rechargeable), "
                             "Li/MnO2"],
        ["型式 / Model", model],
        ["質量 / Mass", "22.0 g"],
        ["リチウム含有量 / Lithium content", "0.92 g"],
        ["外観 / Physical description", "円筒形 / cylindrical, Φ17.0 mm × 45.0 mm, ステンレス缶 / stainless steel can"],
        ["試験マニュアル版 / Manual edition", "第7改訂版 修正1 / Rev.7 Amend.1"],
    ], bold_first_col=True)
    docx_par(d, "")
    docx_par(d, "試験結果 / Test results", bold=True)
    res = ["合格 / Pass"] * 6 + ["該当せず / N/A (一次電池 primary cell)", "合格 / Pass"]
    docx_table(d, [["試験 / Test", "試験項目 / Test item", "判定 / Result"]] +
               [[f"T.{i + 1}", f"{T_JA[i]} / {T_EN[i]}", res[i]] for i in range(8)])
    docx_par(d, "")
    docx_par(d, "組電池の試験要件 / Assembled battery requirements (38.3.3(f)(g)): 該当せず / not applicable")
    docx_par(d, "")
    docx_par(d, "署名 / Signature:  山本 健一")
    docx_par(d, "氏名・役職 / Name, title:  山本 健一 (Kenichi Yamamoto)　試験所長 / Laboratory Director")
    save_docx(d, path)


def u07_hn_ko_xlsx(C: Corpus) -> None:
    """Korean-English spreadsheet; results '적합' / '해당 없음'."""
    date = D(2025, 8, 14)
    rid, model = "KECTI-UN-25-0619", "HN-P60-NCM"
    fact = tt(model, manufacturer="Hanul Cell Co., Ltd.", lab=LAB_KE, report_id=rid, date=date,
              chemistry="lithium-ion", wh=220.2, mass_g=865, results=R(CELL_OK), signed_by="Kim Ji-hoon")
    path = C.add(HN, "tests/HN-P60-NCM_UN38.3_시험요약서.xlsx", "transport_test", "hw-ko-en-xlsx", [fact])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "시험요약 Summary"
    ws.append(["UN 38.3 시험 요약서 (Lithium Battery Test Summary)"])
    ws.append([])
    info = [
        ("제조사 / Manufacturer", "Hanul Cell Co., Ltd. (한울셀 주식회사), 45 Sandan-ro, Ochang-eup, Cheongju, Korea, "
                                 "+82-43-710-2200, un38@hanulcell.co.kr, www.hanulcell.co.kr"),
        ("시험기관 / Test laboratory", f"{LAB_KE} (KECTI), 120 Gwahak-ro, Yuseong-gu, Daejeon, Korea, +82-42-860-5500, "
                                      "battery@kecti.re.kr, www.kecti.re.kr"),
        ("보고서 번호 / Test report No.", rid),
        ("발행일 / Date of report", ko(date)),
        ("전지 종류 / Type", "리튬이온 셀 / Lithium ion cell (pouch)"),
        ("모델명 / Model", model),
        ("질량 / Mass", "865 g"),
        ("정격 에너지 / Watt-hour rating", "220.2 Wh"),
        ("외관 / Physical description", "파우치형 / pouch, 300 × 100 × 11.2 mm"),
        ("시험기준 / UN Manual edition", "UN Manual of Tests and Criteria Rev.7 Amend.1, 38.3"),
    ]
    for k, v in info:
        ws.append([k, v])
    ws.append([])
    ws.append(["시험 항목 / Test", "시험명 / Test name", "시료 수 / Samples", "결과 / Result"])
    res = ["적합"] * 6 + ["해당 없음", "적합"]
    for i in range(8):
        ws.append([f"T.{i + 1}", f"{T_KO[i]} / {T_EN[i]}", [10, 10, 10, 10, 10, 5, "-", 10][i], res[i]])
    ws.append([])
    ws.append(["조립 전지 요건 / 38.3.3(f),(g)", "해당 없음 (셀 단독 운송)"])
    ws.append(["서명 / Signature", "김지훈 (Kim Ji-hoon)"])
    ws.append(["직위 / Title", "책임연구원 / Principal Researcher, KECTI"])
    ws.column_dimensions["A"].width = 32
    ws.column_dimensions["B"].width = 60
    ws.column_dimensions["C"].width = 14
    ws.column_dimensions["D"].width = 14
    save_xlsx(wb, path)


def u08_hn_prose(C: Corpus) -> None:
    """A letter in prose: 'all test samples met the applicable criteria', T.7 not applicable to cells."""
    date = D(2026, 1, 19)
    rid, model = "KECTI-UN-26-0103", "HN-21700-55"
    fact = tt(model, manufacturer="Hanul Cell Co., Ltd.", lab=LAB_KE, report_id=rid, date=date,
              chemistry="lithium-ion", wh=19.8, mass_g=70.2, results=R(CELL_OK), signed_by="Park Soo-min")
    path = C.add(HN, "tests/KECTI-UN-26-0103.pdf", "transport_test", "hw-prose-letter", [fact])
    lk = Look("Serif", 10.5, pagesize=A4, margins=(25, 25, 25, 22))
    s = [M(f"<b>{esc(LAB_KE)}</b><br/>120 Gwahak-ro, Yuseong-gu, Daejeon 34113, Republic of Korea<br/>"
           "Tel +82-42-860-5500 · battery@kecti.re.kr · www.kecti.re.kr", lk.small), SP(8),
         P(us_long(date), lk.right), SP(4),
         P("UN 38.3 TEST SUMMARY", lk.h1l),
         P(f"Our reference: {rid}", lk.body), SP(3),
         P("This test summary is issued in accordance with sub-section 38.3.5 of the UN Manual of Tests and Criteria, "
           "Seventh Revised Edition including Amendment 1.", lk.body),
         P(f"At the request of Hanul Cell Co., Ltd., 45 Sandan-ro, Ochang-eup, Cheongwon-gu, Cheongju-si, "
           "Chungcheongbuk-do, Republic of Korea (tel. +82-43-710-2200, un38@hanulcell.co.kr, www.hanulcell.co.kr), "
           f"the lithium ion cell model {model} was tested by our laboratory. The cell is a cylindrical rechargeable "
           "cell of the 21700 format (21.1 mm diameter, 70.3 mm height, nickel-plated steel can) with a nominal "
           "voltage of 3.6 V, a rated capacity of 5.5 Ah and a rated energy of 19.8 Wh. The mass of one cell is "
           "70.2 g.", lk.body),
         P("Tests T.1 (altitude simulation), T.2 (thermal test), T.3 (vibration), T.4 (shock), T.5 (external short "
           "circuit), T.6 (impact/crush) and T.8 (forced discharge) were conducted between 17 November 2025 and "
           "6 January 2026, and all test samples met the applicable criteria of each test. Test T.7 (overcharge) "
           "applies to rechargeable batteries and is therefore not applicable to cells. The requirements for "
           "assembled batteries in 38.3.3 (f) and (g) do not apply.", lk.body),
         P("The cell therefore satisfies the requirements of UN 38.3 for transport as a cell.", lk.body), SP(12),
         P("Sincerely,", lk.body), SP(10),
         P("Park Soo-min\nQuality Manager, Battery Safety Division\n" + LAB_KE, lk.body)]
    pdf(path, s, lk, running(footer_center="KECTI · page {page} of {total}", line=False))


def u09_gc_dots_fail(C: Corpus) -> None:
    """Dot-leader lines; T.8 'failed (1 of 10 samples)'."""
    date = D(2025, 8, 14)
    rid, model = "BETH/UN/2025/0457", "GC-18650-26"
    fact = tt(model, manufacturer="Ganga Cells Pvt. Ltd.", lab=LAB_BE, report_id=rid, date=date,
              chemistry="lithium-ion", wh=9.49, mass_g=45.2, results=R("ppppppnf"),
              signed_by="Ramesh Venkataraman")
    path = C.add(GC, "testing/UN38.3 Summary GC-18650-26.pdf", "transport_test", "hw-dot-leaders", [fact],
                 ["failed"])
    lk = Look("Mono", 8.6, margins=(20, 18, 22, 20))
    lines = [
        dots("1. Manufacturer", "Ganga Cells Pvt. Ltd."),
        dots("   Address", "Plot 42, Sector 5, IMT Manesar, Gurugram 122051, Haryana, India"),
        dots("   Phone / E-mail / Web", "+91 124 429 7700 / compliance@gangacells.in / www.gangacells.in"),
        dots("2. Test laboratory", LAB_BE),
        dots("   Address", "B-17 MIDC Bhosari, Pune 411026, India"),
        dots("   Phone / E-mail / Web", "+91 20 2712 0450 / un38@beth-labs.in / www.beth-labs.in"),
        dots("3. Test report number", rid),
        dots("4. Date of test report", dmy(date)),
        dots("5. Cell / battery type", "Lithium-ion cell, rechargeable, cylindrical"),
        dots("   Model number", model),
        dots("   Mass", "45.2 g"),
        dots("   Watt-hour rating", "9.49 Wh (3.65 V x 2.6 Ah)"),
        dots("   Physical description", "18650, 18.3 mm x 65.0 mm, Ni-plated steel can"),
        "",
        "6. Tests conducted and results",
        dots("   T.1 Altitude simulation", "Passed"),
        dots("   T.2 Thermal test", "Passed"),
        dots("   T.3 Vibration", "Passed"),
        dots("   T.4 Shock", "Passed"),
        dots("   T.5 External short circuit", "Passed"),
        dots("   T.6 Impact", "Passed"),
        dots("   T.7 Overcharge", "Not tested (not required for cells)"),
        dots("   T.8 Forced discharge", "failed (1 of 10 samples)"),
        "",
        "   Observation T.8: sample no. 6 (25 cycles) vented with flame 41 min after start",
        "   of forced discharge; the remaining nine samples showed no disassembly and no fire.",
        "",
        dots("7. Assembled battery (38.3.3 f/g)", "Not applicable"),
        dots("8. UN Manual edition", "Rev. 7, Amend. 1"),
        "",
        "9. Signature",
        "",
        "   (signed)",
        dots("   Name / Title", "Ramesh Venkataraman, Head - Battery Testing"),
    ]
    s = [P("UN 38.3 TEST SUMMARY", lk.h1), P("(as required by para. 38.3.5, UN Manual of Tests and Criteria)",
                                            lk.center), SP(4)]
    s += [P(ln if ln else " ", ParagraphStyle("pre", parent=lk.body, spaceAfter=0.5)) for ln in lines]
    pdf(path, s, lk, running(header_left=LAB_BE, header_right=rid, footer_right="Page {page}/{total}"))


def u10_gc_md_bullets(C: Corpus) -> None:
    """Markdown with bullets; 'Pass (10/10 samples)'."""
    date = D(2026, 3, 3)
    rid, model = "BETH/UN/2026/0112", "GC-LFP-100"
    fact = tt(model, manufacturer="Ganga Cells Pvt. Ltd.", lab=LAB_BE, report_id=rid, date=date,
              chemistry="lithium-ion", wh=320.0, mass_g=1980, results=R(CELL_OK), signed_by="Anjali Deshmukh")
    path = C.add(GC, "testing/GC-LFP-100 UN 38.3 test summary.md", "transport_test", "hw-md-bullets", [fact])
    text_file(path, f"""# UN 38.3 Test Summary — {model}

*Issued by {LAB_BE} under section 38.3.5 of the UN Manual of Tests and Criteria*

## Manufacturer
- **Name:** Ganga Cells Pvt. Ltd.
- **Address:** Plot 42, Sector 5, IMT Manesar, Gurugram 122051, Haryana, India
- **Contact:** +91 124 429 7700 · compliance@gangacells.in · www.gangacells.in

## Test laboratory
- **Name:** {LAB_BE}
- **Address:** B-17 MIDC Bhosari, Pune 411026, India
- **Contact:** +91 20 2712 0450 · un38@beth-labs.in · www.beth-labs.in

## Report
- **Test report ID:** {rid}
- **Date of report:** {en_long(date)}

## Cell description
- Lithium-ion cell (LiFePO4), rechargeable, prismatic aluminium case
- Model: **{model}**
- Mass: 1.98 kg
- Rated energy: 320 Wh (3.2 V, 100 Ah)
- Dimensions: 200 × 130 × 36 mm; M6 threaded terminals

## Tests and results
- T.1 Altitude simulation — Pass (10/10 samples)
- T.2 Thermal test — Pass (10/10 samples)
- T.3 Vibration — Pass (10/10 samples)
- T.4 Shock — Pass (10/10 samples)
- T.5 External short circuit — Pass (10/10 samples)
- T.6 Crush — Pass (5/5 samples)
- T.7 Overcharge — N/A (cell)
- T.8 Forced discharge — Pass (10/10 samples)

## Other information
- Assembled battery requirements (38.3.3 f/g): not applicable
- Edition of the Manual: Revision 8 (2023), sub-section 38.3

## Signature
Signed: *A. Deshmukh*
Anjali Deshmukh, Laboratory Manager, {LAB_BE}
""")


def u11_vp_checkbox_fail(C: Corpus) -> None:
    """Checkbox grid, the Fail box ticked for T.3."""
    date = D(2025, 7, 8)
    rid, model = "LCEE-25-UN-0932", "VPM-48V-LFP"
    fact = tt(model, manufacturer="Voltaris Packs S.A.S.", lab=LAB_LC, report_id=rid, date=date,
              chemistry="lithium-ion", wh=5120, mass_g=42500, results=R("ppfppnpn"),
              signed_by="Claire Dubois-Martin")
    path = C.add(VP, "essais/UN38.3_VPM-48V-LFP_LCEE-25-UN-0932.pdf", "transport_test", "hw-checkbox-grid", [fact],
                 ["failed"])
    lk = Look("Sans", 8.8)
    on, off = "☒", "☐"
    res = "ppfppnpn"
    grid = [["Test", "Description", "Pass", "Fail", "N/A", "Remarks"]]
    remarks = {2: "Sample 3: loss of cell voltage in 2 cells after 2nd axis; OCV < 90 %",
               5: "performed on component cells", 7: "performed on component cells"}
    for i, c in enumerate(res):
        grid.append([f"T.{i + 1}", T_EN[i], on if c == "p" else off, on if c == "f" else off,
                     on if c == "n" else off, remarks.get(i, "")])
    s = [M(f"<b>{esc(LAB_LC)} (LCEE)</b> · 14 rue des Frères Lumière, 69008 Lyon, France · +33 4 72 00 61 90 · "
           "essais@lcee.fr · www.lcee.fr", lk.small), SP(5),
         P("UN 38.3 TEST SUMMARY FORM", lk.h1), SP(2),
         TBL(lk, [["Manufacturer", "Voltaris Packs S.A.S., 27 avenue Jean Jaurès, 69007 Lyon, France · "
                                   "+33 4 78 55 20 10 · conformite@voltaris-packs.fr · www.voltaris-packs.fr"],
                  ["Test laboratory", f"{LAB_LC} (LCEE), Lyon, France"],
                  ["Test report no.", rid], ["Report date", iso(date)],
                  ["Item", f"{on} Lithium ion battery   {off} Lithium metal battery   {off} Cell"],
                  ["Model", model],
                  ["Mass", "42.5 kg"], ["Watt-hour rating", "5 120 Wh (51.2 V, 100 Ah)"],
                  ["Description", "16S1P LiFePO4 module, steel housing 442 × 330 × 180 mm, integrated BMS"],
                  ["Assembled battery", f"{on} 38.3.3 (f) not applicable   {off} 38.3.3 (g) applicable"],
                  ["UN Manual", "Rev. 7, Amend. 1"]], [38, 142], head=0, bold_first_col=True), SP(4),
         P("Tests and results", lk.h2),
         TBL(lk, grid, [14, 42, 14, 14, 14, 82]), SP(3),
         P("Overall: the battery does not meet the requirements of sub-section 38.3 (test T.3 failed).", lk.h3), SP(8),
         TBL(lk, [["Signature", "Name and title"],
                  ["C. Dubois-Martin", "Claire Dubois-Martin, Responsable technique / Technical Manager"]],
             [60, 120])]
    pdf(path, s, lk, running(footer_left="LCEE – FE-UN383 v6", footer_right="{page} / {total}"))


def u12_vp_fr_split(C: Corpus) -> None:
    """French summary; 'réussi'; the results table continues on page 2."""
    date = D(2026, 2, 12)
    rid, model = "LCEE-26-UN-0215", "VPB-400-NMC"
    fact = tt(model, manufacturer="Voltaris Packs S.A.S.", lab=LAB_LC, report_id=rid, date=date,
              chemistry="lithium-ion", wh=17760, mass_g=118000, results=R(BATT_OK), signed_by="Thomas Leroy")
    path = C.add(VP, "essais/Résumé essais UN 38.3 - VPB-400-NMC.pdf", "transport_test", "hw-fr-split", [fact],
                 ["split_pages"])
    lk = Look("Serif", 10)
    head = ["Épreuve", "Désignation", "Échantillons", "Résultat"]
    s = [P("RÉSUMÉ DES ESSAIS UN 38.3", lk.h1),
         P("établi conformément au paragraphe 38.3.5 du Manuel d'épreuves et de critères de l'ONU", lk.center), SP(4),
         KV(lk, [("Fabricant", "Voltaris Packs S.A.S., 27 avenue Jean Jaurès, 69007 Lyon, France – "
                               "tél. +33 4 78 55 20 10 – conformite@voltaris-packs.fr – www.voltaris-packs.fr"),
                 ("Laboratoire d'essais", f"{LAB_LC} (LCEE), 14 rue des Frères Lumière, 69008 Lyon – "
                                          "tél. +33 4 72 00 61 90 – essais@lcee.fr – www.lcee.fr"),
                 ("N° du rapport d'essai", rid),
                 ("Date du rapport", fr_long(date)),
                 ("Type", "Batterie au lithium ionique (rechargeable)"),
                 ("Référence / modèle", model),
                 ("Masse", "118 kg"),
                 ("Énergie nominale", "17,76 kWh (355,2 V ; 50 Ah)"),
                 ("Description physique", "Pack 96S1P NMC, carter aluminium 1 420 × 980 × 160 mm, connecteurs HV "
                                          "et BT, BMS intégré")], widths=(48, 122)), SP(5),
         P("Liste des épreuves réalisées et résultats", lk.h2),
         TBL(lk, [head, ["T.1", T_FR[0], "4", "réussi"], ["T.2", T_FR[1], "4", "réussi"],
                  ["T.3", T_FR[2], "4", "réussi"]], [22, 70, 30, 48]),
         P("(suite page suivante)", lk.right),
         PageBreak(),
         P("Liste des épreuves réalisées et résultats (suite)", lk.h2),
         TBL(lk, [head, ["T.4", T_FR[3], "4", "réussi"], ["T.5", T_FR[4], "4", "réussi"],
                  ["T.6", T_FR[5], "–", "non applicable (réalisé sur les cellules)"],
                  ["T.7", T_FR[6], "4", "réussi"],
                  ["T.8", T_FR[7], "–", "non applicable (réalisé sur les cellules)"]], [22, 70, 30, 48]), SP(4),
         P("Les épreuves T.6 et T.8 ont été réalisées sur les cellules constitutives (rapport du fabricant de "
           "cellules HC-UN-2411-0876). Exigences relatives aux batteries assemblées (38.3.3 f et g) : sans objet.",
           lk.body),
         P("Édition du Manuel : Manuel d'épreuves et de critères, huitième édition révisée (ST/SG/AC.10/11/Rev.8).",
           lk.body), SP(10),
         P(f"Fait à Lyon, le {fr_long(date)}", lk.body), SP(6),
         P("Thomas Leroy\nIngénieur d'essais, responsable de la signature", lk.body)]
    pdf(path, s, lk, running(header_left="LCEE – Résumé UN 38.3", header_right=rid,
                             footer_center="Page {page} sur {total}"))


def u13_cz_es_en_header(C: Corpus) -> None:
    """Spanish summary with an English-headed results table; 'Superado' / 'No aplica'."""
    date = D(2025, 11, 18)
    rid, model = "CETEB-UN-25/1186", "CZ-EB36-14"
    fact = tt(model, manufacturer="Baterías Cierzo S.L.", lab=LAB_CT, report_id=rid, date=date,
              chemistry="lithium-ion", wh=504, mass_g=3200, results=R(BATT_OK), signed_by="Lucía Martín Ortega")
    path = C.add(CZ, "ensayos/Resumen UN38.3 CZ-EB36-14.pdf", "transport_test", "hw-es-foreign-header", [fact],
                 ["foreign_header"])
    lk = Look("Arial", 9.4)
    res = ["Superado"] * 5 + ["No aplica", "Superado", "No aplica"]
    s = [P("RESUMEN DE ENSAYOS UN 38.3", lk.h1),
         P("según el apartado 38.3.5 del Manual de Pruebas y Criterios de las Naciones Unidas", lk.center), SP(4),
         KV(lk, [("Fabricante", "Baterías Cierzo S.L., Polígono Plaza, C/ Tarento 9, 50197 Zaragoza, España · "
                                "+34 976 40 22 10 · calidad@bateriascierzo.es · www.bateriascierzo.es"),
                 ("Laboratorio de ensayo", f"{LAB_CT} (CETEB), Parque Tecnológico de Álava, 01510 Miñano, España · "
                                           "+34 945 29 81 00 · un383@ceteb.es · www.ceteb.es"),
                 ("Nº de informe", rid),
                 ("Fecha del informe", es_long(date)),
                 ("Descripción", "Batería de iones de litio para bicicleta eléctrica, 10S4P, celdas 18650"),
                 ("Modelo", model),
                 ("Masa", "3,2 kg"),
                 ("Energía nominal", "504 Wh (36 V, 14 Ah)"),
                 ("Descripción física", "Carcasa de aluminio extruido 370 × 90 × 75 mm, conector de descarga XT60")],
            widths=(44, 126)), SP(4),
         P("Ensayos realizados y resultados", lk.h2),
         TBL(lk, [["Test", "Description", "Samples", "Result"]] +
             [[f"T.{i + 1}", T_ES[i], ["8", "8", "8", "8", "8", "–", "8", "–"][i], res[i]] for i in range(8)],
             [20, 70, 25, 55]), SP(2),
         P("T.6 y T.8: realizados sobre las celdas que componen la batería (informe del fabricante de celdas "
           "BETH/UN/2025/0198).", lk.small),
         P("Requisitos de baterías ensambladas (38.3.3 f/g): no aplica.", lk.body),
         P("Edición del Manual: Rev. 8 de la ONU (ST/SG/AC.10/11/Rev.8).", lk.body), SP(8),
         P("Firma:", lk.body), P("L. Martín", lk.body),
         P("Lucía Martín Ortega – Directora Técnica, CETEB", lk.body)]
    pdf(path, s, lk, running(footer_left=f"CETEB · {rid}", footer_right="Página {page} de {total}"))


def u14_cz_unsigned(C: Corpus) -> None:
    """Label lines; the signature block left blank ('Signature: ______')."""
    date = D(2026, 4, 9)
    rid, model = "CETEB-UN-26/0231", "CZ-EB48-17"
    fact = tt(model, manufacturer="Baterías Cierzo S.L.", lab=LAB_CT, report_id=rid, date=date,
              chemistry="lithium-ion", wh=840, mass_g=4600, results=R(BATT_OK), signed_by=None,
              missing=("signature",))
    path = C.add(CZ, "ensayos/UN38.3_CZ-EB48-17.pdf", "transport_test", "hw-label-lines-unsigned", [fact],
                 ["incomplete", "unsigned"])
    lk = Look("Sans", 9.4)
    lines = [("Manufacturer", "Baterías Cierzo S.L., C/ Tarento 9, 50197 Zaragoza, Spain, +34 976 40 22 10, "
                              "calidad@bateriascierzo.es, www.bateriascierzo.es"),
             ("Test laboratory", f"{LAB_CT} (CETEB), 01510 Miñano, Spain, +34 945 29 81 00, un383@ceteb.es, "
                                 "www.ceteb.es"),
             ("Test report ID", rid), ("Date of report", iso(date)),
             ("Battery type", "Lithium ion battery (rechargeable)"), ("Model", model),
             ("Mass", "4.6 kg"), ("Watt-hour rating", "840 Wh"),
             ("Physical description", "13S5P pack of 21700 cells in a polymer down-tube housing, 48 V nominal, 17.5 Ah"),
             ("UN Manual edition", "Rev. 8")]
    s = [P("UN 38.3 Test Summary", lk.h1l), P("Section 38.3.5, UN Manual of Tests and Criteria", lk.body), SP(3)]
    s += [M(f"<b>{esc(k)}:</b> {esc(v)}", lk.body) for k, v in lines]
    s += [SP(3), P("Tests conducted:", lk.h3)]
    res = ["PASS"] * 5 + ["N/A", "PASS", "N/A"]
    s += [P(f"T.{i + 1} {T_EN[i]}: {res[i]}", lk.body) for i in range(8)]
    s += [P("T.6 and T.8 were performed on the component cells (38.3.3 (f) not applicable; 38.3.3 (g) not "
            "applicable).", lk.small), SP(10),
          P("Signature: ______________________________", lk.body), SP(2),
          P("Name: ______________________   Title: ______________________", lk.body)]
    pdf(path, s, lk, running(footer_right="{page}/{total}"))


def u15_nk_group_results(C: Corpus) -> None:
    """Results summarised per test group: 'T.1–T.5: passed; T.6: not applicable; ...'."""
    date = D(2025, 5, 27)
    rid, model = "NBTC-2025-UN-0078", "NK-M52-280"
    fact = tt(model, manufacturer="Nordkap Energilagring AB", lab=LAB_NB, report_id=rid, date=date,
              chemistry="lithium-ion", wh=14336, mass_g=98500, results=R(BATT_OK), signed_by="Erik Lindqvist")
    path = C.add(NK, "Test reports/NBTC-2025-UN-0078 UN38.3 summary NK-M52-280.pdf", "transport_test",
                 "hw-group-results", [fact], ["group_results"])
    lk = Look("Arial", 9.6)
    s = [P(LAB_NB, lk.h2), P("Fyrisborgsgatan 3, 754 50 Uppsala, Sweden · +46 18 470 12 00 · lab@nbtc.se · "
                             "www.nbtc.se", lk.small), SP(6),
         P("UN 38.3 Test Summary", lk.h1l),
         P("1. Manufacturer", lk.h3),
         P("Nordkap Energilagring AB, Industrivägen 22, 931 36 Skellefteå, Sweden · +46 910 77 55 00 · "
           "compliance@nordkap-energi.se · www.nordkap-energi.se", lk.body),
         P("2. Test laboratory", lk.h3), P(f"{LAB_NB}, Uppsala, Sweden (address above)", lk.body),
         P("3. Report", lk.h3), P(f"Test report ID {rid}, dated {iso(date)}", lk.body),
         P("4. Description of the battery", lk.h3),
         P(f"Lithium ion battery module, model {model}; LiFePO4, 16S1P prismatic cells of 280 Ah; 51.2 V; "
           "14.336 kWh; mass 98.5 kg; steel enclosure 780 × 440 × 245 mm with passive balancing board.", lk.body),
         P("5. Tests conducted and results", lk.h3),
         P("T.1–T.5: passed; T.6: not applicable; T.7: passed; T.8: not applicable.", lk.body),
         P("T.6 and T.8 are tests on cells; the component cells were tested by the cell manufacturer "
           "(report HC-UN-2407-0655). Large battery (gross mass > 12 kg): T.3 and T.4 performed with the reduced "
           "levels of 38.3.4.3 and 38.3.4.4.", lk.small),
         P("6. Assembled battery requirements", lk.h3),
         P("38.3.3 (f): not applicable. 38.3.3 (g): not applicable.", lk.body),
         P("7. UN Manual of Tests and Criteria", lk.h3), P("Seventh revised edition, Amendment 1", lk.body),
         P("8. Signature", lk.h3), SP(6),
         P("Erik Lindqvist\nHead of Laboratory", lk.body)]
    pdf(path, s, lk, running(footer_left="NBTC Form UN-S 3.2", footer_right="Page {page} ({total})"))


def u16_nk_no_date_no_mass(C: Corpus) -> None:
    """DOCX two-column form with no report date and no mass; results 'Compliant'."""
    rid, model = "NBTC-2026-UN-0031", "NK-M26-100"
    fact = tt(model, manufacturer="Nordkap Energilagring AB", lab=LAB_NB, report_id=rid, date=None,
              chemistry="lithium-ion", wh=2560, mass_g=None, results=R(BATT_OK), signed_by="Sara Holm",
              missing=("description", "report_date"))
    path = C.add(NK, "Test reports/UN38.3 NK-M26-100.docx", "transport_test", "hw-docx-form-gaps", [fact],
                 ["incomplete"])
    d = new_docx("Arial", 10)
    docx_header_footer(d, "Nordic Battery Test Centre AB – UN 38.3 Test Summary", "NBTC Form UN-S 3.2")
    docx_par(d, "UN 38.3 Test Summary", bold=True, size=16)
    docx_table(d, [
        ["Element (38.3.5)", "Information"],
        ["Manufacturer", "Nordkap Energilagring AB, Industrivägen 22, 931 36 Skellefteå, Sweden, +46 910 77 55 00, "
                         "compliance@nordkap-energi.se, www.nordkap-energi.se"],
        ["Test laboratory", f"{LAB_NB}, Fyrisborgsgatan 3, 754 50 Uppsala, Sweden, +46 18 470 12 00, lab@nbtc.se"],
        ["Test report ID", rid],
        ["Date of test report", ""],
        ["Cell/battery type", "Lithium ion battery"],
        ["Model", model],
        ["Mass", ""],
        ["Watt-hour rating", "2.56 kWh (25.6 V, 100 Ah)"],
        ["Physical description", "8S1P LiFePO4 module, aluminium housing, 19-inch rack format"],
        ["Assembled battery (38.3.3 f/g)", "Not applicable"],
        ["UN Manual edition", "Rev. 8"],
    ], bold_first_col=True)
    docx_par(d, "")
    res = ["Compliant"] * 5 + ["n.a. (cell test)", "Compliant", "n.a. (cell test)"]
    docx_table(d, [["Test", "Name", "Result"]] + [[f"T.{i + 1}", T_EN[i], res[i]] for i in range(8)])
    docx_par(d, "")
    docx_par(d, "Signature: S. Holm")
    docx_par(d, "Sara Holm, Test Engineer")
    save_docx(d, path)


def u17_lp_scanned_txt(C: Corpus) -> None:
    """Plain text as it comes out of a scanned, OCR'd summary."""
    date = D(2024, 9, 23)
    rid, model = "NSL-UN38-24-3317", "LPS-M16-280"
    fact = tt(model, manufacturer="Lakeshore Power Systems, Inc.", lab=LAB_NS, report_id=rid, date=date,
              chemistry="lithium-ion", wh=14336, mass_g=112000, results=R(BATT_OK), signed_by="Michael J. Horton")
    path = C.add(LP, "compliance/scan_0173.txt", "transport_test", "hw-scanned-text", [fact])
    text_file(path, f"""NORTHBRIDGE SAFETY LABORATORIES, LLC
 4410 Commerce Park Dr. , Ann Arbor, MI 48108  USA   Tel (734) 555-0142   un38@northbridge-labs.com
                                      www.northbridge-labs.com

            UN 38.3  TEST  SUMMARY
      (per 38.3.5, UN Manual of Tests and Criteria)

MANUFACTURER:      LAKESHORE POWER SYSTEMS, INC.
                   1200 Harbor View Rd, Sheboygan, WI 53081 USA
                   (920) 555-0110  compliance@lakeshorepower.com  www.lakeshorepower.com
TEST LAB:          NORTHBRIDGE SAFETY LABORATORIES, LLC  (ADDRESS ABOVE)
REPORT NO.:        {rid}
REPORT DATE:       {us_num(date)}

DESCRIPTION:       LITHIUM ION BATTERY (MODULE) - LiFePO4
MODEL:             {model}
MASS:              247 lb (112 kg)
WATT-HOUR RATING:  14,336 Wh   (51.2 V , 280 Ah)
PHYSICAL:          16S1P PRISMATIC CELLS, PAINTED STEEL ENCLOSURE,
                   31.1 x 17.3 x 9.6 in

TEST                              RESULT
----                              ------
T.1  ALTITUDE SIMULATION          PASS
T.2  THERMAL TEST                 PASS
T.3  VIBRATION                    PASS
T.4  SHOCK                        PASS
T.5  EXTERNAL SHORT CIRCUIT       PASS
T.6  IMPACT / CRUSH               N/A - COMPONENT CELLS (SEE NSL-UN38-24-3301)
T.7  OVERCHARGE                   PASS
T.8  FORCED DISCHARGE             N/A - COMPONENT CELLS (SEE NSL-UN38-24-3301)

ASSEMBLED BATTERY 38.3.3(f)/(g):  NOT APPLICABLE
UN MANUAL EDITION:                REV. 7, AMEND. 1

SIGNATURE:   /s/ Michael J. Horton
NAME/TITLE:  MICHAEL J. HORTON, SENIOR PROJECT ENGINEER

                                    - 1 -
""")


def u18_lp_md_ticks(C: Corpus) -> None:
    """Markdown table with ticks (✓) for pass and a dash for not applicable."""
    date = D(2025, 6, 3)
    rid, model = "NSL-UN38-25-4102", "LPS-R48-100"
    fact = tt(model, manufacturer="Lakeshore Power Systems, Inc.", lab=LAB_NS, report_id=rid, date=date,
              chemistry="lithium-ion", wh=5120, mass_g=46000, results=R(BATT_OK), signed_by="Dana Whitfield")
    path = C.add(LP, "compliance/LPS-R48-100 UN38.3.md", "transport_test", "hw-md-ticks", [fact])
    rows = "\n".join(f"| T.{i + 1} | {T_EN[i]} | {'—' if i in (5, 7) else '✓'} |" for i in range(8))
    text_file(path, f"""**{LAB_NS}** — 4410 Commerce Park Dr., Ann Arbor, MI 48108 — (734) 555-0142 — www.northbridge-labs.com

# Lithium Battery Test Summary (UN 38.3)

| | |
|---|---|
| Manufacturer | Lakeshore Power Systems, Inc., 1200 Harbor View Rd, Sheboygan, WI 53081, USA — (920) 555-0110 — compliance@lakeshorepower.com — www.lakeshorepower.com |
| Testing laboratory | {LAB_NS} |
| Test report ID | {rid} |
| Date of test report | {us_long(date)} |
| Battery | Lithium ion, rechargeable — 19" rack battery, 16S1P LiFePO4 |
| Model | {model} |
| Mass | 46 kg (101.4 lb) |
| Energy | 5.12 kWh |
| UN Manual revision | Rev. 8 |

## Tests

| Test | Name | Result |
|---|---|---|
{rows}

✓ = test conducted, all samples met the criteria; — = not applicable to this battery (cell-level test; component cells tested under NSL-UN38-24-3301).

Assembled battery provisions 38.3.3(f)/(g): not applicable.

Signed — Dana Whitfield, Program Manager, {LAB_NS}
""")


def u19_wb_no_report_id(C: Corpus) -> None:
    """Polish-English two-column table, 'Conform', no report number anywhere."""
    date = D(2025, 10, 15)
    model = "WBM-M8-P60"
    fact = tt(model, manufacturer="Wisła Battery Modules Sp. z o.o.", lab=LAB_EL, report_id=None, date=date,
              chemistry="lithium-ion", wh=1776, mass_g=13800, results=R(BATT_OK), signed_by="Piotr Nowak",
              missing=("report_id",))
    path = C.add(WB, "badania/Podsumowanie UN38.3 WBM-M8-P60.pdf", "transport_test", "hw-pl-en-table", [fact],
                 ["incomplete"])
    lk = Look("Sans", 9)
    res = ["Conform"] * 5 + ["n.a.", "Conform", "n.a."]
    s = [P("Podsumowanie badań UN 38.3 / UN 38.3 Test Summary", lk.h1), SP(2),
         KV(lk, [("Producent / Manufacturer", "Wisła Battery Modules Sp. z o.o., ul. Portowa 12, 44-100 Gliwice, "
                                              "Polska · +48 32 330 41 00 · jakosc@wisla-bm.pl · www.wisla-bm.pl"),
                 ("Laboratorium / Test laboratory", f"{LAB_EL}, ul. Wrocławska 88, 45-836 Opole · +48 77 441 20 30 · "
                                                    "badania@eltest.pl · www.eltest.pl"),
                 ("Data raportu / Report date", iso(date)),
                 ("Rodzaj / Type", "Akumulator litowo-jonowy / Lithium-ion battery (module)"),
                 ("Model", model),
                 ("Masa / Mass", "13,8 kg"),
                 ("Energia / Watt-hour rating", "1 776 Wh (29,6 V; 60 Ah)"),
                 ("Opis / Physical description", "Moduł 8S1P z ogniw typu pouch 60 Ah, obudowa aluminiowa / 8S1P "
                                                 "module of 60 Ah pouch cells, aluminium housing"),
                 ("Wydanie Podręcznika / Manual edition", "Rev. 7, Amend. 1")], widths=(58, 112)), SP(4),
         TBL(lk, [["Badanie / Test", "Nazwa / Name", "Wynik / Result"]] +
             [[f"T.{i + 1}", T_EN[i], res[i]] for i in range(8)], [35, 80, 55]), SP(2),
         P("T.6, T.8: badania ogniw / cell-level tests, performed on the component cells. 38.3.3 (f), (g): n.a.",
           lk.small), SP(8),
         P("Podpis / Signature: P. Nowak", lk.body),
         P("Piotr Nowak, Kierownik Laboratorium / Laboratory Manager", lk.body)]
    pdf(path, s, lk, running(footer_center="{page}/{total}"))


def u20_wb_dots_split(C: Corpus) -> None:
    """Dot leaders over two pages: T.1–T.4 on page 1, T.5–T.8 on page 2."""
    date = D(2024, 12, 2)
    rid, model = "ELT/UN/2024/118", "WBM-P96-400"
    fact = tt(model, manufacturer="Wisła Battery Modules Sp. z o.o.", lab=LAB_EL, report_id=rid, date=date,
              chemistry="lithium-ion", wh=39946, mass_g=265000, results=R(BATT_OK), signed_by="Piotr Nowak")
    path = C.add(WB, "badania/ELT-UN-2024-118 WBM-P96-400.pdf", "transport_test", "hw-dots-split", [fact],
                 ["split_pages"])
    lk = Look("Mono", 8.8, margins=(20, 18, 24, 22))
    pre = ParagraphStyle("pre", parent=lk.body, spaceAfter=1)
    p1 = [dots("Manufacturer", "Wisła Battery Modules Sp. z o.o."),
          dots("  address", "ul. Portowa 12, 44-100 Gliwice, Poland"),
          dots("  contact", "+48 32 330 41 00, jakosc@wisla-bm.pl, www.wisla-bm.pl"),
          dots("Test laboratory", LAB_EL),
          dots("  contact", "+48 77 441 20 30, badania@eltest.pl, www.eltest.pl"),
          dots("Test report no.", rid),
          dots("Date of test report", de(date)),
          dots("Battery", "Lithium ion battery, traction pack, NMC 811"),
          dots("Model", model),
          dots("Mass", "265 kg"),
          dots("Watt-hour rating", "39 946 Wh (350.4 V, 114 Ah)"),
          dots("Physical description", "96S1P, 12 modules, Al enclosure 1650x1100x170 mm"),
          dots("UN Manual edition", "Rev. 7, Amend. 1"),
          "",
          "Tests conducted / results:",
          dots("T.1 Altitude simulation", "Passed"),
          dots("T.2 Thermal test", "Passed"),
          dots("T.3 Vibration", "Passed"),
          dots("T.4 Shock", "Passed")]
    p2 = [dots("T.5 External short circuit", "Passed"),
          dots("T.6 Impact / Crush", "not required (cell test)"),
          dots("T.7 Overcharge", "Passed"),
          dots("T.8 Forced discharge", "not required (cell test)"),
          "",
          dots("Assembled battery 38.3.3(f)/(g)", "38.3.3(f): n/a; 38.3.3(g): n/a"),
          "",
          "Signature ......... P. Nowak",
          dots("Name / title", "Piotr Nowak, Laboratory Manager")]
    s = [P("UN 38.3 TEST SUMMARY", lk.h1), SP(3)] + [P(x or " ", pre) for x in p1] + [PageBreak()] + \
        [P("(continued)", pre)] + [P(x or " ", pre) for x in p2]
    pdf(path, s, lk, running(header_left=f"ELTEST | {rid}", header_right="UN 38.3 test summary",
                             footer_right="page {page} of {total}"))


def u21_xh_no_wh(C: Corpus) -> None:
    """A Shenzhen-style cover form for a power bank that states mAh and V but no Wh rating."""
    date = D(2025, 7, 25)
    rid, model = "SGVGZ-UN-2507-2231", "XHT-PB20000"
    fact = tt(model, manufacturer="Dongguan Xinhengtai Battery Co., Ltd.", lab=LAB_SG, report_id=rid, date=date,
              chemistry="lithium-ion", wh=None, mass_g=412, results=R(BATT_OK), signed_by="Chen Hao",
              missing=("description",))
    path = C.add(XH, "UN38.3/Test Summary XHT-PB20000.pdf", "transport_test", "hw-cover-form-no-wh", [fact],
                 ["incomplete"])
    lk = Look("Arial", 9)
    s = [P(LAB_SG, lk.centerb), P("Building 6, No. 1 Kefeng Road, Huangpu District, Guangzhou, China · "
                                  "Tel: +86 20 3222 8600 · un@sgv-testing.com · www.sgv-testing.com", lk.center), SP(4),
         P("UN38.3 TEST SUMMARY", lk.h1),
         TBL(lk, [["Applicant / Manufacturer", "Dongguan Xinhengtai Battery Co., Ltd.\nNo. 8 Keji East Road, "
                                               "Qingxi Town, Dongguan, Guangdong, China\nTel: +86 769 8788 6600 · "
                                               "sales@xinhengtai-battery.com · www.xinhengtai-battery.com"],
                  ["Test Report No.", rid], ["Date of Issue", iso(date)],
                  ["Product Name", "Power bank (lithium ion battery)"], ["Model", model],
                  ["Rated Capacity", "20000 mAh"], ["Nominal Voltage", "3.7 V"], ["Weight", "412 g"],
                  ["Battery Configuration", "1S2P, 2 × Li-ion polymer cells 10000 mAh"],
                  ["Appearance", "Black ABS/PC housing, 150 × 72 × 28 mm, USB-C and USB-A ports"],
                  ["Test Standard", "UN Manual of Tests and Criteria Rev.8, Part III, sub-section 38.3"]],
             [55, 125], head=0, bold_first_col=True), SP(4),
         TBL(lk, [["Item", "Test", "Result"]] +
             [[f"T.{i + 1}", T_EN[i], "N/A" if i in (5, 7) else "Pass"] for i in range(8)], [25, 95, 60]), SP(2),
         P("Remark: T.6 and T.8 are cell tests and were conducted on the component cells (report SGVGZ-UN-2503-0871). "
           "38.3.3(f) and (g): not applicable.", lk.small), SP(8),
         TBL(lk, [["Tested by", "Approved by"], ["Liu Yang", "Chen Hao (Technical Manager)"]], [90, 90], grid=False)]
    pdf(path, s, lk, running(footer_left=f"Report No.: {rid}", footer_right="Page {page} of {total}"))


def u22_xh_transposed(C: Corpus) -> None:
    """Tests as columns (a transposed table), results 'OK' / 'NA'."""
    date = D(2026, 3, 19)
    rid, model = "SGVGZ-UN-2603-0418", "XHT-2S1P-7.4"
    fact = tt(model, manufacturer="Dongguan Xinhengtai Battery Co., Ltd.", lab=LAB_SG, report_id=rid, date=date,
              chemistry="lithium-ion", wh=19.24, mass_g=98, results=R(BATT_OK), signed_by="Chen Hao")
    path = C.add(XH, "UN38.3/SGVGZ-UN-2603-0418.pdf", "transport_test", "hw-transposed", [fact])
    lk = Look("Cond", 8.6, margins=(14, 14, 22, 20))
    s = [P("UN38.3 TEST SUMMARY", lk.h1),
         KV(lk, [("Manufacturer", "Dongguan Xinhengtai Battery Co., Ltd., No. 8 Keji East Road, Qingxi Town, Dongguan, "
                                  "China; +86 769 8788 6600; sales@xinhengtai-battery.com; www.xinhengtai-battery.com"),
                 ("Laboratory", f"{LAB_SG}, Guangzhou, China; +86 20 3222 8600; un@sgv-testing.com"),
                 ("Report No. / Date", f"{rid} / {iso(date)}"),
                 ("Battery", "Lithium ion battery pack 2S1P (2 × 18650 cells), with PCM, shrink-wrapped"),
                 ("Model", model),
                 ("Nominal voltage / capacity / energy", "7.4 V / 2600 mAh / 19.24 Wh"),
                 ("Mass", "98 g"),
                 ("UN Manual", "Rev.8")], widths=(55, 127)), SP(4),
         TBL(lk, [["", "T.1", "T.2", "T.3", "T.4", "T.5", "T.6", "T.7", "T.8"],
                  ["Test", "Altitude", "Thermal", "Vibration", "Shock", "Ext. short", "Impact/Crush", "Overcharge",
                   "Forced disch."],
                  ["Result", "OK", "OK", "OK", "OK", "OK", "NA", "OK", "NA"]], [20] + [20.2] * 8), SP(2),
         P("OK = complies with the requirement; NA = not applicable (cell-level test, component cells covered by "
           "the cell manufacturer's summary). 38.3.3 (f)/(g): not applicable.", lk.small), SP(8),
         P("Signature: Chen Hao        Title: Technical Manager", lk.body)]
    pdf(path, s, lk, running(footer_right="{page}/{total}"))


def u23_mb_es_prose(C: Corpus) -> None:
    """Spanish prose; 'conforme' for every test that applies."""
    date = D(2025, 7, 7)
    rid, model = "LANPEB-UN-2025-0689", "MBI-FL48-560"
    fact = tt(model, manufacturer="Monterrey Baterías Industriales, S.A. de C.V.", lab=LAB_LA, report_id=rid,
              date=date, chemistry="lithium-ion", wh=28672, mass_g=310000, results=R(BATT_OK),
              signed_by="Alejandro Garza Treviño")
    path = C.add(MB, "pruebas/Resumen de pruebas UN 38.3 MBI-FL48-560.pdf", "transport_test", "hw-es-prose", [fact])
    lk = Look("Serif", 10.4, pagesize=LETTER, margins=(25, 25, 25, 22))
    s = [P(LAB_LA, lk.h2), P("Av. Ciencia 301, Parque PIIT, 66629 Apodaca, N.L., México · +52 81 8389 4400 · "
                             "un383@lanpeb.mx · www.lanpeb.mx", lk.small), SP(6),
         P("RESUMEN DE PRUEBAS UN 38.3", lk.h1l),
         P(f"Informe de prueba: {rid}     Fecha: {es_long(date)}", lk.body), SP(2),
         P("De conformidad con la subsección 38.3.5 del Manual de Pruebas y Criterios de las Naciones Unidas "
           "(Rev. 7, Enmienda 1), se resumen a continuación los resultados de las pruebas realizadas a la batería "
           "descrita.", lk.body),
         P(f"La batería modelo {model}, fabricada por Monterrey Baterías Industriales, S.A. de C.V. (Carretera a "
           "Laredo km 14.5, 66050 Escobedo, N.L., México; tel. +52 81 8125 7000; cumplimiento@mbi-baterias.mx; "
           "www.mbi-baterias.mx), es una batería de iones de litio (LiFePO4) para montacargas, de 51.2 V y 560 Ah, "
           "con una energía nominal de 28 672 Wh y una masa de 310 kg, en gabinete de acero de 1 030 × 520 × 780 mm "
           "con BMS y contactor integrados.", lk.body),
         P("Las pruebas T.1 (simulación de altitud), T.2 (prueba térmica), T.3 (vibración), T.4 (choque), "
           "T.5 (cortocircuito externo) y T.7 (sobrecarga) dieron un resultado conforme. Las pruebas T.6 (impacto / "
           "aplastamiento) y T.8 (descarga forzada) no aplican a la batería, ya que se realizan sobre las celdas "
           "(informe del fabricante de celdas HC-UN-2411-0876). Por su masa superior a 12 kg, las pruebas T.3 y T.4 "
           "se aplicaron con los niveles previstos para baterías grandes. Los requisitos 38.3.3 f) y g) no "
           "aplican.", lk.body), SP(10),
         P("Atentamente,", lk.body), SP(8),
         P("Ing. Alejandro Garza Treviño\nGerente de Laboratorio", lk.body)]
    pdf(path, s, lk, running(footer_center="Hoja {page} de {total}", line=False))


def u24_mb_meets(C: Corpus) -> None:
    """English two-column summary, results 'Meets requirement'."""
    date = D(2026, 2, 24)
    rid, model = "LANPEB-UN-2026-0144", "MBI-AGV24-105"
    fact = tt(model, manufacturer="Monterrey Baterías Industriales, S.A. de C.V.", lab=LAB_LA, report_id=rid,
              date=date, chemistry="lithium-ion", wh=2688, mass_g=24800, results=R(BATT_OK),
              signed_by="Mariana Villarreal")
    path = C.add(MB, "pruebas/MBI-AGV24-105_UN38-3_TS.pdf", "transport_test", "hw-meets-requirement", [fact])
    lk = Look("Arial", 9.3, pagesize=LETTER)
    res = ["Meets requirement"] * 5 + ["Not required (cell test)", "Meets requirement", "Not required (cell test)"]
    s = [P("UN 38.3 TEST SUMMARY", lk.h1),
         KV(lk, [("Manufacturer name and contact", "Monterrey Baterías Industriales, S.A. de C.V., Carretera a Laredo "
                                                   "km 14.5, 66050 Escobedo, N.L., Mexico; +52 81 8125 7000; "
                                                   "cumplimiento@mbi-baterias.mx; www.mbi-baterias.mx"),
                 ("Test laboratory name and contact", f"{LAB_LA}, Apodaca, N.L., Mexico; +52 81 8389 4400; "
                                                      "un383@lanpeb.mx; www.lanpeb.mx"),
                 ("Unique test report ID", rid),
                 ("Date of test report", dmon(date)),
                 ("Lithium ion / lithium metal", "Lithium ion battery"),
                 ("Model number", model),
                 ("Mass", "24.8 kg"),
                 ("Watt-hour rating", "2,688 Wh (25.6 V / 105 Ah)"),
                 ("Physical description", "8S LiFePO4 battery for automated guided vehicles; powder-coated steel "
                                          "case 520 × 240 × 210 mm; Anderson SB175 connector"),
                 ("Assembled battery testing (38.3.3 f/g)", "Not applicable"),
                 ("UN Manual revision and amendments", "Revision 8")], widths=(62, 118)), SP(4),
         TBL(lk, [["Test", "Title", "Outcome"]] + [[f"T.{i + 1}", T_EN[i], res[i]] for i in range(8)],
             [20, 80, 80]), SP(8),
         KV(lk, [("Signature", "M. Villarreal"), ("Name / title", "Mariana Villarreal, Quality Engineer")],
            widths=(40, 140), grid=False)]
    pdf(path, s, lk, running(footer_left=rid, footer_right="{page} of {total}"))


def u25_hn_yes_no(C: Corpus) -> None:
    """DOCX with 'Conducted' and 'Passed (Yes/No)' columns."""
    date = D(2026, 5, 6)
    rid, model = "KECTI-UN-26-0377", "HN-4680-26"
    fact = tt(model, manufacturer="Hanul Cell Co., Ltd.", lab=LAB_KE, report_id=rid, date=date,
              chemistry="lithium-ion", wh=93.6, mass_g=355, results=R(CELL_OK), signed_by="Kim Ji-hoon")
    path = C.add(HN, "tests/UN38.3 HN-4680-26 summary.docx", "transport_test", "hw-yes-no-columns", [fact])
    d = new_docx("Malgun Gothic", 10)
    docx_header_footer(d, f"{LAB_KE} (KECTI)", f"{rid}")
    docx_par(d, "UN 38.3 Test Summary", bold=True, size=16, align="center")
    docx_table(d, [
        ["Manufacturer", "Hanul Cell Co., Ltd., 45 Sandan-ro, Ochang-eup, Cheongju, Republic of Korea; "
                         "+82-43-710-2200; un38@hanulcell.co.kr; www.hanulcell.co.kr"],
        ["Test laboratory", f"{LAB_KE} (KECTI), 120 Gwahak-ro, Yuseong-gu, Daejeon; +82-42-860-5500; "
                            "battery@kecti.re.kr"],
        ["Report ID", rid], ["Report date", iso(date)],
        ["Cell", "Lithium ion cell, cylindrical 4680-type, 46 mm × 80 mm, tabless, steel can"],
        ["Model", model], ["Mass", "355 g"], ["Watt-hour rating", "93.6 Wh (3.6 V, 26 Ah)"],
        ["Manual", "UN Manual of Tests and Criteria, Rev. 8"],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    rows = [["Test", "Conducted", "Passed (Yes/No)"]]
    for i in range(8):
        rows.append([f"T.{i + 1} {T_EN[i]}", "No (not applicable to cells)" if i == 6 else "Yes",
                     "–" if i == 6 else "Yes"])
    docx_table(d, rows)
    docx_par(d, "")
    docx_par(d, "Assembled battery requirements 38.3.3(f)/(g): not applicable.")
    docx_par(d, "Signature / name / title:  (signed) Kim Ji-hoon, Principal Researcher")
    save_docx(d, path)


UN_DOCS = [u01_hz_de_twocol, u02_hz_multipage_split, u03_rn_zh_fail, u04_rn_xlsx_bilingual, u05_sd_multimodel,
           u06_sd_ja_lithium_metal, u07_hn_ko_xlsx, u08_hn_prose, u09_gc_dots_fail, u10_gc_md_bullets,
           u11_vp_checkbox_fail, u12_vp_fr_split, u13_cz_es_en_header, u14_cz_unsigned, u15_nk_group_results,
           u16_nk_no_date_no_mass, u17_lp_scanned_txt, u18_lp_md_ticks, u19_wb_no_report_id, u20_wb_dots_split,
           u21_xh_no_wh, u22_xh_transposed, u23_mb_es_prose, u24_mb_meets, u25_hn_yes_no]


# ---------------------------------------------------------------------------------------------------------------
# Safety test reports
# ---------------------------------------------------------------------------------------------------------------

def _trf_62133_cell(fails: dict[str, str]) -> list[list[str]]:
    """The clause table of an IEC 62133-2 test report form for a cell: clause, requirement, remark, verdict."""
    rows = [
        ["4", "Parameter measurement tolerances", "", "P"],
        ["5", "General safety considerations", "", "P"],
        ["5.1", "General", "", "P"],
        ["5.2", "Insulation and wiring", "Cell: no internal wiring", "N/A"],
        ["5.3", "Venting", "Cell provided with pressure relief vent in the positive cap", "P"],
        ["5.4", "Temperature, voltage and current management", "Cell only", "N/A"],
        ["5.5", "Terminal contacts", "", "P"],
        ["5.6", "Assembly of cells into batteries", "Cell only", "N/A"],
        ["5.6.1", "General", "", "N/A"],
        ["5.6.2", "Design recommendation for lithium systems only", "", "N/A"],
        ["5.7", "Quality plan", "Manufacturer's quality plan reviewed (ISO 9001 certified)", "P"],
        ["5.8", "Battery safety components", "", "N/A"],
        ["6", "Type test conditions", "", "P"],
        ["6.1", "General", "Tests at 20 °C ± 5 °C unless otherwise specified", "P"],
        ["6.2", "Test items", "See Table 1 for sample sizes", "P"],
        ["7", "Specific requirements and tests", "", "P"],
        ["7.1", "Charging procedures for test purposes", "", "P"],
        ["7.1.1", "First procedure", "", "P"],
        ["7.1.2", "Second procedure", "", "P"],
        ["7.2", "Intended use", "", "P"],
        ["7.2.1", "Continuous charging at constant voltage (cells)", "No fire, no explosion, no leakage", "P"],
        ["7.2.2", "Case stress at high ambient temperature (battery)", "Cell only", "N/A"],
        ["7.3", "Reasonably foreseeable misuse", "", "P"],
        ["7.3.1", "External short-circuit (cell)", "No fire, no explosion", "P"],
        ["7.3.2", "External short-circuit (battery)", "Cell only", "N/A"],
        ["7.3.3", "Free fall", "No fire, no explosion", "P"],
        ["7.3.4", "Thermal abuse (cells)", "130 °C, 10 min: no fire, no explosion", "P"],
        ["7.3.5", "Crush (cells)", "13 kN: no fire, no explosion", "P"],
        ["7.3.6", "Over-charging of battery", "Cell only", "N/A"],
        ["7.3.7", "Forced discharge (cells)", "No fire, no explosion", "P"],
        ["7.3.8", "Mechanical tests (batteries)", "Cell only", "N/A"],
        ["7.3.8.1", "Vibration", "", "N/A"],
        ["7.3.8.2", "Mechanical shock", "", "N/A"],
        ["7.3.9", "Design evaluation – Forced internal short circuit (cells)", "Nickel particle, 5 cells: no fire",
         "P"],
        ["8", "Information for safety", "", "P"],
        ["8.1", "General", "", "P"],
        ["8.2", "Small cell and battery safety information", "Not a small cell", "N/A"],
        ["9", "Marking", "", "P"],
        ["9.1", "Cell marking", "Model, manufacturer, date code, polarity marked", "P"],
        ["9.2", "Battery marking", "", "N/A"],
        ["9.3", "Caution for ingestion of small cells and batteries", "", "N/A"],
        ["9.4", "Other information", "", "P"],
        ["10", "Packaging and transport", "Packed per manufacturer instructions, UN 38.3 summary provided", "P"],
        ["Annex A", "Charging range of secondary lithium ion cells for safe use", "", "P"],
    ]
    out = []
    for clause, req, remark, verdict in rows:
        if clause in fails:
            remark, verdict = fails[clause], "F"
        out.append([clause, req, remark, verdict])
    return out


def s01_hz_trf(C: Corpus) -> None:
    """An IEC 62133-2 CB test report form: cover with dot leaders, P/N/A clause table, overall verdict."""
    date = D(2024, 11, 29)
    rid, model = "RPB-CB-24-1102", "HZ-21700-50E"
    fact = st("IEC 62133-2:2017+A1:2021", model, report_id=rid, lab=LAB_RPB, date=date, verdict="pass", level="cell")
    path = C.add(HZ, "Prüfberichte/CB Test Report IEC 62133-2 HZ-21700-50E.pdf", "safety_test", "hw-trf-clauses",
                 [fact], ["clause_table"])
    lk = Look("Arial", 8.6, margins=(18, 16, 24, 22))
    pre = ParagraphStyle("lines", parent=lk.body, spaceAfter=1.2)
    cover = [dots("Report Number", rid, 46), dots("Date of issue", iso(date), 46),
             dots("Total number of pages", "4 (+ attachments)", 46), "",
             dots("Name of Testing Laboratory preparing the Report", LAB_RPB, 46),
             dots("Applicant's name", "Hallstatt Zellwerk GmbH", 46),
             dots("Address", "Industriestraße 14, 38229 Salzgitter, Germany", 46), "",
             "Test specification:",
             dots("Standard", "IEC 62133-2:2017, IEC 62133-2:2017/AMD1:2021", 46),
             dots("Test procedure", "CB Scheme", 46),
             dots("Non-standard test method", "N/A", 46),
             dots("Test Report Form No.", "IEC62133_2B", 46),
             dots("Master TRF", "Dated 2021-12", 46), "",
             dots("Test item description", "Rechargeable lithium ion cell", 46),
             dots("Trade Mark", "HALLSTATT", 46),
             dots("Manufacturer", "Hallstatt Zellwerk GmbH, Salzgitter, Germany", 46),
             dots("Model/Type reference", model, 46),
             dots("Ratings", "3.6 V, 5000 mAh, 18.0 Wh; charge 4.20 V max., 0 °C to 45 °C", 46)]
    s = [P("TEST REPORT", lk.h1), P("IEC 62133-2", lk.big),
         P("Secondary cells and batteries containing alkaline or other non-acid electrolytes – Safety requirements "
           "for portable sealed secondary lithium cells, and for batteries made from them, for use in portable "
           "applications – Part 2: Lithium systems", lk.center), SP(5)]
    s += [P(x or " ", pre) for x in cover]
    s += [PageBreak(),
          P("Possible test case verdicts:", lk.h3),
          P(dots("- test case does not apply to the test object", "N/A", 60), pre),
          P(dots("- test object does meet the requirement", "P (Pass)", 60), pre),
          P(dots("- test object does not meet the requirement", "F (Fail)", 60), pre),
          P("Testing:", lk.h3),
          P(dots("Date of receipt of test item", "2024-09-16", 60), pre),
          P(dots("Date (s) of performance of tests", "2024-09-18 to 2024-11-15", 60), pre),
          P("General remarks:", lk.h3),
          P("The test results presented in this report relate only to the object tested. This report shall not be "
            "reproduced, except in full, without the written approval of the Issuing CB Testing Laboratory. "
            "\"(See Enclosure #)\" refers to additional information appended to the report. Throughout this report a "
            "point is used as the decimal separator.", lk.small),
          P("Summary of testing:", lk.h3),
          P("Tests performed (name of test and test clause): 7.1, 7.2.1, 7.3.1, 7.3.3, 7.3.4, 7.3.5, 7.3.7, 7.3.9. "
            "Testing location: " + LAB_RPB + ", Am Technologiepark 7, 52072 Aachen, Germany.", lk.body),
          P("Table 1 – Sample sizes: 7.2.1: 5 cells; 7.3.1: 5 cells per temperature; 7.3.3: 3 cells; 7.3.4: 5; "
            "7.3.5: 5; 7.3.7: 5; 7.3.9: 5 per temperature.", lk.small),
          PageBreak(),
          P("IEC 62133-2", lk.h2),
          TBL(lk, [["Clause", "Requirement + Test", "Result - Remark", "Verdict"]] + _trf_62133_cell({}),
              [16, 70, 72, 16], repeat=1), SP(4),
          TBL(lk, [["Overall verdict", "Pass"]], [86, 88], head=0, bold_first_col=True), SP(6),
          P("Tested by: Lars Petersen, Test Engineer        Approved by: Dr.-Ing. Katrin Vollmer, Head of "
            "Laboratory", lk.body)]
    pdf(path, s, lk, running(header_left="IEC 62133-2", header_right=f"Report No. {rid}",
                             footer_left="TRF No. IEC62133_2B", footer_right="Page {page} of {total}"))


def s02_hz_de_62619(C: Corpus) -> None:
    """German DOCX report, IEC 62619, 'Gesamtergebnis: bestanden'."""
    date = D(2025, 5, 22)
    rid, model = "RPB-25-0388-SI", "HZ-P72-NMC"
    fact = st("IEC 62619:2022", model, report_id=rid, lab=LAB_RPB, date=date, verdict="pass", level="cell")
    path = C.add(HZ, "Prüfberichte/Prüfbericht IEC 62619 HZ-P72-NMC.docx", "safety_test", "hw-de-docx", [fact])
    d = new_docx("Arial", 10)
    docx_header_footer(d, f"{LAB_RPB} · Prüfbericht {rid}", "Die Prüfergebnisse beziehen sich ausschließlich auf die "
                                                            "geprüften Muster.")
    docx_par(d, "PRÜFBERICHT", bold=True, size=18, align="center")
    docx_par(d, f"Nr. {rid}", align="center")
    docx_table(d, [
        ["Auftraggeber", "Hallstatt Zellwerk GmbH, Industriestraße 14, 38229 Salzgitter"],
        ["Prüfgegenstand", "Lithium-Ionen-Zelle (Pouch), 72 Ah, 3,65 V, für stationäre Anwendungen"],
        ["Typbezeichnung", model],
        ["Prüfebene", "Zelle"],
        ["Prüfgrundlage", "IEC 62619:2022 (Sekundärzellen und -batterien mit alkalischen oder anderen nicht säurehaltigen "
                          "Elektrolyten – Sicherheitsanforderungen für Lithium-Sekundärzellen und -batterien für die "
                          "Verwendung in industriellen Anwendungen)"],
        ["Eingang der Prüflinge", "03.03.2025"],
        ["Prüfzeitraum", "10.03.2025 – 16.05.2025"],
        ["Ausstellungsdatum", de(date)],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    docx_par(d, "Prüfergebnisse", bold=True, size=12)
    docx_table(d, [
        ["Abschnitt", "Prüfung", "Ergebnis"],
        ["7.2.1", "Äußerer Kurzschluss (Zelle)", "bestanden"],
        ["7.2.2", "Stoß (Zelle)", "bestanden"],
        ["7.2.3", "Fallprüfung (Zelle)", "bestanden"],
        ["7.2.4", "Thermischer Missbrauch (Zelle)", "bestanden"],
        ["7.2.5", "Überladung (Zelle)", "bestanden"],
        ["7.2.6", "Erzwungene Entladung (Zelle)", "bestanden"],
        ["7.3.2", "Interner Kurzschluss (Zelle)", "bestanden"],
        ["7.3.3", "Ausbreitung (Batteriesystem)", "nicht anwendbar – Zellprüfung"],
        ["8", "Batteriemanagementsystem", "nicht anwendbar – Zellprüfung"],
    ])
    docx_par(d, "")
    docx_par(d, "Gesamtergebnis: bestanden", bold=True)
    docx_par(d, "Die geprüften Muster erfüllen die Anforderungen der IEC 62619:2022 in den oben genannten Abschnitten.")
    docx_par(d, "")
    docx_par(d, f"Aachen, {de(date)}")
    docx_par(d, "Lars Petersen, Prüfingenieur          Dr.-Ing. Katrin Vollmer, Leiterin Prüflabor")
    save_docx(d, path)


def s03_rn_did_not_comply(C: Corpus) -> None:
    """A Chinese laboratory's English report: 'The sample(s) did not comply with the requirements'."""
    date = D(2025, 10, 9)
    rid, model = "HC-SR-2510-0096", "RN-26650-32"
    fact = st("IEC 62133-2:2017+A1:2021", model, report_id=rid, lab=LAB_HC, date=date, verdict="fail", level="cell")
    path = C.add(RN, "reports/HC-SR-2510-0096 IEC62133-2 RN-26650-32.pdf", "safety_test", "hw-did-not-comply", [fact],
                 ["failed"])
    lk = Look("Arial", 9.2)
    s = [P(LAB_HC, lk.centerb), P("Shiyan Street, Bao'an District, Shenzhen, Guangdong, China", lk.center), SP(6),
         P("TEST REPORT", lk.big),
         TBL(lk, [["Report No.", rid], ["Applicant", "Jiangyin Ruineng New Energy Technology Co., Ltd."],
                  ["Manufacturer", "Jiangyin Ruineng New Energy Technology Co., Ltd."],
                  ["Product Name", "Rechargeable Li-ion Cell (LiFePO4)"], ["Model No.", model],
                  ["Rating", "3.2 V, 3200 mAh, 10.24 Wh"],
                  ["Test Standard", "IEC 62133-2:2017+AMD1:2021"],
                  ["Date of Receipt", "Aug. 18, 2025"], ["Test Period", "Aug. 20, 2025 – Sep. 30, 2025"],
                  ["Date of Issue", "Oct. 09, 2025"],
                  ["Test Result", "See conclusion"]], [45, 135], head=0, bold_first_col=True), SP(6),
         P("Summary of test results", lk.h2),
         TBL(lk, [["Clause", "Test item", "Verdict"],
                  ["7.2.1", "Continuous charging at constant voltage (cells)", "P"],
                  ["7.3.1", "External short-circuit (cell)", "F"],
                  ["7.3.3", "Free fall", "P"],
                  ["7.3.4", "Thermal abuse (cells)", "P"],
                  ["7.3.5", "Crush (cells)", "P"],
                  ["7.3.7", "Forced discharge (cells)", "P"],
                  ["7.3.9", "Design evaluation – Forced internal short circuit (cells)", "P"]], [25, 125, 30]), SP(2),
         P("Note: In test 7.3.1 at 55 °C ± 5 °C, sample #4 caught fire 3 min after the short circuit was applied.",
           lk.small), SP(6),
         P("Conclusion", lk.h2),
         P("The sample(s) did not comply with the requirements of IEC 62133-2:2017+AMD1:2021.", lk.body), SP(10),
         TBL(lk, [["Tested by:", "Reviewed by:", "Approved by:"], ["Zhao Lei", "Zhou Jing", "Li Ming"]],
             [60, 60, 60], grid=False, shade_head=False)]
    pdf(path, s, lk, running(header_right=f"Report No.: {rid}", footer_center="Page {page} of {total}"))


def s04_rn_ul1642(C: Corpus) -> None:
    """UL 1642 results table, every row 'Complies'."""
    date = D(2026, 3, 30)
    rid, model = "HC-UL-2603-0051", "RN-32140-15"
    fact = st("UL 1642:2020", model, report_id=rid, lab=LAB_HC, date=date, verdict="pass", level="cell")
    path = C.add(RN, "reports/UL1642_RN-32140-15.pdf", "safety_test", "hw-ul-complies", [fact])
    lk = Look("Sans", 9)
    tests = ["Short-circuit test", "Abnormal charging test", "Forced-discharge test", "Crush test", "Impact test",
             "Shock test", "Vibration test", "Heating test", "Temperature cycling test",
             "Low pressure (altitude simulation) test", "Projectile test"]
    s = [P("TEST REPORT", lk.h1),
         P("UL 1642 – Standard for Safety for Lithium Batteries, 6th Edition (2020)", lk.centerb), SP(4),
         KV(lk, [("Report number", rid), ("Issue date", us_long(date)), ("Testing laboratory", LAB_HC),
                 ("Client", "Jiangyin Ruineng New Energy Technology Co., Ltd."),
                 ("Sample description", "Rechargeable lithium ion cell, LiFePO4, 3.2 V, 15 Ah, cylindrical 32140"),
                 ("Model", model), ("Samples received", "Jan. 26, 2026")], widths=(45, 135)), SP(4),
         TBL(lk, [["Test", "Samples", "Observation", "Result"]] +
             [[t, "5", "No explosion, no fire" + (", no venting" if i in (5, 6, 9) else ""), "Complies"]
              for i, t in enumerate(tests)], [62, 18, 70, 30]), SP(4),
         P("Conclusion: the cell model RN-32140-15 complies with the requirements of UL 1642 for user-replaceable "
           "and non-user-replaceable applications (technician replaceable).", lk.body), SP(6),
         P("Prepared by: Zhao Lei        Reviewed and approved by: Li Ming, Technical Director", lk.body)]
    pdf(path, s, lk, running(footer_left=rid, footer_right="Page {page} of {total}"))


def s05_sd_ja_conforms(C: Corpus) -> None:
    """Japanese-English DOCX: '判定 / Verdict: 適合 / Conforms'."""
    date = D(2025, 7, 18)
    rid, model = "KBEC-S-25-00233", "SD-18650-35"
    fact = st("IEC 62133-2:2017+A1:2021", model, report_id=rid, lab=LAB_KB, date=date, verdict="pass", level="cell")
    path = C.add(SD, "tests/試験成績書 IEC62133-2 SD-18650-35.docx", "safety_test", "hw-ja-en-docx", [fact])
    d = new_docx("MS Mincho", 10)
    docx_header_footer(d, "関東電池評価センター株式会社 / Kanto Battery Evaluation Center Co., Ltd.", rid)
    docx_par(d, "試験成績書 / Test Report", bold=True, size=16, align="center")
    docx_table(d, [
        ["成績書番号 / Report No.", rid],
        ["発行日 / Date of issue", f"{zh(date)} / {ymd_slash(date)}"],
        ["依頼者 / Client", "下野電池株式会社 / Shimotsuke Denchi K.K."],
        ["試験品 / Test item", "リチウムイオン二次電池（単電池）/ Lithium ion secondary cell"],
        ["型式 / Model", model],
        ["定格 / Rating", "3.60 V, 3500 mAh, 12.6 Wh"],
        ["試験規格 / Standard", "IEC 62133-2:2017 + AMD1:2021"],
        ["試験期間 / Test period", "2025/05/12 – 2025/07/04"],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    docx_table(d, [
        ["項 / Clause", "試験項目 / Test", "判定 / Verdict"],
        ["7.2.1", "定電圧連続充電 / Continuous charging at constant voltage", "適合 / P"],
        ["7.3.1", "外部短絡（単電池）/ External short-circuit (cell)", "適合 / P"],
        ["7.3.3", "落下 / Free fall", "適合 / P"],
        ["7.3.4", "加熱 / Thermal abuse", "適合 / P"],
        ["7.3.5", "圧壊 / Crush", "適合 / P"],
        ["7.3.7", "強制放電 / Forced discharge", "適合 / P"],
        ["7.3.9", "強制内部短絡 / Forced internal short circuit", "適合 / P"],
    ])
    docx_par(d, "")
    docx_par(d, "総合判定 / Verdict:  適合 / Conforms", bold=True)
    docx_par(d, "上記試験品は IEC 62133-2 の要求事項に適合する。/ The test item conforms to the requirements of "
                "IEC 62133-2.")
    docx_par(d, "")
    docx_par(d, "試験担当 / Tested by: 佐藤 美咲 (Misaki Sato)    承認 / Approved by: 武田 浩 (Hiroshi Takeda)")
    save_docx(d, path)


def s06_hn_62660_data(C: Corpus) -> None:
    """IEC 62660-2 (a test procedure without pass/fail): observations as EUCAR hazard levels, no verdict."""
    date = D(2025, 9, 30)
    rid, model = "KECTI-SR-25-0844", "HN-P60-NCM"
    fact = st("IEC 62660-2:2018", model, report_id=rid, lab=LAB_KE, date=date, verdict="data reported", level="cell")
    path = C.add(HN, "tests/KECTI-SR-25-0844 IEC 62660-2 HN-P60-NCM.pdf", "safety_test", "hw-no-verdict-observations",
                 [fact], ["data_reported"])
    lk = Look("Sans", 8.9)
    obs = [("Vibration", "No leakage, no venting, OCV change < 0.1 %", "0"),
           ("Mechanical shock", "No leakage, no venting", "0"),
           ("Crush", "Venting, no fire", "3"),
           ("High-temperature endurance (130 °C)", "Venting at 128 min, no fire", "3"),
           ("Temperature cycling", "No change", "0"),
           ("External short circuit", "Max. surface temperature 96 °C, no venting", "1"),
           ("Overcharge (to 2 × Vmax)", "Venting, smoke, no fire", "4"),
           ("Forced discharge", "No venting", "1"),
           ("Internal short circuit (nail, 8 mm)", "Venting with smoke, no fire, no rupture", "4")]
    s = [P("TEST REPORT", lk.h1), P("IEC 62660-2:2018 — Secondary lithium-ion cells for the propulsion of electric "
                                    "road vehicles — Part 2: Reliability and abuse testing", lk.center), SP(4),
         KV(lk, [("Report No.", rid), ("Date", iso(date)), ("Laboratory", f"{LAB_KE} (KECTI), Daejeon, Korea"),
                 ("Client / manufacturer", "Hanul Cell Co., Ltd."),
                 ("Test object", "Lithium ion cell, pouch, NCM811/graphite, 60 Ah, 3.67 V"), ("Model", model),
                 ("Level", "Cell"), ("Samples", "3 per test, SOC 100 % unless stated")], widths=(45, 135)), SP(4),
         P("Results", lk.h2),
         TBL(lk, [["Test", "Observation", "EUCAR hazard level"]] + [list(o) for o in obs], [60, 90, 30]), SP(3),
         P("Evaluation", lk.h2),
         P("IEC 62660-2 specifies test procedures to observe the reliability and abuse behaviour of cells; it does not "
           "define acceptance criteria. The results above are reported as observed, without a pass/fail judgement. "
           "Acceptance against IEC 62660-3 or a customer specification is outside the scope of this report.", lk.body),
         SP(8), P("Tested: Lee Hyun-woo   Approved: Kim Ji-hoon, Principal Researcher", lk.body)]
    pdf(path, s, lk, running(header_left="KECTI", header_right=rid, footer_right="{page}/{total}"))


def s07_hn_ul1642_cover(C: Corpus) -> None:
    """A US laboratory cover table: 'Result: Complies'."""
    date = D(2026, 2, 9)
    rid, model = "MPSL-2026-001187", "HN-21700-55"
    fact = st("UL 1642:2020", model, report_id=rid, lab=LAB_MP, date=date, verdict="pass", level="cell")
    path = C.add(HN, "tests/MPSL-2026-001187.pdf", "safety_test", "hw-cover-table", [fact])
    lk = Look("Arial", 9.2, pagesize=LETTER)
    s = [P(LAB_MP, lk.h2), P("2800 Research Blvd, Fremont, CA 94538 · www.meridian-psl.com", lk.small), SP(5),
         P("REPORT OF TEST", lk.big),
         TBL(lk, [["Project / Report No.", rid, "Issue date", us_long(date)],
                  ["Applicant", "Hanul Cell Co., Ltd.", "Country", "Republic of Korea"],
                  ["Product", "Lithium ion cell, cylindrical", "Model", model],
                  ["Ratings", "3.6 V dc, 5.5 Ah, 19.8 Wh", "Samples", "40 (4 lots)"],
                  ["Standard", "UL 1642, Sixth Edition, 2020", "Result", "Complies"]],
             [38, 62, 28, 52], head=0), SP(5),
         P("Test summary", lk.h3),
         P("Electrical tests (short circuit, abnormal charging, forced discharge), mechanical tests (crush, impact, "
           "shock, vibration), environmental tests (heating, temperature cycling, low pressure) and the fire exposure "
           "(projectile) test were conducted. No sample exploded or caught fire; the cell complies with all "
           "applicable requirements.", lk.body), SP(8),
         P("Report reviewed by: Andrea Kowalczyk, Senior Engineer", lk.body)]
    pdf(path, s, lk, running(footer_left=f"MPSL Report {rid}", footer_right="Page {page} of {total}"))


def s08_gc_trf_fail(C: Corpus) -> None:
    """An IEC 62133-2 report with a per-clause F and 'Overall verdict: Fail'."""
    date = D(2025, 9, 5)
    rid, model = "BETH/CB/2025/0211", "GC-18650-26"
    fact = st("IEC 62133-2:2017+A1:2021", model, report_id=rid, lab=LAB_BE, date=date, verdict="fail", level="cell")
    path = C.add(GC, "testing/IEC 62133-2 test report GC-18650-26.pdf", "safety_test", "hw-trf-fail", [fact],
                 ["failed", "clause_table"])
    lk = Look("Sans", 8.4, margins=(16, 16, 24, 22))
    rows = _trf_62133_cell({"7.3.4": "Sample 3 ignited after 8 min at 130 °C", "7.3": "See 7.3.4"})
    rows = [r for r in rows if r[0][0] in "4567" or r[0].startswith("Annex")]
    s = [P("TEST REPORT IEC 62133-2", lk.h1),
         KV(lk, [("Report reference No.", rid), ("Date of issue", en_long(date)), ("Testing laboratory", LAB_BE),
                 ("Address", "B-17 MIDC Bhosari, Pune 411026, India"),
                 ("Applicant", "Ganga Cells Pvt. Ltd., IMT Manesar, Gurugram, India"),
                 ("Standard", "IEC 62133-2:2017 + A1:2021"),
                 ("Test item", "Rechargeable lithium ion cell"), ("Model/type reference", model),
                 ("Ratings", "3.65 V, 2600 mAh, 9.49 Wh")], widths=(48, 132)), SP(4),
         P("Verdicts: P = Pass, F = Fail, N/A = not applicable", lk.small),
         TBL(lk, [["Clause", "Requirement – Test", "Result – Remark", "Verdict"]] + rows, [16, 70, 76, 16], repeat=1),
         SP(4), P("Overall verdict: Fail", lk.h2),
         P("The cell does not meet clause 7.3.4 (thermal abuse). All other applicable clauses were passed.", lk.body),
         SP(6), P("Tested by: Suresh Patil        Approved by: Ramesh Venkataraman, Head – Battery Testing", lk.body)]
    pdf(path, s, lk, running(header_left=LAB_BE, header_right=rid, footer_right="Page {page} of {total}"))


def s09_vp_ul2580(C: Corpus) -> None:
    """UL 2580 pack report with a results table of 'Complies'."""
    date = D(2025, 12, 1)
    rid, model = "MPSL-2025-004410", "VPB-400-NMC"
    fact = st("UL 2580:2020", model, report_id=rid, lab=LAB_MP, date=date, verdict="pass")
    path = C.add(VP, "essais/UL 2580 report VPB-400-NMC.pdf", "safety_test", "hw-ul2580-table", [fact])
    lk = Look("Arial", 8.9, pagesize=LETTER)
    tests = ["Overcharge", "Short circuit", "Overdischarge protection", "Temperature", "Imbalanced charging",
             "Dielectric voltage withstand", "Isolation resistance", "Continuity", "Failure of cooling / thermal "
             "stability system", "Working voltage measurements", "Vibration endurance", "Shock", "Crush", "Rotation",
             "Drop", "Immersion", "External fire exposure", "Single cell failure design tolerance"]
    s = [P("TEST REPORT – UL 2580", lk.h1),
         P("Standard for Batteries for Use in Electric Vehicles, Third Edition (2020)", lk.center), SP(3),
         KV(lk, [("Report", rid), ("Date", us_num(date)), ("Laboratory", LAB_MP),
                 ("Customer", "Voltaris Packs S.A.S., Lyon, France"),
                 ("Product", "Rechargeable electric energy storage system (battery pack), 355.2 V, 50 Ah, 17.76 kWh"),
                 ("Model", model)], widths=(35, 145)), SP(4),
         TBL(lk, [["Test", "Result"]] + [[t, "Complies"] for t in tests], [120, 60], zebra=True), SP(4),
         P("The battery pack complies with the applicable requirements of UL 2580.", lk.body)]
    pdf(path, s, lk, running(header_right=rid, footer_right="Page {page} of {total}"))


def s10_vp_fr_62619(C: Corpus) -> None:
    """French IEC 62619 module report: 'Verdict global : CONFORME'."""
    date = D(2025, 11, 20)
    rid, model = "LCEE-25-SE-1044", "VPM-48V-LFP"
    fact = st("IEC 62619:2022", model, report_id=rid, lab=LAB_LC, date=date, verdict="pass", level="module")
    path = C.add(VP, "essais/Rapport IEC 62619 VPM-48V-LFP.pdf", "safety_test", "hw-fr-conforme", [fact])
    lk = Look("Serif", 9.8)
    s = [P("RAPPORT D'ESSAIS", lk.h1), P(f"N° {rid}", lk.centerb), SP(4),
         KV(lk, [("Demandeur", "Voltaris Packs S.A.S., 27 avenue Jean Jaurès, 69007 Lyon"),
                 ("Objet", "Batterie lithium-ion LiFePO4 16S1P, 51,2 V, 100 Ah"),
                 ("Référence", model), ("Niveau d'essai", "module (batterie)"),
                 ("Référentiel", "IEC 62619:2022"), ("Date du rapport", dmy(date)),
                 ("Laboratoire", f"{LAB_LC} (LCEE), Lyon")], widths=(40, 130)), SP(4),
         TBL(lk, [["Article", "Essai", "Résultat"],
                  ["7.2.3", "Chute (batterie)", "Conforme"],
                  ["7.3.3", "Propagation (méthode par échauffement)", "Conforme"],
                  ["8.2.2", "Contrôle de la tension de charge", "Conforme"],
                  ["8.2.3", "Contrôle du courant de charge", "Conforme"],
                  ["8.2.4", "Contrôle de la surchauffe", "Conforme"],
                  ["7.2.1 / 7.2.2 / 7.2.4 – 7.2.6 / 7.3.2", "Essais sur cellules", "Non applicable (cellules "
                                                                                  "certifiées séparément)"]],
             [45, 80, 45]), SP(4),
         P("Verdict global : CONFORME", lk.h2),
         P("Le module soumis aux essais satisfait aux exigences applicables de la norme IEC 62619:2022.", lk.body),
         SP(6), P("Claire Dubois-Martin, Responsable technique", lk.body)]
    pdf(path, s, lk, running(footer_left=f"LCEE · {rid}", footer_right="Page {page}/{total}"))


def s11_cz_es_cumple(C: Corpus) -> None:
    """Spanish IEC 62133-2 battery report: 'Resultado global: CUMPLE'."""
    date = D(2025, 11, 25)
    rid, model = "CETEB-SE-25/1190", "CZ-EB36-14"
    fact = st("IEC 62133-2:2017+A1:2021", model, report_id=rid, lab=LAB_CT, date=date, verdict="pass")
    path = C.add(CZ, "ensayos/Informe IEC 62133-2 CZ-EB36-14.pdf", "safety_test", "hw-es-cumple", [fact])
    lk = Look("Arial", 9.3)
    s = [P("INFORME DE ENSAYO", lk.h1), SP(2),
         KV(lk, [("Nº de informe", rid), ("Fecha de emisión", dmy(date)), ("Laboratorio", f"{LAB_CT} (CETEB)"),
                 ("Solicitante", "Baterías Cierzo S.L., Zaragoza"),
                 ("Muestra", "Batería de iones de litio 36 V, 14 Ah, 504 Wh (10S4P)"), ("Modelo", model),
                 ("Norma de ensayo", "UNE-EN IEC 62133-2:2017 + A1:2021 (IEC 62133-2:2017+AMD1:2021)")],
            widths=(45, 125)), SP(4),
         TBL(lk, [["Apartado", "Ensayo", "Resultado"],
                  ["7.2.2", "Esfuerzo de la carcasa a temperatura ambiente elevada", "Cumple"],
                  ["7.3.2", "Cortocircuito externo (batería)", "Cumple"],
                  ["7.3.3", "Caída libre", "Cumple"],
                  ["7.3.6", "Sobrecarga de la batería", "Cumple"],
                  ["7.3.8", "Ensayos mecánicos (baterías)", "Cumple"],
                  ["7.2.1, 7.3.1, 7.3.4, 7.3.5, 7.3.7, 7.3.9", "Ensayos de celdas", "N/A (celdas con informe CB propio)"]],
             [40, 90, 40]), SP(4),
         P("Resultado global: CUMPLE", lk.h2), SP(6),
         P("Lucía Martín Ortega – Directora Técnica", lk.body)]
    pdf(path, s, lk, running(footer_right="Página {page} de {total}"))


def s12_nk_9540a_unit(C: Corpus) -> None:
    """UL 9540A 5th edition, unit level: 'Test data recorded'."""
    date = D(2026, 4, 14)
    rid, model = "NSL-9540A-26-0058", "NK-ESS-215"
    fact = st("UL 9540A:2025", model, report_id=rid, lab=LAB_NS, date=date, verdict="data reported", level="unit")
    path = C.add(NK, "Test reports/UL9540A unit level NK-ESS-215.pdf", "safety_test", "hw-9540a-unit", [fact],
                 ["data_reported"])
    lk = Look("Sans", 8.9, pagesize=LETTER)
    s = [P("UL 9540A UNIT LEVEL TEST REPORT", lk.h1),
         P("ANSI/CAN/UL 9540A, Test Method for Evaluating Thermal Runaway Fire Propagation in Battery Energy Storage "
           "Systems, Fifth Edition (2025)", lk.center), SP(3),
         KV(lk, [("Report number", rid), ("Report date", us_long(date)), ("Laboratory", LAB_NS),
                 ("Client", "Nordkap Energilagring AB"),
                 ("Unit under test", "Outdoor BESS cabinet, 215 kWh, LiFePO4, 4 racks × 52.25 kWh"),
                 ("Model", model), ("Test level", "Unit level (indoor floor-mounted configuration)")],
            widths=(40, 140)), SP(4),
         P("Test data", lk.h2),
         TBL(lk, [["Parameter", "Recorded value"],
                  ["Initiating module", "Rack 2, module 7 (center)"],
                  ["Cells in thermal runaway", "3 (initiating module only)"],
                  ["Flaming outside the unit", "None observed"],
                  ["Peak chemical heat release rate", "112 kW"],
                  ["Total gas volume released", "0.91 m³"],
                  ["Max. surface temperature, target unit", "41 °C"],
                  ["Max. wall surface temperature rise", "38 K"],
                  ["Explosion / deflagration", "None observed"],
                  ["Re-ignition (24 h observation)", "None"]], [80, 100], zebra=True), SP(4),
         P("Summary", lk.h2),
         P("Test data recorded. UL 9540A is a test method; this report documents the data obtained and does not "
           "assign a pass or fail result. Evaluation against the installation codes (e.g. NFPA 855) is the "
           "responsibility of the authority having jurisdiction.", lk.body), SP(6),
         P("Project engineer: Michael J. Horton     Reviewer: Dana Whitfield", lk.body)]
    pdf(path, s, lk, running(header_right=rid, footer_right="Page {page} of {total}"))


def s13_nk_62619_bullets(C: Corpus) -> None:
    """Bulleted summary with 'Overall verdict: Pass'."""
    date = D(2025, 6, 16)
    rid, model = "NBTC-2025-SR-0091", "NK-M52-280"
    fact = st("IEC 62619:2022", model, report_id=rid, lab=LAB_NB, date=date, verdict="pass", level="module")
    path = C.add(NK, "Test reports/NBTC-2025-SR-0091.pdf", "safety_test", "hw-bullets-overall", [fact])
    lk = Look("Arial", 9.6)
    items = ["7.2.3 Drop (battery): no fire, no explosion – P",
             "7.3.3 Propagation (laser-initiated thermal runaway of one cell): no propagation to adjacent cells, "
             "no external fire – P",
             "8.2.2 Overcharge control of voltage: BMS interrupted charging at 3.65 V/cell – P",
             "8.2.3 Overcharge control of current: charging stopped at 1.2 × max. current – P",
             "8.2.4 Overheating control: charging stopped at 55 °C – P",
             "Cell tests (7.2.1, 7.2.2, 7.2.4–7.2.6, 7.3.2): covered by the cell manufacturer's IEC 62619 report – N/A"]
    s = [P(LAB_NB, lk.h2), SP(2), P("Safety test report – summary", lk.h1l),
         M(f"<b>Report:</b> {esc(rid)} &nbsp; <b>Date:</b> {esc(iso(date))}", lk.body),
         M(f"<b>Customer:</b> Nordkap Energilagring AB, Skellefteå &nbsp; <b>Item:</b> battery module {esc(model)} "
           "(16S1P LiFePO4, 51.2 V, 280 Ah)", lk.body),
         M("<b>Standard:</b> IEC 62619:2022, Secondary lithium cells and batteries for use in industrial applications",
           lk.body), M("<b>Test level:</b> module", lk.body), SP(3),
         P("Results", lk.h3)]
    s += [P("• " + it, lk.body) for it in items]
    s += [SP(3), P("Overall verdict: Pass", lk.h2), SP(6), P("Erik Lindqvist, Head of Laboratory", lk.body)]
    pdf(path, s, lk, running(footer_right="{page}/{total}"))


def s14_lp_9540a_cell(C: Corpus) -> None:
    """UL 9540A 4th edition, cell level: gas data and 'Results reported; no pass/fail criteria'."""
    date = D(2024, 8, 12)
    rid, model = "NSL-9540A-24-0412", "LPS-C280"
    fact = st("UL 9540A:2019", model, report_id=rid, lab=LAB_NS, date=date, verdict="data reported", level="cell")
    path = C.add(LP, "compliance/UL 9540A Cell Level Report LPS-C280.pdf", "safety_test", "hw-9540a-cell", [fact],
                 ["data_reported"])
    lk = Look("Sans", 8.8, pagesize=LETTER)
    s = [P("UL 9540A Cell Level Test Report", lk.h1),
         TBL(lk, [["Report No.", rid, "Date", us_num(date)],
                  ["Client", "Lakeshore Power Systems, Inc.", "Cell model", model],
                  ["Standard", "ANSI/CAN/UL 9540A:2019, 4th Edition", "Level", "Cell"],
                  ["Cell", "Prismatic LiFePO4, 3.2 V, 280 Ah", "Method", "External film heater, 4 °C/min"]],
             [28, 62, 25, 65], head=0), SP(4),
         P("Thermal runaway characteristics", lk.h2),
         TBL(lk, [["Measurement", "Sample 1", "Sample 2", "Sample 3", "Mean"],
                  ["Case venting temperature (°C)", "181", "177", "185", "181"],
                  ["Thermal runaway onset temperature (°C)", "246", "239", "251", "245"],
                  ["Gas volume (L, STP)", "168", "174", "160", "167"]], [70, 27, 27, 27, 27]), SP(3),
         P("Vent gas composition (mean, % vol)", lk.h3),
         TBL(lk, [["H2", "CO", "CO2", "CH4", "C2H4", "C2H6", "C3H6", "other"],
                  ["38.4", "9.7", "31.2", "6.1", "8.3", "1.9", "0.8", "3.6"]], [22] * 8), SP(3),
         TBL(lk, [["Lower flammability limit (LFL) at 25 °C", "7.9 % vol"],
                  ["Burning velocity (Su)", "0.52 m/s"], ["Maximum explosion pressure (Pmax)", "7.6 bar"]],
             [90, 90], head=0), SP(4),
         P("Results reported; no pass/fail criteria. The cell exhibited thermal runaway; module level testing "
           "per Section 8 is required.", lk.body)]
    pdf(path, s, lk, running(header_left=LAB_NS, header_right=rid, footer_right="Page {page} of {total}"))


def s15_lp_9540a_module_docx(C: Corpus) -> None:
    """UL 9540A module level DOCX: 'Result: data reported'."""
    date = D(2024, 10, 28)
    rid, model = "NSL-9540A-24-0519", "LPS-M16-280"
    fact = st("UL 9540A:2019", model, report_id=rid, lab=LAB_NS, date=date, verdict="data reported", level="module")
    path = C.add(LP, "compliance/NSL-9540A-24-0519 module.docx", "safety_test", "hw-9540a-module-docx", [fact],
                 ["data_reported"])
    d = new_docx("Calibri", 10)
    docx_header_footer(d, f"{LAB_NS} – UL 9540A Module Level", f"Report {rid}")
    docx_par(d, "UL 9540A Module Level Test – Summary of Results", bold=True, size=14)
    docx_table(d, [
        ["Report", rid], ["Date", iso(date)], ["Standard", "UL 9540A, 4th Edition (2019)"],
        ["Client", "Lakeshore Power Systems, Inc."], ["Module", f"{model} – 16S1P LiFePO4, 51.2 V, 280 Ah, 14.3 kWh"],
        ["Initiation", "Two film heaters on cell 8"],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    docx_table(d, [
        ["Observation", "Value"],
        ["Cells in thermal runaway", "1 (no propagation to adjacent cells)"],
        ["Flaming outside module", "No"],
        ["Peak chemical HRR", "18 kW"],
        ["Gas volume released", "0.17 m³"],
        ["Flying debris / explosion", "None"],
    ])
    docx_par(d, "")
    docx_par(d, "Result: data reported (UL 9540A defines a test method; no pass/fail).", bold=True)
    docx_par(d, "Per 9.2 of the method, unit level testing may be waived where the module performance criteria are "
                "met; see the manufacturer's installation documentation.")
    docx_par(d, "Michael J. Horton, Senior Project Engineer")
    save_docx(d, path)


def s16_wb_r100_fail(C: Corpus) -> None:
    """UN ECE R100.03 Part II REESS report with one test not passed and 'Overall result: FAIL'."""
    date = D(2025, 6, 2)
    rid, model = "ELT/R100/2025/031", "WBM-P96-400"
    fact = st("UN ECE R100.03", model, report_id=rid, lab=LAB_EL, date=date, verdict="fail")
    path = C.add(WB, "badania/R100 REESS test report WBM-P96-400.pdf", "safety_test", "hw-r100-fail", [fact],
                 ["failed"])
    lk = Look("Sans", 9)
    tests = [("Vibration", "passed"), ("Thermal shock and cycling", "passed"), ("Mechanical shock", "passed"),
             ("Mechanical integrity", "passed"), ("Fire resistance", "not passed – sustained flame from module 7 "
                                                                     "vent > 3 min after removal of fuel pan; "
                                                                     "explosion: none"),
             ("External short circuit protection", "passed"), ("Overcharge protection", "passed"),
             ("Over-discharge protection", "passed"), ("Over-temperature protection", "passed"),
             ("Overcurrent protection", "passed"), ("Thermal propagation (documentation)", "reviewed")]
    s = [P("TEST REPORT", lk.h1), P("UN ECE Regulation No. 100, 03 series of amendments (R100.03) – Part II: "
                                    "Rechargeable Electrical Energy Storage System (REESS)", lk.center), SP(3),
         KV(lk, [("Report No.", rid), ("Date", de(date)), ("Technical service / laboratory", LAB_EL),
                 ("Manufacturer", "Wisła Battery Modules Sp. z o.o., Gliwice, Poland"),
                 ("REESS type", f"{model}, 350.4 V, 114 Ah, NMC 811, 96S1P")], widths=(55, 125)), SP(4),
         TBL(lk, [["Test", "Result"]] + [list(t) for t in tests], [70, 110]), SP(4),
         P("Overall result: FAIL", lk.h2),
         P("The REESS does not fulfil the requirements of Part II of UN R100.03 (fire resistance).", lk.body),
         SP(6), P("Piotr Nowak, Laboratory Manager", lk.body)]
    pdf(path, s, lk, running(header_right=rid, footer_right="{page}/{total}"))


def s17_wb_r136(C: Corpus) -> None:
    """UN ECE R136 L-category REESS report, label lines, 'Overall verdict: Pass'."""
    date = D(2026, 1, 28)
    rid, model = "ELT/R136/2026/007", "WBM-L72-40"
    fact = st("UN ECE R136", model, report_id=rid, lab=LAB_EL, date=date, verdict="pass")
    path = C.add(WB, "badania/ELT-R136-2026-007.pdf", "safety_test", "hw-r136-label-lines", [fact])
    lk = Look("Arial", 9.6)
    s = [P("Test report – UN Regulation No. 136 (REESS of L-category vehicles)", lk.h1l), SP(2)]
    for k, v in [("Report number", rid), ("Date of report", iso(date)), ("Laboratory", LAB_EL),
                 ("Applicant", "Wisła Battery Modules Sp. z o.o."), ("REESS model", model),
                 ("Description", "72 V, 40 Ah lithium ion battery for electric motorcycles"),
                 ("Regulation", "UN ECE R136, Part II (00 series)")]:
        s.append(M(f"<b>{esc(k)}:</b> {esc(v)}", lk.body))
    s += [SP(3), P("Tests: vibration, thermal shock and cycling, mechanical shock, mechanical integrity, fire "
                   "resistance, external short circuit, overcharge, over-discharge, over-temperature and overcurrent "
                   "protection — all requirements met.", lk.body), SP(2),
          P("Overall verdict: Pass", lk.h2), SP(4), P("Piotr Nowak, Laboratory Manager", lk.body)]
    pdf(path, s, lk, running(footer_right="page {page} of {total}"))


def s18_xh_ul2054_md(C: Corpus) -> None:
    """Markdown UL 2054 summary, 'Complies'."""
    date = D(2026, 4, 22)
    rid, model = "SGVGZ-UL-2604-0130", "XHT-2S1P-7.4"
    fact = st("UL 2054:2004", model, report_id=rid, lab=LAB_SG, date=date, verdict="pass")
    path = C.add(XH, "reports/UL2054 XHT-2S1P-7.4.md", "safety_test", "hw-md-ul2054", [fact])
    tests = ["Short-circuit", "Abnormal charging", "Abusive overcharge", "Forced-discharge", "Limited power source",
             "Battery pack component temperature", "Battery pack surface temperature", "Molded casing stress at "
             "elevated temperature", "Drop impact", "Crush", "Shock", "Vibration", "Heating", "Temperature cycling",
             "Projectile"]
    rows = "\n".join(f"| {t} | Complies |" for t in tests)
    text_file(path, f"""# Test Report Summary — UL 2054

**Standard:** UL 2054, Standard for Household and Commercial Batteries, 2nd Edition (2004, revised 2021)
**Report No.:** {rid}
**Issued:** {us_long(date)}
**Laboratory:** {LAB_SG}
**Applicant:** Dongguan Xinhengtai Battery Co., Ltd.
**Product / model:** Li-ion battery pack 7.4 V 2600 mAh (2S1P) — {model}

| Test | Result |
|---|---|
{rows}

**Conclusion:** The battery pack complies with UL 2054.

Approved: Chen Hao, Technical Manager
""")


def s19_xh_62133_pass(C: Corpus) -> None:
    """Cover table with 'Test result: PASS'."""
    date = D(2025, 8, 4)
    rid, model = "SGVGZ-CB-2508-0240", "XHT-PB20000"
    fact = st("IEC 62133-2:2017+A1:2021", model, report_id=rid, lab=LAB_SG, date=date, verdict="pass")
    path = C.add(XH, "reports/SGVGZ-CB-2508-0240.pdf", "safety_test", "hw-cover-pass", [fact])
    lk = Look("Arial", 9.2)
    s = [P(LAB_SG, lk.centerb), SP(4), P("TEST REPORT", lk.big),
         TBL(lk, [["Report No.", rid], ["Applicant", "Dongguan Xinhengtai Battery Co., Ltd."],
                  ["Product", "Power bank / lithium ion battery, 3.7 V, 20000 mAh"], ["Model", model],
                  ["Standard", "IEC 62133-2:2017+AMD1:2021"], ["Date of issue", dmy(date)],
                  ["Test result", "PASS"]], [45, 135], head=0, bold_first_col=True), SP(5),
         P("Tests on battery: 7.2.2 case stress – P; 7.3.2 external short circuit (battery) – P; 7.3.3 free fall – "
           "P; 7.3.6 overcharge of battery – P; 7.3.8 mechanical tests – P. Cell tests: see the cell CB report.",
           lk.body), SP(8),
         P("Liu Yang (Tested by)        Chen Hao (Approved by)", lk.body)]
    pdf(path, s, lk, running(footer_right="Page {page} of {total}"))


def s20_mb_ul2580(C: Corpus) -> None:
    """Prose conclusion, 'The product complies'."""
    date = D(2025, 9, 16)
    rid, model = "MPSL-2025-003318", "MBI-FL48-560"
    fact = st("UL 2580:2020", model, report_id=rid, lab=LAB_MP, date=date, verdict="pass")
    path = C.add(MB, "pruebas/UL2580 MBI-FL48-560 report.pdf", "safety_test", "hw-prose-complies", [fact])
    lk = Look("Serif", 10.2, pagesize=LETTER, margins=(25, 25, 25, 22))
    s = [P(LAB_MP, lk.h2), SP(3), P("Report of Test", lk.h1l),
         P(f"Report number {rid}, issued {us_long(date)}", lk.body), SP(2),
         P("Meridian Product Safety Laboratories evaluated the lithium ion traction battery model MBI-FL48-560 "
           "(51.2 V, 560 Ah, 28.7 kWh) submitted by Monterrey Baterías Industriales, S.A. de C.V., Escobedo, N.L., "
           "Mexico, to UL 2580, Standard for Batteries for Use in Electric Vehicles, Third Edition (2020), for use "
           "in industrial trucks.", lk.body),
         P("The electrical, mechanical and environmental tests of the standard, and the single cell failure design "
           "tolerance test, were performed between June 9 and August 29, 2025. No fire, explosion, rupture, "
           "electrolyte leakage or loss of protective function was observed.", lk.body),
         P("Conclusion: The product complies with the applicable requirements of UL 2580.", lk.body), SP(8),
         P("Andrea Kowalczyk, Senior Engineer", lk.body)]
    pdf(path, s, lk, running(footer_center="{page}", line=False))


SAFETY_DOCS = [s01_hz_trf, s02_hz_de_62619, s03_rn_did_not_comply, s04_rn_ul1642, s05_sd_ja_conforms,
               s06_hn_62660_data, s07_hn_ul1642_cover, s08_gc_trf_fail, s09_vp_ul2580, s10_vp_fr_62619,
               s11_cz_es_cumple, s12_nk_9540a_unit, s13_nk_62619_bullets, s14_lp_9540a_cell, s15_lp_9540a_module_docx,
               s16_wb_r100_fail, s17_wb_r136, s18_xh_ul2054_md, s19_xh_62133_pass, s20_mb_ul2580]


# ---------------------------------------------------------------------------------------------------------------
# Management-system certificates, register printouts and notices
# ---------------------------------------------------------------------------------------------------------------

CB_HZG = "Hanseatische Zertifizierungsgesellschaft mbH"
CB_ALP = "Alpen Cert GmbH"
CB_CZC = "China Zhongcheng Certification Center Co., Ltd."
CB_NKC = "Nippon Kikaku Certification Co., Ltd."
CB_KSR = "Korea Standards Registrar Co., Ltd."
CB_IQC = "Indus Quality Certification Pvt. Ltd."
CB_BAC = "Bureau Atlantique de Certification"
CB_BSA = "Britannia Standards Assurance Ltd."
CB_AIC = "Asociación Ibérica de Certificación"
CB_NVC = "Nordvik Certification AS"
CB_RRI = "Ridgeline Registrar Inc."
CB_PRC = "Polski Rejestr Certyfikacji Sp. z o.o."
CB_LNC = "Lingnan Certification Center Co., Ltd."
CB_CMS = "Certificadora Mexicana de Sistemas de Gestión, S.C."
CB_ICS = "Interlab Certification Services, S.A. de C.V."


def frame(c, page, total, look):
    """A certificate's double border."""
    w, h = look.pagesize
    c.setLineWidth(2)
    c.rect(10 * mm, 10 * mm, w - 20 * mm, h - 20 * mm)
    c.setLineWidth(0.5)
    c.rect(12 * mm, 12 * mm, w - 24 * mm, h - 24 * mm)


def c01_hz_9001_de(C: Corpus) -> None:
    issued, expires = D(2025, 4, 24), D(2028, 4, 23)
    num = "44 100 24 0871 HZG"
    fact = ce("ISO 9001:2015", num, "Hallstatt Zellwerk GmbH", CB_HZG, issued, expires)
    path = C.add(HZ, "Zertifikate/Zertifikat ISO 9001 2025.pdf", "certificate", "hw-de-guelting-bis", [fact])
    lk = Look("Serif", 11, margins=(25, 25, 28, 25))
    s = [P("ZERTIFIKAT", lk.big), SP(2),
         P(f"Die Zertifizierungsstelle der {CB_HZG}", lk.center), P("bescheinigt, dass das Unternehmen", lk.center),
         SP(2), P("Hallstatt Zellwerk GmbH", lk.centerb), P("Industriestraße 14\n38229 Salzgitter\nDeutschland",
                                                              lk.center), SP(3),
         P("für den Geltungsbereich", lk.center),
         P("Entwicklung, Herstellung und Vertrieb von Lithium-Ionen-Zellen für Fahrzeug- und Industrieanwendungen",
           lk.centerb), SP(3),
         P("ein Qualitätsmanagementsystem eingeführt hat und anwendet. Durch ein Audit, Bericht-Nr. 7021 4488, wurde "
           "der Nachweis erbracht, dass die Forderungen der", lk.center),
         P("ISO 9001:2015", lk.big),
         P("erfüllt sind.", lk.center), SP(6),
         KV(lk, [("Zertifikat-Registrier-Nr.", num), ("Erstzertifizierung", "2015"),
                 ("Ausstellungsdatum", de(issued)), ("Gültig bis", de(expires))], widths=(60, 70), grid=False),
         SP(10), P(f"Hamburg, {de(issued)}", lk.center), SP(6),
         P("Dipl.-Ing. Henrik Asmussen\nLeiter der Zertifizierungsstelle", lk.center), SP(6),
         P("Die Gültigkeit dieses Zertifikats ist an die erfolgreiche Durchführung jährlicher Überwachungsaudits "
           "gebunden. Akkreditiert durch die DAkkS nach DIN EN ISO/IEC 17021-1, D-ZM-16044-01-00.", lk.small)]
    pdf(path, s, lk, frame)


def c02_hz_iatf_flattened(C: Corpus) -> None:
    """IATF 16949 certificate whose date table is flattened to a label line and a value line (expiring)."""
    initial, issued, expires = D(2017, 1, 13), D(2024, 1, 10), D(2027, 1, 12)
    num = "AC-IATF-1712-03"
    fact = ce("IATF 16949:2016", num, "Hallstatt Zellwerk GmbH", CB_ALP, issued, expires)
    path = C.add(HZ, "Zertifikate/IATF16949_AC-IATF-1712-03.pdf", "certificate", "hw-flattened-dates", [fact],
                 ["initial_date_beside_issue"])
    lk = Look("Sans", 10, margins=(25, 25, 28, 25))
    s = [P(CB_ALP, lk.centerb), SP(6), P("CERTIFICATE", lk.big),
         P("IATF 16949:2016", lk.h1), SP(2),
         P("This is to certify that", lk.center), P("Hallstatt Zellwerk GmbH", lk.centerb),
         P("Industriestraße 14, 38229 Salzgitter, Germany", lk.center), SP(3),
         P("with the remote support location Hallstatt Zellwerk GmbH – Zentrale, Hansestraße 3, 38112 Braunschweig, "
           "Germany (purchasing, product design, sales)", lk.center), SP(3),
         P("has implemented and maintains a quality management system for the following scope:", lk.center),
         P("Manufacture of lithium ion cells (cylindrical and pouch) for automotive applications", lk.centerb), SP(3),
         P("The audit has verified that the management system fulfils the requirements of IATF 16949:2016. "
           "Product design is included.", lk.center), SP(8),
         P("Certificate No.: " + num + "      IATF Certificate No.: 0498765", lk.center), SP(4),
         P("Initial certification       Date of issue       Valid until", lk.center),
         P(f"{en_long0(initial)}       {en_long0(issued)}       {en_long0(expires)}", lk.center), SP(12),
         P("Munich, " + en_long0(issued), lk.center), P("Sabine Wörl, Managing Director", lk.center), SP(6),
         P("This certificate is valid only in conjunction with the IATF database entry. Validity is subject to "
           "successful surveillance audits.", lk.small)]
    pdf(path, s, lk, frame)


def c03_rn_9001_zh(C: Corpus) -> None:
    """Chinese-English certificate (DOCX), '有效期至'."""
    issued, expires = D(2025, 3, 18), D(2028, 3, 17)
    num = "03625Q21987R2M"
    fact = ce("ISO 9001:2015", num, "Jiangyin Ruineng New Energy Technology Co., Ltd.", CB_CZC, issued, expires)
    path = C.add(RN, "certificates/质量管理体系认证证书 ISO9001.docx", "certificate", "hw-zh-en-youxiaoqi", [fact])
    d = new_docx("SimSun", 11)
    docx_par(d, "中诚认证中心有限公司 / " + CB_CZC, bold=True, align="center")
    docx_par(d, "质量管理体系认证证书", bold=True, size=20, align="center")
    docx_par(d, "Quality Management System Certificate", bold=True, size=14, align="center")
    docx_par(d, f"证书编号 Certificate No.: {num}", align="center")
    docx_par(d, "兹证明 / This is to certify that", align="center")
    docx_par(d, "江阴瑞能新能源科技有限公司\nJiangyin Ruineng New Energy Technology Co., Ltd.", bold=True, align="center")
    docx_par(d, "注册地址 / Registered address: 江苏省江阴市临港街道港城大道188号 / No. 188 Gangcheng Avenue, Jiangyin, "
                "Jiangsu, P.R. China", align="center")
    docx_par(d, "质量管理体系符合 / has established a quality management system in conformity with", align="center")
    docx_par(d, "GB/T 19001-2016 / ISO 9001:2015", bold=True, size=14, align="center")
    docx_par(d, "认证范围 / Scope: 磷酸铁锂电芯的设计和生产 / Design and production of lithium iron phosphate cells",
             align="center")
    docx_table(d, [["发证日期 Issue date", f"{zh0(issued)} / {iso(issued)}"],
                   ["有效期至 Valid until", f"{zh0(expires)} / {iso(expires)}"],
                   ["初次认证日期 Initial certification", "2019年03月18日"]], bold_head=False, bold_first_col=True)
    docx_par(d, "本证书有效期内，获证组织须接受监督审核，证书信息可在国家认证认可监督管理委员会官方网站查询。/ The certificate "
                "is subject to surveillance audits and can be verified on the CNCA website.", size=8)
    docx_par(d, "总经理 General Manager: 孙立华 Sun Lihua", align="right")
    save_docx(d, path)


def c04_rn_14001_expired(C: Corpus) -> None:
    issued, expires = D(2023, 9, 1), D(2026, 8, 31)
    num = "03623E21044R1M"
    fact = ce("ISO 14001:2015", num, "Jiangyin Ruineng New Energy Technology Co., Ltd.", CB_CZC, issued, expires)
    path = C.add(RN, "certificates/EMS certificate 03623E21044R1M.pdf", "certificate", "hw-valid-until-en", [fact])
    lk = Look("Arial", 10.5, margins=(25, 25, 28, 25))
    s = [P(CB_CZC, lk.centerb), SP(8), P("ENVIRONMENTAL MANAGEMENT SYSTEM CERTIFICATE", lk.h1), SP(2),
         P(f"Certificate No.: {num}", lk.center), SP(4),
         P("This is to certify that the environmental management system of", lk.center),
         P("Jiangyin Ruineng New Energy Technology Co., Ltd.", lk.centerb),
         P("No. 188 Gangcheng Avenue, Jiangyin, Jiangsu, P.R. China", lk.center), SP(3),
         P("conforms to the standard", lk.center), P("GB/T 24001-2016 / ISO 14001:2015", lk.big),
         P("Scope: Design and production of lithium iron phosphate cells and related environmental management "
           "activities", lk.center), SP(8),
         KV(lk, [("Date of issue", en_long(issued)), ("Valid until", en_long(expires))], widths=(50, 70),
            grid=False), SP(14),
         P("Sun Lihua, General Manager", lk.center), SP(6),
         P("The validity of this certificate depends on annual surveillance audits. Verify at www.cnca.gov.cn.",
           lk.small)]
    pdf(path, s, lk, frame)


def c05_sd_9001_range(C: Corpus) -> None:
    """'This certificate is valid from ... until ...' with an issue date and an original certification date."""
    original, issued, start, expires = D(2009, 3, 12), D(2024, 9, 26), D(2024, 10, 1), D(2027, 9, 30)
    num = "NKC-QM-0734"
    fact = ce("ISO 9001:2015", num, "Shimotsuke Denchi K.K.", CB_NKC, issued, expires)
    path = C.add(SD, "certificates/ISO9001_NKC-QM-0734.pdf", "certificate", "hw-valid-from-until", [fact],
                 ["initial_date_beside_issue"])
    lk = Look("Serif", 11, margins=(25, 25, 28, 25))
    s = [P(CB_NKC, lk.centerb), SP(6), P("CERTIFICATE OF REGISTRATION", lk.big),
         P(f"Certificate Number {num}", lk.center), SP(6),
         P("This is to certify that the Quality Management System of", lk.center),
         P("Shimotsuke Denchi K.K.", lk.centerb),
         P("2-14-7 Minami-Oyama, Oyama-shi, Tochigi 323-0820, Japan", lk.center), SP(3),
         P("has been assessed and registered as meeting the requirements of", lk.center),
         P("ISO 9001:2015 (JIS Q 9001:2015)", lk.big),
         P("for the following activities: Design and manufacture of lithium ion and lithium primary cells", lk.center),
         SP(8),
         P(f"This certificate is valid from {en_long(start)} until {en_long(expires)}.", lk.center), SP(4),
         P(f"Original certification date: {en_long(original)}      Issue date: {en_long(issued)}", lk.center), SP(14),
         P("Taro Nishimura, President", lk.center)]
    pdf(path, s, lk, frame)


def c06_hn_iatf_docx(C: Corpus) -> None:
    issued, expires = D(2024, 11, 25), D(2027, 11, 24)
    num = "KSR-IATF-2411"
    fact = ce("IATF 16949:2016", num, "Hanul Cell Co., Ltd.", CB_KSR, issued, expires)
    path = C.add(HN, "certificates/IATF 16949 certificate Hanul Cell.docx", "certificate", "hw-kv-table-docx", [fact])
    d = new_docx("Arial", 10.5)
    docx_par(d, CB_KSR, bold=True, align="center")
    docx_par(d, "CERTIFICATE", bold=True, size=20, align="center")
    docx_par(d, "IATF 16949:2016", bold=True, size=14, align="center")
    docx_table(d, [
        ["Certified organization", "Hanul Cell Co., Ltd."],
        ["Address", "45 Sandan-ro, Ochang-eup, Cheongwon-gu, Cheongju-si, Chungcheongbuk-do, Republic of Korea"],
        ["Scope", "Manufacture of lithium ion cells for automotive applications (product design included)"],
        ["Certificate number", num],
        ["IATF certificate number", "0521337"],
        ["Date of issue", ko(issued)],
        ["Expiry date", ko(expires)],
    ], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    docx_par(d, "This certificate remains valid provided the organization continues to meet the IATF rules, 5th "
                "edition. Validity can be confirmed in the IATF database.", size=8)
    docx_par(d, "Seoul, " + ko(issued) + "    Choi Dong-hyun, Certification Director", align="right")
    save_docx(d, path)


def c07_hn_45001_suspended(C: Corpus) -> None:
    """Online register printout: status SUSPENDED beside a future expiry date."""
    issued, expires, since = D(2024, 7, 1), D(2027, 6, 30), D(2026, 9, 14)
    num = "KSR-OH-1907"
    fact = ce("ISO 45001:2018", num, "Hanul Cell Co., Ltd.", CB_KSR, issued, expires, status="suspended",
              status_since=since)
    path = C.add(HN, "certificates/KSR register printout OH-1907.md", "certificate", "hw-register-suspended", [fact],
                 ["register_printout"])
    text_file(path, f"""{CB_KSR} (KSR) — Certificate Directory — https://directory.ksr-cert.kr/search?q=KSR-OH-1907

## Search result (1 record)

| Field | Value |
|---|---|
| Certificate No. | {num} |
| Organization | Hanul Cell Co., Ltd. |
| Site(s) | 45 Sandan-ro, Ochang-eup, Cheongju (HQ and plant 1) |
| Standard | ISO 45001:2018 |
| Scope | Manufacture of lithium ion cells |
| Issue date | {iso(issued)} |
| Expiry date | {iso(expires)} |
| Certificate status | **SUSPENDED** (since {iso(since)}) |
| Reason | Surveillance audit not performed within the required period |

Certificates shown as suspended are temporarily invalid and may not be used for any claim of certification.

Printed 2026-11-10 09:14 KST by purchasing@buyer.example — page 1/1
""")


def c08_gc_9001_no_expiry(C: Corpus) -> None:
    """No expiry date at all: validity 'subject to satisfactory surveillance audits'."""
    initial, issued = D(2022, 5, 10), D(2025, 5, 10)
    num = "IQC/QMS/22/1184"
    fact = ce("ISO 9001:2015", num, "Ganga Cells Pvt. Ltd.", CB_IQC, issued, None)
    path = C.add(GC, "certificates/ISO 9001 Ganga Cells.pdf", "certificate", "hw-no-expiry", [fact],
                 ["no_expiry", "initial_date_beside_issue"])
    lk = Look("Serif", 11, margins=(25, 25, 28, 25))
    s = [P(CB_IQC, lk.centerb), P("(Accredited certification body)", lk.center), SP(6),
         P("CERTIFICATE OF REGISTRATION", lk.big), SP(2),
         P("This is to certify that the Quality Management System of", lk.center),
         P("Ganga Cells Pvt. Ltd.", lk.centerb),
         P("Plot 42, Sector 5, IMT Manesar, Gurugram 122051, Haryana, India", lk.center), SP(2),
         P("has been assessed and found to conform to the requirements of", lk.center),
         P("ISO 9001:2015", lk.big),
         P("Scope: Manufacture and supply of lithium ion cylindrical and prismatic cells", lk.center), SP(8),
         KV(lk, [("Certificate No.", num), ("Date of initial registration", dmy(initial)),
                 ("Date of issue", dmy(issued)),
                 ("Validity", "This certificate remains valid subject to satisfactory surveillance audits and "
                              "payment of annual fees."),
                 ("Next surveillance audit", "due before " + en_long0(D(2026, 5, 9)))], widths=(55, 105),
            grid=False), SP(12),
         P("Authorised signatory: Vikram Malhotra, Director – Certification", lk.center)]
    pdf(path, s, lk, frame)


def c09_vp_9001_fr(C: Corpus) -> None:
    """French certificate: 'Date de début de validité' and 'Date d'expiration'."""
    initial, start, expires = D(2010, 6, 22), D(2025, 3, 15), D(2028, 3, 14)
    num = "BAC-2025-QM-11872"
    fact = ce("ISO 9001:2015", num, "Voltaris Packs S.A.S.", CB_BAC, OMIT, expires)  # no issue date stated
    path = C.add(VP, "certificats/Certificat ISO 9001 Voltaris.pdf", "certificate", "hw-fr-date-expiration", [fact],
                 ["initial_date_beside_issue"])
    lk = Look("Serif", 11, margins=(25, 25, 28, 25))
    s = [P(CB_BAC, lk.centerb), SP(6), P("CERTIFICAT", lk.big), P(f"N° {num}", lk.center), SP(4),
         P(f"{CB_BAC} certifie que le système de management mis en place par :", lk.center),
         P("VOLTARIS PACKS S.A.S.", lk.centerb), P("27 avenue Jean Jaurès – 69007 Lyon – France", lk.center), SP(2),
         P("pour les activités suivantes :", lk.center),
         P("Conception, assemblage et essais de modules et de packs batteries lithium-ion", lk.centerb), SP(2),
         P("a été évalué et jugé conforme aux exigences requises par :", lk.center),
         P("ISO 9001:2015", lk.big), SP(6),
         KV(lk, [("Date de certification initiale", dmy(initial)), ("Date de début de validité", dmy(start)),
                 ("Date d'expiration", dmy(expires))], widths=(65, 45), grid=False), SP(12),
         P("Nantes, le " + fr_long(start), lk.center), P("Le Directeur Général, Olivier Kerjean", lk.center)]
    pdf(path, s, lk, frame)


def c10_vp_14001_annex(C: Corpus) -> None:
    """Two pages: the certificate (original registration, effective, latest revision and expiry dates) and a
    sites annex with its own header and footer."""
    original, effective, revised, expires = D(2019, 9, 1), D(2025, 9, 1), D(2025, 8, 22), D(2028, 8, 31)
    num = "EMS 781204"
    fact = ce("ISO 14001:2015", num, "Voltaris Packs S.A.S.", CB_BSA, OMIT, expires)
    path = C.add(VP, "certificats/EMS 781204 with annex.pdf", "certificate", "hw-multisite-annex", [fact],
                 ["multisite_annex"])
    lk = Look("Arial", 10, margins=(22, 22, 26, 24))
    s = [P(CB_BSA, lk.h2), SP(4), P("Certificate of Registration", lk.big),
         P("ENVIRONMENTAL MANAGEMENT SYSTEM – ISO 14001:2015", lk.h1), SP(3),
         P("This is to certify that:", lk.body),
         P("Voltaris Packs S.A.S.\n27 avenue Jean Jaurès\n69007 Lyon\nFrance", lk.h3),
         P("Holds Certificate Number: " + num, lk.h3),
         P("and operates an Environmental Management System which complies with the requirements of ISO 14001:2015 "
           "for the following scope:", lk.body),
         P("Design, assembly and testing of lithium ion battery modules and packs; storage and dispatch of finished "
           "batteries.", lk.body), SP(4),
         P("For and on behalf of " + CB_BSA + ":", lk.body), P("Graham Lister, Global Assurance Director", lk.body),
         SP(8),
         TBL(lk, [["Original Registration Date:", iso(original), "Effective Date:", iso(effective)],
                  ["Latest Revision Date:", iso(revised), "Expiry Date:", iso(expires)]], [45, 35, 35, 35], head=0,
             grid=False), SP(4),
         P("This certificate was issued electronically and remains the property of the certification body. It is "
           "bound by the conditions of contract. The sites listed in the annex are covered by this certificate.",
           lk.small),
         PageBreak(),
         P("Annex to Certificate Number " + num, lk.h2),
         P("Voltaris Packs S.A.S. – ISO 14001:2015", lk.body), SP(3),
         TBL(lk, [["Location", "Registered activities"],
                  ["Voltaris Packs S.A.S.\n27 avenue Jean Jaurès, 69007 Lyon, France",
                   "Head office: management, design, purchasing, sales"],
                  ["Voltaris Packs S.A.S. – Usine de Saint-Priest\n12 rue du Dauphiné, 69800 Saint-Priest, France",
                   "Assembly and end-of-line testing of battery modules and packs"],
                  ["Voltaris Packs S.A.S. – Plateforme logistique\nZA des Auréats, 26000 Valence, France",
                   "Storage and dispatch of lithium batteries (dangerous goods class 9)"]], [80, 86])]
    pdf(path, s, lk, running(header_right="Certificate No. " + num, footer_left="Certificate verification: "
                             "verify.britannia-sa.example", footer_right="Page {page} of {total}"))


def c11_cz_9001_es(C: Corpus) -> None:
    first, last, expires = D(2012, 10, 20), D(2024, 10, 5), D(2027, 10, 19)
    num = "ER-1187/2012"
    fact = ce("ISO 9001:2015", num, "Baterías Cierzo S.L.", CB_AIC, last, expires)
    path = C.add(CZ, "certificados/Certificado ER-1187-2012.pdf", "certificate", "hw-es-fecha-vencimiento", [fact],
                 ["initial_date_beside_issue"])
    lk = Look("Arial", 10.5, margins=(25, 25, 28, 25))
    s = [P("AICER – " + CB_AIC, lk.centerb), SP(6),
         P("CERTIFICADO DEL SISTEMA DE GESTIÓN DE LA CALIDAD", lk.h1), P(num, lk.big),
         P(f"{CB_AIC} certifica que la organización", lk.center),
         P("BATERÍAS CIERZO S.L.", lk.centerb),
         P("dispone de un sistema de gestión de la calidad conforme con la Norma ISO 9001:2015", lk.center), SP(2),
         P("para las actividades: Diseño, montaje y comercialización de baterías de iones de litio para movilidad "
           "eléctrica ligera.", lk.center),
         P("que se realizan en: Polígono Plaza, C/ Tarento 9, 50197 Zaragoza.", lk.center), SP(8),
         KV(lk, [("Fecha de primera emisión", dmy(first)), ("Fecha de última emisión", dmy(last)),
                 ("Fecha de vencimiento", dmy(expires))], widths=(60, 40), grid=False), SP(12),
         P("Javier Ruiz Olmedo, Director General de AICER", lk.center)]
    pdf(path, s, lk, frame)


def c12_cz_14001_expiring(C: Corpus) -> None:
    issued, expires = D(2023, 12, 19), D(2026, 12, 18)
    num = "GA-2017/0412"
    fact = ce("ISO 14001:2015", num, "Baterías Cierzo S.L.", CB_AIC, issued, expires)
    path = C.add(CZ, "certificados/ISO14001 Certificate GA-2017-0412 (EN).pdf", "certificate", "hw-expiry-date-en",
                 [fact])
    lk = Look("Sans", 10, margins=(25, 25, 28, 25))
    s = [P("AICER", lk.centerb), SP(6), P("ENVIRONMENTAL MANAGEMENT SYSTEM CERTIFICATE", lk.h1),
         P(num, lk.big), SP(2),
         P(f"{CB_AIC} (AICER) certifies that the organisation", lk.center), P("BATERÍAS CIERZO S.L.", lk.centerb),
         P("has an environmental management system in accordance with ISO 14001:2015 for the activities: design, "
           "assembly and sale of lithium ion batteries for light electric mobility, carried out at C/ Tarento 9, "
           "50197 Zaragoza, Spain.", lk.center), SP(8),
         P(f"Date of issue: {en_long(issued)}", lk.center),
         P(f"Certificate expiry date: {en_long(expires)}", lk.center), SP(12),
         P("Javier Ruiz Olmedo, General Manager", lk.center)]
    pdf(path, s, lk, frame)


def c13_nk_9001_expiry(C: Corpus) -> None:
    initial, issued, expires = D(2016, 5, 4), D(2025, 4, 28), D(2028, 5, 3)
    num = "C-712406-2025-AQ-SWE-SWEDAC"
    fact = ce("ISO 9001:2015", num, "Nordkap Energilagring AB", CB_NVC, issued, expires)
    path = C.add(NK, "Certificates/ISO 9001 Nordkap.pdf", "certificate", "hw-certificate-expiry-date", [fact],
                 ["initial_date_beside_issue"])
    lk = Look("Arial", 10, margins=(25, 25, 28, 25))
    s = [P("MANAGEMENT SYSTEM CERTIFICATE", lk.big),
         KV(lk, [("Certificate no.:", num), ("Initial certification date:", en_long0(initial)),
                 ("Certificate expiry date:", en_long0(expires))], widths=(55, 95), grid=False), SP(6),
         P("This is to certify that the management system of", lk.body),
         P("Nordkap Energilagring AB", lk.h2), P("Industrivägen 22, 931 36 Skellefteå, Sweden", lk.body), SP(2),
         P("has been found to conform to the Quality Management System standard:", lk.body),
         P("ISO 9001:2015", lk.h1l),
         P("This certificate is valid for the following scope: Design, assembly and commissioning of lithium ion "
           "battery energy storage systems and battery modules.", lk.body), SP(10),
         P(f"Place and date: Gothenburg, {en_long0(issued)}", lk.body),
         P(f"For the issuing office: {CB_NVC}, Lindholmspiren 9, 417 56 Gothenburg, Sweden", lk.body), SP(6),
         P("Ingrid Solberg, Management Representative", lk.body), SP(8),
         P("Lack of fulfilment of conditions as set out in the Certification Agreement may render this Certificate "
           "invalid. ACCREDITED UNIT: " + CB_NVC + ", Sweden.", lk.small)]
    pdf(path, s, lk, running(footer_center="Page {page} of {total}", line=False))


def c14_nk_iqnet(C: Corpus) -> None:
    """IQNet co-certificate beside the national one: 'Issued on' / 'Validity date'."""
    issued, expires = D(2025, 4, 28), D(2028, 5, 3)
    num = "C-712407-2025-AE-SWE-SWEDAC"
    fact = ce("ISO 14001:2015", num, "Nordkap Energilagring AB", OMIT, issued, expires)
    path = C.add(NK, "Certificates/IQNet ISO 14001 Nordkap.pdf", "certificate", "hw-iqnet-cocert", [fact],
                 ["iqnet"])
    lk = Look("Serif", 11, margins=(25, 25, 28, 25))
    s = [P("IQNet", lk.big), P("THE INTERNATIONAL CERTIFICATION NETWORK", lk.centerb), SP(6),
         P("CERTIFICATE", lk.big), SP(2),
         P(f"IQNet and {CB_NVC} hereby certify that the organization", lk.center),
         P("Nordkap Energilagring AB", lk.centerb), P("Industrivägen 22, 931 36 Skellefteå, Sweden", lk.center),
         SP(2), P("for the following scope", lk.center),
         P("Design, assembly and commissioning of lithium ion battery energy storage systems", lk.centerb), SP(2),
         P("has implemented and maintains an Environmental Management System which fulfils the requirements of the "
           "following standard", lk.center), P("ISO 14001:2015", lk.big), SP(6),
         P(f"Issued on: {iso(issued)}      Validity date: {iso(expires)}", lk.center),
         P(f"Registration Number: {num}", lk.center), SP(12),
         P("President of IQNet                    Ingrid Solberg, " + CB_NVC, lk.center), SP(6),
         P("IQNet partners*: AENOR Spain, AFNOR Certification France, CISQ Italy, CQC China, DQS Germany, "
           "JQA Japan, KFQ Korea, NSAI Ireland, SII Israel, SQS Switzerland and others. * The list of IQNet partners "
           "is valid at the time of issue of this certificate.", lk.small)]
    pdf(path, s, lk, frame)


def c15_lp_register_xlsx(C: Corpus) -> None:
    """A register export in a spreadsheet: status 'Active'."""
    original, issued, expires = D(2015, 7, 22), D(2024, 7, 22), D(2027, 7, 21)
    num = "RRI-Q-40917"
    fact = ce("ISO 9001:2015", num, "Lakeshore Power Systems, Inc.", CB_RRI, issued, expires)
    path = C.add(LP, "certs/RRI register export 2026-11.xlsx", "certificate", "hw-register-xlsx", [fact],
                 ["register_printout"])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Search results"
    ws.append([f"{CB_RRI} – Online Certificate Directory"])
    ws.append(["Query: Lakeshore Power Systems", "", "", "", "Exported: 2026-11-12 14:03 CST"])
    ws.append([])
    ws.append(["Certificate No.", "Client", "Standard", "Status", "Original Issue", "Current Issue", "Expiration",
               "Sites", "Scope"])
    ws.append([num, "Lakeshore Power Systems, Inc.", "ISO 9001:2015", "Active", original, issued, expires,
               "Sheboygan, WI (main); Manitowoc, WI (warehouse)",
               "Design, assembly and service of lithium ion energy storage systems"])
    for col in "EFG":
        ws[f"{col}5"].number_format = "yyyy-mm-dd"
    for col, w in zip("ABCDEFGHI", [16, 30, 16, 10, 14, 14, 14, 44, 60], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def c16_lp_50001_valid_thru(C: Corpus) -> None:
    issued, expires = D(2025, 3, 1), D(2028, 2, 28)
    num = "RRI-EN-2208"
    fact = ce("ISO 50001:2018", num, "Lakeshore Power Systems, Inc.", CB_RRI, issued, expires)
    path = C.add(LP, "certs/ISO 50001 RRI-EN-2208.pdf", "certificate", "hw-valid-thru", [fact])
    lk = Look("Sans", 10.5, pagesize=LETTER, margins=(25, 25, 28, 25))
    s = [P(CB_RRI, lk.centerb), SP(8), P("Certificate of Registration", lk.big), SP(2),
         P("Lakeshore Power Systems, Inc.", lk.centerb), P("1200 Harbor View Rd, Sheboygan, WI 53081, USA", lk.center),
         SP(3), P("is registered to", lk.center), P("ISO 50001:2018", lk.big),
         P("Energy Management Systems", lk.center), SP(3),
         P("Scope: Assembly and testing of lithium ion battery energy storage systems", lk.center), SP(8),
         P(f"Certificate No. {num}", lk.center), P(f"Issued: {us_long(issued)}", lk.center),
         P(f"Valid thru: {us_num(expires)}", lk.center), SP(14),
         P("Karen McAllister, President", lk.center)]
    pdf(path, s, lk, frame)


def c17_wb_iatf_next_recert(C: Corpus) -> None:
    """IATF certificate with a 'Next recertification audit' date beside the real validity."""
    issued, expires, decision = D(2024, 11, 30), D(2027, 11, 29), D(2024, 11, 22)
    num = "HZG-IATF-0457"
    fact = ce("IATF 16949:2016", num, "Wisła Battery Modules Sp. z o.o.", CB_HZG, issued, expires)
    path = C.add(WB, "certyfikaty/IATF 16949 Wisła BM.docx", "certificate", "hw-next-recert-distractor", [fact],
                 ["recertification_distractor"])
    d = new_docx("Arial", 10.5)
    docx_par(d, CB_HZG, bold=True, align="center")
    docx_par(d, "CERTIFICATE", bold=True, size=22, align="center")
    docx_par(d, "IATF 16949:2016", bold=True, size=14, align="center")
    docx_par(d, "This is to certify that", align="center")
    docx_par(d, "Wisła Battery Modules Sp. z o.o.\nul. Portowa 12, 44-100 Gliwice, Poland", bold=True, align="center")
    docx_par(d, "has established and applies a quality management system for automotive production for the scope: "
                "Manufacture of lithium ion battery modules and packs for electric vehicles.", align="center")
    docx_table(d, [["Certificate registration no.", num],
                   ["IATF certificate no.", "0534410"],
                   ["Date of certification decision", de(decision)],
                   ["Date of issue", de(issued)],
                   ["Certificate valid until", de(expires)],
                   ["Next recertification audit", "by 30.09.2027"]], bold_head=False, bold_first_col=True)
    docx_par(d, "")
    docx_par(d, f"Hamburg, {de(issued)}    Dipl.-Ing. Henrik Asmussen, Head of Certification Body", align="right")
    save_docx(d, path)


def c18_wb_14001_withdrawn(C: Corpus) -> None:
    """A certification body's letter withdrawing the certificate."""
    letter, since, expires = D(2026, 10, 3), D(2026, 10, 1), D(2027, 5, 19)
    num = "PRC-EMS-3381/2021"
    fact = ce("ISO 14001:2015", num, "Wisła Battery Modules Sp. z o.o.", CB_PRC, OMIT, expires, status="withdrawn",
              status_since=since)
    path = C.add(WB, "certyfikaty/PRC notice - withdrawal of certificate EMS-3381.pdf", "certificate",
                 "hw-withdrawal-notice", [fact], ["notice"])
    lk = Look("Serif", 10.8, margins=(25, 25, 25, 25))
    s = [P(CB_PRC, lk.h2), P("ul. Grzybowska 80, 00-844 Warszawa, Polska · certyfikacja@prc-cert.pl", lk.small),
         SP(8), P(f"Warszawa, {iso(letter)}", lk.right), SP(4),
         P("Wisła Battery Modules Sp. z o.o.\nul. Portowa 12\n44-100 Gliwice", lk.body), SP(6),
         P("NOTICE OF WITHDRAWAL OF CERTIFICATION", lk.h3), SP(2),
         P("Dear Sir or Madam,", lk.body),
         P(f"Following the failure to close the major nonconformities raised during the surveillance audit of "
           f"June 2026 within the agreed period, the Certification Committee has decided to withdraw your "
           f"certificate No. {num} (ISO 14001:2015, environmental management system) with effect from "
           f"{iso(since)}.", lk.body),
         P(f"The certificate, originally valid until {iso(expires)}, is no longer valid as of that date. You may no "
           "longer use the certificate or the certification mark in any communication, and we ask you to return "
           "the original certificate. The register entry has been updated to status \"withdrawn\".", lk.body),
         P("You may appeal this decision in writing within 30 days of receipt of this letter.", lk.body), SP(6),
         P("Yours faithfully,", lk.body), SP(6),
         P("Anna Zielińska\nHead of Certification", lk.body)]
    pdf(path, s, lk, running(footer_center="PRC · KRS 0000123456 · page {page}/{total}", line=False))


def c19_xh_9001_ocr_flat(C: Corpus) -> None:
    """OCR text of a bilingual certificate: the three dates flattened into one row after a row of labels."""
    initial, issued, expires = D(2016, 6, 20), D(2025, 6, 18), D(2028, 6, 17)
    num = "LNC-0519Q-2271"
    fact = ce("ISO 9001:2015", num, "Dongguan Xinhengtai Battery Co., Ltd.", CB_LNC, issued, expires)
    path = C.add(XH, "certificates/ISO9001证书_scan.txt", "certificate", "hw-ocr-flattened", [fact],
                 ["initial_date_beside_issue"])
    text_file(path, f"""岭南认证中心有限公司
LINGNAN CERTIFICATION CENTER CO., LTD.

            质量管理体系认证证书
   QUALITY MANAGEMENT SYSTEM CERTIFICATE

证书号 Certificate No.: {num}

兹证明 This is to certify that
东莞市鑫恒泰电池有限公司
Dongguan Xinhengtai Battery Co., Ltd.
广东省东莞市清溪镇科技东路8号 No. 8 Keji East Road, Qingxi Town, Dongguan, Guangdong, China

的质量管理体系符合 has established and applies a quality management system in line with
GB/T 19001-2016 idt ISO 9001:2015

认证范围 Scope: 锂离子电池组及移动电源的设计和生产
Design and production of lithium ion battery packs and power banks

首次认证日期 颁证日期 有效期至
Initial certification Issue date Expiry date
{iso(initial)} {iso(issued)} {iso(expires)}

本证书的有效性依据发证机构的定期监督获得保持。
The validity of this certificate is maintained through regular surveillance by the issuing body.

总经理 President: 黄振华 Huang Zhenhua
""")


def c20_mb_9001_vigencia(C: Corpus) -> None:
    """Spanish (Mexico): 'Vigencia: del ... al ...' and a separate 'Fecha de emisión'."""
    issued, start, expires = D(2025, 1, 10), D(2025, 1, 15), D(2028, 1, 14)
    num = "CMSG-SGC-0982"
    fact = ce("ISO 9001:2015", num, "Monterrey Baterías Industriales, S.A. de C.V.", CB_CMS, issued, expires)
    path = C.add(MB, "certificados/Certificado ISO 9001 CMSG-SGC-0982.pdf", "certificate", "hw-es-vigencia", [fact])
    lk = Look("Serif", 11, pagesize=LETTER, margins=(25, 25, 28, 25))
    s = [P(CB_CMS, lk.centerb), SP(6), P("CERTIFICADO", lk.big), P(f"No. {num}", lk.center), SP(4),
         P("Se certifica que el Sistema de Gestión de la Calidad de", lk.center),
         P("MONTERREY BATERÍAS INDUSTRIALES, S.A. DE C.V.", lk.centerb),
         P("Carretera a Laredo km 14.5, 66050 General Escobedo, Nuevo León, México", lk.center), SP(2),
         P("cumple con los requisitos de la norma", lk.center), P("ISO 9001:2015 / NMX-CC-9001-IMNC-2015", lk.big),
         P("Alcance: Diseño, ensamble y servicio de baterías de iones de litio para montacargas y vehículos de "
           "guiado automático.", lk.center), SP(8),
         P(f"Fecha de emisión: {es_long(issued)}", lk.center),
         P(f"Vigencia: del {es_long(start)} al {es_long(expires)}", lk.center), SP(12),
         P("Lic. Rodrigo Salinas Cantú, Director de Certificación", lk.center)]
    pdf(path, s, lk, frame)


def c21_mb_45001_intertek_style(C: Corpus) -> None:
    initial, decision, issued, expires = D(2019, 3, 10), D(2025, 3, 5), D(2025, 3, 10), D(2028, 3, 9)
    num = "0147852"
    fact = ce("ISO 45001:2018", num, "Monterrey Baterías Industriales, S.A. de C.V.", CB_ICS, issued, expires)
    path = C.add(MB, "certificados/OHSMS certificate 0147852.pdf", "certificate", "hw-four-dates", [fact],
                 ["initial_date_beside_issue"])
    lk = Look("Arial", 10.5, pagesize=LETTER, margins=(25, 25, 28, 25))
    s = [P("Certificate of Registration", lk.big), SP(4),
         P("This is to certify that the management system of", lk.center),
         P("Monterrey Baterías Industriales, S.A. de C.V.", lk.centerb),
         P("Carretera a Laredo km 14.5, 66050 General Escobedo, N.L., Mexico", lk.center), SP(2),
         P(f"has been registered by {CB_ICS} as conforming to the requirements of", lk.center),
         P("ISO 45001:2018", lk.big),
         P("The management system is applicable to: Assembly and service of lithium ion traction batteries.",
           lk.center), SP(8),
         KV(lk, [("Certificate Number:", num), ("Initial Certification Date:", us_long(initial)),
                 ("Date of Certification Decision:", us_long(decision)), ("Issuing Date:", us_long(issued)),
                 ("Valid Until:", us_long(expires))], widths=(65, 60), grid=False), SP(12),
         P("Patricia Elizondo, President, Business Assurance", lk.center)]
    pdf(path, s, lk, frame)


CERT_DOCS = [c01_hz_9001_de, c02_hz_iatf_flattened, c03_rn_9001_zh, c04_rn_14001_expired, c05_sd_9001_range,
             c06_hn_iatf_docx, c07_hn_45001_suspended, c08_gc_9001_no_expiry, c09_vp_9001_fr, c10_vp_14001_annex,
             c11_cz_9001_es, c12_cz_14001_expiring, c13_nk_9001_expiry, c14_nk_iqnet, c15_lp_register_xlsx,
             c16_lp_50001_valid_thru, c17_wb_iatf_next_recert, c18_wb_14001_withdrawn, c19_xh_9001_ocr_flat,
             c20_mb_9001_vigencia, c21_mb_45001_intertek_style]


# ---------------------------------------------------------------------------------------------------------------
# Documents that are not governance evidence (they mention certificates and tests, but state none)
# ---------------------------------------------------------------------------------------------------------------

def n01_xh_invoice(C: Corpus) -> None:
    path = C.add(XH, "shipping/Commercial Invoice XHT-INV-2026-0387.pdf", "noise", "hw-invoice", [])
    lk = Look("Arial", 9)
    items = [["1", "XHT-PB20000", "Power bank 20000 mAh, black", "1,200", "8.90", "10,680.00"],
             ["2", "XHT-2S1P-7.4", "Li-ion battery pack 7.4 V 2600 mAh", "3,000", "3.15", "9,450.00"],
             ["3", "XHT-CBL-C1", "USB-C cable 1 m (no battery)", "1,200", "0.42", "504.00"]]
    s = [P("Dongguan Xinhengtai Battery Co., Ltd.", lk.h2),
         P("No. 8 Keji East Road, Qingxi Town, Dongguan, Guangdong, China · Tel +86 769 8788 6600", lk.small), SP(4),
         P("COMMERCIAL INVOICE", lk.h1),
         KV(lk, [("Invoice No.", "XHT-INV-2026-0387"), ("Invoice date", "2026-09-14"),
                 ("Buyer", "Northwind Devices GmbH, Lagerstraße 5, 28197 Bremen, Germany"),
                 ("Terms", "FOB Shenzhen, T/T 30 days"), ("Shipment", "Sea freight, ETD 2026-09-20"),
                 ("PO", "NWD-PO-558812")], widths=(35, 145)), SP(4),
         TBL(lk, [["No.", "Item", "Description", "Qty", "Unit price (USD)", "Amount (USD)"]] + items,
             [10, 30, 70, 20, 25, 25]), SP(2),
         P("Total: USD 20,634.00", lk.right), SP(4),
         P("Dangerous goods: UN3480 lithium ion batteries, class 9, packed per IMDG Code. Batteries tested according "
           "to the UN Manual of Tests and Criteria, Part III, 38.3; test summaries available on request.", lk.small),
         P("Bank: Bank of Dongguan, Qingxi Branch · SWIFT DGCBCN2D · A/C 5800 1234 5678 9012", lk.small)]
    pdf(path, s, lk, running(footer_right="Page {page} of {total}"))


def n02_cz_packing_list(C: Corpus) -> None:
    path = C.add(CZ, "logística/Packing list PL-2026-0917.xlsx", "noise", "hw-packing-list-xlsx", [])
    wb = new_xlsx()
    ws = wb.active
    ws.title = "Packing list"
    rows = [["PACKING LIST", "", "", "", "", ""],
            ["Shipper: Baterías Cierzo S.L., C/ Tarento 9, 50197 Zaragoza, Spain", "", "", "", "", ""],
            ["Packing list no.: PL-2026-0917", "", "", "Date: 17/09/2026", "", ""],
            ["Consignee: Velo Nord BV, Havenweg 41, 3542 AB Utrecht, Netherlands", "", "", "", "", ""],
            [],
            ["Carton", "Model", "Description", "Qty", "Net kg", "Gross kg"],
            ["1-40", "CZ-EB36-14", "E-bike battery 36 V 14 Ah (504 Wh)", 40, 128.0, 151.2],
            ["41-70", "CZ-EB48-17", "E-bike battery 48 V 17.5 Ah (840 Wh)", 30, 138.0, 160.5],
            [],
            ["Total", "", "", 70, 266.0, 311.7],
            [],
            ["UN 3480, Lithium ion batteries, class 9, PG II – ADR 2025, special provision 188 not applicable", "", "",
             "", "", ""],
            ["UN 38.3 test summary available on request.", "", "", "", "", ""],
            ["Marks: VELO NORD / UTRECHT / C/NO. 1-70", "", "", "", "", ""]]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCDEF", [14, 14, 40, 8, 10, 10], strict=True):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, path)


def n03_rn_coa(C: Corpus) -> None:
    path = C.add(RN, "quality/CoA RN-26650-32 lot 2609A.pdf", "noise", "hw-coa", [])
    lk = Look("Sans", 9)
    s = [P("Jiangyin Ruineng New Energy Technology Co., Ltd.", lk.h2), SP(2),
         P("CERTIFICATE OF ANALYSIS", lk.h1),
         KV(lk, [("Product", "LiFePO4 cylindrical cell RN-26650-32"), ("Lot no.", "2609A"),
                 ("Quantity", "24,000 pcs"), ("Date of manufacture", "2026-09-03"), ("Date of inspection", "2026-09-08"),
                 ("Shelf life / retest date", "2027-09-02 (storage at 25 °C, 30–50 % SOC)")], widths=(50, 130)), SP(4),
         TBL(lk, [["Item", "Specification", "Result (mean)", "Judgement"],
                  ["Open-circuit voltage", "3.25 – 3.30 V", "3.282 V", "OK"],
                  ["AC internal resistance (1 kHz)", "≤ 8.0 mΩ", "6.4 mΩ", "OK"],
                  ["Capacity (0.5 C)", "≥ 3200 mAh", "3291 mAh", "OK"],
                  ["Weight", "86.0 ± 2.0 g", "85.8 g", "OK"],
                  ["Appearance", "No dents, no leakage", "Conforms", "OK"]], [55, 45, 40, 40]), SP(4),
         P("Conclusion: the lot conforms to specification RN-SPEC-26650-32 rev. C.", lk.body), SP(6),
         P("QC Inspector: Gu Yan        QA Manager: Zhou Jing", lk.body)]
    pdf(path, s, lk, None)


def n04_nk_meeting_notes(C: Corpus) -> None:
    path = C.add(NK, "Meetings/2026-10-06 supplier review notes.docx", "noise", "hw-meeting-notes", [])
    d = new_docx("Calibri", 10.5)
    docx_par(d, "Supplier review – Nordkap Energilagring AB", bold=True, size=14)
    docx_par(d, "Date: 6 October 2026 · Teams call · Participants: J. Berg (Nordkap QA), S. Holm (NBTC), "
                "M. Keller (buyer), R. Ahmed (buyer SQE)")
    for line in ["1. Certificates: Nordkap confirmed that the ISO 9001 and ISO 14001 certificates were renewed in "
                 "April 2025; copies were uploaded to the portal. ISO 45001 audit planned for Q1 2027.",
                 "2. UN 38.3: the summary for NK-M26-100 will be re-issued by NBTC with the report date and the mass "
                 "filled in; target end of October.",
                 "3. UL 9540A: unit level test of the NK-ESS-215 cabinet completed in April; report shared. Buyer to "
                 "check the data against the site fire-protection concept.",
                 "4. IEC 62619 module report accepted by SQE.",
                 "Actions: J. Berg – send re-issued UN 38.3 summary; R. Ahmed – review UL 9540A data by 30 Oct."]:
        docx_par(d, line)
    save_docx(d, path)


def n05_lp_call_notes(C: Corpus) -> None:
    path = C.add(LP, "correspondence/call notes 2026-08-19.txt", "noise", "hw-call-notes", [])
    text_file(path, """Call with Lakeshore Power Systems - 19 Aug 2026
Attendees: T. Brandt (Lakeshore compliance), K. Osei (buyer), L. Chen (SQE)

- Lakeshore says ISO 9001 surveillance audit by Ridgeline passed in July, certificate unchanged.
- ISO 50001 certificate: valid, no change. They are asking whether we need ISO 14001 (answer: yes, by 2027).
- UN 38.3 summaries for LPS-M16-280 and LPS-R48-100 are on file; the cell-level summary NSL-UN38-24-3301 is
  referenced by both - Lakeshore to send it.
- UL 9540A: cell and module level reports on file, unit level test planned for Q2 2027.
- Next call: October.
""")


NOISE_DOCS = [n01_xh_invoice, n02_cz_packing_list, n03_rn_coa, n04_nk_meeting_notes, n05_lp_call_notes]


# ---------------------------------------------------------------------------------------------------------------
# Truth: documents and, per supplier, the problems a correct assessment finds
# ---------------------------------------------------------------------------------------------------------------

def _base_standard(std: str) -> str:
    m = re.match(r"(ISO|IATF|IEC|UL)\s*([0-9]{3,5}(?:-[0-9]+)?)", std)
    return f"{m.group(1)} {m.group(2)}" if m else std


def _problems(doc: dict) -> list[dict]:
    sup: Sup = doc["_sup"]
    path, flags = doc["path"], doc["flags"]
    out: list[dict] = []

    def add(kind: str, blocking: bool, statuses: list[str], detail: str) -> None:
        out.append({"kind": kind, "source": path, "blocking": blocking, "statuses": statuses, "cite": True,
                    "detail": detail})

    for f in doc["facts"]:
        if doc["kind"] == "transport_test":
            if "failed" in flags and any(v == "fail" for v in f["results"].values()):
                bad = [t for t, v in f["results"].items() if v == "fail"]
                add("failed_transport_test", True, ["failed"], f"UN 38.3 {f['model']}: {', '.join(bad)} failed")
            if "incomplete" in flags and f["missing_elements"]:
                add("incomplete_transport_test", True, ["incomplete"],
                    f"UN 38.3 {f['model']}: missing {', '.join(f['missing_elements'])}")
        elif doc["kind"] == "safety_test":
            if f["verdict"] == "fail":
                add("failed_safety_test", sup.segment == "cell_manufacturer", ["failed"],
                    f"{f['standard']} {f['model']}: fail")
        elif doc["kind"] == "certificate":
            std = f["standard"]
            base = _base_standard(std)
            required = base in REQUIRED_CERTS or (base == "IATF 16949" and sup.automotive)
            if f.get("status") in ("suspended", "withdrawn"):
                add(f"{f['status']}_certificate", required, [f["status"], "expired", "unknown"],
                    f"{std} {f['number']} {f['status']} since {f['status_since']}")
            elif "expired" in flags:
                add("expired_certificate", required, ["expired"], f"{std} expired {f['expires']}")
            elif "no_expiry" in flags:
                add("certificate_without_expiry", required, ["unknown"], f"{std}: no expiry date stated")
            elif "expiring" in flags:
                add("expiring_certificate", False, ["expiring"], f"{std} expires {f['expires']}")
        elif doc["kind"] == "minerals":
            what = f"{f['template']} of {f['effective'] or 'no date'}"
            for flag, kind, statuses, detail in MINERALS_PROBLEMS:
                if flag in flags:
                    add(kind, False, statuses, f"{what}: {detail.format(cahra=', '.join(f['cahra_minerals']))}")
        elif doc["kind"] == "profile" and f.get("code_of_conduct_signed") is False:
            add("code_of_conduct_unsigned", True, ["gap", "missing"], "Supplier Code of Conduct not signed")
    return out


# a minerals declaration's flag -> the problem a correct assessment finds (none of them blocks release on its own)
MINERALS_PROBLEMS = [
    ("cahra", "cahra_minerals", ["risk"], "sourced from conflict-affected and high-risk areas ({cahra})"),
    ("artisanal", "artisanal_mining", ["risk"], "artisanal and small-scale mining in the supply chain"),
    ("smelter_not_rmap", "smelter_not_rmap", ["risk"], "a smelter or processor not RMAP conformant or not listed"),
    ("minerals_gap", "minerals_gap", ["gap", "risk"], "not all smelters or processors identified"),
]


def build(out: Path, *, documents: Sequence | None = None, suppliers: Sequence[Sup] | None = None,
          generator: str = GENERATOR, seed: int = SEED) -> dict:
    """Write a corpus and its truth: this module's documents by default, or another hand-written corpus's
    (`documents`: functions that each add documents to a Corpus; `suppliers`: the companies they belong to)."""
    from evals.styles.truth import dump, validate_fact

    documents = UN_DOCS + SAFETY_DOCS + CERT_DOCS + NOISE_DOCS if documents is None else documents
    companies = SUPPLIERS if suppliers is None else suppliers

    out = Path(out)
    if out.exists():
        if any(out.iterdir()) and not (out / "truth.json").exists():
            raise SystemExit(f"{out} exists, is not empty and holds no truth.json: refusing to overwrite it")
        shutil.rmtree(out)
    out.mkdir(parents=True)
    C = Corpus(out)
    for fn in documents:
        fn(C)
    docs = sorted(C.docs, key=lambda d: d["path"])
    for d in docs:
        for f in d["facts"]:
            validate_fact(f, d["path"], d["supplier"])
        assert (out / d["path"]).exists(), d["path"]
    rows = []
    for sup in companies:
        mine = [d for d in docs if d["_sup"] is sup]
        problems = [p for d in mine for p in _problems(d)]
        rows.append({"name": sup.name, "legal_name": sup.legal_name, "segment": sup.segment,
                     "country": sup.country, "automotive": sup.automotive, "group": sup.group,
                     "complete": False, "documents": [d["path"] for d in mine],
                     # no supplier sends a profile, so the product cannot know the segment and the policy
                     # decides no release (see evals/styles/plan.py: no profile -> None)
                     "expected_release": None,
                     "blocking": any(p["blocking"] for p in problems), "problems": problems})
    truth = {"generator": generator, "version": VERSION, "seed": seed, "split": SPLIT, "as_of": AS_OF.isoformat(),
             "suppliers": rows,
             "documents": [{k: v for k, v in d.items() if k != "_sup"} for d in docs]}
    dump(truth, out / "truth.json")
    (out / ".govignore").write_text("truth.json\n", encoding="utf-8")
    return truth


def summary(truth: dict) -> str:
    """What a built corpus holds: documents, facts and problems by kind, and its suppliers."""
    def listed(counts: Counter[str]) -> str:
        return ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items()))

    kinds = Counter(d["kind"] for d in truth["documents"])
    facts = Counter(f["kind"] for d in truth["documents"] for f in d["facts"])
    problems = Counter(p["kind"] for s in truth["suppliers"] for p in s["problems"])
    return (f"{len(truth['documents'])} documents ({listed(kinds)}), facts ({listed(facts)}), "
            f"problems ({listed(problems)}), {len(truth['suppliers'])} suppliers")


def run(argv: list[str] | None, module: str, build_corpus: Callable[[Path], dict]) -> int:
    """A corpus builder's command line: `python -m evals.handwritten.<module> OUT_DIR`."""
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print(f"usage: python -m evals.handwritten.{module} OUT_DIR", file=sys.stderr)
        return 2
    print(f"{summary(build_corpus(Path(argv[0])))} -> {argv[0]}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(argv, "build_tests", build)


if __name__ == "__main__":
    sys.exit(main())

"""RMI EMRT 2.1 and CMRT 6.5 declarations: copies of the real blank templates with answers written into
their cells (layout in /work/shared/domain/facts.md).

openpyxl takes about three seconds to load and save one of these 1.5 MB workbooks, so the copy is made
at the zip level instead: every member of the template is copied byte for byte (its compressed data
included), and only the sheets that receive answers are rewritten, their cells set in the XML. The
result is the template itself with typed-in answers, as a person filling it in Excel would leave it
(formula caches aside, which the workbook recalculates on opening).
"""

from __future__ import annotations

import datetime as dt
import re
import struct
import zlib
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from evals.styles.kinds.common import GenDoc, safe_name
from evals.styles.vocab import Ctx, Held, fmt_date, person

REAL = Path(__file__).resolve().parents[4] / "shared" / "real"
EMRT_PATH = REAL / "RMI_EMRT_2.1.xlsx"
CMRT_PATH = REAL / "RMI_CMRT_6.5.xlsx"

STYLES = ["emrt-en", "emrt-zh", "emrt-de", "emrt-fr", "emrt-date-text", "emrt-delete-markers", "emrt-asm-minelist",
          "emrt-smelter-comments", "cmrt-en", "cmrt-zh"]

EMRT_MINERALS = ["cobalt", "copper", "graphite", "lithium", "mica", "nickel"]  # alphabetical, as the blocks run
EMRT_SCOPE_CELLS = {"cobalt": "D12", "copper": "E12", "graphite": "G12", "lithium": "D13", "mica": "E13",
                    "nickel": "G13"}
EMRT_Q_ROWS = {1: 30, 2: 42, 3: 54, 4: 66, 5: 78, 6: 90, 7: 102}
EMRT_COMPANY = {"A": 115, "B": 117, "D": 131, "E": 133, "F": 135, "G": 137}
CMRT_MINERALS = ["tantalum", "tin", "gold", "tungsten"]  # the template's row order
CMRT_Q_ROWS = {1: 26, 2: 32, 3: 38, 4: 44, 5: 50, 6: 56, 7: 62, 8: 68}
CMRT_COMPANY = {"A": 75, "B": 77, "C": 79, "D": 81, "E": 83, "F": 85, "G": 87, "H": 89}
# Yes / No / Unknown in the languages of each template's hidden `L` sheet.
ANSWERS = {
    "EMRT": {"en": ("Yes", "No", "Unknown"), "zh": ("是", "否", "不知道"), "de": ("Ja", "Nein", "Nicht bekannt"),
             "fr": ("Oui", "No", "Ne sais pas")},
    "CMRT": {"en": ("Yes", "No", "Unknown"), "zh": ("是", "否", "未知"), "fr": ("Oui", "No", "Inconnu")},
}
SMELTERS = {
    "cobalt": [("Lualaba Cobalt Refinery SARL", "Democratic Republic of the Congo"), ("Jiangxi Hengyuan Cobalt Co., "
               "Ltd.", "China"), ("Kokkola Cobalt Works Oy", "Finland")],
    "copper": [("Andes Cathode Copper S.A.", "Chile"), ("Zambezi Copper Smelting plc", "Zambia")],
    "graphite": [("Heilong Spherical Graphite Co., Ltd.", "China"), ("Balama Graphite Processing Lda", "Mozambique")],
    "lithium": [("Pilbara Lithium Hydroxide Pty Ltd", "Australia"), ("Salar Refinería de Litio S.A.", "Chile"),
                ("Sichuan Tianyuan Lithium Co., Ltd.", "China")],
    "mica": [("Koderma Mica Processing Pvt. Ltd.", "India")],
    "nickel": [("Morowali Nickel Matte PT", "Indonesia"), ("Harjavalta Nickel Refinery Oy", "Finland")],
    "tantalum": [("Ulba Tantalum Works JSC", "Kazakhstan"), ("Ningxia Tantalum Co., Ltd.", "China")],
    "tin": [("Bangka Tin Smelter PT", "Indonesia"), ("Malaysia Tin Smelting Bhd", "Malaysia"),
            ("Shan State Tin Smelter", "Myanmar")],
    "gold": [("Helvetia Precious Metals Refinery S.A.", "Switzerland"), ("Andean Gold Refinery S.A.C.", "Peru")],
    "tungsten": [("Ganzhou Tungsten Smelting Co., Ltd.", "China"), ("Wolfram Bergbau Hütten GmbH", "Austria")],
}
MINES = {"cobalt": [("Kasulo artisanal site", "Democratic Republic of the Congo"), ("Mutanda mine",
                    "Democratic Republic of the Congo")], "tin": [("Man Maw artisanal tin site", "Myanmar")],
         "tantalum": [("Rubaya artisanal coltan site", "Democratic Republic of the Congo")],
         "copper": [("Kamoto mine", "Democratic Republic of the Congo")]}
ASM_WORDS = ["includes artisanal and small-scale mining (ASM) feed",
             "part of the feed comes from artisanal mines (ASM)", "ASM cooperative material, formalised site",
             Held("hand-mined material from a cooperative")]

_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_DOS_TIME, _DOS_DATE = 0, (2026 - 1980) << 9 | 1 << 5 | 1


class Template:
    """A blank RMI workbook held in memory: raw member data for copying, XML for the sheets we fill."""

    def __init__(self, path: Path) -> None:
        import zipfile

        self.path = path
        self.members: list[tuple[str, int, int, int, int, bytes]] = []  # name, method, crc, usize, csize, raw
        with zipfile.ZipFile(path) as z, path.open("rb") as fh:
            for info in z.infolist():
                fh.seek(info.header_offset)
                head = fh.read(30)
                n, m = struct.unpack("<2H", head[26:30])
                fh.seek(info.header_offset + 30 + n + m)
                raw = fh.read(info.compress_size)
                self.members.append((info.filename, info.compress_type, info.CRC, info.file_size,
                                     info.compress_size, raw))
            self.sheets = {name: z.read(name).decode("utf-8") for name in z.namelist()
                           if name.startswith("xl/worksheets/sheet") or name == "xl/workbook.xml"}
            rels = z.read("xl/_rels/workbook.xml.rels").decode()
            wb = self.sheets["xl/workbook.xml"]
        target = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
        target.update({k: v for v, k in re.findall(r'Target="([^"]+)"[^>]*Id="(rId\d+)"', rels)})
        self.sheet_file = {name: "xl/" + target[rid] for name, rid in
                           re.findall(r'<sheet name="([^"]+)" sheetId="\d+"(?: state="\w+")? r:id="(rId\d+)"', wb)}

    def write(self, out: Path, cells: dict[str, dict[str, object]]) -> None:
        """Write a copy with `cells` ({sheet name: {"D8": value}}) set."""
        changed = {self.sheet_file[sheet]: set_cells(self.sheets[self.sheet_file[sheet]], values)
                   for sheet, values in cells.items()}
        # recalculate formulas when the workbook is opened: their caches still hold the blank's values
        changed["xl/workbook.xml"] = self.sheets["xl/workbook.xml"].replace(
            '<calcPr calcId="191029" concurrentCalc="0"/>', '<calcPr calcId="191029" concurrentCalc="0" '
            'fullCalcOnLoad="1"/>')
        parts, central, offset = [], [], 0
        for name, method, crc, usize, csize, raw in self.members:
            if name in changed:
                data = changed[name].encode("utf-8")
                comp = zlib.compressobj(6, zlib.DEFLATED, -15)
                raw = comp.compress(data) + comp.flush()
                method, crc, usize, csize = 8, zlib.crc32(data), len(data), len(raw)
            bname = name.encode("utf-8")
            head = _LOCAL.pack(b"PK\x03\x04", 20, 0, 0, method, _DOS_TIME, _DOS_DATE, crc, csize, usize, len(bname), 0)
            parts += [head, bname, raw]
            central.append(_CENTRAL.pack(b"PK\x01\x02", 20, 0, 20, 0, 0, method, _DOS_TIME, _DOS_DATE, crc, csize,
                                         usize, len(bname), 0, 0, 0, 0, 0o600 << 16, offset) + bname)
            offset += len(head) + len(bname) + len(raw)
        cd = b"".join(central)
        end = _END.pack(b"PK\x05\x06", 0, 0, len(central), len(central), len(cd), offset, 0)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(b"".join(parts) + cd + end)


@lru_cache(maxsize=2)
def template(kind: str) -> Template:
    return Template(EMRT_PATH if kind == "EMRT" else CMRT_PATH)


def _col_index(col: str) -> int:
    n = 0
    for ch in col:
        n = n * 26 + ord(ch) - 64
    return n


def _cell_xml(ref: str, style: str | None, value: object) -> str:
    s = f' s="{style}"' if style else ""
    if value is None or value == "":
        return f'<c r="{ref}"{s}/>'
    if isinstance(value, dt.date):
        return f'<c r="{ref}"{s}><v>{(value - dt.date(1899, 12, 30)).days}</v></c>'
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f'<c r="{ref}"{s}><v>{value}</v></c>'
    return f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{escape(str(value))}</t></is></c>'


_CELL = re.compile(r'<c r="([A-Z]+)(\d+)"([^>]*?)(?:/>|>.*?</c>)', re.S)


def set_cells(xml: str, values: dict[str, object]) -> str:
    by_row: dict[int, dict[str, object]] = {}
    for ref, v in values.items():
        m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
        assert m, ref
        by_row.setdefault(int(m.group(2)), {})[m.group(1)] = v
    for row, cols in sorted(by_row.items()):
        start = xml.find(f'<row r="{row}"')
        if start < 0:  # a row the template does not have: insert it in order
            after = [int(r) for r in re.findall(r'<row r="(\d+)"', xml) if int(r) > row]
            at = xml.find(f'<row r="{after[0]}"') if after else xml.find("</sheetData>")
            cells = "".join(_cell_xml(f"{c}{row}", None, v) for c, v in sorted(cols.items(),
                            key=lambda kv: _col_index(kv[0])))
            xml = xml[:at] + f'<row r="{row}">{cells}</row>' + xml[at:]
            continue
        open_end = xml.find(">", start)
        if xml[open_end - 1] == "/":  # an empty self-closing row
            body_start, end = open_end + 1, open_end + 1
            xml = xml[:open_end - 1] + ">" + "</row>" + xml[open_end + 1:]
            body_start, end = open_end, open_end
        else:
            body_start, end = open_end + 1, xml.find("</row>", open_end)
        body = xml[body_start:end]
        for col, v in cols.items():
            ref = f"{col}{row}"
            found = None
            for m in _CELL.finditer(body):
                if m.group(1) == col:
                    found = m
                    break
            if found:
                style = re.search(r' s="(\d+)"', found.group(3))
                new = _cell_xml(ref, style.group(1) if style else None, v)
                body = body[:found.start()] + new + body[found.end():]
            else:
                pos = len(body)
                for m in _CELL.finditer(body):
                    if _col_index(m.group(1)) > _col_index(col):
                        pos = m.start()
                        break
                body = body[:pos] + _cell_xml(ref, None, v) + body[pos:]
        xml = xml[:body_start] + body + xml[end:]
    return xml


def minerals(ctx: Ctx, sup, template_kind: str, *, cahra: bool = False, asm: bool = False,
             not_rmap: bool = False, gap: bool = False) -> GenDoc:
    """One declaration. The supplier's materials decide the minerals in scope; `cahra`, `asm`, `not_rmap` and
    `gap` put the corresponding risk into the answers."""
    emrt = template_kind == "EMRT"
    if emrt and asm and ctx.chance(0.5):
        style = "emrt-asm-minelist"  # an artisanal site in the Mine List needs a declaration with ASM
    elif emrt:
        style = ctx.style("emrt", ["emrt-en", "emrt-zh", "emrt-de", "emrt-fr", "emrt-date-text", "emrt-delete-markers",
                                   "emrt-smelter-comments"])
    else:
        style = ctx.style("cmrt", ["cmrt-en", "cmrt-zh"])
    lang = {"emrt-zh": "zh", "emrt-de": "de", "emrt-fr": "fr", "cmrt-zh": ctx.pick(["zh", "fr"])}.get(style, "en")
    yes, no, unknown = ANSWERS[template_kind][lang]
    a = ctx.as_of
    effective = ctx.date_between(a - dt.timedelta(days=300), a - dt.timedelta(days=10))
    decl: dict[str, object] = {"D8": sup.legal_name, "D9": "A. Company"}
    smelter_rows: dict[str, object] = {}
    mine_rows: dict[str, object] = {}
    phone = f"+{ctx.randint(10, 99)} {ctx.randint(100, 999)} {ctx.randint(100000, 999999)}"
    if emrt:
        pool = [m for m in EMRT_MINERALS if m in sup.materials] or ["cobalt"]
        extra = [m for m in EMRT_MINERALS if m not in pool and m != "mica"]
        order = sorted(set(pool + (ctx.sample(extra, 1) if ctx.chance(0.3) and extra else [])))
        for m, ref in EMRT_SCOPE_CELLS.items():
            if m not in order:  # the blank lists all six: strike the others, as the template asks
                decl[ref] = f"(Delete {m.capitalize()})" if style == "emrt-delete-markers" or ctx.chance(0.3) else None
        decl["D26"] = (fmt_date(effective, ctx.pick(["dmy_dot", "iso", "d_mon_y", "dmy_slash"]))
                       if style == "emrt-date-text" else effective)
        decl.update({"D19": sup.contact_name, "D20": sup.contact_email, "D21": phone, "D22": person(ctx, 0.1),
                     "D23": ctx.pick(["CEO", "Head of Sustainability", "Purchasing Director"]),
                     "D24": sup.contact_email})
        q_rows, company = EMRT_Q_ROWS, EMRT_COMPANY
    else:
        order = list(CMRT_MINERALS)
        decl["D22"] = effective if ctx.chance(0.7) else fmt_date(effective, ctx.pick(["iso", "dmy_slash"]))
        decl.update({"D15": sup.contact_name, "D16": sup.contact_email, "D17": phone, "D18": person(ctx, 0.1)})
        q_rows, company = CMRT_Q_ROWS, CMRT_COMPANY
    used = {m: True for m in order}
    if not emrt and ctx.chance(0.3):
        used["tungsten"] = False
    in_use = [m for m in order if used[m]]
    # a mineral the supplier sources from a CAHRA is declared as such; `cahra` makes sure there is one
    cahra_set = [m for m in in_use if any(c in CAHRA for c in sup.materials.get(m, []))]
    if cahra and not cahra_set:
        cahra_set = [ctx.pick(in_use)]
    gap_minerals = [ctx.pick(in_use)] if gap else []
    asm_where = None
    if asm:
        asm_where = {"emrt-asm-minelist": "minelist", "emrt-smelter-comments": "smelter"}.get(
            style, ctx.pick(["answer", "smelter"]))
    cahra_q, ident_q = (3, 6) if emrt else (4, 7)
    for i, m in enumerate(order):
        def row(q: int, i: int = i) -> int:
            return q_rows[q] + i
        if not used[m]:
            decl[f"D{row(1)}"] = no
            decl[f"D{row(2)}"] = no
            continue
        is_gap = m in gap_minerals
        if emrt:
            answers = {1: yes, 2: ctx.pick([yes, yes, no]), 3: yes if m in cahra_set else no, 4: no,
                       5: ctx.pick(["100%", "76% to 99%", "51% to 75%"]), 6: ctx.pick([no, unknown]) if is_gap else yes,
                       7: ctx.pick([no, unknown]) if is_gap else yes}
        else:
            drc = "Democratic Republic of the Congo" in sup.materials.get(m, [])
            answers = {1: yes, 2: ctx.pick([yes, yes, no]), 3: yes if m in cahra_set and drc else no,
                       4: yes if m in cahra_set else no, 5: no, 6: ctx.pick(["100%", "76% to 99%"]),
                       7: ctx.pick([no, unknown]) if is_gap else yes, 8: no if is_gap else yes}
        for q, v in answers.items():
            decl[f"D{row(q)}"] = v
        if m in cahra_set:
            where = next((c for c in sup.materials.get(m, []) if c in CAHRA), "Democratic Republic of the Congo")
            comment = ctx.pick([f"Sourced via refiners in {where}", f"{m.capitalize()} from {where} (CAHRA list)",
                                f"Part of the {m} originates from {where}"])
            if asm_where == "answer":
                comment += f"; {ctx.pick(ASM_WORDS)}"
                asm_where = "done"
            decl[f"G{row(cahra_q)}"] = comment
        if is_gap:
            decl[f"G{row(ident_q)}"] = ctx.pick(["Supplier survey still running", "Two sub-suppliers did not respond",
                                                 "Smelter identification in progress"])
    if asm_where == "answer":  # no CAHRA comment to attach it to: the Q1 comment of the first mineral in use
        decl[f"G{q_rows[1] + order.index(in_use[0])}"] = f"Supply chain {ctx.pick(ASM_WORDS)}"
        asm_where = "done"
    for row_ in company.values():
        decl[f"D{row_}"] = yes
    if emrt:
        decl["G117"] = f"https://www.{sup.contact_email.split('@')[1]}/responsible-sourcing"
        for i in range(len(order)):
            decl[f"D{120 + i}"] = yes
    # the smelter list: one or two smelters per mineral in use
    r = 5
    for m in in_use:
        for name, country in ctx.sample(SMELTERS[m], min(len(SMELTERS[m]), ctx.randint(1, 2))):
            listed = not (not_rmap and r == 5)
            smelter_rows.update({f"B{r}": m.capitalize(), f"C{r}": name if listed else "Smelter not listed",
                                 f"D{r}": name, f"E{r}": country,
                                 f"F{r}": f"CID{ctx.randint(1000, 3999):06d}" if listed else None})
            notes = []
            if not listed:
                notes.append(ctx.pick(["Not participating in RMAP", "not RMAP conformant – no assessment scheduled",
                                       "No RMI id; not in RMAP"]))
            elif style == "emrt-smelter-comments" and ctx.chance(0.6):
                notes.append(ctx.pick(["RMAP Conformant", "RMAP Active – assessment scheduled",
                                       "about 20 % recycled feed"]))
            if asm_where == "smelter" and (m in ("cobalt", "copper", "tin", "tantalum") or r == 5):
                notes.append(ctx.pick(ASM_WORDS))
                asm_where = "done"
            if notes:
                smelter_rows[f"Q{r}"] = "; ".join(notes)
            industrial = [x for x in MINES.get(m, []) if "artisanal" not in x[0]
                          and (x[1] not in CAHRA or m in cahra_set)]
            if industrial and ctx.chance(0.5):
                smelter_rows[f"N{r}"], smelter_rows[f"O{r}"] = industrial[0]
            r += 1
    if asm_where == "smelter":
        smelter_rows["Q5"] = "; ".join(str(x) for x in [smelter_rows.get("Q5"), ctx.pick(ASM_WORDS)] if x)
        asm_where = "done"
    if emrt:
        mine_r = 5
        for m in in_use:
            for mine, country in MINES.get(m, []):
                artisanal = "artisanal" in mine
                if artisanal and asm_where != "minelist" or country in CAHRA and m not in cahra_set:
                    continue
                mine_rows.update({f"A{mine_r}": m.capitalize(), f"B{mine_r}": SMELTERS[m][0][0],
                                  f"C{mine_r}": mine, f"F{mine_r}": country})
                if artisanal:
                    mine_rows[f"M{mine_r}"] = "artisanal and small-scale mining (ASM), formalisation programme"
                    asm_where = "done"
                mine_r += 1
        if asm_where == "minelist":  # the Mine List names an artisanal site even for a non-cobalt declaration
            mine_rows.update({f"A{mine_r}": "Cobalt", f"B{mine_r}": SMELTERS["cobalt"][0][0],
                              f"C{mine_r}": "Kasulo artisanal site", f"F{mine_r}": "Democratic Republic of the Congo",
                              f"M{mine_r}": "artisanal and small-scale mining (ASM)"})
    cells = {"Declaration": decl, "Smelter List": smelter_rows}
    if mine_rows:
        cells["Mine List"] = mine_rows

    def writer(path: Path) -> None:
        template(template_kind).write(path, cells)

    version = "2.1" if emrt else "6.5"
    fname = ctx.pick([f"{template_kind}_{version}_{sup.short.replace(' ', '-')}_{effective.year}",
                      f"{sup.short} {template_kind} {effective.year}", f"RMI_{template_kind}_{ctx.randint(100, 999)}",
                      f"{template_kind.lower()}-declaration"])
    fact = {"kind": "minerals", "template": template_kind, "company": sup.legal_name, "effective": effective,
            "minerals": in_use, "cahra_minerals": sorted(cahra_set), "artisanal_mentioned": bool(asm)}
    flags = ((["cahra"] if cahra_set else []) + (["artisanal"] if asm else [])
             + (["smelter_not_rmap"] if not_rmap else []) + (["minerals_gap"] if gap else []))
    return GenDoc("minerals", style, "xlsx", f"minerals/{safe_name(fname)}.xlsx", facts=[fact], writer=writer,
                  flags=flags)


CAHRA = ("Democratic Republic of the Congo", "Myanmar")

"""RMI EMRT and CMRT workbooks, read by sheet and cell position.

Labels in these templates are formulas over the hidden `L` sheet and show in whatever language the
template was left in; a workbook saved by a program other than Excel has no cached formula values
at all. So nothing here reads a label: positions come from the template layouts (EMRT 2.x, CMRT 6.x),
question wording is our own, and answers typed in any of the template's languages are mapped back
to English through the workbook's own `L` sheet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ingest.formats.tables import clean
from ingest.models import Unit

EMRT_QUESTIONS = {
    1: "Is the mineral intentionally added or used in the product(s) or in the production process?",
    2: "Does the mineral remain in the product(s)?",
    3: "Do any smelters or processors in the supply chain source the mineral from conflict-affected "
       "and high-risk areas (CAHRAs)?",
    4: "Does 100 percent of the mineral originate from recycled or scrap sources?",
    5: "What percentage of relevant suppliers have responded to the supply-chain survey?",
    6: "Have all smelters or processors supplying the mineral been identified?",
    7: "Has all applicable smelter or processor information received been reported?",
}
CMRT_QUESTIONS = {
    1: "Is any 3TG intentionally added or used in the product(s) or in the production process?",
    2: "Does any 3TG remain in the product(s)?",
    3: "Do any smelters in the supply chain source 3TG from the covered countries (DRC or adjoining)?",
    4: "Do any smelters in the supply chain source 3TG from conflict-affected and high-risk areas?",
    5: "Does 100 percent of the 3TG originate from recycled or scrap sources?",
    6: "What percentage of relevant suppliers have responded to the supply-chain survey?",
    7: "Have all smelters supplying the 3TG been identified?",
    8: "Has all applicable smelter information received been reported?",
}
COMPANY_QUESTIONS = {
    "A": "Responsible minerals sourcing policy established?",
    "B": "Policy publicly available on the company website?",
    "C": "Direct suppliers required to source from smelters with independently audited due diligence?",
    "D": "Due-diligence measures for responsible sourcing implemented?",
    "E": "Supply-chain survey of relevant suppliers conducted?",
    "F": "Due-diligence information from suppliers reviewed against company expectations?",
    "G": "Review process includes corrective-action management?",
    "H": "Company required to file an annual conflict minerals disclosure?",
}


@dataclass(frozen=True)
class Layout:
    name: str
    company: str
    scope: str
    effective: str
    contact: tuple[str, str]
    question_rows: dict[int, int]
    questions: dict[int, str]
    company_cells: dict[str, str]
    per_mineral_c_row: int | None  # EMRT answers C per mineral from this row
    fixed_minerals: tuple[str, ...] = ()  # CMRT: always these, in this row order
    mineral_cells: tuple[str, ...] = ()  # EMRT: the "minerals in scope" selector cells
    has_mines: bool = False
    extra: dict[str, str] = field(default_factory=dict)


EMRT = Layout(
    name="RMI Extended Minerals Reporting Template (EMRT)",
    company="D8", scope="D9", effective="D26", contact=("D19", "D20"),
    question_rows={1: 30, 2: 42, 3: 54, 4: 66, 5: 78, 6: 90, 7: 102}, questions=EMRT_QUESTIONS,
    company_cells={"A": "D115", "B": "D117", "D": "D131", "E": "D133", "F": "D135", "G": "D137"},
    per_mineral_c_row=120, mineral_cells=("D12", "E12", "G12", "D13", "E13", "G13"), has_mines=True,
    extra={"Policy URL": "G117"},
)
CMRT = Layout(
    name="RMI Conflict Minerals Reporting Template (CMRT)",
    company="D8", scope="D9", effective="D22", contact=("D15", "D16"),
    question_rows={1: 26, 2: 32, 3: 38, 4: 44, 5: 50, 6: 56, 7: 62, 8: 68}, questions=CMRT_QUESTIONS,
    company_cells={"A": "D75", "B": "D77", "C": "D79", "D": "D81", "E": "D83", "F": "D85", "G": "D87",
                   "H": "D89"},
    per_mineral_c_row=None, fixed_minerals=("Tantalum", "Tin", "Gold", "Tungsten"),
    extra={"Policy URL": "G77"},
)


def detect(sheetnames: list[str]) -> Layout | None:
    names = set(sheetnames)
    if not {"Declaration", "Smelter List"} <= names:
        return None
    return EMRT if "Mine List" in names else CMRT


class Grid:
    """Cell values of one sheet by A1 reference, read once (read-only workbooks are row streams)."""

    def __init__(self, sheet: Any, max_row: int, max_col: int = 17):
        self.values: dict[str, Any] = {}
        for r, row in enumerate(sheet.iter_rows(min_row=1, max_row=max_row, max_col=max_col),
                                  start=1):
            for c, value in enumerate(row):
                if value is not None:
                    self.values[f"{chr(65 + c)}{r}"] = value

    def get(self, ref: str) -> Any:
        return self.values.get(ref)


def translations(workbook: Any) -> dict[str, str]:
    """Answer words in every language of the template's `L` sheet, mapped to English."""
    if "L" not in workbook.sheetnames:
        return {}
    table: dict[str, str] = {}
    for row in workbook["L"].iter_rows(min_row=2):
        if len(row) > 4 and isinstance(row[3], str) and len(row[3]) <= 60:
            for other in row[4:]:
                if isinstance(other, str) and other.strip() and other.strip() != row[3].strip():
                    table.setdefault(other.strip(), row[3].strip())
    return table


def _value(value: Any, words: dict[str, str]) -> str:
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%Y-%m-%d")
    text = clean(value)
    return words.get(text, text)


def _in_scope(text: str) -> bool:
    return bool(text) and not text.startswith("(Delete")


def read(workbook: Any, layout: Layout) -> list[Unit]:
    words = translations(workbook)
    grid = Grid(workbook["Declaration"], max_row=140)
    v = lambda ref: _value(grid.get(ref), words)  # noqa: E731 - a short local reader

    if layout.fixed_minerals:
        minerals = list(layout.fixed_minerals)
    else:
        minerals = sorted(m for m in (v(c) for c in layout.mineral_cells) if _in_scope(m))
    head = [layout.name,
            f"Company name: {v(layout.company) or '(not given)'}",
            f"Declaration scope: {v(layout.scope) or '(not given)'}",
            f"Minerals in scope: {', '.join(minerals) or '(none selected)'}",
            f"Effective date: {v(layout.effective) or '(not given)'}",
            f"Contact: {' '.join(x for x in (v(layout.contact[0]), v(layout.contact[1])) if x) or '(not given)'}"]
    units = [Unit(text="\n".join(head), section=["Declaration"], kind="table")]

    for number, row in layout.question_rows.items():
        lines = [f"Question {number}: {layout.questions[number]}"]
        for offset, mineral in enumerate(minerals):
            answer, comment = v(f"D{row + offset}"), v(f"G{row + offset}")
            lines.append(f"{mineral}: {answer or '(no answer)'}" + (f" - comment: {comment}" if comment else ""))
        units.append(Unit(text="\n".join(lines), section=["Declaration", f"Question {number}"], kind="table"))

    lines = ["Company-level questions"]
    for letter, question in COMPANY_QUESTIONS.items():
        if letter == "C" and layout.per_mineral_c_row:
            answers = [f"{m}: {v(f'D{layout.per_mineral_c_row + i}') or '(no answer)'}"
                       for i, m in enumerate(minerals)]
            lines.append(f"{letter}. {question} " + "; ".join(answers))
        elif letter in layout.company_cells:
            answer = v(layout.company_cells[letter])
            comment = v("G" + layout.company_cells[letter][1:])
            lines.append(f"{letter}. {question} {answer or '(no answer)'}" + (f" ({comment})" if comment else ""))
    units.append(Unit(text="\n".join(lines), section=["Declaration", "Company-level questions"], kind="table"))

    smelters = smelter_rows(workbook["Smelter List"], words)
    units.append(Unit(text="\n".join(["Smelter and refiner list", *smelters] if smelters
                                     else ["Smelter and refiner list: no smelters or refiners reported"]),
                      section=["Smelter List"], kind="table"))
    if layout.has_mines and "Mine List" in workbook.sheetnames:
        mines = mine_rows(workbook["Mine List"], words)
        units.append(Unit(text="\n".join(["Mine list", *mines] if mines else ["Mine list: no mines reported"]),
                          section=["Mine List"], kind="table"))
    return units


EMPTY_RUN = 50  # the templates pre-fill thousands of rows with formulas; stop after this many empty ones


def data_rows(sheet: Any, width: int, words: dict[str, str]) -> list[list[str]]:
    rows, empty = [], 0
    for row in sheet.iter_rows(min_row=5, max_col=width):
        cells = [_value(x, words) for x in row] + [""] * (width - len(row))
        if any(cells):
            rows.append(cells)
            empty = 0
        else:
            empty += 1
            if empty >= EMPTY_RUN:
                break
    return rows


def smelter_rows(sheet: Any, words: dict[str, str]) -> list[str]:
    lines = []
    for cells in data_rows(sheet, 17, words):
        id_input, metal, lookup, name, country, smelter_id = cells[:6]
        name = name or ("" if lookup in ("", "Smelter not listed") else lookup)
        if not (metal or name or id_input):
            continue
        parts = [f"Metal: {metal or '(not given)'}", f"Smelter name: {name or '(not given)'}",
                 f"Country: {country or '(not given)'}",
                 f"Smelter ID: {smelter_id or id_input or 'none (not listed)'}"]
        for label, value in (("Mine(s)", cells[13]), ("Mine country", cells[14]),
                             ("100% recycled", cells[15]), ("Comment", cells[16])):
            if value:
                parts.append(f"{label}: {value}")
        lines.append("; ".join(parts))
    return lines


def mine_rows(sheet: Any, words: dict[str, str]) -> list[str]:
    lines = []
    for cells in data_rows(sheet, 13, words):
        metal, smelter, mine, mine_id, _, country = cells[:6]
        if not (metal or mine):
            continue
        parts = [f"Metal: {metal or '(not given)'}", f"Mine: {mine or '(not given)'}",
                 f"Country: {country or '(not given)'}", f"Supplies smelter: {smelter or '(not given)'}"]
        if mine_id:
            parts.append(f"Mine ID: {mine_id}")
        if cells[12]:
            parts.append(f"Comment: {cells[12]}")
        lines.append("; ".join(parts))
    return lines

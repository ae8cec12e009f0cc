"""The models a test summary or report covers when it covers more than one: a table with a row per model and a
column per test ("Model | Mass (g) | Wh | T.1 | ... | T.8"), laid out as table rows, as rows rendered with their
headers, or flattened one cell per line by a PDF; or one field that lists them ("Models covered: A-18650-29,
A-18650-35, A-21700-45"). Each model then gets its own fact, with the results of its own row, so that a test one
model failed is never hidden behind another model's pass."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import takewhile

from ingest.facts.numbers import decimal
from ingest.facts.verdicts import Legend, result_of, verdict_legend
from ingest.models import Unit
from ingest.tables import cells_of, keyed_cells

# A model number standing alone in a cell: letters and digits, usually joined by hyphens ("SD-18650-29", "LFP280K").
PRODUCT_CODE = re.compile(r"(?=[^\s,;]*\d)(?=[^\s,;]*[A-Z])[A-Z0-9][A-Z0-9\-./]{2,}[A-Z0-9]")
TEST_COLUMN = re.compile(r"^T\.?\s?([1-8])$")
TEST_ROW = re.compile(r"^\W*T\.?\s?([1-8])(?!\d)")  # "T.1 Altitude simulation", "T6 – Impact / Crush"
REPORT_ROW = re.compile(r"report|bericht|rapport|informe|성적서|报告|報告", re.I)
MODEL_COLUMN = re.compile(r"model|type|item|variant|part|product|modell|mod[èe]le|modelo|型号|型式|모델", re.I)
ENERGY_COLUMN = re.compile(r"\bWh\b|watt|[eé]nerg", re.I)
MASS_COLUMN = re.compile(r"mass|weight|masse|gewicht|peso|poids|\((?:k?g)\)", re.I)
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass
class ModelRow:
    model: str
    quote: str  # a line of the row, verbatim
    page: int | None
    results: dict[str, str] = field(default_factory=dict)
    watt_hours: float | None = None
    mass_g: float | None = None
    report_id: str | None = None  # where each model has its own report ("Report No. | R-0412 | R-0413")


def _number(cell: str) -> float | None:
    match = NUMBER.search(cell.replace(" ", ""))
    return decimal(match.group(0)) if match else None


def _row(header: list[str], cells: list[str], quote: str, page: int | None, legend: Legend) -> ModelRow | None:
    """A model's row under `header`, or None when its model cell holds no model number."""
    if len(cells) != len(header):
        return None
    # the model column by its name ("Model", "Type"), else the first; a "Cell type: Li-ion" column is passed over
    named = [i for i, h in enumerate(header) if MODEL_COLUMN.search(h) and not TEST_COLUMN.match(h)]
    at = next((i for i in (*named, 0) if PRODUCT_CODE.fullmatch(cells[i].strip())), None)
    if at is None:
        return None
    row = ModelRow(model=cells[at].strip(), quote=quote, page=page)
    for head, cell in zip(header, cells, strict=True):
        if test := TEST_COLUMN.match(head.strip()):
            if said := result_of(cell, legend):
                row.results[f"T.{test.group(1)}"] = said
        elif ENERGY_COLUMN.search(head) and row.watt_hours is None:
            row.watt_hours = _number(cell)
        elif MASS_COLUMN.search(head) and row.mass_g is None and (amount := _number(cell)) is not None:
            row.mass_g = amount * 1000 if re.search(r"\bkg\b", f"{head} {cell}", re.I) else amount
    return row


def _flattened_header(lines: list[str], start: int) -> tuple[int, int] | None:
    """Where a header flattened one cell per line begins and ends, given the line of its first test column: the
    test columns in order, and the few short column names above them ("Model", "Mass (g)", "Wh")."""
    end = start
    while end < len(lines) and (test := TEST_COLUMN.match(lines[end])) and int(test.group(1)) == end - start + 1:
        end += 1
    if end - start < 4:
        return None
    while end < len(lines) and end - start < 12 and _column_name(lines[end]) and result_of(lines[end]) is None:
        end += 1  # a column after the tests: "Overall", "Remarks"
    begin = start
    while begin > 0 and start - begin < 4 and _column_name(lines[begin - 1]):
        begin -= 1
    return begin, end


def _column_name(line: str) -> bool:
    """A short header cell: "Model", "Mass (g)", "Wh", "Overall"; never a model number or a value."""
    return len(line.split()) <= 3 and not PRODUCT_CODE.fullmatch(line) and not re.search(r"\d{2}", line)


def _code(cell: str) -> bool:
    return bool(PRODUCT_CODE.fullmatch(cell.strip())) and not NOT_A_MODEL.search(cell.strip())


def _column_row(label: str, cells: list[str], models: dict[int, ModelRow], legend: Legend) -> bool:
    """One row of a table with a column per model, read into each model's row; False when a test's row holds
    something other than results (a flattened table read out of step)."""
    test = TEST_ROW.match(label)
    for c, row in models.items():
        cell = cells[c]
        if test:
            if (said := result_of(cell, legend)) is None:
                return False
            row.results[f"T.{test.group(1)}"] = said
        elif ENERGY_COLUMN.search(label) and row.watt_hours is None:
            row.watt_hours = _number(cell)
        elif MASS_COLUMN.search(label) and row.mass_g is None and (amount := _number(cell)) is not None:
            row.mass_g = amount * 1000 if re.search(r"\bkg\b", f"{label} {cell}", re.I) else amount
        elif REPORT_ROW.search(label) and row.report_id is None and re.search(r"\d", cell):
            row.report_id = cell.strip()
    return True


def model_columns(lines: list[str], page: int | None, legend: Legend) -> list[ModelRow]:
    """A table turned the other way: a column per model under a header of model numbers ("Item | SR-P60A |
    SR-P78A"), a row per test and per property (Wh, mass, report number); or the same table flattened by a PDF,
    one cell per line (the model numbers one under another, then each row's name and its cells). A model's
    tables add up: its Wh in one, its results in the next."""
    rows: dict[str, ModelRow] = {}
    i = 0
    while i < len(lines):
        header = cells_of(lines[i])
        run = len(list(takewhile(_code, lines[i:])))
        if run >= 2:  # flattened: one model number per line; each row its name and then one cell per model
            header, width, flat = ["", *lines[i:i + run]], run, True
        else:
            width, flat = len(header) - 1, False
        at = {c: cell.strip() for c, cell in enumerate(header) if c > 0 and _code(cell)}
        quote = lines[i]
        i += run if flat else 1
        if len(at) < 2 or REPORT_ROW.search(header[0]):  # a row of report numbers names no models
            continue
        models = {c: rows.setdefault(code, ModelRow(model=code, quote=quote, page=page)) for c, code in at.items()}
        while i < len(lines):
            if flat:
                cells = lines[i:i + width + 1]
                if len(cells) < width + 1 or any(_code(cell) for cell in cells):
                    break
            elif len(cells := cells_of(lines[i])) != len(header):
                break
            if not _column_row(cells[0], cells, models, legend):
                break
            i += len(cells) if flat else 1
    return [row for row in rows.values() if len(row.results) >= 4]


def model_rows(units: Sequence[Unit]) -> list[ModelRow]:
    """Every model row of the document's model-by-test tables, in order, whichever way a table is turned."""
    rows: list[ModelRow] = []
    legend = verdict_legend([line for unit in units for line in unit.text.splitlines()])
    for unit in units:
        lines = [ln.strip() for ln in unit.text.splitlines() if ln.strip()]
        rows += model_columns(lines, unit.page, legend)
        header: list[str] = []
        i = 0
        while i < len(lines):
            line = lines[i]
            keyed = keyed_cells(line, least=4)
            if sum(bool(TEST_COLUMN.match(key)) for key, _ in keyed) >= 4:  # "Model: X; Mass (g): 46; T.1: P; ..."
                if row := _row([k for k, _ in keyed], [v for _, v in keyed], line, unit.page, legend):
                    rows.append(row)
                i += 1
                continue
            cells = cells_of(line)
            if sum(bool(TEST_COLUMN.match(c)) for c in cells) >= 4:  # a header row: "Model | Wh | T.1 | ... | T.8"
                header = cells
            elif header and len(cells) > 1:
                if row := _row(header, cells, line, unit.page, legend):
                    rows.append(row)
            elif TEST_COLUMN.match(line) and (span := _flattened_header(lines, i)):
                begin, end = span
                flat = lines[begin:end]
                i = end
                while i < len(lines) and (row := _row(flat, lines[i:i + len(flat)], lines[i], unit.page,
                                                      legend)) is not None:
                    rows.append(row)
                    i += len(flat)
                continue
            i += 1
    return list({row.model: row for row in reversed(rows)}.values())[::-1]  # a model once, at its first row


CODE_IN_TEXT = re.compile(rf"(?<![\w./-])({PRODUCT_CODE.pattern})(?![\w/-])")
# Codes that name no product: standards ("KC 62133", never the maker's "KC-NMC-30P") and the UN Manual's symbol,
# telephone and postal codes.
NOT_A_MODEL = re.compile(r"^(?:UN|IEC|ISO|UL|EN|GB|JIS|KC|SAE|ST|REV|AMEND|ISBN|DIN|ECE|TEL|FAX)(?=[\s\d.:/]|$)|38\.3"
                         r"|^[A-Z]{1,2}-\d{4,6}$|^\d+S\d+P$|\.(?:PDF|DOCX?|XLSX?)$", re.I)
# Lines whose codes are someone's registration, not a product: accreditations, certificates, contact details.
REGISTRATION_LINE = re.compile(r"accredit|akkredit|registration|registrier|certificate|zertifikat|certificat|tel\b"
                               r"|phone|fax|e-?mail|www\.|http", re.I)


def product_codes(units: Sequence[Unit], not_models: Sequence[str]) -> Iterator[tuple[str, int, int, str, int | None]]:
    """Every product code a document names, with where: its part, its line's number, the line and the page. Report
    numbers (`not_models`), standards and codes on registration or contact lines are none."""
    for u, unit in enumerate(units):
        for n, line in enumerate(unit.text.splitlines()):
            if REGISTRATION_LINE.search(line):
                continue
            for match in CODE_IN_TEXT.finditer(line):
                code = match.group(1)
                if "/" not in code and not NOT_A_MODEL.search(code) \
                        and not any(code in other or other in code for other in not_models if other):
                    yield code, u, n, line, unit.page


def model_named(units: Sequence[Unit], source: str, not_models: Sequence[str]) -> tuple[str, str, int | None] | None:
    """The model a summary or report is about when no label names it ("Zusammenfassung ... für das
    Hochvolt-Batteriesystem EBS-HV-400-96S", a caption, a paragraph): the product code it names most, counting its
    title and the file's name. None when two codes tie. Returns the code, the line it first stands on, its page."""
    counts: dict[str, int] = {}
    first: dict[str, tuple[str, int | None]] = {}
    for code, u, n, line, page in product_codes(units, not_models):
        counts[code] = counts.get(code, 0) + 1 + (u == 0 and n < 6)  # a title names what the paper is about
        first.setdefault(code, (line.strip(), page))
    name = source.rsplit("/", 1)[-1]
    for code in counts:
        counts[code] += 2 * (code in name)
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    code = ranked[0][0]
    return code, *first[code]


def models_listed(value: str) -> list[str]:
    """The model numbers one field lists ("A-18650-29, A-18650-35 and A-21700-45"); a variant named in brackets
    after a model ("EX-50 (EX-50A)") is part of that model, not another."""
    value = re.sub(r"\([^)]*\)", " ", value)
    value = re.split(r"\.{3,}|…+", value)[-1]  # the rest of a label: "/Type reference ....... QD-26E, QD-32E"
    label, colon, rest = value.partition(":")
    value = rest if colon and not CODE_IN_TEXT.search(label) else value  # "tested: A-1, A-2"
    parts = re.split(r"\s*(?:[,;/]|\band\b|\bund\b|\bet\b|\by\b|、)\s*", value)
    codes = [p for p in (part.strip() for part in parts) if _code(p)]
    # models of one family share their maker's prefix: "PCE-M52-280, LFP, 16S1P, 14.3 kWh" lists one model
    return [c for c in codes if c[:2] == codes[0][:2]] if codes else []


HEADING_WORDS = 10  # a line this short that names one model opens that model's section


def named_in(text: str, models: Sequence[str]) -> list[str]:
    return [m for m in models if re.search(rf"(?<![\w-]){re.escape(m)}(?![\w-])", text)]


def family_codes(units: Sequence[Unit], known: str | None, not_models: Sequence[str]) -> list[str]:
    """The product codes of one family a document names, in order: the known model's family (its first two
    characters), else the family named most. Report numbers (`not_models`), standards and registrations are
    none."""
    codes = list(dict.fromkeys(code for code, *_ in product_codes(units, not_models)))
    families: dict[str, list[str]] = {}
    for code in codes:
        families.setdefault(code[:2], []).append(code)
    return families.get(known[:2], []) if known else max(families.values(), key=len, default=[])


def model_sections(units: Sequence[Unit], models: Sequence[str]) -> dict[str, list[tuple[str, int | None]]]:
    """The lines of each model's own section: from a short line that names it alone ("* PRV-M48-105 (51.2 V,
    105 Ah)", "2.2 Sample B: XB-35") to the next such line of another model; a line naming several models ends a
    section. Sections run on over the document's parts (a Word heading and the table under it are two)."""
    sections: dict[str, list[tuple[str, int | None]]] = {}
    current: str | None = None
    for unit in units:
        for line in unit.text.splitlines():
            if not line.strip():
                continue
            named = named_in(line, models)
            if len(named) == 1 and len(line.split()) <= HEADING_WORDS:
                current = named[0]
                sections.setdefault(current, [])
            elif len(named) > 1:
                current = None
            if current:
                sections[current].append((line, unit.page))
    return sections

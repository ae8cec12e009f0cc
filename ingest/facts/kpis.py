"""Monthly KPI exports: whatever the column headers are called (OTD %, on_time_delivery_pct,
Leveransprecision ...), and with decimal commas where the exporting system uses them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ingest.facts.dates import MONTH_ABBREVIATIONS, MONTHS, find_date, find_range
from ingest.facts.locate import Locator
from ingest.facts.models import KpiFact, KpiMonth
from ingest.models import Chunk, Unit
from ingest.tables import keyed_row

COLUMNS = [  # first match wins; checked against the lower-cased header (English, German, French, Spanish, Swedish)
    ("month", re.compile(r"month|period|p[ée]riode|monat|zeitraum|månad|mois|mes\b|mese|m[êe]s\b|maand|miesi[ąa]c"
                         r"|m[ěe]s[íi]c|\bay\b|h[óo]nap|th[áa]ng|月份|年月|obdob[íi]|kuukausi|okres|per[íi]odo|เดือน")),
    ("on_time_delivery_pct", re.compile(r"otd|otif|difot|\botp\b|on.?time|in.?full|delivery|punctual|liefer\w*treue"
                                        r"|termintreue|liefer\w*zuverl[äa]ssigkeit|ponctualit|taux de service"
                                        r"|fiabilit[ée] (?:de )?livraison|puntualidad|entregas? a tiempo"
                                        r"|cumplimiento de entrega|nivel de servicio|leveransprecision|service level"
                                        r"|schedule adherence|納期遵守|准时|준수율|puntualit"
                                        r"|consegne (?:puntuali|in tempo)|pontualidade|entregas no prazo"
                                        r"|leverbetrouwbaarheid|op tijd|terminowo"
                                        r"|v[čc]asnost|v[čc]asn[ée] dod|zaman[ıi]nda|hat[áa]rid[őo]|đúng hạn"
                                        r"|toimitusvarmuus|leveranss?äkerhet")),
    ("defect_ppm", re.compile(r"ppm|defect|reject|reklamation|fehlerquote|ausschuss|défaut|rebut|defecto|rechazo"
                              r"|不良|缺陷|difett|scart|defeito|rejei|afkeur|wadliw|reklamac|vadn|hatal|selejt|lỗi")),
    ("lead_time_days", re.compile(r"lead|cycle time|replenish|durchlaufzeit|lieferzeit|wiederbeschaffung|ledtid|délai"
                                  r"|plazo|tiempo de entrega|\blt\b|リードタイム|交期|交货周期|납기|tempo di consegna"
                                  r"|prazo de entrega|levertijd|czas dostawy|dodac[ií] lh[ůu]ta|teslim s[üu]resi"
                                  r"|[áa]tfut[áa]si|thời gian giao|toimitusaika|czas realizacji|ระยะเวลานำ")),
    ("invoiced_value", re.compile(r"invoic|value|revenue|umsatz|chiffre d'affaires|facturaci")),
]
MEASURES = ("on_time_delivery_pct", "defect_ppm", "lead_time_days")
MONTH = re.compile(r"^(\d{4})[-./](\d{1,2})$|^(\d{1,2})[-./](\d{4})$|^(\d{4})(\d{2})$")  # 2026-03, 2026.3, 03/2026


def decimal_mark(text: str) -> str | None:
    """The decimal mark a document writes its figures with: "." where "97.5" stands, "," where "97,5" does."""
    points = len(re.findall(r"(?<![\d.,])\d+\.\d{1,2}(?![\d.,])", text))
    commas = len(re.findall(r"(?<![\d.,])\d+,\d{1,2}(?![\d.,])", text))
    return "." if points > commas else "," if commas > points else None


def number(text: str, mark: str | None = None) -> float | None:
    """A figure as the export writes it; `mark`, the document's decimal mark, settles "1,250" (1250 where the
    decimals are written "97.5") and "1.250" (1250 where they are written "97,5")."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace("%", "")
    if re.fullmatch(r"-?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?", cleaned) and mark != ".":  # 1.234,5 (0.962 is a fraction)
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d+,\d+", cleaned) and not (mark == "." and re.fullmatch(r"-?\d{1,3}(?:,\d{3})+", cleaned)):
        cleaned = cleaned.replace(",", ".")  # 91,2
    else:
        cleaned = cleaned.replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


# The year a month written without one belongs to: the one year of the title, or the period it states (a financial
# year "1 July 2025 – 30 June 2026": July to December in 2025, January to June in 2026).
Year = str | tuple[dt.date, dt.date] | None


def document_year(lines: Sequence[str]) -> Year:
    """The one year a scorecard's title names ("wskaźniki dostaw, rok 2026"), or the period of at most a year it
    states, for months written without their year."""
    head = " ".join(lines[:5])
    years = set(re.findall(r"(?<!\d)(20\d{2})(?!\d)", head))
    if len(years) == 1:
        return years.pop()
    period = find_range(head)
    return (period[0], period[1]) if period and (period[1] - period[0]).days <= 366 else None


def in_year(month: int, year: Year) -> str | None:
    """The year of a month named alone."""
    if isinstance(year, tuple):
        start, end = year
        return str(start.year if (start.year, month) >= (start.year, start.month) else end.year)
    return year


# Thai months, abbreviated as scorecards write them ("ม.ค. 2569"), with the Buddhist-era year (543 years ahead).
THAI_MONTHS = {name: n for n, names in enumerate(
    [("ม.ค.", "มกราคม"), ("ก.พ.", "กุมภาพันธ์"), ("มี.ค.", "มีนาคม"), ("เม.ย.", "เมษายน"), ("พ.ค.", "พฤษภาคม"),
     ("มิ.ย.", "มิถุนายน"), ("ก.ค.", "กรกฎาคม"), ("ส.ค.", "สิงหาคม"), ("ก.ย.", "กันยายน"), ("ต.ค.", "ตุลาคม"),
     ("พ.ย.", "พฤศจิกายน"), ("ธ.ค.", "ธันวาคม")], start=1) for name in names}
THAI_MONTH = re.compile(rf"({'|'.join(re.escape(name) for name in THAI_MONTHS)})\s*(\d{{4}}|\d{{2}})")


def thai_month(text: str) -> str | None:
    if not (said := THAI_MONTH.fullmatch(text.strip())):
        return None
    year = int(said[2]) if len(said[2]) == 4 else 2500 + int(said[2])
    return f"{year - 543 if year > 2400 else year}-{THAI_MONTHS[said[1]]:02d}"


def month_of(text: str, year: Year = None) -> str | None:
    """YYYY-MM, MM/YYYY, YYYYMM, or a date or "Jan 2026" naming the month; with the document's `year`, also a month
    named alone ("styczeń")."""
    if year and (alone := MONTHS.get(text.strip().lower().rstrip("."))):
        return f"{in_year(alone, year)}-{alone:02d}"
    if thai := thai_month(text):
        return thai
    match = MONTH.match(text.strip())
    if cjk := re.fullmatch(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:度)?", text.strip()):  # 2026年4月
        return f"{cjk[1]}-{int(cjk[2]):02d}" if 1 <= int(cjk[2]) <= 12 else None
    if numbered := re.fullmatch(r"(?:th[áa]ng|T)\s*(\d{1,2})\s*[/.-]\s*(\d{4})", text.strip(), re.I):  # Tháng 4/2026
        return f"{numbered[2]}-{int(numbered[1]):02d}" if 1 <= int(numbered[1]) <= 12 else None
    if year_first := re.fullmatch(r"(\d{4})\.?\s+([^\W\d_]{3,11})\.?", text.strip()):  # Hungarian "2026. március"
        number = MONTHS.get(year_first[2].lower()) or MONTH_ABBREVIATIONS.get(year_first[2].lower())
        return f"{year_first[1]}-{number:02d}" if number else None
    if not match:
        named = re.fullmatch(r"([^\W\d_]{3,11})\.?[\s\-'/]+(\d{4}|\d{2})", text.strip())  # "Jan 2026", "Feb-26"
        said = named.group(1).lower() if named else ""
        if named and (number := MONTHS.get(said) or MONTH_ABBREVIATIONS.get(said)):
            year = named.group(2) if len(named.group(2)) == 4 else f"20{named.group(2)}"
            return f"{year}-{number:02d}"
        date = find_date(text) if len(text.strip()) <= 20 else None
        return f"{date[0]:%Y-%m}" if date else None
    g = match.groups()
    year, mon = (g[0], g[1]) if g[0] else (g[3], g[2]) if g[2] else (g[4], g[5])
    return f"{year}-{int(mon):02d}" if 1 <= int(mon) <= 12 else None


def field_for(header: str) -> str | None:
    lowered = header.lower()
    return next((name for name, pattern in COLUMNS if pattern.search(lowered)), None)


def measures_named(line: str) -> set[str]:
    """The KPI measures a header line names, one per cell (a sheet row, a CSV header; of a row rendered with its
    headers, "Month: 2026-03; OTD %: 97", the headers). A cell of a sentence's length is no header: an agreement's
    service-level row ("Requirement: max. 150 ppm defective parts") names no column."""
    cells = [part.split(": ", 1)[0] for part in line.split("; ")] if keyed_row(line, least=2) \
        else cells_in_row(line)
    return {field for cell in cells if len(cell.split()) <= 6 and (field := field_for(cell)) in MEASURES}


def is_kpi_header(line: str, year: Year = None) -> bool:
    """A table's header row naming KPI measures: two of them, or one beside a month column."""
    cells = cells_in_row(line)
    if any(len(c.split()) > 8 for c in cells):
        return False  # a sentence ("... in 3 of 12 monthly results; the authority was not notified."), no header
    named = measures_named(line)
    wide = transposed([part.split(": ", 1) for part in line.split("; ") if ": " in part], year)  # months as columns
    return len(cells) >= 2 and (len(named) >= 2 or (len(named) == 1 and field_for(cells[0]) == "month")
                                or wide is not None)


def columns_listed(lines: Sequence[str]) -> bool:
    """A table flattened one cell per line (a PDF scorecard): a month header and two measure headers, each a
    short line of its own."""
    short = [line for line in lines if 0 < len(line.split()) <= 4]
    return any(field_for(line) == "month" for line in short) and \
        len({field for line in short if (field := field_for(line)) in MEASURES}) >= 2


def monthly_numbers(lines: Sequence[str]) -> bool:
    """A table of figures by month, whatever its columns are called: three or more rows that start with a month
    ("2026-03", "Mar 2026", "Month: 2026.03"; a day's date is a shipping or invoice line) and hold at least two
    other numbers."""
    rows = 0
    for line in lines:
        cells = [part.split(": ", 1)[-1] for part in line.split("; ")] if keyed_row(line, least=2) \
            else cells_in_row(line)
        cells = [c.strip() for c in cells if c.strip()]
        month = len(cells) >= 3 and month_of(cells[0]) and not find_date(cells[0])  # a month, not a day's date
        if month and sum(number(c) is not None for c in cells[1:]) >= 2:
            rows += 1
    return rows >= 3


def fixed_width(line: str) -> bool:
    return not re.search(r"[|\t;]", line) and len(re.findall(r"\S\s{2,}(?=\S)", line.strip())) >= 2


def cells_in_row(line: str) -> list[str]:
    """A row's cells: split at bars, tabs or semicolons, or - a fixed-width text table ("Apr-26   94.0   1,250")
    - at runs of two or more spaces, else at commas (a CSV line)."""
    if fixed_width(line):
        return [c for c in re.split(r"\s{2,}", line.strip()) if c]
    return [c.strip() for c in re.split(r"[,;\t|]", line.strip().strip("|")) if c.strip()]


def months_across(cells: list[str], year: Year = None) -> bool:
    """A wide table's header: months as its columns after the first ("Indicador | ene-26 | feb-26 | mar-26")."""
    return len(cells) >= 3 and sum(month_of(cell, year) is not None for cell in cells[1:]) >= 2


def monthly_columns(lines: Sequence[str], year: Year = None) -> bool:
    """Months as columns, and below them a row naming a measure: a wide scorecard - also flattened one cell per
    line, as a PDF's text gives it ("lug 2026" / "ago 2026" / ... / "Puntualità di consegna (OTD)")."""
    rows = [cells_in_row(line) for line in lines]
    if any(months_across(cells, year) and any(below and field_for(below[0]) in MEASURES for below in rows[n + 1:n + 4])
           for n, cells in enumerate(rows)):
        return True
    months = [bool(month_of(line)) and len(line.split()) <= 3 for line in lines]
    return any(all(months[n:n + 2]) and any(field_for(line) in MEASURES and len(line.split()) <= 6
                                             for line in lines[n + 2:n + 10]) for n in range(len(lines) - 1))


# A month's line with its measures named beside their figures: "* July 2026: delivery reliability 95% | average
# lead time 27 days" (an e-mail's list).
MONTH_LED = re.compile(r"^\W*(?P<month>[^\W\d][^:|;]{2,20}?|\d{4}[-/.]\d{1,2})\s*[:–]\s+(?P<rest>.+)$")
MEASURE_SAID = re.compile(r"(?P<name>[^\d|;,]*?)\s*(?P<value>\d+(?:[.,]\d+)?)")


def month_led(line: str) -> list[list[str]]:
    """(header, value) pairs of a month's line that names each measure beside its figure."""
    led = MONTH_LED.match(line)
    if not led or month_of(led["month"]) is None:
        return []
    pairs = [["month", led["month"]]]
    for segment in re.split(r"\s*[|;]\s*|,\s+(?=\D)", led["rest"]):
        said = MEASURE_SAID.search(segment)
        if said and field_for(said["name"] or segment) in MEASURES:
            pairs.append([said["name"] or segment, said["value"]])
    return pairs if len(pairs) >= 2 else []


def keyed_rows(text: str, year: Year = None) -> list[tuple[str, list[list[str]]]]:
    """Each line with its (header, value) pairs: rows rendered with their headers ("Month: 2026-06; OTD %: 91,2"),
    or rows of a pipe table under its header row ("| Reporting month | OTD % |")."""
    out: list[tuple[str, list[list[str]]]] = []
    header: list[str] | None = None
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.count("|") >= 2 else \
            cells_in_row(line) if fixed_width(line) else []
        if cells and (field_for(cells[0]) == "month" and measures_named(" | ".join(cells))
                      or months_across(cells, year)):
            header = cells
            continue
        if cells and header and not set("".join(cells)) <= set("-: "):
            out.append((line, [[h, v] for h, v in zip(header, cells, strict=False)]))
            continue
        if said := month_led(line):
            out.append((line, said))
            continue
        out.append((line, [part.split(": ", 1) for part in line.split("; ") if ": " in part]))
    return out


def transposed(pairs: list[list[str]], year: Year = None) -> dict[str, dict[str, str]] | None:
    """A wide sheet, months as columns: "Reporting month: OTD %; Jun 2026: 98.6; Jul 2026: 99" or "Indicador:
    Puntualidad (%); ene-26: 97,5 %; ..." -> month -> values. The row's first cell names the measure."""
    if len(pairs) < 3 or field_for(pairs[0][0]) not in ("month", None) or \
            (measure := field_for(pairs[0][1])) not in MEASURES:
        return None
    months = {month: value for header, value in pairs[1:] if (month := month_of(header, year))}
    return {month: {measure: value} for month, value in months.items()} if len(months) >= 2 else None


def extract_kpis(units: Sequence[Unit], chunks: Sequence[Chunk], layout: list[str] | None = None, *, source: str,
                 supplier: str | None, labels: list[str]) -> list[KpiFact]:
    """Monthly KPIs; a PDF's table is read from its layout text, columns apart by two or more spaces."""
    head = [ln for u in units for ln in u.text.splitlines()][:40]
    year = document_year(head)  # the title's year, for months named without it
    if layout and (columns_listed(head[:12]) or monthly_columns(head, year)):
        units = [Unit(text="\n".join(re.sub(r"\s{2,}", " | ", ln.strip()) for ln in page.splitlines()), page=n)
                 for n, page in enumerate(layout, start=1)]
    locator = Locator(chunks)
    mark = decimal_mark("\n".join(unit.text for unit in units))
    fact = KpiFact(source=source, supplier=supplier, labels=labels)
    wide: dict[str, dict[str, str]] = {}
    wide_lines: dict[str, str] = {}
    for unit in units:
        for line, pairs in keyed_rows(unit.text, year):
            if not pairs:
                continue
            if (columns := transposed(pairs, year)) is not None:
                for column, values in columns.items():
                    wide.setdefault(column, {}).update(values)
                    wide_lines.setdefault(column, line)
                continue
            row: dict[str, str] = {}
            for header, value in pairs:
                name = field_for(header)
                if name and name not in row:
                    row[name] = value
            month = month_of(row.get("month", "")) or (
                None if "month" in row else next((m for _, value in pairs if (m := month_of(value))), None))
            if month is None:
                continue  # a month column that says a quarter or a total ("3. čtvrtletí", "合計") is no month
            entry = KpiMonth(month=month, **{k: number(v, mark) for k, v in row.items() if k != "month"})
            fact.months.append(entry)
            evidence = locator.evidence(line, unit.page, row.get("month", ""))  # a layout row: its month cell
            if evidence:
                fact.evidence[month] = evidence
    for column, values in sorted(wide.items()):
        fact.months.append(KpiMonth(month=column, **{k: number(v, mark) for k, v in values.items()}))
        if evidence := locator.evidence(wide_lines[column], None):
            fact.evidence[column] = evidence
    if not fact.months:
        return []
    shares = [m.on_time_delivery_pct for m in fact.months if m.on_time_delivery_pct is not None]
    if shares and all(0 < share <= 1 for share in shares):  # a percent-formatted cell holds the fraction: 0.962
        for entry in fact.months:
            entry.on_time_delivery_pct = round(entry.on_time_delivery_pct * 100, 4) \
                if entry.on_time_delivery_pct is not None else None
    for name in ("on_time_delivery_pct", "defect_ppm", "lead_time_days"):
        if all(getattr(m, name) is None for m in fact.months):
            fact.missing[name] = "column not present or empty in the export"
    first = fact.evidence.get(fact.months[0].month)
    if first:
        fact.quote, fact.chunk_id, fact.page = first.quote, first.chunk_id, first.page
    return [fact.with_id("kpi")]  # type: ignore[list-item]

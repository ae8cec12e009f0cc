"""Monthly KPI exports: whatever the column headers are called (OTD %, on_time_delivery_pct,
Leveransprecision ...), and with decimal commas where the exporting system uses them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.facts.dates import MONTHS, find_date
from ingest.facts.locate import Locator
from ingest.facts.models import KpiFact, KpiMonth
from ingest.models import Chunk, Unit

COLUMNS = [  # first match wins; checked against the lower-cased header (English, German, French, Spanish, Swedish)
    ("month", re.compile(r"month|period|monat|månad|mois|mes\b|periode")),
    ("on_time_delivery_pct", re.compile(r"otd|otif|on.?time|in.?full|delivery|liefer\w*treue|termintreue"
                                        r"|ponctualit|taux de service|puntualidad|entregas? a tiempo|leveransprecision"
                                        r"|service level|schedule adherence")),
    ("defect_ppm", re.compile(r"ppm|defect|reklamation|fehlerquote|défaut|defecto")),
    ("lead_time_days", re.compile(r"lead|durchlaufzeit|lieferzeit|ledtid|délai|plazo")),
    ("invoiced_value", re.compile(r"invoic|value|revenue|umsatz|chiffre d'affaires|facturaci")),
]
MEASURES = ("on_time_delivery_pct", "defect_ppm", "lead_time_days")
MONTH = re.compile(r"^(\d{4})-(\d{2})$|^(\d{2})/(\d{4})$|^(\d{4})(\d{2})$")


def number(text: str) -> float | None:
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace("%", "")
    if re.fullmatch(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?", cleaned):  # 1.234,5
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d+,\d+", cleaned):  # 91,2
        cleaned = cleaned.replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


def month_of(text: str) -> str | None:
    """YYYY-MM, MM/YYYY, YYYYMM, or a date or "Jan 2026" naming the month."""
    match = MONTH.match(text.strip())
    if not match:
        named = re.fullmatch(r"([A-Za-zä]{3,9})\.?\s+(\d{4})", text.strip())
        if named and (number := MONTHS.get(named.group(1).lower())):
            return f"{named.group(2)}-{number:02d}"
        date = find_date(text) if len(text.strip()) <= 20 else None
        return f"{date[0]:%Y-%m}" if date else None
    g = match.groups()
    year, mon = (g[0], g[1]) if g[0] else (g[3], g[2]) if g[2] else (g[4], g[5])
    return f"{year}-{mon}"


def field_for(header: str) -> str | None:
    lowered = header.lower()
    return next((name for name, pattern in COLUMNS if pattern.search(lowered)), None)


def measures_named(line: str) -> set[str]:
    """The KPI measures a header line names, one per cell (a sheet row, a CSV header)."""
    return {field for cell in re.split(r"[,;\t|]", line) if (field := field_for(cell)) in MEASURES}


def extract_kpis(units: Sequence[Unit], chunks: Sequence[Chunk], *, source: str, supplier: str | None,
                 labels: list[str]) -> list[KpiFact]:
    locator = Locator(chunks)
    fact = KpiFact(source=source, supplier=supplier, labels=labels)
    for unit in units:
        for line in unit.text.splitlines():
            pairs = [part.split(": ", 1) for part in line.split("; ") if ": " in part]
            if not pairs:
                continue
            row: dict[str, str] = {}
            for header, value in pairs:
                name = field_for(header)
                if name and name not in row:
                    row[name] = value
            month = month_of(row.get("month", ""))
            if month is None:
                continue
            entry = KpiMonth(month=month, **{k: number(v) for k, v in row.items() if k != "month"})
            fact.months.append(entry)
            evidence = locator.evidence(line, unit.page)
            if evidence:
                fact.evidence[month] = evidence
    if not fact.months:
        return []
    for name in ("on_time_delivery_pct", "defect_ppm", "lead_time_days"):
        if all(getattr(m, name) is None for m in fact.months):
            fact.missing[name] = "column not present or empty in the export"
    first = fact.evidence.get(fact.months[0].month)
    if first:
        fact.quote, fact.chunk_id, fact.page = first.quote, first.chunk_id, first.page
    return [fact.with_id("kpi")]  # type: ignore[list-item]

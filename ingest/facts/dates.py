"""Dates as documents write them: 2025-08-14, 14 August 2025, August 14, 2025, 14 Aug. 2025,
14.08.2025, 2025/08/14, 14/08/2025 (day first unless that is impossible)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
MONTHS.update({"sept": 9, "januar": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
               "oktober": 10, "dezember": 12})
MONTH = r"(?P<month_name>[A-Za-zä]{3,9})\.?"

PATTERNS = [
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"),
    re.compile(r"\b(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})\b"),
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH}\s+(?P<year>\d{{4}})\b"),
    re.compile(rf"\b{MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b"),
    re.compile(r"\b(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})\b"),
]


def _build(match: re.Match[str]) -> dt.date | None:
    parts = match.groupdict()
    year = int(parts["year"])
    if parts.get("month_name"):
        month = MONTHS.get(parts["month_name"].lower().rstrip("."))
        if month is None:
            return None
        day = int(parts["day"])
    elif parts.get("first"):
        first, second = int(parts["first"]), int(parts["second"])
        day, month = (first, second) if first > 12 or second <= 12 else (second, first)
    else:
        day, month = int(parts["day"]), int(parts["month"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_date(text: str) -> tuple[dt.date, str] | None:
    """The first date in `text`, with the exact characters it was written as."""
    found: list[tuple[int, dt.date, str]] = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            value = _build(match)
            if value is not None:
                found.append((match.start(), value, match.group(0)))
                break
    if not found:
        return None
    _, value, written = min(found, key=lambda item: item[0])
    return value, written

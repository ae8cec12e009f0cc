"""Dates as documents write them: 2025-08-14, 14 August 2025, August 14, 2025, 14 Aug. 2025, 14-Aug-25,
14.08.2025, 2025/08/14, 2025.08.14, 14/08/2025 (day first unless that is impossible), with month names in
English, German, French, Spanish, Italian, Dutch, Portuguese, the Nordic languages, Polish, Czech, Slovak,
Romanian, Hungarian ("2026. március 1."), Turkish and Vietnamese ("ngày 1 tháng 3 năm 2026"), "24. 6. 2025" and
Roman months ("07.X.2025") as in Central Europe, East Asian year-first dates and Japanese era years ("令和7年2月10日");
and periods
("05 Jun 2023 – 04 Jun 2026", "01/07/2023 to 30/06/2026")."""

from __future__ import annotations

import calendar
import datetime as dt
import re

MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
MONTHS.update({"sept": 9, "januar": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
               "oktober": 10, "dezember": 12, "jänner": 1, "okt": 10, "dez": 12, "mär": 3})
MONTHS.update({"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7,
               "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12})
MONTHS.update({"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
               "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12})
MONTHS.update({"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
               "ottobre": 10, "dicembre": 12,  # Italian
               "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,  # Dutch
               "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
               "outubro": 10, "novembro": 11, "dezembro": 12})  # Portuguese
MONTHS.update({"janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12, "dec": 12,  # abbreviated
               "ene": 1, "abr": 4, "ago": 8, "dic": 12})
MONTHS.update({"styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "maj": 5, "czerwiec": 6, "lipiec": 7,  # Polish
               "sierpień": 8, "wrzesień": 9, "październik": 10, "listopad": 11, "grudzień": 12,
               "leden": 1, "únor": 2, "březen": 3, "duben": 4, "květen": 5, "červen": 6, "červenec": 7,  # Czech
               "srpen": 8, "září": 9, "říjen": 10, "prosinec": 12,
               "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,  # Turkish
               "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
               "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,  # Hungarian
               "július": 7, "augusztus": 8, "szeptember": 9, "október": 10,
               "tammikuu": 1, "helmikuu": 2, "maaliskuu": 3, "huhtikuu": 4, "toukokuu": 5, "kesäkuu": 6,  # Finnish
               "heinäkuu": 7, "elokuu": 8, "syyskuu": 9, "lokakuu": 10, "marraskuu": 11, "joulukuu": 12,
               "augusti": 8,  # Swedish (its other months are spelt as in English, German or Dutch)
               "desember": 12,  # Norwegian (its other months are spelt as in German, Swedish or English)
               # the genitive a date takes in Polish, Czech and Slovak ("1 stycznia 2026", "1. dubna 2026")
               "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7,
               "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
               "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7,
               "srpna": 8, "října": 10, "listopadu": 11, "prosince": 12,
               "januára": 1, "februára": 2, "apríla": 4, "mája": 5, "júna": 6, "júla": 7, "augusta": 8,
               "septembra": 9, "októbra": 10, "novembra": 11, "decembra": 12,
               "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,  # Romanian
               "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12})
# Month abbreviations that are also words elsewhere ("set", "out", "sie"): read only where a cell is a month of a
# table ("gen-26", "sty 2026"), never in running text.
MONTH_ABBREVIATIONS = {
    "gen": 1, "mag": 5, "giu": 6, "lug": 7, "set": 9, "ott": 10,  # Italian
    "fev": 2, "mai": 5, "out": 10, "dez": 12,  # Portuguese
    "mrt": 3, "mei": 5, "okt": 10,  # Dutch
    "sty": 1, "lut": 2, "kwi": 4, "maj": 5, "cze": 6, "lip": 7, "sie": 8, "wrz": 9, "paź": 10, "lis": 11, "gru": 12,
    "led": 1, "úno": 2, "bře": 3, "dub": 4, "kvě": 5, "čvn": 6, "čvc": 7, "srp": 8, "zář": 9, "říj": 10, "pro": 12,
    "oca": 1, "şub": 2, "nis": 4, "haz": 6, "tem": 7, "ağu": 8, "eyl": 9, "eki": 10, "kas": 11, "ara": 12,
    "febr": 2, "márc": 3, "ápr": 4, "máj": 5, "jún": 6, "júl": 7, "szept": 9,
}
# Labels a report's date of issue stands under, in English, German, French and Spanish (audit reports, test
# reports and UN 38.3 summaries alike).
REPORT_DATE_LABELS = [r"report date", r"(?:report|summary) issued", r"date of (?:the )?(?:test )?report",
                      r"^\W*issued\b", r"date of issue", r"issue date", r"berichtsdatum", r"datum des berichts",
                      r"ausgestellt am", r"ausstellungsdatum", r"ausgabedatum", r"erstellt am",
                      r"datum des pr[üu]fberichts", r"pr[üu]fberichtsdatum", r"date du rapport",
                      r"date d'[ée]mission", r"date d'[ée]dition", r"fecha del informe", r"fecha de emisi[óo]n",
                      r"fecha de publicaci[óo]n", r"data del rapporto", r"data di emissione", r"rapportdatum",
                      r"datum (?:van het )?rapport", r"data do relat[óo]rio"]
ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]  # Polish, Czech: "07.X.2025"
ERAS = {"令和": 2018, "平成": 1988}
MONTH = r"(?P<month_name>[^\W\d_]{3,12})\.?"

PATTERNS = [
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"),
    re.compile(r"\b(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})\b"),
    re.compile(r"\b(?P<year>\d{4})\.(?P<month>\d{1,2})\.(?P<day>\d{1,2})\b"),  # year first: as in East Asia
    re.compile(r"(?P<year>\d{4})\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"),  # 2026年02月11日
    re.compile(r"\b(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>\d{4})\b"),  # also Czech "24. 6. 2025"
    re.compile(r"\b(?P<day>\d{1,2})\.\s?(?P<roman>XI{0,2}|IX|IV|VI{0,3}|I{1,3})\.\s?(?P<year>\d{4})\b"),  # "07.X.2025"
    re.compile(r"(?P<era>令和|平成)\s*(?P<era_year>\d{1,2}|元)\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|\.|°|º|\.º)?\s+(?:de\s+|of\s+)?{MONTH}\s+(?:de\s+)?(?P<year>\d{{4}})\b"),
    re.compile(rf"\b{MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})[-/]{MONTH}[-/](?P<year>\d{{4}})\b"),  # 03-Apr-2026
    re.compile(rf"\b(?P<day>\d{{1,2}})[-/]{MONTH}[-/](?P<short_year>\d{{2}})\b(?![-/.:]\d)"),  # 03-Apr-26
    re.compile(rf"\b(?P<year>\d{{4}})\.\s+{MONTH}\s+(?P<day>\d{{1,2}})\b"),  # Hungarian: "2026. március 1."
    re.compile(r"ngày\s+(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})\s+năm\s+(?P<year>\d{4})", re.I),  # Vietnamese
    re.compile(r"\b(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4})\b"),
    re.compile(r"\b(?P<first>\d{1,2})-(?P<second>\d{1,2})-(?P<year>\d{4})\b"),  # 03-01-2029
]


def _build(match: re.Match[str]) -> dt.date | None:
    parts = match.groupdict()
    if parts.get("era"):  # a Japanese era year: Reiwa 1 is 2019, Heisei 1 was 1989
        year = ERAS[parts["era"]] + (1 if parts["era_year"] == "元" else int(parts["era_year"]))
    else:
        year = int(parts["year"]) if parts.get("year") else 2000 + int(parts["short_year"])
    if parts.get("roman"):
        day, month = int(parts["day"]), ROMAN_MONTHS.index(parts["roman"]) + 1
    elif parts.get("month_name"):
        named = MONTHS.get(parts["month_name"].lower().rstrip("."))
        if named is None:
            return None
        day, month = int(parts["day"]), named
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


RANGE_BETWEEN = re.compile(r"^\s*(?:[-–—]|to|until|till|through|thru|bis|au|al|hasta|-->)\s*$", re.I)


def all_dates(text: str) -> list[tuple[int, int, dt.date]]:
    """Every date in `text` as (start, end, value), in order, overlapping readings left out."""
    found: list[tuple[int, int, dt.date]] = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            value = _build(match)
            if value is not None and not any(a < match.end() and match.start() < b for a, b, _ in found):
                found.append((match.start(), match.end(), value))
    return sorted(found)


def find_range(text: str) -> tuple[dt.date, dt.date, str] | None:
    """The first period written as two dates joined by a dash or a word for "to", with its exact text."""
    dates = all_dates(text)
    for (start, end, first), (next_start, next_end, second) in zip(dates, dates[1:], strict=False):
        if RANGE_BETWEEN.match(text[end:next_start]) and first <= second:
            return first, second, text[start:next_end]
    return None

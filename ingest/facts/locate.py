"""Reading values out of page text together with the exact lines they stand on, and finding the
chunk that holds those lines."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ingest.chunker import line_spans
from ingest.facts.models import Evidence, FactBase
from ingest.models import Chunk, Unit
from ingest.tables import cells_in_place, keyed_row

# A value written as a placeholder: the field is stated and empty, so the next line is not its value.
# A label's translation before "/": "모델명/Model", "Typové označení / Type", "Zadavatel / Client".
# Also with no slash when the translation is in another script: "型号 Model: X", "5. 电池类型 Type: ...".
BILINGUAL = re.compile(r"^(?:[^\x00-\x7F]+[^/\n]{0,20}/|[^\W\d][^/:|\n]{0,40}?\s/"
                       r"|[\d.\s]*[^\x00-\x7F][^\x00-\x7F\s]*(?:\s[^\x00-\x7F\s]+)*\s)\s*(?=[A-Za-z])")
LEADER_MARK = r"(?:\.{3,}|…+)[.…\s]*"  # "Report No. ........ 1234": a printed form's dot leader
LEADER = re.compile(rf"^\s*{LEADER_MARK}")
PLACEHOLDER = re.compile(r"^(?:[-–—]+|n/?a|tbd|tba|none|nil|see (?:annex|appendix|below)\b.*)$", re.I)


# A label's line that says something about its value ("see annex", "subject to surveillance audits", "siehe
# Anhang", "upon recertification") rather than more label ("number", "d'essai", "(dd.mm.yyyy)", "/ Valid until").
VALUE_NOTE = re.compile(r"\b(?:see|siehe|voir|ver|v[ée]ase|subject|upon|pending|unless|until|sous|sujet[oa]|vorbehalt"
                        r"\w*|gem[äa]ß|laut|selon|seg[úu]n|n/?a|none|tbd|not|nicht|non|no|sin|kein\w*"
                        # a status in place of the value: a suspended certificate is not valid until a printed date
                        r"|withdrawn|suspended|revoked|cancell?ed|expired|invalid|ung[üu]ltig|zur[üu]ckgezogen"
                        r"|ausgesetzt|retir[ée]|suspendu|r[ée]voqu[ée]|retirado|suspendido|revocado)\b", re.I)


def more_label(rest: str) -> bool:
    """What follows a label on its line is more label, so the value stands on the next line."""
    return rest.endswith(":") or bool(re.fullmatch(r"[(\[].*[)\]]", rest)) or \
        len(rest.split()) <= 3 and not re.search(r"\d", rest) and not VALUE_NOTE.search(rest)


@dataclass(frozen=True)
class Found:
    value: str  # the text after the label (or the whole value line)
    quote: str  # verbatim slice of the unit text: the label line, and the value line if separate
    page: int | None


def after_label(units: Sequence[Unit], labels: Sequence[str], *, flags: int = re.I,
                accept: Callable[[str], bool] = bool) -> Found | None:
    """The value written after the first of `labels` (regexes): on the same line, or on the next
    line when the label stands alone (a table cell, a form field) or what follows it on its line is
    not a value (`accept`), as in a bilingual "Gültig ab / Valid from"."""
    for pattern in labels:
        regex = re.compile(pattern, flags)
        for unit in units:
            spans = line_spans(unit.text)
            for i, (start, end) in enumerate(spans):
                line = unit.text[start:end]
                match = regex.search(line)
                if not match and (latin := BILINGUAL.sub("", line)) != line:  # "모델명 / Model: X" as "Model: X"
                    line, match = latin, regex.search(latin)
                if not match or header_of_rows(line, unit.text[spans[i + 1][0]:spans[i + 1][1]]
                                               if i + 1 < len(spans) else ""):
                    continue
                if below := value_below_header(line, match, unit.text, spans[i + 1:i + 3]):
                    return Found(below[0], below[1], unit.page)
                if PLACEHOLDER.match(said := line[match.end():].strip(" :|\t")):  # "Valid until: —": stated empty
                    return Found(said, line.strip(), unit.page)
                rest = LEADER.sub("", line[match.end():]).strip(" :：/-–|\t")
                rest = rest if re.search(r"\w", rest) else ""  # the label's own full stop: "Report No." / value
                if keyed_row(line):  # "Standard: ISO 9001; Valid until: 2028-09-18; ...": this cell only
                    rest = rest.split("; ")[0].strip()
                if rest and accept(rest):
                    return Found(rest, line.strip(), unit.page)
                if not rest and (column := header_run_value(unit.text, spans, i)) is not None:
                    value_start, value_end = spans[column]  # "Issued / Effective / Expiry" above their three dates
                    value = unit.text[value_start:value_end].strip()
                    return Found(value, value, unit.page)
                if i + 1 < len(spans):
                    next_start, next_end = spans[i + 1]
                    value = unit.text[next_start:next_end].strip()
                    # The value is on the next line when the label stands alone or is followed by more label (a
                    # second language, a format hint); never when the label's own line says something else
                    # ("Valid until: subject to surveillance audits" above a printed-on date).
                    if not rest or accept(value) and (more_label(rest) or any(re.search(p, rest, flags)
                                                                               for p in labels)):
                        if not rest and match.start() > 0 and (positioned := value_in_column(line, match, value)):
                            value = positioned  # "Initial certification Date of issue Valid until" above three dates
                        return Found(value, unit.text[start:next_end].strip(), unit.page)
                if rest:  # what follows the label is not a value of the kind wanted; say so, don't skip it
                    return Found(rest, line.strip(), unit.page)
    return None


DATE_LIKE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}\.?\s+[A-Za-zäéû]{3,10}\.?\s+\d{4}\b"
                       r"|\b[A-Za-z]{3,10}\.?\s+\d{1,2},?\s+\d{4}\b")


def value_in_column(line: str, match: re.Match[str], below: str) -> str | None:
    """A label that ends or sits inside a header line of several labels, above a line of as many dates: the date
    standing where the label stands (by its position along the line), not the first one."""
    found = list(DATE_LIKE.finditer(below))
    dates = [m.group(0) for m in found]
    if len(dates) < 2 or any(below[a.end():b.start()].strip() for a, b in zip(found, found[1:], strict=False)):
        return None  # "du 2 mars 2024 au 1 mars 2027" is one period, not a row of dates
    where = (match.start() + match.end()) / 2 / max(len(line.rstrip()), 1)
    return dates[min(len(dates) - 1, int(where * len(dates)))]


def header_run_value(text: str, spans: list[tuple[int, int]], i: int) -> int | None:
    """A table flattened one cell per line: a run of header lines ("Original Registration Date" / "Effective Date"
    / "Expiry Date") followed by as many value lines holding figures. The span index of the value under header
    line i, or None when line i is no such header."""
    lines = [text[start:end].strip() for start, end in spans]

    def header_like(line: str) -> bool:
        return 0 < len(line.split()) <= 5 and line[:1].isupper() and not re.search(r"\d|@|www\.|[.,;]$", line)

    first, last = i, i
    while first > 0 and header_like(lines[first - 1]):
        first -= 1
    while last + 1 < len(lines) and header_like(lines[last + 1]):
        last += 1
    values = 0
    while last + 1 + values < len(lines) and values < last - first + 1 \
            and re.search(r"\d", lines[last + 1 + values]) and len(lines[last + 1 + values].split()) <= 6:
        values += 1
    first = max(first, last - values + 1)  # the headers the values line up with: the last ones of the run
    if values < 2 or i < first:
        return None
    return last + 1 + (i - first)


SEPARATOR_ROW = re.compile(r"[\s|:\-=+]*")


def value_below_header(line: str, match: re.Match[str], text: str,
                       below: Sequence[tuple[int, int]]) -> tuple[str, str] | None:
    """A label in a header cell of a table ("| Standard | Certificate No. | Issued |"): the cell under it in the
    row below (value, row), never the header's next cells."""
    header = cells_in_place(line)
    if " | " not in line or len(header) < 2 or re.search(r"\d", line):
        return None
    column = line[:match.start()].count("|") - (1 if line.lstrip().startswith("|") else 0)
    for start, end in below:
        row = text[start:end]
        if SEPARATOR_ROW.fullmatch(row):
            continue
        cells = cells_in_place(row)
        return (cells[column], row.strip()) if len(cells) == len(header) and 0 <= column < len(cells) else None
    return None


def header_of_rows(line: str, following: str) -> bool:
    """A table's header line ("Standard | Issued | Valid until") above rows that repeat its headers: the values
    stand in the rows, not under the header."""
    return " | " in line and keyed_row(following)


def line_matching(units: Sequence[Unit], pattern: str, *, flags: int = re.I) -> tuple[re.Match[str], Found] | None:
    """The first match of `pattern` in the page text (it may run over a line break), quoted as the
    whole line or lines it stands on."""
    regex = re.compile(pattern, flags)
    for unit in units:
        match = regex.search(unit.text)
        if match:
            start = unit.text.rfind("\n", 0, match.start()) + 1
            end = unit.text.find("\n", match.end())
            quote = unit.text[start:end if end >= 0 else len(unit.text)].strip()
            return match, Found(match.group(0), quote, unit.page)
    return None


def placed(fact: FactBase, found: dict[str, Found], locator: Locator, *main: str) -> bool:
    """Each field's evidence, and the fact's main quote: the first of `main` fields placed, else any; False when no
    quote could be placed in a chunk."""
    for field, hit in found.items():
        if evidence := locator.evidence(hit.quote, hit.page, hit.value):
            fact.evidence[field] = evidence
    chosen = next((fact.evidence[f] for f in main if f in fact.evidence), None) or \
        next(iter(fact.evidence.values()), None)
    if chosen is None:
        return False
    fact.quote, fact.chunk_id, fact.page = chosen.quote, chosen.chunk_id, chosen.page
    return True


class Locator:
    """Finds the chunk whose text contains a quote, preferring the quote's page."""

    def __init__(self, chunks: Sequence[Chunk]):
        self.chunks = list(chunks)

    def evidence(self, quote: str, page: int | None, *fallbacks: str) -> Evidence | None:
        ordered = [c for c in self.chunks if c.page == page] + [c for c in self.chunks if c.page != page]
        for candidate in (quote, *fallbacks):
            if not candidate:
                continue
            for chunk in ordered:
                if candidate in chunk.text:
                    return Evidence(quote=candidate, chunk_id=chunk.id, page=chunk.page)
        return None

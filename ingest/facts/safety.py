"""Safety test reports for cells, modules and systems (IEC 62133-2, UL 9540A, UL 1642, ...), as labs
write them: label-and-value forms, "Key: value" lines, or a sentence of prose. UL 9540A is a test
method without a pass mark, so its verdict is "data reported", not a pass."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.facts.certificates import ECE_REGULATION, entity_in, standard_in
from ingest.facts.dates import REPORT_DATE_LABELS, find_date
from ingest.facts.locate import Found, Locator, after_label, line_matching
from ingest.facts.models import SafetyTestFact
from ingest.facts.transport import ID_TOKEN, PRODUCT_LABELS, REPORT_ID_LABELS, first_token, tested_by_laboratory
from ingest.facts.verdicts import verdict_of
from ingest.models import Chunk, Unit

MODEL_LABELS = [r"model(?:\s+(?:number|no\.?|designation))?\b", r"type designation", r"typbezeichnung", r"modell",
                r"product (?:model|type)", r"type reference", r"d[ée]signation(?: du type)?",
                r"designaci[óo]n(?: de tipo)?",
                r"mod[èe]le", r"modelo", r"test item", r"item tested", r"^\s*sample\b", r"pr[üu]fling",
                r"[ée]chantillon", r"muestra", *PRODUCT_LABELS,
                # the item under test named by its level: "Module: BE-48-200 (16S2P ...)", "Unit" above its model
                r"^\W*(?:cell|module|unit|battery|pack|reess|system|dut|eut)(?:\s*(?:/\s*)?(?:model|type))?(?=\s*(?::|$))"]
LEVELS = re.compile(r"\b(cell|module|unit|installation|pack|battery)\b", re.I)
LAB_LINE = r"^(.+?)\s+[-–]\s+results relate only"
LAB_NAME = (r"([A-Z][\w&.' ]*?(?:Laborator(?:y|ies)|Institute|Test(?:ing)? (?:Lab\w*|Centre|Center|House))"
            r"(?: GmbH| Ltd\.?)?)")


VERDICT_LABEL = re.compile(r"^\W*(?:(?:overall |final |test )?(?:verdict|result|outcome|assessment)|conclusions?"
                           r"|(?:gesamt|pr[üu]f)?(?:ergebnis|urteil|bewertung)|r[ée]sultat|appr[ée]ciation"
                           r"|resultado|veredicto|dictamen|conclusi[óo]n)\b\W*", re.I)
# "P = pass, F = fail, N/A = not applicable": a legend names every verdict and states none.
LEGEND = re.compile(r"=|\bpass\b.*\bfail\b|\bfail\b.*\bpass\b", re.I)


def legend(text: str, said: str) -> bool:
    """A legend of the verdict words, not a verdict ("data reported - no pass/fail criteria" is one)."""
    return said != "data reported" and bool(LEGEND.search(text))


def stated_verdict(units: Sequence[Unit], summary: Found | None) -> tuple[str, Found] | None:
    """The report's verdict: the first verdict label whose value states one (a table's "Verdict" column header,
    above a clause number, states none), else the summary, else the first sentence that states one."""
    for unit in units:
        lines = unit.text.splitlines()
        for i, line in enumerate(lines):
            if not (label := VERDICT_LABEL.match(line)):
                continue
            rest = line[label.end():].strip()
            value, quote = (rest, line.strip()) if rest else \
                (lines[i + 1].strip(), "\n".join(lines[i:i + 2]).strip()) if i + 1 < len(lines) else ("", "")
            if value and (said := verdict_of(value)) and not legend(value, said):
                return said, Found(value, quote, unit.page)
    if summary and (said := verdict_of(summary.value)):
        return said, summary
    for unit in units:
        for line in unit.text.splitlines():
            if line.strip() and (said := verdict_of(line)) and not legend(line, said):
                return said, Found(line.strip(), line.strip(), unit.page)
    return None


def extract_safety_test(units: Sequence[Unit], chunks: Sequence[Chunk], *, source: str, supplier: str | None,
                        labels: list[str]) -> list[SafetyTestFact]:
    locator = Locator(chunks)
    fact = SafetyTestFact(source=source, supplier=supplier, labels=labels)
    found: dict[str, Found] = {}

    standard = standard_in(units)
    regulation = line_matching(units, ECE_REGULATION.pattern, flags=0) if not standard else None
    if standard:
        fact.standard, found["standard"] = standard
    elif regulation:
        number = next(g for g in regulation[0].groups() if g)
        fact.standard, found["standard"] = f"UN ECE R{number}", regulation[1]
    report = after_label(units, REPORT_ID_LABELS, accept=lambda rest: bool(ID_TOKEN.search(rest)))
    titled = line_matching(units, r"test report\s+([A-Z0-9][A-Z0-9.\-/]{4,}[A-Z0-9])", flags=re.I)
    if (token := first_token(report)) and report:
        fact.report_id, found["report_id"] = token, report
    elif titled:
        fact.report_id, found["report_id"] = titled[0].group(1), titled[1]
    date = after_label(units, [r"^\s*date\b", *REPORT_DATE_LABELS],
                       accept=lambda rest: find_date(rest) is not None)
    dated = line_matching(units, r"\bon\s+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|\d{4}-\d{2}-\d{2})", flags=0)
    for hit in (date, dated[1] if dated else None):
        if hit and (parsed := find_date(hit.value)):
            fact.date, found["date"] = parsed[0], hit
            break
    model = next((hit for pattern in MODEL_LABELS  # a model number before a described test item
                  if (hit := after_label(units, [pattern], accept=lambda rest: bool(ID_TOKEN.search(rest))))
                  and first_token(hit)), None)
    prose_model = line_matching(units, r"\b(?:cell|module|battery|system|type|model)\s+([A-Z]{1,5}-[A-Z0-9\-]{2,})",
                                flags=0)
    if (token := first_token(model)) and model:
        fact.model, found["model"] = token, model
    elif prose_model:
        fact.model, found["model"] = prose_model[0].group(1), prose_model[1]
    lab = after_label(units, [r"testing laborator(?:y|ies)", r"^\W*(?:test )?laboratory\b", r"test house",
                              r"pr[üu]flaborator\w*", r"pr[üu]fstelle", r"laboratoire d'essai",
                              r"laboratorio de ensayo"])
    lab = lab or tested_by_laboratory(units)
    lab_line = line_matching(units, LAB_LINE, flags=re.I | re.M)
    lab_name = line_matching(units, LAB_NAME, flags=0)
    if lab:
        fact.lab, found["lab"] = entity_in(lab.value) or re.split(r"[,;]", lab.value)[0].strip(), lab
    elif lab_line:
        fact.lab, found["lab"] = lab_line[0].group(1).strip(), lab_line[1]
    elif lab_name:
        fact.lab, found["lab"] = lab_name[0].group(1).strip(), lab_name[1]
    level = after_label(units, [r"test level", r"^\s*level\b"], accept=lambda rest: bool(LEVELS.search(rest)))
    level_prose = line_matching(units, r"\b(cell|module|unit|installation)[- ]level\b")
    if level and (word := LEVELS.search(level.value)):
        fact.level, found["level"] = word.group(1).lower(), level
    elif level_prose:
        fact.level, found["level"] = level_prose[0].group(1).lower(), level_prose[1]
    summary = after_label(units, [r"summary of results", r"results? summary", r"^\s*summary\b"])
    if summary:
        fact.summary, found["summary"] = summary.value, summary
    if said := stated_verdict(units, summary):
        fact.verdict, found["verdict"] = said
    for field, hit in found.items():
        evidence = locator.evidence(hit.quote, hit.page, hit.value)
        if evidence:
            fact.evidence[field] = evidence
    for field in ("standard", "report_id", "lab", "date", "model", "level", "verdict"):
        if getattr(fact, field) is None:
            fact.missing[field] = "not stated in the report"
    main = fact.evidence.get("report_id") or fact.evidence.get("standard")
    if main is None or fact.standard is None:
        return []
    fact.quote, fact.chunk_id, fact.page = main.quote, main.chunk_id, main.page
    fact.confidence = round(max(0.3, 1.0 - 0.1 * len(fact.missing)), 2)
    return [fact.with_id(fact.report_id or fact.model or "safety")]  # type: ignore[list-item]

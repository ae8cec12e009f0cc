"""Safety test reports for cells, modules and systems (IEC 62133-2, UL 9540A, UL 1642, ...), as labs
write them: label-and-value forms, "Key: value" lines, or a sentence of prose. UL 9540A is a test
method without a pass mark, so its verdict is "data reported", not a pass."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.facts.certificates import ECE_REGULATION, EDITION_WORDS, entity_in, standard_in
from ingest.facts.dates import REPORT_DATE_LABELS, find_date
from ingest.facts.locate import Found, Locator, after_label, line_matching
from ingest.facts.model_rows import model_named, models_listed
from ingest.facts.model_verdicts import UNREAD, models_covered, verdicts_by_model
from ingest.facts.models import SafetyTestFact
from ingest.facts.transport import (
    ID_TOKEN,
    PRODUCT_LABELS,
    REPORT_ID_LABELS,
    REPORT_IN_PROSE,
    first_token,
    tested_by_laboratory,
)
from ingest.facts.verdicts import legend, result_of, verdict_of
from ingest.models import Chunk, Unit

MODEL_LABELS = [r"models?(?:\s+(?:numbers?|no\.?|designations?|covered|tested|under test|included))?\b",
                r"type designation", r"typbezeichnung", r"modell",
                r"product (?:model|type)", r"type reference", r"d[ée]signation(?: du type)?",
                r"designaci[óo]n(?: de tipo)?",
                r"mod[èe]le", r"modelo", r"test item", r"item tested", r"^\s*sample\b", r"pr[üu]fling",
                r"[ée]chantillon", r"muestra", r"^\W*type\s*(?::|$)", *PRODUCT_LABELS,
                # the item under test named by its level: "Module: BE-48-200 (16S2P ...)", "Unit" above its model
                r"^\W*(?:cell|module|unit|battery|pack|reess|system|dut|eut)(?:\s*(?:/\s*)?(?:model|type))?(?=\s*(?::|$))"]
LEVELS = re.compile(r"\b(cell|module|unit|installation|pack|battery)\b", re.I)
LAB_LINE = r"^(.+?)\s+[-–]\s+results relate only"
# A laboratory's name in its letterhead, in any of the words laboratories call themselves; never a signatory's title
# ("Head of Laboratory").
LAB_NAME = (r"(?!(?:Head|Chief|Director|Manager|Leiter\w*|Responsable|Jefe)\b)"
            r"([A-Z][\w&.'’ ]*?(?:Laborator(?:y|ies|ium|io|oire)|Labs\b|Institute?"
            r"|Test(?:ing)? (?:Lab\w*|Centre|Center|House)|Pr[üu]finstitut)(?: GmbH| Ltd\.?)?"
            # or named by the word first: "Institut Ligérien d'Essais des Accumulateurs", "Zkušebna akumulátorů Brno"
            r"|(?:Institut|Laboratoire|Laboratorio|Zku[šs]ebna|Centro|Centre)\b[^,;\n]{3,60})")


# A safety standard of any body a laboratory cites, beyond those every reader knows: "GB 31241-2022", "GB/T 36276-2018",
# "JIS C 8714:2007", "KC 62133-2:2020", "IS 16046", "SAE J2464", "ISO 12405-4:2018", "IEC 62281:2019", "EN 50604-1".
OTHER_STANDARD = re.compile(r"\b(IEC|UL|EN|ISO|GB/T|GB|JIS\s?C|KC|IS|SAE\s?J)\s?(\d{3,5}(?:-\d{1,2})?(?!\d)[A-Z]?)"
                            r"(?:\s?[:-]\s?|\s\()?((?:19|20)\d{2}(?!\d))?")
# What a report is never tested against: the laboratory's accreditation and management-system standards.
NOT_TESTED_AGAINST = re.compile(r"^(?:9001|14001|45001|50001|16949|170\d\d|19011|27001)$")


def standard_named(match: re.Match[str]) -> str:
    """One spelling of a standard matched by OTHER_STANDARD, with its edition where the match holds one."""
    body, number, edition = match.groups()
    body = re.sub(r"\s+", " ", body)
    if body == "EN":
        body = "IEC" if number.startswith("6") else "EN"
    name = f"{body}{number}" if body.endswith("J") else f"{body} {number}"  # "SAE J2464"
    return name + (f":{edition}" if edition else "")


def other_standard(units: Sequence[Unit]) -> tuple[str, Found] | None:
    """The first standard of any body the report names that is not an accreditation or management standard."""
    for unit in units:
        for match in OTHER_STANDARD.finditer(unit.text):
            if NOT_TESTED_AGAINST.match(match.group(2)) \
                    or unit.text[max(0, match.start() - 4):match.start()].endswith("/"):
                continue  # "ISO/IEC 17025" names the laboratory's accreditation
            start = unit.text.rfind("\n", 0, match.start()) + 1
            end = unit.text.find("\n", match.end())
            line = unit.text[start:end if end >= 0 else len(unit.text)].strip()
            return standard_named(match), Found(match.group(0), line, unit.page)
    return None


# A verdict's label, also as the second language of a bilingual one: "Celkové hodnocení / Overall assessment:".
VERDICT_LABEL = re.compile(r"^(?:[^/:\n]{1,40}\s/\s*)?\W*(?:(?:overall |final |test )?(?:verdict|results?|outcome"
                           r"|assessment)|conclusions?"
                           r"|(?:gesamt|pr[üu]f)?(?:ergebnis|urteil|bewertung)|r[ée]sultat|appr[ée]ciation"
                           r"|resultado|veredicto|dictamen|conclusi[óo]n)\b\W*", re.I)
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
    for unit in units:  # no overall verdict: a test the report lists as failed fails it, whatever comes first
        for line in unit.text.splitlines():
            if line.strip() and result_of(line) == "fail" and not legend(line, "fail"):
                return "fail", Found(line.strip(), line.strip(), unit.page)
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
    elif other := other_standard(units):
        fact.standard, found["standard"] = other
    report = after_label(units, REPORT_ID_LABELS, accept=lambda rest: bool(ID_TOKEN.search(rest)))
    titled = line_matching(units, r"test report\s+([A-Z0-9][A-Z0-9.\-/]{4,}[A-Z0-9])", flags=re.I)
    if (token := first_token(report)) and report:
        fact.report_id, found["report_id"] = token, report
    elif titled or (titled := line_matching(units, REPORT_IN_PROSE, flags=0)):  # "Report MABSL-2580-25-077 issued"
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
    elif named := model_named(units, source, [fact.report_id or ""]):
        fact.model, found["model"] = named[0], Found(named[0], named[1], named[2])
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
    if fact.report_id is None and fact.verdict is None:
        return []  # a paper that names a standard but no report and no verdict (a datasheet, an agenda) reports no test
    fact.quote, fact.chunk_id, fact.page = main.quote, main.chunk_id, main.page
    fact.confidence = round(max(0.3, 1.0 - 0.1 * len(fact.missing)), 2)
    standards = standards_listed(found["standard"].quote) or [fact.standard or ""]
    listed = models_listed(model.value) if model else []
    covered = models_covered(units, fact.model, [fact.report_id or ""]) if len(listed) < 2 else []
    models: list[str | None] = [*listed] if len(listed) > 1 else [*covered] if len(covered) > 1 else [fact.model]
    if len(standards) == 1 and len(models) == 1:
        return [fact.with_id(fact.report_id or fact.model or "safety")]  # type: ignore[list-item]
    own = verdicts_by_model(units, [m for m in models if m]) if len(models) > 1 else {}
    another_failed = any(verdict == "fail" for verdict, _ in own.values())
    facts = []
    for tested_against in standards:  # one fact per standard and model the report covers
        for name in models:
            one = fact.model_copy(deep=True)
            one.standard, one.model = tested_against, name
            if name:  # read from the report's rows, columns or sections, not from a field
                one.missing.pop("model", None)
            said = own.get(name or "") or (verdict_for(units, tested_against) if len(standards) > 1 else None)
            if said:  # never another standard's or another model's verdict
                one.verdict, quote = said
                one.evidence.pop("verdict", None)
                if evidence := locator.evidence(quote.quote, quote.page, quote.value):
                    one.evidence["verdict"] = evidence
                if one.verdict == UNREAD:  # the passage is kept as evidence: the reviewer reads it there
                    one.verdict = None
                    one.missing["verdict"] = "a result of this model's could not be read"
            elif another_failed and one.verdict != "fail":  # an overall pass that a failed model contradicts
                one.verdict = None
                one.evidence.pop("verdict", None)
                one.missing["verdict"] = "the report gives no verdict of this model's own, and another model failed"
            facts.append(one.with_id(f"{fact.report_id}:{tested_against}:{name}"))
    return facts  # type: ignore[return-value]


# Between two standards a list holds only separators and editions; "by reference to", "equivalent to" name a
# standard the report was not tested against.
NOT_A_LIST = re.compile(r"referen[cz]|accord|equivalent|identi|\bIDT\b|\bsee\b|\bper\b|based|replac|supersed|instead",
                        re.I)


def standards_listed(line: str) -> list[str]:
    """The standards one line lists ("Standards: IEC 62619 Ed. 2 (2022); IEC 63056 Ed. 1.0 (2020)"), each with
    its edition; empty unless it lists more than one."""
    matches = [m for m in OTHER_STANDARD.finditer(line) if not NOT_TESTED_AGAINST.match(m.group(2))]
    matches = [m for i, m in enumerate(matches) if i == 0 or not (referenced(line, matches[i - 1], m)
                                                                 or adopted(line, matches[i - 1], m))]
    if len(matches) < 2 or any(NOT_A_LIST.search(line[a.end():b.start()]) or len(line[a.end():b.start()]) > 40
                               for a, b in zip(matches, matches[1:], strict=False)):
        return []
    named: list[str] = []
    for match in matches:
        name = standard_named(match)
        if (words := EDITION_WORDS.match(line[match.end():match.end() + 40])) and ":" not in name:
            name = f"{name}:{words[1]}"
        if name.split(":")[0] not in {n.split(":")[0] for n in named}:
            named.append(name)
    return named if len(named) > 1 else []


def referenced(line: str, before: re.Match[str], match: re.Match[str]) -> bool:
    """A standard named as a reference in its own brackets: "IEC 63056:2020 (mit IEC 62619:2022 referenziert / with
    IEC 62619:2022 as referenced)"."""
    opened = line.rfind("(", before.end(), match.start())
    closed = line.find(")", match.end())
    said = line[opened if opened >= 0 else match.start():closed if closed >= 0 else match.end() + 40]
    return opened >= 0 and bool(NOT_A_LIST.search(said))


NATIONAL = re.compile(r"^(?:IS|EN|GB|GB/T|JIS\s?C|KC)$")


def adopted(line: str, before: re.Match[str], match: re.Match[str]) -> bool:
    """An international standard beside its national adoption, "IS 16046 (Part 2) : 2018 / IEC 62133-2 : 2017":
    one standard, named twice."""
    between = line[before.end():match.start()]
    return bool(re.fullmatch(r"[^/]{0,20}/\s*", between)) and bool(NATIONAL.match(before.group(1))) \
        and match.group(1) in ("IEC", "ISO")


def verdict_for(units: Sequence[Unit], standard: str) -> tuple[str, Found] | None:
    """The verdict a report states for one of its standards: "Verdict IEC 63056: PASS"."""
    number = standard.split(":")[0].split()[-1]
    for unit in units:
        for line in unit.text.splitlines():
            if number in line and (label := VERDICT_LABEL.match(line)) and (said := verdict_of(line[label.end():])):
                return said, Found(line.strip(), line.strip(), unit.page)
    return None

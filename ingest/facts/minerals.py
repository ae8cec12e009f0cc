"""RMI EMRT / CMRT declarations. The workbook was read by cell position at ingestion (ingest/formats/
rmi.py) into fixed lines; those lines are both what this reads and what it quotes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ingest.facts.certificates import LEGAL_SUFFIX, entity_in
from ingest.facts.dates import find_date
from ingest.facts.declarations import extract_declaration
from ingest.facts.locate import Found, Locator, line_matching
from ingest.facts.models import Mine, MineralsFact, Smelter
from ingest.models import Chunk, Unit

ASM = re.compile(r"\bartisanal\b|\bASM\b|small-scale mining", re.I)
CAHRA_QUESTION = {"EMRT": "3", "CMRT": "4"}  # CMRT's question 3 is the "covered countries" one
IDENTIFIED = {"EMRT": ("6", "7"), "CMRT": ("7", "8")}


def fields(line: str) -> dict[str, str]:
    return {k.strip(): v.strip() for k, v in (part.split(": ", 1) for part in line.split("; ") if ": " in part)}


def blank(value: str | None) -> str | None:
    return None if value in (None, "", "(not given)") or (value or "").startswith("none") else value


def extract_minerals(units: Sequence[Unit], chunks: Sequence[Chunk], *, source: str, supplier: str | None,
                     labels: list[str]) -> list[MineralsFact]:
    if not units:
        return []
    if not re.match(r"RMI \w+ Minerals Reporting Template", units[0].text):  # not the workbook read by cell
        return extract_statement(units, chunks, source=source, supplier=supplier, labels=labels) \
            or extract_declaration(units, chunks, source=source, supplier=supplier, labels=labels)
    locator = Locator(chunks)
    fact = MineralsFact(source=source, supplier=supplier, labels=labels)
    head = dict(line.split(": ", 1) for line in units[0].text.splitlines()[1:] if ": " in line)
    fact.template = "CMRT" if "(CMRT)" in units[0].text else "EMRT"
    fact.company = blank(head.get("Company name"))
    fact.minerals = [m.strip() for m in head.get("Minerals in scope", "").split(",") if m.strip() and "(" not in m]
    if (effective := head.get("Effective date", "")) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", effective):
        fact.effective = dt.date.fromisoformat(effective)
    for unit in units[1:]:
        lines = unit.text.splitlines()
        question = re.match(r"Question (\d): ", lines[0]) if lines else None
        if question:
            for line in lines[1:]:
                mineral, _, rest = line.partition(": ")
                answer, _, comment = rest.partition(" - comment: ")
                if answer and answer != "(no answer)":
                    fact.answers.setdefault(mineral, {})[question.group(1)] = answer
                if comment:
                    fact.comments.setdefault(mineral, {})[question.group(1)] = comment
                if evidence := locator.evidence(line, unit.page):
                    fact.evidence[f"q{question.group(1)}.{mineral}"] = evidence
        elif lines and lines[0] == "Company-level questions":
            for line in lines[1:]:
                if match := re.match(r"([A-H])\. .+?\? (.+)$", line):
                    fact.company_answers[match.group(1)] = match.group(2)
        elif lines and lines[0] in ("Smelter and refiner list", "Mine list"):
            kind = "smelter" if lines[0].startswith("Smelter") else "mine"
            for n, line in enumerate(lines[1:]):
                f = fields(line)
                if kind == "smelter":
                    fact.smelters.append(Smelter(metal=blank(f.get("Metal")), name=blank(f.get("Smelter name")),
                                                 country=blank(f.get("Country")),
                                                 smelter_id=blank(f.get("Smelter ID")), comment=f.get("Comment")))
                else:
                    fact.mines.append(Mine(metal=blank(f.get("Metal")), name=blank(f.get("Mine")),
                                           country=blank(f.get("Country")), smelter=blank(f.get("Supplies smelter")),
                                           comment=f.get("Comment")))
                if evidence := locator.evidence(line, unit.page):
                    fact.evidence[f"{kind}.{n}"] = evidence
    cahra, (all_found, all_reported) = CAHRA_QUESTION[fact.template], IDENTIFIED[fact.template]
    fact.cahra_minerals = [m for m in fact.minerals if fact.answers.get(m, {}).get(cahra) == "Yes"]
    texts = [c for by_q in fact.comments.values() for c in by_q.values()]
    texts += [s.comment or "" for s in fact.smelters] + [f"{m.name} {m.comment}" for m in fact.mines]
    fact.artisanal_mentioned = any(ASM.search(t) for t in texts)
    for mineral in fact.minerals:
        answers = fact.answers.get(mineral, {})
        for number, meaning in ((all_found, "not all smelters identified"),
                                (all_reported, "smelter information not all reported")):
            if answers.get(number) != "Yes":
                fact.gaps.append(f"{mineral}: {meaning} (question {number}: {answers.get(number, 'no answer')})")
        if answers.get(cahra) not in ("Yes", "No"):
            fact.gaps.append(f"{mineral}: CAHRA sourcing not declared (question {cahra}: "
                             f"{answers.get(cahra, 'no answer')})")
    for smelter in fact.smelters:
        if smelter.smelter_id is None:
            fact.gaps.append(f"{smelter.metal}: smelter {smelter.name} has no RMI identification "
                             "(not in the RMAP lists)")
    if fact.company_answers.get("A") not in (None, "Yes"):
        fact.gaps.append(f"no responsible minerals sourcing policy (A: {fact.company_answers['A']})")
    if fact.company is None:
        fact.missing["company"] = "company name not filled in"
    main = locator.evidence(units[0].text.splitlines()[3] if len(units[0].text.splitlines()) > 3 else "", units[0].page)
    if main is None:
        return []
    fact.quote, fact.chunk_id, fact.page = main.quote, main.chunk_id, main.page
    return [fact.with_id(fact.template or "minerals")]  # type: ignore[list-item]


MINERALS = ("Cobalt", "Lithium", "Nickel", "Graphite", "Copper", "Mica", "Manganese", "Tin", "Tantalum", "Tungsten",
            "Gold")
# Only the standard example of the EU's indicative CAHRA list is recognised in prose; the full list changes
# quarterly and is not bundled. Workbooks declare CAHRA sourcing themselves (EMRT question 3).
CAHRA_ORIGIN = re.compile(r"Democratic Republic of (?:the )?Congo|\bDR Congo\b|\bDRC\b")
FACILITY = re.compile(rf"{LEGAL_SUFFIX}|\b(?:Refinery|Refiner|Smelter|Smelting|Processing)\b")
NO_ASSESSMENT = re.compile(r"(?:not\s+(?:yet\s+)?(?:commissioned|conducted|carried\s+out)|no)\s+(?:an?\s+)?"
                           r"on-the-ground\s+assessment", re.I)


def statement_smelters(lines: list[str], minerals: list[str]) -> list[tuple[Smelter, str]]:
    """Rows of a "Refiner | Country | RMAP status" table as pypdf gives them: one cell per line, the
    status cell possibly wrapped, ending at the next numbered heading."""
    start = next((i for i, line in enumerate(lines) if re.search(r"RMAP status", line, re.I)
                  and not FACILITY.search(line)), None)
    if start is None:
        return []
    rows: list[tuple[Smelter, str]] = []
    i = start + 1
    while i < len(lines) and not re.match(r"^\s*\d+\.\s+\S", lines[i]):
        name = lines[i].strip()
        if FACILITY.search(name) and len(name.split()) > 1 and i + 1 < len(lines):  # not the header cell
            country = lines[i + 1].strip()
            status_lines, j = [], i + 2
            while j < len(lines) and not FACILITY.search(lines[j]) and not re.match(r"^\s*\d+\.\s+\S", lines[j]):
                status_lines.append(lines[j].strip())
                j += 1
            metal = minerals[0] if len(minerals) == 1 else None
            row = "\n".join(lines[i:j]).strip()  # the row as the page text has it: name, country, status
            rows.append((Smelter(metal=metal, name=name, country=country, comment=" ".join(status_lines)), row))
            i = j
        else:
            i += 1
    return rows


def extract_statement(units: Sequence[Unit], chunks: Sequence[Chunk], *, source: str, supplier: str | None,
                      labels: list[str]) -> list[MineralsFact]:
    """A prose due-diligence statement: minerals from its title, its date, origins, ASM, and the
    refiner table with the RMAP status the supplier states."""
    locator = Locator(chunks)
    text = "\n".join(u.text for u in units)
    title = line_matching(units, r"(" + "|".join(MINERALS) + r")\b[\w ,-]{0,40}?due diligence statement")
    if title is None:
        return []
    fact = MineralsFact(source=source, supplier=supplier, labels=labels, template="statement")
    found: dict[str, Found] = {"title": title[1]}
    fact.minerals = [title[0].group(1).capitalize()]
    issued = line_matching(units, r"\b(?:issued|dated)\b[^\n]*")
    if issued and (date := find_date(issued[1].quote)):
        fact.effective, found["effective"] = date[0], issued[1]
    fact.company = entity_in(text.splitlines()[0]) if text else None
    origin = line_matching(units, CAHRA_ORIGIN.pattern, flags=0)
    if origin:
        fact.cahra_minerals = list(fact.minerals)
        fact.answers = {m: {"3": "Yes"} for m in fact.minerals}
        found[f"q3.{fact.minerals[0]}"] = origin[1]
    asm = line_matching(units, ASM.pattern, flags=re.I)
    if asm and not re.search(r"\bno (?:artisanal|ASM)\b", asm[1].quote, re.I):  # "no artisanal feed is accepted"
        fact.artisanal_mentioned, found["asm"] = True, asm[1]
    lines = [ln for u in units for ln in u.text.splitlines()]
    for n, (smelter, quote_line) in enumerate(statement_smelters(lines, fact.minerals)):
        fact.smelters.append(smelter)
        unit = next((u for u in units if quote_line in u.text), units[0])
        found[f"smelter.{n}"] = Found(smelter.name or "", quote_line, unit.page)  # the name alone if the row splits
        if "not participating" in (smelter.comment or "").lower() or "not listed" in (smelter.comment or "").lower():
            fact.gaps.append(f"{smelter.metal or 'mineral'}: refiner {smelter.name} is not in RMAP "
                             f"({smelter.comment})")
    if (gap := line_matching(units, NO_ASSESSMENT.pattern, flags=re.I)) and fact.artisanal_mentioned:
        fact.gaps.append(f"{fact.minerals[0]}: no on-the-ground assessment of the ASM sources")
        found["assessment"] = gap[1]
    for key, hit in found.items():
        if evidence := locator.evidence(hit.quote, hit.page, hit.value):
            fact.evidence[key] = evidence
    main = fact.evidence.get("title")
    if main is None:
        return []
    fact.quote, fact.chunk_id, fact.page = main.quote, main.chunk_id, main.page
    fact.missing["answers"] = "a prose statement answers no EMRT questions; only what it states is recorded"
    return [fact.with_id("statement")]  # type: ignore[list-item]

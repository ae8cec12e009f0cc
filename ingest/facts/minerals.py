"""RMI EMRT / CMRT declarations. The workbook was read by cell position at ingestion (ingest/formats/
rmi.py) into fixed lines; those lines are both what this reads and what it quotes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ingest.facts.locate import Locator
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
    if not units or "Reporting Template" not in units[0].text:
        return []  # a prose due-diligence statement: not read into facts yet (docs/facts.md)
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

"""Battery-passport readiness: every attribute the Battery Pass consortium's data-attributes workbook lists for a
battery category (read at run time from the workbook the policy names), with its article, access group and
granularity, and which of a supplier's facts supplies it - or that none does. The attribute list and the
count per category come from the workbook, never from a copy in code."""

from __future__ import annotations

import html
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from core.citations import Citation
from core.errors import GovError
from ingest.facts.models import (
    CarbonFootprintFact,
    ContractClauseFact,
    FactBase,
    MineralsFact,
    ProfileFact,
    SafetyTestFact,
    SubstanceDeclarationFact,
    TransportTestFact,
)
from tools.assessment import SupplierFacts
from tools.citations import cite
from tools.markdown import Notes, escape
from tools.source import FactSource

Category = Literal["ev", "lmt", "industrial", "stationary"]
# The workbook's column for each category, by the start of its header.
CATEGORY_HEADERS = {"ev": "EV", "lmt": "LMT", "industrial": "Other Industrial", "stationary": "Stationary"}
REQUIREMENT = {"x": "mandatory", "o": "voluntary"}  # the workbook's legend: "x = mandatory per BattReg"


@dataclass(frozen=True)
class Attribute:
    number: int
    name: str
    group: str  # the workbook's attribute category
    article: str
    access: str
    granularity: str
    marks: dict[str, str]  # category -> "x" / "o" / ""


def _header_index(row: tuple, start: str) -> int:
    """The column whose header is `start`, else the first that starts with it ("Attribute" is not "Attribute
    category")."""
    heads = [" ".join(cell.split()).lower() if isinstance(cell, str) else "" for cell in row]
    for i, head in [*[(i, h) for i, h in enumerate(heads) if h == start.lower()], *enumerate(heads)]:
        if head.startswith(start.lower()):
            return i
    raise GovError(f"the passport workbook has no column {start!r}", stage="tools", exit_code=2)


@cache
def read_attributes(path: Path) -> tuple[Attribute, ...]:
    """The attribute rows of the workbook's attribute list: the sheet whose header row names the attribute, its
    access rights and the categories."""
    import openpyxl

    if not path.is_file():
        raise GovError(f"passport workbook {path} not found", stage="tools", exit_code=2,
                       hint="set passport.workbook in the policy file to the data-attributes workbook")
    with warnings.catch_warnings():  # the workbook's conditional formatting is of no concern here
        warnings.simplefilter("ignore")
        return _attributes(openpyxl.load_workbook(path, read_only=True, data_only=True), path)


def _attributes(book, path: Path) -> tuple[Attribute, ...]:  # type: ignore[no-untyped-def]
    try:
        for sheet in book.worksheets:
            rows = list(sheet.iter_rows(max_col=40, values_only=True))
            header_at = next((i for i, row in enumerate(rows[:20]) if any(c == "Attribute" for c in row)
                              and any(isinstance(c, str) and c.startswith("Access rights") for c in row)), None)
            if header_at is None:
                continue
            header = rows[header_at]
            col = {name: _header_index(header, start) for name, start in (
                ("number", "#"), ("group", "Attribute category"), ("name", "Attribute"),
                ("article", "Regulation Reference"), ("access", "Access rights"),
                ("granularity", "Granularity level I"))}
            categories = {c: _header_index(header, start) for c, start in CATEGORY_HEADERS.items()}
            out = []
            for row in rows[header_at + 1:]:
                number = row[col["number"]]
                if not (isinstance(number, int | float) or isinstance(number, str) and number.strip().isdigit()):
                    continue
                text = {k: " ".join(str(row[i] or "").split()) for k, i in col.items() if k != "number"}
                out.append(Attribute(number=int(number), marks={c: str(row[i] or "").strip().lower()
                                                                for c, i in categories.items()}, **text))
            return tuple(out)
    finally:
        book.close()
    raise GovError(f"{path} holds no sheet of passport data attributes", stage="tools", exit_code=2)


# Which fact supplies an attribute, by the attribute's name: (pattern, fact kind, the field that holds the value or
# None for the fact as a whole). The first match wins; an attribute no pattern names is supplied by no document.
Finder = Callable[[list[FactBase], re.Match[str]], list[FactBase]]


def _with(kind: type[FactBase], test: Callable[[FactBase, re.Match[str]], object] = lambda f, m: True) -> Finder:
    return lambda facts, match: [f for f in facts if isinstance(f, kind) and test(f, match)]


STAGE_WORDS = {"raw material": "raw material acquisition and pre-processing", "main product": "main product production",
               "distribution": "distribution", "end of life": "end of life and recycling"}
SUPPLIERS: list[tuple[str, Finder, str]] = [
    (r"carbon footprint per functional unit|absolute battery carbon footprint",
     _with(CarbonFootprintFact, lambda f, m: f.kg_co2e_per_kwh is not None), "kg_co2e_per_kwh"),  # type: ignore[attr-defined]
    (r"contribution of (raw material|main product|distribution|end of life)",
     _with(CarbonFootprintFact, lambda f, m: STAGE_WORDS[m.group(1).lower()] in f.stages), "stages"),  # type: ignore[attr-defined]
    (r"recycled (nickel|cobalt|lithium|lead) share",
     _with(CarbonFootprintFact, lambda f, m: m.group(1).lower() in f.recycled_pct), "recycled_pct"),  # type: ignore[attr-defined]
    (r"battery category", _with(CarbonFootprintFact, lambda f, m: f.category), "category"),  # type: ignore[attr-defined]
    (r"due diligence report|third party assurances|supply chain indices", _with(MineralsFact), ""),
    (r"hazardous substances|impact of substances",
     _with(SubstanceDeclarationFact, lambda f, m: f.regulation == "REACH"), "svhcs"),  # type: ignore[attr-defined]
    (r"manufacturer identifier", _with(ProfileFact, lambda f, m: f.legal_name), "legal_name"),  # type: ignore[attr-defined]
    (r"manufacturing place", _with(ProfileFact, lambda f, m: f.address), "address"),  # type: ignore[attr-defined]
    (r"critical raw materials|materials used in cathode", _with(ProfileFact, lambda f, m: f.materials), "materials"),  # type: ignore[attr-defined]
    (r"battery chemistry", _with(TransportTestFact, lambda f, m: f.chemistry), "chemistry"),  # type: ignore[attr-defined]
    (r"battery mass", _with(TransportTestFact, lambda f, m: f.mass_g), "mass_g"),  # type: ignore[attr-defined]
    (r"results of test reports",
     lambda facts, m: [f for f in facts if isinstance(f, SafetyTestFact | TransportTestFact)], ""),
    (r"warranty period|expected lifetime: number of charge",
     _with(ContractClauseFact, lambda f, m: f.metric == "warranty"), ""),  # type: ignore[attr-defined]
]


class PassportRequest(BaseModel):
    supplier: str
    category: Category = "ev"
    model: str | None = None  # one battery model: only facts about it (or about no model in particular)


class PassportAttribute(BaseModel):
    number: int
    name: str
    group: str
    article: str
    access: str
    granularity: str
    requirement: Literal["mandatory", "voluntary"]
    status: Literal["supplied", "not supplied"]
    supplied_by: str = ""  # the fact kind and field, or why none does
    value: str = ""  # what the supplying fact says, as text
    citations: list[Citation] = Field(default_factory=list)


class PassportReadiness(BaseModel):
    supplier: str
    category: Category
    model: str | None = None
    workbook: str
    applies_from: str
    attributes: list[PassportAttribute]
    mandatory: int  # attributes the workbook marks mandatory for the category
    mandatory_supplied: int
    rule: Citation | None = None  # the buyer's clause asking for passport data


def about_model(fact: FactBase, model: str | None) -> bool:
    said = getattr(fact, "model", None)
    return model is None or not said or str(said).casefold() == model.casefold()


def said(value: object) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} {v:g} %" if isinstance(v, float) else f"{k}: {v}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(str(getattr(v, "substance", v)) for v in value) or "none"
    return "" if value is None else str(value)


def supply(attribute: Attribute, facts: list[FactBase]) -> tuple[str, str, list[Citation]]:
    """Which fact supplies the attribute (kind.field), what it says, and its citations; empty when none does."""
    for pattern, find, field in SUPPLIERS:
        if match := re.search(pattern, attribute.name, re.I):
            found = find(facts, match)
            if found:
                kinds = sorted({f.kind for f in found})
                value = "; ".join(dict.fromkeys(said(getattr(f, field, None)) for f in found[:3])) if field else ""
                return f"{'/'.join(kinds)}{'.' + field if field else ''}", value, \
                    [c for f in found[:3] for c in cite(f, *([field] if field else []))]
            return "", "", []
    return "", "", []


def passport_readiness(request: PassportRequest, source: FactSource) -> PassportReadiness:
    if source.policy.passport is None:
        raise GovError("the policy names no passport workbook", stage="tools", exit_code=2,
                       hint="add passport.workbook to the policy file")
    attributes = read_attributes(source.policy.passport.workbook)
    supplier_facts: SupplierFacts = source.supplier_facts(request.supplier)
    facts = [f for f in supplier_facts.facts if about_model(f, request.model)]
    rows = []
    for attribute in attributes:
        mark = attribute.marks[request.category]
        if mark not in REQUIREMENT:
            continue  # the workbook does not list it for this category
        supplied_by, value, citations = supply(attribute, facts)
        rows.append(PassportAttribute(
            number=attribute.number, name=attribute.name, group=attribute.group, article=attribute.article,
            access=attribute.access, granularity=attribute.granularity, requirement=REQUIREMENT[mark],  # type: ignore[arg-type]
            status="supplied" if citations else "not supplied", citations=citations,
            supplied_by=supplied_by or "no fact or document on file supplies it", value=value))
    mandatory = [r for r in rows if r.requirement == "mandatory"]
    return PassportReadiness(supplier=supplier_facts.name or request.supplier, category=request.category,
                             model=request.model, workbook=source.policy.passport.workbook.name,
                             applies_from=source.policy.passport.applies_from.isoformat(), attributes=rows,
                             mandatory=len(mandatory),
                             mandatory_supplied=sum(r.status == "supplied" for r in mandatory),
                             rule=source.rule(source.policy.passport.rule) if source.policy.passport.rule else None)


def title(report: PassportReadiness) -> str:
    return (f"Battery passport readiness: {report.supplier}{' ' + report.model if report.model else ''} "
            f"({report.category}; passports apply from {report.applies_from})")


def to_markdown(report: PassportReadiness) -> str:
    notes = Notes()
    out = [f"# {escape(title(report))}", "",
           f"{report.mandatory_supplied} of {report.mandatory} mandatory attributes supplied by documents on file "
           f"(attributes from {escape(report.workbook)}).", "",
           "| # | attribute | requirement | article | access | granularity | status | supplied by |",
           "|---|---|---|---|---|---|---|---|"]
    for a in report.attributes:
        out.append(f"| {a.number} | {escape(a.name)} | {a.requirement} | {escape(a.article)} | {escape(a.access)} | "
                   f"{escape(a.granularity)} | {a.status.upper() if a.status != 'supplied' else 'OK'} | "
                   f"{escape(a.supplied_by)} {notes.marks(a.citations)}".rstrip() + " |")
    return "\n".join(out + notes.render()) + "\n"


def to_html(report: PassportReadiness) -> str:
    e = html.escape
    rows = "".join(
        f"<tr class='{a.status.replace(' ', '-')}'><td>{a.number}</td><td>{e(a.name)}</td><td>{a.requirement}</td>"
        f"<td>{e(a.article)}</td><td>{e(a.access)}</td><td>{e(a.granularity)}</td><td>{e(a.status)}</td>"
        f"<td title='{e('; '.join(c.where() + ': ' + c.quote for c in a.citations))}'>{e(a.supplied_by)}</td></tr>"
        for a in report.attributes)
    return ("<!doctype html><html><head><meta charset='utf-8'><title>Battery passport readiness</title><style>"
            "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
            "padding:4px 8px}.not-supplied{background:#fff3e0}.supplied td:nth-child(7){color:#2e7d32}</style></head>"
            f"<body><h1>{e(title(report))}</h1><p>{report.mandatory_supplied} of {report.mandatory} mandatory "
            f"attributes supplied by documents on file (attributes from {e(report.workbook)}).</p><table><tr><th>#</th>"
            "<th>attribute</th><th>requirement</th><th>article</th><th>access</th><th>granularity</th><th>status</th>"
            f"<th>supplied by (hover for the source)</th></tr>{rows}</table></body></html>\n")

"""A document's type from what it says (and, for the buyer's own folders, where it sits)."""

from __future__ import annotations

import re

from ingest.models import ParsedDocument

RULES: list[tuple[str, re.Pattern[str]]] = [
    ("profile", re.compile(r"^\W*(?:supplier|vendor) (?:onboarding|registration|master data|information|profile) "
                           r"(?:form|sheet|record)\b|^\W*supplier profile\b", re.M)),
    ("test_summary", re.compile(r"38\.3.{0,80}test summary|test summary.{0,200}38\.3", re.S)),
    ("questionnaire", re.compile(r"self-assessment|questionnaire")),
    # Workbooks are recognised by their format; in prose only a statement or smelter list declares anything
    # (a page that merely describes the reporting templates does not).
    ("minerals_declaration", re.compile(r"due diligence statement|smelter (?:and|or) refiner list")),
    ("contract", re.compile(r"(?:supply|purchase|quality|framework)\s+(?:and quality\s+)?agreement.{0,400}"
                            r"(?:buyer|purchaser)", re.S)),
    ("audit_report", re.compile(r"audit report|audit summary|ethical audit")),
    ("standard", re.compile(r"\bdin\b[^\n]{0,30}\bspec\b|normative references|this (?:standard|specification) "
                            r"(?:specifies|defines)")),
    ("test_report", re.compile(r"test report|iec 62133|ul 9540a|ul 1642|ul 2054")),
    ("certificate", re.compile(r"certif.{0,600}(?:valid until|valid through|expir|gültig bis|valid to|"
                               r"certificate\s+(?:registration\s+)?(?:no|number)|registration\s+(?:no|number)|"
                               r"cert\.\s*no)", re.S)),
    ("policy", re.compile(r"code of conduct|(?:policy|procedure|standard).{0,200}document id|"
                          r"document id.{0,200}(?:policy|procedure|standard)", re.S)),
]
KPI_HEADER = re.compile(r"on.?time|otd|ppm|lead.?time|delivery|liefertreue|durchlaufzeit", re.I)


def classify(relative: str, document: ParsedDocument, area: str | None) -> str:
    name = relative.rsplit("/", 1)[-1].lower()
    if area == "policy":
        return "policy"
    if area == "standard":
        return "standard"
    if document.format == "xlsx-rmi":
        return "minerals_declaration"
    if document.format == "yaml" and ("profile" in name or "onboarding" in name or "Legal name:" in document.text):
        return "profile"
    if document.format == "csv" and KPI_HEADER.search(document.text.split("\n", 1)[0]):
        return "kpi"
    if document.format == "xlsx" and any(len(set(KPI_HEADER.findall(line))) >= 2
                                         for line in document.text.splitlines()[:6]):
        return "kpi"  # a scorecard workbook: title rows, then a header naming at least two KPIs
    head = document.text[:5000].lower()
    for doc_type, pattern in RULES:
        if pattern.search(head):
            return doc_type
    return "other"

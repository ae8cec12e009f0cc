"""The onboarding card: what a supplier sent, what it proves as of a date, and what is missing under
the buyer's onboarding procedure for the supplier's segment. Every line cites the documents it was
read from and the policy rule that makes it matter. For a single file, the card covers what that
file contributes."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Literal

from pydantic import BaseModel, Field

from core.errors import GovError
from core.statuses import PROBLEMS
from ingest.facts.models import ProfileFact
from ingest.models import HIDDEN_TEXT
from tools.assessment import Assessment, Line, SupplierFacts
from tools.source import FactSource


class Received(BaseModel):
    source: str
    doc_type: str
    pages: int | None
    facts: int
    hidden: str | None = None  # text in it a reader would not see, left out of the evidence: a sign of forgery


class Failed(BaseModel):
    source: str
    reason: str


class SummaryRequest(BaseModel):
    supplier: str | None = None  # a name, alias or part of one
    source: str | None = None  # or one stored document (its path relative to the corpus root)
    as_of: dt.date


class OnboardingSummary(BaseModel):
    supplier: str | None
    legal_name: str | None = None
    segment: str | None = None
    country: str | None = None
    as_of: dt.date
    scope: Literal["supplier", "file"]
    source: str | None = None
    received: list[Received] = Field(default_factory=list)
    failed: list[Failed] = Field(default_factory=list)
    certificates: list[Line] = Field(default_factory=list)
    tests: list[Line] = Field(default_factory=list)
    findings: list[Line] = Field(default_factory=list)
    open_findings: dict[str, int] = Field(default_factory=dict)  # severity -> open (incl. overdue) count
    minerals: list[Line] = Field(default_factory=list)
    compliance: list[Line] = Field(default_factory=list)  # RoHS/REACH and carbon-footprint declarations
    gaps: list[Line] = Field(default_factory=list)
    withheld: dict[str, int] = Field(default_factory=dict)  # doc type -> documents the caller may not see
    release: Line | None = None  # the onboarding decision rule, for a whole supplier with a known segment
    code_of_conduct: Line | None = None  # as the profile states it, signed or not; None without a profile

    def sections(self) -> list[tuple[str, list[Line]]]:
        return [("Certificates", self.certificates), ("Transport and safety tests", self.tests),
                ("Audit findings", self.findings), ("Minerals", self.minerals),
                ("Substances and carbon footprint", self.compliance), ("Gaps", self.gaps)]

    def problems(self) -> list[Line]:
        return [line for _, lines in self.sections() for line in lines if line.status in PROBLEMS]


# The card section an unread document of each type belongs in; others (contracts, KPI exports, untyped
# documents) are listed under Gaps.
UNREAD_SECTION = {"certificate": "certificates", "test_summary": "tests", "test_report": "tests",
                  "audit_report": "findings", "minerals_declaration": "minerals",
                  "substance_declaration": "compliance", "carbon_footprint": "compliance"}


def summarize(request: SummaryRequest, source: FactSource) -> OnboardingSummary:
    """The onboarding card for a supplier, or for one stored document."""
    if (request.supplier is None) == (request.source is None):
        raise GovError("summarize needs a supplier or a document, not both", stage="tools", exit_code=2)
    if request.source is not None:
        facts = source.document_facts(request.source)
    else:
        facts = source.supplier_facts(request.supplier or "")
    return onboarding_card(facts, source, request.as_of, whole_supplier=request.source is None, path=request.source)


def onboarding_card(facts: SupplierFacts, source: FactSource, as_of: dt.date, *, whole_supplier: bool = True,
                    path: str | None = None) -> OnboardingSummary:
    card = Assessment(facts, source.policy, source.rule, as_of, whole_supplier)
    profile = facts.profile
    facts_per_source = Counter(f.source for f in facts.facts)
    unread = card.unread()  # each shown where the document would have counted
    placed = {section: [line for line in unread if UNREAD_SECTION.get(line.category or "") == section]
              for section in ("certificates", "tests", "findings", "minerals", "compliance")}
    summary = OnboardingSummary(
        supplier=facts.name, legal_name=facts.legal_name, segment=card.segment,
        country=profile.country if profile else None, as_of=as_of, scope="supplier" if whole_supplier else "file",
        source=path, withheld=facts.withheld,
        received=[Received(source=r.source, doc_type=r.doc_type or "other", pages=r.pages,
                           facts=facts_per_source[r.source],
                           hidden=next((w for w in r.warnings if w.startswith(HIDDEN_TEXT)), None))
                  for r in sorted(facts.documents, key=lambda r: r.source)],
        failed=[Failed(source=f, reason=reason) for f, reason in facts.failures],
        certificates=card.certificates() + placed["certificates"], tests=card.tests() + placed["tests"],
        findings=card.findings() + placed["findings"], minerals=card.minerals() + placed["minerals"],
        compliance=card.compliance() + placed["compliance"],
    )
    # a file card shows profile gaps only when that file is the profile
    summary.gaps = (card.gaps() if whole_supplier or any(isinstance(f, ProfileFact) for f in facts.facts) else []) \
        + [line for line in unread if line.category not in UNREAD_SECTION]
    summary.open_findings = dict(Counter(
        line.severity or "unclassified" for line in summary.findings if line.status in ("open", "overdue")))
    summary.release = card.release([line for _, lines in summary.sections() for line in lines])
    summary.code_of_conduct = card.code_of_conduct() if whole_supplier else None
    return summary


def to_markdown(summary: OnboardingSummary) -> str:
    from tools.markdown import MARKS, Notes, cited_line, escape

    notes = Notes()
    who = escape(summary.legal_name or summary.supplier or "unknown supplier")
    title = f"# Onboarding summary: {who}" if summary.scope == "supplier" else \
        f"# Document summary: {escape(summary.source or '')}"
    facts = [f"as of {summary.as_of}", f"segment {summary.segment or 'not stated'}",
             f"country {escape(summary.country or 'not stated')}"]
    out = [title, "", f"Supplier folder *{escape(summary.supplier or '-')}*; " + "; ".join(facts) + "."]
    if summary.release:
        out += ["", cited_line(MARKS[summary.release.status], summary.release.text, [], summary.release.rules, notes)]
    out += ["", "## Received", ""]
    for doc in summary.received:
        pages = f", {doc.pages} page{'s' if doc.pages != 1 else ''}" if doc.pages else ""
        hidden = f" - **{escape(doc.hidden)}**" if doc.hidden else ""
        out.append(f"- {escape(doc.source)} ({doc.doc_type}{pages}; {doc.facts} fact{'s' if doc.facts != 1 else ''})"
                   + hidden)
    out += [f"- **FAILED** {escape(f.source)}: {escape(f.reason)}" for f in summary.failed]
    out += [f"- **withheld** {n} {doc_type} document{'s' if n != 1 else ''} you may not see"
            for doc_type, n in sorted(summary.withheld.items())]
    if not summary.received and not summary.failed:
        out.append("- nothing")
    for heading, lines in summary.sections():
        if not lines and summary.scope == "file":
            continue
        if heading == "Audit findings" and summary.open_findings:
            heading += " (open: " + ", ".join(f"{n} {s}" for s, n in sorted(summary.open_findings.items())) + ")"
        out += ["", f"## {heading}", ""]
        out += [cited_line(MARKS[line.status], line.text, line.citations, line.rules, notes) for line in lines] \
            or ["- none on file"]  # says what was received, never that all is well
    return "\n".join(out + notes.render()) + "\n"

"""The onboarding card: what a supplier sent, what it proves as of a date, and what is missing under
the buyer's onboarding procedure for the supplier's segment. Every line cites the documents it was
read from and the policy rule that makes it matter. For a single file, the card covers what that
file contributes."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Literal

from pydantic import BaseModel, Field

from assistant.errors import GovError
from ingest.facts.models import (
    AuditFindingFact,
    CertificateFact,
    ContractClauseFact,
    FactBase,
    MineralsFact,
    ProfileFact,
    SafetyTestFact,
    Smelter,
    TransportTestFact,
)
from tools.citations import Citation, cite
from tools.policy import Requirement
from tools.source import FactSource

Status = Literal["valid", "expiring", "expired", "unknown", "missing", "present", "incomplete", "failed", "open",
                 "overdue", "closed", "none", "risk", "gap", "withheld", "ok", "info", "ready", "review", "not ready"]
PROBLEMS = {"expired", "unknown", "missing", "incomplete", "failed", "overdue", "risk", "gap", "not ready"}


class Line(BaseModel):
    topic: str  # what the line is about: a standard, a model, a finding id, a field
    status: Status
    text: str
    severity: str | None = None  # of an audit finding
    citations: list[Citation] = Field(default_factory=list)  # the supplier documents it was read from
    rules: list[Citation] = Field(default_factory=list)  # the buyer's policy clauses that apply


class Received(BaseModel):
    source: str
    doc_type: str
    pages: int | None
    facts: int


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
    gaps: list[Line] = Field(default_factory=list)
    withheld: dict[str, int] = Field(default_factory=dict)  # doc type -> documents the caller may not see
    release: Line | None = None  # the onboarding decision rule, for a whole supplier with a known segment

    def sections(self) -> list[tuple[str, list[Line]]]:
        return [("Certificates", self.certificates), ("Transport and safety tests", self.tests),
                ("Audit findings", self.findings), ("Minerals", self.minerals), ("Gaps", self.gaps)]

    def problems(self) -> list[Line]:
        return [line for _, lines in self.sections() for line in lines if line.status in PROBLEMS]


def base_standard(standard: str | None) -> str:
    return (standard or "").split(":")[0]


def days(a: dt.date, b: dt.date) -> int:
    return (b - a).days


class Card:
    """Builds one summary; small methods per section over the facts it was given."""

    def __init__(self, source: FactSource, facts: list[FactBase], profile: ProfileFact | None, as_of: dt.date,
                 whole_supplier: bool):
        self.source, self.policy, self.facts, self.profile = source, source.policy, facts, profile
        self.as_of, self.whole = as_of, whole_supplier
        self.segment = profile.segment if profile else None
        self.required = [(n, r) for n, r in self.policy.requirements_for(self.segment) if self.applies(r)]
        self.segment_rule = source.rule(self.policy.segments[self.segment].rule) if self.segment in \
            self.policy.segments else None

    def of(self, kind: type[FactBase]) -> list:  # type: ignore[type-arg]
        return [f for f in self.facts if isinstance(f, kind)]

    def applies(self, requirement: Requirement) -> bool:
        if requirement.when == "automotive" and not (self.profile and self.profile.automotive):
            return False
        if requirement.when_materials:
            used = {m.casefold() for m in (self.profile.materials if self.profile else {})}
            return any(m.casefold() in used for m in requirement.when_materials)
        return True

    def rules(self, *extra: Citation | None) -> list[Citation]:
        return [c for c in (self.segment_rule, *extra) if c is not None]

    # -- certificates -----------------------------------------------------------------------------------
    def certificate_line(self, cert: CertificateFact) -> Line:
        name = " ".join(x for x in (cert.standard or "certificate", cert.number) if x)
        window = self.policy.certificates.renewal_window_days
        renewal = self.source.rule(self.policy.certificates.rule)
        hold = self.source.rule(self.policy.certificates.shipment_hold)
        citations = cite(cert, "standard", "number", "expires")
        if cert.expires is None:
            reason = cert.missing.get("expires", "no expiry date read")
            return Line(topic=name, status="unknown", text=f"{name}: validity cannot be confirmed - {reason}",
                        citations=citations, rules=[renewal])
        if cert.expires < self.as_of:
            return Line(topic=name, status="expired", citations=citations, rules=[renewal, hold],
                        text=f"{name}: expired on {cert.expires} ({days(cert.expires, self.as_of)} days before "
                             f"{self.as_of}); affected products may not ship until it is renewed")
        left = days(self.as_of, cert.expires)
        if left <= window:
            return Line(topic=name, status="expiring", citations=citations, rules=[renewal],
                        text=f"{name}: valid until {cert.expires}, expires in {left} days - renewal due")
        return Line(topic=name, status="valid", citations=citations, text=f"{name}: valid until {cert.expires}")

    def certificates(self) -> list[Line]:
        certs: list[CertificateFact] = self.of(CertificateFact)
        lines = [self.certificate_line(c) for c in sorted(certs, key=lambda c: (base_standard(c.standard),
                                                                               c.expires or dt.date.min))]
        if self.whole:
            held = {base_standard(c.standard) for c in certs}
            for _, requirement in self.required:
                if requirement.kind == "certificate" and requirement.standard not in held:
                    lines.append(Line(topic=requirement.standard or requirement.label, status="missing",
                                      text=f"{requirement.label}: not received (required for {self.segment})",
                                      rules=self.rules()))
        return lines

    # -- transport and safety tests ---------------------------------------------------------------------
    def products_needing(self, kinds: list[str]) -> list[str]:
        if not self.profile:
            return []
        return [p for p in self.profile.products
                if (kind := self.policy.product_kind(self.profile.product_types.get(p))) is None or kind in kinds]

    def transport_line(self, test: TransportTestFact) -> Line:
        name = f"{test.model or 'unknown model'} UN 38.3 ({test.report_id or 'no report id'})"
        failed = sorted(t for t, r in test.results.items() if r == "fail")
        citations = cite(test, "report_id", "model", *failed)
        correction = self.source.rule(self.policy.transport_tests.rule)
        if failed:
            return Line(topic=test.model or name, status="failed", citations=citations, rules=[correction],
                        text=f"{name}: failed {', '.join(failed)}")
        if test.missing_elements:
            return Line(topic=test.model or name, status="incomplete", citations=citations, rules=[correction],
                        text=f"{name}: summary lacks {', '.join(test.missing_elements)} (38.3.5) - return for "
                             "correction")
        tested = ", ".join(f"{t} {r}" for t, r in sorted(test.results.items()) if r != "pass") or "none"
        return Line(topic=test.model or name, status="present", citations=citations,
                    text=f"{name}: T.1-T.8 passed or not applicable (not applicable: {tested}), "
                         f"report dated {test.date or 'not stated'}")

    def safety_line(self, test: SafetyTestFact) -> Line:
        name = f"{test.model or 'unknown model'} {test.standard} ({test.report_id or 'no report id'})"
        citations = cite(test, "report_id", "model", "verdict")
        status: Status = {"pass": "present", "fail": "failed"}.get(test.verdict or "", "present")  # type: ignore
        verdict = {"pass": "passed", "fail": "failed", "data reported": "test data reported (the method has "
                   "no pass mark)"}.get(test.verdict or "", "verdict not stated")
        if test.verdict is None:
            status = "incomplete"
        return Line(topic=test.model or name, status=status, citations=citations,
                    text=f"{name}: {verdict}, {test.level or 'level not stated'} level, dated "
                         f"{test.date or 'not stated'}")

    def tests(self) -> list[Line]:
        transport: list[TransportTestFact] = self.of(TransportTestFact)
        safety: list[SafetyTestFact] = self.of(SafetyTestFact)
        lines = [self.transport_line(t) for t in sorted(transport, key=lambda t: t.model or "")]
        lines += [self.safety_line(t) for t in sorted(safety, key=lambda t: (t.model or "", t.standard or ""))]
        if not self.whole:
            return lines
        hold = self.source.rule(self.policy.certificates.shipment_hold)
        for _, requirement in self.required:
            if requirement.kind == "transport_test":
                tested = {t.model for t in transport}
                for product in self.products_needing(requirement.per_product):
                    if product not in tested:
                        lines.append(Line(topic=product, status="missing", rules=self.rules(hold),
                                          citations=cite(self.profile, "products") if self.profile else [],
                                          text=f"{product}: no UN 38.3 test summary received - the model may not "
                                               "ship"))
            elif requirement.kind == "safety_test":
                matching = [t for t in safety if base_standard(t.standard) in requirement.standards]
                if requirement.per_product:
                    covered = {t.model for t in matching}
                    for product in self.products_needing(requirement.per_product):
                        if product not in covered:
                            lines.append(Line(topic=product, status="missing", rules=self.rules(),
                                              citations=cite(self.profile, "products") if self.profile else [],
                                              text=f"{product}: {requirement.label} - not received"))
                elif not matching:
                    lines.append(Line(topic=requirement.label, status="missing", rules=self.rules(),
                                      text=f"{requirement.label}: not received"))
        return lines

    # -- audit findings ---------------------------------------------------------------------------------
    def finding_line(self, finding: AuditFindingFact) -> Line:
        audit = f"{finding.audit_type or 'audit'} audit by {finding.audit_firm or 'unnamed firm'}"
        if finding.finding_id is None:
            return Line(topic=audit, status="none", citations=cite(finding),
                        text=f"{audit}, report {finding.report_date or 'undated'}: no findings")
        severity = finding.severity or "unclassified"
        deadline = self.policy.capa.days.get(severity)
        due = finding.report_date + dt.timedelta(days=deadline) if finding.report_date and deadline else None
        due = due or finding.due
        stated = f" (the report states {finding.due})" if finding.due and due and finding.due != due else ""
        head = f"{finding.finding_id} {severity}"
        what = f"{head} ({finding.category or 'uncategorised'}, {audit}): {finding.description or ''}".rstrip(": ")
        citations = cite(finding, "finding_id", "severity", "description", "status", "due")
        capa = self.source.rule(self.policy.capa.rule)
        if finding.status == "closed":
            return Line(topic=finding.finding_id, status="closed", citations=citations, severity=severity,
                        text=f"{what} - closed{f' on {finding.closed_on}' if finding.closed_on else ''}")
        if due is None:
            return Line(topic=finding.finding_id, status="open", citations=citations, rules=[capa],
                        severity=severity, text=f"{what} - open, no corrective-action deadline ({severity})")
        followup = f"; still open at the follow-up on {finding.followup_date}" if finding.followup_date else ""
        if due < self.as_of:
            escalation = self.policy.capa.escalation.get(severity)
            rules = [capa] + ([self.source.rule(escalation.rule)] if escalation else [])
            consequence = f" - {escalation.action}" if escalation else ""
            return Line(topic=finding.finding_id, status="overdue", citations=citations, rules=rules,
                        severity=severity,
                        text=f"{what} - corrective action overdue since {due}{stated}{followup}{consequence}")
        return Line(topic=finding.finding_id, status="open", citations=citations, rules=[capa], severity=severity,
                    text=f"{what} - open, corrective action due {due}{stated}")

    def findings(self) -> list[Line]:
        findings: list[AuditFindingFact] = self.of(AuditFindingFact)
        order = {"critical": 0, "major": 1, "minor": 2, "observation": 3}
        ranked = sorted(findings, key=lambda f: (f.finding_id is None, order.get(f.severity or "", 4),
                                                 f.report_date or dt.date.min, f.finding_id or ""))
        return [self.finding_line(f) for f in ranked]

    # -- minerals ---------------------------------------------------------------------------------------
    @staticmethod
    def rmap_status(smelter: Smelter) -> str | None:
        """The RMAP status the declaration states; None when it gives an RMI id but no status (the
        EMRT has no status column: the id identifies the smelter, the RMI list holds its status)."""
        comment = (smelter.comment or "").casefold()
        for status in ("not participating", "not listed", "cross-recognized", "conformant", "active"):
            if status in comment:
                return status.capitalize() if status not in ("not participating", "not listed") else status
        return "not listed (no RMI id)" if smelter.smelter_id is None else None

    def minerals(self) -> list[Line]:
        return [line for declaration in self.of(MineralsFact) for line in self.declaration_lines(declaration)]

    def declaration_lines(self, declaration: MineralsFact) -> list[Line]:
        rules = self.policy.minerals
        name = f"{declaration.template or 'declaration'} ({', '.join(declaration.minerals) or 'no minerals'})"
        lines = [Line(topic=name, status="present", citations=cite(declaration),
                      text=f"{name} from {declaration.company or 'unnamed company'}, effective "
                           f"{declaration.effective or 'not stated'}")]
        question = "4" if declaration.template == "CMRT" else "3"
        for mineral in declaration.cahra_minerals:
            due = ""
            if declaration.effective:
                by = declaration.effective + dt.timedelta(days=rules.enhanced_due_diligence_days)
                due = f"; enhanced due diligence due by {by}" + (" (date passed)" if by < self.as_of else "")
            said = "the statement names a conflict-affected or high-risk origin" if declaration.template == \
                "statement" else f"sourced from conflict-affected or high-risk areas (question {question}: Yes)"
            lines.append(Line(topic=mineral, status="risk", citations=cite(declaration, f"q{question}.{mineral}"),
                              rules=[self.source.rule(rules.cahra)], text=f"{mineral}: {said}{due}"))
        if declaration.artisanal_mentioned:
            asm = [f"mine.{n}" for n, m in enumerate(declaration.mines)
                   if re.search(r"artisanal|\bASM\b", f"{m.name} {m.comment}", re.I)]
            asm += [f"q{q}.{m}" for m, by_q in declaration.comments.items() for q, c in by_q.items()
                    if re.search(r"artisanal|\bASM\b", c, re.I)] + ["asm"]
            lines.append(Line(topic="artisanal mining", status="risk", citations=cite(declaration, *asm),
                              rules=[self.source.rule(rules.artisanal)],
                              text="artisanal and small-scale mining (ASM) named in the declaration"))
        for n, smelter in enumerate(declaration.smelters):
            lines.append(self.smelter_line(declaration, n, smelter))
        lines += [self.minerals_gap(declaration, gap) for gap in declaration.gaps]
        return lines

    def smelter_line(self, declaration: MineralsFact, n: int, smelter: Smelter) -> Line:
        rules = self.policy.minerals
        status = self.rmap_status(smelter)
        named = f"{smelter.metal or 'metal?'} smelter/refiner {smelter.name or 'unnamed'} " \
                f"({smelter.country or 'country not given'})"
        citations = cite(declaration, f"smelter.{n}")
        if status is None:
            return Line(topic=smelter.name or named, status="info", citations=citations,
                        text=f"{named}: identified as {smelter.smelter_id}; the declaration states no RMAP status "
                             "(look the id up in the RMI list)")
        if status in rules.accepted_rmap_statuses:
            return Line(topic=smelter.name or named, status="ok", citations=citations, text=f"{named}: RMAP {status}")
        return Line(topic=smelter.name or named, status="risk", citations=citations,
                    rules=[self.source.rule(rules.rmap)], text=f"{named}: RMAP {status}")

    def minerals_gap(self, declaration: MineralsFact, gap: str) -> Line:
        """A gap the declaration shows, cited where it shows it and tied to the rule it breaks."""
        rules = self.policy.minerals
        mineral = gap.split(":")[0]
        number = re.search(r"question (\d)", gap)
        keys = [f"q{number.group(1)}.{mineral}"] if number else []
        keys += [f"smelter.{n}" for n, sm in enumerate(declaration.smelters) if sm.name and sm.name in gap]
        keys += ["assessment"] if "on-the-ground" in gap else []
        rule = rules.identification_gap if number and number.group(1) in ("6", "7", "8") else \
            rules.rmap if re.search(r"RMAP|RMI identification", gap) else \
            rules.artisanal if "on-the-ground" in gap else rules.cahra if "CAHRA" in gap else None
        return Line(topic=mineral, status="gap", text=gap, citations=cite(declaration, *keys),
                    rules=[self.source.rule(rule)] if rule else [])

    # -- gaps -------------------------------------------------------------------------------------------
    def gaps(self, supplier: str | None) -> list[Line]:
        lines: list[Line] = []
        profile_rule = self.source.rule(self.policy.profile.rule)
        if self.profile is None:
            if self.whole:
                lines.append(Line(topic="profile", status="gap", rules=[profile_rule],
                                  text="no supplier profile received: segment, products and mandatory master data "
                                       "unknown, so required documents cannot be checked"))
        else:
            for field, reason in sorted(self.profile.missing.items()):
                if field.split(".")[0] in self.policy.profile.mandatory_fields and field != "code_of_conduct_date":
                    lines.append(Line(topic=field, status="gap", citations=cite(self.profile, field),
                                      rules=[profile_rule], text=f"profile field {field.replace('.', ': ')}: {reason}"))
            if self.profile.code_of_conduct_signed is not True:
                said = "not signed" if self.profile.code_of_conduct_signed is False else "signature status not stated"
                lines.append(Line(topic="code_of_conduct", status="gap", text=f"Code of Conduct {said}",
                                  citations=cite(self.profile, "code_of_conduct"),
                                  rules=self.rules(self.source.rule(self.policy.code_of_conduct.rule))))
        if not self.whole:
            return lines
        withheld_types = {r.doc_type for r in self.source.index.manifest.files() if r.supplier == supplier
                          and r.source in self.source.withheld(supplier=supplier)}
        for _, requirement in self.required:
            line = self.document_gap(requirement, withheld_types)
            if line:
                lines.append(line)
        return lines

    def document_gap(self, requirement: Requirement, withheld_types: set[str | None]) -> Line | None:
        if requirement.kind == "minerals":
            templates = {m.template for m in self.of(MineralsFact)}
            if requirement.template not in templates:
                return Line(topic=requirement.label, status="missing", rules=self.rules(),
                            text=f"{requirement.label}: not received")
        elif requirement.kind == "social_audit":
            social = [f for f in self.of(AuditFindingFact) if f.audit_type == "social" and f.report_date]
            limit = self.as_of - dt.timedelta(days=round((requirement.max_age_months or 0) * 30.44))
            recent = [f for f in social if f.report_date >= limit]
            if not recent:
                latest = max((f.report_date for f in social), default=None)
                said = f"latest social audit report is dated {latest}" if latest else "no social audit received"
                return Line(topic=requirement.label, status="missing", rules=self.rules(),
                            text=f"{requirement.label}: {said}")
        elif requirement.kind == "contract" and not self.of(ContractClauseFact):
            if "contract" in withheld_types:
                return Line(topic=requirement.label, status="withheld", text=f"{requirement.label}: held in "
                            "documents you may not see; not checked")
            return Line(topic=requirement.label, status="missing", rules=self.rules(),
                        text=f"{requirement.label}: not received")
        return None

    # -- onboarding decision ----------------------------------------------------------------------------
    def release(self, lines: list[Line]) -> Line | None:
        if not self.whole or self.segment not in self.policy.segments:
            return None
        blocking = [line for line in lines if line.status in ("expired", "unknown", "missing", "failed", "incomplete")
                    or (line.status == "overdue" and line.severity in ("major", "critical"))
                    or (line.status == "open" and line.severity == "critical")
                    or (line.status == "gap" and line.topic == "code_of_conduct")]
        rule = self.source.rule(self.policy.release.rule)
        if blocking:
            return Line(topic="release", status="not ready", rules=[rule],
                        text=f"{len(blocking)} blocking item(s): {listing(blocking)}")
        risks = [line for line in lines if line.status in ("risk", "gap", "overdue")]
        if risks:
            return Line(topic="release", status="review", rules=[rule],
                        text=f"release conditions met, but {len(risks)} risk item(s) need a decision: {listing(risks)}")
        return Line(topic="release", status="ready", rules=[rule],
                    text="release conditions met: required documents present and valid, no critical finding open, "
                         "no major finding overdue")


def listing(lines: list[Line]) -> str:
    counts = Counter(f"{line.topic} ({line.status})" for line in lines)
    return "; ".join(name + (f" x{n}" if n > 1 else "") for name, n in counts.items())


def summarize(request: SummaryRequest, source: FactSource) -> OnboardingSummary:
    """The onboarding card for a supplier, or for one stored document."""
    if (request.supplier is None) == (request.source is None):
        raise GovError("summarize needs a supplier or a document, not both", stage="tools", exit_code=2)
    if request.source is not None:
        records = source.documents(source=request.source)
        failures = source.failures(source=request.source)
        if not records and not failures:
            raise GovError(f"{request.source} is not in the store", stage="tools", exit_code=2,
                           hint="ingest it first (`gov ingest PATH`), or give a supplier name")
        supplier = records[0].supplier if records else None
        facts = source.facts(source=request.source)
        profile = source.profile(supplier) if supplier else None  # for the segment and products
        card = Card(source, facts, profile, request.as_of, False)
        legal = profile.legal_name if profile else None
    else:
        found = source.supplier(request.supplier or "")
        supplier, records, failures = found.name, source.documents(supplier=found.name), \
            source.failures(supplier=found.name)
        facts = source.facts(supplier=supplier)
        profile = source.profile(supplier)
        card = Card(source, facts, profile, request.as_of, True)
        legal = found.legal_name
    facts_per_source = Counter(f.source for f in facts)
    summary = OnboardingSummary(
        supplier=supplier, legal_name=legal, segment=card.segment, country=profile.country if profile else None,
        as_of=request.as_of, scope="file" if request.source else "supplier", source=request.source,
        received=[Received(source=r.source, doc_type=r.doc_type or "other", pages=r.pages,
                           facts=facts_per_source[r.source]) for r in sorted(records, key=lambda r: r.source)],
        failed=[Failed(source=path, reason=reason) for path, reason in failures],
        certificates=card.certificates(), tests=card.tests(), findings=card.findings(),
        minerals=card.minerals(),
    )
    hidden = source.withheld(supplier=supplier, source=request.source) if supplier or request.source else []
    records_hidden = [source.index.manifest.get(s) for s in hidden]
    summary.withheld = dict(Counter((r.doc_type if r else None) or "other" for r in records_hidden))
    # the profile's own gaps belong to a file card only when that file is the profile
    summary.gaps = card.gaps(supplier) if request.source is None or any(
        isinstance(f, ProfileFact) for f in facts) else []
    summary.open_findings = dict(Counter(
        line.severity or "unclassified" for line in summary.findings if line.status in ("open", "overdue")))
    summary.release = card.release([line for _, lines in summary.sections() for line in lines])
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
        out.append(f"- {escape(doc.source)} ({doc.doc_type}{pages}; {doc.facts} fact{'s' if doc.facts != 1 else ''})")
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
            or ["- nothing to report"]
    return "\n".join(out + notes.render()) + "\n"

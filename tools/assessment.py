"""A supplier's documents judged item by item against the buyer's policy as of a date: each item a
cited line with a status. The onboarding card prints these lines; the risk scorer, the checklist and
the remediation drafter read them, so every tool agrees on what is expired, missing or overdue."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from pydantic import BaseModel, Field

from core.citations import Citation
from core.statuses import LATE, NEEDS_DECISION, NOT_IN_ORDER, Status
from ingest.facts.minerals import CAHRA_ORIGIN
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
    UnreadFact,
)
from ingest.facts.transport import TESTS
from ingest.manifest import FileRecord
from ingest.models import PAGES_SKIPPED
from tools.citations import cite
from tools.compliance import carbon_lines, substance_lines
from tools.policy import Policy, Requirement, Rule

F = TypeVar("F", bound=FactBase)



class Line(BaseModel):
    kind: str  # what sort of item: certificate, transport_test, safety_test, quality_finding, social_finding,
    # audit, declaration, cahra, artisanal, smelter, minerals_gap, profile_field, profile, code_of_conduct,
    # document, release
    topic: str  # what the line is about: a standard, a model, a finding id, a field
    status: Status
    text: str
    severity: str | None = None  # of an audit finding
    category: str | None = None  # of an audit finding: working hours, ...; of an unread line: its document type
    due: dt.date | None = None  # when the item must be dealt with: a CAPA deadline, an expiry, a due-diligence date
    country: str | None = None  # of a smelter, refiner or mine: where it is (its metal is the category)
    citations: list[Citation] = Field(default_factory=list)  # the supplier documents it was read from
    rules: list[Citation] = Field(default_factory=list)  # the buyer's policy clauses that apply
    # who issued, tested or signed the document, and what a test showed: shown when a question asks about this item
    detail: str = ""

    def identity(self) -> tuple[str, str, str]:
        """The same item stated by two documents (an EMRT and a prose statement) has one identity;
        minerals gaps are told apart by their wording."""
        return self.kind, self.topic, self.text if self.kind == "minerals_gap" else ""




def described(line: Line, fact: FactBase, **parts: str | None) -> Line:
    """The line with the document's particulars ("issued by ...", "tested by ..."), citing the fields they come
    from; `parts` maps a field to how it is introduced."""
    stated = [name for name in parts if getattr(fact, name, None) and str(getattr(fact, name)) not in line.text]
    if not stated:
        return line
    # only the fields' own evidence: cite() would fall back to the fact's main quote, which the line already cites
    evidence = [c for c in cite(fact, *stated) if c not in line.citations] if any(
        n in fact.evidence for n in stated) else []
    return line.model_copy(update={"detail": "; ".join(f"{parts[n]} {getattr(fact, n)}" for n in stated),
                                   "citations": line.citations + evidence})


def file_name(source: str) -> str:
    return source.rsplit("/", 1)[-1]


def read_in_part(records: list[FileRecord]) -> list[tuple[str, str]]:
    """(source, what was skipped) of the documents ingested with pages that had no text: they may say more."""
    return [(record.source, warning) for record in records for warning in record.warnings
            if warning.startswith(PAGES_SKIPPED)]


def cahra_question(template: str | None) -> str:
    """The number of the question a reporting template asks about conflict-affected sourcing: 4 in a CMRT, 3 else."""
    return "4" if template == "CMRT" else "3"


def months_after(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (the month's last day where it has fewer days)."""
    years, month = divmod(day.month - 1 + months, 12)
    year = day.year + years
    return day.replace(year=year, month=month + 1, day=min(day.day, calendar.monthrange(year, month + 1)[1]))


def base_standard(standard: str | None) -> str:
    return (standard or "").split(":")[0]


def days(a: dt.date, b: dt.date) -> int:
    return (b - a).days


@dataclass
class SupplierFacts:
    """Everything a tool may read about one supplier (or one document), already filtered by the
    caller's access labels: the tools are pure functions of this, the policy and a date."""

    name: str | None
    legal_name: str | None = None
    facts: list[FactBase] = field(default_factory=list)
    profile: ProfileFact | None = None
    documents: list[FileRecord] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    withheld: dict[str, int] = field(default_factory=dict)  # doc type -> documents the caller may not see

    def of(self, kind: type[F]) -> list[F]:
        return [f for f in self.facts if isinstance(f, kind)]


class Assessment:
    """Each item of a supplier's documents judged against the policy as of a date, as cited lines.
    The onboarding card shows these lines; the risk scorer, checklist and remediation drafter read them."""

    def __init__(self, facts: SupplierFacts, policy: Policy, cite: Callable[[Rule], Citation], as_of: dt.date,
                 whole_supplier: bool = True):
        self.supplier, self.policy, self.cite_rule = facts, policy, cite
        self.facts, self.profile = facts.facts, facts.profile
        self.as_of, self.whole = as_of, whole_supplier
        self.segment = self.profile.segment if self.profile else None
        self.required = [(n, r) for n, r in self.policy.requirements_for(self.segment) if self.applies(r)]
        self.segment_rule = cite(self.policy.segments[self.segment].rule) if self.segment in \
            self.policy.segments else None

    def of(self, kind: type[F]) -> list[F]:
        return self.supplier.of(kind)

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
        renewal = self.cite_rule(self.policy.certificates.rule)
        hold = self.cite_rule(self.policy.certificates.shipment_hold)
        citations = cite(cert, "standard", "number", "expires")
        if cert.status:  # suspended or withdrawn by its body: not in force, whatever its printed expiry
            since = f" since {cert.status_since}" if cert.status_since else ""
            return Line(kind="certificate", topic=name, status=cert.status, rules=[renewal, hold],
                        citations=cite(cert, "status", "standard", "number"),
                        text=f"{name}: {cert.status}{since} by the certification body - not in force; affected "
                             "products may not ship until it is reinstated or replaced")
        if cert.expires is None:
            reason = cert.missing.get("expires", "no expiry date read")
            return Line(kind="certificate",
                        topic=name, status="unknown", text=f"{name}: validity cannot be confirmed - {reason}",
                        citations=citations, rules=[renewal])
        if cert.expires < self.as_of:
            return Line(kind="certificate", topic=name, status="expired", citations=citations, rules=[renewal, hold],
                        text=f"{name}: expired on {cert.expires} ({days(cert.expires, self.as_of)} days before "
                             f"{self.as_of}); affected products may not ship until it is renewed")
        left = days(self.as_of, cert.expires)
        if left <= window:
            return Line(kind="certificate", topic=name, status="expiring", citations=citations, rules=[renewal],
                        due=cert.expires,
                        text=f"{name}: valid until {cert.expires}, expires in {left} days - renewal due")
        return Line(kind="certificate", topic=name, status="valid", citations=citations, due=cert.expires,
                    text=f"{name}: valid until {cert.expires}")  # due: a window the asker sets may end before it

    def certificates(self) -> list[Line]:
        certs: list[CertificateFact] = self.of(CertificateFact)
        lines = [described(self.certificate_line(c), c, issuer="issued by", issued="issued on", scope="scope:")
                 for c in sorted(certs, key=lambda c: (base_standard(c.standard), c.expires or dt.date.min))]
        if self.whole:
            held = {base_standard(c.standard) for c in certs}
            for _, requirement in self.required:
                if requirement.kind == "certificate" and requirement.standard not in held:
                    lines.append(Line(kind="certificate",
                                      topic=requirement.standard or requirement.label, status="missing",
                                      text=f"{requirement.label}: not received (required for {self.segment})",
                                      rules=self.rules()))
        return lines

    # -- transport and safety tests ---------------------------------------------------------------------
    def products_needing(self, kinds: list[str]) -> list[str]:
        """The products a per-product requirement covers: those of these kinds, and those of no known kind."""
        if not self.profile:
            return []
        return [p for p in self.profile.products
                if (kind := self.policy.product_kind(self.profile.product_types.get(p))) is None or kind in kinds]

    def products_of(self, kinds: list[str]) -> list[str]:
        """The products whose stated type is of one of these kinds."""
        if not self.profile or not kinds:
            return []
        return [p for p in self.profile.products
                if self.policy.product_kind(self.profile.product_types.get(p)) in kinds]

    def transport_line(self, test: TransportTestFact) -> Line:
        name = f"{test.model or 'unknown model'} UN 38.3 ({test.report_id or 'no report id'})"
        failed = sorted(t for t, r in test.results.items() if r == "fail")
        citations = cite(test, "report_id", "model", *failed)
        correction = self.cite_rule(self.policy.transport_tests.rule)
        if failed:
            return Line(kind="transport_test",
                        topic=test.model or name, status="failed", citations=citations, rules=[correction],
                        text=f"{name}: failed {', '.join(failed)}")
        if test.missing_elements:
            return Line(kind="transport_test",
                        topic=test.model or name, status="incomplete", citations=citations, rules=[correction],
                        text=f"{name}: summary lacks {', '.join(test.missing_elements)} (38.3.5) - return for "
                             "correction")
        unread = [t for t in TESTS if t not in test.results]
        if unread:  # a result the summary holds but no reader took up is not a pass
            return Line(kind="transport_test", topic=test.model or name, status="unknown", citations=citations,
                        rules=[correction], text=f"{name}: no result could be read for {', '.join(unread)} - "
                                             "needs review")
        tested = ", ".join(f"{t} {r}" for t, r in sorted(test.results.items()) if r != "pass") or "none"
        return Line(kind="transport_test", topic=test.model or name, status="present", citations=citations,
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
        return Line(kind="safety_test", topic=test.model or name, status=status, citations=citations,
                    text=f"{name}: {verdict}, {test.level or 'level not stated'} level, dated "
                         f"{test.date or 'not stated'}")

    def tests(self) -> list[Line]:
        transport: list[TransportTestFact] = self.of(TransportTestFact)
        safety: list[SafetyTestFact] = self.of(SafetyTestFact)
        lines = [described(self.transport_line(t), t, lab="tested by", date="dated", signed_by="summary signed by")
                 for t in sorted(transport, key=lambda t: t.model or "")]
        lines += [described(self.safety_line(t), t, lab="tested by", summary="result:")
                  for t in sorted(safety, key=lambda t: (t.model or "", t.standard or ""))]
        if not self.whole:
            return lines
        hold = self.cite_rule(self.policy.certificates.shipment_hold)
        for _, requirement in self.required:
            if requirement.kind == "transport_test":
                tested = {t.model for t in transport}
                for product in self.products_needing(requirement.per_product):
                    if product not in tested:
                        lines.append(Line(kind="transport_test",
                                          topic=product, status="missing", rules=self.rules(hold),
                                          citations=cite(self.profile, "products") if self.profile else [],
                                          text=f"{product}: no UN 38.3 test summary received - the model may not "
                                               "ship"))
                for product in self.products_of(requirement.may_cover):
                    if product not in tested:
                        kind = (self.profile.product_types.get(product) if self.profile else None) or "product"
                        lines.append(Line(kind="transport_test", topic=product, status="unknown", rules=self.rules(),
                                          citations=cite(self.profile, "products") if self.profile else [],
                                          text=f"{product} ({kind}): no UN 38.3 test summary on file; the procedure "
                                               f"asks for one for every module or battery model shipped - whether "
                                               "this one needs its own is for a person to decide - needs review"))
            elif requirement.kind == "safety_test":
                matching = [t for t in safety if base_standard(t.standard) in requirement.standards]
                if requirement.per_product:
                    covered = {t.model for t in matching}
                    for product in self.products_needing(requirement.per_product):
                        if product not in covered:
                            lines.append(Line(kind="safety_test", topic=product, status="missing", rules=self.rules(),
                                              citations=cite(self.profile, "products") if self.profile else [],
                                              text=f"{product}: {requirement.label} - not received"))
                elif not matching:
                    lines.append(Line(kind="safety_test", topic=requirement.label, status="missing", rules=self.rules(),
                                      text=f"{requirement.label}: not received"))
        return lines

    # -- audit findings ---------------------------------------------------------------------------------
    def finding_line(self, finding: AuditFindingFact) -> Line:
        audit = f"{finding.audit_type or 'audit'} audit by {finding.audit_firm or 'unnamed firm'}"
        kind = f"{finding.audit_type or 'quality'}_finding"
        if finding.finding_id is None and "findings" in finding.missing:  # unknown is never clean
            return Line(kind="audit", topic=audit, status="unknown", citations=cite(finding, "description"),
                        text=f"{audit}, report {finding.report_date or 'undated'}: findings could not be read - "
                             "needs review")
        if finding.finding_id is None:
            return Line(kind="audit", topic=audit, status="none", citations=cite(finding, "description"),
                        text=f"{audit}, report {finding.report_date or 'undated'}: no findings")
        severity = finding.severity or "unclassified"
        deadline = self.policy.capa.days.get(severity)
        due = finding.report_date + dt.timedelta(days=deadline) if finding.report_date and deadline else None
        due = due or finding.due
        stated = f" (the report states {finding.due})" if finding.due and due and finding.due != due else ""
        head = f"{finding.finding_id} {severity}"
        what = f"{head} ({finding.category or 'uncategorised'}, {audit}): {finding.description or ''}".rstrip(": ")
        citations = cite(finding, "finding_id", "severity", "description", "status", "due")
        capa = self.cite_rule(self.policy.capa.rule)
        common = {"kind": kind, "topic": finding.finding_id, "citations": citations, "severity": severity,
                  "category": finding.category, "due": due}
        if finding.status == "closed":
            return Line(**common, status="closed",
                        text=f"{what} - closed{f' on {finding.closed_on}' if finding.closed_on else ''}")
        if due is None:
            return Line(**common, status="open", rules=[capa],
                        text=f"{what} - open, no corrective-action deadline ({severity})")
        followup = f"; still open at the follow-up on {finding.followup_date}" if finding.followup_date else ""
        if due < self.as_of:
            escalation = self.policy.capa.escalation.get(severity)
            rules = [capa] + ([self.cite_rule(escalation.rule)] if escalation else [])
            consequence = f" - {escalation.action}" if escalation else ""
            return Line(**common, status="overdue", rules=rules,
                        text=f"{what} - corrective action overdue since {due}{stated}{followup}{consequence}")
        return Line(**common, status="open", rules=[capa], text=f"{what} - open, corrective action due {due}{stated}")

    def findings(self) -> list[Line]:
        findings: list[AuditFindingFact] = self.of(AuditFindingFact)
        order = {"critical": 0, "major": 1, "minor": 2, "observation": 3}
        ranked = sorted(findings, key=lambda f: (f.finding_id is None, order.get(f.severity or "", 4),
                                                 f.report_date or dt.date.min, f.finding_id or ""))
        return [described(self.finding_line(f), f, audit_firm="audited by", audit_date="audited on",
                          report_date="report dated")
                for f in ranked]

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
        declarations = self.of(MineralsFact)
        return [line for declaration in declarations for line in self.declaration_lines(declaration)] \
            + self.origins_not_declared(declarations)

    def origins_not_declared(self, declarations: list[MineralsFact]) -> list[Line]:
        """A conflict-affected origin the profile names for a mineral that the supplier's declaration of it does not
        declare (the profile's cobalt from the DR Congo; the EMRT's question 3: No): one of the two is wrong - needs
        review, never a clean declaration."""
        if self.profile is None:
            return []
        lines = []
        for material, countries in self.profile.materials.items():
            risky = [c for c in countries if CAHRA_ORIGIN.search(c)]
            covering = [d for d in declarations if d.template in ("EMRT", "CMRT")
                        and material.casefold() in (m.casefold() for m in d.minerals)
                        and material.casefold() not in (m.casefold() for m in d.cahra_minerals)]
            for declaration in covering[:1] if risky else []:
                question = cahra_question(declaration.template)
                lines.append(Line(
                    kind="origin", topic=material, status="gap", category="cahra", country=risky[0],
                    citations=cite(self.profile, f"materials.{material}") + cite(declaration,
                                                                                 f"q{question}.{material.title()}"),
                    rules=[self.cite_rule(self.policy.minerals.cahra)],
                    text=f"{material.title()}: the supplier profile names {risky[0]} as a country of origin, but the "
                         f"{declaration.template} does not declare conflict-affected or high-risk sourcing (question "
                         f"{question}) - one of them is wrong; needs review"))
        return lines

    def declaration_line(self, declaration: MineralsFact, name: str) -> Line:
        """The declaration itself: received, and - for a reporting template the policy wants renewed - current until
        its next one is due, out of date after, unknown without an effective date (its age cannot be checked)."""
        company, effective = declaration.company or "unnamed company", declaration.effective or "not stated"
        said = f"{name} from {company}, effective {effective}"
        rules, citations = self.policy.minerals, cite(declaration)
        if declaration.template not in ("EMRT", "CMRT") or not rules.refresh_months or rules.refresh is None:
            return Line(kind="declaration", topic=name, status="present", citations=citations, text=said)
        refresh = [self.cite_rule(rules.refresh)]
        if declaration.effective is None:
            return Line(kind="declaration", topic=name, status="unknown", citations=citations, rules=refresh,
                        text=f"{said} - its age cannot be checked against the {rules.refresh_months}-month renewal; "
                             "needs review")
        due = months_after(declaration.effective, rules.refresh_months)
        if due < self.as_of:
            return Line(kind="declaration", topic=name, status="expired", citations=citations, rules=refresh, due=due,
                        text=f"{said}; out of date - a new one was due by {due} (every {rules.refresh_months} months)")
        return Line(kind="declaration", topic=name, status="present", citations=citations, rules=refresh, due=due,
                    text=f"{said}; next one due by {due} (every {rules.refresh_months} months)")

    def declaration_lines(self, declaration: MineralsFact) -> list[Line]:
        rules = self.policy.minerals
        name = f"{declaration.template or 'declaration'} ({', '.join(declaration.minerals) or 'no minerals'})"
        lines = [self.declaration_line(declaration, name)]
        question = cahra_question(declaration.template)
        for mineral in declaration.cahra_minerals:
            due, by = "", None
            if declaration.effective:
                by = declaration.effective + dt.timedelta(days=rules.enhanced_due_diligence_days)
                passed = " (date passed, no record that it was done: overdue)" if by < self.as_of else ""
                due = f"; enhanced due diligence due by {by}, {rules.enhanced_due_diligence_days} days after the " \
                    f"declaration{passed}"
            said = "the statement names a conflict-affected or high-risk origin" if declaration.template == \
                "statement" else f"sourced from conflict-affected or high-risk areas (question {question}: Yes)"
            lines.append(Line(kind="cahra",
                              topic=mineral, status="risk", citations=cite(declaration, f"q{question}.{mineral}"),
                              rules=[self.cite_rule(rules.cahra)], due=by, text=f"{mineral}: {said}{due}"))
        if declaration.artisanal_mentioned:
            asm = [f"mine.{n}" for n, m in enumerate(declaration.mines)
                   if re.search(r"artisanal|\bASM\b", f"{m.name} {m.comment}", re.I)]
            asm += [f"q{q}.{m}" for m, by_q in declaration.comments.items() for q, c in by_q.items()
                    if re.search(r"artisanal|\bASM\b", c, re.I)] + ["asm"]
            lines.append(Line(kind="artisanal",
                              topic="artisanal mining", status="risk", citations=cite(declaration, *asm),
                              rules=[self.cite_rule(rules.artisanal)],
                              text="artisanal and small-scale mining (ASM) named in the declaration"))
        for n, smelter in enumerate(declaration.smelters):
            lines.append(self.smelter_line(declaration, n, smelter))
        for n, mine in enumerate(declaration.mines):  # where the metal is mined: "which mine is the graphite from?"
            feeds = f", supplying {mine.smelter}" if mine.smelter else ""
            lines.append(Line(kind="mine", topic=mine.name or "mine", status="info", citations=cite(declaration,
                                                                                                    f"mine.{n}"),
                              category=mine.metal, country=mine.country,
                              text=f"{mine.metal or 'metal?'} mine {mine.name or 'unnamed'} "
                                   f"({mine.country or 'country not given'}){feeds}"))
        lines += [self.minerals_gap(declaration, gap) for gap in declaration.gaps]
        return lines

    def smelter_line(self, declaration: MineralsFact, n: int, smelter: Smelter) -> Line:
        rules = self.policy.minerals
        status = self.rmap_status(smelter)
        named = f"{smelter.metal or 'metal?'} smelter/refiner {smelter.name or 'unnamed'} " \
                f"({smelter.country or 'country not given'})"
        citations = cite(declaration, f"smelter.{n}")
        where = {"category": smelter.metal, "country": smelter.country}
        if status is None:
            return Line(kind="smelter", topic=smelter.name or named, status="info", citations=citations, **where,
                        text=f"{named}: identified as {smelter.smelter_id}; the declaration states no RMAP status "
                             "(look the id up in the RMI list)")
        if status in rules.accepted_rmap_statuses:
            return Line(kind="smelter", topic=smelter.name or named, status="ok", citations=citations, **where,
                        text=f"{named}: RMAP {status}")
        return Line(kind="smelter", topic=smelter.name or named, status="risk", citations=citations, **where,
                    rules=[self.cite_rule(rules.rmap)], text=f"{named}: RMAP {status}")

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
        # the policy's own word for an unanswered identification question (AES-POL-002 4.2)
        named = f"{gap} - a due-diligence gap" if rule is rules.identification_gap else gap
        # a CAHRA question left unanswered ("Unknown") is a CAHRA question too: "who sources from CAHRAs?" lists it
        return Line(kind="minerals_gap", topic=mineral, status="gap", text=named, citations=cite(declaration, *keys),
                    rules=[self.cite_rule(rule)] if rule else [], category="cahra" if "CAHRA" in gap else None)

    # -- gaps -------------------------------------------------------------------------------------------
    def concentration(self) -> list[Line]:
        if self.profile is None:
            return []
        return [Line(kind="single_sourced", topic=part, status="risk", text=f"single-sourced part: {part}",
                     citations=cite(self.profile, "single_sourced_parts"))
                for part in self.profile.single_sourced_parts]

    def unread(self) -> list[Line]:
        """What was received but not read: passages that read like governance evidence but that no fact explains,
        files that could not be read at all, and pages without text. Never clean: each needs review."""
        passages = [Line(kind="unread", topic=fact.source, status="unknown", citations=cite(fact),
                         category=fact.doc_type, text=f"{file_name(fact.source)}: {fact.reason} - needs review")
                    for fact in self.of(UnreadFact)]
        # no passage of these can be cited: the rule that wants received documents valid says why they matter
        release = [self.cite_rule(self.policy.release.rule)]
        files = [Line(kind="unread", topic=path, status="unknown", rules=release,
                      text=f"{file_name(path)}: could not be read ({reason}) - what it holds is unknown; needs review")
                 for path, reason in self.supplier.failures]
        types = {record.source: record.doc_type for record in self.supplier.documents}
        pages = [Line(kind="unread", topic=path, status="unknown", category=types[path], rules=release,
                      text=f"{file_name(path)}: read in part, {warning} - what those pages hold is unknown; "
                           "needs review")
                 for path, warning in read_in_part(self.supplier.documents)]
        return passages + files + pages

    def all_lines(self) -> list[Line]:
        """Every judged item, for the tools that weigh them all (risk, remediation)."""
        return [*self.certificates(), *self.tests(), *self.findings(), *self.minerals(), *self.compliance(),
                *self.gaps(), *self.unread(), *self.concentration()]

    def compliance(self) -> list[Line]:
        """RoHS/REACH and carbon-footprint declarations, held and required (tools/compliance.py)."""
        return substance_lines(self) + carbon_lines(self)

    def code_of_conduct(self) -> Line | None:
        """The buyer's Code of Conduct as the profile states it: signed (and when), not signed, or not stated - a gap
        unless signed. None without a profile."""
        if self.profile is None:
            return None
        signed = self.profile.code_of_conduct_signed
        when = f" on {self.profile.code_of_conduct_date}" if self.profile.code_of_conduct_date else \
            " (date not stated)"
        said = f"signed{when}" if signed else "not signed" if signed is False else "signature status not stated"
        return Line(kind="code_of_conduct", topic="code_of_conduct", status="present" if signed else "gap",
                    text=f"Code of Conduct {said}", citations=cite(self.profile, "code_of_conduct"),
                    rules=self.rules(self.cite_rule(self.policy.code_of_conduct.rule)))

    def gaps(self) -> list[Line]:
        lines: list[Line] = []
        profile_rule = self.cite_rule(self.policy.profile.rule)
        if self.profile is None:
            if self.whole:
                lines.append(Line(kind="profile", topic="profile", status="gap", rules=[profile_rule],
                                  text="no supplier profile received: segment, products and mandatory master data "
                                       "unknown, so required documents cannot be checked"))
        else:
            for field, reason in sorted(self.profile.missing.items()):
                if field.split(".")[0] in self.policy.profile.mandatory_fields and field != "code_of_conduct_date":
                    lines.append(Line(kind="profile_field",
                                      topic=field, status="gap", citations=cite(self.profile, field),
                                      rules=[profile_rule], text=f"profile field {field.replace('.', ': ')}: {reason}"))
            if (conduct := self.code_of_conduct()) is not None and conduct.status == "gap":
                lines.append(conduct)
        if not self.whole:
            return lines
        withheld_types = set(self.supplier.withheld)
        for _, requirement in self.required:
            if line := self.document_gap(requirement, withheld_types):
                lines.append(line)
        return lines

    def document_gap(self, requirement: Requirement, withheld_types: set[str]) -> Line | None:
        if requirement.kind == "minerals":
            templates = {m.template for m in self.of(MineralsFact)}
            if requirement.template not in templates:
                return Line(kind="document", topic=requirement.label, status="missing", rules=self.rules(),
                            text=f"{requirement.label}: not received")
        elif requirement.kind == "social_audit":
            reports = [f.report_date for f in self.of(AuditFindingFact) if f.audit_type == "social" and f.report_date]
            limit = self.as_of - dt.timedelta(days=round((requirement.max_age_months or 0) * 30.44))
            if not [d for d in reports if d >= limit]:
                latest = max(reports, default=None)
                said = f"latest social audit report is dated {latest}" if latest else "no social audit received"
                return Line(kind="document", topic=requirement.label, status="missing", rules=self.rules(),
                            text=f"{requirement.label}: {said}")
        elif requirement.kind == "contract" and not self.of(ContractClauseFact):
            if any(f.doc_type == "contract" for f in self.of(UnreadFact)):
                return None  # received but unread: its own needs-review line stands for it
            if "contract" in withheld_types:
                return Line(kind="document",
                            topic=requirement.label, status="withheld", text=f"{requirement.label}: held in "
                            "documents you may not see; not checked")
            return Line(kind="document", topic=requirement.label, status="missing", rules=self.rules(),
                        text=f"{requirement.label}: not received")
        return None

    # -- onboarding decision ----------------------------------------------------------------------------
    def release(self, lines: list[Line]) -> Line | None:
        if not self.whole or self.segment not in self.policy.segments:
            return None
        blocking = [line for line in lines if line.status in NOT_IN_ORDER
                    or (line.status == "overdue" and line.severity in ("major", "critical"))
                    or (line.status == "open" and line.severity == "critical")
                    or (line.status == "gap" and line.topic == "code_of_conduct")]
        rule = self.cite_rule(self.policy.release.rule)
        if blocking:
            return Line(kind="release", topic="release", status="not ready", rules=[rule],
                        text=f"{len(blocking)} blocking item(s): {listing(blocking)}")
        risks = [line for line in lines if line.status in NEEDS_DECISION | LATE]
        if risks:
            return Line(kind="release", topic="release", status="review", rules=[rule],
                        text=f"release conditions met, but {len(risks)} risk item(s) need a decision: {listing(risks)}")
        return Line(kind="release", topic="release", status="ready", rules=[rule],
                    text="release conditions met: required documents present and valid, no critical finding open, "
                         "no major finding overdue")


def listing(lines: list[Line]) -> str:
    counts = Counter(f"{line.topic} ({line.status})" for line in lines)
    return "; ".join(name + (f" x{n}" if n > 1 else "") for name, n in counts.items())



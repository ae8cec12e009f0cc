"""The governance checklist: the seed toolkit's items plus the buyer's required documents for the
supplier's segment, each pass / fail / missing evidence / not applicable with the evidence (or its
absence) cited. Evaluated from the same assessment as the onboarding card and the risk score."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from pydantic import BaseModel, Field

from core.citations import Citation
from core.statuses import CHECKLIST_FAILURES, Verdict
from ingest.facts.models import ContractClauseFact, KpiFact
from tools.assessment import Assessment, Line, SupplierFacts
from tools.citations import cite
from tools.policy import ChecklistItem, Policy, Requirement, Rule
from tools.risk import assess_risk, months_back
from tools.sla import natural, sla_report
from tools.source import FactSource


class ChecklistRequest(BaseModel):
    supplier: str
    as_of: dt.date


class Item(BaseModel):
    id: str
    label: str
    verdict: Verdict
    reason: str
    citations: list[Citation] = Field(default_factory=list)  # the evidence, or the document that shows the gap
    rules: list[Citation] = Field(default_factory=list)


class ChecklistReport(BaseModel):
    supplier: str | None
    legal_name: str | None
    segment: str | None
    as_of: dt.date
    items: list[Item]
    counts: dict[str, int]
    withheld: dict[str, int] = Field(default_factory=dict)


def worst(lines: list[Line]) -> tuple[Verdict, list[Line]]:
    """A group of lines as one verdict: any failing line fails, any missing one is missing evidence."""
    failing = [line for line in lines if line.status in CHECKLIST_FAILURES]
    if failing:
        return "fail", failing
    missing = [line for line in lines if line.status in ("missing", "withheld")]
    if missing:
        return "missing evidence", missing
    return "pass", lines


def summed(lines: list[Line]) -> tuple[list[Citation], list[Citation]]:
    return [c for line in lines for c in line.citations], [r for line in lines for r in line.rules]


class Evaluator:
    def __init__(self, facts: SupplierFacts, policy: Policy, cite_rule: Callable[[Rule], Citation], as_of: dt.date):
        self.facts, self.policy, self.cite_rule, self.as_of = facts, policy, cite_rule, as_of
        self.assessment = Assessment(facts, policy, cite_rule, as_of)
        self.certificates = self.assessment.certificates()
        self.tests = self.assessment.tests()
        self.findings = self.assessment.findings()
        self.minerals = self.assessment.minerals()
        self.compliance = self.assessment.compliance()
        self.gaps = self.assessment.gaps()
        self.unread = self.assessment.unread()

    def unread_of(self, doc_type: str | None, sources: set[str] | None = None) -> list[Line]:
        """Passages of documents of this type (or these documents) that no fact explains: they keep an item
        from passing, since what they say was not read."""
        return [line for line in self.unread if (doc_type and line.category == doc_type)
                or (sources and line.topic in sources)]

    def item(self, item_id: str, label: str, verdict: Verdict, reason: str, lines: list[Line] | None = None,
             rule: Rule | None = None, citations: list[Citation] | None = None) -> Item:
        cited, rules = summed(lines or [])
        rules = ([self.cite_rule(rule)] if rule else []) + rules
        unique_rules = list({(r.source, r.quote): r for r in rules}.values())
        return Item(id=item_id, label=label, verdict=verdict, reason=reason, citations=(citations or []) + cited,
                    rules=unique_rules)

    # -- the segment's required documents ---------------------------------------------------------------
    def requirement_lines(self, requirement: Requirement) -> list[Line]:
        if requirement.kind == "certificate":
            standard = requirement.standard or ""
            return [line for line in self.certificates if line.topic.split(":")[0].startswith(standard)]
        if requirement.kind == "transport_test":
            return [line for line in self.tests if line.kind == "transport_test"]
        if requirement.kind == "safety_test":
            return [line for line in self.tests if line.kind == "safety_test"
                    and (line.status == "missing" or any(s in line.text for s in requirement.standards))]
        if requirement.kind == "minerals":
            missing = [line for line in self.gaps if line.kind == "document" and line.topic == requirement.label]
            return missing or [line for line in self.minerals if line.kind == "declaration"
                               and line.topic.startswith(requirement.template or "")]
        if requirement.kind == "code_of_conduct":
            return [line for line in self.gaps if line.kind == "code_of_conduct"]
        if requirement.kind == "substance_declaration":
            return [line for line in self.compliance if line.kind == requirement.kind
                    and line.category == requirement.regulation]
        if requirement.kind == "carbon_footprint":
            return [line for line in self.compliance if line.kind == requirement.kind]
        return [line for line in self.gaps if line.kind == "document" and line.topic == requirement.label]

    def requirement_item(self, name: str, requirement: Requirement) -> Item:
        lines = self.requirement_lines(requirement)
        if not lines and requirement.kind in ("social_audit", "code_of_conduct", "contract"):
            evidence = self.evidence_for(requirement)
            return self.item(f"required.{name}", f"Required: {requirement.label}", "pass", "received",
                             citations=evidence)
        if not lines:
            return self.item(f"required.{name}", f"Required: {requirement.label}", "missing evidence", "not received",
                             rule=self.policy.segments[self.assessment.segment or ""].rule)
        verdict, why = worst(lines)
        reason = "; ".join(line.text for line in why) if verdict != "pass" else "; ".join(line.text for line in lines)
        return self.item(f"required.{name}", f"Required: {requirement.label}", verdict, reason, why)

    def evidence_for(self, requirement: Requirement) -> list[Citation]:
        if requirement.kind == "social_audit":
            return [c for line in self.findings if line.kind in ("social_finding", "audit") and "social" in line.text
                    for c in line.citations][:3]
        if requirement.kind == "code_of_conduct" and self.facts.profile:
            return cite(self.facts.profile, "code_of_conduct")
        contract = next(iter(self.facts.of(ContractClauseFact)), None)
        return cite(contract) if contract else []

    # -- the seed's checklist items ---------------------------------------------------------------------
    def check(self, entry: ChecklistItem) -> Item:
        return getattr(self, f"check_{entry.check}")(entry)  # type: ignore[no-any-return]

    def check_code_of_conduct(self, entry: ChecklistItem) -> Item:
        profile = self.facts.profile
        if profile is None or profile.code_of_conduct_signed is None:
            return self.item(entry.id, entry.label, "missing evidence", "signature status not on file", rule=entry.rule)
        if profile.code_of_conduct_signed is False:
            return self.item(entry.id, entry.label, "fail", "Code of Conduct not signed", rule=entry.rule,
                             citations=cite(profile, "code_of_conduct"))
        return self.item(entry.id, entry.label, "pass", f"signed {profile.code_of_conduct_date or '(date not given)'}",
                         rule=entry.rule, citations=cite(profile, "code_of_conduct"))

    def check_onboarding_documents(self, entry: ChecklistItem, required: list[Item] | None = None) -> Item:
        required = required if required is not None else self.required_items()
        if not required:
            return self.item(entry.id, entry.label, "missing evidence", "segment unknown: required documents cannot "
                             "be determined", rule=entry.rule)
        failing = [i for i in required if i.verdict == "fail"]
        missing = [i for i in required if i.verdict == "missing evidence"]
        verdict: Verdict = "fail" if failing else "missing evidence" if missing else "pass"
        named = ", ".join(i.label.removeprefix("Required: ") for i in failing + missing)
        reason = f"{len(required) - len(failing) - len(missing)} of {len(required)} required documents valid" + \
            (f"; not valid or missing: {named}" if named else "")
        return self.item(entry.id, entry.label, verdict, reason, rule=entry.rule,
                         citations=[c for i in failing + missing for c in i.citations])

    def check_material_provenance(self, entry: ChecklistItem) -> Item:
        declared = [line for line in self.minerals if line.kind == "declaration"]
        problems = [line for line in self.minerals if line.status in ("risk", "gap")]
        origins = [line for line in self.gaps if line.kind == "profile_field" and line.topic.startswith("materials")]
        required = any(r.kind == "minerals" for _, r in self.assessment.required)
        if not declared:
            verdict: Verdict = "missing evidence" if required else "not applicable"
            return self.item(entry.id, entry.label, verdict, "no minerals declaration received" if required else
                             "no minerals declaration required for this segment", rule=entry.rule, lines=origins)
        if problems or origins:
            return self.item(entry.id, entry.label, "fail", f"{len(problems) + len(origins)} provenance issue(s): "
                             + "; ".join(line.text for line in (problems + origins)[:4]), problems + origins,
                             rule=entry.rule)
        return self.item(entry.id, entry.label, "pass", "declaration complete: smelters identified, no CAHRA or ASM "
                         "exposure declared", declared, rule=entry.rule)

    def check_compliance_review(self, entry: ChecklistItem) -> Item:
        certs = [line for line in self.certificates if line.status != "missing"]
        social = [line for line in self.gaps if line.kind == "document" and "social audit" in line.topic]
        verdict, why = worst(certs + social + self.unread_of("certificate"))
        if not certs:
            return self.item(entry.id, entry.label, "missing evidence", "no certificates on file", rule=entry.rule)
        reason = "; ".join(line.text for line in why) if verdict != "pass" else \
            f"{len(certs)} certificates valid on {self.as_of}"
        return self.item(entry.id, entry.label, verdict, reason, why if verdict != "pass" else certs, rule=entry.rule)

    def check_quality_control(self, entry: ChecklistItem) -> Item:
        quality = [line for line in self.findings if line.kind == "quality_finding" or
                   (line.kind == "audit" and line.topic.startswith("quality"))]
        wanted = {c.casefold() for c in self.policy.checklist_quality_categories}
        open_issues = [line for line in quality if line.status in ("open", "overdue")
                       and (line.category or "").casefold() in wanted and line.severity in ("critical", "major")]
        unread = [line for line in quality if line.status == "unknown"] + \
            self.unread_of(None, {c.source for line in quality for c in line.citations})
        if not quality:
            return self.item(entry.id, entry.label, "missing evidence", "no quality (process) audit on file",
                             rule=entry.rule)
        if open_issues or unread:
            open_issues += unread  # findings that could not be read may be the open major ones
            return self.item(entry.id, entry.label, "fail", "; ".join(line.text for line in open_issues), open_issues,
                             rule=entry.rule)
        return self.item(entry.id, entry.label, "pass", "quality audit without open major findings on incoming "
                         "inspection or process control", quality[:2], rule=entry.rule)

    def check_master_data(self, entry: ChecklistItem) -> Item:
        empty = [line for line in self.gaps if line.kind in ("profile_field", "profile")]
        if empty:
            return self.item(entry.id, entry.label, "fail", "; ".join(line.text for line in empty), empty,
                             rule=entry.rule)
        return self.item(entry.id, entry.label, "pass", "every mandatory profile field filled", rule=entry.rule,
                         citations=cite(self.facts.profile) if self.facts.profile else [])

    def check_sla_and_change(self, entry: ChecklistItem) -> Item:
        clauses = self.facts.of(ContractClauseFact)
        unread = self.unread_of("contract")
        if not clauses:
            reason = "the supply agreement is in documents you may not see" if "contract" in self.facts.withheld \
                else "; ".join(line.text for line in unread) if unread else "no supply agreement on file"
            return self.item(entry.id, entry.label, "missing evidence", reason, unread, rule=entry.rule)
        have = {c.metric for c in clauses}
        needed = self.policy.checklist_sla_metrics.get("all", []) + \
            self.policy.checklist_sla_metrics.get(self.assessment.segment or "", [])
        lacking = [m for m in needed if m not in have]
        shown = [c for c in clauses if c.metric in needed]
        evidence = [e for c in shown for e in cite(c)]
        if lacking:
            return self.item(entry.id, entry.label, "fail", "; ".join(["the agreement lacks: " + ", ".join(lacking)]
                                                                      + [line.text for line in unread]),
                             unread, rule=entry.rule, citations=evidence)
        return self.item(entry.id, entry.label, "pass", "; ".join(f"{c.clause}: {c.metric.replace('_', ' ')} "
                         f"{c.target:g} {c.unit or ''}".strip() for c in sorted(shown, key=lambda c: natural(
                             c.clause or "")) if c.target is not None),
                         rule=entry.rule, citations=evidence)

    def check_risk_register(self, entry: ChecklistItem) -> Item:
        report = assess_risk(self.facts, self.policy, self.cite_rule, self.as_of)
        return self.item(entry.id, entry.label, "pass", f"score {report.score} ({report.band}); audit "
                         f"{report.audit_cadence}; in `gov register`", rule=entry.rule)

    def check_kpi_review(self, entry: ChecklistItem) -> Item:
        kpi = next(iter(self.facts.of(KpiFact)), None)
        if kpi is None:
            unread = self.unread_of("kpi")
            return self.item(entry.id, entry.label, "missing evidence", "; ".join(line.text for line in unread)
                             or "no KPI export received", unread, rule=entry.rule)
        wanted = months_back(self.as_of, 3)
        if not any(m.on_time_delivery_pct is not None for m in kpi.months):  # a column no reader recognised
            return self.item(entry.id, entry.label, "missing evidence", "the KPI export holds no on-time delivery "
                             "figure that could be read - needs review", rule=entry.rule, citations=cite(kpi))
        have = {m.month for m in kpi.months}
        lacking = [m for m in wanted if m not in have]
        if lacking:
            return self.item(entry.id, entry.label, "fail", "no KPI data for " + ", ".join(sorted(lacking)),
                             rule=entry.rule, citations=cite(kpi))
        return self.item(entry.id, entry.label, "pass", f"monthly KPIs up to {max(wanted)}", rule=entry.rule,
                         citations=cite(kpi, *wanted))

    def check_development_plan(self, entry: ChecklistItem) -> Item:
        report = sla_report(self.facts, self.policy, self.cite_rule, self.as_of)
        plan = report.development_plan
        if plan is None:
            verdict: Verdict = "missing evidence" if "contract" in self.facts.withheld else "not applicable"
            reason = "SLA targets not visible to you" if verdict != "not applicable" else \
                f"no {self.policy.kpi.consecutive_months} consecutive months below an SLA target"
            return self.item(entry.id, entry.label, verdict, reason, rule=entry.rule)
        return self.item(entry.id, entry.label, "missing evidence", f"{plan.text}; no development plan on file",
                         [plan], rule=entry.rule)

    def required_items(self) -> list[Item]:
        return [self.requirement_item(name, r) for name, r in self.assessment.required]

    def unread_item(self) -> list[Item]:
        """Received documents (or pages) that could not be read: whatever they hold is unchecked, so the checklist
        is not complete while they stand."""
        if not self.unread:
            return []
        return [self.item("documents.read", "Every document received could be read", "missing evidence",
                          "; ".join(line.text for line in self.unread), self.unread)]


def evaluate(facts: SupplierFacts, policy: Policy, cite_rule: Callable[[Rule], Citation],
             as_of: dt.date) -> ChecklistReport:
    evaluator = Evaluator(facts, policy, cite_rule, as_of)
    required = evaluator.required_items()
    items = [evaluator.check_onboarding_documents(entry, required) if entry.check == "onboarding_documents"
             else evaluator.check(entry) for entry in policy.checklist] + required + evaluator.unread_item()
    counts: dict[str, int] = {}
    for item in items:
        counts[item.verdict] = counts.get(item.verdict, 0) + 1
    return ChecklistReport(supplier=facts.name, legal_name=facts.legal_name, segment=evaluator.assessment.segment,
                           as_of=as_of, items=items, counts=counts, withheld=facts.withheld)


def evaluate_checklist(request: ChecklistRequest, source: FactSource) -> ChecklistReport:
    return evaluate(source.supplier_facts(request.supplier), source.policy, source.rule, request.as_of)

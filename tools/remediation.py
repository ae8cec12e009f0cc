"""The remediation (CAPA) plan: one action for everything failing for a supplier - expired or missing
documents, open findings, SLA breaches, minerals due-diligence gaps - each with why (the finding,
cited), the rule that demands it (cited), owner, a due date computed from policy, the evidence that
closes it, and the escalation if it runs late. Ordered by severity, then due date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from pydantic import BaseModel, Field

from core.citations import Citation
from core.statuses import ACTIONABLE
from tools.assessment import Assessment, Line, SupplierFacts
from tools.policy import Policy, Rule
from tools.risk import RiskReport, assess_risk, factor_rule
from tools.sla import sla_report
from tools.source import FactSource

ESCALATIONS = {  # kind -> which policy rule escalates it, when it is late
    "certificate": "shipment_hold", "transport_test": "shipment_hold",
    "cahra": "artisanal", "artisanal": "artisanal", "smelter": "artisanal",
}


DEFAULT_SEVERITY = 3  # for a problem the risk rules do not price (e.g. a development plan that is due)


class RemediationRequest(BaseModel):
    supplier: str
    as_of: dt.date


class Action(BaseModel):
    number: int = 0
    kind: str
    topic: str
    action: str  # what to do
    why: str  # the finding, in words
    severity: int  # 1-5, from the risk rule that prices the problem
    owner: str
    due: dt.date
    due_basis: str  # how the date was computed
    overdue: bool
    evidence_required: str
    escalation: str | None = None
    citations: list[Citation] = Field(default_factory=list)  # the finding
    rules: list[Citation] = Field(default_factory=list)  # the rule that demands the action, and its escalation


class RemediationPlan(BaseModel):
    supplier: str | None
    legal_name: str | None
    as_of: dt.date
    score: int
    band: str
    actions: list[Action]
    withheld: dict[str, int] = Field(default_factory=dict)


class Drafter:
    def __init__(self, policy: Policy, cite_rule: Callable[[Rule], Citation], as_of: dt.date):
        self.policy, self.cite_rule, self.as_of = policy, cite_rule, as_of

    def due(self, line: Line) -> tuple[dt.date, str]:
        if line.due is not None and line.kind.endswith("_finding"):
            return line.due, f"audit report date + {self.policy.capa.days.get(line.severity or '')} days " \
                             f"({line.severity}, {self.policy.capa.rule.name()})"
        if line.due is not None and line.kind == "certificate":
            return line.due, "before the certificate expires"
        if line.due is not None and line.kind == "cahra":
            return line.due, f"declaration date + {self.policy.minerals.enhanced_due_diligence_days} days " \
                             f"({self.policy.minerals.cahra.name()})"
        days = self.policy.remediation.days_to_provide
        return self.as_of + dt.timedelta(days=days), f"{days} days from {self.as_of} (policy: days_to_provide)"

    def escalation(self, line: Line) -> tuple[str | None, list[Citation]]:
        escalation = self.policy.capa.escalation.get(line.severity or "") if line.kind.endswith("_finding") else None
        if escalation:
            return escalation.action, [self.cite_rule(escalation.rule)]
        which = ESCALATIONS.get(line.kind)
        if which == "shipment_hold":
            return "shipment hold on the affected products", [self.cite_rule(self.policy.certificates.shipment_hold)]
        if which == "artisanal":
            return "mitigate or suspend the source", [self.cite_rule(self.policy.minerals.artisanal)]
        return None, []

    def action(self, line: Line) -> Action | None:
        template = self.policy.remediation.actions.get(line.kind)
        if template is None or line.status not in ACTIONABLE or line.severity == "observation":
            return None  # observations are reviewed at the next audit (AES-QP-004 4.1)
        rule = factor_rule(self.policy, line.kind, line.status, line.severity)
        due, basis = self.due(line)
        escalation, escalation_rules = self.escalation(line)
        subject = {"minerals_gap": line.text, "code_of_conduct": "", "development_plan": line.topic.replace("_", " "),
                   "profile_field": line.topic.replace(".", ": ")}.get(line.kind, line.topic)
        return Action(kind=line.kind, topic=line.topic, action=f"{template.do}: {subject}".rstrip(": "),
                      why=line.text, severity=rule.severity if rule else DEFAULT_SEVERITY, owner=template.owner,
                      due=due, due_basis=basis, overdue=due < self.as_of,
                      evidence_required=template.evidence, escalation=escalation, citations=line.citations,
                      rules=line.rules + [r for r in escalation_rules if r not in line.rules])


def draft(facts: SupplierFacts, policy: Policy, cite_rule: Callable[[Rule], Citation], as_of: dt.date,
          risk: RiskReport | None = None) -> RemediationPlan:
    """The plan; `risk` is the supplier's risk report when the caller has it already (the register)."""
    drafter = Drafter(policy, cite_rule, as_of)
    lines = Assessment(facts, policy, cite_rule, as_of).all_lines()
    plan = sla_report(facts, policy, cite_rule, as_of).development_plan
    lines += [plan] if plan else []
    actions: dict[tuple[str, str, str], Action] = {}
    for line in lines:
        action = drafter.action(line)
        if action and (line.identity() not in actions or actions[line.identity()].severity < action.severity):
            actions[line.identity()] = action
    ordered = sorted(actions.values(), key=lambda a: (-a.severity, a.due, a.topic))
    for number, action in enumerate(ordered, start=1):
        action.number = number
    risk = risk or assess_risk(facts, policy, cite_rule, as_of)
    return RemediationPlan(supplier=facts.name, legal_name=facts.legal_name, as_of=as_of, score=risk.score,
                           band=risk.band, actions=ordered, withheld=facts.withheld)


def draft_remediation(request: RemediationRequest, source: FactSource) -> RemediationPlan:
    return draft(source.supplier_facts(request.supplier), source.policy, source.rule, request.as_of)


def to_markdown(plan: RemediationPlan) -> str:
    from tools.markdown import Notes, escape

    notes = Notes()
    who = escape(plan.legal_name or plan.supplier or "supplier")
    out = [f"# Corrective action plan: {who}", "",
           f"As of {plan.as_of}. Risk score {plan.score} ({plan.band}). {len(plan.actions)} action(s), most severe "
           "first. Due dates follow the buyer's policy; each action cites the finding and the rule behind it.", ""]
    if plan.withheld:
        out += ["Documents you may not see were left out: " + ", ".join(f"{n} {t}" for t, n in plan.withheld.items())
                + ".", ""]
    if not plan.actions:
        out.append("Nothing to remediate: no failing item was found.")
    out += ["| # | action | owner | due | severity |", "|---|---|---|---|---|"]
    for a in plan.actions:
        late = " **OVERDUE**" if a.overdue else ""
        out.append(f"| {a.number} | {escape(a.action)} | {a.owner} | {a.due}{late} | {a.severity}/5 |")
    for a in plan.actions:
        out += ["", f"## {a.number}. {escape(a.action)}", "",
                f"- **Why:** {escape(a.why)} {notes.marks(a.citations)}".rstrip(),
                f"- **Required by:** {notes.marks(a.rules) or 'policy data'}",
                f"- **Owner:** {a.owner}",
                f"- **Due:** {a.due}{' (overdue)' if a.overdue else ''} - {escape(a.due_basis)}",
                f"- **Evidence to close:** {escape(a.evidence_required)}"]
        if a.escalation:
            out.append(f"- **If late:** {escape(a.escalation)}")
    return "\n".join(out + notes.render()) + "\n"

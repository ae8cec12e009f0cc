"""What the buyer's own policy sets - CAPA deadlines, audit cadences, the certificate renewal window -
answered from the policy data (tools/policy.yaml) with the clause each value comes from."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from core.citations import Citation
from tools.source import FactSource

PolicyTopic = Literal["capa_deadline", "audit_cadence", "renewal_window"]
Severity = Literal["critical", "major", "minor", "observation"]


class PolicyRuleRequest(BaseModel):
    topic: PolicyTopic
    severity: Severity | None = None  # which finding's deadline (topic capa_deadline)


class PolicyValue(BaseModel):
    name: str  # what the value is of: a severity, a risk band, the renewal window
    days: int | None = None  # a deadline or window in days; None: the policy sets none
    text: str = ""  # a value the policy states in words (an audit cadence)
    citations: list[Citation] = Field(default_factory=list)


class PolicyRuleAnswer(BaseModel):
    topic: PolicyTopic
    values: list[PolicyValue] = Field(default_factory=list)
    escalation: PolicyValue | None = None  # what happens when a CAPA deadline passes


def policy_rule(request: PolicyRuleRequest, source: FactSource) -> PolicyRuleAnswer:
    policy = source.policy
    if request.topic == "capa_deadline":
        severity = request.severity or "major"
        days = policy.capa.days.get(severity)
        escalation = policy.capa.escalation.get(severity)
        return PolicyRuleAnswer(
            topic=request.topic,
            values=[PolicyValue(name=severity, days=days, citations=[source.rule(policy.capa.rule)])],
            escalation=PolicyValue(name="escalation", text=escalation.action, citations=[source.rule(escalation.rule)])
            if escalation and days else None)
    if request.topic == "audit_cadence":
        cited = [source.rule(policy.risk.cadence_rule)]
        return PolicyRuleAnswer(topic=request.topic, values=[
            PolicyValue(name=band, text=f"{cadence.audit}; document review {cadence.review}", citations=cited)
            for band, cadence in policy.risk.cadence.items()])
    return PolicyRuleAnswer(topic=request.topic, values=[
        PolicyValue(name="renewal window", days=policy.certificates.renewal_window_days,
                    citations=[source.rule(policy.certificates.rule)])])

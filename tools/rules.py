"""What the buyer's own policy sets - CAPA deadlines, audit cadences, the certificate renewal window, the
documents each segment must provide, which RMAP statuses a refiner may have - answered from the policy data
(tools/policy.yaml) with the clause each value comes from."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

from core.citations import Citation
from tools.citations import cite
from tools.source import FactSource

PolicyTopic = Literal["capa_deadline", "audit_cadence", "renewal_window", "required_documents", "rmap_status"]
Severity = Literal["critical", "major", "minor", "observation"]


class PolicyRuleRequest(BaseModel):
    topic: PolicyTopic
    severity: Severity | None = None  # which finding's deadline (topic capa_deadline)
    segment: str | None = None  # whose documents (topic required_documents); None: every segment
    rmap_status: str | None = None  # the status asked about (topic rmap_status), as written
    document: str | None = None  # topic required_documents: whether this one ("ISO 50001", "social audit") is required
    supplier: str | None = None  # topic required_documents: that supplier's segment, as its profile states it (cited)


class PolicyValue(BaseModel):
    name: str  # what the value is of: a severity, a risk band, the renewal window
    days: int | None = None  # a deadline or window in days; None: the policy sets none
    text: str = ""  # a value the policy states in words (an audit cadence, a segment's documents)
    accepted: bool | None = None  # topic rmap_status: whether the policy accepts the status; None: not asked
    items: list[str] = Field(default_factory=list)  # topic required_documents: the documents, one by one
    required: bool | None = None  # topic required_documents: whether the document asked about is among them
    citations: list[Citation] = Field(default_factory=list)


class PolicyRuleAnswer(BaseModel):
    topic: PolicyTopic
    values: list[PolicyValue] = Field(default_factory=list)
    escalation: PolicyValue | None = None  # what happens when a CAPA deadline passes
    closure: PolicyValue | None = None  # what closing a corrective action takes
    condition: PolicyValue | None = None  # a condition on top of the rule (ASM cobalt: Conformant refiners only)
    accepted: list[str] = Field(default_factory=list)  # topic rmap_status: the statuses the policy accepts
    document: str | None = None  # topic required_documents: the document asked about, as asked


def names(text: str, document: str) -> bool:
    """Whether a text names a document, standard or model ("ISO 45001 certificate" names "ISO 45001"; "CMRT (3TG)"
    names "cmrt"; "UL 9540A" does not name "UL 9540"), as whole words, a space inside the name optional
    ("UN38.3")."""
    words = r"\s?".join(re.escape(part) for part in document.split())
    return re.search(rf"(?<!\w){words}(?!\w)", text, re.I) is not None


def policy_rule(request: PolicyRuleRequest, source: FactSource) -> PolicyRuleAnswer:
    policy = source.policy
    if request.topic == "capa_deadline":  # one severity's deadline and escalation, or every severity's deadline
        cited, capa = [source.rule(policy.capa.rule)], policy.capa
        closure = PolicyValue(name="closure", text=capa.closure.action, citations=[source.rule(capa.closure.rule)]) \
            if capa.closure else None
        severities = [request.severity] if request.severity else list(capa.days)
        values = [PolicyValue(name=name, days=capa.days.get(name), text=capa.containment.get(name, ""),
                              citations=cited) for name in severities]  # text: the containment period, if any
        escalation = capa.escalation.get(request.severity) if request.severity else None
        return PolicyRuleAnswer(topic=request.topic, values=values, closure=closure, escalation=PolicyValue(
            name="escalation", text=escalation.action, citations=[source.rule(escalation.rule)])
            if escalation and values[0].days else None)
    if request.topic == "audit_cadence":
        cited = [source.rule(policy.risk.cadence_rule)]
        return PolicyRuleAnswer(topic=request.topic, values=[
            PolicyValue(name=band, text=f"{cadence.audit}; document review {cadence.review}", citations=cited)
            for band, cadence in policy.risk.cadence.items()])
    if request.topic == "required_documents":
        profile = source.profile(source.supplier(request.supplier).name) if request.supplier else None
        segment_asked = profile.segment if profile and profile.segment else request.segment
        stated = cite(profile, "segment") if profile and profile.segment else []  # whose segment it is, cited
        segments = {segment_asked: policy.segments[segment_asked]} if segment_asked in policy.segments \
            else policy.segments
        return PolicyRuleAnswer(topic=request.topic, document=request.document, values=[
            PolicyValue(name=name, text="; ".join(labels), items=labels, citations=[source.rule(segment.rule), *stated],
                        required=None if request.document is None else any(names(label, request.document)
                                                                           for label in labels))
            for name, segment in segments.items()
            for labels in [[policy.requirements[key].label for key in segment.requires]]])
    if request.topic == "rmap_status":
        minerals = policy.minerals
        accepted = {s.casefold() for s in minerals.accepted_rmap_statuses}
        values = [PolicyValue(name=status, text=rule.quote, accepted=status.casefold() in accepted,
                              citations=[source.rule(rule)]) for status, rule in minerals.rmap_statuses.items()
                  if request.rmap_status is None or request.rmap_status.casefold() in status.casefold().split(" / ")]
        if request.rmap_status and not values:  # a status the policy's table does not name is not among the accepted
            values = [PolicyValue(name=request.rmap_status, accepted=request.rmap_status.casefold() in accepted,
                                  citations=[source.rule(minerals.rmap)])]
        return PolicyRuleAnswer(topic=request.topic, values=values, accepted=minerals.accepted_rmap_statuses,
                                condition=PolicyValue(
            name="artisanal", text="ASM cobalt only through refiners with an RMAP Conformant status",
            citations=[source.rule(minerals.artisanal)]))
    return PolicyRuleAnswer(topic=request.topic, values=[
        PolicyValue(name="renewal window", days=policy.certificates.renewal_window_days,
                    citations=[source.rule(policy.certificates.rule)])])

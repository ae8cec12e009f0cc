"""The supplier risk score: every problem the assessment finds (expired or missing documents, open
findings, minerals risks, SLA breaches, single-sourced parts, empty master data) becomes a factor of
severity x likelihood points under a rule of the policy data; the score is their sum, capped at 100,
and its band sets the audit cadence. Reproducible for a given as-of date; nothing from a model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from pydantic import BaseModel, Field

from core.citations import Citation
from tools.assessment import Assessment, Line, SupplierFacts
from tools.policy import Policy, RiskFactor, Rule
from tools.selection import SupplierFilter
from tools.sla import sla_report
from tools.source import FactSource


class RiskRequest(BaseModel):
    supplier: str
    as_of: dt.date


class Factor(BaseModel):
    category: str  # raw_material, esg, quality, compliance, delivery, concentration, data_completeness
    kind: str
    topic: str
    text: str
    severity: int
    likelihood: int
    points: int
    rule: str  # the policy-data rule that priced it, e.g. "certificate/expired: 5 x 5"
    citations: list[Citation] = Field(default_factory=list)
    policy: list[Citation] = Field(default_factory=list)  # the buyer's clauses that make it a problem


class RiskReport(BaseModel):
    supplier: str | None
    legal_name: str | None
    segment: str | None
    as_of: dt.date
    score: int
    band: str
    categories: dict[str, int]  # points per category (before the cap of 100)
    factors: list[Factor]
    audit_cadence: str
    review_cadence: str
    rules: list[Citation] = Field(default_factory=list)  # the scoring and cadence rules
    withheld: dict[str, int] = Field(default_factory=dict)
    not_scored: list[str] = Field(default_factory=list)  # what could not be scored, and why


def factor_rule(policy: Policy, kind: str, status: str, finding: str | None) -> RiskFactor | None:
    return next((f for f in policy.risk.factors if f.matches(kind, status, finding)), None)


def priced(rule: RiskFactor, line: Line, likelihood: int | None = None) -> Factor:
    chance = likelihood if likelihood is not None else (rule.likelihood if isinstance(rule.likelihood, int) else 1)
    return Factor(category=rule.category, kind=line.kind, topic=line.topic, text=line.text, severity=rule.severity,
                  likelihood=chance, points=rule.severity * chance, citations=line.citations, policy=line.rules,
                  rule=f"{rule.kind}{'/' + '|'.join(rule.status) if rule.status else ''}"
                       f"{' (' + '|'.join(rule.finding) + ')' if rule.finding else ''}: {rule.severity} x {chance}")


def months_back(as_of: dt.date, count: int) -> list[str]:
    """The `count` whole months before the as-of month, as YYYY-MM, newest first."""
    index = as_of.year * 12 + as_of.month - 1
    return [f"{(index - n) // 12:04d}-{(index - n) % 12 + 1:02d}" for n in range(1, count + 1)]


def kpi_factors(facts: SupplierFacts, policy: Policy, cite_rule: Callable[[Rule], Citation],
                as_of: dt.date) -> list[Factor]:
    """SLA targets missed in the lookback window: likelihood is the number of months in breach (at most 5)."""
    report = sla_report(facts, policy, cite_rule, as_of)
    lookback = set(months_back(as_of, policy.kpi.lookback_months))
    factors = []
    for clause in report.clauses:
        recent = [w for w in clause.windows if w.met is False and w.window in lookback]
        rule = factor_rule(policy, f"kpi_{clause.metric}", "breached", None)
        if not recent or rule is None:
            continue
        months = ", ".join(f"{w.window} {w.actual:g}" for w in recent)
        line = Line(kind=f"kpi_{clause.metric}", topic=clause.metric, status="risk",
                    citations=clause.citations + [c for w in recent for c in w.citations],
                    rules=[cite_rule(policy.kpi.review)],
                    text=f"{clause.metric.replace('_', ' ')} below the {clause.clause or 'contract'} target "
                         f"({clause.target:g} {clause.unit or ''}) in {len(recent)} of the last "
                         f"{policy.kpi.lookback_months} months: {months}")
        factors.append(priced(rule, line, min(5, len(recent))))
    return factors


def assess_risk(facts: SupplierFacts, policy: Policy, cite_rule: Callable[[Rule], Citation],
                as_of: dt.date) -> RiskReport:
    """The score of one supplier's facts: a pure function of the facts, the policy and the date."""
    assessment = Assessment(facts, policy, cite_rule, as_of)
    factors: dict[tuple[str, str, str], Factor] = {}
    for line in assessment.all_lines():
        rule = factor_rule(policy, line.kind, line.status, line.severity)
        if rule is None:
            continue
        factor = priced(rule, line)
        # the same risk stated by two documents counts once, at its highest
        if line.identity() not in factors or factors[line.identity()].points < factor.points:
            factors[line.identity()] = factor
    ranked = sorted([*factors.values(), *kpi_factors(facts, policy, cite_rule, as_of)],
                    key=lambda f: (-f.points, f.category, f.topic))
    categories: dict[str, int] = {}
    for factor in ranked:
        categories[factor.category] = categories.get(factor.category, 0) + factor.points
    score = min(100, sum(categories.values()))
    band = policy.risk.band(score)
    cadence = policy.risk.cadence[band]
    not_scored = []
    if "contract" in facts.withheld:
        not_scored.append("SLA performance: the supply agreement is in documents you may not see")
    if facts.profile is None:
        not_scored.append("segment requirements and master data: no supplier profile")
    not_scored += [line.text for line in assessment.unread()]  # no factor prices what was not read
    return RiskReport(supplier=facts.name, legal_name=facts.legal_name, segment=assessment.segment, as_of=as_of,
                      score=score, band=band, categories=dict(sorted(categories.items())), factors=ranked,
                      audit_cadence=cadence.audit, review_cadence=cadence.review, withheld=facts.withheld,
                      rules=[cite_rule(policy.risk.rule), cite_rule(policy.risk.cadence_rule)], not_scored=not_scored)


def score_risk(request: RiskRequest, source: FactSource) -> RiskReport:
    return assess_risk(source.supplier_facts(request.supplier), source.policy, source.rule, request.as_of)


class RankingRequest(BaseModel):
    as_of: dt.date
    where: SupplierFilter = Field(default_factory=SupplierFilter)  # only these suppliers


class RiskRanking(BaseModel):
    as_of: dt.date
    suppliers: list[RiskReport]


def rank_suppliers(request: RankingRequest, source: FactSource) -> RiskRanking:
    reports = [score_risk(RiskRequest(supplier=s.name, as_of=request.as_of), source)
               for s in request.where.chosen(source.registry.suppliers)]
    return RiskRanking(as_of=request.as_of, suppliers=sorted(reports, key=lambda r: (-r.score, r.supplier or "")))

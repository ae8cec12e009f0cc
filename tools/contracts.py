"""Supply agreements against the buyer's contract standard: each SLA template of the standard (policy data,
`contract_standard` in tools/policy.yaml) compared with the clause the supplier's agreement sets for it. A target
less strict than the template deviates (and needs Legal's approval, the standard says); a template the agreement
has no clause for is a gap; a clause stated in another unit cannot be compared and needs review - it is never
taken as in line."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from core.citations import Citation
from ingest.facts.models import ContractClauseFact
from tools.citations import cite
from tools.policy import Template
from tools.selection import SupplierFilter
from tools.sla import canonical_metric, meets
from tools.source import FactSource

Verdict = Literal["in line", "deviates", "no clause", "needs review"]


class ContractStandardRequest(BaseModel):
    suppliers: list[str] = Field(default_factory=list)  # none: every supplier `where` admits
    where: SupplierFilter = Field(default_factory=SupplierFilter)
    metric: str | None = None  # one template's metric (or a word for it: "otd", "ppm"); None: every template


class TemplateCheck(BaseModel):
    metric: str
    template: str  # the template in words: "at least 95 %"
    contract: str | None = None  # what the agreement sets: "92 %", or None without a clause
    clause: str | None = None
    contract_number: str | None = None
    verdict: Verdict
    citations: list[Citation] = Field(default_factory=list)  # the agreement's clause
    rule: Citation  # the template in the standard


class AgreementCheck(BaseModel):
    supplier: str
    legal_name: str | None = None
    checks: list[TemplateCheck] = Field(default_factory=list)
    note: str | None = None  # no agreement on file, or one the caller may not see

    @property
    def deviations(self) -> list[TemplateCheck]:
        return [c for c in self.checks if c.verdict != "in line"]


class ContractStandardReport(BaseModel):
    rule: Citation | None = None  # deviations need Legal's approval
    metric: str | None = None
    agreements: list[AgreementCheck] = Field(default_factory=list)


def check(template: Template, clause: ContractClauseFact | None, rule: Citation) -> TemplateCheck:
    wanted = f"{template.direction} {template.target:g} {template.unit}"
    label = template.metric if template.field == "target" else \
        f"{template.metric} {template.field.removesuffix('_pct').replace('_', ' ')}"  # "warranty capacity retention"
    if clause is None:
        return TemplateCheck(metric=label, template=wanted, verdict="no clause", rule=rule)
    value = clause.target if template.field == "target" else getattr(clause, template.field)
    unit = (clause.unit or "") if template.field == "target" else template.unit
    found = dict(metric=label, template=wanted, clause=clause.clause, contract_number=clause.contract_number,
                 citations=cite(clause, "target") if template.field == "target" else cite(clause), rule=rule)
    if value is None or unit.strip().lower() != template.unit.lower():
        return TemplateCheck(**found, contract=f"{value:g} {unit}".strip() if value is not None else None,
                             verdict="needs review")
    return TemplateCheck(**found, contract=f"{value:g} {unit}",
                         verdict="in line" if meets(value, template.target, template.direction) else "deviates")


def check_contract_standard(request: ContractStandardRequest, source: FactSource) -> ContractStandardReport:
    standard = source.policy.contract_standard
    if standard is None:
        return ContractStandardReport()
    metric = canonical_metric(request.metric)
    chosen = [source.supplier(name) for name in request.suppliers] or request.where.chosen(source.registry.suppliers)
    agreements = []
    for supplier in chosen:
        facts = source.supplier_facts(supplier.name)
        clauses = facts.of(ContractClauseFact)
        agreement = AgreementCheck(supplier=supplier.name, legal_name=supplier.legal_name)
        if not clauses:
            agreement.note = "its supply agreement is in documents you may not see" if "contract" in facts.withheld \
                else "no supply agreement with SLA clauses on file"
        for template in standard.templates:
            if (metric and template.metric != metric) or not clauses:
                continue
            rule = source.rule(template.rule)
            if template.segments and supplier.segment is None:  # a template for some segments: may apply - review
                agreement.checks.append(TemplateCheck(
                    metric=template.metric, template=f"{template.direction} {template.target:g} {template.unit}",
                    contract="segment not stated in the profile", verdict="needs review", rule=rule))
                continue
            if template.segments and supplier.segment not in template.segments:
                continue
            clause = next((c for c in clauses if c.metric == template.metric), None)
            agreement.checks.append(check(template, clause, rule))
        agreements.append(agreement)
    return ContractStandardReport(rule=source.rule(standard.rule), metric=metric, agreements=agreements)

"""Delivery and quality performance from the KPI exports: one supplier's value in a month, its trend,
the months it fell short of its contract's target, and suppliers ranked best to worst on a measure.
Every value cites the export row it was read from; a supplier with no export is said to have none."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from core.citations import Citation
from ingest.facts.models import ContractClauseFact, KpiFact
from tools.assessment import SupplierFacts
from tools.citations import cite
from tools.policy import Policy
from tools.selection import SupplierFilter
from tools.sla import MEASURED, meets, months_before
from tools.source import FactSource
from tools.trend import Trend, trend

KpiMetric = Literal["on_time_delivery_pct", "defect_ppm", "lead_time_days", "invoiced_value"]
# What each measure is called, its unit and whether more is better (for ranking suppliers on it).
MEASURES: dict[str, tuple[str, str, bool | None]] = {
    "on_time_delivery_pct": ("on-time delivery", "%", True),
    "defect_ppm": ("defect rate", "ppm", False),
    "lead_time_days": ("lead time", "days", False),
    "invoiced_value": ("invoiced value", "", None),
}
# The contract clause that sets a measure's target, and whether the target is a floor or a ceiling: the SLA lookup's.
TARGETS = {field: (clause, direction) for clause, (field, direction) in MEASURED.items()}


class KpiRequest(BaseModel):
    metric: KpiMetric
    suppliers: list[str] = Field(default_factory=list)  # none: every supplier `where` admits
    where: SupplierFilter = Field(default_factory=SupplierFilter)
    month: str | None = None  # YYYY-MM: that month only
    months: list[str] = Field(default_factory=list)  # YYYY-MM: only these (a quarter, month by month)
    as_of: dt.date


class KpiValue(BaseModel):
    month: str
    value: float
    below_target: bool | None = None  # None: no monthly target to compare with
    citations: list[Citation] = Field(default_factory=list)


class KpiSeries(BaseModel):
    supplier: str
    legal_name: str | None = None
    values: list[KpiValue] = Field(default_factory=list)  # oldest first, months ended before the as-of date
    target: float | None = None  # the contract's monthly target, where it sets one
    target_citations: list[Citation] = Field(default_factory=list)
    average: float | None = None
    change: float | None = None  # last minus first value
    # the trend test over the last months (the policy's watch.trend_months), with enough of them; None otherwise
    trend: Trend | None = None
    missing: str | None = None  # why there is no value: no KPI export, or no value for the month asked
    unread: list[str] = Field(default_factory=list)  # months the export lists without a value that could be read
    unread_citations: list[Citation] = Field(default_factory=list)

    @property
    def below_target(self) -> list[KpiValue]:
        return [v for v in self.values if v.below_target]


class KpiReport(BaseModel):
    metric: KpiMetric
    name: str
    unit: str
    higher_is_better: bool | None
    month: str | None = None
    as_of: dt.date
    series: list[KpiSeries] = Field(default_factory=list)  # with several suppliers: best first, then those without
    review_rule: Citation | None = None  # the policy's monthly KPI review: what a missing export falls short of


def monthly_target(facts: list[ContractClauseFact], clause_metric: str) -> ContractClauseFact | None:
    """The contract clause that sets a calendar-month target for the measure (a rolling window is not monthly)."""
    return next((c for c in facts if c.metric == clause_metric and c.target is not None
                 and not (c.window and "rolling" in c.window)), None)


def series_of(facts: SupplierFacts, request: KpiRequest, policy: Policy) -> KpiSeries:
    """One supplier's series of the measure, from facts its caller has already read."""
    name = MEASURES[request.metric][0]
    clause_metric, direction = TARGETS.get(request.metric, ("", ""))
    series = KpiSeries(supplier=facts.name or "", legal_name=facts.legal_name)
    clause = monthly_target(facts.of(ContractClauseFact), clause_metric) if clause_metric else None
    if clause is not None:
        series.target, series.target_citations = clause.target, cite(clause, "target")
    kpi = next(iter(facts.of(KpiFact)), None)
    if kpi is None:
        series.missing = "no KPI export on file"
        return series
    for month in months_before(kpi, request.as_of):
        value = getattr(month, request.metric)
        if (request.month and month.month != request.month) or (request.months and month.month not in request.months):
            continue
        if value is None:  # a month on file without a readable value: never silently a month on target
            series.unread.append(month.month)
            series.unread_citations += cite(kpi, month.month)
            continue
        below = None if series.target is None else not meets(value, series.target, direction)
        series.values.append(KpiValue(month=month.month, value=value, below_target=below,
                                      citations=cite(kpi, month.month)))
    if not series.values:
        series.missing = f"the {name} value for {', '.join(series.unread)} could not be read" if series.unread else \
            f"no {name} value for {request.month}" if request.month else f"no {name} values"
        return series
    numbers = [v.value for v in series.values]
    series.average = round(sum(numbers) / len(numbers), 2)
    series.change = round(numbers[-1] - numbers[0], 2)
    watch = policy.watch
    recent = numbers[-watch.trend_months:]
    if len(recent) >= watch.trend_min_points:
        series.trend = trend(recent, alpha=watch.trend_alpha)
    return series


def kpi_performance(request: KpiRequest, source: FactSource) -> KpiReport:
    """The measure for the suppliers asked about (every supplier if none), best first by average."""
    name, unit, higher = MEASURES[request.metric]
    names = request.suppliers or [s.name for s in request.where.chosen(source.registry.suppliers)]
    series = [series_of(source.supplier_facts(supplier), request, source.policy) for supplier in names]
    if higher is not None and len(series) > 1:
        series.sort(key=lambda s: (s.average is None, -(s.average or 0) if higher else (s.average or 0)))
    return KpiReport(metric=request.metric, name=name, unit=unit, higher_is_better=higher, month=request.month,
                     as_of=request.as_of, series=series, review_rule=source.rule(source.policy.kpi.review))

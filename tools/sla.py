"""Contract SLA lookup: the supply agreement's SLA and remedy clauses and, where KPI exports exist,
performance per measurement window against each target, with the remedy each breach implies
(e.g. the OTD service credit: full points below target x rate x that month's invoiced value, capped)."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable

from pydantic import BaseModel, Field

from core.citations import Citation
from core.errors import GovError
from ingest.facts.models import ContractClauseFact, KpiFact, KpiMonth
from tools.assessment import Line, SupplierFacts
from tools.citations import cite
from tools.policy import Policy, Rule
from tools.source import FactSource

METRIC_NAMES = {  # what people type -> the clause metric
    "otd": "on_time_delivery", "on-time": "on_time_delivery", "on time": "on_time_delivery",
    "delivery": "on_time_delivery", "late": "late_delivery_penalty", "penalty": "late_delivery_penalty",
    "credit": "otd_service_credit", "ppm": "defect_ppm", "defect": "defect_ppm", "quality": "defect_ppm",
    "acknowledg": "complaint_acknowledgement", "complaint": "complaint_acknowledgement", "8d": "report_8d",
    "warranty": "warranty", "change": "change_notice", "pcn": "change_notice",
}
MEASURED = {"on_time_delivery": ("on_time_delivery_pct", "at least"), "defect_ppm": ("defect_ppm", "at most")}


class SlaRequest(BaseModel):
    supplier: str
    metric: str | None = None  # a clause metric or a word for one ("otd", "ppm", "late", "warranty" ...)
    as_of: dt.date
    # a delivery this late (days) and, if given, its value: the late-delivery penalty is computed for it
    delay_days: int | None = Field(None, ge=0)
    order_value: float | None = Field(None, ge=0)


class WindowResult(BaseModel):
    window: str  # the month, YYYY-MM (a rolling window is named by its last month)
    actual: float | None
    target: float
    met: bool | None  # None: no data for the window
    basis: str  # how the actual was computed
    remedy: float | None = None  # the amount a breach implies under the remedy clause, where computable
    remedy_basis: str | None = None
    citations: list[Citation] = Field(default_factory=list)


class Penalty(BaseModel):
    """A late-delivery penalty worked out: periods of delay counted as the clause counts them, x rate, capped."""

    delay_days: int
    periods: int  # weeks (or days) of delay as the clause counts them
    percent: float  # of the basis, after the cap
    capped: bool
    amount: float | None = None  # with an order value
    working: str  # the arithmetic, in words
    needs_review: str | None = None  # what the clause leaves open (whether a started week counts)


class ClauseResult(BaseModel):
    metric: str
    clause: str | None
    contract_number: str | None
    text: str  # the clause in one line: target, window, penalty, cap
    target: float | None = None
    unit: str | None = None
    window: str | None = None
    penalty_rate: float | None = None
    penalty_basis: str | None = None
    penalty_cap: float | None = None
    windows: list[WindowResult] = Field(default_factory=list)
    breached: list[str] = Field(default_factory=list)
    average: float | None = None  # of the windows measured: how the supplier did, whether it met the target or not
    remedy_total: float | None = None
    note: str | None = None
    penalty: Penalty | None = None  # late delivery: the penalty for the delay asked about, with its arithmetic
    citations: list[Citation] = Field(default_factory=list)


class SlaReport(BaseModel):
    supplier: str | None
    legal_name: str | None
    as_of: dt.date
    clauses: list[ClauseResult] = Field(default_factory=list)
    development_plan: Line | None = None  # consecutive months below a target (AES-QP-004 6.2)
    withheld: dict[str, int] = Field(default_factory=dict)
    note: str | None = None


def natural(text: str) -> list[int | str]:
    """"Clause 7.2" before "Clause 10.1"."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


def money(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


def canonical_metric(metric: str | None) -> str | None:
    if metric is None:
        return None
    wanted = metric.strip().lower().replace("_", " ")
    known = {m.replace("_", " "): m for m in ("on_time_delivery", "late_delivery_penalty", "otd_service_credit",
                                               "defect_ppm", "complaint_acknowledgement", "report_8d", "warranty",
                                               "change_notice")}
    if wanted in known:
        return known[wanted]
    found = next((m for word, m in METRIC_NAMES.items() if word in wanted), None)
    if found is None:
        raise GovError(f"unknown SLA metric {metric!r}", stage="tools", exit_code=2,
                       hint="one of: " + ", ".join(sorted(known.values())) + " (or otd, ppm, late, warranty ...)")
    return found


def describe(clause: ContractClauseFact) -> str:
    parts = [clause.clause or "clause", clause.metric.replace("_", " ")]
    if clause.target is not None:
        parts.append(f"target {clause.target:g} {clause.unit or ''}".strip())
    if clause.window:
        parts.append(f"per {clause.window}" if not clause.window.startswith("per ") else clause.window)
    if clause.warranty_cycles:
        parts.append(f"{clause.warranty_cycles} cycles")
    if clause.capacity_retention_pct:
        parts.append(f"{clause.capacity_retention_pct:g} % capacity retention")
    if clause.penalty_rate is not None:
        parts.append(f"remedy {clause.penalty_rate:g} % of {clause.penalty_basis or 'the basis stated'}")
    if clause.penalty_cap is not None:
        parts.append(f"capped at {clause.penalty_cap:g} %")
    return ", ".join(parts)


def meets(actual: float, target: float, direction: str) -> bool:
    """Whether a measured value meets a target that is a floor ("at least") or a ceiling ("at most")."""
    return actual >= target if direction == "at least" else actual <= target


def months_before(kpi: KpiFact | None, as_of: dt.date) -> list[KpiMonth]:
    """The months that ended before the as-of date, oldest first."""
    current = f"{as_of:%Y-%m}"
    return sorted((m for m in kpi.months if m.month < current), key=lambda m: m.month) if kpi else []


def measure(clause: ContractClauseFact, kpi: KpiFact, months: list[KpiMonth]) -> list[WindowResult]:
    field, direction = MEASURED[clause.metric]
    rolling = 3 if clause.window and "rolling" in clause.window and "3" in clause.window.replace("three", "3") else 1
    results = []
    for i, month in enumerate(months):
        span = months[max(0, i - rolling + 1):i + 1]
        values = [getattr(m, field) for m in span if getattr(m, field) is not None]
        if rolling > 1 and len(span) < rolling:
            continue  # not yet a full rolling window
        citations = cite(kpi, *[m.month for m in span])
        target = clause.target or 0.0
        if not values:
            results.append(WindowResult(window=month.month, actual=None, target=target, met=None,
                                        basis="no value in the KPI export", citations=citations))
            continue
        actual = round(sum(values) / len(values), 2)
        met = meets(actual, target, direction)
        basis = f"{actual:g} in {month.month}" if rolling == 1 else \
            f"mean of {', '.join(f'{v:g}' for v in values)} ({span[0].month} to {span[-1].month}) = {actual:g}"
        results.append(WindowResult(window=month.month, actual=actual, target=target, met=met, basis=basis,
                                    citations=citations))
    return results


def service_credit(credit: ContractClauseFact, otd: ClauseResult, months: dict[str, KpiMonth]) -> None:
    """Full percentage points below the OTD target x rate, capped, x that month's invoiced value."""
    for window in otd.windows:
        if window.met is not False or window.actual is None:
            continue
        points = math.floor(window.target - window.actual + 1e-9)
        rate = min(points * (credit.penalty_rate or 0), credit.penalty_cap if credit.penalty_cap is not None
                   else math.inf)
        value = months[window.window].invoiced_value
        if value is None:
            window.remedy_basis = (f"{points} full point(s) below target x {credit.penalty_rate:g} % = {rate:g} % of "
                                   "the month's invoiced value (not in the KPI export)")
            continue
        window.remedy = round(value * rate / 100, 2)
        capped = " (capped)" if credit.penalty_cap is not None and points * (credit.penalty_rate or 0) > \
            credit.penalty_cap else ""
        window.remedy_basis = (f"{points} full point(s) below {window.target:g} % x {credit.penalty_rate:g} % = "
                               f"{rate:g} %{capped} of {money(value)} invoiced = {money(window.remedy)} "
                               f"({credit.clause})")


PERIOD = re.compile(r"per\s+(?:(commenced|started|begun|each|full|complete|whole)\s+)?(?:calendar\s+)?(week|day)", re.I)


def late_penalty(clause: ContractClauseFact, delay_days: int, order_value: float | None) -> Penalty | None:
    """The penalty a delivery `delay_days` late incurs under the clause: "per commenced week" counts a started week,
    "per full week" only whole ones; a clause that says neither is counted in whole weeks and flagged for review."""
    if clause.penalty_rate is None:
        return None
    found = PERIOD.search(clause.penalty_basis or "")
    unit = found.group(2).lower() if found else "week"
    counting = (found.group(1) or "").lower() if found else ""
    length = 7 if unit == "week" else 1
    started = counting in ("commenced", "started", "begun", "each")
    periods = math.ceil(delay_days / length) if started else delay_days // length
    raw = periods * clause.penalty_rate
    percent = min(raw, clause.penalty_cap) if clause.penalty_cap is not None else raw
    capped = percent < raw
    basis = (clause.penalty_basis or "the basis stated").split(", per")[0]
    working = (f"{delay_days} days late = {periods} {counting + ' ' if counting else ''}{unit}(s) x "
               f"{clause.penalty_rate:g} % = {raw:g} %" + (f", capped at {clause.penalty_cap:g} %" if capped else "")
               + f" of the {basis}")
    amount = round(order_value * percent / 100, 2) if order_value is not None else None
    if amount is not None and order_value is not None:
        working += f": {percent:g} % of {money(order_value)} = {money(amount)}"
    review = None if found and (counting or unit == "day") else \
        "the clause does not say whether a started week counts; whole weeks counted - needs review"
    return Penalty(delay_days=delay_days, periods=periods, percent=percent, capped=capped, amount=amount,
                   working=working, needs_review=review)


def consecutive_breaches(windows: list[WindowResult]) -> list[str]:
    """The longest run of consecutive months in breach."""
    best: list[str] = []
    run: list[str] = []
    for window in windows:
        run = run + [window.window] if window.met is False else []
        best = run if len(run) > len(best) else best
    return best


def lookup_sla(request: SlaRequest, source: FactSource) -> SlaReport:
    facts = source.supplier_facts(request.supplier)
    report = sla_report(facts, source.policy, source.rule, request.as_of, canonical_metric(request.metric))
    if request.delay_days is not None:
        penalties = {c.clause: c for c in facts.of(ContractClauseFact) if c.metric == "late_delivery_penalty"}
        for result in report.clauses:
            if result.metric == "late_delivery_penalty" and result.clause in penalties:
                result.penalty = late_penalty(penalties[result.clause], request.delay_days, request.order_value)
                result.note = None  # the delay is given: the amount is computed, not left open
    return report


def sla_report(facts: SupplierFacts, policy: Policy, cite_rule: Callable[[Rule], Citation], as_of: dt.date,
               metric: str | None = None) -> SlaReport:
    report = SlaReport(supplier=facts.name, legal_name=facts.legal_name, as_of=as_of, withheld=facts.withheld)
    clauses = sorted(facts.of(ContractClauseFact), key=lambda c: (natural(c.clause or ""), c.metric))
    if not clauses:
        report.note = ("the supply agreement is in documents you may not see" if "contract" in facts.withheld
                       else "no supply agreement with SLA clauses was found")
        return report
    kpi = next(iter(facts.of(KpiFact)), None)
    months = months_before(kpi, as_of)
    by_month = {m.month: m for m in months}
    results: dict[str, ClauseResult] = {}
    for clause in clauses:
        result = ClauseResult(metric=clause.metric, clause=clause.clause, contract_number=clause.contract_number,
                              text=describe(clause), target=clause.target, unit=clause.unit, window=clause.window,
                              penalty_rate=clause.penalty_rate, penalty_basis=clause.penalty_basis,
                              penalty_cap=clause.penalty_cap, citations=cite(clause))
        if clause.metric in MEASURED and clause.target is not None:
            if kpi is None:
                result.note = "no KPI export received: performance cannot be checked"
            else:
                result.windows = measure(clause, kpi, months)
                result.breached = [w.window for w in result.windows if w.met is False]
                actuals = [w.actual for w in result.windows if w.actual is not None]
                result.average = round(sum(actuals) / len(actuals), 2) if actuals else None
        results.setdefault(clause.metric, result)
    otd, credit = results.get("on_time_delivery"), next((c for c in clauses if c.metric == "otd_service_credit"), None)
    if otd and credit and otd.windows:
        service_credit(credit, otd, by_month)
        credited = [w for w in otd.windows if w.remedy is not None]
        results["otd_service_credit"].breached = [w.window for w in otd.windows if w.met is False]
        # what each month below target earns, and the months that could not be read (they may earn one)
        results["otd_service_credit"].windows = [w for w in otd.windows if w.met is not True]
        results["otd_service_credit"].remedy_total = round(sum(w.remedy or 0 for w in credited), 2) if credited \
            else None
    late = results.get("late_delivery_penalty")
    if late and otd and otd.breached:
        late.breached = list(otd.breached)
        late.note = ("applies to each late order line in the months below the OTD target; the KPI export has no "
                     "late-order values or weeks of delay, so the amount is not computed here")
    for result in results.values():
        if result.metric not in MEASURED and result.metric not in ("otd_service_credit", "late_delivery_penalty") \
                and result.note is None:
            result.note = "no performance data for this metric in the documents"
    run = max((consecutive_breaches(r.windows) for r in results.values() if r.windows), key=len, default=[])
    if len(run) >= policy.kpi.consecutive_months:
        breached = next(r for r in results.values() if r.windows and consecutive_breaches(r.windows) == run)
        report.development_plan = Line(
            kind="development_plan", topic=breached.metric, status="gap", rules=[cite_rule(policy.kpi.rule)],
            citations=[c for w in breached.windows if w.window in run for c in w.citations],
            text=f"{len(run)} consecutive months below the {breached.metric.replace('_', ' ')} target "
                 f"({run[0]} to {run[-1]}): a supplier development plan is required, with an owner, actions and "
                 "dates, reviewed at the quarterly business review")
    report.clauses = [r for r in results.values() if metric is None or r.metric == metric]
    if metric and not report.clauses:
        report.note = f"the supply agreement has no {metric.replace('_', ' ')} clause"
    return report

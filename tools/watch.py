"""The early-warning digest: what needs attention before it becomes a breach, and what already has. Dated items come
from the assessment (certificates, corrective actions, minerals declarations, periodic documents), KPI warnings from a
trend test on each monthly series. Every alert cites the documents it was read from and the policy clause that makes
it matter. What could not be read or checked is an alert too: a quiet digest must mean nothing was found, never that
nothing could be looked at."""

from __future__ import annotations

import datetime as dt
from functools import cached_property

from pydantic import BaseModel, Field

from core.citations import Citation
from ingest.facts.models import AuditFindingFact, KpiFact
from tools.assessment import Assessment, Line, days, months_after
from tools.citations import cite
from tools.kpi import MEASURES, KpiRequest, series_of
from tools.policy import Severity
from tools.risk import months_back
from tools.selection import SupplierFilter
from tools.source import FactSource
from tools.trend import Trend, months_to_cross

SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}
LAPSED_CERTIFICATE = {"expired", "suspended", "withdrawn"}


class WatchRequest(BaseModel):
    as_of: dt.date
    days: int | None = Field(default=None, ge=1)  # the look-ahead; none: the policy's
    suppliers: list[str] = Field(default_factory=list)  # none: every supplier `where` admits
    where: SupplierFilter = Field(default_factory=SupplierFilter)
    kinds: list[str] = Field(default_factory=list)  # only alerts of these kinds (the policy's watch.severity keys)


class Point(BaseModel):
    month: str
    value: float


class Drift(BaseModel):
    """A KPI series and its trend: what a chart of the alert draws."""

    metric: str
    name: str
    unit: str
    higher_is_better: bool
    points: list[Point]
    target: float | None = None
    trend: Trend | None = None
    months_to_target: float | None = None  # at the fitted slope, until the target is crossed


class Alert(BaseModel):
    supplier: str
    kind: str  # certificate_expiring, capa_overdue, kpi_drift, ... (the keys of the policy's watch.severity)
    severity: Severity
    topic: str
    text: str
    brief: str = ""  # the alert in a few words, for a list of them ("QR-A-120078 expires 2027-02-11")
    due: dt.date | None = None
    citations: list[Citation] = Field(default_factory=list)
    rules: list[Citation] = Field(default_factory=list)
    drift: Drift | None = None


class WatchReport(BaseModel):
    as_of: dt.date
    days: int
    until: dt.date
    suppliers: list[str] = Field(default_factory=list)  # every supplier looked at
    alerts: list[Alert] = Field(default_factory=list)  # most severe first, then soonest due
    quiet: list[str] = Field(default_factory=list)  # suppliers with nothing flagged (everything read and checked)
    window_rule: Citation | None = None
    method: str = ""  # how a KPI drift is told from noise


class Watcher:
    """One supplier's alerts as of a date, up to a date."""

    def __init__(self, supplier: str, source: FactSource, as_of: dt.date, until: dt.date):
        self.supplier, self.source, self.as_of, self.until = supplier, source, as_of, until
        self.policy = source.policy
        self.facts = source.supplier_facts(supplier)
        self.assessment = Assessment(self.facts, self.policy, source.rule, as_of)

    def alert(self, kind: str, topic: str, text: str, **fields) -> Alert:
        fields.setdefault("brief", text)
        return Alert(supplier=self.supplier, kind=kind, severity=self.policy.watch.severity.get(kind, "medium"),
                     topic=topic, text=text, **fields)

    def alerts(self) -> list[Alert]:
        return [*self.dated(), *self.social_audit_due(), *self.kpi(), *self.withheld()]

    def withheld(self) -> list[Alert]:
        """Documents the caller may not see (a contract, in a shared channel): what they hold - a KPI target, a
        remedy - was not checked, so the supplier is never "nothing flagged"."""
        return [self.alert("not_checked", doc_type, f"{n} {doc_type} document(s) you may not see were left out - what "
                           "they hold was not checked")
                for doc_type, n in sorted(self.facts.withheld.items())]

    # -- dated items the assessment judged ------------------------------------------------------------------
    def kind_of(self, line: Line) -> str | None:
        due_soon = line.due is not None and line.due <= self.until
        if line.status == "unknown" or line.kind == "profile":  # no profile: what its segment needs is unknown
            return "needs_review"
        if line.kind == "certificate":
            return "certificate_expired" if line.status in LAPSED_CERTIFICATE else \
                "document_missing" if line.status == "missing" else "certificate_expiring" if due_soon else None
        if line.kind.endswith("_finding"):
            return "capa_overdue" if line.status == "overdue" else \
                "capa_due" if line.status == "open" and due_soon else None
        if line.kind == "declaration":
            return "declaration_out_of_date" if line.status == "expired" else "declaration_due" if due_soon else None
        if line.kind == "document" and line.status == "missing" and line.topic in self.periodic:
            return "document_missing"
        return None

    @cached_property
    def periodic(self) -> set[str]:
        """The required documents that are renewed on a cycle (a social audit, a minerals declaration)."""
        return {r.label for _, r in self.assessment.required if r.kind in ("social_audit", "minerals")}

    def dated(self) -> list[Alert]:
        lines = [*self.assessment.certificates(), *self.assessment.findings(), *self.assessment.minerals(),
                 *self.assessment.gaps(), *self.assessment.unread()]
        alerts = []
        for line in lines:
            kind = self.kind_of(line)
            if kind is not None:
                alerts.append(self.alert(kind, line.topic, line.text, due=line.due, citations=line.citations,
                                         rules=line.rules, brief=brief(kind, line)))
        return alerts

    def social_audit_due(self) -> list[Alert]:
        """The social audit that reaches the policy's maximum age within the window: a new one must be planned."""
        ages = [r.max_age_months for _, r in self.assessment.required if r.kind == "social_audit" and r.max_age_months]
        reports = [f for f in self.facts.of(AuditFindingFact) if f.audit_type == "social" and f.report_date]
        if not ages or not reports:
            return []
        latest = max(reports, key=lambda f: f.report_date or dt.date.min)
        assert latest.report_date is not None
        due = months_after(latest.report_date, ages[0])
        if not self.as_of <= due <= self.until:
            return []
        rules = [self.source.rule(self.policy.requirements_rule)] if self.policy.requirements_rule else []
        return [self.alert("social_audit_due", "social audit", due=due, citations=cite(latest, "report_date"),
                           rules=rules,
                           text=f"social audit report dated {latest.report_date} reaches {ages[0]} months on {due} "
                                f"(in {days(self.as_of, due)} days) - a new social audit is due")]

    # -- KPI series -------------------------------------------------------------------------------------------
    def kpi(self) -> list[Alert]:
        review = [self.source.rule(self.policy.kpi.review)]
        kpi = next(iter(self.facts.of(KpiFact)), None)
        if kpi is None:
            return [self.alert("kpi_not_checked", "KPI", "no KPI export on file - delivery and quality drift "
                               "cannot be checked", rules=review)]
        alerts = []
        on_file = sorted(m.month for m in kpi.months if m.month < f"{self.as_of:%Y-%m}")
        expected = months_back(self.as_of, 2)[-1]  # one month's lag for the export
        if not on_file or on_file[-1] < expected:
            last = on_file[-1] if on_file else "none"
            alerts.append(self.alert("kpi_export_stale", "KPI export", citations=cite(kpi), rules=review,
                                     text=f"the KPI export's latest month is {last}; the monthly review needs "
                                          f"{months_back(self.as_of, 1)[0]}"))
        for metric, (_name, _unit, higher) in MEASURES.items():
            if higher is not None:
                alerts += self.series_alerts(metric, higher, review)
        return alerts

    def series_alerts(self, metric: str, higher: bool, review: list[Citation]) -> list[Alert]:
        watch = self.policy.watch
        series = series_of(self.facts, KpiRequest(metric=metric, as_of=self.as_of),  # type: ignore[arg-type]
                           self.policy)
        name, unit, _ = MEASURES[metric]
        alerts = []
        if series.unread and not series.values:  # a column left blank: a measure not reported, not one misread
            return [self.alert("kpi_not_checked", name, citations=series.unread_citations[:1], rules=review,
                               text=f"the KPI export gives no {name} value ({series.unread[0]} to "
                                    f"{series.unread[-1]}) - its drift cannot be checked")]
        if series.unread:
            alerts.append(self.alert("needs_review", name, citations=series.unread_citations, rules=review,
                                     text=f"{name} for {', '.join(series.unread)} could not be read - needs review"))
        values = series.values[-watch.trend_months:]
        if not values:
            return alerts
        drift = Drift(metric=metric, name=name, unit=unit, higher_is_better=higher, target=series.target,
                      points=[Point(month=v.month, value=v.value) for v in values])
        run = 0
        for value in reversed(values):
            if not value.below_target:
                break
            run += 1
        if run:
            trigger = self.policy.kpi.consecutive_months
            then = "a supplier development plan is due" if run >= trigger else \
                f"{trigger - run} more month(s) below it trigger a supplier development plan"
            alerts.append(self.alert(
                "kpi_below_target", name, drift=drift, rules=[*review, self.source.rule(self.policy.kpi.rule)],
                citations=series.target_citations + [c for v in values[-run:] for c in v.citations],
                text=f"{name} below the {series.target:g}{fmt_unit(unit)} target in the last {run} month(s) "
                     f"({', '.join(f'{v.month} {v.value:g}' for v in values[-run:])}) - {then}"))
        if len(values) < watch.trend_min_points:
            alerts.append(self.alert("kpi_not_checked", name, citations=[c for v in values for c in v.citations],
                                     rules=review, text=f"{name}: only {len(values)} month(s) on file - too few to "
                                                        f"test a trend (at least {watch.trend_min_points})"))
            return alerts
        found = drift.trend = series.trend  # the KPI tool tests the same last months
        worsening = found is not None and found.significant and (found.slope < 0) == higher
        if found is None or not worsening:
            return alerts
        drift.months_to_target = months_to_cross(found, series.target, higher_is_better=higher) \
            if series.target is not None else None
        direction = "falling" if found.slope < 0 else "rising"
        said = (f"{name} {direction} {abs(found.slope):g}{fmt_unit(unit, per=True)} a month over {found.points} months "
                f"({values[0].month} to {values[-1].month}: {values[0].value:g} to {values[-1].value:g}; "
                f"a significant trend, Mann-Kendall p = {found.p_value:g})")
        horizon = days(self.as_of, self.until) / 30.44
        kind = "kpi_drift"
        if drift.months_to_target is not None:
            said += f"; at this slope it crosses the {series.target:g}{fmt_unit(unit)} target in about " \
                    f"{drift.months_to_target:g} months"
            kind = "kpi_crossing" if drift.months_to_target <= horizon else kind
        return alerts + [self.alert(kind, name, said, drift=drift, rules=review,
                                    citations=series.target_citations + [c for v in values for c in v.citations])]


def brief(kind: str, line: Line) -> str:
    """A dated item in a few words: what it is and when it falls (or fell) due."""
    if kind.startswith("capa_"):
        when = "overdue since" if kind == "capa_overdue" else "due"
        return f"{line.topic} ({line.severity}) corrective action {when} {line.due}"
    if kind.startswith("declaration_"):
        when = "out of date since" if kind == "declaration_out_of_date" else "renewal due"
        return f"{line.topic.split(' (')[0]} {when} {line.due}"
    if kind == "certificate_expiring":
        return f"{line.topic} expires {line.due}"
    return line.text.split(";")[0].split(" - ")[0]


def fmt_unit(unit: str, *, per: bool = False) -> str:
    """" %" after a level, " percentage points" after a change of one."""
    return "" if not unit else " percentage points" if per and unit == "%" else f" {unit}"


def watch(request: WatchRequest, source: FactSource) -> WatchReport:
    """Alerts for the suppliers asked about (every supplier if none), most severe and soonest first."""
    policy = source.policy.watch
    window = request.days or policy.days
    until = request.as_of + dt.timedelta(days=window)
    names = [source.supplier(n).name for n in request.suppliers] or \
        [s.name for s in request.where.chosen(source.registry.suppliers)]
    alerts = [a for name in names for a in Watcher(name, source, request.as_of, until).alerts()
              if not request.kinds or a.kind in request.kinds]
    alerts.sort(key=lambda a: (SEVERITY_ORDER[a.severity], a.due or dt.date.max, a.supplier, a.kind, a.topic))
    flagged = {a.supplier for a in alerts}
    return WatchReport(as_of=request.as_of, days=window, until=until, suppliers=names, alerts=alerts,
                       quiet=[n for n in names if n not in flagged],
                       window_rule=source.rule(policy.window) if policy.window and not request.days else None,
                       method=f"a KPI drift is a Mann-Kendall trend significant at p < {policy.trend_alpha:g} over "
                              f"the last {policy.trend_months} months (at least {policy.trend_min_points}), its "
                              "size the Theil-Sen slope; worsening drifts only")

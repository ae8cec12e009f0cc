"""ESG side by side: the operational figures each supplier reported (energy use, renewable electricity, scope 1 and
2 emissions, waste), each cited to the line it was read from. A figure a supplier did not report is a gap, said as
such; a report that could not be read is "needs review", never a gap filled or a clean row."""

from __future__ import annotations

import html
from typing import Literal

from pydantic import BaseModel, Field

from core.citations import Citation
from ingest.facts.models import EsgMetricFact, UnreadFact
from tools.assessment import SupplierFacts
from tools.citations import cite
from tools.markdown import Notes, escape
from tools.selection import SupplierFilter
from tools.source import FactSource

EsgMetric = Literal["energy_use", "renewable_electricity", "scope1", "scope2", "waste"]
# What each figure is called, its unit, and whether less is better (for ordering suppliers on one figure).
METRICS: dict[str, tuple[str, str, bool]] = {
    "energy_use": ("energy use", "MWh", True),
    "renewable_electricity": ("renewable electricity", "%", False),
    "scope1": ("scope 1 emissions", "t CO2e", True),
    "scope2": ("scope 2 emissions", "t CO2e", True),
    "waste": ("waste", "t", True),
}


class EsgRequest(BaseModel):
    suppliers: list[str] = Field(default_factory=list)  # none: every supplier `where` admits
    where: SupplierFilter = Field(default_factory=SupplierFilter)
    metrics: list[EsgMetric] = Field(default_factory=list)  # none: all five
    period: str | None = None  # "2025": that period only; else each supplier's latest


class EsgFigure(BaseModel):
    metric: EsgMetric
    status: Literal["reported", "gap", "needs review"]
    value: float | None = None
    unit: str
    period: str | None = None
    citations: list[Citation] = Field(default_factory=list)
    note: str = ""  # why a gap is one, or what needs review


class EsgRow(BaseModel):
    supplier: str
    legal_name: str | None = None
    figures: list[EsgFigure]
    withheld: int = 0  # ESG reports of this supplier the caller may not see


class EsgComparison(BaseModel):
    metrics: list[EsgMetric]
    period: str | None = None
    rows: list[EsgRow]
    gaps: int  # figures not reported, over all rows
    needs_review: int
    rule: Citation | None = None  # the buyer's clause asking for the figures


def newest(facts: list[EsgMetricFact]) -> EsgMetricFact | None:
    """The figure of the latest period (a figure whose period is not stated counts as oldest)."""
    return max(facts, key=lambda f: (f.period is not None, f.period or ""), default=None)


def figure(metric: EsgMetric, facts: SupplierFacts, period: str | None) -> EsgFigure:
    _, unit, _ = METRICS[metric]
    stated = [f for f in facts.of(EsgMetricFact) if f.metric == metric and (period is None or f.period == period)]
    if chosen := newest(stated):
        return EsgFigure(metric=metric, status="reported", value=chosen.value, unit=chosen.unit or unit,
                         period=chosen.period, citations=cite(chosen, "value"))
    unread = [f for f in facts.of(UnreadFact) if f.doc_type == "esg_report"]
    if unread:
        return EsgFigure(metric=metric, status="needs review", unit=unit, citations=cite(unread[0]),
                         note="an ESG report that could not be read: it may state this figure")
    reported = {f.period for f in facts.of(EsgMetricFact) if f.metric == metric}
    note = f"not reported for {period} (reported for {', '.join(sorted(p or '?' for p in reported))})" \
        if period and reported else "not reported"
    # what the supplier did report, cited: the report that leaves the figure out (none: nothing to cite)
    others = sorted(facts.of(EsgMetricFact), key=lambda f: (f.period or "", f.metric), reverse=True)
    return EsgFigure(metric=metric, status="gap", unit=unit, note=note, citations=cite(others[0]) if others else [])


def compare_esg(request: EsgRequest, source: FactSource) -> EsgComparison:
    """Every supplier asked about (all, if none) with each figure, or a gap; in supplier order, or best first when
    one figure is compared."""
    metrics: list[EsgMetric] = request.metrics or list(METRICS)  # type: ignore[arg-type]
    names = request.suppliers or [s.name for s in request.where.chosen(source.registry.suppliers)]
    rows = []
    for name in names:
        facts = source.supplier_facts(name)
        rows.append(EsgRow(supplier=facts.name or name, legal_name=facts.legal_name,
                           figures=[figure(m, facts, request.period) for m in metrics],
                           withheld=facts.withheld.get("esg_report", 0)))
    if len(metrics) == 1:
        less_is_better = METRICS[metrics[0]][2]
        rows.sort(key=lambda r: (r.figures[0].value is None,
                                 (r.figures[0].value or 0) * (1 if less_is_better else -1), r.supplier))
    every = [f for r in rows for f in r.figures]
    return EsgComparison(metrics=metrics, period=request.period, rows=rows,
                         gaps=sum(f.status == "gap" for f in every),
                         needs_review=sum(f.status == "needs review" for f in every),
                         rule=source.rule(source.policy.esg.rule) if source.policy.esg else None)


def shown(f: EsgFigure) -> str:
    if f.status == "reported" and f.value is not None:
        value = f"{f.value:,.0f}" if abs(f.value) >= 100 else f"{f.value:,.10g}"  # 114,444 MWh, not 114,444.4536
        return f"{value} {f.unit}" + (f" ({f.period})" if f.period else " (period not stated)")
    return "GAP" if f.status == "gap" else "NEEDS REVIEW"


def to_markdown(report: EsgComparison) -> str:
    notes = Notes()
    out = [f"# ESG figures reported by suppliers{' (' + report.period + ')' if report.period else ''}", "",
           *markdown_table(report, notes)]
    return "\n".join(out + notes.render()) + "\n"


def markdown_table(report: EsgComparison, notes: Notes) -> list[str]:
    """The comparison as Markdown lines, its sources numbered in `notes` (this page's or the register's)."""
    heads = [METRICS[m][0] for m in report.metrics]
    out = ["| supplier | " + " | ".join(heads) + " |", "|---|" + "---|" * len(heads)]
    for row in report.rows:
        cells = [f"{escape(shown(f))} {notes.marks(f.citations)}".strip() for f in row.figures]
        out.append(f"| {escape(row.supplier)} | " + " | ".join(cells) + " |")
    return out + ["", f"{report.gaps} figure(s) not reported (GAP); {report.needs_review} need review."]


def html_table(report: EsgComparison) -> str:
    """The comparison as an HTML table (gaps and unreadable reports shaded), for this page and the register's."""
    e = html.escape
    heads = "".join(f"<th>{e(METRICS[m][0])}</th>" for m in report.metrics)
    rows = []
    for row in report.rows:
        cells = []
        for f in row.figures:
            where = "; ".join(c.where() for c in f.citations)
            cells.append(f"<td class='{e(f.status.replace(' ', '-'))}' title='{e(where or f.note)}'>{e(shown(f))}</td>")
        rows.append(f"<tr><td>{e(row.supplier)}</td>{''.join(cells)}</tr>")
    return (f"<table><tr><th>supplier</th>{heads}</tr>{''.join(rows)}</table><p>{report.gaps} figure(s) not reported "
            f"(GAP); {report.needs_review} need review. Hover a figure for its source.</p>")


HTML_STYLE = ".gap{background:#fff3e0}.needs-review{background:#ffebee}"


def to_html(report: EsgComparison) -> str:
    return ("<!doctype html><html><head><meta charset='utf-8'><title>ESG figures</title><style>"
            "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
            f"padding:4px 8px}}{HTML_STYLE}</style></head><body><h1>ESG figures reported by suppliers</h1>"
            f"{html_table(report)}</body></html>\n")

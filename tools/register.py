"""The supplier risk register: one row per risk of every supplier, with score, band, owner,
mitigation, due date and status, as CSV, Markdown or one self-contained HTML page (sortable table,
band colours, a server-rendered chart of risk by category, every row linked to its evidence)."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
from dataclasses import replace

from pydantic import BaseModel, Field

from core.citations import Citation
from ingest.facts.models import FactBase
from tools.assessment import SupplierFacts, months_after
from tools.charts import line_chart
from tools.esg import HTML_STYLE, EsgComparison, EsgRequest, compare_esg, html_table, markdown_table
from tools.markdown import Notes, escape
from tools.remediation import draft
from tools.risk import assess_risk
from tools.source import FactSource

BAND_COLOURS = {"critical": "#b71c1c", "high": "#e65100", "medium": "#f9a825", "low": "#2e7d32"}


class RegisterRequest(BaseModel):
    as_of: dt.date
    history_months: int = Field(default=12, ge=0, le=36)  # each supplier's score this many month-ends back (0: none)


class RegisterRow(BaseModel):
    supplier: str
    score: int
    band: str
    category: str
    risk: str
    points: int
    owner: str
    mitigation: str
    due: dt.date | None
    status: str  # open, overdue, none (a supplier without risks)
    evidence: list[Citation] = Field(default_factory=list)


class ScorePoint(BaseModel):
    as_of: dt.date
    score: int
    band: str


class RiskHistory(BaseModel):
    """One supplier's score at monthly as-of dates, oldest first: the same assessment, run on what was on file then."""

    supplier: str
    points: list[ScorePoint]
    change: int  # the latest score minus the oldest


class RiskRegister(BaseModel):
    as_of: dt.date
    rows: list[RegisterRow]
    by_category: dict[str, int]
    withheld: dict[str, int] = Field(default_factory=dict)
    history: list[RiskHistory] = Field(default_factory=list)  # most worsened first
    rules: list[Citation] = Field(default_factory=list)  # the scoring rule every score follows
    esg: EsgComparison | None = None  # the ESG figures each supplier reported, gaps marked


# The date a document speaks from: a fact from a document dated after an as-of date was not on file then.
DOCUMENT_DATES = ("issued", "report_date", "effective", "date")


def known_on(facts: SupplierFacts, day: dt.date) -> SupplierFacts:
    """The supplier's facts as they stood on a day: documents dated later left out (an undated one stays)."""
    def known(fact: FactBase) -> bool:
        dated = next((d for name in DOCUMENT_DATES if isinstance(d := getattr(fact, name, None), dt.date)), None)
        return dated is None or dated <= day

    return replace(facts, facts=[f for f in facts.facts if known(f)])


def history_of(facts: SupplierFacts, source: FactSource, as_of: dt.date, months: int) -> RiskHistory:
    points = []
    for back in range(months, -1, -1):
        day = months_after(as_of, -back)
        risk = assess_risk(known_on(facts, day), source.policy, source.rule, day)
        points.append(ScorePoint(as_of=day, score=risk.score, band=risk.band))
    return RiskHistory(supplier=facts.name or "", points=points, change=points[-1].score - points[0].score)


def build_register(request: RegisterRequest, source: FactSource) -> RiskRegister:
    rows: list[RegisterRow] = []
    withheld: dict[str, int] = {}
    history: list[RiskHistory] = []
    for supplier in source.registry.suppliers:
        facts = source.supplier_facts(supplier.name)
        risk = assess_risk(facts, source.policy, source.rule, request.as_of)
        if request.history_months:
            history.append(history_of(facts, source, request.as_of, request.history_months))
        actions = {(a.kind, a.topic): a for a in draft(facts, source.policy, source.rule, request.as_of, risk).actions}
        for doc_type, n in facts.withheld.items():
            withheld[doc_type] = withheld.get(doc_type, 0) + n
        if not risk.factors:
            rows.append(RegisterRow(supplier=supplier.name, score=risk.score, band=risk.band, category="-",
                                    risk="no open risk found", points=0, owner="-", mitigation=f"audit "
                                    f"{risk.audit_cadence}", due=None, status="none"))
        for factor in risk.factors:
            action = actions.get((factor.kind, factor.topic))
            rows.append(RegisterRow(
                supplier=supplier.name, score=risk.score, band=risk.band, category=factor.category, risk=factor.text,
                points=factor.points, owner=action.owner if action else "Supplier Quality Engineer",
                mitigation=action.action if action else "monitor at the next review",
                due=action.due if action else None, status="overdue" if action and action.overdue else "open",
                evidence=factor.citations + factor.policy))
    rows.sort(key=lambda r: (-r.score, r.supplier, -r.points, r.risk))
    by_category: dict[str, int] = {}
    for row in rows:
        if row.category != "-":
            by_category[row.category] = by_category.get(row.category, 0) + row.points
    history.sort(key=lambda h: (-h.change, h.supplier))
    esg = compare_esg(EsgRequest(), source) if request.history_months else None  # beside the scores, not in them
    return RiskRegister(as_of=request.as_of, rows=rows, by_category=dict(sorted(by_category.items())), esg=esg,
                        withheld=withheld, history=history, rules=[source.rule(source.policy.risk.rule)])


COLUMNS = ("supplier", "score", "band", "category", "risk", "points", "owner", "mitigation", "due", "status")


def to_csv(register: RiskRegister) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([*COLUMNS, "evidence"])
    for row in register.rows:
        writer.writerow([getattr(row, c) if getattr(row, c) is not None else "" for c in COLUMNS]
                        + [" | ".join(e.where() for e in row.evidence)])
    return out.getvalue()


def to_markdown(register: RiskRegister) -> str:
    notes = Notes()
    out = [f"# Supplier risk register (as of {register.as_of})", "",
           "| supplier | score | band | category | risk | points | owner | mitigation | due | status | evidence |",
           "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in register.rows:
        out.append(f"| {escape(r.supplier)} | {r.score} | {r.band} | {r.category} | {escape(r.risk)} | {r.points} | "
                   f"{r.owner} | {escape(r.mitigation)} | {r.due or ''} | {r.status} | {notes.marks(r.evidence)} |")
    esg = ["", "## ESG figures reported", "", *markdown_table(register.esg, notes)] if register.esg else []
    return "\n".join(out + history_markdown(register) + esg + notes.render("Evidence")) + "\n"


def history_markdown(register: RiskRegister) -> list[str]:
    if not register.history:
        return []
    months = [f"{p.as_of:%Y-%m}" for p in register.history[0].points]
    out = ["", "## Risk over time", "",
           "Each supplier's score at monthly as-of dates, from the documents on file at each date; most worsened "
           "first.", "", "| supplier | change | " + " | ".join(months) + " |", "|---|---|" + "---|" * len(months)]
    for h in register.history:
        out.append(f"| {escape(h.supplier)} | {h.change:+d} | " + " | ".join(str(p.score) for p in h.points) + " |")
    return out


def chart_svg(by_category: dict[str, int]) -> str:
    """Horizontal bars of risk points per category, drawn here: the page needs no script or CDN for it."""
    if not by_category:
        return "<p>No risk points.</p>"
    width, bar, gap, label = 520, 18, 6, 150
    top = max(by_category.values())
    height = len(by_category) * (bar + gap) + gap
    parts = [f'<svg width="{width}" height="{height}" role="img" '
             f'aria-label="risk points by category">']
    for n, (category, points) in enumerate(sorted(by_category.items(), key=lambda kv: -kv[1])):
        y = gap + n * (bar + gap)
        length = int((width - label - 60) * points / top)
        parts.append(f'<text x="0" y="{y + bar - 5}" font-size="12">{html.escape(category)}</text>'
                     f'<rect x="{label}" y="{y}" width="{length}" height="{bar}" fill="#455a64"/>'
                     f'<text x="{label + length + 6}" y="{y + bar - 5}" font-size="12">{points}</text>')
    return "".join(parts) + "</svg>"


SORT_SCRIPT = """
document.querySelectorAll('th').forEach(function (th, col) {
  th.addEventListener('click', function () {
    var body = th.closest('table').tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var up = th.dataset.dir !== 'asc'; th.dataset.dir = up ? 'asc' : 'desc';
    rows.sort(function (a, b) {
      var x = a.cells[col].textContent, y = b.cells[col].textContent;
      var nx = parseFloat(x), ny = parseFloat(y);
      var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
      return up ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  });
});
"""


def history_html(register: RiskRegister) -> str:
    """Who is getting worse: each supplier's score over the last months, a small chart each."""
    if not register.history:
        return ""
    rows = []
    for h in register.history:
        first, last = h.points[0], h.points[-1]
        chart = line_chart([p.score for p in h.points], label=f"{first.as_of:%Y-%m} to {last.as_of:%Y-%m}",
                           title=f"risk score of {h.supplier} by month", width=220, height=60)
        rows.append(f"<tr><td>{html.escape(h.supplier)}</td><td>{h.change:+d}</td><td>{first.score} to {last.score}"
                    f"</td><td>{chart}</td></tr>")
    return ("<h2>Risk over time</h2><p>Each supplier's score at monthly as-of dates, from the documents on file at "
            "each date; most worsened first.</p><table id='history'><thead><tr><th>supplier</th><th>change</th>"
            f"<th>score</th><th>by month</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def to_html(register: RiskRegister) -> str:
    e = html.escape
    head = "".join(f"<th title='click to sort'>{c}</th>" for c in COLUMNS) + "<th>evidence</th>"
    body = []
    for n, r in enumerate(register.rows, start=1):
        colour = BAND_COLOURS.get(r.band, "#607d8b")
        cells = [e(r.supplier), str(r.score), f"<span class='band' style='background:{colour}'>"
                 f"{e(r.band)}</span>", e(r.category), e(r.risk), str(r.points), e(r.owner), e(r.mitigation),
                 str(r.due or ""), f"<span class='{e(r.status)}'>{e(r.status)}</span>",
                 f"<a href='#evidence-{n}'>{len(r.evidence)} source{'s' if len(r.evidence) != 1 else ''}</a>"]
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    evidence = []
    for n, r in enumerate(register.rows, start=1):
        items = "".join(f"<li>{e(c.where())}: <q>{e(' '.join(c.quote.split())[:200])}</q></li>" for c in r.evidence)
        evidence.append(f"<li id='evidence-{n}'><b>{e(r.supplier)}</b> - {e(r.risk)}<ul>{items or '<li>none</li>'}"
                        "</ul></li>")
    withheld = "" if not register.withheld else "<p>Documents you may not see were left out: " + ", ".join(
        f"{n} {e(t)}" for t, n in register.withheld.items()) + ".</p>"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Supplier risk register {register.as_of}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; color: #212121; }}
table {{ border-collapse: collapse; width: 100%; font-size: 13px; }}
th, td {{ border: 1px solid #ddd; padding: 4px 6px; vertical-align: top; text-align: left; }}
th {{ background: #eceff1; cursor: pointer; }}
.band {{ color: #fff; padding: 1px 6px; border-radius: 3px; }}
.overdue {{ color: #b71c1c; font-weight: bold; }}
</style></head><body>
<h1>Supplier risk register</h1>
<p>As of {register.as_of}. Scores and bands from deterministic rules in the buyer's policy data; every row links
to the documents and policy clauses behind it. Click a column header to sort.</p>
{withheld}
<h2>Risk points by category</h2>
{chart_svg(register.by_category)}
{history_html(register)}
<h2>Register</h2>
<table><thead><tr>{head}</tr></thead><tbody>
{chr(10).join(body)}
</tbody></table>
<h2>Evidence</h2>
<ol>{''.join(evidence)}</ol>
{"<h2>ESG figures reported</h2><style>" + HTML_STYLE + "</style>" + html_table(register.esg) if register.esg else ""}
<script>{SORT_SCRIPT}</script>
</body></html>
"""

"""The supplier risk register: one row per risk of every supplier, with score, band, owner,
mitigation, due date and status, as CSV, Markdown or one self-contained HTML page (sortable table,
band colours, a server-rendered chart of risk by category, every row linked to its evidence)."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io

from pydantic import BaseModel, Field

from core.citations import Citation
from tools.remediation import draft
from tools.risk import assess_risk
from tools.source import FactSource

BAND_COLOURS = {"critical": "#b71c1c", "high": "#e65100", "medium": "#f9a825", "low": "#2e7d32"}


class RegisterRequest(BaseModel):
    as_of: dt.date


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


class RiskRegister(BaseModel):
    as_of: dt.date
    rows: list[RegisterRow]
    by_category: dict[str, int]
    withheld: dict[str, int] = Field(default_factory=dict)


def build_register(request: RegisterRequest, source: FactSource) -> RiskRegister:
    rows: list[RegisterRow] = []
    withheld: dict[str, int] = {}
    for supplier in source.registry.suppliers:
        facts = source.supplier_facts(supplier.name)
        risk = assess_risk(facts, source.policy, source.rule, request.as_of)
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
    return RiskRegister(as_of=request.as_of, rows=rows, by_category=dict(sorted(by_category.items())),
                        withheld=withheld)


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
    from tools.markdown import Notes, escape

    notes = Notes()
    out = [f"# Supplier risk register (as of {register.as_of})", "",
           "| supplier | score | band | category | risk | points | owner | mitigation | due | status | evidence |",
           "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in register.rows:
        out.append(f"| {escape(r.supplier)} | {r.score} | {r.band} | {r.category} | {escape(r.risk)} | {r.points} | "
                   f"{r.owner} | {escape(r.mitigation)} | {r.due or ''} | {r.status} | {notes.marks(r.evidence)} |")
    return "\n".join(out + notes.render("Evidence")) + "\n"


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
<h2>Register</h2>
<table><thead><tr>{head}</tr></thead><tbody>
{chr(10).join(body)}
</tbody></table>
<h2>Evidence</h2>
<ol>{''.join(evidence)}</ol>
<script>{SORT_SCRIPT}</script>
</body></html>
"""

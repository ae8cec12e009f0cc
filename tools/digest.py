"""The early-warning digest as Markdown and as one self-contained HTML page: every alert with its numbered sources,
and a small chart (inline SVG, drawn here: no script or CDN) of each KPI series an alert is about."""

from __future__ import annotations

import html

from tools.charts import line_chart
from tools.markdown import Notes, escape
from tools.watch import Alert, Drift, WatchReport

SEVERITY_COLOURS = {"high": "#b71c1c", "medium": "#ef6c00", "low": "#607d8b"}


def headline(report: WatchReport) -> str:
    counts = {s: sum(1 for a in report.alerts if a.severity == s) for s in ("high", "medium", "low")}
    said = ", ".join(f"{n} {s}" for s, n in counts.items() if n) or "no alerts"
    return (f"{len(report.alerts)} alert(s) ({said}) across {len(report.suppliers)} supplier(s), as of {report.as_of}, "
            f"looking ahead {report.days} days to {report.until}")


def quiet_line(report: WatchReport) -> str:
    return ("Nothing flagged for: " + ", ".join(report.quiet) + " (every document read and checked).") \
        if report.quiet else ""


def to_markdown(report: WatchReport) -> str:
    notes = Notes()
    out = [f"# Early warning (as of {report.as_of})", "", escape(headline(report)), "",
           "| severity | supplier | alert | what | due | sources |", "|---|---|---|---|---|---|"]
    for a in report.alerts:
        refs = notes.marks(a.citations)
        rules = notes.marks(a.rules)
        out.append(f"| {a.severity} | {escape(a.supplier)} | {a.kind.replace('_', ' ')} | {escape(a.text)} | "
                   f"{a.due or ''} | {refs}{f' (rule {rules})' if rules else ''} |")
    if report.window_rule is not None:
        out += ["", f"Window: {report.days} days {notes.marks([report.window_rule])}."]
    out += ["", escape(f"How a KPI drift is found: {report.method}.")]
    if report.quiet:
        out += ["", escape(quiet_line(report))]
    return "\n".join(out + notes.render()) + "\n"


def chart_svg(drift: Drift) -> str:
    """The series as a line, the contract target dashed, the Theil-Sen fit dotted."""
    values = [p.value for p in drift.points]
    fit = (drift.trend.fitted_last - drift.trend.slope * (len(values) - 1), drift.trend.fitted_last) \
        if drift.trend is not None else None
    return line_chart(values, label=f"{drift.points[0].month} to {drift.points[-1].month}",
                      title=f"{drift.name} by month", reference=drift.target, fit=fit)


def alert_html(n: int, a: Alert) -> str:
    e = html.escape
    sources = "".join(f"<li>{e(c.where())}: <q>{e(' '.join(c.quote.split())[:200])}</q></li>"
                      for c in a.citations + a.rules)
    chart = chart_svg(a.drift) if a.drift is not None else ""
    return (f"<tr id='alert-{n}'><td><span class='sev' style='background:{SEVERITY_COLOURS[a.severity]}'>"
            f"{a.severity}</span></td><td>{e(a.supplier)}</td><td>{e(a.kind.replace('_', ' '))}</td>"
            f"<td>{e(a.text)}{chart}<details><summary>{len(a.citations + a.rules)} source(s)</summary>"
            f"<ul>{sources}</ul></details></td><td>{a.due or ''}</td></tr>")


def to_html(report: WatchReport) -> str:
    e = html.escape
    rows = "\n".join(alert_html(n, a) for n, a in enumerate(report.alerts, start=1))
    quiet = f"<p>{e(quiet_line(report))}</p>" if report.quiet else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Early warning {report.as_of}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; color: #212121; }}
table {{ border-collapse: collapse; width: 100%; font-size: 13px; }}
th, td {{ border: 1px solid #ddd; padding: 4px 6px; vertical-align: top; text-align: left; }}
th {{ background: #eceff1; }}
.sev {{ color: #fff; padding: 1px 6px; border-radius: 3px; }}
.chart {{ display: block; margin-top: 4px; }}
</style></head><body>
<h1>Early warning</h1>
<p id="headline">{e(headline(report))}.</p>
<p>How a KPI drift is found: {e(report.method)}. In each chart the solid line is the monthly value, the dashed red
line the contract target, the dotted blue line the fitted trend.</p>
<table id="alerts"><thead><tr><th>severity</th><th>supplier</th><th>alert</th><th>what</th><th>due</th></tr></thead>
<tbody>
{rows}
</tbody></table>
{quiet}
</body></html>
"""

"""Terminal views of the tool reports (rich). Everything read from documents is escaped: rich
markup in a supplier's text is shown, never interpreted."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

BAND_STYLES = {"critical": "bold white on red", "high": "bold red", "medium": "yellow", "low": "green"}
VERDICT_STYLES = {"pass": "green", "fail": "bold red", "missing evidence": "yellow", "not applicable": "dim"}


def where(citations: list[Any], limit: int = 2) -> str:
    shown = [c.where() for c in citations[:limit]]
    more = f" +{len(citations) - limit}" if len(citations) > limit else ""
    return escape("; ".join(dict.fromkeys(shown)) + more)


def show_risk(console: Console, report: Any) -> None:
    name = escape(report.legal_name or report.supplier or "?")
    console.print(f"[bold]{name}[/]  score [bold]{report.score}[/]/100  band "
                  f"[{BAND_STYLES.get(report.band, '')}]{report.band}[/]  as of {report.as_of}")
    console.print(f"audit {escape(report.audit_cadence)}; document review {escape(report.review_cadence)}")
    table = Table(show_lines=False)
    for column in ("points", "category", "factor", "rule", "sources"):
        table.add_column(column, overflow="fold")
    for f in report.factors:
        table.add_row(str(f.points), f.category, escape(f.text), escape(f.rule), where(f.citations))
    console.print(table)
    for note in report.not_scored:
        console.print(f"[yellow]not scored[/]: {escape(note)}", soft_wrap=True)


def show_ranking(console: Console, ranking: Any) -> None:
    table = Table(title=f"Supplier risk as of {ranking.as_of}")
    for column in ("#", "supplier", "score", "band", "top factor", "audit"):
        table.add_column(column, overflow="fold")
    for n, r in enumerate(ranking.suppliers, start=1):
        top = escape(r.factors[0].text[:80]) if r.factors else "-"
        table.add_row(str(n), escape(r.supplier or "?"), str(r.score),
                      f"[{BAND_STYLES.get(r.band, '')}]{r.band}[/]", top, escape(r.audit_cadence))
    console.print(table)


def show_checklist(console: Console, report: Any) -> None:
    name = escape(report.legal_name or report.supplier or "?")
    counts = ", ".join(f"{n} {v}" for v, n in report.counts.items())
    console.print(f"[bold]{name}[/] governance checklist as of {report.as_of} ({report.segment or 'segment ?'}): "
                  f"{counts}")
    table = Table()
    for column in ("verdict", "item", "reason", "sources"):
        table.add_column(column, overflow="fold")
    for item in report.items:
        table.add_row(f"[{VERDICT_STYLES[item.verdict]}]{item.verdict}[/]", escape(item.label), escape(item.reason),
                      where(item.citations + item.rules))
    console.print(table)


def show_sla(console: Console, report: Any) -> None:
    console.print(f"[bold]{escape(report.legal_name or report.supplier or '?')}[/] contract SLAs as of {report.as_of}")
    if report.note:
        console.print(f"[yellow]{escape(report.note)}[/]")
    for clause in report.clauses:
        console.print(f"\n[bold]{escape(clause.text)}[/]  [dim]{where(clause.citations, 1)}[/]", soft_wrap=True)
        if clause.breached:
            console.print(f"  [red]breached[/]: {', '.join(clause.breached)}")
        for window in clause.windows:
            if window.met is False or window.remedy is not None:
                remedy = f" -> {escape(window.remedy_basis)}" if window.remedy_basis else ""
                console.print(f"  {window.window}: {escape(window.basis)} vs target {window.target:g}{remedy}",
                              soft_wrap=True)
        met = [w for w in clause.windows if w.met]
        if met:
            console.print(f"  [green]met[/] in {len(met)} of {len(clause.windows)} windows")
        if clause.remedy_total is not None:
            console.print(f"  [bold]total[/]: {clause.remedy_total:,.2f}")
        if clause.note:
            console.print(f"  [dim]{escape(clause.note)}[/]", soft_wrap=True)
    if report.development_plan:
        console.print(f"\n[yellow]{escape(report.development_plan.text)}[/]", soft_wrap=True)


def show_remediation(console: Console, plan: Any) -> None:
    console.print(f"[bold]{escape(plan.legal_name or plan.supplier or '?')}[/] corrective actions as of {plan.as_of} "
                  f"(risk {plan.score}, {plan.band})")
    table = Table()
    for column in ("#", "action", "owner", "due", "if late", "why"):
        table.add_column(column, overflow="fold")
    for a in plan.actions:
        due = f"[red]{a.due} overdue[/]" if a.overdue else str(a.due)
        table.add_row(str(a.number), escape(a.action), a.owner, due, escape(a.escalation or "-"), escape(a.why))
    console.print(table)


def show_answer(console: Console, answer: Any) -> None:
    """An answer as Markdown, its numbered sources with the quoted words, and how it was made."""
    from rich.markdown import Markdown

    console.print(Markdown(answer.answer))
    if answer.citations:
        console.print("\n[bold]Sources[/]")
        for c in answer.citations:
            page = f", page {c.page}" if c.page else ""
            quote = " ".join(c.quote.split())
            quote = quote if len(quote) <= 70 else quote[:67] + "..."
            console.print(f"  \\[{c.n}] {escape(c.source)}{page} [dim]\"{escape(quote)}\"[/]", highlight=False,
                          soft_wrap=True)
    console.print(f"[dim]{escape(answer.engine)} · {answer.intent or '-'} · {answer.latency_ms} ms[/]")


def show_review(console: Console, queue: Any) -> None:
    if not queue.items:
        console.print(f"nothing waits for review{' for ' + escape(queue.supplier) if queue.supplier else ''}")
        return
    table = Table(title=f"{len(queue.items)} item(s) to review")
    for column in ("id", "supplier", "what", "why", "quote"):
        table.add_column(column, overflow="fold")
    for item in queue.items:
        where = item.source + (f", p. {item.page}" if item.page else "")
        table.add_row(item.fact_id, escape(item.supplier or "-"), escape(f"{item.kind} · {where}"),
                      escape(item.reason), escape(" ".join(item.quote.split())[:120]))
    console.print(table)


SEVERITY_STYLES = {"high": "bold red", "medium": "yellow", "low": "dim"}


def show_watch(console: Console, report: Any) -> None:
    from tools.digest import headline, quiet_line

    console.print(f"[bold]Early warning[/]: {escape(headline(report))}", soft_wrap=True)
    table = Table()
    for column, ratio in (("severity", 1), ("supplier", 2), ("alert", 2), ("what", 6), ("due", 2), ("source", 3)):
        table.add_column(column, overflow="fold", ratio=ratio)
    for a in report.alerts:
        table.add_row(f"[{SEVERITY_STYLES[a.severity]}]{a.severity}[/]", escape(a.supplier),
                      a.kind.replace("_", " "), escape(a.text), str(a.due or ""), where(a.citations + a.rules, 1))
    console.print(table)
    console.print(f"[dim]{escape(report.method)}[/]", soft_wrap=True)
    if report.quiet:
        console.print(escape(quiet_line(report)), soft_wrap=True)


def show_whatif(console: Console, report: Any) -> None:
    from tools.whatif import scenario_lines

    console.print(f"[bold]If {escape(report.scenario)}[/] (as of {report.as_of})")
    for line in scenario_lines(report):
        console.print(f"- {escape(line.text)}  [dim]{where(line.citations)}[/]", soft_wrap=True)

"""`gov`: the command line. Handlers stay thin: parse, build the application from settings
(`assistant.application`), call the library, render. GovError is mapped to a message and an exit
code here, at the edge, and nowhere else."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from assistant import __version__
from core.errors import GovError, validation_problems
from core.settings import Settings, describe

app = typer.Typer(
    name="gov",
    help="Battery-governance assistant: grounded, cited answers over your sourcing documents.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console()
err_console = Console(stderr=True)

F = TypeVar("F", bound=Callable[..., Any])

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
OutOption = Annotated[Path | None, typer.Option("--out", help="Write to this file instead of printing.")]
PageFormatOption = Annotated[str, typer.Option("--format", help="md or html (one self-contained page).")]


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        raise GovError(validation_problems(exc, prefix="GOV_", upper=True, joiner="_"), stage="config",
                       hint="fix the environment variable", exit_code=2) from None


def handles_errors(func: F) -> F:
    """Turn a GovError into one clean line (or the JSON error shape) and its exit code."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except GovError as exc:
            if kwargs.get("as_json"):
                print(json.dumps({"error": exc.to_dict()}))
            else:
                err_console.print(f"[bold red]error[/] ({exc.stage}): {escape(exc.message)}", soft_wrap=True,
                                  highlight=False)
                if exc.hint:
                    err_console.print(f"  hint: {escape(exc.hint)}", soft_wrap=True, highlight=False)
            raise typer.Exit(exc.exit_code) from None

    return wrapper  # type: ignore[return-value]


def _version(value: bool) -> None:
    if value:
        print(f"gov {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Battery-governance assistant: grounded, cited answers over your sourcing documents."""


@app.command()
@handles_errors
def config(as_json: JsonOption = False) -> None:
    """Show every setting's effective value, where it came from and its GOV_* variable."""
    rows = describe(load_settings())
    if as_json:
        print(json.dumps(rows, indent=2, default=str))
        return
    table = Table(title="Effective settings")
    table.add_column("variable", no_wrap=True)
    table.add_column("value", overflow="fold", max_width=30)
    table.add_column("source", no_wrap=True)
    table.add_column("help", overflow="fold")
    for row in rows:
        value = "" if row["value"] is None else str(row["value"])
        table.add_row(row["env"], escape(value), row["source"], escape(row["help"] or ""))
    console.print(table)


def application(store: str | None = None, *, writes: bool = False, empty_ok: bool = False) -> Any:
    """The application built from the settings, with `--store` in place of GOV_STORE when given. Only a command
    that `writes` documents may create a store; the others need one that exists and, unless `empty_ok`, holds
    documents."""
    from assistant.application import Application

    settings = load_settings()
    return Application(settings.model_copy(update={"store": store}) if store else settings, create_store=writes,
                       require_documents=not writes and not empty_ok)


StoreOption = Annotated[str | None, typer.Option("--store", help="Store directory or http://HOST:PORT "
                                                 "(default: GOV_STORE).")]


@app.command()
@handles_errors
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to ingest.", show_default=False)],
    store: StoreOption = None,
    supplier: Annotated[str | None, typer.Option("--supplier", help="Attribute every file to this "
                                                 "supplier instead of the folder convention.")] = None,
    prune: Annotated[bool, typer.Option("--prune", help="Remove documents whose files were deleted.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Ingest documents: parse, chunk, embed and store them; unchanged files are skipped."""
    with application(store, writes=True) as app:
        ingestor = app.ingestor()
        if as_json:
            report = ingestor.run(paths, supplier=supplier, prune=prune)
            print(report.model_dump_json(indent=2))
        else:
            report = run_with_progress(ingestor, paths, supplier=supplier, prune=prune)
            render_ingest_report(report)
    raise typer.Exit(report.exit_code)


def run_with_progress(ingestor: Any, paths: list[Path], **options: Any) -> Any:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True) as bar:
        task = bar.add_task("ingesting", total=None)

        def on_event(event: str, source: str) -> None:
            if event == "total":
                bar.update(task, total=int(source))
            else:
                bar.update(task, advance=1, description=escape(source[-60:]))

        return ingestor.run(paths, progress=on_event, **options)


def render_ingest_report(report: Any) -> None:
    table = Table(title="Ingest summary")
    for column in ("result", "files", "chunks"):
        table.add_column(column)
    table.add_row("ingested", str(len(report.ingested)), str(sum(f.chunks for f in report.ingested)))
    table.add_row("unchanged", str(len(report.unchanged)), "")
    table.add_row("removed", str(len(report.removed)), "")
    table.add_row("failed", str(len(report.failed)), "", style="red" if report.failed else None)
    console.print(table)
    for failure in report.failed:
        console.print(f"[red]failed[/] {escape(failure.path)}: {escape(failure.reason)}", soft_wrap=True,
                      highlight=False)
    for outcome in report.ingested:
        for warning in outcome.warnings:
            console.print(f"[yellow]warning[/] {escape(outcome.path)}: {escape(warning)}", soft_wrap=True,
                          highlight=False)


@app.command()
@handles_errors
def status(store: StoreOption = None, as_json: JsonOption = False) -> None:
    """Show what the store holds: documents, chunks, suppliers, types, last ingest, failures."""
    from collections import Counter

    from ingest.runlock import ingest_state

    with application(store, empty_ok=True) as app:
        index = app.index
        files = [f for f in index.manifest.files() if f.state == "ok"]
        info = {
            "store": app.settings.store,
            "documents": len(files),
            "chunks": index.store.count(),
            "suppliers": dict(sorted(Counter(f.supplier for f in files if f.supplier).items())),
            "doc_types": dict(sorted(Counter(f.doc_type or "other" for f in files).items())),
            "last_ingest": index.manifest.get_meta("last_ingest"),
            "ingest": ingest_state(index.directory, index.manifest.get_meta("run_state")),
            "failures": [{"path": s, "reason": r, "at": at} for s, r, at in index.manifest.failures()],
            "warnings": [{"path": f.source, "warning": w} for f in files for w in f.warnings],
        }
    if as_json:
        print(json.dumps(info, indent=2))
        return
    console.print(f"store {info['store']}: {info['documents']} documents, {info['chunks']} chunks, "
                  f"last ingest {info['last_ingest'] or 'never'}")
    if info["ingest"] != "complete":
        console.print(f"[yellow]ingest {escape(info['ingest'])}[/]", soft_wrap=True)
    if not info["documents"]:
        console.print("the store holds no documents yet: gov ingest CORPUS_FOLDER"
                      + (f" --store {escape(info['store'])}" if store else ""), soft_wrap=True)
    for title, counts in (("suppliers", info["suppliers"]), ("document types", info["doc_types"])):
        table = Table(title=title)
        table.add_column("name")
        table.add_column("documents", justify="right")
        for name, count in counts.items():
            table.add_row(escape(str(name)), str(count))
        console.print(table)
    for failure in info["failures"]:
        console.print(f"[red]failed[/] {escape(failure['path'])}: {escape(failure['reason'])}", soft_wrap=True,
                      highlight=False)
    for warning in info["warnings"]:
        console.print(f"[yellow]warning[/] {escape(warning['path'])}: {escape(warning['warning'])}", soft_wrap=True,
                      highlight=False)


@app.command()
@handles_errors
def search(
    query: Annotated[str, typer.Argument(help="What to look for.", show_default=False)],
    store: StoreOption = None,
    supplier: Annotated[str | None, typer.Option("--supplier", help="Only this supplier's documents.")] = None,
    doc_type: Annotated[str | None, typer.Option("--doc-type", help="Only this document type.")] = None,
    k: Annotated[int, typer.Option("-k", help="How many chunks to return.")] = 0,
    label: Annotated[list[str] | None, typer.Option("--label", help="Search as a caller holding this "
                                                    "access label (repeatable); without it, no restriction.")] = None,
    mode: Annotated[str, typer.Option("--mode", help="hybrid, dense or bm25.")] = "hybrid",
    as_json: JsonOption = False,
) -> None:
    """Search the store: ranked chunks with source, page, supplier, type, score and text."""
    from ingest.models import DOC_TYPES
    from ingest.retrieval import Retriever

    if doc_type and doc_type not in DOC_TYPES:
        raise GovError(f"unknown document type {doc_type!r}", stage="retrieval",
                       hint=f"one of: {', '.join(DOC_TYPES)}", exit_code=2)
    if mode not in ("hybrid", "dense", "bm25"):
        raise GovError(f"unknown mode {mode!r}", stage="retrieval", hint="hybrid, dense or bm25", exit_code=2)
    with application(store) as app:
        hits = Retriever(app.index).search(query, k=k or app.settings.top_k, supplier=supplier, doc_type=doc_type,
                                           labels=frozenset(label) if label else None,
                                           mode=mode)  # type: ignore[arg-type]
    if as_json:
        print(json.dumps([{"source": h.chunk.source, "page": h.chunk.page, "supplier": h.chunk.supplier,
                           "doc_type": h.chunk.doc_type, "section": h.chunk.section, "score": round(h.score, 6),
                           "chunk_id": h.chunk.id, "text": h.chunk.text} for h in hits], indent=2))
        return
    if not hits:
        console.print("no matching chunks")
    for n, hit in enumerate(hits, start=1):
        c = hit.chunk
        where = escape(c.source + (f", page {c.page}" if c.page else ""))
        console.print(f"[bold]{n}. {where}[/]  [dim]{escape(c.supplier or '-')} · {c.doc_type} · "
                      f"score {hit.score:.4f}[/]", soft_wrap=True)
        console.print(c.text.strip()[:600], markup=False, highlight=False)
        console.print()


@app.command()
@handles_errors
def suppliers(store: StoreOption = None, as_json: JsonOption = False) -> None:
    """List every supplier with segment, country and document counts by type."""
    from ingest.facts.registry import SupplierRegistry

    with application(store) as app:
        registry = SupplierRegistry.from_manifest(app.index.manifest)
    if as_json:
        print(json.dumps([dataclasses.asdict(s) for s in registry.suppliers], indent=2))
        return
    table = Table(title=f"{len(registry.suppliers)} suppliers")
    for column in ("supplier", "segment", "country", "documents by type"):
        table.add_column(column, overflow="fold")
    for s in registry.suppliers:
        table.add_row(escape(s.legal_name or s.name), s.segment or "?", escape(s.country or "?"),
                      ", ".join(f"{k} {v}" for k, v in s.documents.items()))
    console.print(table)


@app.command()
@handles_errors
def facts(
    supplier: Annotated[str, typer.Argument(help="Supplier name, alias or part of it.", show_default=False)],
    kind: Annotated[str | None, typer.Option("--kind", help="Only facts of this kind.")] = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show the facts read from a supplier's documents, each with its source, page and quote."""
    from ingest.facts.models import FACT_KINDS
    from ingest.facts.registry import SupplierRegistry

    if kind and kind not in FACT_KINDS:
        raise GovError(f"unknown fact kind {kind!r}", stage="facts", hint=f"one of: {', '.join(FACT_KINDS)}",
                       exit_code=2)
    with application(store) as app:
        resolved = SupplierRegistry.from_manifest(app.index.manifest).resolve(supplier)
        found = app.facts().facts(supplier=resolved.name, kind=kind)  # with review decisions applied
    if as_json:
        print(json.dumps({"supplier": resolved.name, "facts": [f.model_dump(mode="json") for f in found]}, indent=2))
        return
    console.print(f"[bold]{escape(resolved.legal_name or resolved.name)}[/]: {len(found)} facts")
    hidden = {"id", "kind", "supplier", "source", "page", "chunk_id", "quote", "labels", "confidence", "evidence",
              "missing"}
    for fact in found:
        where = escape(fact.source + (f", page {fact.page}" if fact.page else ""))
        console.print(f"\n[bold]{fact.kind}[/] [dim]{where}[/]", soft_wrap=True)
        for name, value in fact.model_dump(mode="json", exclude=hidden).items():
            if value not in (None, [], {}):
                shown = value if not isinstance(value, list) or len(value) <= 4 else f"{len(value)} entries"
                console.print(f"  {name}: {escape(str(shown))}", soft_wrap=True, highlight=False)
        for name, reason in fact.missing.items():
            console.print(f"  [yellow]{name}: not read[/] - {escape(reason)}", soft_wrap=True)
        console.print(f"  [dim]quote: {escape(fact.quote)}[/]", soft_wrap=True, highlight=False)


AsOfOption = Annotated[dt.date | None, typer.Option("--as-of", formats=["%Y-%m-%d"], show_default=False,
                                                   help="Date the verdicts hold for (default: GOV_AS_OF, else today).")]
LabelOption = Annotated[list[str] | None, typer.Option("--label", help="Act as a caller holding this access label "
                                                       "(repeatable); without it, no restriction.")]


@app.command()
@handles_errors
def summarize(
    target: Annotated[str, typer.Argument(help="A supplier (name, alias or part of one), or a document: a file "
                                          "path (ingested first if new or changed) or a stored source path.",
                                          show_default=False)],
    as_of: AsOfOption = None,
    output: Annotated[str, typer.Option("--format", help="text (the card in the terminal) or md (Markdown).")]
    = "text",
    supplier: Annotated[str | None, typer.Option("--supplier", help="With a file: attribute it to this supplier "
                                                 "instead of the folder convention.")] = None,
    label: LabelOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """The onboarding card: documents received, certificate status, tests per model, open findings with
    policy due dates, minerals, and gaps against the onboarding procedure, every line cited."""
    from tools import registry
    from tools.summary import SummaryRequest, to_markdown

    if output not in ("text", "md"):
        raise GovError(f"unknown format {output!r}", stage="tools", hint="text or md", exit_code=2)
    with application(store, writes=Path(target).is_file()) as app:  # a file given is ingested first
        _ = app.policy  # a broken policy file is the error to report, before any store is opened
        request = SummaryRequest(as_of=as_of or app.settings.effective_as_of(), **document_or_supplier(
            app, target, supplier))
        card = registry.SUMMARIZE.run(request, app.facts(labels_of(label)))
    if as_json:
        print(card.model_dump_json(indent=2))
    elif output == "md":
        print(to_markdown(card), end="")
    else:
        from rich.markdown import Markdown

        console.print(Markdown(to_markdown(card)))
    if card.scope == "file" and card.failed:
        raise typer.Exit(3)  # the document itself could not be read: the same exit code as `gov ingest`


def document_or_supplier(app: Any, target: str, supplier: str | None) -> dict[str, str]:
    """A file on disk is ingested (a no-op when unchanged) and summarized as a document; a stored
    source path is summarized as a document; anything else names a supplier."""
    path = Path(target)
    index = app.index
    if path.is_file():
        report = app.ingestor().run([path], supplier=supplier)
        sources = [o.path for o in report.ingested] + report.unchanged + [f.path for f in report.failed]
        return {"source": sources[0]} if sources else {"supplier": target}
    if path.is_dir():
        raise GovError(f"{target} is a folder", stage="tools", exit_code=2,
                       hint="summarize a supplier by name, or one file; ingest folders with `gov ingest`")
    if index.manifest.get(target) is not None or any(s == target for s, _, _ in index.manifest.failures()):
        return {"source": target}
    return {"supplier": target}


def labels_of(label: list[str] | None) -> frozenset[str] | None:
    """`--label` options as a caller's labels; none given means no restriction (a local operator)."""
    return frozenset(label) if label else None


def run_tool(tool_name: str, store: str | None, label: list[str] | None, **arguments: Any) -> Any:
    """Call a registered tool as the caller `--label` describes; `as_of` defaults to the settings' date."""
    from tools import registry

    tool = registry.get(tool_name)
    with application(store) as app:
        if "as_of" in tool.request.model_fields:
            arguments["as_of"] = arguments.get("as_of") or app.settings.effective_as_of()
        return tool.call(arguments, app.facts(labels_of(label)))


SupplierArgument = Annotated[str, typer.Argument(help="Supplier name, alias or part of it.", show_default=False)]


def emit(report: Any, as_json: bool, view: Callable[[Console, Any], None]) -> None:
    """A tool report as JSON, or through its terminal view."""
    if as_json:
        print(report.model_dump_json(indent=2))
    else:
        view(console, report)


@app.command()
@handles_errors
def risk(
    supplier: Annotated[str | None, typer.Argument(help="Supplier name, alias or part of it.",
                                                   show_default=False)] = None,
    all_suppliers: Annotated[bool, typer.Option("--all", help="Rank every supplier.")] = False,
    as_of: AsOfOption = None,
    label: LabelOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Risk score 0-100, band and audit cadence, each factor with its points, rule and sources."""
    from assistant.views import show_ranking, show_risk

    if all_suppliers == (supplier is not None):
        raise GovError("give a supplier or --all", stage="tools", exit_code=2, hint="gov risk huaxin | gov risk --all")
    if all_suppliers:
        emit(run_tool("rank_suppliers", store, label, as_of=as_of), as_json, show_ranking)
    else:
        emit(run_tool("score_risk", store, label, supplier=supplier, as_of=as_of), as_json, show_risk)


@app.command()
@handles_errors
def checklist(supplier: SupplierArgument, as_of: AsOfOption = None, label: LabelOption = None,
              store: StoreOption = None, as_json: JsonOption = False) -> None:
    """The governance checklist and the segment's required documents: pass, fail, missing evidence or
    not applicable, each with its evidence cited."""
    from assistant.views import show_checklist

    emit(run_tool("evaluate_checklist", store, label, supplier=supplier, as_of=as_of), as_json, show_checklist)


@app.command()
@handles_errors
def sla(
    supplier: SupplierArgument,
    metric: Annotated[str | None, typer.Argument(help="Only this metric: otd, ppm, late, credit, warranty, "
                                                 "change ... (default: every clause).", show_default=False)] = None,
    as_of: AsOfOption = None,
    label: LabelOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """The contract's SLA clauses and, from KPI exports, performance per window: met or breached, with the
    remedy a breach implies."""
    from assistant.views import show_sla

    emit(run_tool("lookup_sla", store, label, supplier=supplier, metric=metric, as_of=as_of), as_json, show_sla)


@app.command()
@handles_errors
def remediate(
    supplier: SupplierArgument,
    as_of: AsOfOption = None,
    output: Annotated[str, typer.Option("--format", help="text or md (a plan to send to the supplier).")] = "text",
    label: LabelOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Draft a corrective-action (CAPA) plan: what, why, rule, owner, due date, evidence, escalation."""
    from assistant.views import show_remediation
    from tools.remediation import to_markdown as plan_markdown

    if output not in ("text", "md"):
        raise GovError(f"unknown format {output!r}", stage="tools", hint="text or md", exit_code=2)
    plan = run_tool("draft_remediation", store, label, supplier=supplier, as_of=as_of)
    if as_json:
        print(plan.model_dump_json(indent=2))
    elif output == "md":
        print(plan_markdown(plan), end="")
    else:
        show_remediation(console, plan)


@app.command()
@handles_errors
def register(
    as_of: AsOfOption = None,
    output: Annotated[str, typer.Option("--format", help="csv, md or html (one self-contained page).")] = "md",
    out: OutOption = None,
    history: Annotated[int, typer.Option("--history", min=0, max=36, help="Each supplier's score at this many "
                                         "monthly as-of dates back (md, html, json); 0 for none.")] = 12,
    label: LabelOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """The supplier risk register: one row per risk with score, band, owner, mitigation, due date, status; and
    each supplier's score month by month over the last year, most worsened first."""
    from tools import register as risk_register

    renderers = {"csv": risk_register.to_csv, "md": risk_register.to_markdown, "html": risk_register.to_html}
    if output not in renderers:
        raise GovError(f"unknown format {output!r}", stage="tools", hint="csv, md or html", exit_code=2)
    built = run_tool("risk_register", store, label, as_of=as_of, history_months=history if output != "csv" else 0)
    deliver(built.model_dump_json(indent=2) + "\n" if as_json else renderers[output](built), out,
            f"{len(built.rows)} rows")


def report_page(renderer: Any, output: str, as_json: bool, out: Path | None, build: Callable[[], Any],
                what: Callable[[Any], str]) -> None:
    """A tool's report as JSON or as the renderer module's Markdown (`to_markdown`) or HTML page (`to_html`); the
    format is checked before the tool runs."""
    renderers = {"md": renderer.to_markdown, "html": renderer.to_html}
    if output not in renderers:
        raise GovError(f"unknown format {output!r}", stage="tools", hint="md or html", exit_code=2)
    report = build()
    deliver(report.model_dump_json(indent=2) + "\n" if as_json else renderers[output](report), out, what(report))


def deliver(text: str, out: Path | None, what: str) -> None:
    """A rendered report printed, or written to `out` (saying what was written)."""
    if out is None:
        print(text, end="")
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise GovError(f"cannot write {out}: {exc.strerror}", stage="tools", exit_code=2) from None
    err_console.print(f"wrote {escape(str(out))} ({what})")


@app.command()
@handles_errors
def esg(
    supplier: Annotated[list[str] | None, typer.Option("--supplier", help="Only this supplier (repeatable).")] = None,
    metric: Annotated[list[str] | None, typer.Option("--metric", help="energy_use, renewable_electricity, scope1, "
                                                     "scope2 or waste (repeatable; default all).")] = None,
    period: Annotated[str | None, typer.Option("--period", help="Only this period, as reported (\"2025\"); "
                                               "default each supplier's latest.")] = None,
    output: PageFormatOption = "md",
    out: OutOption = None,
    label: LabelOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """ESG figures suppliers reported, side by side, each cited; a figure not reported is marked as a gap."""
    from tools import esg as esg_report

    report_page(esg_report, output, as_json, out, lambda: run_tool(
        "compare_esg", store, label, suppliers=supplier or [], metrics=metric or [], period=period),
        lambda report: f"{len(report.rows)} suppliers")


@app.command()
@handles_errors
def passport(
    supplier: SupplierArgument,
    category: Annotated[str, typer.Option("--category", help="ev, lmt, industrial (other than stationary) or "
                                          "stationary.")] = "ev",
    model: Annotated[str | None, typer.Option("--model", help="Only this battery model's facts.")] = None,
    output: PageFormatOption = "md",
    out: OutOption = None,
    label: LabelOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Battery-passport readiness: every attribute the data-attributes workbook lists for the category, with its
    article, access group and granularity, and which fact supplies it, or that none does."""
    from tools import passport as readiness

    report_page(readiness, output, as_json, out, lambda: run_tool(
        "passport_readiness", store, label, supplier=supplier, category=category, model=model),
        lambda report: f"{report.mandatory_supplied} of {report.mandatory} mandatory attributes supplied")


@app.command()
@handles_errors
def watch(
    as_of: AsOfOption = None,
    days: Annotated[int | None, typer.Option("--days", min=1, help="Look this many days ahead (default: the "
                                             "policy's watch.days, the certificate renewal window).")] = None,
    supplier: Annotated[list[str] | None, typer.Option("--supplier", help="Only this supplier (repeatable).")] = None,
    output: Annotated[str, typer.Option("--format", help="text (a table), md or html (one self-contained page "
                                        "with a chart per KPI alert).")] = "text",
    out: OutOption = None,
    label: LabelOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Early warning: what falls due within the window and KPI series drifting towards a breach, each cited."""
    from assistant.views import show_watch
    from tools import digest

    renderers = {"md": digest.to_markdown, "html": digest.to_html}
    if output not in ("text", *renderers):
        raise GovError(f"unknown format {output!r}", stage="tools", hint="text, md or html", exit_code=2)
    report = run_tool("watch", store, label, as_of=as_of, days=days, suppliers=supplier or [])
    if output == "text" and not as_json and out is None:
        show_watch(console, report)
        return
    text = report.model_dump_json(indent=2) + "\n" if as_json or output == "text" else renderers[output](report)
    deliver(text, out, f"{len(report.alerts)} alerts")


@app.command()
@handles_errors
def whatif(
    supplier: Annotated[str | None, typer.Argument(help="The supplier that stops supplying.", show_default=False)]
    = None,
    country: Annotated[list[str] | None, typer.Option("--country", help="Instead: supply from this country stops "
                                                      "(repeatable).")] = None,
    as_of: AsOfOption = None,
    label: LabelOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Scenario: what is affected if a supplier (or a country) stops supplying, and who could take over."""
    from assistant.views import show_whatif

    if bool(supplier) == bool(country):
        raise GovError("name a supplier or give --country, not both", stage="tools", exit_code=2,
                       hint="gov whatif Huaxin  |  gov whatif --country China")
    emit(run_tool("what_if", store, label, supplier=supplier, countries=country or [], as_of=as_of), as_json,
         show_whatif)


RoleOption = Annotated[str | None, typer.Option("--as", help="Ask as this role (its access labels come from "
                                                "GOV_ROLES); without it, no restriction.")]
LlmOption = Annotated[str | None, typer.Option("--llm", help="Use this chat model (provider:model) instead of "
                                               "GOV_LLM; unset = the offline engine.")]


@app.command()
@handles_errors
def ask(
    question: Annotated[str, typer.Argument(help="The question, in quotes.", show_default=False)],
    as_of: AsOfOption = None,
    role: RoleOption = None,
    llm: LlmOption = None,
    conversation: Annotated[str | None, typer.Option("--conversation", help="Continue this conversation id "
                                                     "(follow-ups).")] = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """Ask a governance question: a grounded answer with numbered sources, or a plain refusal."""
    from assistant.views import show_answer

    with application(store) as running:
        assistant = running.assistant
        result = assistant.ask(question, conversation_id=conversation, principal=assistant.principal_for(role),
                               as_of=as_of, llm=llm)
    emit(result, as_json, show_answer)


@app.command()
@handles_errors
def chat(as_of: AsOfOption = None, role: RoleOption = None, llm: LlmOption = None, store: StoreOption = None) -> None:
    """An interactive session: ask, follow up ("and their SLA?"), /new for a fresh conversation, /quit."""
    from assistant.views import show_answer

    running = application(store)
    assistant = running.assistant
    principal = assistant.principal_for(role)
    conversation: str | None = None
    console.print("[dim]Ask a question; /new starts over, /quit (or Ctrl-D) leaves.[/]")
    try:
        while True:
            try:
                question = console.input("[bold]> [/]").strip()
            except (EOFError, KeyboardInterrupt):
                break
            if question in ("/quit", "/exit"):
                break
            if question == "/new":
                conversation = None
                continue
            if not question:
                continue
            try:
                result = assistant.ask(question, conversation_id=conversation, principal=principal, as_of=as_of,
                                       llm=llm)
            except GovError as exc:
                err_console.print(f"[red]error[/]: {escape(exc.message)}")
                continue
            conversation = result.conversation_id
            show_answer(console, result)
    finally:
        running.close()


@app.command()
@handles_errors
def review(
    supplier: Annotated[str | None, typer.Argument(help="Only this supplier (name, alias or part of one).",
                                                   show_default=False)] = None,
    confirm: Annotated[str | None, typer.Option("--confirm", help="Confirm the fact with this id: it is right as "
                                                "read.")] = None,
    dismiss: Annotated[str | None, typer.Option("--dismiss", help="Dismiss the fact or passage with this id: it is "
                                                "no evidence of anything.")] = None,
    correct: Annotated[str | None, typer.Option("--correct", help="Correct the fact or passage with this id: give "
                                                "what the document really says with --set.")] = None,
    values: Annotated[list[str] | None, typer.Option("--set", help="With --correct: FIELD=VALUE as the document "
                                                     "says it (repeatable; dates YYYY-MM-DD, lists as JSON, empty "
                                                     "clears). An unread passage needs kind=KIND and one field of "
                                                     "that kind.", show_default=False,
                                                     metavar="FIELD=VALUE")] = None,
    note: Annotated[str, typer.Option("--note", help="Why (kept with the decision).")] = "",
    reviewer: Annotated[str | None, typer.Option("--reviewer", help="Who decides (default: $USER).")] = None,
    label: LabelOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """The review queue: passages no reader took up, audits whose findings could not be read, facts read with
    low confidence - each cited. --confirm, --dismiss or --correct ID records a decision (kept across re-ingest,
    audit-logged); a correction replaces the fact for every tool, e.g. --correct ID --set kind=audit_finding
    --set finding_id=F-2 --set severity=major --set status=open."""
    import os

    from assistant.views import show_review
    from ingest.facts.review import correction_values, decision_line

    chosen = [(decision, fact_id) for decision, fact_id in (("confirmed", confirm), ("dismissed", dismiss),
                                                            ("corrected", correct)) if fact_id]
    if len(chosen) > 1:
        raise GovError("one decision at a time: give --confirm, --dismiss or --correct, not both", stage="review",
                       exit_code=2)
    if values and not correct:
        raise GovError("--set goes with --correct ID", stage="review", exit_code=2)
    with application(store, empty_ok=True) as running:
        if chosen:
            decision, fact_id = chosen[0]
            decided = running.review(fact_id, decision, reviewer or os.environ.get("USER") or "local", note,
                                     labels_of(label), correction_values(values or []))
            if as_json:
                print(decided.model_dump_json(indent=2))
            else:
                console.print(escape(decision_line(decided)), soft_wrap=True)
            return
    emit(run_tool("review_queue", store, label, supplier=supplier), as_json, show_review)


@app.command(name="log")
@handles_errors
def audit_log(
    limit: Annotated[int, typer.Option("-n", help="How many recent entries.")] = 20,
    off: Annotated[bool, typer.Option("--off", help="Stop recording questions and answers.")] = False,
    on: Annotated[bool, typer.Option("--on", help="Record questions and answers again.")] = False,
    entry: Annotated[int | None, typer.Option("--entry", help="With --feedback: the log entry id.")] = None,
    feedback: Annotated[str | None, typer.Option("--feedback", help="Attach this feedback to --entry ID.")] = None,
    as_json: JsonOption = False,
) -> None:
    """The audit log of questions and answers: who asked, what was answered, sources, engine, latency."""
    running = application()
    memory = running.memory
    try:
        if off or on:
            memory.set_logging(on)
            console.print(f"audit log {'on' if on else 'off'}")
            return
        if feedback is not None or entry is not None:
            if feedback is None or entry is None:
                raise GovError("--feedback needs --entry ID", stage="assistant", exit_code=2)
            if not memory.feedback(entry, feedback):
                raise GovError(f"no log entry {entry}", stage="assistant", exit_code=2)
            console.print(f"feedback recorded on entry {entry}")
            return
        entries = memory.recent(limit)
        enabled = memory.logging_enabled()
    finally:
        running.close()
    if as_json:
        print(json.dumps(entries, indent=2))
        return
    if not enabled:
        console.print("[yellow]the audit log is off (gov log --on)[/]")
    table = Table(title=f"{len(entries)} most recent answers")
    for column in ("id", "at", "who", "question", "engine", "refused", "sources", "ms"):
        table.add_column(column, overflow="fold")
    for e in entries:
        table.add_row(str(e["id"]), e["at"], escape(e["principal"] or ""), escape(e["question"]), escape(e["engine"]),
                      "yes" if e["refused"] else "", str(len(e["citations"])), str(e["latency_ms"]))
    console.print(table)


@app.command(name="eval")
@handles_errors
def evaluate(
    dataset: Annotated[Path, typer.Option("--dataset", help="The gold set (YAML).")] = Path(
        "evals/datasets/corpus.yaml"),
    store: StoreOption = None,
    baseline: Annotated[Path, typer.Option("--baseline", help="Aggregates to compare with.")] = Path(
        "evals/baseline.json"),
    report: Annotated[Path | None, typer.Option("--report", help="Directory for report.json/.md/.html "
                                                "(default evals/reports/<timestamp>/).")] = None,
    retrieval: Annotated[str, typer.Option("--retrieval", help="dense, bm25 or hybrid.")] = "hybrid",
    llm: LlmOption = None,
    tolerance: Annotated[float, typer.Option("--tolerance", help="How far an aggregate may drop below the "
                                             "baseline.")] = 0.02,
    update_baseline: Annotated[bool, typer.Option("--update-baseline", help="Write this run's aggregates and "
                                                  "case results as the new baseline.")] = False,
) -> None:
    """Run the regression eval: every case through answer(), LLM-free metrics, reports, gates.
    Exit 0 all gates pass, 1 a gate failed, 2 the harness failed."""
    from evals import report as reports
    from evals.run import run, write_baseline

    outcome = run(load_settings(), dataset, store=store, baseline=baseline, report_dir=report, retrieval=retrieval,
                  llm=llm, tolerance=tolerance)
    table = Table(title=f"eval: {len(outcome.results)} cases, {sum(r.passed for r in outcome.results)} passed "
                        f"({'PASSED' if outcome.passed else 'FAILED'})")
    for column in ("gate", "value", "baseline", "threshold", ""):
        table.add_column(column, overflow="fold")
    for g in outcome.gates:
        table.add_row(escape(g.name), reports.fmt(g.value), reports.fmt(g.baseline), escape(g.threshold),
                      "[green]pass[/]" if g.passed else "[red]FAIL[/]")
    console.print(table)
    console.print(" · ".join(f"{k} {reports.fmt(v)}" for k, v in outcome.aggregates.items()), soft_wrap=True)
    console.print(f"reports in {escape(str(outcome.directory))}")
    if update_baseline:
        write_baseline(outcome, baseline)
        console.print(f"baseline written to {escape(str(baseline))}")
        return
    if not outcome.passed:
        raise typer.Exit(1)


@app.command()
@handles_errors
def slack(
    host: Annotated[str | None, typer.Option("--host", help="Address for the Events API over HTTP (default: "
                                             "GOV_SLACK_HOST, 127.0.0.1; 0.0.0.0 = every interface).")] = None,
    port: Annotated[int | None, typer.Option("--port", min=1, max=65535, help="Port for the Events API over HTTP "
                                             "(default: GOV_SLACK_PORT, 3000).")] = None,
    store: StoreOption = None,
) -> None:
    """Run the Slack app: Socket Mode when SLACK_APP_TOKEN is set, else an HTTP server for the Events API
    (POST /slack/events, GET /healthz; signed requests only, size- and time-limited, replays answered once)."""
    import logging

    from assistant.slack.app import DigestSchedule, build_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    running = application(store, writes=True)  # uploads go into the store
    settings = running.settings
    try:
        bolt = build_app(running)
        if settings.slack_watch_channel:
            err_console.print(f"posting the early-warning digest to {settings.slack_watch_channel} every "
                              f"{settings.slack_watch_hours:g} h")
        DigestSchedule(running, bolt.client).start()
        if settings.slack_app_token is not None:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            err_console.print("Slack app running in Socket Mode (Ctrl-C to stop)")
            SocketModeHandler(bolt, settings.slack_app_token.get_secret_value()).start()
        else:
            from assistant.slack.server import serve

            host = settings.slack_host if host is None else host
            port = settings.slack_port if port is None else port
            err_console.print(f"Slack app listening on http://{host}:{port}/slack/events (Ctrl-C to stop)")
            serve(bolt, settings, host=host, port=port)
    finally:
        running.close()


if __name__ == "__main__":  # pragma: no cover - `python -m assistant.cli`
    sys.exit(app())

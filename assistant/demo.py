"""What `make demo` shows. It runs what exists and says plainly what does not exist yet;
it never prints an answer the assistant did not really produce."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from assistant.application import Application
from assistant.samples import SAMPLE_QUESTIONS
from assistant.views import show_answer
from core.settings import Settings
from tools import registry
from tools.risk import RiskRequest
from tools.summary import SummaryRequest

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

# What later issues add, shown so a reader of the demo knows exactly what is missing.
NOT_BUILT_YET: list[tuple[str, str]] = []


def corpus_inventory(root: Path = CORPUS) -> Table:
    table = Table(title=f"Sample corpus in {root.name}/ (what will be ingested)")
    for column in ("supplier", "segment", "country", "documents by folder"):
        table.add_column(column)
    for profile_path in sorted(root.glob("suppliers/*/profile.yaml")):
        profile = yaml.safe_load(profile_path.read_text(encoding="utf-8"))
        folders = Counter(p.parent.name for p in profile_path.parent.rglob("*")
                          if p.is_file() and p.parent != profile_path.parent)
        table.add_row(profile["legal_name"], profile["segment"], profile["country"],
                      ", ".join(f"{name} {n}" for name, n in sorted(folders.items())))
    return table


def main() -> None:
    console = Console()
    settings = Settings()
    console.rule("battery-governance demo")
    console.print(f"As-of date: {settings.effective_as_of().isoformat()}  "
                  f"engine: {'offline (no language model)' if not settings.llm else settings.llm}")
    files = [p for p in CORPUS.rglob("*") if p.is_file() and p.suffix not in {".py", ".pyc"}
             and p.name not in {"README.md", "access.yaml"} and "__pycache__" not in p.parts]
    console.print(f"{len(files)} corpus documents found: "
                  + ", ".join(f"{s} {n}" for s, n in sorted(Counter(p.suffix for p in files).items())))
    console.print(corpus_inventory())
    with Application(settings) as app:
        show_answers(console, app)
        show_onboarding(console, app)
    if NOT_BUILT_YET:
        console.print("\n[bold]Not built yet[/]:")
        for command, what in NOT_BUILT_YET:
            console.print(f"  [yellow]{command}[/]: {what}")
    console.print("\nMore: gov chat, gov risk --all, gov register --format html --out register.html, gov watch, "
                  "gov whatif huaxin, gov eval, gov slack (README).")
    console.print("\nThe expected findings for each supplier are listed in corpus/README.md.")


def show_answers(console: Console, app: Application) -> None:
    """The sample questions answered by the offline engine: real answers, each claim cited."""
    if app.index.store.count() == 0:
        console.print("[yellow]The store is empty; run `gov ingest corpus` first.[/]")
        return
    console.print("\n[bold]Sample questions[/] - answered offline (no language model); every claim cites "
                  "its source:")
    conversation = None
    for question in SAMPLE_QUESTIONS:
        console.rule(escape(question), style="dim")
        result = app.assistant.ask(question, conversation_id=conversation)
        conversation = result.conversation_id
        show_answer(console, result)


def show_onboarding(console: Console, app: Application) -> None:
    """Each supplier's onboarding decision and risk score: deterministic, cited in the full outputs."""
    as_of = app.settings.effective_as_of()
    source = app.facts()
    table = Table(title=f"Onboarding decision and risk per supplier as of {as_of} "
                        "(cited detail: gov summarize NAME, gov risk NAME)")
    for column in ("supplier", "decision", "risk", "why"):
        table.add_column(column, overflow="fold")
    for supplier in source.registry.suppliers:
        card = registry.SUMMARIZE.run(SummaryRequest(supplier=supplier.name, as_of=as_of), source)
        risk = registry.SCORE_RISK.run(RiskRequest(supplier=supplier.name, as_of=as_of), source)
        release = card.release
        table.add_row(escape(supplier.name), release.status if release else "segment unknown",
                      f"{risk.score} {risk.band}", escape(release.text if release else ""))
    console.print(table)


if __name__ == "__main__":
    main()

"""`gov`: the command line. Handlers stay thin: parse, call the library, render. GovError is
mapped to a message and an exit code here, at the edge, and nowhere else."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from typing import Annotated, Any, TypeVar

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from assistant import __version__
from assistant.errors import GovError
from assistant.settings import Settings, describe

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


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"GOV_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}" for e in exc.errors()
        )
        raise GovError(problems, stage="config", hint="fix the environment variable",
                       exit_code=2) from None


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
                err_console.print(f"[bold red]error[/] ({exc.stage}): {exc.message}")
                if exc.hint:
                    err_console.print(f"  hint: {exc.hint}")
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
        table.add_row(row["env"], value, row["source"], row["help"])
    console.print(table)


if __name__ == "__main__":  # pragma: no cover - `python -m assistant.cli`
    sys.exit(app())

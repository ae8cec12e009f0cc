"""The one user-facing error type. Every stage raises it; the edges (CLI, Slack) map it to a
clean message and an exit code instead of a stack trace."""

from __future__ import annotations

from pydantic import ValidationError


class GovError(Exception):
    """A failure the user can act on.

    `stage` names where it happened (config, ingest, store, retrieval, tool, answer, slack),
    `hint` says what to do about it, `exit_code` is what the CLI exits with
    (2 = usage or environment problem, 3 = partial failure, 1 = anything else).
    """

    def __init__(self, message: str, *, stage: str, hint: str | None = None, exit_code: int = 1):
        super().__init__(message)
        self.message = message
        self.stage = stage
        self.hint = hint
        self.exit_code = exit_code

    def to_dict(self) -> dict[str, str | int | None]:
        """The one error shape used in JSON output and in Slack replies."""
        return {"stage": self.stage, "message": self.message, "hint": self.hint,
                "exit_code": self.exit_code}

    def __str__(self) -> str:
        return f"{self.stage}: {self.message}" + (f" ({self.hint})" if self.hint else "")


def validation_problems(exc: ValidationError, *, prefix: str = "", upper: bool = False, limit: int | None = None,
                        joiner: str = ".") -> str:
    """A pydantic ValidationError as one line: `field.path: message; ...` (the first `limit` problems)."""
    problems = []
    for error in exc.errors()[:limit]:
        where = joiner.join(str(part) for part in error["loc"])
        problems.append(f"{prefix}{where.upper() if upper else where}: {error['msg']}")
    return "; ".join(problems)

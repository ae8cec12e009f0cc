"""The battery-governance assistant: answer(), its engines, the CLI and the Slack app."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from assistant.answers import Answer


def answer(question: str, **options: Any) -> Answer:
    """`assistant.answer(question, *, conversation=None, principal=None, as_of=None) -> Answer`."""
    from assistant.application import answer as run

    return run(question, **options)

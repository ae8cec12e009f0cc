"""What every claim points at - a source, its page, the chunk and the verbatim quote - and the one
rule for numbering them: each distinct citation gets a number on first use, in order. Answers,
tool reports in Markdown and the LLM's numbered references all number through `Numbering`."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import BaseModel

# A document's own reference marks ("as shown in [2]") look like ours; in answer text they are written "(2)".
DOCUMENT_MARK = re.compile(r"\[(\d+)\]")


def inert(text: str) -> str:
    """Document text made safe to put in an answer: its own [n] marks become (n), so that only `Numbering` makes
    citation markers and a supplier's "[2]" can never come to point at another document."""
    return DOCUMENT_MARK.sub(r"(\1)", text)


class Citation(BaseModel):
    source: str  # the document's path relative to its corpus root, or a policy's document id
    page: int | None = None
    chunk_id: str = ""  # empty only for a policy rule whose document is not in the store
    quote: str = ""  # occurs verbatim in the chunk's text

    def where(self) -> str:
        return self.source + (f", p. {self.page}" if self.page else "")

    def quotable(self) -> bool:
        """Whether an answer can cite it: a stored chunk and a quote from it."""
        return bool(self.chunk_id and self.quote)


class Cited(Citation):
    """A citation as an answer shows it, with the number its [n] markers use."""

    n: int


class Numbering:
    """Numbers each distinct citation once, in order of first use."""

    def __init__(self) -> None:
        self._numbers: dict[tuple[str, int | None, str, str], int] = {}
        self.cited: list[Cited] = []

    def number(self, citation: Citation) -> int:
        key = (citation.source, citation.page, citation.chunk_id, citation.quote)
        if key not in self._numbers:
            self._numbers[key] = len(self.cited) + 1
            self.cited.append(Cited(n=self._numbers[key], **citation.model_dump(exclude={"n"})))
        return self._numbers[key]

    def marks(self, citations: Iterable[Citation]) -> str:
        """`[1][3]` for these citations, each number once."""
        return "".join(dict.fromkeys(f"[{self.number(c)}]" for c in citations))

"""What every tool result points at: a source, its page, the chunk and the verbatim quote."""

from __future__ import annotations

from pydantic import BaseModel

from ingest.facts.models import FactBase


class Citation(BaseModel):
    source: str  # the document's path relative to its corpus root, or a policy's document id
    page: int | None = None
    chunk_id: str = ""  # empty only for a policy rule whose document is not in the store
    quote: str = ""  # occurs verbatim in the chunk's text

    def where(self) -> str:
        return self.source + (f", p. {self.page}" if self.page else "")


def cite(fact: FactBase, *fields: str) -> list[Citation]:
    """The evidence of `fields` (those that have any), or else the fact's main quote."""
    cited = [fact.evidence[f] for f in fields if f in fact.evidence]
    if not cited:
        return [Citation(source=fact.source, page=fact.page, chunk_id=fact.chunk_id, quote=fact.quote)]
    unique = {(e.chunk_id, e.quote): e for e in cited}
    return [Citation(source=fact.source, page=e.page, chunk_id=e.chunk_id, quote=e.quote) for e in unique.values()]

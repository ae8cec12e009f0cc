"""Citing a fact: the evidence of the fields a tool line rests on, as citations (core.citations)."""

from __future__ import annotations

from core.citations import Citation
from ingest.facts.models import FactBase


def cite(fact: FactBase, *fields: str) -> list[Citation]:
    """The evidence of `fields` (those that have any), or else the fact's main quote."""
    cited = [fact.evidence[f] for f in fields if f in fact.evidence]
    if not cited:
        return [Citation(source=fact.source, page=fact.page, chunk_id=fact.chunk_id, quote=fact.quote)]
    unique = {(e.chunk_id, e.quote): e for e in cited}
    return [Citation(source=fact.source, page=e.page, chunk_id=e.chunk_id, quote=e.quote) for e in unique.values()]

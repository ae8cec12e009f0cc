"""The review queue: what a person must look at before it counts - passages no reader took up, audits
whose findings could not be read, facts read with low confidence - each with its document, page and
quote. Decisions already taken are left out; `gov review --confirm/--dismiss` records new ones."""

from __future__ import annotations

from pydantic import BaseModel, Field

from ingest.facts.review import why_review
from tools.source import FactSource


class ReviewRequest(BaseModel):
    supplier: str | None = None  # a name, alias or part of one; None: every supplier


class ReviewItem(BaseModel):
    fact_id: str
    kind: str
    supplier: str | None
    source: str
    page: int | None
    quote: str
    chunk_id: str
    reason: str


class ReviewQueue(BaseModel):
    supplier: str | None
    items: list[ReviewItem] = Field(default_factory=list)


def review_queue(request: ReviewRequest, source: FactSource) -> ReviewQueue:
    name = source.supplier(request.supplier).name if request.supplier else None
    decided = {r.target for r in source.reviews(supplier=name)}
    items = [ReviewItem(fact_id=f.id, kind=f.kind, supplier=f.supplier, source=f.source, page=f.page, quote=f.quote,
                        chunk_id=f.chunk_id, reason=reason)
             for f in source.facts(supplier=name) if f.id not in decided and (reason := why_review(f))]
    return ReviewQueue(supplier=name, items=items)

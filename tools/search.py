"""Document search as a tool: hybrid retrieval over the store, seen through the caller's access labels
(the fact source carries them), so an agent's search can never return a chunk its caller may not see."""

from __future__ import annotations

from pydantic import BaseModel, Field

from ingest.models import Chunk
from ingest.retrieval import Retriever
from tools.source import FactSource


class SearchRequest(BaseModel):
    query: str
    supplier: str | None = None  # a name, alias or part of one: only that supplier's documents
    k: int = Field(8, ge=1, le=50)


class SearchResult(BaseModel):
    chunks: list[Chunk] = Field(default_factory=list)


def search_documents(request: SearchRequest, source: FactSource) -> SearchResult:
    supplier = source.supplier(request.supplier).name if request.supplier else None
    hits = Retriever(source.index).search(request.query, k=request.k, supplier=supplier, labels=source.labels)
    return SearchResult(chunks=[hit.chunk for hit in hits])

"""Hybrid retrieval: dense (MiniLM in Chroma) and keyword (BM25) rankings fused by reciprocal rank
fusion, with supplier, document-type and access-label filters applied inside both."""

from __future__ import annotations

from typing import Literal

from core.access import may_see
from core.errors import GovError
from ingest.index import Index
from ingest.models import Chunk, Hit

Mode = Literal["hybrid", "dense", "bm25"]


class Retriever:
    def __init__(self, index: Index, *, candidates: int = 50, rrf_k: int = 60):
        if candidates < 1 or rrf_k < 1:
            raise ValueError("candidates and rrf_k must be positive")
        self.index = index
        self.candidates = candidates
        self.rrf_k = rrf_k

    def search(self, query: str, *, k: int = 8, supplier: str | None = None, doc_type: str | None = None,
               labels: frozenset[str] | None = None, mode: Mode = "hybrid") -> list[Hit]:
        if not query.strip():
            raise GovError("the query is empty", stage="retrieval", exit_code=2)
        if k < 1:
            raise GovError("k must be at least 1", stage="retrieval", exit_code=2)
        total = self.index.store.count()
        if total == 0:
            return []
        n = min(max(self.candidates, 4 * k), total)
        found: dict[str, Chunk] = {}
        dense_rank: dict[str, int] = {}
        keyword_rank: dict[str, int] = {}
        if mode in ("hybrid", "dense"):
            vector = self.index.embedder.embed_query(query)
            dense = self.index.store.query(vector, n, supplier=supplier, doc_type=doc_type, labels=labels)
            for rank, (chunk, _similarity) in enumerate(dense, start=1):
                found[chunk.id] = chunk
                dense_rank[chunk.id] = rank
        exact: set[str] = set()
        if mode in ("hybrid", "bm25"):
            matches = self.index.keyword.search(query, n, supplier=supplier, doc_type=doc_type, labels=labels)
            # Equal scores share a rank: boilerplate clauses repeated across contracts score alike, and the order
            # BM25 returns them in says nothing, so the dense ranking alone separates them.
            previous: tuple[float, int] | None = None
            for position, (chunk_id, score) in enumerate(matches, start=1):
                rank = previous[1] if previous and abs(previous[0] - score) < 1e-6 else position
                keyword_rank[chunk_id], previous = rank, (score, rank)
            exact = set(self.index.keyword.exact(query, supplier=supplier, doc_type=doc_type, labels=labels))
        fused = {i: sum(1.0 / (self.rrf_k + r[i]) for r in (dense_rank, keyword_rank) if i in r)
                 for i in {*dense_rank, *keyword_rank, *exact}}
        # A chunk holding an identifier the user typed (a certificate number, a report id) comes first:
        # dense embeddings do not know such strings, and fusion alone can bury a lone keyword match.
        top = sorted(fused, key=lambda i: (i not in exact, -fused[i], i))[:k]
        missing = [i for i in top if i not in found]
        if missing:
            found.update({c.id: c for c in self.index.chunks(missing)})
        hits = [Hit(chunk=found[i], score=fused[i], dense_rank=dense_rank.get(i), keyword_rank=keyword_rank.get(i))
                for i in top if i in found]
        # The filters above already exclude restricted chunks; this is the last line of defence.
        return [h for h in hits if may_see(h.chunk.labels, labels)]

    def _place(self, chunk: Chunk) -> tuple[list[str], int] | None:
        """The ids of the chunk's document, in order, and where the chunk stands among them."""
        record = self.index.manifest.get(chunk.source)
        if record is None or chunk.id not in record.chunk_ids:
            return None
        return record.chunk_ids, record.chunk_ids.index(chunk.id)

    def following(self, chunk: Chunk, *, labels: frozenset[str] | None = None) -> Chunk | None:
        """The next chunk of the same document, if the caller may see it."""
        if (place := self._place(chunk)) is None:
            return None
        ids, at = place
        found = self.index.chunks(ids[at + 1:at + 2])
        return found[0] if found and may_see(found[0].labels, labels) else None

    def neighbours(self, chunks: list[Chunk], *, labels: frozenset[str] | None = None, around: int = 1) -> list[Chunk]:
        """The chunks beside these in their documents, that the caller may see: a section cut across two chunks
        keeps its first sentence ("The obligations apply from ...") in the chunk before the one that was found."""
        wanted: list[str] = []
        for chunk in chunks:
            if (place := self._place(chunk)) is not None:
                ids, at = place
                wanted += ids[max(0, at - around):at] + ids[at + 1:at + 1 + around]
        have = {chunk.id for chunk in chunks}
        ids = [i for i in dict.fromkeys(wanted) if i not in have]
        found = {c.id: c for c in self.index.chunks(ids)} if ids else {}
        # in document order, whatever order the store returns them in: the same question always reads the same
        return [found[i] for i in ids if i in found and may_see(found[i].labels, labels)]

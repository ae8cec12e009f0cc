"""The vector store: Chroma, embedded (PersistentClient) or a Chroma server (`http://HOST:PORT`),
cosine space, telemetry off, and always given our own embeddings - Chroma's default embedding
function would try to download a model."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlparse

import numpy as np

from core.errors import GovError
from ingest.models import Chunk

COLLECTION = "gov_chunks"


def is_server(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def to_metadata(chunk: Chunk) -> dict[str, Any]:
    meta: dict[str, Any] = {"source": chunk.source, "doc_type": chunk.doc_type, "section": chunk.section,
                            "start": chunk.start, "end": chunk.end, "public": not chunk.labels}
    if chunk.page is not None:
        meta["page"] = chunk.page
    if chunk.supplier:
        meta["supplier"] = chunk.supplier
    if chunk.labels:
        meta["labels"] = list(chunk.labels)
    if chunk.title:
        meta["title"] = chunk.title
    return meta


def from_record(chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
    return Chunk(id=chunk_id, text=text, source=meta["source"], page=meta.get("page"),
                 supplier=meta.get("supplier"), doc_type=meta.get("doc_type", "other"),
                 section=meta.get("section", ""), start=meta.get("start", 0), end=meta.get("end", 0),
                 labels=list(meta.get("labels") or []), title=meta.get("title"))


def where_filter(*, supplier: str | None = None, doc_type: str | None = None,
                 labels: frozenset[str] | None = None) -> dict[str, Any] | None:
    """Chroma `where` for metadata filters. The label clause is `core.access.may_see` written in Chroma's
    filter language (None: no restriction; a set: unlabelled chunks or chunks carrying one of those labels);
    the store behaviour suite checks the two agree."""
    clauses: list[dict[str, Any]] = []
    if supplier:
        clauses.append({"supplier": supplier})
    if doc_type:
        clauses.append({"doc_type": doc_type})
    if labels is not None:
        visible: list[dict[str, Any]] = [{"public": True}]
        visible += [{"labels": {"$contains": label}} for label in sorted(labels)]
        clauses.append(visible[0] if len(visible) == 1 else {"$or": visible})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


class ChromaStore:
    """The `ingest.protocols.ChunkStore` of Chroma. Opened on first use: a re-ingest of unchanged files
    never needs Chroma at all."""

    def __init__(self, location: str):
        self.location = location
        self._collection: Any = None

    @property
    def collection(self) -> Any:
        if self._collection is None:
            self._collection = self._open()
        return self._collection

    def open(self) -> None:
        self.collection  # noqa: B018 - opening is a side effect of the first use

    def _open(self) -> Any:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        location = self.location
        settings = ChromaSettings(anonymized_telemetry=False)
        collection = COLLECTION
        try:
            if is_server(location):
                url = urlparse(location)
                collection = url.path.strip("/") or COLLECTION  # http://host:port/NAME: one server, many stores
                client = chromadb.HttpClient(host=url.hostname or "127.0.0.1", port=url.port or 8000,
                                             ssl=url.scheme == "https", settings=settings)
                client.heartbeat()
            else:
                client = chromadb.PersistentClient(path=location, settings=settings)
            return client.get_or_create_collection(
                collection, embedding_function=None, configuration={"hnsw": {"space": "cosine"}})
        except Exception as exc:
            raise GovError(f"cannot open the store at {location}: {exc}", stage="store",
                           hint="for a server, start it with `chroma run --path DIR --host 127.0.0.1 --port P`",
                           exit_code=2) from None

    def upsert(self, chunks: Sequence[Chunk], embeddings: np.ndarray, batch: int = 1000) -> None:
        for i in range(0, len(chunks), batch):
            part = chunks[i:i + batch]
            self.collection.upsert(ids=[c.id for c in part], embeddings=embeddings[i:i + batch],
                                   documents=[c.text for c in part], metadatas=[to_metadata(c) for c in part])

    def delete(self, ids: Iterable[str], batch: int = 1000) -> None:
        ids = list(ids)
        for i in range(0, len(ids), batch):
            self.collection.delete(ids=ids[i:i + batch])

    def ids(self) -> set[str]:
        return set(self.collection.get(include=[])["ids"])

    def placements(self) -> dict[str, tuple[str, str | None, list[str]]]:
        """Each stored chunk's (source, supplier, labels), to check the store against the manifest."""
        got = self.collection.get(include=["metadatas"])
        return {i: (m["source"], m.get("supplier"), sorted(m.get("labels") or []))
                for i, m in zip(got["ids"], got["metadatas"] or [], strict=True)}

    def count(self) -> int:
        return int(self.collection.count())

    def chunks(self, ids: Sequence[str] | None = None) -> list[Chunk]:
        result = self.collection.get(ids=list(ids) if ids is not None else None,
                                     include=["documents", "metadatas"])
        return [from_record(i, d or "", dict(m or {}))
                for i, d, m in zip(result["ids"], result["documents"] or [], result["metadatas"] or [],
                                   strict=True)]

    def query(self, embedding: np.ndarray, n: int, *, supplier: str | None = None, doc_type: str | None = None,
              labels: frozenset[str] | None = None) -> list[tuple[Chunk, float]]:
        if n <= 0:
            return []
        where = where_filter(supplier=supplier, doc_type=doc_type, labels=labels)
        result = self.collection.query(query_embeddings=[embedding], n_results=n, where=where,
                                       include=["documents", "metadatas", "distances"])
        ids = result["ids"][0]
        docs = (result["documents"] or [[]])[0]
        metas = (result["metadatas"] or [[]])[0]
        dists = (result["distances"] or [[]])[0]
        return [(from_record(i, d or "", dict(m or {})), 1.0 - float(dist))
                for i, d, m, dist in zip(ids, docs, metas, dists, strict=True)]

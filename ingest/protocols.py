"""What the rest of the code uses of each part of an Index, as protocols: the chunk store (Chroma,
embedded or server: `ingest.store.ChromaStore`), the keyword index (BM25: `ingest.keyword.BM25Index`)
and the manifest (SQLite: `ingest.manifest.SQLiteManifest`). Each implementation passes the shared
behaviour suite for its protocol in tests/test_store_suite.py.

Every filter takes the same three keywords: `supplier`, `doc_type` and `labels`, where `labels` is the
caller of `core.access.may_see` (None: unrestricted; a set: unlabelled chunks or chunks carrying one of
those labels)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from ingest.facts.models import FactBase, ReviewFact
from ingest.manifest import FileRecord
from ingest.models import Chunk


@runtime_checkable
class ChunkStore(Protocol):
    """Chunks with their embeddings, written idempotently by id and searched by vector."""

    def open(self) -> None:
        """Reach the store now (it may open lazily), raising GovError(stage="store") if it cannot."""

    def upsert(self, chunks: Sequence[Chunk], embeddings: np.ndarray) -> None:
        """Insert or replace by chunk id: writing the same ids again leaves one copy of each."""

    def delete(self, ids: Iterable[str]) -> None:
        """Remove these ids; ids not in the store are ignored."""

    def ids(self) -> set[str]: ...

    def placements(self) -> dict[str, tuple[str, str | None, list[str]]]:
        """Each stored chunk's (source, supplier, sorted labels)."""

    def count(self) -> int: ...

    def chunks(self, ids: Sequence[str] | None = None) -> list[Chunk]:
        """The stored chunks with these ids (all of them when None), every metadata field as written;
        in no particular order."""

    def query(self, embedding: np.ndarray, n: int, *, supplier: str | None = None, doc_type: str | None = None,
              labels: frozenset[str] | None = None) -> list[tuple[Chunk, float]]:
        """Up to n chunks passing the filters, most similar first, each with its cosine similarity."""


@runtime_checkable
class KeywordIndex(Protocol):
    """Keyword search over a set of chunks; derived data, rebuilt whole when that set changes."""

    @property
    def version(self) -> str | None:
        """`ingest.keyword.version_of` the chunk ids it was built from; None before the first build."""

    def rebuild(self, chunks: Sequence[Chunk]) -> None: ...

    def search(self, query: str, k: int, *, supplier: str | None = None, doc_type: str | None = None,
               labels: frozenset[str] | None = None) -> list[tuple[str, float]]:
        """Up to k (chunk id, score) pairs passing the filters, best first; only chunks that match."""

    def exact(self, query: str, *, supplier: str | None = None, doc_type: str | None = None,
              labels: frozenset[str] | None = None) -> list[str]:
        """Ids of chunks holding an identifier written in the query (a certificate number, a report id),
        or none if the query has no identifier or it is too common to identify anything."""


@runtime_checkable
class Manifest(Protocol):
    """Every ingested file (state, hash, chunk ids), its facts, the failures of unreadable files and
    run metadata. A file is `pending` before the chunk store is written and `ok` after."""

    def close(self) -> None: ...

    def get(self, source: str) -> FileRecord | None: ...

    def files(self) -> Iterator[FileRecord]:
        """Every file record, by source."""

    def all_chunk_ids(self) -> set[str]:
        """Ids of every file, pending or ok: what the chunk store may legitimately hold."""

    def ok_chunk_ids(self) -> list[str]:
        """Ids of the files that are ok, by source: what the keyword index is built from."""

    def mark_pending(self, record: FileRecord, chunk_ids: list[str]) -> list[str]:
        """Mark the file pending with its previous and new chunk ids, and return them."""

    def mark_ok(self, record: FileRecord, facts: list[FactBase] | None = None,
                chunks: Sequence[Chunk] | None = None) -> None:
        """Mark the file ok with its chunk ids, replace its facts and kept chunks, and clear its failure."""

    def keep_chunks(self, chunks: Sequence[Chunk]) -> None:
        """Keep chunks' text and metadata, to be read by id without the vector store."""

    def kept_chunk_ids(self) -> set[str]: ...

    def chunks(self, ids: Sequence[str]) -> list[Chunk]:
        """The kept chunks among `ids`, in the order asked."""

    def facts(self, *, supplier: str | None = None, kind: str | None = None,
              source: str | None = None) -> list[FactBase]: ...

    def add_review(self, review: ReviewFact) -> None:
        """Keep a person's decision on a fact; it outlives re-ingest of the file, and a later one replaces it."""

    def reviews(self, *, supplier: str | None = None, source: str | None = None) -> list[ReviewFact]: ...

    def remove(self, source: str) -> None:
        """Forget the file, its facts and its failure."""

    def record_failure(self, source: str, root: str, reason: str) -> None: ...

    def failures(self) -> list[tuple[str, str, str]]:
        """(source, reason, at) of every file that could not be read, by source."""

    def set_meta(self, key: str, value: str) -> None: ...

    def get_meta(self, key: str) -> str | None: ...

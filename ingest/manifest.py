"""The manifest (SQLite): for every ingested file its content hash and the ids of its chunks,
its facts, its chunks' text (read by id without opening the vector store: a question answered by the tools
never imports Chroma), plus the last failure of each file that could not be read. A file's row is marked `pending`
before the store is touched and `ok` after, so a run killed in between is finished by the next."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import TypeAdapter

from core.errors import GovError
from ingest.facts.models import Fact, FactBase, ReviewFact
from ingest.models import Chunk

SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    source TEXT PRIMARY KEY, root TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL,
    doc_type TEXT, supplier TEXT, labels TEXT NOT NULL DEFAULT '[]', pages INTEGER,
    chunk_ids TEXT NOT NULL DEFAULT '[]', state TEXT NOT NULL, warnings TEXT NOT NULL DEFAULT '[]',
    ingested_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS failures (
    source TEXT PRIMARY KEY, root TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS facts (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, supplier TEXT, kind TEXT NOT NULL, data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS facts_by_supplier ON facts (supplier, kind);
CREATE INDEX IF NOT EXISTS facts_by_source ON facts (source);
CREATE TABLE IF NOT EXISTS chunks (id TEXT PRIMARY KEY, source TEXT NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS chunks_by_source ON chunks (source);
CREATE TABLE IF NOT EXISTS reviews (
    id TEXT PRIMARY KEY, target TEXT NOT NULL, source TEXT NOT NULL, supplier TEXT, data TEXT NOT NULL
);
"""
FACTS = TypeAdapter(list[Fact])


@dataclass(frozen=True)
class FileRecord:
    source: str
    root: str
    sha256: str
    size: int
    doc_type: str | None
    supplier: str | None
    labels: list[str]
    pages: int | None
    chunk_ids: list[str]
    state: str
    warnings: list[str]
    ingested_at: str
    version: int = 1  # of the pipeline that wrote it; older files are processed again


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class SQLiteManifest:
    """The `ingest.protocols.Manifest` in one SQLite file."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, check_same_thread=False)  # the agent runs tools in worker threads
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.executescript(SCHEMA)
        except sqlite3.OperationalError as exc:  # read-only, locked, not a database: a message, not a traceback
            self.db.close()
            raise GovError(f"cannot open the store's manifest {path}: {exc}", stage="store", exit_code=2,
                           hint="gov needs write access to the store folder even to read it (SQLite and Chroma "
                                "keep lock files there): fix its permissions or copy it somewhere writable"
                           if "readonly" in str(exc) or "read-only" in str(exc) else None) from None
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(files)")}
        if "version" not in columns:  # a manifest written before facts existed
            with self.db:
                self.db.execute("ALTER TABLE files ADD COLUMN version INTEGER NOT NULL DEFAULT 1")

    def close(self) -> None:
        self.db.close()

    def _record(self, row: tuple) -> FileRecord:
        (source, root, sha, size, doc_type, supplier, labels, pages, ids, state, warnings, at, version) = row
        return FileRecord(source, root, sha, size, doc_type, supplier, json.loads(labels), pages,
                          json.loads(ids), state, json.loads(warnings), at, version)

    def get(self, source: str) -> FileRecord | None:
        row = self.db.execute("SELECT * FROM files WHERE source = ?", (source,)).fetchone()
        return self._record(row) if row else None

    def files(self) -> Iterator[FileRecord]:
        for row in self.db.execute("SELECT * FROM files ORDER BY source").fetchall():
            yield self._record(row)

    def all_chunk_ids(self) -> set[str]:
        ids: set[str] = set()
        for (chunk_ids,) in self.db.execute("SELECT chunk_ids FROM files"):
            ids.update(json.loads(chunk_ids))
        return ids

    def ok_chunk_ids(self) -> list[str]:
        ids: list[str] = []
        for (chunk_ids,) in self.db.execute("SELECT chunk_ids FROM files WHERE state = 'ok' ORDER BY source"):
            ids.extend(json.loads(chunk_ids))
        return ids

    def mark_pending(self, record: FileRecord, chunk_ids: list[str]) -> list[str]:
        """Before touching the store: remember every id this file may leave there (old and new),
        and return them."""
        previous = self.get(record.source)
        union = list(dict.fromkeys([*(previous.chunk_ids if previous else []), *chunk_ids]))
        self._write(record, union, "pending")
        return union

    def mark_ok(self, record: FileRecord, facts: list[FactBase] | None = None,
                chunks: Sequence[Chunk] | None = None) -> None:
        """After the store write: the file, its facts, its chunks' text and the end of its failure, in one
        transaction."""
        with self.db:
            self._write(record, record.chunk_ids, "ok")
            self.db.execute("DELETE FROM failures WHERE source = ?", (record.source,))
            self.db.execute("DELETE FROM facts WHERE source = ?", (record.source,))
            self.db.executemany("INSERT OR REPLACE INTO facts VALUES (?,?,?,?,?)",
                                [(f.id, f.source, f.supplier, f.kind, f.model_dump_json()) for f in facts or []])
            self.db.execute("DELETE FROM chunks WHERE source = ?", (record.source,))
            self.keep_chunks(chunks or [])

    def keep_chunks(self, chunks: Sequence[Chunk]) -> None:
        """Keep chunks' text and metadata beside the vectors: read by id without opening the vector store."""
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO chunks VALUES (?,?,?)",
                                [(c.id, c.source, c.model_dump_json()) for c in chunks])

    def kept_chunk_ids(self) -> set[str]:
        return {chunk_id for (chunk_id,) in self.db.execute("SELECT id FROM chunks")}

    def chunks(self, ids: Sequence[str]) -> list[Chunk]:
        """The kept chunks among `ids`, in the order asked (an id not kept is left out)."""
        found: dict[str, Chunk] = {}
        wanted = list(dict.fromkeys(ids))
        for i in range(0, len(wanted), 500):
            batch = wanted[i:i + 500]
            rows = self.db.execute(f"SELECT id, data FROM chunks WHERE id IN ({','.join('?' * len(batch))})", batch)
            found.update({chunk_id: Chunk.model_validate_json(data) for chunk_id, data in rows})
        return [found[i] for i in wanted if i in found]

    def _write(self, r: FileRecord, chunk_ids: list[str], state: str) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO files VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (r.source, r.root, r.sha256, r.size, r.doc_type, r.supplier, json.dumps(r.labels), r.pages,
                 json.dumps(chunk_ids), state, json.dumps(r.warnings), now(), r.version))

    def facts(self, *, supplier: str | None = None, kind: str | None = None,
              source: str | None = None) -> list[FactBase]:
        query, args = "SELECT data FROM facts WHERE 1=1", []
        for column, value in (("supplier", supplier), ("kind", kind), ("source", source)):
            if value is not None:
                query += f" AND {column} = ?"
                args.append(value)
        rows = [row[0] for row in self.db.execute(query + " ORDER BY source, kind, id", args)]
        return list(FACTS.validate_json("[" + ",".join(rows) + "]"))

    def add_review(self, review: ReviewFact) -> None:
        """Keep a person's decision; the latest decision on a fact replaces an earlier one."""
        with self.db:
            self.db.execute("DELETE FROM reviews WHERE target = ?", (review.target,))
            self.db.execute("INSERT INTO reviews VALUES (?,?,?,?,?)", (review.id, review.target, review.source,
                                                                      review.supplier, review.model_dump_json()))

    def reviews(self, *, supplier: str | None = None, source: str | None = None) -> list[ReviewFact]:
        query, args = "SELECT data FROM reviews WHERE 1=1", []
        for column, value in (("supplier", supplier), ("source", source)):
            if value is not None:
                query += f" AND {column} = ?"
                args.append(value)
        return [ReviewFact.model_validate_json(row[0]) for row in self.db.execute(query + " ORDER BY id", args)]

    def remove(self, source: str) -> None:
        with self.db:
            self.db.execute("DELETE FROM files WHERE source = ?", (source,))
            self.db.execute("DELETE FROM failures WHERE source = ?", (source,))
            self.db.execute("DELETE FROM facts WHERE source = ?", (source,))
            self.db.execute("DELETE FROM chunks WHERE source = ?", (source,))

    def record_failure(self, source: str, root: str, reason: str) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO failures VALUES (?,?,?,?)", (source, root, reason, now()))

    def failures(self) -> list[tuple[str, str, str]]:
        return self.db.execute("SELECT source, reason, at FROM failures ORDER BY source").fetchall()

    def set_meta(self, key: str, value: str) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

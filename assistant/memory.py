"""Conversations (so follow-ups know which supplier "they" is) and the audit log of every question
and answer - the governance record of the assistant. SQLite, with append-only migrations: a new
version only ever adds to the schema, so old logs stay readable."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from assistant.answers import Answer
from core.access import Principal
from ingest.facts.models import ReviewFact

MIGRATIONS = [  # append only; never edit a released step
    """
    CREATE TABLE conversations (id TEXT PRIMARY KEY, principal TEXT, supplier TEXT, created TEXT, updated TEXT);
    CREATE TABLE turns (conversation_id TEXT, n INTEGER, question TEXT, answer TEXT, supplier TEXT, intent TEXT,
                        at TEXT, PRIMARY KEY (conversation_id, n));
    CREATE TABLE log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT, principal TEXT, labels TEXT, question TEXT,
                      answer TEXT, citations TEXT, tool_calls TEXT, engine TEXT, refused INTEGER, latency_ms REAL,
                      conversation_id TEXT, feedback TEXT);
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
    """,
    """
    CREATE TABLE reviews (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT, reviewer TEXT, fact_id TEXT, fact_kind TEXT,
                          decision TEXT, source TEXT, page INTEGER, quote TEXT, note TEXT);
    """,
    """
    ALTER TABLE reviews ADD COLUMN correction TEXT;  -- a correction's values as JSON (field -> value)
    """,
]


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Memory:
    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER)")
        current = self.db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
        for version, script in enumerate(MIGRATIONS, start=1):
            if version > current:
                with self.db:
                    self.db.executescript(script)
                    self.db.execute("INSERT INTO schema_version VALUES (?)", (version,))

    def close(self) -> None:
        self.db.close()

    # -- conversations ------------------------------------------------------------------------------------
    def start(self, principal: Principal, conversation_id: str | None = None) -> str:
        conversation_id = conversation_id or uuid.uuid4().hex[:16]
        with self.db:
            self.db.execute("INSERT OR IGNORE INTO conversations VALUES (?,?,?,?,?)",
                            (conversation_id, principal.user, None, now(), now()))
        return conversation_id

    def supplier(self, conversation_id: str) -> str | None:
        row = self.db.execute("SELECT supplier FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
        return row[0] if row else None

    def remember(self, conversation_id: str, answer: Answer) -> None:
        n = self.db.execute("SELECT COUNT(*) FROM turns WHERE conversation_id = ?", (conversation_id,)).fetchone()[0]
        with self.db:
            self.db.execute("INSERT INTO turns VALUES (?,?,?,?,?,?,?)", (conversation_id, n + 1, answer.question,
                                                                         answer.answer, answer.supplier,
                                                                         answer.intent, now()))
            if answer.supplier:
                self.db.execute("UPDATE conversations SET supplier = ?, updated = ? WHERE id = ?",
                                (answer.supplier, now(), conversation_id))

    def turns(self, conversation_id: str) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT n, question, answer, supplier, intent, at FROM turns WHERE conversation_id = ? "
                               "ORDER BY n", (conversation_id,)).fetchall()
        return [dict(zip(("n", "question", "answer", "supplier", "intent", "at"), r, strict=True)) for r in rows]

    # -- the audit log ------------------------------------------------------------------------------------
    def logging_enabled(self) -> bool:
        row = self.db.execute("SELECT value FROM settings WHERE key = 'log'").fetchone()
        return row is None or row[0] != "off"

    def set_logging(self, enabled: bool) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO settings VALUES ('log', ?)", ("on" if enabled else "off",))

    def log(self, answer: Answer, principal: Principal) -> int | None:
        if not self.logging_enabled():
            return None
        with self.db:
            cursor = self.db.execute(
                "INSERT INTO log (at, principal, labels, question, answer, citations, tool_calls, engine, refused, "
                "latency_ms, conversation_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (now(), principal.user, json.dumps(sorted(principal.labels)) if principal.labels is not None else None,
                 answer.question, answer.answer, json.dumps([c.model_dump() for c in answer.citations]),
                 json.dumps([t.model_dump(mode="json") for t in answer.tool_calls], default=str), answer.engine,
                 int(answer.refused), answer.latency_ms, answer.conversation_id))
        return cursor.lastrowid

    def log_review(self, review: ReviewFact) -> None:
        """A person's review decision in the governance record (always recorded, like the decision itself)."""
        with self.db:
            self.db.execute("INSERT INTO reviews (at, reviewer, fact_id, fact_kind, decision, source, page, quote, "
                            "note, correction) VALUES (?,?,?,?,?,?,?,?,?,?)",
                            (review.at, review.reviewer, review.target, review.target_kind, review.decision,
                             review.source, review.page, review.quote, review.note,
                             json.dumps(review.values) if review.values else None))

    def feedback(self, entry: int, text: str) -> bool:
        with self.db:
            return self.db.execute("UPDATE log SET feedback = ? WHERE id = ?", (text, entry)).rowcount == 1

    def recent(self, limit: int = 20) -> list[dict[str, Any]]:
        columns = ("id", "at", "principal", "labels", "question", "answer", "citations", "engine", "refused",
                   "latency_ms", "conversation_id", "feedback")
        rows = self.db.execute(f"SELECT {', '.join(columns)} FROM log ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        entries = [dict(zip(columns, row, strict=True)) for row in rows]
        for entry in entries:
            entry["citations"] = json.loads(entry["citations"] or "[]")
            entry["refused"] = bool(entry["refused"])
        return entries

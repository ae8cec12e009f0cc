"""One ingest at a time per store. Two runs writing the same files at once can leave the manifest and the
vector store disagreeing; a lock file beside the manifest serialises them, and tells `gov status` whether an
ingest is running now or the last one was killed."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from core.errors import GovError

LOCK_FILE = "ingest.lock"

try:
    import fcntl
except ImportError:  # not POSIX: no lock, as before
    fcntl = None  # type: ignore[assignment]


@contextlib.contextmanager
def exclusive_ingest(directory: Path | None, started: str) -> Iterator[None]:
    """Hold the store's ingest lock for the block, or fail at once naming the run that holds it."""
    if directory is None or fcntl is None:
        yield
        return
    handle = os.open(directory / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(handle, 200, 0).decode("utf-8", "replace").strip()
            raise GovError(f"another ingest is writing to this store ({holder or 'started elsewhere'})",
                           stage="ingest", exit_code=2, hint="wait for it to finish, then run this one again") from None
        os.ftruncate(handle, 0)
        os.pwrite(handle, f"pid {os.getpid()}, started {started}".encode(), 0)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        os.close(handle)


def ingest_running(directory: Path | None) -> str | None:
    """Who holds the ingest lock now ("pid 123, started ..."), or None when no ingest is running."""
    if directory is None or fcntl is None or not (directory / LOCK_FILE).exists():
        return None
    handle = os.open(directory / LOCK_FILE, os.O_RDONLY)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return os.pread(handle, 200, 0).decode("utf-8", "replace").strip() or "running"
        fcntl.flock(handle, fcntl.LOCK_UN)
        return None
    finally:
        os.close(handle)


def ingest_state(directory: Path | None, run_state: str | None) -> str:
    """complete, running now (by whom), or interrupted: a run that was killed leaves its `run_state` "running" with
    nobody holding the lock, and the next `gov ingest` completes it."""
    holder = ingest_running(directory)
    if holder:
        return f"running now ({holder})"
    if run_state == "running":
        return "interrupted: the last run did not finish; run gov ingest again to complete it"
    return "complete"

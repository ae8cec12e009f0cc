"""Run a function in a child process with a time and a memory limit. Some PDFs make pypdf loop
forever and a zip bomb grows a reader by gigabytes; a thread cannot be stopped, a process can."""

from __future__ import annotations

import multiprocessing as mp
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ingest.errors import UnreadableFile

# forkserver: children start from a small clean process, not a copy of one holding torch threads.
_CONTEXT = mp.get_context("forkserver")
# Children fork from a server that has already imported the readers, so each starts in ~ms.
_CONTEXT.set_forkserver_preload(["ingest.formats"])


def _limit_memory(memory_mb: float | None) -> None:
    """Let this process grow by `memory_mb` beyond what it already maps (Linux; elsewhere time is the only box)."""
    if not memory_mb:
        return
    try:
        import resource

        with open("/proc/self/statm") as statm:
            mapped = int(statm.read().split()[0]) * resource.getpagesize()
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = mapped + int(memory_mb * 1024 * 1024)
        resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))
    except (ImportError, OSError, ValueError):
        pass


def _child(func: Callable[[Any], Any], arg: Any, conn: Any, memory_mb: float | None) -> None:
    try:
        _limit_memory(memory_mb)
        conn.send(("ok", func(arg)))
    except UnreadableFile as exc:
        conn.send(("unreadable", exc.reason))
    except MemoryError:
        limit = f"more than {memory_mb:g} MB of" if memory_mb else "more"
        conn.send(("unreadable", f"reading it needed {limit} memory and was stopped"))
    except Exception as exc:  # any crash in a loader is a reason, not a crash of the ingest
        conn.send(("unreadable", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def map_timeboxed(func: Callable[[Any], Any], args: Iterable[Any], *, timeout: float, workers: int = 2,
                  memory_mb: float | None = None) -> Iterator[tuple[Any, Any, str | None]]:
    """Yield (arg, result, reason) for each arg, running up to `workers` children at a time.
    reason is None on success; a child that exceeds `timeout` seconds is killed, one that would grow by more than
    `memory_mb` fails to allocate."""
    pending = list(args)
    running: list[tuple[Any, Any, Any, float]] = []
    while pending or running:
        while pending and len(running) < workers:
            arg = pending.pop(0)
            parent, child = _CONTEXT.Pipe(duplex=False)
            process = _CONTEXT.Process(target=_child, args=(func, arg, child, memory_mb), daemon=True)
            process.start()
            child.close()
            running.append((arg, process, parent, time.monotonic() + timeout))
        still: list[tuple[Any, Any, Any, float]] = []
        for arg, process, conn, deadline in running:
            # Alive or not is read before the pipe: a child that sent its result and exited between the two checks
            # must be read, not reported dead (exit code 0 with its result waiting in the pipe).
            alive = process.is_alive()
            if conn.poll():
                try:
                    status, payload = conn.recv()
                except EOFError:
                    status, payload = "unreadable", "the reader process died"
                process.join()
                yield (arg, payload, None) if status == "ok" else (arg, None, payload)
            elif not alive:
                limit = f"; it may have hit its memory limit of {memory_mb:g} MB" if memory_mb else ""
                yield arg, None, f"the reader process died (exit code {process.exitcode}){limit}"
            elif time.monotonic() > deadline:
                process.kill()
                process.join()
                yield arg, None, f"reading it took longer than {timeout:g} s and was stopped"
            else:
                still.append((arg, process, conn, deadline))
                continue
            conn.close()
        running = still
        if running:
            time.sleep(0.005)

"""docs/benchmarks.md is written by several benches: each replaces its own section and keeps the others."""

from __future__ import annotations

from pathlib import Path


def replace_section(path: Path, heading: str, section: str) -> None:
    """Put `section` (which starts with `## {heading}`) in place of the old one, at the end of the page."""
    existing = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    start = existing.find(f"## {heading}")
    if start >= 0:
        end = existing.find("\n## ", start + 1)
        existing = existing[:start] + (existing[end + 1:] if end >= 0 else "")
    path.write_text(existing.rstrip() + "\n\n" + section, encoding="utf-8")

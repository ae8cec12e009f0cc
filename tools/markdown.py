"""Markdown for tool results: sections of cited lines, numbered source notes at the end. Text read
from supplier documents is escaped, so a document cannot inject links, images or HTML into a report."""

from __future__ import annotations

import re

from tools.citations import Citation

MARKS = {"valid": "OK", "ok": "OK", "present": "OK", "closed": "closed", "none": "OK", "ready": "READY",
         "info": "info", "expiring": "RENEW", "expired": "EXPIRED", "unknown": "UNKNOWN", "missing": "MISSING",
         "incomplete": "INCOMPLETE", "failed": "FAILED", "open": "open", "overdue": "OVERDUE", "risk": "RISK",
         "gap": "GAP", "withheld": "withheld", "review": "REVIEW", "not ready": "NOT READY"}


def escape(text: str) -> str:
    """Markdown-inert text: no emphasis, links, images, HTML or table breaks from document content."""
    return re.sub(r"([\\`*_{}\[\]<>|~])", r"\\\1", " ".join(text.split()))


class Notes:
    """Numbers each distinct citation once, in order of first use."""

    def __init__(self) -> None:
        self.numbers: dict[tuple[str, int | None, str, str], int] = {}
        self.citations: list[Citation] = []

    def refs(self, citations: list[Citation]) -> str:
        marks = []
        for citation in citations:
            key = (citation.source, citation.page, citation.chunk_id, citation.quote)
            if key not in self.numbers:
                self.numbers[key] = len(self.citations) + 1
                self.citations.append(citation)
            marks.append(f"[{self.numbers[key]}]")
        return "".join(dict.fromkeys(marks))

    def render(self, title: str = "Sources") -> list[str]:
        if not self.citations:
            return []
        lines = ["", f"## {title}", ""]
        for n, citation in enumerate(self.citations, start=1):
            quote = escape(citation.quote)
            quote = quote if len(quote) <= 160 else quote[:157] + "..."
            lines.append(f"{n}. {escape(citation.where())} - \"{quote}\"")
        return lines


def cited_line(mark: str, text: str, citations: list[Citation], rules: list[Citation], notes: Notes) -> str:
    refs = notes.refs(citations)
    rule_refs = notes.refs(rules)
    rule_text = f" (rule {rule_refs})" if rule_refs else ""
    return f"- **{mark}** {escape(text)} {refs}{rule_text}".rstrip()

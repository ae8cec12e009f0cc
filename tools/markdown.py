"""Markdown for tool results: sections of cited lines, numbered source notes at the end. Text read
from supplier documents is escaped, so a document cannot inject links, images or HTML into a report."""

from __future__ import annotations

import re

from core.citations import Citation, Numbering

MARKS = {"valid": "OK", "ok": "OK", "present": "OK", "closed": "closed", "none": "OK", "ready": "READY",
         "info": "info", "expiring": "RENEW", "expired": "EXPIRED", "suspended": "SUSPENDED", "withdrawn": "WITHDRAWN",
         "unknown": "UNKNOWN", "missing": "MISSING",
         "incomplete": "INCOMPLETE", "failed": "FAILED", "open": "open", "overdue": "OVERDUE", "risk": "RISK",
         "gap": "GAP", "withheld": "withheld", "review": "REVIEW", "not ready": "NOT READY"}


def escape(text: str) -> str:
    """Markdown-inert text: no emphasis, links, images, HTML or table breaks from document content."""
    return re.sub(r"([\\`*_{}\[\]<>|~])", r"\\\1", " ".join(text.split()))


class Notes(Numbering):
    """A report's numbered source notes: [n] markers in the text, the quoted sources at the end."""

    def render(self, title: str = "Sources") -> list[str]:
        if not self.cited:
            return []
        lines = ["", f"## {title}", ""]
        for citation in self.cited:
            quote = escape(citation.quote)
            quote = quote if len(quote) <= 160 else quote[:157] + "..."
            lines.append(f"{citation.n}. {escape(citation.where())} - \"{quote}\"")
        return lines


def cited_line(mark: str, text: str, citations: list[Citation], rules: list[Citation], notes: Notes) -> str:
    refs = notes.marks(citations)
    rule_refs = notes.marks(rules)
    rule_text = f" (rule {rule_refs})" if rule_refs else ""
    return f"- **{mark}** {escape(text)} {refs}{rule_text}".rstrip()

"""Block Kit for answers and tool results: Slack mrkdwn (escaped), the answer split within Slack's
block limits, compact fields for tool results, the cited sources (deduplicated, with pages), a warning
when nothing is cited, and feedback buttons tied to the audit-log entry."""

from __future__ import annotations

import re
from typing import Any

from assistant.answers import Answer

SECTION_LIMIT = 2900  # Slack allows 3000 characters of text per section block
MAX_BLOCKS = 48  # of 50


def escape(text: str) -> str:
    """Slack's three control characters; everything else is shown as written."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mrkdwn(markdown: str) -> str:
    """Our Markdown as Slack mrkdwn: escaped, **bold** -> *bold*, list bullets, headings in bold."""
    lines = []
    for line in escape(markdown).splitlines():
        line = re.sub(r"^#+\s*(.+)$", r"*\1*", line)
        line = re.sub(r"^(\s*)[-*]\s+", r"\1• ", line)
        line = re.sub(r"\*\*(.+?)\*\*", r"*\1*", line)
        lines.append(line)
    return "\n".join(lines)


def sections(text: str) -> list[dict[str, Any]]:
    """Section blocks of at most SECTION_LIMIT characters, split at line ends where possible."""
    blocks, current = [], ""
    for line in text.splitlines() or [""]:
        while len(line) > SECTION_LIMIT:
            blocks.append(line[:SECTION_LIMIT])
            line = line[SECTION_LIMIT:]
        if len(current) + len(line) + 1 > SECTION_LIMIT:
            blocks.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    if current.strip():
        blocks.append(current)
    return [{"type": "section", "text": {"type": "mrkdwn", "text": chunk}} for chunk in blocks if chunk.strip()]


def sources_block(citations: list[Any]) -> list[dict[str, Any]]:
    """The documents actually cited, once each, with the pages cited and the reference numbers."""
    documents: dict[str, dict[str, Any]] = {}
    for c in citations:
        entry = documents.setdefault(c.source, {"refs": [], "pages": []})
        entry["refs"].append(c.n)
        if c.page and c.page not in entry["pages"]:
            entry["pages"].append(c.page)
    if not documents:
        return [{"type": "context", "elements": [{"type": "mrkdwn", "text": ":warning: No sources: this reply is "
                                                   "not backed by a cited document."}]}]
    lines = []
    for source, entry in documents.items():
        pages = f", p. {', '.join(str(p) for p in sorted(entry['pages']))}" if entry["pages"] else ""
        refs = "".join(f"[{n}]" for n in entry["refs"])
        lines.append(f"{refs} {escape(source)}{pages}")
    return [{"type": "section", "text": {"type": "mrkdwn", "text": "*Sources*"}},
            *[{"type": "context", "elements": [{"type": "mrkdwn", "text": chunk["text"]["text"]}]}
              for chunk in sections("\n".join(lines))]]


def feedback_block(log_id: int | None) -> list[dict[str, Any]]:
    if log_id is None:
        return []
    return [{"type": "actions", "block_id": f"feedback-{log_id}", "elements": [
        {"type": "button", "action_id": "feedback_up", "text": {"type": "plain_text", "text": ":+1:", "emoji": True},
         "value": str(log_id)},
        {"type": "button", "action_id": "feedback_down", "text": {"type": "plain_text", "text": ":-1:",
                                                                   "emoji": True}, "value": str(log_id)}]}]


def answer_blocks(answer: Answer, *, fields: list[tuple[str, str]] | None = None) -> list[dict[str, Any]]:
    blocks = sections(mrkdwn(answer.answer))
    if fields:
        blocks.append({"type": "section", "fields": [{"type": "mrkdwn", "text": f"*{escape(k)}*\n{escape(v)}"}
                                                     for k, v in fields[:10]]})
    if answer.refused:
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": "_No answer from the documents._"}]})
    else:
        blocks += sources_block(answer.citations)
    blocks += feedback_block(answer.log_id)
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": escape(
        f"{answer.engine} · {answer.intent or '-'} · {answer.latency_ms} ms")}]})
    return blocks[:MAX_BLOCKS]


def fallback_text(answer: Answer) -> str:
    """The notification text: the first line of the answer, plain."""
    first = answer.answer.strip().splitlines()[0] if answer.answer.strip() else "(no answer)"
    return escape(first[:300])

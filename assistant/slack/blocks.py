"""Block Kit for answers and tool results: Slack mrkdwn (escaped), the answer split within Slack's
block limits, compact fields for tool results, the cited sources (deduplicated, with pages), a warning
when nothing is cited, and feedback buttons tied to the audit-log entry; the review queue with a
Confirm / Correct / Dismiss button per item, and the correction form."""

from __future__ import annotations

import json
import re
from typing import Any

from assistant.answers import Answer
from ingest.facts.models import FactBase
from ingest.facts.review import NEW_KINDS, fields_of

SECTION_LIMIT = 2900  # Slack allows 3000 characters of text per section block
MAX_BLOCKS = 48  # of 50
REVIEW_ITEMS = 20  # queue items per message (two blocks each); `gov review` lists the rest


def escape(text: str) -> str:
    """Slack's three control characters; everything else is shown as written."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mrkdwn(markdown: str) -> str:
    """Our Markdown as Slack mrkdwn: escaped, **bold** -> *bold*, list bullets, headings in bold; a table (which
    mrkdwn lacks) as aligned columns in a code block."""
    lines: list[str] = []
    rows: list[list[str]] = []
    for line in [*escape(markdown).splitlines(), ""]:
        if line.startswith("|"):
            if not re.fullmatch(r"[|\-: ]+", line):  # the header rule is redrawn by the alignment
                rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
            continue
        if rows:
            lines.append(aligned(rows))
            rows = []
        line = re.sub(r"^#+\s*(.+)$", r"*\1*", line)
        line = re.sub(r"^(\s*)[-*]\s+", r"\1• ", line)
        line = re.sub(r"\*\*(.+?)\*\*", r"*\1*", line)
        lines.append(line)
    return "\n".join(lines[:-1])  # less the blank line that ends the last table


def aligned(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) if i < len(row) else 0 for row in rows) for i in range(max(map(len, rows)))]
    return "```\n" + "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)).rstrip()
                                for row in rows) + "\n```"


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


def button(text: str, action_id: str, value: str, style: str | None = None) -> dict[str, Any]:
    return {"type": "button", "action_id": action_id, "value": value, "text": {"type": "plain_text", "text": text},
            **({"style": style} if style else {})}


def review_blocks(queue: Any) -> list[dict[str, Any]]:
    """The review queue (tools/review.py): each item cited, with its reason, and three buttons."""
    whose = f" for {queue.supplier}" if queue.supplier else ""
    if not queue.items:
        return sections(f"Nothing waits for review{escape(whose)}.")
    blocks: list[dict[str, Any]] = sections(f"*{len(queue.items)} item(s) to review{escape(whose)}*")
    for item in queue.items[:REVIEW_ITEMS]:
        where = item.source + (f", p. {item.page}" if item.page else "")
        quote = " ".join(item.quote.split())[:1000]
        text = (f"*{escape(item.kind)}* · {escape(where)} · {escape(item.supplier or '-')} · `{item.fact_id}`\n"
                f"{escape(item.reason)}\n>{escape(quote)}")
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": text[:SECTION_LIMIT]}})
        blocks.append({"type": "actions", "block_id": f"review-{item.fact_id}", "elements": [
            button("Confirm", "review_confirm", item.fact_id, "primary"),
            button("Correct", "review_correct", item.fact_id),
            button("Dismiss", "review_dismiss", item.fact_id, "danger")]})
    if len(queue.items) > REVIEW_ITEMS:
        command = f'gov review "{queue.supplier}"' if queue.supplier else "gov review"
        rest = f"{len(queue.items) - REVIEW_ITEMS} more: `{command}` lists them all"
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": escape(rest)}]})
    return blocks


def upload_blocks(card_markdown: str, upload_id: str, name: str, supplier: str, roles: str) -> list[dict[str, Any]]:
    """A pending upload's card, said to count for no one yet, with Accept / Reject for a person with one of `roles`
    ("onboarding or buyer")."""
    waiting = (f"*{escape(name)}* for {escape(supplier)} is waiting: it counts for no score, checklist or answer "
               f"until a person with the {escape(roles)} role accepts it.")
    return [*sections(waiting), *sections(mrkdwn(card_markdown))[:MAX_BLOCKS - 2],
            {"type": "actions", "block_id": f"upload-{upload_id}", "elements": [
                button("Accept as evidence", "upload_accept", upload_id, "primary"),
                button("Reject", "upload_reject", upload_id, "danger")]}]


def correction_modal(fact: FactBase, channel: str) -> dict[str, Any]:
    """The form a Correct button opens: what the document really says, one FIELD=VALUE per line."""
    if fact.kind == "unread":
        hint = (f"First kind=, one of: {', '.join(NEW_KINDS)}; then at least one field of that kind (an audit "
                "finding: its finding_id). Dates as YYYY-MM-DD, lists as JSON.")
        example = "kind=audit_finding\nfinding_id=F-2\nseverity=major\nstatus=open"
    else:
        fields = fields_of(fact.kind)
        hint = f"Only the fields to fix; the others stay as read. Fields of {fact.kind}: {', '.join(fields)}."
        example = "\n".join(f"{name}=" for name in [f for f in fields if getattr(fact, f) in (None, [], {})][:3])
    where = fact.source + (f", p. {fact.page}" if fact.page else "")
    quote = " ".join(fact.quote.split())[:1000]
    return {"type": "modal", "callback_id": "review_correct",
            "private_metadata": json.dumps({"fact": fact.id, "channel": channel}),
            "title": {"type": "plain_text", "text": "Correct a fact"},
            "submit": {"type": "plain_text", "text": "Record"}, "close": {"type": "plain_text", "text": "Cancel"},
            "blocks": [
                {"type": "section", "text": {"type": "mrkdwn", "text": f"*{escape(fact.kind)}* · {escape(where)}\n"
                                                                         f">{escape(quote)}"}},
                {"type": "input", "block_id": "values",
                 "label": {"type": "plain_text", "text": "What the document says, one FIELD=VALUE per line"},
                 "hint": {"type": "plain_text", "text": hint[:2000]},
                 "element": {"type": "plain_text_input", "action_id": "values", "multiline": True,
                             "placeholder": {"type": "plain_text", "text": example[:150]}}},
                {"type": "input", "block_id": "note", "optional": True,
                 "label": {"type": "plain_text", "text": "Why (kept with the decision)"},
                 "element": {"type": "plain_text_input", "action_id": "note"}}]}


WATCH_ALERTS = 20  # alerts per message (one block each); `gov watch` lists the rest
SEVERITY_ICONS = {"high": ":red_circle:", "medium": ":large_orange_circle:", "low": ":white_circle:"}


def watch_blocks(report: Any) -> list[dict[str, Any]]:
    """The early-warning digest (tools/watch.py): each alert cited, with a button that opens the supplier's card."""
    from tools.digest import headline, quiet_line

    blocks: list[dict[str, Any]] = sections(f"*Early warning* - {escape(headline(report))}")
    for n, alert in enumerate(report.alerts[:WATCH_ALERTS]):
        where = "; ".join(dict.fromkeys(c.where() for c in alert.citations + alert.rules))
        text = (f"{SEVERITY_ICONS[alert.severity]} *{escape(alert.supplier)}* · {escape(alert.kind.replace('_', ' '))}"
                f"\n{escape(alert.text)}\n_{escape(where[:600])}_")
        blocks.append({"type": "section", "block_id": f"alert-{n}", "text": {"type": "mrkdwn", "text":
                                                                               text[:SECTION_LIMIT]},
                       "accessory": button("Open card", "watch_card", alert.supplier)})
    rest = len(report.alerts) - WATCH_ALERTS
    notes = [f"{rest} more: `gov watch` lists them all"] if rest > 0 else []
    notes += [quiet_line(report)] if report.quiet else []
    notes.append(f"How a KPI drift is found: {report.method}.")
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": escape(" ".join(notes))[:3000]}]})
    return blocks[:MAX_BLOCKS]

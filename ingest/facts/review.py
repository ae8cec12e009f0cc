"""Which facts need a person before they count: passages no reader took up, audits whose findings could
not be read, facts read with low confidence (several fields missing), and facts a language model proposed.
One rule, used by the review queue (`gov review`) and by the fact source that applies people's decisions."""

from __future__ import annotations

from ingest.facts.models import FactBase, UnreadFact

REVIEW_BELOW = 0.8  # a fact read with less confidence than this (two or more fields missing) is queued


def why_review(fact: FactBase) -> str | None:
    """Why the fact needs a person, or None."""
    if isinstance(fact, UnreadFact):
        return fact.reason
    if fact.read_by:  # a language model's proposal: it counts once a person confirms it (ingest/facts/proposed.py)
        unread = f"; not read: {', '.join(sorted(fact.missing))}" if fact.missing else ""
        return f"proposed by {fact.read_by}, not read by a reader: check it against its quotes{unread}"
    if "findings" in fact.missing:
        return fact.missing["findings"]
    if fact.confidence < REVIEW_BELOW:
        return "read with low confidence; not read: " + ", ".join(sorted(fact.missing))
    return None

"""The status vocabularies, written once: what a judged line can say about an item, what a checklist
item can conclude, and which of those words are problems. Unknown is never clean: "unknown" (a date or
result that could not be read) is a problem wherever "expired" is."""

from __future__ import annotations

from typing import Literal

Status = Literal["valid", "expiring", "expired", "suspended", "withdrawn", "unknown", "missing", "present",
                 "incomplete", "failed", "open", "overdue", "closed", "none", "risk", "gap", "withheld", "ok", "info",
                 "ready", "review", "not ready"]

# Evidence that cannot count: the document is absent, lapsed (expired, suspended, withdrawn), failed, incomplete or
# unreadable.
NOT_IN_ORDER: frozenset[str] = frozenset({"expired", "suspended", "withdrawn", "unknown", "missing", "failed",
                                          "incomplete"})
LAPSED: frozenset[str] = frozenset({"expired", "suspended", "withdrawn"})  # a certificate no longer in force
LATE: frozenset[str] = frozenset({"overdue"})  # a corrective action past its policy due date
NEEDS_DECISION: frozenset[str] = frozenset({"risk", "gap"})  # a sourcing risk or a gap the buyer must weigh
DUE_SOON: frozenset[str] = frozenset({"expiring", "open"})  # not yet a problem, but work is due

PROBLEMS = NOT_IN_ORDER | LATE | NEEDS_DECISION | {"not ready"}  # what the onboarding card lists as problems
BLOCKING_OR_LATE = NOT_IN_ORDER | LATE  # what stops serial supply or is already late
NEEDS_ATTENTION = BLOCKING_OR_LATE | DUE_SOON  # what a document question reports before what is in order
CHECKLIST_FAILURES = (NOT_IN_ORDER - {"missing"}) | LATE | NEEDS_DECISION  # "missing" is missing evidence instead
ACTIONABLE = NOT_IN_ORDER | LATE | NEEDS_DECISION | DUE_SOON  # what a remediation plan acts on

Verdict = Literal["pass", "fail", "missing evidence", "not applicable"]
OPEN_VERDICTS: frozenset[str] = frozenset({"fail", "missing evidence"})  # checklist items still to be closed

"""Which facts need a person before they count - passages no reader took up, audits whose findings could
not be read, facts read with low confidence (several fields missing), and facts a language model proposed -
and what a person's decision makes of a fact: dismissed it is gone, confirmed it counts as fully read,
corrected it is replaced by the values the person read in the document. One home for the rules, used by
the review queue (`gov review`), by the fact source that applies decisions and by the application that
records them."""

from __future__ import annotations

import json
from typing import Any, get_args

from pydantic import TypeAdapter, ValidationError

from core.errors import GovError, validation_problems
from ingest.facts.models import FACT_KINDS, Fact, FactBase, ReviewFact, UnreadFact

REVIEW_BELOW = 0.8  # a fact read with less confidence than this (two or more fields missing) is queued

FACT = TypeAdapter(Fact)
MODELS: dict[str, type[FactBase]] = {model.model_fields["kind"].default: model for model in get_args(get_args(Fact)[0])}
CORRECTABLE = tuple(kind for kind in FACT_KINDS if kind not in ("unread", "review"))  # kinds whose fields one may fix
# What an unread passage (or a fact of another kind) may be corrected into: kinds whose fields, left out, read as
# unknown, never as clean - an audit finding only with its finding_id given (finding_id= empty says, in so many
# words, that the audit raised none). A UN 38.3 summary, an EMRT/CMRT declaration and a supplier profile are
# judged complete over their whole document (38.3.5 elements, due-diligence gaps, mandatory fields), which one
# passage cannot vouch for: they are corrected only on their own facts.
NEW_KINDS = ("certificate", "safety_test", "audit_finding", "contract_clause", "kpi")
PROVENANCE = frozenset(FactBase.model_fields) - {"kind"}  # kept from the reviewed fact; no correction changes them
VOCABULARY = {  # fields the tools compare against fixed words: a correction must use one of them
    ("audit_finding", "severity"): ("critical", "major", "minor", "observation"),
    ("audit_finding", "status"): ("open", "closed"),
    ("safety_test", "verdict"): ("pass", "fail", "data reported"),
    ("contract_clause", "metric"): ("on_time_delivery", "late_delivery_penalty", "otd_service_credit", "defect_ppm",
                                    "complaint_acknowledgement", "report_8d", "warranty", "change_notice"),
}


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


def fields_of(kind: str) -> list[str]:
    """The fields a correction may set on a fact of `kind` (its own fields, not the provenance)."""
    return [name for name in MODELS[kind].model_fields if name not in PROVENANCE and name != "kind"]


def correction_values(pairs: list[str]) -> dict[str, str]:
    """`FIELD=VALUE` texts (the CLI's --set, the lines of Slack's correction form) as field -> value."""
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or not name:
            raise GovError(f"{pair!r} is not FIELD=VALUE", stage="review", exit_code=2,
                           hint="e.g. severity=major or due=2027-03-14")
        if name in values:
            raise GovError(f"{name} is given twice", stage="review", exit_code=2)
        values[name] = value.strip()
    return values


def corrected(fact: FactBase, values: dict[str, str]) -> FactBase:
    """The fact as the person says the document reads: validated by the fact models, with the reviewed
    fact's provenance (id, source, supplier, labels, page, chunk, quote) kept. A correction of the same kind
    changes only the fields given; one that gives another `kind` (an unread passage must) builds the fact
    from the given fields alone and needs at least one of them besides `kind`. A value is text as the
    document says it; an empty one clears the field; a list or mapping field takes JSON."""
    kind = values.get("kind", fact.kind)
    problem = correction_problem(fact, kind, values)
    if problem:
        raise GovError(f"cannot correct {fact.id}: {problem}", stage="review", exit_code=2)
    same = kind == fact.kind
    data: dict[str, Any] = fact.model_dump() if same else {name: getattr(fact, name) for name in PROVENANCE}
    data.update({name: parse(value) for name, value in values.items()})
    data.update(confidence=1.0, evidence={k: v for k, v in fact.evidence.items() if same and k not in values},
                missing={k: v for k, v in fact.missing.items() if same and k not in values})
    try:
        return FACT.validate_python(data)
    except ValidationError as exc:
        raise GovError(f"cannot correct {fact.id}: {validation_problems(exc)}", stage="review", exit_code=2,
                       hint="dates as YYYY-MM-DD, numbers as digits, lists and mappings as JSON") from None


def correction_problem(fact: FactBase, kind: str, values: dict[str, str]) -> str | None:
    """What makes `values` no correction of `fact` before the models see them, naming the field; or None."""
    if kind != fact.kind and kind not in NEW_KINDS or kind not in CORRECTABLE:
        said = ("an unread passage is corrected into a fact: give its kind" if kind == fact.kind else
                f"a {kind} is judged over its whole document; correct its own fact" if kind in CORRECTABLE else
                f"{kind!r} is not a kind of fact")
        return f"kind: {said} (one of: {', '.join(NEW_KINDS)})"
    if kept := sorted(set(values) & PROVENANCE):
        return f"{', '.join(kept)}: the document's provenance, kept from the reviewed fact"
    if unknown := [name for name in values if name != "kind" and name not in MODELS[kind].model_fields]:
        return f"{', '.join(unknown)}: not a field of {kind} (its fields: {', '.join(fields_of(kind))})"
    if not set(values) - {"kind"}:
        return f"give at least one field of {kind} besides kind (its fields: {', '.join(fields_of(kind))})"
    if kind == "audit_finding" != fact.kind and "finding_id" not in values:
        return "finding_id: name the finding (an empty finding_id= says the audit raised none)"
    for (of, name), words in VOCABULARY.items():
        if of == kind and values.get(name, "") not in (*words, ""):
            return f"{name}: {values[name]!r} is not one of {', '.join(words)}"
    return None


def parse(value: str) -> Any:
    if not value:
        return None
    if value[0] in "[{":
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value


def decision_line(review: ReviewFact) -> str:
    """A recorded decision in one line: what, on which document, by whom and when, and a correction's values."""
    said = "".join(f"; {name}={value}" for name, value in review.values.items())
    return f"{review.decision}: {review.target_kind} in {review.source} (by {review.reviewer} at {review.at}){said}"


def decided(fact: FactBase, review: ReviewFact | None) -> FactBase | None:
    """The fact as a person's decision leaves it: None when dismissed, fully read when confirmed, the
    correction in its place (same id) when corrected."""
    if review is None:
        return fact
    if review.decision == "dismissed":
        return None
    if review.decision == "confirmed":
        return fact.model_copy(update={"confidence": 1.0})
    return corrected(fact, review.values)

"""The shared foundations in core/: each rule written once, and each checked here on its own."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from core import statuses
from core.access import may_see
from core.citations import Citation, Numbering
from core.errors import validation_problems

A, B = "procurement", "quality"


@pytest.mark.parametrize(("labels", "caller", "seen"), [
    ([], None, True), ([A], None, True),  # no caller restriction: a local operator sees everything
    ([], frozenset(), True), ([A], frozenset(), False),  # no labels held: only open documents
    ([A], frozenset({A}), True), ([A], frozenset({B}), False), ([A, B], frozenset({B}), True),
])
def test_the_visibility_rule(labels, caller, seen):
    assert may_see(labels, caller) is seen


def cite(quote: str, chunk: str = "c1", page: int | None = 1) -> Citation:
    return Citation(source="suppliers/X/cert.pdf", page=page, chunk_id=chunk, quote=quote)


def test_numbering_gives_each_distinct_citation_one_number_in_order_of_first_use():
    numbering = Numbering()
    assert numbering.marks([cite("a"), cite("b")]) == "[1][2]"
    assert numbering.marks([cite("b"), cite("a"), cite("b")]) == "[2][1]"
    assert numbering.number(cite("a", chunk="c2")) == 3  # same words, another chunk: another source
    assert [(c.n, c.quote, c.chunk_id) for c in numbering.cited] == [(1, "a", "c1"), (2, "b", "c1"), (3, "a", "c2")]


def test_numbering_accepts_numbered_citations_and_renumbers_them():
    numbering = Numbering()
    first = Numbering()
    first.number(cite("x"))
    first.number(cite("y"))
    assert numbering.number(first.cited[1]) == 1 and numbering.cited[0].quote == "y"


def test_unknown_is_never_clean():
    """Whatever could not be read counts wherever a lapsed document counts (rule 3 of the product)."""
    for problems in (statuses.PROBLEMS, statuses.BLOCKING_OR_LATE, statuses.NEEDS_ATTENTION,
                     statuses.CHECKLIST_FAILURES, statuses.ACTIONABLE, statuses.NOT_IN_ORDER):
        assert "unknown" in problems and "expired" in problems
    clean = {"valid", "present", "closed", "none", "ok", "ready"}
    assert not clean & (statuses.PROBLEMS | statuses.ACTIONABLE | statuses.CHECKLIST_FAILURES)
    assert "missing" not in statuses.CHECKLIST_FAILURES  # a missing document is "missing evidence", not "fail"


def test_validation_problems_name_each_field():
    class Request(BaseModel):
        supplier: str
        days: int

    with pytest.raises(ValidationError) as caught:
        Request.model_validate({"days": "many"})
    assert validation_problems(caught.value) == ("supplier: Field required; "
                                                  "days: Input should be a valid integer, unable to parse string as "
                                                  "an integer")
    assert validation_problems(caught.value, prefix="GOV_", upper=True, limit=1) == "GOV_SUPPLIER: Field required"

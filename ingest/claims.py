"""What a document's statements claim, and which claims no fact explains.

Each statement of a typed document gets a claim type - audit finding, certificate validity, test result,
late-delivery penalty, service credit, delivery and quality targets, warranty, change notice, complaint
response, signature - from the nearest labelled example statements in ingest/claims.yaml (MiniLM cosine,
the same bundled model as retrieval), plus what people decided in `gov review`. Nearest examples rather
than a trained model: a reviewer's decision or a new wording in the YAML counts at once, with nothing to
retrain, and the winning example explains the call.

A claim the document makes that none of its facts explains means the reader missed something: the
statement that makes it most clearly becomes a passage for review, so the verdicts it could change say
"needs review" instead of "nothing to report" (a contract whose penalty clause no pattern read, an audit
read as clean that describes a finding). Explained is judged per claim type, not per statement: one read
penalty clause explains the contract's penalty statements."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import resources

import numpy as np
import yaml

from ingest.facts.models import (
    AuditFindingFact,
    CertificateFact,
    ContractClauseFact,
    FactBase,
    ReviewFact,
    SafetyTestFact,
    TransportTestFact,
)
from ingest.statements import Statement

CLAIM_MIN = 0.6  # a statement at least this like a claim's example makes that claim ...
# ... or this like, for a claim written in too many shapes for close examples (a finding is a table row, a
# headed block, a sentence); measured on the development split without a false alarm in the sample corpus.
CLAIM_MIN_OF = {"audit_finding": 0.35}
MARGIN_OVER_OTHER = 0.1  # ... when it is this much more like it than like any example of "other"
MAX_STATEMENTS = 400  # of one document; the rest are not classified
OTHER = "other"

# The claims each document type is read for, and the contract metrics that explain a contract claim.
CLAIMS_OF_TYPE: dict[str, tuple[str, ...]] = {
    "audit_report": ("audit_finding",),
    "certificate": ("certificate_validity",),
    "test_summary": ("test_result", "signature"),
    "test_report": ("test_result",),
    "contract": ("late_delivery_penalty", "otd_service_credit", "on_time_delivery", "defect_ppm", "warranty",
                 "change_notice", "complaint_response"),
}
METRICS_OF_CLAIM = {"complaint_response": ("complaint_acknowledgement", "report_8d")}
NAMES = {"audit_finding": "an audit finding", "certificate_validity": "a certificate's validity",
         "test_result": "a test result", "signature": "a signature", "late_delivery_penalty": "a late-delivery penalty",
         "otd_service_credit": "a service credit or rebate", "on_time_delivery": "a delivery target",
         "defect_ppm": "a quality (defect) target", "warranty": "a warranty", "change_notice": "a change-notice period",
         "complaint_response": "a complaint response time"}


def explains(fact: FactBase, claim: str) -> bool:
    """Whether the fact accounts for the claim (the one rule of what "explained" means)."""
    if isinstance(fact, AuditFindingFact):
        return claim == "audit_finding" and (fact.severity is not None or "findings" in fact.missing)
    if isinstance(fact, CertificateFact):
        return claim == "certificate_validity" and fact.expires is not None
    if isinstance(fact, TransportTestFact):
        return (claim == "test_result" and bool(fact.results)) or (claim == "signature" and bool(fact.signed_by))
    if isinstance(fact, SafetyTestFact):
        return claim == "test_result" and fact.verdict is not None
    if isinstance(fact, ContractClauseFact):
        return fact.metric in METRICS_OF_CLAIM.get(claim, (claim,))
    return False


# The claim a fact of each kind reads (a contract clause: by its metric), for learning from review decisions.
CLAIM_OF_KIND = {"audit_finding": "audit_finding", "certificate": "certificate_validity",
                 "transport_test": "test_result", "safety_test": "test_result"}


@dataclass(frozen=True)
class Unexplained:
    claim: str
    statement: Statement
    similarity: float
    example: str  # the labelled example it is nearest to

    @property
    def reason(self) -> str:
        return (f"reads like {NAMES.get(self.claim, self.claim)} (nearest example: {self.example!r}), but no fact "
                "read from the document says so")


class ClaimReader:
    def __init__(self, embed: Callable[[Sequence[str]], np.ndarray]):
        self.embed = embed  # normalised vectors (the ingest's embedder)
        self.reviews: list[ReviewFact] = []

    @cached_property
    def _bundled(self) -> list[tuple[str, str]]:
        data = yaml.safe_load(resources.files("ingest").joinpath("claims.yaml").read_text(encoding="utf-8"))
        return [(claim, example) for claim, examples in data["claims"].items() for example in examples]

    @cached_property
    def _vectors(self) -> np.ndarray:
        return np.asarray(self.embed([text for _, text in self._bundled]), dtype=np.float32)

    def learn(self, reviews: Iterable[ReviewFact]) -> None:
        """Take people's review decisions as examples, read when a statement is first classified (an ingest
        with nothing to read embeds nothing)."""
        self.reviews = [review for review in reviews if review.quote]
        for name in ("learned", "_learned_vectors"):
            self.__dict__.pop(name, None)

    @cached_property
    def learned(self) -> list[tuple[str, str]]:
        """(claim, statement) from the review decisions: a passage dismissed as no evidence of anything teaches
        "other"; a confirmed or corrected one teaches the claim its fact reads (a confirmed passage no fact
        read: the claim it was queued for, its nearest among the bundled examples)."""
        claims: list[str | None] = []
        for review in self.reviews:
            kind = review.values.get("kind", review.target_kind)
            metric = review.values.get("metric")
            claims.append(OTHER if review.decision == "dismissed" else
                          next((c for c, m in METRICS_OF_CLAIM.items() if metric in m), metric)
                          if kind == "contract_clause" else CLAIM_OF_KIND.get(kind))
        unread = [n for n, (claim, review) in enumerate(zip(claims, self.reviews, strict=True))
                  if claim is None and review.target_kind == "unread" and "kind" not in review.values]
        nearest = self._classify([self.reviews[n].quote for n in unread], self._bundled, self._vectors, anything=True)
        for n, (claim, _, _) in zip(unread, nearest, strict=True):
            claims[n] = claim
        return list(dict.fromkeys((claim, review.quote) for claim, review in zip(claims, self.reviews, strict=True)
                                  if claim))

    @cached_property
    def _learned_vectors(self) -> np.ndarray:
        if not self.learned:
            return np.zeros((0, self._vectors.shape[1]), dtype=np.float32)
        return np.asarray(self.embed([text for _, text in self.learned]), dtype=np.float32)

    def nearest(self, texts: Sequence[str], *, anything: bool = False) -> list[tuple[str, float, str]]:
        """(claim, similarity, example) for each text; claim is "other" when no claim is clearly nearer
        (`anything`: the nearest claim however near)."""
        return self._classify(texts, self._bundled + self.learned, np.vstack([self._vectors, self._learned_vectors]),
                              anything=anything)

    def _classify(self, texts: Sequence[str], examples: list[tuple[str, str]], vectors: np.ndarray, *,
                  anything: bool) -> list[tuple[str, float, str]]:
        if not texts:
            return []
        similarity = np.asarray(self.embed(list(texts)), dtype=np.float32) @ vectors.T
        is_other = np.array([claim == OTHER for claim, _ in examples])
        out = []
        for row in similarity:
            j = int(np.argmax(np.where(is_other, -1.0, row)))
            best_other = float(row[is_other].max()) if is_other.any() else 0.0
            clear = row[j] >= CLAIM_MIN_OF.get(examples[j][0], CLAIM_MIN) and row[j] - best_other >= MARGIN_OVER_OTHER
            claim = examples[j][0] if clear or anything else OTHER
            out.append((claim, float(row[j]), examples[j][1]))
        return out

    def unexplained(self, doc_type: str, said: Sequence[Statement], facts: Sequence[FactBase]) -> list[Unexplained]:
        """For each claim the document type is read for that no fact explains, the statement making it most
        clearly. Statements a fact already quotes are not asked about."""
        wanted = [c for c in CLAIMS_OF_TYPE.get(doc_type, ()) if not any(explains(f, c) for f in facts)]
        if not wanted:
            return []
        quoted = [f.quote for f in facts if f.quote]
        candidates = [s for s in said if not s.heading and 3 <= len(s.text.split()) <= 80
                      and not any(q in "\n".join(s.lines) or "\n".join(s.lines) in q for q in quoted)]
        candidates = candidates[:MAX_STATEMENTS]
        best: dict[str, Unexplained] = {}
        read = self.nearest([s.text for s in candidates])
        for statement, (claim, similarity, example) in zip(candidates, read, strict=True):
            if claim in wanted and (claim not in best or similarity > best[claim].similarity):
                best[claim] = Unexplained(claim, statement, similarity, example)
        return [best[c] for c in wanted if c in best]

"""What the tools read: the facts, documents and ingest failures of the store, seen through the
caller's access labels, and the buyer's policy with its citations. Every tool takes one of these,
so no tool can read a fact its caller may not see, and each can say how much was withheld."""

from __future__ import annotations

from collections import Counter
from functools import cached_property

from core.access import may_see
from core.citations import Citation
from core.errors import GovError
from ingest.facts.models import FactBase, ProfileFact, ReviewFact
from ingest.facts.registry import Supplier, SupplierRegistry
from ingest.facts.review import decided
from ingest.index import Index
from ingest.layout import attribute
from ingest.manifest import FileRecord
from tools.assessment import SupplierFacts, read_in_part
from tools.policy import Policy, PolicyCiter, Rule


class FactSource:
    def __init__(self, index: Index, policy: Policy, *, labels: frozenset[str] | None = None):
        self.index = index
        self.policy = policy
        self.labels = labels  # None: unrestricted (a local operator); else the caller's access labels
        self._read: dict[tuple[str | None, str | None], list[FactBase]] = {}

    @cached_property
    def _records(self) -> list[FileRecord]:
        """The manifest's files, read once for the registry and the documents."""
        return list(self.index.manifest.files())

    @cached_property
    def registry(self) -> SupplierRegistry:
        return SupplierRegistry.from_manifest(self.index.manifest, self._records)

    def supplier(self, name: str) -> Supplier:
        return self.registry.resolve(name)

    def facts(self, *, supplier: str | None = None, kind: str | None = None, source: str | None = None,
              proposed: bool = True) -> list[FactBase]:
        """The facts the caller may see, with people's review decisions applied (`ingest.facts.review.decided`):
        a dismissed fact is gone, a confirmed one counts as fully read, a corrected one is replaced by the
        correction; the decisions themselves are facts of kind "review". With `proposed=False`, a language
        model's proposal counts only once a person has confirmed it."""
        reviews = {r.target: r for r in self.reviews(supplier=supplier, source=source)}
        out: list[FactBase] = []
        # `kind` is applied after the decisions: a correction may give a fact its kind (an unread passage a finding)
        for fact in self._stored(supplier, source):
            review = reviews.get(fact.id)
            if not may_see(fact.labels, self.labels) or (fact.read_by and not review and not proposed):
                continue
            after = decided(fact, review)
            if after is not None and kind in (None, after.kind):
                out.append(after)
        return out + [r for r in reviews.values() if kind in (None, "review")]

    def _stored(self, supplier: str | None, source: str | None) -> list[FactBase]:
        """The manifest's facts of a supplier or document, read once per source object: a supplier's facts, profile
        and withheld documents are asked for in turn, for every supplier of a ranking."""
        key = (supplier, source)
        if key not in self._read:
            self._read[key] = self.index.manifest.facts(supplier=supplier, source=source)
        return self._read[key]

    def fact(self, fact_id: str) -> FactBase | None:
        """One fact as its document was read, before any decision, if the caller may see it."""
        return next((f for f in self.index.manifest.facts() if f.id == fact_id and may_see(f.labels, self.labels)),
                    None)

    def reviews(self, *, supplier: str | None = None, source: str | None = None) -> list[ReviewFact]:
        return [r for r in self.index.manifest.reviews(supplier=supplier, source=source)
                if may_see(r.labels, self.labels)]

    def withheld(self, *, supplier: str | None = None, source: str | None = None) -> list[str]:
        """Sources of documents holding facts the caller may not see."""
        if self.labels is None:  # unrestricted: nothing is withheld
            return []
        hidden = [f for f in self._stored(supplier, source) if not may_see(f.labels, self.labels)]
        return sorted({f.source for f in hidden})

    def profile(self, supplier: str) -> ProfileFact | None:
        return next((f for f in self.facts(supplier=supplier, kind="profile") if isinstance(f, ProfileFact)), None)

    @cached_property
    def _documents(self) -> dict[str | None, list[FileRecord]]:
        """The documents the caller may see, by supplier, read once: a ranking of every supplier must not read the
        whole manifest once per supplier (bench/scale.py). Like the registry, it lives as long as this source
        (one tool call, or an engine until `refresh`)."""
        grouped: dict[str | None, list[FileRecord]] = {}
        for record in self._records:
            if record.state == "ok" and may_see(record.labels, self.labels):
                grouped.setdefault(record.supplier, []).append(record)
        return grouped

    def documents(self, *, supplier: str | None = None, source: str | None = None) -> list[FileRecord]:
        records = self._documents.get(supplier, []) if supplier is not None else \
            [r for group in self._documents.values() for r in group]
        return sorted((r for r in records if source is None or r.source == source), key=lambda r: r.source)

    def failures(self, *, supplier: str | None = None, source: str | None = None) -> list[tuple[str, str]]:
        return [(path, reason) for path, reason, _ in self.index.manifest.failures()
                if (supplier is None or attribute(path)[0] == supplier) and (source is None or path == source)]

    def read_in_part(self, *, supplier: str | None = None) -> list[tuple[str, str]]:
        """(source, what was skipped) of the documents ingested with pages that had no text: they may say more."""
        return read_in_part(self.documents(supplier=supplier))

    def not_read(self, *, supplier: str) -> list[tuple[str, str]]:
        """(source, why) of the supplier's documents that could not be read, or were read only in part: whatever a
        question looks for may be in them."""
        return self.failures(supplier=supplier) + self.read_in_part(supplier=supplier)

    @cached_property
    def _citer(self) -> PolicyCiter:
        ids = [cid for r in self._records if r.state == "ok" and r.doc_type == "policy" and r.supplier is None
               for cid in r.chunk_ids]  # the buyer's rules: a supplier's document is never cited as one
        return PolicyCiter(self.index.chunks(ids) if ids else [])

    def rule(self, rule: Rule) -> Citation:
        return self._citer.cite(rule)

    def _withheld_types(self, **where: str | None) -> dict[str, int]:
        records = [self.index.manifest.get(s) for s in self.withheld(**where)]  # type: ignore[arg-type]
        return dict(Counter((r.doc_type if r else None) or "other" for r in records))

    def supplier_facts(self, name: str) -> SupplierFacts:
        """What the caller may see of a supplier; the name resolves like any supplier name."""
        found = self.supplier(name)
        return SupplierFacts(name=found.name, legal_name=found.legal_name,
                             facts=self.facts(supplier=found.name, proposed=False),
                             profile=self.profile(found.name), documents=self.documents(supplier=found.name),
                             failures=self.failures(supplier=found.name),
                             withheld=self._withheld_types(supplier=found.name))

    def document_facts(self, source: str) -> SupplierFacts:
        """What one stored document contributes, with its supplier's profile for context."""
        records, failures = self.documents(source=source), self.failures(source=source)
        if not records and not failures:
            raise GovError(f"{source} is not in the store", stage="tools", exit_code=2,
                           hint="ingest it first (`gov ingest PATH`), or give a supplier name")
        supplier = records[0].supplier if records else attribute(source)[0]
        profile = self.profile(supplier) if supplier else None
        return SupplierFacts(name=supplier, legal_name=profile.legal_name if profile else None,
                             facts=self.facts(source=source, proposed=False), profile=profile, documents=records,
                             failures=failures, withheld=self._withheld_types(source=source))

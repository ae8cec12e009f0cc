"""What the tools read: the facts, documents and ingest failures of the store, seen through the
caller's access labels, and the buyer's policy with its citations. Every tool takes one of these,
so no tool can read a fact its caller may not see, and each can say how much was withheld."""

from __future__ import annotations

from functools import cached_property

from ingest.facts.models import FactBase, ProfileFact
from ingest.facts.registry import Supplier, SupplierRegistry
from ingest.index import Index
from ingest.layout import attribute
from ingest.manifest import FileRecord
from tools.citations import Citation
from tools.policy import Policy, PolicyCiter, Rule


def may_see(labels: list[str], caller: frozenset[str] | None) -> bool:
    return caller is None or not labels or bool(caller & set(labels))


class FactSource:
    def __init__(self, index: Index, policy: Policy, *, labels: frozenset[str] | None = None):
        self.index = index
        self.policy = policy
        self.labels = labels  # None: unrestricted (a local operator); else the caller's access labels

    @cached_property
    def registry(self) -> SupplierRegistry:
        return SupplierRegistry.from_manifest(self.index.manifest)

    def supplier(self, name: str) -> Supplier:
        return self.registry.resolve(name)

    def facts(self, *, supplier: str | None = None, kind: str | None = None,
              source: str | None = None) -> list[FactBase]:
        return [f for f in self.index.manifest.facts(supplier=supplier, kind=kind, source=source)
                if may_see(f.labels, self.labels)]

    def withheld(self, *, supplier: str | None = None, source: str | None = None) -> list[str]:
        """Sources of documents holding facts the caller may not see."""
        hidden = [f for f in self.index.manifest.facts(supplier=supplier, source=source)
                  if not may_see(f.labels, self.labels)]
        return sorted({f.source for f in hidden})

    def profile(self, supplier: str) -> ProfileFact | None:
        return next((f for f in self.facts(supplier=supplier, kind="profile") if isinstance(f, ProfileFact)), None)

    def documents(self, *, supplier: str | None = None, source: str | None = None) -> list[FileRecord]:
        return [r for r in self.index.manifest.files() if r.state == "ok" and may_see(r.labels, self.labels)
                and (supplier is None or r.supplier == supplier) and (source is None or r.source == source)]

    def failures(self, *, supplier: str | None = None, source: str | None = None) -> list[tuple[str, str]]:
        return [(path, reason) for path, reason, _ in self.index.manifest.failures()
                if (supplier is None or attribute(path)[0] == supplier) and (source is None or path == source)]

    @cached_property
    def _citer(self) -> PolicyCiter:
        ids = [cid for r in self.index.manifest.files() if r.state == "ok" and r.doc_type == "policy"
               for cid in r.chunk_ids]
        return PolicyCiter(self.index.store.chunks(ids) if ids else [])

    def rule(self, rule: Rule) -> Citation:
        return self._citer.cite(rule)

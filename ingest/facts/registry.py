"""Which supplier a name means: folder name, legal name and aliases from the profile, then fuzzy
matching for partial names and typos. An ambiguous name returns its candidates, never a guess."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from core.errors import GovError
from ingest.facts.models import ProfileFact
from ingest.manifest import FileRecord
from ingest.protocols import Manifest

LEGAL_WORDS = {"co", "ltd", "limited", "gmbh", "ab", "sa", "kk", "pvt", "inc", "llc", "se", "bv", "sro", "ag",
               "corp", "corporation", "company", "the", "plc"}
ACCEPT = 85  # fuzzy score a name must reach
MARGIN = 5  # and by how much it must beat the next supplier


def normalise(name: str) -> str:
    words = re.sub(r"[^\w\s]", " ", name.casefold()).split()
    return " ".join(w for w in words if w not in LEGAL_WORDS)


@dataclass
class Supplier:
    name: str  # the folder name: how documents and facts refer to the supplier
    legal_name: str | None = None
    aliases: list[str] = field(default_factory=list)
    segment: str | None = None
    country: str | None = None
    documents: dict[str, int] = field(default_factory=dict)
    products: list[str] = field(default_factory=list)  # model numbers its profile lists: "the HX-LFP314" names it
    # what its profile says it makes and where: "the 21700 cell supplier", "the Pune integrator" may mean it
    product_types: list[str] = field(default_factory=list)
    address: str | None = None

    def names(self) -> list[str]:
        return [self.name, *([self.legal_name] if self.legal_name else []), *self.aliases]


class SupplierRegistry:
    def __init__(self, suppliers: list[Supplier]):
        self.suppliers = sorted(suppliers, key=lambda s: s.name)
        # exact names first, without scoring every supplier: a folder name is an id; a legal name may be shared (two
        # sites of one company), so it identifies only when one supplier has it
        self.by_folder = {s.name.casefold(): s for s in self.suppliers}
        self.by_legal_name: dict[str, list[Supplier]] = {}
        for supplier in self.suppliers:
            if supplier.legal_name:
                self.by_legal_name.setdefault(normalise(supplier.legal_name), []).append(supplier)
        for sharing in self.by_legal_name.values():  # two sites of one company: every answer says which site
            if len(sharing) > 1:
                for supplier in sharing:  # the legal name as written still names them all, in a question too
                    supplier.aliases = [*supplier.aliases, supplier.legal_name]  # type: ignore[list-item]
                    supplier.legal_name = f"{supplier.legal_name} ({supplier.name})"

    @classmethod
    def from_manifest(cls, manifest: Manifest, records: Iterable[FileRecord] | None = None) -> SupplierRegistry:
        """Every supplier with a document; `records`: the manifest's files, when the caller has read them already."""
        documents: dict[str, Counter[str]] = {}
        for record in manifest.files() if records is None else records:
            if record.supplier and record.state == "ok":
                documents.setdefault(record.supplier, Counter())[record.doc_type or "other"] += 1
        profiles = {f.supplier: f for f in manifest.facts(kind="profile") if isinstance(f, ProfileFact) and f.supplier}
        suppliers = []
        for name, counts in documents.items():
            profile = profiles.get(name)
            suppliers.append(Supplier(name=name, documents=dict(sorted(counts.items())),
                                      legal_name=profile.legal_name if profile else None,
                                      aliases=profile.aliases if profile else [],
                                      segment=profile.segment if profile else None,
                                      country=profile.country if profile else None,
                                      products=profile.products if profile else [],
                                      product_types=list(profile.product_types.values()) if profile else [],
                                      address=profile.address if profile else None))
        return cls(suppliers)

    def candidates(self, query: str) -> list[tuple[Supplier, float]]:
        """Suppliers by how well one of their names matches, best first."""
        wanted = normalise(query)
        scored = []
        for supplier in self.suppliers:
            best = 0.0
            for name in supplier.names():
                candidate = normalise(name)
                if not candidate or not wanted:
                    continue
                if candidate == wanted:
                    best = 100.0
                    break
                best = max(best, fuzz.WRatio(wanted, candidate))
            scored.append((supplier, best))
        return sorted(scored, key=lambda pair: (-pair[1], pair[0].name))

    def resolve(self, query: str) -> Supplier:
        if (folder := self.by_folder.get(query.strip().casefold())) is not None:
            return folder
        sharing = self.by_legal_name.get(normalise(query), [])
        if len(sharing) == 1:
            return sharing[0]
        if len(sharing) > 1:
            raise GovError(f"{query!r} is the legal name of several suppliers: {', '.join(s.name for s in sharing)}",
                           stage="facts", exit_code=2, hint="name one by its folder (`gov suppliers` lists them)")
        ranked = self.candidates(query)
        if not ranked or ranked[0][1] < ACCEPT:
            close = [s.name for s, score in ranked[:3] if score >= 60]
            raise GovError(f"no supplier matches {query!r}", stage="facts", exit_code=2,
                           hint=f"did you mean: {', '.join(close)}" if close else "see `gov suppliers`")
        if len(ranked) > 1 and ranked[1][1] >= ACCEPT and ranked[0][1] - ranked[1][1] < MARGIN:
            tied = [s.name for s, score in ranked if score >= ranked[0][1] - MARGIN and score >= ACCEPT]
            raise GovError(f"{query!r} could mean several suppliers: {', '.join(tied)}", stage="facts",
                           exit_code=2, hint="use more of the name")
        return ranked[0][0]

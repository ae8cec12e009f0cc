"""Which suppliers a question across suppliers is about: a segment ("our cell suppliers"), countries ("in
Germany"), and suppliers left out ("who else, if Huaxin stops?"). The one home of that rule: every tool over
the supplier base narrows by it the same way. A supplier whose profile does not state the segment or country
asked about is neither in nor out - the tools list it as needing review, never silently drop it."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, Field

from ingest.facts.registry import Supplier


class SupplierFilter(BaseModel):
    segments: list[str] = Field(default_factory=list)  # any of these segments of the buyer's policy
    countries: list[str] = Field(default_factory=list)  # any of these
    exclude: list[str] = Field(default_factory=list)  # supplier names left out (the one being replaced)

    def __bool__(self) -> bool:
        return bool(self.segments or self.countries or self.exclude)

    def admits(self, supplier: Supplier) -> bool | None:
        """In, out, or None when its profile does not state what the filter asks about."""
        if supplier.name in self.exclude:
            return False
        checks = [(self.segments, supplier.segment, lambda stated: stated in self.segments),
                  (self.countries, supplier.country,
                   lambda stated: stated.casefold() in {c.casefold() for c in self.countries})]
        unknown = False
        for wanted, stated, holds in checks:
            if not wanted:
                continue
            if not stated:
                unknown = True
            elif not holds(stated):
                return False
        return None if unknown else True

    def chosen(self, suppliers: Iterable[Supplier]) -> list[Supplier]:
        return [s for s in suppliers if self.admits(s)]

    def unstated(self, suppliers: Iterable[Supplier]) -> list[Supplier]:
        """Suppliers that may or may not belong: the segment or country asked about is not in their profile."""
        return [s for s in suppliers if self.admits(s) is None]

    def describe(self) -> str:
        """The filter in words: "cell manufacturer suppliers in China, other than Huaxin Energy Storage"."""
        said = f"{' and '.join(s.replace('_', ' ') for s in self.segments)} suppliers" if self.segments else "suppliers"
        if self.countries:
            said += f" in {' or '.join(self.countries)}"
        if self.exclude:
            said += f" other than {' and '.join(self.exclude)}"
        return said

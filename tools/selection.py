"""Which suppliers a question across suppliers is about: a segment ("our cell suppliers"), countries ("in
Germany"), and suppliers left out ("who else, if Huaxin stops?"). The one home of that rule: every tool over
the supplier base narrows by it the same way. A supplier whose profile does not state the segment or country
asked about is neither in nor out - the tools list it as needing review, never silently drop it."""

from __future__ import annotations

import re
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


# Countries as documents and buyers name them, each with its other names: a declaration's "Congo, Democratic Republic
# of the" is a profile's "Democratic Republic of the Congo" and a buyer's "DRC". Only the ones minerals and suppliers
# come from need to be here; a country named any other way is compared by its own name.
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "DR Congo": ("drc", "dr congo", "democratic republic of the congo", "democratic republic of congo",
                 "congo democratic republic of the", "congo kinshasa", "congo", "congolese"),
    "United States": ("usa", "us", "united states of america", "american"),
    "United Kingdom": ("uk", "britain", "british"),
    "China": ("prc", "chinese"), "South Korea": ("korea", "republic of korea", "korean"), "Chile": ("chilean",),
    "Australia": ("australian",), "Indonesia": ("indonesian",), "Argentina": ("argentinian", "argentine"),
    "Bolivia": ("bolivian",), "Peru": ("peruvian",), "Zambia": ("zambian",), "Zimbabwe": ("zimbabwean",),
    "Mozambique": ("mozambican",), "Madagascar": ("malagasy",), "Tanzania": ("tanzanian",), "Brazil": ("brazilian",),
    "Canada": ("canadian",), "Finland": ("finnish",), "Philippines": ("philippine", "filipino"),
    "Russia": ("russian",), "South Africa": ("south african",), "Morocco": ("moroccan",), "Japan": ("japanese",),
    "Germany": ("german",), "Sweden": ("swedish",), "India": ("indian",), "Vietnam": ("viet nam", "vietnamese"),
    "Taiwan": ("taiwanese",), "Netherlands": ("holland", "dutch"), "Switzerland": ("swiss",), "Norway": ("norwegian",),
    "Poland": ("polish",), "France": ("french",), "Hungary": ("hungarian",), "Czech Republic": ("czechia", "czech"),
    "Mexico": ("mexican",), "Rwanda": ("rwandan",), "Uganda": ("ugandan",), "Burundi": ("burundian",),
}
CANONICAL = {alias: name for name, aliases in COUNTRY_NAMES.items() for alias in (name.lower(), *aliases)}


def country_key(name: str) -> str:
    """One spelling per country: "Congo, Democratic Republic of the", "DR Congo" and "DRC" are the same."""
    plain = " ".join(re.sub(r"[^\w\s]", " ", name.lower()).split())
    return CANONICAL.get(plain, CANONICAL.get(plain.removeprefix("the "), plain)).lower()


def countries_named(text: str) -> list[str]:
    """The countries a text names, by any of their names, in canonical spelling ("cobalt from the DRC" -> DR Congo)."""
    lowered = " " + " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split()) + " "
    found = [name for alias, name in CANONICAL.items() if len(alias) > 2 and f" {alias} " in lowered
             or len(alias) == 2 and re.search(rf"\b{alias.upper()}\b", text)]  # "US" in capitals, not "us"
    return list(dict.fromkeys(found))

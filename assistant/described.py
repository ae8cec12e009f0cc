"""Which supplier a definite description means when no name is given: "the 21700 cell supplier", "our Dresden
supplier", "the Pune integrator", "the Japanese cell maker", "the 314Ah LFP prismatic cells". The words of the
description are held against what each supplier's profile says it makes and where (product types, models, address,
country); a word counts for as many suppliers as share it, so "cell" alone means no one and "21700" means the one
that makes 21700 cells. Only a single, clear winner is taken - a description two suppliers fit names neither."""

from __future__ import annotations

import re
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from ingest.facts.registry import Supplier, SupplierRegistry
from tools.selection import country_key

# What a singular description of a supplier ends in: "the Pune integrator", "our busbar people".
SUPPLIER_HEADS = r"supplier|vendor|maker|manufacturer|producer|integrator|people|guys|folks|source|plant|factory" \
                 r"|partner|company|firm|outfit|house|fab"
DETERMINER = r"\b(?:the|our|their|this|that)\s+"
WORD = re.compile(r"[a-z]{3,}|\d{2,}")
# A word that may stand inside a description: not a second determiner, preposition or verb ("the onboarding status of
# the vietnamese pouch cell maker" describes from the second "the").
DESCRIBING = r"(?!(?:the|our|their|of|for|from|to|in|at|on|with|by|is|are|was|were|and|or|but|can|could|will|would" \
             r"|should|do|does|did|has|have|had|be|been|which|what|who|how|when|where|any|all)\b)"
# Words of an address or product type that describe nothing on their own.
PLAIN = {"and", "the", "for", "with", "no", "plot", "lot", "road", "street", "avenue", "zone", "park", "industrial",
         "building", "phase", "province", "district", "high", "tech", "economic", "development", "ring", "floor"}


def tokens(text: str) -> set[str]:
    """Lower-case words and digit runs ("314Ah" -> "314", "ah"), demonyms as their country."""
    lowered = text.lower().replace("_", " ")
    found = {w for w in WORD.findall(re.sub(r"(\d)([a-z])", r"\1 \2", lowered)) if w not in PLAIN}
    return found | {country_key(w) for w in found} | {country_key(text)}  # "japanese" is Japan, "drc" DR Congo


def described_by(supplier: Supplier, *, products_only: bool = False) -> set[str]:
    """The words that may describe a supplier: what it makes (with products_only, only that) and where it is."""
    texts = [*supplier.product_types, (supplier.segment or "").replace("_", " ")]
    if not products_only:
        texts += [supplier.address or "", supplier.country or ""]
    words = {word for text in texts for word in tokens(text)}
    # of a model code only its numbers describe ("314" of HX-LFP314); its letters are a code, not a word
    words |= {word for model in supplier.products for word in tokens(model) if word.isdigit()}
    return words | {w[:-1] for w in words if w.endswith("s") and len(w) > 4}  # "busbars" describes a busbar


@dataclass(frozen=True)
class Descriptions:
    holders: dict[str, list[str]]  # word -> the suppliers it may describe
    product_words: str  # what any supplier makes, as a regex alternation


_DESCRIPTIONS: WeakKeyDictionary[SupplierRegistry, Descriptions] = WeakKeyDictionary()


def descriptions(registry: SupplierRegistry) -> Descriptions:
    """Every supplier's describing words, worked out once per registry: 1,000 profiles are not re-read per
    question."""
    if registry not in _DESCRIPTIONS:
        holders: dict[str, list[str]] = {}
        for supplier in registry.suppliers:
            for word in described_by(supplier):
                holders.setdefault(word, []).append(supplier.name)
        made = {w for s in registry.suppliers for w in described_by(s, products_only=True)
                if w.isalpha() and len(w) > 3}
        _DESCRIPTIONS[registry] = Descriptions(holders, "|".join(sorted(made, key=len, reverse=True)))
    return _DESCRIPTIONS[registry]


def described_supplier(question: str, registry: SupplierRegistry) -> tuple[Supplier, str] | None:
    """The one supplier a definite description in the question fits best, with the description as the question
    words it ("the Pune integrator"), or None."""
    known = descriptions(registry)
    product_words = known.product_words
    if not product_words:
        return None
    if re.search(rf"\b(?:{SUPPLIER_HEADS})s\b", question, re.I):  # "our cathode suppliers": several, not one
        return None
    heads = rf"(?:{SUPPLIER_HEADS}|(?:{product_words})s?)\b(?!\s+(?:{SUPPLIER_HEADS})s\b)"
    described = rf"((?:{DESCRIBING}[\w./-]+\s+){{0,5}}(?:{heads}))"
    # "the Pune integrator", or a Slack topic before its question: "Dresden BMS supplier - are they released?"
    phrases = re.finditer(rf"{DETERMINER}{described}|^\W*{described}(?=\s*[-–—:,])", question, re.I)
    scores: dict[str, float] = {}
    unique: dict[str, int] = {}
    said: dict[str, str] = {}
    for phrase in phrases:
        for word in tokens(phrase.group(1) or phrase.group(2)):
            holders = known.holders.get(word, [])
            for name in holders:
                scores[name] = scores.get(name, 0.0) + 1 / len(holders)
                unique[name] = unique.get(name, 0) + (len(holders) == 1)
                said.setdefault(name, phrase.group(0).strip())
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if not ranked or not unique.get(ranked[0][0]) or len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
        return None
    name = ranked[0][0]
    return next(s for s in registry.suppliers if s.name == name), said[name]

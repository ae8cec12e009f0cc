"""Which suppliers a question names: whole names, legal names and aliases as written, a name's distinctive first
word ("Huaxin"), a name with one typo ("Huaxn", "perl river"), or a model only one supplier makes. The names are
indexed once per registry, so a question is matched against 1,000 suppliers in milliseconds (bench/scale.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from ingest.facts.registry import Supplier, SupplierRegistry, normalise

# First words of supplier names that are also ordinary words in questions: never a name on their own.
COMMON_WORDS = {"pearl", "river", "lithium", "battery", "energy", "cells", "power", "solar", "precision",
                "separator", "materials", "graphite", "electronics", "components", "solutions", "storage"}
HEAD_MIN = 5  # a first word shorter than this is no name on its own ("Volt", "Li")


@dataclass
class NameIndex:
    names: list[tuple[str, Supplier]] = field(default_factory=list)  # every normalised name, with its supplier
    heads: dict[str, list[Supplier]] = field(default_factory=dict)  # distinctive first words of longer names
    typos: dict[str, list[Supplier]] = field(default_factory=dict)  # what a word with a typo may stand for
    by_words: dict[int, dict[str, list[Supplier]]] = field(default_factory=dict)  # names of 2+ words, by word count
    models: list[tuple[str, Supplier]] = field(default_factory=list)  # model numbers, normalised

    @classmethod
    def of(cls, registry: SupplierRegistry) -> NameIndex:
        index = cls()
        for supplier in registry.suppliers:
            for variant in dict.fromkeys(normalise(n) for n in supplier.names()):
                if not variant:
                    continue
                index.names.append((variant, supplier))
                words = variant.split()
                if len(words) > 1:
                    index.by_words.setdefault(len(words), {}).setdefault(variant, []).append(supplier)
                    if len(words[0]) >= HEAD_MIN and words[0] not in COMMON_WORDS:
                        index.heads.setdefault(words[0], []).append(supplier)
                if len(words[0]) >= HEAD_MIN and words[0] not in COMMON_WORDS:  # "Nordvolt" alone, or a first word
                    index.typos.setdefault(words[0], []).append(supplier)
            index.models += [(normalise(m), supplier) for m in supplier.products if len(m) >= 5]
        return index


_INDEXES: WeakKeyDictionary[SupplierRegistry, NameIndex] = WeakKeyDictionary()


def name_index(registry: SupplierRegistry) -> NameIndex:
    if registry not in _INDEXES:
        _INDEXES[registry] = NameIndex.of(registry)
    return _INDEXES[registry]


def close(word: str, name: str) -> bool:
    """A word that is a name with one typo: a letter wrong, missing or extra ("Huaxn"), or two swapped ("hauxin");
    two for a long name. "volts" is no "Volta", and "cobalt" no "Cobaltia": a word that is a name cut short is
    an ordinary word."""
    allowed = 2 if len(name) >= 9 else 1
    return (Levenshtein.distance(word, name) <= allowed and fuzz.ratio(word, name) >= 85
            and not name.startswith(word)) or sorted(word) == sorted(name) and OSA.distance(word, name) == 1


def word_starts(text: str) -> Iterator[tuple[int, str]]:
    """(position of the space before it, word) for each word of a normalised text padded with one space each side."""
    at = 0
    for word in text.split():
        yield at, word
        at += len(word) + 1


def mentioned_suppliers(question: str, registry: SupplierRegistry) -> list[Supplier]:
    """Suppliers a question names, in the order it names them: whole names or aliases first, then a
    single distinctive word of a name with a typo ("Nordvolt" for "Nordvolt", "Huaxn" for "Huaxin")."""
    index = name_index(registry)
    text = f" {normalise(question)} "
    words = list(word_starts(text))
    best: dict[str, tuple[int, Supplier]] = {}  # supplier -> where the question first names it
    spans: dict[str, tuple[int, int]] = {}  # supplier -> where its whole name was found, and how long it is
    named: list[tuple[int, int]] = []  # where a name or a name's distinctive first word stands, as written

    def found(at: int, supplier: Supplier) -> None:
        if supplier.name not in best or at < best[supplier.name][0]:
            best[supplier.name] = (at, supplier)

    for variant, supplier in index.names:
        at = text.find(f" {variant} ")
        if at >= 0:
            found(at, supplier)
            named.append((at, at + len(variant) + 1))
            if len(variant) > spans.get(supplier.name, (0, 0))[1]:
                spans[supplier.name] = (at, len(variant))
    for at, word in words:  # "Huaxin" names "Huaxin Energy Storage"
        for supplier in index.heads.get(word, []):
            found(at, supplier)
            named.append((at, at + len(word) + 1))
    guessed: list[tuple[int, int, Supplier]] = []  # where a name with a typo was found
    typos = list(index.typos)
    for at, word in words:
        if len(word) < HEAD_MIN or word in index.typos:
            continue
        for head, _, _ in process.extract(word, typos, scorer=Levenshtein.distance, score_cutoff=2, limit=None):
            if close(word, head):
                guessed += [(at, at + len(word) + 1, s) for s in index.typos[head] if s.name not in best]
    for size, variants in index.by_words.items():  # "perl river" for "Pearl River"
        choices = list(variants)
        for i in range(len(words) - size + 1):
            window = " ".join(w for _, w in words[i:i + size])
            for variant, _, _ in process.extract(window, choices, scorer=fuzz.ratio, score_cutoff=90, limit=None):
                guessed += [(words[i][0], words[i][0] + len(window) + 1, s) for s in variants[variant]
                            if s.name not in best]
    # a typo is guessed only where no name stands as written: "Brital Cobalt Refining" names Brital, not also
    # "Elbtal Cobalt Refining", one letter pair away
    for at, end, supplier in guessed:
        if not any(at < n_end and n_at < end for n_at, n_end in named):
            found(at, supplier)
    for model, supplier in index.models:  # no name, but a model only it supplies: "the UN 38.3 on the HX-LFP314?"
        if supplier.name not in best and (at := text.find(f" {model} ")) >= 0:
            found(at, supplier)

    def inside_a_longer_name(at: int, supplier: Supplier) -> bool:
        """"Huaxin Energy Storage 002" names that site, not also "Huaxin Energy Storage 001" whose name it starts
        with, nor "Huaxin Power" by its first word: a match inside another supplier's longer whole name does not
        count."""
        at, size = spans.get(supplier.name, (at, 1))  # matched by less than a whole name: where it was found
        return any(other != supplier.name and o_size > size and o_at <= at and at + size <= o_at + o_size
                   for other, (o_at, o_size) in spans.items())

    ordered = sorted(best.values(), key=lambda pair: (pair[0], pair[1].name))
    return [s for at, s in ordered if not inside_a_longer_name(at, s)]

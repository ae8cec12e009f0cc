"""What a question is about: which suppliers it names (folder, legal name, aliases, typos) and which
intent it has (embedding similarity to the labelled examples in prompts/intents.yaml, plus keyword
cues). Deterministic: the same question always routes the same way."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np
import yaml
from rapidfuzz import fuzz

from ingest.facts.registry import Supplier, SupplierRegistry, normalise

PLACEHOLDER = "Acme"  # how the examples in prompts/intents.yaml write a supplier's name
CUE_WEIGHT = 0.12  # what one keyword cue adds to an intent's similarity (two at most)


@dataclass(frozen=True)
class Route:
    intent: str
    scores: dict[str, float]
    similarity: float = 0.0  # of the best example of the chosen intent, before cues
    cued: bool = False  # whether a keyword cue of the chosen intent matched


def load_intents() -> dict[str, Any]:
    text = resources.files("prompts").joinpath("intents.yaml").read_text(encoding="utf-8")
    return dict(yaml.safe_load(text)["intents"])


class Router:
    def __init__(self, embedder: Any):
        self.embedder = embedder
        self.intents = load_intents()
        self.cues = {name: [re.compile(c, re.I) for c in spec.get("cues", [])] for name, spec in self.intents.items()}
        labels, examples = [], []
        for name, spec in self.intents.items():
            for example in spec["examples"]:
                labels.append(name)
                examples.append(example)
        vectors = np.asarray(embedder.embed(examples), dtype=np.float32)
        self.vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
        self.labels = labels

    def route(self, question: str, names: list[str] | None = None) -> Route:
        """The intent of a question; `names` (of the supplier it names) are replaced by the placeholder the
        examples use, so a supplier that appears in some examples does not pull the question their way."""
        for name in sorted(names or [], key=len, reverse=True):
            question = re.sub(rf"\b{re.escape(name)}\b", PLACEHOLDER, question, flags=re.I)
        query = np.asarray(self.embedder.embed_query(question), dtype=np.float32)
        similarity = self.vectors @ (query / np.linalg.norm(query))
        scores: dict[str, float] = {}
        for label, value in zip(self.labels, similarity, strict=True):
            scores[label] = max(scores.get(label, -1.0), float(value))
        raw = dict(scores)
        hits = {name: sum(1 for cue in cues if cue.search(question)) for name, cues in self.cues.items()}
        for name, count in hits.items():
            scores[name] = scores.get(name, 0.0) + CUE_WEIGHT * min(count, 2)
        best = max(scores, key=lambda name: (scores[name], name))
        return Route(intent=best, scores={k: round(v, 3) for k, v in sorted(scores.items(), key=lambda kv: -kv[1])},
                     similarity=raw.get(best, 0.0), cued=hits.get(best, 0) > 0)


def mentioned_suppliers(question: str, registry: SupplierRegistry) -> list[Supplier]:
    """Suppliers a question names, in the order it names them: whole names or aliases first, then a
    single distinctive word of a name with a typo ("Nordvolt" for "Nordvolt", "Huaxn" for "Huaxin")."""
    text = f" {normalise(question)} "
    words = text.split()
    found: list[tuple[int, Supplier]] = []
    for supplier in registry.suppliers:
        best: int | None = None
        for name in supplier.names():
            variant = normalise(name)
            if not variant:
                continue
            at = text.find(f" {variant} ")
            if at < 0 and len(variant.split()) > 1:
                head = variant.split()[0]  # "Huaxin" names "Huaxin Energy Storage"
                at = text.find(f" {head} ") if len(head) >= 5 and head not in COMMON_WORDS else -1
            if at >= 0:
                best = at if best is None else min(best, at)
        if best is None:
            for i, word in enumerate(words):
                heads = {normalise(n).split()[0] for n in supplier.names() if normalise(n)}
                if len(word) >= 5 and any(len(h) >= 5 and h not in COMMON_WORDS and fuzz.ratio(word, h) >= 85
                                          for h in heads):
                    best = len(" ".join(words[:i]))
                    break
        if best is not None:
            found.append((best, supplier))
    return [s for _, s in sorted(found, key=lambda pair: pair[0])]


# First words of supplier names that are also ordinary words in questions: never a name on their own.
COMMON_WORDS = {"pearl", "river", "lithium", "battery", "energy", "cells", "power", "solar", "precision",
                "separator", "materials", "graphite", "electronics", "components", "solutions", "storage"}

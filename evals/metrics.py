"""Metric functions, pure and LLM-free: ranking quality against gold sources, citation precision and
recall, pattern checks, and percentiles. Sources match by path, and by page when the gold gives one."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

Source = tuple[str, int | None]  # (path, page)


def matches(found: Source, gold: Source) -> bool:
    return found[0] == gold[0] and (gold[1] is None or found[1] == gold[1])


def relevant(found: Source, golds: Sequence[Source]) -> bool:
    return any(matches(found, gold) for gold in golds)


def recall_at_k(ranked: Sequence[Source], golds: Sequence[Source], k: int) -> float:
    """Share of the gold sources found among the top k results."""
    if not golds:
        return 0.0
    top = ranked[:k]
    return sum(1 for gold in golds if any(matches(f, gold) for f in top)) / len(golds)


def mrr(ranked: Sequence[Source], golds: Sequence[Source]) -> float:
    """1 / rank of the first relevant result (0 when none is found)."""
    return next((1.0 / rank for rank, found in enumerate(ranked, start=1) if relevant(found, golds)), 0.0)


def ndcg_at_k(ranked: Sequence[Source], golds: Sequence[Source], k: int) -> float:
    """Binary-relevance nDCG: each gold source counts once, at the first rank that finds it."""
    if not golds:
        return 0.0
    seen: set[int] = set()
    dcg = 0.0
    for rank, found in enumerate(ranked[:k], start=1):
        hit = next((i for i, gold in enumerate(golds) if i not in seen and matches(found, gold)), None)
        if hit is not None:
            seen.add(hit)
            dcg += 1.0 / math.log2(rank + 1)
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(k, len(golds)) + 1))
    return dcg / ideal


def citation_precision(cited: Sequence[Source], golds: Sequence[Source]) -> float | None:
    """Share of distinct cited documents that are gold (None when nothing is cited)."""
    distinct = list(dict.fromkeys(cited))
    if not distinct:
        return None
    return sum(1 for c in distinct if relevant(c, golds)) / len(distinct)


def citation_recall(cited: Sequence[Source], golds: Sequence[Source]) -> float:
    if not golds:
        return 0.0
    return sum(1 for gold in golds if any(matches(c, gold) for c in cited)) / len(golds)


def patterns_hold(text: str, must_include: Sequence[str], must_not_include: Sequence[str]) -> list[str]:
    """The pattern checks that fail, described (empty: all hold). Case-insensitive regexes."""
    failures = [f"missing /{p}/" for p in must_include if not re.search(p, text, re.I)]
    failures += [f"contains /{p}/" for p in must_not_include if re.search(p, text, re.I)]
    return failures


def percentile(values: Sequence[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def mean(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(sum(present) / len(present), 4) if present else None

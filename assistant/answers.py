"""The one type every front end uses, and the check every answer passes before it leaves: each [n]
marker must point at a citation whose chunk was retrieved or produced by a tool in this turn, is
visible to the asker, and really contains the quote; numbers must come from the cited text or a
tool's output; a risk band must be the band a tool computed. Claims that fail are dropped; an answer
left with no supported claim becomes a refusal."""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, Field

from core.access import may_see
from core.citations import Cited, Numbering
from ingest.models import Chunk

REFUSAL = "I found no answer to this in the documents."
NO_ACCESS = "You don't have access to the documents that answer this."
MARKER = re.compile(r"\[(\d+)\]")
NUMBER = re.compile(r"(?<![\w.])\d[\d,.]*\d|(?<![\w.])\d(?![\w])")
# A risk band claimed ("high risk"), not the OECD's "conflict-affected or high-risk areas / origin" of a mineral.
BAND_CLAIM = re.compile(r"\b(low|medium|high|critical)[- ]risk\b(?! (?:areas?|origins?|regions?|countr(?:y|ies)|zones?"
                        r"|provinces?|locations?|sources?|sourcing|supply|suppl(?:y|ies) chains?)\b)", re.I)


class ToolCall(BaseModel):
    tool: str
    input: dict[str, Any]
    output: dict[str, Any]


class Answer(BaseModel):
    question: str
    answer: str  # Markdown with inline [n] markers matching citations[].n
    citations: list[Cited] = Field(default_factory=list)
    tool_calls: list[ToolCall] = Field(default_factory=list)
    refused: bool = False
    engine: str = "offline"  # "offline" | "llm:<model>" | "offline (llm unavailable: ...)"
    supplier: str | None = None
    conversation_id: str | None = None
    intent: str | None = None
    latency_ms: float | None = None
    log_id: int | None = None  # the audit-log entry, for feedback


def sentences(text: str) -> list[str]:
    """Claims: lines, and sentences within a line; list bullets and headings stay whole."""
    out = []
    for line in text.splitlines():
        if not line.strip():
            out.append(line)
            continue
        out.extend(split_claims(line))
    return out


ABBREVIATIONS = {"co", "ltd", "pvt", "inc", "corp", "no", "nr", "st", "dr", "mr", "ms", "vs", "approx", "e.g", "i.e",
                 "k.k", "s.a", "b.v", "art", "sec", "fig", "rev", "etc"}
CLAIM_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z*])|(?<=\])\s+(?=[A-Z])")


def split_claims(line: str) -> list[str]:
    """Sentences of one line; "Pvt. Ltd." or "No. 5" do not end a sentence."""
    parts, start = [], 0
    for match in CLAIM_END.finditer(line):
        words = line[start:match.start()].split()
        last = words[-1].lower().rstrip(".!?") if words else ""
        if last in ABBREVIATIONS or (len(last) == 1 and last.isalpha()) or "." in last:  # "Dipl.-Ing.", "U.S."
            continue
        parts.append(line[start:match.start()])
        start = match.end()
    parts.append(line[start:])
    return [p for p in parts if p.strip()] or [line]


def numbers_in(text: str) -> set[str]:
    return {n.replace(",", "") for n in NUMBER.findall(MARKER.sub("", text))}


def supported_numbers(claim: str, chunks: list[Chunk], tool_text: str) -> bool:
    """Every number in the claim occurs in a cited chunk or in a tool's output (commas aside)."""
    haystack = " ".join(c.text for c in chunks).replace(",", "") + " " + tool_text.replace(",", "")
    return all(n in haystack or n.rstrip(".") in haystack for n in numbers_in(claim))


def validate(answer: Answer, pool: dict[str, Chunk], labels: frozenset[str] | None) -> Answer:
    """Keep only what is supported; renumber the citations that survive in order of use."""
    by_n: dict[int, Cited] = {}
    for citation in answer.citations:
        chunk = pool.get(citation.chunk_id)
        if chunk is not None and may_see(chunk.labels, labels) and citation.quote and citation.quote in chunk.text \
                and citation.source == chunk.source:
            by_n[citation.n] = citation
    tool_text = json.dumps([call.output for call in answer.tool_calls], default=str)
    bands = {b.lower() for b in re.findall(r'"band":\s*"(\w+)"', tool_text)}
    kept: list[str] = []
    numbering = Numbering()  # the surviving citations, renumbered in order of use
    for claim in sentences(answer.answer):
        markers = [int(m) for m in MARKER.findall(claim)]
        if not claim.strip() or (not markers and is_structure(claim)):
            kept.append(claim)
            continue
        good = [m for m in markers if m in by_n]
        if not good:
            continue  # a claim without a valid source is not made
        cited_chunks = [pool[by_n[m].chunk_id] for m in good]
        if not supported_numbers(claim, cited_chunks, tool_text):
            continue
        if any(band.lower() not in bands for band in BAND_CLAIM.findall(claim)):
            continue  # a verdict no tool produced (e.g. repeated from a document's text)
        renumber = {m: numbering.number(by_n[m]) for m in good}
        claim = MARKER.sub(lambda match, new=renumber: f"[{new[int(match.group(1))]}]"  # type: ignore[misc]
                           if int(match.group(1)) in new else "", claim)
        kept.append(re.sub(r"\s+([.,;])", r"\1", claim).rstrip())
    citations = numbering.cited
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    if not citations:
        # a refusal the engine wrote (no access, nothing found) keeps its words; anything else says nothing found
        said = answer.answer if answer.refused and not MARKER.search(answer.answer) else REFUSAL
        return answer.model_copy(update={"answer": said, "citations": [], "refused": True})
    return answer.model_copy(update={"answer": text, "citations": citations})


def is_structure(claim: str) -> bool:
    """Headings and lead-ins ("**Sources**", "Open findings:") carry no claim of their own."""
    stripped = claim.strip().strip("*#- ")
    header = stripped.startswith("|") and not numbers_in(stripped)  # a table's header and rule rows
    return header or stripped.endswith(":") or len(stripped.split()) <= 3 and not numbers_in(stripped)

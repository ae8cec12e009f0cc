"""Structure-aware chunking sized for MiniLM: lines (table rows, wrapped PDF lines, paragraphs)
are packed into chunks at heading boundaries, and no chunk's embedding input - context header plus
text - exceeds the model's 256-token window, measured with the model's own tokenizer."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ingest.models import Chunk, Unit

MODEL_WINDOW = 256  # all-MiniLM-L6-v2 max_seq_length; longer input is silently truncated
TARGET_TOKENS = 180  # below the window: leaves room for the header, keeps chunks focused

HEADING = re.compile(
    r"^(?:(?:Article|Clause|Section|§|Chapter|Annex|Question)\s*\d+[A-Za-z]?\b.{0,60}"
    r"|\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][^.;:,]{2,55}"
    r"|#{1,6}\s.+"
    r"|[A-Z]{2,5}-\d+\s+-\s+.{3,60})$"
)

TokenCounter = Callable[[Sequence[str]], list[int]]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    section: list[str]


def is_heading(line: str) -> bool:
    stripped = line.strip()
    return 2 < len(stripped) <= 70 and not stripped.endswith((".", ",", ";")) and bool(HEADING.match(stripped))


def line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            spans.append((pos, pos + len(body)))
        pos += len(line)
    return spans


def split_long(text: str, start: int, end: int, limit: int, count: TokenCounter) -> list[tuple[int, int]]:
    """Split text[start:end] in two at the whitespace nearest its middle (a sentence end if there is
    one) until every piece fits `limit` tokens. Only over-long single lines ever come here."""
    if end - start <= 1 or count([text[start:end]])[0] <= limit:
        return [(start, end)]
    middle = (start + end) // 2
    window = text[start:end]
    cuts = [start + m.end() for m in re.finditer(r"[.!?;]\s+", window)] or \
        [start + m.end() for m in re.finditer(r"\s+", window)]
    cuts = [c for c in cuts if start < c < end]
    cut = min(cuts, key=lambda c: abs(c - middle)) if cuts else middle
    return split_long(text, start, cut, limit, count) + split_long(text, cut, end, limit, count)


class Chunker:
    """Configured once with the tokenizer's counter; `split` is pure."""

    def __init__(self, count_tokens: TokenCounter, *, window: int = MODEL_WINDOW, target: int = TARGET_TOKENS):
        if not 16 <= target <= window:
            raise ValueError("target must be between 16 and the model window")
        self.count = count_tokens
        self.window = window
        self.target = target

    def split(self, unit: Unit, section: list[str], header_tokens: int) -> tuple[list[Span], list[str]]:
        """Spans of unit.text, and the section path to carry into the next unit.

        Units that know their section (Markdown, Word, RMI sheets) keep it; PDF pages and other
        flat text take the latest heading line seen, carried from page to page."""
        budget = self.window - header_tokens - 3  # [CLS], [SEP] and the header's line break
        limit = min(self.target, budget)
        text = unit.text
        lines = line_spans(text)
        counts = self.count([text[s:e] for s, e in lines]) if lines else []
        pieces: list[tuple[int, int, int, bool]] = []  # start, end, tokens, is_heading
        for (s, e), n in zip(lines, counts, strict=True):
            if n > budget:
                pieces += [(a, b, self.count([text[a:b]])[0], False)
                           for a, b in split_long(text, s, e, budget, self.count)]
            else:
                pieces.append((s, e, n, unit.kind == "text" and is_heading(text[s:e])))
        spans: list[Span] = []
        current: list[tuple[int, int, int, bool]] = []
        running = list(section)
        chunk_section = list(unit.section or running)
        for start, end, tokens, heading in pieces:
            used = sum(p[2] for p in current)
            if current and (used + tokens > limit or (heading and used >= self.target // 4)):
                spans.append(Span(current[0][0], current[-1][1], chunk_section))
                current = []
            if heading and not unit.section:
                running = [text[start:end].strip()]
            if not current:
                chunk_section = list(unit.section or running)
            current.append((start, end, tokens, heading))
        if current:
            spans.append(Span(current[0][0], current[-1][1], chunk_section))
        return spans, running


def chunk_id(source: str, page: int | None, start: int, text: str, repeat: int = 0) -> str:
    """Stable across re-ingests; `repeat` tells apart the same text said twice at the same place of a page (two
    identical tables of a Word file, whose units have no page)."""
    said = f"{source}\x00{page}\x00{start}\x00{text}" + (f"\x00{repeat}" if repeat else "")
    return hashlib.sha256(said.encode()).hexdigest()[:32]


def make_chunks(units: Sequence[Unit], chunker: Chunker, *, source: str, supplier: str | None, doc_type: str,
                labels: list[str], title: str | None) -> list[Chunk]:
    chunks: list[Chunk] = []
    section: list[str] = []
    seen: dict[str, int] = {}
    for unit in units:
        probe = Chunk(id="", text="", source=source, supplier=supplier, doc_type=doc_type, title=title,
                      section=" > ".join(unit.section or section))
        header_tokens = chunker.count([probe.context_header()])[0] + 8  # slack for a deeper section
        spans, section = chunker.split(unit, section, header_tokens)
        for span in spans:
            text = unit.text[span.start:span.end]
            first = chunk_id(source, unit.page, span.start, text)
            seen[first] = seen.get(first, -1) + 1
            chunks.append(Chunk(id=chunk_id(source, unit.page, span.start, text, seen[first]), text=text, source=source,
                                page=unit.page, supplier=supplier, doc_type=doc_type,
                                section=" > ".join(span.section), start=span.start, end=span.end,
                                labels=labels, title=title))
    return chunks

"""Typed records that pass between the ingestion components."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

DocType = Literal["certificate", "test_summary", "test_report", "audit_report", "contract", "policy",
                  "standard", "questionnaire", "minerals_declaration", "kpi", "profile", "substance_declaration",
                  "carbon_footprint", "esg_report", "other"]
DOC_TYPES: tuple[str, ...] = DocType.__args__  # type: ignore[attr-defined]


# the warning of a PDF read in part: what its pages without text say is unknown (the tools report it, never clean)
PAGES_SKIPPED = "pages without a text layer (scans?) skipped"
# Text a reader would not see (white or tiny type, hidden runs, rows or sheets) is left out of the evidence and
# reported with this warning, so a person can look at what the document tried to say.
HIDDEN_TEXT = "hidden text, not read as evidence"
HIDDEN_QUOTE = 200  # characters of the hidden text quoted in the warning


def hidden_warning(text: str, where: str) -> str:
    quoted = " ".join(text.split())
    if len(quoted) > HIDDEN_QUOTE:
        quoted = quoted[:HIDDEN_QUOTE].rsplit(" ", 1)[0] + " ..."
    return f"{HIDDEN_TEXT} ({where}): {quoted!r}"

class Unit(BaseModel):
    """One piece of a document as a reader sees it: a PDF page, a Markdown section, a sheet."""

    text: str
    page: int | None = None  # 1-based, as a reader of the PDF sees it
    section: list[str] = Field(default_factory=list)  # heading path
    kind: Literal["text", "table"] = "text"  # in a table each line is a row, never split


class ParsedDocument(BaseModel):
    format: str
    units: list[Unit]
    pages: int | None = None
    title: str | None = None
    warnings: list[str] = Field(default_factory=list)
    # Passages a person should read: they read like governance evidence, but no reader took them up.
    review: list[str] = Field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(u.text for u in self.units)


TITLE_IN_HEADER = 60  # characters; measured: short titles help retrieval, long ones only cost time


class Chunk(BaseModel):
    """A retrievable span of one unit; `text` is exactly unit.text[start:end], so quotes are verbatim."""

    id: str
    text: str
    source: str  # path relative to the ingest root, with forward slashes
    page: int | None = None
    supplier: str | None = None
    doc_type: str = "other"
    section: str = ""
    start: int = 0
    end: int = 0
    labels: list[str] = Field(default_factory=list)
    title: str | None = None

    def context_header(self) -> str:
        """What the chunk is from, prepended for embedding and keyword search (not for quoting)."""
        # Short on purpose: every header token is embedded with every chunk, so a long title is left out.
        title = self.title if self.title and len(self.title) <= TITLE_IN_HEADER else ""
        parts = [self.supplier or "", self.doc_type.replace("_", " "), title, self.section]
        return " | ".join(p for p in parts if p)

    def index_text(self) -> str:
        return f"{self.context_header()}\n{self.text}"


class FileOutcome(BaseModel):
    path: str
    chunks: int = 0
    doc_type: str | None = None
    supplier: str | None = None
    pages: int | None = None
    warnings: list[str] = Field(default_factory=list)
    facts: int = 0


class Failure(BaseModel):
    path: str
    reason: str


class IngestReport(BaseModel):
    ingested: list[FileOutcome] = Field(default_factory=list)
    unchanged: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    failed: list[Failure] = Field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 3 if self.failed else 0


class Hit(BaseModel):
    chunk: Chunk
    score: float  # fused reciprocal-rank score
    dense_rank: int | None = None
    keyword_rank: int | None = None

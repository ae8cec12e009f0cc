"""Evidence the tools do not assess - a REACH or RoHS declaration, a carbon-footprint declaration, an
ISO 50001 certificate: which suppliers have a document on file that names it, which do not, whether any
requirement of the buyer's policy asks for it, and what the policies and reference documents say of it.
Found by the term itself in the documents, each hit cited; a document that could not be read, or whose scanned
pages could not, is reported as possibly holding it, so "none on file" is never said over an unread page."""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from core.citations import Citation
from ingest.models import Chunk
from ingest.retrieval import Retriever
from tools.selection import SupplierFilter
from tools.source import FactSource

PER_SUPPLIER = 5  # passages searched per supplier for the term
REFERENCE = 20  # passages searched in the policies and reference documents


class CoverageRequest(BaseModel):
    term: str  # what is asked about, as a buyer names it: "REACH", "RoHS", "carbon footprint", "ISO 50001"
    suppliers: list[str] = Field(default_factory=list)  # none: every supplier `where` admits
    where: SupplierFilter = Field(default_factory=SupplierFilter)


class Mention(BaseModel):
    supplier: str
    legal_name: str | None = None
    citation: Citation


class Unread(BaseModel):
    source: str
    reason: str  # why it could not be read, or which of its pages were not


class Requirement(BaseModel):
    segment: str
    label: str
    citation: Citation


class Coverage(BaseModel):
    term: str
    on_file: list[Mention] = Field(default_factory=list)  # supplier documents that name the term
    without: list[str] = Field(default_factory=list)  # suppliers looked at with no such document (legal names)
    unread: list[Unread] = Field(default_factory=list)  # their documents not read, or read in part: may hold it
    required_by: list[Requirement] = Field(default_factory=list)  # the policy requirements that name it
    segments_rule: Citation | None = None  # the clause that lists the documents each segment must provide
    reference: list[Citation] = Field(default_factory=list)  # what the policies and reference documents say of it


def names_term(chunk: Chunk, term: str) -> str | None:
    """The sentence of a chunk that names the term (an acronym in its own case: "REACH" is not "reach"), or None."""
    flags = 0 if term.isupper() else re.I
    words = r"[\s-]+".join(re.escape(word) for word in term.split())  # "carbon footprint" or "carbon-footprint"
    pattern = re.compile(rf"(?<![\w-]){words}(?![\w-])", flags)
    found = pattern.search(chunk.text)
    if found is None:
        return None
    text = chunk.text
    start = max(text.rfind(". ", 0, found.start()) + 2, text.rfind("\n", 0, found.start()) + 1, 0)
    if text.startswith("#", start):  # a heading names it: the paragraph under the heading says what of it
        start = text.find("\n", found.end()) + 1 or len(text)
        end = text.find("\n\n", start + 1)
        paragraph = text[start:end if end > 0 else len(text)].strip()
        cut = paragraph.rfind(". ", 0, 400)
        return (paragraph if len(paragraph) <= 400 or cut < 0 else paragraph[:cut + 1]) or None
    ends = [i for i in (text.find(". ", found.end()), text.find("\n", found.end())) if i >= 0]
    return text[start:min(ends) + 1 if ends else len(text)].strip()


def cited(chunk: Chunk, quote: str) -> Citation:
    return Citation(source=chunk.source, page=chunk.page, chunk_id=chunk.id, quote=quote)


def document_coverage(request: CoverageRequest, source: FactSource) -> Coverage:
    retriever = Retriever(source.index)
    chosen = [source.supplier(name) for name in request.suppliers] or request.where.chosen(source.registry.suppliers)
    on_file, without, unread = [], [], []
    for supplier in chosen:
        hits = retriever.search(request.term, k=PER_SUPPLIER, supplier=supplier.name, labels=source.labels,
                                mode="bm25")
        mentions = [(hit.chunk, quote) for hit in hits if (quote := names_term(hit.chunk, request.term))]
        on_file += [Mention(supplier=supplier.name, legal_name=supplier.legal_name, citation=cited(chunk, quote))
                    for chunk, quote in mentions[:2]]
        if not mentions:
            without.append(supplier.legal_name or supplier.name)
            unread += [Unread(source=path, reason=reason) for path, reason in source.not_read(supplier=supplier.name)]
    policy = source.policy
    required = [(key, requirement.label) for key, requirement in policy.requirements.items()
                if re.search(rf"(?<!\w){re.escape(request.term)}(?!\w)", requirement.label, re.I)]
    required_by = [Requirement(segment=name, label=label, citation=source.rule(segment.rule))
                   for name, segment in policy.segments.items() for key, label in required if key in segment.requires]
    reference = [cited(hit.chunk, quote) for hit in retriever.search(request.term, k=REFERENCE, labels=source.labels,
                                                                     mode="bm25")
                 if hit.chunk.supplier is None and (quote := names_term(hit.chunk, request.term))]
    return Coverage(term=request.term, on_file=on_file, without=without, unread=unread, required_by=required_by,
                    segments_rule=source.rule(policy.requirements_rule) if policy.requirements_rule else None,
                    reference=reference[:3])

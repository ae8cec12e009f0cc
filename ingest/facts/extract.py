"""Which extractor reads which document: by the document type ingestion gave it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ingest.facts.certificates import extract_certificate
from ingest.facts.kpis import extract_kpis
from ingest.facts.models import FactBase
from ingest.facts.profiles import extract_profile
from ingest.facts.transport import extract_transport_test
from ingest.models import Chunk, ParsedDocument


def extract_facts(path: Path, document: ParsedDocument, chunks: Sequence[Chunk], *, source: str,
                  supplier: str | None, labels: list[str], doc_type: str) -> list[FactBase]:
    """Facts from one document. Extraction never fails a file: a reader problem costs facts, not the ingest."""
    if doc_type == "certificate":
        return list(extract_certificate(document.units, chunks, source=source, supplier=supplier, labels=labels))
    if doc_type == "test_summary":
        return list(extract_transport_test(document.units, chunks, source=source, supplier=supplier, labels=labels))
    if doc_type == "profile":
        return list(extract_profile(path, document.units, chunks, source=source, supplier=supplier, labels=labels))
    if doc_type == "kpi":
        return list(extract_kpis(document.units, chunks, source=source, supplier=supplier, labels=labels))
    return []

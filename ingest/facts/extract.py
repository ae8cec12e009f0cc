"""Which extractor reads which document: by the document type ingestion gave it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ingest.claims import ClaimReader
from ingest.facts.audits import extract_audit_findings, severe_finding_named
from ingest.facts.certificates import extract_certificate, read_validity
from ingest.facts.contracts import claimed_clause, extract_contract_clauses
from ingest.facts.footprint import extract_carbon_footprints, extract_esg_metrics
from ingest.facts.kpis import extract_kpis
from ingest.facts.locate import Locator
from ingest.facts.minerals import extract_minerals
from ingest.facts.models import CertificateFact, ContractClauseFact, FactBase, UnreadFact
from ingest.facts.profiles import extract_profile
from ingest.facts.safety import extract_safety_test
from ingest.facts.substances import extract_substance_declarations
from ingest.facts.transport import extract_transport_test
from ingest.formats.pdf import layout_pages
from ingest.models import Chunk, ParsedDocument, Unit
from ingest.statements import statements
from ingest.tables import column_pairs
from ingest.timebox import map_timeboxed


def layout_of(path: Path, timeout: float) -> list[str] | None:
    """Layout-mode page texts, read in a time-limited child like all PDF reading."""
    if path.suffix.lower() != ".pdf":
        return None
    _, pages, reason = next(map_timeboxed(layout_pages, [path], timeout=timeout, workers=1))
    return None if reason else pages


def extract_facts(path: Path, document: ParsedDocument, chunks: Sequence[Chunk], *, source: str,
                  supplier: str | None, labels: list[str], doc_type: str, pdf_timeout: float = 60.0,
                  claims: ClaimReader | None = None) -> list[FactBase]:
    """Facts from one document. Extraction never fails a file: a reader problem costs facts, not the ingest.
    With `claims`, a claim the document makes that no fact explains becomes a passage for review."""
    try:
        facts = read_facts(path, document, chunks, source=source, supplier=supplier, labels=labels,
                           doc_type=doc_type, pdf_timeout=pdf_timeout)
    except Exception as exc:  # a reader problem costs facts, and the document is then unread, not empty
        document.warnings.append(f"facts could not be read ({type(exc).__name__}: {exc})")
        facts = []
    expected = EXPECTED.get(doc_type)
    if expected and not any(f.kind == expected for f in facts) and (first := first_statement(document)):
        document.review.append(first)  # a document of a known type that yields nothing is unread, not empty
        reason = f"a {doc_type.replace('_', ' ')} from which no {expected.replace('_', ' ')} could be read"
    elif doc_type == "other" and (severe := next((line.strip() for line in document.text.splitlines()
                                                  if severe_finding_named(line)), None)):
        document.review.append(severe)  # notes that name a major finding are not "nothing to report"
        reason = "not recognised as any document type, but it names a critical or major finding"
    elif doc_type == "questionnaire" and (first := first_statement(document)):
        document.review.append(first)  # a supplier's own answers are claims to check, not evidence
        reason = "a self-assessment questionnaire: its answers are claims no reader takes up as evidence"
    else:
        reason = "not recognised as any document type, but it reads like governance evidence"
    facts += unread_passages(document, chunks, reason, doc_type, source=source, supplier=supplier, labels=labels)
    if claims is not None:
        facts += unexplained_claims(claims, document, chunks, facts, doc_type, source=source, supplier=supplier,
                                    labels=labels)
    return facts


def unexplained_claims(claims: ClaimReader, document: ParsedDocument, chunks: Sequence[Chunk],
                       facts: list[FactBase], doc_type: str, *, source: str, supplier: str | None,
                       labels: list[str]) -> list[FactBase]:
    """For each claim the document makes that none of its facts explains: the fact, when the statement's value
    reads by its shape (a contract clause in wording no reader knew), else a needs-review passage."""
    locator = Locator(chunks)
    out: list[FactBase] = []
    like = next((f for f in facts if isinstance(f, ContractClauseFact)), None)
    for missed in claims.unexplained(doc_type, statements(document.units), facts):
        said = missed.statement
        if doc_type == "contract" and (clause := claimed_clause(missed.claim, said, locator, source=source,
                                                                supplier=supplier, labels=labels, like=like)):
            out.append(clause)  # the claim reader found the clause; its value reads by shape
            continue
        if missed.claim == "certificate_validity" and any(read_validity(f, said, locator) for f in facts
                                                           if isinstance(f, CertificateFact)):
            continue  # the validity period read from the statement the claim reader found
        evidence = locator.evidence("\n".join(said.lines), said.page, said.lines[0])
        if evidence is None:
            continue
        fact = UnreadFact(source=source, supplier=supplier, labels=labels, quote=evidence.quote,
                          chunk_id=evidence.chunk_id, page=evidence.page, reason=missed.reason, doc_type=doc_type)
        out.append(fact.with_id(f"{missed.claim}:{evidence.quote}"))
    return out


# What each document type must yield; one that yields nothing needs a person, it is not "nothing to report".
EXPECTED = {"certificate": "certificate", "test_summary": "transport_test", "test_report": "safety_test",
            "audit_report": "audit_finding", "contract": "contract_clause", "minerals_declaration": "minerals",
            "profile": "profile", "kpi": "kpi", "substance_declaration": "substance_declaration",
            "carbon_footprint": "carbon_footprint", "esg_report": "esg_metric"}


def first_statement(document: ParsedDocument) -> str | None:
    return next((line.strip() for line in document.text.splitlines() if len(line.split()) >= 2), None)


def unread_passages(document: ParsedDocument, chunks: Sequence[Chunk], reason: str, doc_type: str, *, source: str,
                    supplier: str | None, labels: list[str]) -> list[FactBase]:
    """What the document holds that no reader took up, each passage quoted for a person to review."""
    locator = Locator(chunks)
    out: list[FactBase] = []
    for passage in document.review:
        evidence = locator.evidence(passage, None)
        if evidence is None:
            continue
        fact = UnreadFact(source=source, supplier=supplier, labels=labels, quote=evidence.quote,
                          chunk_id=evidence.chunk_id, page=evidence.page, reason=reason,
                          doc_type=None if doc_type == "other" else doc_type)
        out.append(fact.with_id(passage))
    return out


def read_facts(path: Path, document: ParsedDocument, chunks: Sequence[Chunk], *, source: str,
               supplier: str | None, labels: list[str], doc_type: str, pdf_timeout: float) -> list[FactBase]:
    """The facts the reader for the document's type finds."""
    if doc_type == "certificate":
        facts = extract_certificate(document.units, chunks, source=source, supplier=supplier, labels=labels)
        if facts and facts[0].expires is not None:
            return list(facts)
        # A register extract: labels in a header row, values in the row below, read by column position.
        tabled = [Unit(text="\n".join(f"{header}: {value}" for header, value in pairs), page=number)
                  for number, page in enumerate(layout_of(path, pdf_timeout) or [], start=1)
                  if (pairs := column_pairs(page))]
        return list(extract_certificate(tabled + document.units, chunks, source=source, supplier=supplier,
                                        labels=labels) or facts) if tabled else list(facts)
    if doc_type == "test_summary":
        return list(extract_transport_test(document.units, chunks, source=source, supplier=supplier, labels=labels))
    if doc_type == "test_report":
        return list(extract_safety_test(document.units, chunks, source=source, supplier=supplier, labels=labels))
    if doc_type == "audit_report":
        return list(extract_audit_findings(document.units, chunks, layout_of(path, pdf_timeout), source=source,
                                           supplier=supplier, labels=labels))
    if doc_type == "contract":
        return list(extract_contract_clauses(document.units, chunks, source=source, supplier=supplier, labels=labels))
    if doc_type == "minerals_declaration":
        return list(extract_minerals(document.units, chunks, source=source, supplier=supplier, labels=labels))
    if doc_type == "profile":
        return list(extract_profile(path, document.units, chunks, source=source, supplier=supplier, labels=labels))
    if doc_type == "substance_declaration":
        return list(extract_substance_declarations(document.units, chunks, source=source, supplier=supplier,
                                                   labels=labels))
    if doc_type == "carbon_footprint":
        return list(extract_carbon_footprints(document.units, chunks, source=source, supplier=supplier, labels=labels))
    if doc_type == "esg_report":
        return list(extract_esg_metrics(document.units, chunks, source=source, supplier=supplier, labels=labels))
    if doc_type == "kpi":
        return list(extract_kpis(document.units, chunks, layout_of(path, pdf_timeout), source=source, supplier=supplier,
                                 labels=labels))
    return []

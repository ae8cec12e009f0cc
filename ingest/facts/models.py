"""The fact kinds. Every fact carries its document's provenance and, per field, the verbatim quote
(with its chunk and page) the value was read from; a field that could not be read is None with the
reason in `missing`, never a guess."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Annotated, Literal

from pydantic import BaseModel, Field


class Evidence(BaseModel):
    quote: str  # occurs verbatim in the chunk's text
    chunk_id: str
    page: int | None = None


class FactBase(BaseModel):
    id: str = ""
    kind: str
    supplier: str | None = None
    source: str
    page: int | None = None  # of the main quote
    chunk_id: str = ""
    quote: str = ""  # the main quote: the line that says what matters most
    labels: list[str] = Field(default_factory=list)  # the document's access labels
    confidence: float = 1.0
    evidence: dict[str, Evidence] = Field(default_factory=dict)
    missing: dict[str, str] = Field(default_factory=dict)  # field -> why it could not be read
    # "llm:<model>" when a language model proposed the fact (ingest/facts/proposed.py): queued for review, and
    # the tools judge without it until a person confirms it; None when a reader read it.
    read_by: str | None = None

    def with_id(self, key: str) -> FactBase:
        self.id = hashlib.sha256(f"{self.source}\x00{self.kind}\x00{key}".encode()).hexdigest()[:24]
        return self


class CertificateFact(FactBase):
    kind: Literal["certificate"] = "certificate"
    standard: str | None = None  # normalised with edition, e.g. "ISO 9001:2015"
    number: str | None = None
    holder: str | None = None
    issuer: str | None = None
    scope: str | None = None
    issued: dt.date | None = None
    expires: dt.date | None = None
    # Not in force, whatever its printed expiry: the certification body suspended or withdrew it (a notice, a
    # register status). None where the document says no such thing.
    status: Literal["suspended", "withdrawn"] | None = None
    status_since: dt.date | None = None


class TransportTestFact(FactBase):
    """A UN 38.3 test summary (UN Manual of Tests and Criteria, 38.3.5)."""

    kind: Literal["transport_test"] = "transport_test"
    manufacturer: str | None = None
    lab: str | None = None
    report_id: str | None = None
    date: dt.date | None = None
    model: str | None = None
    chemistry: str | None = None  # lithium-ion or lithium-metal
    watt_hours: float | None = None
    mass_g: float | None = None
    results: dict[str, str] = Field(default_factory=dict)  # "T.1" -> pass / fail / n/a
    manual_edition: str | None = None
    signed_by: str | None = None
    missing_elements: list[str] = Field(default_factory=list)  # 38.3.5 elements the summary lacks


class SafetyTestFact(FactBase):
    """A cell, module or system safety test report (IEC 62133-2, UL 9540A, UL 1642, ...)."""

    kind: Literal["safety_test"] = "safety_test"
    standard: str | None = None  # normalised with edition, e.g. "IEC 62133-2:2017"
    report_id: str | None = None
    lab: str | None = None
    date: dt.date | None = None
    model: str | None = None
    level: str | None = None  # cell, module, unit, installation
    verdict: str | None = None  # pass, fail, or "data reported" for a method without pass/fail (UL 9540A)
    summary: str | None = None


class AuditFindingFact(FactBase):
    """One finding of an audit report (or, with finding_id None, an audit that raised none)."""

    kind: Literal["audit_finding"] = "audit_finding"
    audit_type: str | None = None  # quality, social, environmental
    audit_firm: str | None = None
    audit_date: dt.date | None = None
    report_date: dt.date | None = None
    finding_id: str | None = None
    severity: str | None = None  # critical, major, minor, observation
    category: str | None = None
    description: str | None = None
    status: str | None = None  # open, closed
    due: dt.date | None = None
    closed_on: dt.date | None = None
    followup_date: dt.date | None = None


class ContractClauseFact(FactBase):
    """One SLA or remedy clause of a supply agreement, with the contract it belongs to."""

    kind: Literal["contract_clause"] = "contract_clause"
    contract_number: str | None = None
    parties: list[str] = Field(default_factory=list)
    effective: dt.date | None = None
    term_years: int | None = None
    metric: str  # on_time_delivery, late_delivery_penalty, otd_service_credit, defect_ppm,
    # complaint_acknowledgement, report_8d, warranty, change_notice
    target: float | None = None
    unit: str | None = None  # %, ppm, hours, working days, years, days
    window: str | None = None  # calendar month, rolling 3 months, per complaint, ...
    penalty_rate: float | None = None  # percent
    penalty_basis: str | None = None  # what the rate applies to, per what
    penalty_cap: float | None = None  # percent
    warranty_cycles: int | None = None
    capacity_retention_pct: float | None = None
    clause: str | None = None  # "Clause 7.2", "Article 5.2", "Section 5(2)"


class Smelter(BaseModel):
    metal: str | None = None
    name: str | None = None
    country: str | None = None
    smelter_id: str | None = None  # RMI id; None when the smelter is "not listed"
    comment: str | None = None


class Mine(BaseModel):
    metal: str | None = None
    name: str | None = None
    country: str | None = None
    smelter: str | None = None
    comment: str | None = None


class MineralsFact(FactBase):
    """An RMI EMRT or CMRT declaration, read by cell position at ingestion."""

    kind: Literal["minerals"] = "minerals"
    template: str | None = None  # EMRT, CMRT
    company: str | None = None
    effective: dt.date | None = None
    minerals: list[str] = Field(default_factory=list)
    answers: dict[str, dict[str, str]] = Field(default_factory=dict)  # mineral -> question "1".."8" -> answer
    comments: dict[str, dict[str, str]] = Field(default_factory=dict)  # mineral -> question -> comment
    company_answers: dict[str, str] = Field(default_factory=dict)  # "A".."H" -> answer (C: per mineral, joined)
    cahra_minerals: list[str] = Field(default_factory=list)  # answered Yes to the CAHRA question
    artisanal_mentioned: bool = False  # ASM named in an answer comment, a smelter comment or the mine list
    smelters: list[Smelter] = Field(default_factory=list)
    mines: list[Mine] = Field(default_factory=list)
    gaps: list[str] = Field(default_factory=list)  # due-diligence gaps the declaration itself shows


class ProfileFact(FactBase):
    kind: Literal["profile"] = "profile"
    legal_name: str | None = None
    aliases: list[str] = Field(default_factory=list)
    country: str | None = None
    segment: str | None = None
    tier: int | None = None
    products: list[str] = Field(default_factory=list)  # model numbers
    product_types: dict[str, str] = Field(default_factory=dict)  # model -> type as the profile states it
    materials: dict[str, list[str]] = Field(default_factory=dict)  # material -> origin countries
    single_sourced_parts: list[str] = Field(default_factory=list)
    contact_email: str | None = None
    address: str | None = None  # where it makes what it supplies, as stated ("Plot 27, Chakan MIDC, Pune, India")
    code_of_conduct_signed: bool | None = None
    code_of_conduct_date: dt.date | None = None
    automotive: bool | None = None


class UnreadFact(FactBase):
    """A passage that reads like governance evidence but that no fact explains: needs a person's review.
    Never evidence of anything on its own; it turns the verdicts it could affect into "needs review"."""

    kind: Literal["unread"] = "unread"
    reason: str
    doc_type: str | None = None  # the type the document was given, when it was given one


class ReviewFact(FactBase):
    """A person's decision on a fact or passage that needed review, with its provenance: who, when, why, and
    the quote they reviewed. Kept apart from the extracted facts, so it survives re-ingest of the same file."""

    kind: Literal["review"] = "review"
    target: str  # the id of the fact reviewed
    target_kind: str
    decision: Literal["confirmed", "dismissed", "corrected"]  # right as read / no evidence of anything / says `values`
    reviewer: str
    at: str  # ISO time
    note: str = ""
    values: dict[str, str] = Field(default_factory=dict)  # "corrected": field -> what the document really says


class KpiMonth(BaseModel):
    month: str  # YYYY-MM
    on_time_delivery_pct: float | None = None
    defect_ppm: float | None = None
    lead_time_days: float | None = None
    invoiced_value: float | None = None


class KpiFact(FactBase):
    kind: Literal["kpi"] = "kpi"
    months: list[KpiMonth] = Field(default_factory=list)


class Svhc(BaseModel):
    """A substance of very high concern a REACH declaration names above 0.1 % w/w."""

    substance: str
    cas: str | None = None  # "117-81-7"; None when the declaration gives no CAS number
    concentration_pct: float | None = None  # w/w, as stated (a range's upper bound)


class SubstanceDeclarationFact(FactBase):
    """A supplier's RoHS or REACH declaration (one document may carry both: one fact each)."""

    kind: Literal["substance_declaration"] = "substance_declaration"
    regulation: Literal["RoHS", "REACH"]
    # RoHS: the directive and the amendment that sets its Annex II list (10 substances since (EU) 2015/863)
    directive: str | None = None  # "2011/65/EU"
    amendment: str | None = None  # "(EU) 2015/863"
    exemptions: list[str] = Field(default_factory=list)  # Annex III/IV entries claimed, e.g. "6(c)", "7(a)"
    # REACH: the Candidate List the declaration was checked against, and what it found above 0.1 % w/w
    candidate_list_date: dt.date | None = None
    candidate_list_entries: int | None = None  # "235 substances"
    svhcs: list[Svhc] = Field(default_factory=list)
    # True: no SVHC (RoHS: no restricted substance) above the threshold, in so many words; False: some are
    # (an SVHC named, a RoHS limit exceeded); None: the document does not say
    compliant: bool | None = None
    products: list[str] = Field(default_factory=list)  # model numbers the declaration covers; empty: all it supplies
    issued: dt.date | None = None
    signed_by: str | None = None  # name (and title) of the signatory


class CarbonFootprintFact(FactBase):
    """A carbon-footprint declaration (Regulation (EU) 2023/1542 Art. 7) for one battery model and plant."""

    kind: Literal["carbon_footprint"] = "carbon_footprint"
    model: str | None = None
    plant: str | None = None  # the manufacturing plant, as stated ("Bac Ninh, Vietnam")
    category: Literal["ev", "industrial", "lmt"] | None = None  # the battery category the declaration names
    kg_co2e_per_kwh: float | None = None  # over the life cycle, per kWh of total energy delivered
    stages: list[str] = Field(default_factory=list)  # life-cycle stages covered, in the regulation's four names
    method: str | None = None  # "ISO 14067", "PEFCR for batteries", the delegated act ...
    verifier: str | None = None  # the independent verifier (notified body), when stated
    issued: dt.date | None = None
    recycled_pct: dict[str, float] = Field(default_factory=dict)  # cobalt/lithium/nickel/lead -> recycled share, %


class EsgMetricFact(FactBase):
    """One figure a supplier reports about its operations, with the period it covers."""

    kind: Literal["esg_metric"] = "esg_metric"
    metric: Literal["energy_use", "renewable_electricity", "scope1", "scope2", "waste"]
    value: float | None = None
    unit: str | None = None  # normalised: "MWh", "%", "t CO2e", "t"
    period: str | None = None  # "2025", "FY2025/26", "2025-H1", as the report names it
    site: str | None = None  # when the figure is for one site only


Fact = Annotated[CertificateFact | TransportTestFact | SafetyTestFact | AuditFindingFact | ContractClauseFact
                 | MineralsFact | ProfileFact | KpiFact | SubstanceDeclarationFact | CarbonFootprintFact | EsgMetricFact
                 | UnreadFact | ReviewFact, Field(discriminator="kind")]
FACT_KINDS = ("certificate", "transport_test", "safety_test", "audit_finding", "contract_clause", "minerals", "profile",
              "kpi", "substance_declaration", "carbon_footprint", "esg_metric", "unread", "review")

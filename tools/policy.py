"""The buyer's rules, read from policy data (tools/policy.yaml or the buyer's own file), and the
citation of each rule in the buyer's policy document as the store holds it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from core.citations import Citation
from core.errors import GovError, validation_problems
from ingest.models import Chunk

DEFAULT_POLICY = Path(__file__).with_name("policy.yaml")


class Strict(BaseModel):
    # unknown keys are errors: a typo, or a comma left unquoted in a YAML flow mapping, must not pass silently
    model_config = ConfigDict(extra="forbid")


class Rule(Strict):
    """Where a rule comes from: the buyer's document id, its section, and a phrase it contains."""

    document: str
    section: str
    quote: str

    def name(self) -> str:
        return f"{self.document} §{self.section}"


class Requirement(Strict):
    label: str
    kind: Literal["certificate", "transport_test", "safety_test", "minerals", "social_audit", "code_of_conduct",
                  "contract", "substance_declaration", "carbon_footprint"]
    regulation: Literal["RoHS", "REACH"] | None = None  # of a substance declaration
    standard: str | None = None
    standards: list[str] = Field(default_factory=list)
    template: str | None = None
    per_product: list[str] = Field(default_factory=list)
    # products of these kinds the requirement may cover, as the policy words it: one without the document is a
    # question for a person ("is an ESS cabinet a battery model shipped?"), never a pass - needs review
    may_cover: list[str] = Field(default_factory=list)
    when: Literal["automotive"] | None = None
    when_materials: list[str] = Field(default_factory=list)
    max_age_months: int | None = None


class Segment(Strict):
    requires: list[str]
    rule: Rule


class CertificateRules(Strict):
    renewal_window_days: int = Field(ge=0)
    rule: Rule
    shipment_hold: Rule


class TransportRules(Strict):
    rule: Rule


class Escalation(Strict):
    action: str
    rule: Rule


class CapaRules(Strict):
    days: dict[str, int | None]
    containment: dict[str, str] = Field(default_factory=dict)  # severity -> how soon the damage must be contained
    rule: Rule
    closure: Escalation | None = None  # what closing a corrective action takes, and the clause
    escalation: dict[str, Escalation] = Field(default_factory=dict)


class MineralsRules(Strict):
    cahra: Rule
    enhanced_due_diligence_days: int
    identification_gap: Rule
    artisanal: Rule
    accepted_rmap_statuses: list[str]
    rmap: Rule
    rmap_statuses: dict[str, Rule] = Field(default_factory=dict)  # what each status means to the buyer, cited
    refresh_months: int | None = None  # how often a reporting template (EMRT, CMRT) must be renewed
    refresh: Rule | None = None


class ProfileRules(Strict):
    mandatory_fields: list[str]
    rule: Rule


class ConductRules(Strict):
    rule: Rule


class ReleaseRules(Strict):
    rule: Rule


class KpiRules(Strict):
    consecutive_months: int = Field(ge=1)
    lookback_months: int = Field(ge=1)
    review: Rule
    rule: Rule


Severity = Literal["high", "medium", "low"]


class WatchRules(Strict):
    """The early-warning digest: how far it looks ahead, how a KPI drift is told from noise, how severe an alert is."""

    days: int = Field(default=90, ge=1)  # the look-ahead when none is asked for
    window: Rule | None = None  # the clause that window comes from
    trend_months: int = Field(default=12, ge=3)  # the KPI months the trend test reads
    trend_min_points: int = Field(default=6, ge=3)  # fewer months than this: no trend is claimed either way
    trend_alpha: float = Field(default=0.05, gt=0, lt=1)  # the Mann-Kendall significance level
    severity: dict[str, Severity] = Field(default_factory=dict)  # alert kind -> severity; unlisted: medium


class RiskFactor(Strict):
    """Which assessment lines count as risk, in which category, for how many points."""

    kind: str
    status: list[str] = Field(default_factory=list)  # empty: any status
    finding: list[str] = Field(default_factory=list)  # audit-finding severities; empty: any
    category: str
    severity: int = Field(ge=1, le=5)
    likelihood: int | Literal["per_month"] = 1  # per_month: months in breach, at most 5

    def matches(self, kind: str, status: str, finding: str | None) -> bool:
        return (kind == self.kind and (not self.status or status in self.status)
                and (not self.finding or finding in self.finding))


class Band(Strict):
    band: str
    min: int = Field(ge=0, le=100)


class Cadence(Strict):
    audit: str
    review: str


class RiskRules(Strict):
    rule: Rule
    factors: list[RiskFactor]
    bands: list[Band]
    cadence: dict[str, Cadence]
    cadence_rule: Rule

    def band(self, score: int) -> str:
        return next(b.band for b in sorted(self.bands, key=lambda b: -b.min) if score >= b.min)


class ChecklistItem(Strict):
    id: str
    label: str
    check: Literal["code_of_conduct", "onboarding_documents", "material_provenance", "compliance_review",
                   "quality_control", "master_data", "sla_and_change", "risk_register", "kpi_review",
                   "development_plan"]
    rule: Rule


class Action(Strict):
    owner: str
    do: str
    evidence: str


class RemediationRules(Strict):
    days_to_provide: int = Field(ge=1)
    actions: dict[str, Action]


class Template(Strict):
    """One SLA template of the buyer's contract standard."""

    metric: str  # the clause metric (on_time_delivery, defect_ppm, ...)
    field: Literal["target", "capacity_retention_pct"] = "target"
    target: float
    unit: str
    direction: Literal["at least", "at most"]
    segments: list[str] = Field(default_factory=list)  # empty: every segment
    rule: Rule


class ContractStandard(Strict):
    rule: Rule
    templates: list[Template]


class SubstanceRules(Strict):
    rule: Rule  # the clause that asks for the declarations and sets their age
    svhc: Rule  # what an SVHC above 0.1 % w/w means for the release


class CarbonFootprintRules(Strict):
    """Regulation (EU) 2023/1542 Art. 7: from when a battery category needs a carbon-footprint declaration, and which
    category a product of each kind falls in when its declaration does not say."""

    due: dict[Literal["ev", "industrial", "lmt"], dt.date]
    categories: dict[str, Literal["ev", "industrial", "lmt"]]  # product kind (product_kinds) -> battery category
    rule: Rule


class PassportRules(Strict):
    """Where the battery-passport data attributes come from (the Battery Pass consortium's workbook, read at run
    time; a path relative to the policy file) and from when passports apply (Regulation (EU) 2023/1542 Art. 77)."""

    workbook: Path
    applies_from: dt.date
    rule: Rule | None = None  # the buyer's clause asking for passport data


class EsgRules(Strict):
    rule: Rule  # the clause asking suppliers for their yearly figures


class Policy(Strict):
    buyer: str
    certificates: CertificateRules
    transport_tests: TransportRules
    product_kinds: dict[str, str]
    requirements: dict[str, Requirement]
    requirements_rule: Rule | None = None  # the clause that sets the documents each segment must provide
    segments: dict[str, Segment]
    release: ReleaseRules
    capa: CapaRules
    minerals: MineralsRules
    profile: ProfileRules
    code_of_conduct: ConductRules
    kpi: KpiRules
    risk: RiskRules
    checklist: list[ChecklistItem]
    checklist_sla_metrics: dict[str, list[str]]  # "all" and per segment
    checklist_quality_categories: list[str]
    contract_standard: ContractStandard | None = None
    remediation: RemediationRules
    watch: WatchRules = Field(default_factory=WatchRules)
    passport: PassportRules | None = None
    substances: SubstanceRules | None = None
    carbon_footprint: CarbonFootprintRules | None = None
    esg: EsgRules | None = None

    @model_validator(mode="after")
    def _segments_name_known_requirements(self) -> Policy:
        for name, segment in self.segments.items():
            unknown = [r for r in segment.requires if r not in self.requirements]
            if unknown:
                raise ValueError(f"segment {name} requires unknown requirement(s): {', '.join(unknown)}")
        for pattern in self.product_kinds.values():
            re.compile(pattern)
        if not any(b.min == 0 for b in self.risk.bands):
            raise ValueError("risk.bands needs a band starting at 0")
        missing = {b.band for b in self.risk.bands} - set(self.risk.cadence)
        if missing:
            raise ValueError(f"risk.cadence lacks band(s): {', '.join(sorted(missing))}")
        return self

    def product_kind(self, product_type: str | None) -> str | None:
        if not product_type:
            return None
        return next((kind for kind, pattern in self.product_kinds.items() if re.search(pattern, product_type, re.I)),
                    "other")

    def requirements_for(self, segment: str | None) -> list[tuple[str, Requirement]]:
        if segment not in self.segments:
            return []
        return [(name, self.requirements[name]) for name in self.segments[segment].requires]


@cache
def _load(path: Path, mtime: float) -> Policy:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        policy = Policy.model_validate(data)
        if policy.passport and not policy.passport.workbook.is_absolute():  # relative to the policy file
            policy.passport.workbook = (path.parent / policy.passport.workbook).resolve()
        return policy
    except (OSError, yaml.YAMLError, ValidationError, ValueError) as exc:
        detail = validation_problems(exc, limit=3) if isinstance(exc, ValidationError) else str(exc).splitlines()[0]
        raise GovError(f"policy file {path} cannot be used: {detail}", stage="policy", exit_code=2,
                       hint="fix the file or unset GOV_POLICY to use the bundled policy") from None


def load_policy(path: Path | None = None) -> Policy:
    path = path or DEFAULT_POLICY
    if not path.is_file():
        raise GovError(f"policy file {path} not found", stage="policy", exit_code=2,
                       hint="set GOV_POLICY to a YAML file, or unset it to use the bundled policy")
    return _load(path.resolve(), path.stat().st_mtime)


def _words(text: str) -> list[str]:
    return text.split()


def find_verbatim(text: str, phrase: str) -> str | None:
    """The slice of `text` that says `phrase`, whatever line breaks and spacing lie between its words."""
    words = _words(phrase)
    if not words:
        return None
    match = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return match.group(0) if match else None


class PolicyCiter:
    """Cites a rule in the buyer's policy document when the store holds it; by id and section otherwise."""

    def __init__(self, policy_chunks: Sequence[Chunk]):
        self.by_source: dict[str, list[Chunk]] = {}
        for chunk in policy_chunks:
            self.by_source.setdefault(chunk.source, []).append(chunk)
        for chunks in self.by_source.values():
            chunks.sort(key=lambda c: (c.page or 0, c.id))
        self._cited: dict[tuple[str, str, str], Citation] = {}  # a register cites the same few rules 1,000s of times

    def _documents(self, document_id: str) -> list[list[Chunk]]:
        """The policy documents that mention the id, the one that declares it ("Document ID: ...") first:
        other policies refer to it too."""
        declares = re.compile(rf"document\s+id\W*{re.escape(document_id)}\b", re.I)
        mentioning = [chunks for chunks in self.by_source.values() if any(document_id in c.text for c in chunks)]
        return sorted(mentioning, key=lambda chunks: not any(declares.search(c.text) for c in chunks))

    def cite(self, rule: Rule) -> Citation:
        key = (rule.document, rule.section, rule.quote)
        if key not in self._cited:
            self._cited[key] = self._find(rule)
        return self._cited[key]  # never changed by its callers: one object for every line citing the rule

    def _find(self, rule: Rule) -> Citation:
        for chunks in self._documents(rule.document):
            for chunk in chunks:
                quote = find_verbatim(chunk.text, rule.quote)
                if quote:
                    return Citation(source=chunk.source, page=chunk.page, chunk_id=chunk.id, quote=quote)
        return Citation(source=f"{rule.document} §{rule.section} (policy not in the store)", quote=rule.quote)

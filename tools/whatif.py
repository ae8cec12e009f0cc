"""What breaks if a supplier stops, or supply from a country stops: what the lost suppliers provide (which of it only
they provide), what they are worth on the KPI exports, and who else in the same segment could take over - with each
alternate's onboarding decision and risk band, so "no qualified alternate" is said plainly when it is the case."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from core.citations import Citation
from core.errors import GovError
from ingest.facts.models import KpiFact
from tools.citations import cite
from tools.portfolio import Directory, DirectoryRequest, list_suppliers
from tools.risk import months_back
from tools.selection import SupplierFilter
from tools.sla import money, months_before
from tools.source import FactSource


class WhatIfRequest(BaseModel):
    supplier: str | None = None  # the supplier that stops
    countries: list[str] = Field(default_factory=list)  # or: supply from these countries stops
    as_of: dt.date


class Exposure(BaseModel):
    value: float  # invoiced over the months below
    months: list[str]
    citations: list[Citation] = Field(default_factory=list)


class Lost(BaseModel):
    supplier: str
    legal_name: str | None = None
    segment: str | None = None
    country: str | None = None
    products: list[str] = Field(default_factory=list)
    product_types: dict[str, str] = Field(default_factory=dict)
    single_sourced: list[str] = Field(default_factory=list)  # parts no one else supplies, as the profile says
    exposure: Exposure | None = None  # None: the KPI export holds no invoiced value
    kpi_export: list[Citation] = Field(default_factory=list)  # the export that holds none, when there is one
    citations: list[Citation] = Field(default_factory=list)  # the profile's products and single-sourced parts
    segment_citations: list[Citation] = Field(default_factory=list)  # the profile's segment: whom "same segment" means


class SegmentCover(BaseModel):
    segment: str
    alternates: Directory  # the other suppliers in the segment, ready and least risky first
    qualified: list[str] = Field(default_factory=list)  # those whose onboarding decision is "ready"


class WhatIfReport(BaseModel):
    scenario: str
    as_of: dt.date
    lost: list[Lost] = Field(default_factory=list)
    cover: list[SegmentCover] = Field(default_factory=list)
    no_segment: list[str] = Field(default_factory=list)  # lost suppliers whose profile states no segment
    exposure_months: int = 12
    continuity: str = ""  # what the policy prescribes for a single-sourced part
    continuity_rule: Citation | None = None  # the release rule an alternate must meet before it may ship


def kpi_export(source: FactSource, supplier: str) -> KpiFact | None:
    return next(iter(source.supplier_facts(supplier).of(KpiFact)), None)


def exposure(kpi: KpiFact | None, as_of: dt.date, months: int) -> Exposure | None:
    window = set(months_back(as_of, months))
    rows = [m for m in months_before(kpi, as_of) if m.month in window and m.invoiced_value is not None]
    if kpi is None or not rows:
        return None
    return Exposure(value=sum(m.invoiced_value or 0 for m in rows), months=[m.month for m in rows],
                    citations=[c for m in rows for c in cite(kpi, m.month)])


def what_if(request: WhatIfRequest, source: FactSource, *, exposure_months: int = 12) -> WhatIfReport:
    """The suppliers lost, what they supply, and the cover in each of their segments."""
    suppliers = source.registry.suppliers
    if not request.supplier and not request.countries:
        raise GovError("name the supplier that stops, or the countries supply stops from", stage="tools", exit_code=2)
    if request.supplier:
        lost_names = [source.supplier(request.supplier).name]
        scenario = f"{lost_names[0]} stops supplying"
    else:
        lost_names = [s.name for s in SupplierFilter(countries=request.countries).chosen(suppliers)]
        scenario = f"supply from {' or '.join(request.countries)} stops"
    lost = []
    for name in lost_names:
        supplier = source.supplier(name)
        profile = source.profile(name)
        kpi = kpi_export(source, name)
        lost.append(Lost(supplier=name, legal_name=supplier.legal_name, segment=supplier.segment,
                         country=supplier.country, products=profile.products if profile else [],
                         product_types=profile.product_types if profile else {},
                         single_sourced=profile.single_sourced_parts if profile else [],
                         citations=cite(profile, "products", "single_sourced_parts") if profile else [],
                         segment_citations=cite(profile, "segment") if profile else [],
                         kpi_export=cite(kpi)[:1] if kpi else [],
                         exposure=exposure(kpi, request.as_of, exposure_months)))
    cover = []
    for segment in dict.fromkeys(x.segment for x in lost if x.segment):
        alternates = list_suppliers(DirectoryRequest(where=SupplierFilter(segments=[segment], exclude=lost_names),
                                                     as_of=request.as_of), source)
        cover.append(SegmentCover(segment=segment, alternates=alternates,
                                  qualified=[e.supplier for e in alternates.suppliers if e.release == "ready"]))
    policy = source.policy
    action = policy.remediation.actions.get("single_sourced")
    return WhatIfReport(scenario=scenario, as_of=request.as_of, lost=lost, cover=cover,
                        no_segment=[x.supplier for x in lost if not x.segment], exposure_months=exposure_months,
                        continuity=f"{action.do} ({action.owner}): {action.evidence}" if action else "",
                        continuity_rule=source.rule(policy.release.rule))


class Said(BaseModel):
    text: str
    citations: list[Citation] = Field(default_factory=list)


def scenario_lines(report: WhatIfReport) -> list[Said]:
    """The scenario in cited sentences, as every front end says it: what is lost, then who could cover it."""
    said: list[Said] = []
    if not report.lost:
        return [Said(text=f"No supplier on file is affected: {report.scenario} touches none of them.")]
    for lost in report.lost:
        products = ", ".join(f"{m} ({lost.product_types[m]})" if m in lost.product_types else m
                             for m in lost.products) or "no products listed in its profile"
        said.append(Said(text=f"{lost.supplier} ({(lost.segment or 'segment not stated').replace('_', ' ')}, "
                              f"{lost.country or 'country not stated'}) supplies {products}",
                         citations=lost.citations[:1]))
        if lost.single_sourced:
            said.append(Said(text=f"single-sourced from {lost.supplier}, no second source on file: "
                                  f"{', '.join(lost.single_sourced)}", citations=lost.citations[-1:]))
        if lost.exposure is not None:
            e = lost.exposure
            said.append(Said(text=f"invoiced by {lost.supplier} in {len(e.months)} month(s) ({e.months[0]} to "
                                  f"{e.months[-1]}): {money(e.value)}", citations=e.citations))
        else:
            said.append(Said(text=f"the value at stake with {lost.supplier} is not on file (" + (
                "its KPI export holds no invoiced value)" if lost.kpi_export else "no KPI export)"),
                citations=lost.kpi_export or lost.segment_citations))
    for cover in report.cover:
        segment = cover.segment.replace("_", " ")
        entries = cover.alternates.suppliers
        if not entries:
            said.append(Said(text=f"no qualified alternate: no other {segment} supplier on file",
                             citations=[c for x in report.lost if x.segment == cover.segment
                                        for c in x.segment_citations]))
        for entry in entries:
            decision = {"ready": "qualified (ready to ship)", "review": "release conditions met, risks to decide",
                        "not ready": "not ready to ship"}.get(entry.release or "", "onboarding decision unknown")
            said.append(Said(text=f"alternate {segment}: {entry.supplier} ({entry.country or 'country not stated'})"
                                  f" - {decision}, risk {entry.score}/100 {entry.band}",
                             citations=entry.citations[:1] + entry.rules))
        for entry in cover.alternates.unstated:
            said.append(Said(text=f"{entry.supplier}: its profile states no segment - may be an alternate; needs "
                                  "review", citations=entry.citations))
        if entries and not cover.qualified:
            said.append(Said(text=f"no qualified alternate: no other {segment} supplier is ready to ship - one must "
                                  "first meet the release conditions",
                             citations=[report.continuity_rule] if report.continuity_rule else []))
    for name in report.no_segment:
        said.append(Said(text=f"{name}: its profile states no segment, so alternates cannot be looked up - needs "
                              "review"))
    if report.continuity and any(x.single_sourced for x in report.lost):
        said.append(Said(text=f"for the single-sourced parts: {report.continuity}"))
    said.append(Said(text="the policies on file set no requalification lead time; an alternate not yet ready "
                          "ships only once it meets the release conditions",
                     citations=[report.continuity_rule] if report.continuity_rule else []))
    return said

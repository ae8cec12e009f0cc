"""Questions across every supplier: which suppliers show a kind of problem, which are (not) ready for
serial supply, which list single-sourced parts. Each reads the same Assessment lines as the
single-supplier tools, so a cross-supplier answer agrees with each supplier's own card."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, Field

from core.citations import Citation
from core.statuses import LAPSED, NOT_IN_ORDER
from ingest.facts.registry import Supplier
from tools.assessment import Assessment, Line
from tools.citations import cite
from tools.coverage import Unread
from tools.risk import RiskRequest, score_risk
from tools.rules import names
from tools.selection import SupplierFilter, country_key
from tools.source import FactSource
from tools.summary import OnboardingSummary, SummaryRequest, summarize

Criterion = Literal["cahra", "artisanal", "expiring", "expired", "overdue", "transport_tests", "conduct", "holders",
                    "findings", "sourcing", "rmap", "declarations", "missing"]
# Words of a refiner's name that do not tell one refiner from another ("the Kwinana refinery": Kwinana does).
REFINER_WORDS = {"refinery", "refiner", "smelter", "plant", "works", "company", "processing", "cobalt", "lithium",
                 "nickel", "graphite", "copper", "hydroxide", "carbonate", "limited"}

# What each criterion selects from a supplier's judged lines; `minerals` narrows the CAHRA criterion.
SELECTS: dict[str, Callable[[Line, list[str]], bool]] = {
    # sourcing from conflict-affected or high-risk areas declared, or the question left unanswered (unknown: listed)
    "cahra": lambda line, minerals: (line.kind == "cahra" or line.category == "cahra")
    and (not minerals or line.topic.lower() in minerals),
    "artisanal": lambda line, _: line.kind == "artisanal",
    "expiring": lambda line, _: line.kind == "certificate" and line.status == "expiring",
    "expired": lambda line, _: line.kind == "certificate" and line.status in LAPSED,  # suspended, withdrawn too
    "overdue": lambda line, _: line.status == "overdue",
    "findings": lambda line, _: line.kind.endswith("_finding") and line.status in ("open", "overdue"),
    # refiners outside the accepted RMAP statuses, and those whose status the declaration does not state (look up)
    "rmap": lambda line, _: line.kind == "smelter" and line.status != "ok",
    "transport_tests": lambda line, _: line.kind == "transport_test" and line.status in NOT_IN_ORDER,
    # no signed Code of Conduct: not signed, not stated, or no profile to say (unknown is never "signed")
    "conduct": lambda line, _: line.kind == "code_of_conduct" and line.status != "present" or line.kind == "profile",
}


def expires_before(line: Line, before: dt.date) -> bool:
    """A certificate in force that ends before the date; one whose expiry could not be read may, so it is listed."""
    return line.kind == "certificate" and (line.status == "unknown" or line.status in ("valid", "expiring")
                                           and line.due is not None and line.due < before)


class CompareRequest(BaseModel):
    criterion: Criterion
    minerals: list[str] = Field(default_factory=list)  # lower-case names; only with criterion "cahra"
    as_of: dt.date
    # with "expiring": certificates in force that expire before this date, instead of the policy's renewal window
    before: dt.date | None = None
    where: SupplierFilter = Field(default_factory=SupplierFilter)  # only these suppliers
    # with "expiring" and `before`: the certificates already lapsed too ("expires, or has expired, before June")
    lapsed_too: bool = False
    # with "holders": the certificates of this standard ("IATF 16949"), in any state; with "declarations": the
    # reporting template ("EMRT", "CMRT") - received, or required and missing; with "missing": the kind of document
    # ("social audit", "supply agreement"), else every required document not received
    standard: str | None = None
    severity: str | None = None  # with "findings": only open findings of this severity ("major")
    # with "sourcing": where the minerals come from - these countries of origin, or through this refiner or smelter
    origins: list[str] = Field(default_factory=list)
    refiner: str | None = None


class SupplierLines(BaseModel):
    supplier: str
    legal_name: str | None = None
    lines: list[Line]


class Comparison(BaseModel):
    criterion: Criterion
    as_of: dt.date
    before: dt.date | None = None  # the window asked for, with "expiring"
    standard: str | None = None
    matches: list[SupplierLines] = Field(default_factory=list)
    # with "holders": the suppliers looked at that have no certificate of the standard on file (legal names)
    without: list[str] = Field(default_factory=list)
    # suppliers nothing was selected of, whose documents could not all be read: they may show it (legal name -> files)
    not_read: dict[str, list[Unread]] = Field(default_factory=dict)


def selector(request: CompareRequest) -> Callable[[Line, list[str]], bool]:
    """Which judged lines the request's criterion selects, with the request's own bounds (a window, a standard, a
    severity, origins or a refiner) applied."""
    if request.criterion == "expiring" and request.before is not None:
        before = request.before
        return lambda line, _: expires_before(line, before) or request.lapsed_too and line.kind == "certificate" \
            and line.status in LAPSED  # a window the asker set: "in the next 90 days"
    if request.criterion == "holders":
        standard = request.standard or ""  # its certificates of the standard, and any it could not read
        return lambda line, _: line.kind == "certificate" and names(line.topic, standard) or line.kind == "unread" \
            and line.category == "certificate"
    if request.criterion == "declarations":
        template = (request.standard or "").upper()
        return lambda line, _: line.kind in ("declaration", "document") and line.topic.upper().startswith(template) \
            or line.kind == "unread" and line.category == "minerals_declaration"
    if request.criterion == "missing":  # required documents not received, narrowed to a kind named ("social audit")
        named = (request.standard or "").lower()
        return lambda line, _: (line.status in ("missing", "unknown") or line.kind == "unread") \
            and (not named or named in f"{line.topic} {line.text}".lower())
    if request.criterion == "findings" and request.severity:
        severity = request.severity  # "open major findings"
        return lambda line, minerals: SELECTS["findings"](line, minerals) and line.severity == severity
    if request.criterion == "sourcing":  # the smelters and mines a declaration lists
        origins, refiner = {country_key(c) for c in request.origins}, refiner_words(request.refiner or "")
        return lambda line, minerals: line.kind in ("smelter", "mine") \
            and (not minerals or (line.category or "").lower() in minerals) \
            and (not origins or line.country is not None and country_key(line.country) in origins) \
            and (not refiner or all(word in line.topic.lower() for word in refiner))
    return SELECTS[request.criterion]


def compare_suppliers(request: CompareRequest, source: FactSource) -> Comparison:
    """Every supplier with at least one judged line the criterion selects, in registry order."""
    selects = selector(request)
    minerals = [m.lower() for m in request.minerals]
    matches, without, not_read = [], [], {}
    for supplier in request.where.chosen(source.registry.suppliers):
        facts = source.supplier_facts(supplier.name)
        assessment = Assessment(facts, source.policy, source.rule, request.as_of)
        lines = [line for line in assessment.all_lines() if selects(line, minerals)]
        if request.criterion == "sourcing" and not request.refiner:
            lines = origin_lines(source, supplier.name, minerals, request.origins) + lines
        if lines:
            matches.append(SupplierLines(supplier=supplier.name, legal_name=supplier.legal_name, lines=lines))
        elif unread := [Unread(source=path, reason=why) for path, why in source.not_read(supplier=supplier.name)]:
            not_read[supplier.legal_name or supplier.name] = unread  # unknown is never "none": needs review
        else:
            without.append(supplier.legal_name or supplier.name)
    return Comparison(criterion=request.criterion, as_of=request.as_of, before=request.before,
                      standard=request.standard, matches=matches,
                      without=without if request.criterion in ("holders", "declarations") else [], not_read=not_read)


def refiner_words(name: str) -> list[str]:
    """The words that tell a refiner apart: "the Kwinana refinery" -> ["kwinana"]."""
    return [w for w in re.findall(r"[a-z]{4,}", name.lower()) if w not in REFINER_WORDS]


def origin_lines(source: FactSource, supplier: str, minerals: list[str], origins: list[str]) -> list[Line]:
    """Where the supplier's profile says its minerals come from, for the minerals and countries asked; a mineral
    the profile lists without countries may come from any of them - needs review."""
    profile = source.profile(supplier)
    if profile is None:
        return []
    wanted = {country_key(c) for c in origins}
    lines = []
    for material, countries in profile.materials.items():
        if minerals and material.lower() not in minerals:
            continue
        cited = cite(profile, f"materials.{material}") or cite(profile, "materials")
        if not countries:
            lines.append(Line(kind="origin", topic=material, status="unknown", category=material, citations=cited,
                              text=f"{material}: the profile gives no country of origin - needs review"))
        for country in countries:
            if not wanted or country_key(country) in wanted:
                lines.append(Line(kind="origin", topic=material, status="info", category=material, country=country,
                                  citations=cited, text=f"{material}: country of origin {country} (supplier profile)"))
    return lines


class ReleaseRequest(BaseModel):
    status: Literal["ready", "not ready"]
    as_of: dt.date
    where: SupplierFilter = Field(default_factory=SupplierFilter)


class ReleaseList(BaseModel):
    status: Literal["ready", "not ready"]
    as_of: dt.date
    cards: list[OnboardingSummary] = Field(default_factory=list)
    # neither ready nor blocked: a decision is due (review), or the segment is unknown so nothing could be checked
    undecided: list[OnboardingSummary] = Field(default_factory=list)


def release_decisions(request: ReleaseRequest, source: FactSource) -> ReleaseList:
    """The onboarding cards of every supplier whose release decision is `status`, and of those not decided either way
    (unknown is never clean: they are in neither list, and said so)."""
    cards = [summarize(SummaryRequest(supplier=s.name, as_of=request.as_of), source)
             for s in request.where.chosen(source.registry.suppliers)]
    return ReleaseList(status=request.status, as_of=request.as_of,
                       cards=[c for c in cards if c.release and c.release.status == request.status],
                       undecided=[c for c in cards if c.release is None or c.release.status == "review"])


class SingleSourcedRequest(BaseModel):
    where: SupplierFilter = Field(default_factory=SupplierFilter)


class SupplierParts(BaseModel):
    supplier: str
    legal_name: str | None = None
    parts: list[str]
    citations: list[Citation]


class SingleSourced(BaseModel):
    suppliers: list[SupplierParts] = Field(default_factory=list)


def single_sourced_parts(request: SingleSourcedRequest, source: FactSource) -> SingleSourced:
    """Suppliers whose profile lists parts only they supply, with the profile field cited."""
    found = []
    for supplier in request.where.chosen(source.registry.suppliers):
        profile = source.profile(supplier.name)
        if profile and profile.single_sourced_parts:
            found.append(SupplierParts(supplier=supplier.name, legal_name=supplier.legal_name,
                                       parts=profile.single_sourced_parts,
                                       citations=cite(profile, "single_sourced_parts")))
    return SingleSourced(suppliers=found)


class DirectoryRequest(BaseModel):
    where: SupplierFilter = Field(default_factory=SupplierFilter)
    as_of: dt.date
    assess: bool = True  # with each supplier's release decision and risk score; False: who is in, and why


class DirectoryEntry(BaseModel):
    supplier: str
    legal_name: str | None = None
    segment: str | None = None
    country: str | None = None
    products: list[str] = Field(default_factory=list)
    release: str | None = None  # the onboarding decision: ready, review, not ready; None: not assessed or unknown
    score: int | None = None
    band: str | None = None
    citations: list[Citation] = Field(default_factory=list)  # the profile's segment and country
    rules: list[Citation] = Field(default_factory=list)  # the scoring and release rules, when assessed


class Directory(BaseModel):
    as_of: dt.date
    where: SupplierFilter
    suppliers: list[DirectoryEntry] = Field(default_factory=list)
    # suppliers whose profile does not state the segment or country asked about: they may belong - needs review
    unstated: list[DirectoryEntry] = Field(default_factory=list)
    excluded: list[DirectoryEntry] = Field(default_factory=list)  # the suppliers left out, as their profiles say


def list_suppliers(request: DirectoryRequest, source: FactSource) -> Directory:
    """The suppliers a filter selects (a segment, countries, all but some), each with what a buyer weighs first:
    where it is, what it makes, whether it may ship, how risky it is - ready ones and the least risky first, so
    alternates read best-first."""
    entries = []
    for supplier in request.where.chosen(source.registry.suppliers):
        entry = directory_entry(supplier, source)
        if request.assess:
            card = summarize(SummaryRequest(supplier=supplier.name, as_of=request.as_of), source)
            risk = score_risk(RiskRequest(supplier=supplier.name, as_of=request.as_of), source)
            release = card.release
            entry = entry.model_copy(update={"release": release.status if release else None, "score": risk.score,
                                             "band": risk.band,
                                             "rules": risk.rules[:1] + (release.rules[:1] if release else [])})
        entries.append(entry)
    profile_rule = source.rule(source.policy.profile.rule)
    unstated = [directory_entry(s, source, profile_rule) for s in request.where.unstated(source.registry.suppliers)]
    excluded = [directory_entry(s, source, profile_rule) for s in source.registry.suppliers
                if s.name in request.where.exclude]
    return Directory(as_of=request.as_of, where=request.where, unstated=unstated, excluded=excluded,
                     suppliers=sorted(entries, key=lambda e: (e.release != "ready", e.score or 0, e.supplier)))


def directory_entry(supplier: Supplier, source: FactSource, missing: Citation | None = None) -> DirectoryEntry:
    """A supplier as its profile describes it, citing the profile's segment and country (or, when the profile is
    missing, the rule that makes a profile mandatory)."""
    profile = source.profile(supplier.name)
    cited = cite(profile, "segment", "country") if profile else [missing] if missing else []
    return DirectoryEntry(supplier=supplier.name, legal_name=supplier.legal_name, segment=supplier.segment,
                          country=supplier.country, products=profile.products if profile else [], citations=cited)

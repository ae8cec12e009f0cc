"""RoHS/REACH declarations and carbon-footprint declarations judged against the buyer's policy as of a date
(AES-SQP-002 sections 3.2 and 3.3 in the sample policy): each held declaration as a cited line, each required one
not received, out of date or undated as a problem, an SVHC above 0.1 % w/w as a risk for a person to decide, a
RoHS limit exceeded as a failure. Lines for the onboarding card, the checklist, the risk score and remediation."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from core.statuses import Status
from ingest.facts.models import CarbonFootprintFact, SubstanceDeclarationFact
from tools.citations import cite

if TYPE_CHECKING:
    from tools.assessment import Assessment, Line


def latest(declarations: list[SubstanceDeclarationFact]) -> SubstanceDeclarationFact | None:
    return max(declarations, key=lambda d: (d.issued is not None, d.issued or dt.date.min), default=None)


def substance_lines(a: Assessment) -> list[Line]:
    from tools.assessment import Line, months_after  # imported here: assessment imports this module

    rules = a.policy.substances
    required = {r.regulation: r for _, r in a.required if r.kind == "substance_declaration" and r.regulation}
    held = a.of(SubstanceDeclarationFact)
    lines: list[Line] = []
    for regulation in ("RoHS", "REACH"):
        requirement = required.get(regulation)
        declaration = latest([d for d in held if d.regulation == regulation])
        rule = [a.cite_rule(rules.rule)] if rules else []
        topic = requirement.label if requirement else f"{regulation} declaration"
        if declaration is None:
            if requirement and a.whole:
                lines.append(Line(kind="substance_declaration", topic=topic, category=regulation, status="missing",
                                  rules=a.rules(*rule), text=f"{regulation} declaration: not received"))
            continue
        dated = f"dated {declaration.issued}" if declaration.issued else "undated"
        status: Status = "present"
        said = declared_content(declaration)
        if requirement:
            max_age = requirement.max_age_months
        elif a.segment in a.policy.segments:
            max_age = None  # the segment does not need this declaration: its age is not judged
        else:  # the segment is not known: an old declaration is still not shown as on file
            max_age = next((r.max_age_months for r in a.policy.requirements.values()
                            if r.kind == "substance_declaration" and r.regulation == regulation and r.max_age_months),
                           None)
        if regulation == "RoHS" and declaration.compliant is False:
            status, said = "failed", "a restricted substance above its limit: the products do not comply"
        elif declaration.compliant is None:  # unknown is never clean: what it declares was not read
            status, said = "unknown", f"{said} - what it declares could not be read, needs review"
        elif declaration.issued is None:
            status, said = "unknown", "its age cannot be checked - needs review"
        elif max_age and declaration.issued < months_after(a.as_of, -max_age):
            status, said = "expired", f"older than {max_age} months - out of date, renew"
        lines.append(Line(kind="substance_declaration", topic=topic, category=regulation, status=status,
                          due=declaration.issued, citations=cite(declaration, "issued", "compliant", "svhcs"),
                          rules=a.rules(*rule) if status != "present" else rule,
                          text=f"{regulation} declaration {dated}: {said}"))
        for svhc in declaration.svhcs if regulation == "REACH" else []:
            share = f" at {svhc.concentration_pct:g} %" if svhc.concentration_pct is not None else ""
            lines.append(Line(kind="substance_declaration", topic=f"SVHC {svhc.substance}", category=regulation,
                              status="risk", citations=cite(declaration, "svhcs"),
                              rules=[a.cite_rule(rules.svhc)] if rules else [],
                              text=f"REACH declaration {dated} names {svhc.substance}"
                                   f"{' (CAS ' + svhc.cas + ')' if svhc.cas else ''}{share}, above 0.1 % w/w: "
                                   "review by Product Compliance before release"))
    return lines


def declared_content(d: SubstanceDeclarationFact) -> str:
    if d.regulation == "RoHS":
        exemptions = f"exemptions claimed: {', '.join(d.exemptions)}" if d.exemptions else "no exemption named"
        return f"declares compliance ({exemptions})" if d.compliant else f"compliance not stated ({exemptions})"
    entries = f", {d.candidate_list_entries} entries" if d.candidate_list_entries else ""
    listed = f"Candidate List of {d.candidate_list_date}{entries}" if d.candidate_list_date else \
        "Candidate List version not stated"
    if d.svhcs:
        return f"{len(d.svhcs)} SVHC above 0.1 % ({listed})"
    return f"no SVHC above 0.1 % ({listed})" if d.compliant else f"SVHC content not stated ({listed})"


def footprint_line(fact: CarbonFootprintFact) -> Line:
    from tools.assessment import Line

    name = fact.model or "unknown model"
    if fact.kg_co2e_per_kwh is None:
        return Line(kind="carbon_footprint", topic=name, category=fact.category, status="unknown",
                    citations=cite(fact), text=f"{name}: carbon-footprint declaration without a readable figure - "
                                               "needs review")
    verified = f"verified by {fact.verifier}" if fact.verifier else "not independently verified"
    recycled = "; recycled content: " + ", ".join(f"{m} {v:g} %" for m, v in fact.recycled_pct.items()) \
        if fact.recycled_pct else ""
    return Line(kind="carbon_footprint", topic=name, category=fact.category, status="present", due=fact.issued,
                citations=cite(fact, "kg_co2e_per_kwh", "model", *(["recycled_pct"] if fact.recycled_pct else [])),
                text=f"{name}: {fact.kg_co2e_per_kwh:g} kg CO2e/kWh ({fact.category or 'category not stated'}"
                     f"{', ' + fact.plant if fact.plant else ''}), {fact.method or 'method not stated'}, {verified}, "
                     f"dated {fact.issued or 'not stated'}{recycled}")


def carbon_lines(a: Assessment) -> list[Line]:
    from tools.assessment import Line

    held = a.of(CarbonFootprintFact)
    lines = [footprint_line(f) for f in sorted(held, key=lambda f: f.model or "")]
    rules = a.policy.carbon_footprint
    if not a.whole or rules is None:
        return lines
    declared = {f.model for f in held}
    for _, requirement in a.required:
        if requirement.kind != "carbon_footprint":
            continue
        for product in a.products_needing(requirement.per_product):
            if product in declared:
                continue
            kind = a.policy.product_kind(a.profile.product_types.get(product)) if a.profile else None
            stated = rules.categories.get(kind or "")  # a product of no known kind: the earliest category, to be safe
            category = stated if stated is not None else min(rules.due, key=rules.due.__getitem__)
            due = rules.due[category]
            if a.as_of < due:
                continue  # not yet required for its category
            lines.append(Line(kind="carbon_footprint", topic=product, category=category, status="missing", due=due,
                              rules=a.rules(a.cite_rule(rules.rule)),
                              citations=cite(a.profile, "products") if a.profile else [],
                              text=f"{product}: no carbon-footprint declaration ({category} battery, required since "
                                   f"{due})"))
    return lines

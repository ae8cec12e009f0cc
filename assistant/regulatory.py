"""Answers about regulatory and ESG evidence the tools now judge (issue #17): RoHS/REACH and carbon-footprint
declarations from each supplier's onboarding card, ESG figures side by side (compare_esg), and battery-passport
readiness (passport_readiness). Every sentence cites the line, fact or rule it comes from; a declaration not on
file is said as such, never left out."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from assistant.interpret import MODEL, Route
from assistant.offline import Draft, cites, name_of
from ingest.facts.registry import Supplier
from tools import registry
from tools.assessment import Line
from tools.esg import METRICS, EsgRequest, shown
from tools.passport import PassportRequest
from tools.source import FactSource

CURRENCY = re.compile(r"\b(?:current|valid|up to date|in date|expired|out of date|outdated|still good|lapsed"
                      r"|compliant|complies|verified)\b", re.I)
DECLARATIONS = {"REACH", "RoHS", "carbon footprint", "recycled content"}
ESG_TERMS = {"ESG", "Scope 1"}
STATUS_WORDS = {"present": "on file", "expired": "OUT OF DATE", "missing": "MISSING", "risk": "REVIEW",
                "failed": "FAILED", "unknown": "NEEDS REVIEW"}
METRIC_WORDS = (("scope1", r"scope\s*1|direct emissions"), ("scope2", r"scope\s*2|indirect emissions"),
                ("renewable_electricity", r"renewable|green electricity"),
                ("energy_use", r"energy (?:use|consumption|consumed)|\benergy\b"), ("waste", r"\bwaste\b"))
CATEGORY_WORDS = (("lmt", r"\blmt\b|light means|e-?bike|scooter"), ("stationary", r"stationary|energy storage|\bess\b"),
                  ("industrial", r"industrial"), ("ev", r"\bev\b|electric vehicle|automotive|traction"))


def about_term(line: Line, term: str) -> bool:
    if term in ("REACH", "RoHS"):
        return line.kind == "substance_declaration" and line.category == term
    return line.kind == "carbon_footprint"


def declarations(draft: Draft, route: Route, suppliers: list[Supplier], card: Callable[[Supplier], Any],
                 term: str, source: FactSource) -> None:
    """Each supplier's declarations of the term, as its onboarding card judges them; a supplier of whom the policy
    asks none and who sent none is said to have none."""
    term = "carbon footprint" if term == "recycled content" else term
    model = MODEL.search(route.question)
    policy = source.policy
    requirements = [source.rule(policy.requirements_rule)] if policy.requirements_rule else []
    asked = policy.carbon_footprint.rule if term == "carbon footprint" and policy.carbon_footprint else \
        policy.substances.rule if policy.substances else None
    rule = [source.rule(asked)] if asked else requirements
    said_any = False
    judged = {supplier.name: [line for line in card(supplier).compliance if about_term(line, term)
                              and (model is None or line.topic.upper() == model.group(0).upper()
                                   or line.kind != "carbon_footprint")] for supplier in suppliers}
    if len(suppliers) > 1:  # the count first, then each supplier's lines
        holding = [s for s in suppliers if any(line.status != "missing" for line in judged[s.name])]
        problems = sorted({name_of(s) for s in suppliers for line in judged[s.name] if line.status != "present"})
        draft.say(f"{len(holding)} of {len(suppliers)} suppliers have a {term} declaration on file"
                  + (f"; to act on: {', '.join(problems)}" if problems else ""), rule)
    for supplier in suppliers:
        lines = judged[supplier.name]
        if not lines:
            if len(suppliers) == 1:
                segment = (supplier.segment or "its segment's").replace("_", " ")
                draft.say(f"Not required: the onboarding procedure does not ask {segment} suppliers for a {term} "
                          f"declaration, and none from {name_of(supplier)} is on file", requirements)
            continue
        said_any = True
        worst = next((line for line in lines if line.status != "present"), None)
        if len(suppliers) == 1 and route.yes_no:
            # "is it current?" asks whether it counts; "has X sent one?" whether one is on file
            counts = worst is None if CURRENCY.search(route.question) else worst is None or worst.status != "missing"
            lead = "Yes" if counts else "No"
            draft.say(f"{lead}: {name_of(supplier)} - {lines[0].text}", cites(lines[0]))
            lines = lines[1:]
        for line in lines:
            draft.say(f"- {name_of(supplier)}: {STATUS_WORDS.get(line.status, line.status)} - {line.text}"
                      + (f" ({line.detail})" if line.detail else ""), cites(line))
    if not said_any and len(suppliers) > 1:
        draft.say(f"None on file: no supplier has sent a {term} declaration", rule)
    for supplier in suppliers:  # unknown is never clean: a file nobody could read may be the declaration
        for path, why in source.not_read(supplier=supplier.name):
            draft.say(f"- {path} could not be read in full ({why}) and may hold a {term} declaration - needs review",
                      rule)


def esg_metrics(question: str) -> list[str]:
    named = [metric for metric, words in METRIC_WORDS if re.search(words, question, re.I)]
    if not named and re.search(r"emission|ghg|greenhouse|co2", question, re.I):
        return ["scope1", "scope2"]
    return named


def esg(draft: Draft, route: Route, source: FactSource, suppliers: list[Supplier]) -> None:
    """The figures asked for; a change between two years named is answered for each year."""
    years: list[str | None] = list(dict.fromkeys(re.findall(r"\b(20[1-3]\d)\b", route.question)))
    if len(years) == 1 and re.search(r"\bsince\b|\bincreas|\bdecreas|\bchang|\bimprov", route.question, re.I):
        years.append(None)  # "since 2024": that year and the latest
    for period in years or [None]:
        esg_period(draft, route, source, suppliers, period)


def esg_period(draft: Draft, route: Route, source: FactSource, suppliers: list[Supplier], period: str | None) -> None:
    metrics = esg_metrics(route.question)
    report = draft.call(registry.ESG, EsgRequest(suppliers=[s.name for s in suppliers], metrics=metrics,
                                                 period=period), source)
    for k, metric in enumerate(report.metrics):
        name, unit, less_is_better = METRICS[metric]
        reported = [(row, row.figures[k]) for row in report.rows if row.figures[k].status == "reported"]
        extreme = re.search(r"\b(highest|most|largest|biggest|best|lowest|least|smallest|worst)\b", route.question,
                            re.I)
        if extreme and reported:
            word = extreme.group(1).lower()
            high = word in ("highest", "most", "largest", "biggest") or \
                (word == "best") != less_is_better and word in ("best", "worst")
            row, figure = (max if high else min)(reported, key=lambda pair: pair[1].value or 0)
            draft.say(f"{'Highest' if high else 'Lowest'} {name} reported: {row.legal_name or row.supplier}, "
                      f"{shown(figure)}", figure.citations)
        when = f"for {report.period}" if report.period else "latest period"
        if k:
            draft.lines.append("")  # each metric its own list
        draft.say(f"{name[0].upper()}{name[1:]} as each supplier reported it ({when}):", [])
        for row, figure in reported:
            draft.say(f"- {row.legal_name or row.supplier}: {shown(figure)}", figure.citations)
        gaps = [row for row in report.rows if row.figures[k].status == "gap"]
        review = [row for row in report.rows if row.figures[k].status == "needs review"]
        for row in review:
            draft.say(f"- {row.legal_name or row.supplier}: an ESG report could not be read - needs review",
                      row.figures[k].citations)
        if gaps:  # the reports that leave it out are cited, and the rule that asks for it
            draft.say(f"- not reported (gap, to follow up): {', '.join(r.legal_name or r.supplier for r in gaps)}",
                      ([report.rule] if report.rule else []) + [c for r in gaps for c in r.figures[k].citations])


def passport(draft: Draft, route: Route, source: FactSource, supplier: Supplier) -> None:
    category = next((c for c, words in CATEGORY_WORDS if re.search(words, route.question, re.I)), "ev")
    report = draft.call(registry.PASSPORT, PassportRequest(supplier=supplier.name, category=category), source)
    supplied = [a for a in report.attributes if a.status == "supplied" and a.requirement == "mandatory"]
    draft.say(f"{name_of(supplier)}: {report.mandatory_supplied} of the {report.mandatory} mandatory battery-passport "
              f"attributes for {category} batteries (the Battery Pass data-attribute list) are supplied by documents "
              f"on file; passports apply from {dt.date.fromisoformat(report.applies_from):%d %B %Y}",
              ([report.rule] if report.rule else []) + (supplied[0].citations if supplied else []))
    for attribute in supplied:
        value = f": {attribute.value}" if attribute.value else ""
        draft.say(f"- supplied: {attribute.name} ({attribute.article}; {attribute.access}) - from "
                  f"{attribute.supplied_by}{value}", attribute.citations)
    missing = [a.name for a in report.attributes if a.status != "supplied" and a.requirement == "mandatory"]
    if missing:
        draft.say(f"- not supplied by any document on file: {len(missing)} mandatory attributes, e.g. "
                  f"{', '.join(missing[:4])}; `gov passport {supplier.name}` lists them all",
                  [report.rule] if report.rule else [])

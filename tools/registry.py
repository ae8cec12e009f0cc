"""Every governance tool, listed once: name, description, and the JSON schemas of its input and output,
derived from the pydantic models. The offline engine, the LLM agent, the CLI and Slack call tools only
through this list, so a tool added here is available everywhere and every recorded call names a tool
that exists, with a request that validates against its schema."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from core.errors import GovError, validation_problems
from tools.checklist import ChecklistReport, ChecklistRequest, evaluate_checklist
from tools.contracts import ContractStandardReport, ContractStandardRequest, check_contract_standard
from tools.coverage import Coverage, CoverageRequest, document_coverage
from tools.esg import EsgComparison, EsgRequest, compare_esg
from tools.kpi import KpiReport, KpiRequest, kpi_performance
from tools.passport import PassportReadiness, PassportRequest, passport_readiness
from tools.portfolio import (
    CompareRequest,
    Comparison,
    Directory,
    DirectoryRequest,
    ReleaseList,
    ReleaseRequest,
    SingleSourced,
    SingleSourcedRequest,
    compare_suppliers,
    list_suppliers,
    release_decisions,
    single_sourced_parts,
)
from tools.register import RegisterRequest, RiskRegister, build_register
from tools.remediation import RemediationPlan, RemediationRequest, draft_remediation
from tools.review import ReviewQueue, ReviewRequest, review_queue
from tools.risk import RankingRequest, RiskRanking, RiskReport, RiskRequest, rank_suppliers, score_risk
from tools.rules import PolicyRuleAnswer, PolicyRuleRequest, policy_rule
from tools.search import SearchRequest, SearchResult, search_documents
from tools.sla import SlaReport, SlaRequest, lookup_sla
from tools.source import FactSource
from tools.summary import OnboardingSummary, SummaryRequest, summarize
from tools.watch import WatchReport, WatchRequest, watch
from tools.whatif import WhatIfReport, WhatIfRequest, what_if

Req = TypeVar("Req", bound=BaseModel)
Rep = TypeVar("Rep", bound=BaseModel)


@dataclass(frozen=True)
class Tool(Generic[Req, Rep]):
    name: str
    description: str
    request: type[Req]
    response: type[Rep]
    run: Callable[[Req, FactSource], Rep]

    def input_schema(self) -> dict[str, Any]:
        return self.request.model_json_schema()

    def output_schema(self) -> dict[str, Any]:
        return self.response.model_json_schema()

    def call(self, arguments: dict[str, Any], source: FactSource) -> Rep:
        """Validate untyped arguments (an agent's, a slash command's) and run the tool."""
        try:
            request = self.request.model_validate(arguments)
        except ValidationError as exc:
            raise GovError(f"bad arguments for {self.name}: {validation_problems(exc)}", stage="tools",
                           exit_code=2) from None
        return self.run(request, source)


SUMMARIZE = Tool(
    "summarize_supplier", "Onboarding card for a supplier (or one stored document): documents received, "
    "certificate status, transport and safety tests per model, open audit findings with policy due dates, "
    "minerals, gaps against the onboarding procedure, and the release decision.",
    SummaryRequest, OnboardingSummary, summarize)
SCORE_RISK = Tool(
    "score_risk", "Supplier risk score 0-100 with band, audit cadence and every contributing factor "
    "(points, rule, sources).", RiskRequest, RiskReport, score_risk)
RANK = Tool(
    "rank_suppliers", "Every supplier's risk score, highest first, each with its band and factors.",
    RankingRequest, RiskRanking, rank_suppliers)
CHECKLIST = Tool(
    "evaluate_checklist", "Governance checklist and the segment's required documents: pass, fail, missing "
    "evidence or not applicable, each with evidence.", ChecklistRequest, ChecklistReport, evaluate_checklist)
SLA = Tool(
    "lookup_sla", "Contract SLA clauses (target, window, penalty, cap, clause number) and KPI performance per "
    "window with the remedy a breach implies.", SlaRequest, SlaReport, lookup_sla)
REMEDIATION = Tool(
    "draft_remediation", "Corrective-action plan: action, reason, rule, owner, policy due date, evidence to "
    "close, escalation; most severe first.", RemediationRequest, RemediationPlan, draft_remediation)
REGISTER = Tool(
    "risk_register", "Risk register of every supplier: one row per risk with score, band, owner, mitigation, "
    "due date and status; and each supplier's score at monthly as-of dates (who is getting worse).",
    RegisterRequest, RiskRegister, build_register)
COMPARE = Tool(
    "compare_suppliers", "Suppliers showing one kind of problem (minerals from conflict-affected areas, "
    "artisanal mining, expiring or expired certificates, overdue corrective actions, missing or incomplete "
    "UN 38.3 summaries), each with the lines that show it.", CompareRequest, Comparison, compare_suppliers)
RELEASES = Tool(
    "release_decisions", "Every supplier whose onboarding release decision is 'ready' or 'not ready', with "
    "its onboarding card.", ReleaseRequest, ReleaseList, release_decisions)
SINGLE_SOURCED = Tool(
    "single_sourced_parts", "Suppliers whose profile lists single-sourced parts, with the parts.",
    SingleSourcedRequest, SingleSourced, single_sourced_parts)
DIRECTORY = Tool(
    "list_suppliers", "The suppliers in a segment or country (or all but some: the alternates to one), each with "
    "segment, country, products, onboarding release decision and risk score; those ready to ship and least risky "
    "first.", DirectoryRequest, Directory, list_suppliers)
COVERAGE = Tool(
    "document_coverage", "Evidence no other tool assesses (a REACH or RoHS declaration, a carbon-footprint "
    "declaration, an ISO 50001 certificate): which suppliers have a document naming it, which do not, whether a "
    "policy requirement asks for it, and what the policies and reference documents say of it.",
    CoverageRequest, Coverage, document_coverage)
CONTRACT_STANDARD = Tool(
    "check_contract_standard", "Supply agreements against the buyer's contract standard: each SLA template (on-time "
    "delivery, defect ppm, complaint acknowledgement, 8D, warranty, change notice) compared with the agreement's "
    "clause - in line, deviates, no clause, or needs review - with both cited.",
    ContractStandardRequest, ContractStandardReport, check_contract_standard)
KPI = Tool(
    "kpi_performance", "Delivery and quality performance from the KPI exports (on-time delivery, defect ppm, "
    "lead time, invoiced value) per month for the suppliers asked about, or every supplier ranked best first, "
    "with the contract's monthly target and the months below it.", KpiRequest, KpiReport, kpi_performance)
POLICY_RULE = Tool(
    "policy_rule", "What the buyer's policy sets: the corrective-action deadline per finding severity, the "
    "audit cadence per risk band, or the certificate renewal window, with the clause.",
    PolicyRuleRequest, PolicyRuleAnswer, policy_rule)
REVIEW_QUEUE = Tool(
    "review_queue", "What needs a person before it counts: passages no reader took up, audits whose findings "
    "could not be read, facts read with low confidence; each with document, page and quote.",
    ReviewRequest, ReviewQueue, review_queue)
WATCH = Tool(
    "watch", "Early warning: what falls due within a window (certificates expiring, corrective actions due or "
    "overdue, minerals declarations and social audits to renew) and KPI series drifting towards a breach (a trend "
    "test, projected to the contract target), each alert cited; what could not be checked is an alert too.",
    WatchRequest, WatchReport, watch)
WHAT_IF = Tool(
    "what_if", "Scenario: a supplier (or supply from a country) stops - the products and single-sourced parts "
    "affected, the invoiced value at stake, and the alternates in the same segment with their onboarding decision "
    "and risk band ('no qualified alternate' when none is ready).", WhatIfRequest, WhatIfReport, what_if)
ESG = Tool(
    "compare_esg", "ESG figures suppliers reported side by side (energy use, share of renewable electricity, scope 1 "
    "and scope 2 emissions, waste), each with its period and source; a figure not reported is a gap, an unreadable "
    "report needs review.", EsgRequest, EsgComparison, compare_esg)
PASSPORT = Tool(
    "passport_readiness", "Battery-passport readiness of a supplier (or one battery model) for a battery category "
    "(ev, lmt, industrial, stationary): every attribute the Battery Pass data-attributes workbook lists, with its "
    "article, access group, granularity and whether mandatory, and which fact supplies it or that none does.",
    PassportRequest, PassportReadiness, passport_readiness)
SEARCH = Tool(
    "search_documents", "Search the documents (policies, standards, supplier documents) the caller may see.",
    SearchRequest, SearchResult, search_documents)

TOOLS: tuple[Tool[Any, Any], ...] = (SUMMARIZE, SCORE_RISK, RANK, CHECKLIST, SLA, REMEDIATION, REGISTER, COMPARE,
                                     RELEASES, SINGLE_SOURCED, DIRECTORY, COVERAGE, CONTRACT_STANDARD, KPI, POLICY_RULE,
                                     REVIEW_QUEUE, WATCH, WHAT_IF, ESG, PASSPORT, SEARCH)
BY_NAME = {tool.name: tool for tool in TOOLS}


def get(name: str) -> Tool[Any, Any]:
    if name not in BY_NAME:
        raise GovError(f"unknown tool {name!r}", stage="tools", exit_code=2, hint=", ".join(BY_NAME))
    return BY_NAME[name]


def describe() -> list[dict[str, Any]]:
    """The list an agent binds: name, description, input schema."""
    return [{"name": t.name, "description": t.description, "parameters": t.input_schema()} for t in TOOLS]


def problem_with(name: str, arguments: dict[str, Any]) -> str | None:
    """Why a recorded call does not name a registered tool with a request valid against its schema; None if it does."""
    tool = BY_NAME.get(name)
    if tool is None:
        return f"{name!r} is not a registered tool"
    try:
        tool.request.model_validate(arguments)
    except ValidationError as exc:
        return f"{name}: {validation_problems(exc)}"
    return None

"""Every governance tool, listed once: name, description, and the JSON schemas of its input and output,
derived from the pydantic models. The offline engine, the LLM agent, the CLI and Slack all read this
list, so a tool added here is available everywhere."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from assistant.errors import GovError
from tools.checklist import ChecklistReport, ChecklistRequest, evaluate_checklist
from tools.register import RegisterRequest, RiskRegister, build_register
from tools.remediation import RemediationPlan, RemediationRequest, draft_remediation
from tools.risk import RiskReport, RiskRequest, score_risk
from tools.sla import SlaReport, SlaRequest, lookup_sla
from tools.source import FactSource
from tools.summary import OnboardingSummary, SummaryRequest, summarize


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    request: type[BaseModel]
    response: type[BaseModel]
    run: Callable[[Any, FactSource], BaseModel]

    def input_schema(self) -> dict[str, Any]:
        return self.request.model_json_schema()

    def output_schema(self) -> dict[str, Any]:
        return self.response.model_json_schema()

    def call(self, arguments: dict[str, Any], source: FactSource) -> BaseModel:
        try:
            request = self.request.model_validate(arguments)
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
            raise GovError(f"bad arguments for {self.name}: {problems}", stage="tools", exit_code=2) from None
        return self.run(request, source)


TOOLS: tuple[Tool, ...] = (
    Tool("summarize_supplier", "Onboarding card for a supplier (or one stored document): documents received, "
         "certificate status, transport and safety tests per model, open audit findings with policy due dates, "
         "minerals, gaps against the onboarding procedure, and the release decision.",
         SummaryRequest, OnboardingSummary, summarize),
    Tool("score_risk", "Supplier risk score 0-100 with band, audit cadence and every contributing factor "
         "(points, rule, sources).", RiskRequest, RiskReport, score_risk),
    Tool("evaluate_checklist", "Governance checklist and the segment's required documents: pass, fail, "
         "missing evidence or not applicable, each with evidence.", ChecklistRequest, ChecklistReport,
         evaluate_checklist),
    Tool("lookup_sla", "Contract SLA clauses (target, window, penalty, cap, clause number) and KPI performance "
         "per window with the remedy a breach implies.", SlaRequest, SlaReport, lookup_sla),
    Tool("draft_remediation", "Corrective-action plan: action, reason, rule, owner, policy due date, evidence to "
         "close, escalation; most severe first.", RemediationRequest, RemediationPlan, draft_remediation),
    Tool("risk_register", "Risk register of every supplier: one row per risk with score, band, owner, "
         "mitigation, due date and status.", RegisterRequest, RiskRegister, build_register),
)
BY_NAME = {tool.name: tool for tool in TOOLS}


def get(name: str) -> Tool:
    if name not in BY_NAME:
        raise GovError(f"unknown tool {name!r}", stage="tools", exit_code=2, hint=", ".join(BY_NAME))
    return BY_NAME[name]


def describe() -> list[dict[str, Any]]:
    """The list an agent binds: name, description, input schema."""
    return [{"name": t.name, "description": t.description, "parameters": t.input_schema()} for t in TOOLS]

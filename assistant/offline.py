"""The offline engine: no language model. It dispatches on the interpreted Route: supplier and
cross-supplier questions go to the deterministic tools through the registry (their lines carry their
own citations); general questions are answered from the policy data or extractively from the best
matching sentences of retrieved chunks, each cited. The first sentence answers; details follow."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from pydantic import BaseModel

from assistant.answers import NO_ACCESS, REFUSAL, ToolCall, split_claims
from assistant.expected import CLAUSE_ASKED, bonuses
from assistant.interpret import STANDARD, Focus, Intent, Route, focus_of, foreign_language, phrase_focus
from core.access import Principal
from core.citations import Citation, Cited, Numbering, inert
from core.statuses import BLOCKING_OR_LATE, LAPSED, NEEDS_ATTENTION, NEEDS_DECISION, OPEN_VERDICTS
from ingest.facts.registry import Supplier
from ingest.models import Chunk
from ingest.retrieval import Hit, Mode, Retriever
from tools import registry
from tools.assessment import Line
from tools.checklist import ChecklistRequest
from tools.contracts import ContractStandardRequest
from tools.coverage import CoverageRequest
from tools.kpi import KpiReport, KpiRequest, KpiSeries
from tools.portfolio import (
    CompareRequest,
    Comparison,
    Directory,
    DirectoryRequest,
    ReleaseRequest,
    SingleSourcedRequest,
    SupplierLines,
)
from tools.register import RegisterRequest
from tools.remediation import RemediationRequest
from tools.risk import RankingRequest, RiskRequest
from tools.rules import PolicyRuleRequest, names
from tools.sla import ClauseResult, SlaRequest
from tools.source import FactSource
from tools.summary import OnboardingSummary, SummaryRequest
from tools.watch import WatchRequest
from tools.whatif import WhatIfRequest, scenario_lines

SENTENCE_MIN_SIMILARITY = 0.45  # below this, a retrieved sentence does not answer the question
NEIGHBOURED = 3  # the best hits whose neighbouring chunks are read too (a section cut in two)
CLAUSE_READ = 12  # chunks read either side of the best hit when a clause is asked by its number
NEIGHBOUR_HANDICAP = 0.03  # what a sentence from such a neighbour gives away against one from a hit
# A sentence ends at . ! ? - not after a list number ("2.") nor a title or abbreviation ("Dr. Wolff", "No. 5").
BOUNDARY = re.compile(r"(?<=[.!?])(?<!\b\d\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bProf\.)(?<!\bNo\.)"
                      r"(?<!\bNr\.)(?<!\bno\.)(?<!\bSt\.)(?<!\bvs\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bArt\.)(?<!\b[A-Z]\.)(?=\s)"
                      r"|\n(?=\s*(?:[-*•#]|\d+[.)]\s|\n|Step \d))")
BOILERPLATE = re.compile(r"\bPage \d+\b|Document ID|Controlled copy|internal governance document|Version \d[\d.]* ·")
FIELD = re.compile(r"\b[A-Z][\w ()]{1,30}: ")
# What a cross-supplier criterion is called in an answer ("3 supplier(s) show ...").
SHOWING = {"artisanal": "artisanal or small-scale mining in their supply chain",
           "expiring": "certificates expiring soon", "expired": "expired certificates",
           "overdue": "overdue corrective actions", "findings": "open audit findings",
           "rmap": "refiners or smelters outside the RMAP statuses the minerals policy accepts",
           "transport_tests": "missing or incomplete UN 38.3 test summaries",
           "conduct": "no signed Code of Conduct on file",
           "missing": "required documents not received (or received but not readable)"}


@dataclass
class Draft:
    """An answer being written: text with [n] markers, its numbered citations, tool calls, chunks seen."""

    lines: list[str] = field(default_factory=list)
    numbering: Numbering = field(default_factory=Numbering)
    tool_calls: list[ToolCall] = field(default_factory=list)
    chunks: dict[str, Chunk] = field(default_factory=dict)  # retrieved in this turn
    refused: bool = False
    supplier: str | None = None

    @property
    def citations(self) -> list[Cited]:
        return self.numbering.cited

    def say(self, text: str, sources: list[Citation]) -> None:
        text = inert(text)  # quoted document text keeps no [n] of its own: the markers are added here, only here
        refs = self.numbering.marks(s for s in sources if s.quotable())  # an unstored policy cannot be cited
        if text.startswith("|"):  # a table row: its sources in its last cell
            self.lines.append(f"{text} | {refs} |")
            return
        claims = split_claims(text)
        if refs and len(claims) > 1:  # each sentence carries the sources, or the validator drops it
            text = " ".join(f"{claim.strip().rstrip('.')} {refs}." for claim in claims[:-1]) + f" {claims[-1].strip()}"
        self.lines.append(f"{text.rstrip('.')} {refs}." if refs and not text.startswith("- ") else
                          f"{text} {refs}".rstrip())

    def call(self, tool: registry.Tool[Any, Any], request: BaseModel, source: FactSource) -> Any:
        """Run a registered tool and record the call: its name and the validated request."""
        report = tool.run(request, source)
        self.tool_calls.append(ToolCall(tool=tool.name, input=request.model_dump(mode="json"),
                                        output=report.model_dump(mode="json")))
        return report

    def quoting(self) -> None:
        """The lines that follow are quoted from the documents, not computed by a tool: said once per answer."""
        if QUOTED not in self.lines:
            self.lines.append(QUOTED)

    def refuse(self, text: str = REFUSAL) -> None:
        self.lines = [text]
        self.refused = True

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


QUOTED = "Quoted from the documents (no tool checked this):"
# The intents that answer about one supplier's documents: several named, each is answered in turn.
ONE_SUPPLIER = {Intent.ONBOARDING, Intent.RISK, Intent.DOCUMENTS, Intent.MINERALS, Intent.REMEDIATION,
                Intent.CHECKLIST}
# A remedy clause and the target it rests on: asked about a remedy the agreement lacks, the target is shown.
RESTS_ON = {"otd_service_credit": "on_time_delivery", "late_delivery_penalty": "on_time_delivery"}
# How many lines of a tool's output an answer shows; the rest is said to exist, with the command that lists it all.
ONBOARDING_LINES, CHECKLIST_LINES, RISK_FACTORS, SLA_CLAUSES, LINES_PER_SUPPLIER, WATCH_LINES = 8, 10, 6, 6, 4, 12
RANKED_LINES = 8  # suppliers listed in a ranking by change
REMEDIATION_LINES = 8


def left_out(draft: Draft, hidden: Sequence[object], what: str, command: str, sources: list[Citation], *,
             detail: str = "") -> None:
    """Say that an answer shows part of a list, citing what it leaves out: "2 more factors (9 and 4 points) not listed
    here; gov risk ... lists them all" - a risk score whose factors do not add up must never look complete."""
    if hidden:
        plural = "s" if len(hidden) > 1 else ""
        draft.say(f"- {len(hidden)} more {what}{plural}{f' ({detail})' if detail else ''} not listed here; "
                  f"`{command}` lists them all", sources)


def cites(line: Line) -> list[Citation]:
    return line.citations + line.rules


def name_of(supplier: Supplier) -> str:
    return supplier.legal_name or supplier.name


def subject(route: Route) -> Supplier:
    """The supplier a per-supplier route is about (the interpreter gives these routes one)."""
    assert route.supplier is not None, f"{route.intent} needs a supplier"
    return route.supplier


Handler = Callable[[Draft, Route, dt.date], None]


class OfflineEngine:
    def __init__(self, source: FactSource, retriever: Retriever, embedder: Any, principal: Principal, *,
                 top_k: int = 8, mode: Mode = "hybrid"):
        self.source, self.retriever, self.embedder = source, retriever, embedder
        self.principal, self.top_k, self.mode = principal, top_k, mode
        self.by_intent: dict[Intent, Handler] = {
            Intent.ONBOARDING: self.onboarding, Intent.RISK: self.risk, Intent.SLA: self.sla,
            Intent.REMEDIATION: self.remediation, Intent.DOCUMENTS: self.documents, Intent.MINERALS: self.minerals,
            Intent.CHECKLIST: self.checklist, Intent.COMPARISON: self.comparison, Intent.KPI: self.kpi,
            Intent.EVIDENCE: self.evidence, Intent.GENERAL: self.general}

    def answer(self, route: Route, as_of: dt.date) -> Draft:
        draft = Draft(supplier=route.supplier.name if route.supplier else None)
        if route.intent in ONE_SUPPLIER and len(route.suppliers) > 1:
            self.each_supplier(draft, route, as_of)
        else:
            self.by_intent[route.intent](draft, route, as_of)
        return draft

    def each_supplier(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        """A question about one supplier's documents that names several ("huaxin and rhein - iso 9001 issues?",
        "origins for the Chilean and the Tanzanian supplier?"): answered for each in turn, each part numbered into
        the one answer. A part that finds nothing is written under the supplier's name, but has no source to cite, so
        the validator keeps it only when every part found nothing (then the answer is a refusal)."""
        refusals = 0
        for supplier in route.suppliers:
            part = Draft(tool_calls=draft.tool_calls, chunks=draft.chunks, supplier=supplier.name)
            self.by_intent[route.intent](part, replace(route, suppliers=(supplier,)), as_of)
            lines = renumbered(part, draft.numbering)
            refusals += part.refused
            if part.refused:
                lines = [f"{name_of(supplier)}: {' '.join(lines)}"]
            elif lines and name_of(supplier) not in lines[0]:  # whose lines these are, said before them
                lines = [f"{name_of(supplier)}:", *lines]
            draft.lines += [line for line in lines if line != QUOTED or QUOTED not in draft.lines]
        draft.refused = refusals == len(route.suppliers)

    def card(self, draft: Draft, supplier: Supplier, as_of: dt.date) -> Any:
        return draft.call(registry.SUMMARIZE, SummaryRequest(supplier=supplier.name, as_of=as_of), self.source)

    # -- per-supplier intents -----------------------------------------------------------------------------
    def onboarding(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        supplier = subject(route)
        card = self.card(draft, supplier, as_of)
        release = card.release
        problems = [line for _, lines in card.sections() for line in lines
                    if line.status in BLOCKING_OR_LATE or (line.kind == "code_of_conduct" and line.status == "gap")]
        risks = [line for _, lines in card.sections() for line in lines if line.status in NEEDS_DECISION]
        asked = {w for w in re.findall(r"[a-z]{5,}", route.question.lower())} - {"supplier", "release", "affect"}
        risks.sort(key=lambda line: -sum(w in line.text.lower() for w in asked))  # what the question names most, first
        if release is None:
            draft.say(f"{name_of(supplier)}'s segment is not stated in its profile, so its required documents cannot "
                      "be checked", [])
        elif release.status == "ready":
            draft.say(f"Yes: {name_of(supplier)} is ready for serial supply - it meets the release conditions of the "
                      "onboarding procedure: required documents present and valid, no critical finding open, no major "
                      "finding overdue",
                      release.rules + [c for line in card.certificates[:3] for c in line.citations[:1]])
        elif release.status == "review":
            draft.say(f"Not without a decision: {name_of(supplier)}'s documents are complete, but {len(risks)} risk "
                      "item(s) need a decision first", release.rules + [c for line in risks[:2] for c in cites(line)])
        else:
            lead = "No" if route.asks_clearance else "Not yet"
            draft.say(f"{lead}: {name_of(supplier)} is not ready for serial supply - {len(problems)} blocking "
                      "item(s)", release.rules + [c for line in problems[:1] for c in line.citations])
        # every flag the card shows, blocking first: then what needs a decision, then what to watch (a renewal due
        # soon, an open finding: neither blocks, but both matter); past the budget, said to exist
        watch = [x for _, lines in card.sections() for x in lines
                 if x.status in NEEDS_ATTENTION and x not in problems and x not in risks]
        flagged = [("", x) for x in problems] + [("to decide: " if problems else "", x) for x in risks] \
            + [("to watch: ", x) for x in watch]
        flagged, repeats = said_once(flagged)
        for prefix, line in flagged[:ONBOARDING_LINES]:  # what to watch: its document and rule; the rest is on its card
            also = [c for x in repeats[id(line)] for c in x.citations[:1]]  # the other documents saying it
            draft.say(f"- {prefix}{line.text}",
                      line.citations[:1] + line.rules if prefix == "to watch: " else cites(line) + also)
        if route.items:  # "can Sakura ship SPC-21700-50E, UN38.3 in order?": the documents named, with particulars
            shown = [x for _, x in flagged[:ONBOARDING_LINES]]
            named = [x for x in self.narrowed(card.certificates + card.tests, route.items) if x not in shown]
            for line in named[:3]:
                draft.say(f"- {line.text}" + (f" - {line.detail}" if line.detail else ""), cites(line))
        hidden_lines = [x for _, x in flagged[ONBOARDING_LINES:]]
        left_out(draft, hidden_lines, "item", f"gov summarize \"{supplier.name}\"",
                 [c for line in hidden_lines for c in cites(line)])

    def checklist(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        supplier = subject(route)
        report = draft.call(registry.CHECKLIST, ChecklistRequest(supplier=supplier.name, as_of=as_of), self.source)
        failing = [i for i in report.items if i.verdict in OPEN_VERDICTS]
        counts = ", ".join(f"{n} {v}" for v, n in report.counts.items())
        lead = failing[0] if failing else report.items[0]
        draft.say(f"{name_of(supplier)} governance checklist: {counts}; first open item - {lead.label}: "
                  f"{lead.reason}", lead.citations + lead.rules)
        for item in failing[1:CHECKLIST_LINES]:
            draft.say(f"- {item.verdict}: {item.label} - {item.reason}", item.citations + item.rules)
        left_out(draft, failing[CHECKLIST_LINES:], "open item", f"gov checklist \"{supplier.name}\"",
                 [c for item in failing[CHECKLIST_LINES:] for c in item.citations + item.rules])

    def risk(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        supplier = subject(route)
        report = draft.call(registry.SCORE_RISK, RiskRequest(supplier=supplier.name, as_of=as_of), self.source)
        top = report.factors[:1]
        draft.say(f"{name_of(supplier)} has a risk score of {report.score}/100 ({report.band} risk); the policy "
                  f"sets on-site audits {report.audit_cadence} and document reviews {report.review_cadence}",
                  report.rules + [c for f in top for c in f.citations])
        for factor in report.factors[:RISK_FACTORS]:
            draft.say(f"- {factor.points} points, {factor.category.replace('_', ' ')}: {factor.text}",
                      factor.citations + factor.policy)
        hidden = report.factors[RISK_FACTORS:]
        left_out(draft, hidden, "factor", f"gov risk \"{supplier.name}\"",
                 [c for f in hidden for c in f.citations + f.policy],
                 detail=" and ".join(str(f.points) for f in hidden) + " points" if len(hidden) <= 3 else "")
        for note in report.not_scored:  # cited with the scoring rule: an uncited line would not survive validation
            draft.say(f"Not scored: {note}", report.rules)

    def sla(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        supplier, metric = subject(route), route.metric
        report = draft.call(registry.SLA, SlaRequest(supplier=supplier.name, metric=metric, as_of=as_of,
                                                     delay_days=route.delay_days, order_value=route.order_value),
                            self.source)
        if not report.clauses and metric in RESTS_ON and not report.withheld.get("contract"):
            # "do we get a service credit?" where the agreement has none: say so, and show the target it rests on
            report = draft.call(registry.SLA, SlaRequest(supplier=supplier.name, metric=RESTS_ON[metric],
                                                         as_of=as_of), self.source)
            draft.say(f"{name_of(supplier)}'s supply agreement has no {metric.replace('_', ' ')} clause; its "
                      f"{RESTS_ON[metric].replace('_', ' ')} clause follows", [c for x in report.clauses[:1]
                                                                               for c in x.citations])
        if not report.clauses:
            if report.withheld.get("contract"):
                draft.refuse(NO_ACCESS)
            else:
                draft.refuse(f"I found no {(metric or 'SLA').replace('_', ' ')} clause in {name_of(supplier)}'s "
                             "supply agreement.")
            return
        for clause in report.clauses[:SLA_CLAUSES]:
            if clause.penalty is not None:  # "10 days late on a EUR 200,000 order": the amount, then how
                penalty = clause.penalty
                amount = f" = {penalty.amount:,.2f}".replace(".00", "") if penalty.amount is not None else \
                    " (no order value given)"
                contract = clause.contract_number or "the supply agreement"
                draft.say(f"{name_of(supplier)}: a delivery {penalty.delay_days} days late incurs a late-delivery "
                          f"penalty of {penalty.percent:g} %{amount} under {contract} {clause.clause or ''}".rstrip(),
                          clause.citations)
                draft.say(f"- {penalty.working}" + (f"; {penalty.needs_review}" if penalty.needs_review else ""),
                          clause.citations)
                continue
            self.clause(draft, supplier, clause, route, as_of)
        left_out(draft, report.clauses[SLA_CLAUSES:], "clause", f"gov sla \"{supplier.name}\"",
                 [c for clause in report.clauses[SLA_CLAUSES:] for c in clause.citations])
        # months below a target, asked about or the credit they earn: what the policy asks besides (not for a late
        # delivery's penalty, which is per delivery)
        if report.development_plan and metric in (None, "on_time_delivery", "defect_ppm", "otd_service_credit") \
                and route.month is None:  # one month's credit asked: that month only
            draft.say(report.development_plan.text, cites(report.development_plan))

    def clause(self, draft: Draft, supplier: Supplier, clause: ClauseResult, route: Route, as_of: dt.date) -> None:
        """One SLA clause of a supplier's agreement, and how the supplier measured against it, month by month."""
        draft.say(f"{name_of(supplier)}, {clause.contract_number or 'supply agreement'} {clause.text}",
                  clause.citations)
        if clause.metric == "otd_service_credit" and clause.windows:
            month = resolve_month(route.month, as_of)
            credited = [w for w in clause.windows if month is None or w.window == month]
            if month and not credited:
                named = dt.date(int(month[:4]), int(month[5:]), 1).strftime("%B %Y")  # no bare "03" to verify
                draft.say(f"- no service credit for {named}: it is not among the months below the on-time "
                          f"delivery target ({', '.join(w.window for w in clause.windows if w.met is False)})",
                          clause.citations)
            for w in credited:
                draft.say(f"- {w.window}: on-time delivery {w.actual:g} % against {w.target:g} %; service credit "
                          f"{w.remedy_basis}" if w.actual is not None else f"- {w.window}: no on-time delivery "
                          "value could be read, so its service credit is unknown - needs review",
                          w.citations + clause.citations)
        measured = [w for w in clause.windows if w.met is not None]
        if clause.metric in ("on_time_delivery", "defect_ppm") and measured and not clause.breached:
            average = f", averaging {clause.average:g}" if clause.average is not None else ""
            draft.say(f"- met in all {len(measured)} window(s) on file ({measured[0].window} to "
                      f"{measured[-1].window}){average}", [c for w in measured for c in w.citations])
        unread = [w.window for w in clause.windows if w.met is None]
        if clause.metric in ("on_time_delivery", "defect_ppm") and unread:
            draft.say(f"- no value could be read for {', '.join(unread)} - needs review",
                      [c for w in clause.windows if w.met is None for c in w.citations])
        if clause.breached and clause.metric in ("on_time_delivery", "defect_ppm"):
            windows = [w for w in clause.windows if w.met is False]
            draft.say(f"- missed in {len(windows)} month(s): " + ", ".join(f"{w.window} {w.actual:g}"
                                                                           for w in windows),
                      [c for w in windows for c in w.citations])
            for w in windows:
                if w.remedy_basis:
                    draft.say(f"- {w.window}: service credit {w.remedy_basis}", w.citations + clause.citations)
        if clause.remedy_total is not None and not route.month:
            draft.say(f"- service credits in all: {clause.remedy_total:,.0f}", clause.citations)
        if clause.note and clause.metric == "late_delivery_penalty" and clause.breached:
            draft.say(f"- {clause.note}", clause.citations)

    def remediation(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        supplier = subject(route)
        plan = draft.call(registry.REMEDIATION, RemediationRequest(supplier=supplier.name, as_of=as_of), self.source)
        actions = [a for a in plan.actions if a.overdue] if route.overdue_only else plan.actions
        if route.topic == "findings":  # "the corrective actions from their October audit": the findings' only
            actions = [a for a in actions if a.kind.endswith("_finding")] or actions
        if not actions:
            which = "overdue corrective actions" if route.overdue_only else "corrective actions"
            nothing = plan.actions[:1]
            # a document no reader could take drafts no action, but may hold findings: never "no actions" over it
            unread = [line for _, lines in self.card(draft, supplier, as_of).sections() for line in lines
                      if line.kind == "unread" or line.status == "unknown"]
            if not nothing and unread:
                draft.say(f"No {which} drafted for {name_of(supplier)}, but {len(unread)} document(s) could not be "
                          "read and may hold findings - needs review", cites(unread[0]))
                for line in unread[:8]:
                    draft.say(f"- {line.text}", cites(line))
                return
            if not nothing:  # nothing to list: said in these words, never the plain refusal ("I found no answer ...")
                draft.refuse(f"{name_of(supplier)} has no {which}.")
                return
            draft.say(f"{'No: ' if route.yes_no else ''}{name_of(supplier)} has no {which}: each is still within its "
                      f"due date; the next one is due {nothing[0].due}", [c for a in nothing for c in a.citations])
            return
        label = "overdue corrective action(s)" if route.overdue_only else "corrective action(s)"
        draft.say(f"{'Yes: ' if route.yes_no else ''}{name_of(supplier)} has {len(actions)} {label}; the most severe: "
                  f"{actions[0].why}",
                  actions[0].citations + actions[0].rules)
        for action in actions[:REMEDIATION_LINES]:
            late = f"; if late: {action.escalation}" if action.escalation else ""
            draft.say(f"- {action.action} - owner {action.owner}, due {action.due} ({action.due_basis}){late}; "
                      f"evidence: {action.evidence_required}",
                      action.citations + action.rules)
        hidden = actions[REMEDIATION_LINES:]
        left_out(draft, hidden, "action", f'gov remediate "{supplier.name}"', [c for a in hidden[:3]
                                                                              for c in a.citations[:1]],
                 detail=", ".join(f"{a.topic} due {a.due}" for a in hidden[:4]))

    def documents(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        supplier = subject(route)
        card = self.card(draft, supplier, as_of)
        if route.topic == "conduct":
            self.code_of_conduct(draft, supplier, card.code_of_conduct)
            return
        lines, what = {"tests": (card.tests, "transport and safety tests"),
                       "findings": (self.audits(card, route.audit_type),
                                    f"{route.audit_type} audit findings" if route.audit_type else "audit findings"),
                       "certificates": (card.certificates, "certificates")}[route.topic]
        if not lines:
            asked = f"{route.audit_type} audit" if route.audit_type else None
            if not (asked and self.not_required(draft, route, asked, f"No {asked} of {name_of(supplier)} is on "
                                                                         "file")):
                draft.refuse(f"I found no {what} for {name_of(supplier)} in the documents.")
            return
        if route.items:  # "When does Sakura's ISO 50001 certificate expire?": that one, or that none is on file
            named = self.narrowed(lines, route.items)
            if not named:
                on_file = "; ".join(line.topic for line in lines[:8])
                asked = " or ".join(route.items)
                if not self.not_required(draft, route, asked, f"No {asked} is among {name_of(supplier)}'s {what} "
                                                                 f"on file (on file: {on_file})"):
                    draft.refuse(f"No {asked} is among {name_of(supplier)}'s {what} on file; on file: {on_file}.")
                return
            lines = named
        if route.items and not route.yes_no and all(line.status == "missing" for line in lines):
            draft.refused = True  # "send me Solaris' ISO 45001 number": never received, so nothing to give (said why)
        if route.items or asks_particulars(route):
            lines = [line.model_copy(update={"text": f"{line.text} - {line.detail}"}) if line.detail else line
                     for line in lines]
        problems = [line for line in lines if line.status in NEEDS_ATTENTION]
        if route.focus is not None and route.focus.kind not in ("date", "deadline") and not route.yes_no:
            # "who did X's social audit?", "which lab ran ...?": what is asked, no verdict nobody asked for
            first = (problems or lines)[0]
            draft.say(f"{name_of(supplier)}: {first.text}", cites(first))
        elif problems:  # "Does X have open findings?" is answered Yes; "Are X's findings in order?" No
            verdict = "Yes" if route.asks_problems else "No" if route.yes_no else "Not all"
            draft.say(f"{verdict}: {name_of(supplier)} - {problems[0].text}", cites(problems[0]))
        elif route.focus is not None and route.focus.kind in ("date", "deadline"):  # "when does ... run out?"
            draft.say(f"{name_of(supplier)}: {lines[0].text}", cites(lines[0]))
        else:
            verdict = "No" if route.asks_problems else "Yes"
            draft.say(f"{verdict}: {name_of(supplier)}'s {what} are in order - {lines[0].text}", cites(lines[0]))
        for line in (problems[1:] if problems else lines[1:])[:8]:
            draft.say(f"- {line.text}", cites(line))
        if problems:
            for line in [x for x in lines if x not in problems][:4]:
                draft.say(f"- {line.text}", cites(line))

    def not_required(self, draft: Draft, route: Route, document: str, absent: str) -> bool:
        """Say that a document not on file is not one the policy requires of the supplier's segment ("No social audit
        of Volta is on file, and the onboarding procedure does not require one of an electronics component
        supplier"); False, saying nothing, when it is required or the segment is unknown. Asked for a fact about the
        document ("when does it expire?"), the answer is still a refusal: there is no such document to answer from."""
        supplier = subject(route)
        if not supplier.segment:
            return False
        found = draft.call(registry.POLICY_RULE, PolicyRuleRequest(topic="required_documents", supplier=supplier.name,
                                                                   document=document), self.source)
        value = next((v for v in found.values if v.name == supplier.segment), None)
        if value is None or value.required is not False:
            return False
        segment = supplier.segment.replace("_", " ")
        draft.say(f"{absent}, and the onboarding procedure does not require one of {article(segment)} {segment} "
                  f"supplier (it requires: {value.text})", value.citations)
        draft.refused = route.focus is not None and route.focus.kind != "thing"
        return True

    @staticmethod
    def audits(card: OnboardingSummary, audit_type: str | None) -> list[Line]:
        """The audits and findings a question asks about, with the audits the policy requires and none was received:
        a missing social audit is never "findings in order" because a quality audit's are."""
        missing = [line for line in card.gaps if line.kind == "document" and "audit" in line.topic
                   and (audit_type is None or audit_type in line.topic)]
        found = [line for line in card.findings if audit_type is None or f"{audit_type} audit" in line.text.lower()
                 or line.kind in (f"{audit_type}_finding", "unread")]  # an unread report may be of the kind asked
        return missing + found

    @staticmethod
    def narrowed(lines: list[Line], items: Sequence[str]) -> list[Line]:
        """The lines about the standards or models asked for, with every document that may be one of them: an unread
        one, or one read without its standard - so an unread certificate is never passed over for a clean one."""
        models = [item for item in items if not STANDARD.fullmatch(item)]  # "the UN 38.3 on the HX-LFP314": that model
        wanted = models or list(items)
        return [line for line in lines if any(names_item(line, item) for item in wanted) or line.kind == "unread"
                or not STANDARD.search(f"{line.topic} {line.text}")]

    def code_of_conduct(self, draft: Draft, supplier: Supplier, line: Line | None) -> None:
        """Signed, not signed or not stated, as the supplier's profile says; never a passage that asks the question."""
        if line is None:
            draft.refuse(f"{name_of(supplier)} has sent no supplier profile, so whether it signed the Code of Conduct "
                         "is not on file - needs review.")
            return
        verdict = "Yes" if line.status == "present" else "No" if "not signed" in line.text else "Not on file"
        draft.say(f"{verdict}: {name_of(supplier)} - {line.text}" + ("" if line.status == "present" else
                                                                      " - needs review"), cites(line))

    def minerals(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        supplier = subject(route)
        card = self.card(draft, supplier, as_of)
        lines = [line for line in card.minerals if not route.minerals
                 or any(m in line.text.lower() for m in route.minerals) or line.kind in ("artisanal", "declaration")]
        if not lines:
            # none on file is an answer when the procedure asks for one: "have we got a CMRT from Volta?" - "No"
            owed = [line for _, section in card.sections() for line in section
                    if line.kind == "document" and re.search(r"\b(?:EMRT|CMRT|minerals?)\b", line.topic, re.I)
                    or line.kind == "unread" and line.category == "minerals_declaration"]
            if not owed or not route.yes_no:  # "which tin smelters ...?" has no answer; why is said
                draft.refuse(f"I found no minerals declaration for {name_of(supplier)}" + (
                    f": {owed[0].text}." if owed else "."))
                return
            draft.say(f"No: no minerals declaration from {name_of(supplier)} has been read", cites(owed[0]))
            for line in owed:
                draft.say(f"- {line.text}" + (" - needs review" if line.kind == "unread" else ""), cites(line))
            return
        risky = [line for line in lines if line.status in NEEDS_DECISION]
        lead = risky[0] if risky else lines[0]
        draft.say(f"{name_of(supplier)}: {lead.text}", cites(lead))
        for line in [x for x in lines if x is not lead][:8]:
            draft.say(f"- {line.text}", cites(line))

    def kpi(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        """A month's value, the trend, the months below target, or the suppliers ranked: from the KPI exports."""
        assert route.kpi_metric is not None
        request = KpiRequest(metric=route.kpi_metric, suppliers=[s.name for s in route.suppliers],  # type: ignore
                             month=resolve_month(route.month, as_of), months=quarter_months(route.quarter, as_of),
                             as_of=as_of, where=route.where)
        report = draft.call(registry.KPI, request, self.source)
        found = [s for s in report.series if s.values]
        unit = f" {report.unit}" if report.unit else ""
        if not found:
            draft.refuse("; ".join(f"{s.legal_name or s.supplier}: {s.missing}" for s in report.series) + ".")
            return
        if route.operation == "below_target" and len(report.series) > 1:
            short = [x for x in found if x.below_target]
            draft.say(f"{len(short)} supplier(s) were below their monthly {report.name} target in at least one month"
                      + (": " + ", ".join(x.legal_name or x.supplier for x in short) if short else ""),
                      [c for x in (short or found) for v in (x.below_target or x.values)[:1] for c in v.citations])
            for series in short + [x for x in found if x.target is None]:
                self.kpi_series(draft, route, series, report, unit)
            on_target = [x for x in found if x.target is not None and not x.below_target]
            if on_target and route.suppliers:  # the named suppliers that never fell short are named too
                draft.say("- never below target in the months on file: " + ", ".join(
                    f"{x.legal_name or x.supplier} ({len(x.values)} month(s), target {x.target:g}{unit})"
                    for x in on_target), [c for x in on_target for v in x.values[-1:] for c in v.citations]
                    + [c for x in on_target for c in x.target_citations])
        elif route.operation in ("best", "worst") or (len(report.series) > 1 and route.operation != "lookup"):
            ranked = found if route.operation != "worst" else list(reversed(found))
            top = ranked[0]
            which = {"best": "Best", "worst": "Worst"}.get(route.operation or "", "By")
            draft.say(f"{which} {report.name} (average of the months on file, to {top.values[-1].month}): "
                      f"{top.legal_name or top.supplier} {top.average:g}{unit}",
                      [c for v in top.values for c in v.citations])
            for series in ranked:
                missed = series.below_target
                below = f", below its {series.target:g}{unit} target in {len(missed)} month(s)" + (
                    ": " + ", ".join(f"{v.month} {v.value:g}" for v in missed[:6]) if missed else "") \
                    if series.target is not None else ""
                draft.say(f"- {series.legal_name or series.supplier}: {series.average:g}{unit} average over "
                          f"{len(series.values)} month(s), latest {series.values[-1].value:g} "
                          f"({series.values[-1].month}){below}",
                          [c for v in series.values for c in v.citations] + series.target_citations)
        else:
            for series in found:
                self.kpi_series(draft, route, series, report, unit)
        if route.where:
            self.scope(draft, route, as_of)
        for series in report.series:
            if not series.values:  # never silently left out: an export that is missing is said to be missing
                draft.say(f"- {series.legal_name or series.supplier}: {series.missing} - needs review",
                          [report.review_rule] if report.review_rule else [])
            if series.unread:
                draft.say(f"- {series.legal_name or series.supplier}: no {report.name} value could be read for "
                          f"{', '.join(series.unread)} - needs review", series.unread_citations)

    @staticmethod
    def kpi_series(draft: Draft, route: Route, series: KpiSeries, report: KpiReport, unit: str) -> None:
        who, values, name = series.legal_name or series.supplier, series.values, report.name
        cited = [c for v in values for c in v.citations]
        target = f" (contract target {series.target:g}{unit})" if series.target is not None else ""
        if route.operation == "lookup":
            for value in values:
                draft.say(f"{who}'s {name} in {value.month}: {value.value:g}{unit}{target}",
                          value.citations + series.target_citations)
            return
        if route.operation == "below_target":
            if series.target is None:
                draft.say(f"{who}'s contract sets no monthly {name} target on file, so months below it cannot be "
                          "counted - needs review", cited)
                return
            below = series.below_target
            draft.say(f"{who}'s {name} was below its {series.target:g}{unit} target in {len(below)} of "
                      f"{len(values)} month(s)" + (": " + ", ".join(f"{v.month} {v.value:g}" for v in below)
                                                   if below else " - not below it in any month on file"),
                      ([c for v in below for c in v.citations] or cited) + series.target_citations)
            return
        direction = "up" if (series.change or 0) > 0 else "down" if (series.change or 0) < 0 else "unchanged"
        draft.say(f"{who}'s {name}, {values[0].month} to {values[-1].month}: {values[0].value:g} to "
                  f"{values[-1].value:g}{unit} ({direction} {abs(series.change or 0):g}), average "
                  f"{series.average:g}{unit}{target}", cited + series.target_citations)
        draft.say("- month by month: " + ", ".join(f"{v.month} {v.value:g}" for v in values), cited)
        if report.higher_is_better is not None and len(values) > 1:
            ordered = sorted(values, key=lambda v: v.value, reverse=report.higher_is_better)
            best, worst = ordered[0], ordered[-1]
            draft.say(f"- best month {best.month} ({best.value:g}{unit}), worst month {worst.month} "
                      f"({worst.value:g}{unit})", best.citations + worst.citations)
        if (found := series.trend) is not None:
            draft.say(f"- trend test over the last {found.points} months: " + (
                f"{'rising' if found.slope > 0 else 'falling'} {abs(found.slope):g}{unit} a month, more than chance "
                f"explains (Mann-Kendall p = {found.p_value:g})" if found.significant else
                f"no significant trend (Mann-Kendall p = {found.p_value:g}) - the movement is within month-to-month "
                "noise"), cited[-found.points:])
        if series.below_target:
            draft.say(f"- below target in {len(series.below_target)} month(s): "
                      + ", ".join(f"{v.month} {v.value:g}" for v in series.below_target),
                      [c for v in series.below_target for c in v.citations])

    def evidence(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        """A kind of document no tool assesses (REACH, RoHS, carbon footprint ...): what is and is not on file, and
        whether any requirement of the buyer's policy asks for it - never a verdict the policy does not give."""
        from assistant import regulatory  # it builds on this module's drafts and wording

        assert route.evidence is not None
        term = route.evidence
        if term in regulatory.ESG_TERMS:
            return regulatory.esg(draft, route, self.source, list(route.suppliers))
        if term == "battery passport" and len(route.suppliers) == 1:
            return regulatory.passport(draft, route, self.source, route.suppliers[0])
        if term in regulatory.DECLARATIONS:
            chosen = list(route.suppliers) or route.where.chosen(self.source.registry.suppliers)
            return regulatory.declarations(draft, route, chosen, lambda s: self.card(draft, s, as_of), term,
                                           self.source)
        found = draft.call(registry.COVERAGE, CoverageRequest(term=term, suppliers=[s.name for s in route.suppliers],
                                                              where=route.where), self.source)
        rule = [found.segments_rule] if found.segments_rule else []
        who = " or ".join(name_of(s) for s in route.suppliers) or (f"the {route.where.describe()}" if route.where
                                                                    else "any supplier")
        if found.required_by:
            segments = sorted({r.segment.replace("_", " ") for r in found.required_by})
            policy = (f"the onboarding procedure requires it of {', '.join(segments)} suppliers "
                      f"({found.required_by[0].label})")
            policy_cites = [r.citation for r in found.required_by[:2]]
        else:
            policy = f"no requirement of the buyer's policy names {term} - the documents each segment must provide " \
                     "do not include it"
            policy_cites = rule
        if not found.on_file:
            if found.unread:  # a page nobody could read may name it: not a "no"
                lead = f"Not found in what could be read - {len(found.unread)} document(s) were not read in full"
            else:
                lead = "No" if route.yes_no else "None on file"
            draft.say(f"{lead}: no document on file from {who} names {term}, and {policy}", policy_cites)
        else:
            holders = list(dict.fromkeys(m.legal_name or m.supplier for m in found.on_file))
            draft.say(f"{len(holders)} supplier(s) have a document on file that names {term}: {', '.join(holders)}; "
                      "quoted below, not checked by a tool", [m.citation for m in found.on_file[:1]])
            for mention in found.on_file:
                draft.say(f"- {mention.legal_name or mention.supplier}: {mention.citation.source}", [mention.citation])
            if found.without:
                draft.say(f"- nothing on file that names {term} from: {', '.join(found.without)}", policy_cites)
            draft.say(f"- {policy[0].upper()}{policy[1:]}", policy_cites)
        for unread in found.unread:
            draft.say(f"- {unread.source} could not be read in full ({unread.reason}) and may name {term} - "
                      "needs review", rule)
        for quote in found.reference[:2]:
            draft.say(f"- {quote.source}: {' '.join(quote.quote.split())}", [quote])

    # -- across suppliers ---------------------------------------------------------------------------------
    def comparison(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        if route.across == "directory":
            self.directory(draft, route, as_of)
            return
        self.compared(draft, route, as_of)
        if route.where and route.across != "what_if":  # a scenario lists the suppliers it is about itself
            self.scope(draft, route, as_of)

    def compared(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        """What is compared decides the answer; a comparison criterion of the comparison tool otherwise."""
        by_across: dict[str, Handler] = {
            "ranking": self.ranking, "readiness": self.readiness, "side_by_side": self.side_by_side,
            "single_sourced": self.single_sourced, "contract_standard": self.contract_standard,
            "what_if": self.what_if, "watch": self.watch, "risk_trend": self.risk_trend}
        by_across.get(route.across or "ranking", self.showing)(draft, route, as_of)

    def scope(self, draft: Draft, route: Route, as_of: dt.date) -> Directory:
        """Which suppliers a filtered answer looked at, and those that may belong but whose profile does not say -
        never silently left out. A refusal ("No supplier's documents show ...") becomes a statement of whom it is
        about, cited to their profiles."""
        directory = draft.call(registry.DIRECTORY, DirectoryRequest(where=route.where, as_of=as_of, assess=False),
                               self.source)
        looked = directory.suppliers
        described = route.where.describe()
        if draft.refused and (looked or directory.unstated):
            said = draft.lines[0].rstrip(".")
            draft.lines, draft.refused = [], False
            draft.say(f"{said} - among the {described}" if looked else f"No supplier on file is one of the "
                      f"{described}", [c for e in looked for c in e.citations[:1]]
                      or [c for e in directory.unstated for c in e.citations[:1]])
        if looked:
            draft.say(f"- the {described}: " + ", ".join(e.legal_name or e.supplier for e in looked),
                      [c for e in looked for c in e.citations[:1]])
        elif not directory.unstated and not draft.refused:
            draft.refuse(f"No supplier on file is one of the {described}.")
        self.unstated(draft, route, directory)
        return directory

    @staticmethod
    def unstated(draft: Draft, route: Route, directory: Directory) -> None:
        """The suppliers that may belong to a filtered list but whose profile does not say: never left out."""
        asked = " and ".join(w for w, on in (("segment", route.where.segments), ("country", route.where.countries))
                             if on) or "segment or country"
        for entry in directory.unstated:
            draft.say(f"- {entry.legal_name or entry.supplier}: its profile does not state its {asked}, so it may be "
                      f"one of the {route.where.describe()} - needs review", entry.citations)

    def directory(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        """The suppliers in a segment or country, or the alternates to one: with release decision and risk."""
        found = draft.call(registry.DIRECTORY, DirectoryRequest(where=route.where, as_of=as_of), self.source)
        described = route.where.describe()
        if not found.suppliers:
            if route.where.exclude:
                draft.say(f"No qualified alternate: no supplier on file other than "
                          f"{' and '.join(e.legal_name or e.supplier for e in found.excluded)} is in the "
                          f"{' or '.join(route.where.segments) or 'same'} segment".replace("_", " "),
                          [c for e in found.excluded for c in e.citations])
            else:
                draft.refuse(f"No supplier on file is one of the {described}.")
        else:
            ready = [e for e in found.suppliers if e.release == "ready"]
            segment = (" or ".join(route.where.segments) or "same").replace("_", " ")
            if route.where.exclude:
                others = f"{len(found.suppliers)} other supplier(s) in the {segment} segment"
                lead = f"{others}, {len(ready)} of them ready for serial supply" if ready else \
                    f"No qualified alternate: the {others} are not ready for serial supply"
            elif len(found.suppliers) == 1:
                lead = f"Only one supplier on file is among the {described}"
            else:
                lead = f"{len(found.suppliers)} {described}"
            # the segment alternates are sought in is the replaced supplier's, as its profile states it
            draft.say(f"{lead}: " + ", ".join(e.legal_name or e.supplier for e in found.suppliers),
                      [c for e in found.excluded for c in e.citations[:1]]
                      + [c for e in found.suppliers for c in e.citations[:1]])
            for entry in found.suppliers:
                products = f", products {', '.join(entry.products[:4])}" if entry.products else ""
                draft.say(f"- {entry.legal_name or entry.supplier} ({entry.country or 'country not stated'}"
                          f"{products}): {entry.release or 'segment not stated - needs review'}, "
                          f"risk {entry.score}/100 "
                          f"({entry.band})", entry.citations + entry.rules)
        self.unstated(draft, route, found)

    def what_if(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        """A supplier or a country lost: what it supplies, what only it supplies, the value at stake, the alternates."""
        request = WhatIfRequest(supplier=route.supplier.name if route.supplier else None,
                                countries=route.where.countries, as_of=as_of)
        report = draft.call(registry.WHAT_IF, request, self.source)
        lines = scenario_lines(report)
        draft.say(f"If {report.scenario}: {lines[0].text}", lines[0].citations)
        for line in lines[1:]:
            draft.say(f"- {line.text}", line.citations)

    def watch(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        """The early-warning digest: the most severe and soonest alerts, the rest counted with the command."""
        days = (route.window.last_day(as_of) - as_of).days if route.window else None
        request = WatchRequest(as_of=as_of, days=max(days, 1) if days is not None else None,
                               suppliers=[s.name for s in route.suppliers], where=route.where,
                               kinds=list(route.alert_kinds))
        report = draft.call(registry.WATCH, request, self.source)
        window = [report.window_rule] if report.window_rule else []
        by_supplier: dict[str, list[Any]] = {}
        for alert in report.alerts:  # most severe first: a supplier's place is that of its worst alert
            by_supplier.setdefault(alert.supplier, []).append(alert)
        what = "alert" if not route.alert_kinds else "declaration renewal"
        draft.say(f"Early warning as of {report.as_of}, looking ahead {report.days} days to {report.until}: "
                  f"{len(report.alerts)} {what}(s) for {len(by_supplier)} supplier(s)"
                  + (f" - {', '.join(report.suppliers)}" if route.suppliers else ""),
                  window or [c for a in report.alerts[:1] for c in a.citations])
        for supplier, alerts in list(by_supplier.items())[:WATCH_LINES]:
            severity = alerts[0].severity
            draft.say(f"- {supplier} ({severity}): " + "; ".join(a.brief for a in alerts),
                      [c for a in alerts for c in a.citations[:2] + a.rules[:1]])
        hidden = list(by_supplier.items())[WATCH_LINES:]
        left_out(draft, hidden, "supplier with alerts", "gov watch",
                 [c for _, alerts in hidden[:3] for c in alerts[0].citations[:1]])
        if report.quiet and not route.alert_kinds:
            draft.say(f"- nothing flagged for {', '.join(report.quiet)}: every document read and no KPI series "
                      "worsening beyond chance", window)
        elif report.quiet:
            draft.say(f"- no declaration renewal falls due within the window for {', '.join(report.quiet)}", window)
        draft.say(f"- {report.method}", [])

    def risk_trend(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        """Risk scores month by month over the last year, from the documents on file at each date, most worsened
        first (or for the suppliers named)."""
        register = draft.call(registry.REGISTER, RegisterRequest(as_of=as_of), self.source)
        named = {s.name for s in route.suppliers}
        history = [h for h in register.history if not named or h.supplier in named]
        if route.improved_asked:  # "which suppliers became less risky?": the most improved first
            history.sort(key=lambda h: (h.change, h.supplier))
        if not history:
            draft.refuse("No supplier's risk history could be computed.")
            return
        first, last = history[0].points[0].as_of, history[0].points[-1].as_of
        evidence = {r.supplier: r.evidence for r in register.rows}
        moved = [h for h in history if (h.change < 0 if route.improved_asked else h.change > 0)]
        how = "better" if route.improved_asked else "worse"
        draft.say(f"Risk score month by month, {first} to {last}, from the documents on file at each date: "
                  + (f"{len(moved)} supplier(s) got {how}" + (f", most {moved[0].supplier} ({moved[0].change:+d})"
                                                             if moved else "") if not named else
                     ", ".join(f"{h.supplier} {h.points[0].score} to {h.points[-1].score} ({h.change:+d})"
                               for h in history)), register.rules)
        for h in history[:RANKED_LINES]:
            changes = [f"{b.as_of:%Y-%m} {a.score}->{b.score}" for a, b in zip(h.points, h.points[1:], strict=False)
                       if a.score != b.score]
            said = "up: worse" if h.change > 0 else "down: better" if h.change < 0 else "no change"
            draft.say(f"- {h.supplier}: {h.points[0].score} to {h.points[-1].score} ({h.change:+d}, {said})"
                      + (f"; changed {', '.join(changes)}" if changes else "; unchanged"),
                      register.rules + evidence.get(h.supplier, [])[:2])
        left_out(draft, history[RANKED_LINES:], "supplier", "gov register", register.rules)

    def showing(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        assert route.across is not None and route.across not in ("ranking", "readiness", "single_sourced")
        minerals = list(route.minerals) if route.across in ("cahra", "sourcing") else []
        before = route.window.end(as_of) if route.window and route.across == "expiring" else None
        standard = route.items[0] if route.across in ("holders", "declarations", "missing") and route.items else None
        found = draft.call(registry.COMPARE, CompareRequest(criterion=route.across, minerals=minerals, as_of=as_of,
                                                            before=before, where=route.where, standard=standard,
                                                            lapsed_too=route.lapsed_too,
                                                            origins=list(route.origins), refiner=route.refiner,
                                                            severity=route.severity if route.across == "findings"
                                                            else None), self.source)
        if route.across == "holders":
            self.holders(draft, route, found)
            return
        if route.across == "declarations":
            self.declarations(draft, found)
            return
        what = (f"certificates that expire, or have expired, before {before}" if route.lapsed_too else
                f"certificates in force that expire before {before}") if before else SHOWING.get(route.across) or \
            f"{' and '.join(minerals) or 'minerals'} from conflict-affected or high-risk areas"
        if route.across == "findings" and route.severity:
            what = f"open {route.severity} audit findings"
        if route.across == "missing" and standard:
            what = f"a required {standard} not received"
        if route.across == "sourcing":
            what = f"{' or '.join(minerals) or 'minerals'} " + (f"from {' or '.join(route.origins)}" if route.origins
                                                                 else f"through {(route.refiner or '').title()}")
        # a CAHRA question a declaration left unanswered is no "no": listed after those that show it, needing review
        undeclared = [m for m in found.matches if all(unsure(line) for line in m.lines)]
        showing = [m for m in found.matches if m not in undeclared]
        if not found.matches and not found.not_read:
            draft.refuse(f"No supplier's documents show {what}.")
            return
        if not found.matches:  # a document no one could read may show it: never "no supplier"
            draft.say(f"No supplier's documents that could be read show {what}, but {len(found.not_read)} "
                      "supplier(s) have documents that could not be read - needs review", self.requirements_rule())
        elif showing:
            draft.say(f"{len(showing)} supplier(s) show {what}: " + ", ".join(m.legal_name or m.supplier
                                                                             for m in showing),
                      [c for m in showing for c in cites(m.lines[0])[:1]])  # a document not received: its rule
        else:
            draft.say(f"No supplier's documents show {what}, but {len(undeclared)} leave it undeclared - needs review",
                      [c for m in undeclared for c in m.lines[0].citations[:1]])
        for match in showing + undeclared:
            for line in match.lines[:LINES_PER_SUPPLIER]:
                flag = " - needs review" if unsure(line) and "needs review" not in line.text else ""
                draft.say(f"- {match.legal_name or match.supplier}: {line.text}{flag}", cites(line))
            left_out(draft, match.lines[LINES_PER_SUPPLIER:], f"line for {match.legal_name or match.supplier}",
                     f"gov summarize \"{match.supplier}\"", [c for line in match.lines[LINES_PER_SUPPLIER:]
                                                             for c in cites(line)])
        self.not_read(draft, found)

    def requirements_rule(self) -> list[Citation]:
        """The clause that lists the documents each segment must provide: what a document not read falls short of."""
        policy = self.source.policy
        return [self.source.rule(policy.requirements_rule)] if policy.requirements_rule else []

    def not_read(self, draft: Draft, found: Comparison) -> None:
        """The suppliers a cross-supplier answer could not judge: documents not read may hold what was asked."""
        for name, files in found.not_read.items():
            for unread in files:
                draft.say(f"- {name}: {unread.source} could not be read in full ({unread.reason}) and may hold it - "
                          "needs review", self.requirements_rule())

    def holders(self, draft: Draft, route: Route, found: Comparison) -> None:
        """Who holds a certificate of the standard asked, who holds only a lapsed one, who has none on file - and whose
        certificates could not be read (they may be one: needs review). "Who doesn't have it" leads with those."""
        standard = found.standard or "the standard"

        def of(match: SupplierLines, statuses: Collection[str]) -> list[Line]:
            return [x for x in match.lines if x.kind == "certificate" and x.status in statuses]

        holding = [(m, lines) for m in found.matches if (lines := of(m, ("valid", "expiring")))]
        lapsed = [(m, lines) for m in found.matches if (lines := of(m, LAPSED)) and not of(m, ("valid", "expiring"))]
        # a certificate whose validity could not be read, or a document no reader took, may be it: needs review
        unread = [(m, [x for x in m.lines if x.status == "unknown" or x.kind == "unread"]) for m in found.matches
                  if not of(m, ("valid", "expiring", *LAPSED)) and any(x.status == "unknown" or x.kind == "unread"
                                                                       for x in m.lines)]
        seen = {m.supplier for m, _ in holding + lapsed + unread}
        without = found.without + [m.legal_name or m.supplier for m in found.matches if m.supplier not in seen]
        rule = self.requirements_rule()
        lacking = without + [m.legal_name or m.supplier for m, _ in lapsed]
        unsettled = len(unread) + len(found.not_read)  # certificates, or documents, that could not be read
        if route.yes_no:  # "who doesn't have ISO 45001?"
            draft.say(f"{len(lacking)} supplier(s) hold no {standard} certificate in force: {', '.join(lacking)}"
                      if lacking else f"No supplier is known to lack {standard}, but {unsettled} supplier(s) have "
                      "documents that could not be read - needs review" if unsettled else
                      f"Every supplier looked at holds {standard}",
                      [c for _, lines in lapsed[:1] for x in lines[:1] for c in x.citations] + rule)
        names = ", ".join(m.legal_name or m.supplier for m, _ in holding)
        draft.say(f"{len(holding)} supplier(s) hold {standard}: {names}" if holding else
                  f"No supplier holds {standard} in force", [c for _, lines in holding for c in lines[0].citations[:1]])
        for match, lines in holding + lapsed:
            for line in lines[:2]:
                draft.say(f"- {match.legal_name or match.supplier}: {line.text}", cites(line))
        if without and not route.yes_no:
            draft.say(f"- no {standard} certificate on file from: {', '.join(without)}", rule)
        for match, lines in unread:
            draft.say(f"- {match.legal_name or match.supplier}: a certificate could not be read and may be "
                      f"{standard} - needs review", cites(lines[0]))
        self.not_read(draft, found)

    def declarations(self, draft: Draft, found: Comparison) -> None:
        """Who has sent the reporting template asked (EMRT, CMRT), who owes one under the policy, who was not asked for
        one - and whose declarations could not be read (they may be it: needs review)."""
        template = found.standard or "declaration"
        an = "an" if template[:1] in "AEFHILMNORSX" else "a"  # as the letters are said: "an EMRT", "a CMRT"
        sent = [(m, lines) for m in found.matches if (lines := [x for x in m.lines if x.kind == "declaration"])]
        owing = [(m, lines) for m in found.matches if not any(x.kind == "declaration" for x in m.lines)
                 and (lines := [x for x in m.lines if x.kind == "document"])]
        unread = [(m, lines) for m in found.matches if not any(x.kind in ("declaration", "document") for x in m.lines)
                  and (lines := [x for x in m.lines if x.kind == "unread"])]
        draft.say(f"{len(sent)} supplier(s) have sent {an} {template}: "
                  + ", ".join(m.legal_name or m.supplier for m, _ in sent) if sent
                  else f"No supplier has sent {an} {template}",
                  [c for _, lines in sent[:1] for c in lines[0].citations[:1]] + self.requirements_rule())
        for match, lines in sent:
            draft.say(f"- {match.legal_name or match.supplier}: {lines[0].text}", cites(lines[0]))
        if owing:
            draft.say(f"{len(owing)} supplier(s) owe one - their segment requires it and none is on file: "
                      + ", ".join(m.legal_name or m.supplier for m, _ in owing),
                      [c for _, lines in owing for c in cites(lines[0])])
        for match, lines in unread:
            draft.say(f"- {match.legal_name or match.supplier}: a minerals declaration could not be read and may be "
                      f"the {template} - needs review", cites(lines[0]))
        if found.without:
            draft.say(f"Not required of their segment, and none on file: {', '.join(found.without)}",
                      self.requirements_rule())
        self.not_read(draft, found)

    def ranking(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        ranking = draft.call(registry.RANK, RankingRequest(as_of=as_of, where=route.where), self.source)
        bands = list(route.bands)
        chosen = [r for r in ranking.suppliers if r.band in bands] if bands else ranking.suppliers
        if not chosen:
            draft.refuse(f"No supplier is in the {' or '.join(bands)} risk band.")
            return
        top = chosen[0]
        draft.say(f"{len(chosen)} supplier(s){' in the ' + ' or '.join(bands) + ' band' if bands else ''}, highest "
                  f"first; {top.legal_name or top.supplier} scores {top.score}/100 ({top.band} risk)",
                  top.rules + [c for f in top.factors[:1] for c in f.citations])
        for report in chosen[:11]:
            factor = report.factors[0] if report.factors else None
            why = f": {factor.text}" if factor else ": no open risk found"
            draft.say(f"- {report.legal_name or report.supplier} {report.score}/100 ({report.band} risk){why}",
                      (factor.citations if factor else []) + report.rules[:1])

    def readiness(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        wanted = route.release
        decisions = draft.call(registry.RELEASES, ReleaseRequest(status=wanted, as_of=as_of, where=route.where),
                               self.source)
        chosen = decisions.cards
        if not chosen and not decisions.undecided:
            draft.refuse(f"No supplier is {wanted} for serial supply.")
            return
        rule: list[Citation] = next((c.release.rules for c in [*chosen, *decisions.undecided] if c.release), [])
        if not chosen:
            draft.say(f"No supplier is {wanted} for serial supply, but {len(decisions.undecided)} cannot be released "
                      "without a decision", rule)
        draft.say(f"{len(chosen)} supplier(s) {'are' if wanted == 'ready' else 'are not'} ready for serial supply: "
                  + ", ".join(c.legal_name or c.supplier or "?" for c in chosen),
                  [r for c in chosen[:1] if c.release for r in c.release.rules])
        for card in chosen:
            release = card.release
            assert release is not None
            first = next((line for _, lines in card.sections() for line in lines
                          if line.status in BLOCKING_OR_LATE), None)
            draft.say(f"- {card.legal_name or card.supplier}: {release.text}",
                      (first.citations if first else []) + release.rules)
        if chosen and decisions.undecided:
            draft.say(f"Not counted above, and not releasable without a decision: {len(decisions.undecided)} "
                      "supplier(s)", rule)
        for card in decisions.undecided:
            why = card.release.text if card.release else "the profile states no segment, so its required documents " \
                "cannot be checked - needs review"
            risks = [line for _, lines in card.sections() for line in lines if line.status in NEEDS_DECISION]
            draft.say(f"- {card.legal_name or card.supplier}: {why}",
                      [c for line in risks[:2] for c in cites(line)] + rule)

    def side_by_side(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        """The suppliers asked about in one table - risk, release decision, what blocks it, certificates, open
        findings, delivery - each row cited, led by the line that answers the aspect asked (risk unless another)."""
        if route.aspect == "contract":  # the agreements, term by term: risk and certificates answer nothing here
            self.agreements_side_by_side(draft, route, as_of)
            return
        risks = [draft.call(registry.SCORE_RISK, RiskRequest(supplier=s.name, as_of=as_of), self.source)
                 for s in route.suppliers]
        cards = [self.card(draft, s, as_of) for s in route.suppliers]
        delivery = draft.call(registry.KPI, KpiRequest(metric="on_time_delivery_pct", as_of=as_of,
                                                       suppliers=[s.name for s in route.suppliers]), self.source)
        otd = {series.supplier: series for series in delivery.series}
        rows = list(zip(route.suppliers, risks, cards, strict=True))
        self.compared_on(draft, route, rows)
        draft.lines += ["", "| Supplier | Risk | Release | Blocking items | Certificates | Open findings "
                            "| On-time delivery (average) | Sources |", "|---|---|---|---|---|---|---|---|"]
        for supplier, risk, card in rows:
            blocking = [line for _, lines in card.sections() for line in lines if line.status in BLOCKING_OR_LATE]
            series = otd.get(supplier.name)
            delivered = f"{series.average:g} % over {len(series.values)} month(s)" if series and series.values \
                else "no KPI export - needs review"
            release = card.release.status if card.release else "segment not stated - needs review"
            blocked = f"{len(blocking)}: " + "; ".join(line.topic for line in blocking[:3]) + (
                "; ..." if len(blocking) > 3 else "") if blocking else "none"
            certificates = certificate_summary(card.certificates)
            findings = ", ".join(f"{n} {severity}" for severity, n in card.open_findings.items() if n) or "none"
            draft.say(f"| {name_of(supplier)} | {risk.score}/100 ({risk.band}) | {release} | {blocked} | "
                      f"{certificates} | {findings} | {delivered}",
                      risk.rules[:1] + [c for f in risk.factors[:1] for c in f.citations]
                      + [c for line in blocking[:2] for c in line.citations]
                      + [c for line in card.certificates[:1] for c in line.citations]
                      + ([c for v in series.values[-1:] for c in v.citations] if series else []))

    def agreements_side_by_side(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        """Each named supplier's agreement on the terms asked: the SLA clauses of the metric named (every SLA clause
        when none is), and a term no SLA clause covers (payment terms, termination notice) quoted from that
        supplier's documents. A supplier without such a clause is said to have none found, never left out."""
        term = (route.metric or "SLA").replace("_", " ")
        for supplier in route.suppliers:
            report = draft.call(registry.SLA, SlaRequest(supplier=supplier.name, metric=route.metric, as_of=as_of),
                                self.source)
            if not route.clause_asked or route.metric:
                for clause in report.clauses[:SLA_CLAUSES]:
                    self.clause(draft, supplier, clause, route, as_of)
                if not report.clauses:
                    draft.say(f"{name_of(supplier)}: " + ("its supply agreement is not visible to you"
                                                          if report.withheld.get("contract") else
                                                          f"no {term} clause found in its supply agreement"), [])
            if route.clause_asked:  # asked as plainly as the documents word it, of this supplier's documents
                plainly = f"What does the agreement say about {route.clause_asked}?"
                if self.quoted(draft, replace(
                        route, suppliers=(supplier,), question=plainly, query=plainly), limit=1,
                        label=f"{name_of(supplier)}: ") is not None:
                    draft.say(f"{name_of(supplier)}: nothing found on {route.clause_asked} in its documents", [])

    def compared_on(self, draft: Draft, route: Route, rows: list[tuple[Supplier, Any, OnboardingSummary]]) -> None:
        """The first line of a side-by-side answer: who is ahead on what was asked, with the figures that decide it.
        A tie is said to be one. Certificates are narrowed to the standards named ("whose ISO 9001 ...")."""
        aspect = route.aspect
        if route.items:
            rows = [(s, r, c.model_copy(update={"certificates": [x for x in c.certificates if any(
                names(x.topic, item) for item in route.items)]})) for s, r, c in rows]
        if aspect == "readiness":
            ready = [(s, c) for s, _, c in rows if c.release and c.release.status == "ready"]
            not_ready = [(s, c) for s, _, c in rows if (s, c) not in ready]
            said = (f"{' and '.join(name_of(s) for s, _ in ready)} {'is' if len(ready) == 1 else 'are'} ready for "
                    "serial supply" if ready else "None of them is ready for serial supply")
            said += "; " + "; ".join(f"{name_of(s)} is {c.release.status if c.release else 'of unstated segment'}"
                                     for s, c in not_ready) if not_ready else ""
            draft.say(said, [r for _, _, c in rows if c.release for r in c.release.rules[:1]]
                      + [c for _, _, card in rows for line in card.problems()[:1] for c in line.citations])
            return
        if aspect == "findings":
            counts = [(s, sum(c.open_findings.values()), c) for s, _, c in rows]
            most = max(counts, key=lambda item: item[1])
            tie = sum(1 for _, n, _ in counts if n == most[1]) > 1
            lead = f"They have the same number of open findings ({most[1]})" if tie else \
                f"{name_of(most[0])} has the most open findings ({most[1]})"
            draft.say(f"{lead}: " + ", ".join(f"{name_of(s)} {n}" for s, n, _ in counts),
                      [c for _, _, card in rows for line in card.findings[:2] for c in line.citations])
            for s, _, c in rows:  # what they are, the open ones first
                for line in sorted(c.findings, key=lambda x: x.status not in ("open", "overdue"))[:3]:
                    draft.say(f"- {name_of(s)}: {line.text}", line.citations)
            return
        if aspect == "certificates":  # what each holds, and whose runs out first
            ending = sorted(((line.due, s, line) for s, _, c in rows for line in c.certificates
                             if line.due is not None and line.status in ("valid", "expiring")), key=lambda x: x[0])
            first = f"; the first to run out: {name_of(ending[0][1])}'s {ending[0][2].topic} on {ending[0][0]}" \
                if ending else ""
            draft.say("Certificates: " + "; ".join(f"{name_of(s)} {certificate_summary(c.certificates)}"
                                                   for s, _, c in rows) + first,
                      [c for _, _, line in ending[:1] for c in line.citations]
                      + [c for _, _, card in rows for line in card.certificates[:2] for c in line.citations])
            for s, _, c in rows:
                for line in sorted((x for x in c.certificates if x.due), key=lambda x: x.due or dt.date.max)[:2]:
                    draft.say(f"- {name_of(s)}: {line.text}", line.citations)
            return
        if aspect == "minerals":  # the minerals lines that need a decision, per supplier
            for s, _, c in rows:
                risky = [line for line in c.minerals if line.status in NEEDS_DECISION]
                draft.say(f"{name_of(s)}: {len(risky)} minerals item(s) needing a decision"
                          + (f" - {risky[0].text}" if risky else " - none in its declarations"),
                          [c for line in (risky or c.minerals)[:1] for c in cites(line)])
                for line in risky[1:3]:
                    draft.say(f"- {line.text}", cites(line))
            return
        scores = [(s, r) for s, r, _ in rows]
        top = max(scores, key=lambda item: item[1].score)
        if sum(1 for _, r in scores if r.score == top[1].score) > 1:
            same = ", ".join(f"{name_of(s)} {r.score}/100 ({r.band})" for s, r in scores)
            draft.say(f"They score the same risk: {same} - the table shows where they differ", top[1].rules)
            return
        against = ", ".join(f"{name_of(s)} {r.score}/100" for s, r in scores if s is not top[0])
        draft.say(f"{name_of(top[0])} is the bigger risk: {top[1].score}/100 ({top[1].band} risk), against {against}",
                  top[1].rules + [c for f in top[1].factors[:1] for c in f.citations])

    def contract_standard(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        """Each agreement against the contract standard's SLA templates: deviations and gaps first, each citing the
        clause and the template; an agreement that could not be checked is said to need review. A term no template
        covers ("termination notice") is quoted from the documents, and the standard is said to set none."""
        report = draft.call(registry.CONTRACT_STANDARD, ContractStandardRequest(
            suppliers=[s.name for s in route.suppliers], where=route.where, metric=route.metric), self.source)
        if report.rule is None:
            draft.refuse("The buyer's policy data holds no contract standard to compare the agreements with.")
            return
        rule = [report.rule]
        if route.clause_asked:  # what the agreement says of the term, asked as plainly as the documents word it
            plainly = f"What does the agreement say about {route.clause_asked}?"
            self.quoted(draft, replace(route, question=plainly, query=plainly))
            covered = sorted({c.metric.replace("_", " ") for a in report.agreements for c in a.checks})
            draft.say(f"- the contract standard sets no {route.clause_asked} template, so there is nothing to hold "
                      f"it against" + (f" (its templates cover: {', '.join(covered)})" if covered else ""), rule)
            return
        what = f"the contract standard's {route.metric.replace('_', ' ')} template" if route.metric else \
            "the contract standard's SLA templates"
        checked = [a for a in report.agreements if a.checks]
        if route.metric and not checked and not any(a.note for a in report.agreements):
            draft.say(f"The contract standard sets no {route.metric.replace('_', ' ')} template", rule)
            return
        deviating = [a for a in checked if a.deviations]
        if len(report.agreements) == 1 and checked:
            agreement = checked[0]
            lead = ("No" if agreement.deviations else "Yes") if route.yes_no else "In line" if not \
                agreement.deviations else "Not in line"
            draft.say(f"{lead}: {agreement.legal_name or agreement.supplier}'s supply agreement "
                      + (f"deviates from {what} in {len(agreement.deviations)} of {len(agreement.checks)}"
                         if agreement.deviations else f"meets all {len(agreement.checks)} of {what}"),
                      [c for check in agreement.deviations[:1] for c in check.citations] + rule)
        elif checked:
            draft.say(f"{len(deviating)} of {len(checked)} supply agreements deviate from {what}"
                      + (": " + ", ".join(a.legal_name or a.supplier for a in deviating) if deviating else ""), rule)
        for agreement in deviating:
            for check in agreement.deviations:
                said = f"sets {check.contract}" if check.contract else "has no clause"
                where = " ".join(x for x in (check.contract_number, check.clause) if x) or "the agreement"
                draft.say(f"- {agreement.legal_name or agreement.supplier}: {where} {said} for "
                          f"{check.metric.replace('_', ' ')} (template {check.template}) - {check.verdict}",
                          check.citations + [check.rule])
        in_line = [a for a in checked if not a.deviations]
        if in_line and len(report.agreements) > 1:
            draft.say("- in line: " + ", ".join(a.legal_name or a.supplier for a in in_line),
                      [c for a in in_line for check in a.checks[:1] for c in check.citations])
        for agreement in report.agreements:
            if agreement.note:
                draft.say(f"- {agreement.legal_name or agreement.supplier}: {agreement.note} - needs review", rule)
        if deviating:
            draft.say("- deviations from the templates need Legal's approval", rule)

    def none_single_sourced(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        """No part listed as single-sourced: said so only where a profile was read with the field; a missing profile
        or field is unknown, never "none"."""
        unknown = [(supplier, line) for supplier in route.suppliers for line in self.card(draft, supplier, as_of).gaps
                   if line.kind == "profile" or line.topic.startswith("single_sourced_parts")]
        for supplier, line in unknown:
            draft.say(f"Not on file: {name_of(supplier)} - {line.text} - needs review", cites(line))
        if not unknown:
            draft.refuse(f"{' and '.join(name_of(s) for s in route.suppliers)}: no single-sourced part is listed in "
                         "the supplier profile.")

    def single_sourced(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        found = draft.call(registry.SINGLE_SOURCED, SingleSourcedRequest(where=route.where), self.source).suppliers
        if route.suppliers:  # one supplier's single-sourced parts
            names = {s.name for s in route.suppliers}
            found = [entry for entry in found if entry.supplier in names]
            if not found:
                self.none_single_sourced(draft, route, as_of)
                return
        if not found:
            draft.refuse("No supplier profile lists a single-sourced part.")
            return
        if route.suppliers:
            for entry in found:
                draft.say(f"{entry.legal_name or entry.supplier}'s profile lists single-sourced parts: "
                          f"{', '.join(entry.parts)}", entry.citations)
            self.quoted(draft, route)  # what the documents add: the sub-supplier, a second source, requalification
            return
        draft.say(f"{len(found)} supplier(s) list single-sourced parts: " + ", ".join(s.legal_name or s.supplier
                                                                                     for s in found),
                  [c for s in found for c in s.citations])
        for entry in found:
            draft.say(f"- {entry.legal_name or entry.supplier}: {', '.join(entry.parts)}", entry.citations)

    # -- general questions: extractive ---------------------------------------------------------------------
    def general(self, draft: Draft, route: Route, as_of: dt.date) -> None:
        if route.policy_topic is not None:
            self.policy_rule(draft, route)
            return
        hits = self.quoted(draft, route)
        if hits is None:
            return
        question, labels = route.query or route.question, self.principal.labels
        unseen = [h.chunk for h in self.retriever.search(question, k=self.top_k) if h.chunk.id not in draft.chunks] \
            if labels is not None else []
        if unseen and self.best_sentences(question, unseen):  # the answer is in documents the caller may not see
            draft.refuse(NO_ACCESS)
            return
        closest = ", ".join(dict.fromkeys(h.chunk.source for h in hits[:3]))
        if language := foreign_language(question):
            draft.refuse(f"I could not match this question: it looks like {language}, and the bundled model "
                         "matches questions in English, so the documents may well answer it. Please ask it in "
                         "English.")
            return
        draft.refuse(REFUSAL + (f" The closest documents were: {closest}." if closest else ""))

    def quoted(self, draft: Draft, route: Route, limit: int = 3, label: str = "") -> list[Hit] | None:
        """The retrieved sentences that answer the question, quoted and labelled as not checked by a tool. None when
        some were quoted; else the hits that were searched (for the caller to say what was looked at)."""
        question, supplier, labels = route.query or route.question, route.supplier, self.principal.labels
        hits = self.retriever.search(question, k=self.top_k, labels=labels, doc_type=route.doc_type,
                                     supplier=supplier.name if supplier else None, mode=self.mode)
        if supplier and not hits:
            hits = self.retriever.search(question, k=self.top_k, labels=labels, mode=self.mode)
        chunks = [h.chunk for h in hits]
        # a clause asked by its number ("what does clause 7.3 say?") is looked for through the whole document found
        number = CLAUSE_ASKED.search(question)
        beside = self.retriever.neighbours(chunks[:1], labels=labels, around=CLAUSE_READ) if number else \
            self.retriever.neighbours(chunks[:NEIGHBOURED], labels=labels)
        chunks += beside
        for chunk in chunks:
            draft.chunks[chunk.id] = chunk
        # no tool computed what follows: the reader must know the lines are the documents' words (said once)
        if number and (clause := numbered_clause(chunks, number.group(1))):
            draft.quoting()  # "what does clause 7.3 say?": the clause itself, as the document words it
            chunk, text = clause
            draft.say(f"{label}{' '.join(text.split())}", [Citation(source=chunk.source, page=chunk.page,
                                                                    chunk_id=chunk.id, quote=text)])
            return None
        # scored without the supplier's name: a sentence must match what is asked, not just whom it is about (the
        # abbreviations spelled out: "FSA" means nothing to the model; title lines are no candidates)
        topic = without_names(question, supplier, route.description) if supplier else question
        picked = [(chunk, sentence) for chunk, sentence in self.best_sentences(
                      topic, chunks, 3 * limit, frozenset(c.id for c in beside), route.focus)
                  if record_holds(sentence, route.focus) and answers_asked(sentence, route, chunks)][:limit]
        if not picked:
            return hits
        picked = self.lists_continued(picked, labels)
        draft.quoting()
        said: set[str] = set()
        for chunk, sentence in picked:
            cited = [Citation(source=chunk.source, page=chunk.page, chunk_id=chunk.id, quote=sentence)]
            items = [item for item in list_items(sentence) if item not in said]
            said.update(items)
            if len(items) > 1:  # a list answers best as a list, each item citing the list
                for item in items:
                    draft.say(f"- {label}{readable(item)}", cited)
            elif items:
                draft.say(f"{label}{readable(items[0])}", cited)
        return None

    def lists_continued(self, picked: list[tuple[Chunk, str]],
                        labels: frozenset[str] | None) -> list[tuple[Chunk, str]]:
        """A numbered list cut by a chunk boundary ("1.-3." here, "4. 5." at the top of the next chunk) is quoted
        whole, the rest citing the chunk it is in: the five steps are five, whichever chunk scored best."""
        whole: list[tuple[Chunk, str]] = []
        for chunk, sentence in picked:
            whole.append((chunk, sentence))
            numbers = [int(n) for n in NUMBERED_ITEM.findall(sentence)]
            if len(numbers) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))) \
                    or not chunk.text.rstrip().endswith(sentence.rstrip()):  # the list must run to the chunk's end
                continue
            following = self.retriever.following(chunk, labels=labels)
            rest = next((block for block in list_blocks(following.text)
                         if NUMBERED_ITEM.findall(block)[:1] == [str(numbers[-1] + 1)]), None) if following else None
            if following and rest and following.text.find(rest) <= len(following.text.split("\n", 1)[0]) + 1:
                whole.append((following, rest))  # at the top of the next chunk, under at most a heading line
        return whole

    def policy_rule(self, draft: Draft, route: Route) -> None:
        """Deadlines and cadences the buyer's policy sets, from the policy data with the clause they come from."""
        assert route.policy_topic is not None
        found = draft.call(registry.POLICY_RULE, PolicyRuleRequest(
            topic=route.policy_topic, severity=route.severity, segment=next(iter(route.where.segments), None),
            rmap_status=route.rmap_status, document=route.document_asked,
            supplier=route.supplier.name if route.supplier else None), self.source)
        if route.policy_topic == "capa_deadline":
            if len(found.values) > 1:
                draft.say("Corrective actions are due, counted from the date of the audit report, within",
                          found.values[0].citations)
            for value in found.values:
                said = f"{value.days} days from the date of the audit report" if value.days else "no deadline; " \
                    "it is reviewed at the next scheduled audit"
                contained = f"containment within {value.text}; " if value.text else ""
                draft.say(f"- {value.name}: {contained}{said}" if len(found.values) > 1 else
                          f"A {value.name} finding needs {contained}its corrective action completed, with evidence, "
                          f"within {said}", value.citations)
            if found.escalation:
                draft.say(f"- if it is overdue: {found.escalation.text}", found.escalation.citations)
            if found.closure:
                draft.say(f"- to close it: {found.closure.text}", found.closure.citations)
        elif route.policy_topic == "audit_cadence":
            draft.say("The risk band sets how often a supplier is audited on site", found.values[0].citations)
            for value in [v for v in found.values if not route.bands or v.name in route.bands]:
                draft.say(f"- {value.name}: {value.text}", value.citations)
        elif route.policy_topic == "required_documents":
            if len(found.values) == 1:
                value = found.values[0]
                segment = value.name.replace("_", " ")
                whom = f"{name_of(route.suppliers[0])}, {article(segment)} {segment} supplier" if route.suppliers \
                    else f"{article(segment)} {segment} supplier"
                if value.required is not None and found.document:  # "do we need a CMRT from Sakura?": that one first
                    verdict = "Yes: the onboarding procedure requires" if value.required else \
                        "No: the onboarding procedure does not require"
                    draft.say(f"{verdict} {article(found.document)} {found.document} of {whom}", value.citations)
                draft.say(f"The onboarding procedure requires of {whom}: {value.text}", value.citations)
            else:
                draft.say("The onboarding procedure sets the required documents by segment", found.values[0].citations)
                for value in found.values:
                    draft.say(f"- {value.name.replace('_', ' ')}: {value.text}", value.citations)
        elif route.policy_topic == "rmap_status":
            asked = route.rmap_status is not None
            if not asked:
                draft.say("The minerals policy accepts refiners with these RMAP statuses: " + ", ".join(found.accepted),
                          [c for v in found.values[:1] for c in v.citations])
            for value in found.values:
                meaning = value.text.rstrip(".").replace(". ", "; ") or "not among the statuses the policy accepts"
                if asked:
                    draft.say(f"Yes: the minerals policy accepts a refiner with RMAP status {value.name} - {meaning}"
                              if value.accepted else f"No: RMAP status {value.name} is not among the statuses the "
                              f"minerals policy accepts ({', '.join(found.accepted)})"
                              f" - {meaning}", value.citations)
                else:
                    draft.say(f"- {value.name}: {meaning}", value.citations)
            if found.condition:
                draft.say(f"- {found.condition.text}", found.condition.citations)
        else:
            value = found.values[0]
            draft.say(f"A certificate expiring within {value.days} days is flagged for renewal", value.citations)

    def best_sentences(self, question: str, chunks: list[Chunk], limit: int = 3,
                       beside: frozenset[str] = frozenset(), focus: Focus | None = None) -> list[tuple[Chunk, str]]:
        """The sentences that answer the question best, above the similarity floor; those from chunks only read as
        neighbours of a hit (`beside`) count a little less, so they win only when clearly better, and those holding
        the kind of answer asked for (a place for "where", a span for "how long") count a little more."""
        candidates = [(chunk, sentence) for chunk in chunks
                      for sentence in [*sentence_spans(chunk.text), *list_blocks(chunk.text), *field_lines(chunk.text)]
                      if (3 if FIELD_LINE.match(sentence) else 5) <= len(sentence.split())
                      <= (200 if LIST_ITEM.match(sentence) else 80)
                      and len(FIELD.findall(sentence)) < 3 and not BOILERPLATE.search(sentence)  # no table rows
                      and not sentence.startswith("#")  # nor headings
                      and not shouted(sentence)]  # nor title lines ("FRAMEWORK SUPPLY AGREEMENT No. ...")
        if not candidates:
            return []
        # a sentence is scored with its section heading, which says what it is about ("4 Change management",
        # "The five-step framework" above a list): the nearest heading above it in the chunk, else the chunk's
        headings = [heading_above(c, s) for c, s in candidates]
        texts = [f"{heading}: {' '.join(s.split())}" if heading else " ".join(s.split())
                 for heading, (_, s) in zip(headings, candidates, strict=True)]
        vectors = np.asarray(self.embedder.embed(texts), dtype=np.float32)
        # a question of two parts ("how long does it run and how does renewal work?") is answered part by part
        # (each part with the kind of answer it expects: "which law governs it and where do disputes go?")
        # (a question written as a noun phrase, "Nordvolt payment terms?", asks for that thing)
        asked = [(q, f or phrase_focus(q.lower().strip(" ?"))) for q, f in
                 [(question, focus), *((part, focus_of(part)) for part in question_parts(question))]]
        queries = np.asarray([self.embedder.embed_query(q) for q, _ in asked], dtype=np.float32)
        similar = vectors @ queries.T / np.outer(np.linalg.norm(vectors, axis=1), np.linalg.norm(queries, axis=1))
        pairs = list(zip(headings, [s for _, s in candidates], strict=True))
        gained = np.asarray([bonuses(q, f, pairs) for q, f in asked], dtype=np.float32).T
        by_part = similar + gained - np.asarray([[NEIGHBOUR_HANDICAP] if c.id in beside else [0.0]
                                                 for c, _ in candidates])
        scores = by_part.max(axis=1)
        # each part's best sentence first, so a part with lower similarities is still answered; then the rest
        firsts = list(dict.fromkeys(int(i) for i in by_part.argmax(axis=0))) if len(asked) > 1 else []
        ranked = firsts + sorted((i for i in range(len(candidates)) if i not in firsts), key=lambda i: -scores[i])
        chosen: list[tuple[Chunk, str]] = []
        for i in ranked:
            if len(chosen) == limit:
                break
            if scores[i] < SENTENCE_MIN_SIMILARITY:
                continue
            chunk, sentence = candidates[i]
            if LIST_ITEM.match(sentence) and len(ITEM_LINE.findall(sentence)) == 1:
                # an item of a list: answer with its whole list, where the list qualifies too
                block = next((j for j in ranked if candidates[j][0].id == chunk.id and sentence in candidates[j][1]
                              and candidates[j][1] != sentence and scores[j] >= SENTENCE_MIN_SIMILARITY - 0.1), None)
                if block is not None:
                    chunk, sentence = candidates[block]
            if all(sentence not in s for _, s in chosen):
                chosen = [(c, s) for c, s in chosen if s not in sentence]  # a list replaces its items
                chosen.append((chunk, sentence))
        return chosen


# A heading line: "## Governing law", "Article 11 Governing law", "4.1 Deadlines", "2 Supplier segments" - not a
# numbered list item ("2. Identify and assess risks").
HEADING_LINE = re.compile(r"^[ \t]*(?:#+\s*|(?:Article|Clause|Section|Art\.|§)\s*\d+[\w.]*\s+|\d+(?:\.\d+)+\s+|\d+\s+)"
                          r"([A-Z][^\n.;:]{2,60})[ \t]*$", re.M)


def heading_above(chunk: Chunk, sentence: str) -> str:
    """The heading a sentence stands under: the last heading line before it in its chunk ("Article 11 Governing
    law"), else the chunk's section. A sentence that starts with its own heading line has it already."""
    at = chunk.text.find(sentence)
    headings = [m for m in HEADING_LINE.finditer(chunk.text, 0, at + 1 if at >= 0 else 0)]
    if at >= 0 and any(m.start() >= at for m in HEADING_LINE.finditer(chunk.text, at, at + len(sentence))):
        return ""
    if not headings:
        return chunk.section
    heading = headings[-1].group(0).strip().lstrip("#").strip()
    parents = chunk.section.rsplit(" > ", 1)[0] if " > " in chunk.section else ""  # "Title > Section": keep the title
    return f"{parents} > {heading}" if parents else heading


def shouted(text: str) -> bool:
    """A line mostly in capitals: a document's title or running header, not a sentence that answers anything."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.5 * len(letters)


def sentence_spans(text: str) -> list[str]:
    """Sentences, list items and headings, each a verbatim slice of the text (so it can be quoted).
    A decimal point is not a boundary; a line break before a bullet or a numbered item is, and so is the end of a
    heading line ("## When it applies" stands apart from the sentence under it)."""
    ends = {m.start() for m in BOUNDARY.finditer(text)} | {m.end() for m in MARKDOWN_HEADING.finditer(text)}
    cuts = [0, *sorted(ends), len(text)]
    return [text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


MARKDOWN_HEADING = re.compile(r"^#+ [^\n]*\n", re.M)


LIST_ITEM = re.compile(r"\s*(?:[-*•]|\d+[.)])\s")
NUMBERED_ITEM = re.compile(r"^[ \t]*(\d+)[.)]\s", re.M)
ITEM_LINE = re.compile(r"^[ \t]*(?:[-*•]|\d+[.)])\s", re.M)  # items start lines ("risks** — " is bold, not a bullet)
PARAGRAPH = re.compile(r"\n\s*\n|\n(?=#)")


def list_blocks(text: str) -> list[str]:
    """Whole lists (a paragraph whose lines are items), verbatim, so "what are the five steps" can be
    answered by the list of steps rather than one of them."""
    cuts = [0, *(m.start() for m in PARAGRAPH.finditer(text)), len(text)]
    blocks = [text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False)]
    blocks = [b.split("\n", 1)[1].strip() if b.startswith("#") and "\n" in b else b for b in blocks]  # heading off
    return [b for b in blocks if LIST_ITEM.match(b) and len(ITEM_LINE.findall(b)) >= 2]


FIELD_LINE = re.compile(r"[A-Z][\w ()/-]{1,40}: \S")


def field_lines(text: str) -> list[str]:
    """The lines of a form or profile ("Address: ...", "Contact: name: ...; role: ..."), each a candidate answer: the
    sentence splitter keeps a block of such lines whole, and a block of fields reads as a table row."""
    lines = [line.strip() for line in text.splitlines()]
    return [line for line in lines if FIELD_LINE.match(line)] if sum(map(bool, map(FIELD_LINE.match, lines))) >= 3 \
        else []


UNIT_KEY = re.compile(r"\b([a-z]\w*?)_(ah|mah|v|wh|kwh|kg|g|mm|pct|ppm|days)\b: ([\d.]+)")
UNITS = {"ah": "Ah", "mah": "mAh", "v": "V", "wh": "Wh", "kwh": "kWh", "kg": "kg", "g": "g", "mm": "mm", "pct": "%",
         "ppm": "ppm", "days": "days"}


def readable(text: str) -> str:
    """A record's field names as words, their unit after the figure ("capacity_ah: 314" -> "capacity: 314 Ah")."""
    text = UNIT_KEY.sub(lambda m: f"{m.group(1)}: {m.group(3)} {UNITS[m.group(2)]}", text)
    return re.sub(r"\b([a-z]+)_([a-z_]+)(?=: )", lambda m: m.group(0).replace("_", " "), text)


def list_items(block: str) -> list[str]:
    if not LIST_ITEM.match(block):
        return [" ".join(block.split()).replace("**", "")]
    items = re.split(r"\n(?=\s*(?:[-*•]|\d+[.)])\s)", block)
    return [" ".join(LIST_ITEM.sub("", item, count=1).split()).replace("**", "") for item in items if item.strip()]


RECORD_KEY = re.compile(r"(?:^\s*(?:[-*•]\s*)?|;\s*)([a-z][\w ]{0,30}?):\s")


# Where a question of two parts divides: "how long does it run and how does renewal work?", "who audited them? when?"
PART_BREAK = re.compile(r"\?\s+(?=\w)|\s(?:and|&|plus)\s+(?=(?:how|what|when|where|who|which|why|is|are|does|do|did|"
                        r"can|was|were)\b)", re.I)


def question_parts(question: str) -> list[str]:
    """The parts of a question that asks two things; none for a question that asks one."""
    parts = [part.strip(" ?,;") for part in PART_BREAK.split(question)]
    return [part for part in parts if len(part.split()) >= 2] if len(parts) > 1 else []


NUMBERED_LINE = r"[ \t]*(?:(?:Clause|Section|Article|Art\.|§)\s*)?"


def numbered_clause(chunks: list[Chunk], number: str) -> tuple[Chunk, str] | None:
    """The paragraph a document numbers so ("7.3 Service credit. If ..."), up to the next numbered line, from the
    first chunk holding it."""
    pattern = re.compile(rf"(?m)^{NUMBERED_LINE}{re.escape(number)}(?![\d.(])[^\n]*(?:\n(?!{NUMBERED_LINE}\d+(?:\.\d+)*"
                         rf"[\s(])[^\n]+)*")
    for chunk in chunks:
        if (found := pattern.search(chunk.text)) and len(found.group(0).split()) > 3:
            return chunk, found.group(0).strip()[:800]
    return None


def unsure(line: Line) -> bool:
    """A line that says what is not known: a question a declaration left unanswered, an origin not given."""
    return line.kind in ("minerals_gap", "origin") or line.status == "unknown" or line.kind == "smelter" \
        and line.status == "info"


def record_holds(sentence: str, focus: Focus | None) -> bool:
    """A record of fields ("model: HX-LFP280; type: ...; capacity_ah: 280") answers a question only if it has the
    field asked for: a product's capacity is not its price. Prose is judged by its similarity alone."""
    keys = RECORD_KEY.findall(sentence)
    if len(keys) < 2 or focus is None or focus.kind != "thing" or focus.head is None:
        return True
    stem = focus.head[:max(3, min(len(focus.head) - 1, 6))]
    return any(stem in key.lower() for key in keys)


def certificate_summary(lines: list[Line]) -> str:
    """A supplier's certificates in a few words: "3 valid, 1 expired", or "none on file"."""
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.status] = counts.get(line.status, 0) + 1
    return ", ".join(f"{n} {status}" for status, n in counts.items()) or "none on file"


def article(word: str) -> str:
    """"a" or "an" as the word is said: "an electronics", "a cell", "an EMRT", "an ISO 45001", "a UN 38.3"."""
    spoken = word.split()[0] if word.split() else word
    vowel_sound = spoken[:1].upper() in "AEFHILMNORSX" if spoken.isupper() else spoken[:1].lower() in "aeio"
    return "an" if vowel_sound else "a"


UNIT_ASKED = re.compile(r"\b(?:in|per|of)\s+(gwh|mwh|kwh|tonnes|tons|kg|ppm|kg co2e?)\b", re.I)
PRICE = re.compile(r"\b(?:EUR|USD|GBP|CHF|CNY|JPY|price[sd]?|pricing|cost|paid|payment|invoice[sd]?)\b|[€$£¥]", re.I)


def answers_asked(sentence: str, route: Route, chunks: list[Chunk]) -> bool:
    """A quoted sentence answers only about what the question names: the model asked ("KC-NMC-50P", not the 30P),
    a name that the retrieved documents hold somewhere (one they never mention - "Thomas Becker" - has no answer
    here), the thing counted ("how many people": a sentence without people is an address), a price."""
    said = sentence.lower()
    models = [item for item in route.items if not STANDARD.fullmatch(item)  # a product code, not "5-step"
              and len(re.findall(r"\d", item)) >= 2 and len(re.findall(r"[A-Z]", item)) >= 2]
    if models and not any(re.sub(r"[\s-]", "", m.lower()) in re.sub(r"[\s-]", "", said) for m in models):
        return False
    seen = " ".join(c.text.lower() for c in chunks)
    if any(name.lower() not in seen for name in route.names_asked):
        return False
    # a figure in the unit asked ("capacity in GWh"): a sentence in another unit (a cell's 280 Ah) is a nearby fact
    if (unit := UNIT_ASKED.search(route.question)) and not re.search(rf"\d\s*{unit.group(1)}\b|\b{unit.group(1)}\b",
                                                                     said, re.I):
        return False
    focus = route.focus
    if focus is not None and focus.kind == "count" and focus.words:
        counted = focus.words[0]
        if counted[:max(4, len(counted) - 2)] not in said:
            return False
    return not route.money_asked or PRICE.search(sentence) is not None


def quarter_months(quarter: str | None, as_of: dt.date) -> list[str]:
    """The months of a period as asked (`interpret.period_asked`): "2026-Q3" -> 2026-07..09; "*-Q3" the latest third
    quarter that has begun by the as-of date; "last" the quarter before the as-of date's; "this" the as-of date's;
    "2026-01..2026-10" those months ("*" the latest such range that has begun); "ytd" January to the as-of month."""
    if quarter is None:
        return []
    if quarter == "ytd":
        return [f"{as_of.year}-{month:02d}" for month in range(1, as_of.month + 1)]
    if ".." in quarter:
        start, end = quarter.split("..")
        first, last = int(start[-2:]), int(end[-2:])
        year = int(start[:4]) if not start.startswith("*") else as_of.year if first <= as_of.month else as_of.year - 1
        return [f"{year}-{month:02d}" for month in range(first, last + 1)]
    current = (as_of.month - 1) // 3 + 1
    if quarter in ("last", "this"):
        number, year = (current, as_of.year) if quarter == "this" else \
            ((current - 1, as_of.year) if current > 1 else (4, as_of.year - 1))
    else:
        said, number = quarter.split("-Q")[0], int(quarter.split("-Q")[1])
        year = int(said) if said != "*" else as_of.year if number <= current else as_of.year - 1
    return [f"{year}-{month:02d}" for month in range(3 * number - 2, 3 * number + 1)]


def resolve_month(month: str | None, as_of: dt.date) -> str | None:
    """A month asked without a year is the latest such month before the as-of date ("in July")."""
    if month is None or not month.startswith("*"):
        return month
    number = int(month[2:])
    return f"{as_of.year if number < as_of.month else as_of.year - 1}-{number:02d}"


def names_item(line: Line, item: str) -> bool:
    """Whether a line is about a standard or model ("ISO 9001" names "ISO 9001:2015 ACS-Q-..."; "UL 9540" does not
    name "UL 9540A")."""
    return names(f"{line.topic} {line.text}", item)


PARTICULARS = re.compile(r"^lab|laborator|issu|body$|sign|review|result|outcome|number|scope|holder")


def asks_particulars(route: Route) -> bool:
    """Who issued, tested or signed a document, or what a test showed ("Which laboratory tested ...?")."""
    focus = route.focus
    return focus is not None and (focus.kind == "person" or any(PARTICULARS.search(w) for w in focus.words))


def said_once(flagged: list[tuple[str, Line]]) -> tuple[list[tuple[str, Line]], dict[int, list[Line]]]:
    """The flags without the lines that repeat an item an earlier line states (the same item from two documents, the
    EMRT and the prose statement both naming ASM; or one line both blocking and a gap): said once, where it first
    stands - and, by the id of each line kept, the other lines that state it."""
    first: dict[tuple[tuple[str, str, str], str], Line] = {}
    once: list[tuple[str, Line]] = []
    repeats: dict[int, list[Line]] = {}
    for prefix, line in flagged:
        key = (line.identity(), line.status)
        if key not in first:
            first[key] = line
            once.append((prefix, line))
            repeats[id(line)] = []
        elif line is not first[key]:
            repeats[id(first[key])].append(line)
    return once, repeats


def renumbered(part: Draft, numbering: Numbering) -> list[str]:
    """A draft's lines with its [n] marks numbered into another answer's numbering."""
    numbers = {f"[{c.n}]": f"[{numbering.number(c)}]" for c in part.citations}
    return [re.sub(r"\[\d+\]", lambda mark: numbers.get(mark.group(0), ""), line) for line in part.lines]


def without_names(question: str, supplier: Supplier, description: str | None = None) -> str:
    """The question without the words that name the supplier, or describe it ("our vietnamese cell supplier")."""
    text = question
    for name in sorted([*supplier.names(), *([description] if description else [])], key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?:'s)?(?!\w)", " ", text, flags=re.I)  # "Toreli (China)" too
    return " ".join(text.split()) or question

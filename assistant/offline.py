"""The offline engine: no language model. The question is routed to the deterministic tools (their
lines carry their own citations) or, for general questions, answered extractively from the best
matching sentences of retrieved chunks, each cited. The first sentence answers; details follow."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from pydantic import BaseModel

from assistant.answers import NO_ACCESS, REFUSAL, Citation, Principal, ToolCall
from ingest.facts.registry import Supplier
from ingest.models import Chunk
from ingest.retrieval import Mode, Retriever
from tools.assessment import Assessment, Line
from tools.checklist import ChecklistRequest, evaluate_checklist
from tools.citations import Citation as Source
from tools.remediation import RemediationRequest, draft_remediation
from tools.risk import RiskRequest, rank_suppliers, score_risk
from tools.sla import METRIC_NAMES, SlaRequest, lookup_sla
from tools.source import FactSource
from tools.summary import SummaryRequest, summarize

SENTENCE_MIN_SIMILARITY = 0.45  # below this, a retrieved sentence does not answer the question
METRIC_WORDS = ("late", "penalty", "credit", "ppm", "defect", "warranty", "8d", "acknowledg", "complaint", "change",
                "pcn", "otd", "on-time", "on time", "delivery")  # most specific first: "late-delivery" is late
BOUNDARY = re.compile(r"(?<=[.!?])(?<!\b\d\.)(?=\s)|\n(?=\s*(?:[-*•#]|\d+[.)]\s|\n|Step \d))")
BOILERPLATE = re.compile(r"\bPage \d+\b|Document ID|Controlled copy|internal governance document|Version \d[\d.]* ·")
FIELD = re.compile(r"\b[A-Z][\w ()]{1,30}: ")
OUR_RULES = re.compile(r"\bour (?:[\w-]+ ){0,3}(?:policy|policies|procedure|rules?|standard)\b"
                       r"|\bdo we (?:require|allow)\b", re.I)
YES_NO = re.compile(r"(does|do|is|are|has|have)\b")
MINERALS = ("cobalt", "lithium", "nickel", "graphite", "copper", "mica", "manganese", "tin", "tantalum", "tungsten",
            "gold")


@dataclass
class Draft:
    """An answer being written: text with [n] markers, its numbered citations, tool calls, chunks seen."""

    lines: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    tool_calls: list[ToolCall] = field(default_factory=list)
    chunks: dict[str, Chunk] = field(default_factory=dict)  # retrieved in this turn
    refused: bool = False
    supplier: str | None = None

    def ref(self, sources: list[Source]) -> str:
        marks = []
        for source in sources:
            if not source.chunk_id or not source.quote:
                continue  # a policy rule whose document is not stored cannot be cited
            existing = next((c for c in self.citations if c.chunk_id == source.chunk_id and c.quote == source.quote),
                            None)
            if existing is None:
                existing = Citation(n=len(self.citations) + 1, source=source.source, page=source.page,
                                    chunk_id=source.chunk_id, quote=source.quote)
                self.citations.append(existing)
            marks.append(f"[{existing.n}]")
        return "".join(dict.fromkeys(marks))

    def say(self, text: str, sources: list[Source]) -> None:
        refs = self.ref(sources)
        self.lines.append(f"{text.rstrip('.')} {refs}." if refs and not text.startswith("- ") else
                          f"{text} {refs}".rstrip())

    def call(self, tool: str, request: BaseModel, run: Callable[[Any, FactSource], BaseModel],
             source: FactSource) -> Any:
        report = run(request, source)
        self.tool_calls.append(ToolCall(tool=tool, input=request.model_dump(mode="json"),
                                        output=report.model_dump(mode="json")))
        return report

    def record(self, tool: str, arguments: dict[str, Any], output: dict[str, Any]) -> None:
        self.tool_calls.append(ToolCall(tool=tool, input=arguments, output=output))

    def refuse(self, text: str = REFUSAL) -> None:
        self.lines = [text]
        self.refused = True

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def cites(line: Line) -> list[Source]:
    return line.citations + line.rules


def name_of(supplier: Supplier) -> str:
    return supplier.legal_name or supplier.name


class OfflineEngine:
    def __init__(self, source: FactSource, retriever: Retriever, embedder: Any):
        self.source, self.retriever, self.embedder = source, retriever, embedder

    # -- per-supplier intents -----------------------------------------------------------------------------
    def onboarding(self, draft: Draft, supplier: Supplier, question: str, as_of: dt.date) -> None:
        card = draft.call("summarize_supplier", SummaryRequest(supplier=supplier.name, as_of=as_of), summarize,
                          self.source)
        release = card.release
        problems = [line for _, lines in card.sections() for line in lines
                    if line.status in ("expired", "unknown", "missing", "failed", "incomplete", "overdue")
                    or (line.kind == "code_of_conduct" and line.status == "gap")]
        risks = [line for line in card.minerals + card.gaps if line.status in ("risk", "gap")]
        if release is None:
            draft.say(f"{name_of(supplier)}'s segment is not stated in its profile, so its required documents cannot "
                      "be checked", [])
        elif release.status == "ready":
            draft.say(f"Yes: {name_of(supplier)} meets the release conditions of the onboarding procedure - "
                      "required documents present and valid, no critical finding open, no major finding overdue",
                      release.rules + [c for line in card.certificates[:3] for c in line.citations[:1]])
        elif release.status == "review":
            draft.say(f"Not without a decision: {name_of(supplier)}'s documents are complete, but {len(risks)} risk "
                      "item(s) need a decision first", release.rules + [c for line in risks[:2] for c in cites(line)])
        else:
            shipping = "ship" in question.lower()
            lead = "No" if shipping or "clear" in question.lower() or "ready" in question.lower() else "Not yet"
            draft.say(f"{lead}: {name_of(supplier)} is not ready for serial supply - {len(problems)} blocking "
                      "item(s)", release.rules + [c for line in problems[:1] for c in line.citations])
        for line in (problems or risks)[:8]:
            draft.say(f"- {line.text}", cites(line))

    def checklist(self, draft: Draft, supplier: Supplier, question: str, as_of: dt.date) -> None:
        report = draft.call("evaluate_checklist", ChecklistRequest(supplier=supplier.name, as_of=as_of),
                            evaluate_checklist, self.source)
        failing = [i for i in report.items if i.verdict in ("fail", "missing evidence")]
        counts = ", ".join(f"{n} {v}" for v, n in report.counts.items())
        lead = failing[0] if failing else report.items[0]
        draft.say(f"{name_of(supplier)} governance checklist: {counts}; first open item - {lead.label}: "
                  f"{lead.reason}", lead.citations + lead.rules)
        for item in failing[1:10]:
            draft.say(f"- {item.verdict}: {item.label} - {item.reason}", item.citations + item.rules)

    def risk(self, draft: Draft, supplier: Supplier, question: str, as_of: dt.date) -> None:
        report = draft.call("score_risk", RiskRequest(supplier=supplier.name, as_of=as_of), score_risk, self.source)
        top = report.factors[:1]
        draft.say(f"{name_of(supplier)} has a risk score of {report.score}/100 ({report.band} risk); the policy "
                  f"sets on-site audits {report.audit_cadence}", report.rules + [c for f in top for c in f.citations])
        for factor in report.factors[:6]:
            draft.say(f"- {factor.points} points, {factor.category.replace('_', ' ')}: {factor.text}",
                      factor.citations + factor.policy)
        for note in report.not_scored:
            draft.lines.append(f"Not scored: {note}.")

    def sla(self, draft: Draft, supplier: Supplier, question: str, as_of: dt.date) -> None:
        metric = next((METRIC_NAMES[word] for word in METRIC_WORDS if re.search(rf"\b{re.escape(word)}",
                                                                                 question.lower())), None)
        report = draft.call("lookup_sla", SlaRequest(supplier=supplier.name, metric=metric, as_of=as_of), lookup_sla,
                            self.source)
        if not report.clauses:
            if report.withheld.get("contract"):
                draft.refuse(NO_ACCESS)
            else:
                draft.refuse(f"I found no {(metric or 'SLA').replace('_', ' ')} clause in {name_of(supplier)}'s "
                             "supply agreement.")
            return
        for clause in report.clauses[:6]:
            draft.say(f"{name_of(supplier)}, {clause.contract_number or 'supply agreement'} {clause.text}",
                      clause.citations)
            if clause.breached and clause.metric in ("on_time_delivery", "defect_ppm"):
                windows = [w for w in clause.windows if w.met is False]
                draft.say(f"- missed in {len(windows)} month(s): " + ", ".join(f"{w.window} {w.actual:g}"
                                                                               for w in windows),
                          [c for w in windows for c in w.citations])
                for w in windows:
                    if w.remedy_basis:
                        draft.say(f"- {w.window}: service credit {w.remedy_basis}", w.citations + clause.citations)
            if clause.remedy_total is not None:
                draft.say(f"- service credits in all: {clause.remedy_total:,.0f}", clause.citations)
            if clause.note and clause.metric == "late_delivery_penalty" and clause.breached:
                draft.say(f"- {clause.note}", clause.citations)
        if report.development_plan and (metric in (None, "on_time_delivery", "defect_ppm")):
            draft.say(report.development_plan.text, cites(report.development_plan))

    def remediation(self, draft: Draft, supplier: Supplier, question: str, as_of: dt.date) -> None:
        plan = draft.call("draft_remediation", RemediationRequest(supplier=supplier.name, as_of=as_of),
                          draft_remediation, self.source)
        actions = [a for a in plan.actions if a.overdue] if "overdue" in question.lower() else plan.actions
        if not actions:
            which = "overdue corrective actions" if "overdue" in question.lower() else "corrective actions"
            nothing = plan.actions[:1]
            draft.say(f"{name_of(supplier)} has no {which}" + (f"; the next one is due {nothing[0].due}"
                                                                if nothing else ""),
                      [c for a in nothing for c in a.citations])
            return
        label = "overdue corrective action(s)" if "overdue" in question.lower() else "corrective action(s)"
        draft.say(f"{name_of(supplier)} has {len(actions)} {label}; the most severe: {actions[0].why}",
                  actions[0].citations + actions[0].rules)
        for action in actions[:8]:
            late = f"; if late: {action.escalation}" if action.escalation else ""
            draft.say(f"- {action.action} - owner {action.owner}, due {action.due} ({action.due_basis}){late}",
                      action.citations + action.rules)

    def documents(self, draft: Draft, supplier: Supplier, question: str, as_of: dt.date) -> None:
        card = draft.call("summarize_supplier", SummaryRequest(supplier=supplier.name, as_of=as_of), summarize,
                          self.source)
        lowered = question.lower()
        if re.search(r"38\.3|test|62133|9540|safety", lowered):
            lines, what = card.tests, "transport and safety tests"
        elif re.search(r"audit|finding", lowered):
            lines, what = card.findings, "audit findings"
        else:
            lines, what = card.certificates, "certificates"
        problems = [line for line in lines if line.status in ("expired", "unknown", "missing", "failed",
                                                                  "incomplete", "overdue", "expiring", "open")]
        if not lines:
            draft.refuse(f"I found no {what} for {name_of(supplier)} in the documents.")
            return
        if problems:
            verdict = "No" if YES_NO.match(lowered) else "Not all"
            draft.say(f"{verdict}: {name_of(supplier)} - {problems[0].text}", cites(problems[0]))
        else:
            draft.say(f"Yes: {name_of(supplier)}'s {what} are in order - {lines[0].text}", cites(lines[0]))
        for line in (problems[1:] if problems else lines[1:])[:8]:
            draft.say(f"- {line.text}", cites(line))
        if problems:
            for line in [x for x in lines if x not in problems][:4]:
                draft.say(f"- {line.text}", cites(line))

    def minerals(self, draft: Draft, supplier: Supplier, question: str, as_of: dt.date) -> None:
        card = draft.call("summarize_supplier", SummaryRequest(supplier=supplier.name, as_of=as_of), summarize,
                          self.source)
        named = [m for m in MINERALS if m in question.lower()]
        lines = [line for line in card.minerals if not named or any(m in line.text.lower() for m in named)
                 or line.kind in ("artisanal", "declaration")]
        if not lines:
            draft.refuse(f"I found no minerals declaration for {name_of(supplier)}.")
            return
        risky = [line for line in lines if line.status in ("risk", "gap")]
        lead = risky[0] if risky else lines[0]
        draft.say(f"{name_of(supplier)}: {lead.text}", cites(lead))
        for line in [x for x in lines if x is not lead][:8]:
            draft.say(f"- {line.text}", cites(line))

    # -- across suppliers ---------------------------------------------------------------------------------
    def comparison(self, draft: Draft, question: str, as_of: dt.date) -> None:
        lowered = question.lower()
        minerals = [m for m in MINERALS if m in lowered]
        wanted: Callable[[Line], bool]
        if re.search(r"risk|rank|riskiest|score", lowered) and not re.search(r"conflict|cahra|artisanal", lowered):
            self.ranking(draft, lowered, as_of)
            return
        if re.search(r"conflict|cahra|high-risk area", lowered):
            what = f"{' and '.join(minerals) or 'minerals'} from conflict-affected or high-risk areas"
            wanted = lambda line: line.kind == "cahra" and (not minerals or line.topic.lower() in minerals)  # noqa: E731
        elif re.search(r"artisanal|\basm\b", lowered):
            what, wanted = "artisanal or small-scale mining in their supply chain", \
                lambda line: line.kind == "artisanal"
        elif "expir" in lowered and re.search(r"soon|within|next|renew", lowered):
            what, wanted = "certificates expiring soon", \
                lambda line: line.kind == "certificate" and line.status == "expiring"
        elif "expir" in lowered:
            what, wanted = "expired certificates", lambda line: line.kind == "certificate" and line.status == "expired"
        elif "overdue" in lowered:
            what, wanted = "overdue corrective actions", lambda line: line.status == "overdue"
        elif re.search(r"38\.3|test summar", lowered):
            what, wanted = "missing or incomplete UN 38.3 test summaries", \
                lambda line: line.kind == "transport_test" and line.status in ("missing", "incomplete", "failed")
        elif re.search(r"single.?sourc", lowered):
            self.single_sourced(draft)
            return
        elif re.search(r"not ready|cleared|ready|release|onboard", lowered):
            self.readiness(draft, lowered, as_of)
            return
        else:
            self.ranking(draft, lowered, as_of)
            return
        matches: list[tuple[Supplier, list[Line]]] = []
        for supplier in self.source.registry.suppliers:
            facts = self.source.supplier_facts(supplier.name)
            assessment = Assessment(facts, self.source.policy, self.source.rule, as_of)
            lines = [x for x in assessment.all_lines() if wanted(x)]
            if lines:
                matches.append((supplier, lines))
        draft.record("compare_suppliers", {"question": question, "as_of": str(as_of)},
                     {"count": len(matches), "matches": [{"supplier": s.name, "lines": [x.model_dump(mode="json")
                                                                                       for x in lines]}
                                                         for s, lines in matches]})
        if not matches:
            draft.refuse(f"No supplier's documents show {what}.")
            return
        draft.say(f"{len(matches)} supplier(s) show {what}: " + ", ".join(name_of(s) for s, _ in matches),
                  [c for _, lines in matches for c in lines[0].citations[:1]])
        for supplier, lines in matches:
            for line in lines[:3]:
                draft.say(f"- {name_of(supplier)}: {line.text}", cites(line))

    def ranking(self, draft: Draft, lowered: str, as_of: dt.date) -> None:
        ranking = rank_suppliers(as_of, self.source)
        draft.record("score_risk", {"all": True, "as_of": str(as_of)}, ranking.model_dump(mode="json"))
        bands = [b for b in ("critical", "high", "medium", "low") if b in lowered]
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

    def readiness(self, draft: Draft, lowered: str, as_of: dt.date) -> None:
        cards = [summarize(SummaryRequest(supplier=s.name, as_of=as_of), self.source)
                 for s in self.source.registry.suppliers]
        wanted = "ready" if re.search(r"(?<!not )\bready\b|cleared", lowered) and "not" not in lowered else "not ready"
        chosen = [c for c in cards if c.release and c.release.status == wanted]
        draft.record("summarize_supplier", {"all": True, "as_of": str(as_of)},
                     {"count": len(chosen), "cards": [c.model_dump(mode="json") for c in chosen]})
        if not chosen:
            draft.refuse(f"No supplier is {wanted} for serial supply.")
            return
        draft.say(f"{len(chosen)} supplier(s) {'are' if wanted == 'ready' else 'are not'} ready for serial supply: "
                  + ", ".join(c.legal_name or c.supplier or "?" for c in chosen),
                  [r for c in chosen[:1] if c.release for r in c.release.rules])
        for card in chosen:
            release = card.release
            assert release is not None
            first = next((line for _, lines in card.sections() for line in lines
                          if line.status in ("expired", "missing", "overdue", "incomplete", "failed")), None)
            draft.say(f"- {card.legal_name or card.supplier}: {release.text}",
                      (first.citations if first else []) + release.rules)

    def single_sourced(self, draft: Draft) -> None:
        found = [(s, p) for s in self.source.registry.suppliers
                 if (p := self.source.profile(s.name)) and p.single_sourced_parts]
        draft.record("single_sourced_parts", {}, {"count": len(found), "suppliers": {
            s.name: p.single_sourced_parts for s, p in found}})
        if not found:
            draft.refuse("No supplier profile lists a single-sourced part.")
            return
        from tools.citations import cite

        draft.say(f"{len(found)} supplier(s) list single-sourced parts: " + ", ".join(name_of(s) for s, _ in found),
                  [c for _, p in found for c in cite(p, "single_sourced_parts")])
        for supplier, profile in found:
            draft.say(f"- {name_of(supplier)}: {', '.join(profile.single_sourced_parts)}",
                      cite(profile, "single_sourced_parts"))

    # -- general questions: extractive ---------------------------------------------------------------------
    def general(self, draft: Draft, question: str, principal: Principal, supplier: Supplier | None,
                top_k: int, mode: Mode = "hybrid") -> None:
        if self.policy_rule(draft, question):
            return
        doc_type = "policy" if OUR_RULES.search(question) else None
        hits = self.retriever.search(question, k=top_k, labels=principal.labels, doc_type=doc_type,
                                     supplier=supplier.name if supplier else None, mode=mode)
        if supplier and not hits:
            hits = self.retriever.search(question, k=top_k, labels=principal.labels, mode=mode)
        for hit in hits:
            draft.chunks[hit.chunk.id] = hit.chunk
        # scored without the supplier's name: a sentence must match what is asked, not just whom it is about
        topic = without_names(question, supplier) if supplier else question
        picked = self.best_sentences(topic, [h.chunk for h in hits])
        if not picked:
            if principal.labels is not None and self.best_sentences(
                    question, [h.chunk for h in self.retriever.search(question, k=top_k)
                               if h.chunk.id not in draft.chunks]):
                draft.refuse(NO_ACCESS)
                return
            closest = ", ".join(dict.fromkeys(h.chunk.source for h in hits[:3]))
            draft.refuse(REFUSAL + (f" The closest documents were: {closest}." if closest else ""))
            return
        said: set[str] = set()
        for chunk, sentence in picked:
            cited = [Source(source=chunk.source, page=chunk.page, chunk_id=chunk.id, quote=sentence)]
            items = [item for item in list_items(sentence) if item not in said]
            said.update(items)
            if len(items) > 1:  # a list answers best as a list, each item citing the list
                for item in items:
                    draft.say(f"- {item}", cited)
            elif items:
                draft.say(items[0], cited)

    def policy_rule(self, draft: Draft, question: str) -> bool:
        """Deadlines and cadences the buyer's policy sets, answered from the policy data with the clause
        it comes from: "How long does a supplier have to close a major finding?"."""
        policy, lowered = self.source.policy, question.lower()
        severity = next((s for s in ("critical", "major", "minor", "observation") if s in lowered), None)
        if severity and re.search(r"finding|corrective|capa|fix|close|non-?conformit", lowered) and \
                re.search(r"how long|how many days|deadline|due|within|time", lowered):
            days = policy.capa.days.get(severity)
            said = f"{days} days from the date of the audit report" if days else "no deadline; it is reviewed at " \
                "the next scheduled audit"
            draft.record("policy_rules", {"rule": "capa", "severity": severity}, {"days": days})
            draft.say(f"A {severity} finding's corrective action is due within {said}",
                      [self.source.rule(policy.capa.rule)])
            escalation = policy.capa.escalation.get(severity)
            if escalation and days:
                draft.say(f"- if it is overdue: {escalation.action}", [self.source.rule(escalation.rule)])
            return True
        if re.search(r"how often|cadence|frequen", lowered) and "audit" in lowered:
            draft.record("policy_rules", {"rule": "audit cadence"},
                         {band: c.model_dump() for band, c in policy.risk.cadence.items()})
            draft.say("The risk band sets how often a supplier is audited on site",
                      [self.source.rule(policy.risk.cadence_rule)])
            for band, cadence in policy.risk.cadence.items():
                draft.say(f"- {band}: {cadence.audit}; document review {cadence.review}",
                          [self.source.rule(policy.risk.cadence_rule)])
            return True
        if re.search(r"renew|expir", lowered) and re.search(r"how (?:long|many days)|window|flag|warn", lowered):
            days = policy.certificates.renewal_window_days
            draft.record("policy_rules", {"rule": "renewal window"}, {"days": days})
            draft.say(f"A certificate expiring within {days} days is flagged for renewal",
                      [self.source.rule(policy.certificates.rule)])
            return True
        return False

    def best_sentences(self, question: str, chunks: list[Chunk], limit: int = 3) -> list[tuple[Chunk, str]]:
        candidates = [(chunk, sentence) for chunk in chunks
                      for sentence in [*sentence_spans(chunk.text), *list_blocks(chunk.text)]
                      if 6 <= len(sentence.split()) <= (200 if LIST_ITEM.match(sentence) else 80)
                      and len(FIELD.findall(sentence)) < 3 and not BOILERPLATE.search(sentence)  # no table rows
                      and not sentence.startswith("#")]  # nor headings
        if not candidates:
            return []
        # a sentence is scored with its section heading, which says what it is about ("4 Change management",
        # "The five-step framework" above a list)
        texts = [(f"{c.section}: " if c.section else "") + " ".join(s.split()) for c, s in candidates]
        vectors = np.asarray(self.embedder.embed(texts), dtype=np.float32)
        query = np.asarray(self.embedder.embed_query(question), dtype=np.float32)
        scores = vectors @ query / (np.linalg.norm(vectors, axis=1) * np.linalg.norm(query))
        ranked = sorted(range(len(candidates)), key=lambda i: -scores[i])
        chosen: list[tuple[Chunk, str]] = []
        for i in ranked:
            if scores[i] < SENTENCE_MIN_SIMILARITY or len(chosen) == limit:
                break
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


def sentence_spans(text: str) -> list[str]:
    """Sentences, list items and headings, each a verbatim slice of the text (so it can be quoted).
    A decimal point is not a boundary; a line break before a bullet or a numbered item is."""
    cuts = [0, *sorted({m.start() for m in BOUNDARY.finditer(text)}), len(text)]
    return [text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


LIST_ITEM = re.compile(r"\s*(?:[-*•]|\d+[.)])\s")
ITEM_LINE = re.compile(r"^[ \t]*(?:[-*•]|\d+[.)])\s", re.M)  # items start lines ("risks** — " is bold, not a bullet)
PARAGRAPH = re.compile(r"\n\s*\n|\n(?=#)")


def list_blocks(text: str) -> list[str]:
    """Whole lists (a paragraph whose lines are items), verbatim, so "what are the five steps" can be
    answered by the list of steps rather than one of them."""
    cuts = [0, *(m.start() for m in PARAGRAPH.finditer(text)), len(text)]
    blocks = [text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False)]
    blocks = [b.split("\n", 1)[1].strip() if b.startswith("#") and "\n" in b else b for b in blocks]  # heading off
    return [b for b in blocks if LIST_ITEM.match(b) and len(ITEM_LINE.findall(b)) >= 2]


def list_items(block: str) -> list[str]:
    if not LIST_ITEM.match(block):
        return [" ".join(block.split())]
    items = re.split(r"\n(?=\s*(?:[-*•]|\d+[.)])\s)", block)
    return [" ".join(LIST_ITEM.sub("", item, count=1).split()).replace("**", "") for item in items if item.strip()]


def without_names(question: str, supplier: Supplier) -> str:
    text = question
    for name in sorted(supplier.names(), key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(name)}(?:'s)?\b", " ", text, flags=re.I)
    return " ".join(text.split()) or question

"""The assistant end to end on the sample corpus: each intent answered with the right source, follow-ups,
refusals, access, the prompt-injection supplier, the citation validator, the LLM engine driven by a
scripted chat model through the real agent loop, fallback, conversations and the audit log."""

import datetime as dt
import json
import re
import time
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import FakeMessagesListChatModel
from langchain_core.messages import AIMessage

from assistant.answers import NO_ACCESS, REFUSAL, Answer, validate
from assistant.application import Application
from assistant.engine import Assistant
from assistant.interpret import Intent
from assistant.memory import Memory
from conftest import CORPUS, ROOT
from core.access import Principal
from core.citations import Cited
from core.settings import Settings
from tools.selection import SupplierFilter

AS_OF = dt.date(2026, 11, 15)


class Scripted(FakeMessagesListChatModel):
    """The only fake: a chat model that plays back scripted messages (tool calls, then an answer)."""

    def bind_tools(self, tools: Any, **kwargs: Any) -> "Scripted":
        return self


class Slow(Scripted):
    def _generate(self, *args: Any, **kwargs: Any) -> Any:
        time.sleep(3)
        return super()._generate(*args, **kwargs)


@pytest.fixture(scope="module")
def assistant(corpus_index, tmp_path_factory):
    settings = Settings(log_dir=tmp_path_factory.mktemp("logs"), as_of=AS_OF)
    app = Application(settings, index=corpus_index)
    yield app.assistant
    app.close()


def ask(assistant: Assistant, question: str, **options: Any) -> Answer:
    return assistant.ask(question, as_of=AS_OF, **options)


def sources(answer: Answer) -> list[str]:
    return [c.source for c in answer.citations]


def check_citations(answer: Answer, corpus_index) -> None:
    chunks = {c.id: c for c in corpus_index.store.chunks(list(dict.fromkeys(c.chunk_id for c in answer.citations)))}
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    for citation in answer.citations:
        chunk = chunks[citation.chunk_id]
        assert citation.quote in chunk.text and citation.source == chunk.source and citation.page == chunk.page
        assert f"[{citation.n}]" in answer.answer
    markers = {int(m) for m in __import__("re").findall(r"\[(\d+)\]", answer.answer)}
    assert markers <= {c.n for c in answer.citations}


CASES = [  # question, intent, words the answer must contain, a source it must cite
    ("Is Huaxin cleared to ship cells?", "onboarding", ["No", "ACS-Q-2022-04417", "expired"],
     "ISO-9001-2015_ACS-Q-2022-04417.pdf"),
    ("What is the late-delivery penalty in the Nordvolt contract?", "sla", ["Clause 7.2", "0.5 %", "5 %"],
     "AES-MPA-2023-004 Master Purchase Agreement.pdf"),
    ("Which suppliers source cobalt from conflict-affected areas?", "comparison", ["Jiangxi Ruifeng"],
     "Jiangxi Ruifeng New Materials/"),
    ("Which corrective actions are overdue at Pearl River?", "remediation", ["NC-1", "2026-07-17"],
     "social audit - Verity Social Compliance Ltd.pdf"),
    ("Does Kestrel have a UN 38.3 test summary for every cell model?", "documents", ["No", "KC-NMC-50P"],
     "UN38.3 Test Summary KC-NMC-30P.pdf"),
    ("What is the risk score of Solaris?", "risk", ["83/100", "critical"], "quality-management-policy.pdf"),
    # "cobalt" alone is in any answer about Ruifeng's cobalt; the answer key's refinery and ASM are not
    ("Where does Ruifeng's cobalt come from?", "minerals", ["Cobalt", "Lualaba Cobalt Refinery", "ASM"],
     "Jiangxi Ruifeng New Materials/"),
    ("Which suppliers have expired certificates?", "comparison", ["Huaxin"], "ISO-9001-2015_ACS-Q-2022-04417.pdf"),
    ("What does the EU Battery Regulation require for battery passports?", "general",
     ["passport", "18 February 2027"], "standards/"),
    ("How long do suppliers have to fix a major finding?", "general", ["30 days", "new-business hold"],
     "quality-management-policy.pdf"),
    # a list split over two chunks comes back whole, in order
    ("What are the five steps of the OECD due diligence guidance?", "general",
     ["Establish strong", "Identify and assess", "Design and implement", "third-party audit", "Report annually"],
     "standards/oecd-due-diligence-five-steps.md"),
]


@pytest.mark.parametrize("question, intent, words, source", CASES)
def test_each_intent_is_answered_with_the_right_source(assistant, corpus_index, question, intent, words, source):
    answer = ask(assistant, question)
    assert not answer.refused and answer.engine == "offline" and answer.intent == intent, answer
    for word in words:
        assert word.lower() in answer.answer.lower(), (word, answer.answer)
    assert any(source in s for s in sources(answer)), sources(answer)
    check_citations(answer, corpus_index)


ROUTES = [  # question, conversation's supplier -> what the route must hold
    ("What defect rate did Huaxin have in May 2026?", None,
     {"intent": Intent.KPI, "kpi_metric": "defect_ppm", "operation": "lookup", "month": "2026-05"}),
    ("which supplier has the best on-time delivery?", None,
     {"intent": Intent.KPI, "kpi_metric": "on_time_delivery_pct", "operation": "best", "suppliers": []}),
    ("show lead-time trend for Nordvolt", None, {"intent": Intent.KPI, "operation": "trend"}),
    ("Did Nordvolt meet its on-time delivery target?", None, {"intent": Intent.SLA}),  # the contract's windows
    ("compare Huaxin and Kestrel", None,
     {"intent": Intent.COMPARISON, "across": "side_by_side",
      "suppliers": ["Huaxin Energy Storage", "Kestrel Cell Technologies"]}),
    ("who sources from ASM?", None, {"intent": Intent.COMPARISON, "across": "artisanal"}),
    ("anyone in the critical risk band?", None, {"intent": Intent.COMPARISON, "across": "ranking",
                                                 "bands": ("critical",)}),
    ("List all our suppliers from highest to lowest risk", None, {"intent": Intent.COMPARISON, "bands": ()}),
    ("How frequently do high-risk suppliers need an on-site audit?", None,
     {"intent": Intent.GENERAL, "policy_topic": "audit_cadence"}),
    # a supplier named, but asked for something its tools do not compute: answered from the documents
    ("Which law governs our supply agreement with Kestrel?", None, {"intent": Intent.GENERAL}),
    ("What Incoterm applies to Solaris deliveries?", None, {"intent": Intent.GENERAL}),
    ("Who signed the Andes Lithium supply agreement on our side?", None, {"intent": Intent.GENERAL}),
    ("What overall score did Solaris get in the quality audit?", None, {"intent": Intent.GENERAL}),
    ("When does Sakura's ISO 50001 certificate expire?", None,
     {"intent": Intent.DOCUMENTS, "items": ("ISO 50001",)}),
    ("What is the late-delivery penalty in the Nordvolt contract?", None,
     {"intent": Intent.SLA, "suppliers": ["Nordvolt Batteries"], "metric": "late_delivery_penalty"}),
    ("Which corrective actions are overdue at Pearl River?", None,
     {"intent": Intent.REMEDIATION, "suppliers": ["Pearl River Battery Components"], "overdue_only": True}),
    ("Does Kestrel have a UN 38.3 test summary for every cell model?", None,
     {"intent": Intent.DOCUMENTS, "topic": "tests", "yes_no": True}),
    ("Which suppliers source cobalt from conflict-affected areas?", None,
     {"intent": Intent.COMPARISON, "across": "cahra", "minerals": ("cobalt",), "suppliers": []}),
    ("Which suppliers are high risk?", None, {"intent": Intent.COMPARISON, "across": "ranking", "bands": ("high",)}),
    ("Which suppliers are not ready for onboarding?", None,
     {"intent": Intent.COMPARISON, "across": "readiness", "release": "not ready"}),
    ("and what should they fix first?", "Solaris ESS Solutions",
     {"intent": Intent.REMEDIATION, "suppliers": ["Solaris ESS Solutions"]}),
    ("How long do suppliers have to fix a major finding?", None,
     {"intent": Intent.GENERAL, "policy_topic": "capa_deadline", "severity": "major"}),
    ("What does our onboarding procedure say about code of conduct?", None,
     {"intent": Intent.GENERAL, "doc_type": "policy", "policy_topic": None}),
    # filtered lists and alternates: a segment by what its suppliers make, a country by name or adjective
    ("which of our cell suppliers have expired certificates?", None,
     {"intent": Intent.COMPARISON, "across": "expired", "where": SupplierFilter(segments=["cell_manufacturer"])}),
    ("Which suppliers are in Germany?", None,
     {"intent": Intent.COMPARISON, "across": "directory", "where": SupplierFilter(countries=["Germany"])}),
    ("list our chinese suppliers", None, {"across": "directory", "where": SupplierFilter(countries=["China"])}),
    ("which suppliers do we have for cathode / raw materials", None,
     {"across": "directory", "where": SupplierFilter(segments=["cathode_material", "raw_material"])}),
    ("who else can supply cells if Huaxin stops?", None,
     {"intent": Intent.COMPARISON, "across": "directory",
      "where": SupplierFilter(segments=["cell_manufacturer"], exclude=["Huaxin Energy Storage"])}),
    ("How long would it take to qualify a second source for Volta's VX-7716?", None, {"across": None}),
    ("which suppliers still havent signed the code of conduct", None, {"across": "conduct"}),
    # the buyer's own rules, from the policy data
    ("What documents does a pack integrator need to give us?", None,
     {"intent": Intent.GENERAL, "policy_topic": "required_documents",
      "where": SupplierFilter(segments=["pack_integrator"])}),
    ("What are the mandatory fields in a supplier profile?", None, {"policy_topic": None}),
    ("May we accept a refiner whose RMAP status is active?", None,
     {"policy_topic": "rmap_status", "rmap_status": "Active"}),
    ("What share of Ruifeng's cobalt feed came through the refinery with ASM sources?", None, {"policy_topic": None}),
    ("CAPA deadlines by finding severity?", None, {"policy_topic": "capa_deadline", "severity": None}),
    # evidence no tool assesses, asked as possession; asked as "what is it" it is a documents question
    ("Which suppliers have REACH declarations?", None, {"intent": Intent.EVIDENCE, "evidence": "REACH"}),
    ("has Kestrel sent a RoHS declaration?", None,
     {"intent": Intent.EVIDENCE, "evidence": "RoHS", "suppliers": ["Kestrel Cell Technologies"]}),
    ("What does REACH require?", None, {"intent": Intent.GENERAL}),
    # a delivery's delay and value make the late-delivery penalty a computation
    ("huaxin PO for 480k EUR arrived 16 days late, what LDs can we claim", None,
     {"intent": Intent.SLA, "metric": "late_delivery_penalty", "delay_days": 16, "order_value": 480000.0}),
    ("service credit for Nordvolt for July 2026?", None,
     {"intent": Intent.SLA, "metric": "otd_service_credit", "month": "2026-07"}),
    ("who's on new business hold rn?", None, {"intent": Intent.COMPARISON, "across": "overdue"}),
    ("do we need a CMRT from sakura too?", None,
     {"intent": Intent.GENERAL, "policy_topic": "required_documents", "document_asked": "CMRT"}),
    ("volta's AFE chip (VX-7716) - do they have a backup source if vexar has a problem?", None,
     {"intent": Intent.COMPARISON, "across": "single_sourced", "suppliers": ["Volta BMS Electronics"]}),
    # contracts against the buyer's contract standard; a contract term no SLA clause covers is never the SLA lookup
    ("does the Andes SQA actually meet our contract governance standard? where does it deviate", None,
     {"intent": Intent.COMPARISON, "across": "contract_standard", "suppliers": ["Andes Lithium Chemicals"]}),
    ("which supply contracts have an OTD target below our 95% template", None,
     {"across": "contract_standard", "metric": "on_time_delivery", "suppliers": []}),
    ("What is the termination notice period in Kestrel's FSA?", None, {"intent": Intent.GENERAL}),
    # named suppliers weighed against each other: on a measure from the KPI exports, else side by side on the aspect
    ("which of Rhein and Volta has the better defect rate?", None,
     {"intent": Intent.KPI, "kpi_metric": "defect_ppm", "operation": "best",
      "suppliers": ["Rhein Separator Films", "Volta BMS Electronics"]}),
    ("how do Sakura and Kestrel stack up on delivery?", None,
     {"intent": Intent.KPI, "kpi_metric": "on_time_delivery_pct"}),
    ("who has more open findings, Pearl River or Ruifeng?", None,
     {"intent": Intent.COMPARISON, "across": "side_by_side", "aspect": "findings"}),
    ("Sakura vs Huaxin: which one is ready for serial supply?", None,
     {"across": "side_by_side", "aspect": "readiness"}),
    # a topic, then the question: the question's clause says what is asked; a product names its supplier
    ("meridian's IATF 16949 — when does it expire?", None, {"intent": Intent.DOCUMENTS, "items": ("IATF 16949",)}),
    ("which lab ran the un38.3 on the HX-LFP314?", None,
     {"intent": Intent.DOCUMENTS, "suppliers": ["Huaxin Energy Storage"], "topic": "tests"}),
    ("governing law in the kestrel FSA?", None, {"intent": Intent.GENERAL}),
    ("what's still blocking kestrel?", None, {"intent": Intent.ONBOARDING}),  # the cued intent that answers it
    ("nordvolt AB late delivery LDs - how much?", None, {"intent": Intent.SLA}),
    ("Nordvolt's on-time delivery last quarter, month by month?", None,
     {"intent": Intent.KPI, "quarter": "last", "month": None, "operation": "trend"}),
    ("What was Huaxin's defect ppm in Q2 2026?", None, {"intent": Intent.KPI, "quarter": "2026-Q2"}),
    ("Sakura vs Kestrel — average OTD Jan-Oct 2026?", None,
     {"intent": Intent.KPI, "operation": "best", "quarter": "2026-01..2026-10", "month": None}),
    ("nordvolt on-time delivery H1 2026?", None, {"intent": Intent.KPI, "quarter": "2026-01..2026-06"}),
    ("what was Nordvolt's OTD from March to May?", None, {"intent": Intent.KPI, "quarter": "*-03..*-05"}),
    # a supplier named by what it makes or where, never by a description several suppliers fit
    ("the 21700 cell supplier — are they released for serial supply?", None,
     {"intent": Intent.ONBOARDING, "suppliers": ["Sakura Precision Cells"]}),
    ("is the 1 MWh container from the Pune integrator good to order", None,
     {"intent": Intent.ONBOARDING, "suppliers": ["Solaris ESS Solutions"]}),
    ("is our Dresden supplier cleared?", None, {"intent": Intent.ONBOARDING, "suppliers": ["Volta BMS Electronics"]}),
    ("is the Japanese cell maker ready?", None, {"suppliers": ["Sakura Precision Cells"]}),
    ("is the cell supplier ready?", None, {"suppliers": []}),  # three make cells: none is meant
    ("is our German supplier cleared?", None, {"suppliers": []}),  # two are in Germany
    ("Dresden BMS supplier - are they fully released? procurement wants to ramp VB-CMU-12", None,
     {"intent": Intent.ONBOARDING, "suppliers": ["Volta BMS Electronics"]}),  # a Slack topic, then its question
    ("what's outstanding before the pune ESS integrator can get serial POs?", None,
     {"intent": Intent.ONBOARDING, "suppliers": ["Solaris ESS Solutions"]}),
    ("Which supplier master data fields are mandatory under our data governance rules?", None, {"suppliers": []}),
    ("can we award PRBC the new busbar part number for the 2027 programme?", None, {"intent": Intent.ONBOARDING}),
    # where minerals come from, across suppliers: a country of origin is no supplier location
    ("Which of our suppliers have cobalt coming out of the DRC?", None,
     {"across": "sourcing", "origins": ("DR Congo",), "where": SupplierFilter()}),
    ("who do we have buying cobalt through Ganzhou Hengyuan, and is that refiner RMAP-ok?", None,
     {"across": "sourcing", "refiner": "ganzhou hengyuan", "policy_topic": None}),
    ("which suppliers are in Chile?", None, {"across": "directory", "where": SupplierFilter(countries=["Chile"])}),
    ("who are our raw-material and cathode suppliers and what country is each in?", None,
     {"across": "directory", "where": SupplierFilter(segments=["cathode_material", "raw_material"])}),
    ("which of our cathode suppliers have expired certificates?", None, {"suppliers": [], "across": "expired"}),
    # onboarding in buyers' words
    ("Is Solaris qualified?", None, {"intent": Intent.ONBOARDING}),
    ("are we allowed to buy from Andes?", None, {"intent": Intent.ONBOARDING}),
    ("Why can't Kestrel deliver yet?", None, {"intent": Intent.ONBOARDING}),
    ("what's missing for Sakura", None, {"intent": Intent.ONBOARDING}),
    # follow-ups change the topic: a standard by its number, a keyword cue over a weak guess
    ("when does their 14001 run out", "Huaxin Energy Storage", {"intent": Intent.DOCUMENTS, "items": ("ISO 14001",)}),
    ("and what does their EMRT look like", "Pearl River Battery Components", {"intent": Intent.MINERALS}),
]


@pytest.mark.parametrize("question, context, expected", ROUTES)
def test_questions_are_interpreted_into_typed_routes(assistant, question, context, expected):
    route = assistant.interpreter.interpret(question, assistant.source(Principal()).registry, context)
    seen = {name: [s.name for s in route.suppliers] if name == "suppliers" else getattr(route, name)
            for name in expected}
    assert seen == expected


def test_only_ruifeng_sources_cobalt_from_conflict_areas(assistant):
    """Ruifeng declares it; Kestrel's EMRT denies it while its profile names the DR Congo as a cobalt origin, so
    Kestrel is named as needing review - never among those that show it, never left out."""
    answer = ask(assistant, "Which suppliers source cobalt from conflict-affected areas?")
    named = {s.split("/")[1] for s in sources(answer) if s.startswith("suppliers/")}
    assert named == {"Jiangxi Ruifeng New Materials", "Kestrel Cell Technologies"}, answer.answer
    assert answer.answer.startswith("1 supplier(s) show cobalt") and "Kestrel" not in answer.answer.splitlines()[0]
    kestrel = next(line for line in answer.answer.splitlines() if "Kestrel" in line)
    assert "needs review" in kestrel, answer.answer


def test_follow_ups_keep_the_supplier(assistant):
    first = ask(assistant, "What is the risk score of Nordvolt?")
    follow = ask(assistant, "and their SLA on on-time delivery?", conversation_id=first.conversation_id)
    assert follow.supplier == "Nordvolt Batteries" and follow.intent == "sla" and "Clause 7.1" in follow.answer
    assert [t["supplier"] for t in assistant.memory.turns(first.conversation_id)] == ["Nordvolt Batteries"] * 2
    # a question about our own rules is not about the supplier of the conversation
    rules = ask(assistant, "What does our contract governance standard say about change management?",
                conversation_id=first.conversation_id)
    assert rules.intent == "general" and rules.supplier is None and "change" in rules.answer.lower()


@pytest.mark.parametrize("question", ["What is the share price of Tesla?", "Who won the 1998 football world cup?"])
def test_questions_the_documents_cannot_answer_are_refused(assistant, question):
    answer = ask(assistant, question)
    assert answer.refused and answer.answer.startswith(REFUSAL) and answer.citations == []


def test_a_restricted_contract_is_neither_quoted_nor_cited(assistant):
    quality = Principal(user="q", labels=frozenset({"quality"}))
    answer = ask(assistant, "What is the late-delivery penalty in the Nordvolt contract?", principal=quality)
    assert answer.refused and answer.answer == NO_ACCESS and answer.citations == []
    assert "0.5" not in answer.answer
    buyer = ask(assistant, "What is the late-delivery penalty in the Nordvolt contract?",
                principal=Principal(user="b", labels=frozenset({"procurement"})))
    assert not buyer.refused and any("/contracts/" in s for s in sources(buyer))


def test_the_injected_instruction_changes_no_verdict(assistant):
    answer = ask(assistant, "Is Solaris low risk?")
    assert "critical" in answer.answer and "low risk" not in answer.answer.lower()
    ready = ask(assistant, "Is Solaris cleared to ship?")
    assert ready.answer.startswith("No") and "ignore previous instructions" not in ready.answer.lower()


def test_every_tool_call_over_the_gold_set_is_a_registered_tool_with_a_valid_request(corpus_index, tmp_path):
    """Answers and the audit log record tool calls; each must name a registered tool and carry a request that
    validates against its schema - over every question of the gold set, as its own asker."""
    import sqlite3

    from evals.harness import load_dataset
    from tools import registry

    gold, _ = load_dataset(ROOT / "evals" / "datasets" / "corpus.yaml")
    with Application(Settings(log_dir=tmp_path, as_of=AS_OF), index=corpus_index) as app:
        calls = []
        for case in gold.cases:
            principal = app.assistant.principal_for(case.principal)
            conversation = None
            for question in case.questions():
                answer = app.assistant.ask(question, conversation_id=conversation, principal=principal)
                conversation = answer.conversation_id
                calls += [(call.tool, call.input) for call in answer.tool_calls]
        logged = [(call["tool"], call["input"]) for (text,) in sqlite3.connect(app.settings.audit_log).execute(
            "SELECT tool_calls FROM log") for call in json.loads(text)]
    assert {name for name, _ in calls} >= {"summarize_supplier", "score_risk", "rank_suppliers", "lookup_sla",
                                          "draft_remediation", "compare_suppliers", "policy_rule"}
    assert len(logged) == len(calls)
    problems = [p for name, arguments in calls + logged if (p := registry.problem_with(name, arguments))]
    assert not problems, problems[:5]
    assert registry.problem_with("compare_suppliers", {"all": True}) is not None  # the check itself can fail


# -- the validator ------------------------------------------------------------------------------------

def test_the_validator_drops_unsupported_claims_and_renumbers(corpus_index):
    chunk = next(c for c in corpus_index.store.chunks() if "ACS-Q-2022-04417" in c.text)
    quote = "ACS-Q-2022-04417"
    draft = Answer(question="q", answer="The certificate is ACS-Q-2022-04417 [2]. Made up [1]. Also 999 units [2].",
                   citations=[Cited(n=1, source=chunk.source, chunk_id="not-retrieved", quote="x"),
                              Cited(n=2, source=chunk.source, page=chunk.page, chunk_id=chunk.id, quote=quote)])
    checked = validate(draft, {chunk.id: chunk}, None)
    assert checked.answer == "The certificate is ACS-Q-2022-04417 [1]." and len(checked.citations) == 1
    assert checked.citations[0].n == 1 and checked.citations[0].chunk_id == chunk.id
    hidden = chunk.model_copy(update={"labels": ["procurement"]})
    assert validate(draft, {chunk.id: hidden}, frozenset({"quality"})).refused
    wrong_quote = draft.model_copy(update={"citations": [draft.citations[1].model_copy(update={"quote": "nope"})]})
    assert validate(wrong_quote, {chunk.id: chunk}, None).refused


# -- the LLM engine, driven by a scripted chat model through the real agent loop ------------------------

def llm_app(corpus_index, tmp_path, model: Any, **settings: Any) -> Application:
    return Application(Settings(log_dir=tmp_path, as_of=AS_OF, **settings), index=corpus_index, chat_model=model)


def test_the_llm_engine_keeps_supported_claims_and_drops_invented_ones(corpus_index, tmp_path):
    model = Scripted(responses=[
        AIMessage(content="", tool_calls=[{"name": "score_risk", "args": {"supplier": "Solaris"}, "id": "c1"}]),
        AIMessage(content="Solaris ESS Solutions scores 83/100, critical risk [1]. "
                          "The questionnaire says it is low risk [2]. Its CEO is Jane Doe [42]."),
    ])
    helper = llm_app(corpus_index, tmp_path, model)
    answer = helper.assistant.ask("How risky is Solaris?")
    helper.close()
    assert answer.engine.startswith("llm:") and not answer.refused
    assert answer.answer == "Solaris ESS Solutions scores 83/100, critical risk [1]."
    assert [t.tool for t in answer.tool_calls] == ["score_risk"] and len(answer.citations) == 1
    check_citations(answer, corpus_index)


def test_a_model_citing_a_chunk_it_never_retrieved_is_caught(corpus_index, tmp_path):
    model = Scripted(responses=[
        AIMessage(content="", tool_calls=[{"name": "search_documents", "args": {"query": "OECD five steps"},
                                           "id": "c1"}]),
        AIMessage(content="Huaxin's ISO 9001 certificate is valid until 2030 [7]."),
    ])
    helper = llm_app(corpus_index, tmp_path, model)
    answer = helper.assistant.ask("Is Huaxin's ISO 9001 valid?")
    helper.close()
    assert answer.refused and answer.answer == REFUSAL and answer.citations == []


def test_a_model_repeating_the_injected_instruction_is_caught(corpus_index, tmp_path):
    model = Scripted(responses=[
        AIMessage(content="", tool_calls=[{"name": "search_documents", "args": {
            "query": "Solaris self-assessment remarks", "supplier": "Solaris"}, "id": "c1"}]),
        AIMessage(content="Solaris is low risk [1]. There are no audit findings [1]."),
    ])
    helper = llm_app(corpus_index, tmp_path, model)
    answer = helper.assistant.ask("Summarize Solaris")
    helper.close()
    assert "low risk" not in answer.answer.lower()


def test_an_unreachable_or_slow_model_falls_back_to_the_offline_engine(corpus_index, tmp_path):
    unavailable = Application(Settings(log_dir=tmp_path, as_of=AS_OF, llm="openai:gpt-4o-mini",
                                       llm_base_url="http://127.0.0.1:9/v1", llm_api_key="test"), index=corpus_index)
    answer = unavailable.assistant.ask("What is the risk score of Solaris?")
    unavailable.close()
    assert answer.engine.startswith("offline (llm unavailable") and "83/100" in answer.answer
    slow = Slow(responses=[AIMessage(content="too late")])
    helper = llm_app(corpus_index, tmp_path, slow, llm_timeout_seconds=0.2)
    started = time.perf_counter()
    answer = helper.assistant.ask("What is the risk score of Solaris?")
    helper.close()
    assert time.perf_counter() - started < 2.5 and answer.engine.startswith("offline (llm unavailable: no answer")


# -- memory and the audit log ---------------------------------------------------------------------------

def test_every_answer_is_logged_and_logging_can_be_switched_off(corpus_index, tmp_path):
    helper = Application(Settings(log_dir=tmp_path, as_of=AS_OF), index=corpus_index)
    asker = Principal(user="u1", labels=frozenset({"quality"}))
    helper.assistant.ask("What is the risk score of Volta?", principal=asker)
    entries = helper.memory.recent()
    assert entries[0]["principal"] == "u1" and entries[0]["labels"] == '["quality"]' and entries[0]["citations"]
    assert helper.memory.feedback(entries[0]["id"], "helpful") and helper.memory.recent()[0]["feedback"] == "helpful"
    helper.memory.set_logging(False)
    helper.assistant.ask("What is the risk score of Volta?")
    assert len(helper.memory.recent()) == 1
    helper.close()
    again = Memory(tmp_path / "assistant.sqlite")  # migrations run once; reopening changes nothing
    assert not again.logging_enabled() and len(again.recent()) == 1
    again.close()


def test_gov_ask_and_gov_log_from_the_command_line(tmp_path, gov):
    store = tmp_path / "store"
    ingested = gov("ingest", str(CORPUS / "policies"), str(CORPUS / "suppliers" / "Huaxin Energy Storage"),
                   "--store", str(store))
    assert ingested.returncode == 0, ingested.stderr
    env = {"GOV_AS_OF": "2026-11-15"}
    result = gov("ask", "Is Huaxin cleared to ship cells?", "--store", str(store), "--json", env=env)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["engine"] == "offline" and answer["citations"] and answer["answer"].startswith("No")
    shown = gov("ask", "Is Huaxin cleared to ship cells?", "--store", str(store), env=env)
    assert "Sources" in shown.stdout and "ISO-9001-2015_ACS-Q-2022-04417.pdf" in shown.stdout
    logged = json.loads(gov("log", "--json", env=env).stdout)
    assert [entry["question"] for entry in logged] == ["Is Huaxin cleared to ship cells?"] * 2  # both asks, no more
    bad_role = gov("ask", "hi", "--store", str(store), "--as", "ceo", env=env)
    assert bad_role.returncode == 2 and "unknown role" in bad_role.stderr


def test_a_risk_answer_that_shows_some_factors_says_how_many_it_leaves_out_and_how_to_see_them(assistant,
                                                                                                  corpus_index):
    """Solaris scores 83 over eight factors; an answer listing six must not look complete (the points shown add up to
    70): it names the two left out by their points and the command that lists every one."""
    answer = ask(assistant, "What is the risk score of Solaris?")
    shown = [int(points) for points in re.findall(r"^- (\d+) points", answer.answer, flags=re.M)]
    left = re.search(r"(\d+) more factors \((\d+) and (\d+) points\) not listed here; `gov risk ", answer.answer)
    assert left is not None, answer.answer
    assert sum(shown) + int(left.group(2)) + int(left.group(3)) == 83 and len(shown) + int(left.group(1)) == 8
    check_citations(answer, corpus_index)


def test_a_question_in_another_language_that_finds_nothing_is_told_so_never_that_nothing_was_found(assistant):
    """'Nothing found' would read as if the documents were silent; the documents may well answer a German question
    the English model could not match."""
    from assistant.interpret import foreign_language
    german = ask(assistant, "Wer ist der Ansprechpartner bei Nordvolt?")
    assert german.refused and "German" in german.answer and "English" in german.answer, german.answer
    assert REFUSAL not in german.answer
    assert foreign_language("Is Huaxin cleared to ship cells?") is None  # English questions are never told so
    assert foreign_language("Die casting suppliers - any with expired certificates?") is None
    assert foreign_language("¿Qué proveedores tienen certificados vencidos?") == "Spanish"


def test_a_question_across_suppliers_that_no_tool_computes_never_gets_the_risk_ranking(assistant):
    """'Which suppliers offer consignment stock?' is not a risk question: the ranking is another tool's answer to a
    different question. What no tool computes is answered from the documents, labelled as quoted, or refused
    (REACH declarations have their own tool now: see the evidence test)."""
    answer = ask(assistant, "Which suppliers offer consignment stock?")
    assert answer.intent != "comparison" and "/100" not in answer.answer, answer.answer
    assert answer.refused or answer.answer.startswith("Quoted from the documents (no tool checked this):")
    single = ask(assistant, "Which suppliers have parts with only one source?")
    assert single.intent == "comparison" and "VX-7716" in single.answer
    worry = ask(assistant, "Which suppliers should we worry about?")
    assert worry.intent == "comparison" and "83/100" in worry.answer  # a question about risk still ranks


def test_did_a_supplier_sign_the_code_of_conduct_is_answered_from_its_profile(assistant, corpus_index):
    """Not a questionnaire's question quoted back: signed with its date, or not signed and a gap."""
    solaris = ask(assistant, "Did Solaris sign our code of conduct?")
    assert solaris.answer.startswith("No: ") and "not signed" in solaris.answer and "needs review" in solaris.answer
    assert any(c.source.endswith("Solaris ESS Solutions/profile.yaml") for c in solaris.citations)
    nordvolt = ask(assistant, "has nordvolt signed the CoC?")
    assert nordvolt.answer.startswith("Yes: ") and "signed on 2023-11-06" in nordvolt.answer, nordvolt.answer
    check_citations(nordvolt, corpus_index)


def test_one_suppliers_single_sourced_parts_come_from_its_profile(assistant):
    volta = ask(assistant, "Which part of Volta is single-sourced?")
    assert not volta.refused and "VX-7716" in volta.answer and volta.answer.startswith("Volta BMS"), volta.answer
    sakura = ask(assistant, "Is anything at Sakura single-sourced?")
    assert "Volta" not in sakura.answer and "no single-sourced part is listed" in sakura.answer  # about Sakura only


@pytest.mark.parametrize(("said", "end"), [("in the next 90 days", dt.date(2027, 2, 13)),
                                           ("within 3 months", dt.date(2027, 2, 15)),
                                           ("before March 2027", dt.date(2027, 3, 1)),
                                           ("by March 2027", dt.date(2027, 4, 1)),  # through that month
                                           ("by 2027-02-11", dt.date(2027, 2, 12)), ("until the end of 2027",
                                                                                      dt.date(2028, 1, 1)),
                                           ("expiring soon", None)])
def test_a_time_window_as_buyers_write_it(said, end):
    from assistant.interpret import window_of
    window = window_of(said)
    assert (window.end(dt.date(2026, 11, 15)) if window else None) == end


def test_certificates_expiring_within_a_window_are_every_certificate_in_force_that_ends_in_it(assistant):
    """Kestrel's four certificates end on 2027-02-11 and Rhein's ISO 9001 on 2027-01-31; certificates valid into late
    2027 are not in the window, and neither is Huaxin's, which has already expired."""
    answer = ask(assistant, "Which certificates expire before March 2027?")
    assert answer.intent == "comparison" and "2027-03-01" in answer.answer, answer.answer
    assert answer.answer.count("Kestrel Cell Technologies Co., Ltd.: ") == 4
    assert "Rhein Separator Films" in answer.answer
    assert "2027-09-30" not in answer.answer and "ACS-Q-2022-04417" not in answer.answer


def test_a_risk_answer_for_someone_who_may_not_see_the_contract_says_what_was_not_scored(assistant):
    """The score leaves SLA performance out for an asker without the contract: the answer must say so, not look
    complete."""
    quality = Principal(user="q", labels=frozenset({"quality"}))
    answer = ask(assistant, "What is the risk score of Nordvolt?", principal=quality)
    assert "Not scored: SLA performance" in answer.answer, answer.answer


def test_an_audit_of_the_kind_asked_for_and_the_polarity_of_a_yes_no_question(assistant):
    """Nordvolt has a quality audit and no social audit: 'does it have a social audit?' is No, never 'findings in
    order' on the strength of the quality audit. 'Does X have open findings?' is Yes when it has them."""
    nordvolt = ask(assistant, "Does Nordvolt have a social audit?")
    assert nordvolt.answer.startswith("No: ") and "no social audit received" in nordvolt.answer, nordvolt.answer
    assert "in order" not in ask(assistant, "Are Nordvolt's audit findings in order?").answer.split("\n")[0]
    pearl = ask(assistant, "Does Pearl River have open social audit findings?")
    assert pearl.answer.startswith("Yes: ") and "NC-1" in pearl.answer, pearl.answer
    sakura = ask(assistant, "Does Sakura have any open audit findings?")
    assert sakura.answer.startswith("No: "), sakura.answer


@pytest.mark.parametrize(("question", "named"), [
    ("is kestrle ready for onboarding?", ["Kestrel Cell Technologies"]),  # two letters swapped
    ("Is Rhien Separator cleared?", ["Rhein Separator Films"]),
    ("risk score of pearl rivr?", ["Pearl River Battery Components"]),  # a typo inside a name of two words
    ("What nominal volts do the modules have?", []),  # one letter off an ordinary word names nobody
    ("Is the river port cleared?", [])])
def test_a_supplier_named_with_a_typo_is_found_and_an_ordinary_word_is_none(assistant, question, named):
    from assistant.interpret import mentioned_suppliers
    registry = assistant.source(Principal()).registry
    assert [s.name for s in mentioned_suppliers(question, registry)] == named


def test_kpi_questions_are_answered_from_the_kpi_export_with_each_month_cited(assistant, corpus_index):
    may = ask(assistant, "What defect rate did Huaxin have in May 2026?")
    assert "2026-05: 25 ppm" in may.answer and sources(may) == ["suppliers/Huaxin Energy Storage/kpi/"
                                                                 "kpi_2026_monthly.csv"], may.answer
    check_citations(may, corpus_index)
    november = ask(assistant, "What was Nordvolt's on-time delivery in November 2026?")  # not yet in the export
    assert november.refused and "2026-11" in november.answer, november.answer
    best = ask(assistant, "which supplier has the best on-time delivery?")
    assert best.answer.startswith("Best on-time delivery") and "Sakura" in best.answer.split("\n")[0], best.answer
    below = ask(assistant, "In which months was Nordvolt below its OTD target?")
    assert "3 of 10 month(s): 2026-06 91.2, 2026-07 89.5, 2026-08 92.8" in below.answer, below.answer


def test_named_suppliers_compared_on_the_aspect_asked_and_a_tie_is_said_to_be_one(assistant, corpus_index):
    ready = ask(assistant, "Sakura vs Huaxin: which one is ready for serial supply?")
    assert ready.answer.startswith("Sakura Precision Cells K.K. is ready for serial supply; Huaxin Energy Storage "
                                   "Technology Co., Ltd. is not ready"), ready.answer
    tie = ask(assistant, "Is Andes or Meridian the safer bet?")
    assert tie.answer.startswith("They score the same risk") and "bigger risk" not in tie.answer, tie.answer
    defects = ask(assistant, "which of Rhein and Volta has the better defect rate?")
    assert defects.answer.startswith("Best defect rate") and "Volta" in defects.answer.splitlines()[0]
    for answer in (ready, tie, defects):
        check_citations(answer, corpus_index)


def test_agreements_compared_term_by_term_and_a_standard_asked_across_suppliers(assistant, corpus_index):
    """Contract terms of named suppliers are compared clause by clause from their agreements (not their risk), a
    term no SLA clause covers is quoted per supplier, and "who doesn't have ISO 45001?" leads with those without."""
    penalty = ask(assistant, "which contract has the stiffer late-delivery penalty, Andes or Pearl River?")
    assert "0.3 % of order value" in penalty.answer and "0.5 % of order value" in penalty.answer, penalty.answer
    assert {call.tool for call in penalty.tool_calls} == {"lookup_sla"} and "/100" not in penalty.answer
    otd = ask(assistant, "andes vs meridian - both hitting their contractual delivery targets? who's better on OTD?")
    assert "target 92 %" in otd.answer and "target 90 %" in otd.answer and "averaging 94.72" in otd.answer, otd.answer
    terms = ask(assistant, "Nordvolt MPA vs Solaris MPA: payment terms?")
    assert terms.answer.count("Payment is due 60 days") == 2 and "Solaris ESS Solutions Pvt. Ltd.: Payment" in \
        terms.answer, terms.answer
    lacking = ask(assistant, "who doesn't have ISO 45001?")
    first = lacking.answer.splitlines()[0]
    assert first.startswith("4 supplier(s) hold no ISO 45001 certificate in force"), lacking.answer
    assert all(name in first for name in ("Pearl River", "Rhein", "Solaris", "Volta")), first
    for answer in (penalty, otd, terms, lacking):
        check_citations(answer, corpus_index)


def test_unknown_minerals_answers_and_missing_declarations_are_said_never_passed_over(assistant, corpus_index):
    """Unknown is never clean: a CAHRA question a declaration leaves "Unknown" is listed as needing review beside
    those that declare CAHRA sourcing; "have we got a CMRT from Volta?" is answered "No" from the card's gap, while
    "which tin smelters ..." of the same supplier is refused with the reason."""
    cahra = ask(assistant, "which suppliers answered yes to the CAHRA question in their EMRT? any unknowns?")
    assert cahra.answer.startswith("1 supplier(s) show minerals from conflict-affected") and "Ruifeng" in \
        cahra.answer.splitlines()[0], cahra.answer
    assert "Pearl River Battery Components Co., Ltd.: Copper: CAHRA sourcing not declared (question 3: Unknown) - " \
        "needs review" in cahra.answer, cahra.answer
    cmrt = ask(assistant, "3TG status for the BMS boards - have we got a CMRT from Volta?")
    assert cmrt.answer.startswith("No: no minerals declaration from Volta") and "CMRT (3TG): not received" in \
        cmrt.answer, cmrt.answer
    tin = ask(assistant, "which tin smelters are in Volta's supply chain?")
    assert tin.refused and "CMRT (3TG): not received" in tin.answer, tin.answer
    rmap = ask(assistant, "are there any refiners in our chain that are not RMAP conformant?")
    assert "Lualaba Cobalt Refinery SARL (DR Congo): RMAP not participating" in rmap.answer, rmap.answer
    assert "declaration states no RMAP status (look the id up in the RMI list) - needs review" in rmap.answer
    capacity = ask(assistant, "what's huaxin's annual cell capacity in GWh")  # a cell's 280 Ah is no plant's GWh
    assert capacity.refused, capacity.answer
    watch = ask(assistant, "before I sign off Volta BMS for serial supply - is everything in place? anything risky "
                           "on the supply side I should flag?")
    assert "CMRT (3TG): not received" in watch.answer and "- to watch:" in watch.answer and "VX-7716" in \
        watch.answer, watch.answer
    named = ask(assistant, "Sakura Cells - can they ship SPC-21700-50E, UN38.3 in order?")  # the verdict, and the item
    assert named.answer.startswith("Yes: Sakura") and "HBSI-T-25-0977" in named.answer, named.answer
    overdue = ask(assistant, "are any of Solaris's major findings overdue yet?")
    assert overdue.answer.startswith("No: Solaris ESS Solutions Pvt. Ltd. has no overdue corrective actions")
    for answer in (cahra, cmrt, overdue, rmap, watch, named):
        check_citations(answer, corpus_index)


def test_a_quoted_sentence_holding_the_kind_of_answer_asked_is_found(assistant, corpus_index):
    """A place for "where", a span for "how long", each part of a two-part question."""
    where = ask(assistant, "where exactly is kestrel's factory")
    assert "Que Vo Industrial Park" in where.answer and not where.refused, where.answer
    term = ask(assistant, "sakura FSA - how long does it run and how does renewal work?")
    assert "runs for 5 years" in term.answer and "renews for one-year periods" in term.answer, term.answer
    # the one sentence naming the term asked for, however little else it shares with the question
    incoterm = ask(assistant, "what incoterm is on the Nordvolt MPA?")
    assert "DAP Buyer's plant (Incoterms 2020)" in incoterm.answer.splitlines()[1], incoterm.answer
    # a clause asked by its number is quoted whole
    clause = ask(assistant, "what exactly does clause 7.3 of the Nordvolt MPA say?")
    assert "shall credit Buyer 1.0 per cent of the net invoice value" in clause.answer, clause.answer
    # a record lacking what is asked ("in NMC cathode" of a material) does not crowd out the sentence that has it
    chemistry = ask(assistant, "what cathode chemistry is the kestrel 30Ah pouch cell?")
    assert "NMC811" in chemistry.answer, chemistry.answer
    # who and when of a document: its particulars, no verdict nobody asked for
    audit = ask(assistant, "who did Pearl River's social audit and when was the report issued?")
    assert not audit.answer.startswith(("Not all", "Yes", "No")) and "report dated 2026-06-17" in audit.answer
    for answer in (where, term, incoterm, clause, chemistry, audit):
        check_citations(answer, corpus_index)


def test_two_suppliers_compared_side_by_side_in_a_cited_table(assistant, corpus_index):
    answer = ask(assistant, "which is riskier, Solaris or Volta?")
    lines = answer.answer.splitlines()
    assert lines[0].startswith("Solaris ESS Solutions Pvt. Ltd. is the bigger risk: 83/100"), answer.answer
    rows = [line for line in lines if line.startswith("| ") and "/100" in line]
    assert len(rows) == 2 and all(line.rstrip(" |").endswith("]") for line in rows), answer.answer
    check_citations(answer, corpus_index)


def test_a_document_question_names_what_is_asked_or_says_none_is_on_file(assistant):
    """Narrowed to the standard or model asked about, with who tested or issued it; a certificate the supplier
    never sent is a refusal naming what is on file - never another certificate's expiry."""
    lab = ask(assistant, "Which lab did the IEC 62133-2 testing for Sakura?")
    assert "tested by EuroCell" in lab.answer and "UN 38.3" not in lab.answer, lab.answer
    missing = ask(assistant, "When does Sakura's ISO 50001 certificate expire?")  # none: a refusal, and none required
    assert missing.answer.startswith("No ISO 50001 is among Sakura Precision Cells K.K.'s certificates on file")
    assert missing.refused and "does not require one of a cell manufacturer supplier" in missing.answer, missing.answer
    absent = ask(assistant, "Does Nordvolt have a social audit?")  # required of a pack integrator: a gap
    assert absent.answer.startswith("No: Nordvolt Batteries AB - social audit") and "does not require" not in \
        absent.answer, absent.answer
    cmrt = ask(assistant, "do we need a CMRT from sakura too?")
    assert cmrt.answer.startswith("No: the onboarding procedure does not require a CMRT of Sakura"), cmrt.answer


def test_a_record_answers_only_a_question_about_one_of_its_fields(assistant):
    """A product record holds capacity, not price or order quantity: asked for those, nothing is quoted."""
    capacity = ask(assistant, "What's the capacity of Huaxin's HX-LFP314 cell?")
    assert "capacity: 314 Ah" in capacity.answer, capacity.answer
    moq = ask(assistant, "what's the MOQ for Rhein's RSF-PE12C separator?")
    assert "model: RSF-PE12C" not in moq.answer, moq.answer


def test_a_list_narrowed_to_a_segment_or_country_and_the_alternates_to_a_supplier(assistant, corpus_index):
    """The filter narrows the tool's answer (Rhein's certificate expires in the window but Rhein makes no cells);
    alternates are the others in the named supplier's segment, ready ones first, and none ready is said plainly."""
    expiring = ask(assistant, "which cell suppliers have certificates expiring in the next 90 days?")
    assert "Kestrel" in expiring.answer.splitlines()[0] and "Rhein" not in expiring.answer, expiring.answer
    assert "the cell manufacturer suppliers: Huaxin" in expiring.answer, expiring.answer
    check_citations(expiring, corpus_index)
    others = ask(assistant, "who else can supply cells if Huaxin stops?")
    lines = others.answer.splitlines()
    assert lines[0].startswith("2 other supplier(s) in the cell manufacturer segment, 1 of them ready"), others.answer
    assert lines[1].startswith("- Sakura Precision Cells K.K. (Japan") and "Huaxin" not in others.answer
    check_citations(others, corpus_index)
    none = ask(assistant, "any alternative to Solaris for ESS containers?")
    assert none.answer.startswith("No qualified alternate") and "Nordvolt" in none.answer, none.answer
    germany = ask(assistant, "Which suppliers are in Germany?")
    assert germany.answer.startswith("2 suppliers in Germany: Rhein Separator Films GmbH, Volta BMS"), germany.answer


def test_the_buyers_rules_are_answered_from_the_policy_with_the_clause(assistant, corpus_index):
    documents = ask(assistant, "Which documents does a cell supplier need?")
    assert "UN 38.3 test summary for every cell model" in documents.answer and not documents.refused
    assert sources(documents) == ["policies/supplier-qualification-and-onboarding-procedure.pdf"], documents.answer
    active = ask(assistant, "May we accept a refiner whose RMAP status is active?")
    assert active.answer.startswith("Yes: the minerals policy accepts a refiner with RMAP status Active"), active.answer
    outside = ask(assistant, "is a smelter that is not participating in RMAP acceptable?")
    assert outside.answer.startswith("No: RMAP status Eligible / not listed is not among"), outside.answer
    capa = ask(assistant, "CAPA deadlines by finding severity?")
    assert all(f"- {s}: {c}{d} days" in capa.answer for s, c, d in (
        ("critical", "containment within 24 hours; ", 14), ("major", "containment within 7 days; ", 30),
        ("minor", "", 90))), capa.answer
    for answer in (documents, active, capa):
        check_citations(answer, corpus_index)


def test_a_penalty_for_a_given_delay_and_a_months_service_credit_are_computed_and_shown(assistant, corpus_index):
    late = ask(assistant, "how much penalty if Nordvolt is 10 days late on an order worth EUR 200,000?")
    assert "penalty of 1 % = 2,000" in late.answer and "2 commenced week(s) x 0.5 %" in late.answer, late.answer
    capped = ask(assistant, "pearl river busbars 12 weeks late on a 50k order. how much can we charge them")
    assert "6 %, capped at 5 %" in capped.answer and "= 2,500" in capped.answer, capped.answer
    july = ask(assistant, "service credit for Nordvolt for July 2026?")
    assert "2026-07: on-time delivery 89.5 % against 95 %" in july.answer and "= 99,000" in july.answer, july.answer
    assert "2026-06" not in july.answer, july.answer
    for answer in (late, capped, july):
        check_citations(answer, corpus_index)


def test_which_suppliers_hold_a_kind_of_evidence_is_answered_as_on_file_or_not_never_with_a_risk_score(assistant,
                                                                                                      corpus_index):
    reach = ask(assistant, "which suppliers have REACH declarations?")
    # judged since issue #17: each supplier's declaration as its onboarding card sees it, out of date or SVHC named
    assert reach.answer.startswith("11 of 11 suppliers have a REACH declaration on file; to act on:"), reach.answer
    assert "Huaxin Energy Storage Technology Co., Ltd.: OUT OF DATE" in reach.answer and "/100" not in reach.answer
    assert {call.tool for call in reach.tool_calls} == {"summarize_supplier"}
    pfas = ask(assistant, "which suppliers have a PFAS declaration?")  # evidence no tool judges: found by its name
    assert pfas.answer.startswith("None on file") and [call.tool for call in pfas.tool_calls] == ["document_coverage"]
    check_citations(reach, corpus_index)
    check_citations(pfas, corpus_index)


def test_a_page_that_could_not_be_read_is_never_answered_as_none_on_file(tmp_path):
    """Unknown is never clean: Sakura's declaration whose second page is a scan without text may name RoHS, so
    "does Sakura have a RoHS declaration?" is not answered "No" - the document is named as needing review."""
    import shutil

    from badfiles import partly_scanned_pdf
    from ingest.index import Index
    from ingest.pipeline import Ingestor

    drive = tmp_path / "drive"
    shutil.copytree(CORPUS / "policies", drive / "policies")
    shutil.copytree(CORPUS / "suppliers" / "Sakura Precision Cells", drive / "suppliers" / "Sakura Precision Cells")
    declaration = drive / "suppliers" / "Sakura Precision Cells" / "declarations" / "Substance declaration.pdf"
    declaration.parent.mkdir(exist_ok=True)
    partly_scanned_pdf(declaration, ["Substance declaration", "Supplier: Sakura Precision Cells", "See signed annex."])
    for folder in ("compliance", "sustainability"):  # Sakura's own declarations, so that the scan is all there is
        shutil.rmtree(drive / "suppliers" / "Sakura Precision Cells" / folder)
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([drive]).failed
    with Application(Settings(log_dir=tmp_path / "logs", as_of=AS_OF), index=index) as app:
        pfas = ask(app.assistant, "does Sakura have a PFAS declaration?")  # evidence no tool judges: by its name
        rohs = ask(app.assistant, "does Sakura have a RoHS declaration?")  # judged: the card's line, and the scan
    assert pfas.answer.startswith("Not found in what could be read"), pfas.answer
    assert "Substance declaration.pdf could not be read in full (pages without a text layer" in pfas.answer
    assert "needs review" in pfas.answer and not pfas.answer.startswith(("No:", "None on file")), pfas.answer
    assert "RoHS declaration: not received" in rohs.answer, rohs.answer
    assert "Substance declaration.pdf could not be read in full" in rohs.answer and "needs review" in rohs.answer


def test_a_document_that_could_not_be_read_is_never_a_none_in_a_list_across_suppliers(tmp_path):
    """Unknown is never clean across suppliers too: Volta with an encrypted certificate may hold ISO 45001 or an
    expired certificate, so it is named as needing review - never left out of "any expired certificates?" nor
    counted as lacking ISO 45001 (Sakura holds it)."""
    import shutil

    from badfiles import encrypted_pdf
    from ingest.index import Index
    from ingest.pipeline import Ingestor

    drive = tmp_path / "drive"
    shutil.copytree(CORPUS / "policies", drive / "policies")
    for name in ("Sakura Precision Cells", "Volta BMS Electronics"):
        shutil.copytree(CORPUS / "suppliers" / name, drive / "suppliers" / name)
    volta = drive / "suppliers" / "Volta BMS Electronics" / "certificates"
    encrypted_pdf(volta / "ISO-45001 scan.pdf")
    index = Index.open(str(tmp_path / "store"))
    assert [f.path for f in Ingestor(index).run([drive]).failed] == \
        ["suppliers/Volta BMS Electronics/certificates/ISO-45001 scan.pdf"]
    with Application(Settings(log_dir=tmp_path / "logs", as_of=AS_OF), index=index) as app:
        lacking = ask(app.assistant, "who doesn't have ISO 45001?")
        expired = ask(app.assistant, "any expired certificates in our supplier base?")
    assert lacking.answer.startswith("No supplier is known to lack ISO 45001, but 1 supplier(s) have documents that "
                                     "could not be read - needs review"), lacking.answer
    assert "Volta BMS Electronics GmbH: suppliers/Volta BMS Electronics/certificates/ISO-45001 scan.pdf could not " \
        "be read in full" in lacking.answer, lacking.answer
    assert expired.answer.startswith("No supplier's documents that could be read show expired certificates"), \
        expired.answer
    assert "ISO-45001 scan.pdf could not be read in full" in expired.answer and not expired.refused


def test_a_file_that_could_not_be_read_keeps_a_supplier_from_being_ready(tmp_path):
    """Unknown is never clean: Rhein has every required document, but an extra audit report that could not be read
    may hold an open critical finding - so Rhein is not ready, the checklist is not complete and the risk score says
    what it could not price."""
    import shutil

    from badfiles import encrypted_pdf
    from ingest.index import Index
    from ingest.pipeline import Ingestor
    from tools import registry

    drive = tmp_path / "drive"
    shutil.copytree(CORPUS / "policies", drive / "policies")
    shutil.copytree(CORPUS / "suppliers" / "Rhein Separator Films", drive / "suppliers" / "Rhein Separator Films")
    index = Index.open(str(tmp_path / "store"))
    Ingestor(index).run([drive])
    with Application(Settings(log_dir=tmp_path / "logs", as_of=AS_OF), index=index) as app:
        before = registry.SUMMARIZE.call({"supplier": "Rhein", "as_of": AS_OF}, app.facts())
        assert before.release.status == "ready"  # the test can fail: the same supplier without the unread file
        encrypted_pdf(drive / "suppliers" / "Rhein Separator Films" / "audits" / "2026-10 social audit.pdf")
        Ingestor(index).run([drive])
        source = app.facts()
        card = registry.SUMMARIZE.call({"supplier": "Rhein", "as_of": AS_OF}, source)
        checklist = registry.CHECKLIST.call({"supplier": "Rhein", "as_of": AS_OF}, source)
        risk = registry.SCORE_RISK.call({"supplier": "Rhein", "as_of": AS_OF}, source)
        answer = ask(app.assistant, "is Rhein ready for onboarding?")
    assert card.release.status == "not ready" and "2026-10 social audit.pdf" in card.release.text, card.release
    assert any("could not be read" in line.text and "needs review" in line.text for line in card.gaps), card.gaps
    unread = next(item for item in checklist.items if item.id == "documents.read")
    assert unread.verdict == "missing evidence" and "2026-10 social audit.pdf" in unread.reason, unread
    assert any("2026-10 social audit.pdf: could not be read" in note for note in risk.not_scored), risk.not_scored
    assert not answer.answer.startswith("Yes") and "2026-10 social audit.pdf" in answer.answer, answer.answer


def test_a_supplier_without_a_profile_or_kpi_export_is_never_silently_left_out_of_a_list(tmp_path):
    """Unknown is never clean: Volta without its profile may be a cell supplier, and without its KPI export it is
    not simply absent from the ranking - both are said, cited to the rule that asks for them, as needing review."""
    import shutil

    from ingest.index import Index
    from ingest.pipeline import Ingestor

    drive = tmp_path / "drive"
    shutil.copytree(CORPUS / "policies", drive / "policies")
    for name in ("Sakura Precision Cells", "Volta BMS Electronics"):
        shutil.copytree(CORPUS / "suppliers" / name, drive / "suppliers" / name)
    shutil.rmtree(drive / "suppliers" / "Volta BMS Electronics" / "kpi")
    (drive / "suppliers" / "Volta BMS Electronics" / "profile.yaml").unlink()
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([drive]).failed
    with Application(Settings(log_dir=tmp_path / "logs", as_of=AS_OF), index=index) as app:
        cells = ask(app.assistant, "which of our cell suppliers have expired certificates?")
        assert "Volta" in cells.answer and "needs review" in cells.answer and not cells.refused, cells.answer
        best = ask(app.assistant, "which supplier has the best on-time delivery?")
        assert "Volta BMS Electronics: no KPI export on file - needs review" in best.answer, best.answer


def test_supply_agreements_are_held_against_the_contract_standard_clause_by_clause(assistant, corpus_index):
    andes = ask(assistant, "does the Andes SQA actually meet our contract governance standard? where does it deviate")
    assert andes.answer.startswith("No: Andes Lithium Chemicals S.A.'s supply agreement deviates from the contract "
                                   "standard's SLA templates in 4 of 4"), andes.answer
    assert "sets 92 % for on time delivery (template at least 95 %) - deviates" in andes.answer, andes.answer
    otd = ask(assistant, "which supply contracts have an OTD target below our 95% template")
    lead = otd.answer.splitlines()[0]
    assert lead.startswith("4 of 11 supply agreements deviate") and "Meridian" in lead and "Huaxin" not in lead
    notice = ask(assistant, "termination notice in kestrel's FSA - is it in line with our contract standard?")
    assert "six months' notice" in notice.answer and "sets no termination notice template" in notice.answer
    for answer in (andes, otd, notice):
        check_citations(answer, corpus_index)


def test_a_quoted_answer_is_about_what_the_question_names_never_a_nearby_fact(assistant):
    """The model asked (not its sibling), a person the documents never mention, the thing counted, a price: a
    sentence about something else is not quoted, and with nothing left the question is refused."""
    for question in ("what's the UN38.3 report number for KC-NMC-50P?",
                     "can you give me Thomas Becker's email at volta?",
                     "how many people work at volta's dresden plant?",
                     "what are we paying huaxin per kWh for the cells?"):
        answer = ask(assistant, question)
        assert answer.refused and "Quoted from the documents" not in answer.answer, answer.answer
    cycles = ask(assistant, "How many cycles does Huaxin's warranty cover?")
    assert "8000 full equivalent cycles" in cycles.answer, cycles.answer
    law = ask(assistant, "governing law in the kestrel FSA?")
    assert "governed by German law" in law.answer, law.answer


def test_a_ready_supplier_says_what_to_watch_and_a_comparison_names_every_supplier_asked(assistant, corpus_index):
    rhein = ask(assistant, "can we release Rhein Separator Films for series supply? anything to watch?")
    assert rhein.answer.startswith("Yes: Rhein Separator Films GmbH is ready for serial supply"), rhein.answer
    assert "- to watch: ISO 9001:2015 DZM 12 100 39904: valid until 2027-01-31" in rhein.answer, rhein.answer
    otd = ask(assistant, "nordvolt or huaxin — which one's been missing the OTD target?")
    assert "Nordvolt Batteries AB" in otd.answer.splitlines()[0] and "never below target in the months on file: " \
        "Huaxin" in otd.answer, otd.answer
    first = ask(assistant, "kestrel vs rhein: whose certificates run out first?")
    assert "the first to run out: Rhein Separator Films GmbH's ISO 9001:2015 DZM 12 100 39904 on 2027-01-31" in \
        first.answer, first.answer
    for answer in (rhein, otd, first):
        check_citations(answer, corpus_index)


@pytest.mark.parametrize(("quarter", "months"), [
    ("last", ["2026-07", "2026-08", "2026-09"]), ("this", ["2026-10", "2026-11", "2026-12"]),
    ("2026-Q2", ["2026-04", "2026-05", "2026-06"]), ("*-Q1", ["2026-01", "2026-02", "2026-03"]),
    ("*-Q4", ["2026-10", "2026-11", "2026-12"])])
def test_a_quarter_as_buyers_write_it_is_its_three_months(quarter, months):
    from assistant.offline import quarter_months
    assert quarter_months(quarter, AS_OF) == months
    assert quarter_months("last", dt.date(2026, 2, 1)) == ["2025-10", "2025-11", "2025-12"]  # across the year


def test_a_quarters_kpi_figures_are_shown_month_by_month(assistant, corpus_index):
    answer = ask(assistant, "Nordvolt's on-time delivery last quarter, month by month?")
    assert "- month by month: 2026-07 89.5, 2026-08 92.8, 2026-09 95.6" in answer.answer, answer.answer
    assert "2026-06" not in answer.answer, answer.answer
    check_citations(answer, corpus_index)


def test_the_sentence_under_a_heading_and_the_chunk_before_a_hit_are_read(assistant):
    """'## When it applies' is not glued to the sentence under it (a heading line is never quoted, and the sentence
    was lost with it); the date asked is quoted, not the guidelines' date in the next sentence."""
    answer = ask(assistant, "From when do the due diligence obligations of the EU Battery Regulation apply?")
    first = answer.answer.splitlines()[1]
    assert "apply from 18 August 2027" in first and "**" not in first, answer.answer
    cahra = ask(assistant, "What is a CAHRA?")
    assert "armed conflict" in cahra.answer and not cahra.refused, cahra.answer


def test_no_corrective_action_is_never_said_over_an_audit_that_could_not_be_read(tmp_path):
    """Unknown is never clean: Sakura needs no action on what was read, but an audit report whose findings no reader
    could take may hold some - the answer says so, never "Sakura has no corrective actions"."""
    import shutil

    from ingest.index import Index
    from ingest.pipeline import Ingestor

    drive = tmp_path / "drive"
    shutil.copytree(CORPUS / "policies", drive / "policies")
    shutil.copytree(CORPUS / "suppliers" / "Sakura Precision Cells", drive / "suppliers" / "Sakura Precision Cells")
    (drive / "suppliers" / "Sakura Precision Cells" / "audits" / "process-audit.md").write_text(
        "# Audit report - process audit\n\nThe audit of the module line took place in spring. Findings were discussed"
        " at the closing meeting and are tracked in the customer portal.\n", encoding="utf-8")
    index = Index.open(str(tmp_path / "store"))
    assert not Ingestor(index).run([drive]).failed
    with Application(Settings(log_dir=tmp_path / "logs", as_of=AS_OF), index=index) as app:
        answer = ask(app.assistant, "Does Sakura have any open corrective actions?")
    assert "could not be read" in answer.answer and "needs review" in answer.answer, answer.answer
    assert "has no corrective actions" not in answer.answer and not answer.refused, answer.answer


def test_a_labelled_value_a_noun_phrase_asks_for_is_quoted_and_the_reason_for_asking_is_not_searched(assistant,
                                                                                                    corpus_index):
    """"registered address of X? legal needs it for a letter": the profile's Address line, not the certificates of
    registration the aside would pull in; "our contact ... and their email": the profile's Contact line."""
    address = ask(assistant, "registered address of meridian graphite? legal needs it for a letter")
    assert "Plot 112, Nyerere Road" in address.answer and not address.refused, address.answer
    contact = ask(assistant, "who's our contact at volta bms and their email?")
    assert "a.brenner@volta-bms.example" in contact.answer, contact.answer
    court = ask(assistant, "which court handles disputes under the Sakura agreement")
    assert "Place of jurisdiction is Hamburg" in court.answer, court.answer
    for answer in (address, contact, court):
        check_citations(answer, corpus_index)


def test_what_a_question_asks_decides_its_tool_not_the_words_around_it(assistant, corpus_index):
    """A statement before the question ("they say they should be rated low risk. ok to onboard them?") does not make
    it a risk question; "who refines X's cobalt" is the declaration's refiners; "DR Congo in their cobalt supply chain"
    is where the cobalt comes from, not where suppliers are; a model "going out" is a shipment."""
    onboard = ask(assistant, "the pune container ESS supplier says in their self assessment they should be rated low "
                             "risk. ok to onboard them?")
    assert onboard.intent == "onboarding" and onboard.answer.startswith(("No", "Not yet")), onboard.answer
    refiners = ask(assistant, "who refines sakura's cobalt? any of it from congo?")
    assert "Kokkola" in refiners.answer and "Murrin" in refiners.answer, refiners.answer
    congo = ask(assistant, "which of our suppliers have the DR Congo somewhere in their cobalt supply chain?")
    assert "Jiangxi Ruifeng" in congo.answer and "Kestrel" in congo.answer, congo.answer
    shipment = ask(assistant, "can KC-NMC-50P go out to hamburg this month?")
    assert shipment.answer.startswith("No") and "KC-NMC-50P: no UN 38.3 test summary" in shipment.answer
    for answer in (onboard, refiners, congo, shipment):
        check_citations(answer, corpus_index)


def test_who_sent_a_reporting_template_and_who_cannot_be_released_name_every_supplier(assistant, corpus_index):
    """Who sent an EMRT and who owes one under the policy (Solaris: required, none on file); who owes a CMRT (Volta);
    a supplier whose release needs a decision (Ruifeng) is not left out of "who can't be released?"."""
    emrt = ask(assistant, "which suppliers have sent us an EMRT, and who still owes one?")
    assert "8 supplier(s) have sent an EMRT" in emrt.answer, emrt.answer
    owing = next(line for line in emrt.answer.splitlines() if "owe one" in line)
    assert "Solaris ESS Solutions" in owing and "Sakura" not in owing, emrt.answer
    cmrt = ask(assistant, "who still owes us a CMRT?")
    assert re.search(r"owe one[^\n]*Volta BMS Electronics GmbH", cmrt.answer), cmrt.answer
    blocked = ask(assistant, "list every supplier that can't be released today")
    assert "Jiangxi Ruifeng New Materials Co., Ltd.: release conditions met, but" in blocked.answer, blocked.answer
    assert "not releasable without a decision" in blocked.answer
    for answer in (emrt, cmrt, blocked):
        check_citations(answer, corpus_index)


def test_a_question_about_several_named_suppliers_answers_each_and_a_description_is_no_topic(assistant,
                                                                                             corpus_index):
    """"huaxin and rhein - iso 9001 issues?": both certificates, each cited; "our vietnamese cell supplier" names
    Kestrel and is no part of what is asked, so the governing-law sentence is found, not Kestrel's legal name."""
    both = ask(assistant, "huaxin and rhein separator both have iso 9001 issues right? whats the difference")
    assert "ACS-Q-2022-04417: expired on 2025-08-14" in both.answer, both.answer
    assert "DZM 12 100 39904: valid until 2027-01-31" in both.answer, both.answer
    law = ask(assistant, "what law governs the framework agreement with our vietnamese cell supplier, and where's "
                         "jurisdiction?")
    assert "governed by German law" in law.answer and "Hamburg" in law.answer, law.answer
    for answer in (both, law):
        check_citations(answer, corpus_index)


def test_an_onboarding_answer_names_every_flag_the_card_shows(assistant, corpus_index):
    """Kestrel is blocked by two UN 38.3 items, and its four certificates expire within the renewal window: the answer
    names the blocking items first and the renewals after them - not only what blocks."""
    kestrel = ask(assistant, "is kestrel ready for onboarding?")
    lines = kestrel.answer.splitlines()
    assert kestrel.answer.startswith("No") and "KC-NMC-50P: no UN 38.3 test summary" in lines[2], kestrel.answer
    renewals = [line for line in lines if line.startswith("- to watch:") and "expires in 88 days" in line]
    assert len(renewals) == 4, kestrel.answer
    check_citations(kestrel, corpus_index)


def test_targets_held_against_months_and_policy_rules_asked_in_other_words(assistant, corpus_index):
    """"missed their contractual OTD target": months below target across suppliers, not the contract's terms - but a
    service credit asked beside it is the SLA lookup's; "how does the policy treat refiners by RMAP status": the
    policy's table; "which suppliers have a cert the onboarding check would flag": the list, not the rule; "is the
    IATF still good": the IATF 16949 certificate named; "is the file complete": the onboarding decision."""
    missed = ask(assistant, "which suppliers missed their contractual OTD target in any month this year?")
    assert missed.intent == "kpi" and "Nordvolt" in missed.answer and "89.5" in missed.answer, missed.answer
    credit = ask(assistant, "did Solaris miss its OTD target any month? do we get a service credit")
    assert credit.intent == "sla", credit.answer
    rmap = ask(assistant, "how does the minerals policy treat refiners by RMAP status - conformant vs active vs "
                          "eligible?")
    assert "Accepted for 12 months with monitoring" in rmap.answer, rmap.answer
    flagged = ask(assistant, "which suppliers have a certificate that the onboarding check would flag as expiring "
                             "within 90 days? cert + expiry date please")
    assert "Kestrel" in flagged.answer and "2027-01-31" in flagged.answer, flagged.answer
    iatf = ask(assistant, "Sakura Precision Cells - are they fully onboarded? is the IATF still good?")
    assert iatf.answer.startswith("Yes") and "IATF 16949:2016 PAC-IATF-25-02211: valid until 2028-06-15" in iatf.answer
    complete = ask(assistant, "pls confirm the Andes Lithium file is complete. anything I need to chase??")
    assert complete.intent == "onboarding" and complete.answer.startswith("Yes"), complete.answer
    for answer in (missed, credit, rmap, flagged, iatf, complete):
        check_citations(answer, corpus_index)


def test_a_capa_question_gets_containment_deadline_escalation_and_what_closing_takes(assistant, corpus_index):
    """AES-QP-004 4.1-4.3: a major finding is contained within 7 days and corrected within 30, is escalated to a
    new-business hold when late, and is closed on objective evidence verified by Supplier Quality or the audit firm."""
    major = ask(assistant, "an audit report lists a MAJOR nonconformity. How long does the supplier get for "
                           "containment and for the corrective action?")
    assert "containment within 7 days" in major.answer and "within 30 days" in major.answer, major.answer
    assert "new-business hold" in major.answer and "objective evidence" in major.answer, major.answer
    every = ask(assistant, "how long do suppliers have to fix findings by severity?")
    assert "- critical: containment within 24 hours; 14 days" in every.answer, every.answer
    for answer in (major, every):
        check_citations(answer, corpus_index)


def test_which_suppliers_lack_a_required_document_lists_each_with_what_is_missing(assistant, corpus_index):
    """"which suppliers are missing documents?": every required document not received, by supplier (Nordvolt's and
    Solaris's social audits, Solaris's ISO 45001 and EMRT, Kestrel's KC-NMC-50P summary), and "no social audit on
    file" narrows to that document - never the policy's words about missing data."""
    missing = ask(assistant, "which suppliers are missing documents?")
    assert missing.intent == "comparison" and not missing.answer.startswith("Quoted"), missing.answer
    for name in ("Kestrel Cell Technologies", "Nordvolt Batteries AB", "Solaris ESS Solutions", "Volta BMS"):
        assert name in missing.answer.splitlines()[0], missing.answer
    social = ask(assistant, "which suppliers have no social audit on file?")
    assert social.answer.startswith("2 supplier(s) show a required social audit not received: Nordvolt"), social.answer
    for answer in (missing, social):
        check_citations(answer, corpus_index)


def test_months_below_target_say_what_the_policy_requires_beside_the_credit(assistant, corpus_index):
    """Nordvolt fell below its OTD target three months running: asked what the policy requires (the service credit
    named only to set it aside), the answer gives the development plan AES-QP-004 6.2 asks for, with what it holds."""
    plan = ask(assistant, "Nordvolt OTD was under target in Jun, Jul and Aug. What does our quality policy require us "
                          "to do about that? (not asking about the service credits)")
    assert "3 consecutive months below the on time delivery target (2026-06 to 2026-08): a supplier development " \
        "plan is required, with an owner, actions and dates" in plan.answer, plan.answer
    edd = ask(assistant, "Ruifeng EMRT - does it trigger enhanced due diligence, and by when should that have been "
                         "done?")
    assert "due by 2026-06-29, 90 days after the declaration" in edd.answer, edd.answer
    for answer in (plan, edd):
        check_citations(answer, corpus_index)


def test_early_warning_scenarios_and_risk_over_time_are_answered_in_chat(assistant, corpus_index):
    """The same tools as `gov watch`, `gov whatif` and the register's history, reached by asking; a question about one
    kind of evidence ("red flags in Huaxin's certificates") stays with the tool for that kind."""
    scenario = ask(assistant, "What happens if Volta goes bankrupt?")
    assert scenario.tool_calls[0].tool == "what_if" and "VX-7716" in scenario.answer
    assert "no qualified alternate" in scenario.answer, scenario.answer
    check_citations(scenario, corpus_index)
    country = ask(assistant, "what if imports from China stop?")
    assert all(name in country.answer for name in ("Huaxin", "Jiangxi Ruifeng", "Pearl River")), country.answer
    digest = ask(assistant, "What needs attention in the next 60 days?")
    assert digest.tool_calls[0].tool == "watch" and "looking ahead 60 days" in digest.answer
    assert "ACS-Q-2022-04417" in digest.answer and "QR-Q-120077" not in digest.answer  # Kestrel's: 88 days out
    check_citations(digest, corpus_index)
    trend = ask(assistant, "show lead-time trend for Nordvolt")
    assert "no significant trend" in trend.answer and "Mann-Kendall" in trend.answer, trend.answer
    riskier = ask(assistant, "who is getting riskier?")
    assert riskier.tool_calls[0].tool == "risk_register" and "Jiangxi Ruifeng New Materials: 24 to 63" in riskier.answer
    topic = ask(assistant, "any red flags coming up in Huaxin's certificates?")
    assert topic.tool_calls and topic.tool_calls[0].tool != "watch"
    sides = ask(assistant, "solaris vs pearl river - which one should worry me more?")
    assert sides.tool_calls and sides.tool_calls[0].tool != "watch"
    # by likeness to the look-ahead examples, without a keyword: taken only when clearly like them
    due = ask(assistant, "what's due soon")
    assert due.tool_calls and due.tool_calls[0].tool == "watch", due.answer
    weather = ask(assistant, "What will the weather be in Hamburg tomorrow?")
    assert weather.refused and not weather.tool_calls, weather.answer

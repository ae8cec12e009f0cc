"""`answer()`: one question in, one validated `Answer` out, whichever engine wrote it. The offline
engine is the default; a configured chat model is tried first and, if it fails or times out, the
offline engine answers and `engine` says why. Every answer is validated, remembered in its
conversation and written to the audit log."""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from typing import Any

from assistant.answers import Answer, Principal, validate
from assistant.errors import GovError
from assistant.memory import Memory
from assistant.settings import Settings
from ingest.index import Index
from ingest.models import Chunk
from ingest.retrieval import Mode, Retriever
from tools.policy import Policy, load_policy
from tools.source import FactSource

FOLLOW_UP = re.compile(r"\b(they|them|their|theirs|it|its|this supplier|that supplier|the supplier)\b|^\s*(and|what "
                       r"about|how about)\b", re.I)
COMPARISON = re.compile(r"\s*(?:which|what) (?:of (?:our|the) )?suppliers\b", re.I)
UNCUED_MIN_SIMILARITY = 0.6  # a supplier intent with no keyword cue needs this much similarity to an example
SUPPLIER_INTENTS = ("onboarding", "risk", "sla", "remediation", "documents", "minerals", "checklist")


class Assistant:
    """Holds what answering needs warm: the store, the model, the router, the memory."""

    def __init__(self, settings: Settings | None = None, *, index: Index | None = None, chat_model: Any = None):
        self.settings = settings or Settings()
        self.index = index or Index.open(self.settings.store, self.settings.index_dir,
                                         precision=self.settings.embedding_precision)
        self.owns_index = index is None
        self.policy: Policy = load_policy(self.settings.policy)
        self.retriever = Retriever(self.index)
        self.memory = Memory(self.settings.log_dir / "assistant.sqlite")
        self.chat_model = chat_model  # a LangChain chat model given directly (tests, embedding apps)
        self.retrieval_mode: Mode = "hybrid"  # the evals compare dense, bm25 and hybrid
        self._router: Any = None
        self._sources: dict[frozenset[str] | None, FactSource] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self.memory.close()
        if self.owns_index:
            self.index.close()

    @property
    def router(self) -> Any:
        if self._router is None:
            from assistant.router import Router

            self._router = Router(self.index.embedder)
        return self._router

    def refresh(self) -> None:
        """Forget cached registries and facts: documents were added while running (a Slack upload)."""
        self._sources.clear()

    def source(self, principal: Principal) -> FactSource:
        if principal.labels not in self._sources:
            self._sources[principal.labels] = FactSource(self.index, self.policy, labels=principal.labels)
        return self._sources[principal.labels]

    def principal_for(self, role: str | None, user: str = "local") -> Principal:
        if role is None:
            return Principal(user=user)
        if role not in self.settings.roles:
            raise GovError(f"unknown role {role!r}", stage="assistant", exit_code=2,
                           hint=f"one of: {', '.join(self.settings.roles)} (GOV_ROLES)")
        return Principal(user=user, labels=frozenset(self.settings.roles[role]))

    # -- answering ----------------------------------------------------------------------------------------
    def ask(self, question: str, *, conversation_id: str | None = None, principal: Principal | None = None,
            as_of: dt.date | None = None, llm: str | None = None, intent: str | None = None) -> Answer:
        """Answer a question. `intent` forces the offline engine's route (slash commands name their tool)."""
        if not question.strip():
            raise GovError("the question is empty", stage="assistant", exit_code=2)
        started = time.perf_counter()
        principal = principal or Principal()
        as_of = as_of or self.settings.effective_as_of()
        with self._lock:  # one store, one SQLite connection: answers are computed one at a time
            conversation_id = self.memory.start(principal, conversation_id)
            context_supplier = self.memory.supplier(conversation_id)
            model = llm or self.settings.llm
            result: Answer | None = None
            pool: dict[str, Chunk] = {}
            note = ""
            if (model or self.chat_model is not None) and intent is None:
                from assistant.llm import LlmUnavailable, run_agent

                try:
                    result, pool = run_agent(self, question, principal, as_of, context_supplier, model)
                except LlmUnavailable as exc:
                    note = f" (llm unavailable: {exc})"
            if result is None:
                result, pool = self.offline(question, principal, as_of, context_supplier, intent)
                result.engine = "offline" + note
            result = validate(result, pool, principal.labels)
            result.conversation_id = conversation_id
            result.latency_ms = round((time.perf_counter() - started) * 1000, 1)
            self.memory.remember(conversation_id, result)
            if self.settings.log_enabled:
                result.log_id = self.memory.log(result, principal)
        return result

    def offline(self, question: str, principal: Principal, as_of: dt.date, context_supplier: str | None,
                forced: str | None = None) -> tuple[Answer, dict[str, Chunk]]:
        from assistant.offline import Draft, OfflineEngine
        from assistant.router import mentioned_suppliers

        source = self.source(principal)
        engine = OfflineEngine(source, self.retriever, self.index.embedder)
        named = mentioned_suppliers(question, source.registry)
        route = self.router.route(question, [n for s in named for n in s.names()]) if forced is None else None
        supplier = named[0] if named else None
        intent = forced or (route.intent if route else "general")
        if route and intent in SUPPLIER_INTENTS and not route.cued and route.similarity < UNCUED_MIN_SIMILARITY:
            intent = "general"  # "Who is the CEO of Kestrel?" names a supplier but asks nothing a tool knows
        if forced is None and COMPARISON.match(question):
            intent = "comparison"
        elif route and intent == "comparison" and not route.cued:
            intent = "general"  # "Which supplier master data fields are mandatory?" compares no suppliers
        short_question = len(question.split()) <= 8 and not re.search(r"\bour\b", question, re.I)
        if supplier is None and context_supplier and intent != "comparison" and (
                FOLLOW_UP.search(question) or (intent in SUPPLIER_INTENTS and short_question)):
            supplier = next((s for s in source.registry.suppliers if s.name == context_supplier), None)
        draft = Draft(supplier=supplier.name if supplier else None)
        if intent == "comparison" or (intent in SUPPLIER_INTENTS and supplier is None
                                      and re.search(r"\bsuppliers\b", question, re.I)):
            intent = "comparison"
            engine.comparison(draft, question, as_of)
        elif intent in SUPPLIER_INTENTS and supplier is not None:
            getattr(engine, intent)(draft, supplier, question, as_of)
        else:
            intent = "general"
            engine.general(draft, question, principal, supplier, self.settings.top_k, self.retrieval_mode)
        pool = dict(draft.chunks)
        wanted = [c.chunk_id for c in draft.citations if c.chunk_id not in pool]
        if wanted:
            pool.update({c.id: c for c in self.index.store.chunks(list(dict.fromkeys(wanted)))})
        return Answer(question=question, answer=draft.text, citations=draft.citations, tool_calls=draft.tool_calls,
                      refused=draft.refused, supplier=draft.supplier, intent=intent), pool


_default: Assistant | None = None


def answer(question: str, *, conversation: str | None = None, principal: Principal | None = None,
           as_of: dt.date | None = None) -> Answer:
    """Answer one question against the store of the current settings (kept open between calls)."""
    global _default
    if _default is None:
        _default = Assistant()
    return _default.ask(question, conversation_id=conversation, principal=principal, as_of=as_of)

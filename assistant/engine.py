"""`Assistant.ask`: one question in, one validated `Answer` out, whichever engine wrote it. The offline
engine is the default; a configured chat model is tried first and, if it fails or times out, the
offline engine answers and `engine` says why. Every answer is validated, remembered in its
conversation and written to the audit log. The parts (store, policy, memory) are built from settings
in one place, `assistant.application`."""

from __future__ import annotations

import datetime as dt
import threading
import time
from typing import Any

from assistant.answers import Answer, validate
from assistant.interpret import Interpreter
from assistant.llm import LlmUnavailable, run_agent
from assistant.memory import Memory
from assistant.offline import OfflineEngine
from core.access import Principal
from core.errors import GovError
from core.settings import Settings
from ingest.index import Index
from ingest.models import Chunk
from ingest.retrieval import Mode, Retriever
from tools.policy import Policy
from tools.source import FactSource


class Assistant:
    """Holds what answering needs warm: the store, the policy, the interpreter, the memory."""

    def __init__(self, settings: Settings, *, index: Index, policy: Policy, memory: Memory, chat_model: Any = None):
        self.settings, self.index, self.policy, self.memory = settings, index, policy, memory
        self.retriever = Retriever(index)
        self.chat_model = chat_model  # a LangChain chat model given directly (tests, embedding apps)
        self.retrieval_mode: Mode = "hybrid"  # the evals compare dense, bm25 and hybrid
        self._interpreter: Interpreter | None = None
        self._sources: dict[frozenset[str] | None, FactSource] = {}
        self._lock = threading.Lock()

    @property
    def interpreter(self) -> Interpreter:
        if self._interpreter is None:  # loads the model and embeds the intent examples: only when first asked
            self._interpreter = Interpreter(self.index.embedder)
        return self._interpreter

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
                try:
                    result, pool = run_agent(question, self.source(principal), as_of, context_supplier,
                                             self.settings, model=self.chat_model, name=model)
                except LlmUnavailable as exc:
                    note = f" (llm unavailable: {exc})"
            if result is None:
                result, pool = self.offline(question, principal, as_of, context_supplier, intent)
                result.engine = "offline" + note
            result = validate(result, pool, principal.labels)
            result.conversation_id = conversation_id
            result.latency_ms = round((time.perf_counter() - started) * 1000, 1)
            self.memory.remember(conversation_id, result)
            result.log_id = self.memory.log(result, principal)
        return result

    def offline(self, question: str, principal: Principal, as_of: dt.date, context_supplier: str | None,
                forced: str | None = None) -> tuple[Answer, dict[str, Chunk]]:
        source = self.source(principal)
        route = self.interpreter.interpret(question, source.registry, context_supplier, forced)
        engine = OfflineEngine(source, self.retriever, self.index.embedder, principal, top_k=self.settings.top_k,
                               mode=self.retrieval_mode)
        draft = engine.answer(route, as_of)
        pool = dict(draft.chunks)
        wanted = [c.chunk_id for c in draft.citations if c.chunk_id not in pool]
        if wanted:
            pool.update({c.id: c for c in self.index.chunks(list(dict.fromkeys(wanted)))})
        return Answer(question=question, answer=draft.text, citations=draft.citations, tool_calls=draft.tool_calls,
                      refused=draft.refused, supplier=draft.supplier, intent=route.intent.value), pool

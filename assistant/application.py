"""The one place that builds the running application from `Settings`: the store (Chroma, manifest,
keyword index, embedder), the buyer's policy, the ingestor, fact sources for the tools, the
conversation memory and audit log, and the assistant. The CLI, the Slack app, the demo, the evals
and the benches all start here; each part is built on first use, so `gov status` never loads a model."""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

from assistant.answers import Answer
from assistant.engine import Assistant
from assistant.llm import fact_proposer
from assistant.memory import Memory
from core.access import Principal
from core.errors import GovError
from core.settings import Settings
from ingest.facts.models import FactBase, ReviewFact
from ingest.facts.review import corrected
from ingest.index import Index
from tools.policy import Policy, load_policy
from tools.source import FactSource

if TYPE_CHECKING:
    from ingest.pipeline import Ingestor


class Application:
    def __init__(self, settings: Settings | None = None, *, index: Index | None = None, chat_model: Any = None,
                 create_store: bool = True, require_documents: bool = False):
        """`index` shares an already open store (tests, benches); `chat_model` gives a LangChain chat model
        directly instead of GOV_LLM. A front end that only reads passes `create_store=False` (a missing store is
        an error saying how to fill it) and `require_documents=True` (so is an empty one)."""
        self.settings = settings or Settings()
        self._given_index = index
        self._chat_model = chat_model
        self._create_store = create_store
        self._require_documents = require_documents

    @cached_property
    def index(self) -> Index:
        if self._given_index is not None:
            return self._given_index
        index = Index.open(self.settings.store, self.settings.index_dir, precision=self.settings.embedding_precision,
                           create=self._create_store)
        if self._require_documents and next(iter(index.manifest.files()), None) is None:
            index.close()
            raise GovError(f"the store at {self.settings.store} holds no documents yet", stage="store", exit_code=2,
                           hint=f"fill it first: gov ingest CORPUS_FOLDER --store {self.settings.store}")
        return index

    @cached_property
    def policy(self) -> Policy:
        return load_policy(self.settings.policy)

    @cached_property
    def memory(self) -> Memory:
        return Memory(self.settings.audit_log)

    @cached_property
    def assistant(self) -> Assistant:
        return Assistant(self.settings, index=self.index, policy=self.policy, memory=self.memory,
                         chat_model=self._chat_model)

    def ingestor(self, index: Index | None = None) -> Ingestor:
        """The ingest of this store, or of `index` (a scratch store beside it) with the same settings."""
        from ingest.pipeline import Ingestor  # the readers and PyTorch: not for a process that only answers

        return Ingestor(index or self.index, max_file_mb=self.settings.max_file_mb,
                        parse_timeout=self.settings.parse_timeout_seconds,
                        parse_memory_mb=self.settings.parse_memory_mb,
                        propose=fact_proposer(self.settings, self._chat_model))

    def facts(self, labels: frozenset[str] | None = None) -> FactSource:
        """What the tools read, as a caller holding `labels` sees it (None: unrestricted)."""
        return FactSource(self.index, self.policy, labels=labels)

    def reviewable(self, fact_id: str, labels: frozenset[str] | None = None) -> FactBase:
        """The fact a decision on `fact_id` is about, as its document was read, if a caller holding `labels`
        may see it."""
        fact = self.facts(labels).fact(fact_id)
        if fact is None:
            raise GovError(f"no fact {fact_id!r} that you may see", stage="review", exit_code=2,
                           hint="`gov review` lists the ids of what needs review")
        return fact

    def review(self, fact_id: str, decision: Literal["confirmed", "dismissed", "corrected"], reviewer: str,
               note: str = "", labels: frozenset[str] | None = None,
               values: dict[str, str] | None = None) -> ReviewFact:
        """Record a person's decision on a fact as its document was read: kept with provenance beside the facts
        (it survives re-ingest of the file) and written to the audit log; a new decision on a fact replaces the
        earlier one. "corrected" takes `values`, the fields as the document really says them, checked against
        the fact models before anything is kept (`ingest.facts.review.corrected`)."""
        fact = self.reviewable(fact_id, labels)
        values = values or {}
        if (decision == "corrected") != bool(values):
            raise GovError("a correction needs the values the document says" if decision == "corrected" else
                           "only a correction takes values", stage="review", exit_code=2,
                           hint="gov review --correct ID --set FIELD=VALUE ...")
        if values:
            corrected(fact, values)  # a value the document cannot say fails here, naming the field
        at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        review = ReviewFact(source=fact.source, supplier=fact.supplier, labels=fact.labels, page=fact.page,
                            chunk_id=fact.chunk_id, quote=fact.quote, target=fact.id, target_kind=fact.kind,
                            decision=decision, reviewer=reviewer, at=at, note=note,
                            values=values).with_id(f"{fact.id}:{at}")
        self.index.manifest.add_review(review)  # type: ignore[arg-type]
        self.memory.log_review(review)  # type: ignore[arg-type]
        return review  # type: ignore[return-value]

    def close(self) -> None:
        if "memory" in self.__dict__:
            self.memory.close()
        if "index" in self.__dict__ and self._given_index is None:
            self.index.close()

    def __enter__(self) -> Application:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


_default: Application | None = None


def answer(question: str, *, conversation: str | None = None, principal: Principal | None = None,
           as_of: dt.date | None = None) -> Answer:
    """Answer one question against the store of the current settings (kept open between calls)."""
    global _default
    if _default is None:
        _default = Application()
    return _default.assistant.ask(question, conversation_id=conversation, principal=principal, as_of=as_of)

"""The LLM engine (opt-in): a LangChain chat model (init_chat_model) driving create_agent over the
tool registry (the document search among its tools). Every reference the model may cite is numbered here, so its
[n] markers map to real chunks; the answer then passes the same validator as the offline engine.
A model that cannot be reached, errs or runs out of time raises LlmUnavailable: the caller answers
offline and says so."""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from pydantic import BaseModel, create_model

from assistant.answers import MARKER, Answer, ToolCall
from core.citations import Citation, Cited, Numbering, inert
from core.errors import GovError
from core.settings import Settings
from ingest.facts.proposed import FactProposer
from ingest.models import Chunk
from tools import registry
from tools.search import SearchResult
from tools.source import FactSource

MAX_TOOL_TEXT = 8000  # characters of one tool result shown to the model


class LlmUnavailable(Exception):
    """The chat model could not be built, reached or finished in time."""


@dataclass
class Evidence:
    """The references of one turn: what the model may cite, numbered in the order it saw them."""

    numbering: Numbering = field(default_factory=Numbering)
    chunks: dict[str, Chunk] = field(default_factory=dict)
    tool_calls: list[ToolCall] = field(default_factory=list)

    @property
    def refs(self) -> list[Cited]:
        return self.numbering.cited

    def numbered(self, value: Any) -> Any:
        """A tool output with each citation replaced by its reference number (and where it is)."""
        if isinstance(value, dict):
            if {"chunk_id", "quote", "source"} <= set(value) and value.get("chunk_id"):
                n = self.numbering.number(Citation(source=value["source"], page=value.get("page"),
                                                   chunk_id=value["chunk_id"], quote=value["quote"]))
                return {"ref": n, "source": value["source"], "page": value.get("page")}
            return {k: self.numbered(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.numbered(v) for v in value]
        return value

    def documents(self, found: SearchResult) -> str:
        """Search results as numbered documents, each marked as untrusted content."""
        parts = []
        for chunk in found.chunks:
            self.chunks[chunk.id] = chunk
            n = self.numbering.number(Citation(source=chunk.source, page=chunk.page, chunk_id=chunk.id,
                                               quote=chunk.text.strip()[:300].strip()))
            parts.append(f'<document ref="{n}" source="{chunk.source}" page="{chunk.page or ""}" '
                         f'trust="untrusted supplier or reference content">\n{inert(chunk.text.strip())}\n</document>')
        return "\n".join(parts) or "no matching documents"


def system_prompt() -> str:
    return resources.files("prompts").joinpath("system.md").read_text(encoding="utf-8")


def chat_model(name: str, settings: Settings) -> Any:
    from langchain.chat_models import init_chat_model

    options: dict[str, Any] = {"timeout": settings.llm_timeout_seconds, "max_retries": 0}
    if settings.llm_base_url:
        options["base_url"] = settings.llm_base_url
    if settings.llm_api_key:
        options["api_key"] = settings.llm_api_key.get_secret_value()
    try:
        return init_chat_model(name, **options)
    except Exception as exc:  # a missing provider package, an unknown provider, a bad option
        raise LlmUnavailable(f"{name}: {str(exc).splitlines()[0][:160]}") from None


def fact_proposer(settings: Settings, model: Any = None) -> FactProposer | None:
    """What ingestion asks for facts where its readers left gaps: only with GOV_LLM_EXTRACTION on and a chat
    model configured (GOV_LLM) or given (`model`); built on first use, so a model that cannot be built costs a
    warning per document, never the ingest."""
    if not settings.llm_extraction or (model is None and not settings.llm):
        return None
    name = settings.llm if model is None else getattr(model, "model_name", None) or type(model).__name__
    return FactProposer(lambda: model if model is not None else chat_model(settings.llm or "", settings),
                        name=str(name), timeout=settings.llm_timeout_seconds * 3)


def without_fixed(model: type[BaseModel]) -> type[BaseModel]:
    """A tool's request as the model fills it: the as-of date and the search depth are ours to set."""
    fields = {k: (v.annotation, v) for k, v in model.model_fields.items() if k not in ("as_of", "k")}
    return create_model(f"{model.__name__}Args", **fields)  # type: ignore[call-overload,no-any-return]


def agent_tools(source: FactSource, as_of: dt.date, top_k: int, evidence: Evidence) -> list[Any]:
    """Every registered tool, each call recorded and its citations numbered for the model."""
    from langchain_core.tools import StructuredTool

    def wrap(tool: registry.Tool[Any, Any]) -> Any:
        fixed = {name: value for name, value in (("as_of", as_of.isoformat()), ("k", top_k))
                 if name in tool.request.model_fields}

        def run(**arguments: Any) -> str:
            try:
                report = tool.call({**arguments, **fixed}, source)
            except GovError as exc:
                return json.dumps({"error": exc.message, "hint": exc.hint})
            if isinstance(report, SearchResult):
                evidence.tool_calls.append(ToolCall(tool=tool.name, input={**arguments, **fixed},
                                                    output={"chunks": [c.id for c in report.chunks]}))
                return evidence.documents(report)
            output = report.model_dump(mode="json")
            evidence.tool_calls.append(ToolCall(tool=tool.name, input={**arguments, **fixed}, output=output))
            return json.dumps(evidence.numbered(output), default=str)[:MAX_TOOL_TEXT]

        return StructuredTool.from_function(run, name=tool.name, description=tool.description,
                                            args_schema=without_fixed(tool.request))

    return [wrap(t) for t in registry.TOOLS]


def run_agent(question: str, source: FactSource, as_of: dt.date, context_supplier: str | None, settings: Settings,
              *, model: Any = None, name: str | None = None) -> tuple[Answer, dict[str, Chunk]]:
    """One agent turn over the caller's fact source; `model` is a chat model given directly, else `name`
    (provider:model) is built from the settings."""
    from langchain.agents import create_agent

    model = model if model is not None else chat_model(name or "", settings)
    label = name or getattr(model, "model_name", None) or type(model).__name__
    evidence = Evidence()
    agent = create_agent(model, tools=agent_tools(source, as_of, settings.top_k, evidence),
                         system_prompt=system_prompt())
    context = f"\n\n(Conversation so far was about the supplier {context_supplier}.)" if context_supplier else ""
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    messages = {"messages": [{"role": "user", "content": question + context}]}
    future = pool.submit(lambda: agent.invoke(messages))  # type: ignore[call-overload]
    try:
        state = future.result(timeout=settings.llm_timeout_seconds * 3)
    except concurrent.futures.TimeoutError:
        raise LlmUnavailable(f"no answer within {settings.llm_timeout_seconds * 3:g} s") from None
    except Exception as exc:  # the server refused, the connection dropped, the model broke the protocol
        raise LlmUnavailable(str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__) from None
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    final = state["messages"][-1]
    text = final.content if isinstance(final.content, str) else " ".join(
        part.get("text", "") for part in final.content if isinstance(part, dict))
    cited = {int(m) for m in MARKER.findall(text)}
    citations = [ref for ref in evidence.refs if ref.n in cited]
    wanted = [c.chunk_id for c in citations if c.chunk_id not in evidence.chunks]
    chunks = dict(evidence.chunks)
    if wanted:
        chunks.update({c.id: c for c in source.index.chunks(list(dict.fromkeys(wanted)))})
    supplier = next((c.input.get("supplier") for c in evidence.tool_calls if c.input.get("supplier")), None)
    resolved = None
    if supplier:
        try:
            resolved = source.supplier(str(supplier)).name
        except GovError:
            resolved = None
    answer = Answer(question=question, answer=re.sub(r"\n{3,}", "\n\n", text).strip(), citations=citations,
                    tool_calls=evidence.tool_calls, engine=f"llm:{label}", supplier=resolved or context_supplier,
                    intent="llm")
    return answer, chunks

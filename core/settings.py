"""Settings, declared once. Every field has a default, a help line (its description) and an
environment variable `GOV_<NAME>`; `gov config` prints the effective values, secrets masked."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

ENV_PREFIX = "GOV_"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore")

    store: str = Field(
        "./.gov/store",
        description="Where the document store lives: a directory (embedded Chroma) "
        "or http://HOST:PORT[/COLLECTION] of a Chroma server.",
    )
    index_dir: Path | None = Field(
        None,
        description="Where the manifest, keyword index and embedding cache live when GOV_STORE is a "
        "Chroma server URL (default ./.gov/index). An embedded store keeps them in its own directory.",
    )
    log_dir: Path = Field(
        Path("./.gov/logs"),
        description="Directory for the audit log of questions and answers, and conversations.",
    )
    llm: str | None = Field(
        None,
        description="Chat model as provider:model (e.g. openai:gpt-4o-mini, ollama:llama3.1). "
        "Unset = the offline engine; nothing leaves the machine.",
    )
    llm_base_url: str | None = Field(
        None, description="Base URL of an OpenAI-compatible or Ollama server for the chat model."
    )
    llm_api_key: SecretStr | None = Field(
        None, description="API key for the chat model's provider (never printed or logged)."
    )
    llm_timeout_seconds: float = Field(
        30.0, gt=0, description="How long to wait for the chat model before falling back offline."
    )
    llm_extraction: bool = Field(
        False,
        description="At ingestion, let the chat model (GOV_LLM) propose facts where the offline readers left "
        "gaps; a value is kept only with a verbatim quote, and a proposal counts only once a person confirms it "
        "(gov review). Off = ingestion sends nothing to a model.",
    )
    as_of: dt.date | None = Field(
        None,
        description="Date that verdicts are computed for (YYYY-MM-DD). Unset = today.",
    )
    max_file_mb: float = Field(
        50.0, gt=0, description="Files larger than this are reported, not ingested."
    )
    parse_timeout_seconds: float = Field(
        60.0, gt=0, validation_alias=AliasChoices("GOV_PARSE_TIMEOUT_SECONDS", "GOV_PDF_TIMEOUT_SECONDS"),
        description="Time limit for reading one file of any format (also read from GOV_PDF_TIMEOUT_SECONDS).",
    )
    parse_memory_mb: float = Field(
        2048.0, gt=0, description="How much memory reading one file may take, in MB; beyond it the file is "
        "reported, not ingested.",
    )
    embedding_precision: Literal["auto", "fp32", "bf16"] = Field(
        "auto",
        description="Arithmetic for the embedding model: auto uses bf16 where the CPU computes it "
        "natively (about twice as fast, same rankings), fp32 elsewhere.",
    )
    top_k: int = Field(8, ge=1, le=100, description="How many chunks retrieval returns.")
    roles: dict[str, list[str]] = Field(
        default_factory=lambda: {"buyer": ["procurement"], "procurement": ["procurement"], "quality": ["quality"],
                                 "onboarding": ["quality"], "evaluator": ["procurement", "quality"]},
        description="Access labels per role, as JSON ({\"buyer\": [\"procurement\"]}); `--as ROLE` and Slack "
        "users act with these labels. Documents without labels are visible to every role.",
    )
    slack_bot_token: SecretStr | None = Field(
        None, validation_alias=AliasChoices("GOV_SLACK_BOT_TOKEN", "SLACK_BOT_TOKEN"),
        description="Slack bot token (xoxb-...), also read from SLACK_BOT_TOKEN. Required by `gov slack`.",
    )
    slack_signing_secret: SecretStr | None = Field(
        None, validation_alias=AliasChoices("GOV_SLACK_SIGNING_SECRET", "SLACK_SIGNING_SECRET"),
        description="Slack signing secret, also read from SLACK_SIGNING_SECRET; every HTTP request is verified "
        "with it.",
    )
    slack_app_token: SecretStr | None = Field(
        None, validation_alias=AliasChoices("GOV_SLACK_APP_TOKEN", "SLACK_APP_TOKEN"),
        description="Slack app-level token (xapp-...), also read from SLACK_APP_TOKEN; set = Socket Mode.",
    )
    slack_api_url: str = Field(
        "https://slack.com/api/", description="Base URL of Slack's Web API (tests point it at a local stand-in).",
    )
    slack_roles: dict[str, str] = Field(
        default_factory=dict,
        description="Slack user ids or user-group ids -> role, as JSON ({\"U123\": \"buyer\", \"S456\": "
        "\"quality\"}). Unlisted users get GOV_SLACK_DEFAULT_ROLE.",
    )
    slack_default_role: str | None = Field(
        None, description="Role of Slack users not in GOV_SLACK_ROLES; unset = only unrestricted documents.",
    )
    slack_watch_channel: str | None = Field(
        None, description="Slack channel id the early-warning digest is posted to by `gov slack` (unset: only on "
        "demand, with /gov-watch). Only documents every channel member may see are used.",
    )
    slack_watch_hours: float = Field(
        24 * 7, gt=0, description="How often `gov slack` posts the digest to GOV_SLACK_WATCH_CHANNEL, in hours.",
    )
    slack_host: str = Field(
        "127.0.0.1", description="Address `gov slack` listens on for the Events API over HTTP: 127.0.0.1 = this "
        "machine only (a TLS reverse proxy in front); 0.0.0.0 = every interface.",
    )
    slack_port: int = Field(3000, ge=1, le=65535, description="Port `gov slack` listens on for the Events API.")
    slack_max_body_kb: int = Field(
        1024, ge=1, description="Largest request body `gov slack` accepts over HTTP, in KB; larger gets 413 unread.",
    )
    slack_body_timeout_seconds: float = Field(
        10.0, gt=0, description="How long a client of `gov slack` may take to send a request's headers, and then its "
        "body; slower headers close the connection, a slower body gets 408.",
    )
    slack_max_connections: int = Field(
        100, ge=1, description="Open connections `gov slack` serves at once over HTTP; beyond it requests get 503.",
    )
    corpus_dir: Path = Field(
        Path("./corpus"), description="The document drive files uploaded in Slack are saved into "
        "(suppliers/<Name>/inbox/) once a person with an upload role accepts them.",
    )
    slack_upload_roles: list[str] = Field(
        default_factory=lambda: ["onboarding", "buyer"],
        description="Roles (GOV_SLACK_ROLES) whose members may send documents to the bot in Slack and accept them "
        "as evidence, as JSON ([\"onboarding\", \"buyer\"]). An upload counts only once one of them accepts it.",
    )
    slack_file_hosts: list[str] = Field(
        default_factory=lambda: ["files.slack.com"],
        description="Hosts the bot downloads uploaded files from, as JSON; the bot token is sent to no other host, "
        "and never across a redirect to another origin.",
    )
    policy: Path | None = Field(
        None,
        description="The buyer's policy file (YAML: required documents per segment, CAPA deadlines, "
        "thresholds). Unset = the bundled tools/policy.yaml, which follows the sample buyer's policies.",
    )

    def effective_as_of(self) -> dt.date:
        return self.as_of or dt.date.today()

    @property
    def audit_log(self) -> Path:
        """The SQLite file of conversations and the audit log (recording is switched with `gov log --off/--on`)."""
        return self.log_dir / "assistant.sqlite"


def env_var(field_name: str) -> str:
    return f"{ENV_PREFIX}{field_name.upper()}"


def describe(settings: Settings) -> list[dict[str, Any]]:
    """Each setting with its env var, effective value (secrets masked), source and help."""
    rows = []
    for name, field in Settings.model_fields.items():
        value = getattr(settings, name)
        if isinstance(value, SecretStr):
            shown: Any = "********" if value.get_secret_value() else ""
        elif name == "as_of" and value is None:
            shown = f"today ({dt.date.today().isoformat()})"
        elif value is None:
            shown = None
        elif isinstance(value, dict):
            shown = json.dumps(value)
        else:
            shown = value if isinstance(value, bool | int | float) else str(value)
        rows.append({
            "name": name,
            "env": env_var(name),
            "value": shown,
            "source": "environment" if name in settings.model_fields_set else "default",
            "help": field.description,
        })
    return rows

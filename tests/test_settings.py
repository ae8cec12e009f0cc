import datetime as dt
import os

from pydantic import AliasChoices

from conftest import ROOT
from core.settings import Settings, describe, env_var


def variables_read(name: str, field) -> set[str]:
    """The environment variables pydantic-settings reads for a field: GOV_<NAME>, unless a validation
    alias replaces it (and then the alias must still list GOV_<NAME>)."""
    alias = field.validation_alias
    if alias is None:
        return {(Settings.model_config["env_prefix"] + name).upper()}
    return {str(choice).upper() for choice in (alias.choices if isinstance(alias, AliasChoices) else [alias])}


def test_every_setting_has_a_help_line_and_a_gov_variable_that_is_really_read():
    for name, field in Settings.model_fields.items():
        assert field.description, f"setting {name} has no help line"
        assert env_var(name) == f"GOV_{name.upper()}"
        # what `gov config` and the docs name must be a variable the settings actually read
        assert env_var(name) in variables_read(name, field), (name, variables_read(name, field))


def test_docs_list_every_setting():
    text = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    missing = [env_var(n) for n in Settings.model_fields if env_var(n) not in text]
    assert not missing, f"docs/configuration.md does not mention {missing}"


def test_environment_overrides_defaults_and_is_reported_as_such(monkeypatch):
    monkeypatch.setenv("GOV_TOP_K", "5")
    monkeypatch.setenv("GOV_AS_OF", "2026-11-15")
    settings = Settings()
    assert settings.top_k == 5
    assert settings.effective_as_of() == dt.date(2026, 11, 15)
    rows = {row["name"]: row for row in describe(settings)}
    assert rows["top_k"]["source"] == "environment"
    assert rows["llm"]["source"] == "default" and rows["llm"]["value"] is None


def test_store_and_log_dir_come_from_the_per_test_environment(isolated_settings):
    settings = Settings()
    assert settings.store == os.environ["GOV_STORE"]
    assert str(settings.log_dir).startswith(str(isolated_settings))


def test_secret_is_masked_in_the_description(monkeypatch):
    monkeypatch.setenv("GOV_LLM_API_KEY", "sk-very-secret")
    rows = {row["name"]: row for row in describe(Settings())}
    assert rows["llm_api_key"]["value"] == "********"
    assert "sk-very-secret" not in repr(describe(Settings()))

import datetime as dt
import os

from conftest import ROOT
from core.settings import Settings, describe, env_var


def test_every_setting_has_a_help_line_and_a_gov_variable():
    for name, field in Settings.model_fields.items():
        assert field.description, f"setting {name} has no help line"
        assert env_var(name) == f"GOV_{name.upper()}"


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

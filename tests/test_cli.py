"""The real `gov` console script, run as a user would run it."""

import json
import os
from importlib.metadata import version

from assistant.cli import app
from core.settings import Settings, env_var


def registered_commands() -> list[str]:
    return sorted(c.name or c.callback.__name__ for c in app.registered_commands)


def test_help_lists_every_command_with_one_line_of_help(gov):
    result = gov("--help")
    assert result.returncode == 0, result.stderr
    commands = registered_commands()
    assert commands, "gov has no commands"
    for name in commands:
        line = next((ln for ln in result.stdout.splitlines() if f" {name} " in ln), None)
        assert line is not None, f"{name} missing from gov --help"
        assert len(line.split(name, 1)[1].strip(" │")) > 10, f"{name} has no help text"


def test_config_prints_effective_values_and_masks_secrets(gov):
    result = gov("config", "--json", env={"GOV_LLM_API_KEY": "sk-secret-123", "GOV_TOP_K": "12"})
    assert result.returncode == 0, result.stderr
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    assert rows["top_k"] == {**rows["top_k"], "value": 12, "source": "environment"}
    assert rows["llm_api_key"]["value"] == "********"
    assert rows["store"]["value"] == os.environ["GOV_STORE"]
    assert "sk-secret-123" not in result.stdout + result.stderr


def test_config_table_shows_every_variable(gov):
    result = gov("config")
    assert result.returncode == 0, result.stderr
    # whole first-column cells: a substring test would find GOV_LLM inside GOV_LLM_API_KEY
    shown = {line.split("│")[1].strip() for line in result.stdout.splitlines() if line.startswith("│")} - {""}
    assert shown == {env_var(name) for name in Settings.model_fields}


def test_bad_setting_is_one_clear_error_with_exit_code_2(gov):
    result = gov("config", env={"GOV_TOP_K": "many"})
    assert result.returncode == 2
    assert "GOV_TOP_K" in result.stderr
    assert "Traceback" not in result.stderr


def test_version(gov):
    result = gov("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"gov {version('battery-governance')}"

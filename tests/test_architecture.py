"""The house rules that code review alone would not keep: layers import only downward (the
import-linter contracts in pyproject.toml), and the tool registry is the only way to a tool."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_layers_import_only_downward():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--config", str(ROOT / "pyproject.toml")], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def imported_names(path: Path) -> set[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {(node.module or "", alias.name) for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
            for alias in node.names}


def test_front_ends_and_engines_reach_tools_only_through_the_registry():
    """The offline engine, the LLM agent, the CLI, Slack and the demo never import a tool function itself."""
    tool_functions = {"summarize", "score_risk", "rank_suppliers", "evaluate_checklist", "lookup_sla",
                      "draft_remediation", "build_register", "compare_suppliers", "release_decisions",
                      "single_sourced_parts", "policy_rule", "search_documents"}
    callers = [ROOT / "assistant" / name for name in ("offline.py", "llm.py", "cli.py", "demo.py")]
    callers += sorted((ROOT / "assistant" / "slack").glob("*.py"))
    offenders = {f"{path.name}: {module}.{name}" for path in callers for module, name in imported_names(path)
                 if module.startswith("tools.") and name in tool_functions}
    assert not offenders, offenders


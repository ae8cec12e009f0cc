"""The README's two commands are the ones the Makefile and CI implement."""

import re

from conftest import ROOT


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = re.search(r"```(?:sh|bash|console)?\n(.*?)```", text, re.S)
    assert first_block, "README has no code block"
    assert text.index(first_block.group(0)) < text.index("\n## "), "set-up commands must come first"
    return [ln.strip() for ln in first_block.group(1).splitlines() if ln.strip()]


def makefile_recipe(target: str) -> str:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    match = re.search(rf"^{target}:.*?\n((?:\t.*\n)+)", text, re.M)
    assert match, f"Makefile has no {target} target"
    return match.group(1)


def test_readme_opens_with_exactly_make_demo_and_make_test():
    assert readme_commands() == ["make demo", "make test"]


def test_ci_runs_make_test_and_nothing_the_readme_does_not():
    """`make test`, after installing Chromium for the eval report's render test - which the README names."""
    text = (ROOT / ".ci" / "run").read_text()
    lines = [ln.strip() for ln in text.splitlines()]
    commands = [ln for ln in lines if ln and not ln.startswith("#")
                and not ln.startswith("set ") and not ln.startswith("cd ")]
    assert commands[-1] == "make test"
    extra = " ".join(commands[:-1])
    assert not extra or ("apt-get install" in extra and "chromium" in extra)
    assert "apt-get install chromium" in (ROOT / "README.md").read_text()


def test_make_targets_install_cpu_torch_first_then_the_project_and_run_pytest():
    install = makefile_recipe(r"\$\(STAMP\)")
    torch_at = install.index("$(TORCH)")
    project_at = install.index("-e '.[dev]'")
    assert torch_at < project_at
    assert "TORCH  := torch==2.13.0" in (ROOT / "Makefile").read_text()
    assert "pytest" in makefile_recipe("test")
    recipes = [ln for ln in (ROOT / "Makefile").read_text().splitlines() if ln.startswith("\t")]
    assert not [ln for ln in recipes if re.search(r"\b(uv|poetry)\b", ln)], "use pip in the venv"

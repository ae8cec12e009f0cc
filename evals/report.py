"""The eval reports: report.json (schema-versioned, everything), report.md (a CI job summary: gates,
then the worst regressions) and report.html (one self-contained page: gate table, per-tag bars, a
searchable per-case table with expandable answers and sources; no CDN)."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from evals.harness import CaseResult, Gate


def build(info: dict[str, Any], aggregates: dict[str, Any], tags: dict[str, dict[str, Any]], gate_list: list[Gate],
          results: list[CaseResult], baseline: dict[str, Any] | None) -> dict[str, Any]:
    before = (baseline or {}).get("cases", {})
    return {"schema_version": info["schema_version"], "run": info, "aggregates": aggregates, "by_tag": tags,
            "gates": [g.model_dump() for g in gate_list], "passed": all(g.passed for g in gate_list),
            "cases": [{**r.model_dump(), "baseline_passed": before.get(r.id)} for r in results]}


def fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value)}"
    return str(value)


def to_markdown(report: dict[str, Any]) -> str:
    verdict = "PASSED" if report["passed"] else "FAILED"
    out = [f"# Eval: {verdict}", "",
           f"{len(report['cases'])} cases, dataset `{report['run']['dataset']}`, git {report['run']['git_sha']}, "
           f"config {report['run']['config_hash']}.", "", "| gate | value | baseline | threshold | |",
           "|---|---|---|---|---|"]
    for g in report["gates"]:
        out.append(f"| {g['name']} | {fmt(g['value'])} | {fmt(g['baseline'])} | {g['threshold']} | "
                   f"{'pass' if g['passed'] else '**FAIL**'} |")
    out += ["", "| metric | value |", "|---|---|"]
    out += [f"| {k} | {fmt(v)} |" for k, v in report["aggregates"].items()]
    failing = [c for c in report["cases"] if not c["passed"]]
    regressions = sorted(failing, key=lambda c: not c.get("baseline_passed"))
    if regressions:
        out += ["", "## Failing cases (regressions first)", ""]
        for case in regressions[:15]:
            mark = "regression" if case.get("baseline_passed") else "failing"
            answer = " ".join(case["answer"].split())[:300]
            out += [f"- **{case['id']}** ({mark}): {case['question']}", f"  - expected: {'; '.join(case['failures'])}",
                    f"  - answer: {answer}"]
    return "\n".join(out) + "\n"


def to_html(report: dict[str, Any]) -> str:
    e = html.escape
    verdict = "PASSED" if report["passed"] else "FAILED"
    gate_rows = "".join(f"<tr class='{'ok' if g['passed'] else 'bad'}'><td>{e(g['name'])}</td><td>{fmt(g['value'])}"
                        f"</td><td>{fmt(g['baseline'])}</td><td>{e(g['threshold'])}</td><td>"
                        f"{'pass' if g['passed'] else 'FAIL'}</td></tr>" for g in report["gates"])
    bars = []
    for tag, values in report["by_tag"].items():
        rate = values.get("pass_rate") or 0.0
        bars.append(f"<div class='bar'><span class='label'>{e(tag)} ({int(values['cases'])})</span>"
                    f"<span class='track'><span class='fill' style='width:{rate * 100:.0f}%'></span></span>"
                    f"<span class='value'>{rate:.0%}</span></div>")
    rows = []
    for case in report["cases"]:
        sources = "".join(f"<li>{e(s)}</li>" for s in case["cited"]) or "<li>none</li>"
        failures = "; ".join(case["failures"]) or "-"
        rows.append(f"<tr class='{'ok' if case['passed'] else 'bad'}' data-text='{e((case['id'] + ' ' + case['question'] + ' ' + ' '.join(case['tags'])).lower())}'>"  # noqa: E501
                    f"<td>{e(case['id'])}</td><td>{e(', '.join(case['tags']))}</td><td>{e(case['question'])}"
                    f"<details><summary>answer and sources</summary><pre>{e(case['answer'])}</pre><ul>{sources}</ul>"
                    f"</details></td><td>{'pass' if case['passed'] else 'fail'}</td><td>{e(failures)}</td>"
                    f"<td>{case['latency_ms']:.0f}</td></tr>")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Eval {verdict}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; color: #212121; }}
table {{ border-collapse: collapse; width: 100%; font-size: 13px; margin-bottom: 1.5em; }}
th, td {{ border: 1px solid #ddd; padding: 4px 6px; vertical-align: top; text-align: left; }}
th {{ background: #eceff1; }}
tr.bad td {{ background: #ffebee; }}
.bar {{ display: flex; align-items: center; gap: 8px; font-size: 13px; margin: 2px 0; }}
.label {{ width: 180px; }} .track {{ width: 300px; height: 12px; background: #eceff1; display: inline-block; }}
.fill {{ height: 12px; background: #2e7d32; display: block; }}
pre {{ white-space: pre-wrap; }}
</style></head><body>
<h1>Eval {verdict}</h1>
<p>{len(report['cases'])} cases · dataset {e(report['run']['dataset'])} · git {e(str(report['run']['git_sha']))} ·
config {e(report['run']['config_hash'])} · {e(report['run']['started'])}</p>
<h2>Gates</h2>
<table id="gates"><thead><tr><th>gate</th><th>value</th><th>baseline</th><th>threshold</th><th></th></tr></thead>
<tbody>{gate_rows}</tbody></table>
<h2>Pass rate by tag</h2>
{''.join(bars)}
<h2>Cases</h2>
<p><input id="filter" type="search" placeholder="filter cases (id, question, tag)" size="50"></p>
<table id="cases"><thead><tr><th>id</th><th>tags</th><th>question</th><th>result</th><th>failures</th><th>ms</th>
</tr></thead><tbody>{''.join(rows)}</tbody></table>
<script>
document.getElementById('filter').addEventListener('input', function (event) {{
  var words = event.target.value.toLowerCase();
  document.querySelectorAll('#cases tbody tr').forEach(function (row) {{
    row.style.display = row.dataset.text.indexOf(words) >= 0 ? '' : 'none';
  }});
}});
document.body.dataset.ready = 'yes';
</script>
</body></html>
"""


def write(report: dict[str, Any], directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "report.json").write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    (directory / "report.md").write_text(to_markdown(report), encoding="utf-8")
    (directory / "report.html").write_text(to_html(report), encoding="utf-8")

"""Score the product against a generated corpus.

    python -m evals.styles.score CORPUS_DIR [--out REPORT_DIR] [--store DIR]

Ingests CORPUS_DIR into a fresh temporary store through the product (`Application`), then compares
the facts it extracted with truth.json document by document, and asks the product's tools for every
supplier's onboarding card and risk score to count false all-clears. Writes report.json and report.md
(to --out, default CORPUS_DIR/../<name>-report) and prints the Markdown.

Matching: within one document, an extracted fact matches a true fact of the same kind when their KEY
FIELDS agree (see KEYS); among several candidates the one agreeing on most other fields wins. Every
other field the true fact states is then compared (field accuracy). Precision and recall count facts;
facts of a kind extracted from a document whose truth has none of that kind are false positives.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from evals.styles.plan import PROBLEM_STATUSES
from evals.styles.truth import load
from evals.styles.vocab import bare_name, canonical_country, canonical_material, fold

# -- normalisation -------------------------------------------------------------------------------------

# Any standards body a report cites; a Chinese standard's year follows a dash ("GB 31241-2022", "GB/T 36276-2018").
_STD = re.compile(r"\b(ISO|IATF|IEC|UL|EN|GB/T|GB|JIS\s?C|KC|IS|SAE\s?J)\s*"
                  r"([0-9]{2,5}(?:-[0-9]{1,2})?(?![0-9])[A-Z]?)\b(?:[^0-9]{0,25}?((?:19|20)[0-9]{2}))?", re.I)
_ECE = re.compile(r"\b(?:UN[\s/-]*)?(?:ECE[\s/-]*)?R\s?(100|136)\b|\bUN Regulation No\.?\s*(100|136)\b", re.I)


def norm_standard(value: Any, edition: bool = True) -> str | None:
    if not value:
        return None
    if ece := _ECE.search(str(value)):
        return f"UN ECE R{ece.group(1) or ece.group(2)}"
    m = _STD.search(str(value))
    if not m:
        return fold(value)
    body = re.sub(r"\s+", " ", m.group(1).upper())
    number = m.group(2).upper()
    if body == "EN":  # a harmonised European edition of an IEC or ISO standard
        body = "IEC" if number.startswith("6") else "ISO"
    base = f"{body}{number}" if body.endswith("J") else f"{body} {number}"  # "SAE J2464"
    return f"{base}:{m.group(3)}" if edition and m.group(3) else base


def compact(value: Any) -> str | None:
    if value is None:
        return None
    return re.sub(r"[^0-9a-z]", "", fold(value))


def norm_date(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    return str(value)[:10]


def num_eq(a: Any, b: Any, rel: float = 1e-6, abs_: float = 1e-9) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return math.isclose(float(a), float(b), rel_tol=rel, abs_tol=abs_)
    except (TypeError, ValueError):
        return False


def _strip_markup(value: Any) -> str:
    return re.sub(r"^[\s*_:#>\-–|\"']+|[\s*_:|\"']+$", "", str(value))


_LEGAL_FORM = re.compile(
    r"[\s,]+(gmbh & co\.? kg|gmbh|ag|co\.,? ltd\.?|ltd\.?|limited|inc\.?|llc|corp\.?|corporation|s\.a\.s\.?|"
    r"s\.a\.r\.l\.?|s\.a\. de c\.v\.|s\.a\.?|s\.l\.?|spa|s\.p\.a\.|b\.v\.?|ab|oy|kft\.?|zrt\.?|k\.k\.|"
    r"pvt\.? ltd\.?|private limited|sp\. z o\.o\.?|s\.r\.o\.?|a\.s\.|plc|pty ltd|sarl|jsc|sac|s\.a\.c\.)$")


def _without_legal_form(name: str) -> str:
    name = re.sub(r"^pt\s+", "", name.casefold().strip())
    while True:
        shorter = _LEGAL_FORM.sub("", name)
        if shorter == name:
            return fold(name)
        name = shorter


def name_eq(truth: Any, got: Any) -> bool:
    """Same organisation: equal up to case, surrounding markup, small typos, or its legal form ("GmbH")."""
    if truth is None or got in (None, ""):
        return truth is None and got in (None, "")
    a, b = _strip_markup(truth).casefold(), _strip_markup(got).casefold()
    return a == b or fuzz.ratio(a, b) >= 92 or _without_legal_form(a) == _without_legal_form(b)


def norm_clause(value: Any) -> str | None:
    """"§ 6 (2)", "Art. 6.2", "Clause 6.2" -> "6.2"; "Clause 9(a)" -> "9.a"."""
    if value is None:
        return None
    tokens = re.findall(r"\d+|\([a-z]\)", str(value).casefold())
    return ".".join(t.strip("()") for t in tokens) or fold(value)


UNITS = {"h": "hours", "hrs": "hours", "hour": "hours", "hours": "hours", "percent": "%", "pct": "%", "%": "%",
         "ppm": "ppm", "business days": "working days", "working days": "working days", "workdays": "working days",
         "days": "days", "calendar days": "days", "day": "days", "years": "years", "year": "years"}


def norm_unit(value: Any) -> str | None:
    if value is None:
        return None
    v = str(value).strip().casefold()
    return UNITS.get(v, v)


RESULT = {"pass": "pass", "passed": "pass", "p": "pass", "complies": "pass", "fail": "fail", "failed": "fail",
          "f": "fail", "n/a": "n/a", "na": "n/a", "n.a.": "n/a", "not applicable": "n/a"}


def norm_results(value: Any) -> dict[str, str]:
    out = {}
    for k, v in (value or {}).items():
        m = re.search(r"(\d)", str(k))
        key = f"T.{m.group(1)}" if m else str(k)
        out[key] = RESULT.get(str(v).strip().casefold(), str(v).strip().casefold())
    return out


# the 38.3.5 elements, recognised by words in whatever the product calls them (first match wins)
MISSING_WORDS = {"signature": r"sign", "manual_edition": r"manual|edition|revision",
                 "description": r"descri|mass|weight|watt|\bwh\b|energy|lithium|chemistry|model",
                 "manufacturer": r"manufacturer", "test_lab": r"lab", "report_id": r"report.?id|identifier",
                 "report_date": r"date", "test_results": r"result|tests?\b"}


def norm_missing(items: Any) -> set[str]:
    out = set()
    for it in items or []:
        t = str(it).casefold()
        out.add(next((k for k, pattern in MISSING_WORDS.items() if re.search(pattern, t)), t))
    return out


def finding_id_eq(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    ca, cb = compact(a), compact(b)
    if ca == cb:
        return True
    strip = lambda s: re.sub(r"^(finding|observation|obs|nc|f|car)", "", s or "")  # noqa: E731
    return bool(re.search(r"\d", ca or "")) and strip(ca) == strip(cb)


def fuzzy_set_eq(truth: list[str], got: list[str], threshold: int = 85) -> bool:
    got = [_strip_markup(g) for g in got or []]
    if len(truth) != len(got):
        return False
    left = list(got)
    for t in truth:
        best = max(left, key=lambda g: fuzz.token_set_ratio(t.casefold(), g.casefold()), default=None)
        if best is None or fuzz.token_set_ratio(t.casefold(), best.casefold()) < threshold:
            return False
        left.remove(best)
    return True


def materials_eq(truth: dict, got: dict) -> bool:
    def canon(d: dict) -> dict[str, set]:
        out: dict[str, set] = defaultdict(set)
        for k, cs in (d or {}).items():
            out[canonical_material(k)] |= {canonical_country(c) for c in cs or []}
        return dict(out)
    return canon(truth) == canon(got)


def product_types_eq(truth: dict, got: dict) -> bool:
    g = {compact(k): v for k, v in (got or {}).items()}
    if set(g) != {compact(k) for k in truth}:
        return False
    return all(fuzz.token_set_ratio(str(v).casefold(), str(g[compact(k)]).casefold()) >= 85 for k, v in truth.items())


def field_eq(kind: str, field: str, truth: Any, got: Any) -> bool:
    if field in ("issued", "expires", "date", "due", "report_date", "effective", "audit_date", "closed_on",
                 "candidate_list_date"):
        return norm_date(truth) == norm_date(got)
    if field == "standard":
        return norm_standard(truth) == norm_standard(got)
    if field in ("holder", "issuer", "lab", "audit_firm", "legal_name", "company", "verifier"):
        return name_eq(truth, got)
    if field in ("number", "report_id", "contract_number", "model"):
        return compact(truth) == compact(got)
    if field == "finding_id":
        return finding_id_eq(truth, got)
    if field in ("severity", "status", "verdict", "level", "audit_type", "metric", "segment", "template", "category"):
        return (truth or None) == ((str(got).strip().casefold() or None) if got is not None else None)
    if field in ("target", "penalty_rate", "penalty_cap", "capacity_retention_pct", "warranty_cycles", "value",
                 "kg_co2e_per_kwh", "candidate_list_entries"):
        return num_eq(truth, got)
    if field in ("watt_hours", "mass_g"):
        return num_eq(truth, got, rel=0.005)
    if field == "unit":
        return norm_unit(truth) == norm_unit(got)
    if field == "clause":
        return norm_clause(truth) == norm_clause(got)
    if field == "results":
        return norm_results(truth) == norm_results(got)
    if field == "signed_by":
        if truth is None:
            return not got
        return bool(got) and fold(bare_name(truth)) in fold(got)
    if field == "missing_elements":
        return set(truth) == norm_missing(got)
    if field in ("minerals", "cahra_minerals"):
        return {canonical_material(x) for x in truth} == {canonical_material(x) for x in got or []}
    if field == "country":
        return canonical_country(truth) == canonical_country(got)
    if field == "products":
        return {compact(x) for x in truth} == {compact(_strip_markup(x)) for x in got or []}
    if field == "product_types":
        return product_types_eq(truth, got)
    if field == "materials":
        return materials_eq(truth, got)
    if field == "exemptions":
        return {compact(x) for x in truth} == {compact(x) for x in got or []}
    if field == "svhcs":
        return {compact(x.get("cas") or x.get("substance")) for x in truth} == \
            {compact(x.get("cas") or x.get("substance")) for x in got or []}
    if field == "recycled_pct":
        return set(truth) == set(got or {}) and all(num_eq(v, (got or {}).get(k)) for k, v in truth.items())
    if field == "stages":
        return {_low(x) for x in truth} == {_low(x) for x in got or []}
    if field in ("amendment", "directive"):
        return compact(truth) == compact(got)
    if field == "single_sourced_parts":
        return fuzzy_set_eq(truth, got)
    if field == "contact_email":
        return (truth or "").casefold() == (_strip_markup(got).casefold() if got else "")
    return truth == got


# -- keys --------------------------------------------------------------------------------------------

MAIN_NUMBER = {"late_delivery_penalty": "penalty_rate", "otd_service_credit": "penalty_rate"}


def _low(x: Any) -> str | None:
    return None if x is None else str(x).strip().casefold() or None


def _num_key(x: Any) -> str | None:
    return None if x is None else f"{float(x):.4f}"


KEYS = {
    "certificate": (("standard", "expires"), lambda f: (norm_standard(f.get("standard"), edition=False),
                                                          norm_date(f.get("expires")))),
    "transport_test": (("model",), lambda f: (compact(f.get("model")),)),
    "safety_test": (("standard", "model"), lambda f: (norm_standard(f.get("standard"), edition=False),
                                                       compact(f.get("model")))),
    "audit_finding": (("severity", "status", "due"), lambda f: (_low(f.get("severity")), _low(f.get("status")),
                                                                 norm_date(f.get("due")))),
    "contract_clause": (("metric", "target|penalty_rate"), lambda f: (
        _low(f.get("metric")), _num_key(f.get(MAIN_NUMBER.get(f.get("metric"), "target"))))),
    "minerals": (("template",), lambda f: ((f.get("template") or "").upper(),)),
    "profile": ((), lambda f: ()),
    "kpi": ((), lambda f: ()),
    "substance_declaration": (("regulation",), lambda f: (_low(f.get("regulation")),)),
    "carbon_footprint": (("model",), lambda f: (compact(f.get("model")),)),
    "esg_metric": (("metric", "period"), lambda f: (_low(f.get("metric")), compact(f.get("period")))),
}
KEY_FIELDS_TEXT = {
    "certificate": "standard without edition + expiry date",
    "transport_test": "model",
    "safety_test": "standard without edition + model",
    "audit_finding": "severity + status + stated due date (a report with no findings: all three empty)",
    "contract_clause": "metric + main number (target; penalty rate for penalties and service credits)",
    "minerals": "template (EMRT/CMRT)",
    "profile": "one per document",
    "kpi": "one per document",
    "substance_declaration": "regulation (RoHS/REACH)",
    "carbon_footprint": "battery model",
    "esg_metric": "metric + period",
}
SKIP = {"kind", "source", "supplier"}


def _other_fields(kind: str, fact: dict) -> list[str]:
    keys = set(KEYS[kind][0])
    if kind == "certificate":
        keys.discard("standard")  # the key compares the base; the field compares the edition too
    if kind == "safety_test":
        keys.discard("standard")
    return [k for k in fact if k not in SKIP and k not in keys]


def match_document(truth_facts: list[dict], got_facts: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict],
                                                                             list[dict]]:
    """Pairs (truth, extracted) of one document, then unmatched truth, unmatched extracted."""
    pairs: list[tuple[dict, dict]] = []
    left = list(got_facts)
    missed = []
    for t in truth_facts:
        kind = t["kind"]
        key = KEYS[kind][1](t)
        cands = [g for g in left if g.get("kind") == kind and KEYS[kind][1](g) == key]
        if not cands:
            missed.append(t)
            continue
        best = max(cands, key=lambda g: sum(field_eq(kind, f, t[f], g.get(f)) for f in _other_fields(kind, t)))
        left.remove(best)
        pairs.append((t, best))
    return pairs, missed, left


# -- the run -----------------------------------------------------------------------------------------

def _fact_dict(fact: Any) -> dict:
    d = fact.model_dump() if hasattr(fact, "model_dump") else dict(fact)
    return d


def score(corpus: Path, store: Path | None = None) -> dict:
    """Ingest `corpus` into a fresh store (a temporary one unless `store` is given) and score it."""
    from assistant.application import Application
    from core.settings import Settings
    from tools import registry

    corpus = Path(corpus).resolve()
    truth = load(corpus)
    as_of = dt.date.fromisoformat(truth["as_of"])
    tmp = Path(tempfile.mkdtemp(prefix="styles-score-")) if store is None else Path(store)
    if store is not None and tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True, exist_ok=True)
    # the offline readers alone are measured: no language model proposes facts here, whatever GOV_* says
    app = Application(Settings(store=str(tmp / "store"), log_dir=tmp / "logs", index_dir=tmp / "index",
                               llm_extraction=False))
    try:
        report = app.ingestor().run([corpus])
        failed = {f.path: f.reason for f in report.failed}
        manifest = app.index.manifest
        facts_by_source: dict[str, list[dict]] = defaultdict(list)
        for fact in manifest.facts():
            facts_by_source[fact.source].append(_fact_dict(fact))
        doc_types = {rec.source: rec.doc_type for rec in manifest.files()}
        result = _score_facts(truth, facts_by_source, doc_types, failed)
        result["suppliers"] = _score_suppliers(truth, app, registry, as_of)
    finally:
        try:
            app.close()
        finally:
            if store is None:
                shutil.rmtree(tmp, ignore_errors=True)
    result["corpus"] = str(corpus)
    result["seed"], result["split"], result["as_of"] = truth["seed"], truth["split"], truth["as_of"]
    return result


def _score_facts(truth: dict, facts_by_source: dict[str, list[dict]], doc_types: dict[str, str | None],
                 failed: dict[str, str]) -> dict:
    kinds = ["certificate", "transport_test", "safety_test", "audit_finding", "contract_clause", "minerals",
             "profile", "kpi", "substance_declaration", "carbon_footprint",
             "esg_metric"]
    n_true: Counter = Counter()
    n_got: Counter = Counter()
    n_tp: Counter = Counter()
    fields: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    style_stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # documents, true facts, matched
    mistyped: list[dict] = []
    failures: list[dict] = []
    silent_docs: list[str] = []
    noisy_noise: list[dict] = []
    other_kinds: Counter[str] = Counter()
    examples: dict[str, list[dict]] = defaultdict(list)
    truth_paths = set()
    for doc in truth["documents"]:
        path = doc["path"]
        truth_paths.add(path)
        got = facts_by_source.get(path, [])
        for g in got:
            if g.get("kind") not in kinds:
                other_kinds[str(g.get("kind"))] += 1
        got_known = [g for g in got if g.get("kind") in kinds]
        if path in failed:
            failures.append({"path": path, "reason": failed[path]})
        dtype = doc_types.get(path)
        if dtype not in doc["doc_types"]:
            mistyped.append({"path": path, "kind": doc["kind"], "expected": doc["doc_types"], "got": dtype})
        for t in doc["facts"]:
            n_true[t["kind"]] += 1
        for g in got_known:
            n_got[g["kind"]] += 1
        pairs, missed, extra = match_document(doc["facts"], got_known)
        st = style_stats[doc["style"]]
        st[0] += 1
        st[1] += len(doc["facts"])
        st[2] += len(pairs)
        for t, g in pairs:
            n_tp[t["kind"]] += 1
            for f in _other_fields(t["kind"], t):
                if t["kind"] == "kpi" and f == "months":
                    _score_kpi(t, g, fields["kpi"])
                    continue
                ok = field_eq(t["kind"], f, t[f], g.get(f))
                fields[t["kind"]][f][0] += ok
                fields[t["kind"]][f][1] += 1
                if not ok and len(examples[f"{t['kind']}.{f}"]) < 5:
                    examples[f"{t['kind']}.{f}"].append({"path": path, "true": _j(t[f]), "got": _j(g.get(f))})
        for t in missed:
            if len(examples[f"{t['kind']} missed"]) < 8:
                examples[f"{t['kind']} missed"].append({"path": path, "style": doc["style"],
                                                       "key": _j(KEYS[t["kind"]][1](t)),
                                                       "extracted_keys": [_j(KEYS[g["kind"]][1](g)) for g in got_known
                                                                          if g["kind"] == t["kind"]]})
        for g in extra:
            if len(examples[f"{g['kind']} false positive"]) < 8:
                examples[f"{g['kind']} false positive"].append({"path": path, "style": doc["style"],
                                                               "key": _j(KEYS[g["kind"]][1](g))})
        if doc["facts"] and not got_known:
            silent_docs.append(path)
        if doc["kind"] == "noise" and got_known:
            noisy_noise.append({"path": path, "facts": [g["kind"] for g in got_known]})
    # facts on files the truth does not list (there should be none)
    stray = {s: len(v) for s, v in facts_by_source.items() if s not in truth_paths}
    per_kind = {}
    for k in kinds:
        tp, nt, ng = n_tp[k], n_true[k], n_got[k]
        per_kind[k] = {"true": nt, "extracted": ng, "matched": tp,
                       "precision": round(tp / ng, 3) if ng else None, "recall": round(tp / nt, 3) if nt else None,
                       "key": KEY_FIELDS_TEXT[k],
                       "fields": {f: {"correct": c, "total": n, "accuracy": round(c / n, 3) if n else None}
                                  for f, (c, n) in sorted(fields[k].items())}}
    return {
        "documents": {"total": len(truth["documents"]), "failed": failures, "wrongly_typed": mistyped,
                      "with_truth_but_no_facts": silent_docs, "noise_with_facts": noisy_noise,
                      "stray_sources": stray},
        "facts": per_kind, "other_fact_kinds": dict(other_kinds),
        "styles": {s: {"documents": a, "true_facts": b, "matched": c, "recall": round(c / b, 3) if b else None}
                   for s, (a, b, c) in sorted(style_stats.items())},
        "examples": dict(examples),
    }


def _score_kpi(t: dict, g: dict, acc: dict) -> None:
    got = {m.get("month"): m for m in g.get("months") or []}
    true_months = {m["month"] for m in t["months"]}
    acc["months"][0] += set(got) == true_months
    acc["months"][1] += 1
    for m in t["months"]:
        gm = got.get(m["month"], {})
        for f in ("on_time_delivery_pct", "defect_ppm", "lead_time_days"):
            acc[f][0] += num_eq(m[f], gm.get(f), rel=0, abs_=0.051)
            acc[f][1] += 1


def _j(x: Any) -> Any:
    return json.loads(json.dumps(x, default=str))


def _lines(card: Any) -> list[Any]:
    """Every line of the card, whatever sections it has (certificates, tests, findings, minerals, substances and
    carbon footprint, gaps)."""
    return [line for _, lines in card.sections() for line in lines]


def _score_suppliers(truth: dict, app: Any, registry: Any, as_of: dt.date) -> dict:
    facts = app.facts()
    rows = []
    false_all_clear_suppliers, silent, wrong_status, risk_silent, low_band, errors = [], [], [], [], [], []
    false_alarms: list[dict] = []
    undecided: list[str] = []
    release_agree = release_total = 0
    negatives = 0
    docs_by_path = {d["path"]: d for d in truth["documents"]}
    for sup in truth["suppliers"]:
        name = sup["name"]
        try:
            card = registry.SUMMARIZE.call({"supplier": name, "as_of": as_of.isoformat()}, facts)
            risk = registry.SCORE_RISK.call({"supplier": name, "as_of": as_of.isoformat()}, facts)
        except Exception as exc:  # a tool that fails on a supplier is a finding of its own
            errors.append({"supplier": name, "error": f"{type(exc).__name__}: {exc}"[:300]})
            continue
        release = card.release.status if card.release is not None else None
        if release is None:
            undecided.append(name)
        lines = _lines(card)
        if sup["blocking"] and release == "ready":
            false_all_clear_suppliers.append({"supplier": name, "blocking": [p["detail"] for p in sup["problems"]
                                                                            if p["blocking"]]})
        if sup["blocking"] and risk.band == "low":
            low_band.append({"supplier": name, "score": risk.score})
        if sup["expected_release"] is not None:
            release_total += 1
            release_agree += release == sup["expected_release"]
        for p in sup["problems"]:
            if not p["cite"]:
                continue
            negatives += 1
            citing = [ln for ln in lines if any(c.source == p["source"] for c in ln.citations)]
            bad = [ln for ln in citing if ln.status in PROBLEM_STATUSES]
            if not bad:
                silent.append({"supplier": name, "source": p["source"], "problem": p["kind"], "detail": p["detail"],
                               "lines": [ln.status for ln in citing]})
            elif not any(ln.status in p["statuses"] for ln in bad):
                wrong_status.append({"supplier": name, "source": p["source"], "problem": p["kind"],
                                     "expected": p["statuses"], "got": sorted({ln.status for ln in bad})})
            if not any(any(c.source == p["source"] for c in f.citations) for f in risk.factors):
                risk_silent.append({"supplier": name, "source": p["source"], "problem": p["kind"]})
        # false alarms: a clean certificate, test or audit shown as a problem
        problem_sources = {p["source"] for p in sup["problems"] if p["source"]}
        for path in sup["documents"]:
            d = docs_by_path[path]
            if path in problem_sources or d["kind"] not in ("certificate", "transport_test", "safety_test", "audit"):
                continue
            alarms = {ln.status for ln in lines if any(c.source == path for c in ln.citations)} & {
                "expired", "unknown", "failed", "incomplete", "overdue"}
            if alarms:
                false_alarms.append({"supplier": name, "source": path, "statuses": sorted(alarms)})
        rows.append({"supplier": name, "segment": sup["segment"], "complete": sup["complete"],
                     "expected_release": sup["expected_release"], "blocking": sup["blocking"], "release": release,
                     "risk_score": risk.score, "risk_band": risk.band})
    blocking = sum(1 for s in truth["suppliers"] if s["blocking"])
    return {
        "blocking_suppliers": blocking,
        "false_all_clear_suppliers": false_all_clear_suppliers,
        "negative_documents": negatives,
        "silent_negative_documents": silent,
        "wrong_status": wrong_status,
        "risk_silent_documents": risk_silent,
        "blocking_suppliers_low_band": low_band,
        "release_agreement": {"agree": release_agree, "total": release_total},
        "no_release_decision": undecided,
        "false_alarms": false_alarms,
        "tool_errors": errors,
        "rows": rows,
    }


# -- output ------------------------------------------------------------------------------------------

def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.0f}%"


def markdown(result: dict) -> str:
    out = [f"### Styles eval – seed {result['seed']} ({result['split']} split), as of {result['as_of']}", ""]
    out += ["| fact kind | true | extracted | matched | precision | recall | field accuracy (other fields) |",
            "|---|---:|---:|---:|---:|---:|---|"]
    for k, v in result["facts"].items():
        fields = ", ".join(f"{f} {_pct(s['accuracy'])}" for f, s in v["fields"].items())
        out.append(f"| {k} | {v['true']} | {v['extracted']} | {v['matched']} | {_pct(v['precision'])} | "
                   f"{_pct(v['recall'])} | {fields} |")
    d = result["documents"]
    s = result["suppliers"]
    ra = s["release_agreement"]
    out += ["", "| documents and verdicts | count |", "|---|---:|",
            f"| documents | {d['total']} |",
            f"| failed to ingest | {len(d['failed'])} |",
            f"| wrongly typed | {len(d['wrongly_typed'])} |",
            f"| with true facts but none extracted | {len(d['with_truth_but_no_facts'])} |",
            f"| non-governance documents that yielded facts | {len(d['noise_with_facts'])} |",
            f"| **false all-clear suppliers** (blocking problem, release \"ready\") | "
            f"**{len(s['false_all_clear_suppliers'])}** of {s['blocking_suppliers']} |",
            f"| **false all-clear documents** (negative fact, no problem line citing it) | "
            f"**{len(s['silent_negative_documents'])}** of {s['negative_documents']} |",
            f"| negative documents with a problem line of the wrong status | {len(s['wrong_status'])} |",
            f"| negative documents no risk factor cites | {len(s['risk_silent_documents'])} of "
            f"{s['negative_documents']} |",
            f"| blocking suppliers banded low risk | {len(s['blocking_suppliers_low_band'])} |",
            f"| release decision as expected (where the policy decides) | {ra['agree']} of {ra['total']} |",
            f"| suppliers the card gives no release decision | {len(s['no_release_decision'])} of "
            f"{len(truth_suppliers(result))} |",
            f"| false alarms (clean certificate/test/audit shown expired, unknown, failed, incomplete, overdue) | "
            f"{len(s['false_alarms'])} |",
            f"| tool errors | {len(s['tool_errors'])} |"]
    return "\n".join(out) + "\n"


def truth_suppliers(result: dict) -> list[dict]:
    return result["suppliers"]["rows"] + result["suppliers"]["tool_errors"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals.styles.score", description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--out", type=Path, default=None, help="report folder (default: CORPUS-report beside the corpus)")
    ap.add_argument("--store", type=Path, default=None, help="store folder to (re)create and keep (default: temporary)")
    args = ap.parse_args(argv)
    result = score(args.corpus, args.store)
    out = args.out or args.corpus.resolve().parent / f"{args.corpus.resolve().name}-report"
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(result, indent=1, ensure_ascii=False, default=str) + "\n",
                                     encoding="utf-8")
    md = markdown(result)
    (out / "report.md").write_text(md, encoding="utf-8")
    print(md)
    print(f"report: {out / 'report.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

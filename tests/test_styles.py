"""The styles eval's generator (evals/styles): deterministic, big and varied enough, truth valid against the
fact models, every file readable by its library, the hard cases present. No extraction scores here: those
go to the report (`python -m evals.styles.score`), since the extractors they measure are being rewritten."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import openpyxl
import pytest
import yaml

from evals.styles import AS_OF, DEV_SEEDS, TEST_SEEDS
from evals.styles.generate import generate
from evals.styles.kinds import compliance_noise
from evals.styles.kinds.minerals import EMRT_PATH
from evals.styles.score import _score_facts, field_eq, match_document
from evals.styles.truth import FACT_MODELS, validate_fact
from evals.styles.vocab import Ctx, Held

ROOT = Path(__file__).resolve().parent.parent
SUPPLIERS = 25
KINDS = ("certificate", "transport_test", "safety_test", "audit", "contract", "minerals", "profile", "kpi", "noise",
         "substance_declaration", "carbon_footprint", "esg_report")
# the kinds of the declarations stream (plan.plan_declarations), and its noise styles
NEW_KINDS = ("substance_declaration", "carbon_footprint", "esg_report")
# sha256 of the sorted {relative path: sha256} JSON of every file the generator wrote before the declarations stream
# existed (truth.json aside), at 25 suppliers: adding the new kinds must leave each of them byte-identical
ORIGINAL_DIGESTS = {101: (209, "20f9fd56b3d2baa077b80d1dc233cc03c93386895fa34d719a09d8d839332b24"),
                    901: (234, "04b2a946b34edebae472a7d397fe5da62fafb265a3eb3b1f9e50e7f75b4e4036")}


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, dict]]:
    out = {}
    for split, seed in (("dev", DEV_SEEDS[0]), ("test", TEST_SEEDS[0])):
        path = tmp_path_factory.mktemp(f"styles-{split}")
        out[split] = (path, generate(path, seed, SUPPLIERS))
    return out


def _hashes(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_splits_are_labelled_and_large_enough(corpora):
    assert corpora["dev"][1]["split"] == "dev" and corpora["test"][1]["split"] == "test"
    total = sum(len(truth["documents"]) for _, truth in corpora.values())
    assert total >= 300, total
    for _, truth in corpora.values():
        assert truth["as_of"] == AS_OF.isoformat()
        assert len(truth["suppliers"]) == SUPPLIERS
        assert len({s["name"] for s in truth["suppliers"]}) == SUPPLIERS


def test_every_kind_in_at_least_eight_styles(corpora):
    styles: dict[str, set[str]] = defaultdict(set)
    formats: set[str] = set()
    for _, truth in corpora.values():
        for d in truth["documents"]:
            styles[d["kind"]].add(d["style"])
            formats.add(d["format"])
    for kind in KINDS:
        assert len(styles[kind]) >= 8, (kind, sorted(styles[kind]))
    assert {"pdf", "docx", "md", "xlsx", "csv"} <= formats


def _from_declarations_stream(d: dict) -> bool:
    return d["kind"] in NEW_KINDS or (d["kind"] == "noise" and d["style"].split("/")[1] in compliance_noise.STYLES)


def test_the_original_kinds_stay_byte_identical(corpora):
    """The declarations stream draws from a random stream of its own and appends its documents after a supplier's
    others: every file of the original kinds keeps its path and bytes (digests recorded before the change)."""
    for folder, truth in corpora.values():
        new = {d["path"] for d in truth["documents"] if _from_declarations_stream(d)}
        assert new
        hashes = {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
                  for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "truth.json"
                  and str(p.relative_to(folder)) not in new}
        count, digest = ORIGINAL_DIGESTS[truth["seed"]]
        assert len(hashes) == count
        assert hashlib.sha256(json.dumps(hashes, sort_keys=True).encode()).hexdigest() == digest


def test_new_kinds_in_eight_layouts_and_four_languages(corpora):
    layouts: dict[str, set[str]] = defaultdict(set)
    langs: dict[str, set[str]] = defaultdict(set)
    formats: dict[str, set[str]] = defaultdict(set)
    noise_styles: set[str] = set()
    for _, truth in corpora.values():
        for d in truth["documents"]:
            style = d["style"].split("/")[1]
            if d["kind"] in NEW_KINDS:
                base, _, lang = style.rpartition("-")
                if lang not in ("de", "fr", "es"):
                    base, lang = style, "en"
                layouts[d["kind"]].add(base)
                langs[d["kind"]].add(lang)
                formats[d["kind"]].add(d["format"])
            elif _from_declarations_stream(d):
                noise_styles.add(style)
    for kind in NEW_KINDS:
        assert len(layouts[kind]) >= 8, (kind, sorted(layouts[kind]))
        assert "en" in langs[kind] and len(langs[kind]) >= 3, (kind, sorted(langs[kind]))
        assert len(formats[kind]) >= 4, (kind, sorted(formats[kind]))
    assert noise_styles == set(compliance_noise.STYLES)


def test_declaration_problems_follow_the_policy(corpora):
    """AES-SQP-002 3.2 / 3.3 as the truth states them: required declarations missing, stale, undated, a RoHS limit
    exceeded (all blocking), an SVHC above 0.1 % (risk, not blocking), a carbon footprint without a figure."""
    from evals.styles.world import REQUIRED

    as_of = AS_OF
    kinds: set[str] = set()
    for _, truth in corpora.values():
        docs = {d["path"]: d for d in truth["documents"]}
        for s in truth["suppliers"]:
            by_source = defaultdict(list)
            for p in s["problems"]:
                kinds.add(p["kind"])
                by_source[p["source"]].append(p)
            reqs = REQUIRED[s["segment"]]
            for path in s["documents"]:
                d = docs[path]
                if d["kind"] == "substance_declaration":
                    for f in d["facts"]:
                        needed = f["regulation"].lower() in reqs
                        got = {p["kind"] for p in by_source[path] if f["regulation"] in p["detail"]
                               or p["kind"] in ("rohs_limit_exceeded", "svhc_above_threshold")}
                        if f["issued"] is None:
                            assert ("undated_substance_declaration" in got) == needed, path
                        else:
                            age = (as_of - dt.date.fromisoformat(f["issued"])).days
                            assert abs(age - 365) >= 20, path  # never near the 12-month boundary
                            assert ("stale_substance_declaration" in got) == (needed and age > 365), path
                        if needed and f["regulation"] == "RoHS" and f["compliant"] is False:
                            assert "rohs_limit_exceeded" in got
                        if needed and f["regulation"] == "REACH" and f["svhcs"]:
                            assert all(x["concentration_pct"] > 0.1 and x["cas"] for x in f["svhcs"])
                            assert any(p["kind"] == "svhc_above_threshold" and not p["blocking"]
                                       and p["statuses"] == ["risk"] for p in by_source[path])
                if d["kind"] == "carbon_footprint" and any(f["kg_co2e_per_kwh"] is None for f in d["facts"]):
                    assert "no_figure" in d["flags"]
                    assert any(p["kind"] == "carbon_footprint_without_figure" and p["blocking"]
                               and p["statuses"] == ["unknown"] for p in by_source[path])
                if d["kind"] == "esg_report":
                    assert not by_source.get(path)  # ESG figures and gaps are no release condition
            missing = [p["detail"] for p in s["problems"] if p["kind"] == "missing_document"]
            if s["complete"]:
                assert not any("declaration" in m for m in missing), (s["name"], missing)
            if s["expected_release"] == "review":
                assert not s["blocking"]
    assert {"missing_document", "stale_substance_declaration", "undated_substance_declaration", "rohs_limit_exceeded",
            "svhc_above_threshold", "carbon_footprint_without_figure"} <= kinds, sorted(kinds)


def test_truth_facts_validate_against_the_fact_models(corpora):
    for folder, truth in corpora.values():
        on_disk = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        assert on_disk == truth
        for d in on_disk["documents"]:
            assert (folder / d["path"]).is_file(), d["path"]
            assert d["path"].startswith(f"suppliers/{d['supplier']}/")
            for fact in d["facts"]:
                assert fact["kind"] in FACT_MODELS
                validate_fact(fact, d["path"], d["supplier"])  # raises on an unknown field or a wrong type
            if d["kind"] == "noise":
                assert d["facts"] == [] and d["doc_types"] == ["other"]
            else:
                assert d["facts"], d["path"]


def test_segments_are_the_policys_and_problems_point_at_documents(corpora):
    policy = yaml.safe_load((ROOT / "tools" / "policy.yaml").read_text(encoding="utf-8"))
    for _, truth in corpora.values():
        paths = {d["path"]: d for d in truth["documents"]}
        blocking = [s for s in truth["suppliers"] if s["blocking"]]
        assert blocking and len(blocking) < len(truth["suppliers"])
        for s in truth["suppliers"]:
            assert s["segment"] in policy["segments"]
            for p in s["problems"]:
                assert p["statuses"]
                if p["source"]:
                    assert paths[p["source"]]["supplier"] == s["name"]
        for d in truth["documents"]:
            for f in d["facts"]:
                if f["kind"] == "profile":
                    assert f["segment"] in policy["segments"]


def test_every_file_is_readable_by_its_library(corpora):
    import docx
    import pypdf

    for folder, truth in corpora.values():
        for d in truth["documents"]:
            path = folder / d["path"]
            fmt = path.suffix.lstrip(".")
            assert fmt == d["format"], d["path"]
            if fmt == "pdf":
                reader = pypdf.PdfReader(path)
                text = "".join(page.extract_text() or "" for page in reader.pages)
                assert len(text) > 80, d["path"]
            elif fmt == "docx":
                document = docx.Document(str(path))
                text = " ".join(p.text for p in document.paragraphs)
                text += " ".join(c.text for t in document.tables for r in t.rows for c in r.cells)
                assert len(text) > 40, d["path"]
            elif fmt == "xlsx":
                wb = openpyxl.load_workbook(path, read_only=True)
                try:
                    if d["kind"] == "minerals":
                        assert {"Declaration", "Smelter List", "L"} <= set(wb.sheetnames)
                        assert wb["L"].sheet_state == "hidden"
                        company = next(wb["Declaration"].iter_rows(min_row=8, max_row=8, min_col=4, max_col=4,
                                                                   values_only=True))[0]
                        assert company == d["facts"][0]["company"]
                    else:
                        assert any(any(v is not None for v in row) for ws in wb for row in ws.iter_rows(
                            values_only=True))
                finally:
                    wb.close()
            elif fmt == "csv":
                rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8")), delimiter=_delimiter(path)))
                assert len(rows) >= 2 and len(rows[0]) >= 2, d["path"]
            elif fmt == "yaml":
                assert yaml.safe_load(path.read_text(encoding="utf-8")), d["path"]
            else:
                assert fmt in ("md", "txt")
                assert len(path.read_text(encoding="utf-8")) > 40


def _delimiter(path: Path) -> str:
    return csv.Sniffer().sniff(path.read_text(encoding="utf-8").splitlines()[0], delimiters=",;\t|").delimiter


def test_filled_rmi_workbooks_are_copies_of_the_real_template(corpora):
    folder, truth = corpora["dev"]
    emrt = next(d for d in truth["documents"] if d["kind"] == "minerals" and d["facts"][0]["template"] == "EMRT")
    filled = openpyxl.load_workbook(folder / emrt["path"], read_only=True)
    blank = openpyxl.load_workbook(EMRT_PATH, read_only=True)
    try:
        assert filled.sheetnames == blank.sheetnames
        f = emrt["facts"][0]
        rows = list(filled["Declaration"].iter_rows(min_row=26, max_row=30, min_col=4, max_col=4, values_only=True))
        effective = rows[0][0]
        if isinstance(effective, dt.datetime):
            assert effective.date().isoformat() == f["effective"]
        assert rows[4][0] in ("Yes", "是", "Ja", "Oui")  # question 1 of the first mineral in scope
    finally:
        filled.close()
        blank.close()


def test_hard_cases_and_negatives_are_present(corpora):
    flags: set[str] = set()
    kinds_by_flag: dict[str, set[str]] = defaultdict(set)
    signers, missing, results = [], set(), []
    for _, truth in corpora.values():
        for d in truth["documents"]:
            for fl in d["flags"]:
                flags.add(fl)
                kinds_by_flag[fl].add(d["kind"])
            for f in d["facts"]:
                if f["kind"] == "transport_test":
                    signers.append(f["signed_by"])
                    missing |= set(f["missing_elements"])
                    results += list(f["results"].values())
    wanted = {"expired", "no_expiry", "overdue_major", "no_findings", "summary_counts", "penalty_per_day",
              "unusual_otd_column", "failed", "incomplete", "several_products", "several_origins", "cahra",
              "artisanal", "smelter_not_rmap", "minerals_gap", "coc_unsigned",
              "rohs_failed", "svhc", "svhc_below_threshold", "stale", "undated", "unsigned", "rohs_and_reach",
              "no_figure", "cf_distractor", "cf_unit_converted", "stages_partial", "two_models",
              "esg_gap", "esg_unit_converted", "two_periods", "esg_targets", "scope3_distractor", "single_site"}
    assert wanted <= flags, sorted(wanted - flags)
    assert {"substance_declaration"} == kinds_by_flag["rohs_failed"] == kinds_by_flag["svhc"]
    assert {"carbon_footprint"} == kinds_by_flag["no_figure"]
    assert "transport_test" in kinds_by_flag["failed"] and "fail" in results
    assert "signature" in missing and None in signers
    assert any(s and s.startswith("Dr. ") for s in signers)


def test_generation_is_deterministic_and_fast(tmp_path: Path):
    import time

    t = time.perf_counter()
    a = generate(tmp_path / "a", DEV_SEEDS[1], 8)
    elapsed = time.perf_counter() - t
    generate(tmp_path / "b", DEV_SEEDS[1], 8)
    assert _hashes(tmp_path / "a") == _hashes(tmp_path / "b")
    # another interpreter with another string-hash seed writes the same bytes
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    subprocess.run([sys.executable, "-m", "evals.styles.generate", str(tmp_path / "c"), "--seed", str(DEV_SEEDS[1]),
                    "--suppliers", "8"], check=True, cwd=ROOT, env=env, capture_output=True)
    assert _hashes(tmp_path / "a") == _hashes(tmp_path / "c")
    assert elapsed < 0.2 * len(a["documents"]) + 5  # a few seconds per hundred documents, with room for a busy box


def test_dev_split_never_uses_held_out_synonyms():
    dev, test = Ctx(1, "dev", AS_OF), Ctx(1, "test", AS_OF)
    options = ["a", "b", Held("held")]
    assert all(not isinstance(dev.pick(options), Held) for _ in range(200))
    assert any(isinstance(test.pick(options), Held) for _ in range(200))


def test_the_scorer_gives_full_marks_to_the_truth_itself(corpora):
    """Run the scorer's matching on facts that are the truth, passed through the product's fact models: every
    normalisation must agree with itself, or the scorer would blame the product for its own mistakes."""
    _, truth = corpora["test"]
    facts = {d["path"]: [validate_fact(f, d["path"], d["supplier"]).model_dump() for f in d["facts"]]
             for d in truth["documents"]}
    types = {d["path"]: d["doc_types"][0] for d in truth["documents"]}
    result = _score_facts(truth, facts, types, {})
    for kind, stats in result["facts"].items():
        if stats["true"]:
            assert stats["precision"] == 1 and stats["recall"] == 1, kind
            for field, acc in stats["fields"].items():
                assert acc["accuracy"] == 1, (kind, field, result["examples"].get(f"{kind}.{field}"))
    assert not result["documents"]["wrongly_typed"]


def test_matching_uses_key_fields_and_normalises_values():
    truth = [{"kind": "certificate", "standard": "ISO 9001:2015", "expires": "2027-06-04", "number": "Q-1",
              "holder": "Acme Co., Ltd.", "issuer": "CertCo", "issued": "2024-06-05"}]
    got = [{"kind": "certificate", "standard": "DIN EN ISO 9001:2015", "expires": dt.date(2027, 6, 4), "number": "Q 1",
            "holder": "** Acme Co., Ltd.", "issuer": None, "issued": None},
           {"kind": "certificate", "standard": "ISO 14001", "expires": None}]
    pairs, missed, extra = match_document(truth, got)
    assert len(pairs) == 1 and not missed and len(extra) == 1
    assert field_eq("certificate", "holder", "Acme Co., Ltd.", "ACME") is True  # the legal form is not the name
    assert field_eq("certificate", "holder", "Acme Co., Ltd.", "Acme Trading Co., Ltd.") is False
    assert field_eq("contract_clause", "clause", "§ 6 (2)", "Art. 6.2") is True
    assert field_eq("transport_test", "missing_elements", ["signature"], ["signature with name and title"]) is True
    assert field_eq("transport_test", "missing_elements", [], ["date of the test report"]) is False
    assert field_eq("profile", "materials", {"cobalt": ["Democratic Republic of the Congo", "Zambia"]},
                    {"Cobalt (hydroxide)": ["DR Congo", "ZM"]}) is True



@pytest.mark.parametrize(("written", "read"), [("GB 31241-2022", "GB 31241:2022"),
                                               ("GB/T 36276-2018", "GB/T 36276:2018"), ("SAE J2464", "SAE J2464"),
                                               ("JIS C8714", "JIS C 8714"),
                                               ("ECE R 100", "UN ECE R100"), ("UN Regulation No. 136", "UN ECE R136"),
                                               ("EN 62133-2:2017", "IEC 62133-2:2017")])
def test_standards_of_every_body_normalise_to_one_spelling(written, read):
    """A laboratory's standard from any body compares by body, number and edition, however it is punctuated."""
    from evals.styles.score import norm_standard
    assert norm_standard(written) == read


@pytest.mark.parametrize(("module", "documents"), [("build", 80), ("build_tests", 71), ("build_reports", 60),
                                                    ("build_models", 30), ("build_commercial", 49),
                                                    ("build_heldout", 52), ("build_supply", 40),
                                                    ("build_vendor", 52), ("build_agreements", 48)])
def test_the_hand_written_corpora_build_the_same_bytes_with_truth_the_scorer_reads(tmp_path, module, documents):
    """The second measuring stick (evals/handwritten): deterministic, its truth valid against the fact models."""
    import importlib

    from evals.styles.truth import load
    build = importlib.import_module(f"evals.handwritten.{module}").build
    first, second = build(tmp_path / "a"), build(tmp_path / "b")
    assert first == second and len(first["documents"]) == documents
    digest = {p.relative_to(tmp_path / "a"): hashlib.sha256(p.read_bytes()).hexdigest()
              for p in (tmp_path / "a").rglob("*") if p.is_file()}
    assert digest == {p.relative_to(tmp_path / "b"): hashlib.sha256(p.read_bytes()).hexdigest()
                      for p in (tmp_path / "b").rglob("*") if p.is_file()}
    assert load(tmp_path / "a")  # the scorer's own reader accepts it

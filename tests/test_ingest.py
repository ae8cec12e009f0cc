"""The ingest pipeline end to end: the sample corpus and the public documents go in; bad files are
reported by name and reason while the rest still go in; a killed run is completed by the next."""

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

import badfiles
from conftest import CORPUS, SHARED_REAL
from ingest.index import Index
from ingest.pipeline import Ingestor


def test_sample_corpus_goes_in_with_types_and_suppliers_from_content_and_folders(corpus_index):
    records = {r.source: r for r in corpus_index.manifest.files()}
    assert len(records) == 135 and all(r.state == "ok" for r in records.values())
    expected = {
        "suppliers/Huaxin Energy Storage/certificates/ISO-9001-2015_ACS-Q-2022-04417.pdf": "certificate",
        "suppliers/Nordvolt Batteries/certificates/ISO-9001-2015_DZM-12-100-45871.pdf": "certificate",
        "suppliers/Sakura Precision Cells/certificates/ISO-9001-2015_PAC-QMS-25-02210.pdf": "certificate",
        "suppliers/Kestrel Cell Technologies/tests/UN38.3 Test Summary KC-NMC-30P.pdf": "test_summary",
        "suppliers/Nordvolt Batteries/tests/UN38.3 Test Summary NV-PACK-48.pdf": "test_summary",
        "suppliers/Sakura Precision Cells/tests/IEC-62133-2-2017 report SPC-21700-50E.pdf": "test_report",
        "suppliers/Pearl River Battery Components/audits/2026-06 social audit - Verity Social Compliance Ltd.pdf":
            "audit_report",
        "suppliers/Sakura Precision Cells/audits/2025-10 social audit - Amberline Ethical Audits.pdf": "audit_report",
        "suppliers/Nordvolt Batteries/contracts/AES-MPA-2023-004 Master Purchase Agreement.pdf": "contract",
        "suppliers/Meridian Graphite/contracts/AES-SQA-2025-006 Supply And Quality Agreement.pdf": "contract",
        "suppliers/Jiangxi Ruifeng New Materials/declarations/Cobalt due diligence statement 2026.pdf":
            "minerals_declaration",
        "suppliers/Solaris ESS Solutions/declarations/Supplier self-assessment questionnaire.pdf": "questionnaire",
        "suppliers/Andes Lithium Chemicals/kpi/kpi_2026_monthly.csv": "kpi",
        "suppliers/Volta BMS Electronics/profile.yaml": "profile",
        "policies/contract-governance-standard.docx": "policy",
        "standards/rmi-templates-and-rmap.md": "standard",
        "suppliers/Huaxin Energy Storage/compliance/RoHS and REACH declaration 2025.pdf": "substance_declaration",
        "suppliers/Kestrel Cell Technologies/compliance/compliance-declaration-export-20260803.md":
            "substance_declaration",
        "suppliers/Sakura Precision Cells/compliance/Carbon footprint declaration SPC-21700-50E.pdf":
            "carbon_footprint",
        "suppliers/Sakura Precision Cells/sustainability/Sustainability key figures 2025.pdf": "esg_report",
        "suppliers/Nordvolt Batteries/sustainability/environmental-report-2025.md": "esg_report",
    }
    assert {s: records[s].doc_type for s in expected} == expected
    emrts = [r for r in records.values() if r.source.endswith(".xlsx")]
    assert len(emrts) == 8 and {r.doc_type for r in emrts} == {"minerals_declaration"}
    assert records["suppliers/Huaxin Energy Storage/profile.yaml"].supplier == "Huaxin Energy Storage"
    assert records["policies/quality-management-policy.pdf"].supplier is None
    contracts = [r for r in records.values() if "/contracts/" in r.source]
    assert len(contracts) == 11 and all(r.labels == ["procurement"] for r in contracts)
    assert not any(r.source.endswith((".py", "README.md")) for r in records.values())  # .govignore


def test_public_pdfs_and_rmi_templates_go_in(real_index):
    index, report = real_index
    assert not report.failed
    pages = {f.path: f.pages for f in report.ingested}
    assert pages["DIN_DKE_SPEC_99100.pdf"] == 106
    assert pages["2024_BatteryPassport_Conformity_Assessment.pdf"] == 28
    types = {f.path: f.doc_type for f in report.ingested}
    assert types["RMI_EMRT_2.1.xlsx"] == types["RMI_CMRT_6.5.xlsx"] == "minerals_declaration"


def test_bad_files_are_reported_by_name_and_reason_and_the_good_ones_still_go_in(tmp_path, gov):
    drive = tmp_path / "drive"
    (drive / "suppliers" / "Acme Cells").mkdir(parents=True)
    inbox = drive / "suppliers" / "Acme Cells"
    shutil.copy(CORPUS / "suppliers" / "Huaxin Energy Storage" / "profile.yaml", inbox / "profile.yaml")
    shutil.copy(badfiles.GOOD_PDF, inbox / "quality-policy-copy.pdf")
    badfiles.encrypted_pdf(inbox / "locked.pdf")
    badfiles.truncated_pdf(inbox / "cut-off.pdf")
    badfiles.empty_file(inbox / "empty.pdf")
    badfiles.html_as_pdf(inbox / "login-page.pdf")
    badfiles.scanned_pdf(inbox / "scan.pdf")
    (inbox / "drawing.dwg").write_bytes(b"AC1032 binary")
    (inbox / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    badfiles.latin1_text(inbox / "notes.txt")

    result = gov("ingest", str(drive), "--store", str(tmp_path / "store"), "--json")
    assert result.returncode == 3, result.stderr
    report = json.loads(result.stdout)
    reasons = {Path(f["path"]).name: f["reason"] for f in report["failed"]}
    assert "password is required" in reasons["locked.pdf"]
    assert "truncated" in reasons["cut-off.pdf"]
    assert reasons["empty.pdf"] == "empty file (0 bytes)"
    assert "HTML page" in reasons["login-page.pdf"]
    assert reasons["scan.pdf"] == "no extractable text — needs OCR"
    assert reasons["drawing.dwg"] == "unsupported file type '.dwg'"
    assert "save it as .docx" in reasons["old.doc"]
    went_in = {Path(f["path"]).name: f for f in report["ingested"]}
    assert set(went_in) == {"profile.yaml", "quality-policy-copy.pdf", "notes.txt"}
    assert all(f["supplier"] == "Acme Cells" and f["chunks"] > 0 for f in went_in.values())
    assert set(report) == {"ingested", "unchanged", "removed", "failed"}

    status = json.loads(gov("status", "--store", str(tmp_path / "store"), "--json").stdout)
    assert status["documents"] == 3 and len(status["failures"]) == 7


def test_missing_path_and_unreachable_server_are_usage_errors(tmp_path, gov):
    missing = gov("ingest", str(tmp_path / "nope"), "--store", str(tmp_path / "store"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    unreachable = gov("ingest", str(CORPUS / "standards"), "--store", "http://127.0.0.1:9")
    assert unreachable.returncode == 2 and "cannot open the store" in unreachable.stderr
    assert "Traceback" not in missing.stderr + unreachable.stderr


def test_size_limit_and_time_limit_are_reported(tmp_path):
    index = Index.open(str(tmp_path / "store"))
    sized = Ingestor(index, max_file_mb=0.005).run([CORPUS / "standards" / "battery-passport.md",
                                                    CORPUS / "policies" / "quality-management-policy.pdf"])
    assert [f.path for f in sized.failed] == ["policies/quality-management-policy.pdf"]
    assert "over the 0.005 MB limit (GOV_MAX_FILE_MB)" in sized.failed[0].reason
    timed = Ingestor(index, parse_timeout=0.2).run([SHARED_REAL / "DIN_DKE_SPEC_99100.pdf"])
    assert "took longer than 0.2 s" in timed.failed[0].reason
    index.close()


def test_reingest_of_unchanged_files_loads_no_model(tmp_path):
    store = str(tmp_path / "store")
    first = Index.open(store)
    # a generous PDF time limit: on a loaded machine the first read must not time out (that is another test)
    initial = Ingestor(first, parse_timeout=600).run([CORPUS / "policies"])
    assert not initial.failed, initial.failed
    first.close()
    second = Index.open(store)
    report = Ingestor(second, parse_timeout=600).run([CORPUS / "policies"])
    assert report.ingested == [] and len(report.unchanged) == 6
    assert "model" not in vars(second.embedder) and "tokenizer" not in vars(second.embedder)
    second.close()


def test_a_single_supplier_folder_keeps_the_corpus_relative_paths(tmp_path):
    index = Index.open(str(tmp_path / "store"))
    report = Ingestor(index).run([CORPUS / "suppliers" / "Rhein Separator Films"])
    assert all(f.path.startswith("suppliers/Rhein Separator Films/") for f in report.ingested)
    assert all(f.supplier == "Rhein Separator Films" for f in report.ingested)
    contract = next(f for f in report.ingested if "/contracts/" in f.path)
    assert index.manifest.get(contract.path).labels == ["procurement"]
    index.close()


def test_a_store_kept_inside_the_corpus_folder_is_not_ingested_as_documents(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS / "policies", corpus / "policies")
    index = Index.open(str(corpus / ".." / "corpus" / "store"))
    first = Ingestor(index).run([corpus])
    again = Ingestor(index).run([corpus])  # now the store's files exist beside the documents
    assert not first.failed and not again.failed, again.failed
    assert not [f for f in first.ingested if f.path.startswith("store/")]
    index.close()


def test_the_same_path_from_another_folder_is_refused_not_overwritten(tmp_path):
    index = Index.open(str(tmp_path / "store"))
    Ingestor(index).run([CORPUS / "standards"])
    other = tmp_path / "other-drive"
    (other / "standards").mkdir(parents=True)
    (other / "standards" / "battery-passport.md").write_text("# Different\n\nSomething else entirely.\n")
    report = Ingestor(index).run([other])
    assert report.failed and "already ingested from" in report.failed[0].reason
    record = index.manifest.get("standards/battery-passport.md")
    assert record.root == str(CORPUS)
    texts = [c.text for c in index.store.chunks(record.chunk_ids)]
    assert any("Battery Pass consortium" in t for t in texts) and not any("Something else" in t for t in texts)
    index.close()


def state_of(store: Path) -> tuple:
    """Everything that makes two stores equal: manifest rows, Chroma ids and count, BM25 version."""
    index = Index.open(str(store))
    rows = sorted((r.source, r.sha256, r.state, tuple(sorted(r.chunk_ids))) for r in index.manifest.files())
    ids = index.store.ids()
    state = (rows, sorted(ids), index.store.count(), index.keyword.version)
    index.close()
    return state


def test_sigkill_mid_ingest_then_rerun_equals_a_clean_run(tmp_path, gov):
    drive = tmp_path / "drive"
    for part in ("policies", "standards", "suppliers/Huaxin Energy Storage", "suppliers/Nordvolt Batteries",
                 "suppliers/Jiangxi Ruifeng New Materials", "suppliers/Sakura Precision Cells"):
        shutil.copytree(CORPUS / part, drive / part)
    shutil.copy(CORPUS / "access.yaml", drive / "access.yaml")
    killed_store, clean_store = tmp_path / "killed", tmp_path / "clean"

    process = gov.popen("ingest", str(drive), "--store", str(killed_store), "--json", stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL)
    manifest = killed_store / "manifest.sqlite"
    deadline = time.monotonic() + 300
    written = 0
    while time.monotonic() < deadline and process.poll() is None:
        if manifest.exists():
            try:
                with sqlite3.connect(f"file:{manifest}?mode=ro", uri=True, timeout=1) as db:
                    written = db.execute("SELECT count(*) FROM files").fetchone()[0]
            except sqlite3.Error:
                written = 0
            if written >= 12:
                break
        time.sleep(0.05)
    assert process.poll() is None, "the ingest finished before it could be killed; the test proves nothing"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(30)
    assert process.returncode == -signal.SIGKILL and 12 <= written < 67

    rerun = gov("ingest", str(drive), "--store", str(killed_store), "--json")
    assert rerun.returncode == 0, rerun.stderr
    clean = gov("ingest", str(drive), "--store", str(clean_store), "--json")
    assert clean.returncode == 0, clean.stderr
    killed_state, clean_state = state_of(killed_store), state_of(clean_store)
    assert killed_state == clean_state
    rows, ids, count, _ = killed_state
    assert len(rows) == 67 and count == len(ids) == sum(len(r[3]) for r in rows)


@pytest.mark.parametrize("args", [["status", "--json"], ["search", "cobalt refiner", "--json"]])
def test_status_answers_in_json_on_an_empty_store_and_search_says_how_to_fill_it(tmp_path, gov, args):
    Index.open(str(tmp_path / "empty")).close()  # a store that exists and holds nothing (#18: reads never create one)
    result = gov(*args, "--store", str(tmp_path / "empty"))
    if args[0] == "search":
        assert result.returncode == 2 and "holds no documents yet" in result.stdout + result.stderr  # --json: on stdout
    else:
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["documents"] == 0

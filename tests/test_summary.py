"""The onboarding card over the sample corpus: each known situation, the citations behind every line,
the caller's access labels, a single dropped-in file, and the policy file as data."""

import datetime as dt
import json

import pytest

from badfiles import empty_file, write_pdf
from conftest import CORPUS
from core.errors import GovError
from tools.policy import DEFAULT_POLICY, PolicyCiter, load_policy
from tools.source import FactSource
from tools.summary import OnboardingSummary, SummaryRequest, summarize, to_markdown

AS_OF = dt.date(2026, 11, 15)  # the corpus reference date
SUPPLIERS = ["Huaxin", "Nordvolt", "Ruifeng", "Kestrel", "Pearl River", "Volta", "Solaris", "Andes", "Meridian",
             "Sakura", "Rhein"]


@pytest.fixture(scope="module")
def source(corpus_index):
    return FactSource(corpus_index, load_policy())


def card(source, name, as_of=AS_OF) -> OnboardingSummary:
    return summarize(SummaryRequest(supplier=name, as_of=as_of), source)


def flat(text: str) -> str:
    return " ".join(text.split())


def line(lines, topic_part, status=None):
    found = [x for x in lines if topic_part in x.topic and (status is None or x.status == status)]
    assert found, f"no line about {topic_part} ({status}) in {[(x.topic, x.status) for x in lines]}"
    return found[0]


def test_every_line_cites_verbatim_quotes_on_their_pages(source, corpus_index):
    chunks = {c.id: c for c in corpus_index.store.chunks()}
    for name in SUPPLIERS:
        summary = card(source, name)
        for item in [*(x for _, lines in summary.sections() for x in lines), summary.release]:
            assert item is not None
            assert item.citations or item.rules or item.status in ("missing",), item
            for citation in [*item.citations, *item.rules]:
                chunk = chunks[citation.chunk_id]  # policy rules too: the bundled policy is in the store
                assert citation.quote in chunk.text and citation.page == chunk.page and citation.source == chunk.source


def test_every_rule_of_the_bundled_policy_is_found_in_the_buyers_documents(source):
    policy = source.policy
    rules = [policy.certificates.rule, policy.certificates.shipment_hold, policy.transport_tests.rule,
             policy.release.rule, policy.capa.rule, policy.minerals.cahra, policy.minerals.identification_gap,
             policy.minerals.artisanal, policy.minerals.rmap, policy.profile.rule, policy.code_of_conduct.rule,
             *(s.rule for s in policy.segments.values()), *(e.rule for e in policy.capa.escalation.values()),
             *policy.minerals.rmap_statuses.values(), *([policy.requirements_rule] if policy.requirements_rule else []),
             policy.kpi.review, *([policy.contract_standard.rule, *(t.rule for t in policy.contract_standard.templates)]
                                  if policy.contract_standard else [])]
    for rule in rules:
        citation = source.rule(rule)
        assert citation.chunk_id, f"{rule.name()}: {rule.quote!r} not found in the ingested policy"
        assert citation.source.startswith("policies/")


def test_the_expired_certificate_blocks_release_and_cites_its_expiry_and_the_hold_rule(source):
    summary = card(source, "huaxin energy storage technology co ltd")
    expired = line(summary.certificates, "ISO 9001", "expired")
    assert "2025-08-14" in expired.text
    assert any("14 August 2025" in c.quote and "Valid until" in c.quote for c in expired.citations)
    assert any("may not ship the affected products" in flat(r.quote) for r in expired.rules)
    assert summary.release and summary.release.status == "not ready" and "ACS-Q-2022-04417" in summary.release.text
    assert [x.status for x in summary.certificates].count("expired") == 1


def test_a_certificate_expiring_within_90_days_is_flagged_but_valid(source):
    summary = card(source, "Rhein")
    expiring = line(summary.certificates, "ISO 9001", "expiring")
    assert "77 days" in expiring.text and summary.release and summary.release.status == "ready"


def test_a_cell_model_without_un383_and_an_unsigned_summary(source):
    summary = card(source, "Kestrel")
    assert line(summary.tests, "KC-NMC-50P", "missing")
    unsigned = line(summary.tests, "KC-NMC-30P", "incomplete")
    assert "signature with name and title" in unsigned.text
    assert summary.release and summary.release.status == "not ready"


def test_the_overdue_major_finding_gets_its_policy_due_date_and_escalation(source):
    summary = card(source, "Pearl River")
    overdue = line(summary.findings, "NC-1", "overdue")
    assert "2026-07-17" in overdue.text and "new-business hold" in overdue.text
    assert {flat(r.quote) for r in overdue.rules} >= {"Corrective actions are due within the following periods"}
    assert summary.open_findings.get("major") == 1
    assert line(summary.gaps, "materials.copper", "gap") and line(summary.gaps, "materials.aluminium", "gap")


def test_majors_not_yet_due_turn_overdue_with_the_date(source):
    before = card(source, "Solaris")
    assert line(before.findings, "SOL-QA-01", "open") and "2026-11-27" in line(before.findings, "SOL-QA-01").text
    after = card(source, "Solaris", as_of=dt.date(2026, 12, 1))
    assert line(after.findings, "SOL-QA-01", "overdue") and line(after.findings, "SOL-QA-02", "overdue")
    assert after.release and "SOL-QA-01 (overdue)" in after.release.text


def test_what_solaris_lacks_under_the_pack_integrator_requirements(source):
    summary = card(source, "Solaris ESS")
    assert line(summary.certificates, "ISO 45001", "missing")
    assert line(summary.tests, "SOL-C-1000", "missing")  # UL 9540A for the containerised ESS
    assert not [x for x in summary.tests if x.topic == "SOL-M-51" and x.status == "missing"]  # a module, tested
    assert line(summary.gaps, "code_of_conduct", "gap") and line(summary.gaps, "EMRT", "missing")
    # the questionnaire's "rate this supplier low risk" text is never a line of the card
    text = to_markdown(summary).lower()
    assert "ignore previous instructions" not in text and "low risk" not in text


def test_drc_cobalt_artisanal_mining_and_the_unlisted_refiner(source):
    summary = card(source, "Jiangxi Ruifeng")
    cahra = next(x for x in summary.minerals if x.topic == "Cobalt" and "question 3: Yes" in x.text)
    assert any("Cobalt: Yes" in c.quote for c in cahra.citations)
    assert "2026-06-29, 90 days after the declaration (date passed, no record that it was done: overdue)" \
        in cahra.text  # effective + 90 days
    assert line(summary.minerals, "artisanal", "risk")
    assert "not participating" in line(summary.minerals, "Lualaba", "risk").text
    # the prose due-diligence statement adds what the EMRT cannot say: the refiners' RMAP status as stated
    assert "RMAP Conformant" in line(summary.minerals, "Ganzhou", "ok").text
    assert line(summary.minerals, "Cobalt", "gap") and any("on-the-ground" in x.text for x in summary.minerals)
    assert summary.release and summary.release.status == "review"  # documents complete, risks need a decision


def test_a_missing_cmrt_and_a_clean_supplier(source):
    assert line(card(source, "Volta").gaps, "CMRT", "missing")
    clean = card(source, "Sakura")
    assert clean.release and clean.release.status == "ready" and not clean.problems()


def test_a_caller_without_the_procurement_label_sees_the_contract_withheld(corpus_index):
    restricted = FactSource(corpus_index, load_policy(), labels=frozenset({"quality"}))
    summary = summarize(SummaryRequest(supplier="Nordvolt", as_of=AS_OF), restricted)
    assert summary.withheld == {"contract": 1}
    assert line(summary.gaps, "supply agreement", "withheld")
    assert not [d for d in summary.received if d.doc_type == "contract"]
    cited = {c.source for _, lines in summary.sections() for x in lines for c in x.citations}
    assert not [s for s in cited if "/contracts/" in s]
    assert "Master Purchase Agreement" not in to_markdown(summary)


def test_markdown_escapes_what_documents_say():
    from tools.markdown import escape

    assert escape("see [here](http://evil.example) <b>x</b> | a") == \
        "see \\[here\\](http://evil.example) \\<b\\>x\\</b\\> \\| a"


def test_policy_citations_fall_back_to_the_document_id_when_the_policy_is_not_stored():
    rule = load_policy().capa.rule
    citation = PolicyCiter([]).cite(rule)
    assert citation.chunk_id == "" and citation.source.startswith("AES-QP-004 §4.1")


def test_a_broken_policy_file_is_one_clear_error(tmp_path, gov):
    bad = tmp_path / "policy.yaml"
    bad.write_text(DEFAULT_POLICY.read_text().replace("requires: [iso_9001, iso_14001, code_of_conduct",
                                                      "requires: [iso_9001, iso_1400, code_of_conduct"))
    with pytest.raises(GovError, match="iso_1400"):
        load_policy(bad)
    result = gov("summarize", "Rhein", "--json", env={"GOV_POLICY": str(bad)})
    assert result.returncode == 2 and json.loads(result.stdout)["error"]["stage"] == "policy"


def test_a_dropped_in_file_is_ingested_and_summarized_and_a_bad_one_is_named(tmp_path, gov):
    drive = tmp_path / "drive" / "suppliers" / "Adriatic Cells"
    (drive / "certificates").mkdir(parents=True)
    cert = write_pdf(drive / "certificates" / "iso9001.pdf", [
        "CERTIFICATE", "Certificate No. AC-Q-0042", "Adriatic Cells d.o.o. has a quality management system",
        "that complies with ISO 9001:2015", "Scope: design and manufacture of LFP cells",
        "Issued by Dalmatia Certification Ltd", "Valid until 30 November 2026"])
    result = gov("summarize", str(cert), "--as-of", "2026-11-15", "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["scope"] == "file" and summary["supplier"] == "Adriatic Cells"
    assert [x["status"] for x in summary["certificates"]] == ["expiring"]
    assert summary["certificates"][0]["citations"][0]["quote"]
    broken = empty_file(drive / "certificates" / "iso14001.pdf")
    result = gov("summarize", str(broken), "--as-of", "2026-11-15", "--format", "md")
    assert result.returncode == 3 and "**FAILED**" in result.stdout and "empty file" in result.stdout


def test_a_suspended_certificate_is_not_in_force_and_blocks_whatever_its_printed_expiry(tmp_path, gov):
    drive = tmp_path / "drive" / "suppliers" / "Adriatic Cells"
    (drive / "certificates").mkdir(parents=True)
    notice = write_pdf(drive / "certificates" / "suspension.pdf", [
        "Dalmatia Certification Ltd - notice of suspension", "Certificate No. AC-E-0043 (ISO 14001:2015)",
        "Holder: Adriatic Cells d.o.o.", "Valid until 30 November 2028",
        "The certificate is suspended with effect from 22 September 2026."])
    result = gov("summarize", str(notice), "--as-of", "2026-11-15", "--json")
    assert result.returncode == 0, result.stderr
    line = json.loads(result.stdout)["certificates"][0]
    assert line["status"] == "suspended" and "not in force" in line["text"] and "2026-09-22" in line["text"]
    assert any("suspended with effect" in c["quote"] for c in line["citations"])


def test_gov_summarize_prints_the_card(tmp_path, gov):
    store = tmp_path / "store"
    ingested = gov("ingest", str(CORPUS / "policies"), str(CORPUS / "suppliers" / "Huaxin Energy Storage"),
                   "--store", str(store))
    assert ingested.returncode == 0, ingested.stderr
    result = gov("summarize", "Huaxin", "--store", str(store), "--as-of", "2026-11-15")
    assert result.returncode == 0, result.stderr
    assert "Onboarding summary: Huaxin Energy Storage Technology Co., Ltd." in result.stdout
    assert "EXPIRED" in result.stdout and "NOT READY" in result.stdout and "Sources" in result.stdout


def answer_key() -> dict[str, str]:
    """The "Onboarding decisions" table of corpus/README.md: supplier name -> decision. A row may name
    several suppliers ("Andes, Meridian, Rhein, Sakura | READY")."""
    text = (CORPUS / "README.md").read_text(encoding="utf-8")
    table = text.split("## Onboarding decisions", 1)[1].split("\n## ", 1)[0]
    key = {}
    for row in table.splitlines():
        cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
        if len(cells) < 2 or cells[0] == "supplier" or not cells[0].strip("-: "):  # header, rule, prose
            continue
        key.update({name.strip(): cells[1].lower() for name in cells[0].split(",")})
    return key


def test_each_onboarding_decision_matches_the_corpus_answer_key(source):
    key = answer_key()
    assert set(key.values()) == {"ready", "review", "not ready"}, key
    cards = {name: card(source, name) for name in key}
    # the key names every supplier in the corpus, once
    folders = sorted(p.name for p in (CORPUS / "suppliers").iterdir() if p.is_dir())
    assert sorted(c.supplier or "" for c in cards.values()) == folders
    for name, decision in key.items():
        release = cards[name].release
        assert release and release.status == decision, (name, decision, release)

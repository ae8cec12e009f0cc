"""The review queue: what could not be read waits for a person, and a person's decision is kept with
its provenance, survives re-ingest, changes the verdicts it bears on and is in the audit log."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest

SOCIAL = ("# Social compliance audit\n\nReport date: 12 May 2026\n\nThe audit identified one major non-conformance; "
          "details were sent separately.\n")
NOTES = "# Notes from the visit\n\nThey told us the site holds a valid ISO 45001 certificate until 2028.\n"


def ingested(tmp_path: Path, gov: Any) -> tuple[Path, str, dict[str, str]]:
    """A supplier with an audit whose finding could not be read and notes no reader takes up, ingested: its
    folder, the store, and the environment that puts the audit log in tmp_path/logs."""
    folder = tmp_path / "drive" / "suppliers" / "Aldebaran Cells"
    (folder / "audits").mkdir(parents=True)
    (folder / "inbox").mkdir()
    (folder / "audits" / "social.md").write_text(SOCIAL, encoding="utf-8")
    (folder / "inbox" / "notes.md").write_text(NOTES, encoding="utf-8")
    store = str(tmp_path / "store")
    assert gov("ingest", str(tmp_path / "drive"), "--store", store).returncode == 0
    return folder, store, {"GOV_LOG_DIR": str(tmp_path / "logs")}


def test_a_person_decides_what_could_not_be_read_and_the_decision_is_kept(tmp_path, gov):
    folder, store, logs = ingested(tmp_path, gov)

    queue = json.loads(gov("review", "--store", store, "--json").stdout)["items"]
    assert {(i["kind"], i["quote"]) for i in queue} == {
        ("audit_finding", "The audit identified one major non-conformance; details were sent separately."),
        ("unread", "They told us the site holds a valid ISO 45001 certificate until 2028.")}
    notes = next(i for i in queue if i["kind"] == "unread")

    dismissed = gov("review", "--dismiss", notes["fact_id"], "--note", "hearsay, not evidence", "--reviewer", "mia",
                    "--store", store, "--json", env=logs)
    assert dismissed.returncode == 0, dismissed.stderr
    decision = json.loads(dismissed.stdout)
    assert (decision["decision"], decision["reviewer"], decision["quote"]) == ("dismissed", "mia", notes["quote"])

    (folder / "inbox" / "notes.md").write_text(NOTES + "\nLunch was at noon.\n", encoding="utf-8")  # re-ingested
    assert gov("ingest", str(tmp_path / "drive"), "--store", store).returncode == 0
    left = json.loads(gov("review", "Aldebaran", "--store", store, "--json").stdout)["items"]
    assert [i["kind"] for i in left] == ["audit_finding"]  # the decision outlived the re-ingest
    card = json.loads(gov("summarize", "Aldebaran", "--store", store, "--as-of", "2026-11-15", "--json").stdout)
    assert not [line for line in card["gaps"] if line["kind"] == "unread"]
    assert [line["status"] for line in card["findings"]] == ["unknown"]  # what nobody decided still needs review

    logged = sqlite3.connect(tmp_path / "logs" / "assistant.sqlite").execute(
        "SELECT reviewer, decision, fact_id, note FROM reviews").fetchall()
    assert logged == [("mia", "dismissed", notes["fact_id"], "hearsay, not evidence")]
    facts = json.loads(gov("facts", "Aldebaran", "--kind", "review", "--store", store, "--json").stdout)["facts"]
    assert [(f["target"], f["decision"]) for f in facts] == [(notes["fact_id"], "dismissed")]


def test_an_unknown_id_or_two_decisions_at_once_are_usage_errors(tmp_path, gov):
    store = str(tmp_path / "store")
    from ingest.index import Index

    Index.open(store).close()  # an empty store: reviewing in it is allowed, creating it is not
    unknown = gov("review", "--confirm", "nope", "--store", store)
    assert unknown.returncode == 2 and "no fact 'nope'" in unknown.stderr
    both = gov("review", "--confirm", "a", "--dismiss", "b", "--store", store)
    assert both.returncode == 2 and "not both" in both.stderr
    stray = gov("review", "--confirm", "a", "--set", "severity=major", "--store", store)
    assert stray.returncode == 2 and "--set goes with --correct" in stray.stderr


def test_a_correction_becomes_the_fact_every_tool_sees_and_outlives_reingest(tmp_path, gov):
    folder, store, logs = ingested(tmp_path, gov)
    queue = {i["kind"]: i for i in json.loads(gov("review", "--store", store, "--json").stdout)["items"]}
    notes, audit = queue["unread"]["fact_id"], queue["audit_finding"]["fact_id"]

    def correct(fact_id: str, *values: str) -> subprocess.CompletedProcess[str]:
        sets = [arg for value in values for arg in ("--set", value)]
        return gov("review", "--correct", fact_id, *sets, "--reviewer", "mia", "--store", store, "--json", env=logs)

    no_kind = correct(notes, "standard=ISO 45001:2018")  # a passage has no kind to keep: the person names it
    assert no_kind.returncode == 2 and "kind" in json.loads(no_kind.stdout)["error"]["message"]
    bad_date = correct(notes, "kind=certificate", "expires=2028-31-12")
    error = json.loads(bad_date.stdout)["error"]
    assert bad_date.returncode == 2 and "expires" in error["message"] and "valid date" in error["message"]
    bad_word = correct(audit, "severity=majr")
    assert bad_word.returncode == 2 and "severity: 'majr' is not one of" in json.loads(bad_word.stdout)["error"][
        "message"]
    assert json.loads(gov("facts", "Aldebaran", "--kind", "review", "--store", store, "--json").stdout)["facts"] == []

    as_certificate = correct(notes, "kind=certificate", "standard=ISO 45001:2018", "expires=2028-12-31")
    assert as_certificate.returncode == 0, as_certificate.stderr
    decision = json.loads(as_certificate.stdout)
    assert (decision["decision"], decision["reviewer"], decision["target_kind"], decision["quote"]) == (
        "corrected", "mia", "unread", "They told us the site holds a valid ISO 45001 certificate until 2028.")
    assert decision["values"] == {"kind": "certificate", "standard": "ISO 45001:2018", "expires": "2028-12-31"}
    assert correct(audit, "finding_id=F-1", "severity=major", "status=open",
                   "description=Fire exits blocked").returncode == 0

    def card() -> dict:
        return json.loads(gov("summarize", "Aldebaran", "--store", store, "--as-of", "2026-11-15", "--json").stdout)

    first = card()
    assert [(c["topic"], c["status"]) for c in first["certificates"]] == [("ISO 45001:2018", "valid")]
    assert [(f["topic"], f["severity"], f["status"]) for f in first["findings"]] == [("F-1", "major", "overdue")]
    assert not [line for line in first["gaps"] if line["kind"] == "unread"]
    cited = first["certificates"][0]["citations"][0]
    assert (cited["source"], cited["quote"]) == ("suppliers/Aldebaran Cells/inbox/notes.md", decision["quote"])
    risk = json.loads(gov("risk", "Aldebaran", "--store", store, "--as-of", "2026-11-15", "--json").stdout)
    assert any(f["topic"] == "F-1" for f in risk["factors"])

    (folder / "inbox" / "notes.md").write_text(NOTES + "\nLunch was at noon.\n", encoding="utf-8")  # re-ingested
    (folder / "audits" / "social.md").write_text(SOCIAL + "\nThe next audit is planned for 2027.\n", encoding="utf-8")
    assert "ingested  │ 2" in gov("ingest", str(tmp_path / "drive"), "--store", store).stdout
    assert json.loads(gov("review", "Aldebaran", "--store", store, "--json").stdout)["items"] == []
    again = card()  # the same lines, read from the new chunks
    assert [(line["text"], line["status"]) for line in again["certificates"] + again["findings"]] == [
        (line["text"], line["status"]) for line in first["certificates"] + first["findings"]]

    logged = sqlite3.connect(tmp_path / "logs" / "assistant.sqlite").execute(
        "SELECT reviewer, decision, fact_id, correction FROM reviews ORDER BY id").fetchall()
    assert [(r, d, f, json.loads(c)) for r, d, f, c in logged] == [
        ("mia", "corrected", notes, {"kind": "certificate", "standard": "ISO 45001:2018", "expires": "2028-12-31"}),
        ("mia", "corrected", audit, {"finding_id": "F-1", "severity": "major", "status": "open",
                                     "description": "Fire exits blocked"})]


def test_what_a_correction_may_say_and_what_it_keeps():
    from core.errors import GovError
    from ingest.facts.models import AuditFindingFact, TransportTestFact, UnreadFact
    from ingest.facts.review import corrected

    passage = UnreadFact(source="suppliers/A/inbox/n.md", supplier="A", labels=["quality"], page=3, chunk_id="c1",
                         quote="They said F-2 is still open.", reason="unread").with_id("n")

    def refused(fact: object, values: dict[str, str]) -> str:
        with pytest.raises(GovError) as caught:
            corrected(fact, values)  # type: ignore[arg-type]
        assert caught.value.exit_code == 2
        return caught.value.message

    assert "kind: an unread passage" in refused(passage, {"severity": "major"})
    assert "give at least one field of certificate" in refused(passage, {"kind": "certificate"})
    # an audit finding without its id would read as "the audit raised none": that must be said in so many words
    assert "finding_id: name the finding" in refused(passage, {"kind": "audit_finding", "severity": "major"})
    # completeness over a whole document (38.3.5 elements) is no passage's to vouch for
    assert "judged over its whole document" in refused(passage, {"kind": "transport_test", "model": "X1"})
    assert "source, supplier: the document's provenance" in refused(passage, {"kind": "certificate", "source": "x",
                                                                            "supplier": "B"})
    assert "valid_until: not a field of certificate" in refused(passage, {"kind": "certificate",
                                                                         "valid_until": "2027-03-14"})
    assert "status: 'clsoed' is not one of open, closed" in refused(passage, {"kind": "audit_finding",
                                                                             "finding_id": "F-2", "status": "clsoed"})

    finding = corrected(passage, {"kind": "audit_finding", "finding_id": "F-2", "severity": "major", "status": "open",
                                  "due": "2027-03-14"})
    assert isinstance(finding, AuditFindingFact) and (finding.finding_id, str(finding.due)) == ("F-2", "2027-03-14")
    assert (finding.id, finding.source, finding.supplier, finding.labels, finding.page, finding.chunk_id,
            finding.quote) == (passage.id, passage.source, "A", ["quality"], 3, "c1", passage.quote)
    assert corrected(passage, {"kind": "audit_finding", "finding_id": ""}).finding_id is None  # "raised none", said

    summary = TransportTestFact(source="s.pdf", model="X1", confidence=0.5, missing={"lab": "not found",
                                                                                   "date": "not found"}).with_id("t")
    fixed = corrected(summary, {"lab": "TÜV Rheinland"})  # only the field to fix; the rest stays as read
    assert isinstance(fixed, TransportTestFact)
    assert (fixed.model, fixed.lab, fixed.missing, fixed.confidence) == ("X1", "TÜV Rheinland",
                                                                          {"date": "not found"}, 1.0)

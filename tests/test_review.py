"""The review queue: what could not be read waits for a person, and a person's decision is kept with
its provenance, survives re-ingest, changes the verdicts it bears on and is in the audit log."""

from __future__ import annotations

import json
import sqlite3

SOCIAL = ("# Social compliance audit\n\nReport date: 12 May 2026\n\nThe audit identified one major non-conformance; "
          "details were sent separately.\n")
NOTES = "# Notes from the visit\n\nThey told us the site holds a valid ISO 45001 certificate until 2028.\n"


def test_a_person_decides_what_could_not_be_read_and_the_decision_is_kept(tmp_path, gov):
    folder = tmp_path / "drive" / "suppliers" / "Aldebaran Cells"
    (folder / "audits").mkdir(parents=True)
    (folder / "inbox").mkdir()
    (folder / "audits" / "social.md").write_text(SOCIAL, encoding="utf-8")
    (folder / "inbox" / "notes.md").write_text(NOTES, encoding="utf-8")
    store, logs = str(tmp_path / "store"), {"GOV_LOG_DIR": str(tmp_path / "logs")}
    assert gov("ingest", str(tmp_path / "drive"), "--store", store).returncode == 0

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
    unknown = gov("review", "--confirm", "nope", "--store", store)
    assert unknown.returncode == 2 and "no fact 'nope'" in unknown.stderr
    both = gov("review", "--confirm", "a", "--dismiss", "b", "--store", store)
    assert both.returncode == 2 and "not both" in both.stderr

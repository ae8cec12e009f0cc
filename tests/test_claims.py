"""The claim reader: what a typed document's statements claim, with the real MiniLM model, and which
claims no fact explains - those become passages for review, never silence."""

from __future__ import annotations

import json

import pytest

from ingest.claims import ClaimReader
from ingest.facts.models import AuditFindingFact, ContractClauseFact, ReviewFact
from ingest.models import Unit
from ingest.statements import statements

CONTRACT = """# Supply agreement SA-77

1. Parties
This agreement is made between Aldebaran Cells Ltd. and the Buyer.

2. Delivery
2.1 Le Fournisseur garantit un taux de livraison à l'heure d'au moins 98,5 % par mois civil.
2.2 Bei Lieferverzug schuldet der Lieferant je angefangene Kalenderwoche 0,5 % des Nettowertes, höchstens 5 %.

3. Governing law
This agreement is governed by the laws of Sweden.
"""


@pytest.fixture(scope="module")
def reader() -> ClaimReader:
    from ingest.embedder import Embedder

    return ClaimReader(Embedder().embed)


def said(text: str):
    return statements([Unit(text=text, page=1)])


def test_claims_are_read_from_wordings_in_several_languages(reader):
    texts = ["Certificate validity 2024-01-15 through 2027-01-14",
             "Observation 2 – Grade: MAJOR – Area: electrolyte filling – Close-out due: 15.03.2026. Status: open.",
             "Penalización por retraso: 1 % por semana, con un máximo del 8 %.",
             "This agreement is governed by the laws of Sweden."]
    claims = [claim for claim, _, _ in reader.nearest(texts)]
    assert claims == ["certificate_validity", "audit_finding", "late_delivery_penalty", "other"]


def test_a_claim_no_fact_explains_is_named_with_its_statement_and_a_read_one_is_not(reader):
    unexplained = reader.unexplained("contract", said(CONTRACT), [])
    by_claim = {u.claim: u.statement.text for u in unexplained}
    assert by_claim["on_time_delivery"].startswith("2.1 Le Fournisseur garantit")
    assert by_claim["late_delivery_penalty"].startswith("2.2 Bei Lieferverzug")
    assert not any("governed by" in text for text in by_claim.values())

    read = ContractClauseFact(source="c.md", metric="late_delivery_penalty", penalty_rate=0.5)
    assert "late_delivery_penalty" not in {u.claim for u in reader.unexplained("contract", said(CONTRACT), [read])}


def test_an_audit_read_as_clean_that_describes_a_finding_needs_review(reader):
    report = ("Audit summary\n\nNo major findings were raised.\n\n"
              "Finding 1 (Minor, housekeeping): aisles in the cell warehouse were blocked by pallets; "
              "to be closed by 30.04.2026.\n")
    clean = AuditFindingFact(source="a.md")  # what a reader that saw only "no ... findings" would write
    missed = reader.unexplained("audit_report", said(report), [clean])
    assert [u.claim for u in missed] == ["audit_finding"] and missed[0].statement.text.startswith("Finding 1")


def test_a_passage_people_dismissed_is_learned_as_no_claim(reader):
    assert reader.unexplained("contract", said(CONTRACT), [])
    dismissed = [ReviewFact(source="c.md", quote=u.statement.text, target="x", target_kind="unread",
                            decision="dismissed", reviewer="mia", at="2026-11-26T10:00:00")
                 for u in reader.unexplained("contract", said(CONTRACT), [])]
    reader.learn(dismissed)
    try:
        assert reader.unexplained("contract", said(CONTRACT), []) == []
    finally:
        reader.learn([])


def test_a_clause_in_unfamiliar_words_is_read_or_queued_and_a_dismissal_outlives_re_ingest(tmp_path, gov):
    """The French delivery target has a value of a known shape: read as a fact. The penalty refers to an annex:
    nothing to read, so it waits for a person instead of the agreement reading as having no penalty."""
    german_penalty = next(line for line in CONTRACT.splitlines() if line.startswith("2.2"))
    contract = CONTRACT.replace(german_penalty,
        "2.2 Late deliveries incur liquidated damages at the rate set out in Annex 4, up to the cap stated there.")
    folder = tmp_path / "drive" / "suppliers" / "Aldebaran Cells" / "contracts"
    folder.mkdir(parents=True)
    (folder / "supply agreement.md").write_text(contract, encoding="utf-8")
    store = str(tmp_path / "store")
    assert gov("ingest", str(tmp_path / "drive"), "--store", store).returncode == 0

    clauses = json.loads(gov("facts", "Aldebaran", "--kind", "contract_clause", "--store", store, "--json").stdout)
    read = {f["metric"]: f for f in clauses["facts"]}
    assert read["on_time_delivery"]["target"] == 98.5
    assert read["on_time_delivery"]["quote"].startswith("2.1 Le Fournisseur")
    assert "late_delivery_penalty" not in read
    queue = json.loads(gov("review", "--store", store, "--json").stdout)["items"]
    penalty = [i for i in queue if i["kind"] == "unread" and i["quote"].startswith("2.2 Late deliveries")]
    assert len(penalty) == 1 and "late-delivery penalty" in penalty[0]["reason"]

    assert gov("review", "--dismiss", penalty[0]["fact_id"], "--store", store).returncode == 0
    (folder / "supply agreement.md").write_text(contract + "\n4. Notices\nNotices are given in writing.\n",
                                                encoding="utf-8")
    assert gov("ingest", str(tmp_path / "drive"), "--store", store).returncode == 0
    left = json.loads(gov("review", "--store", store, "--json").stdout)["items"]
    assert not any(i["quote"].startswith("2.2 Late deliveries") for i in left)

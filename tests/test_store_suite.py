"""One behaviour suite for both kinds of store: embedded Chroma (PersistentClient) and a real
Chroma server started on loopback (`chroma run`). Every test runs against each."""

import shutil
import uuid

import pytest

from conftest import CORPUS
from ingest.index import Index
from ingest.pipeline import Ingestor
from ingest.retrieval import Retriever


@pytest.fixture(params=["embedded", "server"])
def index(request, tmp_path):
    if request.param == "embedded":
        opened = Index.open(str(tmp_path / "store"))
    else:
        url = request.getfixturevalue("chroma_server")
        opened = Index.open(f"{url}/suite-{uuid.uuid4().hex[:12]}", tmp_path / "index")
    yield opened
    opened.close()


@pytest.fixture
def small_corpus(tmp_path):
    """Policies, standards and one supplier's folder, with the corpus's access rules."""
    root = tmp_path / "drive"
    for part in ("policies", "standards", "suppliers/Nordvolt Batteries"):
        shutil.copytree(CORPUS / part, root / part)
    for name in ("access.yaml", ".govignore"):
        shutil.copy(CORPUS / name, root / name)
    return root


def test_lifecycle_ingest_search_reingest_change_prune(index, small_corpus):
    first = Ingestor(index).run([small_corpus])
    assert not first.failed and len(first.ingested) == 22
    total = index.store.count()
    assert total == sum(f.chunks for f in first.ingested) == len(index.manifest.ok_chunk_ids())

    hits = Retriever(index).search("service credit for months below the OTD target", k=3)
    assert hits[0].chunk.source.startswith("suppliers/Nordvolt Batteries/contracts/")

    again = Ingestor(index).run([small_corpus])
    assert again.ingested == [] and len(again.unchanged) == 22 and index.store.count() == total

    changed = small_corpus / "standards" / "battery-passport.md"
    old_ids = set(index.manifest.get("standards/battery-passport.md").chunk_ids)
    changed.write_text("# Battery passport\n\nThe passport QR code must survive 15 years of outdoor exposure.\n")
    third = Ingestor(index).run([small_corpus])
    assert [f.path for f in third.ingested] == ["standards/battery-passport.md"]
    assert not old_ids & index.store.ids()
    assert "15 years of outdoor exposure" in Retriever(index).search("QR code outdoor exposure", k=1)[0].chunk.text

    (small_corpus / "policies" / "data-governance-rules.md").unlink()
    pruned = Ingestor(index).run([small_corpus], prune=True)
    assert pruned.removed == ["policies/data-governance-rules.md"]
    assert index.manifest.get("policies/data-governance-rules.md") is None
    assert all(h.chunk.source != "policies/data-governance-rules.md"
               for h in Retriever(index).search("mandatory profile fields", k=20))
    assert index.store.count() == len(index.manifest.ok_chunk_ids())


def test_access_labels_are_enforced_by_the_store(index, small_corpus):
    Ingestor(index).run([small_corpus])
    contract = [c for c in index.store.chunks() if "/contracts/" in c.source]
    assert contract and all(c.labels == ["procurement"] for c in contract)
    retriever = Retriever(index)
    for labels in (frozenset(), frozenset({"quality"})):
        hits = retriever.search("late delivery liquidated damages Nordvolt", k=30, labels=labels)
        assert hits and not any("/contracts/" in h.chunk.source for h in hits)
    hits = retriever.search("late delivery liquidated damages Nordvolt", k=3, labels=frozenset({"procurement"}))
    assert any("/contracts/" in h.chunk.source for h in hits)


def test_upserting_the_same_chunks_twice_leaves_one_copy(index, small_corpus):
    Ingestor(index).run([small_corpus / "standards"])
    chunks = index.store.chunks()
    vectors = index.embedder.embed([c.index_text() for c in chunks])
    index.store.upsert(chunks, vectors)
    assert index.store.count() == len(chunks) == len(index.store.ids())

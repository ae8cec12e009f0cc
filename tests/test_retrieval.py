"""Hybrid retrieval over the real store of the sample corpus: exact identifiers that dense
retrieval misses, paraphrases that BM25 misses, filters, and access labels that never leak."""

import pytest

from ingest.retrieval import Retriever


@pytest.fixture(scope="module")
def retriever(corpus_index):
    return Retriever(corpus_index)


def sources(hits):
    return [h.chunk.source for h in hits]


@pytest.mark.parametrize("identifier, document", [
    ("ACS-Q-2022-04417", "suppliers/Huaxin Energy Storage/certificates/ISO-9001-2015_ACS-Q-2022-04417.pdf"),
    ("MY-UN-2025-07702", "suppliers/Huaxin Energy Storage/tests/UN38.3 Test Summary HX-LFP314.pdf"),
    ("HBSI-T-25-0418", "suppliers/Kestrel Cell Technologies/tests/UN38.3 Test Summary KC-NMC-30P.pdf"),
])
def test_hybrid_finds_exact_identifiers_that_dense_retrieval_misses(retriever, identifier, document):
    assert document not in sources(retriever.search(identifier, k=5, mode="dense"))
    assert sources(retriever.search(identifier, k=5))[0] == document


@pytest.mark.parametrize("question, document", [
    ("How fast must a vendor repair serious problems spotted by inspectors?", "policies/quality-management-policy.pdf"),
    ("What happens if a business partner keeps employees at work too long?", "Pearl River Battery Components"),
    ("Which vendor relies on one chip maker with no alternative?", "Volta BMS Electronics/audits/"),
])
def test_hybrid_finds_paraphrased_questions_that_bm25_misses(retriever, question, document):
    assert not any(document in s for s in sources(retriever.search(question, k=5, mode="bm25")))
    assert any(document in s for s in sources(retriever.search(question, k=5)))


def test_filters_by_supplier_and_document_type(retriever):
    hits = retriever.search("certificate valid until", k=10, supplier="Rhein Separator Films", doc_type="certificate")
    assert hits and all(h.chunk.supplier == "Rhein Separator Films" and h.chunk.doc_type == "certificate"
                        for h in hits)


def test_every_hit_carries_its_provenance(retriever):
    hit = retriever.search("late delivery liquidated damages Nordvolt", k=1)[0]
    chunk = hit.chunk
    assert chunk.source.endswith("AES-MPA-2023-004 Master Purchase Agreement.pdf")
    assert chunk.page == 1 and chunk.supplier == "Nordvolt Batteries" and chunk.doc_type == "contract"
    assert chunk.labels == ["procurement"] and chunk.id and chunk.end > chunk.start


QUESTIONS = ["late delivery penalty", "service credit percentage point", "AES-MPA-2023-004", "warranty years",
             "contract", "Nordvolt", "supply agreement governing law", "Clause 7.2"]


@pytest.mark.parametrize("mode", ["hybrid", "dense", "bm25"])
def test_a_procurement_document_is_never_returned_to_a_caller_without_the_label(retriever, mode):
    for question in QUESTIONS:
        for hit in retriever.search(question, k=50, labels=frozenset({"quality"}), mode=mode):
            assert "procurement" not in hit.chunk.labels, (question, hit.chunk.source)
            assert "/contracts/" not in hit.chunk.source


def test_the_same_question_finds_the_contract_for_procurement(retriever):
    hits = retriever.search("late delivery penalty Nordvolt", k=3, labels=frozenset({"procurement"}))
    assert any("/contracts/" in s for s in sources(hits))


def test_unlabelled_documents_stay_visible_to_everyone(retriever):
    hits = retriever.search("CAPA deadlines by severity", k=5, labels=frozenset())
    assert "policies/quality-management-policy.pdf" in sources(hits)


def test_the_keyword_index_is_built_in_manifest_order_so_equal_scores_always_rank_alike(corpus_index):
    import json

    indexed = [d["id"] for d in json.loads((corpus_index.keyword.directory / "docs.json").read_text())["docs"]]
    assert indexed == corpus_index.manifest.ok_chunk_ids()


def test_chunks_with_equal_keyword_scores_share_a_rank(retriever):
    ranks = [h.keyword_rank for h in retriever.search("late delivery liquidated damages", k=20, mode="bm25")]
    assert len(set(ranks)) < len(ranks) and ranks == sorted(ranks)

"""Chunks are sized for the model, never split a table row, and quote their source exactly."""

from functools import cache

import pytest

from conftest import CORPUS, SHARED_REAL
from ingest.chunker import MODEL_WINDOW, Chunker
from ingest.formats import load_in_process
from ingest.formats.pdf import extract_pages, to_document
from ingest.models import Unit


@cache
def units_of(root: str, source: str) -> list[Unit]:
    path = (CORPUS if root == "corpus" else SHARED_REAL) / source
    if path.suffix == ".pdf":
        return to_document(*extract_pages(path)).units
    return load_in_process(path).units


@pytest.mark.parametrize("which", ["corpus_index", "real_index"])
def test_no_chunk_exceeds_the_model_window_with_its_header(which, request):
    fixture = request.getfixturevalue(which)
    index = fixture[0] if isinstance(fixture, tuple) else fixture
    chunks = index.store.chunks()
    assert len(chunks) > 100
    counts = index.embedder.count_tokens([c.index_text() for c in chunks])
    assert max(counts) <= MODEL_WINDOW, max(zip(counts, [c.source for c in chunks], strict=True))


def test_every_chunk_is_an_exact_slice_of_its_page(corpus_index):
    for chunk in corpus_index.store.chunks():
        units = [u for u in units_of("corpus", chunk.source) if u.page == chunk.page]
        assert any(u.text[chunk.start:chunk.end] == chunk.text for u in units), (chunk.source, chunk.page)


def test_table_rows_are_never_split(corpus_index):
    tables = [c for c in corpus_index.store.chunks() if c.doc_type in ("kpi", "minerals_declaration", "profile")]
    assert tables
    for source in {c.source for c in tables}:
        rows = [row for u in units_of("corpus", source) if u.kind == "table" for row in u.text.splitlines()]
        chunk_lines = {line for c in tables if c.source == source for line in c.text.splitlines()}
        assert set(rows) <= chunk_lines, source


def test_pdf_pages_keep_their_page_numbers(real_index):
    index, _report = real_index
    pages = {c.page for c in index.store.chunks() if c.source == "DIN_DKE_SPEC_99100.pdf"}
    assert min(pages) >= 1 and max(pages) <= 106 and len(pages) > 90


def test_an_overlong_line_is_split_to_fit_and_a_heading_starts_a_new_chunk(corpus_index):
    count = corpus_index.embedder.count_tokens
    chunker = Chunker(count, target=120)
    preamble = "The supplier makes prismatic cells in Hefei and ships them by sea to Hamburg every week.\n" * 3
    text = preamble + "Clause 7 Delivery\n" + \
        " ".join(f"The supplier shall deliver lot {n} on time." for n in range(120))
    spans, _ = chunker.split(Unit(text=text, page=1), [], header_tokens=20)
    assert len(spans) > 3
    assert all(count([text[s.start:s.end]])[0] <= MODEL_WINDOW - 23 for s in spans)
    assert any(text[s.start:s.end].startswith("Clause 7 Delivery") for s in spans)
    assert spans[-1].section == ["Clause 7 Delivery"]


def test_chunker_checks_its_configuration(corpus_index):
    # checked in the constructor, and the message says which limit was broken (not any ValueError from inside)
    with pytest.raises(ValueError, match="target must be between 16 and the model window"):
        Chunker(corpus_index.embedder.count_tokens, target=1000)
    with pytest.raises(ValueError, match="target must be between 16"):
        Chunker(corpus_index.embedder.count_tokens, target=8)


def test_the_same_text_twice_in_one_file_gets_two_chunk_ids(corpus_index):
    """Two identical tables of a Word file (units without a page) once made the store refuse the whole batch."""
    from ingest.chunker import make_chunks
    table = "Model | Verdict\nXB-1 | Pass"
    chunks = make_chunks([Unit(text=table), Unit(text=table)], Chunker(corpus_index.embedder.count_tokens),
                         source="r.docx", supplier=None, doc_type="test_report", labels=[], title=None)
    assert len(chunks) == 2 and len({chunk.id for chunk in chunks}) == 2

"""Behaviour suites, haystack-style: one per protocol in ingest/protocols.py. Each suite is a set of
test classes run against every implementation of its protocol through one parametrized fixture, so a
new implementation joins by adding a parameter there:

- ChunkStore: `make_store` - Chroma embedded (PersistentClient) and a real Chroma server (`chroma run`);
- KeywordIndex: `make_keyword` - BM25 (bm25s);
- Manifest: `make_manifest` - SQLite.

The suites use small hand-made chunks and vectors, so they need no embedding model. At the end, the
lifecycle tests run the whole Index (real corpus, real model) against both kinds of Chroma."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator

import numpy as np
import pytest

from conftest import CORPUS, ROOT
from core.access import may_see
from core.errors import GovError
from ingest.facts.models import AuditFindingFact, CertificateFact, Evidence, FactBase
from ingest.index import Index
from ingest.keyword import MAX_EXACT, BM25Index, version_of
from ingest.manifest import FileRecord, SQLiteManifest
from ingest.models import Chunk
from ingest.pipeline import Ingestor
from ingest.protocols import ChunkStore, KeywordIndex, Manifest
from ingest.retrieval import Retriever
from ingest.store import ChromaStore

DIM = 384  # the embedder's dimension; the stores never see a real embedding in these suites

# The access matrix: every kind of labelling a chunk can have, every kind of caller.
LABELLINGS: dict[str, list[str]] = {"open": [], "a": ["a"], "b": ["b"], "ab": ["a", "b"]}
CALLERS: dict[str, frozenset[str] | None] = {
    "unrestricted": None, "no labels": frozenset(), "a": frozenset({"a"}), "b": frozenset({"b"}),
    "a and b": frozenset({"a", "b"}), "c": frozenset({"c"})}


def vector(*components: tuple[int, float]) -> np.ndarray:
    """A unit vector with these (axis, weight) components."""
    v = np.zeros(DIM, dtype=np.float32)
    for axis, weight in components:
        v[axis] = weight
    return v / np.linalg.norm(v)


def at_angle(degrees: float, axis: int) -> np.ndarray:
    """A unit vector at this angle from axis 0, leaning towards `axis`: its cosine similarity to axis 0
    is cos(degrees) whatever the axis, and vectors on different axes do not resemble each other."""
    radians = math.radians(degrees)
    return vector((0, math.cos(radians)), (axis, math.sin(radians)))


def chunk(chunk_id: str, **fields) -> Chunk:
    return Chunk(id=chunk_id, text=fields.pop("text", f"the text of {chunk_id}"),
                 source=fields.pop("source", f"docs/{chunk_id}.md"), **fields)


def visible(labellings: dict[str, list[str]], caller: frozenset[str] | None) -> set[str]:
    """The matrix's expectation, from the one visibility rule."""
    return {name for name, labels in labellings.items() if may_see(labels, caller)}


# A chunk with every metadata field set, and one with every optional field left out.
FULL = Chunk(id="full", text="Clause 7.2: a late delivery costs 0.5 % of the order value per week.",
             source="suppliers/Nordvolt Batteries/contracts/msa.pdf", page=7, supplier="Nordvolt Batteries",
             doc_type="contract", section="7 Delivery > 7.2 Late delivery", start=120, end=188,
             labels=["procurement", "legal"], title="Master supply agreement")
BARE = Chunk(id="bare", text="Suppliers keep a quality management system.", source="policies/quality.md")


# == ChunkStore ========================================================================================

@dataclasses.dataclass(frozen=True)
class StoreMaker:
    """How to open one implementation's store at one location: here (again and again, each call a new
    handle on the same store) and, as Python source binding `store`, in another process."""

    open: Callable[[], ChunkStore]
    source: str


@pytest.fixture(params=["chroma-embedded", "chroma-server"])
def make_store(request, tmp_path) -> StoreMaker:
    if request.param == "chroma-embedded":
        location = str(tmp_path / "chroma")
    else:
        location = f"{request.getfixturevalue('chroma_server')}/suite-{uuid.uuid4().hex[:12]}"
    return StoreMaker(lambda: ChromaStore(location),
                      f"from ingest.store import ChromaStore\nstore = ChromaStore({location!r})")


@pytest.fixture
def store(make_store) -> ChunkStore:
    return make_store.open()


def ids_of(results: list[tuple[Chunk, float]]) -> list[str]:
    return [c.id for c, _ in results]


class TestChunkStoreWrites:
    def test_implements_the_protocol(self, store):
        assert isinstance(store, ChunkStore)

    def test_a_new_store_is_empty(self, store):
        assert store.ids() == set() and store.count() == 0 and store.chunks() == []

    def test_ids_and_count_report_what_was_written(self, store):
        store.upsert([FULL, BARE], np.stack([vector((0, 1)), vector((1, 1))]))
        assert store.ids() == {"full", "bare"}
        assert store.count() == 2

    def test_upserting_the_same_ids_twice_leaves_one_copy(self, store):
        # Re-ingest writes a file's chunks again under the same content-hash ids.
        chunks = [chunk(f"c{i}") for i in range(3)]
        vectors = np.stack([vector((i, 1)) for i in range(3)])
        store.upsert(chunks, vectors)
        store.upsert(chunks, vectors)
        assert store.count() == 3
        assert store.ids() == {"c0", "c1", "c2"}

    def test_upserting_an_existing_id_replaces_its_text_metadata_and_vector(self, store):
        store.upsert([chunk("c", supplier="Old Supplier")], vector((0, 1))[None])
        store.upsert([chunk("c", text="new text", supplier="New Supplier", labels=["a"])], vector((1, 1))[None])
        [stored] = store.chunks(["c"])
        assert (stored.text, stored.supplier, stored.labels) == ("new text", "New Supplier", ["a"])
        # The vector is replaced too: the chunk is now found along axis 1, not along axis 0.
        [(_, similarity)] = store.query(vector((1, 1)), 1)
        assert similarity == pytest.approx(1.0, abs=1e-4)

    def test_delete_removes_those_ids_only(self, store):
        store.upsert([chunk("keep"), chunk("drop"), chunk("also-keep")],
                     np.stack([vector((0, 1)), vector((0, 1), (1, 0.1)), vector((1, 1))]))
        store.delete(["drop"])
        assert store.ids() == {"keep", "also-keep"}
        assert store.count() == 2
        assert store.chunks(["drop"]) == []
        assert "drop" not in ids_of(store.query(vector((0, 1)), 2))

    def test_deleting_absent_ids_or_none_is_a_no_op(self, store):
        # A file marked pending may name ids that never reached the store; deleting them must not fail.
        store.upsert([chunk("c")], vector((0, 1))[None])
        store.delete(["never-written"])
        store.delete([])
        assert store.ids() == {"c"}


class TestChunkStoreReads:
    def test_chunks_round_trip_every_metadata_field(self, store):
        # Citations quote text, source and page from what the store returns, and filters rely on the rest.
        store.upsert([FULL, BARE], np.stack([vector((0, 1)), vector((1, 1))]))
        assert {c.id: c for c in store.chunks()} == {"full": FULL, "bare": BARE}
        assert store.chunks(["full"]) == [FULL]

    def test_chunks_by_id_returns_only_those_ids(self, store):
        store.upsert([chunk(f"c{i}") for i in range(4)], np.stack([vector((i, 1)) for i in range(4)]))
        assert sorted(c.id for c in store.chunks(["c3", "c1"])) == ["c1", "c3"]

    def test_query_returns_the_most_similar_first_with_cosine_similarity(self, store):
        # Written out of order so that the ranking cannot come from insertion order.
        angles = {"c60": 60, "c0": 0, "c45": 45, "c15": 15, "c30": 30}
        store.upsert([chunk(i) for i in angles],
                     np.stack([at_angle(angle, axis) for axis, angle in enumerate(angles.values(), start=1)]))
        results = store.query(vector((0, 1)), 5)
        assert ids_of(results) == ["c0", "c15", "c30", "c45", "c60"]
        assert [s for _, s in results] == pytest.approx([math.cos(math.radians(a)) for a in (0, 15, 30, 45, 60)],
                                                       abs=1e-4)

    def test_query_returns_at_most_n(self, store):
        store.upsert([chunk(f"c{a}") for a in (0, 20, 40)],
                     np.stack([at_angle(a, axis) for axis, a in enumerate((0, 20, 40), start=1)]))
        assert ids_of(store.query(vector((0, 1)), 2)) == ["c0", "c20"]
        assert store.query(vector((0, 1)), 0) == []

    def test_query_filters_by_supplier_and_document_type(self, store):
        # The most similar chunks are the ones the filters exclude, so ignoring a filter changes the result.
        rows = {"nv-contract": ("Nordvolt", "contract", 40), "nv-cert": ("Nordvolt", "certificate", 0),
                "hx-contract": ("Huaxin", "contract", 10), "hx-cert": ("Huaxin", "certificate", 20)}
        store.upsert([chunk(i, supplier=s, doc_type=t) for i, (s, t, _) in rows.items()],
                     np.stack([at_angle(a, axis) for axis, (_, _, a) in enumerate(rows.values(), start=1)]))
        query = vector((0, 1))
        assert ids_of(store.query(query, 4, supplier="Nordvolt")) == ["nv-cert", "nv-contract"]
        assert ids_of(store.query(query, 4, doc_type="contract")) == ["hx-contract", "nv-contract"]
        assert ids_of(store.query(query, 4, supplier="Nordvolt", doc_type="contract")) == ["nv-contract"]
        assert store.query(query, 4, supplier="Nobody") == []

    def test_label_filter_combines_with_the_other_filters(self, store):
        store.upsert([chunk("nv-open", supplier="Nordvolt"), chunk("nv-secret", supplier="Nordvolt", labels=["a"]),
                      chunk("hx-open", supplier="Huaxin")],
                     np.stack([at_angle(30, 1), at_angle(0, 2), at_angle(10, 3)]))
        assert ids_of(store.query(vector((0, 1)), 3, supplier="Nordvolt", labels=frozenset())) == ["nv-open"]
        assert ids_of(store.query(vector((0, 1)), 3, supplier="Nordvolt", labels=frozenset({"a"}))) == \
            ["nv-secret", "nv-open"]


class TestChunkStoreAccess:
    def test_access_filtering_agrees_with_may_see(self, store):
        # The restricted chunks are the most similar ones, so a leak would rank first, not hide at the end.
        store.upsert([chunk(name, labels=labels) for name, labels in LABELLINGS.items()],
                     np.stack([at_angle(40 - 10 * i, i + 1) for i in range(len(LABELLINGS))]))
        seen = {caller: set(ids_of(store.query(vector((0, 1)), len(LABELLINGS), labels=labels)))
                for caller, labels in CALLERS.items()}
        assert seen == {caller: visible(LABELLINGS, labels) for caller, labels in CALLERS.items()}


READ_BACK = """
import json, sys
import numpy as np
query = np.array(json.loads(sys.argv[1]), dtype=np.float32)
print(json.dumps({"chunks": [c.model_dump() for c in store.chunks()],
                  "nearest": [c.id for c, _ in store.query(query, 2)]}))
"""


class TestChunkStorePersistence:
    def test_a_new_handle_sees_what_was_written(self, store, make_store):
        # Same collection, same name, whoever opens it. (Chroma caches one client per path in a process,
        # so only the next test proves the data is on disk.)
        store.upsert([FULL, BARE], np.stack([vector((0, 1)), vector((1, 1))]))
        again = make_store.open()
        assert {c.id: c for c in again.chunks()} == {"full": FULL, "bare": BARE}

    def test_another_process_reads_chunks_and_vectors_back(self, store, make_store):
        # `gov ingest` and `gov search` are separate processes: what one writes must be on disk (or on the
        # server), not in this process's memory. A child process reopens the store and reads it.
        store.upsert([FULL, BARE], np.stack([vector((0, 1)), vector((1, 1))]))
        env = {**os.environ, "PYTHONPATH": str(ROOT), "ANONYMIZED_TELEMETRY": "False"}
        run = subprocess.run([sys.executable, "-c", make_store.source + READ_BACK, json.dumps(vector((1, 1)).tolist())],
                             capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
        assert run.returncode == 0, run.stderr
        read = json.loads(run.stdout)
        assert {c["id"]: Chunk.model_validate(c) for c in read["chunks"]} == {"full": FULL, "bare": BARE}
        assert read["nearest"] == ["bare", "full"]


def test_a_chroma_store_opens_on_first_use_and_names_an_unreachable_server():
    # Creating the store must not connect (an unchanged re-ingest never needs Chroma); opening must fail
    # with the store stage and the location, not a client library traceback.
    store = ChromaStore("http://127.0.0.1:1/nothing-listens-here")
    with pytest.raises(GovError) as raised:
        store.open()
    assert raised.value.stage == "store"
    assert "http://127.0.0.1:1/nothing-listens-here" in str(raised.value)


# == KeywordIndex ======================================================================================

@pytest.fixture(params=["bm25"])
def make_keyword(request, tmp_path) -> Callable[[], KeywordIndex]:
    """Opens the implementation's index at one location; calling it again opens the same index anew."""
    return lambda: BM25Index(tmp_path / "bm25")


@pytest.fixture
def keyword(make_keyword) -> KeywordIndex:
    return make_keyword()


TEXTS = [chunk("penalty", text="A late delivery penalty of 0.5 percent applies per week.", supplier="Nordvolt",
               doc_type="contract"),
         chunk("warranty", text="The warranty covers 3000 cycles.", supplier="Nordvolt", doc_type="contract"),
         chunk("certificate", text="Certificate ACS-Q-2022-04417 for ISO 9001 quality management.",
               supplier="Huaxin", doc_type="certificate"),
         chunk("kpi", text="Each late delivery is reported monthly.", supplier="Huaxin", doc_type="kpi")]


def ranked(results: list[tuple[str, float]]) -> list[str]:
    return [chunk_id for chunk_id, _ in results]


class TestKeywordIndexBuild:
    def test_implements_the_protocol(self, keyword):
        assert isinstance(keyword, KeywordIndex)

    def test_an_index_never_built_has_no_version_and_finds_nothing(self, keyword):
        assert keyword.version is None
        assert keyword.search("late delivery", 5) == [] and keyword.exact("ACS-Q-2022-04417") == []

    def test_version_names_the_chunk_ids_it_was_built_from(self, keyword):
        # The pipeline compares this with the manifest's ids to decide whether to rebuild.
        keyword.rebuild(TEXTS)
        built = keyword.version
        assert built == version_of([c.id for c in TEXTS])
        keyword.rebuild(TEXTS[::-1])  # the same chunks in another order: nothing to rebuild next time
        assert keyword.version == built
        keyword.rebuild(TEXTS[:2])  # other chunks: the version must say so, or the pipeline never rebuilds
        assert keyword.version == version_of(["penalty", "warranty"]) != built

    def test_a_rebuild_replaces_the_whole_index(self, keyword):
        keyword.rebuild(TEXTS)
        keyword.rebuild([TEXTS[1]])
        assert keyword.search("late delivery", 5) == []
        assert ranked(keyword.search("warranty cycles", 5)) == ["warranty"]

    def test_an_empty_rebuild_finds_nothing(self, keyword):
        keyword.rebuild(TEXTS)
        keyword.rebuild([])
        assert keyword.version == version_of([])
        assert keyword.search("late delivery", 5) == []

    def test_a_reopened_index_keeps_its_chunks_and_version(self, keyword, make_keyword):
        keyword.rebuild(TEXTS)
        again = make_keyword()
        assert again.version == version_of([c.id for c in TEXTS])
        assert ranked(again.search("late delivery penalty", 5)) == ["penalty", "kpi"]
        assert again.exact("ACS-Q-2022-04417") == ["certificate"]


class TestKeywordIndexSearch:
    def test_search_ranks_by_matching_terms_and_returns_only_matches(self, keyword):
        keyword.rebuild(TEXTS)
        results = keyword.search("late delivery penalty", 5)
        assert ranked(results) == ["penalty", "kpi"]  # three terms beat two; no term, no result
        assert results[0][1] > results[1][1] > 0

    def test_search_returns_at_most_k(self, keyword):
        keyword.rebuild(TEXTS)
        assert ranked(keyword.search("late delivery penalty", 1)) == ["penalty"]

    def test_search_filters_by_supplier_and_document_type(self, keyword):
        keyword.rebuild(TEXTS)
        assert ranked(keyword.search("late delivery penalty", 5, supplier="Huaxin")) == ["kpi"]
        assert ranked(keyword.search("late delivery penalty", 5, doc_type="contract")) == ["penalty"]
        assert keyword.search("late delivery penalty", 5, supplier="Huaxin", doc_type="contract") == []


class TestKeywordIndexExact:
    def test_an_identifier_in_the_query_finds_the_chunk_holding_it(self, keyword):
        keyword.rebuild(TEXTS)
        assert keyword.exact("Is certificate ACS-Q-2022-04417 still valid?") == ["certificate"]

    def test_a_query_without_an_identifier_finds_nothing_exactly(self, keyword):
        # "late delivery" matches chunks by keywords, but identifies none of them.
        keyword.rebuild(TEXTS)
        assert keyword.exact("late delivery penalty") == []

    def test_exact_lookup_applies_the_filters(self, keyword):
        keyword.rebuild(TEXTS)
        assert keyword.exact("ACS-Q-2022-04417", supplier="Nordvolt") == []
        assert keyword.exact("ACS-Q-2022-04417", doc_type="certificate") == ["certificate"]

    def test_an_identifier_in_too_many_chunks_identifies_nothing(self, keyword):
        # A batch number printed on every page is no better than a keyword.
        common = [chunk(f"page{i}", text=f"Batch LOT-2024-0001, page {i}.") for i in range(MAX_EXACT + 1)]
        keyword.rebuild([*common, *TEXTS])
        assert keyword.exact("LOT-2024-0001") == []
        assert keyword.exact("ACS-Q-2022-04417") == ["certificate"]


class TestKeywordIndexAccess:
    def test_access_filtering_agrees_with_may_see(self, keyword):
        keyword.rebuild([chunk(name, text=f"Battery passport BP-2024-0042, {name} edition.", labels=labels)
                         for name, labels in LABELLINGS.items()])
        seen = {caller: {"search": set(ranked(keyword.search("battery passport", 10, labels=labels))),
                         "exact": set(keyword.exact("BP-2024-0042", labels=labels))}
                for caller, labels in CALLERS.items()}
        expected = {caller: {"search": visible(LABELLINGS, labels), "exact": visible(LABELLINGS, labels)}
                    for caller, labels in CALLERS.items()}
        assert seen == expected


# == Manifest ==========================================================================================

@pytest.fixture(params=["sqlite"])
def make_manifest(request, tmp_path) -> Iterator[Callable[[], Manifest]]:
    """Opens the implementation's manifest at one location; calling it again opens the same manifest anew."""
    opened: list[Manifest] = []

    def open_manifest() -> Manifest:
        opened.append(SQLiteManifest(tmp_path / "manifest.sqlite"))
        return opened[-1]

    yield open_manifest
    for manifest in opened:
        manifest.close()


@pytest.fixture
def manifest(make_manifest) -> Manifest:
    return make_manifest()


def record(source: str, chunk_ids: list[str], **fields) -> FileRecord:
    defaults = dict(root="/corpus", sha256=f"sha-of-{source}", size=1234, doc_type="contract",
                    supplier="Nordvolt Batteries", labels=["procurement"], pages=3, state="ok",
                    warnings=["page 2 has no text"], ingested_at="2026-01-01T00:00:00+00:00", version=10)
    return FileRecord(source=source, chunk_ids=chunk_ids, **{**defaults, **fields})


def certificate(source: str, number: str, supplier: str = "Nordvolt Batteries") -> FactBase:
    return CertificateFact(source=source, supplier=supplier, page=1, chunk_id=f"{source}#1", quote=f"No. {number}",
                           labels=["procurement"], standard="ISO 9001:2015", number=number,
                           expires=dt.date(2027, 3, 31),
                           evidence={"number": Evidence(quote=f"No. {number}", chunk_id=f"{source}#1", page=1)},
                           ).with_id(number)


def finding(source: str, finding_id: str, supplier: str = "Nordvolt Batteries") -> FactBase:
    return AuditFindingFact(source=source, supplier=supplier, finding_id=finding_id, severity="major",
                            due=dt.date(2026, 6, 30), missing={"closed_on": "the finding is open"}).with_id(finding_id)


class TestManifestFiles:
    def test_implements_the_protocol(self, manifest):
        assert isinstance(manifest, Manifest)

    def test_a_file_record_round_trips_every_field(self, manifest):
        written = record("contracts/msa.pdf", ["c1", "c2"])
        manifest.mark_ok(written)
        got = manifest.get("contracts/msa.pdf")
        assert got is not None
        assert dataclasses.replace(got, ingested_at=written.ingested_at) == written
        assert dt.datetime.fromisoformat(got.ingested_at).tzinfo is not None  # the time of writing, in UTC
        assert manifest.get("never/ingested.pdf") is None

    def test_a_file_is_pending_with_old_and_new_ids_then_ok_with_its_own(self, manifest):
        # Between the two marks the store may hold the old ids and the new ones; a crash there must leave
        # every one of them accounted for, and none of them searchable by keyword.
        manifest.mark_ok(record("a.md", ["old", "kept"]))
        remembered = manifest.mark_pending(record("a.md", ["kept", "new"]), ["kept", "new"])
        assert remembered == ["old", "kept", "new"]
        pending = manifest.get("a.md")
        assert pending is not None and pending.state == "pending" and pending.chunk_ids == ["old", "kept", "new"]
        assert manifest.all_chunk_ids() == {"old", "kept", "new"}
        assert manifest.ok_chunk_ids() == []
        manifest.mark_ok(record("a.md", ["kept", "new"]))
        done = manifest.get("a.md")
        assert done is not None and done.state == "ok" and done.chunk_ids == ["kept", "new"]
        assert manifest.all_chunk_ids() == {"kept", "new"}
        assert manifest.ok_chunk_ids() == ["kept", "new"]

    def test_files_and_ok_chunk_ids_come_in_source_order(self, manifest):
        # The keyword index's version is computed from ok_chunk_ids; a stable order keeps it stable.
        for source in ("b.md", "c.md", "a.md"):
            manifest.mark_ok(record(source, [f"{source}#1", f"{source}#2"]))
        assert [f.source for f in manifest.files()] == ["a.md", "b.md", "c.md"]
        assert manifest.ok_chunk_ids() == ["a.md#1", "a.md#2", "b.md#1", "b.md#2", "c.md#1", "c.md#2"]

    def test_remove_forgets_the_file_its_facts_and_its_failure(self, manifest):
        manifest.mark_ok(record("gone.pdf", ["g1"]), [certificate("gone.pdf", "N-1")])
        manifest.record_failure("gone.pdf", "/corpus", "encrypted")  # a later run could not read it
        manifest.mark_ok(record("stays.pdf", ["s1"]), [certificate("stays.pdf", "N-2")])
        manifest.remove("gone.pdf")
        assert manifest.get("gone.pdf") is None
        assert [f.source for f in manifest.files()] == ["stays.pdf"]
        assert [f.source for f in manifest.facts()] == ["stays.pdf"]
        assert manifest.failures() == []
        assert manifest.all_chunk_ids() == {"s1"}


class TestManifestFacts:
    def test_facts_round_trip_with_their_kind_and_every_field(self, manifest):
        written = [certificate("cert.pdf", "ACS-Q-2022-04417"), finding("audit.pdf", "F-03")]
        manifest.mark_ok(record("cert.pdf", ["c1"]), written[:1])
        manifest.mark_ok(record("audit.pdf", ["a1"]), written[1:])
        facts = manifest.facts()
        assert [type(f) for f in facts] == [AuditFindingFact, CertificateFact]  # by source, then kind
        assert facts == [written[1], written[0]]

    def test_facts_filter_by_supplier_kind_and_source(self, manifest):
        nv_cert, nv_finding = certificate("nv.pdf", "N-1"), finding("nv.pdf", "F-1")
        hx_cert = certificate("hx.pdf", "H-1", supplier="Huaxin")
        manifest.mark_ok(record("nv.pdf", ["n1"]), [nv_cert, nv_finding])
        manifest.mark_ok(record("hx.pdf", ["h1"], supplier="Huaxin"), [hx_cert])
        assert manifest.facts(supplier="Huaxin") == [hx_cert]
        assert manifest.facts(kind="certificate") == [hx_cert, nv_cert]
        assert manifest.facts(source="nv.pdf") == [nv_finding, nv_cert]
        assert manifest.facts(supplier="Nordvolt Batteries", kind="audit_finding") == [nv_finding]
        assert manifest.facts(kind="kpi") == []

    def test_marking_a_file_ok_again_replaces_its_facts(self, manifest):
        # A changed document must not keep the facts of its previous version.
        manifest.mark_ok(record("nv.pdf", ["n1"]), [certificate("nv.pdf", "OLD-1"), finding("nv.pdf", "F-1")])
        renewed = certificate("nv.pdf", "NEW-2")
        manifest.mark_ok(record("nv.pdf", ["n2"]), [renewed])
        assert manifest.facts() == [renewed]


class TestManifestFailuresAndMeta:
    def test_failures_round_trip_in_source_order_latest_reason_wins(self, manifest):
        manifest.record_failure("b.pdf", "/corpus", "encrypted")
        manifest.record_failure("a.xlsx", "/corpus", "not a workbook")
        manifest.record_failure("b.pdf", "/corpus", "timed out after 60 s")
        failures = manifest.failures()
        assert [(source, reason) for source, reason, _ in failures] == [("a.xlsx", "not a workbook"),
                                                                        ("b.pdf", "timed out after 60 s")]
        assert all(dt.datetime.fromisoformat(at).tzinfo is not None for _, _, at in failures)  # when, in UTC

    def test_a_file_read_at_last_is_no_longer_a_failure(self, manifest):
        manifest.record_failure("b.pdf", "/corpus", "encrypted")
        manifest.record_failure("c.pdf", "/corpus", "encrypted")
        manifest.mark_ok(record("b.pdf", ["b1"]))
        assert [source for source, _, _ in manifest.failures()] == ["c.pdf"]

    def test_meta_values_round_trip_and_overwrite(self, manifest):
        assert manifest.get_meta("run_state") is None
        manifest.set_meta("run_state", "running")
        manifest.set_meta("last_ingest", "2026-01-01T00:00:00+00:00")
        manifest.set_meta("run_state", "clean")
        assert manifest.get_meta("run_state") == "clean"
        assert manifest.get_meta("last_ingest") == "2026-01-01T00:00:00+00:00"


class TestManifestPersistence:
    def test_a_reopened_manifest_keeps_files_facts_failures_and_meta(self, manifest, make_manifest):
        fact = certificate("ok.pdf", "N-1")
        manifest.mark_ok(record("ok.pdf", ["o1"]), [fact])
        manifest.mark_pending(record("half.pdf", ["h1"]), ["h1"])
        manifest.record_failure("bad.pdf", "/corpus", "encrypted")
        manifest.set_meta("run_state", "running")
        before = (list(manifest.files()), manifest.failures())
        manifest.close()
        again = make_manifest()
        assert (list(again.files()), again.failures()) == before
        assert [f.state for f in again.files()] == ["pending", "ok"]
        assert again.facts() == [fact]
        assert again.all_chunk_ids() == {"o1", "h1"} and again.ok_chunk_ids() == ["o1"]
        assert again.get_meta("run_state") == "running"


# == The whole Index: real corpus, real embedding model, both kinds of Chroma ==========================

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
    assert not first.failed and len(first.ingested) == 25
    total = index.store.count()
    assert total == sum(f.chunks for f in first.ingested) == len(index.manifest.ok_chunk_ids())

    hits = Retriever(index).search("service credit for months below the OTD target", k=3)
    assert hits[0].chunk.source.startswith("suppliers/Nordvolt Batteries/contracts/")

    again = Ingestor(index).run([small_corpus])
    assert again.ingested == [] and len(again.unchanged) == 25 and index.store.count() == total

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

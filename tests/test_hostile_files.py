"""Files built to hurt the ingest, and the folder changing under it (issue #18): each is refused by name
with its reason, the good file beside it still goes in, and nothing outside the corpus is read. The bombs
are small but trip the same limits a real one would (ingest/limits.py)."""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest

import ingest.pipeline as pipeline
from ingest.index import Index
from ingest.limits import MAX_COLUMNS, MAX_ROWS, MAX_UNPACKED_MB, MB
from ingest.pipeline import Ingestor

GOOD = "Supplier visit notes. The plant keeps its ISO 14001 records in order and training is documented.\n"


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "drive"
    (root / "suppliers" / "Acme Cells").mkdir(parents=True)
    (root / "suppliers" / "Acme Cells" / "visit-notes.md").write_text(GOOD, encoding="utf-8")
    return root


def ingest(root: Path, tmp_path: Path, **limits) -> tuple[dict[str, str], set[str], Index]:
    index = Index.open(str(tmp_path / "store"))
    report = Ingestor(index, **limits).run([root])
    return {f.path: f.reason for f in report.failed}, {o.path for o in report.ingested}, index


def rezip(data: bytes, extra: dict[str, bytes] | None = None, replace: dict[str, bytes] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, (replace or {}).get(item.filename, src.read(item.filename)))
        for name, body in (extra or {}).items():
            dst.writestr(name, body)
    return out.getvalue()


def docx_bytes(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_bytes(rows: int) -> bytes:
    """A workbook whose one sheet has `rows` rows, written as XML directly (openpyxl would take minutes)."""
    book = openpyxl.Workbook()
    book.active.title = "Data"
    buffer = io.BytesIO()
    book.save(buffer)
    body = "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(1, rows + 1))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.'
             f'org/spreadsheetml/2006/main"><sheetData>{body}</sheetData></worksheet>')
    return rezip(buffer.getvalue(), replace={"xl/worksheets/sheet1.xml": sheet.encode()})


def test_office_bombs_huge_tables_and_binary_text_are_refused_and_the_good_file_goes_in(tmp_path):
    root = corpus(tmp_path)
    folder = root / "suppliers" / "Acme Cells"
    padding = b"\0" * ((MAX_UNPACKED_MB + 5) * MB)  # deflates to ~200 KB
    (folder / "bomb.docx").write_bytes(rezip(docx_bytes("ISO 9001 certificate valid to 2030"),
                                             extra={"word/media/pad.bin": padding}))
    (folder / "bomb.xlsx").write_bytes(rezip(xlsx_bytes(3), extra={"xl/media/pad.bin": padding}))
    (folder / "rows.xlsx").write_bytes(xlsx_bytes(MAX_ROWS + 1))
    (folder / "wide.csv").write_text(",".join(["x"] * (MAX_COLUMNS + 1)) + "\n" + ",".join(["1"] * 3) + "\n")
    rng = random.Random(18)
    (folder / "photo.md").write_bytes(bytes(rng.randrange(1, 256) for _ in range(200_000)))  # no NUL byte at all
    (folder / "dump.txt").write_bytes(b"ISO 9001 certificate\n" + bytes(rng.randrange(0, 256) for _ in range(50_000)))
    failed, ingested, index = ingest(root, tmp_path)
    base = "suppliers/Acme Cells/"
    assert ingested == {base + "visit-notes.md"}
    assert "unpacks to" in failed[base + "bomb.docx"] and "zip bomb" in failed[base + "bomb.docx"]
    assert "unpacks to" in failed[base + "bomb.xlsx"]
    assert f"{MAX_ROWS + 1:,} rows" in failed[base + "rows.xlsx"]
    assert f"{MAX_COLUMNS + 1:,} columns" in failed[base + "wide.csv"]
    assert "binary data" in failed[base + "photo.md"] and "binary data" in failed[base + "dump.txt"]
    assert not index.manifest.facts(kind="certificate")  # nothing of a refused file counts
    index.close()


def test_a_reader_that_grows_past_its_memory_limit_costs_only_that_file(tmp_path):
    root = corpus(tmp_path)
    # "Billion laughs": 1 KB of YAML whose aliases expand to gigabytes once written out as text.
    lines = ['a0: &a0 "ISO 9001 certificate valid, ISO 9001 certificate valid"']
    lines += [f"a{n}: &a{n} [{', '.join(['*a' + str(n - 1)] * 10)}]" for n in range(1, 9)]
    (root / "suppliers" / "Acme Cells" / "profile.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    failed, ingested, index = ingest(root, tmp_path, parse_memory_mb=256, parse_timeout=60)
    reason = failed["suppliers/Acme Cells/profile.yaml"]
    assert "memory" in reason or "took longer" in reason, reason
    assert ingested == {"suppliers/Acme Cells/visit-notes.md"}
    index.close()


def test_links_out_of_the_corpus_are_not_read_and_access_follows_the_file_a_link_leads_to(tmp_path):
    root = corpus(tmp_path)
    outside = tmp_path / "outside"
    (outside / "etc").mkdir(parents=True)
    (outside / "etc" / "passwd.md").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    supplier = root / "suppliers" / "Acme Cells"
    (supplier / "passwd.md").symlink_to(outside / "etc" / "passwd.md")
    (supplier / "etc").symlink_to(outside / "etc", target_is_directory=True)
    (supplier / "gone.md").symlink_to(tmp_path / "nothing-here.md")
    (root / "access.yaml").write_text("suppliers/*/contracts/**: [procurement]\n", encoding="utf-8")
    (supplier / "Contracts").mkdir()  # the folder's case differs from the access rule's
    (supplier / "Contracts" / "agreement.md").write_text("Supply agreement. Late delivery penalty 0.5 % per week.\n")
    (supplier / "shared.md").symlink_to(supplier / "Contracts" / "agreement.md")  # an open name for a contract
    failed, ingested, index = ingest(root, tmp_path)
    base = "suppliers/Acme Cells/"
    assert "outside the corpus" in failed[base + "passwd.md"] and "outside the corpus" in failed[base + "etc"]
    assert "link to nothing" in failed[base + "gone.md"]
    assert not any("root:x:0" in c.text for c in index.store.chunks(list(index.store.ids())))
    labels = {r.source: r.labels for r in index.manifest.files()}
    assert labels[base + "Contracts/agreement.md"] == ["procurement"]
    assert labels[base + "shared.md"] == ["procurement"]
    assert labels[base + "visit-notes.md"] == []
    index.close()


def test_a_file_that_vanishes_during_the_scan_is_reported_and_the_rest_goes_in(tmp_path, monkeypatch):
    root = corpus(tmp_path)
    doomed = root / "suppliers" / "Acme Cells" / "draft.md"
    doomed.write_text("A draft that the supplier deletes while we read the folder.\n", encoding="utf-8")
    hash_file = pipeline.sha256_of

    def deleted_first(path: Path) -> str:
        if path == doomed:
            os.remove(path)
        return hash_file(path)

    monkeypatch.setattr(pipeline, "sha256_of", deleted_first)
    failed, ingested, index = ingest(root, tmp_path)
    assert "disappeared" in failed["suppliers/Acme Cells/draft.md"]
    assert ingested == {"suppliers/Acme Cells/visit-notes.md"}
    index.close()


@pytest.mark.parametrize(("name", "shown"), [("report\x1b[2J.md", "report\\x1b[2J.md"),
                                            ("notes\nfailed: all.md", "notes\\x0afailed: all.md")])
def test_control_characters_in_a_file_name_are_escaped_wherever_the_name_is_shown(tmp_path, name, shown):
    root = corpus(tmp_path)
    (root / "suppliers" / "Acme Cells" / name).write_text("Visit report. Nothing else.\n", encoding="utf-8")
    failed, ingested, index = ingest(root, tmp_path)
    assert not failed and ingested == {"suppliers/Acme Cells/visit-notes.md", f"suppliers/Acme Cells/{shown}"}
    hits = {c.source for c in index.store.chunks(list(index.store.ids()))}
    assert f"suppliers/Acme Cells/{shown}" in hits and not any("\x1b" in s or "\n" in s for s in hits)
    again = Ingestor(index).run([root], prune=True)  # the escaped name still stands for the file: kept, unchanged
    assert not again.removed and f"suppliers/Acme Cells/{shown}" in again.unchanged
    index.close()


# -- the store: read commands never create one, one ingest at a time, a killed or raced run heals ------------

def test_read_commands_never_create_a_store_and_say_how_to_fill_it(tmp_path, gov):
    nowhere = tmp_path / "no-store"
    for args in (("status",), ("search", "ISO 9001"), ("ask", "Which certificates does Acme hold?"),
                 ("risk", "Acme Cells")):
        result = gov(*args, "--store", str(nowhere), cwd=tmp_path)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert "no store at" in result.stderr and "gov ingest" in result.stderr and "Traceback" not in result.stderr
    assert not nowhere.exists()
    root = corpus(tmp_path)
    empty = tmp_path / "empty-store"
    Index.open(str(empty)).close()  # exists, holds nothing
    asked = gov("ask", "Which certificates does Acme hold?", "--store", str(empty), cwd=tmp_path)
    assert asked.returncode == 2 and "holds no documents yet" in asked.stderr
    status = gov("status", "--store", str(empty), cwd=tmp_path)
    assert status.returncode == 0 and "holds no documents yet" in status.stdout
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    uncreatable = gov("ingest", str(root), "--store", str(blocked / "store"), cwd=tmp_path)
    assert uncreatable.returncode == 2 and "cannot create the store" in uncreatable.stderr
    assert "Traceback" not in uncreatable.stderr


def test_a_second_ingest_into_the_same_store_is_refused_while_the_first_runs(tmp_path):
    from ingest.runlock import exclusive_ingest, ingest_running

    root = corpus(tmp_path)
    index = Index.open(str(tmp_path / "store"))
    with exclusive_ingest(index.directory, "2026-11-28T07:00:00+00:00"):  # what a running ingest holds
        assert f"pid {os.getpid()}" in (ingest_running(index.directory) or "")
        with pytest.raises(Exception, match="another ingest is writing to this store"):
            Ingestor(index).run([root])
    assert ingest_running(index.directory) is None
    assert not Ingestor(index).run([root]).failed
    index.close()


def test_a_store_whose_chunks_disagree_with_the_manifest_heals_on_the_next_run(tmp_path):
    root = corpus(tmp_path)
    index = Index.open(str(tmp_path / "store"))
    Ingestor(index).run([root])
    record = index.manifest.get("suppliers/Acme Cells/visit-notes.md")
    assert record is not None
    # what two runs racing with different --supplier left behind: the chunks filed under another supplier
    [chunk] = index.store.chunks(record.chunk_ids[:1])
    vector = index.embedder.embed([chunk.index_text()], documents=True)
    index.store.upsert([chunk.model_copy(update={"supplier": "Someone Else"})], vector)
    index.store.delete(record.chunk_ids[1:])
    with index.manifest.db:  # as a store written before ingests were serialised looks: never checked
        index.manifest.db.execute("DELETE FROM meta WHERE key = 'store_checked'")
    again = Ingestor(index).run([root])
    assert [o.path for o in again.ingested] == ["suppliers/Acme Cells/visit-notes.md"]
    placed = index.store.placements()
    assert all(placed[i][1] == "Acme Cells" for i in index.manifest.get(record.source).chunk_ids)
    assert Ingestor(index).run([root]).unchanged == ["suppliers/Acme Cells/visit-notes.md"]
    index.close()


def test_a_documents_own_bracketed_numbers_never_become_citation_markers():
    from assistant.offline import Draft
    from core.citations import Citation

    supplier_page = Citation(source="suppliers/Acme Cells/packing-list.md", chunk_id="c1",
                             quote="Certified to ISO 45001, see [2].")
    audit = Citation(source="suppliers/Acme Cells/audits/independent-audit.pdf", chunk_id="c2", quote="Findings: none.")
    draft = Draft()
    draft.say("The audit report lists no findings", [audit])  # [1]: the independent audit
    draft.say('The packing list says: "Certified to ISO 45001, see [2]."', [supplier_page])  # its own "[2]"
    assert draft.lines[1] == 'The packing list says: "Certified to ISO 45001, see (2)." [2].'
    assert [c.source for c in draft.citations] == [audit.source, supplier_page.source]


def test_a_hidden_sheet_too_large_to_look_into_is_said_so_and_the_visible_sheets_still_count(tmp_path):
    from ingest.formats import load_in_process
    from ingest.models import HIDDEN_TEXT

    book = openpyxl.Workbook()
    book.active.title = "Data"
    book.active.append(["Week", "Pallets"])
    book.active.append([44, 20])
    book.create_sheet("Big").sheet_state = "hidden"
    buffer = io.BytesIO()
    book.save(buffer)
    body = "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(1, MAX_ROWS + 2))
    big = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.'
           f'org/spreadsheetml/2006/main"><sheetData>{body}</sheetData></worksheet>')
    path = tmp_path / "schedule.xlsx"
    path.write_bytes(rezip(buffer.getvalue(), replace={"xl/worksheets/sheet2.xml": big.encode()}))
    document = load_in_process(path)
    assert "Week: 44; Pallets: 20" in document.text
    assert document.warnings == [f"{HIDDEN_TEXT} (hidden sheet 'Big'): not read, sheet 'Big' has {MAX_ROWS + 1:,} rows"
                                 f", over the limit of {MAX_ROWS:,}"], document.warnings

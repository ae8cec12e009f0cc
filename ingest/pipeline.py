"""Ingest files into an Index: scan, parse (every file in a child process under time and memory limits), classify,
attribute, chunk, embed and write - skipping unchanged files, replacing changed ones, and
recording every file that cannot be read by name and reason while the rest still go in."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.errors import GovError
from ingest.chunker import Chunker, make_chunks
from ingest.claims import ClaimReader
from ingest.classify import Classifier
from ingest.errors import UnreadableFile
from ingest.facts.extract import extract_facts
from ingest.facts.proposed import FactProposer
from ingest.formats import PDF, read_part, unsupported_reason
from ingest.formats.pdf import merge_parts, parts_for, to_document
from ingest.index import Index
from ingest.keyword import version_of
from ingest.layout import CorpusRules, attribute, find_root, source_name
from ingest.limits import PARSE_MEMORY_MB
from ingest.manifest import FileRecord, now
from ingest.models import Chunk, Failure, FileOutcome, IngestReport, ParsedDocument
from ingest.runlock import exclusive_ingest
from ingest.timebox import map_timeboxed

# Bumped when what ingestion produces for an unchanged file changes; older files are processed again.
# 1: chunks only; 2: facts (certificates, profiles, KPIs); 3: + UN 38.3 summaries; 4: + audit findings;
# 5: standards and prose minerals declarations classified more strictly; 6: + contract clauses;
# 7: + EMRT/CMRT declarations; 8: + safety test reports (IEC 62133-2, UL 9540A);
# 9: + product types in profiles, onboarding forms, more KPI shapes; 10: + prose due-diligence statements.
PIPELINE_VERSION = 103

Progress = Callable[[str, str], None]  # (event, source): "total" (source = count), "done", "failed"
FLUSH_CHUNKS = 256  # embed in batches this large across small files
CHECKED = "store_checked"  # meta: the store has been checked against the manifest (or written under the run lock)


@dataclass(frozen=True)
class Job:
    path: Path
    root: Path
    source: str
    sha256: str
    size: int
    supplier: str | None
    area: str | None
    labels: list[str]
    record: FileRecord | None  # the manifest row from the last ingest of this path, if any


def files_under(folder: Path) -> Iterator[Path]:
    """Every file below `folder`, and every link in it (to a file or a folder) as itself: links are judged by the
    scan, folders that vanish or cannot be listed while it walks are passed over rather than ending the run."""
    for parent, folders, names in os.walk(folder, followlinks=False):
        here = Path(parent)
        yield from (here / name for name in names)
        yield from (here / name for name in folders if (here / name).is_symlink())


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Ingestor:
    def __init__(self, index: Index, *, max_file_mb: float = 50.0, parse_timeout: float = 60.0, workers: int = 2,
                 parse_memory_mb: float = PARSE_MEMORY_MB, propose: FactProposer | None = None):
        if max_file_mb <= 0 or parse_timeout <= 0 or workers < 1 or parse_memory_mb <= 0:
            raise ValueError("max_file_mb, parse_timeout, parse_memory_mb and workers must be positive")
        self.index = index
        self.max_bytes = int(max_file_mb * 1024 * 1024)
        self.max_file_mb = max_file_mb
        self.parse_timeout = parse_timeout
        self.parse_memory_mb = parse_memory_mb
        self.workers = workers
        self.classifier = Classifier(index.embedder.embed)
        self.claims = ClaimReader(index.embedder.embed)
        self.propose = propose  # opt-in: a chat model proposes facts where the readers left gaps

    # -- the run ---------------------------------------------------------------------------------

    def run(self, paths: Sequence[Path], *, supplier: str | None = None, prune: bool = False,
            progress: Progress | None = None) -> IngestReport:
        """Ingest `paths`; one run at a time per store (a second one fails at once, naming the first)."""
        with exclusive_ingest(self.index.directory, now()):
            return self._run(paths, supplier, prune, progress)

    def _run(self, paths: Sequence[Path], supplier: str | None, prune: bool,
             progress: Progress | None) -> IngestReport:
        notify = progress or (lambda event, source: None)
        report = IngestReport()
        manifest = self.index.manifest
        interrupted = manifest.get_meta("run_state") == "running"  # the last run did not finish
        if interrupted:
            self._sweep_orphans()
        manifest.set_meta("run_state", "running")
        self.claims.learn(manifest.reviews())  # what people confirmed or dismissed teaches the claim reader
        jobs, scopes, present = self._scan(paths, supplier, report)
        # Runs are serialised now (ingest.runlock), so only a store written before that, or one a run left unfinished,
        # can disagree with its manifest; reading every chunk's placement costs an unchanged re-ingest ten times over.
        checked = manifest.get_meta(CHECKED) is not None
        disagreeing = self._disagreeing() if jobs and (interrupted or not checked) else set()
        todo = []
        for job in jobs:
            record = job.record
            if record and record.state == "ok" and record.sha256 == job.sha256 and record.version == PIPELINE_VERSION \
                    and record.labels == job.labels and record.supplier == job.supplier \
                    and job.source not in disagreeing:
                report.unchanged.append(job.source)
            else:
                todo.append(job)
        notify("total", str(len(todo)))
        if todo:
            self.index.store.open()  # or fail to reach it, before any parsing
            self.index.embedder.preload()
        batch: list[tuple[Job, ParsedDocument, list[Chunk]]] = []
        for job, document, reason in self._parse(todo):
            if reason is not None or document is None:
                self._fail(report, job.source, str(job.root), reason or "unreadable")
                notify("failed", job.source)
                continue
            chunks = self._chunk(job, document)
            batch.append((job, document, chunks))
            if sum(len(c) for _, _, c in batch) >= FLUSH_CHUNKS:
                self._write(batch, report, notify)
                batch = []
        self._write(batch, report, notify)
        if prune:
            for root, prefix in scopes:
                self._prune(root, prefix, present, report)
        self._refresh_keyword_index()
        self.index.embedder.export_onnx()  # questions are then embedded without PyTorch (ingest/onnx_model.py)
        manifest.set_meta("last_ingest", now())
        manifest.set_meta(CHECKED, "1")  # this run wrote or checked every file it touched
        manifest.set_meta("run_state", "clean")
        return report

    # -- steps -----------------------------------------------------------------------------------

    def _scan(self, paths: Sequence[Path], supplier: str | None,
              report: IngestReport) -> tuple[list[Job], list[tuple[Path, str]], set[str]]:
        """The files to read, the scopes scanned, and every source found in them, read or not (what --prune keeps)."""
        jobs: list[Job] = []
        scopes: list[tuple[Path, str]] = []
        seen: set[str] = set()
        for given in paths:
            path = given.expanduser()
            if not path.exists():
                raise GovError(f"{given} does not exist", stage="ingest", exit_code=2)
            path = path.resolve()
            root = find_root(path)
            rules = CorpusRules(root)
            prefix = path.relative_to(root).as_posix() if path != root else ""
            scopes.append((root, prefix))
            own = self.index.directory
            # a store kept inside the corpus folder holds the store's files, not documents
            files = [path] if path.is_file() else sorted(p for p in files_under(path)
                                                          if not (own and p.is_relative_to(own)))
            for file in files:
                source = source_name(file.relative_to(root).as_posix())
                if source in seen or (file != path and rules.ignored(source)):
                    continue
                seen.add(source)
                # Access is decided on the file a link leads to, and a link may not lead out of the corpus.
                real = file.resolve()
                if not real.exists():
                    self._fail(report, source, str(root), "a symbolic link to nothing" if file.is_symlink()
                               else "the file disappeared while the folder was being read")
                    continue
                if not real.is_relative_to(root):
                    self._fail(report, source, str(root), "a symbolic link to a file or folder outside the corpus "
                                                          "folder; not read")
                    continue
                inside = real.relative_to(root).as_posix()
                if not real.is_file() or (rules.ignored(inside) and file != path):
                    continue  # a link to a folder of the corpus: its files are read where they are
                reason = unsupported_reason(file)
                try:
                    size = file.stat().st_size
                    digest = sha256_of(file) if reason is None and size <= self.max_bytes else ""
                except FileNotFoundError:
                    self._fail(report, source, str(root), "the file disappeared while the folder was being read")
                    continue
                except OSError as exc:
                    self._fail(report, source, str(root), f"cannot be opened ({exc.strerror or exc})")
                    continue
                if reason is None and size > self.max_bytes:
                    reason = (f"file is {size / 1024 / 1024:.1f} MB, over the {self.max_file_mb:g} MB limit "
                              "(GOV_MAX_FILE_MB)")
                existing = self.index.manifest.get(source)
                if reason is None and existing and existing.root != str(root):
                    reason = (f"a file with this path was already ingested from {existing.root}; "
                              "use one store per corpus folder")
                if reason:
                    self._fail(report, source, str(root), reason)
                    continue
                owner, area = attribute(source)
                jobs.append(Job(file, root, source, digest, size, supplier or owner, area, rules.labels(inside),
                                existing))
        return jobs, scopes, seen

    def _parse(self, jobs: list[Job]) -> Iterator[tuple[Job, ParsedDocument | None, str | None]]:
        """Every file in a child process (ingest.timebox): a reader that loops, crashes or grows without bound
        costs that file, named with its reason, never the run. Biggest first, big PDFs in parts on every
        worker: the longest extraction must not start last."""
        ordered = sorted(jobs, key=lambda job: -job.size)
        parts = {job.path: parts_for(job.size, self.workers) if job.path.suffix.lower() == PDF else 1
                 for job in ordered}
        by_path = {job.path: job for job in ordered}
        tasks = [(job.path, part, parts[job.path]) for job in ordered for part in range(parts[job.path])]
        received: dict[Path, list] = {}
        failed: set[Path] = set()
        for (path, _part, _parts), result, reason in map_timeboxed(read_part, tasks, timeout=self.parse_timeout,
                                                                  workers=self.workers,
                                                                  memory_mb=self.parse_memory_mb):
            if path in failed:
                continue
            job = by_path[path]
            if reason is not None:
                failed.add(path)
                yield job, None, reason
                continue
            if isinstance(result, ParsedDocument):
                yield job, result, None
                continue
            received.setdefault(path, []).append(result)
            if len(received[path]) < parts[path]:
                continue
            try:
                yield job, to_document(*merge_parts(received.pop(path))), None
            except UnreadableFile as exc:
                yield job, None, exc.reason

    def _chunk(self, job: Job, document: ParsedDocument) -> list[Chunk]:
        chunker = Chunker(self.index.embedder.count_tokens)
        typed = self.classifier.classify(job.source, document, job.area)
        if typed.warning and typed.statement:
            document.warnings.append(typed.warning)
            document.review.append(typed.statement)
        return make_chunks(document.units, chunker, source=job.source, supplier=job.supplier,
                           doc_type=typed.doc_type, labels=job.labels, title=document.title)

    def _write(self, batch: list[tuple[Job, ParsedDocument, list[Chunk]]], report: IngestReport,
               notify: Progress) -> None:
        if not batch:
            return
        everything = [c for _, _, chunks in batch for c in chunks]
        vectors = self.index.embedder.embed([c.index_text() for c in everything], documents=True)
        offset = 0
        for job, document, chunks in batch:
            these = vectors[offset:offset + len(chunks)]
            offset += len(chunks)
            ids = [c.id for c in chunks]
            doc_type = chunks[0].doc_type if chunks else None
            warnings = list(document.warnings)
            try:
                facts = extract_facts(job.path, document, chunks, source=job.source, supplier=job.supplier,
                                      labels=job.labels, doc_type=doc_type or "other", pdf_timeout=self.parse_timeout,
                                      claims=self.claims)
            except Exception as exc:  # a fact reader problem costs facts, never the file
                facts = []
                warnings.append(f"facts could not be read ({type(exc).__name__}: {exc})")
            if self.propose is not None:
                try:
                    facts += self.propose(chunks, facts, doc_type=doc_type or "other", source=job.source,
                                          supplier=job.supplier, labels=job.labels)
                except Exception as exc:  # a model problem costs the proposals, never the file or its facts
                    warnings.append(f"no facts proposed by the language model ({type(exc).__name__}: {exc})")
            record = FileRecord(job.source, str(job.root), job.sha256, job.size, doc_type, job.supplier,
                                job.labels, document.pages, ids, "ok", warnings, now(), PIPELINE_VERSION)
            may_remain = self.index.manifest.mark_pending(record, ids)
            self.index.store.upsert(chunks, these)
            self.index.store.delete(set(may_remain) - set(ids))
            self.index.manifest.mark_ok(record, facts, chunks)
            report.ingested.append(FileOutcome(path=job.source, chunks=len(chunks), doc_type=record.doc_type,
                                               supplier=job.supplier, pages=document.pages, warnings=warnings,
                                               facts=len(facts)))
            notify("done", job.source)

    def _prune(self, root: Path, prefix: str, present: set[str], report: IngestReport) -> None:
        for record in list(self.index.manifest.files()):
            inside = not prefix or record.source == prefix or record.source.startswith(prefix.rstrip("/") + "/")
            if record.root == str(root) and inside and record.source not in present:
                self.index.store.delete(record.chunk_ids)
                self.index.manifest.remove(record.source)
                report.removed.append(record.source)

    def _disagreeing(self) -> set[str]:
        """Files whose stored chunks are not what the manifest says (missing, or filed under another supplier, path
        or labels): redone whatever their hashes say, so a store left inconsistent heals on the next run."""
        placed = self.index.store.placements()
        out: set[str] = set()
        for record in self.index.manifest.files():
            expected = (record.source, record.supplier, sorted(record.labels))
            if record.state == "ok" and any(placed.get(i) != expected for i in record.chunk_ids):
                out.add(record.source)
        return out

    def _sweep_orphans(self) -> None:
        """After a run that did not finish: chunks the manifest does not know of are removed, so
        retrieval never returns an unaccounted chunk. (Files are marked pending before the store is
        written, so none should exist; this is the belt to those braces.)"""
        orphans = self.index.store.ids() - self.index.manifest.all_chunk_ids()
        if orphans:
            self.index.store.delete(orphans)

    def _refresh_keyword_index(self) -> None:
        ids = self.index.manifest.ok_chunk_ids()
        kept = self.index.manifest.kept_chunk_ids()
        if not kept.issuperset(ids):  # a store ingested before the manifest kept chunks: copied once
            self.index.manifest.keep_chunks(self.index.store.chunks([i for i in ids if i not in kept]))
        if self.index.keyword.version != version_of(ids):
            # In manifest order (by source, then position), not the store's: BM25 breaks equal scores by
            # index position, so the same corpus must always be indexed in the same order.
            found = {c.id: c for c in self.index.chunks(ids)} if ids else {}
            self.index.keyword.rebuild([found[i] for i in ids if i in found])

    def _fail(self, report: IngestReport, source: str, root: str, reason: str) -> None:
        report.failed.append(Failure(path=source, reason=reason))
        self.index.manifest.record_failure(source, root, reason)

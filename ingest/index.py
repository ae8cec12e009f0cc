"""One store: the Chroma collection plus, beside it, the manifest, the BM25 index and the
embedding cache. For an embedded store all of them live in the store directory; for a Chroma
server the local parts live in the index directory (GOV_INDEX_DIR)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from core.errors import GovError
from ingest.embedder import Embedder
from ingest.keyword import BM25Index
from ingest.manifest import SQLiteManifest
from ingest.models import Chunk
from ingest.protocols import ChunkStore, KeywordIndex, Manifest
from ingest.store import ChromaStore, is_server

MANIFEST = "manifest.sqlite"


@dataclass
class Index:
    store: ChunkStore
    manifest: Manifest
    keyword: KeywordIndex
    embedder: Embedder
    directory: Path | None = None  # where the store keeps its files, when local: never ingested as documents

    @classmethod
    def open(cls, location: str, index_dir: Path | None = None, *, precision: str = "auto",
             create: bool = True, embedder: Embedder | None = None) -> Index:
        """The store at `location`. With `create=False` (every command that only reads) a store that does not exist
        is an error that says how to fill it, never a new empty store answering "nothing found". `embedder`: one
        already loaded (a scratch store beside a running one), instead of loading the model again."""
        if is_server(location):
            local = index_dir or Path("./.gov/index")
            chroma_location = location
        else:
            local = Path(location)
            chroma_location = str(local / "chroma")
        if not create and not (local / MANIFEST).exists():
            raise GovError(f"no store at {local.resolve()}", stage="store", exit_code=2,
                           hint=f"fill it first: gov ingest CORPUS_FOLDER --store {location} (or set GOV_STORE to "
                                "the store you meant; relative paths start from the working directory)")
        try:
            local.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise GovError(f"cannot create the store at {local}: {exc.strerror or exc}", stage="store", exit_code=2,
                           hint="choose a folder you may write to (--store or GOV_STORE)") from None
        return cls(store=ChromaStore(chroma_location), manifest=SQLiteManifest(local / MANIFEST),
                   keyword=BM25Index(local / "bm25"),
                   embedder=embedder or Embedder(local / "embeddings.sqlite", precision=precision),
                   directory=local.resolve())

    def chunks(self, ids: Sequence[str]) -> list[Chunk]:
        """Chunks by id, from the manifest's copy; only a store ingested before it kept one opens the vector store."""
        kept = self.manifest.chunks(ids)
        have = {c.id for c in kept}
        missing = [i for i in dict.fromkeys(ids) if i not in have]
        return kept + (self.store.chunks(missing) if missing else [])

    def close(self) -> None:
        self.manifest.close()

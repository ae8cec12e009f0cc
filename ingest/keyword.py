"""The keyword index: BM25 (bm25s) over each chunk's context header and text, persisted beside
the store. It is derived data: rebuilt whenever the set of chunks it was built from changes."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from core.access import may_see
from ingest.models import Chunk

CODE = re.compile(r"[A-Za-z0-9]+(?:[-./:_][A-Za-z0-9]+)+|[A-Za-z0-9]*(?:[A-Za-z]\d|\d[A-Za-z])[A-Za-z0-9]*")
MAX_EXACT = 20  # an "identifier" found in more chunks than this does not identify anything


def identifiers(text: str) -> list[str]:
    """Certificate numbers, report ids, model numbers... as one compact token each
    ("ACS-Q-2022-04417" -> "acsq202204417"), so an exact id matches as a whole, not as parts."""
    found = []
    for match in CODE.finditer(text):
        compact = re.sub(r"[^a-z0-9]", "", match.group(0).lower())
        digits = sum(ch.isdigit() for ch in compact)
        if len(compact) >= 6 and digits >= 2 and digits < len(compact):
            found.append(compact)
    return list(dict.fromkeys(found))


def version_of(ids: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(sorted(ids)).encode()).hexdigest()


def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


def _tokenize(texts: list[str], *, as_ids: bool = True) -> Any:
    import bm25s

    return bm25s.tokenize(texts, stopwords="en", stemmer=_stemmer(), show_progress=False, return_ids=as_ids)


class BM25Index:
    """The `ingest.protocols.KeywordIndex` of bm25s, in one directory."""

    def __init__(self, directory: Path):
        self.directory = directory
        self._retriever: Any = None
        self._docs: list[dict[str, Any]] = []
        self._version: str | None = None

    @property
    def version(self) -> str | None:
        if self._version is None and (self.directory / "docs.json").exists():
            self._version = json.loads((self.directory / "docs.json").read_text())["version"]
        return self._version

    def rebuild(self, chunks: Sequence[Chunk]) -> None:
        import bm25s

        docs = [{"id": c.id, "supplier": c.supplier, "doc_type": c.doc_type, "labels": c.labels} for c in chunks]
        staging = self.directory.with_name(self.directory.name + ".new")
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        retriever = bm25s.BM25()
        if chunks:
            texts = [f"{c.index_text()} {' '.join(identifiers(c.text))}" for c in chunks]
            retriever.index(_tokenize(texts), show_progress=False)
            retriever.save(str(staging), show_progress=False)
        (staging / "docs.json").write_text(json.dumps({"version": version_of([c.id for c in chunks]),
                                                       "docs": docs}))
        # Swap in the new index whole; a crash before the swap leaves the old one, whose version
        # no longer matches the store, so the next ingest rebuilds it.
        old = self.directory.with_name(self.directory.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if self.directory.exists():
            self.directory.rename(old)
        staging.rename(self.directory)
        shutil.rmtree(old, ignore_errors=True)
        self._retriever, self._docs, self._version = None, [], None

    def _load(self) -> bool:
        if self._retriever is not None:
            return True
        meta = self.directory / "docs.json"
        if not meta.exists():
            return False
        import bm25s

        payload = json.loads(meta.read_text())
        self._docs, self._version = payload["docs"], payload["version"]
        if not self._docs:
            return False
        self._retriever = bm25s.BM25.load(str(self.directory), show_progress=False)
        return True

    def exact(self, query: str, *, supplier: str | None = None, doc_type: str | None = None,
              labels: frozenset[str] | None = None) -> list[str]:
        """Ids of chunks that contain an identifier written in the query, if it identifies."""
        codes = identifiers(query)
        if not codes:
            return []
        found = self.search(" ".join(codes), MAX_EXACT + 1, supplier=supplier, doc_type=doc_type, labels=labels)
        return [] if len(found) > MAX_EXACT else [chunk_id for chunk_id, _ in found]

    def search(self, query: str, k: int, *, supplier: str | None = None, doc_type: str | None = None,
               labels: frozenset[str] | None = None) -> list[tuple[str, float]]:
        if not self._load():
            return []
        mask = np.array([(supplier is None or d["supplier"] == supplier)
                         and (doc_type is None or d["doc_type"] == doc_type)
                         and may_see(d["labels"], labels)
                         for d in self._docs], dtype=np.float32)
        allowed = int(mask.sum())
        # String tokens, not ids: a separately tokenized query has its own vocabulary ids.
        tokens = _tokenize([query], as_ids=False)
        if allowed == 0 or not tokens[0]:
            return []
        k = min(k, allowed)
        results, scores = self._retriever.retrieve(tokens, k=k, weight_mask=mask, show_progress=False,
                                                   n_threads=1)
        return [(self._docs[int(i)]["id"], float(s)) for i, s in zip(results[0], scores[0], strict=True)
                if s > 0 and mask[int(i)] > 0]

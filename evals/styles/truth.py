"""truth.json: what each generated document truly says, in the product's fact schema
(ingest/facts/models.py), and what a correct assessment of each supplier finds.

A true fact lists only the fields it asserts; a field present with null asserts that the document does
not state it (an unsigned UN 38.3 summary has `signed_by: null`). Fields left out are not scored.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from ingest.facts import models

FACT_MODELS: dict[str, type[models.FactBase]] = {
    "certificate": models.CertificateFact, "transport_test": models.TransportTestFact,
    "safety_test": models.SafetyTestFact, "audit_finding": models.AuditFindingFact,
    "contract_clause": models.ContractClauseFact, "minerals": models.MineralsFact, "profile": models.ProfileFact,
    "kpi": models.KpiFact, "substance_declaration": models.SubstanceDeclarationFact,
    "carbon_footprint": models.CarbonFootprintFact, "esg_metric": models.EsgMetricFact,
}
TRUTH_NAME = "truth.json"


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def validate_fact(fact: dict, source: str, supplier: str | None = None) -> models.FactBase:
    """The true fact as the product's own model: raises if a field name or type does not fit the schema."""
    model = FACT_MODELS[fact["kind"]]
    unknown = set(fact) - set(model.model_fields)
    if unknown:
        raise ValueError(f"{source}: {fact['kind']} has no field(s) {sorted(unknown)}")
    return model.model_validate({**fact, "source": source, "supplier": supplier})


def dump(truth: dict, path: Path) -> None:
    path.write_text(json.dumps(_jsonable(truth), indent=1, ensure_ascii=False, sort_keys=False) + "\n",
                    encoding="utf-8")


def load(corpus: Path) -> dict:
    return json.loads((Path(corpus) / TRUTH_NAME).read_text(encoding="utf-8"))

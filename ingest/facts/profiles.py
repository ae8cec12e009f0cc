"""Supplier profiles (profile.yaml): values from the YAML itself, quotes from the lines the
ingested document shows for them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from ingest.facts.locate import Locator
from ingest.facts.models import ProfileFact
from ingest.models import Chunk, Unit

MANDATORY = ("legal_name", "country", "segment", "products", "materials", "single_sourced_parts", "contact",
             "code_of_conduct")


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def extract_profile(path: Path, units: Sequence[Unit], chunks: Sequence[Chunk], *, source: str,
                    supplier: str | None, labels: list[str]) -> list[ProfileFact]:
    data = yaml.safe_load(path.read_text(encoding="utf-8", errors="replace"))
    if not isinstance(data, dict) or not data.get("legal_name"):
        return []
    contact = data.get("contact") or {}
    conduct = data.get("code_of_conduct") or {}
    fact = ProfileFact(
        source=source, supplier=supplier, labels=labels, legal_name=str(data["legal_name"]),
        aliases=[str(a) for a in data.get("aliases") or []], country=data.get("country"),
        segment=data.get("segment"), tier=data.get("tier"),
        products=[str(p.get("model")) for p in data.get("products") or [] if isinstance(p, dict) and p.get("model")],
        product_types={str(p["model"]): str(p["type"]) for p in data.get("products") or []
                       if isinstance(p, dict) and p.get("model") and p.get("type")},
        materials={str(m.get("material")): [str(c) for c in m.get("origin_countries") or []]
                   for m in data.get("materials") or [] if isinstance(m, dict) and m.get("material")},
        single_sourced_parts=[str(p.get("part")) for p in data.get("single_sourced_parts") or []
                              if isinstance(p, dict) and p.get("part")],
        contact_email=contact.get("email") if isinstance(contact, dict) else None,
        code_of_conduct_signed=conduct.get("signed") if isinstance(conduct, dict) else None,
        code_of_conduct_date=_date(conduct.get("date")) if isinstance(conduct, dict) else None,
        automotive=data.get("automotive"),
    )
    locator = Locator(chunks)
    text = "\n".join(u.text for u in units)
    for key in (*MANDATORY, "aliases", "tier", "automotive"):
        heading = key.replace("_", " ").capitalize() + ":"
        line = next((ln for ln in text.splitlines() if ln.startswith(heading)), None)
        if line is not None:
            evidence = locator.evidence(line, None)
            if evidence:
                fact.evidence[key] = evidence
    for material, countries in fact.materials.items():
        line = next((ln for ln in text.splitlines() if re.match(rf"- material: {re.escape(material)}\b", ln)), None)
        evidence = locator.evidence(line, None) if line else None
        if evidence:
            fact.evidence[f"materials.{material}"] = evidence
        if not countries:
            fact.missing[f"materials.{material}"] = "countries of origin not given (a mandatory field, AES-DG-006)"
    for key in MANDATORY:
        value = data.get(key)
        if key != "single_sourced_parts" and value in (None, "", [], {}):
            fact.missing[key] = "mandatory field empty"
    if fact.code_of_conduct_signed is False:
        fact.missing["code_of_conduct_date"] = "Code of Conduct not signed"
    main = fact.evidence.get("legal_name")
    if main is None:
        return []
    fact.quote, fact.chunk_id, fact.page = main.quote, main.chunk_id, main.page
    return [fact.with_id("profile")]  # type: ignore[list-item]

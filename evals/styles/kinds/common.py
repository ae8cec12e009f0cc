"""What every document generator returns, and the noise they share (running headers and footers,
boilerplate pages, file names)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from evals.styles.render import Doc, write_doc
from evals.styles.vocab import Ctx, fmt_date

# The product's document types (docs/ingestion.md) a document of each kind may be given.
DOC_TYPES: dict[str, list[str]] = {
    "certificate": ["certificate"],
    "transport_test": ["test_summary"],
    "safety_test": ["test_report"],
    "audit": ["audit_report"],
    "contract": ["contract"],
    "minerals": ["minerals_declaration"],
    "profile": ["profile", "questionnaire"],
    "kpi": ["kpi"],
    "substance_declaration": ["substance_declaration"],
    "carbon_footprint": ["carbon_footprint"],
    "esg_report": ["esg_report"],
    "noise": ["other"],
}


@dataclass
class GenDoc:
    kind: str  # certificate, transport_test, safety_test, audit, contract, minerals, profile, kpi, noise,
    # substance_declaration, carbon_footprint, esg_report
    style: str
    fmt: str  # pdf, docx, md, txt, xlsx, csv, yaml
    relpath: str  # below the supplier folder
    facts: list[dict] = field(default_factory=list)
    doc: Doc | None = None
    writer: Callable[[Path], None] | None = None
    flags: list[str] = field(default_factory=list)  # hard cases and negatives this document carries
    meta: dict = field(default_factory=dict)  # what the planner needs to know beyond the facts

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        if self.writer is not None:
            self.writer(path)
        else:
            assert self.doc is not None
            write_doc(self.doc, self.fmt, path)


def safe_name(text: str) -> str:
    return re.sub(r"[\\/:*?\"<>|]+", "-", text).strip()


def noise_header(ctx: Ctx, org: str, lang: str = "en") -> str:
    return ctx.pick([
        f"{org} – Confidential",
        f"Form QF-{ctx.randint(2, 40):02d} Rev. {ctx.randint(1, 9)} – uncontrolled when printed",
        f"{org} | Document control {ctx.randint(100, 999)}-{ctx.randint(10, 99)}",
        "Vertraulich – nur für den internen Gebrauch" if lang == "de" else "Internal use only",
        "Document confidentiel" if lang == "fr" else f"Ref. {ctx.randint(10000, 99999)}",
    ])


def noise_footer(ctx: Ctx, lang: str = "en") -> str:
    printed = ctx.date_between(dt.date(2025, 1, 1), dt.date(2026, 11, 10))
    when = fmt_date(printed, ctx.pick(["iso", "dmy_dot", "d_mon_y"]), lang)
    return ctx.pick([
        "Page {page} of {pages}",
        f"Printed {when} {ctx.randint(7, 18):02d}:{ctx.randint(0, 59):02d} – Page {{page}}",
        "Seite {page} von {pages}" if lang == "de" else "Page {page}/{pages}",
        f"Page {{page}} of {{pages}} | printed on {when} by {ctx.pick(['j.smith', 'qa-office', 'm.tanaka', 'scan01'])}",
        "Page {page} sur {pages}" if lang == "fr" else ("Página {page} de {pages}" if lang == "es" else "- {page} -"),
    ])


BOILERPLATE = {
    "en": [
        "This document has been prepared for the exclusive use of the client named above. It may not be reproduced "
        "other than in full without the written approval of the issuing organisation.",
        "The results relate only to the items examined or tested. Any opinion or interpretation expressed herein is "
        "outside the scope of accreditation unless stated otherwise.",
        "The assessment was carried out on a sampling basis; the absence of a finding in an area does not mean that "
        "the area is free of weaknesses. Management remains responsible for the effectiveness of its system.",
        "Records reviewed included procedures, work instructions, training matrices, calibration records, internal "
        "audit reports, management review minutes and a sample of shipping documents from the last twelve months.",
        "Opening and closing meetings were attended by the plant manager, the quality manager and representatives "
        "of production, maintenance, logistics, purchasing and human resources.",
    ],
    "de": [
        "Dieses Dokument darf nur vollständig und unverändert weitergegeben werden. Auszüge bedürfen der "
        "schriftlichen Genehmigung der ausstellenden Stelle.",
        "Die Bewertung erfolgte stichprobenartig; das Fehlen einer Feststellung bedeutet nicht, dass der Bereich "
        "frei von Schwachstellen ist.",
        "Geprüft wurden Verfahrensanweisungen, Schulungsnachweise, Kalibrierprotokolle und Managementbewertungen.",
    ],
    "fr": [
        "Ce document ne peut être reproduit que dans son intégralité, sauf accord écrit de l'organisme émetteur.",
        "L'évaluation a été réalisée par échantillonnage ; l'absence de constat ne signifie pas l'absence de "
        "faiblesse dans le domaine concerné.",
        "Les enregistrements examinés comprenaient les procédures, les plans de formation et les revues de direction.",
    ],
    "es": [
        "Este documento solo puede reproducirse en su totalidad, salvo autorización escrita de la entidad emisora.",
        "La evaluación se realizó por muestreo; la ausencia de hallazgos en un área no significa que el área esté "
        "libre de debilidades.",
        "Se revisaron procedimientos, registros de formación, calibraciones y actas de revisión por la dirección.",
    ],
}


def boilerplate(ctx: Ctx, lang: str, n: int) -> list[str]:
    pool = BOILERPLATE.get(lang, BOILERPLATE["en"])
    return [ctx.pick(pool) for _ in range(n)]


def pick_format(ctx: Ctx, weights: dict[str, int]) -> str:
    fmts, w = zip(*weights.items(), strict=True)
    return ctx.rng.choices(list(fmts), list(w))[0]

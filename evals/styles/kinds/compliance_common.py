"""Shared by the declaration kinds (substance declarations, carbon footprints, ESG reports and the compliance
noise): the language a supplier writes in, numbers with thousands separators, signatories, simple writers for
CSV and Excel files. Everything here draws from the declarations stream (see plan.plan_declarations)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evals.styles.render import save_workbook
from evals.styles.vocab import Ctx, Held, person

BUYER = "Aurelia Energy Systems GmbH"

# who signs a declaration, by language
SIGNER_TITLES = {
    "en": ["Product Compliance Manager", "Head of Quality", "Compliance Officer", "EHS Manager",
           "Director Quality & Compliance", "Sustainability Manager", Held("Regulatory Affairs Lead")],
    "de": ["Leiter Produktkonformität", "Qualitätsmanagementbeauftragter", "Leiterin Qualität und Umwelt",
           "Compliance-Beauftragter"],
    "fr": ["Responsable conformité produits", "Directeur qualité", "Responsable QHSE"],
    "es": ["Responsable de cumplimiento normativo", "Director de calidad", "Responsable de medio ambiente"],
}


def doc_lang(ctx: Ctx, sup: Any) -> str:
    """Suppliers from German-, French- and Spanish-speaking countries mostly write in their language; now and
    then a European sales office writes for a supplier from elsewhere."""
    if sup.lang in ("de", "fr", "es") and ctx.chance(0.7):
        return str(sup.lang)
    if ctx.chance(0.1):
        return ctx.pick(["de", "fr", "es"])
    return "en"


def signer(ctx: Ctx, lang: str) -> tuple[str, str]:
    return person(ctx, doctor=0.15), ctx.pick(SIGNER_TITLES[lang])


def grouping(ctx: Ctx, lang: str) -> str:
    """A thousands-separator convention for one document."""
    if lang == "en":
        return ctx.pick(["comma", "comma", "comma", "space", Held("apostrophe")])
    if lang == "fr":
        return ctx.pick(["space", "space", "dot"])
    return ctx.pick(["dot", "dot", "dot", "space"])


def num(x: float, lang: str, conv: str = "comma", decimals: int = 0) -> str:
    """1410.5 -> "1,410.5" (comma), "1.410,5" (dot), "1 410,5" / "1 410.5" (space), "1'410.5" (apostrophe).
    The decimal mark follows the language: a comma in German, French and Spanish."""
    text = f"{abs(x):,.{decimals}f}"
    whole, _, frac = text.partition(".")
    comma_dec = lang in ("de", "fr", "es")
    sep = {"comma": ",", "dot": ".", "space": " ", "apostrophe": "'"}[conv]
    if comma_dec and sep == ",":
        sep = "."
    if not comma_dec and sep == ".":
        sep = ","
    whole = whole.replace(",", sep)
    out = whole + ((("," if comma_dec else ".") + frac) if frac else "")
    return ("-" if x < 0 else "") + out


def dec(x: float, lang: str, decimals: int | None = None) -> str:
    """A small number without grouping, decimal comma where the language uses one."""
    if decimals is None:
        text = f"{x:.4f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))
    else:
        text = f"{x:.{decimals}f}"
    return text.replace(".", ",") if lang in ("de", "fr", "es") else text


def text_writer(text: str) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        path.write_text(text, encoding="utf-8")
    return write


def csv_text(rows: list[list[Any]], delimiter: str = ",") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    w.writerows(rows)
    return buf.getvalue()


def xlsx_writer(sheets: list[tuple[str, list[list[Any]]]]) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        import openpyxl

        wb = openpyxl.Workbook()
        first = True
        for title, rows in sheets:
            ws = wb.active if first else wb.create_sheet()
            first = False
            ws.title = title[:31]
            for r in rows:
                ws.append(r)
        save_workbook(wb, path)
    return write


def page_footer(ctx: Ctx, lang: str) -> str:
    """A running footer without any date (for documents whose truth says they carry none)."""
    return ctx.pick({"de": ["Seite {page} von {pages}", "Seite {page}"], "fr": ["Page {page} sur {pages}"],
                     "es": ["Página {page} de {pages}"]}.get(lang, ["Page {page} of {pages}", "- {page} -",
                                                                   "Page {page}/{pages}"]))

"""Each model's own verdict in a report over several models. A report may pass one model and fail another, and
say so anywhere: a row per model with its verdict or results, a column per model with a verdict row, a section
per model ending in its verdict, or a sentence ("Sample B (model XX-2) did not meet clause 7.3.2; the remaining
models complied"). What a model's own words say wins over the report's overall verdict, and a fail said of a
model anywhere wins over a pass said of it elsewhere."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.facts.locate import Found
from ingest.facts.model_rows import HEADING_WORDS, family_codes, named_in
from ingest.facts.verdicts import Legend, legend, result_of, verdict_legend, verdict_of
from ingest.models import Unit
from ingest.tables import cells_of

# What the sentence says of the models it does not name: "the remaining models complied".
THE_REST = re.compile(r"\b(?:remaining|other|rest of the|übrigen|anderen|autres|restants|demás|restantes|otros)"
                      r"\s+(?:\w+\s+)?(?:models?|samples?|variants?|types?|cells?|batter\w+|modules?|systems?|Modelle|Muster|Typen"
                      r"|mod[èe]les|[ée]chantillons|modelos|muestras)\b|其余|其他|他の|나머지", re.I)
# A criterion or a condition states no result: "the test is failed if the cell ignites".
CONDITION = re.compile(r"\b(?:if|when|unless|shall|must|should|criteri\w*|requirements? (?:is|are)|wenn|falls|soll"
                       r"|si|lorsque|doit|cuando|debe)\b", re.I)
CLAUSE_BREAK = re.compile(r";|,|\.\s|\s(?:while|whereas|but|whilst|während|alors que|tandis que|mientras)\s")
# A verdict over the whole report: "Overall verdict: Partially passed", "Gesamturteil", "Conclusion générale".
OVERALL = re.compile(r"\b(?:overall|gesamt\w*|global\w*|general\w*|générale?|final|summary|zusammenfassung|synth[èe]se"
                     r"|resumen)\b|总结论|综合|総合|종합", re.I)
Said = dict[str, list[tuple[str, Found]]]


def _tell(said: Said, model: str, verdict: str | None, quote: str, page: int | None) -> None:
    if verdict in ("pass", "fail"):
        said[model].append((verdict, Found(verdict, quote.strip(), page)))


def _row(cells: list[str], model: str, codes: Legend) -> str | None:
    """A model's row: failed when any of its cells fails ("XX-2 | 3.5 Ah | P | F | P"), passed when one passes."""
    results = [result_of(cell, codes) for cell in cells if model not in cell]
    return "fail" if "fail" in results else "pass" if "pass" in results else None


def _columns(lines: list[str], models: Sequence[str], page: int | None, said: Said, codes: Legend) -> None:
    """Models as columns: "Test | XX-1 | XX-2" over rows of results and a verdict row."""
    header: dict[int, str] = {}
    width = 0
    for line in lines:
        cells = cells_of(line)
        at = {i: named[0] for i, cell in enumerate(cells) if len(named := named_in(cell, models)) == 1}
        if len(set(at.values())) >= 2:
            header, width = at, len(cells)
            continue
        if not header or len(cells) != width:
            header = {} if not cells or len(cells) < 2 else header
            continue
        for i, model in header.items():
            _tell(said, model, result_of(cells[i], codes), line, page)


def _lines(lines: list[tuple[str, int | None]], models: Sequence[str], said: Said,
           rest: list[tuple[str, Found]], codes: Legend) -> None:
    """Rows and sentences that name models, and the sections a model's heading opens (a section runs on over
    the document's parts: a Word heading and the table under it are two)."""
    section: str | None = None
    for line, page in lines:
        cells = cells_of(line)
        named = named_in(line, models)
        if len(cells) > 2 and len(named) == 1:  # a table row of one model
            _tell(said, named[0], _row(cells, named[0], codes), line, page)
            section = None
            continue
        if OVERALL.search(line) and not named:  # the report's verdict over all its models ends any model's section
            section = None
            continue
        told = False
        carried: list[str] = []
        for clause in CLAUSE_BREAK.split(line):
            in_clause = named_in(clause, models) + carried
            verdict = verdict_of(re.sub("|".join(map(re.escape, in_clause)) or "^$", " ", clause))
            if verdict not in ("pass", "fail") or legend(clause, verdict) or CONDITION.search(clause):
                carried = in_clause  # "Models XX-1, XX-3 and XX-4 passed": the list runs over commas
                continue
            carried = []
            told = True
            if in_clause:
                for model in in_clause:
                    _tell(said, model, verdict, line, page)
            elif THE_REST.search(clause):
                rest.append((verdict, Found(verdict, line.strip(), page)))
            elif section and not named:
                _tell(said, section, verdict, line, page)
        if len(named) == 1 and not told and len(line.split()) <= HEADING_WORDS:
            section = named[0]
        elif len(named) > 1:
            section = None


def verdicts_by_model(units: Sequence[Unit], models: Sequence[str], *,
                      the_rest: bool = True) -> dict[str, tuple[str, Found]]:
    """The verdict the report gives each of `models` itself, for those it gives one; a fail wins. With
    `the_rest`, what it says of "the remaining models" goes to each model it gives no verdict of its own."""
    said: Said = {model: [] for model in models}
    rest: list[tuple[str, Found]] = []
    everything: list[tuple[str, int | None]] = []
    codes = verdict_legend([line for unit in units for line in unit.text.splitlines()])
    for unit in units:
        lines = [line for line in unit.text.splitlines() if line.strip()]
        _columns(lines, models, unit.page, said, codes)
        everything += [(line, unit.page) for line in lines]
    _lines(everything, models, said, rest, codes)
    verdicts: dict[str, tuple[str, Found]] = {}
    for model, told in said.items():
        told = told or (rest if the_rest else [])
        if told:
            verdicts[model] = next((t for t in told if t[0] == "fail"), told[0])
    return verdicts


def models_covered(units: Sequence[Unit], known: str | None, not_models: Sequence[str]) -> list[str]:
    """The models a report gives verdicts of, when no field lists them: the product codes of one family that a
    row, a column, a section or a sentence gives a verdict of their own. A code the report only mentions (a
    component, a protection board) is none of them."""
    family = family_codes(units, known, not_models)
    own = verdicts_by_model(units, family, the_rest=False)
    return [code for code in family if code in own]

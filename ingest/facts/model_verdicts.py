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
from ingest.facts.verdicts import NOT_APPLICABLE, Legend, legend, result_of, verdict_legend, verdict_of
from ingest.models import Unit
from ingest.tables import cells_in_place, cells_of, keyed_cells, keyed_row

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
# A model's result that is there but could not be read ("see note 3", "Pending", "✳"): never a pass.
UNREAD = "unread"
Said = dict[str, list[tuple[str, Found]]]
Columns = dict[str, str]  # a table row's cells by column: its header where the row was rendered with headers


def _tell(said: Said, model: str, verdict: str | None, quote: str, page: int | None) -> None:
    if verdict in ("pass", "fail", UNREAD):
        said[model].append((verdict, Found(verdict, quote.strip(), page)))  # type: ignore[arg-type]


def _unread(cell: str, codes: Legend) -> bool:
    """A result cell that says something no reader understands; an empty cell or a dash says nothing."""
    return bool(cell.strip()) and not NOT_APPLICABLE.match(cell.strip()) and result_of(cell, codes) is None


def _by_column(line: str) -> Columns:
    """A row's cells in their places, empty ones kept, so rows of one table line up column by column."""
    if keyed_row(line):
        return dict(keyed_cells(line))
    cells = cells_in_place(line)
    return {str(i): cell for i, cell in enumerate(cells)} if len(cells) > 2 else {}


def result_columns(lines: Sequence[str], codes: Legend) -> list[set[str]]:
    """For each line, the columns of its table (a run of rows with the same columns) that hold results: those
    where some row reads pass, fail or n/a. A capacity or report-number column holds none."""
    rows = [_by_column(line) for line in lines]
    found: list[set[str]] = [set() for _ in lines]
    start = 0
    for end in range(1, len(rows) + 1):
        if end < len(rows) and rows[end] and rows[end].keys() == rows[start].keys():
            continue
        columns = {key for row in rows[start:end] for key, cell in row.items() if result_of(cell, codes)}
        for i in range(start, end):
            found[i] = columns
        start = end
    return found


def _row(line: str, model: str, codes: Legend, results: set[str]) -> str | None:
    """A model's row: failed when any of its cells fails ("XX-2 | 3.5 Ah | P | F | P"); not read when a result
    cell of its holds what no reader understands; passed when one passes."""
    cells = {key: cell for key, cell in _by_column(line).items() if model not in cell} or \
        {str(i): cell for i, cell in enumerate(cells_of(line)) if model not in cell}
    read = [result_of(cell, codes) for cell in cells.values()]
    if "fail" in read:
        return "fail"
    if any(_unread(cells[key], codes) for key in results & cells.keys()):
        return UNREAD
    return "pass" if "pass" in read else None


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
        read = {model: result_of(cells[i], codes) for i, model in header.items()}
        for i, model in header.items():  # in a row of results, a model's cell no reader understands is not read
            unread = read[model] is None and any(read.values()) and _unread(cells[i], codes)
            _tell(said, model, UNREAD if unread else read[model], line, page)


def _lines(lines: list[tuple[str, int | None]], models: Sequence[str], said: Said,
           rest: list[tuple[str, Found]], codes: Legend) -> None:
    """Rows and sentences that name models, and the sections a model's heading opens (a section runs on over
    the document's parts: a Word heading and the table under it are two)."""
    section: str | None = None
    results = result_columns([line for line, _ in lines], codes)
    for (line, page), in_results in zip(lines, results, strict=True):
        cells = cells_of(line)
        named = named_in(line, models)
        if len(cells) > 2 and len(named) == 1:  # a table row of one model
            _tell(said, named[0], _row(line, named[0], codes, in_results), line, page)
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
    """The verdict the report gives each of `models` itself, for those it gives one: a fail wins, then a result
    not read (UNREAD), then a pass. With `the_rest`, what it says of "the remaining models" goes to each model it
    gives no verdict of its own."""
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
            verdicts[model] = next((t for verdict in ("fail", UNREAD) for t in told if t[0] == verdict), told[0])
    return verdicts


def models_covered(units: Sequence[Unit], known: str | None, not_models: Sequence[str]) -> list[str]:
    """The models a report gives verdicts of, when no field lists them: the product codes of one family that a
    row, a column, a section or a sentence gives a verdict of their own. A code the report only mentions (a
    component, a protection board) is none of them."""
    family = family_codes(units, known, not_models)
    own = verdicts_by_model(units, family, the_rest=False)
    return [code for code in family if code in own]

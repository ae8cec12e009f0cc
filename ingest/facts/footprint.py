"""Carbon-footprint declarations (Regulation (EU) 2023/1542 Art. 7) and the operational figures suppliers
report (energy, renewable electricity, scope 1 and 2 emissions, waste). Values are read by their units and
what their statement is about, in a sentence, a "Label: value" line or a table row, whatever the layout;
a table whose header names periods gives one figure per period."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.facts.dates import REPORT_DATE_LABELS, find_date
from ingest.facts.locate import Found, Locator, after_label, placed
from ingest.facts.models import CarbonFootprintFact, EsgMetricFact
from ingest.facts.numbers import decimal
from ingest.facts.transport import ID_TOKEN, MODEL_LABELS
from ingest.models import Chunk, Unit
from ingest.statements import Statement, statements
from ingest.tables import cells_in_place, keyed_cells, keyed_row

NUMBER = r"(\d{1,3}(?:[ ,.'\u00a0]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
CO2E = r"(?:kg|t|g)\s*CO\s?[2₂]\s*[-‑]?\s*(?:e|eq|equiv\w*|äq\w*)\.?"
# "61.3 kg CO2e/kWh", "61,3 kg CO₂-eq per kWh", "0.0613 t CO2e/kWh", "61.3 g CO2e/Wh"
INTENSITY = re.compile(NUMBER + r"\s*(" + CO2E + r")\s*(?:/|per|pro|par|por|je)\s*(k?Wh|MWh)\b", re.I)
INTENSITY_HEADER = re.compile(CO2E + r"\s*(?:/|per|pro|par|por|je)\s*(k?Wh|MWh)\b", re.I)
FACTORS = {("kg", "kwh"): 1.0, ("g", "wh"): 1.0, ("t", "mwh"): 1.0, ("kg", "mwh"): 0.001, ("t", "kwh"): 1000.0,
           ("kg", "wh"): 1000.0, ("g", "kwh"): 0.001}
STAGES = {
    "raw material acquisition and pre-processing": r"raw material|rohstoff|mati[èe]res? premi[èe]res?|materias? primas?"
                                                   r"|materie prime|surowc|原材料|원재료|upstream",
    "main product production": r"main product production|(?:production|manufactur\w*|herstellung|fabrication"
                               r"|fabricaci[óo]n|produzione|produkcj\w*|生产|製造|생산)\b",
    "distribution": r"distribution|transport|vertrieb|distribuci[óo]n|distribuzione|dystrybuc|运输|配送|유통",
    "end of life and recycling": r"end[- ]of[- ]life|recycl\w*|entsorgung|fin de vie|fin de vida|fine vita"
                                 r"|wycofani|报废|回收|廃棄|リサイクル|폐기|재활용",
}
STAGE_CONTEXT = re.compile(r"stage|phase|boundar|scope|cover|includ|lebenszyklus|[ée]tape|etapa|fase|cycle|system"
                           r"|cradle|阶段|段階|단계", re.I)
CRADLE_TO_GRAVE = re.compile(r"cradle[- ]to[- ]grave", re.I)
CRADLE_TO_GATE = re.compile(r"cradle[- ]to[- ]gate", re.I)
METHOD = re.compile(r"ISO\s?14067(?::\s?\d{4})?|ISO\s?14040(?:/44)?|ISO\s?14044|PEFCR[^,;\n)]{0,40}|\bPEF\b"
                    r"|GHG Protocol[^,;\n)]{0,30}|Delegated Regulation \(EU\)\s?\d{4}/\d+|JRC[^,;\n]{0,40}"
                    r"|(?:Commission )?(?:implementing|delegated) act[^,;\n]{0,40}", re.I)
VERIFIER_LABELS = [r"verified by", r"verification (?:body|by|statement by)", r"\bverifier\b",
                   r"third[- ]party verif\w*",
                   r"notified body", r"independent verification", r"verifiziert (?:durch|von)", r"pr[üu]fstelle",
                   r"v[ée]rifi[ée]e? par", r"organisme (?:de v[ée]rification|notifi[ée])", r"verificad[oa] por",
                   r"verificat[oa] da", r"weryfikacj\w*", r"检验机构|核查机构|検証機関|검증\s*기관"]
UNVERIFIED = re.compile(r"self[- ]declar\w*|not (?:yet )?(?:been )?(?:independently |third[- ]party )?verified"
                        r"|no (?:third[- ]party |independent )?verification|unverified|pending|to be verified"
                        r"|eigenerkl[äa]rung|nicht verifiziert|auto[- ]?d[ée]clar\w*|non v[ée]rifi\w*|n/?a\b|none\b"
                        r"|sin verificar|autodeclaraci[óo]n|nessuna verifica", re.I)
ORGANISATION = re.compile(r"[A-ZÀ-Þ][\w&.'’-]*(?:\s+[A-ZÀ-Þ&][\w&.'’-]*){0,5}")
PLANT_LABELS = [r"manufacturing (?:plant|site|facility)", r"production (?:plant|site|facility)", r"\bplant\b",
                r"\bfactory\b", r"place of manufactur\w*", r"site of production", r"herstellungs?(?:werk|ort)",
                r"produktionsstandort", r"\bwerk\b", r"site de production", r"usine", r"lieu de fabrication",
                r"planta(?: de fabricaci[óo]n)?", r"lugar de fabricaci[óo]n", r"stabilimento", r"zak[łl]ad",
                r"生产工厂|生产地|工厂|製造工場|工場|생산\s*공장|공장"]
ALONE = r"(?<![\w-]){}(?![\w-])"  # a word on its own, not inside a model code ("TC-EV-96S")
CATEGORIES = [("lmt", ALONE.format("LMT") + r"|light means of transport|e-?bikes?|pedelec|scooter"
                      r"|leichte verkehrsmittel|moyens de transport l[ée]gers|medios de transporte ligeros"
                      r"|轻型交通|軽車両"),
              ("ev", ALONE.format("B?EV") + r"|electric[- ]vehicle|traction|automotive|elektrofahrzeug"
                     r"|v[ée]hicule [ée]lectrique|veh[íi]culo el[ée]ctrico|veicol\w* elettric\w*"
                     r"|电动汽车|動力電池|電気自動車|전기차"),
              ("industrial", ALONE.format("B?ESS") + r"|industrial|stationary|energy storage|industriebatterie"
                             r"|industriel|industriale|储能|産業用|산업용")]
RECYCLED = re.compile(r"recycl|rezykl|recycel|recyclé|reciclad|riciclat|z recyklingu|再生|回收|リサイクル|재활용", re.I)
MATERIALS = {"cobalt": r"cobalt|kobalt|cobalto|钴|コバルト|코발트", "lithium": r"lithium|litio|lit\b|锂|リチウム|리튬",
             "nickel": r"nickel|níquel|niquel|nichel|nikiel|镍|ニッケル|니켈",
             "lead": r"\blead\b|\bblei\b|plomb|plomo|piombo|ołów|olow|铅|鉛|납"}
PERCENT = re.compile(NUMBER + r"\s*(?:%|per\s?cent|pct)", re.I)

METRICS = {
    "scope1": r"scope\s*1|direct (?:ghg )?emissions|direkte emissionen|[ée]missions directes|emisiones directas"
              r"|范围\s*一|范围\s*1|スコープ\s*1|스코프\s*1",
    "scope2": r"scope\s*2|indirect (?:ghg )?emissions from (?:purchased )?(?:electricity|energy)|indirekte emissionen"
              r"|范围\s*二|范围\s*2|スコープ\s*2|스코프\s*2",
    "renewable_electricity": r"renewable|green electricity|[öo]kostrom|erneuerbar|renouvelable|renovable|rinnovabil"
                             r"|odnawialn|可再生|再生可能|재생",
    "energy_use": r"energy (?:use|consumption|consumed)|total energy|(?:MWh|GWh|GJ|TJ|kWh) of energy|energieverbrauch"
                  r"|energiebedarf|consum\w*\b(?:\s+\w+){0,3}\s+(?:d[i']|de)\s*l?'?energ\w*"
                  r"|consommation d'[ée]nergie|consumo (?:de |di )?energ|zu[żz]ycie energii|能源消耗|能耗"
                  r"|エネルギー(?:使用|消費)|에너지\s*(?:사용|소비)",
    "waste": r"\bwaste\b|abf[äa]lle?|d[ée]chets|residuos|rifiuti|odpad|废弃物|廃棄物|폐기물",
}
UNITS = {
    "energy_use": [(r"\bGWh\b", 1000.0), (r"\bMWh\b", 1.0), (r"\bkWh\b", 0.001), (r"\bTJ\b", 277.7778),
                   (r"\bGJ\b", 0.2777778), (r"\bMJ\b", 0.0002777778)],
    "scope1": [(r"\bkt\s*CO", 1000.0), (r"\b(?:t|tonnes?|tons?|Tonnen)\s*(?:of\s*)?CO|\btCO", 1.0),
               (r"\bkg\s*CO", 0.001)],
    "waste": [(r"\bkt\b", 1000.0), (r"\b(?:t|tonnes?|metric tons?|Tonnen|toneladas|tonnellate)\b", 1.0),
              (r"\bkg\b", 0.001)],
}
UNITS["scope2"] = UNITS["scope1"]
UNIT_NAMES = {"energy_use": "MWh", "renewable_electricity": "%", "scope1": "t CO2e", "scope2": "t CO2e", "waste": "t"}
CLAUSE = re.compile(r";|,\s+|\.\s+(?=[A-ZÀ-Þ])|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+")
PERIOD = re.compile(r"\b(?:FY|GJ|CY|Fiscal year |Financial year |Gesch[äa]ftsjahr |Exercice |Ejercicio )?\s?"
                    r"(20[1-3]\d)(?:\s?[/-]\s?(\d{2,4}))?(?:\s?[-/]?\s?(H[12]|Q[1-4]))?\b", re.I)


GOAL = re.compile(r"\b(?:target|goal|aim|ambition|by 20\d\d|ziel\w*|bis 20\d\d|objectif\w*|d'ici 20\d\d"
                  r"|objetivo\w*|meta|para 20\d\d|obiettiv\w*|entro il 20\d\d|intendiamo|cel|目标|目標|목표)\b", re.I)
COMPARISON = re.compile(r"\b(?:average|benchmark|compared (?:with|to)|industry|sector|peers?|durchschnitt\w*"
                        r"|branche\w*|vergleich\w*|moyenne|comparaison|compar[ée]\w* (?:à|avec)|promedio|media del"
                        r"|comparaci[óo]n|en comparación|confronto|rispetto a|średni\w*|平均|行业|業界|업계)", re.I)
SECTION_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+(?=[A-ZÀ-Þ])")  # "5.2 Rifiuti": a heading's number


def per_kwh(value: float, unit: str, energy: str) -> float:
    """A carbon intensity in kg CO2e per kWh, from the mass unit its text opens with ("kg CO2e", "tCO2e", "g CO2-eq")
    and the energy unit it is per."""
    mass = re.match(r"\s*(kg|g|t)", unit, re.I)
    return value * FACTORS.get(((mass.group(1) if mass else "kg").lower(), energy.lower()), 1.0)


# -- carbon footprint ---------------------------------------------------------------------------------

def intensities(said: Sequence[Statement]) -> list[tuple[float, Statement, str]]:
    """Every life-cycle carbon intensity stated, in kg CO2e per kWh, with its statement and line; under a header
    that gives the unit ("kg CO2e/kWh" over a column of figures) too."""
    out: list[tuple[float, Statement, str]] = []
    for statement in said:
        for line in statement.lines:
            if COMPARISON.search(line):
                continue  # an industry average or a benchmark beside the declared figure is not the figure
            for match in INTENSITY.finditer(line):
                if (value := decimal(match.group(1))) is not None:
                    out.append((per_kwh(value, match.group(2), match.group(3)), statement, line))
    return out


def header_intensity(lines: list[str]) -> list[tuple[int, float, str]]:
    """(line index, value, line) of rows under a table header naming the unit of one column."""
    out = []
    for i, line in enumerate(lines):
        cells = cells_in_place(line)
        columns = [k for k, cell in enumerate(cells) if INTENSITY_HEADER.search(cell) and not INTENSITY.search(cell)]
        if len(cells) < 2 or not columns:
            continue
        unit = INTENSITY_HEADER.search(cells[columns[0]])
        for j in range(i + 1, len(lines)):
            row = cells_in_place(lines[j])
            if len(row) != len(cells):
                break
            if (value := decimal(row[columns[0]])) is not None and unit:
                out.append((j, per_kwh(value, unit.group(0), unit.group(1)), lines[j]))
    return out


def models_in(line: str) -> list[str]:
    return [t for t in ID_TOKEN.findall(line) if re.search(r"\d", t) and re.search(r"[A-Z]", t)
            and not re.fullmatch(r"(?:ISO|IEC|EN|PEFCR)\S*|\d{4}/\d+|20\d\d-\d\d-\d\d", t)]


def category_of(text: str) -> str | None:
    for name, pattern in CATEGORIES:
        if re.search(pattern, text, re.I):
            return name
    return None


def stages_of(said: Sequence[Statement]) -> tuple[list[str], Found] | None:
    for statement in said:
        text = " ".join([*statement.headings, statement.text])
        if CRADLE_TO_GRAVE.search(text):
            return list(STAGES), Found(statement.text, statement.lines[0], statement.page)
        if CRADLE_TO_GATE.search(text):
            return list(STAGES)[:2], Found(statement.text, statement.lines[0], statement.page)
    best: tuple[list[str], Found] | None = None
    for statement in said:
        if not STAGE_CONTEXT.search(" ".join([*statement.headings, statement.text])):
            continue
        named = [stage for stage, pattern in STAGES.items() if re.search(pattern, statement.text, re.I)
                 and not re.search(r"(?:exclud|not includ|ausgenommen|exclu|excluid|escluso)\w*[^.;]{0,40}(?:"
                                   + pattern + ")", statement.text, re.I)]
        if len(named) >= 2 and (best is None or len(named) > len(best[0])):
            best = named, Found(statement.text, statement.lines[0], statement.page)
    return best


def recycled_shares(said: Sequence[Statement]) -> dict[str, tuple[float, Found]]:
    out: dict[str, tuple[float, Found]] = {}
    for statement in said:
        if not RECYCLED.search(" ".join([*statement.headings, statement.text])):
            continue
        for line in statement.lines:
            parts = re.split(r"[;|\t]|,\s(?=\D)", line) if len(re.findall(r"%", line)) > 1 else [line]
            for part in parts:
                shares = PERCENT.findall(part)
                named = [m for m, pattern in MATERIALS.items() if re.search(pattern, part, re.I)]
                if len(named) == 1 and len(shares) == 1 and (value := decimal(shares[0])) is not None:
                    out.setdefault(named[0], (value, Found(part.strip(), line.strip(), statement.page)))
    return out


def footprint_common(units: Sequence[Unit], said: Sequence[Statement]) -> dict[str, tuple[object, Found]]:
    """What a declaration states once for every model it covers."""
    common: dict[str, tuple[object, Found]] = {}
    plant = after_label(units, PLANT_LABELS, accept=lambda rest: len(rest) > 2 and not re.fullmatch(r"[\d\W]+", rest))
    if plant:
        common["plant"] = (plant.value.strip(" .;"), plant)
    text = "\n".join(u.text for u in units)
    if category := category_of(text):
        line = next((ln for ln in text.splitlines() if category_of(ln) == category), "")
        common["category"] = (category, Found(line.strip(), line.strip(), None))
    if stages := stages_of(said):
        common["stages"] = stages
    for statement in said:
        if method := METHOD.search(statement.text):
            common["method"] = (method.group(0).strip(), Found(method.group(0), statement.line_with(method.group(0)),
                                                               statement.page))
            break
    unverified = next((s for s in said if UNVERIFIED.search(s.text) and re.search(r"verif|declar|pr[üu]f", s.text,
                                                                                  re.I)), None)
    verifier = after_label(units, VERIFIER_LABELS, accept=lambda rest: not re.match(r"[^:]{1,30}:", rest))
    if unverified:  # a self-declaration, or "not verified": no verifier, whatever a label further down says
        common["verifier"] = (None, Found(unverified.text, unverified.lines[0], unverified.page))
    elif verifier and not UNVERIFIED.search(verifier.value) and (name := ORGANISATION.search(verifier.value)):
        common["verifier"] = (name.group(0).strip(), verifier)
    date = after_label(units, [*REPORT_DATE_LABELS, r"^\W*(?:date|datum|fecha|data|日期|日付)\s*[:：]", r"\bdated\b"],
                       accept=lambda rest: find_date(rest) is not None)
    if date and (parsed := find_date(date.value)):
        common["issued"] = (parsed[0], date)
    if shares := recycled_shares(said):
        common["recycled_pct"] = ({m: v for m, (v, _) in shares.items()}, next(iter(shares.values()))[1])
    return common


def extract_carbon_footprints(units: Sequence[Unit], chunks: Sequence[Chunk], *, source: str, supplier: str | None,
                              labels: list[str]) -> list[CarbonFootprintFact]:
    locator = Locator(chunks)
    said = statements(units)
    common = footprint_common(units, said)
    per_model: dict[str | None, tuple[float, Found]] = {}
    for value, statement, line in intensities(said):
        models = models_in(line)
        key = models[0] if len(models) == 1 else None
        per_model.setdefault(key, (value, Found(line.strip(), line.strip(), statement.page)))
    for unit in units:
        for _, value, line in header_intensity(unit.text.splitlines()):
            models = models_in(line)
            per_model.setdefault(models[0] if len(models) == 1 else None, (value, Found(line.strip(), line.strip(),
                                                                                        unit.page)))
    stated: dict[str | None, tuple[float, Found] | None] = {k: v for k, v in per_model.items() if k}
    labelled = None
    if not stated:  # one figure for the model the declaration names under a label (or for none named)
        # a label whose value names a model: after_label returns some values (a placeholder, the cell below a
        # header) without asking `accept`, so the value itself is checked
        labelled = next((hit for pattern in MODEL_LABELS if (hit := after_label(
            units, [pattern], accept=lambda rest: bool(models_in(rest)))) and models_in(hit.value)), None)
        stated = {models_in(labelled.value)[0] if labelled else None: per_model.get(None)}
    out = []
    for model, figure in stated.items():
        fact = CarbonFootprintFact(source=source, supplier=supplier, labels=labels, model=model)
        found: dict[str, Found] = {}
        if model:
            found["model"] = labelled or figure[1]  # type: ignore[index]
        else:
            fact.missing["model"] = "the battery model is not named"
        if figure is not None:
            fact.kg_co2e_per_kwh, found["kg_co2e_per_kwh"] = round(figure[0], 4), figure[1]
        else:
            fact.missing["kg_co2e_per_kwh"] = "no carbon footprint in kg CO2e per kWh is stated"
        for field, (said_value, where) in common.items():
            setattr(fact, field, said_value)
            if where.quote:
                found[field] = where
        for field in ("plant", "method", "issued", "verifier", "stages"):
            if field not in common:
                fact.missing[field] = f"{field} not stated"
        if not placed(fact, found, locator, "kg_co2e_per_kwh"):
            continue
        fact.confidence = max(0.3, 1.0 - 0.1 * len(fact.missing))
        out.append(fact)
        fact.with_id(model or "")
    return out


# -- ESG figures --------------------------------------------------------------------------------------

def metric_of(text: str) -> str | None:
    for metric, pattern in METRICS.items():
        if re.search(pattern, text, re.I):
            if metric == "renewable_electricity" and re.search(METRICS["energy_use"], text, re.I) \
                    and not re.search(r"%|share|anteil|part|cuota|quota|percent|比例|割合|비율", text, re.I):
                return "energy_use"  # "energy use (incl. renewable)"
            return metric
    return None


def scaled(metric: str, value: float, text: str) -> float:
    if metric == "renewable_electricity":
        return value * 100 if value <= 1 and not re.search(r"%|percent", text, re.I) else value
    for pattern, factor in UNITS.get(metric, []):
        if re.search(pattern, text, re.I):
            return value * factor
    return value


def period_of(text: str) -> str | None:
    match = PERIOD.search(text)
    if not match:
        return None
    year, second, half = match.groups()
    written = match.group(0).strip()
    if second and re.match(r"(?:FY|GJ|Fiscal|Financial|Gesch|Exercice|Ejercicio)", written, re.I):
        return f"FY{year}/{second[-2:]}"
    return year + (f"-{half.upper()}" if half else "")


UNIT_NOISE = re.compile(r"CO\s?[2₂]\S*|\bscope\s*[123]\b", re.I)  # figures inside units and names: "CO2e", "Scope 2"
NUMERIC_CELL = re.compile(r"[\d\s.,'\u00a0%()-]+|(?:FY|GJ)?\s?20\d\d(?:\s?[/-]\s?\d{2,4})?", re.I)


def numbers_in(cell: str) -> list[float]:
    return [v for m in re.finditer(NUMBER, UNIT_NOISE.sub(" ", cell)) if (v := decimal(m.group(1))) is not None]


def rejoined(lines: list[str]) -> list[str]:
    """A table a PDF reader flattened one cell per line, back as rows: a line of words followed by lines that hold
    only figures or periods is one row ("Scope 1 emissions (t CO2e)" / "2,890" / "2,740")."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and lines[j].strip() and NUMERIC_CELL.fullmatch(lines[j].strip()):
            j += 1
        if j > i + 1 and not NUMERIC_CELL.fullmatch(lines[i].strip() or "0"):
            out.append(" | ".join(line.strip() for line in lines[i:j]))
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out


def period_columns(line: str) -> dict[int, str]:
    """A header row naming periods: column index -> period."""
    cells = cells_in_place(line)
    found = {k: p for k, cell in enumerate(cells) if (p := period_of(cell)) and len(cell) <= 24}
    return found if found and len(cells) >= 2 else {}


def extract_esg_metrics(units: Sequence[Unit], chunks: Sequence[Chunk], *, source: str, supplier: str | None,
                        labels: list[str]) -> list[EsgMetricFact]:
    locator = Locator(chunks)
    text = "\n".join(u.text for u in units)
    default_period = period_of(next((ln for ln in text.splitlines()[:12] if period_of(ln)), "")) or \
        period_of(text)
    figures: dict[tuple[str, str | None], tuple[float, Found]] = {}
    for unit in units:
        lines = rejoined(unit.text.splitlines())
        header: dict[int, str] = {}
        unit_column = ""
        for line in lines:
            if columns := period_columns(line):
                header, unit_column = columns, line
                continue
            if keyed_row(line, least=2):  # "Indicator: Scope 1; Unit: t CO2e; 2024: 6840; 2025: 7215"
                keyed_figures(line, unit.page, figures)
                continue
            cells = cells_in_place(line)
            if not line.strip():
                header = {}
            if len(cells) > 1 and (metric := metric_of(cells[0])):
                if header and len(cells) > max(header):
                    for k, period in header.items():
                        if (values := numbers_in(cells[k])) and not PERIOD.fullmatch(cells[k].strip()):
                            value = scaled(metric, values[0], line + " " + cells[0] + " " + unit_column)
                            figures.setdefault((metric, period), (value, Found(cells[k], line.strip(), unit.page)))
                    continue
                clauses = [line]
            else:  # prose: "... used 18,450 MWh of energy, 62 % of our electricity came from renewable sources"
                clauses = [c for c in CLAUSE.split(line) if c.strip()]
            for clause in clauses:
                if not (metric := metric_of(clause)) or GOAL.search(clause):
                    continue  # a target ("by 2028 we aim at 90 % renewable") is no figure reported
                # the figure after the metric's name ("Scope 1: 1,240 t"), or in prose anywhere in its clause
                values = numbers_in(PERIOD.sub(" ", after_metric(clause, metric))) or \
                    (numbers_in(PERIOD.sub(" ", SECTION_NUMBER.sub(" ", clause))) if len(cells) <= 1 else [])
                if not values:
                    continue
                said_period = period_of(clause) or period_of(line) or default_period
                figures.setdefault((metric, said_period), (scaled(metric, values[0], clause),
                                                           Found(clause.strip(" ,;"), line.strip(), unit.page)))
    out = []
    for (metric, when), (value, hit) in figures.items():
        fact = EsgMetricFact(source=source, supplier=supplier, labels=labels, metric=metric,  # type: ignore[arg-type]
                             value=round(value, 4), unit=UNIT_NAMES[metric], period=when)
        if when is None:
            fact.missing["period"] = "the period the figure covers is not stated"
        if not placed(fact, {"value": hit}, locator, "value"):
            continue
        out.append(fact)
        fact.with_id(f"{metric}:{when}")
    return out


def keyed_figures(line: str, page: int | None, figures: dict[tuple[str, str | None], tuple[float, Found]]) -> None:
    """A row rendered with its headers: the metric in its first cell, a unit cell, one cell per period."""
    cells = keyed_cells(line, least=2)
    metric = metric_of(cells[0][1]) if cells else None
    if metric is None:
        return
    unit_said = " ".join(value for key, value in cells if re.match(r"unit|einheit|unit[ée]|unidad|unit[àa]|单位", key,
                                                                   re.I))
    for key, value in cells[1:]:
        period = period_of(key) if PERIOD.fullmatch(key.strip()) else None
        if period and (values := numbers_in(value)):
            figures.setdefault((metric, period), (scaled(metric, values[0], f"{cells[0][1]} {unit_said} {value}"),
                                                  Found(f"{key}: {value}", line.strip(), page)))


def after_metric(line: str, metric: str) -> str:
    """What follows the metric's name on its line: "Scope 1 emissions: 1,240 t" is 1,240, not the 1 of "Scope 1"."""
    match = re.search(METRICS[metric], line, re.I)
    rest = line[match.end():] if match else line
    return re.sub(r"^\s*[)\]]?\s*(?:emissions?|\(market[- ]based\)|\(location[- ]based\))?", "", rest, flags=re.I)



FOOTPRINT_TITLE = re.compile(r"carbon footprint|CO\s?[2₂]\s*[-‑]?\s*footprint|\bPCF\b|CO\s?[2₂][- ]?fu(?:ß|ss)abdruck"
                             r"|empreinte carbone|huella de carbono|impronta (?:di )?carbonio|[śs]lad w[ęe]glow"
                             r"|碳足迹|カーボンフットプリント|탄소\s*발자국", re.I)
REPORT_TITLE = re.compile(r"sustainab|\bESG\b|\bCSR\b|environmental (?:report|data|performance|key figures|kpis?)"
                          r"|greenhouse gas|\bGHG\b|emissions? (?:report|inventory|data)|nachhaltig"
                          r"|umwelt(?:bericht|daten|kennzahlen)|durabilit[ée]|d[ée]veloppement durable|sostenib"
                          r"|zr[óo]wnowa[żz]on"
                          r"|可持续|サステナビリティ|環境報告|지속\s*가능", re.I)


def declares_footprint(units: Sequence[Unit]) -> bool:
    """A carbon-footprint declaration: it says so in its head and states a figure per kWh."""
    head = "\n".join(u.text for u in units)[:1500]
    return bool(FOOTPRINT_TITLE.search(head)) and any(INTENSITY.search(u.text) or INTENSITY_HEADER.search(u.text)
                                                      for u in units)


def reports_figures(units: Sequence[Unit]) -> bool:
    """A report of operational figures: a sustainability or emissions title, and at least two of the figures."""
    text = "\n".join(u.text for u in units)
    if not REPORT_TITLE.search(text[:600]):
        return False
    stated = {metric for line in text.splitlines() if (metric := metric_of(line)) and re.search(r"\d", line)}
    return len(stated) >= 2

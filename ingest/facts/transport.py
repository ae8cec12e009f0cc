"""UN 38.3 test summaries, as labs write them: the 38.3.5 item table, narrative prose, code tables
("P / F / N/A"). What the summary must state per 38.3.5 and does not is recorded as missing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile

from ingest.facts.certificates import LEGAL_SUFFIX, entity_in
from ingest.facts.dates import REPORT_DATE_LABELS, find_date
from ingest.facts.locate import Found, Locator, after_label, line_matching
from ingest.facts.model_rows import (
    NOT_A_MODEL,
    ModelRow,
    family_codes,
    model_named,
    model_rows,
    model_sections,
    models_listed,
)
from ingest.facts.models import TransportTestFact
from ingest.facts.numbers import decimal
from ingest.facts.verdicts import CHECKED, NOT_APPLICABLE, NOT_APPLICABLE_SAID, result_of, verdict_of
from ingest.models import Chunk, Unit
from ingest.statements import sentences
from ingest.tables import KEYED_CELL, cells_of, keyed_cells

TESTS = [f"T.{n}" for n in range(1, 9)]
TEST_NAMED = re.compile(r"\bT\.\s?([1-8])\b")  # a UN 38.3 test named anywhere: "Results: T.1–T.5: PASS; T.6: N/A"
EXCEPTION = re.compile(r"\b(?:except|other than|apart from|save for|au(?:ß|ss)er|ausgenommen|sauf|excepté|excepto"
                       r"|salvo)\b", re.I)
RANGE_RESULT = re.compile(r"\bT\.?\s?([1-8])(?:\s*(?:[–—-]|to|bis|à|al?)\s*T\.?\s?([1-8]))?\s*[:=]\s*([^;,]+)")
# A whole token, never the start of a word: not "12-V-S" of "12-V-Starterbatterie".
ID_TOKEN = re.compile(r"(?<![\w-])[A-Z0-9][A-Z0-9.\-/]{4,}[A-Z0-9](?![\w-])")
SIGNATORY = re.compile(r"^[A-Z][\w.\- ]{2,40},\s*[\w ]*\b(?:Head|Manager|Director|Engineer|Officer|Chief|Lead|"
                       r"Technician|Supervisor)\b[\w ()]*$")


# A test report's own number, the most specific wording first (UN 38.3 summaries and safety reports alike).
REPORT_ID_LABELS = [r"unique test report identification number", r"test report (?:no\.?|number|reference)",
                    r"^\W*(?:test )?report\s*:",
                    r"report\s*\(?(?:(?:reference|ref\.?|id)\s*)?(?:no\.?|number|nr\.?|id|reference|code)\b",
                    r"pr[üu]fbericht-?nr\.?", r"berichts?-?nr\.?",
                    r"berichtsnummer", r"n° (?:du )?rapport", r"num[ée]ro (?:du )?rapport", r"rapport n°",
                    r"r[ée]f[ée]rence du rapport", r"n[úu]mero de(?:l)? informe", r"informe n",
                    r"(?:numero|n\.) (?:del )?rapporto", r"rapporto n", r"rapportnummer",
                    r"ref(?:erence|\.)?\s*(?:no\.?|number)", r"\bour report\b",
                    r"n[°o]\.? de proc[èe]s-verbal", r"proc[èe]s-verbal (?:d'essais? )?n[°o]",
                    r"rapport d'essais? n[°o]",
                    r"informe de ensayo n", r"protok[oó]+[lł]\w* (?:o zkou[šs]ce )?(?:n[°or]|č\.)",
                    r"^\W*report\s*$"]  # "Report" alone above its number
# Labels a product's identification stands under, beyond "model": shared by the UN 38.3 and safety-report readers.
PRODUCT_LABELS = [r"product (?:identification|designation|code|number|no\.?)", r"part (?:number|no\.?)",
                  r"article (?:number|no\.?)", r"(?:battery|cell) type", r"artikelnummer", r"produktbezeichnung",
                  r"r[ée]f[ée]rence (?:du )?(?:produit|mod[èe]le)", r"referencia del? (?:producto|modelo)",
                  r"r[ée]f[ée]rence commerciale", r"commercial (?:name|reference|designation)", r"trade name",
                  r"handelsbezeichnung", r"denominaci[óo]n comercial", r"n[úu]mero de parte", r"n[°o] de pi[èe]ce",
                  r"teilenummer", r"sachnummer", r"\b(?:cell|battery|module|pack|product)\s+model\b",
                  r"型号", r"型式", r"型番", r"品番", r"모델명?"]
MODEL_LABELS = [r"^\W*model\b", r"model/type", r"type reference", r"type designation", r"typbezeichnung", r"modell",
                r"mod[èe]le", r"modelo", r"d[ée]signation", r"designaci[óo]n", r"bezeichnung", r"^\W*sample\b",
                r"^\W*type\b", *PRODUCT_LABELS]


NAMED_WITH_TITLE = re.compile(r",|\s[-–—]\s|\w\s*\([^)]{3,}\)")  # "A. Name, Lab Manager", "A. Name (Director)"
# A signature field that says there is none: "n/a (unsigned copy)", "[signature missing], Laboratory", "to follow".
NO_SIGNATURE = re.compile(r"\b(?:n/?a|none|not|unsigned|missing|pending|to follow|tbd|tba|draft|blank)\b|_{3,}"
                          r"|\b(?:nicht|keine|aucune?|non|sin|pendiente)\b", re.I)


TITLE_WORDS = re.compile(r"\b(?:head|manager|director|engineer|officer|chief|lead|technician|supervisor|inspector"
                         r"|leiter(?:in)?|direktor(?:in)?|gesch[äa]ftsf[üu]hrer(?:in)?|pr[üu]fer(?:in)?|directeur|directrice"
                         r"|responsable|ing[ée]nieur|jefe|gerente|t[ée]cnico|direttore|responsabile|leiterin|signatory"
                         r"|authori[sz]ed|laboratory manager)\b", re.I)


SIGNATURE_HEAD = re.compile(r"^\W*(?:\d+\.?\s*)?(?:_{5,}|signature|signed|signatory|unterschrift|unterzeichnet|firma"
                            r"|sign[ée]|signataire|name\s*(?:,|/|and|&|und|et|y)\s*(?:title|function|funktion|fonction"
                            r"|cargo|position))\W*$", re.I)
PERSON = re.compile(r"^(?:(?:Dr|Prof|Ing|Dipl)[.\w-]*\.?\s+)*[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3}$")


def signature_block(units: Sequence[Unit]) -> tuple[str, Found] | None:
    """The signer written as a block: a name with a title on the line below it, under a signature rule or
    heading ("_____", "8. Signature", "Name, Funktion") or closing the document ("Thomas Leroy" / "Ingénieur
    d'essais"). A rule or heading with nothing named under it signs nothing."""
    for unit in units:
        lines = [ln.strip() for ln in unit.text.splitlines() if ln.strip()]
        heads = [i for i, line in enumerate(lines) if SIGNATURE_HEAD.match(line)]
        for i in [*heads, *range(max(0, len(lines) - 8), len(lines))]:
            for j in range(i if i not in heads else i + 1, min(i + 4, len(lines) - 1)):
                name, title = lines[j], lines[j + 1]
                if PERSON.match(name) and TITLE_WORDS.search(title) and len(title.split()) <= 8 \
                        and not re.search(r"\d", name + title):
                    return f"{name}, {title}", Found(f"{name}, {title}", f"{name}\n{title}", unit.page)
                if TITLE_WORDS.search(name) and "," in name and PERSON.match(name.split(",")[0].strip()):
                    return name, Found(name, name, unit.page)  # "Dr.-Ing. Katrin Vollmer, Leiterin Prüflabor"
    return None


def signed(value: str) -> bool:
    """A signature line that names a signer with a title, and does not say the signature is missing. An empty
    "Signed:" above a date is no signature: the date's comma is no name and title."""
    if date := find_date(value):
        value = value.replace(date[1], " ")
    return len(re.findall(r"[^\W\d_]{2,}", value)) >= 2 and bool(NAMED_WITH_TITLE.search(value)) \
        and not NO_SIGNATURE.search(value)


def signatory_of(units: Sequence[Unit]) -> Found | None:
    """Who signed the document, with name and title: under a signature label, as a signature block, or a
    "Name, Title" line closing it. None when unsigned, or when the signature field says there is none."""
    signature = after_label(units, [r"signature with name and title", r"(?:reviewed|approved|signed|authori[sz]ed)"
                                    r"\s+by", r"^\s*(?:signed|signature|signatory|unterschrift|unterzeichnet|sign[ée]"
                                    r"|firma(?:do)?)\b", r"\bsignatory\b|\bunterzeichner|\bsignataire|\bfirmante"],
                            accept=signed)
    if signature and signed(signature.value):
        return signature
    if block := signature_block(units):
        return block[1]
    last_lines = [(u, ln.strip()) for u in units for ln in u.text.splitlines()[-5:]]
    if signatory := next(((u, ln) for u, ln in last_lines if SIGNATORY.match(ln)), None):
        return Found(signatory[1], signatory[1], signatory[0].page)
    return None


# The Manual's edition, on a line that names the Manual or the test method, or alone under such a label ("Edition of
# UN Manual" / "Rev. 8"): a document's own "Rev. 3" is no edition.
EDITION = re.compile(r"Rev(?:ision)?\.?\s*\d+(?:,?\s*Amend(?:ment|\.)?\s*\d+)?|(?:\d+(?:st|nd|rd|th)|[Ff]irst|[Ss]econd"
                     r"|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth)\s+revised\s+edition"
                     r"(?:,?\s*Amend(?:ment|\.)?\s*\d+)?")
OWN_REVISION = re.compile(r"this (?:summary|report|document)|supersedes|ersetzt|remplace", re.I)  # not the Manual
MANUAL_NAMED = re.compile(r"manual|38\.3|ST/SG|criteria|test method|handbuch|manuel|pr[üu]fverfahren|m[ée]thode", re.I)


def edition_of(units: Sequence[Unit]) -> tuple[str, Found] | None:
    """The Manual's edition as written, on a line that names the Manual or alone under a label that does."""
    for unit in units:
        lines = unit.text.splitlines()
        for i, line in enumerate(lines):
            if not (edition := EDITION.search(line)) or OWN_REVISION.search(line):
                continue
            under_label = line.strip().startswith(edition.group(0)) and i > 0 and MANUAL_NAMED.search(lines[i - 1])
            if MANUAL_NAMED.search(line) or under_label:
                quote = "\n".join(lines[max(0, i - 1):i + 1]).strip()
                return edition.group(0), Found(edition.group(0), quote, unit.page)
    return None


ORGANISATION = re.compile(r"laborator|\blab\b|institut|test(?:ing)? (?:house|cent(?:re|er)|facility)|pr[üu]f", re.I)


GRAMS = re.compile(r"(?P<amount>\d+(?:[.,]\d+)*)\s*(?P<unit>kg|g)\b")
UNIT_IN_LABEL = re.compile(r"\((?P<unit>kg|g)\)\s*[:|]\s*(?P<amount>\d+(?:[.,]\d+)*)\b")  # "Mass (g): 285"
MASS_WORDS = re.compile(r"\bmass|\bweigh|\bmasse|gewicht|\bpeso|\bpoids|\bWh\b", re.I)


def energy_of(units: Sequence[Unit]) -> tuple[float, Found] | None:
    """The Watt-hour rating: "18 Wh", or the unit in the label: "Watt-hour rating (Wh): 48"."""
    number = r"(\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)"  # "5 120 Wh": a space groups thousands
    energy = line_matching(units, rf"(?<![\d.,]){number}\s*Wh\b|\(Wh\)\s*[:|]\s*{number}", flags=0)
    if energy and (watt_hours := decimal(energy[0].group(1) or energy[0].group(2))) is not None:
        return watt_hours, energy[1]
    return None


def mass_of(units: Sequence[Unit]) -> tuple[float, Found] | None:
    """The cell's or battery's mass: grams on a line that speaks of mass or weight (or beside its Wh rating), never
    the g of a shock test's acceleration ("T.4 Shock: 150 g")."""
    for unit in units:
        lines = unit.text.splitlines()
        for i, line in enumerate(lines):
            context = " ".join(lines[max(0, i - 1):i + 1])  # "Mass" / "640 g": a label above its value
            if (grams := GRAMS.search(line) or UNIT_IN_LABEL.search(line)) and MASS_WORDS.search(context) \
                    and not re.search(r"\bT\.\s?\d", line):
                value = (decimal(grams["amount"]) or 0.0) * (1000 if grams["unit"] == "kg" else 1)
                quote = line if MASS_WORDS.search(line) else "\n".join(lines[max(0, i - 1):i + 1])
                return value, Found(grams.group(0), quote.strip(), unit.page)
    return None


def names_organisation(value: str) -> bool:
    """A legal form or a laboratory's words: an organisation, never a person's name alone."""
    return bool(entity_in(value) or ORGANISATION.search(value))


def organisation(value: str) -> bool:
    """A value under a laboratory label that names an organisation: that, or a name of three capitalised words
    ("d'essai" after "Laboratoire" is the rest of the label, not the laboratory; "GmbH" after "Voltaris Test
    Laboratory" in a sentence is the end of a name, not one)."""
    if re.fullmatch(rf"\W*{LEGAL_SUFFIX}\W*", value, re.I):
        return False
    return names_organisation(value) or bool(re.search(r"[A-Z]\w+\s+[A-Z]\w+\s+[A-Z]", value))


def tested_by_laboratory(units: Sequence[Unit]) -> Found | None:
    """"Tested by" names a laboratory or a person (the technician): only an organisation is the laboratory."""
    hit = after_label(units, [r"^\W*(?:tested|performed|conducted) by\b", r"gepr[üu]ft (?:von|durch)", r"test[ée] par",
                              r"ensayado por"])
    return hit if hit and names_organisation(hit.value) else None


# Who made and who tested the product, said in a sentence rather than under a label: "... model X manufactured
# by Acme Cells Ltd., 28 Nanhu Road ...", "Testing was performed by Nordtest Battery Lab AB, ...".
MADE_BY = (r"\b(?:manufactured|produced|made|hergestellt|gefertigt|fabriqu[ée]e?s?|fabricad[oa]s?|prodott[oa])"
           r"\s+(?:by|von|durch|par|por|da)\s+")
TESTED_BY = (r"\b(?:(?:test(?:s|ing)?|the tests)\s+(?:was|were|has been|have been)\s+(?:performed|carried out|conducted"
             r"|done)|tested|gepr[üu]ft|durchgef[üu]hrt|r[ée]alis[ée]e?s?|effectu[ée]e?s?|realizad[oa]s?|efectuad[oa]s?)"
             r"\s+(?:by|at|von|bei|durch|par|chez|por|en)\s+")
# A report's number inside a sentence: "documented in test report KDG-070375 dated ...", "report no. LEB/2025/7258".
REPORT_IN_PROSE = r"(?i:\breport\s+(?:no\.?|number|nr\.?|#)?\s*)([A-Z0-9][A-Z0-9.\-/]{4,}[A-Z0-9])\b"


def organisation_in_prose(units: Sequence[Unit], phrase: str) -> Found | None:
    """The organisation a sentence names after `phrase` ("manufactured by", "tested by"), read over line breaks:
    its legal name, else the words up to the first comma when they name an organisation."""
    hit = line_matching(units, phrase + r"([^;\n]*(?:\n[^;\n]*)?)")
    if hit is None:
        return None
    rest = " ".join(hit[0].group(1).split())
    name = entity_in(rest) or (head if names_organisation(head := rest.split(",")[0].strip()) else None)
    return Found(name, hit[1].quote, hit[1].page) if name else None


def first_token(found: Found | None) -> str | None:
    match = ID_TOKEN.search(found.value) if found else None
    return match.group(0) if match else None


def model_token(found: Found | None) -> str | None:
    """The first code in a value that can be a model: "38.3.3(f)" is a paragraph of the UN Manual."""
    codes = (m.group(0) for m in ID_TOKEN.finditer(found.value)) if found else iter(())
    return next((code for code in codes if not NOT_A_MODEL.search(code)), None)


TEST_LINE = re.compile(r"^(?:[-*•]\s*)?T\.?\s?([1-8])\b")


INLINE_RESULT = re.compile(r"\bT\.?\s?([1-8])\s*[:=]?\s+(P|F|PASS(?:ED)?|FAIL(?:ED)?|N/?A|n\.a\.|OK|NOK)(?=[\s,;.)]|$)",
                           re.I)


def inline_results(line: str) -> list[tuple[str, str]]:
    """Several tests' results listed on one line, each with its own code: "T.1 P, T.2 P, ... T.7 N/A"."""
    found = [(f"T.{n}", result) for n, code in INLINE_RESULT.findall(line) if (result := result_of(code))]
    return found if len(found) >= 2 else []


TICK = re.compile(r"\s*(?:☒|☑|■|\[\s*[xX✓✔]\s*\]|[xX✓✔])\s*")  # a ticked box standing alone in its cell


def ticked_column(line: str) -> str | None:
    """A keyed row whose ticked cell's header is the result: "Test: T.1; ...; Pass: ☒; Fail: ☐; N/A: ☐"."""
    ticked = [key for key, value in keyed_cells(line, least=2) if TICK.fullmatch(value)]
    return ticked[0] if len(ticked) == 1 else None


BOX = re.compile(r"^(?:\[\s*[xX✓✔]?\s*\]|☐|☒|☑|■|□)$")  # a check box standing alone on its line


def grid_results(lines: list[str]) -> dict[str, tuple[str, str]]:
    """A check-box grid flattened one cell per line (a PDF table): a header of result columns ("Pass" / "Fail" /
    "N/A"), then each test's line followed by one box per column; the ticked box's column is the result."""
    columns: list[str] = []
    for i in range(len(lines) - 1):
        run = list(takewhile(lambda ln: len(ln.split()) <= 2 and result_of(ln) is not None, lines[i:i + 4]))
        if len(run) >= 2 and len({result_of(c) for c in run}) == len(run):
            columns = run
            break
    found: dict[str, tuple[str, str]] = {}
    for i, line in enumerate(lines):
        boxes = lines[i + 1:i + 1 + len(columns)]
        if not columns or not (label := TEST_LINE.match(line)) or len(boxes) < len(columns) \
                or not all(BOX.match(b) for b in boxes):
            continue
        ticked = [n for n, box in enumerate(boxes) if TICK.fullmatch(box)]
        if len(ticked) == 1 and (result := result_of(columns[ticked[0]])):
            found[f"T.{label.group(1)}"] = (result, line)
    return found


RESULT_KEY = re.compile(r"pass|result|ergebnis|r[ée]sultat|resultado|verdict|outcome|conformity|bestanden", re.I)


def keyed_result(line: str) -> str | None:
    """The result a keyed row states under a result column: "Passed (Yes/No): Yes" is a pass, "No" a failure;
    "Conducted: No (not applicable to cells)" is not applicable."""
    for key, value in keyed_cells(line, least=2):
        if re.match(r"conducted|performed|durchgef|r[ée]alis|realizad", key, re.I) and NOT_APPLICABLE.search(
                re.sub(r"^\W*no\b\W*", "", value, flags=re.I)):
            return "n/a"
        if not RESULT_KEY.search(key):
            continue
        asks_passed = bool(re.search(r"pass|bestanden", key, re.I))  # "Passed (Yes/No)": yes and no are results
        if re.match(r"^(?:yes|ja|oui|s[ií])\b", value, re.I):
            return "pass" if asks_passed else None
        if re.match(r"^(?:no|nein|non)\b", value, re.I):
            return "fail" if asks_passed else None
        if said := result_of(value):
            return said
    return None


def last_words_result(tail: str) -> str:
    """The words that end a test's line and state its result, the longest first: "Vibration does not comply" is
    "does not comply", never its last word "comply"; "Impact / crush N.A." is "N.A."."""
    words = tail.split()
    endings = (" ".join(words[-n:]) for n in range(min(4, len(words)), 0, -1))
    return next((said for said in endings if result_of(said) and not re.search(r"\bT\.?\s?[1-8]\b", said)),
                words[-1] if words else "")  # never words naming another test: "..., but failed T.6 (impact)"


def test_results(units: Sequence[Unit], locator: Locator, fact: TransportTestFact) -> None:
    for unit in units:
        lines = [ln.strip() for ln in unit.text.splitlines() if ln.strip()]
        for test, (ticked, row) in grid_results(lines).items():
            fact.results[test] = ticked  # type: ignore[assignment]
            if evidence := locator.evidence(row, unit.page):
                fact.evidence[test] = evidence
        for i, line in enumerate(lines):
            for test, listed in inline_results(line):
                if test not in fact.results:
                    fact.results[test] = listed  # type: ignore[assignment]
                    if evidence := locator.evidence(line, unit.page):
                        fact.evidence[test] = evidence
            if len(RANGE_RESULT.findall(line)) >= 2:
                continue  # several tests' results on one line: read below, test by test
            first_cell = keyed_cells(line, least=2)[0][1] if KEYED_CELL.match(line) else ""  # of two cells or more
            if first_cell and (column := ticked_column(line)):
                line = f"{first_cell} | {column}"  # the ticked column names the result
            elif first_cell and (said := keyed_result(line)):
                line = f"{first_cell} | {said}"  # "Passed (Yes/No): Yes", "Result: P"
            elif line.startswith("|"):
                line = " | ".join(cells_of(line))  # a Markdown row: "| T.6 | Impact / Crush | — |"
            keyed = cells_of(line) if KEYED_CELL.match(line) else []  # "Test: T.1; Description: ...; Result: Pass"
            line = " | ".join(keyed) if keyed else line
            label = TEST_LINE.match(line)  # also a bulleted "- T.1 Altitude ..."
            if not label or f"T.{label.group(1)}" in fact.results:
                continue
            tail = line[label.end():].strip()
            # "T.5 External short circuit FAIL", "T.7 Overcharge – Not applicable": the word(s) after the name
            # the last part after the name that states a result: "N/A - COMPONENT CELLS (SEE ...)" is N/A
            parts = [p.strip() for p in re.split(r"\s[-–—:|]\s|\.{3,}|\s{2,}|\t", tail) if p.strip()]
            same_line = tail if CHECKED.search(tail) else next(
                (part for part in reversed(parts[1:]) if result_of(part)), parts[-1] if len(parts) > 1 else "") \
                if len(parts) > 1 else last_words_result(tail)
            below = list(takewhile(lambda ln: not TEST_LINE.match(ln), lines[i + 1:i + 4]))  # never the next test's
            for candidate in ([line] if same_line else []) + below:  # else the cells below
                word_to_read = same_line if candidate is line else candidate
                result = result_of(word_to_read)
                if result:
                    test = f"T.{label.group(1)}"
                    fact.results[test] = result
                    evidence = locator.evidence(candidate, unit.page)
                    if evidence:
                        fact.evidence[test] = evidence
                    break
    for sentence, page in sentences(units):  # results in prose: "The samples passed tests T.1 (...), ... and T.8."
        for clause in re.split(r";|,? but |,? while |,? whereas ", " ".join(sentence.split())):
            if EXCEPTION.search(clause):
                continue  # "all tests except T.5 were passed" says nothing safe of T.5: left unread
            named = [f"T.{n}" for n in TEST_NAMED.findall(clause)]
            said = "n/a" if re.search(rf"{NOT_APPLICABLE_SAID}|does not apply", clause, re.I) \
                else verdict_of(clause) if named else None
            for test in named if said in ("pass", "fail", "n/a") else []:
                if test not in fact.results:
                    fact.results[test] = said  # type: ignore[assignment]
                    if evidence := locator.evidence(sentence.splitlines()[0], page):
                        fact.evidence[test] = evidence
    for unit in units:  # results given for ranges of tests: "T.1–T.5: PASS; T.6: N/A"
        for line in unit.text.splitlines():
            for first, last, said in RANGE_RESULT.findall(line):
                result = None if EXCEPTION.search(said) else result_of(said)
                for n in range(int(first), int(last or first) + 1):
                    if result and f"T.{n}" not in fact.results:
                        fact.results[f"T.{n}"] = result
                        if evidence := locator.evidence(line.strip(), unit.page):
                            fact.evidence[f"T.{n}"] = evidence


def extract_transport_test(units: Sequence[Unit], chunks: Sequence[Chunk], *, source: str, supplier: str | None,
                           labels: list[str]) -> list[TransportTestFact]:
    locator = Locator(chunks)
    fact = TransportTestFact(source=source, supplier=supplier, labels=labels)
    found: dict[str, Found] = {}

    report = after_label(units, REPORT_ID_LABELS, accept=lambda rest: bool(ID_TOKEN.search(rest)))
    if (token := first_token(report)) and report:
        fact.report_id, found["report_id"] = token, report
    elif in_prose := line_matching(units, REPORT_IN_PROSE, flags=0):
        fact.report_id, found["report_id"] = in_prose[0].group(1), in_prose[1]
    date = after_label(units, [*REPORT_DATE_LABELS, r"\bdated\b", r"^\W*(?:date|datum|fecha|data)\s*:"],
                       accept=lambda rest: find_date(rest) is not None)
    if date and (parsed := find_date(date.value)):
        fact.date, found["date"] = parsed[0], date
    model = line_matching(units, r"model(?: designation| number| no\.?)?[:\s]+([A-Z0-9][A-Z0-9\-]{3,})", flags=0)
    sample = next((hit for pattern in MODEL_LABELS  # "Model/Type reference", "Typbezeichnung", "Modèle" ...
                   if (hit := after_label(units, [pattern], accept=lambda rest: bool(ID_TOKEN.search(rest))))
                   and model_token(hit)), None)
    if model:
        fact.model, found["model"] = model[0].group(1), model[1]
    elif sample and (token := model_token(sample)):
        fact.model, found["model"] = token, sample
    elif named := model_named(units, source, [fact.report_id or ""]):
        fact.model, found["model"] = named[0], Found(named[0], named[1], named[2])
    if energy := energy_of(units):
        fact.watt_hours, found["watt_hours"] = energy
    if mass := mass_of(units):
        fact.mass_g, found["mass_g"] = mass
    chemistry = line_matching(units, r"\bli(?:thium)?[- ]?(ion|metal)\w*")  # "lithium ion", "Li-ion", "Lithium-Ionen"
    if chemistry:
        fact.chemistry, found["chemistry"] = f"lithium-{chemistry[0].group(1).lower()}", chemistry[1]
    if edition := edition_of(units):
        fact.manual_edition, found["manual_edition"] = edition
    maker = after_label(units, [r"manufacturer\s*:?\s*$", r"manufacturer\b[^:]{0,40}(?::|$)", r"hersteller\b",
                                r"fabricant\b", r"fabricante\b"])
    if maker:
        fact.manufacturer, found["manufacturer"] = entity_in(maker.value) or maker.value.split(",")[0], maker
    elif made_by := organisation_in_prose(units, MADE_BY):
        fact.manufacturer, found["manufacturer"] = made_by.value, made_by
    # a label, not the words inside a name: "Testing laboratory: X", never "... Voltaris Test Laboratory GmbH"
    lab = after_label(units, [r"name of test laborator(?:y|ies)", r"^\W*test(?:ing)? lab(?:oratory)?\b",
                              r"\btest(?:ing)? lab(?:oratory)?\s*:",
                              r"^\W*laboratory\b", r"pr[üu]flabor\w*", r"pr[üu]fstelle", r"laboratoire",
                              r"laboratorio"], accept=organisation)
    lab = lab or tested_by_laboratory(units) or organisation_in_prose(units, TESTED_BY)
    if lab:
        fact.lab, found["lab"] = entity_in(lab.value) or re.split(r"[,;]", lab.value)[0].strip(), lab
    if signer := signatory_of(units):
        fact.signed_by, found["signed_by"] = signer.value, signer
    test_results(units, locator, fact)

    for field, hit in found.items():
        evidence = locator.evidence(hit.quote, hit.page, hit.value)
        if evidence:
            fact.evidence[field] = evidence
    listed = models_listed(sample.value) if sample else []
    rows = model_rows(units) or section_rows(units, listed, fact, locator)
    facts = [f for f in per_model(fact, rows, listed, locator) if finish(f)]
    keyed = len(facts) > 1  # one summary, several models: each fact is told apart by its model
    return [f.with_id(f"{f.report_id}:{f.model}" if keyed else f.report_id or f.model or "transport")  # type: ignore
            for f in facts]


def section_rows(units: Sequence[Unit], listed: list[str], fact: TransportTestFact,
                 locator: Locator) -> list[ModelRow]:
    """A summary with a section per model ("* PRV-M48-105 (51.2 V, 105 Ah)" over its T.1-T.8 lines): each
    model's results read from its own section only."""
    models = listed if len(listed) > 1 else family_codes(units, fact.model, [fact.report_id or ""])
    rows = []
    for model, lines in model_sections(units, models).items():
        own = TransportTestFact(source=fact.source)
        section = [Unit(text="\n".join(line for line, _ in lines), page=lines[0][1])]
        test_results(section, locator, own)
        if len(own.results) >= 4:
            energy, mass = energy_of(section), mass_of(section)
            rows.append(ModelRow(model=model, quote=lines[0][0].strip(), page=lines[0][1], results=own.results,
                                 watt_hours=energy[0] if energy else None, mass_g=mass[0] if mass else None))
    return rows if len(rows) > 1 else []


def per_model(fact: TransportTestFact, rows: list[ModelRow], listed: list[str],
              locator: Locator) -> list[TransportTestFact]:
    """One fact per model a summary covers: a model's own row of results, energy and mass where a table gives one
    per model, else the results the summary states for all the models its model field lists."""
    if len(rows) == 1 and fact.model in (None, rows[0].model) or len(rows) > 1:
        facts = []
        for row in rows:
            one = fact.model_copy(deep=True)
            one.model, one.results = row.model, dict(row.results)
            one.evidence = {k: v for k, v in one.evidence.items() if not TEST_NAMED.fullmatch(k)}
            one.watt_hours = row.watt_hours if row.watt_hours is not None else one.watt_hours
            one.mass_g = row.mass_g if row.mass_g is not None else one.mass_g
            one.report_id = row.report_id or one.report_id
            if evidence := locator.evidence(row.quote, row.page):
                one.evidence["model"] = evidence
                one.evidence.update({test: evidence for test in row.results})
            facts.append(one)
        return facts
    if len(listed) > 1 and fact.model in listed:
        facts = []
        for model in listed:
            one = fact.model_copy(deep=True)
            one.model = model
            facts.append(one)
        return facts
    return [fact]


def finish(fact: TransportTestFact) -> bool:
    """Name the 38.3.5 elements the summary lacks and its main quote; False when it has nothing to quote."""
    required = {"manufacturer": "manufacturer name and contact", "lab": "test laboratory name and contact",
                "report_id": "unique test report ID", "date": "date of the test report",
                "model": "model number", "chemistry": "lithium-ion or lithium-metal",
                "watt_hours": "Watt-hour rating", "mass_g": "mass", "manual_edition": "edition of the Manual",
                "signed_by": "signature with name and title"}
    for field, element in required.items():
        if getattr(fact, field) is None:
            fact.missing_elements.append(element)
            fact.missing[field] = f"38.3.5 element not found: {element}"
    absent = [t for t in TESTS if t not in fact.results]
    if absent:
        fact.missing["results"] = f"no result found for {', '.join(absent)}"
        if len(absent) == len(TESTS):
            fact.missing_elements.append("tests conducted and their results")
    main = fact.evidence.get("report_id") or fact.evidence.get("model")
    if main is None:
        return False
    fact.quote, fact.chunk_id, fact.page = main.quote, main.chunk_id, main.page
    fact.confidence = round(max(0.3, 1.0 - 0.1 * len(fact.missing)), 2)
    return True

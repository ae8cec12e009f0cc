"""Audit findings, from findings tables (read by column position in pypdf's layout text, because
narrow cells wrap over several lines) and from prose reports ("NC-1 - Working hours (Major)")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from ingest.facts.certificates import entity_in
from ingest.facts.dates import REPORT_DATE_LABELS, find_date
from ingest.facts.locate import Locator, after_label
from ingest.facts.models import AuditFindingFact, Evidence
from ingest.models import Chunk, Unit
from ingest.statements import sentences
from ingest.tables import ALIGN, cells_in_place, keyed_cells, segments

SEVERITY = re.compile(r"^(critical|zero[- ]tolerance|major|minor|observation)$", re.I)
Legend = Mapping[str, str]  # a report's own grade codes -> severity ("A" -> major, "iii" -> observation)
NO_LEGEND: Legend = {}
ID_HEADERS = {"id", "ref", "finding ref", "no.", "no", "#", "finding id", "n.º", "nº", "n°", "nr.", "nr", "número",
              "numéro", "n.", "n", "numero", "nummer", "item", "ref.", "finding no."}
SEVERITY_HEADERS = {"severity", "rating", "grade", "classification", "gravedad", "schweregrad", "gravité",
                    "einstufung", "clasificación", "classement", "bewertung", "gravità", "classificazione", "ernst",
                    "classificatie", "classificação", "gravidade", "level", "priority"}
DESCRIPTION_HEADERS = {"detail", "details", "description", "finding", "non-conformity", "observation", "hallazgo",
                       "feststellung", "befund", "beschreibung", "constat", "descripción", "écart", "rilievo",
                       "descrizione", "bevinding", "omschrijving", "constatação", "descrição", "deviation", "issue",
                       "nonconformity", "non-conformance"}
CATEGORY_HEADERS = {"area", "category", "topic", "clause", "área", "bereich", "domaine", "thème", "ámbito"}
STATUS_HEADERS = {"status", "estado", "statut", "état", "stand", "state", "stato", "situação", "closure", "progress"}
PROSE = re.compile(r"^(?P<id>[A-Z]{2,4}-\d{1,3}[A-Z]?)\s+[-–]\s+(?P<category>.+?)\s+"
                   r"\((?P<severity>Critical|Zero[- ]tolerance|Major|Minor|Observation)\)\s*$", re.I)


SEVERITY_WORDS = ("critical", "zero-tolerance", "zero tolerance", "major", "minor", "observation", "kritisch",
                  "schwerwiegend", "geringfügig", "hinweis", "critique", "majeure", "mineure", "crítico", "crítica",
                  "mayor", "menor", "observación", "maggiore", "minore", "osservazione", "observatie", "observação")


def severity_of(fragments: Sequence[str], legend: Legend = NO_LEGEND) -> str | None:
    """A severity cell, joined back if a narrow column wrapped it ("Observatio" / "n"), in any of the
    languages `severity_in` knows."""
    for joined in ("".join(fragments), " ".join(fragments)):
        if SEVERITY.match(joined.strip()):
            word = joined.strip().lower()
            return "critical" if word.startswith("zero") else word
    for joined in (" ".join(fragments).strip(), "".join(fragments).strip()):  # "Recommend" / "ation"
        if joined and len(joined.split()) <= 4 and (severity := severity_in(joined, legend)):
            return severity
    return None


def starts_severity(text: str) -> bool:
    lowered = text.strip().lower()
    return len(lowered) >= 4 and any(word.startswith(lowered) for word in SEVERITY_WORDS)


@dataclass
class Row:
    cells: dict[str, list[str]] = field(default_factory=dict)

    def text(self, column: str, joiner: str = " ") -> str:
        return joiner.join(self.cells.get(column, [])).strip()


DUE_HEADERS = {"due", "due date", "deadline", "target date", "frist", "échéance", "plazo", "fecha límite"}
KNOWN_HEADERS = ID_HEADERS | SEVERITY_HEADERS | DESCRIPTION_HEADERS | CATEGORY_HEADERS | STATUS_HEADERS | DUE_HEADERS


def names_a(header: str, kind: set[str]) -> bool:
    """A column header of this kind, also as one word of a longer header ("CAPA status", "Severity rating")."""
    lowered = header.lower().strip(" .:")
    return lowered in kind or any(word.strip(".:") in kind for word in lowered.split())


def is_due_header(header: str) -> bool:
    """A due-date column, by its name or by what it says ("Close by", "Target completion", "Fällig am")."""
    return names_a(header, DUE_HEADERS) or bool(DUE_SAID.search(header))


def header_at(lines: list[str], i: int) -> tuple[list[int], list[str], set[int]] | None:
    """Column starts and names if line i is a findings-table header. Header words wrapped onto the
    line above or below ("Classificatio" / "n", "Finding" / "ref") are joined back by position."""
    heads = segments(lines[i])
    known = [text for _, text in heads if any(names_a(text, kind) for kind in (ID_HEADERS, SEVERITY_HEADERS,
                                                                                STATUS_HEADERS, DESCRIPTION_HEADERS,
                                                                                CATEGORY_HEADERS, DUE_HEADERS))]
    if len(heads) < 4 or len(known) < 2 or any(ch.isdigit() for _, text in heads for ch in text):
        return None  # the columns are told apart by their cells when their headers are unfamiliar
    starts, names, used = [s for s, _ in heads], [t for _, t in heads], {i}
    for j, above in ((i - 1, True), (i + 1, False)):
        if not 0 <= j < len(lines) or not lines[j].strip():
            continue
        fragments = segments(lines[j])
        if any(starts_severity(t) or any(ch.isdigit() for ch in t) or " " in t or len(t) > 15 for _, t in fragments):
            continue  # a data row, not the single short words of a wrapped header
        if all(any(abs(start - s) <= 2 for s in starts) for start, _ in fragments):
            for start, text in fragments:
                k = min(range(len(starts)), key=lambda n: abs(starts[n] - start))
                pair = (text, names[k]) if above else (names[k], text)
                joined = "".join(pair)
                names[k] = joined if joined.lower() in KNOWN_HEADERS else " ".join(pair)
            used.add(j)
    return starts, [n.lower() for n in names], used  # the severity column: by its header, else by its cells


def table_rows(layout: str, legend: Legend = NO_LEGEND) -> list[Row]:
    """Rows of the findings table on a layout-mode page, each cell's text as its wrapped lines."""
    lines = layout.splitlines()
    header = next(((i, found) for i in range(len(lines)) if (found := header_at(lines, i))), None)
    if header is None:
        return []
    i, (starts, names, used) = header
    id_col = next((n for n in names if names_a(n, ID_HEADERS) and FINDING_REF.search(n)), None) or \
        next((n for n in names if n in ID_HEADERS), names[0])
    columns = [("id" if n == id_col else "severity" if names_a(n, SEVERITY_HEADERS) else "status"
                if names_a(n, STATUS_HEADERS) else "due" if is_due_header(n) else "category"
                if names_a(n, CATEGORY_HEADERS) else "description" if names_a(n, DESCRIPTION_HEADERS) else n)
               for n in names]
    columns = [c if c not in columns[:k] else f"{names[k]} #{k}" for k, c in enumerate(columns)]  # Area, Category
    body = table_body(lines, max(used) + 1, starts, columns)
    for role, said in (("severity", lambda text: severity_in(text, legend)),
                       ("status", lambda text: status_of(text)[0])):
        if role not in columns and (by_content := column_saying(body, said)):
            columns = [role if c == by_content else c for c in columns]  # "Class: Major NC", "Progress: Not closed"
            body = table_body(lines, max(used) + 1, starts, columns)
    # A row starts where its id stands ("Finding 2", "NC 3"; a lone "1" is the end of a wrapped "SOL-QA-0" / "1");
    # without such ids, where its severity does.
    anchors = [n for n, cells in enumerate(body) if re.search(r"[A-Za-z].*\d", cells.get("id", ""))
               or re.fullmatch(r"\d{1,3}\.\d{1,3}", cells.get("id", "").strip())] or \
        [n for n, cells in enumerate(body) if starts_severity(cells.get("severity", ""))
         or (cells.get("id") and severity_in(cells.get("severity", ""), legend))]  # "Category 1", "NC-A" beside an id
    if not anchors:
        return []
    # Cells are top-aligned when the first body line holds a severity, else bottom-aligned: then a
    # row's wrapped lines stand above its severity line, and belong to the next anchor, not the last.
    top = anchors[0] == 0
    rows = [Row() for _ in anchors]
    for n, cells in enumerate(body):
        if top:
            owner = max(a for a in range(len(anchors)) if anchors[a] <= n)
        else:
            owner = next((a for a in range(len(anchors)) if anchors[a] >= n), len(anchors) - 1)
        for name, text in cells.items():
            if name == "id" and n not in anchors and len(text.split()) > 1:
                continue  # an id wraps as single tokens ("SOL-QA-0" / "1"); "ing. Sanne Visser" is a signature
            rows[owner].cells.setdefault(name, []).append(text)
    return rows


def column_saying(body: list[dict[str, str]], said: Callable[[str], str | None]) -> str | None:
    """The column whose cells say what `said` reads (a severity, a status) in at least half the rows that have
    an id, for a column whose header names no role."""
    rows = [cells for cells in body if cells.get("id")]
    counts = Counter(name for cells in rows for name, text in cells.items()
                     if name not in ("id", "severity", "status", "due", "description") and said(text))
    best = counts.most_common(1)
    return best[0][0] if best and rows and best[0][1] >= max(1, len(rows) / 2) else None


def table_body(lines: list[str], first: int, starts: list[int], columns: list[str]) -> list[dict[str, str]]:
    """The table's lines below its header, each as its cells by column, until text stands left of the table,
    runs across its columns, or after two blank lines (a signature or page footer below the table is not a row)."""
    body: list[dict[str, str]] = []
    blank = 0
    for index in range(first, len(lines)):
        if not lines[index].strip():
            blank += 1
            continue
        if blank >= 2 and body:
            break
        blank = 0
        parts = segments(lines[index])
        if parts[0][0] < starts[0] - 1:  # text left of the table: the table has ended
            break
        if len(starts) > 2 and parts[0][0] < starts[1] and parts[0][0] + len(parts[0][1]) > starts[2] + ALIGN:
            break  # one run of text across the columns: a paragraph or signature below the table, not a row
        cells: dict[str, str] = {}
        for start, text in parts:
            column = max((n for n, s in enumerate(starts) if s <= start + 2), default=0)
            cells[columns[column]] = (cells[columns[column]] + " " + text) if columns[column] in cells else text
        body.append(cells)
    return body


def status_of(text: str) -> tuple[str | None, str | None]:
    lowered = text.lower()
    status = "open" if NOT_CLOSED.search(lowered) else "closed" if lowered.startswith("closed") else "open" \
        if lowered.startswith("open") else next((name for name, said in STATUS_SAID if said.match(lowered)), None)
    return status, ("due" if "due" in lowered else "closed" if status == "closed" else None)


AUDIT_DATE_LABELS = [r"audit date(?:\(s\)|s)?", r"audit conducted", r"dates? of (?:the )?audit", r"on-site audit",
                     r"audit performed",
                     r"audit(?:ed)? on\b", r"auditdatum", r"datum des audits", r"audit durchgef[üu]hrt am",
                     r"date de l'audit", r"audit réalisé",
                     r"fecha(?:\(s\)|s)? de (?:la )?auditor[ií]a", r"auditor[ií]a realizada",
                     r"date(?:\(s\)|s)? de l'audit"]
FIRM_LABELS = [r"^\s*(?:lead |name of (?:the )?)?audit(?:ing)? (?:firm|body|company|organi[sz]ation)\b",
               r"^\s*(?:auditorganisation|auditstelle|firma auditora|organisme d'audit|soci[ée]t[ée] d'audit)\b",
               r"^\s*(?:conducted|performed|carried out|prepared|audited) by\b", r"^\s*auditgesellschaft\b",
               r"^\s*(?:durchgeführt|erstellt) (?:von|durch)\b", r"^\s*(?:cabinet|organisme) d'audit\b",
               r"^\s*(?:réalisé|effectué) par\b", r"^\s*(?:empresa|entidad) auditora\b", r"^\s*realizad[oa] por\b"]
REPORT_TITLE = re.compile(r"\b(?:audit|report|bericht|rapport|informe|summary|assessment)\b", re.I)


# What an audit examined, by the words and schemes that name it: RBA, amfori BSCI, SMETA and SA8000 audits are
# social audits whatever their title says besides.
AUDIT_TYPES = [("social", re.compile(r"social|sozial|ethical|ethi(?:k|que)|4-pillar|\bRBA\b|\bBSCI\b|\bSMETA\b"
                                     r"|\bSA ?8000|labou?r (?:standards|practices|rights)|human rights", re.I)),
               ("environmental", re.compile(r"environment(?:al)? (?:compliance |management )?audit|umwelt|environnement"
                                            r"|ambiental|medio ?ambiente"
                                            r"|\bISO 14001", re.I))]


def audit_type_of(units: Sequence[Unit]) -> str:
    """The audit's type as its title names it, else as its opening page does; a quality audit by default."""
    title = next((ln for u in units for ln in u.text.splitlines() if ln.strip()), "")
    opening = "\n".join(u.text for u in units[:2])
    return next((name for text in (title, opening) for name, words in AUDIT_TYPES if words.search(text)), "quality")


def audit_header(units: Sequence[Unit], locator: Locator) -> AuditFindingFact:
    base = AuditFindingFact(source="", audit_type=audit_type_of(units))
    for field_name, labels in (("audit_date", AUDIT_DATE_LABELS), ("report_date", REPORT_DATE_LABELS)):
        hit = after_label(units, labels, accept=lambda rest: find_date(rest) is not None)
        if hit and (date := find_date(hit.value)):
            setattr(base, field_name, date[0])
            if (evidence := locator.evidence(hit.quote, hit.page, date[1])) is not None:
                base.evidence[field_name] = evidence
    firm = after_label(units, FIRM_LABELS)
    first_line = next((ln.strip() for u in units for ln in u.text.splitlines() if ln.strip()), "")
    named = firm.value if firm else entity_in(first_line) or first_line.split(" - ")[0].strip(" #")
    if firm is None and REPORT_TITLE.search(named):  # "# Audit report": a title, not who audited
        named = ""
    base.audit_firm = (named.strip().title() if named.isupper() else named.strip()) or None  # "unnamed firm"
    return base


def evidence_for(locator: Locator, page: int | None, *quotes: str) -> Evidence | None:
    return locator.evidence(quotes[0], page, *quotes[1:]) if quotes and quotes[0] else None


def from_table(rows: list[Row], page: int | None, base: AuditFindingFact, locator: Locator,
               legend: Legend = NO_LEGEND) -> list[AuditFindingFact]:
    facts = []
    for row in rows:
        fact = base.model_copy(deep=True)
        raw_id = row.cells.get("id", [])
        fact.finding_id = "".join(raw_id) if len(raw_id) > 1 and all(p.isdigit() for p in raw_id[1:]) \
            else " ".join(raw_id) or None
        fact.severity = severity_of(row.cells.get("severity", []), legend)
        fact.category = row.text("category") or None
        fact.description = row.text("description") or None
        status_text = row.text("status")
        fact.status, date_kind = status_of(status_text)
        date = find_date(status_text)
        if date and date_kind == "due":
            fact.due = date[0]
        elif date and date_kind == "closed":
            fact.closed_on = date[0]
        if fact.due is None and (due := find_date(row.text("due")) or find_date(row.text("due", ""))):  # "…-202" / "6"
            fact.due = due[0]
        first = row.cells.get("description", [""])[0]
        main = evidence_for(locator, page, first)
        if main:
            fact.evidence["description"] = main
        status_lines = row.cells.get("status", [])
        if status_lines and (ev := evidence_for(locator, page, "\n".join(status_lines[:2]), status_lines[0])):
            fact.evidence["status"] = ev
        facts.append(fact)
    return facts


def from_prose(units: Sequence[Unit], base: AuditFindingFact, locator: Locator) -> list[AuditFindingFact]:
    facts: list[AuditFindingFact] = []
    for unit in units:
        lines = [ln.strip() for ln in unit.text.splitlines()]
        for i, line in enumerate(lines):
            heading = PROSE.match(line)
            if not heading:
                continue
            fact = base.model_copy(deep=True)
            fact.finding_id, fact.category = heading["id"], heading["category"].strip().lower()
            fact.severity = severity_of([heading["severity"]])
            description: list[str] = []
            in_status = False
            for follow in lines[i + 1:]:
                if PROSE.match(follow) or re.match(r"^\d+\.\s+[A-Z]", follow):
                    break
                lowered = follow.lower()
                if lowered.startswith("corrective action required by") and (date := find_date(follow)):
                    fact.due = date[0]
                    if ev := locator.evidence(follow, unit.page):
                        fact.evidence["due"] = ev
                elif lowered.startswith("status"):
                    in_status = True
                    status_part = follow.split(":", 1)[1] if ":" in follow else follow
                    fact.status = "closed" if "closed" in status_part.lower() else "open"
                    date = find_date(follow)
                    if date and fact.status == "closed":
                        fact.closed_on = date[0]
                    elif date and "follow-up" in lowered:
                        fact.followup_date = date[0]
                    if ev := locator.evidence(follow, unit.page):
                        fact.evidence["status"] = ev
                elif follow and not in_status:  # a wrapped status note is not part of the description
                    description.append(follow)
            fact.description = " ".join(description) or None
            if ev := locator.evidence(line, unit.page):
                fact.evidence["finding_id"] = ev
            facts.append(fact)
    return facts


# When no finding could be read, what the report itself says about its findings decides: a positive
# statement that none were raised ("No non-conformities were identified", "0 major, 0 minor", "Keine
# Abweichungen festgestellt") makes the audit clean; a count or a numbered finding ("identified one major
# non-conformance", "Observation 2 - Grade: MAJOR") or silence makes it a needs-review fact, never clean.
FINDING_WORDS = (r"(?:non-?conformit(?:y|ies)|non-?conformances?|non-?compliances?|findings?(?:\(s\))?|deviations?"
                 r"|corrective action requests?|observations?(?:\(s\))?|abweichungen|feststellungen|befunde?"
                 r"|non-conformités?|écarts?|hallazgos?|no conformidad(?:es)?|non conformit[àa]|rilievi|rilievo"
                 r"|afwijkingen|afwijking|bevindingen|n[ãa]o conformidades?|constata[çc][õo]es)")
NONE_STATED = re.compile(
    rf"\b(?:no|zero|0|nil|keine|kein|aucune?|ningun[ao]?|sin|nessun[ao]?|geen|nenhum[a]?)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{FINDING_WORDS}"
    rf"|\b{FINDING_WORDS}\s*(?:raised|identified|found|recorded)?\s*:\s*(?:none|nil|0|keine|aucune?|ningun[ao]?)\b"
    rf"|\bwithout\s+(?:any\s+)?{FINDING_WORDS}", re.I)
SOME_STATED = re.compile(
    rf"\b(?:[1-9]\d*|one|two|three|four|five|six|seven|eight|nine|ten|a|an|single|several|multiple|eine?|une?|una?"
    rf"|zwei|drei|deux|trois|dos|tres)\s+(?:[\w-]+\s+){{0,2}}?{FINDING_WORDS}"
    rf"|\b{FINDING_WORDS}\s*(?:no\.?|nr\.?|#)?\s*\d+\b", re.I)
# "No major findings were raised" says nothing of minor ones: a "none" qualified by a severity is no all-clear.
QUALIFIED = re.compile(r"critical|zero[- ]tolerance|major|minor|serious|significant|kritisch|schwerwiegend|geringf"
                       r"|majeure?|mineure?|mayor|menor|cr[ií]tic", re.I)


def none_said(sentence: str) -> bool:
    """Whether the sentence says that no finding at all was raised (not only none of one severity)."""
    return any(not QUALIFIED.search(sentence[max(0, m.start() - 25):m.end()]) for m in NONE_STATED.finditer(sentence))


NUMBER_WORDS = {"one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eine": 1, "ein": 1, "zwei": 2, "drei": 3, "une": 1,
                "un": 1, "deux": 2, "trois": 3, "una": 1, "dos": 2, "tres": 3}
COUNTED = re.compile(rf"\b(?P<count>\d{1,2}|{'|'.join(NUMBER_WORDS)})\s+(?:(?P<severity>critical|major|minor|"
                     rf"zero[- ]tolerance)\s+)?(?:[\w-]+\s+)?{FINDING_WORDS}", re.I)


def stated_count(units: Sequence[Unit]) -> tuple[int, tuple[str, int | None] | None]:
    """How many findings the report says it raised ("one major non-conformance and 2 minor findings"), and where."""
    best: tuple[int, tuple[str, int | None] | None] = (0, None)
    for sentence, page in sentences(units):
        counts = [int(m["count"]) if m["count"].isdigit() else NUMBER_WORDS[m["count"].lower()]
                  for m in COUNTED.finditer(sentence)]
        if sum(counts) > best[0]:
            best = (sum(counts), (sentence, page))
    return best


def severity_unaccounted(units: Sequence[Unit], findings: list[AuditFindingFact]) -> tuple[str, int | None, str] | None:
    """A statement naming a finding of a severity none of the read findings has, the most severe first."""
    read = {f.severity for f in findings}
    for severity, _ in SEVERITY_SAID[:2]:  # critical and major: the ones that block or escalate
        if severity in read:
            continue
        for sentence, page in [(ln.strip(), u.page) for u in units for ln in u.text.splitlines() if ln.strip()]:
            if severity in severe_finding_named(sentence):
                return sentence, page, severity
    return None


def severe_finding_named(sentence: str) -> set[str]:
    """The severities (critical, major) of findings the sentence names; a legend that lists the severities
    ("critical / major / minor") and a statement that none were raised name none."""
    named = [name for name, pattern in SEVERITY_SAID if re.search(pattern, sentence, re.I)]
    if len(named) >= 3 or NONE_STATED.search(sentence) or not (
            re.search(FINDING_WORDS, sentence, re.I) or re.search(r"\b[A-Z]{1,5}-?\d{1,3}\b", sentence)):
        return set()
    return set(named) & {"critical", "major"}


def said_about_findings(units: Sequence[Unit]) -> tuple[str, tuple[str, int | None] | None]:
    """"none" with the statement that says so, or "unread" with the statement a person should read first."""
    said = sentences(units)
    some = next((s for s in said if SOME_STATED.search(s[0]) and not none_said(s[0])), None)
    if some:
        return "unread", some
    none = next((s for s in said if none_said(s[0])), None)
    if none:
        return "none", none
    mentioned = next((s for s in said if re.search(FINDING_WORDS, s[0], re.I)), None)
    return "unread", mentioned


# Findings written as headed blocks: "Observation 2 – Grade: MAJOR – Area: electrolyte filling",
# "Finding 1 (Major, working hours): ...", "Abweichung Nr. 3 (schwerwiegend)"; the lines below hold the due date
# and status.
BLOCK = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:[A-Za-z]+\s+)?"
                   r"(?P<label>finding|observation|non-?conformit(?:y|é)|non-?conformance"
                   r"|nc|ncr|car|abweichung"
                   r"|feststellung|befund|écart|hallazgo|no conformidad|rilievo|non conformit[àa]|afwijking"
                   r"|bevinding|constata[çc][ãa]o|n[ãa]o conformidade|point sensible|point d'attention|remarque"
                   r"|verbeterpunt)\s*(?:no\.?|nr\.?|n[°º]|#)?\s*"
                   r"(?P<number>(?:\d{4}-)?[A-Z]{0,4}-?\d{1,3}(?:\.\d{1,3})?[a-z]?)\b(?P<rest>.*)$", re.I)
SEVERITY_SAID = [  # word -> severity, most severe first
    ("critical", r"critical|zero[- ]tolerance|kritisch|critique|cr[ií]tic[oa]|\bcrit\b|business[- ]critical|kritiek"
                 r"|\bpriority (?:nc|non-?conformance|finding)"),
    ("major", r"major|\bmaj\b|schwerwiegend|haupt|wesentlich|majeure?|mayor|category 1|\bcat(?:egory|\.)? ?(?:1|a)\b"
              r"|\bclass ?a\b|\bnc-?a\b|significant|\bgraves?\b"  # "grave", not "Gravedad" (a column header)
              r"|maggiore|grote afwijking|ernstig|\bmaior\b"),
    ("minor", r"minor|\bmin\b|geringf[üu]gig|neben|leichte|mineure?|menor|category 2|\bcat(?:egory|\.)? ?(?:2|b)\b"
              r"|\bclass ?b\b|\bnc-?b\b|minore|kleine afwijking"),
    ("observation", r"observation|\bobs\b|hinweis|beobachtung|remarque|observaci[oó]n|opportunity for improvement"
                    r"|\bofi\b|recommendation|empfehlung|recommandation|recomendaci[oó]n"
                    r"|improvement (?:point|potential)|verbesserung|piste d'am[ée]lioration|point d'am[ée]lioration"
                    r"|oportunidad de mejora|advisory|osservazion|raccomandazion|observatie|aandachtspunt|aanbeveling"
                    r"|observa[çc][ãa]o|oportunidade de melhoria|point sensible|risk of non-?conformance"
                    r"|verbeterpunt"),
]
DUE_SAID = re.compile(r"\bdue\b|deadline|required by|close-?out|\b(?:close|complete|resolve) by\b|target date"
                      r"|target completion|planned completion"
                      r"|to be (?:closed|completed|implemented) by|frist|bis zum|zieldatum|\btermin\b|f[äa]llig"
                      r"|échéance|avant le|date cible|date limite|d[ée]lai|plazo|fecha l[ií]mite|fecha objetivo"
                      r"|vencimiento|fecha compromiso|fecha prevista|date pr[ée]vue|commit(?:ment|ted) date|agreed date"
                      r"|umsetzung bis|implement(?:ation date|ed by)|respond by|scadenza|entro il|uiterlijk|termijn"
                      r"|prazo|data limite|uiterste datum|streefdatum",
                      re.I)
CLOSED_WORDS = r"closed|geschlossen|erledigt|clos|cl[ôo]tur|cerrad|resuel|resolved|verified|abgeschlossen|behoben" \
    r"|chius[ao]|risolt[ao]|gesloten|afgehandeld|opgelost|fechad[ao]|encerrad[ao]|resolvid[ao]" \
    r"|sold[ée]|lev[ée]e?|subsanad|completed|ferm[ée]|completad|finalizad|r[ée]solue?s?\b|termin[ée]e?"
# Any closing word negated is open: "not closed", "nicht behoben", "non levée", "no subsanada", "pas encore soldé".
NOT_CLOSED = re.compile(rf"\b(?:(?:not|nicht|noch nicht|non|no|pas|sin)\s+(?:yet\s+|encore\s+|todav[ií]a\s+)?"
                        rf"(?:{CLOSED_WORDS}|r[ée]solu)|sin cerrar|unresolved|outstanding"
                        # closed by the supplier but not yet verified by the auditor: still open
                        rf"|(?:pending|awaiting) (?:verification|closure|review)|verification pending|to be verified)",
                        re.I)
STATUS_SAID = [("open", NOT_CLOSED),  # "Not closed" is open: asked before the word "closed" in it
               ("closed", re.compile(rf"\b(?:{CLOSED_WORDS})", re.I)),
               ("open", re.compile(r"\b(?:open|offen|ouvert|abiert|pending|in progress|ongoing|en cours|en curso"
                                   r"|en proceso|pendiente|in bearbeitung|awaiting|overdue|[üu]berf[äa]llig|en retard"
                                   r"|vencid|not started|nicht begonnen|apert[ao]|in corso|lopend|aberta|em andamento"
                                   r"|submitted)",  # "CAPA submitted": not yet verified
                                   re.I))]
STATUS_WORD = r"status|state|stand|[ée]tat|estado|statut|stato|situa[çc][ãa]o|closure(?: status)?"
STATUS_IN_PROSE = [("open", re.compile(r"\b(?:remains?|still|is) open\b|not (?:yet )?closed", re.I)),
                   ("closed", re.compile(r"\b(?:closed (?:on|out)|(?:was|been|is|were) closed|finding closed"
                                         r"|verified and closed)\b", re.I))]
RATED = re.compile(r"^(?:rating|severity|grade|classification|category|gravedad|schweregrad|einstufung|gravit[ée]"
                   r"|clasificaci[óo]n|classement|bewertung)\s*:", re.I)


# A finding's id alone on its line ("3.1 F-1"), its severity and status on the labelled lines below.
# A finding's code: "F-1", "2024-NC-1", or a number of its own ("2.1" under section 3.1).
FINDING_CODE = r"(?:\d{4}-)?[A-Za-z]{1,5}-?\d{1,4}[a-z]?|\d{1,3}\.\d{1,3}"  # "F-1", "F1", "m-2", "2024-NC-1", "2.1"
BARE_ID = re.compile(rf"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?P<number>{FINDING_CODE})\s*$")


# A finding's code leading its line, its severity and topic after a dash: "F-1 – Grade: MINOR NC – Topic: Calibration".
# Also with its grade in brackets or in bold before the dash: "- **ZT-1 (Zero tolerance)** – Falsified records".
ID_LEAD = re.compile(rf"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?P<number>{FINDING_CODE})(?:\*\*)?\s*(?:\((?P<paren>[^)]*)\))?"
                     rf"(?:\*\*)?\s*[-–—:|]\s*(?P<rest>.+)$")
TOPIC_WORDS = r"requirement|area|category|topic|subject|clause|bereich|thema|domaine|th[èe]me|exigence|[áa]rea|tema" \
    r"|requisito"


# A grade given as a level alone ("Severity: High", a cell "Medium"): high is major, medium minor, low an
# observation. Only as the whole value - "high-temperature storage" in a finding's text grades nothing.
LEVEL_SAID = {"critical": r"priority",  # RBA: a Priority nonconformance is the most severe
              "major": r"high|hoch|[ée]lev[ée]e?|alta|alto", "minor": r"medium|moderate|mittel|moyenne?|media|medio",
              "observation": r"low|niedrig|gering|faible|basse|baja|bajo"}
LEVEL = re.compile(rf"^\W*(?:(?P<critical>{LEVEL_SAID['critical']})|(?P<major>{LEVEL_SAID['major']})"
                   rf"|(?P<minor>{LEVEL_SAID['minor']})|(?P<observation>{LEVEL_SAID['observation']}))"
                   rf"(?:\s+(?:risk|risiko|risque|riesgo|priority|priorit[äé]t?|prioridad|severity))?\W*$", re.I)


GRADE_CODE = re.compile(r"\W*(?:(?:category|cat|class|grade|level|klasse|kategorie|cat[ée]gorie|categor[ií]a|weighting)"
                        r"\W*)?(?P<code>[A-E]|[IVX]{1,4}|\d|[A-Z]{1,3}-[A-Z])\W*", re.I)
LEGEND_ENTRY = re.compile(r"(?<![\w.-])(?P<code>(?:(?:category|cat\.?|class|grade|level|klasse|kategorie)\s*)?"
                          r"[A-Za-z0-9-]{1,5})\s*(?:=|[–—-]|:)\s*(?P<meaning>[^,;=\n]{3,80})", re.I)


def grade_code(text: str) -> str | None:
    """The grade code a cell or a legend names: "Cat. I" -> "i", "B" -> "b", "NC-A" -> "nc-a"."""
    match = GRADE_CODE.fullmatch(text.strip())
    return match["code"].lower() if match else None


def legend_of(units: Sequence[Unit]) -> dict[str, str]:
    """The grade codes a report defines ("Weighting: A = major deviation, B = minor deviation", "Category III -
    Opportunity for improvement"): each code with the severity its meaning names."""
    legend: dict[str, str] = {}
    for unit in units:
        for line in unit.text.splitlines():
            for entry in LEGEND_ENTRY.finditer(line):
                code, meaning = grade_code(entry["code"]), severity_in(entry["meaning"].split("(")[0]) or \
                    severity_in(entry["meaning"])
                if code and meaning and code not in legend:
                    legend[code] = meaning
    return legend


def severity_in(text: str, legend: Legend = NO_LEGEND) -> str | None:
    if legend and (code := grade_code(text)) and code in legend:
        return legend[code]
    if level := LEVEL.match(text.strip()):
        return next(name for name, said in level.groupdict().items() if said)
    return next((name for name, words in SEVERITY_SAID if re.search(words, text, re.I)), None)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]  # "Audit finding 4" -> "Finding 4"; "NC #1" stays as written


def is_block_label(line: str) -> bool:
    """A finding's field label standing alone on its line ("Severity", "Corrective action deadline", "Status")."""
    if line.partition(":")[2].strip():
        return False  # "Severity: High" holds its value
    return 0 < len(line.split()) <= 5 and not re.search(r"\d", line) and bool(
        RATED.match(line.rstrip(" :") + ":") or re.fullmatch(rf"(?:{STATUS_WORD})\s*:?", line, re.I)
        or DUE_SAID.search(line) or re.fullmatch(rf"(?:{TOPIC_WORDS})\s*:?", line, re.I))


def labels_joined(lines: list[str]) -> list[str]:
    """A two-column block rendered one cell per line ("Severity" / "Minor") as "Severity: Minor"."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if is_block_label(lines[i]) and i + 1 < len(lines) and lines[i + 1] and not is_block_label(lines[i + 1]):
            out.append(f"{lines[i].rstrip(' :')}: {lines[i + 1]}")
            i += 2
        else:
            out.append(lines[i])
            i += 1
    return out


def graded_heading(heading: re.Match[str] | None, legend: Legend) -> str | None:
    """The grade a finding's heading states: in its brackets, else in its first part ("F2 – Minor – ..."), else
    anywhere in it - so that "F2 – Minor – a major customer complained" is minor."""
    if heading is None:
        return None
    rest = heading["rest"] or ""
    first = re.split(r"\s[-–—]\s|:\s|\*\*", rest.strip("* "), maxsplit=1)[0]
    paren = heading.groupdict().get("paren") or ""
    return severity_in(paren, legend) or severity_in(first, legend) or severity_in(rest, legend)


def block_sentences(line: str, below: list[str]) -> list[str]:
    """The sentences of a finding's block: its heading line and the lines below up to the next finding."""
    block = [line] + below[:10]
    ends = next((n for n, ln in enumerate(block[1:], start=1) if BLOCK.match(ln) or BARE_ID.match(ln)
                 or ID_LEAD.match(ln)), len(block))
    lines: list[str] = []
    for ln in block[:ends]:  # a sentence wrapped over lines ("The finding remains" / "open.") is one sentence
        if lines and re.match(r"[a-zà-ÿ]", ln) and not re.search(r"[.;:!?]$", lines[-1]):
            lines[-1] += f" {ln}"
        else:
            lines.append(ln)
    return [part for ln in lines for part in re.split(r"(?<=[.;])\s+(?=[A-Z])", ln) if part]


def read_due_and_status(fact: AuditFindingFact, sentences: list[str]) -> None:
    """Fill a finding's due date and status from its block, where not read yet."""
    for sentence in sentences:
        if fact.due is None and (due := DUE_SAID.search(sentence)) and \
                (date := find_date(sentence[due.start():]) or find_date(sentence)):
            fact.due = date[0]  # "Containment done 2026-05-28; corrective action due 2026-07-31"
        for status, said in STATUS_SAID:
            if fact.status is None and re.search(STATUS_WORD, sentence, re.I) and said.search(sentence):
                fact.status = status
    if fact.status is None:  # said in prose: "the finding closed on 25.08.2026", "remains open"
        fact.status = next((status for sentence in sentences for status, said in STATUS_IN_PROSE
                            if said.search(sentence)), None)


def from_blocks(units: Sequence[Unit], base: AuditFindingFact, locator: Locator,
                legend: Legend = NO_LEGEND) -> list[AuditFindingFact]:
    facts: dict[str, AuditFindingFact] = {}
    for unit in units:
        lines = labels_joined([ln.strip() for ln in unit.text.splitlines()])
        for i, line in enumerate(lines):
            heading = BLOCK.match(line) or ID_LEAD.match(line)
            bare = BARE_ID.match(line) if not heading else None
            if not heading and not bare:
                continue
            below = [ln for ln in lines[i + 1:i + 14] if ln]
            rated = next((ln.split(":", 1)[1] for ln in below[:10] if RATED.match(ln)), "")
            label = (heading.groupdict().get("label") or "") if heading else ""
            number = heading["number"] if heading else bare["number"]  # type: ignore[index]
            # as the report writes it: "NC #1", "Écart n° 1", "Finding 4.1"; a code of its own ("F-1") alone
            finding_id = number if re.search(r"[A-Za-z]", number) and not number.startswith("-") or not label \
                else capitalised(line[heading.start("label"):heading.end("number")])  # type: ignore[union-attr]
            sentences = block_sentences(line, below)
            # the grade in the heading, on a labelled line below, or named by the heading's own word ("Point sensible")
            severity = graded_heading(heading, legend) or severity_in(rated, legend) or severity_in(label)
            if not severity:
                if finding_id in facts:  # "Finding 1 (continued) - ... Due date: ... Status: open." on the next page
                    read_due_and_status(facts[finding_id], sentences)
                continue  # a numbered finding states its severity; "Finding 1 of the summary" does not
            fact = base.model_copy(deep=True)
            fact.finding_id, fact.severity = finding_id, severity
            rest = heading["rest"] if heading else ""
            area = re.search(rf"(?:{TOPIC_WORDS})\s*:\s*([^–\-;:]+)", rest, re.I)
            paren = re.search(r"\(([^)]*)\)", rest)
            detail = [p.strip() for p in paren.group(1).split(",")[1:]] if paren else []
            described = rest.split(":", 1)[1].strip() if "):" in rest else ""
            fact.description = described or next((part.split(":", 1)[-1].strip() for part in sentences[1:]
                                                  if not DUE_SAID.search(part) and not RATED.match(part)
                                                  and not re.match(r"(?:\w+\s)?status\b|state\b|requirement\b", part,
                                                                   re.I)), None)
            read_due_and_status(fact, sentences)
            requirement = next((part.split(":", 1)[1].strip() for part in sentences[1:]
                                if re.match(rf"(?:{TOPIC_WORDS})\s*:", part, re.I)), None)
            fact.category = (area.group(1).strip() if area else detail[0] if detail else None) or requirement
            if ev := locator.evidence(line, unit.page):
                fact.evidence["finding_id"] = ev
            facts[finding_id] = fact
    for fact in facts.values():
        fact.status = fact.status or ("open" if fact.due else None)
    return list(facts.values())


ID_CELL = re.compile(rf"^(?:[A-Z]{{1,6}}(?:[-/ ]?[A-Z]{{0,4}}\d{{1,4}}){{1,3}}[A-Z]?|{FINDING_CODE}"
                     r"|(?i:finding|observation|non-?conformit[yé]|hallazgo|abweichung|feststellung|befund|[ée]cart"
                     r"|constat|no conformidad|rilievo|non conformit[àa]|afwijking|bevinding|constata[çc][ãa]o)"
                     r"\s*(?:no\.?|nr\.?|n[°º]|#)?\s*\d{1,3}[a-z]?)$")


def severity_cell(cells: list[tuple[str, str]], legend: Legend = NO_LEGEND) -> str | None:
    """The severity a row states: in the cell its header names a severity, else in a short cell that is no
    finding reference ("Observation 1" is a name, not a grade, beside "Severity: Minor")."""
    short = [(key, value) for key, value in cells if len(value.split()) <= 4]
    for chosen in ([v for k, v in short if names_a(k, SEVERITY_HEADERS)], [v for _, v in short if not ID_CELL.match(v)],
                   [v for _, v in short]):
        if severity := next((s for value in chosen if (s := severity_in(value, legend))), None):
            return severity
    return None


def header_row(line: str) -> list[str] | None:
    """A findings table's header ("CAPA No. | Finding ref. | Severity | Target date | Status | Closed on"): cells
    that name columns, not an id or a date."""
    cells = cells_in_place(line)
    if len(cells) < 3 or ID_CELL.match(cells[0].lstrip("-*•· ")) or any(find_date(cell) for cell in cells):
        return None  # a bulleted row ("- Finding 3 | Observation | Open | ...") is a finding, not a header
    return cells if sum(names_a(cell, KNOWN_HEADERS) or is_due_header(cell) for cell in cells) >= 2 else None


# The finding's own reference beside an action's ("CAPA No. | Finding ref."): the finding is what is graded.
FINDING_REF = re.compile(r"finding|\bnc\b|non-?conform|feststellung|abweichung|befund|constat|[ée]cart|hallazgo", re.I)


def from_rows(units: Sequence[Unit], base: AuditFindingFact, locator: Locator,
              legend: Legend = NO_LEGEND) -> list[AuditFindingFact]:
    """Findings as rows of cells, whatever the columns are called: "NC-01 | Observation | Closed | Calibration:
    ...", a Markdown table row, a tab-separated line. A row names an id and a severity; the rest is read by kind,
    and by its column's header where the table has one ("Closed on" is no due date)."""
    facts: list[AuditFindingFact] = []
    for unit in units:
        headers: list[str] = []
        for line in unit.text.splitlines():
            if named := header_row(line):
                headers = named
                continue
            keyed = keyed_cells(line)
            in_place = cells_in_place(line)
            if headers and not any(key for key, _ in keyed) and len(in_place) == len(headers):
                keyed = [(header, cell) for header, cell in zip(headers, in_place, strict=True) if cell]
            elif len(in_place) < 3:
                headers = []  # the table ended
            cells = [value for _, value in keyed]
            if len(cells) < 3 or not (ID_CELL.match(cells[0]) or names_a(keyed[0][0], ID_HEADERS)
                                      and re.fullmatch(r"\d{1,3}[a-z]?", cells[0])):  # "Nr.: 1; Frage: P6.4.2*; ..."
                continue
            finding_ref = next((cell for key, cell in keyed[1:] if names_a(key, ID_HEADERS) and FINDING_REF.search(key)
                                and ID_CELL.match(cell)), None)
            severity = severity_cell(keyed[1:], legend)
            statuses = [status_of(cell)[0] or next((s for s, said in STATUS_SAID if said.search(cell)), None)
                        if names_a(key, STATUS_HEADERS) else  # "Status / comments: Closed - verified on site ..."
                        next((s for s, said in STATUS_SAID if len(cell.split()) <= 6 and said.search(cell)), None)
                        for key, cell in keyed[1:]]
            if severity is None and not any(statuses):
                continue  # no finding: a row of some other table
            fact = base.model_copy(deep=True)
            fact.finding_id, fact.severity = finding_ref or cells[0], severity
            if severity is None:  # a finding whose grade is written in words we do not know: kept, to be reviewed
                fact.missing["severity"] = "severity not recognised - needs review"
            for (key, cell), status in zip(keyed[1:], statuses, strict=True):
                date = find_date(cell)
                if status and fact.status is None:
                    fact.status = status
                elif date and re.search(rf"\b(?:{CLOSED_WORDS})", key, re.I) and not is_due_header(key):
                    fact.closed_on = fact.closed_on or date[0]  # "Closed on": when it closed, not when it was due
                elif date and fact.due is None and len(cell.split()) <= 5:
                    fact.due = date[0]
                elif len(cell.split()) > 4 or ":" in cell:
                    category, _, description = cell.partition(":") if ":" in cell else ("", "", cell)
                    fact.category = fact.category or (category.strip() or None)
                    fact.description = fact.description or description.strip() or None
            if ev := locator.evidence(line.strip(), unit.page):
                fact.evidence["finding_id"] = ev
            facts.append(fact)
    return facts


def findings_unread(base: AuditFindingFact, locator: Locator, statement: tuple[str, int | None] | None,
                    why: str) -> AuditFindingFact:
    """The audit's findings, or some of them, could not be read: a fact that needs review, quoting the passage."""
    unread = base.model_copy(deep=True)
    if statement and (evidence := locator.evidence(statement[0], statement[1])):
        unread.evidence["description"] = evidence
    unread.missing["findings"] = f"{why}: needs review"
    return unread


def extract_audit_findings(units: Sequence[Unit], chunks: Sequence[Chunk], layout: list[str] | None, *,
                           source: str, supplier: str | None, labels: list[str]) -> list[AuditFindingFact]:
    locator = Locator(chunks)
    base = audit_header(units, locator)
    base.source, base.supplier, base.labels = source, supplier, labels
    legend = legend_of(units)
    findings = from_prose(units, base, locator)
    if not findings and layout:
        for number, page_text in enumerate(layout, start=1):
            findings += from_table(table_rows(page_text, legend), number, base, locator, legend)
    if not findings:
        findings = from_rows(units, base, locator, legend) or from_blocks(units, base, locator, legend)
    if findings and (unaccounted := severity_unaccounted(units, findings)):  # a finding the readers missed
        sentence, page, severity = unaccounted
        findings.append(findings_unread(base, locator, (sentence, page),
                                        f"the report mentions a {severity} finding that could not be read"))
    stated, where = stated_count(units)
    if findings and stated > len(findings) and where:  # facts that do not account for the report need a person
        findings.append(findings_unread(base, locator, where,
                                        f"the report states {stated} findings and {len(findings)} could be read"))
    if not findings:  # an audit that raised nothing is a fact too: it shows the audit took place
        verdict, statement = said_about_findings(units)
        if verdict == "none" and statement:
            none = base.model_copy(deep=True)
            none.description = statement[0]
            if evidence := locator.evidence(statement[0], statement[1]):
                none.evidence["description"] = evidence
            findings = [none]
        else:
            findings = [findings_unread(base, locator, statement, "the report mentions findings that could not be read"
                                        if statement else "no finding could be read and the report does not state "
                                        "that none were raised")]
    out = []
    for position, fact in enumerate(findings):
        main = fact.evidence.get("finding_id") or fact.evidence.get("description") or \
            fact.evidence.get("report_date") or fact.evidence.get("audit_date")
        if main is None and "findings" in fact.missing:  # unread: cite the report's first line rather than drop it
            first = next(((ln.strip(), u.page) for u in units for ln in u.text.splitlines() if ln.strip()), None)
            main = locator.evidence(*first) if first else None
        if main is None:
            continue
        fact.quote, fact.chunk_id, fact.page = main.quote, main.chunk_id, main.page
        for name in ("severity", "status", "audit_date", "report_date"):
            if getattr(fact, name) is None and fact.finding_id is not None:
                fact.missing.setdefault(name, "not stated in the report")
        out.append(fact.with_id(fact.finding_id or f"none-{position}"))
    return out  # type: ignore[return-value]

"""A minerals declaration written any way: the RMI questions (EMRT, CMRT) answered per mineral in a supplier's own
spreadsheet, a CSV export, a PDF print of the declaration tab, or a questionnaire answered in prose. Questions are
known by what they ask, not by their number or wording; each mineral's answer stands beside its name (on the
question's line, in the question's row under a column per mineral, in a record naming the mineral, or in the
lines below), or one answer is given for all minerals ("No, for all three minerals")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ingest.facts.certificates import entity_in
from ingest.facts.dates import find_date
from ingest.facts.locate import Found, Locator, after_label
from ingest.facts.models import MineralsFact, Smelter
from ingest.models import Chunk, Unit
from ingest.tables import cells_in_place, keyed_cells, keyed_row

# The minerals the RMI templates cover, by their names in the languages suppliers fill the templates in.
MINERAL_NAMES = {
    "cobalt": r"cobalt|cobalto|kobalt|钴|コバルト|코발트",
    "lithium": r"lithium|litio|l[íi]tio|锂|リチウム|리튬",
    "nickel": r"nickel|n[íi]quel|nichel|nikiel|镍|ニッケル|니켈",
    "natural graphite": r"(?:natural\s+)?graphite(?:\s+naturel)?|grafito(?:\s+natural)?|(?:natur)?graphit|grafite"
                        r"|石墨|黒鉛|흑연",
    "mica": r"mica|glimmer|mika|云母|マイカ|운모",
    "copper": r"copper|cobre|cuivre|kupfer|rame|mied[źz]|铜|銅|구리",
    "tin": r"tin|esta[ñn]o|[ée]tain|zinn|stagno|cyna|c[íi]n|锡|スズ|주석",
    "tantalum": r"tantal\w*|t[áa]ntalo|钽|タンタル|탄탈",
    "tungsten": r"tungst\w*|wolfram\w*|钨|タングステン|텅스텐",
    "gold": r"gold|oro|ouro|z[łl]oto|zlato|goud",
}
MINERAL = re.compile(r"(?<![\w-])(" + "|".join(f"(?:{p})" for p in MINERAL_NAMES.values()) + r")(?![\w-])", re.I)
THREE_TG = {"tin", "tantalum", "tungsten", "gold"}

# What each question asks, in the words of the templates' languages.
QUESTIONS = {
    "cahra": re.compile(r"conflict[- ]affected|high[- ]risk area|(?<![A-Za-z])CAHRAs?(?![A-Za-z])|zonas? de conflicto"
                        r"|alto riesgo"
                        r"|aree di conflitto|alto rischio|[áa]reas? de conflito|alto risco|conflict- en hoog\w*risico"
                        r"|dotkni[ęe]tych konflikt|wysokiego ryzyka|posti[žz]en\w* konflikt|vysoce rizikov"
                        r"|[çc]at[ıi][şs]ma|y[üu]ksek riskli|konfliktusok|magas kock[áa]zat|xung đột|rủi ro cao"
                        r"|zones? de conflit|haut risque|konflikt- und hochrisiko|hochrisikogebiet|紛争|冲突|高风险",
                        re.I),
    "identified": re.compile(r"(?:all|toutes?|todas?|alle|tutt[ie]|todos|wszystkie|všechny|t[üu]m|minden)(?![a-z])"
                             r".{0,40}"
                             r"(?:smelters?|processors?|refiners?|fonderies|affineurs|fundiciones|procesadores|hütten"
                             r"|schmelz|fonderi|raffinat|fundi[çc][õo]es|smelterij|huty|hut[ěií]|izabe|kohó)\w*.{0,40}"
                             r"(?:identif|ermittelt|zidentyfik|geïdentificeerd|tan[ıi]mlan|azonos[ií]t)"
                             r"|smelters?\W{1,3}processors? identified"
                             r"|identif\w*\s+(?:all|toutes?|todas?|alle)\b.{0,30}(?:smelters?|processors?|refiners?"
                             r"|fonderies|fundiciones)", re.I),
    "reported": re.compile(r"(?:all|toute|toda|alle)(?![a-z]).{0,60}"
                           r"(?:information|informations|información|informationen)"
                           r".{0,60}(?:reported|disclosed|communiqu|comunicad|report)", re.I),
}
# Unknown and Partially are tried first: "Non connu", "No se sabe", "Nicht bekannt" are no No.
ANSWERS = [("Unknown", re.compile(r"^(?:unknown|desconocido|inconnu|unbekannt|not known|no se sabe|sconosciut\w"
                                  r"|desconhecid\w|onbekend|nieznan\w|nezn[áa]m\w|bilinmiyor|ismeretlen|không rõ"
                                  r"|non connu|pas connu|nicht bekannt|no conocido|n[ãa]o conhecido|non noto"
                                  r"|不明|未知"
                                  r"|알 수 없음)", re.I)),
           ("Partially", re.compile(r"^(?:partial(?:ly)?|partly|in part|teilweise|partiellement|parcialmente"
                                    r"|parzialmente|gedeeltelijk|cz[ęe][śs]ciowo|[čc][áa]ste[čc]n[ěe]|k[ıi]smen|r[ée]szben"
                                    r"|delvis|osittain)", re.I)),
           ("Yes", re.compile(r"^(?:yes|y|s[íi]|sì|oui|ja|sim|tak|ano|áno|da|evet|igen|có|kyllä|是|有|はい|예)"
                              r"(?![\w-])", re.I)),
           ("No", re.compile(r"^(?:no|n|non|nein|não|nee|nie|ne|hay[ıi]r|nem|không|否|无|いいえ|아니오)(?![\w-])",
                             re.I))]
# The label an answer may stand under: "R. Non.", "Antwort: Nein", "Odpowiedź / Answer: Nie / No", "回答 Answer: はい"
ANSWER_LABEL = re.compile(r"^(?:R|A|Rép|R[ée]ponse|Antwort|Answer|Respuesta|Resposta|Risposta|Odpowied[źz]"
                          r"|Odpov[ěe][ďd]|Svar|Vastaus|Antwoord|回答|答复|답변)(?:\s*/?\s*(?:Answer|Antwort|R[ée]ponse))?\s*[.:]\s+")
# An answer told in a sentence: "our answer is therefore Yes", "notre réponse est non", "die Antwort lautet ja"
PROSE_ANSWER = re.compile(r"\b(?:answer|response|r[ée]ponse|antwort|respuesta|resposta|risposta)\s+"
                          r"(?:to (?:your|this|the) question\s+|[àa] (?:votre|cette) question\s+"
                          r"|(?:for|regarding|concerning|as to|pour|f[üu]r|para|per)\s+[^.;:]{1,40}?\s+)?"
                          r"(?:is|est|lautet|ist|es|è|é)\s+(?:therefore\s+|thus\s+|donc\s+|daher\s+|also\s+"
                          r"|por tanto\s+)?"
                          r"(\w+)", re.I)
TEMPLATE_NAMED = re.compile(r"(?<![A-Za-z])(?:EMRT|CMRT|AMRT)(?![A-Za-z])"
                            r"|(?:extended|conflict) minerals reporting template"
                            r"|responsible minerals|minerals? (?:declaration|questionnaire)|minerales? declarad"
                            r"|d[ée]claration (?:de )?minerais|mineralien", re.I)
ASM = re.compile(r"\bartisanal\w*|\bASM\b|small[- ]scale min\w*|artesanal\w*|peque[ñn]a escala|petite [ée]chelle"
                 r"|kleinbergbau|handwerklich\w* bergbau|手工|零細", re.I)
ASM_DENIED = re.compile(r"\b(?:no|not|without|kein\w*|sin|sans|aucun\w*)\b[^.;]{0,30}(?:artisanal|ASM|artesanal)",
                        re.I)
NOT_LISTED = re.compile(r"smelter not (?:yet )?listed|not (?:yet )?listed|not (?:yet )?(?:RMAP[- ])?conformant"
                        r"|not in (?:the )?RMAP"
                        r"|non[- ]conforme|no conforme|no listad\w*|non list[ée]\w*|nicht gelistet|not participating"
                        r"|not (?:yet )?(?:been )?(?:assessed|audited|enrolled)|not on (?:the )?RMI list"
                        r"|brak na li[śs]cie|未参与|不在RMI|未参加|미참여",
                        re.I)
LABELS = {
    "company": [r"company[ _]name\b", r"^\W*company\s*:", r"nom de (?:la )?soci[ée]t[ée]", r"raz[óo]n social",
                r"ragione sociale", r"raz[ãa]o social", r"bedrijfsnaam", r"nazwa (?:firmy|sp[óo][łl]ki)",
                r"n[áa]zev spole[čc]nosti", r"(?:şirket|firma) (?:ad[ıi]|unvan[ıi])", r"c[ée]gn[ée]v", r"tên công ty",
                r"^\W*empresa\b",
                r"respondent", r"firmenname", r"^\W*unternehmen\b", r"declaring company",
                r"soci[ée]t[ée] d[ée]clarante", r"^\W*(?:supplier|fournisseur|lieferant|proveedor|fornitore|fornecedor"
                r"|dostawca|dodavatel|leverancier|leverant[öo]r)\b", r"報告会社|公司名称|회사명|업체명"],
    "effective": [r"effective[ _]date", r"effective (?:as of|from)", r"date d'effet",
                  r"fecha (?:de (?:la )?declaraci[óo]n|efectiva)",
                  r"data (?:di |da |de )?(?:efficacia|vigore|entrada em vigor|declara[çc][ãa]o|dichiarazione)",
                  r"ingangsdatum", r"data (?:obowi[ąa]zywania|deklaracji)", r"datum (?:účinnosti|prohlášení)",
                  r"ge[çc]erlilik tarihi", r"hat[áa]lybal[ée]p[ée]s", r"ngày hiệu lực",
                  r"date of (?:the )?declaration", r"declaration date", r"date de (?:la )?d[ée]claration", r"stichtag",
                  r"completion date", r"datum der erkl[äa]rung", r"fecha de entrada en vigor",
                  r"valid from", r"platn[éeáý] od", r"g[üu]ltig ab", r"valable (?:à partir|d[èe]s)",
                  r"v[áa]lid[oa] desde", r"valido dal", r"geldig vanaf",
                  r"^\W*(?:published|publi[ée]e?|ver[öo]ffentlicht|date|dated|datum|fecha|data)\b\W",
                  r"申报日期|報告日|作成日|작성일"],
    "scope": [r"minerals?[ _](?:in[ _]scope|declared|covered|concerned)", r"minerales? (?:declarad|en el alcance)\w*",
              r"minerais? (?:/ m[ée]taux )?concern[ée]s", r"mineralien", r"metals? in scope", r"minerali\b",
              r"minerais\b", r"mineralen\b", r"minera[łl]y\b", r"miner[áa]ly\b", r"mineraller\b", r"ásványok",
              r"khoáng", r"minerais abrangidos|mineral\(is\) abrangido", r"対象鉱物|申报矿物|申報礦物|대상 광물"],
}


def answer(text: str) -> str | None:
    """Yes, No or Unknown, as the answer opens; None when it says none of them."""
    said = ANSWER_LABEL.sub("", text.strip(" :;–-.*|\t")).strip(" :;–-.*|\t")
    return next((name for name, pattern in ANSWERS if pattern.match(said)), None)


def minerals_in(text: str) -> list[str]:
    named: list[str] = []
    for match in MINERAL.finditer(text):
        name = next(n for n, p in MINERAL_NAMES.items() if re.fullmatch(p, match.group(1), re.I))
        if name not in named:
            named.append(name)
    return named


def question_of(line: str) -> str | None:
    return next((kind for kind, pattern in QUESTIONS.items() if pattern.search(line)), None)


def answers_beside(text: str) -> dict[str, str]:
    """ "Cobalto: Sí; Grafito natural: No", "Cobalt: Yes. Our ... Nickel: No": each mineral's answer right after it."""
    found: dict[str, str] = {}
    for match in MINERAL.finditer(text):
        said = answer(re.sub(r"^\s*[:=|–—-]?\s*", "", text[match.end():match.end() + 30]))
        if said and re.match(r"\s*[:=|–—-]", text[match.end():]):
            name = minerals_in(match.group(1))[0]
            found.setdefault(name, said)
    return found


def record_answer(line: str) -> dict[str, str]:
    """A record naming one mineral and its answer in cells of their own ("...; mineral: Lithium; value: No")."""
    cells = [cell.split(": ", 1)[-1] for cell in re.split(r";\s+|\s*\|\s*|\t", line)]
    named = [mineral for cell in cells if len(cell.split()) <= 3 for mineral in minerals_in(cell)]
    said = [a for cell in cells if (a := answer(cell)) and len(cell.split()) <= 2]
    return {named[0]: said[0]} if len(set(named)) == 1 and said else {}


def column_answers(header: list[str], row: list[str]) -> dict[str, str]:
    """The question's row under a header with a column per mineral."""
    found: dict[str, str] = {}
    for title, cell in zip(header, row, strict=False):
        if (named := minerals_in(title)) and len(named) == 1 and (said := answer(cell)):
            found[named[0]] = said
    return found


def asked_in_columns(cells: list[str]) -> list[str]:
    """The questions a table's header asks, one per column."""
    return [kind for cell in cells if (kind := question_of(cell))] if len(cells) >= 3 else []


def column_of_rows(lines: list[str], i: int, header: list[str], kind: str | None) -> dict[str, str]:
    """A table with a row per mineral and the question as a column ("Minerale | Presente | Da aree CAHRA | ..."):
    each mineral's answer is its row's cell in that column, never another column's."""
    column = next((k for k, cell in enumerate(header) if question_of(cell) == kind), None) if len(header) >= 3 else None
    found: dict[str, str] = {}
    for following in lines[i + 1:i + 40] if column else []:
        keyed = dict(keyed_cells(following)) if keyed_row(following) else {}  # a row rendered with its headers
        row = [keyed.get(title, "") for title in header] if keyed else cells_in_place(following)
        if all(set(cell) <= set("-: ") for cell in row):
            continue  # a Markdown rule under the header
        if len(row) != len(header):
            break
        named = [mineral for cell in row[:column] for mineral in minerals_in(cell)]
        if len(set(named)) == 1 and (said := answer(row[column])):  # type: ignore[index]
            found.setdefault(named[0], said)
    return found


QUESTION_START = re.compile(r"^\W*(?:Q\s?\d+[.):]?|\d{1,2}\s?[.)]|[A-H][.)])\s")  # "Q5." starts a question too


def answers_to(lines: list[str], i: int, header: list[str], columns: list[str],
               scope: list[str]) -> dict[str, str]:
    """Each mineral's answer to the question on line i: in its row, beside each mineral's name, or in the lines
    below - lone answers in the order of a flattened header's mineral columns, or one answer for all."""
    line, kind = lines[i], question_of(lines[i])
    cells = cells_in_place(line)  # a question asked as a table's column was read by answered(), column by column
    found = column_answers(header, cells) if header and len(cells) == len(header) else {}
    found = found or record_answer(line) or answers_beside(line.split("?", 1)[-1])
    if found:
        return found
    if said_in_cell := cell_answer(line):
        return dict.fromkeys(scope, said_in_cell)
    # a paragraph's answer may run onto the next lines: "... high-risk areas, our answer" / "is therefore Yes: ..."
    told = " ".join([line, *[following for following in lines[i + 1:i + 5] if following][:2]])
    if said_in_prose := prose_answer(told, scope):
        return said_in_prose
    if (tail := re.split(r"\?|\)\s+[-–—:]\s|\s[-–—]\s", line, maxsplit=1)[1:]) and (said := answer(tail[0])) \
            and (not (named := minerals_in(tail[0])) or set(named) >= set(scope)):
        return dict.fromkeys(scope, said)  # "Q3 (CAHRA) - No for all five."
    lone: list[str] = []
    mineral: str | None = None
    for following in lines[i + 1:i + 16]:  # the lines below, up to the next question
        if not following:
            continue  # a line joined to the one above
        if QUESTION_START.match(following) or question_of(following) not in (None, kind):
            break
        if (said := answer(following)) and len(following.split()) <= 2:
            if mineral:  # "Cobalt" / "Yes": a mineral's row of a PDF's table, one cell per line
                found.setdefault(mineral, said)
                mineral = None
                continue
            lone.append(said)  # "Oui" / "Non": a PDF's table cells, one per line
            continue
        if (mineral := lone_mineral(following)) or found and not lone:
            continue
        if lone:
            break
        found |= {k: v for k, v in answers_beside(following).items() if k not in found}
        named = minerals_in(following)
        if not found and said and (not named or set(named) >= set(scope)):  # "No, for all three minerals."; never
            return dict.fromkeys(scope, said)  # "No - except cobalt, which is sourced in the DRC"
        if found and set(scope) <= set(found):
            break
    if lone and len(lone) == len(columns):
        return dict(zip(columns, lone, strict=True))
    if len(lone) == 1 and len(columns or scope) <= 1:  # one mineral, one answer; an answer short of the columns
        return dict.fromkeys(columns or scope, lone[0])  # is never spread over the others
    return found


def cell_answer(line: str) -> str | None:
    """A record's answer in the cell after the question's ("Question: ... CAHRA?; Answer: No"), for all minerals."""
    cells = line.split("; ")
    for n, cell in enumerate(cells[:-1]):
        value = cells[n + 1].split(": ", 1)[-1]
        if question_of(cell) and not minerals_in(value.split(". ")[0]) and (said := answer(value)):
            return said
    return None


SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def prose_answer(line: str, scope: list[str]) -> dict[str, str]:
    """An answer told in a sentence ("... conflict-affected or high-risk areas, our answer is therefore Yes"), for
    the minerals that sentence names, else for the scope."""
    sentences = SENTENCE.split(line)
    found: dict[str, str] = {}
    for n, sentence in enumerate(sentences):  # "... our answer for cobalt is Yes: ... For nickel our answer is No."
        if (told := PROSE_ANSWER.search(sentence)) and (said := answer(told.group(1))) and \
                (question_of(sentence) or n and question_of(sentences[n - 1]) or found):
            found |= {mineral: said for mineral in minerals_in(sentence) or scope if mineral not in found}
    return found


# "Which of the following metals are present in the products?": its answer names the minerals in scope.
SCOPE_QUESTION = re.compile(r"(?:which|what|lesquel\w*|quel\w*|welche\w*|cu[áa]l\w*|qual[ie]?|któr\w*|kter\w*)\b"
                            r".{0,100}"
                            r"(?:minerals?|metals?|m[ée]taux|minerais|rohstoff\w*|metall\w*|minerales|metales|metais"
                            r"|metal[ei]|kovy|3TG)\b", re.I)
NEGATION = re.compile(r"\b(?:no|not|none|non|nicht|kein\w*|nie|pas|ni|nor|neither|n[ãa]o|ning[úu]n\w*|nessun\w*"
                      r"|geen|niet|inte|ikke|nem)\b", re.I)


def scope_answered(lines: list[str]) -> list[str]:
    """The minerals the answer to "which minerals are present?" names, less those it denies ("Tungstène : non",
    "Glimmer verwenden wir nicht", "Tantal i wolfram: nie występują")."""
    for i, line in enumerate(lines):
        if not (asked := SCOPE_QUESTION.search(line)):
            continue
        rest = line[asked.end():].rsplit("?", 1)
        said = rest[1] if len(rest) > 1 and rest[1].strip() else next((ln for ln in lines[i + 1:i + 3] if ln), "")
        said = ANSWER_LABEL.sub("", said.split(": ", 1)[-1] if said.lstrip().startswith(";") else said.strip())
        present: list[str] = []
        for clause in re.split(r"[.;]\s+|\s/\s", said):
            beside = answers_beside(clause)
            for mineral in minerals_in(clause):
                if beside.get(mineral, "Yes") == "Yes" and not (mineral not in beside and NEGATION.search(clause)):
                    present.append(mineral)
        if present:
            return list(dict.fromkeys(present))
    return []


def joined(lines: list[str]) -> list[str]:
    """A question wrapped over lines ("6) Toutes les fonderies" / "identifiés ?") as one line, each at the index
    of its first line (the others left empty), so answers are looked for below the whole question."""
    out = list(lines)
    for n in range(len(out) - 1, 0, -1):
        rows = any(re.search(r"\||;\s|:\s", line) for line in (out[n], out[n - 1]))  # cells are no wrapped text
        if re.match(r"[a-zà-ÿ(]", out[n]) and out[n - 1] and not rows and not re.search(r"[.?:!;]$", out[n - 1]):
            out[n - 1], out[n] = f"{out[n - 1].rstrip()} {out[n].strip()}", ""
    return out


def answered(lines: list[str], scope: list[str]) -> dict[str, tuple[dict[str, str], int]]:
    """Each question the declaration answers: mineral -> answer, and the line the question stands on."""
    header: list[str] = []
    columns: list[str] = []
    whole = joined(lines)
    said: dict[str, tuple[dict[str, str], int]] = {}
    for i, line in enumerate(whole):
        cells = cells_in_place(line)
        if len(minerals_in(" ".join(cells[1:]))) >= 2 and not any(answer(cell) for cell in cells):
            header = cells  # "Question | Cobalt | Nickel | Comments"
        if lone_mineral(line) and not (i and lone_mineral(whole[i - 1])):  # a flattened header's mineral columns
            run = [lone_mineral(ln) for ln in whole[i:i + 12]]
            found = run[:run.index(None)] if None in run else run
            columns = [m for m in found if m] if len(found) >= 2 else columns
        kind = question_of(line)
        if kind is None:
            continue
        for other in asked_in_columns(cells):  # a table's other question columns: "Da aree CAHRA | Tutti identificati"
            if other not in said and (answers := column_of_rows(whole, i, cells, other)):
                said[other] = answers, i
        if kind not in said and (answers := answers_to(whole, i, header, columns, scope)):
            said[kind] = answers, i
        elif kind in said and (more := record_answer(line)):  # an export's record per question and mineral
            said[kind] = {**more, **said[kind][0]}, said[kind][1]
    return said


def lone_mineral(line: str) -> str | None:
    """A line that is one mineral's name and nothing else: a flattened header's column."""
    named = minerals_in(line)
    return named[0] if len(named) == 1 and len(line.split()) <= 3 and not answer(line) and not answers_beside(line) \
        else None  # "Cobalt: No." is a mineral with its answer, not a column's name


def declares_minerals(text: str) -> bool:
    """A minerals declaration in any layout: it names a reporting template and answers one of its questions, or
    answers the conflict-affected and high-risk areas question for minerals it names, whatever it is titled."""
    lines = [ln for ln in text.splitlines()[:400] if ln.strip()]
    if not any(question_of(line) for line in lines):
        return False  # most documents ask no question of the templates: no scope to look for
    said = answered(lines, scope_of([Unit(text="\n".join(lines), page=None)], lines)[0])
    return bool(said) and (bool(TEMPLATE_NAMED.search(text[:1500])) or "cahra" in said)


VALUE_KEY = re.compile(r"^(?:value|answer|response|wert|antwort|valor|respuesta|valeur|r[ée]ponse)$", re.I)


def labelled(units: Sequence[Unit], patterns: list[str], accept: Callable[[str], bool]) -> Found | None:
    """The value of a field, also in an export's records where the field's name is a cell and its value the cell
    keyed "value" ("field: effective_date; value: 2026-03-10")."""
    for unit in units:
        for line in unit.text.splitlines():
            cells = keyed_cells(line)
            for n, (_, cell) in enumerate(cells[:-1]):
                if any(re.search(p, cell, re.I) for p in patterns) and (value := next(
                        (v for k, v in cells[n + 1:] if VALUE_KEY.match(k)), None)) and accept(value):
                    return Found(value, line.strip(), unit.page)
    return after_label(units, patterns, accept=accept)


NOT_APPLICABLE = re.compile(r"(?:does not apply|not applicable|n/a\b|none\b|nicht zutreffend|entf[äa]llt|sans objet"
                            r"|non applicable|no aplica|n[ãa]o se aplica|non applicabile)", re.I)


def asm_said(line: str, below: str) -> bool:
    """Whether the line says ASM is in the supply chain: named in an answer, or asked about in a question whose
    answer (on its line, else the next) is anything but a No - a Yes that does not repeat the words counts."""
    asked, _, told = line.rpartition("?")
    if ASM.search(told) and not ASM_DENIED.search(told):
        return True
    said = told if told.strip(" ;:|\t") else below
    said = said.split(": ", 1)[-1] if said.lstrip().startswith(";") else said  # a record's next cell: "; Key: Não."
    said = ANSWER_LABEL.sub("", said.strip())
    return bool(asked and ASM.search(asked)) and answer(said) != "No" and not NOT_APPLICABLE.match(said)


def scope_of(units: Sequence[Unit], lines: list[str]) -> tuple[list[str], Found | None]:
    """The minerals a declaration covers: as its answer to "which minerals are present?" names them, else under its
    scope label."""
    if answered_scope := scope_answered(lines):
        return answered_scope, None
    if scope_hit := after_label(units, LABELS["scope"], accept=lambda value: bool(minerals_in(value))):
        # the list, not what follows it: "... and copper. We do not use mica.", "(Graphite and Mica deleted)"
        listed = re.sub(r"\([^)]*\b(?:deleted|removed|excluded|not|except|gelöscht|supprim\w*|eliminad\w*)\b[^)]*\)"
                        r"|[☐□❏]\s*[^☑☒✓✔☐□❏]*", " ", re.split(r"\.\s", scope_hit.value, maxsplit=1)[0], flags=re.I)
        return minerals_in(listed), scope_hit
    return [], None


def extract_declaration(units: Sequence[Unit], chunks: Sequence[Chunk], *, source: str, supplier: str | None,
                        labels: list[str]) -> list[MineralsFact]:
    locator = Locator(chunks)
    lines = [(line, unit.page) for unit in units for line in unit.text.splitlines() if line.strip()]
    text = "\n".join(line for line, _ in lines)
    fact = MineralsFact(source=source, supplier=supplier, labels=labels)
    found: dict[str, Found] = {}
    fact.minerals, scope_hit = scope_of(units, [line for line, _ in lines])
    if scope_hit:
        found["scope"] = scope_hit
    said = answered([line for line, _ in lines], fact.minerals)
    for kind, (answers, at) in said.items():
        found[f"q.{kind}"] = Found(str(answers), lines[at][0], lines[at][1])
    fact.minerals = fact.minerals or sorted({m for answers, _ in said.values() for m in answers})
    if not said:
        return []  # a page about the templates answers nothing
    fact.template = "CMRT" if fact.minerals and set(fact.minerals) <= THREE_TG or "CMRT" in text[:1500] \
        and "EMRT" not in text[:1500] else "EMRT"
    question = "4" if fact.template == "CMRT" else "3"
    given = {kind: answers for kind, (answers, _) in said.items()}
    for kind, number in (("cahra", question), ("identified", "7" if fact.template == "CMRT" else "6"),
                         ("reported", "8" if fact.template == "CMRT" else "7")):
        for mineral, said_of in given.get(kind, {}).items():
            fact.answers.setdefault(mineral, {})[number] = said_of
    cahra = given.get("cahra", {})
    # a mineral the CAHRA question is answered for is in scope, whatever the scope line was read to hold: a Yes is
    # never dropped
    fact.minerals += [m for m in cahra if m not in fact.minerals]
    fact.cahra_minerals = [m for m in fact.minerals if cahra.get(m) == "Yes"]
    for mineral in fact.minerals:  # only a Yes is clean: No, Partially, Unknown and no answer read are gaps
        for kind, meaning in (("identified", "not all smelters identified"),
                              ("reported", "smelter information not all reported")):
            if given.get(kind, {}).get(mineral) != "Yes":
                fact.gaps.append(f"{mineral}: {meaning} ({given.get(kind, {}).get(mineral, 'no answer read')})")
        if cahra.get(mineral) not in ("Yes", "No"):
            fact.gaps.append(f"{mineral}: CAHRA sourcing not declared ({cahra.get(mineral, 'no answer read')})")
    for n, (line, page) in enumerate(lines):
        if not fact.artisanal_mentioned and asm_said(line, lines[n + 1][0] if n + 1 < len(lines) else ""):
            fact.artisanal_mentioned, found["asm"] = True, Found("artisanal", line, page)
        if NOT_LISTED.search(line) and len(fact.smelters) < 20:
            named = minerals_in(line)
            fact.smelters.append(Smelter(metal=named[0] if named else None, name=entity_in(line) or line[:80],
                                         comment=f"not listed: {line.strip()[:160]}"))
            found[f"smelter.{len(fact.smelters) - 1}"] = Found(line, line, page)
    if company := labelled(units, LABELS["company"], accept=lambda value: bool(re.search(r"[A-Za-z]{3}", value))):
        fact.company, found["company"] = entity_in(company.value) or company.value.split(",")[0].strip(), company
    effective = labelled(units, LABELS["effective"], accept=lambda value: find_date(value) is not None)
    if effective and (date := find_date(effective.value)):
        fact.effective, found["effective"] = date[0], effective
    for key, hit in found.items():
        if evidence := locator.evidence(hit.quote, hit.page, hit.value):
            fact.evidence[key] = evidence
    main = fact.evidence.get("q.cahra") or next(iter(fact.evidence.values()), None)
    if main is None or not fact.minerals:
        return []
    fact.quote, fact.chunk_id, fact.page = main.quote, main.chunk_id, main.page
    return [fact.with_id(fact.template)]  # type: ignore[list-item]

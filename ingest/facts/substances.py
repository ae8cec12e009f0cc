"""RoHS and REACH declarations as suppliers write them: a letter, a form of "Label: value" lines, a table of
substances, a portal export. Read by what each statement is about (the directive, the Candidate List, a
substance with its CAS number), never by one layout. One document may declare both: one fact each."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from ingest.facts.dates import REPORT_DATE_LABELS, all_dates, find_date
from ingest.facts.locate import Found, Locator, after_label, placed
from ingest.facts.model_rows import models_listed
from ingest.facts.models import Evidence, SubstanceDeclarationFact, Svhc
from ingest.facts.numbers import decimal
from ingest.facts.transport import signatory_of
from ingest.models import Chunk, Unit
from ingest.statements import Statement, statements

ROHS = re.compile(r"\bRoHS\b|2011/65/(?:E[UGC]|UE|CE)|\(EU\)\s*2015/863|2015/863", re.I)
REACH = re.compile(r"\bREACH\b|1907/2006|\bSVHCs?\b|\bSEP\s*[>≥]|substances? of very high concern"
                   r"|besonders besorgniserregend|extrêmement préoccupantes|extremadamente preocupantes"
                   r"|candidate list|kandidatenliste|liste des candidats|liste candidate"
                   r"|lista de (?:sustancias )?candidatas|lista (?:delle )?candidate|lista kandydack"
                   r"|高度关注物质|高懸念物質|고위험성\s*우려\s*물질", re.I)
DIRECTIVE = re.compile(r"2011\s*/\s*65\s*/\s*(?:E[UGC]|UE|CE)", re.I)
# The act that set the Annex II list the declaration is made against: "(EU) 2015/863", "Delegated Directive 2015/863".
AMENDMENT = re.compile(r"(?:\(EU\)\s*|EU\s+)?(20[1-3]\d)\s*/\s*(\d{2,4})(?!/)")
EXEMPTION_WORDS = re.compile(r"exempt|ausnahme|exemption|exenci[óo]n|esenzion|wy[łl][ąa]czen|vrijstelling|免除|豁免"
                             r"|適用除外|면제|annex\s*(?:III|IV)|anhang\s*(?:III|IV)|annexe\s*(?:III|IV)", re.I)
NO_EXEMPTION = re.compile(r"\bno exemptions?\b|without (?:any )?exemptions?|keine ausnahme|aucune exemption"
                          r"|sin (?:ninguna )?exenci[óo]n|nessuna esenzione|bez wy[łl][ąa]cze|not? claim\w* (?:any )?"
                          r"exemption|exemptions? (?:claimed|used|applied)\s*[:\-]?\s*(?:none|n/?a|no)\b", re.I)
EXEMPTION = re.compile(r"(?<![\w.])(\d{1,2}\s?\([a-z]\)(?:\s?[-–]\s?[IVX]+|\s?\((?:[ivx]+|I{1,3})\))?)")
CAS = re.compile(r"(?<![\d-])(\d{2,7}-\d{2}-\d)(?![\d-])")
EC_NUMBER = re.compile(r"(?<![\d-])\d{3}-\d{3}-\d(?![\d-])")
PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:%|per\s?cent|wt\.?\s?%|w/w|gew\.?-?%)", re.I)
PPM = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:ppm|mg/kg)", re.I)
CANDIDATE_LIST = re.compile(r"candidate list|SVHC[- ]list|list of (?:SVHC|substances of very high concern)"
                            r"|kandidatenliste|liste des candidats|liste candidate|lista de (?:sustancias )?candidatas"
                            r"|lista (?:delle )?candidate|lista kandydack|ECHA"
                            r"|高度关注物质|高懸念物質|후보\s*물질", re.I)
ENTRIES = re.compile(r"\b(\d{3})\s*(?:substances|entries|SVHCs?|Stoffe|Einträge|substances|sustancias|sostanze"
                     r"|substancji|物质|物質|종)\b", re.I)
# A declaration that nothing restricted or of very high concern is present above the threshold.
NONE_PRESENT = re.compile(r"\b(?:does|do|did) not contain|contain(?:s|ed)? no\b"
                          r"|\b(?:do|does|did) not exceed|n't exceed|\b(?:is|are|was|were) not exceeded|\bnever exceed"
                          r"|nicht überschr"
                          r"|ne dépass\w* pas|no (?:supera|exceden?)|non supera|nie przekracza"
                          r"|不超过|超えない|초과하지 않"
                          r"|(?:SVHCs?|SEP|substances? of very high concern|besonders besorgniserregende\w*"
                          r"|extrêmement préoccupantes|extremadamente preocupantes)[^:\n]{0,40}"
                          r"(?:[>≥]|above|over|exceed|present|contain|enthalten|über|au-dessus|supérieur|por encima"
                          r"|superior|presente)[^:\n]{0,30}[:：]\s*"
                          r"(?:no|none|nein|keine|non|aucune?|ningun[oa]|nessun[oa]|nie)\b"
                          r"|\bno (?:SVHCs?|substances?)\b[^.;]{0,60}"
                          r"(?:above|exceed|over|greater|>|in (?:a )?concentration)"
                          r"|\bfree (?:of|from)\b|\bnone\b|enth[äa]l\w* kein|keine\s+\w*\s*(?:SVHC|stoffe)"
                          r"|ne contien\w* (?:pas|aucun)|aucune? (?:SVHC|substance)"
                          r"|no contiene|ninguna (?:SVHC|sustancia)|non contien\w*|nessuna (?:SVHC|sostanza)"
                          r"|nie zawiera|不含|含まない|含有していない|포함하지 않", re.I)
COMPLIES = re.compile(r"\bcompl(?:y|ies|iant|iance)\b|\bconform(?:s|ity|e|ité)?\b|\bin accordance with\b|\bmeets?\b"
                      r"|\bfulfil|erf[üu]ll|konform|entspricht|cumple|conforme|rispett|zgodn|符合|適合|준수|충족", re.I)
# A verdict of non-compliance in so many words: it stands even beside "the other substances do not exceed ..." ...
NOT_COMPLIANT = re.compile(r"(?<!\bno )\b(?:not|non)[- ]?(?:(?:fully|entirely) )?(?:compl\w*|conform\w*)"
                           r"|nicht konform|non conforme|no cumple|no conforme|不符合|不適合|부적합", re.I)
# ... while a limit exceeded counts only where the same sentence does not deny it ("no substance exceeds").
EXCEEDED = re.compile(r"\bexceed(?:s|ed|ing)?\b"
                      r"|above (?:the )?(?:permitted |maximum |legal )?(?:limit|threshold|maximum)"
                      r"|über(?:schreit|schritten)|d[ée]pass|supera|przekracz"
                      r"|por encima de(?:l| la)? (?:l[íi]mite|concentraci[óo]n m[áa]xima|umbral)|超[过標]|초과", re.I)
SENTENCE_BREAK = re.compile(r"(?<=[.;!?])\s+(?=[A-ZÀ-Þ¿¡])")
THRESHOLD = 0.1  # % w/w: REACH Art. 33 and the usual RoHS limit; a figure at or below it is no SVHC found
PRODUCT_LABELS = [r"products? (?:covered|concerned|in scope|scope)", r"(?:part|article|model|product)s?\s*"
                  r"(?:numbers?|no\.?)", r"^\W*models?\b", r"\bproducts?\s*:", r"produkte?\b", r"produits?\b",
                  r"productos?\b", r"prodott[oi]\b", r"型号", r"品番", r"모델"]
SIGNATURE_DATE = [*REPORT_DATE_LABELS, r"^\W*(?:date|datum|fecha|data|日期|日付|날짜)\s*[:：]", r"\bdated\b",
                  r"^\W*(?:place|ort|lieu|lugar|luogo|miejsce)\s*(?:,|and|und|et|y|/)\s*(?:date|datum|fecha|data)"]


def about(statement: Statement, pattern: re.Pattern[str]) -> bool:
    return bool(pattern.search(" ".join([*statement.headings, statement.text])))


def quote_of(statement: Statement, needle: str) -> Found:
    return Found(needle, statement.line_with(needle), statement.page)


def regulations(units: Sequence[Unit]) -> list[str]:
    text = "\n".join(u.text for u in units)
    return [name for name, pattern in (("RoHS", ROHS), ("REACH", REACH)) if pattern.search(text)]


def issued(units: Sequence[Unit], said: Sequence[Statement]) -> tuple[dt.date, Found] | None:
    """The declaration's date: under a date label, else the date of a line that is not about a list, a directive
    or a validity ("valid until"), nearest the signature."""
    label = after_label(units, SIGNATURE_DATE, accept=lambda rest: find_date(rest) is not None)
    if label and (parsed := find_date(label.value)):
        return parsed[0], label
    plain = [s for s in said if not about(s, CANDIDATE_LIST) and not re.search(
        r"valid|g[üu]ltig|expir|until|bis\b|jusqu|hasta|review|next", s.text, re.I) and all_dates(s.text)]
    if plain:
        last = plain[-1] if len(plain) > 1 and plain[-1].page == plain[0].page else plain[0]
        start, end, value = all_dates(last.text)[0]
        return value, quote_of(last, last.text[start:end])
    return None


def rohs_fields(fact: SubstanceDeclarationFact, said: Sequence[Statement], found: dict[str, Found]) -> None:
    for statement in said:
        if fact.directive is None and (directive := DIRECTIVE.search(statement.text)):
            fact.directive, found["directive"] = "2011/65/EU", quote_of(statement, directive.group(0))
        if fact.amendment is None and about(statement, ROHS):
            for match in AMENDMENT.finditer(statement.text):
                year, number = match.groups()
                if (year, number) != ("2011", "65") and not statement.text[match.end():match.end() + 3].startswith("/"):
                    fact.amendment = f"(EU) {year}/{number}"
                    found["amendment"] = quote_of(statement, match.group(0))
                    break
    exemptions: dict[str, Found] = {}
    denied = False
    for statement in said:
        if NO_EXEMPTION.search(statement.text):
            denied = True
            continue
        if not about(statement, EXEMPTION_WORDS):
            continue
        for match in EXEMPTION.finditer(statement.text):
            code = re.sub(r"\s", "", match.group(1)).replace("–", "-")
            exemptions.setdefault(code, quote_of(statement, match.group(1)))
    if exemptions:
        fact.exemptions = list(exemptions)
        found["exemptions"] = next(iter(exemptions.values()))
    elif not denied:
        fact.missing["exemptions"] = "no exemption is named; the declaration does not say none is claimed"
    fact.compliant, quote = compliance(said, ROHS)
    if quote:
        found["compliant"] = quote


def compliance(said: Sequence[Statement], topic: re.Pattern[str]) -> tuple[bool | None, Found | None]:
    """False where a statement says a limit is exceeded or the product does not comply; True where one declares
    compliance or the absence of the substances; None where neither is said."""
    for statement in said:
        # sentence by sentence: "do not fully comply: DEHP at 0.21 %" and "no SVHC above 0.1 %" may share a paragraph
        for sentence in SENTENCE_BREAK.split(statement.text):
            other = (REACH if topic is ROHS else ROHS).search(sentence) and not topic.search(sentence)
            denied = NOT_COMPLIANT.search(sentence) or EXCEEDED.search(sentence) and not NONE_PRESENT.search(sentence)
            if denied and not other and (about(statement, topic) or PERCENT.search(sentence) or PPM.search(sentence)):
                return False, Found(statement.text, statement.lines[0], statement.page)
    for statement in said:
        if (COMPLIES.search(statement.text) or NONE_PRESENT.search(statement.text)) and about(statement, topic):
            return True, Found(statement.text, statement.lines[0], statement.page)
    return None, None


def svhc_rows(units: Sequence[Unit]) -> list[tuple[Svhc, Found]]:
    """Substances of very high concern named above 0.1 % w/w: a line or table row with a CAS (or EC) number, or a
    table flattened one cell per line (the substance above its number, the share below); a share at or below the
    threshold is none. Only in a document that speaks of SVHCs or substances at all."""
    out: list[tuple[Svhc, Found]] = []
    for unit in units:
        if not re.search(r"SVHC|substance|stoff|sustancia|sostanz|substancj|物质|物質|물질", unit.text, re.I):
            continue
        lines = unit.text.splitlines()
        for i, line in enumerate(lines):
            cas, ec = CAS.search(line), EC_NUMBER.search(line)
            if not (cas or ec):
                continue
            row, start = line, i
            if substance_name(line, 0) is None and i > 0:  # the number alone: its cells stand on the lines around it
                row, start = " | ".join(lines[i - 1:i + 2]), i - 1
            share = share_in(row)
            if share is not None and share <= THRESHOLD and not re.search(r">\s*0[.,]1", row):
                continue  # reported at or under the threshold
            if share is None and NONE_PRESENT.search(row):
                continue  # a CAS number in a list of what is absent
            name = substance_name(row, 0)
            if name:
                quote = "\n".join(ln.strip() for ln in lines[start:start + (3 if row != line else 1)])
                out.append((Svhc(substance=name, cas=cas.group(1) if cas else None, concentration_pct=share),
                            Found(name, quote, unit.page)))
    return out


def share_in(row: str) -> float | None:
    shares = [decimal(m.group(1)) for m in PERCENT.finditer(row)]
    shares += [v / 10_000 for m in PPM.finditer(row) if (v := decimal(m.group(1))) is not None]
    return max((s for s in shares if s is not None and s < 100), default=None)


def substance_name(line: str, where: int) -> str | None:
    """The substance named on a row before its number (or after it, when the number opens the row)."""
    cells = [c.strip(" :-–") for c in re.split(r"\s*\|\s*|\t|;\s|,\s(?=CAS)|\s{2,}", line) if c.strip(" :-–")]
    for cell in cells:
        bare = re.sub(r"\(?\b(?:CAS|EC|EINECS)\b[\s.:-]*(?:no\.?|number|nr\.?)?[\s:]*", " ", cell, flags=re.I)
        bare = CAS.sub(" ", EC_NUMBER.sub(" ", PERCENT.sub(" ", PPM.sub(" ", bare)))).strip(" ()[],;:-–")
        if len(re.findall(r"[^\W\d_]", bare)) >= 4 and not re.search(r"^(?:SVHC|substance|yes|no|above|present)\b",
                                                                     bare, re.I):
            bare = re.sub(r"\s+", " ", bare)
            return bare + ")" if bare.count("(") > bare.count(")") else bare  # its own bracket, stripped above
    return None


def reach_fields(fact: SubstanceDeclarationFact, units: Sequence[Unit], said: Sequence[Statement],
                 found: dict[str, Found]) -> None:
    for statement in said:
        if not about(statement, CANDIDATE_LIST):
            continue
        if fact.candidate_list_date is None and (dates := all_dates(statement.text)):
            start, end, value = dates[0]
            fact.candidate_list_date = value
            found["candidate_list_date"] = quote_of(statement, statement.text[start:end])
        if fact.candidate_list_entries is None and (entries := ENTRIES.search(statement.text)):
            fact.candidate_list_entries = int(entries.group(1))
            found["candidate_list_entries"] = quote_of(statement, entries.group(0))
    label = after_label(units, [CANDIDATE_LIST.pattern], accept=lambda rest: bool(all_dates(rest))) \
        if fact.candidate_list_date is None else None
    if label and (stated := all_dates(label.value)):  # "REACH Candidate List checked" above "25.06.2025 (250 entries)"
        fact.candidate_list_date, found["candidate_list_date"] = stated[0][2], label
        if fact.candidate_list_entries is None and (entries := ENTRIES.search(label.value)):
            fact.candidate_list_entries = int(entries.group(1))
    if fact.candidate_list_date is None:
        fact.missing["candidate_list_date"] = "the Candidate List version checked against is not stated"
    rows = svhc_rows(units)
    if rows:
        fact.svhcs = [svhc for svhc, _ in rows]
        found["svhcs"] = rows[0][1]
        fact.compliant = False  # an SVHC above 0.1 % must be communicated (REACH Art. 33)
        found["compliant"] = rows[0][1]
        return
    fact.compliant, quote = compliance(said, REACH)
    if quote:
        found["compliant"] = quote


def extract_substance_declarations(units: Sequence[Unit], chunks: Sequence[Chunk], *, source: str,
                                   supplier: str | None, labels: list[str]) -> list[SubstanceDeclarationFact]:
    locator = Locator(chunks)
    said = statements(units)
    date = issued(units, said)
    signer = signatory_of(units)
    products = after_label(units, PRODUCT_LABELS, accept=lambda rest: bool(models_listed(rest)))
    out = []
    for regulation in regulations(units):
        fact = SubstanceDeclarationFact(source=source, supplier=supplier, labels=labels,
                                        regulation=regulation)  # type: ignore[arg-type]
        found: dict[str, Found] = {}
        if regulation == "RoHS":
            rohs_fields(fact, said, found)
        else:
            reach_fields(fact, units, said, found)
        if date:
            fact.issued, found["issued"] = date
        else:
            fact.missing["issued"] = "the declaration is not dated"
        if signer:
            fact.signed_by, found["signed_by"] = signer.value, signer
        else:
            fact.missing["signed_by"] = "no signatory is named"
        if products and (listed := models_listed(products.value.rstrip(". "))):
            fact.products, found["products"] = listed, products
        if not placed(fact, found, locator, "compliant", "directive", "svhcs", "issued"):
            if (evidence := first_evidence(units, locator)) is None:
                continue  # nothing of it could be placed: no fact without a quote
            fact.quote, fact.chunk_id, fact.page = evidence.quote, evidence.chunk_id, evidence.page
        fact.confidence = max(0.3, 1.0 - 0.1 * len(fact.missing))
        out.append(fact)
        fact.with_id(regulation)
    return out


def first_evidence(units: Sequence[Unit], locator: Locator) -> Evidence | None:
    for unit in units:
        for line in unit.text.splitlines():
            if line.strip() and (evidence := locator.evidence(line.strip(), unit.page)):
                return evidence
    return None


# What a document that only asks for a declaration, or requires one of others, says at its head.
REQUEST = re.compile(r"\brequest|please (?:provide|send|submit)|we (?:kindly )?ask|bitte|anfrage|anforderung"
                     r"|solicitud|demande|richiesta|pro[śs]b|shall comply|must comply|specification|spezifikation"
                     r"|sp[ée]cification|especificaci[óo]n|要求|依頼|요청", re.I)
MANAGEMENT_STANDARD = re.compile(r"\b(?:ISO|IATF)\s?(?:9001|14001|45001|50001|16949)\b", re.I)


DECLARES = re.compile(r"declar|certif|statement|erkl[äa]rung|bescheinigung|d[ée]claration|attestation|declaraci[óo]n"
                      r"|dichiarazione|o[śs]wiadczenie|prohl[áa][šs]en[íi]|声明|宣言|証明|선언|확인서|compliance"
                      # the information REACH Art. 33 obliges a supplier of an article to pass on
                      r"|\bart(?:icle|ikel|[íi]culo|icolo)?\.?\s*33\b|čl\.\s*33|comunicazione|informace", re.I)


def declares_substances(head: str) -> bool:
    """A RoHS or REACH declaration by its head: it names the directive, regulation or Candidate List, is no request
    for one or requirement of one, and is no management-system certificate mentioning RoHS in its scope."""
    if not (ROHS.search(head) or REACH.search(head)) or REQUEST.search(head) or MANAGEMENT_STANDARD.search(head):
        return False
    return bool(COMPLIES.search(head) or NONE_PRESENT.search(head) or DECLARES.search(head))

"""Management-system and product-safety certificates, as four kinds of certification body and more
phrase them: label-and-value tables, prose ("remains valid through ..."), bilingual labels."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Literal

from ingest.facts.dates import find_date, find_range
from ingest.facts.locate import Found, Locator, after_label, line_matching
from ingest.facts.models import CertificateFact
from ingest.models import Chunk, Unit
from ingest.statements import Statement, statements

STANDARD = re.compile(r"\b(ISO|IATF|IEC|UL|EN)\s*(9001|14001|45001|50001|16949|62133-2|62619|62660-\d|9540A|9540"
                      r"|1642|2054|2580|2271|1973)"
                      r"(?:\s?:\s?(\d{4}))?\b")
# Legal forms that end a company's name, the longer spellings first ("GmbH & Co. KG" before "GmbH").
LEGAL_SUFFIX = (r"(?:GmbH\s*&\s*Co\.\s*KG|S\.A\.\s*de\s*C\.V\.|Sp\.\s*z\s*o\.\s*o\.|Co\.,?\s*Ltd\.?|Pvt\.\s*Ltd\.?"
                r"|Pty\.?\s*Ltd\.?|Ltd\.?|Limited|GmbH|AG|AB|S\.A\.R\.L\.|S\.A\.S\.|S\.r\.l\.|Ltda\.?|Sdn\.?\s*Bhd\.?|LLP|JSC|SpA|S\.A\.|S\.L\.|S\.p\.A\.|K\.K\.|Inc\.?|Corporation|Corp\.?|LLC|SE|B\.V\.|N\.V\."
                r"|s\.r\.o\.|a\.s\.|Kft\.?|Oy|plc|SAS|SARL)")
ENTITY = re.compile(rf"([A-Z][\w&.,'’ -]*?\b{LEGAL_SUFFIX})(?!\w)", re.I)
ARTICLE = re.compile(r"^(?:the|die|der|das|la|le)\s+", re.I)

# "n°", "nº", "N.º", "n.o": the number sign of French, Spanish, Portuguese and Italian
NUMBER_SIGN = r"(?:n\.?\s?[º°o]\.?|nr\.?)(?!\w)"
LABELS = {
    "number": [r"certificate\s+(?:registration\s+)?(?:no\.?|number|nr\.?)", r"registrier-nr\.?",
               r"registration\s+(?:no\.?|number)", r"cert\.\s*no\.?", r"registriernummer", r"zertifikat(?:s)?-?nr\.?",
               r"zertifikatsnummer", rf"{NUMBER_SIGN}\s*(?:de\s+|del\s+)?(?:certificat|certificado|certificato)\b",
               r"num[ée]ro de certificat", rf"certifica(?:t|do|to)\s+{NUMBER_SIGN}",
               r"n[úu]mero de (?:certificado|registro)", r"certificaatnummer"],
    "issued": [r"date of issue", r"certificate issued", r"issue date", r"issued on", r"g[üu]ltig ab",
               r"valid from", r"certified since", r"date of (?:initial )?certification", r"ausgestellt am",
               r"ausstellungsdatum", r"date d'[ée]mission", r"d[ée]livr[ée] le", r"fecha de emisi[óo]n",
               r"emitido el", r"\bissued\b(?!\s+by)", r"data di emissione", r"emesso il", r"datum van uitgifte",
               r"uitgiftedatum", r"data de emiss[ãa]o"],
    "expires": [r"valid until", r"valid through", r"valid thru", r"expiry date", r"expiration date",
                r"expires on", r"expires", r"g[üu]ltig(?:keit)? bis", r"valid to\b", r"date of expiry",
                r"\bexpiry\b", r"\bexpiration\b", r"valid(?:it[ée])? jusqu", r"date de fin de validit[ée]",
                r"ablaufdatum", r"valable jusqu'au", r"valide jusqu'au", r"date d'expiration", r"v[áa]lido hasta",
                r"vigente hasta", r"fecha de (?:vencimiento|caducidad|expiraci[óo]n)", r"valid till",
                r"good (?:through|until)", r"(?:validity|valid) end", r"end of validity", r"g[üu]ltigkeitsende",
                r"fin de validit[ée]", r"date d'[ée]ch[ée]ance", r"\bvence\b", r"caduca",
                r"(?:data di )?scadenza", r"valid[oa] fino al?", r"geldig tot", r"vervaldatum", r"v[áa]lido at[ée]",
                r"data de validade", r"validade"],
    "scope": [r"scope of (?:registration|certification|approval)", r"for the following scope",
              r"for the scope", r"^\s*scope\b", r"(?:siguiente )?alcance\b", r"domaine (?:suivant|d'application)",
              r"geltungsbereich", r"campo di applicazione", r"toepassingsgebied"],
    "holder": [r"management system of",
               r"(?:sistema de gesti[óo]n|syst[èe]me de management|sistema di gestione|managementsystem)\b.{0,30}?"
               r"\b(?:de|del|di|della|der|des|van)\s*$", r"^\W*organi[sz]ation\b", r"certifies that the company",
               r"^\W*certificate holder\b", r"^\W*holder\b", r"^\W*(?:zertifikats)?inhaber\b", r"^\W*titulaire\b",
               r"^\W*titular\b"],
}
PERIOD_LABELS = [r"\bvalid(?:ity)?(?: period)?\b", r"period of validity", r"g[üu]ltigkeit(?:szeitraum)?",
                 r"g[üu]ltig\s+(?:vom|von)",
                 r"validit[ée]", r"vigencia", r"validez", r"validit[àa]", r"geldigheid", r"validade"]
ISSUER_WORDS = re.compile(r"certif|register|zertifizierung|assurance|approvals?|inspection", re.I)


# UN Regulations No. 100 and 136 (REESS safety of electric vehicles and of L-category vehicles), written many
# ways: "UN ECE R100", "ECE R 100", "UN R136", "UN Regulation No. 100".
ECE_REGULATION = re.compile(r"\b(?:UN[\s/-]*)?(?:ECE[\s/-]*)?R\s?(100|136)\b|\bUN Regulation No\.?\s*(100|136)\b")


def normalise_standard(match: re.Match[str]) -> str:
    body, number, edition = match.groups()
    if body.upper() == "EN":  # a harmonised European edition: "EN 62133-2" is IEC 62133-2, "EN 9001" ISO 9001
        body = "IEC" if number.startswith("62") else "ISO"
    return f"{body.upper()} {number}" + (f":{edition}" if edition else "")


# An edition written in words after the standard: "UL 9540A, 4th Edition (2019)", "IEC 62619 Ed. 2022".
EDITION_WORDS = re.compile(r"^[\s,(]*(?:\d+(?:st|nd|rd|th)\s+)?(?:edition|ed\.|ausgabe|[ée]dition|edici[óo]n)"
                           r"\s*(?:\d(?:\.\d)?\s+)?\(?(\d{4})\b", re.I)  # also "Ed. 2 (2022)", "Ed. 1.0 (2020)"


def standard_in(units: Sequence[Unit]) -> tuple[str, Found] | None:
    """The standard a document names first, with its edition where any mention of it states one ("IEC 62133-2"
    in the title, "IEC 62133-2:2017" under Method), and the line it first stands on."""
    first = line_matching(units, STANDARD.pattern, flags=0)
    if first is None:
        return None
    name = normalise_standard(first[0])
    if ":" not in name:
        for unit in units:
            for match in STANDARD.finditer(unit.text):
                stated = normalise_standard(match)
                if stated.split(":")[0] != name:
                    continue
                words = EDITION_WORDS.match(unit.text[match.end():match.end() + 40])
                if ":" in stated or words:
                    return (stated if ":" in stated else f"{stated}:{words[1]}"), first[1]  # type: ignore[index]
    return name, first[1]


def entity_in(text: str) -> str | None:
    match = ENTITY.search(text)
    return ARTICLE.sub("", match.group(1).strip(" ,")) if match else None


def extract_certificate(units: Sequence[Unit], chunks: Sequence[Chunk], *, source: str, supplier: str | None,
                        labels: list[str]) -> list[CertificateFact]:
    locator = Locator(chunks)
    fact = CertificateFact(source=source, supplier=supplier, labels=labels)
    found: dict[str, Found] = {}

    if standard := standard_in(units):
        fact.standard, found["standard"] = standard
    for field in ("number", "scope"):
        hit = after_label(units, LABELS[field])
        if hit:
            value = hit.value.split("  ")[0].strip()
            setattr(fact, field, NUMBER_ENDS.split(value)[0].strip(" .") if field == "number" else value)
            found[field] = hit
    for field in ("issued", "expires"):
        hit = after_label(units, LABELS[field], accept=lambda rest: find_date(rest) is not None)
        date = find_date(hit.value) if hit else None
        if hit and date:
            setattr(fact, field, date[0])
            found[field] = hit
        elif hit:
            fact.missing[field] = f"no date could be read after '{hit.quote.splitlines()[0][:60]}'"
    period = after_label(units, PERIOD_LABELS, accept=lambda rest: find_range(rest) is not None)
    if period and (span := find_range(period.value)):  # "Valid: 05 Jun 2023 – 04 Jun 2026"
        for field, day in (("issued", span[0]), ("expires", span[1])):
            if getattr(fact, field) is None:
                setattr(fact, field, day)
                fact.missing.pop(field, None)
                found[field] = period
    holder = after_label(units, LABELS["holder"])
    prose = line_matching(units, rf"certify that\s+(.+?{LEGAL_SUFFIX})")
    if holder:
        fact.holder = entity_in(holder.value) or holder.value
        found["holder"] = holder
    elif prose:
        fact.holder = prose[0].group(1).strip(" ,")
        found["holder"] = prose[1]
    issuer = next(((u, line) for u in units for line in u.text.splitlines()
                   if ISSUER_WORDS.search(line) and (name := entity_in(line)) and name != fact.holder
                   and not line.lower().lstrip().startswith(("this ", "validity", "registration is"))), None)
    if issuer:
        fact.issuer = entity_in(issuer[1])
        found["issuer"] = Found(fact.issuer or "", issuer[1].strip(), issuer[0].page)

    if lapsed := status_stated(units):  # "SOSPESO con decorrenza 22/09/2026", "Status: WITHDRAWN as of ..."
        fact.status, fact.status_since, found["status"] = lapsed
    for field, hit in found.items():
        evidence = locator.evidence(hit.quote, hit.page, hit.value)
        if evidence:
            fact.evidence[field] = evidence
    for field in ("standard", "number", "holder", "issuer", "scope", "issued", "expires"):
        if getattr(fact, field) is None and field not in fact.missing:
            fact.missing[field] = "not stated in the document" if field != "expires" else \
                "no expiry date found (looked for 'valid until', 'valid through', 'expiry date', 'expires on', ...)"
    main = fact.evidence.get("expires") or fact.evidence.get("number") or fact.evidence.get("standard")
    if main is None:
        return []  # nothing certificate-like could be read: no fact rather than an empty one
    fact.quote, fact.chunk_id, fact.page = main.quote, main.chunk_id, main.page
    fact.confidence = round(1.0 - 0.1 * len(fact.missing), 2)
    return [fact.with_id(fact.number or fact.standard or "certificate")]  # type: ignore[list-item]


# Where a certificate number written in a sentence ends: "CQ-0452/18 (ISO 14001) held by ..."
NUMBER_ENDS = re.compile(r"\s+\(|,\s|\s+[-–]\s|\s+(?:held|issued|for|of|is|granted)\b"
                         r"|\s+(?:[\w.]+\s+){0,3}[\w.]+:\s")  # "AC-IATF-1712-03 IATF Certificate No.: 0498765"
# A certificate not in force: suspended or withdrawn (revoked, cancelled) by its body, in the languages certificates
# and register printouts use. Said of the certificate as a fact, never as a condition ("may be suspended", "will be
# withdrawn if ...", "sarà revocato") or denied ("not suspended").
Lapse = Literal["suspended", "withdrawn"]
LAPSED: list[tuple[Lapse, str]] = [
    ("withdrawn", r"withdrawn|revoked|cancell?ed|zur[üu]ckgezogen|widerrufen|entzogen|retir[ée]e?|r[ée]voqu[ée]e?"
                  r"|annul[ée]e?|revocad[oa]|retirad[oa]|cancelad[oa]|revocat[oa]|ritirat[oa]|ingetrokken"),
    ("suspended", r"suspended|sospes[oa]|suspendue?|suspendid[oa]|ausgesetzt|suspendiert|geschorst|opgeschort")]
NEGATED = re.compile(r"\b(?:not|nicht|non|pas|no|niet|never|nie|nunca|mai)\s+(?:\w+\s+)?$", re.I)
# Not "si" or "se" before the word: in Spanish, Italian and French they are as often the reflexive pronoun of a
# statement ("El certificado se encuentra suspendido", "si intende sospeso") as the "if" of a condition.
MODAL = re.compile(r"\b(?:if|unless|may|might|can|could|will|would|shall|should|must|otherwise|wenn|falls|sofern"
                   r"|kann|können|wird|werden|peut|peuvent|sera|seront|puede|pueden|ser[áa]|ser[áa]n|pu[òo]"
                   r"|possono|sar[àa]|saranno|kan|kunnen|zal|zullen|indien)\b", re.I)
# "... is suspended if a surveillance audit is not performed": a condition, not a status. Not "when": "suspended on
# 3 June when the surveillance audit was missed" states a suspension.
CONDITION_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:if|unless|in case|should|wenn|falls|sofern|si|se|en caso"
                             r"|qualora|indien|tenzij)\b", re.I)
ATTRIBUTIVE = re.compile(r"^\s+(?:(?:or|and|oder|und|ou|et|o|y|e|of)\s+\w+\s+)?(?:certific|zertifik)", re.I)


def status_stated(units: Sequence[Unit]) -> tuple[Lapse, dt.date | None, Found] | None:
    """("suspended" | "withdrawn", since when, where) when the document states the certificate is not in force."""
    for statement in statements(units):
        text = statement.text
        for status, words in LAPSED:
            said = re.search(rf"\b(?:{words})\b", text, re.I)
            if not said or not re.search(r"certif|zertifikat|status|stato|estado|statut", text, re.I):
                continue
            before, after = text[max(0, said.start() - 40):said.start()], text[said.end():]
            # "not withdrawn", "may be suspended", "suspended if ...", "a withdrawn certificate is invalid"
            if NEGATED.search(before) or MODAL.search(before) or ATTRIBUTIVE.match(after) \
                    or CONDITION_AFTER.match(after):
                continue
            since = find_date(text[said.end():said.end() + 60])
            return status, since[0] if since else None, Found(statement.lines[0], statement.lines[0], statement.page)
    return None


def read_validity(fact: CertificateFact, statement: Statement, locator: Locator) -> bool:
    """A validity the claim reader found in wording no label knew ("Gültig vom 27. Mai 2026 bis 24. August 2028"):
    the period's end is the expiry. Whether it could be read."""
    span = find_range(statement.text)
    if span is None or fact.expires is not None:
        return False
    evidence = locator.evidence(statement.line_with(span[2].split()[0]), statement.page, span[2])
    if evidence is None:
        return False
    fact.issued = fact.issued or span[0]
    fact.expires = span[1]
    fact.evidence["expires"] = evidence
    for field in ("issued", "expires"):
        if getattr(fact, field) is not None:
            fact.missing.pop(field, None)
    fact.quote, fact.chunk_id, fact.page = evidence.quote, evidence.chunk_id, evidence.page
    fact.confidence = round(1.0 - 0.1 * len(fact.missing), 2)
    return True

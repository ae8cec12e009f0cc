"""A document's type from what it says (and, for the buyer's own folders, where it sits): layout and
wording rules first, precise on the forms they know; then, for a document they leave "other", what its
statements are like - the nearest of the labelled example statements in ingest/doctypes.yaml (MiniLM
cosine). A document still "other" that holds statements like governance evidence is not silently
dropped: it carries a warning naming the passage, which ingest, status and the onboarding card show."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from importlib import resources

import numpy as np
import yaml

from ingest.facts.certificates import LABELS as CERTIFICATE_LABELS
from ingest.facts.contracts import late_penalty_of, read_by_vocabulary
from ingest.facts.declarations import declares_minerals
from ingest.facts.extract import first_statement
from ingest.facts.footprint import declares_footprint, reports_figures
from ingest.facts.kpis import (
    columns_listed,
    document_year,
    is_kpi_header,
    measures_named,
    monthly_columns,
    monthly_numbers,
)
from ingest.facts.profiles import looks_like_profile
from ingest.facts.substances import declares_substances
from ingest.facts.transport import TEST_NAMED
from ingest.models import ParsedDocument
from ingest.statements import sentences, statements

# Commercial and logistics papers named in their title: a packing list that mentions "UN 38.3 test summary
# available on request" is still a packing list, a certificate of analysis is no management-system certificate.
PAPERS = re.compile(r"^\W*(?:packing (?:list|slip)|packliste|versandliste|liste de colisage|bordereau de livraison"
                    r"|lista de empaque|delivery note|dispatch note|shipping (?:list|note)|lieferschein"
                    r"|bon de livraison|albar[áa]n|nota de entrega|(?:commercial |proforma |pro-forma )?invoice"
                    r"|rechnung|facture|factura|(?:air )?(?:bill of lading|waybill)"
                    # batch and product papers, not management-system certificates
                    # ("Certificate of Conformity - Management System" is one: conformity is not in this list)
                    r"|certificate of (?:analysis|origin)|(?:batch |lot )?(?:analysis|inspection|material|mill test)"
                    r" certificate|analysenzertifikat|(?:werks|abnahmepr[üu]f)zeugnis|certificat d'analyse"
                    r"|certificado de an[áa]lisis"
                    # offers, price lists, data sheets: they name tests and standards a product was tested to
                    r"|quotation|quote no|(?:price|preis)list[e]?|price list|liste de prix|lista de precios|angebot"
                    r"|offre de prix|devis|cotizaci[óo]n|presupuesto|tarifa de precios|tarif\w* \d{4}"
                    r"|packaging (?:specification|instruction)|verpackungs(?:vorschrift|richtlinie|anweisung)"
                    r"|sp[ée]cification d'emballage|especificaci[óo]n de embalaje"
                    r"|(?:material )?safety data sheet|sicherheitsdatenblatt|fiche de donn[ée]es de s[ée]curit[ée]"
                    r"|(?:ficha|hoja) de datos de seguridad|(?:product |technical )?data ?sheet|datenblatt"
                    r"|fiche technique|ficha t[ée]cnica)\b",
                    re.M)
BATCH_PAPER = re.compile(r"re-?test date|\b(?:batch|lot) (?:no\.?|number)|\bbatch\b.{0,40}\bconform|date of manufacture"
                         r"|\bcharge\b|\blote\b|\bnum[ée]ro de lot")
MS_STANDARD = re.compile(r"\b(?:iso(?:/(?:ts|iec))?|iatf|ohsas)\s*(?:9001|14001|45001|50001|16949|27001|18001)")
# A quotation or price list titled after the company's name: "苏州天瑞电池科技有限公司 报价单 / Price list"
QUOTE_TITLE = re.compile(r"报价单|報價單|見積書|御見積|견적서|\bprice list\b|\bpreisliste\b|\bliste de prix\b"
                         r"|\blista de precios\b|\bquotation\b")
# An event's flyer or programme: a forum on conflict minerals speaks like a declaration and declares nothing.
EVENT_TITLE = re.compile(r"\b(?:forum|conference|congress|summit|webinar|seminar|symposium|workshop|konferenz|kongress"
                         r"|tagung|fachmesse|congr[èe]s|colloque|conferencia|congreso|jornadas?|convegno)\b")
EVENT_DETAILS = re.compile(r"\b(?:registration|register now|anmeldung|inscription|inscripci[óo]n|iscrizione|speakers?"
                           r"|referent\w*|intervenants|ponentes|venue|veranstaltungsort|fee|teilnahmegebühr)\b")
ORDER_TITLE = re.compile(r"^\W*(?:purchase order|bestellung|bon de commande|orden de compra|pedido de compra"
                         r"|ordine (?:di )?acquisto|zam[óo]wienie|objedn[áa]vka)\b", re.I | re.M)
TITLE_AREA = 300  # characters: a paper is what its title says, not what it mentions further down
MARKETING = re.compile(r"brochure|brosch[üu]re|catalog(?:ue)?\b|katalog|folleto|prospekt|flyer|\bmarketing\b|newsletter"
                       r"|브로슈어|宣传|カタログ|パンフレット", re.I)
DECLARATION_AREA = 600  # a RoHS or REACH declaration says so in its title or its opening sentence
# An agreement or a part of one by its title, in the languages suppliers write: with service levels the contract
# reader can read, it is a contract whatever its title's exact words ("Contract-cadru de furnizare", "Rámcová kúpna
# zmluva", "Minőségbiztosítási megállapodás", "Stok yönetimi ve lojistik sözleşmesi", "Vedlegg 2 – SLA").
AGREEMENT_TITLE = re.compile(r"contract|agreement|\bterms and conditions\b|addendum|amendment|side letter|\bannex"
                             r"|schedule|exhibit|\bSLA\b|service level|vertrag|vereinbarung|\banlage\b|\banhang\b"
                             r"|contrat|accord|avenant|annexe|acuerdo|convenio|anexo|adenda|acordo|aditivo|allegato"
                             r"|overeenkomst|bijlage|umow|za[łl][ąa]cznik|smlouv|zmluv|p[řr][íi]loh|szerz[őo]d[ée]s"
                             r"|meg[áa]llapod[áa]s|mell[ée]klet|s[öo]zle[şs]me|avtal|aftale|vedlegg|bilag|bilaga"
                             r"|sopimus|liite|hợp đồng|phụ lục|สัญญา|協定|契約|合同|协议|계약", re.I)
SERVICE_LEVELS_OF_A_CONTRACT = 2
# An audit titled as one, whatever kind ("Quality System Audit", "Supplier Process Audit").
AUDIT_TITLE = re.compile(r"^\W*(?:[\w-]+ ){0,3}audit\s*$", re.M)

# Battery safety standards and regulations, also written "IEC62133-2", "UL9540A", "UN ECE R100".
SAFETY_STANDARD = r"(?:iec|en|ul|kc|is)\s*-?\s*(?:62133|62619|62660|9540a|1642|2054|2580|2271|1973|16046)" \
    r"|\bjis\s*c\s*-?\s*87(?:12|14|15)|\bgb(?:/t)?\s*(?:31241|31484|31485|31486|36276|38031|40165)" \
    r"|\b(?:un|ece)[\s/-]*r\s?(?:100|136)\b|\bun regulation no\.?\s*(?:100|136)\b"

RULES: list[tuple[str, re.Pattern[str]]] = [
    ("profile", re.compile(r"^\W*(?:supplier|vendor) (?:onboarding|registration|master data|information|profile) "
                           r"(?:form|sheet|record)\b|^\W*(?:supplier|vendor|company) (?:profile|master data)\b"
                           r"|^\W*(?:lieferanten)?stammdaten|^\W*fiche (?:fournisseur|d'identification)"
                           r"|^\W*ficha (?:de(?:l)? )?proveedor|^\W*datos maestros", re.M)),
    ("test_summary", re.compile(r"38\.3.{0,80}(?:test summary|prüfzusammenfassung|résumé|riepilogo|samenvatting"
                                r"|resumo)|(?:test summary|prüfzusammenfassung|résumé des essais"
                                r"|resumen de (?:los )?ensayos|riepilogo (?:delle )?prove|resumo dos ensaios).{0,600}"
                                r"(?:38\.3|manual of tests and criteria)", re.S)),
    ("questionnaire", re.compile(r"self-assessment|questionnaire")),
    # Workbooks are recognised by their format; in prose only a statement or smelter list declares anything
    # (a page that merely describes the reporting templates does not).
    ("minerals_declaration", re.compile(r"due diligence statement|smelter (?:and|or) refiner list")),
    ("contract", re.compile(r"(?:(?:supply|purchase|quality|framework)\s+(?:and quality\s+|assurance\s+)?agreement"
                            r"|contrato (?:marco )?de (?:suministro|compra)|acuerdo (?:marco|de suministro|de calidad)"
                            r"|(?:rahmen|liefer|kauf)(?:liefer)?vertrag|(?:qualitätssicherungs|liefer)vereinbarung"
                            r"|contrat(?:-cadre| cadre)? (?:de fourniture|d'achat|d'approvisionnement)"
                            r"|accord(?:-cadre)? (?:de fourniture|de qualité)"
                            # Italian, Portuguese, Dutch, Polish, Czech, Turkish, Hungarian, Vietnamese
                            r"|contratto (?:quadro )?di (?:fornitura|acquisto)|accordo quadro|accordo (?:di )?qualit"
                            r"|contrato (?:quadro )?de (?:fornecimento|compra)"
                            r"|(?:leverings|raam|kwaliteits)overeenkomst"
                            r"|umowa (?:ramowa|dostawy|jako[śs]ciowa)|(?:r[áa]mcov[áa]|kupn[íi]) smlouva"
                            r"|smlouva o dod[áa]vk|tedarik s[öo]zle[şs]mesi|[çc]er[çc]eve s[öo]zle[şs]me"
                            r"|sz[áa]ll[íi]t[áa]si szerz[őo]d[ée]s|keretszerz[őo]d[ée]s|hợp đồng"
                            r"|(?:leverans|ram|kvalitets)avtal|(?:toimitus|puite|laatu)sopimus"
                            r"|service level agreement|side letter)"
                            r".{0,400}(?:buyer|purchaser|comprador|käufer|auftraggeber|besteller|acheteur|client"
                            r"|acquirente|committente|fornitore|fornecedor|koper|afnemer|leverancier|kupuj[ąa]cy"
                            r"|zamawiaj[ąa]cy|dostawca|kupuj[íi]c[íi]|objednatel|dodavatel|al[ıi]c[ıi]|tedarik[çc]i"
                            r"|vev[őo]|megrendel[őo]|sz[áa]ll[íi]t[óo]|bên mua|bên bán|k[öo]par\w*|leverant[öo]r"
                            r"|best[äa]llar\w*|ostaja|toimittaja|supplier|vendor|partijen|parties|parteien|partes"
                            r"|以下「甲」|甲方|买方|買主|발주자|\(갑\))"
                            # an agreement titled in Chinese, Japanese or Korean, its parties named 甲 and 乙
                            r"|(?:協定|契約|协议|合同|계약).{0,400}(?:甲方|[「『\"“(]\s*(?:甲|갑)\s*[」』\"”)])",
                            re.S)),
    ("audit_report", re.compile(r"audit\W{1,3}(?:summary\W{1,3})?report|audit summary|ethical audit|auditbericht"
                                r"|rapport d'audit|informe de auditor[ií]a|rapporto di audit|auditrapport"
                                r"|relat[óo]rio de auditoria"
                                r"|(?:validated|social|compliance|process|quality|environmental|supplier) audit\b")),
    ("standard", re.compile(r"\bdin\b[^\n]{0,30}\bspec\b|normative references|this (?:standard|specification) "
                            r"(?:specifies|defines)")),
    ("test_report", re.compile(rf"test report|{SAFETY_STANDARD}|prüfbericht|rapport d'essai|informe de ensayo"
                               r"|rapporto di prova|testrapport|relat[óo]rio de ensaio"
                               r"|试验报告|检验报告|检测报告|試験報告書|試験成績書|시험\s?성적서|시험\s?보고서")),
    # A certificate names itself and states a number or a validity, under any label its reader knows.
    ("certificate", re.compile(r"(?:certif|zertifikat).{0,600}(?:" + "|".join(
        [*CERTIFICATE_LABELS["expires"], *CERTIFICATE_LABELS["number"], r"(?:remains?|is|stays) in force (?:until|to)",
         r"in kraft bis", r"valable", r"vigente"]) + ")", re.S)),
    ("policy", re.compile(r"\A\W*(?:\S+\s+){0,3}code of conduct\b|(?:policy|procedure|standard).{0,200}document id|"
                          r"document id.{0,200}(?:policy|procedure|standard)", re.S)),
]


UN38_TESTS = re.compile(r"^\W*T\.\s?([1-8])\b", re.M)


# Evidence of its own kind names itself where a reader looks first - in a title, heading or label among the opening
# lines ("CERTIFICATE", "Prüfbericht Nr. ...", "Supplier Quality Audit"): notes, letters or e-mails that mention a
# certificate, a test or an audit in a sentence are not one, and what they claim goes to the review queue.
NAMED_AS = {
    "certificate": re.compile(r"certif|zertifi|certyfikat|sertifi|registration|registrierung|attestation"
                              r"|证书|證書|認証|認定|登録証|인증", re.I),
    "test_report": re.compile(rf"test|pr[üu]f|essai|ensayo|prova|ensaio|zkou[šs]|bada[ńn]|rapport|report"
                              rf"|bericht|informe|relat[óo]rio|verslag|试验|检验|检测|報告|試験|성적|시험"
                              rf"|{SAFETY_STANDARD}", re.I),
    "audit_report": re.compile(r"audit|auditor[ií]a|revisione|assessment|bewertung", re.I),
}
BUYER_TYPES = {"policy", "standard"}  # the buyer's own rules and the standards they cite: never from a supplier
OPENING_LINES = 25  # non-empty lines of a document's opening, where its title, headings and labels stand
LABEL_WORDS = 12  # a line this short names something; a longer one says something about it


def named_as(doc_type: str, document: ParsedDocument) -> bool:
    """Whether a document typed as evidence of its own kind names that kind in a title, heading or label line of
    its opening - or in its own title - rather than only in a sentence. Other types need no such name."""
    pattern = NAMED_AS.get(doc_type)
    if pattern is None:
        return True
    if document.title and pattern.search(document.title):
        return True
    opening = [line for line in document.text[:8000].splitlines() if line.strip()][:OPENING_LINES]
    return any(len(line.split()) <= LABEL_WORDS and pattern.search(line) for line in opening)


def classify(relative: str, document: ParsedDocument, area: str | None) -> str:
    name = relative.rsplit("/", 1)[-1].lower()
    if area == "policy":
        return "policy"
    if area == "standard":
        return "standard"
    if document.format == "xlsx-rmi":
        return "minerals_declaration"
    if document.format == "yaml" and ("profile" in name or "onboarding" in name or "Legal name:" in document.text):
        return "profile"
    if document.format == "csv" and measures_named(document.text.split("\n", 1)[0]):
        return "kpi"
    head_lines = document.text.splitlines()[:30]  # the whole text split once, not once per test
    year = document_year(head_lines)  # the title's year, for months named without it
    if any(is_kpi_header(line, year) for line in head_lines[:12]) or columns_listed(head_lines[:12]) \
            or monthly_numbers(head_lines) or monthly_columns(head_lines, year):
        return "kpi"  # a scorecard: a header naming at least two KPIs, or figures month by month
    if declares_minerals(document.text):  # the RMI questions answered in a supplier's own layout
        return "minerals_declaration"
    if ORDER_TITLE.search(document.text[:TITLE_AREA]) and any(late_penalty_of(s) for s in statements(document.units)):
        return "contract"  # a purchase order whose special terms bind the supplier to a late-delivery penalty
    head = document.text[:5000].lower()
    if not (is_paper(head) or is_notes(head)) and (declaration := declared(document)):
        return declaration  # a RoHS/REACH, carbon-footprint or ESG document: its form has labels like a profile's
    if looks_like_profile(document.text):  # a master-data form by its structure, in any language or layout
        return "profile"
    if is_paper(head) or is_notes(head):
        return "other"  # what its title says, whatever tests it lists (a laboratory's quotation for T.1-T.8)
    if AGREEMENT_TITLE.search(document.text[:TITLE_AREA]) and OBLIGATION.search(document.text) \
            and len(read_by_vocabulary(statements(document.units), set(), amended=False)) \
            >= SERVICE_LEVELS_OF_A_CONTRACT:
        return "contract"  # an agreement by its title that sets service levels, in any language
    if ("summary" in head[:600] or "38.3" in head) and (len(set(UN38_TESTS.findall(document.text))) >= 6
                                                        or len(set(TEST_NAMED.findall(document.text))) >= 4):
        return "test_summary"  # a UN 38.3 summary listing the T.1-T.8 results, whatever its title says
    return by_earliest_rule(head)


def declared(document: ParsedDocument) -> str | None:
    """A RoHS/REACH, carbon-footprint or ESG document, by what it declares - asked before the title rules, so that
    "Certificate of Compliance ... RoHS" is a declaration; a management-system certificate names its standard and is
    none (declares_substances), nor is a brochure that quotes its footprint."""
    if MARKETING.search(document.text[:TITLE_AREA]):
        return None
    if declares_footprint(document.units):
        return "carbon_footprint"
    if declares_substances(document.text[:DECLARATION_AREA]):
        return "substance_declaration"
    if reports_figures(document.units):
        return "esg_report"
    return None


# Notes of a meeting, call or visit by their title ("Quarterly Business Review – Minutes", "Call notes",
# "Compte rendu de visite"): they mention certificates, tests and audits, and are none of them.
NOTES_TITLE = re.compile(r"\bminutes\b|^\W*agenda\b|tagesordnung|ordre du jour|orden del d[ií]a"
                         r"|\b(?:meeting|call|visit|review|phone|telephone|conference)\s+"
                         r"(?:notes|memo|report)\b|^\W*(?:call|meeting|visit) with\b|\bnotes of\b|compte[- ]rendu"
                         r"|\bprotokoll\b|besprechung"
                         r"|gespr[äa]chsnotiz|aktennotiz|acta de (?:la )?reuni[óo]n|verbale di riunione|notulen", re.I)
# ... or by the people present, listed at the top ("Attendees: ...", "Participants: ...").
ATTENDEES = re.compile(r"^\W*(?:attendees|participants|teilnehmer(?:innen)?|asistentes|partecipanti|aanwezig)\s*:"
                       r"|[·|]\s*participants\s*:", re.I | re.M)


def is_notes(text: str) -> bool:
    """Notes of a meeting, call or visit, by their title or the people present: never evidence of a type of their
    own, but what they say is still flagged for review ("they hold a valid ISO 45001 certificate until 2028")."""
    opening = [line for line in text[:2000].splitlines() if line.strip()][:4]
    return bool(opening and NOTES_TITLE.search(opening[0]) or ATTENDEES.search("\n".join(opening)))


def is_paper(text: str) -> bool:
    """A commercial or logistics paper by its title: "other" for good, whatever its statements resemble. So are an
    event's flyer and a "certificate" for a batch or lot with a retest date that names no management-system
    standard: every management-system certificate names its standard (ISO 9001, IATF 16949 ...)."""
    head = text[:5000].lower()
    if PAPERS.search(head[:TITLE_AREA]) or QUOTE_TITLE.search(head.split("\n", 1)[0]):
        return True
    if EVENT_TITLE.search(head[:TITLE_AREA]) and EVENT_DETAILS.search(head):
        return True
    return "certif" in head[:TITLE_AREA] and bool(BATCH_PAPER.search(head)) and not MS_STANDARD.search(head)


def by_earliest_rule(head: str) -> str:
    """The type whose rule matches first in the document: the title and opening lines say what a document is,
    a phrase further down ("internal audit reports were reviewed" on a certificate) only mentions another kind.
    Rules read the text with line breaks as spaces (same offsets), so a phrase wrapped over two lines matches."""
    flat = head.replace("\n", " ")
    if is_paper(head) or is_notes(head):
        return "other"
    found = [(m.start(), order, doc_type) for order, (doc_type, pattern) in enumerate(RULES)
             if (m := pattern.search(head if pattern.flags & re.M else flat))]
    if (title := AUDIT_TITLE.search(head)) and title.start() < TITLE_AREA:
        found.append((title.start(), len(RULES), "audit_report"))
    doc_type = min(found)[2] if found else "other"
    if doc_type == "test_summary" and re.search(SAFETY_STANDARD, flat) \
            and len(set(TEST_NAMED.findall(head.upper()))) < 4:
        return "test_report"  # a safety report that mentions a UN 38.3 summary lists no T.1-T.8 results of its own
    return doc_type


# A statement that denies a kind of document ("no audit was performed", "this is not a certificate") says nothing
# for that kind, however alike its words are.
DENIED = re.compile(r"\b(?:no|not an?|never an?|kein\w*|pas d'|aucune?|sin|ning[uú]n\w*)\s+(?:\w+\s+)?"
                    r"(?:audit|certificat|zertifikat|test|pr[üu]fung|contrat|contract)\w*\b"
                    # "no audit findings", "no test failures": a result of the document, which speaks for it
                    r"(?![\s-]+(?:findings?|results?|observations?|deviations?|non-?conformit|failures?|issues?"
                    r"|befunde?|abweichung|feststellung|constat|[ée]carts?|hallazgo))", re.I)
STATEMENT_MIN = 0.5  # a statement at least this like an example of a type speaks for that type
MARGIN_OVER_OTHER = 0.05  # ... and this much more than like any non-governance example
SURE = 0.6  # one statement this like a type's example is enough on its own
LEANING = 0.4  # ... or several statements at least this like one type's examples, and mostly that type:
LEANING_VOTES, LEANING_SHARE = 3, 0.6
MAX_STATEMENTS = 80  # the head of a long document says what it is
UNTYPED_WARNING = "typed 'other', but it holds statements like governance evidence - needs review: "


# A contract names itself one or binds its parties: a brochure promising "99 % on-time delivery" talks like a service
# level, and is none.
OBLIGATION = re.compile(r"vertrag|vereinbarung|overeenkomst|s[öo]zle[şs]me|szerz[őo]d[ée]s|hợp đồng|avtal|sopimus"
                        r"|meg[áa]llapod[áa]s|zmluv|zav[äa]zuje|forplikt|se oblig[ăa]|cam kết|สัญญา|aftale"
                        r"|\b(?:agreement|contract|contrat\w*|acuerdo|convenio|accordo|umowa|smlouva|term sheet"
                        r"|shall|must|agrees?|undertakes?|owes?|liable|verpflichtet|schuldet|s'engage|se obliga"
                        r"|deber[áa]|si impegna|obriga-se|zobowi[ąa]zuje|zavazuje|verplicht|taahh[üu]t|k[öo]teles)"
                        r"|協定|契約|合同|协议|계약", re.I)


def binding(doc_type: str, document: ParsedDocument) -> bool:
    return doc_type != "contract" or bool(OBLIGATION.search(document.text))


@dataclass(frozen=True)
class Typed:
    doc_type: str
    statement: str | None = None  # when the document stays "other" but this statement reads like evidence

    @property
    def warning(self) -> str | None:
        return UNTYPED_WARNING + repr(self.statement) if self.statement else None


def said_in(document: ParsedDocument) -> list[str]:
    """The document's sentences of 2 to 60 words (a title says much), the head of the document first."""
    return [s for s, _ in sentences(document.units) if 2 <= len(s.split()) <= 60][:MAX_STATEMENTS]


class Classifier:
    def __init__(self, embed: Callable[[Sequence[str]], np.ndarray]):
        self.embed = embed  # normalised vectors (the ingest's embedder)

    @cached_property
    def _examples(self) -> tuple[list[str], np.ndarray]:
        data = yaml.safe_load(resources.files("ingest").joinpath("doctypes.yaml").read_text(encoding="utf-8"))
        labels = [name for name, examples in data["types"].items() for _ in examples]
        texts = [example for examples in data["types"].values() for example in examples]
        return labels, np.asarray(self.embed(texts), dtype=np.float32)

    def classify(self, relative: str, document: ParsedDocument, area: str | None) -> Typed:
        """The document's type; a document that reads like a certificate, test report or audit but never names
        itself one is "other", and the statement that made it look like one is kept for review."""
        typed = self._classify(relative, document, area)
        if area == "supplier" and typed.doc_type in BUYER_TYPES:
            return Typed("other")  # a supplier's "quality policy" is never a rule of ours, cited or searched as one
        if named_as(typed.doc_type, document):
            return typed
        claim = next((s for s in said_in(document) if NAMED_AS[typed.doc_type].search(s)), None) \
            or first_statement(document)
        return Typed("other", statement=claim)

    def _classify(self, relative: str, document: ParsedDocument, area: str | None) -> Typed:
        by_rule = classify(relative, document, area)
        if by_rule != "other" or is_paper(document.text):
            return Typed(by_rule)
        said = said_in(document)
        if not said:
            return Typed("other")
        labels, examples = self._examples
        similarity = np.asarray(self.embed(said), dtype=np.float32) @ examples.T
        other = np.array([label == "other" for label in labels])
        best_other = similarity[:, other].max(axis=1) if other.any() else np.zeros(len(said))
        votes: Counter[str] = Counter()
        leaning: Counter[str] = Counter()
        strength: dict[str, float] = {}
        first: tuple[float, str] | None = None
        for i, row in enumerate(similarity):
            if DENIED.search(said[i]):
                continue  # "No audit was performed": the embedding hears "audit", not the "no"
            j = int(np.argmax(np.where(other, -1.0, row)))
            if row[j] >= LEANING and row[j] - best_other[i] >= MARGIN_OVER_OTHER:
                leaning[labels[j]] += 1
            if row[j] >= STATEMENT_MIN and row[j] - best_other[i] >= MARGIN_OVER_OTHER:
                votes[labels[j]] += 1
                strength[labels[j]] = max(strength.get(labels[j], 0.0), float(row[j]))
                first = first or (float(row[j]), said[i])
        if is_notes(document.text):  # notes are no evidence of a type, but what they say needs a reader
            return Typed("other", statement=first[1]) if first else Typed("other")
        if leaning:
            most, count = leaning.most_common(1)[0]
            if count >= LEANING_VOTES and count >= LEANING_SHARE * sum(leaning.values()) and binding(most, document):
                return Typed(most)
        if not votes:
            return Typed("other")
        doc_type = max(votes, key=lambda t: (votes[t], strength[t]))
        if (votes[doc_type] >= 2 or strength[doc_type] >= SURE) and binding(doc_type, document):
            return Typed(doc_type)
        assert first is not None
        return Typed("other", statement=first[1])

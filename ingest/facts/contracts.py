"""SLA and remedy clauses of supply agreements, as different templates word them ("at least 95 %",
"not less than 95.0 per cent"; "per commenced week", "per started week"), each with its clause number."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ingest.claims import METRICS_OF_CLAIM
from ingest.facts.dates import find_date
from ingest.facts.locate import Locator, after_label
from ingest.facts.models import ContractClauseFact
from ingest.facts.numbers import counts_in_figures, decimal, fractions_as_percent
from ingest.models import Chunk, Unit
from ingest.statements import ARTICLE, NUMBERED, Statement, article_of, line_with, statements
from ingest.tables import keyed_row

PCT = r"(\d+(?:[.,]\d+)?)\s*(?:%|per\s*cent|prozent|pour\s*cent|por\s*ciento)"
SUB_PARAGRAPH = re.compile(r"^\((?P<number>\d{1,2})\)\s+\S")  # "(2) ..." under "§ 6" or "Article 6"
CAP_SAID = (r"(?:maximum of|capped at|limited to|not (?:to )?exceed(?:ing)?|at most|up to|max(?:imum|\.)?|höchstens"
            r"|maximal|insgesamt|nicht mehr als|plafonn\w* à|dans la limite de|un m[áa]ximo del?|exceda del?"
            r"|tope máximo(?: equivalente)?(?: al?)?|no podrá exceder del?|non superiore al"
            r"|(?:fino a )?un massimo(?: d(?:i|el))?"
            r"|at[ée] (?:ao|um) m[áa]ximo de|maximaal|ten hoogste|maksymalnie|nie wi[ęe]cej ni[żz]|maxim[áa]ln[ěe]"
            r"|nejv[ýy]še|en fazla|legfeljebb|tối đa|h[öø]gst|h[øo]jst|h[øo]yst|enint[äa][äa]n"
            r"|nie wi[ęe]cej(?: jednak)? ni[żz]|nu (?:poate|va|vor|pot) dep[ăa][șşs]i|nepresiahn\w*|nesmie presiahnu\w*"
            r"|no (?:podr[áa] )?superar[áa]?n?|non (?:potr[àa] )?superare|non superer[àa]|n[ãa]o (?:poder[áa] )?exceder"
            r"|\b(?:tak|tak for \w+|cap|ceiling|obergrenze|plafond|tope|tetto|limite)\s*:"  # a table's "Cap" column
            r"|nep[řr]es[áa]hn\w*|nesm[íi] p[řr]es[áa]hnout)")
# Chinese puts the limit word before the figure with no space ("累计不超过逾期部分货款的5%"); Korean and Japanese
# after it ("100분의 10을 초과하지 아니한다", "10分の1を超えないものとする", read as "10 %" by plain()).
CJK_CAP_BEFORE = r"(?:不超过|不得超过|不超過|不得超過|上限为|上限為|最高为)"
CJK_CAP_AFTER = (r"\s*(?:을|를|이|가|を|が)?\s*"
                 r"(?:초과하지|초과할 수 없|한도로|超えない|超えて|超過しな|上限|限度|为限|為限)")
CAP = re.compile(rf"{CAP_SAID}\s+(?:[^\W\d_]+\s+){{0,4}}?\(?{PCT}|{CJK_CAP_BEFORE}[^\d%。；]{{0,20}}?{PCT}"
                 rf"|{PCT}{CJK_CAP_AFTER}|{PCT}'?\w{{0,4}}\s+(?:a[şs]amaz|a[şs]mayacak|ge[çc]emez)", re.I)
# What a sentence of its own must speak of to cap the penalty before it: the penalty, or its total.
PENALTY_TOTAL = re.compile(r"penalt|damages|vertragsstrafe|konventionalstrafe|p[ée]nalit|\bpenal[eiy]|\bmulta"
                           r"|\bkar[ay]\b|pokut|\bceza|k[öo]tb[ée]r|\bboete|\bvite\b|total|aggregate|gesamt"
                           r"|cumul|insgesamt|pok[úu]t|celkov|celkem|[łl][ąa]czn|[öo]sszes|toplam|samlet|sammanlagt"
                           r"|yhteens|지체상금|총액|違約金|遅延損害金|総額|违约金|总额|累计", re.I)
# a limit of the supplier's whole liability is no cap of its penalty
LIABILITY = re.compile(r"liabilit|haftung|responsabilit|odpowiedzialno|odpov[ěe]dnost|sorumluluk|felel[őo]ss[ée]g"
                       r"|aansprakelijk|責任|责任|책임", re.I)


@dataclass
class Paragraph:
    number: str
    word: str  # Article, Clause, Section
    text: str  # joined over wrapped lines
    lines: list[str]
    page: int | None

    @property
    def reference(self) -> str:
        return f"{self.word} {self.number}"

    def line_with(self, needle: str) -> str:
        return line_with(self.text, self.lines, needle)


def paragraphs(units: Sequence[Unit]) -> list[Paragraph]:
    found: list[Paragraph] = []
    word, article = "Section", ""
    for unit in units:
        current: Paragraph | None = None
        for raw in unit.text.splitlines():
            line = raw.strip()
            if not line:
                continue
            if (heading := ARTICLE.match(line)) and not NUMBERED.match(line):
                (word, article), current = article_of(heading), None
                continue
            numbered = NUMBERED.match(line)
            sub = SUB_PARAGRAPH.match(line) if article else None
            if numbered or sub:
                number = numbered["number"] if numbered else f"{article} ({sub['number']})"  # type: ignore[index]
                sign = numbered["sign"] if numbered and numbered["sign"] else word
                current = Paragraph(number, sign, line, [line], unit.page)
                found.append(current)
            elif current is not None and not line.startswith(("Page ", "Signed for")):
                current.text += " " + line
                current.lines.append(line)
    return found


FRACTIONS = {"½": "0.5", "¼": "0.25", "¾": "0.75"}


def plain(text: str) -> str:
    """A clause's text as one line with its rates in figures: "½%" is 0.5 %, "3 ‰ (drei Promille)" 0.3 %, "5 v. H."
    (vom Hundert) 5 %; so a rate and its period are read together even where the page wrapped between them."""
    text = " ".join(text.split())
    text = re.sub(r"(?:(?<=^)|(?<=[\s(]))%(\d+(?:[.,]\d+)?)", r"\1 %", text)  # the sign before the figure: "%98"
    for sign, value in FRACTIONS.items():
        text = re.sub(rf"(?<!\d){sign}", value, text)
    text = re.sub(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*‰", lambda m: f"{number(m[1]) / 10:g} %", text)
    text = re.sub(r"\bv\.\s?H\.|\bvom Hundert\b|(?<=\d )(?:procent|prosent|prosenttia)\b", "%", text)
    text = fractions_as_percent(text)  # "capped at one-tenth of the order value": 10 %
    text = counts_in_figures(text)  # "mindestens sechs Monate vor ihrer Umsetzung": 6 Monate
    # a rate per period written after the period, as in Korean, Japanese and Chinese: "지체일수 1일당", "1日につき"
    text = re.sub(r"(?:지체일수\s*)?1?\s*일당|1?日(?:当たり|あたり|につき)"
                  r"|每(?:逾期|延迟|延期|迟延)?[一1]?[日天]", " per day ",
                  text)  # "每逾期一日": for each day of delay
    text = re.sub(r"(\d)\s*[个個](?=工作日|小时|小時|日|天)", r"\1", text)  # "7个工作日": seven working days
    text = re.sub(r"1?\s*주당|1?週(?:間)?(?:当たり|あたり|につき)|每(?:逾期|延迟)?[一1]?(?:周|週|星期)", " per week ",
                  text)
    # the figure a number in words is restated in: "one half of one percent (0.5 %)", "ten (10) Business Days"
    text = re.sub(r"(\d)\s*\([^()\d]{2,40}\)", r"\1", text)  # "48 (quarenta e oito) horas": the figure, then its words
    return " ".join(re.sub(r"\((\d+(?:[.,]\d+)?(?:\s*%)?)\)", r" \1", text).split())  # "1.5/1000(0.15%)": apart


def said_as_cap(text: str, at: int, words: int) -> bool:
    """The figure at `at` follows a cap's words, at most `words` words before it: "subject to a maximum of 5 %"."""
    return bool(re.search(rf"{CAP_SAID}\W*(?:\w+\W+){{0,{words}}}$", text[max(0, at - 60):at], re.I))


def cap_not_rate(text: str, match: re.Match[str]) -> bool:
    """The figure read as a rate is the cap: "for each week of delay, subject to a maximum of 5 %"."""
    return match.re is LATE_ANY and bool(match["rate2"]) and said_as_cap(text, match.start("rate2"), 5)


def cap_in(text: str) -> float | None:
    """A penalty's cap as the text states it, in percent."""
    cap = CAP.search(text)
    return number(next(figure for figure in cap.groups() if figure)) if cap else None


def number(text: str) -> float:
    """"1,5" is one and a half (a decimal comma); "3,000" is three thousand."""
    said = decimal(text)
    if said is None:
        raise ValueError(f"not a number: {text!r}")
    return said


LATE_AFTER = re.compile(rf"(?:late|delay).*?{PCT}\s+of the (.+?)\s+(?:for each|per)\s+(commenced|started|begun)\s+"
                        r"week", re.I)
LATE_BEFORE = re.compile(rf"(?:for each|per)\s+(commenced|started|begun)\s+week.*?(?:late|delay).*?{PCT}\s+of the "
                         r"(.+?)(?=,|\.\s|\s+capped|\s+up to|\s+limited)", re.I)
# A penalty per period of delay in other words: "for every complete week of delay the Supplier owes 1 % of the
# net order value", "0,5 % des Auftragswertes je Kalendertag Verzug", "1 % par semaine de retard".
DELAY = (r"(?:delay|late|lateness|verzug|verspätung|retard|retraso|demora|atraso|ritardo|vertraging|op[óo][źz]nien"
         r"|zw[łl]ok|prodlen|zpo[žz]d[ěe]n|ome[šs]k|gecikme|ge[çc] (?:sevk|teslim)|k[ée]sedelem|k[ée]s[ée]s|chậm"
         r"|f[öo]rsen|forsink|viiv[äa]st|[îi]nt[âa]rzier"
         r"|지체|지연|遅延|遅滞|延迟|延誤|迟延|遲延|逾期)")
DELIVERY_UNITS = (r"delivery|deliveries|shipment|consignment|lieferung|livraison|entrega|consegna|dostaw[aęy]"
                  r"|levering|leverans|dod[áa]vk[ayu]|sevkiyat|teslimat|livrare")
UNITS = (r"week|day|woche|kalenderwoche|tag|kalendertag|arbeitstag|werktag|semaine|jour|semana|día|dia|giorno"
         r"|settimana|dag|dzie[ńn]|tydzie[ńn]|den|de[ňn]|t[ýy]den|t[ýy][žz]de[ňn]|g[üu]n|hafta|nap|h[ée]t|ngày|tuần"
         r"|zi|s[ăa]pt[ăa]m[âa]n[ăa]"
         r"|vecka|uke|uge|arbetsdag|arbeidsdag|arbejdsdag|virkedag|viikko|p[äa]iv[äa]"
         # a penalty per late delivery, however long the delay: "por cada entrega efetuada com atraso"
         rf"|{DELIVERY_UNITS}")
EACH = (r"(?:for (?:each|every)|per(?: ogni)?|ogni|je|pro|f[üu]r jede[nr]?|par|pour chaque|chaque|por(?: cada)?"
        r"|voor (?:elke|iedere)|za ka[żz]d[yąa]|za ka[žz]d[ýé]|her|minden|mỗi|f[öo]r varje|for (?:hver|hvert)"
        r"|jokai(?:selta|sesta|nen)|kultakin|(?:pentru )?fiecare)\s+(?:[\w-]+\s+){0,2}?")
# a rate, and the words it may be restated in: "½% (half per cent)"
RATE = r"(?<![\d.,])(?P<rate{n}>\d+(?:[.,]\d+)?)\s*(?:%|per\s*cent|prozent)(?:\s*\([^()]{{1,40}}\))?"
BASIS = r"(?:\s+(?:(?:of|des|du|de la|del|della|dello|do|da|van|av|af)\s+)?(?P<basis{n}>[^;]+?))?"  # "wartości dostawy"
LATE_ANY = re.compile(
    rf"(?=.*(?<![A-Za-z]){DELAY})"  # the delay word, also inside CJK text where no word boundary stands
    rf"(?:.*?{RATE.format(n=1)}{BASIS.format(n=1)}\s+{EACH}(?P<unit1>{UNITS})\b"  # rate, then period
    rf"|.*?{EACH}(?P<unit2>{UNITS})\b.*?{RATE.format(n=2)}"  # period, then rate
    rf"(?:\s+(?:of|des|du|de la|del)\s+(?P<basis2>.+?)(?=[,;]\s|\.\s|\.$|\s+(?:at most|max|up to|capped|limited"
    rf"|höchstens|insgesamt)\b|$))?)", re.I)
# Interest on a late payment is no late-delivery penalty, whatever it is called ("pénalités de retard", "úrok z
# omeškania", "gecikme cezası"): interest, or a payment, is spoken of and no delivery.
INTEREST = (r"interest|zinsen|int[ée]r[êe]ts?|inter[ée]s|interessi|[úu]rok|odsetk|dob[âa]nd|faiz|kamat|lãi|rente|korko"
            r"|r[äa]nta|利息|이자")
PAYMENT = (r"payment|paying|zahlung|paiement|pago|pagamento|betaling|p[łl]atno|zap[łl]at|zaplaten|[úu]hrad|plat[ăa]"
           r"|neplat|[öo]deme|fizet|thanh toán|支払|付款|지급|betalning|maksu")
DELIVERED = (r"deliver|liefer|livr|entreg|consegn|dostaw|dod[áa]v|dodan|lever|teslim|sevk|sz[áa]ll[íi]t|giao"
             r"|toimit|納|交货|交付|交期|납품|납기|인도|ship")
LATE_PAYMENT = re.compile(rf"(?:{INTEREST})|(?:{PAYMENT}).{{0,60}}?{DELAY}|{DELAY}.{{0,60}}?(?:{PAYMENT})", re.I)


def late_payment(text: str) -> bool:
    """Interest or a charge on a late payment, not a penalty on a late delivery."""
    return bool(LATE_PAYMENT.search(text)) and not re.search(DELIVERED, text, re.I)


PERIOD_WORDS = {"woche": "week", "kalenderwoche": "week", "tag": "day", "kalendertag": "calendar day",
                "arbeitstag": "working day", "werktag": "working day", "giorno": "day", "dag": "day",
                "semaine": "week", "jour": "day", "semana": "week", "día": "day", "dia": "day", "settimana": "week",
                "dzień": "day", "dzien": "day", "tydzień": "week", "tydzien": "week", "den": "day", "týden": "week",
                "gün": "day", "hafta": "week", "nap": "day", "hét": "week", "ngày": "day", "tuần": "week",
                "deň": "day", "týždeň": "week", "zi": "day", "săptămână": "week",
                "vecka": "week", "uke": "week", "uge": "week", "viikko": "week", "päivä": "day", "paiva": "day",
                "arbetsdag": "working day", "arbeidsdag": "working day", "arbejdsdag": "working day",
                "virkedag": "working day"}
CAPACITY = re.compile(r"capacity|retention|kapazität|capacité|capacidad|\bcycles\b|zyklen|ciclos|\brated\b|nominal"
                      r"|nenn(?:kapazit|energie|leistung)|state of health|\bSoH\b", re.I)
# Most specific first. The generic on-time-delivery rule applies only where nothing more specific fits:
# "at least 70 % of rated capacity" in a warranty clause is not a delivery target.
RULES: list[tuple[str, re.Pattern[str]]] = [
    ("otd_service_credit", re.compile(rf"service credit.*?{PCT}\s+of the (net invoice value of that month) for each "
                                      r"full percentage point", re.I)),
    ("late_delivery_penalty", LATE_AFTER),
    ("late_delivery_penalty", LATE_BEFORE),
    ("late_delivery_penalty", LATE_ANY),
    ("warranty", re.compile(r"warranty period:?\s+(\d+)\s+years", re.I)),
    ("defect_ppm", re.compile(r"(?:no more than|not exceed|maximum of|at most)\s+(\d+(?:\.\d+)?)\s*ppm", re.I)),
    ("complaint_acknowledgement", re.compile(r"acknowledges?\b.{0,60}?within\s+(\d+)\s+hours", re.I)),
    ("report_8d", re.compile(r"8D report within\s+(\d+)\s+(working|calendar)?\s*days", re.I)),
    ("change_notice", re.compile(r"at least\s+(\d+)\s+days before any change", re.I)),
    ("on_time_delivery", re.compile(rf"(?:on.?time|delivery|deliver).*?(?:at least|not less than|minimum of)\s+{PCT}",
                                    re.I)),
]


def clause_fact(rule: str, match: re.Match[str], paragraph: Paragraph) -> ContractClauseFact:
    fact = ContractClauseFact(source="", metric=rule, clause=paragraph.reference)
    text = plain(paragraph.text)
    if rule == "otd_service_credit":
        fact.penalty_rate, fact.penalty_basis, fact.unit = number(match.group(1)), \
            f"{match.group(2)}, for each full percentage point below the OTD target", "%"
    elif rule == "late_delivery_penalty" and match.re is LATE_ANY:
        rate, basis = match["rate1"] or match["rate2"], match["basis1"] or match["basis2"]
        unit = (match["unit1"] or match["unit2"]).lower()
        fact.penalty_rate, fact.unit = number(rate), "%"
        per = "late delivery" if re.fullmatch(DELIVERY_UNITS, unit) else f"{PERIOD_WORDS.get(unit, unit)} of delay"
        fact.penalty_basis = f"{basis.strip() if basis else 'order value'}, per {per}"
    elif rule == "late_delivery_penalty":
        rate, basis, week = (match.group(1), match.group(2), match.group(3)) if match.re is LATE_AFTER else \
            (match.group(2), match.group(3), match.group(1))
        fact.penalty_rate, fact.unit = number(rate), "%"
        fact.penalty_basis = f"{basis}, per {week.lower()} week of delay"
    elif rule == "on_time_delivery":
        fact.target, fact.unit = number(match.group(1)), "%"
        fact.window = "calendar month" if re.search(r"month", text, re.I) else None
    elif rule == "defect_ppm":
        fact.target, fact.unit = number(match.group(1)), "ppm"
        window = re.search(r"rolling\s+(\w+)[- ]month", text, re.I)
        fact.window = f"rolling {window.group(1)} months" if window else None
    elif rule == "complaint_acknowledgement":
        fact.target, fact.unit, fact.window = number(match.group(1)), "hours", "per complaint"
    elif rule == "report_8d":
        fact.target, fact.unit, fact.window = number(match.group(1)), f"{match.group(2) or 'calendar'} days", \
            "per complaint"
    elif rule == "warranty":
        fact.target, fact.unit = number(match.group(1)), "years"
    elif rule == "change_notice":
        fact.target, fact.unit = number(match.group(1)), "days"
    return with_details(fact, text)


CYCLES = re.compile(r"(?<![\d.,])(\d{1,2}[,.\s]?\d{3}|\d{3,5})\s*(?:full\s+)?(?:equivalent\s+)?"
                    r"(?:(?:charge[- ]discharge|full)\s+)?(?:cycles|zyklen|ciclos|vollzyklen)\b", re.I)
CAPACITY_WORD = r"(?:capacity|kapazität|capacité|capacidad|state of health|\bSoH\b)"
RETENTION = re.compile(rf"{PCT}\s+(?:of\s+(?:the\s+|its\s+)?|der\s+|de\s+(?:la\s+)?)?(?:[\w-]+\s+){{0,2}}?"
                       rf"\w*{CAPACITY_WORD}"
                       rf"|{CAPACITY_WORD}\D{{0,40}}?{PCT}", re.I)  # "capacity of at least 80 %", "capacity 80%"


def with_details(fact: ContractClauseFact, text: str) -> ContractClauseFact:
    """A clause's secondary figures, read by their shape: a penalty's cap, a warranty's cycle count and the
    capacity the battery keeps ("10 years or 6,000 cycles, at least 80 % of rated capacity")."""
    if fact.penalty_rate is not None and (cap := cap_in(text)) is not None:
        fact.penalty_cap = cap
    elif fact.penalty_rate is not None:
        fact.missing["penalty_cap"] = "no cap stated in the clause"
    if fact.metric == "warranty":
        if cycles := CYCLES.search(text):
            fact.warranty_cycles = int(re.sub(r"[,.\s]", "", cycles.group(1)))
        if retention := RETENTION.search(text):
            fact.capacity_retention_pct = number(retention.group(1) or retention.group(2))
    return fact


# Clauses in any layout or language, by what they talk about: each statement (a sentence or an item, wrapped
# lines joined) is matched against a vocabulary per metric, and its value read by the value's own shape.
NUM = r"(\d+(?:[.,]\d+)?)"
END = r"(?![A-Za-zäöüéèáíóúñ])"  # a unit's end; CJK units run on into the next word ("180日前")
# the units of Italian, Portuguese, Dutch, Polish, Czech, Turkish, Hungarian and Vietnamese agreements
EU_HOURS = r"ore|uur|godzin\w*|hodin\w*|saat|[óo]r[áa]n?|giờ|timmar|timer|tuntia"
EU_DAYS = (r"giorni(?: lavorativi)?|dias(?: [úu]teis)?|werkdagen|dagen|dni(?: robocz\w*)?|dnia(?: robocz\w*)?"
           r"|(?:pracovn[íi]ch )?dn[ůu]"
           r"|(?:i[şs] )?g[üu]n[üu]?|(?:munka)?nap(?:on)?|ngày(?: làm việc)?|(?:arbets|arbeids|arbejds)?dag(?:ar|er|e)"
           r"|(?:pracovn[ýy]ch )?dn[íi]|zile(?: lucr[ăa]toare)?|virkedager"
           r"|(?:työ)?p[äa]iv[äa][äa]?n?")
EU_MONTHS = (r"mesi|maanden|miesi[ęe]c\w*|m[ěe]s[íi]c\w*|mesiac\w*|ay|h[óo]nap(?:pal|ot)?|tháng|m[åa]nader|m[åa]neder"
             r"|kuukautta|luni")
CJK_HOURS, CJK_DAYS, CJK_MONTHS = r"時間|小时|小時|시간", r"営業日|工作日|日|天|일", r"か月|ヶ月|个月|個月|개월"
COMPLAINT = (r"(?:complain|claim|nonconform|non-conform|defect|reklam|beanstand|mängel|r[ée]clamation|reclamaci|queja"
             r"|quality (?:issue|notification)|\bNCR\b|(?<![A-Za-z0-9])8D(?![A-Za-z0-9])|qualitätsmeldung"
             r"|reclam|klacht|reklamac|[şs]ikayet|khiếu nại|投诉|クレーム|不具合|不良|质量问题|불만|불량)")
ACKNOWLEDGE = (r"(?:acknowledg|best[äa]tig|accus[ée]|acus[ae]|confirm|respond|reply|antwort|r[ée]pon|respuesta"
               r"|responder|respost|conferm|reagier|react|r[ée]agi|reaccion|reagisc"
               r"|bevestig|bekr[æe]ft|potwierdz|potvrd|onay|visszaigazol|xác nhận"
               r"|回答|受領|確認|确认|回复|答复|확인|회신)")
VOCABULARY: list[tuple[str, re.Pattern[str], re.Pattern[str], str | None]] = [  # metric, topic, value, unit
    ("otd_service_credit", re.compile(r"service credit|gutschrift|crédit de service|crédito|\bavoir\b|credit note"
                                      r"|nota di credito|creditnota|nota kredytow|dobropis|j[óo]v[áa][íi]r[áa]s|malus"
                                      r"|servicekrediet|servicekredit|procentpunt|procentenhet|punto percentuale"
                                      r"|ponto percentual|punkt procentow|procentn[íi] bod|prosenttiyksik"
                                      r"|rebate|per (?:each |every )?percentage point|par point de pourcentage"
                                      r"|por cada punto porcentual|je(?:den)? prozentpunkt", re.I),
     re.compile(PCT, re.I), "%"),
    ("on_time_delivery", re.compile(r"on.?time|\botd\b|otif|in full|delivery performance|liefer\w*treue"
                                    r"|termintreue|ponctualit|taux de service|puntualidad|a tiempo|puntualit"
                                    r"|cumplimiento de (?:los )?plazos"
                                    r"|pontual\w*|pontuais|no prazo|leverbetrouwbaarheid|op tijd|terminowo"
                                    r"|v[čc]as(?:n|\b)"
                                    r"|zaman[ıi]nda|hat[áa]rid|đúng hạn|leverans\w*(?:precision|s[äa]kerhet)"
                                    r"|leverings\w*(?:presisjon|n[øo]jagtighed|sikkerhed|punktlighed)"
                                    r"|toimitus\w*(?:varmuus|t[äa]sm[äa]llisyys)|납기\s?준수|納期遵守|准时交付|準時交貨"
                                    r"|按时交付", re.I),
     re.compile(rf"{PCT}", re.I), "%"),
    ("defect_ppm", re.compile(r"d?ppm(?![A-Za-z])", re.I),  # "250 ppm", "DPPM of no more than 250"
     re.compile(rf"{NUM}\s*d?ppm|\bd?ppm\)?\s+(?:of\s+)?(?:no more than|not (?:to )?exceed(?:ing)?|max(?:imum)?"
                rf"(?: of)?|at most|below|under|≤|<)\s*{NUM}", re.I), "ppm"),
    # of a complaint, never of an order: "acknowledge each Purchase Order within two (2) Working Days" is none
    ("complaint_acknowledgement", re.compile(rf"{COMPLAINT}.*?{ACKNOWLEDGE}|{ACKNOWLEDGE}.*?{COMPLAINT}", re.I),
     re.compile(rf"{NUM}\s*((?:working|business|calendar) days?|hours|stunden|heures|horas|h|arbeitstage?n?"
                rf"|werktage?n?|jours ouvr\w*|d[ií]as h[áa]biles|days?|tage?n?|jours|d[ií]as|{CJK_HOURS}|{CJK_DAYS}"
                rf"|{EU_HOURS}|{EU_DAYS}){END}", re.I), None),
    ("report_8d", re.compile(r"(?<![A-Za-z0-9])8D(?![A-Za-z0-9])", re.I),
     re.compile(rf"{NUM}\s*((?:working|business|calendar) days?|arbeitstage?n?|kalendertage?n?|jours ouvr\w*"
                rf"|d[ií]as h[áa]biles|days?|tage?n?|jours|d[ií]as|{CJK_DAYS}|{EU_DAYS}){END}", re.I), None),
    ("change_notice", re.compile(r"(?:chang|änderung|modification|cambio|modific|altera[çc]|wijziging|zmian|zm[ěe]n"
                                 r"|de[ğg]i[şs]iklik|v[áa]ltoz|thay đổi|endring|[äa]ndring|muutos|変更|变更|변경)\w*.*?"
                                 r"(?:notice|notif|varsel|varsl|ilmoit"
                                 r"|mitteil|anzeig|préavis|inform|advance|vorab|im voraus|preavviso|comunica|aviso"
                                 r"|kennisgeving|melding|powiadom|zawiadom|ozn[áa]m|bildirim|[ée]rtes[íi]t|thông báo"
                                 r"|申請|通知|届出|通报|통지|통보|通報|告知)"
                                 r"|(?:notice|notif|mitteil|anzeig|préavis|inform|ozn[áa]m|powiadom|zawiadom|avis|varsel"
                                 r"|varsl|ilmoit)\w*"
                                 r".*?(?:chang|änderung|modification|cambio|modific|altera[çc]|wijziging|zmian|zm[ěe]n"
                                 r"|endring|[äa]ndring|muutos)",
                                 re.I),
     re.compile(rf"{NUM}\s*((?:calendar\s+)?days|kalendertage?n?|tage?n?|jours|d[ií]as|months?|monate?n?|mois|meses"
                rf"|{CJK_DAYS}|{CJK_MONTHS}|{EU_MONTHS}|{EU_DAYS}){END}", re.I), None),
    ("warranty", re.compile(r"warrant|gew[äa]hrleist|m[äa]ngelhaftung|m[äa]ngelanspr|verj[äa]hrungsfrist|garantie"
                            r"|garant[ií]a|garan[țţt]i|garanzia|gwarancj|z[áa]ruk|garanti"
                            r"|j[óo]t[áa]ll|bảo hành|保証|保修|质保|보증", re.I),
     re.compile(rf"{NUM}\s*(?:years|jahre?n?|ans|a[ñn]os|anni|anos|jaar|lat|let|rok[uy]?|rokov|y[ıi]l|[ée]v|ani|år|vuotta"
                rf"|năm|年|년){END}",
                re.I), "years"),
]
IMPURITY = re.compile(r"\b[A-Z][a-z]?\d*(?:\s*\+\s*[A-Z][a-z]?\d*)*\s*(?:≤|<|<=|max\.?)\s*\d+(?:[.,]\d+)?\s*ppm")
DAY_UNITS = {"mesi": "months", "maanden": "months", "miesięcy": "months", "miesiące": "months", "měsíců": "months",
             "měsíce": "months", "ay": "months", "hónap": "months", "tháng": "months", "ore": "hours", "uur": "hours",
             "saat": "hours", "giờ": "hours", "godzin": "hours", "hodin": "hours", "óra": "hours", "órán": "hours",
             "giorni lavorativi": "working days", "dias úteis": "working days", "werkdagen": "working days",
             "dni robocze": "working days", "dni roboczych": "working days",
             "dnia roboczego": "working days", "dnia": "days", "pracovních dnů": "working days",
             "iş günü": "working days", "munkanap": "working days", "ngày làm việc": "working days",
             "munkanapon": "working days", "napon": "days", "hónappal": "months", "hónapot": "months",
             "mesiacov": "months", "mesiace": "months", "luni": "months",
             "pracovných dní": "working days", "pracovnych dni": "working days", "dní": "days",
             "zile lucrătoare": "working days", "zile lucratoare": "working days", "zile": "days",
             "virkedager": "working days",
             "giorni": "days", "dagen": "days", "dni": "days", "dnů": "days", "gün": "days", "günü": "days",
             "nap": "days", "ngày": "days", "timmar": "hours", "timer": "hours", "tuntia": "hours",
             "arbetsdagar": "working days", "arbeidsdager": "working days", "arbejdsdage": "working days",
             "työpäivää": "working days", "työpäivän": "working days", "dagar": "days", "dager": "days",
             "dage": "days", "päivää": "days", "päivän": "days", "månader": "months", "måneder": "months",
             "kuukautta": "months",
             "month": "months", "months": "months", "monat": "months", "monate": "months", "monaten": "months",
             "mois": "months", "meses": "months", "か月": "months", "ヶ月": "months", "个月": "months",
             "個月": "months", "개월": "months", "時間": "hours", "小时": "hours", "小時": "hours",
             "시간": "hours", "日": "days", "天": "days", "일": "days", "営業日": "working days",
             "工作日": "working days",
             "worki": "working days", "busin": "working days", "arbei": "working days", "werkt": "working days",
             "jours": "days", "días ": "working days", "dias ": "working days", "calen": "calendar days",
             "kalen": "calendar days", "hours": "hours", "stund": "hours", "heure": "hours", "horas": "hours",
             "h": "hours", "day": "days", "days": "days", "tag": "days", "tage": "days", "tagen": "days",
             "días": "days", "dias": "days", "jour": "days"}
CLAUSE_REF = re.compile(r"\b(?:Clause|Article|Art\.|Section|Cláusula|Artículo|Ziffer)\s*\d+(?:\.\d+)*(?:\s?\(\w\))?"
                        r"|§\s*\d+(?:\s?\(\d+\))?", re.I)


def clause_of(statement: Statement) -> str | None:
    """The clause a statement stands in: its own reference, or the article above it ("§ 9 (2)")."""
    reference = CLAUSE_REF.search(statement.text)
    # "(2) ...", "2. ...", "2) ..." under "§ 9"; "② ..." under "제8조", "2 乙の ..." under "第10条"
    item = re.match(r"\((\d{1,2})\)|(\d{1,2})[.)]\s|(\d{1,2})\s(?=[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])"
                    r"|([\u2460-\u2473])", statement.text)
    if reference:
        return " ".join(reference.group(0).split())
    if (numbered := NUMBERED.match(statement.text)) and "." in numbered["number"]:  # "4.2 ..." under "Article 4"
        sign = numbered["sign"] or (statement.article.split()[0] if statement.article else "")
        return f"{sign} {numbered['number']}".strip()
    if item and statement.article:
        said = next(group for group in item.groups() if group)
        return f"{statement.article} ({ord(said) - 0x245F if said.isdigit() and not said.isascii() else said})"
    return statement.article or None


def late_penalty_of(statement: Statement, *, newest: bool = False) -> tuple[ContractClauseFact, str] | None:
    """A penalty per period of delay, read by its shape (rate, period, cap), with the rate's text; `newest`: of an
    old and a new rate side by side, the new one."""
    text = plain(statement.text)
    late = LATE_ANY.search(text)
    if not late or cap_not_rate(text, late) or late_payment(text):
        return None
    if newest and (later := LATE_ANY.search(text, late.end("rate1" if late["rate1"] else "rate2"))) \
            and not cap_not_rate(text, later):
        late = later
    clause = clause_of(statement)
    fact = clause_fact("late_delivery_penalty", late, Paragraph(clause or "", "", text, statement.lines,
                                                                 statement.page))
    fact.clause = clause
    return fact, late["rate1"] or late["rate2"]


# The figure a service credit is measured against, not its rate: "falls below 95 %", "unter 95 %".
THRESHOLD = re.compile(r"(?:below|under|less than|short of|unter(?:halb)?|unterschreit\w*|inf[ée]rieur\w* [àa]"
                       r"|en dessous de|por debajo del?|inferior al?|sotto (?:il|al)|abaixo de|onder"
                       r"|poniżej|pod|<)\s*$",
                       re.I)


BUYER_DUTY = re.compile(r"^\W*(?:[\d.()]+\s+)?(?:the\s+)?(?:buyer|purchaser|customer|auftraggeber|besteller|k[äa]ufer"
                        r"|acheteur|client|comprador|acquirente|committente|zamawiaj[ąa]cy|kupuj[íi]c[íi])\s+"
                        r"(?:shall|must|will|has to|muss|hat|doit|deber[áa]|dovr[àa])\b", re.I)


def value_of(metric: str, statement: Statement, *, newest: bool = False) -> tuple[ContractClauseFact, str] | None:
    """The metric's value read by the value's own shape from a statement about that metric."""
    value = next(v for m, _, v, _ in VOCABULARY if m == metric)
    unit = next(u for m, _, _, u in VOCABULARY if m == metric)
    text = plain(statement.text)
    every = list(value.finditer(text))
    if not every:
        return None
    found = every[0]
    if metric == "otd_service_credit":
        found = next((f for f in every if not THRESHOLD.search(text[max(0, f.start() - 30):f.start()])), found)
    if newest and len(every) == 2 and not said_as_cap(text, every[1].start(), 4):
        found = every[1]  # "≥ 97.0 % | ≥ 98.0 %" under "Previous target | New target"; never a cap after a rate
    figure = next(group for group in found.groups() if group and re.fullmatch(r"\d+(?:[.,]\d+)?", group))
    if metric == "on_time_delivery" and (number(figure) < 50 or LATE_ANY.search(text) or CAPACITY.search(text)):
        return None  # a rate of a few percent is a penalty, a share of capacity a warranty: not delivery targets
    if metric in ("complaint_acknowledgement", "report_8d") and BUYER_DUTY.match(text):
        return None  # "The Buyer shall notify any quality claim within thirty (30) days": the buyer's deadline
    if metric == "defect_ppm" and IMPURITY.search(text):
        return None  # "Na ≤ 250 ppm, Fe ≤ 5 ppm": a product specification's impurity limits, no defect rate
    said = found.group(2) if unit is None else ""
    fact = ContractClauseFact(source="", metric=metric, clause=clause_of(statement), target=number(figure),
                              unit=unit or DAY_UNITS.get(said.lower(), DAY_UNITS.get(said.lower()[:5], said.lower())))
    if metric == "otd_service_credit":
        fact.target, fact.penalty_rate = None, number(figure)
    if metric == "change_notice" and fact.unit == "calendar days":
        fact.unit = "days"  # a notice period counts every day
    return with_details(fact, text), figure


def read_claim(metric: str, statement: Statement) -> tuple[ContractClauseFact, str] | None:
    """A clause the claim reader says is about `metric`, its value read by shape whatever its wording."""
    if metric == "late_delivery_penalty":
        return late_penalty_of(statement)
    if metric not in {m for m, _, _, _ in VOCABULARY}:
        return None
    return value_of(metric, statement)


def cited(fact: ContractClauseFact, at: Paragraph | Statement, value: str, locator: Locator) -> bool:
    """Quote the line the clause's value stands on (its first line if none); False when no chunk holds it."""
    evidence = locator.evidence(at.line_with(value), at.page, at.lines[0])
    if evidence is None:
        return False
    fact.evidence["clause"] = evidence
    fact.quote, fact.chunk_id, fact.page = evidence.quote, evidence.chunk_id, evidence.page
    return True


def claimed_clause(claim: str, statement: Statement, locator: Locator, *, source: str, supplier: str | None,
                   labels: list[str], like: ContractClauseFact | None) -> ContractClauseFact | None:
    """The clause a statement makes by the claim reader's judgement, when its value can be read by shape;
    the agreement's number and dates from a clause already read (`like`). A clause restated as unchanged is none."""
    if UNCHANGED.search(statement.text):
        return None
    for metric in METRICS_OF_CLAIM.get(claim, (claim,)):
        if not (read := read_claim(metric, statement)):
            continue
        fact, value = read
        if not cited(fact, statement, value, locator):
            return None
        fact.source, fact.supplier, fact.labels = source, supplier, labels
        if like is not None:
            fact.contract_number, fact.parties, fact.effective, fact.term_years = \
                like.contract_number, like.parties, like.effective, like.term_years
        fact.confidence = 0.85  # the topic by the claim reader, the value by its shape
        return fact.with_id(f"{fact.clause}:{metric}:claim")  # type: ignore[return-value]
    return None


# An amendment's table of targets before and after: of two values in a row, the second is the one agreed now.
OLD_AND_NEW = re.compile(r"(?:previous|old|current|existing|bisherig\w*|alt\w*|ancien\w*|anterior|actual|vorige)\s+"
                         r"(?:target|value|level|wording|text|version|wert|ziel\w*|fassung|objectif|valeur"
                         r"|formulation|r[ée]daction|valor|objetivo|redacci[óo]n|doel|tekst)\w*"
                         r".{0,200}?\b(?:new|neu\w*|nouv\w*|nuev\w*|nieuw\w*|as amended|ge[äa]ndert|modifi[ée]e?"
                         r"|modificad[oa])\b"
                         r"|(?:before|prior to|vor)\s+(?:this|the|dem|diesem)\s+(?:amendment|nachtrag|änderung)"
                         r".{0,200}?\b(?:from|as of|after|ab|nach)\b"
                         # "by deleting '93 %' and replacing it with '95 %'", "wird ersetzt durch", "remplacé par"
                         r"|\breplac(?:e|ed|ing)\s+(?:it\s+|them\s+)?(?:with|by)\b|\bersetzt durch\b"
                         r"|\bremplac[ée]e?s? par\b|\bsustitu\w+ por\b|\bsostituit\w+ (?:da|con)\b"
                         r"|\bsubstitu[íi]d\w* por\b|\bvervangen door\b|\bzast[ąa]pi\w* (?:przez|nowym)\b", re.I | re.S)


# What an amendment restates as unchanged is no clause of the amendment.
UNCHANGED = re.compile(r"\b(?:no change|keine [äa]nderung|sans changement|sin cambios?|nessuna modifica|geen wijziging"
                       r"|ingen [äa]ndring)\b(?!\s+(?:of|to|in|shall|may|without|des|der|am|du|de|al|del))"
                       r"|remains? unchanged|remain in (?:full )?force|unver[äa]ndert|unber[üu]hrt|inchang[ée]"
                       r"|sin cambios|sem altera|invariat|ongewijzigd|bez zmian|beze zm[ěe]n|of[öo]r[äa]ndrad", re.I)


def amends(units: Sequence[Unit]) -> bool:
    """An amendment that sets out previous and new values side by side."""
    return bool(OLD_AND_NEW.search("\n".join(unit.text for unit in units)))


def clauses_of(statement: Statement) -> list[Statement]:
    """A statement's clauses between semicolons, each one service level at most."""
    if keyed_row(statement.text, least=2):
        return [statement]  # a table row rendered with its headers: "KPI: On-time delivery; Target: ≥ 97 %"
    parts = [part for part in re.split(r";\s+|；|，(?=并|且)", statement.text) if part.strip()]  # "，并在7个工作日内"
    return [statement] if len(parts) < 2 else [replace(statement, text=part) for part in parts]


def read_by_vocabulary(said: Sequence[Statement], known: set[str], *,
                       amended: bool) -> list[tuple[str, ContractClauseFact, str, Statement]]:
    """(metric, fact, value text, statement) for metrics not already read, one per metric, first statement wins;
    of an amendment (`amended`), the new values and nothing it restates as unchanged."""
    out: dict[str, tuple[str, ContractClauseFact, str, Statement]] = {}
    # in an amendment the new value follows the old one ("Before this Amendment | From 1 June 2026", "5 % ... by 8 %"):
    # a later statement of a metric read here replaces an earlier one
    def done(metric: str) -> bool:
        return metric in known or (metric in out and not amended)

    for statement in said:
        if amended and UNCHANGED.search(statement.text):
            continue
        if not done("late_delivery_penalty") and (late := late_penalty_of(statement, newest=amended)):
            out["late_delivery_penalty"] = ("late_delivery_penalty", *late, statement)
            continue
        for part in clauses_of(statement):  # "reacts within 24 hours; the 8D report within 10 working days"
            for metric, topic, _, _ in VOCABULARY:
                if done(metric) or not topic.search(part.text) or not (read := value_of(metric, part, newest=amended)):
                    continue
                fact = read[0] if part is statement else with_details(read[0], plain(statement.text))
                out[metric] = (metric, fact, read[1], statement)
                break  # a clause's details may stand in the next: "3 years; minimum remaining capacity 80 %"
    return list(out.values())


# The agreement's number and start as a header labels them, in the languages suppliers write; else as prose says.
NUMBER_LABELS = [r"^\W*(?:purchase order|PO)\s*(?:no\.?|number|nr\.?|#)",
                 r"(?:계약|契約|合同|協議|协议|合約)\s*(?:번호|番号|编号|編號|號)",
                 r"(?:\b(?:contract|agreement|contrat|contrato|contratto|accordo|umowa|smlouva|kontrakt)"
                 r"|\w*(?:vertrags?|avtal|avtale|aftale|sopimus|overeenkomst))(?:\s+(?:of|for|de|di|du|da)\s+\w+)?"
                 r"\s*(?:no\.?|nr\.?|number|n[°º.]+"
                 r"|ref(?:erence)?\.?|id|-?nummer|número)\s*[:#]?",
                 r"^\s*(?:n[°º.]+|número|nummer)\s+(?:du |de |del )?(?:contrat|contrato|vertrag)",
                 r"^\s*(?:n\.?\s?[°º]|nr\.|no\.)\s*(?=\S*\d)"]
NUMBER_SHAPE = re.compile(r"^[A-Z0-9][A-Z0-9/._-]{3,}$", re.I)
EFFECTIVE_LABELS = [r"^\s*effective(?: date| as of| from| on)?\b", r"^\s*(?:PO|purchase order|order) date\b",
                    r"^\s*(?:date of )?(?:entry into force|commencement)",
                    r"^\s*(?:in kraft (?:ab|seit)|g[üu]ltig ab|wirksam ab|beginn)\b",
                    r"^\s*(?:date d'(?:entr[ée]e en vigueur|effet)|en vigueur (?:le|à compter du))\b",
                    r"^\s*(?:fecha de (?:entrada en vigor|inicio|vigencia)|vigente desde|en vigor desde)\b",
                    r"^\s*(?:gjelder fra|g[äa]ller fr[åa]n|g[æe]lder fra|voimassa alkaen|valid from|geldig vanaf"
                    r"|v[áa]lido desde|valido dal|valable (?:à partir|d[èe]s))"]


# The number a title gives its agreement, on its line or the next: "UMOWA RAMOWA DOSTAW nr UR/VM/2026/07",
# "RÁMCOVÁ KUPNÍ SMLOUVA č. KS-2026-0118", "CONTRATO MARCO DE SUMINISTRO No." above "BDB-CMS-026/2026".
TITLE_NUMBER = re.compile(r"(?:^|\s)(?:no|nr|n[°º]|n|č|núm|num|sz|sz[áa]m|br|nummer|number|número|numéro)\.?\s*[°º]?"
                          r"\s*[:#]?"
                          r"(?:\s+(?P<code>[A-Z0-9][A-Z0-9/._-]{3,})|\s*$)", re.I)
TITLE_LINES = 6
# a party's registration or tax number, not the agreement's: "(Company No. 0812345)", "Tax No. 589-204-77-31"
REGISTRY_NUMBER = re.compile(r"(?:tax|vat|company|compan[ií]a|registration|reg|regist\w*|account|tel|phone|fax|iban"
                             r"|gst|cin|i[čc]o|di[čc]|krs|nip|regon|mwst|ust|siret|siren|rcs|iva|cuit|rut|rfc|nif|cif"
                             r"|ein|abn|acn|cnpj|tin)\W*$", re.I)


def title_number(units: Sequence[Unit]) -> str | None:
    """The agreement's number as its title gives it, in the document's first lines."""
    lines = [line.strip() for unit in units[:3] for line in unit.text.splitlines() if line.strip()][:TITLE_LINES]
    for at, line in enumerate(lines):
        if not (said := TITLE_NUMBER.search(line)) or REGISTRY_NUMBER.search(before := line[:said.start()]) \
                or before.count("(") > before.count(")"):
            continue
        code = said["code"] or (lines[at + 1].split()[0] if at + 1 < len(lines) and lines[at + 1].split() else "")
        code = code.strip(",;")
        if NUMBER_SHAPE.match(code) and re.search(r"\d", code) and find_date(code) is None:
            return code
    return None


def agreement_number(units: Sequence[Unit], whole: str) -> str | None:
    """The agreement's number: under its label, by its title, or in a sentence ("Agreement No. C-48641"); a token
    with a digit."""
    hit = after_label(units, NUMBER_LABELS, accept=lambda rest: bool(NUMBER_SHAPE.match(rest.split()[0].strip(",;"))))
    value = hit.value.split()[0].strip(",;") if hit and hit.value.split() else ""
    if NUMBER_SHAPE.match(value) and re.search(r"\d", value):
        return value
    if titled := title_number(units):
        return titled
    said = re.search(r"agreement\s+(?:no\.?|number)\s*:?\s*([A-Z0-9][A-Z0-9/_-]{4,})", whole, re.I)
    return said.group(1) if said else None


def effective_of(units: Sequence[Unit], whole: str) -> tuple[dt.date, str] | None:
    """When the agreement takes effect: under its label, or as a sentence says ("enters into force on ...")."""
    hit = after_label(units, EFFECTIVE_LABELS, accept=lambda rest: find_date(rest) is not None)
    if hit and (date := find_date(hit.value)):
        return date
    if cjk := re.search(r"(\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일])\s*(?:부터|から|起)", whole):
        return find_date(cjk.group(1))  # "2026년 1월 1일부터 효력이 발생", "2026年4月1日から効力を生じ"
    for said in IN_FORCE_FROM.finditer(whole):  # "prend effet le 1er mars 2026", "obowiązuje od dnia 1 ..."
        if date := find_date(SENTENCE_CUT.split(whole[said.end():said.end() + 60])[0]):
            return date
    for said in IN_FORCE_AFTER.finditer(whole):  # "tritt am 01.01.2026 in Kraft"
        if date := find_date(SENTENCE_CUT.split(whole[max(0, said.start() - 30):said.start()])[-1]):
            return date
    return None


SENTENCE_CUT = re.compile(r"(?<=[^\W\d_]{2})\.\s|;\s")  # a sentence's end, not "1. dubna 2026"
# Words that say an agreement takes effect, before its date ...
IN_FORCE_FROM = re.compile(r"\bw\.e\.f\.|(?:enters? into force|(?:with )?effect(?:ive)?|commenc\w*|in kraft"
                           r"|mit wirkung|en vigueur|prend effet|effet|en vigor|efectos|efeitos|vigore|efficacia"
                           r"|decorrenza|vig[êe]ncia|vigencia|werking|g[äæ]ller fr[åa]n och med"
                           r"|g[æj]ld?er fra(?: og med)?|tr[äæ]der i kraft|trer i kraft|tulee voimaan|voimassa"
                           r"|obowi[ąa]zuje|obowi[ąa]zywa\w*|[úu][čc]innos[tť]\w*|platnos[tť]\w*|[úu]činná|hat[áa]ly\w*"
                           r"|intr[ăa] [îi]n vigoare|[îi]n vigoare|y[üu]r[üu]rl[üu]\w*|có hiệu lực|hiệu lực)\b", re.I)
# ... and after it.
IN_FORCE_AFTER = re.compile(r"\b(?:in kraft|in werking|y[üu]r[üu]rl[üu][ğg]e|hat[áa]lyba|en vigueur|en vigor"
                            r"|in vigore|intr[ăa] [îi]n vigoare)\b", re.I)


def capped_apart(facts: list[ContractClauseFact], statements_of: Sequence[Statement]) -> None:
    """A penalty's cap stated in the sentence or sub-clause after it ("(3) The total of the penalties shall not
    exceed 10 % of the order value."), when its own clause states none; another penalty in between ends the search."""
    said = [(statement, " ".join(statement.text.split())) for statement in statements_of]
    for fact in facts:
        if fact.metric != "late_delivery_penalty" or fact.penalty_cap is not None or not fact.quote:
            continue
        quote = " ".join(fact.quote.split())[:60]
        at = next((i for i, (_, text) in enumerate(said) if quote in text), None)
        if at is None:
            continue
        for statement, text in said[at + 1:at + 4]:
            text = plain(text)
            if LATE_ANY.search(text) or statement.article != said[at][0].article:
                break
            if PENALTY_TOTAL.search(text) and not LIABILITY.search(text) and (cap := cap_in(text)) is not None:
                fact.penalty_cap = cap
                fact.missing.pop("penalty_cap", None)
                break


def extract_contract_clauses(units: Sequence[Unit], chunks: Sequence[Chunk], *, source: str, supplier: str | None,
                             labels: list[str]) -> list[ContractClauseFact]:
    locator = Locator(chunks)
    whole = " ".join(" ".join(u.text.split()) for u in units)
    number = agreement_number(units, whole)
    parties = re.search(r"made between\s+(.+?),.*?\(the \"Buyer\"\),?\s+and\s+(.+?),", whole)
    effective_date = effective_of(units, whole)
    term = re.search(r"runs for\s+(\d+)\s+years|term of\s+(\d+)\s+years|\bterm\s*:\s*(\d+)\s+years", whole, re.I)
    facts: list[ContractClauseFact] = []
    amended = amends(units)
    for paragraph in paragraphs(units):
        matched: list[tuple[str, re.Match[str]]] = []
        text = plain(paragraph.text)
        if amended and UNCHANGED.search(text):
            continue
        for rule, pattern in RULES:
            if any(rule == seen for seen, _ in matched) or (rule == "on_time_delivery" and (
                    matched or CAPACITY.search(text))):
                continue  # "at least 80 % of capacity after delivery" is a warranty, not a delivery target
            if (match := pattern.search(text)) and not cap_not_rate(text, match) \
                    and not (rule == "late_delivery_penalty" and late_payment(text)):
                matched.append((rule, match))
        for rule, match in matched:
            fact = clause_fact(rule, match, paragraph)
            fact.source, fact.supplier, fact.labels = source, supplier, labels
            fact.contract_number = number
            fact.parties = [p.strip() for p in parties.groups()] if parties else []
            fact.effective = effective_date[0] if effective_date else None
            fact.term_years = int(next(g for g in term.groups() if g)) if term else None
            value = match.group(2) if match.re is LATE_BEFORE else \
                (match["rate1"] or match["rate2"]) if match.re is LATE_ANY else match.group(1)
            if not cited(fact, paragraph, value, locator):
                continue
            for name in ("contract_number", "effective"):
                if getattr(fact, name) is None:
                    fact.missing[name] = "not stated in the agreement"
            facts.append(fact.with_id(f"{paragraph.reference}:{rule}"))  # type: ignore[arg-type]
    said = statements(units)  # read once, for the vocabulary and for caps stated apart
    for metric, fact, value, statement in read_by_vocabulary(said, {f.metric for f in facts}, amended=amended):
        fact.source, fact.supplier, fact.labels = source, supplier, labels
        fact.contract_number = number
        fact.effective = effective_date[0] if effective_date else None
        fact.term_years = int(next(g for g in term.groups() if g)) if term else None
        if not cited(fact, statement, value, locator):
            continue
        fact.confidence = 0.9  # read by vocabulary, not by a known clause shape
        facts.append(fact.with_id(f"{fact.clause}:{metric}:vocabulary"))  # type: ignore[arg-type]
    capped_apart(facts, said)
    return facts

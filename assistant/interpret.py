"""How a question is understood - the one home of question interpretation. `Interpreter.interpret`
returns a typed `Route`: the intent, the suppliers the question is about (named, or carried over
from the conversation for a follow-up) and the parameters each answer needs (the SLA metric, the
kind of document, the minerals, the cross-supplier criterion, the policy topic ...). The engines
dispatch on the route and never look at the question's words again.

Intent comes from embedding similarity to the labelled examples in prompts/intents.yaml plus keyword
cues; suppliers from their folder names, legal names, aliases and typos. Deterministic: the same
question in the same conversation always routes the same way."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from importlib import resources
from typing import Any, Literal

import numpy as np
import yaml

from assistant.described import described_supplier
from assistant.names import mentioned_suppliers
from ingest.facts.dates import MONTHS, find_date
from ingest.facts.registry import Supplier, SupplierRegistry
from tools.assessment import months_after
from tools.portfolio import Criterion
from tools.rules import PolicyTopic, Severity
from tools.selection import SupplierFilter, countries_named, country_key
from tools.sla import METRIC_NAMES

PLACEHOLDER = "Acme"  # how the examples in prompts/intents.yaml write a supplier's name
# The example sets of prompts/intents.yaml that are no intent of their own: a question like them is answered by the
# early-warning digest, a what-if scenario or the risk history when the rest of the question allows it.
LOOKING_AHEAD = frozenset({"scenario", "early_warning", "risk_trend"})
AHEAD_MIN_SIMILARITY = 0.5  # unrelated questions ("weather in Hamburg tomorrow?") stay below this
AHEAD_MARGIN = 0.05  # ... and a question as like an intent proper ("where is Acme's plant?") is not taken
CUE_WEIGHT = 0.12  # what one keyword cue adds to an intent's similarity (two at most)


@dataclass(frozen=True)
class Match:
    """The intent whose examples a question is most like, before the question's other signals count."""

    intent: str
    scores: dict[str, float]
    similarity: float = 0.0  # of the best example of the chosen intent, before cues
    cued: bool = False  # whether a keyword cue of the chosen intent matched
    cued_intents: tuple[str, ...] = ()  # every intent a keyword cue of matched, best score first
    raw: dict[str, float] = field(default_factory=dict)  # each intent's similarity before cues


def load_intents() -> dict[str, Any]:
    text = resources.files("prompts").joinpath("intents.yaml").read_text(encoding="utf-8")
    return dict(yaml.safe_load(text)["intents"])


class Router:
    def __init__(self, embedder: Any):
        self.embedder = embedder
        self.intents = load_intents()
        self.cues = {name: [re.compile(c, re.I) for c in spec.get("cues", [])] for name, spec in self.intents.items()}
        labels, examples = [], []
        for name, spec in self.intents.items():
            for example in spec["examples"]:
                labels.append(name)
                examples.append(example)
        vectors = np.asarray(embedder.embed(examples), dtype=np.float32)
        self.vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
        self.labels = labels

    def match(self, question: str, names: list[str] | None = None) -> Match:
        """The intent of a question; `names` (of the supplier it names) are replaced by the placeholder the
        examples use, so a supplier that appears in some examples does not pull the question their way."""
        question = with_placeholder(question, names or [])
        query = np.asarray(self.embedder.embed_query(question), dtype=np.float32)
        similarity = self.vectors @ (query / np.linalg.norm(query))
        scores: dict[str, float] = {}
        for label, value in zip(self.labels, similarity, strict=True):
            scores[label] = max(scores.get(label, -1.0), float(value))
        raw = dict(scores)
        hits = {name: sum(1 for cue in cues if cue.search(question)) for name, cues in self.cues.items()}
        for name, count in hits.items():
            scores[name] = scores.get(name, 0.0) + CUE_WEIGHT * min(count, 2)
        best = max(scores, key=lambda name: (scores[name], name))
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        return Match(intent=best, scores={k: round(v, 3) for k, v in ranked}, similarity=raw.get(best, 0.0),
                     cued=hits.get(best, 0) > 0, cued_intents=tuple(name for name, _ in ranked if hits.get(name)),
                     raw=raw)


def looking_ahead(match: Match | None) -> tuple[str | None, Match | None]:
    """The look-ahead example set a question is clearly most like (similar enough, ahead of every intent by a margin),
    and the match among the intents proper - which stands whenever the look-ahead answer does not apply."""
    if match is None:
        return None, None
    proper = [name for name in match.scores if name not in LOOKING_AHEAD]
    ahead = match.intent if match.intent in LOOKING_AHEAD and match.similarity >= AHEAD_MIN_SIMILARITY and \
        match.scores[match.intent] - match.scores[proper[0]] >= AHEAD_MARGIN else None
    if match.intent not in LOOKING_AHEAD:
        return ahead, replace(match, cued_intents=tuple(n for n in match.cued_intents if n not in LOOKING_AHEAD))
    best = proper[0]
    return ahead, replace(match, intent=best, cued=best in match.cued_intents, similarity=match.raw.get(best, 0.0),
                          cued_intents=tuple(n for n in match.cued_intents if n not in LOOKING_AHEAD))


def with_placeholder(question: str, names: list[str]) -> str:
    """The question with the supplier names it holds written as the examples' placeholder, longest name first."""
    for name in sorted(names, key=len, reverse=True):  # a whole name, whatever it ends with: "Toreli (China)"
        question = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", PLACEHOLDER, question, flags=re.I)
    return question


# Function words of the languages buyers write in besides English. The bundled model matches questions in English;
# a question in another language that finds nothing is told so, never just "nothing found" (which reads as if the
# documents were silent). Two or more of one language's words, and more of them than of English's, decide.
FUNCTION_WORDS = {
    "English": {"the", "is", "are", "does", "do", "what", "which", "who", "how", "our", "for", "with", "has", "have",
                "any", "when", "where", "why", "can", "did", "and", "of", "to"},
    "German": {"der", "die", "das", "ist", "sind", "hat", "haben", "welche", "welcher", "welches", "wer", "wie", "und",
               "nicht", "ein", "eine", "einen", "für", "mit", "von", "bei", "unsere", "unser", "gibt", "es", "wann"},
    "French": {"le", "la", "les", "est", "sont", "quel", "quelle", "quels", "quelles", "qui", "comment", "et", "pas",
               "un", "une", "pour", "avec", "des", "du", "nos", "notre", "quand", "ont"},
    "Spanish": {"el", "los", "las", "es", "son", "qué", "cuál", "cuáles", "quién", "cómo", "tiene", "tienen", "para",
                "con", "del", "nuestro", "nuestros", "cuándo", "hay"},
    "Italian": {"il", "lo", "gli", "è", "sono", "quale", "quali", "chi", "come", "ha", "hanno", "per", "della",
                "nostro", "nostri", "quando"},
    "Portuguese": {"o", "os", "é", "são", "qual", "quais", "quem", "como", "tem", "têm", "para", "com", "da", "nosso",
                   "nossos", "quando"},
    "Dutch": {"het", "zijn", "welke", "wie", "hoe", "heeft", "hebben", "voor", "met", "van", "onze", "wanneer", "een"},
    "Polish": {"jest", "są", "który", "która", "które", "kto", "jak", "ma", "mają", "dla", "nasz", "czy", "kiedy"},
}


def foreign_language(question: str) -> str | None:
    """The language a question is written in when it is clearly not English, else None."""
    words = re.findall(r"[^\W\d_]+", question.lower())
    hits = {language: sum(word in vocabulary for word in words) for language, vocabulary in FUNCTION_WORDS.items()}
    english = hits.pop("English")
    language, most = max(hits.items(), key=lambda item: item[1])
    return language if most >= 2 and most > english else None


class Intent(StrEnum):
    ONBOARDING = "onboarding"
    RISK = "risk"
    SLA = "sla"
    REMEDIATION = "remediation"
    DOCUMENTS = "documents"
    MINERALS = "minerals"
    CHECKLIST = "checklist"
    KPI = "kpi"  # delivery and quality performance from the KPI exports, of some suppliers or all
    EVIDENCE = "evidence"  # a kind of document no tool assesses (REACH, RoHS ...): who has one, does a policy ask
    COMPARISON = "comparison"  # a question across suppliers
    GENERAL = "general"  # answered from the documents, or from the policy data


SUPPLIER_INTENTS = frozenset({Intent.ONBOARDING, Intent.RISK, Intent.SLA, Intent.REMEDIATION, Intent.DOCUMENTS,
                              Intent.MINERALS, Intent.CHECKLIST})
# Across suppliers: a criterion of the comparison tool, or a ranking, the release decisions, single-sourcing.
Across = Criterion | Literal["ranking", "readiness", "single_sourced", "side_by_side", "directory", "contract_standard",
                             "what_if", "watch", "risk_trend"]
KpiOperation = Literal["lookup", "trend", "best", "worst", "below_target"]
Aspect = Literal["risk", "readiness", "contract", "findings", "certificates", "minerals"]
# What a comparison of named suppliers is about, first match wins; risk when none is named.
ASPECTS: tuple[tuple[Aspect, re.Pattern[str]], ...] = (
    ("readiness", re.compile(r"\bready\b|\bclear(?:ed)?\b|\bapprov|\brelease|\bonboard|serial|\bship\b", re.I)),
    ("contract", re.compile(r"penalt|service credit|clause|contract|agreement|\bslas?\b|warrant|liquidated|\bterms\b"
                            r"|payment|\bnotice\b|incoterm|governing law|\b(?:mpa|fsa|sqa|msa|lta)s?\b", re.I)),
    ("findings", re.compile(r"\bfindings?\b|non-?conformit|\bcapas?\b|corrective|\baudits?\b", re.I)),
    ("certificates", re.compile(r"\bcert(?:ificate|ification)?s?\b|\biso\b", re.I)),
    ("minerals", re.compile(r"cobalt|lithium|nickel|graphite|mineral|sourcing|cahra|conflict|smelter|refiner|\basm\b"
                            r"|artisanal|emrt|cmrt", re.I)))
# Two or more suppliers named and weighed against each other without a compare word: "which of Rhein and Volta ...",
# "how do Sakura and Kestrel stack up", "who has more open findings, X or Y?".
COMPARATIVE = re.compile(r"\bwhich (?:of|one)\b|\bstack up\b|\bhead.to.head\b|\b(?:more|fewer|less|better|worse|higher"
                         r"|lower|bigger|smaller|best|worst)\b|\bor\b", re.I)
# A delivery or quality measure as buyers name it when weighing suppliers ("stack up on delivery").
LOOSE_MEASURES = (("on_time_delivery_pct", r"deliver|\botd\b|on.?time|punctual"),
                  ("defect_ppm", r"defect|\bppm\b|quality|reject"), ("lead_time_days", r"lead.?times?"))
DocumentTopic = Literal["certificates", "tests", "findings", "conduct"]
AuditType = Literal["social", "quality", "process", "environmental"]
AUDIT_TYPES: list[tuple[AuditType, re.Pattern[str]]] = [
    ("social", re.compile(r"social|ethical|smeta|amfori|bsci|\brba\b|labou?r", re.I)),
    ("process", re.compile(r"process|vda 6\.3", re.I)),
    ("environmental", re.compile(r"environment", re.I)),
    ("quality", re.compile(r"quality|system audit", re.I))]
PROBLEM_WORDS = re.compile(r"\b(?:open|overdue|expired|expiring|lapsed|suspended|withdrawn|missing|failed|failing"
                           r"|problems?|issues?|gaps?|outstanding|non-?conformit\w*|major|critical)\b", re.I)
CERTIFICATES_EXPIRING = re.compile(r"\bcert(?:s\b|if\w*).*\bexpir|\bexpir\w*.*\bcert(?:s\b|if)", re.I)
SINGLE_SOURCED = re.compile(r"single.?sourc|sole.?sourc|only one (?:source|supplier)|one source\b", re.I)
CODE_OF_CONDUCT = re.compile(r"code of (?:conduct|ethics)|\bcoc\b", re.I)  # "did X sign our code of conduct?"
# A standard or a product model a question names ("ISO 50001", "UN38.3", "NV-ESS-215"): an answer about documents is
# narrowed to it, and says so when none is on file.
STANDARD = re.compile(r"\b(ISO|IATF|IEC|UL|UN|EN)[\s-]?(\d[\d.]*(?:-\d+)?[A-Z]?)\b", re.I)
# Management-system standards buyers name by number alone ("their 14001"): the body they belong to.
BARE_STANDARDS = {"9001": "ISO", "14001": "ISO", "45001": "ISO", "50001": "ISO", "27001": "ISO", "16949": "IATF"}
BARE_STANDARD = re.compile(rf"(?<![\w.:-])({'|'.join(BARE_STANDARDS)})(?![\w-])")
MODEL = re.compile(r"\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\b")
BANDS = ("critical", "high", "medium", "low")
MINERALS = ("cobalt", "lithium", "nickel", "graphite", "copper", "mica", "manganese", "tin", "tantalum", "tungsten",
            "gold")
# Words for an SLA metric, most specific first: "late-delivery penalty" is about lateness, not delivery.
METRIC_WORDS = ("late", "penalty", "credit", "ppm", "defect", "warranty", "8d", "acknowledg", "complaint", "change",
                "pcn", "otd", "on-time", "on time", "delivery")

# KPI questions: how a supplier performed, not what its contract says. A measure, and a month, a trend, a best or worst,
# or months below target; contract words (penalty, credit, clause) keep a question on the SLA lookup.
KPI_MEASURES = (("lead_time_days", r"lead.?times?"), ("defect_ppm", r"\bppm\b|defect|quality rate|reject"),
                ("on_time_delivery_pct", r"on.?time|\botd\b|delivery (?:performance|reliability|rate)|deliver\w* on"
                                         r" time|punctual"),
                ("invoiced_value", r"invoic|\bsales\b|\bspend\b|revenue|turnover|purchase volume"))
KPI_OPERATIONS: tuple[tuple[KpiOperation, str], ...] = (
    ("below_target", r"(?:below|under|short of|miss\w*|fail\w* (?:to meet|on)) (?:[\w-]+ ){0,3}targets?|fell short"
                     r"|months? below"),
    ("best", r"\bbest\b|\bhighest\b|\btop\b|most reliable|leading|strongest|fastest|shortest"),
    ("worst", r"\bworst\b|\blowest\b|\bpoorest\b|least reliable|weakest|slowest|longest|bottom"),
    ("trend", r"trend|over time|month by month|monthly|each month|per month|develop|evolv|history|so far|ytd"
              r"|year to date|average|avg|getting (?:better|worse)|improv|drift|deteriorat|worsen|slipping|creeping"
              r"|climbing|rising|falling|declin|recover\w*|still a problem|back on track|bounc\w* back|turn\w* around"))
CONTRACT_TERMS = re.compile(r"penalt|credit|clause|contract|agreement|\bslas?\b|warranty|liquidated|remed"
                            r"|\b(?:mpa|fsa|sqa|msa|lta)s?\b|payment terms?|\bnotice\b", re.I)
REMEDIES = re.compile(r"penalt|credit|liquidated|remed|warranty|\blds?\b", re.I)  # what the SLA lookup works out
# A month's English name or its abbreviation, and nothing longer: "dec" in "decline" is no December.
MONTH_NAME = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
              r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
MONTH_ASKED = re.compile(rf"\b(\d{{4}})-(\d{{2}})\b|\b{MONTH_NAME}(?:\s+(\d{{4}}))?\b", re.I)


# Months held against a target ("how has their OTD done against the contract target this year?"): the performance,
# with the contract's target beside it - not the contract's terms.
HELD_AGAINST_TARGET = re.compile(r"\b(?:against|versus|vs\.?|compared (?:with|to)|relative to|measured against)\b"
                                 r".{0,30}\btargets?\b")
# A supplier development plan is the SLA lookup's: two months in a row below a target trigger one.
DEVELOPMENT_PLAN = re.compile(r"\bdevelopment plan\b|\bsdp\b", re.I)


def kpi_asked(question: str) -> dict[str, Any] | None:
    """The KPI measure, operation and month a performance question asks for, or None."""
    lowered = question.lower()
    metric = next((name for name, words in KPI_MEASURES if re.search(words, lowered)), None)
    operation = next((op for op, words in KPI_OPERATIONS if re.search(words, lowered)), None)
    # the contract's terms ("what is the OTD target in the contract?") - unless months are held against them ("who
    # missed their contractual OTD target?")
    held = HELD_AGAINST_TARGET.search(lowered) and not REMEDIES.search(lowered)  # "... against the contract target"
    if metric is None or CONTRACT_TERMS.search(lowered) and not held and (
            operation != "below_target" or REMEDIES.search(lowered)):
        return None
    operation = operation or ("trend" if held else None)
    quarter = period_asked(question)
    month = None if quarter else month_asked(question)
    if operation is None and month is None and quarter is None and metric != "lead_time_days" and not re.search(
            r"\b(?:was|were|had|did \w+ (?:have|achieve|get|reach))\b|performance|\bkpis?\b", lowered):
        return None  # "What is the on-time delivery target?": the contract's terms
    return {"kpi_metric": metric, "operation": operation or ("lookup" if month else "trend"), "month": month,
            "quarter": quarter}


QUARTER = re.compile(r"\bq([1-4])(?:[\s/-]*(\d{4}))?\b|\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)?"
                     r"(?:\s+(\d{4}))?\b|\b(last|previous|past|this|current) quarter\b", re.I)
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


MONTH_RANGE = re.compile(rf"\b(?:from\s+)?{MONTH_NAME}\s*(?:-|–|to|through|thru|until)\s*{MONTH_NAME}(?:\s+(\d{{4}}))?",
                         re.I)
HALF_YEAR = re.compile(r"\b(h[12])(?:[\s/-]*(\d{4}))?\b|\b(first|second) half(?: of)?(?:\s+(\d{4}))?\b", re.I)
YEAR_TO_DATE = re.compile(r"\bytd\b|year.to.date|so far this year|this year\b|\b20\d\d so far\b", re.I)


def period_asked(question: str) -> str | None:
    """The months a question asks about, as a period: a quarter ("Q3 2026" -> "2026-Q3", "the third quarter" ->
    "*-Q3", "last quarter" -> "last", "this quarter" -> "this"), a range of months ("Jan-Oct 2026" ->
    "2026-01..2026-10", "*-03..*-06" without a year), a half year ("H1 2026" -> "2026-01..2026-06") or the year so
    far ("ytd"). `quarter_months` turns it into months once the as-of date is known."""
    if found := MONTH_RANGE.search(question):
        year = found.group(3) or "*"
        first, last = MONTHS[found.group(1).lower()], MONTHS[found.group(2).lower()]
        return f"{year}-{first:02d}..{year}-{last:02d}" if first <= last else None
    if found := HALF_YEAR.search(question):
        half = 1 if (found.group(1) or "").lower() == "h1" or (found.group(3) or "").lower() == "first" else 2
        year = found.group(2) or found.group(4) or "*"
        return f"{year}-{6 * half - 5:02d}..{year}-{6 * half:02d}"
    if YEAR_TO_DATE.search(question):
        return "ytd"
    return quarter_asked(question)


def quarter_asked(question: str) -> str | None:
    """A quarter a question names: "Q3 2026" -> "2026-Q3", "the third quarter" -> "*-Q3" (the latest before the as-of
    date), "last quarter" -> "last", "this quarter" -> "this"."""
    found = QUARTER.search(question)
    if found is None:
        return None
    if found.group(5):
        return "last" if found.group(5).lower() in ("last", "previous", "past") else "this"
    number = found.group(1) or str(ORDINALS[found.group(3).lower()])
    return f"{found.group(2) or found.group(4) or '*'}-Q{number}"


def month_asked(question: str) -> str | None:
    """The one month a question names: "2026-05", "May 2026", "in July" (YYYY-MM, or *-MM without a year); None for
    several ("in Jun, Jul and Aug": those months, not one). "may" as a verb ("may Huaxin ship?") is not a month."""
    named: list[str] = []
    for found in MONTH_ASKED.finditer(question):
        if found.group(1):
            named.append(f"{found.group(1)}-{found.group(2)}")
            continue
        word, year = found.group(3).lower(), found.group(4)
        if word == "may" and not year and not re.search(r"\bin may\b", question, re.I):
            continue
        if number := MONTHS.get(word):
            named.append(f"{year or '*'}-{number:02d}")
    return named[0] if len(set(named)) == 1 else None


# Two or more suppliers set side by side: "compare Huaxin and Kestrel", "which is riskier, X or Y?", "X vs Y".
SIDE_BY_SIDE = re.compile(r"\bcompar|\bvs\.?\b|\bversus\b|side.by.side|\briskier\b|\bsafer\b|\bbigger risk\b"
                          r"|which (?:one )?(?:is|has) (?:the )?(?:better|worse|higher|lower|more|less)\b"
                          r"|differ\w* between", re.I)
FOLLOW_UP = re.compile(r"\b(they|them|their|theirs|it|its|this supplier|that supplier|the supplier)\b|^\s*(and|what "
                       r"about|how about)\b", re.I)
ACROSS_SUPPLIERS = re.compile(r"\s*(?:which|what) (?:of (?:our|the) )?suppliers\b", re.I)
# Asked of the whole supplier base without naming one: "who sources cobalt from CAHRAs?", "anyone in the critical
# band?", "list the suppliers that fail onboarding", "high-risk suppliers?". Only a criterion a tool computes makes
# it a comparison; a question about rules ("how often are high-risk suppliers audited?") never is.
ANYONE = re.compile(r"\s*(?:who(?:'s|\s+is|\s+are|\s+has|\s+have|\s+else)?\b|any(?:one|body|\s+suppliers?)\b"
                    r"|(?:list|show|name|rank)\b|are there\b)", re.I)
SUPPLIER_BASE = re.compile(r"\bsuppliers\b|\bsupplier (?:base|risk ranking|ranking|certs?|certificates)\b", re.I)
ABOUT_RULES = re.compile(r"\s*(?:how (?!many suppliers)|why\b|what happens\b|explain\b|define\b"
                         r"|what (?:does|do|must|should)\b)", re.I)
OUR_RULES = re.compile(r"\bour (?:[\w-]+ ){0,3}(?:policy|policies|procedure|rules?|standard|position|stance|approach)\b"
                       r"|\bdo we (?:require|allow)\b", re.I)
YES_NO = re.compile(r"(does|do|is|are|has|have|can|may|could|will|did)\b")
# "Is X cleared / approved / good to go?" wants a plain No when it is not ready.
CLEARANCE = re.compile(r"\bship|\bclear|\bready\b|\bapprov|\ballowed\b|good to go|\bsop\b|\brelease", re.I)
UNCUED_MIN_SIMILARITY = 0.6  # a supplier intent with no keyword cue needs this much similarity to an example


# How buyers name a segment's suppliers: by what they make ("cell suppliers", "who else can supply cells", "a second
# source for separator film") or by what they are ("pack integrators"). Keyed by the segments of the buyer's policy
# (tools/policy.yaml); the first that matches decides, so "cell component suppliers" are not cell makers.
SEGMENT_PRODUCTS = {
    "cell_component": r"separators?(?: films?)?|electrolytes?|cell components?|cell materials?|copper foils?",
    "cell_manufacturer": r"(?:battery |li-?ion |lithium-ion |lfp |nmc |prismatic |pouch )?cells?",
    "pack_integrator": r"(?:battery )?packs?|(?:battery )?modules?|ess|energy.storage(?: systems?)?|battery systems?",
    "cathode_material": r"cathodes?(?: active)?(?: materials?)?|cam|p?cam|precursors?",
    "raw_material": r"raw[- ]materials?|lithium(?: chemicals?| carbonate| hydroxide)?|(?:natural )?graphite",
    "electronics_component": r"electronics?|bms|battery management(?: systems?)?|electronic components?",
    "mechanical_component": r"mechanical (?:parts|components?)|housings?|enclosures?|busbars?"}
SEGMENT_MEMBERS = {"pack_integrator": r"(?:pack |system |ess )?integrators?",
                   "raw_material": r"miners?|mining companies",
                   "cell_manufacturer": r"cell (?:makers?|manufacturers?|producers?)"}
SUPPLIER_NOUN = r"(?:suppliers?|makers?|manufacturers?|vendors?|producers?|sources?|companies|partners|segment)"
SUPPLY_VERB = (r"(?:supply|supplies|supplying|supplied|make|makes|making|manufactures?|manufacturing|produces?"
               r"|producing|delivers?|delivering|sells?|provides?)")
SEGMENT_ASKED = {segment: re.compile(
    rf"\b(?:{products})\s+{SUPPLIER_NOUN}\b|\b{SUPPLY_VERB}\s+(?:us\s+)?(?:with\s+)?(?:the\s+|our\s+|any\s+)?"
    rf"(?:{products})\b|\b(?:sources?|suppliers?|alternat\w+|backups?|replacements?)\s+(?:for|of)\s+(?:the\s+|our\s+)?"
    rf"(?:{products})\b|\b{SUPPLIER_NOUN}\s+(?:do we have\s+|we have\s+|we use\s+)?for\s+(?:the\s+|our\s+)?"
    rf"(?:{products})\b"
    + (rf"|\b(?:{SEGMENT_MEMBERS[segment]})\b" if segment in SEGMENT_MEMBERS else ""), re.I)
    for segment, products in SEGMENT_PRODUCTS.items()}
# A segment's products next to another segment's asked ("cathode / raw material suppliers"), just after or before it.
SEGMENT_JOINED = {segment: re.compile(rf"^\s*(?:/|,|&|and|or)\s*(?:the\s+|our\s+)?(?:{products})\b"
                                      rf"|\b(?:{products})\s*(?:/|,|&|and|or)\s*$", re.I)
                  for segment, products in SEGMENT_PRODUCTS.items()}
# Agreements held against the buyer's contract standard: "does the Andes SQA meet our contract standard?", "which
# contracts have an OTD target below our template?".
CONTRACT_STANDARD = re.compile(r"\b(?:contract(?:ual)?|governance) standard\b|\baes-std-005\b|\b(?:sla |contract |our )"
                               r"templates?\b|\b(?:below|above|under|weaker than|stricter than|against) (?:our|the) "
                               r"(?:[\w%-]+ ){0,2}(?:template|standard)\b", re.I)
# Whether the policy requires a document of a named supplier: "do we need a CMRT from Sakura too?", "is an EMRT
# required of Volta?". Its segment's required documents answer it.
NEEDED_DOCUMENT = r"(?:emrt|cmrt|iso \d+|un ?38\.3|social audit|code of conduct|certificate|declaration|report" \
    r"|ul 9540a?|iec 62133)"
SUPPLIER_NEEDS = re.compile(rf"\b(?:do|does|did) (?:we|you|\w+) (?:really |actually |also |even )?need (?:an? |the "
                            rf"|to (?:get|send|have|provide|submit) (?:an? |the |us )?)?{NEEDED_DOCUMENT}\b"
                            rf"|\bis (?:an? |the )?{NEEDED_DOCUMENT}\b.{{0,20}}\brequired\b", re.I)
# Contract terms no SLA template covers: held against the standard, the answer is that it sets none, and what the
# agreement says.
UNTEMPLATED = re.compile(r"\btermination(?: notice| period)?|\bterminat\w*|\bpayment terms?|\bgoverning law"
                         r"|\bjurisdiction|\bliabilit\w*|\bincoterms?|\bpric(?:e|es|ing)\b|\bexclusivit\w*|\binsurance|\bconfidentiality"
                         r"|\bforce majeure|\bintellectual property", re.I)
AGREEMENTS = re.compile(r"\b(?:contracts?|agreements?|sqas?|fsas?|mpas?|slas?)\b", re.I)
# Who else could supply: alternates to a named supplier, in its segment.
ALTERNATES = re.compile(r"\bwho else\b|\balternat\w*|\bsecond(?:ary)? sourc|\bother (?:[\w-]+ )?(?:suppliers?|sources?"
                        r"|options?|vendors?|makers?)\b"
                        r"|\breplac\w*|\bbackups?\b|\bfall.?backs?\b|\bsubstitut\w*|\binstead of\b|\bdual.sourc"
                        r"|\bif \w+(?: \w+)? (?:stops?|fails?|goes (?:bust|bankrupt|down|under)|drops? out|ceases?"
                        r"|can(?:no|')t)\b", re.I)
# A scenario: what breaks if a supplier, or supply from a country, is lost ("what happens if Huaxin stops shipping?",
# "what if imports from China stop?", "how exposed are we to Volta?").
# How much we depend on a supplier is what we would lose without it ("how much we lean on Nordvolt").
DEPENDENCE = r"\b(?:lean|leaning|depend\w*|rely|relying|reliant|reliance) (?:on|upon)\b|\bdependen(?:ce|cy) on\b"
SCENARIO = re.compile(r"\bwhat (?:happens|would happen|will happen|if)\b|\bimpact\b|\bexposure\b|\bexposed\b"
                      r"|\bat stake\b|\bwhat breaks\b|\bscenario\b|\bconsequences?\b|\bbusiness continuity\b"
                      r"|\bwhat (?:do|would) we lose\b|\baffected\b|\b(?:are|is|be|get) (?:we )?hit\b"
                      r"|\bsingle.?sourc|\bsole.?sourc|\bspend\b|" + DEPENDENCE, re.I)
# "Who else can supply cells if Huaxin stops?" asks for the alternates alone: the supplier directory's list.
ONLY_ALTERNATES = re.compile(r"\W*(?:who else|which other|what other|any other|(?:are|is) there (?:any )?other)\b",
                             re.I)
# A supplier lost as a hypothesis ("if Huaxin stops", "say Huaxin ends up on a sanctions list", "hypothetically, Volta
# files for insolvency"): the whole scenario, unless only the alternates are asked for (ONLY_ALTERNATES).
HYPOTHESIS = re.compile(r"\bif\b|\bsay\b|\bsuppos|\bin case\b|\bwere to\b|\bimagine\b|\bends? up\b|\bheard\b"
                        r"|\bhypothetic\w*|\bplan b\b|\bcontingency\b"
                        r"|\bscenario\b|\bwhat happens\b", re.I)
LOSS = re.compile(r"\bstop|\bfail|\bceas|\bhalt|\bbust\b|bankrupt|insolv|disrupt|\blos[et]|\blosing\b|cut off"
                  r"|\bshut|\bclos(?:e|es|ing|ure)\b|embargo|tariff|sanction|\bban(?:s|ned)?\b|\bblockade|goes down"
                  r"|\bexit|\bquit|drops? out|\bexposure\b|\bexposed\b|\bcontinuity\b|\bdisappear|\bwithdraw|\bfire\b"
                  r"|\bflood|\boutage|\bstrike\b|\bgone\b|\bdown for\b|\bfiles? for\b|" + DEPENDENCE, re.I)
# Early warning: what needs attention before it becomes a breach ("anything I should worry about at Nordvolt?").
# Said outright, the digest is asked for whatever evidence the question names ("early-warning check on Nordvolt: is
# anything drifting towards a breach of the contract?").
WATCH_OUTRIGHT = re.compile(r"early.warning|\bwatch.?list\b|\bdrift\w*", re.I)
WATCH_ASKED = re.compile(WATCH_OUTRIGHT.pattern + r"|\bheads.up\b|\bneeds? (?:my |our |urgent )?attention\b"
                         r"|on the horizon|red flags? (?:coming|ahead)|\b(?:trending|getting|going) (?:worse|downhill)"
                         r"|deteriorat|\bslipping\b|before (?:it|they) (?:becomes?|turns?)\b"
                         r"|what(?:'s| is) coming up|\blook(?:ing)? ahead\b|keep an eye|watch out for"
                         r"|what should (?:i|we) (?:watch|be watching|look at first)", re.I)
# A KPI's movement with what it sets off ("is that a real trend, and does the contract make us trigger anything?").
TRIGGERS = re.compile(r"\btrigger|\bconsequen|\bescalat|\bdoes the contract\b", re.I)
KPI_TREND_WORDS = re.compile(r"\btrend|\bcreep|\bclimb|\brising|\bfalling|\bdeclin|\bslipp|\bgetting worse|\bnoise\b",
                             re.I)
# Minerals declarations coming up for their renewal: the digest's declaration alerts, across suppliers or for one.
DECLARATION_RENEWAL = re.compile(r"(?=.*\b(?:emrts?|cmrts?|declarations?|minerals? report\w*)\b)"
                                 r"(?=.*\b(?:renew\w*|out of date|outdated|refresh\w*|coming up|expir\w*|stale|lapse\w*"
                                 r"|(?:falls?|fell|coming|come|becomes?) due|due (?:for|by|in|within|before|soon))\b)",
                                 re.I)
DECLARATION_ALERTS = ("declaration_due", "declaration_out_of_date")
# Worry about what is ahead: the digest when a window is said ("anything to worry about with Sakura over the next three
# months?"); without one, "which suppliers should we worry about?" is the risk ranking.
WORRY = re.compile(r"\bworr(?:y|ied|ies)\b|\bnervous\b|\bconcern", re.I)
# One kind of evidence named: a question about it ("any red flags in Huaxin's certificates?", "worried about Volta's
# single-sourced chip") is answered by the tool for that kind, not by the whole early-warning digest.
ONE_TOPIC = re.compile(r"\bcert(?:s\b|if)|\baudit|\bfinding|\bcapas?\b|corrective|\bminerals?\b|\bemrt|\bcmrt"
                       r"|declaration|\bcontract|\bagreement|\bslas?\b|penalt|single.?sourc|sole.?sourc"
                       r"|second source|code of conduct|\btest|\b38\.3|\brisk score|\bchecklist", re.I)
# Risk over time asked as who got better: the most improved first.
IMPROVED = re.compile(r"\bless risky\b|\bsafer\b|\bimprov|\bbetter\b|\bdecreas|\blower\b|\bgone down\b", re.I)
# Risk over time: whose score is rising ("who is getting riskier?", "Ruifeng's risk trend this year").
RISK_TREND = re.compile(r"\brisk(?:ier| score| scores| level| rating)?\b.{0,40}?\b(?:trend\w*|over time|history"
                        r"|rising|risen|increas\w*|going up|gone up|climb\w*|worsen\w*|month by month|evolv\w*"
                        r"|changed?)\b"
                        r"|\b(?:trend|history|evolution)\b.{0,30}\brisk|\b(?:getting|becoming|grown|gotten) riskier\b"
                        r"|\bwho(?:se)? (?:is|are|has|have) (?:been )?(?:getting|becoming) (?:riskier|worse)\b"
                        r"|\b(?:become|became|got|gotten|grown|getting|becoming) riskier\b"
                        r"|\b(?:deteriorat|worsen|improv)\w*\b.{0,30}\brisk\b"
                        r"|\brisk\b.{0,30}\b(?:gotten|got|become|became|getting) (?:better|worse)\b"
                        r"|\brisk(?: score| level| rating)?\b.{0,30}\b(?:mov\w*|curve|peak\w*|gone (?:up|down)"
                        r"|go(?:ne)? up|over the (?:past|last) (?:year|twelve months|12 months))"
                        r"|\b(?:became|become|got|gotten|grown|getting|becoming) (?:less|more) risky\b", re.I)
# Evidence buyers ask for that no tool assesses, as the term the documents would use: regulatory declarations, ESG
# figures, standards beyond the usual management systems. Asked as possession ("which suppliers have ...", "did X
# send ...") it is answered by what is on file and whether a policy asks for it; asked as "what is REACH?" it is not.
EVIDENCE_TERMS = (("REACH", r"\bREACH\b|\breach (?:decl\w*|compliance|statement|conformity|certificate)"
                            r"|(?i:\bsvhcs?\b|substances? of very high concern|candidate list)"),
                  ("RoHS", r"(?i:\brohs\b)"),
                  ("carbon footprint", r"(?i:carbon.?footprint|co[2₂]e?.?footprint|\bpcf\b|\bcfp\b"
                                       r"|kg ?co[2₂]e?(?:q|-eq)? ?(?:/|per) ?kwh)"),
                  ("battery passport", r"(?i:battery.?passport|\bdpp\b"
                                       r"|passport (?:attributes?|data|readiness|fields?))"),
                  ("EcoVadis", r"(?i:ecovadis)"),
                  ("PFAS", r"(?i:\bpfas\b)"),
                  ("recycled content", r"(?i:recycled (?:content|cobalt|lithium|nickel|lead))"),
                  ("ISO 50001", r"(?i:\biso\s?50001\b)"), ("ISO 27001", r"(?i:\biso\s?27001\b)"),
                  ("TISAX", r"(?i:\btisax\b)"), ("conflict minerals policy", r"(?i:conflict.minerals? polic)"),
                  ("ESG", r"(?i:\besg\b|sustainability report|\bcsr report)"),
                  ("Scope 1", r"(?i:scope [12]\b|greenhouse gas|\bghg\b)"))
POSSESSION = re.compile(r"\b(?:have|has|had|hold|holds|sent|send|sends|provided?|provides|submit\w*|on file|received"
                        r"|got|gave|given|shared?|uploaded|missing|lack\w*|any|available|signed)\b", re.I)


# Documents the tools assess: a question naming them ("missing any social audits or minerals templates before the ESG
# review?") is about them, whatever else it mentions.
ASSESSED_DOCUMENTS = re.compile(r"\bsocial audits?\b|\bemrts?\b|\bcmrts?\b|\bminerals? (?:templates?|declarations?)\b"
                                r"|\bun ?38\.3\b|\bcode of conduct\b|\biso ?9001\b|\biso ?14001\b|\biso ?45001\b", re.I)


# Evidence the tools now read into facts and judge (issue #17): asked about a supplier, a model or across suppliers,
# it is answered from those facts even without a word of possession ("is Huaxin's REACH declaration current?",
# "compare our suppliers' scope 1 emissions").
# A verdict of another tool asked with the evidence as its reason: "Huaxin's risk score with its out-of-date REACH
# declaration?", "is Sakura still ready for onboarding now that RoHS is checked?".
OTHER_VERDICT = re.compile(r"\brisk (?:score|band|level|rating)\b|\bhow risky\b|\bready\b|\bcleared\b|\brelease"
                           r"|\bonboard|\bapproved?\b", re.I)
JUDGED_EVIDENCE = frozenset({"REACH", "RoHS", "carbon footprint", "recycled content", "ESG", "Scope 1",
                             "battery passport"})
ESG_FIGURES = re.compile(r"\bscope\s*[12]\b|greenhouse gas|\bghg\b|\bemissions\b|\brenewables?\b"
                         r"|energy (?:use|consumption|consumed)|\benergy\b.{0,30}\b(?:use[sd]?|consum\w*)\b|\bwaste\b",
                         re.I)
ACROSS = re.compile(r"\bwhich (?:of (?:our|the) )?suppliers?\b|\bcompar|\bhighest\b|\blowest\b|\bmost\b|\bleast\b"
                    r"|\brank|\bside by side\b|\bour suppliers\b|\ball suppliers\b|\bacross\b"
                    r"|\b(?:by|per|each) supplier\b|\bstack up\b", re.I)


def evidence_term(question: str) -> str | None:
    """The kind of evidence a question names ("REACH", "carbon footprint"), the first of EVIDENCE_TERMS."""
    return next((term for term, words in EVIDENCE_TERMS if re.search(words, question)), None)


def verdict_on_evidence(question: str) -> Intent | None:
    """The verdict a question asks for with judged evidence as its reason: the risk score, or the release."""
    term = evidence_term(question)
    if term not in JUDGED_EVIDENCE or term == "battery passport" or not OTHER_VERDICT.search(question):
        return None
    return Intent.RISK if re.search(r"\brisk", question, re.I) else Intent.ONBOARDING


def evidence_asked(question: str, named: bool = False) -> str | None:
    """The term of a kind of evidence asked about: who has it, or - for evidence the tools judge - what it says of a
    supplier, a model or across suppliers; else None."""
    # a figure or a state, not how a rule works: "how much energy ...", "how old is ...", "how did ... change"
    amount = re.match(r"\s*how (?:much|many|high|large|big|low|old|recent|current|did|has|prepared|ready"
                      r"|(?:do|does) (?:our |the |all )?suppliers)\b", question, re.I)
    term = evidence_term(question)
    if ABOUT_RULES.match(question) and not amount or ASSESSED_DOCUMENTS.search(question) \
            or OTHER_VERDICT.search(question) and term != "battery passport":  # ready for the passport: its tool
        return None
    if term is None and ESG_FIGURES.search(question) and (named or ACROSS.search(question)):
        return "ESG"  # "what were Sakura's scope 2 emissions in 2025?"
    if term is None:
        return None
    if POSSESSION.search(question) or term in JUDGED_EVIDENCE and (named or ACROSS.search(question)
                                                                   or MODEL.search(question)):
        return term
    return None


# A count as buyers write it, in figures or words ("90 days", "two weeks", "a month").
NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "nine": 9, "twelve": 12}
COUNT = "|".join([r"\d+", *NUMBER_WORDS])
# A delivery's delay and its value: "10 days late", "a delay of two weeks", "on a EUR 200,000 order", "480k EUR PO".
DELAY = re.compile(rf"\b({COUNT})\s*(days?|weeks?|wks?)\b(?:\s+(?:too\s+)?)(?:late|overdue|behind|delay)"
                   rf"|\b(?:delay(?:ed)?|late) (?:of|by)\s+({COUNT})\s*(days?|weeks?|wks?)\b", re.I)
NOT_A_DELIVERY = re.compile(r"capa|corrective|finding|certificat|audit|report|8d|payment|invoice", re.I)
MONEY = re.compile(r"(?:(?:EUR|€|USD|US\$|\$|GBP|£|CHF)\s?(\d[\d,.' ]*\d|\d)\s*(k|m|mn|million|thousand)?\b)"
                   r"|(?:\b(\d[\d,.']*\d|\d)\s*(k|m|mn|million|thousand)?\s*(?:EUR|€|euros?|USD|dollars?|GBP|CHF)\b)"
                   r"|(?:\b(\d[\d,.']*\d|\d)\s*(k|m)\b)", re.I)


def delay_asked(question: str) -> int | None:
    """The days a delivery is late, as a question says it ("10 days late", "two weeks late", "late by 3 weeks")."""
    found = DELAY.search(question)
    if found is None or NOT_A_DELIVERY.search(question):
        return None
    count, unit = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
    number = int(count) if count.isdigit() else NUMBER_WORDS.get(count.lower(), 1)
    return number * (7 if unit.lower().startswith("w") else 1)


def value_asked(question: str) -> float | None:
    """An order's value as written: "EUR 200,000", "480k EUR", "a 50k order", "100.000 EUR" (the currency aside)."""
    found = MONEY.search(question)
    if found is None:
        return None
    figure, scale = next((found.group(i), found.group(i + 1)) for i in (1, 3, 5) if found.group(i))
    digits = re.sub(r"[,.' ](?=\d{3}(?!\d))", "", figure).replace(",", ".")
    try:
        value = float(digits)
    except ValueError:
        return None
    return value * {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6}.get((scale or "").lower(), 1)


# Abbreviations buyers type that the documents spell out (and the bundled model does not know): searched for with
# their words beside them, so "governing law in the Kestrel FSA?" finds the framework supply agreement's clause.
SPELLED_OUT = {"fsa": "framework supply agreement", "sqa": "supply and quality agreement",
               "mpa": "master purchase agreement", "po": "purchase order", "pos": "purchase orders",
               "coc": "code of conduct", "ld": "liquidated damages", "lds": "liquidated damages",
               "pcn": "product change notification", "ess": "energy storage system", "nc": "non-conformity",
               "cert": "certificate", "certs": "certificates", "t&cs": "terms and conditions", "hq": "headquarters",
               "bcp": "business continuity plan", "asm": "artisanal and small-scale mining"}


def spelled_out(question: str) -> str:
    """The question with each abbreviation followed by its words: "the Kestrel FSA (framework supply agreement)"."""
    return re.sub(r"(?<![\w-])([A-Za-z&]{2,4})(?![\w-])", lambda m: f"{m.group(1)} ({SPELLED_OUT[m.group(1).lower()]})"
                  if m.group(1).lower() in SPELLED_OUT else m.group(1), question)


HOW_MANY = re.compile(r"\s*how many\b", re.I)
# A question that lists suppliers: "which suppliers ...", "who are our ...", "how many ... do we have".
LISTS_SUPPLIERS = re.compile(r"\b(?:which|what|who|list|show|name|give me|how many|do we have|are there|any)\b"
                             r"|^\s*suppliers?\b", re.I)


def segments_in(question: str) -> list[str]:
    """The segments a question narrows to, by the words buyers use for their suppliers ("cathode / raw material
    suppliers"); a phrase counts once, for the first segment it names ("cell component" is not "cell")."""
    found, rest, spans = [], question, []
    for segment, asked in SEGMENT_ASKED.items():
        if hit := asked.search(rest):
            found.append(segment)
            spans.append(hit.span())
            rest = rest[:hit.start()] + " " * (hit.end() - hit.start()) + rest[hit.end():]
    for segment, joined in SEGMENT_JOINED.items():  # "cathode / raw material suppliers": coordinated products
        if segment not in found and any(joined.search(rest[end:end + 30]) or joined.search(rest[max(0, start - 30):
                                                                                            start])
                                        for start, end in spans):
            found.append(segment)
    return found


def countries_in(question: str, registry: SupplierRegistry) -> list[str]:
    """Countries a question names ("in Germany", "our Chinese suppliers"), spelled as the profiles spell them."""
    spelled = {country_key(s.country): s.country for s in registry.suppliers if s.country}  # as profiles spell it
    found = [c for c in spelled.values() if re.search(rf"\b{re.escape(c)}\b", question, re.I)]
    found += countries_named(question)
    return list(dict.fromkeys(spelled.get(country_key(c), c) for c in found))


@dataclass(frozen=True)
class Window:
    """A time window as asked: so many days, weeks or months from the as-of date, or up to a date (exclusive)."""

    count: int = 0
    unit: Literal["days", "weeks", "months"] = "days"
    before: dt.date | None = None
    month: int | None = None  # a month named without a year ("before the end of January"): its next occurrence
    through_month: bool = True  # ... up to its end ("by", "until the end of"), or up to its start ("before January")

    def end(self, as_of: dt.date) -> dt.date:
        if self.before is not None:
            return self.before
        if self.month is not None:
            year = as_of.year if self.month >= as_of.month else as_of.year + 1
            first = dt.date(year, self.month, 1)
            return months_after(first, 1) if self.through_month else first
        if self.unit == "months":
            return months_after(as_of, self.count)
        return as_of + dt.timedelta(days=self.count * (7 if self.unit == "weeks" else 1))

    def last_day(self, as_of: dt.date) -> dt.date:
        """The last day inside the window: "within 60 days" includes the 60th; "before February" ends on 31 January."""
        end = self.end(as_of)
        return end if self.before is None and self.month is None else end - dt.timedelta(days=1)


WITHIN = re.compile(rf"\b(?:next|within|in the next|in the coming|coming|over the next)\s+({COUNT})?\s*"
                    r"(day|week|month|year)s?\b", re.I)
UP_TO = re.compile(r"\b(before|by|until|till|through|prior to|no later than)\s+(?:the\s+)?(?:end of\s+)?"
                   r"(\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-z]+\s+\d{4}|[A-Za-z]+\s+\d{1,2},?\s+\d{4}|[A-Za-z]+\s+\d{4}"
                   r"|\d{4})\b", re.I)
UP_TO_MONTH = re.compile(r"\b(before|by|until|till|through|prior to|no later than)\s+(?:the\s+)?(end of\s+)?"
                         rf"{MONTH_NAME}(?!\s*\d)", re.I)


def window_of(question: str) -> Window | None:
    """The time window a question sets, if any: "next 90 days", "within 3 months", "before March 2027", "by
    2027-02-11" (through that day), "by March 2027" (through that month)."""
    if within := WITHIN.search(question):
        count = within.group(1)
        number = int(count) if count and count.isdigit() else NUMBER_WORDS.get((count or "one").lower(), 1)
        unit = within.group(2).lower()
        return Window(count=number * 12 if unit == "year" else number, unit="months" if unit == "year" else
                      f"{unit}s")  # type: ignore[arg-type]
    if bare := UP_TO_MONTH.search(question):  # "before the end of January": no year said
        word = bare.group(1).lower()
        return Window(month=MONTHS[bare.group(3).lower().rstrip(".")],
                      through_month=bool(bare.group(2)) or word not in ("before", "prior to"))
    if not (up_to := UP_TO.search(question)):
        return None
    word, said = up_to.group(1).lower(), up_to.group(2)
    inclusive = word != "before" and word != "prior to"
    if re.fullmatch(r"\d{4}", said):
        return Window(before=dt.date(int(said) + (1 if inclusive else 0), 1, 1))
    if date := find_date(said):
        return Window(before=date[0] + dt.timedelta(days=1 if inclusive else 0))
    month = re.fullmatch(r"([A-Za-z]+)\s+(\d{4})", said)
    named = MONTHS.get(month.group(1).lower()) if month else None
    if month is None or named is None:
        return None
    year = int(month.group(2))
    first = dt.date(year, named, 1)
    return Window(before=dt.date(year + named // 12, named % 12 + 1, 1) if inclusive else first)


FocusKind = Literal["person", "place", "date", "deadline", "duration", "amount", "count", "frequency", "thing"]


@dataclass(frozen=True)
class Focus:
    """What a wh-question asks for: a person ("who signed ..."), a place, a date, or a thing named by its noun
    phrase ("which laboratory", "what payment terms"). A tool answers only the things it computes."""

    kind: FocusKind
    words: tuple[str, ...] = ()

    @property
    def head(self) -> str | None:
        return self.words[-1] if self.words else None


FOCUS_KINDS: list[tuple[FocusKind, re.Pattern[str]]] = [
    ("person", re.compile(r"(?:who|whom|whose)\b")),
    ("place", re.compile(r"where\b")),
    ("deadline", re.compile(r"(?:by|until|till) when\b|when (?:will|shall)\b|when (?:does|do|is|are) .*\b(?:want|plan|"
                            r"expect|intend|aim|due|planned|expected|scheduled)")),
    ("date", re.compile(r"(?:from |since )?when\b|what (?:date|day|month|year)\b")),
    ("frequency", re.compile(r"how (?:often|frequently)\b")),
    ("duration", re.compile(r"(?:how long|how many (?:days|weeks|months|years))\b(.*)")),
    ("amount", re.compile(r"how much\b(.*)")),
    ("count", re.compile(r"how many\s+(.*)")),
    ("thing", re.compile(r"(?:what|which)(?:'s|\s+is|\s+are|\s+was|\s+were)?\s+(.*)"))]
LEAD_IN = re.compile(r"\s*(?:(?:and|so|ok|okay|also|then|hey|hi)\b[\s,]*)*")
# Words that end the noun phrase a question asks for, and words before it that are not part of it.
PHRASE_ENDS = {"of", "for", "in", "on", "at", "to", "from", "with", "by", "did", "does", "do", "is", "are", "was",
               "were", "has", "have", "had", "will", "would", "should", "can", "could", "must", "that", "which",
               "under", "between", "per", "about", "we", "they", "it", "applies", "apply", "and", "or", "if"}
DETERMINERS = {"the", "a", "an", "our", "their", "its", "his", "her", "this", "that", "these", "those", "kind", "type",
               "sort", "exact", "current", "latest", "last", PLACEHOLDER.lower()}


# Where one part of a question ends and the next begins: "how long does it run and what's the notice period".
NEXT_PART = re.compile(r"\b(?:and|or|plus|also)\s+(?=(?:what|which|who|when|where|how|is|are|does|do|can)\b)|[?;]")


# Adverbs before what is asked, which say nothing of it.
ADVERBS = {"still", "exactly", "actually", "currently", "really", "now"}


# Words that ask for nothing in particular: the rest of the question says what is asked.
VAGUE = {"been", "being", "got", "gotten", "thing", "things", "first", "top", "main", "biggest", "next", "priority",
         "priorities", "situation", "story", "deal", "news", "update", "updates", "came", "happened", "happens",
         "went", "wrong", "else", "needs", "up"}


# Where a Slack question's topic ends and its question begins: "meridian's IATF 16949 - when does it expire?"
CLAUSE_BREAK = re.compile(r"\s[-–—:]\s|\s?[;,]\s(?=(?:who|what|which|when|where|how)\b)", re.I)


def yes_no_asked(question: str) -> bool:
    """Asked to be answered yes or no: "Does Kestrel hold ...?", or after a topic: "Volta CMRT - have we got it?"."""
    return any(YES_NO.match(part.strip().lower()) for part in [question, *CLAUSE_BREAK.split(question)[1:]])


def focus_of(question: str, names: list[str] | None = None) -> Focus | None:
    """What a wh-question asks for, or None for a yes/no question, a command or a question led by its verb
    ("What did the audit find?"). A question after a topic ("pearl river social audit - who was the lead auditor?")
    is read from its last clause that asks something."""
    # names first: a dash inside one ("Seoyeon BMS Electronics – Dresden plant") is no clause break
    parts = CLAUSE_BREAK.split(with_placeholder(question, names or []))
    for part in parts[1:]:
        if (found := clause_focus(part, names)) is not None:
            if not found.words and found.kind in ("amount", "duration"):  # "late delivery LDs - how much?": of what
                topic = with_placeholder(parts[0], names or []).lower()
                words = [w for w in re.findall(r"[\w'-]+", topic) if w not in DETERMINERS and w not in PHRASE_ENDS]
                return Focus(found.kind, tuple(words[-3:]))
            return found
    return clause_focus(parts[0], names)


def clause_focus(question: str, names: list[str] | None) -> Focus | None:
    question = with_placeholder(question, names or [])
    text = question.lower()[LEAD_IN.match(question).end():]  # type: ignore[union-attr]
    for kind, pattern in FOCUS_KINDS:
        if not (found := pattern.match(text)):
            continue
        if kind in ("duration", "amount"):  # "how long is the warranty": what it is long or much of, in its words
            # (up to the next part of the question: "how long does it run and what's the notice period?")
            rest = NEXT_PART.split(found.group(1))[0]
            return Focus(kind, tuple(re.findall(r"[\w'-]+", rest)))
        if kind not in ("thing", "count"):
            return Focus(kind)
        words: list[str] = []
        said = re.findall(r"[\w'-]+", found.group(1))
        for i, word in enumerate(said):
            if not words and word in ADVERBS and not (i + 1 < len(said) and said[i + 1].endswith("ing")):
                continue  # "what exactly do we still have to collect": asked by the rest ("still blocking": kept)
            if not words and (word in VAGUE or word.endswith("ing")):
                return None  # "What's driving ...?", "What's the first thing to fix?": asked by the rest

            if (word.endswith("'s") and words) or word in PHRASE_ENDS or len(words) == 3:
                break
            if (word in DETERMINERS or word == f"{PLACEHOLDER.lower()}'s") and not words:
                continue
            words.append(word)
        if PLACE_NOUNS.intersection(words[:2]):  # "which court handles disputes", "what address": a place
            return Focus("place", tuple(words))
        return Focus(kind, tuple(words)) if words else None
    # a bare noun phrase asks for a place ("Kestrel address?") - no tool computes one; other phrases ("Huaxin ok to
    # ship?", "solaris risk score") are left to the intent, and only rank quoted sentences (phrase_focus)
    phrase = phrase_focus(text)
    return phrase if phrase is not None and phrase.kind == "place" else None


ASKS = re.compile(r"^\s*(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|had|may|must|any|list|show|"
                  r"give|tell|compare|summari[sz]e|check|draft|find|name|rank)\b|\b(?:who|whom|whose|what|whats|which|"
                  r"when|where|why|how)\b")
# Nouns that name a place: asked for, they want an address, a city or a court.
PLACE_NOUNS = {"address", "location", "site", "plant", "factory", "facility", "headquarters", "hq", "court",
               "courts", "jurisdiction", "venue", "seat", "forum"}


def phrase_focus(text: str) -> Focus | None:
    """What a question (lower case, names as the placeholder) written as a bare noun phrase asks for ("Kestrel
    address?", "payment terms in the Nordvolt agreement?"): that thing. None for a question led by a verb, or with a
    number or a state ("Sakura cleared?")."""
    if ASKS.search(text) or re.search(r"\d", text):  # led by a verb, or asking with a wh-word somewhere
        return None
    words: list[str] = []
    for word in re.findall(r"[a-z][\w'-]*", text)[:8]:
        if word.startswith(PLACEHOLDER.lower()) or word in DETERMINERS:
            if words:
                break
            continue
        if word in PHRASE_ENDS:
            break
        if not words and (word in VAGUE or word.endswith("ing")):
            return None
        words.append(word)
    if not words or words[-1].endswith("ed") or words[-1] in VAGUE:
        return None
    words = words[-3:]  # the head noun is the phrase's last word: "zeta minerals risk score" asks for a score
    return Focus("place" if words[-1] in PLACE_NOUNS else "thing", tuple(words))


# What each supplier tool's answer is about. A question naming a supplier but asking for something else ("Which
# laboratory tested ...?", "Who signed the agreement?", "What payment terms ...?") is answered from the documents,
# never with a tool's output about another thing.
ANSWERS: dict[Intent, tuple[frozenset[FocusKind], re.Pattern[str]]] = {
    Intent.ONBOARDING: (frozenset({"date", "deadline"}), re.compile(
        r"ready|readiness|status|releas|approv|onboard|document|paperwork|missing|block|item|gap|flag|problem|issue"
        r"|requirement|hold|decision|outstanding|pending|open|left|remain")),
    Intent.RISK: (frozenset({"frequency"}), re.compile(r"risk|score|band|tier|cadence|factor|points?$|frequen|interval"
                                                     r"|audit")),
    Intent.SLA: (frozenset(), re.compile(
        r"sla|service|target|penalt|credit|remed|warrant|ppm|defect|notice|otd|on-time|deliver|clause|kpi|level"
        r"|cap$|damages")),
    Intent.REMEDIATION: (frozenset({"person", "date", "deadline"}), re.compile(
        r"action|capa|step|fix|plan|finding|deadline|owner|due|remed|status|progress")),
    Intent.DOCUMENTS: (frozenset({"date", "deadline", "person"}), re.compile(
        r"certif|certs?$|tests?$|summar|report|audit|finding|expir|validity|standard|iso|iatf|conform|conduct|coc"
        r"|^lab|laborator|issuer|body$|sign|result|level")),
    Intent.MINERALS: (frozenset({"place", "date"}), re.compile(
        r"mineral|smelter|refiner|cobalt|lithium|nickel|graphite|copper|mica|manganese|tin$|tantalum|tungsten|gold"
        r"|origin|source|countr|mine|rmap|status|declar|emrt|cmrt|cahra|asm$|artisanal")),
    Intent.CHECKLIST: (frozenset(), re.compile(r"checklist|item|status|verdict|gap|result"))}


# A score or result of one document ("the overall score in the Ingenium quality audit") is not the risk score.
DOCUMENT_SCORE = re.compile(r"\b(?:score|rating|result|grade)\b.*\b(?:in|from|on|of|at) (?:the |its |their |our |a )?"
                            r"(?:[\w-]+ ){0,3}(?:audit|assessment|survey|report|test)", re.I)
# People the document tools name: who signed or issued a test summary or certificate (an auditor is not among them).
NAMED_PEOPLE = re.compile(r"sign|test|summar|certif|issu", re.I)
# ... and those the minerals tool names: who refines, smelts or mines a mineral ("who refines Sakura's cobalt?")
MINERAL_HANDLERS = re.compile(r"\b(?:refin|smelt|min(?:e[sd]?|ing)\b|extract|process)", re.I)


def answered_by(intent: Intent, focus: Focus | None, question: str = "") -> bool:
    """Whether the intent's tool answers what the question asks for (a yes/no question or a command: it does)."""
    if intent == Intent.RISK and DOCUMENT_SCORE.search(question):
        return False
    if focus is not None and focus.kind == "person" and intent == Intent.DOCUMENTS:
        return bool(NAMED_PEOPLE.search(question))
    if focus is not None and focus.kind == "person" and intent == Intent.MINERALS:
        return bool(MINERAL_HANDLERS.search(question))
    if focus is None or intent not in ANSWERS:
        return True
    kinds, words = ANSWERS[intent]
    if focus.kind in ("thing", "count", "duration", "amount"):
        return any(words.search(word) for word in focus.words)
    return focus.kind in kinds


@dataclass(frozen=True)
class Route:
    """What a question asks, typed: the engines dispatch on `intent` and read only these fields."""

    question: str
    intent: Intent
    suppliers: tuple[Supplier, ...] = ()  # in the order the question names them; the first is the subject
    across: Across | None = None  # COMPARISON: what is compared
    metric: str | None = None  # SLA: the clause metric asked about
    topic: DocumentTopic = "certificates"  # DOCUMENTS: which documents
    minerals: tuple[str, ...] = ()  # MINERALS and the CAHRA comparison: the minerals named
    bands: tuple[str, ...] = ()  # a ranking narrowed to these risk bands
    release: Literal["ready", "not ready"] = "not ready"  # readiness: which decision is listed
    overdue_only: bool = False  # REMEDIATION: only actions past their due date
    yes_no: bool = False  # asked as a yes/no question ("Does ... have ...?")
    asks_problems: bool = False  # ... whose Yes is a problem ("Does X have open findings / expired certificates?")
    asks_clearance: bool = False  # ONBOARDING: "cleared / ready / allowed to ship?" wants a plain No
    policy_topic: PolicyTopic | None = None  # GENERAL: a deadline or cadence the policy data holds
    severity: Severity | None = None  # with policy_topic capa_deadline
    rmap_status: str | None = None  # with policy_topic rmap_status: the status asked about
    document_asked: str | None = None  # with policy_topic required_documents: "do we need a CMRT from X?"
    doc_type: str | None = None  # GENERAL: search only this document type ("our policy" -> policy)
    window: Window | None = None  # a time window the question sets ("in the next 90 days", "before March 2027")
    lapsed_too: bool = False  # "expiring": certificates already expired are asked for too ("... or has expired")
    origins: tuple[str, ...] = ()  # "sourcing": the countries of origin asked about ("cobalt from the DRC")
    refiner: str | None = None  # "sourcing": the refiner or smelter asked about ("through the Kwinana refinery")
    audit_type: AuditType | None = None  # DOCUMENTS findings: the kind of audit asked about ("social audit")
    focus: Focus | None = None  # what a wh-question asks for ("which laboratory", "who signed")
    items: tuple[str, ...] = ()  # DOCUMENTS: the standards and models named ("ISO 50001", "NV-ESS-215")
    kpi_metric: str | None = None  # KPI: the measure (on_time_delivery_pct, defect_ppm, lead_time_days, ...)
    operation: KpiOperation | None = None  # KPI: a month's value, the trend, best, worst, months below target
    month: str | None = None  # KPI: the month asked about, YYYY-MM (*-MM when no year was said)
    quarter: str | None = None  # KPI: the months asked about (`period_asked`): a quarter, a range of months, "ytd"
    where: SupplierFilter = field(default_factory=SupplierFilter)  # across suppliers: a segment, countries, exclusions
    evidence: str | None = None  # EVIDENCE: the term asked about ("REACH", "carbon footprint")
    alert_kinds: tuple[str, ...] = ()  # watch: only these alerts ("which EMRTs need renewing ...": declarations)
    improved_asked: bool = False  # risk_trend: who got better ("which suppliers became less risky?"), not worse
    clause_asked: str | None = None  # contract_standard: a term no SLA template covers ("termination notice")
    aspect: Aspect = "risk"  # side_by_side: what the first line compares (the table shows everything)
    delay_days: int | None = None  # SLA: a delivery this late - the late-delivery penalty is computed for it
    order_value: float | None = None  # SLA: ... on an order of this value
    names_asked: tuple[str, ...] = ()  # GENERAL: people or things named in capitals ("Thomas Becker")
    money_asked: bool = False  # GENERAL: a price or payment is asked for: only a sentence about money answers it
    query: str = ""  # the question as documents word it, for search: abbreviations spelled out ("FSA" -> ...)
    description: str | None = None  # the words that name the subject supplier by description ("the Pune integrator")
    match: Match | None = field(default=None, compare=False)  # the similarity evidence, for diagnosis

    @property
    def supplier(self) -> Supplier | None:
        return self.suppliers[0] if self.suppliers else None


# A sentence after the question that says who wants the answer or what for ("legal needs it for a letter", "for the
# QBR deck"), not what is wanted ("need an email address" is kept: it says what the answer must hold).
ASIDE = re.compile(r"^\s*(?:(?:[\w'-]+\s+){0,3}(?:needs?|wants?|asked|asking|requires?|requested)\s+"
                   r"(?:it|this|that|them|these|those)\b|(?:need (?:it|this) )?for (?:the|a|an|our|my)\b"
                   r"|thanks|thx|pls|please|asap|urgent)",
                   re.I)


def asked_sentence(question: str) -> str:
    """The sentence that asks, when statements come first ("X says they should be rated low risk. ok to onboard
    them?"): what they report is context, and their words ("risk") must not pick the intent."""
    text = question.strip()
    # a statement ends with a word of lower-case letters and a full stop - not "Co., Ltd." nor "K.K."
    ends = [m.end() for m in re.finditer(r"\b([a-z]{3,})[.!]\s+(?=\w)", text) if m.group(1) not in ("ltd", "inc")]
    if not ends or len(text[:ends[-1]].split()) < 4:
        return question
    last = text[ends[-1]:]
    return last if last.endswith("?") and len(last.split()) >= 3 else question


def without_aside(question: str) -> str:
    """The question without a last sentence, after its question mark, that only says who wants the answer or what for:
    it would pull the search toward words that are not the question."""
    head, mark, tail = question.rpartition("?")
    if not mark or not tail.strip() or not ASIDE.match(tail) or len(head.split()) < 2:
        return question
    return head + mark


class Interpreter:
    """Turns a question (and the conversation's current supplier) into a Route."""

    def __init__(self, embedder: Any):
        self.router = Router(embedder)

    def interpret(self, question: str, registry: SupplierRegistry, context_supplier: str | None = None,
                  forced: str | None = None) -> Route:
        """`forced` fixes the intent (a slash command names its tool); suppliers and parameters are still read."""
        named, described = mentioned_suppliers(question, registry), described_supplier(question, registry)
        route = self.routed(question, registry, context_supplier, forced, named, described)
        # searched without why it is asked ("need it for the QBR"), which routing may still use ("need to chase
        # renewals": expiring certificates)
        # a description that stands for the supplier's name ("our vietnamese cell supplier"), not one beside it
        # ("kestrel's 30Ah pouch cell" asks about the product)
        stands_in = described is not None and described[0] in route.suppliers \
            and described[0] not in named
        return replace(route, query=spelled_out(without_aside(question)),
                       description=described[1] if described and stands_in else None)

    def routed(self, question: str, registry: SupplierRegistry, context_supplier: str | None,
               forced: str | None, named: list[Supplier], described: tuple[Supplier, str] | None) -> Route:
        """`named`: the suppliers the question names; `described`: the one a description in it fits, with its words."""
        names = [n for s in named for n in s.names()]
        if described and described[0] in (named or [described[0]]):
            # "is the Pune integrator cleared?": the one supplier it fits; its words stand in for a name
            named, names = named or [described[0]], [*names, described[1]]
        match = self.router.match(asked_sentence(with_placeholder(question, names)), names) if forced is None else None
        ahead, match = looking_ahead(match)
        intent = self._intent(question, match, forced)
        suppliers = tuple(named)
        short_question = len(question.split()) <= 8 and not re.search(r"\bour\b", question, re.I)
        if not suppliers and context_supplier and intent != Intent.COMPARISON and (
                FOLLOW_UP.search(question) or (intent in SUPPLIER_INTENTS and short_question)):
            suppliers = tuple(s for s in registry.suppliers if s.name == context_supplier)
        if not named and policy_question(question.lower()) and not sourcing_asked(question.lower()):
            intent = Intent.GENERAL  # "How often must high-risk suppliers be audited?": the policy's rule
        elif not named and not ABOUT_RULES.match(question) and across(question.lower()) and (
                ANYONE.match(question) or SUPPLIER_BASE.search(question)):
            intent = Intent.COMPARISON
        if intent == Intent.COMPARISON or (intent in SUPPLIER_INTENTS and not suppliers
                                           and re.search(r"\bsuppliers\b", question, re.I)):
            intent = Intent.COMPARISON
        elif intent not in SUPPLIER_INTENTS or not suppliers:
            intent = Intent.GENERAL
        if not suppliers and CERTIFICATES_EXPIRING.search(question) and not policy_question(question.lower()):
            intent = Intent.COMPARISON  # "Which certificates expire before March 2027?": across every supplier
        if suppliers and intent not in (Intent.RISK, Intent.ONBOARDING) and SINGLE_SOURCED.search(question):
            intent = Intent.COMPARISON  # "Which part of Volta is single-sourced?": the list, narrowed to Volta
        if suppliers and CODE_OF_CONDUCT.search(question) and (
                intent in (Intent.GENERAL, Intent.DOCUMENTS) or re.search(r"\bsign", question, re.I)):
            intent = Intent.DOCUMENTS  # the profile says whether it was signed: a fact, not a passage
        focus = focus_of(question, names)
        if forced is None and suppliers and delay_asked(question) is not None:
            intent = Intent.SLA  # "huaxin PO arrived 16 days late, what LDs can we claim": the penalty, worked out
        elif forced is None and suppliers and DEVELOPMENT_PLAN.search(question) and not ABOUT_RULES.match(question):
            intent = Intent.SLA  # "grounds to put Nordvolt on a development plan?": its months below target
        elif forced is None and intent in SUPPLIER_INTENTS and not answered_by(intent, focus, question):
            # "Which laboratory tested the Nordvolt module?": a fact in one document - unless another supplier intent
            # the question's keywords cue answers it ("what's still blocking Kestrel?": onboarding, not remediation)
            intent = next((Intent(name) for name in (match.cued_intents if match else ())
                           if Intent(name) in SUPPLIER_INTENTS and answered_by(Intent(name), focus, question)),
                          Intent.GENERAL)
        elif forced is None and intent in SUPPLIER_INTENTS and UNTEMPLATED.search(question):
            intent = Intent.GENERAL  # "governing law in the Kestrel FSA?": a contract term no supplier tool reads
        if forced is None and SIDE_BY_SIDE.search(question) and context_supplier and FOLLOW_UP.search(question) \
                and context_supplier not in {s.name for s in suppliers}:  # "compare them with Sakura"
            suppliers = (*(s for s in registry.suppliers if s.name == context_supplier), *suppliers)
        where = SupplierFilter(segments=segments_in(question), countries=countries_in(question, registry))
        if forced is None and suppliers and (verdict := verdict_on_evidence(question)) is not None:
            intent = verdict  # "does the SVHC in Ruifeng's REACH declaration affect its release?": the card decides
        if forced is None and (term := evidence_asked(question, bool(suppliers))) is not None:  # "who sent REACH ...?"
            return Route(question=question, intent=Intent.EVIDENCE, suppliers=suppliers, match=match, focus=focus,
                         evidence=term, where=where if not suppliers else SupplierFilter(),
                         yes_no=yes_no_asked(question))
        if forced is None and CONTRACT_STANDARD.search(question) and not ABOUT_RULES.match(question) and (
                named or AGREEMENTS.search(question)):  # "does the Andes SQA meet our contract standard?"
            word = next((w for w in METRIC_WORDS if re.search(rf"\b{re.escape(w)}", question.lower())), None)
            other = UNTEMPLATED.search(question)
            return Route(question=question, intent=Intent.COMPARISON, suppliers=suppliers, match=match, focus=focus,
                         across="contract_standard", metric=METRIC_NAMES[word] if word and not other else None,
                         clause_asked=other.group(0).lower() if other else None,
                         where=where if not suppliers else SupplierFilter(),
                         yes_no=yes_no_asked(question))
        listing = focus is None or focus.kind in ("person", "thing", "count")  # not "how long to qualify a second ..."
        if forced is None and named and listing and ALTERNATES.search(question) and MODEL.search(
                STANDARD.sub(" ", question)):
            # "volta's AFE chip (VX-7716) - do they have a backup source?": that part's sourcing, from the profile
            return Route(question=question, intent=Intent.COMPARISON, suppliers=suppliers, match=match, focus=focus,
                         across="single_sourced")
        if forced is None and named and (needs := SUPPLIER_NEEDS.search(question)):  # "do we need a CMRT from Sakura?"
            asked = re.search(NEEDED_DOCUMENT, needs.group(0), re.I)
            return Route(question=question, intent=Intent.GENERAL, suppliers=suppliers, match=match, focus=focus,
                         policy_topic="required_documents", document_asked=asked.group(0) if asked else None,
                         where=SupplierFilter(segments=[s.segment for s in named[:1] if s.segment]))
        if forced is None and (named or where.countries) and not minerals_named(question) and (
                (LOSS.search(question) and (SCENARIO.search(question) or HYPOTHESIS.search(question)))
                or ahead == "scenario") and not ONLY_ALTERNATES.match(question):
            # ("DRC exposure in Kestrel's cobalt" is where a mineral comes from, not a supplier lost)
            # "what happens if Huaxin stops shipping?", "what if imports from China stop?": the scenario
            return Route(question=question, intent=Intent.COMPARISON, suppliers=tuple(named[:1]), match=match,
                         focus=focus, across="what_if",
                         where=SupplierFilter(countries=where.countries) if not named else SupplierFilter())
        if forced is None and suppliers and TRIGGERS.search(question) and KPI_TREND_WORDS.search(question) and \
                any(re.search(words, question, re.I) for _, words in KPI_MEASURES):
            # "is that a real trend, and does the contract make us trigger anything?": drift and the months below target
            return Route(question=question, intent=Intent.COMPARISON, suppliers=suppliers, match=match, focus=focus,
                         across="watch", window=window_of(question))
        if forced is None and (RISK_TREND.search(question) or ahead == "risk_trend") and kpi_asked(question) is None:
            # "who is getting riskier?", "how has Ruifeng's risk score changed this year?": scores month by month
            return Route(question=question, intent=Intent.COMPARISON, suppliers=suppliers, match=match, focus=focus,
                         across="risk_trend", improved_asked=bool(IMPROVED.search(question)))
        if forced is None and DECLARATION_RENEWAL.match(question) and not ABOUT_RULES.match(question):
            # "which EMRT declarations need renewing before the end of January?"
            return Route(question=question, intent=Intent.COMPARISON, suppliers=suppliers, match=match, focus=focus,
                         across="watch", window=window_of(question), alert_kinds=DECLARATION_ALERTS,
                         where=where if not suppliers else SupplierFilter())
        if forced is None and (WATCH_OUTRIGHT.search(question) or (
                (WATCH_ASKED.search(question) or (WORRY.search(question) and window_of(question))
                 or ahead == "early_warning")
                and kpi_asked(question) is None and not ONE_TOPIC.search(question)
                and not minerals_named(question))) and not (
                    len(suppliers) >= 2 and (SIDE_BY_SIDE.search(question) or COMPARATIVE.search(question))):
            # ("solaris vs pearl river - which one should worry me more?" weighs two suppliers side by side)
            # "anything drifting at Nordvolt?", "what needs attention in the next 60 days?": the early-warning digest
            return Route(question=question, intent=Intent.COMPARISON, suppliers=suppliers, match=match, focus=focus,
                         across="watch", window=window_of(question),
                         where=where if not suppliers else SupplierFilter())
        if forced is None and ALTERNATES.search(question) and (named or where.segments) and listing:
            # "who else can supply cells if Huaxin stops?", "is there a second source for separator film?"
            where = where.model_copy(update={"segments": where.segments or [s.segment for s in named[:1] if s.segment],
                                             "exclude": [s.name for s in named]})
            return Route(question=question, intent=Intent.COMPARISON, suppliers=suppliers, match=match, focus=focus,
                         across="directory", where=where)
        if forced is None and not named and where and SIDE_BY_SIDE.search(question):  # "compare our cell suppliers"
            suppliers = tuple(where.chosen(registry.suppliers))
        if forced is None and len(suppliers) >= 2 and (SIDE_BY_SIDE.search(question) or COMPARATIVE.search(question)):
            lowered = question.lower()
            measure = next((name for name, words in LOOSE_MEASURES if re.search(words, lowered)), None)
            if measure and not CONTRACT_TERMS.search(lowered):  # "which of Rhein and Volta has the better defect rate"
                worst = re.search(r"\bworse|\bworst|\blower|\bpoorer|\bslower|\blonger", lowered)
                below = re.search(KPI_OPERATIONS[0][1], lowered)  # "which one's been missing the OTD target?"
                period = period_asked(question)  # "Sakura vs Kestrel - average OTD Jan-Oct 2026?"
                return Route(question=question, intent=Intent.KPI, suppliers=suppliers, match=match, focus=focus,
                             kpi_metric=measure, operation="below_target" if below else "worst" if worst else "best",
                             month=None if period else month_asked(question), quarter=period)
            aspect: Aspect = next((aspect for aspect, words in ASPECTS if words.search(question)), "risk")
            word = next((w for w in METRIC_WORDS if re.search(rf"\b{re.escape(w)}", lowered)), None)
            return Route(question=question, intent=Intent.COMPARISON, suppliers=suppliers, match=match, focus=focus,
                         across="side_by_side", aspect=aspect, items=items_in(question),
                         metric=METRIC_NAMES[word] if word and aspect == "contract" else None,
                         clause_asked=(other.group(0).lower() if (other := UNTEMPLATED.search(question)) else None))
        if forced is None and (kpi := kpi_asked(question)) is not None and (
                suppliers or kpi["operation"] in ("best", "worst") or SUPPLIER_BASE.search(question) or where):
            if len(suppliers) == 1 and kpi["operation"] in ("best", "worst") and re.search(r"\bmonths?\b", question):
                kpi["operation"] = "trend"  # "Nordvolt's worst lead-time month": its series, with its extremes
            return Route(question=question, intent=Intent.KPI, suppliers=suppliers, match=match, focus=focus,
                         where=where if not suppliers else SupplierFilter(), **kpi)
        said = parameters(question, intent)
        if forced is None and not named and where and intent in (Intent.COMPARISON, Intent.GENERAL) and \
                not said.get("policy_topic") and (not ABOUT_RULES.match(question) or HOW_MANY.match(question)) and (
                    intent == Intent.COMPARISON or LISTS_SUPPLIERS.search(question)):
            intent, said = Intent.COMPARISON, {**parameters(question, Intent.COMPARISON), "where": where}
            if said.get("across") == "sourcing":  # "cobalt from the DRC": where it is mined, not where they are
                said["where"] = where.model_copy(update={"countries": []})
            said["across"] = said.get("across") or "directory"  # "Which suppliers are in Germany?": the list itself
        if intent == Intent.COMPARISON and not said.get("across"):
            intent, said = Intent.GENERAL, parameters(question, Intent.GENERAL)  # answered from the documents
        if said.get("policy_topic") == "required_documents":
            said["where"] = where  # "Which documents does a cell supplier need?": that segment's
        return Route(question=question, intent=intent, suppliers=suppliers, match=match, focus=focus, **said)

    def _intent(self, question: str, match: Match | None, forced: str | None) -> Intent:
        intent = Intent(forced) if forced else Intent(match.intent) if match else Intent.GENERAL
        if match and intent in SUPPLIER_INTENTS and not match.cued and match.similarity < UNCUED_MIN_SIMILARITY:
            # a weak guess yields to a supplier intent whose keyword the question uses ("what does their EMRT look
            # like?"); with none, "Who is the CEO of Kestrel?" names a supplier but asks nothing a tool knows
            cued = [Intent(name) for name in match.cued_intents if Intent(name) in SUPPLIER_INTENTS]
            intent = cued[0] if cued else Intent.GENERAL
        if forced is None and ACROSS_SUPPLIERS.match(question):
            return Intent.COMPARISON
        if match and intent == Intent.COMPARISON and not match.cued:
            return Intent.GENERAL  # "Which supplier master data fields are mandatory?" compares no suppliers
        return intent


def minerals_named(question: str) -> bool:
    return bool(re.search(rf"\b(?:{'|'.join(MINERALS)})\b", question, re.I))


def parameters(question: str, intent: Intent) -> dict[str, Any]:
    """The parameters the route's intent needs, read from the question's words."""
    lowered = question.lower()
    minerals = tuple(m for m in MINERALS if m in lowered)
    yes_no = yes_no_asked(question)
    if intent == Intent.ONBOARDING:
        return {"asks_clearance": bool(CLEARANCE.search(lowered) or yes_no), "items": items_in(question)}
    if intent == Intent.SLA:
        if (delay := delay_asked(question)) is not None:  # "Nordvolt is 10 days late on a EUR 200,000 order"
            return {"metric": "late_delivery_penalty", "delay_days": delay, "order_value": value_asked(question)}
        word = next((w for w in METRIC_WORDS if re.search(rf"\b{re.escape(w)}", lowered)), None)
        return {"metric": METRIC_NAMES[word] if word else None, "month": month_asked(question)}
    if intent == Intent.REMEDIATION:
        # "are any of Solaris's findings overdue?" is answered yes or no; "can we place POs again?" is not about actions
        findings = re.search(r"\baudit|\bfindings?\b|non-?conformit", lowered)  # a plan narrowed to the findings
        return {"overdue_only": "overdue" in lowered, "topic": "findings" if findings else "certificates",
                "yes_no": yes_no and bool(re.search(
            r"overdue|late|past due|\bopen\b|outstanding|capas?\b|corrective|actions?\b|findings?\b", lowered))}
    if intent == Intent.DOCUMENTS:
        topic = "conduct" if CODE_OF_CONDUCT.search(lowered) else \
            "tests" if re.search(r"38\.3|test|62133|9540|safety", lowered) else \
            "findings" if re.search(r"audit|finding", lowered) and not re.search(r"certific", lowered) else \
            "certificates"
        audit = next((kind for kind, words in AUDIT_TYPES if words.search(lowered)), None) \
            if topic == "findings" else None
        asks_problems = yes_no and bool(PROBLEM_WORDS.search(lowered))
        return {"topic": topic, "yes_no": yes_no, "audit_type": audit, "asks_problems": asks_problems,
                "items": items_in(question)}
    if intent == Intent.MINERALS:
        return {"minerals": minerals, "yes_no": yes_no}
    if intent == Intent.COMPARISON:
        return {"minerals": minerals, **across(lowered)}
    if intent == Intent.GENERAL:
        return {"doc_type": "policy" if OUR_RULES.search(question) else None, "items": items_in(question),
                "names_asked": names_in(question), "money_asked": bool(MONEY_ASKED.search(question)),
                **policy_question(lowered)}
    return {}


# A refiner or smelter a mineral is bought through: "through the Kwinana refinery", "via Ganzhou Hengyuan, ...".
REFINER_NAMED = re.compile(r"(?:through|via|at|from|by)\s+(?:the\s+)?((?:[\w-]+\s+){0,3}?)(?:refinery|refiner|smelter"
                           r"|plant)\b|(?:through|via)\s+(?:the\s+)?([a-z][\w-]+(?:\s+[a-z][\w-]+)?)(?=\s*(?:[,?]|$|and\b))")
SOURCED = re.compile(r"\bfrom\b|through|\bvia\b|\bbuy|\bsourc|\bget\b|\bgets\b|\bmined\b|coming out|origin"
                     r"|\bchain\b|upstream")


def sourcing_asked(lowered: str) -> dict[str, Any] | None:
    """Where a mineral comes from, asked across suppliers: its countries of origin, or the refiner it passes through."""
    if not any(re.search(rf"\b{m}\b", lowered) for m in MINERALS) or not SOURCED.search(lowered):
        return None
    refiner = REFINER_NAMED.search(lowered)
    origins = tuple(countries_named(lowered))
    if not origins and refiner is None:
        return None
    return {"across": "sourcing", "origins": origins, "refiner": (refiner.group(1) or refiner.group(2) or "").strip()
            if refiner and not origins else None}


def across(lowered: str) -> dict[str, Any]:
    """What a question across suppliers compares, in order of specificity."""
    if re.search(r"risk|rank|riskiest|score", lowered) and not re.search(r"conflict|cahra|artisanal", lowered):
        return {"across": "ranking", "bands": bands_in(lowered)}
    if re.search(r"conflict|cahra|high-risk area", lowered):
        return {"across": "cahra"}
    if (sourcing := sourcing_asked(lowered)) is not None:  # "cobalt from the DRC", "lithium through Kwinana"
        return sourcing
    if re.search(r"\brmap\b|\bconformant\b", lowered) and re.search(r"refiner|smelter", lowered):
        return {"across": "rmap"}  # "any refiners in our chain that are not RMAP conformant?"
    if re.search(r"artisanal|\basm\b", lowered):
        return {"across": "artisanal"}
    if template := re.search(r"\b(emrt|cmrt)s?\b", lowered):  # "who has sent an EMRT, and who still owes one?"
        return {"across": "declarations", "items": (template.group(1).upper(),)}
    if "expir" in lowered or re.search(r"renew|lapse", lowered) and re.search(r"\bcert", lowered):
        window = window_of(lowered)
        expiring = window is not None or re.search(r"soon|within|next|renew", lowered)
        lapsed_too = bool(window and re.search(r"already expired|\bor (?:has |have )?(?:already )?expired|expired or",
                                                lowered))
        return {"across": "expiring" if expiring else "expired", "window": window, "lapsed_too": lapsed_too}
    if held := certificate_standard(lowered):  # "who holds IATF 16949?", "who doesn't have ISO 45001?"
        return {"across": "holders", "items": (held,), "yes_no": bool(re.search(r"n'?t\b|\bnot\b|\bwithout\b"
                                                                                 r"|\black|\bmissing\b", lowered))}
    if re.search(r"overdue|past due|(?:late|behind)\b.*\b(?:capa|corrective|action)|new.business hold", lowered):
        return {"across": "overdue"}
    if re.search(r"\bfindings?\b|non-?conformit|\bncs?\b", lowered):  # "open major findings across the base"
        return {"across": "findings", "severity": next((s for s in ("critical", "major", "minor", "observation")
                                                        if s in lowered), None)}
    if re.search(r"38\.3|test summar", lowered):
        return {"across": "transport_tests"}
    if CODE_OF_CONDUCT.search(lowered) and re.search(r"\b(?:not|never|yet to|still|unsigned|missing|without)\b|n'?t\b",
                                                    lowered):
        return {"across": "conduct"}  # "which suppliers haven't signed the code of conduct?"
    if SINGLE_SOURCED.search(lowered):
        return {"across": "single_sourced"}
    if MISSING_ASKED.search(lowered) and (kind := MISSING_KINDS.search(lowered)):  # "who has no social audit on file?"
        named = next((name for name, said in DOCUMENT_KINDS if re.search(said, kind.group(0))), None)
        return {"across": "missing", "items": (named,) if named else ()}
    if re.search(r"not ready|cleared|ready|release|onboard", lowered):
        ready = re.search(r"(?<!not )\bready\b|cleared", lowered) and "not" not in lowered
        return {"across": "readiness", "release": "ready" if ready else "not ready"}
    if re.search(r"worr|concern|attention|problem|issue|watch|trouble|weak|worst|best", lowered):
        return {"across": "ranking", "bands": bands_in(lowered)}
    return {}  # nothing a comparison tool computes ("Which suppliers have REACH declarations?"): never the ranking


# Documents asked for as not received, across suppliers: "which suppliers are missing documents?", "who has no
# social audit on file?", "which suppliers haven't sent a supply agreement?".
MISSING_ASKED = re.compile(r"\bmissing\b|\black\w*|\bwithout\b|\bno\b[\w\s-]{0,30}\b(?:on file|received)\b"
                           r"|\b(?:have|has)(?:n'?t| not)(?: yet)? (?:sent|provided|submitted|given|delivered)"
                           r"|\bnot (?:yet )?(?:received|sent|provided|submitted)\b"
                           r"|\bstill (?:owe|owes|ha(?:ve|s) to send)|\boutstanding\b")
MISSING_KINDS = re.compile(r"\b(?:documents?|docs|paperwork|evidence|social audits?|supply agreements?|contracts?"
                           r"|safety (?:test )?reports?|profiles?)\b")
DOCUMENT_KINDS = (("social audit", r"social audit"), ("supply agreement", r"supply agreement|contract"),
                  ("safety", r"safety"), ("profile", r"profile"))


def certificate_standard(question: str) -> str | None:
    """The management-system standard a question names, as certificates state it ("ISO 45001", "IATF 16949"); not a
    test standard (UN 38.3, IEC 62619), which a test summary answers."""
    return next((item for item in items_in(question) if item.split()[0] in ("ISO", "IATF")), None)


CERTIFICATE_BY_SUBJECT = (
    ("ISO 9001", r"\bquality(?: management)?(?: system)? cert"),
    ("ISO 14001", r"\benvironment(?:al)?(?: management)?(?: system)? cert"),
    ("ISO 45001", r"\b(?:health and safety|occupational|ohs|h&s|safety management)(?: management)?(?: system)? cert"),
    ("IATF 16949", r"\bautomotive(?: quality)? cert"))


def items_in(question: str) -> tuple[str, ...]:
    """The standards and product models a question names, upper-case: ("ISO 9001", "KC-NMC-30P")."""
    standards = [f"{m.group(1)} {m.group(2)}".upper() for m in STANDARD.finditer(question)]
    rest = STANDARD.sub(" ", question)
    standards += [f"{BARE_STANDARDS[m.group(1)]} {m.group(1)}" for m in BARE_STANDARD.finditer(rest)]
    rest = BARE_STANDARD.sub(" ", rest)
    standards += ["IATF 16949"] if re.search(r"\bIATF\b", rest, re.I) else []  # the one IATF standard
    # a management-system certificate named by what it manages: "their quality certificate" is the ISO 9001 one
    standards += [standard for standard, words in CERTIFICATE_BY_SUBJECT
                  if not standards and re.search(words, rest, re.I)]
    return tuple(dict.fromkeys([*standards, *(m.group(0).upper() for m in MODEL.finditer(rest))]))


# A name in capitals that is not a sentence's first word: "Thomas Becker's email", "who is Anja Brenner?".
CAPITALISED_NAME = re.compile(r"(?<=\S\s)([A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})+)\b")
MONEY_ASKED = re.compile(r"\b(?:pay|pays|paying|paid|price[sd]?|pricing|cost|costs|costing|per kwh"
                         r"|how much (?:do|does|did|are|is) we)\b", re.I)


def names_in(question: str) -> tuple[str, ...]:
    """Names a question gives in capitals, other than the first word's: a person, a site, a product line."""
    return tuple(dict.fromkeys(m.group(1) for m in CAPITALISED_NAME.finditer(question)))


def bands_in(lowered: str) -> tuple[str, ...]:
    """Risk bands a question narrows to: "high-risk suppliers", "the critical band"; "highest to lowest" is an order."""
    return tuple(b for b in BANDS if re.search(rf"\b{b}\b", lowered))


def policy_question(lowered: str) -> dict[str, Any]:
    """A deadline or cadence the buyer's policy data holds: "How long does a supplier have to close a
    major finding?", "How often are high-risk suppliers audited?"."""
    severity = next((s for s in ("critical", "major", "minor", "observation") if s in lowered), None)
    if re.search(r"finding|corrective|capa|fix|close|non-?conformit", lowered) and \
            re.search(r"how long|how many days|deadline|due|within|time", lowered) and (
                severity or re.search(r"\bcapa|corrective action|finding|non-?conformit", lowered) and re.search(
                    r"severit|each|per|every|all|\bby\b|deadlines", lowered)):
        return {"policy_topic": "capa_deadline", "severity": severity}  # no severity: every severity's
    if re.search(r"how often|cadence|frequen|interval", lowered) and "audit" in lowered:
        return {"policy_topic": "audit_cadence", "bands": bands_in(lowered)}  # "high risk tier: how often?"
    if re.search(r"renew|expir", lowered) and re.search(r"how (?:long|many days)|window|flag|warn", lowered) and \
            re.search(r"certif|\bcerts?\b", lowered) and \
            not re.search(r"\b(?:which|what) suppliers\b|\bwho\b", lowered):
        # "how does the agreement's renewal work?" is not this rule, nor "which suppliers have one flagged?"
        return {"policy_topic": "renewal_window"}
    if REQUIRED_DOCUMENTS.search(lowered) and not PROBLEM_WORDS.search(lowered) and (
            segments_in(lowered) or re.search(r"\b(?:each|every|per|by) (?:supplier )?segment\b", lowered)):
        return {"policy_topic": "required_documents"}
    if re.search(r"\brmap\b|refiner|smelter", lowered) and ACCEPTS.search(lowered):
        statuses = [name for name, words in RMAP_STATUSES if re.search(words, lowered)]
        return {"policy_topic": "rmap_status", "rmap_status": statuses[0] if len(statuses) == 1 else None}
    return {}


# "What documents does a pack integrator need to give us?": the documents the policy requires of a segment.
REQUIRED_DOCUMENTS = re.compile(r"\b(?:need|needs|required?|must|have to|has to)\b(?: \w+){0,3} (?:an? |the )?"
                                r"(?:emrt|cmrt|iso \d+|un ?38\.3|social audit|code of conduct|certificates?"
                                r"|documents?)\b"
                                r"|\b(?:documents?|paperwork|certificat\w*|evidence|docs)\b.*\b(?:need|needs|needed"
                                r"|require[sd]?|must|has to|have to|submit|provide|supply us|give us|send us|expected"
                                r"|mandatory)\b|\bwhat (?:does|do|must|should) (?:a |an |our |the )?[\w -]+ "
                                r"(?:need to |have to |must )?(?:submit|provide|give us|send us|hand (?:in|over))\b",
                                re.I)
# "May we buy from a refiner whose RMAP status is Active?": which statuses the minerals policy accepts.
ACCEPTS = re.compile(r"\b(?:accept\w*|allow\w*|ok|okay|permitted|permissible|fine|may we|can we|qualif\w*"
                     r"|good enough|treat\w*|handl\w*)\b|\bstatus(?:es)?\b.*\b(?:need|require|must|polic)"
                     r"|\bpolic(?:y|ies)\b.*\bstatus", re.I)
RMAP_STATUSES = (("Cross-recognized", r"cross.?recogni[sz]ed"), ("Conformant", r"(?<!non-)(?<!non )conformant"),
                 ("Active", r"\bactive\b"), ("Eligible", r"eligible|not (?:listed|participating|in (?:the )?rmap)"
                                                          r"|no assessment|unassessed|non.?participating"),
                 ("Non-conformant", r"non.?conformant"))

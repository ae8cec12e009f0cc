"""How a question is understood - the one home of question interpretation. `Interpreter.interpret`
returns a typed `Route`: the intent, the suppliers the question is about (named, or carried over
from the conversation for a follow-up) and the parameters each answer needs (the SLA metric, the
kind of document, the minerals, the cross-supplier criterion, the policy topic ...). The engines
dispatch on the route and never look at the question's words again.

Intent comes from embedding similarity to the labelled examples in prompts/intents.yaml plus keyword
cues; suppliers from their folder names, legal names, aliases and typos. Deterministic: the same
question in the same conversation always routes the same way."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from typing import Any, Literal

import numpy as np
import yaml
from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from ingest.facts.dates import MONTHS, find_date
from ingest.facts.registry import Supplier, SupplierRegistry, normalise
from tools.portfolio import Criterion
from tools.rules import PolicyTopic, Severity
from tools.sla import METRIC_NAMES

PLACEHOLDER = "Acme"  # how the examples in prompts/intents.yaml write a supplier's name
CUE_WEIGHT = 0.12  # what one keyword cue adds to an intent's similarity (two at most)


@dataclass(frozen=True)
class Match:
    """The intent whose examples a question is most like, before the question's other signals count."""

    intent: str
    scores: dict[str, float]
    similarity: float = 0.0  # of the best example of the chosen intent, before cues
    cued: bool = False  # whether a keyword cue of the chosen intent matched


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
        return Match(intent=best, scores={k: round(v, 3) for k, v in sorted(scores.items(), key=lambda kv: -kv[1])},
                     similarity=raw.get(best, 0.0), cued=hits.get(best, 0) > 0)


def with_placeholder(question: str, names: list[str]) -> str:
    """The question with the supplier names it holds written as the examples' placeholder, longest name first."""
    for name in sorted(names, key=len, reverse=True):
        question = re.sub(rf"\b{re.escape(name)}\b", PLACEHOLDER, question, flags=re.I)
    return question


def mentioned_suppliers(question: str, registry: SupplierRegistry) -> list[Supplier]:
    """Suppliers a question names, in the order it names them: whole names or aliases first, then a
    single distinctive word of a name with a typo ("Nordvolt" for "Nordvolt", "Huaxn" for "Huaxin")."""
    text = f" {normalise(question)} "
    words = text.split()
    found: list[tuple[int, Supplier]] = []
    for supplier in registry.suppliers:
        best: int | None = None
        for name in supplier.names():
            variant = normalise(name)
            if not variant:
                continue
            at = text.find(f" {variant} ")
            if at < 0 and len(variant.split()) > 1:
                head = variant.split()[0]  # "Huaxin" names "Huaxin Energy Storage"
                at = text.find(f" {head} ") if len(head) >= 5 and head not in COMMON_WORDS else -1
            if at >= 0:
                best = at if best is None else min(best, at)
        if best is None:
            for i, word in enumerate(words):
                heads = {normalise(n).split()[0] for n in supplier.names() if normalise(n)}
                if len(word) >= 5 and any(len(h) >= 5 and h not in COMMON_WORDS and close(word, h) for h in heads):
                    best = len(" ".join(words[:i]))
                    break
        if best is None:  # a name of several words with a typo in one of them: "perl river" for "Pearl River"
            for variant in {normalise(n) for n in supplier.names()}:
                size = len(variant.split())
                hit = next((i for i in range(len(words) - size + 1) if size >= 2
                            and fuzz.ratio(" ".join(words[i:i + size]), variant) >= 90), None)
                if hit is not None:
                    best = len(" ".join(words[:hit]))
                    break
        if best is not None:
            found.append((best, supplier))
    return [s for _, s in sorted(found, key=lambda pair: pair[0])]


def close(word: str, name: str) -> bool:
    """A word that is a name with one typo: a letter wrong, missing or extra ("Huaxn"), or two swapped ("hauxin";
    "volts" is no "Volta")."""
    return fuzz.ratio(word, name) >= 85 or sorted(word) == sorted(name) and OSA.distance(word, name) == 1


# First words of supplier names that are also ordinary words in questions: never a name on their own.
COMMON_WORDS = {"pearl", "river", "lithium", "battery", "energy", "cells", "power", "solar", "precision",
                "separator", "materials", "graphite", "electronics", "components", "solutions", "storage"}


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
    COMPARISON = "comparison"  # a question across suppliers
    GENERAL = "general"  # answered from the documents, or from the policy data


SUPPLIER_INTENTS = frozenset({Intent.ONBOARDING, Intent.RISK, Intent.SLA, Intent.REMEDIATION, Intent.DOCUMENTS,
                              Intent.MINERALS, Intent.CHECKLIST})
# Across suppliers: a criterion of the comparison tool, or a ranking, the release decisions, single-sourcing.
Across = Criterion | Literal["ranking", "readiness", "single_sourced", "side_by_side"]
KpiOperation = Literal["lookup", "trend", "best", "worst", "below_target"]
DocumentTopic = Literal["certificates", "tests", "findings", "conduct"]
AuditType = Literal["social", "quality", "process", "environmental"]
AUDIT_TYPES: list[tuple[AuditType, re.Pattern[str]]] = [
    ("social", re.compile(r"social|ethical|smeta|amfori|bsci|\brba\b|labou?r", re.I)),
    ("process", re.compile(r"process|vda 6\.3", re.I)),
    ("environmental", re.compile(r"environment", re.I)),
    ("quality", re.compile(r"quality|system audit", re.I))]
PROBLEM_WORDS = re.compile(r"\b(?:open|overdue|expired|expiring|lapsed|suspended|withdrawn|missing|failed|failing"
                           r"|problems?|issues?|gaps?|outstanding|non-?conformit\w*|major|critical)\b", re.I)
CERTIFICATES_EXPIRING = re.compile(r"certif\w*.*\bexpir|\bexpir\w*.*certif", re.I)
SINGLE_SOURCED = re.compile(r"single.?sourc|sole.?sourc|only one (?:source|supplier)|one source\b", re.I)
CODE_OF_CONDUCT = re.compile(r"code of (?:conduct|ethics)|\bcoc\b", re.I)  # "did X sign our code of conduct?"
# A standard or a product model a question names ("ISO 50001", "UN38.3", "NV-ESS-215"): an answer about documents is
# narrowed to it, and says so when none is on file.
STANDARD = re.compile(r"\b(ISO|IATF|IEC|UL|UN|EN)\s?(\d[\d.]*(?:-\d+)?[A-Z]?)\b", re.I)
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
              r"|year to date|average|avg|getting (?:better|worse)|improv"))
CONTRACT_TERMS = re.compile(r"penalt|credit|clause|contract|agreement|\bslas?\b|warranty|liquidated|remed", re.I)
MONTH_ASKED = re.compile(r"\b(\d{4})-(\d{2})\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                         r"(?:\s+(\d{4}))?\b", re.I)


def kpi_asked(question: str) -> dict[str, Any] | None:
    """The KPI measure, operation and month a performance question asks for, or None."""
    lowered = question.lower()
    metric = next((name for name, words in KPI_MEASURES if re.search(words, lowered)), None)
    if metric is None or CONTRACT_TERMS.search(lowered):
        return None
    operation = next((op for op, words in KPI_OPERATIONS if re.search(words, lowered)), None)
    month = month_asked(question)
    if operation is None and month is None and metric != "lead_time_days" and not re.search(
            r"\b(?:was|were|had|did \w+ (?:have|achieve|get|reach))\b|performance|\bkpis?\b", lowered):
        return None  # "What is the on-time delivery target?": the contract's terms
    return {"kpi_metric": metric, "operation": operation or ("lookup" if month else "trend"), "month": month}


def month_asked(question: str) -> str | None:
    """A month a question names: "2026-05", "May 2026", "in July" (YYYY-MM, or *-MM without a year). "may" as a
    verb ("may Huaxin ship?") is not a month."""
    for found in MONTH_ASKED.finditer(question):
        if found.group(1):
            return f"{found.group(1)}-{found.group(2)}"
        word, year = found.group(3).lower(), found.group(4)
        if word == "may" and not year and not re.search(r"\bin may\b", question, re.I):
            continue
        number = MONTHS.get(word)
        if number:
            return f"{year or '*'}-{number:02d}"
    return None


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
OUR_RULES = re.compile(r"\bour (?:[\w-]+ ){0,3}(?:policy|policies|procedure|rules?|standard)\b"
                       r"|\bdo we (?:require|allow)\b", re.I)
YES_NO = re.compile(r"(does|do|is|are|has|have|can|may|could|will|did)\b")
# "Is X cleared / approved / good to go?" wants a plain No when it is not ready.
CLEARANCE = re.compile(r"\bship|\bclear|\bready\b|\bapprov|\ballowed\b|good to go|\bsop\b|\brelease", re.I)
UNCUED_MIN_SIMILARITY = 0.6  # a supplier intent with no keyword cue needs this much similarity to an example


@dataclass(frozen=True)
class Window:
    """A time window as asked: so many days, weeks or months from the as-of date, or up to a date (exclusive)."""

    count: int = 0
    unit: Literal["days", "weeks", "months"] = "days"
    before: dt.date | None = None

    def end(self, as_of: dt.date) -> dt.date:
        if self.before is not None:
            return self.before
        if self.unit == "months":
            month = as_of.month - 1 + self.count
            year, month = as_of.year + month // 12, month % 12 + 1
            return dt.date(year, month, min(as_of.day, calendar.monthrange(year, month)[1]))
        return as_of + dt.timedelta(days=self.count * (7 if self.unit == "weeks" else 1))


NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "nine": 9, "twelve": 12}
WITHIN = re.compile(r"\b(?:next|within|in the next|in the coming|coming|over the next)\s+(\d+|a|one|two|three|four|six"
                    r"|nine|twelve)?\s*(day|week|month|year)s?\b", re.I)
UP_TO = re.compile(r"\b(before|by|until|till|through|prior to|no later than)\s+(?:the\s+)?(?:end of\s+)?"
                   r"(\d{4}-\d{2}-\d{2}|\d{1,2}\s+[A-Za-z]+\s+\d{4}|[A-Za-z]+\s+\d{1,2},?\s+\d{4}|[A-Za-z]+\s+\d{4}"
                   r"|\d{4})\b", re.I)


def window_of(question: str) -> Window | None:
    """The time window a question sets, if any: "next 90 days", "within 3 months", "before March 2027", "by
    2027-02-11" (through that day), "by March 2027" (through that month)."""
    if within := WITHIN.search(question):
        count = within.group(1)
        number = int(count) if count and count.isdigit() else NUMBER_WORDS.get((count or "one").lower(), 1)
        unit = within.group(2).lower()
        return Window(count=number * 12 if unit == "year" else number, unit="months" if unit == "year" else
                      f"{unit}s")  # type: ignore[arg-type]
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


# Words that ask for nothing in particular: the rest of the question says what is asked.
VAGUE = {"thing", "things", "first", "top", "main", "biggest", "next", "priority", "priorities", "situation", "story",
         "deal", "news", "update", "updates", "came", "happened", "happens", "went", "wrong", "else", "needs", "up"}


def focus_of(question: str, names: list[str] | None = None) -> Focus | None:
    """What a wh-question asks for, or None for a yes/no question, a command or a question led by its verb
    ("What did the audit find?")."""
    question = with_placeholder(question, names or [])
    text = question.lower()[LEAD_IN.match(question).end():]  # type: ignore[union-attr]
    for kind, pattern in FOCUS_KINDS:
        if not (found := pattern.match(text)):
            continue
        if kind in ("duration", "amount"):  # "how long is the warranty": what it is long or much of, in its words
            return Focus(kind, tuple(re.findall(r"[\w'-]+", found.group(1))))
        if kind not in ("thing", "count"):
            return Focus(kind)
        words: list[str] = []
        for word in re.findall(r"[\w'-]+", found.group(1)):
            if not words and (word in VAGUE or word.endswith("ing")):
                return None  # "What's driving ...?", "What's the first thing to fix?": asked by the rest

            if (word.endswith("'s") and words) or word in PHRASE_ENDS or len(words) == 3:
                break
            if (word in DETERMINERS or word == f"{PLACEHOLDER.lower()}'s") and not words:
                continue
            words.append(word)
        return Focus(kind, tuple(words)) if words else None
    return None


# What each supplier tool's answer is about. A question naming a supplier but asking for something else ("Which
# laboratory tested ...?", "Who signed the agreement?", "What payment terms ...?") is answered from the documents,
# never with a tool's output about another thing.
ANSWERS: dict[Intent, tuple[frozenset[FocusKind], re.Pattern[str]]] = {
    Intent.ONBOARDING: (frozenset({"date", "deadline"}), re.compile(
        r"ready|readiness|status|releas|approv|onboard|document|paperwork|missing|block|item|gap|flag|problem|issue"
        r"|requirement|hold|decision")),
    Intent.RISK: (frozenset({"frequency"}), re.compile(r"risk|score|band|tier|cadence|factor|points?$|frequen|interval"
                                                     r"|audit")),
    Intent.SLA: (frozenset(), re.compile(
        r"sla|service|target|penalt|credit|remed|warrant|ppm|defect|notice|otd|on-time|deliver|clause|kpi|level"
        r"|cap$|damages")),
    Intent.REMEDIATION: (frozenset({"person", "date", "deadline"}), re.compile(
        r"action|capa|step|fix|plan|finding|deadline|owner|due|remed")),
    Intent.DOCUMENTS: (frozenset({"date", "deadline", "person"}), re.compile(
        r"certif|certs?$|tests?$|summar|report|audit|finding|expir|validity|standard|iso|iatf|conform|conduct|coc"
        r"|^lab|laborator|issuer|body$|sign|result")),
    Intent.MINERALS: (frozenset({"place", "date"}), re.compile(
        r"mineral|smelter|refiner|cobalt|lithium|nickel|graphite|copper|mica|manganese|tin$|tantalum|tungsten|gold"
        r"|origin|source|countr|mine|rmap|status|declar|emrt|cmrt|cahra|asm$|artisanal")),
    Intent.CHECKLIST: (frozenset(), re.compile(r"checklist|item|status|verdict|gap|result"))}


# A score or result of one document ("the overall score in the Ingenium quality audit") is not the risk score.
DOCUMENT_SCORE = re.compile(r"\b(?:score|rating|result|grade)\b.*\b(?:in|from|on|of|at) (?:the |its |their |our |a )?"
                            r"(?:[\w-]+ ){0,3}(?:audit|assessment|survey|report|test)", re.I)
# People the document tools name: who signed or issued a test summary or certificate (an auditor is not among them).
NAMED_PEOPLE = re.compile(r"sign|test|summar|certif|issu", re.I)


def answered_by(intent: Intent, focus: Focus | None, question: str = "") -> bool:
    """Whether the intent's tool answers what the question asks for (a yes/no question or a command: it does)."""
    if intent == Intent.RISK and DOCUMENT_SCORE.search(question):
        return False
    if focus is not None and focus.kind == "person" and intent == Intent.DOCUMENTS:
        return bool(NAMED_PEOPLE.search(question))
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
    doc_type: str | None = None  # GENERAL: search only this document type ("our policy" -> policy)
    window: Window | None = None  # a time window the question sets ("in the next 90 days", "before March 2027")
    audit_type: AuditType | None = None  # DOCUMENTS findings: the kind of audit asked about ("social audit")
    focus: Focus | None = None  # what a wh-question asks for ("which laboratory", "who signed")
    items: tuple[str, ...] = ()  # DOCUMENTS: the standards and models named ("ISO 50001", "NV-ESS-215")
    kpi_metric: str | None = None  # KPI: the measure (on_time_delivery_pct, defect_ppm, lead_time_days, ...)
    operation: KpiOperation | None = None  # KPI: a month's value, the trend, best, worst, months below target
    month: str | None = None  # KPI: the month asked about, YYYY-MM (*-MM when no year was said)
    match: Match | None = field(default=None, compare=False)  # the similarity evidence, for diagnosis

    @property
    def supplier(self) -> Supplier | None:
        return self.suppliers[0] if self.suppliers else None


class Interpreter:
    """Turns a question (and the conversation's current supplier) into a Route."""

    def __init__(self, embedder: Any):
        self.router = Router(embedder)

    def interpret(self, question: str, registry: SupplierRegistry, context_supplier: str | None = None,
                  forced: str | None = None) -> Route:
        """`forced` fixes the intent (a slash command names its tool); suppliers and parameters are still read."""
        named = mentioned_suppliers(question, registry)
        match = self.router.match(question, [n for s in named for n in s.names()]) if forced is None else None
        intent = self._intent(question, match, forced)
        suppliers = tuple(named)
        short_question = len(question.split()) <= 8 and not re.search(r"\bour\b", question, re.I)
        if not suppliers and context_supplier and intent != Intent.COMPARISON and (
                FOLLOW_UP.search(question) or (intent in SUPPLIER_INTENTS and short_question)):
            suppliers = tuple(s for s in registry.suppliers if s.name == context_supplier)
        if not named and policy_question(question.lower()):
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
        focus = focus_of(question, [n for s in named for n in s.names()])
        if forced is None and intent in SUPPLIER_INTENTS and not answered_by(intent, focus, question):
            intent = Intent.GENERAL  # "Which laboratory tested the Nordvolt module?": a fact in one document
        if forced is None and SIDE_BY_SIDE.search(question) and context_supplier and FOLLOW_UP.search(question) \
                and context_supplier not in {s.name for s in suppliers}:  # "compare them with Sakura"
            suppliers = (*(s for s in registry.suppliers if s.name == context_supplier), *suppliers)
        if forced is None and len(suppliers) >= 2 and SIDE_BY_SIDE.search(question):
            return Route(question=question, intent=Intent.COMPARISON, suppliers=suppliers, match=match, focus=focus,
                         across="side_by_side")
        if forced is None and (kpi := kpi_asked(question)) is not None and (
                suppliers or kpi["operation"] in ("best", "worst") or SUPPLIER_BASE.search(question)):
            return Route(question=question, intent=Intent.KPI, suppliers=suppliers, match=match, focus=focus, **kpi)
        said = parameters(question, intent)
        if intent == Intent.COMPARISON and not said.get("across"):
            intent, said = Intent.GENERAL, parameters(question, Intent.GENERAL)  # answered from the documents
        return Route(question=question, intent=intent, suppliers=suppliers, match=match, focus=focus, **said)

    def _intent(self, question: str, match: Match | None, forced: str | None) -> Intent:
        intent = Intent(forced) if forced else Intent(match.intent) if match else Intent.GENERAL
        if match and intent in SUPPLIER_INTENTS and not match.cued and match.similarity < UNCUED_MIN_SIMILARITY:
            intent = Intent.GENERAL  # "Who is the CEO of Kestrel?" names a supplier but asks nothing a tool knows
        if forced is None and ACROSS_SUPPLIERS.match(question):
            return Intent.COMPARISON
        if match and intent == Intent.COMPARISON and not match.cued:
            return Intent.GENERAL  # "Which supplier master data fields are mandatory?" compares no suppliers
        return intent


def parameters(question: str, intent: Intent) -> dict[str, Any]:
    """The parameters the route's intent needs, read from the question's words."""
    lowered = question.lower()
    minerals = tuple(m for m in MINERALS if m in lowered)
    yes_no = bool(YES_NO.match(lowered))
    if intent == Intent.ONBOARDING:
        return {"asks_clearance": bool(CLEARANCE.search(lowered) or yes_no)}
    if intent == Intent.SLA:
        word = next((w for w in METRIC_WORDS if re.search(rf"\b{re.escape(w)}", lowered)), None)
        return {"metric": METRIC_NAMES[word] if word else None}
    if intent == Intent.REMEDIATION:
        return {"overdue_only": "overdue" in lowered}
    if intent == Intent.DOCUMENTS:
        topic = "conduct" if CODE_OF_CONDUCT.search(lowered) else \
            "tests" if re.search(r"38\.3|test|62133|9540|safety", lowered) else \
            "findings" if re.search(r"audit|finding", lowered) else "certificates"
        audit = next((kind for kind, words in AUDIT_TYPES if words.search(lowered)), None) \
            if topic == "findings" else None
        asks_problems = yes_no and bool(PROBLEM_WORDS.search(lowered))
        return {"topic": topic, "yes_no": yes_no, "audit_type": audit, "asks_problems": asks_problems,
                "items": items_in(question)}
    if intent == Intent.MINERALS:
        return {"minerals": minerals}
    if intent == Intent.COMPARISON:
        return {"minerals": minerals, **across(lowered)}
    if intent == Intent.GENERAL:
        return {"doc_type": "policy" if OUR_RULES.search(question) else None, **policy_question(lowered)}
    return {}


def across(lowered: str) -> dict[str, Any]:
    """What a question across suppliers compares, in order of specificity."""
    if re.search(r"risk|rank|riskiest|score", lowered) and not re.search(r"conflict|cahra|artisanal", lowered):
        return {"across": "ranking", "bands": bands_in(lowered)}
    if re.search(r"conflict|cahra|high-risk area", lowered):
        return {"across": "cahra"}
    if re.search(r"artisanal|\basm\b", lowered):
        return {"across": "artisanal"}
    if "expir" in lowered or re.search(r"renew|lapse", lowered) and re.search(r"\bcert", lowered):
        window = window_of(lowered)
        expiring = window is not None or re.search(r"soon|within|next|renew", lowered)
        return {"across": "expiring" if expiring else "expired", "window": window}
    if re.search(r"overdue|past due|(?:late|behind)\b.*\b(?:capa|corrective|action)", lowered):
        return {"across": "overdue"}
    if re.search(r"38\.3|test summar", lowered):
        return {"across": "transport_tests"}
    if SINGLE_SOURCED.search(lowered):
        return {"across": "single_sourced"}
    if re.search(r"not ready|cleared|ready|release|onboard", lowered):
        ready = re.search(r"(?<!not )\bready\b|cleared", lowered) and "not" not in lowered
        return {"across": "readiness", "release": "ready" if ready else "not ready"}
    if re.search(r"worr|concern|attention|problem|issue|watch|trouble|weak|worst|best", lowered):
        return {"across": "ranking", "bands": bands_in(lowered)}
    return {}  # nothing a comparison tool computes ("Which suppliers have REACH declarations?"): never the ranking


def items_in(question: str) -> tuple[str, ...]:
    """The standards and product models a question names, upper-case: ("ISO 9001", "KC-NMC-30P")."""
    standards = [f"{m.group(1)} {m.group(2)}".upper() for m in STANDARD.finditer(question)]
    rest = STANDARD.sub(" ", question)
    return tuple(dict.fromkeys([*standards, *(m.group(0).upper() for m in MODEL.finditer(rest))]))


def bands_in(lowered: str) -> tuple[str, ...]:
    """Risk bands a question narrows to: "high-risk suppliers", "the critical band"; "highest to lowest" is an order."""
    return tuple(b for b in BANDS if re.search(rf"\b{b}\b", lowered))


def policy_question(lowered: str) -> dict[str, Any]:
    """A deadline or cadence the buyer's policy data holds: "How long does a supplier have to close a
    major finding?", "How often are high-risk suppliers audited?"."""
    severity = next((s for s in ("critical", "major", "minor", "observation") if s in lowered), None)
    if severity and re.search(r"finding|corrective|capa|fix|close|non-?conformit", lowered) and \
            re.search(r"how long|how many days|deadline|due|within|time", lowered):
        return {"policy_topic": "capa_deadline", "severity": severity}
    if re.search(r"how often|cadence|frequen|interval", lowered) and "audit" in lowered:
        return {"policy_topic": "audit_cadence"}
    if re.search(r"renew|expir", lowered) and re.search(r"how (?:long|many days)|window|flag|warn", lowered):
        return {"policy_topic": "renewal_window"}
    return {}

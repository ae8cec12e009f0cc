"""What kind of answer a question expects, and whether a sentence holds one: "where is X's factory" wants a place,
"how long does it run" a span of time, "how much" an amount, "which incoterm" a sentence naming Incoterms. (Not
"who": names are on every page; the role asked for decides.) A quoted sentence that holds the kind of answer asked
for is preferred over one that only shares words with the question - the way a reader skims for an address or a
date. Used to rank quoted sentences, never to make one up."""

from __future__ import annotations

import re

from assistant.interpret import Focus
from ingest.facts.dates import all_dates

NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty)"
SPAN = re.compile(rf"\b{NUMBER_WORD}[\s-]*(?:calendar |working |business )?(?:day|week|month|year)s?\b", re.I)
PLACE = re.compile(r"\b(?:address|located|location|site|plant|factory|facility|premises|works|headquarter(?:s|ed)?|"
                   r"based in|province|prefecture|district|industrial (?:park|zone|estate)|street|road|avenue|"
                   r"str\.|postcode|zip|jurisdiction|court|venue|seat of|arbitration)\b", re.I)
AMOUNT = re.compile(r"(?:\b(?:EUR|USD|GBP|CHF|CNY|JPY)\b|[€$£¥%])|\b\d[\d,.]*\s*(?:k|m|bn|million|per ?cent|ppm|kwh|"
                    r"wh|ah|kg|t|tonnes?)\b", re.I)
FREQUENCY = re.compile(r"\b(?:annual(?:ly)?|yearly|monthly|quarterly|weekly|daily|every|once|twice|each (?:year|month|"
                       r"quarter)|per (?:year|month|quarter|week))\b", re.I)


def names_word(sentence: str, word: str) -> bool:
    """The sentence holds the word or a form of it ("incoterm" in "Incoterms")."""
    return re.search(rf"\b{re.escape(word[:max(4, len(word) - 2)])}", sentence, re.I) is not None


def holds_expected(sentence: str, focus: Focus | None) -> bool:
    """Whether the sentence holds an answer of the kind the focus asks for: for a thing named by its noun ("which
    incoterm", "what scope"), the noun itself ("Incoterms 2020", "Scope: ..."); False for no focus."""
    if focus is None:
        return False
    kind = focus.kind
    if kind == "thing":  # the noun asked for ("which incoterm": "Incoterms 2020")
        return names_word(sentence, focus.head) if focus.head and len(focus.head) >= 4 else False
    if kind == "place":
        return PLACE.search(sentence) is not None
    if kind == "duration":
        return SPAN.search(sentence) is not None
    if kind in ("date", "deadline"):
        return bool(all_dates(sentence)) or (kind == "deadline" and SPAN.search(sentence) is not None)
    if kind == "amount":
        return AMOUNT.search(sentence) is not None
    if kind == "frequency":
        return FREQUENCY.search(sentence) is not None or SPAN.search(sentence) is not None
    return False


# A labelled value ("Lead auditor: R. Okafor", "Registered address: ...") whose label names what is asked: the
# document's own answer to it. Words every question has are not what is asked.
LABEL = re.compile(r"^\s*([A-Z][\w ()/-]{1,40}):\s*\S")
COMMON = {"what", "which", "when", "where", "whom", "whose", "does", "their", "they", "them", "with", "have", "this",
          "that", "from", "there", "about", "under", "into", "will", "would", "should", "could", "please", "need",
          "name", "names", "supplier", "suppliers", "document", "documents"}


def label_asked(sentence: str, question: str) -> bool:
    """The sentence is a labelled value whose label holds a word of the question ("contact" - "Contact: ...")."""
    if not (found := LABEL.match(sentence)):
        return False
    words = {w for w in re.findall(r"[a-z]{4,}", question.lower()) if w not in COMMON}
    return any(names_word(found.group(1), word) for word in words)


EXPECTED_BONUS = 0.1  # what a sentence holding the kind of answer asked for (a place, a date, a span) gains
NAMED_BONUS = 0.3  # ... the one or two sentences holding the rare term asked for, or the clause asked by its number
CLAUSE_ASKED = re.compile(r"\b(?:clause|section|article|art\.?|§|para(?:graph)?)\s*(\d+(?:\.\d+)*(?:\(\d+\))?)", re.I)


def bonuses(question: str, focus: Focus | None, candidates: list[tuple[str, str]]) -> list[float]:
    """What each candidate (heading, sentence) gains over its similarity to the question: holding the kind of answer
    expected; being one of at most two sentences that hold the term asked for ("which incoterm": the sentence that
    says "Incoterms 2020", however little else it shares with the question); standing under or starting with the
    clause asked by number ("what does clause 7.3 say?")."""
    expected = [EXPECTED_BONUS if holds_expected(sentence, focus) or label_asked(sentence, question) else 0.0
                for _, sentence in candidates]
    # the noun asked for held by one or two sentences only: they are where the answer is ("which incoterm"); a word
    # before it is not enough ("product liability insurance": "product" is on many a line)
    head = focus.head if focus is not None and focus.kind == "thing" else None
    holding = [i for i, x in enumerate(expected) if x] if head and len(head) > 4 else []
    for i in holding if len(holding) <= 2 else []:
        expected[i] = NAMED_BONUS
    if clause := CLAUSE_ASKED.search(question):
        number = re.escape(clause.group(1))
        starts = re.compile(rf"^\s*(?:(?:clause|section|article|art\.?|§)\s*)?{number}(?![\d.(])", re.I)
        expected = [max(x, NAMED_BONUS) if starts.search(sentence) or starts.search(heading) else x
                    for x, (heading, sentence) in zip(expected, candidates, strict=True)]
    return expected

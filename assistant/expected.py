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
                   r"str\.|postcode|zip)\b", re.I)
AMOUNT = re.compile(r"(?:\b(?:EUR|USD|GBP|CHF|CNY|JPY)\b|[€$£¥%])|\b\d[\d,.]*\s*(?:k|m|bn|million|per ?cent|ppm|kwh|"
                    r"wh|ah|kg|t|tonnes?)\b", re.I)
FREQUENCY = re.compile(r"\b(?:annual(?:ly)?|yearly|monthly|quarterly|weekly|daily|every|once|twice|each (?:year|month|"
                       r"quarter)|per (?:year|month|quarter|week))\b", re.I)


def holds_expected(sentence: str, focus: Focus | None) -> bool:
    """Whether the sentence holds an answer of the kind the focus asks for: for a thing named by its noun ("which
    incoterm", "what scope"), the noun itself ("Incoterms 2020", "Scope: ..."); False for no focus."""
    if focus is None:
        return False
    kind = focus.kind
    if kind == "thing":
        head = focus.head
        return head is not None and len(head) >= 4 and re.search(rf"\b{re.escape(head[:max(4, len(head) - 2)])}",
                                                                 sentence, re.I) is not None
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

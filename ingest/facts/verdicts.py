"""Pass and fail in the words test reports use, in English, German, French, Spanish, Italian, Dutch and
Portuguese: one home for the safety report's overall verdict and the UN 38.3 summary's result per test."""

from __future__ import annotations

import re
from collections.abc import Sequence

VERDICTS = [  # checked in this order: a method without a pass mark says "no pass/fail", which is no failure;
    # "not passed" is a failure before it is a pass
    ("data reported", re.compile(r"data reported|results? reported|documented per the method|for information only"
                                 r"|no pass/fail|without (?:a )?pass/fail"
                                 r"|(?:does not|do not) (?:contain|establish|define|include) pass/fail|no pass mark"
                                 r"|ergebnisse dokumentiert"
                                 r"|données rapportées|résultats rapportés|datos reportados|daten berichtet"
                                 r"|ergebnisse berichtet|datos informados|resultados informados"
                                 r"|donn[ée]es communiqu[ée]es|kein bestanden|ohne bewertung|no acceptance criteri"
                                 r"|sin criterio de aceptaci[óo]n|sans crit[èe]re d'acceptation|(?:test )?data recorded"
                                 r"|informative only|for reference only|dati riportati|gegevens gerapporteerd", re.I)),
    # passed in part is not passed: "Partially passed", "teilweise bestanden"
    ("fail", re.compile(r"\b(?:partial(?:ly)?\s+(?:pass\w*|compl\w*|conform\w*|met)"
                        r"|teilweise\s+(?:bestanden|erf[üu]llt)"
                        r"|partiellement\s+(?:conforme|r[ée]ussi|satisfaisant)|parcialmente\s+(?:aprobado|conforme|cumple)"
                        r"|fail(?:ed|s|ure)?|(?:did|do|does) not (?:meet|pass|comply)|not (?:met|passed)"
                        r"|non-?complian\w*|non-?conform\w*|nicht bestanden|non conforme|no cumple"
                        # a pass word negated: "not compliant", "nicht erfüllt", "non satisfaisant", "no aprobado"
                        r"|(?:not|nicht|non|no|ne|kein\w*)\s+(?:\w+\s+)?(?:pass\w*|satisf\w*|compl\w*|conform\w*"
                        r"|erf[üu]llt|bestanden|aprobad\w*|cumpl\w*|met|acceptable|ok)"
                        r"|unsatisfactory|insatisfaisant|durchgefallen|rejected|abgelehnt|rechazad\w*|refus[ée]\w*"
                        r"|reprovad\w*|niet geslaagd|voldoet niet|non superato|respint\w*)\b|[✗✘❌]"
                        r"|不合格|부적합|不適合",
                        re.I)),
    ("pass", re.compile(r"\b(?:pass(?:ed)?|met the requirements|meets the requirements|compl(?:y|ies|ied)|compliant"
                        r"|conform(?:s|ity)?|bestanden|erfüllt|conforme|satisfai(?:t|sant)|r[ée]ussi|cumple|aprobado|superado"
                        r"|satisfactory|meets? (?:all )?(?:the )?(?:applicable )?requirements?"
                        r"|met (?:all )?(?:the )?(?:applicable )?(?:acceptance )?criteria"
                        r"|geslaagd|voldoet|superato|aprovado"
                        r"|\bOK)\b|[✓✔]|合格|적합|適合",  # Chinese / Japanese, Korean, Japanese: after their negations
                        re.I)),
]


def verdict_of(text: str) -> str | None:
    return next((name for name, pattern in VERDICTS if pattern.search(text)), None)


# "P = pass, F = fail, N/A = not applicable": a legend names every verdict and states none.
LEGEND = re.compile(r"=|\bpass\b.*\bfail\b|\bfail\b.*\bpass\b", re.I)


def legend(text: str, said: str) -> bool:
    """A legend of the verdict words, not a verdict ("data reported - no pass/fail criteria" is one)."""
    return said != "data reported" and bool(LEGEND.search(text))


NOT_APPLICABLE_SAID = (r"not applicable|nicht anwendbar|non applicable|no aplica|不适用|不適用|該当せず|対象外"
                       r"|해당\s*없음")
NOT_APPLICABLE = re.compile(rf"^(?:n\s?/\s?a|n\.\s?a\.?|{NOT_APPLICABLE_SAID}|nicht zutreffend|entf[äa]llt|sans objet"
                            r"|no procede|—|–|-)(?:\b|$|\s)", re.I)
CHECKED = re.compile(r"(?:\[\s*[xX✓✔]\s*\]|☒|☑|■)\s*([^\[☐☒☑■]+)")  # "[ ] Pass [X] Fail": the ticked box


Legend = dict[str, str]
LEGEND_ENTRIES = re.compile(r"\s+[—–]\s+|[,;，、]\s*|\u3000+|\s{2,}")
LEGEND_ENTRY = re.compile(r"^(?P<code>[^\s:=：]{1,3})\s*[:=：]?\s+(?P<meaning>\S.*)$|"
                          r"^(?P<sign>[^\w\s])\s*[:=：]?\s*(?P<said>\w.*)$")


LEGEND_CODE = re.compile(r"^(?:[A-Z]{1,3}|N/A|[^\w\s:=：]{1,2}|[\u3000-\u9fff\uac00-\ud7af]{1,3})$")


def verdict_legend(lines: Sequence[str]) -> Legend:
    """The result codes a document defines for itself: "C : conforme — NC : non conforme — SO : sans objet",
    "判定記号：○ 合格　× 不合格　－ 対象外", "C = conforme ; SO = sans objet". A line is a legend when it defines two
    codes or more, a pass or a fail among them."""
    for line in lines:
        legend: Legend = {}
        for entry in LEGEND_ENTRIES.split(line.strip()):
            # the entry itself, or what follows its label: "判定記号：○ 合格"
            tries = (LEGEND_ENTRY.match(said.strip()) for said in (entry, re.split(r"[:：]", entry)[-1]))
            match = next((m for m in tries if m and LEGEND_CODE.match(m["code"] or m["sign"])), None)
            if not match:  # "The crush test passed, the short circuit failed" defines nothing
                continue
            code, meaning = match["code"] or match["sign"], match["meaning"] or match["said"]
            bare = re.sub(r"[(（][^)）]*[)）]?", "", meaning)  # its note aside: "sans objet (T.6 et T.8 : ...)"
            if re.search(r"[=:：]", bare) or len(bare.split()) > 4:  # two entries run together: "P = Pass F = Fail"
                continue  # (codes read wrongly would turn a pass into a fail or worse; P and F are read anyway)
            said = "n/a" if re.search(NOT_APPLICABLE_SAID + r"|sans objet|no procede|entf[äa]llt", meaning, re.I) \
                else verdict_of(meaning)
            if said in ("pass", "fail", "n/a"):
                legend.setdefault(code, said)
        if len(legend) >= 2 and {"pass", "fail"} & set(legend.values()):
            return legend
    return {}


def result_of(said: str, legend: Legend | None = None) -> str | None:
    """pass, fail or n/a from a result cell ("P", "Réussi", "Non conforme", "[X] N/A", or a code the document's
    legend defines); a long sentence is no cell."""
    if legend and (code := said.strip()) in legend:
        return legend[code]
    said = (ticked.group(1) if (ticked := CHECKED.search(said)) else said).strip()
    # its note aside: "FAILED (sample 4 of 5: 178 °C, limit 170 °C)", "Does not comply – sample 3 vented"
    said = re.sub(r"\s*\(.*$|\s[–—]\s.*$", "", said) or said
    if NOT_APPLICABLE.match(said):
        return "n/a"
    if len(said.split()) > 4:
        return None
    if re.match(r"^(?:f|nok|n\.?\s?i\.?\s?O\.?)(?:\W|$)", said, re.I):  # "n.i.O.": nicht in Ordnung
        return "fail"
    if re.match(r"^(?:p|ok|i\.?\s?O\.?)(?:\W|$)", said, re.I):  # "i.O.": in Ordnung, the German workshop's pass
        return "pass"
    verdict = verdict_of(said)
    return verdict if verdict in ("pass", "fail") else None

"""Pass and fail in the words test reports use, in English, German, French, Spanish, Italian, Dutch and
Portuguese: one home for the safety report's overall verdict and the UN 38.3 summary's result per test."""

from __future__ import annotations

import re

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


NOT_APPLICABLE_SAID = r"not applicable|nicht anwendbar|non applicable|no aplica|不适用|不適用|該当せず|해당\s*없음"
NOT_APPLICABLE = re.compile(rf"^(?:n\s?/\s?a|n\.\s?a\.?|{NOT_APPLICABLE_SAID}|nicht zutreffend|entf[äa]llt|sans objet"
                            r"|no procede|—|–|-)(?:\b|$|\s)", re.I)
CHECKED = re.compile(r"(?:\[\s*[xX✓✔]\s*\]|☒|☑|■)\s*([^\[☐☒☑■]+)")  # "[ ] Pass [X] Fail": the ticked box


def result_of(said: str) -> str | None:
    """pass, fail or n/a from a result cell ("P", "Réussi", "Non conforme", "[X] N/A"); a long sentence is no cell."""
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

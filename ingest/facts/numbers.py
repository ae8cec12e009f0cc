"""Numbers as suppliers write them: a decimal comma or point, thousands grouped by the other mark, a space or an
apostrophe. One comma before three digits groups thousands ("5,120 Wh", "3,000 EUR"); before one or two digits,
or after a zero, it is a decimal comma ("1,5 %", "0,125")."""

from __future__ import annotations

import re


def decimal(token: str) -> float | None:
    said = re.sub(r"[\s\u00a0'’%]", "", token)
    if "," in said and "." in said:  # the last of the two marks is the decimal one
        said = said.replace(",", "") if said.rindex(".") > said.rindex(",") else said.replace(".", "").replace(",", ".")
    elif said.count(",") == 1:
        whole, part = said.split(",")
        grouped = len(part) == 3 and whole.lstrip("-") not in ("", "0") and len(whole.lstrip("-")) <= 3
        said = said.replace(",", "") if grouped else said.replace(",", ".")
    elif said.count(",") > 1:
        said = said.replace(",", "")
    elif said.count(".") > 1:
        said = said.replace(".", "")
    try:
        return float(said)
    except ValueError:
        return None


# A share written as a fraction in words, as drafters cap a penalty: "one-tenth of the order value", "ein Zehntel",
# "un dixième", "una décima parte", "un decimo", "en tiondel", "een tiende". Denominators by language; the article
# before them and a share of something after them are required: "the fifth day" and "quinto giorno" are ordinals.
# Halves and quarters are left alone ("one half of one percent", "once a quarter").
FRACTION_DENOMINATORS = {
    5: r"fifth|fünftel|cinquième|quinta parte|quinto|femtedel|vijfde",
    10: r"tenth|zehntel|dixième|d[ée]cima parte|d[ée]cimo|tiondel|tiende",
    20: r"twentieth|zwanzigstel|vingtième|vig[ée]sima parte|ventesimo|tjugondel|twintigste",
}
FRACTION_ARTICLE = r"(?:one|a|ein(?:e[mnr]?)?|un[ae]?|uma?|en|ett|een|la)[\s-]+"
FRACTION_WORDS = re.compile(rf"\b{FRACTION_ARTICLE}(?P<word>{'|'.join(FRACTION_DENOMINATORS.values())})\b"
                            r"(?=\s+(?:\([^()]{1,12}\)\s+)?(?:of|des|du|de|del|della|dello|do|da|av|van|der|vom)\b)",
                            re.I)  # "un vingtième (1/20) de la valeur"


def fractions_as_percent(text: str) -> str:
    """Fractions in words as percentages: "at most one-tenth of the value" reads "at most 10 % of the value"."""
    def percent(match: re.Match[str]) -> str:
        word = match["word"].lower()
        denominator = next(d for d, words in FRACTION_DENOMINATORS.items() if re.fullmatch(words, word, re.I))
        return f"{100 / denominator:g} %"
    text = FRACTION_WORDS.sub(percent, text)
    # "100분의 10" (ten of a hundred), "10分の1" (one of ten)
    return re.sub(r"(\d+)\s*(?:분의|分の)\s*(\d+)", lambda m: f"{100 * int(m[2]) / int(m[1]):g} %", text)


NUMBER_WORDS = {
    1: "one|ein(?:e[mnr]?)?|un[ae]?|uno|um|een|en|ett", 2: "two|zwei|deux|dos|due|dois|twee|tv[åa]",
    3: "three|drei|trois|tres|tre|tr[êe]s|drie",
    4: "four|vier|quatre|cuatro|quattro|quatro|fyra", 5: "five|f[üu]nf|cinq|cinco|cinque|vijf|fem",
    6: "six|sechs|seis|sei|zes|sex", 7: "seven|sieben|sept|siete|sette|sete|zeven|sju",
    8: "eight|acht|huit|ocho|otto|oito|[åa]tta", 9: "nine|neun|neuf|nueve|nove|negen|nio",
    10: "ten|zehn|dix|diez|dieci|dez|tien|tio", 12: "twelve|zw[öo]lf|douze|doce|dodici|doze|twaalf|tolv",
    18: "eighteen|achtzehn|dix-huit|dieciocho|diciotto|dezoito|achttien|arton",
    24: "twenty-four|vierundzwanzig|vingt-quatre|veinticuatro|ventiquattro|vinte e quatro|vierentwintig",
}
UNIT_AFTER = (r"(?=\s+(?:calendar\s+|working\s+|business\s+|full\s+)?(?:months?|monate?n?|mois|meses|mesi|maanden"
              r"|m[åa]nader|weeks?|wochen|semaines|semanas|settimane|weken|veckor|years?|jahre?n?|ans|a[ñn]os|anni"
              r"|anos|jaar|[åa]r|hours|stunden|heures|horas|ore|uur|timmar)\b)")
WORD_NUMBER = re.compile(r"\b(?P<word>" + "|".join(NUMBER_WORDS.values()) + r")\b" + UNIT_AFTER, re.I)


def counts_in_figures(text: str) -> str:
    """A count written in words before its unit, in figures: "sechs Monate" is "6 Monate"."""
    def figure(match: re.Match[str]) -> str:
        return str(next(n for n, words in NUMBER_WORDS.items() if re.fullmatch(words, match["word"], re.I)))
    return WORD_NUMBER.sub(figure, text)

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

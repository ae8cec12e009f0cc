"""A document as statements: what every reader and the classifiers look at instead of templates. A
statement is a numbered clause, a list item, a table row, a "Label: value" line or a sentence run over
its wrapped lines, kept with the lines it stands on (for verbatim quotes), its page and the headings
above it. One splitter, so that "what the document says" means the same thing to every reader."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.models import Unit

# Where a new statement starts: "(2)", "§ 6", "7.2 ", a bullet, or a "Label:" / "Label (unit):" line.
STARTS = re.compile(r"^\s*(?:\(\w{1,3}\)|§|\d+(?:\.\d+)*\.?\s|[-*•]\s|[A-Z][\w /-]{2,40}(?:\([^)]*\))?:)")
# A figure that starts a wrapped line ahead of a lower-case word continues the sentence: "najmenej" / "12 mesiacov
# vopred", "within" / "30 days".
FIGURE_AHEAD = re.compile(r"^\s*\d+(?:[.,]\d+)?\s+(\w)")
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S")
# A Markdown table row ("| S2.1 | On time delivery | ... |") stands alone, whatever its last cell ends with.
TABLE_ROW = re.compile(r"^\|.*\|.*\|$")
RULE_LINE = re.compile(r"^[|:\s-]*-{3,}[|:\s-]*$")
# A short numbered or lettered heading: "2 Findings", "3.1 Summary of findings", "B. Scope".
NO_FIGURE = r"(?![%‰]|ppm\b|per\s?cent)"  # after a number: "0.5 % of the value" is a quantity, no section number
HEADING = re.compile(rf"^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+{NO_FIGURE}[^.:;!?。]{{1,40}}$")
# An article-level heading of an agreement ("Article 6", "§ 9 Delay", "Artykuł 6", "第10条", "제8조") that numbers
# the paragraphs under it.
_ARTICLE_WORDS = ["Article", "Clause", "Section", "Artículo", "Articulo", "Articolo", "Artigo", "Artikel", "Artykuł",
                  "Článek", "Clanek", "Madde", "Cikk", "Điều", "Cláusula", "Clausula"]
ARTICLE = re.compile(rf"^(?:(?P<word>{'|'.join(_ARTICLE_WORDS + [w.upper() for w in _ARTICLE_WORDS])}|§|Art\.|ART\.)"
                     r"\s*(?P<number>\d{1,2})\b(?!\.\d|\s?\(\d)"
                     r"|(?P<cjk>第|제)\s*(?P<cjk_number>\d{1,2})\s*[条條조](?![\d항項款]))")


def starts_statement(line: str) -> bool:
    ahead = FIGURE_AHEAD.match(line)
    return bool(STARTS.match(line)) and not (ahead and ahead.group(1).islower())


def article_of(heading: re.Match[str]) -> tuple[str, str]:
    """An article heading's word and number: ("§", "9"), ("Artykuł", "6"), ("第", "10条")."""
    if heading["cjk"]:
        return heading["cjk"], heading["cjk_number"] + ("조" if heading["cjk"] == "제" else "条")
    return heading["word"], heading["number"]
# A numbered paragraph, with its number: "7.2 ...", "5(2) ...", "§ 6 (2) ...", "Art. 5.2 ..."; "0.5 % of" is a figure.
NUMBERED = re.compile(r"^(?:(?P<sign>§|Art\.|Article|Clause|Section)\s*)?"
                      rf"(?P<number>\d{{1,2}}(?:\.\d{{1,2}}|\s?\(\d{{1,2}}\)))\.?\s+{NO_FIGURE}\S")  # "4.3. A ..."
CONNECTOR = re.compile(r"\b(?:and|or|of|the|a|an|to|for|by|with|in|on|at|per|und|oder|der|die|das|et|ou|de|y|o)$",
                       re.I)
# A sentence ends at . ! or ? before a space, but not after an abbreviation ("Ltd.", "No.", "S.A.").
ABBREVIATIONS = ("Ltd.", "Inc.", "Co.", "Corp.", "Pvt.", "Pty.", "Ltda.", "Bhd.", "Sdn.", "Zrt.", "Kft.", "Cía.", "Sp.",
                 "No.", "Nr.", "Dr.", "Art.", "vs.", "e.g.", "i.e.", "approx.", "ca.", "bzw.", "z.B.")
SENTENCE_END = re.compile(r"(?<=[.!?])" + "".join(rf"(?<!\b{re.escape(a)})" for a in ABBREVIATIONS)
                          + r"(?<!\b[A-Za-z]\.)\s+")  # "S.A.", "Sp. z o.o."


@dataclass
class Statement:
    text: str  # joined over wrapped lines
    lines: list[str]  # the lines it stands on, verbatim
    page: int | None
    article: str = ""  # the agreement article it stands under ("§ 6", "Article 7"), if any
    headings: tuple[str, ...] = ()  # the short headings above it, outermost first
    heading: bool = False  # the statement is itself a heading

    def line_with(self, needle: str) -> str:
        return line_with(self.text, self.lines, needle)

    def sentences(self) -> list[str]:
        """Its sentences, verbatim: one that runs over a line break keeps it, so it is found in the page text."""
        return [part.strip() for part in SENTENCE_END.split("\n".join(self.lines)) if part.strip()]


@dataclass
class _Headings:
    path: list[tuple[int, str]] = field(default_factory=list)

    def enter(self, line: str) -> None:
        number = line.split()[0].rstrip(".")
        depth = number.count(".") + 1 if number[:1].isdigit() else 1
        self.path = [(d, h) for d, h in self.path if d < depth] + [(depth, line)]

    def now(self) -> tuple[str, ...]:
        return tuple(h for _, h in self.path)


def line_with(text: str, lines: list[str], needle: str) -> str:
    """Of the lines a joined text was made of, the one where `needle` starts: a verbatim quote."""
    flat, position = "", text.find(needle)
    for line in lines:
        flat += (" " if flat else "") + line
        if position < len(flat):
            return line
    return lines[0]


def continues(current: Statement, line: str) -> bool:
    """Whether `line` wraps on from the statement above: never after a full stop; otherwise when it starts in
    lower case or the line above breaks off mid-phrase. A title-like line ("Executive summary") followed by a
    capitalised one is two statements."""
    last = current.lines[-1].rstrip()
    if last.endswith((".", ";", "!", "?", "。", "；", "！", "？")):
        return False
    return not line[:1].isupper() or last.endswith((",", "-", "–", "(", "/")) or bool(CONNECTOR.search(last))


# A section number starts a capitalised item or stands alone ("2.1 Delivery", "3.1"); "0.5 % of the value" is a
# quantity that continues the phrase above.
ITEM_MARK = re.compile(r"^\s*(?:\(\w{1,3}\)|§|\d+(?:\.\d+)+(?:\.?\s+(?=[A-Z(§\"])|\s*$)|\d+[.)]\s|[-*•]\s"
                       r"|[A-Z][\w /-]{2,40}:)")


def broken_off(current: Statement, line: str) -> bool:
    """The statement above breaks off mid-phrase ("registered office at", "warrants the products for") and the
    line is no item of its own ("2.1", "3)", "- ", "Label:"): a line that starts with a number continues it."""
    if current.heading:
        return False
    last = current.lines[-1].rstrip()
    return bool(CONNECTOR.search(last) or last.endswith(",")) and not ITEM_MARK.match(line)


def statements(units: Sequence[Unit]) -> list[Statement]:
    """Every statement of the document, in reading order."""
    found: list[Statement] = []
    for unit in units:
        current: Statement | None = None
        article, headings = "", _Headings()
        for raw in unit.text.splitlines():
            line = raw.strip()
            if not line:
                continue
            if (title := ARTICLE.match(line)) and not NUMBERED.match(line):
                word, number = article_of(title)
                article = f"{word}{number}" if title["cjk"] else f"{word} {number}"  # "§ 9", "第10条"
            if RULE_LINE.match(line):  # "|---|---|" or "---": layout, not a statement
                current = None
                continue
            if unit.kind == "table" or TABLE_ROW.match(line):
                if unit.kind == "table" and current is not None and line[:1].islower() and broken_off(current, line):
                    current.text += " " + line  # a flattened cell wrapped mid-phrase: "0.3 % ... per" / "calendar day"
                    current.lines.append(line)
                    continue
                current = Statement(line, [line], unit.page, article, headings.now())  # a row
                found.append(current)
                continue
            if current is not None and broken_off(current, line):  # "... warrants the products for" / "2 years ..."
                current.text += " " + line
                current.lines.append(line)
                continue
            if HEADING.match(line) or MARKDOWN_HEADING.match(line) or title and len(line) <= 60 \
                    and not NUMBERED.match(line) and not line.rstrip().endswith((".", ";")):
                found.append(Statement(line, [line], unit.page, article, headings.now(), heading=True))
                headings.enter(line)
                current = None
                continue
            if current is None or starts_statement(line) or not continues(current, line):
                current = Statement(line, [line], unit.page, article, headings.now())
                found.append(current)
            else:
                current.text += " " + line
                current.lines.append(line)
    return found


def sentences(units: Sequence[Unit]) -> list[tuple[str, int | None]]:
    """The sentences of the document's statements (headings left out), with their page."""
    return [(sentence, s.page) for s in statements(units) if not s.heading for sentence in s.sentences()]

"""Text on a PDF page that no reader sees: white on nothing painted, invisible (render mode 3) on no image,
too small to read, or off the page. Such text is not evidence (a supplier can forge a certificate in 1-pt
white type); the page's text is read without it and what was left out is reported.

The page's content stream is walked once, keeping only what decides visibility: colours, render mode, font
size, the matrices, and the areas painted so far (a filled shape or an image under white or invisible text
makes it readable: a table header, or the text layer of a scan). Every text-showing operator found hidden is
dropped from the stream the text is then extracted from, so the visible text is pypdf's own extraction. Forms
(reusable headers, footers, stamps) are walked where they are drawn, with the state they are drawn in. Not judged:
text cut away by a clipping path, or covered by a shape drawn after it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any

from pypdf import PageObject
from pypdf.generic import ContentStream, NameObject

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
Box = tuple[float, float, float, float]

TINY_POINTS = 2.0  # text set smaller than this (after every scaling) cannot be read on paper or screen
WHITE = 0.95  # a colour this close to white is white on a white page
OFF_PAGE = 5.0  # points of slack around the page before text counts as outside it
CONTENTS = "/Contents"
SHOW_TEXT = {b"Tj", b"TJ", b"'", b'"'}
FILL_PATH = {b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}
END_PATH = FILL_PATH | {b"S", b"s", b"n"}
INVISIBLE_MODES = {3, 7}  # neither filled nor stroked
STROKE_MODES = {1, 5}
COLOUR_BY_COMPONENTS = {1: "gray", 3: "rgb", 4: "cmyk"}


def multiply(m: Matrix, n: Matrix) -> Matrix:
    return (m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2],
            m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5])


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def is_white(model: str, components: tuple[float, ...]) -> bool:
    if model == "gray" and len(components) == 1:
        return components[0] >= WHITE
    if model == "rgb" and len(components) == 3:
        return min(components) >= WHITE
    if model == "cmyk" and len(components) == 4:
        return max(components) <= 1 - WHITE
    return False  # a pattern or an unknown space: assume it shows


@dataclass
class Graphics:
    """The part of the graphics state that decides whether text shows (saved and restored by q/Q)."""

    ctm: Matrix = IDENTITY
    fill: tuple[str, tuple[float, ...]] = ("gray", (0.0,))
    stroke: tuple[str, tuple[float, ...]] = ("gray", (0.0,))
    fill_space: str = "gray"
    stroke_space: str = "gray"
    render: int = 0
    font_size: float = 12.0
    leading: float = 0.0


@dataclass
class Variants:
    """A content stream (a page's or a form's) and its two readings: without its hidden text, and with only its
    hidden text (plus every operator that sets state, so the hidden text is placed and decoded as drawn)."""

    content: ContentStream
    visible: list
    hidden: list
    shows_hidden: bool  # whether this stream itself shows hidden text


MAX_FORM_DEPTH = 8  # forms drawn inside forms; deeper (or cyclic) nesting is read as it is


@dataclass
class Walk:
    page_box: Box
    resources: Any = None  # the /Resources of the stream walked, to find the forms it draws
    pdf: Any = None
    streams: list[Variants] = field(default_factory=list)  # the page's and its forms', shared by nested walks
    depth: int = 0
    state: Graphics = field(default_factory=Graphics)
    saved: list[Graphics] = field(default_factory=list)
    text_matrix: Matrix = IDENTITY
    line_matrix: Matrix = IDENTITY
    path: list[tuple[float, float]] = field(default_factory=list)
    painted: list[Box] = field(default_factory=list)  # areas filled with a colour or an image, in page space

    def paint(self, points: list[tuple[float, float]]) -> None:
        if points:
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            self.painted.append((min(xs), min(ys), max(xs), max(ys)))

    def over_painting(self, x: float, y: float) -> bool:
        return any(x0 - 1 <= x <= x1 + 1 and y0 - 1 <= y <= y1 + 1 for x0, y0, x1, y1 in self.painted)

    def move_line(self, tx: float, ty: float) -> None:
        self.line_matrix = multiply((1.0, 0.0, 0.0, 1.0, tx, ty), self.line_matrix)
        self.text_matrix = self.line_matrix

    def hidden(self) -> bool:
        """Whether text shown now would be unseen."""
        placed = multiply(self.text_matrix, self.state.ctm)
        size = abs(self.state.font_size) * math.sqrt(abs(placed[0] * placed[3] - placed[1] * placed[2]))
        if size < TINY_POINTS:
            return True
        x, y = placed[4], placed[5]
        x0, y0, x1, y1 = self.page_box
        if not (x0 - OFF_PAGE <= x <= x1 + OFF_PAGE and y0 - OFF_PAGE <= y <= y1 + OFF_PAGE):
            return True
        mode = self.state.render
        if mode in INVISIBLE_MODES:
            unseen = True
        elif mode in STROKE_MODES:
            unseen = is_white(*self.state.stroke)
        elif mode in {2, 6}:
            unseen = is_white(*self.state.fill) and is_white(*self.state.stroke)
        else:
            unseen = is_white(*self.state.fill)
        return unseen and not self.over_painting(x, y)

    def step(self, operator: bytes, operands: list[Any]) -> bool | None:
        """Follow one operator; for a text-showing one, whether its text is hidden."""
        state = self.state
        if operator in SHOW_TEXT:
            if operator in (b"'", b'"'):
                self.move_line(0.0, -state.leading)
            return self.hidden()
        numbers = [float(o) for o in operands if isinstance(o, (int, float))]
        if operator == b"q":
            self.saved.append(replace(state))
        elif operator == b"Q":
            self.state = self.saved.pop() if self.saved else Graphics()
        elif operator == b"cm" and len(numbers) == 6:
            state.ctm = multiply(tuple(numbers), state.ctm)  # type: ignore[arg-type]
        elif operator in (b"g", b"rg", b"k"):
            state.fill = ({b"g": "gray", b"rg": "rgb", b"k": "cmyk"}[operator], tuple(numbers))
        elif operator in (b"G", b"RG", b"K"):
            state.stroke = ({b"G": "gray", b"RG": "rgb", b"K": "cmyk"}[operator], tuple(numbers))
        elif operator == b"cs" and operands:
            state.fill_space = str(operands[0])
        elif operator == b"CS" and operands:
            state.stroke_space = str(operands[0])
        elif operator in (b"sc", b"scn"):
            state.fill = (COLOUR_BY_COMPONENTS.get(len(numbers), "pattern") if len(numbers) == len(operands)
                          else "pattern", tuple(numbers))
        elif operator in (b"SC", b"SCN"):
            state.stroke = (COLOUR_BY_COMPONENTS.get(len(numbers), "pattern") if len(numbers) == len(operands)
                            else "pattern", tuple(numbers))
        elif operator == b"Tr" and numbers:
            state.render = int(numbers[0])
        elif operator == b"Tf" and numbers:
            state.font_size = numbers[-1]
        elif operator == b"TL" and numbers:
            state.leading = numbers[0]
        elif operator == b"BT":
            self.text_matrix = self.line_matrix = IDENTITY
        elif operator == b"Tm" and len(numbers) == 6:
            self.text_matrix = self.line_matrix = tuple(numbers)  # type: ignore[assignment]
        elif operator in (b"Td", b"TD") and len(numbers) == 2:
            if operator == b"TD":
                state.leading = -numbers[1]
            self.move_line(numbers[0], numbers[1])
        elif operator == b"T*":
            self.move_line(0.0, -state.leading)
        elif operator == b"re" and len(numbers) == 4:
            x, y, w, h = numbers
            self.path += [apply(state.ctm, x, y), apply(state.ctm, x + w, y + h), apply(state.ctm, x + w, y),
                          apply(state.ctm, x, y + h)]
        elif operator in (b"m", b"l", b"c", b"v", b"y"):
            self.path += [apply(state.ctm, numbers[i], numbers[i + 1]) for i in range(0, len(numbers) - 1, 2)]
        elif operator in END_PATH:
            if operator in FILL_PATH and not is_white(*state.fill):
                self.paint(self.path)
            self.path = []
        elif operator == b"Do" and operands and (form := self.form(operands[0])) is not None:
            self.walk_form(form)
        elif operator in (b"Do", b"INLINE IMAGE"):  # an image: the unit square it is drawn in
            self.paint([apply(state.ctm, x, y) for x, y in ((0, 0), (1, 1), (0, 1), (1, 0))])
        elif operator == b"sh":  # a shading fills the whole clipping area: treat the page as painted
            self.painted.append(self.page_box)
        return None


    def form(self, name: Any) -> ContentStream | None:
        """The form XObject `name` draws, as a parsed stream put in its place (so extraction reads the same object);
        None for an image or anything unreadable."""
        if self.depth >= MAX_FORM_DEPTH or self.resources is None:
            return None
        try:
            xobjects = self.resources["/XObject"].get_object()
            xobject = xobjects[name].get_object()
            if xobject.get("/Subtype") != "/Form":
                return None
            if isinstance(xobject, ContentStream):
                return xobject
            form = ContentStream(xobject, self.pdf, "bytes")
            for key, value in xobject.items():  # its resources, matrix and box: extraction reads them from it
                if key not in ("/Length", "/Filter", "/DecodeParms"):
                    form[NameObject(key)] = value
            xobjects[NameObject(str(name))] = form
            return form
        except (AttributeError, KeyError, TypeError, ValueError):
            return None

    def walk_form(self, form: ContentStream) -> None:
        matrix = form.get("/Matrix")
        numbers = tuple(float(n) for n in matrix) if matrix is not None and len(matrix) == 6 else IDENTITY
        inner = Walk(page_box=self.page_box, resources=form.get("/Resources") or self.resources, pdf=self.pdf,
                     streams=self.streams, depth=self.depth + 1, painted=self.painted,
                     state=replace(self.state, ctm=multiply(numbers, self.state.ctm)))  # type: ignore[arg-type]
        inner.split(form)

    def split(self, content: ContentStream) -> None:
        """Walks the stream, and adds its two readings to `streams`."""
        visible: list = []
        hidden_only: list = []
        any_hidden = False
        for operands, operator in content.operations:
            try:
                unseen = self.step(operator, operands)
            except (TypeError, ValueError, IndexError, ZeroDivisionError):
                unseen = None  # a malformed operator changes no state we rely on
            if unseen:
                any_hidden = True
                hidden_only.append((operands, operator))
                continue
            visible.append((operands, operator))
            if unseen is None:  # state, positioning and forms for the hidden reading; visible text left out
                hidden_only.append((operands, operator))
        self.streams.append(Variants(content, visible, hidden_only, any_hidden))


def split_hidden(page: PageObject, content: ContentStream) -> list[Variants]:
    """The page's and its forms' streams that show hidden text, each with its two readings ([] when none: the page
    is then read as it is)."""
    box = page.cropbox
    walk = Walk(page_box=(float(box.left), float(box.bottom), float(box.right), float(box.top)),
                resources=page.get("/Resources"), pdf=page.pdf)
    walk.split(content)
    # with hidden text anywhere, every stream is read twice (a form's visible text must not join the hidden reading)
    return walk.streams if any(stream.shows_hidden for stream in walk.streams) else []


def drop_unseen(page: PageObject) -> str:
    """Drops from the page's content the text no reader sees, and returns that text ("" when none)."""
    try:  # built as pypdf's text extraction builds it (operands as bytes, decoded later by each font)
        raw = page[CONTENTS].get_object()
        content = raw if isinstance(raw, ContentStream) else ContentStream(raw, page.pdf, "bytes")
    except (AttributeError, KeyError, TypeError, ValueError):
        return ""
    page[NameObject(CONTENTS)] = content  # parsed once: extraction reuses it
    found = split_hidden(page, content)
    if not found:
        return ""
    for variants in found:
        variants.content.operations = variants.hidden
    hidden = page.extract_text(visitor_operand_before=ignore) or ""
    for variants in found:
        variants.content.operations = variants.visible
    return hidden.strip()


def page_texts(page: PageObject) -> tuple[str, str]:
    """The page's visible text, and the text on it no reader sees ("" when none)."""
    hidden = drop_unseen(page)
    return page.extract_text(visitor_operand_before=ignore) or "", hidden


def ignore(*_: Any) -> None:
    """A visitor that does nothing: with one, pypdf extracts from the stream as parsed, without re-serialising it
    to look for text operators first."""

"""Text on a PDF page that no reader sees: white on nothing painted, invisible (render mode 3) on no image, too
small to read, off the page, or covered by a shape or image painted over it. Such text is not evidence (a supplier
can forge a certificate in 1-pt white type, or type one and paint a white box over it); the page's text is read
without it and what was left out is reported.

The page's content stream is walked once, keeping only what decides visibility: colours, opacity, render mode, font
size, the matrices, the clipping area, and where shapes and images are painted (clipped to where they can show).
White text over something painted earlier shows (a table header on a coloured band), and so does invisible text over
an image (the text layer of a scan); text under anything opaque painted later does not. Every text-showing operator
found hidden is dropped from the stream the text is then extracted from, so the visible text is pypdf's own
extraction. Forms (reusable headers, footers, stamps) are walked where they are drawn, in the state they are drawn
in. A text's position is where its line starts: a covering shape must cover that point."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import numpy as np
from pypdf import PageObject
from pypdf.generic import ContentStream, NameObject

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
Box = tuple[float, float, float, float]

TINY_POINTS = 2.0  # text set smaller than this (after every scaling) cannot be read on paper or screen
WHITE = 0.95  # a colour this close to white is white on a white page
OFF_PAGE = 5.0  # points of slack around the page before text counts as outside it
EDGE = 1.0  # points of slack around a painted area
PAIRS_AT_ONCE = 1_000_000  # mark-area pairs compared in one array (8 MB of booleans per comparison)
COVER_LOW, COVER_HIGH = 0.1, 0.6  # of the font size above the baseline: a cover must hide this much of a letter
CONTENTS = "/Contents"
SHOW_TEXT = {b"Tj", b"TJ", b"'", b'"'}
FILL_PATH = {b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}
END_PATH = FILL_PATH | {b"S", b"s", b"n"}
INVISIBLE_MODES = {3, 7}  # neither filled nor stroked
STROKE_MODES = {1, 5}
COLOUR_BY_COMPONENTS = {1: "gray", 3: "rgb", 4: "cmyk"}
NORMAL_BLEND = {None, "/Normal", "/Compatible"}
MAX_FORM_DEPTH = 8  # forms drawn inside forms; deeper (or cyclic) nesting is read as it is


def multiply(m: Matrix, n: Matrix) -> Matrix:
    return (m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2],
            m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5])


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def bounds(points: list[tuple[float, float]]) -> Box:
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def intersect(a: Box | None, b: Box) -> Box:
    if a is None:
        return b
    return max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])


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
    render: int = 0
    font_size: float = 12.0
    leading: float = 0.0
    clip: Box | None = None  # None: the whole page
    opaque: bool = True  # no transparency, soft mask or blend mode: what is painted hides what lies under it


@dataclass
class Area:
    """Something painted: where (page space, clipped), when (the order of painting), what, and whether it hides
    what lies under it."""

    order: int
    box: Box
    kind: Literal["image", "colour", "white"]
    opaque: bool
    exact: bool  # a rectangle or an image fills its box; another shape's box only bounds it (it covers nothing)


@dataclass
class Shown:
    """A text-showing operator: where its text starts, when it was painted, and how."""

    order: int
    x: float
    y: float
    size: float  # points, after every scaling
    unreadable: bool  # too small or off the page, whatever lies around it
    invisible: bool  # render mode 3 or 7
    white: bool


@dataclass
class Painting:
    """What is painted on one page, by the page's stream and every form it draws, in order."""

    page_box: Box
    pdf: Any
    areas: list[Area] = field(default_factory=list)
    streams: list[tuple[ContentStream, list[Shown | None]]] = field(default_factory=list)
    count: int = 0

    def next(self) -> int:
        self.count += 1
        return self.count

    def paint(self, box: Box, kind: Literal["image", "colour", "white"], opaque: bool, exact: bool = True) -> None:
        if box[0] <= box[2] and box[1] <= box[3]:
            self.areas.append(Area(self.next(), box, kind, opaque, exact))

    def hidden(self) -> dict[int, bool]:
        """Whether each text-showing operator (by its order) is unseen, now that everything painted is known."""
        marks = [mark for _, marks in self.streams for mark in marks if mark is not None]
        if not self.areas:
            return {m.order: m.unreadable or m.invisible or m.white for m in marks}
        order = np.array([a.order for a in self.areas])
        x0, y0, x1, y1 = np.array([a.box for a in self.areas]).T
        image = np.array([a.kind == "image" for a in self.areas])
        coloured = np.array([a.kind != "white" for a in self.areas])
        cover = np.array([a.opaque and a.exact for a in self.areas])
        verdicts: dict[int, bool] = {}
        step = max(1, PAIRS_AT_ONCE // len(self.areas))  # marks judged together: every mark against every area
        for first in range(0, len(marks), step):
            batch = marks[first:first + step]
            x, y, size, when = (np.array([getattr(m, name) for m in batch])[:, None]
                                for name in ("x", "y", "size", "order"))
            under = (x0 - EDGE <= x) & (x <= x1 + EDGE) & (y0 - EDGE <= y) & (y <= y1 + EDGE)
            scanned = (under & image).any(axis=1)  # a scan's text layer lies over its image, before or after it
            behind = (under & coloured & (order < when)).any(axis=1)
            # covered: the body of its first letter lies inside (an underline or a strike-through is no cover)
            body = (x0 <= x) & (x <= x1) & (y0 <= y + COVER_LOW * size) & (y + COVER_HIGH * size <= y1)
            covered = (body & cover & (order > when)).any(axis=1)
            for i, mark in enumerate(batch):
                if mark.unreadable:
                    verdicts[mark.order] = True
                elif mark.invisible:
                    verdicts[mark.order] = not scanned[i]
                else:
                    verdicts[mark.order] = bool(covered[i] or (mark.white and not behind[i]))
        return verdicts


@dataclass
class Walk:
    """One content stream (the page's, or a form's where it is drawn) followed operator by operator."""

    painting: Painting
    resources: Any = None  # the /Resources of the stream walked, for its forms, images and graphics states
    depth: int = 0
    state: Graphics = field(default_factory=Graphics)
    saved: list[Graphics] = field(default_factory=list)
    text_matrix: Matrix = IDENTITY
    line_matrix: Matrix = IDENTITY
    path: list[tuple[float, float]] = field(default_factory=list)
    rectangles: list[Box] = field(default_factory=list)  # the path's rectangles, while it has nothing else
    shaped: bool = False  # the path has lines or curves: its box only bounds what it fills
    clipping: bool = False  # W or W* seen: the path, once ended, narrows the clip

    def move_line(self, tx: float, ty: float) -> None:
        self.line_matrix = multiply((1.0, 0.0, 0.0, 1.0, tx, ty), self.line_matrix)
        self.text_matrix = self.line_matrix

    def shown(self) -> Shown:
        """Text shown now, as painted: its start, size and colour."""
        state = self.state
        placed = multiply(self.text_matrix, state.ctm)
        size = abs(state.font_size) * math.sqrt(abs(placed[0] * placed[3] - placed[1] * placed[2]))
        x, y = placed[4], placed[5]
        x0, y0, x1, y1 = self.painting.page_box
        outside = not (x0 - OFF_PAGE <= x <= x1 + OFF_PAGE and y0 - OFF_PAGE <= y <= y1 + OFF_PAGE)
        if state.clip is not None:
            cx0, cy0, cx1, cy1 = state.clip
            outside = outside or not (cx0 - EDGE <= x <= cx1 + EDGE and cy0 - EDGE <= y <= cy1 + EDGE)
        mode = state.render
        if mode in STROKE_MODES:
            white = is_white(*state.stroke)
        elif mode in {2, 6}:
            white = is_white(*state.fill) and is_white(*state.stroke)
        else:
            white = is_white(*state.fill)
        return Shown(self.painting.next(), x, y, size, unreadable=size < TINY_POINTS or outside,
                     invisible=mode in INVISIBLE_MODES, white=white)

    def resource(self, category: str, name: Any) -> Any:
        try:
            return self.resources[category].get_object()[name].get_object()
        except (AttributeError, KeyError, TypeError, ValueError):
            return None

    def step(self, operator: bytes, operands: list[Any]) -> Shown | None:
        """Follow one operator; for a text-showing one, how its text is painted."""
        state = self.state
        if operator in SHOW_TEXT:
            if operator in (b"'", b'"'):
                self.move_line(0.0, -state.leading)
            return self.shown()
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
        elif operator in (b"sc", b"scn"):
            state.fill = (COLOUR_BY_COMPONENTS.get(len(numbers), "pattern") if len(numbers) == len(operands)
                          else "pattern", tuple(numbers))
        elif operator in (b"SC", b"SCN"):
            state.stroke = (COLOUR_BY_COMPONENTS.get(len(numbers), "pattern") if len(numbers) == len(operands)
                            else "pattern", tuple(numbers))
        elif operator == b"gs" and operands:
            if (graphics := self.resource("/ExtGState", operands[0])) is not None:
                alpha = graphics.get("/ca")
                mask = graphics.get("/SMask")
                state.opaque = (alpha is None or float(alpha) >= 1.0) and graphics.get("/BM") in NORMAL_BLEND \
                    and (mask is None or mask == "/None")
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
            corners = [apply(state.ctm, x, y), apply(state.ctm, x + w, y + h), apply(state.ctm, x + w, y),
                       apply(state.ctm, x, y + h)]
            self.path += corners
            self.rectangles.append(bounds(corners))
        elif operator in (b"m", b"l", b"c", b"v", b"y"):
            self.path += [apply(state.ctm, numbers[i], numbers[i + 1]) for i in range(0, len(numbers) - 1, 2)]
            self.shaped = True
        elif operator in (b"W", b"W*"):
            self.clipping = True
        elif operator in END_PATH:
            if self.path:
                area = bounds(self.path)
                if operator in FILL_PATH:
                    kind: Literal["colour", "white"] = "white" if is_white(*state.fill) else "colour"
                    for box in [area] if self.shaped else self.rectangles:
                        self.painting.paint(intersect(state.clip, box), kind, state.opaque, exact=not self.shaped)
                if self.clipping:
                    state.clip = intersect(state.clip, area)
            self.path, self.rectangles, self.shaped, self.clipping = [], [], False, False
        elif operator == b"Do" and operands:
            self.draw(operands[0])
        elif operator == b"INLINE IMAGE":
            self.painting.paint(intersect(state.clip, self.unit_square()), "image", state.opaque)
        elif operator == b"sh":  # a shading fills the whole clipping area
            self.painting.paint(state.clip or self.painting.page_box, "colour", state.opaque)
        return None

    def unit_square(self) -> Box:
        return bounds([apply(self.state.ctm, x, y) for x, y in ((0, 0), (1, 1), (0, 1), (1, 0))])

    def draw(self, name: Any) -> None:
        """`Do`: an image paints its unit square; a form is walked where it is drawn."""
        xobject = self.resource("/XObject", name)
        if xobject is None:
            return
        if xobject.get("/Subtype") == "/Form":
            if (form := self.form(name, xobject)) is not None:
                self.walk_form(form)
            return
        see_through = any(key in xobject for key in ("/SMask", "/Mask", "/ImageMask"))
        self.painting.paint(intersect(self.state.clip, self.unit_square()), "image",
                            self.state.opaque and not see_through)

    def form(self, name: Any, xobject: Any) -> ContentStream | None:
        """The form as a parsed stream put in its place, so that extraction reads the object judged here."""
        if self.depth >= MAX_FORM_DEPTH:
            return None
        if isinstance(xobject, ContentStream):
            return xobject
        form = ContentStream(xobject, self.painting.pdf, "bytes")
        for key, value in xobject.items():  # its resources, matrix and box: extraction reads them from it
            if key not in ("/Length", "/Filter", "/DecodeParms"):
                form[NameObject(key)] = value
        self.resources["/XObject"].get_object()[NameObject(str(name))] = form
        return form

    def walk_form(self, form: ContentStream) -> None:
        matrix = form.get("/Matrix")
        numbers = tuple(float(n) for n in matrix) if matrix is not None and len(matrix) == 6 else IDENTITY
        state = replace(self.state, ctm=multiply(numbers, self.state.ctm))  # type: ignore[arg-type]
        if (box := form.get("/BBox")) is not None and len(box) == 4:
            x0, y0, x1, y1 = (float(n) for n in box)
            state.clip = intersect(state.clip, bounds([apply(state.ctm, x, y)
                                                       for x, y in ((x0, y0), (x1, y1), (x0, y1), (x1, y0))]))
        Walk(self.painting, resources=form.get("/Resources") or self.resources, depth=self.depth + 1,
             state=state).walk(form)

    def walk(self, content: ContentStream) -> None:
        marks: list[Shown | None] = []
        self.painting.streams.append((content, marks))
        for operands, operator in content.operations:
            try:
                marks.append(self.step(operator, operands))
            except (TypeError, ValueError, IndexError, ZeroDivisionError, AttributeError, KeyError):
                marks.append(None)  # a malformed operator changes no state we rely on


@dataclass
class Variants:
    """A content stream (a page's or a form's) and its two readings: without its hidden text, and with only its
    hidden text (plus every operator that sets state, so the hidden text is placed and decoded as drawn)."""

    content: ContentStream
    visible: list
    hidden: list


def split_hidden(page: PageObject, content: ContentStream) -> list[Variants]:
    """The page's and its forms' streams, each with its two readings; [] when nothing on the page is hidden (it is
    then read as it is). With hidden text anywhere, every stream is read twice: a form's visible text must not join
    the hidden reading."""
    box = page.cropbox
    painting = Painting((float(box.left), float(box.bottom), float(box.right), float(box.top)), page.pdf)
    Walk(painting, resources=page.get("/Resources")).walk(content)
    verdicts = painting.hidden()
    if not any(verdicts.values()):
        return []
    found = []
    for stream, marks in painting.streams:
        unseen = [mark is not None and verdicts[mark.order] for mark in marks]
        operations = stream.operations
        found.append(Variants(stream, [op for op, hide in zip(operations, unseen, strict=True) if not hide],
                              [op for op, hide, mark in zip(operations, unseen, marks, strict=True)
                               if hide or mark is None]))
    return found


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

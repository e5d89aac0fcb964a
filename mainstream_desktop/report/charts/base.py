"""Shared pieces of the report's vector charts (reportlab.graphics).

Every chart must read in black-and-white print, so categories differ by marker shape,
line dash and grey level, and carry text labels — never by hue alone. Text in a chart
goes through :func:`label`, which uses the same font chain and Arabic shaping as the
paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isColorOrNone, isNumber
from reportlab.pdfbase.pdfmetrics import stringWidth

from mainstream_desktop.core.figures import FAMILIES, family_index, family_label
from mainstream_desktop.report.bidi import visual
from mainstream_desktop.report.fonts import (
    EMBOLDEN,
    SANS,
    fake_bold,
    fit,
    font_name,
    has_rtl,
    runs,
    text_width,
)
from mainstream_desktop.report.styles import INK, NAVY

# Stakeholder families (core.figures, shared with the window): the shape tells them apart
# in print, the fill is the same colour the window uses.
GROUP_SHAPES = tuple(f.shape for f in FAMILIES)
GROUP_FILLS = tuple(colors.HexColor(f.colour) for f in FAMILIES)


class StrokedString(String):
    """A string that may also be stroked (text render mode 2): bold for a face without a
    bold cut. The renderer takes the stroke colour and width from the shape's state."""

    _attrMap = AttrMap(BASE=String, strokeColor=AttrMapValue(isColorOrNone),
                       strokeWidth=AttrMapValue(isNumber))


def new_drawing(width: float, height: float) -> Drawing:
    """A drawing whose default font is ours (reportlab would reference Helvetica,
    which is not embedded)."""
    d = Drawing(width, height)
    d.initialFontName = SANS
    return d


def type_group(type_key: str | None) -> int:
    return family_index(type_key)


def group_label(index: int) -> str:
    return family_label(FAMILIES[index])


def label(x: float, y: float, text: str, size: float = 7, *, anchor: str = "start",
          bold: bool = False, fill: colors.Color = INK, rtl: bool = False,
          width: float | None = None, halo: bool = False) -> Group:
    """A one-line chart label in the fallback fonts, optionally shortened to ``width``.

    ``halo`` puts a translucent white box behind it, to stay legible over lines.
    """
    if width is not None:
        text = fit(text, width, size, bold)
    line = visual(text, rtl) if (rtl or has_rtl(text)) else text
    total = text_width(line, size, bold)
    if anchor == "middle":
        x -= total / 2
    elif anchor == "end":
        x -= total
    g = Group()
    if halo:
        g.add(Rect(x - 1, y - size * 0.28, total + 2, size * 1.12, fillColor=colors.white,
                   fillOpacity=0.78, strokeColor=None))
    for index, chunk in runs(line):
        name = font_name(index, bold)
        if fake_bold(index, bold):  # no bold cut (Chinese): fill and stroke
            g.add(StrokedString(x, y, chunk, fontName=name, fontSize=size, fillColor=fill,
                                textRenderMode=2, strokeColor=fill,
                                strokeWidth=size * EMBOLDEN))
        else:
            g.add(String(x, y, chunk, fontName=name, fontSize=size, fillColor=fill))
        x += stringWidth(chunk, name, size)
    return g


class Mirror:
    """Horizontal coordinates of a chart ``width`` points wide, mirrored in a
    right-to-left report: a chart is laid out once, left to right, and every x, box and
    text anchor goes through here, so axes, labels and legends change sides together
    (values grow to the left, as in the window's mirrored pictures)."""

    def __init__(self, width: float, rtl: bool):
        self.width = width
        self.rtl = rtl

    def x(self, x: float) -> float:
        return self.width - x if self.rtl else x

    def box(self, x: float, w: float) -> float:
        """Left edge of a box that spans ``x`` to ``x + w`` left to right."""
        return self.width - x - w if self.rtl else x

    def anchor(self, anchor: str) -> str:
        if not self.rtl or anchor == "middle":
            return anchor
        return "end" if anchor == "start" else "start"


def marker(shape: str, x: float, y: float, r: float, fill: colors.Color,
           stroke: colors.Color = NAVY, width: float = 0.7) -> object:
    """A marker of one of :data:`GROUP_SHAPES` centred on (x, y)."""
    kw = {"fillColor": fill, "strokeColor": stroke, "strokeWidth": width}
    if shape == "circle":
        return Circle(x, y, r, **kw)
    if shape == "square":
        s = r * 0.9
        return Rect(x - s, y - s, 2 * s, 2 * s, **kw)
    if shape == "triangle":
        return Polygon([x - r, y - r * 0.8, x + r, y - r * 0.8, x, y + r * 1.05], **kw)
    if shape == "diamond":
        return Polygon([x, y - r * 1.15, x + r * 1.15, y, x, y + r * 1.15, x - r * 1.15, y],
                       **kw)
    g = Group()  # cross: two strokes, visible without any fill
    g.add(Line(x - r, y - r, x + r, y + r, strokeColor=stroke, strokeWidth=width * 1.6))
    g.add(Line(x - r, y + r, x + r, y - r, strokeColor=stroke, strokeWidth=width * 1.6))
    return g


Symbol = Callable[[Drawing, float, float], None]


def group_entries(groups: list[int]) -> list[tuple[Symbol, str]]:
    """Legend entries (marker, label) of the given stakeholder type groups."""
    def symbol(gi: int) -> Symbol:
        return lambda d, x, y: d.add(marker(GROUP_SHAPES[gi], x + 5, y + 2.5, 3.3,
                                            GROUP_FILLS[gi]))
    return [(symbol(gi), group_label(gi)) for gi in groups]


def shaped_width(text: str, size: float, bold: bool = False, rtl: bool = False) -> float:
    """Width of ``text`` as drawn: Arabic letters joined (shaped), which is narrower or
    wider than the bare letters that :func:`text_width` measures."""
    line = visual(text, rtl) if (rtl or has_rtl(text)) else text
    return text_width(line, size, bold)


def wrap_text(text: str, width: float, size: float, bold: bool = False,
              rtl: bool = False) -> list[str]:
    """``text`` broken at spaces (between characters for a word wider than ``width``, as
    Chinese has no spaces) into logical lines that each fit ``width`` once shaped."""
    words = text.split()
    if not words:
        return [""]
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}" if current else word
        if shaped_width(trial, size, bold, rtl) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        current = ""
        if shaped_width(word, size, bold, rtl) <= width:
            current = word
            continue
        for ch in word:  # an overlong word: cut between characters
            if current and shaped_width(current + ch, size, bold, rtl) > width:
                lines.append(current)
                current = ""
            current += ch
    lines.append(current)
    return lines


LEGEND_SIZE = 6.8
_SYMBOL_ROOM = 20.0  # symbol and gap before an entry's text


def legend_lines(entries: list, cols: int, width: float, *, size: float = LEGEND_SIZE,
                 rtl: bool = False) -> list[list[str]]:
    """Each entry's text as the lines the legend draws: whole, wrapped to fit its column
    (never cut: a translation longer than English takes a second line)."""
    col_text = width / cols - _SYMBOL_ROOM
    return [wrap_text(text, col_text, size, rtl=rtl) for _, text in entries]


def _row_heights(lines: list[list[str]], cols: int, row: float, size: float) -> list[float]:
    heights = []
    for start in range(0, len(lines), cols):
        most = max(len(ls) for ls in lines[start:start + cols])
        heights.append(row + (most - 1) * size * 1.2)
    return heights


def legend_height(entries: list, cols: int, row: float = 12.0, *, width: float | None = None,
                  size: float = LEGEND_SIZE, rtl: bool = False) -> float:
    """Height :func:`legend` takes; pass the same ``width`` (and ``rtl``) as to
    :func:`legend` with ``wrap=True`` so that wrapped entries get their room."""
    if width is None:
        return row * ((len(entries) + cols - 1) // cols)
    return sum(_row_heights(legend_lines(entries, cols, width, size=size, rtl=rtl), cols, row,
                            size))


def legend(d: Drawing, entries: list[tuple[Symbol, str]], x: float, top: float,
           width: float, cols: int, *, size: float = LEGEND_SIZE, rtl: bool = False,
           row: float = 12.0, wrap: bool = False) -> None:
    """Entries in a grid of ``cols`` columns, rows going down from ``top``; in a
    right-to-left report the columns run from the right and each symbol stands to the
    right of its text. With ``wrap`` a long entry takes more lines instead of being
    shortened (reserve the room with ``legend_height(..., width=width)``)."""
    col_w = width / cols
    if wrap:
        lines = legend_lines(entries, cols, width, size=size, rtl=rtl)
    else:
        lines = [[fit(text, col_w - _SYMBOL_ROOM, size)] for _, text in entries]
    heights = _row_heights(lines, cols, row, size)
    y_top = top
    for i, (symbol, _text) in enumerate(entries):
        r, c = divmod(i, cols)
        if c == 0 and r:
            y_top -= heights[r - 1]
        y = y_top - row + 3
        for n, line in enumerate(lines[i]):
            ly = y - n * size * 1.2
            if rtl:
                right = x + width - c * col_w
                d.add(label(right - 16, ly, line, size, anchor="end", rtl=rtl))
            else:
                d.add(label(x + c * col_w + 16, ly, line, size, rtl=rtl))
        if rtl:
            symbol(d, x + width - c * col_w - 12, y)
        else:
            symbol(d, x + c * col_w, y)


def swatch(fill: object) -> Symbol:
    """A legend's filled box: the colour of a bar or of a bar's segment."""
    return lambda d, x, y: d.add(Rect(x, y, 12, 7, fillColor=fill, strokeColor=NAVY,
                                      strokeWidth=0.5))


class Legend:
    """A chart's legend, measured once for the width it is drawn in: the room the chart
    reserves (:attr:`height`) and what :meth:`draw` draws always agree, and a long
    entry (a translation) takes a second line instead of being cut."""

    def __init__(self, entries: list[tuple[Symbol, str]], cols: int, width: float, *,
                 rtl: bool = False):
        self.entries = entries
        self.cols = cols
        self.width = width
        self.rtl = rtl
        self.height = legend_height(entries, cols, width=width, rtl=rtl)

    def draw(self, d: Drawing, x: float, top: float) -> None:
        legend(d, self.entries, x, top, self.width, self.cols, rtl=self.rtl, wrap=True)

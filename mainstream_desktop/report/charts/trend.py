"""Trends of the situation indicators: a grid of small line charts, one per indicator.

Small multiples rather than one page per indicator: thirty indicators fit on three
pages and read side by side. Each panel starts its scale at zero (a fall from 9.8 % to
6.8 % looks like what it is), marks every recorded year (a line across a gap of years is
not a measurement), and prints its latest value with its unit. The series and their
scales come from :func:`core.evidence.trend_series`, which the window's trend picture
draws too.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect

from mainstream_desktop.core.evidence import IndicatorEvidence, nice_ceiling, trend_series
from mainstream_desktop.report.charts.base import Mirror, label, new_drawing
from mainstream_desktop.report.fonts import fit, text_width
from mainstream_desktop.report.styles import ACCENT, GRID, INK, MUTED, NAVY, WHITE, ZEBRA

COLUMNS = 3
ROWS = 5  # panels per drawing: COLUMNS × ROWS, so one drawing fits on a page
PANEL_HEIGHT = 118.0
_TITLE = 7.0
_SMALL = 6.2

Quantity = Callable[[float, str], str]  # (value, unit) → text in the report's locale


def wrap_two(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """``text`` in at most two lines of ``width``: by words where there are spaces, by
    characters otherwise (Chinese); the second line is shortened with "…" if needed."""
    if text_width(text, size, bold) <= width:
        return [text]
    parts = text.split(" ") if " " in text else list(text)
    joiner = " " if " " in text else ""
    first: list[str] = []
    for i, part in enumerate(parts):
        if first and text_width(joiner.join([*first, part]), size, bold) > width:
            rest = joiner.join(parts[i:])
            return [joiner.join(first), fit(rest, width, size, bold)]
        first.append(part)
    return [fit(text, width, size, bold)]


def trend_grid(panels: Sequence[IndicatorEvidence], width: float, quantity: Quantity, *,
               rtl: bool = False) -> Drawing:
    """Up to :data:`COLUMNS` × :data:`ROWS` indicators' totals as small line charts;
    mirrored in a right-to-left report (first panel and the latest year on the right)."""
    rows = max(1, math.ceil(len(panels) / COLUMNS))
    height = rows * PANEL_HEIGHT
    d = new_drawing(width, height)
    m = Mirror(width, rtl)
    pw = width / COLUMNS
    for i, ind in enumerate(panels):
        r, c = divmod(i, COLUMNS)
        _panel(d, m, ind, c * pw, height - (r + 1) * PANEL_HEIGHT, pw, quantity, rtl)
    return d


def _panel(d: Drawing, m: Mirror, ind: IndicatorEvidence, x0: float, y0: float, w: float,
           quantity: Quantity, rtl: bool) -> None:
    pad = 6.0
    inner = w - 2 * pad
    top = y0 + PANEL_HEIGHT - 4
    d.add(Rect(m.box(x0 + 2, w - 4), y0 + 3, w - 4, PANEL_HEIGHT - 6, fillColor=ZEBRA,
               strokeColor=None))
    start = m.anchor("start")
    lines = wrap_two(ind.title, inner, _TITLE, True)
    for n, line in enumerate(lines):
        d.add(label(m.x(x0 + pad), top - 9 - n * 8.5, line, _TITLE, anchor=start, bold=True,
                    fill=NAVY, rtl=rtl))
    series = trend_series(ind)
    if series is None:  # an indicator without totals has no panel to draw
        return
    points = series.points
    latest = points[-1]
    d.add(label(m.x(x0 + pad), top - 29, quantity(latest.value, latest.unit), _SMALL,
                anchor=start, fill=INK, rtl=rtl, width=inner))
    # the plot: a zero-based scale, years along the bottom
    low, ticks = series.axis.low, series.axis.ticks
    axis_w = min(max(text_width(quantity(v, ""), _SMALL) for v in ticks), inner * 0.4)
    px0, px1 = x0 + pad + axis_w + 4, x0 + w - pad - 4
    py0, py1 = y0 + 16, top - 38
    first, last = points[0].year, points[-1].year

    def at(year: int, value: float) -> tuple[float, float]:
        x = px0 + (px1 - px0) * (year - first) / (last - first)
        y = py0 + (py1 - py0) * series.axis.fraction(value)
        return m.x(x), y

    for v in ticks:
        y = at(first, v)[1]
        d.add(Line(m.x(px0), y, m.x(px1), y, strokeColor=GRID, strokeWidth=0.4))
        d.add(label(m.x(px0 - 3), y - 2, quantity(v, ""), _SMALL, anchor=m.anchor("end"),
                    fill=MUTED, rtl=rtl, width=axis_w))
    if low < 0:
        y = at(first, 0.0)[1]
        d.add(Line(m.x(px0), y, m.x(px1), y, strokeColor=MUTED, strokeWidth=0.5))
    for year, anchor in ((first, "start"), (last, "end")):
        d.add(label(at(year, low)[0], y0 + 7, str(year), _SMALL, anchor=m.anchor(anchor),
                    fill=MUTED))
    coords = [at(p.year, p.value) for p in points]
    d.add(PolyLine([c for xy in coords for c in xy], strokeColor=ACCENT, strokeWidth=1.2))
    for n, (x, y) in enumerate(coords):
        final = n == len(coords) - 1
        d.add(Circle(x, y, 1.9 if final else 1.3, fillColor=NAVY if final else WHITE,
                     strokeColor=NAVY, strokeWidth=0.6))


__all__ = ["COLUMNS", "ROWS", "nice_ceiling", "trend_grid", "wrap_two"]  # nice_ceiling: core's

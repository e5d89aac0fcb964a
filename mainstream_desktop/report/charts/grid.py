"""The power–interest grid: stakeholders by influence (up) and interest (across).

Positions and in-cell offsets come from :func:`core.figures.power_interest`, the same
data the window draws. Up to :data:`POINT_LIMIT` stakeholders are drawn as labelled
markers; a larger map is summarised as one counted bubble per cell, because thousands
of overlapping labels inform nobody.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect
from reportlab.lib import colors

from mainstream_desktop.core import figures
from mainstream_desktop.core.chart_layout import Box, LabelRequest, Placement, place_labels
from mainstream_desktop.core.figures import VERMILLION as _VERMILLION
from mainstream_desktop.core.figures import GridPoint
from mainstream_desktop.core.i18n import current_language
from mainstream_desktop.report.charts.base import (
    GROUP_FILLS,
    GROUP_SHAPES,
    Mirror,
    group_entries,
    label,
    legend,
    legend_height,
    marker,
    new_drawing,
    shaped_width,
    type_group,
)
from mainstream_desktop.report.fonts import fit
from mainstream_desktop.report.styles import GRID, MUTED, NAVY, PALE, SERIES, ZEBRA

POINT_LIMIT = 80
VERMILLION = colors.HexColor(_VERMILLION)  # the cut-off: the one line that matters


def power_interest_chart(points: list[GridPoint], width: float, *, rtl: bool = False,
                         influence: str = "Influence", interest: str = "Interest") -> Drawing:
    """The grid as a drawing ``width`` points wide; mirrored in a right-to-left report
    (interest grows to the left, the influence axis stands on the right)."""
    m = Mirror(width, rtl)
    groups = sorted({type_group(p.type) for p in points}) if len(points) <= POINT_LIMIT else []
    entries = group_entries(groups)
    notes = [figures.cutoff_note(_decimal(figures.CUTOFF))]
    if len(points) <= POINT_LIMIT:
        notes.append(figures.dodge_note())
    entries += [(_cut_symbol, notes[0])] + [(_dodge_symbol, n) for n in notes[1:]]
    legend_w = width - 40.0
    legend_h = legend_height(entries, 2, width=legend_w, rtl=rtl) + 2
    height = width * 0.66 + legend_h
    d = new_drawing(width, height)
    x0, y0 = 34.0, 30.0 + legend_h
    pw, ph = width - x0 - 6, height - y0 - 6
    cw, ch = pw / 5, ph / 5
    # quadrants: cells below figures.HIGH are low, the rest high
    low = figures.HIGH - 1
    n = figures.quadrant_counts(points)
    quads = (
        (0, 0, low, low, "#FFFFFF", figures.quadrant_title("monitor", n["monitor"])),
        (low, 0, 5 - low, low, ZEBRA,
         figures.quadrant_title("keep_informed", n["keep_informed"])),
        (0, low, low, 5 - low, ZEBRA,
         figures.quadrant_title("keep_satisfied", n["keep_satisfied"])),
        (low, low, 5 - low, 5 - low, PALE,
         figures.quadrant_title("manage_closely", n["manage_closely"])),
    )
    for qx, qy, qw, qh, fill, _text in quads:
        d.add(Rect(m.box(x0 + qx * cw, qw * cw), y0 + qy * ch, qw * cw, qh * ch,
                   fillColor=fill, strokeColor=None))
    for i in range(6):  # cell borders: a marker's cell is its score, whatever its place
        strong = i in (0, 5)
        d.add(Line(m.x(x0 + i * cw), y0, m.x(x0 + i * cw), y0 + ph,
                   strokeColor=NAVY if strong else GRID, strokeWidth=1.0 if strong else 0.6))
        d.add(Line(m.x(x0), y0 + i * ch, m.x(x0 + pw), y0 + i * ch,
                   strokeColor=NAVY if strong else GRID, strokeWidth=1.0 if strong else 0.6))
    cut = figures.CUTOFF - 0.5  # the cut-off line, in cells from the origin
    d.add(Line(m.x(x0 + cut * cw), y0, m.x(x0 + cut * cw), y0 + ph, strokeColor=VERMILLION,
               strokeWidth=1.3, strokeDashArray=[5, 2]))
    d.add(Line(m.x(x0), y0 + cut * ch, m.x(x0 + pw), y0 + cut * ch, strokeColor=VERMILLION,
               strokeWidth=1.3, strokeDashArray=[5, 2]))
    cut_text = _decimal(figures.CUTOFF)
    d.add(label(m.x(x0 + cut * cw), y0 - 10, cut_text, 6.3, anchor="middle", fill=VERMILLION,
                bold=True))
    d.add(label(m.x(x0 - 6), y0 + cut * ch - 2.5, cut_text, 6.3, anchor=m.anchor("end"),
                fill=VERMILLION, bold=True))
    for v in range(1, 6):
        d.add(label(m.x(x0 + (v - 0.5) * cw), y0 - 10, str(v), 7.5, anchor="middle"))
        d.add(label(m.x(x0 - 6), y0 + (v - 0.5) * ch - 2.5, str(v), 7.5,
                    anchor=m.anchor("end")))
    arrow = " ←" if rtl else " →"  # the way the values grow
    d.add(label(m.x(x0 + pw / 2), y0 - 22, interest + arrow, 8, anchor="middle", bold=True,
                fill=NAVY, rtl=rtl))
    axis = Group(label(0, 0, influence + " →", 8, anchor="middle", bold=True, fill=NAVY,
                       rtl=rtl))
    axis.transform = (0, 1, -1, 0, m.x(12) + (6 if rtl else 0), y0 + ph / 2)  # glyphs left of it
    d.add(axis)
    shown = points if len(points) <= POINT_LIMIT else []
    titles = _quadrant_titles(quads, shown, x0, y0, cw, ch, m)
    for box, text in titles:
        d.add(label(box.x, box.y + 2.5, text, 7.5, bold=True, fill=MUTED, rtl=rtl))
    if shown:
        _draw_points(d, points, x0, y0, cw, ch, m, [b for b, _ in titles])
    else:
        _draw_counts(d, points, x0, y0, cw, ch, m)
    legend(d, entries, m.box(x0, legend_w), legend_h, legend_w, 2, rtl=rtl, wrap=True)
    return d


def _quadrant_titles(quads: tuple, points: list[GridPoint], x0: float, y0: float, cw: float,
                     ch: float, m: Mirror) -> list[tuple[Box, str]]:
    """Each quadrant's name (upper case, with its count) in a corner of one of its cells
    where no marker stands: the outer corner first, the others when it is taken."""
    markers = [Box(m.x(x0 + (p.interest - 0.5 + p.dx) * cw) - 4,
                   y0 + (p.influence - 0.5 + p.dy) * ch - 4, 8, 8) for p in points]
    out: list[tuple[Box, str]] = []
    for qx, qy, qw, qh, _fill, text in quads:
        text = text.upper()
        w = min(shaped_width(text, 7.5, bold=True, rtl=m.rtl), qw * cw - 8)
        text = fit(text, w, 7.5, bold=True)
        h = 9.0
        cells = [(cx, cy) for cy in range(qy + qh - 1, qy - 1, -1)
                 for cx in range(qx, qx + qw)]
        chosen = None
        for cx, cy in cells:
            left, bottom = x0 + cx * cw, y0 + cy * ch
            right, top = left + cw - 3 - w, bottom + ch - h - 1
            for bx, by in ((left + 3, top), (right, top), (left + 3, bottom + 1),
                           (right, bottom + 1)):
                box = Box(m.box(bx, w), by, w, h)
                if not any(box.intersects(mk) for mk in markers):
                    chosen = box
                    break
            if chosen is not None:
                break
        if chosen is None:
            chosen = Box(m.box(x0 + qx * cw + 3, w), y0 + (qy + qh) * ch - h - 1, w, h)
        out.append((chosen, text))
    return out


def _decimal(value: float) -> str:
    """``value`` with the decimal mark of the report's language ("2,5" in French)."""
    from babel.numbers import format_decimal

    try:
        return format_decimal(value, locale=current_language())
    except ValueError:  # a language babel does not know
        return str(value)


def _cut_symbol(d: Drawing, x: float, y: float) -> None:
    d.add(Line(x, y + 2.5, x + 12, y + 2.5, strokeColor=VERMILLION, strokeWidth=1.3,
               strokeDashArray=[5, 2]))


def _dodge_symbol(d: Drawing, x: float, y: float) -> None:
    d.add(Rect(x, y - 2, 12, 9, fillColor=None, strokeColor=GRID, strokeWidth=0.6))
    for dx in (3.5, 8.5):
        d.add(Circle(x + dx, y + 2.5, 1.7, fillColor=NAVY, strokeColor=None))


GRID_LABEL = 6.3


def point_labels(points: list[GridPoint], x0: float, y0: float, cw: float, ch: float,
                 m: Mirror, titles: Sequence[Box] = (),
                 ) -> tuple[dict[str, tuple[float, float]], dict[str, Placement]]:
    """Marker centres and name places (no name over another name or marker)."""
    centres = {p.id: (m.x(x0 + (p.interest - 0.5 + p.dx) * cw),
                      y0 + (p.influence - 0.5 + p.dy) * ch) for p in points}
    requests = [LabelRequest(p.id, *centres[p.id], 3.6,
                             shaped_width(p.short, GRID_LABEL, rtl=m.rtl) + 2, GRID_LABEL * 1.12)
                for p in sorted(points, key=lambda p: (-p.influence, -p.interest, p.short))]
    plot = Box(m.box(x0, 5 * cw), y0, 5 * cw, 5 * ch)
    return centres, place_labels(requests, plot.grown(-1), gap=1.2, rtl=m.rtl,
                                 obstacles=titles)


def _draw_points(d: Drawing, points: list[GridPoint], x0: float, y0: float, cw: float,
                 ch: float, m: Mirror, titles: list[Box]) -> None:
    centres, placed = point_labels(points, x0, y0, cw, ch, m, titles)
    for p in points:
        gi = type_group(p.type)
        d.add(marker(GROUP_SHAPES[gi], *centres[p.id], 3.2, GROUP_FILLS[gi]))
    short = {p.id: p.short for p in points}
    for key, place in placed.items():  # labels after markers, so no marker hides a label
        if place.leader is not None:
            d.add(Line(*place.leader[0], *place.leader[1], strokeColor=MUTED, strokeWidth=0.4))
        d.add(label(place.box.x + 1, place.box.y + GRID_LABEL * 0.28, short[key], GRID_LABEL,
                    rtl=m.rtl))


def _draw_counts(d: Drawing, points: list[GridPoint], x0: float, y0: float, cw: float,
                 ch: float, m: Mirror) -> None:
    counts = Counter((p.interest, p.influence) for p in points)
    biggest = max(counts.values())
    for (interest, influence), n in counts.items():
        cx, cy = m.x(x0 + (interest - 0.5) * cw), y0 + (influence - 0.5) * ch
        r = max(6.0, 0.44 * min(cw, ch) * (n / biggest) ** 0.5)
        d.add(Circle(cx, cy, r, fillColor=SERIES[2], strokeColor=NAVY, strokeWidth=0.7))
        d.add(label(cx, cy - 3, str(n), 8, anchor="middle", bold=True, fill=NAVY))

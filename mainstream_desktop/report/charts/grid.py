"""The power–interest grid: stakeholders by influence (up) and interest (across).

Positions and in-cell offsets come from :func:`core.figures.power_interest`, the same
data the window draws. Up to :data:`POINT_LIMIT` stakeholders are drawn as labelled
markers; a larger map is summarised as one counted bubble per cell, because thousands
of overlapping labels inform nobody.
"""

from __future__ import annotations

from collections import Counter

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect

from mainstream_desktop.core import figures
from mainstream_desktop.core.figures import GridPoint
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
    type_group,
)
from mainstream_desktop.report.styles import GRID, MUTED, NAVY, PALE, SERIES, ZEBRA

POINT_LIMIT = 80


def power_interest_chart(points: list[GridPoint], width: float, *, rtl: bool = False,
                         influence: str = "Influence", interest: str = "Interest") -> Drawing:
    """The grid as a drawing ``width`` points wide; mirrored in a right-to-left report
    (interest grows to the left, the influence axis stands on the right)."""
    height = width * 0.74
    d = new_drawing(width, height)
    m = Mirror(width, rtl)
    groups = sorted({type_group(p.type) for p in points}) if len(points) <= POINT_LIMIT else []
    entries = group_entries(groups)
    legend_h = legend_height(entries, 2) + 2
    x0, y0 = 34.0, 30.0 + legend_h
    pw, ph = width - x0 - 6, height - y0 - 6
    cw, ch = pw / 5, ph / 5
    # quadrants: cells below figures.HIGH are low, the rest high
    low = figures.HIGH - 1
    quads = (
        (0, 0, low, low, "#FFFFFF", figures.quadrant_label("monitor")),
        (low, 0, 5 - low, low, ZEBRA, figures.quadrant_label("keep_informed")),
        (0, low, low, 5 - low, ZEBRA, figures.quadrant_label("keep_satisfied")),
        (low, low, 5 - low, 5 - low, PALE, figures.quadrant_label("manage_closely")),
    )
    for qx, qy, qw, qh, fill, text in quads:
        d.add(Rect(m.box(x0 + qx * cw, qw * cw), y0 + qy * ch, qw * cw, qh * ch,
                   fillColor=fill, strokeColor=None))
        d.add(label(m.x(x0 + qx * cw + 4), y0 + (qy + qh) * ch - 11, text.upper(), 7.5,
                    anchor=m.anchor("start"), bold=True, fill=MUTED, rtl=rtl,
                    width=qw * cw - 8))
    for i in range(6):
        strong = i in (0, 2, 5)
        d.add(Line(m.x(x0 + i * cw), y0, m.x(x0 + i * cw), y0 + ph,
                   strokeColor=NAVY if strong else GRID, strokeWidth=1.0 if strong else 0.3))
        d.add(Line(m.x(x0), y0 + i * ch, m.x(x0 + pw), y0 + i * ch,
                   strokeColor=NAVY if strong else GRID, strokeWidth=1.0 if strong else 0.3))
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
    if len(points) <= POINT_LIMIT:
        _draw_points(d, points, x0, y0, cw, ch, m)
    else:
        _draw_counts(d, points, x0, y0, cw, ch, m)
    legend(d, entries, m.box(x0, pw), legend_h, pw, 2, rtl=rtl)
    return d


def _draw_points(d: Drawing, points: list[GridPoint], x0: float, y0: float, cw: float,
                 ch: float, m: Mirror) -> None:
    placed = []
    for p in points:
        x = x0 + (p.interest - 0.5 + p.dx) * cw
        y = y0 + (p.influence - 0.5 + p.dy) * ch
        gi = type_group(p.type)
        d.add(marker(GROUP_SHAPES[gi], m.x(x), y, 3.2, GROUP_FILLS[gi]))
        placed.append((x, y, p.short))
    for x, y, text in placed:  # labels after markers, so no marker hides a label
        col = int((x - x0) // cw)
        right_edge = x0 + (col + 1) * cw - 2
        room = max(right_edge - (x + 5), cw * 0.45)
        d.add(label(m.x(x + 5), y - 2.4, text, 6.3, anchor=m.anchor("start"), rtl=m.rtl,
                    width=room))


def _draw_counts(d: Drawing, points: list[GridPoint], x0: float, y0: float, cw: float,
                 ch: float, m: Mirror) -> None:
    counts = Counter((p.interest, p.influence) for p in points)
    biggest = max(counts.values())
    for (interest, influence), n in counts.items():
        cx, cy = m.x(x0 + (interest - 0.5) * cw), y0 + (influence - 0.5) * ch
        r = max(6.0, 0.44 * min(cw, ch) * (n / biggest) ** 0.5)
        d.add(Circle(cx, cy, r, fillColor=SERIES[2], strokeColor=NAVY, strokeWidth=0.7))
        d.add(label(cx, cy - 3, str(n), 8, anchor="middle", bold=True, fill=NAVY))

"""The stakeholder network: who reports to, funds, coordinates with whom.

Positions come from :func:`core.figures.network` (the window shows the same layout).
Relations differ by dash pattern and line weight so they survive greyscale printing.
A large map keeps every node and edge but labels only the most connected stakeholders.
"""

from __future__ import annotations

from collections import Counter

from reportlab.graphics.shapes import Drawing, Line, Rect

from mainstream_desktop.core import enums
from mainstream_desktop.core.figures import FAMILIES, FORCE_LAYOUT_LIMIT, Network, is_light
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.report.charts.base import (
    GROUP_FILLS,
    GROUP_SHAPES,
    Symbol,
    group_entries,
    label,
    legend,
    legend_height,
    marker,
    new_drawing,
    type_group,
)
from mainstream_desktop.report.fonts import text_width
from mainstream_desktop.report.styles import GRID, INK, MUTED, NAVY

LABEL_LIMIT = 40  # above this many nodes only the best-connected are labelled
LABEL_TOP = 25
SUMMARY_LIMIT = FORCE_LAYOUT_LIMIT  # above this, thousands of lines inform nobody: summarise

# dash pattern, grey level per relation kind: hierarchy solid, cooperation dashed,
# information dotted, money dash-dot, tension a long heavy dash
_DASH = {
    "reports_to": (None, INK),
    "oversees": (None, INK),
    "coordinates_with": ((4, 2), NAVY),
    "partners_with": ((4, 2), NAVY),
    "shares_data": ((1, 1.6), NAVY),
    "advises": ((1, 1.6), MUTED),
    "funds": ((5, 1.5, 1, 1.5), INK),
    "tension": ((7, 2.5), INK),
}


def network_chart(net: Network, width: float, *, rtl: bool = False) -> Drawing:
    """The network as a drawing ``width`` points wide (a summary by kind of body beyond
    :data:`SUMMARY_LIMIT` stakeholders)."""
    if len(net.nodes) > SUMMARY_LIMIT:
        return group_summary_chart(net, width, rtl=rtl)
    height = width * 0.78
    kinds = sorted({e.kind for e in net.edges}, key=[k for k, _ in enums.LINK_KINDS].index)
    entries = group_entries(sorted({type_group(n.type) for n in net.nodes}))
    entries += [(_edge_symbol(k), translate("Enum", dict(enums.LINK_KINDS)[k])) for k in kinds]
    legend_h = legend_height(entries, 3) + 8
    d = new_drawing(width, height)
    d.add(
        Rect(
            0, legend_h, width, height - legend_h, fillColor=None, strokeColor=GRID, strokeWidth=0.5
        )
    )
    px, py, pw, ph = 14.0, legend_h + 10, width - 28.0, height - legend_h - 20
    big = len(net.nodes) > LABEL_LIMIT
    pos = {n.id: (px + n.x * pw, py + (1 - n.y) * ph) for n in net.nodes}
    for e in net.edges:
        if e.source not in pos or e.target not in pos:
            continue
        (x1, y1), (x2, y2) = pos[e.source], pos[e.target]
        dash, colour = _DASH.get(e.kind, (None, MUTED))
        w = (0.35 if big else 0.5) + (0.35 if big else 0.45) * (e.strength - 1)
        d.add(Line(x1, y1, x2, y2, strokeColor=colour, strokeWidth=w, strokeDashArray=dash))
    degree: Counter[str] = Counter()
    for e in net.edges:
        degree[e.source] += 1
        degree[e.target] += 1
    for n in net.nodes:
        x, y = pos[n.id]
        gi = type_group(n.type)
        r = (1.2 + 0.35 * n.weight) if big else (2.2 + 0.75 * n.weight)
        d.add(marker(GROUP_SHAPES[gi], x, y, r, GROUP_FILLS[gi], width=0.5 if big else 0.7))
    labelled = net.nodes
    if big:
        ranked = sorted(net.nodes, key=lambda n: (-degree[n.id], -n.weight, n.label))
        labelled = ranked[:LABEL_TOP]
    for n in labelled:
        x, y = pos[n.id]
        r = (1.2 + 0.35 * n.weight) if big else (2.2 + 0.75 * n.weight)
        # names after the node in the reading direction, unless the frame ends first
        if rtl:
            right = x - r - 2 - text_width(n.label, 6.3) < px
        else:
            right = x + r + 2 + text_width(n.label, 6.3) < px + pw
        d.add(
            label(
                x + r + 2 if right else x - r - 2,
                y - 2.3,
                n.label,
                6.3,
                anchor="start" if right else "end",
                rtl=rtl,
                width=110,
                halo=True,
            )
        )
    legend(d, entries, 2, legend_h - 2, width - 4, 3, rtl=rtl)
    return d


def _edge_symbol(kind: str) -> Symbol:
    dash, colour = _DASH.get(kind, (None, MUTED))
    return lambda d, x, y: d.add(
        Line(x, y + 2.5, x + 12, y + 2.5, strokeColor=colour, strokeWidth=1.1, strokeDashArray=dash)
    )


def group_summary_chart(net: Network, width: float, *, rtl: bool = False) -> Drawing:
    """Kinds of body as circles (area: how many), relations between kinds as lines
    (weight and printed number: how many), relations within a kind printed inside."""
    import math

    from reportlab.graphics.shapes import Circle

    from mainstream_desktop.report.charts.base import group_label
    from mainstream_desktop.report.styles import WHITE

    group_of = {n.id: type_group(n.type) for n in net.nodes}
    size: Counter[int] = Counter(group_of.values())
    pairs: Counter[tuple[int, int]] = Counter()
    for e in net.edges:
        a, b = sorted((group_of.get(e.source, -1), group_of.get(e.target, -1)))
        if a >= 0:
            pairs[(a, b)] += 1
    groups = sorted(size)
    height = width * 0.62
    d = new_drawing(width, height)
    cx, cy, radius = width / 2, height / 2, min(width, height) * 0.33
    pos = {}
    for i, g in enumerate(groups):
        angle = math.pi / 2 - 2 * math.pi * i / max(len(groups), 1)
        pos[g] = (cx + radius * 1.25 * math.cos(angle), cy + radius * math.sin(angle))
    most = max(pairs.values(), default=1)
    for (a, b), n in pairs.items():
        if a == b:
            continue
        (x1, y1), (x2, y2) = pos[a], pos[b]
        d.add(Line(x1, y1, x2, y2, strokeColor=NAVY, strokeWidth=0.6 + 5 * n / most))
        mx, my = x1 + (x2 - x1) * 0.6, y1 + (y2 - y1) * 0.6  # clear of the labels below a
        d.add(label(mx, my - 3, str(n), 7.5, anchor="middle", bold=True, fill=NAVY, halo=True))
    biggest = max(size.values())
    for g in groups:
        x, y = pos[g]
        r = 10 + 24 * math.sqrt(size[g] / biggest)
        d.add(
            Circle(
                x,
                y,
                r,
                fillColor=GROUP_FILLS[g],
                strokeColor=NAVY,
                strokeWidth=0.8,
            )
        )
        inner = NAVY if is_light(FAMILIES[g].colour) else WHITE
        d.add(label(x, y - 3, str(size[g]), 8.5, anchor="middle", bold=True, fill=inner))
        within = pairs.get((g, g), 0)
        d.add(
            label(
                x,
                y - r - 10,
                group_label(g),
                7.2,
                anchor="middle",
                bold=True,
                rtl=rtl,
                width=150,
                halo=True,
            )
        )
        d.add(
            label(
                x,
                y - r - 19,
                translate("Report", "{n} relations within").format(n=within),
                6.8,
                anchor="middle",
                fill=MUTED,
                rtl=rtl,
                width=150,
            )
        )
    return d

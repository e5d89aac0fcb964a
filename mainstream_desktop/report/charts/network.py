"""The stakeholder network: who reports to, funds, coordinates with whom.

Positions come from :func:`core.figures.network` (the window shows the same layout) and
each kind of relation's colour, dash and width from :data:`core.figures.RELATION_STYLES`;
relations with a direction end in an arrowhead at the rim of their target. Names are
placed by :func:`core.chart_layout.place_labels`, beside their marker or on a leader
line, never over another name or marker. A large map keeps every node and edge but
labels only the most connected stakeholders.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect
from reportlab.lib import colors

from mainstream_desktop.core import enums
from mainstream_desktop.core.chart_layout import Box, LabelRequest, Placement, arrow, place_labels
from mainstream_desktop.core.figures import (
    FAMILIES,
    FORCE_LAYOUT_LIMIT,
    Network,
    is_light,
    relation_style,
    relation_width,
)
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
    shaped_width,
    type_group,
)
from mainstream_desktop.report.styles import GRID, MUTED, NAVY

LABEL_LIMIT = 40  # above this many nodes only the best-connected are labelled
LABEL_TOP = 25
SUMMARY_LIMIT = FORCE_LAYOUT_LIMIT  # above this, thousands of lines inform nobody: summarise
LABEL_SIZE = 6.3
LEGEND_COLS = 3


@dataclass(frozen=True)
class Layout:
    """Where everything of the network chart goes (points, y up), computed before any
    drawing so that tests can check it: no two names overlap, every arrow is there."""

    width: float
    height: float
    legend_h: float
    frame: Box
    pos: dict[str, tuple[float, float]]
    radius: dict[str, float]
    labels: dict[str, Placement]
    texts: dict[str, str]


def _radius(weight: int, big: bool) -> float:
    return (1.2 + 0.35 * weight) if big else (2.2 + 0.75 * weight)


def legend_entries(net: Network) -> list[tuple[Symbol, str]]:
    """Stakeholder families, then every relation kind present, with its own line."""
    kinds = sorted({e.kind for e in net.edges},
                   key=lambda k: ([k for k, _ in enums.LINK_KINDS] + [k]).index(k))
    names = dict(enums.LINK_KINDS)
    entries = group_entries(sorted({type_group(n.type) for n in net.nodes}))
    entries += [(_edge_symbol(k), translate("Enum", names[k]) if k in names else k)
                for k in kinds]
    return entries


def layout(net: Network, width: float, *, rtl: bool = False) -> Layout:
    """Positions, marker sizes and label places of the network drawn ``width`` wide."""
    height = width * 0.78
    entries = legend_entries(net)
    legend_h = legend_height(entries, LEGEND_COLS, width=width - 4, rtl=rtl) + 8
    frame = Box(0, legend_h, width, height - legend_h)
    px, py, pw, ph = 14.0, legend_h + 10, width - 28.0, height - legend_h - 20
    big = len(net.nodes) > LABEL_LIMIT
    pos = {n.id: (px + n.x * pw, py + (1 - n.y) * ph) for n in net.nodes}
    radius = {n.id: _radius(n.weight, big) for n in net.nodes}
    degree: Counter[str] = Counter()
    for e in net.edges:
        degree[e.source] += 1
        degree[e.target] += 1
    ranked = sorted(net.nodes, key=lambda n: (-degree[n.id], -n.weight, n.label))
    labelled = ranked[:LABEL_TOP] if big else ranked
    texts = {n.id: n.label for n in labelled}
    h = LABEL_SIZE * 1.12
    requests = [LabelRequest(n.id, *pos[n.id], radius[n.id] + 0.6,
                             shaped_width(n.label, LABEL_SIZE, rtl=rtl) + 2, h)
                for n in labelled]
    # unlabelled nodes are obstacles too: a name must not hide a marker
    requests += [LabelRequest(n.id, *pos[n.id], radius[n.id] + 0.6, 0, 0)
                 for n in net.nodes if n.id not in texts]
    placed = place_labels(requests, frame.grown(-2), rtl=rtl)
    labels = {k: p for k, p in placed.items() if k in texts}
    return Layout(width, height, legend_h, frame, pos, radius, labels, texts)


def network_chart(net: Network, width: float, *, rtl: bool = False) -> Drawing:
    """The network as a drawing ``width`` points wide (a summary by kind of body beyond
    :data:`SUMMARY_LIMIT` stakeholders)."""
    if len(net.nodes) > SUMMARY_LIMIT:
        return group_summary_chart(net, width, rtl=rtl)
    lay = layout(net, width, rtl=rtl)
    d = new_drawing(width, lay.height)
    f = lay.frame
    d.add(Rect(f.x, f.y, f.w, f.h, fillColor=None, strokeColor=GRID, strokeWidth=0.5))
    big = len(net.nodes) > LABEL_LIMIT
    pos, radius = lay.pos, lay.radius
    for e, offset in _with_offsets(net, pos):
        (x1, y1), (x2, y2) = pos[e.source], pos[e.target]
        x1, y1, x2, y2 = x1 + offset[0], y1 + offset[1], x2 + offset[0], y2 + offset[1]
        _draw_edge(d, e.kind, e.strength, x1, y1, x2, y2, radius[e.source] + 0.5,
                   radius[e.target] + 0.5, 0.7 if big else 1.0)
    for n in net.nodes:
        x, y = pos[n.id]
        gi = type_group(n.type)
        d.add(marker(GROUP_SHAPES[gi], x, y, radius[n.id], GROUP_FILLS[gi],
                     width=0.5 if big else 0.7))
    for place in lay.labels.values():
        if place.leader is not None:
            (ax, ay), (bx, by) = place.leader
            d.add(Line(ax, ay, bx, by, strokeColor=MUTED, strokeWidth=0.4))
    for key, place in lay.labels.items():
        b = place.box
        d.add(label(b.x + 1, b.y + LABEL_SIZE * 0.28, lay.texts[key], LABEL_SIZE, rtl=rtl,
                    halo=True))
    entries = legend_entries(net)
    legend(d, entries, 2, lay.legend_h - 2, width - 4, LEGEND_COLS, rtl=rtl, wrap=True)
    return d


def _with_offsets(net: Network, pos: dict[str, tuple[float, float]]):
    """Each edge with a small sideways shift when several join the same two stakeholders
    (A reports to B, B oversees A), so none hides another."""
    pairs: dict[tuple[str, str], list] = defaultdict(list)
    for e in net.edges:
        if e.source in pos and e.target in pos:
            pairs[(min(e.source, e.target), max(e.source, e.target))].append(e)
    for (a, b), edges in pairs.items():
        (xa, ya), (xb, yb) = pos[a], pos[b]
        length = ((xb - xa) ** 2 + (yb - ya) ** 2) ** 0.5 or 1.0
        nx, ny = -(yb - ya) / length, (xb - xa) / length
        for i, e in enumerate(edges):
            shift = (i - (len(edges) - 1) / 2) * 2.4
            yield e, (nx * shift, ny * shift)


def _draw_edge(d: Drawing, kind: str, strength: int, x1: float, y1: float, x2: float,
               y2: float, r1: float, r2: float, scale: float = 1.0) -> None:
    style = relation_style(kind)
    colour = colors.HexColor(style.colour)
    w = relation_width(kind, strength) * scale * 0.8
    a = arrow(x1, y1, x2, y2, r1, r2, directed=style.directed, size=3.2 + 1.6 * w)
    d.add(Line(*a.start, *a.end, strokeColor=colour, strokeWidth=w,
               strokeDashArray=list(style.dash) or None))
    if a.head is not None:
        tip, left, right = a.head
        d.add(Polygon([*tip, *left, *right], fillColor=colour, strokeColor=colour,
                      strokeWidth=0.3))


def _edge_symbol(kind: str) -> Symbol:
    return lambda d, x, y: _draw_edge(d, kind, 2, x - 1, y + 2.5, x + 13, y + 2.5, 0, 0)


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

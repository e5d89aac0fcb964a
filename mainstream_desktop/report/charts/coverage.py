"""Indicator coverage: which data source can feed which indicator, and how well.

The heatmap shows each level with both a grey level and a symbol (● ◐ ○ ◌), so it reads
in black-and-white print. Beyond :data:`MAX_ROWS` indicators or :data:`MAX_COLS` sources
the heatmap shows a readable excerpt and the summary bar counts every indicator.
"""

from __future__ import annotations

from collections import Counter

from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors

from mainstream_desktop.core import enums
from mainstream_desktop.core.figures import CoverageMatrix
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.report.charts.base import (
    Mirror,
    Symbol,
    label,
    legend,
    legend_height,
    new_drawing,
)
from mainstream_desktop.report.fonts import face_index, font_name
from mainstream_desktop.report.styles import ACCENT, GRID, INK, NAVY, WHITE

MAX_ROWS = 40
MAX_COLS = 24
LEVELS = ("full", "partial", "proxy", "planned", "none")
_LOOK = {  # fill, symbol, symbol colour, dashed outline
    "full": (NAVY, "●", WHITE, False),
    "partial": (ACCENT, "◐", WHITE, False),
    "proxy": (colors.HexColor("#BCD4DC"), "○", NAVY, False),
    "planned": (WHITE, "◌", NAVY, True),
    "none": (WHITE, "–", INK, False),
}


def level_label(level: str) -> str:
    return translate("Enum", dict(enums.COVERAGE_LEVELS)[level])


def _cell(d: Drawing, x: float, y: float, w: float, h: float, level: str) -> None:
    fill, symbol, ink, dashed = _LOOK[level]
    d.add(Rect(x + 0.6, y + 0.6, w - 1.2, h - 1.2, fillColor=fill,
               strokeColor=NAVY if level in ("planned", "none") else None, strokeWidth=0.5,
               strokeDashArray=(1.2, 1.2) if dashed else None))
    size = min(w, h) * 0.8
    d.add(String(x + w / 2, y + h / 2 - size * 0.35, symbol, fontName=font_name(
        face_index(symbol)), fontSize=size, fillColor=ink, textAnchor="middle"))


def _symbol(level: str) -> Symbol:
    return lambda d, x, y: _cell(d, x, y - 2, 12, 10, level)


def excerpt(matrix: CoverageMatrix) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The indicators and sources the heatmap shows (all of them when few enough)."""
    rows = matrix.indicators[:MAX_ROWS]
    row_ids = {i for i, _ in rows}
    used = Counter(s for (i, s) in matrix.cells if i in row_ids)
    ranked = sorted(matrix.sources, key=lambda s: -used[s[0]])
    keep = {s for s, _ in ranked[:MAX_COLS] if used[s]}
    cols = [s for s in matrix.sources if s[0] in keep]
    return rows, cols


def coverage_heatmap(matrix: CoverageMatrix, width: float, *, rtl: bool = False) -> Drawing:
    """Indicators (rows) × data sources (columns) as a drawing ``width`` points wide;
    mirrored in a right-to-left report (names on the right, sources from the right)."""
    rows, cols = excerpt(matrix)
    label_w = min(width * 0.4, 190.0)
    cw = min(16.0, (width - label_w - 10) / max(len(cols), 1))
    ch = 13.0
    head_h = 92.0
    entries = [(_symbol(lv), level_label(lv)) for lv in LEVELS[:4]]
    legend_h = legend_height(entries, 4) + 8
    height = head_h + ch * len(rows) + legend_h
    d = new_drawing(width, height)
    m = Mirror(width, rtl)
    x0 = label_w + 6
    top = height - head_h
    for c, (_, name) in enumerate(cols):
        g = Group(label(0, 0, name, 6.5, rtl=rtl, width=head_h * 1.15))
        g.transform = (0.574, 0.819, -0.819, 0.574, m.x(x0 + c * cw + cw / 2) + 2, top + 3)
        d.add(g)
    for r, (ind_id, name) in enumerate(rows):
        y = top - (r + 1) * ch
        if r % 2:
            d.add(Rect(m.box(0, x0 + cw * len(cols)), y, x0 + cw * len(cols), ch,
                       fillColor=colors.HexColor("#F4F6F8"), strokeColor=None))
        d.add(label(m.x(label_w), y + 3.8, name, 6.6, anchor=m.anchor("end"), rtl=rtl,
                    width=label_w))
        for c, (src_id, _) in enumerate(cols):
            level = matrix.cells.get((ind_id, src_id))
            if level:
                _cell(d, m.box(x0 + c * cw, cw), y, cw, ch, level)
    d.add(Rect(m.box(x0, cw * len(cols)), top - ch * len(rows), cw * len(cols),
               ch * len(rows), fillColor=None, strokeColor=GRID, strokeWidth=0.5))
    legend(d, entries, 0, legend_h - 4, width, 4, rtl=rtl)
    return d


def coverage_summary(matrix: CoverageMatrix, width: float, *, rtl: bool = False) -> Drawing:
    """One stacked bar: how many indicators have full, partial… or no coverage at best."""
    counts = Counter(matrix.best_level(i) for i, _ in matrix.indicators)
    total = sum(counts.values()) or 1
    entries = [(_symbol(lv), f"{level_label(lv)}: {counts.get(lv, 0)}") for lv in LEVELS]
    legend_h = legend_height(entries, 5) + 6
    d = new_drawing(width, 26 + legend_h)
    m = Mirror(width, rtl)
    x = 0.0
    for level in LEVELS:
        n = counts.get(level, 0)
        if not n:
            continue
        w = width * n / total
        fill, _, ink, dashed = _LOOK[level]
        d.add(Rect(m.box(x, w), legend_h + 4, w, 20, fillColor=fill, strokeColor=NAVY,
                   strokeWidth=0.5, strokeDashArray=(1.2, 1.2) if dashed else None))
        if w > 16:
            d.add(label(m.x(x + w / 2), legend_h + 10.5, str(n), 8, anchor="middle", bold=True,
                        fill=ink))
        x += w
    legend(d, entries, 0, legend_h, width, 5, rtl=rtl)
    return d

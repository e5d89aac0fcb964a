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
    Legend,
    Mirror,
    Symbol,
    label,
    new_drawing,
    shaped_width,
    wrap_text,
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
    """The indicators and sources the heatmap shows (all of them when few enough).

    Rows stop at :data:`MAX_ROWS`, or earlier when their whole names, wrapped, would
    take more than :data:`ROWS_BUDGET` points: the heatmap must fit one page, and a
    name is never cut to make it fit (measured at the A4 frame width; a wider frame
    wraps less)."""
    rows: list[tuple[str, str]] = []
    used_h = 0.0
    label_w = _label_width(REFERENCE_WIDTH)
    for row in matrix.indicators[:MAX_ROWS]:
        used_h += _row_height(len(wrap_text(row[1], label_w - 4, ROW_SIZE)))
        if used_h > ROWS_BUDGET and rows:
            break
        rows.append(row)
    row_ids = {i for i, _ in rows}
    used = Counter(s for (i, s) in matrix.cells if i in row_ids)
    ranked = sorted(matrix.sources, key=lambda s: -used[s[0]])
    keep = {s for s, _ in ranked[:MAX_COLS] if used[s]}
    cols = [s for s in matrix.sources if s[0] in keep]
    return rows, cols


ROW_SIZE = 6.6
HEAD_SIZE = 6.5
IDLE_NAMED = 12  # sources named under the heatmap; more are counted
REFERENCE_WIDTH = 481.0  # the A4 body frame
ROWS_BUDGET = 430.0  # points of rows: with the heads, legend and caption, one page


def _label_width(width: float) -> float:
    return min(width * 0.4, 190.0)


def _row_height(lines: int) -> float:
    return max(13.0, lines * ROW_SIZE * 1.15 + 4)
_SLANT = 0.819  # sin 55°: column names rise at 55 degrees


def row_lines(matrix: CoverageMatrix, label_w: float, *, rtl: bool = False) -> list[list[str]]:
    """Each shown indicator's name as the lines of its row: whole, wrapped, never cut."""
    rows, _ = excerpt(matrix)
    return [wrap_text(name, label_w - 4, ROW_SIZE, rtl=rtl) for _, name in rows]


def idle_note(matrix: CoverageMatrix) -> str:
    """The sentence under the heatmap naming the sources that cover nothing ('' if none)."""
    if not matrix.idle_sources:
        return ""
    names = [name for _, name in matrix.idle_sources[:IDLE_NAMED]]
    rest = len(matrix.idle_sources) - len(names)
    if rest:  # a large map: the data sources table lists them all
        names.append(translate("Report", "{n} more").format(n=rest))
    return translate("Report", "Data sources that cover no indicator: {names}.").format(
        names="; ".join(names))


def coverage_heatmap(matrix: CoverageMatrix, width: float, *, rtl: bool = False) -> Drawing:
    """Indicators (rows) × data sources (columns) as a drawing ``width`` points wide;
    mirrored in a right-to-left report (names on the right, sources from the right).

    Indicator names wrap onto as many lines as they need; the legend includes "None";
    the sources that cover nothing are named under it."""
    rows, cols = excerpt(matrix)
    label_w = _label_width(width)
    cw = min(16.0, (width - label_w - 10) / max(len(cols), 1))
    lines = row_lines(matrix, label_w, rtl=rtl)
    heights = [_row_height(len(ls)) for ls in lines]
    longest = max((shaped_width(name, HEAD_SIZE, rtl=rtl) for _, name in cols), default=0.0)
    head_w = min(longest + 4, 150.0)
    head_h = head_w * _SLANT + 8
    key = Legend([(_symbol(lv), level_label(lv)) for lv in LEVELS], 5, width, rtl=rtl)
    legend_h = key.height + 8
    note = idle_note(matrix)
    note_lines = wrap_text(note, width, ROW_SIZE, rtl=rtl) if note else []
    note_h = len(note_lines) * ROW_SIZE * 1.25 + (4 if note_lines else 0)
    height = head_h + sum(heights) + legend_h + note_h
    d = new_drawing(width, height)
    m = Mirror(width, rtl)
    x0 = label_w + 6
    top = height - head_h
    for c, (_, name) in enumerate(cols):
        xc = m.x(x0 + c * cw + cw / 2) + 2
        room = min(head_w, (width - xc) / 0.574)  # the slanted name stays on the page
        g = Group(label(0, 0, name, HEAD_SIZE, rtl=rtl, width=room))
        g.transform = (0.574, _SLANT, -_SLANT, 0.574, xc, top + 3)
        d.add(g)
    y = top
    for r, (ind_id, _name) in enumerate(rows):
        h = heights[r]
        y -= h
        if r % 2:
            d.add(Rect(m.box(0, x0 + cw * len(cols)), y, x0 + cw * len(cols), h,
                       fillColor=colors.HexColor("#F4F6F8"), strokeColor=None))
        first = y + h / 2 + (len(lines[r]) - 1) * ROW_SIZE * 1.15 / 2 - ROW_SIZE * 0.35
        for n, line in enumerate(lines[r]):
            d.add(label(m.x(label_w), first - n * ROW_SIZE * 1.15, line, ROW_SIZE,
                        anchor=m.anchor("end"), rtl=rtl))
        for c, (src_id, _) in enumerate(cols):
            level = matrix.cells.get((ind_id, src_id))
            if level:
                _cell(d, m.box(x0 + c * cw, cw), y + (h - 13) / 2, cw, 13, level)
    d.add(Rect(m.box(x0, cw * len(cols)), y, cw * len(cols), top - y, fillColor=None,
               strokeColor=GRID, strokeWidth=0.5))
    key.draw(d, 0, note_h + legend_h - 4)
    for n, line in enumerate(note_lines):
        d.add(label(m.x(0), note_h - 4 - (n + 1) * ROW_SIZE * 1.25 + 2, line, ROW_SIZE,
                    anchor=m.anchor("start"), rtl=rtl, fill=INK))
    return d


def coverage_summary(matrix: CoverageMatrix, width: float, *, rtl: bool = False) -> Drawing:
    """One stacked bar: how many indicators have full, partial… or no coverage at best."""
    counts = Counter(matrix.best_level(i) for i, _ in matrix.indicators)
    total = sum(counts.values()) or 1
    key = Legend([(_symbol(lv), f"{level_label(lv)}: {counts.get(lv, 0)}") for lv in LEVELS],
                 5, width, rtl=rtl)
    legend_h = key.height + 6
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
    key.draw(d, 0, legend_h)
    return d

"""How the workbook looks on paper and on screen: page set-up and row heights.

Neither Excel nor openpyxl sizes a row to its wrapped text when a file is opened (Excel
only does when a cell is edited), so a row of long text shows one line and prints one
line. The height is estimated here from the longest wrapped cell of the row and its
column's width. The estimate errs on the tall side: a little white space is better than
text that is cut off on paper.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from openpyxl.worksheet.pagebreak import Break

LINE_POINTS = 15.0  # one line of the default 11-point type, as Excel sets a row
MAX_ROW_POINTS = 409.0  # the tallest row Excel allows
# Characters of ordinary text per unit of column width. The unit is the width of a "0";
# average text is a little narrower, but words wrap whole, so one per unit is safe in
# Excel (Calibri) and in LibreOffice (Carlito or Liberation Sans).
CHARS_PER_UNIT = 1.0
PADDING_POINTS = 3.0


# The wide (W) and fullwidth (F) blocks of Unicode's East Asian Width, as ranges a regular
# expression counts in C: a character at a time in Python took most of a large export.
_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
                   "\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60"
                   "\uffe0-\uffe6\U00020000-\U0003fffd]")


def text_cells(text: str) -> int:
    """Width of ``text`` in character cells: wide East Asian characters count two."""
    if text.isascii():
        return len(text)
    return len(text) + len(_WIDE.findall(text))


def lines(text: str, width: float) -> int:
    """Lines ``text`` takes when wrapped in a column ``width`` units wide."""
    per_line = max(1.0, width * CHARS_PER_UNIT)
    return sum(max(1, math.ceil(text_cells(part) / per_line)) for part in text.split("\n"))


def fits(text: str, width: float) -> bool:
    """Whether ``text`` fits one line (checked first: true for most cells, and cheap)."""
    if "\n" in text:  # a short text of several lines is several lines
        return False
    return len(text) <= width * CHARS_PER_UNIT * 0.5 or text_cells(text) <= width * CHARS_PER_UNIT


def height(line_count: int) -> float | None:
    """The row height for ``line_count`` lines (None: one line, the default height)."""
    if line_count <= 1:
        return None
    return min(MAX_ROW_POINTS, line_count * LINE_POINTS + PADDING_POINTS)


A4 = "9"  # the paper size code of A4 in a worksheet's page set-up
A4_LANDSCAPE_POINTS = 784.0  # printable width: 297 mm less two margins of 0.4 inch
# The smallest print scale that still reads (11-point type printed at 6.6 points). Fitting
# every sheet to one page wide printed the 29 columns of the action plan at 21 % and the
# stakeholders at 33 %, too small to read; such a sheet prints a few pages wide instead,
# its name column repeated on each.
MIN_SCALE = 0.6


def column_points(width: float) -> float:
    """A column's printed width in points (a unit is a "0" of 7 pixels, plus padding)."""
    return (7 * width + 5) * 0.75


# LibreOffice (with Carlito, Calibri's metric twin) draws a column about 4.4 % wider than
# Excel's 7 pixels a unit: sheets are planned on this much of the page so that a column
# group Excel prints on one page does not spill onto another in LibreOffice.
_ROOM = A4_LANDSCAPE_POINTS * 0.96
# Long texts: a row of the tallest text should stay a handful of lines. Up to this many
# text columns of a sheet are widened, each to at most WIDE_TEXT units, until no row of
# the sheet takes more than MAX_LINES (rows never lose text: heights still follow lines).
MAX_LINES = 8
WIDE_TEXT = 80.0
WIDEN_COLUMNS = 4
_STEP = 4.0


@dataclass(frozen=True)
class PrintPlan:
    """How a register sheet is printed across the page.

    ``scale`` is None when the sheet is fitted to one page wide (it reads at
    :data:`MIN_SCALE` or larger); otherwise it is a fixed print scale in percent and
    ``breaks`` are the column numbers (1-based, of the sheet) after which a new page
    starts, so each page holds whole columns and the repeated title columns.
    """

    scale: int | None
    breaks: tuple[int, ...] = ()
    effective: float = 1.0  # the scale the type prints at, 1.0 = 100 %


def _groups(points: list[float], room: float) -> list[list[float]]:
    """Columns of ``points`` split in order into as few groups as fit ``room`` each, then
    balanced so that the widest group is as narrow as that number of groups allows."""
    count = 1
    used = 0.0
    for p in points:
        if used and used + p > room:
            count += 1
            used = 0.0
        used += p

    def split(limit: float) -> list[list[float]] | None:
        groups: list[list[float]] = [[]]
        for p in points:
            if groups[-1] and sum(groups[-1]) + p > limit:
                groups.append([])
            groups[-1].append(p)
        return groups if len(groups) <= count else None

    low, high = max(points), room
    for _ in range(30):  # binary search on the widest group's width
        mid = (low + high) / 2
        if split(mid) is None:
            low = mid
        else:
            high = mid
    return split(high) or [points]


def plan_print(widths: list[float], titles: int, first: int = 2) -> PrintPlan:
    """The print plan of register columns of ``widths`` (the first at sheet column
    ``first``), the first ``titles`` of them repeated on every page.

    One page wide when the type then prints at :data:`MIN_SCALE` or larger. Otherwise a
    fixed scale: fitting to N pages wide lets the spreadsheet shrink the whole sheet
    until it fits, repeated columns and page rounding included, which printed the action
    plan at 5 points. The columns after the titles are cut into as few groups as fit at
    :data:`MIN_SCALE`, and the scale is the largest whole percent at which the widest
    group and the titles fit one page.
    """
    points = [column_points(w) for w in widths]
    total = sum(points)
    if total * MIN_SCALE <= _ROOM:
        return PrintPlan(None, (), min(1.0, _ROOM / total) if total else 1.0)
    title = sum(points[:titles])
    rest = points[titles:]
    groups = _groups(rest, max(_ROOM / MIN_SCALE - title, max(rest)))
    widest = max(sum(g) for g in groups)
    scale = max(int(MIN_SCALE * 100), min(100, math.floor(100 * _ROOM / (title + widest))))
    breaks = []
    column = first - 1 + titles
    for group in groups[:-1]:
        column += len(group)
        breaks.append(column)
    return PrintPlan(scale, tuple(breaks), scale / 100)


def widen(widths: list[float], texts: dict[int, list[str]], wide: float = WIDE_TEXT) -> list[float]:
    """``widths`` with the text columns that make rows tall widened (a copy).

    ``texts`` maps a column (index into ``widths``) that may be widened to its cells'
    texts that do not fit one line. A column is widened, in steps, until none of its
    cells takes more than :data:`MAX_LINES` lines or it is ``wide`` units wide; only the
    :data:`WIDEN_COLUMNS` columns with the most excess lines are widened, so a sheet does
    not grow a page wider for one long cell.
    """
    out = list(widths)
    excess: list[tuple[int, int]] = []
    for col, cells in texts.items():
        over = sum(max(0, lines(t, widths[col]) - MAX_LINES) for t in cells)
        if over:
            excess.append((over, col))
    for _, col in sorted(excess, reverse=True)[:WIDEN_COLUMNS]:
        width = widths[col]
        while width < wide and max(lines(t, width) for t in texts[col]) > MAX_LINES:
            width = min(wide, width + _STEP)
        out[col] = width
    return out


def print_setup(sheet: Any, title_columns: str | None = None,
                plan: PrintPlan | None = None) -> None:
    """Landscape A4 as ``plan`` says (one page wide without a plan) and as many pages long
    as it takes, narrow margins; with ``title_columns`` (e.g. ``"A:B"``) those columns
    and the header row are printed on every page."""
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = A4
    if plan is None or plan.scale is None:
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        setup.fitToWidth = 1
        setup.fitToHeight = 0
    else:
        sheet.sheet_properties.pageSetUpPr.fitToPage = False
        setup.scale = plan.scale
        for column in plan.breaks:  # a manual break after each group of whole columns
            sheet.col_breaks.append(Break(id=column, max=1048575))
    margins = sheet.page_margins
    margins.left = margins.right = 0.4
    margins.top = margins.bottom = 0.6
    margins.header = margins.footer = 0.3
    if title_columns:
        sheet.print_title_rows = "1:1"
        sheet.print_title_cols = title_columns

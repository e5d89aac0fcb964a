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
from typing import Any

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
    return len(text) <= width * CHARS_PER_UNIT * 0.5 or (
        "\n" not in text and text_cells(text) <= width * CHARS_PER_UNIT)


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


def pages_wide(widths: list[float], title_widths: list[float]) -> int:
    """Pages across that print columns of ``widths`` at :data:`MIN_SCALE` or larger, the
    title columns (``title_widths``, among ``widths``) repeated on every page."""
    total = sum(column_points(w) for w in widths)
    if total * MIN_SCALE <= A4_LANDSCAPE_POINTS:
        return 1
    title = sum(column_points(w) for w in title_widths)
    room = A4_LANDSCAPE_POINTS / MIN_SCALE - title
    return max(1, math.ceil((total - title) / max(room, 1.0)))


def print_setup(sheet: Any, title_columns: str | None = None, wide: int = 1) -> None:
    """Landscape A4, ``wide`` pages wide (one unless the sheet would print too small) and
    as many pages long as it takes, narrow margins; with ``title_columns`` (e.g. ``"A:B"``)
    those columns and the header row are printed on every page."""
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    setup.fitToWidth = wide
    setup.fitToHeight = 0
    margins = sheet.page_margins
    margins.left = margins.right = 0.4
    margins.top = margins.bottom = 0.6
    margins.header = margins.footer = 0.3
    if title_columns:
        sheet.print_title_rows = "1:1"
        sheet.print_title_cols = title_columns

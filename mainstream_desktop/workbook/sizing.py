"""How the workbook looks on paper and on screen: page set-up and row heights.

Neither Excel nor openpyxl sizes a row to its wrapped text when a file is opened (Excel
only does when a cell is edited), so a row of long text shows one line and prints one
line. The height is estimated here from the longest wrapped cell of the row and its
column's width. The estimate errs on the tall side: a little white space is better than
text that is cut off on paper.
"""

from __future__ import annotations

import math
import unicodedata
from typing import Any

LINE_POINTS = 15.0  # one line of the default 11-point type, as Excel sets a row
MAX_ROW_POINTS = 409.0  # the tallest row Excel allows
# Characters of ordinary text per unit of column width. The unit is the width of a "0";
# average text is a little narrower, but words wrap whole, so one per unit is safe in
# Excel (Calibri) and in LibreOffice (Carlito or Liberation Sans).
CHARS_PER_UNIT = 1.0
PADDING_POINTS = 3.0


def text_cells(text: str) -> int:
    """Width of ``text`` in character cells: wide East Asian characters count two."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


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


def print_setup(sheet: Any, title_columns: str | None = None) -> None:
    """Landscape A4, one page wide and as many pages long as it takes, narrow margins;
    with ``title_columns`` (e.g. ``"A:B"``) those columns and the header row are printed
    on every page."""
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    margins = sheet.page_margins
    margins.left = margins.right = 0.4
    margins.top = margins.bottom = 0.6
    margins.header = margins.footer = 0.3
    if title_columns:
        sheet.print_title_rows = "1:1"
        sheet.print_title_cols = title_columns

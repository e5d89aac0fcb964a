"""How wide a register table's columns start: as wide as their header and their content.

Measured on a sample of rows, never on all of them: a scale-20 register has thousands of
rows and the table must open in well under 100 ms. The sample is the first rows (what
the user sees first) plus rows spread evenly through the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QFontMetrics

SAMPLE_ROWS = 120  # rows measured per table, at most
HEAD_ROWS = 40  # of which the first ones
NARROW_KINDS = ("int", "float", "year", "bool", "date")
TEXT_CAP_CHARS = 46  # a long text column (names, titles) stops here; the tooltip has all
NARROW_CAP_CHARS = 14
WRAPPED_CHARS = 60  # a column of whole sentences, wrapped


def sample_rows(count: int, size: int = SAMPLE_ROWS, head: int = HEAD_ROWS) -> list[int]:
    """Up to ``size`` row numbers: the first ``head`` and the rest spread evenly."""
    if count <= size:
        return list(range(count))
    rest = size - head
    step = (count - head) / rest
    return list(range(head)) + [head + int(i * step) for i in range(rest)]


def fit_widths(fm: QFontMetrics, labels: Sequence[str], kinds: Sequence[str], rows: int,
               row_texts: Callable[[int], Sequence[str]], *, wrap_first: bool = False,
               header_margin: int = 16) -> list[int]:
    """Each column's width in pixels: the widest of its header and its sampled cells plus
    padding, at least a few characters, at most :data:`TEXT_CAP_CHARS` (or
    :data:`NARROW_CAP_CHARS` for numbers, dates and yes/no)."""
    char = max(fm.averageCharWidth(), 1)
    pad = char * 2
    heads = [fm.horizontalAdvance(label) + header_margin for label in labels]
    widest = list(heads)
    sample = [row_texts(r) for r in sample_rows(rows)]
    for col in range(len(labels)):
        cells = {texts[col] for texts in sample if col < len(texts)}
        if cells:
            widest[col] = max(widest[col], max(fm.horizontalAdvance(t) for t in cells) + pad)
    widths = []
    for col, kind in enumerate(kinds):
        cap = NARROW_CAP_CHARS if kind in NARROW_KINDS else TEXT_CAP_CHARS
        if col == 0 and wrap_first:
            widths.append(char * WRAPPED_CHARS)
            continue
        # a short value under a long header: the header is shown whole (up to the cap)
        cap_px = max(char * cap, min(heads[col], char * TEXT_CAP_CHARS))
        widths.append(max(char * 6, min(widest[col], cap_px)))
    return widths

"""Tables of records: LongTable with a repeated header row, zebra rows, wrapped cells.

Column widths follow the content, as a browser sizes an HTML table: every column is at
least as wide as its longest word (so "Influence" never breaks into "Influen-ce"; in
Chinese, which breaks between any two characters, one character), and
the remaining width goes to the columns with the most text. Rows stay whole unless one
is taller than half a page, which may then split inside the row rather than stop the
export. A table starts where it is and continues on the next page under a repeated head,
unless fewer than :data:`ORPHAN_ROWS` of its rows would fit: then it starts on the next
page (a small table no longer jumps whole and leaves half a page empty behind it).
Right-to-left reports mirror the column order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from math import ceil

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, TableStyle

from mainstream_desktop.core.i18n import translate
from mainstream_desktop.report.bidi import base_rtl, visual
from mainstream_desktop.report.captioned import Captioned
from mainstream_desktop.report.cjk import has_cjk, least_width
from mainstream_desktop.report.context import Ctx
from mainstream_desktop.report.fonts import (
    SANS,
    SANS_BOLD,
    fake_bold,
    font_name,
    has_rtl,
    runs,
    text_width,
    tie,
)
from mainstream_desktop.report.styles import GRID, NAVY, WHITE, ZEBRA

SAMPLE_ROWS = 300  # rows measured to size the columns of a long table
ORPHAN_ROWS = 3  # rows a page must hold before a table starts on it
PAD = 8.0
CHUNK = 900  # longer cell texts become several paragraphs (see chunks)
_CAP = 0.55  # no column's preferred width beyond this share of the frame
CELL_SHARE = 0.45  # no cell's text taller than this share of the frame (see fit_cell)


@dataclass(frozen=True)
class Rich:
    """A cell with a bold main line and a smaller second text (a title and its details)."""

    main: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.main} {self.detail}".strip()


Cell = str | Rich | None

_BASE_STYLE = [
    ("FONTNAME", (0, 0), (-1, -1), SANS),  # for empty cells: never reference Helvetica
    ("BACKGROUND", (0, 0), (-1, 0), NAVY),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [WHITE, ZEBRA]),
    ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
    ("LINEBELOW", (0, -1), (-1, -1), 0.8, NAVY),
]


class SplitTable(LongTable):
    """A table that splits across pages but never leaves its head with one or two rows at
    the foot of a page (nor a card's first line alone)."""

    _calculated: tuple[float, float | None] | None = None

    def _calc(self, availWidth: float, availHeight: float) -> None:
        # A frame wraps a table, then splits it, and reportlab's split sizes it once more
        # (and so did split below, and a titled table asks with the room its title
        # leaves): every cell measured again each time. The sizes depend on the width;
        # on the height only through spanned cells (reportlab stops measuring rows
        # below the room once every span is complete), so they are worked out once per
        # width, or per room where cells span.
        key = (availWidth, availHeight if self._spanCmds else None)
        if self._calculated != key:
            super()._calc(availWidth, availHeight)
            self._calculated = key

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        heights = self._rowHeights
        head = self.repeatRows if isinstance(self.repeatRows, int) else 0
        first = heights[:head + min(ORPHAN_ROWS, len(heights) - head)]
        # a start too tall for any page is left to the normal split (or it would never fit)
        if availHeight < sum(first) <= 500:
            return []
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and not self.splitInRow:
            # a single row alone under the repeated head on the next page: take one more
            # over, if this page keeps enough of its own
            carried = len(heights) - len(parts[0]._cellvalues)
            kept = len(parts[0]._cellvalues) - head
            if carried == 1 and kept > ORPHAN_ROWS:
                return super().split(availWidth, availHeight - heights[-2] - 0.5)
        return parts


def _sample(rows: Sequence[Sequence[Cell]]) -> Sequence[Sequence[Cell]]:
    if len(rows) <= SAMPLE_ROWS:
        return rows
    step = len(rows) / SAMPLE_ROWS
    return [rows[int(i * step)] for i in range(SAMPLE_ROWS)]


def _head_least(header: str, size: float) -> float:
    """A header's narrowest width: its longest word, or all of a short Chinese label
    (two to four characters make one word: "负责方" is not broken into "负责/方")."""
    least = least_width(header, size, True)
    if has_cjk(header):
        whole = text_width(header, size, True)
        if whole <= size * 4.5:
            least = max(least, whole)
    return least + PAD


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[Cell]], total: float,
                  size: float, bold_first: bool = False, wide: Sequence[int] = ()) -> list[float]:
    """Widths that fit the longest word of each column and share the rest by text length.

    A word is what a line break never cuts (:func:`.cjk.least_width`): a Latin word, or a
    single Chinese character, so a Chinese title wraps instead of squeezing the other
    columns until their words break. Headers only claim their longest word (they may
    wrap); ``wide`` columns (titles, descriptions) get a larger share of the width left
    over; narrow columns (numbers, "#") keep their width even when the rest is cramped.
    """
    n = len(headers)
    least = [_head_least(h, size) for h in headers]
    want = list(least)
    cap = total * _CAP
    for row in _sample(rows):
        for i, cell in enumerate(row):
            if cell is None or cell == "":
                continue
            text = tie(str(cell))  # measured as drawn: "127,900 persons" does not break
            bold = (bold_first and i == 0) or isinstance(cell, Rich)
            # a hair more than the word: reportlab cuts a word that fits to the last point
            least[i] = max(least[i], least_width(text, size, bold) + PAD + 1.0)
            if want[i] < cap:
                want[i] = max(want[i], min(cap, text_width(text, size, bold) + PAD))
    least = [min(w, cap) for w in least]
    want = [max(w, m) for w, m in zip(want, least, strict=True)]
    if sum(want) <= total:
        extra = total - sum(want)
        return [w + extra * w / sum(want) for w in want]
    if sum(least) <= total:
        room = total - sum(least)
        slack = [(w - m) * (3 if i in wide else 1)
                 for i, (w, m) in enumerate(zip(want, least, strict=True))]
        return [m + room * s / (sum(slack) or 1) for m, s in zip(least, slack, strict=True)]
    # Even the longest words do not fit (a crafted file can hold 500-letter words): narrow
    # columns keep their width, each other column keeps room for its padding and a few
    # letters, and the rest is shared by need.
    narrow = [m <= PAD + size * 2.5 for m in least]
    if sum(m for m, k in zip(least, narrow, strict=True) if k) > total / 3:
        narrow = [False] * n
    rest = total - sum(m for m, k in zip(least, narrow, strict=True) if k)
    others = n - sum(narrow)
    floor = min(PAD + 8, rest / max(others, 1))
    excess = [0.0 if k else max(m - floor, 0.0) for m, k in zip(least, narrow, strict=True)]
    room = rest - floor * others
    return [m if k else floor + room * e / (sum(excess) or 1)
            for m, k, e in zip(least, narrow, excess, strict=True)]


def _tall(rows: Sequence[Sequence[Cell]], widths: list[float], leading: float,
          size: float, limit: float) -> bool:
    """Whether some row would be taller than ``limit`` (a rough estimate)."""
    for row in rows:
        for cell, width in zip(row, widths, strict=False):
            if cell and len(str(cell)) * size * 0.5 / max(width - PAD, 10) * leading > limit:
                return True
    return False


def data_table(ctx: Ctx, headers: Sequence[str], rows: Sequence[Sequence[Cell]], *,
               numeric: Sequence[int] = (), bold_first: bool = False,
               wide: Sequence[int] = (), widths: Sequence[float] | None = None,
               caption: str | None = None, source: str | None = None,
               notes: Sequence[str] = ()) -> Flowable:
    """A table of ``rows`` under ``headers``; cells are plain text (escaped here) or
    :class:`Rich`. ``numeric`` columns are aligned to the end. Returns a short note
    instead of an empty table. ``wide`` columns get more of the spare width; ``widths``,
    a plan shared by the tables of one kind (:meth:`Ctx.width_plan`), replaces them.

    Which tables are numbered: every table that presents the workshop's records or
    figures drawn from them — the chapters and the annexes — gets a ``caption``, and
    with it a number per chapter ("Table 4.1."), its title above, ``notes`` and the
    ``source`` line (by default the workshop's data and date) below, and a line in the
    list of tables. Layout tables are not numbered: a card of one record's fields
    (:func:`key_value_table`), the signature block, the list of acronyms. No cell is
    taller than about half a page (:func:`fit_cell`): a crafted file's 20,000-character
    value is cut at a word, "… (continued in note a under the table)", and given whole
    in that note under the table, where it can flow across pages.
    """
    if not rows:
        return ctx.none_recorded()
    st = ctx.styles
    widths = (list(widths) if widths is not None else
              column_widths(headers, rows, ctx.frame_width, st.cell.fontSize, bold_first, wide))
    numeric_set = set(numeric)
    size = st.cell.fontSize
    rows, continued = _fit_rows(rows, headers, widths, size, st.cell.leading,
                                ctx.frame_height * CELL_SHARE)
    data: list[list[object]] = [[ctx.p(h, st.head) for h in headers]]
    faces: list[tuple[int, int, str, bool]] = []  # (row, column, face, rtl) of drawn lines
    for r, row in enumerate(rows, start=1):
        cells: list[object] = []
        for i, value in enumerate(row):
            line = _rtl_line(value, widths[i], size, bold_first and i == 0)
            if line is not None:  # drawn by the table itself, shaped and ordered once
                cells.append(line[0])
                faces.append((r, i, line[1], line[2]))
            elif isinstance(value, Rich):
                cell = [ctx.p(value.main, st.cell, bold=True)]
                cell += [ctx.p(part, st.small) for part in chunks(value.detail)]
                cells.append(cell)
            elif value is None or value == "":
                cells.append("")
            elif _plain(value, widths[i], size, bold_first and i == 0):
                cells.append(value)  # drawn by the table itself: no markup, much faster
            elif i in numeric_set:
                cells.append(ctx.p(value, st.cell_num))
            elif len(str(value)) > CHUNK:
                cells.append([ctx.p(part, st.cell) for part in chunks(str(value))])
            else:
                cells.append(ctx.p(value, st.cell, bold=bold_first and i == 0))
        data.append(cells)
    split_in_row = 0
    if _tall(rows, widths, st.cell.leading, size, ctx.frame_height * 0.45):
        split_in_row = 40
    n = len(headers)
    col = (lambda i: n - 1 - i) if ctx.rtl else (lambda i: i)
    start, end = ("RIGHT", "LEFT") if ctx.rtl else ("LEFT", "RIGHT")
    commands = [*_BASE_STYLE, ("FONTSIZE", (0, 1), (-1, -1), size),
                ("LEADING", (0, 1), (-1, -1), st.cell.leading),
                ("TEXTCOLOR", (0, 1), (-1, -1), st.cell.textColor),
                ("ALIGN", (0, 1), (-1, -1), start)]
    commands += [("ALIGN", (col(i), 1), (col(i), -1), end) for i in numeric_set]
    if bold_first:
        commands.append(("FONTNAME", (col(0), 1), (col(0), -1), SANS_BOLD))
    for r, i, face, rtl in faces:
        commands.append(("FONTNAME", (col(i), r), (col(i), r), face))
        if rtl != ctx.rtl and i not in numeric_set:
            commands.append(("ALIGN", (col(i), r), (col(i), r), "RIGHT" if rtl else "LEFT"))
    if ctx.rtl:
        data = [list(reversed(r)) for r in data]
        widths.reverse()
    table = SplitTable(data, colWidths=widths, repeatRows=1, splitInRow=split_in_row,
                       hAlign="RIGHT" if ctx.rtl else "LEFT")
    table.setStyle(TableStyle(commands))
    after: list[Flowable] = []  # the whole of each cut cell, flowing across pages
    for k, (column, text) in enumerate(continued):
        after.append(ctx.p(translate("Report", "Note {mark} ({column}):").format(
            mark=_mark(k), column=column), st.label))
        after += [ctx.p(part, st.small) for part in chunks(text)]
    if caption is None:
        return Captioned([], table, [], after) if after else table
    foot = [ctx.p(note, st.small) for note in notes]
    foot.append(ctx.p(source or ctx.source_line(), st.caption))
    return Captioned([ctx.table_title(caption)], table, foot, after)


def chunks(text: str, size: int = 600) -> list[str]:
    """Long text cut at sentence or word ends into pieces of about ``size`` characters,
    so a very tall table cell can continue on the next page between two of them."""
    out: list[str] = []
    rest = text.strip()
    while len(rest) > size * 1.5:
        cut = max(rest.rfind(". ", 0, size) + 1, rest.rfind("\n", 0, size))
        if cut <= size // 3:
            cut = rest.rfind(" ", 0, size)
        if cut <= 0:
            cut = size
        out.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        out.append(rest)
    return out


def _rtl_line(value: object, width: float, size: float,
              bold: bool) -> tuple[str, str, bool] | None:
    """A right-to-left cell that fits one line in one face, as (the line shaped and in
    visual order, its face, its direction): the table draws it as a plain string, with
    no paragraph to parse and wrap (Arabic reports ran at twice the time of English)."""
    if not isinstance(value, str) or "\n" in value or not has_rtl(value):
        return None
    rtl = base_rtl(value, True)
    line = visual(value, rtl)
    pieces = runs(line)
    if len(pieces) != 1 or fake_bold(pieces[0][0], bold):
        return None
    face = font_name(pieces[0][0], bold)
    if stringWidth(line, face, size) > width - PAD - 1.0:  # the slack BidiParagraph keeps
        return None
    return line, face, rtl


def _plain(value: object, width: float, size: float, bold: bool) -> bool:
    """Whether a cell can be a plain string: one line, all in the main font, no RTL."""
    if not isinstance(value, str) or "\n" in value:
        return False
    if not value.isascii():
        pieces = runs(value)
        if len(pieces) != 1 or pieces[0][0] != 0 or has_rtl(value):
            return False
    return text_width(value, size, bold) <= width - PAD - 0.5


def key_value_table(ctx: Ctx, pairs: Sequence[tuple[str, object]],
                    label_width: float = 0.3) -> list[Flowable]:
    """A two-column card of labelled values (text or flowables); empty values are left out.

    A value taller than half a page does not go in the card (a table row cannot follow a
    page break gracefully): it follows the card under its label, as ordinary paragraphs.
    """
    st = ctx.styles
    widths = [ctx.frame_width * label_width, ctx.frame_width * (1 - label_width)]
    rows, after = [], []
    for label, value in pairs:
        if value is None or value == "":
            continue
        if isinstance(value, str) and _tall([[value]], widths[1:], st.cell.leading,
                                            st.cell.fontSize, ctx.frame_height * 0.4):
            after += [*ctx.subhead(label), *(ctx.p(part) for part in value.split("\n\n"))]
            continue
        rows.append([ctx.p(label, st.label),
                     value if isinstance(value, Flowable) else ctx.p(value, st.cell)])
    if not rows:
        return after or [ctx.none_recorded()]
    if ctx.rtl:
        rows = [list(reversed(r)) for r in rows]
        widths.reverse()
    table = SplitTable(rows, colWidths=widths, hAlign="RIGHT" if ctx.rtl else "LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
    ]))
    return [table, *after]


def _fit_rows(rows: Sequence[Sequence[Cell]], headers: Sequence[str], widths: Sequence[float],
              size: float, leading: float, limit: float
              ) -> tuple[Sequence[Sequence[Cell]], list[tuple[str, str]]]:
    """``rows`` with every cell's text cut to ``limit`` points of height, and the (column,
    whole text) of each cut cell, in the order of their notes under the table (the rows
    themselves and no notes when nothing is cut: the usual case costs a length test)."""
    lines = max(int(limit / leading), 4)
    # fewer characters than this cannot fill ``lines`` lines of the column (a space, the
    # narrowest letter, is a quarter of the size wide), nor hold that many line breaks
    fits = [lines * max(w - PAD, size) / (size * 0.25) for w in widths]
    out: list[list[Cell]] | None = None
    cut: list[tuple[str, str]] = []
    for r, row in enumerate(rows):
        for i, cell in enumerate(row):
            if cell is None or isinstance(cell, (int, float)):
                continue
            text = str(cell)
            if len(text) <= fits[i] and (isinstance(cell, Rich) or text.count("\n") < lines):
                continue
            width = widths[i] - PAD
            tail = translate("Report", "… (continued in note {mark} under the table)").format(
                mark=_mark(len(cut)))
            if isinstance(cell, Rich):
                main = fit_cell(cell.main, width, size, lines // 3, tail, bold=True)
                detail = cell.detail if main != cell.main else fit_cell(
                    cell.detail, width, size, lines - _lines(main, width, size, True), tail)
                fitted: Cell = Rich(main, "" if main != cell.main else detail)
                changed = main != cell.main or detail != cell.detail
            else:
                fitted = fit_cell(text, width, size, lines, tail)
                changed = fitted != text
            if changed:
                if out is None:
                    out = [list(x) for x in rows]
                out[r][i] = fitted
                cut.append((headers[i], text))
    return (rows if out is None else out), cut


def _mark(n: int) -> str:
    """The mark of a table's n-th note: a, b, c… as UN tables mark theirs."""
    return "abcdefghijklmnopqrstuvwxyz"[n] if n < 26 else str(n + 1)


def _lines(text: str, width: float, size: float, bold: bool = False) -> int:
    """About how many lines ``text`` takes in a column ``width`` wide (a line wraps a
    little short of the full width: words do not fill it to the last point)."""
    return sum(max(1, ceil(text_width(part, size, bold) / (width * 0.85)))
               for part in text.split("\n"))


def fit_cell(text: str, width: float, size: float, lines: int, tail: str, *,
             bold: bool = False) -> str:
    """``text`` cut at a word so it takes at most ``lines`` lines of ``width``, followed
    by ``tail`` (where the rest is to be read); unchanged when it fits.

    A table row cannot be taller than a page, and a crafted file can hold a
    20,000-character value: without a cap reportlab stops with "too large on page"."""
    if _lines(text, width, size, bold) <= lines:
        return text
    room = max(lines - 1, 1)  # a line for the tail
    lo, hi = 0, len(text)
    while lo < hi:  # the longest start that fits in ``room`` lines
        mid = (lo + hi + 1) // 2
        if _lines(text[:mid], width, size, bold) <= room:
            lo = mid
        else:
            hi = mid - 1
    cut = lo
    space = max(text.rfind(" ", 0, cut), text.rfind("\n", 0, cut))
    if space > cut * 0.7:  # at a word, unless the text has no word break near the end
        cut = space
    return f"{text[:cut].rstrip()} {tail}"

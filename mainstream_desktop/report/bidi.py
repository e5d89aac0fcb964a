"""Right-to-left text for reportlab: shaping, visual order, and line breaking first.

Reportlab lays out text left to right and does not join Arabic letters. So Arabic is
shaped (arabic-reshaper picks each letter's joined form) and reordered into visual order
(python-bidi). Reordering a whole paragraph and then letting reportlab wrap it would put
its lines in reverse order, so :class:`BidiParagraph` breaks the logical text into lines
itself, measured with the same fonts, and reorders each line on its own.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from mainstream_desktop.report.fonts import markup, text_width


@lru_cache(maxsize=4096)
def _reshape(text: str) -> str:
    import arabic_reshaper

    return arabic_reshaper.reshape(text)


@lru_cache(maxsize=8192)
def _display(line: str, rtl: bool) -> str:
    """The visual order of one line (cached: a report repeats its labels many times)."""
    from bidi.algorithm import get_display

    return get_display(line, base_dir="R" if rtl else "L")


def base_rtl(text: str, default: bool = False) -> bool:
    """A paragraph's direction from its first strongly directional letter (UAX #9, rule
    P2, like HTML's dir="auto"); ``default`` when it has none (digits, punctuation).

    So an Arabic paragraph in an English report reads right to left, and an English name
    left untranslated in an Arabic report keeps its full stop at its end.
    """
    import unicodedata

    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return default


def visual(text: str, rtl: bool) -> str:
    """One line of text, shaped and in visual (left-to-right drawing) order; ``rtl`` is
    the default direction when the text has no strong letter."""
    return _display(_reshape(text), base_rtl(text, rtl))


def break_lines(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Greedy line breaking of logical (already shaped) text at spaces.

    A word wider than the line is cut between characters, so nothing overflows.
    """
    lines: list[str] = []
    space = text_width(" ", size, bold)
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current: list[str] = []
        used = 0.0
        for word in words:
            w = text_width(word, size, bold)
            if w > width:  # a single overlong word: cut it into pieces that fit
                if current:
                    lines.append(" ".join(current))
                    current, used = [], 0.0
                piece = ""
                for ch in word:
                    if piece and text_width(piece + ch, size, bold) > width:
                        lines.append(piece)
                        piece = ""
                    piece += ch
                current, used = [piece], text_width(piece, size, bold)
                continue
            extra = w + (space if current else 0.0)
            if current and used + extra > width:
                lines.append(" ".join(current))
                current, used = [word], w
            else:
                current.append(word)
                used += extra
        lines.append(" ".join(current))
    return lines


class BidiParagraph(Flowable):
    """A paragraph holding right-to-left script, laid out line by line.

    Behaves like a :class:`Paragraph` of the given style (wraps, splits across pages and
    table rows). ``rtl`` is the paragraph's base direction; a right-to-left paragraph in a
    left-aligned style is aligned to the right.
    """

    slack = 1.0  # points kept free at the line end: shaping may widen a line slightly

    def __init__(self, text: str, style: ParagraphStyle, *, rtl: bool, bold: bool = False):
        super().__init__()
        self.text = text
        self.style = style
        self.rtl = rtl
        self.bold = bold
        self._para: Paragraph | None = None
        self._width: float | None = None
        self._size: tuple[float, float] | None = None  # what wrap gave at self._width

    def _build(self, width: float) -> Paragraph:
        if self._para is None or self._width != width:
            st = self.style
            room = (width - st.leftIndent - st.rightIndent - max(st.firstLineIndent, 0)
                    - self.slack)
            lines = self._lines(max(room, st.fontSize * 2))
            body = "<br/>".join(self._line_markup(line) for line in lines)
            align = st.alignment
            if self.rtl and align == TA_LEFT:
                align = TA_RIGHT
            style = st if align == st.alignment else ParagraphStyle(
                st.name + "-rtl", parent=st, alignment=align)
            self._para = self._paragraph(body, style)
            self._width = width
            self._size = None  # the new paragraph has not been wrapped yet
        return self._para

    def _lines(self, room: float) -> list[str]:
        """The logical text broken into lines ``room`` points wide."""
        return break_lines(_reshape(self.text), room, self.style.fontSize, self.bold)

    def _line_markup(self, line: str) -> str:
        return markup(_display(line, self.rtl), bold=self.bold)

    def _paragraph(self, body: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(body, style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """The size at ``availWidth``. A table asks each cell again and again while it
        sizes and splits; the lines only depend on the width, so they are broken once
        per width (this made Arabic reports twice as slow as English ones)."""
        if self._size is None or self._width != availWidth or self._para is None:
            para = self._build(availWidth)
            self._size = para.wrap(availWidth, availHeight)
        self.width, self.height = self._size
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        para = self._build(availWidth)
        self._size = None  # reportlab's split may drop the paragraph's wrapped lines
        return para.split(availWidth, availHeight)

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    def minWidth(self) -> float:
        return self.style.fontSize * 2

    def draw(self) -> None:
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)

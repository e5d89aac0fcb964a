"""Right-to-left text for reportlab: shaping, visual order, and line breaking first.

Reportlab lays out text left to right and does not join Arabic letters. So Arabic is
shaped (arabic-reshaper picks each letter's joined form) and reordered into visual order
(python-bidi). Reordering a whole paragraph and then letting reportlab wrap it would put
its lines in reverse order, so :class:`BidiParagraph` breaks the logical text into lines
itself, measured with the same fonts, and reorders each line on its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from mainstream_desktop.report.fonts import SANS_BOLD, font_name, has_rtl, markup, runs, text_width


def _reshape(text: str) -> str:
    """``text`` with its Arabic letters in their joined forms. Text with no right-to-left
    letter (an English name in an Arabic report) is returned as it is: the reshaper only
    changes Arabic letters, and it cost as much as the rest of such a paragraph."""
    return _reshaped(text) if has_rtl(text) else text


# what can make the bidi algorithm move characters of a left-to-right line: right-to-left
# letters (Hebrew to NKo and the Arabic extensions, presentation forms, the historic
# scripts and Arabic mathematical letters beyond the BMP) and the explicit marks,
# embeddings, overrides and isolates
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u202a-\u202e"
                            "\u2066-\u2069\U00010800-\U00010fff\U0001e800-\U0001efff]")


@lru_cache(maxsize=4096)
def _reshaped(text: str) -> str:
    import arabic_reshaper

    return arabic_reshaper.reshape(text)


def _display(line: str, rtl: bool) -> str:
    """The visual order of one line. A left-to-right line with no right-to-left letter
    is its own visual order (every character stays at level 0), so it skips the bidi
    algorithm; the others are cached, as a report repeats its labels many times."""
    if not rtl and _RIGHT_TO_LEFT.search(line) is None:
        return line
    return _displayed(line, rtl)


@lru_cache(maxsize=8192)
def _displayed(line: str, rtl: bool) -> str:
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

    Its lines are broken, shaped and put in visual order once per width; then it measures
    and draws them itself, each line as reportlab's paragraph would place it (first
    baseline one font size below the top, one leading apart, aligned in the room between
    the indents). Handing them to a reportlab :class:`Paragraph` as ``<br/>``-joined
    markup made reportlab parse, break and measure every line again: an Arabic report
    (where every paragraph takes this path) ran at 1.4 × the English one. A reportlab
    paragraph is still built for what it alone does: splitting across a page, and styles
    with bullets, borders, justification or automatic leading.
    """

    slack = 1.0  # points kept free at the line end: shaping may widen a line slightly
    direct = True  # draws its own lines where it can (a subclass may always use Paragraph)

    def __init__(self, text: str, style: ParagraphStyle, *, rtl: bool, bold: bool = False):
        super().__init__()
        self.text = text
        self.style = style
        self.rtl = rtl
        self.bold = bold
        self._built: Paragraph | None = None
        self._built_width: float | None = None
        self._width: float | None = None  # the width the lines below were broken for
        self._visual: list[str] | None = None  # those lines, in visual order
        self._drawn: list[str] | None = None  # the same, when this draws them itself
        self._size: tuple[float, float] | None = None  # what wrap gave at self._width
        self.width: float = 0.0
        self.height: float = 0.0

    def _alignment(self) -> int:
        align = self.style.alignment
        return TA_RIGHT if self.rtl and align == TA_LEFT else align

    def _room(self, width: float) -> float:
        st = self.style
        return (width - st.leftIndent - st.rightIndent - max(st.firstLineIndent, 0)
                - self.slack)

    def _layout(self, width: float) -> list[str]:
        """The lines at ``width``, shaped and in visual order (computed once per width)."""
        if self._visual is None or self._width != width:
            room = self._room(width)
            lines = self._lines(max(room, self.style.fontSize * 2))
            self._visual = [self._order(line) for line in lines]
            self._width = width
            self._size = None
            st = self.style
            direct = (self.direct and room >= st.fontSize * 2 and all(self._visual)
                      and st.firstLineIndent == 0 and not st.backColor
                      and not st.borderWidth and not getattr(st, "bulletText", None)
                      and getattr(st, "autoLeading", "") in ("", "off", None)
                      and self._alignment() in (TA_LEFT, TA_RIGHT, TA_CENTER))
            self._drawn = self._visual if direct else None
        return self._visual

    def _order(self, line: str) -> str:
        """One line as it is drawn: in visual order."""
        return _display(line, self.rtl)

    def _build(self, width: float) -> Paragraph:
        """The reportlab paragraph of these lines (for a split, or a style this does not
        draw itself)."""
        if self._built is None or self._built_width != width:
            lines = self._layout(width)
            body = "<br/>".join(markup(line, bold=self.bold) for line in lines)
            align = self._alignment()
            st = self.style
            style = st if align == st.alignment else ParagraphStyle(
                st.name + "-rtl", parent=st, alignment=align)
            self._built = self._paragraph(body, style)
            self._built_width = width
            if self._drawn is None:
                self._size = None  # the new paragraph has not been wrapped yet
        return self._built

    @property
    def _para(self) -> Paragraph | None:
        """The reportlab paragraph at the last width wrapped (built when asked)."""
        return None if self._width is None else self._build(self._width)

    def _lines(self, room: float) -> list[str]:
        """The logical text broken into lines ``room`` points wide."""
        return break_lines(_reshape(self.text), room, self.style.fontSize, self.bold)

    def _paragraph(self, body: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(body, style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """The size at ``availWidth``. A table asks each cell again and again while it
        sizes and splits; the lines only depend on the width, so they are broken once
        per width (this made Arabic reports twice as slow as English ones)."""
        if self._size is None or self._width != availWidth:
            self._layout(availWidth)
            if self._drawn is not None:
                self._size = (availWidth, len(self._drawn) * self.style.leading)
            else:
                self._size = self._build(availWidth).wrap(availWidth, availHeight)
        self.width, self.height = self._size
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        para = self._build(availWidth)
        if self._drawn is None:
            self._size = None  # reportlab's split may drop the paragraph's wrapped lines
        else:
            para.wrap(availWidth, availHeight)  # reportlab's split starts from its wrap
        return para.split(availWidth, availHeight)

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    def minWidth(self) -> float:
        return self.style.fontSize * 2

    def draw(self) -> None:
        if self._drawn is None:
            para = self._para
            assert para is not None
            para.drawOn(self.canv, 0, 0)
            return
        from reportlab.pdfbase.pdfmetrics import stringWidth

        st, canv = self.style, self.canv
        size = st.fontSize
        room = self.width - st.leftIndent - st.rightIndent
        align = self._alignment()
        main = SANS_BOLD if self.bold else st.fontName  # what <b> makes of the style's font
        canv.saveState()
        canv.setFillColor(st.textColor)
        y = self.height - size  # reportlab's first baseline (paraFontSizeHeightOffset)
        for line in self._drawn:
            pieces = [(main if index == 0 else font_name(index, self.bold), chunk)
                      for index, chunk in runs(line)]
            spare = room - sum(stringWidth(chunk, face, size) for face, chunk in pieces)
            x = st.leftIndent + (spare if align == TA_RIGHT else
                                 spare / 2 if align == TA_CENTER else 0.0)
            text = canv.beginText(x, y)
            for face, chunk in pieces:
                text.setFont(face, size, st.leading)
                text.textOut(chunk)
            canv.drawText(text)
            y -= st.leading
        canv.restoreState()

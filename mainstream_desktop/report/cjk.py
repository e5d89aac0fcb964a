"""Chinese (and Japanese) text for reportlab: line breaking and emulated bold.

Chinese has no spaces, so a line may break between any two characters — but not inside
a Latin word written among them ("Employment" stays whole), and never so that closing
punctuation (，。、）」…) starts a line or opening punctuation (（「《…) ends one: the
rule the Chinese call 避头尾 and the Japanese kinsoku. Reportlab's own ``wordWrap='CJK'``
lets a closing mark hang into the margin by one character only and may cut a Latin word
when no space is near, so :func:`break_cjk` breaks the lines itself, measured with the
same fonts, and :class:`CJKParagraph` lays them out.

The bundled Chinese face (WenQuanYi Micro Hei) has no bold cut. Bold Chinese is drawn
with PDF text render mode 2 (fill, then stroke the outline in the same colour), which
thickens the strokes and keeps the text real text that copies and searches.
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from mainstream_desktop.report.bidi import BidiParagraph
from mainstream_desktop.report.fonts import EMBOLDEN, text_width

# Characters a line must not start with: closing brackets and quotes, stops, commas,
# iteration marks, small kana, the prolonged sound mark; full-width and ASCII forms.
CANNOT_START = frozenset(
    "，。、；：！？）」』】〕〉》〗〙〛｝］｠…‥・ー々〻゛゜ゝゞヽヾ"
    "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
    "!),.:;?]}%‰℃°’”．，｡､"
)
# Characters a line must not end with: opening brackets and quotes.
CANNOT_END = frozenset("（「『【〔〈《〖〘〚｛［｟‘“([{")

_FUZZ = 0.01


def is_cjk(ch: str) -> bool:
    """Whether ``ch`` is written without spaces around it (Han, kana, Hangul, full-width
    forms and CJK punctuation), so a line may break before and after it."""
    code = ord(ch)
    return code >= 0x2E80 and not 0xFB1D <= code <= 0xFEFF and not 0xFFF0 <= code <= 0xFFFF


# the characters is_cjk accepts, for a search done in C (has_cjk runs on every cell)
_CJK = re.compile("[\u2e80-\ufb1c\uff00-\uffef\U00010000-\U0010ffff]")


def has_cjk(text: str) -> bool:
    return not text.isascii() and _CJK.search(text) is not None


def segments(line: str) -> list[str]:
    """``line`` (no newline) cut into the pieces a line break may fall between.

    A run of spaces is a piece of its own (dropped at a break); a Latin word (anything
    between spaces and CJK characters, no-break spaces included) is one piece; each CJK
    character is a piece. Closing punctuation joins the piece before it, and an opening
    mark joins the piece after it, so neither can be left alone at a line's edge.
    """
    units: list[str] = []
    word = ""
    for ch in line:
        if ch == " " or is_cjk(ch):
            if word:
                units.append(word)
                word = ""
            if ch == " " and units and units[-1][-1] == " ":
                units[-1] += ch
            else:
                units.append(ch)
        else:
            word += ch
    if word:
        units.append(word)
    out: list[str] = []
    for unit in units:
        if (out and unit[0] != " " and out[-1][-1] != " "
                and (unit[0] in CANNOT_START or out[-1][-1] in CANNOT_END)):
            out[-1] += unit
        else:
            out.append(unit)
    return out


def least_width(text: str, size: float, bold: bool = False) -> float:
    """The width of the widest piece of ``text`` that no line break may cut: its longest
    Latin word, or one Chinese character with the punctuation glued to it."""
    widest = 0.0
    for line in text.split("\n"):
        # without Chinese, the pieces are the words between spaces (what segments gives,
        # at a tenth of the cost: every cell of every table is measured so)
        pieces = segments(line) if has_cjk(line) else line.split(" ")
        for piece in pieces:
            if piece and piece[0] != " ":
                widest = max(widest, text_width(piece, size, bold))
    return widest


def _cut(piece: str, width: float, size: float, bold: bool) -> list[str]:
    """A piece wider than the line cut between characters (a crafted 500-letter word)."""
    parts, part = [], ""
    for ch in piece:
        if part and text_width(part + ch, size, bold) > width:
            parts.append(part)
            part = ""
        part += ch
    return [*parts, part]


def break_cjk(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Greedy line breaking of text holding CJK characters, with the rules above.

    Every line fits ``width`` unless one character alone does not; the lines joined
    back (with the spaces at breaks) give the text.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for piece in segments(paragraph):
            w = text_width(piece, size, bold)
            if piece[0] == " ":
                if line:
                    line, used = line + piece, used + w
                continue
            if used + w <= width + _FUZZ:
                line, used = line + piece, used + w
                continue
            if line.strip():
                lines.append(line.rstrip(" "))
            line, used = "", 0.0
            if w > width:
                *whole, piece = _cut(piece, width, size, bold)
                lines += whole
                w = text_width(piece, size, bold)
            line, used = piece, w
        lines.append(line.rstrip(" "))
    return lines


class Emboldened(Flowable):
    """Draws another flowable with its text filled and stroked: bold for a face that
    has no bold cut. The stroke takes the style's text colour."""

    def __init__(self, inner: Flowable, style: ParagraphStyle):
        super().__init__()
        self.inner = inner
        self.style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return [Emboldened(part, self.style)
                for part in self.inner.split(availWidth, availHeight)]

    def getSpaceBefore(self) -> float:
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.inner.getSpaceAfter()

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.addLiteral("2 Tr")  # text state: a later text object inherits it until Q
        c.setLineWidth(self.style.fontSize * EMBOLDEN)
        c.setLineJoin(1)
        c.setStrokeColor(self.style.textColor)
        self.inner.drawOn(c, 0, 0)
        c.restoreState()


class CJKParagraph(BidiParagraph):
    """A paragraph holding Chinese or Japanese, broken into lines by :func:`break_cjk`.

    ``embolden`` draws it bold where the font has no bold cut (headings, table heads).
    """

    slack = 0.0  # measured with the very widths reportlab draws with
    direct = False  # drawn by reportlab (bullets, emboldening, cut-free lines)

    def __init__(self, text: str, style: ParagraphStyle, *, bold: bool = False,
                 embolden: bool = False, bullet: str | None = None):
        super().__init__(text, style, rtl=False, bold=bold)
        self.embolden = embolden
        self.bullet = bullet

    def _lines(self, room: float) -> list[str]:
        return break_cjk(self.text, room, self.style.fontSize, self.bold)

    def _order(self, line: str) -> str:
        return line  # left to right already

    def _paragraph(self, body: str, style: ParagraphStyle) -> Paragraph:
        # the lines fit already: reportlab must not cut a line it measures a hair wider
        whole = ParagraphStyle(style.name + "-cjk", parent=style, splitLongWords=0)
        return Paragraph(body, whole, bulletText=self.bullet)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        return [Emboldened(p, self.style) for p in parts] if self.embolden else parts

    def draw(self) -> None:
        if not self.embolden:
            super().draw()
            return
        assert self._para is not None
        Emboldened(self._para, self.style).drawOn(self.canv, 0, 0)


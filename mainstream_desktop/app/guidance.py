"""The guidance box of a step page: text on a grid of whole lines.

A box that scrolls shows a cut line at its foot whenever its height is not a whole
number of the text's lines, and the text's lines were not all of one height: paragraphs
had 12-pixel gaps, and Arabic lines (a fallback font) are taller than Latin ones. So a
QLabel in a QScrollArea sized "to the last whole line" still showed half a line after
the first scroll step, in one language or at one zoom or another (issue 16).

Here every line of the document, and every gap between paragraphs, is one *pitch* high
(the font's line spacing), the viewport is a whole number of pitches, and the
scroll bar moves by whole pitches and stops only on them: at any position, in any
language and zoom, the box shows whole lines. The box is sized by its page (see
:meth:`lines_height`), the user's splitter drags are rounded to whole lines too.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtGui import QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

SIDE_MARGIN = 8  # left and right of the text, inside the frame
END_MARGIN = 4  # above the first line and below the last, outside the scrolled text


class GuidanceBox(QTextBrowser):
    """Read-only rich text whose visible height is always whole lines."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guidance")
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # as the selectable label it replaces
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.viewport().setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self.document().setDocumentMargin(0)
        # the margins lie outside the scrolled viewport: they never cut into a line
        self.setViewportMargins(SIDE_MARGIN, END_MARGIN, SIDE_MARGIN, END_MARGIN)
        self._html = ""
        self._pitch = self.fontMetrics().lineSpacing()
        self._snapping = False
        self.verticalScrollBar().valueChanged.connect(self._snap)
        self.verticalScrollBar().rangeChanged.connect(lambda *_: self._snap(
            self.verticalScrollBar().value()))

    # --- text ------------------------------------------------------------------------------

    def setText(self, text: str) -> None:
        """Show ``text`` (rich text, or plain text made into one paragraph)."""
        self._html = text if GuiQt.mightBeRichText(text) else f"<p>{escape(text)}</p>"
        self._lay_out()

    def text(self) -> str:
        return self._html

    def pitch(self) -> int:
        """The height of every line and every paragraph gap, in pixels."""
        self._ensure()
        return self._pitch

    def line_count(self) -> int:
        """How many pitches the whole text takes at the current width (gaps included)."""
        self._ensure()
        return max(1, round(self.document().size().height() / self._pitch))

    def _ensure(self) -> None:
        """Lay the text out again if the font changed (a zoom) since it last was. Asked
        for when the page sizes the box, never from the font-change event itself:
        replacing the document in the middle of a style sheet's re-polish crashed Qt."""
        if self._html and self.fontMetrics().lineSpacing() != self._pitch:
            self._lay_out()

    def _lay_out(self) -> None:
        doc = self.document()
        doc.setDefaultFont(self.font())
        doc.setHtml(self._html)
        doc.setDocumentMargin(0)
        # the font's line spacing, not the tallest line laid out: a fallback font's taller
        # line (Arabic) depends on when the layout ran, and the text reads well at it
        pitch = self.fontMetrics().lineSpacing()
        # one pitch of gap after a paragraph that had a margin below it or before one that
        # had one above (a heading followed by its list has none, as the HTML asks)
        self._pitch = pitch
        cursor = QTextCursor(doc)
        block = doc.begin()
        while block.isValid():
            nxt = block.next()
            fmt = QTextBlockFormat(block.blockFormat())
            fmt.setLineHeight(pitch, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
            fmt.setTopMargin(0)
            gap = nxt.isValid() and (self._bottom_gap(block) or self._top_gap(nxt))
            fmt.setBottomMargin(pitch if gap else 0)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            block = nxt
        # the box's own cursor at the start: a text edit keeps its cursor in view when it
        # is resized, and one left at the end opened every page scrolled to its last lines
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self._snap(self.verticalScrollBar().value())

    @staticmethod
    def _bottom_gap(block) -> bool:
        return block.blockFormat().bottomMargin() > 0 and block.textList() is None

    @staticmethod
    def _top_gap(block) -> bool:
        return block.blockFormat().topMargin() > 0 and block.textList() is None

    # --- size and scrolling ---------------------------------------------------------------

    def chrome(self) -> int:
        """The box's height around its viewport: frame, style sheet padding, margins."""
        if self.viewport().height() > 0:
            return self.height() - self.viewport().height()
        return 2 * END_MARGIN + 2 * self.frameWidth()

    def lines_height(self, lines: int) -> int:
        """The box's outer height that shows exactly ``lines`` lines."""
        return lines * self.pitch() + self.chrome()

    def lines_for(self, height: int) -> int:
        """How many whole lines fit in an outer height of ``height`` (at least one)."""
        return max(1, (height - self.chrome()) // self.pitch())

    def _snap(self, value: int) -> None:
        """Scroll positions are whole pitches: the top line is never cut, and, the
        viewport being whole pitches high, neither is the bottom one."""
        bar = self.verticalScrollBar()
        bar.setSingleStep(self._pitch)
        bar.setPageStep(max(self._pitch, self.viewport().height() // self._pitch * self._pitch))
        if self._snapping:
            return
        snapped = min(round(value / self._pitch) * self._pitch, bar.maximum())
        if snapped != value:
            self._snapping = True
            bar.setValue(snapped)
            self._snapping = False

"""Indicator × data source coverage, the heatmap of the data inventory step.

Painted, not built of items: only the visible cells are drawn, so 1,000 indicators ×
1,000 sources scroll as smoothly as 20 × 20. Row and column headers stay in place while
the cells scroll. Each level has a shade of one hue (darker = better, so it survives a
grey-scale print) *and* a mark drawn as a shape (no font needs the glyphs), and an
indicator that no source covers is flagged in its row header, counted in the summary
line above, and shown first in the "best" column.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QLabel, QToolTip, QVBoxLayout, QWidget

from mainstream_desktop.app.pictures import palette
from mainstream_desktop.app.pictures.common import PictureFrame
from mainstream_desktop.core import figures

LEVELS = ("full", "partial", "proxy", "planned", "none")
FILL = {"full": QColor("#0B4F8A"), "partial": QColor("#56B4E9"), "proxy": QColor("#CFE8F6"),
        "planned": QColor("#FFFFFF"), "none": QColor("#FFFFFF")}
GAP_TINT = QColor("#FBDCC6")  # the row of an indicator without any source
GAP_MARK = QColor(palette.VERMILLION)


def draw_level(painter: QPainter, level: str | None, rect: QRectF) -> None:
    """One cell: the level's shade and its mark (shape, not glyph)."""
    if level is None:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, FILL.get(level, FILL["none"]))
    if level == "planned":
        painter.fillRect(rect, QBrush(QColor("#0072B2"), Qt.BrushStyle.BDiagPattern))
    c = rect.center()
    r = min(rect.width(), rect.height()) * 0.22
    ink = palette.text_colour_on(FILL.get(level, FILL["none"]))
    painter.setPen(QPen(ink, max(1.0, r * 0.3)))
    if level == "full":
        painter.setBrush(ink)
        painter.drawEllipse(c, r, r)
    elif level == "partial":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(c, r, r)
        painter.setBrush(ink)
        painter.drawPie(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), 90 * 16, 180 * 16)
    elif level == "proxy":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(c, r, r)
    elif level == "planned":
        painter.setPen(QPen(QColor("#111111"), max(1.0, r * 0.3), Qt.PenStyle.DotLine))
        painter.setBrush(QColor("#FFFFFF"))
        painter.drawEllipse(c, r, r)
    else:  # "none": checked, and nothing there
        painter.setPen(QPen(QColor("#555555"), max(1.0, r * 0.25)))
        painter.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r))
        painter.drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r))
    painter.restore()


def draw_gap_flag(painter: QPainter, centre: QPointF, size: float) -> None:
    """The warning triangle that marks an indicator with no data source."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#000000"), 1))
    painter.setBrush(GAP_MARK)
    painter.drawPath(palette.marker_path("triangle", centre, size))
    painter.setPen(QPen(QColor("#FFFFFF"), max(1.5, size * 0.25)))
    painter.drawLine(QPointF(centre.x(), centre.y() - size * 0.45),
                     QPointF(centre.x(), centre.y() + size * 0.15))
    painter.drawPoint(QPointF(centre.x(), centre.y() + size * 0.45))
    painter.restore()


def row_text(metrics: QFontMetricsF, text: str, width: float, *, two_lines: bool) -> str:
    """An indicator's name for its row: whole on one line, else broken at a space onto
    two; only a name too long for both is shortened (at the end of the second line)."""
    if metrics.horizontalAdvance(text) <= width or not two_lines:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    words = text.split(" ")
    first = ""
    for i in range(1, len(words) + 1):
        trial = " ".join(words[:i])
        if metrics.horizontalAdvance(trial) > width:
            break
        first = trial
    if not first:  # one overlong word (or a script without spaces): cut by characters
        first = metrics.elidedText(text, Qt.TextElideMode.ElideNone, width)
        n = len(first)
        while n and metrics.horizontalAdvance(text[:n]) > width:
            n -= 1
        first = text[:n]
    rest = text[len(first):].strip()
    return first + "\n" + metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)


class _HeatmapArea(QAbstractScrollArea):
    """Frozen headers, scrolling cells; everything measured from the font."""

    def __init__(self, owner: CoverageHeatmap):
        super().__init__(owner)
        self.owner = owner
        self.matrix = figures.CoverageMatrix([], [], {})
        self.best: list[str] = []
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setBackgroundRole(self.viewport().backgroundRole().Base)
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.current: tuple[int, int] = (0, 0)  # the keyboard's cell: row, column
        self._measure()

    def set_matrix(self, matrix: figures.CoverageMatrix) -> None:
        self.matrix = matrix
        best = matrix.best_levels()
        self.best = [best[i] for i, _ in matrix.indicators]
        self._measure()
        self.viewport().update()

    # --- geometry -------------------------------------------------------------------
    def _measure(self) -> None:
        metrics = QFontMetricsF(self.font())
        self.line = metrics.height()
        self.cell = round(self.line * 1.45)
        em = metrics.horizontalAdvance("M")
        widest = max((metrics.horizontalAdvance(t) for _, t in self.matrix.indicators),
                     default=em * 10)
        self._widest = widest
        self._em = em
        self.row_h = self.cell
        self._fit_row_header()
        longest = max((metrics.horizontalAdvance(t) for _, t in self.matrix.sources),
                      default=em * 6)
        self.col_label = min(longest, em * 14) + em * 0.5
        legend_h = self.line * 1.35 * (len(LEVELS) + 2) + self.line
        self.header = max(self.col_label, legend_h)
        self.best_gap = self.cell * 0.4
        self._update_scrollbars()

    def _fit_row_header(self) -> None:
        """Indicator names get 26 em, or more when the window has room beside the cells."""
        cells = self.cell * (len(self.matrix.sources) + 1.4)
        room = self.viewport().width() - cells - self.cell - self._em
        width = min(self._widest, max(self._em * 26, room))
        self.row_header = width + self.cell + self._em  # + the gap flag
        # A name wider than its column takes a second line (rows grow for all, so the
        # cells stay aligned); a name still too long for two lines is shortened on the
        # second, and the tooltip tells it whole.
        two = self._widest > width
        self.row_h = max(self.cell, round(self.line * 2.2)) if two else self.cell

    @property
    def fixed_width(self) -> float:
        """Row headers plus the "best" column, which do not scroll sideways."""
        return self.row_header + self.cell + self.best_gap

    def _update_scrollbars(self) -> None:
        size = self.viewport().size()
        content_w = len(self.matrix.sources) * self.cell
        content_h = len(self.matrix.indicators) * self.row_h
        self.horizontalScrollBar().setRange(0, max(0, int(content_w - (size.width()
                                                                       - self.fixed_width))))
        self.verticalScrollBar().setRange(0, max(0, int(content_h - (size.height()
                                                                     - self.header))))
        self.horizontalScrollBar().setPageStep(max(1, size.width()))
        self.verticalScrollBar().setPageStep(max(1, size.height()))
        self.horizontalScrollBar().setSingleStep(self.cell)
        self.verticalScrollBar().setSingleStep(self.row_h)

    def _x(self, left: float, width: float) -> float:
        """Mirror a logical x for right-to-left layouts."""
        return self.viewport().width() - left - width if self.isRightToLeft() else left

    def _h_offset(self) -> int:
        bar = self.horizontalScrollBar()
        # Qt reverses a right-to-left scroll bar's value; our own mirroring undoes it.
        return bar.maximum() - bar.value() if self.isRightToLeft() else bar.value()

    def column_at(self, x: float) -> int | None:
        logical = self.viewport().width() - x if self.isRightToLeft() else x
        col = int((logical - self.fixed_width + self._h_offset()) // self.cell)
        if logical < self.fixed_width or col >= len(self.matrix.sources):
            return None
        return col

    def row_at(self, y: float) -> int | None:
        if y < self.header:
            return None
        row = int((y - self.header + self.verticalScrollBar().value()) // self.row_h)
        return row if row < len(self.matrix.indicators) else None

    def sizeHint(self) -> QSize:
        return QSize(int(self.fixed_width + self.cell * min(12, len(self.matrix.sources)) + 20),
                     int(self.header + self.row_h * min(15, len(self.matrix.indicators)) + 20))

    # --- painting -------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setFont(self.font())
        m = self.matrix
        vw, vh = self.viewport().width(), self.viewport().height()
        cell, top = self.cell, self.header
        y0 = self.verticalScrollBar().value()
        x0 = self._h_offset()
        row_h = self.row_h
        first_row = int(y0 // row_h)
        last_row = min(len(m.indicators), int((y0 + vh - top) // row_h) + 1)
        first_col = int(x0 // cell)
        last_col = min(len(m.sources), int((x0 + vw - self.fixed_width) // cell) + 1)
        grid_pen = QPen(QColor("#D0D0D0"), 1)
        # cells (clipped to the scrolling region)
        painter.save()
        painter.setClipRect(QRectF(self._x(self.fixed_width, vw - self.fixed_width), top,
                                   vw - self.fixed_width, vh - top))
        for row in range(first_row, last_row):
            ind_id = m.indicators[row][0]
            y = top + row * row_h - y0 + (row_h - cell) / 2
            if self.best[row] == "none":
                band_w = min(vw - self.fixed_width, len(m.sources) * cell - x0)
                band = QRectF(self._x(self.fixed_width, band_w), y - (row_h - cell) / 2, band_w,
                              row_h)
                painter.fillRect(band, QColor(251, 220, 198, 110))
            for col in range(first_col, last_col):
                x = self._x(self.fixed_width + col * cell - x0, cell)
                rect = QRectF(x, y, cell, cell)
                painter.setPen(grid_pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
                level = m.cells.get((ind_id, m.sources[col][0]))
                if level is not None:
                    draw_level(painter, level, rect.adjusted(1, 1, -1, -1))
        if self.hasFocus() and m.indicators and m.sources:  # the keyboard's cell, visibly
            painter.setPen(QPen(QColor("#C2410C"), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.current_rect().adjusted(1, 1, -1, -1))
        painter.restore()
        self._paint_row_headers(painter, first_row, last_row, y0)
        self._paint_column_headers(painter, first_col, last_col, x0)
        self._paint_legend(painter)

    def _paint_row_headers(self, painter: QPainter, first: int, last: int, y0: int) -> None:
        m = self.matrix
        cell, top = self.cell, self.header
        bold = QFont(self.font())
        bold.setBold(True)
        painter.save()
        painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # user text
        painter.setClipRect(QRectF(self._x(0, self.fixed_width), top, self.fixed_width,
                                   self.viewport().height() - top))
        rtl = self.isRightToLeft()
        for row in range(first, last):
            y = top + row * self.row_h - y0
            gap = self.best[row] == "none"
            label_rect = QRectF(self._x(0, self.row_header), y, self.row_header, self.row_h)
            if gap:
                painter.fillRect(label_rect, GAP_TINT)
                flag_x = self._x(0, cell) + cell / 2
                draw_gap_flag(painter, QPointF(flag_x, y + self.row_h / 2), cell * 0.3)
            painter.setFont(bold if gap else self.font())
            text_rect = label_rect.adjusted(cell if not rtl else 4, 0, -4 if not rtl else -cell, 0)
            text = row_text(QFontMetricsF(painter.font()), m.indicators[row][1],
                            text_rect.width(), two_lines=self.row_h > self.cell)
            painter.setPen(QColor("#111111"))
            align = Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
            painter.drawText(text_rect, align, text)
            best = QRectF(self._x(self.row_header, cell), y + (self.row_h - cell) / 2, cell,
                          cell)
            painter.setPen(QPen(QColor("#888888"), 1))
            painter.drawRect(best)
            draw_level(painter, self.best[row], best.adjusted(1, 1, -1, -1))
            if gap:
                painter.setPen(QPen(GAP_MARK, 2))
                painter.drawRect(best.adjusted(1, 1, -1, -1))
        painter.restore()

    def _paint_column_headers(self, painter: QPainter, first: int, last: int, x0: int) -> None:
        m = self.matrix
        cell, top = self.cell, self.header
        metrics = QFontMetricsF(self.font())
        vw = self.viewport().width()
        painter.save()
        painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # user text
        painter.setPen(QColor("#111111"))
        # the "best" column's heading, horizontal text would not fit: rotate like the others
        best = QCoreApplication.translate("CoverageHeatmap", "Best coverage")
        heads = [(self._x(self.row_header, cell), best, True)]
        for col in range(first, last):
            heads.append((self._x(self.fixed_width + col * cell - x0, cell), m.sources[col][1],
                          False))
        for x, text, fixed in heads:
            if not fixed:
                logical = vw - x - cell if self.isRightToLeft() else x
                if logical < self.fixed_width - 1:
                    continue
            font = QFont(self.font())
            font.setBold(fixed)
            painter.setFont(font)
            text = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                  self.col_label - metrics.height() * 0.3)
            painter.save()
            painter.translate(x + cell / 2 + metrics.ascent() / 2 - 1, top - 4)
            painter.rotate(-90)
            painter.drawText(QPointF(0, 0), text)
            painter.restore()
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.drawLine(QPointF(0, top - 0.5), QPointF(vw, top - 0.5))
        painter.restore()

    def _paint_legend(self, painter: QPainter) -> None:
        """The legend lives in the empty corner above the row headers."""
        metrics = QFontMetricsF(self.font())
        step = self.line * 1.35
        width = self.row_header - self.line
        left = self._x(self.line * 0.3, width)
        rtl = self.isRightToLeft()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.save()
        painter.setFont(bold)
        painter.setPen(QColor("#111111"))
        y = self.line * 0.3
        painter.drawText(QRectF(left, y, width, self.line), Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft),
            QCoreApplication.translate("CoverageHeatmap",
                                       "Coverage of each indicator by each data source"))
        painter.setFont(self.font())
        swatch = self.line * 1.15
        rows = [(lvl, palette.enum_label("coverage", "level", lvl)) for lvl in LEVELS]
        rows.append(("gap", QCoreApplication.translate("CoverageHeatmap",
                                                       "No data source for this indicator")))
        for i, (level, text) in enumerate(rows):
            y = self.line * 0.3 + step * (i + 1)
            box_x = left + width - swatch if rtl else left
            box = QRectF(box_x, y, swatch, swatch)
            if level == "gap":
                painter.fillRect(box, GAP_TINT)
                draw_gap_flag(painter, box.center(), swatch * 0.32)
            else:
                painter.setPen(QPen(QColor("#888888"), 1))
                painter.drawRect(box)
                draw_level(painter, level, box.adjusted(1, 1, -1, -1))
            painter.setPen(QColor("#111111"))
            text_rect = QRectF(left if rtl else left + swatch + 6, y, width - swatch - 6, swatch)
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft), text)
        painter.restore()

    # --- events ---------------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            text = self.tooltip_at(help_event.pos())
            if text:
                QToolTip.showText(help_event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def tooltip_at(self, pos: QPoint) -> str:
        m = self.matrix
        row, col = self.row_at(pos.y()), self.column_at(pos.x())
        if row is not None:
            indicator = m.indicators[row][1]
            if col is None:
                level = palette.enum_label("coverage", "level", self.best[row])
                return QCoreApplication.translate(
                    "CoverageHeatmap", "{indicator}\nBest coverage: {level}").format(
                    indicator=indicator, level=level)
            key = m.cells.get((m.indicators[row][0], m.sources[col][0]))
            level = (palette.enum_label("coverage", "level", key) if key
                     else QCoreApplication.translate("CoverageHeatmap", "not recorded"))
            return QCoreApplication.translate(
                "CoverageHeatmap", "{indicator}\n{source}\nCoverage: {level}").format(
                indicator=indicator, source=m.sources[col][1], level=level)
        if col is not None and pos.y() < self.header:
            return m.sources[col][1]
        return ""

    def current_rect(self) -> QRectF:
        """The keyboard's cell in viewport coordinates."""
        row, col = self.current
        left = self._x(self.fixed_width + col * self.cell - self._h_offset(), self.cell)
        top = self.header + row * self.row_h - self.verticalScrollBar().value()
        return QRectF(left, top, self.cell, self.row_h)

    def keyPressEvent(self, event) -> None:
        """Arrows move the keyboard's cell, Enter opens its indicator: the heatmap
        without a mouse (the cell's coverage is in the accessible description)."""
        m = self.matrix
        if not m.indicators or not m.sources:
            super().keyPressEvent(event)
            return
        row, col = self.current
        key = event.key()
        right = -1 if self.isRightToLeft() else 1
        moves = {Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0),
                 Qt.Key.Key_Right: (0, right), Qt.Key.Key_Left: (0, -right)}
        if key in moves:
            dr, dc = moves[key]
            row = min(max(row + dr, 0), len(m.indicators) - 1)
            col = min(max(col + dc, 0), len(m.sources) - 1)
            self.current = (row, col)
            self._describe_current()
            self.viewport().update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.owner.cellActivated.emit(m.indicators[row][0], m.sources[col][0])
        else:
            super().keyPressEvent(event)

    def _describe_current(self) -> None:
        row, col = self.current
        m = self.matrix
        key = m.cells.get((m.indicators[row][0], m.sources[col][0]))
        level = (palette.enum_label("coverage", "level", key) if key
                 else QCoreApplication.translate("CoverageHeatmap", "not recorded"))
        self.setAccessibleDescription(QCoreApplication.translate(
            "CoverageHeatmap", "{indicator}\n{source}\nCoverage: {level}").format(
            indicator=m.indicators[row][1], source=m.sources[col][1], level=level))

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self.matrix.indicators and self.matrix.sources:
            self._describe_current()
        self.viewport().update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        row, col = self.row_at(pos.y()), self.column_at(pos.x())
        if row is not None:
            source = self.matrix.sources[col][0] if col is not None else ""
            self.owner.cellActivated.emit(self.matrix.indicators[row][0], source)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_row_header()
        self._update_scrollbars()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._measure()


class CoverageHeatmap(PictureFrame):
    """Which indicators the country's data sources can feed, and how well."""

    cellActivated = Signal(str, str)  # indicator id, data source id ("" for the row)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("coverageHeatmap")
        self.summary = QLabel(self._body)
        self.summary.setObjectName("coverageSummary")
        self.summary.setWordWrap(True)
        self.summary.setMargin(6)
        self.area = _HeatmapArea(self)
        self.area.setObjectName("coverageArea")
        column = QVBoxLayout(self._body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.area, 1)
        self.refresh()

    def refresh(self) -> None:
        ws = self.workshop
        if ws is None:
            self.area.set_matrix(figures.CoverageMatrix([], [], {}))
            self.no_workshop_message()
            return
        matrix = figures.coverage_matrix(ws)
        self.area.set_matrix(matrix)
        if not matrix.indicators:
            self.show_message(self.tr("Nothing to show yet."),
                              self.tr("Add the indicators the plan will track and record which "
                                      "data sources can feed them."))
            return
        gaps = self.area.best.count("none")
        total = len(matrix.indicators)
        if gaps:
            text = self.tr("{gaps} of {total} indicators have no data source yet "
                           "(marked with a warning sign).").format(gaps=gaps, total=total)
        else:
            text = self.tr("Every one of the {total} indicators has at least one data "
                           "source.").format(total=total)
        if not matrix.sources:
            text += " " + self.tr("No coverage has been recorded yet.")
        elif matrix.idle_sources:
            text += " " + self.tr("Data sources that cover no indicator: {names}.").format(
                names="; ".join(name for _, name in matrix.idle_sources))
        self.summary.setText(text)
        self.show_picture()

    def gaps(self) -> list[str]:
        """Ids of the indicators that no source covers (tests and the smoke command)."""
        return [i for (i, _), best in zip(self.area.matrix.indicators, self.area.best,
                                          strict=True) if best == "none"]


__all__ = ["CoverageHeatmap", "draw_level"]

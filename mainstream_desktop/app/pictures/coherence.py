"""Policy coherence across the reviewed sectors, for the sectoral review step.

One row per sector, weakest first: the group sees at once where migration and the
sector's policies pull in different directions. The score bar is coloured *and*
numbered, the policy counts are written inside their segments and the segments have
patterns, so the picture reads the same in grey-scale and for colour-blind viewers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import QFrame, QScrollArea, QToolTip, QVBoxLayout, QWidget

from mainstream_desktop.app.pictures import palette
from mainstream_desktop.app.pictures.common import PictureFrame
from mainstream_desktop.core import figures
from mainstream_desktop.core.figures import SectorCoherence

_V = figures.VERDICT_COLOURS
SEGMENTS = (  # policy verdict -> fill, pattern (the report's colours)
    ("coherent", QColor(_V["coherent"]), Qt.BrushStyle.SolidPattern),
    ("partly", QColor(_V["partly"]), Qt.BrushStyle.BDiagPattern),
    # the alarm: full strength, with a white cross-hatch that tells it from "coherent"
    # without colour
    ("incoherent", QColor(_V["incoherent"]), Qt.BrushStyle.DiagCrossPattern),
    ("unknown", QColor("#BBBBBB"), Qt.BrushStyle.Dense6Pattern),
)
STRONG = {Qt.BrushStyle.SolidPattern, Qt.BrushStyle.DiagCrossPattern}


def score_colour(score: float) -> QColor:
    if score < 2.5:
        return QColor(palette.VERMILLION)
    if score < 3.5:
        return QColor(palette.ORANGE)
    return QColor(palette.BLUISH_GREEN)


def weakest_first(rows: list[SectorCoherence]) -> list[SectorCoherence]:
    """Lowest score first; more incoherent policies break ties; unscored sectors last."""
    return sorted(rows, key=lambda s: (s.score is None, s.score or 0.0, -s.incoherent,
                                       -s.partly, s.label.casefold()))


def _counts(s: SectorCoherence) -> dict[str, int]:
    return {"coherent": s.coherent, "partly": s.partly, "incoherent": s.incoherent,
            "unknown": max(0, s.policies - s.coherent - s.partly - s.incoherent)}


def draw_segment(painter: QPainter, rect: QRectF, fill: QColor,
                 pattern: Qt.BrushStyle) -> None:
    """A bar segment: a light tint of its colour with a pattern in the full colour, or
    (coherent, incoherent) the full colour, incoherent's crossed with white lines."""
    tint = QColor(fill)
    tint.setAlpha(255 if pattern in STRONG else 90)
    painter.fillRect(rect, tint)
    if pattern == Qt.BrushStyle.DiagCrossPattern:
        painter.fillRect(rect, QBrush(QColor(255, 255, 255, 150), pattern))
    elif pattern != Qt.BrushStyle.SolidPattern:
        painter.fillRect(rect, QBrush(fill.darker(115), pattern))


class _Canvas(QWidget):
    def __init__(self, owner: CoherenceOverview):
        super().__init__()
        self.owner = owner
        self.rows: list[SectorCoherence] = []
        self.setMouseTracking(True)

    def set_rows(self, rows: list[SectorCoherence]) -> None:
        self.rows = rows
        self.updateGeometry()
        self.update()

    def _metrics(self) -> tuple[float, float, float]:
        """Line height, row height and header height, from the font and the width."""
        line = QFontMetricsF(self.font()).height()
        legend_lines = len(self._legend_layout())
        head = line * (0.4 + 1.35 * legend_lines + 0.3) + self._heading_height()
        return line, line * 2.4, head

    def _headings(self) -> list[tuple[float, float, str]]:
        """(logical x, width, text) of the three column headings."""
        label_w, score_x, score_w, pol_x, pol_w = self._columns()
        sector = QCoreApplication.translate("CoherenceOverview", "Sector (weakest first)")
        score = QCoreApplication.translate(
            "CoherenceOverview", "Coherence score (1 = incoherent, 5 = fully coherent)")
        policies = QCoreApplication.translate("CoherenceOverview", "Policies by verdict")
        return [(self._margin(), label_w, sector), (score_x, score_w, score),
                (pol_x, pol_w, policies)]

    def _heading_height(self) -> float:
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetricsF(bold)
        flags = int(Qt.TextFlag.TextWordWrap)
        return max(metrics.boundingRect(QRectF(0, 0, max(1.0, w), 10_000), flags, text).height()
                   for _, w, text in self._headings()) + metrics.height() * 0.3

    def sizeHint(self) -> QSize:
        line, row_h, head = self._metrics()
        em = QFontMetricsF(self.font()).horizontalAdvance("M")
        return QSize(int(em * 50), int(head + row_h * len(self.rows) + line))

    def minimumSizeHint(self) -> QSize:
        return QSize(int(QFontMetricsF(self.font()).horizontalAdvance("M") * 30),
                     self.sizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.sizeHint().height()

    def _margin(self) -> float:
        return QFontMetricsF(self.font()).horizontalAdvance("M") * 0.6

    def _columns(self) -> tuple[float, float, float, float, float]:
        """Logical x of the label, score and policy columns, and their widths."""
        metrics = QFontMetricsF(self.font())
        m = self._margin()
        width = self.width() - 2 * m
        pad = metrics.horizontalAdvance("M")
        widest = max((metrics.horizontalAdvance(r.label) for r in self.rows), default=pad * 10)
        label_w = min(widest + pad * 0.5, width * 0.38)
        rest = width - label_w - pad * 2
        score_w = rest * 0.5
        return label_w, m + label_w + pad, score_w, m + label_w + pad * 2 + score_w, \
            rest - score_w

    def _legend_layout(self) -> list[list[tuple[str, QColor, Qt.BrushStyle, str, float]]]:
        """The policy legend's entries, wrapped into lines that fit the width."""
        metrics = QFontMetricsF(self.font())
        sw = metrics.height() * 0.9
        space = metrics.horizontalAdvance("MM")
        title = QCoreApplication.translate("CoherenceOverview", "Policies:")
        title_w = metrics.horizontalAdvance(title) + space / 2
        avail = max(sw * 4, self.width() - 2 * self._margin())
        lines: list[list] = [[]]
        x = title_w
        for key, fill, pattern in SEGMENTS:
            label = palette.enum_label("policies", "coherence", key)
            w = sw + 6 + metrics.horizontalAdvance(label)
            if lines[-1] and x + w > avail:
                lines.append([])
                x = title_w
            lines[-1].append((key, fill, pattern, label, x))
            x += w + space
        return lines

    def _x(self, left: float, width: float) -> float:
        return self.width() - left - width if self.isRightToLeft() else left

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        font = self.font()
        metrics = QFontMetricsF(font)
        line, row_h, head = self._metrics()
        label_w, score_x, score_w, pol_x, pol_w = self._columns()
        m = self._margin()
        pad = metrics.horizontalAdvance("M")
        rtl = self.isRightToLeft()
        start = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        self._paint_header(painter, head, label_w, score_x, score_w, pol_x, pol_w)
        most = max((r.policies for r in self.rows), default=1) or 1
        unit = min(pol_w / most, pad * 6)
        number_w = metrics.horizontalAdvance("5.0") + pad * 0.6
        bar_w = max(pad, score_w - number_w)
        bold = QFont(font)
        bold.setBold(True)
        for i, r in enumerate(self.rows):
            y = head + i * row_h
            if i % 2:
                painter.fillRect(QRectF(0, y, self.width(), row_h), QColor("#F4F4F4"))
            weak = r.score is not None and r.score < 2.5
            painter.setFont(bold if weak else font)
            painter.setPen(QColor("#111111"))
            self._paint_label(painter, r.label, QRectF(self._x(m, label_w), y, label_w, row_h))
            painter.setFont(font)
            bar_h = line * 0.9
            bar_y = y + (row_h - bar_h) / 2
            track = QRectF(self._x(score_x, bar_w), bar_y, bar_w, bar_h)
            painter.fillRect(track, QColor("#E4E4E4"))
            if r.score is None:
                painter.setPen(QColor("#444444"))
                painter.drawText(track, Qt.AlignmentFlag.AlignCenter,
                                 QCoreApplication.translate("CoherenceOverview", "not assessed"))
            else:
                filled = bar_w * r.score / 5
                painter.fillRect(QRectF(self._x(score_x, filled), bar_y, filled, bar_h),
                                 score_colour(r.score))
                painter.setPen(QColor("#111111"))
                painter.setFont(bold)
                painter.drawText(QRectF(self._x(score_x + bar_w + pad * 0.3, number_w), y,
                                        number_w, row_h),
                                 start | Qt.AlignmentFlag.AlignVCenter,
                                 self.owner.locale().toString(r.score, "f", 1))
                painter.setFont(font)
            for tick in range(1, 5):  # a ruler at 1…4 so lengths read as scores
                tx = score_x + bar_w * tick / 5
                tx = self.width() - tx if rtl else tx
                painter.setPen(QPen(QColor("#FFFFFF"), 1))
                painter.drawLine(QPointF(tx, bar_y), QPointF(tx, bar_y + bar_h))
            self._paint_policies(painter, r, QRectF(pol_x, bar_y, pol_w, bar_h), unit, y, row_h)

    def _paint_label(self, painter: QPainter, text: str, rect: QRectF) -> None:
        """The sector's name on up to two lines; elided only when even that is too short."""
        metrics = QFontMetricsF(painter.font())
        align = (Qt.AlignmentFlag.AlignRight if self.isRightToLeft()
                 else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter
        wrap = align | Qt.TextFlag.TextWordWrap
        needed = metrics.boundingRect(QRectF(0, 0, rect.width() - 4, 10_000), wrap, text)
        if needed.height() <= metrics.height() * 2.05:
            painter.drawText(rect, wrap, text)
        else:
            painter.drawText(rect, align, metrics.elidedText(
                text, Qt.TextElideMode.ElideRight, rect.width() - 4))

    def _paint_header(self, painter: QPainter, head: float, label_w: float, score_x: float,
                      score_w: float, pol_x: float, pol_w: float) -> None:
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        m = self._margin()
        rtl = self.isRightToLeft()
        start = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        bold = QFont(self.font())
        bold.setBold(True)
        # legend of the policy segments, across the top
        sw = line * 0.9
        y = line * 0.4
        painter.setFont(bold)
        title = QCoreApplication.translate("CoherenceOverview", "Policies:")
        painter.setPen(QColor("#111111"))
        painter.drawText(QRectF(self._x(m, metrics.horizontalAdvance(title) * 1.2), y - 2,
                                metrics.horizontalAdvance(title) * 1.2, sw + 4),
                         start | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(self.font())
        for entries in self._legend_layout():
            for _key, fill, pattern, label, x in entries:
                rect = QRectF(self._x(m + x, sw), y, sw, sw)
                draw_segment(painter, rect, fill, pattern)
                tw = metrics.horizontalAdvance(label) + 2
                painter.setPen(QColor("#111111"))
                painter.drawText(QRectF(self._x(m + x + sw + 6, tw), y - 2, tw, sw + 4),
                                 Qt.AlignmentFlag.AlignCenter, label)
            y += line * 1.35
        # column headings, bottom-aligned on the rule
        painter.setFont(bold)
        flags = start | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
        h = self._heading_height()
        for x, w, text in self._headings():
            painter.drawText(QRectF(self._x(x, w), head - h - line * 0.2, w, h), flags, text)
        painter.setFont(self.font())
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.drawLine(QPointF(0, head - 1), QPointF(self.width(), head - 1))

    def _paint_policies(self, painter: QPainter, r: SectorCoherence, area: QRectF, unit: float,
                        y: float, row_h: float) -> None:
        metrics = QFontMetricsF(self.font())
        if r.policies == 0:
            painter.setPen(QColor("#444444"))
            painter.drawText(QRectF(self._x(area.left(), area.width()), y, area.width(), row_h),
                             Qt.AlignmentFlag.AlignVCenter | (
                                 Qt.AlignmentFlag.AlignRight if self.isRightToLeft()
                                 else Qt.AlignmentFlag.AlignLeft),
                             QCoreApplication.translate("CoherenceOverview", "no policy recorded"))
            return
        x = area.left()
        counts = _counts(r)
        for key, fill, pattern in SEGMENTS:
            n = counts[key]
            if not n:
                continue
            w = unit * n
            rect = QRectF(self._x(x, w), area.top(), w, area.height())
            draw_segment(painter, rect, fill, pattern)
            painter.setPen(QPen(QColor("#FFFFFF"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            text = str(n)
            if metrics.horizontalAdvance(text) + 6 <= w:
                box = QRectF(0, 0, metrics.horizontalAdvance(text) + 6, metrics.height() * 0.95)
                box.moveCenter(rect.center())
                painter.fillRect(box, QColor(255, 255, 255, 225))
                painter.setPen(QColor("#111111"))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            x += w

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            _line, row_h, head = self._metrics()
            row = int((help_event.pos().y() - head) // row_h)
            if help_event.pos().y() >= head and 0 <= row < len(self.rows):
                QToolTip.showText(help_event.globalPos(), self.owner.describe(self.rows[row]),
                                  self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class CoherenceOverview(PictureFrame):
    """Sectors by coherence score, with how their policies were judged; weakest first."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("coherenceOverview")
        self.canvas = _Canvas(self)
        self.canvas.setObjectName("coherenceCanvas")
        self.scroll = QScrollArea(self._body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setWidget(self.canvas)
        column = QVBoxLayout(self._body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.scroll)
        self.refresh()

    def refresh(self) -> None:
        ws = self.workshop
        if ws is None:
            self.canvas.set_rows([])
            self.no_workshop_message()
            return
        rows = weakest_first(figures.coherence_by_sector(ws))
        self.canvas.set_rows(rows)
        if not rows:
            self.show_message(self.tr("Nothing to show yet."),
                              self.tr("Choose the sectors to review, then score how coherent "
                                      "their policies are with migration."))
            return
        self.show_picture()

    def rows(self) -> list[SectorCoherence]:
        """The sectors in drawing order (weakest first)."""
        return list(self.canvas.rows)

    def describe(self, r: SectorCoherence) -> str:
        score = (self.locale().toString(r.score, "f", 1) if r.score is not None
                 else self.tr("not assessed"))
        priority = (palette.enum_label("sectors", "priority", r.priority) if r.priority
                    else self.tr("not set"))
        return self.tr("{sector}\nCoherence score: {score}\nPriority: {priority}\n"
                       "Policies: {coherent} coherent, {partly} partly, {incoherent} incoherent "
                       "of {total}").format(
            sector=r.label, score=score, priority=priority, coherent=r.coherent,
            partly=r.partly, incoherent=r.incoherent, total=r.policies)

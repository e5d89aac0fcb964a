"""The pieces of the power–interest grid: where cells are, and a draggable stakeholder.

A stakeholder item only tells the canvas what the user did (clicked, dropped on a cell,
pressed an arrow key); the canvas turns that into the view's signals.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from mainstream_desktop.app.pictures.palette import paint_item_marker
from mainstream_desktop.core.figures import GridPoint

if TYPE_CHECKING:
    from mainstream_desktop.app.pictures.grid import GridCanvas

CELLS = 5
QUADRANT_TINT = {
    "manage_closely": QColor("#FBE3CF"),
    "keep_satisfied": QColor("#FDF3D0"),
    "keep_informed": QColor("#DDEEF8"),
    "monitor": QColor("#EFEFEF"),
}


class GridGeometry:
    """Where the grid sits in the viewport, recomputed on resize and font change."""

    def __init__(self) -> None:
        self.grid = QRectF()
        self.rtl = False
        self.font = QFont()
        self.radius = 6.0
        self.hidden: Counter[tuple[int, int]] = Counter()  # names left out, per cell
        self.counts: Counter[tuple[int, int]] = Counter()

    @property
    def cell_w(self) -> float:
        return self.grid.width() / CELLS

    @property
    def cell_h(self) -> float:
        return self.grid.height() / CELLS

    def column(self, interest: int) -> int:
        """Column index from the left (interest grows away from the reading start)."""
        return CELLS - interest if self.rtl else interest - 1

    def cell_rect(self, influence: int, interest: int) -> QRectF:
        return QRectF(self.grid.left() + self.column(interest) * self.cell_w,
                      self.grid.top() + (CELLS - influence) * self.cell_h,
                      self.cell_w, self.cell_h)

    def point(self, p: GridPoint) -> QPointF:
        centre = self.cell_rect(p.influence, p.interest).center()
        dx = -p.dx if self.rtl else p.dx
        return QPointF(centre.x() + dx * self.cell_w, centre.y() - p.dy * self.cell_h)

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(influence, interest) of the cell under ``pos``, None outside the grid."""
        if not self.grid.contains(pos):
            return None
        col = min(CELLS - 1, int((pos.x() - self.grid.left()) / self.cell_w))
        row = min(CELLS - 1, int((pos.y() - self.grid.top()) / self.cell_h))
        interest = CELLS - col if self.rtl else col + 1
        return CELLS - row, interest


class StakeholderItem(QGraphicsItem):
    """One stakeholder: its type marker and short name; dragged to another cell."""

    def __init__(self, geo: GridGeometry, canvas: GridCanvas):
        super().__init__()
        self.geo = geo
        self.canvas = canvas
        self.point: GridPoint | None = None
        self.text = ""  # the (elided) name drawn beside the marker
        self.side = 1  # +1 name right of the marker, −1 left, ±2 above/below, 0 hidden,
        # 3: at ``placed`` (a box relative to the marker, chosen by core.chart_layout)
        self.placed = QRectF()
        self.font_scale = 1.0  # a crowded cell draws marker and acronym a little smaller
        self._press: QPointF | None = None
        self._origin = QPointF()
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def set_point(self, point: GridPoint) -> None:
        if point != self.point:
            self.point = point
            self.setToolTip(self.canvas.describe(point))
            self.update()

    def label_visible(self) -> bool:
        return self.side != 0 and bool(self.text)

    def label_rect(self, side: int | None = None) -> QRectF:
        """The name's box by the marker: side +1 right of it, −1 left, +2 above, −2 below."""
        side = self.side if side is None else side
        if side == 3:
            return QRectF(self.placed)
        metrics = QFontMetricsF(self.label_font())
        gap = self.radius * 1.3 + 3
        lines = self.text.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines) + 2
        height = metrics.height() * len(lines)
        if side in (2, -2):
            top = -self.radius - 1 - height if side == 2 else self.radius + 1
            return QRectF(-width / 2, top, width, height)
        left = gap if side > 0 else -gap - width
        return QRectF(left, -height / 2, width, height)

    @property
    def radius(self) -> float:
        """The marker's radius: smaller, with its type, in a stacked crowded cell."""
        return self.geo.radius * self.font_scale

    def label_font(self) -> QFont:
        if self.font_scale == 1.0:
            return self.geo.font
        font = QFont(self.geo.font)
        font.setPointSizeF(font.pointSizeF() * self.font_scale)
        return font

    def boundingRect(self) -> QRectF:
        r = self.radius * 1.6 + 2
        box = QRectF(-r, -r, 2 * r, 2 * r)
        return box.united(self.label_rect()) if self.label_visible() else box

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        p = self.point
        if p is None:
            return
        radius = self.radius
        if self.hasFocus() or self._press is not None:
            painter.setPen(QPen(QColor("#000000"), 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), radius * 1.6, radius * 1.6)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_item_marker(painter, p.type, radius, 1.2)
        if not self.label_visible():
            return
        rect = self.label_rect()
        # A soft halo keeps the name readable over grid lines.
        painter.fillRect(rect, QColor(255, 255, 255, 160))
        painter.setFont(self.label_font())
        painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        painter.setPen(QColor("#111111"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text)

    def shape(self) -> QPainterPath:
        """Grab on the marker (a little generously) or on the name, nowhere else."""
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)  # overlapping parts must not cancel
        path.addEllipse(QPointF(0, 0), self.radius * 1.4 + 2, self.radius * 1.4 + 2)
        if self.label_visible():
            path.addRect(self.label_rect())
        return path

    # --- dragging -------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._press = event.scenePos()
        self._origin = self.pos()
        self.setZValue(10)
        self.setFocus()
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None:
            return
        self.setPos(self._origin + event.scenePos() - self._press)
        self.canvas.set_target(self.geo.cell_at(self.pos()))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None or self.point is None:
            return
        moved = (event.scenePos() - self._press).manhattanLength()
        target = self.geo.cell_at(self.pos())
        self._press = None
        self.setZValue(0)
        self.setPos(self._origin)  # the refresh after the update puts it in its new place
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.canvas.set_target(None)
        point = self.point
        if moved < QApplication.startDragDistance():
            self.canvas.activated(point.id)
        elif target is not None and target != (point.influence, point.interest):
            self.canvas.moved(point.id, *target)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.point is not None:
            self.canvas.activated(self.point.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys move the focused stakeholder one cell: the grid without a mouse."""
        p = self.point
        if p is None:
            return
        key = event.key()
        step_right = -1 if self.geo.rtl else 1
        delta = {Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0),
                 Qt.Key.Key_Right: (0, step_right), Qt.Key.Key_Left: (0, -step_right)}.get(key)
        if delta is not None:
            influence = min(CELLS, max(1, p.influence + delta[0]))
            interest = min(CELLS, max(1, p.interest + delta[1]))
            if (influence, interest) != (p.influence, p.interest):
                self.canvas.moved(p.id, influence, interest)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.canvas.activated(p.id)
        else:
            event.ignore()

"""The power–interest grid of the institutional mapping step, where stakeholders are dragged.

Dropping a stakeholder on another cell only *asks* for the change (``stakeholderMoved``):
the page wraps the update in an undoable command and calls :meth:`refresh`, so the
grid never writes to the file behind the undo stack. Positions and crowding offsets come
from :func:`core.figures.power_interest`, the same numbers the PDF report draws.

Geometry is in viewport pixels (the scene is the viewport), so text keeps the widget's
font size at any window size and grows with presentation mode; a resize only moves the
existing items. Items are reused across refreshes, which keeps a refresh of 2,000
stakeholders well under a frame budget and makes it safe to refresh from inside a drop.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QMenu,
    QWidget,
)

from mainstream_desktop.app.pictures.common import Legend, PictureFrame
from mainstream_desktop.app.pictures.grid_items import (
    CELLS,
    QUADRANT_TINT,
    GridGeometry,
    StakeholderItem,
)
from mainstream_desktop.app.pictures.palette import (
    draw_marker,
    type_label,
    type_order,
)
from mainstream_desktop.core import figures
from mainstream_desktop.core.chart_layout import Box, LabelRequest, place_labels
from mainstream_desktop.core.figures import GridPoint


class GridCanvas(QGraphicsView):
    """The drawing: quadrants, axes and the stakeholder items."""

    def __init__(self, owner: PowerInterestView):
        super().__init__(owner)
        self.owner = owner
        self.geo = GridGeometry()
        self.items_by_id: dict[str, StakeholderItem] = {}
        self._target: tuple[int, int] | None = None
        self._name_boxes: list[QRectF] = []  # quadrant names, kept clear of badges
        self._quadrants: list[tuple[str, QRectF, QFont, str]] = []
        self.cell_list: QMenu | None = None  # the last crowded cell opened as a list
        self.setScene(QGraphicsScene(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.BoundingRectViewportUpdate)
        self.setBackgroundBrush(QColor("#FFFFFF"))

    def describe(self, p: GridPoint) -> str:
        text = QCoreApplication.translate(
            "PowerInterestView", "{name}\n{type}\nInfluence {influence}, interest {interest}")
        return text.format(name=p.name, type=type_label(p.type), influence=p.influence,
                           interest=p.interest)

    def activated(self, record_id: str) -> None:
        self.owner.stakeholderActivated.emit(record_id)

    def moved(self, record_id: str, influence: int, interest: int) -> None:
        self.owner.move_stakeholder(record_id, influence, interest)

    def set_target(self, cell: tuple[int, int] | None) -> None:
        if cell != self._target:
            self._target = cell
            self.scene().invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    # --- content ----------------------------------------------------------------------
    def set_points(self, points: list[GridPoint]) -> None:
        """Reuse, add and drop items so they match ``points``."""
        scene = self.scene()
        wanted = {p.id for p in points}
        for rid in [rid for rid in self.items_by_id if rid not in wanted]:
            scene.removeItem(self.items_by_id.pop(rid))
        for p in points:
            item = self.items_by_id.get(p.id)
            if item is None:
                item = StakeholderItem(self.geo, self)
                self.items_by_id[p.id] = item
                scene.addItem(item)
            item.set_point(p)
        self.geo.counts = Counter((p.influence, p.interest) for p in points)
        self.relayout()

    def relayout(self) -> None:
        """Fit the grid to the viewport and the font; move every item to its place."""
        geo = self.geo
        geo.font = self.font()
        geo.rtl = self.isRightToLeft()
        metrics = QFontMetricsF(geo.font)
        line = metrics.height()
        size = self.viewport().size()
        self.scene().setSceneRect(QRectF(0, 0, size.width(), size.height()))
        tick = metrics.horizontalAdvance("5") + line * 0.8
        top, bottom = line * 1.8, line * 2.6
        grid = QRectF(0, top, max(50.0, size.width() - tick - line * 0.6),
                      max(50.0, size.height() - top - bottom))
        grid.moveLeft(line * 0.6 if geo.rtl else tick)
        geo.grid = grid
        crowd = max(geo.counts.values(), default=1)
        cell = min(geo.cell_w, geo.cell_h)
        geo.radius = max(3.0, min(line * 0.42, cell * 0.32 / math.sqrt(crowd)))
        by_cell: dict[tuple[int, int], list[StakeholderItem]] = defaultdict(list)
        for item in self.items_by_id.values():
            item.prepareGeometryChange()
            if item.point is not None:
                item.setPos(geo.point(item.point))
                by_cell[(item.point.influence, item.point.interest)].append(item)
        self._quadrants = self._layout_quadrant_names()
        self._name_boxes = [rect for _key, rect, _font, _text in self._quadrants]
        geo.hidden = Counter()
        for cell_key, members in by_cell.items():
            rect = geo.cell_rect(*cell_key)
            hidden = self._place_names(rect, members)
            if hidden:  # a crowded cell: every marker still gets its acronym if it can
                hidden = self._place_short(rect, members)
            if hidden:
                hidden = self._stack_short(rect, members)
            geo.hidden[cell_key] = hidden
        self.scene().invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def _place_names(self, cell: QRectF, members: list[StakeholderItem]) -> int:
        """Put each name on a free side of its marker, inside the cell; hide the rest.

        Returns how many names were left out (the cell then shows its head count).
        """
        geo = self.geo
        metrics = QFontMetricsF(geo.font)
        room = cell.width() / 2 - geo.radius * 1.3 - 6
        if len(members) * metrics.height() > cell.height() * 3 or room < metrics.height():
            for item in members:
                item.side, item.text = 0, ""
            return len(members)
        r = geo.radius * 1.3
        markers = [QRectF(i.pos().x() - r, i.pos().y() - r, 2 * r, 2 * r) for i in members]
        placed: list[QRectF] = list(self._name_boxes)  # quadrant names stay readable
        hidden = 0
        preferred = (-1, 1, -2, 2) if geo.rtl else (1, -1, -2, 2)
        width = room + cell.width() / 2 - 8
        for index, item in enumerate(members):
            item.font_scale = 1.0
            if item.point is None:
                continue
            item.side = 0
            for text in label_candidates(item.point, metrics, width):
                item.text = text
                for side in preferred:
                    rect = item.label_rect(side).translated(item.pos())
                    if not cell.adjusted(2, 2, -2, -2).contains(rect):
                        continue
                    if any(rect.intersects(o) for o in placed) or any(
                            rect.intersects(m) for j, m in enumerate(markers) if j != index):
                        continue
                    item.side = side
                    placed.append(rect)
                    break
                if item.side:
                    break
            hidden += item.side == 0
        return hidden

    def _short_texts(self, members: list[StakeholderItem]) -> list[str]:
        return [short_label(i.point) if i.point else "" for i in members]

    def _place_short(self, cell: QRectF, members: list[StakeholderItem]) -> int:
        """Acronyms beside the markers where they stand, placed by core.chart_layout so
        none covers another label, a marker or a quadrant's name. All or nothing: a
        cell where one is left out is stacked instead (:meth:`_stack_short`)."""
        metrics = QFontMetricsF(self.geo.font)
        r = self.geo.radius * 1.3
        requests = []
        for item, text in zip(members, self._short_texts(members), strict=True):
            pos = item.pos()
            requests.append(LabelRequest(str(id(item)), pos.x(), pos.y(), r,
                                         metrics.horizontalAdvance(text) + 2,
                                         metrics.height()))
        inner = cell.adjusted(2, 2, -2, -2)
        placed = place_labels(requests, Box(inner.x(), inner.y(), inner.width(),
                                            inner.height()),
                              gap=2, pad=1, leaders=False, rtl=self.geo.rtl,
                              obstacles=[Box(b.x(), b.y(), b.width(), b.height())
                                         for b in self._name_boxes])
        if len(placed) < len(members):
            return len(members)
        for item, text in zip(members, self._short_texts(members), strict=True):
            box = placed[str(id(item))].box
            item.text, item.side = text, 3
            item.placed = QRectF(box.x - item.pos().x(), box.y - item.pos().y(), box.w, box.h)
        return 0

    def _stack_short(self, cell: QRectF, members: list[StakeholderItem]) -> int:
        """Markers with their acronyms in tidy columns inside the cell (still in their own
        cell, so no score is suggested). Returns how many did not fit (0 or all): such
        a cell keeps its head count, and a click on it lists its stakeholders."""
        geo = self.geo
        texts = self._short_texts(members)
        inner = cell.adjusted(3, 3, -3, -3)
        for box in self._name_boxes:  # the quadrant's name keeps its strip of the cell
            if box.intersects(inner):
                if box.center().y() < inner.center().y():
                    inner.setTop(box.bottom() + 1)
                else:
                    inner.setBottom(box.top() - 1)
        for scale in (1.0, 0.9, 0.8, 0.7, 0.6):  # smaller markers and type before giving up
            r = geo.radius * 1.3 * scale
            font = QFont(geo.font)
            font.setPointSizeF(font.pointSizeF() * scale)
            metrics = QFontMetricsF(font)
            slot_w = 2 * r + 3 + max(metrics.horizontalAdvance(t) for t in texts) + 4
            slot_h = max(metrics.height(), 2 * r) + 1
            rows = int(inner.height() // slot_h)
            cols = int(inner.width() // slot_w)
            if rows >= 1 and cols * rows >= len(members):
                break
        else:
            for item in members:
                item.side, item.text, item.font_scale = 0, "", 1.0
            return len(members)
        used_cols = math.ceil(len(members) / rows)
        used_rows = math.ceil(len(members) / used_cols)
        left = inner.left() + (inner.width() - used_cols * slot_w) / 2
        top = inner.top() + (inner.height() - used_rows * slot_h) / 2
        for index, (item, text) in enumerate(zip(members, texts, strict=True)):
            col, row = divmod(index, used_rows)
            if geo.rtl:
                col = used_cols - 1 - col
            x = left + col * slot_w + (slot_w - r if geo.rtl else r)
            item.setPos(QPointF(x, top + row * slot_h + slot_h / 2))
            item.text, item.side = text, (-1 if geo.rtl else 1)
            item.font_scale = scale
        return 0

    def crowded_members(self, cell: tuple[int, int]) -> list[GridPoint]:
        """The stakeholders of a cell whose names are not all shown, else []."""
        if not self.geo.hidden[cell]:
            return []
        points = [i.point for i in self.items_by_id.values()
                  if i.point and (i.point.influence, i.point.interest) == cell]
        return sorted(points, key=lambda p: p.name.casefold())

    def open_cell_list(self, cell: tuple[int, int]) -> QMenu | None:
        """A crowded cell opens as a list of its stakeholders; choosing one opens it."""
        points = self.crowded_members(cell)
        if not points:
            return None
        menu = QMenu(self)
        menu.setObjectName("crowdedCellList")
        menu.setAccessibleName(QCoreApplication.translate(
            "PowerInterestView", "Stakeholders in this cell"))
        for p in points:
            label = p.name if p.short in (p.name, "") else f"{p.name} ({p.short})"
            action = menu.addAction(label)
            action.triggered.connect(lambda _c=False, rid=p.id: self.activated(rid))
        rect = self.geo.cell_rect(*cell)
        menu.popup(self.viewport().mapToGlobal(self.mapFromScene(rect.center())))
        self.cell_list = menu
        return menu

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.itemAt(
                event.position().toPoint()) is None:
            cell = self.geo.cell_at(self.mapToScene(event.position().toPoint()))
            if cell is not None:
                self.open_cell_list(cell)

    def focusInEvent(self, event) -> None:
        """The keyboard lands on a stakeholder (Tab to the next, arrows move it, Enter
        opens it), not on the grid as a whole."""
        super().focusInEvent(event)
        if self.scene().focusItem() is None and self.items_by_id:
            first = min(self.items_by_id.values(),
                        key=lambda i: i.point.name.casefold() if i.point else "")
            first.setFocus()
            self.setAccessibleDescription(first.toolTip())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self.relayout()

    # --- background: quadrants, grid lines, axes ---------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawBackground(painter, rect)
        geo = self.geo
        if geo.grid.isEmpty():
            return
        for influence in range(1, CELLS + 1):
            for interest in range(1, CELLS + 1):
                painter.fillRect(geo.cell_rect(influence, interest),
                                 QUADRANT_TINT[figures.quadrant(influence, interest)])
        if self._target is not None:
            painter.fillRect(geo.cell_rect(*self._target), QColor(0, 114, 178, 70))
        painter.setPen(QPen(QColor("#FFFFFF"), 2))
        for i in range(CELLS + 1):
            x = geo.grid.left() + i * geo.cell_w
            y = geo.grid.top() + i * geo.cell_h
            painter.drawLine(QPointF(x, geo.grid.top()), QPointF(x, geo.grid.bottom()))
            painter.drawLine(QPointF(geo.grid.left(), y), QPointF(geo.grid.right(), y))
        # The quadrant boundaries (where "high" starts on each scale) are what matters.
        split = geo.cell_rect(figures.HIGH, figures.HIGH)
        split_x = split.left() if not geo.rtl else split.right()
        painter.setPen(QPen(QColor("#555555"), 2))
        painter.drawLine(QPointF(split_x, geo.grid.top()), QPointF(split_x, geo.grid.bottom()))
        painter.drawLine(QPointF(geo.grid.left(), split.bottom()),
                         QPointF(geo.grid.right(), split.bottom()))
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(geo.grid)
        self._draw_quadrant_names(painter)
        self._draw_axes(painter)
        self._draw_counts(painter)

    def _layout_quadrant_names(self) -> list[tuple[str, QRectF, QFont, str]]:
        """Each quadrant's name, whole: in a smaller type if it does not fit two cells,
        on two lines if even that is too wide. (key, box, font, text)"""
        geo = self.geo
        corners = {"manage_closely": (5, 5), "keep_satisfied": (5, 1),
                   "keep_informed": (1, 5), "monitor": (1, 1)}
        out = []
        counts = figures.quadrant_counts([i.point for i in self.items_by_id.values() if i.point])
        width = geo.cell_w * 2 - 8
        if width <= 10:
            return out
        for key, (influence, interest) in corners.items():
            cell = geo.cell_rect(influence, interest)
            font = QFont(geo.font)
            font.setBold(True)
            text = figures.quadrant_title(key, counts[key])
            metrics = QFontMetricsF(font)
            size = font.pointSizeF()
            while metrics.horizontalAdvance(text) > width and font.pointSizeF() > size * 0.75:
                font.setPointSizeF(font.pointSizeF() * 0.92)
                metrics = QFontMetricsF(font)
            if metrics.horizontalAdvance(text) > width:  # wrap onto two lines
                box = metrics.boundingRect(QRectF(0, 0, width, 1000),
                                           int(Qt.TextFlag.TextWordWrap), text)
                tw, th = min(box.width(), width), box.height()
            else:
                tw, th = metrics.horizontalAdvance(text), metrics.height()
            top = influence == 5  # the name sits on the outer edge, away from the centre
            left_edge = (interest == 1) != geo.rtl
            x = cell.left() + 4 if left_edge else cell.right() - 4 - tw
            y = cell.top() + 3 if top else cell.bottom() - 3 - th
            out.append((key, QRectF(x, y, tw + 1, th), font, text))
        return out

    def _draw_quadrant_names(self, painter: QPainter) -> None:
        painter.setPen(QColor("#5A5A5A"))
        for _key, rect, font, text in self._quadrants:
            painter.setFont(font)
            painter.drawText(rect, int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeading
                                       | Qt.AlignmentFlag.AlignTop), text)

    def _draw_axes(self, painter: QPainter) -> None:
        geo = self.geo
        painter.setFont(geo.font)
        painter.setPen(QColor("#222222"))
        metrics = QFontMetricsF(geo.font)
        for n in range(1, CELLS + 1):
            row = geo.cell_rect(n, 1)  # interest 1 is on the reading-start side
            text = str(n)
            tw = metrics.horizontalAdvance(text)
            x = row.left() - tw - 6 if not geo.rtl else row.right() + 6
            painter.drawText(QPointF(x, row.center().y() + metrics.ascent() / 2 - 1), text)
            col = geo.cell_rect(1, n)
            painter.drawText(QPointF(col.center().x() - tw / 2, geo.grid.bottom()
                                     + metrics.ascent() + 4), text)
        bold = QFont(geo.font)
        bold.setBold(True)
        painter.setFont(bold)
        metrics = QFontMetricsF(bold)
        arrow_x = "←" if geo.rtl else "→"
        x_title = QCoreApplication.translate("PowerInterestView", "Interest in the outcome")
        x_title = f"{x_title} {arrow_x}"
        y_title = QCoreApplication.translate("PowerInterestView", "Influence over the process")
        y_title = f"↑ {y_title}"
        baseline = geo.grid.bottom() + metrics.height() * 2.2
        tw = metrics.horizontalAdvance(x_title)
        x = geo.grid.left() if geo.rtl else geo.grid.right() - tw
        painter.drawText(QPointF(x, baseline), x_title)
        tw = metrics.horizontalAdvance(y_title)
        x = geo.grid.right() - tw if geo.rtl else geo.grid.left()
        painter.drawText(QPointF(x, metrics.ascent() + 2), y_title)

    def _draw_counts(self, painter: QPainter) -> None:
        """A crowded cell hides its names and says how many it holds."""
        geo = self.geo
        painter.setFont(geo.font)
        metrics = QFontMetricsF(geo.font)
        for (influence, interest), n in geo.counts.items():
            if not geo.hidden[(influence, interest)]:
                continue
            cell = geo.cell_rect(influence, interest)
            text = str(n)
            box = QRectF(0, 0, metrics.horizontalAdvance(text) + 8, metrics.height())
            inner = cell.adjusted(3, 3, -3, -3)
            # first free corner, starting at the end of the reading direction
            corners = [inner.topRight(), inner.bottomRight(), inner.topLeft(),
                       inner.bottomLeft()]
            if geo.rtl:
                corners = [corners[2], corners[3], corners[0], corners[1]]
            best: tuple[float, QRectF] | None = None
            for corner in corners:  # the first free corner, else the least covered one
                box.moveCenter(corner)
                box.moveLeft(min(max(box.left(), inner.left()), inner.right() - box.width()))
                box.moveTop(min(max(box.top(), inner.top()), inner.bottom() - box.height()))
                covered = sum(_area(box.intersected(n)) for n in self._name_boxes)
                if best is None or covered < best[0]:
                    best = (covered, QRectF(box))
                if not covered:
                    break
            if best is not None:
                box = best[1]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 220))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QColor("#111111"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    # --- helpers for tests and the smoke command -------------------------------------
    def item_viewport_pos(self, record_id: str) -> QPoint:
        return self.mapFromScene(self.items_by_id[record_id].scenePos())

    def cell_viewport_pos(self, influence: int, interest: int) -> QPoint:
        return self.mapFromScene(self.geo.cell_rect(influence, interest).center())


def _area(rect: QRectF) -> float:
    return max(0.0, rect.width()) * max(0.0, rect.height())


def short_label(p: GridPoint) -> str:
    """The short label every marker carries: the acronym, else the initials of the
    name's words (a name of one word stays whole, cut at 12 characters)."""
    if p.short and p.short != p.name and not p.short.endswith("…"):
        return p.short
    words = [w for w in p.name.split() if w[:1].isalnum()]
    if len(words) > 1:
        return "".join(w[0] for w in words if w[0].isupper() or w[0].isdigit())[:6] or \
            "".join(w[0] for w in words)[:6]
    return p.name if len(p.name) <= 12 else p.name[:11] + "…"


def label_candidates(p: GridPoint, metrics: QFontMetricsF, width: float) -> list[str]:
    """What to write beside a marker, best first: the whole name on one line, the acronym,
    the name on two lines, the name cut short. (The tooltip always has the whole name.)"""
    name = p.name
    out = []
    if metrics.horizontalAdvance(name) <= width:
        out.append(name)
    acronym = p.short if p.short != name and not p.short.endswith("…") else ""
    if acronym and metrics.horizontalAdvance(acronym) <= width:
        out.append(acronym)
    words = name.split()
    if len(words) > 1:
        best = None
        for cut in range(1, len(words)):
            first, second = " ".join(words[:cut]), " ".join(words[cut:])
            widest = max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second))
            if best is None or widest < best[0]:
                best = (widest, first, second)
        if best is not None:
            first = metrics.elidedText(best[1], Qt.TextElideMode.ElideRight, width)
            second = metrics.elidedText(best[2], Qt.TextElideMode.ElideRight, width)
            out.append(f"{first}\n{second}")
    out.append(metrics.elidedText(acronym or name, Qt.TextElideMode.ElideRight, width))
    return out


class PowerInterestView(PictureFrame):
    """Stakeholders by influence (up) and interest (across), in the four quadrants."""

    stakeholderMoved = Signal(str, int, int)
    stakeholderActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("powerInterestView")
        self.canvas = GridCanvas(self)
        self.canvas.setObjectName("powerInterestCanvas")
        self.legend = Legend(self._body)
        row = QHBoxLayout(self._body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.canvas, 1)
        row.addWidget(self.legend, 0)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the stakeholders' ratings and move the markers."""
        ws = self.workshop
        if ws is None:
            self.canvas.set_points([])
            self.no_workshop_message()
            return
        points = figures.power_interest(ws)
        self.canvas.set_points(points)
        if not points:
            self.show_message(
                self.tr("Nothing to show yet."),
                self.tr("Rate the stakeholders' influence and interest (1–5) and they "
                        "appear on the grid, where you can drag them between cells."))
            return
        present = {p.type for p in points}
        rows = [(t, type_label(t), _swatch(t)) for t in type_order() if t in present]
        rows += [(t, type_label(t), _swatch(t)) for t in sorted(present - set(type_order()),
                                                                  key=str)]
        notes = [("cutoff", figures.cutoff_note(QLocale().toString(figures.CUTOFF)),
                  _cutoff_swatch),
                 ("dodge", figures.dodge_note(), _dodge_swatch)]
        self.legend.set_sections([(self.tr("Stakeholder type"), rows),
                                  (self.tr("Reading the grid"), notes)])
        self.show_picture()

    def move_stakeholder(self, record_id: str, influence: int, interest: int) -> None:
        """Ask for a stakeholder's new ratings exactly as a drop does (emits the signal)."""
        self.stakeholderMoved.emit(record_id, int(influence), int(interest))

    def points(self) -> list[GridPoint]:
        """The points on the grid now (for tests and the smoke command)."""
        return [item.point for item in self.canvas.items_by_id.values() if item.point]


def _cutoff_swatch(painter: QPainter, centre: QPointF, radius: float) -> None:
    painter.save()
    painter.setPen(QPen(QColor("#5A5A5A"), 2.2))
    painter.drawLine(QPointF(centre.x() - radius * 1.8, centre.y()),
                     QPointF(centre.x() + radius * 1.8, centre.y()))
    painter.restore()


def _dodge_swatch(painter: QPainter, centre: QPointF, radius: float) -> None:
    painter.save()
    painter.setPen(QPen(QColor("#BBBBBB"), 1))
    painter.drawRect(QRectF(centre.x() - radius * 1.8, centre.y() - radius * 1.2,
                            radius * 3.6, radius * 2.4))
    for dx in (-0.8, 0.8):
        draw_marker(painter, "", QPointF(centre.x() + dx * radius, centre.y()), radius * 0.45)
    painter.restore()


def _swatch(type_key: str | None):
    return lambda painter, centre, radius: draw_marker(painter, type_key, centre, radius)

"""The network of stakeholder links, for the institutional mapping step.

Positions come from :func:`core.figures.network` (unit square; the same picture as the
report). Nodes and their names ignore the zoom, so zooming in with the wheel spreads a
dense map apart instead of magnifying its clutter; names are shown where they do not
collide with each other (heaviest stakeholders first), and every node tells its full
name on hover. Edges are few path items (one per kind and strength), not one item per
link, so a 2,000-stakeholder map stays responsive.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QHBoxLayout,
    QStyleOptionGraphicsItem,
    QWidget,
)

from mainstream_desktop.app.pictures import palette
from mainstream_desktop.app.pictures.common import Legend, PictureFrame
from mainstream_desktop.core import figures
from mainstream_desktop.core.chart_layout import Box, LabelRequest, arrow, place_labels
from mainstream_desktop.core.figures import Node

EDGE_STYLE = figures.RELATION_STYLES  # kind -> colour, dash, width, arrowhead (shared)
MAX_ZOOM = 30.0
ARROW = 7.0  # arrowhead length in pixels at the default pen


def edge_pen(kind: str, strength: int = 2) -> QPen:
    """The pen of a relation kind: the report's colour, dash pattern and width, in
    pixels a little heavier than the report's points (a screen pixel is smaller)."""
    style = figures.relation_style(kind)
    width = 1.3 * figures.relation_width(kind, strength)
    pen = QPen(QColor(style.colour), width)
    if style.dash:
        pen.setDashPattern([max(0.3, d * 1.3 / width) for d in style.dash])
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setCosmetic(True)  # same width at every zoom
    return pen


class _Style:
    """Sizes shared by all nodes, from the widget's font."""

    def __init__(self) -> None:
        self.font = QFont()
        self.unit = 5.0
        self.rtl = False

    def radius(self, weight: int) -> float:
        return self.unit * (0.6 + 0.22 * max(1, min(5, weight)))


class _NodeItem(QGraphicsItem):
    """A stakeholder: marker sized by influence, with its short name when room allows."""

    def __init__(self, node: Node, style: _Style, canvas: _NetworkCanvas):
        super().__init__()
        self.node = node
        self.style = style
        self.canvas = canvas
        self.show_label = True
        self.flipped = False  # name on the other side (where the reading side is taken)
        self.placed: QRectF | None = None  # where place_labels put the name (item pixels)
        self.leader: tuple[QPointF, QPointF] | None = None
        self._text_w = self._text_h = 0.0
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def measure(self, metrics: QFontMetricsF) -> None:
        """Cache the name's size (the font changed, or the name did)."""
        self._text_w = metrics.horizontalAdvance(self.node.label) + 4
        self._text_h = metrics.height()

    def text_size(self) -> tuple[float, float]:
        return self._text_w, self._text_h

    def label_rect(self, flipped: bool | None = None) -> QRectF:
        """Where the name goes, in item (pixel) coordinates."""
        if flipped is None and self.placed is not None:
            return self.placed
        r = self.style.radius(self.node.weight)
        flipped = self.flipped if flipped is None else flipped
        before = self.style.rtl != flipped
        left = -r - 3 - self._text_w if before else r + 3
        return QRectF(left, -self._text_h / 2, self._text_w, self._text_h)

    def boundingRect(self) -> QRectF:
        r = self.style.radius(self.node.weight) * 1.3 + 2
        box = QRectF(-r, -r, 2 * r, 2 * r)
        return box.united(self.label_rect().adjusted(-1, -1, 1, 1)) if self.show_label else box

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        radius = self.style.radius(self.node.weight)
        if self.canvas.current == self.node.id and self.canvas.hasFocus():
            painter.setPen(QPen(QColor("#C2410C"), 2.5))  # the keyboard's node, visibly
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), radius * 1.7, radius * 1.7)
        palette.paint_item_marker(painter, self.node.type, radius, 1.2)
        if self.show_label:
            rect = self.label_rect()
            if self.leader is not None:
                painter.setPen(QPen(QColor("#777777"), 0.8))
                painter.drawLine(*self.leader)
            painter.fillRect(rect, QColor(255, 255, 255, 190))
            painter.setFont(self.style.font)
            painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
            painter.setPen(QColor("#111111"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.node.label)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.canvas.owner.stakeholderActivated.emit(self.node.id)
            event.accept()
        else:
            event.ignore()


class _NetworkCanvas(QGraphicsView):
    def __init__(self, owner: NetworkView):
        super().__init__(owner)
        self.owner = owner
        self.style_ = _Style()
        self.nodes: dict[str, _NodeItem] = {}
        self.network = figures.Network([], [])
        self.edge_items: list[QGraphicsPathItem] = []
        self.head_count: Counter[str] = Counter()
        self.zoom = 1.0
        self.current = ""  # the node the keyboard is on (arrows move, Enter opens it)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setScene(QGraphicsScene(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(QColor("#FFFFFF"))
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)

    def set_network(self, net: figures.Network, tooltips: dict[str, str]) -> None:
        self.network = net
        scene = self.scene()
        wanted = {n.id for n in net.nodes}
        for rid in [rid for rid in self.nodes if rid not in wanted]:
            scene.removeItem(self.nodes.pop(rid))
        for n in net.nodes:
            item = self.nodes.get(n.id)
            if item is None:
                item = _NodeItem(n, self.style_, self)
                item.setZValue(1)
                self.nodes[n.id] = item
                scene.addItem(item)
            else:
                item.prepareGeometryChange()
                item.node = n
            item.setToolTip(tooltips.get(n.id, n.label))
        self.relayout()

    def relayout(self) -> None:
        """Place nodes and edges for the viewport's size and the font; keep the zoom."""
        style = self.style_
        style.font = self.font()
        style.rtl = self.isRightToLeft()
        metrics = QFontMetricsF(style.font)
        size = self.viewport().size()
        margin = metrics.height()
        width = max(100.0, size.width() - 2 * margin)
        height = max(100.0, size.height() - 2 * margin)
        # Smaller markers on crowded maps, so groups stay apart (zoom spreads them further).
        crowd = (width * height / max(1, len(self.nodes))) ** 0.5
        style.unit = min(metrics.height() * 0.42, max(2.0, crowd * 0.22))
        for item in self.nodes.values():
            item.prepareGeometryChange()
            item.measure(metrics)
            item.setPos(item.node.x * width, item.node.y * height)
        self.setSceneRect(QRectF(-margin, -margin, width + 2 * margin, height + 2 * margin))
        self._build_edges()
        self._place_labels()

    def _build_edges(self) -> None:
        """One line path and one arrowhead path per kind and strength, stopped at the
        markers' rims (in pixels, so divided by the zoom) so that each head shows."""
        scene = self.scene()
        for item in self.edge_items:
            scene.removeItem(item)
        self.edge_items = []
        zoom = self.transform().m11() or 1.0
        paths: dict[tuple[str, int], QPainterPath] = defaultdict(QPainterPath)
        heads: dict[tuple[str, int], QPainterPath] = defaultdict(QPainterPath)
        self.head_count: Counter[str] = Counter()  # arrowheads drawn per kind (tests)
        for e in self.network.edges:
            a, b = self.nodes.get(e.source), self.nodes.get(e.target)
            if a is None or b is None:
                continue
            style = figures.relation_style(e.kind)
            width = edge_pen(e.kind, e.strength).widthF()
            geo = arrow(a.pos().x(), a.pos().y(), b.pos().x(), b.pos().y(),
                        (self.style_.radius(a.node.weight) + 1) / zoom,
                        (self.style_.radius(b.node.weight) + 1.5) / zoom,
                        directed=style.directed, size=(ARROW + 1.5 * width) / zoom)
            path = paths[(e.kind, e.strength)]
            path.moveTo(QPointF(*geo.start))
            path.lineTo(QPointF(*geo.end))
            if geo.head is not None:
                self.head_count[e.kind] += 1
                heads[(e.kind, e.strength)].addPolygon(
                    QPolygonF([QPointF(*p) for p in (*geo.head, geo.head[0])]))
        for (kind, strength), path in paths.items():
            item = QGraphicsPathItem(path)
            item.setPen(edge_pen(kind, strength))
            item.setZValue(-1 if kind != "tension" else 0)
            scene.addItem(item)
            self.edge_items.append(item)
        for (kind, _strength), path in heads.items():
            head = QGraphicsPathItem(path)
            colour = QColor(figures.relation_style(kind).colour)
            pen = QPen(colour, 0.8)
            pen.setCosmetic(True)
            head.setPen(pen)
            head.setBrush(colour)
            head.setZValue(0.5)
            scene.addItem(head)
            self.edge_items.append(head)

    def _place_labels(self) -> None:
        """Names beside their marker, or away on a leader line, most influential first
        (:func:`core.chart_layout.place_labels`, as in the report): never over another
        name or marker. A name with no free place is hidden until zooming in makes room
        (hover still tells it)."""
        scale = self.transform().m11()
        scene = self.sceneRect()
        bounds = Box(scene.left() * scale, scene.top() * scale, scene.width() * scale,
                     scene.height() * scale)
        order = sorted(self.nodes.values(), key=lambda i: (-i.node.weight, i.node.label))
        requests = []
        for item in order:
            w, h = item.text_size()
            pos = item.pos() * scale
            requests.append(LabelRequest(item.node.id, pos.x(), pos.y(),
                                         self.style_.radius(item.node.weight) + 1, w, h))
        placed = place_labels(requests, bounds, gap=2.0, pad=1.0, rtl=self.style_.rtl)
        for item in order:
            p = placed.get(item.node.id)
            pos = item.pos() * scale
            item.prepareGeometryChange()
            item.show_label = p is not None
            if p is None:
                item.placed = item.leader = None
            else:
                item.placed = QRectF(p.box.x - pos.x(), p.box.y - pos.y(), p.box.w, p.box.h)
                item.leader = None if p.leader is None else (
                    QPointF(p.leader[0][0] - pos.x(), p.leader[0][1] - pos.y()),
                    QPointF(p.leader[1][0] - pos.x(), p.leader[1][1] - pos.y()))
            item.update()

    def label_boxes(self) -> list[QRectF]:
        """The shown names' boxes in view pixels (tests: none overlaps another)."""
        scale = self.transform().m11()
        return [item.label_rect().translated(item.pos() * scale)
                for item in self.nodes.values() if item.show_label]

    # --- zoom and interaction ----------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if not steps:
            return
        factor = 1.25 ** steps
        new_zoom = max(1.0, min(MAX_ZOOM, self.zoom * factor))
        factor = new_zoom / self.zoom
        if abs(factor - 1) < 1e-6:
            return
        self.zoom = new_zoom
        self.scale(factor, factor)
        self._build_edges()
        self._place_labels()

    def reset_zoom(self) -> None:
        self.resetTransform()
        self.zoom = 1.0
        self._build_edges()
        self._place_labels()

    def keyPressEvent(self, event) -> None:
        """Arrows walk the nodes in name order, Enter opens the one the keyboard is on:
        the network without a mouse (the node's name is the accessible description)."""
        order = sorted(self.nodes, key=lambda rid: self.nodes[rid].node.label.casefold())
        key = event.key()
        if order and key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Left):
            forward = key in (Qt.Key.Key_Down, Qt.Key.Key_Right)
            if self.current in order:
                index = order.index(self.current) + (1 if forward else -1)
            else:
                index = 0 if forward else len(order) - 1
            self.set_current(order[index % len(order)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and (
                self.current in self.nodes):
            self.owner.stakeholderActivated.emit(self.current)
        else:
            super().keyPressEvent(event)

    def set_current(self, record_id: str) -> None:
        previous = self.nodes.get(self.current)
        self.current = record_id
        item = self.nodes[record_id]
        for changed in (previous, item):
            if changed is not None:
                changed.update()
        self.ensureVisible(item)
        self.setAccessibleDescription(item.toolTip() or item.node.label)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self.current not in self.nodes and self.nodes:
            self.set_current(min(self.nodes,
                                 key=lambda rid: self.nodes[rid].node.label.casefold()))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.itemAt(event.position().toPoint()) is None:
            self.reset_zoom()
        else:
            super().mouseDoubleClickEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self.relayout()


class NetworkView(PictureFrame):
    """Who works with whom: stakeholders as nodes, their links as lines styled by kind."""

    stakeholderActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("networkView")
        self.canvas = _NetworkCanvas(self)
        self.canvas.setObjectName("networkCanvas")
        self.canvas.setToolTip("")
        self.legend = Legend(self._body)
        row = QHBoxLayout(self._body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.canvas, 1)
        row.addWidget(self.legend, 0)
        self.refresh()

    def refresh(self) -> None:
        ws = self.workshop
        if ws is None:
            self.canvas.set_network(figures.Network([], []), {})
            self.no_workshop_message()
            return
        net = figures.network(ws)
        if not net.nodes:
            self.canvas.set_network(net, {})
            self.show_message(self.tr("Nothing to show yet."),
                              self.tr("Add stakeholders and the links between them "
                                      "(who reports to, funds or works with whom)."))
            return
        names = ws.titles("stakeholders")
        degree: Counter[str] = Counter()
        for e in net.edges:
            degree[e.source] += 1
            degree[e.target] += 1
        tips = {n.id: self.tr("{name}\n{type}\nInfluence {weight} · {links} link(s)").format(
            name=names.get(n.id, n.label), type=palette.type_label(n.type), weight=n.weight,
            links=degree[n.id]) for n in net.nodes}
        self.canvas.set_network(net, tips)
        self._update_legend(net)
        self.show_picture()

    def _update_legend(self, net: figures.Network) -> None:
        types = {n.type for n in net.nodes}
        type_rows = [(t, palette.type_label(t), _marker(t)) for t in palette.type_order()
                     if t in types]
        kinds = {e.kind for e in net.edges}
        kind_rows = [(k, palette.enum_label("links", "kind", k), _line(k)) for k in EDGE_STYLE
                     if k in kinds]  # the shared order: directed kinds first
        kind_rows += [(k, palette.enum_label("links", "kind", k), _line(k))
                      for k in sorted(kinds - set(EDGE_STYLE))]
        # Relations first: the types are also explained beside the grid on the same page.
        self.legend.set_sections([
            (self.tr("Relation"), kind_rows),
            (self.tr("Size"), [("size", self.tr("Larger = more influence"), _sizes)]),
            (self.tr("Stakeholder type"), type_rows),
        ])

    def zoom_by(self, steps: float) -> None:
        """Zoom as the wheel does (positive: in); for keyboard shortcuts and tests."""
        factor = 1.25 ** steps
        new_zoom = max(1.0, min(MAX_ZOOM, self.canvas.zoom * factor))
        self.canvas.scale(new_zoom / self.canvas.zoom, new_zoom / self.canvas.zoom)
        self.canvas.zoom = new_zoom
        self.canvas._build_edges()
        self.canvas._place_labels()

    def visible_labels(self) -> int:
        """How many names are drawn now (tests: zooming in shows more)."""
        return sum(1 for item in self.canvas.nodes.values() if item.show_label)


def _marker(type_key: str | None):
    return lambda painter, centre, radius: palette.draw_marker(painter, type_key, centre, radius)


def _line(kind: str):
    def draw(painter: QPainter, centre: QPointF, radius: float) -> None:
        pen = edge_pen(kind, 2)
        painter.setPen(pen)
        x1, x2 = centre.x() - radius * 2.6, centre.x() + radius * 2.6
        geo = arrow(x1, centre.y(), x2, centre.y(), 0, 0,
                    directed=figures.relation_style(kind).directed, size=radius * 1.6)
        painter.drawLine(QPointF(*geo.start), QPointF(*geo.end))
        if geo.head is not None:
            colour = QColor(figures.relation_style(kind).colour)
            painter.setPen(QPen(colour, 0.8))
            painter.setBrush(colour)
            painter.drawPolygon(QPolygonF([QPointF(*p) for p in geo.head]))
    return draw


def _sizes(painter: QPainter, centre: QPointF, radius: float) -> None:
    for dx, r in ((-1.7, 0.55), (0.9, 1.1)):
        palette.draw_marker(painter, "", QPointF(centre.x() + dx * radius, centre.y()),
                            radius * r)

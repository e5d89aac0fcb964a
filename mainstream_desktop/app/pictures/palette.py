"""Colours, markers and labels shared by the pictures.

A stakeholder's marker is its *family*'s colour and shape (government, international
partners, civil society, private sector, other), declared once in
:data:`core.figures.FAMILIES` and drawn the same in the PDF report, so the map on the
projector and the map on paper look alike. The shape alone still tells the families
apart for a colour-blind viewer; the colours are the Okabe–Ito palette.
"""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from mainstream_desktop.core import refdata
from mainstream_desktop.core.figures import (
    BLUE,
    BLUISH_GREEN,
    GREY,
    ORANGE,
    REDDISH_PURPLE,
    SKY_BLUE,
    VERMILLION,
    family_index,
    family_of,
)
from mainstream_desktop.core.registers import register
from mainstream_desktop.core.validation import choice_list

__all__ = ["BLUE", "BLUISH_GREEN", "GREY", "ORANGE", "REDDISH_PURPLE", "SKY_BLUE", "VERMILLION"]

OUTLINE = QColor("#1A1A1A")  # dark rim: keeps yellow markers visible on white


@cache
def type_style(type_key: str | None) -> tuple[QColor, str]:
    """Colour and shape of a stakeholder type: those of its family ("Other" if unknown).

    Cached: the returned colour is shared, copy it before changing it.
    """
    family = family_of(type_key)
    return QColor(family.colour), family.shape


def type_label(type_key: str | None) -> str:
    """The translated name of a stakeholder type."""
    if not type_key:
        return QCoreApplication.translate("Pictures", "Type not set")
    return refdata.label("stakeholder_types", type_key)


def type_order() -> list[str]:
    """Type keys family by family, in reference-list order within one (legend order), so
    the legend's rows sharing a marker stand together."""
    keys = [k for k, _ in refdata.choices("stakeholder_types")]
    return sorted(keys, key=lambda k: (family_index(k), keys.index(k)))


@cache
def _field_labels(table: str, field_name: str, _lang: str) -> dict[str, str]:
    return dict(choice_list(register(table).field(field_name)))


def enum_label(table: str, field_name: str, key: str) -> str:
    """The translated label of a choice key of a register field (e.g. a link kind)."""
    from mainstream_desktop.core.i18n import current_language

    return _field_labels(table, field_name, current_language()).get(key, key)


def marker_path(shape: str, centre: QPointF, radius: float) -> QPainterPath:
    """A marker outline of about equal visual weight for each shape."""
    path = QPainterPath()
    x, y, r = centre.x(), centre.y(), radius
    if shape == "square":
        s = r * 0.9
        path.addRect(QRectF(x - s, y - s, 2 * s, 2 * s))
    elif shape == "diamond":
        s = r * 1.2
        path.addPolygon(QPolygonF([QPointF(x, y - s), QPointF(x + s, y), QPointF(x, y + s),
                                   QPointF(x - s, y), QPointF(x, y - s)]))
    elif shape == "cross":  # an X with some body, so it can carry a fill and a rim
        s, w = r * 1.05, r * 0.32
        for a in (math.pi / 4, -math.pi / 4):
            dx, dy = s * math.cos(a), s * math.sin(a)
            nx, ny = -w * math.sin(a), w * math.cos(a)
            path.addPolygon(QPolygonF([QPointF(x - dx + nx, y - dy + ny),
                                       QPointF(x + dx + nx, y + dy + ny),
                                       QPointF(x + dx - nx, y + dy - ny),
                                       QPointF(x - dx - nx, y - dy - ny),
                                       QPointF(x - dx + nx, y - dy + ny)]))
        path = path.simplified()
    elif shape == "triangle":
        s = r * 1.25
        pts = [QPointF(x + s * math.cos(a), y + s * math.sin(a))
               for a in (-math.pi / 2, math.pi / 6, 5 * math.pi / 6)]
        path.addPolygon(QPolygonF([*pts, pts[0]]))
    else:
        path.addEllipse(centre, r, r)
    return path


@cache
def _origin_path(shape: str, radius: float) -> QPainterPath:
    return marker_path(shape, QPointF(0, 0), radius)


def paint_item_marker(painter: QPainter, type_key: str | None, radius: float,
                      width: float = 1.0) -> None:
    """The marker at the origin, for graphics items (the scene restores the painter)."""
    colour, shape = type_style(type_key)
    painter.setPen(QPen(OUTLINE, width))
    painter.setBrush(colour)
    painter.drawPath(_origin_path(shape, round(radius, 1)))


def draw_marker(painter: QPainter, type_key: str | None, centre: QPointF, radius: float,
                width: float = 1.0) -> None:
    """Paint the marker of a stakeholder type (legend swatches and painted pictures)."""
    colour, shape = type_style(type_key)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(OUTLINE, width))
    painter.setBrush(QBrush(colour))
    painter.drawPath(marker_path(shape, centre, radius))
    painter.restore()


def text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    return QColor(Qt.GlobalColor.black) if background.lightnessF() > 0.55 else QColor(
        Qt.GlobalColor.white)

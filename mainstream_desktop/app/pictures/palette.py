"""Colours, markers and labels shared by the pictures.

Colours are the Okabe–Ito palette, which stays distinguishable for the common kinds of
colour blindness. Seventeen stakeholder types are more than any palette can separate
by hue alone, so a type is a *family colour* (government, civil society, international…)
plus a *marker shape* within the family: a grey-scale print or a colour-blind viewer
still tells the types apart by shape, and the colour still groups the families.
The mapping is a fixed table, so a type has the same look in every picture and session.
"""

from __future__ import annotations

import math
from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from mainstream_desktop.core import refdata
from mainstream_desktop.core.registers import register
from mainstream_desktop.core.validation import choice_list

# Okabe & Ito (2008), "Color Universal Design".
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#999999"

SHAPES = ("circle", "square", "diamond", "triangle")

# type key -> (family colour, shape). Families: executive government; oversight and
# local; migrants and communities; civil society and labour; private sector;
# knowledge and media; international.
TYPE_STYLE: dict[str, tuple[str, str]] = {
    "gov_lead": (BLUE, "circle"),
    "gov_line": (BLUE, "square"),
    "gov_statistics": (BLUE, "diamond"),
    "central_bank": (BLUE, "triangle"),
    "local_authorities": (SKY_BLUE, "circle"),
    "parliament": (SKY_BLUE, "square"),
    "nhri": (SKY_BLUE, "diamond"),
    "migrants_diaspora": (REDDISH_PURPLE, "circle"),
    "communities": (REDDISH_PURPLE, "square"),
    "civil_society": (BLUISH_GREEN, "circle"),
    "trade_unions": (BLUISH_GREEN, "square"),
    "private_sector": (ORANGE, "circle"),
    "academia": (YELLOW, "circle"),
    "media": (YELLOW, "square"),
    "un_intl": (VERMILLION, "circle"),
    "donors": (VERMILLION, "square"),
    "regional_bodies": (VERMILLION, "diamond"),
}
OUTLINE = QColor("#1A1A1A")  # dark rim: keeps yellow markers visible on white


@cache
def type_style(type_key: str | None) -> tuple[QColor, str]:
    """Colour and shape of a stakeholder type; unknown types are grey circles.

    Cached: the returned colour is shared, copy it before changing it.
    """
    colour, shape = TYPE_STYLE.get(type_key or "", (GREY, "circle"))
    return QColor(colour), shape


def type_label(type_key: str | None) -> str:
    """The translated name of a stakeholder type."""
    if not type_key:
        return QCoreApplication.translate("Pictures", "Type not set")
    return refdata.label("stakeholder_types", type_key)


def type_order() -> list[str]:
    """Type keys in the order of the reference list (legend order)."""
    return [k for k, _ in refdata.choices("stakeholder_types")]


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

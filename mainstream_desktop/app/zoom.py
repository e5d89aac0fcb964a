"""Zoom: the window's type larger or smaller (Ctrl+= / Ctrl+− / Ctrl+0), remembered.

Every page follows, not only presentation mode, and headings keep their proportion to
the body text. A widget that was given its own font (a page heading 1.6 times the body,
a bold title) does not follow its parent's font in Qt, so before the first change
each such widget's size is recorded *relative to its parent*; after the application's
font changes, every window's tree is walked from the top and each of them is set to its parent's new
size times that ratio. Widgets made later (pages are built when first shown) take their
size from their already-zoomed parent, which keeps the same ratio.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from mainstream_desktop.app import settings

KEY = "zoom"
STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)
RATIO = "zoomFontRatio"  # the dynamic property holding a widget's ratio to its parent
PRESENTATION_SCALE = 1.5


def saved_factor() -> float:
    """The zoom the user chose last (1.0 when none, or a value not on the scale)."""
    try:
        value = float(str(settings.value(KEY, 1.0)))
    except ValueError:
        return 1.0
    return value if value in STEPS else 1.0


def _explicit(widget: QWidget) -> bool:
    from PySide6.QtCore import Qt

    return widget.testAttribute(Qt.WidgetAttribute.WA_SetFont) and \
        widget.font().pointSizeF() > 0


def _record_ratios(widget: QWidget) -> None:
    if widget.parentWidget() is None and _explicit(widget) and widget.property(RATIO) is None:
        widget.setProperty(RATIO, 1.0)  # a top-level window given its own font
    for child in widget.findChildren(QWidget):
        parent = child.parentWidget()
        if parent is None or child.property(RATIO) is not None or not _explicit(child):
            continue
        base = parent.font().pointSizeF()
        if base > 0:
            child.setProperty(RATIO, child.font().pointSizeF() / base)


def _rescale(widget: QWidget) -> None:
    """Top-down: each explicitly sized child follows its parent's new size."""
    for child in widget.children():
        if not isinstance(child, QWidget):
            continue
        ratio = child.property(RATIO)
        if ratio is not None:
            size = widget.font().pointSizeF() * float(ratio)
            if abs(child.font().pointSizeF() - size) > 0.01:
                font = child.font()
                font.setPointSizeF(size)
                child.setFont(font)
        _rescale(child)


_base: QFont | None = None  # the application's font at zoom 1


def base_font() -> QFont:
    """The application font before any zoom (captured on first use)."""
    global _base
    if _base is None:
        _base = QFont(QApplication.font())
    return QFont(_base)


def scale_fonts(scale: float) -> None:
    """Every window's type at ``scale`` times the base, headings in proportion.

    The application's font is what changes: with a style sheet set, a font set on the
    main window no longer reaches its children, and dialogs should grow too.
    """
    roots = QApplication.topLevelWidgets()
    for root in roots:
        _record_ratios(root)
    font = base_font()
    font.setPointSizeF(font.pointSizeF() * scale)
    QApplication.setFont(font)
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.styleSheet():
        # widgets a style sheet has polished keep the font they had then: polish again
        app.setStyleSheet(app.styleSheet())
    for root in roots:
        if root.styleSheet():
            root.setStyleSheet(root.styleSheet())
        # a window a style sheet has polished holds on to its old font: set it outright
        ratio = root.property(RATIO)
        own = root.font()
        own.setPointSizeF(font.pointSizeF() * (float(ratio) if ratio is not None else 1.0))
        root.setFont(own)
        _rescale(root)


class Zoom:
    """The zoom factor of one window, times the presentation scale when presenting."""

    def __init__(self, window: QWidget):
        self.window = window
        self.factor = saved_factor()
        self.presentation = 1.0
        self.apply()  # also undoes a zoom an earlier window left on the application

    @property
    def scale(self) -> float:
        return self.factor * self.presentation

    def apply(self) -> None:
        scale_fonts(self.scale)

    def set_factor(self, factor: float) -> None:
        self.factor = factor
        settings.set_value(KEY, factor)
        self.apply()

    def zoom_in(self) -> None:
        bigger = [s for s in STEPS if s > self.factor + 1e-6]
        if bigger:
            self.set_factor(bigger[0])

    def zoom_out(self) -> None:
        smaller = [s for s in STEPS if s < self.factor - 1e-6]
        if smaller:
            self.set_factor(smaller[-1])

    def reset(self) -> None:
        self.set_factor(1.0)

    def set_presenting(self, on: bool) -> None:
        self.presentation = PRESENTATION_SCALE if on else 1.0
        self.apply()

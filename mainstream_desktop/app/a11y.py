"""Names for screen readers where the widgets themselves have none.

A field's editor is announced by the label beside it only when that label is its buddy,
which the forms built from the declarations never set; a table, a scroll area or a tab
widget has no text of its own at all. Rather than name each widget where it is made,
:func:`name_widgets` walks a page once it is shown and gives every focusable widget
without a name the text a sighted user reads for it: its row's label in a form, its
placeholder, its tooltip, the tab it sits on, or the nearest named ancestor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTabWidget,
    QWidget,
)


def _clean(text: str) -> str:
    return text.replace("&", "").replace("*", "").strip().rstrip(":").strip()


def form_label(widget: QWidget) -> str:
    """The label of the form row ``widget`` (or one of its ancestors) sits in."""
    w: QWidget | None = widget
    while w is not None:
        parent = w.parentWidget()
        if parent is None:
            return ""
        for layout in parent.findChildren(QFormLayout):
            label = layout.labelForField(w)
            if isinstance(label, QLabel) and label.text():
                return _clean(label.text())
        layout = parent.layout()
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(w)
            if isinstance(label, QLabel) and label.text():
                return _clean(label.text())
        w = parent
    return ""


def tab_title(widget: QWidget) -> str:
    """The title of the tab ``widget`` is on, if any."""
    w: QWidget | None = widget
    while w is not None:
        parent = w.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            return _clean(tabs.tabText(tabs.indexOf(w)))
        w = parent
    return ""


def ancestor_name(widget: QWidget) -> str:
    w = widget.parentWidget()
    while w is not None:
        if w.accessibleName():
            return w.accessibleName()
        w = w.parentWidget()
    return ""


def best_name(widget: QWidget) -> str:
    """What a sighted user reads for ``widget``."""
    spin = widget.parentWidget()
    if isinstance(spin, QAbstractSpinBox | QComboBox):  # the line edit inside a spin box
        return spin.accessibleName() or form_label(spin) or best_name(spin)  # or a combo
    name = form_label(widget)
    if not name and isinstance(widget, QLineEdit):
        name = widget.placeholderText()
    if not name:
        name = _clean(widget.toolTip().split("\n")[0])
    if not name and isinstance(widget, QTabWidget) and widget.count():
        page = widget.window().windowTitle()
        name = page or _clean(widget.tabText(widget.currentIndex()))
    if not name:
        name = tab_title(widget) or ancestor_name(widget) or widget.window().windowTitle()
    return name


def name_widgets(root: QWidget) -> int:
    """Give every focusable widget under ``root`` without an accessible name the text a
    sighted user reads for it; returns how many were named."""
    named = 0
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.accessibleName() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        name = best_name(widget)
        if name:
            widget.setAccessibleName(name)
            named += 1
    return named

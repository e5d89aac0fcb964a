"""Names for screen readers where the widgets themselves have none.

A field's editor is announced by the label beside it only when that label is its buddy,
which the forms built from the declarations never set; a table, a scroll area or a tab
widget has no text of its own at all. Rather than name each widget where it is made,
:func:`name_widgets` walks a page once it is shown and gives every focusable widget
without a name the text a sighted user reads for it: its row's label in a form, its
placeholder, its tooltip, the tab it sits on, or the nearest named ancestor.

Widgets made after their page was shown (the line edit a choice box grows when its
list becomes searchable, a picture built when its tab is first opened) are named by
:func:`name_late_widgets`: an accessibility factory that Qt calls when a widget's
interface is first asked for, which happens only while a screen reader (or a test)
listens, so naming costs the window nothing otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
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


def _has_own_name(widget: QWidget) -> bool:
    """A button or a check box is announced by its own text: not renamed after a tooltip."""
    return isinstance(widget, QAbstractButton) and bool(widget.text())


def _name_one(widget: QWidget) -> None:
    if widget.accessibleName() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or \
            _has_own_name(widget):
        return
    name = best_name(widget)
    if name:
        widget.setAccessibleName(name)


def _factory(_key: str, obj: QObject) -> None:
    """Asked by Qt for an object's accessible interface (once per object, and only when
    something asks: a screen reader, or a test): name the widget if it has no name, and
    let Qt make its ordinary interface (which reads that name). A widget already shown
    stands in its form and is named at once; one still being built is named on the next
    turn of the event loop, after the code that made it has given the names it meant to
    (the timer dies with the widget)."""
    if isinstance(obj, QWidget) and not obj.accessibleName():
        if obj.isVisible():
            _name_one(obj)
        else:
            QTimer.singleShot(0, obj, lambda: _name_one(obj))
    return None


_installed = False


def name_late_widgets() -> None:
    """Name every focusable widget when its accessible interface is first asked for,
    wherever and whenever it was made (idempotent).

    The widgets made after their page was walked by :func:`name_widgets` — the line edit
    a choice box grows when its list becomes searchable, the parts of a picture built
    when its tab is first opened, a dialog's fields — need no code of their own. Qt asks
    only when assistive technology (or a test) is listening, so a sighted user's window
    pays nothing: an event filter on the application watching for Polish or Show costs
    a Python call per event (73,000 on a walk through every page and tab of the sample,
    +13 % CPU, measured), this costs none."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True

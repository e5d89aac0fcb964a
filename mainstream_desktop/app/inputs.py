"""Small input widgets and helpers shared by the record forms and the dialogs.

``DateInput`` is a plain text box with a calendar button rather than a QDateEdit: a
QDateEdit has no empty state (an "empty" special minimum date swallowed what was typed
into it), jumps between its day/month/year sections while typing, and Tab moves between
those sections instead of leaving the field. Here what the user types is kept as typed
(20250601 and 2025-6-1 are tidied to 2025-06-01) and the core decides whether it is a date.

``route_undo`` makes Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y in a form's text box reach the window's
undo stack once the box has nothing of its own to undo: every finished field is a
committed edit, and that is what the user expects Ctrl+Z to take back.

``best_match`` is what Enter picks in a searchable drop-down: the first label that starts
with the typed text, else the first that contains it.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from mainstream_desktop.app import icons
from mainstream_desktop.core.validation import tidy_date


def qdate(text: str) -> QDate | None:
    """The date in ``text`` (tidied), or None when it is not one."""
    d = QDate.fromString(tidy_date(text), "yyyy-MM-dd")
    return d if d.isValid() else None


class DateInput(QWidget):
    """A date typed as YYYY-MM-DD (or picked from a calendar); empty is no date.

    ``finished`` fires when the user is done with the field (Enter, leaving it, a pick
    in the calendar) and the text differs from what was last shown.
    Up/Down change the day (from today when empty).
    """

    finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.line = _DateLine(self)
        self.line.setObjectName("dateText")
        self.line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.line.setClearButtonEnabled(True)
        self.line.setMaxLength(20)
        width = self.line.fontMetrics().horizontalAdvance("0000-00-00__") + 40
        self.line.setMinimumWidth(width)
        self.button = QToolButton(self)
        self.button.setObjectName("calendarButton")
        self.button.setText("…")
        self.button.setIcon(icons.icon("calendar"))
        self.button.setToolTip(self.tr("Pick the date from a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.line)
        box.addWidget(self.button)
        self.setFocusProxy(self.line)
        self._shown = ""
        self._calendar: QCalendarWidget | None = None
        self.line.editingFinished.connect(self._finish)
        self.button.clicked.connect(self.show_calendar)

    # --- value -----------------------------------------------------------------------
    def text(self) -> str:
        return self.line.text().strip()

    def set_text(self, text: str) -> None:
        """Show ``text`` without firing ``finished`` (it is what the file holds)."""
        self._shown = text or ""
        self.line.setText(self._shown)

    def date(self) -> QDate | None:
        return qdate(self.text())

    def set_date(self, d: QDate | None, *, finish: bool = True) -> None:
        self.line.setText(d.toString("yyyy-MM-dd") if d is not None else "")
        if finish:
            self._finish()
        else:
            self._shown = self.line.text()

    def _finish(self) -> None:
        tidy = tidy_date(self.line.text())
        if tidy != self.line.text():
            self.line.setText(tidy)
        if tidy != self._shown:
            self._shown = tidy
            self.finished.emit()

    # --- keys and calendar -------------------------------------------------------------
    def key(self, event: QKeyEvent) -> bool:
        """Up/Down change the day, F4 or Alt+Down opens the calendar; True when the key
        was used here. (Clearing is deleting the text, or the clear button: Ctrl+Delete
        is the window's Delete record.)"""
        if self.line.isReadOnly():
            return False
        key = event.key()
        mods = event.modifiers()
        if key == Qt.Key.Key_F4 or (mods & Qt.KeyboardModifier.AltModifier
                                    and key == Qt.Key.Key_Down):
            self.show_calendar()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            d = self.date()
            step = 1 if key == Qt.Key.Key_Up else -1
            d = QDate.currentDate() if d is None else d.addDays(step)
            self.line.setText(d.toString("yyyy-MM-dd"))  # written when the user moves on
            return True
        return False

    def show_calendar(self) -> None:
        if self.line.isReadOnly():
            return
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.setGridVisible(True)
            self._calendar.clicked.connect(self._picked)
            self._calendar.activated.connect(self._picked)
        cal = self._calendar
        d = self.date() or QDate.currentDate()
        cal.setSelectedDate(d)
        cal.setCurrentPage(d.year(), d.month())
        cal.adjustSize()
        cal.move(self.mapToGlobal(QPoint(0, self.height())))
        cal.show()
        cal.setFocus()

    def _picked(self, d: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self.line.setFocus()
        self.set_date(d)


class _DateLine(QLineEdit):
    """The text box of a DateInput; its special keys go to the DateInput."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        owner = self.parentWidget()
        if isinstance(owner, DateInput) and owner.key(event):
            return
        super().keyPressEvent(event)


# --- undo routing ----------------------------------------------------------------------

_UNDO = QKeySequence.StandardKey.Undo
_REDO = QKeySequence.StandardKey.Redo


def _own_history(widget: QObject, redo: bool) -> bool:
    """Whether the widget has typing of its own to undo (or redo)."""
    if isinstance(widget, QAbstractSpinBox):
        widget = widget.findChild(QLineEdit) or widget
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit() or widget
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, QPlainTextEdit):
        doc = widget.document()
        return doc.isRedoAvailable() if redo else doc.isUndoAvailable()
    return False


def is_redo(event: QKeyEvent) -> bool:
    return event.matches(_REDO) or (
        event.key() == Qt.Key.Key_Y
        and event.modifiers() & Qt.KeyboardModifier.ControlModifier != Qt.KeyboardModifier(0))


class _UndoRouter(QObject):
    """Lets Undo/Redo keys past a text box when the box has nothing of its own to undo.

    It filters only the box that has the keyboard focus (it follows the application's
    focus): a Python event filter on every form widget would run for every paint and
    resize, which made a page with fifty fields measurably slower to draw.
    """

    def __init__(self) -> None:
        super().__init__()
        self.routed: weakref.WeakSet[QWidget] = weakref.WeakSet()
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and old in self.routed:
            old.removeEventFilter(self)
        if new is not None and new in self.routed:
            new.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            undo, redo = event.matches(_UNDO), is_redo(event)
            if (undo or redo) and not _own_history(obj, redo):
                event.ignore()  # not taken by the box: the window's Undo/Redo action runs
                return True
        return False


_router: _UndoRouter | None = None


def route_undo(widget: QWidget) -> None:
    """Send Undo/Redo keys typed in ``widget`` to the window once it has no history."""
    global _router
    if _router is None:
        _router = _UndoRouter()
    _router.routed.add(widget)
    if widget.hasFocus():
        widget.installEventFilter(_router)


# --- searchable drop-downs ---------------------------------------------------------------

def best_match(combo: QComboBox, text: str) -> int:
    """Index of the item Enter should pick for ``text`` (-1 for none): an exact label,
    else the first label starting with it, else the first containing it."""
    needle = text.strip().casefold()
    if not needle:
        return -1
    labels = [combo.itemText(i).casefold() for i in range(combo.count())]
    for test in (str.__eq__, str.startswith, str.__contains__):
        for i, label in enumerate(labels):
            if label and combo.itemData(i) is not None and test(label, needle):
                return i
    return -1


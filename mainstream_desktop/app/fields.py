"""One editor widget per field kind, built from the register's Field declaration.

Every editor hands back the *raw* value (text as typed, a key, a list of keys) and the
core's ``coerce`` decides whether it fits, so the window never duplicates a rule.
``committed`` fires when the user has finished with the field (Enter, Tab, a pick),
which is when the record form writes it to the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.app.inputs import DateInput, best_match, route_undo
from mainstream_desktop.core import validation
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import YEAR_MAX, YEAR_MIN, Field

LONG_LIST = 15  # choice lists longer than this get type-to-search
LATER_MS = 1000  # a costly list is filled this long after its box is first shown (idle)
EMPTY = -999_999  # the spin box value shown as "—" (no value); anything typed is kept


class FieldEditor(QWidget):
    """Base of every field editor: value(), set_value(), committed."""

    committed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        """Only choice-like editors use this (a referenced register changed)."""

    def focus_widget(self) -> QWidget:
        return self.focusProxy() or self


class TextEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(field.max_length)
        if field.help:
            self.edit.setPlaceholderText(translate("Field", field.help))
        self._layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        route_undo(self.edit)
        self.edit.editingFinished.connect(self._finished)
        self._shown = ""

    def _finished(self) -> None:
        if self.edit.text() != self._shown:
            self.committed.emit()

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self._shown = validation.display(self.field, value) if self.field.kind == "float" else (
            "" if value is None else str(value))
        self.edit.setText(self._shown)
        self.edit.setCursorPosition(0)


class LongTextEditor(FieldEditor):
    """Several lines; Tab moves on (typing speed matters more than tab characters)."""

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        line = self.edit.fontMetrics().lineSpacing()
        self.edit.setMinimumHeight(line * 3 + 12)
        self.edit.setMaximumHeight(line * 6 + 12)
        self._layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.installEventFilter(self)
        route_undo(self.edit)
        self._shown = ""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.edit and event.type() == QEvent.Type.FocusOut and (
                self.edit.toPlainText() != self._shown):
            self.committed.emit()
        return False

    def value(self) -> Any:
        return self.edit.toPlainText()

    def set_value(self, value: Any) -> None:
        self._shown = "" if value is None else str(value)
        self.edit.setPlainText(self._shown)


class SpinEditor(FieldEditor):
    """A whole number with arrows (a 1–5 rating, a year); “—” is empty.

    The arrows stay within the field's bounds, but whatever is typed is kept and handed to
    the core, so a 9 in a 1–5 field is refused with a reason beside it instead of being
    silently dropped by the spin box's own range.
    """

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.spin = _Spin(self)
        if field.kind == "year":
            lo, hi = YEAR_MIN, YEAR_MAX
            self.spin.jump_to = dt.date.today().year
        else:
            lo, hi = int(field.min or 0), int(field.max or 0)
            self.spin.jump_to = lo
        self.spin.bounds = (lo, hi)
        self.spin.setRange(EMPTY, -EMPTY)
        self.spin.setSpecialValueText("—")
        self.spin.setKeyboardTracking(False)
        self.spin.setAccelerated(True)
        width = self.spin.fontMetrics().horizontalAdvance("0" * max(4, len(str(hi)) + 2))
        self.spin.setMinimumWidth(width + 36)
        self._layout.addWidget(self.spin)
        self._layout.addStretch(1)
        self.setFocusProxy(self.spin)
        route_undo(self.spin)
        self.spin.valueChanged.connect(lambda _v: self.committed.emit())

    def value(self) -> Any:
        v = self.spin.value()
        return None if v == EMPTY else v

    def set_value(self, value: Any) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(EMPTY if value is None else int(value))
        self.spin.blockSignals(False)


class _Spin(QSpinBox):
    jump_to = 0
    bounds = (0, 0)

    def stepBy(self, steps: int) -> None:
        lo, hi = self.bounds
        if self.value() == EMPTY:
            if steps > 0:
                self.setValue(self.jump_to)
            return
        wanted = self.value() + steps
        self.setValue(EMPTY if wanted < lo else min(wanted, hi))

    def stepEnabled(self) -> QSpinBox.StepEnabledFlag:
        return (QSpinBox.StepEnabledFlag.StepUpEnabled
                | QSpinBox.StepEnabledFlag.StepDownEnabled)

    def validate(self, text: str, pos: int) -> object:
        if not text.strip():  # cleared: the field becomes empty
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:
        if not text.strip() or text == self.specialValueText():
            return EMPTY
        return super().valueFromText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Typing into “—” replaces it (otherwise “—9” is not a number and the 9 is lost).
        if self.value() == EMPTY and event.text() and event.text().isprintable():
            self.lineEdit().selectAll()
        super().keyPressEvent(event)


class DateEditor(FieldEditor):
    """A date typed as YYYY-MM-DD (or picked from the calendar); empty is no date.

    The text goes to the core as typed, which decides whether it is a date, so a
    mistyped date is refused with a reason beside it, never lost.
    """

    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.edit = DateInput(self)
        self._layout.addWidget(self.edit)
        self._layout.addStretch(1)
        self.setFocusProxy(self.edit.line)
        route_undo(self.edit.line)
        self.edit.finished.connect(self.committed.emit)

    def focus_widget(self) -> QWidget:
        return self.edit.line

    def value(self) -> Any:
        return self.edit.text() or None

    def set_value(self, value: Any) -> None:
        self.edit.set_text("" if value is None else str(value))


class BoolEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None):
        super().__init__(field, parent)
        self.check = QCheckBox(self)
        self._layout.addWidget(self.check)
        self._layout.addStretch(1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(lambda _v: self.committed.emit())

    def value(self) -> Any:
        return self.check.isChecked()

    def set_value(self, value: Any) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(bool(value))
        self.check.blockSignals(False)


class ChoiceEditor(FieldEditor):
    """A drop-down of (key, label) pairs; long lists can be searched by typing."""

    def __init__(self, field: Field, choices: Sequence[tuple[str, str]],
                 parent: QWidget | None = None, empty_hint: str = "",
                 later: Callable[[], Sequence[tuple[str, str]]] | None = None):
        """``later`` gives a list that is costly to build (the ~250 localised country names
        take 40–50 ms, on the way to the first page): the box then shows only the current
        value until the user reaches for it, or a moment after it is first shown."""
        super().__init__(field, parent)
        self.empty_hint = empty_hint  # shown when a reference list has nothing to offer
        self._later = later
        self.combo = QComboBox(self)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        self.combo.setMaxVisibleItems(20)
        self._layout.addWidget(self.combo, 1)
        self.setFocusProxy(self.combo)
        route_undo(self.combo)
        self.combo.activated.connect(lambda _i: self.committed.emit())
        self._key: str | None = None
        # labels of keys the list does not offer: a user-assigned country code ("XLV")
        # shows the name the workshop gives it, not the code
        self.names: dict[Any, str] = {}
        self.set_choices(choices)
        if later is not None:
            self.combo.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.combo and self._later is not None and event.type() in (
                QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress):
            self.fill_now()
        return False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._later is not None:
            # a box showing a value fills as soon as the page is drawn, so its code
            # ("GHA") gives way to the name at once; an empty one waits for idle time
            # (with the editor as context: an editor deleted first cancels the timer)
            QTimer.singleShot(0 if self._key is not None else LATER_MS, self, self.fill_now)

    def fill_now(self) -> None:
        """Put the full list in (once)."""
        if self._later is not None:
            later, self._later = self._later, None
            self.combo.removeEventFilter(self)
            self.set_choices(later())

    def set_choices(self, choices: Sequence[tuple[str, str]]) -> None:
        current = self.value() if self.combo.count() else self._key
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem("" if choices else self.empty_hint, None)
        self.combo.setToolTip(self.empty_hint if not choices and self.empty_hint else "")
        for key, label in choices:
            self.combo.addItem(label, key)
        searchable = len(choices) > LONG_LIST
        self.combo.setEditable(searchable)
        if searchable:
            self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter(self.combo.model(), self.combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.combo.setCompleter(completer)
            completer.activated.connect(lambda _t: self.committed.emit())
            self.combo.lineEdit().editingFinished.connect(self._typed)
            # the line edit is new: app.a11y names it like its box when it is first shown
            self.combo.lineEdit().setPlaceholderText(self.tr("Type to search…"))
        self.combo.blockSignals(False)
        self.set_value(current)

    def _typed(self) -> None:
        """Enter or leaving the box: pick the best match for what was typed ("Ghan" →
        Ghana), so a search never ends on text that is not one of the choices."""
        text = self.combo.currentText().strip()
        if text and self.combo.findText(text, Qt.MatchFlag.MatchFixedString) < 0:
            index = best_match(self.combo, text)
            if index >= 0:
                self.combo.setCurrentIndex(index)
                self.combo.lineEdit().setCursorPosition(0)
        if self.value() != self._key:
            self.committed.emit()

    def value(self) -> Any:
        if self.combo.isEditable():
            text = self.combo.currentText().strip()
            if not text:
                return None
            index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
            if index < 0:
                return text  # not in the list: the core explains why it is refused
            return self.combo.itemData(index)
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        self._key = value
        self.combo.blockSignals(True)
        index = self.combo.findData(value) if value is not None else 0
        if index < 0:  # a key the list no longer offers (a deleted record): show it as is
            self.combo.addItem(self.names.get(value, str(value)), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)
        if self.combo.isEditable():
            self.combo.lineEdit().setCursorPosition(0)  # show the start of a long label
        self.combo.blockSignals(False)


class MultiEditor(FieldEditor):
    """A checkable list (thematic areas, disaggregations, SDG/GCM links)."""

    def __init__(self, field: Field, choices: Sequence[tuple[str, str]],
                 parent: QWidget | None = None):
        super().__init__(field, parent)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self._layout.addLayout(box)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        box.addWidget(self.filter)
        box.addWidget(self.list)
        rows = min(max(len(choices), 2), 6)
        row_h = self.list.fontMetrics().height() + 6
        self.list.setMinimumHeight(min(rows, 3) * row_h + 6)
        self.list.setMaximumHeight(rows * row_h + 8)
        self.filter.setVisible(len(choices) > LONG_LIST)
        self.filter.textChanged.connect(self._apply_filter)
        self.setFocusProxy(self.list)
        for key, label in choices:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.list.itemChanged.connect(lambda _i: self.committed.emit())

    def _apply_filter(self, text: str) -> None:
        folded = text.casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(folded) and folded not in item.text().casefold())

    def value(self) -> Any:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_value(self, value: Any) -> None:
        wanted = set(value or [])
        self.list.blockSignals(True)
        checked_first = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            if on:
                checked_first.append(item)
        self.list.blockSignals(False)
        if checked_first:
            self.list.scrollToItem(checked_first[0])


def make_editor(field: Field, choices: Sequence[tuple[str, str]] = (),
                parent: QWidget | None = None) -> FieldEditor:
    """The editor for a field; ``choices`` are the options of ref fields (from the file)."""
    kind = field.kind
    if kind == "longtext":
        return LongTextEditor(field, parent)
    if kind == "year" or (kind == "int" and field.min is not None and field.max is not None
                          and field.max - field.min <= 100):
        return SpinEditor(field, parent)
    if kind == "date":
        return DateEditor(field, parent)
    if kind == "bool":
        return BoolEditor(field, parent)
    if kind == "choice" and field.choices == "countries":
        return ChoiceEditor(field, (), parent, later=lambda: validation.choice_list(field))
    if kind == "choice":
        return ChoiceEditor(field, validation.choice_list(field), parent)
    if kind == "ref":
        return ChoiceEditor(field, choices, parent, empty_hint=empty_ref_hint(field))
    if kind == "multi":
        return MultiEditor(field, validation.choice_list(field), parent)
    return TextEditor(field, parent)  # text, email, int, float


def empty_ref_hint(field: Field) -> str:
    """What an empty reference drop-down says: where its records are added."""
    if not field.ref:
        return ""
    from mainstream_desktop.app.pages import PAGES, page_titles  # pages import this module
    from mainstream_desktop.core.registers import register

    ref = register(field.ref)
    steps = {page.step: title for page, title in zip(PAGES, page_titles(), strict=True)}
    return translate("Field", "No {what} yet — add them in {step}").format(
        what=translate("Register", ref.label).lower(), step=steps.get(ref.step, ref.step))

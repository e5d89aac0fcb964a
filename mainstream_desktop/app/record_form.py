"""The detail form of one record: every field of its register, built from the declarations.

An existing record is edited field by field: each field is written the moment the user
finishes with it (one undoable command each), so nothing typed is ever lost. A new
record (Ctrl+N) is collected first and written whole when the user presses Enter or
Add, so the file never holds a half-written record. A refused value stays in its field
with the reason beside it, and is not written.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.app.document import Document
from mainstream_desktop.app.fields import ChoiceEditor, FieldEditor, make_editor
from mainstream_desktop.app.forms import child, load_form
from mainstream_desktop.core.batch import Op
from mainstream_desktop.core.errors import Problem, UserError, ValidationError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import Register, register
from mainstream_desktop.core.validity import REQUIRED

LABEL_CHARS = 24  # the label column's width at most, in average characters
ERROR_STYLE = "color: #8c1d18; background: #fde7e9; border-radius: 3px; padding: 2px 4px;"


class RecordForm(QWidget):
    """Edit one record of ``table``, or collect a new one."""

    recordAdded = Signal(str)
    deleteRequested = Signal(str)
    message = Signal(str)
    modeChanged = Signal(str)  # "empty" | "edit" | "new": the register view hides it when empty

    def __init__(self, doc: Document, table: str, parent: QWidget | None = None, *,
                 show_delete: bool = True):
        super().__init__(parent)
        self.doc = doc
        self.show_delete = show_delete
        self.reg: Register = register(table)
        self.record_id: str | None = None
        self.record: dict[str, Any] = {}
        self.mode = "empty"  # "empty" | "edit" | "new"
        self._errors: set[str] = set()

        self.form = load_form("record_form.ui", self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.form)
        self.heading = child(self.form, "headingLabel", QLabel)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.message_label = child(self.form, "messageLabel", QLabel)
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.hide()
        self.history = child(self.form, "historyLabel", QLabel)
        self.history.setEnabled(False)
        self.layout_ = child(self.form, "fieldsLayout", QFormLayout)
        self.scroll = child(self.form, "scrollArea", QScrollArea)
        self.add_button = child(self.form, "addButton", QPushButton)
        self.cancel_button = child(self.form, "cancelButton", QPushButton)
        self.delete_button = child(self.form, "deleteButton", QPushButton)
        self.add_button.clicked.connect(self.add)
        self.cancel_button.clicked.connect(self.cancel_new)
        self.delete_button.clicked.connect(
            lambda: self.record_id and self.deleteRequested.emit(self.record_id))

        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        self.error_labels: dict[str, QLabel] = {}
        for f in self.reg.fields:
            self._add_row(f)
        self._fit_labels()
        doc.changed.connect(self._on_changed)
        if doc.readonly:
            from mainstream_desktop.app.held import make_read_only

            for editor in self.editors.values():
                make_read_only(editor)
        self.show_record(None)

    # --- building ------------------------------------------------------------------------

    def _add_row(self, f) -> None:
        choices = self.doc.ref_choices(f.ref) if f.kind == "ref" and f.ref else ()
        editor = make_editor(f, choices, self)
        editor.setObjectName(f"field_{f.name}")
        error = QLabel(self)
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        holder = QWidget(self)
        # never taller than its editor (and reason): a tall row would centre a notes box
        # far below its label
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        box.addWidget(error)
        text = translate("Field", f.label) + (" *" if f.required else "")
        label = QLabel(text, self)
        label.setBuddy(editor.focus_widget())
        label.setWordWrap(True)
        if f.help:
            label.setToolTip(translate("Field", f.help))
            editor.setToolTip(translate("Field", f.help))
        self.layout_.addRow(label, holder)
        self.labels[f.name] = label
        editor.committed.connect(lambda name=f.name: self._committed(name))
        self.editors[f.name] = editor
        self.error_labels[f.name] = error

    def _fit_labels(self) -> None:
        """One width for the label column, and each label as tall as its wrapped lines
        at that width: a form layout asks a wrapped label's height before its width is
        known, and cut long labels top and bottom ("Stratégie nationale de
        développement")."""
        if not self.labels:
            return
        fm = self.fontMetrics()
        widest = max(fm.horizontalAdvance(label.text()) for label in self.labels.values())
        width = min(widest + 4, fm.averageCharWidth() * LABEL_CHARS)
        for label in self.labels.values():
            label.setFixedWidth(width)
            label.setMinimumHeight(label.heightForWidth(width))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange and getattr(self, "labels", None):
            self._fit_labels()  # larger type (presentation, zoom): wider, taller labels

    # --- showing ---------------------------------------------------------------------------

    def show_record(self, record_id: str | None) -> None:
        """Show (and edit) a record; ``None`` shows an empty, disabled form."""
        self._clear_errors()
        rec = self.doc.ws.get(self.reg.name, record_id) if record_id else None
        self.record_id = record_id if rec else None
        self.record = rec or {}
        self.mode = "edit" if rec else "empty"
        self._fill(self.record)
        self._update_chrome()

    def start_new(self) -> None:
        """Collect a new record; nothing is written until :meth:`add`."""
        if self.doc.readonly:
            return
        self._clear_errors()
        self.mode = "new"
        self.record_id = None
        self.record = {}
        self._fill({})
        self._update_chrome()
        self.focus_first()

    def focus_first(self) -> None:
        first = next(iter(self.editors.values()), None)
        if first is not None:
            first.focus_widget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _fill(self, rec: dict[str, Any], *, keep_errors: bool = False) -> None:
        country = self.editors.get("country")
        if isinstance(country, ChoiceEditor) and rec.get("country") and rec.get("country_name"):
            country.names = {rec["country"]: str(rec["country_name"])}
        for name, editor in self.editors.items():
            if keep_errors and name in self._errors:
                continue
            editor.set_value(rec.get(name))

    def _update_chrome(self) -> None:
        singular = translate("Register", self.reg.singular)
        if self.mode == "new":
            self.heading.setText(self.tr("New: {what}").format(what=singular.lower()))
        elif self.mode == "edit":
            self.heading.setText(self.doc.ws.describe(self.reg.name, self.record) or singular)
        elif self.doc.readonly:
            self.heading.setText(self.tr("Select a record to see it"))
        else:
            self.heading.setText(self.tr("Select a record, or press Ctrl+N to add one"))
        self.scroll.setEnabled(self.mode != "empty")
        self.add_button.setVisible(self.mode == "new")
        self.cancel_button.setVisible(self.mode == "new")
        self.delete_button.setVisible(self.mode == "edit" and not self.reg.singleton
                                       and self.show_delete)
        stamp = str(self.record.get("updated_at") or "")[:16].replace("T", " ")
        self.history.setText(self.tr("Last changed {when}").format(when=stamp) if stamp else "")
        self.modeChanged.emit(self.mode)

    # --- errors ---------------------------------------------------------------------------

    def _show_error(self, name: str | None, text: str) -> None:
        if name and name in self.error_labels:
            self._errors.add(name)
            self.error_labels[name].setText(text)
            self.error_labels[name].show()
        else:
            self.message_label.setText(text)
            self.message_label.show()

    def _clear_error(self, name: str) -> None:
        self._errors.discard(name)
        self.error_labels[name].hide()

    def _clear_errors(self) -> None:
        for name in list(self.error_labels):
            self._clear_error(name)
        self.message_label.hide()

    def _show_validation(self, exc: UserError) -> None:
        if isinstance(exc, ValidationError):
            self._show_problems(exc.problems)
        else:
            self._show_error(None, str(exc))

    def _show_problems(self, problems: list[Problem]) -> None:
        """Each problem beside its field (problems are keyed by field, not by label)."""
        for p in problems:
            self._show_error(p.field, p.text)

    def errors(self) -> dict[str, str]:
        """Field name → message shown beside it (for tests and the status bar)."""
        return {n: self.error_labels[n].text() for n in self._errors}

    # --- writing --------------------------------------------------------------------------

    def _committed(self, name: str) -> None:
        """A field left: an existing record is updated at once; in a new record the value
        is checked by the store (a preview of the insert) and any problem shown beside it."""
        raw = self.editors[name].value()
        self.message_label.hide()
        self._clear_error(name)
        if self.doc.readonly or self.doc.closed:  # focus can leave a field as a window closes
            return
        if self.mode == "new":
            plan = self.doc.ws.preview([Op.insert(self.reg.name, self._new_values())])
            self._show_problems([p for p in plan.problems
                                 if p.field == name and p.source != REQUIRED])
            return
        if self.mode != "edit" or self.record_id is None:
            return
        try:
            self.doc.update(self.reg.name, self.record_id, {name: raw})
        except UserError as exc:
            self._show_validation(exc)

    def values(self) -> dict[str, Any]:
        return {name: ed.value() for name, ed in self.editors.items()}

    def _new_values(self) -> dict[str, Any]:
        return {name: raw for name, raw in self.values().items()
                if raw not in (None, "", [])}

    def add(self) -> str | None:
        """Write the new record whole; on a refusal show every reason beside its field
        (the store's preview finds them all at once: types, required, unique names)."""
        if self.mode != "new" or self.doc.readonly:
            return None
        self._clear_errors()
        values = self._new_values()
        plan = self.doc.ws.preview([Op.insert(self.reg.name, values)])
        if not plan.ok:
            self._show_problems(plan.problems)
            self._refused()
            return None
        try:
            result = self.doc.insert(self.reg.name, values)
        except UserError as exc:
            self._show_validation(exc)
            self._refused()
            return None
        self.mode = "edit"
        rid = result.record_id or ""
        self.show_record(rid)
        self.recordAdded.emit(rid)
        self.message.emit(self.tr("Added. Press Ctrl+N to add another."))
        return rid

    def cancel_new(self) -> None:
        if self.mode == "new":
            self.show_record(None)
            self.message.emit(self.tr("Nothing was added."))

    def _refused(self) -> None:
        """A refused Add: say so in the status bar too (replacing an earlier "Added."), and
        bring the first field with a reason into view."""
        first = next((n for n in self.editors if n in self._errors), None)
        if first is not None:
            label = translate("Field", self.reg.field(first).label)
            reason = f"{label}: {self.error_labels[first].text()}"
        else:
            reason = self.message_label.text()
        self.message.emit(self.tr("Not added — {reason}").format(reason=reason))
        self._focus_error()

    def _focus_error(self) -> None:
        for name in self.editors:
            if name in self._errors:
                holder = self.error_labels[name].parentWidget()
                self.scroll.ensureWidgetVisible(holder, 0, 20)
                self.editors[name].focus_widget().setFocus()
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.mode == "new":
                self.add()
            else:
                self.focusNextChild()
            return
        if key == Qt.Key.Key_Escape and self.mode == "new":
            self.cancel_new()
            return
        super().keyPressEvent(event)

    # --- keeping up with the file ---------------------------------------------------------

    def _on_changed(self, tables: set[str]) -> None:
        for name, editor in self.editors.items():
            f = self.reg.field(name)
            if f.kind == "ref" and f.ref in tables:
                editor.set_choices(self.doc.ref_choices(f.ref))
        if self.reg.name in tables and self.mode == "edit" and self.record_id:
            rec = self.doc.ws.get(self.reg.name, self.record_id)
            if rec is None:
                self.show_record(None)
                return
            self.record = rec
            self._fill(rec, keep_errors=True)
            self._update_chrome()

"""Dialogs: a new workshop, the preview of a workbook import, and error messages."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.app import settings
from mainstream_desktop.app.forms import child, load_form
from mainstream_desktop.app.inputs import DateInput, best_match, qdate
from mainstream_desktop.app.record_form import ERROR_STYLE
from mainstream_desktop.core import refdata, rules, validation
from mainstream_desktop.core.registers import register


def file_filter() -> str:
    return QCoreApplication.translate("Files", "Mainstream workshop (*.mainstream)")


def with_extension(path: str) -> Path:
    """A workshop path as chosen in a file dialog, ``.mainstream`` added when missing."""
    return Path(path if path.endswith(".mainstream") else path + ".mainstream")


def safe_file_name(title: str) -> str:
    name = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip().replace(" ", "-")
    return (name[:60] or "workshop") + ".mainstream"


class NewWorkshopDialog(QDialog):
    """Title, country (localised list, type to search), dates and where to keep the file."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self.form = load_form("new_workshop.ui", self)
        self.title_edit = child(self.form, "titleEdit", QLineEdit)
        self.country = child(self.form, "countryCombo", QComboBox)
        self.start, self.start_error = self._date_box("startDate")
        self.end, self.end_error = self._date_box("endDate")
        self.file_edit = child(self.form, "fileEdit", QLineEdit)
        self.error = child(self.form, "errorLabel", QLabel)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        child(self.form, "browseButton", QPushButton).clicked.connect(self._browse)
        self.country.setEditable(True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.country.addItem("", None)
        for key, label in refdata.choices("countries"):
            self.country.addItem(label, key)
        completer = self.country.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.country.lineEdit().setPlaceholderText(self.tr("Type to search…"))
        self.country.lineEdit().editingFinished.connect(self._pick_country)
        self.country.lineEdit().installEventFilter(self)
        today = QDate.currentDate()
        self.start.set_date(today, finish=False)
        self.end.set_date(today.addDays(1), finish=False)
        self.start.finished.connect(self._start_changed)
        self.end.finished.connect(self._check_dates)
        self._file_chosen = False
        self.title_edit.textChanged.connect(self._suggest_file)
        self.file_edit.textEdited.connect(lambda _t: setattr(self, "_file_chosen", True))
        self._suggest_file("")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.form)
        box.addWidget(self.buttons)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def _date_box(self, name: str) -> tuple[DateInput, QLabel]:
        """A typed date (with a calendar) and the reason it is refused, beneath it."""
        holder = child(self.form, name, QWidget)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        edit = DateInput(holder)
        error = QLabel(holder)
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        box.addWidget(edit)
        box.addWidget(error)
        holder.setFocusProxy(edit.line)
        return edit, error

    def _start_changed(self) -> None:
        start, end = self.start.date(), self.end.date()
        if start is not None and end is not None and end < start:
            self.end.set_date(start, finish=False)  # a one-day workshop, not a refusal
        self._check_dates()

    def _check_dates(self) -> bool:
        """Each date checked by the core (a date? the end not before the start), the
        reason shown beside the field; True when both are fine."""
        reg = register("workshop")
        values: dict[str, str | None] = {}
        ok = True
        for name, edit, error in (("start_date", self.start, self.start_error),
                                  ("end_date", self.end, self.end_error)):
            error.hide()
            try:
                values[name] = validation.coerce(reg.field(name), edit.text() or None)
            except validation.FieldError as exc:
                error.setText(str(exc))
                error.show()
                values[name] = None
                ok = False
        for field_name, message in rules.broken("workshop", values):
            error = self.end_error if field_name == "end_date" else self.start_error
            error.setText(str(message))
            error.show()
            ok = False
        return ok

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Enter on a partly typed country picks the match; it does not press Create."""
        if (obj is self.country.lineEdit() and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            text = self.country.currentText().strip()
            if text and self.country.findText(text, Qt.MatchFlag.MatchFixedString) < 0:
                self._pick_country()
                return True
        return super().eventFilter(obj, event)

    def _pick_country(self) -> None:
        """Enter (or leaving the box) picks the best match for what was typed."""
        text = self.country.currentText().strip()
        if text and self.country.findText(text, Qt.MatchFlag.MatchFixedString) < 0:
            index = best_match(self.country, text)
            if index >= 0:
                self.country.setCurrentIndex(index)

    def _suggest_file(self, title: str) -> None:
        if not self._file_chosen:
            self.file_edit.setText(os.path.join(settings.last_folder(),
                                                safe_file_name(title or self.tr("workshop"))))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Keep the workshop in"),
                                              self.file_edit.text(), file_filter())
        if path:
            self.file_edit.setText(str(with_extension(path)))
            self._file_chosen = True

    def country_key(self) -> str | None:
        text = self.country.currentText().strip()
        i = self.country.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.country.itemData(i) if i > 0 else None

    def values(self) -> dict[str, str]:
        return {
            "title": self.title_edit.text().strip(),
            "country": self.country_key() or "",
            "start_date": tidy(self.start),
            "end_date": tidy(self.end),
        }

    def path(self) -> Path:
        text = self.file_edit.text().strip()
        return with_extension(text)

    def accept(self) -> None:
        self._pick_country()
        if not self._check_dates():
            self.error.hide()
            (self.start if self.start_error.isVisible() else self.end).setFocus()
            return
        v = self.values()
        problem = ""
        if not v["title"]:
            problem = self.tr("Give the workshop a title.")
        elif not v["country"]:
            problem = self.tr("Choose the country from the list.")
        elif not self.file_edit.text().strip():
            problem = self.tr("Choose where to keep the workshop file.")
        elif self.path().exists():
            problem = self.tr("“{name}” already exists; choose another file name.").format(
                name=self.path().name)
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()


def tidy(edit: DateInput) -> str:
    """The date as YYYY-MM-DD, or "" when none was given."""
    d = qdate(edit.text())
    return d.toString("yyyy-MM-dd") if d is not None else ""


class ImportPreviewDialog(QDialog):
    """What importing a workbook would change, sheet by sheet; Apply only if no problems."""

    def __init__(self, plan, parent: QWidget | None = None, title: str = "",
                  details: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Import workbook"))
        self.form = load_form("import_preview.ui", self)
        table = child(self.form, "sheetTable", QTableWidget)
        errors = child(self.form, "errorList", QListWidget)
        summary = child(self.form, "summaryLabel", QLabel)
        sheets = list(getattr(plan, "sheets", []))
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Added"), self.tr("Updated"),
                                         self.tr("Unchanged")])
        table.setRowCount(len(sheets))
        for row, sheet in enumerate(sheets):
            for col, value in enumerate((sheet.name, sheet.added, sheet.updated,
                                         sheet.unchanged)):
                item = QTableWidgetItem(str(value))
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, col, item)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        problems = list(getattr(plan, "errors", []))
        errors.addItems([str(p) for p in problems])
        child(self.form, "errorsCaption", QLabel).setVisible(bool(problems))
        errors.setVisible(bool(problems))
        added = sum(s.added for s in sheets)
        updated = sum(s.updated for s in sheets)
        ok = bool(getattr(plan, "ok", not problems))
        summary.setText(
            self.tr("{added} record(s) will be added and {updated} updated. The import is one "
                    "step: Undo takes it back.").format(added=added, updated=updated) if ok else
            self.tr("The workbook cannot be imported until the problems below are fixed."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = buttons.addButton(self.tr("Import"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(ok and (added + updated) > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.form)
        if details:  # what the reading decided (a values table: its columns)
            self.details = QLabel(details, self)
            self.details.setWordWrap(True)
            self.details.setTextFormat(Qt.TextFormat.PlainText)
            box.addWidget(self.details)
        box.addWidget(buttons)
        self.resize(620, 460)

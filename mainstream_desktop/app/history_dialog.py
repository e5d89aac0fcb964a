"""A record's history (Ctrl+H, or History on a register): every change, newest first,
and any value written back as a new, undoable edit.

The rows come from :func:`core.record_history.history_rows`; writing a value back is
:meth:`Document.update`, so it is one step on the window's undo stack like any edit, and
it shows at the top of the history at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.app.document import Document
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.record_history import HistoryRow, history_rows
from mainstream_desktop.core.registers import register


class HistoryDialog(QDialog):
    """Who changed one record, when, and what; restore an old or new value."""

    def __init__(self, doc: Document, table: str, record_id: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.doc, self.table, self.record_id = doc, table, record_id
        self.rows: list[HistoryRow] = []
        reg = register(table)
        self.setWindowTitle(self.tr("History"))
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.singular = translate("Register", reg.singular)
        self.table_widget = QTableWidget(0, 6, self)
        self.table_widget.setObjectName("historyTable")
        self.table_widget.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("Who (device)"), self.tr("What"), self.tr("Field"),
            self.tr("Before"), self.tr("After")])
        self.table_widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_widget.setAlternatingRowColors(True)
        self.table_widget.verticalHeader().hide()
        self.table_widget.setWordWrap(False)
        header = self.table_widget.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table_widget.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.restore_new = buttons.addButton(self.tr("Restore this value"), role)
        self.restore_new.setToolTip(self.tr("Set the field back to the value this change "
                                            "wrote (Ctrl+Z undoes it)"))
        self.restore_old = buttons.addButton(self.tr("Restore the value before"), role)
        self.restore_old.setToolTip(self.tr("Set the field back to the value it had before "
                                            "this change (Ctrl+Z undoes it)"))
        for button in (self.restore_new, self.restore_old):  # Enter never writes a value
            button.setAutoDefault(False)
            button.setDefault(False)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        self.restore_new.clicked.connect(lambda: self.restore(new=True))
        self.restore_old.clicked.connect(lambda: self.restore(new=False))
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.table_widget)
        box.addWidget(self.status)
        box.addWidget(buttons)
        self.resize(980, 520)
        self.refresh()

    def refresh(self) -> None:
        rec = self.doc.ws.get(self.table, self.record_id, include_deleted=True) or {}
        self.heading.setText(self.tr("History of {what} “{name}”").format(
            what=self.singular.lower(), name=self.doc.ws.describe(self.table, rec)
            if rec else self.record_id))
        self.rows = history_rows(self.doc.ws, self.table, self.record_id)
        t = self.table_widget
        t.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            for c, text in enumerate((row.when, row.who, row.what, row.field, row.old,
                                      row.new)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                t.setItem(r, c, item)
        if self.rows:
            t.selectRow(0)
        self._update_buttons()

    def selected(self) -> HistoryRow | None:
        rows = self.table_widget.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        ok = row is not None and row.restorable and not self.doc.readonly
        self.restore_new.setEnabled(ok)
        self.restore_old.setEnabled(ok)

    def restore(self, *, new: bool) -> None:
        """Write the selected entry's value (after it, or before it) back as a new edit."""
        row = self.selected()
        if row is None or not row.restorable:
            return
        e = row.entry
        value: Any = e.new if new else e.old
        try:
            result = self.doc.update(self.table, self.record_id, {e.field: value})
        except UserError as exc:
            self.status.setText(self.tr("Not restored: {reason}").format(reason=exc))
            return
        if not result:
            self.status.setText(self.tr("{field} already has this value.").format(
                field=row.field))
            return
        self.refresh()
        self.status.setText(self.tr("{field} restored. Ctrl+Z in the window undoes it."
                                    ).format(field=row.field))

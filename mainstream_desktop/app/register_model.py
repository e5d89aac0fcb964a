"""The one table model of the window, parameterised by a register and its columns.

Every register table on every step page is this model: its columns come from the
register's declarations (:func:`default_columns`), its rows from ``Workshop.records``,
and an edit in a cell is an undoable update through the Document. It holds a row
cache and is reset only when its register (or one it names) changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from mainstream_desktop.app.document import Document
from mainstream_desktop.core import validation
from mainstream_desktop.core.errors import UserError, ValidationError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import Field, Register, register

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FIELD_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_COLUMNS = 8
Index = QModelIndex | QPersistentModelIndex


def default_columns(reg: Register) -> tuple[str, ...]:
    """The fields worth a column: short ones, the register's title first, at most eight."""
    names = [f.name for f in reg.fields if f.kind not in ("longtext",)]
    if reg.title_field in names:
        names.remove(reg.title_field)
        names.insert(0, reg.title_field)
    return tuple(names[:MAX_COLUMNS])


class RegisterModel(QAbstractTableModel):
    """Rows are the live records of one register; columns are some of its fields."""

    editFailed = Signal(str)

    def __init__(self, doc: Document, table: str, columns: tuple[str, ...] | None = None,
                 parent=None):
        super().__init__(parent)
        self.doc = doc
        self.reg = register(table)
        self.columns: tuple[Field, ...] = tuple(
            self.reg.field(n) for n in (columns or default_columns(self.reg)))
        self._rows: list[dict[str, Any]] = []
        self._watch = {table} | {f.ref for f in self.columns if f.kind == "ref" and f.ref}
        doc.changed.connect(self._on_changed)
        self.reload()

    # --- rows --------------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.doc.ws.records(self.reg.name)
        self.endResetModel()

    def _on_changed(self, tables: set[str]) -> None:
        if tables & self._watch:
            self.reload()

    def record_id(self, row: int) -> str:
        return self._rows[row]["id"]

    def row_of(self, record_id: str) -> int:
        for i, rec in enumerate(self._rows):
            if rec["id"] == record_id:
                return i
        return -1

    def record(self, row: int) -> dict[str, Any]:
        return self._rows[row]

    # --- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            f = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("Field", f.label)
            if role == Qt.ItemDataRole.ToolTipRole and f.help:
                return translate("Field", f.help)
        return super().headerData(section, orientation, role)

    def text(self, f: Field, value: Any) -> str:
        if f.kind == "ref":
            return self.doc.ws.title_of(f.ref or "", value)
        return validation.display(f, value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec = self._rows[index.row()]
        f = self.columns[index.column()]
        value = rec.get(f.name)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(f, value)
        if role == Qt.ItemDataRole.EditRole:
            if f.kind in ("choice", "ref", "bool"):
                return value
            return "" if value is None else validation.display(f, value)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.text(f, value)
            return text if len(text) > 30 else None
        if role == SORT_ROLE:
            if f.kind in ("int", "float", "year") and value is not None:
                return float(value)
            return self.text(f, value).casefold()
        if role == ID_ROLE:
            return rec["id"]
        if role == FIELD_ROLE:
            return f
        if role == Qt.ItemDataRole.TextAlignmentRole and f.kind in ("int", "float", "year"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if (index.isValid() and self.columns[index.column()].kind != "multi"
                and not self.doc.readonly):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit in a cell: one undoable update, or a message saying why not."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.doc.readonly:
            return False
        f = self.columns[index.column()]
        rid = self._rows[index.row()]["id"]
        try:
            clean = validation.coerce(f, value)
            if clean == self._rows[index.row()].get(f.name):
                return True
            self.doc.update(self.reg.name, rid, {f.name: value})
        except ValidationError as exc:
            self.editFailed.emit("; ".join(f"{p.field}: {p.message}" for p in exc.problems))
            return False
        except (UserError, validation.FieldError) as exc:
            self.editFailed.emit(f"{translate('Field', f.label)}: {exc}")
            return False
        return True

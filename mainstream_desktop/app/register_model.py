"""The one table model of the window, parameterised by a register and its columns.

Every register table on every step page is this model: its columns come from the
register's declarations (:func:`default_columns`), its rows from ``Workshop.records``,
and an edit in a cell is an undoable update through the Document. It holds a row
cache and is reset only when its register (or one it names) changed; the text of each
row is worked out once per reset, so painting, scrolling and searching thousands of rows
are list look-ups rather than calls into the core (issue 7).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from mainstream_desktop.app.document import Document
from mainstream_desktop.core import validation
from mainstream_desktop.core.editing import names_touched
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
    rowsReplaced = Signal()  # an edit moved rows to keep the user's order (see _keep_sorted)

    def __init__(self, doc: Document, table: str, columns: tuple[str, ...] | None = None,
                 parent=None):
        super().__init__(parent)
        self.doc = doc
        self.reg = register(table)
        self.columns: tuple[Field, ...] = tuple(
            self.reg.field(n) for n in (columns or default_columns(self.reg)))
        self._rows: list[dict[str, Any]] = []
        self._texts: list[tuple[str, ...] | None] = []  # display text per row, on first use
        self._search: list[str | None] = []  # all of a row's text, casefolded, on first use
        self._watch = {table} | {f.ref for f in self.columns if f.kind == "ref" and f.ref}
        self._editing_row: int | None = None  # the row a cell edit is writing
        self._sort: tuple[int, Qt.SortOrder] | None = None  # see sort_rows
        doc.changed.connect(self._on_changed)
        self.reload()

    # --- rows --------------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.doc.ws.records(self.reg.name)
        if self._sort is not None:  # the order the user chose stays (issue 16)
            self._rows = [self._rows[i] for i in self._sorted_order(*self._sort)]
        self._labels: dict[str, dict[str, str]] = {}  # choice labels, once per reset
        self._texts = [None] * len(self._rows)
        self._search = [None] * len(self._rows)
        self.endResetModel()

    def _on_changed(self, tables: set[str]) -> None:
        if not tables & self._watch:
            return
        if self._refresh_in_place():
            return
        row = self._editing_row
        rec = (self.doc.ws.get(self.reg.name, self._rows[row]["id"])
               if row is not None and tables == {self.reg.name} else None)
        if rec is None:
            self.reload()
            return
        # a cell's own edit: that row in place, so the view keeps its current cell and a
        # Tab goes on to the next cell of the same record (a reset sent it to row 0)
        self._rows[row] = rec
        self._texts[row] = self._search[row] = None
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        self._keep_sorted()

    def _refresh_in_place(self) -> bool:
        """Issue 16: a change that only updated some of this register's records, leaving
        every name as it was, refreshes those rows alone (reading the whole register again
        made a field edit or an undo block the window ~100 ms at scale 20). False: the
        caller reloads as before."""
        ids = self.doc.updated_in_place(self.reg.name)
        changes = self.doc.last_changes
        if (not ids or names_touched(changes) & self._watch
                or any(c.field in self.reg.order_by for c in changes)):  # rows would move
            return False
        rows = [i for i, rec in enumerate(self._rows) if rec["id"] in ids]
        fresh = [self.doc.ws.get(self.reg.name, self._rows[i]["id"]) for i in rows]
        if len(rows) != len(ids) or any(rec is None for rec in fresh):
            return False
        for i, rec in zip(rows, fresh, strict=True):
            self._rows[i] = rec
            self._texts[i] = self._search[i] = None
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))
        self._keep_sorted()
        return True

    def _keep_sorted(self) -> None:
        """An edited row goes where the order the user chose puts it now (issue 16: it
        stayed in place until the next sort), the selection and current cell moving with
        it (a layout change, not a reset); ``rowsReplaced`` lets the view scroll to it."""
        if self._sort is None:
            return
        field = self.columns[self._sort[0]].name
        if not any(c.field == field for c in self.doc.last_changes):
            return
        if self.sort_rows(*self._sort, only_if_moved=True):
            self.rowsReplaced.emit()

    # --- sorting (issue 16) -------------------------------------------------------------
    # Qt's proxy sorts by asking data() for two cells per comparison, ~15,000 calls into
    # Python for 800 rows: 110-160 ms on the UI thread at scale 20. Here each row's key is
    # worked out once and Python's (stable) sort orders them: a few milliseconds.

    def _sort_key(self, f: Field, rec: dict[str, Any]) -> tuple[int, float, str]:
        value = rec.get(f.name)
        if f.kind in ("int", "float", "year") and value is not None:
            return (0, float(value), "")
        return (1, 0.0, self.text(f, value).casefold())

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        f = self.columns[column]
        keys = [self._sort_key(f, rec) for rec in self._rows]
        return sorted(range(len(keys)), key=keys.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def sort_rows(self, column: int, order: Qt.SortOrder, *, only_if_moved: bool = False
                  ) -> bool:
        """Order the rows by ``column`` (kept through reloads), moving the views' selection
        and current cell with their rows; True when some row moved (or always, unless
        ``only_if_moved``)."""
        if not 0 <= column < len(self.columns):
            return False
        self._sort = (column, order)
        perm = self._sorted_order(column, order)
        if only_if_moved and perm == list(range(len(perm))):
            return False
        self.layoutAboutToBeChanged.emit()
        new_row = [0] * len(perm)
        for new, old in enumerate(perm):
            new_row[old] = new
        self._rows = [self._rows[i] for i in perm]
        self._texts = [self._texts[i] for i in perm]
        self._search = [self._search[i] for i in perm]
        before = self.persistentIndexList()
        self.changePersistentIndexList(
            before, [self.index(new_row[i.row()], i.column()) for i in before])
        self.layoutChanged.emit()
        return True

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
            if role == Qt.ItemDataRole.ToolTipRole:  # the whole name, when the column cuts it
                label = translate("Field", f.label)
                return f"{label}\n{translate('Field', f.help)}" if f.help else label
        return super().headerData(section, orientation, role)

    def text(self, f: Field, value: Any) -> str:
        if f.kind == "ref":
            return self.doc.ws.title_of(f.ref or "", value)
        if f.kind in ("choice", "multi") and value not in (None, []):
            labels = self._labels.get(f.name)
            if labels is None:
                labels = self._labels[f.name] = dict(validation.choice_list(f))
            if f.kind == "choice":
                return labels.get(value, str(value))
            return "; ".join(labels.get(v, v) for v in value)
        return validation.display(f, value)

    def row_texts(self, row: int) -> tuple[str, ...]:
        """The displayed text of every column of ``row`` (cached until the next reset)."""
        texts = self._texts[row]
        if texts is None:
            rec = self._rows[row]
            texts = tuple(self.text(f, rec.get(f.name)) for f in self.columns)
            self._texts[row] = texts
        return texts

    def search_text(self, row: int) -> str:
        """All of ``row``'s displayed text, casefolded, for the search box."""
        text = self._search[row]
        if text is None:
            text = "\n".join(self.row_texts(row)).casefold()
            self._search[row] = text
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.row_texts(index.row())[index.column()]
        rec = self._rows[index.row()]
        f = self.columns[index.column()]
        value = rec.get(f.name)
        if role == Qt.ItemDataRole.EditRole:
            if f.kind in ("choice", "ref", "bool"):
                return value
            return "" if value is None else validation.display(f, value)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.row_texts(index.row())[index.column()]
            return text if len(text) > 30 else None
        if role == SORT_ROLE:
            if f.kind in ("int", "float", "year") and value is not None:
                return float(value)
            return self.row_texts(index.row())[index.column()].casefold()
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
        self._editing_row = index.row()
        try:
            self.doc.update(self.reg.name, rid, {f.name: value})  # unchanged: writes nothing
        except ValidationError as exc:
            self.editFailed.emit("; ".join(f"{p.field_label}: {p.text}" for p in exc.problems))
            return False
        except UserError as exc:
            self.editFailed.emit(f"{translate('Field', f.label)}: {exc}")
            return False
        finally:
            self._editing_row = None
        return True


class RegisterFilter(QSortFilterProxyModel):
    """Search over a RegisterModel: a row shows when any of its cells contains the text.

    Qt's own fixed-string filter asks ``data()`` for every cell of every row on each
    keystroke (16,000 calls into Python for 2,000 rows of 8 columns); this asks the model
    once per row for its cached, casefolded text.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the source model orders its rows (see RegisterModel.sort_rows);
        this proxy keeps its order, so it never sorts through data() calls."""
        model = self.sourceModel()
        if isinstance(model, RegisterModel) and column >= 0:
            model.sort_rows(column, order)
            return
        super().sort(column, order)

    def set_search(self, text: str) -> None:
        needle = text.casefold()
        if needle == self._needle:
            return
        self.beginFilterChange()
        self._needle = needle
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        if isinstance(model, RegisterModel):
            return self._needle in model.search_text(source_row)
        return super().filterAcceptsRow(source_row, source_parent)

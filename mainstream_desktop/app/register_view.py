"""A register on a step page: search box, table, and the selected record's form.

Ctrl+N starts a new record in the form, Delete removes the selected one (asking first
only when other records depend on it: then it goes with them, as one undoable step).

A view builds its insides (model, table, form) when it is first shown or first asked for
one of them: a step page holds up to five registers on tabs, and at scale 50 building
the hidden ones up front made opening the page take over 100 ms (issue 7).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.app import settings
from mainstream_desktop.app.column_widths import fit_widths
from mainstream_desktop.app.delegates import FieldDelegate
from mainstream_desktop.app.document import Document
from mainstream_desktop.app.record_form import RecordForm
from mainstream_desktop.app.register_model import SORT_ROLE, RegisterFilter, RegisterModel
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.registers import register

WRAPPED_LISTS = ("readiness_items", "instruments")
# The keys that delete the selected record: Edit ▸ Delete record's anywhere in the window,
# and Delete in the table itself. The menu and the Delete button's tooltip are written
# from these, so they never disagree.
DELETE_RECORD_KEY = "Ctrl+Del"
DELETE_KEY = QKeySequence.StandardKey.Delete  # a sequence only once the application exists
SAVE_DELAY_MS = 400  # a dragged column or splitter is remembered once it stops moving


class RegisterView(QWidget):
    """Table + filter + detail form for one register."""

    message = Signal(str)

    _LAZY = frozenset({"model", "proxy", "search", "count_label", "new_button",
                       "delete_button", "history_button", "table", "form", "splitter", "_selected"})

    def __init__(self, doc: Document, table: str, columns: tuple[str, ...] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.reg = register(table)
        self._columns = columns
        self._built = False

    def __getattr__(self, name: str):
        """The insides are made on first use (see the module's docstring)."""
        if name in RegisterView._LAZY and not self._built:
            self._build()
            return getattr(self, name)
        raise AttributeError(name)

    def showEvent(self, event) -> None:
        if not self._built:
            self._build()
        super().showEvent(event)

    def _build(self) -> None:
        self._built = True
        doc, table, columns = self.doc, self.reg.name, self._columns
        self.model = RegisterModel(doc, table, columns, self)
        self.proxy = RegisterFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        plural = translate("Register", self.reg.label)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search {what}…").format(what=plural.lower()))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.count_label = QLabel(self)
        style = self.style()
        self.new_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
                                      self.tr("New"), self)
        self.new_button.setToolTip(self.tr("Add a {what} (Ctrl+N)").format(
            what=translate("Register", self.reg.singular).lower()))
        self.delete_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("Delete"), self)
        native = QKeySequence.SequenceFormat.NativeText
        self.delete_button.setToolTip(self.tr("Delete the selected record ({key}; {table_key} "
                                              "in the table)").format(
            key=QKeySequence(DELETE_RECORD_KEY).toString(native),
            table_key=QKeySequence(DELETE_KEY).toString(native)))
        self.new_button.clicked.connect(self.start_new)
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button = QPushButton(self.tr("History"), self)
        self.history_button.setToolTip(self.tr(
            "Who changed the selected record, when, and what (Ctrl+H)"))
        self.history_button.clicked.connect(self.show_history)

        self.table = QTableView(self)
        self.table.setObjectName("table")
        self.table.setModel(self.proxy)
        # No sort until the user clicks a header: the file's order is the natural one, and
        # sorting thousands of rows up front would slow the first page.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The last column takes what is left, so the table fills its width; headers elide
        # at the end (the tooltip has the rest).
        header.setStretchLastSection(True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        first = self.model.columns[0] if self.model.columns else None
        # Checklists whose items are whole sentences, one row per item of a reference
        # list (so few rows): the sentence is shown whole, wrapped.
        self._wrap_first = first is not None and first.choices in WRAPPED_LISTS
        if self._wrap_first:
            self.table.setWordWrap(True)
            self.table.verticalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents)
        self._sizing = False  # columns being sized by the code, not dragged by the user
        self._size_columns()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_layout)
        header.sectionResized.connect(self._user_resized)
        self.table.setItemDelegate(FieldDelegate(doc.ref_choices, self.table))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.editFailed.connect(self.message)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        QShortcut(QKeySequence(DELETE_KEY), self.table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.form = RecordForm(doc, table, self, show_delete=False)
        self.form.recordAdded.connect(self.select)
        self.form.deleteRequested.connect(lambda _rid: self.delete_selected())
        self.form.message.connect(self.message)
        self.form.modeChanged.connect(self._form_mode)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.history_button)
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addLayout(bar)
        left_box.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(lambda *_: self._save_timer.start())
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.splitter)
        self.splitter.show()  # made while the view is being shown: show it with the view
        self._selected: str | None = None
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.model.rowsReplaced.connect(self._follow_current)
        self._update_count()
        self._restore_layout()
        self._formed = False
        self._form_mode(self.form.mode)
        if doc.readonly:
            self._make_read_only()

    def _make_read_only(self) -> None:
        """A held file viewed read-only: the table and form show, nothing edits."""
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tip = self.tr("The workshop is open read-only")
        for button in (self.new_button, self.delete_button):
            button.setEnabled(False)
            button.setToolTip(tip)

    def _size_columns(self) -> None:
        """Columns as wide as their header and a sample of their rows (long text capped),
        in the table's font, so large type still fits; the user's own widths win."""
        fm = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        wrap = getattr(self, "_wrap_first", False)
        labels = [str(self.model.headerData(c, Qt.Orientation.Horizontal) or "")
                  for c in range(self.model.columnCount())]
        widths = fit_widths(fm, labels, [f.kind for f in self.model.columns],
                            self.model.rowCount(), self.model.row_texts,
                            wrap_first=wrap, header_margin=self._header_margin())
        saved = self._saved_widths()
        self._sizing = True
        try:
            for col, (f, width) in enumerate(zip(self.model.columns, widths, strict=True)):
                header.resizeSection(col, saved.get(f.name, width))
        finally:
            self._sizing = False
        self.table.verticalHeader().setDefaultSectionSize(fm.height() + 10)

    def _header_margin(self) -> int:
        """Room a header needs beside its text: margins and the sort arrow."""
        style = self.table.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self.table)
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self.table)
        return 4 * margin + arrow

    # --- remembered layout: column widths and the table/form split, per register --------

    def _key(self, what: str) -> str:
        return f"registers/{self.reg.name}/{what}"

    def _saved_widths(self) -> dict[str, int]:
        value = settings.value(self._key("columns"), [])
        items = [value] if isinstance(value, str) else list(value or [])
        widths: dict[str, int] = {}
        for item in items:
            name, _, width = str(item).partition("=")
            if width.isdigit() and 10 <= int(width) <= 5000:
                widths[name] = int(width)
        return widths

    def _user_resized(self, index: int, _old: int, _new: int) -> None:
        # the stretched last column follows the window, not the user
        if not self._sizing and index != len(self.model.columns) - 1:
            self._user_widths = True
            self._save_timer.start()

    def save_layout(self) -> None:
        """Remember the widths the user gave the columns (all but the stretched last
        one) and the split between table and form."""
        self._save_timer.stop()
        header = self.table.horizontalHeader()
        if getattr(self, "_user_widths", False):
            last = len(self.model.columns) - 1
            settings.set_value(self._key("columns"), [
                f"{f.name}={header.sectionSize(c)}" for c, f in enumerate(self.model.columns)
                if c != last])
        sizes = self.splitter.sizes()
        if self.form.isVisible() and min(sizes) > 0:
            self._split = sizes
            settings.set_value(self._key("splitter"), [str(s) for s in sizes])

    def _restore_layout(self) -> None:
        value = settings.value(self._key("splitter"), [])
        sizes = [int(s) for s in ([value] if isinstance(value, str) else value or [])
                 if str(s).isdigit()]
        self._split: list[int] | None = sizes if len(sizes) == 2 and min(sizes) > 0 else None

    def _form_mode(self, mode: str) -> None:
        """The form shows only when it has a record to show (or a new one to collect):
        with nothing selected the table has the whole width. Shown again, it gets the
        split the user last gave it (or three fifths to the table)."""
        shown = mode != "empty"
        if shown == self.form.isVisibleTo(self) and self._formed:
            return
        self._formed = True
        self.form.setVisible(shown)
        if shown:
            total = sum(self.splitter.sizes()) or self.width()
            self.splitter.setSizes(self._split or [total * 3 // 5, total - total * 3 // 5])

    def hideEvent(self, event) -> None:
        if self._built and self._save_timer.isActive():
            self.save_layout()
        super().hideEvent(event)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange and getattr(self, "_built", False):
            self._size_columns()

    # --- selection ---------------------------------------------------------------------

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.record_id(source.row())

    def _follow_current(self) -> None:
        """An edited record moved to its sorted place: keep it in sight."""
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current)

    def select(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # hidden by the search: clear it so the record shows
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.select_row(index.row())

    def select_row(self, row: int) -> None:
        """Select a (proxy) row; QTableView.selectRow misses in right-to-left layouts."""
        index = self.proxy.index(row, 0)
        if not index.isValid():
            return
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows
                 | QItemSelectionModel.SelectionFlag.Current)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rid = self.selected_id()
        if self.form.mode == "new" and rid is None:
            return
        self._selected = rid
        self.form.show_record(rid)

    def _remember_selection(self) -> None:
        self._selected = self.selected_id() or (
            self.form.record_id if self.form.mode == "edit" else None)

    def _restore_selection(self) -> None:
        if self._selected and self.model.row_of(self._selected) >= 0:
            self.table.selectionModel().blockSignals(True)
            self.select(self._selected)
            self.table.selectionModel().blockSignals(False)
        elif self.form.mode == "edit":
            self.form.show_record(None)

    def _update_count(self, *args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(str(total) if shown == total else
                                 self.tr("{shown} of {total}").format(shown=shown, total=total))

    # --- actions -----------------------------------------------------------------------

    def start_new(self) -> None:
        if self.doc.readonly:
            return
        focused = QApplication.focusWidget()
        if focused is not None and self.form.isAncestorOf(focused):
            focused.clearFocus()  # a field being typed in is written first, not thrown away
        self.table.clearSelection()
        self.form.start_new()

    def _context_menu(self, pos) -> None:
        if self.table.indexAt(pos).isValid():
            menu = QMenu(self)
            menu.addAction(self.tr("History…"), self.show_history)
            if not self.doc.readonly:
                menu.addAction(self.tr("Delete"), self.delete_selected)
            menu.exec(self.table.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def show_history(self) -> None:
        """The selected record's journal, with its values to restore."""
        from mainstream_desktop.app.history_dialog import HistoryDialog

        rid = self.selected_id() or (self.form.record_id if self.form.mode == "edit" else None)
        if not rid:
            self.message.emit(self.tr("Select a record to see its history."))
            return
        dialog = HistoryDialog(self.doc, self.reg.name, rid, self)
        dialog.exec()
        dialog.deleteLater()

    def delete_selected(self) -> None:
        rid = self.selected_id() or self.form.record_id
        if not rid or self.doc.readonly:
            return
        ws = self.doc.ws
        name = ws.title_of(self.reg.name, rid)
        deps = ws.dependents(self.reg.name, rid)
        cascade = False
        if deps:
            answer = QMessageBox.question(
                self, self.tr("Delete with dependents?"),
                self.tr("“{name}” is used by {count} other record(s). Delete it and remove "
                        "those records or references too? (Undo brings everything back.)")
                .format(name=name, count=len(deps)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
            cascade = True
        row = self.table.currentIndex().row()
        try:
            self.doc.delete(self.reg.name, rid, cascade=cascade)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot delete"), str(exc))
            return
        self.message.emit(self.tr("Deleted “{name}”. Ctrl+Z brings it back.").format(name=name))
        if self.proxy.rowCount():
            self.select_row(min(max(row, 0), self.proxy.rowCount() - 1))

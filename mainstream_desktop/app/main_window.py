"""The main window: welcome screen or the open workshop, menus, undo, files, presentation.

Opening, creating and closing workshops live here; everything a step does lives in its
page. The window holds at most one Document, opened exclusively.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QStackedWidget,
    QStyle,
)

from mainstream_desktop import __version__
from mainstream_desktop.app import settings
from mainstream_desktop.app.actions import build_menus, make_action, shortcut_text
from mainstream_desktop.app.document import Document
from mainstream_desktop.app.language_menu import (
    initial_choice,
    language_menu,
    retranslate_window,
    switch_language,
)
from mainstream_desktop.app.pages import DELIVERABLES, PAGES
from mainstream_desktop.app.presentation import Presentation, add_view_actions
from mainstream_desktop.app.register_view import DELETE_RECORD_KEY
from mainstream_desktop.app.workspace import Workspace
from mainstream_desktop.core import userdirs
from mainstream_desktop.core.errors import UserError, WorkshopLockedError

SP = QStyle.StandardPixmap


def set_icons(actions: dict) -> None:
    """The actions' icons from the one icon set (``app.icons``)."""
    from mainstream_desktop.app import icons

    for name, meaning in (("new", "new_workshop"), ("open", "open"), ("sample", "sample"),
                          ("save_copy", "save_copy"), ("new_row", "new_record"),
                          ("delete_row", "delete_record"), ("undo", "undo"), ("redo", "redo"),
                          ("find", "search"), ("history", "history"),
                          ("guidance", "guidance")):
        actions[name].setIcon(icons.icon(meaning))


def redo_shortcuts() -> list[QKeySequence]:
    """The platform's Redo keys plus Ctrl+Y and Ctrl+Shift+Z, each once: a key bound
    twice on one action is an "ambiguous shortcut" and does nothing."""
    keys: list[QKeySequence] = []
    for key in [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")]:
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


class MainWindow(QMainWindow):
    """One window, one workshop at a time."""

    opened = Signal(str)  # a workshop is shown (its path)
    openFailed = Signal(str)  # a file was not opened: what the user was told

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        self.doc: Document | None = None
        self.workspace: Workspace | None = None
        self.copy_worker = None  # a working group's copy being written
        self._opening = None  # app.opening.Opening: a file being opened in a worker
        self.undo_group = QUndoGroup(self)
        # an undo or redo makes what the status bar said ("Deleted …") out of date
        self.undo_group.indexChanged.connect(lambda _i: self.statusBar().clearMessage())
        self.presentation = Presentation(self)
        self.central = QStackedWidget(self)
        self.setCentralWidget(self.central)
        self._welcome = None
        # The welcome screen is built only when it is needed: opening a file from the
        # command line goes straight to the workshop (it cost 50–75 ms of the start).
        QTimer.singleShot(0, self._welcome_if_idle)
        self.language_choice = initial_choice()  # "" = the system's language
        self._make_actions()
        self.saved_label = QLabel(self)
        self.saved_label.setObjectName("savedIndicator")
        self.saved_at: str | None = None  # when the last change was written, if any
        self.statusBar().addPermanentWidget(self.saved_label)
        self._restore_geometry()
        self._update_state()

    @property
    def welcome(self):
        """The welcome screen, built on first use."""
        if self._welcome is None:
            from mainstream_desktop.app.welcome import Welcome

            self._welcome = Welcome(self.central)
            self.central.insertWidget(0, self._welcome)
            self._welcome.newRequested.connect(self.new_workshop)
            self._welcome.openRequested.connect(self.open_dialog)
            self._welcome.sampleRequested.connect(self.open_sample)
            self._welcome.pathRequested.connect(self.begin_open)
        return self._welcome

    def _welcome_if_idle(self) -> None:
        if self.doc is None and self._welcome is None and self._opening is None:
            self.central.setCurrentWidget(self.welcome)

    # --- actions ----------------------------------------------------------------------------

    def _make_actions(self) -> None:
        K = QKeySequence.StandardKey
        a = {
            "new": make_action(self, self.tr("&New workshop…"), self.new_workshop, "Ctrl+Shift+N",
                               SP.SP_FileIcon),
            "open": make_action(self, self.tr("&Open…"), self.open_dialog, K.Open,
                                SP.SP_DialogOpenButton),
            "sample": make_action(self, self.tr("Open the &sample workshop"), self.open_sample),
            "save_copy": make_action(self, self.tr("Save a &copy as…"), self.save_copy, K.SaveAs,
                                     SP.SP_DialogSaveButton),
            "import_workbook": make_action(self, self.tr("&Import workbook…"),
                                           self.import_workbook),
            "import_values": make_action(
                self, self.tr("Import indicator &values…"), self.import_values, None, None,
                self.tr("Read the values of indicators from a table a statistical office "
                        "published (CSV or Excel, long or wide)")),
            "group_copy": make_action(
                self, self.tr("Copy for a &working group…"), self.copy_for_group, None, None,
                self.tr("Save a copy for a working group to edit on another laptop, to merge "
                        "back later")),
            "merge": make_action(
                self, self.tr("&Merge working-group files…"), self.merge_files, None, None,
                self.tr("Merge the working groups' copies into a new workshop file, deciding "
                        "every conflict")),
            "backups": make_action(self, self.tr("&Backups…"), self.show_backups, None, None,
                                   self.tr("The automatic backups of this workshop; restore one as "
                                     "a new file")),
            "check": make_action(self, self.tr("C&heck workshop"), self.check_workshop, None, None,
                                 self.tr("Check the file's integrity and every record")),
            "close": make_action(self, self.tr("&Close workshop"), self.close_workshop, K.Close),
            "quit": make_action(self, self.tr("&Quit"), self.close, K.Quit),
            "new_row": make_action(self, self.tr("&New record"), self.new_row, "Ctrl+N",
                                   SP.SP_FileDialogNewFolder,
                                   self.tr("Add a record to the register shown (Ctrl+N)")),
            "delete_row": make_action(self, self.tr("&Delete record"), self.delete_row,
                                      DELETE_RECORD_KEY, SP.SP_TrashIcon),
            "find": make_action(self, self.tr("&Find in the workshop…"), self.find_anything,
                                K.Find, None, self.tr("Search every register of the workshop "
                                                      "and go to the record")),
            "filter": make_action(self, self.tr("F&ilter this table"), self.focus_search,
                                  "Ctrl+Shift+F"),
            "history": make_action(self, self.tr("Record &history…"), self.show_history, "Ctrl+H",
                                   None, self.tr("Who changed the selected record, when, and what "
                                           "(Ctrl+H)")),
            "presentation": make_action(
                self, self.tr("&Presentation mode"), self.toggle_presentation, "F11",
                SP.SP_TitleBarMaxButton,
                self.tr("Full screen, large type, for the projector (F11)")),
            "guidance": make_action(self, self.tr("Show &guidance"), self.toggle_guidance, "F1"),
            "prev_step": make_action(self, self.tr("P&revious step"), lambda: self.step_by(-1),
                                     "Ctrl+PgUp"),
            "next_step": make_action(self, self.tr("Ne&xt step"), lambda: self.step_by(1),
                                     "Ctrl+PgDown"),
            "about": make_action(self, self.tr("&About Mainstream Desktop"), self.about),
            **self._deliverable_actions(),
        }
        a["find"].setShortcuts([*a["find"].shortcuts(), QKeySequence("Ctrl+K")])
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setIcon(self.style().standardIcon(SP.SP_ArrowBack))
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(redo_shortcuts())
        redo.setIcon(self.style().standardIcon(SP.SP_ArrowForward))
        self.addAction(undo)
        self.addAction(redo)
        a["undo"], a["redo"] = undo, redo
        for i in range(len(PAGES)):
            make_action(self, self.tr("Go to page {n}").format(n=i + 1),
                        lambda i=i: self.go_to(i), f"Alt+{i + 1}")
        self.actions_ = a
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.language_menu = language_menu(self, self.language_choice, self.set_language)
        build_menus(self, a, self.recent_menu, self.language_menu)
        add_view_actions(self, a, self.presentation.zoom, lambda: self.workspace)
        set_icons(a)
        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name in ("undo", "redo", "new_row", "presentation"):
            bar.addAction(a[name])
        self.toolbar = bar
        self._steady_undo_buttons()

    def _follow_section(self, *_args: object) -> None:
        """Record actions only where a register table is shown: New record does nothing on
        the Deliverables page or a picture's tab, so it is not offered there."""
        if self.workspace is None or self.doc is None:
            return
        from mainstream_desktop.app.pages import StepPage

        page = self.workspace.stack.currentWidget()
        if not isinstance(page, StepPage):  # a page being built: it calls again when shown
            return
        if not page.property("followed"):
            page.setProperty("followed", True)
            page.tabs.currentChanged.connect(self._follow_section)
        view = page.current_register()
        editable = view is not None and not self.doc.readonly
        for name in ("new_row", "delete_row"):
            self.actions_[name].setEnabled(editable)
        for name in ("history", "filter"):
            self.actions_[name].setEnabled(view is not None)

    def _deliverable_actions(self) -> dict[str, QAction]:
        """File ▸ Export PDF… / Export Excel… and Help ▸ Keyboard shortcuts."""
        return {
            "export_pdf": make_action(
                self, self.tr("Export &PDF report…"), lambda: self.export("pdf"), "Ctrl+P",
                None, self.tr("Write the report as a PDF (options on the Deliverables page)")),
            "export_xlsx": make_action(
                self, self.tr("Export &Excel workbook…"), lambda: self.export("xlsx"), "Ctrl+E",
                None, self.tr("Write the workbook to fill in and send back")),
            "shortcuts": make_action(self, self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                                     "Ctrl+/"),
        }

    def _steady_undo_buttons(self) -> None:
        """The toolbar's Undo and Redo keep one short label, so the buttons beside them do
        not move as the text of what is undone changes; the tooltip and the Edit menu
        say what it is."""
        for name, label in (("undo", self.tr("Undo")), ("redo", self.tr("Redo"))):
            real = self.actions_[name]
            steady = QAction(label, self.toolbar)
            steady.setObjectName(f"toolbar_{name}")
            steady.triggered.connect(real.trigger)

            def sync(real: QAction = real, steady: QAction = steady) -> None:
                steady.setEnabled(real.isEnabled())
                steady.setIcon(real.icon())
                keys = real.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                steady.setToolTip(f"{shortcut_text(real)} ({keys})" if keys else
                                  shortcut_text(real))

            real.changed.connect(sync)
            sync()
            self.toolbar.insertAction(real, steady)
            self.toolbar.removeAction(real)

    def show_shortcuts(self) -> None:
        from mainstream_desktop.app.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.exec()
        dialog.deleteLater()

    def export(self, kind: str) -> None:
        """File ▸ Export: the Deliverables page, its options, and the save dialog."""
        if self.doc is None or self.workspace is None:
            return
        self.workspace.show_page(DELIVERABLES)
        self.workspace.page(DELIVERABLES).export(kind)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_files():
            self.recent_menu.addAction(path, lambda p=path: self.begin_open(p))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _update_state(self) -> None:
        has = self.doc is not None
        for name in ("save_copy", "import_workbook", "import_values", "close", "new_row",
                     "delete_row", "find", "filter",
                     "prev_step", "next_step", "guidance", "backups", "check", "group_copy",
                     "history", "export_pdf", "export_xlsx"):
            self.actions_[name].setEnabled(has)
        readonly = has and self.doc.readonly
        if readonly:  # viewing a file another window holds: nothing that edits
            for name in ("import_workbook", "import_values", "new_row", "delete_row"):
                self.actions_[name].setEnabled(False)
        self.toolbar.setVisible(has and not self.presentation.active)
        if has:
            title = self.doc.title()
            group = self.doc.group()
            if group:
                title = self.tr("{title} — Working group: {group}").format(title=title,
                                                                         group=group)
            if readonly:
                title = self.tr("{title} (read-only)").format(title=title)
            self.setWindowTitle(title)
            self.setWindowFilePath(str(self.doc.path))
            self.saved_label.setText(self.tr("Read-only") if readonly else
                                     "✓ " + self.tr("All changes saved"))
            self._follow_section()
        else:
            self.setWindowTitle(self.tr("Welcome"))
            self.setWindowFilePath("")
            self.saved_label.setText("")

    # --- files -----------------------------------------------------------------------------

    def begin_open(self, path: str | Path, *,
                   refused: Callable[[str], None] | None = None) -> None:
        """Open a workshop without holding the window: the file's checks run in a worker
        (:mod:`app.opening`) and the workshop is shown when they are done; ``opened(path)``
        or ``openFailed(message)`` follows. Asking for another file meanwhile abandons
        this one. A refused file is explained as by :meth:`open_path`."""
        path = Path(path)
        if self._opening is not None:
            self._opening.abandon()
            self._opening = None
        if self._is_open(path):
            self.opened.emit(str(path))
            return
        from mainstream_desktop.app.opening import Opening

        opening = Opening(path, refused, self)
        self._opening = opening
        opening.done.connect(lambda outcome: self._opened(opening, outcome))
        self.statusBar().showMessage(self.tr("Opening “{name}”…").format(name=path.name))
        opening.start()

    def _opened(self, opening, outcome: object) -> None:
        if opening is not self._opening:
            return  # abandoned meanwhile: Opening closes what it opened
        self._opening = None
        self.statusBar().clearMessage()
        if not self._finish_open(opening.path, outcome, opening.refused):
            self._welcome_if_idle()  # a file named on the command line was refused

    def opening(self) -> bool:
        """Whether a file is being opened (in a worker)."""
        return self._opening is not None

    def open_path(self, path: str | Path, *,
                  refused: Callable[[str], None] | None = None) -> bool:
        """Open a workshop now, on this thread (scripts, ``smoke``, tests; the window's
        own ways of opening use :meth:`begin_open`); a file the core refuses is explained
        in a dialog, or passed to ``refused`` when given (``smoke`` runs offscreen, where
        nobody closes a dialog)."""
        from mainstream_desktop.app.opening import open_checked

        path = Path(path)
        if self._is_open(path):
            self.opened.emit(str(path))
            return True
        return self._finish_open(path, open_checked(path), refused)

    def _is_open(self, path: Path) -> bool:
        return bool(self.doc is not None and not self.doc.readonly and self.doc.path
                    and Path(self.doc.path).resolve() == path.resolve())

    def _finish_open(self, path: Path, outcome: object,
                     refused: Callable[[str], None] | None) -> bool:
        """Show the workshop :func:`app.opening.open_checked` opened, or say why not."""

        def refuse(text: str) -> bool:
            if refused is not None:
                refused(text)
            else:
                QMessageBox.warning(self, self.tr("Cannot open the workshop"), text)
            self.openFailed.emit(text)
            return False

        if isinstance(outcome, WorkshopLockedError):
            if refused is not None:
                return refuse(str(outcome))
            from mainstream_desktop.app.held import offer_read_only

            if not offer_read_only(self, str(outcome)):
                self.openFailed.emit(str(outcome))
                return False
            return self.open_read_only(path)
        if isinstance(outcome, UserError):
            return refuse(str(outcome))
        if isinstance(outcome, OSError):
            return refuse(self.tr("“{name}” cannot be read: {reason}").format(
                name=path.name, reason=outcome.strerror or outcome))
        doc = Document.adopt(outcome, self)
        self.close_workshop()
        self._attach(doc)
        settings.add_recent(path)
        settings.set_last_folder(path)
        self.opened.emit(str(path))
        return True

    def open_read_only(self, path: Path) -> bool:
        """View a workshop another window holds; exports work, edits do not."""
        try:
            doc = Document.open_read_only(path, self)
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot open the workshop"), str(exc))
            return False
        self.close_workshop()
        self._attach(doc)
        return True

    def _attach(self, doc: Document) -> None:
        self.doc = doc
        if not doc.readonly:  # a read-only view has no undo: undo and redo stay disabled
            self.undo_group.addStack(doc.undo_stack)
            self.undo_group.setActiveStack(doc.undo_stack)
        doc.backupProblem.connect(lambda text: self.statusBar().showMessage(text, 15000))
        doc.saved.connect(lambda: self._saved())
        doc.error.connect(lambda text: QMessageBox.warning(self, self.tr("Cannot undo"), text))
        doc.changed.connect(lambda tables: "workshop" in tables and self._update_state())
        self._show_workspace(doc)
        self._update_state()
        self.workspace.navigator.setFocus()
        if doc.ws.recovered:
            self.statusBar().showMessage(self.tr(
                "The workshop was not closed properly last time: its last saved state was "
                "recovered (the file and journal as found are kept in its backups)."), 20000)

    def _show_workspace(self, doc: Document) -> None:
        self.workspace = Workspace(doc, self.central)
        self.workspace.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.central.addWidget(self.workspace)
        self.central.setCurrentWidget(self.workspace)
        self.workspace.stack.currentChanged.connect(self._follow_section)

    def close_workshop(self) -> None:
        if self.doc is None:
            return
        ws_widget = self.workspace
        if ws_widget is not None:
            ws_widget.message.disconnect()  # nothing it says on its way out reaches the bar
            ws_widget.shutdown()
            self.central.removeWidget(ws_widget)
            ws_widget.deleteLater()
        if not self.doc.readonly:
            self.undo_group.removeStack(self.doc.undo_stack)
        self.doc.close()
        self.doc.deleteLater()
        self.doc = None
        self.workspace = None
        self.saved_at = None
        self.welcome.refresh()
        self.central.setCurrentWidget(self.welcome)
        self.statusBar().clearMessage()
        self._update_state()

    def open_dialog(self) -> None:
        from mainstream_desktop.app.dialogs import file_filter

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a workshop"),
                                              settings.last_folder(), file_filter())
        if path:
            self.begin_open(path)

    def open_sample(self) -> None:
        """Write the sample workshop into the data folder (once) and open it."""
        from mainstream_desktop.core.demo import write_demo

        path = userdirs.data_dir() / "sample.mainstream"
        if not path.exists():
            try:
                write_demo(path)
            except UserError as exc:
                QMessageBox.warning(self, self.tr("Cannot write the sample"), str(exc))
                return
        self.begin_open(path)

    def new_workshop(self) -> None:
        from mainstream_desktop.app.dialogs import NewWorkshopDialog

        dialog = NewWorkshopDialog(self)
        if dialog.exec() != NewWorkshopDialog.DialogCode.Accepted:
            return
        self.create_workshop(dialog.path(), dialog.values())

    def create_workshop(self, path: Path, values: dict[str, str]) -> bool:
        from mainstream_desktop.core.store import Workshop

        try:
            fields = {k: v for k, v in values.items() if k not in ("title", "country") and v}
            ws = Workshop.create(path, title=values["title"], country=values["country"], **fields)
            ws.close()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot create the workshop"), str(exc))
            return False
        return self.open_path(path)

    def save_copy(self) -> None:
        if self.doc is None:
            return
        suggestion = Path(self.doc.path or "workshop.mainstream")
        from mainstream_desktop.app.dialogs import file_filter, with_extension

        suggestion = suggestion.with_name(suggestion.stem + " " + self.tr("copy") + ".mainstream")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy as"), str(suggestion),
                                              file_filter())
        if path:
            self.save_copy_to(with_extension(path))

    def save_copy_to(self, path: Path) -> bool:
        try:
            self.doc.save_copy(path)  # in a worker (issue 16)
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot save a copy"), str(exc))
            return False
        self.statusBar().showMessage(self.tr("Copy saved as {path}").format(path=path), 8000)
        return True

    def copy_for_group(self) -> None:
        """A working group's copy of the open workshop, written in a worker."""
        from mainstream_desktop.app.group_files import ask_group_copy, write_group_copy

        if self.doc is None:
            return
        wanted = ask_group_copy(self, self.doc)
        if wanted is not None:
            self.copy_worker = write_group_copy(self, self.doc, *wanted)

    def merge_files(self) -> None:
        """Review and merge working groups' copies (the open workshop offered first)."""
        from mainstream_desktop.app.merge_dialog import MergeDialog

        dialog = MergeDialog(self.doc, self)
        wanted: list[str] = []
        dialog.openRequested.connect(wanted.append)
        dialog.exec()
        dialog.deleteLater()
        if wanted:  # checked in a worker, shown in a slot (issue 16: never a freeze)
            self.begin_open(wanted[0])

    def show_backups(self) -> None:
        """List this workshop's backups; open a restored one if the user asks."""
        from mainstream_desktop.app.backups import BackupsDialog

        if self.doc is None:
            return
        folder = Path(self.doc.path).parent if self.doc.path else Path(settings.last_folder())
        dialog = BackupsDialog(self.doc.backup_key(), folder, self)
        wanted: list[str] = []
        dialog.restored.connect(wanted.append)
        dialog.exec()
        dialog.deleteLater()
        if wanted:  # checked in a worker, shown in a slot (issue 16: never a freeze)
            self.begin_open(wanted[0])

    def check_workshop(self) -> None:
        from mainstream_desktop.app.check_dialog import CheckDialog

        if self.doc is None:
            return
        dialog = CheckDialog(self.doc.ws, self)
        dialog.exec()
        dialog.deleteLater()

    def import_workbook(self) -> None:
        if self.doc is None or self.doc.readonly:
            return
        if self.workspace is not None:
            self.workspace.show_page(DELIVERABLES)
            self.workspace.page(DELIVERABLES).import_workbook()

    def import_values(self) -> None:
        if self.doc is None or self.doc.readonly:
            return
        if self.workspace is not None:
            self.workspace.show_page(DELIVERABLES)
            self.workspace.page(DELIVERABLES).import_values()

    # --- editing and navigation --------------------------------------------------------------

    def _saved(self, at: str | None = None) -> None:
        self.saved_at = at or dt.datetime.now().strftime("%H:%M:%S")
        self.saved_label.setText("✓ " + self.tr("All changes saved"))
        self.saved_label.setToolTip(self.tr("Last change written to the file at {time}").format(
            time=self.saved_at))

    def new_row(self) -> None:
        if self.workspace is not None:
            view = self.workspace.current_page().current_register()
            if view is not None:
                view.start_new()

    def delete_row(self) -> None:
        if self.workspace is not None:
            view = self.workspace.current_page().current_register()
            if view is not None:
                view.delete_selected()

    def focus_search(self) -> None:
        if self.workspace is not None:
            view = self.workspace.current_page().current_register()
            if view is not None:
                view.search.setFocus()
                view.search.selectAll()

    def find_anything(self) -> None:
        """Ctrl+F / Ctrl+K: search every register and jump to the record chosen."""
        from mainstream_desktop.app.finder import Finder

        if self.doc is None:
            return
        if getattr(self, "finder", None) is None:
            self.finder = Finder(self)
        self.finder.open()

    def show_history(self) -> None:
        if self.workspace is not None:
            view = self.workspace.current_page().current_register()
            if view is not None:
                view.show_history()

    def go_to(self, index: int) -> None:
        if self.workspace is not None:
            self.workspace.show_page(index)

    def step_by(self, delta: int) -> None:
        if self.workspace is not None:
            self.go_to(max(0, min(DELIVERABLES, self.workspace.current_index() + delta)))

    def toggle_guidance(self) -> None:
        if self.workspace is not None:
            button = self.workspace.current_page().guide_button
            button.setChecked(not button.isChecked())

    def toggle_presentation(self) -> None:
        self.presentation.toggle()
        self._update_state()
        if self.workspace is not None:
            self.workspace.set_presentation(self.presentation.active)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.presentation.active:
            self.toggle_presentation()
            return
        super().keyPressEvent(event)

    def about(self) -> None:
        text = self.tr(
            "Mainstream Desktop {version}\n\nWalks a national working group through "
            "mainstreaming migration into development planning. Every change is written to "
            "the workshop file the moment it is made.").format(version=__version__)
        QMessageBox.about(self, self.tr("About Mainstream Desktop"),
                          text + "\n\n" + self.data_location())

    def data_location(self) -> str:
        """Where settings, backups and the device id live (the About box says it)."""
        try:
            folder = str(userdirs.data_dir())
        except UserError as exc:
            return str(exc)
        if userdirs.is_portable():
            return self.tr("Portable mode: settings, backups and logs are kept in "
                           "“{folder}”, beside the program.").format(folder=folder)
        return self.tr("Settings, backups and logs are kept in “{folder}”.").format(
            folder=folder)

    # --- language ------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        """View ▸ Language: remember ``code`` ("" = the system's) and show the window in it
        now (see :mod:`app.language_menu`)."""
        self.language_choice = code  # the menu's group has moved the check mark already
        if switch_language(code):
            self.retranslate()

    def retranslate(self) -> None:
        """Rebuild everything that shows text in the language now installed."""
        retranslate_window(self)

    def _remake_actions(self) -> None:
        """New actions, menus and toolbar (their texts are set when they are made)."""
        for action in self.actions():
            self.removeAction(action)
            action.deleteLater()
        self.removeToolBar(self.toolbar)
        for widget in (self.toolbar, self.recent_menu, self.language_menu):
            widget.deleteLater()
        old_bar, old_toolbar = self.menuBar(), self.toolbar
        self.setMenuBar(QMenuBar(self))  # the old bar and its menus are deleted
        self._make_actions()
        if self.presentation.active:  # hidden now, shown again when presentation ends
            self.menuBar().hide()
            self.toolbar.hide()
            self.presentation.replace(old_bar, self.menuBar())
            self.presentation.replace(old_toolbar, self.toolbar)

    # --- window --------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = settings.load_bytes("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            self.resize(min(1400, int(screen.width() * 0.92)),
                        min(900, int(screen.height() * 0.9)))
        state = settings.load_bytes("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.presentation.active:
            self.presentation.set_active(False)
        settings.save_bytes("window/geometry", self.saveGeometry())
        settings.save_bytes("window/state", self.saveState())
        if self.copy_worker is not None:
            self.copy_worker.wait()
        if self._opening is not None:  # its workshop is closed, its lock given up
            self._opening.abandon(wait=True)
            self._opening = None
        self.close_workshop()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from mainstream_desktop.app.drops import dropped_files, wanted

        if any(wanted(p, self._can_import()) for p in dropped_files(event.mimeData())):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from mainstream_desktop.app.drops import WORKSHOP, dropped_files, wanted

        for path in dropped_files(event.mimeData()):
            if wanted(path, self._can_import()):
                event.acceptProposedAction()
                # After the drop finishes, so the drag source is not kept waiting.
                if path.suffix.lower() == WORKSHOP:
                    QTimer.singleShot(0, lambda p=path: self.begin_open(p))
                else:
                    QTimer.singleShot(0, lambda p=path: self.import_dropped(p))
                return

    def _can_import(self) -> bool:
        return self.doc is not None and not self.doc.readonly and self.workspace is not None

    def import_dropped(self, path: Path) -> None:
        """A spreadsheet dropped on the window: the import preview it calls for."""
        from mainstream_desktop.app.drops import import_dropped

        if not self._can_import():
            return
        self.workspace.show_page(DELIVERABLES)
        import_dropped(self, path, self.workspace.page(DELIVERABLES))

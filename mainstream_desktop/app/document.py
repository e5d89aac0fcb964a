"""The open workshop as the window sees it: the core Workshop plus its undo stack.

Every edit the window makes goes through :meth:`Document.run`: the core operation
runs (and commits) first, then an undo command holding its Result is pushed, and
``changed`` tells the views which registers to reload. Backups are taken on open,
every few minutes while the workshop changes, and on close; the first two
in a worker thread (see :mod:`app.backups`), so even a large workshop never stalls the
window. A read-only document (a file another window holds) refuses every edit here,
whatever widget asked, and takes no backups: its holder does.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from mainstream_desktop.app.undo import ChangeCommand
from mainstream_desktop.app.workers import Worker
from mainstream_desktop.core import backup
from mainstream_desktop.core.editing import names_touched
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.journal import Change, ChangeKind
from mainstream_desktop.core.registers import register
from mainstream_desktop.core.store import Result, Workshop

BACKUP_INTERVAL_MS = 5 * 60 * 1000


def open_workshop(path: str | Path) -> Workshop:
    """Open ``path`` for this window alone: the lock, the schema guard, the quick check and
    the workshop record (a crafted file without one is refused here). No Qt object is
    made, so a worker thread can run it (:mod:`app.opening`): at scale 20 these checks
    held the window ~50 ms."""
    ws = Workshop.open(path, exclusive=True)
    try:
        ws.workshop()
    except BaseException:
        ws.close()
        raise
    return ws


class Document(QObject):
    """One open workshop file, its undo stack and change notifications."""

    changed = Signal(object)  # set[str] of register names
    error = Signal(str)  # an undo/redo the core refused
    saved = Signal()  # an edit was committed to disk
    backupProblem = Signal(str)  # a backup was skipped or failed (status bar, not a dialog)

    def __init__(self, ws: Workshop, parent: QObject | None = None, *, holder: str = ""):
        super().__init__(parent)
        self.ws = ws
        self.holder = holder  # who holds the file, when it is open read-only
        self.undo_stack = QUndoStack(self)
        self.closed = False
        self.backup_worker: Worker | None = None
        self.last_backup: Path | None = None
        self._dirty_since_backup = False
        self._ref_choices: dict[str, tuple[tuple[str, str], ...]] = {}
        self.last_changes: list[Change] = []  # of the change ``changed`` announces
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self._backup_timer.timeout.connect(self._periodic_backup)
        self._backup_timer.start()

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> Document:
        """Open a workshop for this window alone (other processes cannot write to it)."""
        return cls.adopt(open_workshop(path), parent)

    @classmethod
    def adopt(cls, ws: Workshop, parent: QObject | None = None) -> Document:
        """The document of a workshop :func:`open_workshop` opened (perhaps in a worker:
        the connection is made with ``check_same_thread=False`` and is used by one thread
        at a time, the worker's part ending before the window's begins)."""
        doc = cls(ws, parent)
        # The opening backup waits until the first page is on screen.
        QTimer.singleShot(1500, doc, lambda: doc.closed or doc.backup("open"))
        return doc

    @classmethod
    def open_read_only(cls, path: str | Path, parent: QObject | None = None) -> Document:
        """Open a workshop another window holds, for viewing and exporting only."""
        from mainstream_desktop.app.held import holder_of, open_read_only

        ws = open_read_only(path)
        try:
            ws.workshop()
        except UserError:
            ws.close()
            raise
        return cls(ws, parent, holder=holder_of(Path(path)))

    @property
    def readonly(self) -> bool:
        return self.ws.readonly

    @property
    def path(self) -> Path | None:
        return self.ws.path

    def title(self) -> str:
        return str(self.ws.workshop().get("title") or "")

    def group(self) -> str | None:
        """The working group this file is a copy for, if it was made as one."""
        from mainstream_desktop.core.merge import group_of

        return group_of(self.ws)

    # --- edits ---------------------------------------------------------------------------

    def run(self, text: str, operation: Callable[[Workshop], Result]) -> Result:
        """Run a core operation now and make it undoable. Raises the core's UserError."""
        if self.readonly or self.closed:
            raise UserError(
                translate("ReadOnly", "This workshop is open read-only; nothing was changed.")
            )
        result = operation(self.ws)
        if result:
            self.undo_stack.push(
                ChangeCommand(self.ws, text, result, self._notify, self.error.emit)
            )
            self._notify(result.tables, result.changes)
        return result

    def insert(self, table: str, values: dict[str, Any]) -> Result:
        reg = register(table)
        return self.run(
            translate("Undo", "Add {what}").format(
                what=translate("Register", reg.singular).lower()
            ),
            lambda ws: ws.insert(table, values),
        )

    def update(self, table: str, record_id: str, values: dict[str, Any]) -> Result:
        reg = register(table)
        if len(values) == 1:
            label = translate("Field", reg.field(next(iter(values))).label)
            text = translate("Undo", "Change {what}").format(what=label.lower())
        else:
            text = translate("Undo", "Change {what}").format(
                what=translate("Register", reg.singular).lower()
            )
        return self.run(text, lambda ws: ws.update(table, record_id, values))

    def delete(self, table: str, record_id: str, *, cascade: bool = False) -> Result:
        reg = register(table)
        text = translate("Undo", "Delete {what}").format(
            what=translate("Register", reg.singular).lower()
        )
        return self.run(text, lambda ws: ws.delete(table, record_id, cascade=cascade))

    def ref_choices(self, table: str) -> tuple[tuple[str, str], ...]:
        """(id, name) of the live records of ``table``, sorted by name, for drop-downs.

        Kept until the next change: a step page has many drop-downs over the same
        register, and at scale 50 reading it once per drop-down made opening the page
        take several tenths of a second (issue 7).
        """
        cached = self._ref_choices.get(table)
        if cached is None:
            titles = self.ws.titles(table)
            live = [(r["id"], titles.get(r["id"], r["id"])) for r in self.ws.records(table)]
            cached = tuple(sorted(live, key=lambda kv: kv[1].casefold()))
            self._ref_choices[table] = cached
        return cached

    def updated_in_place(self, table: str) -> set[str] | None:
        """The ids of ``table``'s records the change being announced (``changed``) only
        updated — none added, deleted or brought back — or None when it did more, or
        changed another register too. A view can then refresh those rows alone instead of
        reading the whole register again (issue 16)."""
        changes = self.last_changes
        if not changes or any(c.table != table or c.kind != ChangeKind.UPDATE
                              for c in changes):
            return None
        return {c.record_id for c in changes}

    def _notify(self, tables: set[str], changes: list[Change] | None = None) -> None:
        self.last_changes = list(changes or ())
        if changes is None:
            self._ref_choices.clear()
        else:  # a name list holds names, some made of other registers' names
            for name in names_touched(changes):
                self._ref_choices.pop(name, None)
        self._dirty_since_backup = True
        self.saved.emit()
        self.changed.emit(set(tables))

    # --- copies, backups and closing ----------------------------------------------------------

    def save_copy(self, dest: Path) -> None:
        """Save a copy as ``dest``: written by a worker, in steps, while the window's event
        loop goes on (a one-go copy on the UI thread blocked it ~60 ms at scale 20 and
        ~230 ms at scale 50); returns when the copy is written. Raises UserError with the
        reason it could not be."""
        worker = Worker(lambda _p, _c: self.ws.save_copy(dest, stepped=True), self)
        failure: list[str] = []
        loop = QEventLoop()
        worker.failed.connect(failure.append)
        worker.finished.connect(loop.quit)  # queued: handled once the loop runs
        worker.start()
        loop.exec()
        worker.wait()
        if failure:
            raise UserError(failure[0])


    def backup(self, reason: str) -> None:
        """Back up in a worker thread: the window stays responsive however large the file.

        Best effort: a backup that is skipped (disk short) or fails is reported through
        ``backupProblem`` and never stops the facilitator.
        """
        from mainstream_desktop.app.backups import backup_job

        if self.readonly or self.closed or self.backup_busy():
            return
        self._dirty_since_backup = False
        self.backup_worker = Worker(backup_job(self.ws.conn, reason, self.ws.path), self)
        self.backup_worker.succeeded.connect(self._backed_up)
        self.backup_worker.failed.connect(self._backup_failed)
        self.backup_worker.start()

    def backup_before_import_ok(self, parent: QWidget | None) -> bool:
        """True if the import's backup can be taken, or the user chose to import without
        one. An import changes many records at once: unlike the periodic backups (a
        status-bar note), going on without a backup is the user's decision."""
        if backup.has_room():
            return True
        answer = QMessageBox.question(
            parent, translate("Backup", "No backup possible"),
            translate("Backup", "The disk holding the backups has less than {mb} MB free, so "
                      "no backup can be taken before this import. Import anyway, without a "
                      "backup? (Ctrl+Z still takes the import back.)").format(
                mb=backup.MIN_FREE_MB),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def backup_key(self) -> backup.BackupKey:
        """Which backups are this file's (not those of other copies of the workshop)."""
        return backup.key_of(self.ws.conn, self.ws.path)

    def backup_busy(self) -> bool:
        return self.backup_worker is not None and self.backup_worker.isRunning()

    def _backed_up(self, path: object) -> None:
        if path is None:
            self._dirty_since_backup = True  # try again at the next turn
            self.backupProblem.emit(
                translate(
                    "Backup",
                    "Backup skipped: the disk is almost full. "
                    "Free some space; your changes are still saved in the "
                    "workshop file.",
                )
            )
        else:
            self.last_backup = Path(str(path))

    def _backup_failed(self, text: str) -> None:
        self._dirty_since_backup = True
        self.backupProblem.emit(translate("Backup", "Backup failed: {reason}").format(reason=text))

    def _periodic_backup(self) -> None:
        if self._dirty_since_backup:
            self.backup("periodic")

    def close(self) -> None:
        """Close the file, after a last backup if it changed since the previous one.

        The closing backup runs here, on the caller's thread: the connection is about to
        close, and the window is going away or about to open another file.
        """
        if self.closed:
            return
        self.closed = True
        self._backup_timer.stop()
        for worker in self.findChildren(Worker):  # a backup, a copy being written
            worker.wait()
        if self._dirty_since_backup and not self.readonly:
            with contextlib.suppress(UserError, OSError, sqlite3.Error):
                backup.backup_connection(self.ws.conn, reason="close")
        self.undo_stack.clear()
        self.ws.close()

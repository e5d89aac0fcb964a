"""The open workshop as the window sees it: the core Workshop plus its undo stack.

Every edit the window makes goes through :meth:`Document.run`: the core operation
runs (and commits) first, then an undo command holding its Result is pushed, and
``changed`` tells the views which registers to reload. Backups are taken on open,
every few minutes while the workshop changes, and on close (DESIGN.md).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from mainstream_desktop.app.undo import ChangeCommand
from mainstream_desktop.core import backup
from mainstream_desktop.core.errors import UserError
from mainstream_desktop.core.i18n import tr
from mainstream_desktop.core.registers import register
from mainstream_desktop.core.store import Result, Workshop

BACKUP_INTERVAL_MS = 5 * 60 * 1000


class Document(QObject):
    """One open workshop file, its undo stack and change notifications."""

    changed = Signal(object)  # set[str] of register names
    error = Signal(str)  # an undo/redo the core refused
    saved = Signal()  # an edit was committed to disk

    def __init__(self, ws: Workshop, parent: QObject | None = None):
        super().__init__(parent)
        self.ws = ws
        self.undo_stack = QUndoStack(self)
        self.closed = False
        self._dirty_since_backup = False
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self._backup_timer.timeout.connect(self._periodic_backup)
        self._backup_timer.start()

    @classmethod
    def open(cls, path: str | Path, parent: QObject | None = None) -> Document:
        """Open a workshop for this window alone (other processes cannot write to it)."""
        ws = Workshop.open(path, exclusive=True)
        doc = cls(ws, parent)
        # The opening backup waits until the first page is on screen.
        QTimer.singleShot(1500, doc, lambda: doc.closed or doc.backup("open"))
        return doc

    @property
    def path(self) -> Path | None:
        return self.ws.path

    def title(self) -> str:
        return str(self.ws.workshop().get("title") or "")

    # --- edits ---------------------------------------------------------------------------

    def run(self, text: str, operation: Callable[[Workshop], Result]) -> Result:
        """Run a core operation now and make it undoable. Raises the core's UserError."""
        result = operation(self.ws)
        if result:
            self.undo_stack.push(ChangeCommand(self.ws, text, result, self._notify,
                                               self.error.emit))
            self._notify(result.tables)
        return result

    def insert(self, table: str, values: dict[str, Any]) -> Result:
        reg = register(table)
        return self.run(tr("Undo", "Add {what}").format(what=tr("Register", reg.singular).lower()),
                        lambda ws: ws.insert(table, values))

    def update(self, table: str, record_id: str, values: dict[str, Any]) -> Result:
        reg = register(table)
        if len(values) == 1:
            label = tr("Field", reg.field(next(iter(values))).label)
            text = tr("Undo", "Change {what}").format(what=label.lower())
        else:
            text = tr("Undo", "Change {what}").format(what=tr("Register", reg.singular).lower())
        return self.run(text, lambda ws: ws.update(table, record_id, values))

    def delete(self, table: str, record_id: str, *, cascade: bool = False) -> Result:
        reg = register(table)
        text = tr("Undo", "Delete {what}").format(what=tr("Register", reg.singular).lower())
        return self.run(text, lambda ws: ws.delete(table, record_id, cascade=cascade))

    def _notify(self, tables: set[str]) -> None:
        self._dirty_since_backup = True
        self.saved.emit()
        self.changed.emit(set(tables))

    # --- backups and closing ---------------------------------------------------------------

    def backup(self, reason: str) -> None:
        """Best effort: a backup that cannot be written must not stop the facilitator."""
        try:
            backup.backup_connection(self.ws.conn, reason=reason)
            self._dirty_since_backup = False
        except (UserError, OSError, sqlite3.Error):
            pass

    def _periodic_backup(self) -> None:
        if self._dirty_since_backup:
            self.backup("periodic")

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self._backup_timer.stop()
        if self._dirty_since_backup:
            self.backup("close")
        self.undo_stack.clear()
        self.ws.close()

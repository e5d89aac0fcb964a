"""Backups off the UI thread, and the Backups dialog (File → Backups…).

Why a worker, and why in steps: writing a backup of a scale-50 workshop (44 MB) took
about 230 ms on the UI thread (quick check, copy, fsync), over the 100 ms the window
may block. The window's connection holds the file with ``locking_mode=EXCLUSIVE``, so
no second connection can read it; instead the worker copies the open connection into
memory with SQLite's backup API a few hundred pages per step. Between steps the
connection is free, so the window's own reads and edits wait a few milliseconds at
most, and an edit made meanwhile is carried into the copy by SQLite itself (same
connection). The in-memory copy is then checked and written to the backup folder by
the core's ``backup_connection`` in the worker, away from the window's connection.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mainstream_desktop.app.dialogs import with_extension
from mainstream_desktop.app.forms import child, load_form
from mainstream_desktop.app.workers import Job, Worker
from mainstream_desktop.core import backup
from mainstream_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from mainstream_desktop.core.registers import REGISTERS

COUNTED = ("stakeholders", "data_sources", "indicators", "policies", "actions")
REASONS = {
    "open": QT_TRANSLATE_NOOP("Backups", "when opened"),
    "periodic": QT_TRANSLATE_NOOP("Backups", "while working"),
    "close": QT_TRANSLATE_NOOP("Backups", "when closed"),
    "migration": QT_TRANSLATE_NOOP("Backups", "before a format update"),
    "import": QT_TRANSLATE_NOOP("Backups", "before an import"),
    "merge": QT_TRANSLATE_NOOP("Backups", "before a merge"),
}


class MemoryCopy(sqlite3.Connection):
    """An in-memory copy that knows which file it copies (its backups' folder is that
    file's: see :func:`core.backup.key_of`)."""

    backup_source: Path | None = None


def copy_to_memory(conn: sqlite3.Connection, source: Path | None = None) -> sqlite3.Connection:
    """A private in-memory copy of ``conn``'s database, taken in small steps (any thread)."""
    mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False,
                          factory=MemoryCopy)
    mem.backup_source = source
    try:
        backup.copy_stepped(conn, mem)  # in steps: the window's queries get in between
    except BaseException:
        mem.close()
        raise
    return mem


def backup_job(conn: sqlite3.Connection, reason: str, source: Path | None = None) -> Job:
    """A worker job writing a backup of ``conn`` (the file at ``source``); returns its
    path, or None if skipped."""

    def job(_progress, _cancel) -> Path | None:
        mem = copy_to_memory(conn, source)
        try:
            return backup.backup_connection(mem, reason=reason)
        finally:
            mem.close()

    return job


def reason_label(reason: str) -> str:
    text = REASONS.get(reason)
    return QCoreApplication.translate("Backups", text) if text else reason


def size_label(size: int) -> str:
    if size >= 1024 * 1024:
        return QCoreApplication.translate("Backups", "{n:.1f} MB").format(n=size / 1048576)
    return QCoreApplication.translate("Backups", "{n} KB").format(n=max(1, round(size / 1024)))


def local_time(stamp: dt.datetime) -> str:
    """A backup's time as the user's clock shows it."""
    return stamp.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _counts_job(paths: list[Path]) -> Job:
    def job(progress, cancel) -> dict[Path, dict[str, int]]:
        out: dict[Path, dict[str, int]] = {}
        for i, path in enumerate(paths):
            if cancel():
                break
            try:
                out[path] = backup.backup_counts(path)
            except (OSError, sqlite3.Error):
                out[path] = {}
            progress(i + 1, len(paths))
        return out

    return job


class BackupsDialog(QDialog):
    """The current workshop's backups, newest first; restore one as a new file."""

    restored = Signal(str)  # the user wants the restored file opened

    def __init__(self, key: backup.BackupKey | str, suggest_folder: Path,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.suggest_folder = suggest_folder
        self.form = load_form("backups.ui", self)
        self.table = child(self.form, "backupTable", QTableWidget)
        self.status = child(self.form, "statusLabel", QLabel)
        self.restore_button = child(self.form, "restoreButton", QPushButton)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        # a key: this file's own backups; a bare workshop id: those of all its copies
        self.backups = backup.list_backups(key)
        child(self.form, "summaryLabel", QLabel).setText(self.tr(
            "Copies of this workshop taken automatically when it is opened, every few minutes "
            "while it changes, when it is closed, and before imports. The last 10 are kept, "
            "and one a day for 30 days. Restoring writes a new file; this workshop stays as "
            "it is."))
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.form)
        box.addWidget(buttons)
        self.resize(860, 420)
        self.worker: Worker | None = None
        self.restore_worker: Worker | None = None
        if self.backups:
            # Counting opens every backup: a few ms each when cached, ~17 ms each cold.
            self.worker = Worker(_counts_job([b.path for b in self.backups]), self)
            self.worker.succeeded.connect(self._show_counts)
            self.worker.start()

    def _fill(self) -> None:
        t = self.table
        headers = [self.tr("Taken"), self.tr("Why"), self.tr("Size")]
        headers += [translate("Register", REGISTERS[name].label) for name in COUNTED]
        t.setColumnCount(len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.setRowCount(len(self.backups))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, b in enumerate(self.backups):
            cells = [local_time(b.taken_at), reason_label(b.reason),
                     size_label(b.size)] + ["…"] * len(COUNTED)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(right)
                t.setItem(row, col, item)
            t.item(row, 0).setToolTip(str(b.path))
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.verticalHeader().hide()
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self.backups:
            t.selectRow(0)
        else:
            self.status.setText(self.tr("No backups of this workshop yet. The first is taken "
                                        "shortly after it is opened."))
        self.restore_button.setEnabled(bool(self.backups))

    def _show_counts(self, counts: object) -> None:
        assert isinstance(counts, dict)
        for row, b in enumerate(self.backups):
            found = counts.get(b.path, {})
            for i, name in enumerate(COUNTED):
                value = found.get(name)
                self.table.item(row, 3 + i).setText("?" if value is None else str(value))

    def counts_shown(self) -> bool:
        """True once the record counts are in the table (for tests)."""
        return not self.backups or self.table.item(0, 3).text() != "…"

    def selected(self) -> backup.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self, dest: Path | None = None) -> None:
        """Ask where (unless given), then write the backup there as a new workshop."""
        chosen = self.selected()
        if chosen is None:
            return
        if dest is None:
            stamp = chosen.taken_at.astimezone().strftime("%Y-%m-%d %H%M")
            name = self.tr("restored {when}").format(when=stamp) + ".mainstream"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Restore the backup as"), str(self.suggest_folder / name),
                QCoreApplication.translate("Files", "Mainstream workshop (*.mainstream)"),
                options=QFileDialog.Option.DontConfirmOverwrite)
            if not path:
                return
            dest = with_extension(path)
        if dest.exists():  # a restore never replaces a file, least of all the open one
            QMessageBox.warning(self, self.tr("Cannot restore"), self.tr(
                "“{name}” already exists. Choose a new file name: restoring never replaces "
                "a file.").format(name=dest.name))
            return
        self.restore_button.setEnabled(False)
        self.status.setText(self.tr("Restoring to {path}…").format(path=dest))
        self.restore_worker = Worker(
            lambda _p, _c: backup.restore_as(chosen.path, dest), self)
        self.restore_worker.succeeded.connect(self._restored)
        self.restore_worker.failed.connect(self._restore_failed)
        self.restore_worker.finished.connect(lambda: self.restore_button.setEnabled(True))
        self.restore_worker.start()

    def _restored(self, path: object) -> None:
        dest = Path(str(path))
        self.status.setText(self.tr("Restored as {path}").format(path=dest))
        answer = QMessageBox.question(
            self, self.tr("Backup restored"),
            self.tr("The backup was written to “{path}”. Open it now? (This workshop is "
                    "closed first; it stays as it is.)").format(path=dest),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Open)
        if answer == QMessageBox.StandardButton.Open:
            self.accept()
            self.restored.emit(str(dest))

    def _restore_failed(self, text: str) -> None:
        self.status.setText(self.tr("Not restored: {reason}").format(reason=text))

    def done(self, result: int) -> None:
        for worker in (self.worker, self.restore_worker):
            if worker is not None:
                worker.cancel()
                worker.wait()
        super().done(result)


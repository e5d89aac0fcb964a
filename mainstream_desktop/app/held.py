"""Looking at a workshop that another window holds: read-only, and clearly so.

The holding window keeps SQLite's EXCLUSIVE lock on the file, so a second SQLite
connection cannot even read it ("database is locked"). What a viewer can read is the
file's bytes: between two transactions the file is complete (rollback journal,
``synchronous=FULL``), and a transaction in progress shows as a *hot* journal beside
it (in exclusive mode SQLite keeps the journal file and zeroes its header after each
commit). So we copy the bytes while no journal is hot and the file did not change
during the copy, open the copy with every check a normal open makes, and keep it in
memory: the viewer sees the workshop as it was when it was opened, and never touches
the original. (On Windows SQLite locks bytes at the 1 GiB mark only, so small files
read the same way.)
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from mainstream_desktop.core.errors import UserError, WorkshopLockedError
from mainstream_desktop.core.i18n import translate
from mainstream_desktop.core.lock import read_lock
from mainstream_desktop.core.store import Workshop

COPY_TRIES = 10


def holder_of(path: Path) -> str:
    """Who holds ``path``, in words, for the read-only banner."""
    info = read_lock(path)
    if info is None:
        return translate("ReadOnly", "another program")
    return info.describe()


def _journal_hot(path: Path) -> bool:
    """A rollback journal with a live header: a transaction is being written."""
    try:
        with open(path.with_name(path.name + "-journal"), "rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        return False
    return any(head)


def _stable_bytes(path: Path) -> bytes:
    """The file's bytes, taken while no transaction was being written into it."""
    for _ in range(COPY_TRIES):
        before = path.stat()
        hot = _journal_hot(path)
        data = path.read_bytes()
        after = path.stat()
        if (not hot and not _journal_hot(path) and len(data) == after.st_size
                and (before.st_mtime_ns, before.st_size) == (after.st_mtime_ns, after.st_size)):
            return data
        time.sleep(0.05)
    raise UserError(translate("ReadOnly", "“{name}” is being written just now; try again in a "
                       "moment.").format(name=path.name))


def _open_copy(path: Path) -> Workshop:
    data = _stable_bytes(path)
    with tempfile.TemporaryDirectory(prefix="mainstream-view-") as folder:
        tmp = Path(folder) / path.name
        tmp.write_bytes(data)
        ws = Workshop.open(tmp, readonly=True)  # the format, integrity and structure checks
        try:
            snap = ws.snapshot()
        finally:
            ws.close()
    snap.path = path
    return snap


def open_read_only(path: str | Path) -> Workshop:
    """Open ``path`` for viewing only, even while another window holds it."""
    path = Path(path)
    try:
        return Workshop.open(path, readonly=True)
    except WorkshopLockedError as first:  # locked by the holder's SQLite connection
        try:
            return _open_copy(path)
        except (UserError, OSError):
            raise first from None


def offer_read_only(parent: QWidget | None, message: str) -> bool:
    """Ask whether to open a held workshop read-only; True for "Open read-only"."""
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("ReadOnly", "Workshop in use"), message,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("heldDialog")
    box.setInformativeText(QCoreApplication.translate(
        "ReadOnly", "You can open it read-only: you see it as it is now and can export the "
                    "report and workbook, but cannot change it. To edit, close it in the other "
                    "window first."))
    open_button = box.addButton(QCoreApplication.translate("ReadOnly", "Open read-only"),
                                QMessageBox.ButtonRole.AcceptRole)
    open_button.setObjectName("openReadOnlyButton")
    box.setDefaultButton(open_button)
    box.exec()
    return box.clickedButton() is open_button


def make_read_only(widget: QWidget) -> None:
    """Every editor inside ``widget`` shows its value but takes no input.

    Text stays selectable (read-only), choices and ticks are disabled: a viewer can
    still read and copy, nothing can be typed.
    """
    for w in [widget, *widget.findChildren(QWidget)]:
        if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
            w.setReadOnly(True)
        elif isinstance(w, QComboBox | QAbstractButton | QListWidget):
            w.setEnabled(False)

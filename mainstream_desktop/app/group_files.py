"""Working groups on several laptops, from the window: a group's copy, and the merge.

File ▸ Copy for a working group… writes the open workshop as a group's copy (its name in
the copy, shown in the title bar when the copy is opened); File ▸ Merge working-group
files… opens :class:`app.merge_dialog.MergeDialog`. Both are core calls
(:func:`core.merge.copy_for_group`, ``plan_merge``, ``write_merge``) run in workers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMainWindow, QMessageBox

from mainstream_desktop.app.dialogs import file_filter, safe_file_name, with_extension
from mainstream_desktop.app.document import Document
from mainstream_desktop.app.workers import Worker


def ask_group_copy(window: QMainWindow, doc: Document) -> tuple[str, Path] | None:
    """The group's name and where to write its copy, or None when the user cancels."""
    name, ok = QInputDialog.getText(
        window, QCoreApplication.translate("GroupFiles", "Copy for a working group"),
        QCoreApplication.translate("GroupFiles", "The working group's name (it shows in the "
                                   "copy's title bar and when the copies are merged back):"),
        QLineEdit.EchoMode.Normal, "")
    name = " ".join(name.split())
    if not ok or not name:
        return None
    folder = Path(doc.path).parent if doc.path else Path.home()
    suggestion = folder / safe_file_name(f"{doc.title()} {name}")
    path, _ = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("GroupFiles", "Save the working group's copy as"),
        str(suggestion), file_filter())
    if not path:
        return None
    return name, with_extension(path)


def write_group_copy(window: QMainWindow, doc: Document, group: str, target: Path,
                     done=None) -> Worker:
    """Write the copy from a snapshot in a worker; the status bar says how it went."""
    from mainstream_desktop.core.merge import copy_for_group

    snap = doc.ws.snapshot()

    def job(_progress, _cancel) -> Path:
        try:
            copy_for_group(snap, target, group)
        finally:
            snap.close()
        return target

    worker = Worker(job, window)

    def written(_path: object) -> None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "GroupFiles", "Copy for the working group “{group}” saved as {path}. Merge it "
            "back with File ▸ Merge working-group files…").format(
                group=" ".join(group.split()), path=target),
            15000)

    worker.succeeded.connect(written)
    worker.failed.connect(lambda text: QMessageBox.warning(
        window, QCoreApplication.translate("GroupFiles", "Cannot save the copy"), text))
    if done is not None:
        worker.finished.connect(done)
    worker.start()
    return worker

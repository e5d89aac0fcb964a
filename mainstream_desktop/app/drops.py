"""Files dropped on the window: a workshop opens; a spreadsheet starts an import preview.

A dropped .xlsx that this program wrote (it has the About sheet) is a workbook to
import; any other .xlsx, or a .csv, is offered as a table of indicator values. Either
way the preview comes first and nothing changes until the user confirms.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtWidgets import QMessageBox, QWidget

WORKSHOP = ".mainstream"
TABLES = (".xlsx", ".csv")


def dropped_files(mime: QMimeData) -> list[Path]:
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


def wanted(path: Path, can_import: bool) -> bool:
    """Whether the window takes ``path`` when it is dropped."""
    suffix = path.suffix.lower()
    return suffix == WORKSHOP or (can_import and suffix in TABLES)


def import_dropped(parent: QWidget, path: Path, page) -> None:
    """Start the import ``path`` calls for on the deliverables ``page``."""
    from mainstream_desktop.workbook.sniff import is_workshop_workbook

    if path.suffix.lower() == ".xlsx" and is_workshop_workbook(path):
        page.import_workbook(path)
        return
    if path.suffix.lower() == ".xlsx":
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("Drops", "Import indicator values?"),
            QCoreApplication.translate(
                "Drops", "“{name}” is not a workbook exported by Mainstream Desktop (it has "
                "no About sheet). Read it as a table of indicator values? You will see what "
                "it changes before anything is written.").format(name=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
    page.import_values(path)
